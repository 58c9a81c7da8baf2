"""Composition: the growth of a total against the growth of the parts that make it up.

## What it checks
A total that is the sum of its parts (the three industries of a GDP, 中直 and 地方, 油 and 非油,
公有 and 非公有, 城镇 and 乡村, 税收 and 非税收入, large, medium and small firms) grows at a rate
between the smallest and the largest of its parts' rates: its growth is their average weighted
by the parts' previous levels, all positive. With every rate's interval, some values must give
``min gᵢ ≤ g ≤ max gᵢ`` (FC111).

When the parts' levels are stated (or their shares of the total) and the rates are nominal,
the weighted average is exact: the previous total is the sum of the previous parts,
``g = L / Σ (Lᵢ / (1 + gᵢ)) − 1`` with ``L`` the total's level (or ``Σ Lᵢ``), and with
this period's shares ``sᵢ``, ``g = Σ sᵢ / Σ (sᵢ / (1 + gᵢ)) − 1`` (FC112). With each share's
change since the previous period in 百分点 (`changes:`, ``Δᵢ``), the previous shares are
``sᵢ − Δᵢ`` and ``g = Σ (sᵢ − Δᵢ) gᵢ`` (one change may be missing: the changes add up to 0).

With the parts' levels, each stated change of a part's share (`changes:`) is tested too: the
previous levels are ``Lⱼ / (1 + gⱼ)``, so the share changed by
``Lᵢ / Σ Lⱼ − (Lᵢ / (1 + gᵢ)) / Σ (Lⱼ / (1 + gⱼ))`` (FC114). Its range over the figures'
rounding intervals is exact (bounded from outside in the rare case where a level's effect on it
changes sign within the level's rounding): never narrower than the values the figures can give,
so a failure is real.

Real growth (GDP and value added at comparable prices) is weighted by volumes, not by the
nominal levels, so the identity with the levels holds only approximately. Measured on 32 real
paragraphs that state a GDP and its three industries with levels and real rates (统计公报 and
经济运行 of the nation, cities, districts and counties, 2010 to 2025): the stated rate and the one
the levels give met within the figures' rounding in 26; the other six were 0.14 to 0.37
percentage point apart beyond it (0.54 at the midpoints). A total's real rate more than 1
percentage point beyond the one its parts' levels give (2.7 times the widest gap seen) is a
warning (FC113), never an error: a rate off by a digit in its units is found when that takes it
more than a point beyond, a last digit (6.3% written 6.8%) never is. With the previous period's
shares the identity holds approximately too, and a mismatch is a warning (FC113); share changes
are never tested against the levels of real growth. The same 1-point tolerance holds a total
marked `approximate: true` (discovered for a measure of no known name): its previous levels may
have been revised since, or its rates be on a comparable set of units (旅客发送量8201.9万人次，
增长2.87%, of parts that give 2.81%; 施工面积1078.02万m2，增长13.13%, of parts that give 7.5%: a
warning). Same-scope growth (investment on a comparable set of units) against nominal levels is
reported as not comparable (FC051), never as an error.

## Why it matters
"规模以上工业总产值增长9.6%…大型企业增长9.4%，中型企业增长11.2%，小微型企业增长8.7%" is
consistent; a total growing faster than every one of its parts is a wrong rate, a wrong part, or
parts that do not make up the whole. Only parts that make up the whole by the words of the text
are taken: never the few parts a 其中 lists.

## Example
```yaml
claims:
  retail: {value: 2175.3亿元, growth: 下降1.9%}
  wholesale: {value: 2023.6亿元, growth: 下降0.9%}
  catering: {value: 151.6亿元, growth: 下降14.3%}
  catering_share: {value: 下降1.0个百分点}
checks:
  - {composition: retail, parts: [wholesale, catering], changes: [null, catering_share]}
```
2175.3 / (2023.6 / 0.991 + 151.6 / 0.857) − 1 = −1.96%, which the roundings of the figures
bring to −1.95%: consistent. Written 下降2.9%, it fails (FC112). Catering's share went from
176.9 / 2218.9 = 7.97% to 151.6 / 2175.2 = 6.97%: over the roundings, a change of −1.0112 to
−0.9946个百分点, which 下降1.0个百分点 meets; 下降0.9个百分点 fails (FC114).
"""

