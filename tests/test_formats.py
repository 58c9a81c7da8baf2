"""The CI formats (github, sarif, junit), fed hand-made findings directly."""

from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ET
from fractions import Fraction
from pathlib import Path
from urllib.parse import unquote

import jsonschema
import pytest

from factcheck.display import PERCENT
from factcheck.findings import ClaimRef, Severity
from factcheck.findings import Finding as _Finding
from factcheck.interval import Interval
from factcheck.messages import Message, Shown
from factcheck.report.base import Reporter, RunInfo
from factcheck.report.formats.github import GithubReporter
from factcheck.report.formats.junit import PASSED, JunitReporter
from factcheck.report.formats.sarif import SarifReporter
from factcheck.rules import all_rules
from factcheck.summary import RunSummary


def Finding(code, name, severity, message, *args, suggestions=(), **kwargs):
    """A finding made by hand, its message and suggestions given as plain text."""
    return _Finding(code, name, severity, Message(message), *args,
                    advice=[Message(s) for s in suggestions], **kwargs)

SCHEMA = Path(__file__).resolve().parent / "vendor" / "sarif-schema-2.1.0.json"

TRICKY = "50% of a, b: c\nsecond line\r\nthird"

COMMAND = re.compile(r"^::(error|warning|notice) ([A-Za-z]+=[^,:]*(,[A-Za-z]+=[^,:]*)*)?::(.*)$")


def _findings() -> list[Finding]:
    claim_a = ClaimRef("gdp", "facts/city/a.yaml", 3, 3, written="227.6亿元",
                       interval=Interval(Fraction(22755000000), Fraction(22765000000)))
    claim_b = ClaimRef("gdp_2022", "facts/city/b.yaml", 7, 5, written="216.8亿元")
    return [
        Finding("FC101", "growth-mismatch", Severity.ERROR, "the levels give 4.98%, stated 6%",
                "facts/city/a.yaml", line=12, column=5, check="gdp_growth",
                claims=[claim_a, claim_b],
                computed=Interval(Fraction(498, 10000), Fraction(499, 10000)),
                computed_shown=Shown(Interval.point(Fraction(498, 10000)), PERCENT),
                stated=Interval.point(Fraction(6, 100)),
                stated_shown=Shown(Interval.point(Fraction(6, 100)), PERCENT),
                gap={"absolute": "0.0101", "relative": "0.17", "shown": "1.01个百分点"},
                suggestions=["gdp would need 229.8亿元 (stated 227.6亿元)", "growth: 5%?"],
                headline=True, verdict="fail"),
        # the same code and line twice: JUnit names must still be unique
        Finding("FC101", "growth-mismatch", Severity.ERROR, "another growth on line 12",
                "facts/city/a.yaml", line=12, column=20, verdict="fail"),
        Finding("FC014", "unused-suppression", Severity.WARNING, TRICKY, "facts/city/a.yaml",
                line=20, column=7, end_line=20, end_column=19),
        Finding("FC003", "unknown-field", Severity.ERROR, "spans lines 30 to 32", "facts/b.yaml",
                line=30, column=3, end_line=32, end_column=4),
        Finding("FC203", "share-computed", Severity.INFO, "share is 45%", "facts/b.yaml",
                line=40, column=1, verdict="derived"),
    ]


def _run(cls: type[Reporter], root: Path, findings: list[Finding] | None = None,
         files: list[str] | None = None) -> str:
    out = io.StringIO()
    files = files if files is not None else ["facts/city/a.yaml", "facts/b.yaml", "facts/clean.yaml"]
    reporter = cls(out, RunInfo("check", "0.1.0", root, files))
    reporter.start()
    for f in _findings() if findings is None else findings:
        reporter.finding(f)
    reporter.end(RunSummary(files=3, claims=10, checks=4, errors=3, warnings=1, infos=1,
                            exit_code=1))
    return out.getvalue()


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository root that is also the working directory (as in CI)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    return tmp_path


# --- github --------------------------------------------------------------------------------------


