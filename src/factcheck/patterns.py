"""Regular expressions compiled when first used, so that a run pays only for the patterns its
input needs (a module of the article reader holds dozens; most texts touch a part of them), and
kept compiled between runs, as Python keeps compiled modules.

``later(r"…")`` stands where ``re.compile(r"…")`` would, at module level: the first method called
on it compiles the pattern, and its methods are then the compiled pattern's own.

Compiling is most of what a pattern costs a short run, which uses it a few times (a class of
Chinese characters is expanded one character at a time). So the code the regular-expression
engine runs for each pattern is kept in a file beside this module's byte-compiled form (written
only when Python writes bytecode, read only by the same Python), and a pattern found there is
built from its kept code. An entry is kept only when the pattern it builds equals the one
``re.compile`` gives (patterns compare equal when their code is the same), so a kept pattern
matches exactly what the compiled one would.
"""

from __future__ import annotations

import _sre
import atexit
import marshal
import os
import re
import sys
from array import array
from typing import Any, cast

__all__ = ["compiled", "later"]

#: What a pattern is used for: each bound on its first use.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
            "scanner", "groups", "groupindex", "flags")


class _LaterPattern:
    """A pattern and its flags, compiled on the first use of a method (most patterns are used by
    one method only: the others are bound when first used)."""

    def __init__(self, pattern: str | bytes, flags: int):
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        value = getattr(_KEPT.compile(self.pattern, int(self._flags)), name)
        if name in _METHODS:  # bound here: later uses find it without this call
            setattr(self, name, value)
        return value

    def __repr__(self) -> str:
        return f"later({self.pattern!r}, {self._flags})"


def later(pattern: str | bytes, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``, compiled when the pattern is first used."""
    return cast(re.Pattern, _LaterPattern(pattern, flags))


def compiled(pattern: str | bytes, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)`` for a pattern made where it is used (from its arguments):
    kept between runs as :func:`later` patterns are. Only for patterns made of the program's own
    words, never of its input (each pattern is kept, in the run and in the file)."""
    built = _BUILT.get((pattern, flags))  # most calls: a pattern this run has built (one lookup)
    return _KEPT.compile(pattern, int(flags)) if built is None else built


#: The engine's code as bytes: an array of its code words.
_WORD = next((t for t in "IL" if array(t).itemsize == _sre.CODESIZE), None)
#: Whose code a file holds: code is read back only by the Python that wrote it.
_ENGINE = (sys.hexversion, _sre.MAGIC, _sre.CODESIZE)
#: More entries than any run uses: the file is started afresh (patterns edited away linger
#: until then).
_MAX_KEPT = 4096


class _Kept:
    """The engine code of compiled patterns, by (pattern, flags), read from and written to one
    file."""

    def __init__(self, path: str | None):
        self.path = path
        self.entries: dict[tuple[str | bytes, int], tuple] | None = None
        self.built: dict[tuple[str | bytes, int], re.Pattern] = {}  # this run's patterns
        self.added: list[tuple[str | bytes, int]] = []  # this run's new entries

    def compile(self, pattern: str | bytes, flags: int) -> re.Pattern:
        """The compiled pattern: built from its kept code, else compiled (and its code kept)."""
        built = self.built.get((pattern, flags))
        if built is None:
            built = self.built[(pattern, flags)] = self._compile(pattern, flags)
        return built

    def _compile(self, pattern: str | bytes, flags: int) -> re.Pattern:
        if self.entries is None:
            self.entries = self._read()
        entry = self.entries.get((pattern, flags))
        if entry is not None:
            try:
                return _built(pattern, entry)
            except (TypeError, ValueError, RuntimeError):  # not code this engine runs
                del self.entries[(pattern, flags)]
        compiled = re.compile(pattern, flags)
        if self.path is not None and not sys.dont_write_bytecode:
            try:
                self._keep(pattern, flags, compiled)
            except Exception:  # the engine's internals changed: compile, keep nothing
                self.path = None
        return compiled

    def _keep(self, pattern: str | bytes, flags: int, compiled: re.Pattern) -> None:
        from re import _compiler, _parser

        assert self.entries is not None
        parsed = _parser.parse(pattern, flags)
        state = parsed.state
        indexgroup = [None] * state.groups
        for name, index in state.groupdict.items():
            indexgroup[index] = name
        entry = (flags | state.flags, array(_WORD, _compiler._code(parsed, flags)).tobytes(),
                 state.groups - 1, dict(state.groupdict), tuple(indexgroup))
        built = _built(pattern, entry)
        if built == compiled and built.groupindex == compiled.groupindex:
            if not self.added:
                atexit.register(self._write)
            self.entries[(pattern, flags)] = entry
            self.added.append((pattern, flags))

    def _read(self) -> dict[tuple[str | bytes, int], tuple]:
        if self.path is None:
            return {}
        try:
            with open(self.path, "rb") as fh:
                engine, entries = marshal.load(fh)
        except (OSError, EOFError, ValueError, TypeError):
            return {}
        return entries if engine == _ENGINE and isinstance(entries, dict) else {}

    def _write(self) -> None:
        if self.path is None or self.entries is None:
            return  # keeping was turned off during the run
        entries = self.entries
        if len(entries) > _MAX_KEPT:
            entries = {key: entries[key] for key in self.added}
        temporary = f"{self.path}.{os.getpid()}"
        try:
            os.makedirs(os.path.dirname(self.path), exist_ok=True)
            with open(temporary, "wb") as fh:
                marshal.dump((_ENGINE, entries), fh)
            os.replace(temporary, self.path)
        except OSError:
            pass


def _built(pattern: str | bytes, entry: tuple) -> re.Pattern:
    flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, flags, array(_WORD, code).tolist(), groups, groupindex,
                        indexgroup)


def _kept_path() -> str | None:
    """Beside this module's byte-compiled form (``__pycache__``, or under PYTHONPYCACHEPREFIX)."""
    from importlib.util import cache_from_source

    if _WORD is None:
        return None
    try:
        compiled = cache_from_source(__file__)
    except (NotImplementedError, ValueError):
        return None
    return os.path.splitext(compiled)[0] + ".regex"


_KEPT = _Kept(_kept_path())
_BUILT = _KEPT.built
