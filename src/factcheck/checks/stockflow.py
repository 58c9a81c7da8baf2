"""Stock and flow: a stock at the end against its start and what was added and removed.

## What it checks
``end = start + Σ added − Σ removed`` (新增 … 累计). Without a start, the implied start is
reported as an info finding, and it must not be negative.

## Why it matters
"新增企业43家，累计拥有196家" says there were 153 before; if last year's report said 160, one of
the three figures is wrong. Cumulative totals are copied from year to year, so they drift.

## Example
```yaml
checks:
  - {stock: hitech_total, start: hitech_2022, added: [hitech_new]}
```
"""

from __future__ import annotations

from fractions import Fraction

from pydantic import Field

from .. import messages as msg
from ..display import scale_of
from ..findings import Severity
from ..interval import Interval
from ..messages import Listed, Message, Shown
from ..model import CheckBase, Ref, new_list
from ..relations import Const, Relation, Sub, Sum, Term, Var
from .base import Context, Outcome, Prepared, register_kind, written


class StockFlowCheck(CheckBase):
    stock: Ref = Field(description="The stock at the end (累计).")
    start: Ref | None = Field(None, description="The stock at the start.")
    added: list[Ref] = Field(default_factory=new_list, description="Flows in (新增).")
    removed: list[Ref] = Field(default_factory=new_list, description="Flows out.")


def prepare(spec: StockFlowCheck, ctx: Context) -> list[Prepared]:
    """A `{stock: end, start: …, added: […], removed: […]}` check entry."""
    end_claim = ctx.claim(spec.stock, "stock")
    start_claim = ctx.claim(spec.start, "start") if spec.start is not None else None
    added_claims = [ctx.claim(r, "added", i) for i, r in enumerate(spec.added)]
    removed_claims = [ctx.claim(r, "removed", i) for i, r in enumerate(spec.removed)]
    if end_claim is None or (spec.start is not None and start_claim is None) or \
            None in added_claims or None in removed_claims:
        return []
    end = ctx.value_term(end_claim, "end", "stock")
    added = [ctx.value_term(c, "added", "added") for c in added_claims if c]
    removed = [ctx.value_term(c, "removed", "removed") for c in removed_claims if c]
    start = ctx.value_term(start_claim, "start", "start") if start_claim else None
    terms = [t for t in (end, start, *added, *removed) if t is not None]
    if end is None or None in added or None in removed or (start_claim and start is None):
        return []
    if not ctx.compatible(terms, msg.WHAT_STOCK_FLOW):
        return []
    flows_in = Sum([Var(t) for t in added])
    flows_out = Sum([Var(t) for t in removed])
    sc = scale_of(end.quantity)
    integer = end.quantity.integer
    line, col = ctx.position
    if start is not None:
        return [with_start(ctx, end, start, added, removed, line, col, spec.id,
                           ctx.ignore(spec))]
    relation = Relation(Sum([Sub(Var(end), flows_in), flows_out]),
                        Const(Interval.point(Fraction(0))), ">=")

    def describe_negative(o: Outcome) -> tuple[Message, bool]:
        return Message(msg.FLOWS_EXCEED_STOCK, stock=written(end),
                       start=Shown(o.computed, sc, integer)), True

    prepared = Prepared(KIND, relation, ctx.file, line, col, describe_negative, spec.id, sc, sc,
                        ignore=ctx.ignore(spec))
    start_iv = relation.computed.eval(lambda t: t.quantity.checked_interval)
    shown = Shown(start_iv, sc, integer)
    flows = Listed(t.quantity.written for t in added) if added else Message(msg.NOTHING)
    prepared.derived.append(IMPLIED.finding(
        Message(msg.IMPLIED_START, stock=written(end), flows=flows, start=shown),
        ctx.file.display, line, col, check=spec.id, computed=start_iv, computed_shown=shown,
        verdict="derived",
    ))
    return [prepared]


def with_start(ctx: Context, end: Term, start: Term, added: list[Term], removed: list[Term],
               line: int, col: int, check_id: str | None, ignore: frozenset[str]) -> Prepared:
    """``start + Σ added − Σ removed = end``, found at (line, col) of ``ctx``'s file."""
    relation = Relation(Sub(Sum([Var(start), Sum([Var(t) for t in added])]),
                            Sum([Var(t) for t in removed])), Var(end))
    sc = scale_of(end.quantity)
    integer = end.quantity.integer

    def describe(o: Outcome) -> tuple[Message, bool]:
        moves = " + ".join(t.quantity.written for t in added) or "0"
        if removed:
            moves += " − " + " − ".join(t.quantity.written for t in removed)
        return Message(msg.STOCK_MISMATCH, start=written(start), moves=moves,
                       computed=Shown(o.computed, sc, integer), stock=written(end)), False

    return Prepared(KIND, relation, ctx.file, line, col, describe, check_id, sc, sc, ignore=ignore)


KIND = register_kind(
    "stock-flow", 5, __doc__ or "",
    (("FC501", "stock-flow-mismatch", Severity.ERROR, "A stock that its start and flows do not give."),
     ("FC502", "stock-implied-start", Severity.INFO,
      "The start a stock and its flows imply (a derived fact).")),
    key="stock", model=StockFlowCheck, prepare=prepare,
)
IMPLIED = KIND.rules[1]
