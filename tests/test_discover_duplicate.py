"""The same figure stated twice, found in articles (discover/duplicate.py, discover/subjects.py):
restatements in one sentence (stated: may raise an error), the same subject stated again in
another sentence (linked: at most a warning), and what never pairs. Each case is a small article
checked with `factcheck check x.txt --format json --show-checks`; the verdicts are exact."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from helpers import cpu_seconds, run_check

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "data" / "articles"


def check(tmp_path: Path, capsys, text: str, name: str = "a.txt") -> dict:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return run_check([path], capsys, "--show-checks", "--isolated").doc


def pairs(doc: dict) -> list[tuple[str, str, list[tuple[int, str]]]]:
    """(how, verdict, [(line, figure as written) …]) of every `same` relation tested."""
    return [(r["how"], r["verdict"], [(c["article"]["line"], c["written"]) for c in r["claims"]])
            for r in doc["checks"] if r["kind"] == "duplicate"]


def duplicate_findings(doc: dict) -> list[tuple[str, str, int]]:
    return sorted((f["code"], f["severity"], f["line"]) for f in doc["findings"]
                  if f["code"] == "FC901")


# --- restatements in one sentence (stated) ----------------------------------------------------

def test_a_bound_restated_by_the_exact_figure_holds(tmp_path, capsys):
    doc = check(tmp_path, capsys, "山东经济\n\n2021年，全省一般公共预算收入突破7千亿元，达到7284.5亿元。\n")
    assert pairs(doc) == [("stated", "holds", [(3, "突破7千亿元"), (3, "7284.5亿元")])]
    assert duplicate_findings(doc) == []


def test_a_restatement_that_disagrees_is_an_error_naming_both_figures_and_the_rule(tmp_path, capsys):
    doc = check(tmp_path, capsys, "山东经济\n\n2021年，全省地区生产总值突破8万亿元，达到7.3万亿元。\n")
    assert pairs(doc) == [("stated", "fails", [(3, "突破8万亿元"), (3, "7.3万亿元")])]
    [finding] = [f for f in doc["findings"] if f["code"] == "FC901"]
    assert finding["severity"] == "error"
    assert finding["message"] == (
        "gdp (突破8万亿元) and gdp_2 (7.3万亿元) state the same figure (paired by: a restatement "
        "in one sentence: «突破8万亿元，达到7.3万亿元») but do not agree")
    assert [c["written"] for c in finding["claims"]] == ["突破8万亿元", "7.3万亿元"]


def test_the_exact_figure_then_the_threshold_it_reached(tmp_path, capsys):
    doc = check(tmp_path, capsys, "江苏经济\n\n江苏2021年GDP数据为116364.2亿元，迈上11万亿元新台阶。\n")
    assert pairs(doc) == [("stated", "holds", [(3, "116364.2亿元"), (3, "迈上11万亿元")])]
    doc = check(tmp_path, capsys, "江苏经济\n\n江苏2021年GDP数据为106364.2亿元，迈上11万亿元新台阶。\n")
    assert pairs(doc) == [("stated", "fails", [(3, "106364.2亿元"), (3, "迈上11万亿元")])]
    assert duplicate_findings(doc) == [("FC901", "error", 3)]


def test_a_change_restated_by_an_approximation(tmp_path, capsys):
    text = "山东经济\n\n2021年，山东生产总值为83095.9亿元，比2020年的73129亿元增加了9966.9亿元，接近{}。\n"
    doc = check(tmp_path, capsys, text.format("1万亿元"))
    assert pairs(doc) == [("stated", "holds", [(3, "9966.9亿元"), (3, "接近1万亿元")])]
    doc = check(tmp_path, capsys, text.format("9千亿元"))
    assert pairs(doc) == [("stated", "fails", [(3, "9966.9亿元"), (3, "接近9千亿元")])]
    assert duplicate_findings(doc) == [("FC901", "error", 3)]


@pytest.mark.parametrize(("sentence", "figures"), [
    ("1月24日，东莞交出了2021年“经济答卷”，GDP达{}亿元，突破万亿里程碑。", ["{}亿元", "突破万亿"]),
    ("作为工业大市，苏州一季度规模以上工业总产值突破万亿，达{}亿元，同比增长9.6%。", ["突破万亿", "{}亿元"]),
])
def test_a_restatement_without_its_unit(tmp_path, capsys, sentence, figures):
    """A magnitude written without its unit restates the figure in 元 beside it (news-gba-ipo-2021
    line 3, stat-suzhou-2022q1 line 7, stat-gd-js-sd-gdp-2021 line 17: 增加了9966.9亿元，接近1万亿):
    it is a number of 元, and a restatement that disagrees is an error."""
    doc = check(tmp_path, capsys, "经济\n\n" + sentence.format("10855.35") + "\n")
    shown = [f.format("10855.35") for f in figures]
    assert pairs(doc) == [("stated", "holds", [(3, shown[0]), (3, shown[1])])]
    doc = check(tmp_path, capsys, "经济\n\n" + sentence.format("9855.35") + "\n")
    shown = [f.format("9855.35") for f in figures]
    assert pairs(doc) == [("stated", "fails", [(3, shown[0]), (3, shown[1])])]
    assert duplicate_findings(doc) == [("FC901", "error", 3)]


@pytest.mark.parametrize(("sentence", "figures"), [
    ("2017年研究生报考人数首破200万人大关，达到{}万。", ["破200万人", "{}万"]),
    ("2021年末西安常住人口{}万人，常住人口总量首次突破了1300万。", ["{}万人", "突破1300万"]),
])
def test_a_count_restated_without_its_measure_word(tmp_path, capsys, sentence, figures):
    """A count in any measure word (人, 家, 座 …, not only 个) and a magnitude without it restate
    one figure: N万人大关，达到M万 (news-kaoyan-2021 line 37), M万人，首次突破N万 (a city's
    population in the news); a restatement that disagrees is an error."""
    holds, fails = ("201", "199") if "200万人" in sentence else ("1316.3", "1296.3")
    doc = check(tmp_path, capsys, "人数\n\n" + sentence.format(holds) + "\n")
    assert pairs(doc) == [("stated", "holds", [(3, f.format(holds)) for f in figures])]
    doc = check(tmp_path, capsys, "人数\n\n" + sentence.format(fails) + "\n")
    assert pairs(doc) == [("stated", "fails", [(3, f.format(fails)) for f in figures])]
    assert duplicate_findings(doc) == [("FC901", "error", 3)]


@pytest.mark.parametrize(("second", "verdict"), [("396", "holds"), ("296", "fails")])
def test_a_flow_restated_by_its_level(tmp_path, capsys, second, verdict):
    """A flow's own figure restated (fresh15 A股 IPO line 17: 2020年新增上市公司数量也超过300家，为396家)
    is one figure; only a stock word after the flow (新增150万亩，达到1.21亿亩) starts another."""
    doc = check(tmp_path, capsys, f"A股\n\n2020年新增上市公司数量也超过300家，为{second}家。\n")
    assert pairs(doc) == [("stated", verdict, [(3, "超过300家"), (3, f"{second}家")])]


def test_the_subject_named_again_between_the_figures(tmp_path, capsys):
    doc = check(tmp_path, capsys, "东莞经济\n\n2021年东莞GDP为10855.35亿元，同比增长8.2%，成为地区生产总值"
                                  "突破1万亿元的城市。\n")
    assert pairs(doc) == [("stated", "holds", [(3, "10855.35亿元"), (3, "突破1万亿元")])]


@pytest.mark.parametrize("sentence", [
    "全市营业收入比上年增加20.5亿元，达到120.3亿元。",  # a change, then the new level
    "全市森林面积新增150万亩，达到1.21亿亩。",  # a flow, then the stock it reached
    "森林面積凈增150萬畝，達到1.21億畝。",  # the same, traditional (smoke48 fujian-forest line 2)
    "全市营业收入达到100.2亿元，为50.1亿元的两倍。",  # the second figure is the base of a multiple
    "全市营业收入由100.2亿元增至120.1亿元。",  # from one level to another
    "全市存款余额达到1000.5亿元，贷款余额为800.2亿元。",  # another subject
    "全市存款余额达到1000.5亿元，2020年为800.2亿元。",  # another period
    "7、8月，全市营业收入分别为10.5亿元、12.1亿元。",  # a list
    "而在去年同期，上海市GDP为7856.62亿元，安徽省GDP为7821.3亿元。",  # another place
])
def test_figures_side_by_side_that_are_not_a_restatement(tmp_path, capsys, sentence):
    doc = check(tmp_path, capsys, f"某市经济\n\n{sentence}\n")
    assert pairs(doc) == []


# --- the same subject stated again (linked) ---------------------------------------------------

HEADLINE = ("4.9%！三季度GDP同比增速放缓\n\n"
            "初步核算，前三季度国内生产总值82.31万亿元，按可比价格计算，同比增长9.8%。"
            "三季度同比增长{}，两年平均增长4.9%。\n")


def test_a_headline_and_its_body(tmp_path, capsys):
    doc = check(tmp_path, capsys, HEADLINE.format("4.9%"))
    assert pairs(doc) == [("linked", "holds", [(1, "4.9%"), (3, "4.9%")])]
    doc = check(tmp_path, capsys, HEADLINE.format("5.9%"))
    assert pairs(doc) == [("linked", "warning", [(1, "4.9%"), (3, "5.9%")])]
    [finding] = [f for f in doc["findings"] if f["code"] == "FC901"]
    assert finding["severity"] == "warning"
    assert "(paired by: the same label «生产总值», period 三季度, no place named and measure growth " \
           "rate)" in finding["message"]


LEAD = ("山东经济\n\n2021年，山东生产总值为83095.9亿元，比上年增长8.3%。\n\n"
        "山东省政府新闻办公室发布的信息显示，2021年山东省经济稳中向好。全年地区生产总值达到{}万亿元。\n")


def test_a_lead_and_a_later_paragraph(tmp_path, capsys):
    doc = check(tmp_path, capsys, LEAD.format("8.3"))
    assert pairs(doc) == [("linked", "holds", [(3, "83095.9亿元"), (5, "8.3万亿元")])]
    doc = check(tmp_path, capsys, LEAD.format("7.3"))
    assert pairs(doc) == [("linked", "warning", [(3, "83095.9亿元"), (5, "7.3万亿元")])]
    [finding] = [f for f in doc["findings"] if f["code"] == "FC901"]
    assert finding["message"].startswith(
        "gdp (83095.9亿元) and gdp_2 (7.3万亿元) state the same figure (paired by: the same label "
        "«生产总值», period 2021 and place 山东) but do not agree")


QUOTE = ("就业形势\n\n前三季度，全国城镇新增就业1045万人，完成全年目标的95.0%。\n\n付凌晖表示，前三季度，"
         "全国城镇新增就业{}万人。\n")


def test_a_figure_repeated_in_a_quote(tmp_path, capsys):
    doc = check(tmp_path, capsys, QUOTE.format("1045"))
    assert pairs(doc) == [("linked", "holds", [(3, "1045万人"), (5, "1045万人")])]
    doc = check(tmp_path, capsys, QUOTE.format("1054"))
    assert pairs(doc) == [("linked", "warning", [(3, "1045万人"), (5, "1054万人")])]
    assert duplicate_findings(doc) == [("FC901", "warning", 5)]


def test_a_statement_made_again_is_one_check_of_its_figures(tmp_path, capsys):
    """A level with its growth rates stated in the lead and again, together, in a later section
    (stat-cn-2021q3 lines 5 and 37): each rate pairs with the rate of the same subject, and the
    figures stated together are one check; a rate that changed is a warning naming the two
    statements."""
    text = ("全国经济\n\n"
            "前三季度，全国居民人均可支配收入26265元，扣除价格因素同比实际增长9.7%，两年平均增长5.1%。\n\n"
            "前三季度，全国居民人均可支配收入26265元，扣除价格因素同比实际增长9.7%，两年平均增长{}。\n")
    doc = check(tmp_path, capsys, text.format("5.1%"))
    assert pairs(doc) == [("linked", "holds", [(3, "26265元"), (3, "9.7%"), (3, "5.1%"),
                                               (5, "26265元"), (5, "9.7%"), (5, "5.1%")])]
    doc = check(tmp_path, capsys, text.format("5.7%"))
    assert [p[1] for p in pairs(doc)] == ["warning"]
    [finding] = [f for f in doc["findings"] if f["code"] == "FC901"]
    assert (finding["severity"], finding["line"]) == ("warning", 5)
    assert finding["message"] == (
        "f3_3 (5.1%) and f5_3 (5.7%) state the same figure (paired by: the same figures stated "
        "together again: «26265元，扣除价格因素同比实际增长9.7%，两年平均增长5.1%», then "
        "«26265元，扣除价格因素同比实际增长9.7%，两年平均增长5.7%») but do not agree; the article "
        "ties these figures (5.1%, 5.7%) only across sentences, by their subject and period: confirm "
        "the relation before trusting the verdict")


def test_a_bare_rate_takes_the_subject_of_the_sentence_before(tmp_path, capsys):
    text = ("全国经济\n\n前三季度，国内生产总值82.31万亿元，同比增长9.8%。三季度同比增长4.9%。\n\n"
            "付凌晖介绍，前三季度国内生产总值823131亿元，同比增长9.8%。分季度看，一季度同比增长18.3%，"
            "二季度增长7.9%，三季度同比增长4.9%。\n")
    doc = check(tmp_path, capsys, text)
    assert pairs(doc) == [("linked", "holds", [(3, "82.31万亿元"), (3, "9.8%"), (5, "823131亿元"),
                                               (5, "9.8%")]),
                          ("linked", "holds", [(3, "4.9%"), (5, "4.9%")])]


def test_one_of_a_list_of_periods_is_the_figure_of_its_period(tmp_path, capsys):
    text = ("失业率\n\n9月份，全国城镇调查失业率为{}。\n\n"
            "7、8、9三个月，全国城镇调查失业率分别为5.1%、5.1%和4.9%，走势稳中有降。\n")
    doc = check(tmp_path, capsys, text.format("4.9%"))
    assert pairs(doc) == [("linked", "holds", [(3, "4.9%"), (5, "4.9%")])]
    doc = check(tmp_path, capsys, text.format("5.1%"))
    assert pairs(doc) == [("linked", "warning", [(3, "5.1%"), (5, "4.9%")])]


def test_a_place_compared_with_is_not_the_figures_place(tmp_path, capsys):
    text = ("某市2023年统计公报\n\n全年全市规模以上工业增加值增长8.3%。\n\n全年全省地区生产总值增长5.8%。\n\n"
            "全市地区生产总值增速高于全省0.4个百分点。全年规模以上工业增加值增长8.3%，高于全省1.1个百分点。\n")
    doc = check(tmp_path, capsys, text)
    assert pairs(doc) == [("linked", "holds", [(3, "8.3%"), (7, "8.3%")])]


def test_a_restated_threshold_pairs_with_the_same_threshold_elsewhere(tmp_path, capsys):
    text = ("江苏经济\n\n江苏2021年GDP数据为116364.2亿元，迈上11万亿元新台阶。\n\n"
            "江苏省统计局分析称，2021年，全省GDP迈上11万亿元新台阶。\n")
    doc = check(tmp_path, capsys, text)
    assert pairs(doc) == [("stated", "holds", [(3, "116364.2亿元"), (3, "迈上11万亿元")]),
                          ("linked", "holds", [(3, "116364.2亿元"), (3, "迈上11万亿元"),
                                               (5, "迈上11万亿元")])]


def test_a_figure_stated_three_times_is_one_check(tmp_path, capsys):
    """The lead, a section heading and the section's body state one growth rate (stat-cn-2021q3
    lines 5, 11 and 13; the growth a level carries — 82.31万亿元，…同比增长9.8% — is a rate of
    that level's subject): one check of the three copies, each compared with the first."""
    text = ("全国经济\n\n初步核算，前三季度国内生产总值（GDP）82.31万亿元，按可比价格计算，同比增长9.8%。\n\n"
            "关注点一：前三季度GDP同比增长{}\n\n"
            "付凌晖介绍，初步核算，前三季度国内生产总值823131亿元，按可比价格计算，同比增长9.8%。\n")
    doc = check(tmp_path, capsys, text.format("9.8%"))
    assert ("linked", "holds", [(3, "9.8%"), (5, "9.8%"), (7, "9.8%")]) in pairs(doc)
    doc = check(tmp_path, capsys, text.format("8.9%"))  # the heading's rate names no basis: it
    # restates the real growth rate 按可比价格计算 makes the others, and is compared as one
    assert ("linked", "warning", [(3, "9.8%"), (5, "8.9%"), (7, "9.8%")]) in pairs(doc)


