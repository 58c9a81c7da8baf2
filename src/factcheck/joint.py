"""One model of all the relations of a file: joint conflicts, and the figure to fix.

:mod:`factcheck.verdict` decides each relation alone. Two relations that share a figure can
each hold while no single value of that figure satisfies both (GDP 100.0亿元 after 5.05% growth
over 95.22亿元 needs at least 100.018亿; 人均 19992元 × 50.00万人 needs at most 99.973亿), and when
relations fail, the figure most likely wrong is the one whose change makes all of them hold.

The model
    The figures of the relations are variables: a claim's value or growth (``(id(claim), field)``:
    the same figure in every relation that names it, whatever scale a relation reads it at) and
    each figure written in a check. A variable's domain is its interval under the file's rounding
    (``Quantity.checked_interval``); a relation reads it times ``Term.scale``. Counts of whole
    things have whole-number domains (``Quantity.integer``). Only components of relations that
    share a claim's figure are modelled (a relation alone is decided by verdict.py): where no
    figure is shared the cost is one pass over the terms of the file's relations. Relations that
    verdict.py could not evaluate, GRIM-like checks and relations mixing real growth with nominal
    levels (not comparable) take no part. For conflicts, a figure known exactly (27个) is a
    constant and links nothing.

Deciding a system (:meth:`_Model.decide`)
    1. *Propagation to a fixpoint*: each relation narrows the domain of each of its figures to the
       values it allows given the others' current domains (:meth:`Relation.needed`, exact for a
       relation that names each figure once or is linear); whole-number domains are rounded
       inward (:meth:`Interval.integer_hull`); open ends stay open (interval intersection keeps
       them). An empty domain proves the system infeasible. A relation is applied again only when
       the domain of one of its figures changed (a worklist), at most MAX_PASSES times per
       relation in all; at the fixpoint (reached unless that budget runs out) the domains are the
       greatest common fixpoint of the narrowings, whatever the order, so a superset of relations
       is never decided feasible when a subset is not. A bound whose numerator or denominator
       outgrows ROUND_BITS is rounded outward (closed) to a multiple of 2^-ROUND_BITS, so numbers
       stay far below relations.MAX_BITS (TooLarge ends a relation's step: sound). On a system
       whose relations-figures incidence graph has no cycle this is exact.
    2. *Fourier–Motzkin elimination* over the relations that are linear in their figures
       (``_Linear``: Σ coefficient × figure + constant), with the propagated domains as bounds,
       when those relations form a cycle (the case propagation alone may not settle). Rational
       inequalities Σ a·x ≤ b or < b; equalities are first used to substitute a variable away
       (Gaussian elimination); each elimination combines every pair of opposite-signed rows
       (strict when either row is strict); rows are normalised and duplicates keep the tighter
       bound. Rows are kept in whole numbers (each scaled by the common denominator, then divided
       by the gcd); a row over whole-number figures only has an integer left side, so < b
       becomes ≤ b − 1 and ≤ b becomes ≤ ⌊b / g⌋ for its coefficients' gcd g (a cut every whole
       solution satisfies). A row without variables that fails proves infeasibility. At most
       MAX_ROWS rows and MAX_BITS-bit numbers, else the elimination is abandoned (undecided: no
       finding). Eliminating all but one figure gives its exact range (over the rationals).

Joint conflicts
    Among the relations of a component that hold alone, when the system is infeasible: the
    relations infeasible alone under the joint reading (whole numbers) are set aside;
    QuickXplain (divide and conquer: O(k log n) decisions for k relations in conflict among n)
    narrows the rest to a conflicting subset, and a deletion filter over that subset (drop each
    relation in turn; keep it out when the rest is still infeasible) leaves a minimal
    conflicting set: dropping any one of its relations makes the rest feasible.
    One finding (FC060) names the relations, the figure they disagree on and the two ranges they
    force on it. Its severity follows the verdict policy (:func:`verdict.judge`): a conflict
    involving an estimate, an approximate figure, a soft bound, figures of different releases or
    a linked relation, or that a looser rounding resolves, is a warning.

The figure to fix
    When relations of a component fail (alone or jointly), each figure that is in every relation
    failing alone and in each conflicting set is freed in turn (its domain: any value; ≥ 0 for
    counts) and kept when the component becomes feasible; when none is, pairs (at most
    MAX_CANDIDATES figures, MAX_PAIR_WORK pairs × relations).
    The range a freed figure would need is its propagated domain (with its exact Fourier–Motzkin
    projection for a cyclic linear system); a figure whose stated interval already meets that
    range is not the one to fix. A count of a list of names (an enumeration of the component
    that fails, or one with 等 whose names are just what the figure would need) is what to fix:
    its typo is the number of names written in its own numerals. Repairs are ranked: fewest
    figures without a typo variant (:func:`typos.variants`) inside the needed range first, then
    counts the names confirm, then figures in fewer relations that hold as printed (a figure a
    holding relation confirms is less likely wrong), then the smallest relative change (to the
    slip, else to the needed range, over the stated value), then the file and line. For a pair,
    each range is what that figure needs with the other free too. The best repair's sentence is
    added to the advice of the failing findings of its component when it is more plausible than
    the next repair by the first two criteria (a smaller change alone is a tie: no guess).
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable, Iterable
from contextlib import suppress
from fractions import Fraction
from itertools import combinations
from typing import Any

from . import messages as msg
from .advice import variant_reader
from .checks.base import Prepared, claim_refs
from .display import format_number, scale_of
from .findings import Finding, Severity
from .interval import LOOSER, DivisionByZero, Interval
from .messages import Listed, Message, Shown
from .patterns import later
from .quantity import Quantity
from .relations import MAX_BITS, OPS, Term, TooLarge, _Linear
from .rules import define
from .typos import likeliest, one_digit, written_as
from .values import Value
from .verdict import REASONS, judge, reason_words, rough_interval, rounding_of

__all__ = ["JOINT_CONFLICT", "JointResult", "Repair", "RepairClaim", "analyse"]

JOINT_CONFLICT = define(
    "FC060", "joint-conflict", Severity.ERROR,
    "Relations that each hold alone, but that no single value of a figure they share satisfies "
    "together.",
    doc="## What it checks\nEvery relation of a file is also read as one system: a figure that "
    "appears in several relations must take one value in all of them. When each relation holds "
    "alone but no values satisfy them together, the smallest set of relations that conflict is "
    "reported, with the figure they disagree on and the range each side forces on it. Relations "
    "with estimates, approximate figures, soft bounds, figures of different releases or links "
    "across sentences make it a warning, as does a conflict a looser rounding resolves.\n\n"
    "## Why it matters\nA figure's rounding leaves each relation some slack, and each relation "
    "may use it differently: GDP 100.0亿元 is anything from 99.95亿 to 100.05亿, enough for a "
    "growth of 5.05% over 95.22亿元 (which needs at least 100.018亿) and for 人均 19992元 over "
    "50.00万人 (which needs at most 99.973亿), but not for both. One of the four figures is "
    "wrong, although every check passes alone.\n\n## Example\n```yaml\nclaims:\n  gdp: {value: "
    "100.0亿元, growth: 5.05%, previous: gdp_2022}\n  gdp_2022: {value: 95.22亿元}\n  "
    "gdp_per_capita: {value: 19992元}\n  population: {value: 50.00万人}\nchecks:\n  - {average: "
    "gdp_per_capita, total: gdp, count: population}\n```\nFC060: the growth needs gdp in "
    "100.0186亿–100.0386亿元, the average needs it in 99.9475亿–99.9725亿元.\n",
)

MAX_PASSES = 32  # propagation: applications of each relation, on average (it stops at a fixpoint)
MAX_ROWS = 4000  # Fourier–Motzkin rows before an elimination is abandoned
ROUND_BITS = 256  # a propagated bound larger than this is rounded outward
MAX_CANDIDATES = 24  # figures tried in pairs (at most 276 pairs per component)
MAX_PAIR_WORK = 20_000  # pairs × relations of the component: beyond it, no pairs are tried
MAX_REPAIRS = 5  # repairs reported per component

Key = tuple[int, str]  # (id(claim), field) for a claim's figure, (id(term), "") for a written one
Domains = dict[Key, Interval]


# --- the public interface -------------------------------------------------------------------
class RepairClaim(Value):
    """One figure of a repair: its id, the figure as written, the values it would need (in its
    base unit) and the typo variant inside them, if any."""

    __slots__ = ("id", "stated", "typo", "would_need")

    def __init__(self, id: str, stated: str, would_need: Interval, typo: str | None = None):
        self.id = id
        self.stated = stated
        self.would_need = would_need
        self.typo = typo

    def _fields(self) -> tuple:
        return (self.id, self.stated, self.would_need, self.typo)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "stated": self.stated, "would_need": self.would_need.to_json(),
                "typo": self.typo}


class Repair:
    """A smallest set of figures whose change makes every relation of a component hold."""

    __slots__ = ("at", "claims", "file", "fixes", "found", "rank", "says")

    def __init__(self, file: str, claims: list[RepairClaim], fixes: list[str], rank: int,
                 found: list[tuple[str, int, int, str]] | None = None, says: Message | None = None,
                 at: tuple[int, int] = (1, 1)):
        self.file = file
        self.claims = claims
        self.fixes = fixes  # the check ids (or kind:line) of the failing relations it makes hold
        self.rank = rank  # 1 is the most plausible repair of its component
        self.found = [] if found is None else found  # the findings it explains
        self.says = says  # "Most likely wrong: …" (the first repair of a component)
        self.at = at  # where its first figure is (line, column)

    def to_json(self) -> dict[str, Any]:
        return {"file": self.file, "claims": [c.to_json() for c in self.claims],
                "fixes": list(self.fixes), "rank": self.rank}


class JointResult:
    """What the joint model adds to a file: conflict findings, the relations each conflict
    names (``id`` of each prepared relation or part), and ranked repairs."""

    __slots__ = ("conflicts", "findings", "repairs")

    def __init__(self, findings: list[Finding] | None = None, repairs: list[Repair] | None = None):
        self.findings = [] if findings is None else findings
        self.repairs = [] if repairs is None else repairs
        self.conflicts: list[tuple[Finding, set[int]]] = []


def analyse(prepared: list[Prepared], findings_by_relation: dict[int, list[Finding]],
            alone: bool = True) -> JointResult:
    """The joint conflicts and repairs of the relations of one file.

    ``findings_by_relation`` maps ``id(p)`` of each prepared relation (of each of its parts, for
    one that has parts) to the findings :func:`verdict.evaluate` gave it. The failing findings of
    a component with a repair get the best repair's sentence in their advice (they are changed in
    place). With ``alone``, a failing relation that shares no figure gets its repairs too (the
    figures whose change alone would make it hold, a slip of the pen first): the run asks for
    them when the report shows suggestions.
    """
    result = JointResult()
    prepared = [q for p in prepared for q in (p.parts or (p,))]
    failing = alone and any(f.verdict == "fail" for found in findings_by_relation.values()
                            for f in found)
    if not failing and (len(prepared) < 2 or not _shares_a_figure(prepared)):
        return result
    for component in _components(_candidates(prepared, findings_by_relation)):
        if len(component) < 2:
            if failing and component[0].fails_alone:
                with suppress(TooLarge, DivisionByZero, _GiveUp):  # too large: its advice stands
                    _analyse_component(component, findings_by_relation, result)
            continue
        comparable = [r for r in component if judge(r.p, _never)[1] != "basis"]
        for part in _components(comparable):
            if len(part) >= 2:
                try:
                    _analyse_component(part, findings_by_relation, result)
                except (TooLarge, DivisionByZero, _GiveUp):
                    continue  # numbers too large to model exactly: each relation stands alone
    return result


# --- which relations take part ----------------------------------------------------------------
def _key(t: Term) -> Key:
    return (id(t.claim), t.field) if t.claim is not None else (id(t), "")


def _shares_a_figure(prepared: list[Prepared]) -> bool:
    """Whether some claim's figure appears in two relations (the cheap screen)."""
    seen: set[Key] = set()
    for p in prepared:
        if p.run is not None:
            continue
        mine = {(id(t.claim), t.field) for t in p.relation.terms() if t.claim is not None}
        if not seen.isdisjoint(mine):
            return True
        seen |= mine
    return False