def _unescape(text: str) -> str:
    return (text.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",")
            .replace("%25", "%"))


def _parse(line: str) -> tuple[str, dict[str, str], str]:
    m = COMMAND.match(line)
    assert m, line
    props = {}
    if m.group(2):
        for pair in m.group(2).split(","):
            key, _, value = pair.partition("=")
            props[key] = _unescape(value)
    return m.group(1), props, _unescape(m.group(4))


def test_github_one_workflow_command_per_finding(root):
    out = _run(GithubReporter, root)
    lines = out.splitlines()
    assert out.endswith("\n")
    assert len(lines) == len(_findings())  # nothing else on stdout
    parsed = [_parse(line) for line in lines]
    assert [p[0] for p in parsed] == ["error", "error", "warning", "error", "notice"]
    _, props, message = parsed[0]
    assert list(props) == ["file", "line", "col", "title"]
    assert props == {"file": "facts/city/a.yaml", "line": "12", "col": "5",
                     "title": "FC101 growth-mismatch"}
    assert message == ("the levels give 4.98%, stated 6%\ngdp would need 229.8亿元 (stated 227.6亿元)"
                       "\ngrowth: 5%?")
    assert lines[0] == ("::error file=facts/city/a.yaml,line=12,col=5,title=FC101 growth-mismatch::"
                        "the levels give 4.98%25, stated 6%25%0Agdp would need 229.8亿元 "
                        "(stated 227.6亿元)%0Agrowth: 5%25?")


def test_github_escaping_round_trips(root):
    out = _run(GithubReporter, root)
    line = out.splitlines()[2]
    assert line == ("::warning file=facts/city/a.yaml,line=20,col=7,endLine=20,endColumn=19,"
                    "title=FC014 unused-suppression::50%25 of a, b: c%0Asecond line%0D%0Athird")
    _, props, message = _parse(line)
    assert message == TRICKY
    assert props["endLine"] == "20" and props["endColumn"] == "19"


def test_github_escapes_properties(root):
    odd = Finding("FC001", "yaml-syntax", Severity.ERROR, "m", "facts/a,b:c%d.yaml", line=2)
    line = _run(GithubReporter, root, [odd]).splitlines()[0]
    assert line.startswith("::error file=facts/a%2Cb%3Ac%25d.yaml,line=2,col=1,")
    assert _parse(line)[1]["file"] == "facts/a,b:c%d.yaml"


def test_github_multiline_span_has_no_columns(root):
    line = _run(GithubReporter, root).splitlines()[3]
    _, props, _ = _parse(line)
    assert props == {"file": "facts/b.yaml", "line": "30", "endLine": "32",
                     "title": "FC003 unknown-field"}
    assert "col=" not in line and "endColumn=" not in line


def test_github_paths_are_relative_to_the_root(root, monkeypatch):
    (root / "sub").mkdir()
    monkeypatch.chdir(root / "sub")
    f = Finding("FC001", "yaml-syntax", Severity.ERROR, "m", "facts/x.yaml")
    _, props, _ = _parse(_run(GithubReporter, root, [f]).splitlines()[0])
    assert props["file"] == "sub/facts/x.yaml"


