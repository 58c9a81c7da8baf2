"""Verdicts of every check kind, through the real command line (`factcheck check --format json`).

Each kind gets a consistent case, an inconsistent case and the rounding edge on both sides of the
boundary. Boundaries are found with exact Fraction arithmetic here, independently of the tool, and
the tool's JSON intervals (exact strings) are compared with them.

Several tests pin bugs found while writing them (crashes, ignored bases, figures in checks never
read under the looser rounding); they state the behaviour the conventions ask for.
"""

from __future__ import annotations

import json
import math
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from factcheck.cli import main

# --- running the command line -----------------------------------------------------------------

Finding = dict[str, Any]


@dataclass
class Run:
    """The exit code and the JSON document of one `factcheck check` run."""

    code: int
    doc: dict[str, Any]

    @property
    def findings(self) -> list[Finding]:
        return self.doc["findings"]

    def codes(self, severity: str | None = None) -> list[str]:
        return sorted(f["code"] for f in self.findings
                      if severity is None or f["severity"] == severity)

    def at(self, check: str) -> list[Finding]:
        """Findings of the check entry with this `id:`."""
        return [f for f in self.findings if f["check"] == check]

    def one(self, check: str) -> Finding:
        found = self.at(check)
        assert len(found) == 1, (check, found)
        return found[0]

    def of_claim(self, claim: str, code: str | None = None) -> list[Finding]:
        """Findings whose claims include this claim id (or that are placed at it by message)."""
        return [f for f in self.findings
                if (code is None or f["code"] == code)
                and any(c["id"] == claim for c in f["claims"])]

    def not_at(self, check: str) -> None:
        assert self.at(check) == [], self.at(check)


def _write(directory: Path, text: str, name: str) -> Path:
    path = directory / name
    path.parent.mkdir(parents=True, exist_ok=True)
    text = textwrap.dedent(text)
    path.write_text(text[1:] if text.startswith("\n") else text, encoding="utf-8")
    return path


@pytest.fixture
def check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Callable[..., Run]:
    """check(yaml_text, *options) → Run of `factcheck check FILE --format json --show-info`."""

    def run(text: str, *options: str, name: str = "fact.yaml") -> Run:
        path = _write(tmp_path, text, name)
        return run_paths([path], *options)

    def run_paths(paths: list[Path], *options: str) -> Run:
        capsys.readouterr()
        code = main(["check", *[str(p) for p in paths], "--format", "json", "--show-info",
                     *options])
        out, err = capsys.readouterr()
        try:
            doc = json.loads(out)
        except ValueError:
            pytest.fail(f"exit {code} without a JSON document; stderr: {err}")
        return Run(code, doc)

    run.paths = run_paths  # type: ignore[attr-defined]
    run.dir = tmp_path  # type: ignore[attr-defined]
    return run


def iv(d: dict[str, Any] | None) -> tuple[Fraction | None, Fraction | None, bool, bool] | None:
    """A JSON interval as exact Fractions (None for an infinite end)."""
    if d is None:
        return None

    def end(s: str) -> Fraction | None:
        return None if s in ("inf", "-inf") else Fraction(s)

    return end(d["lo"]), end(d["hi"]), d["lo_closed"], d["hi_closed"]


def closed(lo: Fraction | int | str, hi: Fraction | int | str) -> tuple[Fraction, Fraction, bool, bool]:
    return Fraction(lo), Fraction(hi), True, True


def point(x: Fraction | int | str) -> tuple[Fraction, Fraction, bool, bool]:
    return closed(x, x)


def assert_verdict(f: Finding, code: str, severity: str, headline: bool,
                   verdict: str = "fail") -> None:
    assert (f["code"], f["severity"], f["headline"], f["verdict"]) == (
        code, severity, headline, verdict), f


def decimals(lo: str, hi: str, places: int) -> list[str]:
    """Every decimal from lo to hi at ``places`` decimals, as written text ('215.60' …)."""
    scale = 10**places
    a, b = int(Fraction(lo) * scale), int(Fraction(hi) * scale)
    return [f"{n // scale}.{n % scale:0{places}d}" for n in range(a, b + 1)]


