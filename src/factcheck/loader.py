"""Fact file on disk → validated model, read figures and problems at their file:line:col.

Every problem in a file is collected (not just the first), so an editor fixes them in one pass.
References between claims and files are resolved later, by :mod:`factcheck.corpus`.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .display import format_interval, scale_of
from .findings import Finding
from .model import CHECK_KEYS, Claim, FactFile, _check_kind
from .problems import PROBLEMS
from .quantity import (
    Quantity,
    QuantityError,
    UnknownUnit,
    normalise,
    parse_quantity,
    parse_rate,
)
from .textfile import DEFAULT_MAX_BYTES, TextFileError, decode_text, read_text
from .units import DIMENSION_KEYWORDS, Unit, lookup_unit
from .yamlsource import SourceMap, YamlProblem, parse_yaml

__all__ = ["ClaimInfo", "LoadedFile", "load_file", "load_text", "problem"]


@dataclass(slots=True)
class ClaimInfo:
    """A claim of a loaded file, with its figure read."""

    id: str
    file: LoadedFile
    line: int
    column: int
    spec: Claim
    quantity: Quantity | None = None
    growth: Quantity | None = None
    rounding: str = "up_or_down"
    target: ClaimInfo | None = None  # for a `ref:` alias, the claim it stands for

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


@dataclass(slots=True)
class LoadedFile:
    """One fact file: its model, claims and the problems found in it."""

    path: Path
    display: str
    text: str | None = None
    model: FactFile | None = None
    source: SourceMap = field(default_factory=SourceMap)
    claims: dict[str, ClaimInfo] = field(default_factory=dict)
    units: dict[str, Unit] = field(default_factory=dict)
    problems: list[Finding] = field(default_factory=list)
    default_rounding: str = "up_or_down"

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

    def add(self, code: str, message: str, line: int = 1, column: int = 1) -> None:
        self.problems.append(problem(code, message, self.display, line, column))


def problem(code: str, message: str, file: str, line: int = 1, column: int = 1) -> Finding:
    """A lint finding with the code's name and severity."""
    p = PROBLEMS[code]
    return Finding(p.code, p.name, p.severity, message, file, line, column)


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
        loaded.add("FC009", str(err))
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
            loaded.add("FC009", str(err))
            return loaded
    return _load(loaded, data)


def _load(loaded: LoadedFile, text: str) -> LoadedFile:
    loaded.text = text
    try:
        data, smap, yaml_problems = parse_yaml(text)
    except YamlProblem as err:
        loaded.add(err.code, err.message, err.line, err.column)
        return loaded
    loaded.source = smap
    for p in yaml_problems:
        loaded.add(p.code, p.message, p.line, p.column)
    if not isinstance(data, dict):
        what = {type(None): "empty", list: "a list", str: "a single value"}.get(type(data), "not a mapping")
        loaded.add("FC008", f"not a fact file: the document is {what}; it must be a mapping with "
                   "`factcheck: 1`")
        return loaded
    if "factcheck" not in data:
        loaded.add("FC008", "not a fact file: the `factcheck: 1` line that declares the format is "
                   "missing")
        return loaded
    version = data.get("factcheck")
    if isinstance(version, bool):
        loaded.add("FC008", f"`factcheck: {smap.boolean(('factcheck',))}` is not a format version "
                   "(YAML reads it as a boolean); write `factcheck: 1`", *smap.value(("factcheck",)))
        return loaded
    if isinstance(version, str) and re.fullmatch(r"\d{7,}", version):
        # Too many digits to be a version (and, past 4300, too many for int()).
        shown = version if len(version) <= 20 else version[:20] + "…"
        loaded.add("FC008", f"`factcheck: {shown}` ({len(version):,} digits) is not a format "
                   "version; write `factcheck: 1`",
                   *smap.value(("factcheck",)))
        return loaded
    if isinstance(version, str) and re.fullmatch(r"\d+", version):
        data["factcheck"] = int(version)
        if int(version) > 1:
            line, col = smap.value(("factcheck",))
            loaded.add("FC008", f"written for fact-file format {version}; this factcheck reads "
                       "format 1: upgrade factcheck", line, col)
            return loaded
    try:
        loaded.model = FactFile.model_validate(data)
    except ValidationError as err:
        _report_validation(loaded, err, data)
        loaded.model = _salvage(data)
        if loaded.model is None:
            return loaded
    _read_units(loaded)
    _read_claims(loaded)
    return loaded


