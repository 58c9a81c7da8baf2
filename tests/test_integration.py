"""CI integration through the real command line: formats, config files, suppressions, stdin,
output files and the shipped pre-commit hooks."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

from factcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
FORMATS = ["table", "concise", "json", "jsonl", "github", "sarif", "junit"]

BROKEN_BREAKDOWN = """\
factcheck: 1
claims:
  total: {value: 27个}
  a: {value: 5个}
  b: {value: 23个}
checks:
  - {breakdown: total, parts: [a, b]}
"""
CLEAN = """\
factcheck: 1
claims:
  total: {value: 28个}
  a: {value: 5个}
  b: {value: 23个}
checks:
  - {breakdown: total, parts: [a, b]}
"""


def run(*args: str, cwd: Path | None = None, stdin: str | None = None, env: dict | None = None):
    """The installed command as a subprocess: (exit code, stdout, stderr)."""
    full_env = {**os.environ, "NO_COLOR": "1", **(env or {})}
    full_env.pop("FACTCHECK_FORMAT", None) if env is None or "FACTCHECK_FORMAT" not in env else None
    proc = subprocess.run([sys.executable, "-m", "factcheck", *args], cwd=cwd, input=stdin,
                          capture_output=True, text=True, env=full_env, timeout=60)
    assert "Traceback" not in proc.stderr + proc.stdout
    return proc.returncode, proc.stdout, proc.stderr


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


@pytest.mark.parametrize(("text", "expected"), [(BROKEN_BREAKDOWN, 1), (CLEAN, 0)])
def test_the_same_exit_code_in_every_format(tmp_path, text, expected):
    path = write(tmp_path / "facts" / "a.yaml", text)
    codes = {fmt: run("check", str(path), "--format", fmt, "--isolated")[0] for fmt in FORMATS}
    assert set(codes.values()) == {expected}, codes


def test_every_format_on_examples_parses(tmp_path):
    import xml.etree.ElementTree as ET

    out = {}
    for fmt in FORMATS:
        code, stdout, _ = run("check", "examples/", "--format", fmt, "--isolated", cwd=ROOT)
        assert code == 1
        out[fmt] = stdout
    json.loads(out["json"])
    lines = [json.loads(line) for line in out["jsonl"].splitlines()]
    assert {d["code"] for d in lines} >= {"FC101", "FC301", "FC601", "FC701"}
    ET.fromstring(out["junit"])
    sarif = json.loads(out["sarif"])
    assert sarif["version"] == "2.1.0"
    pattern = re.compile(r"^::(error|warning|notice) [^:]*::.*$")
    assert all(pattern.match(line) for line in out["github"].splitlines())


def test_config_in_a_parent_directory_changes_fail_on(tmp_path):
    facts = write(tmp_path / "project" / "deep" / "facts" / "a.yaml", CLEAN.replace(
        "  b: {value: 23个}", "  b: {value: 23个, ignore: [FC999]}"))
    cwd = facts.parent.parent
    assert run("check", "facts", cwd=cwd)[0] == 0  # only an unused-suppression warning
    write(tmp_path / "project" / ".factcheck.yaml", "fail-on: warning\n")
    code, out, _ = run("check", "facts", cwd=cwd)
    assert code == 1 and "FC014" in out
    assert run("check", "facts", "--isolated", cwd=cwd)[0] == 0
    code, out, _ = run("config", cwd=cwd)
    assert re.search(r"fail-on: warning\s+# .*\.factcheck\.yaml:1", out)


def test_pyproject_tool_section_is_a_config(tmp_path):
    write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n\n[tool.factcheck]\nfail-on = "never"\n')
    write(tmp_path / "facts" / "a.yaml", BROKEN_BREAKDOWN)
    assert run("check", cwd=tmp_path)[0] == 0
    _, out, _ = run("config", cwd=tmp_path)
    assert "fail-on: never" in out and "pyproject.toml:5" in out


@pytest.mark.parametrize(("name", "text", "line"), [
    (".factcheck.yaml", "rounding: up\nfail-onn: warning\n", 2),
    ("pyproject.toml", '[tool.factcheck]\nselect = ["FC3"]\n\nbogus = 1\n', 4),
])
def test_unknown_config_key_is_reported_at_its_line(tmp_path, name, text, line):
    write(tmp_path / name, text)
    write(tmp_path / "facts" / "a.yaml", CLEAN)
    code, _, err = run("check", cwd=tmp_path)
    assert code == 2
    assert f"{name}:{line}: unknown key" in err


def test_suppression_comment_and_unused_suppression(tmp_path):
    path = write(tmp_path / "a.yaml", BROKEN_BREAKDOWN.replace(
        "  total: {value: 27个}", "  total: {value: 27个}  # factcheck: ignore[FC301] overlap by design"
    ).replace("  a: {value: 5个}", "  a: {value: 5个}  # factcheck: ignore[FC201] stale"))
    code, out, _ = run("check", str(path), "--format", "json", "--isolated")
    doc = json.loads(out)
    assert [(f["code"], f["line"]) for f in doc["findings"]] == [("FC014", 4)]
    assert code == 0  # a warning does not fail the default --fail-on error


def test_stdin_with_a_filename(tmp_path):
    code, out, _ = run("check", "-", "--stdin-filename", "facts/draft.yaml", "--format", "concise",
                       "--isolated", stdin=BROKEN_BREAKDOWN, cwd=tmp_path)
    assert code == 1
    assert out.startswith("facts/draft.yaml:7:5: FC301 [error]")


def test_output_file_is_written_atomically_and_never_overwritten(tmp_path):
    path = write(tmp_path / "a.yaml", BROKEN_BREAKDOWN)
    report = tmp_path / "report.json"
    assert run("check", str(path), "--format", "json", "-o", str(report), "--isolated")[0] == 1
    first = report.read_text("utf-8")
    assert json.loads(first)["summary"]["errors"] == 1
    code, _, err = run("check", str(path), "--format", "json", "-o", str(report), "--isolated")
    assert code == 2 and "--force" in err
    assert report.read_text("utf-8") == first
    assert run("check", str(path), "-o", str(report), "--force", "--isolated")[0] == 1
    assert "FC301" in report.read_text("utf-8")


def test_factcheck_format_environment_variable(tmp_path):
    path = write(tmp_path / "a.yaml", BROKEN_BREAKDOWN)
    code, out, _ = run("check", str(path), "--isolated", env={"FACTCHECK_FORMAT": "jsonl"})
    assert code == 1 and json.loads(out.splitlines()[0])["code"] == "FC301"


def test_statistics(tmp_path):
    path = write(tmp_path / "a.yaml", BROKEN_BREAKDOWN)
    code, out, _ = run("check", str(path), "--statistics", "--isolated")
    assert code == 1
    assert re.match(r"^\s+1\tFC301\tbreakdown-mismatch$", out.splitlines()[0])


def test_a_file_checked_alone_finds_its_sibling_reference_file():
    code, out, _ = run("check", "examples/xuejia-2023-draft.yaml", "--isolated", cwd=ROOT)
    assert code == 1
    assert "FC007" not in out and "FC401" in out


def test_precommit_hooks_run_their_entry_as_precommit_would():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))
    assert {h["id"] for h in hooks} == {"factcheck-lint", "factcheck-check"}
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True).stdout
    candidates = tracked.splitlines() or [str(p.relative_to(ROOT)) for p in ROOT.rglob("*.yaml")]
    expected = {"factcheck-lint": 0, "factcheck-check": 1}
    for hook in hooks:
        assert hook["require_serial"] is True
        files = sorted(f for f in candidates if re.search(hook["files"], f))
        assert "facts/xuejia-2023.yaml" in files
        argv = shlex.split(hook["entry"])
        assert argv[0] == "factcheck"
        code, _, _ = run(*argv[1:], "--isolated", *files, cwd=ROOT)
        assert code == expected[hook["id"]], hook["id"]


def test_main_never_raises_on_bad_options(capsys):
    assert main(["check", "--format", "nope"]) == 2
    assert main(["check", "--fail-on", "sometimes"]) == 2


def test_sarif_from_the_command_line_validates_against_the_official_schema():
    import jsonschema

    schema = json.loads((ROOT / "tests" / "vendor" / "sarif-schema-2.1.0.json").read_text("utf-8"))
    _, out, _ = run("check", "examples/", "facts/", "--format", "sarif", "--isolated", cwd=ROOT)
    doc = json.loads(out)
    jsonschema.validators.validator_for(schema)(schema).validate(doc)
    results = doc["runs"][0]["results"]
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
    assert uris <= {"examples/xuejia-2023-draft.yaml", "facts/xuejia-2023.yaml"}
    rules = doc["runs"][0]["tool"]["driver"]["rules"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in results)


def test_jobs_give_the_same_output(tmp_path):
    folder = tmp_path / "facts"
    for i in range(40):
        text = BROKEN_BREAKDOWN if i % 3 == 0 else CLEAN
        # the same labelled figure in every file, so duplicates cross process boundaries
        text = text.replace("total: {value:", "total: {label: 项目总数, value:")
        write(folder / f"f{i:02d}.yaml", text)
    outputs = {}
    for jobs in ("1", "2"):
        code, out, _ = run("check", str(folder), "--format", "json", "--jobs", jobs, "--isolated")
        outputs[jobs] = (code, out)
    assert outputs["1"] == outputs["2"]
    doc = json.loads(outputs["1"][1])
    assert {f["code"] for f in doc["findings"]} == {"FC301", "FC901"}
