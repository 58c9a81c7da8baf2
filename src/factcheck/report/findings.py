"""`factcheck check` output: a rich table grouped by file, concise lines, or the JSON contract."""

from __future__ import annotations

import json
from typing import Any, TextIO

from ..engine import CheckResult
from ..findings import Finding, Severity
from . import concise_line
from .terminal import make_console, use_rich

__all__ = ["JSON_VERSION", "render_check", "summary_json"]

JSON_VERSION = 1


def summary_json(result: CheckResult) -> dict[str, Any]:
    return {
        "files": result.files,
        "invalid_files": result.invalid_files,
        "claims": result.claims,
        "checks": result.checks,
        "errors": result.count(Severity.ERROR),
        "warnings": result.count(Severity.WARNING),
        "infos": result.count(Severity.INFO),
        "untestable": result.untestable,
        "covered_claims": result.covered,
        "testable_claims": result.testable,
    }


def render_check(result: CheckResult, shown: list[Finding], fmt: str, out: TextIO) -> None:
    """Print the findings of a check run in the chosen format."""
    if fmt == "json":
        doc = {"version": JSON_VERSION, "summary": summary_json(result),
               "findings": [f.to_json() for f in shown]}
        json.dump(doc, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    if fmt == "table" and use_rich(out):
        _table(result, shown, out)
        return
    for f in shown:
        out.write(concise_line(f) + "\n")
        if fmt == "table":
            for line in _details(f):
                out.write(f"    {line}\n")
    out.write(_summary_line(result) + "\n")


def _details(f: Finding) -> list[str]:
    lines = []
    for c in f.claims:
        quote = f" «{c.quote}»" if c.quote else ""
        lines.append(f"claim {c.id} at {c.file}:{c.line}: {c.written}{quote}")
    if f.computed_text:
        lines.append(f"computed: {f.computed_text}")
    if f.stated_text:
        lines.append(f"stated: {f.stated_text}")
    if f.gap and "shown" in f.gap:
        lines.append(f"gap: {f.gap['shown']}")
    lines.extend(f"suggestion: {s}" for s in f.suggestions)
    return lines


def _summary_line(result: CheckResult) -> str:
    e, w = result.count(Severity.ERROR), result.count(Severity.WARNING)
    head = "All checks passed!" if e == 0 and w == 0 else (
        f"Found {e} error{'s' if e != 1 else ''} and {w} warning{'s' if w != 1 else ''}.")
    return (f"{head} {result.files} file(s), {result.claims} claims, {result.checks} checks; "
            f"{result.untestable} untestable; coverage: {result.covered} of {result.claims} claims "
            f"in at least one check ({result.testable} testable).")


_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def _table(result: CheckResult, shown: list[Finding], out: TextIO) -> None:
    from rich.table import Table
    from rich.text import Text

    console = make_console(out)
    files: dict[str, list[Finding]] = {}
    for f in shown:
        files.setdefault(f.file, []).append(f)
    for path, findings in files.items():
        table = Table(title=path, title_justify="left", show_lines=True, expand=True)
        table.add_column("severity", no_wrap=True)
        table.add_column("code", no_wrap=True)
        table.add_column("line", justify="right", no_wrap=True)
        table.add_column("claims")
        table.add_column("what the arithmetic says", ratio=3)
        table.add_column("suggestion", ratio=2)
        for f in findings:
            sev = Text(f.severity.value + (" ★" if f.headline else ""), style=_STYLE[f.severity])
            claims = "\n".join(f"{c.id}: {c.written}" for c in f.claims)
            body = f.message
            if f.gap and "shown" in f.gap:
                body += f"\ngap: {f.gap['shown']}"
            table.add_row(sev, f"{f.code}\n{f.name}", str(f.line), claims, body,
                          "\n".join(f.suggestions))
        console.print(table)
    console.print(_summary_line(result))
