"""Fact file on disk → validated model, read figures and problems at their file:line:col.

Every problem in a file is collected (not just the first), so an editor fixes them in one pass.
References between claims and files are resolved later, by :mod:`factcheck.corpus`.
"""

from __future__ import annotations

import re
from fractions import Fraction
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from . import messages as msg
from .display import scale_of
from .findings import ArticleSpan, Finding
from .lexicon import names_an_average
from .messages import Message, Shown
from .model import Claim, FactFile, fact_file_from, fact_file_model
from .patterns import later
from .positions import Positions, Unplaced
from .problems import (
    FRACTIONAL_COUNT,
    INVALID_CHECK,
    INVALID_TYPE,
    NOT_A_FACT_FILE,
    UNKNOWN_UNIT,
    UNREADABLE_FILE,
    UNREADABLE_VALUE,
)
from .quantity import (
    Quantity,
    QuantityError,
    UnknownUnit,
    normalise,
    parse_quantity,
    parse_rate,
)
from .rules import Rule
from .textfile import DEFAULT_MAX_BYTES, TextFileError, decode_text, read_text
from .units import DIMENSION_KEYWORDS, Unit, lookup_unit
from .values import Value

__all__ = ["ArticleSpan", "ClaimInfo", "LoadedFile", "load_data", "load_file", "load_text"]


class ClaimInfo(Value):
    """A claim of a loaded file, with its figure read."""

    __slots__ = ("article", "column", "file", "growth", "growth_article", "id", "line", "quantity",
                 "rounding", "spec", "target")

    def __init__(self, id: str, file: LoadedFile, line: int, column: int, spec: Claim,
                 quantity: Quantity | None = None, growth: Quantity | None = None,
                 rounding: str = "up_or_down", target: ClaimInfo | None = None,
                 article: ArticleSpan | None = None, growth_article: ArticleSpan | None = None):
        self.id = id
        self.file = file
        self.line = line
        self.column = column
        self.spec = spec
        self.quantity = quantity
        self.growth = growth
        self.rounding = rounding
        self.target = target  # for a `ref:` alias, the claim it stands for
        self.article = article  # where its figure is printed, when the article is known
        self.growth_article = growth_article  # where its growth rate is printed

    def _fields(self) -> tuple:
        return (self.id, self.file, self.line, self.column, self.spec, self.quantity, self.growth,
                self.rounding, self.target, self.article, self.growth_article)

    __hash__ = None  # type: ignore[assignment]  # equal by value, but changed while loaded

    @property
    def key(self) -> str:
        """The id other files use: `<file stem>/<claim id>`."""
        return f"{self.file.stem}/{self.id}"

    @property
    def resolved(self) -> ClaimInfo:
        """The claim itself, or the claim an alias (or a chain of them, of any length) stands for."""
        claim = self.target
        if claim is None:
            return self
        seen = {id(self)}
        while claim.target is not None and id(claim) not in seen:  # cycles are reported as FC013
            seen.add(id(claim))
            claim = claim.target
        return claim


class LoadedFile:
    """One fact file: its model, claims and the problems found in it."""

    __slots__ = ("claims", "default_rounding", "discovery", "display", "model", "path", "problems",
                 "source", "text", "units")

    def __init__(self, path: Path, display: str, text: str | None = None,
                 model: FactFile | None = None, source: Positions | None = None,
                 claims: dict[str, ClaimInfo] | None = None, units: dict[str, Unit] | None = None,
                 problems: list[Finding] | None = None, default_rounding: str = "up_or_down",
                 discovery: Any = None):
        self.path = path
        self.display = display
        self.text = text
        self.model = model
        self.source = Unplaced() if source is None else source
        self.claims = {} if claims is None else claims
        self.units = {} if units is None else units
        self.problems = [] if problems is None else problems
        self.default_rounding = default_rounding
        self.discovery = discovery  # for an article given as input: what was found in it

    @property
    def stem(self) -> str:
        return self.path.stem

    @property
    def ok(self) -> bool:
        """True when the file loaded (it may still have problems in single claims)."""
        return self.model is not None

    @property
    def rounding(self) -> str:
        """The file's rounding mode: its article's, else the run's default."""
        if self.model is not None and self.model.article is not None and self.model.article.rounding:
            return self.model.article.rounding
        return self.default_rounding

    def add(self, rule: Rule, message: Message, line: int = 1, column: int = 1) -> None:
        self.problems.append(rule.finding(message, self.display, line, column))


