"""Parts of a whole in forms of Chinese writing read in session 19 (discover/within.py,
discover/among.py), through `factcheck check ARTICLE`: the relation found on real sentences with its
verdict, the same text with one figure changed so that the parts exceed their whole (a finding names
it), and the look-alikes that must find nothing.

Forms:
- one month within the first N months (前10个月 … 10月): `within.period` reads 前N个月 as 1-N月;
- firms by their type of registration (集体企业, 股份制企业, 外商及港澳台商投资企业): different firms,
  together at most all firms (`within.registration_types`); 国有控股 and 私营 cross them;
- firms by type in a sentence opened by 分经济类型看 after the paragraph of all firms (`within._by_type`);
"""

from __future__ import annotations

import pytest
from helpers import column_of as column
from helpers import names_place as names


def checks_with(doc: dict, *figures: str) -> list[dict]:
    """The checks whose figures (as written) are exactly these."""
    want = sorted(figures)
    return [c for c in doc["checks"] if sorted(x["written"] for x in c["claims"]) == want]


def alarm_at(doc: dict, severity: str, line: int, at: int) -> bool:
    return any(names(f, line, at) for f in doc["findings"] if f["severity"] == severity)


# --- one month within the first N months --------------------------------------------------------------
# 南方日报 2021-11, 广东前10个月进出口 (fresh18 news-guangdong-trade-jan-oct-2021, lines 1-2)
GUANGDONG = ("据海关广东分署统计，2021年前10个月，广东进出口6.71万亿元人民币，比去年同期（下同）增长18.2%，"
             "占同期我国进出口总值的21.2%。\n广东进出口连续12个月保持正增长。10月，广东进出口{month}，"
             "增长14.3%，自去年11月以来连续12个月保持正增长。\n")


def test_a_month_is_within_the_first_months(article) -> None:
    """前10个月 is 1-10月: October's flow is at most the ten months' (linked: label and periods)."""
    code, doc = article(GUANGDONG.format(month="6843.6亿元"))
    [found] = checks_with(doc, "6843.6亿元", "6.71万亿元人民币")
    assert code == 0 and (found["kind"], found["how"], found["verdict"]) == ("breakdown", "linked", "holds")
    text = GUANGDONG.format(month="68436亿元")  # a digit moved: the month over the ten months
    code, doc = article(text)
    line2 = text.split("\n")[1]
    assert alarm_at(doc, "warning", 2, column(line2, "68436亿元"))


@pytest.mark.parametrize("text", [
    # 新华社 2019-06 (上海海关): 外贸进出口 over the months, 进出口 in May — other labels, no tie
    "据上海海关统计，今年前5个月，上海市外贸进出口1.8万亿元人民币，比去年同期增长1.8%。5月份，"
    "上海市进出口3771.5亿元，同比增长4.5%。\n",
    # the months to a month end are a point in time, not a month (no flow of one month)
    "前10个月，全市新增贷款476.68亿元。10月末，全市新增贷款余额300.5亿元。\n",
])
def test_no_month_within_other_figures(article, text) -> None:
    _, doc = article(text)
    assert [c for c in doc["checks"] if c["check"].endswith("_month")] == []


# --- firms by their type of registration ---------------------------------------------------------------
# 河北省统计局 2017-12, 1-11月份规模以上工业企业利润 (fresh18 stat-hebei-industry-profit-2017, lines 1-2)
HEBEI = ("1-11月份，全省规模以上工业企业实现利润总额2870.3亿元，同比增长20.7%。\n"
         "1-11月份，规模以上工业企业中，国有控股企业实现利润总额312.1亿元，同比增长48.0%；集体企业实现利润总额"
         "41.1亿元，同比下降0.5%；股份制企业实现利润总额{joint}，增长23.2%；外商及港澳台商投资企业实现利润总额"
         "473.4亿元，增长18.7%；私营企业实现利润总额1840.5亿元，增长18.1%。\n")
