"""One run of `check` or `lint` (run/): the options that choose what fails the run and what is
reported, --article checked before any file is read, and the process pool of --jobs.
"""

from __future__ import annotations

import os

from helpers import BREAKDOWN, FACT, SHARE_FILE, needs_fifo

# --- --fail-on, --select, --ignore --------------------------------------------------------------

WARNING_ONLY = """
factcheck: 1
claims:
  target: {value: 预计30个}
checks:
  - {id: e, expect: "target <= 20"}
"""


def test_fail_on(check) -> None:
    assert check(WARNING_ONLY).code == 0
    assert check(WARNING_ONLY, "--fail-on", "warning").code == 1
    assert check(WARNING_ONLY, "--fail-on", "error").code == 0
    errors = BREAKDOWN.replace("TOTAL", "27").replace("EXH", "true")
    assert check(errors).code == 1
    assert check(errors, "--fail-on", "never").code == 0
    # info findings never fail a run, even with --fail-on warning
    info_only = SHARE_FILE.replace(", is: STATED", "")
    run = check(info_only, "--fail-on", "warning")
    assert run.codes() == ["FC203"] and run.code == 0


SELECTION = """
factcheck: 1
claims:
  projects: {value: 27个}
  major: {value: 5个}
  industry: {value: 19个}
  service: {value: 6个}
  a: {value: 4家}
  b: {value: 3家}
checks:
  - {id: b, breakdown: projects, parts: [major, industry, service]}
  - {id: e, expect: "a <= b"}
"""


def test_select_and_ignore_options(check) -> None:
    assert check(SELECTION).codes() == ["FC301", "FC801"]
    run = check(SELECTION, "--select", "FC3")
    assert run.codes() == ["FC301"] and run.code == 1
    run = check(SELECTION, "--select", "fc8")
    assert run.codes() == ["FC801"] and run.code == 1
    run = check(SELECTION, "--ignore", "FC301")
    assert run.codes() == ["FC801"] and run.code == 1
    run = check(SELECTION, "--ignore", "FC301", "--ignore", "FC8")
    assert run.codes() == [] and run.code == 0
    run = check(SELECTION, "--select", "FC3", "--ignore", "FC301")
    assert run.codes() == [] and run.code == 0
    # the summary counts what the selection kept (suppressions and --select/--ignore applied)
    assert run.doc["summary"]["errors"] == 0


# --- --article is checked before any file is read ----------------------------------------------

@needs_fifo
def test_a_named_pipe_given_as_the_article_is_refused(run_cli, tmp_path):
    os.mkfifo(tmp_path / "art.txt")
    (tmp_path / "f.yaml").write_text(FACT, encoding="utf-8")
    code, out, err = run_cli(["check", "--isolated", "--article", "art.txt", "f.yaml"], cwd=tmp_path)
    assert (code, out) == (2, "")
    assert err == "factcheck: art.txt: not a regular file (a directory, a pipe or a device)\n"


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
