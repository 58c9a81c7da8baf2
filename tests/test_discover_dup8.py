"""The same figure stated twice, in a headline and its body (discover/subjects.py,
discover/duplicate.py): the title given again (原标题：…) is a headline too; 外贸 in a headline is
the 进出口总值 of the body; a class of rates (保持两位数增长) is a growth rate; a ratio after a bare
verb of change (货运量增逾两成) is a growth rate; 累计 inside a label and 1月至10月 name nothing
new. Linked: at most a warning, and a restatement that agrees raises nothing. Each case is a small
article made of real sentences (source given), checked with
`factcheck check x.txt --format json --show-checks`."""

from __future__ import annotations

import pytest
from helpers import check_text as check
from helpers import duplicate_pairs as pairs
from helpers import error_findings as errors
from helpers import same_findings
from helpers import warned_figures as warned

from factcheck.discover.subjects import _sub_period, normalise_label

# --- 外贸 in a headline is the body's 进出口总值 ---------------------------------------------------
#: 21世纪经济报道 on Sina Finance (smoke china-trade-jan-feb-2022): github:Rock-Candy-Tea/RSSHUB-PAGE/
#: source/_posts/金融/新浪财经/新浪财经－国內/
#: 1-2月中国外贸增长133%平稳开局：汽车出口接近翻倍，欧盟再成第一贸易伙伴.md
TRADE_FEB = ("1-2月中国外贸增长{}%平稳开局：汽车出口接近翻倍，欧盟再成第一贸易伙伴\n"
             "海关总署3月7日公布的数据显示，今年前2个月我国进出口总值6.2万亿元，比去年同期增长13.3%。"
             "其中，出口3.47万亿元，增长13.6%；进口2.73万亿元，增长12.9%，外贸继续保持向好势头。\n")
#: Sina Finance (smoke china-trade-q1-2022): …/一季度外贸同比增长107%，RCEP利好让东盟重回我国第一大贸易伙伴.md
TRADE_Q1 = ("一季度外贸同比增长{}%，RCEP利好让东盟重回我国第一大贸易伙伴\n"
            "一季度，我国货物贸易进出口同比增长超过10%。\n"
            "13日，国务院新闻办公室举行2022年一季度进出口情况新闻发布会。据海关总署统计，今年一季度我国"
            "货物贸易进出口总值9.42万亿元人民币，同比增长10.7%。其中，出口5.23万亿元，增长13.4%；"
            "进口4.19万亿元，增长7.5%。\n")
#: 21世纪经济报道 on Sina Finance (news-jiangsu-trade-2021m1-8, smoke jiangsu-trade-jan-aug):
#: …/1-8月江苏外贸同增171%，民企拉动进出口增长96个百分点.md — the title, the title given again, the body.
TRADE_JIANGSU = ("1-8月江苏外贸同增{}%，民企拉动进出口增长9.6个百分点\n\n"
                 "原标题：1-8月江苏外贸同增17.1%，民企拉动进出口增长9.6个百分点\n\n"
                 "据南京海关9月17日通报，1-8月江苏省外贸进出口值32878.4亿元，同增17.1%，占中国进出口总值的"
                 "13.3%。其中，出口20310.4亿元，增长18.6%；进口12568亿元，增长14.7%。\n")


def test_trade_in_a_headline_is_the_total_of_imports_and_exports(tmp_path, capsys):
    doc = check(tmp_path, capsys, TRADE_FEB.format("13.3"))
    assert ("linked", "holds", [(1, "13.3%"), (2, "13.3%")]) in pairs(doc)
    assert same_findings(doc) == []
    doc = check(tmp_path, capsys, TRADE_Q1.format("10.7"))
    assert ("linked", "holds", [(1, "10.7%"), (2, "超过10%"), (3, "10.7%")]) \
        in pairs(doc)
    assert same_findings(doc) == []
    doc = check(tmp_path, capsys, TRADE_JIANGSU.format("17.1"))
    assert ("linked", "holds", [(1, "17.1%"), (3, "17.1%"), (5, "17.1%")]) in pairs(doc)
    assert same_findings(doc) == []


@pytest.mark.parametrize(("text", "column", "written"), [
    (TRADE_FEB.format("31.3"), 9, "31.3%"),
    (TRADE_Q1.format("17.0"), 6, "17.0%"),
    (TRADE_JIANGSU.format("11.7"), 9, "11.7%"),
])
def test_a_trade_headline_that_disagrees_is_a_warning(tmp_path, capsys, text, column, written):
    doc = check(tmp_path, capsys, text)
    assert (1, column, written) in warned(doc)
    assert errors(doc) == []


@pytest.mark.parametrize(("label", "subject"), [
    ("1-2月中国外贸", "外贸进出口"),
    ("一季度我国货物贸易进出口总值", "外贸进出口"),
    ("1-8月江苏省外贸进出口值", "外贸进出口"),
    # the parts and another trade are other figures (smoke services-trade-jan-jul: 服务进出口总额)
    ("出口", "出口"),
    ("服务贸易进出口总额", "服务贸易进出口总额"),
    ("1-7月，我国服务进出口总额", "服务进出口总额"),
])
def test_the_names_of_trade(label, subject):
    assert normalise_label(label) == subject


