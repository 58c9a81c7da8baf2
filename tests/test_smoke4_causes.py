"""No false alarm on the fourth round of unseen articles (tests/data/smoke4, review.yaml): each
rule that raised one, with the real sentence (no alarm) and a sentence where the same rule must
still fire."""

from __future__ import annotations

import pytest
from helpers import alarms
from helpers import checks_of as checks


@pytest.mark.parametrize("text", [
    # migrant-workers-2017 line 5 (国家统计局 2017年农民工监测调查报告)
    "2017年农民工总量达到28652万人，比上年增加481万人，增长1.7%。\n"
    "从输出地看，东部地区农民工10430万人，比上年增加30万人，增长0.3%，占农民工总量的36.4%。\n",
    # industrial-profits-jan-sep-2021 line 18: the count the 占 follows is the part
    "在41个工业大类行业中，有29个行业利润较2019年同期增长，占70.7%。\n",
    # gdp40-cities-housing-2022 line 13: one member's value, not a share of the 26
    "在参与排名的26个城市中，济南的“回暖值”为35.5%，在所有城市中排名最高。\n",
    # district-communique-2022-nlac6911 line 7: a contribution to output, weighed with value added
    "2022年，全区规模以上工业增加值增长6.8%。2022年，全区产值过亿元企业63家，产值占全区总量的95%，"
    "增长27.8%，高于全区平均水平15.5个百分点，对全区工业总量的贡献率达到188.8%，"
    "拉动全区规模以上工业增长23.2个百分点。\n",
    # housing-prices-70-cities-jun-2018 line 6: 同比 is no 同…相比
    "上涨的10个，增加1个，最高涨幅为3.6%。同比下降的城市有7个，比上月减少1个，最大降幅为2.2%。\n",
    # a-share-h1-2021-results line 14: conditions, not names
    "按照以下条件选取中报迎来业绩拐点的50家公司：1、一季度亏损、中报盈利；2、中报净利润同比增长。\n",
    # gdp40-cities-housing-2022 line 3: what a figure is, not the cities' names
    "相对于价格，成交量是更重要、更领先的指标，所以咱们一起看看这40个城市今年3月和4月的房地产成交量情况。\n",
    # top10-developers-prices-2021 line 15: 各1个 is one per group
    "其中，8个在东部沿海地区，中部和西部各1个，分别是郑州和成都。\n",
])
def test_no_alarm(article, text) -> None:
    _, doc = article(text)
    assert alarms(doc) == []


SHARE = ("2017年农民工总量达到28652万人，比上年增加481万人，增长1.7%。其中，东部地区农民工10430万人，"
         "比上年增加30万人，增长0.3%，占农民工总量的{share}%。\n")


def test_the_level_not_its_change_is_the_part(article) -> None:
    _, doc = article(SHARE.format(share="36.4"))
    assert checks(doc, "share") == [("holds", ["10430万人", "28652万人", "36.4%"])]
    code, doc = article(SHARE.format(share="38.4"))
    assert code == 1 and alarms(doc) == [("FC201", "error")]


@pytest.mark.parametrize("text", [
    "在41个工业大类行业中，70.9%的行业利润较2019年同期增长。\n",
    "在参与排名的26个城市中，回暖的城市占35.5%。\n",
])
def test_a_share_of_the_count_still_checks(article, text) -> None:
    """No whole number of the 41 (26) gives 70.9% (35.5%)."""
    code, doc = article(text)
    assert code == 1 and alarms(doc) == [("FC701", "error")]


CONTRIBUTION = ("2022年，全区规模以上工业增加值增长6.8%。2022年，全区产值过亿元企业63家，增加值增长27.8%，"
                "对全区规模以上工业增加值的贡献率达到188.8%，拉动全区规模以上工业增长{pull}个百分点。\n")


def test_a_contribution_to_the_same_measure_still_checks(article) -> None:
    """188.8% × 6.8% = 12.84个百分点."""
    _, doc = article(CONTRIBUTION.format(pull="12.8"))
    assert alarms(doc) == [] and [v for v, _ in checks(doc, "expression")] == ["holds"]
    _, doc = article(CONTRIBUTION.format(pull="23.2"))
    assert alarms(doc) == [("FC801", "warning")]


def test_a_change_from_the_level_named_still_checks(article) -> None:
    text = "同比下降的城市有7个，比上月的8个减少{n}个，最大降幅为2.2%。\n"
    _, doc = article(text.format(n=1))
    assert [v for v, _ in checks(doc, "expression")] == ["holds"]
    code, doc = article(text.format(n=2))
    assert code == 1 and alarms(doc) == [("FC801", "error")]


def test_a_count_with_its_names_still_checks(article) -> None:
    text = "其中，8个在东部沿海地区，中部和西部共{n}个，分别是郑州和成都。\n"
    _, doc = article(text.format(n=2))
    assert alarms(doc) == []
    code, doc = article(text.format(n=3))
    assert code == 1 and alarms(doc) == [("FC601", "error")]
