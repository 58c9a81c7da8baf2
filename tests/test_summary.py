"""What a run adds up (summary.py): files, claims, checks and the claims they cover.
"""

from __future__ import annotations


def test_summary_coverage(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          total: {value: 196家}
          new: {value: 43家}
          before: {value: 153家}
          alone: {value: 3个}
          good_air: {value: 86%}
        checks:
          - {stock: total, start: before, added: [new]}
          - {feasible: good_air, of: 365天}
    """)
    s = run.doc["summary"]
    assert (s["files"], s["claims"], s["checks"], s["errors"], s["untestable"]) == (1, 5, 2, 0, 1)
    assert s["covered_claims"] == 4
    assert s["testable_claims"] == 3
