"""Relations between claims as small expression trees over intervals.

Every check kind turns its relation into ``computed OP stated`` where both sides are
expressions over claim figures. A relation *holds* when some choice of values inside the
figures' intervals satisfies it. When each figure appears once, forward interval evaluation is
exact, and backward projection gives, for each figure, exactly the values it would need for the
relation to hold — the "what would have been consistent" of a finding.

A claim that appears twice must take one value in both places (p − p is 0, not [−w, w]). A
relation linear in its claims is then evaluated from each claim's total coefficient; any other
relation is evaluated as if the places were independent, which can only miss a failure, and
when that says "holds" sample points (one value per claim) must confirm it, or it is undecided.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from fractions import Fraction
from itertools import product
from typing import TYPE_CHECKING

from .interval import DivisionByZero, Interval

if TYPE_CHECKING:
    from .loader import ClaimInfo
    from .quantity import Quantity

__all__ = [
    "MAX_BITS",
    "OPS",
    "Add",
    "Const",
    "Div",
    "Expr",
    "Mul",
    "Neg",
    "Pow",
    "Relation",
    "Sub",
    "Sum",
    "Term",
    "TooLarge",
    "Var",
]

Env = Callable[["Term"], Interval]
_ONE = Fraction(1)


class Term:
    """A figure taking part in a relation: a claim's value or growth, or a written constant."""

    __slots__ = ("basis", "claim", "field", "origin", "quantity", "role", "scale")

    def __init__(self, quantity: Quantity, claim: ClaimInfo | None = None, role: str = "",
                 field: str = "value", scale: Fraction = _ONE, basis: str | None = None,
                 origin: object | None = None):
        self.quantity = quantity
        self.claim = claim
        self.role = role
        self.field = field  # value or growth
        self.scale = scale  # pp → ratio: 1/100
        self.basis = basis  # a check's basis for this figure, when it overrides the claim's
        self.origin = origin  # the file whose check names this figure (for display)

    @property
    def figure(self) -> object:
        """What identifies the figure: a claim's value or growth; a written constant is its own."""
        return self if self.claim is None else (id(self.claim), self.field, self.scale)

    @property
    def label(self) -> str:
        """The claim's id, qualified with its file when it lives in another file."""
        if self.claim is None:
            return self.quantity.written
        if self.origin is not None and self.origin is not self.claim.file:
            return self.claim.key
        return self.claim.id


#: The largest numerator or denominator, in bits, a relation may compute with (about 1,200 digits):
#: far beyond any article's figures, and small enough that exact arithmetic stays fast.
MAX_BITS = 4096

Memo = dict[int, Interval]


class TooLarge(ArithmeticError):
    """A relation's exact numbers grow past MAX_BITS (a long product of long figures)."""


def _sized(iv: Interval) -> Interval:
    for x in (iv.lo, iv.hi):
        if x is not None and max(x.numerator.bit_length(), x.denominator.bit_length()) > MAX_BITS:
            raise TooLarge(f"numbers of over {MAX_BITS:,} bits")
    return iv


class Expr(ABC):
    """An expression over intervals."""

    __slots__ = ()

    def children(self) -> tuple[Expr, ...]:
        return ()

    @abstractmethod
    def combine(self, values: list[Interval], env: Env) -> Interval:
        """This node's interval from its children's intervals."""

    def eval(self, env: Env, memo: Memo | None = None) -> Interval:
        """The interval of values the expression can take (recorded in ``memo`` by node)."""
        value = _sized(self.combine([c.eval(env, memo) for c in self.children()], env))
        if memo is not None:
            memo[id(self)] = value
        return value

    def project(self, target: Interval, memo: Memo, out: dict[int, Interval]) -> None:
        """Narrow ``target`` (the values this node must take) down to each variable, with the
        intervals of every node in ``memo`` (see :meth:`eval`)."""
        self.narrow(_sized(target), memo, out)

    @abstractmethod
    def narrow(self, target: Interval, memo: Memo, out: dict[int, Interval]) -> None:
        """:meth:`project` for this kind of node."""

    def terms(self) -> Iterator[Term]:
        """The figures in the expression, left to right."""
        for child in self.children():
            yield from child.terms()


