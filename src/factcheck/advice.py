"""What would have been consistent: the values each figure of a failed relation would need, the
smallest change, and the slips of the pen (:mod:`factcheck.typos`) that would make it hold.

Needed values are exact (:meth:`Relation.needed`); a typo candidate is kept when its interval
meets them, after a cheap integer screen of the candidates in units of the written number.
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
from typing import TYPE_CHECKING

from . import messages as msg
from .display import format_number, scale_of
from .interval import Interval
from .messages import Message, Shown
from .quantity import Quantity, parse_quantity, parse_rate
from .relations import Term
from .typos import likeliest

if TYPE_CHECKING:
    from .checks.base import Outcome, Prepared

__all__ = ["figures_once", "suggestions", "variant_reader"]


def suggestions(p: Prepared, o: Outcome) -> list[Message]:
    """What each figure would need, the smallest change, and likely typos."""
    out: list[Message] = []
    changes: list[tuple[Fraction, str, str | Message]] = []
    for t in figures_once(p):
        if t.claim is None:
            continue
        need = o.needed.get(id(t))
        if need is None or (need.lo is None and need.hi is None):
            continue
        if t.scale != 1:
            need = need.scale(1 / t.scale)
        q = t.quantity
        if q.integer:
            hull = need.integer_hull()
            if hull is None:
                out.append(Message(msg.NO_WHOLE_NUMBER, unit=q.unit.name or Message(msg.ITEMS),
                                   id=t.claim.id))
                continue
            need = hull
        if q.unit.integer or q.unit.dimension in ("count", "visits"):
            need = need.clip(Fraction(0), None) or need
        out.append(Message(msg.WOULD_NEED, name=_name(t), need=Shown(need, scale_of(q), q.integer),
                           stated=q.written))
        distance = need.distance(q.checked_interval)
        if q.value != 0:
            changes.append((distance / abs(q.value), str(_name(t)), _name(t)))
    if len(changes) > 1:
        changes.sort(key=lambda c: c[:2])
        rel, _, name = changes[0]
        out.append(Message(msg.SMALLEST_CHANGE, name=name, percent=_percent(rel * 100)))
    out.extend(_typos(p, o.needed))
    return out


def _percent(x: Fraction) -> str:
    """A change in percent to two decimals, or to two significant digits when smaller (a change
    of 0.0092% is not "0% off")."""
    decimals = 2
    while x and abs(x) * 10**decimals < 10 and decimals < 12:
        decimals += 1
    return format_number(x, decimals)


def figures_once(p: Prepared) -> list[Term]:
    """The terms of a relation, a figure that appears more than once only the first time."""
    first: dict[object, Term] = {}
    for t in p.relation.terms():
        first.setdefault(t.figure, t)
    return list(first.values())


def _name(t: Term) -> str | Message:
    return t.label if t.field == "value" else Message(msg.GROWTH_OF, name=t.label)


def _typos(p: Prepared, needed: dict[int, Interval], limit: int = 2) -> list[Message]:
    """Slips of the pen that would make the relation hold (:func:`typos.likeliest`, as the
    repairs choose them): a variant works exactly when its reading meets the values the figure
    would need."""
    found: list[Message] = []
    for t in figures_once(p):
        need = needed.get(id(t))
        if t.claim is None or need is None:
            continue
        if t.scale != 1:
            need = need.scale(1 / t.scale)
        slip = likeliest(t.quantity, need, variant_reader(t))
        if slip is not None:
            text, why, _ = slip
            found.append(Message(msg.LIKELY_TYPO, name=_name(t), text=text,
                                 written=t.quantity.written, why=why))
        if len(found) >= limit:
            break
    return found


def variant_reader(t: Term) -> Callable[[str], Quantity]:
    """How a variant of the term's figure is read: as its claim reads the figure (rounding, the
    file's units); 增长1.6倍 for a rate is the rate +160%."""
    assert t.claim is not None
    rounding = t.claim.rounding
    declared = tuple(sorted(t.claim.file.units.items()))
    if t.field != "value":
        return lambda text: parse_rate(text, rounding)

    def read(text: str) -> Quantity:
        alt = parse_quantity(text, rounding, declared)
        if alt.unit.key != t.quantity.unit.key and alt.unit.dimension == "factor":
            return parse_rate(text, rounding)
        return alt

    return read
