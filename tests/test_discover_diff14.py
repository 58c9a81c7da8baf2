"""Session 14's differences (discover/difference.py), through `factcheck check ARTICLE`:

- a figure between two others (介于A和B之间), checked as `(x - a) * (x - b) <= 0`;
- a gap to another subject whose levels are bare numbers of the count the gap names
  (分别为972.4万、1076.62万，郑州比武汉少近100万人), with the gap's bound word (近, 约, 超过) read in
  the gap's interval.
"""

from __future__ import annotations

import pytest


def expressions(doc: dict) -> list[dict]:
    return [c for c in doc["checks"] if c["kind"] == "expression"]


def figures(check: dict) -> set[str]:
    return {c["written"] for c in check["claims"]}


# news-graduates-jobs-2022 (第一财经, 2022): the German salaries
SALARY = ("Gehalt.de发布的统计结果显示，2020年德国上班族年收入中位数约为4.3万欧元，技术工人的年薪则是"
          "{x}万欧元，介于大公司5.9万欧元和小公司3.7万欧元的平均年薪之间。\n")


@pytest.mark.parametrize(("x", "verdict"), [("4.2", "holds"), ("3.7", "holds"), ("6.2", "fails"),
                                            ("3.2", "fails")])
def test_a_figure_between_two_others(article, x, verdict) -> None:
    """Form: x，介于A的a和B的b之间 — a ≤ x ≤ b (either order), stated: an error naming x."""
    code, doc = article(SALARY.format(x=x))
    [r] = [r for r in expressions(doc) if f"{x}万欧元" in figures(r)]
    assert figures(r) == {f"{x}万欧元", "5.9万欧元", "3.7万欧元"}
    assert (r["how"], r["verdict"]) == ("stated", verdict)
    assert code == (1 if verdict == "fails" else 0)
    if verdict == "fails":
        [e] = [f for f in doc["findings"] if f["severity"] == "error"]
        assert f"{x}万欧元" in e["message"]


@pytest.mark.parametrize("text", [
    # smoke4 a-share-h1-2021-results: a range of its own, no figure right before 介于
    "此外，还有16家公司的“修正营业利润”增长介于2倍到10倍之间。\n",
    # a range named after its own words (合理区间), not the figure before it
    "该市房价收入比为8.5，合理区间介于4到6之间。\n",
    # figures of another unit
    "技术工人有120万人，年薪介于5.9万欧元和3.7万欧元之间。\n",
])
def test_no_figure_between_two_others(article, text) -> None:
    _, doc = article(text)
    assert not [r for r in expressions(doc) if r["check"].endswith("_between")]
    assert not [f for f in doc["findings"] if f["severity"] in ("error", "warning")]


# news-central-capitals-census-2021 (2021): the two cities' populations in 2016
CITIES = ("2016年，郑州、武汉常住人口分别为972.4万、{wuhan}万，郑州比武汉少近100万人，二者人口增量则均为"
          "15万人左右，十分接近。\n")


@pytest.mark.parametrize(("wuhan", "verdict"), [("1076.62", "fails"), ("1066.62", "holds")])
def test_a_gap_in_people_between_bare_numbers_of_a_list(article, wuhan, verdict) -> None:
    """Form: A、B人口分别为a万、b万，A比B少近d万人 — b − a < d (近: just below), stated. The real
    sentence's 104.22万 is no 近100万 (the gold's inconsistency): an error naming the figures."""
    code, doc = article(CITIES.format(wuhan=wuhan))
    [r] = [r for r in expressions(doc) if "少近100万人" in r["claims"][-1]["quote"]]
    assert figures(r) == {"972.4万", f"{wuhan}万", "近100万人"}
    assert (r["how"], r["verdict"]) == ("stated", verdict)
    assert code == (1 if verdict == "fails" else 0)


def test_a_gap_between_a_list_of_levels_in_other_units_is_not_taken(article) -> None:
    """A bare number stands for the count only when it is a plain level; levels in 亿元 are no
    people: nothing for a gap in 人."""
    text = "2016年，郑州、武汉GDP分别为7994亿元、11913亿元，郑州比武汉少近100万人。\n"
    _, doc = article(text)
    assert not expressions(doc)


