"""Terminal detection: rich output on a terminal, plain stable text when piped; NO_COLOR."""

from __future__ import annotations

import os
from typing import TextIO

__all__ = ["make_console", "use_rich"]


def use_rich(out: TextIO) -> bool:
    """True when ``out`` is a terminal (tables and colour make sense there)."""
    if os.environ.get("FACTCHECK_FORCE_TERMINAL"):
        return True
    try:
        return out.isatty()
    except (AttributeError, ValueError):
        return False


def make_console(out: TextIO):
    """A rich Console writing to ``out`` that honours NO_COLOR."""
    from rich.console import Console

    no_color = "NO_COLOR" in os.environ and os.environ["NO_COLOR"] != ""
    return Console(file=out, no_color=no_color, highlight=False, soft_wrap=False, markup=False)
