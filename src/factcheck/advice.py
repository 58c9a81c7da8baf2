"""What would have been consistent: the values each figure of a failed relation would need, the
smallest change, and the slips of the pen (:mod:`factcheck.typos`) that would make it hold.

Needed values are exact (:meth:`Relation.needed`); a typo candidate is kept when its interval
meets them, after a cheap integer screen of the candidates in units of the written number.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from fractions import Fraction
from typing import TYPE_CHECKING

from . import messages as msg
from .display import format_number, scale_of
from .interval import Interval
from .messages import Message, Shown
from .quantity import Quantity, QuantityError, parse_quantity, parse_rate
from .relations import Term
from .typos import likeliest, variants

if TYPE_CHECKING:
    from .checks.base import Outcome, Prepared

__all__ = ["FAR", "far_apart", "figures_once", "suggestions", "variant_reader"]


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


#: How far every figure of a failed relation found in an article must be from a consistent value
#: (a share of its own value) for the relation to be more likely misread than misprinted.
FAR = Fraction(1, 2)
#: How close to the bound of a one-sided need a slip must land to explain a failed relation.
NEAR = Fraction(1, 10)
_ONE_NUMERAL = re.compile(r"(?<![\d.一二两三四五六七八九十百千])([0-9一二两三四五六七八九十])"
                          r"(?![\d.一二两三四五六七八九十百千])")
_DIGITS = re.compile(r"\d[\d.]*\d|\d")
_NUMERAL_VALUE = {c: i for i, c in enumerate("0123456789")} | {
    c: i for i, c in enumerate("零一二三四五六七八九十", start=0)} | {"两": 2}


def far_apart(p: Prepared, needed: dict[int, Interval]) -> bool:
    """Whether a failed relation is too far from holding for a misprint: every figure would have
    to move by at least :data:`FAR` of its value, and no slip of the pen in any one figure would
    bring it near a value that holds (:func:`_slip_fits`). An article's relations are read from
    its words; a relation missed this widely is more often misread (two classifications of one
    total, a figure of another subject) than misprinted."""
    moved = False
    for t, need in _needs(p, needed):
        q = t.quantity
        if q.integer:
            need = need.integer_hull() or need
        if q.value == 0 or need.distance(q.checked_interval) < FAR * abs(q.value):
            return False
        if _slip_fits(t, need) or _swapped(t, need):
            return False
        moved = True
    return moved


def _slip_fits(t: Term, need: Interval) -> bool:
    """Whether a slip of the pen in the term's figure lands near the values it would need: a
    typo the suggestions name (:func:`typos.variants`), another digit in a one-digit figure, a
    stray digit struck out (253302.5 for 53302.5), or a change in the other direction. Near
    (:func:`_near`): inside the need, and for a one-sided need (a part at most its whole) close
    to its bound."""
    near = _near(need)
    if near is None:
        return False
    q, read = t.quantity, variant_reader(t)
    if _one_digit_fits(q, near) or (q.value != 0 and (-q.checked_interval).intersects(near)):
        return True  # another digit, or the word of the other direction (回落 for 加快)
    slips = [text for text, _ in variants(q.written)]
    m = _DIGITS.search(q.written)
    if m is not None:
        slips += [q.written[:i] + q.written[i + 1:] for i in range(m.start(), m.end())
                  if q.written[i] != "."]
    for text in slips:
        try:
            alt = read(text)
        except QuantityError:
            continue
        if (alt.unit.key == q.unit.key and alt.value != q.value
                and alt.checked_interval.intersects(near)):
            return True
    return False


def _swapped(t: Term, need: Interval) -> bool:
    """Whether another figure printed on the term's line, of its unit, has the values a
    two-sided need asks for: two figures of a sentence written in each other's place
    (三次产业结构 6.8：15.9：77.3 for 6.8：77.3：15.9)."""
    claim = t.claim
    if claim is None or claim.article is None or need.lo is None or need.hi is None:
        return False
    key, line = t.quantity.unit.key, claim.article.line
    return any(other is not claim and other.article is not None and other.article.line == line
               and other.quantity is not None and other.quantity.unit.key == key
               and other.quantity.checked_interval.intersects(need)
               for other in claim.file.claims.values())


def _near(need: Interval) -> Interval | None:
    """The values of a need a slip could plausibly hit: all of a two-sided need; of a one-sided
    need (a part at most its whole) only those within :data:`NEAR` of its bound, since any
    figure ten times larger, or with another leading digit, "fits" a whole too small."""
    if need.lo is not None and need.hi is not None:
        return need
    bound = need.hi if need.lo is None else need.lo
    if bound is None or bound <= 0:
        return None
    window = (Interval(bound / (1 + NEAR), bound) if need.lo is None
              else Interval(bound, bound * (1 + NEAR)))
    return window.intersect(need)


def _one_digit_fits(q: Quantity, need: Interval) -> bool:
    """Whether a figure written with one numeral (5个, 三大) meets the need with another digit."""
    m = _ONE_NUMERAL.search(q.written)
    if m is None or len(_ONE_NUMERAL.findall(q.written)) != 1 or not _NUMERAL_VALUE[m.group(1)]:
        return False
    unit = q.value / _NUMERAL_VALUE[m.group(1)]
    return any(Interval(unit * d - abs(unit) / 2, unit * d + abs(unit) / 2).intersects(need)
               for d in range(11))


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


def _needs(p: Prepared, needed: dict[int, Interval]) -> Iterator[tuple[Term, Interval]]:
    """Each claimed figure of the relation with the values it would need, in its own scale."""
    for t in figures_once(p):
        need = needed.get(id(t))
        if t.claim is not None and need is not None:
            yield t, (need if t.scale == 1 else need.scale(1 / t.scale))


def _typos(p: Prepared, needed: dict[int, Interval], limit: int = 2) -> list[Message]:
    """Slips of the pen that would make the relation hold (:func:`typos.likeliest`, as the
    repairs choose them): a variant works exactly when its reading meets the values the figure
    would need."""
    found: list[Message] = []
    for t, need in _needs(p, needed):
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