# --- pydantic errors → positioned messages ---------------------------------------------------
def _report_validation(loaded: LoadedFile, err: ValidationError, data: Any) -> None:
    seen: set[tuple[Any, ...]] = set()
    for e in err.errors(include_url=False):
        etype = e["type"]
        path, node = _data_path(e["loc"], data, etype)
        merged = {"missing": path[:-1], "check_kind": path}.get(etype)
        if path in seen or (merged is not None and loaded.source.has_merge(merged)):
            continue  # the merge key (<<) is the problem, reported where it is
        seen.add(path)
        code, message = _describe(e, path, node, loaded.source)
        if etype == "extra_forbidden" or e["loc"][-1:] == ("[key]",):
            line, col = loaded.source.key(path)
        elif etype == "missing":
            line, col = loaded.source.key(path[:-1]) if path[:-1] else (1, 1)
        else:
            line, col = loaded.source.value(path)
        loaded.add(code, message, line, col)


def _data_path(loc: tuple[Any, ...], data: Any, etype: str) -> tuple[tuple[Any, ...], Any]:
    """Drop the union tags pydantic adds to an error location; keep the path into the data."""
    path: list[Any] = []
    node = data
    items = list(loc)
    i = 0
    while i < len(items):
        item = items[i]
        if item == "[key]":  # the error is in a mapping key (a claim id), not its value
            i += 1
            continue
        if isinstance(node, dict) and len(path) == 2 and path[0] == "checks":
            kind = _check_kind(node)
            if item == kind and i + 1 < len(items):
                i += 1
                item = items[i]
                if item == kind and kind not in node:
                    i += 1
                    continue
        in_dict = isinstance(node, dict) and item in node
        in_list = isinstance(node, list) and isinstance(item, int) and 0 <= item < len(node)
        if in_dict or in_list:
            path.append(item)
            node = node[item]
        elif etype == "missing" and i == len(items) - 1 and isinstance(node, dict):
            path.append(item)  # a missing field (any other unknown step is a union's tag)
            node = None
        i += 1
    return tuple(path), node


_TYPE_WORDS = {
    "string_type": "text",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
    "list_type": "a list",
    "dict_type": "a mapping",
    "model_type": "a mapping",
    "model_attributes_type": "a mapping",
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "float_type": "a number",
    "float_parsing": "a number",
}
#: What a field that takes one of several types expects.
_UNION_WORDS = {
    "value": "a figure as text or a number",
    "growth": "a figure as text or a number",
    "factor": "a figure as text or a number",
    "period": "text or a number",
    "rate": "a claim reference or a figure",
    "of": "a claim reference or a figure",
    "is": "a claim reference or a figure",
    "same_as": "a claim reference or a list of them",
    "ignore": "a list of codes, or a mapping from code to reason",
}


def _describe(e: dict[str, Any], path: tuple[Any, ...], node: Any, smap: SourceMap) -> tuple[str, str]:
    etype = e["type"]
    where = _where(path)
    if etype == "extra_forbidden":
        field_name = path[-1]
        allowed = _allowed_fields(path)
        close = difflib.get_close_matches(str(field_name), allowed, n=1, cutoff=0.6)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        return "FC003", f"unknown field {field_name!r} in {_where(path[:-1])}{hint}"
    if etype == "missing":
        return "FC004", f"{where}: this required field is missing"
    if etype == "check_kind":
        kinds = [k for k in CHECK_KEYS if k in node] if isinstance(node, dict) else []
        if len(kinds) > 1:
            return "FC004", (f"{where}: an entry is one check of one kind, but this one has "
                             f"{len(kinds)}: {', '.join(kinds)}; write each in its own entry")
        return "FC004", f"{where}: a check needs one of the keys {', '.join(CHECK_KEYS)}"
    if etype == "literal_error":
        expected = e.get("ctx", {}).get("expected", "")
        return "FC004", f"{where}: {node!r} is not allowed; expected {expected}"
    if etype == "string_pattern_mismatch":
        if path and path[0] == "claims" and len(path) == 2:
            return "FC004", f"{where}: claim ids use a-z, 0-9 and _ only"
        if path[-1:] == ("id",):
            return "FC004", f"{where}: {node!r} is not a valid id: ids use a-z, 0-9 and _ only"
        return "FC004", f"{where}: {node!r} is not a claim reference (id or file/id)"
    if etype == "string_too_long":
        limit = e.get("ctx", {}).get("max_length")
        return "FC004", f"{where}: {len(str(node)):,} characters is too long (at most {limit})"
    boolean = smap.boolean(path)
    if boolean is not None or isinstance(node, bool):
        word = boolean or str(node).lower()
        return "FC004", (
            f"{where}: YAML reads {word!r} as a boolean; quote it if you mean the text"
        )
    wanted = _TYPE_WORDS.get(etype)
    if wanted and path and path[-1] in _UNION_WORDS:
        return "FC004", f"{where}: expected {_UNION_WORDS[path[-1]]}, got {_kind(node)}"
    if wanted:
        return "FC004", f"{where}: expected {wanted}, got {_kind(node)}"
    return "FC004", f"{where}: {e['msg']}"


