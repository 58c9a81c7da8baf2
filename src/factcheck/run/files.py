"""The work of one file, the same in this process and in `--jobs` workers, and the file stream.

``FileWork.process`` reads one fact file and checks (or lints) it on its own; ``FileWork.finish``
runs in the main process, in file order, and adds what needs the whole run: repeated subjects
(duplicates across files), suppressions, selection and the counts. Output is therefore the same
whatever the number of processes.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

from ..checks import prepare_file
from ..checks.base import Prepared, claim_refs
from ..checks.duplicate import pairs, subjects
from ..collector import collector_paused
from ..config import Settings
from ..corpus import Corpus, LoadOptions, display_path, resolve_aliases
from ..findings import SEVERITY_ORDER, CheckRecord, Finding, Severity
from ..joint import Repair, analyse
from ..loader import LoadedFile, load_text
from ..series import Entry, SeriesIndex, entries
from ..series import relations as series_relations
from ..summary import Counts, RunSummary
from ..suppress import Suppressions
from ..textfile import DEFAULT_MAX_BYTES
from ..verdict import evaluate_parts
from ..views import ArticleView, article_view, claims_view
from .subjects import SubjectIndex

__all__ = ["CheckResult", "FileOutcome", "FileReport", "FileWork", "check_file",
           "lint_file", "processes", "stream"]

PARALLEL_MIN_FILES = 16  # fewer files than this are not worth starting processes for
AUTO_PARALLEL_FILES = 200  # by default, runs this large use every core


def _record(p: Prepared, findings: list[Finding]) -> CheckRecord | None:
    verdicts = {f.verdict for f in findings}
    if verdicts == {"derived"}:
        return None  # a derived fact (an implied level), not a relation that was tested
    if "untestable" in verdicts:
        verdict = "untestable"
    elif "not-comparable" in verdicts:
        verdict = "not-comparable"
    elif any(f.severity is Severity.ERROR for f in findings):
        verdict = "fails"
    elif any(f.severity is Severity.WARNING for f in findings):
        verdict = "warning"
    else:
        verdict = "holds"
    return CheckRecord(p.kind.kind, p.check_id, p.how, verdict, p.file.display, p.line, p.column,
                       claim_refs(p.relation.terms()), [f.sort_key for f in findings])


def _joins(record: CheckRecord, conflict: Finding) -> None:
    """A relation that holds alone takes the verdict of the joint conflict it is part of."""
    record.found.append(conflict.sort_key)
    if record.verdict in ("holds", "warning"):
        record.verdict = "fails" if conflict.severity is Severity.ERROR else "warning"


class CheckResult:
    """The findings, relations and counts of one file."""

    __slots__ = ("counts", "covered_ids", "findings", "records", "repairs", "testable_ids")

    def __init__(self, findings: list[Finding] | None = None,
                 records: list[CheckRecord] | None = None, counts: Counts | None = None,
                 covered_ids: set[str] | None = None, testable_ids: set[str] | None = None,
                 repairs: list[Repair] | None = None):
        self.findings = [] if findings is None else findings
        self.records = [] if records is None else records
        self.counts = Counts() if counts is None else counts
        self.covered_ids = set() if covered_ids is None else covered_ids  # claims of the file in a relation
        self.testable_ids = set() if testable_ids is None else testable_ids
        self.repairs = [] if repairs is None else repairs  # the figures to fix (joint model)

    def merge(self, other: CheckResult) -> None:
        """Fold the relations of ``other`` (for the same file) into this result."""
        self.findings.extend(other.findings)
        self.records.extend(other.records)
        self.repairs.extend(other.repairs)
        self.counts.checks += other.counts.checks
        self.counts.untestable += other.counts.untestable
        self.covered_ids |= other.covered_ids
        self.testable_ids |= other.testable_ids
        self.counts.covered, self.counts.testable = len(self.covered_ids), len(self.testable_ids)


def _invalid(f: LoadedFile) -> bool:
    return not f.ok or any(p.severity is Severity.ERROR for p in f.problems)


def lint_file(corpus: Corpus, f: LoadedFile) -> list[Finding]:
    """Problems of one fact file itself: shape, figures, units, references, dimensions."""
    _, problems = prepare_file(corpus, f)
    findings = [*f.problems, *problems]
    findings.sort(key=lambda x: x.sort_key)
    return findings


def check_file(corpus: Corpus, f: LoadedFile, records: bool = True,
               advice: bool = True) -> CheckResult:
    """Lint problems plus the findings of every relation of one file (repeats of subjects across
    the run are compared in the main process, by :meth:`FileWork.finish`); ``records``: keep a
    record of each relation tested (for --show-checks and the article views); ``advice``: work
    out the suggestions of failed relations (the report shows them)."""
    prepared, problems = prepare_file(corpus, f)
    result = CheckResult(counts=Counts(files=1, claims=len(f.claims), invalid_files=int(_invalid(f))))
    result.findings.extend(f.problems)
    result.findings.extend(problems)
    result.merge(evaluate_all(f, prepared, records, advice))
    return result


def evaluate_all(f: LoadedFile, prepared: list[Prepared], records: bool = True,
                 advice: bool = True) -> CheckResult:
    """The findings and coverage counts of relations prepared for file ``f``."""
    result = CheckResult()
    by_relation: dict[int, list[Finding]] = {}
    recorded: dict[int, CheckRecord] = {}
    for p in prepared:
        result.counts.checks += 1
        decided = evaluate_parts(p, advice)
        by_relation.update((id(q), found) for q, found in decided)
        p_findings = [f for _, found in decided for f in found]
        claims = {t.claim.id for t in p.relation.terms()
                  if t.claim is not None and t.claim.file is f}
        result.covered_ids |= claims
        verdicts = {x.verdict for x in p_findings}
        if "untestable" in verdicts:
            result.counts.untestable += 1
        elif "derived" not in verdicts:
            result.testable_ids |= claims
        result.findings.extend(p_findings)
        result.findings.extend(p.derived)
        record = _record(p, p_findings) if records else None
        if record is not None:
            result.records.append(record)
            recorded.update((id(q), record) for q in (p.parts or (p,)))
    joint = analyse(prepared, by_relation, advice)  # relations that share figures, as one system
    result.findings.extend(joint.findings)
    for conflict, ids in joint.conflicts:  # each holds alone, but not with the others
        for record in dict.fromkeys(recorded[i] for i in ids if i in recorded):
            _joins(record, conflict)
    result.repairs.extend(joint.repairs)
    result.counts.covered, result.counts.testable = len(result.covered_ids), len(result.testable_ids)
    return result


class FileOutcome:
    """What checking one file found, before the run-wide steps (picklable)."""

    __slots__ = ("display", "file", "path", "result", "saved", "series", "subjects", "suppressions", "view")

    def __init__(self, path: Path, result: CheckResult, suppressions: Suppressions,
                 subjects: list[tuple[int, str, int]] | None = None,
                 series: list[Entry] | None = None, file: LoadedFile | None = None,
                 saved: str | None = None, view: ArticleView | None = None, display: str = ""):
        self.path = path
        self.result = result
        self.suppressions = suppressions
        self.subjects = [] if subjects is None else subjects
        self.series = [] if series is None else series  # its claims in their series (series.py)
        self.file = file  # kept only in the main process
        self.saved = saved  # the fact file found in an article, as YAML (--save-facts)
        self.view = view  # the article and its figures, when the run shows them
        self.display = display  # the file as messages show it


class FileWork:
    """Reads and checks the files of a run, one at a time."""

    def __init__(self, command: str, files: list[str], settings: Settings, encoding: str | None,
                 article: Path | None, cwd: Path, stdin_data: tuple[bytes, str] | None = None,
                 articles: frozenset[int] = frozenset(), save_facts: Path | None = None,
                 views: bool = False, records: bool = True, advice: bool = True,
                 facts: bool = False):
        self.command = command
        self.files = files
        self.articles = articles  # the indexes of the files that are articles
        self.save_facts = save_facts
        self.views = views  # the reporter shows the article: build its view
        self.records = records  # the reporter lists the relations tested
        self.advice = advice  # the reporter shows the suggestions of findings
        self.facts = facts  # the reporter edits each article's fact file (the HTML report)
        self.settings = settings
        self.article = article
        self.cwd = cwd
        self.stdin_data = stdin_data
        self.series = SeriesIndex()  # used by finish(), in the main process only
        self.corpus = Corpus(options=LoadOptions(encoding, settings.max_file_size, settings.rounding),
                             cwd=cwd)
        for name in files:
            if name != "-":
                self.corpus.paths_by_stem.setdefault(Path(name).stem, name)

    def _load(self, index: int) -> LoadedFile:
        path = Path(self.files[index])
        options = self.corpus.options
        data, name = self.stdin_data if path.name == "-" and self.stdin_data else (None, None)
        if index in self.articles:
            from ..articlefile import load_article  # only runs with articles need it

            shown = name or display_path(path, self.cwd)
            return load_article(Path(name) if name else path, shown, data, options.rounding,
                                options.max_bytes or DEFAULT_MAX_BYTES)
        if data is not None:
            return load_text(data, name, Path(name), options.encoding, options.rounding)
        return options.load(path, display_path(path, self.cwd))

    def process(self, index: int, keep: bool = True) -> FileOutcome:
        """Check (or lint) file ``index`` on its own; ``keep`` holds the file for ``finish``."""
        path = Path(self.files[index])
        f = self._load(index)
        self.corpus.add(f)
        resolve_aliases(self.corpus, [f])
        suppressions = Suppressions.collect([f], self.settings.per_file_ignores)
        in_series: list[Entry] = []
        if self.command == "lint":
            result = CheckResult(findings=lint_file(self.corpus, f),
                                 counts=Counts(files=1, claims=len(f.claims)))
            found: list[tuple[int, str, int]] = []
        else:
            anchored: list[Finding] = []
            view = None
            article = f.model.article if f.model is not None else None
            if index in self.articles:
                if self.views and f.discovery is not None:  # the claims are where they are printed
                    found = f.discovery
                    view = article_view(found.article, found.figures, f.display,
                                        _figure_claims(found), _figure_bases(found))
                    if self.facts and path.name != "-":
                        from ..saved import editor_pieces

                        view.facts = editor_pieces(found, path)
            elif self.article is not None or (article is not None and article.text):
                from ..anchor import anchor_file  # only when there is an article to anchor to

                anchoring = anchor_file(f, self.article, self.cwd)
                anchored = anchoring.findings
                if self.views and anchoring.article is not None:
                    view = article_view(anchoring.article, anchoring.figures,
                                        anchoring.article_display or "", _placed(f, anchoring))
            if self.views and view is None and f.ok:
                view = claims_view(f.display, article.title if article else None,
                                   [(c.id, c.spec.label or "", c.quantity.written)
                                    for c in f.claims.values() if c.quantity is not None])
            result = check_file(self.corpus, f, self.records, self.advice)
            result.findings.extend(anchored)
            found = [] if index in self.articles else subjects(f)
            if self.settings.series and index not in self.articles:
                in_series = entries(f)
        outcome = FileOutcome(path, result, suppressions, found, in_series, f if keep else None,
                              display=f.display)
        if self.command != "lint":
            outcome.view = view
        if self.save_facts is not None and f.discovery is not None:
            from ..saved import saved_facts

            outcome.saved = saved_facts(f.discovery, path, self.save_facts)
        if not keep:
            self.corpus.release(f)
        return outcome

    def _reopen(self, path: Path) -> LoadedFile:
        """A fact file checked in another process, read again and pinned, with its quotes placed
        in its article as :meth:`process` placed them (findings say where figures are printed)."""
        f = self.corpus.options.load(path, display_path(path, self.cwd))
        self.corpus.add(f)
        resolve_aliases(self.corpus, [f])
        article = f.model.article if f.model is not None else None
        if self.article is not None or (article is not None and article.text):
            from ..anchor import anchor_file

            anchor_file(f, self.article, self.cwd)
        return f

    def finish(self, outcome: FileOutcome, index: SubjectIndex,
               summary: RunSummary) -> FileReport:
        """Run-wide steps for one file, in file order; returns what to report."""
        result = outcome.result
        repeats = index.match(outcome.path, outcome.subjects)
        links = self.series.add(len(index.paths) - 1, outcome.series)
        f = outcome.file
        if (repeats or links) and f is None:  # checked in another process: read it again
            f = self._reopen(outcome.path)
        if repeats:
            result.merge(evaluate_all(f, pairs(self.corpus, f, repeats), self.records,
                                      self.advice))
        if links:
            linked = series_relations(self.corpus, f, len(index.paths) - 1, index.paths, links)
            _drop_implied(result, linked)
            result.merge(evaluate_all(f, linked, self.records, self.advice))
        if f is not None:
            self.corpus.release(f)
        findings = outcome.suppressions.filter(result.findings)
        if self.command == "lint":
            result.counts.invalid_files = int(any(x.severity is Severity.ERROR for x in findings))
        else:
            findings.extend(outcome.suppressions.unused())
        findings.sort(key=lambda x: (x.sort_key, -SEVERITY_ORDER[x.severity]))
        findings = [x for x in findings if _selected(x.code, self.settings)]
        _add(summary, result, findings)
        kept = {x.sort_key for x in findings}
        for record in result.records:
            if record.verdict not in ("holds",) and not kept.intersection(record.found):
                record.verdict = "suppressed"
        repairs = [r for r in result.repairs if kept.intersection(r.found)]
        return FileReport(findings, result.records, outcome.saved, outcome.view, outcome.display,
                          repairs)


class FileReport:
    """What one file of a run reports: its findings, and the relations it tested."""

    __slots__ = ("display", "findings", "records", "repairs", "saved", "view")

    def __init__(self, findings: list[Finding], records: list[CheckRecord],
                 saved: str | None = None, view: ArticleView | None = None, display: str = "",
                 repairs: list[Repair] | None = None):
        self.findings = findings
        self.records = records
        self.saved = saved  # the fact file found in an article (--save-facts)
        self.view = view  # the article, when the run shows it
        self.display = display  # the file as messages show it
        self.repairs = [] if repairs is None else repairs  # the figures to fix, ranked


def _figure_claims(found) -> dict[int, list[str]]:
    """The claims of each figure of an article input, by the figure's start offset."""
    out: dict[int, list[str]] = {}
    for cid, claim in found.claims.items():
        out.setdefault(claim.figure.start, []).append(cid)
        if claim.growth is not None:
            out.setdefault(claim.growth.start, []).append(f"{cid}.growth")
    return out


