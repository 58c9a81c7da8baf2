"""What would have been consistent: the values each figure of a failed relation would need, the
smallest change, and the slips of the pen (:mod:`factcheck.typos`) that would make it hold.

Needed values are exact (:meth:`Relation.needed`); a typo candidate is kept when its interval
meets them, after a cheap integer screen of the candidates in units of the written number.
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING

from . import messages as msg
from .display import format_number, scale_of
from .interval import Interval
from .messages import Message, Shown
from .patterns import later
from .quantity import QuantityError, parse_quantity, parse_rate
from .relations import Term
from .typos import variants

if TYPE_CHECKING:
    from .checks.base import Outcome, Prepared

__all__ = ["figures_once", "suggestions"]


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
        out.append(Message(msg.SMALLEST_CHANGE, name=name, percent=format_number(rel * 100, 2)))
    out.extend(_typos(p, o.needed))
    return out


def figures_once(p: Prepared) -> list[Term]:
    """The terms of a relation, a figure that appears more than once only the first time."""
    first: dict[object, Term] = {}
    for t in p.relation.terms():
        first.setdefault(t.figure, t)
    return list(first.values())


def _name(t: Term) -> str | Message:
    return t.label if t.field == "value" else Message(msg.GROWTH_OF, name=t.label)


def _typos(p: Prepared, needed: dict[int, Interval], limit: int = 2) -> list[Message]:
    """Slips of the pen that would make the relation hold: a variant works exactly when its
    interval meets the values the figure would need."""
    found: list[Message] = []
    for t in figures_once(p):
        need = needed.get(id(t))
        if t.claim is None or need is None:
            continue
        if t.scale != 1:
            need = need.scale(1 / t.scale)
        q = t.quantity
        screen = _Screen.of(q, need)
        declared = tuple(sorted(t.claim.file.units.items()))
        for text, why in variants(q.written):
            if screen is not None and not screen.admits(text, q.written):
                continue
            try:
                alt = (parse_quantity(text, t.claim.rounding, declared) if t.field == "value"
                       else parse_rate(text, t.claim.rounding))
            except QuantityError:
                continue
            if q.integer and not alt.integer:
                continue  # a count of whole things stays whole
            if alt.unit.key == q.unit.key and alt.checked_interval.intersects(need):
                found.append(Message(msg.LIKELY_TYPO, name=_name(t), text=text, written=q.written,
                                     why=why))
                break
        if len(found) >= limit:
            break
    return found


_FIRST_NUMBER = later(r"\d+(?:\.\d+)?")


class _Screen:
    """Needed values in units of the written number, so a variant is screened with integers."""

    __slots__ = ("hi", "lo")

    def __init__(self, lo: Fraction | None, hi: Fraction | None):
        self.lo, self.hi = lo, hi

    @classmethod
    def of(cls, q, need: Interval) -> _Screen | None:
        m = _FIRST_NUMBER.search(q.written)
        if m is None or q.value == 0:
            return None
        written_value = Fraction(m.group(0))
        if written_value == 0:
            return None
        scale = q.value / written_value  # base units per unit of the written number
        slack = abs(q.step) if q.step else abs(q.value) / 10
        lo = None if need.lo is None else (need.lo - slack) / scale
        hi = None if need.hi is None else (need.hi + slack) / scale
        if scale < 0:
            lo, hi = hi, lo
        return cls(lo, hi)

    def admits(self, variant: str, original: str) -> bool:
        if ("万" in variant) != ("万" in original) or ("亿" in variant) != ("亿" in original):
            return True  # a magnitude swap: let the parser decide
        m = _FIRST_NUMBER.search(variant)
        if m is None:
            return False
        whole, _, frac = m.group(0).partition(".")
        digits, power = int(whole + frac), 10 ** len(frac)
        if self.lo is not None and digits * self.lo.denominator < self.lo.numerator * power:
            return False
        return not (self.hi is not None and digits * self.hi.denominator > self.hi.numerator * power)
