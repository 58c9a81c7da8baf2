"""Breakdowns of session 18 (bd18), through `factcheck check ARTICLE --show-checks`: the relation
found on the real text with its verdict, the same text with one figure changed (an error or a
warning names it), and the look-alikes that must find nothing.

Forms:
- a total with its earlier level (达到76420万人，比2002年的73280万人增加…), then a 其中 whose groups
  write each part's earlier level first (由2002年的25159万人增加到35914万人): each level of the total
  is the sum of the parts' levels of the same role, never of the other year's (discover/breakdown.py);
- a section (分三大区域看, 从性别构成看, 从年龄构成看) whose parts are counts of the total's own thing
  (东部地区农村贫困人口 after 全国农村贫困人口), of the two sexes, of age groups from 0 to an open last
  one, or as many as the lead counts: the total's split, complete (discover/sections.py);
- a 其中 naming the kinds of a set that makes up its whole: the seasons of a year's grain (夏粮、早稻、
  秋粮), public and private hospitals (公立/民营), schools (公办/民办) (discover/breakdown.py);
- a 其中 list closed by the rest of the kind the others name (地表水源供水量…，地下水源供水量…，其它水源供水量
  …): complete (discover/breakdown.py).
"""

from __future__ import annotations

from helpers import breakdowns_of as breakdowns
from helpers import column_of as column
from helpers import names_place as names


def alarms(doc: dict) -> list[dict]:
    return [f for f in doc["findings"] if f["severity"] in ("error", "warning")]


def named(doc: dict, line: int, at: int, severity: str) -> bool:
    return any(names(f, line, at) for f in doc["findings"] if f["severity"] == severity)


# --- a total and its earlier level, parts written from their earlier level -----------------------
# 中国网 2012-08-28, 国家统计局数据 (https://dizaynex.com/oANvqsStPD/population/2012-08/28/content_26353711.htm)
JOBS = ("2011年末，我国就业人员总量达到76420万人，比2002年的73280万人增加3140万人，年均增加348.9万人。"
        "其中，全国城镇就业人员总量由2002年的25159万人增加到{urban}万人，累计增加10755万人，年均增长超过4%；"
        "2011年末，全国乡村就业人员总量由2002年的48121万人减少到40506万人，累计减少7615万人，年均减少1.9%。")


def test_each_level_of_the_total_is_the_sum_of_the_parts_levels_of_its_year(article) -> None:
    _, doc = article(JOBS.format(urban=35914))
    found = breakdowns(doc)
    assert ("stated", frozenset({"76420万人", "35914万人", "40506万人"})) in found
    assert ("stated", frozenset({"73280万人", "25159万人", "48121万人"})) in found
    assert alarms(doc) == []  # before: 25159 + 48121 against 76420, an error on a right text


def test_a_part_of_the_later_year_changed_is_named(article) -> None:
    text = JOBS.format(urban=35984)
    _, doc = article(text)
    assert named(doc, 1, column(text, "35984万人"), "error")


# --- a section whose parts are counts of the total's own thing --------------------------------------
# 人民日报 2020-01-25 01版 (http://zylgz.com/guonei/16400.html)
POVERTY_2019 = (
    "国家统计局23日公布，据国家统计局全国农村贫困监测调查，按现行国家农村贫困标准测算，2019年末，全国农村"
    "贫困人口551万人，比上年末减少1109万人，下降66.8%；贫困发生率0.6%，比上年下降1.1个百分点。\n"
    "分三大区域看，2019年末农村贫困人口均减少，减贫速度均超上年。西部地区农村贫困人口323万人，比上年减少593"
    "万人；中部地区农村贫困人口181万人，比上年减少416万人；东"
    "部地区农村贫困人口{east}万人，比上年减少100万人。\n")
