"""factcheck as a library: text in, results out.

    >>> import factcheck.api as fc
    >>> report = fc.check_article(open("facts/xuejia-2023.txt", encoding="utf-8").read())
    >>> report.summary.errors
    1
    >>> print(report.findings[0].message)          # doctest: +ELLIPSIS
    5个 + 19个 + 6个 = 30个, but the total is projects (27个); the parts exceed the total by 3个: ...
    >>> fc.read_figure("超八成").interval.lo, fc.read_figure("超八成").interval.hi
    (Fraction(4, 5), Fraction(1, 1))

The functions run what the command line runs — the same run (:func:`factcheck.run.execute`),
with a reporter that keeps the results (:class:`factcheck.run.collect.Collector`) instead of one
that prints them — so :meth:`Report.to_json` is the document `factcheck check --format json
--show-checks` prints for the same input, field for field (docs/json.md).

This module is a contract, like the JSON output: its names, signatures and fields change only
with a new major version. Results are frozen dataclasses (they pickle, so they travel between
processes and machines); exact values are :class:`fractions.Fraction` endpoints of
:class:`Interval` (in the base unit of their dimension: 元, count, ratio for % and 成, pp …).
Nothing here prints, exits, or reads the environment: the language of messages is an argument
(English unless ``lang="zh"``), config files are read only when ``config=`` names one. Errors
are :class:`FactcheckError` and its subclasses.
"""

from __future__ import annotations

import copyreg
import functools
import io
import json
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from . import findings as _findings
from . import messages as msg
from .findings import ArticleSpan, Severity
from .interval import Interval
from .messages import Message, MessageError

if TYPE_CHECKING:
    from .config import Settings
    from .model import FactFile
    from .run.collect import Collected
    from .run.options import RunOptions
    from .summary import RunSummary

__all__ = [
    "ArticleSpan",
    "Check",
    "Claim",
    "FactFileError",
    "FactcheckError",
    "Figure",
    "FigureError",
    "Finding",
    "InternalError",
    "Interval",
    "Repair",
    "RepairClaim",
    "Report",
    "RunError",
    "Severity",
    "Summary",
    "check_article",
    "check_facts",
    "extract",
    "read_facts",
    "read_figure",
]

PathLike = str | os.PathLike[str]
#: The name findings give an article checked without a ``path``.
ARTICLE_NAME = "<article>"
_FAIL_ON = ("error", "warning", "never")