class Var(Expr):
    __slots__ = ('term',)

    def __init__(self, term: Term):
        self.term = term

    def combine(self, values: list[Interval], env: Env) -> Interval:
        return env(self.term)

    def eval(self, env: Env, memo: Memo | None = None) -> Interval:
        """A figure's interval (figures are bounded in size when read: no check needed)."""
        value = env(self.term)
        if memo is not None:
            memo[id(self)] = value
        return value

    def narrow(self, target: Interval, memo: Memo, out: dict[int, Interval]) -> None:
        out[id(self.term)] = target

    def terms(self) -> Iterator[Term]:
        yield self.term


class Const(Expr):
    __slots__ = ('value',)

    def __init__(self, value: Interval):
        self.value = value

    def combine(self, values: list[Interval], env: Env) -> Interval:
        return self.value

    def narrow(self, target: Interval, memo: Memo, out: dict[int, Interval]) -> None:
        return None


class Neg(Expr):
    __slots__ = ('a',)

    def __init__(self, a: Expr):
        self.a = a

    def children(self) -> tuple[Expr, ...]:
        return (self.a,)

    def combine(self, values: list[Interval], env: Env) -> Interval:
        return -values[0]

    def narrow(self, target: Interval, memo: Memo, out: dict[int, Interval]) -> None:
        self.a.project(-target, memo, out)


class Add(Expr):
    __slots__ = ('a', 'b',)

    def __init__(self, a: Expr, b: Expr):
        self.a = a
        self.b = b

    def children(self) -> tuple[Expr, ...]:
        return (self.a, self.b)

    def combine(self, values: list[Interval], env: Env) -> Interval:
        return values[0] + values[1]

    def narrow(self, target: Interval, memo: Memo, out: dict[int, Interval]) -> None:
        self.a.project(target - memo[id(self.b)], memo, out)
        self.b.project(target - memo[id(self.a)], memo, out)


class Sub(Expr):
    __slots__ = ('a', 'b',)

    def __init__(self, a: Expr, b: Expr):
        self.a = a
        self.b = b

    def children(self) -> tuple[Expr, ...]:
        return (self.a, self.b)

    def combine(self, values: list[Interval], env: Env) -> Interval:
        return values[0] - values[1]

    def narrow(self, target: Interval, memo: Memo, out: dict[int, Interval]) -> None:
        self.a.project(target + memo[id(self.b)], memo, out)
        self.b.project(memo[id(self.a)] - target, memo, out)


class Mul(Expr):
    __slots__ = ('a', 'b',)

    def __init__(self, a: Expr, b: Expr):
        self.a = a
        self.b = b

    def children(self) -> tuple[Expr, ...]:
        return (self.a, self.b)

    def combine(self, values: list[Interval], env: Env) -> Interval:
        return values[0] * values[1]

    def narrow(self, target: Interval, memo: Memo, out: dict[int, Interval]) -> None:
        _project_quotient(self.a, target, memo[id(self.b)], memo, out)
        _project_quotient(self.b, target, memo[id(self.a)], memo, out)


class Div(Expr):
    __slots__ = ('a', 'b',)

    def __init__(self, a: Expr, b: Expr):
        self.a = a
        self.b = b

    def children(self) -> tuple[Expr, ...]:
        return (self.a, self.b)

    def combine(self, values: list[Interval], env: Env) -> Interval:
        return values[0] / values[1]

    def narrow(self, target: Interval, memo: Memo, out: dict[int, Interval]) -> None:
        self.a.project(target * memo[id(self.b)], memo, out)
        _project_quotient(self.b, memo[id(self.a)], target, memo, out, divisor=True)


def _project_quotient(node: Expr, numerator: Interval, denominator: Interval, memo: Memo,
                      out: dict[int, Interval], divisor: bool = False) -> None:
    """Narrow ``node`` to numerator / denominator. When both can be 0, any value of the node will
    do (0 × anything, 0 / anything); a divisor that would have to be 0 is no value at all."""
    if numerator.contains(0) and denominator.contains(0):
        node.project(Interval.everything(), memo, out)
        return
    try:
        quotient = numerator / denominator
    except DivisionByZero:
        quotient = Interval.everything()
    if divisor and quotient.is_point and quotient.lo == 0:
        return  # a divisor cannot be 0: no value of it satisfies the relation
    node.project(quotient, memo, out)


