"""Suppressions (suppress.py): `ignore:` on a check entry or a claim.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("ignore", ["[FC301]", "{FC301: the categories overlap by design}"])
def test_check_ignore_suppresses(check, ignore: str) -> None:
    run = check(f"""
        factcheck: 1
        claims:
          projects: {{value: 27个}}
          major: {{value: 5个}}
          industry: {{value: 19个}}
          service: {{value: 6个}}
        checks:
          - {{id: b, breakdown: projects, parts: [major, industry, service], ignore: {ignore}}}
          - {{id: b2, breakdown: projects, parts: [major, industry, service]}}
    """)
    run.not_at("b")
    assert run.one("b2")["code"] == "FC301"


def test_claim_ignore_suppresses(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          lead: {value: 12个, same_as: body, ignore: [FC901]}
          body: {value: 13个}
          gdp: {value: 227.6亿元, growth: 5%, ignore: [FC102]}
    """)
    assert run.findings == [] and run.code == 0


def test_check_ignore_suppresses_derived_findings(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          hitech: {value: 258.8亿元}
          industry: {value: 527.7亿元}
          total: {value: 196家}
          new: {value: 43家}
        checks:
          - {id: s, share: hitech, of: industry, ignore: [FC203]}
          - {id: f, stock: total, added: [new], ignore: [FC502]}
    """)
    assert run.findings == []
