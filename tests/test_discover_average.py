"""Averages found in articles (discover/average.py), through `factcheck check ARTICLE`: a GDP per
head is checked against the total and the count only when the sentence names the count it
divides by (按…N人计算)."""

from __future__ import annotations

import pytest


def averages(doc: dict) -> list[dict]:
    return [c for c in doc["checks"] if c["kind"] == "average"]


def figures(check: dict) -> set[str]:
    return {c["written"] for c in check["claims"]}


YIWU = ("而义乌市2021年GDP总量仅为1730.2亿元，按2020年全市常住人口{count}万人计算，"
        "2021年义乌人均GDP约9.31万元。\n")


@pytest.mark.parametrize(("count", "verdict"), [("185.94", "holds"), ("185.68", "warning"),
                                               ("175.94", "fails")])
def test_gdp_per_head_by_the_population_the_sentence_names(article, count, verdict) -> None:
    """Form: 总量A，按…N人计算，人均X约B — B = A / N, the count named in 按…计算 (a 约 makes a
    failure within twice its rounding a warning: 9.318万 against 约9.31万)."""
    _, doc = article(YIWU.format(count=count))
    [r] = averages(doc)
    assert figures(r) == {"1730.2亿元", f"{count}万人", "约9.31万元"}
    assert (r["how"], r["verdict"]) == ("stated", verdict)


def test_gdp_per_head_without_the_count_it_divides_by_is_not_checked(article) -> None:
    """人均GDP comes from the average population: a year-end count in the sentence is not it."""
    _, doc = article("全市GDP总量为1730.2亿元，年末常住人口185.94万人，人均GDP为9.31万元。\n")
    assert averages(doc) == []


@pytest.mark.parametrize("text", [
    # tests/data/smoke/shandong-h1-2022.txt line 20 (新浪财经, 2022-07)
    "最新数据显示，2022上半年，全国城镇新增就业654万人，全国城镇调查失业率平均为5.7%，其中二季度平均为5.8%。\n",
    # 国家统计局 monthly release wording (2021-12): the same pair of a count and an average rate
    "1-11月份，全国城镇新增就业1207万人，全国城镇调查失业率平均为5.1%，其中11月份为5.0%。\n",
])
def test_an_average_rate_is_never_a_total_over_a_count(article, text) -> None:
    """失业率平均为5.7% is a mean of monthly rates: neither it nor the quarter's 5.8% is a
    total divided by the 654万 new jobs (a false FC450 error on an unseen article)."""
    _, doc = article(text)
    assert averages(doc) == []
    assert [f for f in doc["findings"] if f["severity"] == "error"] == []
