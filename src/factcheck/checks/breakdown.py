"""Breakdown: parts against the total they break down.

## What it checks
With `exhaustive: true` (the article says 其中 and lists every category), the sum of the parts
must equal the total within the rounding of every figure; with `exhaustive: false`, the sum must
not exceed the total.

## Why it matters
"优质项目27个，其中重大产业项目5个、产业项目19个、优质服务项目6个" adds up to 30, not 27: either
the categories overlap (a project counted in two of them) or a figure is wrong, and an editor
must decide which before publication. Interval arithmetic gives rounded parts exactly the slack
that rounding allows (yearbooks warn that parts need not add up to the rounded total), so
rounding never raises this alarm.

A list found in an article (`discovered:`) whose parts exceed their total but fall into groups
that each add up to it (地方一般公共预算收入28583万元：税务部门13866万元、财政部门14717万元；税收收入
11136万元、非税收入17447万元) is two classifications of the same total, one after the other: each
group is checked as a breakdown of its own.

The total may also be a figure written in the check, exact by definition: shares that make
up a whole add up to `100%`, and the parts of a ratio such as 三次产业结构 8.1:42.1:49.8 to `100`.

## Example
```yaml
checks:
  - {breakdown: projects, parts: [projects_major, projects_industry, projects_service],
     exhaustive: true}
  - {breakdown: 100%, parts: [primary_share, secondary_share, tertiary_share]}
```
5 + 19 + 6 = 30 ≠ 27: FC301, with the note that the categories may overlap by 3.
"""

from __future__ import annotations

from dataclasses import replace

from pydantic import Field

from .. import messages as msg
from ..display import scale_of
from ..findings import Severity
from ..interval import Interval
from ..messages import Listed, Message, Shown
from ..model import CheckBase, Ref, RefOrValue
from ..relations import Relation, Sum, Term, Var
from .base import Context, Outcome, Prepared, register_kind, written


class BreakdownCheck(CheckBase):
    breakdown: RefOrValue = Field(description="The total: a claim, or a figure that is exact by "
                                  "definition (100%).")
    parts: list[Ref] = Field(min_length=1, description="The parts.")
    exhaustive: bool = Field(True, description="true when the parts make up the whole total.")


def prepare(spec: BreakdownCheck, ctx: Context) -> list[Prepared]:
    """A `{breakdown: total, parts: […], exhaustive: …}` check entry."""
    part_claims = [ctx.claim(ref, "parts", i) for i, ref in enumerate(spec.parts)]
    if any(c is None for c in part_claims):
        return []
    total = _total(spec, ctx, part_claims[0].rounding if part_claims else "up_or_down")
    parts = [ctx.value_term(c, "part", "parts", i) for i, c in enumerate(part_claims) if c]
    if total is None or any(p is None for p in parts):
        return []
    terms = [total, *parts]
    if not ctx.compatible(terms, msg.WHAT_BREAKDOWN):
        return []
    groups = _classifications(total, parts) if spec.discovered else None
    if groups is not None:
        return [p for group in groups for p in _prepared(spec, ctx, total, group, True)]
    return _prepared(spec, ctx, total, parts, spec.exhaustive)


def _prepared(spec: BreakdownCheck, ctx: Context, total: Term, parts: list[Term],
              exhaustive: bool) -> list[Prepared]:
    relation = Relation(Sum([Var(p) for p in parts]), Var(total), "==" if exhaustive else "<=")
    sc = scale_of(total.quantity)
    integer = total.quantity.integer

    def describe(o: Outcome) -> tuple[Message, bool]:
        facts = {"parts": Listed((p.quantity.written for p in parts), " + "),
                 "sum": Shown(o.computed, sc, integer), "total": written(total)}
        if o.computed.lo is not None and o.stated.hi is not None and o.computed.lo > o.stated.hi:
            return Message(msg.PARTS_EXCEED_TOTAL, gap=Shown(o.computed - o.stated, sc, integer),
                           **facts), False
        return Message(msg.PARTS_SHORT_OF_TOTAL, gap=Shown(o.stated - o.computed, sc, integer),
                       **facts), False

    line, col = ctx.position
    return [Prepared(KIND, relation, ctx.file, line, col, describe, spec.id, sc, sc,
                     ignore=ctx.ignore(spec))]


#: The most parts searched for classifications.
_MOST_PARTS = 12


def _classifications(total: Term, parts: list[Term]) -> list[list[Term]] | None:
    """The parts as two or more groups in their order of writing, each adding up to the total
    within rounding, when all of them together exceed it; else None."""
    whole = total.quantity.checked_interval.scale(total.scale)
    if not 3 <= len(parts) <= _MOST_PARTS or whole.hi is None:
        return None
    together = _sum(parts)
    if together.lo is None or together.lo <= whole.hi:
        return None
    groups = _split(parts, whole)
    return groups if groups is not None and len(groups) > 1 else None


def _split(parts: list[Term], whole: Interval) -> list[list[Term]] | None:
    """Consecutive runs of the parts, each of at least two, whose sums all meet ``whole``."""
    if len(parts) < 2:
        return None
    for end in range(2, len(parts) + 1):
        if _sum(parts[:end]).intersects(whole):
            if end == len(parts):
                return [parts]
            rest = _split(parts[end:], whole)
            if rest is not None:
                return [parts[:end], *rest]
    return None


def _sum(parts: list[Term]) -> Interval:
    out = Interval.point(0)
    for p in parts:
        out = out + p.quantity.checked_interval.scale(p.scale)
    return out


def _total(spec: BreakdownCheck, ctx: Context, rounding: str) -> Term | None:
    """The total: a claim's figure, or a figure written in the check (exact: a whole by
    definition, not a rounded figure of the article)."""
    total = ctx.ref_or_value(spec.breakdown, "total", "breakdown", rounding)
    if total is None or total.claim is not None:
        return total
    q = total.quantity
    total.quantity = replace(q, interval=Interval.point(q.value), step=None)
    return total


KIND = register_kind(
    "breakdown", 3, __doc__ or "",
    (("FC301", "breakdown-mismatch", Severity.ERROR, "Parts that do not add up to their total."),),
    key="breakdown", model=BreakdownCheck, prepare=prepare,
)
