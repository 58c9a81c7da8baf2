"""Suppressions: `ignore:` on a claim or check, `# factcheck: ignore[FC203] reason` comments,
per-file ignores from the config — and the report of suppressions that matched nothing (FC014).

A suppression applies to a finding at its line, or at the line of any claim the finding names.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable

from . import messages as msg
from .findings import Finding
from .loader import LoadedFile
from .messages import Message
from .patterns import later
from .problems import UNUSED_SUPPRESSION

__all__ = ["Suppressions"]

_COMMENT = later(r"#\s*factcheck:\s*ignore\[([^\]]*)\]\s*(.*)$")


class _Entry:
    __slots__ = ("codes", "column", "file", "line", "used", "what")

    def __init__(self, file: str, line: int, column: int, codes: tuple[str, ...], what: str,
                 used: set[str] | None = None):
        self.file = file
        self.line = line
        self.column = column
        self.codes = codes
        self.what = what  # a template: COMMENT or IGNORE_FIELD
        self.used = set() if used is None else used


class Suppressions:
    """Every suppression of a run, by file and line."""

    __slots__ = ("by_line", "per_file")

    def __init__(self, by_line: dict[tuple[str, int], list[_Entry]] | None = None,
                 per_file: dict[str, list[str]] | None = None):
        self.by_line = {} if by_line is None else by_line
        self.per_file = {} if per_file is None else per_file

    @classmethod
    def collect(cls, files: Iterable[LoadedFile],
                per_file: dict[str, list[str]] | None = None) -> Suppressions:
        """The suppressions written in these files, plus the config's per-file ignores."""
        out = cls(per_file=dict(per_file or {}))
        for f in files:
            # every comment the pattern reads holds both words (most files have neither)
            if f.text is not None and "ignore[" in f.text and "factcheck:" in f.text:
                for number, line in enumerate(f.text.splitlines(), 1):
                    m = _COMMENT.search(line)
                    if m:
                        codes = tuple(c.strip().upper() for c in m.group(1).split(",") if c.strip())
                        out._add(_Entry(f.display, number, m.start() + 1, codes, msg.COMMENT))
            if f.model is None:
                continue
            for cid, claim in f.claims.items():
                if claim.spec.ignore:
                    line, col = f.source.key(("claims", cid))
                    out._add(_Entry(f.display, line, col, _codes(claim.spec.ignore), msg.IGNORE_FIELD))
            for i, check in enumerate(f.model.checks):
                if check is not None and check.ignore:
                    line, col = f.source.value(("checks", i))
                    out._add(_Entry(f.display, line, col, _codes(check.ignore), msg.IGNORE_FIELD))
        return out

    def _add(self, entry: _Entry) -> None:
        self.by_line.setdefault((entry.file, entry.line), []).append(entry)

    def filter(self, findings: Iterable[Finding]) -> list[Finding]:
        """The findings no suppression covers (marking the suppressions used)."""
        kept = []
        for f in findings:
            if not self._suppressed(f):
                kept.append(f)
        return kept

    def _suppressed(self, f: Finding) -> bool:
        for pattern, codes in self.per_file.items():
            if fnmatch.fnmatch(f.file, pattern) and any(f.code.startswith(c) for c in codes):
                return True
        places = {(f.file, f.line), *((c.file, c.line) for c in f.claims)}
        hit = False
        for place in places:
            for entry in self.by_line.get(place, ()):
                for code in entry.codes:
                    if f.code.startswith(code):
                        entry.used.add(code)
                        hit = True
        return hit

    def unused(self) -> list[Finding]:
        """FC014 for every suppressed code that matched no finding."""
        out = []
        for entries in self.by_line.values():
            for e in entries:
                for code in e.codes:
                    if code not in e.used:
                        out.append(UNUSED_SUPPRESSION.finding(
                            Message(msg.UNUSED_SUPPRESSION, code=code, what=Message(e.what)),
                            e.file, e.line, e.column))
        return out


def _codes(spec: list[str] | dict[str, str]) -> tuple[str, ...]:
    return tuple(c.strip().upper() for c in spec)
