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

from ..display import format_interval, scale_of
from ..findings import Finding, Severity
from ..interval import Interval
from ..model import StockFlowCheck
from ..relations import Const, Relation, Sub, Sum, Var
from .base import CheckKind, Context, Outcome, Prepared, Rule, written

KIND = CheckKind(
    "stock-flow",
    (
        Rule("FC501", "stock-flow-mismatch", Severity.ERROR,
             "A stock that its start and flows do not give."),
        Rule("FC502", "stock-implied-start", Severity.INFO,
             "The start a stock and its flows imply (a derived fact)."),
    ),
    __doc__ or "",
)


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
    if not ctx.compatible(terms, "stock and flow"):
        return []
    flows_in = Sum([Var(t) for t in added])
    flows_out = Sum([Var(t) for t in removed])
    sc = scale_of(end.quantity)
    integer = end.quantity.integer
    line, col = ctx.position
    if start is not None:
        relation = Relation(Sub(Sum([Var(start), flows_in]), flows_out), Var(end))

        def describe(o: Outcome) -> tuple[str, bool]:
            moves = " + ".join(t.quantity.written for t in added) or "0"
            if removed:
                moves += " − " + " − ".join(t.quantity.written for t in removed)
            return (f"start {written(start)} + {moves} = {format_interval(o.computed, sc, integer)}"
                    f", but the stock is {written(end)}", False)

        return [Prepared(KIND, relation, ctx.file, line, col, describe, spec.id, sc, sc,
                         ignore=ctx.ignore(spec))]
    relation = Relation(Sum([Sub(Var(end), flows_in), flows_out]),
                        Const(Interval.point(Fraction(0))), ">=")

    def describe_negative(o: Outcome) -> tuple[str, bool]:
        return (f"the flows into {written(end)} exceed the stock itself: the start would be "
                f"{format_interval(o.computed, sc, integer)}", True)

    prepared = Prepared(KIND, relation, ctx.file, line, col, describe_negative, spec.id, sc, sc,
                        ignore=ctx.ignore(spec))
    start_iv = relation.computed.eval(lambda t: t.quantity.checked_interval)
    shown = format_interval(start_iv, sc, integer)
    prepared.derived.append(Finding(
        "FC502", "stock-implied-start", Severity.INFO,
        f"{written(end)} after adding {', '.join(t.quantity.written for t in added) or 'nothing'}"
        f" implies a start of {shown}", ctx.file.display, line, col, check=spec.id,
        computed=start_iv, computed_text=shown, verdict="derived",
    ))
    return [prepared]