def _figure_bases(found) -> dict[int, str]:
    """The basis of each figure's claim (real, same-scope) where it has one, by start offset."""
    out: dict[int, str] = {}
    for claim in found.claims.values():
        if claim.basis is not None:
            for figure in (claim.figure, claim.growth):
                if figure is not None:
                    out[figure.start] = claim.basis
    return out


def _placed(f: LoadedFile, anchoring) -> dict[int, list[str]]:
    """The claims of a fact file placed in its article by anchoring, by figure start offset."""
    article = anchoring.article
    starts = {article.position(fig.start): fig.start for fig in anchoring.figures}
    out: dict[int, list[str]] = {}
    for c in f.claims.values():
        for span, cid in ((c.article, c.id), (c.growth_article, f"{c.id}.growth")):
            if span is not None and (span.line, span.column) in starts:
                out.setdefault(starts[(span.line, span.column)], []).append(cid)
    return out


def _drop_implied(result: CheckResult, linked: list[Prepared]) -> None:
    """A growth or a stock linked by series to last year's level no longer needs the level it
    implies (FC102, FC502)."""
    from ..checks import growth, stockflow

    implied = {growth.IMPLIED.code, stockflow.IMPLIED.code}
    places = {(p.file.display, p.line, p.column) for p in linked}
    result.findings = [x for x in result.findings
                       if not (x.code in implied and (x.file, x.line, x.column) in places)]


