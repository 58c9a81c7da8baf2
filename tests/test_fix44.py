"""No false alarm of the forty-fourth round of unseen articles (tests/data/smoke44, review.yaml): each
rule that raised one, on the real sentence, on another real one of its form, on look-alikes the old
reading was right about, and on a copy with a figure changed where the relation must still fail."""

from __future__ import annotations

from helpers import alarms
from helpers import checks_of as checks

# --- the three industries after a lone 其中 part: they split the total before it ------------------

# bole-investment-jan-sep-xjbl (https://www.xjbl.gov.cn/info/1289/46236.htm), lines 1 and 4 (2.35亿元
# as 工业投资 on its line 6 gives it; the page prints 2.35万元)
BOLE = ("1-9月，全市固定资产投资继续保持平稳向上增长的良好态势，固定资产投资累计完成50.63亿元，"
        "同比增长3.94倍，"
        "其中房地产开发项目累计完成投资21.77亿元，同比增长3.74倍。\n"
        "分产业看，第一产业完成投资1.76亿元，同比增长139倍，占全市投资比重为3.5%；第二产业完成投资2.35亿元，"
        "同比增长33%，占全市投资比重为4.6%；第三产业完成投资{third}亿元，同比增长4.49%，占全市投资比重为91.9%。\n")


def test_the_industries_split_the_total_a_lone_part_hangs_from(article) -> None:
    code, doc = article(BOLE.format(third="46.52"))
    assert code == 0 and alarms(doc) == []
    assert ("holds", ["1.76亿元", "2.35亿元", "46.52亿元", "50.63亿元"]) in checks(doc, "breakdown")
    assert [w[1] for v, w in checks(doc, "share")] == ["50.63亿元"] * 3


def test_a_third_industry_changed_still_fails(article) -> None:
    """1.76 + 2.35 + 48.52 = 52.63 > 50.63, and 48.52 / 50.63 = 95.8%."""
    code, doc = article(BOLE.format(third="48.52"))
    assert code == 1 and alarms(doc) == [("FC301", "error"), ("FC201", "error")]
    assert all("48.52亿元" in f["message"] for f in doc["findings"] if f["severity"] == "error")


# 国家统计局 2004年上半年 (http://92880.cn/news/2004year/2004-07-21/26/462719.shtml): the 其中 lists two
# parts (城镇, 农村), whose 城镇 the industries split: no whole is read off a 其中 of several parts
NATIONAL_2004 = (
    "今年上半年，全社会累计完成固定资产投资26082亿元，比去年同期增长28.6%，增幅比一季度回落了14.4个百分点。"
    "其中，城镇累计完成投资21844亿元，增长31%，回落16.8个百分点；农村累计完成投资4238亿元，增长17.3%，"
    "回落9.1个百分点。\n"
    "在上半年城镇投资中，国有及国有控股单位投资12605亿元，同比增长25.5%，增幅比1-5月回落7.8个百分点。"
    "住宅投资4095亿元，增长26.5%，回落1.8个百分点。中央项目投资3370亿元，增长1.3%，提高1.3个百分点；"
    "地方项目18474亿元，增长38.5%，回落5.9个百分点。\n"
    "分三次产业看，第一产业投资212亿元，同比增长7.2%，比1-5月回落4.5个百分点；第二产业投资8791亿元，增长41.8%，"
    "回落6个百分点。其中，工业投资8511亿元，增长42.3%，回落5.5个百分点；建筑业投资280亿元，增长28.0%，"
    "回落19.2个百分点。第三产业投资12841亿元，增长25.0%，回落2.7个百分点。\n")


def test_a_total_split_in_two_by_its_qizhong_is_no_whole_of_the_industries(article) -> None:
    code, doc = article(NATIONAL_2004)
    assert code == 0 and alarms(doc) == []
    assert ("holds", ["21844亿元", "4238亿元", "26082亿元"]) in checks(doc, "breakdown")


