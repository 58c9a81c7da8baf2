"""One run of `check` or `lint`: settings → files → findings → suppressions → report → exit code.

The exit code is the same in every output format: 0 clean; 1 findings at or above fail-on, or a
fact file that is invalid or unreadable; 2 is raised as RunError by the caller's layers.
"""

from __future__ import annotations

import io
import os
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from . import __version__
from .config import Settings, env_format
from .findings import SEVERITY_ORDER, Finding, Severity
from .report.base import RunInfo, RunSummary

__all__ = ["RunError", "RunOptions", "execute"]

PROGRESS_MIN_FILES = 50


class RunError(Exception):
    """The run cannot proceed (exit 2); the message is for the user."""


@dataclass(slots=True)
class RunOptions:
    """Options of `check` and `lint` as given on the command line (None: not given)."""

    command: str
    paths: list[Path] = field(default_factory=list)
    fmt: str | None = None
    output_file: Path | None = None
    force: bool = False
    fail_on: str | None = None
    show_info: bool | None = None
    select: list[str] | None = None
    ignore: list[str] | None = None
    statistics: bool = False
    stdin_filename: str | None = None
    encoding: str | None = None
    max_file_size: int | None = None


def _resolve(opts: RunOptions, settings: Settings, out: TextIO) -> None:
    """Command line over environment over config file over defaults (recorded in settings)."""
    if opts.fmt is not None:
        settings.set("format", opts.fmt, "command line")
    elif env_format():
        value = env_format()
        from .config import FORMATS

        if value not in FORMATS:
            raise RunError(f"FACTCHECK_FORMAT={value!r} is not one of {', '.join(FORMATS)}")
        settings.set("format", value, "environment FACTCHECK_FORMAT")
    if settings.format is None:
        from .report.terminal import use_rich

        settings.set("format", "table" if use_rich(out) and opts.output_file is None else "concise",
                     "default (table on a terminal, concise when piped)")
    for attr in ("fail_on", "show_info", "select", "ignore", "max_file_size"):
        value = getattr(opts, attr)
        if value is not None and value != []:
            if attr in ("select", "ignore"):
                value = [v.strip().upper() for item in value for v in item.split(",") if v.strip()]
            settings.set(attr, value, "command line")


def execute(opts: RunOptions, settings: Settings, stdout: TextIO, stderr: TextIO,
            stdin: io.BufferedIOBase | None = None) -> int:
    """Run `check` or `lint` and write the report; returns the exit code."""
    from .corpus import NoFactFiles, discover, load_corpus

    _resolve(opts, settings, stdout)
    paths = opts.paths or [Path(p) for p in settings.paths]
    if sum(1 for p in paths if str(p) == "-") and stdin is None:
        raise RunError("'-' reads a fact file from standard input, but there is none")
    try:
        files = discover(paths)
    except NoFactFiles as err:
        raise RunError(str(err)) from None
    stdin_data = None
    if any(str(p) == "-" for p in files):
        assert stdin is not None
        stdin_data = (stdin.read(settings.max_file_size + 1), opts.stdin_filename or "<stdin>")
        if len(stdin_data[0]) > settings.max_file_size:
            raise RunError(f"standard input is over the limit of {settings.max_file_size:,} bytes")
    with _progress(len(files), settings.format, stderr) as advance:
        corpus = load_corpus(files, opts.encoding, settings.max_file_size, rounding=settings.rounding,
                             stdin=stdin_data, progress=advance)
    findings, summary = _findings(opts.command, corpus, settings)
    shown = [f for f in findings if settings.show_info or f.severity is not Severity.INFO]
    summary.exit_code = _exit_code(summary, findings, settings.fail_on)
    info = RunInfo(opts.command, __version__, _repository_root(Path.cwd()),
                   [f.display for f in corpus.files])
    _report(opts, settings, info, shown, summary, stdout)
    return summary.exit_code


def _repository_root(cwd: Path) -> Path:
    """The closest directory upward with a .git (SARIF and annotations want repo paths)."""
    for folder in (cwd, *cwd.parents):
        if (folder / ".git").exists():
            return folder
    return cwd


