"""Findings: what every command reports, as structured facts, and the JSON contract scripts read.

A finding holds no prose of its own: its message and suggestions are :class:`Message` objects (a
template and its facts), rendered in the reader's language when a reporter shows them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from .interval import Interval
from .messages import Message, Shown

__all__ = ["SEVERITY_ORDER", "ArticleSpan", "CheckRecord", "ClaimRef", "Finding", "Severity"]


class Severity(str, Enum):
    """How much a finding matters: error fails a run by default, info is a derived fact."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    def __str__(self) -> str:
        return self.value


SEVERITY_ORDER = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


@dataclass(frozen=True, slots=True)
class ArticleSpan:
    """Where a figure is printed in its article: 1-based line and column (in characters), the end
    exclusive, and the figure as printed."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"path": self.path, "line": self.line, "column": self.column,
                "end_line": self.end_line, "end_column": self.end_column, "text": self.text}


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
    article: ArticleSpan | None = None  # where the figure is printed in the article, when known

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
            "article": None if self.article is None else self.article.to_json(),
        }


def _shown(shown: Shown | None, lang: str) -> str | None:
    return None if shown is None else shown.render(lang)


@dataclass(slots=True)
class Finding:
    """One problem or derived fact, at a place in a fact file (or an article)."""

    code: str
    name: str
    severity: Severity
    says: Message
    file: str
    line: int = 1
    column: int = 1
    end_line: int | None = None
    end_column: int | None = None
    check: str | None = None
    claims: list[ClaimRef] = field(default_factory=list)
    computed: Interval | None = None
    computed_shown: Shown | None = None
    stated: Interval | None = None
    stated_shown: Shown | None = None
    gap: dict[str, str] | None = None
    advice: list[Message] = field(default_factory=list)
    headline: bool = False
    verdict: str = "problem"

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.file, self.line, self.column, self.code)

    @property
    def message(self) -> str:
        """The sentence an editor reads, in English (:meth:`text` renders other languages)."""
        return self.says.render("en")

    @property
    def suggestions(self) -> list[str]:
        """What would be consistent, in English."""
        return [m.render("en") for m in self.advice]

    @property
    def computed_text(self) -> str | None:
        return _shown(self.computed_shown, "en")

    @property
    def stated_text(self) -> str | None:
        return _shown(self.stated_shown, "en")

    def text(self, lang: str) -> str:
        """The message in ``lang``."""
        return self.says.render(lang)

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        """The finding as the JSON contract (docs/json.md) gives it, its sentences in ``lang``."""
        return {
            "code": self.code,
            "name": self.name,
            "severity": self.severity.value,
            "verdict": self.verdict,
            "headline": self.headline,
            "message": self.says.render(lang),
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "check": self.check,
            "claims": [c.to_json() for c in self.claims],
            "computed": None if self.computed is None else self.computed.to_json(),
            "computed_text": _shown(self.computed_shown, lang),
            "stated": None if self.stated is None else self.stated.to_json(),
            "stated_text": _shown(self.stated_shown, lang),
            "gap": self.gap,
            "suggestions": [m.render(lang) for m in self.advice],
        }


@dataclass(slots=True)
class CheckRecord:
    """One relation tested, with its verdict (what `--show-checks` lists)."""

    kind: str
    check: str | None  # the check's id, when it has one
    how: str  # written, stated, linked, implied or series
    verdict: str  # holds, fails, warning, untestable, not-comparable or suppressed
    file: str
    line: int
    column: int
    claims: list[ClaimRef]
    found: list[tuple[str, int, int, str]] = field(default_factory=list)  # its findings' keys

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "check": self.check, "how": self.how, "verdict": self.verdict,
                "file": self.file, "line": self.line, "column": self.column,
                "claims": [c.to_json() for c in self.claims]}
