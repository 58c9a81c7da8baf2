"""A stock and what was added to it found in articles (discover/stockflow.py), through
`factcheck check ARTICLE`: 新增 N … 累计/总数/现有 M in one sentence, or in the sentence after when
it opens with 至此 / 截至…末; the stock holds what was added (N ≤ M).
"""

from __future__ import annotations

import pytest


def stocks(doc: dict) -> list[dict]:
    return [c for c in doc["checks"] if c["kind"] == "stock-flow"]


def figures(check: dict) -> set[str]:
    return {c["written"] for c in check["claims"]}


FOSHAN = ("2021年佛山再度发力，新增上市公司达7家，其中4家在创业板、科创板上市。至此，佛山境内外上市公司"
          "总数达{stock}家。\n")


@pytest.mark.parametrize(("stock", "verdict"), [("70", "holds"), ("5", "fails")])
def test_the_stock_after_zhici_holds_what_was_added(article, stock, verdict) -> None:
    """Form: 新增X n家，其中…。至此，X总数达m家 — 至此 ties the stock to the flow of the sentence
    before (not to the 4家 listed as its part): stated, an error when m < n."""
    code, doc = article(FOSHAN.format(stock=stock))
    [r] = stocks(doc)
    assert figures(r) == {"7家", f"{stock}家"}
    assert (r["how"], r["verdict"]) == ("stated", verdict)
    assert code == (1 if verdict == "fails" else 0)


def test_the_stock_at_the_end_of_a_month_after_the_flow(article) -> None:
    """Form: 前4个月，新增X n家…。截至4月末，共有X m家."""
    _, doc = article("前4个月，新增首发上市公司35家，首发募资总额263.24亿元；退市9家。截至4月末，"
                     "境内股票市场共有上市公司5372家。\n")
    [r] = stocks(doc)
    assert figures(r) == {"35家", "5372家"}
    assert (r["how"], r["verdict"]) == ("stated", "holds")


@pytest.mark.parametrize(("stock", "verdict"), [("10604", "holds"), ("3604", "fails")])
def test_what_there_is_now_holds_what_was_added(article, stock, verdict) -> None:
    """Form: 累计新增X n家，现有m家."""
    _, doc = article(f"2021年，累计新增国家高新技术企业4504家，现有{stock}家，占北京市的37%。\n")
    [r] = stocks(doc)
    assert figures(r) == {"4504家", f"{stock}家"}
    assert (r["how"], r["verdict"]) == ("stated", verdict)


def test_a_total_in_a_later_sentence_without_zhici_is_no_stock(article) -> None:
    """新增…7家。全省上市公司总数达70家 — no word ties the second sentence to the first."""
    _, doc = article("2021年佛山新增上市公司7家。全省上市公司总数达700家。\n")
    assert stocks(doc) == []