def test_a_whole_named_by_the_industries_label_still_checks(article) -> None:
    """The level the industries' label names, with no 其中 before it (the _named_whole docstring's
    form): still their whole."""
    text = ("全市实有各类经营主体7712023户。第一产业实有经营主体723002户，第二产业实有经营主体{n}户，"
            "第三产业实有经营主体6239079户。\n")
    _, doc = article(text.format(n="749942"))
    assert ("holds", ["723002户", "749942户", "6239079户", "7712023户"]) in checks(doc, "breakdown")
    code, doc = article(text.format(n="759942"))
    assert code == 1 and ("FC301", "error") in alarms(doc)


# --- firms by type: 国有控股 crosses the types of registration; no level of a 从…看 paragraph is the
# whole ------------------------------------------------------------------------------------------

# city-industry-jan-may-sourcecodebean
# (http://sourcecodebean.com/jjqy/ljqy/qyfz/jjfz/content/post_1406100.html), lines 1-3, as simplified
CITY = ("1-5月，全市规上工业企业累计完成工业增加值245.68亿元，同比增长31.8%，"
        "比全省平均水平（21%）高10.8个百分点，"
        "增速位居全省第3位。完成销售产值1022.57亿元，同比增长52.5%。\n"
        "从三大门类看，1-5月，采矿业累计完成增加值1.89亿元，同比增长39.9%；制造业累计完成增加值222.01亿元，"
        "同比增长34%，电力、热力、燃气及水生产和供应业累计完成增加值21.78亿元，同比增长13.8%。\n"
        "从经济类型看，1-5月，国有控股企业累计完成增加值36.22亿元，同比增长20.2%；股份制企业累计完成增加值153.78亿元，"
        "同比增长35.5%；外商及港澳台商投资企业累计完成增加值{foreign}亿元，同比增长26.8；其他经济类型累计完成增加值"
        "1.19亿元，同比增长16.1%。\n")


def test_firms_by_type_are_of_the_total_not_of_a_section_before(article) -> None:
    code, doc = article(CITY.format(foreign="88.89"))
    assert code == 0 and alarms(doc) == []
    wholes = {w[-1] for v, w in checks(doc, "breakdown") if "36.22亿元" in w or "153.78亿元" in w}
    assert wholes == {"245.68亿元"}
    assert ("holds", ["153.78亿元", "88.89亿元", "245.68亿元"]) in checks(doc, "breakdown")
    assert not any("36.22亿元" in w and "153.78亿元" in w for _, w in checks(doc, "breakdown"))


def test_the_registered_types_over_the_total_still_warn(article) -> None:
    """153.78 + 98.89 = 252.67 > 245.68: the types of registration are different firms."""
    _, doc = article(CITY.format(foreign="98.89"))
    assert alarms(doc) == [("FC301", "warning")]
    assert "98.89亿元" in doc["findings"][0]["message"]


def test_the_three_sections_still_split_the_total(article) -> None:
    """The 从三大门类看 paragraph still splits 245.68 (1.89 + 222.01 + 21.78 = 245.68)."""
    _, doc = article(CITY.format(foreign="88.89"))
    assert ("holds", ["1.89亿元", "222.01亿元", "21.78亿元", "245.68亿元"]) in checks(doc, "breakdown")


# --- 占总X的: the total of all, never a level with a share of its own ------------------------------

# gansu-investment-jan-sep-2024-sina (https://finance.sina.com.cn/jjxw/2024-10-21/doc-incthnfx5645633.shtml)
GANSU = ("1至9月，全省签约招商引资项目3989个，签约金额9433.27亿元，同比增长29.84%，"
         "其中，引进东中部产业转移项目930个，"
         "签约额4134.77亿元。\n"
         "民营企业投资力度不断加大。1至9月，民营企业投资项目3590个，签约金额6978.16亿元，占全部投资的73.97%。"
         "第二产业招商效果凸显。1至9月，第二产业招商引资签约金额6148.28亿元，同比增长39.57%，占总签约金额的{share}%。\n")