def written_interval(text: str, places: int) -> tuple[Fraction, Fraction]:
    """[v − h, v + h] of a figure written to ``places`` decimals (the default up_or_down)."""
    h = Fraction(1, 2 * 10**places)
    v = Fraction(text)
    return v - h, v + h


def meets(a: tuple[Fraction, Fraction], b: tuple[Fraction, Fraction]) -> bool:
    """Closed intervals that share a point."""
    return a[0] <= b[1] and b[0] <= a[1]


def boundaries(candidates: list[str], holds: Callable[[str], bool]) -> tuple[str, str, str, str]:
    """(last failing below, first holding, last holding, first failing above) of a scan whose
    holding values are one contiguous run inside the candidates."""
    ok = [i for i, c in enumerate(candidates) if holds(c)]
    assert ok and ok[0] > 0 and ok[-1] < len(candidates) - 1
    assert ok == list(range(ok[0], ok[-1] + 1))
    return candidates[ok[0] - 1], candidates[ok[0]], candidates[ok[-1]], candidates[ok[-1] + 1]


# --- growth (FC101, FC102, FC051) -------------------------------------------------------------

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
    path = _write(tmp_path, """
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


# --- share (FC201, FC202, FC203) --------------------------------------------------------------

PART, WHOLE = written_interval("258.8", 1), written_interval("527.7", 1)
SHARE = (PART[0] / WHOLE[1], PART[1] / WHOLE[0])


def share_holds(stated: str) -> bool:
    lo, hi = written_interval(stated, 1)
    return meets(SHARE, (lo / 100, hi / 100))


SHARE_FAIL_LOW, SHARE_OK_LOW, SHARE_OK_HIGH, SHARE_FAIL_HIGH = boundaries(
    decimals("48.0", "50.0", 1), share_holds)

SHARE_FILE = """
factcheck: 1
claims:
  hitech: {value: 258.8亿元}
  industry: {value: 527.7亿元}
checks:
  - {id: s, share: hitech, of: industry, is: STATED}
"""


def test_share_boundaries() -> None:
    assert (Fraction(1035, 2111), Fraction(5177, 10553)) == SHARE
    assert (SHARE_FAIL_LOW, SHARE_OK_LOW, SHARE_OK_HIGH, SHARE_FAIL_HIGH) == (
        "48.9", "49.0", "49.1", "49.2")


def test_share_consistent(check) -> None:
    run = check(SHARE_FILE.replace("STATED", "49%"))
    assert run.findings == [] and run.code == 0


def test_share_mismatch(check) -> None:
    run = check(SHARE_FILE.replace("STATED", "55%"))
    f = run.one("s")
    assert_verdict(f, "FC201", "error", headline=False)
    assert f["name"] == "share-mismatch"
    assert iv(f["computed"]) == closed(*SHARE)
    assert iv(f["stated"]) == closed("0.545", "0.555")
    assert (f["line"], f["column"]) == (6, 5)
    assert run.code == 1


@pytest.mark.parametrize("stated", [SHARE_FAIL_LOW, SHARE_OK_LOW, SHARE_OK_HIGH, SHARE_FAIL_HIGH])
def test_share_rounding_edge(check, stated: str) -> None:
    run = check(SHARE_FILE.replace("STATED", stated + "%"))
    if share_holds(stated):
        assert run.findings == []
    else:
        f = run.one("s")
        assert_verdict(f, "FC201", "error", headline=False)
        lo, hi = written_interval(stated, 1)
        assert iv(f["stated"]) == closed(lo / 100, hi / 100)


def test_share_bound_word_false_is_a_headline(check) -> None:
    run = check(SHARE_FILE.replace("STATED", "超五成"))
    f = run.one("s")
    assert_verdict(f, "FC201", "error", headline=True)
    assert iv(f["stated"]) == (Fraction(1, 2), Fraction(1), False, True)  # (50%, 100%]


def test_share_bound_word_true(check) -> None:
    run = check(SHARE_FILE.replace("STATED", "近五成"))  # [40%, 50%)
    assert run.findings == []


def test_share_soft_bound_is_a_warning(check) -> None:
    # 95% is 超八成 (hard: (80%, 100%]) but one would write 超九成 (soft: (80%, 90%)).
    run = check("""
        factcheck: 1
        claims:
          part: {value: 95亿元}
          whole: {value: 100亿元}
        checks:
          - {id: s, share: part, of: whole, is: 超八成}
    """)
    assert_verdict(run.one("s"), "FC201", "warning", headline=False)
    assert run.code == 0


def test_share_without_stated_share_part_exceeds_whole(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          part: {value: 600亿元}
          whole: {value: 527.7亿元}
        checks:
          - {id: s, share: part, of: whole}
    """)
    [bad] = [f for f in run.at("s") if f["code"] == "FC202"]
    assert_verdict(bad, "FC202", "error", headline=True)
    assert bad["name"] == "part-exceeds-whole"
    assert iv(bad["computed"]) == closed(59950000000, 60050000000)
    assert iv(bad["stated"]) == closed(52765000000, 52775000000)
    assert run.code == 1