class Pow(Expr):
    """A positive base to a whole power (average growth over n years: (1 + r)ⁿ)."""

    __slots__ = ("a", "n")

    def __init__(self, a: Expr, n: int):
        self.a = a
        self.n = n

    def children(self) -> tuple[Expr, ...]:
        return (self.a,)

    def combine(self, values: list[Interval], env: Env) -> Interval:
        return power(values[0], self.n)

    def narrow(self, target: Interval, memo: Memo, out: dict[int, Interval]) -> None:
        self.a.project(root(target, self.n), memo, out)


def power(iv: Interval, n: int) -> Interval:
    """iv to the whole power n ≥ 1, for a base that is not negative (a growth factor)."""
    clipped = iv.clip(Fraction(0), None)
    if clipped is None:
        raise DivisionByZero("a negative base")
    lo = None if clipped.lo is None else _sized(Interval.point(clipped.lo ** n)).lo
    hi = None if clipped.hi is None else _sized(Interval.point(clipped.hi ** n)).lo
    return Interval(lo, hi, clipped.lo_closed, clipped.hi_closed)


def root(iv: Interval, n: int, digits: int = 12) -> Interval:
    """An interval holding the n-th roots of iv's values ≥ 0: rational bounds rounded outward to
    ``digits`` significant places (roots are irrational; the enclosure is only ever used to say
    what values would fit)."""
    clipped = iv.clip(Fraction(0), None)
    if clipped is None:
        return Interval.everything()
    lo = None if clipped.lo is None else _nth_root(clipped.lo, n, digits, up=False)
    hi = None if clipped.hi is None else _nth_root(clipped.hi, n, digits, up=True)
    return Interval(lo, hi, True, hi is not None)


def _nth_root(x: Fraction, n: int, digits: int, up: bool) -> Fraction:
    """A rational within 10^-digits (relative) of x^(1/n): at least it when ``up``, at most it
    otherwise (bisection on exact powers)."""
    if x == 0 or n == 1:
        return x
    lo, hi = (Fraction(0), max(Fraction(1), x))
    scale = Fraction(1, 10 ** digits) * (hi - lo)
    while hi - lo > scale:
        mid = (lo + hi) / 2
        mid = Fraction(round(mid * 10 ** (digits + 2)), 10 ** (digits + 2)) or mid
        if mid <= lo or mid >= hi:
            break
        if mid ** n <= x:
            lo = mid
        else:
            hi = mid
    return hi if up else lo


class Sum(Expr):
    __slots__ = ("items",)

    def __init__(self, items: list[Expr] | None = None):
        self.items = [] if items is None else items

    def children(self) -> tuple[Expr, ...]:
        return tuple(self.items)

    def combine(self, values: list[Interval], env: Env) -> Interval:
        total = Interval.point(0)
        for v in values:
            total = _sized(total + v)
        return total

    def narrow(self, target: Interval, memo: Memo, out: dict[int, Interval]) -> None:
        values = [memo[id(item)] for item in self.items]
        # the sum of the other items: the items before each one, plus those after it
        after = [Interval.point(0)] if values else []
        for v in reversed(values[1:]):
            after.append(_sized(after[-1] + v))
        before = Interval.point(0)
        for item, v, rest in zip(self.items, values, reversed(after), strict=True):
            item.project(target - (before + rest), memo, out)
            before = _sized(before + v)


#: The target of ``computed − stated`` for each comparison.
OPS: dict[str, Interval] = {
    "==": Interval.point(0),
    "<=": Interval(None, Fraction(0), False, True),
    "<": Interval(None, Fraction(0), False, False),
    ">=": Interval(Fraction(0), None, True, False),
    ">": Interval(Fraction(0), None, False, False),
}