# --- an average per year (day) of a total over a span (discover/average.py) ----------------------
def averages(doc: dict) -> list[dict]:
    return [c for c in doc["checks"] if c["kind"] == "average"]


# news-investment-2022m1-2 (2022): a five-year plan's total and its yearly average
PLAN = ("全国人大代表刘飞香称，“十四五”期间，城市轨道交通运营里程有望新增3000公里，预计城轨项目总投资额将"
        "达到3.5万亿元，平均每年{per}亿元的市场规模。\n")


@pytest.mark.parametrize(("per", "verdict"), [("7000", "holds"), ("8000", "warning")])
def test_a_five_year_plans_total_and_its_yearly_average(article, per, verdict) -> None:
    """Form: “十四五”期间…总投资额将达到X，平均每年Y — X / 5年 = Y, stated; a projection (预计), so
    a mismatch is a warning."""
    _, doc = article(PLAN.format(per=per))
    [r] = averages(doc)
    assert {c["written"] for c in r["claims"]} == {"预计3.5万亿元", f"{per}亿元"}
    assert (r["how"], r["verdict"]) == ("stated", verdict)


# smoke8 social-insurance-decade-cnccslywhs (中国就业 2022): nine years since the base year
DECADE = ("2021年，城镇就业人员总量达到46773万人，比2012年增加9486万人，年均增长{per}万人；城镇就业占比进一步"
          "提高到62.7%，比2012年增加13.8个百分点，年均提高1.5个百分点。\n")


@pytest.mark.parametrize(("per", "verdict"), [("1054", "holds"), ("1154", "fails")])
def test_a_change_since_a_base_year_and_its_yearly_average(article, per, verdict) -> None:
    """Form: 2021年…比2012年增加X，年均增长Y — X / 9 = Y, stated: an error naming Y. The yearly
    rise of a share in 百分点 is no average of an amount: not taken."""
    code, doc = article(DECADE.format(per=per))
    [r] = averages(doc)
    assert {c["written"] for c in r["claims"]} == {"9486万人", f"{per}万人"}
    assert (r["how"], r["verdict"]) == ("stated", verdict)
    assert code == (1 if verdict == "fails" else 0)
    if verdict == "fails":
        [e] = [f for f in doc["findings"] if f["severity"] == "error"]
        assert f"{per}万人" in e["message"]


@pytest.mark.parametrize(("text", "verdict"), [
    ("过去5年，全市累计新增城镇就业50万人，年均10万人。\n", "holds"),
    ("过去5年，全市累计新增城镇就业50万人，年均12万人。\n", "fails"),
    ("国庆7天假期，全市共接待游客1000万人次，日均142.9万人次。\n", "holds"),
    ("国庆7天假期，全市共接待游客1000万人次，日均152.9万人次。\n", "fails"),
])
def test_a_span_figure_a_total_and_its_average(article, text, verdict) -> None:
    """Form: 过去N年 (N天假期)，累计 (共) X，年均 (日均) Y — X / N = Y."""
    _, doc = article(text)
    [r] = averages(doc)
    assert (r["how"], r["verdict"]) == ("stated", verdict)


@pytest.mark.parametrize("text", [
    # a level at the span's end, not a sum over it
    "近5年来，全市GDP从1万亿元增加到1.5万亿元，年均增加1000亿元。\n",
    "“十四五”期间，全市GDP将达到3万亿元，年均增加2000亿元。\n",
    # no span named: trading days are not calendar days (smoke: A股 2021)
    "2021年，沪深两市全年总计成交257.21万亿元，日均成交1.06万亿元。\n",
    # an average of another unit
    "“十四五”期间，全市计划投资5000亿元，平均每年新增就业10万人。\n",
    # one year since the base: no average over years
    "2021年末，全国就业人员74652万人，比2020年末减少412万人，年均减少412万人。\n",
])
def test_no_average_over_a_span(article, text) -> None:
    _, doc = article(text)
    assert not averages(doc)
    assert not [f for f in doc["findings"] if f["severity"] in ("error", "warning")]


