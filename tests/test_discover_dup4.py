"""The same figure stated twice across sentences (discover/subjects.py keys, discover/duplicate.py):
a headline or lead and the body naming one period in two ways (今年1-7月 and 1-7月, 前2个月 and
1-2月), a rate on a comparable basis stated again, a growth rate named after its figure (保持3%的
增长). Linked: at most a warning. Each case is a small article made of real sentences, checked
with `factcheck check x.txt --format json --show-checks`."""

from __future__ import annotations

import pytest
from helpers import check_text as check
from helpers import duplicate_pairs as pairs
from helpers import named_figures as named
from helpers import run_check, same_findings

# --- 今年 is the article's own year ---------------------------------------------------------------
#: Sina Finance, 2022-08-09 (1-7月长江干线港口完成货物吞吐量超20亿吨): the headline's period names no
#: year, the body's says 今年; the article names no year at all.
PORT = ("1-7月长江干线港口完成货物吞吐量超20亿吨\n\n"
        "今年1-7月，长江干线港口完成货物吞吐量{}亿吨、集装箱吞吐量1367万标箱，同比增长1.0%、6.0%。\n")


def test_this_year_is_the_year_of_a_headline_that_names_none(tmp_path, capsys):
    doc = check(tmp_path, capsys, PORT.format("20.2"))
    assert pairs(doc) == [("linked", "holds", [(3, "20.2亿吨"), (1, "超20亿吨")])]
    doc = check(tmp_path, capsys, PORT.format("19.2"))
    assert pairs(doc) == [("linked", "warning", [(3, "19.2亿吨"), (1, "超20亿吨")])]
    [finding] = same_findings(doc)
    assert finding["severity"] == "warning"
    assert (3, 21, "19.2亿吨") in named(finding)
    assert "the same label «长江干线港口货物吞吐量», period 1-7月" in finding["message"]


def test_last_year_is_not_this_year(tmp_path, capsys):
    doc = check(tmp_path, capsys, PORT.format("20.2").replace("今年1-7月", "去年1-7月"))
    assert pairs(doc) == []


# --- one part of a year by any of its names ----------------------------------------------------
#: 21世纪经济报道 on Sina Finance, 2022-03-07 (1-2月中国外贸增长13.3%平稳开局): the lead says 前2个月,
#: the section 外贸开门稳 says 2022年1-2月 of the same customs figures.
TRADE = ("1-2月中国外贸平稳开局\n\n"
         "海关总署3月7日公布的数据显示，今年前2个月我国进出口总值6.2万亿元，比去年同期增长13.3%。\n\n"
         "外贸开门稳\n\n"
         "海关数据显示，2022年1-2月，我国进出口总值{}万亿元，同比增长13.3%。\n")


def test_the_first_months_of_a_year_by_count_and_by_range(tmp_path, capsys):
    doc = check(tmp_path, capsys, TRADE.format("6.2"))
    assert pairs(doc) == [("linked", "holds", [(3, "6.2万亿元"), (3, "13.3%"), (7, "6.2万亿元"),
                                               (7, "13.3%")])]
    doc = check(tmp_path, capsys, TRADE.format("6.8"))
    [finding] = same_findings(doc)
    assert finding["severity"] == "warning"
    assert (7, 25, "6.8万亿元") in named(finding)
    assert "«6.2万亿元，比去年同期增长13.3%», then «6.8万亿元，同比增长13.3%»" in finding["message"]


@pytest.mark.parametrize("period", ["前3个月", "2022年1-3月", "3月份"])
def test_other_months_are_another_period(tmp_path, capsys, period):
    doc = check(tmp_path, capsys, TRADE.format("6.2").replace("2022年1-2月", period))
    assert pairs(doc) == []


@pytest.mark.parametrize(("a", "b"), [("1-3月", "一季度"), ("前6个月", "上半年"), ("1—9月份", "前三季度"),
                                      ("前两个月", "1-2月")])
def test_months_named_as_the_part_of_the_year_they_make(tmp_path, capsys, a, b):
    """People's Bank of China releases write 今年前5个月, 前两个月 and 1-11月 for the same kind of
    period; NBS writes 1—11月份 and 一季度."""
    text = (f"经济运行\n\n2022年{a}，全市社会消费品零售总额1357.5亿元，同比增长4.1%。\n\n"
            f"商务局表示，2022年{b}，全市社会消费品零售总额1357.5亿元。\n")
    doc = check(tmp_path, capsys, text)
    assert [(how, verdict) for how, verdict, _ in pairs(doc)] == [("linked", "holds")]


