"""Hostile check entries: small files that once made a check run for minutes or pass falsely.

Each case runs the real command line on a scaled-down version of the hostile file and asserts
the verdict, next to consistent and inconsistent files whose verdicts must not change.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from fractions import Fraction
from typing import Any

import pytest

Check = Callable[[str], tuple[int, list[dict[str, Any]]]]


@pytest.fixture
def check(run_cli, write_fact) -> Check:
    """check(yaml_text) → (exit code, findings) of `factcheck check --format json --show-info`."""

    def run(text: str) -> tuple[int, list[dict[str, Any]]]:
        path = write_fact(text)
        code, out, err = run_cli(["check", path, "--isolated", "--format", "json", "--show-info"])
        assert "Traceback" not in err
        return code, json.loads(out)["findings"]

    return run


def verdicts(findings: list[dict[str, Any]]) -> list[tuple[int, str, str]]:
    return sorted((f["line"], f["code"], f["severity"]) for f in findings)


# --- feasibility over large counts ------------------------------------------------------------

def test_feasibility_over_a_large_count_is_decided_without_trying_every_count(check) -> None:
    # n from 50,000 to 150,000: k = 0 is too small and k = 1 too large for every n.
    checks = "\n          ".join("- {feasible: r, of: n}" for _ in range(40))
    code, findings = check(f"""
        factcheck: 1
        claims:
          r: {{value: 0.0000001%}}
          n: {{value: 约10万人}}
        checks:
          {checks}
    """)
    assert code == 1
    assert verdicts(findings) == [(line, "FC701", "error") for line in range(6, 46)]
    assert "n from 50000 to 150000" in findings[0]["message"]


def test_feasibility_over_a_large_count_that_some_count_reaches(check) -> None:
    # 0.001% is [0.00095%, 0.00105%]: 1 / 100,000 lies inside, and n = 100,000 is in 约10万人.
    code, findings = check("""
        factcheck: 1
        claims:
          r: {value: 0.001%}
          n: {value: 约10万人}
        checks:
          - {feasible: r, of: n}
    """)
    assert (code, findings) == (0, [])


def _mean_reachable(n: int) -> bool:
    lo, hi = Fraction("5.185"), Fraction("5.195")
    return math.ceil(lo * n) <= hi * n


@pytest.mark.parametrize(("first", "last"), [(25, 25), (28, 28), (25, 27), (32, 33), (28, 29)])
def test_feasibility_over_a_range_of_counts_agrees_with_trying_each(check, first, last) -> None:
    code, findings = check(f"""
        factcheck: 1
        claims:
          mean: {{value: "5.19"}}
          pupils: {{value: {first}-{last}人}}
        checks:
          - {{feasible: mean, of: pupils}}
    """)
    if any(_mean_reachable(n) for n in range(first, last + 1)):
        assert (code, findings) == (0, [])
    else:
        assert (code, verdicts(findings)) == (1, [(6, "FC701", "error")])


def test_feasibility_of_a_negative_average_bounded_above(check) -> None:
    # 不足-9.1 is below −9.1: any whole total k ≤ −9.1 n gives such an average.
    code, findings = check("""
        factcheck: 1
        claims:
          change: {value: 不足-9.1}
        checks:
          - {feasible: change, of: 28}
    """)
    assert (code, findings) == (0, [])


# --- breakdowns with many parts ---------------------------------------------------------------

def _breakdown(total: str, parts: list[tuple[str, str]], exhaustive: bool = True) -> str:
    claims = "\n          ".join(f"{cid}: {{value: {value}}}" for cid, value in dict(parts).items())
    names = ",".join(cid for cid, _ in parts)
    return f"""
        factcheck: 1
        claims:
          total: {{value: {total}}}
          {claims}
        checks:
          - {{breakdown: total, parts: [{names}], exhaustive: {str(exhaustive).lower()}}}
    """


def test_breakdown_of_a_thousand_parts_that_exceed_the_total(check) -> None:
    code, findings = check(_breakdown("5个", [("b", "3个")] * 1000))
    assert (code, verdicts(findings)) == (1, [(6, "FC301", "error")])
    assert "= 3000个, but the total is total (5个); the parts exceed the total by 2995个" in (
        findings[0]["message"])


@pytest.mark.parametrize(("total", "exhaustive", "verdict"), [
    ("3000个", True, []),
    ("3001个", True, [(6, "FC301", "error")]),
    ("3001个", False, []),
    ("2999个", False, [(6, "FC301", "error")]),
])
def test_breakdown_of_a_thousand_parts_verdicts(check, total, exhaustive, verdict) -> None:
    code, findings = check(_breakdown(total, [("b", "3个")] * 1000, exhaustive))
    assert (code, verdicts(findings)) == (1 if verdict else 0, verdict)


@pytest.mark.parametrize(("total", "verdict"), [
    ("600亿元", []),  # 400 parts of 1.45亿–1.55亿 add up to 580亿–620亿
    ("620亿元", []),
    ("621亿元", [(405, "FC301", "error")]),
])
def test_breakdown_of_many_rounded_parts_keeps_the_rounding_slack(check, total, verdict) -> None:
    parts = [(f"p{i}", "1.5亿元") for i in range(400)]
    code, findings = check(_breakdown(total, parts))
    assert (code, verdicts(findings)) == (1 if verdict else 0, verdict)


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


def test_a_product_of_long_figures_is_refused_at_its_line(check) -> None:
    long = "9." + "7" * 185 + "亿"  # under the 200-character figure limit
    code, findings = check(_product([(f"a{i}", long) for i in range(60)], "==", "3.3"))
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
def test_a_product_of_ten_figures_keeps_its_verdict(check, op, result, verdict) -> None:
    code, findings = check(_product([(f"a{i}", "2.0") for i in range(10)], op, result))
    assert (code, verdicts(findings)) == (1 if verdict else 0, verdict)


def test_a_long_failing_product_still_says_what_would_hold(check) -> None:
    # 240 factors of [0.95, 1.05]: at most 1.05^240 ≈ 120,000, far from a million.
    code, findings = check(_product([(f"b{i}", "1.0") for i in range(240)], "==", "1000000"))
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
def test_a_repeated_claim_takes_one_value(check, expression) -> None:
    code, findings = check(_expect(expression))
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
def test_a_repeated_claim_that_holds(check, expression) -> None:
    assert check(_expect(expression)) == (0, [])


def test_a_repeated_claim_is_suggested_once_with_the_value_it_needs(check) -> None:
    _, findings = check(_expect("p + p == 12%"))
    assert findings[0]["suggestions"] == ["p would need 6% (stated 5%)"]
    assert findings[0]["gap"]["shown"] == "1个百分点"


def test_a_repeated_claim_in_a_breakdown_changes_together(check) -> None:
    code, findings = check(_breakdown("700亿元", [("b", "1.5亿元")] * 200 + [("c", "1.5亿元")] * 200))
    assert (code, verdicts(findings)) == (1, [(7, "FC301", "error")])
    # 200 b + 200 c in [699.5亿, 700.5亿] with c in [1.45亿, 1.55亿]: b in [1.9475亿, 2.0525亿]
    assert findings[0]["suggestions"][:2] == ["b would need 1.948亿–2.052亿元 (stated 1.5亿元)",
                                              "c would need 1.948亿–2.052亿元 (stated 1.5亿元)"]


def test_a_repeated_claim_in_a_relation_that_cannot_be_decided(check) -> None:
    # p² and p² + 0.0001% overlap as intervals, yet no single p satisfies it.
    code, findings = check(_expect("p * p == p * p + 0.0001%"))
    assert (code, verdicts(findings)) == (0, [(9, "FC050", "info")])
    assert findings[0]["message"] == (
        "untestable: p appears more than once in this expression relation, which is not linear "
        "in them, so it cannot be decided exactly; write it with each claim once")
    assert findings[0]["verdict"] == "untestable"
