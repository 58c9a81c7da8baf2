"""Findings: what every command reports, and the JSON contract scripts read."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from .interval import Interval

__all__ = ["SEVERITY_ORDER", "ClaimRef", "Finding", "Severity"]


class Severity(str, Enum):
    """How much a finding matters: error fails a run by default, info is a derived fact."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    def __str__(self) -> str:
        return self.value


SEVERITY_ORDER = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


@dataclass(slots=True)
class ClaimRef:
    """A claim as a finding names it: where it is and what it says."""

    id: str
    file: str
    line: int
    column: int = 1
    written: str | None = None
    interval: Interval | None = None
    quote: str | None = None
    label: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "label": self.label,
            "written": self.written,
            "quote": self.quote,
            "interval": None if self.interval is None else self.interval.to_json(),
        }


@dataclass(slots=True)
class Finding:
    """One problem or derived fact, at a place in a fact file."""

    code: str
    name: str
    severity: Severity
    message: str
    file: str
    line: int = 1
    column: int = 1
    end_line: int | None = None
    end_column: int | None = None
    check: str | None = None
    claims: list[ClaimRef] = field(default_factory=list)
    computed: Interval | None = None
    computed_text: str | None = None
    stated: Interval | None = None
    stated_text: str | None = None
    gap: dict[str, str] | None = None
    suggestions: list[str] = field(default_factory=list)
    headline: bool = False
    verdict: str = "problem"

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.file, self.line, self.column, self.code)

    def to_json(self) -> dict[str, Any]:
        """The finding as the JSON contract (docs/json.md) gives it."""
        return {
            "code": self.code,
            "name": self.name,
            "severity": self.severity.value,
            "verdict": self.verdict,
            "headline": self.headline,
            "message": self.message,
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "check": self.check,
            "claims": [c.to_json() for c in self.claims],
            "computed": None if self.computed is None else self.computed.to_json(),
            "computed_text": self.computed_text,
            "stated": None if self.stated is None else self.stated.to_json(),
            "stated_text": self.stated_text,
            "gap": self.gap,
            "suggestions": list(self.suggestions),
        }
