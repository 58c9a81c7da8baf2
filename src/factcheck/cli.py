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
from . import messages as msg
from .messages import N_, Message, MessageError, render
from .report import FORMATS
from .run.options import RunError

APP_HELP = N_("Check the numbers in news articles for internal consistency before publication.")
app = typer.Typer(
    name="factcheck",
    help=APP_HELP,
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

DEFAULT_PATHS = [Path("facts")]
_state: dict[str, object] = {"debug": False, "lang": "en"}
_FILLED: dict[str, Message] = {}  # help texts with facts filled in, by their English text


def _english(template: str, facts: dict[str, object] | None) -> str:
    """A help text in English, marked for translation; with ``facts``, remembered so that it is
    rendered from its template in another language."""
    N_(template)
    if not facts:
        return template
    message = Message(template, **facts)
    text = message.render("en")
    _FILLED[text] = message
    return text


def _option(*names: str, help: str, facts: dict[str, object] | None = None, **kwargs):
    """typer.Option whose help is translated into the run's language (see :func:`command`)."""
    return typer.Option(*names, help=_english(help, facts), **kwargs)


def _argument(*, help: str, **kwargs):
    return typer.Argument(help=_english(help, None), **kwargs)


def _walk(command):
    """A click command, its parameters and its subcommands' (depth first)."""
    yield command
    yield from command.params
    for sub in getattr(command, "commands", {}).values():
        yield from _walk(sub)


def _help_in(english: str, lang: str) -> str:
    filled = _FILLED.get(english)
    if filled is not None:
        return filled.render(lang)
    return msg.translation(lang).gettext(english)


def command(lang: str = "en", argv: list[str] | None = None):
    """The click command of the command line, every help text in ``lang``; given the arguments,
    with only the subcommand they name (building the others' options is most of the cost).

    The options declared in a command's signature exist only once typer builds the command (the
    annotations are evaluated late, each time): this is where every help text is made, so it is
    translated here, on the built command, and not on typer's declarations.
    """
    import typer.main

    root = typer.main.get_command(app if argv is None else _app_for(argv))
    if lang != "en":
        for item in _walk(root):
            if item.help:
                item.help = _help_in(item.help, lang)
    return root


def _app_for(argv: list[str]) -> typer.Typer:
    """The application with only the subcommand ``argv`` names (the root's options are flags:
    the first other argument is the subcommand), or all of them when it names none."""
    import copy

    from typer.main import get_command_name

    name = next((arg for arg in argv if not arg.startswith("-")), None)
    named = [info for info in app.registered_commands
             if (info.name or get_command_name(info.callback.__name__)) == name]
    if not named:
        return app
    only = copy.copy(app)
    only.registered_commands = named
    return only


def help_texts() -> list[str]:
    """Every help text of the command line in English: the program's, each command's and each
    option's and argument's (for the catalogue of translations)."""
    found: dict[str, None] = {}
    for item in _walk(command("en")):
        if item.help:
            filled = _FILLED.get(item.help)
            found.setdefault(filled.template if filled is not None else item.help)
    return list(found)


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
    _argument(help="Fact files or directories (default: facts/, or the config's paths); "
                   "- reads standard input.", show_default=False),
]
EncodingOpt = Annotated[
    str | None, _option("--encoding", help="Read fact files in this encoding (default UTF-8).")
]
MaxSizeOpt = Annotated[
    int | None,
    _option("--max-file-size", help="Largest fact file to read, in bytes (default 10 MB).",
                 min=1, max=1 << 40),
]
FormatOpt = Annotated[
    OutputFormat | None,
    _option("--format", help="table (default on a terminal), concise (default when piped), "
            "{formats} or {last}; also FACTCHECK_FORMAT.",
            facts={"formats": msg.Listed(FORMATS[2:-1]), "last": FORMATS[-1]},
            show_default=False),
]
OutputOpt = Annotated[
    Path | None, _option("--output-file", "-o", help="Write the report to this file.")
]
ForceOpt = Annotated[bool, _option("--force", help="Overwrite an existing --output-file.")]
ConfigOpt = Annotated[
    Path | None, _option("--config", help="Use this config file (.factcheck.yaml or "
                              "pyproject.toml) instead of searching for one.")
]
IsolatedOpt = Annotated[bool, _option("--isolated", help="Ignore every config file.")]
SelectOpt = Annotated[
    list[str] | None, _option("--select", help="Only these codes (prefixes allowed).")
]
IgnoreOpt = Annotated[
    list[str] | None, _option("--ignore", help="Skip these codes (prefixes allowed).")
]
StatisticsOpt = Annotated[
    bool, _option("--statistics", help="Print the number of findings per code instead.")
]
JobsOpt = Annotated[
    int, _option("--jobs", "-j", min=0, help="Processes to check files in (same output; at "
                      "most one per core); 0, the default, uses every core for runs of 200 files "
                      "or more.")
]
LangOpt = Annotated[
    str | None,
    _option("--lang", help="The language of messages: zh or en (also FACTCHECK_LANG; otherwise "
            "the locale: LANG=zh_CN.UTF-8 gives Chinese).", show_default=False),
]
StdinNameOpt = Annotated[
    str | None, _option("--stdin-filename", help="The name messages use for standard input.")
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: Annotated[
        bool, _option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
    debug: Annotated[bool, _option("--debug", help="Show tracebacks of internal errors.")] = False,
) -> None:
    _state["debug"] = debug


def _settings(config: Path | None, isolated: bool):
    from .config import ConfigError, load_settings

    if config is not None and not config.is_file():
        raise RunError(Message(msg.NO_SUCH_CONFIG, path=str(config)))
    try:
        return load_settings(config, isolated, Path.cwd())
    except ConfigError as err:
        raise RunError(err.message) from None


def _lang(option: str | None) -> str:
    """The language of this run's messages (--lang, FACTCHECK_LANG, the locale)."""
    try:
        return msg.language(option)
    except ValueError:
        raise RunError(Message(msg.BAD_LANG, value=repr(option),
                               langs=", ".join(msg.LANGUAGES))) from None


def _check_encoding(encoding: str | None) -> None:
    if encoding is not None:
        from .textfile import text_encoding_error

        problem = text_encoding_error(encoding)
        if problem:
            raise RunError(Message(msg.AT, where="--encoding", what=problem))


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
        raise RunError(err.message) from None
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
    lang: LangOpt = None,
) -> int:
    """Validate fact files: YAML, fields, figures, units and references (fast; for CI)."""
    return _run(
        "lint", paths=list(paths or []), fmt=output_format.value if output_format else None,
        output_file=output_file, force=force, config=config, isolated=isolated, select=select,
        ignore=ignore, statistics=statistics, stdin_filename=stdin_filename, encoding=encoding,
        max_file_size=max_file_size, jobs=jobs, lang=_lang(lang),
    )


