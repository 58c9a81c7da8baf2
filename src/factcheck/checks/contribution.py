"""Contribution: what a part adds to the growth of its total (拉动 x个百分点).

## What it checks
A part's contribution (拉动) is the growth of the total it accounts for, in 百分点 of the total's
previous level — a difference of rates: 0.3个百分点 is 0.003.

- The contributions of the parts that make up a whole add up to its growth rate: with
  `contribution: [c₁, c₂, c₃]` and `to: total`, ``Σ cᵢ = g`` (FC121). A contribution the article
  calls downward (负向拉动, 拉低) counts negative (`negative:`).
- One part's contribution (`contribution: c`, `part:`, `to:`) is its growth times its share of
  the total in the previous period: ``c = gᵢ × (sᵢ − Δᵢ)`` with this period's share ``sᵢ`` and
  its change ``Δᵢ`` in 百分点 (`part_share:`, `share_change:`); with this period's share alone,
  the previous one is ``sᵢ (1 + g) / (1 + gᵢ)``; with the levels of part and total,
  ``c = (Lᵢ − Lᵢ / (1 + gᵢ)) / (L / (1 + g))`` (FC122).

Real growth (GDP and value added) is weighted by volumes: with the previous period's share the
contribution holds approximately, and a mismatch is a warning (FC123); levels and this period's
share say nothing exact about it and are not tested. Same-scope rates against nominal levels are
not comparable (FC051).

## Why it matters
Contributions are rounded to 0.1个百分点 and adjusted to add up to the total's growth: a
contribution that its part's growth and weight cannot give, or contributions that do not add
up, is a figure copied from another table or period.

## Example
```yaml
claims:
  fai: {value: 247.4亿元, growth: 2%}
  central: {value: 159.5亿元, growth: 下降11.7%}
  local: {value: 87.9亿元, growth: 42.1%}
  central_pull: {value: 8.7个百分点}
  local_pull: {value: 10.7个百分点}
checks:
  - {contribution: [local_pull, central_pull], to: fai, negative: [central_pull]}
  - {contribution: local_pull, part: local, to: fai}
```
10.7 − 8.7 = 2.0, and (87.9 − 87.9 / 1.421) / (247.4 / 1.02) = 10.74个百分点: both consistent.
"""

from __future__ import annotations

from pydantic import Field

from .. import messages as msg
from .. import problems
from ..display import PERCENTAGE_POINTS
from ..findings import Severity
from ..interval import Interval
from ..messages import Listed, Message, Shown
from ..model import CheckBase, Ref, RefOrValue, new_list
from ..relations import Add, Const, Div, Expr, Mul, Relation, Sub, Sum, Term, Var
from .base import Context, Outcome, Prepared, register_kind, written
from .composition import basis_of, change_term, level_term, rate_term, share_term, with_basis

ONE = Interval.point(1)


class ContributionCheck(CheckBase):
    contribution: Ref | list[Ref] = Field(
        description="A part's contribution to the total's growth in 百分点 (拉动): one, or those of "
        "every part that makes up the total (they add up to its growth).")
    to: Ref = Field(description="The total: its growth rate (and its level).")
    part: Ref | None = Field(None, description="With one contribution: the part (its growth rate, "
                             "and its level).")
    part_share: RefOrValue | None = Field(None, description="The part's share of the total this "
                                          "period (a plain number is a percentage).")
    share_change: RefOrValue | None = Field(None, description="The change of that share since the "
                                            "previous period in 百分点.")
    negative: list[Ref] = Field(default_factory=new_list, description="Contributions the article states "
                                "as downward (负向拉动, 拉低): they count negative.")