def load_file(
    path: Path,
    display: str | None = None,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    rounding: str = "up_or_down",
) -> LoadedFile:
    """Read and validate one fact file; problems are in ``.problems``."""
    loaded = LoadedFile(path, display or str(path), default_rounding=rounding)
    try:
        text = read_text(path, encoding, max_bytes)
    except TextFileError as err:
        loaded.add(UNREADABLE_FILE, err.message)
        return loaded
    return _load(loaded, text)


def load_text(
    data: bytes | str, display: str, path: Path | None = None, encoding: str | None = None,
    rounding: str = "up_or_down",
) -> LoadedFile:
    """Validate a fact file given as bytes or text (standard input)."""
    loaded = LoadedFile(path or Path(display), display, default_rounding=rounding)
    if isinstance(data, bytes):
        try:
            data = decode_text(data, encoding)
        except TextFileError as err:
            loaded.add(UNREADABLE_FILE, err.message)
            return loaded
    return _load(loaded, data)


def load_data(data: dict[str, Any], display: str, path: Path, source: Positions, text: str,
              rounding: str = "up_or_down") -> LoadedFile:
    """Load a fact file the tool built (a document found in an article), its positions given by
    ``source``: made into its model directly when it is plain data, else validated."""
    loaded = LoadedFile(path, display, text=text, source=source, default_rounding=rounding)
    loaded.model = fact_file_from(data)
    if loaded.model is None:
        return _load_data(loaded, data)
    _read_units(loaded)
    _read_claims(loaded)
    return loaded


def _load(loaded: LoadedFile, text: str) -> LoadedFile:
    from .yamlsource import YamlProblem, parse_yaml

    loaded.text = text
    try:
        data, smap, yaml_problems = parse_yaml(text)
    except YamlProblem as err:
        loaded.add(err.rule, err.message, err.line, err.column)
        return loaded
    loaded.source = smap
    for p in yaml_problems:
        loaded.add(p.rule, p.message, p.line, p.column)
    return _load_data(loaded, data)


def _load_data(loaded: LoadedFile, data: Any) -> LoadedFile:
    if not _declares_format(loaded, data):
        return loaded
    model = fact_file_model()
    try:
        loaded.model = model.model_validate(data)
    except ValidationError as err:
        from .validation import report_validation, salvage  # only for a file with problems

        report_validation(loaded, err, data)
        loaded.model = salvage(data)
        if loaded.model is None:
            return loaded
    _read_units(loaded)
    _read_claims(loaded)
    return loaded


def _declares_format(loaded: LoadedFile, data: Any) -> bool:
    """Whether the document is a fact file of format 1 (a mapping with `factcheck: 1`); a
    version written as text is read as a number."""
    smap = loaded.source
    if not isinstance(data, dict):
        what = {type(None): msg.DOC_EMPTY, list: msg.DOC_LIST, str: msg.DOC_SINGLE_VALUE}.get(
            type(data), msg.DOC_NOT_MAPPING)
        loaded.add(NOT_A_FACT_FILE, Message(msg.NOT_A_FACT_FILE, what=Message(what)))
        return False
    if "factcheck" not in data:
        loaded.add(NOT_A_FACT_FILE, Message(msg.FORMAT_LINE_MISSING))
        return False
    version = data.get("factcheck")
    at = smap.value(("factcheck",))
    if isinstance(version, bool):
        loaded.add(NOT_A_FACT_FILE, Message(msg.VERSION_IS_BOOLEAN, word=smap.boolean(("factcheck",))),
                   *at)
        return False
    if isinstance(version, str) and re.fullmatch(r"\d{7,}", version):
        # Too many digits to be a version (and, past 4300, too many for int()).
        shown = version if len(version) <= 20 else version[:20] + "…"
        loaded.add(NOT_A_FACT_FILE, Message(msg.VERSION_TOO_LONG, shown=shown,
                                            digits=f"{len(version):,}"), *at)
        return False
    if isinstance(version, str) and re.fullmatch(r"\d+", version):
        data["factcheck"] = int(version)
        if int(version) > 1:
            loaded.add(NOT_A_FACT_FILE, Message(msg.NEWER_FORMAT, version=version), *at)
            return False
    return True


