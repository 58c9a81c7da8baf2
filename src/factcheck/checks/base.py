"""What every check kind shares: how it registers, names claims, prepares relations and reports.

A check kind is one module of this package that calls :func:`register_kind` with its name, its
codes, its documentation (the module docstring), the key and model of its `checks:` entries, and
the functions that turn an entry (or the claims of a file) into :class:`Prepared` relations.
:mod:`factcheck.verdict` evaluates them with the rules every kind obeys (rounding, soft bounds,
basis, releases).
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
from typing import Any

from .. import messages as msg
from .. import problems
from ..corpus import Corpus
from ..display import Scale
from ..findings import ClaimRef, Finding, Severity
from ..interval import Interval
from ..loader import ClaimInfo, LoadedFile
from ..messages import N_, Message, Shown
from ..model import CheckBase, register_check
from ..patterns import compiled, later
from ..quantity import Quantity, QuantityError, parse_quantity
from ..relations import Relation, Term
from ..rules import Rule, define
from ..values import Value

__all__ = [
    "KINDS", "CheckKind", "Context", "Outcome", "Prepared", "claim_refs", "is_ref", "register_kind",
    "written",
]

Prepare = Callable[[Any, "Context"], list["Prepared"]]
FromFile = Callable[[Corpus, LoadedFile], tuple[list["Prepared"], list[Finding]]]


class CheckKind(Value):
    """A check kind: its codes, documentation, `checks:` key and the functions that prepare it."""

    __slots__ = ("doc", "from_file", "key", "kind", "order", "prepare", "rules")

    def __init__(self, kind: str, rules: tuple[Rule, ...], doc: str, order: int,
                 key: str | None = None, prepare: Prepare | None = None,
                 from_file: FromFile | None = None):
        self.kind = kind
        self.rules = rules
        self.doc = doc
        self.order = order
        self.key = key  # the key of its `checks:` entries (None: it has none)
        self.prepare = prepare  # an entry → relations
        self.from_file = from_file  # the relations a file's claims imply by themselves

    def _fields(self) -> tuple:
        return (self.kind, self.rules, self.doc, self.order, self.key, self.prepare, self.from_file)

    @property
    def main(self) -> Rule:
        return self.rules[0]

    @property
    def title(self) -> Message:
        """The kind's name in the reader's language (its key is the English name)."""
        return Message(self.kind)


#: Every registered kind, in the order the format lists them.
KINDS: list[CheckKind] = []


def register_kind(kind: str, order: int, doc: str,
                  rules: tuple[tuple[str, str, Severity, str], ...], *, key: str | None = None,
                  model: type[CheckBase] | None = None, prepare: Prepare | None = None,
                  from_file: FromFile | None = None) -> CheckKind:
    """Declare a check kind: its codes (code, name, severity, summary) in the rule registry, its
    `checks:` entries (``key`` read with ``model``, turned into relations by ``prepare``). The
    kind's name is a text of the catalogue: reports name the kind in the reader's language."""
    N_(kind)
    declared = tuple(define(code, name, severity, summary, doc=doc, kind=kind)
                     for code, name, severity, summary in rules)
    found = CheckKind(kind, declared, doc, order, key, prepare, from_file)
    if key is not None:
        assert model is not None and prepare is not None
        register_check(key, model, order)
    KINDS.append(found)
    KINDS.sort(key=lambda k: k.order)
    return found


class Outcome:
    """What the engine found when it evaluated a relation."""

    __slots__ = ("computed", "gap", "holds", "needed", "reason", "severity", "stated")

    def __init__(self, holds: bool, computed: Interval, stated: Interval,
                 needed: dict[int, Interval], severity: Severity, reason: str,
                 gap: Fraction | None = None):
        self.holds = holds
        self.computed = computed
        self.stated = stated
        self.needed = needed
        self.severity = severity
        self.reason = reason  # error, looser-rounding, soft-bound, estimate, approximate, revision, basis
        self.gap = gap


Describe = Callable[[Outcome], tuple[Message, bool]]


class Prepared:
    """A relation ready to evaluate, with what its findings need to say."""

    __slots__ = (
        "basis_note",
        "check_id",
        "column",
        "computed_scale",
        "derived",
        "describe",
        "file",
        "how",
        "ignore",
        "kind",
        "line",
        "parts",
        "relation",
        "rule",
        "run",
        "stated_scale",
    )

    def __init__(self, kind: CheckKind, relation: Relation, file: LoadedFile, line: int,
                 column: int, describe: Describe | None, check_id: str | None = None,
                 computed_scale: Scale | None = None, stated_scale: Scale | None = None,
                 basis_note: Callable[[Outcome], Shown | None] | None = None,
                 ignore: frozenset[str] = frozenset(), rule: Rule | None = None,
                 derived: list[Finding] | None = None,
                 run: Callable[[Prepared], list[Finding]] | None = None, parts: tuple[Prepared, ...] = (),
                 how: str = "implied"):
        self.kind = kind
        self.relation = relation
        self.file = file
        self.line = line
        self.column = column
        self.describe = describe  # None for kinds whose `run` makes the findings itself
        self.check_id = check_id
        self.computed_scale = computed_scale
        self.stated_scale = stated_scale
        self.basis_note = basis_note  # the implied deflator
        self.ignore = ignore
        self.rule = rule
        self.derived = [] if derived is None else derived
        self.run = run  # kinds that are not one relation (GRIM); called with this Prepared
        # relations decided alone whose findings are this one's (an enumeration entry: one per
        # figure); the joint model reads the parts
        self.parts = parts
        # written (a check entry), stated or linked (found in an article), implied (by claims: a
        # growth with its previous level, a list of names, same_as)
        self.how = how

    @property
    def code_rule(self) -> Rule:
        return self.rule or self.kind.main


_REF_RE = later(r"^(?:[^/\s]+/)?[a-z0-9_]+$")


def is_ref(text: str) -> bool:
    """Whether a check's field names a claim (gdp, other.yaml/gdp) rather than writes a figure."""
    return bool(_REF_RE.match(text)) and not compiled(r"\d+").fullmatch(text)