# --- a rate on a comparable basis ----------------------------------------------------------------
#: 大庆市统计局, 上半年全市经济运行情况分析 (2016; tests/data/articles/stat-daqing-2016h1 line 43): the
#: heading clause bounds the rate that the level states after it.
INVESTMENT = ("上半年全市经济运行情况分析\n\n"
              "从国有和非国有看，非国有投资增速高达50%以上：国有及国有控股投资完成186.6亿元，同比下降8%；"
              "非国有投资完成60.8亿元，同比增长{}%。\n")


def test_a_bound_of_a_rate_and_the_rate_a_level_carries(tmp_path, capsys):
    doc = check(tmp_path, capsys, INVESTMENT.format("52.8"))
    assert ("linked", "holds", [(3, "52.8%"), (3, "50%以上")]) in pairs(doc)
    doc = check(tmp_path, capsys, INVESTMENT.format("42.8"))
    assert ("linked", "warning", [(3, "42.8%"), (3, "50%以上")]) in pairs(doc)
    [finding] = same_findings(doc)
    assert finding["severity"] == "warning"
    assert any(w == "42.8%" for _, _, w in named(finding))
    assert "the same label «非国有投资», no period named, no place named and measure growth rate" \
        in finding["message"]


def test_the_bound_of_another_subjects_rate(tmp_path, capsys):
    doc = check(tmp_path, capsys, INVESTMENT.format("52.8").replace("非国有投资增速", "民间投资增速"))
    assert [p for p in pairs(doc) if p[0] == "linked"] == []


# --- a growth rate named after its figure ------------------------------------------------------
#: 界面新闻 on Sina Finance, 2022-07-27 (深圳上半年GDP增长3%，领跑一线城市): the headline, the lead and
#: the last paragraph (仍能保持3%的增长) state one rate.
SHENZHEN = ("深圳上半年GDP增长3%，领跑一线城市\n\n7月26日晚，深圳发布2022年上半年经济成绩单。\n\n"
            "根据广东省地区生产总值统一核算结果，深圳上半年GDP为1.5万亿元，同比增长3%，增速高于深圳今年"
            "第一季度的2%。\n\n"
            "深圳GDP在2021年突破3万亿元。今年上半年，在疫情冲击下，深圳面临需求收缩、供给冲击、预期减弱的"
            "“三重压力”，仍能保持{}%的增长，来之不易。\n")


def test_a_rate_named_after_its_figure_has_the_subject_of_the_sentence_before(tmp_path, capsys):
    doc = check(tmp_path, capsys, SHENZHEN.format("3"))
    assert ("linked", "holds", [(1, "3%"), (5, "3%"), (7, "3%")]) in pairs(doc)
    doc = check(tmp_path, capsys, SHENZHEN.format("13"))  # a digit added
    assert ("linked", "warning", [(1, "3%"), (5, "3%"), (7, "13%")]) in pairs(doc)
    [finding] = [f for f in same_findings(doc) if any(w == "13%" for _, _, w in named(f))]
    assert finding["severity"] == "warning"
    assert (7, 62, "13%") in named(finding)
    assert "the same label «生产总值», period 2022年上半年, place 深圳 and measure growth rate" \
        in finding["message"]


@pytest.mark.parametrize("words", ["仍能保持{}%的增长目标", "仍能保持{}%的增长率", "仍能保持{}%的比重"])
def test_a_figure_that_is_not_the_rate_named_after_it(tmp_path, capsys, words):
    text = SHENZHEN.replace("仍能保持{}%的增长", words).format("13")
    assert not any(w == "13%" for _, _, figures in pairs(check(tmp_path, capsys, text))
                   for _, w in figures)


# --- a headline that names no place; 规上 and 规模以上 ------------------------------------------------
#: 工信部 figures on Sina Finance, 2022-05-31 (1-4月规上电子信息制造业增加值同比增10.7% …): the
#: headline names no place and writes 规上, the lead and the section 生产增速放缓 say 全国规模以上.
ELECTRONICS = ("1-4月规上电子信息制造业增加值同比增{} 实现营业收入同比增7%\n\n"
               "1-4月份，全国规模以上电子信息制造业增加值同比增长10.7%，增速比一季度下降2个百分点。\n\n"
               "生产增速放缓\n\n"
               "1-4月份，全国规模以上电子信息制造业增加值同比增长10.7%，增速比一季度下降2个百分点；"
               "比同期工业增加值增速高6.7个百分点。\n")


