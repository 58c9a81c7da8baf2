"""Fuzzing (bounded, so the suite stays fast) and the two soundness properties of the verdicts.

- arbitrary bytes and arbitrary YAML documents never crash the loader or the engine;
- generated fact files through the whole command line exit 0, 1 or 2, never with a traceback;
- no false alarm from rounding: a relation between true values, each written rounded, never
  gives an error;
- no miss: a relation broken by more than the rounding of its figures allows is always reported.

For a longer run: `FACTCHECK_FUZZ_EXAMPLES=20000 pytest tests/test_fuzz.py` (docs/errors.md).
"""

from __future__ import annotations

import os
from fractions import Fraction
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.corpus import Corpus, resolve_aliases
from factcheck.findings import Severity
from factcheck.loader import load_text
from factcheck.run.files import check_file

EXAMPLES = int(os.environ.get("FACTCHECK_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


def run_text(text: str | bytes):
    loaded = load_text(text, "fuzz.yaml", Path("fuzz.yaml"))
    corpus = Corpus()
    corpus.add(loaded)
    resolve_aliases(corpus)
    return check_file(corpus, loaded)


@FUZZ
@given(st.binary(max_size=400))
def test_arbitrary_bytes_never_crash(data):
    run_text(data)


FIELDS = ["factcheck", "article", "claims", "checks", "units", "value", "growth", "label", "names",
          "names_complete", "previous", "basis", "rounding", "breakdown", "parts", "share", "of",
          "is", "multiple", "factor", "stock", "added", "start", "feasible", "expect", "same",
          "ref", "same_as", "ignore", "a", "b", "c", "gdp"]
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=True),
    st.text(max_size=12), st.sampled_from(["227.6亿元", "5%", "两家", "超八成", "4000余个", "a", "b",
                                           "c", "a + b == c", "翻倍", "365天", "real", "up", "x/y"]),
)
DOCS = st.recursive(
    SCALARS,
    lambda children: st.one_of(st.lists(children, max_size=4),
                               st.dictionaries(st.sampled_from(FIELDS), children, max_size=5)),
    max_leaves=25,
)


@FUZZ
@given(DOCS, st.booleans())
def test_arbitrary_yaml_documents_never_crash(doc, versioned):
    if versioned and isinstance(doc, dict):
        doc = {"factcheck": 1, **doc}
    run_text(yaml.safe_dump(doc, allow_unicode=True))


FIGURES = ["227.6亿元", "16.6亿元", "5%", "5.2%", "两家", "六项", "超八成", "4000余个", "超1万个",
           "突破8.6万人次", "近三成", "约30%", "160余次", "27个", "5个", "19个", "6个", "0个",
           "3个百分点", "第32名", "500强", "32.3微克/立方米", "86%", "300亩", "预计6%", "1.5万亿元",
           "负5%", "三四十", "七八成", "0.3个百分点", "100%", "1亿元以上", "不足100人"]
IDS = ["a", "b", "c", "d", "e"]


@st.composite
def fact_files(draw):
    claims = {}
    for cid in IDS:
        claim = {"value": draw(st.sampled_from(FIGURES))}
        if draw(st.booleans()):
            claim["growth"] = draw(st.sampled_from(["5%", "-3%", "0.3个百分点", "翻一番", "下降2%"]))
        if draw(st.booleans()):
            claim["previous"] = draw(st.sampled_from(IDS))
        if draw(st.integers(0, 4)) == 0:
            claim["names"] = draw(st.lists(st.sampled_from(["甲", "乙", "丙"]), max_size=4))
        if draw(st.integers(0, 4)) == 0:
            claim["basis"] = draw(st.sampled_from(["real", "same-scope", "nominal"]))
        claims[cid] = claim
    ref = st.sampled_from(IDS)
    checks = draw(st.lists(st.one_of(
        st.builds(lambda t, p: {"breakdown": t, "parts": p}, ref, st.lists(ref, min_size=1, max_size=3)),
        st.builds(lambda p, w: {"share": p, "of": w}, ref, ref),
        st.builds(lambda p, w, s: {"share": p, "of": w, "is": s}, ref, ref, st.sampled_from(FIGURES)),
        st.builds(lambda a, b, f: {"multiple": a, "of": b, "factor": f}, ref, ref,
                  st.sampled_from(["翻倍", "翻两番", "增长2倍", "1.5", "是…的3倍"])),
        st.builds(lambda e, s, a: {"stock": e, "start": s, "added": [a]}, ref, ref, ref),
        st.builds(lambda r, n: {"feasible": r, "of": n}, ref, st.sampled_from([*IDS, "365天", "28人"])),
        st.builds(lambda a, b, op: {"expect": f"{a} {op} {b}"}, ref, ref,
                  st.sampled_from(["==", "<=", ">", "/ 2 >=", "* 0 =="])),
        st.builds(lambda a, b: {"same": [a, b]}, ref, ref),
        st.builds(lambda c, p, r: {"growth": c, "previous": p, "rate": r}, ref, ref,
                  st.sampled_from(["5%", "0.3个百分点", "翻倍"])),
    ), max_size=6))
    return {"factcheck": 1, "article": {"rounding": draw(st.sampled_from(
        ["up_or_down", "up", "even", "trunc", "ceiling", "any"]))}, "claims": claims, "checks": checks}