def _findings(command: str, corpus, settings: Settings) -> tuple[list[Finding], RunSummary]:
    from .engine import check_corpus, lint_corpus
    from .suppress import Suppressions

    suppressions = Suppressions.collect(corpus, settings.per_file_ignores)
    summary = RunSummary(files=len(corpus.files))
    if command == "lint":
        findings = suppressions.filter(lint_corpus(corpus))
        summary.invalid_files = len({f.file for f in findings if f.severity is Severity.ERROR})
        summary.claims = sum(len(f.claims) for f in corpus.files)
    else:
        result = check_corpus(corpus)
        findings = suppressions.filter(result.findings)
        findings.extend(suppressions.unused())
        findings.sort(key=lambda f: (f.sort_key, -SEVERITY_ORDER[f.severity]))
        summary.invalid_files = result.invalid_files
        summary.claims, summary.checks = result.claims, result.checks
        summary.untestable, summary.covered, summary.testable = (
            result.untestable, result.covered, result.testable)
    findings = [f for f in findings if _selected(f.code, settings.select, settings.ignore)]
    counts = Counter(f.severity for f in findings)
    summary.errors, summary.warnings, summary.infos = (
        counts[Severity.ERROR], counts[Severity.WARNING], counts[Severity.INFO])
    summary.counts = dict(Counter(f.code for f in findings))
    return findings, summary


def _selected(code: str, select: list[str], ignore: list[str]) -> bool:
    if select and not any(code.startswith(s) for s in select):
        return False
    return not any(code.startswith(s) for s in ignore)


def _exit_code(summary: RunSummary, findings: list[Finding], fail_on: str) -> int:
    if summary.invalid_files:
        return 1
    if fail_on == "never":
        return 0
    threshold = SEVERITY_ORDER[Severity(fail_on)]
    return 1 if any(SEVERITY_ORDER[f.severity] >= threshold for f in findings) else 0


def _report(opts: RunOptions, settings: Settings, info: RunInfo, shown: list[Finding],
            summary: RunSummary, stdout: TextIO) -> None:
    from .report import make_reporter

    target: TextIO = io.StringIO() if opts.output_file is not None else stdout
    if opts.statistics:
        _statistics(summary, target, opts.command)
    else:
        reporter = make_reporter(settings.format or "concise", target, info)
        reporter.start()
        for f in shown:
            reporter.finding(f)
        reporter.end(summary)
    if opts.output_file is not None:
        from .atomic import FileExists, write_atomic

        try:
            write_atomic(opts.output_file, target.getvalue(), opts.force)
        except FileExists as err:
            raise RunError(str(err)) from None
        except OSError as err:
            raise RunError(f"cannot write {opts.output_file}: {err.strerror or err}") from None


def _statistics(summary: RunSummary, out: TextIO, command: str) -> None:
    """Counts per code, most frequent first (like `ruff --statistics`)."""
    from .rules import rule

    for code, n in sorted(summary.counts.items(), key=lambda kv: (-kv[1], kv[0])):
        doc = rule(code)
        out.write(f"{n:6d}\t{code}\t{doc.name if doc else ''}\n")
    out.write(summary.line(command) + "\n")


class _progress:
    """A rich progress bar on stderr for many files on a terminal (never for machine formats)."""

    def __init__(self, total: int, fmt: str | None, stderr: TextIO):
        self.enabled = (total >= PROGRESS_MIN_FILES and fmt in ("table", "concise")
                        and _isatty(stderr) and "CI" not in os.environ)
        self.total = total
        self.stderr = stderr
        self.bar = None

    def __enter__(self):
        if not self.enabled:
            return None
        from rich.console import Console
        from rich.progress import Progress

        self.bar = Progress(console=Console(file=self.stderr), transient=True)
        self.bar.start()
        task = self.bar.add_task("reading fact files", total=self.total)
        return lambda done: self.bar.update(task, completed=done)

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def default_stdin() -> io.BufferedIOBase | None:
    """Standard input as bytes, when there is one."""
    return getattr(sys.stdin, "buffer", None)
