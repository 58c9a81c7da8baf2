"""Helpers shared by several test modules (the fixtures built on them are in conftest.py).

- :class:`Run` and :func:`run_check`: one `factcheck check --format json --show-info` run, in
  this process, read back as JSON;
- exact boundaries: JSON intervals as Fractions, and the rounding edges of written figures,
  worked out here with Fraction arithmetic independently of the tool;
- fact files and articles more than one module reads;
- :func:`cli`: `python -m factcheck … --isolated` in a separate process, never with a traceback;
- the duplicate tests' article runs and readings (:func:`check_text`, :func:`duplicate_pairs`, …);
- :func:`cpu_seconds`: the CPU time of a call, which other processes on a loaded machine do not
  inflate as they do wall-clock time (the guards against quadratic work use it).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from factcheck.cli import main

# --- running `factcheck check` ----------------------------------------------------------------

Finding = dict[str, Any]


@dataclass
class Run:
    """The exit code and the JSON document of one `factcheck check` run."""

    code: int
    doc: dict[str, Any]

    @property
    def findings(self) -> list[Finding]:
        return self.doc["findings"]

    def codes(self, severity: str | None = None) -> list[str]:
        return sorted(f["code"] for f in self.findings
                      if severity is None or f["severity"] == severity)

    def at(self, check: str) -> list[Finding]:
        """Findings of the check entry with this `id:`."""
        return [f for f in self.findings if f["check"] == check]

    def one(self, check: str) -> Finding:
        found = self.at(check)
        assert len(found) == 1, (check, found)
        return found[0]

    def of_claim(self, claim: str, code: str | None = None) -> list[Finding]:
        """Findings whose claims include this claim id (or that are placed at it by message)."""
        return [f for f in self.findings
                if (code is None or f["code"] == code)
                and any(c["id"] == claim for c in f["claims"])]

    def not_at(self, check: str) -> None:
        assert self.at(check) == [], self.at(check)


def write(directory: Path, text: str, name: str) -> Path:
    """Write a dedented YAML text (a single leading newline dropped) to directory/name."""
    path = directory / name
    path.parent.mkdir(parents=True, exist_ok=True)
    text = textwrap.dedent(text)
    path.write_text(text[1:] if text.startswith("\n") else text, encoding="utf-8")
    return path


def run_check(paths: list[Path], capsys: pytest.CaptureFixture[str], *options: str) -> Run:
    """`factcheck check PATHS --format json --show-info OPTIONS` in this process."""
    capsys.readouterr()
    code = main(["check", *[str(p) for p in paths], "--format", "json", "--show-info", *options])
    out, err = capsys.readouterr()
    try:
        doc = json.loads(out)
    except ValueError:
        pytest.fail(f"exit {code} without a JSON document; stderr: {err}")
    return Run(code, doc)


def verdicts(findings: list[Finding]) -> list[tuple[int, str, str]]:
    """(line, code, severity) of each finding, sorted."""
    return sorted((f["line"], f["code"], f["severity"]) for f in findings)


# --- exact boundaries -------------------------------------------------------------------------

def iv(d: dict[str, Any] | None) -> tuple[Fraction | None, Fraction | None, bool, bool] | None:
    """A JSON interval as exact Fractions (None for an infinite end)."""
    if d is None:
        return None

    def end(s: str) -> Fraction | None:
        return None if s in ("inf", "-inf") else Fraction(s)

    return end(d["lo"]), end(d["hi"]), d["lo_closed"], d["hi_closed"]


def closed(lo: Fraction | int | str, hi: Fraction | int | str) -> tuple[Fraction, Fraction, bool, bool]:
    return Fraction(lo), Fraction(hi), True, True


def point(x: Fraction | int | str) -> tuple[Fraction, Fraction, bool, bool]:
    return closed(x, x)


def assert_verdict(f: Finding, code: str, severity: str, headline: bool,
                   verdict: str = "fail") -> None:
    assert (f["code"], f["severity"], f["headline"], f["verdict"]) == (
        code, severity, headline, verdict), f


def decimals(lo: str, hi: str, places: int) -> list[str]:
    """Every decimal from lo to hi at ``places`` decimals, as written text ('215.60' …)."""
    scale = 10**places
    a, b = int(Fraction(lo) * scale), int(Fraction(hi) * scale)
    return [f"{n // scale}.{n % scale:0{places}d}" for n in range(a, b + 1)]


def written_interval(text: str, places: int) -> tuple[Fraction, Fraction]:
    """[v − h, v + h] of a figure written to ``places`` decimals (the default up_or_down)."""
    h = Fraction(1, 2 * 10**places)
    v = Fraction(text)
    return v - h, v + h


def meets(a: tuple[Fraction, Fraction], b: tuple[Fraction, Fraction]) -> bool:
    """Closed intervals that share a point."""
    return a[0] <= b[1] and b[0] <= a[1]


def boundaries(candidates: list[str], holds: Callable[[str], bool]) -> tuple[str, str, str, str]:
    """(last failing below, first holding, last holding, first failing above) of a scan whose
    holding values are one contiguous run inside the candidates."""
    ok = [i for i, c in enumerate(candidates) if holds(c)]
    assert ok and ok[0] > 0 and ok[-1] < len(candidates) - 1
    assert ok == list(range(ok[0], ok[-1] + 1))
    return candidates[ok[0] - 1], candidates[ok[0]], candidates[ok[-1]], candidates[ok[-1] + 1]


# --- fact files several modules check ---------------------------------------------------------

#: A share check: 258.8亿 of 527.7亿 is 49.0%–49.1% (STATED: the share the article states).
SHARE_FILE = """
factcheck: 1
claims:
  hitech: {value: 258.8亿元}
  industry: {value: 527.7亿元}
