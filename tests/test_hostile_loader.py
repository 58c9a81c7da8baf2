"""Hostile fact files against the loader: each gets one clear problem at its line, never a
misreading, a silent pass or a traceback; ordinary files read as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


@pytest.fixture
def lint(run_cli, write_fact, tmp_path: Path):
    """lint(text) → (exit code, ["line:col: CODE [severity] message", …]) of `factcheck lint`."""

    def run(text: str, *args: str) -> tuple[int, list[str]]:
        write_fact(text)
        code, out, err = run_cli(["lint", "--isolated", *args, "fact.yaml"], cwd=tmp_path)
        assert "Traceback" not in out + err
        lines = [line.removeprefix("fact.yaml:") for line in out.splitlines()
                 if line.startswith("fact.yaml:")]
        return code, lines

    return run


@pytest.fixture
def claims(run_cli, write_fact, tmp_path: Path):
    """claims(text) → {claim id: its JSON entry} of `factcheck claims --format json`."""

    def run(text: str) -> dict[str, dict]:
        write_fact(text)
        code, out, err = run_cli(["claims", "--format", "json", "fact.yaml"],
                                 cwd=tmp_path)
        assert code in (0, 1) and "Traceback" not in err
        return {c["id"]: c for c in json.loads(out)["files"][0]["claims"]}

    return run


def interval(entry: dict) -> tuple[str, str, bool, bool]:
    i = entry["interval"]
    return i["lo"], i["hi"], i["lo_closed"], i["hi_closed"]


# --- 1. `unit:` must be a unit ----------------------------------------------------------------
NOT_A_UNIT = ("is not a unit: `unit:` takes a unit such as 亿元, 个 or %, known or declared under "
              "`units:`; numbers and words such as 以上 or 余 belong in `value:`")


@pytest.mark.parametrize(("unit", "shown"), [
    ("5", "'5'"), ('".5亿元"', "'.5亿元'"), ("以上", "'以上'"), ("余个", "'余个'"), ("万", "'万'"),
])
def test_a_unit_field_that_is_not_a_unit_is_refused(lint, unit, shown):
    code, lines = lint(f"factcheck: 1\nclaims:\n  a: {{value: 5, unit: {unit}}}\n")
    assert code == 1
    assert lines == [f"3:23: FC006 [error] claims.a.unit: {shown} {NOT_A_UNIT}"]


def test_an_empty_unit_field_is_refused(lint):
    code, lines = lint("factcheck: 1\nclaims:\n  a:\n    value: 5\n    unit: ''\n")
    assert code == 1
    assert lines == ["5:11: FC006 [error] claims.a.unit: the unit is empty; write the unit "
                     "(亿元, 个, %) or leave `unit:` out"]


def test_an_unknown_unit_field_gets_a_suggestion(lint):
    code, lines = lint("factcheck: 1\nclaims:\n  a: {value: 5, unit: 标准集}\n")
    assert code == 1
    assert lines == ["3:23: FC006 [error] claims.a.unit: unknown unit '标准集' (did you mean 标准箱? "
                     "declare it in the file: units: {标准集: count})"]


def test_unit_fields_with_magnitudes_and_declared_units_read_as_before(claims):
    read = claims("""
        factcheck: 1
        units: {标箱: count}
        claims:
          a: {value: 227.6, unit: 亿元}
          b: {value: 5, unit: 万标箱}
          c: {value: 39218, unit: 元/人}
          d: {value: 120, unit: 万千瓦}
          e: {value: 3, unit: 个百分点}
          f: {value: 5, unit: 標箱}
          g: {value: 27, unit: 个}
        """)
    assert {k: v["shown"] for k, v in read.items()} == {
        "a": "227.55亿–227.65亿元", "b": "4.5万–5.5万标箱", "c": "39217.5–39218.5元/人",
        "d": "119.5万–120.5万千瓦", "e": "2.5–3.5个百分点", "f": "5标箱", "g": "27个",
    }
    assert interval(read["a"]) == ("22755000000", "22765000000", True, True)
