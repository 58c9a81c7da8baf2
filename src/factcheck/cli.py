"""The command line: parse options, call the library, choose a reporter. No checking logic here.

Exit codes, the same in every output format: 0 clean; 1 problems found (findings at or above
--fail-on, or fact files that are invalid or unreadable); 2 the run could not proceed.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from . import __version__

app = typer.Typer(
    name="factcheck",
    help="Check the numbers in news articles for internal consistency before publication.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

DEFAULT_PATHS = [Path("facts")]
_state = {"debug": False}


class ClaimsFormat(str, Enum):
    table = "table"
    json = "json"


class LintFormat(str, Enum):
    concise = "concise"
    json = "json"


class CheckFormat(str, Enum):
    table = "table"
    concise = "concise"
    json = "json"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    never = "never"


class RunError(Exception):
    """The run cannot proceed (exit 2); the message is for the user."""


PathsArg = Annotated[
    list[Path] | None,
    typer.Argument(help="Fact files or directories (default: facts/).", show_default=False),
]
EncodingOpt = Annotated[
    str | None, typer.Option("--encoding", help="Read fact files in this encoding (default UTF-8).")
]
MaxSizeOpt = Annotated[
    int | None,
    typer.Option("--max-file-size", help="Largest fact file to read, in bytes (default 10 MB).",
                 min=1),
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of internal errors.")] = False,
) -> None:
    _state["debug"] = debug


def _load(paths: list[Path] | None, encoding: str | None, max_size: int | None):
    from .corpus import NoFactFiles, discover, load_corpus

    try:
        files = discover(paths or DEFAULT_PATHS)
    except NoFactFiles as err:
        raise RunError(str(err)) from None
    return load_corpus(files, encoding, max_size)


@app.command()
def lint(
    paths: PathsArg = None,
    output_format: Annotated[
        LintFormat, typer.Option("--format", help="concise (path:line:col: CODE message) or json.")
    ] = LintFormat.concise,
    encoding: EncodingOpt = None,
    max_file_size: MaxSizeOpt = None,
) -> int:
    """Validate fact files: YAML, fields, figures, units and references."""
    from .engine import lint_corpus
    from .report import lint_report

    corpus = _load(paths, encoding, max_file_size)
    findings = lint_corpus(corpus)
    lint_report(corpus, findings, output_format.value, sys.stdout)
    return 1 if findings else 0


@app.command()
def claims(
    paths: PathsArg = None,
    output_format: Annotated[
        ClaimsFormat, typer.Option("--format", help="table (plain text when piped) or json.")
    ] = ClaimsFormat.table,
    encoding: EncodingOpt = None,
    max_file_size: MaxSizeOpt = None,
) -> int:
    """Show how every figure was read: value, unit, interval, qualifier."""
    from .engine import lint_corpus
    from .report.claims import render_claims

    corpus = _load(paths, encoding, max_file_size)
    findings = lint_corpus(corpus)
    render_claims(corpus, output_format.value, sys.stdout)
    if findings:
        for f in findings:
            print(f"{f.file}:{f.line}:{f.column}: {f.code} {f.message}", file=sys.stderr)
        return 1
    return 0


def _click_exceptions():
    """Click's exceptions, vendored inside typer ≥ 0.22 or from click itself before."""
    try:
        from typer._click.exceptions import ClickException
    except ImportError:  # pragma: no cover - older typer
        from click import ClickException
    exits: tuple[type[BaseException], ...] = (typer.Exit,)
    aborts: tuple[type[BaseException], ...] = (typer.Abort,)
    try:
        import click

        exits += (click.exceptions.Exit,)
        aborts += (click.exceptions.Abort,)
    except ImportError:
        pass
    return ClickException, exits, aborts


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `factcheck` command; returns the exit code."""
    click_error, exit_types, abort_types = _click_exceptions()
    try:
        result = app(args=argv, prog_name="factcheck", standalone_mode=False)
    except exit_types as err:
        return err.exit_code
    except abort_types:
        print("factcheck: aborted", file=sys.stderr)
        return 2
    except click_error as err:
        err.show()
        return 2
    except RunError as err:
        print(f"factcheck: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("factcheck: interrupted", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except Exception as err:  # noqa: BLE001 - an internal error must never look like findings
        if _state["debug"]:
            import traceback

            traceback.print_exc()
        print(f"factcheck: internal error: {type(err).__name__}: {err} (run with --debug for "
              "the traceback)", file=sys.stderr)
        return 2
    return result if isinstance(result, int) else 0

