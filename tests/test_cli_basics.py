"""The command line as a user sees it: version, lint, claims, exit codes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from helpers import GOOD

from factcheck import __version__
from factcheck.loader import load_file

ROOT = Path(__file__).resolve().parents[1]
FACTS = ROOT / "facts"
XUEJIA = FACTS / "xuejia-2023.yaml"
_CONCISE = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<code>FC\d{3}) ")


# --- version ---------------------------------------------------------------------------------
def test_version(run_cli):
    assert run_cli(["--version"]) == (0, f"factcheck {__version__}\n", "")


def test_python_m_factcheck_version(run_module):
    code, out, err = run_module(["--version"])
    assert (code, out.strip()) == (0, f"factcheck {__version__}")
    assert "Traceback" not in err


# --- lint on the real repository ------------------------------------------------------------
def test_lint_real_fact_file_is_clean(run_cli):
    code, out, err = run_cli(["lint", "facts/"], cwd=ROOT)
    assert code == 0, out + err
    assert re.fullmatch(r"All \d+ fact file\(s\) are valid\.\n", out)
    code, out, _ = run_cli(["lint", XUEJIA])
    assert (code, out) == (0, "All 1 fact file(s) are valid.\n")


def test_lint_defaults_to_facts_directory(run_cli):
    code, out, _ = run_cli(["lint"], cwd=ROOT)
    assert code == 0
    assert out.startswith("All ")


# --- lint on broken files -------------------------------------------------------------------
_BROKEN = {
    "syntax.yaml": ("factcheck: 1\nclaims:\n  gdp:\n    value: 1个\n   label: x\n", "5:4: FC001"),
    "tab.yaml": ("factcheck: 1\nclaims:\n\tgdp: {value: 1个}\n", "3:1: FC001"),
    "dup.yaml": ("factcheck: 1\nclaims:\n  a: {value: 1个}\n  a: {value: 2个}\n", "4:3: FC002"),
    "field.yaml": ("factcheck: 1\nclaims:\n  a: {value: 1个, grwoth: 5%}\n", "3:18: FC003"),
    "type.yaml": ("factcheck: 1\nclaims:\n  a: {value: [1个]}\n", "3:14: FC004"),
    "name.yaml": ("factcheck: 1\nclaims:\n  a:\n    value: 十四五\n", "4:12: FC005"),
    "unit.yaml": ("factcheck: 1\nclaims:\n  a:\n    value: 12万金币\n", "4:12: FC006"),
    "ref.yaml": ("factcheck: 1\nclaims:\n  a:\n    ref: nothere\n", "4:10: FC007"),
    "list.yaml": ("- 1\n- 2\n", "1:1: FC008"),
    "v2.yaml": ("factcheck: 2\n", "1:12: FC008"),
    "gbk.yaml": ("factcheck: 1\nclaims:\n  a: {value: 二十七个}\n".encode("gb18030"), "1:1: FC009"),
    "tag.yaml": ("factcheck: 1\nclaims:\n  a: !!python/object:os.system {}\n", "3:6: FC010"),
    "bool.yaml": ("factcheck: 1\nclaims:\n  a:\n    value: yes\n", "4:12: FC004"),
    "hex.yaml": ("factcheck: 1\nclaims:\n  a:\n    value: 0x1F\n", "4:12: FC005"),
}


@pytest.fixture
def broken_dir(tmp_path: Path) -> Path:
    d = tmp_path / "broken"
    d.mkdir()
    for name, (content, _) in _BROKEN.items():
        path = d / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return d


def _check_concise_output(out: str) -> None:
    lines = out.splitlines()
    assert lines[-1] == f"Found {len(lines) - 1} problems in {len(_BROKEN)} file(s)."
    for line in lines[:-1]:
        assert _CONCISE.match(line), line
    for name, (_, where) in _BROKEN.items():
        assert any(line.startswith(f"broken/{name}:{where} ") for line in lines), (name, where)


def test_lint_broken_files(run_cli, broken_dir):
    code, out, err = run_cli(["lint", "broken"], cwd=broken_dir.parent)
    assert code == 1
    _check_concise_output(out)
    assert "Traceback" not in out + err


def test_lint_broken_files_in_a_separate_process(run_module, broken_dir):
    code, out, err = run_module(["lint", "broken"], cwd=broken_dir.parent)
    assert code == 1, err
    _check_concise_output(out)
    assert "Traceback" not in out + err
    assert "internal error" not in err


def test_lint_json_lists_the_same_problems(run_cli, broken_dir):
    code, out, _ = run_cli(["lint", "--format", "json", "broken"], cwd=broken_dir.parent)
    assert code == 1
    doc = json.loads(out)
    assert doc["version"] == 1
    assert doc["summary"]["files"] == len(_BROKEN)
    found = {(f["file"], f"{f['line']}:{f['column']}: {f['code']}") for f in doc["findings"]}
    for name, (_, where) in _BROKEN.items():
        assert (f"broken/{name}", where) in found


# --- the run cannot proceed: exit 2 ---------------------------------------------------------
def test_directory_without_fact_files(run_cli, tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.txt").write_text("no yaml here", encoding="utf-8")
    code, out, err = run_cli(["lint", "empty"], cwd=tmp_path)
    assert code == 2
    assert out == ""
    assert err == "factcheck: no fact file (*.yaml, *.yml) found in empty\n"


def test_nonexistent_path(run_cli, tmp_path):
    code, out, err = run_cli(["lint", "nothere.yaml"], cwd=tmp_path)
    assert code == 2
    assert out == ""
    assert err == "factcheck: nothere.yaml: no such file or directory\n"


def test_nonexistent_path_in_a_separate_process(run_module, tmp_path):
    code, out, err = run_module(["lint", "nothere"], cwd=tmp_path)
    assert (code, out) == (2, "")
    assert "no such file or directory" in err
    assert "Traceback" not in err


def test_bad_option_exits_2(run_cli):
    code, _, err = run_cli(["lint", "--format", "xml", XUEJIA])
    assert code == 2
    assert "xml" in err


# --- claims --format json -------------------------------------------------------------------
def test_claims_json_contract(run_cli, write_fact, tmp_path):
    write_fact(
        """
        factcheck: 1
        claims:
          gdp: {value: 227.6亿元}
          growth: {value: 5%}
          firms: {value: 超1万个}
        """,
        "small.yaml",
    )
    code, out, err = run_cli(["claims", "--format", "json", "small.yaml"], cwd=tmp_path)
    assert (code, err) == (0, "")
    doc = json.loads(out)
    assert set(doc) == {"version", "files"}
    assert doc["version"] == 1
    assert len(doc["files"]) == 1
    f = doc["files"][0]
    assert set(f) == {"path", "claims"}
    assert f["path"] == "small.yaml"
    claims = {c["id"]: c for c in f["claims"]}
    assert [c["id"] for c in f["claims"]] == ["gdp", "growth", "firms"]
    expected = {
        "gdp": {
            "id": "gdp", "line": 3, "written": "227.6亿元", "dimension": "money", "unit": "元",
            "interval": {"lo": "22755000000", "hi": "22765000000",
                         "lo_closed": True, "hi_closed": True},
        },
        "growth": {
            "id": "growth", "line": 4, "written": "5%", "dimension": "ratio", "unit": "ratio",
            "interval": {"lo": "0.045", "hi": "0.055", "lo_closed": True, "hi_closed": True},
        },
        "firms": {
            "id": "firms", "line": 5, "written": "超1万个", "dimension": "count",
            "unit": "count",
            "interval": {"lo": "10000", "hi": "inf", "lo_closed": False, "hi_closed": False},
        },
    }
    for cid, want in expected.items():
        got = claims[cid]
        assert {k: got[k] for k in want} == want, cid
        assert set(got["interval"]) == {"lo", "hi", "lo_closed", "hi_closed"}


def test_claims_json_on_a_broken_file_exits_1(run_cli, write_fact, tmp_path):
    write_fact("factcheck: 1\nclaims:\n  a:\n    value: 十四五\n", "bad.yaml")
    code, out, err = run_cli(["claims", "--format", "json", "bad.yaml"], cwd=tmp_path)
    assert code == 1
    doc = json.loads(out)
    assert doc["files"][0]["claims"][0]["written"] is None
    assert "bad.yaml:4:12: FC005" in err


# --- the real fact file matches its article -------------------------------------------------
def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_xuejia_quotes_occur_in_the_article():
    loaded = load_file(XUEJIA)
    assert loaded.problems == []
    article = _squash((FACTS / "xuejia-2023.txt").read_text(encoding="utf-8"))
    quoted = [c for c in loaded.claims.values() if c.spec.quote]
    found = [c.id for c in quoted if _squash(c.spec.quote) in article]
    missing = [c.id for c in quoted if _squash(c.spec.quote) not in article]
    assert len(found) >= 70, missing
    assert missing == []


# --- an internal error: exit 2 and one line, no traceback --------------------------------------

def test_internal_errors_exit_2_with_one_line(tmp_path, monkeypatch, capsys):
    from factcheck.cli import main
    from factcheck.run import files as pipeline

    def boom(*_args):
        raise RuntimeError("boom")

    monkeypatch.setattr(pipeline, "check_file", boom)
    path = tmp_path / "a.yaml"
    path.write_text(GOOD, encoding="utf-8")
    assert main(["check", str(path), "--isolated"]) == 2
    err = capsys.readouterr().err
    assert "internal error: RuntimeError: boom" in err and "Traceback" not in err