def test_share_computed_is_info(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          hitech: {value: 258.8亿元}
          industry: {value: 527.7亿元}
        checks:
          - {id: s, share: hitech, of: industry}
    """)
    f = run.one("s")
    assert_verdict(f, "FC203", "info", headline=False, verdict="derived")
    assert f["name"] == "share-computed"
    assert iv(f["computed"]) == closed(*SHARE)
    assert run.code == 0


def test_share_of_a_written_whole(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          part: {value: 300亿元}
        checks:
          - {id: ok, share: part, of: 1000亿元, is: 30%}
          - {id: bad, share: part, of: 1000亿元, is: 40%}
    """)
    run.not_at("ok")
    f = run.one("bad")
    assert_verdict(f, "FC201", "error", headline=False)
    assert iv(f["computed"]) == closed(Fraction("299.5") / Fraction("1000.5"),
                                       Fraction("300.5") / Fraction("999.5"))
    assert [c["id"] for c in f["claims"]] == ["part"]


def test_share_stated_by_a_claim(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          hitech: {value: 258.8亿元}
          industry: {value: 527.7亿元}
          said: {value: 超八成}
        checks:
          - {id: s, share: hitech, of: industry, is: said}
    """)
    f = run.one("s")
    assert_verdict(f, "FC201", "error", headline=True)
    assert {c["id"] for c in f["claims"]} == {"hitech", "industry", "said"}


def test_share_of_different_dimensions(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          part: {value: 300亿元}
          whole: {value: 1000亩}
        checks:
          - {share: part, of: whole}
          - {share: part, of: 1000亿元, is: 30个}
    """)
    assert run.codes() == ["FC011", "FC011"]


# --- breakdown (FC301) ------------------------------------------------------------------------

BREAKDOWN = """
factcheck: 1
claims:
  projects: {value: TOTAL个}
  major: {value: 5个}
  industry: {value: 19个}
  service: {value: 6个}
checks:
  - {id: b, breakdown: projects, parts: [major, industry, service], exhaustive: EXH}
"""


def test_breakdown_exhaustive_overlap(check) -> None:
    run = check(BREAKDOWN.replace("TOTAL", "27").replace("EXH", "true"))
    f = run.one("b")
    assert_verdict(f, "FC301", "error", headline=False)
    assert f["name"] == "breakdown-mismatch"
    assert "overlap" in f["message"]
    assert iv(f["computed"]) == point(30)
    assert iv(f["stated"]) == point(27)
    assert f["gap"]["absolute"] == "3"
    assert (f["line"], f["column"]) == (8, 5)
    assert {c["id"] for c in f["claims"]} == {"projects", "major", "industry", "service"}
    assert run.code == 1


