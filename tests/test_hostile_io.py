"""Hostile files and streams around the run: pipes, devices, links, encodings, limits, output."""

from __future__ import annotations

import errno
import json
import os
import stat
import sys

import pytest

from factcheck import atomic

FACT = "factcheck: 1\nclaims:\n  total: {value: 27个}\n  a: {value: 5个}\n  b: {value: 23个}\n" \
       "checks:\n  - {breakdown: total, parts: [a, b]}\n"

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")


@needs_fifo
def test_a_named_pipe_given_as_a_fact_file_is_refused_without_blocking(run_cli, tmp_path):
    os.mkfifo(tmp_path / "p.yaml")
    code, out, _ = run_cli(["lint", "--isolated", "p.yaml"], cwd=tmp_path)
    assert code == 1
    assert "p.yaml:1:1: FC009 [error] not a regular file but a named pipe; use - to read " \
           "standard input" in out


@needs_fifo
def test_a_named_pipe_given_as_the_article_is_refused(run_cli, tmp_path):
    os.mkfifo(tmp_path / "art.txt")
    (tmp_path / "f.yaml").write_text(FACT, encoding="utf-8")
    code, out, err = run_cli(["check", "--isolated", "--article", "art.txt", "f.yaml"], cwd=tmp_path)
    assert (code, out) == (2, "")
    assert err == "factcheck: art.txt: not a regular file (a directory, a pipe or a device)\n"


