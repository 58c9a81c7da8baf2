"""Verdicts on real published statistics (the 2023 national statistical communiqué): the file as
published is consistent — its real-vs-nominal and same-scope traps are "not comparable" infos,
never errors — and each typical slip introduced into it is an error."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from factcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
NATIONAL = ROOT / "examples" / "national"


def run(tmp_path: Path, edit: tuple[str, str] | None, capsys) -> tuple[int, list[dict]]:
    folder = tmp_path / "national"
    shutil.copytree(NATIONAL, folder)
    if edit is not None:
        path = folder / "china-2023.yaml"
        text = path.read_text("utf-8")
        assert edit[0] in text
        path.write_text(text.replace(edit[0], edit[1], 1), "utf-8")
    code = main(["check", str(folder), "--format", "json", "--show-info", "--isolated"])
    return code, json.loads(capsys.readouterr().out)["findings"]


def test_the_published_communique_is_consistent(tmp_path, capsys):
    code, findings = run(tmp_path, None, capsys)
    assert code == 0
    assert [f for f in findings if f["severity"] != "info"] == []
    not_comparable = sorted(f["claims"][0]["id"] for f in findings if f["code"] == "FC051")
    assert not_comparable == ["fai", "gdp"]


def test_gdp_growth_marked_nominal_is_an_error(tmp_path, capsys):
    code, findings = run(tmp_path, ("    growth: 5.2%\n    basis: real\n", "    growth: 5.2%\n"), capsys)
    assert code == 1
    assert [(f["code"], f["severity"]) for f in findings if f["severity"] == "error"] == [
        ("FC101", "error")]


@pytest.mark.parametrize(("edit", "code"), [
    (("tertiary_share: {label: 第三产业增加值比重, value: 54.6%}",
      "tertiary_share: {label: 第三产业增加值比重, value: 45.6%}"), "FC201"),
    (("value: 688238亿元", "value: 688283亿元"), "FC301"),
    (("natural_growth_rate: {label: 自然增长率, value: \"-1.48‰\"}",
      "natural_growth_rate: {label: 自然增长率, value: \"-1.38‰\"}"), "FC801"),
    (("population_change: {label: 比上年末减少, value: 208万人}",
      "population_change: {label: 比上年末减少, value: 280万人}"), "FC501"),
    (("    growth: 7.2%\n", "    growth: 2.7%\n"), "FC101"),
    (("growth: 提高0.94个百分点", "growth: 提高0.49个百分点"), "FC101"),
    (("surplus: {label: 贸易顺差, value: 57883亿元}", "surplus: {label: 贸易顺差, value: 57838亿元}"),
     "FC801"),
    (("urban_population: {label: 城镇常住人口, value: 93267万人}",
      "urban_population: {label: 城镇常住人口, value: 92367万人}"), "FC201"),
])
def test_each_slip_is_an_error(tmp_path, capsys, edit, code):
    exit_code, findings = run(tmp_path, edit, capsys)
    errors = [f for f in findings if f["severity"] == "error"]
    assert exit_code == 1
    assert code in {f["code"] for f in errors}
    assert all(f["suggestions"] for f in errors)
