"""What reaches the reader (streams.py, report/plain.py, report/terminal.py): standard output
that fails says so with exit 2; a terminal that cannot show Chinese gets escapes; what a
fact file holds (control characters, rich markup, a file name that is not UTF-8) is shown,
never obeyed.
"""

from __future__ import annotations

import json
import os
import sys

import pytest
from helpers import FACT

# --- standard output ----------------------------------------------------------------------------

def _subprocess(args, cwd, env=None, stdout=None):
    import subprocess

    full = {**os.environ, "NO_COLOR": "1", **(env or {})}
    full.pop("FACTCHECK_FORMAT", None)
    proc = subprocess.run([sys.executable, "-m", "factcheck", *args], cwd=cwd, env=full,
                          stdout=stdout if stdout is not None else subprocess.PIPE,
                          stderr=subprocess.PIPE, timeout=60)
    return proc.returncode, (proc.stdout or b""), proc.stderr.decode("utf-8", "replace")


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["check", "--isolated", "f.yaml"], ["claims", "f.yaml"],
                                  ["schema"], ["explain", "FC301"]])
def test_a_full_disk_on_standard_output_is_an_error_not_a_crash(tmp_path, args):
    (tmp_path / "f.yaml").write_text(FACT, encoding="utf-8")
    with open("/dev/full", "w") as full:
        code, _, err = _subprocess(args, tmp_path, stdout=full)
    assert (code, err) == (2, "factcheck: cannot write to standard output: No space left on device\n")


@pytest.mark.parametrize("args", [["check", "--isolated", "f.yaml"], ["explain", "FC301"]])
def test_a_closed_standard_output_is_an_error_not_silence(tmp_path, args):
    import subprocess

    (tmp_path / "f.yaml").write_text(FACT, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", "import os, sys, runpy; os.close(1); "
                           "sys.argv = ['factcheck', *sys.argv[1:]]; "
                           "runpy.run_module('factcheck', run_name='__main__')", *args],
                          cwd=tmp_path, stderr=subprocess.PIPE, text=True, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.endswith("factcheck: cannot write to standard output: it is closed\n")


@pytest.mark.parametrize("fmt", ["table", "concise", "json", "jsonl", "github", "sarif", "junit"])
def test_an_ascii_terminal_gets_escapes_and_exact_json(tmp_path, fmt):
    labelled = FACT.replace("total: {value: 27个}", "total: {label: 项目总数, value: 27个}")
    (tmp_path / "f.yaml").write_text(labelled, encoding="utf-8")
    code, out, err = _subprocess(["check", "--isolated", "--format", fmt, "f.yaml"], tmp_path,
                                 env={"PYTHONIOENCODING": "ascii"})
    assert (code, err) == (1, "")
    assert out.isascii()
    if fmt in ("json", "sarif"):
        assert "27个" in json.dumps(json.loads(out), ensure_ascii=False)


def test_a_file_name_that_is_not_utf8_is_shown_with_escapes_in_every_format(tmp_path):
    name = os.fsdecode(b"bad\xff\xfe.yaml")
    (tmp_path / name).write_text(FACT, encoding="utf-8")
    for fmt in ("concise", "json", "sarif", "junit", "github"):
        code, out, err = _subprocess(["check", "--isolated", "--format", fmt, name], tmp_path)
        assert (code, err) == (1, ""), fmt
        shown = "bad%5Cxff%5Cxfe.yaml" if fmt == "sarif" else "bad\\xff\\xfe.yaml"  # a URI
        assert shown in out.decode("utf-8").replace("\\\\", "\\"), fmt
        code, _, err = _subprocess(["check", "--isolated", "--format", fmt, "-o", f"r.{fmt}",
                                    "--force", name], tmp_path)
        assert (code, err) == (1, ""), fmt
        (tmp_path / f"r.{fmt}").read_text(encoding="utf-8")  # valid UTF-8


# --- what a fact file may print -----------------------------------------------------------------

ESCAPES = 'factcheck: 1\nclaims:\n  a: {value: 2个, quote: "\\e[2J\\e[31mRED\\r\\n::error file=x::pwned"}\n' \
          '  b: {value: 3个, label: "\\u202eevil"}\ncheckss: []\nchecks:\n  - {expect: "a > b"}\n'


@pytest.mark.parametrize("fmt", ["concise", "table"])
def test_control_characters_from_a_fact_file_are_shown_as_escapes(run_cli, tmp_path, fmt):
    (tmp_path / "q.yaml").write_text(ESCAPES.replace("checkss: []\n", ""), encoding="utf-8")
    code, out, _ = run_cli(["check", "--isolated", "--format", fmt, "q.yaml"], cwd=tmp_path)
    assert code == 1
    assert "\x1b" not in out and "\r" not in out and "\u202e" not in out
    assert not any(line.startswith("::") for line in out.splitlines())
    if fmt == "table":  # piped: the details lines
        assert "«\\x1b[2J\\x1b[31mRED\\r\\n::error file=x::pwned»" in out


def test_rich_markup_in_a_fact_file_is_shown_as_written_on_a_terminal(tmp_path):
    text = ('factcheck: 1\nclaims:\n  a: {value: 2个, label: "[/x] [bold]y"}\n'
            '  b: {value: 3个, label: "[red]z", quote: "\\e[2J"}\nchecks:\n  - {expect: "a > b"}\n')
    (tmp_path / "[bold]m.yaml").write_text(text, encoding="utf-8")
    env = {"FACTCHECK_FORCE_TERMINAL": "1", "COLUMNS": "200"}
    code, out, err = _subprocess(["claims", "[bold]m.yaml"], tmp_path, env=env)
    assert (code, err) == (0, "")
    assert "[/x] [bold]y" in out.decode() and "[red]z" in out.decode()
    code, out, err = _subprocess(["check", "--isolated", "[bold]m.yaml"], tmp_path, env=env)
    assert (code, err) == (1, "")
    assert "[bold]m.yaml" in out.decode() and "\\x1b[2J" in out.decode()
    assert b"\x1b[2J" not in out