def test_exports_never_pair_with_trade(tmp_path, capsys):
    """出口 in the headline is a part of the trade: never the body's 进出口 rate."""
    doc = check(tmp_path, capsys, "1-2月中国出口增长13.3%\n" + TRADE_FEB.split("\n", 1)[1])
    assert not any((1, "13.3%") in claims for _, _, claims in pairs(doc))


# --- a class of rates in a headline ------------------------------------------------------------
#: 人民日报 锐财经 on Sina Finance (news-consumption-2021m1-8; smoke retail-sales-jan-aug-2021):
#: …/1-8月社会消费品零售总额保持两位数增长 消费市场持续恢复态势未变.md
RETAIL = ("1-8月社会消费品零售总额保持两位数增长 消费市场持续恢复态势未变\n\n"
          "原标题：1—8月社会消费品零售总额保持两位数增长——消费市场持续恢复态势未变（锐财经）\n\n"
          "今年8月份，全国社会消费品零售总额3.4万亿元，同比增长2.5%，增速比上月回落6个百分点，比2019年"
          "同期增长3%。1—8月，社会消费品零售总额28.1万亿元，同比增长{}%，比2019年同期增长8%。\n")


def test_a_two_digit_growth_in_the_headline_is_the_body_rate(tmp_path, capsys):
    doc = check(tmp_path, capsys, RETAIL.format("18.1"))
    assert ("linked", "holds", [(5, "18.1%"), (1, "两位数增长"), (3, "两位数增长")]) in pairs(doc)
    assert same_findings(doc) == []


def test_a_two_digit_growth_against_a_one_digit_rate_is_a_warning(tmp_path, capsys):
    doc = check(tmp_path, capsys, RETAIL.format("8.1"))
    assert (5, 82, "8.1%") in warned(doc)
    assert errors(doc) == []


def test_the_monthly_rate_never_pairs_with_the_headline_of_the_months(tmp_path, capsys):
    """8月份 … 同比增长2.5% is another period than the headline's 1-8月."""
    doc = check(tmp_path, capsys, RETAIL.format("18.1"))
    assert not any((5, "2.5%") in claims for _, _, claims in pairs(doc))


# --- the title given again ----------------------------------------------------------------------
#: 光明日报 (news-kaoyan-2021): the title given again states the figure, the body states it twice,
#: once as 研究生报考人数.
KAOYAN = ("2021年考研报考人数创历史新高 \"考研热\"从何而来？\n\n"
          "原标题：2021年考研报考人数{}万，创历史新高——“考研热”从何而来\n\n"
          "当日，2021年全国硕士研究生招生考试基本落下帷幕；考研报考人数为377万，创历史新高。\n\n"
          "近五年，全国考研报名人数迅速增长。2017年研究生报考人数首破200万人大关，达到201万。2021年研究生"
          "报考人数达到377万，5年间，考研报名人数翻了近一番。\n")


def test_the_title_given_again_is_a_headline(tmp_path, capsys):
    doc = check(tmp_path, capsys, KAOYAN.format("377"))
    assert ("linked", "holds", [(3, "377万"), (5, "377万"), (7, "377万")]) in pairs(doc)
    doc = check(tmp_path, capsys, KAOYAN.format("337"))
    assert (3, 16, "337万") in warned(doc)
    assert errors(doc) == []


def test_another_year_never_pairs_with_the_title_given_again(tmp_path, capsys):
    doc = check(tmp_path, capsys, KAOYAN.format("377"))
    assert not any((7, "201万") in claims and (3, "377万") in claims for _, _, claims in pairs(doc))


# --- a ratio after a bare verb of change ---------------------------------------------------------
#: 深圳商报 on Sina Finance (smoke freight-jan-jul-2021): …/1-7月全社会完成货运量增逾两成.md
FREIGHT = ("1-7月全社会完成货运量增逾两成\n国家统计局8月31日发布\n1-7月\n全社会累计完成货运量292亿吨\n"
           "同比增长{}%\n铁路累计完成货运量27亿吨\n同比增长8.2%\n")


def test_a_ratio_after_a_bare_verb_of_change_is_a_growth_rate(tmp_path, capsys):
    doc = check(tmp_path, capsys, FREIGHT.format("21.7"))
    assert ("linked", "holds", [(5, "21.7%"), (1, "逾两成")]) in pairs(doc)
    doc = check(tmp_path, capsys, FREIGHT.format("12.7"))
    assert (5, 1, "12.7%") in warned(doc)
    assert errors(doc) == []