def test_github_step_summary_is_appended(root, monkeypatch):
    summary = root / "summary.md"
    summary.write_text("# Earlier step\n\nkept\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    out = _run(GithubReporter, root)
    assert len(out.splitlines()) == len(_findings())
    text = summary.read_text("utf-8")
    assert text.startswith("# Earlier step\n\nkept\n")
    added = text[len("# Earlier step\n\nkept\n"):]
    assert "## factcheck check" in added
    assert "| error | 3 |" in added and "| warning | 1 |" in added and "| info | 1 |" in added
    assert "| FC101 | growth-mismatch | error | 2 |" in added
    assert "| facts/city/a.yaml:12 | FC101 | error | the levels give 4.98%, stated 6% |" in added
    assert "50% of a, b: c<br>second line<br>third" in added  # one table row per finding
    # a second run appends again
    _run(GithubReporter, root)
    assert summary.read_text("utf-8").count("## factcheck check") == 2


def test_github_step_summary_lists_at_most_50(root, monkeypatch):
    summary = root / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    many = [Finding("FC801", "expression-false", Severity.ERROR, f"m{i} | x", "f.yaml", line=i + 1)
            for i in range(60)]
    _run(GithubReporter, root, many)
    text = summary.read_text("utf-8")
    assert "First 50 of 60 findings" in text
    assert "| f.yaml:50 |" in text and "| f.yaml:51 |" not in text
    assert "m0 \\| x" in text


# --- sarif ---------------------------------------------------------------------------------------


def _sarif(root: Path, findings: list[Finding] | None = None) -> dict:
    return json.loads(_run(SarifReporter, root, findings))


def test_sarif_validates_against_the_official_schema(root):
    schema = json.loads(SCHEMA.read_text("utf-8"))
    validator_cls = jsonschema.validators.validator_for(schema)
    assert validator_cls is jsonschema.Draft7Validator
    validator_cls.check_schema(schema)
    validator = validator_cls(schema)
    for findings in (None, []):
        doc = _sarif(root, findings)
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(doc)]
        assert errors == []


