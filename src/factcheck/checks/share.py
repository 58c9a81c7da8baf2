"""Share: a part against its whole.

## What it checks
``part / whole`` must fall in the interval of the stated share (`is:` a figure such as 49% or
超八成, or a claim that states it). With no share stated, the part must not exceed the whole,
and the computed share is reported as an info finding.

## Why it matters
Shares are where wrong wholes hide: a part taken from a different total, a share over 100%, or
"超八成" that the figures put at 75%. A share claim that turns false flips what the sentence says
(a headline error).

## Example
```yaml
claims:
  hitech_output: {value: 258.8亿元}
  industrial_output: {value: 527.7亿元}
checks:
  - {share: hitech_output, of: industrial_output, is: 超五成}
```
258.8 / 527.7 = 49.0%, not above 50%: FC201, headline.
"""

from __future__ import annotations

from pydantic import Field

from .. import messages as msg
from .. import problems
from ..display import PERCENT, scale_of
from ..findings import Severity
from ..interval import DivisionByZero
from ..messages import Message, Shown
from ..model import CheckBase, Ref, RefOrValue
from ..relations import Div, Relation, Var
from .base import Context, Outcome, Prepared, register_kind, written


class ShareCheck(CheckBase):
    share: Ref = Field(description="The part.")
    of: RefOrValue = Field(description="The whole.")
    is_: RefOrValue | None = Field(None, alias="is", description="The stated share.")


def prepare(spec: ShareCheck, ctx: Context) -> list[Prepared]:
    """A `{share: part, of: whole, is: …}` check entry."""
    part_claim = ctx.claim(spec.share, "share")
    if part_claim is None:
        return []
    part = ctx.value_term(part_claim, "part", "share")
    whole = ctx.ref_or_value(spec.of, "whole", "of", part_claim.rounding)
    if part is None or whole is None or not ctx.compatible([part, whole], msg.WHAT_SHARE):
        return []
    line, col = ctx.position
    ignore = ctx.ignore(spec)
    if spec.is_ is None:
        relation = Relation(Var(part), Var(whole), "<=")
        sc = scale_of(part.quantity)

        def describe_whole(o: Outcome) -> tuple[Message, bool]:
            return Message(msg.PART_EXCEEDS_WHOLE, part=written(part), whole=written(whole)), True

        prepared = Prepared(KIND, relation, ctx.file, line, col, describe_whole, spec.id, sc, sc,
                            ignore=ignore, rule=KIND.rules[1])
        try:
            share = part.quantity.checked_interval / whole.quantity.checked_interval
        except DivisionByZero:
            return [prepared]
        shown = Shown(share, PERCENT)
        prepared.derived.append(KIND.rules[2].finding(
            Message(msg.SHARE_COMPUTED, part=written(part), share=shown, whole=written(whole)),
            ctx.file.display, line, col, check=spec.id, computed=share, computed_shown=shown,
            verdict="derived",
        ))
        return [prepared]
    stated = ctx.ref_or_value(spec.is_, "share", "is", part_claim.rounding)
    if stated is None:
        return []
    if stated.quantity.unit.dimension != "ratio":
        ctx.report(problems.DIMENSION_MISMATCH,
                   Message(msg.SHARE_NOT_PERCENT, written=repr(stated.quantity.written)), "is")
        return []
    relation = Relation(Div(Var(part), Var(whole)), Var(stated))

    def describe(o: Outcome) -> tuple[Message, bool]:
        return Message(msg.SHARE_MISMATCH, part=written(part), computed=Shown(o.computed, PERCENT),
                       whole=written(whole), stated=written(stated)), \
            _bound_crossed(stated.quantity, o)

    return [Prepared(KIND, relation, ctx.file, line, col, describe, spec.id, PERCENT,
                     scale_of(stated.quantity), ignore=ignore)]


def _bound_crossed(q, o: Outcome) -> bool:
    """超八成 that is not above 80%, 不足三成 that is not below 30%: the sentence is false."""
    if q.qualifier in ("more-than", "reached", "at-least"):
        return o.computed.hi is not None and o.computed.hi <= q.value
    if q.qualifier in ("under", "at-most", "nearly"):
        return o.computed.lo is not None and o.computed.lo >= q.value
    return o.computed.lo is not None and o.computed.lo > 1


KIND = register_kind(
    "share", 2, __doc__ or "",
    (("FC201", "share-mismatch", Severity.ERROR,
      "A stated share that the part and the whole do not give."),
     ("FC202", "part-exceeds-whole", Severity.ERROR, "A part larger than its whole."),
     ("FC203", "share-computed", Severity.INFO, "The share a part and whole give.")),
    key="share", model=ShareCheck, prepare=prepare,
)