# 国家统计局 2022-09-27, 1—8月份全国规模以上工业企业利润 (as quoted by sputniknews.cn)
NATIONAL = ("1—8月份，全国规模以上工业企业实现利润总额55254.0亿元，同比下降2.1%。\n"
            "1—8月份，规模以上工业企业中，国有控股企业实现利润总额19011.0亿元，同比增长5.4%；股份制企业实现"
            "利润总额{joint}，增长0.8%；外商及港澳台商投资企业实现利润总额12797.0亿元，下降12.0%；私营企业实现"
            "利润总额14955.5亿元，下降8.3%。\n")


@pytest.mark.parametrize(("text", "joint", "wrong", "others", "whole"), [
    (HEBEI, "2217.9亿元", "2717.9亿元", ("41.1亿元", "473.4亿元"), "2870.3亿元"),
    (NATIONAL, "40623.6亿元", "46623.6亿元", ("12797.0亿元",), "55254.0亿元"),
])
def test_registration_types_are_together_at_most_all_firms(article, text, joint, wrong, others,
                                                           whole) -> None:
    """集体, 股份制, 外商及港澳台商投资: each firm registered as one; 国有控股 and 私营 are left out of
    the sum (they cross the types)."""
    code, doc = article(text.format(joint=joint))
    [found] = checks_with(doc, joint, *others, whole)
    assert code == 0 and (found["kind"], found["how"], found["verdict"]) == ("breakdown", "stated", "holds")
    assert not any("312.1亿元" in {x["written"] for x in c["claims"]} and len(c["claims"]) > 2
                   for c in doc["checks"])  # 国有控股 never summed
    changed = text.format(joint=wrong)
    code, doc = article(changed)
    line2 = changed.split("\n")[1]
    assert code == 1 and alarm_at(doc, "error", 2, column(line2, wrong))


def test_controlled_and_private_firms_are_never_summed(article) -> None:
    """国有控股企业 and 私营企业 beside 股份制企业: no sum of types (国家统计局: 经济类型分组之间存在交叉)."""
    text = ("1—8月份，全国规模以上工业企业实现利润总额55254.0亿元，同比下降2.1%。\n"
            "1—8月份，规模以上工业企业中，国有控股企业实现利润总额19011.0亿元，同比增长5.4%；私营企业实现"
            "利润总额14955.5亿元，下降8.3%。\n")
    _, doc = article(text)
    assert [c for c in doc["checks"] if c["check"].endswith("_registered_within")] == []


# --- firms by type after 分经济类型看 ----------------------------------------------------------------------
# 四川日报 2022-11, 四川前10月规上工业利润 (fresh18 news-sichuan-industry-profit-2022, lines 3-4)
SICHUAN = ("本报讯（记者 赵蝶）记者近日从四川省统计局获悉，1-10月，四川省规模以上工业企业实现利润总额"
           "3819.8亿元，同比增长12.8%。\n分经济类型看，国有控股企业实现利润总额1222.4亿元，同比下降4.7%；股份制企业实现利润"
           "总额{joint}，同比增长12.5%；外商及港澳台商投资企业实现利润总额342.7亿元，同比增长11.6%；私营企业实现"
           "利润总额1092.9亿元，同比下降0.6%。\n")


def test_firms_by_type_after_the_paragraph_of_all(article) -> None:
    code, doc = article(SICHUAN.format(joint="3384.4亿元"))
    [summed] = checks_with(doc, "3384.4亿元", "342.7亿元", "3819.8亿元")
    assert code == 0 and (summed["how"], summed["verdict"]) == ("linked", "holds")
    for part in ("1222.4亿元", "1092.9亿元"):
        [found] = checks_with(doc, part, "3819.8亿元")
        assert (found["how"], found["verdict"]) == ("linked", "holds")
    changed = SICHUAN.format(joint="3884.4亿元")
    _, doc = article(changed)
    assert alarm_at(doc, "warning", 2, column(changed.split("\n")[1], "3884.4亿元"))


def test_types_compared_by_growth_only_find_no_whole(article) -> None:
    """国家统计局 2023-05 (4月份规模以上工业增加值): rates of the types, no levels to sum."""
    text = ("4月份，规模以上工业增加值同比实际增长5.6%。\n分经济类型看，4月份，国有控股企业增加值同比"
            "增长6.6%；股份制企业增长4.4%，外商及港澳台商投资企业增长11.8%；私营企业增长1.6%。\n")
    _, doc = article(text)
    assert [c for c in doc["checks"] if c["check"].endswith(("_of_a_type", "_by_type"))] == []


