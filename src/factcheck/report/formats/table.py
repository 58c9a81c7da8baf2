"""`table`: a rich table per file on a terminal; plain text with details when piped."""

from __future__ import annotations

from ... import messages as msg
from ...findings import CheckRecord, Finding, Severity
from ...messages import Message
from ...summary import RunSummary
from ..plain import VERDICTS, printable
from ..terminal import make_console, use_rich
from .concise import ConciseReporter

__all__ = ["REPORTER", "TableReporter"]

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


class TableReporter(ConciseReporter):
    """A rich table per file on a terminal; the concise lines with their details when piped."""

    name = "table"
    verbose = True

    def __init__(self, out, info):
        super().__init__(out, info)
        self.rich = use_rich(out)
        self.files: dict[str, list[Finding]] = {}
        self.relations: dict[str, list[CheckRecord]] = {}

    def finding(self, f: Finding) -> None:
        if self.rich:
            self.files.setdefault(f.file, []).append(f)
        else:
            super().finding(f)

    def relation(self, record: CheckRecord) -> None:
        if self.rich:
            self.relations.setdefault(record.file, []).append(record)
        else:
            super().relation(record)

    def end(self, summary: RunSummary) -> None:
        if not self.rich:
            super().end(summary)
            return
        from rich.table import Table
        from rich.text import Text

        lang = self.info.lang

        def say(template: str, **facts) -> str:
            return Message(template, **facts).render(lang)

        console = make_console(self.out)
        for path, findings in self.files.items():
            table = Table(title=printable(path), title_justify="left", show_lines=True, expand=True)
            table.add_column(say(msg.COL_SEVERITY), no_wrap=True)
            table.add_column(say(msg.COL_CODE), no_wrap=True)
            table.add_column(say(msg.COL_LINE), justify="right", no_wrap=True)
            table.add_column(say(msg.COL_CLAIMS))
            table.add_column(say(msg.COL_ARITHMETIC), ratio=3)
            table.add_column(say(msg.COL_CONSISTENT), ratio=2)
            for f in findings:
                sev = Text(f.severity.value + (say(msg.HEADLINE_MARK) if f.headline else ""),
                           style=_STYLE[f.severity])
                claims = "\n".join(
                    printable(f"{c.id}: {c.written} ({say(msg.LINE_N, line=c.line)})")
                    + (f"\n«{printable(c.quote)}»" if c.quote else "")
                    for c in f.claims
                )
                body = printable(f.text(lang))
                if f.computed_shown is not None and f.stated_shown is not None:
                    body += "\n" + say(msg.COMPUTED_STATED, computed=f.computed_shown,
                                       stated=f.stated_shown)
                if f.gap and "shown" in f.gap:
                    body += "\n" + say(msg.DETAIL_GAP, value=f.gap["shown"])
                table.add_row(sev, f"{f.code}\n{f.name}", str(f.line), Text(claims), Text(body),
                              Text("\n".join(printable(s.render(lang)) for s in f.advice)))
            console.print(table)
        for path, records in self.relations.items():
            console.print(self._relations(path, records))
        style = "bold green" if summary.errors == 0 and summary.warnings == 0 else "bold"
        console.print(summary.line(self.info.command, lang), style=style)


    def _relations(self, path: str, records: list[CheckRecord]):
        from rich.table import Table
        from rich.text import Text

        lang = self.info.lang

        def say(template: str, **facts) -> str:
            return Message(template, **facts).render(lang)

        table = Table(title=printable(say(msg.RELATIONS_OF, file=path)), title_justify="left",
                      expand=True)
        table.add_column(say(msg.COL_LINE), justify="right", no_wrap=True)
        table.add_column(say(msg.COL_RELATION), no_wrap=True)
        table.add_column(say(msg.COL_VERDICT), no_wrap=True)
        table.add_column(say(msg.COL_CLAIMS))
        for r in records:
            style = {"fails": "bold red", "warning": "yellow", "holds": "green"}.get(r.verdict, "cyan")
            claims = ", ".join(printable(f"{c.id} {c.written}") for c in r.claims)
            table.add_row(str(r.line), f"{r.kind} [{r.how}]", Text(say(VERDICTS[r.verdict]), style=style),
                          Text(claims))
        return table


REPORTER = TableReporter
