"""A growth over several years and its yearly average, stated in one sentence: 比2019年同期增长
8.5%，两年平均增长4.2% (the releases of 2021 and 2022 compare with the last year before the
pandemic and give the average rate over the years since). ``(1 + average)ⁿ = 1 + growth`` for n
years (两年 2, 三年 3 …): sqrt(1.085) − 1 = 4.16%, within 4.2%'s rounding.

Only a rate whose own clause names its base year (比2019年, 较2019年同期) is taken as the growth
over the years; a 同比 rate is a year's growth, and the average over two years then needs the
year before, which the sentence does not state. Both rates are in one sentence: *stated*.
"""

from __future__ import annotations

from ..patterns import later
from .claims import DraftClaim
from .composition import rate_of
from .scope import Found, Scope, exact

__all__ = ["find"]

_YEARS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5}
_AVERAGE = later(r"([两二三四五])年(?:平均|年均)(?:增长|增速|下降|增幅|降幅)?(?:为|达|是)?$")
_BASE_YEAR = later(r"(?:比|较|相比|与)(?:19|20)\d\d年")
_ID = later(r"[a-z_][a-z0-9_]*")


def find(scope: Scope) -> list[Found]:
    found: list[Found] = []
    for k, avg in enumerate(scope.claims):
        rate = rate_of(avg)
        if rate is None or rate is not avg.figure or not exact(avg):
            continue
        m = _AVERAGE.search(scope.text(scope.clause(avg)[0], avg.figure.number_start))
        if m is None:
            continue
        ref = _growth_over_years(scope, k, avg)
        if ref is None or not _ID.fullmatch(avg.id):
            continue
        one = f"(1 + {avg.id})"
        expect = f"{' * '.join([one] * _YEARS[m.group(1)])} == 1 + {ref}"
        found.append(Found("expect", {"expect": expect}, "stated", avg,
                           "a growth over years and its yearly average", f"{avg.id}_average"))
    return found


def _growth_over_years(scope: Scope, k: int, avg: DraftClaim) -> str | None:
    """The rate over the years that the average is of: the nearest rate before it in its
    sentence whose clause names a base year (比2019年同期增长8.5%), as a reference."""
    s_start, _ = scope.sentence(avg)
    for c in reversed(scope.claims[:k]):
        if c.figure.start < s_start:
            return None
        rate = rate_of(c)
        if rate is None or not _ID.fullmatch(c.id):
            return None  # a level of its own between them: the average may be of it
        words = scope.text(scope.clause(c)[0], rate.number_start)
        if not _BASE_YEAR.search(words):
            return None  # the nearest rate is a 同比 one: the average is not of it
        if rate.quantity is None or rate.quantity.interval.lo is None:
            return None
        return c.id if rate is c.figure else f"{c.id}.growth"
    return None