@pytest.mark.parametrize(("total", "exhaustive", "fails"), [
    ("30", "true", False),
    ("29", "true", True),
    ("31", "true", True),  # parts fall short: a category is missing
    ("30", "false", False),
    ("40", "false", False),  # only some categories listed: Σ ≤ total
    ("27", "false", True),  # even a partial list cannot exceed the total
])
def test_breakdown_exact_counts(check, total: str, exhaustive: str, fails: bool) -> None:
    run = check(BREAKDOWN.replace("TOTAL", total).replace("EXH", exhaustive))
    if not fails:
        assert run.findings == []
        return
    f = run.one("b")
    assert_verdict(f, "FC301", "error", headline=False)
    assert iv(f["computed"]) == point(30)
    assert iv(f["stated"]) == point(total)


PARTS_SUM = (written_interval("1.2", 1)[0] + written_interval("3.4", 1)[0],
             written_interval("1.2", 1)[1] + written_interval("3.4", 1)[1])


@pytest.mark.parametrize("total", decimals("4.3", "4.9", 1))
def test_breakdown_rounded_parts(check, total: str) -> None:
    # 1.2亿 + 3.4亿 = [4.5亿, 4.7亿]: totals whose own interval meets it are rounding, not error.
    run = check(f"""
        factcheck: 1
        claims:
          total: {{value: {total}亿元}}
          a: {{value: 1.2亿元}}
          b: {{value: 3.4亿元}}
        checks:
          - {{id: b, breakdown: total, parts: [a, b]}}
    """)
    holds = meets(PARTS_SUM, written_interval(total, 1))
    assert holds == (total in ("4.5", "4.6", "4.7"))
    if holds:
        assert run.findings == []
    else:
        f = run.one("b")
        assert_verdict(f, "FC301", "error", headline=False)
        e8 = 10**8
        assert iv(f["computed"]) == closed(PARTS_SUM[0] * e8, PARTS_SUM[1] * e8)
        lo, hi = written_interval(total, 1)
        assert iv(f["stated"]) == closed(lo * e8, hi * e8)


