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
