"""One run of `check` or `lint`: settings → files → findings → suppressions → report → exit code.

The one path every caller takes — the command line, the tests and the benchmark. Files are
read, checked and reported one at a time and then dropped, so memory stays flat however many
files a run has; references to other files load them on demand.

The exit code is the same in every output format: 0 clean; 1 findings at or above fail-on, or a
fact file that is invalid or unreadable; 2 (:class:`RunError`) the run could not proceed.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from .. import __version__
from .. import messages as msg
from ..config import Settings
from ..findings import SEVERITY_ORDER, Finding, Severity
from ..messages import Message
from ..report.base import Reporter, RunInfo
from ..summary import RunSummary
from .files import FileWork, stream
from .options import RunError, RunOptions, resolve

__all__ = ["RunError", "RunOptions", "default_stdin", "execute"]

PROGRESS_MIN_FILES = 50


def execute(opts: RunOptions, settings: Settings, stdout: TextIO, stderr: TextIO,
            stdin: io.BufferedIOBase | None = None,
            reporter_for: Callable[[TextIO, RunInfo], Reporter] | None = None) -> int:
    """Run `check` or `lint` and write the report; returns the exit code.

    ``reporter_for`` builds the reporter instead of the output format's (the library collects
    the findings with :class:`factcheck.run.collect.Collector`)."""
    from ..corpus import NoFactFiles, discover, display_path

    resolve(opts, settings, stdout)
    paths = opts.paths or [Path(p) for p in settings.paths]
    if sum(1 for p in paths if str(p) == "-") and stdin is None:
        raise RunError(Message(msg.NO_STDIN))
    try:
        files = [str(p) for p in discover(paths)]  # strings: a tenth of the memory of Paths
    except NoFactFiles as err:
        raise RunError(err.message) from None
    stdin_data = _read_stdin(files, stdin, settings, opts)
    articles = _articles(files, paths, stdin_data)
    if articles and len(articles) < len(files):
        files, articles = _without_reviewed(files, articles)
    if opts.save_facts is not None and len(articles) != 1:
        raise RunError(Message(msg.SAVE_FACTS_ONE_ARTICLE, n=len(articles)))
    if opts.save_facts is not None and opts.save_facts.exists() and not opts.force:
        raise RunError(Message(msg.EXISTS_USE_FORCE, path=str(opts.save_facts)))
    if opts.article is not None and not opts.article.is_file():
        what = msg.ARTICLE_NOT_REGULAR if opts.article.exists() else msg.NO_SUCH_ARTICLE
        raise RunError(Message(msg.AT, where=str(opts.article), what=Message(what)))
    cwd = Path.cwd()
    displays = [stdin_data[1] if p == "-" and stdin_data else display_path(Path(p), cwd)
                for p in files]
    info = RunInfo(opts.command, __version__, _repository_root(cwd), displays, opts.lang,
                   show_checks=opts.show_checks, show_article=opts.show_article)
    target: TextIO = io.StringIO() if opts.output_file is not None else stdout
    if reporter_for is not None:
        reporter: Reporter | None = reporter_for(target, info)
    else:
        reporter = None if opts.statistics else _make_reporter(settings, target, info)
    if reporter is not None:
        reporter.start()
    summary = RunSummary()
    failing = False
    views = reporter is not None and (reporter.wants_article or opts.show_article)
    records = reporter is not None and (opts.show_checks or reporter.wants_article
                                        or reporter_for is not None)
    advice = reporter is not None and (reporter.shows_advice or reporter_for is not None)
    work = FileWork(opts.command, files, settings, opts.encoding, opts.article, cwd, stdin_data,
                    articles, opts.save_facts, views, records, advice,
                    reporter is not None and reporter.wants_facts)
    saved: str | None = None
    with _progress(len(files), reporter, stderr) as advance:
        for done, report in enumerate(stream(work, summary, opts.jobs, opts.dask), 1):
            if reporter is not None:
                reporter.file(report.display, report.view)
            for f in report.findings:
                failing = failing or _fails(f, settings.fail_on)
                if reporter is not None and (settings.show_info or f.severity is not Severity.INFO):
                    reporter.finding(f)
            if reporter is not None and (opts.show_checks or reporter.wants_article):
                for record in report.records:
                    reporter.relation(record)
            if reporter is not None:
                for repair in report.repairs:
                    reporter.repair(repair)
            saved = saved or report.saved
            if advance is not None:
                advance(done)
    summary.exit_code = 1 if summary.invalid_files or failing else 0
    if reporter is None:
        _statistics(summary, target, opts.command, opts.lang)
    else:
        reporter.end(summary)
    if opts.output_file is not None:
        _write(opts.output_file, target.getvalue(), opts.force)
    if opts.save_facts is not None and saved is not None:
        _write(opts.save_facts, saved, opts.force)
    return summary.exit_code


def _read_stdin(files: list[str], stdin: io.BufferedIOBase | None, settings: Settings,
                opts: RunOptions) -> tuple[bytes, str] | None:
    if "-" not in files:
        return None
    assert stdin is not None
    data = stdin.read(settings.max_file_size + 1)
    if len(data) > settings.max_file_size:
        raise RunError(Message(msg.STDIN_TOO_LARGE, limit=f"{settings.max_file_size:,}"))
    return data, opts.stdin_filename or "<stdin>"


def _articles(files: list[str], given: list[Path], stdin_data: tuple[bytes, str] | None
              ) -> frozenset[int]:
    """The inputs that are articles: files named on the command line (not found in a directory)
    that are not fact files, and standard input when its name or content says so."""
    from ..inputs import is_article

    named = {str(p) for p in given if not p.is_dir()}
    found = set()
    for i, name in enumerate(files):
        if name == "-":
            if stdin_data is not None and is_article(Path(stdin_data[1]), stdin_data[0][:4096]):
                found.add(i)
        elif name in named and is_article(Path(name)):
            found.add(i)
    return frozenset(found)


def _without_reviewed(files: list[str], articles: frozenset[int]) -> tuple[list[str], frozenset[int]]:
    """Leave out the articles that a fact file of the run names in `article.text`: that fact
    file is the reviewed record of the article, and the article is checked through it."""
    from ..inputs import named_article

    named = {named_article(Path(name)) for i, name in enumerate(files)
             if i not in articles and name != "-"}
    drop = {i for i in articles if _identity(Path(files[i])) in named}
    kept = [name for i, name in enumerate(files) if i not in drop]
    renumber = {old: new for new, old in enumerate(i for i in range(len(files)) if i not in drop)}
    return kept, frozenset(renumber[i] for i in articles if i not in drop)


def _identity(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()


def _fails(f: Finding, fail_on: str) -> bool:
    if fail_on == "never":
        return False
    return SEVERITY_ORDER[f.severity] >= SEVERITY_ORDER[Severity(fail_on)]


def _make_reporter(settings: Settings, target: TextIO, info: RunInfo) -> Reporter:
    from ..report import make_reporter

    return make_reporter(settings.format or "concise", target, info)


def _write(path: Path, text: str, force: bool) -> None:
    from ..atomic import FileExists, write_atomic

    try:
        write_atomic(path, text, force)
    except FileExists as err:
        raise RunError(err.message) from None
    except OSError as err:
        raise RunError(Message(msg.CANNOT_WRITE, path=str(path), error=err.strerror or str(err))) \
            from None


def _repository_root(cwd: Path) -> Path:
    """The closest directory upward with a .git (SARIF and annotations want repo paths)."""
    for folder in (cwd, *cwd.parents):
        if (folder / ".git").exists():
            return folder
    return cwd


def _statistics(summary: RunSummary, out: TextIO, command: str, lang: str) -> None:
    """Counts per code, most frequent first (like `ruff --statistics`)."""
    from ..rules import rule

    for code, n in sorted(summary.by_code.items(), key=lambda kv: (-kv[1], kv[0])):
        doc = rule(code)
        out.write(f"{n:6d}\t{code}\t{doc.name if doc else ''}\n")
    out.write(summary.line(command, lang) + "\n")


class _progress:
    """A rich progress bar on stderr for many files on a terminal (for reporters meant for a
    person, never for machine formats)."""

    def __init__(self, total: int, reporter: Reporter | None, stderr: TextIO):
        human = reporter is None or reporter.for_people
        self.enabled = (total >= PROGRESS_MIN_FILES and human and _isatty(stderr)
                        and "CI" not in os.environ)
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
