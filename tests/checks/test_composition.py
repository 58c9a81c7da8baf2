"""Composition (checks/composition.py): FC111 composition-outside-parts, FC112
composition-mismatch, FC113 composition-approximate, and FC051 for same-scope rates.

Through the real command line (the `check` fixture): the range of the parts' rates and the
weighted identity, each holding, failing and at the rounding edge, with boundaries worked out
here with exact Fraction arithmetic independently of the tool.
"""

from __future__ import annotations

from fractions import Fraction as F
from itertools import product

import pytest
from helpers import assert_verdict, closed, iv
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.checks.composition import ShareChange
from factcheck.interval import Interval
from factcheck.relations import Const


def checked(run) -> list[dict]:
    """The findings of the checks (not the implied previous levels, FC102, of every claim with a
    growth rate)."""
    return [f for f in run.findings if f["code"] != "FC102"]

# 规模以上工业总产值增长TOTAL；大型企业增长9.4%，中型企业增长11.2%，小微型企业增长8.7%:
# the total's rate must meet the hull [8.65%, 11.25%] of the parts' intervals.
HULL = """
factcheck: 1
claims:
  industry: {value: 10051.6亿元, growth: TOTAL}
  large: {value: 9.4%}
  medium: {value: 11.2%}
  small: {value: 8.7%}
checks:
  - {id: c, composition: industry, parts: [large, medium, small]}
"""


@pytest.mark.parametrize(("total", "holds"), [
    ("9.6%", True), ("8.6%", True), ("11.3%", True),  # 11.25% is both ends: the rounding edge
    ("11.4%", False), ("8.5%", False), ("下降1%", False),
])
def test_the_total_grows_between_its_parts(check, total: str, holds: bool) -> None:
    run = check(HULL.replace("TOTAL", total))
    if holds:
        assert checked(run) == [] and run.code == 0
        return
    f = run.one("c")
    assert_verdict(f, "FC111", "error", headline=total.startswith("下降"))
    assert f["name"] == "composition-outside-parts"
    assert iv(f["stated"]) == closed(F("0.0865"), F("0.1125"))
    assert {c["id"] for c in f["claims"]} == {"industry.growth", "large", "medium", "small"}
    assert run.code == 1


# 社会消费品零售总额2175.3亿元，下降RATE；批发和零售业2023.6亿元，下降0.9%；住宿和餐饮业151.6亿元，
# 下降14.3%: the previous total is the sum of the previous parts.
LEVELS = """
factcheck: 1
claims:
  retail: {value: 2175.3亿元, growth: 下降RATE}
  wholesale: {value: 2023.6亿元, growth: 下降0.9%}
  catering: {value: 151.6亿元, growth: 下降14.3%}
checks:
  - {id: c, composition: retail, parts: [wholesale, catering]}
"""
LOW = F("2175.25") / (F("2023.65") / (1 - F("0.0095")) + F("151.65") / (1 - F("0.1435"))) - 1
HIGH = F("2175.35") / (F("2023.55") / (1 - F("0.0085")) + F("151.55") / (1 - F("0.1425"))) - 1


def _meets(rate: str) -> bool:
    r = F(rate.rstrip("%")) / 100
    return -r - F("0.0005") <= HIGH and -r + F("0.0005") >= LOW


def test_the_level_identity_boundaries_are_where_the_arithmetic_puts_them() -> None:
    assert [r for r in ("1.7%", "1.8%", "1.9%", "2.0%", "2.1%") if _meets(r)] == ["1.9%", "2.0%"]


@pytest.mark.parametrize("rate", ["1.8%", "1.9%", "2.0%", "2.1%"])
def test_the_parts_levels_give_the_total_its_growth(check, rate: str) -> None:
    run = check(LEVELS.replace("RATE", rate))
    if _meets(rate):
        assert checked(run) == [] and run.code == 0
        return
    f = run.one("c")
    assert_verdict(f, "FC112", "error", headline=False)
    assert f["name"] == "composition-mismatch"
    assert iv(f["computed"]) == closed(LOW, HIGH)
    assert "weighted by their levels" in f["message"]
    assert {c["id"] for c in f["claims"]} == {
        "retail", "retail.growth", "wholesale", "wholesale.growth", "catering", "catering.growth"}


