"""The work of one file, the same in the main process and in `--jobs` workers.

``FileWork.process`` reads one fact file and checks (or lints) it on its own; ``FileWork.finish``
runs in the main process, in file order, and adds what needs the whole run: repeated subjects
(duplicates across files), suppressions, selection and the summary. Output is therefore the same
whatever the number of processes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .checks.duplicate import DuplicateIndex, pairs, subjects
from .collector import collector_paused
from .config import Settings
from .corpus import Corpus, LoadOptions, display_path, resolve_aliases
from .engine import CheckResult, add_counts, check_file, evaluate_all, lint_file
from .findings import SEVERITY_ORDER, Finding, Severity
from .loader import LoadedFile, load_text
from .report.base import RunSummary
from .suppress import Suppressions

__all__ = ["FileOutcome", "FileWork"]


@dataclass(slots=True)
class FileOutcome:
    """What checking one file found, before the run-wide steps (picklable)."""

    path: Path
    result: CheckResult
    suppressions: Suppressions
    subjects: list[tuple[int, str, int]] = field(default_factory=list)
    file: LoadedFile | None = None  # kept only in the main process


class FileWork:
    """Reads and checks the files of a run, one at a time."""

    def __init__(self, command: str, files: list[str], settings: Settings, encoding: str | None,
                 article: Path | None, cwd: Path, stdin_data: tuple[bytes, str] | None = None):
        self.command = command
        self.files = files
        self.settings = settings
        self.article = article
        self.cwd = cwd
        self.stdin_data = stdin_data
        self.corpus = Corpus(options=LoadOptions(encoding, settings.max_file_size, settings.rounding))
        for name in files:
            if name != "-":
                self.corpus.paths_by_stem.setdefault(Path(name).stem, name)

    def _load(self, path: Path) -> LoadedFile:
        if str(path) == "-" and self.stdin_data is not None:
            data, name = self.stdin_data
            options = self.corpus.options
            return load_text(data, name, Path(name), options.encoding, options.rounding)
        return self.corpus.options.load(path, display_path(path, self.cwd))

    def process(self, index: int, keep: bool = True) -> FileOutcome:
        """Check (or lint) file ``index`` on its own; ``keep`` holds the file for ``finish``."""
        path = Path(self.files[index])
        f = self._load(path)
        self.corpus.add(f)
        resolve_aliases(self.corpus, [f])
        suppressions = Suppressions.collect([f], self.settings.per_file_ignores)
        if self.command == "lint":
            result = CheckResult(files=1, claims=len(f.claims), findings=lint_file(self.corpus, f))
            found: list[tuple[int, str, int]] = []
        else:
            result = check_file(self.corpus, f, None)
            article = f.model.article if f.model is not None else None
            if self.article is not None or (article is not None and article.text):
                from .anchor import anchor_file  # only when there is an article to anchor to

                result.findings.extend(anchor_file(f, self.article, self.cwd).findings)
            found = subjects(f)
        outcome = FileOutcome(path, result, suppressions, found, f if keep else None)
        if not keep:
            self.corpus.release(f)
        return outcome

    def finish(self, outcome: FileOutcome, duplicates: DuplicateIndex,
               summary: RunSummary) -> list[Finding]:
        """Run-wide steps for one file, in file order; returns the findings to report."""
        result = outcome.result
        repeats = duplicates.match(outcome.path, outcome.subjects)
        f = outcome.file
        if repeats:
            if f is None:
                f = self.corpus.reference(outcome.path)
            result.merge(evaluate_all(f, pairs(self.corpus, f, repeats)))
        if outcome.file is not None:
            self.corpus.release(outcome.file)
        findings = outcome.suppressions.filter(result.findings)
        if self.command == "lint":
            result.invalid_files = int(any(x.severity is Severity.ERROR for x in findings))
        else:
            findings.extend(outcome.suppressions.unused())
        findings.sort(key=lambda x: (x.sort_key, -SEVERITY_ORDER[x.severity]))
        findings = [x for x in findings if _selected(x.code, self.settings)]
        _add(summary, result, findings)
        return findings


def _selected(code: str, settings: Settings) -> bool:
    if settings.select and not any(code.startswith(s) for s in settings.select):
        return False
    return not any(code.startswith(s) for s in settings.ignore)


def _add(summary: RunSummary, result: CheckResult, findings: list[Finding]) -> None:
    add_counts(summary, result)
    for x in findings:
        if x.severity is Severity.ERROR:
            summary.errors += 1
        elif x.severity is Severity.WARNING:
            summary.warnings += 1
        else:
            summary.infos += 1
        summary.counts[x.code] = summary.counts.get(x.code, 0) + 1


# --- worker processes -------------------------------------------------------------------------
_WORKER: FileWork | None = None


def init_worker(*args) -> None:
    """Pool initializer: each worker builds its own FileWork (and its own reference cache)."""
    global _WORKER
    _WORKER = FileWork(*args)


def work(index: int) -> FileOutcome:
    """Pool task: one file, released in the worker (only its outcome crosses processes)."""
    assert _WORKER is not None
    with collector_paused():
        return _WORKER.process(index, keep=False)
