"""A run's fact files together (corpus.py): found in the paths and directory walks given, and
linked by `ref:` references of any length, within a file and across files.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from helpers import FACT, GOOD, cli, needs_fifo

# --- finding the fact files: paths given, directory walks ------------------------------------

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


@needs_fifo
def test_named_pipes_met_in_a_directory_walk_are_skipped(run_cli, tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.yaml").write_text(FACT, encoding="utf-8")
    os.mkfifo(tmp_path / "d" / "b.yaml")
    code, out, _ = run_cli(["check", "--isolated", "--format", "json", "d"], cwd=tmp_path)
    doc = json.loads(out)
    assert (code, doc["summary"]["files"]) == (1, 1)
    assert [f["code"] for f in doc["findings"]] == ["FC301"]


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


# --- chains of `ref:` aliases of any length, within a file and across files -----------
def alias_chain(n: int) -> str:
    lines = ["factcheck: 1", "claims:"]
    lines += [f"  a{i}: {{ref: a{i + 1}}}" for i in range(n)]
    lines += [f"  a{n}: {{value: 5个}}", "  z: {value: 6个}", "checks:", '  - {expect: "a0 == z"}']
    return "\n".join(lines) + "\n"


def test_a_long_alias_chain_is_followed_to_its_figure(run_cli, write_fact, tmp_path):
    write_fact(alias_chain(200))
    code, out, _ = run_cli(["check", "--isolated", "fact.yaml"], cwd=tmp_path)
    assert code == 1
    assert "fact.yaml:206:5: FC801 [error] 'a0 == z' does not hold: the left side is 5个, the right " \
           "side 6个" in out
    code, out, _ = run_cli(["claims", "--format", "json", "fact.yaml"], cwd=tmp_path)
    a0 = json.loads(out)["files"][0]["claims"][0]
    assert (code, a0["id"], a0["ref"], a0["shown"]) == (0, "a0", "fact/a1", "5个")


def test_a_long_alias_cycle_is_reported(lint):
    text = alias_chain(100).replace("a100: {value: 5个}", "a100: {ref: a0}")
    code, lines = lint(text)
    assert code == 1
    assert lines[0] == "3:13: FC013 [error] claims.a0.ref: the references form a cycle"


def file_chain(tmp_path: Path, n: int, last: str = "{value: 5个}") -> None:
    for i in range(n):
        claim = f"{{ref: f{i + 1}/a}}" if i < n - 1 else last
        extra = "  z: {value: 6个}\nchecks:\n  - {expect: 'a == z'}\n" if i == 0 else ""
        (tmp_path / f"f{i}.yaml").write_text(f"factcheck: 1\nclaims:\n  a: {claim}\n{extra}",
                                             encoding="utf-8")


def test_a_chain_of_references_across_many_files_is_followed(run_cli, tmp_path):
    file_chain(tmp_path, 400)  # one file loaded after the other, never by recursion
    code, out, err = run_cli(["check", "--isolated", "f0.yaml"], cwd=tmp_path)
    assert (code, err) == (1, "")
    assert "f0.yaml:6:5: FC801 [error] 'a == z' does not hold: the left side is 5个, the right " \
           "side 6个" in out


def test_a_cycle_of_references_across_files_is_reported(run_cli, tmp_path):
    file_chain(tmp_path, 30, last="{ref: f0/a}")
    code, out, _ = run_cli(["lint", "--isolated", "f0.yaml"], cwd=tmp_path)
    assert code == 1
    assert out.splitlines()[0] == "f0.yaml:3:12: FC013 [error] claims.a.ref: the references form a cycle"


def test_an_alias_of_an_unreadable_figure_in_another_file_is_reported(run_cli, tmp_path):
    file_chain(tmp_path, 3, last='{value: "5²"}')
    code, out, _ = run_cli(["check", "--isolated", "f0.yaml"], cwd=tmp_path)
    assert code == 1
    assert out.splitlines()[0] == ("f0.yaml:3:12: FC007 [error] claims.a.ref: 'f1/a' leads to 'f2/a', "
                                   "which has no figure the tool can read (see f2.yaml)")


def test_a_file_referring_to_more_files_than_the_cache_holds_resolves_them_all(run_cli, tmp_path):
    # 25 referenced files, each an alias into another file: more than the 16-file reference
    # cache, so files loaded early in the pass are evicted before they are linked
    lines = ["factcheck: 1", "claims:"]
    for i in range(25):
        lines.append(f"  a{i}: {{ref: g{i}/a}}")
        (tmp_path / f"g{i}.yaml").write_text(f"factcheck: 1\nclaims:\n  a: {{ref: h{i}/b}}\n")
        (tmp_path / f"h{i}.yaml").write_text("factcheck: 1\nclaims:\n  b: {value: 5个}\n")
    lines += ["  z: {value: 6个}", "checks:", '  - {expect: "a0 == z"}', '  - {expect: "a24 == z"}']
    (tmp_path / "f.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, _ = run_cli(["check", "--isolated", "--format", "concise", "f.yaml"], cwd=tmp_path)
    assert code == 1
    assert out.splitlines()[:2] == [
        "f.yaml:30:5: FC801 [error] 'a0 == z' does not hold: the left side is 5个, the right side 6个",
        "f.yaml:31:5: FC801 [error] 'a24 == z' does not hold: the left side is 5个, the right side 6个",
    ]
    assert "FC007" not in out