def _kind(node: Any) -> str:
    if isinstance(node, dict):
        return "a mapping"
    if isinstance(node, list):
        return "a list"
    if node is None:
        return "nothing"
    return f"{node!r}"


def _where(path: tuple[Any, ...]) -> str:
    out = ""
    for p in path:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out or "the file"


def _allowed_fields(path: tuple[Any, ...]) -> list[str]:
    from .model import Article

    if len(path) == 1:
        return list(FactFile.model_fields)
    if path[0] == "article":
        return list(Article.model_fields)
    if path[0] == "claims":
        return list(Claim.model_fields)
    if path[0] == "checks":
        fields: set[str] = set()
        for cls in CHECK_KEYS.values():
            fields |= {f.alias or n for n, f in cls.model_fields.items()}
        return sorted(fields)
    return []


def _salvage(data: dict[str, Any]) -> FactFile | None:
    """Keep what is valid of a file with problems: valid claims and checks still get checked."""
    from .model import Article

    article = None
    if isinstance(data.get("article"), dict):
        try:
            article = Article.model_validate(data["article"])
        except ValidationError:
            article = None
    claims: dict[str, Claim] = {}
    raw_claims = data.get("claims")
    if isinstance(raw_claims, dict):
        for cid, raw in raw_claims.items():
            if not re.fullmatch(r"[a-z0-9_]+", str(cid)):
                continue
            try:
                claims[cid] = Claim.model_validate(raw)
            except ValidationError:
                continue
    checks = []
    raw_checks = data.get("checks")
    if isinstance(raw_checks, list):
        from pydantic import TypeAdapter

        from .model import Check

        adapter = TypeAdapter(Check)
        for raw in raw_checks:
            try:
                checks.append(adapter.validate_python(raw))
            except ValidationError:
                checks.append(None)
    units = data.get("units") if isinstance(data.get("units"), dict) else None
    if units is not None and not all(isinstance(v, str) for v in units.values()):
        units = None
    return FactFile.model_construct(
        factcheck=1, article=article, units=units, claims=claims, checks=checks
    )


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
            loaded.add("FC006", f"units.{name}: {err}; give a dimension keyword "
                       f"({', '.join(DIMENSION_KEYWORDS)}) or a conversion like 4046.86平方米",
                       line, col)
            continue
        if q.qualifier is not None or q.value <= 0:
            loaded.add("FC006", f"units.{name}: a conversion must be a plain positive figure",
                       line, col)
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
                loaded.add("FC004", f"claims.{cid}: a `ref:` alias takes no {', '.join(extra)} "
                           "(they belong to the claim it refers to)", line, col)
            continue
        _drop_self_references(loaded, cid, spec)
        if spec.value is None:
            if not loaded.source.has_merge(("claims", cid)):  # the merge key is the problem
                loaded.add("FC004", f"claims.{cid}: `value` is required (the figure as written)",
                           line, col)
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
            loaded.add("FC004", f"claims.{cid}: `names` lists the members of a count, but "
                       f"{spec.value!r} is not a count", vline, vcol)


def _warn_fractional_count(loaded: LoadedFile, cid: str, q: Quantity) -> None:
    """A count of whole things with no whole number in its interval is an average or a misreading."""
    if q.dimension not in ("count", "visits") or not q.unit.integer or not q.interval.bounded \
            or q.interval.holds_integer():
        return
    assert loaded.model is not None
    label = loaded.model.claims[cid].label or ""
    if "均" in label or "每" in label or any(
        getattr(check, "feasible", None) == cid for check in loaded.model.checks
    ):
        return
    loaded.add("FC015", f"claims.{cid}.value: {q.written!r} counts whole things, but no whole number "
               f"lies in {format_interval(q.interval, scale_of(q))}; if it is an average, say so in "
               "`label:` (平均, 人均, 户均 …), otherwise check the figure",
               *loaded.source.value(("claims", cid, "value")))