class Context:
    """One check entry of one file: resolves its references and reports its problems."""

    __slots__ = ("corpus", "file", "path", "problems")

    def __init__(self, corpus: Corpus, file: LoadedFile, path: tuple[Any, ...],
                 problems: list[Finding] | None = None):
        self.corpus = corpus
        self.file = file
        self.path = path
        self.problems = [] if problems is None else problems

    @property
    def position(self) -> tuple[int, int]:
        return self.file.source.value(self.path)

    def at(self, key: str | int, *more: str | int) -> tuple[int, int]:
        return self.file.source.value((*self.path, key, *more))

    def report(self, rule: Rule, message: Message, key: str | int | None = None,
               *more: str | int) -> None:
        line, col = self.position if key is None else self.at(key, *more)
        self.problems.append(rule.finding(message, self.file.display, line, col))

    def claim(self, ref: str, key: str | int, *more: str | int) -> ClaimInfo | None:
        """The claim a reference names, or None after reporting FC007."""
        found = self.corpus.lookup(ref, self.file)
        if isinstance(found, Message):
            self.report(problems.DANGLING_REFERENCE,
                        Message(msg.AT, where=_where(self.path, key, *more), what=found), key, *more)
            return None
        return found.resolved

    def value_term(self, claim: ClaimInfo, role: str, key: str | int, *more: str | int) -> Term | None:
        """The term of a claim's figure, or None after reporting why there is none."""
        if claim.quantity is None:
            if claim.target is None and claim.spec.ref is not None:
                self.report(problems.DANGLING_REFERENCE,
                            Message(msg.UNRESOLVED_REFERENCE, where=_where(self.path, key, *more),
                                    id=repr(claim.id)), key, *more)
            return None  # its own problem was reported where the claim is
        return Term(claim.quantity, claim, role, origin=self.file)

    def ref_or_value(self, spec: str | int, role: str, key: str, rounding: str) -> Term | None:
        """`of:` and `is:` take a claim id or a figure as written."""
        text = str(spec)
        if is_ref(text):
            claim = self.claim(text, key)
            return None if claim is None else self.value_term(claim, role, key)
        try:
            q = parse_quantity(text, rounding, tuple(sorted(self.file.units.items())))
        except QuantityError as err:
            self.report(problems.UNREADABLE_VALUE,
                        Message(msg.AT, where=_where(self.path, key), what=str(err)), key)
            return None
        return Term(q, None, role, origin=self.file)

    def compatible(self, terms: list[Term], what: str) -> bool:
        """Report FC011 unless every term has the same dimension and base unit."""
        keys = {_dim_key(t) for t in terms}
        if len(keys) <= 1:
            return True
        shown = msg.Listed(Message(msg.LABEL_DIMENSION, label=t.label,
                                   dimension=_dim_name(t.quantity)) for t in terms)
        self.report(problems.DIMENSION_MISMATCH,
                    Message(msg.MIXES_DIMENSIONS, where=_where(self.path), what=Message(what),
                            shown=shown))
        return False

    def ignore(self, spec: Any) -> frozenset[str]:
        codes = getattr(spec, "ignore", None)
        if not codes:
            return frozenset()
        return frozenset(codes)


def _dim_key(t: Term) -> tuple[str, str]:
    u = t.quantity.unit
    return (u.dimension, u.base)


#: The dimensions of units (units.py) as an editor reads them; the keys stay English in data.
_DIMENSIONS = {
    "count": N_("count"), "visits": N_("visits"), "number": N_("number"), "money": N_("money"),
    "area": N_("area"), "length": N_("length"), "mass": N_("mass"), "energy": N_("energy"),
    "power": N_("power"), "volume": N_("volume"), "concentration": N_("concentration"),
    "time": N_("time"), "ratio": N_("ratio"), "pp": N_("pp"), "factor": N_("factor"),
    "age": N_("age"), "temperature": N_("temperature"),
}


def _dim_name(q: Quantity) -> Message | str | msg.Listed:
    if q.unit.dimension == "money":
        return Message(msg.MONEY_IN, base=q.unit.base)
    parts = q.unit.dimension.split("/")  # money/area: a composite unit (元/平方米)
    return msg.Listed((Message(_DIMENSIONS[d]) if d in _DIMENSIONS else d for d in parts), "/")


def _where(path: tuple[Any, ...], *more: Any) -> str:
    out = ""
    for p in (*path, *[m for m in more if m is not None]):
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out


def written(term: Term) -> str:
    """How a finding names a figure: 'gdp (227.6亿元)' or the literal."""
    if term.claim is None:
        return term.quantity.written
    shown = term.claim.spec.value if term.field == "value" else term.claim.spec.growth
    return f"{term.label} ({shown if shown is not None else term.quantity.written})"


def claim_refs(terms: list[Term]) -> list[ClaimRef]:
    """The claims of a relation as findings name them (each figure once)."""
    refs: list[ClaimRef] = []
    seen: set[tuple[int, str]] = set()
    for t in terms:
        c = t.claim
        if c is None or (id(c), t.field) in seen:
            continue
        seen.add((id(c), t.field))
        refs.append(ClaimRef(
            id=t.label if t.field == "value" else f"{t.label}.growth", file=c.file.display,
            line=c.line, column=c.column, written=t.quantity.written,
            interval=t.quantity.interval, quote=c.spec.quote, label=c.spec.label,
            article=c.article if t.field == "value" else c.growth_article,
        ))
    return refs