DAQING = ("大庆经济\n\n从产业增速看，三次产业均实现正增长：第一产业实现增加值47.5亿元，同比增长4.4%，"
          "增速比一季度提高1.3个百分点，拉动GDP增长0.1个百分点；第二产业实现增加值730.5亿元，同比增长0.1%，"
          "增速比一季度提高0.5个百分点。\n\n农林牧渔业实现增加值47.5亿元，同比增长{}，增速比一季度提高{}。\n")


def test_a_statement_repeated_in_the_same_words_under_another_name(tmp_path, capsys):
    """A level with its rate stated again in a later section in the same words, the subject named
    otherwise (第一产业 / 农林牧渔业, 中直经济 / 中直工业 in stat-daqing-2016h1 lines 9/19, 11/31,
    13/33): the level and its rate written the same tie the statement; the figures stated after
    them in the same words are compared (at most a warning)."""
    doc = check(tmp_path, capsys, DAQING.format("4.4%", "1.3个百分点"))
    assert pairs(doc) == [("linked", "holds", [(3, "47.5亿元"), (3, "4.4%"), (3, "1.3个百分点"),
                                               (5, "47.5亿元"), (5, "4.4%"), (5, "1.3个百分点")])]
    doc = check(tmp_path, capsys, DAQING.format("4.4%", "3.1个百分点"))
    assert [p[1] for p in pairs(doc)] == ["warning"]
    [finding] = [f for f in doc["findings"] if f["code"] == "FC901"]
    assert finding["message"].startswith(
        "f3_2 (1.3个百分点) and f5_2 (3.1个百分点) state the same figure (paired by: the same figures "
        "stated together again: «47.5亿元，同比增长4.4%，增速比一季度提高1.3个百分点», then «47.5亿元，"
        "同比增长4.4%，增速比一季度提高3.1个百分点»)")


