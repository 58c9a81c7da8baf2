"""No false alarm on the seventeenth and eighteenth rounds of unseen articles (tests/data/smoke17
and smoke18, review.yaml; sources in sources.yaml): each form of writing that raised one, with the
real sentence, and the same form with one figure changed where the relation is real (the error
names the changed figure)."""

from __future__ import annotations

from helpers import alarms
from helpers import checks_of as checks
from helpers import names_written as _named

# --- 为预算的X%: a share of the figure's own budget, which the text does not give ----------------------

# district-budget-h1-nankok line 2
BUDGET = ("上半年，全区完成公共财政预算收入20348万元，为预算的55.3%，同比增长8.2%。其中：地方公共财政预算收入"
          "13916万元，为预算的56%，同比增长6.3%；上划收入6432万元，为预算的53.8%，同比增长12.6%。")


def test_budget_revenue_is_no_plan_for_the_share_of_the_next_item(article) -> None:
    _, doc = article(BUDGET)
    assert alarms(doc) == []
    assert checks(doc, "share") == []
    # the 其中 list and the composition's levels (each part's growth after its share of the budget)
    assert {(v, tuple(figures)) for v, figures in checks(doc, "breakdown")} \
        == {("holds", ("13916万元", "6432万元", "20348万元"))}
    assert [v for v, _ in checks(doc, "composition")] == ["holds", "holds"]


# a plan stated as such is still the whole of the share of the plan (a county's investment report)
PLAN = "全县年度计划投资295.16亿元，1-9月累计完成投资{done}亿元，完成年度计划的77.82%。"


def test_a_plan_stated_is_still_the_whole_and_a_changed_part_is_named(article) -> None:
    _, doc = article(PLAN.format(done="229.68"))
    assert checks(doc, "share") == [("holds", ["229.68亿元", "295.16亿元", "77.82%"])]
    code, doc = article(PLAN.format(done="259.68"))
    assert code == 1 and _named(doc, "259.68亿元")


# --- bins of one distribution (增幅在200%-300%之间的运输机场有5个，…之间的机场有28个) are siblings --------

# airports-2023-bulletin-xinjingbao-414w line 4
BINS = ("{lead}从增速看，增幅在300%以上的运输机场有1个，增幅在200%-300%之间的运输机场有5个，"
        "增幅在100%-200%之间的机场有{bin3}个，增幅在100%以内的机场有4个。")


def test_bins_of_a_distribution_are_no_part_of_each_other(article) -> None:
    _, doc = article(BINS.format(lead="", bin3="28"))
    assert alarms(doc) == []
    assert checks(doc, "breakdown") == []


def test_each_bin_is_within_the_count_of_all_and_a_changed_one_is_named(article) -> None:
    lead = "2023年，我国境内共有颁证运输机场259个，"
    _, doc = article(BINS.format(lead=lead, bin3="28"))
    assert alarms(doc) == []
    assert ("holds", ["28个", "259个"]) in checks(doc, "breakdown")
    code, doc = article(BINS.format(lead=lead, bin3="280"))
    assert code == 1 and _named(doc, "280个")


# --- 此外 adds things beside a 从…看 split: no part of it --------------------------------------------

# beijing-parks-dragon-boat-2023-jinbao lines 5-6
BESIDES = ("端午节假期首日，太行山大峡谷所辖八泉峡、青龙峡、红豆峡景区共接待游客3.2万余人次，"
           "主景区八泉峡接待游客16782人次，是2019年的3倍多。\n从客源地来看，八泉峡景区游客以山西本地为主，约占50%，周边省份河南、河北、"
           "山东、北京等地游客共占45%左右的比例。此外，五台山接待游客21649人次，壶口瀑布共接待游客5340人次。\n")


def test_figures_after_besides_are_no_parts_of_the_split_before(article) -> None:
    _, doc = article(BESIDES)
    assert alarms(doc) == []
    assert not any("21649人次" in written for _, written in checks(doc, "breakdown"))


# smoke12 investor-education-bases-2021-cls line 5: 此外…的投教基地有44家 is no member count of 29家
BASES = ("2016年来，证监会先后命名了4批共计71家国家级投教基地，其中42家为实体基地，29家为互联网基地；"
         "此外隶属于券商的投教基地有44家，占比超过六成。")


def test_a_count_after_besides_is_no_member_of_the_count_before(article) -> None:
    _, doc = article(BASES)
    assert alarms(doc) == []
    assert not any("44家" in written for _, written in checks(doc, "breakdown"))


# --- a net amount (财务费用 = interest paid − interest earned ± exchange) bounds none of its 其中 lines ----

# tcl-tech-q3-2025-reportify line 15; the same layout in an income statement (qianzhan.com, 002212)
NET = ["财务费用为34.40亿元，其中利息费用为37.20亿元。",
       "财务费用417,206.37元，其中：利息费用1,323,584.17元，利息收入1,028,448.25元。"]


def test_interest_is_no_part_of_net_financial_expenses(article) -> None:
    for text in NET:
        _, doc = article(text)
        assert alarms(doc) == [] and checks(doc, "breakdown") == [], text