from __future__ import annotations

from fractions import Fraction
from itertools import product

from pydantic import Field

from .. import messages as msg
from .. import problems
from ..display import PERCENT, PERCENTAGE_POINTS
from ..findings import Severity
from ..interval import Interval
from ..loader import ClaimInfo
from ..messages import Listed, Message, Shown
from ..model import CheckBase, Ref, RefOrValue
from ..relations import Add, Const, Div, Expr, Mul, Relation, Sub, Sum, Term, Var
from .base import Context, Outcome, Prepared, register_kind, written

__all__ = ["Hull", "basis_of", "change_term", "level_term", "of_claims", "rate_term", "share_term"]

ONE = Interval.point(1)
HUNDREDTH = Fraction(1, 100)
#: How far (beyond the figures' rounding) a total's rate may be from the one approximate weights give
#: it before a warning: 1 percentage point. Real growth weighted by current-price levels came within
#: 0.37 of the stated rate in 32 real GDP paragraphs (docs/composition.md).
TOLERANCE = Fraction(1, 100)


class CompositionCheck(CheckBase):
    composition: Ref = Field(description="The total: its growth rate (the claim's `growth:`, or its "
                             "value when the claim is a rate).")
    parts: list[Ref] = Field(min_length=2, description="The parts that make up the whole total (every "
                             "one of them): their growth rates, and their levels when they have them.")
    shares: list[RefOrValue] | None = Field(
        None, description="Each part's share of the total this period, in the order of `parts` (a "
        "plain number is a percentage: the 3.9 of 3.9：59.5：36.6).")
    changes: list[RefOrValue | None] | None = Field(
        None, description="Each share's change since the previous period in 百分点, in the order of "
        "`parts` (null where none is stated: one may be missing, the changes add up to 0). The "
        "previous shares are the shares less their changes.")
    approximate: bool = Field(
        False, description="The parts' levels weigh their rates only approximately: a measure whose "
        "previous levels may have been revised since, or whose rates are on a comparable set of units "
        "(a count of travellers, an area under construction). The rate the levels give the total is "
        "then held within 1 percentage point, a warning (FC113) and never an error, and share changes "
        "are not tested against the levels.")


# --- the figures of a relation between rates ---------------------------------------------------
def rate_term(ctx: Context, claim: ClaimInfo, role: str, key: str, *more: str | int) -> Term | None:
    """A claim's growth rate: its `growth:`, or its value when the claim is a rate in %; None
    after reporting why it has none."""
    if claim.growth is not None and claim.growth.unit.dimension == "ratio":
        return Term(claim.growth, claim, role, "growth", origin=ctx.file)
    q = claim.quantity
    if q is not None and q.unit.dimension == "ratio":
        return Term(q, claim, role, origin=ctx.file)  # a rate, or a share with its change in 百分点
    if q is not None or claim.growth is not None:
        ctx.report(problems.INVALID_CHECK, Message(msg.NO_GROWTH_RATE, id=repr(claim.id)), key, *more)
    return None


def level_term(claim: ClaimInfo, role: str, origin: object) -> Term | None:
    """A claim's level (not a rate, a share or a change in 百分点), or None."""
    q = claim.quantity
    if q is None or claim.growth is None or q.unit.dimension in ("ratio", "pp", "factor", "number"):
        return None
    return Term(q, claim, role, origin=origin)


def share_term(ctx: Context, spec: str | int, role: str, key: str, *more: str | int) -> Term | None:
    """A share: a claim's value or a figure in % (or 成); a plain number is a percentage (a part of
    100, as in 三次产业比 3.9：59.5：36.6), read at 1/100 and kept as written."""
    term = _figure(ctx, spec, role, key, *more)
    if term is None:
        return None
    dimension = term.quantity.unit.dimension
    if dimension == "number":
        term.scale = HUNDREDTH
    elif dimension != "ratio":
        ctx.report(problems.DIMENSION_MISMATCH, Message(msg.NOT_A_SHARE, written=repr(
            term.quantity.written)), key, *more)
        return None
    return term