def test_breakdown_mixed_dimensions(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          land: {value: 300亩}
          money: {value: 100万元}
        checks:
          - {breakdown: land, parts: [money]}
    """)
    assert run.codes() == ["FC011"] and run.code == 1


# --- multiple (FC401) -------------------------------------------------------------------------

@pytest.mark.parametrize(("a", "b", "factor", "stated", "fails"), [
    ("4家", "2家", "翻倍", point(2), False),
    ("3家", "2家", "翻倍", point(2), True),
    ("4家", "2家", "翻一番", point(2), False),
    ("4家", "1家", "翻两番", point(4), False),
    ("3家", "1家", "翻两番", point(4), True),  # 翻两番 is ×4, not ×3
    ("8家", "1家", "翻三番", point(8), False),
    ("3家", "1家", "增长两倍", None, False),  # 增长两倍 is ×(1 + 2) = ×3
    ("4家", "1家", "增长两倍", None, True),
    ("3家", "1家", "是…的3倍", None, False),  # 是…的3倍 is ×3
    ("4家", "1家", "是…的3倍", None, True),
    ("5家", "2家", "翻了逾一番", (Fraction(2), None, False, False), False),
    ("4家", "2家", "翻了逾一番", (Fraction(2), None, False, False), True),
])
def test_multiple(check, a: str, b: str, factor: str, stated, fails: bool) -> None:
    run = check(f"""
        factcheck: 1
        claims:
          now: {{value: {a}}}
          before: {{value: {b}}}
        checks:
          - {{id: m, multiple: now, of: before, factor: {factor}}}
    """)
    if not fails:
        assert run.findings == [] and run.code == 0
        return
    f = run.one("m")
    assert_verdict(f, "FC401", "error", headline=True)  # 翻倍 that fails flips the sentence
    assert f["name"] == "multiple-mismatch"
    assert iv(f["computed"]) == point(Fraction(int(a[:-1]), int(b[:-1])))
    if stated is not None:
        assert iv(f["stated"]) == stated
    else:
        lo, hi, _, _ = iv(f["stated"])
        assert lo <= 3 <= hi and not (lo <= 4 <= hi)


def test_multiple_classic_confusion(check) -> None:
    # From 1 to 4: 翻两番 (×4) is right, 增长两倍 (×3) is wrong.
    run = check("""
        factcheck: 1
        claims:
          now: {value: 4家}
          before: {value: 1家}
        checks:
          - {id: ok, multiple: now, of: before, factor: 翻两番}
          - {id: bad, multiple: now, of: before, factor: 增长两倍}
    """)
    run.not_at("ok")
    assert_verdict(run.one("bad"), "FC401", "error", headline=True)


@pytest.mark.parametrize(("a", "fails"), [("28", True), ("29", False), ("30", False),
                                          ("31", False), ("32", True)])
def test_multiple_rounded_factor_edge(check, a: str, fails: bool) -> None:
    # factor 1.5 means [1.45, 1.55]: 29/20 = 1.45 and 31/20 = 1.55 are ties, still consistent
    # under the default up_or_down rounding; 28/20 and 32/20 are not.
    run = check(f"""
        factcheck: 1
        claims:
          now: {{value: {a}个}}
          before: {{value: 20个}}
        checks:
          - {{id: m, multiple: now, of: before, factor: 1.5}}
    """)
    ratio = Fraction(int(a), 20)
    assert (not Fraction("1.45") <= ratio <= Fraction("1.55")) == fails
    if fails:
        f = run.one("m")
        assert f["code"] == "FC401" and f["severity"] == "error"
        assert iv(f["stated"]) == closed("1.45", "1.55")
    else:
        assert run.findings == []


def test_multiple_tie_under_rounding_up_is_a_warning(check) -> None:
    # 31/20 = 1.55: 四舍五入 makes 1.5 mean [1.45, 1.55), so it holds only under up_or_down.
    run = check("""
        factcheck: 1
        article: {rounding: up}
        claims:
          now: {value: 31个}
          before: {value: 20个}
        checks:
          - {id: m, multiple: now, of: before, factor: 1.5}
    """)
    f = run.one("m")
    assert (f["code"], f["severity"]) == ("FC401", "warning")


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


# --- stock-flow (FC501, FC502) ----------------------------------------------------------------

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


# --- enumeration (FC601) ----------------------------------------------------------------------

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


# --- feasibility (FC701, FC050) ---------------------------------------------------------------

MEAN = written_interval("5.19", 2)


def grim_possible(n: int) -> bool:
    return math.ceil(MEAN[0] * n) <= MEAN[1] * n


@pytest.mark.parametrize("n", [25, 26, 27, 28, 29, 30, 31, 32, 33])
def test_feasibility_grim(check, n: int) -> None:
    run = check(f"""
        factcheck: 1
        claims:
          mean_score: {{value: "5.19"}}
          pupils: {{value: {n}人}}
        checks:
          - {{id: f, feasible: mean_score, of: pupils}}
    """)
    if grim_possible(n):
        assert run.findings == [] and run.code == 0
        return
    f = run.one("f")
    assert (f["code"], f["name"], f["severity"], f["headline"]) == (
        "FC701", "infeasible-figure", "error", False)
    assert iv(f["computed"]) == closed(*MEAN)
    assert run.code == 1


def test_feasibility_grim_documented_pair(check) -> None:
    assert not grim_possible(28) and grim_possible(32)
    run = check("""
        factcheck: 1
        claims:
          mean_score: {value: "5.19"}
        checks:
          - {id: n28, feasible: mean_score, of: 28}
          - {id: n32, feasible: mean_score, of: 32}
    """)
    assert run.one("n28")["code"] == "FC701"
    run.not_at("n32")


def test_feasibility_finding_names_its_claims(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          mean_score: {value: "5.19"}
          pupils: {value: 28人}
        checks:
          - {id: f, feasible: mean_score, of: pupils}
    """)
    assert {c["id"] for c in run.one("f")["claims"]} == {"mean_score", "pupils"}


