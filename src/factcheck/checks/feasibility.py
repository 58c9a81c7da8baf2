"""Feasibility: a percentage or an average of whole counts must be reachable (the GRIM test).

## What it checks
A percentage of a whole count, or an average over a whole count of whole-number items, is
k / n for some whole k. Some whole k must put k / n inside the interval of the stated figure:
`{feasible: good_air_rate, of: 365天}` asks whether some number of good-air days out of 365
rounds to 86%. When n × (the figure's rounding step) ≥ 1 every value is reachable and the test
is untestable (reported as info, not as "consistent").

## Why it matters
Brown and Heathers' GRIM test found impossible means in published science; the same arithmetic
catches a percentage of 28 respondents that no head-count can give, or a pass rate that no
number of pupils reaches.

## Example
```yaml
claims:
  mean_score: {value: "5.19"}
  pupils: {value: 28人}
checks:
  - {feasible: mean_score, of: pupils}
```
28 × [5.185, 5.195] = [145.18, 145.46] holds no whole number: FC701 (with n = 32 it is fine).
"""

from __future__ import annotations

import math
from fractions import Fraction

from pydantic import Field

from .. import messages as msg
from .. import problems
from ..display import format_number, scale_of
from ..findings import Finding, Severity
from ..interval import LOOSER, Interval
from ..messages import Listed, Message, Shown
from ..model import CheckBase, Ref, RefOrValue
from ..relations import Const, Relation, Term, Var
from ..verdict import REASONS, UNTESTABLE, judge, reason_words, rounding_of
from .base import Context, Prepared, claim_refs, register_kind, written


class FeasibleCheck(CheckBase):
    feasible: Ref = Field(description="A percentage or an average of whole counts.")
    of: RefOrValue = Field(description="The whole count it is taken over: a claim or 365天.")

MAX_COUNTS = 100_000


def prepare(spec: FeasibleCheck, ctx: Context) -> list[Prepared]:
    """A `{feasible: rate, of: count}` check entry."""
    rate_claim = ctx.claim(spec.feasible, "feasible")
    if rate_claim is None:
        return []
    rate = ctx.value_term(rate_claim, "rate", "feasible")
    whole = ctx.ref_or_value(spec.of, "count", "of", rate_claim.rounding)
    if rate is None or whole is None:
        return []
    if not whole.quantity.unit.integer and whole.quantity.unit.dimension != "number":
        ctx.report(problems.DIMENSION_MISMATCH,
                   Message(msg.NOT_A_WHOLE_COUNT, written=repr(whole.quantity.written)), "of")
        return []
    line, col = ctx.position
    relation = Relation(Var(rate), Const(rate.quantity.checked_interval))
    prepared = Prepared(KIND, relation, ctx.file, line, col, None, spec.id, ignore=ctx.ignore(spec))
    prepared.run = lambda p: _run(p, rate, whole)
    return [prepared]


def _counts(whole: Term) -> range | None:
    """The whole counts n ≥ 1 the figure may be taken over (None when too many to try)."""
    hull = whole.quantity.checked_interval.integer_hull()
    if hull is None or hull.hi is None:
        return None
    lo = 1 if hull.lo is None or hull.lo < 1 else int(hull.lo)
    if hull.hi - lo > MAX_COUNTS:
        return None
    return range(lo, int(hull.hi) + 1)


def reachable(interval: Interval, counts: range, bounded_by_n: bool) -> bool:
    """Whether some n in ``counts`` has a whole k with k / n inside the interval (0 ≤ k ≤ n when
    ``bounded_by_n``).

    It counts the pairs (n, k) with two floor sums, in O(log) of the numbers rather than O(len(counts)):
    for each n the number of whole k in n × interval is ⌊upper⌋ − ⌈lower⌉ + 1 ≥ 0.
    """
    if bounded_by_n:
        clipped = interval.clip(Fraction(0), Fraction(1))
        if clipped is None:
            return False
        interval = clipped
    lo, hi = interval.lo, interval.hi
    if lo is None or hi is None:
        return True
    size, first = len(counts), counts.start
    # the largest k ≤ n·hi (< n·hi when open) is ⌊(n·P − open) / Q⌋ for hi = P/Q
    largest = _floor_sum(size, hi.denominator, hi.numerator,
                         hi.numerator * first - (not interval.hi_closed))
    # the smallest k ≥ n·lo is −⌊−n·lo⌋; the smallest k > n·lo is ⌊n·lo⌋ + 1
    if interval.lo_closed:
        smallest = -_floor_sum(size, lo.denominator, -lo.numerator, -lo.numerator * first)
    else:
        smallest = _floor_sum(size, lo.denominator, lo.numerator, lo.numerator * first) + size
    return largest - smallest + size > 0