def test_sarif_rules_and_results(root):
    doc = _sarif(root)
    assert doc["version"] == "2.1.0"
    assert doc["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    (run,) = doc["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "factcheck" and driver["version"] == "0.1.0"
    rules = driver["rules"]
    assert [r["id"] for r in rules] == [r.code for r in all_rules()]
    levels = {"error": "error", "warning": "warning", "info": "note"}
    for r, doc_rule in zip(rules, all_rules(), strict=True):
        assert r["name"] == doc_rule.name
        assert r["shortDescription"]["text"] == doc_rule.summary
        assert r["help"]["markdown"] == doc_rule.doc
        assert r["defaultConfiguration"]["level"] == levels[doc_rule.severity.value]
    results = run["results"]
    assert len(results) == len(_findings())
    ids = [r["id"] for r in rules]
    for res in results:
        assert res["ruleId"] in ids
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"]
        loc = res["locations"][0]["physicalLocation"]["artifactLocation"]
        assert loc["uriBaseId"] == "%SRCROOT%"
        assert not loc["uri"].startswith("/") and ":" not in loc["uri"]
        assert res["partialFingerprints"]
    assert [r["level"] for r in results] == ["error", "error", "warning", "error", "note"]
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == root.absolute().as_uri() + "/"


def test_sarif_result_details(root):
    results = _sarif(root)["runs"][0]["results"]
    first = results[0]
    assert first["message"]["text"].splitlines() == [
        "the levels give 4.98%, stated 6%", "gdp would need 229.8亿元 (stated 227.6亿元)", "growth: 5%?"]
    assert first["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "facts/city/a.yaml"
    assert first["locations"][0]["physicalLocation"]["region"] == {"startLine": 12, "startColumn": 5}
    related = first["relatedLocations"]
    assert [r["message"]["text"] for r in related] == ["claim gdp: 227.6亿元", "claim gdp_2022: 216.8亿元"]
    assert related[1]["physicalLocation"]["artifactLocation"]["uri"] == "facts/city/b.yaml"
    assert related[1]["physicalLocation"]["region"] == {"startLine": 7, "startColumn": 5}
    props = first["properties"]
    assert props["verdict"] == "fail" and props["headline"] is True
    assert props["computed"] == {"lo": "0.0498", "hi": "0.0499", "lo_closed": True, "hi_closed": True}
    assert props["stated"]["lo"] == "0.06"
    multi = results[3]["locations"][0]["physicalLocation"]["region"]
    assert multi == {"startLine": 30, "startColumn": 3, "endLine": 32, "endColumn": 4}
    assert results[2]["message"]["text"] == TRICKY


def test_sarif_fingerprints_are_stable_and_distinct(root, monkeypatch):
    first = [r["partialFingerprints"] for r in _sarif(root)["runs"][0]["results"]]
    assert len({json.dumps(p, sort_keys=True) for p in first}) == len(first)
    # the same findings seen from a subdirectory (paths relative to it) fingerprint the same
    (root / "facts").mkdir()
    monkeypatch.chdir(root / "facts")
    moved = [Finding(f.code, f.name, f.severity, f.message, f.file.removeprefix("facts/"),
                     line=f.line + 1) for f in _findings()]
    again = [r["partialFingerprints"] for r in _sarif(root, moved)["runs"][0]["results"]]
    assert again == first


def test_sarif_uri_of_unusual_paths(root):
    f = Finding("FC001", "yaml-syntax", Severity.ERROR, "m", "facts/新 闻 #1.yaml")
    uri = _sarif(root, [f])["runs"][0]["results"][0]["locations"][0]["physicalLocation"][
        "artifactLocation"]["uri"]
    assert " " not in uri and "#" not in uri
    assert unquote(uri) == "facts/新 闻 #1.yaml"


def test_sarif_unknown_code_gets_a_rule(root):
    f = Finding("FC999", "made-up", Severity.WARNING, "m", "f.yaml")
    run = _sarif(root, [f])["runs"][0]
    res = run["results"][0]
    assert run["tool"]["driver"]["rules"][res["ruleIndex"]]["id"] == "FC999"


# --- junit ---------------------------------------------------------------------------------------


def test_junit_structure_and_counts(root):
    out = _run(JunitReporter, root)
    assert out.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    tree = ET.fromstring(out.encode("utf-8"))
    assert tree.tag == "testsuites" and tree.get("name") == "factcheck"
    assert (tree.get("tests"), tree.get("failures"), tree.get("errors")) == ("6", "4", "0")
    suites = {s.get("name"): s for s in tree.findall("testsuite")}
    assert list(suites) == ["facts/city/a.yaml", "facts/b.yaml", "facts/clean.yaml"]
    for suite in suites.values():
        cases = suite.findall("testcase")
        names = [c.get("name") for c in cases]
        assert len(names) == len(set(names))
        assert suite.get("tests") == str(len(cases))
        assert suite.get("failures") == str(sum(c.find("failure") is not None for c in cases))
        assert all(c.get("classname") == suite.get("name") for c in cases)
    a = suites["facts/city/a.yaml"].findall("testcase")
    assert [c.get("name") for c in a] == [
        "FC101 growth-mismatch line 12", "FC101 growth-mismatch line 12 #2",
        "FC014 unused-suppression line 20"]
    failure = a[0].find("failure")
    assert failure.get("type") == "FC101"
    assert failure.get("message") == "the levels give 4.98%, stated 6%"
    assert "claim gdp at facts/city/a.yaml:3: 227.6亿元" in failure.text
    assert "computed: 4.98%" in failure.text and "stated: 6%" in failure.text
    assert "gap: 1.01个百分点" in failure.text
    assert "suggestion: growth: 5%?" in failure.text
    assert a[2].find("failure").get("message") == TRICKY  # CR and LF escaped in the attribute
    b = suites["facts/b.yaml"].findall("testcase")
    info = b[1]
    assert info.find("failure") is None and info.find("skipped") is None
    assert info.find("system-out").text.startswith("share is 45%")
    (clean,) = suites["facts/clean.yaml"].findall("testcase")
    assert clean.get("name") == PASSED and len(clean) == 0
    assert suites["facts/clean.yaml"].get("failures") == "0"


def test_junit_without_findings_and_with_odd_text(root):
    tree = ET.fromstring(_run(JunitReporter, root, [], files=["x.yaml"]))
    assert (tree.get("tests"), tree.get("failures")) == ("1", "0")
    odd = Finding("FC001", "yaml-syntax", Severity.ERROR, "bad \x00 byte <&>", "unlisted.yaml")
    tree = ET.fromstring(_run(JunitReporter, root, [odd], files=[]))
    (suite,) = tree.findall("testsuite")
    assert suite.get("name") == "unlisted.yaml"
    assert suite.find("testcase/failure").get("message") == "bad \ufffd byte <&>"
