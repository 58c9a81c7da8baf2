"""Counts with the names listed with them (discover/enumeration.py, figures/names.py), on real
sentences through `factcheck check ARTICLE`: as written, with one count changed (the error names
its line:column), and the near misses that must not pair. The article's first line is its title,
so each text opens with one.
"""

from __future__ import annotations

import pytest
from helpers import error_findings

TITLE = "标题\n"


def named(doc: dict, line: int, at: int, width: int) -> bool:
    """Whether an error names a claim printed over columns [at, at + width) of the line."""
    return any(c.get("article") and c["article"]["line"] == line and c["article"]["column"] < at + width
               and at < max(c["article"]["end_column"], c["article"]["column"] + 1)
               for f in error_findings(doc) for c in f["claims"])


def holds_then_fails(article, text: str, written: str, wrong: str) -> dict:
    """The text as written passes with an enumeration check; with ``written`` changed to ``wrong``
    an error names it."""
    code, doc = article(TITLE + text)
    assert code == 0 and error_findings(doc) == [], error_findings(doc)
    assert any(c["kind"] == "enumeration" for c in doc["checks"]), doc["checks"]
    changed = text.replace(written, wrong, 1)
    code, bad = article(TITLE + changed)
    line = changed.split("\n")[0]
    assert code == 1 and named(bad, 2, line.index(wrong) + 1, len(wrong)), bad["findings"]
    return doc


def quiet(article, text: str) -> None:
    """No error, and no enumeration check either."""
    code, doc = article(TITLE + text)
    assert code == 0 and error_findings(doc) == [], error_findings(doc)
    assert not any(c["kind"] == "enumeration" for c in doc["checks"]), doc["checks"]


# --- the size of a group, then its members in brackets: 三大运营商（电信、移动、联通） ----------------------
#: tests/data/articles/news-city-revenue-2022q1.txt line 19 (《中国经济周刊》)
TOP_TEN = ("但是，对比2022年十大GDP主要城市（上海、北京、深圳、广州、重庆、苏州、成都、杭州、南京和武汉），"
           "排名变动不小。\n")
#: code corpus, stored file id 23367476383 (a script that simulates web access logs), as written
CARRIERS = "包含三大运营商（电信、移动、联通）的网络\n"
#: code corpus, stored file id 56754625269 (IPTV m3u8 生成器设计), as written
JIANGSU_IPTV = "从 GITV EPG API 拉取江苏省三大运营商（联通、移动、电信）的 IPTV 直播源。\n"
#: code corpus, stored file id 71300557729 (a guide for international students), as written
BANKS = "国际学生在中国开户，通常选择四大行（工行、农行、中行、建行）或地区银行（招行、浦发等）。\n"


@pytest.mark.parametrize(("text", "written", "wrong"), [
    (TOP_TEN, "十大", "九大"), (CARRIERS, "三大", "四大"), (JIANGSU_IPTV, "三大", "五大"),
    (BANKS, "四大", "五大")])
def test_a_group_with_its_members_in_brackets(article, text, written, wrong) -> None:
    holds_then_fails(article, text, written, wrong)


@pytest.mark.parametrize("text", [
    # code corpus, stored file id 16995720589: the initials of the banks, no names
    "这个版本经过优化，可以处理来自四大行（工、建、农、中）的不同流水格式。\n",
    # code corpus, stored file id 53475028290: a note on them, no names
    "关注：长江电力（股息率3.5%+）、中国神华（股息率5%+）、四大行（股息率5%+）。\n",
    # code corpus, stored file id 31841279867: one name
    "目标公司：四大行（AI Labs）。\n",
    # some of them only
    "三大运营商（如电信、移动）均已开通。\n",
])
def test_brackets_that_name_no_members(article, text) -> None:
    quiet(article, text)
