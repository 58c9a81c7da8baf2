"""Duplicate: the same figure stated twice must agree.

## What it checks
Two claims that state the same subject for the same period and place — the same `label` with
the same `period` and `place` (from the claim, or the article), in one file or across files —
or that are linked by `same_as:` or a `{same: [a, b]}` check, must have overlapping intervals.
A figure stated three times is one check, `{same: [a, b, c]}`: each copy against the first. A
statement made twice — a level with its growth rates, restated in a later paragraph — is one
check too, one list per figure: `{same: [[gdp, gdp_again], [gdp.growth, rate_again]]}` —
`<claim>.growth` is the growth rate a claim carries (`growth:`). A figure written without a
unit (突破万亿 after 10855.35亿元) is a number of the others' unit when that is 元 or a count.
Copies of a rate have one basis: a copy that names none (a headline's 同比增长8.9%) is compared
as a rate of the basis another copy names (按可比价格计算，同比增长9.8%: real).

## Why it matters
A figure quoted in the lead and again in the body, or in this year's and next year's reports,
drifts when one copy is edited and the other is not.

## Example
```yaml
claims:
  gdp: {label: 地区生产总值, value: 227.6亿元}
  gdp_again: {label: 地区生产总值, value: 226.7亿元}
```
FC901: the two do not overlap (likely typo: digits swapped).
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Annotated

from pydantic import Field

from .. import messages as msg
from .. import problems
from ..corpus import Corpus
from ..display import scale_of
from ..findings import Finding, Severity
from ..interval import Interval
from ..loader import ClaimInfo, LoadedFile
from ..messages import Message
from ..model import CheckBase
from ..patterns import later
from ..relations import Relation, Sum, Term, Var
from ..verdict import evaluate, term_basis
from .base import Context, Outcome, Prepared, register_kind, written

FigureRef = Annotated[str, Field(
    pattern=r"^(?:[^/\s]+/)?[a-z0-9_]+(?:\.growth)?$", max_length=300,
    description="A claim id in this file, or `<file stem>/<claim id>` in another file; "
    "`<claim>.growth` for the growth rate the claim carries.")]
Copies = Annotated[list[FigureRef], Field(min_length=2)]


class SameCheck(CheckBase):
    same: list[FigureRef] | list[Copies] = Field(
        min_length=2,
        description="Claims that state the same figure; or, for a statement made twice, one list "
        "per figure it states (a level and its growth rates, each stated again).")


def prepare(spec: SameCheck, ctx: Context) -> list[Prepared]:
    """A `{same: [a, b, …]}` or `{same: [[a, a2], [b, b2], …]}` check entry: each copy against
    the first of its list. Several pairs are one relation tested (one record, naming every
    figure: the first copies against the others), whose findings are the pairs' own."""
    nested = isinstance(spec.same[0], list)
    lists = spec.same if nested else [spec.same]
    line, col = ctx.position
    reason = _paired_by(spec)
    copies: list[tuple[Term, Term]] = []
    for k, refs in enumerate(lists):
        where: tuple[str | int, ...] = ("same", k) if nested else ("same",)
        found = [_figure(ctx, str(ref), *where, i) for i, ref in enumerate(refs)]
        terms = [t for t in found if t is not None]
        if len(terms) < len(found) or not ctx.compatible(_with_units(terms), msg.WHAT_SAME):
            return []
        _share_basis(terms)
        if isinstance(reason, Message) and reason.template in _WITHIN_BOUND:
            # a bound said of each of several figures bounds them on one side only: 均在10%以上，
            # 其中默克制药甚至达到25% (the usual reading of 以上 near 10% is the bound's own level's)
            terms[0].quantity = replace(terms[0].quantity, soft=None)
        copies += [(terms[0], t) for t in terms[1:]]
    pairs = [_pair(a, b, ctx.file, line, col, spec.id, reason) for a, b in copies]
    if len(pairs) == 1:
        return pairs
    together = Prepared(KIND, Relation(Sum([Var(a) for a, _ in copies]),
                                       Sum([Var(b) for _, b in copies])),
                        ctx.file, line, col, None, spec.id)

    def run(together: Prepared) -> list[Finding]:
        # the pairs' own findings, each found the way the check was (the Prepared is passed in,
        # not closed over: no reference cycle keeps the file alive until the collector runs)
        for p in pairs:
            p.how = together.how
        return [f for p in pairs for f in evaluate(p)]

    together.run = run
    return [together]


