"""The bad-input catalogue of docs/errors.md: every class of bad input gets its message, its code
at its line and its exit code — never a traceback, and no file is modified."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

GOOD = "factcheck: 1\nclaims:\n  a: {value: 5个}\n"


def bomb() -> str:
    lines = ["factcheck: 1", 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    prev = "a"
    for name in "bcdefghijk":
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
        prev = name
    return "\n".join(lines) + "\n"


# name, file content (str is UTF-8), expected code, expected line (None: not checked), message part
CATALOGUE: list[tuple[str, str | bytes, str, int | None, str]] = [
    ("empty", "", "FC008", 1, "empty"),
    ("top-level list", "- 227.6亿元\n- 5%\n", "FC008", 1, "a list"),
    ("top-level scalar", "227.6亿元\n", "FC008", 1, "a single value"),
    ("tab indentation", "factcheck: 1\nclaims:\n\tgdp: {value: 1亿元}\n", "FC001", 3, "tabs"),
    ("broken indentation", "factcheck: 1\nclaims:\n  a: {value: 1亿元}\n   b: 2\n", "FC001", 4,
     "YAML syntax error"),
    ("duplicate key", "factcheck: 1\nclaims:\n  a: {value: 1个}\n  a: {value: 2个}\n", "FC002", 4,
     "duplicate key 'a' (first at line 3)"),
    ("python tag", "factcheck: 1\nclaims: !!python/object/apply:os.system [\"echo hi\"]\n", "FC010", 2,
     "not allowed"),
    ("unknown tag", "factcheck: 1\nclaims:\n  a: !custom {value: 1个}\n", "FC010", 3, "not allowed"),
    ("alias bomb", bomb(), "FC010", None, "alias bomb"),
    ("deep nesting", "factcheck: 1\nclaims: " + "[" * 5000 + "]" * 5000 + "\n", "FC001", None,
     "nesting"),
    ("very long line", "factcheck: 1\nclaims:\n  a: {value: \"" + "1" * 200_000 + "个\"}\n", "FC005", 3,
     "too long"),
    ("nan", "factcheck: 1\nclaims:\n  a: {value: .nan}\n", "FC005", 3, "form articles do not use"),
    ("inf", "factcheck: 1\nclaims:\n  a: {value: .inf}\n", "FC005", 3, "form articles do not use"),
    ("1e400", "factcheck: 1\nclaims:\n  a: {value: 1e400}\n", "FC005", 3, "exponent"),
    ("hex", "factcheck: 1\nclaims:\n  a: {value: 0x1F}\n", "FC005", 3, "form articles do not use"),
    ("octal", "factcheck: 1\nclaims:\n  a: {value: 010}\n", "FC005", 3, "octal"),
    ("yes", "factcheck: 1\nclaims:\n  a: {value: yes}\n", "FC004", 3, "boolean"),
    ("on", "factcheck: 1\nclaims:\n  a: {value: on}\n", "FC004", 3, "boolean"),
    ("missing version", "claims:\n  a: {value: 5个}\n", "FC008", 1, "factcheck: 1"),
    ("future version", "factcheck: 2\nclaims: {}\n", "FC008", 1, "upgrade factcheck"),
    ("unknown unit", "factcheck: 1\nclaims:\n  a: {value: 5标箱}\n", "FC006", 3, "unknown unit"),
    ("unknown field", "factcheck: 1\nclaims:\n  a: {value: 5个, grwoth: 5%}\n", "FC003", 3,
     "did you mean 'growth'"),
    ("wrong type", "factcheck: 1\nclaims:\n  a: {value: [5个]}\n", "FC004", 3, "expected"),
    ("mixed dimensions", "factcheck: 1\nclaims:\n  m: {value: 5元}\n  a: {value: 3亩}\n"
     "checks:\n  - {expect: \"m + a > 0\"}\n", "FC011", 6, "money"),
    ("division by zero", "factcheck: 1\nclaims:\n  a: {value: 5个}\n  z: {value: 0个}\n"
     "checks:\n  - {expect: \"a / z == 1\"}\n", "FC013", 6, "divides by zero"),
    ("literal division by zero", "factcheck: 1\nclaims:\n  a: {value: 5个}\n"
     "checks:\n  - {expect: \"a / 0 == 1\"}\n", "FC012", 5, "division by zero"),
    ("reference cycle", "factcheck: 1\nclaims:\n  a: {ref: b}\n  b: {ref: a}\n", "FC013", None, "cycle"),
    ("dangling reference", "factcheck: 1\nclaims:\n  a: {value: 5个}\n"
     "checks:\n  - {share: a, of: nothing}\n", "FC007", 5, "no claim 'nothing'"),
    ("reference into a file that failed to load", "factcheck: 1\nclaims:\n  a: {ref: broken/x}\n",
     "FC007", 3, "failed to load"),
    ("UTF-16 with BOM", GOOD.encode("utf-16"), "FC009", 1, "iconv -f UTF-16"),
    ("GB18030", "factcheck: 1\nclaims:\n  a: {value: 5个, label: 地区生产总值}\n".encode("gb18030"),
     "FC009", 1, "GB18030"),
    ("binary", bytes(range(256)) * 4, "FC009", 1, "binary"),
]


def cli(*args: str, cwd: Path, env: dict | None = None) -> tuple[int, str, str]:
    proc = subprocess.run([sys.executable, "-m", "factcheck", *args, "--isolated"], cwd=cwd,
                          capture_output=True, text=True, timeout=60,
                          env={**os.environ, **(env or {})})
    assert "Traceback" not in proc.stdout + proc.stderr
    return proc.returncode, proc.stdout, proc.stderr


def digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()
            if p.is_file() and not p.is_symlink()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    for i, (_, content, *_rest) in enumerate(CATALOGUE):
        path = folder / f"case{i:02d}.yaml"
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    (folder / "broken.yaml").write_text("factcheck: 1\nclaims: [\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def results(corpus):
    before = digest(corpus)
    started = time.monotonic()
    code, out, err = cli("check", ".", "--format", "concise", cwd=corpus)
    elapsed = time.monotonic() - started
    assert digest(corpus) == before, "a fact file was modified"
    return code, out, err, elapsed


@pytest.mark.parametrize(("index", "case"), list(enumerate(CATALOGUE)), ids=[c[0] for c in CATALOGUE])
def test_catalogue(results, index, case):
    name, _, code, line, part = case
    exit_code, out, _, _ = results
    assert exit_code == 1
    lines = [ln for ln in out.splitlines() if ln.startswith(f"case{index:02d}.yaml:")]
    matching = [ln for ln in lines if f" {code} " in ln and part in ln]
    assert matching, (name, lines)
    if line is not None:
        assert any(ln.startswith(f"case{index:02d}.yaml:{line}:") for ln in matching), (name, matching)


def test_the_whole_catalogue_is_quick(results):
    assert results[3] < 30


def test_oversize_file_has_a_configurable_limit(tmp_path):
    path = tmp_path / "big.yaml"
    path.write_text(GOOD + "# " + "x" * 2_000_000 + "\n", encoding="utf-8")
    code, out, _ = cli("check", str(path), "--format", "concise", cwd=tmp_path)
    assert code == 0
    code, out, _ = cli("check", str(path), "--format", "concise", "--max-file-size", "1000000",
                       cwd=tmp_path)
    assert code == 1 and "FC009" in out and "over the limit" in out and "--max-file-size" in out


def test_utf8_bom_is_accepted(tmp_path):
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.encode("utf-8"))
    assert cli("check", str(path), cwd=tmp_path)[0] == 0


def test_encoding_option_reads_gb18030(tmp_path):
    path = tmp_path / "gbk.yaml"
    path.write_bytes(GOOD.replace("5个", "5个, label: 地区生产总值").encode("gb18030"))
    assert cli("check", str(path), "--encoding", "gb18030", cwd=tmp_path)[0] == 0


def test_broken_symlink_and_unreadable_file(tmp_path):
    (tmp_path / "link.yaml").symlink_to(tmp_path / "nowhere.yaml")
    code, out, _ = cli("check", ".", "--format", "concise", cwd=tmp_path)
    assert code == 1 and "link.yaml:1:1: FC009" in out and "broken symbolic link" in out


def test_directory_without_fact_files_and_missing_path(tmp_path):
    (tmp_path / "empty").mkdir()
    code, _, err = cli("check", "empty", cwd=tmp_path)
    assert code == 2 and "no fact file" in err
    code, _, err = cli("check", "missing", cwd=tmp_path)
    assert code == 2 and "no such file or directory" in err


def test_a_path_given_twice_is_read_once(tmp_path):
    path = tmp_path / "a.yaml"
    path.write_text(GOOD, encoding="utf-8")
    code, out, _ = cli("check", str(path), str(path), "./a.yaml", "--format", "concise", cwd=tmp_path)
    assert code == 0 and "1 file(s)" in out


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