def _selected(code: str, settings: Settings) -> bool:
    if settings.select and not any(code.startswith(s) for s in settings.select):
        return False
    return not any(code.startswith(s) for s in settings.ignore)


def _add(summary: RunSummary, result: CheckResult, findings: list[Finding]) -> None:
    summary.add(result.counts)
    for x in findings:
        if x.severity is Severity.ERROR:
            summary.errors += 1
        elif x.severity is Severity.WARNING:
            summary.warnings += 1
        else:
            summary.infos += 1
        summary.by_code[x.code] = summary.by_code.get(x.code, 0) + 1


# --- the stream of a run's files -------------------------------------------------------------------
def stream(work: FileWork, summary: RunSummary, jobs: int, dask: object = None
           ) -> Iterator[FileReport]:
    """The findings of each file in turn (suppressed, selected, sorted), adding up the summary.

    With ``jobs`` > 1 the files are read and checked in worker processes, and with ``dask`` (a
    scheduler's address, ``local`` or a ``distributed.Client``) on a Dask cluster
    (:mod:`factcheck.run.dask`); the results are taken in file order either way, so the output
    is the same as with one process.
    """
    index = SubjectIndex()
    try:
        yield from _outcomes(work, index, summary, jobs, dask)
    finally:
        index.close()
        work.series.close()


