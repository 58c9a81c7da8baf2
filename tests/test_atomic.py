"""Nothing is lost: writes are atomic and never overwrite without force."""

from __future__ import annotations

import os

import pytest

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
