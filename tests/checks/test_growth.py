"""Growth (checks/growth.py): FC101 growth-mismatch, FC102 growth-implied-level, and the
FC051 not-comparable verdict of real growth against nominal levels.

Through the real command line (`factcheck check --format json --show-info`, the `check`
fixture): a consistent case, an inconsistent case and the rounding edge on both sides of the
boundary, found with exact Fraction arithmetic independently of the tool and compared with
the tool's JSON intervals (exact strings).
"""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

import pytest
from helpers import assert_verdict, boundaries, closed, decimals, iv, meets, point, write, written_interval

from factcheck.cli import main

# 227.6亿元 with growth 5% against a previous level written to 0.01亿: the relation holds iff
# [cur_lo / prev_hi − 1, cur_hi / prev_lo − 1] meets [4.5%, 5.5%].
CUR = written_interval("227.6", 1)
RATE = (Fraction("0.045"), Fraction("0.055"))


def growth_range(prev: str) -> tuple[Fraction, Fraction]:
    p_lo, p_hi = written_interval(prev, 2)
    return CUR[0] / p_hi - 1, CUR[1] / p_lo - 1


PREV_FAIL_LOW, PREV_OK_LOW, PREV_OK_HIGH, PREV_FAIL_HIGH = boundaries(
    decimals("215.00", "218.50", 2), lambda p: meets(growth_range(p), RATE))


def test_growth_boundaries_are_where_the_arithmetic_puts_them() -> None:
    # 227.55 / 215.695 − 1 ≤ 5.5% < 227.55 / 215.685 − 1, and symmetrically at the top.
    assert (PREV_FAIL_LOW, PREV_OK_LOW, PREV_OK_HIGH, PREV_FAIL_HIGH) == (
        "215.68", "215.69", "217.85", "217.86")


GROWTH_CLAIM = """
factcheck: 1
claims:
  gdp: {value: 227.6亿元, growth: 5%, previous: gdp_2022}
  gdp_2022: {value: PREV亿元, period: 2022}
"""


@pytest.mark.parametrize("prev", [PREV_FAIL_LOW, PREV_OK_LOW, PREV_OK_HIGH, PREV_FAIL_HIGH])
def test_growth_rounding_edge(check, prev: str) -> None:
    run = check(GROWTH_CLAIM.replace("PREV", prev))
    holds = meets(growth_range(prev), RATE)
    if holds:
        assert run.findings == []
        assert run.code == 0
        return
    assert run.code == 1
    [f] = run.findings
    assert_verdict(f, "FC101", "error", headline=False)
    assert f["name"] == "growth-mismatch"
    assert f["line"] == 3 and f["column"] == 3  # the claim that implies the check
    assert iv(f["computed"]) == closed(*growth_range(prev))
    assert iv(f["stated"]) == closed(*RATE)
    assert {c["id"] for c in f["claims"]} == {"gdp", "gdp_2022", "gdp.growth"}


@pytest.mark.parametrize("prev", [PREV_FAIL_LOW, PREV_OK_LOW, PREV_OK_HIGH, PREV_FAIL_HIGH])
def test_growth_check_form_same_verdicts(check, prev: str) -> None:
    run = check(f"""
        factcheck: 1
        claims:
          cur: {{value: 227.6亿元}}
          prev: {{value: {prev}亿元}}
        checks:
          - {{id: g, growth: cur, previous: prev, rate: 5%}}
    """)
    if meets(growth_range(prev), RATE):
        assert run.findings == [] and run.code == 0
    else:
        f = run.one("g")
        assert_verdict(f, "FC101", "error", headline=False)
        assert (f["line"], f["column"]) == (6, 5)
        assert iv(f["computed"]) == closed(*growth_range(prev))
        assert iv(f["stated"]) == closed(*RATE)


def test_growth_check_form_with_rate_from_a_claim(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          cur: {value: 227.6亿元}
          prev_ok: {value: 215.69亿元}
          prev_bad: {value: 215.68亿元}
          rate: {value: 5%}
        checks:
          - {id: ok, growth: cur, previous: prev_ok, rate: rate}
          - {id: bad, growth: cur, previous: prev_bad, rate: rate}
    """)
    run.not_at("ok")
    assert_verdict(run.one("bad"), "FC101", "error", headline=False)


def test_growth_check_form_of_different_dimensions_is_a_lint_error(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          cur: {value: 227.6亿元}
          prev: {value: 300亩}
        checks:
          - {growth: cur, previous: prev, rate: 5%}
    """)
    assert run.codes() == ["FC011"]
    assert run.code == 1


