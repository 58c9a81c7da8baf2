"""The reporter interface: start / finding / end hooks, one class per output format.

Whole-document formats (json, sarif, junit) collect in ``finding`` and write in ``end``;
streaming formats (concise, jsonl, github) write each finding as it comes. Reporters render
the messages of findings in the run's language (``RunInfo.lang``); nothing else writes prose.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TextIO

from ..findings import CheckRecord, Finding
from ..joint import Repair
from ..summary import RunSummary
from ..views import ArticleView

__all__ = ["Reporter", "RunInfo", "repo_relative"]


class RunInfo:
    """What a reporter knows before the first finding."""

    __slots__ = ("command", "files", "lang", "root", "show_article", "show_checks", "version")

    def __init__(self, command: str, version: str, root: Path, files: list[str] | None = None,
                 lang: str = "en", show_checks: bool = False, show_article: bool = False):
        self.command = command  # check or lint
        self.version = version
        self.root = root  # paths in reports are relative to it (the repository root for SARIF)
        self.files = [] if files is None else files
        self.lang = lang  # the language messages are rendered in
        self.show_checks = show_checks  # the relations tested are reported too (`relation`)
        self.show_article = show_article  # the article is shown with its figures marked


class Reporter:
    """Base reporter: subclasses override the hooks they need."""

    name = "base"
    for_people = False  # a progress bar may accompany it on a terminal
    wants_article = False  # it shows each article (the run builds the views)
    wants_facts = False  # it lets a person edit each article's fact file (saved.editor_pieces)
    shows_advice = True  # it shows the suggestions of findings (the run works them out)

    def __init__(self, out: TextIO, info: RunInfo):
        self.out = out
        self.info = info

    def start(self) -> None:
        """Called once, before any finding."""

    def file(self, display: str, view: ArticleView | None) -> None:
        """Called for every file, before its findings: its article, when the run shows it."""

    def finding(self, f: Finding) -> None:
        """Called for every finding shown, in order."""

    def relation(self, record: CheckRecord) -> None:
        """Called for every relation tested, with its verdict (with `--show-checks`)."""

    def repair(self, repair: Repair) -> None:
        """Called for every repair of a file (the figures most likely wrong), after its findings."""

    def end(self, summary: RunSummary) -> None:
        """Called once, after the last finding."""


def repo_relative(file: str, root: Path) -> str | None:
    """``file`` (as findings give it: relative to the working directory, or absolute) as a POSIX
    path relative to ``root``, or None when it lies outside ``root``."""
    path = Path(file)
    if not path.is_absolute():
        path = Path.cwd() / path
    # First without touching the file system (a symlinked fact file stays where it is listed),
    # then with symlinks resolved (/tmp vs /private/tmp, a symlinked checkout).
    for candidate, base in (
        (Path(os.path.normpath(path)), Path(os.path.normpath(root.absolute()))),
        (path.resolve(), root.resolve()),
    ):
        try:
            rel = candidate.relative_to(base)
        except ValueError:
            continue
        text = rel.as_posix()
        return None if text in ("", ".") else text
    return None
