"""A float pre-check of a relation: proves "it holds" without exact arithmetic when the figures
are far from its boundary; otherwise says nothing, and the exact verdict decides.

Each endpoint of the exact interval a relation's side takes (:meth:`Expr.eval` under a reading)
is enclosed between two floats: ``a ≤ x ≤ b``. Every float operation rounds to nearest, so its
result is within half a unit in the last place of the exact one; stepping one float outward
(:func:`math.nextafter`) after each operation therefore keeps the enclosure rigorous, with no
assumption about error sizes. The endpoints of a sum, a product of positive intervals and a
quotient by a positive interval are known monotone functions of the operands' endpoints, so their
enclosures follow from the operands'. Anything else — a divisor whose sign is not certain, a
product whose factors may be negative, an infinite or overflowing endpoint, a power, a kind of
node this module does not know — gives no enclosure, and so does a computation whose exact
numbers could grow past :data:`~factcheck.relations.MAX_BITS` (tracked as a bound on their size:
the exact path would refuse them).

:func:`holds_clearly` is True only when the enclosure of ``computed − stated`` lies strictly
inside the comparison's target, so the exact interval meets the target whatever its ends'
closedness: exactly when the exact test finds the relation holding. False means "not proven".
"""

from __future__ import annotations

import math
from collections.abc import Callable

from .interval import Interval
from .relations import MAX_BITS, Add, Const, Div, Expr, Mul, Neg, Relation, Sub, Sum, Term, Var

__all__ = ["holds_clearly"]

_INF = math.inf
_down, _up = math.nextafter, math.nextafter
_isfinite = math.isfinite

# (lo_a, lo_b, hi_a, hi_b, bits): lo_a ≤ exact lo ≤ lo_b, hi_a ≤ exact hi ≤ hi_b; ``bits`` bounds
# the size of the exact endpoints' numerators and denominators.
Enclosure = tuple[float, float, float, float, int]
Env = Callable[[Term], Interval]


def holds_clearly(rel: Relation, env: Env) -> bool:
    """True when floats prove that some values inside the intervals satisfy the relation (a
    relation in which a figure repeats is never proven here: its exact test is not the naive
    difference)."""
    if rel.repeats():
        return False
    computed = _enclose(rel.computed, env)
    if computed is None:
        return False
    stated = _enclose(rel.stated, env)
    if stated is None:
        return False
    # computed − stated: its lo is computed.lo − stated.hi, its hi computed.hi − stated.lo.
    lo_b = _up(computed[1] - stated[2], _INF)
    hi_a = _down(computed[2] - stated[1], -_INF)
    op = rel.op
    if op == "==":
        return lo_b < 0 < hi_a
    if op in ("<=", "<"):
        return lo_b < 0
    return hi_a > 0  # >=, >


def _of_interval(iv: Interval) -> Enclosure | None:
    lo, hi = iv.lo, iv.hi
    if lo is None or hi is None:
        return None
    lo_num, lo_den, hi_num, hi_den = lo.numerator, lo.denominator, hi.numerator, hi.denominator
    bits = max(lo_num.bit_length(), lo_den.bit_length(), hi_num.bit_length(), hi_den.bit_length())
    if bits > MAX_BITS:
        return None
    try:
        flo, fhi = lo_num / lo_den, hi_num / hi_den  # int / int: correctly rounded
    except OverflowError:
        return None
    return _finite((_down(flo, -_INF), _up(flo, _INF), _down(fhi, -_INF), _up(fhi, _INF), bits))


def _operands(node: Expr, env: Env) -> tuple[Enclosure, Enclosure] | None:
    """The enclosures of a binary node's two operands, or None when either has none."""
    a = _enclose(node.a, env)  # type: ignore[attr-defined]
    if a is None:
        return None
    b = _enclose(node.b, env)  # type: ignore[attr-defined]
    return None if b is None else (a, b)


def _enclose(node: Expr, env: Env) -> Enclosure | None:
    kind = type(node)
    if kind is Var:
        return _of_interval(env(node.term))
    if kind is Add or kind is Sub:
        both = _operands(node, env)
        if both is None:
            return None
        a, b = both
        if kind is Sub:
            b = _negate(b)
        return _add(a, b)
    if kind is Sum:
        total: Enclosure | None = (0.0, 0.0, 0.0, 0.0, 1)
        for item in node.items:
            e = _enclose(item, env)
            if e is None:
                return None
            total = _add(total, e)
            if total is None:
                return None
        return total
    if kind is Mul or kind is Div:
        both = _operands(node, env)
        if both is None:
            return None
        a, b = both
        if kind is Div:
            if not _positive(b):
                return None  # the divisor's sign is not certain
            # 1/[lo, hi] = [1/hi, 1/lo], both positive.
            b = _finite((_down(1 / b[3], -_INF), _up(1 / b[2], _INF),
                         _down(1 / b[1], -_INF), _up(1 / b[0], _INF), b[4]))
            if b is None or not _positive(b):
                return None
        elif not _positive(b):
            a, b = b, a
            if not _positive(b):
                return None  # neither factor is certainly positive
        return _times_positive(a, b)
    if kind is Neg:
        a = _enclose(node.a, env)
        return None if a is None else _negate(a)
    if kind is Const:
        return _of_interval(node.value)
    return None  # powers and the kinds' own nodes: the exact path decides


def _finite(e: Enclosure) -> Enclosure | None:
    """The enclosure when all its bounds are finite (no overflow: no infinity, hence no NaN,
    can enter a later operation), else None."""
    return e if _isfinite(e[0]) and _isfinite(e[1]) and _isfinite(e[2]) and _isfinite(e[3]) \
        else None


def _positive(e: Enclosure) -> bool:
    """Whether both ends are certainly positive (each end's lower bound is)."""
    return e[0] > 0 and e[2] > 0


def _negate(a: Enclosure) -> Enclosure:
    return (-a[3], -a[2], -a[1], -a[0], a[4])


def _add(a: Enclosure, b: Enclosure) -> Enclosure | None:
    bits = a[4] + b[4] + 1
    if bits > MAX_BITS:
        return None
    return _finite((_down(a[0] + b[0], -_INF), _up(a[1] + b[1], _INF),
                    _down(a[2] + b[2], -_INF), _up(a[3] + b[3], _INF), bits))


def _times_positive(a: Enclosure, c: Enclosure) -> Enclosure | None:
    """a × c for c certainly positive (:func:`_positive`): lo = min(a.lo·c.lo, a.lo·c.hi), hi = max(a.hi·c.lo,
    a.hi·c.hi) (the product rises with a); each product enclosed from its factors' enclosures."""
    bits = a[4] + c[4]
    if bits > MAX_BITS:
        return None
    lo_a, lo_b = _product(a[0], a[1], c[0], c[1])
    lo_a2, lo_b2 = _product(a[0], a[1], c[2], c[3])
    hi_a, hi_b = _product(a[2], a[3], c[0], c[1])
    hi_a2, hi_b2 = _product(a[2], a[3], c[2], c[3])
    return _finite((min(lo_a, lo_a2), min(lo_b, lo_b2), max(hi_a, hi_a2), max(hi_b, hi_b2), bits))


def _product(xa: float, xb: float, ya: float, yb: float) -> tuple[float, float]:
    """Bounds of x·y for xa ≤ x ≤ xb and 0 < ya ≤ y ≤ yb."""
    if xa >= 0:
        lo, hi = xa * ya, xb * yb
    elif xb <= 0:
        lo, hi = xa * yb, xb * ya
    else:
        lo, hi = xa * yb, xb * yb
    return _down(lo, -_INF), _up(hi, _INF)
