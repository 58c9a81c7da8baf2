"""Reporters: one module per output format under ``formats/``, chosen by name.

The format names are the module names of ``formats/`` (found by listing the folder, without
importing them), so adding a format is adding one module that defines ``REPORTER``.
"""

from __future__ import annotations

from importlib import import_module
from typing import TextIO

from ..modules import module_names
from . import formats as _formats
from .base import Reporter, RunInfo

__all__ = ["FORMATS", "make_reporter"]

#: The default on a terminal and the default when piped come first; the others by name.
_FIRST = ("table", "concise")
FORMATS: tuple[str, ...] = tuple(sorted(
    module_names(_formats.__path__),
    key=lambda name: (_FIRST.index(name) if name in _FIRST else len(_FIRST), name),
))


def make_reporter(fmt: str, out: TextIO, info: RunInfo) -> Reporter:
    """The reporter of an output format."""
    if fmt not in FORMATS:
        raise KeyError(fmt)
    return import_module(f"{_formats.__name__}.{fmt}").REPORTER(out, info)