def _drop_self_references(loaded: LoadedFile, cid: str, spec: Claim) -> None:
    """`previous:` or `same_as:` naming the claim itself is FC013; the reference is dropped."""
    if spec.previous is None and spec.same_as is None:
        return
    itself = (cid, f"{loaded.stem}/{cid}")
    if spec.previous in itself:
        loaded.add("FC013", f"claims.{cid}.previous: a claim cannot refer to itself",
                   *loaded.source.value(("claims", cid, "previous")))
        spec.previous = None
    refs = [spec.same_as] if isinstance(spec.same_as, str) else spec.same_as or []
    for i, ref in enumerate(refs):
        if ref in itself:
            path = ("claims", cid, "same_as") + ((i,) if isinstance(spec.same_as, list) else ())
            loaded.add("FC013", f"claims.{cid}.same_as: a claim cannot refer to itself",
                       *loaded.source.value(path))
    if any(ref in itself for ref in refs):
        kept = [ref for ref in refs if ref not in itself]
        spec.same_as = kept if isinstance(spec.same_as, list) else None


_SUSPECT_START = frozenset("0123456789+-.TtFfYyNnOo")
_BOOL_WORDS = frozenset(("yes", "no", "true", "false", "on", "off", "y", "n"))
_PLAIN_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def _read_figure(
    loaded: LoadedFile, cid: str, key: str, written: Any, unit: str | None, rounding: str,
    declared: tuple[tuple[str, Unit], ...], rate: bool = False,
) -> Quantity | None:
    path = ("claims", cid, key)
    text = str(written)

    def report(code: str, message: str) -> None:
        loaded.add(code, f"claims.{cid}.{key}: {message}", *loaded.source.value(path))

    if text.lower() in _BOOL_WORDS or (text.isascii() and text[:1] in _SUSPECT_START):
        # Only text that YAML might have typed (numbers, booleans) needs a look at the node.
        boolean = loaded.source.boolean(path)
        if boolean is not None:
            report("FC004", f"YAML reads {boolean!r} as a boolean, not a figure; quote it if you "
                   "mean the text")
            return None
        if loaded.source.is_number(path):
            if re.fullmatch(r"[-+]?0\d+", text):
                report("FC005", f"YAML reads {text!r} as an octal number; write it without the "
                       "leading zero, or quote it")
                return None
            if not _PLAIN_NUMBER.fullmatch(text):
                report("FC005", f"YAML reads {text!r} as a number in a form articles do not use "
                       "(hex, octal, exponent, inf or nan); write the figure as the article does")
                return None
    if unit is not None:
        if not _PLAIN_NUMBER.fullmatch(text):
            report("FC005", f"with `unit:` the value must be a plain number, not {text!r}")
            return None
        bad_unit = _unit_problem(unit, declared)
        if bad_unit is not None:
            loaded.add("FC006", f"claims.{cid}.unit: {bad_unit}",
                       *loaded.source.value(("claims", cid, "unit")))
            return None
        text = text + unit
    try:
        if rate:
            return parse_rate(text, rounding)
        return parse_quantity(text, rounding, declared)
    except UnknownUnit as err:
        report("FC006", str(err))
    except QuantityError as err:
        report("FC005", str(err))
    return None


_UNIT_MAGNITUDE = re.compile(r"[十百千]?(?:万亿|万|亿)?")
_NOT_A_UNIT = re.compile(r"[\d.,+\-一二三四五六七八九十百千万亿两〇零余多几数以上下内左右约近超逾不足]")


def _unit_problem(unit: str, declared: tuple[tuple[str, Unit], ...]) -> str | None:
    """Why the text of `unit:` is not a unit (an optional magnitude, then a unit), or None."""
    units = dict(declared)
    name = normalise(unit)
    rest = name[_UNIT_MAGNITUDE.match(name).end():]
    if lookup_unit(name, units) is not None or (rest and lookup_unit(rest, units) is not None):
        return None
    if not name:
        return "the unit is empty; write the unit (亿元, 个, %) or leave `unit:` out"
    if _NOT_A_UNIT.search(rest or name):
        return (f"{unit!r} is not a unit: `unit:` takes a unit such as 亿元, 个 or %, known or "
                "declared under `units:`; numbers and words such as 以上 or 余 belong in `value:`")
    err = UnknownUnit(unit, rest or name)
    return f"{err.reason} ({err.hint})"
