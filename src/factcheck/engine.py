"""Run the checks of a corpus and turn relations into findings.

The rules every check kind obeys live here, once:
- a relation fails only when no values inside the figures' intervals satisfy it;
- it is an *error* when it fails under the file's rounding, a *warning* when it holds only under
  a looser rounding, only outside a soft bound, or involves an estimate (预计) or an "about" (约);
- a failure mixing a real/same-scope figure with nominal ones is *not comparable* (info);
- a failure between claims from different data releases is a *warning* (revision);
- a relation too coarse ever to fail is *untestable* (info), not "consistent".
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from fractions import Fraction

from .checks import prepare_file
from .checks.base import Outcome, Prepared, claim_refs
from .checks.duplicate import DuplicateIndex, pairs, subjects
from .corpus import Corpus
from .display import Scale, format_interval, format_number, scale_of
from .findings import SEVERITY_ORDER, Finding, Severity
from .interval import LOOSER, DivisionByZero, Interval
from .loader import LoadedFile, problem
from .quantity import QuantityError, parse_quantity, parse_rate
from .relations import MAX_BITS, OPS, Term, TooLarge
from .typos import variants

__all__ = [
    "CheckResult", "check_corpus", "check_file", "evaluate_all", "lint_corpus", "lint_file",
]



@dataclass(slots=True)
class CheckResult:
    """Everything `check` reports, for one file or added up over a run."""

    findings: list[Finding] = field(default_factory=list)
    files: int = 0
    claims: int = 0
    checks: int = 0
    covered: int = 0
    testable: int = 0
    untestable: int = 0
    invalid_files: int = 0
    covered_ids: set[str] = field(default_factory=set)  # claims of one file in a relation
    testable_ids: set[str] = field(default_factory=set)

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity)

    def merge(self, other: CheckResult) -> None:
        """Fold the relations of ``other`` (for the same file) into this result."""
        self.findings.extend(other.findings)
        self.checks += other.checks
        self.untestable += other.untestable
        self.covered_ids |= other.covered_ids
        self.testable_ids |= other.testable_ids
        self.covered, self.testable = len(self.covered_ids), len(self.testable_ids)

    def add(self, other: CheckResult) -> None:
        """Add the counts (not the findings) of another file's result."""
        add_counts(self, other)


#: The counts a per-file result adds to a run's totals (CheckResult and RunSummary share them).
COUNT_FIELDS = ("files", "invalid_files", "claims", "checks", "covered", "testable", "untestable")


def add_counts(total: object, result: CheckResult) -> None:
    """Add a file's counts to a run's totals."""
    for name in COUNT_FIELDS:
        setattr(total, name, getattr(total, name) + getattr(result, name))


def _invalid(f: LoadedFile) -> bool:
    return not f.ok or any(p.severity is Severity.ERROR for p in f.problems)


def lint_file(corpus: Corpus, f: LoadedFile) -> list[Finding]:
    """Problems of one fact file itself: shape, figures, units, references, dimensions."""
    _, problems = prepare_file(corpus, f)
    findings = [*f.problems, *problems]
    findings.sort(key=lambda x: x.sort_key)
    return findings


def check_file(corpus: Corpus, f: LoadedFile, duplicates: DuplicateIndex | None) -> CheckResult:
    """Lint problems plus the findings of every relation of one file, sorted.

    With ``duplicates``, claims that repeat a subject seen earlier in the run are compared too;
    without it, that is left to the caller (parallel runs do it in order in the parent).
    """
    prepared, problems = prepare_file(corpus, f)
    if duplicates is not None:
        prepared.extend(pairs(corpus, f, duplicates.match(f.path, subjects(f))))
    result = CheckResult(files=1, claims=len(f.claims), invalid_files=int(_invalid(f)))
    result.findings.extend(f.problems)
    result.findings.extend(problems)
    result.merge(evaluate_all(f, prepared))
    result.findings.sort(key=lambda x: (x.sort_key, -SEVERITY_ORDER[x.severity]))
    return result


def evaluate_all(f: LoadedFile, prepared: list[Prepared]) -> CheckResult:
    """The findings and coverage counts of relations prepared for file ``f``."""
    result = CheckResult()
    for p in prepared:
        result.checks += 1
        p_findings = evaluate(p)
        claims = {t.claim.id for t in p.relation.terms()
                  if t.claim is not None and t.claim.file is f}
        result.covered_ids |= claims
        verdicts = {x.verdict for x in p_findings}
        if "untestable" in verdicts:
            result.untestable += 1
        elif "derived" not in verdicts:
            result.testable_ids |= claims
        result.findings.extend(p_findings)
        result.findings.extend(p.derived)
    result.covered, result.testable = len(result.covered_ids), len(result.testable_ids)
    return result