def _floor_sum(n: int, m: int, a: int, b: int) -> int:
    """Σ ⌊(a·i + b) / m⌋ over 0 ≤ i < n, for m > 0 (the AtCoder Library's Euclid-like algorithm)."""
    pairs = n * (n - 1) // 2
    q, a = divmod(a, m)
    r, b = divmod(b, m)
    total = q * pairs + r * n
    while True:
        if a >= m:
            q, a = divmod(a, m)
            total += q * (n * (n - 1) // 2)
        if b >= m:
            q, b = divmod(b, m)
            total += q * n
        top = a * n + b
        if top < m:
            return total
        n, b = divmod(top, m)
        m, a = a, m


def _run(p: Prepared, rate: Term, whole: Term) -> list[Finding]:
    q = rate.quantity
    sc = scale_of(q)
    counts = _counts(whole)
    at = dict(file=p.file.display, line=p.line, column=p.column, check=p.check_id)
    if counts is None:
        return [UNTESTABLE.finding(Message(msg.COUNT_TOO_WIDE, count=written(whole)),
                                   verdict="untestable", **at)]
    if len(counts) == 0:
        return [problems.INVALID_CHECK.finding(Message(msg.NEEDS_A_COUNT, count=written(whole)),
                                               **at)]
    interval = q.checked_interval
    width = interval.width
    if width is not None and width * counts.start >= 1:
        return [UNTESTABLE.finding(Message(msg.EVERY_VALUE_REACHABLE, n=counts.start,
                                           written=q.written, interval=Shown(interval, sc)),
                                   verdict="untestable", **at)]
    ratio = q.unit.dimension == "ratio"
    if reachable(interval, counts, ratio):
        return []
    severity, reason = _severity(p, rate, counts, ratio)
    n = counts.start
    mid = interval.midpoint if interval.bounded else q.value
    k = math.floor(mid * n)
    nearby = [Fraction(k, n), Fraction(k + 1, n)]
    shown = Listed((f"{sc.value(v, 3)} ({int(v * n)}/{n})" for v in nearby), msg.OR)
    n_text = f"n = {n}" if len(counts) == 1 else Message(msg.N_FROM_TO, first=counts.start,
                                                         last=counts[-1])
    says = Message(msg.INFEASIBLE, rate=written(rate), count=written(whole), n_text=n_text,
                   n=n if len(counts) == 1 else "n",
                   interval=Shown(interval, sc))
    if reason is not None:
        says = Message(msg.WITH_NOTE, message=says, note=reason)
    return [KIND.main.finding(
        says, severity=severity, claims=claim_refs([rate, whole]),
        advice=[Message(msg.NEAREST_REACHABLE, values=shown),
                Message(msg.RATE_OR_COUNT, rate=rate.label, count=whole.label)],
        computed=interval, computed_shown=Shown(interval, sc),
        gap={"absolute": format_number(min(abs(v - mid) for v in nearby), 12)}, **at,
    )]


def _severity(p: Prepared, rate: Term, counts: range, ratio: bool
              ) -> tuple[Severity, Message | None]:
    """The verdict policy (:func:`factcheck.verdict.judge`) with reachability as the test."""
    severity, reason = judge(p, lambda env: reachable(env(rate), counts, ratio))
    if reason == "error":
        return severity, None
    if reason == "looser-rounding":
        return severity, Message(msg.HOLDS_ONLY_IF_ROUNDED, mode=LOOSER[rounding_of(rate)])
    if reason == "estimate":
        return severity, Message(msg.FIGURE_IS_ESTIMATE)
    return severity, Message(REASONS[reason], words=reason_words(reason, [rate]))


KIND = register_kind(
    "feasibility", 7, __doc__ or "",
    (("FC701", "infeasible-figure", Severity.ERROR,
      "A percentage or average that no whole count can give (GRIM)."),),
    key="feasible", model=FeasibleCheck, prepare=prepare,
)
