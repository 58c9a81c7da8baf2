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
from helpers import assert_verdict, closed, iv, point, verdicts

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


# Hostile entries: small files that once made a check run for minutes or pass falsely, next to
# consistent and inconsistent ones whose verdicts must not change (check_findings: the exit code
# and the findings of an --isolated run).

# --- expressions whose exact numbers would explode --------------------------------------------

def _product(factors: list[tuple[str, str]], op: str, result: str) -> str:
    claims = "\n          ".join(f"{cid}: {{value: '{value}'}}" for cid, value in dict(factors).items())
    product = " * ".join(cid for cid, _ in factors)
    return f"""
        factcheck: 1
        claims:
          c: {{value: '{result}'}}
          {claims}
        checks:
          - {{id: x, expect: "{product} {op} c"}}
    """


def test_a_product_of_long_figures_is_refused_at_its_line(check_findings) -> None:
    long = "9." + "7" * 185 + "亿"  # under the 200-character figure limit
    code, findings = check_findings(_product([(f"a{i}", long) for i in range(60)], "==", "3.3"))
    assert (code, verdicts(findings)) == (1, [(65, "FC013", "error")])
    assert findings[0]["message"] == (
        "the relation is too large to evaluate exactly: its numbers grow past 4,096 bits (split "
        "it, or write its figures with fewer digits)")


@pytest.mark.parametrize(("op", "result", "verdict"), [
    ("==", "1024", []),  # 1.95^10 ≈ 794 ≤ 1024 ≤ 2.05^10 ≈ 1311
    ("<=", "800", []),
    ("==", "1400", [(15, "FC801", "error")]),
    (">=", "1400", [(15, "FC801", "error")]),
])
def test_a_product_of_ten_figures_keeps_its_verdict(check_findings, op, result, verdict) -> None:
    code, findings = check_findings(_product([(f"a{i}", "2.0") for i in range(10)], op, result))
    assert (code, verdicts(findings)) == (1 if verdict else 0, verdict)


def test_a_long_failing_product_still_says_what_would_hold(check_findings) -> None:
    # 240 factors of [0.95, 1.05]: at most 1.05^240 ≈ 120,000, far from a million.
    code, findings = check_findings(_product([(f"b{i}", "1.0") for i in range(240)], "==", "1000000"))
    assert (code, verdicts(findings)) == (1, [(245, "FC801", "error")])
    assert any(s.startswith("c would need ") for s in findings[0]["suggestions"])


# --- a claim that appears more than once in one expression ------------------------------------

def _expect(expression: str) -> str:
    return f"""
        factcheck: 1
        claims:
          p: {{value: 5%}}
          m: {{value: 227.6亿元}}
          a: {{value: 1.0亿元}}
          b: {{value: 1.0亿元}}
          c: {{value: 3.0亿元}}
        checks:
          - {{id: x, expect: "{expression}"}}
    """


@pytest.mark.parametrize("expression", [
    "p + 1% == p",  # no single value of p is 1% above itself
    "m * 1.0004 == m",
    "p - p > 0.5%",
    "p + p == 12%",  # 2p is at most 11%
    "(p + p) / 2 == 6%",
    "a / (a + c) == 50%",  # not linear, but failing even with independent places is sound
])
def test_a_repeated_claim_takes_one_value(check_findings, expression) -> None:
    code, findings = check_findings(_expect(expression))
    assert (code, verdicts(findings)) == (1, [(9, "FC801", "error")])
    assert "taking one value wherever it appears" in findings[0]["message"]


@pytest.mark.parametrize("expression", [
    "p - p == 0",
    "p + p == 10%",
    "p + p <= 9%",  # 2 × 4.5%
    "2 * p - p <= p",
    "a - b + b == a",
    "m * 1.0004 >= m",
    "a / (a + b) == 50%",  # not linear: sample points on both sides of a continuous relation
    "p * p >= 0.2025%",  # 4.5% × 4.5%, a sample point
])
def test_a_repeated_claim_that_holds(check_findings, expression) -> None:
    assert check_findings(_expect(expression)) == (0, [])


