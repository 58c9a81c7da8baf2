"""The verdict policy (verdict.py): what a failed relation means, whatever its kind.

judge() makes a failure not comparable (FC051, info) when it mixes real or same-scope growth with
nominal levels, else a warning when its claims come from different data releases, involve an
estimate (预计) or an approximate figure (约), or hold under a looser rounding — in that order —
else an error. Before judge(), evaluate() makes a relation that holds only outside the usual
reading of a bound word a warning, one too coarse ever to fail untestable (FC050, info), and
one that divides by an exact zero an invalid check (FC013).

judge() is called on the relations a tiny fact file prepares, as `factcheck check` prepares
them, and the same file goes through `factcheck check`, whose JSON must give the same severity
and say the same reason.
"""

from __future__ import annotations

from fractions import Fraction as F
from pathlib import Path

import pytest
from helpers import SHARE_FILE

from factcheck.checks import prepare_file
from factcheck.checks.base import Prepared
from factcheck.corpus import Corpus, resolve_aliases
from factcheck.findings import Severity
from factcheck.interval import Interval
from factcheck.loader import load_file
from factcheck.verdict import judge, loose, soft, strict, term_basis

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


@pytest.mark.parametrize(("stated", "severity"), [("约48%", "warning"), ("约45%", "error")])
def test_an_about_figure_fails_as_a_warning_within_twice_its_rounding(check, stated, severity) -> None:
    """47.2 / 100.0 is at most 47.27%: 约48% misses [47.5%, 48.5%] but meets [47%, 49%] (a
    warning); 约45% misses even [44%, 46%] (an error)."""
    run = check(SHARE_FILE.replace("STATED", stated).replace("258.8亿元", "47.2亿元")
                .replace("527.7亿元", "100.0亿元"))
    assert (run.one("s")["code"], run.one("s")["severity"]) == ("FC201", severity)


# --- judge(): the reason of each failure, on the relations `factcheck check` prepares -----------

def prepared(path: Path) -> dict[str, Prepared]:
    """The relations of one fact file by check id, prepared as `factcheck check` prepares them."""
    loaded = load_file(path)
    corpus = Corpus()
    corpus.add(loaded)
    resolve_aliases(corpus)
    relations, problems = prepare_file(corpus, loaded)
    assert (loaded.problems, problems) == ([], [])
    return {p.check_id: p for p in relations if p.check_id is not None}


REASONS = """
factcheck: 1
claims:
  hitech: {value: 258.8亿元}
  industry: {value: 527.7亿元}
  est: {value: 预计30个}
  about: {value: 约30个}
  both: {value: 预计约30个}
  prelim: {value: 227.6亿元, release: 初步核算}
  final: {value: 229.1亿元, release: 最终核实}
  unreleased: {value: 229.1亿元}
  final_est: {value: 预计229.1亿元, release: 最终核实}
  gdp: {value: 227.6亿元}
  gdp_2022: {value: 210.3亿元}
  gdp_2022_final: {value: 210.3亿元, release: 最终核实}
  real: {value: 5%, basis: real}
  scope: {value: 5%, basis: same-scope}
checks:
  - {id: error, share: hitech, of: industry, is: 55%}
  - {id: estimate, expect: "est <= 20"}
  - {id: approximate, expect: "about <= 20"}
  - {id: estimate_before_approximate, expect: "both <= 20"}
  - {id: revision, same: [prelim, final]}
  - {id: revision_without_release, same: [prelim, unreleased]}
  - {id: revision_before_estimate, same: [prelim, final_est]}
  - {id: real, growth: gdp, previous: gdp_2022, rate: real}
  - {id: same_scope, growth: gdp, previous: gdp_2022, rate: scope}
  - {id: basis_before_revision, growth: gdp, previous: gdp_2022_final, rate: real}
"""

ESTIMATE = "; involves an estimate or target ({}): a projection, not a measurement"
REVISION = "; the claims come from different data releases ({}): figures are revised between releases"
EFFECT = ("; the figures are on different bases (real or same-scope growth against current-price "
          "levels); the implied price (or scope) effect is 2.5373–3.6133%")


JUDGED = [
    ("error", (Severity.ERROR, "error"), "FC201", "but the stated share is 55%"),
    ("estimate", (Severity.WARNING, "estimate"), "FC801", ESTIMATE.format("预计30个")),
    ("approximate", (Severity.WARNING, "approximate"), "FC801", "; involves an approximate figure (约30个)"),
    ("estimate_before_approximate", (Severity.WARNING, "estimate"), "FC801", ESTIMATE.format("预计约30个")),
    ("revision", (Severity.WARNING, "revision"), "FC901", REVISION.format("初步核算, 最终核实")),
    ("revision_without_release", (Severity.WARNING, "revision"), "FC901",
     REVISION.format("no release given, 初步核算")),
    ("revision_before_estimate", (Severity.WARNING, "revision"), "FC901",
     REVISION.format("初步核算, 最终核实")),
    ("real", (Severity.INFO, "basis"), "FC051", EFFECT),
    ("same_scope", (Severity.INFO, "basis"), "FC051", EFFECT),
    ("basis_before_revision", (Severity.INFO, "basis"), "FC051", EFFECT),
]


@pytest.mark.parametrize(("check_id", "judged", "code", "message_ends"), JUDGED, ids=[c[0] for c in JUDGED])
def test_judge_gives_each_failure_its_severity_and_reason(check, check_id, judged, code, message_ends):
    run = check(REASONS)
    p = prepared(check.dir / "fact.yaml")[check_id]
    assert p.relation.verdict(strict) is False
    assert judge(p) == judged
    f = run.one(check_id)
    severity = judged[0].value
    verdict = "not-comparable" if code == "FC051" else "fail"
    assert (f["code"], f["severity"], f["verdict"], f["headline"]) == (code, severity, verdict, False)
    assert f["message"].endswith(message_ends), f["message"]
    if judged[1] == "error":
        assert ";" not in f["message"]
    if code == "FC051":
        assert f["message"].startswith("not comparable: ") and f["suggestions"] == []


