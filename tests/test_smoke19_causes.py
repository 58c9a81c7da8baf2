"""No false alarm on the nineteenth and twentieth rounds of unseen articles (tests/data/smoke19 and
smoke20, review.yaml; sources in sources.yaml) and on the open items of earlier rounds: each form of
writing that raised one, with the real sentence, and the same form with one figure changed where
the relation is real (the error names the changed figure)."""

from __future__ import annotations

from helpers import alarms
from helpers import checks_of as checks
from helpers import names_written as _named

# --- a 分X来看 section of two measures splits two totals ------------------------------------------

# insurance-jan-may-2023-xyjb lines 1–3 (smoke10, open until now)
INSURANCE = ("前5个月，保险业实现原保险保费收入26763亿元，原保险赔付支出7621亿元。\n"
             "按可比口径，行业汇总原保险保费收入同比增长10.68%，原保险赔付支出增长16.31%。\n"
             "分财产险、人身险来看，财产险业务实现原保费收入{p}亿元，人身险业务实现原保费收入21040亿元。"
             "财产险赔付支出3359亿元，人身险赔付支出4262亿元。")


def test_a_section_of_premiums_and_claims_splits_the_premiums_only(article) -> None:
    _, doc = article(INSURANCE.format(p="5724"))
    assert alarms(doc) == []
    assert checks(doc, "breakdown") == [("holds", ["5724亿元", "21040亿元", "26763亿元"])]
    _, doc = article(INSURANCE.format(p="9724"))
    assert _named(doc, "9724亿元", "warning")  # tied across sentences: linked


# --- numbers with thousands commas around a slash -------------------------------------------------

# jiangsu-bank-h1-2024-gtja-reportify (smoke20): the fraction reader took 18,351 for a numerator and
# crashed reading it as an integer
SHARES = "总股本/流通A股为18,351/18,351百万股。流通股为1,200/3,400万股。其中约占1/4。"


def test_comma_grouped_numbers_around_a_slash_are_no_fraction(article) -> None:
    code, doc = article(SHARES)
    assert code == 0 and alarms(doc) == []
    assert [c["written"] for c in doc["checks"] for c in c["claims"]] == []


# --- a value's ratio to a level its clause names is no share of the ranked count ----------------

# city-wages-2018-akcjnk999 line 2 (smoke21)
LOWEST = ("年平均工资最低的三个行业中，租赁和商务服务业22746元，为全市平均水平的34.2%；批发和零售业31930元，"
          "为全市平均水平的48.0%；交通运输、仓储和邮政业43227元，为全市平均水平的64.9%。")


def test_a_percentage_of_a_named_level_is_no_share_of_the_count(article) -> None:
    _, doc = article(LOWEST)
    assert alarms(doc) == []
    assert checks(doc, "feasibility") == []


# the share of a count the clause does not name a whole for is still one (GRIM)
def test_a_percentage_of_the_count_is_still_checked(article) -> None:
    code, doc = article("在接受调查的三个行业中，34.2%表示订单增加。")
    assert code == 1 and _named(doc, "34.2%")


# --- a 从…看 section of averages sums nothing -------------------------------------------------------

# city-wages-2018-akcjnk999 lines 2–3 (smoke21)
WAGES = ("年平均工资最高的三个行业中，金融业121621元，为全市平均水平的1.83倍。\n"
         "从登记注册类型看，国有单位年平均工资最高，为73461元；其次是其他所有制单位，为55198元；"
         "第三位是集体单位，为49045元。")


def test_a_section_of_average_wages_is_no_split(article) -> None:
    _, doc = article(WAGES)
    assert alarms(doc) == []
    assert checks(doc, "breakdown") == []


# --- GDP from one year's level to another's with 年均增长: the rate is real ------------------------

# yongchuan-gov-report-2022-edutainingadventures line 4 (smoke21)
GDP = "全区地区生产总值从2016年的695.7亿元增加到2021年的{end}亿元，年均增长8.7%。"


def test_gdp_levels_against_a_yearly_average_rate_are_not_comparable(article) -> None:
    _, doc = article(GDP.format(end="1144.2"))
    assert alarms(doc) == []
    assert checks(doc, "growth") == [("not-comparable", ["1144.2亿元", "695.7亿元", "8.7%"])]


# the same form of a nominal measure is checked (the levels give 10.46% a year)
def test_a_nominal_measure_from_one_level_to_another_is_checked(article) -> None:
    code, doc = article("全区一般公共预算收入从2016年的69.57亿元增加到2021年的114.42亿元，年均增长8.7%。")
    assert code == 1 and _named(doc, "8.7%")


# --- a rate of days is of the days with a valid measurement, not always of the year's 365 ---------

