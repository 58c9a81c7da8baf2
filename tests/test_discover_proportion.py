"""The levels of the parts of a whole followed by their ratio (discover/proportion.py), through
`factcheck check ARTICLE`: each part's share of the total the article states for the parts, when
the parts are not value added (第一产业完成投资… 三次产业投资比重为6.8：77.3：15.9), and a ratio of
another period (比重由上年同期的a:b:c变化为…) that is no share of this period's levels.
"""

from __future__ import annotations

import pytest


def shares(doc: dict) -> list[dict]:
    return [c for c in doc["checks"] if c["kind"] == "share"]


def figures(check: dict) -> set[str]:
    return {c["written"] for c in check["claims"]}


DAQING = ("全市固定资产投资完成247.4亿元，同比增长2%。\n\n"
          "从产业投资看，一三产业投资增速较高：第一产业完成投资16.9亿元，同比增长36.9%；第三产业完成投资"
          "39.2亿元，同比增长17.6%；第二产业完成投资191.3亿元，同比下降2.8%。三次产业投资比重为"
          "6.8：{second}：15.9。\n")


@pytest.mark.parametrize(("second", "verdict"), [("77.3", "holds"), ("77.6", "warning")])
def test_a_part_of_the_investment_against_the_total_stated_before(article, second, verdict) -> None:
    """Form: 总额a … 第一产业完成投资b；第三产业…；第二产业…。三次产业投资比重为x：y：z — the
    shares in the order of the industries, of the total the parts with their rates make up
    (linked: the total is in another paragraph)."""
    _, doc = article(DAQING.format(second=second))
    [r] = [r for r in shares(doc) if figures(r) == {"191.3亿元", "247.4亿元", second}]
    assert (r["how"], r["verdict"]) == ("linked", verdict)


JIANGXI = ("1-9月，全省固定资产完成投资10875.84亿元，比上年同期增长17.5%。\n\n"
           "1-9月，全省第一产业完成投资233.94亿元，比上年同期增长18.3%；第二产业完成投资6057.43亿元，"
           "比上年同期增长11.1%；第三产业完成投资4584.47亿元，比上年同期增长27.0%。三次产业投资比重由"
           "上年同期的2.1:58.9:39.0变化为2.1:55.7:42.2，第三产业投资比重上升较快。\n")


def test_the_ratio_of_the_previous_period_is_no_share_of_this_periods_levels(article) -> None:
    """Form: 比重由上年同期的a:b:c变化为d:e:f — only d:e:f are this period's shares (a real
    release of 2014: 58.9 and 39.0 are last year's, no alarm on them)."""
    _, doc = article(JIANGXI)
    stated = {(min(figures(r) - {"10875.84亿元", "233.94亿元", "6057.43亿元", "4584.47亿元"}),
               r["verdict"]) for r in shares(doc)}
    assert stated == {("2.1", "warning")}
    # 233.94 / 10875.84 is 2.151%, which rounds to 2.2: printed 2.1 so that 2.1 + 55.7 + 42.2 make
    # 100 — a term adjusted by one step, tested once and a warning at most
