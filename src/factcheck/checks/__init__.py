"""The check kinds: one module each, which registers its codes, model and relation.

A kind is found by its module alone: :func:`kinds` imports every module of this package (each
calls :func:`base.register_kind`), so adding a kind is adding a module. :func:`prepare_file`
turns every check entry and every claim that implies a check (a `growth:` with `previous:`,
`names:`, `same_as:`) into prepared relations, reporting references and dimensions that make a
check impossible (those are lint problems).
"""

from __future__ import annotations

from importlib import import_module

from ..corpus import Corpus
from ..findings import Finding
from ..loader import LoadedFile
from ..modules import module_names
from .base import KINDS, CheckKind, Context, Prepared

__all__ = ["kinds", "prepare_file"]

_HELPERS = frozenset({"base"})
_loaded: list[bool] = []
_KIND_OF_MODEL: dict[type, CheckKind] = {}  # the kind of each model of `checks:` entries


def kinds() -> list[CheckKind]:
    """Every check kind, in the order the format lists them (their modules imported once)."""
    if not _loaded:
        for name in module_names(__path__):
            if name not in _HELPERS:
                import_module(f"{__name__}.{name}")
        _loaded.append(True)
    return KINDS


def prepare_file(corpus: Corpus, f: LoadedFile) -> tuple[list[Prepared], list[Finding]]:
    """Every relation one file states or implies, and the problems that keep checks from running.

    Duplicates by label are found across files by the run's subject index instead.
    """
    prepared: list[Prepared] = []
    problems: list[Finding] = []
    if f.model is None:
        return prepared, problems
    by_key = {k.key: k for k in kinds() if k.key is not None}
    for i, spec in enumerate(f.model.checks):
        if spec is None:
            continue
        ctx = Context(corpus, f, ("checks", i))
        kind = _KIND_OF_MODEL.get(type(spec))
        if kind is None:  # the first entry of its model: the kind whose key it has
            kind = _KIND_OF_MODEL[type(spec)] = next(
                k for key, k in by_key.items() if hasattr(spec, key))
        for p in kind.prepare(spec, ctx):
            p.how = spec.discovered or "written"
            prepared.append(p)
        problems.extend(ctx.problems)
    for kind in KINDS:
        if kind.from_file is not None:
            more, found = kind.from_file(corpus, f)
            prepared.extend(more)
            problems.extend(found)
    return prepared, problems