# --- units and figures ------------------------------------------------------------------------
def _read_units(loaded: LoadedFile) -> None:
    assert loaded.model is not None
    for name, spec in (loaded.model.units or {}).items():
        line, col = loaded.source.value(("units", name))
        spec = spec.strip()
        if spec in DIMENSION_KEYWORDS:
            if spec in ("count", "visits"):
                base = "count" if spec == "count" else name
                loaded.units[name] = Unit(name, spec, base, Fraction(1), True)
            else:
                loaded.units[name] = Unit(name, spec, name)
            continue
        try:
            q = parse_quantity(spec, "up_or_down", tuple(loaded.units.items()))
        except QuantityError as err:
            loaded.add(UNKNOWN_UNIT, Message(msg.UNIT_DECLARATION_UNREADABLE, name=name,
                                             error=str(err),
                                             keywords=", ".join(DIMENSION_KEYWORDS)), line, col)
            continue
        if q.qualifier is not None or q.value <= 0:
            loaded.add(UNKNOWN_UNIT, Message(msg.UNIT_CONVERSION_NOT_PLAIN, name=name), line, col)
            continue
        u = q.unit
        loaded.units[name] = Unit(name, u.dimension, u.base, q.value, u.integer)


def _read_claims(loaded: LoadedFile) -> None:
    assert loaded.model is not None
    declared = tuple(sorted(loaded.units.items()))
    file_rounding = loaded.rounding
    for cid, spec in loaded.model.claims.items():
        line, col = loaded.source.key(("claims", cid))
        info = ClaimInfo(cid, loaded, line, col, spec, rounding=spec.rounding or file_rounding)
        loaded.claims[cid] = info
        if spec.ref is not None:
            extra = [k for k in ("value", "unit", "growth", "names") if getattr(spec, k) is not None]
            if extra:
                loaded.add(INVALID_TYPE, Message(msg.ALIAS_TAKES_NO, id=cid, fields=", ".join(extra)),
                           line, col)
            continue
        _drop_self_references(loaded, cid, spec)
        if spec.value is None:
            if not loaded.source.has_merge(("claims", cid)):  # the merge key is the problem
                loaded.add(INVALID_TYPE, Message(msg.VALUE_REQUIRED, id=cid), line, col)
            continue
        info.quantity = _read_figure(loaded, cid, "value", spec.value, spec.unit, info.rounding,
                                     declared)
        if info.quantity is not None:
            _warn_fractional_count(loaded, cid, info.quantity)
        if spec.growth is not None:
            info.growth = _read_figure(loaded, cid, "growth", spec.growth, None, info.rounding,
                                       declared, rate=True)
        if spec.names is not None and info.quantity is not None and \
                info.quantity.dimension != "count":
            vline, vcol = loaded.source.value(("claims", cid, "names"))
            loaded.add(INVALID_TYPE, Message(msg.NAMES_NOT_A_COUNT, id=cid, value=repr(spec.value)),
                       vline, vcol)


def _warn_fractional_count(loaded: LoadedFile, cid: str, q: Quantity) -> None:
    """A count of whole things with no whole number in its interval is an average or a misreading."""
    if q.dimension not in ("count", "visits") or not q.unit.integer or not q.interval.bounded \
            or q.interval.holds_integer():
        return
    assert loaded.model is not None
    label = loaded.model.claims[cid].label or ""
    if names_an_average(label) or any(
        getattr(check, "feasible", None) == cid for check in loaded.model.checks
    ):
        return
    loaded.add(FRACTIONAL_COUNT, Message(msg.FRACTIONAL_COUNT, id=cid, written=repr(q.written),
                                         interval=Shown(q.interval, scale_of(q))),
               *loaded.source.value(("claims", cid, "value")))


