"""Breakdowns over parallel paragraphs and lists (session 16), through `factcheck check ARTICLE`:
the relation found on the real text with its verdict, the same text with one figure changed (a
warning or an error names it), and the look-alikes that must find nothing.

Forms:
- a whole's paragraph, then one paragraph per kind with the same measures (全县义务教育中小学30所。
  校舍总面积…\n——小学。校数17所；…校舍总面积…\n——初中。…): each measure of the whole is the sum
  of its kinds' (discover/parallel.py); linked, but the count a 包括 list opens is stated;
- the export delivery value is a part of the sales value (销售产值…其中，内销产值…；出口交货值…):
  composition.py's measure of 交货值 is 产值, so the 其中 list does not end at it.
"""

from __future__ import annotations

import pytest
from helpers import breakdowns_of as breakdowns
from helpers import column_of as column
from helpers import names_place as names


def alarms(doc: dict) -> list[dict]:
    return [f for f in doc["findings"] if f["severity"] in ("error", "warning")]


def named(doc: dict, line: int, at: int, severity: str) -> bool:
    return any(names(f, line, at) for f in doc["findings"] if f["severity"] == severity)


# --- a whole's paragraph, then one paragraph per kind ------------------------------------------------
# 新昌县2024年教育事业统计 (https://www.zjxc.gov.cn/art/2025/2/7/art_1229785320_4211464.html)
XINCHANG = (
    "义务教育\n"
    "全县义务教育中小学30所。校舍总面积57.74万平方米，较上年增加0.56万平方米 ；仪器设备值17919.79万元，"
    "较上年增加463.26万元；图书146.13万册，较上年增加1.34万册；专任教师2384人，较上年减少53人。\n"
    "——小学。校数{primary}所；毕业4008人；招生3675人；在校生22250人，比上年减少336人。校舍总面积25.48万"
    "平方米，比上年增加0.44万平方米；仪器设备值9010.34万元，比上年增加272.90万元；图书81.27万册，比上年增加"
    "0.93万册。\n"
    "——初中。校数13所；毕业3584人；招生4000人；在校生11012人，比上年增加380人。校舍总面积32.26万平方米，"
    "比上年增加0.12万平方米；仪器设备值8909.45万元，比上年增加190.36万元；图书64.87万册，比上年增加0.43万册。\n"
    "学前教育和特殊教育\n"
    "全县幼儿园32所，比上年减少12所。毕业3600人；招生2220人；在园幼儿8580人（含托班），比上年减少1337人。"
    "园舍总面积15.82万平方米，比上年减少2.00万平方米；图书19.33万册，比上年减少3.61万册。全县幼儿园专任教师"
    "662人，比上年减少171人。\n"
    "全县特殊教育学校1所。特殊教育在校生97人，比上年减少14人。\n"
    "高中段教育\n"
    "全县高中段教育（包括普通高中和中职）共有学校6所；招生3133人，比上年增加321人；在校生为8637人，比上年"
    "增加289人。\n"
    "普通高中学校{high}所；毕业生2158人；招生2500人；在校生6747人，比上年增加289人。校舍总面积18.49万平方米，"
    "比上年增加0.17万平方米；仪器设备值5001.56万元，比上年减少57.12万元；图书47.21万册，比上年增加0.43万册。\n"
    "中等职业教育学校1所；毕业生582人；招生633人；在校生1890人，与去年一致。校舍总面积11.36万平方米；仪器"
    "设备值8501.08万元，比上年增加1039.34万元；图书13.16万册，比上年增加0.24万册。\n")


def test_each_measure_of_the_whole_is_the_sum_of_its_kinds(article) -> None:
    _, doc = article(XINCHANG.format(primary=17, high=5))
    found = breakdowns(doc)
    for whole, parts in (("30所", {"17所", "13所"}), ("57.74万平方米", {"25.48万平方米", "32.26万平方米"}),
                         ("0.56万平方米", {"0.44万平方米", "0.12万平方米"}),
                         ("17919.79万元", {"9010.34万元", "8909.45万元"}),
                         ("463.26万元", {"272.90万元", "190.36万元"}),
                         ("146.13万册", {"81.27万册", "64.87万册"}),
                         ("3133人", {"2500人", "633人"}), ("8637人", {"6747人", "1890人"})):
        assert ("linked", frozenset({whole, *parts})) in found, (whole, found)
    assert ("stated", frozenset({"6所", "5所", "1所"})) in found  # 包括普通高中和中职
    # the books' change is off by 0.02万册 in the bulletin itself (0.93 + 0.43 ≠ 1.34): its one warning
    assert [(f["severity"], f["code"]) for f in alarms(doc)] == [("warning", "FC301")]
    assert "1.34万册" in alarms(doc)[0]["message"]