class _Rel:
    """A relation of the model."""

    __slots__ = ("_rows", "fails_alone", "index", "keys", "p", "terms")

    def __init__(self, p: Prepared, index: int, terms: list[Term], keys: tuple[Key, ...],
                 fails_alone: bool,
                 _rows: tuple[dict[Key, Fraction], Interval] | bool | None = False):
        self.p = p
        self.index = index
        self.terms = terms
        self.keys = keys  # its figures, each once
        self.fails_alone = fails_alone  # it has a failing finding (then: it fails under strict rounding)
        self._rows = _rows  # False: not yet known

    @property
    def linear(self) -> tuple[dict[Key, Fraction], Interval] | None:
        """Σ coefficient × figure ∈ range, or None when the relation is not linear."""
        if self._rows is False:
            self._rows = _linear_form(self)
        return self._rows  # type: ignore[return-value]

    @property
    def opaque(self) -> bool:
        """A figure repeats in a non-linear relation: no exact projection of it (its verdict
        decides; the figures that appear once are narrowed)."""
        return self.p.relation.repeats() and self.linear is None

    @property
    def name(self) -> str:
        return self.p.check_id or f"{self.p.kind.kind}:{self.p.line}"

    @property
    def shown(self) -> Message:
        if self.p.check_id:
            return Message(msg.JOINT_RELATION_CHECK, check=self.p.check_id, kind=self.p.kind.title,
                           line=self.p.line)
        return Message(msg.JOINT_RELATION_KIND, kind=self.p.kind.title, line=self.p.line)


