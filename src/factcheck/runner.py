"""One run of `check` or `lint`: settings → files → findings → suppressions → report → exit code.

The exit code is the same in every output format: 0 clean; 1 findings at or above fail-on, or a
fact file that is invalid or unreadable; 2 is raised as RunError by the caller's layers.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from . import __version__
from .config import Settings, env_format
from .findings import SEVERITY_ORDER, Finding, Severity
from .report.base import RunInfo, RunSummary

if TYPE_CHECKING:
    from .checks.duplicate import DuplicateIndex
    from .pipeline import FileWork

__all__ = ["RunError", "RunOptions", "execute"]

PROGRESS_MIN_FILES = 50
PARALLEL_MIN_FILES = 16  # fewer files than this are not worth starting processes for
AUTO_PARALLEL_FILES = 200  # by default, runs this large use every core


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
    article: Path | None = None  # check --article: anchor every file's quotes in this article
    jobs: int = 0  # 0: automatic (every core for large runs)


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
    """Run `check` or `lint` and write the report; returns the exit code.

    Files are read, checked and reported one at a time and then dropped, so memory stays flat
    however many files a run has; references to other files load them on demand.
    """
    from .corpus import NoFactFiles, discover, display_path

    _resolve(opts, settings, stdout)
    paths = opts.paths or [Path(p) for p in settings.paths]
    if sum(1 for p in paths if str(p) == "-") and stdin is None:
        raise RunError("'-' reads a fact file from standard input, but there is none")
    try:
        files = [str(p) for p in discover(paths)]  # strings: a tenth of the memory of Paths
    except NoFactFiles as err:
        raise RunError(str(err)) from None
    stdin_data = None
    if "-" in files:
        assert stdin is not None
        stdin_data = (stdin.read(settings.max_file_size + 1), opts.stdin_filename or "<stdin>")
        if len(stdin_data[0]) > settings.max_file_size:
            raise RunError(f"standard input is over the limit of {settings.max_file_size:,} bytes")
    if opts.article is not None and not opts.article.is_file():
        what = "not a regular file (a directory, a pipe or a device)" if opts.article.exists() \
            else "no such article file"
        raise RunError(f"{opts.article}: {what}")
    cwd = Path.cwd()
    displays = [stdin_data[1] if p == "-" and stdin_data else display_path(Path(p), cwd)
                for p in files]
    info = RunInfo(opts.command, __version__, _repository_root(cwd), displays)
    target: TextIO = io.StringIO() if opts.output_file is not None else stdout
    reporter = None if opts.statistics else _make_reporter(settings, target, info)
    if reporter is not None:
        reporter.start()
    summary = RunSummary()
    failing = False
    with _progress(len(files), settings.format, stderr) as advance:
        stream = _stream(opts.command, files, settings, stdin_data, summary, opts.encoding,
                         opts.article, opts.jobs)
        for done, findings in enumerate(stream, 1):
            for f in findings:
                failing = failing or _fails(f, settings.fail_on)
                if reporter is not None and (settings.show_info or f.severity is not Severity.INFO):
                    reporter.finding(f)
            if advance is not None:
                advance(done)
    summary.exit_code = 1 if summary.invalid_files or failing else 0
    if reporter is None:
        _statistics(summary, target, opts.command)
    else:
        reporter.end(summary)
    if opts.output_file is not None:
        _write_output(opts, target)
    return summary.exit_code


def _stream(command: str, files: list[str], settings: Settings,
            stdin_data: tuple[bytes, str] | None, summary: RunSummary,
            encoding: str | None, article: Path | None, jobs: int) -> Iterator[list[Finding]]:
    """The findings of each file in turn (suppressed, selected, sorted), adding up the summary.

    With ``jobs`` > 1 the files are read and checked in worker processes, and the results are
    taken in file order, so the output is the same as with one process.
    """
    from .checks.duplicate import DuplicateIndex
    from .pipeline import FileWork

    args = (command, files, settings, encoding, article, Path.cwd(), stdin_data)
    main = FileWork(*args)
    duplicates = DuplicateIndex()
    try:
        yield from _files(main, args, duplicates, summary, jobs)
    finally:
        duplicates.close()


def _files(main: FileWork, args: tuple, duplicates: DuplicateIndex, summary: RunSummary,
           jobs: int) -> Iterator[list[Finding]]:
    """The files of a run in order, in this process or (for large runs) in worker processes."""
    from .collector import collector_paused
    from .pipeline import init_worker, work

    files, stdin_data = main.files, main.stdin_data
    jobs = processes(jobs, len(files))
    if jobs <= 1 or stdin_data is not None:
        for i in range(len(files)):
            with collector_paused():  # the file is released before the collector looks
                findings = main.finish(main.process(i), duplicates, summary)
            yield findings
        return
    import multiprocessing

    context = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    with context.Pool(jobs, init_worker, args) as pool:
        chunk = max(1, min(32, len(files) // (jobs * 8)))
        for outcome in pool.imap(work, range(len(files)), chunksize=chunk):
            with collector_paused():
                findings = main.finish(outcome, duplicates, summary)
            yield findings


def processes(jobs: int, files: int) -> int:
    """How many processes to check ``files`` files in, for ``--jobs jobs`` (0: automatic).

    Never more than the cores (the work is CPU-bound) nor than a process per 8 files; small
    runs stay in one process, since starting workers costs more than it saves.
    """
    cores = os.cpu_count() or 1
    if jobs == 0:
        jobs = min(cores, 8) if files >= AUTO_PARALLEL_FILES else 1
    if files < PARALLEL_MIN_FILES:
        return 1
    return max(1, min(jobs, cores, files // 8))


def _fails(f: Finding, fail_on: str) -> bool:
    if fail_on == "never":
        return False
    return SEVERITY_ORDER[f.severity] >= SEVERITY_ORDER[Severity(fail_on)]


def _make_reporter(settings: Settings, target: TextIO, info: RunInfo):
    from .report import make_reporter

    return make_reporter(settings.format or "concise", target, info)


def _write_output(opts: RunOptions, target: io.StringIO) -> None:
    from .atomic import FileExists, write_atomic

    assert opts.output_file is not None
    try:
        write_atomic(opts.output_file, target.getvalue(), opts.force)
    except FileExists as err:
        raise RunError(str(err)) from None
    except OSError as err:
        raise RunError(f"cannot write {opts.output_file}: {err.strerror or err}") from None


def _repository_root(cwd: Path) -> Path:
    """The closest directory upward with a .git (SARIF and annotations want repo paths)."""
    for folder in (cwd, *cwd.parents):
        if (folder / ".git").exists():
            return folder
    return cwd


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
