"""The options of a run of `check` or `lint`, and how they combine with the settings."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from .. import messages as msg
from ..config import Settings, env_format
from ..messages import Message, MessageError

__all__ = ["RunError", "RunOptions", "resolve"]


class RunError(MessageError):
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
    series: bool | None = None  # --no-series: False
    select: list[str] | None = None
    ignore: list[str] | None = None
    statistics: bool = False
    stdin_filename: str | None = None
    encoding: str | None = None
    max_file_size: int | None = None
    article: Path | None = None  # check --article: anchor every file's quotes in this article
    jobs: int = 0  # 0: automatic (every core for large runs)
    lang: str = "en"  # the language of messages
    show_checks: bool = False  # list every relation tested, with its verdict
    save_facts: Path | None = None  # write what was found in the article as a fact file
    show_article: bool = False  # print the article with its figures marked (table format)
    dask: Any = None  # check --dask: a scheduler's address, 'local', or a distributed.Client


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
