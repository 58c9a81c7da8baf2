"""The command line: parse options, call the library, choose a reporter. No checking logic here.

Exit codes, the same in every output format: 0 clean; 1 problems found (findings at or above
--fail-on, or fact files that are invalid or unreadable); 2 the run could not proceed.
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from . import __version__
from .report import FORMATS
from .run.options import RunError

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


OutputFormat = Enum("OutputFormat", {name: name for name in FORMATS}, type=str)  # type: ignore[misc]


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    never = "never"


PathsArg = Annotated[
    list[Path] | None,
    typer.Argument(help="Fact files or directories (default: facts/, or the config's paths); "
                   "- reads standard input.", show_default=False),
]
EncodingOpt = Annotated[
    str | None, typer.Option("--encoding", help="Read fact files in this encoding (default UTF-8).")
]
MaxSizeOpt = Annotated[
    int | None,
    typer.Option("--max-file-size", help="Largest fact file to read, in bytes (default 10 MB).",
                 min=1, max=1 << 40),
]
FormatOpt = Annotated[
    OutputFormat | None,
    typer.Option("--format", help="table (default on a terminal), concise (default when piped), "
                 f"{', '.join(FORMATS[2:-1])} or {FORMATS[-1]}; also FACTCHECK_FORMAT.",
                 show_default=False),
]
OutputOpt = Annotated[
    Path | None, typer.Option("--output-file", "-o", help="Write the report to this file.")
]
ForceOpt = Annotated[bool, typer.Option("--force", help="Overwrite an existing --output-file.")]
ConfigOpt = Annotated[
    Path | None, typer.Option("--config", help="Use this config file (.factcheck.yaml or "
                              "pyproject.toml) instead of searching for one.")
]
IsolatedOpt = Annotated[bool, typer.Option("--isolated", help="Ignore every config file.")]
SelectOpt = Annotated[
    list[str] | None, typer.Option("--select", help="Only these codes (prefixes allowed).")
]
IgnoreOpt = Annotated[
    list[str] | None, typer.Option("--ignore", help="Skip these codes (prefixes allowed).")
]
StatisticsOpt = Annotated[
    bool, typer.Option("--statistics", help="Print the number of findings per code instead.")
]
JobsOpt = Annotated[
    int, typer.Option("--jobs", "-j", min=0, help="Processes to check files in (same output; at "
                      "most one per core); 0, the default, uses every core for runs of 200 files "
                      "or more.")
]
StdinNameOpt = Annotated[
    str | None, typer.Option("--stdin-filename", help="The name messages use for standard input.")
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


def _settings(config: Path | None, isolated: bool):
    from .config import ConfigError, load_settings

    if config is not None and not config.is_file():
        raise RunError(f"{config}: no such config file")
    try:
        return load_settings(config, isolated, Path.cwd())
    except ConfigError as err:
        raise RunError(str(err)) from None


def _check_encoding(encoding: str | None) -> None:
    if encoding is not None:
        from .textfile import text_encoding_error

        problem = text_encoding_error(encoding)
        if problem:
            raise RunError(f"--encoding: {problem}")


def _run(command: str, **options) -> int:
    from .run import RunOptions, default_stdin, execute

    _check_encoding(options.get("encoding"))
    settings = _settings(options.pop("config"), options.pop("isolated"))
    opts = RunOptions(command, **options)
    return execute(opts, settings, sys.stdout, sys.stderr, default_stdin())


def _load(paths: list[Path] | None, encoding: str | None, max_size: int | None):
    _check_encoding(encoding)
    from .corpus import NoFactFiles, discover, load_corpus

    try:
        files = discover(paths or DEFAULT_PATHS)
    except NoFactFiles as err:
        raise RunError(str(err)) from None
    return load_corpus(files, encoding, max_size)


@app.command()
def lint(
    paths: PathsArg = None,
    output_format: FormatOpt = None,
    output_file: OutputOpt = None,
    force: ForceOpt = False,
    config: ConfigOpt = None,
    isolated: IsolatedOpt = False,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    statistics: StatisticsOpt = False,
    stdin_filename: StdinNameOpt = None,
    encoding: EncodingOpt = None,
    max_file_size: MaxSizeOpt = None,
    jobs: JobsOpt = 0,
) -> int:
    """Validate fact files: YAML, fields, figures, units and references (fast; for CI)."""
    return _run(
        "lint", paths=list(paths or []), fmt=output_format.value if output_format else None,
        output_file=output_file, force=force, config=config, isolated=isolated, select=select,
        ignore=ignore, statistics=statistics, stdin_filename=stdin_filename, encoding=encoding,
        max_file_size=max_file_size, jobs=jobs,
    )


@app.command()
def check(
    paths: PathsArg = None,
    output_format: FormatOpt = None,
    output_file: OutputOpt = None,
    force: ForceOpt = False,
    fail_on: Annotated[
        FailOn | None,
        typer.Option("--fail-on", help="Lowest severity that makes the exit code 1 "
                     "(default error).", show_default=False),
    ] = None,
    show_info: Annotated[
        bool | None, typer.Option("--show-info/--hide-info",
                                  help="Show derived facts (info findings).", show_default=False)
    ] = None,
    config: ConfigOpt = None,
    isolated: IsolatedOpt = False,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    statistics: StatisticsOpt = False,
    stdin_filename: StdinNameOpt = None,
    encoding: EncodingOpt = None,
    max_file_size: MaxSizeOpt = None,
    article: Annotated[
        Path | None,
        typer.Option("--article", help="Anchor the quotes in this article instead of each fact "
                     "file's article.text (.txt or .md, UTF-8).", show_default=False),
    ] = None,
    jobs: JobsOpt = 0,
    show_checks: Annotated[
        bool, typer.Option("--show-checks", help="List every relation tested, with its verdict "
                           "(table, concise and json).")
    ] = False,
    save_facts: Annotated[
        Path | None,
        typer.Option("--save-facts", help="Write what was found in the article (one article) as "
                     "a fact file to review; --force overwrites.", show_default=False),
    ] = None,
) -> int:
    """Check the relations between the figures of articles or fact files; print every
    discrepancy."""
    return _run(
        "check", paths=list(paths or []), fmt=output_format.value if output_format else None,
        output_file=output_file, force=force, fail_on=fail_on.value if fail_on else None,
        show_info=show_info, config=config, isolated=isolated, select=select, ignore=ignore,
        statistics=statistics, stdin_filename=stdin_filename, encoding=encoding,
        max_file_size=max_file_size, article=article, jobs=jobs, show_checks=show_checks,
        save_facts=save_facts,
    )


@app.command()
def extract(
    article: Annotated[Path, typer.Argument(help="The article: .txt or .md (Markdown), UTF-8.")],
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write the draft fact file here (default: standard "
                     "output); article.text is made relative to it.", show_default=False),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite FILE if it exists.")] = False,
) -> int:
    """Draft a fact file from an article: every figure as a claim, with suggested checks."""
    from .extract import ExtractError, run_extract

    try:
        return run_extract(article, output, force, sys.stdout, sys.stderr)
    except ExtractError as err:
        raise RunError(str(err)) from None


@app.command("config")
def show_config(
    config: ConfigOpt = None,
    isolated: IsolatedOpt = False,
) -> int:
    """Show the effective settings and where each came from."""
    from .config import env_format

    settings = _settings(config, isolated)
    fmt = env_format()
    if fmt:
        if fmt not in FORMATS:
            raise RunError(f"FACTCHECK_FORMAT={fmt!r} is not one of {', '.join(FORMATS)}")
        settings.set("format", fmt, "environment FACTCHECK_FORMAT")
    typer.echo(f"config file: {settings.config_file or '(none)'}")
    for key in ("paths", "rounding", "fail_on", "select", "ignore", "per_file_ignores", "format",
                "show_info", "max_file_size"):
        value = getattr(settings, key)
        shown = "(table on a terminal, concise when piped)" if value is None else value
        typer.echo(f"{key.replace('_', '-')}: {shown}    # {settings.source(key)}")
    return 0


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
    from .report.claims import render_claims
    from .run.files import lint_file

    corpus = _load(paths, encoding, max_file_size)
    findings = [f for loaded in list(corpus.files) for f in lint_file(corpus, loaded)]
    render_claims(corpus, output_format.value, sys.stdout)
    for f in findings:
        print(f"{f.file}:{f.line}:{f.column}: {f.code} {f.message}", file=sys.stderr)
    return 1 if findings else 0


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


@app.command()
def explain(code: Annotated[str, typer.Argument(help="A finding code such as FC301.")]) -> int:
    """Explain a finding code: what it checks, why it matters, an example."""
    from .rules import all_rules, rule

    found = rule(code)
    if found is None:
        codes = ", ".join(r.code for r in all_rules())
        raise RunError(f"unknown code {code!r}; the codes are {codes}")
    kind = f"Check kind: {found.kind}\n\n" if found.kind else ""
    typer.echo(f"{found.code} {found.name} ({found.severity.value}): {found.summary}\n\n{kind}"
               f"{found.doc}")
    return 0


@app.command()
def schema(
    output: Annotated[
        str, typer.Option("--output", help="factfile (the fact-file format) or check-json "
                          "(the `check --format json` contract).")
    ] = "factfile",
) -> int:
    """Print a JSON Schema: the fact-file format (for editor completion) or the JSON output."""
    import json

    from .schema import factfile_schema, output_schema
    from .streams import is_unicode

    if output not in ("factfile", "check-json"):
        raise RunError(f"--output must be factfile or check-json, not {output!r}")
    doc = factfile_schema() if output == "factfile" else output_schema()
    typer.echo(json.dumps(doc, ensure_ascii=not is_unicode(sys.stdout), indent=2))
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `factcheck` command; returns the exit code."""
    from .streams import GuardedOutput, prepare

    # The command line uses no pydantic plugin; looking for them costs a scan of every
    # installed package's metadata at start-up.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    prepare(sys.stdout)
    prepare(sys.stderr)
    stdout = sys.stdout
    sys.stdout = GuardedOutput(stdout)  # type: ignore[assignment]
    try:
        return _main(argv)
    finally:
        sys.stdout = stdout


def _main(argv: list[str] | None) -> int:
    from .streams import OutputError

    click_error, exit_types, abort_types = _click_exceptions()
    try:
        result = app(args=argv, prog_name="factcheck", standalone_mode=False)
        sys.stdout.flush()
    except exit_types as err:
        return err.exit_code
    except abort_types:
        print("factcheck: aborted", file=sys.stderr)
        return 2
    except click_error as err:
        err.show()
        return 2
    except (RunError, OutputError) as err:
        print(f"factcheck: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("factcheck: interrupted", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except Exception as err:
        if _state["debug"]:
            import traceback

            traceback.print_exc()
        print(f"factcheck: internal error: {type(err).__name__}: {err} (run with --debug for "
              "the traceback)", file=sys.stderr)
        return 2
    return result if isinstance(result, int) else 0

