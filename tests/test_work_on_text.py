"""The work on an article's text takes the short ways perf21 gave it, and they read as the long
ways did (docs/performance-articles.md, session 21): the folding of a text a run between gaps at a
time, a pattern this run built found in one lookup, the claims of a line read from one table, and
the tests of a level, a share and a unit read without the properties they stand for.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factcheck import article as article_module
from factcheck import patterns
from factcheck.article import _normalise_each, normalise_with_map, read_article
from factcheck.discover.claims import build_draft
from factcheck.discover.labels import named_in
from factcheck.discover.scope import Scope, is_level, is_share, same_unit
from factcheck.interval import Interval

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted((ROOT / "tests/data/articles").glob("*.txt"))

#: texts whose characters fold to none (spaces, invisible ones), to one, or to several (½, ﬁ):
#: the gaps between ASCII figures, the line breaks of headings, a thousands gap
ODD_TEXTS = [
    "", " ", "\n", "2023 5", "1 228.3亿元", "海南省增速排名第二\n  第三产业增长5%",
    "营收\u200b增长\u00ad12%，“同比”‘增长’", "ＧＤＰ１２３４亿元　同比增长５％",
    "面积½亩，ﬁ指数 3 4", "a \u3000 b\n\n c\t\td", " 开头和结尾 ",
]


@pytest.mark.parametrize("text", ODD_TEXTS)
@pytest.mark.parametrize("gaps", [False, True])
def test_folding_a_run_at_a_time_reads_as_a_character_at_a_time(text, gaps):
    fast, slow = normalise_with_map(text, gaps), _normalise_each(text, gaps)
    assert (fast.text, fast.offsets) == (slow.text, slow.offsets)


def test_an_article_is_folded_a_run_at_a_time(monkeypatch):
    """Each distinct character of an ordinary article is folded once, not each of its 4,000."""
    text = ARTICLES[0].read_text(encoding="utf-8")
    calls = []
    fold = article_module.fold
    monkeypatch.setattr(article_module, "fold", lambda ch: calls.append(ch) or fold(ch))
    for gaps in (False, True):
        calls.clear()
        fast = normalise_with_map(text, gaps)
        assert len(calls) == len(set(text)) < len(text) / 4
        slow = _normalise_each(text, gaps)
        assert (fast.text, fast.offsets) == (slow.text, slow.offsets)


def test_a_pattern_built_in_the_run_is_found_in_one_lookup(monkeypatch):
    pattern = patterns.compiled(r"perf21(?:测试)?\d+")
    seen = []
    monkeypatch.setattr(patterns._KEPT, "compile", lambda *a: seen.append(a))
    assert patterns.compiled(r"perf21(?:测试)?\d+") is pattern
    assert seen == []


@pytest.mark.parametrize("path", ARTICLES[:8], ids=lambda p: p.stem)
def test_the_claims_of_a_line_and_the_tests_of_a_claim_read_as_their_definitions(path):
    scope = Scope(build_draft(read_article(path)))
    for line in {c.line for c in scope.claims} | {0, 10 ** 6}:
        assert scope.on_line(line) == [c for c in scope.claims if c.line == line]
    for c in scope.claims:
        f, q = c.figure, c.figure.quantity
        assert is_level(c) == (q is not None and f.kind == "level" and not f.is_rate
                               and q.unit.dimension not in ("pp", "factor", "rank"))
        assert is_share(c) == (q is not None and q.unit.dimension == "ratio" and not f.is_rate
                               and f.kind == "level")
    for a, b in zip(scope.claims, scope.claims[1:] + scope.claims[:1], strict=True):
        qa, qb = a.figure.quantity, b.figure.quantity
        assert same_unit(a, b) == (qa is not None and qb is not None and qa.unit.key == qb.unit.key)


@pytest.mark.parametrize(("lo", "hi", "lo_closed", "hi_closed", "empty"), [
    (1, 2, True, True, False), (2, 1, True, True, True), (1, 1, True, True, False),
    (1, 1, False, True, True), (1, 1, True, False, True), (None, 1, False, True, False),
    (1, None, True, False, False),
])
def test_an_interval_is_empty_only_when_its_ends_cross_or_meet_open(lo, hi, lo_closed, hi_closed, empty):
    assert (Interval.make(lo, hi, lo_closed, hi_closed) is None) == empty


def test_a_later_pattern_binds_only_the_methods_it_is_used_by():
    """Session 22: the first use of a method binds that method alone (most patterns are used by
    one); another method is bound when first used, and reads as the compiled pattern's own."""
    pattern = patterns.later(r"一(二)")
    assert pattern.search("一二").group(1) == "二"
    assert "search" in vars(pattern) and "sub" not in vars(pattern)
    assert pattern.sub("x", "一二三") == "x三" and "sub" in vars(pattern)
    assert pattern.groups == 1 and "groups" in vars(pattern)


@pytest.mark.parametrize(("name", "label", "named"), [
    ("出口", "出口总值", True), ("出口", "进出口总值", False), ("税收入", "非税收入", False),
    ("利润", "净利润和利润总额", True), ("利润", "净利润", False), ("利润", "利润利润", True),
    ("营收", "营业收入", False),
])
def test_a_label_names_a_measure_as_the_pattern_of_its_name_read_it(name, label, named):
    """Session 22: labels.named_in reads what re.finditer(re.escape(name), label) read (a pattern
    of the article's words, compiled in every process), with str.find."""
    by_pattern = any(at == 0 or label[at - 1] not in "进非净"
                     for at in (m.start() for m in re.finditer(re.escape(name), label)))
    assert named_in(name, label) == by_pattern == named
