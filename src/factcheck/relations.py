"""Relations between claims as small expression trees over intervals.

Every check kind turns its relation into ``computed OP stated`` where both sides are
expressions over claim figures. A relation *holds* when some choice of values inside the
figures' intervals satisfies it. Each figure appears once in a relation, so forward interval
evaluation is exact, and backward projection gives, for each figure, exactly the values it
would need for the relation to hold — the "what would have been consistent" of a finding.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from fractions import Fraction

from .interval import DivisionByZero, Interval
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
    "Relation",
    "Sub",
    "Sum",
    "Term",
    "TooLarge",
    "Var",
]

Env = Callable[["Term"], Interval]


@dataclass(eq=False, slots=True)
class Term:
    """A figure taking part in a relation: a claim's value or growth, or a written constant."""

    quantity: Quantity
    claim: ClaimInfo | None = None
    role: str = ""
    field: str = "value"  # value or growth
    scale: Fraction = Fraction(1)  # pp → ratio: 1/100
    basis: str | None = None  # a check's basis for this figure, when it overrides the claim's
    origin: object | None = None  # the file whose check names this figure (for display)

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


@dataclass(eq=False, slots=True)
class Var(Expr):
    term: Term

    def combine(self, values: list[Interval], env: Env) -> Interval:
        return env(self.term)

    def narrow(self, target: Interval, memo: Memo, out: dict[int, Interval]) -> None:
        out[id(self.term)] = target

    def terms(self) -> Iterator[Term]:
        yield self.term


@dataclass(eq=False, slots=True)
class Const(Expr):
    value: Interval

    def combine(self, values: list[Interval], env: Env) -> Interval:
        return self.value

    def narrow(self, target: Interval, memo: Memo, out: dict[int, Interval]) -> None:
        return None


@dataclass(eq=False, slots=True)
class Neg(Expr):
    a: Expr

    def children(self) -> tuple[Expr, ...]:
        return (self.a,)

    def combine(self, values: list[Interval], env: Env) -> Interval:
        return -values[0]

    def narrow(self, target: Interval, memo: Memo, out: dict[int, Interval]) -> None:
        self.a.project(-target, memo, out)


@dataclass(eq=False, slots=True)
class Add(Expr):
    a: Expr
    b: Expr

    def children(self) -> tuple[Expr, ...]:
        return (self.a, self.b)

    def combine(self, values: list[Interval], env: Env) -> Interval:
        return values[0] + values[1]

    def narrow(self, target: Interval, memo: Memo, out: dict[int, Interval]) -> None:
        self.a.project(target - memo[id(self.b)], memo, out)
        self.b.project(target - memo[id(self.a)], memo, out)


@dataclass(eq=False, slots=True)
class Sub(Expr):
    a: Expr
    b: Expr

    def children(self) -> tuple[Expr, ...]:
        return (self.a, self.b)

    def combine(self, values: list[Interval], env: Env) -> Interval:
        return values[0] - values[1]

    def narrow(self, target: Interval, memo: Memo, out: dict[int, Interval]) -> None:
        self.a.project(target + memo[id(self.b)], memo, out)
        self.b.project(memo[id(self.a)] - target, memo, out)


@dataclass(eq=False, slots=True)
class Mul(Expr):
    a: Expr
    b: Expr

    def children(self) -> tuple[Expr, ...]:
        return (self.a, self.b)

    def combine(self, values: list[Interval], env: Env) -> Interval:
        return values[0] * values[1]

    def narrow(self, target: Interval, memo: Memo, out: dict[int, Interval]) -> None:
        _project_quotient(self.a, target, memo[id(self.b)], memo, out)
        _project_quotient(self.b, target, memo[id(self.a)], memo, out)


@dataclass(eq=False, slots=True)
class Div(Expr):
    a: Expr
    b: Expr

    def children(self) -> tuple[Expr, ...]:
        return (self.a, self.b)

    def combine(self, values: list[Interval], env: Env) -> Interval:
        return values[0] / values[1]

    def narrow(self, target: Interval, memo: Memo, out: dict[int, Interval]) -> None:
        self.a.project(target * memo[id(self.b)], memo, out)
        _project_quotient(self.b, memo[id(self.a)], target, memo, out)


def _project_quotient(node: Expr, numerator: Interval, denominator: Interval, memo: Memo,
                      out: dict[int, Interval]) -> None:
    try:
        quotient = numerator / denominator
    except DivisionByZero:
        quotient = Interval.everything()
    node.project(quotient, memo, out)


@dataclass(eq=False, slots=True)
class Sum(Expr):
    items: list[Expr] = field(default_factory=list)

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


@dataclass(eq=False, slots=True)
class Relation:
    """``computed OP stated``: holds when some values inside the intervals satisfy it."""

    computed: Expr
    stated: Expr
    op: str = "=="

    def terms(self) -> list[Term]:
        return [*self.computed.terms(), *self.stated.terms()]

    def holds(self, env: Env) -> bool:
        diff = self.computed.eval(env) - self.stated.eval(env)
        return diff.intersects(OPS[self.op])

    def needed(self, env: Env) -> dict[int, Interval]:
        """For each term (by id), the values it would need for the relation to hold."""
        out: dict[int, Interval] = {}
        memo: Memo = {}
        target = OPS[self.op]
        stated = self.stated.eval(env, memo)
        computed = self.computed.eval(env, memo)
        self.computed.project(target + stated, memo, out)
        self.stated.project(computed - target, memo, out)
        return out