@pytest.mark.parametrize(("rounding", "looser"), [("up", "up_or_down"), ("even", "up_or_down"),
                                                  ("trunc", "any")])
def test_judge_a_failure_that_holds_under_the_looser_rounding(check, rounding, looser):
    run = check(f"""
        factcheck: 1
        article: {{rounding: {rounding}}}
        claims:
          a: {{value: 1.2亿元}}
          b: {{value: 1.3亿元}}
        checks:
          - {{id: tie, same: [a, b]}}
    """)
    p = prepared(check.dir / "fact.yaml")["tie"]
    assert judge(p) == (Severity.WARNING, "looser-rounding")
    assert judge(p, holds=lambda env: False) == (Severity.ERROR, "error")  # the loose reading decides
    f = run.one("tie")
    assert (f["code"], f["severity"], f["verdict"]) == ("FC901", "warning", "fail")
    assert f["message"].endswith(
        f"; holds only if the figures were rounded more loosely than the file says (rounding {looser})")
    assert run.code == 0


# --- evaluate(): what is decided before judge() ---------------------------------------------------

def test_a_relation_that_holds_only_outside_a_soft_bound_is_a_warning(check):
    run = check("""
        factcheck: 1
        claims:
          part: {value: 95亿元}
          whole: {value: 100亿元}
        checks:
          - {id: s, share: part, of: whole, is: 超八成}
    """)
    rel = prepared(check.dir / "fact.yaml")["s"].relation
    assert rel.verdict(strict) is True and not rel.holds(soft)
    f = run.one("s")
    assert (f["code"], f["severity"], f["verdict"]) == ("FC201", "warning", "fail")
    assert f["message"].endswith("; holds only outside the usual reading of a bound word (超八成)")


UNTESTABLE = """
factcheck: 1
claims:
  rate: {value: 5%}
  change: {value: 0个百分点}
  a: {value: 5个}
  zero: {value: 0个}
checks:
  - {id: spans_zero, expect: "rate / change == 2"}
  - {id: exactly_zero, expect: "a / zero == 1"}
"""


def test_division_by_a_figure_that_spans_zero_is_untestable(check):
    run = check(UNTESTABLE)
    f = run.one("spans_zero")
    assert (f["code"], f["name"], f["severity"], f["verdict"]) == (
        "FC050", "untestable", "info", "untestable")
    assert f["message"] == ("untestable: the figures (rate, change) are too coarse for this expression "
                            "relation ever to fail")
    assert {c["id"] for c in f["claims"]} == {"rate", "change"}
    assert run.doc["summary"]["untestable"] == 1


def test_division_by_a_figure_of_exactly_zero_is_an_invalid_check(check):
    run = check(UNTESTABLE)
    [f] = [f for f in run.findings if f["line"] == 9]  # the exactly_zero entry
    assert (f["code"], f["severity"], f["verdict"]) == ("FC013", "error", "problem")
    assert f["message"] == "the relation divides by zero (zero)"


# --- environments: the interval of each figure under a reading -----------------------------------

def test_strict_loose_and_soft_readings_of_a_figure(write_fact):
    path = write_fact("""
        factcheck: 1
        article: {rounding: up}
        claims:
          a: {value: 1.5亿元}
          b: {value: 1.6亿元}
          part: {value: 95亿元}
          whole: {value: 100亿元}
          share: {value: 超八成}
        checks:
          - {id: d, same: [a, b]}
          - {id: s, share: part, of: whole, is: share}
          - {id: written, share: part, of: whole, is: 3%}
    """)
    relations = prepared(path)
    a = relations["d"].relation.terms()[0]
    assert strict(a) == Interval(F(145_000_000), F(155_000_000), True, False)  # 四舍五入
    assert loose(a) == Interval(F(145_000_000), F(155_000_000))  # up_or_down: ties either way
    assert soft(a) == strict(a)  # no bound word
    share = relations["s"].relation.terms()[-1]
    assert share.claim is not None and share.claim.id == "share"
    assert strict(share) == loose(share) == Interval(F("0.8"), F(1), False, True)  # (80%, 100%]
    assert soft(share) == Interval(F("0.8"), F("0.9"), False, False)  # one would write 超九成
    written = relations["written"].relation.terms()[-1]  # 3%, written in the check: the file's rounding
    assert written.claim is None
    assert strict(written) == Interval(F("0.025"), F("0.035"), True, False)
    assert loose(written) == Interval(F("0.025"), F("0.035"))


def test_term_basis(write_fact):
    path = write_fact("""
        factcheck: 1
        claims:
          gdp: {value: 227.6亿元, basis: real}
          gdp_2022: {value: 210.3亿元}
          real: {value: 5%, basis: real}
          nominal: {value: 5%}
        checks:
          - {id: by_claim, growth: gdp, previous: gdp_2022, rate: real}
          - {id: by_check, growth: gdp, previous: gdp_2022, rate: nominal, basis: same-scope}
          - {id: literal, growth: gdp, previous: gdp_2022, rate: 5%, basis: real}
    """)
    relations = prepared(path)
    bases = {check_id: [term_basis(t) for t in p.relation.terms()] for check_id, p in relations.items()}
    # levels are at current prices whatever their claim says; a rate carries its basis
    assert bases == {"by_claim": ["nominal", "nominal", "real"],
                     "by_check": ["nominal", "nominal", "same-scope"],
                     "literal": ["nominal", "nominal", "real"]}