def test_a_kinds_count_changed_is_named(article) -> None:
    text = XINCHANG.format(primary=18, high=5)
    _, doc = article(text)
    assert named(doc, 3, column(text.split("\n")[2], "18所"), "warning")


def test_the_count_a_list_of_kinds_opens_is_stated(article) -> None:
    """全县高中段教育（包括普通高中和中职）共有学校6所: the words name the kinds, 5 + 1 must be 6."""
    text = XINCHANG.format(primary=17, high=4)
    _, doc = article(text)
    assert named(doc, 10, column(text.split("\n")[9], "4所"), "error")


def test_changes_of_kinds_that_may_not_make_the_whole_are_not_summed(article) -> None:
    """校数16所 + 13所 ≠ 30所: the kinds may leave schools out, so their changes may not add up (no
    check of 0.56万平方米), and their levels are at most the whole's."""
    _, doc = article(XINCHANG.format(primary=16, high=5))
    found = breakdowns(doc)
    assert not any("0.56万平方米" in m for _, m in found)
    assert ("linked", frozenset({"57.74万平方米", "25.48万平方米", "32.26万平方米"})) in found
    assert not any(f["code"] == "FC301" and "30所" in f["message"] for f in alarms(doc))


# 第七次全国人口普查公报（第二号） (smoke19 census-2020-bulletin2-alx): parts one to a line after
# 其中：, whose counts are not the paragraphs' opening counts of one unit
CENSUS = "一、总人口\n全国总人口为1443497378人，其中：\n普查登记的大陆31个省、自治区、直辖市和现役军人的" \
         "人口共1411778724人；\n香港特别行政区人口为7474200人；\n澳门特别行政区人口为683218人；\n" \
         "台湾地区人口为23561236人。\n"
# a whole's paragraph followed by paragraphs each opened by a whole of its own (新昌县, above)
WHOLES = "全县幼儿园32所，比上年减少12所。毕业3600人；招生2220人；在园幼儿8580人（含托班）。\n" \
         "全县特殊教育学校1所。特殊教育在校生97人，比上年减少14人。\n" \
         "全县普通高中学校5所；毕业生2158人；招生2500人。\n"


@pytest.mark.parametrize("text", [CENSUS, WHOLES])
def test_look_alikes_of_kinds_find_no_parallel_breakdown(article, text) -> None:
    _, doc = article(text)
    assert not any(c["note"].startswith("the count of a whole") or "one paragraph each" in c["note"]
                   for c in doc.get("checks", []) if c.get("kind") == "breakdown")
    assert not alarms(doc)


# --- the export delivery value is a part of the sales value ------------------------------------------
# 中山市统计局 2023年1-12月规模以上工业 (http://stats.zs.gov.cn/zwgk/tjxx/tjzl/content/post_2370577.html)
ZHONGSHAN = "分销售情况看，1-12月，规模以上工业企业实现销售产值6526.85亿元，同比持平。其中，内销产值4641.05" \
            "亿元，同比增长2.6%；出口交货值{exports}亿元，同比下降5.9%。\n"
# 1-4月全市规模以上工业 (重庆, 2016, http://m.zgkjsz.com/page/2016/0514/8780351.shtml): the 其中 names
# one part, the next sentence the other
CITY = "1-4月，工业企业产品销售率99.59%，同比提高1.16个百分点。工业企业实现销售产值5153.9亿元，比上年同期" \
       "下降1.2%。其中，实现出口交货值268.6亿元，比上年同期下降23.9%。实现内销产值{home}亿元，同比增长0.4%。\n"


def test_export_delivery_value_is_a_part_of_the_sales_value(article) -> None:
    _, doc = article(ZHONGSHAN.format(exports="1885.80"))
    assert ("stated", frozenset({"6526.85亿元", "4641.05亿元", "1885.80亿元"})) in breakdowns(doc)
    assert not alarms(doc)
    new = ZHONGSHAN.format(exports="1985.80")
    _, doc = article(new)
    assert named(doc, 1, column(new, "1985.80"), "error"), doc["findings"]


def test_export_delivery_value_and_home_sales_in_two_sentences(article) -> None:
    _, doc = article(CITY.format(home="4885.3"))
    assert any({"5153.9亿元", "268.6亿元", "4885.3亿元"} <= m for _, m in breakdowns(doc)), breakdowns(doc)
    assert ("stated", frozenset({"5153.9亿元", "268.6亿元"})) in breakdowns(doc)  # 其中: at most the whole
    assert not alarms(doc)


