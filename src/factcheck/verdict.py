"""The verdict policy: what every relation's outcome means, decided in one place.

- a relation fails only when no values inside the figures' intervals satisfy it;
- it is an *error* when it fails under the file's rounding, a *warning* when it holds only under
  a looser rounding, only outside a soft bound, involves an estimate (预计), or holds when an
  "about" (约) is read to twice its rounding;
- a failure mixing a real/same-scope figure with nominal ones is *not comparable* (info);
- a failure between claims from different data releases is a *warning* (revision);
- a relation too coarse ever to fail is *untestable* (info), not "consistent".

:func:`judge` is the policy; :func:`evaluate` applies it to a prepared relation and states the
finding as facts (the sentences are templates of :mod:`factcheck.messages`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from . import messages as msg
from . import problems
from .advice import far_apart, figures_once, suggestions
from .checks.base import Outcome, Prepared, claim_refs
from .display import Scale, format_number
from .enclosure import holds_clearly
from .findings import Finding, Severity
from .interval import LOOSER, DivisionByZero, Interval
from .messages import Listed, Message, Shown
from .relations import MAX_BITS, OPS, Term, TooLarge
from .rules import define

__all__ = ["NOT_COMPARABLE", "UNTESTABLE", "evaluate", "evaluate_parts", "judge", "loose",
           "rough_interval", "strict", "term_basis"]

UNTESTABLE = define(
    "FC050", "untestable", Severity.INFO,
    "The figures are too coarse for the relation ever to fail.",
    doc="## What it checks\nA relation whose figures are so coarse (or unbounded) that no value "
    "could make it fail, such as a percentage of 365 days given to 1%: every value is "
    "reachable by some whole number of days.\n\n## Why it matters\nCalling such a relation "
    "consistent would overstate what was checked; it is reported instead, and counted in the "
    "summary.\n\n## Example\n```yaml\nchecks:\n  - {feasible: good_air_rate, of: 365天}   # "
    "86% of 365 days: untestable\n```\n",
)
NOT_COMPARABLE = define(
    "FC051", "not-comparable", Severity.INFO,
    "A relation that fails only because it mixes real or same-scope growth with nominal levels.",
    doc="## What it checks\nA failed relation that combines a real (comparable-price) or "
    "same-scope growth rate with current-price levels. The finding shows the implied price "
    "deflator or scope effect.\n\n## Why it matters\nGDP and value-added growth are real, "
    "their levels nominal: the level ratio must not equal the growth, and calling that an "
    "error would be a false alarm.\n\n## Example\n```yaml\nclaims:\n  gdp: {value: 227.6亿元, "
    "growth: 5%, basis: real, previous: gdp_2022}\n```\n",
)

Env = Callable[[Term], Interval]


# --- environments: the interval of each figure under a reading --------------------------------
def strict(t: Term) -> Interval:
    """A figure's interval under its file's rounding."""
    iv = t.quantity.checked_interval
    return iv if t.scale == 1 else iv.scale(t.scale)


def rounding_of(t: Term) -> str:
    if t.claim is not None:
        return t.claim.rounding
    return getattr(t.origin, "rounding", "up_or_down")


def loose(t: Term) -> Interval:
    """A figure's interval under the next looser rounding."""
    mode = LOOSER.get(rounding_of(t))
    q = t.quantity if mode is None else t.quantity.with_rounding(mode)
    iv = q.checked_interval
    return iv if t.scale == 1 else iv.scale(t.scale)


def cut_or_rounded(t: Term) -> Interval:
    """A figure's interval under any rounding, cut short included: an article does not say how
    it rounds, and a figure restated in other units (11989.9万吨（2397.9亿斤）) is often cut. A bound
    (破200万人) keeps its threshold."""
    if t.quantity.qualifier is not None:
        return strict(t)
    iv = t.quantity.with_rounding("any").checked_interval  # cut short or up: within a unit, never one off
    if iv.lo is not None and iv.hi is not None and not iv.is_point:
        iv = Interval(iv.lo, iv.hi, False, False)
    return iv if t.scale == 1 else iv.scale(t.scale)


def rough_interval(q) -> Interval:
    """A figure's interval with an "about" (约56.5%, 9.31万元左右) read to twice its rounding:
    [X − u, X + u]. A figure given exactly (约四分之一) keeps its interval: how far an exact
    fraction may stray is not written."""
    iv = q.checked_interval
    if not q.approximate or iv.lo is None or iv.hi is None or iv.is_point:
        return iv
    half = (iv.hi - iv.lo) / 2
    return Interval(iv.lo - half, iv.hi + half, True, True)


def roughly(t: Term) -> Interval:
    """A figure's interval with an "about" read to twice its rounding (:func:`rough_interval`)."""
    iv = rough_interval(t.quantity)
    return iv if t.scale == 1 else iv.scale(t.scale)


