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

from fractions import Fraction

from pydantic import Field

from .. import messages as msg
from .. import problems
from ..display import PERCENT, scale_of
from ..findings import Severity
from ..interval import DivisionByZero
from ..messages import Listed, Message, Shown
from ..model import CheckBase, Ref, RefOrValue
from ..relations import Div, Relation, Sum, Term, Var
from .base import Context, Outcome, Prepared, register_kind, written


class ShareCheck(CheckBase):
    share: Ref = Field(description="The part.")
    of: RefOrValue | list[Ref] = Field(description="The whole: a claim, a figure, or the claims "
                                       "that make it up together (their sum).")
    is_: RefOrValue | None = Field(None, alias="is", description="The stated share: a percentage "
                                   "or 成; a plain number is a percentage (a part of 100, as in the "
                                   "ratio 31.3：68.7).")


def prepare(spec: ShareCheck, ctx: Context) -> list[Prepared]:
    """A `{share: part, of: whole, is: …}` check entry."""
    part_claim = ctx.claim(spec.share, "share")
    if part_claim is None:
        return []
    part = ctx.value_term(part_claim, "part", "share")
    wholes = _whole(spec, ctx, part_claim.rounding)
    if part is None or wholes is None or not ctx.compatible([part, *wholes], msg.WHAT_SHARE):
        return []
    whole_expr = Var(wholes[0]) if len(wholes) == 1 else Sum([Var(t) for t in wholes])
    whole = wholes[0] if len(wholes) == 1 else None
    whole_text = written(wholes[0]) if len(wholes) == 1 else \
        Listed((written(t) for t in wholes), " + ")
    line, col = ctx.position
    ignore = ctx.ignore(spec)
    if spec.is_ is None:
        if whole is None:
            return []  # a part of a sum of parts that includes it: nothing to compare
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
    dimension = stated.quantity.unit.dimension
    if dimension == "number":
        stated.scale = Fraction(1, 100)  # a part of 100: 31.3 of the ratio 31.3：68.7
    elif dimension != "ratio":
        ctx.report(problems.DIMENSION_MISMATCH,
                   Message(msg.SHARE_NOT_PERCENT, written=repr(stated.quantity.written)), "is")
        return []
    relation = Relation(Div(Var(part), whole_expr), Var(stated))

    def describe(o: Outcome) -> tuple[Message, bool]:
        return Message(msg.SHARE_MISMATCH, part=written(part), computed=Shown(o.computed, PERCENT),
                       whole=whole_text, stated=written(stated)), \
            _bound_crossed(stated.quantity, o)

    stated_scale = PERCENT if dimension == "number" else scale_of(stated.quantity)
    return [Prepared(KIND, relation, ctx.file, line, col, describe, spec.id, PERCENT,
                     stated_scale, ignore=ignore)]


def _whole(spec: ShareCheck, ctx: Context, rounding: str) -> list[Term] | None:
    """The whole's terms: one claim or figure, or the claims that add up to it."""
    if not isinstance(spec.of, list):
        term = ctx.ref_or_value(spec.of, "whole", "of", rounding)
        return None if term is None else [term]
    claims = [ctx.claim(ref, "of", i) for i, ref in enumerate(spec.of)]
    if any(c is None for c in claims):
        return None
    terms = [ctx.value_term(c, "whole", "of", i) for i, c in enumerate(claims) if c]
    return None if not terms or any(t is None for t in terms) else terms


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
