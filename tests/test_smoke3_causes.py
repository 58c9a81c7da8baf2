"""No false alarm on the third round of unseen articles (tests/data/smoke3, review.yaml): each rule
of the breakdowns, shares and 百分点 differences that raised one, with the real sentence (no
alarm) and a sentence where the same rule must still fire."""

from __future__ import annotations

import pytest
from helpers import alarms
from helpers import checks_of as checks


def at(doc: dict, code: str) -> list[tuple[int, int]]:
    return [(f["line"], f["column"]) for f in doc["findings"]
            if f["code"] == code and f["severity"] in ("error", "warning")]


# --- 其中 under an average or a ratio: its parts do not add up ----------------------------------
@pytest.mark.parametrize("text", [
    # migrant-workers-2022 line 3 (国家统计局 2022年农民工监测调查报告)
    "2022年，农民工月均收入4615元，比上年增加183元，增长4.1%。其中，外出农民工月均收入5240元，"
    "比上年增加227元，增长4.5%；本地农民工月均收入4026元，比上年增加148元，增长3.8%。\n",
    # mall-store-openings-2021 line 15: a ratio, and the figure compared with is no total
    "儿童游乐热度走高，全年开关店比达1.67，高于上半年1.34的水平，各细分品类门店均正向增长。"
    "其中，儿童运动馆开关店比达2.11。\n",
])
def test_no_sum_under_an_average_or_a_ratio(article, text) -> None:
    _, doc = article(text)
    assert alarms(doc) == [] and checks(doc, "breakdown") == []


MIGRANTS = ("2022年全国农民工总量29562万人，比上年增加311万人，增长1.1%。其中，外出农民工{out}万人，"
            "比上年增加18万人，增长0.1%；本地农民工12372万人，增加293万人，增长2.4%。\n")


def test_a_count_of_people_under_its_total_still_adds_up(article) -> None:
    """The same report's headcounts: 17190 + 12372 = 29562; 27190 + 12372 exceeds it."""
    _, doc = article(MIGRANTS.format(out=17190))
    assert checks(doc, "breakdown") == [("holds", ["17190万人", "12372万人", "29562万人"])]
    code, doc = article(MIGRANTS.format(out=27190))
    assert code == 1 and at(doc, "FC301") == [(1, 13)]


RETAIL = ("全市社会消费品零售总额2175.3亿元，高于上年2000.1亿元的水平。其中，批发和零售业零售额{part}亿元，"
          "住宿和餐饮业零售额151.6亿元。\n")


def test_the_figure_compared_with_is_not_the_total(article) -> None:
    """高于上年2000.1亿元的水平 names another year's level: the 其中 splits the 2175.3亿元."""
    _, doc = article(RETAIL.format(part="2023.6"))
    assert checks(doc, "breakdown") == [("holds", ["2023.6亿元", "151.6亿元", "2175.3亿元"])]
    code, doc = article(RETAIL.format(part="2033.6"))
    assert code == 1 and at(doc, "FC301") == [(1, 12)]


# --- 其中 after two totals: each part under the total it is named as ---------------------------
HEALTH = ("2023年，全国医疗卫生机构总诊疗人次95.5亿，比上年增加11.3亿人次，居民平均到医疗卫生机构就诊6.8次；"
          "入院人次30187.3万，比上年增加5501.1万人次。其中，医院总诊疗人次42.6亿，入院人次{admitted}万。\n")


def test_parts_follow_the_totals_they_are_named_as(article) -> None:
    """health-communique-2023 line 2 (2023年我国卫生健康事业发展统计公报)."""
    _, doc = article(HEALTH.format(admitted="24500.1"))
    assert alarms(doc) == []
    assert sorted(checks(doc, "breakdown")) == [("holds", ["24500.1万", "30187.3万"]),
                                                ("holds", ["42.6亿", "95.5亿"])]
    code, doc = article(HEALTH.format(admitted="34500.1"))
    assert code == 1 and at(doc, "FC301") == [(1, 61)]  # at the total, 30187.3万


# --- 高于…平均水平 x个百分点: the average of the same period -------------------------------------
PROFITS = ("8月份，全国规模以上工业企业利润同比增长10.1%，比2019年同期增长31.1%。从1—8月份累计看，"
           "规模以上工业企业利润同比增长49.5%，比2019年同期增长42.9%。\n"
           "8月份，高技术制造业利润同比增长17.5%，高于规模以上工业平均水平{pp}个百分点。\n")


def test_a_month_is_compared_with_the_same_month(article) -> None:
    """industrial-profits-jan-aug-2021 lines 11–12: 17.5 − 10.1 = 7.4, not 17.5 − 49.5 (1—8月)."""
    _, doc = article(PROFITS.format(pp="7.4"))
    assert alarms(doc) == []
    assert checks(doc, "points") == [("holds", ["17.5%", "10.1%", "7.4个百分点"])]
    _, doc = article(PROFITS.format(pp="8.4"))
    assert alarms(doc) == [("FC131", "warning")]


# --- 占 a whole of a named year or basis --------------------------------------------------------
SECURITIES = ("2021年，中信证券、国泰君安、华泰证券分别实现营业收入417亿元、282亿元、255亿元。{total}"
              "2021年全行业信息技术投入金额338.20亿元，同比增长28.7%，占{year}年度营业收入的{share}%。\n")


def test_a_whole_of_another_year_or_one_listed_firm_is_not_the_whole(article) -> None:
    """securities-firms-2021 line 15: 占2020年度营业收入 is not 中信证券's 417亿元 of 2021."""
    _, doc = article(SECURITIES.format(total="", year="2020", share="7.7"))
    assert alarms(doc) == [] and checks(doc, "share") == []


def test_the_whole_of_the_year_named_still_checks(article) -> None:
    text = SECURITIES.format(total="2021年证券行业实现营业收入5024.10亿元。", year="2021", share="{share}")
    _, doc = article(text.format(share="6.7"))
    assert checks(doc, "share") == [("holds", ["338.20亿元", "5024.10亿元", "6.7%"])]
    _, doc = article(text.format(share="7.7"))
    assert alarms(doc) == [("FC201", "warning")]


POWER = ("2020年，全国{basis}发电量76236亿千瓦时，同比增长4.0%。\n"
         "全国全口径非化石能源发电量2.58万亿千瓦时，同比增长7.9%，占全国全口径发电量的比重为{share}%。\n")


def test_a_whole_on_a_basis_is_a_figure_on_that_basis(article) -> None:
    """power-generation-2020 line 2: 全口径发电量 is not the 规模以上 全国发电量 77790.6亿千瓦时."""
    _, doc = article(POWER.format(basis="", share="33.9"))
    assert checks(doc, "share") == []
    _, doc = article(POWER.format(basis="全口径", share="33.8"))
    assert checks(doc, "share") == [("holds", ["2.58万亿千瓦时", "76236亿千瓦时", "33.8%"])]
    code, doc = article(POWER.format(basis="全口径", share="43.9"))  # the sentence names its whole
    assert code == 1 and alarms(doc) == [("FC201", "error")]
