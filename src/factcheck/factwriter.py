"""A small deterministic YAML writer for fact files found in articles (drafts, saved facts).

Block mappings in the document's key order, flow lists for names and parts, plain scalars where
YAML reads them back as the same text, double quotes (JSON escapes, which YAML accepts)
everywhere else; comments where a person needs them (the article line of each claim, the
suggestions that are not checks). Reading the output back gives the document again.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from .patterns import later

__all__ = ["FactFileParts", "fact_file_parts", "flow_item", "render_check", "render_fact_file",
           "scalar"]

_PLAIN = later(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`][^\n]*")
_YAML_WORDS = {"y", "n", "yes", "no", "true", "false", "on", "off", "null", "~"}
_NUMBERISH = later(r"[-+]?(?:[\d_.,:]+|\.inf|\.nan|0x[0-9a-fA-F]+|0o[0-7]+)(?:[eE][-+]?\d+)?")
_DATEISH = later(r"\d{4}-\d\d?-\d\d?.*")


def scalar(value: object) -> str:
    """A YAML scalar that reads back as ``value`` (str, int or bool)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = str(value)
    if (
        _PLAIN.fullmatch(text)
        and text == text.strip()
        and ": " not in text
        and " #" not in text
        and not text.endswith(":")
        and text.lower() not in _YAML_WORDS
        and not _NUMBERISH.fullmatch(text)
        and not _DATEISH.fullmatch(text)
    ):
        return text
    return json.dumps(text, ensure_ascii=False)


def flow_item(value: str) -> str:
    """An item of a flow list ``[a, b]``: quoted when it holds flow indicators."""
    text = scalar(value)
    if text.startswith('"'):
        return text
    if any(ch in text for ch in ",[]{}:#"):
        return json.dumps(value, ensure_ascii=False)
    return text


def _flow(values: Sequence[Any]) -> str:
    """A flow list; an item that is a list is a flow list in it (`same: [[a, b], [c, d]]`); a
    missing item is null (`changes: [null, f11_7]`: a part whose change is not stated)."""
    return "[" + ", ".join(_flow(v) if isinstance(v, list | tuple) else "null" if v is None
                           else flow_item(str(v)) for v in values) + "]"


def _entry(key: str, value: Any, indent: str) -> str:
    if isinstance(value, list | tuple):
        return f"{indent}{key}: {_flow(value)}"
    return f"{indent}{key}: {scalar(value)}"


class FactFileParts:
    """A fact file in the pieces a page puts together again: ``head`` (header comments,
    ``factcheck``, ``article`` and ``claims``), one block per check, and ``tail`` (the trailer
    comments). :meth:`text` joins them as :func:`render_fact_file` writes the whole."""

    __slots__ = ("checks", "head", "tail")

    def __init__(self, head: str, checks: list[str], tail: str):
        self.head = head
        self.checks = checks
        self.tail = tail

    def text(self, checks: Sequence[str] | None = None) -> str:
        """The file, with ``checks`` (blocks) instead of its own when given."""
        blocks = self.checks if checks is None else checks
        return self.head + ("checks:\n" + "".join(blocks) if blocks else "") + self.tail


def render_check(check: Mapping[str, Any]) -> str:
    """One entry of ``checks:`` as its YAML block (``  - key: value`` lines, newline-ended)."""
    return "".join(_entry(key, value, "  - " if k == 0 else "    ") + "\n"
                   for k, (key, value) in enumerate(check.items()))


def fact_file_parts(document: Mapping[str, Any], header: Sequence[str] = (),
                    claim_notes: Mapping[str, str] | None = None,
                    trailer: Sequence[str] = ()) -> FactFileParts:
    """The pieces of :func:`render_fact_file`'s text."""
    lines = [f"# {h}" for h in header]
    lines.append(f"factcheck: {document.get('factcheck', 1)}")
    article = document.get("article")
    if article:
        lines.append("article:")
        lines.extend(_entry(k, v, "  ") for k, v in article.items() if v is not None)
    claims = document.get("claims") or {}
    if claims:
        lines.append("claims:")
        for cid, claim in claims.items():
            note = (claim_notes or {}).get(cid)
            lines.append(f"  {cid}:" + (f"  # {note}" if note else ""))
            lines.extend(_entry(k, v, "    ") for k, v in claim.items() if v is not None)
    else:
        lines.append("claims: {}")
    checks = [render_check(check) for check in document.get("checks") or []]
    tail = "\n" + "".join(f"# {t}\n" for t in trailer) if trailer else ""
    return FactFileParts("\n".join(lines) + "\n", checks, tail)


def render_fact_file(document: Mapping[str, Any], header: Sequence[str] = (),
                     claim_notes: Mapping[str, str] | None = None,
                     trailer: Sequence[str] = ()) -> str:
    """A fact-file document as YAML: ``header`` and ``trailer`` lines as comments, and a comment
    after each claim id from ``claim_notes``."""
    return fact_file_parts(document, header, claim_notes, trailer).text()
