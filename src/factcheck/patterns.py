"""Regular expressions compiled when first used, so that a run pays only for the patterns its
input needs (a module of the article reader holds dozens; most texts touch a part of them).

``later(r"…")`` stands where ``re.compile(r"…")`` would, at module level: the first method called
on it compiles the pattern, and its methods are then the compiled pattern's own.
"""

from __future__ import annotations

import re
from typing import Any, cast

__all__ = ["later"]

#: What a pattern is used for: the methods bound on first use.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
            "scanner", "groups", "groupindex", "flags")


class _LaterPattern:
    """A pattern and its flags, compiled on the first use of a method."""

    def __init__(self, pattern: str | bytes, flags: int):
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"later({self.pattern!r}, {self._flags})"


def later(pattern: str | bytes, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``, compiled when the pattern is first used."""
    return cast(re.Pattern, _LaterPattern(pattern, flags))