class Relation:
    """``computed OP stated``: holds when some values inside the intervals satisfy it."""

    __slots__ = ("_repeats", "_terms", "computed", "op", "stated")

    def __init__(self, computed: Expr, stated: Expr, op: str = "=="):
        self.computed = computed
        self.stated = stated
        self.op = op
        self._repeats: bool | None = None
        self._terms: tuple[Term, ...] | None = None

    def terms(self) -> tuple[Term, ...]:
        """The figures of both sides, left to right (walked once per relation)."""
        if self._terms is None:
            self._terms = (*self.computed.terms(), *self.stated.terms())
        return self._terms

    def repeats(self) -> bool:
        """Whether some figure appears more than once (worked out once per relation)."""
        if self._repeats is None:
            figures = [t.figure for t in self.terms()]
            self._repeats = len(set(figures)) < len(figures)
        return self._repeats

    def verdict(self, env: Env, naive: Interval | None = None) -> bool | None:
        """Whether some values inside the intervals satisfy the relation, None when undecided.

        ``naive`` is computed − stated with every place of a figure independent, if known.
        """
        target = OPS[self.op]
        if naive is None:
            naive = self.computed.eval(env) - self.stated.eval(env)
        if not naive.intersects(target):
            return False  # even independent places cannot satisfy it
        if not self.repeats():
            return True
        linear = _Linear.of(self)
        if linear is not None:
            return linear.eval(env).intersects(target)
        return True if self._witnessed(env) else None

    def holds(self, env: Env) -> bool:
        """False only when no values inside the intervals can satisfy the relation."""
        return self.verdict(env) is not False

    def difference(self, env: Env) -> Interval:
        """The values computed − stated can take (exact unless a claim repeats non-linearly)."""
        linear = _Linear.of(self) if self.repeats() else None
        if linear is not None:
            return linear.eval(env)
        return self.computed.eval(env) - self.stated.eval(env)

    def needed(self, env: Env) -> dict[int, Interval]:
        """For each term (by id), the values it would need for the relation to hold. In a
        non-linear relation in which a claim repeats, only the figures that appear once get them
        (each place of the repeated figure taken independently: values they would need at least);
        the repeated figure's are not exact."""
        repeated: set[object] = set()
        if self.repeats():
            linear = _Linear.of(self)
            if linear is not None:
                by_figure = linear.needed(env, OPS[self.op])
                return {id(t): by_figure[t.figure] for t in self.terms() if t.figure in by_figure}
            figures = [t.figure for t in self.terms()]
            repeated = {x for x in figures if figures.count(x) > 1}
        out: dict[int, Interval] = {}
        memo: Memo = {}
        target = OPS[self.op]
        stated = self.stated.eval(env, memo)
        computed = self.computed.eval(env, memo)
        self.computed.project(target + stated, memo, out)
        self.stated.project(computed - target, memo, out)
        if repeated:
            keep = {id(t) for t in self.terms() if t.figure not in repeated}
            out = {k: v for k, v in out.items() if k in keep}
        return out

    def _witnessed(self, env: Env) -> bool:
        """Whether sample points, one value per figure, show that some values satisfy it: a
        point inside the target, or (for ==) points on both sides of a continuous relation."""
        figures: dict[object, Interval] = {}
        for t in self.terms():
            figures.setdefault(t.figure, env(t))
        target, sides = OPS[self.op], set()
        for point in _samples(list(figures.values())):
            at = _at(dict(zip(figures, point, strict=True)))
            try:
                diff = self.computed.eval(at) - self.stated.eval(at)
            except DivisionByZero:
                continue
            if diff.intersects(target):
                return True
            sides.add(diff.lo is not None and diff.lo > 0)
        return len(sides) == 2 and self.op == "==" and self._continuous(env)

    def _continuous(self, env: Env) -> bool:
        """No divisor can come near zero, so the relation is continuous over the intervals."""
        memo: Memo = {}
        self.computed.eval(env, memo)
        self.stated.eval(env, memo)
        stack: list[Expr] = [self.computed, self.stated]
        while stack:
            node = stack.pop()
            if isinstance(node, Div) and memo[id(node.b)].contains(0):
                return False
            stack.extend(node.children())
        return True


def _at(values: dict[object, Fraction]) -> Env:
    return lambda t: Interval.point(values[t.figure])


def _samples(intervals: list[Interval]) -> Iterator[tuple[Fraction, ...]]:
    """Points of the box: every figure at the same level of its interval, then the corners."""
    choices = [_candidates(iv) for iv in intervals]
    for level in range(max((len(c) for c in choices), default=0)):
        yield tuple(c[min(level, len(c) - 1)] for c in choices)
    if len(choices) <= 5:
        yield from product(*[(c[0], c[-1]) for c in choices])


