"""tools/census.py counts the relations discovery finds on real articles, by kind, how and verdict."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_census_counts_the_checks_of_every_article_and_diffs_two_runs(tmp_path) -> None:
    seed = "优质项目27个，其中重大产业项目5个、产业项目19个、服务项目6个。\n"
    (tmp_path / "a.txt").write_text(seed, encoding="utf-8")
    run = subprocess.run([sys.executable, "tools/census.py", "--json", str(tmp_path)], cwd=ROOT,
                         capture_output=True, text=True, encoding="utf-8", check=True)
    counts = json.loads(run.stdout)
    assert counts == {"articles": 1, "breakdown stated fails": 1}
    saved = tmp_path / "c.json"
    saved.write_text(run.stdout, encoding="utf-8")
    diff = subprocess.run([sys.executable, "tools/census.py", "--diff", str(saved), str(saved)], cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8", check=True).stdout
    assert "breakdown stated fails" in diff and "(+0)" in diff