def soft(t: Term) -> Interval:
    """A figure's interval inside the usual reading of its bound word (超八成: below 90%)."""
    iv = strict(t)
    bound = t.quantity.soft
    if bound is None:
        return iv
    bound = bound if t.scale == 1 else bound.scale(t.scale)
    return iv.intersect(bound) or iv


# --- the policy -----------------------------------------------------------------------------
def judge(p: Prepared, holds: Callable[[Env], bool] | None = None) -> tuple[Severity, str]:
    """How much a failed relation matters, and why: (severity, reason). ``holds`` tests the
    relation under a reading (default: the relation's own test)."""
    terms = p.relation.terms()
    bases = {term_basis(t) for t in terms if t.claim is not None or t.field == "growth"}
    if len(bases) > 1 and "nominal" in bases:
        return Severity.INFO, "basis"
    releases = {release_of(t) for t in terms if t.claim is not None}
    if len(releases) > 1 and any(r is not None for r in releases):
        return Severity.WARNING, "revision"
    if any(t.quantity.estimate for t in terms):
        return Severity.WARNING, "estimate"
    if any(t.quantity.approximate for t in terms) and (
            any(t.quantity.approximate and t.quantity.checked_interval.is_point for t in terms)
            or (holds or p.relation.holds)(roughly)):
        return Severity.WARNING, "approximate"
    if (holds or p.relation.holds)(loose):
        return Severity.WARNING, "looser-rounding"
    if p.kind.kind == "duplicate" and p.how in ("stated", "linked") \
            and (holds or p.relation.holds)(cut_or_rounded):
        return Severity.WARNING, "looser-rounding"  # 11989.9万吨（2397.9亿斤）: 2397.98 cut short
    return linked(p, p.code_rule.severity, "error")


def term_basis(t: Term) -> str:
    """The basis a check gives a figure (a share or change taken as of its rates' basis, the 3.9
    of 3.9：59.5：36.6 among them); else a growth rate carries its claim's basis, and levels are at
    current prices (nominal)."""
    if t.basis is not None:
        return t.basis
    if t.claim is None:
        return "nominal"
    if t.field == "growth" or t.quantity.change or t.quantity.unit.dimension in ("ratio", "pp"):
        return t.claim.spec.basis
    return "nominal"


def release_of(t: Term) -> str | None:
    assert t.claim is not None
    if t.claim.spec.release:
        return t.claim.spec.release
    model = t.claim.file.model
    return model.article.release if model is not None and model.article is not None else None


# --- evaluation -----------------------------------------------------------------------------
def evaluate(p: Prepared, advice: bool = True) -> list[Finding]:
    """The findings of one relation (none when it holds); ``advice``: with the suggestions of a
    failed relation (what would hold, likely typos), which only some reports show."""
    if p.run is not None:
        return p.run(p)
    if p.parts:
        return [f for _, found in evaluate_parts(p, advice) for f in found]
    try:
        return _evaluate(p, advice)
    except TooLarge:
        return [problems.INVALID_CHECK.finding(Message(msg.RELATION_TOO_LARGE, bits=f"{MAX_BITS:,}"),
                                               p.file.display, p.line, p.column)]


def evaluate_parts(p: Prepared, advice: bool = True) -> list[tuple[Prepared, list[Finding]]]:
    """Each relation ``p`` stands for, with its findings: ``p`` itself, or each of its parts
    (found the way ``p`` was: written, stated, linked)."""
    if not p.parts:
        return [(p, evaluate(p, advice))]
    for part in p.parts:
        part.how = p.how
    return [(part, evaluate(part, advice)) for part in p.parts]


def _evaluate(p: Prepared, advice: bool) -> list[Finding]:
    rel = p.relation
    if holds_clearly(rel, strict) and all(t.quantity.soft is None for t in rel.terms()):
        return []  # proven with floats far from the boundary: what the exact test finds below
    try:
        computed = rel.computed.eval(strict)
        stated = rel.stated.eval(strict)
        holds = rel.verdict(strict, computed - stated)
    except DivisionByZero:
        zero = ", ".join(t.label for t in rel.terms() if t.quantity.interval.is_point
                         and t.quantity.interval.lo == 0)
        return [problems.INVALID_CHECK.finding(
            Message(msg.DIVIDES_BY_ZERO, zero=zero or Message(msg.A_ZERO_FIGURE)),
            p.file.display, p.line, p.column)]
    if holds is None:
        return [_untestable(p, computed, stated, _repeated(p))]
    if holds:
        if _unbounded(computed, stated):
            return [_untestable(p, computed, stated)]
        if any(t.quantity.soft is not None for t in rel.terms()) and not rel.holds(soft):
            return [_finding(p, _outcome(p, computed, stated, Severity.WARNING, "soft-bound"),
                             advice)]
        return []
    severity, reason = judge(p)
    outcome = _outcome(p, computed, stated, severity, reason)
    if severity is Severity.ERROR and p.how == "stated" and far_apart(p, outcome.needed):
        outcome = _outcome(p, computed, stated, Severity.WARNING, "far")
    return [_finding(p, outcome, advice)]