def test_a_level_written_the_same_with_another_rate_is_not_a_restatement(tmp_path, capsys):
    """Two subjects may share a level; only the level and its rate written the same tie two
    statements under different names."""
    doc = check(tmp_path, capsys, DAQING.format("5.4%", "1.3个百分点"))
    assert pairs(doc) == []


def test_a_statement_made_again_as_a_check_in_a_fact_file(tmp_path, capsys):
    """`same: [[a, b], [a.growth, c]]`: one relation tested over every copy, each list compared
    on its own; `<claim>.growth` is the rate a claim carries."""
    path = tmp_path / "f.yaml"
    path.write_text("factcheck: 1\nclaims:\n"
                    "  gdp: {label: 第一产业增加值, value: 47.5亿元, growth: 4.4%}\n"
                    "  gdp_again: {label: 农林牧渔业增加值, value: 47.5亿元}\n"
                    "  rate_again: {label: 农林牧渔业增加值增长, value: 4.6%}\n"
                    "checks:\n  - {id: again, same: [[gdp, gdp_again], [gdp.growth, rate_again]]}\n"
                    "  - {id: no_rate, same: [gdp_again.growth, rate_again]}\n", encoding="utf-8")
    doc = run_check([path], capsys, "--show-checks", "--isolated").doc
    [record] = [r for r in doc["checks"] if r["check"] == "again"]
    assert (record["verdict"], [c["id"] for c in record["claims"]]) == (
        "fails", ["gdp", "gdp.growth", "gdp_again", "rate_again"])
    assert sorted((f["code"], f["check"] or "", f["message"]) for f in doc["findings"]
                  if f["code"] != "FC102") == [
        ("FC013", "", "'gdp_again' states no growth rate in %"),
        ("FC901", "again", "gdp (4.4%) and rate_again (4.6%) state the same figure but do not agree")]


