"""No false alarm on the thirty-first round of unseen articles (tests/data/smoke31, review.yaml; sources
in sources.yaml): each form of writing that raised one, on the real sentence, and the look-alike that
must still be found, with one figure changed (the finding names the changed figure).
"""

from __future__ import annotations

from pathlib import Path

from helpers import alarms
from helpers import checks_of as checks
from helpers import names_written as _named

SMOKE31 = Path(__file__).parent / "data" / "smoke31"


def _written(doc: dict) -> set[str]:
    """Every figure of the checks of a `--show-checks` document, as written."""
    return {x["written"] for c in doc["checks"] for x in c["claims"]}


# --- 1. a mean concentration is no total over the count of cities; 2+26城市 is a name ------------------

# air-quality-jan-may-cmzhl line 1
NATION = ("生态部最近几天通报了今年前5个月全国环境空气质量情况："
          "全国339个地级及以上城市空气质量平均优良天数比例为85.1%，同比上升0.5个百分点，PM2.5平均浓度为35微克/立方米，同比下降5.4%，PM10平均浓度为59微克/立方米，"
          "同比下降9.2%。")
# air-quality-jan-may-cmzhl line 3
REGIONS = ("长三角41个城市平均优良天数比例为80.8%，同比下降7.0个百分点，"
           "PM2.5浓度为38微克/立方米，同比上升5.6%，臭氧平均浓度为156微克/立方米，同比上升13.9%汾渭平原11个城市平均优良天数比例为61.8%，同比下降4.5%，"
           "PM2.5浓度为56微克/立方米，同比上升7.7%，臭氧平均浓度为151微克/立方米，同比上升12.7%")
# air-quality-jan-may-cmzhl line 2
JINGJINJI = ("京津冀及周边地区2+26城市平均优良天数比例为66.8%，同比上升3.5个百分点，"
             "PM2.5浓度为51微克/立方米，同比下降3.8%，臭氧平均浓度为162微克/立方米，同比上升12.5%北京市优良天数比例为81.5%，同比上升13.3%，"
             "PM2.5浓度为33微克/立方米，同比下降28.3%，臭氧平均浓度为163微克/立方米，同比上升28.3%")


def test_a_mean_concentration_is_no_total_over_the_count_of_cities(article) -> None:
    for text in (NATION, REGIONS):
        _, doc = article(text + "\n")
        assert alarms(doc) == []
        assert checks(doc, "average") == []


def test_numbers_joined_by_plus_name_a_group_and_count_nothing(article) -> None:
    """2+26城市 is the name of the 28 cities of the plan: no count of 26 (nor of 2)."""
    _, doc = article(JINGJINJI + "\n")
    assert alarms(doc) == []
    assert checks(doc, "average") == []
    assert not {"26城", "2城", "26个"} & _written(doc)
    assert "66.8%" in _written(doc)  # the figures after the name are read as before


def test_the_whole_article_has_no_average(article) -> None:
    _, doc = article((SMOKE31 / "air-quality-jan-may-cmzhl.txt").read_text(encoding="utf-8"))
    assert alarms(doc) == []
    assert checks(doc, "average") == []


# The look-alike: an average of an amount over the count of its sentence is still total / count
# (景宁 “景宁600”, the form of tests/test_fixes8.py: 3414万元 / 1138户 = 3万元).
PER_HOUSEHOLD = "全年带动销售额3414万元，直接带动1138户低收入农户，户均增收{a}万元。\n"


def test_an_average_of_an_amount_is_still_total_over_count(article) -> None:
    _, doc = article(PER_HOUSEHOLD.format(a="3"))
    assert checks(doc, "average") == [("holds", ["3414万元", "1138户", "3万元"])]
    code, doc = article(PER_HOUSEHOLD.format(a="2"))
    assert code == 1 and _named(doc, "2万元")


def test_an_average_price_per_unit_is_no_total_over_a_count(article) -> None:
    """The same rule for any level per unit of another measure (元/平方米: a price), in the form of
    the smoke3 Shenzhen housing report: 930套 and a 均价 after another price are no total and count."""
    _, doc = article("全市商品房共成交930套，上周均价52774元/平方米，本周平均价格53060元/平方米。\n")
    assert checks(doc, "average") == []


# --- 2. 占全市 names a wider whole than the total of the 其中 before it --------------------------------

# high-tech-zones-te-ch line 1 (the 16 zones' 1630 research institutions; 12 is 34.3% of the city's)
ZONES = ("一是项目投资多。16个高新区重大项目开工382个，总投资1269.4亿元、同比增长10.5%。二是创新平台强。"
         "新增研发机构33家，总数达1630家，其中市级及以上技术转移示范机构12家、占全市34.3%；市级及以上孵化平台达"
         "135家、占全市30.3%。")
# town-economy-q1q3-2011-cnlg (smoke19) line 2, from 据统计 to the 规下企业 clause: the same form, the
# town's total and the county's share (99.6 / 210 = 47.4%, not 60.4%)
TOWN = ("据统计，今年1-9月份，全镇实现工业总产值210亿元，同比增长16%。"
        "其中2000万元规模以上工业企业产值达99.6亿元，占全县比重的60.4%；规下企业实现产值110亿元，同比增长17.5%。")