@pytest.mark.parametrize(("label", "subject"), [
    # 华尔街见闻 (a news digest stored on GitHub): 韩国7月出口同比大增62.8%至989亿美元，创历史单月第二高。
    # 芯片出口激增178.8%至410亿美元
    ("韩国7月出口同比大增", "韩国出口"),
    ("芯片出口激增", "芯片出口"),
    # Wind (a fund report stored on GitHub): 2026年上半年全市场新发公募基金883只 — 全市场 is no place
    ("上半年全市场新发公募基金", "全市场新发公募基金"),
    ("1-7月全社会完成货运量增", "全社会货运量"),
    ("全社会累计完成货运量", "全社会货运量"),
    # 人民网 (news-railway-2018m10): 国家铁路累计完成旅客发送量
    ("国家铁路累计完成旅客发送量", "国家铁路旅客发送量"),
])
def test_verbs_and_cumulation_name_no_subject(label, subject):
    assert normalise_label(label) == subject


# --- periods ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("written", ["1月至10月", "1月-10月", "前10个月", "1-10月份"])
def test_the_first_ten_months_have_one_name(written):
    """人民网 (news-railway-2018m10): 1月至10月，国家铁路发送旅客28.25亿人次 … 前10个月，全路动车组…"""
    assert _sub_period(written) == "1-10月"


# --- the foreign investment a place takes in -------------------------------------------------------
#: 中新网 on Sina Finance (smoke national-fdi-jan-may): …/1-5月全国吸收外资4810亿元人民币 同比增354%.md
FDI = ("1-5月全国吸收外资{}亿元人民币 同比增35.4%\n"
       "中新网6月12日电 据商务部网站消息，2021年1-5月，全国新设立外商投资企业18497家，同比增长48.6%，"
       "较2019年同期增长12.4%；实际使用外资金额4810亿元人民币，同比增长35.4%，较2019年同期增长30.3%。\n")


def test_foreign_investment_taken_in_is_the_investment_used(tmp_path, capsys):
    doc = check(tmp_path, capsys, FDI.format("4810"))
    # the headline's rate is the level's (dup12): the level and its rate stated together again
    assert any(how == "linked" and verdict == "holds" and
               {(1, "4810亿元人民币"), (2, "4810亿元人民币")} <= set(figures)
               for how, verdict, figures in pairs(doc))
    doc = check(tmp_path, capsys, FDI.format("4180"))
    assert (1, 11, "4180亿元人民币") in warned(doc)
    assert errors(doc) == []


@pytest.mark.parametrize(("label", "subject"), [
    ("1-5月全国吸收外资", "使用外资"),
    # smoke fdi-january-2022 (每日经济新闻): 2022年1月，全国实际使用外资金额1022.8亿元人民币
    ("全国实际使用外资金额", "使用外资"),
    # 实际利用外资 (统计公报): its name, not a rate at comparable prices
    ("全年实际利用外资", "使用外资"),
])
def test_the_names_of_foreign_investment(label, subject):
    assert normalise_label(label) == subject


# --- who states the figure: the government work report -------------------------------------------
#: 观察者网 (news-investment-2022m1-2 lines 27 and 101): the report's bond quota, once in its list of
#: measures and once as the report's own words (中央政府工作报告今年拟安排…).
BONDS = ("全年5.5%的经济增速定调\n\n"
         "财政支出规模比去年扩大2 万亿元以上，拟安排地方政府专项债券3.65 万亿元，"
         "预计全年退税减税约2.5 万亿元。\n\n"
         "另外，值得一提的是，中央政府工作报告今年拟安排地方政府专项债券{}万亿元强化绩效导向。\n")


def test_the_report_that_states_a_figure_is_no_part_of_its_subject(tmp_path, capsys):
    doc = check(tmp_path, capsys, BONDS.format("3.65"))
    assert ("linked", "holds", [(3, "3.65万亿元"), (5, "3.65万亿元")]) in pairs(doc)
    doc = check(tmp_path, capsys, BONDS.format("3.56"))
    assert (5, 32, "3.56万亿元") in warned(doc)
    assert errors(doc) == []


@pytest.mark.parametrize(("label", "subject"), [
    ("中央政府工作报告今年拟安排地方政府专项债券", "拟安排地方政府专项债券"),
    # 2023年政府工作报告 (stored on GitHub): 政府投资和政策激励要有效带动全社会投资，
    # 今年拟安排地方政府专项债券3.8万亿元
    ("今年拟安排地方政府专项债券", "拟安排地方政府专项债券"),
    # a company report quoting it (stored on GitHub): 根据2023年的《政府工作报告》，
    # 2023年拟安排地方政府专项债券38,000亿元
    ("2023年拟安排地方政府专项债券", "拟安排地方政府专项债券"),
    # 财政部 (a news digest stored on GitHub): 财政部：今年拟安排地方政府专项债券4.2万亿元
    ("财政部：今年拟安排地方政府专项债券", "财政部：拟安排地方政府专项债券"),
])
def test_the_report_and_this_year_name_no_subject(label, subject):
    assert normalise_label(label) == subject