# city-communique-finance-health-bx2200 line 13 (smoke22): both rates fit 363 valid days (334/363,
# 285/363), neither fits 365
AIR = "PM2.5达标天数全年占比92.01%，空气质量优良率{rate}。"


def test_air_quality_rates_are_of_the_valid_days(article) -> None:
    _, doc = article("2021年" + AIR.format(rate="78.5%"))
    assert alarms(doc) == []
    assert [c["verdict"] for c in doc["checks"] if c["kind"] == "feasibility"] == ["holds"]


# a rate no count of days from 324 to 365 can give is still an error: 99.9% needs 1 day in 1000
def test_a_rate_no_valid_day_count_gives_is_an_error(article) -> None:
    code, doc = article("2021年" + AIR.format(rate="99.91%"))
    assert code == 1 and _named(doc, "99.91%")


# --- a month's total and the span's: the 从…看 sections after both split the span's; 占收入的 ------

# lintao-finance-feb-2024-gov line 2 (smoke22)
LINTAO = ("2月份，全县实现大口径财政收入5682万元，完成预算105425万元的5.39%，较均衡进度慢2.94%，"
          "较上年同期减收1816万元，下降24.22%。1-2月，全县实现大口径财政收入17056万元，完成预算的16.18%，较均衡进度慢0.48%，较上年同期增收"
          "2113万元，增长14.14%。从收入结构看：税收收入{tax}万元，占收入的89.99%，同比增收1316万元，增长9.38%；"
          "非税收入1708万元，占收入的10.01%，同比增收797万元，增长87.49%。从征收部门看：税务部门完成16396万元，"
          "占收入的96.13%，同比增收1881万元，增长12.96%；财政部门完成660万元，占收入的3.87%，同比增收232万元，"
          "增长54.21%。")


def test_sections_after_a_months_and_the_spans_total_split_the_span(article) -> None:
    _, doc = article(LINTAO.format(tax="15348"))
    assert alarms(doc) == []
    assert ("holds", ["15348万元", "1708万元", "17056万元"]) in checks(doc, "breakdown")
    assert not any("1708万元" in claims[1:] for _, claims in checks(doc, "share"))
    _, doc = article(LINTAO.format(tax="18348"))
    assert _named(doc, "18348万元", "warning")


# --- a 从…看 section's total: the paragraph of its own measure, never a split of the total -------

# national-finance-q1-2025-yhhmip lines 1–4 (smoke23)
FINANCE = ("财政部18日发布数据显示，今年一季度，全国一般公共预算收入60189亿元，同比下降1.1%；"
           "全国一般公共预算支出72815亿元，同比增长4.2%。\n"
           "收入方面，分中央和地方看，一季度，中央一般公共预算收入24332亿元，同比下降5.7%；地方一般公共预算本级收入"
           "35857亿元，同比增长2.2%。\n"
           "支出方面，分中央和地方看，一季度，中央一般公共预算本级支出8717亿元，同比增长8.9%；地方一般公共预算支出"
           "{local}亿元，同比增长3.6%。\n"
           "从主要支出科目来看，一季度，教育支出11249亿元，同比增长7.8%；科学技术支出2001亿元，同比增长3.3%；"
           "社会保障和就业支出13570亿元，同比增长7.9%；卫生健康支出5848亿元，同比增长2.2%。")


def test_a_spending_section_splits_the_spending_not_the_revenue(article) -> None:
    _, doc = article(FINANCE.format(local="64098"))
    assert alarms(doc) == []
    assert ("holds", ["8717亿元", "64098亿元", "72815亿元"]) in checks(doc, "breakdown")
    assert ("holds", ["11249亿元", "2001亿元", "13570亿元", "5848亿元", "72815亿元"]) \
        in checks(doc, "breakdown")
    _, doc = article(FINANCE.format(local="94098"))
    assert _named(doc, "94098亿元", "warning")


# retail-apr-2005-chinanews-protra lines 1–3 (smoke23): the 城市 / 县及县以下 paragraph splits the total
RETAIL = ("四月份，中国社会消费品零售总额四千六百六十三亿元人民币，比去年同月增长百分之十二点二。\n"
          "城市消费品零售额三千一百三十五亿元，比去年同月增长百分之十三点一；县及县以下零售额一千五百二十九亿元，"
          "增长百分之十点四。\n"
          "分行业看，批发零售业零售额{part}亿元，比去年同月增长百分之十一点八；餐饮业零售额六百二十亿元，"
          "增长百分之十八点四；其他行业零售额一百四十四亿元，增长速度基本持平。")