#: the reasons that pair a bound with figures it covers, each of which lies in it
_WITHIN_BOUND = (msg.PAIRED_WITHIN_BOUND, msg.PAIRED_BOUND_OF_EACH)


def _share_basis(terms: list[Term]) -> None:
    """Copies of one rate have one basis: a copy that names none (前三季度GDP同比增长9.8% in a
    heading) restates the rate of the copy that does (按可比价格计算，同比增长9.8%), and is compared
    with it as a rate of that basis, not as a nominal one."""
    rates = [t for t in terms if t.field == "growth" or t.quantity.unit.dimension == "ratio"]
    if len(rates) < len(terms):
        return
    unnamed = [t for t in rates if t.basis is None and t.claim is not None
               and "basis" not in t.claim.spec.model_fields_set]
    named = {term_basis(t) for t in rates if t not in unnamed}
    if len(named) == 1:
        for t in unnamed:
            t.basis = next(iter(named))


#: units whose base is the unit written, so that a bare magnitude (万亿) is a number of them
_PLAIN_BASES = {("money", "元"), ("count", "count")}


def _with_units(terms: list[Term]) -> list[Term]:
    """The terms whose units must agree: a figure written without a unit (突破万亿 after
    10855.35亿元) is a number of the others' unit when that is 元 or a count."""
    bases = {(t.quantity.unit.dimension, t.quantity.unit.base) for t in terms}
    bare = [t for t in terms if t.quantity.unit.dimension == "number" and not t.quantity.unit.name]
    if bare and len(bases - {("number", "")}) == 1 and not bases.isdisjoint(_PLAIN_BASES):
        return [t for t in terms if t not in bare]
    return terms


def _figure(ctx: Context, ref: str, *where: str | int) -> Term | None:
    """The term a reference names: a claim's value, or with `.growth` the growth rate it carries."""
    name, growth = (ref.removesuffix(".growth"), True) if ref.endswith(".growth") else (ref, False)
    claim = ctx.claim(name, *where)
    if claim is None or not growth:
        return None if claim is None else ctx.value_term(claim, "same", *where)
    if claim.growth is None:
        ctx.report(problems.INVALID_CHECK, Message(msg.NO_GROWTH_RATE, id=repr(claim.id)), *where)
        return None
    return Term(claim.growth, claim, "same", "growth", origin=ctx.file)


_DISCOVERED_NOTE = later(r"^discovered \((?:stated|linked)\) from line \d+: (?P<reason>.+)$", re.S)


def _paired_by(spec: SameCheck) -> Message | str | None:
    """Why a check found in an article paired its figures: the rule its note names (in the
    reader's language when it is one of discover's own reasons)."""
    if spec.discovered is None or not spec.note:
        return None
    m = _DISCOVERED_NOTE.match(spec.note)
    if m is None:
        return spec.note
    from ..discover.duplicate import paired_by

    return paired_by(m.group("reason"))


def _pair(a: Term, b: Term, file, line: int, col: int, check_id: str | None,
          reason: Message | str | None = None) -> Prepared:
    relation = Relation(Var(a), Var(b))
    sc = scale_of(a.quantity)

    def describe(o: Outcome) -> tuple[Message, bool]:
        assert a.claim is not None and b.claim is not None
        if isinstance(reason, Message) and reason.template in _WITHIN_BOUND:
            if a.claim.file is b.claim.file:  # a figure against the bound stated for it
                return Message(msg.FIGURE_OUTSIDE_BOUND, a=written(a), b=written(b),
                               reason=reason), False
            return Message(msg.FIGURE_OUTSIDE_BOUND_IN, a=written(a), b=written(b),
                           file=b.claim.file.display, reason=reason), False
        if a.claim.file is b.claim.file:
            if reason:
                return Message(msg.SAME_FIGURE_PAIRED_DISAGREES, a=written(a), b=written(b),
                               reason=reason), False
            return Message(msg.SAME_FIGURE_DISAGREES, a=written(a), b=written(b)), False
        if reason:
            return Message(msg.SAME_FIGURE_PAIRED_DISAGREES_IN, a=written(a), b=written(b),
                           file=b.claim.file.display, reason=reason), False
        return Message(msg.SAME_FIGURE_DISAGREES_IN, a=written(a), b=written(b),
                       file=b.claim.file.display), False

    return Prepared(KIND, relation, file, line, col, describe, check_id, sc, sc)