def change_term(ctx: Context, spec: str | int, role: str, key: str, *more: str | int,
                sign: int = 1) -> Term | None:
    """A change in 百分点, as the difference of two ratios it is (0.3个百分点 = 0.003): a claim's
    value, or its `growth:` when that is the change (比重34.9%，提高0.5个百分点)."""
    term = _figure(ctx, spec, role, key, *more, growth_in_pp=True)
    if term is None:
        return None
    if term.quantity.unit.dimension != "pp":
        ctx.report(problems.DIMENSION_MISMATCH, Message(msg.NOT_POINTS, written=repr(
            term.quantity.written)), key, *more)
        return None
    term.scale = HUNDREDTH * sign
    return term


def _figure(ctx: Context, spec: str | int, role: str, key: str, *more: str | int,
            growth_in_pp: bool = False) -> Term | None:
    text = str(spec)
    if text.isascii() and not text[:1].isdigit():
        claim = ctx.claim(text, key, *more)
        if claim is None:
            return None
        if growth_in_pp and claim.growth is not None and claim.growth.unit.dimension == "pp":
            return Term(claim.growth, claim, role, "growth", origin=ctx.file)
        return ctx.value_term(claim, role, key, *more)
    return ctx.ref_or_value(spec, role, key, "up_or_down")


def basis_of(rates: list[Term]) -> str:
    """The basis of a relation's rates: real when one of them is real, else same-scope when one
    is, else nominal."""
    from ..verdict import term_basis

    bases = {term_basis(t) for t in rates}
    for basis in ("real", "same-scope"):
        if basis in bases:
            return basis
    return "nominal"


def with_basis(terms: list[Term], basis: str) -> None:
    """Take shares and changes as of the rates' basis: the relation is about those rates."""
    for t in terms:
        t.basis = basis


# --- the range of the parts' rates -------------------------------------------------------------
class Hull(Expr):
    """The values from the smallest to the largest of some figures: [min loᵢ, max hiᵢ]. A value
    lies in the hull of the intervals exactly when some choice of the figures puts it between
    their smallest and their largest."""

    __slots__ = ("items",)

    def __init__(self, items: list[Expr]):
        self.items = items

    def children(self) -> tuple[Expr, ...]:
        return tuple(self.items)

    def combine(self, values: list[Interval], env) -> Interval:
        out = values[0]
        for v in values[1:]:
            out = out.hull(v)
        return out

    def narrow(self, target: Interval, memo, out) -> None:
        """Each figure may take any value when the others already reach the target; else it must
        reach it itself (at least its low end, or at most its high end)."""
        values = [memo[id(item)] for item in self.items]
        for k, item in enumerate(self.items):
            others = values[:k] + values[k + 1:]
            rest = others[0]
            for v in others[1:]:
                rest = rest.hull(v)
            if rest.intersects(target):
                item.project(Interval.everything(), memo, out)
            elif target.lo is not None and (rest.hi is not None and rest.hi <= target.lo):
                item.project(Interval(target.lo, None, target.lo_closed, False), memo, out)
            else:
                item.project(Interval(None, target.hi, False, target.hi_closed), memo, out)


class Corners(Expr):
    """An expression in which a figure appears more than once, but that is monotone in each figure
    when the others are fixed — a weighted sum Σ (sᵢ − Δᵢ) gᵢ whose missing weight takes the other
    changes, or Σ Lᵢ / Σ (Lᵢ / (1 + gᵢ)): its exact range over the figures' intervals is reached
    at their ends, one value per figure (at most 2¹² corners; beyond, each place independently,
    which can only miss a failure). A leaf for the relation: each figure is named once."""

    __slots__ = ("expr", "most")

    def __init__(self, expr: Expr, most: int = 12):
        self.expr = expr
        self.most = most

    def terms(self):
        seen: set[object] = set()
        for t in self.expr.terms():
            if t.figure not in seen:
                seen.add(t.figure)
                yield t

    def combine(self, values: list[Interval], env) -> Interval:
        figures = {t.figure: env(t) for t in self.terms()}
        if len(figures) > self.most or not all(v.bounded for v in figures.values()):
            return self.expr.eval(env)
        low = high = None
        for corner in product(*[(v.lo, v.hi) for v in figures.values()]):
            at = dict(zip(figures, corner, strict=True))
            x = self.expr.eval(lambda t, at=at: Interval.point(at[t.figure]))
            low = x.lo if low is None or x.lo < low else low
            high = x.hi if high is None or x.hi > high else high
        return Interval(low, high)

    def narrow(self, target: Interval, memo, out) -> None:
        return None  # what each figure would need is not exact when figures repeat: no advice