def lint_corpus(corpus: Corpus) -> list[Finding]:
    """Lint every file held in memory (the whole run at once: for small runs and tests)."""
    findings: list[Finding] = []
    for f in list(corpus.files):
        findings.extend(lint_file(corpus, f))
    return findings


def check_corpus(corpus: Corpus) -> CheckResult:
    """Check every file held in memory (the whole run at once: for small runs and tests)."""
    total = CheckResult()
    duplicates = DuplicateIndex()
    for f in list(corpus.files):
        result = check_file(corpus, f, duplicates)
        total.add(result)
        total.findings.extend(result.findings)
    duplicates.close()
    return total


# --- environments: the interval of each figure under a reading --------------------------------
def _strict(t: Term) -> Interval:
    iv = t.quantity.checked_interval
    return iv if t.scale == 1 else iv.scale(t.scale)


def _rounding(t: Term) -> str:
    if t.claim is not None:
        return t.claim.rounding
    return getattr(t.origin, "rounding", "up_or_down")


def _loose(t: Term) -> Interval:
    mode = LOOSER.get(_rounding(t))
    q = t.quantity if mode is None else t.quantity.with_rounding(mode)
    iv = q.checked_interval
    return iv if t.scale == 1 else iv.scale(t.scale)


def _soft(t: Term) -> Interval:
    iv = _strict(t)
    soft = t.quantity.soft
    if soft is None:
        return iv
    soft = soft if t.scale == 1 else soft.scale(t.scale)
    return iv.intersect(soft) or iv


# --- evaluation -----------------------------------------------------------------------------
def evaluate(p: Prepared) -> list[Finding]:
    """The findings of one relation (none when it holds)."""
    if p.run is not None:
        return p.run()
    try:
        return _evaluate(p)
    except TooLarge:
        return [problem("FC013", f"the relation is too large to evaluate exactly: its numbers grow "
                        f"past {MAX_BITS:,} bits (split it, or write its figures with fewer digits)",
                        p.file.display, p.line, p.column)]


def _evaluate(p: Prepared) -> list[Finding]:
    rel = p.relation
    try:
        computed = rel.computed.eval(_strict)
        stated = rel.stated.eval(_strict)
        holds = rel.verdict(_strict, computed - stated)
    except DivisionByZero:
        zero = ", ".join(t.label for t in rel.terms() if t.quantity.interval.is_point
                         and t.quantity.interval.lo == 0)
        return [problem("FC013", f"the relation divides by zero ({zero or 'a zero figure'})",
                        p.file.display, p.line, p.column)]
    if holds is None:
        return [_untestable_finding(p, computed, stated, _repeated(p))]
    if holds:
        if _untestable(computed, stated):
            return [_untestable_finding(p, computed, stated)]
        if any(t.quantity.soft is not None for t in rel.terms()) and not rel.holds(_soft):
            outcome = _outcome(p, computed, stated, Severity.WARNING, "soft-bound")
            return [_finding(p, outcome)]
        return []
    severity, reason = _judge(p)
    return [_finding(p, _outcome(p, computed, stated, severity, reason))]


def _untestable(computed: Interval, stated: Interval) -> bool:
    return (computed.lo is None and computed.hi is None) or (stated.lo is None and stated.hi is None)


def _judge(p: Prepared) -> tuple[Severity, str]:
    terms = p.relation.terms()
    bases = {term_basis(t) for t in terms if t.claim is not None or t.field == "growth"}
    if len(bases) > 1 and "nominal" in bases:
        return Severity.INFO, "basis"
    releases = {_release(t) for t in terms if t.claim is not None}
    if len(releases) > 1 and any(r is not None for r in releases):
        return Severity.WARNING, "revision"
    if any(t.quantity.estimate for t in terms):
        return Severity.WARNING, "estimate"
    if any(t.quantity.approximate for t in terms):
        return Severity.WARNING, "approximate"
    if p.relation.holds(_loose):
        return Severity.WARNING, "looser-rounding"
    return p.code_rule.severity, "error"


def term_basis(t: Term) -> str:
    """A growth rate carries its claim's basis; levels are at current prices (nominal)."""
    if t.claim is None:
        return t.basis or "nominal"
    if t.field == "growth" or t.quantity.change or t.quantity.unit.dimension in ("ratio", "pp"):
        return t.basis or t.claim.spec.basis
    return "nominal"


