"""Files checked in other processes report exactly as files checked in this one.

A file checked in a `--jobs` worker (or on a Dask worker) comes back as its outcome only; when a
later step in this process needs the file again (a subject it repeats from an earlier file), it is
read again — and must then be as the worker left it: its quotes placed in its article, its
references to other files named relative to the run's working directory, not the process's.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.corpus import Corpus, LoadOptions

ROOT = Path(__file__).resolve().parents[1]


def _mixed_corpus(tmp_path: Path) -> Path:
    """examples/ and facts/ (repeated subjects across files, quotes anchored in an article,
    references between files) with 20 generated files: enough files for worker processes."""
    root = tmp_path / "corpus"
    root.mkdir()
    shutil.copytree(ROOT / "examples", root / "examples")
    shutil.copytree(ROOT / "facts", root / "facts")
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "--files", "20",
                    "--claims", "10", "--out", str(root / "gen"), "--quiet"], check=True)
    return root


def _check(root: Path, *options: str) -> tuple[int, str]:
    done = subprocess.run([sys.executable, "-m", "factcheck", "check", "examples/", "facts/",
                           "gen/", "--isolated", "--format", "json", "--show-checks", *options],
                          cwd=root, capture_output=True, text=True, encoding="utf-8",
                          env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert done.stderr == ""
    return done.returncode, done.stdout


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="--jobs 2 needs two cores")
def test_jobs_reports_what_one_process_reports(tmp_path: Path):
    root = _mixed_corpus(tmp_path)
    one = _check(root, "--jobs", "1")
    two = _check(root, "--jobs", "2")
    assert two == one
    doc = json.loads(one[1])
    placed = [c for f in doc["findings"] if f["code"] == "FC901" for c in f["claims"]
              if c["article"] is not None]
    assert placed, "a repeated subject of the article's fact file names where it is printed"


def test_references_are_shown_relative_to_the_runs_directory(tmp_path: Path, monkeypatch):
    """A file loaded to answer a reference is named relative to the run's directory, whatever
    the process's own (a Dask worker's is elsewhere)."""
    corpus = Corpus(options=LoadOptions(), cwd=ROOT)
    monkeypatch.chdir(tmp_path)
    loaded = corpus.reference(ROOT / "examples" / "xuejia-2022.yaml")
    assert loaded.display == "examples/xuejia-2022.yaml"