def _outcomes(work: FileWork, index: SubjectIndex, summary: RunSummary,
              jobs: int, dask: object = None) -> Iterator[FileReport]:
    if dask is not None and work.stdin_data is None:  # standard input is read here
        from .dask import outcomes  # only runs with --dask import Dask

        for outcome in outcomes(work, dask, jobs):
            with collector_paused():
                report = work.finish(outcome, index, summary)
            yield report
        return
    files, stdin_data = work.files, work.stdin_data
    jobs = processes(jobs, len(files))
    if jobs <= 1 or stdin_data is not None:
        for i in range(len(files)):
            with collector_paused():  # the file is released before the collector looks
                report = work.finish(work.process(i), index, summary)
            yield report
        return
    import multiprocessing

    args = (work.command, files, work.settings, work.corpus.options.encoding, work.article,
            work.cwd, stdin_data, work.articles, work.save_facts, work.views, work.records,
            work.advice, work.facts)
    context = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    with context.Pool(jobs, _init_worker, args) as pool:
        size = max(1, min(32, len(files) // (jobs * 8)))
        batches = (range(i, min(i + size, len(files))) for i in range(0, len(files), size))
        # A window of batches in flight, taken in order: the workers stay busy, and when this
        # process (which reports, and links across files) is the slower, their outcomes wait in
        # the workers instead of piling up here (imap would queue every file's outcome).
        pending = deque(pool.apply_async(_work_batch, (b,)) for b in islice(batches, jobs * 4))
        while pending:
            done = pending.popleft().get()
            following = next(batches, None)
            if following is not None:
                pending.append(pool.apply_async(_work_batch, (following,)))
            for outcome in done:
                with collector_paused():
                    report = work.finish(outcome, index, summary)
                yield report


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


# --- worker processes -------------------------------------------------------------------------
_WORKER: FileWork | None = None


def _init_worker(*args) -> None:
    """Pool initializer: each worker builds its own FileWork (and its own reference cache)."""
    global _WORKER
    _WORKER = FileWork(*args)


def _work_batch(indexes: range) -> list[FileOutcome]:
    """Pool task: some files, each released in the worker (only their outcomes cross processes)."""
    assert _WORKER is not None
    with collector_paused():
        return [_WORKER.process(index, keep=False) for index in indexes]