def test_a_gross_cost_still_bounds_its_parts(article) -> None:
    code, doc = article("营业成本为34.40亿元，其中原材料成本为37.20亿元。")
    assert code == 1 and _named(doc, "37.20亿元")


# --- 共计 over what each group has of kinds of things (职业, 行业) is their union, not their sum ----------

# graduate-employment-report-2014-mycos-chinagcw line 4
UNION = ("覆盖了本科毕业生能够从事的593个职业、高职高专毕业生能够从事的537个职业，共计665个职业；"
         "覆盖本科毕业生就业的323个行业、高职高专毕业生就业的324个行业，共计326个行业。")


def test_kinds_each_group_has_overlap(article) -> None:
    _, doc = article(UNION)
    assert alarms(doc) == [] and checks(doc, "breakdown") == []


def test_counts_of_kinds_without_owners_still_add_up_and_a_changed_total_is_named(article) -> None:
    _, doc = article("共调查了本科专业324个、高职高专专业490个，共计814个专业。")
    assert checks(doc, "breakdown") == [("holds", ["324个", "490个", "814个"])]
    code, doc = article("共调查了本科专业324个、高职高专专业490个，共计815个专业。")
    assert code == 1 and _named(doc, "815个")


# --- 其中 after a closing bracket splits the figure before the bracket, not the bracket's last --------

# ipo-feb-2022-beyondjcurve-36kr line 13
IPO = ("本月有24只新股上会（包括创业板9只，科创板8只），其中21只已审核通过（包括科创板8只，创业板7只），"
       "3只上会未通过。")


def test_a_figure_inside_brackets_is_no_total_of_the_qizhong_after_them(article) -> None:
    _, doc = article(IPO)
    assert alarms(doc) == []
    assert not any("21只" in written and "8只" in written for _, written in checks(doc, "breakdown"))


def test_without_brackets_the_count_splits_and_a_changed_part_is_named(article) -> None:
    _, doc = article("本月有24只新股上会，其中21只已审核通过，3只上会未通过。")
    assert ("holds", ["21只", "3只", "24只"]) in checks(doc, "breakdown")
    code, doc = article("本月有24只新股上会，其中27只已审核通过，3只上会未通过。")
    assert code == 1 and _named(doc, "27只")


# --- a 其中 list ends at a parallel total: …各项存款余额, 其中住户…；…各项贷款余额 -----------------------

# wuhua-economy-jan-aug line 6
DEPOSITS = ("截至8月底，金融机构本外币各项存款余额达288.06亿元，比年初增长4.8%。"
            "其中住户储蓄存款余额{household}亿元，比年初增长6.3%；金融机构本外币各项贷款余额113.71亿元，比年初增长9.1%。")


def test_loans_are_no_part_of_deposits(article) -> None:
    _, doc = article(DEPOSITS.format(household="208.02"))
    assert alarms(doc) == []
    assert checks(doc, "breakdown") == [("holds", ["208.02亿元", "288.06亿元"])]


def test_a_household_deposit_over_all_deposits_is_named(article) -> None:
    code, doc = article(DEPOSITS.format(household="308.02"))
    assert code == 1 and _named(doc, "308.02亿元")


# --- a GDP increment (较去年同期增加181.2亿元) is no total of the three industries ------------------------

# city-economy-q1q3-2022-materials-innovation lines 1-2
INCREMENT = ("前三季度全市地区生产总值（GDP）实现3216.1亿元，同比增长4.2%。\n"
             "从总量看，前三季度全市地区生产总值较去年同期增加181.2亿元。分产业看，第一产业增加值实现217.3亿元，"
             "同比增长4.7%；第二产业增加值实现{second}亿元，同比增长5.0%；第三产业增加值实现1710.1亿元，同比增长3.6%。\n")


def test_a_gdp_increment_is_no_total_of_the_industries(article) -> None:
    _, doc = article(INCREMENT.format(second="1288.7"))
    assert alarms(doc) == []
    assert not any("181.2亿元" in written for _, written in checks(doc, "breakdown"))


# --- the 环比 of a lead rate holds through the 其中 sentence after it ---------------------------------

# cpi-jul-2021-nbs-modernhuayu lines 1-2
CPI = ("7月份，全国居民消费价格同比上涨1.0%。其中，城市上涨1.1%，农村上涨0.7%；食品价格下降3.7%，"
       "非食品价格上涨2.1%；消费品价格上涨0.6%，服务价格上涨1.6%。\n"
       "7月份，全国居民消费价格环比上涨0.3%。其中，城市上涨0.3%，农村上涨0.2%；食品价格下降0.4%，非食品价格上涨"
       "0.5%；消费品价格上涨0.1%，服务价格上涨0.6%。\n")


def test_month_on_month_items_are_no_restatement_of_year_on_year_ones(article) -> None:
    _, doc = article(CPI)
    assert alarms(doc) == []


def test_a_year_on_year_item_stated_twice_still_pairs_and_a_changed_one_is_named(article) -> None:
    again = "7月份，全国居民消费价格同比上涨1.0%。其中，食品价格下降{food}%。\n"
    _, doc = article(CPI + again.format(food="3.7"))
    assert alarms(doc) == []
    _, doc = article(CPI + again.format(food="3.2"))
    assert _named(doc, "下降3.2%", "warning")
