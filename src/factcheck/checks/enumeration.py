"""Enumeration: the names a count lists against the count.

## What it checks
A claim with `names:` must list as many names as its count says; with `names_complete: false`
(the article writes 等, "and others"), no more names than the count.

## Why it matters
"光伏、充电、储能、电车检测、餐饮、便利店六位于一体" must name six things; a list that lost or gained
a name in editing is easy to miss and embarrassing in print.

## Example
```yaml
claims:
  listed_new: {value: 两家, names: [长青科技, 天元智能]}
  rivers: {value: 5段, names: [大坝河, 童子河], names_complete: false}
```
"""

from __future__ import annotations

from fractions import Fraction

from .. import messages as msg
from ..corpus import Corpus
from ..display import scale_of
from ..findings import Finding, Severity
from ..interval import Interval
from ..loader import LoadedFile
from ..messages import Listed, Message
from ..relations import Const, Relation, Term, Var
from .base import Outcome, Prepared, register_kind, written


def from_file(corpus: Corpus, f: LoadedFile) -> tuple[list[Prepared], list[Finding]]:
    """Every claim of a file with `names:` whose value is a count."""
    prepared: list[Prepared] = []
    if f.model is not None:
        for c in f.claims.values():
            q = c.quantity
            if c.target is not None or q is None or c.spec.names is None:
                continue
            if q.unit.dimension != "count":
                continue
            names = list(c.spec.names)
            n = len(names)
            count = Term(q, c, "count")
            complete = c.spec.names_complete
            relation = Relation(Const(Interval.point(Fraction(n))), Var(count),
                                "==" if complete else "<=")
            line, col = f.source.value(("claims", c.id, "names"))
            prepared.append(Prepared(KIND, relation, f, line, col,
                                     _describe(names, complete, count), None, scale_of(q),
                                     scale_of(q)))
    return prepared, []


def _describe(names: list[str], complete: bool, count: Term):
    def describe(o: Outcome) -> tuple[Message, bool]:
        template = msg.NAMES_DO_NOT_MATCH if complete else msg.NAMES_EXCEED_COUNT
        return Message(template, count=written(count), n=len(names),
                       names=Listed(names, "、")), False

    return describe


KIND = register_kind(
    "enumeration", 6, __doc__ or "",
    (("FC601", "enumeration-mismatch", Severity.ERROR,
      "A list of names that does not match the count that introduces it."),),
    from_file=from_file,
)