class ShareChange(Expr):
    """The change of part i's share of a whole since the previous period, from the parts' levels
    Lⱼ and growth rates gⱼ: Lᵢ / Σ Lⱼ − Pᵢ / Σ Pⱼ with Pⱼ = Lⱼ / (1 + gⱼ). Each figure appears
    twice, and the change is not monotone in the levels, so interval arithmetic alone would widen
    it; its range is taken exactly instead.

    With positive levels and rates above −100 %, the change grows with gᵢ and falls with every
    other gⱼ (the previous share Pᵢ / Σ Pⱼ falls as 1 + gᵢ grows, rises as any other 1 + gⱼ grows),
    so its largest value has gᵢ at its top and the other rates at their bottom, its smallest the
    other way round. With the rates so fixed, the partial derivatives in the levels are bounded
    over the levels' box; when none changes sign there (figures rounded to a few digits: always in
    practice), the change is monotone in each level and its extreme is a corner of the box, taken
    exactly. Otherwise the mean-value form bounds it from outside. Either way the range holds every
    value the figures can give, so a relation it fails is a real failure."""

    __slots__ = ("levels", "part", "rates")

    def __init__(self, levels: list[Expr], rates: list[Expr], part: int):
        self.levels = levels
        self.rates = rates
        self.part = part

    def children(self) -> tuple[Expr, ...]:
        return (*self.levels, *self.rates)

    def combine(self, values: list[Interval], env) -> Interval:
        n = len(self.levels)
        levels, rates = values[:n], values[n:]
        if not all(v.bounded and v.lo is not None and v.lo > 0 for v in levels) or \
                not all(g.bounded and g.lo is not None and g.lo > -1 for g in rates):
            return _share_change_naive(levels, rates, self.part)
        i = self.part
        top = [1 / (1 + (g.hi if j == i else g.lo)) for j, g in enumerate(rates)]  # type: ignore[operator]
        bottom = [1 / (1 + (g.lo if j == i else g.hi)) for j, g in enumerate(rates)]  # type: ignore[operator]
        return Interval(_extreme(levels, bottom, i, -1), _extreme(levels, top, i, 1))

    def narrow(self, target: Interval, memo, out) -> None:
        return None  # what each figure would need is not exact when figures repeat: no advice


def _share_change_at(x: list[Fraction], a: list[Fraction], i: int) -> Fraction:
    """xᵢ / Σ xⱼ − aᵢxᵢ / Σ aⱼxⱼ at one point (aⱼ = 1 / (1 + gⱼ))."""
    return x[i] / sum(x) - a[i] * x[i] / sum(aj * xj for aj, xj in zip(a, x, strict=True))


def _extreme(levels: list[Interval], a: list[Fraction], i: int, sign: int) -> Fraction:
    """The largest (sign 1) or smallest (sign −1) share change over the levels' box, the rates
    fixed (through aⱼ = 1 / (1 + gⱼ)): at the corner where each level pushes it that way when every
    partial derivative keeps its sign over the box, else a mean-value bound beyond it."""
    weighted = [x.scale(aj) for aj, x in zip(a, levels, strict=True)]
    s, t = _total(levels), _total(weighted)
    s2, t2 = s * s, t * t
    gradient = []
    for j in range(len(levels)):
        if j == i:  # (S − xᵢ) / S² − aᵢ (T − aᵢxᵢ) / T²
            others = _total([x for k, x in enumerate(levels) if k != i])
            rest = _total([w for k, w in enumerate(weighted) if k != i])
            gradient.append(others / s2 - rest.scale(a[i]) / t2)
        else:  # −xᵢ / S² + aⱼ aᵢxᵢ / T²
            gradient.append(weighted[i].scale(a[j]) / t2 - levels[i] / s2)
    if all(d.lo is not None and d.hi is not None and (d.lo >= 0 or d.hi <= 0) for d in gradient):
        corner = [(x.hi if (d.lo >= 0) == (sign > 0) else x.lo)  # type: ignore[operator]
                  for x, d in zip(levels, gradient, strict=True)]
        return _share_change_at(corner, a, i)  # type: ignore[arg-type]
    middle = [x.midpoint for x in levels]
    spread = sum(((x.hi - x.lo) / 2) * max(abs(d.lo), abs(d.hi))  # type: ignore[operator,arg-type]
                 for x, d in zip(levels, gradient, strict=True))
    return _share_change_at(middle, a, i) + sign * spread  # type: ignore[arg-type]