def test_the_size_of_the_economy_is_its_gdp(tmp_path, capsys):
    """经济总量 names the GDP (news-shenzhen-3trillion-2021 line 9; stat-haidian-gdp-2021,
    stat-kunshan-yiwu-2021): 深圳GDP破3万亿元 in the headline, 2021年，深圳经济总量突破3万亿元
    below; the 经济总量 of 2010 and 2016 are other figures, and so is the target the words after
    a figure name (line 51: 实现经济总量达到4万亿元“十四五”经济目标). Line 73's 随着深圳正式宣布GDP
    突破3万亿, without its unit, is the same figure in 元 (tests/test_discover_dup7.py)."""
    text = (ARTICLES / "news-shenzhen-3trillion-2021.txt").read_text(encoding="utf-8")
    doc = check(tmp_path, capsys, text, name="shenzhen.txt")
    assert [p for p in pairs(doc) if p[2][0][0] == 1] == [
        ("linked", "holds",
         [(1, "破3万亿元"), (5, "突破3万亿元"), (9, "突破3万亿元"), (73, "突破3万亿")])]


def test_a_heading_that_opens_with_its_figure(tmp_path, capsys):
    """A section heading that opens with its figure names the subject and place after it (news-gba-
    ipo-2021 line 11: 111家粤港澳大湾区企业IPO, between two statements of 企业IPO数量达111家; the
    headline form of stat-cn-2021q3: 4.9%！三季度GDP…); X数量 is the count of X."""
    text = ("大湾区IPO\n\n2021年，粤港澳大湾区企业IPO数量达111家，占全国IPO数量的16.6%。\n\n"
            "{}家粤港澳大湾区企业IPO\n\n2021年，粤港澳大湾区企业IPO数量达111家，占全国IPO企业数量的16.6%。\n")
    doc = check(tmp_path, capsys, text.format("111"))
    assert ("linked", "holds", [(3, "111家"), (5, "111家"), (7, "111家")]) in pairs(doc)
    doc = check(tmp_path, capsys, text.format("117"))
    assert ("linked", "warning", [(3, "111家"), (5, "117家"), (7, "111家")]) in pairs(doc)


