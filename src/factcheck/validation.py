"""Validation errors of a fact file → one positioned problem each, in the editor's words.

Pydantic reports where in the data a field is wrong; this module finds that place in the YAML
(file:line:col), says what was expected ("expected a mapping, got 'x'", "unknown field 'grwoth' …
did you mean 'growth'?") and keeps what is valid of the file (:func:`salvage`), so that its valid
claims and checks are still checked.
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from pydantic import TypeAdapter, ValidationError

from . import messages as msg
from .messages import Message
from .model import Article, Claim, FactFile, check_kind, check_models, check_type, fact_file_model
from .problems import INVALID_TYPE, UNKNOWN_FIELD
from .rules import Rule

if TYPE_CHECKING:
    from .loader import LoadedFile
    from .yamlsource import SourceMap

__all__ = ["report_validation", "salvage"]


def report_validation(loaded: LoadedFile, err: ValidationError, data: Any) -> None:
    seen: set[tuple[Any, ...]] = set()
    for e in err.errors(include_url=False):
        etype = e["type"]
        path, node = _data_path(e["loc"], data, etype)
        merged = {"missing": path[:-1], "check_kind": path}.get(etype)
        if path in seen or (merged is not None and loaded.source.has_merge(merged)):
            continue  # the merge key (<<) is the problem, reported where it is
        seen.add(path)
        rule, message = _describe(e, path, node, loaded.source)
        if etype == "extra_forbidden" or e["loc"][-1:] == ("[key]",):
            line, col = loaded.source.key(path)
        elif etype == "missing":
            line, col = loaded.source.key(path[:-1]) if path[:-1] else (1, 1)
        else:
            line, col = loaded.source.value(path)
        loaded.add(rule, message, line, col)


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
            kind = check_kind(node)
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
    "string_type": msg.TYPE_TEXT,
    "bool_type": msg.TYPE_BOOL,
    "bool_parsing": msg.TYPE_BOOL,
    "list_type": msg.DOC_LIST,
    "dict_type": msg.TYPE_MAPPING,
    "model_type": msg.TYPE_MAPPING,
    "model_attributes_type": msg.TYPE_MAPPING,
    "int_type": msg.TYPE_WHOLE_NUMBER,
    "int_parsing": msg.TYPE_WHOLE_NUMBER,
    "float_type": msg.TYPE_NUMBER,
    "float_parsing": msg.TYPE_NUMBER,
}
#: What a field that takes one of several types expects.
_UNION_WORDS = {
    "value": msg.TYPE_FIGURE,
    "growth": msg.TYPE_FIGURE,
    "factor": msg.TYPE_FIGURE,
    "period": msg.TYPE_TEXT_OR_NUMBER,
    "rate": msg.TYPE_REF_OR_FIGURE,
    "of": msg.TYPE_REF_OR_FIGURE,
    "is": msg.TYPE_REF_OR_FIGURE,
    "same_as": msg.TYPE_REF_OR_REFS,
    "ignore": msg.TYPE_IGNORE,
}


def _describe(e: dict[str, Any], path: tuple[Any, ...], node: Any,
              smap: SourceMap) -> tuple[Rule, Message]:
    etype = e["type"]
    where = _where(path)
    if etype == "extra_forbidden":
        field_name = path[-1]
        close = difflib.get_close_matches(str(field_name), _allowed_fields(path), n=1, cutoff=0.6)
        facts = {"field": repr(field_name), "where": _where(path[:-1])}
        if close:
            return UNKNOWN_FIELD, Message(msg.UNKNOWN_FIELD_HINT, hint=repr(close[0]), **facts)
        return UNKNOWN_FIELD, Message(msg.UNKNOWN_FIELD, **facts)
    return INVALID_TYPE, _invalid(e, etype, where, path, node, smap)


def _invalid(e: dict[str, Any], etype: str, where: str | Message, path: tuple[Any, ...],
             node: Any, smap: SourceMap) -> Message:
    if etype == "missing":
        return Message(msg.FIELD_MISSING, where=where)
    if etype == "check_kind":
        keys = list(check_models())
        kinds = [k for k in keys if k in node] if isinstance(node, dict) else []
        if len(kinds) > 1:
            return Message(msg.TWO_CHECK_KINDS, where=where, n=len(kinds), kinds=", ".join(kinds))
        return Message(msg.CHECK_NEEDS_KEY, where=where, keys=", ".join(keys))
    if etype == "literal_error":
        expected = e.get("ctx", {}).get("expected", "")
        return Message(msg.NOT_ALLOWED, where=where, node=repr(node), expected=expected)
    if etype == "string_pattern_mismatch":
        if path and path[0] == "claims" and len(path) == 2:
            return Message(msg.CLAIM_ID_CHARS, where=where)
        if path[-1:] == ("id",):
            return Message(msg.NOT_A_VALID_ID, where=where, node=repr(node))
        return Message(msg.NOT_A_REFERENCE, where=where, node=repr(node))
    if etype == "string_too_long":
        limit = e.get("ctx", {}).get("max_length")
        return Message(msg.TOO_LONG_TEXT, where=where, n=f"{len(str(node)):,}", limit=limit)
    boolean = smap.boolean(path)
    if boolean is not None or isinstance(node, bool):
        word = boolean or str(node).lower()
        return Message(msg.READS_AS_BOOLEAN, where=where, word=repr(word))
    wanted = _TYPE_WORDS.get(etype)
    if wanted and path and path[-1] in _UNION_WORDS:
        return Message(msg.EXPECTED_GOT, where=where, expected=Message(_UNION_WORDS[path[-1]]),
                       got=_kind(node))
    if wanted:
        return Message(msg.EXPECTED_GOT, where=where, expected=Message(wanted), got=_kind(node))
    return Message(msg.AT, where=where, what=e["msg"])


def _kind(node: Any) -> Message | str:
    if isinstance(node, dict):
        return Message(msg.TYPE_MAPPING)
    if isinstance(node, list):
        return Message(msg.DOC_LIST)
    if node is None:
        return Message(msg.NOTHING)
    return f"{node!r}"


def _where(path: tuple[Any, ...]) -> str | Message:
    out = ""
    for p in path:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out or Message(msg.THE_FILE)


def _allowed_fields(path: tuple[Any, ...]) -> list[str]:
    if len(path) == 1:
        return list(fact_file_model().model_fields)
    if path[0] == "article":
        return list(Article.model_fields)
    if path[0] == "claims":
        return list(Claim.model_fields)
    if path[0] == "checks":
        fields: set[str] = set()
        for cls in check_models().values():
            fields |= {f.alias or n for n, f in cls.model_fields.items()}
        return sorted(fields)
    return []


@lru_cache(maxsize=1)
def _check_adapter(kinds: tuple[str, ...]) -> TypeAdapter:
    """The validator of one `checks:` entry, of these kinds: built once (it builds every kind's
    model, whose validators are built on first use)."""
    return TypeAdapter(check_type())


def salvage(data: dict[str, Any]) -> FactFile | None:
    """Keep what is valid of a file with problems: valid claims and checks still get checked."""
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
        adapter = _check_adapter(tuple(check_models()))
        for raw in raw_checks:
            try:
                checks.append(adapter.validate_python(raw))
            except ValidationError:
                checks.append(None)
    units = data.get("units") if isinstance(data.get("units"), dict) else None
    if units is not None and not all(isinstance(v, str) for v in units.values()):
        units = None
    return fact_file_model().model_construct(
        factcheck=1, article=article, units=units, claims=claims, checks=checks
    )
