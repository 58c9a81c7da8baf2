"""Where the parts of a fact file are, as the loader and the checks ask for them; without YAML,
so that an article checked as input never loads the YAML parser."""

from __future__ import annotations

from typing import Protocol

__all__ = ["Path_", "Positions", "Unplaced"]

Path_ = tuple[str | int, ...]


class Positions(Protocol):
    """Where the parts of a fact file are: 1-based (line, column) by path in the document (a YAML
    file's :class:`factcheck.yamlsource.SourceMap`, or the article a document was found in)."""

    def value(self, path: Path_) -> tuple[int, int]: ...

    def key(self, path: Path_) -> tuple[int, int]: ...

    def is_number(self, path: Path_) -> bool: ...

    def has_merge(self, path: Path_) -> bool: ...

    def boolean(self, path: Path_) -> str | None: ...


class Unplaced:
    """The positions of a file with no document to point into (not read, or let go of): every
    part at line 1, column 1, as an empty source map has them."""

    __slots__ = ()

    def value(self, path: Path_) -> tuple[int, int]:
        return 1, 1

    key = value

    def is_number(self, path: Path_) -> bool:
        return False

    def has_merge(self, path: Path_) -> bool:
        return False

    def boolean(self, path: Path_) -> str | None:
        return None
