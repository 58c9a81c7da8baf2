"""`concise`: one line per finding, then the summary line (the default when piped)."""

from __future__ import annotations

from ...findings import CheckRecord, Finding
from ...joint import Repair
from ...summary import RunSummary
from ...views import ArticleView, statuses
from ..base import Reporter
from ..plain import check_line, concise_line, details, printable, printable_lines

__all__ = ["REPORTER", "ConciseReporter"]


class ConciseReporter(Reporter):
    """`path:line:col: CODE [severity] message`, one line per finding."""

    name = "concise"
    for_people = True
    verbose = False
    shows_advice = False  # one line per finding: its suggestions are not printed

    def __init__(self, out, info):
        super().__init__(out, info)
        self.wants_article = info.show_article
        self.views: dict[str, ArticleView] = {}
        self.seen: dict[str, list[Finding]] = {}
        self.tested: dict[str, list[CheckRecord]] = {}

    def file(self, display: str, view: ArticleView | None) -> None:
        if view is not None:
            self.views[display] = view

    def finding(self, f: Finding) -> None:
        lang = self.info.lang
        self.out.write(concise_line(f, lang) + "\n")
        if self.verbose:
            for line in details(f, lang):
                self.out.write(f"    {line}\n")
        if self.wants_article:
            self.seen.setdefault(f.file, []).append(f)

    def relation(self, record: CheckRecord) -> None:
        if self.info.show_checks:
            self.out.write(check_line(record, self.info.lang) + "\n")
        if self.wants_article:
            self.tested.setdefault(record.file, []).append(record)

    def repair(self, repair: Repair) -> None:
        if repair.says is not None:
            line, column = repair.at
            self.out.write(printable(f"{repair.file}:{line}:{column}: ")
                           + printable(repair.says.render(self.info.lang)) + "\n")

    def end(self, summary: RunSummary) -> None:
        for display, view in self.views.items():
            self.out.write(self._plain_article(display, view))
        self.out.write(summary.line(self.info.command, self.info.lang) + "\n")

    def _plain_article(self, display: str, view: ArticleView) -> str:
        """The article as plain text, each figure followed by its status in brackets."""
        status, _ = statuses(view, self.seen.get(display, []), self.tested.get(display, []))
        out, last = [f"--- {view.path}\n"], 0
        for mark, state in zip(view.figures, status, strict=True):
            if mark.start < last:
                continue
            out.append(view.text[last:mark.end])
            out.append(f"[{SIGNS[state] or '·'}]")
            last = mark.end
        out.append(view.text[last:])
        return printable_lines("".join(out)) + "\n"




#: The sign that follows a figure of the article, by status (in plain text).
SIGNS = {"error": "✖", "warning": "▲", "holds": "✓", "unchecked": "", "not-understood": "?"}


REPORTER = ConciseReporter