JOBS = ("全国经济\n\n初步核算，前三季度国内生产总值82.31万亿元。进一步看，前三季度，"
        "全国城镇新增就业1045万人，完成全年目标的95.0%。\n\n关注点二：城镇新增就业人数完成全年目标任务{}\n\n"
        "前三季度，全国城镇新增就业1045万人，完成全年目标的95.0%。\n")


def test_the_share_of_a_target_done_under_a_heading_that_names_no_period(tmp_path, capsys):
    """完成全年目标的95.0% is how much of its sentence's subject's target is done (完成全年目标
    任务, 完成年度计划的 …); a section heading that names no period or place has those of its
    section's first sentence (stat-cn-2021q3 lines 5, 21 and 23)."""
    doc = check(tmp_path, capsys, JOBS.format("95.0%"))
    assert ("linked", "holds", [(3, "95.0%"), (5, "95.0%"), (7, "95.0%")]) in pairs(doc)
    doc = check(tmp_path, capsys, JOBS.format("59.0%"))
    assert ("linked", "warning", [(3, "95.0%"), (5, "59.0%"), (7, "95.0%")]) in pairs(doc)


def test_the_share_of_a_target_done_is_its_own_subjects(tmp_path, capsys):
    """Three subjects, each with the share of its own target done, in one paragraph of a city's
    statistics bureau (完成年度目标任务的50.1% / 50.7% / 49.3%): a later paragraph's 工业投资 pairs
    with the 工业投资's, not with another subject's."""
    text = ("投资\n\n1-6月，全市完成固定资产投资1414.4亿元，同比增长18.2%，完成年度目标任务的50.1%。"
            "全市完成工业投资770.1亿元，同比增长16.2%，完成年度目标任务的50.7%；完成服务业投资640.9亿元，"
            "同比增长23.4%，完成年度目标任务的49.3%。\n\n"
            "1-6月，全市完成工业投资770.1亿元，完成年度目标任务的50.7%。\n")
    doc = check(tmp_path, capsys, text)
    assert pairs(doc) == [("linked", "holds", [(3, "770.1亿元"), (3, "50.7%"), (5, "770.1亿元"),
                                               (5, "50.7%")])]


