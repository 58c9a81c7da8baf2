"""GitHub Actions: one workflow command per finding, and a Markdown job summary.

``::error file=f.yaml,line=3,col=5,title=FC101 growth-mismatch::message`` becomes an annotation
on the pull request. Escaping follows GitHub's toolkit (@actions/core ``escapeData`` and
``escapeProperty``). Nothing else is printed; when ``GITHUB_STEP_SUMMARY`` names a file, a summary
is appended to it in ``end``.
"""

from __future__ import annotations

import os
import sys
from collections import Counter

from ...findings import Finding, Severity
from ...summary import RunSummary
from ..base import Reporter, repo_relative

__all__ = [
    "REPORTER",
    "SUMMARY_LIMIT",
    "GithubReporter",
    "escape_data",
    "escape_property",
    "workflow_command",
]

SUMMARY_LIMIT = 50

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """The message of a workflow command: % CR LF escaped."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value of a workflow command: also : and , escaped."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def workflow_command(command: str, properties: dict[str, str], message: str) -> str:
    """``::command key=value,key=value::message``, escaped as the toolkit does."""
    line = f"::{command}"
    if properties:
        line += " " + ",".join(f"{k}={escape_property(v)}" for k, v in properties.items())
    return f"{line}::{escape_data(message)}"


class GithubReporter(Reporter):
    """Annotations for GitHub Actions; a job summary when GITHUB_STEP_SUMMARY is set."""

    name = "github"

    def __init__(self, out, info):
        super().__init__(out, info)
        self.findings: list[Finding] = []

    def path(self, file: str) -> str:
        """Annotations name files relative to the repository root."""
        return repo_relative(file, self.info.root) or file

    def command(self, f: Finding) -> str:
        line = max(f.line, 1)
        props = {"file": self.path(f.file), "line": str(line)}
        single_line = f.end_line is None or f.end_line == f.line
        if single_line:
            props["col"] = str(max(f.column, 1))
        if f.end_line is not None:
            props["endLine"] = str(max(f.end_line, line))
        if single_line and f.end_column is not None:
            props["endColumn"] = str(max(f.end_column, 1))
        props["title"] = f"{f.code} {f.name}"
        lang = self.info.lang
        message = "\n".join([f.text(lang), *(m.render(lang) for m in f.advice)])
        return workflow_command(_COMMAND[f.severity], props, message)

    def finding(self, f: Finding) -> None:
        self.findings.append(f)
        self.out.write(self.command(f) + "\n")

    def end(self, summary: RunSummary) -> None:
        target = os.environ.get("GITHUB_STEP_SUMMARY")
        if not target:
            return
        text = self.summary_markdown(summary)
        try:
            prefix = "\n" if os.path.exists(target) and os.path.getsize(target) > 0 else ""
            with open(target, "a", encoding="utf-8") as fh:
                fh.write(prefix + text)
        except OSError as err:
            print(f"factcheck: cannot write the job summary to {target}: {err}", file=sys.stderr)

    def summary_markdown(self, summary: RunSummary) -> str:
        """The job summary: counts per severity and per code, then the first findings."""
        findings = self.findings
        by_severity = Counter(f.severity for f in findings)
        lang = self.info.lang
        lines = [f"## factcheck {self.info.command}", "", _cell(summary.line(self.info.command, lang)),
                 ""]
        lines += ["| severity | findings |", "| --- | ---: |"]
        lines += [f"| {s.value} | {by_severity.get(s, 0)} |" for s in Severity]
        lines.append("")
        if findings:
            names: dict[str, str] = {}
            severities: dict[str, Severity] = {}
            for f in findings:
                names.setdefault(f.code, f.name)
                severities.setdefault(f.code, f.severity)
            by_code = Counter(f.code for f in findings)
            lines += ["| code | name | severity | findings |", "| --- | --- | --- | ---: |"]
            lines += [
                f"| {code} | {_cell(names[code])} | {severities[code].value} | {by_code[code]} |"
                for code in sorted(by_code)
            ]
            lines.append("")
            shown = findings[:SUMMARY_LIMIT]
            title = "### Findings" if len(findings) <= SUMMARY_LIMIT else (
                f"### First {SUMMARY_LIMIT} of {len(findings)} findings")
            lines += [title, "", "| location | code | severity | message |", "| --- | --- | --- | --- |"]
            lines += [
                f"| {_cell(f'{self.path(f.file)}:{f.line}')} | {f.code} | {f.severity.value} | "
                f"{_cell(f.text(lang))} |"
                for f in shown
            ]
            lines.append("")
        return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell (and not read as HTML)."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace("\\", "\\\\").replace("|", "\\|")
    return "<br>".join(part.strip() for part in text.replace("\r\n", "\n").split("\n"))


REPORTER = GithubReporter