@app.command()
def check(
    paths: PathsArg = None,
    output_format: FormatOpt = None,
    output_file: OutputOpt = None,
    force: ForceOpt = False,
    fail_on: Annotated[
        FailOn | None,
        _option("--fail-on", help="Lowest severity that makes the exit code 1 "
                     "(default error).", show_default=False),
    ] = None,
    show_info: Annotated[
        bool | None, _option("--show-info/--hide-info",
                                  help="Show derived facts (info findings).", show_default=False)
    ] = None,
    series: Annotated[
        bool | None, _option("--series/--no-series",
                             help="Link figures of one series (label, place) in consecutive "
                             "periods across the files of a run: growth against last year's level, "
                             "a stock against last year's, part of a year within the year "
                             "(default on; config key series).", show_default=False)
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
        _option("--article", help="Anchor the quotes in this article instead of each fact "
                     "file's article.text (.txt or .md, UTF-8).", show_default=False),
    ] = None,
    jobs: JobsOpt = 0,
    show_checks: Annotated[
        bool, _option("--show-checks", help="List every relation tested, with its verdict "
                           "(table, concise and json).")
    ] = False,
    save_facts: Annotated[
        Path | None,
        _option("--save-facts", help="Write what was found in the article (one article) as "
                     "a fact file to review; --force overwrites.", show_default=False),
    ] = None,
    show_article: Annotated[
        bool, _option("--show-article", help="Print the article with its figures marked by "
                      "status (table format).")
    ] = False,
    lang: LangOpt = None,
    dask: Annotated[
        str | None,
        _option("--dask", metavar="SCHEDULER", help="Check the files on a Dask cluster: the "
                "scheduler's address (tcp://host:8786), its scheduler file, or local (a cluster "
                "of this machine's cores, or of --jobs workers); the same output. Needs "
                "factcheck[dask].", show_default=False),
    ] = None,
) -> int:
    """Check the relations between the figures of articles or fact files; print every
    discrepancy."""
    return _run(
        "check", paths=list(paths or []), fmt=output_format.value if output_format else None,
        output_file=output_file, force=force, fail_on=fail_on.value if fail_on else None,
        show_info=show_info, series=series, config=config, isolated=isolated, select=select,
        ignore=ignore,
        statistics=statistics, stdin_filename=stdin_filename, encoding=encoding,
        max_file_size=max_file_size, article=article, jobs=jobs, show_checks=show_checks,
        save_facts=save_facts, show_article=show_article, lang=_lang(lang), dask=dask,
    )


