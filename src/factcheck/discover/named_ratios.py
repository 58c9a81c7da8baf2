"""Ratios that official statistics define by their name, stated with the two levels they divide
but with no 占 to tie them: the urbanisation rate is the urban residents over all residents
(年末有常住人口332.21万人，比上年增加0.49万人。其中，城镇常住人口119.99万人，增加4.65万人。城镇化率为
36.12%: 119.99 / 332.21), of the registered population when it says so (户籍人口城镇化率 over 户籍人口);
the debt ratio is the liabilities over the assets (资产总计46176.4亿元…；负债合计25278.2亿元…；资产负债率为
54.7%).

The two levels are the nearest before the ratio in its paragraph whose names are the ones the
definition divides, the whole before its part, with no other level of the whole's name between.
A ratio whose own clause says 占 is :mod:`.share`'s. Stated when the three stand in one sentence
(to its full stop), linked when the ratio has a sentence of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..patterns import later
from .claims import DraftClaim
from .scope import Found, Scope, a_change, exact, is_level, same_unit

__all__ = ["find"]


@dataclass(frozen=True)
class _Ratio:
    """A ratio by its name, and the names of what it divides."""

    name: re.Pattern  # the ratio's label, at its end
    part: re.Pattern  # the numerator's label
    whole: re.Pattern  # the denominator's label


#: 户籍 in a ratio's name: the registered population; otherwise the residents.
_REGISTERED = later(r"户籍")
_RATIOS = {
    "urbanisation": _Ratio(later(r"城镇化率$"), later(r"城镇(?:常住|户籍)?人口(?:数)?$"),
                           later(r"^(?!.*(?:城镇|乡村|农村|城市))[^，,。；;]*(?:常住|户籍|总)?人口(?:总数|数)?$")),
    "debt": _Ratio(later(r"资产负债率$"), later(r"负债(?:合计|总额|总计)?$"),
                   later(r"资产(?:合计|总额|总计)?$")),
}
#: How far back in the paragraph the two levels are looked for, in claims.
_WITHIN = 12
_SHARE_WORD = later(r"占")


def find(scope: Scope) -> list[Found]:
    if "城镇化率" not in scope.plain and "资产负债率" not in scope.plain:
        return []
    found = []
    for k, rate in enumerate(scope.claims):
        q = rate.figure.quantity
        if q is None or q.unit.dimension != "ratio" or a_change(rate) or not rate.label \
                or rate.figure.change_word:
            continue
        ratio = next((r for r in _RATIOS.values() if r.name.search(rate.label)), None)
        if ratio is None or _SHARE_WORD.search(scope.text(scope.clause(rate)[0], rate.figure.start)):
            continue
        pair = _part_and_whole(scope, k, rate, ratio)
        if pair is None:
            continue
        part, whole = pair
        how = "stated" if scope.sentence(whole)[0] == scope.sentence(rate)[0] \
            or _one_full_sentence(scope, whole, rate) else "linked"
        found.append(Found("share", {"share": part.id, "of": whole.id, "is": rate.id}, how, rate,
                           "a ratio its name defines (城镇化率, 资产负债率) with the two levels it divides",
                           f"{rate.id}_defined"))
    return found


def _part_and_whole(scope: Scope, k: int, rate: DraftClaim, ratio: _Ratio
                    ) -> tuple[DraftClaim, DraftClaim] | None:
    registered = bool(_REGISTERED.search(rate.label or ""))
    before = [c for c in scope.claims[max(0, k - _WITHIN):k]
              if c.line == rate.line and is_level(c) and exact(c) and not a_change(c)
              and not scope.aside(c)]
    part = next((c for c in reversed(before) if ratio.part.search(_name(c))
                 and bool(_REGISTERED.search(c.label or "")) == registered), None)
    if part is None:
        return None
    wholes = [c for c in before if c.figure.start < part.figure.start and ratio.whole.search(_name(c))
              and same_unit(c, part) and (ratio is not _RATIOS["urbanisation"]
                                          or bool(_REGISTERED.search(c.label or "")) == registered)]
    if len(wholes) != 1:
        return None  # none, or several (two years' populations): the words do not say which
    return part, wholes[0]


def _name(c: DraftClaim) -> str:
    """A level's label without the place and time words that lead it (年末全县户籍人口 → 户籍人口)."""
    return (c.label or "").removesuffix("(2)")


def _one_full_sentence(scope: Scope, a: DraftClaim, b: DraftClaim) -> bool:
    """Whether two figures stand in one sentence up to its full stop (；does not end it)."""
    between = scope.plain[a.figure.end:b.figure.start]
    return not any(mark in between for mark in "。！？!?\n")