def test_feasibility_untestable(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          good_air: {value: 86%}
        checks:
          - {id: f, feasible: good_air, of: 365天}
    """)
    f = run.one("f")
    assert (f["code"], f["name"], f["severity"], f["verdict"]) == (
        "FC050", "untestable", "info", "untestable")
    assert run.code == 0
    assert run.doc["summary"]["untestable"] == 1


@pytest.mark.parametrize(("rate", "n", "holds"), [
    ("2%", 40, True),  # k = 1 gives 2.5%: a tie, fine under up_or_down
    ("2.4%", 40, False),  # [2.35%, 2.45%] × 40 = [0.94, 0.98]
    ("2.5%", 40, True),
    ("12.5%", 8, True),
    ("13%", 8, True),  # [12.5%, 13.5%] × 8 = [1, 1.08]: k = 1 (a tie)
    ("13.0%", 8, False),  # [12.95%, 13.05%] × 8 = [1.036, 1.044] holds no whole number
])
def test_feasibility_percentages(check, rate: str, n: int, holds: bool) -> None:
    run = check(f"""
        factcheck: 1
        claims:
          rate: {{value: {rate}}}
        checks:
          - {{id: f, feasible: rate, of: {n}人}}
    """)
    if holds:
        assert run.findings == []
    else:
        assert (run.one("f")["code"], run.one("f")["severity"]) == ("FC701", "error")


def test_feasibility_trunc_holds_only_if_rounded_loosely(check) -> None:
    # trunc: 2.4% is [2.4%, 2.5%), ×40 = [0.96, 1): no whole k; `any` allows 2.5% → warning.
    run = check("""
        factcheck: 1
        article: {rounding: trunc}
        claims:
          rate: {value: 2.4%}
        checks:
          - {id: f, feasible: rate, of: 40人}
    """)
    assert (run.one("f")["code"], run.one("f")["severity"]) == ("FC701", "warning")


def test_feasibility_tie_under_rounding_up_is_a_warning(check) -> None:
    run = check("""
        factcheck: 1
        article: {rounding: up}
        claims:
          rate: {value: 2%}
        checks:
          - {id: f, feasible: rate, of: 40人}
    """)
    assert (run.one("f")["code"], run.one("f")["severity"]) == ("FC701", "warning")


def test_feasibility_of_zero_count_does_not_crash(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          rate: {value: 50%}
          nobody: {value: 0人}
        checks:
          - {id: f, feasible: rate, of: nobody}
    """)
    assert run.code == 1
    assert run.one("f")["code"] in ("FC013", "FC701")


def test_feasibility_of_a_non_count(check) -> None:
    run = check("""
        factcheck: 1
        claims:
          rate: {value: 50%}
          money: {value: 227.6亿元}
        checks:
          - {feasible: rate, of: money}
    """)
    assert run.codes() == ["FC011"] and run.code == 1


# --- expression (FC801, FC007, FC011, FC012) --------------------------------------------------

EXPR = """
factcheck: 1
claims:
  listed_2023: {value: 4家}
  listed_2022: {value: 2家}
  listed_new: {value: 两家}
  three: {value: 3家}
  rate: {value: 5.5%}
  rate_prev: {value: 5.2%}
  change: {value: 0.3个百分点}
  money: {value: 100万元}
  money2: {value: 50万元}
  land: {value: 300亩}
  subsidies: {value: 7892万元}
  households: {value: 5000户}
checks:
  - {id: e, expect: "EXPR"}
"""