def test_shares_of_this_period_weigh_like_levels(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          total: {value: 6.8%}
          urban: {value: 6.9%}
          rural: {value: 5.5%}
          urban_share: {value: 92.5%}
          rural_share: {value: 7.5%}
          wrong_total: {value: 6.3%}
        checks:
          - {id: ok, composition: total, parts: [urban, rural], shares: [urban_share, rural_share]}
          - {id: bad, composition: wrong_total, parts: [urban, rural], shares: [urban_share, rural_share]}
    """)
    run.not_at("ok")
    assert [f["code"] for f in checked(run)] == ["FC112"]
    assert "weighted by their shares of the total" in run.one("bad")["message"]


# 公有制经济增长0.5%，非公有制经济增长3.5%，比重67.8：32.2，非公有制经济比重比同期提高5.4个百分点:
# the previous shares 73.2% and 26.8% weigh real growth: 1.25%–1.36%, not the GDP's 1.5%.
PUBLIC = """
factcheck: 1
claims:
  gdp: {value: 1228亿元, growth: GDP_RATE, basis: real}
  public: {value: 833亿元, growth: 0.5%, basis: real}
  private: {value: 395亿元, growth: 3.5%, basis: real}
  public_share: {value: "67.8"}
  private_share: {value: "32.2"}
  private_up: {value: 提高5.4个百分点}
checks:
  - {id: c, composition: gdp, parts: [public, private], shares: [public_share, private_share],
     changes: [null, private_up]}
"""


def test_real_growth_weighted_by_previous_shares_is_a_warning(check) -> None:
    run = check(PUBLIC.replace("GDP_RATE", "1.5%"))
    [f] = checked(run)
    assert_verdict(f, "FC113", "warning", headline=False)
    # (s₁ + Δ) g₁ + (s₂ − Δ) g₂ with one Δ in both places: lowest with the rates and shares low and
    # Δ high (g₁ < g₂), highest the other way round
    low = (F("0.6775") + F("0.0545")) * F("0.0045") + (F("0.3215") - F("0.0545")) * F("0.0345")
    high = (F("0.6785") + F("0.0535")) * F("0.0055") + (F("0.3225") - F("0.0535")) * F("0.0355")
    assert iv(f["computed"]) == closed(low, high)
    assert run.code == 0  # a warning does not fail the run
    assert checked(check(PUBLIC.replace("GDP_RATE", "1.3%"))) == []


REAL_OIL = """
    factcheck: 1
    claims:
      gdp: {value: 1228亿元, growth: GDP_RATE, basis: real}
      oil: {value: 275.7亿元, growth: 下降0.9%, basis: real}
      other: {value: 952.3亿元, growth: 2.8%, basis: real}
    checks:
      - {id: c, composition: gdp, parts: [oil, other]}
"""


def test_real_growth_is_weighted_by_current_levels_only_approximately(check) -> None:
    # 油经济下降0.9%，非油经济增长2.8%，GDP增长1.5%: weighted by this period's nominal levels the
    # parts give 1.94%; the oil price, not an error, makes the difference: within 1 point, no alarm
    run = check(REAL_OIL.replace("GDP_RATE", "1.5%"), "--show-checks")
    assert checked(run) == []
    assert [(c["kind"], c["verdict"]) for c in run.doc["checks"]] == [("composition", "holds")] * 2


def test_real_growth_far_from_the_levels_is_a_warning(check) -> None:
    # 1228 / (275.7 / 0.991 + 952.3 / 1.028) − 1 = 1.94%: 2.5% is 0.5 points above it (no alarm);
    # 0.5% lies between −0.9% and 2.8% (FC111 holds) but 1.4 points below it: a warning, never an error
    assert checked(check(REAL_OIL.replace("GDP_RATE", "2.5%"))) == []
    run = check(REAL_OIL.replace("GDP_RATE", "0.5%"))
    [f] = checked(run)
    assert (f["code"], f["severity"]) == ("FC113", "warning")
    assert run.code == 0


def test_same_scope_rates_against_levels_are_not_comparable(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          fai: {value: 247.4亿元, growth: 9%, basis: same-scope}
          central: {value: 159.5亿元, growth: 下降11.7%, basis: same-scope}
          local: {value: 87.9亿元, growth: 42.1%, basis: same-scope}
        checks:
          - {id: c, composition: fai, parts: [central, local]}
    """)
    [f] = checked(run)
    assert_verdict(f, "FC051", "info", headline=False, verdict="not-comparable")
    assert run.code == 0


