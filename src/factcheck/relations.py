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


class Expr(ABC):
    """An expression over intervals."""

    __slots__ = ()

    @abstractmethod
    def eval(self, env: Env) -> Interval:
        """The interval of values the expression can take."""

    @abstractmethod
    def project(self, target: Interval, env: Env, out: dict[int, Interval]) -> None:
        """Narrow ``target`` (the values this node must take) down to each variable."""

    @abstractmethod
    def terms(self) -> Iterator[Term]:
        """The figures in the expression, left to right."""


@dataclass(eq=False, slots=True)
class Var(Expr):
    term: Term

    def eval(self, env: Env) -> Interval:
        return env(self.term)

    def project(self, target: Interval, env: Env, out: dict[int, Interval]) -> None:
        out[id(self.term)] = target

    def terms(self) -> Iterator[Term]:
        yield self.term


@dataclass(eq=False, slots=True)
class Const(Expr):
    value: Interval

    def eval(self, env: Env) -> Interval:
        return self.value

    def project(self, target: Interval, env: Env, out: dict[int, Interval]) -> None:
        return None

    def terms(self) -> Iterator[Term]:
        return iter(())


@dataclass(eq=False, slots=True)
class Neg(Expr):
    a: Expr

    def eval(self, env: Env) -> Interval:
        return -self.a.eval(env)

    def project(self, target: Interval, env: Env, out: dict[int, Interval]) -> None:
        self.a.project(-target, env, out)

    def terms(self) -> Iterator[Term]:
        yield from self.a.terms()


@dataclass(eq=False, slots=True)
class Add(Expr):
    a: Expr
    b: Expr

    def eval(self, env: Env) -> Interval:
        return self.a.eval(env) + self.b.eval(env)

    def project(self, target: Interval, env: Env, out: dict[int, Interval]) -> None:
        self.a.project(target - self.b.eval(env), env, out)
        self.b.project(target - self.a.eval(env), env, out)

    def terms(self) -> Iterator[Term]:
        yield from self.a.terms()
        yield from self.b.terms()


@dataclass(eq=False, slots=True)
class Sub(Expr):
    a: Expr
    b: Expr

    def eval(self, env: Env) -> Interval:
        return self.a.eval(env) - self.b.eval(env)

    def project(self, target: Interval, env: Env, out: dict[int, Interval]) -> None:
        self.a.project(target + self.b.eval(env), env, out)
        self.b.project(self.a.eval(env) - target, env, out)

    def terms(self) -> Iterator[Term]:
        yield from self.a.terms()
        yield from self.b.terms()


@dataclass(eq=False, slots=True)
class Mul(Expr):
    a: Expr
    b: Expr

    def eval(self, env: Env) -> Interval:
        return self.a.eval(env) * self.b.eval(env)

    def project(self, target: Interval, env: Env, out: dict[int, Interval]) -> None:
        _project_quotient(self.a, target, self.b.eval(env), env, out)
        _project_quotient(self.b, target, self.a.eval(env), env, out)

    def terms(self) -> Iterator[Term]:
        yield from self.a.terms()
        yield from self.b.terms()


@dataclass(eq=False, slots=True)
class Div(Expr):
    a: Expr
    b: Expr

    def eval(self, env: Env) -> Interval:
        return self.a.eval(env) / self.b.eval(env)

    def project(self, target: Interval, env: Env, out: dict[int, Interval]) -> None:
        self.a.project(target * self.b.eval(env), env, out)
        _project_quotient(self.b, self.a.eval(env), target, env, out)

    def terms(self) -> Iterator[Term]:
        yield from self.a.terms()
        yield from self.b.terms()


def _project_quotient(node: Expr, numerator: Interval, denominator: Interval, env: Env,
                      out: dict[int, Interval]) -> None:
    try:
        node.project(numerator / denominator, env, out)
    except DivisionByZero:
        node.project(Interval.everything(), env, out)


@dataclass(eq=False, slots=True)
class Sum(Expr):
    items: list[Expr] = field(default_factory=list)

    def eval(self, env: Env) -> Interval:
        total = Interval.point(0)
        for item in self.items:
            total = total + item.eval(env)
        return total

    def project(self, target: Interval, env: Env, out: dict[int, Interval]) -> None:
        values = [item.eval(env) for item in self.items]
        # the sum of the other items: the items before each one, plus those after it
        after = [Interval.point(0)] if values else []
        for v in reversed(values[1:]):
            after.append(after[-1] + v)
        before = Interval.point(0)
        for item, v, rest in zip(self.items, values, reversed(after), strict=True):
            item.project(target - (before + rest), env, out)
            before = before + v

    def terms(self) -> Iterator[Term]:
        for item in self.items:
            yield from item.terms()


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
        target = OPS[self.op]
        stated = self.stated.eval(env)
        computed = self.computed.eval(env)
        self.computed.project(target + stated, env, out)
        self.stated.project(computed - target, env, out)
        return out
