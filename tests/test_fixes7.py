"""Session 8, fixes7: differences read in linear time; one registry of words that are no names;
预期 in a measure's name (预期寿命) is no projection; an age band in a measure's name (3岁以下婴幼儿
托位数) is no figure; and the differences and multiples the text states in general forms. Each form
on real sentences (their source in the comments), the same sentence with one figure changed (the
error names that figure), and near misses that must not pair."""

from __future__ import annotations

import time

# --- difference: linear in the length of a paragraph ---------------------------------------------


def _cpu_seconds_of_differences(sentences: list[str]) -> float:
    from factcheck.article import article_from_text
    from factcheck.discover import difference
    from factcheck.discover.claims import build_draft
    from factcheck.discover.scope import Scope

    scope = Scope(build_draft(article_from_text("标题\n\n" + "。".join(sentences) + "。\n")))
    start = time.process_time()
    found = difference.find(scope)
    seconds = time.process_time() - start
    assert len(found) >= len(sentences) - 7
    return seconds


def _gaps_and_changes(n: int) -> list[str]:
    """One paragraph of n sentences, each a gap to another city or a change from the year before."""
    cities = "南京 苏州 无锡 常州 徐州 南通 扬州".split()
    gap = "{}地区生产总值为{}.5亿元，这一数据高出{}{}.2亿元"
    change = "{}财政收入{}.5亿元，比上年的{}.5亿元增加1000亿元"
    return [gap.format(cities[k % 7], k + 1000, cities[(k + 1) % 7], k % 50 + 1) if k % 2
            else change.format(cities[k % 7], k + 2000, k + 1000) for k in range(n)]


def test_differences_are_found_in_time_linear_in_a_paragraph():
    """600 gap sentences in one paragraph took 18 s when each gap looked at every level before it
    (and read the whole paragraph before each for its period): twice the sentences now take about
    twice the time, not four times (CPU time, the best of two runs, so a loaded machine does not
    decide)."""
    small, large = (min(_cpu_seconds_of_differences(_gaps_and_changes(n)) for _ in range(2))
                    for n in (400, 800))
    assert large < 3 * small + 0.05, (small, large)
