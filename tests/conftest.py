"""Shared fixtures: fact files in a temporary directory and ways to run the command line."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from helpers import Run, run_check, write

from factcheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
FACTS = ROOT / "facts"

# `PYTHONPATH=src pytest` puts a tree's src first, but the tests that run `python -m factcheck`
# in another directory (tmp_path) would find nothing at a relative src and import whichever
# factcheck is installed instead: make the entries absolute so that they test the same tree.
if os.environ.get("PYTHONPATH"):
    os.environ["PYTHONPATH"] = os.pathsep.join(
        os.path.abspath(entry) if entry else entry for entry in os.environ["PYTHONPATH"].split(os.pathsep))

CliResult = tuple[int, str, str]


def _dedent(text: str) -> str:
    """Dedent a triple-quoted YAML text; a single leading newline is dropped, so that
    ``\"\"\"\\nfactcheck: 1`` puts ``factcheck: 1`` on line 1."""
    text = textwrap.dedent(text)
    return text[1:] if text.startswith("\n") else text


@pytest.fixture
def write_fact(tmp_path: Path) -> Callable[..., Path]:
    """write_fact(text, name="fact.yaml") → the Path of a file holding ``text`` in tmp_path.

    ``text`` may be a str (dedented, written as UTF-8) or bytes (written as they are).
    """

    def write(text: str | bytes, name: str = "fact.yaml") -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(_dedent(text), encoding="utf-8")
        return path

    return write


@pytest.fixture
def run_cli(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Callable[..., CliResult]:
    """run_cli(args, cwd=None, input=None) → (exit code, stdout, stderr) of factcheck.cli.main."""

    def run(
        args: Sequence[str | os.PathLike[str]], cwd: Path | None = None, input: str | None = None
    ) -> CliResult:
        capsys.readouterr()  # drop anything printed before the run
        with monkeypatch.context() as m:
            m.delenv("FACTCHECK_FORCE_TERMINAL", raising=False)
            if cwd is not None:
                m.chdir(cwd)
            if input is not None:
                m.setattr(sys, "stdin", io.StringIO(input))
            code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def _run_module(
    args: Sequence[str | os.PathLike[str]],
    cwd: Path | None = None,
    input: str | None = None,
    timeout: float = 60,
) -> CliResult:
    env = dict(os.environ)
    env.pop("FACTCHECK_FORCE_TERMINAL", None)
    env["PYTHONIOENCODING"] = "utf-8"
    env["NO_COLOR"] = "1"
    proc = subprocess.run(
        [sys.executable, "-m", "factcheck", *[str(a) for a in args]],
        cwd=cwd,
        input=input,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=timeout,
    )
    return proc.returncode, proc.stdout, proc.stderr


@pytest.fixture
def run_module() -> Callable[..., CliResult]:
    """run_module(args, cwd=None, input=None) → (exit code, stdout, stderr) of
    ``python -m factcheck`` run as a separate process."""
    return _run_module


@pytest.fixture(autouse=True)
def _only_registered_codes(monkeypatch: pytest.MonkeyPatch):
    """Every finding any run reports carries a code declared in the rule registry."""
    from factcheck.rules import registered
    from factcheck.run.files import FileWork

    unregistered: list[str] = []
    finish = FileWork.finish

    def checked_finish(self, *args, **kwargs):
        report = finish(self, *args, **kwargs)
        unregistered.extend(f.code for f in report.findings if not registered(f.code))
        return report

    monkeypatch.setattr(FileWork, "finish", checked_finish)
    yield
    assert not unregistered, f"findings with undeclared codes: {sorted(set(unregistered))}"


@pytest.fixture
def check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Callable[..., Run]:
    """check(yaml_text, *options) → Run of `factcheck check FILE --format json --show-info`.

    ``check.paths(paths, *options)`` checks files already written; ``check.dir`` is where
    ``check`` writes its file (``fact.yaml`` unless ``name=`` says otherwise).
    """

    def run(text: str, *options: str, name: str = "fact.yaml") -> Run:
        path = write(tmp_path, text, name)
        return run_paths([path], *options)

    def run_paths(paths: list[Path], *options: str) -> Run:
        return run_check(paths, capsys, *options)

    run.paths = run_paths  # type: ignore[attr-defined]
    run.dir = tmp_path  # type: ignore[attr-defined]
    return run


@pytest.fixture
def check_findings(run_cli, write_fact) -> Callable[[str], tuple[int, list[dict[str, Any]]]]:
    """check_findings(yaml_text) → (exit code, findings) of
    `factcheck check FILE --isolated --format json --show-info`, never with a traceback."""

    def run(text: str) -> tuple[int, list[dict[str, Any]]]:
        path = write_fact(text)
        code, out, err = run_cli(["check", path, "--isolated", "--format", "json", "--show-info"])
        assert "Traceback" not in err
        return code, json.loads(out)["findings"]

    return run


@pytest.fixture
def lint(run_cli, write_fact, tmp_path: Path):
    """lint(text) → (exit code, ["line:col: CODE [severity] message", …]) of `factcheck lint`."""

    def run(text: str, *args: str) -> tuple[int, list[str]]:
        write_fact(text)
        code, out, err = run_cli(["lint", "--isolated", *args, "fact.yaml"], cwd=tmp_path)
        assert "Traceback" not in out + err
        lines = [line.removeprefix("fact.yaml:") for line in out.splitlines()
                 if line.startswith("fact.yaml:")]
        return code, lines

    return run


@pytest.fixture
def article(run_cli, tmp_path: Path):
    """article(text) → (exit code, JSON document with --show-checks) of checking the text."""

    def run(text: str) -> tuple[int, dict]:
        path = tmp_path / "news.txt"
        path.write_text(text, encoding="utf-8")
        code, out, err = run_cli(["check", "--isolated", "--format", "json", "--show-checks",
                                  path.name], cwd=tmp_path)
        assert err == "", err
        return code, json.loads(out)

    return run


@pytest.fixture(scope="module")
def browser():
    """Headless Chromium for the page tests (test_html_report's BROWSER and ARGS), one per module."""
    from playwright.sync_api import sync_playwright
    from test_html_report import ARGS, BROWSER

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=BROWSER, args=ARGS)
        yield b
        b.close()