# --- the highest rate less the lowest (discover/points.py) --------------------------------------
def points(doc: dict) -> list[dict]:
    return [c for c in doc["checks"] if c["kind"] == "points"]


# smoke11 budget-spending-h1-2018-xingtai-stonetrades (邢台 2018): the counties' spending growth
COUNTIES = ("县市区看，20个县（市、区）公共财政预算支出增速有13个县（市、区）高于全市平均水平，"
            "有7个县（市、区）低于全市平均水平，增速最高为邢台县（同比增长55.5%），增速最低为任县（同比{low}），"
            "高低相差{gap}个百分点。\n")


@pytest.mark.parametrize(("low", "gap", "verdict"), [("下降13.2%", "68.7", "holds"),
                                                     ("下降13.2%", "58.7", "fails"),
                                                     ("增长13.2%", "42.3", "holds"),
                                                     ("增长13.2%", "68.7", "fails")])
def test_the_highest_rate_less_the_lowest(article, low, gap, verdict) -> None:
    """Form: 最高为A（增长a%），最低为B（下降b%），高低相差d个百分点 — a − (−b) = d, stated: an error
    naming d."""
    code, doc = article(COUNTIES.format(low=low, gap=gap))
    [r] = points(doc)
    assert {c["written"] for c in r["claims"]} == {"55.5%", low.removeprefix("增长"), f"{gap}个百分点"}
    assert (r["how"], r["verdict"]) == ("stated", verdict)
    assert code == (1 if verdict == "fails" else 0)
    if verdict == "fails":
        [e] = [f for f in doc["findings"] if f["severity"] == "error"]
        assert f"{gap}个百分点" in e["message"]


def test_two_highest_rates_are_no_pair(article) -> None:
    """Two rates named the highest: which one the gap is taken from is a guess — no check."""
    text = ("增速最高为A县（增长55.5%）和B县（增长50.1%），增速最低为C县（下降13.2%），"
            "高低相差68.7个百分点。\n")
    _, doc = article(text)
    assert not points(doc)


@pytest.mark.parametrize("text", [
    # no highest nor lowest named: 相差 of something else
    "一季度增长5.5%，二季度增长4.1%，相差1.4个百分点。\n",
])
def test_no_highest_or_lowest(article, text) -> None:
    _, doc = article(text)
    assert not [f for f in doc["findings"] if f["severity"] in ("error", "warning")]


# --- a gap of no direction: A与B相差d (discover/difference.py) -----------------------------------
# smoke12 provincial-capitals-census-2021-nbd: 南京与苏州人口相差343.4万 (the census levels, which that
# article does not restate, written before it here)
PAIR = ("根据第七次人口普查数据，南京常住人口为931.47万人，苏州常住人口为1274.83万人。"
        "南京与苏州人口相差{gap}万人，差距还在进一步拉大。\n")


@pytest.mark.parametrize(("gap", "verdict"), [("343.4", "holds"), ("353.4", "fails")])
def test_a_gap_between_two_named_subjects(article, gap, verdict) -> None:
    """Form: A为a，B为b。A与B相差d — the higher less the lower; the levels the only ones of their
    names before: stated, an error naming d."""
    code, doc = article(PAIR.format(gap=gap))
    [r] = expressions(doc)
    assert figures(r) == {"931.47万人", "1274.83万人", f"{gap}万人"}
    assert (r["how"], r["verdict"]) == ("stated", verdict)
    assert code == (1 if verdict == "fails" else 0)


@pytest.mark.parametrize("text", [
    # smoke12: the levels are not in the article — nothing to take the gap of
    "根据最新普查数据，南京与苏州人口相差343.4万，且相比十年前，南京16.37%的增长率不及苏州的21.81%。\n",
    # a gap in 百分点 of two rates is no difference of levels
    "南京GDP增长7.5%，苏州GDP增长8.7%，南京与苏州相差1.2个百分点。\n",
])
def test_no_gap_between_two_named_subjects(article, text) -> None:
    _, doc = article(text)
    assert not [r for r in expressions(doc) if r["check"].endswith("_difference")]
    assert not [f for f in doc["findings"] if f["severity"] in ("error", "warning")]
