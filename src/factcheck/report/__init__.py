"""Reporters: one class per output format, chosen by name."""

from __future__ import annotations

from importlib import import_module
from typing import TextIO

from .base import Reporter, RunInfo

__all__ = ["FORMATS", "make_reporter"]

#: Output format → (module, class), imported only when used.
FORMATS: dict[str, tuple[str, str]] = {
    "table": ("text", "TableReporter"),
    "concise": ("text", "ConciseReporter"),
    "json": ("jsondoc", "JsonReporter"),
    "jsonl": ("jsondoc", "JsonLinesReporter"),
    "github": ("github", "GithubReporter"),
    "sarif": ("sarif", "SarifReporter"),
    "junit": ("junit", "JunitReporter"),
}


def make_reporter(fmt: str, out: TextIO, info: RunInfo) -> Reporter:
    """The reporter of an output format."""
    module, cls = FORMATS[fmt]
    return getattr(import_module(f".{module}", __name__), cls)(out, info)
