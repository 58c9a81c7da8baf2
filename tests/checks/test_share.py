"""Share (checks/share.py): FC201 share-mismatch, FC202 part-exceeds-whole, FC203
share-computed.

Through the real command line (`factcheck check --format json --show-info`, the `check`
fixture): a consistent case, an inconsistent case and the rounding edge on both sides of the
boundary, found with exact Fraction arithmetic independently of the tool and compared with
the tool's JSON intervals (exact strings).
"""

from __future__ import annotations

from fractions import Fraction

import pytest
from helpers import SHARE_FILE, assert_verdict, boundaries, closed, decimals, iv, meets, written_interval

PART, WHOLE = written_interval("258.8", 1), written_interval("527.7", 1)
SHARE = (PART[0] / WHOLE[1], PART[1] / WHOLE[0])


def share_holds(stated: str) -> bool:
    lo, hi = written_interval(stated, 1)
    return meets(SHARE, (lo / 100, hi / 100))


SHARE_FAIL_LOW, SHARE_OK_LOW, SHARE_OK_HIGH, SHARE_FAIL_HIGH = boundaries(
    decimals("48.0", "50.0", 1), share_holds)


def test_share_boundaries() -> None:
    assert (Fraction(1035, 2111), Fraction(5177, 10553)) == SHARE
    assert (SHARE_FAIL_LOW, SHARE_OK_LOW, SHARE_OK_HIGH, SHARE_FAIL_HIGH) == (
        "48.9", "49.0", "49.1", "49.2")


def test_share_consistent(check) -> None:
    run = check(SHARE_FILE.replace("STATED", "49%"))
    assert run.findings == [] and run.code == 0


def test_share_mismatch(check) -> None:
    run = check(SHARE_FILE.replace("STATED", "55%"))
    f = run.one("s")
    assert_verdict(f, "FC201", "error", headline=False)
    assert f["name"] == "share-mismatch"
    assert iv(f["computed"]) == closed(*SHARE)
    assert iv(f["stated"]) == closed("0.545", "0.555")
    assert (f["line"], f["column"]) == (6, 5)
    assert run.code == 1


@pytest.mark.parametrize("stated", [SHARE_FAIL_LOW, SHARE_OK_LOW, SHARE_OK_HIGH, SHARE_FAIL_HIGH])
def test_share_rounding_edge(check, stated: str) -> None:
    run = check(SHARE_FILE.replace("STATED", stated + "%"))
    if share_holds(stated):
        assert run.findings == []
    else:
        f = run.one("s")
        assert_verdict(f, "FC201", "error", headline=False)
        lo, hi = written_interval(stated, 1)
        assert iv(f["stated"]) == closed(lo / 100, hi / 100)


def test_share_bound_word_false_is_a_headline(check) -> None:
    run = check(SHARE_FILE.replace("STATED", "超五成"))
    f = run.one("s")
    assert_verdict(f, "FC201", "error", headline=True)
    assert iv(f["stated"]) == (Fraction(1, 2), Fraction(1), False, True)  # (50%, 100%]


def test_share_bound_word_true(check) -> None:
    run = check(SHARE_FILE.replace("STATED", "近五成"))  # [40%, 50%)
    assert run.findings == []


def test_share_soft_bound_is_a_warning(check) -> None:
    # 95% is 超八成 (hard: (80%, 100%]) but one would write 超九成 (soft: (80%, 90%)).
    run = check("""
        factcheck: 1
        claims:
          part: {value: 95亿元}
          whole: {value: 100亿元}
        checks:
          - {id: s, share: part, of: whole, is: 超八成}
    """)
    assert_verdict(run.one("s"), "FC201", "warning", headline=False)
    assert run.code == 0


def test_share_without_stated_share_part_exceeds_whole(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          part: {value: 600亿元}
          whole: {value: 527.7亿元}
        checks:
          - {id: s, share: part, of: whole}
    """)
    [bad] = [f for f in run.at("s") if f["code"] == "FC202"]
    assert_verdict(bad, "FC202", "error", headline=True)
    assert bad["name"] == "part-exceeds-whole"
    assert iv(bad["computed"]) == closed(59950000000, 60050000000)
    assert iv(bad["stated"]) == closed(52765000000, 52775000000)
    assert run.code == 1


def test_share_computed_is_info(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          hitech: {value: 258.8亿元}
          industry: {value: 527.7亿元}
        checks:
          - {id: s, share: hitech, of: industry}
    """)
    f = run.one("s")
    assert_verdict(f, "FC203", "info", headline=False, verdict="derived")
    assert f["name"] == "share-computed"
    assert iv(f["computed"]) == closed(*SHARE)
    assert run.code == 0


def test_share_of_a_written_whole(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          part: {value: 300亿元}
        checks:
          - {id: ok, share: part, of: 1000亿元, is: 30%}
          - {id: bad, share: part, of: 1000亿元, is: 40%}
    """)
    run.not_at("ok")
    f = run.one("bad")
    assert_verdict(f, "FC201", "error", headline=False)
    assert iv(f["computed"]) == closed(Fraction("299.5") / Fraction("1000.5"),
                                       Fraction("300.5") / Fraction("999.5"))
    assert [c["id"] for c in f["claims"]] == ["part"]


def test_share_stated_by_a_claim(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          hitech: {value: 258.8亿元}
          industry: {value: 527.7亿元}
          said: {value: 超八成}
        checks:
          - {id: s, share: hitech, of: industry, is: said}
    """)
    f = run.one("s")
    assert_verdict(f, "FC201", "error", headline=True)
    assert {c["id"] for c in f["claims"]} == {"hitech", "industry", "said"}


def test_share_of_different_dimensions(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          part: {value: 300亿元}
          whole: {value: 1000亩}
        checks:
          - {share: part, of: whole}
          - {share: part, of: 1000亿元, is: 30个}
    """)
    assert run.codes() == ["FC011", "FC011"]
