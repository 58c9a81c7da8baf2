"""Multiple (checks/multiple.py): FC401 multiple-mismatch.

Through the real command line (`factcheck check --format json --show-info`, the `check`
fixture): a consistent case, an inconsistent case and the rounding edge on both sides of the
boundary, found with exact Fraction arithmetic independently of the tool and compared with
the tool's JSON intervals (exact strings).
"""

from __future__ import annotations

from fractions import Fraction

import pytest
from helpers import assert_verdict, closed, iv, point


@pytest.mark.parametrize(("a", "b", "factor", "stated", "fails"), [
    ("4家", "2家", "翻倍", point(2), False),
    ("3家", "2家", "翻倍", point(2), True),
    ("4家", "2家", "翻一番", point(2), False),
    ("4家", "1家", "翻两番", point(4), False),
    ("3家", "1家", "翻两番", point(4), True),  # 翻两番 is ×4, not ×3
    ("8家", "1家", "翻三番", point(8), False),
    ("3家", "1家", "增长两倍", None, False),  # 增长两倍 is ×(1 + 2) = ×3
    ("4家", "1家", "增长两倍", None, True),
    ("3家", "1家", "是…的3倍", None, False),  # 是…的3倍 is ×3
    ("4家", "1家", "是…的3倍", None, True),
    ("5家", "2家", "翻了逾一番", (Fraction(2), None, False, False), False),
    ("4家", "2家", "翻了逾一番", (Fraction(2), None, False, False), True),
])
def test_multiple(check, a: str, b: str, factor: str, stated, fails: bool) -> None:
    run = check(f"""
        factcheck: 1
        claims:
          now: {{value: {a}}}
          before: {{value: {b}}}
        checks:
          - {{id: m, multiple: now, of: before, factor: {factor}}}
    """)
    if not fails:
        assert run.findings == [] and run.code == 0
        return
    f = run.one("m")
    assert_verdict(f, "FC401", "error", headline=True)  # 翻倍 that fails flips the sentence
    assert f["name"] == "multiple-mismatch"
    assert iv(f["computed"]) == point(Fraction(int(a[:-1]), int(b[:-1])))
    if stated is not None:
        assert iv(f["stated"]) == stated
    else:
        lo, hi, _, _ = iv(f["stated"])
        assert lo <= 3 <= hi and not (lo <= 4 <= hi)


def test_multiple_classic_confusion(check) -> None:
    # From 1 to 4: 翻两番 (×4) is right, 增长两倍 (×3) is wrong.
    run = check("""
        factcheck: 1
        claims:
          now: {value: 4家}
          before: {value: 1家}
        checks:
          - {id: ok, multiple: now, of: before, factor: 翻两番}
          - {id: bad, multiple: now, of: before, factor: 增长两倍}
    """)
    run.not_at("ok")
    assert_verdict(run.one("bad"), "FC401", "error", headline=True)


@pytest.mark.parametrize(("a", "fails"), [("28", True), ("29", False), ("30", False),
                                          ("31", False), ("32", True)])
def test_multiple_rounded_factor_edge(check, a: str, fails: bool) -> None:
    # factor 1.5 means [1.45, 1.55]: 29/20 = 1.45 and 31/20 = 1.55 are ties, still consistent
    # under the default up_or_down rounding; 28/20 and 32/20 are not.
    run = check(f"""
        factcheck: 1
        claims:
          now: {{value: {a}个}}
          before: {{value: 20个}}
        checks:
          - {{id: m, multiple: now, of: before, factor: 1.5}}
    """)
    ratio = Fraction(int(a), 20)
    assert (not Fraction("1.45") <= ratio <= Fraction("1.55")) == fails
    if fails:
        f = run.one("m")
        assert f["code"] == "FC401" and f["severity"] == "error"
        assert iv(f["stated"]) == closed("1.45", "1.55")
    else:
        assert run.findings == []


def test_multiple_tie_under_rounding_up_is_a_warning(check) -> None:
    # 31/20 = 1.55: 四舍五入 makes 1.5 mean [1.45, 1.55), so it holds only under up_or_down.
    run = check("""
        factcheck: 1
        article: {rounding: up}
        claims:
          now: {value: 31个}
          before: {value: 20个}
        checks:
          - {id: m, multiple: now, of: before, factor: 1.5}
    """)
    f = run.one("m")
    assert (f["code"], f["severity"]) == ("FC401", "warning")


def test_a_factor_stated_by_a_claim_is_named_where_it_fails(check) -> None:
    """`factor:` naming the claim that states it (an article's 翻了近一番): the failure lists it."""
    run = check("""
        factcheck: 1
        claims:
          now: {value: 377万}
          before: {value: 101万}
          doubled: {value: 翻了近一番}
        checks:
          - {id: m, multiple: now, of: before, factor: doubled}
    """)
    f = run.one("m")
    assert_verdict(f, "FC401", "error", headline=True)
    assert {c["id"] for c in f["claims"]} == {"now", "before", "doubled"}
    assert iv(f["stated"]) == (Fraction(1), Fraction(2), True, False)
