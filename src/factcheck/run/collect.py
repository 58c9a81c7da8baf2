"""A run whose results are collected rather than written: what the library (:mod:`factcheck.api`)
returns, taken from the same run as the command line's (:func:`factcheck.run.execute`).

:class:`Collector` is a reporter: it receives exactly what an output format receives — the
findings shown, the relations tested, the repairs, the summary — and keeps them, so a script gets
what `factcheck check --format json --show-checks` would print, as objects.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any, TextIO

from ..config import Settings
from ..findings import CheckRecord, Finding
from ..report.base import Reporter, RunInfo
from ..summary import RunSummary
from ..views import ArticleView
from .options import RunOptions

__all__ = ["Collected", "Collector", "collect"]


class Collector(Reporter):
    """Keeps what a run reports, in the order it is reported."""

    name = "collect"

    def __init__(self, out: TextIO, info: RunInfo):
        super().__init__(out, info)
        self.files: list[str] = []
        self.findings: list[Finding] = []
        self.records: list[CheckRecord] = []
        self.repairs: list[Any] = []
        self.summary: RunSummary | None = None

    def file(self, display: str, view: ArticleView | None) -> None:
        self.files.append(display)

    def finding(self, f: Finding) -> None:
        self.findings.append(f)

    def relation(self, record: CheckRecord) -> None:
        self.records.append(record)

    def repair(self, repair: Any) -> None:
        """The joint model's repairs (the figures most likely wrong), when the run gives them."""
        self.repairs.append(repair)

    def end(self, summary: RunSummary) -> None:
        self.summary = summary


@dataclass(slots=True)
class Collected:
    """What a run reported, and its exit code."""

    info: RunInfo
    summary: RunSummary
    files: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    records: list[CheckRecord] = field(default_factory=list)
    repairs: list[Any] = field(default_factory=list)
    exit_code: int = 0


def collect(opts: RunOptions, settings: Settings, stdin: io.BufferedIOBase | None = None
            ) -> Collected:
    """Run `check` or `lint` (:func:`factcheck.run.execute`) and keep what it reports.

    Nothing is written: the options' output file and format are not used, and messages on
    standard error (there are none without a terminal) go nowhere. Raises
    :class:`factcheck.run.options.RunError` when the run cannot proceed.
    """
    from . import execute

    made: list[Collector] = []

    def reporter_for(out: TextIO, info: RunInfo) -> Collector:
        made.append(Collector(out, info))
        return made[0]

    code = execute(opts, settings, io.StringIO(), io.StringIO(), stdin, reporter_for)
    c = made[0]
    assert c.summary is not None
    return Collected(c.info, c.summary, c.files, c.findings, c.records, c.repairs, code)
