"""Growth: a stated growth rate against the two levels it compares.

## What it checks
For a rate in %, ``current / previous − 1`` must fall in the interval of the stated rate; for a
change in 百分点 (percentage points), ``current − previous`` must; for a change in the levels'
own unit (比上年增加14.2万人), ``current − previous`` must equal it; for an average rate over
several years (`years: 2` for 两年平均增长, 年均增长 over a plan), ``current / previous`` must
equal ``(1 + rate)^years``. It runs for a claim with `growth:` and `previous:`, and for a check
`{growth: current, previous: prev, rate: 5%}`. A claim with `growth:` but no previous level gets
the implied previous level as an info finding.

## Why it matters
A wrong rate, or a level copied from the wrong year, is the most common numeric slip in an
economic report. But GDP and value-added growth are *real* (at comparable prices) while levels
are at current prices, and fixed-asset investment growth is computed on a comparable set of
units: mark those `basis: real` or `basis: same-scope` and a level-ratio mismatch becomes an
info finding "not comparable" showing the implied deflator or scope effect — never an error.

## Example
```yaml
claims:
  gdp: {value: 227.6亿元, growth: 5%, previous: gdp_2022}
  gdp_2022: {value: 210.3亿元, period: 2022}
```
227.6 / 210.3 − 1 = 8.2%, outside [4.5%, 5.5%]: FC101. With `basis: real` on gdp it is FC051
(not comparable, implied deflator about +3.0%).
"""

from __future__ import annotations

from fractions import Fraction

from pydantic import Field

from .. import messages as msg
from .. import problems
from ..corpus import Corpus
from ..display import PERCENT, PERCENTAGE_POINTS, scale_of
from ..findings import Finding, Severity
from ..interval import DivisionByZero, Interval
from ..loader import ClaimInfo, LoadedFile
from ..messages import Message, Shown
from ..model import Basis, CheckBase, Ref, RefOrValue
from ..quantity import QuantityError, parse_quantity, parse_rate
from ..relations import Add, Const, Div, Expr, Pow, Relation, Sub, Term, Var, root
from .base import Context, Outcome, Prepared, register_kind, written


class GrowthCheck(CheckBase):
    growth: Ref = Field(description="The current level.")
    previous: Ref | None = Field(None, description="The previous level.")
    change: Ref | None = Field(None, description="Instead of `previous:`, the change the article "
                               "states (比上年增加296.7万吨): the previous level is current − change.")
    rate: RefOrValue | None = Field(None, description="The growth rate; default: the claim's.")
    basis: Basis | None = Field(None, description="Basis of the rate; default: the claim's.")
    years: int | None = Field(None, ge=1, le=100, description="The rate is an average over this "
                              "many years (两年平均增长: 2).")


def prepare(spec: GrowthCheck, ctx: Context) -> list[Prepared]:
    """A `{growth: cur, previous: prev, rate: …}` check entry."""
    current = ctx.claim(spec.growth, "growth")
    if (spec.previous is None) == (spec.change is None):
        ctx.report(problems.INVALID_CHECK, Message(msg.PREVIOUS_OR_CHANGE), "growth")
        return []
    if spec.previous is not None:
        previous = ctx.claim(spec.previous, "previous")
        if current is None or previous is None:
            return []
    else:
        change = ctx.claim(str(spec.change), "change")
        if current is None or change is None:
            return []
        previous = _LessChange(current, change)
    rate = _rate_term(spec, current, ctx)
    if rate is None:
        return []
    line, col = ctx.position
    return build(current, previous, rate, ctx, line, col, spec.id, ctx.ignore(spec),
                  spec.years or 1)


class _LessChange:
    """The previous level an article gives by a change: current − change."""

    __slots__ = ("change", "current")

    def __init__(self, current: ClaimInfo, change: ClaimInfo):
        self.current, self.change = current, change

    @property
    def quantity(self):
        return self.change.quantity