# --- errors ------------------------------------------------------------------------------------
class FactcheckError(Exception):
    """Every error this module raises; ``str(err)`` (and ``err.message``) says what went wrong,
    in the language the call asked for."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return (type(self), (self.message,))


class RunError(FactcheckError):
    """The run could not proceed — what the command line reports with exit code 2: no fact file
    at the paths, a config file that cannot be used, a bad argument, a Dask scheduler that
    cannot be reached."""


class InternalError(FactcheckError):
    """A bug in factcheck (the original exception is the ``__cause__``); please report it."""


class FigureError(FactcheckError, ValueError):
    """:func:`read_figure` cannot read the text as a figure: ``text``, why (``reason``) and, when
    there is one, what to do (``hint``)."""

    def __init__(self, message: str, text: str = "", reason: str = "", hint: str | None = None):
        super().__init__(message)
        self.text = text
        self.reason = reason
        self.hint = hint

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return (type(self), (self.message, self.text, self.reason, self.hint))


class FactFileError(FactcheckError):
    """Fact files that cannot be used. ``problems`` are the errors in them, each with its place
    (``file``, ``line``, ``column``), ``code`` and ``message``; ``report`` is the whole run's
    report when the error comes from a check (``strict=True``), else None."""

    def __init__(self, message: str, problems: tuple[Finding, ...] = (),
                 report: Report | None = None):
        super().__init__(message)
        self.problems = problems
        self.report = report

    @classmethod
    def of(cls, problems: Iterable[Finding], report: Report | None = None) -> FactFileError:
        problems = tuple(problems)
        lines = [f"{p.file}:{p.line}:{p.column}: {p.code} {p.message}" for p in problems]
        return cls("\n".join(lines), problems, report)

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return (type(self), (self.message, self.problems, self.report))


# --- results -----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Claim:
    """A figure as a finding or a check names it: where it is and what it says. ``interval`` is
    its exact reading in the base unit; ``article`` where it is printed in the article, when
    that is known."""

    id: str
    file: str
    line: int
    column: int = 1
    label: str | None = None
    written: str | None = None
    quote: str | None = None
    interval: Interval | None = None
    article: ArticleSpan | None = None

    @classmethod
    def of(cls, c: _findings.ClaimRef) -> Claim:
        return cls(c.id, c.file, c.line, c.column, c.label, c.written, c.quote, c.interval,
                   c.article)

    def to_json(self) -> dict[str, Any]:
        """The claim as `claims[]` of a finding gives it in the JSON output."""
        return {
            "id": self.id,
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "label": self.label,
            "written": self.written,
            "quote": self.quote,
            "interval": None if self.interval is None else self.interval.to_json(),
            "article": None if self.article is None else self.article.to_json(),
        }


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem or derived fact (docs/json.md: `findings[]`), its sentences rendered in the
    report's language. ``computed`` and ``stated`` are the two sides of the relation, exact."""

    code: str
    name: str
    severity: Severity  # a str: "error", "warning" or "info"
    verdict: str  # problem, fail, not-comparable, untestable or derived
    headline: bool
    message: str
    file: str
    line: int
    column: int
    end_line: int | None = None
    end_column: int | None = None
    check: str | None = None
    claims: tuple[Claim, ...] = ()
    computed: Interval | None = None
    computed_text: str | None = None
    stated: Interval | None = None
    stated_text: str | None = None
    gap: Mapping[str, str] | None = field(default=None, hash=False)  # absolute, relative, shown
    suggestions: tuple[str, ...] = ()

    @classmethod
    def of(cls, f: _findings.Finding, lang: str) -> Finding:
        """The finding with its sentences rendered in ``lang``, as :meth:`findings.Finding.to_json`
        renders them."""
        return cls(f.code, f.name, f.severity, f.verdict, f.headline, f.says.render(lang), f.file,
                   f.line, f.column, f.end_line, f.end_column, f.check,
                   tuple(Claim.of(c) for c in f.claims), f.computed,
                   None if f.computed_shown is None else f.computed_shown.render(lang),
                   f.stated, None if f.stated_shown is None else f.stated_shown.render(lang),
                   None if f.gap is None else dict(f.gap), tuple(m.render(lang) for m in f.advice))

    def to_json(self) -> dict[str, Any]:
        """The finding as the JSON output gives it."""
        return {
            "code": self.code,
            "name": self.name,
            "severity": self.severity.value,
            "verdict": self.verdict,
            "headline": self.headline,
            "message": self.message,
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "check": self.check,
            "claims": [c.to_json() for c in self.claims],
            "computed": None if self.computed is None else self.computed.to_json(),
            "computed_text": self.computed_text,
            "stated": None if self.stated is None else self.stated.to_json(),
            "stated_text": self.stated_text,
            "gap": None if self.gap is None else dict(self.gap),
            "suggestions": list(self.suggestions),
        }


@dataclass(frozen=True, slots=True)
class Check:
    """One relation tested, with its verdict (docs/json.md: `checks[]`, `--show-checks`)."""

    kind: str
    check: str | None  # the check's `id:`, when it has one
    how: str  # written, stated, linked or implied
    verdict: str  # holds, fails, warning, untestable, not-comparable or suppressed
    file: str
    line: int
    column: int
    claims: tuple[Claim, ...] = ()

    @classmethod
    def of(cls, r: _findings.CheckRecord) -> Check:
        return cls(r.kind, r.check, r.how, r.verdict, r.file, r.line, r.column,
                   tuple(Claim.of(c) for c in r.claims))

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "check": self.check, "how": self.how, "verdict": self.verdict,
                "file": self.file, "line": self.line, "column": self.column,
                "claims": [c.to_json() for c in self.claims]}


