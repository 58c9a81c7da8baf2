"""Patterns kept compiled between runs (factcheck.patterns): a run that reads them back reports
exactly what a run that compiles them does, and a kept pattern is the compiled pattern."""

from __future__ import annotations

import marshal
import re
from pathlib import Path

from helpers import cli

from factcheck.patterns import _built

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "tests/data/articles/news-27prov-q1-2021.txt"


def _kept_file(prefix: Path) -> Path:
    found = list(prefix.rglob("patterns.*.regex"))
    assert len(found) == 1, found
    return found[0]


def _check(prefix: Path | None) -> tuple[int, str, str]:
    env = ({"PYTHONDONTWRITEBYTECODE": "1"} if prefix is None
           else {"PYTHONDONTWRITEBYTECODE": "", "PYTHONPYCACHEPREFIX": str(prefix)})
    return cli("check", "--format", "json", "--show-checks", str(ARTICLE), cwd=ROOT, env=env)


def test_a_run_from_kept_patterns_reports_what_a_compiling_run_does(tmp_path):
    """An article checked with no kept patterns, then while keeping them (as Python writes
    bytecode), then from them: the three reports are the same, finding for finding."""
    compiling = _check(None)
    keeping = _check(tmp_path)
    kept = _kept_file(tmp_path)
    reading = _check(tmp_path)
    assert compiling == keeping == reading
    assert compiling[0] == 1 and '"FC201"' in compiling[1]  # the article's one wrong share
    assert kept.stat().st_size > 0


def test_every_kept_pattern_is_the_compiled_pattern(tmp_path):
    """Each pattern built from its kept code equals re.compile's (same engine code, flags and
    text) and names the same groups."""
    _check(tmp_path)
    _, entries = marshal.loads(_kept_file(tmp_path).read_bytes())
    assert len(entries) > 50
    for (pattern, flags), entry in entries.items():
        built, compiled = _built(pattern, entry), re.compile(pattern, flags)
        assert built == compiled, pattern
        assert (built.groups, built.groupindex) == (compiled.groups, compiled.groupindex)


def test_a_damaged_file_of_kept_patterns_is_compiled_anew(tmp_path):
    """A file of kept patterns that cannot be read (cut short) is ignored, and rewritten."""
    expected = _check(None)
    _check(tmp_path)
    kept = _kept_file(tmp_path)
    kept.write_bytes(kept.read_bytes()[:100])
    assert _check(tmp_path) == expected
    assert _check(tmp_path) == expected
    assert len(marshal.loads(kept.read_bytes())[1]) > 50


def test_an_engine_whose_internals_changed_compiles_and_keeps_nothing(tmp_path, monkeypatch):
    """A Python whose re internals differ (a later version) still compiles every pattern: keeping
    turns itself off, and nothing is written at exit."""
    import sys

    from factcheck import patterns

    kept = patterns._Kept(str(tmp_path / "p.regex"))

    def changed(*_args):
        raise AttributeError("module 're' has no attribute '_compiler'")

    monkeypatch.setattr(kept, "_keep", changed)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    assert kept.compile(r"\d+万", 0).fullmatch("12万")
    assert kept.path is None
    kept._write()
    assert not (tmp_path / "p.regex").exists()
