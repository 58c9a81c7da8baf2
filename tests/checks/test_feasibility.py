"""Feasibility (checks/feasibility.py): FC701 infeasible-figure (the GRIM test), FC050 when
the figures are too coarse to test.

Through the real command line (`factcheck check --format json --show-info`, the `check`
fixture): a consistent case, an inconsistent case and the rounding edge on both sides of the
boundary, found with exact Fraction arithmetic independently of the tool and compared with
the tool's JSON intervals (exact strings).
"""

from __future__ import annotations

import math
from fractions import Fraction

import pytest
from helpers import closed, iv, verdicts, written_interval

MEAN = written_interval("5.19", 2)


def grim_possible(n: int) -> bool:
    return math.ceil(MEAN[0] * n) <= MEAN[1] * n


@pytest.mark.parametrize("n", [25, 26, 27, 28, 29, 30, 31, 32, 33])
def test_feasibility_grim(check, n: int) -> None:
    run = check(f"""
        factcheck: 1
        claims:
          mean_score: {{value: "5.19"}}
          pupils: {{value: {n}人}}
        checks:
          - {{id: f, feasible: mean_score, of: pupils}}
    """)
    if grim_possible(n):
        assert run.findings == [] and run.code == 0
        return
    f = run.one("f")
    assert (f["code"], f["name"], f["severity"], f["headline"]) == (
        "FC701", "infeasible-figure", "error", False)
    assert iv(f["computed"]) == closed(*MEAN)
    assert run.code == 1


def test_feasibility_grim_documented_pair(check) -> None:
    assert not grim_possible(28) and grim_possible(32)
    run = check("""
        factcheck: 1
        claims:
          mean_score: {value: "5.19"}
        checks:
          - {id: n28, feasible: mean_score, of: 28}
          - {id: n32, feasible: mean_score, of: 32}
    """)
    assert run.one("n28")["code"] == "FC701"
    run.not_at("n32")


def test_feasibility_finding_names_its_claims(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          mean_score: {value: "5.19"}
          pupils: {value: 28人}
        checks:
          - {id: f, feasible: mean_score, of: pupils}
    """)
    assert {c["id"] for c in run.one("f")["claims"]} == {"mean_score", "pupils"}


def test_feasibility_untestable(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          good_air: {value: 86%}
        checks:
          - {id: f, feasible: good_air, of: 365天}
    """)
    f = run.one("f")
    assert (f["code"], f["name"], f["severity"], f["verdict"]) == (
        "FC050", "untestable", "info", "untestable")
    assert run.code == 0
    assert run.doc["summary"]["untestable"] == 1


@pytest.mark.parametrize(("rate", "n", "holds"), [
    ("2%", 40, True),  # k = 1 gives 2.5%: a tie, fine under up_or_down
    ("2.4%", 40, False),  # [2.35%, 2.45%] × 40 = [0.94, 0.98]
    ("2.5%", 40, True),
    ("12.5%", 8, True),
    ("13%", 8, True),  # [12.5%, 13.5%] × 8 = [1, 1.08]: k = 1 (a tie)
    ("13.0%", 8, False),  # [12.95%, 13.05%] × 8 = [1.036, 1.044] holds no whole number
])
def test_feasibility_percentages(check, rate: str, n: int, holds: bool) -> None:
    run = check(f"""
        factcheck: 1
        claims:
          rate: {{value: {rate}}}
        checks:
          - {{id: f, feasible: rate, of: {n}人}}
    """)
    if holds:
        assert run.findings == []
    else:
        assert (run.one("f")["code"], run.one("f")["severity"]) == ("FC701", "error")


def test_feasibility_trunc_holds_only_if_rounded_loosely(check) -> None:
    # trunc: 2.4% is [2.4%, 2.5%), ×40 = [0.96, 1): no whole k; `any` allows 2.5% → warning.
    run = check("""
        factcheck: 1
        article: {rounding: trunc}
        claims:
          rate: {value: 2.4%}
        checks:
          - {id: f, feasible: rate, of: 40人}
    """)
    assert (run.one("f")["code"], run.one("f")["severity"]) == ("FC701", "warning")


def test_feasibility_tie_under_rounding_up_is_a_warning(check) -> None:
    run = check("""
        factcheck: 1
        article: {rounding: up}
        claims:
          rate: {value: 2%}
        checks:
          - {id: f, feasible: rate, of: 40人}
    """)
    assert (run.one("f")["code"], run.one("f")["severity"]) == ("FC701", "warning")


def test_feasibility_of_zero_count_does_not_crash(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          rate: {value: 50%}
          nobody: {value: 0人}
        checks:
          - {id: f, feasible: rate, of: nobody}
    """)
    assert run.code == 1
    assert run.one("f")["code"] in ("FC013", "FC701")


def test_feasibility_of_a_non_count(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          rate: {value: 50%}
          money: {value: 227.6亿元}
        checks:
          - {feasible: rate, of: money}
    """)
    assert run.codes() == ["FC011"] and run.code == 1


# Hostile entries: small files that once made a check run for minutes or pass falsely, next to
# consistent and inconsistent ones whose verdicts must not change (check_findings: the exit code
# and the findings of an --isolated run).

# --- feasibility over large counts ------------------------------------------------------------

def test_feasibility_over_a_large_count_is_decided_without_trying_every_count(check_findings) -> None:
    # n from 50,000 to 150,000: k = 0 is too small and k = 1 too large for every n.
    checks = "\n          ".join("- {feasible: r, of: n}" for _ in range(40))
    code, findings = check_findings(f"""
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


def test_feasibility_over_a_large_count_that_some_count_reaches(check_findings) -> None:
    # 0.001% is [0.00095%, 0.00105%]: 1 / 100,000 lies inside, and n = 100,000 is in 约10万人.
    code, findings = check_findings("""
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
def test_feasibility_over_a_range_of_counts_agrees_with_trying_each(check_findings, first, last) -> None:
    code, findings = check_findings(f"""
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


def test_feasibility_of_a_negative_average_bounded_above(check_findings) -> None:
    # 不足-9.1 is below −9.1: any whole total k ≤ −9.1 n gives such an average.
    code, findings = check_findings("""
        factcheck: 1
        claims:
          change: {value: 不足-9.1}
        checks:
          - {feasible: change, of: 28}
    """)
    assert (code, findings) == (0, [])
