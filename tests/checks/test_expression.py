"""Expression (checks/expression.py): FC801 expression-false, and the problems an expression
can have (FC007, FC011, FC012, FC013).

Through the real command line (`factcheck check --format json --show-info`, the `check`
fixture): a consistent case, an inconsistent case and the rounding edge on both sides of the
boundary, found with exact Fraction arithmetic independently of the tool and compared with
the tool's JSON intervals (exact strings).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import assert_verdict, closed, iv, point

from factcheck.cli import main

EXPR = """
factcheck: 1
claims:
  listed_2023: {value: 4家}
  listed_2022: {value: 2家}
  listed_new: {value: 两家}
  three: {value: 3家}
  rate: {value: 5.5%}
  rate_prev: {value: 5.2%}
  change: {value: 0.3个百分点}
  money: {value: 100万元}
  money2: {value: 50万元}
  land: {value: 300亩}
  subsidies: {value: 7892万元}
  households: {value: 5000户}
checks:
  - {id: e, expect: "EXPR"}
"""


@pytest.mark.parametrize(("expr", "fails"), [
    ("listed_2023 - listed_2022 == listed_new", False),
    ("listed_2023 - listed_2022 == three", True),
    ("listed_2023 == 2 * listed_2022", False),
    ("listed_2023 / listed_2022 == 2", False),
    ("(listed_2023 + three) / 7 == 1", False),
    ("listed_2023 < listed_2022", True),
    ("rate >= 5%", False),
    ("rate > 6%", True),
    ("rate >= 5.55%", False),  # tie: 5.5% reaches 5.55%
    ("rate > 5.55%", True),  # … but never exceeds it
    ("rate - rate_prev == 0.3个百分点", False),
    ("rate - rate_prev == change", False),
    ("rate - rate_prev == 1个百分点", True),
    ("money + money2 >= money", False),
])
def test_expression(check, expr: str, fails: bool) -> None:
    run = check(EXPR.replace("EXPR", expr))
    if not fails:
        assert run.findings == [] and run.code == 0
        return
    f = run.one("e")
    assert_verdict(f, "FC801", "error", headline=False)
    assert f["name"] == "expression-false"
    assert (f["line"], f["column"]) == (16, 5)
    assert run.code == 1


def test_expression_intervals(check) -> None:
    run = check(EXPR.replace("EXPR", "rate - rate_prev == 1个百分点"))
    f = run.one("e")
    assert iv(f["computed"]) == closed("0.002", "0.004")
    assert iv(f["stated"]) == point("0.01")
    run = check(EXPR.replace("EXPR", "rate > 5.55%"))
    f = run.one("e")
    assert iv(f["computed"]) == closed("0.0545", "0.0555")
    assert iv(f["stated"]) == point("0.0555")


@pytest.mark.parametrize(("expr", "code"), [
    ("money == land", "FC011"),
    ("listed_2023 - nothing_here == listed_new", "FC007"),
    ("listed_2023 - listed_2022 = listed_new", "FC012"),
    ("listed_2023 - listed_2022", "FC012"),
    ("listed_2023 / 0 == listed_new", "FC012"),
])
def test_expression_problems_are_lint_errors(check, capsys, expr: str, code: str) -> None:
    run = check(EXPR.replace("EXPR", expr))
    assert run.codes() == [code]
    [f] = run.findings
    assert (f["severity"], f["verdict"]) == ("error", "problem")
    assert f["line"] == 16
    assert run.code == 1
    # lint reports the same problem and fails
    path = run_dir_file(check)
    capsys.readouterr()
    assert main(["lint", str(path), "--format", "json"]) == 1
    lint = json.loads(capsys.readouterr().out)
    assert [p["code"] for p in lint["findings"]] == [code]


def run_dir_file(check) -> Path:
    return check.dir / "fact.yaml"


def test_expression_money_plus_area_is_a_dimension_mismatch(check, capsys) -> None:
    run = check(EXPR.replace("EXPR", "money + land == money2"))
    assert run.codes() == ["FC011"]
    assert run.code == 1
    capsys.readouterr()
    assert main(["lint", str(run_dir_file(check))]) == 1


def test_expression_documented_per_capita_example(check) -> None:
    run = check(EXPR.replace("EXPR", "subsidies / households >= 1000"))
    assert run.findings == [] and run.code == 0
