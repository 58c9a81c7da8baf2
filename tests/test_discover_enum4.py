"""Counts and the names listed with them (discover/enumeration.py), on real sentences through
`factcheck check ARTICLE`: as written, with one count changed (the error names it), and the near
misses where no list must be read.
"""

from __future__ import annotations

import pytest


def records(doc: dict) -> list[dict]:
    return [c for c in doc["checks"] if c["kind"] == "enumeration"]


def written(record: dict) -> list[str]:
    return [c["written"] for c in record["claims"]]


def errors(doc: dict) -> list[tuple[str, int, int, list[str]]]:
    return [(f["code"], f["line"], f["column"], [c["written"] for c in f["claims"]])
            for f in doc["findings"] if f["severity"] == "error"]


# --- a clause of names, then their count: 广州、深圳、佛山、东莞，全省4个“万亿元”城市 -----------------
#: tests/data/articles/news-shenzhen-3trillion-2021.txt line 69 (21世纪经济报道)
TRILLION = "粗算一下，广州、深圳、佛山、东莞，全省{n}“万亿元”城市，GDP加起来占全省GDP的七成左右。\n"
#: code corpus, stored file id 66549158102 (a Chinese JavaScript tutorial on Promise.all), as written
WEATHER = ("通过axios发起四个城市的天气请求，每个请求返回Promise对象，分别对应北京、上海、广州、深圳，"
           "{n}城市的天气会同时显示在页面上。\n")


@pytest.mark.parametrize(("text", "n", "wrong", "column"),
                         [(TRILLION, "4个", "7个", 20), (WEATHER, "四个", "三个", 52)])
def test_a_count_of_places_after_a_clause_of_their_names(article, text, n, wrong, column) -> None:
    """The clause before a count of places lists nothing but their names: the count counts them."""
    code, doc = article(text.format(n=n))
    assert code == 0 and errors(doc) == []
    assert [(r["verdict"], written(r)) for r in records(doc) if n in written(r)] == \
        [("holds", [n])]
    code, doc = article(text.format(n=wrong))
    assert code == 1 and errors(doc) == [("FC601", 1, column, [wrong])]


@pytest.mark.parametrize("text", [
    # a count of other things after a list of names: what the names hold, not the names
    "全市新建学校、医院、公园，共12个项目同时开工。\n",
    # a count the names are among (全国35个城市中)
    "北京、上海、广州，全国35个城市中排名靠前。\n",
    # a clause with figures is no clause of names
    "广州增长8.1%、深圳增长6.7%，全省4个城市GDP均超万亿元。\n",
])
def test_no_count_of_a_clause_of_names(article, text) -> None:
    code, doc = article(text)
    assert code == 0 and errors(doc) == [] and records(doc) == []
