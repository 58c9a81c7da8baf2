"""Duplicate (checks/duplicate.py): FC901 duplicate-mismatch, in a file and across files.

Through the real command line (`factcheck check --format json --show-info`, the `check`
fixture): a consistent case, an inconsistent case and the rounding edge on both sides of the
boundary, found with exact Fraction arithmetic independently of the tool and compared with
the tool's JSON intervals (exact strings).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import assert_verdict, closed, iv, write


def test_duplicate_same_label_and_period(check) -> None:
    run = check("""
        factcheck: 1
        article: {place: 薛家镇, period: 2023}
        claims:
          gdp: {label: 地区生产总值, value: 227.6亿元}
          gdp_again: {label: 地区生产总值, value: 226.7亿元}
          gdp_2022: {label: 地区生产总值, value: 210亿元, period: 2022}
          gdp_elsewhere: {label: 地区生产总值, value: 100亿元, place: 别的镇}
          gdp_same: {label: 地区生产总值, value: 227.60亿元}
    """)
    [f] = run.findings
    assert_verdict(f, "FC901", "error", headline=False)
    assert f["name"] == "duplicate-mismatch"
    assert (f["line"], f["column"]) == (5, 3)
    assert {c["id"] for c in f["claims"]} == {"gdp", "gdp_again"}
    assert iv(f["computed"]) == closed(22755000000, 22765000000)
    assert iv(f["stated"]) == closed(22665000000, 22675000000)
    assert run.code == 1


def test_duplicate_same_as_link(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          lead: {value: 12个, same_as: body}
          body: {value: 13个}
          lead_ok: {value: 1.2亿元, same_as: [body_ok]}
          body_ok: {value: 1.25亿元}
    """)
    [f] = run.findings
    assert_verdict(f, "FC901", "error", headline=False)
    assert {c["id"] for c in f["claims"]} == {"lead", "body"}


def test_duplicate_same_check(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          a: {value: 1.2亿元}
          b: {value: 1.3亿元}
          c: {value: 1.4亿元}
        checks:
          - {id: tie, same: [a, b]}
          - {id: apart, same: [a, c]}
    """)
    run.not_at("tie")  # 1.2 and 1.3 share 1.25 under up_or_down
    f = run.one("apart")
    assert_verdict(f, "FC901", "error", headline=False)


@pytest.mark.parametrize(("rounding", "looser"), [("up", "up_or_down"), ("even", "up_or_down"),
                                                  ("trunc", "any")])
def test_duplicate_tie_under_stricter_rounding_is_a_warning(check, rounding: str,
                                                            looser: str) -> None:
    run = check(f"""
        factcheck: 1
        article: {{rounding: {rounding}}}
        claims:
          a: {{value: 1.2亿元}}
          b: {{value: 1.3亿元}}
        checks:
          - {{id: tie, same: [a, b]}}
    """)
    f = run.one("tie")
    assert (f["code"], f["severity"]) == ("FC901", "warning")
    assert looser in f["message"]
    assert run.code == 0


def test_duplicate_across_files(check) -> None:
    article = "article: {place: 薛家镇, period: 2023}"
    a = write(check.dir / "facts", f"""
        factcheck: 1
        {article}
        claims:
          gdp: {{label: 地区生产总值, value: 227.6亿元}}
    """, "a.yaml")
    write(check.dir / "facts", f"""
        factcheck: 1
        {article}
        claims:
          gdp: {{label: 地区生产总值, value: 228.6亿元}}
          trade: {{label: 进出口总额, value: 215亿元}}
    """, "b.yaml")
    write(check.dir / "facts", f"""
        factcheck: 1
        {article}
        claims:
          trade: {{label: 进出口总额, value: 215亿元}}
    """, "c.yaml")
    run = check.paths([a.parent])
    [f] = run.findings
    assert_verdict(f, "FC901", "error", headline=False)
    assert sorted(Path(c["file"]).name for c in f["claims"]) == ["a.yaml", "b.yaml"]
    assert run.doc["summary"]["files"] == 3
    assert run.code == 1


def test_duplicate_same_as_across_files(check) -> None:
    d = check.dir / "facts"
    write(d, """
        factcheck: 1
        claims:
          gdp: {value: 227.6亿元, same_as: other/gdp}
    """, "main.yaml")
    write(d, """
        factcheck: 1
        claims:
          gdp: {value: 226.7亿元}
    """, "other.yaml")
    run = check.paths([d])
    [f] = run.findings
    assert_verdict(f, "FC901", "error", headline=False)
