"""Growth: a stated growth rate against the two levels it compares.

## What it checks
For a rate in %, ``current / previous − 1`` must fall in the interval of the stated rate; for a
change in 百分点 (percentage points), ``current − previous`` must. It runs for a claim with
`growth:` and `previous:`, and for a check `{growth: current, previous: prev, rate: 5%}`. A
claim with `growth:` but no previous level gets the implied previous level as an info finding.

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

from ..corpus import Corpus
from ..display import Scale, format_interval, scale_of
from ..findings import Finding, Severity
from ..interval import DivisionByZero, Interval
from ..loader import ClaimInfo, LoadedFile
from ..model import GrowthCheck
from ..quantity import QuantityError, parse_rate
from ..relations import Const, Div, Relation, Sub, Term, Var
from .base import CheckKind, Context, Outcome, Prepared, Rule, written

KIND = CheckKind(
    "growth",
    (
        Rule("FC101", "growth-mismatch", Severity.ERROR,
             "A growth rate that the two levels it compares do not give."),
        Rule("FC102", "growth-implied-level", Severity.INFO,
             "The previous level a growth rate implies (a derived fact)."),
    ),
    __doc__ or "",
)

_PERCENT = Scale(Fraction(1, 100), "", "%", 2)


def prepare(spec: GrowthCheck, ctx: Context) -> list[Prepared]:
    """A `{growth: cur, previous: prev, rate: …}` check entry."""
    current = ctx.claim(spec.growth, "growth")
    previous = ctx.claim(spec.previous, "previous")
    if current is None or previous is None:
        return []
    rate = _rate_term(spec, current, ctx)
    if rate is None:
        return []
    line, col = ctx.position
    return _build(current, previous, rate, ctx, line, col, spec.id, ctx.ignore(spec))


def _rate_term(spec: GrowthCheck, current: ClaimInfo, ctx: Context) -> Term | None:
    if spec.rate is None:
        if current.growth is None:
            ctx.report("FC013", f"checks: {current.id!r} states no growth; give `rate:`",
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
        return Term(q, c, "rate", "growth" if c.growth else "value", basis=spec.basis)
    try:
        q = parse_rate(text, current.rounding)
    except QuantityError as err:
        ctx.report("FC005", f"checks.rate: {err}", "rate")
        return None
    return Term(q, None, "rate", "growth", basis=spec.basis or current.spec.basis, origin=ctx.file)


def _build(current: ClaimInfo, previous: ClaimInfo, rate: Term, ctx: Context,
           line: int, col: int, check_id: str | None, ignore: frozenset[str]) -> list[Prepared]:
    cur_q, prev_q = current.quantity, previous.quantity
    if cur_q is None or prev_q is None:
        return []
    the_file = ctx.file
    cur = Term(cur_q, current, "current", origin=the_file)
    prev = Term(prev_q, previous, "previous", origin=the_file)
    rate.origin = the_file
    if cur_q.unit.key != prev_q.unit.key:
        ctx.report("FC011", f"growth of {current.id} compares {cur_q.written} with "
                   f"{prev_q.written}: different dimensions")
        return []
    if rate.quantity.unit.dimension == "pp":
        if cur_q.unit.dimension != "ratio":
            ctx.report("FC013", f"a change of {rate.quantity.written} (百分点) compares two rates, "
                       f"but {current.id} is {cur_q.written}")
            return []
        rate.scale = Fraction(1, 100)
        computed: Sub = Sub(Var(cur), Var(prev))
    elif rate.quantity.unit.dimension == "ratio":
        computed = Sub(Div(Var(cur), Var(prev)), Const(Interval.point(1)))
    else:
        ctx.report("FC013", f"the growth rate {rate.quantity.written} is not a percentage or 百分点")
        return []
    relation = Relation(computed, Var(rate))
    pp = rate.quantity.unit.dimension == "pp"

    def describe(o: Outcome) -> tuple[str, bool]:
        if pp:
            what = (f"{written(cur)} minus {written(prev)} is {format_interval(o.computed, _PP)}, "
                    f"but the stated change is {rate.quantity.written}")
        else:
            what = (f"{written(cur)} against {written(prev)} is growth of "
                    f"{format_interval(o.computed, _PERCENT)}, but the stated rate is "
                    f"{rate.quantity.written}")
        return what, _sign_flip(o)

    def deflator(o: Outcome) -> str:
        if pp:
            return ""
        try:
            ratio = o.computed + Interval.point(1)
            implied = ratio / (o.stated + Interval.point(1)) - Interval.point(1)
        except DivisionByZero:
            return ""
        return (f"; the implied price (or scope) effect is {format_interval(implied, _PERCENT)}")

    return [Prepared(
        KIND, relation, the_file, line, col, describe, check_id,
        _PP if pp else _PERCENT, _PP if pp else _PERCENT,
        basis_note=deflator, ignore=ignore,
    )]


_PP = Scale(Fraction(1, 100), "", "个百分点", 2)


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
    problems: list[Finding] = []
    for c in f.claims.values():
        if c.target is not None or c.growth is None or c.quantity is None:
            continue
        rate = Term(c.growth, c, "rate", "growth")
        if c.spec.previous is not None:
            ctx = Context(corpus, f, ("claims", c.id))
            previous = ctx.claim(c.spec.previous, "previous")
            if previous is not None:
                prepared.extend(_build(c, previous, rate, ctx, c.line, c.column, None,
                                       frozenset()))
            problems.extend(ctx.problems)
            continue
        info = _implied_previous(c)
        if info is not None:
            prepared.append(info)
    return prepared, problems


def _implied_previous(c: ClaimInfo) -> Prepared | None:
    """No previous level: report the one the rate implies (info), as a relation that holds."""
    q, g = c.quantity, c.growth
    assert q is not None and g is not None
    if g.unit.dimension == "pp" and q.unit.dimension == "ratio":
        implied = q.checked_interval - g.interval.scale(Fraction(1, 100))
    elif g.unit.dimension == "ratio" and q.unit.dimension not in ("ratio", "pp"):
        try:
            implied = q.checked_interval / (g.interval + Interval.point(1))
        except DivisionByZero:
            return None
    else:
        return None
    sc = scale_of(q)
    shown = format_interval(implied, sc)
    note = {
        "real": " (the rate is at comparable prices: the published previous level may differ)",
        "same-scope": " (the rate is on a comparable scope: the published previous level may "
                      "differ)",
    }.get(c.spec.basis, "")
    finding = Finding(
        "FC102", "growth-implied-level", Severity.INFO,
        f"{c.id}: {q.written} after growth of {g.written} implies a previous level of "
        f"{shown}{note}",
        c.file.display, c.line, c.column, computed=implied, computed_text=shown,
        verdict="derived",
    )
    term = Term(q, c, "current")
    relation = Relation(Var(term), Const(q.checked_interval))
    return Prepared(KIND, relation, c.file, c.line, c.column, lambda o: ("", False),
                    run=lambda: [finding])
