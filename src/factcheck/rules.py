"""Every finding code the tool can emit, with its documentation (for `explain` and SARIF)."""

from __future__ import annotations

from dataclasses import dataclass

from .findings import Severity

__all__ = ["RuleDoc", "all_rules", "rule"]


@dataclass(frozen=True, slots=True)
class RuleDoc:
    code: str
    name: str
    severity: Severity
    summary: str
    doc: str  # Markdown: what it checks / why it matters / example
    kind: str | None = None  # the check kind, for codes of relations


_COMMON = (
    RuleDoc(
        "FC050", "untestable", Severity.INFO,
        "The figures are too coarse for the relation ever to fail.",
        "## What it checks\nA relation whose figures are so coarse (or unbounded) that no value "
        "could make it fail, such as a percentage of 365 days given to 1%: every value is "
        "reachable by some whole number of days.\n\n## Why it matters\nCalling such a relation "
        "consistent would overstate what was checked; it is reported instead, and counted in the "
        "summary.\n\n## Example\n```yaml\nchecks:\n  - {feasible: good_air_rate, of: 365天}   # "
        "86% of 365 days: untestable\n```\n",
    ),
    RuleDoc(
        "FC051", "not-comparable", Severity.INFO,
        "A relation that fails only because it mixes real or same-scope growth with nominal levels.",
        "## What it checks\nA failed relation that combines a real (comparable-price) or "
        "same-scope growth rate with current-price levels. The finding shows the implied price "
        "deflator or scope effect.\n\n## Why it matters\nGDP and value-added growth are real, "
        "their levels nominal: the level ratio must not equal the growth, and calling that an "
        "error would be a false alarm.\n\n## Example\n```yaml\nclaims:\n  gdp: {value: 227.6亿元, "
        "growth: 5%, basis: real, previous: gdp_2022}\n```\n",
    ),
)


def all_rules() -> list[RuleDoc]:
    """Every code, sorted."""
    from .anchor import ANCHOR_PROBLEMS
    from .checks import KINDS
    from .problems import PROBLEMS

    rules = [RuleDoc(p.code, p.name, p.severity, p.summary, p.doc)
             for p in (*PROBLEMS.values(), *ANCHOR_PROBLEMS.values())]
    rules.extend(_COMMON)
    for kind in KINDS:
        for r in kind.rules:
            rules.append(RuleDoc(r.code, r.name, r.severity, r.summary, kind.doc, kind.kind))
    return sorted(rules, key=lambda r: r.code)


def rule(code: str) -> RuleDoc | None:
    """The documentation of one code (case-insensitive), or None."""
    wanted = code.strip().upper()
    return next((r for r in all_rules() if r.code == wanted), None)
