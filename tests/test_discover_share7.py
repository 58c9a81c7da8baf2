"""Shares, shares that add up to 100% and per-unit figures in the words of real texts, through
`factcheck check ARTICLE` (discover/share.py, proportion.py, average.py): each form with real
sentences (their source given), the same sentence with one figure changed (an error at that
figure when the sentence states the relation, a warning when it is tied across sentences) and a
near miss that must pair nothing."""

from __future__ import annotations

import pytest
from helpers import error_findings as errors


def checks(doc: dict, kind: str) -> list[dict]:
    return [c for c in doc["checks"] if c["kind"] == kind]


def names(finding: dict, printed: str, changed: str) -> bool:
    """Whether a finding names the figure at the first place ``changed`` is printed."""
    at = printed.index(changed) + 1
    return any(c["article"]["line"] == 1 and c["article"]["column"] <= at < c["article"]["end_column"]
               for c in finding["claims"])


# --- a yearly average over the years its sentence names ---------------------------------------
# the dev article news-central-capitals-census-2021 (每日经济新闻 via 新浪财经), its line 45
ZHENGZHOU = ("根据最新人口普查数据，过去{years}年，郑州常住人口增加397.4万人、年均增量为39.74万，武汉常住人口"
             "增加253.5万人、年均增量25.35万。\n")
# 中宣部“中国这十年”发布会 (http://stresscarki.com/c65028.html)
JOBS = ("会上,人社部副部长李忠表示,这十年,就业局势保持总体稳定,城镇新增就业年均超过1300万人,{years}年累计"
        "实现城镇新增就业1.3亿人,调查失业率总体低于预期控制目标。\n")


@pytest.mark.parametrize("text", [ZHENGZHOU, JOBS])
def test_the_years_of_a_yearly_average_are_its_count(article, text) -> None:
    """过去10年…增加X、年均增量为Y: the check names the 10年 of the sentence, read as 10 years."""
    code, doc = article(text.format(years="10"))
    found = checks(doc, "average")
    assert found and all(r["verdict"] == "holds" for r in found)
    assert all(any(c["written"] == "10年" for c in r["claims"]) for r in found)
    assert code == 0


def test_changed_years_are_an_error_naming_them(article) -> None:
    printed = ZHENGZHOU.format(years="40")
    code, doc = article(printed)
    assert code == 1 and errors(doc)
    assert all(names(e, printed, "40年") for e in errors(doc))