def test_a_headline_that_names_no_place_is_of_the_place_its_body_names(tmp_path, capsys):
    doc = check(tmp_path, capsys, ELECTRONICS.format("10.7%"))
    assert ("linked", "holds", [(1, "10.7%"), (3, "10.7%"), (7, "10.7%")]) in pairs(doc)
    doc = check(tmp_path, capsys, ELECTRONICS.format("17.0%"))  # two digits swapped
    assert ("linked", "warning", [(1, "17.0%"), (3, "10.7%"), (7, "10.7%")]) in pairs(doc)
    findings = same_findings(doc)  # the headline against each copy in the body
    assert [f["severity"] for f in findings] == ["warning", "warning"]
    assert all((1, 17, "17.0%") in named(f) for f in findings)  # from 同比增, as 同比增长 is read
    assert "(paired by: a headline that names no place, of the one place its body names: the same " \
           "label «规上电子信息制造业增加值», period 1-4月, place 全国 and measure growth rate)" \
        in findings[0]["message"]


def test_the_rule_that_paired_a_headline_in_chinese(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text(ELECTRONICS.format("17.0%"), encoding="utf-8")
    doc = run_check([path], capsys, "--show-checks", "--isolated", "--lang", "zh").doc
    assert all("标题未写明地区，即正文所写的唯一地区" in f["message"] for f in same_findings(doc))


def test_a_headline_and_a_body_of_two_places(tmp_path, capsys):
    """The body states the subject of two places: which one the headline's is, its words do not
    tell."""
    text = ELECTRONICS.format("17.0%").replace("1-4月份，全国规模以上电子信息制造业增加值同比增长10.7%；",
                                               "1-4月份，江苏规模以上电子信息制造业增加值同比增长10.7%；")
    text = text.replace("；比同期", "。1-4月份，江苏规模以上电子信息制造业增加值同比增长17.1%，比同期")
    doc = check(tmp_path, capsys, text)
    assert not any(line == 1 for _, _, figures in pairs(doc) for line, _ in figures)
    assert same_findings(doc) == []


def test_a_headline_that_names_another_place(tmp_path, capsys):
    doc = check(tmp_path, capsys, ELECTRONICS.format("17.0%").replace("1-4月规上", "1-4月江苏规上"))
    assert not any(line == 1 for _, _, figures in pairs(doc) for line, _ in figures)
    assert same_findings(doc) == []


# --- a bound said of each of several places ---------------------------------------------------
#: 中国经济周刊 on Sina Finance (昆山人均GDP远超义乌…; tests/data/articles/stat-kunshan-yiwu-2021 lines
#: 41 and 63): the bound of a group of counties (都在…以上), the first one's GDP paragraphs later.
COUNTIES = ("昆山人均GDP远超义乌\n\n"
            "分区域看，苏南强县如云，不管是经济总量还是人民生活水平都非常高，像昆山、江阴等县市的经济总量{}"
            "4500亿元以上。\n\n"
            "在人均可支配收入方面，有“苏南四小龙”之称的昆山、张家港、江阴、常熟四地都在7万元以上。\n\n"
            "2021年昆山市完成地区生产总值{}亿元，超过近7成地级市和多个省会的经济总量，位居全国百强县之首。\n")


def test_a_bound_of_each_of_several_places_and_one_ones_level_far_after(tmp_path, capsys):
    doc = check(tmp_path, capsys, COUNTIES.format("都在", "4700"))
    assert ("linked", "holds", [(3, "4500亿元以上"), (7, "4700亿元")]) in pairs(doc)
    doc = check(tmp_path, capsys, COUNTIES.format("都在", "4400"))
    assert ("linked", "warning", [(3, "4500亿元以上"), (7, "4400亿元")]) in pairs(doc)
    [finding] = same_findings(doc)
    assert finding["severity"] == "warning"
    assert (7, 17, "4400亿元") in named(finding)
    assert "(paired by: a bound restated by the exact level after it: «4500亿元以上», then «4400亿元»)" \
        in finding["message"]


@pytest.mark.parametrize(("group", "words"), [("像昆山、江阴等县市", "合计在"),
                                             ("像昆山、江阴等县市", "总和在"),
                                             ("昆山和江阴", "都在")])  # two places, no class
def test_a_bound_of_several_places_together_is_not_each_ones(tmp_path, capsys, group, words):
    doc = check(tmp_path, capsys, COUNTIES.replace("像昆山、江阴等县市", group).format(words, "4400"))
    assert same_findings(doc) == []
    assert not any(w == "4500亿元以上" for _, _, figures in pairs(doc) for _, w in figures)


def test_the_level_of_a_place_outside_the_group(tmp_path, capsys):
    doc = check(tmp_path, capsys, COUNTIES.format("都在", "4400").replace("2021年昆山市", "2021年常熟市"))
    assert same_findings(doc) == []