def test_a_repeated_claim_is_suggested_once_with_the_value_it_needs(check_findings) -> None:
    _, findings = check_findings(_expect("p + p == 12%"))
    assert findings[0]["suggestions"] == ["p would need 6% (stated 5%)"]
    assert findings[0]["gap"]["shown"] == "1个百分点"


def test_a_repeated_claim_in_a_relation_that_cannot_be_decided(check_findings) -> None:
    # p² and p² + 0.0001% overlap as intervals, yet no single p satisfies it.
    code, findings = check_findings(_expect("p * p == p * p + 0.0001%"))
    assert (code, verdicts(findings)) == (0, [(9, "FC050", "info")])
    assert findings[0]["message"] == (
        "untestable: p appears more than once in this expression relation, which is not linear "
        "in them, so it cannot be decided exactly; write it with each claim once")
    assert findings[0]["verdict"] == "untestable"


# --- sides printed in the unit that fits them ---------------------------------------------------

PER_HEAD = """
factcheck: 1
claims:
  gdp: {label: 地区生产总值, value: 237.6亿元}
  pop: {label: 常住人口, value: 15.2万人}
  per: {label: 人均地区生产总值, value: 149737元}
  output: {label: 总产值, value: 1234567.8万元}
checks:
  - {id: e, expect: "EXPR"}
"""


@pytest.mark.parametrize(("expr", "left", "right"), [
    # 237.55亿 / 15.25万 = 155,770.49…; 237.65亿 / 15.15万 = 156,864.69…: 元 per head
    ("gdp / pop == per", "155,770–156,865元/人", "149736.5–149737.5元"),
    # 237.6亿元 / 1000 is 0.2376亿元: printed as 万元, never as 0.002亿元
    ("gdp / 1000 == output", "2375.5万–2376.5万元", "1234567.75万–1234567.85万元"),
])
def test_expression_sides_are_printed_in_the_unit_that_fits(check, expr, left, right) -> None:
    run = check(PER_HEAD.replace("EXPR", expr))
    (finding,) = run.findings
    assert f"the left side is {left}, the right side {right}" in finding["message"]


# --- a whole power: growth over years --------------------------------------------------------
@pytest.mark.parametrize(("expression", "code"), [
    ("(1 + p)^2 == 1.1025", 0),  # (1 + 5%)²
    ("(1 + p)^2 == 1.113", 0),  # 5.5% gives 1.113025: the rounding edge, inside
    ("(1 + p)^2 == 1.1131", 1),  # … and just outside
    ("(1 + p)^2 == 1.092", 1),  # 4.5% gives 1.092025 at the least
    ("m / (1 + p)^2 <= m", 0),  # a level two years before growth
    ("m / (1 + p)^2 >= m", 1),
    ("-p^2 <= 0", 0),  # −(p²), not (−p)²
])
def test_a_whole_power_is_decided_exactly(check_findings, expression, code) -> None:
    """Each claim once, as (1 + rate)^n writes growth over n years: decided exactly, at the
    rounding edge on both sides (FC801 when no value fits)."""
    found_code, findings = check_findings(_expect(expression))
    assert found_code == code
    assert verdicts(findings) == ([] if code == 0 else [(9, "FC801", "error")])


@pytest.mark.parametrize(("expression", "code"), [
    ("(1 + p)^0 == 1", "FC012"),
    ("(1 + p)^1.5 == 1", "FC012"),
    ("(1 + p)^p == 1", "FC012"),
    ("(1 + p)^13 == 2", "FC012"),
    ("m^2 == m", "FC011"),  # money² is no money
])
def test_a_power_that_is_not_a_whole_number_of_times_is_refused(check_findings, expression,
                                                                 code) -> None:
    found_code, findings = check_findings(_expect(expression))
    assert found_code == 1 and [f["code"] for f in findings] == [code]