# --- counts of a count's members by their state: 下降的有…，持平的有…，上涨的有… --------------------------
# 中国经济网 2012-02-18, 1月份70个大中城市住宅销售价格 (fresh18 news-70cities-housing-jan-2012, line 4)
CITIES_2012 = ("（一）与上月相比，70个大中城市中，价格下降的城市有48个，"
               "持平的城市有{flat}。\n")
# 人民网 2014-02-24, 1月份70个大中城市住宅销售价格 (news.sohu.com/20140224/n395539298.shtml)
CITIES_2014 = ("新建商品住宅（不含保障性住房）方面，与上月相比，70个大中城市中，价格下降的城市有6个，"
               "持平的城市有{flat}，上涨的城市有62个。环比价格变动中，最高涨幅为1.2%，最低为下降1.5%。\n")
# bjxxg.cn 2014-08, 7月份70个大中城市住宅销售价格 (国家统计局)
CITIES_JULY = ("（一）与上月相比，70个大中城市中，价格下降的城市有64个，持平的城市有{flat}，"
               "上涨的城市有2个。\n")


@pytest.mark.parametrize(("text", "flat", "wrong", "others", "exhaustive"), [
    (CITIES_2012, "22个", "25个", ("48个",), False),
    (CITIES_2014, "2个", "5个", ("6个", "62个"), True),
    (CITIES_JULY, "4个", "7个", ("64个", "2个"), True),
])
def test_counts_by_state_are_together_at_most_the_count(article, text, flat, wrong, others,
                                                        exhaustive) -> None:
    """Each city's price fell, stayed or rose: the counts by state add up to at most the 70 cities,
    and to all of them when the three states are counted."""
    code, doc = article(text.format(flat=flat))
    [found] = [c for c in doc["checks"] if c["check"].endswith("_states")]
    assert sorted(x["written"] for x in found["claims"]) == sorted([flat, *others, "70个"])
    assert code == 0 and (found["how"], found["verdict"]) == ("stated", "holds")
    changed = text.format(flat=wrong)
    code, doc = article(changed)
    assert code == 1 and alarm_at(doc, "error", 1, changed.index(wrong) + 1)
    if exhaustive:  # one city fewer: the three states no longer make the 70
        fewer = str(int(flat[:-1]) - 1) + "个"
        code, doc = article(text.format(flat=fewer))
        assert code == 1 and alarm_at(doc, "error", 1, text.format(flat=fewer).index(fewer) + 1)


@pytest.mark.parametrize("text", [
    # two counts of one state, by two comparisons (中国经济网 2012-02-18, line 2): they overlap
    "数据显示，70个大中城市中，有48个城市新建商品住宅房价环比下降，同比下降的城市数比去年12月增加了6个，"
    "为15个。\n",
    # the same state twice
    "70个大中城市中，价格下降的城市有54个，同比下降的城市为37个。\n",
    # states of two comparisons: a city may fall on the month and rise on the year
    "70个大中城市中，环比下降的城市有48个，同比上涨的城市有50个。\n",
    # the direction of a rate, not a state of the price (涨幅回落)
    "70个大中城市中，价格下降的城市有15个，涨幅回落的城市有50个。\n",
])
def test_no_counts_by_state_for_look_alikes(article, text) -> None:
    _, doc = article(text)
    assert [c for c in doc["checks"] if c["check"].endswith("_states")] == []


# --- a balance of one kind of loan within that of all kinds (各项贷款余额) ------------------------------
# 中山日报 2019-07, 上半年中山金融统计数据 (fresh18 news-zhongshan-finance-h1-2019, lines 2-3)
ZHONGSHAN = ("各项贷款增速创近5年新高。今年上半年，中山本外币各项贷款余额4560.71亿元，同比增长17.63%。\n"
             "企业和机关团体贷款增速同比大幅提高。上半年，企业和机关团体贷款余额{kind}，同比增长12.66%。\n")