@dataclass(frozen=True, slots=True)
class RepairClaim:
    """A figure of a repair: its id, as written, the values it would need (base unit) and the
    slip of the pen inside them, if any."""

    id: str
    stated: str
    would_need: Interval
    typo: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "stated": self.stated, "would_need": self.would_need.to_json(),
                "typo": self.typo}


@dataclass(frozen=True, slots=True)
class Repair:
    """The figures most likely wrong (docs/json.md: `repairs[]`, from the joint model): the
    claims whose change makes the relations ``fixes`` hold; rank 1 is the most plausible."""

    file: str
    claims: tuple[RepairClaim, ...]
    fixes: tuple[str, ...]
    rank: int

    @classmethod
    def of(cls, r: Any) -> Repair:
        claims = tuple(RepairClaim(c.id, c.stated, c.would_need, c.typo) for c in r.claims)
        return cls(r.file, claims, tuple(r.fixes), r.rank)

    def to_json(self) -> dict[str, Any]:
        return {"file": self.file, "claims": [c.to_json() for c in self.claims],
                "fixes": list(self.fixes), "rank": self.rank}


@dataclass(frozen=True, slots=True)
class Summary:
    """What the run adds up (docs/json.md: `summary`), its exit code (0 clean, 1 findings at or
    above fail-on or an invalid file), the findings per code and the closing sentence
    (``str(summary)``)."""

    files: int
    invalid_files: int
    claims: int
    checks: int
    errors: int
    warnings: int
    infos: int
    untestable: int
    covered_claims: int
    testable_claims: int
    exit_code: int = 0
    by_code: Mapping[str, int] = field(default_factory=dict, hash=False)
    text: str = ""  # the closing sentence of text reports

    @classmethod
    def of(cls, s: RunSummary, command: str, lang: str) -> Summary:
        return cls(s.files, s.invalid_files, s.claims, s.checks, s.errors, s.warnings, s.infos,
                   s.untestable, s.covered, s.testable, s.exit_code, dict(s.by_code),
                   s.line(command, lang))

    def __str__(self) -> str:
        return self.text

    def to_json(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "invalid_files": self.invalid_files,
            "claims": self.claims,
            "checks": self.checks,
            "errors": self.errors,
            "warnings": self.warnings,
            "infos": self.infos,
            "untestable": self.untestable,
            "covered_claims": self.covered_claims,
            "testable_claims": self.testable_claims,
        }


@dataclass(frozen=True, slots=True)
class Report:
    """The results of a check: the findings shown (sorted by file, line, column and code), every
    relation tested (``checks``), the repairs the joint model proposes (empty when it gives none)
    and the summary; ``files`` as findings name them, ``lang`` the language of the sentences."""

    findings: tuple[Finding, ...]
    checks: tuple[Check, ...]
    summary: Summary
    repairs: tuple[Repair, ...] = ()
    files: tuple[str, ...] = ()
    lang: str = "en"

    @property
    def exit_code(self) -> int:
        """What `factcheck check` would exit with: 0 clean, 1 findings at or above fail-on (or a
        fact file that cannot be used)."""
        return self.summary.exit_code

    def to_json(self) -> dict[str, Any]:
        """The document `factcheck check --format json --show-checks` prints (docs/json.md)."""
        from .report.formats.json import JSON_VERSION

        doc: dict[str, Any] = {"version": JSON_VERSION, "summary": self.summary.to_json(),
                               "findings": [f.to_json() for f in self.findings]}
        if self.repairs:
            doc["repairs"] = [r.to_json() for r in self.repairs]
        doc["checks"] = [c.to_json() for c in self.checks]
        return doc

    def to_json_text(self, ensure_ascii: bool = False) -> str:
        """:meth:`to_json` as the command line writes it to a UTF-8 output, byte for byte."""
        return json.dumps(self.to_json(), ensure_ascii=ensure_ascii, indent=2) + "\n"


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure as written, read: ``interval`` holds the values its wording and precision allow
    (a relation outside them fails), ``soft`` the usual reading of a bound word (超八成: 80–90%;
    outside it is a warning), both in the base unit ``unit`` of ``dimension``; ``value`` the number
    as stated; ``qualifier`` the bound word's meaning (more-than, at-least, about …) and
    ``qualifier_text`` the word; ``kind`` level, change, factor or rank."""

    written: str
    value: Fraction
    interval: Interval
    unit: str  # the base unit: 元, count, ratio (% ‰ 成), pp (百分点), × …
    dimension: str
    written_unit: str = ""  # the unit as written: 亿元 → 元, 超八成 → 成
    qualifier: str | None = None
    qualifier_text: str | None = None
    soft: Interval | None = None
    estimate: bool = False  # 预计, 目标: a projection
    integer: bool = False  # a count of whole things
    kind: str = "level"
    shown: str = ""  # the interval in the figure's own unit: 227.55亿–227.65亿元

    def to_json(self) -> dict[str, Any]:
        """The figure as `factcheck claims --format json` gives a claim's reading."""
        return {
            "written": self.written,
            "dimension": self.dimension,
            "unit": self.unit,
            "interval": self.interval.to_json(),
            "soft": None if self.soft is None else self.soft.to_json(),
            "qualifier": self.qualifier,
            "qualifier_text": self.qualifier_text,
            "estimate": self.estimate,
            "integer": self.integer,
            "shown": self.shown,
        }


