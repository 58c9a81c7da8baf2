"""`table`: findings grouped by file on a terminal, every word of them shown; plain text when piped.

On a wide terminal each file's findings are a table whose cells wrap (never cut with an
ellipsis); on a narrower one (under :data:`WIDE` columns) each finding is a block: its severity
and code, the sentence, the claims with their places and quotes, what the arithmetic says and
what would be consistent. With `--show-article` the article follows, its figures coloured by
status (and marked with a sign, for readers who cannot tell the colours apart).
"""

from __future__ import annotations

from ... import messages as msg
from ...findings import CheckRecord, ClaimRef, Finding, Severity
from ...joint import Repair
from ...messages import Message
from ...summary import RunSummary
from ...views import ArticleView, statuses
from ..plain import HOWS, SEVERITIES, VERDICTS, kind_name, printable, printable_lines, word
from ..terminal import make_console, use_rich
from .concise import ConciseReporter

__all__ = ["REPORTER", "WIDE", "TableReporter"]

#: From this many columns, findings are a table; below, one block each.
WIDE = 160

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
_SIGN = {Severity.ERROR: "✖", Severity.WARNING: "▲", Severity.INFO: "ℹ"}
#: How a figure of the article is shown by status: style, and a sign after it.
MARKS = {"error": ("bold red underline", "✖"), "warning": ("yellow underline", "▲"),
         "holds": ("green", "✓"), "unchecked": ("dim", ""), "not-understood": ("magenta", "?")}


