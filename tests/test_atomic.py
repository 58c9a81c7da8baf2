"""Nothing is lost: writes are atomic and never overwrite without force."""

from __future__ import annotations

import errno
import json
import os
import stat

import pytest
from helpers import FACT, needs_fifo

from factcheck import atomic
from factcheck.atomic import FileExists, write_atomic


def test_refuses_to_overwrite_without_force(tmp_path):
    path = tmp_path / "out.yaml"
    path.write_text("old", encoding="utf-8")
    with pytest.raises(FileExists):
        write_atomic(path, "new")
    assert path.read_text("utf-8") == "old"
    write_atomic(path, "new", force=True)
    assert path.read_text("utf-8") == "new"


def test_an_interrupted_write_leaves_the_old_file_intact(tmp_path, monkeypatch):
    path = tmp_path / "out.yaml"
    path.write_text("old", encoding="utf-8")

    def interrupted(src, dst):
        raise KeyboardInterrupt  # the process is stopped between writing and renaming

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(path, "new content", force=True)
    assert path.read_text("utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.yaml"]  # no temporary file left behind


def test_a_failed_write_leaves_no_file(tmp_path, monkeypatch):
    path = tmp_path / "new.yaml"

    def full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError):
        write_atomic(path, "x")
    assert list(tmp_path.iterdir()) == []


def test_keeps_the_permissions_of_the_file_it_replaces(tmp_path):
    path = tmp_path / "out.yaml"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o640)
    write_atomic(path, "new", force=True)
    assert path.stat().st_mode & 0o777 == 0o640


# --- through the command line: -o never destroys what it replaces ------------------------------

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
