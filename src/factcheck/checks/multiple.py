"""Multiple: one figure as a multiple of another, as the article words it.

## What it checks
``a / b`` must fall in the interval of the factor written as the article writes it: 翻倍 and
翻一番 ×2, 翻两番 ×4, 翻n番 ×2ⁿ, 翻了逾一番 more than ×2, 增长x倍 ×(1 + x), 是…的x倍 ×x, or a
plain number.

## Why it matters
增长两倍 (×3) and 翻两番 (×4) and 是…的两倍 (×2) are the classic confusions of Chinese economic
writing; "上市数量一年实现翻倍" is false if the count went from 2 to 3. A doubling that fails
flips what the sentence says (a headline error).

## Example
```yaml
claims:
  listed_2023: {value: 4家}
  listed_2022: {value: 2家}
checks:
  - {multiple: listed_2023, of: listed_2022, factor: 翻倍}
```
4 / 2 = 2: consistent. With listed_2023 at 3家, FC401: ×1.5 is not 翻倍.

An income written per year (77468元/年) is a multiple of a yearly one written in 元 (全国居民人均
可支配收入35128元) when the entry says both are yearly (`yearly: true`): 77468 / 35128 = 2.205,
是全国平均数的2.2倍.
"""

from __future__ import annotations

from pydantic import Field

from .. import messages as msg
from .. import problems
from ..display import TIMES
from ..findings import Severity
from ..messages import Message, Shown
from ..model import CheckBase, Ref, RefOrValue
from ..quantity import QuantityError, parse_factor
from ..relations import Div, Relation, Term, Var
from .base import Context, Outcome, Prepared, is_ref, register_kind, written


class MultipleCheck(CheckBase):
    multiple: Ref = Field(description="The larger figure a.")
    of: RefOrValue = Field(description="The base figure b.")
    factor: str | int = Field(description="a / b as written: 翻倍, 翻两番, 增长2倍, 是…的3倍, 1.5; "
                              "or the claim that states it.")
    yearly: bool = Field(False, description="Both figures are amounts of a year, one written per "
                         "year (77468元/年), the other in the money unit (35128元): the same money.")


def prepare(spec: MultipleCheck, ctx: Context) -> list[Prepared]:
    """A `{multiple: a, of: b, factor: 翻倍}` check entry."""
    a_claim = ctx.claim(spec.multiple, "multiple")
    if a_claim is None:
        return []
    a = ctx.value_term(a_claim, "multiple", "multiple")
    b = ctx.ref_or_value(spec.of, "base", "of", a_claim.rounding)
    factor = _factor(spec, ctx, a_claim.rounding)
    if factor is None or a is None or b is None:
        return []
    if not (spec.yearly and _of_a_year(a) == _of_a_year(b)) \
            and not ctx.compatible([a, b], msg.WHAT_MULTIPLE):
        return []
    factor_q = factor.quantity
    relation = Relation(Div(Var(a), Var(b)), Var(factor))
    doubling = "翻" in factor_q.written or "倍" in factor_q.written

    def describe(o: Outcome) -> tuple[Message, bool]:
        return Message(msg.MULTIPLE_MISMATCH, a=written(a), computed=Shown(o.computed, TIMES),
                       b=written(b), factor=factor_q.written, stated=Shown(o.stated, TIMES)), doubling

    line, col = ctx.position
    return [Prepared(KIND, relation, ctx.file, line, col, describe, spec.id, TIMES, TIMES,
                     ignore=ctx.ignore(spec))]


def _of_a_year(t: Term) -> tuple[str, str]:
    """A figure's dimension and base unit with a flow per year read as the year's amount."""
    u = t.quantity.unit
    return u.dimension.removesuffix("/time"), u.base.removesuffix("/年")


def _factor(spec: MultipleCheck, ctx: Context, rounding: str) -> Term | None:
    """The factor: a claim stating it (翻了近一番 as the article prints it), or as written."""
    text = str(spec.factor)
    if is_ref(text):
        claim = ctx.claim(text, "factor")
        return None if claim is None else ctx.value_term(claim, "factor", "factor")
    try:
        return Term(parse_factor(text, rounding), None, "factor", origin=ctx.file)
    except QuantityError as err:
        ctx.report(problems.UNREADABLE_VALUE, Message(msg.AT, where="checks.factor", what=str(err)),
                   "factor")
        return None


KIND = register_kind(
    "multiple", 4, __doc__ or "",
    (("FC401", "multiple-mismatch", Severity.ERROR,
      "A stated multiple (翻番, 增长x倍, 是…的x倍) that the figures do not give."),),
    key="multiple", model=MultipleCheck, prepare=prepare,
)
