"""`factcheck check` and `factcheck explain` as a user runs them: exit codes, output shapes,
the JSON contract, the repository's own fact file, and no traceback ever."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from factcheck.checks import kinds
from factcheck.cli import main
from factcheck.rules import all_rules

ROOT = Path(__file__).resolve().parents[1]

CLEAN = """
factcheck: 1
claims:
  total: {value: 196家}
  new: {value: 43家}
  before: {value: 153家}
checks:
  - {id: s, stock: total, start: before, added: [new]}
"""

# line 8: the breakdown check; 5 + 19 + 6 = 30 ≠ 27
WITH_ERROR = """
factcheck: 1
claims:
  projects: {value: 27个}
  major: {value: 5个}
  industry: {value: 19个}
  service: {value: 6个}
checks:
  - {id: b, breakdown: projects, parts: [major, industry, service]}
"""

BAD_YAML = "factcheck: 1\nclaims:\n\tgdp: {value: 227.6亿元}\n"  # a tab: FC001

CONCISE = re.compile(
    r"^(?P<path>[^\s:][^:]*):(?P<line>\d+):(?P<col>\d+): (?P<code>FC\d{3}) "
    r"\[(?P<severity>error|warning|info)\] (?P<message>\S.*)$"
)

FINDING_KEYS = {
    "code", "name", "severity", "verdict", "headline", "message", "file", "line", "column",
    "end_line", "end_column", "check", "claims", "computed", "computed_text", "stated",
    "stated_text", "gap", "suggestions",
}
CLAIM_KEYS = {"id", "file", "line", "column", "label", "written", "quote", "interval"}
SUMMARY_KEYS = {
    "files", "invalid_files", "claims", "checks", "errors", "warnings", "infos", "untestable",
    "covered_claims", "testable_claims",
}
INTERVAL_KEYS = {"lo", "hi", "lo_closed", "hi_closed"}


def write(directory: Path, text: str, name: str = "fact.yaml") -> Path:
    path = directory / name
    path.parent.mkdir(parents=True, exist_ok=True)
    text = textwrap.dedent(text)
    path.write_text(text[1:] if text.startswith("\n") else text, encoding="utf-8")
    return path


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
    """cli(*args, cwd=None) → (exit code, stdout, stderr) of factcheck.cli.main."""

    def run(*args: str | os.PathLike[str], cwd: Path | None = None) -> tuple[int, str, str]:
        capsys.readouterr()
        with monkeypatch.context() as m:
            m.delenv("FACTCHECK_FORCE_TERMINAL", raising=False)
            if cwd is not None:
                m.chdir(cwd)
            code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def check_json(cli, *args: str | os.PathLike[str], cwd: Path | None = None
               ) -> tuple[int, dict[str, Any]]:
    code, out, err = cli("check", *args, "--format", "json", cwd=cwd)
    assert out, err
    return code, json.loads(out)


# --- exit codes -------------------------------------------------------------------------------

def test_exit_0_when_clean(cli, tmp_path: Path) -> None:
    path = write(tmp_path, CLEAN)
    code, out, _ = cli("check", path, "--format", "concise")
    assert code == 0
    assert out.splitlines()[-1].startswith("All checks passed!")
    code, doc = check_json(cli, path)
    assert code == 0 and doc["findings"] == []
    assert doc["summary"]["errors"] == 0


def test_exit_1_on_error_findings(cli, tmp_path: Path) -> None:
    path = write(tmp_path, WITH_ERROR)
    code, doc = check_json(cli, path)
    assert code == 1
    assert [f["code"] for f in doc["findings"]] == ["FC301"]
    code, out, _ = cli("check", path, "--format", "concise")
    assert code == 1
    assert out.splitlines()[-1].startswith("Found 1 error and 0 warnings.")


def test_exit_code_is_the_same_in_every_format(cli, tmp_path: Path) -> None:
    clean, bad = write(tmp_path, CLEAN, "clean.yaml"), write(tmp_path, WITH_ERROR, "bad.yaml")
    for fmt in ("table", "concise", "json"):
        assert cli("check", clean, "--format", fmt)[0] == 0
        assert cli("check", bad, "--format", fmt)[0] == 1


def test_invalid_file_fails_but_the_others_are_checked(cli, tmp_path: Path) -> None:
    d = tmp_path / "facts"
    write(d, BAD_YAML, "a_bad.yaml")
    write(d, WITH_ERROR, "b_good.yaml")
    code, doc = check_json(cli, d, cwd=tmp_path)
    assert code == 1
    by_file = {(Path(f["file"]).name, f["code"]) for f in doc["findings"]}
    assert by_file == {("a_bad.yaml", "FC001"), ("b_good.yaml", "FC301")}
    assert doc["summary"]["files"] == 2
    assert doc["summary"]["invalid_files"] == 1
    bad = next(f for f in doc["findings"] if f["code"] == "FC001")
    assert (bad["severity"], bad["verdict"], bad["line"]) == ("error", "problem", 3)


def test_invalid_file_fails_even_when_the_rest_is_clean(cli, tmp_path: Path) -> None:
    d = tmp_path / "facts"
    write(d, BAD_YAML, "a_bad.yaml")
    write(d, CLEAN, "b_clean.yaml")
    code, doc = check_json(cli, d, "--show-info")
    assert code == 1
    assert [f["code"] for f in doc["findings"]] == ["FC001"]
    assert doc["summary"]["checks"] == 1  # the clean file's check still ran
    # --fail-on never does not hide a file that could not be read
    assert cli("check", d, "--fail-on", "never", "--format", "json")[0] == 1


@pytest.mark.parametrize(("content", "code"), [
    (b"- 227.6\n- 5%\n", "FC008"),  # not a mapping
    (b"claims: {}\n", "FC008"),  # no `factcheck: 1`
    (b"\x00\x01\x02binary", "FC009"),
    ("factcheck: 1\nclaims:\n  gdp: {value: 227.6亿元}\n".encode("gb18030"), "FC009"),
])
def test_unreadable_or_foreign_files_are_problems_not_crashes(cli, tmp_path: Path,
                                                              content: bytes, code: str) -> None:
    path = tmp_path / "fact.yaml"
    path.write_bytes(content)
    exit_code, doc = check_json(cli, path)
    assert exit_code == 1
    assert [f["code"] for f in doc["findings"]] == [code]
    assert doc["summary"]["invalid_files"] == 1


def test_exit_2_for_a_missing_path(cli, tmp_path: Path) -> None:
    code, out, err = cli("check", tmp_path / "nothing.yaml", "--format", "json")
    assert code == 2
    assert out == ""
    assert "nothing.yaml" in err


def test_exit_2_for_an_empty_directory(cli, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.txt").write_text("not a fact file", encoding="utf-8")
    code, out, err = cli("check", tmp_path / "empty")
    assert code == 2
    assert out == ""
    assert "no fact file" in err


def test_exit_2_for_a_missing_default_directory(cli, tmp_path: Path) -> None:
    code, _, err = cli("check", cwd=tmp_path)  # default: facts/
    assert code == 2 and "facts" in err


@pytest.mark.parametrize("option", [["--format", "xml"], ["--fail-on", "sometimes"],
                                    ["--no-such-option"]])
def test_exit_2_for_bad_options(cli, tmp_path: Path, option: list[str]) -> None:
    path = write(tmp_path, CLEAN)
    assert cli("check", path, *option)[0] == 2


def test_fail_on_levels(cli, tmp_path: Path) -> None:
    warning = write(tmp_path, """
        factcheck: 1
        claims:
          target: {value: 预计30个}
        checks:
          - {expect: "target <= 20"}
    """, "warning.yaml")
    assert cli("check", warning, "--format", "json")[0] == 0
    assert cli("check", warning, "--format", "json", "--fail-on", "warning")[0] == 1
    error = write(tmp_path, WITH_ERROR, "error.yaml")
    assert cli("check", error, "--format", "json", "--fail-on", "never")[0] == 0


# --- explain ----------------------------------------------------------------------------------

KINDS = kinds()
RULES = [(rule.code, rule.name, kind.kind) for kind in KINDS for rule in kind.rules]
PROBLEMS = {r.code: r for r in all_rules() if re.fullmatch(r"FC0[0-4]\d", r.code)}


def test_every_check_kind_has_rules_with_stable_codes() -> None:
    codes = [code for code, _, _ in RULES]
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"FC[1-9]\d\d", c) for c in codes)
    assert {k.kind for k in KINDS} == {"growth", "share", "breakdown", "multiple", "stock-flow",
                                       "average", "enumeration", "feasibility", "expression",
                                       "duplicate", "within", "composition", "contribution",
                                       "points", "period-sum"}


@pytest.mark.parametrize(("code", "name", "kind"), RULES)
def test_explain_check_codes(cli, code: str, name: str, kind: str) -> None:
    exit_code, out, err = cli("explain", code)
    assert exit_code == 0, err
    assert out.startswith(f"{code} {name} (")
    assert kind in out
    for section in ("## What it checks", "## Why it matters", "## Example"):
        assert section in out


@pytest.mark.parametrize("code", sorted(PROBLEMS))
def test_explain_problem_codes(cli, code: str) -> None:
    exit_code, out, _ = cli("explain", code)
    assert exit_code == 0
    p = PROBLEMS[code]
    assert out.startswith(f"{code} {p.name} ({p.severity.value})")
    assert "## Example" in out


@pytest.mark.parametrize(("code", "name"), [("FC050", "untestable"), ("FC051", "not-comparable")])
def test_explain_common_codes(cli, code: str, name: str) -> None:
    exit_code, out, _ = cli("explain", code)
    assert exit_code == 0
    assert out.startswith(f"{code} {name}")


def test_explain_is_case_insensitive_and_rejects_unknown_codes(cli) -> None:
    assert cli("explain", "fc301")[1].startswith("FC301 breakdown-mismatch")
    code, out, err = cli("explain", "FC999")
    assert code == 2 and out == "" and "FC999" in err


def test_every_emitted_code_is_explained(cli, tmp_path: Path) -> None:
    # The codes a run emits are among those `explain` knows.
    known = {c for c, _, _ in RULES} | set(PROBLEMS) | {"FC050", "FC051"}
    path = write(tmp_path, """
        factcheck: 1
        claims:
          gdp: {value: 227.6亿元, growth: 5%, basis: real, previous: prev}
          prev: {value: 210.3亿元}
          good_air: {value: 86%}
          hitech: {value: 258.8亿元}
          industry: {value: 527.7亿元}
        checks:
          - {feasible: good_air, of: 365天}
          - {share: hitech, of: industry}
          - {expect: "gdp = prev"}
    """)
    _, doc = check_json(cli, path, "--show-info")
    emitted = {f["code"] for f in doc["findings"]}
    assert emitted == {"FC051", "FC050", "FC203", "FC012"}
    assert emitted <= known


# --- output shapes ----------------------------------------------------------------------------

def test_concise_line_shape(cli, tmp_path: Path) -> None:
    write(tmp_path, WITH_ERROR)
    code, out, _ = cli("check", "fact.yaml", "--format", "concise", cwd=tmp_path)
    assert code == 1
    *lines, summary = out.splitlines()
    assert len(lines) == 1
    m = CONCISE.match(lines[0])
    assert m, lines[0]
    assert (m["path"], m["line"], m["col"], m["code"], m["severity"]) == (
        "fact.yaml", "8", "5", "FC301", "error")
    assert summary.startswith("Found 1 error and 0 warnings.")


def test_concise_lines_for_every_severity(cli, tmp_path: Path) -> None:
    write(tmp_path, """
        factcheck: 1
        claims:
          projects: {value: 27个}
          major: {value: 5个}
          industry: {value: 19个}
          service: {value: 6个}
          target: {value: 预计30个}
          gdp: {value: 227.6亿元, growth: 5%}
        checks:
          - {breakdown: projects, parts: [major, industry, service]}
          - {expect: "target <= 20"}
    """)
    code, out, _ = cli("check", "fact.yaml", "--format", "concise", "--show-info", cwd=tmp_path)
    assert code == 1
    *lines, summary = out.splitlines()
    parsed = [CONCISE.match(line) for line in lines]
    assert all(parsed), lines
    assert [(m["line"], m["code"], m["severity"]) for m in parsed] == [
        ("8", "FC102", "info"), ("10", "FC301", "error"), ("11", "FC801", "warning")]
    assert summary.startswith("Found 1 error and 1 warning.")
    # without --show-info the info line is hidden
    _, out, _ = cli("check", "fact.yaml", "--format", "concise", cwd=tmp_path)
    assert "FC102" not in out


def test_table_format_when_piped_has_details(cli, tmp_path: Path) -> None:
    write(tmp_path, WITH_ERROR)
    code, out, _ = cli("check", "fact.yaml", "--format", "table", cwd=tmp_path)
    assert code == 1
    first = out.splitlines()[0]
    assert CONCISE.match(first)
    assert "computed: 30个" in out and "stated: 27个" in out
    assert "\x1b[" not in out  # no colour when not on a terminal


def test_json_document_shape(cli, tmp_path: Path) -> None:
    path = write(tmp_path, WITH_ERROR)
    _, doc = check_json(cli, path, "--show-info")
    assert set(doc) == {"version", "summary", "findings", "repairs"}  # the breakdown alone: its repairs
    assert doc["version"] == 1
    assert set(doc["summary"]) >= SUMMARY_KEYS
    assert all(isinstance(doc["summary"][k], int) for k in SUMMARY_KEYS)
    [f] = doc["findings"]
    assert set(f) >= FINDING_KEYS
    assert (f["code"], f["name"], f["severity"], f["verdict"], f["headline"]) == (
        "FC301", "breakdown-mismatch", "error", "fail", False)
    assert (f["line"], f["column"], f["check"]) == (8, 5, "b")
    assert f["end_line"] is None and f["end_column"] is None
    assert set(f["computed"]) == INTERVAL_KEYS and set(f["stated"]) == INTERVAL_KEYS
    assert f["computed"] == {"lo": "30", "hi": "30", "lo_closed": True, "hi_closed": True}
    assert f["stated"] == {"lo": "27", "hi": "27", "lo_closed": True, "hi_closed": True}
    assert (f["computed_text"], f["stated_text"]) == ("30个", "27个")
    assert f["gap"]["absolute"] == "3"
    assert Fraction(f["gap"]["relative"]) == Fraction("0.111111")
    assert isinstance(f["suggestions"], list) and all(isinstance(s, str)
                                                      for s in f["suggestions"])
    assert [c["id"] for c in f["claims"]] == ["major", "industry", "service", "projects"]
    for c in f["claims"]:
        assert set(c) >= CLAIM_KEYS
        assert set(c["interval"]) == INTERVAL_KEYS
    major = f["claims"][0]
    assert (major["line"], major["column"], major["written"]) == (4, 3, "5个")


def test_json_validates_against_the_shipped_schema(cli, tmp_path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema_path = ROOT / "src" / "factcheck" / "data" / "check-output.schema.json"
    if not schema_path.exists():
        pytest.skip("no shipped schema")
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    d = tmp_path / "facts"
    write(d, BAD_YAML, "bad.yaml")
    write(d, WITH_ERROR, "error.yaml")
    write(d, """
        factcheck: 1
        claims:
          gdp: {value: 227.6亿元, growth: 5%}
          good_air: {value: 86%}
          part: {value: 超1万个}
          whole: {value: 4000余个}
        checks:
          - {feasible: good_air, of: 365天}
          - {share: part, of: whole}
    """, "info.yaml")
    _, doc = check_json(cli, d, "--show-info")
    assert {f["code"] for f in doc["findings"]} >= {"FC001", "FC301", "FC102", "FC050", "FC202"}
    jsonschema.validate(doc, schema)


# --- the repository's own fact file -----------------------------------------------------------

def test_repository_facts_show_the_project_breakdown_and_no_other_error(cli) -> None:
    code, doc = check_json(cli, "facts/", cwd=ROOT)
    assert code == 1
    errors = [f for f in doc["findings"] if f["severity"] == "error"]
    assert [(f["code"], f["check"]) for f in errors] == [("FC301", "projects_breakdown")]
    [f] = errors
    assert f["file"] == "facts/xuejia-2023.yaml"
    assert f["computed"] == {"lo": "30", "hi": "30", "lo_closed": True, "hi_closed": True}
    assert f["stated"] == {"lo": "27", "hi": "27", "lo_closed": True, "hi_closed": True}
    assert "overlap" in f["message"]
    assert doc["summary"]["invalid_files"] == 0
    assert doc["summary"]["errors"] == 1


def test_repository_facts_concise(cli) -> None:
    code, out, _ = cli("check", "facts/", "--format", "concise", cwd=ROOT)
    assert code == 1
    errors = [m for m in map(CONCISE.match, out.splitlines()) if m and m["severity"] == "error"]
    assert [(m["path"], m["code"]) for m in errors] == [("facts/xuejia-2023.yaml", "FC301")]


# --- a separate process never shows a traceback -----------------------------------------------

def _module(*args: str | os.PathLike[str], cwd: Path) -> tuple[int, str, str]:
    env = dict(os.environ)
    env.pop("FACTCHECK_FORCE_TERMINAL", None)
    env["PYTHONIOENCODING"] = "utf-8"
    env["NO_COLOR"] = "1"
    proc = subprocess.run([sys.executable, "-m", "factcheck", *[str(a) for a in args]],
                          cwd=cwd, capture_output=True, text=True, encoding="utf-8", env=env,
                          timeout=60)
    return proc.returncode, proc.stdout, proc.stderr


def test_subprocess_never_prints_a_traceback(tmp_path: Path) -> None:
    d = tmp_path / "facts"
    write(d, BAD_YAML, "a_bad.yaml")
    write(d, WITH_ERROR, "b_error.yaml")
    (d / "c_binary.yaml").write_bytes(b"\x00\xff\xfe")
    write(d, """
        factcheck: 1
        claims:
          gdp: {value: 十四五}
          x: {value: 12个, same_as: nowhere}
        checks:
          - {expect: "x = x"}
          - {share: missing, of: x}
          - {breakdown: x, parts: []}
    """, "d_problems.yaml")
    runs = {
        "mixed": (_module("check", "facts", "--format", "concise", "--show-info", cwd=tmp_path), 1),
        "missing": (_module("check", "nothing", cwd=tmp_path), 2),
        "repository": (_module("check", "facts/", "--format", "json", cwd=ROOT), 1),
    }
    for name, ((code, out, err), expected) in runs.items():
        assert "Traceback" not in out + err, (name, err)
        assert code == expected, (name, code, err)
    mixed_out = runs["mixed"][0][1]
    assert "FC001" in mixed_out and "FC301" in mixed_out and "FC009" in mixed_out
    assert json.loads(runs["repository"][0][1])["version"] == 1


def test_json_with_checks_validates_against_the_shipped_schema(tmp_path: Path) -> None:
    """--show-checks adds the top-level checks array: articles (stated, linked), fact files
    (written, implied) and series links all validate."""
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((ROOT / "src" / "factcheck" / "data" / "check-output.schema.json")
                        .read_text(encoding="utf-8"))
    for args in (["facts/xuejia-2023.txt"], ["examples/xuejia-2022.yaml", "facts/xuejia-2023.yaml"],
                 ["examples/"]):
        proc = subprocess.run([sys.executable, "-m", "factcheck", "check", "--isolated", "--format",
                               "json", "--show-checks", *args], cwd=ROOT, capture_output=True,
                              text=True, encoding="utf-8")
        doc = json.loads(proc.stdout)
        assert doc["checks"], args
        jsonschema.validate(doc, schema)
