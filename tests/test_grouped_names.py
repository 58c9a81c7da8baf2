"""A count that points back to names listed in groups, each after whose they are (a news report on
cinemas, 每经 2021, line 57 of its first part): 海南的洋浦、陵水、琼中、三沙，青海的黄南、玉树，西藏的那曲，
这7座城市 counts all seven names, not the first group's four (a false FC601 error)."""

from __future__ import annotations

from helpers import alarms
from helpers import checks_of as checks
from helpers import names_written as _named

CINEMAS = ("从地域分布看，没有影院的城市主要分布在西部，其中海南的洋浦、陵水、琼中、三沙，青海的黄南、玉树，"
           "西藏的那曲，这{n}座城市至今仍没有一家影院。")


def test_names_in_groups_are_counted_together(article) -> None:
    _, doc = article(CINEMAS.format(n="7"))
    assert alarms(doc) == []
    assert checks(doc, "enumeration") == [("holds", ["7座"])]


def test_a_count_that_misses_a_group_is_named(article) -> None:
    _, doc = article(CINEMAS.format(n="6"))
    assert _named(doc, "6座")


def test_names_running_on_over_clauses_of_another_form_are_not_counted(article) -> None:
    _, doc = article("其中海南的洋浦、陵水、琼中、三沙，以及青海、西藏等地，这7座城市至今仍没有一家影院。")
    assert alarms(doc) == []