def _candidates(iv: Interval) -> list[Fraction]:
    """A few values inside an interval, from low to high."""
    lo, hi = iv.lo, iv.hi
    if lo is not None and hi is not None:
        w = hi - lo
        inner = [lo + w / 4, lo + w / 2, hi - w / 4] if w else [lo]
        return [*([lo] if iv.lo_closed else []), *inner, *([hi] if iv.hi_closed and w else [])]
    if lo is not None:
        return [*([lo] if iv.lo_closed else []), lo + 1, lo + 10 * (abs(lo) + 1)]
    if hi is not None:
        return [hi - 10 * (abs(hi) + 1), hi - 1, *([hi] if iv.hi_closed else [])]
    return [Fraction(-1), Fraction(0), Fraction(1)]


class _Linear:
    """computed − stated as Σ coefficient × figure + constant, each figure once."""

    __slots__ = ("coefficients", "constant")

    def __init__(self, coefficients: dict[object, tuple[Fraction, Term]], constant: Interval):
        self.coefficients = coefficients
        self.constant = constant

    @classmethod
    def of(cls, rel: Relation) -> _Linear | None:
        """The linear form of a relation, or None when it multiplies or divides figures."""
        coefficients: dict[object, tuple[Fraction, Term]] = {}
        constants: list[Interval] = []
        if not (_collect(rel.computed, Fraction(1), coefficients, constants)
                and _collect(rel.stated, Fraction(-1), coefficients, constants)):
            return None
        total = Interval.point(0)
        for c in constants:
            total = _sized(total + c)
        return cls(coefficients, total)

    def parts(self, env: Env) -> list[tuple[object, Fraction, Interval]]:
        return [(figure, c, _sized(env(t).scale(c)))
                for figure, (c, t) in self.coefficients.items() if c]

    def eval(self, env: Env) -> Interval:
        total = self.constant
        for _, _, part in self.parts(env):
            total = _sized(total + part)
        return total

    def needed(self, env: Env, target: Interval) -> dict[object, Interval]:
        """For each figure, the values that satisfy the relation with the others in their intervals."""
        parts = self.parts(env)
        after = [self.constant] if parts else []
        for _, _, part in reversed(parts[1:]):
            after.append(_sized(after[-1] + part))
        out: dict[object, Interval] = {}
        before = Interval.point(0)
        for (figure, c, part), rest in zip(parts, reversed(after), strict=True):
            out[figure] = _sized((target - (before + rest)).scale(1 / c))
            before = _sized(before + part)
        return out


def _collect(node: Expr, factor: Fraction, coefficients: dict[object, tuple[Fraction, Term]],
             constants: list[Interval]) -> bool:
    """Add factor × node to the linear form; False when the node is not linear in its figures."""
    if isinstance(node, Var):
        c, _ = coefficients.get(node.term.figure, (Fraction(0), node.term))
        coefficients[node.term.figure] = (_sized(Interval.point(c + factor)).lo, node.term)
        return True
    if isinstance(node, Const):
        constants.append(_sized(node.value.scale(factor)))
        return True
    if isinstance(node, Neg):
        return _collect(node.a, -factor, coefficients, constants)
    if isinstance(node, Add | Sub | Sum):
        sign = Fraction(-1) if isinstance(node, Sub) else Fraction(1)
        first, *rest = node.children() or (Const(Interval.point(0)),)
        return _collect(first, factor, coefficients, constants) and all(
            _collect(item, factor * sign, coefficients, constants) for item in rest)
    if isinstance(node, Mul):
        for a, b in ((node.a, node.b), (node.b, node.a)):
            c = _constant(a)
            if c is not None:
                return _collect(b, _sized(Interval.point(factor * c)).lo, coefficients, constants)
        return False
    if isinstance(node, Div):
        c = _constant(node.b)
        return c is not None and c != 0 and _collect(
            node.a, _sized(Interval.point(factor / c)).lo, coefficients, constants)
    return False


def _constant(node: Expr) -> Fraction | None:
    """The exact number a part of a relation without figures stands for, or None."""
    if next(node.terms(), None) is not None:
        return None
    value = node.eval(lambda t: Interval.everything())
    return value.lo if value.is_point else None
