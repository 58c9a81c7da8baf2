"""Percentages of a whole count (GRIM, discover/feasibility.py): only where the words make the
percentage one of the count — real sentences from unseen articles that raised false FC701 errors,
and the form that must still be checked."""

from __future__ import annotations

import pytest


def feasibility(doc: dict) -> list[dict]:
    return [c for c in doc.get("checks", []) if c["kind"] == "feasibility"]


@pytest.mark.parametrize("text", [
    # tests/data/smoke/provinces-gdp-q1-2022.txt line 5 (新浪财经, 2022-04): each % is a province's
    # own growth rate, in brackets after its name
    "从GDP同比增速来看，共有21个省份增速高于4.8%的全国水平，其中江西（6.9%）、福建（6.7%）、湖北（6.7%）"
    "位列前三。\n",
    # the same article, line 22: the 中 of 中部 is no "among"
    "增速方面，湖南、湖北、江西、山西4个中部省份的增速均保持在6%以上，江西以6.9%领跑全国。\n",
])
def test_a_members_own_percentage_is_no_share_of_the_count(article, text) -> None:
    _, doc = article(text)
    assert feasibility(doc) == []
    assert [f for f in doc["findings"] if f["severity"] == "error"] == []


def test_a_percentage_of_the_people_counted_is_still_checked(article) -> None:
    """在120名学生中，85.3%…: no whole number of 120 students is 85.3% (102 is 85.0%, 103 is
    85.8%)."""
    code, doc = article("在120名学生中，85.3%的学生表示每天锻炼一小时。\n")
    [f] = [f for f in doc["findings"] if f["severity"] == "error"]
    assert f["code"] == "FC701" and code == 1
