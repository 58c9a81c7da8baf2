"""Composition (checks/composition.py): FC111 composition-outside-parts, FC112
composition-mismatch, FC113 composition-approximate, and FC051 for same-scope rates.

Through the real command line (the `check` fixture): the range of the parts' rates and the
weighted identity, each holding, failing and at the rounding edge, with boundaries worked out
here with exact Fraction arithmetic independently of the tool.
"""

from __future__ import annotations

from fractions import Fraction as F

import pytest
from helpers import assert_verdict, closed, iv


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


def test_real_growth_is_never_weighted_by_current_levels(check) -> None:
    # 油经济下降0.9%，非油经济增长2.8%，GDP增长1.5%: weighted by this period's nominal levels the
    # parts give 1.94%; the oil price, not an error, makes the difference. Only the range is tested.
    run = check("""
        factcheck: 1
        claims:
          gdp: {value: 1228亿元, growth: 1.5%, basis: real}
          oil: {value: 275.7亿元, growth: 下降0.9%, basis: real}
          other: {value: 952.3亿元, growth: 2.8%, basis: real}
        checks:
          - {id: c, composition: gdp, parts: [oil, other]}
    """, "--show-checks")
    assert checked(run) == []
    assert [(c["kind"], c["verdict"]) for c in run.doc["checks"]] == [("composition", "holds")]


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
