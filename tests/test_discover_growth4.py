"""Growth against parts, points, contributions and multiples found in articles (session 6,
growth4), through `factcheck check ARTICLE`: each form on real sentences (source in the
docstring), the same sentence with one figure changed, and a near miss that must not pair."""

from __future__ import annotations

import pytest


def checks_of(doc: dict, kind: str) -> list[dict]:
    return [c for c in doc["checks"] if c["kind"] == kind]


def figures(check: dict) -> list[str]:
    return [c["written"] for c in check["claims"]]


def places(finding: dict) -> set[tuple[int, int]]:
    return {(c["article"]["line"], c["article"]["column"]) for c in finding["claims"]}


# --- 是全国平均数的x倍: a per-head income against the national one the article states ---------
# stat-kunshan-yiwu-2021 (tests/data/articles); the same form in 内蒙古 (ppdoc.com periodical
# b6268a2e…: 人均GDP实现4638美元…是全国平均水平的近1.5倍).
INCOME = ("国家统计局数据显示，2021年全国居民人均可支配收入是35128元，比上年增长9.1%，扣除价格因素，"
          "实际增长8.1%。全国居民人均可支配收入中位数29975元，增长8.8%。\n\n"
          "从10强县（市）人均收入数据来看，排名第一的义乌市人均可支配收入为77468元/年，是全国平均数的"
          "{yiwu}倍，即便是排名第10位的余姚市（63381元/年），居民可支配收入也是全国平均数的{yuyao}倍。\n")


def test_a_yearly_income_as_a_multiple_of_the_national_average(article) -> None:
    """Form: X元/年，是全国平均数的x倍 — the national level of the same measure stated before (in
    元: a year's income, the same money as 元/年), linked by its words."""
    code, doc = article(INCOME.format(yiwu="2.2", yuyao="1.8"))
    found = checks_of(doc, "multiple")
    assert [(figures(c), c["verdict"]) for c in found] == [
        (["77468元/年", "35128元", "2.2倍"], "holds"), (["63381元/年", "35128元", "1.8倍"], "holds")]
    assert code == 0


@pytest.mark.parametrize(("yiwu", "yuyao", "column"), [("2.5", "1.8", 50), ("2.2", "1.1", 94)])
def test_a_wrong_multiple_of_the_national_average_is_a_warning_at_it(article, yiwu, yuyao,
                                                                    column) -> None:
    """The factor changed by a digit: a warning (the national figure is tied by its words only)
    that names the factor's place."""
    code, doc = article(INCOME.format(yiwu=yiwu, yuyao=yuyao))
    [w] = [f for f in doc["findings"] if f["code"] == "FC401"]
    assert w["severity"] == "warning" and (3, column) in places(w) and code == 0


def test_a_median_is_not_the_average_a_multiple_is_of(article) -> None:
    """With only the national median (中位数) stated, 是全国平均数的x倍 has no base."""
    text = INCOME.replace("2021年全国居民人均可支配收入是35128元，比上年增长9.1%，扣除价格因素，"
                          "实际增长8.1%。", "")
    _, doc = article(text.format(yiwu="2.2", yuyao="1.8"))
    assert checks_of(doc, "multiple") == []