def test_a_section_after_a_split_of_the_total_splits_the_total(article) -> None:
    _, doc = article(RETAIL.format(part="三千九百"))
    assert alarms(doc) == []
    assert checks(doc, "breakdown") == [("holds", ["三千九百亿元", "六百二十亿元", "一百四十四亿元",
                                                   "四千六百六十三亿元人民币"])]
    _, doc = article(RETAIL.format(part="四千九百"))
    assert _named(doc, "四千九百亿元", "warning")


# --- a 其中 after a closed bracket splits the level before the bracket ---------------------------

# yanjiang-agriculture-2021-ilynn line 2 (smoke23)
FARMS = ("全年雁江区农林牧渔业总产值实现102.30亿元，同比增长7.4%（可比价，以下同）"
         "（其中雁江区属实现92.78亿元，同比增长7.4%；高新区实现2.16亿元，同比增长5.6%；临空经济区实现7.35亿元，同比增长7.7%）。其中，种植业产值"
         "{crops}亿元，同比增长6.2%；林业产值6.19亿元，同比增长4.2%；牧业产值31.98亿元，同比增长12.4%；渔业产值"
         "4.88亿元，同比增长13.0%；农林牧渔业服务业产值6.89亿元，同比增长4.4%。")


def test_a_qizhong_after_a_bracket_splits_the_level_before_it(article) -> None:
    _, doc = article(FARMS.format(crops="52.35"))
    assert alarms(doc) == []
    assert ("holds", ["52.35亿元", "6.19亿元", "31.98亿元", "4.88亿元", "6.89亿元", "102.30亿元"]) \
        in checks(doc, "breakdown")
    code, doc = article(FARMS.format(crops="82.35"))
    assert code == 1 and _named(doc, "82.35亿元")


# --- numbered section headings name the measure of the figures under them ----------------------

# medical-services-jan-aug-2022-duyaonet lines 2–8 (smoke18, open until now)
MEDICAL = ("一、诊疗人次\n"
           "2022年1-8月，全国医疗卫生机构总诊疗人次43.0亿，同比增长0.2%。\n"
           "医院26.7亿人次，同比下降1.4%，其中：公立医院22.4亿人次，同比下降2.3%；民营医院4.3亿人次，同比增长3.9%。\n"
           "二、出院人次\n"
           "2022年1-8月，全国医疗卫生机构出院人次16693.5万，同比增长2.4%。\n"
           "医院13646.9万人次，同比增长2.7%，其中：公立医院11118.7万人次，同比增长2.3%；民营医院2528.2万人次，"
           "同比增长4.6%。")


def test_figures_under_two_numbered_headings_are_no_restatement(article) -> None:
    _, doc = article(MEDICAL)
    assert alarms(doc) == []
    assert checks(doc, "duplicate") == []


# without the headings the two 民营医院 statements are paired (a linked warning: confirm)
def test_the_same_statements_without_headings_are_still_paired(article) -> None:
    _, doc = article("\n".join(line for line in MEDICAL.split("\n") if "、" not in line[:2]))
    assert ("FC901", "warning") in alarms(doc)


# --- a rank that names its own group after it counts no list before it ----------------------------

# express-2024-bjbusiness-bjlctdwl line 3 (smoke24)
EXPRESS = ("快递业务收入排名{top}的省份依次是广东、上海、浙江、江苏和山东，"
           "排名前十五位的城市收入合计占全部快递业务收入的"
           "比重达到52.8%。")


def test_a_rank_of_another_group_after_a_list_does_not_count_it(article) -> None:
    _, doc = article(EXPRESS.format(top="前五位"))
    assert alarms(doc) == []
    assert [c for _, c in checks(doc, "enumeration")] == [["前五位"]]
    code, doc = article(EXPRESS.format(top="前六位"))
    assert code == 1 and _named(doc, "前六位")


# --- a part of a shorter period ends a 其中 list --------------------------------------------------

# pv-maker-q1q3-2024-reportify line 5 (smoke24)
PV = ("2024年前三季度报告研究的具体公司光伏产品总出货量73.13G"
      "W同比增长31.29% 其中组件出货{mod}GW出货规模全球第一"
      "N型组件占比超85% 硅片和电池片出货量为5.48GW 2024Q3组件出货23.85GW环比继续提升")


def test_a_quarter_after_the_parts_of_nine_months_is_no_part(article) -> None:
    _, doc = article(PV.format(mod="67.65"))
    assert alarms(doc) == []
    assert checks(doc, "breakdown") == [("holds", ["67.65GW", "5.48GW", "73.13GW"])]
    assert checks(doc, "share") == []  # N型组件's share of 组件, not 组件's of the total
    code, doc = article(PV.format(mod="77.65"))
    assert code == 1 and _named(doc, "77.65GW")


