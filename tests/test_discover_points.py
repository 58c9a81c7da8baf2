"""Differences of two stated rates in 百分点 found in articles (discover/points.py), through
`factcheck check ARTICLE`: holding, failing, at the rounding edge, and the texts where the other
rate is not the one the difference is against.
"""

from __future__ import annotations

import pytest


def points(doc: dict) -> list[dict]:
    return [c for c in doc["checks"] if c["kind"] == "points"]


HITECH = ("作为工业大市，苏州一季度规模以上工业总产值突破万亿，达10051.6亿元，同比增长9.6%。规模以上工业中，"
          "大型企业产值同比增长9.4%，中型企业产值增长11.2%，小微型企业产值增长8.7%。\n\n"
          "据介绍，一季度高技术制造业实现产值3508.8亿元，同比增长12.8%，{words}{pp}个百分点。\n")


@pytest.mark.parametrize(("pp", "verdict"), [("3.2", "holds"), ("3.1", "holds"), ("3.3", "holds"),
                                             ("3.4", "warning"), ("2.2", "warning")])
def test_higher_than_the_rate_of_the_subject_named(article, pp, verdict) -> None:
    # 12.8 − 9.6 is 3.1 to 3.3 with the roundings; the rates are in two paragraphs: linked
    code, doc = article(HITECH.format(words="高于规模以上工业", pp=pp))
    [r] = points(doc)
    assert (r["how"], r["verdict"]) == ("linked", verdict)
    assert {c["written"] for c in r["claims"]} == {"12.8%", "9.6%", f"{pp}个百分点"}
    assert code == 0  # a warning at most


def test_lower_than_with_a_difference_written_without_a_sign(article) -> None:
    _, doc = article(HITECH.format(words="低于规模以上工业", pp="3.2"))
    [r] = points(doc)
    assert r["verdict"] == "warning"  # 12.8% is higher, not lower


def test_a_subject_of_another_period_is_not_the_other_rate(article) -> None:
    # Beijing's 1.2% is for 2020; Haidian's 12.9% is for the first three quarters of 2021
    _, doc = article("2020年，北京市GDP为36102.6亿元，同比增长1.2%。其中海淀区GDP为8504.6亿元，同比增长"
                     "5.9%。2021年的成绩单同样喜人——前三季度，海淀区GDP为7146.8亿元，同比增长12.9%，"
                     "高于北京市2.2个百分点。\n")
    assert points(doc) == []


UNEMPLOYMENT = ("前三季度，全国城镇新增就业1045万人。9月份，全国城镇调查失业率为4.9%，比上月下降{pp}"
                "个百分点。\n\n"
                "7、8、9三个月，全国城镇调查失业率分别为5.1%、5.1%和4.9%，走势稳中有降。7、8、9三个月，"
                "25-59岁就业主体人群的城镇调查失业率分别为4.2%、4.3%和4.2%。\n")


@pytest.mark.parametrize(("pp", "verdict"), [("0.2", "holds"), ("0.3", "holds"), ("0.5", "warning")])
def test_a_rate_against_last_month_in_a_list_of_months(article, pp, verdict) -> None:
    _, doc = article(UNEMPLOYMENT.format(pp=pp))
    [r] = points(doc)
    assert r["verdict"] == verdict
    lines = {(c["written"], c["article"]["line"]) for c in r["claims"]}
    assert ("5.1%", 3) in lines and ("4.9%", 1) in lines and ("4.3%", 3) not in lines


def test_a_narrower_fall_is_a_rise_of_the_rate(article) -> None:
    # 降幅收窄: −1.2% after −3.4% is 2.2个百分点 narrower
    text = ("一季度，中直经济增加值下降3.4%。\n\n上半年，中直经济增加值下降1.2%，降幅比一季度收窄{pp}个"
            "百分点。\n")
    _, doc = article(text.format(pp="2.2"))
    [r] = points(doc)
    assert r["verdict"] == "holds"
    _, doc = article(text.format(pp="1.2"))
    assert [r["verdict"] for r in points(doc)] == ["warning"]


def test_a_difference_against_a_rate_not_stated_finds_nothing(article) -> None:
    _, doc = article("全市第一产业实现增加值185亿元，同比增长8.5%，增速比上年提高1.5个百分点，"
                     "高于全市平均水平4个百分点。\n")
    assert points(doc) == []


HANGZHOU = ("其中杭州上半年GDP达到了8646亿元，同比增长12.7%；两年平均增长7.0%，两年平均增速比一季度加快0.8个"
            "百分点。上半年，杭州全市数字经济核心产业增加值2306亿元，占GDP的26.7%，同比增长16.7%；两年平均"
            "增长13.6%，高于GDP增速{pp}个百分点。\n")


@pytest.mark.parametrize(("pp", "verdict"), [("6.6", "holds"), ("6.9", "warning")])
def test_higher_than_the_gdp_rate_of_the_same_kind(article, pp, verdict) -> None:
    """Form: 某产业…两年平均增长a，高于GDP增速d个百分点 — the GDP's own two-year average (7.0%), not
    its 同比 rate (12.7%) nor the share 占GDP的26.7%; across sentences: linked."""
    code, doc = article(HANGZHOU.format(pp=pp))
    [r] = [r for r in points(doc) if f"{pp}个百分点" in {c["written"] for c in r["claims"]}]
    assert {c["written"] for c in r["claims"]} == {"13.6%", "7.0%", f"{pp}个百分点"}
    assert (r["how"], r["verdict"]) == ("linked", verdict)
    assert code == 0