def _subject(c: ClaimInfo) -> tuple[str, str, str] | None:
    if not c.spec.label:
        return None
    article = c.file.model.article if c.file.model is not None else None
    period = c.spec.period if c.spec.period is not None else (article.period if article else None)
    place = c.spec.place or (article.place if article else None)
    return (c.spec.label, str(period or ""), place or "")


def subjects(f: LoadedFile) -> list[tuple[int, str, int]]:
    """(hash of the subject, claim id, hash of the figure) of every labelled claim of a file.

    Two claims whose figures read the same (same words, unit and rounding) cannot disagree, so
    the figure's hash lets a run skip them without reading the first claim back.
    """
    out = []
    for c in f.claims.values():
        q = c.quantity
        if c.target is None and q is not None:
            subject = _subject(c)
            if subject is not None:
                figure = hash((q.written, _ends(q.interval), q.unit.key)) & _FIGURE_MASK
                out.append((hash(subject), c.id, figure))
    return out


def _ends(iv: Interval) -> tuple[object, ...]:
    """An interval as plain integers and flags (equal exactly when the intervals are equal; far
    cheaper to hash than its Fractions)."""
    lo, hi = iv.lo, iv.hi
    return (None if lo is None else (lo.numerator, lo.denominator),
            None if hi is None else (hi.numerator, hi.denominator), iv.lo_closed, iv.hi_closed)


_FIGURE_MASK = (1 << 64) - 1


def pairs(corpus: Corpus, f: LoadedFile, repeats: list[tuple[Path, str, str]]) -> list[Prepared]:
    """The relations `first == later` for the repeats of subjects found in ``f``."""
    prepared: list[Prepared] = []
    for first_path, first_id, cid in repeats:
        c = f.claims[cid]
        first = _claim_at(corpus, f, first_path, first_id)
        if first is None or first.quantity is None or c.quantity is None:
            continue
        if _subject(first) != _subject(c) or first.quantity.unit.key != c.quantity.unit.key:
            continue
        prepared.append(_pair(Term(first.quantity, first, "same", origin=f),
                              Term(c.quantity, c, "same", origin=f), f, c.line, c.column, None))
    return prepared


def _claim_at(corpus: Corpus, current: LoadedFile, path: Path, cid: str) -> ClaimInfo | None:
    source = current if path == current.path else corpus.reference(path)
    return source.claims.get(cid)


def from_file(corpus: Corpus, f: LoadedFile) -> tuple[list[Prepared], list[Finding]]:
    """Claims of a file linked by `same_as:` (label duplicates: :class:`DuplicateIndex`)."""
    prepared: list[Prepared] = []
    found_problems: list[Finding] = []
    for c in f.claims.values():
        links = c.spec.same_as
        if links is None or c.quantity is None:
            continue
        for ref in [links] if isinstance(links, str) else links:
            found = corpus.lookup(ref, f)
            line, col = f.source.value(("claims", c.id, "same_as"))
            if isinstance(found, Message):
                found_problems.append(problems.DANGLING_REFERENCE.finding(
                    Message(msg.AT, where=f"claims.{c.id}.same_as", what=found),
                    f.display, line, col))
                continue
            other = found.resolved
            if other.quantity is None:
                continue
            if other.quantity.unit.key != c.quantity.unit.key:
                found_problems.append(problems.DIMENSION_MISMATCH.finding(
                    Message(msg.SAME_AS_OTHER_DIMENSION, id=c.id, ref=ref), f.display, line, col))
                continue
            prepared.append(_pair(Term(c.quantity, c, "same", origin=f),
                                  Term(other.quantity, other, "same", origin=f), f, c.line,
                                  c.column, None))
    return prepared, found_problems


KIND = register_kind(
    "duplicate", 9, __doc__ or "",
    (("FC901", "duplicate-mismatch", Severity.ERROR,
      "The same figure stated twice with values that do not agree."),),
    key="same", model=SameCheck, prepare=prepare, from_file=from_file,
)
