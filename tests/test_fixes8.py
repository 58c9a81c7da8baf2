"""Session 9, fixes8: the reading defects left from session 8 — the scan linear in one endless
clause; a count of provinces read as a count (27省份 = 27个省份); place names that hold numerals
(五台县, 三门峡) are no figures; an earthquake's magnitude (5.7级地震) is no count; a 人均 average is
never paired with a count of households; a target for this year is never the same figure as last
year's actual. Each form on real sentences (their source in the comments), the same sentence with
one figure changed where a relation is stated, and near misses."""

from __future__ import annotations

from helpers import cpu_seconds

# --- the scan: linear in the length of one endless clause ---------------------------------------

#: One clause with no 。，；: each figure once searched the clause back to its start for an estimate
#: word (预计), for the list of names its count may close (A、B两家), and every quoted phrase of the
#: text for a name around it.
_ENDLESS = "预计南京、苏州、无锡三市分别增长5.2%、6.1%和4.8%“夜市招聘”“镇长直播带岗”两种模式占比超过三成"


def _cpu_seconds_of_scan(n: int) -> float:
    from factcheck.figures import figures_in_text

    text = (_ENDLESS * (n // len(_ENDLESS) + 1))[:n]
    figures, seconds = cpu_seconds(lambda: figures_in_text(text))
    assert len(figures) > n // 20
    return seconds


def test_figures_are_read_in_time_linear_in_one_endless_clause():
    """100,000 characters with no clause break took 4.2 s CPU (and 51 s with lists of names and
    quotes): twice the text now takes about twice the time, not four times (CPU time, the best of
    two runs)."""
    small, large = (min(_cpu_seconds_of_scan(n) for _ in range(2)) for n in (20_000, 40_000))
    assert large < 3 * small + 0.05, (small, large)