def _candidates(prepared: list[Prepared], by_relation: dict[int, list[Finding]]) -> list[_Rel]:
    """The relations that constrain their figures: not GRIM-like runs, not approximations (a
    rule that is at most a warning: real growth weighted by previous shares), not problems
    (division by zero, too large), not already not comparable. (A relation mixing real growth
    with nominal levels is left out of its component by the verdict policy, :func:`verdict.judge`.)"""
    out: list[_Rel] = []
    for i, p in enumerate(prepared):
        if p.run is not None or p.describe is None or p.code_rule.severity is Severity.WARNING:
            continue
        verdicts = {f.verdict for f in by_relation.get(id(p), ())}
        if verdicts & {"problem", "not-comparable"}:
            continue
        terms = list(p.relation.terms())
        if any(t.claim is not None for t in terms):
            keys = tuple(dict.fromkeys(_key(t) for t in terms))
            out.append(_Rel(p, i, terms, keys, "fail" in verdicts))
    return out


def _never(env: Callable[[Term], Interval]) -> bool:
    return False


def _fails_strictly(p: Prepared) -> bool:
    """A failing finding may be a soft-bound warning of a relation that holds strictly."""
    from .verdict import strict

    try:
        return p.relation.verdict(strict) is False
    except (DivisionByZero, TooLarge):
        return False


def _components(rels: list[_Rel], links: Callable[[Key], bool] | None = None
                ) -> list[list[_Rel]]:
    """Relations linked by the claims' figures they share (those ``links`` accepts), each list in
    file order."""
    parent: dict[object, object] = {}

    def find(k: object) -> object:
        while parent.setdefault(k, k) != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    roots: list[object] = []
    for r in rels:
        root: object = ("relation", r.index)
        for k in r.keys:
            if k[1] and (links is None or links(k)):
                a, b = find(root), find(k)
                if a != b:
                    parent[a] = b
        roots.append(root)
    groups: dict[object, list[_Rel]] = {}
    for r, root in zip(rels, roots, strict=True):
        groups.setdefault(find(root), []).append(r)
    return list(groups.values())


# --- one component ------------------------------------------------------------------------------
class _Figure:
    __slots__ = ("key", "term")

    def __init__(self, key: Key, term: Term):
        self.key = key
        self.term = term

    @property
    def quantity(self) -> Quantity:
        return self.term.quantity

    @property
    def integer(self) -> bool:
        return self.term.quantity.integer

    @property
    def is_claim(self) -> bool:
        return self.term.claim is not None


def _figures(rels: Iterable[_Rel]) -> dict[Key, _Figure]:
    out: dict[Key, _Figure] = {}
    for r in rels:
        for t in r.terms:
            k = _key(t)
            if k not in out:
                out[k] = _Figure(k, t)
    return out


def _strict_domain(fig: _Figure) -> Interval:
    return fig.quantity.checked_interval


def _loose_domain(fig: _Figure) -> Interval:
    mode = LOOSER.get(rounding_of(fig.term))
    q = fig.quantity if mode is None else fig.quantity.with_rounding(mode)
    return q.checked_interval


def _free_domain(fig: _Figure) -> Interval:
    """Any value a figure of its kind can take: counts of whole things are not negative."""
    q = fig.quantity
    if q.unit.integer and q.unit.dimension in ("count", "visits") and not q.change:
        return Interval(Fraction(0), None, True, False)
    return Interval.everything()


def _analyse_component(component: list[_Rel], by_relation: dict[int, list[Finding]],
                       result: JointResult) -> None:
    figures = _figures(component)
    base = {k: _strict_domain(f) for k, f in figures.items()}
    integer = {k for k, f in figures.items() if f.integer}
    model = _Model(figures, integer)
    for r in component:
        r.fails_alone = r.fails_alone and _fails_strictly(r.p)  # not a soft-bound warning
    conflicts: list[tuple[list[_Rel], Finding]] = []
    holding = [r for r in component if not r.fails_alone]
    # A figure known exactly (27个) is a constant: it cannot link two relations into a conflict.
    for group in _components(holding, lambda k: not base[k].is_point):
        if len(group) < 2:
            continue
        try:
            found = _conflict(model, group, base)
        except TooLarge:
            continue
        if found is not None:
            conflicts.append((found, _conflict_finding(model, found, base)))
    failing = [r for r in component if r.fails_alone]
    if not failing and not conflicts:
        return

    def failed(rels: list[_Rel]) -> list[Finding]:
        return [f for r in rels for f in by_relation.get(id(r.p), []) if f.verdict == "fail"]

    groups = [(component, _repairs_or_none(model, component, failing, [c for c, _ in conflicts], base),
               failed(failing) + [f for _, f in conflicts])]
    if not groups[0][1] and len(failing) + len(conflicts) > 1:
        # no one change explains every failure: each failing relation's own repairs, keeping
        # the relations that hold as printed
        kept = [r for r in component if not r.fails_alone and not any(r in c for c, _ in conflicts)]
        groups = [([*kept, r], _repairs_or_none(model, [*kept, r], [r], [], base), failed([r]))
                  for r in failing]
    for rels, repairs, targets in groups:
        _report_repairs(rels, repairs, targets, result)
    result.findings.extend(f for _, f in conflicts)
    result.conflicts.extend((f, {id(r.p) for r in rels}) for rels, f in conflicts)


