"""The reporter interface: start / finding / end hooks, one class per output format.

Whole-document formats (json, sarif, junit) collect in ``finding`` and write in ``end``;
streaming formats (concise, jsonl, github) write each finding as it comes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from ..findings import Finding

__all__ = ["Reporter", "RunInfo", "RunSummary"]


@dataclass(slots=True)
class RunInfo:
    """What a reporter knows before the first finding."""

    command: str  # check or lint
    version: str
    root: Path  # paths in reports are relative to it (the repository root for SARIF)
    files: list[str] = field(default_factory=list)


@dataclass(slots=True)
class RunSummary:
    """What a reporter knows at the end."""

    files: int = 0
    invalid_files: int = 0
    claims: int = 0
    checks: int = 0
    errors: int = 0
    warnings: int = 0
    infos: int = 0
    untestable: int = 0
    covered: int = 0
    testable: int = 0
    exit_code: int = 0
    counts: dict[str, int] = field(default_factory=dict)  # per code, for --statistics

    def to_json(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "invalid_files": self.invalid_files,
            "claims": self.claims,
            "checks": self.checks,
            "errors": self.errors,
            "warnings": self.warnings,
            "infos": self.infos,
            "untestable": self.untestable,
            "covered_claims": self.covered,
            "testable_claims": self.testable,
        }

    def line(self, command: str) -> str:
        """The closing sentence of text reports."""
        e, w = self.errors, self.warnings
        if command == "lint":
            if e or w:
                return (f"Found {e + w} problem{'s' if e + w != 1 else ''} in {self.files} "
                        "file(s).")
            return f"All {self.files} fact file(s) are valid."
        head = "All checks passed!" if e == 0 and w == 0 else (
            f"Found {e} error{'s' if e != 1 else ''} and {w} warning{'s' if w != 1 else ''}.")
        return (f"{head} {self.files} file(s), {self.claims} claims, {self.checks} checks; "
                f"{self.untestable} untestable; coverage: {self.covered} of {self.claims} claims "
                f"in at least one check ({self.testable} testable).")


class Reporter:
    """Base reporter: subclasses override the hooks they need."""

    name = "base"

    def __init__(self, out: TextIO, info: RunInfo):
        self.out = out
        self.info = info

    def start(self) -> None:
        """Called once, before any finding."""

    def finding(self, f: Finding) -> None:
        """Called for every finding shown, in order."""

    def end(self, summary: RunSummary) -> None:
        """Called once, after the last finding."""
