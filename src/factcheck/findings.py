"""Findings: what every command reports, as structured facts, and the JSON contract scripts read.

A finding holds no prose of its own: its message and suggestions are :class:`Message` objects (a
template and its facts), rendered in the reader's language when a reporter shows them.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from .interval import Interval
from .messages import Message, Shown
from .values import Value

__all__ = ["SEVERITY_ORDER", "ArticleSpan", "CheckRecord", "ClaimRef", "Finding", "Severity"]


class Severity(str, Enum):
    """How much a finding matters: error fails a run by default, info is a derived fact."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    def __str__(self) -> str:
        return self.value


SEVERITY_ORDER = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


class ArticleSpan(Value):
    """Where a figure is printed in its article: 1-based line and column (in characters), the end
    exclusive, and the figure as printed."""

    __slots__ = ("column", "end_column", "end_line", "line", "path", "text")

    def __init__(self, path: str, line: int, column: int, end_line: int, end_column: int,
                 text: str):
        self.path = path
        self.line = line
        self.column = column
        self.end_line = end_line
        self.end_column = end_column
        self.text = text

    def _fields(self) -> tuple:
        return (self.path, self.line, self.column, self.end_line, self.end_column, self.text)

    def to_json(self) -> dict[str, Any]:
        return {"path": self.path, "line": self.line, "column": self.column,
                "end_line": self.end_line, "end_column": self.end_column, "text": self.text}


class ClaimRef:
    """A claim as a finding names it: where it is and what it says."""

    __slots__ = ("article", "column", "file", "id", "interval", "label", "line", "quote", "written")

    def __init__(self, id: str, file: str, line: int, column: int = 1, written: str | None = None,
                 interval: Interval | None = None, quote: str | None = None,
                 label: str | None = None, article: ArticleSpan | None = None):
        self.id = id
        self.file = file
        self.line = line
        self.column = column
        self.written = written
        self.interval = interval
        self.quote = quote
        self.label = label
        self.article = article  # where the figure is printed in the article, when known

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


class Finding:
    """One problem or derived fact, at a place in a fact file (or an article)."""

    __slots__ = ("advice", "check", "claims", "code", "column", "computed", "computed_shown",
                 "end_column", "end_line", "file", "gap", "headline", "line", "name", "says",
                 "severity", "stated", "stated_shown", "verdict")

    def __init__(self, code: str, name: str, severity: Severity, says: Message, file: str,
                 line: int = 1, column: int = 1, end_line: int | None = None,
                 end_column: int | None = None, check: str | None = None,
                 claims: list[ClaimRef] | None = None, computed: Interval | None = None,
                 computed_shown: Shown | None = None, stated: Interval | None = None,
                 stated_shown: Shown | None = None, gap: dict[str, str] | None = None,
                 advice: list[Message] | None = None, headline: bool = False,
                 verdict: str = "problem"):
        self.code = code
        self.name = name
        self.severity = severity
        self.says = says
        self.file = file
        self.line = line
        self.column = column
        self.end_line = end_line
        self.end_column = end_column
        self.check = check
        self.claims = [] if claims is None else claims
        self.computed = computed
        self.computed_shown = computed_shown
        self.stated = stated
        self.stated_shown = stated_shown
        self.gap = gap
        self.advice = [] if advice is None else advice
        self.headline = headline
        self.verdict = verdict

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


class CheckRecord:
    """One relation tested, with its verdict (what `--show-checks` lists)."""

    __slots__ = ("check", "claims", "column", "file", "found", "how", "kind", "line", "verdict")

    def __init__(self, kind: str, check: str | None, how: str, verdict: str, file: str, line: int,
                 column: int, claims: list[ClaimRef],
                 found: list[tuple[str, int, int, str]] | None = None):
        self.kind = kind
        self.check = check  # the check's id, when it has one
        self.how = how  # written, stated, linked, implied or series
        self.verdict = verdict  # holds, fails, warning, untestable, not-comparable or suppressed
        self.file = file
        self.line = line
        self.column = column
        self.claims = claims
        self.found = [] if found is None else found  # its findings' keys

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "check": self.check, "how": self.how, "verdict": self.verdict,
                "file": self.file, "line": self.line, "column": self.column,
                "claims": [c.to_json() for c in self.claims]}
