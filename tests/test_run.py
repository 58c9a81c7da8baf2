"""One run of `check` or `lint` (run/): options that choose what fails the run and what is
reported.
"""

from __future__ import annotations

from helpers import BREAKDOWN, SHARE_FILE

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