# 人民网 2019-02-15, 国家统计局 2018年脱贫攻坚战进展 (https://m.auribault.com/finance/33004/201902/15/190215143737149.shtml)
POVERTY_2018 = (
    "据国家统计局全国农村贫困监测调查，按现行国家农村贫困标准"
    "测算，2018年末，全国农村贫困人口1660万人，比上年末"
    "减少1386万人；贫困发生率1.7%，比上年下降1.4个百分点。\n"
    "分三大区域看，2018年东、中、西部地区农村贫困人口全面减少"
    "。东部地区农村贫困人口{east}万人，比上年减少153万人；"
    "中部地区农村贫困人口597万人，比上年减少515万人；西部地区农村贫困人口916万人，比上年减少718万人。\n")


def test_a_section_of_counts_of_the_totals_own_thing_splits_it(article) -> None:
    cases = ((POVERTY_2019.format(east=47), "551万人", {"323万人", "181万人", "47万人"}),
             (POVERTY_2018.format(east=147), "1660万人", {"147万人", "597万人", "916万人"}))
    for text, whole, parts in cases:
        _, doc = article(text)
        assert ("linked", frozenset({whole, *parts})) in breakdowns(doc), text
        assert alarms(doc) == []


def test_as_many_parts_as_the_lead_counts_make_the_total(article) -> None:
    """分三大区域看 and three regions: a part changed down is named (the parts then fall short)."""
    for text, east in ((POVERTY_2019, "40"), (POVERTY_2018, "140")):
        text = text.format(east=east)
        line = text.split("\n")[1]
        _, doc = article(text)
        assert named(doc, 2, column(line, f"{east}万人"), "warning"), text


def test_the_changes_of_a_complete_sections_parts_make_the_totals_change(article) -> None:
    """593 + 416 + 100 = 1109 (减少 each): the changes of the three regions, the total's change."""
    text = POVERTY_2019.format(east=47)
    _, doc = article(text)
    changes = {"减少1109万人", "减少593万人", "减少416万人", "减少100万人"}
    assert ("linked", frozenset(changes)) in breakdowns(doc)
    wrong = text.replace("比上年减少100万人", "比上年减少130万人")
    _, doc = article(wrong)
    assert named(doc, 2, column(wrong.split("\n")[1], "减少130万人"), "warning")


# 国家统计局 2015年全国1%人口抽样调查主要数据公报, 四川日报 2016-04-21
# (http://www.ykshuntai.com/html/xw/dzyw/21025.html)
CENSUS = (
    "公报显示，以2015年11月1日零时为标准时点，全国大陆31个省、自治区、直辖市和现役军人的人口为137349万人。\n"
    "从性别构成看，男性人口为{male}万人，占51.22%；女性人口为66993万人，占48.78%。\n"
    "从年龄构成看，0至14岁人口为{young}万人，占16.52%；15至59岁人口为92471万人，占67.33%；60岁及以上人口为"
    "22182万人，占16.15%，其中65岁及以上人口为14374万人，占10.47%。\n")


def test_the_sexes_and_the_age_groups_make_the_population(article) -> None:
    _, doc = article(CENSUS.format(male=70356, young=22696))
    found = breakdowns(doc)
    assert ("linked", frozenset({"137349万人", "70356万人", "66993万人"})) in found
    assert ("linked", frozenset({"137349万人", "22696万人", "92471万人", "22182万人"})) in found
    assert alarms(doc) == []


def test_a_sex_or_an_age_group_changed_is_named(article) -> None:
    text = CENSUS.format(male=70306, young=22696)
    _, doc = article(text)
    assert named(doc, 2, column(text.split("\n")[1], "70306万人"), "warning")
    text = CENSUS.format(male=70356, young=22996)
    _, doc = article(text)
    assert named(doc, 3, column(text.split("\n")[2], "22996万人"), "warning")


# --- a 其中 naming the kinds of a set that makes up its whole ---------------------------------------
# 中国粮食信息网 2015-02-27, 2014年国民经济和社会发展统计公报 (https://xining.baogaosu.com/xinwen/…/29997164)
GRAIN_2014 = ("全年粮食产量60710万吨，比上年增加516万吨，增产0.9"
              "%。其中，夏粮产量{summer}万吨，增产3.6%；早稻产量"
              "3401万吨，减产0.4%；秋粮产量43649万吨，增产0.1%。")
