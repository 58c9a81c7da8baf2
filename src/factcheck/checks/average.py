"""Average: a per-unit figure (人均, 平均, 每…, 户均) against the total and the count it divides.

## What it checks
``total / count`` must fall in the interval of the stated average: 人均可支配收入 against the
total income and the population, 平均每个村 against the villages' total and their number.

## Why it matters
A per-capita figure is the one an editor rarely recomputes, and the one where a population of
another year, a total in 万元 read as 元, or a count of households taken for people hides.

## Example
```yaml
claims:
  gdp: {value: 237.6亿元}
  population: {value: 15.2万人}
  gdp_per_capita: {value: 149737元}
checks:
  - {average: gdp_per_capita, total: gdp, count: population}
```
237.6亿元 / 15.2万人 = 156,316元 per person, not 149,737元: FC450.
"""

from __future__ import annotations

from fractions import Fraction

from pydantic import Field

from .. import messages as msg
from ..display import scale_of
from ..findings import Severity
from ..messages import Message, Shown
from ..model import CheckBase, Ref, RefOrValue
from ..relations import Div, Relation, Var
from .base import Context, Outcome, Prepared, register_kind, written


class AverageCheck(CheckBase):
    average: Ref = Field(description="The average (人均, 平均, 每…).")
    total: Ref = Field(description="The total it divides.")
    count: RefOrValue = Field(description="The count it divides by: a claim, or a figure.")


def prepare(spec: AverageCheck, ctx: Context) -> list[Prepared]:
    """A `{average: per, total: sum, count: n}` check entry."""
    per_claim, total_claim = ctx.claim(spec.average, "average"), ctx.claim(spec.total, "total")
    if per_claim is None or total_claim is None:
        return []
    per = ctx.value_term(per_claim, "average", "average")
    total = ctx.value_term(total_claim, "total", "total")
    count = ctx.ref_or_value(spec.count, "count", "count", per_claim.rounding)
    if per is None or total is None or count is None:
        return []
    if not ctx.compatible([per, total], msg.WHAT_AVERAGE):
        return []
    unit = count.quantity.unit
    if unit.dimension == "time":
        count.scale = Fraction(1, unit.factor)  # 10年 divides a change into 10 yearly parts
    relation = Relation(Div(Var(total), Var(count)), Var(per))
    sc = scale_of(per.quantity)

    def describe(o: Outcome) -> tuple[Message, bool]:
        return Message(msg.AVERAGE_MISMATCH, total=written(total), count=written(count),
                       computed=Shown(o.computed, sc.readable()), average=written(per)), False

    line, col = ctx.position
    return [Prepared(KIND, relation, ctx.file, line, col, describe, spec.id, sc, sc,
                     ignore=ctx.ignore(spec))]


KIND = register_kind(
    "average", 10, __doc__ or "",
    (("FC450", "average-mismatch", Severity.ERROR,
      "A per-unit figure that its total and count do not give."),),
    key="average", model=AverageCheck, prepare=prepare,
)