def test_a_share_of_the_whole_city_is_no_share_of_the_zones_total(article) -> None:
    _, doc = article(ZONES + "\n")
    assert alarms(doc) == []
    assert checks(doc, "share") == []
    assert ("holds", ["12家", "1630家"]) in checks(doc, "breakdown")  # the 其中 still lists a part


def test_a_share_of_the_county_is_no_share_of_the_towns_total(article) -> None:
    _, doc = article(TOWN + "\n")
    assert alarms(doc) == []
    assert checks(doc, "share") == []


# The look-alike: the total's own sentence names the city (全市…总数达1630家): 占全市 is of it.
CITY = "全市新增研发机构33家，总数达1630家，其中市级及以上技术转移示范机构12家、占全市{p}。\n"


def test_a_share_of_the_city_whose_total_names_the_city_is_still_checked(article) -> None:
    _, doc = article(CITY.format(p="0.7%"))
    assert checks(doc, "share") == [("holds", ["12家", "1630家", "0.7%"])]
    code, doc = article(CITY.format(p="0.9%"))
    assert code == 1 and _named(doc, "0.9%")


def test_a_share_of_the_city_after_a_total_of_this_city_is_still_checked(article) -> None:
    """本市 names the city as 全市 does."""
    _, doc = article(CITY.replace("全市新增", "本市新增").format(p="0.7%"))
    assert checks(doc, "share") == [("holds", ["12家", "1630家", "0.7%"])]


def test_a_bare_share_after_qizhong_is_still_of_its_total(article) -> None:
    """占比 with no whole named (其中民生支出40.1亿元，占比达82%) is of the 其中's total, as before."""
    text = "全年一般公共预算支出48.9亿元，其中民生支出40.1亿元，占比达{p}。\n"
    _, doc = article(text.format(p="82%"))
    assert checks(doc, "share") == [("holds", ["40.1亿元", "48.9亿元", "82%"])]
    code, doc = article(text.format(p="85%"))
    assert code == 1 and _named(doc, "85%")


# --- 3. two 依次 share lists, each of the levels of the sentence before, are of different measures ----

HK = SMOKE31 / "hk-investment-regions-2007-mofcom-dizaynex.txt"
# hk-investment-regions-2007-mofcom-dizaynex lines 3 and 4
CONTRACTED = ("东部地区合同港资金额608.30亿美元，中部地区合同港资金额100.70亿美元，"
              "西部地区合同港资金额43.13亿美元，同比分别增长16.02%，29.14%，和43.48%。"
              "在全国吸收港资资金总量中的比重依次为{a}、13.39%、5.73%。")
PAID_IN = ("东部地区实际投入港资金额181.50亿美元，中部地区实际投入港资金额13.67亿美元，"
           "西部地区实际投入港资金额7.15亿美元，东部地区同比增加18.48%而中部和西部地区则分别减少和28.07%和18.29%。"
           "在全国吸收港资资金总量中的比重依次为89.7%、6.76%、3.54%。")


def _duplicates(doc: dict) -> list[tuple[str, list[str]]]:
    return checks(doc, "duplicate")


def test_share_lists_of_two_measures_never_pair(article) -> None:
    _, doc = article(CONTRACTED.format(a="80.88%") + "\n" + PAID_IN + "\n")
    assert alarms(doc) == []
    assert _duplicates(doc) == []


def test_the_whole_article_has_no_pair(article) -> None:
    _, doc = article(HK.read_text(encoding="utf-8"))
    assert alarms(doc) == []
    assert _duplicates(doc) == []


def test_the_same_measure_s_share_list_stated_again_still_pairs(article) -> None:
    """The look-alike: the 合同港资 paragraph given twice (a lead and its body) pairs its shares; one
    changed is a warning naming it."""
    text = CONTRACTED.format(a="80.88%") + "\n" + CONTRACTED.format(a="{a}") + "\n"
    _, doc = article(text.format(a="80.88%"))
    assert ("holds", ["80.88%", "13.39%", "5.73%"] * 2) in _duplicates(doc)
    _, doc = article(text.format(a="81.88%"))
    assert _named(doc, "81.88%", "warning")


def test_a_share_in_a_whole_after_its_level_is_still_the_level_s(article) -> None:
    """The smoke27 form (fix f2d7e23) is unchanged: 在X中所占比重 right after its level keys by that level;
    the same sentence again pairs, and a changed share is named."""
    text = "2019年全国体育服务业总产出14929.5亿元，在体育产业中所占比重增加到{p}。"
    _, doc = article(text.format(p="50.6%") + "\n" + text.format(p="50.6%") + "\n")
    assert any(v == "holds" and "50.6%" in w for v, w in _duplicates(doc))
    _, doc = article(text.format(p="50.6%") + "\n" + text.format(p="56.0%") + "\n")
    assert _named(doc, "56.0%", "warning")
