"""Birth and death rates against the births, the deaths and the population they are of:
全年出生人口为2170人，出生率为7.03‰ per thousand of the year's mean population, which the
statistics define as the mean of the population at the year's two ends. When the paragraph gives
the population at the year's end and its change (年末常住人口为307568人，比上年减少了2579人), the
population the rate implies (births ÷ rate) lies between the two ends; nothing else is assumed (a
writer who divides by the year-end population is still right)."""

from __future__ import annotations

import itertools

from ..patterns import later
from .claims import DraftClaim
from .scope import Found, Scope, a_change, exact, is_level

#: The rate of births or deaths, and the count it is of, each right before its figure.
_RATE = later(r"(?:人口)?(?P<what>出生|死亡)率(?:为|是|达)?$")
_COUNT = later(r"(?:全年|年内|全县|全市|全区|全省)?(?P<what>出生|死亡)(?:人口|人数)(?:为|是|达|共)?$")
#: The population a paragraph states, and its change right after it.
_POPULATION = later(r"(?:常住|户籍|总)人口(?:总数|数)?(?:为|是|达|共)?$")
_CHANGE = later(r"^[，,]?(?:比上年末?|较上年末?|比2\d{3}年末?)(?:增加|减少|净增|净减|增长|下降)了?$")
#: What may stand between a count and its rate: a comma, 人口 again.
_BETWEEN = later(r"^[，,]?(?:人口)?$")


def find(scope: Scope) -> list[Found]:
    found = []
    for k, rate in enumerate(scope.claims):
        words = scope.before(rate)
        m = _RATE.search(words)
        if m is None or k == 0 or not _per_thousand(rate) or not exact(rate):
            continue
        count = scope.claims[k - 1]
        if not _counted(scope, count, m.group("what")) or not _BETWEEN.match(_gap(scope, count, rate)):
            continue
        ends = _population(scope, count)
        if ends is None:
            continue
        level, change = ends
        fell = change.figure.quantity.interval.hi is not None and change.figure.quantity.interval.hi <= 0
        start = f"{level.id} - {change.id}"
        low, high = (level.id, start) if fell else (start, level.id)
        implied = f"{count.id} / {rate.id}"
        for expect, name in ((f"{implied} >= {low}", "from"), (f"{implied} <= {high}", "to")):
            found.append(Found("expect", {"expect": expect}, "stated", rate,
                               f"a {m.group('what')} rate of the mean population: the population it "
                               f"implies lies between the year's two ends", f"{rate.id}_{name}"))
    return found


def _per_thousand(c: DraftClaim) -> bool:
    return c.figure.quantity is not None and c.figure.written.endswith("‰")


def _gap(scope: Scope, count: DraftClaim, rate: DraftClaim) -> str:
    """The words between a count and its rate, up to the rate's own words (出生率为)."""
    between = scope.text(count.end, rate.figure.start)
    m = _RATE.search(between)
    return between[:m.start()] if m else between


def _counted(scope: Scope, count: DraftClaim, what: str) -> bool:
    """The births (deaths) of the rate: a plain count of people whose words name them."""
    q = count.figure.quantity
    m = _COUNT.search(scope.before(count))
    return m is not None and m.group("what") == what and q is not None and q.unit.dimension == "count" \
        and is_level(count) and exact(count) and not a_change(count)


def _population(scope: Scope, count: DraftClaim) -> tuple[DraftClaim, DraftClaim] | None:
    """The paragraph's only population level with its change after it, before the count."""
    start = scope.plain.rfind("\n", 0, count.figure.start) + 1
    found = []
    claims = scope.in_span(start, count.figure.start)
    for level, change in itertools.pairwise(claims):
        if _POPULATION.search(scope.before(level)) and is_level(level) and exact(level) \
                and a_change(change) and exact(change) \
                and _CHANGE.match(scope.text(level.end, change.figure.number_start)) \
                and level.figure.quantity.unit.dimension == change.figure.quantity.unit.dimension == "count":
            found.append((level, change))
    return found[0] if len(found) == 1 else None
