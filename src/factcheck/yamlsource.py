"""YAML text → plain Python data plus the file:line:col of every node.

Safe by construction: the document is composed (never constructed by PyYAML), so no tag can run
code; unknown tags, duplicate keys, alias bombs and deep nesting are refused with a position.
Uses libyaml's C parser when present, the pure-Python one otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

__all__ = ["SourceMap", "YamlProblem", "parse_yaml"]

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

_T = "tag:yaml.org,2002:"
_STR, _INT, _FLOAT, _BOOL, _NULL = _T + "str", _T + "int", _T + "float", _T + "bool", _T + "null"
_MAP, _SEQ, _TIMESTAMP = _T + "map", _T + "seq", _T + "timestamp"
_BOOL_VALUES = {"yes": True, "no": False, "true": True, "false": False, "on": True, "off": False}

MAX_DEPTH = 64
MAX_NODES = 1_000_000

Path_ = tuple[str | int, ...]


@dataclass(slots=True)
class YamlProblem(Exception):
    """A problem found while reading YAML, at a 1-based line and column."""

    code: str
    message: str
    line: int = 1
    column: int = 1


@dataclass(slots=True)
class SourceMap:
    """Positions (1-based line, column) of values and keys, by their path in the document."""

    values: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    numbers: set[Path_] = field(default_factory=set)
    booleans: dict[Path_, str] = field(default_factory=dict)
    ends: dict[Path_, tuple[int, int]] = field(default_factory=dict)

    def value(self, path: Path_) -> tuple[int, int]:
        """The position of the value at path, or of its closest ancestor."""
        return _closest(self.values, path)

    def key(self, path: Path_) -> tuple[int, int]:
        """The position of the key that names path (falls back to the value)."""
        if path in self.keys:
            return self.keys[path]
        return self.value(path)


def _closest(table: dict[Path_, tuple[int, int]], path: Path_) -> tuple[int, int]:
    while path:
        if path in table:
            return table[path]
        path = path[:-1]
    return table.get((), (1, 1))


def parse_yaml(
    text: str, max_nodes: int = MAX_NODES
) -> tuple[Any, SourceMap, list[YamlProblem]]:
    """Compose one YAML document and build plain data with a source map.

    Raises YamlProblem when the document cannot be read at all (FC001 syntax, FC010 alias bomb
    or deep nesting); returns the other problems (FC002 duplicate keys, FC010 unsafe tags),
    all of them, with the data built around them.
    """
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = err.problem or err.context or "invalid YAML"
        lines = text.splitlines()
        src = lines[line - 1] if 0 < line <= len(lines) else ""
        indent = src[: len(src) - len(src.lstrip(" \t"))]
        if "found character '\\t'" in problem or "\t" in problem or "\t" in indent:
            problem += " (YAML does not allow tabs for indentation; use spaces)"
        raise YamlProblem("FC001", f"YAML syntax error: {problem}", line, col) from None
    except yaml.YAMLError as err:
        raise YamlProblem("FC001", f"YAML syntax error: {err}") from None
    except RecursionError:
        raise YamlProblem("FC010", "the YAML nesting is too deep to read") from None
    smap = SourceMap()
    if node is None:
        return None, smap, []
    _refuse_alias_bomb(node, max_nodes)
    builder = _Builder(smap, max_nodes)
    data = builder.build(node, (), 0)
    return data, smap, builder.problems


def _refuse_alias_bomb(root: yaml.Node, max_nodes: int) -> None:
    """Count the nodes the document expands to (each alias target counted once per use,
    sizes memoised), so an alias bomb is refused at once instead of after building it."""
    memo: dict[int, int] = {}
    active: set[int] = set()
    culprit: list[yaml.Node] = []

    def size(node: yaml.Node, depth: int) -> int:
        key = id(node)
        if key in memo:
            return memo[key]
        if key in active or depth > MAX_DEPTH:
            return 1  # a recursive alias or deep nesting: the builder reports it
        active.add(key)
        total = 1
        if isinstance(node, yaml.SequenceNode):
            children = list(node.value)
        elif isinstance(node, yaml.MappingNode):
            children = [v for _, v in node.value]
        else:
            children = []
        for child in children:
            total += size(child, depth + 1)
            if total > max_nodes:
                break
        active.discard(key)
        if total > max_nodes and not culprit:
            culprit.append(node)
        memo[key] = total
        return total

    if size(root, 0) > max_nodes:
        mark = culprit[0].start_mark if culprit else root.start_mark
        raise YamlProblem(
            "FC010",
            "the document expands to too many nodes (an alias bomb?); refusing to read it",
            mark.line + 1, mark.column + 1,
        )


class _Builder:
    def __init__(self, smap: SourceMap, max_nodes: int):
        self.smap = smap
        self.budget = max_nodes
        self.problems: list[YamlProblem] = []

    def build(self, node: yaml.Node, path: Path_, depth: int) -> Any:
        self.budget -= 1
        line, col = node.start_mark.line + 1, node.start_mark.column + 1
        if self.budget < 0:
            raise YamlProblem(
                "FC010",
                "the document expands to too many nodes (an alias bomb?); refusing to read it",
                line, col,
            )
        if depth > MAX_DEPTH:
            raise YamlProblem("FC010", f"nesting deeper than {MAX_DEPTH} levels", line, col)
        self.smap.values[path] = (line, col)
        self.smap.ends[path] = (node.end_mark.line + 1, node.end_mark.column + 1)
        if isinstance(node, yaml.ScalarNode):
            return self._scalar(node, path, line, col)
        if isinstance(node, yaml.SequenceNode):
            if node.tag != _SEQ:
                return self._refuse(node, line, col)
            return [self.build(item, (*path, i), depth + 1) for i, item in enumerate(node.value)]
        if isinstance(node, yaml.MappingNode):
            if node.tag != _MAP:
                return self._refuse(node, line, col)
            return self._mapping(node, path, depth)
        return self._refuse(node, line, col)  # pragma: no cover - no other node kinds exist

    def _refuse(self, node: yaml.Node, line: int, col: int) -> None:
        self.problems.append(
            YamlProblem(
                "FC010", f"the YAML tag {node.tag!r} is not allowed in fact files (refused)",
                line, col,
            )
        )

    def _scalar(self, node: yaml.ScalarNode, path: Path_, line: int, col: int) -> Any:
        tag, text = node.tag, node.value
        if tag == _STR:
            return text
        if tag in (_INT, _FLOAT):
            self.smap.numbers.add(path)
            return text
        if tag == _BOOL:
            self.smap.booleans[path] = text
            return _BOOL_VALUES[text.lower()]
        if tag == _NULL:
            return None
        if tag == _TIMESTAMP:
            return text
        return self._refuse(node, line, col)

    def _mapping(self, node: yaml.MappingNode, path: Path_, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            kline, kcol = key_node.start_mark.line + 1, key_node.start_mark.column + 1
            if not isinstance(key_node, yaml.ScalarNode):
                self.problems.append(
                    YamlProblem("FC004", "a mapping key must be plain text", kline, kcol)
                )
                continue
            if key_node.tag not in (_STR, _INT, _FLOAT, _BOOL, _NULL, _TIMESTAMP):
                self._refuse(key_node, kline, kcol)
                continue
            key = key_node.value
            if key == "<<":
                self.problems.append(
                    YamlProblem(
                        "FC010", "YAML merge keys (<<) are not supported in fact files",
                        kline, kcol,
                    )
                )
                continue
            if key in result:
                first = self.smap.keys[(*path, key)]
                self.problems.append(
                    YamlProblem(
                        "FC002", f"duplicate key {key!r} (first at line {first[0]})", kline, kcol
                    )
                )
                continue
            self.smap.keys[(*path, key)] = (kline, kcol)
            result[key] = self.build(value_node, (*path, key), depth + 1)
        return result

