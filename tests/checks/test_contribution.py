"""Contribution (checks/contribution.py): FC121 contributions-sum-mismatch, FC122
contribution-mismatch, FC123 contribution-approximate.

Through the real command line (the `check` fixture); 百分点 are differences of rates
(1个百分点 = 0.01), boundaries worked out here with exact Fractions.
"""

from __future__ import annotations

from fractions import Fraction as F

import pytest
from helpers import assert_verdict, closed, iv


def checked(run) -> list[dict]:
    return [f for f in run.findings if f["code"] != "FC102"]


# 地方投资正向拉动全市投资10.7个百分点，中直投资负向拉动8.7个百分点，全市投资增长2%.
SUM = """
factcheck: 1
claims:
  fai: {value: 247.4亿元, growth: RATE}
  central: {value: 159.5亿元, growth: 下降11.7%}
  local: {value: 87.9亿元, growth: 42.1%}
  central_pull: {value: 8.7个百分点}
  local_pull: {value: 10.7个百分点}
checks:
  - {id: sum, contribution: [local_pull, central_pull], to: fai, negative: [central_pull]}
"""


@pytest.mark.parametrize(("rate", "holds"), [("2%", True), ("1.9%", True), ("2.1%", True),
                                             ("1.8%", False), ("2.2%", False)])
def test_the_contributions_of_the_parts_add_up_to_the_total_growth(check, rate, holds) -> None:
    # 10.7 − 8.7 with the roundings is 1.9 to 2.1个百分点: 1.8% ([1.75%, 1.85%]) is out of reach
    run = check(SUM.replace("RATE", rate))
    if holds:
        assert checked(run) == []
        return
    f = run.one("sum")
    assert_verdict(f, "FC121", "error", headline=False)
    assert f["name"] == "contributions-sum-mismatch"
    assert iv(f["computed"]) == closed(F("0.019"), F("0.021"))
    assert "−central_pull (8.7个百分点)" in f["message"]


def test_a_downward_contribution_taken_as_upward_fails(check) -> None:
    run = check(SUM.replace("RATE", "2%").replace(", negative: [central_pull]", ""))
    f = run.one("sum")
    assert_verdict(f, "FC121", "error", headline=False)
    assert iv(f["computed"]) == closed(F("0.193"), F("0.195"))


# The local part's contribution from the levels: (87.9 − 87.9 / 1.421) / (247.4 / 1.02).
LEVELS = """
factcheck: 1
claims:
  fai: {value: 247.4亿元, growth: 2%}
  local: {value: 87.9亿元, growth: 42.1%}
  pull: {value: PULL个百分点}
checks:
  - {id: c, contribution: pull, part: local, to: fai}
"""
LOW = (F("87.85") - F("87.85") / F("1.4205")) / (F("247.45") / F("1.015"))
HIGH = (F("87.95") - F("87.95") / F("1.4215")) / (F("247.35") / F("1.025"))


def _meets(pull: str) -> bool:
    p = F(pull) / 100
    return p - F("0.0005") <= HIGH and p + F("0.0005") >= LOW


def test_the_level_boundaries_are_where_the_arithmetic_puts_them() -> None:
    assert [p for p in ("10.5", "10.6", "10.7", "10.8", "10.9") if _meets(p)] == ["10.7", "10.8"]


@pytest.mark.parametrize("pull", ["10.6", "10.7", "10.8", "10.9"])
def test_a_part_adds_its_growth_over_the_previous_total(check, pull: str) -> None:
    run = check(LEVELS.replace("PULL", pull))
    if _meets(pull):
        assert checked(run) == []
        return
    f = run.one("c")
    assert_verdict(f, "FC122", "error", headline=False)
    assert iv(f["computed"]) == closed(LOW, HIGH)
    assert "weighted by its level" in f["message"]


# 第三产业增长4.5%，比重36.6，比同期提高5.9个百分点，拉动GDP增长1.3个百分点: 4.5% × 30.7% = 1.38.
REAL = """
factcheck: 1
claims:
  gdp: {value: 1228亿元, growth: 1.5%, basis: real}
  tertiary: {value: 450亿元, growth: 4.5%, basis: real}
  share: {value: "36.6"}
  up: {value: 5.9个百分点}
  pull: {value: PULL个百分点}
checks:
  - {id: c, contribution: pull, part: tertiary, to: gdp, part_share: share, share_change: up}
"""


def test_a_contribution_to_real_growth_is_approximate_a_warning(check) -> None:
    run = check(REAL.replace("PULL", "1.3"))
    f = run.one("c")
    assert_verdict(f, "FC123", "warning", headline=False)
    assert iv(f["computed"]) == closed(F("0.0445") * (F("0.3655") - F("0.0595")),
                                       F("0.0455") * (F("0.3665") - F("0.0585")))
    assert run.code == 0
    assert checked(check(REAL.replace("PULL", "1.4"))) == []


def test_a_contribution_to_real_growth_by_levels_is_not_tested(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          gdp: {value: 47.5亿元, growth: 4.4%, basis: real}
          livestock: {value: 37亿元, growth: 5.6%, basis: real}
          pull: {value: 4个百分点}
        checks:
          - {contribution: pull, part: livestock, to: gdp}
    """)
    assert [f["code"] for f in checked(run)] == ["FC013"]


def test_this_periods_share_of_a_nominal_total(check) -> None:
    # a nominal part's previous share is its share now × (1 + g) / (1 + gᵢ)
    run = check("""
        factcheck: 1
        claims:
          total: {value: 6.8%}
          rural: {value: 5.5%}
          share: {value: 7.5%}
          ok: {value: 0.4个百分点}
          bad: {value: 0.6个百分点}
        checks:
          - {id: ok, contribution: ok, part: rural, to: total, part_share: share}
          - {id: bad, contribution: bad, part: rural, to: total, part_share: share}
    """)
    run.not_at("ok")
    assert_verdict(run.one("bad"), "FC122", "error", headline=False)


def test_one_contribution_needs_its_part(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          total: {value: 100亿元, growth: 5%}
          pull: {value: 3个百分点}
        checks:
          - {contribution: pull, to: total}
    """)
    assert [f["code"] for f in checked(run)] == ["FC013"]