def test_growth_check_form_without_a_rate_is_an_invalid_check(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          cur: {value: 227.6亿元}
          prev: {value: 215.69亿元}
        checks:
          - {growth: cur, previous: prev}
    """)
    assert run.code == 1
    assert run.codes() == ["FC013"]


def test_growth_real_basis_is_not_comparable_not_an_error(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          gdp: {value: 227.6亿元, growth: 5%, basis: real, previous: gdp_2022}
          gdp_2022: {value: 210.3亿元, period: 2022}
    """)
    [f] = run.findings
    assert_verdict(f, "FC051", "info", headline=False, verdict="not-comparable")
    assert f["name"] == "not-comparable"
    assert iv(f["computed"]) == closed(Fraction("227.55") / Fraction("210.35") - 1,
                                       Fraction("227.65") / Fraction("210.25") - 1)
    assert iv(f["stated"]) == closed(*RATE)
    assert run.code == 0  # info does not fail the run
    assert f["suggestions"] == []


def test_growth_real_basis_nominal_check_is_an_error(check) -> None:
    # The same figures without `basis: real`: a nominal rate the levels contradict.
    run = check("""
        factcheck: 1
        claims:
          gdp: {value: 227.6亿元, growth: 5%, previous: gdp_2022}
          gdp_2022: {value: 210.3亿元, period: 2022}
    """)
    [f] = run.findings
    assert_verdict(f, "FC101", "error", headline=False)


def test_growth_check_form_basis_from_rate_claim(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          cur: {value: 227.6亿元}
          prev: {value: 210.3亿元}
          real_rate: {value: 5%, basis: real}
          rate: {value: 5%}
        checks:
          - {id: by_claim, growth: cur, previous: prev, rate: real_rate}
          - {id: by_check, growth: cur, previous: prev, rate: rate, basis: real}
    """)
    assert_verdict(run.one("by_claim"), "FC051", "info", False, "not-comparable")
    assert_verdict(run.one("by_check"), "FC051", "info", False, "not-comparable")


def test_growth_check_form_literal_rate_with_real_basis(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          cur: {value: 227.6亿元}
          cur_real: {value: 227.6亿元, basis: real}
          prev: {value: 210.3亿元}
        checks:
          - {id: check_basis, growth: cur, previous: prev, rate: 5%, basis: real}
          - {id: claim_basis, growth: cur_real, previous: prev, rate: 5%}
    """)
    assert_verdict(run.one("check_basis"), "FC051", "info", False, "not-comparable")
    assert_verdict(run.one("claim_basis"), "FC051", "info", False, "not-comparable")


def test_growth_real_basis_consistent_levels_pass(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          gdp: {value: 227.6亿元, growth: 5%, basis: real, previous: gdp_2022}
          gdp_2022: {value: 216.8亿元, period: 2022}
    """)
    assert run.findings == [] and run.code == 0


# 百分点: a rate 5.5% that rose 0.3个百分点: cur − prev must meet [0.25, 0.35] percentage points.
def pp_range(prev: str) -> tuple[Fraction, Fraction]:
    c_lo, c_hi = written_interval("5.5", 1)
    p_lo, p_hi = written_interval(prev, 1)
    return (c_lo - p_hi) / 100, (c_hi - p_lo) / 100  # as ratios


PP = (Fraction("0.0025"), Fraction("0.0035"))
PP_FAIL_LOW, PP_OK_LOW, PP_OK_HIGH, PP_FAIL_HIGH = boundaries(
    decimals("4.0", "6.5", 1), lambda p: meets(pp_range(p), PP))


def test_pp_boundaries() -> None:
    assert (PP_FAIL_LOW, PP_OK_LOW, PP_OK_HIGH, PP_FAIL_HIGH) == ("5.0", "5.1", "5.3", "5.4")


@pytest.mark.parametrize("prev", ["5.2", PP_FAIL_LOW, PP_OK_LOW, PP_OK_HIGH, PP_FAIL_HIGH])
def test_growth_in_percentage_points(check, prev: str) -> None:
    run = check(f"""
        factcheck: 1
        claims:
          rate_2023: {{value: 5.5%, growth: 0.3个百分点, previous: rate_2022}}
          rate_2022: {{value: {prev}%}}
    """)
    if meets(pp_range(prev), PP):
        assert run.findings == [] and run.code == 0
        return
    [f] = run.findings
    assert_verdict(f, "FC101", "error", headline=False)
    assert iv(f["computed"]) == closed(*pp_range(prev))
    assert iv(f["stated"]) == closed(*PP)  # 百分点 compare as a difference, never ×(1 + x%)


def test_growth_in_percentage_points_is_not_a_relative_rate(check) -> None:
    # 5.5% vs 5.2% is a relative growth of 5.8%, far from 0.3%: only the pp reading passes.
    run = check("""
        factcheck: 1
        claims:
          pp: {value: 5.5%, growth: 0.3个百分点, previous: prev}
          rel: {value: 5.5%, growth: 0.3%, previous: prev}
          prev: {value: 5.2%}
    """)
    assert [f["claims"][0]["id"] for f in run.findings] == ["rel"]
    assert_verdict(run.findings[0], "FC101", "error", headline=False)


def test_growth_in_percentage_points_fall_that_rose_is_a_headline(check) -> None:
    # "增速回落0.3个百分点" while the rate went from 5.0% to 5.2%: the direction is wrong.
    run = check("""
        factcheck: 1
        claims:
          rate: {value: 5.2%, growth: 回落0.3个百分点, previous: before}
          before: {value: 5.0%}
          rate_ok: {value: 5.2%, growth: 回落0.3个百分点, previous: before_ok}
          before_ok: {value: 5.5%}
    """)
    [f] = run.findings
    assert_verdict(f, "FC101", "error", headline=True)
    assert iv(f["computed"]) == closed("0.001", "0.003")
    assert iv(f["stated"]) == closed("-0.0035", "-0.0025")


def test_growth_in_percentage_points_of_counts_is_refused(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          now: {value: 5个, growth: 0.3个百分点, previous: before}
          before: {value: 4个}
    """)
    [f] = run.findings
    assert f["code"] in ("FC011", "FC013")
    assert f["severity"] == "error"