def _repairs_or_none(model: _Model, component: list[_Rel], failing: list[_Rel],
                     conflicts: list[list[_Rel]], base: Domains) -> list[_Found]:
    try:
        return _repairs(model, component, failing, conflicts, base)
    except TooLarge:
        return []


def _report_repairs(component: list[_Rel], repairs: list[_Found], targets: list[Finding],
                    result: JointResult) -> None:
    """The ranked repairs of the failures they fix (equally plausible ones share a rank), and the
    figure most likely wrong first among the findings' suggestions when one is."""
    if not repairs:
        return
    sentence = _sentence(repairs[0]) if _decided(component, repairs) else None
    for f in targets if sentence is not None else ():
        f.advice.insert(0, sentence)  # the answer first: the figure that explains them all
    file = component[0].p.file.display
    keys = [f.sort_key for f in targets]
    for found in repairs:
        rank = 1 + sum(r.rank_key[:2] < found.rank_key[:2] for r in repairs)
        claim = found.figures[0].term.claim
        at = (claim.line, claim.column) if claim is not None else (1, 1)
        result.repairs.append(Repair(file, found.claims, found.fixes, rank, keys,
                                     sentence if rank == 1 else None, at))


# --- deciding a system ----------------------------------------------------------------------------
class _Model:
    """The figures of a component, and decisions over any of its relations."""

    def __init__(self, figures: dict[Key, _Figure], integer: set[Key]):
        self.figures = figures
        self.integer = integer

    def decide(self, rels: list[_Rel], domains: Domains, project: Iterable[Key] = ()
               ) -> Domains | None:
        """The domains narrowed by the relations together, or None when no values satisfy them
        all. The figures in ``project`` get their exact range on a cyclic linear system."""
        dom = self.propagate(rels, domains)
        if dom is None:
            return None
        linear = [r for r in rels if r.linear is not None]
        if len(linear) < 2 or not _cyclic(linear):
            return dom
        wanted = [k for k in project if any(k in r.keys for r in linear)]
        try:
            if not wanted:
                return dom if _fourier_motzkin(linear, dom, self.integer, None) else None
            for k in wanted:
                exact = _fourier_motzkin(linear, dom, self.integer, k)
                if exact is None:
                    return None
                narrowed = self._narrow(dom[k], exact, k)
                if narrowed is None:
                    return None
                dom[k] = narrowed
        except _GiveUp:
            pass
        return dom

    def propagate(self, rels: list[_Rel], domains: Domains) -> Domains | None:
        """Bounds propagation to a fixpoint: a relation is applied again only when the domain of
        one of its figures changed (at most MAX_PASSES applications per relation in all)."""
        dom = dict(domains)

        def env(t: Term) -> Interval:
            iv = dom[_key(t)]
            return iv if t.scale == 1 else iv.scale(t.scale)

        users: dict[Key, list[int]] = {}
        for i, r in enumerate(rels):
            for k in r.keys:
                users.setdefault(k, []).append(i)
        queue = deque(range(len(rels)))
        queued = [True] * len(rels)
        budget = MAX_PASSES * len(rels)
        while queue and budget:
            budget -= 1
            i = queue.popleft()
            queued[i] = False
            r = rels[i]
            try:
                if r.opaque and r.p.relation.verdict(env) is False:
                    return None  # its repeated figure is never narrowed: the verdict decides
                needed = r.p.relation.needed(env)
            except (DivisionByZero, TooLarge):
                continue
            changed: dict[Key, None] = {}  # in term order: the queue's order never rests on id()
            again = False
            for t in r.terms:
                need = needed.get(id(t))
                if need is None:
                    continue
                k = _key(t)
                if t.scale != 1:
                    need = need.scale(1 / t.scale)
                narrowed = dom[k].intersect(need)
                if narrowed is None:
                    return None
                if k in self.integer:
                    whole = narrowed.integer_hull()
                    if whole is None:
                        return None
                    again = again or whole != narrowed  # it may narrow its own relation further
                    narrowed = whole
                if narrowed != dom[k]:
                    dom[k] = _rounded(narrowed)
                    changed[k] = None
            for k in changed:
                for j in users[k]:
                    if not queued[j] and (j != i or again):
                        queue.append(j)
                        queued[j] = True
        return dom

    def _narrow(self, domain: Interval, need: Interval, k: Key) -> Interval | None:
        narrowed = domain.intersect(need)
        if narrowed is not None and k in self.integer:
            narrowed = narrowed.integer_hull()
        return narrowed


def _rounded(iv: Interval) -> Interval:
    """Bounds with over ROUND_BITS bits rounded outward to a multiple of 2^-ROUND_BITS."""
    lo, hi, lo_closed, hi_closed = iv.lo, iv.hi, iv.lo_closed, iv.hi_closed
    if lo is not None and _bits(lo) > ROUND_BITS:
        lo, lo_closed = Fraction(math.floor(lo * 2 ** ROUND_BITS), 2 ** ROUND_BITS), True
    if hi is not None and _bits(hi) > ROUND_BITS:
        hi, hi_closed = Fraction(math.ceil(hi * 2 ** ROUND_BITS), 2 ** ROUND_BITS), True
    if lo is iv.lo and hi is iv.hi:
        return iv
    return Interval(lo, hi, lo_closed, hi_closed)


