"""Reading a fact file's text (textfile.py): UTF-8 with or without a BOM, or the --encoding
given; bounded in size; regular files only. Every refusal is FC009 at line 1 or a usage
error (exit 2), never a traceback or a run that blocks.
"""

from __future__ import annotations

import os

import pytest
from helpers import FACT, GOOD, cli, needs_fifo

# --- what is a fact file's text: regular files, UTF-8 or the --encoding given ------------------

@needs_fifo
def test_a_named_pipe_given_as_a_fact_file_is_refused_without_blocking(run_cli, tmp_path):
    os.mkfifo(tmp_path / "p.yaml")
    code, out, _ = run_cli(["lint", "--isolated", "p.yaml"], cwd=tmp_path)
    assert code == 1
    assert "p.yaml:1:1: FC009 [error] not a regular file but a named pipe; use - to read " \
           "standard input" in out


def test_a_device_is_not_a_fact_file(run_cli, tmp_path):
    code, out, _ = run_cli(["lint", "--isolated", os.devnull], cwd=tmp_path)
    assert code == 1
    assert "FC009 [error] not a regular file but a character device" in out


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


@pytest.mark.parametrize(("encoding", "message"), [
    ("nosuch", "--encoding: unknown encoding 'nosuch'"),
    ("base64", "--encoding: 'base64' is not a text encoding"),
    ("undefined", "--encoding: encoding 'undefined' cannot decode text"),
])
@pytest.mark.parametrize("command", ["check", "lint", "claims"])
def test_an_encoding_that_cannot_read_text_stops_the_run(run_cli, tmp_path, command, encoding,
                                                          message):
    (tmp_path / "f.yaml").write_text(FACT, encoding="utf-8")
    code, out, err = run_cli([command, "--encoding", encoding, "f.yaml"], cwd=tmp_path)
    assert (code, out) == (2, "")
    assert err.startswith(f"factcheck: {message}")


# --- a configurable size limit ----------------------------------------------------------------

def test_oversize_file_has_a_configurable_limit(tmp_path):
    path = tmp_path / "big.yaml"
    path.write_text(GOOD + "# " + "x" * 2_000_000 + "\n", encoding="utf-8")
    code, out, _ = cli("check", str(path), "--format", "concise", cwd=tmp_path)
    assert code == 0
    code, out, _ = cli("check", str(path), "--format", "concise", "--max-file-size", "1000000",
                       cwd=tmp_path)
    assert code == 1 and "FC009" in out and "over the limit" in out and "--max-file-size" in out


@pytest.mark.parametrize("size", ["9223372036854775807", "1" * 5000, "0"])
def test_max_file_size_out_of_range_is_a_usage_error(run_cli, tmp_path, size):
    (tmp_path / "f.yaml").write_text(FACT, encoding="utf-8")
    code, _, err = run_cli(["check", "--isolated", "--max-file-size", size, "f.yaml"], cwd=tmp_path)
    assert code == 2
    assert "--max-file-size" in err and "Traceback" not in err