def test_a_part_without_a_rate_is_an_invalid_check(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          total: {value: 100亿元, growth: 5%}
          a: {value: 60亿元, growth: 4%}
          b: {value: 40亿元}
        checks:
          - {composition: total, parts: [a, b]}
          - {composition: total, parts: [a, a], shares: ["60"]}
    """)
    assert [f["code"] for f in checked(run)] == ["FC013", "FC013"]
    assert run.code == 1


# --- FC114: a part's change of share against the one its levels and growth rates give ---------
# 住宿和餐饮业零售额151.6亿元，下降14.3%，占比比上年同期下降CHANGE个百分点 (with 批发和零售业 2023.6亿元,
# 下降0.9%): its share went from 176.9 / 2218.9 = 7.97% to 151.6 / 2175.2 = 6.97%, about −1.00个百分点.
SHARE_CHANGE_TEXT = """
factcheck: 1
claims:
  retail: {value: 2175.3亿元, growth: 下降TOTAL}
  wholesale: {value: 2023.6亿元, growth: 下降0.9%}
  catering: {value: 151.6亿元, growth: 下降14.3%}
  catering_share: {value: CHANGE个百分点}
checks:
  - {id: c, composition: retail, parts: [wholesale, catering], changes: [null, catering_share]}
"""
SHARE_CHANGE = SHARE_CHANGE_TEXT.replace("TOTAL", "2.0%")  # the total's rate leaves the parts room


def _share_change(levels: tuple[F, ...], rates: tuple[F, ...], i: int) -> F:
    before = [x / (1 + g) for x, g in zip(levels, rates, strict=True)]
    return levels[i] / sum(levels) - before[i] / sum(before)


def _ends(x: str) -> tuple[F, F]:
    h = F(1, 2 * 10 ** len(x.split(".")[1])) if "." in x else F(1, 2)
    return F(x) - h, F(x) + h


# Every value the figures can give: the change is monotone in each figure over these intervals, so
# its extremes are at the 16 corners (checked here: every partial difference keeps its sign).
CORNERS = [_share_change((a, b), (c, d), 1) for a in _ends("2023.6") for b in _ends("151.6")
           for c in (-F("0.0095"), -F("0.0085")) for d in (-F("0.1435"), -F("0.1425"))]
SHARE_LOW, SHARE_HIGH = min(CORNERS), max(CORNERS)  # −1.0112 … −0.9946个百分点


@pytest.mark.parametrize(("change", "holds"), [
    ("下降1.0", True), ("下降0.9", False), ("下降1.1", False),
    ("下降0.99", True), ("下降0.98", False), ("下降1.01", True), ("下降1.02", False),  # the edges
])
def test_a_share_change_against_the_parts_levels_and_rates(check, change: str, holds: bool) -> None:
    run = check(SHARE_CHANGE.replace("CHANGE", change))
    if holds:
        assert checked(run) == [] and run.code == 0
        return
    f = run.one("c")
    assert_verdict(f, "FC114", "error", headline=False)
    assert f["name"] == "share-change-mismatch"
    assert iv(f["computed"]) == closed(SHARE_LOW, SHARE_HIGH)  # exact: the corners' range
    assert {c["id"] for c in f["claims"]} == {"wholesale", "catering", "wholesale.growth",
                                              "catering.growth", "catering_share"}
    assert run.code == 1


def test_the_share_change_boundaries_are_where_the_arithmetic_puts_them() -> None:
    assert (float(SHARE_LOW), float(SHARE_HIGH)) == pytest.approx((-0.010112, -0.009946), abs=1e-6)
    # 下降0.99 ([−0.995, −0.985]个百分点) reaches −0.9946, 下降0.98 does not; 下降1.01 reaches
    # −1.0112 from [−1.015, −1.005], 下降1.02 ([−1.025, −1.015]) does not
    assert -F("0.00995") <= SHARE_HIGH < -F("0.00985")
    assert -F("0.01015") < SHARE_LOW <= -F("0.01005")


def test_a_share_change_and_the_total_s_rate_that_hold_alone_but_not_together(check) -> None:
    """下降1.9% for the total needs the parts' previous levels small — wholesale's rate at least
    −0.898% — and the catering share's change of 下降0.99 needs wholesale's rate low: the joint model
    (FC060) finds that no values satisfy both. A grid of the figures agrees: where the total's rate
    holds, the change stays below −0.995个百分点."""
    run = check(SHARE_CHANGE_TEXT.replace("TOTAL", "1.9%").replace("CHANGE", "下降0.99"))
    assert [f["code"] for f in checked(run)] == ["FC060"]

    def grid(lo: F, hi: F) -> list[F]:
        return [lo + (hi - lo) * k / 4 for k in range(5)]

    best = max(_share_change((w, c), (gw, gc), 1)
               for t in grid(*_ends("2175.3")) for w in grid(*_ends("2023.6"))
               for c in grid(*_ends("151.6")) for gw in grid(-F("0.0095"), -F("0.0085"))
               for gc in grid(-F("0.1435"), -F("0.1425"))
               if t / (w / (1 + gw) + c / (1 + gc)) - 1 >= -F("0.0195"))
    assert best < -F("0.00995")


def test_a_share_said_to_rise_where_the_levels_give_a_fall_is_a_headline_error(check) -> None:
    f = check(SHARE_CHANGE.replace("CHANGE", "1.0")).one("c")
    assert_verdict(f, "FC114", "error", headline=True)


def test_a_share_change_of_same_scope_rates_is_not_comparable(check) -> None:
    text = SHARE_CHANGE.replace("CHANGE", "下降0.5")
    for rate in ("下降2.0%}", "下降0.9%}", "下降14.3%}"):
        text = text.replace(rate, rate[:-1] + ", basis: same-scope}")
    [f] = checked(check(text))
    assert_verdict(f, "FC051", "info", headline=False, verdict="not-comparable")


def test_a_share_change_of_real_rates_is_not_tested(check) -> None:
    # real growth is weighted by volumes: current-price levels say nothing exact about it
    text = SHARE_CHANGE.replace("CHANGE", "下降0.5")
    for rate in ("下降2.0%}", "下降0.9%}", "下降14.3%}"):
        text = text.replace(rate, rate[:-1] + ", basis: real}")
    run = check(text, "--show-checks")
    assert checked(run) == []
    assert not [r for r in run.doc["checks"] if "catering_share" in {c["id"] for c in r["claims"]}]


def test_a_change_that_is_no_change_in_points_is_reported_once(check) -> None:
    run = check(SHARE_CHANGE.replace("CHANGE个百分点", "1.0%"))
    assert [f["code"] for f in checked(run)] == ["FC011"]  # dimension-mismatch


# --- the share change's range, against the values the figures give --------------------------------
def test_no_value_inside_the_figures_falls_outside_the_corners_range() -> None:
    """The corners give the extremes of the example: a grid of 5 values per figure stays inside."""
    def grid(lo: F, hi: F) -> list[F]:
        return [lo + (hi - lo) * k / 4 for k in range(5)]

    values = [_share_change((a, b), (c, d), 1) for a in grid(*_ends("2023.6"))
              for b in grid(*_ends("151.6")) for c in grid(-F("0.0095"), -F("0.0085"))
              for d in grid(-F("0.1435"), -F("0.1425"))]
    assert min(values) == SHARE_LOW and max(values) == SHARE_HIGH


_LEVEL = st.integers(10, 100_000).map(lambda n: F(n, 10))
_RATE = st.integers(-500, 1500).map(lambda n: F(n, 1000))
_HALF = st.sampled_from([F(1, 20), F(1, 2), F(5), F(50)])


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(_LEVEL, _HALF, _RATE), min_size=2, max_size=3), st.data())
def test_the_share_change_range_holds_every_value_the_figures_give(parts, data) -> None:
    """ShareChange's range holds every corner of the figures' box and points inside it — it never
    fails a relation that some values satisfy — and on boxes of figures rounded to 3 significant
    digits or more it is no wider than the values it must hold, give or take 0.05个百分点, half
    the precision of a written 0.1 (the mean-value bound where a level's partial derivative
    changes sign; and the sampled points may miss an extremum inside the box: 0.015 seen)."""
    i = data.draw(st.integers(0, len(parts) - 1))
    levels = [Interval(max(x - h, F(1, 100)), x + h) for x, h, _ in parts]
    rates = [Interval(g - F(1, 2000), g + F(1, 2000)) for _, _, g in parts]
    got = ShareChange([Const(v) for v in levels], [Const(g) for g in rates], i).eval(lambda t: t)
    points = [_share_change(ls, gs, i) for ls in product(*[(v.lo, v.hi) for v in levels])
              for gs in product(*[(g.lo, g.hi) for g in rates])]
    for k in range(1, 4):  # points inside: a quarter, the middle, three quarters of the way
        points.append(_share_change(tuple(v.lo + (v.hi - v.lo) * k / 4 for v in levels),
                                    tuple(g.hi - (g.hi - g.lo) * k / 4 for g in rates), i))
    assert got.lo <= min(points) and max(points) <= got.hi
    if all(v.hi - v.lo <= v.lo / 100 for v in levels):  # 0.01个百分点: a tenth of a written 0.1
        assert (got.hi - got.lo) - (max(points) - min(points)) <= F(5, 10**4)
