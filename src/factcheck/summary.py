"""What a run adds up: the counts of files, claims and relations, and the closing sentence."""

from __future__ import annotations

from typing import Any

from . import messages as msg
from .messages import Message

__all__ = ["Counts", "RunSummary"]


class Counts:
    """The counts a file adds to a run's totals."""

    __slots__ = ("checks", "claims", "covered", "files", "invalid_files", "testable", "untestable")

    def __init__(self, files: int = 0, invalid_files: int = 0, claims: int = 0, checks: int = 0,
                 covered: int = 0, testable: int = 0, untestable: int = 0):
        self.files = files
        self.invalid_files = invalid_files
        self.claims = claims
        self.checks = checks
        self.covered = covered  # claims in at least one relation
        self.testable = testable  # claims in at least one relation that could fail
        self.untestable = untestable  # relations too coarse ever to fail

    def add(self, other: Counts) -> None:
        """Add another file's counts to these."""
        for name in Counts.__slots__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


class RunSummary(Counts):
    """A run's totals, what its findings were, and its exit code."""

    __slots__ = ("by_code", "errors", "exit_code", "infos", "warnings")

    def __init__(self, files: int = 0, invalid_files: int = 0, claims: int = 0, checks: int = 0,
                 covered: int = 0, testable: int = 0, untestable: int = 0, errors: int = 0,
                 warnings: int = 0, infos: int = 0, exit_code: int = 0,
                 by_code: dict[str, int] | None = None):
        super().__init__(files, invalid_files, claims, checks, covered, testable, untestable)
        self.errors = errors
        self.warnings = warnings
        self.infos = infos
        self.exit_code = exit_code
        self.by_code = {} if by_code is None else by_code  # findings per code, for --statistics

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

    def says(self, command: str) -> Message:
        """The closing sentence of text reports."""
        e, w = self.errors, self.warnings
        if command == "lint":
            if e or w:
                return Message(msg.LINT_PROBLEM if e + w == 1 else msg.LINT_PROBLEMS, n=e + w,
                               files=self.files)
            return Message(msg.LINT_VALID, files=self.files)
        if e == 0 and w == 0 and self.checks == 0 and not self.invalid_files:
            head = Message(msg.NOTHING_CHECKED)
        elif e == 0 and w == 0 and self.untestable:
            head = Message(msg.UNDECIDED_ONE if self.untestable == 1 else msg.UNDECIDED,
                           n=self.untestable)
        elif e == 0 and w == 0:
            head = Message(msg.ALL_PASSED)
        else:
            head = Message(_FOUND[e != 1, w != 1], errors=e, warnings=w)
        return Message(msg.CHECK_SUMMARY, head=head, files=self.files, claims=self.claims,
                       checks=self.checks, untestable=self.untestable, covered=self.covered,
                       testable=self.testable)

    def line(self, command: str, lang: str = "en") -> str:
        return self.says(command).render(lang)


_FOUND = {
    (False, False): msg.FOUND_ERROR_WARNING,
    (False, True): msg.FOUND_ERROR_WARNINGS,
    (True, False): msg.FOUND_ERRORS_WARNING,
    (True, True): msg.FOUND_ERRORS_WARNINGS,
}