# --- never paired -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # different places in one article
    "粤苏鲁经济\n\n2021年，江苏GDP为116364.2亿元，增长8.6%。\n\n2021年，山东GDP为83095.9亿元，增长8.3%。\n",
    "具体数据\n\n2021年广东第一产业增加值为5003.66亿元；第二产业增加值为50219.19亿元。\n\n"
    "2021年，江苏第一产业增加值4722.4亿元；第二产业增加值51775.4亿元。\n",
    # the city's figure and the province's
    "某市2021年经济运行\n\n2021年，全市地区生产总值为500.5亿元。全市一般公共预算收入为50.2亿元。\n\n"
    "2021年，全省地区生产总值为5000.5亿元。\n",
    # different years, different parts of a year
    "某市经济\n\n2020年，全市地区生产总值为1000.5亿元。\n\n2021年，全市地区生产总值为1100.8亿元。\n",
    "某市经济\n\n一季度，全市地区生产总值为500.5亿元。\n\n上半年，全市地区生产总值为1100.8亿元。\n",
    "某市经济\n\n2021年\n\n全市地区生产总值为1000.5亿元。\n\n2022年\n\n全市地区生产总值为1100.8亿元。\n",
    # the level of the base year
    "山东经济\n\n2021年，山东生产总值为83095.9亿元。\n\n山东生产总值比2020年的73129亿元增加了9966.9亿元。\n",
    "省份经济\n\n安徽省一季度的GDP为9529.1亿元。而在去年同期，安徽省GDP为7821.3亿元。\n",
    # two-year average against the quarter's own growth
    "全国经济\n\n三季度，国内生产总值同比增长4.9%。\n\n三季度，国内生产总值两年平均增长5.2%。\n",
    # GDP and one industry's value added; a level and a growth rate
    "某市经济\n\n2021年，全市地区生产总值为1000.5亿元。\n\n2021年，全市第二产业增加值为1000.5亿元。\n",
    "某市经济\n\n2021年，全市工业增加值为100.5亿元。\n\n2021年，全市工业增加值增长7.5%。\n",
    # changes against different bases
    "某市经济\n\n上半年，全市GDP增速比一季度提高1.2个百分点。\n\n上半年，全市GDP增速比上年同期提高2.2个百分点。\n",
    # a projection and the actual figure
    "某市经济\n\n2022年，全市地区生产总值为500.5亿元。\n\n2022年，全市地区生产总值预计为550.5亿元。\n",
    # generic labels
    "某市经济\n\n其中，增长7.5%。\n\n其中，增长8.5%。\n\n合计120亿元。\n\n合计130亿元。\n",
    # one of a list (分别), an aside in parentheses
    "投资\n\n前三季度，高技术制造业和高技术服务业投资同比分别增长25.4%、6.6%。\n\n"
    "前三季度，高技术服务业投资同比增长25.4%。\n",
    "失业率\n\n9月份，全国城镇调查失业率为5.1%。\n\n7、8三个月，全国城镇调查失业率分别为5.1%、5.1%和4.9%。\n",
    "投资\n\n中直投资完成159.5亿元，同比下降11.7%（同期为下降9.8%）。\n\n中直投资同比下降9.8%。\n",
    # the parts of two different ratios
    "经济结构\n\n中直与地方经济比重为31.3：68.7。\n\n油与非油经济比重为22.5：77.5。\n",
    # a level of two significant digits and its rate, written the same for two subjects
    "工业\n\n农副产品加工业实现增加值14亿元，同比下降2.3%。\n\n建材业实现增加值14亿元，同比下降2.3%。\n",
], ids=["provinces", "provinces-by-paragraph", "city-and-province", "years", "quarter-and-half",
        "years-in-headings",
        "base-year", "a-year-before", "two-year-average", "gdp-and-industry", "level-and-growth", "bases",
        "projection", "generic", "respectively", "respectively-miscounted", "parentheses",
        "ratio-parts", "two-digit-level"])
def test_never_paired(tmp_path, capsys, text):
    doc = check(tmp_path, capsys, text)
    assert pairs(doc) == []
    assert duplicate_findings(doc) == []


def test_a_long_paragraph_is_read_in_linear_time():
    """Each paragraph's places and periods are read once: 1500 figures in one paragraph of
    sentences that each name a city took 40 s when every figure read its paragraph again."""
    from factcheck.article import article_from_text
    from factcheck.discover import duplicate
    from factcheck.discover.claims import build_draft
    from factcheck.discover.scope import Scope

    cities, labels = "南京 苏州 无锡 常州 徐州 南通 扬州".split(), "工业投资 民间投资 技改投资".split()
    sentences = [f"2021年{cities[k % 7]}市{labels[k % 3]}完成{k + 100}.5亿元，同比增长{k % 30}.5%"
                 for k in range(1500)]
    article = article_from_text("标题\n\n" + "。".join(sentences) + "。\n")
    scope = Scope(build_draft(article))
    _, seconds = cpu_seconds(lambda: duplicate.find(scope))
    assert seconds < 10


# --- the corpus of real articles --------------------------------------------------------------

def _corpus():
    sys.path.insert(0, str(ROOT / "tests"))
    import corpus

    return corpus


def test_no_duplicate_error_on_the_real_articles_and_their_restatements_are_tested():
    corpus = _corpus()
    tested = 0
    for gold in corpus.corpus():
        score = corpus.score(gold, corpus.api_run)
        failing = any(r.get("kind") == "duplicate" and r.get("holds") is False for r in gold.relations)
        assert failing or [e for e in score.errors if e["code"] == "FC901"] == [], gold.name
        duplicates = [r for r in gold.relations if r.get("kind") == "duplicate"
                      and r.get("holds") in (True, False)]
        tested += sum(r not in score.untested for r in duplicates)
    assert tested >= 31  # of 71 gold duplicates (18 before one check per figure); `python tests/corpus.py -v`