def _drop_self_references(loaded: LoadedFile, cid: str, spec: Claim) -> None:
    """`previous:` or `same_as:` naming the claim itself is FC013; the reference is dropped."""
    if spec.previous is None and spec.same_as is None:
        return
    itself = (cid, f"{loaded.stem}/{cid}")
    if spec.previous in itself:
        loaded.add(INVALID_CHECK, Message(msg.REFERS_TO_ITSELF, where=f"claims.{cid}.previous"),
                   *loaded.source.value(("claims", cid, "previous")))
        spec.previous = None
    refs = [spec.same_as] if isinstance(spec.same_as, str) else spec.same_as or []
    for i, ref in enumerate(refs):
        if ref in itself:
            path = ("claims", cid, "same_as") + ((i,) if isinstance(spec.same_as, list) else ())
            loaded.add(INVALID_CHECK, Message(msg.REFERS_TO_ITSELF, where=f"claims.{cid}.same_as"),
                       *loaded.source.value(path))
    if any(ref in itself for ref in refs):
        kept = [ref for ref in refs if ref not in itself]
        spec.same_as = kept if isinstance(spec.same_as, list) else None


_SUSPECT_START = frozenset("0123456789+-.TtFfYyNnOo")
_BOOL_WORDS = frozenset(("yes", "no", "true", "false", "on", "off", "y", "n"))
_PLAIN_NUMBER = later(r"-?\d+(?:\.\d+)?")


def _read_figure(
    loaded: LoadedFile, cid: str, key: str, written: Any, unit: str | None, rounding: str,
    declared: tuple[tuple[str, Unit], ...], rate: bool = False,
) -> Quantity | None:
    path = ("claims", cid, key)
    text = str(written)

    def report(rule: Rule, message: Message | str) -> None:
        loaded.add(rule, Message(msg.AT, where=f"claims.{cid}.{key}", what=message),
                   *loaded.source.value(path))

    if text.lower() in _BOOL_WORDS or (text.isascii() and text[:1] in _SUSPECT_START):
        # Only text that YAML might have typed (numbers, booleans) needs a look at the node.
        boolean = loaded.source.boolean(path)
        if boolean is not None:
            report(INVALID_TYPE, Message(msg.BOOLEAN_NOT_FIGURE, word=repr(boolean)))
            return None
        if loaded.source.is_number(path):
            if re.fullmatch(r"[-+]?0\d+", text):
                report(UNREADABLE_VALUE, Message(msg.OCTAL_NUMBER, text=repr(text)))
                return None
            if not _PLAIN_NUMBER.fullmatch(text):
                report(UNREADABLE_VALUE, Message(msg.NUMBER_FORM, text=repr(text)))
                return None
    if unit is not None:
        if not _PLAIN_NUMBER.fullmatch(text):
            report(UNREADABLE_VALUE, Message(msg.UNIT_NEEDS_PLAIN_NUMBER, text=repr(text)))
            return None
        bad_unit = _unit_problem(unit, declared)
        if bad_unit is not None:
            loaded.add(UNKNOWN_UNIT, Message(msg.AT, where=f"claims.{cid}.unit", what=bad_unit),
                       *loaded.source.value(("claims", cid, "unit")))
            return None
        text = text + unit
    try:
        if rate:
            return parse_rate(text, rounding)
        return parse_quantity(text, rounding, declared)
    except UnknownUnit as err:
        report(UNKNOWN_UNIT, str(err))
    except QuantityError as err:
        report(UNREADABLE_VALUE, str(err))
    return None


_UNIT_MAGNITUDE = later(r"[十百千]?(?:万亿|万|亿)?")
_NOT_A_UNIT = later(r"[\d.,+\-一二三四五六七八九十百千万亿两〇零余多几数以上下内左右约近超逾不足]")


def _unit_problem(unit: str, declared: tuple[tuple[str, Unit], ...]) -> Message | None:
    """Why the text of `unit:` is not a unit (an optional magnitude, then a unit), or None."""
    units = dict(declared)
    name = normalise(unit)
    rest = name[_UNIT_MAGNITUDE.match(name).end():]
    if lookup_unit(name, units) is not None or (rest and lookup_unit(rest, units) is not None):
        return None
    if not name:
        return Message(msg.UNIT_EMPTY)
    if _NOT_A_UNIT.search(rest or name):
        return Message(msg.NOT_A_UNIT, unit=repr(unit))
    err = UnknownUnit(unit, rest or name)
    return Message(msg.UNKNOWN_UNIT_HINT, reason=err.reason, hint=err.hint or "")