def _release(t: Term) -> str | None:
    assert t.claim is not None
    if t.claim.spec.release:
        return t.claim.spec.release
    model = t.claim.file.model
    return model.article.release if model is not None and model.article is not None else None


def _outcome(p: Prepared, computed: Interval, stated: Interval, severity: Severity,
             reason: str) -> Outcome:
    rel = p.relation
    gap = rel.difference(_strict).distance(OPS[rel.op])
    try:
        needed = rel.needed(_strict)
    except DivisionByZero:
        needed = {}
    return Outcome(False, computed, stated, needed, severity, reason, gap)


_REASONS = {
    "looser-rounding": "holds only if the figures were rounded more loosely than the file says "
                       "({modes})",
    "soft-bound": "holds only outside the usual reading of a bound word ({words})",
    "estimate": "involves an estimate or target ({words}): a projection, not a measurement",
    "approximate": "involves an approximate figure ({words})",
    "revision": "the claims come from different data releases ({words}): figures are revised "
                "between releases",
}


def _finding(p: Prepared, o: Outcome) -> Finding:
    message, headline = p.describe(o)
    rule = p.code_rule
    code, name, severity, verdict = rule.code, rule.name, o.severity, "fail"
    terms = p.relation.terms()
    if o.reason == "basis":
        code, name, verdict = "FC051", "not-comparable", "not-comparable"
        note = p.basis_note(o) if p.basis_note else ""
        message = (f"not comparable: {message}; the figures are on different bases (real or "
                   f"same-scope growth against current-price levels){note}")
        headline = False
    elif o.reason != "error":
        words = _reason_words(o.reason, terms)
        message += "; " + _REASONS[o.reason].format(words=words, modes=words)
    suggestions = [] if o.reason == "basis" else _suggestions(p, o)
    gap_text = _gap_text(o, p.stated_scale)
    return Finding(
        code=code, name=name, severity=severity, message=message, file=p.file.display,
        line=p.line, column=p.column, check=p.check_id, claims=claim_refs(terms),
        computed=o.computed, computed_text=_shown(o.computed, p.computed_scale),
        stated=o.stated, stated_text=_shown(o.stated, p.stated_scale),
        gap=gap_text, suggestions=suggestions, headline=headline and severity is Severity.ERROR,
        verdict=verdict,
    )


def _reason_words(reason: str, terms: list[Term]) -> str:
    if reason == "looser-rounding":
        return ", ".join(sorted({f"rounding {LOOSER.get(_rounding(t), _rounding(t))}"
                                 for t in terms}))
    if reason == "revision":
        return ", ".join(sorted({_release(t) or "no release given" for t in terms
                                 if t.claim is not None}))
    if reason == "estimate":
        return ", ".join(t.quantity.written for t in terms if t.quantity.estimate)
    if reason == "approximate":
        return ", ".join(t.quantity.written for t in terms if t.quantity.approximate)
    return ", ".join(t.quantity.written for t in terms if t.quantity.soft is not None)


def _shown(iv: Interval, scale: Scale | None) -> str | None:
    return None if scale is None else format_interval(iv, scale)


def _gap_text(o: Outcome, scale: Scale | None) -> dict[str, str] | None:
    if o.gap is None or o.gap == 0:
        return None
    out = {"absolute": format_number(o.gap, 12)}
    ref = o.stated.midpoint if o.stated.bounded else None
    if ref is None or ref == 0:
        ref = o.computed.midpoint if o.computed.bounded else None
    if ref:
        out["relative"] = format_number(o.gap / abs(ref), 6)
    if scale is not None:
        if scale.unit_name == "%":
            out["shown"] = format_number(o.gap * 100, scale.decimals + 2) + "个百分点"
        else:
            out["shown"] = scale.value(o.gap)
    return out


def _repeated(p: Prepared) -> str:
    seen = Counter(t.figure for t in p.relation.terms())
    names = list(dict.fromkeys(t.label for t in _figures(p) if seen[t.figure] > 1))
    verb = "appears" if len(names) == 1 else "appear"
    return (f"untestable: {', '.join(names)} {verb} more than once in this {p.kind.kind} relation, "
            "which is not linear in them, so it cannot be decided exactly; write it with each claim once")


def _untestable_finding(p: Prepared, computed: Interval, stated: Interval,
                        message: str | None = None) -> Finding:
    names = ", ".join(t.label for t in p.relation.terms())
    return Finding(
        code="FC050", name="untestable", severity=Severity.INFO,
        message=message or f"untestable: the figures ({names}) are too coarse for this "
                           f"{p.kind.kind} relation ever to fail",
        file=p.file.display, line=p.line, column=p.column, check=p.check_id,
        claims=claim_refs(p.relation.terms()), computed=computed,
        computed_text=_shown(computed, p.computed_scale), stated=stated,
        stated_text=_shown(stated, p.stated_scale), verdict="untestable",
    )