# quarters listed as the parts of a year are still parts
def test_quarters_listed_as_parts_are_parts(article) -> None:
    code, doc = article("全年出货量100GW，其中一季度出货20GW，二季度出货25GW，"
                        "三季度出货30GW，四季度出货35GW。")
    assert code == 1 and _named(doc, "35GW")


# --- a sentence opening with what a group is: the clauses after it are the group's ---------------

# hunan-trade-q1q3-2023-tibet-cn lines 2 and 7 (smoke24)
HUNAN = ("前三季度，湖南外贸进出口4621.2亿元，下降5.5%。\n"
         "国有企业进出口572.6亿元，与上年持平，占12.4%。民营企业为外贸主引擎，进出口3702.3亿元，下降6.6%，占80.1%。")


def test_a_groups_trade_is_no_restatement_of_the_provinces(article) -> None:
    _, doc = article(HUNAN)
    assert alarms(doc) == []


# --- shares of the three industries printed to add up to 100, one a step off ------------------------

# jinzhong-communique-2024-jzxww line 4 (smoke24): 153.8 / 2458.8 = 6.26%, printed 6.2 so that
# 6.2 + 42.8 + 51.0 = 100.0 (debatable: a warning)
JINZHONG = ("全年全市地区生产总值2458.8亿元，按不变价格计算，比上年增长2.3%。其中，"
            "第一产业增加值153.8亿元，增长3.8%，"
            "占地区生产总值的比重{p}%；第二产业增加值1051.7亿元，增长2.0%，占地区生产总值的比重{s}%；第三产业增加值"
            "1253.2亿元，增长2.2%，占地区生产总值的比重51.0%。")


def test_a_share_moved_a_step_to_make_100_is_a_warning(article) -> None:
    code, doc = article(JINZHONG.format(p="6.2", s="42.8"))
    assert code == 0 and alarms(doc) == [("FC201", "warning")]


def test_a_share_off_with_a_sum_not_100_is_an_error(article) -> None:
    code, doc = article(JINZHONG.format(p="6.2", s="42.5"))  # 99.7: no adjustment explains it
    assert code == 1 and _named(doc, "42.5%")


# --- a figure in closed brackets is no part of the shares after them ----------------------------

# premium-jan-feb-2024-zhiyan-xc-boots line 2 (smoke25)
PREMIUM = ("2024年1-2月全国内地31个省市原保险保费收入共计15332.4亿元（包括集团、总公司本级8.32亿元），"
           "同比增长9.16%，"
           "其中寿险占比最高，有69%，财产保险、健康险分别占比15.2%和14.8%，意外险仅占1%。")


def test_a_bracketed_figure_is_no_part_of_the_shares_after_it(article) -> None:
    _, doc = article(PREMIUM)
    assert alarms(doc) == []
    assert checks(doc, "share") == []


# --- a part with no figure after 其中: the level before is its whole, not the part ----------------

# yunnan-trade-jan-may-chinaaseantrade line 3 (smoke25)
PALM = ("1-5月，云南省进出口总值25.4亿美元。\n"
        "在进口方面，1-5月，云南省进口农产品4.2亿美元，同比增长49.9%，其中棕榈油进口占农产品进口总额的62.9%。")


def test_a_share_of_a_part_without_a_figure_is_not_checked(article) -> None:
    _, doc = article(PALM)
    assert alarms(doc) == []
    assert checks(doc, "share") == []


# --- premiums and claims of each business line: the premiums split the premium total --------------

# insurance-h1-2024-iac-163 lines 3 and 5 (smoke25)
LINES = ("2024年上半年，保险业原保险保费收入35480.91亿元，同比增长5.05%。赔款和给付支出12184.48亿元，"
         "同比增长32.77%。\n"
         "分业务看：产险业务原保险保费收入{p}亿元，同比增长3.35%；赔款4540.86亿元，同比增长9.62%。寿险业务原保险保费收入"
         "21405.00亿元，同比增长6.12%；给付5580.60亿元，同比增长80.90%。健康险业务原保险保费收入6084.20亿元，"
         "同比增长4.34%。意外险业务原保险保费收入491.46亿元，同比下降4.86%。")


def test_a_section_of_premiums_and_claims_splits_the_premiums(article) -> None:
    _, doc = article(LINES.format(p="7500.24"))
    assert alarms(doc) == []
    assert ("holds", ["7500.24亿元", "21405.00亿元", "6084.20亿元", "491.46亿元", "35480.91亿元"]) \
        in checks(doc, "breakdown")
    _, doc = article(LINES.format(p="9500.24"))
    assert _named(doc, "9500.24亿元", "warning")