# 中华人民共和国2021年国民经济和社会发展统计公报, 国家统计局 2022-02-28 (www.stats.gov.cn, 一、农业)
GRAIN_2021 = ("全年粮食产量68285万吨，比上年增加1336万吨，增产2.0"
              "%。其中，夏粮产量{summer}万吨，增产2.2%；早稻产量"
              "2802万吨，增产2.7%；秋粮产量50888万吨，增产1.9%。")


def test_the_seasons_of_grain_make_the_years_output(article) -> None:
    for text, summer, changed in ((GRAIN_2014, "13660", "13630"), (GRAIN_2021, "14596", "14566")):
        _, doc = article(text.format(summer=summer))
        assert alarms(doc) == []
        wrong = text.format(summer=changed)
        _, doc = article(wrong)
        assert named(doc, 1, column(wrong, f"{changed}万吨"), "error"), wrong


# 国家卫健委 2017年6月底全国医疗卫生机构数 (https://iivd.net/article-11237-1.html)
HOSPITALS = ("截至2017年6月底，全国医疗卫生机构数达98.9万个。与"
             "2016年6月底比较，全国医疗卫生机构增加48个，其中：医院"
             "增加1458个，基层医疗卫生机构增加5369个，专业公共卫生"
             "机构减少6469个。 截至2017年6月底，医院3.0万个，"
             "其中：公立医院{public}个，民营医院17153个。")


def test_public_and_private_hospitals_make_the_hospitals(article) -> None:
    _, doc = article(HOSPITALS.format(public=12566))
    assert alarms(doc) == []  # the changes of some kinds (5369个 > 48个) are no parts of the change
    wrong = HOSPITALS.format(public=11566)
    _, doc = article(wrong)
    assert named(doc, 1, column(wrong, "11566个"), "error")


def test_kinds_that_need_not_make_the_whole_stay_at_most_it(article) -> None:
    """企业 and 个体工商户 leave out the 农民专业合作社 (226289 + 479042 < 708680): no error.
    (中国质量报 2024, http://zgzlb.183read.cc/art.html?id=888605)"""
    text = ("今年上半年，安徽全省新设各类经营主体708680户，同比增长"
            "26.62%。其中，企业226289户，同比增长18.04%；"
            "个体工商户479042户，同比增长31.48%。")
    _, doc = article(text)
    assert ("stated", frozenset({"708680户", "226289户", "479042户"})) in breakdowns(doc)
    assert alarms(doc) == []


# --- a 其中 list closed by the rest of its kind ------------------------------------------------------
# 2023年第四季度全市医疗卫生机构医疗服务情况（达州） (http://www.dazhou.gov.cn/xxgk-show-33883.html)
DAZHOU = ("2023年第四季度，全市医疗卫生机构总诊疗552.24万人次，同"
          "比增加7.29%。其中：医院诊疗{hospitals}万人次，同比"
          "增加24.19%；基层医疗卫生机构诊疗316.71万人次，同比减少2"
          ".85%：其他医疗卫生机构诊疗14.30万人次，同比增加34.91%。")
# （云南省）2017年大理州水资源公报 (https://gcs66.com/document_detail/79069.html)
DALI = ("2017 年全州河道外供水量 13.03 亿立方米，比上年增加0."
        "3565亿立方米，其中地表水源供水量 {surface} 亿立方米，"
        "地下水源供水量0.6118亿立方米，其它水源供水量 0.1942 亿立方米。")


def test_a_list_closed_by_the_rest_of_its_kind_makes_the_total(article) -> None:
    for text, right, wrong in ((DAZHOU, "221.23", "211.23"), (DALI, "12.22", "12.02")):
        _, doc = article(text.format(hospitals=right, surface=right))
        assert alarms(doc) == [], text
        changed = text.format(hospitals=wrong, surface=wrong)
        _, doc = article(changed)
        assert named(doc, 1, column(changed, wrong), "error"), changed