def _bits(x: Fraction) -> int:
    return max(x.numerator.bit_length(), x.denominator.bit_length())


def _cyclic(rels: list[_Rel]) -> bool:
    """Whether the relations-figures incidence graph has a cycle (two relations sharing two
    figures, or a ring of relations)."""
    parent: dict[object, object] = {}

    def find(x: object) -> object:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for r in rels:
        for k in r.keys:
            a, b = find(("r", r.index)), find(k)
            if a == b:
                return True
            parent[a] = b
    return False


# --- Fourier–Motzkin elimination ------------------------------------------------------------------
class _GiveUp(Exception):
    """The elimination grows past MAX_ROWS rows or MAX_BITS-bit numbers."""


class _Infeasible(Exception):
    """A row without variables that no values satisfy."""


def _linear_form(r: _Rel) -> tuple[dict[Key, Fraction], Interval] | None:
    """The relation as Σ coefficient × figure ∈ range (figures unscaled), or None."""
    relation = r.p.relation
    linear = _Linear.of(relation)
    if linear is None:
        return None
    coefficients: dict[Key, Fraction] = {}
    for c, t in linear.coefficients.values():
        k = _key(t)
        coefficients[k] = coefficients.get(k, Fraction(0)) + c * t.scale
    return ({k: c for k, c in coefficients.items() if c},
            OPS[relation.op] - linear.constant)  # Σ c·x + K ∈ target ⇔ Σ c·x ∈ target − K


Row = tuple[dict[int, int], int, bool]  # Σ a·x ≤ b (< b when strict), in whole numbers
Equation = tuple[dict[int, int], int]  # Σ a·x = b


def _fourier_motzkin(rels: list[_Rel], dom: Domains, integer: set[Key], keep: Key | None
                     ) -> bool | Interval | None:
    """Whether the linear relations have a solution inside the domains (keep is None), or the
    exact range of ``keep`` over their solutions (None when there is none)."""
    index: dict[Key, int] = {}
    for r in rels:
        for k in r.keys:
            index.setdefault(k, len(index))
    whole = {i for k, i in index.items() if k in integer}
    kept = None if keep is None else index[keep]
    equations: list[Equation] = []
    rows: list[Row] = []
    for r in rels:
        form = r.linear
        assert form is not None
        _bounded({index[k]: c for k, c in form[0].items()}, form[1], equations, rows)
    for k, i in index.items():
        _bounded({i: Fraction(1)}, dom[k], equations, rows)
    try:
        table = _Table(whole)
        for row in _substitute(equations, rows, kept):
            table.add(*row)
        for var in table.elimination_order(kept):
            table.eliminate(var)
    except _Infeasible:
        return None if keep is not None else False
    if kept is None:
        return True
    return table.range_of(kept)


def _integral(coefficients: dict[int, Fraction], bound: Fraction) -> tuple[dict[int, int], int]:
    """The same row times the least common multiple of its denominators."""
    lcm = math.lcm(bound.denominator, *(c.denominator for c in coefficients.values()))
    return ({i: int(c * lcm) for i, c in coefficients.items() if c}, int(bound * lcm))


def _bounded(coefficients: dict[int, Fraction], span: Interval, equations: list[Equation],
             rows: list[Row]) -> None:
    """Σ a·x ∈ span as an equation or up to two rows."""
    if span.is_point:
        assert span.lo is not None
        equations.append(_integral(coefficients, span.lo))
        return
    if span.hi is not None:
        rows.append((*_integral(coefficients, span.hi), not span.hi_closed))
    if span.lo is not None:
        rows.append((*_integral({i: -c for i, c in coefficients.items()}, -span.lo),
                     not span.lo_closed))


def _substitute(equations: list[Equation], rows: list[Row], kept: int | None) -> list[Row]:
    """Use each equation to express one variable by the others, everywhere (Gaussian
    elimination); an equation on ``kept`` alone becomes two rows."""
    pending = list(equations)
    out = list(rows)
    while pending:
        coefficients, value = pending.pop()
        if not coefficients:
            if value != 0:
                raise _Infeasible
            continue
        choices = [i for i in coefficients if i != kept]
        if not choices:
            out.append((coefficients, value, False))
            out.append(({i: -c for i, c in coefficients.items()}, -value, False))
            continue
        uses = {i: sum(1 for e, _ in pending if i in e) + sum(1 for e, _, _ in out if i in e)
                for i in choices}
        pivot = min(choices, key=lambda i: (uses[i], i))
        if coefficients[pivot] < 0:  # a positive pivot keeps the direction of the rows
            coefficients, value = {i: -c for i, c in coefficients.items()}, -value
        pending = [_replace(e, b, pivot, coefficients, value) for e, b in pending]
        out = [(*_replace(e, b, pivot, coefficients, value), s) for e, b, s in out]
    return out


def _replace(e: dict[int, int], b: int, pivot: int, equation: dict[int, int], value: int
             ) -> tuple[dict[int, int], int]:
    """e·x ≤ b (or =) with the pivot eliminated by the equation (whose pivot coefficient is
    positive): p·e − a·equation, for e's pivot coefficient a and the equation's p."""
    a = e.get(pivot)
    if a is None:
        return e, b
    p = equation[pivot]
    g = math.gcd(a, p)
    a, p = a // g, p // g
    out = {i: p * c for i, c in e.items()}
    for i, c in equation.items():
        out[i] = out.get(i, 0) - a * c
    return {i: c for i, c in out.items() if c}, _checked(p * b - a * value)


def _checked(x: int) -> int:
    if x.bit_length() > MAX_BITS:
        raise _GiveUp
    return x