def _total(values: list[Interval]) -> Interval:
    out = values[0]
    for v in values[1:]:
        out = out + v
    return out


def _share_change_naive(levels: list[Interval], rates: list[Interval], i: int) -> Interval:
    """The share change by plain interval arithmetic, each place of a figure independent: wider
    than the truth, never narrower."""
    one = Interval.point(1)
    before = [x / (one + g) for x, g in zip(levels, rates, strict=True)]
    return levels[i] / _total(levels) - before[i] / _total(before)


def exact(expr: Expr) -> Expr:
    """The expression, as :class:`Corners` when a figure appears in it more than once."""
    figures = [t.figure for t in expr.terms()]
    return Corners(expr) if len(set(figures)) < len(figures) else expr


# --- the check --------------------------------------------------------------------------------
def prepare(spec: CompositionCheck, ctx: Context) -> list[Prepared]:
    """A `{composition: total, parts: […], shares: […], changes: […]}` check entry."""
    total_claim = ctx.claim(spec.composition, "composition")
    part_claims = [ctx.claim(ref, "parts", i) for i, ref in enumerate(spec.parts)]
    if total_claim is None or any(c is None for c in part_claims):
        return []
    line, col = ctx.position
    return _relations(spec, ctx, total_claim, part_claims, line, col)


def of_claims(ctx: Context, total_claim: ClaimInfo, part_claims: list[ClaimInfo], line: int,
              col: int) -> list[Prepared]:
    """The relations of a total's growth and its parts' growth found without a check entry (the
    stretches of a year that make up a longer one), at (line, col) of ``ctx``'s file."""
    spec = CompositionCheck.model_construct(composition=total_claim.id,
                                            parts=[c.id for c in part_claims])
    return _relations(spec, ctx, total_claim, list(part_claims), line, col)


def _relations(spec: CompositionCheck, ctx: Context, total_claim: ClaimInfo,
               part_claims: list[ClaimInfo | None], line: int, col: int) -> list[Prepared]:
    total = rate_term(ctx, total_claim, "total", "composition")
    rates = [rate_term(ctx, c, "part", "parts", i) for i, c in enumerate(part_claims) if c]
    if total is None or any(r is None for r in rates):
        return []
    n = len(rates)
    if (spec.shares is not None and len(spec.shares) != n) or \
            (spec.changes is not None and len(spec.changes) != n):
        ctx.report(problems.INVALID_CHECK, Message(msg.ONE_EACH_PART, n=n), "parts")
        return []
    ignore = ctx.ignore(spec)
    basis = basis_of([total, *rates])
    with_basis([total, *rates], basis)  # the rates of a whole and of its parts are of one kind
    parts_text = Listed((_rate_text(r) for r in rates), ", ")

    def range_of(o: Outcome) -> tuple[Message, bool]:
        return Message(msg.COMPOSITION_OUTSIDE_PARTS, total=_rate_text(total), parts=parts_text,
                       range=Shown(o.stated, PERCENT)), _outside_in_sign(o)

    out = [Prepared(KIND, Relation(Var(total), Hull([Var(r) for r in rates])), ctx.file, line,
                    col, range_of, spec.id, PERCENT, PERCENT, ignore=ignore)]
    changes = _changes(spec, ctx)
    if changes is not None and not spec.approximate:
        out.extend(_share_changes(ctx, part_claims, rates, changes, basis, line, col, spec.id,
                                  ignore))
    for relation, rule, facts in _weighted(spec, ctx, total_claim, part_claims, total, rates,
                                           changes, basis):

        def mismatch(o: Outcome, rule=rule, facts=facts) -> tuple[Message, bool]:
            template = msg.COMPOSITION_MISMATCH if rule is not APPROXIMATE else \
                msg.COMPOSITION_APPROXIMATE if basis == "real" else msg.COMPOSITION_REVISED
            return Message(template, total=_rate_text(total), by=facts, parts=parts_text,
                           computed=Shown(o.computed, PERCENT)), _sign_flip(o)

        out.append(Prepared(KIND, relation, ctx.file, line, col, mismatch, spec.id, PERCENT, PERCENT,
                            ignore=ignore, rule=rule))
    return out


