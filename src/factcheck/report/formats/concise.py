"""`concise`: one line per finding, then the summary line (the default when piped)."""

from __future__ import annotations

from ...findings import CheckRecord, Finding
from ...summary import RunSummary
from ..base import Reporter
from ..plain import check_line, concise_line, details

__all__ = ["REPORTER", "ConciseReporter"]


class ConciseReporter(Reporter):
    """`path:line:col: CODE [severity] message`, one line per finding."""

    name = "concise"
    for_people = True
    verbose = False

    def finding(self, f: Finding) -> None:
        lang = self.info.lang
        self.out.write(concise_line(f, lang) + "\n")
        if self.verbose:
            for line in details(f, lang):
                self.out.write(f"    {line}\n")

    def relation(self, record: CheckRecord) -> None:
        self.out.write(check_line(record, self.info.lang) + "\n")

    def end(self, summary: RunSummary) -> None:
        self.out.write(summary.line(self.info.command, self.info.lang) + "\n")


REPORTER = ConciseReporter