class _Table:
    """Rows with coprime whole coefficients, a duplicate keeping the tighter bound."""

    def __init__(self, whole: set[int]):
        self.whole = whole
        self.rows: dict[tuple[tuple[int, int], ...], tuple[int, bool]] = {}

    def add(self, coefficients: dict[int, int], bound: int, strict: bool) -> None:
        if not coefficients:
            if bound < 0 or (bound == 0 and strict):
                raise _Infeasible
            return
        if self.whole.issuperset(coefficients):
            # whole figures make Σ a·x a whole number: < b is ≤ b − 1, and ≤ b is ≤ ⌊b / g⌋·g
            if strict:
                bound, strict = bound - 1, False
            g = math.gcd(*coefficients.values())
            bound //= g
        else:
            g = math.gcd(bound, *coefficients.values())
            bound //= g
        if g != 1:
            coefficients = {i: c // g for i, c in coefficients.items()}
        _checked(bound)
        signature = tuple(sorted(coefficients.items()))
        old = self.rows.get(signature)
        if old is None or bound < old[0] or (bound == old[0] and strict and not old[1]):
            self.rows[signature] = (bound, strict)
            if len(self.rows) > MAX_ROWS:
                raise _GiveUp

    def elimination_order(self, kept: int | None) -> Iterable[int]:
        """The variable whose elimination adds the fewest rows, each time."""
        while True:
            counts: dict[int, list[int]] = {}
            for signature in self.rows:
                for i, c in signature:
                    if i != kept:
                        counts.setdefault(i, [0, 0])[0 if c > 0 else 1] += 1
            if not counts:
                return
            yield min(counts, key=lambda i: (counts[i][0] * counts[i][1] - sum(counts[i]), i))

    def eliminate(self, var: int) -> None:
        positive, negative = [], []
        rest = {}
        for signature, (bound, strict) in self.rows.items():
            coefficients = dict(signature)
            c = coefficients.get(var)
            if c is None:
                rest[signature] = (bound, strict)
            elif c > 0:
                positive.append((coefficients, bound, strict))
            else:
                negative.append((coefficients, bound, strict))
        self.rows = rest
        for pc, pb, ps in positive:
            for nc, nb, ns in negative:
                a, c = pc[var], -nc[var]
                g = math.gcd(a, c)
                a, c = a // g, c // g
                combined = {i: c * x for i, x in pc.items()}
                for i, x in nc.items():
                    combined[i] = combined.get(i, 0) + a * x
                del combined[var]
                self.add({i: x for i, x in combined.items() if x}, _checked(c * pb + a * nb),
                         ps or ns)

    def range_of(self, var: int) -> Interval | None:
        span: Interval | None = Interval.everything()
        for signature, (bound, strict) in self.rows.items():
            ((i, c),) = signature
            assert i == var
            limit = Fraction(bound, c)
            side = (Interval(None, limit, False, not strict) if c > 0
                    else Interval(limit, None, not strict, False))
            span = span.intersect(side) if span is not None else None
        return span


# --- joint conflicts ------------------------------------------------------------------------------
def _conflict(model: _Model, rels: list[_Rel], base: Domains) -> list[_Rel] | None:
    """A minimal conflicting set of relations that hold alone, or None when they are feasible."""
    if model.decide(rels, base) is not None:
        return None
    alone = [r for r in rels if model.decide([r], base) is not None]
    if len(alone) < len(rels) and model.decide(alone, base) is not None:
        return None

    def infeasible(subset: list[_Rel]) -> bool:
        return model.decide(subset, base) is None

    kept = _explain(infeasible, [], alone, False)
    # the deletion filter, on the few relations left: drop each one while the rest conflict
    for r in list(kept):
        trial = [x for x in kept if x is not r]
        if infeasible(trial):
            kept = trial
    kept.sort(key=lambda r: r.index)
    return kept if len(kept) >= 2 else None


def _explain(infeasible: Callable[[list[_Rel]], bool], background: list[_Rel],
             candidates: list[_Rel], added: bool) -> list[_Rel]:
    """QuickXplain (Junker 2004): a minimal subset of ``candidates`` that conflicts together with
    ``background`` (which must conflict with all of them), in O(k log n) decisions for a conflict
    of k relations among n rather than the n of a plain deletion filter."""
    if added and infeasible(background):
        return []
    if len(candidates) == 1:
        return list(candidates)
    half = len(candidates) // 2
    first, second = candidates[:half], candidates[half:]
    found_second = _explain(infeasible, background + first, second, bool(first))
    found_first = _explain(infeasible, background + found_second, first, bool(found_second))
    return found_first + found_second


def _conflict_finding(model: _Model, rels: list[_Rel], base: Domains) -> Finding:
    rels = sorted(rels, key=lambda r: (r.p.line, r.p.column, r.index))
    severity, reason = _severity(model, rels)
    first = rels[0]
    split = _disagreement(model, rels, base)
    terms = [t for r in rels for t in r.terms]
    facts: dict[str, Any] = {}
    if split is None:  # they disagree on a combination of figures: name those they share
        names = Listed(dict.fromkeys(_label(model.figures[k].term) for r in rels for k in r.keys
                                     if model.figures[k].is_claim
                                     and sum(k in x.keys for x in rels) >= 2), msg.AND)
        says = Message(msg.JOINT_CONFLICT_UNRANGED, names=names, relations=Listed(
            (r.shown for r in rels), msg.AND if len(rels) == 2 else msg.COMMA))
    else:
        key, one, range_a, range_b = split
        fig = model.figures[key]
        sc = scale_of(fig.quantity)
        shown_a = Shown(range_a, sc, fig.integer)
        shown_b = Shown(range_b, sc, fig.integer)
        common = {"name": _label(fig.term), "range_a": shown_a, "range_b": shown_b,
                  "stated": fig.quantity.written}
        if len(rels) == 2:
            other = next(r for r in rels if r is not one)
            says = Message(msg.JOINT_CONFLICT, first=one.shown, second=other.shown, **common)
        else:
            others = [r for r in rels if r is not one]
            says = Message(msg.JOINT_CONFLICT_MANY, relations=Listed([one.shown, *(
                r.shown for r in others)]), first=one.shown, **common)
        facts = {"computed": range_a, "computed_shown": shown_a, "stated": range_b,
                 "stated_shown": shown_b, "gap": _gap(range_a, range_b, fig.quantity, sc)}
    if reason != "error":
        says = Message(msg.WITH_NOTE, message=says,
                       note=Message(REASONS[reason], words=reason_words(reason, terms)))
    return JOINT_CONFLICT.finding(says, first.p.file.display, first.p.line, first.p.column,
                                  severity=severity, claims=claim_refs(terms), verdict="fail",
                                  **facts)


def _severity(model: _Model, rels: list[_Rel]) -> tuple[Severity, str]:
    """The verdict policy for a conflict: the first reason any of its relations gives to make a
    failure a warning, then a looser rounding; an error otherwise."""
    for r in rels:
        _, reason = judge(r.p, _never)
        if reason != "error":
            return Severity.WARNING, reason
    if any(f.quantity.approximate for f in model.figures.values()):
        rough = {k: rough_interval(f.quantity) for k, f in model.figures.items()}
        if model.decide(rels, rough) is not None:
            return Severity.WARNING, "approximate"
    for r in rels:
        if any(t.quantity.soft is not None and not t.quantity.approximate for t in r.terms):
            return Severity.WARNING, "soft-bound"
    loose = {k: _loose_domain(f) for k, f in model.figures.items()}
    if model.decide(rels, loose) is not None:
        return Severity.WARNING, "looser-rounding"
    return JOINT_CONFLICT.severity, "error"


def _disagreement(model: _Model, rels: list[_Rel], base: Domains
                  ) -> tuple[Key, _Rel, Interval, Interval] | None:
    """A shared figure, a relation, and the disjoint ranges that relation and the others force on
    the figure."""
    shared = [k for k in dict.fromkeys(k for r in rels for k in r.keys)
              if model.figures[k].is_claim and sum(k in r.keys for r in rels) >= 2]
    for key in shared:
        for one in sorted((r for r in rels if key in r.keys), key=lambda r: (r.p.line, r.index)):
            others = [r for r in rels if r is not one]
            a = model.decide([one], base, [key])
            b = model.decide(others, base, [key])
            if a is None or b is None:
                continue
            if not a[key].intersects(b[key]):
                return key, one, a[key], b[key]
    return None


def _gap(a: Interval, b: Interval, q: Quantity, sc) -> dict[str, str] | None:
    gap = a.distance(b)
    if gap == 0:
        return None
    out = {"absolute": format_number(gap, 12)}
    if q.value:
        out["relative"] = format_number(gap / abs(q.value), 6)
    out["shown"] = sc.value(gap)
    return out


def _label(t: Term) -> str:
    return t.label if t.field == "value" else f"{t.label}.growth"


# --- repairs ------------------------------------------------------------------------------------
class _Found:
    """A repair before it is reported: its figures, the slips found and its plausibility."""

    __slots__ = ("claims", "figures", "fixes", "rank_key", "weak", "why")

    def __init__(self, claims: list[RepairClaim], figures: list[_Figure],
                 why: list[Message | None], fixes: list[str], rank_key: tuple):
        self.claims = claims
        self.figures = figures
        self.why = why
        self.fixes = fixes
        self.rank_key = rank_key
        self.weak = False  # a slip that only a one-digit figure has (typos.one_digit)


def _repairs(model: _Model, component: list[_Rel], failing: list[_Rel],
             conflicts: list[list[_Rel]], base: Domains) -> list[_Found]:
    """The smallest sets of claims' figures whose change makes every relation of the component
    hold, most plausible first."""
    broken = [*failing, *(r for c in conflicts for r in c)]
    fixes = [r.name for r in sorted(dict.fromkeys(broken), key=lambda r: (r.p.line, r.index))]
    candidates = [k for k in dict.fromkeys(k for r in broken for k in r.keys)
                  if model.figures[k].is_claim]

    def covers(keys: tuple[Key, ...]) -> bool:
        return (all(any(k in r.keys for k in keys) for r in failing)
                and all(any(k in r.keys for r in c for k in keys) for c in conflicts))

    found: list[_Found] = []
    for size in (1, 2):
        pairs = len(candidates) * (len(candidates) - 1) // 2
        if size == 2 and (len(candidates) > MAX_CANDIDATES
                          or pairs * len(component) > MAX_PAIR_WORK):
            break
        for keys in combinations(candidates, size):
            if covers(keys):
                repair = _freed(model, component, base, keys, fixes)
                if repair is not None:
                    found.append(repair)
        if found:
            break
    found.sort(key=lambda x: x.rank_key)
    return found[:MAX_REPAIRS]


def _freed(model: _Model, component: list[_Rel], base: Domains, keys: tuple[Key, ...],
           fixes: list[str]) -> _Found | None:
    """The repair that frees ``keys``, or None when the component stays infeasible."""
    domains = dict(base)
    for k in keys:
        domains[k] = _free_domain(model.figures[k])
        if k in model.integer:
            domains[k] = domains[k].integer_hull() or domains[k]
    dom = model.decide(component, domains, keys)
    if dom is None:
        return None
    here = component[0].p.file
    out = _Found([], [], [], fixes, ())
    without_typo, named, change, places = 0, 0, Fraction(0), []
    holding = [r for r in component if r.name not in fixes]
    confirmed = sum(k in r.keys for r in holding for k in keys)  # relations it holds in as printed
    for k in keys:
        fig = model.figures[k]
        q, claim = fig.quantity, fig.term.claim
        assert claim is not None
        need = dom[k]
        if q.unit.dimension == "rank" and not q.checked_interval.is_point:
            # a range of places (前三: 1–3), not a value to narrow
            need = _top_places(component, k, q)
            if need is None:
                return None
        elif need.intersects(q.checked_interval):
            return None  # the figure as stated would do: it is not what is wrong
        listed = _names_listed(component, k, need)
        if listed is not None:
            typo, why, slip = _named_count(fig, listed)
        else:
            typo, why, slip, weak = _typo(fig, need)
            out.weak |= weak
        named += listed is not None and typo is not None
        without_typo += typo is None
        # how far the figure moves: to its slip of the pen (27个 → 72个 is a long way, 19个 → 16个
        # a short one), else to the nearest value it would need
        change += (abs(slip - q.value) if slip is not None else need.distance(q.checked_interval)) \
            / (abs(q.value) or 1)
        places.append((claim.file is not here, claim.line, claim.column))
        label = claim.id if claim.file is here else claim.key
        span = claim.article if k[1] == "value" else claim.growth_article
        if typo is not None and span is not None:
            typo = as_printed(q.written, typo, span.text)
        out.claims.append(RepairClaim(label if k[1] == "value" else f"{label}.growth", q.written,
                                      need, typo))
        out.figures.append(fig)
        out.why.append(why)
    out.rank_key = (without_typo, -named, confirmed, change, places)
    return out


def as_printed(written: str, typo: str, printed: str) -> str:
    """A slip of the claim's figure (七个 → 五个) as the article prints the figure (七省份 → 五省份):
    the characters that differ, put in the printed text when they occur there once."""
    head = 0
    while head < min(len(written), len(typo)) and written[head] == typo[head]:
        head += 1
    tail = 0
    while tail < min(len(written), len(typo)) - head and written[-1 - tail] == typo[-1 - tail]:
        tail += 1
    was, now = written[head:len(written) - tail], typo[head:len(typo) - tail]
    if not was or written in printed or printed == was or printed.count(was) != 1:
        return typo  # (为9529.1亿元: the claim's figure as printed; 中部六省: the article marks 六
        # alone, the claim's 六个 says more)
    return printed.replace(was, now)


def _top_places(component: list[_Rel], k: Key, q: Quantity) -> Interval | None:
    """The places a top-ranks figure (前三, 前五名: from first place on) would need to cover for
    the names listed with it to fit: first to n-th for n names, when its enumeration fails."""
    span = q.checked_interval
    if span.lo != 1 or span.hi is None:
        return None  # 第三至第七位: either end may be the wrong one
    for r in component:
        if r.p.kind.kind == "enumeration" and k in r.keys and r.fails_alone:
            n = r.p.relation.computed.eval(_never_env)
            if n.is_point and n.lo is not None and n.lo >= 1 and n.lo != span.hi:
                return Interval(Fraction(1), n.lo, True, True)
    return None


def _names_listed(component: list[_Rel], k: Key, need: Interval) -> int | None:
    """How many names are listed with the figure, when the names decide it: the count of an
    enumeration that fails (names are not figures: the count is what to fix), or of one with 等
    that holds while the figure would need just the names listed (A、B、C等3个: the count after
    等 is usually the names listed)."""
    whole = need.integer_hull()
    for r in component:
        if r.p.kind.kind != "enumeration" or k not in r.keys:
            continue
        n = r.p.relation.computed.eval(_never_env)
        if not n.is_point or n.lo is None:
            continue
        if r.fails_alone or (whole is not None and whole.lo == n.lo):
            return int(n.lo)
    return None


def _never_env(t: Term) -> Interval:
    raise AssertionError("the names listed are a constant")


def _named_count(fig: _Figure, n: int) -> tuple[str | None, Message | None, Fraction | None]:
    """The count written as the names listed, in its own numeral style (5座 → 8座, 三大 →
    四大)."""
    text = written_as(fig.quantity.written, n)
    if text is None:
        return None, None, None
    return text, Message(msg.TYPO_NAMES_LISTED, n=n), Fraction(n)


def _typo(fig: _Figure, need: Interval
          ) -> tuple[str | None, Message | None, Fraction | None, bool]:
    """The most plausible slip of the pen (typos.likeliest; else a one-digit figure's digit struck
    for another, typos.one_digit: weak) whose reading meets the needed values: as written, what
    slipped, its value, and whether it is weak."""
    assert fig.term.claim is not None
    read = variant_reader(fig.term)
    found = likeliest(fig.quantity, need, read)
    if found is not None:
        return (*found, False)
    found = one_digit(fig.quantity, need, read)
    return (None, None, None, False) if found is None else (*found, True)


_NUMBER = later(r"\d+(?:\.\d+)?")


def _decided(component: list[_Rel], repairs: list[_Found]) -> bool:
    """Whether the best repair is the answer: it must be more plausible than the next one (fewer
    figures without a slip of the pen, or a count the names listed confirm), not merely a smaller
    change (two slips that each explain the relations are a tie: no guess). For a relation alone,
    the best repair must also be a slip of the pen (else any of its figures may be the wrong
    one); relations that share its figure decide between the figures themselves. A figure
    written in words (翻了近三番) has no slips to weigh: beside it, no repair is the answer. A
    one-digit figure's slip (5例 → 2例) ties with another slip but never decides: beside a single
    digit every value is one."""
    best = repairs[0]
    if best.weak or (len(component) == 1 and any(c.typo is None for c in best.claims)):
        return False
    if any(c.typo is None and _NUMBER.search(c.stated) is None for r in repairs[1:]
           for c in r.claims):
        return False  # 翻了近三番: a figure in words has no slips to weigh against the best's
    return len(repairs) == 1 or best.rank_key[:2] < repairs[1].rank_key[:2]


def _sentence(repair: _Found) -> Message:
    """"Most likely wrong: gdp — 227.6亿元 would make 3 relations hold: one digit differs"."""
    n = len(repair.fixes)
    relations = Message(msg.JOINT_ONE_RELATION) if n == 1 else Message(msg.JOINT_RELATIONS, n=n)
    items = list(zip(repair.claims, repair.figures, repair.why, strict=True))
    if len(items) == 1:
        c, fig, why = items[0]
        if c.typo is not None:
            return Message(msg.REPAIR_TYPO, name=c.id, text=c.typo, relations=relations, why=why)
        return Message(msg.REPAIR_VALUE, name=c.id, need=_need(c, fig), relations=relations,
                       stated=c.stated)
    changes = Listed((Message(msg.REPAIR_CHANGE_TYPO, name=c.id, text=c.typo, why=why)
                      if c.typo is not None else
                      Message(msg.REPAIR_CHANGE_VALUE, name=c.id, need=_need(c, fig),
                              stated=c.stated)
                      for c, fig, why in items), msg.AND)
    return Message(msg.REPAIR_TOGETHER, changes=changes, relations=relations)


def _need(c: RepairClaim, fig: _Figure) -> Shown:
    """The needed values in the figure's own unit."""
    return Shown(c.would_need, scale_of(fig.quantity), fig.integer)
