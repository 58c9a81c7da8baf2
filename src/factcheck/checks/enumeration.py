"""Enumeration: the names a count lists against the count.

## What it checks
A claim with `names:` must list as many names as its count says; with `names_complete: false`
(the article writes 等, "and others"), no more names than the count. A `checks:` entry
`{enumeration: [ids], names: [...]}` holds the figures that count one list of names: counts
(三地, 这三座城市) and ranks, whose places are counted (前三 is three places, 第三至第七位 five).
With `members: [ids]` (the figures listed one per counted thing: 两个月…分别达14.8万车、14.9万车),
each count must also equal the number of those figures (be at least it with `names_complete: false`).

## Why it matters
"光伏、充电、储能、电车检测、餐饮、便利店六位于一体" must name six things; a list that lost or gained
a name in editing is easy to miss and embarrassing in print.

## Example
```yaml
claims:
  listed_new: {value: 两家, names: [长青科技, 天元智能]}
  rivers: {value: 5段, names: [大坝河, 童子河], names_complete: false}
  top3: {value: 排名前三}
  these3: {value: 这三地}
checks:
  - {enumeration: [top3, these3], names: [上海, 北京, 苏州]}
  - {enumeration: [two_months], names: [9月, 10月], members: [loads_sep, loads_oct]}
```
"""

from __future__ import annotations

from fractions import Fraction

from pydantic import Field

from .. import messages as msg
from .. import problems
from ..corpus import Corpus
from ..display import scale_of
from ..findings import Finding, Severity
from ..interval import Interval
from ..loader import LoadedFile
from ..messages import Listed, Message
from ..model import CheckBase, Ref, new_list
from ..relations import Const, Expr, Memo, Relation, Sum, Term, Var
from .base import Context, Outcome, Prepared, register_kind, written


class EnumerationCheck(CheckBase):
    enumeration: list[Ref] = Field(
        min_length=1, description="The figures that count the names: counts (三地) or ranks (前三).")
    names: list[str] = Field(min_length=1, description="The names, as the article lists them.")
    names_complete: bool = Field(
        True, description="false when the article's list ends with 等: the names are some of them.")
    members: list[Ref] = Field(
        default_factory=new_list,
        description="The figures listed one per counted thing (分别达14.8万车、14.9万车): one per count.")


def from_file(corpus: Corpus, f: LoadedFile) -> tuple[list[Prepared], list[Finding]]:
    """Every claim of a file with `names:` whose value is a count (unless an `enumeration:`
    entry of the file holds it)."""
    prepared: list[Prepared] = []
    if f.model is not None:
        entered = {ref for check in f.model.checks if isinstance(check, EnumerationCheck)
                   for ref in check.enumeration}
        for c in f.claims.values():
            q = c.quantity
            if c.target is not None or q is None or c.spec.names is None or c.id in entered:
                continue
            if q.unit.dimension != "count":
                continue
            names = list(c.spec.names)
            n = len(names)
            count = Term(q, c, "count")
            complete = c.spec.names_complete
            relation = Relation(Const(Interval.point(Fraction(n))), Var(count),
                                "==" if complete else "<=")
            line, col = f.source.value(("claims", c.id, "names"))
            prepared.append(Prepared(KIND, relation, f, line, col,
                                     _describe(names, complete, count), None, scale_of(q),
                                     scale_of(q)))
    return prepared, []


def _describe(names: list[str], complete: bool, count: Term):
    def describe(o: Outcome) -> tuple[Message, bool]:
        if count.quantity.unit.dimension == "rank":
            return Message(msg.RANKS_DO_NOT_MATCH, rank=written(count), places=_places(o.stated),
                           n=len(names), names=Listed(names, "、")), False
        template = msg.NAMES_DO_NOT_MATCH if complete else msg.NAMES_EXCEED_COUNT
        return Message(template, count=written(count), n=len(names),
                       names=Listed(names, "、")), False

    return describe


