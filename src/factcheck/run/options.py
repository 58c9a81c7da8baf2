"""The options of a run of `check` or `lint`, and how they combine with the settings."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TextIO

from .. import messages as msg
from ..config import Settings, env_format
from ..messages import Message, MessageError

__all__ = ["RunError", "RunOptions", "resolve"]


class RunError(MessageError):
    """The run cannot proceed (exit 2); the message is for the user."""


class RunOptions:
    """Options of `check` and `lint` as given on the command line (None: not given)."""

    __slots__ = ("article", "command", "dask", "encoding", "fail_on", "fmt", "force", "ignore",
                 "jobs", "lang", "max_file_size", "output_file", "paths", "save_facts", "select",
                 "series", "show_article", "show_checks", "show_info", "statistics",
                 "stdin_filename")

    def __init__(self, command: str, paths: list[Path] | None = None, fmt: str | None = None,
                 output_file: Path | None = None, force: bool = False, fail_on: str | None = None,
                 show_info: bool | None = None, series: bool | None = None,
                 select: list[str] | None = None, ignore: list[str] | None = None,
                 statistics: bool = False, stdin_filename: str | None = None,
                 encoding: str | None = None, max_file_size: int | None = None,
                 article: Path | None = None, jobs: int = 0, lang: str = "en",
                 show_checks: bool = False, save_facts: Path | None = None,
                 show_article: bool = False, dask: Any = None):
        self.command = command
        self.paths = [] if paths is None else paths
        self.fmt = fmt
        self.output_file = output_file
        self.force = force
        self.fail_on = fail_on
        self.show_info = show_info
        self.series = series  # --no-series: False
        self.select = select
        self.ignore = ignore
        self.statistics = statistics
        self.stdin_filename = stdin_filename
        self.encoding = encoding
        self.max_file_size = max_file_size
        self.article = article  # check --article: anchor every file's quotes in this article
        self.jobs = jobs  # 0: automatic (every core for large runs)
        self.lang = lang  # the language of messages
        self.show_checks = show_checks  # list every relation tested, with its verdict
        self.save_facts = save_facts  # write what was found in the article as a fact file
        self.show_article = show_article  # print the article with its figures marked (table format)
        self.dask = dask  # check --dask: a scheduler's address, 'local', or a distributed.Client


def resolve(opts: RunOptions, settings: Settings, out: TextIO) -> None:
    """Command line over environment over config file over defaults (recorded in settings)."""
    from ..report import FORMATS

    if opts.fmt is not None:
        settings.set("format", opts.fmt, "command line")
    elif env_format():
        value = env_format()
        if value not in FORMATS:
            raise RunError(Message(msg.BAD_ENV_FORMAT, value=repr(value), formats=", ".join(FORMATS)))
        settings.set("format", value, "environment FACTCHECK_FORMAT")
    if settings.format is None:
        from ..report.terminal import use_rich

        settings.set("format", "table" if use_rich(out) and opts.output_file is None else "concise",
                     "default (table on a terminal, concise when piped)")
    for attr in ("fail_on", "show_info", "series", "select", "ignore", "max_file_size"):
        value = getattr(opts, attr)
        if value is not None and value != []:
            if attr in ("select", "ignore"):
                value = [v.strip().upper() for item in value for v in item.split(",") if v.strip()]
            settings.set(attr, value, "command line")