checks:
  - {id: s, share: hitech, of: industry, is: STATED}
"""

#: A breakdown of 5 + 19 + 6 = 30 against TOTAL, EXH: whether the parts are every category.
BREAKDOWN = """
factcheck: 1
claims:
  projects: {value: TOTAL个}
  major: {value: 5个}
  industry: {value: 19个}
  service: {value: 6个}
checks:
  - {id: b, breakdown: projects, parts: [major, industry, service], exhaustive: EXH}
"""

#: A minimal valid fact file.
GOOD = "factcheck: 1\nclaims:\n  a: {value: 5个}\n"

#: A breakdown that fails: 5 + 23 is not 27 (one FC301 error at line 7).
FACT = "factcheck: 1\nclaims:\n  total: {value: 27个}\n  a: {value: 5个}\n  b: {value: 23个}\n" \
       "checks:\n  - {breakdown: total, parts: [a, b]}\n"

#: An article with a number of 5,000 digits, far beyond any figure.
LONG = "全年实现地区生产总值227.6亿元。另有" + "1" * 5000 + "家企业。\n"

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")


# --- a separate process -----------------------------------------------------------------------

def cli(*args: str, cwd: Path, env: dict | None = None) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of `python -m factcheck ARGS --isolated`, never a traceback."""
    proc = subprocess.run([sys.executable, "-m", "factcheck", *args, "--isolated"], cwd=cwd,
                          capture_output=True, text=True, timeout=60,
                          env={**os.environ, **(env or {})})
    assert "Traceback" not in proc.stdout + proc.stderr
    return proc.returncode, proc.stdout, proc.stderr


def alarms(doc: dict[str, Any]) -> list[tuple[str, str]]:
    """(code, severity) of each error and warning of a JSON document, in order."""
    return [(f["code"], f["severity"]) for f in doc["findings"]
            if f["severity"] in ("error", "warning")]


def checks_of(doc: dict[str, Any], kind: str) -> list[tuple[str, list[str]]]:
    """(verdict, the claims as written) of each check of a kind in a `--show-checks` document."""
    return [(c["verdict"], [x["written"] for x in c["claims"]]) for c in doc["checks"]
            if c["kind"] == kind]


def error_findings(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """The error findings of a JSON document, in order."""
    return [f for f in doc["findings"] if f["severity"] == "error"]


def check_dicts(doc: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    """The checks of a kind in a `--show-checks` document, as printed."""
    return [c for c in doc["checks"] if c["kind"] == kind]


def written_set(check: dict[str, Any]) -> set[str]:
    """The figures of a check, as written."""
    return {c["written"] for c in check["claims"]}


def names_place(finding: dict[str, Any], line: int, at: int) -> bool:
    """Whether a finding names the figure printed at line:column (1-based; its span holds the
    column: the figure 为580亿元 is printed from its 为)."""
    return any(c["article"]["line"] == line and c["article"]["column"] <= at < c["article"]["end_column"]
               for c in finding["claims"])


def column_of(text: str, figure: str) -> int:
    """The 1-based column of a figure's first occurrence in a text."""
    return text.index(figure) + 1


def breakdowns_of(doc: dict[str, Any]) -> list[tuple[str, frozenset[str]]]:
    """(how, the figures as written) of each breakdown check of a `--show-checks` document."""
    return [(c["how"], frozenset(written_set(c))) for c in check_dicts(doc, "breakdown")]


def cpu_seconds(call: Callable[[], Any]) -> tuple[Any, float]:
    """What ``call()`` returns, and the CPU seconds this process spent on it."""
    start = time.process_time()
    result = call()
    return result, time.process_time() - start


# --- the same figure stated twice (the duplicate discovery tests) ----------------------------------
def check_text(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> dict:
    """The JSON of `factcheck check a.txt --show-checks` on an article made of ``text``."""
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return run_check([path], capsys, "--show-checks", "--isolated").doc


def duplicate_pairs(doc: dict) -> list[tuple[str, str, list[tuple[int, str]]]]:
    """(how, verdict, [(line, figure as written) …]) of every `same` relation tested."""
    return [(r["how"], r["verdict"], [(c["article"]["line"], c["written"]) for c in r["claims"]])
            for r in doc["checks"] if r["kind"] == "duplicate"]


def same_findings(doc: dict) -> list[dict]:
    """The FC901 findings (the same figure stated twice, not agreeing)."""
    return [f for f in doc["findings"] if f["code"] == "FC901"]


def named_figures(finding: dict) -> list[tuple[int, int, str]]:
    """The figures a finding names: (line, column, as written)."""
    return [(c["article"]["line"], c["article"]["column"], c["written"]) for c in finding["claims"]]


def warned_figures(doc: dict[str, Any]) -> list[tuple[int, int, str]]:
    """The figures the FC901 findings name, each of which must be a warning."""
    out = []
    for f in same_findings(doc):
        assert f["severity"] == "warning"
        out += named_figures(f)
    return out


def names_written(doc: dict[str, Any], written: str, severity: str = "error") -> bool:
    """Whether a finding of that severity names a claim written so."""
    return any(c["written"] == written for f in doc["findings"] if f["severity"] == severity
               for c in f["claims"])
