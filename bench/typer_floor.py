"""A do-nothing typer command with the parameters of `factcheck check` (start-up reference).

typer ≥ 0.2x coerces every parameter through a pydantic ``TypeAdapter``, which loads pydantic's
model machinery; the import floor (`import typer, rich.console, pydantic, yaml`) does not, since
`import pydantic` alone is lazy. This script shows what any typer command with these parameters
costs before it does anything: bench/run.py times it next to `factcheck check` on the seed file.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import rich.console  # noqa: F401  (as the import floor: factcheck prints with rich)
import typer
import yaml  # noqa: F401

app = typer.Typer()


class Fmt(str, Enum):
    table = "table"
    concise = "concise"
    json = "json"


class Level(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


@app.command()
def check(
    paths: Annotated[list[Path] | None, typer.Argument()] = None,
    output_format: Annotated[Fmt | None, typer.Option("--format")] = None,
    output_file: Annotated[Path | None, typer.Option("--output", "-o")] = None,
    force: Annotated[bool, typer.Option("--force")] = False,
    fail_on: Annotated[Level | None, typer.Option("--fail-on")] = None,
    show_info: Annotated[bool | None, typer.Option("--show-info/--hide-info")] = None,
    config: Annotated[Path | None, typer.Option("--config")] = None,
    isolated: Annotated[bool, typer.Option("--isolated")] = False,
    select: Annotated[list[str] | None, typer.Option("--select")] = None,
    ignore: Annotated[list[str] | None, typer.Option("--ignore")] = None,
    statistics: Annotated[bool, typer.Option("--statistics")] = False,
    stdin_filename: Annotated[str | None, typer.Option("--stdin-filename")] = None,
    encoding: Annotated[str | None, typer.Option("--encoding")] = None,
    max_file_size: Annotated[int | None, typer.Option("--max-file-size")] = None,
    article: Annotated[Path | None, typer.Option("--article")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j")] = 0,
) -> None:
    """Parse the options; do nothing."""


@app.command()
def version() -> None:
    """A second command, so that `check` is a subcommand as in factcheck."""


if __name__ == "__main__":
    app()
