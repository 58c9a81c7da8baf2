"""The check kinds: one module each, with its codes, documentation and relation.

``prepare_all`` turns every check entry and every claim that implies a check (a `growth:` with
`previous:`, `names:`, duplicates) into prepared relations, reporting references and dimensions
that make a check impossible (those are lint problems).
"""

from __future__ import annotations

from ..corpus import Corpus
from ..findings import Finding
from ..loader import LoadedFile
from . import (
    breakdown,
    duplicate,
    enumeration,
    expression,
    feasibility,
    growth,
    multiple,
    share,
    stockflow,
)
from .base import CheckKind, Context, Prepared

__all__ = ["KINDS", "prepare_file"]

_MODULES = (growth, share, breakdown, multiple, stockflow, enumeration, feasibility, expression,
            duplicate)
KINDS: tuple[CheckKind, ...] = tuple(m.KIND for m in _MODULES)

#: The module that prepares each `checks:` entry, by the key that names its kind.
_BY_KEY = {
    "growth": growth,
    "share": share,
    "breakdown": breakdown,
    "multiple": multiple,
    "stock": stockflow,
    "feasible": feasibility,
    "expect": expression,
    "same": duplicate,
}


def prepare_file(corpus: Corpus, f: LoadedFile) -> tuple[list[Prepared], list[Finding]]:
    """Every relation one file states or implies, and the problems that keep checks from running.

    Duplicates by label are found across files by :class:`duplicate.DuplicateIndex` instead.
    """
    prepared: list[Prepared] = []
    problems: list[Finding] = []
    if f.model is None:
        return prepared, problems
    for i, spec in enumerate(f.model.checks):
        if spec is None:
            continue
        ctx = Context(corpus, f, ("checks", i))
        kind = next(k for k in _BY_KEY if hasattr(spec, k))
        prepared.extend(_BY_KEY[kind].prepare(spec, ctx))
        problems.extend(ctx.problems)
    for module in (growth, enumeration, duplicate):
        more, found = module.from_file(corpus, f)
        prepared.extend(more)
        problems.extend(found)
    return prepared, problems
