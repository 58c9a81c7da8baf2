"""Stock and flow (checks/stockflow.py): FC501 stock-flow-mismatch, FC502
stock-implied-start.

Through the real command line (`factcheck check --format json --show-info`, the `check`
fixture): a consistent case, an inconsistent case and the rounding edge on both sides of the
boundary, found with exact Fraction arithmetic independently of the tool and compared with
the tool's JSON intervals (exact strings).
"""

from __future__ import annotations

import pytest
from helpers import assert_verdict, iv, point


@pytest.mark.parametrize(("start", "fails"), [("152", True), ("153", False), ("154", True),
                                              ("160", True)])
def test_stock_flow_with_start(check, start: str, fails: bool) -> None:
    run = check(f"""
        factcheck: 1
        claims:
          total: {{value: 196家}}
          new: {{value: 43家}}
          before: {{value: {start}家}}
        checks:
          - {{id: s, stock: total, start: before, added: [new]}}
    """)
    if not fails:
        assert run.findings == [] and run.code == 0
        return
    f = run.one("s")
    assert_verdict(f, "FC501", "error", headline=False)
    assert f["name"] == "stock-flow-mismatch"
    assert iv(f["computed"]) == point(int(start) + 43)
    assert iv(f["stated"]) == point(196)
    assert run.code == 1


def test_stock_flow_with_removed(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          total: {value: 196家}
          new: {value: 50家}
          gone: {value: 7家}
          before: {value: 153家}
          before_bad: {value: 160家}
        checks:
          - {id: ok, stock: total, start: before, added: [new], removed: [gone]}
          - {id: bad, stock: total, start: before_bad, added: [new], removed: [gone]}
    """)
    run.not_at("ok")
    assert iv(run.one("bad")["computed"]) == point(203)


def test_stock_flow_implied_start(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          total: {value: 196家}
          new: {value: 43家}
        checks:
          - {id: s, stock: total, added: [new]}
    """)
    f = run.one("s")
    assert_verdict(f, "FC502", "info", headline=False, verdict="derived")
    assert f["name"] == "stock-implied-start"
    assert iv(f["computed"]) == point(153)
    assert run.code == 0


def test_stock_flow_negative_implied_start(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          total: {value: 40家}
          new: {value: 43家}
        checks:
          - {id: s, stock: total, added: [new]}
    """)
    by_code = {f["code"]: f for f in run.at("s")}
    assert set(by_code) == {"FC501", "FC502"}
    assert_verdict(by_code["FC501"], "FC501", "error", headline=True)
    assert iv(by_code["FC502"]["computed"]) == point(-3)
    assert run.code == 1