class Places(Expr):
    """The number of places a range of ranks covers: 前三 (1–3) is 3, 第三至第七位 is 5."""

    __slots__ = ("rank",)

    def __init__(self, rank: Var):
        self.rank = rank

    def children(self) -> tuple[Expr, ...]:
        return (self.rank,)

    def combine(self, values: list[Interval], env) -> Interval:
        hull = values[0].integer_hull()
        if hull is None or not hull.bounded:
            return Interval(Fraction(0), None)
        return Interval.point(hull.hi - hull.lo + 1)

    def narrow(self, target: Interval, memo: Memo, out: dict[int, Interval]) -> None:
        return None  # the places say nothing simple of where the range starts


class ListedCount(Expr):
    """The number of things a list counts: its names, whatever the figures listed with them (the
    figures are shown with the check, their values count for nothing)."""

    __slots__ = ("figures", "n")

    def __init__(self, figures: list[Var], n: int):
        self.figures = figures
        self.n = n

    def children(self) -> tuple[Expr, ...]:
        return tuple(self.figures)

    def combine(self, values: list[Interval], env) -> Interval:
        return Interval.point(Fraction(self.n))

    def narrow(self, target: Interval, memo: Memo, out: dict[int, Interval]) -> None:
        return None


def _listed(spec: EnumerationCheck, ctx: Context) -> list[Term] | None:
    """The terms of the figures listed one per counted thing, or None after reporting a bad one."""
    out = []
    for k, ref in enumerate(spec.members):
        claim = ctx.claim(ref, "members", k)
        term = None if claim is None else ctx.value_term(claim, "member", "members", k)
        if term is None:
            return None
        out.append(term)
    return out


def prepare(spec: EnumerationCheck, ctx: Context) -> list[Prepared]:
    """An `{enumeration: [ids], names: [...]}` entry: one relation per figure, shown as one."""
    n = len(spec.names)
    line, col = ctx.position
    members: list[Prepared] = []
    terms: list[Term] = []
    for k, ref in enumerate(spec.enumeration):
        claim = ctx.claim(ref, "enumeration", k)
        term = None if claim is None else ctx.value_term(claim, "count", "enumeration", k)
        if term is None:
            return []
        q = term.quantity
        if q.unit.dimension == "rank":
            counted: Expr = Places(Var(term))
        elif q.unit.dimension == "count":
            counted = Var(term)
        else:
            ctx.report(problems.DIMENSION_MISMATCH,
                       Message(msg.NOT_A_WHOLE_COUNT, written=repr(q.written)), "enumeration", k)
            return []
        relation = Relation(Const(Interval.point(Fraction(n))), counted,
                            "==" if spec.names_complete else "<=")
        members.append(Prepared(KIND, relation, ctx.file, line, col,
                                _describe(list(spec.names), spec.names_complete, term),
                                spec.id, scale_of(q), scale_of(q), ignore=ctx.ignore(spec)))
        terms.append(term)
    listed = _listed(spec, ctx)
    if listed is None:
        return []
    if listed and len(listed) != n:  # as many figures as names: the names' relations test them
        written_figures = [t.quantity.written for t in listed]
        for term in terms:
            counted = Places(Var(term)) if term.quantity.unit.dimension == "rank" else Var(term)
            relation = Relation(Const(Interval.point(Fraction(len(listed)))), counted,
                                "==" if spec.names_complete else "<=")  # 包括A、B等5家: some
            members.append(Prepared(KIND, relation, ctx.file, line, col,
                                    _describe(written_figures, spec.names_complete, term), spec.id,
                                    scale_of(term.quantity), scale_of(term.quantity),
                                    ignore=ctx.ignore(spec)))
    shown = Prepared(KIND, Relation(ListedCount([Var(t) for t in listed], n), Sum([Var(t) for t in terms])),
                     ctx.file, line, col, None, spec.id, ignore=ctx.ignore(spec),
                     parts=tuple(members))
    return [shown]


KIND = register_kind(
    "enumeration", 6, __doc__ or "",
    (("FC601", "enumeration-mismatch", Severity.ERROR,
      "A list of names that does not match the count that introduces it."),),
    key="enumeration", model=EnumerationCheck, prepare=prepare, from_file=from_file,
)


def _places(places: Interval) -> str:
    return str(places.lo) if places.is_point else "?"
