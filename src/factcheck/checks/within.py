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
from ..messages import Listed, Message, Shown
from ..model import CheckBase, Ref
from ..relations import Relation, Sum, Term, Var
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


def tiled(whole: Term, parts: list[Term], ctx: Context, line: int, col: int) -> Prepared:
    """``Σ parts = whole`` for stretches of a period that make it up (1-10月 and 11月 of 1-11月),
    found at (line, col) of ``ctx``'s file."""
    sc = scale_of(whole.quantity)

    def describe(o: Outcome) -> tuple[Message, bool]:
        gap = o.computed - o.stated if o.computed.lo is not None and o.stated.hi is not None \
            and o.computed.lo > o.stated.hi else o.stated - o.computed
        return Message(msg.PERIOD_PARTS_MISMATCH, parts=Listed((written(p) for p in parts), " + "),
                       sum=Shown(o.computed, sc), whole=written(whole), gap=Shown(gap, sc)), False

    return Prepared(KIND_TILES, Relation(Sum([Var(p) for p in parts]), Var(whole)), ctx.file, line,
                    col, describe, None, sc, sc)


KIND = register_kind(
    "within", 11, __doc__ or "",
    (("FC150", "part-of-period-exceeds", Severity.ERROR,
      "A figure for part of a period (前三季度) larger than the figure for the whole of it."),),
    key="within", model=WithinCheck, prepare=prepare,
)

PERIOD_SUM_DOC = """Period sum: the figures for stretches of a period add up to the figure for the whole.

## What it checks
Found between the figures of one series (docs/format.md): two stretches of a year that meet —
1-10月 and 11月, 一季度 and 二季度, 前三季度 and 四季度 — add up to the figure for the stretch they
make together (1-11月, 上半年, 全年), within the rounding of the three figures, for flows in money
(not a balance, a price, a rate or a profit). When the three also state their growth, the growth
of the whole is checked against the parts' (the composition check's relations, FC111–FC112).

## Why it matters
A cumulative figure (1-11月) is the previous cumulative figure plus the new month; a monthly
report that copies one of them from another release, or a quarter typed for the half-year,
breaks the sum.

## Example
Three fact files, or one, with the claims
```yaml
claims:
  rev_10: {label: 一般公共预算收入, value: 26.10亿元, period: 2023年1-10月}
  rev_11m: {label: 一般公共预算收入, value: 2.50亿元, period: 2023年11月}
  rev_11: {label: 一般公共预算收入, value: 28.60亿元, period: 2023年1-11月}
```
26.10亿元 + 2.50亿元 = 28.60亿元: consistent. Written 29.60亿元, FC151 (a gap of 1亿元).
"""

KIND_TILES = register_kind(
    "period-sum", 11, PERIOD_SUM_DOC,
    (("FC151", "period-parts-mismatch", Severity.ERROR,
      "Figures for stretches of a period that do not add up to the figure for the whole of it "
      "(1-10月 and 11月 against 1-11月)."),),
)