def _changes(spec: CompositionCheck, ctx: Context) -> list[Term | None] | None:
    """The shares' changes in 百分点 the check names (None where it names none); None when it
    names none at all or one of them is no change in 百分点 (reported)."""
    if spec.changes is None:
        return None
    changes = [None if c is None else change_term(ctx, c, "change", "changes", i)
               for i, c in enumerate(spec.changes)]
    if any(c is None and given is not None for c, given in zip(changes, spec.changes, strict=True)):
        return None
    return changes


def _weighted(spec: CompositionCheck, ctx: Context, total_claim: ClaimInfo,
              part_claims: list[ClaimInfo | None], total: Term, rates: list[Term],
              changes: list[Term | None] | None, basis: str
              ) -> list[tuple[Relation, object, Message]]:
    """The growth the parts give the total, weighted by what the check or the claims state: the
    previous shares (nominal or real rates), and the levels, or else this period's shares
    (nominal or same-scope rates)."""
    out = []
    shares: list[Term | None] | None = None
    if spec.shares is not None:
        shares = [share_term(ctx, s, "share", "shares", i) for i, s in enumerate(spec.shares)]
        if any(s is None for s in shares):
            return []
    if spec.changes is not None and changes is None and shares is not None:
        return []  # a change that is none (reported)
    if changes is not None and shares is not None and basis != "same-scope":
        if sum(c is None for c in changes) > 1:
            ctx.report(problems.INVALID_CHECK, Message(msg.ONE_CHANGE_MISSING), "changes")
            return []
        with_basis([*(s for s in shares if s), *(c for c in changes if c is not None)], basis)
        previous = previous_shares(shares, changes)
        computed = exact(Sum([Mul(w, Var(r)) for w, r in zip(previous, rates, strict=True)]))
        out.append((Relation(computed, Var(total)), APPROXIMATE if basis == "real" else MISMATCH,
                    Message(msg.BY_PREVIOUS_SHARES)))
    if basis == "real" and out:
        return out  # the previous shares weigh real growth better than this period's levels
    levels = [level_term(c, "part", ctx.file) for c in part_claims if c is not None]
    approximate = spec.approximate or basis == "real"
    if basis == "real" and (not all(v is not None for v in levels) or level_term(
            total_claim, "total", ctx.file) is None):
        return out  # this period's shares alone say too little about real growth
    if all(v is not None for v in levels) and ctx.compatible([v for v in levels if v], msg.WHAT_PARTS):
        weights = [v for v in levels if v is not None]
        mine = level_term(total_claim, "total", ctx.file)
        if mine is not None and mine.quantity.unit.key == weights[0].quantity.unit.key:
            whole: Expr = Var(mine)
        else:
            whole = Sum([Var(w) for w in weights])
        by = Message(msg.BY_LEVELS)
    elif shares is not None:
        weights = [s for s in shares if s is not None]
        whole = Sum([Var(w) for w in weights])
        by = Message(msg.BY_SHARES)
    else:
        return out
    before = Sum([Div(Var(w), Add(Const(ONE), Var(r))) for w, r in zip(weights, rates, strict=True)])
    computed = exact(Sub(Div(whole, before), Const(ONE)))
    if approximate:  # within the tolerance no real text was seen to exceed
        if basis == "real":  # the levels weigh the real rates, approximately: no mix of bases
            with_basis([*weights, *([whole.term] if isinstance(whole, Var) else [])], basis)
        out.append((Relation(computed, Add(Var(total), Const(Interval(-TOLERANCE, TOLERANCE)))),
                    APPROXIMATE, by))
    else:
        out.append((Relation(computed, Var(total)), MISMATCH, by))
    return out


