"""A growth over several years and its yearly average stated in one sentence (discover/compound.py),
through `factcheck check ARTICLE`: 比2019年同期增长8.5%，两年平均增长4.2% is checked as
(1 + 4.2%)² = 1 + 8.5%; a 同比 rate is never taken as the growth over the years. Sentences from
the 2021 releases of the corpus (深圳 1-11月, 国家统计局 1—11月份工业利润, 广东 1-2月)."""

from __future__ import annotations

import pytest


def averages(doc: dict) -> list[dict]:
    return [c for c in doc["checks"] if c["kind"] == "expression"]


def figures(check: dict) -> set[str]:
    return {c["written"] for c in check["claims"]}


SHENZHEN = "2021年1-11月，全市固定资产投资同比下降0.6%，比2019年同期增长8.5%，两年平均增长{avg}%。\n"


@pytest.mark.parametrize(("avg", "verdict"), [("4.2", "holds"), ("4.1", "holds"),
                                              ("4.5", "fails"), ("3.9", "fails")])
def test_two_year_average_against_the_growth_since_2019(article, avg, verdict) -> None:
    """Form: 比2019年同期增长g，两年平均增长a — sqrt(1.085) − 1 = 4.16%, within 4.2% and 4.1%'s
    rounding; 4.5% and 3.9% are not. The 同比 rate before them takes no part."""
    code, doc = article(SHENZHEN.format(avg=avg))
    [r] = averages(doc)
    assert figures(r) == {"8.5%", f"{avg}%"}
    assert (r["how"], r["verdict"]) == ("stated", verdict)
    assert code == (1 if verdict == "fails" else 0)
    if verdict == "fails":
        [e] = [f for f in doc["findings"] if f["severity"] == "error"]
        assert f"(1 + {avg}%) * (1 + {avg}%) == 1 + 8.5%" in e["message"]  # figures, not ids
        assert {c["article"]["line"] for c in e["claims"]} == {1}


def test_the_growth_over_the_years_attached_to_a_level(article) -> None:
    """Form: 利润总额L，同比增长g1，比2019年1—11月份增长g2，两年平均增长a — the nearest rate
    naming its base year; a level's own rate works the same way (增加值L，比2019年同期增长g)."""
    code, doc = article("1—11月份，全国规模以上工业企业实现利润总额79750.1亿元，同比增长38.0%，"
                        "比2019年1—11月份增长41.3%，两年平均增长18.9%。\n"
                        "规模以上工业增加值2376.3亿元，比2019年同期增长11.1%，两年平均增长5.9%。\n")
    verdicts = sorted((r["verdict"], r["claims"][0]["article"]["line"]) for r in averages(doc))
    assert verdicts == [("fails", 2), ("holds", 1)]  # sqrt(1.111) − 1 = 5.40%
    assert code == 1


def test_three_year_average(article) -> None:
    """Form: 比2019年增长g，三年平均增长a — (1 + a)³ = 1 + g: 1.05³ = 1.157625."""
    _, doc = article("2022年全市地区生产总值比2019年增长15.8%，三年平均增长5.0%。\n")
    [r] = averages(doc)
    assert r["verdict"] == "holds"
    _, doc = article("2022年全市地区生产总值比2019年增长15.8%，三年平均增长5.3%。\n")
    assert averages(doc)[0]["verdict"] == "fails"


@pytest.mark.parametrize("text", [
    "社会消费品零售总额同比增长12.0%，两年平均增长3.9%。\n",  # the year before is not stated
    "投资比2019年同期增长8.5%，工业增加值达到2376.3亿元，两年平均增长4.2%。\n",  # another subject
])
def test_no_average_without_the_growth_over_the_years_just_before(article, text) -> None:
    """A 同比 rate is one year's growth, and a level between the two rates may be the average's
    subject: nothing is paired."""
    code, doc = article(text)
    assert averages(doc) == []
    assert code == 0
