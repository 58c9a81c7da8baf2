"""Text reporters: `concise` (one line per finding) and `table` (rich, grouped by file)."""

from __future__ import annotations

import unicodedata

from ..findings import Finding, Severity
from .base import Reporter, RunSummary
from .terminal import make_console, use_rich

__all__ = ["ConciseReporter", "TableReporter", "concise_line", "details", "printable"]


def printable(text: str) -> str:
    """``text`` with control and invisible format characters shown as escapes (``\\x1b``,
    ``\\r``, ``\\u202e``): a fact file must not move the cursor, clear the screen, reverse the
    text or start a new line (a line beginning `::error` is a command to GitHub Actions)."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() or unicodedata.category(ch) not in ("Cc", "Cf")
                   else ch.encode("unicode_escape").decode("ascii") for ch in text)


def concise_line(f: Finding) -> str:
    """`path:line:col: CODE [severity] message` — the form editors and CI jump to."""
    message = printable(" ".join(f.message.split()))
    return printable(f"{f.file}:{f.line}:{f.column}: {f.code} [{f.severity.value}] ") + message


def details(f: Finding) -> list[str]:
    """The claims, intervals, gap and suggestions of a finding, one per line."""
    lines = []
    for c in f.claims:
        quote = f" «{printable(c.quote)}»" if c.quote else ""
        lines.append(printable(f"claim {c.id} at {c.file}:{c.line}: {c.written}") + quote)
    if f.computed_text:
        lines.append(f"computed: {f.computed_text}")
    if f.stated_text:
        lines.append(f"stated: {f.stated_text}")
    if f.gap and "shown" in f.gap:
        lines.append(f"gap: {f.gap['shown']}")
    lines.extend(f"suggestion: {printable(s)}" for s in f.suggestions)
    return lines


class ConciseReporter(Reporter):
    """One line per finding, then the summary line (the default when piped)."""

    name = "concise"
    verbose = False

    def finding(self, f: Finding) -> None:
        self.out.write(concise_line(f) + "\n")
        if self.verbose:
            for line in details(f):
                self.out.write(f"    {line}\n")

    def end(self, summary: RunSummary) -> None:
        self.out.write(summary.line(self.info.command) + "\n")


_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


class TableReporter(ConciseReporter):
    """A rich table per file on a terminal; plain text with details when piped."""

    name = "table"
    verbose = True

    def __init__(self, out, info):
        super().__init__(out, info)
        self.rich = use_rich(out)
        self.files: dict[str, list[Finding]] = {}

    def finding(self, f: Finding) -> None:
        if self.rich:
            self.files.setdefault(f.file, []).append(f)
        else:
            super().finding(f)

    def end(self, summary: RunSummary) -> None:
        if not self.rich:
            super().end(summary)
            return
        from rich.table import Table
        from rich.text import Text

        console = make_console(self.out)
        for path, findings in self.files.items():
            table = Table(title=printable(path), title_justify="left", show_lines=True, expand=True)
            table.add_column("severity", no_wrap=True)
            table.add_column("code", no_wrap=True)
            table.add_column("line", justify="right", no_wrap=True)
            table.add_column("claims")
            table.add_column("what the arithmetic says", ratio=3)
            table.add_column("what would be consistent", ratio=2)
            for f in findings:
                sev = Text(f.severity.value + (" ★ headline" if f.headline else ""),
                           style=_STYLE[f.severity])
                claims = "\n".join(
                    printable(f"{c.id}: {c.written} (line {c.line})")
                    + (f"\n«{printable(c.quote)}»" if c.quote else "")
                    for c in f.claims
                )
                body = printable(f.message)
                if f.computed_text and f.stated_text:
                    body += f"\ncomputed {f.computed_text}; stated {f.stated_text}"
                if f.gap and "shown" in f.gap:
                    body += f"\ngap: {f.gap['shown']}"
                table.add_row(sev, f"{f.code}\n{f.name}", str(f.line), Text(claims), Text(body),
                              Text("\n".join(printable(s) for s in f.suggestions)))
            console.print(table)
        style = "bold green" if summary.errors == 0 and summary.warnings == 0 else "bold"
        console.print(summary.line(self.info.command), style=style)