def prepare(spec: ContributionCheck, ctx: Context) -> list[Prepared]:
    """A `{contribution: c | [c…], to: total, part: …, share: …, change: …}` check entry."""
    total_claim = ctx.claim(spec.to, "to")
    if total_claim is None:
        return []
    total = rate_term(ctx, total_claim, "total", "to")
    if total is None:
        return []
    refs = spec.contribution if isinstance(spec.contribution, list) else [spec.contribution]
    many = isinstance(spec.contribution, list)
    pulls = [change_term(ctx, ref, "contribution", "contribution", *((i,) if many else ()),
                         sign=-1 if ref in spec.negative else 1) for i, ref in enumerate(refs)]
    if any(p is None for p in pulls):
        return []
    terms = [p for p in pulls if p is not None]
    line, col = ctx.position
    ignore = ctx.ignore(spec)
    if spec.part is None:
        if not many or len(terms) < 2:
            ctx.report(problems.INVALID_CHECK, Message(msg.CONTRIBUTION_NEEDS_PART), "contribution")
            return []
        with_basis(terms, basis_of([total]))

        def adds_up(o: Outcome) -> tuple[Message, bool]:
            return Message(msg.CONTRIBUTIONS_SUM, parts=Listed((_signed(t) for t in terms), " + "),
                           computed=Shown(o.computed, PERCENTAGE_POINTS), total=written(total)), False

        relation = Relation(Sum([Var(t) for t in terms]), Var(total))
        return [Prepared(KIND, relation, ctx.file, line, col, adds_up, spec.id, PERCENTAGE_POINTS,
                         PERCENTAGE_POINTS, ignore=ignore)]
    if many and len(terms) != 1:
        ctx.report(problems.INVALID_CHECK, Message(msg.CONTRIBUTION_NEEDS_PART), "part")
        return []
    [pull] = terms
    part_claim = ctx.claim(spec.part, "part")
    if part_claim is None:
        return []
    rate = rate_term(ctx, part_claim, "part", "part")
    if rate is None:
        return []
    basis = basis_of([total, rate])
    with_basis([total, rate, pull], basis)
    found = _weight(spec, ctx, total_claim, part_claim, total, rate, basis)
    if found is None:
        return []
    computed, rule, by = found

    def mismatch(o: Outcome) -> tuple[Message, bool]:
        template = msg.CONTRIBUTION_APPROXIMATE if rule is APPROXIMATE else msg.CONTRIBUTION_MISMATCH
        return Message(template, part=written(rate), by=by, total=written(total),
                       computed=Shown(o.computed, PERCENTAGE_POINTS), contribution=_signed(pull)), \
            _sign_flip(o)

    return [Prepared(KIND, Relation(computed, Var(pull)), ctx.file, line, col, mismatch, spec.id,
                     PERCENTAGE_POINTS, PERCENTAGE_POINTS, ignore=ignore, rule=rule)]


def _weight(spec: ContributionCheck, ctx: Context, total_claim, part_claim, total: Term, rate: Term,
            basis: str) -> tuple[Expr, object, Message] | None:
    """The contribution the part's rate and weight give, the rule that judges it, and the weight."""
    if spec.part_share is not None:
        share = share_term(ctx, spec.part_share, "share", "part_share")
        if share is None:
            return None
        if spec.share_change is not None:
            change = change_term(ctx, spec.share_change, "change", "share_change")
            if change is None:
                return None
            if basis == "same-scope":
                return None  # shares of the published levels say nothing of a comparable scope
            with_basis([share, change], basis)
            rule = APPROXIMATE if basis == "real" else MISMATCH
            return Mul(Var(rate), Sub(Var(share), Var(change))), rule, \
                Message(msg.BY_ITS_PREVIOUS_SHARE)
        if basis == "real":
            return _not_tested(ctx, "part_share")
        # the previous share is this one × (1 + g) / (1 + gᵢ)
        previous = Div(Mul(Var(share), Add(Const(ONE), Var(total))), Add(Const(ONE), Var(rate)))
        return Mul(Var(rate), previous), MISMATCH, Message(msg.BY_ITS_SHARE)
    level = level_term(part_claim, "part", ctx.file)
    whole = level_term(total_claim, "total", ctx.file)
    if level is None or whole is None:
        ctx.report(problems.INVALID_CHECK, Message(msg.CONTRIBUTION_NEEDS_WEIGHT), "part")
        return None
    if not ctx.compatible([level, whole], msg.WHAT_PARTS):
        return None
    if basis == "real":
        return _not_tested(ctx, "part")
    added = Mul(Var(level), Sub(Const(ONE), Div(Const(ONE), Add(Const(ONE), Var(rate)))))  # Lᵢ − Lᵢ/(1+gᵢ)
    before = Div(Var(whole), Add(Const(ONE), Var(total)))
    return Div(added, before), MISMATCH, Message(msg.BY_ITS_LEVEL)


def _not_tested(ctx: Context, key: str) -> None:
    ctx.report(problems.INVALID_CHECK, Message(msg.REAL_NEEDS_PREVIOUS_SHARE), key)
    return None


def _signed(t: Term) -> str:
    return written(t) if t.scale > 0 else f"−{written(t)}"


def _sign_flip(o: Outcome) -> bool:
    s, c = o.stated, o.computed
    return bool((s.lo is not None and s.lo > 0 and c.hi is not None and c.hi < 0) or
                (s.hi is not None and s.hi < 0 and c.lo is not None and c.lo > 0))


KIND = register_kind(
    "contribution", 12, __doc__ or "",
    (("FC121", "contributions-sum-mismatch", Severity.ERROR,
      "Contributions (拉动) of the parts of a whole that do not add up to its growth rate."),
     ("FC122", "contribution-mismatch", Severity.ERROR,
      "A part's contribution (拉动) that its growth rate and weight do not give."),
     ("FC123", "contribution-approximate", Severity.WARNING,
      "A contribution to real growth far from the part's growth times its previous share.")),
    key="contribution", model=ContributionCheck, prepare=prepare,
)
MISMATCH = KIND.rules[1]
APPROXIMATE = KIND.rules[2]
