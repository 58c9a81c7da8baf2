"""The joint model of a file's relations (factcheck.joint): conflicts between relations that each
hold alone (FC060), and the figure most likely wrong when relations fail (the `repairs` array).

The seed cases run through the real command line (`factcheck check --format json`) with exact
intervals worked out here with Fraction arithmetic; the properties run generated fact files
through `check_file`:

- a consistent system (one true value of every figure, each written rounded) never gives a
  joint conflict, nor any other error;
- adding a relation never turns an error into no finding;
- a repair, applied (its figure set to its typo, or to a value inside `would_need`), makes every
  relation of its component hold;
- a reported conflict is minimal: its relations alone conflict, and dropping any one of them
  makes the rest feasible.
"""

from __future__ import annotations

import json
import os
import re
import textwrap
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
import yaml
from helpers import cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.checks import prepare_file
from factcheck.cli import main
from factcheck.corpus import Corpus, resolve_aliases
from factcheck.findings import Severity
from factcheck.interval import Interval
from factcheck.joint import JOINT_CONFLICT, analyse
from factcheck.loader import load_text
from factcheck.rules import rule
from factcheck.run.files import check_file
from factcheck.typos import variants
from factcheck.verdict import evaluate

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = int(os.environ.get("FACTCHECK_JOINT_EXAMPLES", "40"))
PROPERTY = settings(max_examples=EXAMPLES, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


# --- running the command line -------------------------------------------------------------------

def write(directory: Path, text: str, name: str = "fact.yaml") -> Path:
    path = directory / name
    text = textwrap.dedent(text)
    path.write_text(text[1:] if text.startswith("\n") else text, encoding="utf-8")
    return path


@pytest.fixture
def check(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
    """check(path, *options) → (exit code, JSON document) of `factcheck check --format json`."""

    def run(path: Path, *options: str) -> tuple[int, dict[str, Any]]:
        capsys.readouterr()
        with monkeypatch.context() as m:
            m.delenv("FACTCHECK_FORCE_TERMINAL", raising=False)
            code = main(["check", str(path), "--format", "json", *options])
        out, err = capsys.readouterr()
        assert out, err
        return code, json.loads(out)

    return run


def exact(iv: dict[str, Any]) -> tuple[Fraction, Fraction, bool, bool]:
    return Fraction(iv["lo"]), Fraction(iv["hi"]), iv["lo_closed"], iv["hi_closed"]


def closed(lo: Fraction, hi: Fraction) -> tuple[Fraction, Fraction, bool, bool]:
    return lo, hi, True, True


YI, WAN = Fraction(10) ** 8, Fraction(10) ** 4


def half(step: str) -> Fraction:
    return Fraction(step) / 2


# --- seed 1: each relation holds alone, not together --------------------------------------------

CONFLICT = """
    factcheck: 1
    claims:
      gdp: {value: 100.0亿元, growth: 5.05%, previous: gdp_2022}
      gdp_2022: {value: 95.22亿元}
      gdp_per_capita: {value: 19992元}
      population: {value: 50.00万人}
    checks:
      - {id: per_capita, average: gdp_per_capita, total: gdp, count: population}
"""

# what the growth needs of gdp: previous × (1 + rate), both at the ends of their rounding
GROWTH_NEEDS = closed((Fraction("95.22") - half("0.01")) * YI * (1 + Fraction("0.0505") - half("0.0001")),
                      (Fraction("95.22") + half("0.01")) * YI * (1 + Fraction("0.0505") + half("0.0001")))
# what the average needs of gdp: per capita × population (a whole number of people)
AVERAGE_NEEDS = closed((19992 - half("1")) * (50 * WAN - half("0.01") * WAN),
                       (19992 + half("1")) * (50 * WAN + half("0.01") * WAN))
GDP_STATED = closed((100 - half("0.1")) * YI, (100 + half("0.1")) * YI)


def test_each_relation_holds_alone_but_not_together(check, tmp_path: Path) -> None:
    assert GROWTH_NEEDS[0] > AVERAGE_NEEDS[1]  # the seed: ≥ 100.018亿 against ≤ 99.973亿
    assert GROWTH_NEEDS[0] > Fraction("100.018") * YI and AVERAGE_NEEDS[1] < Fraction("99.973") * YI
    code, doc = check(write(tmp_path, CONFLICT))
    assert code == 1
    [f] = doc["findings"]  # nothing fails alone: only the joint model sees it
    assert (f["code"], f["name"], f["severity"], f["verdict"]) == (
        "FC060", "joint-conflict", "error", "fail")
    assert (f["line"], f["column"]) == (3, 3)  # the growth relation, the first of the two
    assert f["message"].startswith(
        "the growth relation at line 3 and per_capita (average, line 8) each hold alone but not "
        "together: the first needs gdp in 100.019亿–100.039亿元, the second needs it in "
        "99.95亿–99.972亿元 (stated 100.0亿元)")
    # each range within gdp's own interval [99.95亿, 100.05亿]
    assert GDP_STATED[0] < GROWTH_NEEDS[0] and GROWTH_NEEDS[1] < GDP_STATED[1]
    assert exact(f["computed"]) == GROWTH_NEEDS
    assert AVERAGE_NEEDS[0] < GDP_STATED[0]
    assert exact(f["stated"]) == closed(GDP_STATED[0], AVERAGE_NEEDS[1])
    assert Fraction(f["gap"]["absolute"]) == GROWTH_NEEDS[0] - AVERAGE_NEEDS[1]
    assert [c["id"] for c in f["claims"]] == [
        "gdp", "gdp_2022", "gdp.growth", "population", "gdp_per_capita"]
    assert doc["summary"]["errors"] == 1
    # what to fix: not gdp (both relations pin it), but one of the other four figures
    ranked = [(r["rank"], [c["id"] for c in r["claims"]]) for r in doc["repairs"]]
    # three slips of the pen tie (rank 1 each); the figure with no slip ranks after them
    assert ranked == [(1, ["gdp_2022"]), (1, ["population"]), (1, ["gdp.growth"]),
                      (4, ["gdp_per_capita"])]
    assert all(r["fixes"] == ["growth:3", "per_capita"] for r in doc["repairs"])
    first = doc["repairs"][0]["claims"][0]
    assert (first["stated"], first["typo"]) == ("95.22亿元", "95.2亿元")
    # gdp_2022 would need what the average leaves of gdp's interval, over (1 + rate)
    assert exact(first["would_need"]) == closed(
        GDP_STATED[0] / (1 + Fraction("0.0505") + half("0.0001")),
        AVERAGE_NEEDS[1] / (1 + Fraction("0.0505") - half("0.0001")))
    # gdp_2022 (95.2亿元: a digit doubled), population and gdp.growth (5.00%: one digit differs)
    # are each a slip of the pen that makes both hold: a tie, so no figure is named most likely wrong
    assert [c["typo"] for r in doc["repairs"] for c in r["claims"]] == [
        "95.2亿元", "50.030万人", "5.00%", None]
    assert not any(s.startswith("Most likely wrong") for s in f["suggestions"])


def test_the_same_conflict_written_as_an_expression(check, tmp_path: Path) -> None:
    text = CONFLICT.replace("{id: per_capita, average: gdp_per_capita, total: gdp, count: population}",
                            '{id: product, expect: "gdp_per_capita * population == gdp"}')
    _, doc = check(write(tmp_path, text))
    [f] = doc["findings"]
    assert f["code"] == "FC060" and "product (expression, line 8)" in f["message"]
    assert exact(f["computed"]) == GROWTH_NEEDS
    assert exact(f["stated"]) == closed(GDP_STATED[0], AVERAGE_NEEDS[1])


def test_open_ends_count_and_a_looser_rounding_makes_it_a_warning(check, tmp_path: Path) -> None:
    # truncated figures: a is in [10.04, 10.05), b in [10.03, 10.04): x ≥ a and x ≤ b each hold,
    # but together they need 10.04 ≤ x < 10.04 (the open end decides); rounded `any`, they meet
    text = """
        factcheck: 1
        article: {rounding: trunc}
        claims:
          x: {value: "10.0"}
          a: {value: "10.04"}
          b: {value: "10.03"}
        checks:
          - {id: above, expect: "x >= a"}
          - {id: below, expect: "x <= b"}
    """
    code, doc = check(write(tmp_path, text))
    [f] = doc["findings"]
    assert (f["code"], f["severity"]) == ("FC060", "warning")
    assert exact(f["computed"]) == (Fraction("10.04"), Fraction("10.1"), True, False)
    assert exact(f["stated"]) == (Fraction("10.0"), Fraction("10.04"), True, False)
    assert f["message"].endswith("holds only if the figures were rounded more loosely than the "
                                 "file says (rounding any)")
    assert code == 0
    code, doc = check(write(tmp_path, text.replace("rounding: trunc", "rounding: up_or_down")))
    assert doc["findings"] == []  # closed ends: x = 10.035 satisfies both


@pytest.mark.parametrize(("changes", "words"), [
    # 约 read to twice its rounding (gdp ≤ 19992.5元 × 50.01万) meets the growth (5.01%: gdp ≥
    # 99.9805亿); read to its rounding (≤ 99.9725亿) it does not
    ({"population: {value: 50.00万人}": "population: {value: 约50.00万人}",
      "growth: 5.05%": "growth: 5.01%"}, "involves an approximate figure (约50.00万人)"),
    ({"gdp_per_capita: {value: 19992元}": "gdp_per_capita: {value: 预计19992元}"},
     "involves an estimate or target (预计19992元)"),
    ({"count: population}": "count: population, discovered: linked}"},
     "the article ties these figures"),
])
def test_estimates_approximate_figures_and_linked_relations_make_it_a_warning(
        check, tmp_path: Path, changes: dict[str, str], words: str) -> None:
    text = CONFLICT
    for old, new in changes.items():
        assert old in text
        text = text.replace(old, new)
    code, doc = check(write(tmp_path, text))
    [f] = doc["findings"]
    assert (f["code"], f["severity"]) == ("FC060", "warning")
    assert words in f["message"]
    assert code == 0


def test_an_about_figure_that_conflicts_even_at_twice_its_rounding_is_an_error(
        check, tmp_path: Path) -> None:
    """约50.00万人 read to ±0.01万 still leaves gdp ≤ 99.9825亿 against the growth's ≥ 100.0186亿."""
    code, doc = check(write(tmp_path, CONFLICT.replace("population: {value: 50.00万人}",
                                                       "population: {value: 约50.00万人}")))
    [f] = doc["findings"]
    assert (f["code"], f["severity"]) == ("FC060", "error")
    assert code == 1


def test_a_figure_of_another_file_links_the_relations_that_name_it(check, tmp_path: Path) -> None:
    write(tmp_path, """
        factcheck: 1
        claims:
          gdp: {value: 100.0亿元}
    """, "other.yaml")
    main_file = write(tmp_path, """
        factcheck: 1
        claims:
          gdp_2022: {value: 95.22亿元}
          rate: {value: 5.05%}
          gdp_per_capita: {value: 19992元}
          population: {value: 50.00万人}
        checks:
          - {id: growth, growth: other/gdp, previous: gdp_2022, rate: rate}
          - {id: per_capita, average: gdp_per_capita, total: other/gdp, count: population}
    """, "main.yaml")
    _, doc = check(main_file)
    [f] = doc["findings"]
    assert f["code"] == "FC060" and f["file"].endswith("main.yaml")
    assert "the first needs other/gdp in 100.019亿–100.039亿元" in f["message"]
    assert exact(f["computed"]) == GROWTH_NEEDS
    assert [r["claims"][0]["id"] for r in doc["repairs"]] == [
        "gdp_2022", "population", "rate", "gdp_per_capita"]


def test_suppressing_the_conflict_drops_its_repairs(check, tmp_path: Path) -> None:
    path = write(tmp_path, CONFLICT)
    code, doc = check(path, "--ignore", "FC060")
    assert code == 0 and doc["findings"] == [] and "repairs" not in doc
    code, doc = check(path, "--select", "FC060")
    assert [f["code"] for f in doc["findings"]] == ["FC060"] and len(doc["repairs"]) == 4


def test_the_relations_of_a_conflict_are_listed_as_failing_with_it(check, tmp_path: Path) -> None:
    """--show-checks never says "holds" of a relation the joint model found in a conflict: each
    holds alone, so each takes the conflict's verdict (and is suppressed with it)."""
    path = write(tmp_path, CONFLICT)
    _, doc = check(path, "--show-checks")
    assert [(c["kind"], c["verdict"]) for c in doc["checks"]] == [("average", "fails"),
                                                                    ("growth", "fails")]
    _, doc = check(path, "--show-checks", "--ignore", "FC060")
    assert [c["verdict"] for c in doc["checks"]] == ["suppressed", "suppressed"]
    _, doc = check(write(tmp_path, CONFLICT.replace("19992元", "预计19992元")), "--show-checks")
    assert [f["code"] for f in doc["findings"]] == ["FC060"]
    assert [c["verdict"] for c in doc["checks"]] == ["warning", "warning"]


def test_explain_joint_conflict(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "FC060"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("FC060 joint-conflict (")
    for section in ("## What it checks", "## Why it matters", "## Example"):
        assert section in out
    assert rule("FC060") is JOINT_CONFLICT


# --- seed 2: a wrong GDP breaks three relations ---------------------------------------------------

GDP_TYPO = """
    factcheck: 1
    claims:
      gdp: {value: 237.6亿元, growth: 5%, previous: gdp_2022}
      gdp_2022: {value: 216.8亿元}
      services: {value: 120.5亿元}
      services_share: {value: 52.9%}
      gdp_per_capita: {value: 149737元}
      population: {value: 15.2万人}
    checks:
      - {id: services_share, share: services, of: gdp, is: services_share}
      - {id: per_capita, average: gdp_per_capita, total: gdp, count: population}
"""


def test_a_printed_figure_that_breaks_three_relations_is_named_with_its_typo(
        check, tmp_path: Path) -> None:
    _, doc = check(write(tmp_path, GDP_TYPO))
    failing = [f for f in doc["findings"] if f["severity"] == "error"]
    assert sorted(f["code"] for f in failing) == ["FC101", "FC201", "FC450"]
    best = doc["repairs"][0]
    assert best["rank"] == 1 and best["fixes"] == ["growth:3", "services_share", "per_capita"]
    [claim] = best["claims"]
    assert (claim["id"], claim["stated"], claim["typo"]) == ("gdp", "237.6亿元", "227.6亿元")
    # the values all three relations allow: the share's range is the narrowest of the three
    share_needs = closed((Fraction("120.5") - half("0.1")) * YI / (Fraction("0.529") + half("0.001")),
                         (Fraction("120.5") + half("0.1")) * YI / (Fraction("0.529") - half("0.001")))
    growth_needs = closed((Fraction("216.8") - half("0.1")) * YI * Fraction("1.045"),
                          (Fraction("216.8") + half("0.1")) * YI * Fraction("1.055"))
    average_needs = closed((149737 - half("1")) * (Fraction("15.2") - half("0.1")) * WAN,
                           (149737 + half("1")) * (Fraction("15.2") + half("0.1")) * WAN)
    lo = max(share_needs[0], growth_needs[0], average_needs[0])
    hi = min(share_needs[1], growth_needs[1], average_needs[1])
    assert exact(claim["would_need"]) == closed(lo, hi) == share_needs
    assert len(doc["repairs"]) == 1  # no other single figure is in all three relations
    sentence = "Most likely wrong: gdp — 227.6亿元 would make 3 relations hold: one digit differs"
    for f in failing:
        assert f["suggestions"][0] == sentence


# --- seed 3: a breakdown that does not add up, and a share of its total --------------------------

PROJECTS = """
    factcheck: 1
    claims:
      projects: {value: 27个}
      projects_major: {value: 5个}
      projects_industry: {value: 19个}
      projects_service: {value: 6个}
      major_share: {value: 18.5%}
    checks:
      - {id: projects_breakdown, breakdown: projects,
         parts: [projects_major, projects_industry, projects_service], exhaustive: true}
      - {id: major_share, share: projects_major, of: projects, is: major_share}
"""


def test_the_part_to_fix_is_not_the_total_when_the_share_pins_it(check, tmp_path: Path) -> None:
    _, doc = check(write(tmp_path, PROJECTS))
    [f] = doc["findings"]
    assert (f["code"], f["check"]) == ("FC301", "projects_breakdown")
    repairs = [(r["rank"], c["id"], c["stated"], exact(c["would_need"]), c["typo"], r["fixes"])
               for r in doc["repairs"] for c in r["claims"]]
    # the total would need 30, and 5/30 is 16.7%, not 18.5%; projects_major would need 2 (7.4%):
    # the share pins both. Of the two parts left, 19个 → 16个 and 6个 → 3个 are each one digit struck
    # for another: a tie (rank 1 each, the smaller change listed first), so no figure is named
    assert repairs == [
        (1, "projects_industry", "19个", closed(Fraction(16), Fraction(16)), "16个",
         ["projects_breakdown"]),
        (1, "projects_service", "6个", closed(Fraction(3), Fraction(3)), "3个",
         ["projects_breakdown"]),
    ]
    assert not any(s.startswith("Most likely wrong") for s in f["suggestions"])


def test_without_the_share_only_the_slip_of_the_pen_picks_the_part(check, tmp_path: Path) -> None:
    """Without the share, nothing pins the total: the breakdown alone is repaired by any of its
    figures, and 19个 → 16个 is the only slip of the pen among them."""
    text = "\n".join(line for line in textwrap.dedent(PROJECTS).splitlines()
                     if "major_share" not in line)
    _, doc = check(write(tmp_path, text))
    assert [f["code"] for f in doc["findings"]] == ["FC301"]
    assert [(c["id"], c["typo"]) for c in doc["repairs"][0]["claims"]] == [("projects_industry", "16个")]


def test_two_figures_when_no_single_one_will_do(check, tmp_path: Path) -> None:
    # a and b should both equal x, which its share of c pins to 100: only a and b together
    _, doc = check(write(tmp_path, """
        factcheck: 1
        claims:
          x: {value: 100个}
          c: {value: 50个}
          half: {value: 50.0%}
          a: {value: 90个}
          b: {value: 80个}
        checks:
          - {id: pinned, share: c, of: x, is: half}
          - {id: same_a, expect: "a == x"}
          - {id: same_b, expect: "b == x"}
    """))
    assert sorted(f["check"] for f in doc["findings"]) == ["same_a", "same_b"]
    [repair] = doc["repairs"]
    assert [(c["id"], exact(c["would_need"]), c["typo"]) for c in repair["claims"]] == [
        ("a", closed(Fraction(100), Fraction(100)), None),
        ("b", closed(Fraction(100), Fraction(100)), None)]
    assert repair["fixes"] == ["same_a", "same_b"]
    assert doc["findings"][0]["suggestions"][0] == (
        "Most likely wrong together: a 100个 (stated 90个) and b 100个 (stated 80个) would make 2 "
        "relations hold")


def test_the_output_validates_against_the_shipped_schema(check, tmp_path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((ROOT / "src" / "factcheck" / "data" / "check-output.schema.json")
                        .read_text(encoding="utf-8"))
    write(tmp_path, CONFLICT, "conflict.yaml")
    write(tmp_path, GDP_TYPO, "gdp.yaml")
    write(tmp_path, PROJECTS, "projects.yaml")
    _, doc = check(tmp_path, "--show-info")
    assert len(doc["repairs"]) == 4 + 1 + 2
    assert {f["code"] for f in doc["findings"]} >= {"FC060", "FC101", "FC301"}
    jsonschema.validate(doc, schema)


def test_one_digit_struck_for_another_is_a_typo_variant() -> None:
    found = dict(variants("237.6亿元"))
    assert str(found["227.6亿元"]) == "one digit differs"
    assert "037.6亿元" not in found  # not a leading zero
    assert not any(str(why) == "one digit differs" for _, why in variants("5个"))
    whys = [str(why) for _, why in variants("237.6亿元")]
    first = whys.index("one digit differs")  # tried after every other slip but one:
    last = first + 4 * 9 - 1
    assert set(whys[first:last]) == {"one digit differs"}
    # a digit dropped from the decimals comes last: 237.6 printed for 237.61 would make the
    # right figure more precise than the article prints it
    assert set(whys[last:]) == {"a digit dropped"}
    assert [t for t, _ in variants("237.6亿元")][last:last + 2] == ["237.60亿元", "237.61亿元"]
    # at each place, the nearest digit first: 19 → 18, 17, 16 … (so the smallest slip is named)
    struck = [text for text, why in variants("19个") if str(why) == "one digit differs"]
    assert struck[8:] == ["18个", "17个", "16个", "15个", "14个", "13个", "12个", "11个", "10个"]


def test_no_sharing_no_cost() -> None:
    # relations that share no figure are never modelled: analyse returns at once
    loaded = load_text(textwrap.dedent("""
        factcheck: 1
        claims:
          a: {value: 5个}
          b: {value: 7个}
          c: {value: 10个}
          d: {value: 1个}
        checks:
          - {breakdown: c, parts: [a, b]}
          - {expect: "d >= 2"}
    """), "t.yaml", Path("t.yaml"))
    corpus = Corpus()
    corpus.add(loaded)
    resolve_aliases(corpus)
    prepared, _ = prepare_file(corpus, loaded)
    by = {id(p): evaluate(p) for p in prepared}
    assert all(by.values())  # both fail alone
    result = analyse(prepared, by, alone=False)  # (a report that shows no suggestions)
    assert result.findings == [] and result.repairs == []


# --- properties -----------------------------------------------------------------------------------
# A town's figures from one true assignment: GDP after growth over its previous level, the share of
# services in GDP (split into two parts), and GDP per head. The relations form a tree through gdp
# and services, so each repair's range is exact.

UNITS = {"gdp": (YI, "亿元"), "gdp_prev": (YI, "亿元"), "services": (YI, "亿元"),
         "services_a": (YI, "亿元"), "services_b": (YI, "亿元"), "per_capita": (Fraction(1), "元"),
         "population": (WAN, "万人"), "gdp_rate": (Fraction(1, 100), "%"),
         "services_share": (Fraction(1, 100), "%"),
         **{k: (YI, "亿元") for k in ("total", "sub", "a", "b", "c")}}
CHECKS = {
    "growth": {"id": "growth", "growth": "gdp", "previous": "gdp_prev", "rate": "gdp_rate"},
    "share": {"id": "share", "share": "services", "of": "gdp", "is": "services_share"},
    "average": {"id": "average", "average": "per_capita", "total": "gdp", "count": "population"},
    "parts": {"id": "parts", "breakdown": "services", "parts": ["services_a", "services_b"]},
    # a ledger: linear relations with cycles (decided by Fourier–Motzkin elimination)
    "all": {"id": "all", "breakdown": "total", "parts": ["a", "b", "c"]},
    "sub": {"id": "sub", "breakdown": "sub", "parts": ["a", "b"]},
    "rest": {"id": "rest", "expect": "total - sub == c"},
    "order": {"id": "order", "expect": "a + c <= total"},
}
FAMILIES = {"town": ["average", "growth", "parts", "share"],
            "ledger": ["all", "order", "rest", "sub"]}


def rounded(value: Fraction, decimals: int) -> str:
    """value written with ``decimals`` places (half to even): its up_or_down interval holds it."""
    n = round(value * 10 ** decimals)
    digits = str(abs(n)).rjust(decimals + 1, "0")
    text = digits if decimals == 0 else f"{digits[:-decimals]}.{digits[-decimals:]}"
    return ("-" if n < 0 else "") + text


@st.composite
def towns(draw, perturb: bool = True, tight: bool = False
          ) -> tuple[dict[str, str], dict[str, int]]:
    """(figures as written, their decimals), from one true assignment; with ``perturb``, one
    figure then moved by a few units of its last place. With ``tight``, gdp is written coarsely
    and the rest finely, and a figure other than gdp is moved: each relation keeps some of gdp's
    slack to itself, and the relations often disagree on it (joint conflicts)."""
    prev = Fraction(draw(st.integers(500_000, 9_000_000)), 10_000) * YI
    rate = Fraction(draw(st.integers(5, 150)), 1000)
    gdp = prev * (1 + rate)
    population = draw(st.integers(100_000, 2_000_000))
    share = Fraction(draw(st.integers(200, 800)), 1000)
    services = gdp * share
    split = Fraction(draw(st.integers(1, 99)), 100)
    true = {"gdp": gdp, "gdp_prev": prev, "services": services, "services_a": services * split,
            "services_b": services * (1 - split), "per_capita": gdp / population,
            "population": Fraction(population), "gdp_rate": rate, "services_share": share}
    if tight:
        decimals = {k: 1 if k in ("gdp", "per_capita") else 2 for k in true}
    else:
        decimals = {k: draw(st.integers(0, 1) if k == "per_capita" else st.integers(1, 2))
                    for k in true}
    written = {k: rounded(v / UNITS[k][0], decimals[k]) for k, v in true.items()}
    if perturb:
        k = draw(st.sampled_from(sorted(set(true) - {"gdp"}) if tight else sorted(true)))
        step = Fraction(1, 10 ** decimals[k])
        delta = draw(st.sampled_from([-3, -2, -1, 1, 2, 3]))
        moved = Fraction(written[k]) + delta * step
        if moved > 0:
            written[k] = rounded(moved, decimals[k])
    return written, decimals


@st.composite
def ledgers(draw, perturb: bool = True, tight: bool = False
            ) -> tuple[dict[str, str], dict[str, int]]:
    """A total, its parts a, b and c, and the subtotal a + b, from one true assignment. With
    ``tight``, the parts a and b are written coarsely and the sums finely, and a sum is moved:
    a + b then has two ranges to fall in, which often do not meet."""
    a, b, c = (Fraction(draw(st.integers(1_000, 900_000)), 1000) * YI for _ in range(3))
    true = {"a": a, "b": b, "c": c, "sub": a + b, "total": a + b + c}
    if tight:
        decimals = {k: 1 if k in ("a", "b") else 2 for k in true}
    else:
        decimals = {k: draw(st.integers(0, 2)) for k in true}
    written = {k: rounded(v / UNITS[k][0], decimals[k]) for k, v in true.items()}
    if perturb:
        k = draw(st.sampled_from(["c", "sub", "total"] if tight else sorted(true)))
        step = Fraction(1, 10 ** decimals[k])
        moved = Fraction(written[k]) + draw(st.sampled_from([-8, -5, -3, 3, 5, 8])) * step
        if moved > 0:
            written[k] = rounded(moved, decimals[k])
    return written, decimals


def systems(perturb: bool = True):
    return st.one_of(towns(perturb), towns(perturb, tight=True), ledgers(perturb),
                     ledgers(perturb, tight=True))


def fact_file(written: dict[str, str], checks: list[str]) -> str:
    doc = {"factcheck": 1,
           "claims": {k: {"value": v + UNITS[k][1]} for k, v in written.items()},
           "checks": [CHECKS[c] for c in checks]}
    return yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)


def family(written: dict[str, str]) -> list[str]:
    return FAMILIES["town" if "gdp" in written else "ledger"]


def run(written: dict[str, str], checks: list[str] | None = None):
    text = fact_file(written, family(written) if checks is None else checks)
    loaded = load_text(text, "town.yaml", Path("town.yaml"))
    corpus = Corpus()
    corpus.add(loaded)
    resolve_aliases(corpus)
    return check_file(corpus, loaded)


def failures(result) -> list[tuple[str, str | None]]:
    return sorted((f.code, f.check) for f in result.findings
                  if f.severity is not Severity.INFO)


RELATION = re.compile(r"(\w+) \(([a-z-]+), line \d+\)")


def conflict_of(result) -> list[str] | None:
    """The checks a reported conflict names (None when there is none)."""
    found = [f for f in result.findings if f.code == "FC060"]
    if not found:
        return None
    [f] = found
    return [name for name, _ in RELATION.findall(f.message.split(" each hold alone")[0])]


@PROPERTY
@given(systems(perturb=False))
def test_a_consistent_system_never_gives_a_joint_conflict(town) -> None:
    written, _ = town
    result = run(written)
    assert failures(result) == []
    assert result.repairs == []


@PROPERTY
@given(systems(), st.sets(st.integers(0, 3), min_size=1), st.integers(0, 3))
def test_adding_a_relation_never_turns_an_error_into_no_finding(town, chosen, extra) -> None:
    written, _ = town
    checks = family(written)
    kept, added = {checks[i] for i in chosen}, checks[extra]
    if not kept - {added}:
        return
    before = run(written, sorted(kept - {added}))
    after = run(written, sorted(kept | {added}))
    errors = [(f.code, f.check) for f in before.findings if f.severity is Severity.ERROR]
    shown = {(f.code, f.check) for f in after.findings if f.severity is not Severity.INFO}
    for code, check_id in errors:
        if code == "FC060":
            assert any(c == "FC060" for c, _ in shown), (written, kept, added)
        else:
            assert (code, check_id) in shown, (written, kept, added)


def inside(iv: Interval, unit: Fraction, decimals: int) -> str | None:
    """A figure written in ``unit`` whose whole rounding interval lies inside ``iv``."""
    lo, hi = iv.lo, iv.hi
    if lo is None and hi is None:
        middle = Fraction(0)
    elif lo is None:
        middle = hi - max(abs(hi), unit)
    elif hi is None:
        middle = lo + max(abs(lo), unit)
    else:
        middle = (lo + hi) / 2
    for places in range(decimals, decimals + 12):
        text = rounded(middle / unit, places)
        h = unit / 10 ** places / 2
        if iv.contains_interval(Interval(Fraction(text) * unit - h, Fraction(text) * unit + h)):
            return text
    return None


@PROPERTY
@given(systems())
def test_a_repair_applied_makes_every_relation_hold(town) -> None:
    written, decimals = town
    result = run(written)
    for repair in result.repairs:
        if len(repair.claims) != 1:
            continue
        [claim] = repair.claims
        unit, suffix = UNITS[claim.id]
        choices = []
        if claim.typo is not None:
            choices.append(claim.typo.removesuffix(suffix))
        if claim.id == "population":  # a whole number of people: 4 places of 万人
            hull = claim.would_need.integer_hull()
            assert hull is not None and hull.lo is not None
            choices.append(rounded(hull.lo / WAN, 4))
        else:
            choices.append(inside(claim.would_need, unit, decimals[claim.id]))
        for value in choices:
            if value is None:
                continue
            fixed = run({**written, claim.id: value})
            assert failures(fixed) == [], (written, claim, value)


@PROPERTY
@given(st.one_of(towns(tight=True), ledgers(tight=True)))
def test_a_reported_conflict_is_minimal(town) -> None:
    written, _ = town
    names = conflict_of(run(written))
    if names is None:
        return
    assert len(names) >= 2
    alone = run(written, names)
    assert conflict_of(alone) is not None
    assert [c for c, _ in failures(alone)] == ["FC060"]  # each of them holds alone
    for name in names:
        rest = [n for n in names if n != name]
        assert failures(run(written, rest)) == [], (written, names, name)


# --- the decision procedure itself -------------------------------------------------------------------

def test_a_conflict_on_a_sum_of_figures_names_the_figures_it_is_about(check, tmp_path: Path) -> None:
    # all: a + b = total − c ∈ [2.07, 2.09]; sub: a + b ∈ [1.995, 2.005]; a and b are each
    # 1.0 (0.95 to 1.05), so each relation holds alone
    _, doc = check(write(tmp_path, """
        factcheck: 1
        claims:
          a: {value: 1.0亿元}
          b: {value: 1.0亿元}
          c: {value: 0.92亿元}
          sub: {value: 2.00亿元}
          total: {value: 3.00亿元}
        checks:
          - {id: all, breakdown: total, parts: [a, b, c]}
          - {id: sub, breakdown: sub, parts: [a, b]}
    """))
    [f] = doc["findings"]
    assert f["code"] == "FC060" and f["computed"] is None and f["stated"] is None
    assert f["message"] == ("all (breakdown, line 9) and sub (breakdown, line 10) each hold alone "
                            "but not together: no values of a and b satisfy them all")


def fourier_motzkin(rows, domains, integer=(), keep=None):
    """Run the elimination on rows (coefficients by figure, the range of their sum)."""
    from types import SimpleNamespace

    from factcheck.joint import _fourier_motzkin

    rels = [SimpleNamespace(keys=tuple(coefficients), linear=(coefficients, span))
            for coefficients, span in rows]
    return _fourier_motzkin(rels, domains, set(integer), keep)


X, Y = (1, "value"), (2, "value")
ANY = {X: Interval.everything(), Y: Interval.everything()}
ONE = Fraction(1)


def iv(lo, hi, lo_closed=True, hi_closed=True) -> Interval:
    return Interval(None if lo is None else Fraction(lo), None if hi is None else Fraction(hi),
                    lo_closed, hi_closed)


def test_fourier_motzkin_projects_exactly_with_open_ends() -> None:
    rows = [({X: ONE, Y: ONE}, iv(0, 1)), ({X: ONE, Y: -ONE}, iv(1, 2, lo_closed=False))]
    assert fourier_motzkin(rows, ANY) is True
    assert fourier_motzkin(rows, ANY, keep=X) == iv("0.5", "1.5", lo_closed=False)
    assert fourier_motzkin(rows, ANY, keep=Y) == iv(-1, 0, hi_closed=False)


def test_fourier_motzkin_strict_rows() -> None:
    below = ({X: ONE, Y: -ONE}, iv(None, 0, hi_closed=False))  # x < y
    above = ({Y: ONE, X: -ONE}, iv(None, 0, hi_closed=False))  # y < x
    weakly = ({Y: ONE, X: -ONE}, iv(None, 0))  # y ≤ x
    assert fourier_motzkin([below, above], ANY) is False
    assert fourier_motzkin([below, weakly], ANY) is False
    assert fourier_motzkin([({X: ONE, Y: -ONE}, iv(None, 0)), weakly], ANY, keep=X) == \
        Interval.everything()


def test_fourier_motzkin_whole_numbers_and_equations() -> None:
    rows = [({X: 2 * ONE, Y: 2 * ONE}, iv(3, "3.5"))]  # 3 ≤ 2x + 2y ≤ 3.5
    box = {X: iv(0, 5), Y: iv(0, 5)}
    assert fourier_motzkin(rows, box) is True  # x + y = 1.6 will do
    assert fourier_motzkin(rows, box, integer=[X, Y]) is False  # no whole x + y in [1.5, 1.75]
    # an equation substitutes a figure away: x + y = 10, x − y = 4 ⇒ x = 7, y = 3
    rows = [({X: ONE, Y: ONE}, iv(10, 10)), ({X: ONE, Y: -ONE}, iv(4, 4))]
    assert fourier_motzkin(rows, ANY, keep=X) == iv(7, 7)
    assert fourier_motzkin(rows, {X: iv(0, 6), Y: iv(0, 10)}) is False


def test_the_elimination_decides_what_propagation_leaves_open(monkeypatch) -> None:
    from factcheck import joint

    text = textwrap.dedent("""
        factcheck: 1
        claims:
          a: {value: 1.0亿元}
          b: {value: 1.0亿元}
          c: {value: 0.92亿元}
          sub: {value: 2.00亿元}
          total: {value: 3.00亿元}
        checks:
          - {id: all, breakdown: total, parts: [a, b, c]}
          - {id: sub, breakdown: sub, parts: [a, b]}
    """)
    loaded = load_text(text, "t.yaml", Path("t.yaml"))
    corpus = Corpus()
    corpus.add(loaded)
    resolve_aliases(corpus)
    prepared, _ = prepare_file(corpus, loaded)
    by = {id(p): evaluate(p) for p in prepared}
    rels = joint._candidates(prepared, by)
    figures = joint._figures(rels)
    model = joint._Model(figures, set())
    base = {k: f.quantity.checked_interval for k, f in figures.items()}
    monkeypatch.setattr(joint, "MAX_PASSES", 0)  # no propagation at all: the elimination alone
    assert model.propagate(rels, base) == base
    assert model.decide(rels, base) is None
    assert [f.code for f in analyse(prepared, by).findings] == ["FC060"]


def test_the_figure_to_fix_is_named_first_and_after_the_findings_in_an_article(tmp_path):
    """An article whose GDP is misprinted (237.6亿元 for 227.6亿元) breaks its breakdown and its
    share: each finding leads with the repair, and the report names it once after the findings,
    at the figure's place in the article."""
    article = tmp_path / "gdp.txt"
    article.write_text("某市2023年国民经济和社会发展统计公报\n\n全年全市地区生产总值237.6亿元，比上年增长"
                       "5.0%。其中，第一产业增加值10.2亿元，第二产业增加值98.4亿元，第三产业增加值"
                       "119.0亿元，占地区生产总值的比重为52.3%。\n", encoding="utf-8")
    sentence = "Most likely wrong: gdp — 227.6亿元 would make 2 relations hold: one digit differs"
    code, out, _ = cli("check", "--format", "json", "gdp.txt", cwd=tmp_path)
    doc = json.loads(out)
    assert code == 1
    assert sorted(f["code"] for f in doc["findings"]) == ["FC201", "FC301"]
    assert all(f["suggestions"][0] == sentence for f in doc["findings"])
    first = doc["repairs"][0]["claims"][0]
    assert (first["id"], first["typo"]) == ("gdp", "227.6亿元")
    code, out, _ = cli("check", "gdp.txt", cwd=tmp_path)
    assert f"gdp.txt:3:11: {sentence}\n" in out
    assert out.index(sentence) > out.index("FC201")


def _alone(exhaustive: bool) -> str:
    """The seed's projects and their breakdown, with no share: a relation that shares no figure."""
    return textwrap.dedent(f"""
        factcheck: 1
        claims:
          projects: {{value: 27个}}
          projects_major: {{value: 5个}}
          projects_industry: {{value: 19个}}
          projects_service: {{value: 6个}}
        checks:
          - {{id: projects_breakdown, breakdown: projects,
             parts: [projects_major, projects_industry, projects_service],
             exhaustive: {str(exhaustive).lower()}}}
        """)


def test_a_relation_alone_gets_its_repairs_and_a_verdict_only_when_one_slip_explains_it(tmp_path):
    """12 + 19 + 11 against 39, sharing no figure with another relation: its repairs are the figures
    whose change alone makes it hold, a slip of the pen first. 19个 → 16个 is the only slip that
    adds up (12个 → 9个, 11个 → 8个 and 39个 → 42个 are none), so it is named as the figure most
    likely wrong (in JSON and the table, which show suggestions; the one-line format does no repair
    work). Beside 5 + 19 + 6 against 27, 6个 → 3个 is a slip too: a tie, no figure named."""
    text = _alone(exhaustive=True)
    for was, now in (("27个", "39个"), ("5个", "12个"), ("6个", "11个")):
        text = text.replace(f"{{value: {was}}}", f"{{value: {now}}}")
    (tmp_path / "p.yaml").write_text(text, encoding="utf-8")
    code, out, _ = cli("check", "--format", "json", "p.yaml", cwd=tmp_path)
    doc = json.loads(out)
    assert code == 1
    ranked = [(r["rank"], c["id"], c["typo"]) for r in doc["repairs"] for c in r["claims"]]
    assert ranked[0] == (1, "projects_industry", "16个")
    sentence = "Most likely wrong: projects_industry — 16个 would make 1 relation hold: one digit differs"
    assert doc["findings"][0]["suggestions"][0] == sentence
    code, out, _ = cli("check", "p.yaml", cwd=tmp_path)
    assert code == 1 and "Most likely wrong" not in out
    code, out, _ = cli("check", "--format", "table", "p.yaml", cwd=tmp_path)
    assert f"p.yaml:6:3: {sentence}" in out


def test_two_slips_that_each_explain_a_relation_alone_name_no_figure(tmp_path):
    """The seed's 其中 list (not exhaustive): 19个 → 16个 and 27个 → 37个 both make it hold, so no
    figure is named most likely wrong: both rank 1, the shorter slip listed first. Of the total's slips that
    would do (72个, 37个, 127个…), the shortest is named."""
    (tmp_path / "p.yaml").write_text(_alone(exhaustive=False), encoding="utf-8")
    code, out, _ = cli("check", "--format", "json", "p.yaml", cwd=tmp_path)
    doc = json.loads(out)
    assert code == 1
    ranked = [(r["rank"], c["id"], c["typo"]) for r in doc["repairs"] for c in r["claims"]]
    assert ranked[:2] == [(1, "projects_industry", "16个"), (1, "projects", "37个")]
    assert not any(s.startswith("Most likely wrong") for s in doc["findings"][0]["suggestions"])


# --- repairs in articles: names listed, ties, the slip of the pen named ---------------------------

def _article_repairs(tmp_path: Path, text: str) -> tuple[dict, str]:
    """The JSON document and the table of `factcheck check` on a one-paragraph article."""
    (tmp_path / "a.txt").write_text(text + "\n", encoding="utf-8")
    _, out, _ = cli("check", "--format", "json", "a.txt", cwd=tmp_path)
    _, table, _ = cli("check", "--format", "table", "a.txt", cwd=tmp_path)
    return json.loads(out), table


def _first_repairs(doc: dict) -> list[tuple[str, str, Any, str | None]]:
    return [(c["id"], c["stated"], exact(c["would_need"]), c["typo"])
            for r in doc["repairs"] for c in r["claims"]]


def test_a_count_against_the_names_it_lists_is_the_figure_to_fix_in_its_own_numerals(tmp_path):
    """The form "通航N个城市，分别为A、B、…": a count and the names listed with it (FC601). Names
    are not figures, so the count is what to fix: it would need the number of names, and the
    right figure is that number written as the count is written (Chinese numerals stay Chinese,
    Arabic stay Arabic)."""
    doc, table = _article_repairs(
        tmp_path, "目前运营4条航线、通航五个城市，分别为北京、上海、广州、天津、大连、台州和重庆。")
    assert [f["code"] for f in doc["findings"]] == ["FC601"]
    seven = closed(Fraction(7), Fraction(7))
    assert _first_repairs(doc) == [("f1_2", "五个", seven, "七个")]
    sentence = "Most likely wrong: f1_2 — 七个 would make 1 relation hold: 7 names are listed"
    assert doc["findings"][0]["suggestions"][0] == sentence
    assert f"a.txt:1:12: {sentence}" in table
    doc, table = _article_repairs(tmp_path, "杭州、广州、成都、合肥、西安6座城市，在省会城市中排名前五。")
    assert _first_repairs(doc) == [("f1_1", "6座", closed(Fraction(5), Fraction(5)), "5座")]
    assert "Most likely wrong: f1_1 — 5座 would make 1 relation hold: 5 names are listed" in table


def test_the_names_listed_before_deng_decide_which_part_of_a_breakdown_is_wrong(tmp_path):
    """The form "N个…中，A、B、C等n个…；D、E等m个…": parts of a count, each closing a list of
    names with 等. With 等 the count may exceed the names, so the list holds either way; but when
    the breakdown would need a part to be just the names listed, the names confirm it: that part
    is named before the total's slip of the pen (13个 → 16个)."""
    doc, table = _article_repairs(
        tmp_path, "13个实现收入的税种中，增值税、房产税、印花税、城镇土地使用税、车船税、契税等9个"
        "税种实现增长，合计增收2.5亿元；营业税、企业所得税、个人所得税、资源税、城市维护建设税、"
        "土地增值税、耕地占用税等7个税种负增长，合计减收5.5亿元。")
    assert [f["code"] for f in doc["findings"]] == ["FC301"]
    assert _first_repairs(doc) == [("f1_2", "9个", closed(Fraction(6), Fraction(6)), "6个"),
                                   ("f1_1", "13个", closed(Fraction(16), Fraction(16)), "16个")]
    assert "Most likely wrong: f1_2 — 6个 would make 1 relation hold: 6 names are listed" in table


def test_two_slips_that_each_explain_a_breakdown_are_a_tie_and_name_no_figure(tmp_path):
    """The form "总值T，其中A、B、C": 2734.8亿元 misprinted 2734.1亿元 makes the parts fall short.
    The total 5136.7 → 5136.0, the part 2734.1 → 2734.8 (and another part) are each one digit
    struck for another: one relation cannot tell them apart, so no figure is named most likely
    wrong (the repairs stay ranked, the smallest change first)."""
    doc, table = _article_repairs(
        tmp_path, "一季度全市实现生产总值5136.7亿元，按可比价格计算同比增长4.4%，其中第一产业增加值"
        "25.5亿元，增长0.9%；第二产业增加值2376.3亿元，增长4.5%；第三产业增加值2734.1亿元，增长4.4%。")
    assert [f["code"] for f in doc["findings"]] == ["FC301"]
    ranked = [(c["id"], c["stated"], c["typo"]) for r in doc["repairs"] for c in r["claims"]]
    assert ranked == [("gdp", "5136.7亿元", "5136.0亿元"),
                      ("secondary_value_added", "2376.3亿元", "2376.9亿元"),
                      ("tertiary_value_added", "2734.1亿元", "2734.8亿元"),
                      ("primary_value_added", "25.5亿元", "26.5亿元")]
    assert not any(s.startswith("Most likely wrong") for s in doc["findings"][0]["suggestions"])
    assert "Most likely wrong" not in table


def test_the_slip_named_holds_at_any_reading_and_keeps_the_printed_precision(tmp_path):
    """The form "总额T，其中，出口A…；进口B": the total misprinted 31579.54亿元 where the parts give
    31579.51亿–31579.53亿. Of its slips that would do, 31579.52 holds at any reading of its rounding
    (31579.53 and 31579.51 only touch the values it would need); a digit dropped from the decimals
    (17103.498 printed 17103.48) is named only when nothing at the printed precision will do. Three
    slips explain the one relation: a tie, no figure named most likely wrong."""
    doc, table = _article_repairs(
        tmp_path, "去年1-11月，全市进出口总额31579.54亿元，同比增长15.1%；两年平均增长8.6%。其中，出口"
        "17103.48亿元，同比增长12.6%，两年平均增长6.3%；进口14476.04亿元，同比增长18.2%，两年平均增长"
        "11.5%。")
    assert [f["code"] for f in doc["findings"]] == ["FC301"]
    ranked = [(r["rank"], c["id"], c["typo"]) for r in doc["repairs"] for c in r["claims"]]
    assert ranked == [(1, "trade", "31579.52亿元"), (1, "exports", "17103.498亿元"),
                      (1, "imports", "14476.06亿元")]
    assert "Most likely wrong" not in table


def test_a_figure_a_holding_relation_confirms_is_ranked_after_one_nothing_confirms(tmp_path):
    """The form "总值T，其中A、B、C，C占总值的比重超过四成": the parts overshoot the total. Every
    figure has a slip that makes the breakdown hold; the share (超过四成, which holds as printed
    and still would after any of those slips) confirms the total and the services, so the parts it
    does not name rank first. Nothing else tells the two parts apart: no figure is named most
    likely wrong."""
    text = ("初步测算,2015年全县地区生产总值244394万元,比上年增长13.1%。其中:第一产业增加值62857万元,"
            "同比增长6.3%;第二产业增加值65588万元,同比增长9.5%;第三产业增加值115952万元,同比增长18.0%")
    doc, _ = _article_repairs(tmp_path, text + "。")
    ranked = [c["id"] for r in doc["repairs"] for c in r["claims"]]
    assert ranked == ["gdp", "tertiary_value_added", "secondary_value_added", "primary_value_added"]
    doc, table = _article_repairs(tmp_path, text + ",占地区生产总值的比重超过四成。")
    assert [f["code"] for f in doc["findings"]] == ["FC301"]
    ranked = [(c["id"], c["typo"]) for r in doc["repairs"] for c in r["claims"]]
    assert ranked == [("secondary_value_added", "65586万元"), ("primary_value_added", "62855万元"),
                      ("gdp", "244396万元"), ("tertiary_value_added", "115950万元")]
    assert "Most likely wrong" not in table


def test_a_count_that_refers_back_to_a_ranked_list_of_names_is_the_figure_to_fix(tmp_path):
    """The form "A、B、C…排名前三。这N地…": one list of names counted twice (a rank and a count
    that refers back, one enumeration entry with two figures). The rank agrees with the names, the
    count does not: the count is the figure to fix, written as the names listed (这五地 → 三地),
    and the report names it at its own place."""
    doc, table = _article_repairs(
        tmp_path, "从城市来看，上海、北京、苏州拥有科创板上市公司的数量，在所有城市中排名前三。"
        "这五地也成为汇聚全国科创力量的高地。")
    assert [(f["code"], f["check"]) for f in doc["findings"]] == [("FC601", "f1_1_names")]
    assert _first_repairs(doc) == [("f1_2", "五地", closed(Fraction(3), Fraction(3)), "三地")]
    assert doc["repairs"][0]["fixes"] == ["f1_1_names"]
    assert "a.txt:1:40: Most likely wrong: f1_2 — 三地 would make 1 relation hold: 3 names are listed" \
        in table


def test_a_level_its_change_and_its_multiple_name_the_misprinted_multiple(tmp_path):
    """The form "总量L，比X年增加C，增长n倍": the level appears twice in the relation (L against
    L − C), so the level itself has no exact range; the change and the multiple appear once and
    still get the values they would need. 增长1.3倍 misprinted 增长1.6倍 is then one digit struck
    for another, read as the multiple it is (×(1 + n))."""
    doc, table = _article_repairs(
        tmp_path, "2014年，全市粮食总产量达到106.68亿斤，比2004年增加59.4亿斤，总产量十年增长1.6倍。")
    assert [f["code"] for f in doc["findings"]] == ["FC101"]
    ranked = [(r["rank"], c["id"], c["stated"], c["typo"]) for r in doc["repairs"]
              for c in r["claims"]]
    rate = next(x for x in ranked if x[2] == "增长1.6倍")
    assert rate[3] == "增长1.3倍"
    need = next(exact(c["would_need"]) for r in doc["repairs"] for c in r["claims"]
                if c["stated"] == "增长1.6倍")
    # the rate 106.68亿斤 / (106.68 − 59.4)亿斤 − 1, each figure within its rounding
    low = Fraction("106.675") / (Fraction("106.685") - Fraction("59.35")) - 1
    high = Fraction("106.685") / (Fraction("106.675") - Fraction("59.45")) - 1
    assert need == closed(low, high)
    assert "增长1.3倍 would make 1 relation hold: one digit differs" in table


def test_top_ranks_against_the_names_listed_are_the_figure_to_fix(tmp_path):
    """The form "A、B和C位列前N(名)": the top N places and the names that fill them (FC601). A
    range of ranks is not a value to narrow, so the joint model asks the names: 前两名 for three
    names would need first to third place, written as the figure is written (前三名)."""
    doc, table = _article_repairs(tmp_path, "从排名看，北京、上海和深圳位列全国前两名。")
    assert [f["code"] for f in doc["findings"]] == ["FC601"]
    assert _first_repairs(doc) == [("f1_1", "前两名", closed(Fraction(1), Fraction(3)), "前三名")]
    assert "Most likely wrong: f1_1 — 前三名 would make 1 relation hold: 3 names are listed" in table


def test_a_figure_in_words_leaves_the_slip_of_another_undecided(tmp_path):
    """2017年…达到201万。2021年…达到377万，…翻了近三番: the doubling written in words (三 → 一) and
    the level (377万 → 877万) each have a slip of the pen: both rank 1, neither is named most likely
    wrong: either figure may be the one misprinted."""
    doc, table = _article_repairs(
        tmp_path, "2017年研究生报考人数首破200万人大关，达到201万。2021年研究生报考人数达到377万，"
        "5年间，考研报名人数翻了近三番。")
    assert [f["code"] for f in doc["findings"]] == ["FC401"]
    ranked = [(r["rank"], c["stated"], c["typo"]) for r in doc["repairs"] for c in r["claims"]]
    assert sorted(ranked[:2]) == [(1, "377万", "877万"), (1, "翻了近三番", "翻了近一番")]
    assert "Most likely wrong" not in table


def test_a_single_rank_is_a_figure_to_fix_like_any_other(tmp_path):
    """长三角41个市中第60位: a rank among a count. One place (第60位) is a value: it is a repair
    with its slip of the pen, beside the count's; two slips, no figure named most likely wrong."""
    doc, table = _article_repairs(tmp_path, "蚌埠2021年前三季度GDP位居全省第8位，长三角41个市中第60位。")
    stated = [c["stated"] for r in doc["repairs"] for c in r["claims"]]
    assert "第60位" in stated and "41个" in stated
    assert "Most likely wrong" not in table


# --- the finding's slip of the pen is the repair's ----------------------------------------------

SUZHOU_RETAIL = ("统计数据显示，一季度苏州实体商超受到一定影响，"
                 "全市社会消费品零售总额2175.3亿元，同比下降1.9%。"
                 "其中批发和零售业零售额2023.9亿元，下降0.9%，住宿和餐饮业零售额151.6亿元，下降14.3%。\n")
# stat-suzhou-2022q1 line 11 (tests/data/articles), with 2023.6亿元 changed to 2023.9亿元


def test_a_findings_likely_typo_is_the_one_its_repair_names(check, tmp_path: Path) -> None:
    """Either part, or the total, may be the wrong figure (a tie: no 'Most likely wrong'); the
    slip offered for each is the one that holds at any reading of its rounding, in the finding
    and in the repairs alike: 2023.7亿元 (needed 2023.6亿–2023.8亿), not 2023.8亿元."""
    path = tmp_path / "suzhou.txt"
    path.write_text(SUZHOU_RETAIL, encoding="utf-8")
    code, doc = check(path)
    assert code == 1
    [finding] = doc["findings"]
    suggestions = finding["suggestions"]
    assert "likely typo: f1_2 2023.7亿元 instead of 2023.9亿元 (one digit differs)" in suggestions
    assert "likely typo: f1_3 151.4亿元 instead of 151.6亿元 (one digit differs)" in suggestions
    typos = {c["id"]: c["typo"] for r in doc["repairs"] for c in r["claims"]}
    assert typos["f1_2"] == "2023.7亿元" and typos["f1_3"] == "151.4亿元"
    assert not any(s.startswith("Most likely wrong") for s in suggestions)
    # the smallest change is printed to two significant digits, never "0% off"
    assert any(re.fullmatch(r"smallest change: \w+ \(0\.00\d\d% off\)", s) for s in suggestions)


def test_failures_no_one_change_explains_get_repairs_each(tmp_path):
    """A real trade report (news-jiangsu-trade-2021m1-8, 21世纪经济报道) states 外商投资企业进出口
    17613.2亿元…占53.5% of 32878.4亿元 (53.57%: the source's own slip); with 进口12568亿元 misprinted
    12561亿元 its 其中 list fails too. No one figure explains both, nor two together: each failing
    relation gets its own repairs, keeping the relations that hold as printed — the total, which the
    other shares pin, is never offered for the list."""
    lines = (Path(__file__).parent / "data" / "articles" / "news-jiangsu-trade-2021m1-8.txt").read_text(
        encoding="utf-8").split("\n")[:12]
    doc, _ = _article_repairs(tmp_path, "\n".join(lines).replace("进口12568亿元", "进口12561亿元"))
    by_fix = {}
    for r in doc["repairs"]:
        by_fix.setdefault(tuple(r["fixes"]), []).append((r["rank"], r["claims"][0]["stated"],
                                                         r["claims"][0]["typo"]))
    assert sorted(by_fix[("trade_breakdown",)]) == [(1, "12561亿元", "12568亿元"),
                                                    (1, "20310.4亿元", "20317.4亿元")]
    assert all("32878.4亿元" not in stated for _, stated, _ in by_fix[("trade_breakdown",)])
    assert len(by_fix) == 2


# --- the typo as the article prints the figure -----------------------------------------------------

def test_a_count_in_words_is_repaired_as_printed(article) -> None:
    """A count drafted as 五个 from 五大 is offered back as 六大, the way the article writes it."""
    code, doc = article("今年提出五大发展战略：创新、协调、绿色、开放、共享、安全。\n")
    assert code == 1
    assert [[(c["stated"], c["typo"]) for c in r["claims"]] for r in doc["repairs"]] \
        == [[("五个", "六大")]]


@pytest.mark.parametrize(("written", "typo", "printed", "shown"), [
    ("七个", "五个", "七省份", "五省份"),
    ("三项", "五项", "三重", "五重"),
    ("227.6亿元", "237.6亿元", "227.6亿元", "237.6亿元"),
    ("六个", "七个", "六", "七个"),  # the article marks the numeral alone: the claim says more
    ("11个", "12个", "11个县11", "12个"),  # the characters that differ occur twice: as the claim
])
def test_as_printed(written, typo, printed, shown) -> None:
    from factcheck.joint import as_printed

    assert as_printed(written, typo, printed) == shown


def test_as_printed_keeps_a_figure_printed_with_its_words() -> None:
    from factcheck.joint import as_printed

    assert as_printed("9529.4亿元", "9529.1亿元", "为9529.4亿元") == "9529.1亿元"