def _rate_term(spec: GrowthCheck, current: ClaimInfo, ctx: Context) -> Term | None:
    if spec.rate is None:
        if current.growth is None:
            ctx.report(problems.INVALID_CHECK, Message(msg.NO_GROWTH_GIVE_RATE, id=repr(current.id)),
                       "growth")
            return None
        return Term(current.growth, current, "rate", "growth", basis=spec.basis)
    text = str(spec.rate)
    found = ctx.corpus.lookup(text, ctx.file) if text.isascii() else None
    if isinstance(found, ClaimInfo):
        c = found.resolved
        q = c.growth or c.quantity
        if q is None:
            return None
        if q.unit.dimension == "factor":  # a claim 增长1.3倍 as the rate: +130%
            q = parse_rate(q.written, c.rounding)
        return Term(q, c, "rate", "growth" if c.growth else "value", basis=spec.basis)
    try:
        q = parse_quantity(text, current.rounding, tuple(sorted(ctx.file.units.items())))
        if q.unit.dimension in ("ratio", "pp", "factor"):
            q = parse_rate(text, current.rounding)
    except QuantityError as err:
        ctx.report(problems.UNREADABLE_VALUE, Message(msg.AT, where="checks.rate", what=str(err)),
                   "rate")
        return None
    return Term(q, None, "rate", "growth", basis=spec.basis or current.spec.basis, origin=ctx.file)


def build(current: ClaimInfo, previous: ClaimInfo, rate: Term, ctx: Context, line: int, col: int,
           check_id: str | None, ignore: frozenset[str], years: int = 1) -> list[Prepared]:
    cur_q, prev_q = current.quantity, previous.quantity
    if cur_q is None or prev_q is None:
        return []
    the_file = ctx.file
    cur = Term(cur_q, current, "current", origin=the_file)
    rate.origin = the_file
    if isinstance(previous, _LessChange):
        change = Term(prev_q, previous.change, "change", origin=the_file)
        prev_expr: Expr = Sub(Var(cur), Var(change))
        prev_text: str | Message = Message(msg.LESS_CHANGE, current=written(cur),
                                           change=written(change))
    else:
        prev = Term(prev_q, previous, "previous", origin=the_file)
        prev_expr, prev_text = Var(prev), written(prev)
    if cur_q.unit.key != prev_q.unit.key:
        ctx.report(problems.DIMENSION_MISMATCH, Message(msg.GROWTH_DIMENSIONS, id=current.id,
                                                        current=cur_q.written,
                                                        previous=prev_q.written))
        return []
    mode = _mode(rate, cur_q, current, ctx)
    if mode is None:
        return []
    if mode == "pp":
        rate.scale = Fraction(1, 100)
    if mode in ("pp", "change"):
        relation = Relation(Sub(Var(cur), prev_expr), Var(rate))
    elif years > 1:
        relation = Relation(Div(Var(cur), prev_expr),
                            Pow(Add(Const(Interval.point(1)), Var(rate)), years))
    else:
        relation = Relation(Sub(Div(Var(cur), prev_expr), Const(Interval.point(1))), Var(rate))
    shown = {"pp": PERCENTAGE_POINTS, "change": scale_of(cur_q)}.get(mode, PERCENT)

    def describe(o: Outcome) -> tuple[Message, bool]:
        facts = {"current": written(cur), "previous": prev_text, "rate": rate.quantity.written}
        if mode == "ratio" and years > 1:
            average = root(o.computed, years) - Interval.point(1)
            return Message(msg.AVERAGE_GROWTH_MISMATCH, years=years,
                           computed=Shown(average, PERCENT), **facts), _sign_flip(o)
        template = {"pp": msg.GROWTH_PP_MISMATCH, "change": msg.GROWTH_CHANGE_MISMATCH}.get(
            mode, msg.GROWTH_MISMATCH)
        return Message(template, computed=Shown(o.computed, shown), **facts), _sign_flip(o)

    def deflator(o: Outcome) -> Shown | None:
        if mode != "ratio" or years > 1:
            return None
        try:
            ratio = o.computed + Interval.point(1)
            implied = ratio / (o.stated + Interval.point(1)) - Interval.point(1)
        except DivisionByZero:
            return None
        return Shown(implied, PERCENT)

    sides = None if years > 1 and mode == "ratio" else shown
    return [Prepared(KIND, relation, the_file, line, col, describe, check_id, sides, sides,
                     basis_note=deflator, ignore=ignore)]


