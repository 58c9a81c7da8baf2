"""The verdict policy (verdict.py): what a failed relation means, whatever its kind.

judge() makes a failure an error, or a warning when it holds only under a looser rounding, only
outside a soft bound, or involves an estimate (预计) or an approximate figure (约); a failure
mixing real or same-scope growth with nominal levels is not comparable (FC051, info); one between
different data releases is a warning; a relation too coarse ever to fail is untestable (FC050).
"""

from __future__ import annotations

from helpers import SHARE_FILE

# --- rules every check obeys ------------------------------------------------------------------

def test_estimate_failure_is_a_warning(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          projected: {value: 预计227.6亿元, growth: 5%, previous: before}
          measured: {value: 227.6亿元, growth: 5%, previous: before}
          before: {value: 200亿元}
          target: {value: 预计30个}
        checks:
          - {id: e, expect: "target <= 20"}
    """)
    est = run.of_claim("projected", "FC101")
    assert [(f["severity"], f["headline"]) for f in est] == [("warning", False)]
    assert [f["severity"] for f in run.of_claim("measured", "FC101")] == ["error"]
    assert (run.one("e")["code"], run.one("e")["severity"]) == ("FC801", "warning")


def test_different_releases_is_a_warning(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          prelim: {value: 227.6亿元, release: 初步核算}
          final: {value: 229.1亿元, release: 最终核实}
          same_a: {value: 227.6亿元, release: 初步核算}
          same_b: {value: 229.1亿元, release: 初步核算}
        checks:
          - {id: revised, same: [prelim, final]}
          - {id: same_release, same: [same_a, same_b]}
    """)
    assert (run.one("revised")["code"], run.one("revised")["severity"]) == ("FC901", "warning")
    assert run.one("same_release")["severity"] == "error"


def test_approximate_figure_failure_is_a_warning(check) -> None:
    run = check(SHARE_FILE.replace("STATED", "约55%"))
    assert (run.one("s")["code"], run.one("s")["severity"]) == ("FC201", "warning")
