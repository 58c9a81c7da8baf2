"""A count of some of the things another count is of (discover/among.py), through
`factcheck check ARTICLE`: real sentences of the news corpus (tests/data/articles), then with the
part larger than the whole.
"""

from __future__ import annotations

import pytest


def written(record: dict) -> list[str]:
    return [c["written"] for c in record["claims"]]


def errors(doc: dict) -> list[tuple[str, list[str]]]:
    return [(f["code"], [c["written"] for c in f["claims"]]) for f in doc["findings"]
            if f["severity"] == "error"]


# --- a count of some of the things another count is of: 90个区县中仅有8个 -------------------------------
@pytest.mark.parametrize(("text", "part", "whole"), [
    ("从县域角度看，公开数据显示，浙江省90个区县中仅有{n}低于全国人均收入。\n", "8个", "90个"),
    ("在今年第一季度，苏州新上市的4家公司中有{n}都来自半导体产业。\n", "3家", "4家"),
])
def test_a_count_among_a_count_is_at_most_it(article, text, part, whole) -> None:
    """N个X中(仅)有M个…: M of the N things (without a comma after 中; with one, the counts a
    sentence splits)."""
    code, doc = article(text.format(n=part))
    [found] = [r for r in doc["checks"] if r["kind"] == "breakdown"]
    assert code == 0 and (found["how"], found["verdict"]) == ("stated", "holds")
    assert sorted(written(found)) == sorted([part, whole])
    more = str(int(whole[:-1]) + 1) + whole[-1]
    code, doc = article(text.format(n=more))
    assert code == 1 and [e[0] for e in errors(doc)] == ["FC301"]


@pytest.mark.parametrize("text", [
    "全市35个行业大类中有七成行业实现增长。\n",  # a share of them, not a count
    "全市共有企业120家，其中规上企业45家。\n",  # 其中 after a comma: the breakdown of a total
])
def test_no_count_among_a_count_without_the_words(article, text) -> None:
    _, doc = article(text)
    assert [r for r in doc["checks"] if r["check"] and r["check"].endswith("_among")] == []
