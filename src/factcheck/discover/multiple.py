"""Multiples: 翻番 / 翻倍 / 翻两番 / 增长x倍 with the two levels it compares in its sentence
(*stated*), or with its sentence's level and the one of an earlier year the sentence before ends
with (2017年…达到201万。2021年…达到377万，…翻了近一番: *linked*) — *stated* when the doubling
names the span between those years (5年间: 2017 to 2021, counted either way)."""

from __future__ import annotations

import bisect
import re

from ..figures import Figure, clause_span
from ..patterns import later
from .claims import DraftClaim
from .scope import Found, Scope, exact, is_level, same_unit

__all__ = ["find"]

_YEAR_OPENING = later(r"^((?:19|20)\d\d)年")


def find(scope: Scope) -> list[Found]:
    found: list[Found] = []
    for fig in scope.draft.figures:
        if not fig.extra.get("doubling") or fig.quantity is None:
            continue
        sa, _ = scope.sentence_of_offsets(fig.start, fig.end)
        levels = [c for c in scope.in_span(sa, fig.start) if is_level(c) and exact(c)
                  and c.figure.quantity.unit.dimension != "time"]  # 两年翻了一番: the span
        if len(levels) >= 2 and same_unit(levels[-2], levels[-1]):
            (before, after), how = _in_time_order(scope, levels[-2], levels[-1]), "stated"
        elif len(levels) == 1 and (earlier := _of_the_year_before(scope, sa, levels[0])):
            (before, years), after = earlier, levels[0]
            how = "stated" if _names_the_span(scope, sa, fig, years) else "linked"
        else:
            scope.draft.comments.append(
                f"line {fig.line}: «{scope.clause_text(fig.start, fig.end)}» says something doubled "
                f"({fig.written}); the article states no levels before and after in the sentence")
            continue
        found.append(Found("multiple", {"multiple": after.id, "of": before.id,
                                        "factor": _factor_claim(scope, fig, after).id}, how, after,
                           f"«{fig.written}» with both levels", f"{after.id}_multiple"))
    return found


_BASE_MARK = later(r"(?:比|较|相比|同比|从|由)(?:(?:19|20)\d\d年)?(?:同期|上年|去年)?的?$")
_YEAR = later(r"((?:19|20)\d\d)年")


def _in_time_order(scope: Scope, first: DraftClaim, second: DraftClaim) -> tuple[DraftClaim, DraftClaim]:
    """The earlier level and the later one, whatever order the sentence writes them in: the one
    after 比/较/从/由 is the base (产值40.6亿元，比2020年的20.0亿元增长102.8%，实现翻番), else the one
    of the earlier year written before it (2021年为41亿元，2020年为20亿元), else the first."""
    words = [scope.text(max(scope.clause(c)[0], start), c.figure.start)
             for c, start in ((first, 0), (second, first.figure.end))]
    if _BASE_MARK.search(words[1]) and not _BASE_MARK.search(words[0]):
        return second, first
    years = [[int(y) for y in _YEAR.findall(w)] for w in words]
    if all(years) and years[1][-1] < years[0][-1]:
        return second, first
    return first, second


def _factor_claim(scope: Scope, fig: Figure, after: DraftClaim) -> DraftClaim:
    """The doubling as a claim of its own (the factor its check names, so that a failure points at
    where it is printed): drafted only when a check takes it, under the later level's label."""
    taken = {c.id for c in scope.draft.claims}
    ident, k = f"{after.id}_factor", 2
    while ident in taken:
        ident, k = f"{after.id}_factor_{k}", k + 1
    a, b = clause_span(scope.plain, fig.start, fig.end)
    claim = DraftClaim(fig, id=ident, label=after.label, quote=scope.text(a, b),
                       period=after.period, clause=(a, b))
    starts = [c.figure.start for c in scope.draft.claims]
    scope.draft.claims.insert(bisect.bisect_left(starts, fig.start), claim)
    return claim


def _names_the_span(scope: Scope, sa: int, fig: Figure, years: int) -> bool:
    """The doubling's sentence states the years it took (5年间, 这五年) before it, and they are the
    years between the two sentences' years, counted with or without the first (2017 to 2021: 4 or
    5): the span ties the earlier level to the doubling."""
    spans = [c.figure.quantity for c in scope.in_span(sa, fig.start)
             if c.figure.quantity is not None and c.figure.quantity.unit.name == "年"
             and c.figure.quantity.interval.is_point]
    return any(q.value / q.unit.factor in (years, years + 1) for q in spans)


def _of_the_year_before(scope: Scope, sa: int,
                        after: DraftClaim) -> tuple[DraftClaim, int] | None:
    """The level of after's unit that ends the sentence before, in the same paragraph, when both
    sentences open with a year and its year is the earlier one; with the years between them."""
    if sa == 0 or "\n" in scope.plain[sa - 1:sa]:
        return None
    pa, _ = scope.sentence_of_offsets(sa - 1, sa - 1)
    if "\n" in scope.plain[pa:sa]:
        return None
    now, then = (_YEAR_OPENING.match(scope.text(a, a + 8)) for a in (sa, pa))
    if now is None or then is None or int(then.group(1)) >= int(now.group(1)):
        return None
    earlier = [c for c in scope.in_span(pa, sa) if is_level(c)]
    last = earlier[-1] if earlier else None
    if last is None or not exact(last) or not same_unit(last, after):
        return None
    if re.sub(r"\s", "", scope.plain[last.end:sa]) not in ("。", "；", ";"):
        return None
    return last, int(now.group(1)) - int(then.group(1))