@needs_fifo
def test_named_pipes_met_in_a_directory_walk_are_skipped(run_cli, tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.yaml").write_text(FACT, encoding="utf-8")
    os.mkfifo(tmp_path / "d" / "b.yaml")
    code, out, _ = run_cli(["check", "--isolated", "--format", "json", "d"], cwd=tmp_path)
    doc = json.loads(out)
    assert (code, doc["summary"]["files"]) == (1, 1)
    assert [f["code"] for f in doc["findings"]] == ["FC301"]


def test_a_device_is_not_a_fact_file(run_cli, tmp_path):
    code, out, _ = run_cli(["lint", "--isolated", os.devnull], cwd=tmp_path)
    assert code == 1
    assert "FC009 [error] not a regular file but a character device" in out


def test_a_directory_tree_deeper_than_the_stack_is_walked(run_cli, tmp_path):
    folder = tmp_path / "deep"
    folder.mkdir()
    try:  # pytest's own clean-up recurses: the tree must be gone whatever happens here
        fd = os.open(folder, os.O_RDONLY)
        try:
            for _ in range(sys.getrecursionlimit() + 50):
                os.mkdir("d", dir_fd=fd)
                inner = os.open("d", os.O_RDONLY, dir_fd=fd)
                os.close(fd)
                fd = inner
            out = os.open("x.yaml", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
            os.write(out, FACT.encode())
            os.close(out)
        finally:
            os.close(fd)
        code, text, _ = run_cli(["lint", "--isolated", str(folder)], cwd=tmp_path)
        assert (code, text.strip()) == (0, "All 1 fact file(s) are valid.")
    finally:
        _remove_deep(folder)


def _remove_deep(folder) -> None:
    """Delete a tree of nested "d" folders without recursion (shutil.rmtree would recurse)."""
    depth = 0
    fd = os.open(folder, os.O_RDONLY)
    while "d" in os.listdir(fd):
        inner = os.open("d", os.O_RDONLY, dir_fd=fd)
        os.close(fd)
        fd, depth = inner, depth + 1
    os.close(fd)
    path = os.path.join(folder, *["d"] * depth)
    for name in os.listdir(path):
        os.unlink(os.path.join(path, name))
    for _ in range(depth):
        os.rmdir(path)
        path = os.path.dirname(path)


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


@pytest.mark.parametrize("size", ["9223372036854775807", "1" * 5000, "0"])
def test_max_file_size_out_of_range_is_a_usage_error(run_cli, tmp_path, size):
    (tmp_path / "f.yaml").write_text(FACT, encoding="utf-8")
    code, _, err = run_cli(["check", "--isolated", "--max-file-size", size, "f.yaml"], cwd=tmp_path)
    assert code == 2
    assert "--max-file-size" in err and "Traceback" not in err


@pytest.mark.parametrize("size", ["9223372036854775807", "1" * 5000, "0", "-5"])
def test_max_file_size_out_of_range_in_the_config_names_its_line(run_cli, tmp_path, size):
    (tmp_path / "f.yaml").write_text(FACT, encoding="utf-8")
    (tmp_path / ".factcheck.yaml").write_text(f"fail-on: error\nmax-file-size: {size}\n")
    code, _, err = run_cli(["check", "f.yaml"], cwd=tmp_path)
    assert code == 2
    assert err == (f"factcheck: {tmp_path / '.factcheck.yaml'}:2: max-file-size must be a whole "
                   "number from 1 to 1,099,511,627,776 (bytes)\n")


@pytest.mark.parametrize("pyproject", [
    '[tool]\nfactcheck = {fail-on = "never"}\n',
    'tool.factcheck.fail-on = "never"\n',
    '[tool.factcheck]\nfail-on = "never"\n',
])
def test_every_toml_spelling_of_tool_factcheck_is_found(run_cli, tmp_path, pyproject):
    (tmp_path / "pyproject.toml").write_text(pyproject, encoding="utf-8")
    (tmp_path / "f.yaml").write_text(FACT, encoding="utf-8")
    _, out, _ = run_cli(["config"], cwd=tmp_path)
    line = pyproject.splitlines().index(next(x for x in pyproject.splitlines() if "never" in x)) + 1
    assert f"fail-on: never    # {tmp_path / 'pyproject.toml'}:{line}" in out
    assert run_cli(["check", "f.yaml"], cwd=tmp_path)[0] == 0  # fail-on never


def test_a_config_toml_file_given_with_config_is_read_as_toml(run_cli, tmp_path):
    (tmp_path / "factcheck.toml").write_text('fail-on = "never"\nformat = "json"\n')
    code, out, _ = run_cli(["config", "--config", "factcheck.toml"], cwd=tmp_path)
    assert code == 0
    assert "fail-on: never    # factcheck.toml:1" in out and "format: json    # factcheck.toml:2" in out


def test_config_command_refuses_a_bad_factcheck_format(run_cli, tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_FORMAT", "bogus")
    code, out, err = run_cli(["config", "--isolated"], cwd=tmp_path)
    assert (code, out) == (2, "")
    assert "FACTCHECK_FORMAT='bogus' is not one of table, concise" in err


# --- writing ---------------------------------------------------------------------------------

def _report(run_cli, tmp_path, target: str, *extra: str):
    (tmp_path / "f.yaml").write_text(FACT, encoding="utf-8")
    return run_cli(["check", "--isolated", "--format", "json", "-o", target, *extra, "f.yaml"],
                   cwd=tmp_path)


@needs_fifo
def test_output_to_a_named_pipe_is_refused_even_with_force(run_cli, tmp_path):
    os.mkfifo(tmp_path / "fifo")
    code, _, err = _report(run_cli, tmp_path, "fifo", "--force")
    assert code == 2
    assert "fifo is not a regular file (a pipe or a device)" in err
    assert stat.S_ISFIFO((tmp_path / "fifo").stat().st_mode)


def test_output_through_a_symbolic_link_replaces_its_target_and_keeps_the_link(run_cli, tmp_path):
    (tmp_path / "real.json").write_text("old")
    (tmp_path / "link.json").symlink_to("real.json")
    assert _report(run_cli, tmp_path, "link.json")[0] == 2  # exists: needs --force
    assert (tmp_path / "real.json").read_text() == "old"
    code, _, _ = _report(run_cli, tmp_path, "link.json", "--force")
    assert code == 1
    assert (tmp_path / "link.json").is_symlink()
    assert json.loads((tmp_path / "real.json").read_text())["findings"][0]["code"] == "FC301"


def test_a_broken_link_is_never_replaced(run_cli, tmp_path):
    (tmp_path / "dangling.json").symlink_to("nowhere")
    for extra in ((), ("--force",)):
        code, _, err = _report(run_cli, tmp_path, "dangling.json", *extra)
        assert code == 2 and "dangling.json is a broken symbolic link (to nowhere)" in err
    assert os.readlink(tmp_path / "dangling.json") == "nowhere"


def test_a_new_output_file_gets_the_permissions_of_the_umask(run_cli, tmp_path):
    old = os.umask(0o027)
    try:
        assert _report(run_cli, tmp_path, "new.json")[0] == 1
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.json").stat().st_mode) == 0o640


def test_an_existing_output_file_keeps_its_permissions(run_cli, tmp_path):
    (tmp_path / "old.json").write_text("{}")
    os.chmod(tmp_path / "old.json", 0o604)
    assert _report(run_cli, tmp_path, "old.json", "--force")[0] == 1
    assert stat.S_IMODE((tmp_path / "old.json").stat().st_mode) == 0o604


def test_an_interrupted_extract_leaves_the_old_draft_intact(run_cli, tmp_path, monkeypatch):
    article = tmp_path / "a.txt"
    article.write_text("全年招引优质项目27个，其中重大产业项目5个。\n", encoding="utf-8")
    draft = tmp_path / "draft.yaml"
    draft.write_text("# the editor's work\n", encoding="utf-8")

    def disk_full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", disk_full)
    code, _, err = run_cli(["extract", str(article), "-o", str(draft), "--force"], cwd=tmp_path)
    assert code == 2
    assert "cannot write" in err and "No space left on device" in err
    assert draft.read_text(encoding="utf-8") == "# the editor's work\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


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


# --- processes ------------------------------------------------------------------------------------

def test_jobs_are_capped_by_the_cores_and_the_files(monkeypatch):
    from factcheck.run import files as runner

    monkeypatch.setattr(runner.os, "cpu_count", lambda: 4)
    assert [runner.processes(j, n) for j, n in [(300, 20), (100_000, 5000), (3, 5000), (0, 5000),
                                                (0, 100), (2, 10), (1, 5000), (8, 24)]] == \
        [2, 4, 3, 4, 1, 1, 1, 3]


def test_many_jobs_on_few_files_give_the_same_output(run_cli, tmp_path):
    for i in range(20):
        (tmp_path / f"f{i:02d}.yaml").write_text(FACT, encoding="utf-8")
    one = run_cli(["check", "--isolated", "--format", "json", "-j", "1", "."], cwd=tmp_path)
    many = run_cli(["check", "--isolated", "--format", "json", "-j", "300", "."], cwd=tmp_path)
    assert one == many and one[0] == 1


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
