"""Breakdown (checks/breakdown.py): FC301 breakdown-mismatch.

Through the real command line (`factcheck check --format json --show-info`, the `check`
fixture): a consistent case, an inconsistent case and the rounding edge on both sides of the
boundary, found with exact Fraction arithmetic independently of the tool and compared with
the tool's JSON intervals (exact strings).
"""

from __future__ import annotations

import pytest
from helpers import BREAKDOWN, assert_verdict, closed, decimals, iv, meets, point, verdicts, written_interval


def test_breakdown_exhaustive_overlap(check) -> None:
    run = check(BREAKDOWN.replace("TOTAL", "27").replace("EXH", "true"))
    f = run.one("b")
    assert_verdict(f, "FC301", "error", headline=False)
    assert f["name"] == "breakdown-mismatch"
    assert "overlap" in f["message"]
    assert iv(f["computed"]) == point(30)
    assert iv(f["stated"]) == point(27)
    assert f["gap"]["absolute"] == "3"
    assert (f["line"], f["column"]) == (8, 5)
    assert {c["id"] for c in f["claims"]} == {"projects", "major", "industry", "service"}
    assert run.code == 1


@pytest.mark.parametrize(("total", "exhaustive", "fails"), [
    ("30", "true", False),
    ("29", "true", True),
    ("31", "true", True),  # parts fall short: a category is missing
    ("30", "false", False),
    ("40", "false", False),  # only some categories listed: Σ ≤ total
    ("27", "false", True),  # even a partial list cannot exceed the total
])
def test_breakdown_exact_counts(check, total: str, exhaustive: str, fails: bool) -> None:
    run = check(BREAKDOWN.replace("TOTAL", total).replace("EXH", exhaustive))
    if not fails:
        assert run.findings == []
        return
    f = run.one("b")
    assert_verdict(f, "FC301", "error", headline=False)
    assert iv(f["computed"]) == point(30)
    assert iv(f["stated"]) == point(total)


PARTS_SUM = (written_interval("1.2", 1)[0] + written_interval("3.4", 1)[0],
             written_interval("1.2", 1)[1] + written_interval("3.4", 1)[1])


@pytest.mark.parametrize("total", decimals("4.3", "4.9", 1))
def test_breakdown_rounded_parts(check, total: str) -> None:
    # 1.2亿 + 3.4亿 = [4.5亿, 4.7亿]: totals whose own interval meets it are rounding, not error.
    run = check(f"""
        factcheck: 1
        claims:
          total: {{value: {total}亿元}}
          a: {{value: 1.2亿元}}
          b: {{value: 3.4亿元}}
        checks:
          - {{id: b, breakdown: total, parts: [a, b]}}
    """)
    holds = meets(PARTS_SUM, written_interval(total, 1))
    assert holds == (total in ("4.5", "4.6", "4.7"))
    if holds:
        assert run.findings == []
    else:
        f = run.one("b")
        assert_verdict(f, "FC301", "error", headline=False)
        e8 = 10**8
        assert iv(f["computed"]) == closed(PARTS_SUM[0] * e8, PARTS_SUM[1] * e8)
        lo, hi = written_interval(total, 1)
        assert iv(f["stated"]) == closed(lo * e8, hi * e8)


def test_breakdown_mixed_dimensions(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          land: {value: 300亩}
          money: {value: 100万元}
        checks:
          - {breakdown: land, parts: [money]}
    """)
    assert run.codes() == ["FC011"] and run.code == 1


# Hostile entries: small files that once made a check run for minutes or pass falsely, next to
# consistent and inconsistent ones whose verdicts must not change (check_findings: the exit code
# and the findings of an --isolated run).

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


def test_breakdown_of_a_thousand_parts_that_exceed_the_total(check_findings) -> None:
    code, findings = check_findings(_breakdown("5个", [("b", "3个")] * 1000))
    assert (code, verdicts(findings)) == (1, [(6, "FC301", "error")])
    assert "= 3000个, but the total is total (5个); the parts exceed the total by 2995个" in (
        findings[0]["message"])


@pytest.mark.parametrize(("total", "exhaustive", "verdict"), [
    ("3000个", True, []),
    ("3001个", True, [(6, "FC301", "error")]),
    ("3001个", False, []),
    ("2999个", False, [(6, "FC301", "error")]),
])
def test_breakdown_of_a_thousand_parts_verdicts(check_findings, total, exhaustive, verdict) -> None:
    code, findings = check_findings(_breakdown(total, [("b", "3个")] * 1000, exhaustive))
    assert (code, verdicts(findings)) == (1 if verdict else 0, verdict)


@pytest.mark.parametrize(("total", "verdict"), [
    ("600亿元", []),  # 400 parts of 1.45亿–1.55亿 add up to 580亿–620亿
    ("620亿元", []),
    ("621亿元", [(405, "FC301", "error")]),
])
def test_breakdown_of_many_rounded_parts_keeps_the_rounding_slack(check_findings, total, verdict) -> None:
    parts = [(f"p{i}", "1.5亿元") for i in range(400)]
    code, findings = check_findings(_breakdown(total, parts))
    assert (code, verdicts(findings)) == (1 if verdict else 0, verdict)


# --- a claim repeated among the parts takes one value -----------------------------------------

def test_a_repeated_claim_in_a_breakdown_changes_together(check_findings) -> None:
    code, findings = check_findings(
        _breakdown("700亿元", [("b", "1.5亿元")] * 200 + [("c", "1.5亿元")] * 200))
    assert (code, verdicts(findings)) == (1, [(7, "FC301", "error")])
    # 200 b + 200 c in [699.5亿, 700.5亿] with c in [1.45亿, 1.55亿]: b in [1.9475亿, 2.0525亿]
    assert findings[0]["suggestions"][:2] == ["b would need 1.948亿–2.052亿元 (stated 1.5亿元)",
                                              "c would need 1.948亿–2.052亿元 (stated 1.5亿元)"]


@pytest.mark.parametrize(("rounding", "total", "holds"), [
    ("trunc", "4.1", True),  # [4.1, 4.2) meets the parts' [3.9, 4.1] at 4.1, attained by both
    ("ceiling", "4.2", False),  # (4.1, 4.2] misses it by its open end alone
    ("ceiling", "3.9", True),  # (3.8, 3.9] meets it at 3.9
    ("trunc", "3.8", False),  # [3.8, 3.9) misses it by its open end alone
])
def test_breakdown_touching_at_one_end(check, rounding: str, total: str, holds: bool) -> None:
    """A total whose interval touches the parts' sum at one end (general form: a sum of rounded
    figures meets its total in a single value): it holds exactly when both ends are attained, a
    question of exact endpoints that no float estimate may decide."""
    run = check(f"""
        factcheck: 1
        claims:
          total: {{value: {total}万元, rounding: {rounding}}}
          a: {{value: 1.5万元}}
          b: {{value: 2.5万元}}
        checks:
          - {{id: b, breakdown: total, parts: [a, b]}}
    """)
    if holds:
        assert run.findings == []
        return
    f = run.one("b")
    assert_verdict(f, "FC301", "warning", headline=False)  # it holds when rounded either way
    assert iv(f["computed"]) == closed(39000, 41000)