def linked(p: Prepared, severity: Severity, reason: str) -> tuple[Severity, str]:
    """A relation tied only across sentences (discovered: linked) is at most a warning."""
    if p.how == "linked" and severity is Severity.ERROR:
        return Severity.WARNING, "linked"
    return severity, reason


def _unbounded(computed: Interval, stated: Interval) -> bool:
    return (computed.lo is None and computed.hi is None) or (stated.lo is None and stated.hi is None)


def _outcome(p: Prepared, computed: Interval, stated: Interval, severity: Severity,
             reason: str) -> Outcome:
    rel = p.relation
    gap = rel.difference(strict).distance(OPS[rel.op])
    try:
        needed = rel.needed(strict)
    except DivisionByZero:
        needed = {}
    return Outcome(False, computed, stated, needed, severity, reason, gap)


#: Why a failed relation is only a warning, by reason.
REASONS = {
    "looser-rounding": msg.REASON_LOOSER_ROUNDING,
    "soft-bound": msg.REASON_SOFT_BOUND,
    "estimate": msg.REASON_ESTIMATE,
    "approximate": msg.REASON_APPROXIMATE,
    "revision": msg.REASON_REVISION,
    "linked": msg.REASON_LINKED,
    "far": msg.REASON_FAR,
}


def _finding(p: Prepared, o: Outcome, advice: bool) -> Finding:
    assert p.describe is not None
    says, headline = p.describe(o)
    rule, verdict = p.code_rule, "fail"
    terms = p.relation.terms()
    if o.reason == "basis":
        rule, verdict, headline = NOT_COMPARABLE, "not-comparable", False
        effect = p.basis_note(o) if p.basis_note else None
        says = Message(msg.NOT_COMPARABLE if effect is None else msg.NOT_COMPARABLE_EFFECT,
                       message=says, effect=effect)
    elif o.reason != "error":
        says = Message(msg.WITH_NOTE, message=says,
                       note=Message(REASONS[o.reason], words=reason_words(o.reason, terms)))
    return rule.finding(
        says, p.file.display, p.line, p.column, severity=o.severity, check=p.check_id,
        claims=claim_refs(terms), computed=o.computed, computed_shown=_shown(o.computed, p.computed_scale),
        stated=o.stated, stated_shown=_shown(o.stated, p.stated_scale), gap=_gap(o, p.stated_scale),
        advice=suggestions(p, o) if advice and o.reason != "basis" else [],
        headline=headline and o.severity is Severity.ERROR, verdict=verdict,
    )


def reason_words(reason: str, terms: list[Term]) -> Listed:
    """The words a reason names: the roundings, releases, estimates or bound words involved."""
    if reason == "looser-rounding":
        modes = sorted({LOOSER.get(rounding_of(t), rounding_of(t)) for t in terms})
        return Listed(Message(msg.ROUNDING_MODE, mode=mode) for mode in modes)
    if reason == "revision":
        releases = sorted({release_of(t) or "" for t in terms if t.claim is not None},
                          key=lambda r: r or "no release given")
        return Listed(r or Message(msg.NO_RELEASE) for r in releases)
    if reason == "estimate":
        return Listed(t.quantity.written for t in terms if t.quantity.estimate)
    if reason == "approximate":
        return Listed(t.quantity.written for t in terms if t.quantity.approximate)
    if reason in ("linked", "far"):
        return Listed(t.quantity.written for t in terms)
    return Listed(t.quantity.written for t in terms if t.quantity.soft is not None)


def _shown(iv: Interval, scale: Scale | None) -> Shown | None:
    return None if scale is None else Shown(iv, scale)


def _gap(o: Outcome, scale: Scale | None) -> dict[str, str] | None:
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


def _repeated(p: Prepared) -> Message:
    seen = Counter(t.figure for t in p.relation.terms())
    names = list(dict.fromkeys(t.label for t in figures_once(p) if seen[t.figure] > 1))
    template = msg.UNTESTABLE_REPEATED_ONE if len(names) == 1 else msg.UNTESTABLE_REPEATED
    return Message(template, names=Listed(names), kind=p.kind.title)


def _untestable(p: Prepared, computed: Interval, stated: Interval,
                says: Message | None = None) -> Finding:
    names = Listed(t.label for t in p.relation.terms())
    return UNTESTABLE.finding(
        says or Message(msg.UNTESTABLE_COARSE, names=names, kind=p.kind.title),
        p.file.display, p.line, p.column, check=p.check_id, claims=claim_refs(p.relation.terms()),
        computed=computed, computed_shown=_shown(computed, p.computed_scale), stated=stated,
        stated_shown=_shown(stated, p.stated_scale), verdict="untestable",
    )