def _share_changes(ctx: Context, part_claims: list[ClaimInfo | None], rates: list[Term],
                   changes: list[Term | None], basis: str, line: int, col: int,
                   check_id: str | None, ignore: frozenset[str]) -> list[Prepared]:
    """Each stated change of a part's share against the one the parts' levels and rates give
    (:class:`ShareChange`). Only for nominal and same-scope rates: real growth is weighted by
    volumes, so current-price levels say nothing exact about it; same-scope rates against the
    published levels are reported as not comparable when they disagree (the verdict's policy)."""
    if basis == "real" or all(c is None for c in changes):
        return []
    levels = [level_term(c, "part", ctx.file) for c in part_claims if c is not None]
    if any(v is None for v in levels) or not ctx.compatible([v for v in levels if v], msg.WHAT_PARTS):
        return []
    now = [v for v in levels if v is not None]
    out = []
    for i, change in enumerate(changes):
        if change is None:
            continue
        change.basis = basis  # a share's change is as comparable with the levels as the rates are
        computed = ShareChange([Var(v) for v in now], [Var(r) for r in rates], i)

        def describe(o: Outcome, part=now[i], change=change) -> tuple[Message, bool]:
            return Message(msg.SHARE_CHANGE_MISMATCH, part=written(part), change=written(change),
                           computed=Shown(o.computed, PERCENTAGE_POINTS)), _sign_flip(o)

        out.append(Prepared(KIND, Relation(computed, Var(change)), ctx.file, line, col, describe,
                            check_id, PERCENTAGE_POINTS, PERCENTAGE_POINTS, ignore=ignore,
                            rule=SHARE_CHANGE))
    return out


def previous_shares(shares: list[Term | None], changes: list[Term | None]) -> list[Expr]:
    """sᵢ − Δᵢ for each part; the one part without a change takes sᵢ plus the others' changes
    (the shares of parts that make up a whole change by 0 in all)."""
    out: list[Expr] = []
    for s, c in zip(shares, changes, strict=True):
        assert s is not None
        if c is not None:
            out.append(Sub(Var(s), Var(c)))
        else:
            others = [Var(o) for o in changes if o is not None]
            out.append(Add(Var(s), Sum(others)) if others else Var(s))
    return out


def _rate_text(t: Term) -> str:
    return written(t)


def _outside_in_sign(o: Outcome) -> bool:
    """A total said to grow while every part fell (or the other way round) is a headline error."""
    s, c = o.stated, o.computed
    return bool((c.lo is not None and c.lo > 0 and s.hi is not None and s.hi < 0) or
                (c.hi is not None and c.hi < 0 and s.lo is not None and s.lo > 0))


def _sign_flip(o: Outcome) -> bool:
    s, c = o.stated, o.computed
    return bool((s.lo is not None and s.lo > 0 and c.hi is not None and c.hi < 0) or
                (s.hi is not None and s.hi < 0 and c.lo is not None and c.lo > 0))


KIND = register_kind(
    "composition", 11, __doc__ or "",
    (("FC111", "composition-outside-parts", Severity.ERROR,
      "A total's growth rate outside the range of the growth rates of the parts that make it up."),
     ("FC112", "composition-mismatch", Severity.ERROR,
      "A total's growth rate that its parts' levels (or shares) and growth rates do not give."),
     ("FC113", "composition-approximate", Severity.WARNING,
      "A total's growth far from the one its parts give when their weights are approximate: real "
      "growth weighted by previous shares, or levels whose previous values may have been revised."),
     ("FC114", "share-change-mismatch", Severity.ERROR,
      "A part's change of share in 百分点 that the parts' levels and growth rates do not give.")),
    key="composition", model=CompositionCheck, prepare=prepare,
)
MISMATCH = KIND.rules[1]
APPROXIMATE = KIND.rules[2]
SHARE_CHANGE = KIND.rules[3]