def test_growth_in_percentage_points_without_previous_gives_the_implied_rate(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          rate: {value: 5.2%, growth: 回落0.3个百分点}
    """)
    [f] = run.findings
    assert_verdict(f, "FC102", "info", headline=False, verdict="derived")
    # [5.15%, 5.25%] − [−0.35, −0.25] pp = [5.40%, 5.60%]
    assert iv(f["computed"]) == closed("0.054", "0.056")


def test_growth_without_previous_gives_the_implied_level(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          gdp: {value: 227.6亿元, growth: 5%}
    """)
    [f] = run.findings
    assert_verdict(f, "FC102", "info", headline=False, verdict="derived")
    assert f["name"] == "growth-implied-level"
    e8 = 10**8
    assert iv(f["computed"]) == closed(CUR[0] * e8 / (1 + RATE[1]), CUR[1] * e8 / (1 + RATE[0]))
    assert (f["line"], f["column"]) == (3, 3)
    assert run.code == 0


def test_implied_level_hidden_without_show_info(tmp_path: Path, capsys) -> None:
    path = write(tmp_path, """
        factcheck: 1
        claims:
          gdp: {value: 227.6亿元, growth: 5%}
    """, "fact.yaml")
    capsys.readouterr()
    assert main(["check", str(path), "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["findings"] == []
    assert doc["summary"]["infos"] == 1


def test_growth_sign_flip_is_a_headline_error(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          up_but_fell: {value: 200亿元, growth: 5%, previous: before}
          down_but_rose: {value: 220亿元, growth: 下降5%, previous: before}
          down_ok: {value: 199.5亿元, growth: 下降5%, previous: before}
          wrong_size: {value: 230亿元, growth: 5%, previous: before}
          before: {value: 210亿元}
    """)
    flips = {f["claims"][0]["id"]: f for f in run.findings}
    assert set(flips) == {"up_but_fell", "down_but_rose", "wrong_size"}
    assert_verdict(flips["up_but_fell"], "FC101", "error", headline=True)
    assert iv(flips["up_but_fell"]["computed"]) == closed(
        Fraction("199.5") / Fraction("210.5") - 1, Fraction("200.5") / Fraction("209.5") - 1)
    assert_verdict(flips["down_but_rose"], "FC101", "error", headline=True)
    assert iv(flips["down_but_rose"]["stated"]) == closed("-0.055", "-0.045")
    # Growth of 9.5% stated as 5%: wrong, but the sentence's direction stands.
    assert_verdict(flips["wrong_size"], "FC101", "error", headline=False)


def test_growth_of_different_dimensions_is_a_lint_error(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          cur: {value: 227.6亿元, growth: 5%, previous: prev}
          prev: {value: 300亩}
    """)
    assert run.codes() == ["FC011"]
    assert run.code == 1


# --- a tie under rounding up (四舍五入) holds only under a looser rounding: a warning ------------

def test_growth_tie_under_rounding_up_same_in_both_forms(check) -> None:
    # 2111 / 2000 − 1 = 5.55%: 5.5% under 四舍五入 is [5.45%, 5.55%).
    run = check("""
        factcheck: 1
        article: {rounding: up}
        claims:
          cur: {value: 2111家, growth: 5.5%, previous: prev}
          cur2: {value: 2111家}
          prev: {value: 2000家}
        checks:
          - {id: lit, growth: cur2, previous: prev, rate: 5.5%}
    """)
    by_claim = run.of_claim("cur", "FC101")
    assert [f["severity"] for f in by_claim] == ["warning"]
    assert run.one("lit")["severity"] == "warning"


def test_growth_tie_under_rounding_up_through_a_claim_is_a_warning(check) -> None:
    run = check("""
        factcheck: 1
        article: {rounding: up}
        claims:
          cur: {value: 2111家, growth: 5.5%, previous: prev}
          prev: {value: 2000家}
    """)
    [f] = run.findings
    assert (f["code"], f["severity"], f["headline"]) == ("FC101", "warning", False)
    assert iv(f["computed"]) == point("0.0555")
    assert iv(f["stated"]) == (Fraction("0.0545"), Fraction("0.0555"), True, False)
    assert run.code == 0