@FUZZ
@given(fact_files())
def test_generated_fact_files_through_the_engine(doc):
    result = run_text(yaml.safe_dump(doc, allow_unicode=True))
    for f in result.findings:
        assert f.code.startswith("FC") and f.line >= 1


@settings(max_examples=max(EXAMPLES // 6, 10), deadline=None)
@given(fact_files())
def test_generated_fact_files_through_the_command_line(tmp_path_factory, doc):
    import subprocess
    import sys

    path = tmp_path_factory.mktemp("fuzz") / "f.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "factcheck", "check", str(path), "--isolated",
                           "--format", "json"], capture_output=True, text=True, timeout=60)
    assert proc.returncode in (0, 1, 2)
    assert "Traceback" not in proc.stderr


# --- soundness ----------------------------------------------------------------------------------
def written(x: Fraction, decimals: int, magnitude: str, unit: str) -> str:
    """x (in units of the magnitude) rounded half-even to ``decimals`` places, as an article writes it."""
    scaled = round(x * 10**decimals)
    text = str(abs(scaled)).rjust(decimals + 1, "0")
    if decimals:
        text = text[:-decimals] + "." + text[-decimals:]
    return ("-" if scaled < 0 else "") + text + magnitude + unit


TRUE = st.fractions(min_value=Fraction(1, 10), max_value=Fraction(10**4), max_denominator=10**6)


@FUZZ
@given(st.lists(TRUE, min_size=2, max_size=5), st.lists(st.integers(0, 2), min_size=6, max_size=6),
       st.sampled_from(["亿元", "万元", "亩", "万吨"]))
def test_rounded_true_breakdown_is_never_an_error(parts, decimals, unit):
    total = sum(parts)
    mag, u = (unit[0], unit[1:]) if unit[0] in "万亿" else ("", unit)
    claims = {f"p{i}": {"value": written(p, decimals[i], mag, u)} for i, p in enumerate(parts)}
    claims["total"] = {"value": written(total, decimals[5], mag, u)}
    doc = {"factcheck": 1, "claims": claims,
           "checks": [{"breakdown": "total", "parts": [f"p{i}" for i in range(len(parts))]}]}
    result = run_text(yaml.safe_dump(doc, allow_unicode=True))
    assert not [f for f in result.findings if f.severity is Severity.ERROR], result.findings


@FUZZ
@given(TRUE, st.fractions(min_value=Fraction(-50, 100), max_value=Fraction(200, 100),
                          max_denominator=10**4),
       st.integers(0, 2), st.integers(0, 2), st.integers(0, 2))
def test_rounded_true_growth_is_never_an_error(previous, rate, d_prev, d_cur, d_rate):
    current = previous * (1 + rate)
    doc = {"factcheck": 1, "claims": {
        "cur": {"value": written(current, d_cur, "亿", "元"),
                "growth": written(rate * 100, d_rate, "", "%"), "previous": "prev"},
        "prev": {"value": written(previous, d_prev, "亿", "元")},
    }}
    result = run_text(yaml.safe_dump(doc, allow_unicode=True))
    errors = [f for f in result.findings if f.severity is Severity.ERROR]
    # a figure written as 0 (or 0.0) is a divisor of zero, which the tool reports as such
    assert not [f for f in errors if f.code != "FC013"], errors


@FUZZ
@given(st.lists(st.integers(1, 10**5), min_size=2, max_size=5), st.integers(1, 2), st.integers(1, 50),
       st.booleans())
def test_breakdown_broken_beyond_rounding_is_always_reported(parts, decimals, excess, above):
    """Parts written to `decimals` places; the total misses their sum by more than all the half-steps."""
    step = Fraction(1, 10**decimals)
    values = [Fraction(p, 10**decimals) for p in parts]
    slack = step / 2 * (len(values) + 1)
    total = sum(values) + (slack + excess * step) * (1 if above else -1)
    if total <= 0:
        return
    claims = {f"p{i}": {"value": written(v, decimals, "万", "元")} for i, v in enumerate(values)}
    claims["total"] = {"value": written(total, decimals, "万", "元")}
    doc = {"factcheck": 1, "claims": claims,
           "checks": [{"breakdown": "total", "parts": [f"p{i}" for i in range(len(values))]}]}
    result = run_text(yaml.safe_dump(doc, allow_unicode=True))
    assert [f.code for f in result.findings if f.severity is Severity.ERROR] == ["FC301"]
