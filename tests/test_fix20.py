"""No false alarm on the twentieth round of unseen articles (tests/data/smoke20, review.yaml; sources
in sources.yaml): each form of writing that raised one, on the real sentence, and the same form with
one figure changed where the sentence states a real relation (the finding names the changed figure).
"""

from __future__ import annotations

from pathlib import Path

from helpers import alarms
from helpers import checks_of as checks
from helpers import names_written as _named

SMOKE20 = Path(__file__).parent / "data" / "smoke20"


def _text(slug: str, directory: Path = SMOKE20) -> str:
    return (directory / f"{slug}.txt").read_text(encoding="utf-8")


# --- 1. a change (同比+124架, 同比多增X) is never the whole a 其中 splits -------------------------

# civil-aviation-profit-2024-reportify line 11
FLEET = ("2024年底民航运输飞机总数4394架（同比+124架），其中客机{p}架（同比+113架，增幅2.8%），"
         "宽体机减少9架")
# loans-q2-2022-pboc-fangchan line 7
INDUSTRY = ("2022年二季度末，本外币工业中长期贷款余额15.25万亿元，同比增长21.2%，"
            "增速比各项贷款高10.4个百分点，比上年末低1.4个百分点；上半年增加1.81万亿元，同比多增2181亿元。其中，重工业中长期贷款余额{p}万亿元，"
            "同比增长20.2%，增速比上年末低1.3个百分点；轻工业中长期贷款余额2.22万亿元，同比增长27.4%，"
            "增速比上年末低1.7个百分点。")


def test_qizhong_after_a_bracketed_signed_change_splits_the_level(article) -> None:
    _, doc = article(FLEET.format(p="4126"))
    assert alarms(doc) == []
    assert checks(doc, "breakdown") == [("holds", ["4126架", "4394架"])]
    _, doc = article(FLEET.format(p="5126"))
    assert _named(doc, "5126架") and not _named(doc, "124架")


def test_qizhong_after_a_change_of_the_increase_splits_the_balance(article) -> None:
    _, doc = article(INDUSTRY.format(p="13.04"))
    assert alarms(doc) == []
    assert all("2181亿元" not in figures for _, figures in checks(doc, "breakdown"))
    assert ("holds", ["13.04万亿元", "2.22万亿元", "15.25万亿元"]) in checks(doc, "breakdown")
    _, doc = article(INDUSTRY.format(p="14.04"))
    assert _named(doc, "14.04万亿元") and not _named(doc, "2181亿元")


def test_a_change_with_a_change_word_before_qizhong_still_leaves_the_level_its_whole(article) -> None:
    """The look-alike: the change written with a word (同比增加124架) in the same place."""
    _, doc = article(FLEET.format(p="5126").replace("同比+124架", "同比增加124架"))
    assert _named(doc, "5126架") and not _named(doc, "124架")


# --- 2. 同比多增 / 同比少增 X is a change of the increase, no part of a 余额 --------------------------

# loans-q2-2022-pboc-fangchan lines 3–4
LOANS = ("2022年二季度末，本外币企事业单位贷款余额134.15万亿元，同比增长12.6%，增速比上年末高1.6个百分点；"
         "上半年增加11.56万亿元，同比多增2.99万亿元。\n"
         "分期限看，短期贷款及票据融资余额49.42万亿元，同比增长14.4%，增速比上年末高8.2个百分点；上半年增加"
         "5.25万亿元，同比多增3.6万亿元。中长期贷款余额{p}万亿元，同比增长12%，增速比上年末低2个百分点；"
         "上半年增加6.23万亿元，同比少增3873亿元。\n")


def test_more_or_less_increase_than_a_year_before_is_no_part_of_the_balance(article) -> None:
    _, doc = article(LOANS.format(p="81.41"))
    assert alarms(doc) == []
    assert checks(doc, "breakdown") == [("holds", ["49.42万亿元", "81.41万亿元", "134.15万亿元"])]
    _, doc = article(LOANS.format(p="91.41"))
    assert _named(doc, "91.41万亿元", "warning")  # a section after the total's paragraph: linked
    assert not _named(doc, "3.6万亿元", "warning") and not _named(doc, "3873亿元", "warning")


# --- 3. a bracket holding a change (增加X) is no restatement in other units ------------------------

# civil-aviation-profit-2024-reportify line 2
PROFITS = ("2024年全民航累计利润总额1.2亿元，比上年减亏增盈206.1亿元，"
           "其中航空公司利润总额44.7亿元（增盈102亿元），机场利润总额-130.6亿元（减亏66.1亿元），保障企业利润总额87.2亿元（增加38.2亿元）")
# the NBS summer-grain release (tests/test_discover.py GROWTH): an aside in other units, of the level
# and of the change alike
GRAIN = "上半年，全国夏粮总产量14582万吨（{j}亿斤），比上年增加296.7万吨（59.3亿斤），增长2.1%。"


def test_a_bracketed_change_after_a_level_is_not_the_level_again(article) -> None:
    _, doc = article(PROFITS)
    assert alarms(doc) == []
    assert checks(doc, "duplicate") == []


def test_an_aside_in_other_units_is_still_the_same_figure(article) -> None:
    _, doc = article(GRAIN.format(j="2916"))
    assert ("holds", ["14582万吨", "2916亿斤"]) in checks(doc, "duplicate")
    assert ("holds", ["296.7万吨", "59.3亿斤"]) in checks(doc, "duplicate")  # the change, its aside
    _, doc = article(GRAIN.format(j="2816"))
    assert _named(doc, "2816亿斤")


# --- 4. 翻一番 over a span of years compounds growth rates ------------------------------------------

