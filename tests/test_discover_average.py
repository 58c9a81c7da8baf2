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
