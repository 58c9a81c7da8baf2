"""The one registry of finding codes: every code any run can print is declared here, once.

A code is declared with :func:`define` by the module that owns it — lint problems in
:mod:`factcheck.problems`, anchoring in :mod:`factcheck.anchor`, the verdicts every relation can
get in :mod:`factcheck.verdict`, and each check kind in its own module under ``checks/`` — and
every finding is made through its :class:`Rule`, so a finding always carries a registered code,
name and severity. ``factcheck explain CODE`` and the SARIF ``rules[]`` read the registry.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from .findings import Finding, Severity
from .messages import Message
from .values import Value

__all__ = ["Rule", "all_rules", "define", "rule"]


class Rule(Value):
    """One finding code: its name, default severity and the text `explain` prints."""

    __slots__ = ("code", "doc", "kind", "name", "severity", "summary")

    def __init__(self, code: str, name: str, severity: Severity, summary: str, doc: str,
                 kind: str | None = None):
        self.code = code
        self.name = name
        self.severity = severity
        self.summary = summary
        self.doc = doc  # Markdown: what it checks / why it matters / example
        self.kind = kind  # the check kind, for codes of relations

    def _fields(self) -> tuple:
        return (self.code, self.name, self.severity, self.summary, self.doc, self.kind)

    def finding(self, message: Message, file: str, line: int = 1, column: int = 1,
                severity: Severity | None = None, **facts: Any) -> Finding:
        """A finding of this code (at its default severity unless one is given)."""
        return Finding(self.code, self.name, severity or self.severity, message, file, line,
                       column, **facts)


_RULES: dict[str, Rule] = {}

#: The modules that declare codes, imported when the whole registry is asked for (the check
#: kinds are the modules of ``factcheck.checks``).
_OWNERS = ("factcheck.problems", "factcheck.anchor", "factcheck.verdict", "factcheck.joint")


def define(code: str, name: str, severity: Severity, summary: str, why: str = "",
           example: str = "", *, doc: str | None = None, kind: str | None = None) -> Rule:
    """Declare a code. ``doc`` defaults to the three sections built from summary, why and example."""
    if code in _RULES:
        raise ValueError(f"finding code {code} is declared twice")
    text = doc if doc is not None else (
        f"## What it checks\n{summary}\n\n## Why it matters\n{why}\n\n## Example\n{example}\n")
    declared = Rule(code, name, severity, summary, text, kind)
    _RULES[code] = declared
    return declared


def _load_owners() -> None:
    for module in _OWNERS:
        import_module(module)
    import_module("factcheck.checks").kinds()


def all_rules() -> list[Rule]:
    """Every code, sorted."""
    _load_owners()
    return sorted(_RULES.values(), key=lambda r: r.code)


def rule(code: str) -> Rule | None:
    """The rule of one code (case-insensitive), or None."""
    _load_owners()
    return _RULES.get(code.strip().upper())


def registered(code: str) -> bool:
    """Whether a code is declared (for tests: nothing may emit an undeclared code)."""
    _load_owners()
    return code in _RULES