def _mode(rate: Term, cur_q, current: ClaimInfo, ctx: Context) -> str | None:
    """How the rate compares the levels: pp (a change of a rate in 百分点), ratio (a growth in %),
    change (a difference in the levels' own unit); None after reporting why it cannot."""
    dimension = rate.quantity.unit.dimension
    if dimension == "pp":
        if cur_q.unit.dimension == "ratio":
            return "pp"
        ctx.report(problems.INVALID_CHECK, Message(msg.PP_COMPARES_RATES, rate=rate.quantity.written,
                                                   id=current.id, current=cur_q.written))
        return None
    if dimension == "ratio":
        return "ratio"
    if rate.quantity.unit.key == cur_q.unit.key:
        return "change"
    ctx.report(problems.INVALID_CHECK, Message(msg.RATE_NOT_PERCENT, rate=rate.quantity.written))
    return None


def _sign_flip(o: Outcome) -> bool:
    s, c = o.stated, o.computed
    stated_up = s.lo is not None and s.lo > 0
    stated_down = s.hi is not None and s.hi < 0
    computed_up = c.lo is not None and c.lo > 0
    computed_down = c.hi is not None and c.hi < 0
    return (stated_up and computed_down) or (stated_down and computed_up)


def from_file(corpus: Corpus, f: LoadedFile) -> tuple[list[Prepared], list[Finding]]:
    """Claims with `growth:`: checked against `previous:`, else the implied previous level."""
    prepared: list[Prepared] = []
    found: list[Finding] = []
    for c in f.claims.values():
        if c.target is not None or c.growth is None or c.quantity is None:
            continue
        rate = Term(c.growth, c, "rate", "growth")
        if c.spec.previous is not None:
            ctx = Context(corpus, f, ("claims", c.id))
            previous = ctx.claim(c.spec.previous, "previous")
            if previous is not None:
                prepared.extend(build(c, previous, rate, ctx, c.line, c.column, None,
                                       frozenset()))
            found.extend(ctx.problems)
            continue
        info = _implied_previous(c)
        if info is not None:
            prepared.append(info)
    return prepared, found


def _implied_previous(c: ClaimInfo) -> Prepared | None:
    """No previous level: report the one the rate implies (info), as a relation that holds."""
    q, g = c.quantity, c.growth
    assert q is not None and g is not None
    pp = g.unit.dimension == "pp" and q.unit.dimension == "ratio"
    if not pp and not (g.unit.dimension == "ratio" and q.unit.dimension not in ("ratio", "pp")):
        return None

    def run(_: Prepared) -> list[Finding]:  # computed only when the file is checked, not linted
        try:
            implied = (q.checked_interval - g.interval.scale(Fraction(1, 100)) if pp
                       else q.checked_interval / (g.interval + Interval.point(1)))
        except DivisionByZero:
            return []
        shown = Shown(implied, scale_of(q))
        template = {"real": msg.IMPLIED_PREVIOUS_REAL, "same-scope": msg.IMPLIED_PREVIOUS_SAME_SCOPE
                    }.get(c.spec.basis, msg.IMPLIED_PREVIOUS)
        return [IMPLIED.finding(
            Message(template, id=c.id, written=q.written, growth=g.written, previous=shown),
            c.file.display, c.line, c.column, computed=implied, computed_shown=shown,
            verdict="derived",
        )]

    relation = Relation(Var(Term(q, c, "current")), Const(q.checked_interval))
    return Prepared(KIND, relation, c.file, c.line, c.column, None, run=run)


KIND = register_kind(
    "growth", 1, __doc__ or "",
    (("FC101", "growth-mismatch", Severity.ERROR,
      "A growth rate that the two levels it compares do not give."),
     ("FC102", "growth-implied-level", Severity.INFO,
      "The previous level a growth rate implies (a derived fact).")),
    key="growth", model=GrowthCheck, prepare=prepare, from_file=from_file,
)
IMPLIED = KIND.rules[1]