def test_higher_than_the_gdp_rate_stated_in_the_sentence(article) -> None:
    """Form: GDP同比增长g，其中工业增加值增长a，高于GDP增速d个百分点 — both rates in the sentence: stated."""
    text = ("上半年，全市地区生产总值同比增长12.5%，其中规模以上工业增加值同比增长16.7%，"
            "高于全市GDP增速{pp}个百分点。\n")
    code, doc = article(text.format(pp="4.2"))
    [r] = points(doc)
    assert (r["how"], r["verdict"]) == ("stated", "holds")
    code, doc = article(text.format(pp="5.2"))
    assert points(doc)[0]["verdict"] == "fails"
    assert code == 1


# --- against the region's rate (全国) ----------------------------------------------------------
PROVINCES = ("从GDP同比增速看，27个省份全部达到两位数增长，其中8个省份GDP增速超过18.3%的全国平均水平。\n\n"
             "一季度浙江省GDP为16347亿元，同比增长19.5%，增速仅次于湖北省。19.5%的增速，也高于全国平均值"
             "{pp}个百分点。\n\n"
             "数据显示，海南省一季度GDP为1395.99亿元，同比增长19.8%。\n\n"
             "19.8%的同比增速目前仅次于湖北省，全国排名第二。这一数据还高出全国{pp2}个百分点。\n")


@pytest.mark.parametrize(("pp", "pp2", "verdicts"), [
    ("1.2", "1.5", ["holds", "holds"]), ("1.1", "1.4", ["holds", "holds"]),
    ("2.2", "1.5", ["warning", "holds"]), ("1.2", "0.5", ["holds", "warning"])])
def test_higher_than_the_national_rate_stated_before(article, pp, pp2, verdicts) -> None:
    """The general form: a rate 高于全国(平均水平/平均值)、高出全国 x个百分点, against the region's
    rate of the same thing stated earlier in the article, by the words after it (超过18.3%的全国
    平均水平); the rate restated as X%的增速 or referred to by 这一数据 is the growth of what it was
    stated for (GDP). Two sentences apart: linked, a warning at most."""
    code, doc = article(PROVINCES.format(pp=pp, pp2=pp2))
    found = sorted(points(doc), key=lambda r: r["line"])
    assert [(r["how"], r["verdict"]) for r in found] == [("linked", v) for v in verdicts]
    assert [{(c["written"], c["article"]["line"]) for c in r["claims"]} for r in found] == [
        {("19.5%", 3), ("18.3%", 1), (f"{pp}个百分点", 3)},
        {("19.8%", 7), ("18.3%", 1), (f"{pp2}个百分点", 7)}]
    assert code == 0


def test_the_national_rate_of_another_thing_is_not_the_benchmark(article) -> None:
    # the national GDP rate is stated, not the national rate of industrial value added
    _, doc = article("其中8个省份GDP增速超过18.3%的全国平均水平。\n\n一季度，安徽省规模以上工业增加值同比增长"
                     "26.3%，增幅比全国高1.8个百分点。\n")
    assert points(doc) == []


def test_two_national_rates_that_differ_leave_the_benchmark_unknown(article) -> None:
    # which of the two national GDP rates the difference is against, the words do not say
    _, doc = article("全国GDP同比增长18.3%，两年平均增长5.0%。一季度全国GDP增速为18.3%，上年同期全国GDP"
                     "增速为-6.8%。\n\n浙江省一季度GDP同比增长19.5%，高于全国1.2个百分点。\n")
    assert points(doc) == []


def test_a_two_year_average_is_not_compared_with_a_years_growth(article) -> None:
    # 两年平均: against the region's two-year average, which the article does not state
    _, doc = article("其中8个省份GDP增速超过18.3%的全国平均水平。\n\n海南省一季度GDP同比增长19.8%；"
                     "海南省GDP两年平均增长7%，高于全国1.5个百分点。\n")
    assert points(doc) == []


def test_this_figure_is_the_only_rate_of_the_sentence_before(article) -> None:
    # 这一数据 refers back; with two rates in the sentence before it names neither
    _, doc = article("其中8个省份GDP增速超过18.3%的全国平均水平。\n\n海南省一季度GDP同比增长19.8%，"
                     "两年平均增长7%。这一数据还高出全国1.5个百分点。\n")
    assert points(doc) == []


@pytest.mark.parametrize(("pp", "code"), [("1.2", 0), ("2.2", 1)])
def test_the_national_rate_in_the_sentence_of_the_difference(article, pp, code) -> None:
    """The same form with both rates in the difference's sentence: stated, an error naming the
    difference when it fails."""
    exit_code, doc = article(f"一季度，全国GDP同比增长18.3%，浙江省GDP同比增长19.5%，高于全国{pp}"
                             "个百分点。\n")
    [r] = points(doc)
    assert r["how"] == "stated" and exit_code == code
    if code:
        [f] = [f for f in doc["findings"] if f["severity"] == "error"]
        assert f["code"] == "FC131" and f"{pp}个百分点" in {c["written"] for c in f["claims"]}