# angel-yeast-h1-2021-cls-rsshub line 16
YEAST = ("20亿、30亿营收规模的企业，动辄20%甚至30%的增幅，是没有问题的，但上百亿规模的营收，"
         "如果还维持这个增速，大概三四年就翻一番，那就不是很现实了，如今的贵州茅台都做不到30%的成长性。")


def test_a_doubling_over_years_ties_no_two_growth_rates(article) -> None:
    _, doc = article(YEAST)
    assert alarms(doc) == []
    assert checks(doc, "multiple") == []


def test_a_share_that_doubles_over_years_is_still_a_multiple(article) -> None:
    """The look-alike: two levels of a share, from and to, and the span the doubling took."""
    _, doc = article("该市新能源汽车渗透率从10%提高到20%，三年翻了一番。")
    assert checks(doc, "multiple") == [("holds", ["20%", "10%", "翻了一番"])]
    _, doc = article("该市新能源汽车渗透率从10%提高到25%，三年翻了一番。")
    assert _named(doc, "25%")


# --- 5. a share in a 去年同期 sentence is of last year's total ---------------------------------------

# line 1: 去年同期共计发行23只基金，…偏股型基金共计发行10只，占比逾三成
FUNDS = "fund-issuance-jan-may-2009-xinhua-goxun"


def test_a_share_dated_last_year_is_not_of_this_years_total(article) -> None:
    _, doc = article(_text(FUNDS))
    assert alarms(doc) == []
    assert checks(doc, "share") == [("holds", ["17只", "44只", "逾三成"])]


def test_the_same_share_of_this_year_is_still_read_against_this_years_total(article) -> None:
    """The look-alike: without 去年同期 the sentence is of this year, and its share of the year's
    total (44只) is read as before (linked: a warning, 10/44 is no 逾三成)."""
    _, doc = article(_text(FUNDS).replace("去年同期共计发行23只基金", "共计发行23只基金"))
    assert ("warning", ["10只", "44只", "逾三成"]) in checks(doc, "share")
    assert _named(doc, "10只", "warning")


# --- 6. a numbered heading that states a total is the whole of the 占比 list under it ---------------

INSURANCE = "insurance-h1-2016-huize"  # lines 9–10: 三、资金运用余额125629.30亿元… / 银行存款…，占比18.79%；…


def test_a_numbered_headings_total_is_the_whole_of_the_shares_under_it(article) -> None:
    _, doc = article(_text(INSURANCE))
    assert alarms(doc) == []
    assert [c for c in checks(doc, "share") if c[1][0] == "23605.23亿元"] == [
        ("holds", ["23605.23亿元", "125629.30亿元", "18.79%"])]
    _, doc = article(_text(INSURANCE).replace("占比18.79%", "占比16.79%"))
    assert _named(doc, "16.79%", "warning")


# --- 7. recovery rates (恢复至…的X%) of two measures are two figures -----------------------------------

HOLIDAY = "mid-autumn-holiday-2021-zhongliuw"  # lines 3 and 5: 出游…恢复至2019年同期的87.2%; 旅游收入…78.6%


def test_recovery_rates_of_two_measures_do_not_pair(article) -> None:
    _, doc = article(_text(HOLIDAY))
    assert alarms(doc) == []
    assert checks(doc, "duplicate") == []


def test_the_recovery_rate_of_one_measure_stated_again_pairs(article) -> None:
    """The look-alike: 出游 and its recovery rate stated again lower down, one figure changed."""
    again = "\n据文化和旅游部测算，全国国内旅游出游8815.93万人次，按可比口径恢复至2019年同期的85.2%。"
    _, doc = article(_text(HOLIDAY) + again)
    assert _named(doc, "85.2%", "warning")
    assert not _named(doc, "78.6%", "warning")


# --- 8. an item of a 分别 list over several years is of one of them, which its words do not say ----

# line 5 (25Q1 …YOY+15.1%…YOY+15.6%) and line 9 (预计2025 - 2027年…)
HAIER = "haier-q1-2025-capital-reportify"
# smoke18 box-office-2019-jiangsulong line 4: 观影人次分别为16.2亿、17.16亿、17.27亿 over 2017一2019年
SMOKE18 = SMOKE20.parent / "smoke18"


def test_a_forecast_list_over_years_restates_no_figure_of_the_quarter(article) -> None:
    _, doc = article(_text(HAIER))
    assert alarms(doc) == []
    assert checks(doc, "duplicate") == []


def test_the_first_item_of_a_list_over_years_is_no_headlines_figure(article) -> None:
    _, doc = article(_text("box-office-2019-jiangsulong", SMOKE18))
    assert alarms(doc) == []
    assert checks(doc, "duplicate") == []


# --- 9. the group a sentence opens with holds past its semicolon ------------------------------------

PHONES = "phone-shipments-nov-2022-caict-ccschy"  # line 4 (all phones) and line 6 (国产品牌…；上市新机型…)


def test_a_brand_groups_figures_after_the_semicolon_are_the_groups(article) -> None:
    _, doc = article(_text(PHONES))
    assert alarms(doc) == []
    assert all("346款" not in figures for _, figures in checks(doc, "duplicate"))


def test_the_markets_figure_stated_again_still_pairs(article) -> None:
    """The look-alike: line 4's figures of all phones stated again, one changed."""
    lines = _text(PHONES).splitlines()
    again = "据统计，2022年1-11月，上市新机型累计391款，同比下降10.8%。"
    _, doc = article("\n".join([lines[3], lines[5], again]) + "\n")
    assert _named(doc, "391款", "warning")
    assert not _named(doc, "346款", "warning")