class TableReporter(ConciseReporter):
    """Tables or blocks on a terminal; the concise lines with their details when piped."""

    name = "table"
    verbose = True
    shows_advice = True

    def __init__(self, out, info):
        super().__init__(out, info)
        self.rich = use_rich(out)
        self.wants_article = info.show_article
        self.files: dict[str, list[Finding]] = {}
        self.relations: dict[str, list[CheckRecord]] = {}
        self.repairs: list[Repair] = []

    def say(self, template: str, **facts) -> str:
        return Message(template, **facts).render(self.info.lang)

    def file(self, display: str, view: ArticleView | None) -> None:
        super().file(display, view)
        self.files.setdefault(display, [])

    def finding(self, f: Finding) -> None:
        if self.rich:
            self.files.setdefault(f.file, []).append(f)
            self.seen.setdefault(f.file, []).append(f)
        else:
            super().finding(f)

    def relation(self, record: CheckRecord) -> None:
        if self.rich:
            self.relations.setdefault(record.file, []).append(record)
            self.tested.setdefault(record.file, []).append(record)
        else:
            super().relation(record)

    def repair(self, repair: Repair) -> None:
        if not self.rich:
            super().repair(repair)
        elif repair.says is not None:
            self.repairs.append(repair)

    def end(self, summary: RunSummary) -> None:
        if not self.rich:
            super().end(summary)
            return
        console = make_console(self.out)
        for path, findings in self.files.items():
            if findings:
                if console.width >= WIDE:
                    console.print(self._table(path, findings))
                else:
                    self._blocks(console, path, findings)
        if self.info.show_checks:
            for path, records in self.relations.items():
                console.print(self._relations(path, records))
        for display, view in self.views.items():
            console.print(self._article(display, view))
        for r in self.repairs:
            assert r.says is not None
            console.print(printable(f"{r.file}:{r.at[0]}:{r.at[1]}: ") + printable(
                r.says.render(self.info.lang)), style="bold", markup=False, overflow="fold")
        style = "bold green" if summary.errors == 0 and summary.warnings == 0 else "bold"
        console.print(summary.line(self.info.command, self.info.lang), style=style)

    # --- findings ------------------------------------------------------------------------------
    def _claim_lines(self, c: ClaimRef) -> list[str]:
        where = f"{c.file}:{c.line}:{c.column}"
        if c.article is not None and c.article.path != c.file:
            where += f", {c.article.path}:{c.article.line}:{c.article.column}"
        lines = [printable(f"{c.id}: {c.written} ({where})")]
        if c.quote:
            lines.append(printable(f"«{c.quote}»"))
        return lines

    def _arithmetic(self, f: Finding) -> list[str]:
        lines = []
        if f.computed_shown is not None and f.stated_shown is not None:
            lines.append(self.say(msg.COMPUTED_STATED, computed=f.computed_shown,
                                  stated=f.stated_shown))
        if f.gap and "shown" in f.gap:
            lines.append(self.say(msg.DETAIL_GAP, value=f.gap["shown"]))
        return lines

    def _blocks(self, console, path: str, findings: list[Finding]) -> None:
        from rich.padding import Padding
        from rich.rule import Rule
        from rich.text import Text

        lang = self.info.lang
        console.print(Rule(printable(path), align="left"))
        for f in findings:
            head = Text()
            head.append(f"{_SIGN[f.severity]} {word(SEVERITIES, f.severity.value, lang)}",
                        style=_STYLE[f.severity])
            if f.headline:
                head.append(self.say(msg.HEADLINE_MARK), style=_STYLE[f.severity])
            head.append(f"  {f.code} {f.name}  ", style="bold")
            head.append(printable(f"{f.file}:{f.line}:{f.column}"))
            console.print(head)
            body = [printable(f.text(lang))]
            if f.claims:
                body.append(self.say(msg.COL_CLAIMS) + ":")
                body.extend("  " + line for c in f.claims for line in self._claim_lines(c))
            body.extend(self._arithmetic(f))
            if f.advice:
                body.append(self.say(msg.COL_CONSISTENT) + ":")
                body.extend("  → " + printable(s.render(lang)) for s in f.advice)
            for line in body:
                console.print(Padding(Text(line, overflow="fold"), (0, 0, 0, 2)))
            console.print()

    def _table(self, path: str, findings: list[Finding]):
        from rich.table import Table
        from rich.text import Text

        lang = self.info.lang
        table = Table(title=printable(path), title_justify="left", show_lines=True, expand=True)
        table.add_column(self.say(msg.COL_SEVERITY), no_wrap=True)
        table.add_column(self.say(msg.COL_CODE), no_wrap=True)
        table.add_column(self.say(msg.COL_LINE), justify="right", no_wrap=True)
        table.add_column(self.say(msg.COL_CLAIMS), overflow="fold")
        table.add_column(self.say(msg.COL_ARITHMETIC), ratio=3, overflow="fold")
        table.add_column(self.say(msg.COL_CONSISTENT), ratio=2, overflow="fold")
        for f in findings:
            sev = Text(f"{_SIGN[f.severity]} {word(SEVERITIES, f.severity.value, lang)}"
                       + (self.say(msg.HEADLINE_MARK) if f.headline else ""), style=_STYLE[f.severity])
            claims = "\n".join(line for c in f.claims for line in self._claim_lines(c))
            body = "\n".join([printable(f.text(lang)), *self._arithmetic(f)])
            advice = "\n".join(printable(s.render(lang)) for s in f.advice)
            table.add_row(sev, f"{f.code}\n{f.name}", str(f.line), Text(claims, overflow="fold"),
                          Text(body, overflow="fold"), Text(advice, overflow="fold"))
        return table

    def _relations(self, path: str, records: list[CheckRecord]):
        from rich.table import Table
        from rich.text import Text

        lang = self.info.lang
        table = Table(title=printable(self.say(msg.RELATIONS_OF, file=path)), title_justify="left",
                      expand=True)
        table.add_column(self.say(msg.COL_LINE), justify="right", no_wrap=True)
        table.add_column(self.say(msg.COL_RELATION), overflow="fold")
        table.add_column(self.say(msg.COL_VERDICT), no_wrap=True)
        table.add_column(self.say(msg.COL_CLAIMS), overflow="fold")
        for r in records:
            style = {"fails": "bold red", "warning": "yellow", "holds": "green"}.get(r.verdict, "cyan")
            claims = ", ".join(printable(f"{c.id} {c.written}") for c in r.claims)
            table.add_row(str(r.line), f"{kind_name(r.kind, lang)} [{word(HOWS, r.how, lang)}]",
                          Text(self.say(VERDICTS[r.verdict]), style=style),
                          Text(claims, overflow="fold"))
        return table

    # --- the article ------------------------------------------------------------------------------
    def _article(self, display: str, view: ArticleView):
        """The article's text, its figures styled by status and followed by their sign."""
        from rich.console import Group
        from rich.rule import Rule
        from rich.text import Text

        status, _ = statuses(view, self.seen.get(display, []), self.tested.get(display, []))
        text = Text()
        last = 0
        for mark, state in zip(view.figures, status, strict=True):
            if mark.start < last:
                continue
            text.append(printable_lines(view.text[last:mark.start]))
            style, sign = MARKS[state]
            text.append(printable_lines(view.text[mark.start:mark.end]), style=style)
            if sign:
                text.append(sign, style=style.replace(" underline", ""))
            last = mark.end
        text.append(printable_lines(view.text[last:]))
        legend = Text("  ".join(f"{MARKS[s][1] or '·'} {self.say(LEGEND[s])}" for s in MARKS))
        return Group(Rule(printable(view.path), align="left"), text, legend)

#: What each status is called in the legend.
LEGEND = {"error": msg.STATUS_ERROR, "warning": msg.STATUS_WARNING, "holds": msg.STATUS_HOLDS,
          "unchecked": msg.STATUS_UNCHECKED, "not-understood": msg.STATUS_NOT_UNDERSTOOD}


REPORTER = TableReporter