def test_a_share_of_the_total_is_of_all_not_of_a_part_with_its_own_share(article) -> None:
    code, doc = article(GANSU.format(share="65.18"))
    assert code == 0 and alarms(doc) == []
    assert ("holds", ["6148.28亿元", "9433.27亿元", "65.18%"]) in checks(doc, "share")


def test_a_share_of_the_total_changed_still_warns(article) -> None:
    _, doc = article(GANSU.format(share="68.18"))
    assert alarms(doc) == [("FC201", "warning")]
    assert "68.18%" in doc["findings"][0]["message"]


# 大众网 2014-11-05 (http://dzwww.com/2014/mqrl/zxbdmy/201411/t20141125_11431291.htm): shares of
# 总投资额 after levels with shares of their own, each of the 2.78万亿元
SHANDONG = ("截至10月底，全省累计签订合同的民营企业项目2322个，投资额2.78万亿元。"
            "据统计，目前投资额已到账项目394个，"
            "到位资金1452亿元，占总投资额的5.2%；全联执委企业签订合同项目142个，投资额5373亿元，占总投资额的{share}%。\n")


def test_another_share_of_the_total_after_a_part_with_its_own_share(article) -> None:
    """5373 / 27800 = 19.33%."""
    code, doc = article(SHANDONG.format(share="19.3"))
    assert code == 0 and alarms(doc) == []
    assert ("holds", ["5373亿元", "2.78万亿元", "19.3%"]) in checks(doc, "share")
    _, doc = article(SHANDONG.format(share="29.3"))
    assert alarms(doc) == [("FC201", "warning")]


def test_a_share_of_a_whole_named_without_total_still_takes_the_nearest(article) -> None:
    """占签约金额的 (no 总): the nearest level of that name, as before."""
    text = ("1至9月，全省签约招商引资项目3989个，签约金额9433.27亿元。"
            "民营企业投资项目3590个，签约金额6978.16亿元。"
            "其中第二产业签约金额6148.28亿元，占签约金额的88.1%。\n")
    _, doc = article(text)
    assert ("holds", ["6148.28亿元", "6978.16亿元", "88.1%"]) in checks(doc, "share")


# --- 是…的x倍，实现翻番: the base follows 是, the multiple written is the factor ---------------------

# luoyang-national-tax-2010-lyrb line 3
LUOYANG = ("记者了解到，“十一五”期间，全市国税收入总量达563.5亿元，"
           "是“十五”期间218.8亿元的{factor}倍，实现了总量翻番，"
           "年均增长20.7%。\n")


def test_a_doubling_after_the_multiple_written_tests_that_multiple(article) -> None:
    """563.5 / 218.8 = 2.575: 2.6倍, at least doubled."""
    code, doc = article(LUOYANG.format(factor="2.6"))
    assert code == 0 and alarms(doc) == []
    assert checks(doc, "multiple") == [("holds", ["563.5亿元", "218.8亿元", "2.6倍"])]


def test_the_multiple_written_changed_still_fails(article) -> None:
    code, doc = article(LUOYANG.format(factor="2.9"))
    assert code == 1 and alarms(doc) == [("FC401", "error")]
    assert "2.9倍" in doc["findings"][0]["message"]


def test_a_bare_doubling_still_checks(article) -> None:
    """No multiple written: 翻番 is the factor, the base after 比 (multiple.py's docstring form)."""
    text = "全年实现产值{now}亿元，比2020年的20.0亿元增长102.8%，实现翻番。\n"
    _, doc = article(text.format(now="40.6"))
    assert checks(doc, "multiple") == [("holds", ["40.6亿元", "20.0亿元", "实现翻番"])]
    _, doc = article("全年实现产值30.6亿元，比2020年的20.0亿元增长53.0%，实现翻番。\n")
    assert ("FC401", "error") in alarms(doc)