@pytest.mark.parametrize(("expr", "fails"), [
    ("listed_2023 - listed_2022 == listed_new", False),
    ("listed_2023 - listed_2022 == three", True),
    ("listed_2023 == 2 * listed_2022", False),
    ("listed_2023 / listed_2022 == 2", False),
    ("(listed_2023 + three) / 7 == 1", False),
    ("listed_2023 < listed_2022", True),
    ("rate >= 5%", False),
    ("rate > 6%", True),
    ("rate >= 5.55%", False),  # tie: 5.5% reaches 5.55%
    ("rate > 5.55%", True),  # … but never exceeds it
    ("rate - rate_prev == 0.3个百分点", False),
    ("rate - rate_prev == change", False),
    ("rate - rate_prev == 1个百分点", True),
    ("money + money2 >= money", False),
])
def test_expression(check, expr: str, fails: bool) -> None:
    run = check(EXPR.replace("EXPR", expr))
    if not fails:
        assert run.findings == [] and run.code == 0
        return
    f = run.one("e")
    assert_verdict(f, "FC801", "error", headline=False)
    assert f["name"] == "expression-false"
    assert (f["line"], f["column"]) == (16, 5)
    assert run.code == 1


def test_expression_intervals(check) -> None:
    run = check(EXPR.replace("EXPR", "rate - rate_prev == 1个百分点"))
    f = run.one("e")
    assert iv(f["computed"]) == closed("0.002", "0.004")
    assert iv(f["stated"]) == point("0.01")
    run = check(EXPR.replace("EXPR", "rate > 5.55%"))
    f = run.one("e")
    assert iv(f["computed"]) == closed("0.0545", "0.0555")
    assert iv(f["stated"]) == point("0.0555")


@pytest.mark.parametrize(("expr", "code"), [
    ("money == land", "FC011"),
    ("listed_2023 - nothing_here == listed_new", "FC007"),
    ("listed_2023 - listed_2022 = listed_new", "FC012"),
    ("listed_2023 - listed_2022", "FC012"),
    ("listed_2023 / 0 == listed_new", "FC012"),
])
def test_expression_problems_are_lint_errors(check, capsys, expr: str, code: str) -> None:
    run = check(EXPR.replace("EXPR", expr))
    assert run.codes() == [code]
    [f] = run.findings
    assert (f["severity"], f["verdict"]) == ("error", "problem")
    assert f["line"] == 16
    assert run.code == 1
    # lint reports the same problem and fails
    path = run_dir_file(check)
    capsys.readouterr()
    assert main(["lint", str(path), "--format", "json"]) == 1
    lint = json.loads(capsys.readouterr().out)
    assert [p["code"] for p in lint["findings"]] == [code]


def run_dir_file(check) -> Path:
    return check.dir / "fact.yaml"


def test_expression_money_plus_area_is_a_dimension_mismatch(check, capsys) -> None:
    run = check(EXPR.replace("EXPR", "money + land == money2"))
    assert run.codes() == ["FC011"]
    assert run.code == 1
    capsys.readouterr()
    assert main(["lint", str(run_dir_file(check))]) == 1


def test_expression_documented_per_capita_example(check) -> None:
    run = check(EXPR.replace("EXPR", "subsidies / households >= 1000"))
    assert run.findings == [] and run.code == 0


# --- duplicate (FC901) ------------------------------------------------------------------------

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
    a = _write(check.dir / "facts", f"""
        factcheck: 1
        {article}
        claims:
          gdp: {{label: 地区生产总值, value: 227.6亿元}}
    """, "a.yaml")
    _write(check.dir / "facts", f"""
        factcheck: 1
        {article}
        claims:
          gdp: {{label: 地区生产总值, value: 228.6亿元}}
          trade: {{label: 进出口总额, value: 215亿元}}
    """, "b.yaml")
    _write(check.dir / "facts", f"""
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
    _write(d, """
        factcheck: 1
        claims:
          gdp: {value: 227.6亿元, same_as: other/gdp}
    """, "main.yaml")
    _write(d, """
        factcheck: 1
        claims:
          gdp: {value: 226.7亿元}
    """, "other.yaml")
    run = check.paths([d])
    [f] = run.findings
    assert_verdict(f, "FC901", "error", headline=False)


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
