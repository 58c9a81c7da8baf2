"""Duplicate: the same figure stated twice must agree.

## What it checks
Two claims that state the same subject for the same period and place — the same `label` with
the same `period` and `place` (from the claim, or the article), in one file or across files —
or that are linked by `same_as:` or a `{same: [a, b]}` check, must have overlapping intervals.

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
from pathlib import Path

from pydantic import Field

from .. import messages as msg
from .. import problems
from ..corpus import Corpus
from ..display import scale_of
from ..findings import Finding, Severity
from ..loader import ClaimInfo, LoadedFile
from ..messages import Message
from ..model import CheckBase, Ref
from ..patterns import later
from ..relations import Relation, Term, Var
from .base import Context, Outcome, Prepared, register_kind, written


class SameCheck(CheckBase):
    same: list[Ref] = Field(min_length=2, description="Claims that state the same figure.")


def prepare(spec: SameCheck, ctx: Context) -> list[Prepared]:
    """A `{same: [a, b, …]}` check entry."""
    claims = [ctx.claim(ref, "same", i) for i, ref in enumerate(spec.same)]
    if any(c is None for c in claims):
        return []
    terms = [ctx.value_term(c, "same", "same", i) for i, c in enumerate(claims) if c]
    if any(t is None for t in terms) or not ctx.compatible(terms, msg.WHAT_SAME):
        return []
    line, col = ctx.position
    reason = _paired_by(spec)
    return [_pair(terms[0], t, ctx.file, line, col, spec.id, reason) for t in terms[1:]]


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
                figure = hash((q.written, q.interval, q.unit.key)) & _FIGURE_MASK
                out.append((hash(subject), c.id, figure))
    return out


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
