"""Percentages of a whole count that some whole number must reach (GRIM): a rate of the days of
the year (空气优良率), or a percentage the words make a share of a count (120名学生中，85%…; 其中).
A count the percentage follows without such words is the part (111家，占…16.6%; 582个，个数占比
65.9%) or another figure: no whole count to check against."""

from __future__ import annotations

import calendar

from ..patterns import later
from .scope import Found, Scope

__all__ = ["find"]

_DAYS_RATE = later(r"优良率|优良天数比例|优良天数比率|达标天数比例")
# the words make the count the whole: 其中, a 中 closing the count's phrase (120名学生中，85%…), or
# a part of it that 占 (120名学生，女生占55%); 项目582个，个数占比65.9% makes the count the part,
# 六个省会中排名最末，武汉的…达到21.34% reads a ranking, not a share of the six
_OF_COUNT = later(r"其中|^[^，,。；;]*中(?:[，,：:]|有|$)|^[^。；;]*占$")


def find(scope: Scope) -> list[Found]:
    found: list[Found] = []
    for k, rate in enumerate(scope.claims):
        q = rate.figure.quantity
        if q is None or q.unit.dimension != "ratio" or rate.figure.is_rate or q.qualifier is not None:
            continue
        if q.unit.name != "%":
            continue
        if rate.label and _DAYS_RATE.search(rate.label):
            year = rate.period or scope.draft.period
            days = 366 if year is not None and calendar.isleap(year) else 365
            found.append(Found("feasible", {"feasible": rate.id, "of": f"{days}天"}, "stated", rate,
                               f"a share of the {days} days of {year or 'the year'}",
                               f"{rate.id}_days"))
            continue
        s_start, _ = scope.sentence(rate)
        for count in reversed(scope.claims[:k]):
            if count.figure.start < s_start:
                break
            cq = count.figure.quantity
            if cq is None or cq.unit.dimension != "count" or not cq.interval.is_point \
                    or cq.value > 100_000:
                continue
            between = scope.text(count.figure.end, rate.figure.start)
            if _OF_COUNT.search(between):
                found.append(Found("feasible", {"feasible": rate.id, "of": count.id}, "stated",
                                   rate, f"a percentage of {count.value}", f"{rate.id}_feasible"))
            break
    return found
