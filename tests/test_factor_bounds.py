"""A bound word after the 倍 of a growth (增长一倍以上, 增长1倍多) bounds the number of times, and the
growth still adds the one (CONVENTIONS.md B: 增长x倍 is ×(1 + x)). Before, the scanner dropped the
change word when a bound followed the 倍, and 增长1倍多 was read as ×(1, 2): a growth of 120% printed
增长1倍多 failed, and one of 80% printed 增长一倍以上 passed (the forms are a news report's on the
cinema market, 每经 2021, and a company's revenue)."""

from __future__ import annotations

from helpers import alarms
from helpers import checks_of as checks
from helpers import names_written as _named


def test_a_growth_of_more_than_one_times_holds_when_the_levels_give_it(article) -> None:
    _, doc = article("公司营业收入由50亿元增至110亿元，增长1倍多。")
    assert alarms(doc) == []
    assert checks(doc, "growth") == [("holds", ["110亿元", "50亿元", "增长1倍多"])]


def test_a_growth_of_one_times_or_more_fails_when_the_levels_give_less(article) -> None:
    _, doc = article("公司营业收入由50亿元增至90亿元，增长一倍以上。")
    assert _named(doc, "增长一倍以上")


def test_a_growth_of_one_times_or_more_holds_when_the_levels_give_it(article) -> None:
    _, doc = article("公司营业收入由50亿元增至120亿元，增长一倍以上。")
    assert alarms(doc) == []
    assert checks(doc, "growth") == [("holds", ["120亿元", "50亿元", "增长一倍以上"])]