MUTATIONS = [  # stated restatements of stat-gd-js-sd-gdp-2021, each figure changed so they disagree
    (13, "116364.2亿元", "106364.2亿元"), (13, "迈上11万亿元", "迈上12万亿元"),
    (19, "突破8万亿元", "突破9万亿元"), (19, "达到8.3万亿元", "达到7.3万亿元"),
    (19, "突破7千亿元", "突破8千亿元"), (19, "达到7284.5亿元", "达到6284.5亿元"),
    (19, "突破3万亿元", "突破4万亿元"), (19, "达到33714.5亿元", "达到23714.5亿元"),
]


@pytest.mark.parametrize(("line", "before", "after"), MUTATIONS,
                         ids=[f"{m[0]}-{m[1]}" for m in MUTATIONS])
def test_a_broken_restatement_in_a_real_article_is_an_error_naming_the_figure(
        tmp_path, capsys, line, before, after):
    text = (ARTICLES / "stat-gd-js-sd-gdp-2021.txt").read_text(encoding="utf-8")
    lines = text.split("\n")
    column = lines[line - 1].index(before)
    lines[line - 1] = lines[line - 1].replace(before, after, 1)
    doc = check(tmp_path, capsys, "\n".join(lines), name="stat-gd-js-sd-gdp-2021.txt")
    named = [f for f in doc["findings"] if f["severity"] == "error" and f["code"] == "FC901"
             and any(c["article"]["line"] == line
                     and c["article"]["column"] <= column + 1 < c["article"]["end_column"] + 1
                     for c in f["claims"])]
    assert len(named) == 1
    assert "paired by: a restatement in one sentence" in named[0]["message"]


@pytest.mark.parametrize("text", [
    # an education bulletin: each school level's 在校生人数 under its own numbered item
    "某市2021年教育事业统计公报\n\n2、小学招生人数102331人，比去年减少11470人；在校生人数621791人，"
    "比上年增加12398人。\n\n3、初中招生人数82967人，比去年减少1350人；在校生人数243085人，比去年"
    "增加10511人。\n",
    # two income lines of one firm, each 营收占比
    "东方财富2022年上半年业绩\n\n经纪业务收入9.6亿元，营收占比达到23%。\n\n投资收益及公允价值变动损益"
    "共计6.50亿元，同比增长59%，营收占比达到15.6%。\n",
])
def test_figures_far_apart_under_one_label_are_two_figures_not_one(tmp_path, capsys, text):
    """Two figures an article ties only by their label (在校生人数, 营收占比) are one figure
    stated twice only if they agree or one could be the other misprinted or revised
    (discover/misprint.py): 621791人 and 243085人 are two school levels, not a slip."""
    doc = check(tmp_path, capsys, text)
    assert duplicate_findings(doc) == []
    assert not any(c["kind"] == "duplicate" for c in doc["checks"])


# --- a bound restated by the exact level after it (linked) ------------------------------------

_TWO_CITIES = ("春风得意马蹄疾的是上海和北京，这两座城市2021年GDP双双突破4万亿大关，携手晋级4万亿之城。\n\n"
               "其中，北京2021年GDP达到{}亿元，增长8.5%。上海2021年GDP达到了{}亿元，增长8.1%。\n")


def test_a_bound_of_two_places_restated_by_a_level(tmp_path, capsys):
    """A bound stated of a subject for several places (上海和北京…GDP双双突破4万亿大关, stat-cities-
    gdp-2021 line 11), then in the next sentences the exact level of each of them (北京2021年GDP
    达到40269.6亿元, 上海…43214.85亿元): each level is within the bound (one check of the bound and
    both levels, discover/bounds.py's relation); one below it is a warning at its line."""
    doc = check(tmp_path, capsys, "城市GDP\n\n" + _TWO_CITIES.format("40269.6", "43214.85"))
    assert pairs(doc) == [("linked", "holds", [(5, "40269.6亿元"), (3, "4万亿以上")]),
                          ("linked", "holds", [(3, "突破4万亿"), (5, "40269.6亿元"),
                                               (5, "43214.85亿元")])]
    assert duplicate_findings(doc) == []
    doc = check(tmp_path, capsys, "城市GDP\n\n" + _TWO_CITIES.format("38269.6", "43214.85"))
    assert pairs(doc)[1] == ("linked", "warning", [(3, "突破4万亿"), (5, "38269.6亿元"),
                                                   (5, "43214.85亿元")])
    assert duplicate_findings(doc) == [("FC901", "warning", 3), ("FC901", "warning", 5)]
    doc = check(tmp_path, capsys, "城市GDP\n\n" + _TWO_CITIES.format("40269.6", "33214.85"))
    assert pairs(doc)[1] == ("linked", "warning", [(3, "突破4万亿"), (5, "40269.6亿元"),
                                                   (5, "33214.85亿元")])
    assert ("FC901", "warning", 5) in duplicate_findings(doc)


