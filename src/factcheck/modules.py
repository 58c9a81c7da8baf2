"""The modules of a package, listed from its folder (the registries of check kinds and report
formats: a kind or a format is a module). Cheaper at start-up than importing pkgutil."""

from __future__ import annotations

import os
from collections.abc import Iterable

__all__ = ["module_names"]


def module_names(paths: Iterable[str]) -> list[str]:
    """The names of the Python modules in a package's folders, sorted (no subpackages)."""
    names: set[str] = set()
    for folder in paths:
        with os.scandir(folder) as entries:
            for entry in entries:
                stem, dot, ext = entry.name.rpartition(".")
                if dot and ext == "py" and stem.isidentifier() and stem != "__init__":
                    names.add(stem)
    return sorted(names)