# 新疆 1-7月规模以上工业 (https://tjj.xinjiang.gov.cn/tjj/xxfb/202308/81f77a1e16dd458ba086b27d60090d2a.shtml)
XINJIANG = "分行业看，在工业40个行业大类中，28个行业增加值实现增长，占70.0%。\n" \
           "工业企业产品销售率为98.7%，工业企业实现出口交货值73.42亿元，比上年同期增长13.4%。\n"


def test_an_export_delivery_value_alone_splits_nothing(article) -> None:
    _, doc = article(XINJIANG)
    assert not any("73.42亿元" in m for _, m in breakdowns(doc))


# --- counts of the things a count is of, past a part's own 其中 closed by a semicolon -----------------
# 新华社 A股十年 (fresh15 news-a-share-decade-2021, line 33)
DECADE = "截至今年6月17日收盘，这38家公司中，有26家公司的市值在这10年间实现增长，其中增幅前三的" \
         "分别为贵州茅台、五粮液、招商银行，增幅分别约为15倍、8倍、4倍；{down}家公司市值缩水，" \
         "其中缩水最严重的三家分别为中国石油、江西铜业、兖州煤业，市值降幅分别为 53.39%、50.76%、46.94%。\n"


def test_counts_up_and_down_past_a_closed_qizhong_make_the_count(article) -> None:
    _, doc = article(DECADE.format(down=12))
    assert ("stated", frozenset({"38家", "26家", "12家"})) in breakdowns(doc)
    assert not alarms(doc)
    new = DECADE.format(down=13)
    _, doc = article(new)
    assert named(doc, 1, column(new, "13家"), "error")


def test_a_count_inside_a_parts_open_qizhong_is_no_part(article) -> None:
    """其中12家…: the 12 are some of the 26 (the 其中 runs on to them), no second part of the 38."""
    _, doc = article("这38家公司中，有26家公司的市值在这10年间实现增长，其中12家为银行股。\n")
    assert not any({"26家", "12家"} <= m and "38家" in m for _, m in breakdowns(doc))
    assert not alarms(doc)


# --- a mid-sentence 其中 whose parts run on over semicolons, each opened by its name and the measure --
# 广东省交通运输厅 2019年1-10月 (fresh15 stat-guangdong-transport-2019m10; http://td.gd.gov.cn/zwgk_n/sjfb/
# channel2/content/post_2705093.html)
GD_2019 = "2019年1-10月，全省交通基础设施建设共完成投资1441.5亿元，为年度计划的96.1%，同比增长14.2%。" \
          "公路项目完成投资1313.8亿元，为年计划的96.6%，同比增长15.1%，其中，高速公路完成投资970.6亿元，" \
          "为年计划的94.2%，同比增长9.3%；普通国省道完成投资{roads}亿元，为年计划的109.5%，同比增长48.2%；" \
          "农村公路完成投资146.0亿元，为年计划的97.3%，同比增长21.4%。港口项目完成投资71.0亿元，" \
          "为年计划的101.4%，同比增长2.0%。\n"
# 广东省交通运输厅 2017年1-5月 (http://td.gd.gov.cn/zwgk_n/sjfb/channel2/content/post_2633829.html)
GD_2017 = "2017年1-5月，全省交通基础设施建设共完成投资461.3亿元，为年度计划的40.1%，同比增长62.7%。" \
          "公路项目完成投资412.7亿元，为年计划的39.7%，同比增长66.7%，其中，高速公路完成投资336.9亿元，" \
          "为年计划的38.9%，同比增长85.8%；普通国省道完成投资{roads}亿元，为年计划的27.4%，同比下降2.8%；" \
          "农村公路完成投资55.3亿元，为年计划的55.3%，同比增长22.4%。港口项目完成投资29.3亿元，" \
          "为年度计划的39.1%，同比增长11.0%。\n"


@pytest.mark.parametrize(("text", "roads", "whole", "parts", "changed"),
                         [(GD_2019, "197.2", "1313.8亿元", {"970.6亿元", "197.2亿元", "146.0亿元"}, "297.2"),
                          (GD_2017, "20.5", "412.7亿元", {"336.9亿元", "20.5亿元", "55.3亿元"}, "120.5")])
def test_a_qizhong_list_runs_on_over_semicolons(article, text, roads, whole, parts, changed) -> None:
    _, doc = article(text.format(roads=roads))
    assert ("stated", frozenset({whole, *parts})) in breakdowns(doc), breakdowns(doc)
    assert not any(("71.0亿元" in m or "29.3亿元" in m) and whole in m
                   for _, m in breakdowns(doc))  # after the full stop: beside the 公路, no part
    assert not alarms(doc)
    new = text.format(roads=changed)
    _, doc = article(new)
    assert named(doc, 1, column(new, changed), "error"), doc["findings"]


