"""Points: two rates and the difference the article states between them in 百分点.

## What it checks
"增长12.8%，高于规模以上工业3.2个百分点", "比上月下降0.2个百分点", "比一季度加快0.3个百分点":
a difference in 百分点 is a difference of two rates (1个百分点 = 0.01), so ``rate − than`` must
fall in the interval of the stated difference (of minus it, with `lower: true`, for 低于 and
慢于 when the article writes the difference without a sign). The rates are growth rates (a
claim's `growth:`) or rates of their own (失业率4.9%, a share).

## Why it matters
A difference in 百分点 is the figure an editor derives by hand from two others, often from an
earlier release: a rate revised since, or a difference taken as a ratio (3.2% of 9.6%), shows
here.

## Example
```yaml
claims:
  industry: {value: 10051.6亿元, growth: 9.6%}
  hitech: {value: 3508.8亿元, growth: 12.8%}
  above: {value: 3.2个百分点}
checks:
  - {points: above, rate: hitech, than: industry}
```
12.8% − 9.6% = 3.2个百分点 (3.1 to 3.3 with the roundings): consistent; 2.8个百分点 would fail.
"""

from __future__ import annotations

from pydantic import Field

from .. import messages as msg
from ..display import PERCENTAGE_POINTS
from ..findings import Severity
from ..messages import Message, Shown
from ..model import CheckBase, Ref, RefOrValue
from ..relations import Relation, Sub, Var
from .base import Context, Outcome, Prepared, register_kind, written
from .composition import basis_of, change_term, rate_term, with_basis


class PointsCheck(CheckBase):
    points: RefOrValue = Field(description="The difference in 百分点: a claim, or a figure such as "
                               "3.2个百分点.")
    rate: Ref = Field(description="The rate the difference is of (a claim's growth rate, or its "
                      "value when it is a rate).")
    than: Ref = Field(description="The rate it is compared with.")
    lower: bool = Field(False, description="true when the article says the rate is lower by the "
                        "difference (低于, 慢于) and writes it without a sign.")


def prepare(spec: PointsCheck, ctx: Context) -> list[Prepared]:
    """A `{points: difference, rate: a, than: b, lower: …}` check entry."""
    a_claim, b_claim = ctx.claim(spec.rate, "rate"), ctx.claim(spec.than, "than")
    if a_claim is None or b_claim is None:
        return []
    a = rate_term(ctx, a_claim, "rate", "rate")
    b = rate_term(ctx, b_claim, "than", "than")
    points = change_term(ctx, spec.points, "points", "points", sign=-1 if spec.lower else 1)
    if a is None or b is None or points is None:
        return []
    with_basis([points], basis_of([a, b]))

    def describe(o: Outcome) -> tuple[Message, bool]:
        stated = written(points) if not spec.lower else f"−{written(points)}"
        return Message(msg.POINTS_MISMATCH, rate=written(a), than=written(b),
                       computed=Shown(o.computed, PERCENTAGE_POINTS), points=stated), _sign_flip(o)

    line, col = ctx.position
    return [Prepared(KIND, Relation(Sub(Var(a), Var(b)), Var(points)), ctx.file, line, col,
                     describe, spec.id, PERCENTAGE_POINTS, PERCENTAGE_POINTS,
                     ignore=ctx.ignore(spec))]


def _sign_flip(o: Outcome) -> bool:
    """Said higher but lower (or the other way round): what the sentence says is false."""
    s, c = o.stated, o.computed
    return bool((s.lo is not None and s.lo > 0 and c.hi is not None and c.hi < 0) or
                (s.hi is not None and s.hi < 0 and c.lo is not None and c.lo > 0))


KIND = register_kind(
    "points", 13, __doc__ or "",
    (("FC131", "points-mismatch", Severity.ERROR,
      "A difference in 百分点 that the two rates it compares do not give."),),
    key="points", model=PointsCheck, prepare=prepare,
)
