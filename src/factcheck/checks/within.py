"""Within: a figure for part of a period is at most the figure for the whole of it.

## What it checks
``part ≤ whole`` for a figure that adds up over time: 前三季度 GDP against the year's, the
revenue of 1-11月 against the year's, one month against the months up to it. Written as a check,
or found between the fact files of a run by their series (docs/format.md): the same series and
place, a stretch of a year inside a longer stretch of the same year, for flows in money (not a
balance, a price, a rate or a profit, which can fall within the year).

## Why it matters
A cumulative figure copied from the wrong release, or a quarter's figure typed for the year, makes
part of a year larger than the whole of it.

## Example
```yaml
claims:
  gdp_q3: {label: 地区生产总值, value: 170.2亿元, period: 2023年前三季度}
  gdp: {label: 地区生产总值, value: 227.6亿元, period: 2023}
checks:
  - {within: gdp, part: gdp_q3}
```
170.2亿元 ≤ 227.6亿元: consistent. With gdp_q3 at 270.2亿元, FC150.
"""

from __future__ import annotations

from pydantic import Field

from .. import messages as msg
from ..display import scale_of
from ..findings import Severity
from ..messages import Message, Shown
from ..model import CheckBase, Ref
from ..relations import Relation, Term, Var
from .base import Context, Outcome, Prepared, register_kind, written


class WithinCheck(CheckBase):
    within: Ref = Field(description="The figure for the whole period (全年).")
    part: Ref = Field(description="The figure for a part of it (前三季度, 1-11月).")


def prepare(spec: WithinCheck, ctx: Context) -> list[Prepared]:
    """A `{within: whole, part: part}` check entry."""
    whole_claim = ctx.claim(spec.within, "within")
    part_claim = ctx.claim(spec.part, "part")
    if whole_claim is None or part_claim is None:
        return []
    whole = ctx.value_term(whole_claim, "whole", "within")
    part = ctx.value_term(part_claim, "part", "part")
    if whole is None or part is None or not ctx.compatible([whole, part], msg.WHAT_WITHIN):
        return []
    line, col = ctx.position
    return [relation(whole, part, ctx, line, col, spec.id, ctx.ignore(spec))]


def relation(whole: Term, part: Term, ctx: Context, line: int, col: int,
             check_id: str | None = None, ignore: frozenset[str] = frozenset()) -> Prepared:
    """``part ≤ whole``, found at (line, col) of ``ctx``'s file."""
    sc = scale_of(whole.quantity)

    def describe(o: Outcome) -> tuple[Message, bool]:
        return Message(msg.PART_OF_PERIOD_EXCEEDS, part=written(part), whole=written(whole),
                       gap=Shown(o.computed - o.stated, sc)), False

    return Prepared(KIND, Relation(Var(part), Var(whole), "<="), ctx.file, line, col, describe,
                    check_id, sc, sc, ignore=ignore)


KIND = register_kind(
    "within", 11, __doc__ or "",
    (("FC150", "part-of-period-exceeds", Severity.ERROR,
      "A figure for part of a period (前三季度) larger than the figure for the whole of it."),),
    key="within", model=WithinCheck, prepare=prepare,
)