def test_another_places_total_after_the_semicolon_is_no_part(article) -> None:
    """A clause opened by a place's name (…市) with the measure is that place's total."""
    _, doc = article("2019年，南京市完成投资100亿元，同比增长5%，其中，工业完成投资60亿元；苏州市完成投资"
                     "200亿元，同比增长6%。\n")
    assert not any("200亿元" in m for _, m in breakdowns(doc))
    assert not alarms(doc)


# --- industries listed with 分别 and the measure of a level before them in its paragraph -------------
# 海宁市2024年上半年经济运行 (fresh15 stat-haining-2024h1, line 6)
HAINING = "上半年，全市实现规上工业增加值252.32亿元，同比增长14.1%。主要行业中，规上电气机械制造业、" \
          "金属制品业和纺织行业分别实现增加值{electric}亿元、17.77亿元和67.07亿元，增长36.9%、24.5%和" \
          "12.3%。重点产业向好发展，规上战略性新兴产业、装备制造业、高新技术产业和数字经济核心产业" \
          "分别实现增加值109.78亿元、122.52亿元、{high}亿元和80.67亿元，增长20.4%、20.0%、15.1%和14.9%。\n"


def test_industries_listed_are_within_the_level_of_their_measure(article) -> None:
    _, doc = article(HAINING.format(electric="63.46", high="167.99"))
    found = breakdowns(doc)
    # industries of the classification (主要行业中): together at most the whole
    assert ("linked", frozenset({"252.32亿元", "63.46亿元", "17.77亿元", "67.07亿元"})) in found
    # groups of industries that overlap (重点产业): each at most the whole, never summed
    for part in ("109.78亿元", "122.52亿元", "167.99亿元", "80.67亿元"):
        assert ("linked", frozenset({"252.32亿元", part})) in found
    assert not any({"109.78亿元", "122.52亿元"} <= m for _, m in found)
    assert not alarms(doc)
    new = HAINING.format(electric="63.46", high="267.99")
    _, doc = article(new)
    assert named(doc, 1, column(new, "267.99"), "warning"), doc["findings"]
    new = HAINING.format(electric="193.46", high="167.99")
    _, doc = article(new)
    assert named(doc, 1, column(new, "193.46"), "warning"), doc["findings"]


# 中信证券、国泰君安、华泰证券… (the firms of a 分别 list: no industries of a whole)
FIRMS = "2021年，证券行业实现营业收入5024亿元。中信证券、国泰君安、华泰证券分别实现营业收入765亿元、" \
        "428亿元、379亿元。\n"


def test_a_list_of_firms_is_no_list_of_industries(article) -> None:
    _, doc = article(FIRMS)
    assert not any(c["note"].startswith("industries listed") or "group of industries" in c["note"]
                   for c in doc.get("checks", []) if c.get("kind") == "breakdown")


# the total is one item of a list: the clause after the semicolon is its sibling (smoke12
# national-economy-apr-2017-xinhua line 10; smoke cangshan-final-accounts-2020-fzcangshan line 3)
XINHUA = "分产业看，第一产业投资3931亿元，同比增长19.1%；第二产业投资54596亿元，增长3.5%，" \
         "其中制造业投资45379亿元，增长4.9%；第三产业投资85801亿元，增长12.1%。\n"
CANGSHAN = "全区一般公共预算总收入410338万元，完成调整后预算的97.3%，下降6.4%，" \
           "其中地方一般公共预算收入271630万元，完成调整后预算的99.2%，下降4.7%；" \
           "加上级补助收入120846万元，上年结余收入42690万元，收入合计514601万元。\n"


@pytest.mark.parametrize(("text", "sibling"), [(XINHUA, "85801亿元"), (CANGSHAN, "120846万元")])
def test_a_totals_sibling_after_the_semicolon_is_no_part(article, text, sibling) -> None:
    _, doc = article(text)
    assert not any(sibling in m and len(m) > 1 and ("54596亿元" in m or "410338万元" in m)
                   for _, m in breakdowns(doc))
    assert not [f for f in doc["findings"] if f["severity"] == "error"]


# smoke30 huanxian-communique-2011-xiaze lines 3–5: paragraphs that open with another whole (年未全县共有
# 医疗卫生单位29个: 年末 misprinted) are no kinds of the whole before them (全县有体育场馆1个)
def test_a_paragraph_naming_another_whole_is_no_kind(article) -> None:
    _, doc = article("全县有体育场馆1个，图书馆馆藏总量2.3万册。\n"
                     "年未全县共有医疗卫生单位29个，其中县医院为正科级事业单位。\n"
                     "年未全县共有卫生技术人员616个，其中执业医师200个。\n")
    assert [f for f in doc["findings"] if f["severity"] in ("error", "warning")] == []