@app.command()
def extract(
    article: Annotated[Path, _argument(help="The article: .txt or .md (Markdown), UTF-8.")],
    output: Annotated[
        Path | None,
        _option("--output", "-o", help="Write the draft fact file here (default: standard "
                     "output); article.text is made relative to it.", show_default=False),
    ] = None,
    force: Annotated[bool, _option("--force", help="Overwrite FILE if it exists.")] = False,
) -> int:
    """Draft a fact file from an article: every figure as a claim, with suggested checks."""
    from .extract import ExtractError, run_extract

    try:
        return run_extract(article, output, force, sys.stdout, sys.stderr)
    except ExtractError as err:
        raise RunError(err.message) from None


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
            raise RunError(Message(msg.BAD_ENV_FORMAT, value=repr(fmt), formats=", ".join(FORMATS)))
        settings.set("format", fmt, "environment FACTCHECK_FORMAT")
    typer.echo(f"config file: {settings.config_file or '(none)'}")
    for key in ("paths", "rounding", "fail_on", "select", "ignore", "per_file_ignores", "format",
                "show_info", "series", "max_file_size"):
        value = getattr(settings, key)
        shown = "(table on a terminal, concise when piped)" if value is None else value
        typer.echo(f"{key.replace('_', '-')}: {shown}    # {settings.source(key)}")
    return 0


@app.command()
def claims(
    paths: PathsArg = None,
    output_format: Annotated[
        ClaimsFormat, _option("--format", help="table (plain text when piped) or json.")
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
    click = sys.modules.get("click")  # its exceptions come only from code that imported it
    if click is not None:
        exits += (click.exceptions.Exit,)
        aborts += (click.exceptions.Abort,)
    return ClickException, exits, aborts


@app.command()
def explain(code: Annotated[str, _argument(help="A finding code such as FC301.")],
            lang: LangOpt = None) -> int:
    """Explain a finding code: what it checks, why it matters, an example."""
    from .rules import all_rules, rule

    found = rule(code)
    if found is None:
        codes = ", ".join(r.code for r in all_rules())
        raise RunError(Message(msg.UNKNOWN_CODE, code=repr(code), codes=codes))
    from .report.plain import SEVERITIES, word

    language = _lang(lang)
    t = msg.translation(language)
    kind = Message(msg.CHECK_KIND, kind=Message(found.kind)).render(language) + "\n\n" \
        if found.kind else ""
    head = Message(msg.EXPLAIN_HEAD, code=found.code, name=found.name, summary=t.gettext(found.summary),
                   severity=word(SEVERITIES, found.severity.value, language)).render(language)
    typer.echo(f"{head}\n\n{kind}{t.gettext(found.doc)}")
    return 0


@app.command()
def schema(
    output: Annotated[
        str, _option("--output", help="factfile (the fact-file format) or check-json "
                          "(the `check --format json` contract).")
    ] = "factfile",
) -> int:
    """Print a JSON Schema: the fact-file format (for editor completion) or the JSON output."""
    import json

    from .schema import factfile_schema, output_schema
    from .streams import is_unicode

    if output not in ("factfile", "check-json"):
        raise RunError(Message(msg.BAD_SCHEMA_OUTPUT, value=repr(output)))
    doc = factfile_schema() if output == "factfile" else output_schema()
    typer.echo(json.dumps(doc, ensure_ascii=not is_unicode(sys.stdout), indent=2))
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `factcheck` command; returns the exit code."""
    from .streams import GuardedOutput, prepare

    _state["lang"] = _early_lang(sys.argv[1:] if argv is None else argv)
    prepare(sys.stdout)
    prepare(sys.stderr)
    stdout = sys.stdout
    sys.stdout = GuardedOutput(stdout)  # type: ignore[assignment]
    try:
        return _main(argv)
    finally:
        sys.stdout = stdout


def _early_lang(argv: list[str]) -> str:
    """The language of help and errors, read before the command line is parsed (a bad value is
    reported by the command itself)."""
    option = None
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            option = argv[i + 1]
        elif arg.startswith("--lang="):
            option = arg.split("=", 1)[1]
    try:
        return msg.language(option)
    except ValueError:
        return msg.language(None)


def _say(message: Message | str) -> str:
    return render(message, str(_state["lang"]))


def _main(argv: list[str] | None) -> int:
    from .streams import OutputError

    click_error, exit_types, abort_types = _click_exceptions()
    try:
        args = sys.argv[1:] if argv is None else argv
        result = command(str(_state["lang"]), args)(args=argv, prog_name="factcheck",
                                                    standalone_mode=False)
        sys.stdout.flush()
    except exit_types as err:
        return err.exit_code
    except abort_types:
        print("factcheck: " + _say(Message(msg.ABORTED)), file=sys.stderr)
        return 2
    except click_error as err:
        err.show()
        return 2
    except (MessageError, OutputError) as err:
        print(f"factcheck: {_say(err.message)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("factcheck: " + _say(Message(msg.INTERRUPTED)), file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except Exception as err:
        if _state["debug"]:
            import traceback

            traceback.print_exc()
        print("factcheck: " + _say(Message(msg.INTERNAL_ERROR, error=f"{type(err).__name__}: {err}")),
              file=sys.stderr)
        return 2
    return result if isinstance(result, int) else 0