def test_another_sector_is_no_rest_of_the_list(article) -> None:
    """其他服务业 after 批发和零售业 and 金融业 (only 业 shared): one more sector, the list may leave
    out others — the parts stay at most the total. (Written on the form of 国家统计局's quarterly GDP
    releases: 第三产业 holds 交通运输, 房地产 … besides those named.)"""
    text = ("一季度第三产业增加值1000亿元，其中，批发和零售业增"
            "加值200亿元，金融业增加值300亿元，其他服务业增加值"
            "250亿元。")
    _, doc = article(text)
    assert ("stated", frozenset({"1000亿元", "200亿元", "300亿元", "250亿元"})) in breakdowns(doc)
    assert alarms(doc) == []


# --- a 其中 list whose shares add up to 100% ----------------------------------------------------------
# 上半年全市经济运行情况 (https://www.hhky.gov.cn/info/5701/419422.htm)
FARMING = ("上半年，全市完成农林牧渔业总产值22.3亿元，同比增长11%。其中：农业产值11.4亿元，占51.1%；"
           "林业产值1.3亿元，占5.8%，畜牧业产值{livestock}亿元，占42.6%，渔业产值0.1亿元，占0.5%。")
# 2021年卫生健康事业发展统计公报 (http://m.odtusol.cn/guonei/20220713/1341453.html)
HEALTH = ("2021年卫生总费用初步推算为75593.6亿元，其中：政府卫生支出20718.5亿元，占27.4%；社会卫生支出"
          "{social}亿元，占44.9%；个人卫生支出20954.8亿元，占27.7%。")


def test_parts_whose_shares_make_100_percent_make_the_total(article) -> None:
    for text, right, wrong in ((FARMING, "9.5", "9.2"), (HEALTH, "33920.3", "33900.3")):
        _, doc = article(text.format(livestock=right, social=right))
        assert alarms(doc) == [], text
        changed = text.format(livestock=wrong, social=wrong)
        _, doc = article(changed)
        errors = [f for f in doc["findings"] if f["severity"] == "error" and f["code"] == "FC301"]
        assert any(names(f, 1, column(changed, wrong)) for f in errors), changed


def test_shares_of_another_whole_do_not_make_the_list_complete(article) -> None:
    """占年初预算的25%, 30.1%: shares of each tax's budget (they add up to no 100%): the parts stay
    at most the total, a part changed down is no error of the breakdown. (某区一季度财政收入完成情况,
    http://www.0716fw.com/cms/xbsf/17733.html)"""
    text = ("截至3月31日，全区完成财政收入29612万元，占年初预算的27.7%，较上年同期增收1735万元，"
            "同比增长6.2%。其中，国税完成11765万元，占年初预算的25%，较上年同期增收1423万元，同比增长13.8%；"
            "地税完成14096万元，占年初预算的30.1%。")
    _, doc = article(text)
    assert not [f for f in doc["findings"] if f["code"] == "FC301"]


def test_a_list_after_a_gong_count_is_no_breakdown_of_it(article) -> None:
    """共有 distributes over a list of siblings (年末全市共有专业艺术表演团体6个，文化馆7个，公共图书馆7个，
    博物馆7个: there are, in all, 6 troupes, 7 culture halls …), so the counts after the first are no
    parts of it. ((河南省)2022年三门峡市统计公报, http://bx2200.com/tjgongbao/huazhong/7415_3.html;
    自治区2008年统计公报, http://cn.chinagate.cn/reports/2009-04/27/content_17681631_4.htm)"""
    for text in ("年末全市共有专业艺术表演团体6个，文化馆7个，公共图书馆7个，博物馆7个。",
                 "年末全市共有新一代天气雷达站1个，国家级自动气象站4个，多要素区域站107个。",
                 "全区共有气象台站48个，天气雷达站4个，高空气象观测站5个，卫星云图接收站7个，"
                 "地震台站18个，水文（水位）监测站34个。"):
        _, doc = article(text)
        assert breakdowns(doc) == [], text
        assert alarms(doc) == [], text


