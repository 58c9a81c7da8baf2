"""The figure reader walks the guards of a numeral's script only (docs/performance-articles.md,
session 22): a guard that stops only a numeral in Chinese characters (三门峡, 一批) is left out of
the table for digits, one that stops only digits (PM2.5, 10:30) out of the table for Chinese
numerals — and the figures read are those the whole table gives.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.article import article_from_text, read_article
from factcheck.figures import figures_in_text, find_figures, guards
from factcheck.figures.scanner import _numeral_start

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = [*sorted((ROOT / "tests/data/articles").glob("*.txt")),
            *sorted((ROOT / "tests/data/smoke30").glob("*.txt"))[:40]]


def _figures(path: Path) -> list[tuple]:
    return [(f.start, f.end, f.written, f.kind, f.error) for f in find_figures(read_article(path))]


def test_the_tables_by_script_keep_the_order_of_the_guards():
    for chinese, table in guards.BY_SCRIPT.items():
        order = [g for g in guards.GUARDS if g in table]
        assert list(table) == order, chinese
        left_out = guards.DIGITS_ONLY if chinese else guards.CHINESE_ONLY
        assert set(guards.GUARDS) - set(table) == {*guards._HEAD, *left_out}


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_each_guard_left_out_stops_no_numeral_of_the_other_script(path):
    """At every numeral the reader can start at in a real article, past the reading of it: a
    guard of one script returns None on a numeral of the other."""
    article = read_article(path)
    s = article.scan.text
    for i in range(len(s)):
        if not _numeral_start(s, i):
            continue
        c = guards.Candidate(article, s, i, [], None)
        if any(g(c) is not None for g in guards._HEAD):
            continue
        for g in guards.DIGITS_ONLY if c.chinese else guards.CHINESE_ONLY:
            assert g(c) is None, (path.name, s[i:i + 12], g.__name__)


@pytest.mark.parametrize("path", ARTICLES[:28], ids=lambda p: p.stem)
def test_the_figures_read_are_those_of_the_whole_table(path, monkeypatch):
    by_script = _figures(path)
    whole = guards.GUARDS[len(guards._HEAD):]
    monkeypatch.setattr(guards, "BY_SCRIPT", {True: whole, False: whole})
    assert _figures(path) == by_script


@pytest.mark.parametrize(("text", "kept", "dropped"), [
    ("三门峡市生产总值增长5.2%，PM2.5浓度下降8.1%。", ["5.2%", "下降8.1%"], ["三", "2.5"]),
    ("会议于10:30开始，全市新增企业一批，共1200家。", ["1200家"], ["10", "30", "一批"]),
])
def test_what_a_guard_of_one_script_stops_stays_stopped(text, kept, dropped):
    written = [f.written for f in figures_in_text(text)]
    assert all(k in written for k in kept), written
    assert not any(d in written for d in dropped), written


def test_a_candidate_knows_its_script():
    article = article_from_text("增长三成，增长30%。", "a.txt")
    s = article.scan.text
    chinese = guards.Candidate(article, s, s.index("三"), [], None)
    digits = guards.Candidate(article, s, s.index("30"), [], None)
    assert chinese.chinese and not digits.chinese