# --- suggestions ----------------------------------------------------------------------------
def _suggestions(p: Prepared, o: Outcome) -> list[str]:
    out: list[str] = []
    changes: list[tuple[Fraction, str]] = []
    for t in _figures(p):
        if t.claim is None:
            continue
        need = o.needed.get(id(t))
        if need is None or (need.lo is None and need.hi is None):
            continue
        if t.scale != 1:
            need = need.scale(1 / t.scale)
        q = t.quantity
        if q.integer:
            hull = need.integer_hull()
            if hull is None:
                out.append(f"no whole number of {q.unit.name or 'items'} for {t.claim.id} "
                           "would make it hold")
                continue
            need = hull
        if q.unit.integer or q.unit.dimension in ("count", "visits"):
            need = need.clip(Fraction(0), None) or need
        sc = scale_of(q)
        out.append(f"{_name(t)} would need {format_interval(need, sc, q.integer)} "
                   f"(stated {q.written})")
        distance = need.distance(q.checked_interval)
        if q.value != 0:
            changes.append((distance / abs(q.value), _name(t)))
    if len(changes) > 1:
        changes.sort()
        rel, name = changes[0]
        out.append(f"smallest change: {name} ({format_number(rel * 100, 2)}% off)")
    out.extend(_typo_suggestions(p, o.needed))
    return out


def _figures(p: Prepared) -> list[Term]:
    """The terms of a relation, a figure that appears more than once only the first time."""
    first: dict[object, Term] = {}
    for t in p.relation.terms():
        first.setdefault(t.figure, t)
    return list(first.values())


def _name(t: Term) -> str:
    return t.label if t.field == "value" else f"{t.label} growth"


def _typo_suggestions(p: Prepared, needed: dict[int, Interval], limit: int = 2) -> list[str]:
    """Slips of the pen (typos.variants) that would make the relation hold.

    A variant works exactly when its interval meets the values the figure would need (needed
    values are exact: see Relation.needed); a cheap integer test screens the variants first.
    """
    found: list[str] = []
    for t in _figures(p):
        need = needed.get(id(t))
        if t.claim is None or need is None:
            continue
        if t.scale != 1:
            need = need.scale(1 / t.scale)
        q = t.quantity
        screen = _Screen.of(q, need)
        declared = tuple(sorted(t.claim.file.units.items()))
        for text, why in variants(q.written):
            if screen is not None and not screen.admits(text, q.written):
                continue
            try:
                alt = (parse_quantity(text, t.claim.rounding, declared) if t.field == "value"
                       else parse_rate(text, t.claim.rounding))
            except QuantityError:
                continue
            if alt.unit.key == q.unit.key and alt.checked_interval.intersects(need):
                name = t.label if t.field == "value" else f"{t.label} growth"
                found.append(f"likely typo: {name} {text} instead of {q.written} ({why})")
                break
        if len(found) >= limit:
            break
    return found


_FIRST_NUMBER = re.compile(r"\d+(?:\.\d+)?")


class _Screen:
    """Needed values in units of the written number, so a variant is screened with integers."""

    __slots__ = ("hi", "lo")

    def __init__(self, lo: Fraction | None, hi: Fraction | None):
        self.lo, self.hi = lo, hi

    @classmethod
    def of(cls, q, need: Interval) -> _Screen | None:
        m = _FIRST_NUMBER.search(q.written)
        if m is None or q.value == 0:
            return None
        written_value = Fraction(m.group(0))
        if written_value == 0:
            return None
        scale = q.value / written_value  # base units per unit of the written number
        slack = abs(q.step) if q.step else abs(q.value) / 10
        lo = None if need.lo is None else (need.lo - slack) / scale
        hi = None if need.hi is None else (need.hi + slack) / scale
        if scale < 0:
            lo, hi = hi, lo
        return cls(lo, hi)

    def admits(self, variant: str, original: str) -> bool:
        if ("万" in variant) != ("万" in original) or ("亿" in variant) != ("亿" in original):
            return True  # a magnitude swap: let the parser decide
        m = _FIRST_NUMBER.search(variant)
        if m is None:
            return False
        whole, _, frac = m.group(0).partition(".")
        digits, power = int(whole + frac), 10 ** len(frac)
        if self.lo is not None and digits * self.lo.denominator < self.lo.numerator * power:
            return False
        return not (self.hi is not None and digits * self.hi.denominator > self.hi.numerator * power)