# --- the sales value of industry: home sales and the export delivery value -----------------------
# 中山市统计局 2023年1-12月规模以上工业生产情况 (http://stats.zs.gov.cn/zwgk/tjxx/tjzl/content/post_2370577.html)
ZHONGSHAN = ("分销售情况看，1-12月，规模以上工业企业实现销售产值6526.85亿元，同比持平。其中，"
             "内销产值4641.05亿元，同比增长2.6%；出口交货值{exports}亿元，同比下降5.9%。")


def test_home_sales_and_exports_make_the_sales_value(article) -> None:
    _, doc = article(ZHONGSHAN.format(exports="1885.80"))
    assert ("stated", frozenset({"6526.85亿元", "4641.05亿元", "1885.80亿元"})) in breakdowns(doc)
    assert alarms(doc) == []
    wrong = ZHONGSHAN.format(exports="1885.10")
    _, doc = article(wrong)
    assert named(doc, 1, column(wrong, "1885.10亿元"), "error")


def test_the_sales_halves_across_two_sentences_stay_linked(article) -> None:
    """其中，实现出口交货值268.6亿元…。实现内销产值4885.3亿元: the second half in a sentence of its own.
    (重庆 2016年1-4月工业经济运行, http://m.zgkjsz.com/page/2016/0514/8780351.shtml)"""
    text = ("工业企业实现销售产值5153.9亿元，比上年同期下降1.2%。其中，实现出口交货值268.6亿元，"
            "比上年同期下降23.9%。实现内销产值4885.3亿元，同比增长0.4%。")
    _, doc = article(text)
    assert ("linked", frozenset({"5153.9亿元", "268.6亿元", "4885.3亿元"})) in breakdowns(doc)
    assert alarms(doc) == []


# --- a section whose parts' shares name and make up its total ------------------------------------
# 深圳如何实现GDP增长6%, 新浪财经 2022 (tests/data/articles/news-shenzhen-gov-report-2022.txt)
SHENZHEN = ("根据报告，深圳2022年重大项目计划共安排项目883个，总投资35674.8亿元，同比增长26.2%，"
            "年度计划完成2241.3亿元，同比增长6.3%。其中，计划新开工项目98个，续建项目539个，前期项目246个。\n\n"
            "从区域分布看，为落实“东进、西协、南联、北拓、中优”和特区一体化发展战略，安排位于原特区外或连接原特区内外"
            "项目582个，个数占比65.9%，年度计划完成1533.7亿元，投资占比68.4%；从投资来源看，包括政府投资和社会投资"
            "项目。其中，政府投资575.5亿元，占25.7%；社会投资1665.8亿元，占74.3%。\n")
# 重庆市2008年国民经济和社会发展统计公报 (http://m.xiaomonv0755.com/tjgb/22cq/2691.html)
CHONGQING = ("初步核算，全年实现地区生产总值5096.66亿元，比上年增长14.3%。\n"
             "分区域看，一小时经济圈完成地区生产总值3959.27亿元，比上年增长13.6%，占全市生产总值的77.7%；渝东北翼完成"
             "{northeast}亿元，增长17.1%，占全市的16.8%；渝东南翼完成280.40亿元，增长16.4%，占全市的5.5%。\n")


def test_the_shares_of_a_sections_parts_name_its_total(article) -> None:
    """575.5亿元 is 25.7% of 2241.3亿元, not of the 总投资 35674.8亿元 the paragraph states first."""
    _, doc = article(SHENZHEN)
    assert ("linked", frozenset({"计划2241.3亿元", "575.5亿元", "1665.8亿元"})) in breakdowns(doc)
    assert alarms(doc) == []


def test_parts_whose_shares_make_100_percent_make_the_sections_total(article) -> None:
    _, doc = article(CHONGQING.format(northeast="856.99"))
    parts = {"3959.27亿元", "856.99亿元", "280.40亿元"}
    assert ("linked", frozenset({"5096.66亿元", *parts})) in breakdowns(doc)
    assert alarms(doc) == []
    text = CHONGQING.format(northeast="826.99")
    _, doc = article(text)
    line = text.split("\n")[1]
    assert any(names(f, 2, column(line, "826.99亿元")) for f in alarms(doc) if f["code"] == "FC301")
