"""Points (checks/points.py): FC131 points-mismatch — a difference of two rates in 百分点.

Through the real command line (the `check` fixture); 1个百分点 = 0.01 as a difference of ratios.
"""

from __future__ import annotations

from fractions import Fraction as F

import pytest
from helpers import assert_verdict, closed, iv


def checked(run) -> list[dict]:
    return [f for f in run.findings if f["code"] != "FC102"]


# 高技术制造业增长12.8%，高于规模以上工业(增长9.6%)POINTS个百分点: 12.8 − 9.6 is 3.1 to 3.3.
HIGHER = """
factcheck: 1
claims:
  industry: {value: 10051.6亿元, growth: 9.6%}
  hitech: {value: 3508.8亿元, growth: 12.8%}
  above: {value: POINTS个百分点}
checks:
  - {id: p, points: above, rate: hitech, than: industry}
"""


@pytest.mark.parametrize(("points", "holds"), [("3.2", True), ("3.1", True), ("3.3", True),
                                               ("3.0", False), ("3.4", False), ("32", False)])
def test_a_difference_of_two_growth_rates(check, points: str, holds: bool) -> None:
    run = check(HIGHER.replace("POINTS", points))
    if holds:
        assert checked(run) == []
        return
    f = run.one("p")
    assert_verdict(f, "FC131", "error", headline=False)
    assert f["name"] == "points-mismatch"
    assert iv(f["computed"]) == closed(F("0.031"), F("0.033"))
    assert {c["id"] for c in f["claims"]} == {"hitech.growth", "industry.growth", "above"}


def test_lower_by_a_difference_written_without_a_sign(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          town: {value: 5.5%}
          city: {value: 6.7%}
          below: {value: 1.2个百分点}
        checks:
          - {id: lower, points: below, rate: town, than: city, lower: true}
          - {id: higher, points: below, rate: town, than: city}
    """)
    run.not_at("lower")
    assert_verdict(run.one("higher"), "FC131", "error", headline=True)  # lower, not higher


def test_a_fall_in_a_rate_of_its_own(check) -> None:
    # 9月份城镇调查失业率为4.9%，比上月(5.1%)下降0.2个百分点
    run = check("""
        factcheck: 1
        claims:
          september: {value: 4.9%}
          august: {value: 5.1%}
          fell: {value: 下降0.2个百分点}
          fell_more: {value: 下降0.4个百分点}
        checks:
          - {id: ok, points: fell, rate: september, than: august}
          - {id: bad, points: fell_more, rate: september, than: august}
    """)
    run.not_at("ok")
    assert_verdict(run.one("bad"), "FC131", "error", headline=False)


def test_a_difference_in_percent_is_not_points(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          a: {value: 5.5%}
          b: {value: 6.7%}
        checks:
          - {points: 1.2%, rate: a, than: b}
    """)
    assert [f["code"] for f in checked(run)] == ["FC011"]
