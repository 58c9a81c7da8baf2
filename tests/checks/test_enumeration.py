"""Enumeration (checks/enumeration.py): FC601 enumeration-mismatch.

Through the real command line (`factcheck check --format json --show-info`, the `check`
fixture): a consistent case, an inconsistent case and the rounding edge on both sides of the
boundary, found with exact Fraction arithmetic independently of the tool and compared with
the tool's JSON intervals (exact strings).
"""

from __future__ import annotations

import pytest
from helpers import assert_verdict, iv, point


@pytest.mark.parametrize(("value", "names", "complete", "fails"), [
    ("两家", "[长青科技, 天元智能]", "true", False),
    ("两家", "[长青科技]", "true", True),
    ("两家", "[长青科技, 天元智能, 第三家]", "true", True),
    ("六项", "[光伏, 充电, 储能, 电车检测, 餐饮, 便利店]", "true", False),
    ("5段", "[大坝河, 童子河]", "false", False),  # 等: names ≤ count
    ("5段", "[a, b, c, d, e]", "false", False),
    ("5段", "[a, b, c, d, e, f]", "false", True),
])
def test_enumeration(check, value: str, names: str, complete: str, fails: bool) -> None:
    run = check(f"""
        factcheck: 1
        claims:
          listed:
            value: {value}
            names: {names}
            names_complete: {complete}
    """)
    if not fails:
        assert run.findings == [] and run.code == 0
        return
    [f] = run.findings
    assert_verdict(f, "FC601", "error", headline=False)
    assert f["name"] == "enumeration-mismatch"
    n = names.count(",") + 1
    assert iv(f["computed"]) == point(n)
    assert (f["line"], f["column"]) == (5, 12)  # at the names list
    assert run.code == 1