# 人民日报 2019-10-26, 2019年三季度金融机构贷款投向统计报告 (中国人民银行)
PBOC = ("报告显示，三季度末，金融机构人民币各项贷款余额149.92万亿元，同比增长12.5%。\n"
        "普惠小微贷款增速持续加快。三季度末，人民币普惠金融领域贷款余额{kind}，同比增长16.8%。\n")


@pytest.mark.parametrize(("text", "kind", "wrong", "whole"), [
    (ZHONGSHAN, "1996.49亿元", "19964.9亿元", "4560.71亿元"),
    (PBOC, "16.99万亿元", "169.9万亿元", "149.92万亿元"),
])
def test_a_kind_of_loan_is_within_all_kinds(article, text, kind, wrong, whole) -> None:
    """各项 names every kind of loan: one kind's balance is at most all kinds' (linked)."""
    code, doc = article(text.format(kind=kind))
    [found] = checks_with(doc, kind, whole)
    assert code == 0 and (found["kind"], found["how"], found["verdict"]) == ("breakdown", "linked", "holds")
    changed = text.format(kind=wrong)
    _, doc = article(changed)
    assert alarm_at(doc, "warning", 2, column(changed.split("\n")[1], wrong))


@pytest.mark.parametrize("text", [
    # 人民日报 2019-10-26: 本外币 loans are no part of the 人民币 loans
    "三季度末，金融机构人民币各项贷款余额149.92万亿元，同比增长12.5%。\n企事业单位贷款增速回升。三季度末，"
    "本外币企事业单位贷款余额97.22万亿元，同比增长10.4%。\n",
    # another place's balance
    "6月末，中山本外币各项贷款余额4560.71亿元。\n6月末，广东省制造业贷款余额9000.5亿元。\n",
    # the balance at the start of the year
    "6月末，各项贷款余额4560.71亿元。\n年初制造业贷款余额700.5亿元。\n",
])
def test_no_kind_of_loan_for_look_alikes(article, text) -> None:
    _, doc = article(text)
    assert [c for c in doc["checks"] if c["check"].endswith("_of_all_kinds")] == []


# --- some members of a list of the top N named by their noun, no 中: 前15名的城市，只有4城… --------------
# 新浪财经 2022-02, 湖南14市州GDP排行 (fresh18 news-hunan-14cities-gdp-2021, line 10)
HUNAN = "望“标兵”。全国前15名的城市，只有{some}GDP增速低于8%，长沙是其中之一。\n"


def test_some_members_of_a_top_list_by_its_noun(article) -> None:
    """前N名的城市，只有M城…: M of the N places of the list, so M ≤ N (stated)."""
    code, doc = article(HUNAN.format(some="4城"))
    [found] = checks_with(doc, "4城", "前15名")
    assert code == 0 and (found["how"], found["verdict"]) == ("stated", "holds")
    changed = HUNAN.format(some="40城")
    code, doc = article(changed)
    assert code == 1 and alarm_at(doc, "error", 1, changed.index("40城") + 1)


@pytest.mark.parametrize("text", [
    "全国前15名的城市，有4城GDP增速低于8%。\n",  # no 只/仅 after the comma: not read without 中
    "全国前15名的城市，只有4城。\n",  # says nothing of them
])
def test_no_members_of_a_top_list_for_look_alikes(article, text) -> None:
    _, doc = article(text)
    assert checks_with(doc, "4城", "前15名") == []


# --- lines of one figure each (discover/table.py): a line of another measure is no part ----------------
def test_lines_of_other_measures_are_no_parts_of_a_total(article) -> None:
    """A line with 全省 and one level, then lines of fiscal revenue: the revenue is no part of the
    exports above it (a look-alike met while probing the forms of this session)."""
    text = ("1-10月，全省出口汽车320.5亿元，增长50.3%。\n全年全市一般公共预算收入300.5亿元，增长5.1%。\n"
            "全年全市税收收入220.3亿元，增长4.2%。\n")
    _, doc = article(text)
    assert [c for c in doc["checks"] if "320.5亿元" in {x["written"] for x in c["claims"]}] == []