# --- the functions -----------------------------------------------------------------------------
P = ParamSpec("P")
R = TypeVar("R")


def _guarded(fn: Callable[P, R]) -> Callable[P, R]:
    """Errors of this module as they are; anything else is an InternalError (a bug)."""

    @functools.wraps(fn)
    def call(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except FactcheckError:
            raise
        except Exception as err:
            raise InternalError(f"internal error: {type(err).__name__}: {err}") from err

    return call


@_guarded
def check_article(text: str | bytes, *, path: PathLike | None = None, lang: str | None = None,
                  show_info: bool | None = None, fail_on: str | None = None,
                  select: Iterable[str] | None = None, ignore: Iterable[str] | None = None,
                  rounding: str | None = None, config: PathLike | None = None,
                  strict: bool = False) -> Report:
    """Check an article: find its figures and the relations its sentences state, and test them.

    ``text`` is the article (bytes are decoded as the command line decodes standard input).
    ``path`` is the name findings give it (default ``<article>``) — a name ending in .md strips
    Markdown — so ``check_article(text, path="a.txt")`` is ``factcheck check a.txt``.
    ``lang`` (``en``, the default, or ``zh``) is the language of the sentences; ``show_info``,
    ``fail_on``, ``select``, ``ignore`` and ``rounding`` are the settings of the same name
    (``config`` names a config file to read them from first). With ``strict``, an article that
    cannot be read raises :class:`FactFileError` instead of being a finding. Raises
    :class:`RunError` for bad arguments.
    """
    from .corpus import display_path
    from .inputs import is_article

    language = _language(lang)
    data = text.encode("utf-8") if isinstance(text, str) else bytes(text)
    name = ARTICLE_NAME if path is None else display_path(Path(os.fspath(path)), Path.cwd())
    if not is_article(Path(name), data[:4096]):
        raise RunError(Message(msg.API_NOT_AN_ARTICLE, name=name).render(language))
    settings = _settings(config, rounding, language)
    opts = _options(language, [Path("-")], show_info, fail_on, select, ignore, stdin_filename=name)
    return _check(opts, settings, language, strict, io.BytesIO(data))


@_guarded
def check_facts(paths: PathLike | Iterable[PathLike], *, lang: str | None = None,
                show_info: bool | None = None, fail_on: str | None = None,
                select: Iterable[str] | None = None, ignore: Iterable[str] | None = None,
                rounding: str | None = None, config: PathLike | None = None,
                encoding: str | None = None, article: PathLike | None = None,
                jobs: int | None = None, dask: Any = None, strict: bool = False) -> Report:
    """Check files as `factcheck check PATHS` does: fact files (directories are searched for
    *.yaml), and articles named among the paths (.txt .md .html .docx).

    ``jobs`` processes check the files (None: this one; 0: every core for large runs); ``dask``
    spreads them over a Dask cluster instead — a scheduler's address, ``"local"`` (a cluster of
    ``jobs`` workers, by default one per core), a ``distributed.Client`` or a cluster object
    (needs ``factcheck[dask]``). The results are the same either way.
    ``article`` anchors every file's quotes in that article (``--article``); ``encoding`` reads
    fact files in another encoding. The other arguments are :func:`check_article`'s; with
    ``strict``, fact files that cannot be used raise :class:`FactFileError` (with the report).
    Raises :class:`RunError` when the run cannot proceed (no fact file at the paths …).
    """
    language = _language(lang)
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    given = [Path(os.fspath(p)) for p in paths]
    if not given:
        raise RunError(Message(msg.API_NO_PATHS).render(language))
    if jobs is None:
        jobs = 0 if dask is not None else 1
    if not isinstance(jobs, int) or jobs < 0:
        raise RunError(Message(msg.API_BAD_VALUE, name="jobs", values="0, 1, 2 …",
                               value=repr(jobs)).render(language))
    settings = _settings(config, rounding, language)
    opts = _options(language, given, show_info, fail_on, select, ignore)
    opts.encoding = encoding
    opts.article = None if article is None else Path(os.fspath(article))
    opts.jobs = jobs
    opts.dask = dask
    if encoding is not None:
        from .textfile import text_encoding_error

        problem = text_encoding_error(encoding)
        if problem:
            raise RunError(Message(msg.AT, where="encoding", what=problem).render(language))
    return _check(opts, settings, language, strict)


@_guarded
def read_figure(text: str, *, rate: bool = False, rounding: str = "up_or_down") -> Figure:
    """Read one figure as an article writes it: ``read_figure("227.6亿元")`` is
    [22755000000, 22765000000] 元; ``read_figure("超八成")`` is (0.8, 1] (soft: (0.8, 0.9)).

    ``rate`` reads a growth rate (翻一番 is +100%, 增长1.79倍 +179%); ``rounding`` is how the
    article rounds (up_or_down, up, even, trunc, ceiling, any). Raises :class:`FigureError`.
    """
    from .display import format_interval, scale_of
    from .interval import ROUNDING_MODES
    from .quantity import QuantityError, parse_quantity, parse_rate

    if rounding not in ROUNDING_MODES:
        raise RunError(Message(msg.API_BAD_VALUE, name="rounding", values=", ".join(ROUNDING_MODES),
                               value=repr(rounding)).render("en"))
    if not isinstance(text, str):
        raise FigureError(f"cannot read {text!r}: not a str", repr(text), "not a str")
    try:
        q = parse_rate(text, rounding) if rate else parse_quantity(text, rounding)
    except QuantityError as err:
        raise FigureError(str(err), err.text, err.reason, err.hint) from None
    return Figure(q.written, q.value, q.interval, q.unit.base or "1", q.dimension, q.unit.name,
                  q.qualifier, q.qualifier_text, q.soft, q.estimate, q.integer, q.kind,
                  format_interval(q.interval, scale_of(q)))


@_guarded
def extract(text: str, *, path: PathLike | None = None) -> FactFile:
    """What an article says, as a fact file: every figure a claim, every relation its sentences
    state a check — the document `factcheck extract` drafts and `check` tests, as the fact-file
    model (:class:`factcheck.model.FactFile`, a pydantic model: ``.model_dump()`` for plain data).

    ``path`` is the article's file name as the document's `article.text` should give it (a name
    ending in .md strips Markdown).
    """
    from .article import article_from_text
    from .discover import discover
    from .model import fact_file_model

    name = None if path is None else os.fspath(path)
    found = discover(article_from_text(text, name or "article.txt"), name)
    _picklable_fact_files()
    return fact_file_model().model_validate(found.document)


@_guarded
def read_facts(path: PathLike, *, lang: str | None = None, encoding: str | None = None
               ) -> FactFile:
    """A reviewed fact file, validated, as the fact-file model. Raises :class:`FactFileError`
    with every problem in it (at its line and column) when the file cannot be used."""
    from .corpus import display_path
    from .loader import load_file

    language = _language(lang)
    p = Path(os.fspath(path))
    loaded = load_file(p, display_path(p, Path.cwd()), encoding)
    errors = [f for f in loaded.problems if f.severity is Severity.ERROR]
    if loaded.model is None or errors:
        raise FactFileError.of(Finding.of(f, language) for f in errors or loaded.problems)
    _picklable_fact_files()
    return loaded.model


# --- the run -----------------------------------------------------------------------------------
def _language(lang: str | None) -> str:
    if lang is None:
        return "en"
    try:
        return msg.language(lang)
    except (ValueError, AttributeError):
        raise RunError(Message(msg.API_BAD_VALUE, name="lang", values=", ".join(msg.LANGUAGES),
                               value=repr(lang)).render("en")) from None


def _settings(config: PathLike | None, rounding: str | None, lang: str) -> Settings:
    """The defaults, or a config file's settings when ``config`` names one."""
    from .config import Settings, load_settings
    from .interval import ROUNDING_MODES

    if config is None:
        settings = Settings()
    else:
        path = Path(os.fspath(config))
        if not path.is_file():
            raise RunError(Message(msg.NO_SUCH_CONFIG, path=str(path)).render(lang))
        try:
            settings = load_settings(path, False, Path.cwd())
        except MessageError as err:
            raise RunError(err.message.render(lang)) from None
    if rounding is not None:
        if rounding not in ROUNDING_MODES:
            raise RunError(Message(msg.API_BAD_VALUE, name="rounding",
                                   values=", ".join(ROUNDING_MODES),
                                   value=repr(rounding)).render(lang))
        settings.set("rounding", rounding, "factcheck.api")
    return settings


def _options(lang: str, paths: list[Path], show_info: bool | None, fail_on: str | None,
             select: Iterable[str] | None, ignore: Iterable[str] | None,
             stdin_filename: str | None = None) -> RunOptions:
    from .run.options import RunOptions

    if fail_on is not None and fail_on not in _FAIL_ON:
        raise RunError(Message(msg.API_BAD_VALUE, name="fail_on", values=", ".join(_FAIL_ON),
                               value=repr(fail_on)).render(lang))
    return RunOptions("check", paths, fmt="json", fail_on=fail_on, show_info=show_info,
                      select=None if select is None else _codes(select),
                      ignore=None if ignore is None else _codes(ignore),
                      stdin_filename=stdin_filename, jobs=1, lang=lang, show_checks=True)


def _codes(codes: Iterable[str]) -> list[str]:
    return [codes] if isinstance(codes, str) else [str(c) for c in codes]


def _check(opts: RunOptions, settings: Settings, lang: str, strict: bool,
           stdin: io.BufferedIOBase | None = None) -> Report:
    from .run.collect import collect

    try:
        collected = collect(opts, settings, stdin)
    except MessageError as err:
        raise RunError(err.message.render(lang)) from None
    report = _report(collected, lang)
    if strict and report.summary.invalid_files:
        raise FactFileError.of((f for f in report.findings
                                if f.verdict == "problem" and f.severity is Severity.ERROR), report)
    return report


def _report(c: Collected, lang: str) -> Report:
    return Report(tuple(Finding.of(f, lang) for f in c.findings),
                  tuple(Check.of(r) for r in c.records),
                  Summary.of(c.summary, c.info.command, lang),
                  tuple(Repair.of(r) for r in c.repairs), tuple(c.files), lang)


# --- fact files travel between processes too ---------------------------------------------------
def _picklable_fact_files() -> None:
    """The fact-file model is built at run time (its checks are the registered kinds), so pickle
    cannot find its class by name: rebuild it from its data instead."""
    from .model import fact_file_model

    copyreg.pickle(fact_file_model(), _reduce_fact_file)


def _reduce_fact_file(model: Any) -> tuple[Callable[[dict[str, Any]], Any], tuple[dict[str, Any]]]:
    return (_fact_file_of, (model.model_dump(exclude_unset=True),))


def _fact_file_of(data: dict[str, Any]) -> Any:
    from .model import fact_file_model

    _picklable_fact_files()
    return fact_file_model().model_validate(data)
