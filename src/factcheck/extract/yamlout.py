"""A small deterministic YAML writer for draft fact files.

Block mappings with a fixed key order, flow lists for names, plain scalars where YAML reads them
back as the same text, double quotes (JSON escapes, which YAML accepts) everywhere else.
"""

from __future__ import annotations

import json
import re

__all__ = ["flow_item", "scalar"]

_PLAIN = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`][^\n]*")
_YAML_WORDS = {"y", "n", "yes", "no", "true", "false", "on", "off", "null", "~"}
_NUMBERISH = re.compile(r"[-+]?(?:[\d_.,:]+|\.inf|\.nan|0x[0-9a-fA-F]+|0o[0-7]+)(?:[eE][-+]?\d+)?")
_DATEISH = re.compile(r"\d{4}-\d\d?-\d\d?.*")


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