def test_a_bound_of_one_place_and_its_level_one_check(tmp_path, capsys):
    """A bound of one place (深圳GDP突破3万亿元) and its level in the next sentence have the same
    key too: they are one check, not two."""
    text = "深圳经济\n\n2021年，深圳GDP突破3万亿元，迈入全球城市前列。深圳2021年GDP为{}亿元，同比增长6.7%。\n"
    doc = check(tmp_path, capsys, text.format("30664.85"))
    assert pairs(doc) == [("linked", "holds", [(3, "30664.85亿元"), (3, "突破3万亿元")])]
    doc = check(tmp_path, capsys, text.format("29664.85"))
    assert pairs(doc) == [("linked", "warning", [(3, "29664.85亿元"), (3, "突破3万亿元")])]


@pytest.mark.parametrize("after", [
    "其中，北京2020年GDP达到36102.6亿元。",  # another period
    "其中，天津2021年GDP达到15695亿元。",  # another place
    "其中，北京2021年进出口总额达到30438.4亿元。",  # another subject
    "其中，北京2021年GDP比上年增加4167亿元。",  # a change
    "北京的发展离不开创新。\n\n北京2021年GDP达到36269.6亿元。",  # not the next sentence
])
def test_a_bound_not_restated(tmp_path, capsys, after):
    """A level of another period, place or subject, a change, or a level after a sentence
    without figures does not restate the bound."""
    bound = "这两座城市上海和北京2021年GDP双双突破4万亿大关。"
    doc = check(tmp_path, capsys, "城市GDP\n\n" + bound + after + "\n")
    assert pairs(doc) == []


# --- a place in a class of economies (linked) -------------------------------------------------

@pytest.mark.parametrize(("text", "figures"), [
    ("在万亿GDP城市中，另外一匹黑马是合肥。\n\n2021年，合肥GDP达{}万亿，在全国所有城市中排名第19名。",
     [(5, "{}万亿"), (3, "万亿以上")]),
    ("省政府工作报告官宣2021年广东省GDP达{}万亿元，广东成为目前全国第一个12万亿大省。",
     [(3, "{}万亿元"), (3, "12万亿以上")]),
    ("当前，随着深圳正式宣布GDP突破{}万亿，深圳都市圈已经有了3万亿量级的深圳、1万亿量级的东莞。",
     [(3, "突破{}万亿"), (3, "3万亿量级")]),
])
def test_a_place_in_a_class_of_economies(tmp_path, capsys, text, figures):
    """A class of places by the size of their economy names its members: the places after 在…中
    (在万亿GDP城市中，…合肥, news-kcb-24cities-2022 lines 31, 81), the place before 成为, 跻身,
    晋级 (广东成为…12万亿大省, news-shenzhen-3trillion-2021 line 63; 东莞跻身第24座万亿之城,
    stat-cities-gdp-2021 line 39), the place after 量级的 (line 73): the member's GDP of that
    period is in the class. Who reports the GDP (省政府工作报告官宣, 正式宣布) is not its subject."""
    holds, fails = ("12.4", "11.4") if "12万亿" in text else ("1.14", "0.94") if "合肥" in text \
        else ("3", "2")
    doc = check(tmp_path, capsys, "经济\n\n" + text.format(holds) + "\n")
    assert pairs(doc) == [("linked", "holds", [(line, w.format(holds)) for line, w in figures])]
    doc = check(tmp_path, capsys, "经济\n\n" + text.format(fails) + "\n")
    assert pairs(doc) == [("linked", "warning", [(line, w.format(fails)) for line, w in figures])]


@pytest.mark.parametrize("text", [
    "冲刺万亿俱乐部的不只有城市，海淀区2021年GDP为9502.5亿元。",  # a goal, not a member
    "与万亿GDP城市相比，嘉兴2021年GDP为6355.28亿元。",  # compared with, not in it
    "千亿级产业集群达到5个，嘉兴2021年GDP为6355.28亿元。",  # a class of industries
])
def test_no_member_of_a_class(tmp_path, capsys, text):
    """A class aimed at (冲刺), compared with, or of something else than places' economies names
    no member."""
    doc = check(tmp_path, capsys, "经济\n\n" + text + "\n")
    assert pairs(doc) == []


# tests/data/smoke/local-gov-bonds-jan-jul-2021.txt lines 3 and 10 (财政部 release via 新浪财经)
BONDS = ("2021年7月地方政府债券发行和债务余额情况\n"
         "7月，地方政府债券平均发行期限11.6年；地方政府债券平均发行利率3.31%，其中一般债券3.12%，"
         "专项债券3.43%。\n截至2021年7月{end}，地方政府债券剩余平均年限7.2年；平均利率3.52%，其中一般债券"
         "3.51%，专项债券3.52%。\n")


@pytest.mark.parametrize("end", ["末", "底"])
def test_a_months_flow_is_not_the_stock_at_its_end(article, end) -> None:
    """7月's issue rates and the rates of the stock 截至7月末 are two figures (three false FC901)."""
    _, doc = article(BONDS.format(end=end))
    assert [f for f in doc["findings"] if f["severity"] in ("error", "warning")] == []

