"""YAML text → plain Python data, with the file:line:col of any node on demand.

Safe by construction: the document is composed (never constructed by PyYAML), so no tag can run
code; unknown tags, duplicate keys, alias bombs and deep nesting are refused with a position.
Uses libyaml's C parser when present, the pure-Python one otherwise.

Positions are not copied out of the node tree while building: the :class:`SourceMap` keeps the
tree and walks it when a message needs a line, so reading a clean file costs little more than
PyYAML's own loader.
"""

from __future__ import annotations

import operator
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import Resolver

from . import messages as msg
from .messages import Message
from .positions import Path_
from .problems import DUPLICATE_KEY, INVALID_TYPE, UNSAFE_YAML, YAML_SYNTAX
from .rules import Rule

__all__ = ["SourceMap", "YamlProblem", "parse_yaml"]

try:
    from yaml.cyaml import CParser as _Parser
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml.composer import Composer
    from yaml.parser import Parser as _PyParser
    from yaml.reader import Reader
    from yaml.scanner import Scanner

    class _Parser(Reader, Scanner, _PyParser, Composer):  # type: ignore[no-redef]
        def __init__(self, stream):
            Reader.__init__(self, stream)
            Scanner.__init__(self)
            _PyParser.__init__(self)
            Composer.__init__(self)

_T = "tag:yaml.org,2002:"
_STR, _INT, _FLOAT, _BOOL, _NULL = _T + "str", _T + "int", _T + "float", _T + "bool", _T + "null"
_MAP, _SEQ, _TIMESTAMP = _T + "map", _T + "seq", _T + "timestamp"
_BOOL_VALUES = {"yes": True, "no": False, "true": True, "false": False, "on": True, "off": False}
_KEY_TAGS = frozenset((_STR, _INT, _FLOAT, _BOOL, _NULL, _TIMESTAMP))
_TEXT_TAGS = frozenset((_STR, _INT, _FLOAT, _TIMESTAMP))

MAX_DEPTH = 64
MAX_NODES = 1_000_000


class _Loader(_Parser, Resolver):
    """libyaml's parser and composer with PyYAML's YAML 1.1 implicit types, resolved only for
    plain scalars whose first character can start one (most keys and figures cannot).

    No path resolvers are registered (PyYAML's are per loader class, and this class adds none),
    so a node's tag never depends on where it is: the composer's reports of each step down and
    up the tree go to built-ins that do nothing, and mappings, sequences and quoted scalars take
    their default tags directly."""

    _first_chars = frozenset(Resolver.yaml_implicit_resolvers)
    descend_resolver = staticmethod(operator.is_)  # (parent, index): built-ins doing nothing
    ascend_resolver = staticmethod(tuple)  # ()

    def __init__(self, stream):
        _Parser.__init__(self, stream)
        Resolver.__init__(self)
        assert not self.yaml_path_resolvers

    def resolve(self, kind, value, implicit):
        if kind is ScalarNode:
            if not implicit[0]:
                return _STR
            # YAML 1.1's implicit types (numbers, booleans, null, timestamps) are all ASCII.
            if value and (value[0] not in self._first_chars or not value.isascii()):
                return _STR
            tag = _RESOLVED.get(value)
            if tag is None:
                tag = Resolver.resolve(self, kind, value, implicit)
                if len(_RESOLVED) >= _RESOLVED_MAX:
                    _RESOLVED.clear()
                _RESOLVED[value] = tag
            return tag
        return _MAP if kind is MappingNode else _SEQ


#: The tag of a plain scalar depends on its text alone (no path resolvers): the tags of the texts
#: read so far, which repeat from file to file (keys, ids, years, true …), up to a bound.
_RESOLVED: dict[str, str] = {}
_RESOLVED_MAX = 4096


@dataclass(slots=True)
class YamlProblem(Exception):
    """A problem found while reading YAML, at a 1-based line and column."""

    rule: Rule
    message: Message
    line: int = 1
    column: int = 1




@dataclass(slots=True)
class SourceMap:
    """Where things are: positions (1-based line, column) by path in the document."""

    root: Node | None = None
    _index: dict[int, dict[str, tuple[Node, Node]]] = field(default_factory=dict)
    _walked: dict[Path_, tuple[Node | None, Node | None, Node | None]] = field(default_factory=dict)

    def _child(self, node: Node, step: str | int) -> tuple[Node, Node] | None:
        """(key node, value node) of a mapping entry, or (item, item) of a sequence item."""
        if isinstance(node, MappingNode):
            index = self._index.get(id(node))
            if index is None:
                if len(node.value) <= _SCANNED:  # a claim's few keys: looked through
                    name = str(step)
                    for k, v in node.value:
                        if isinstance(k, ScalarNode) and k.value == name:
                            return k, v
                    return None
                index = {}
                for k, v in node.value:
                    if isinstance(k, ScalarNode):
                        index.setdefault(k.value, (k, v))
                self._index[id(node)] = index
            return index.get(str(step))
        if isinstance(node, SequenceNode) and isinstance(step, int) and 0 <= step < len(node.value):
            item = node.value[step]
            return item, item
        return None

    def _walk(self, path: Path_) -> tuple[Node | None, Node | None, Node | None]:
        """(the deepest key node, value node reached along path, and that node when the whole
        path was walked), from the walk of path's parent (each path walked once)."""
        if not path:
            return None, self.root, self.root
        found = self._walked.get(path)
        if found is None:
            key_node, node, exact = self._walk(path[:-1])
            child = None if exact is None else self._child(exact, path[-1])
            found = (key_node, node, None) if child is None else (child[0], child[1], child[1])
            self._walked[path] = found
        return found

    def node(self, path: Path_) -> Node | None:
        """The node at path, or None."""
        return self._walk(path)[2]

    def value(self, path: Path_) -> tuple[int, int]:
        """The position of the value at path, or of its closest ancestor."""
        _, closest, _ = self._walk(path)
        return _mark(closest)

    def key(self, path: Path_) -> tuple[int, int]:
        """The position of the key that names path (falls back to the value)."""
        key_node, closest, exact = self._walk(path)
        if exact is not None and key_node is not None and key_node is not exact:
            return _mark(key_node)
        return _mark(closest)

    def is_number(self, path: Path_) -> bool:
        """True when YAML reads the plain scalar at path as a number (int or float)."""
        n = self.node(path)
        return isinstance(n, ScalarNode) and n.tag in (_INT, _FLOAT)

    def has_merge(self, path: Path_) -> bool:
        """True when the mapping at path has a YAML merge key (<<), which is not read."""
        n = self.node(path)
        return isinstance(n, MappingNode) and any(
            isinstance(k, ScalarNode) and k.value == "<<" for k, _ in n.value
        )

    def boolean(self, path: Path_) -> str | None:
        """The text of a scalar YAML reads as a boolean (yes, on …), or None."""
        n = self.node(path)
        return n.value if isinstance(n, ScalarNode) and n.tag == _BOOL else None


#: A mapping of at most this many entries is looked through for a key rather than indexed.
_SCANNED = 8


def _mark(node: Node | None) -> tuple[int, int]:
    if node is None:
        return (1, 1)
    return (node.start_mark.line + 1, node.start_mark.column + 1)


def parse_yaml(
    text: str, max_nodes: int = MAX_NODES
) -> tuple[Any, SourceMap, list[YamlProblem]]:
    """Compose one YAML document and build plain data with a source map.

    Raises YamlProblem when the document cannot be read at all (FC001 syntax, FC010 alias bomb
    or deep nesting); returns the other problems (FC002 duplicate keys, FC010 unsafe tags),
    all of them, with the data built around them.
    """
    try:
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = err.problem or err.context or "invalid YAML"
        lines = text.splitlines()
        src = lines[line - 1] if 0 < line <= len(lines) else ""
        indent = src[: len(src) - len(src.lstrip(" \t"))]
        template = msg.YAML_SYNTAX
        if "found character '\\t'" in problem or "\t" in problem or "\t" in indent:
            template = msg.YAML_SYNTAX_TAB
        raise YamlProblem(YAML_SYNTAX, Message(template, problem=problem), line, col) from None
    except yaml.YAMLError as err:
        raise YamlProblem(YAML_SYNTAX, Message(msg.YAML_SYNTAX, problem=str(err))) from None
    except RecursionError:
        raise YamlProblem(YAML_SYNTAX, Message(msg.YAML_TOO_DEEP)) from None
    smap = SourceMap(node)
    if node is None:
        return None, smap, []
    if "&" in text:  # aliases need anchors: only then can the document expand
        _refuse_alias_bomb(node, max_nodes)
    builder = _Builder(max_nodes)
    data = builder.build(node, 0)
    return data, smap, builder.problems


def _refuse_alias_bomb(root: Node, max_nodes: int) -> None:
    """Count the nodes the document expands to (each alias target counted once per use,
    sizes memoised), so an alias bomb is refused at once instead of after building it."""
    memo: dict[int, int] = {}
    active: set[int] = set()
    culprit: list[Node] = []

    def size(node: Node, depth: int) -> int:
        key = id(node)
        if key in memo:
            return memo[key]
        if key in active or depth > MAX_DEPTH:
            return 1  # a recursive alias or deep nesting: the builder reports it
        active.add(key)
        total = 1
        if isinstance(node, SequenceNode):
            children = list(node.value)
        elif isinstance(node, MappingNode):
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
        line, col = _mark(culprit[0] if culprit else root)
        raise YamlProblem(UNSAFE_YAML, Message(msg.ALIAS_BOMB), line, col)


class _Builder:
    """Plain data from the node tree; problems at their positions."""

    __slots__ = ("budget", "problems")

    def __init__(self, max_nodes: int):
        self.budget = max_nodes
        self.problems: list[YamlProblem] = []

    def build(self, node: Node, depth: int) -> Any:
        self.budget -= 1
        if self.budget < 0:
            raise YamlProblem(UNSAFE_YAML, Message(msg.ALIAS_BOMB), *_mark(node))
        if depth > MAX_DEPTH:
            raise YamlProblem(UNSAFE_YAML, Message(msg.NESTING_TOO_DEEP, depth=MAX_DEPTH),
                              *_mark(node))
        cls = node.__class__
        if cls is ScalarNode:
            tag = node.tag
            if tag in _TEXT_TAGS:
                return node.value  # numbers stay as written; SourceMap.is_number tells them apart
            if tag == _BOOL:
                return _BOOL_VALUES[node.value.lower()]
            if tag == _NULL:
                return None
            return self._refuse(node)
        if cls is MappingNode:
            if node.tag != _MAP:
                return self._refuse(node)
            return self._mapping(node, depth)
        if cls is SequenceNode:
            if node.tag != _SEQ:
                return self._refuse(node)
            return [self.build(item, depth + 1) for item in node.value]
        return self._refuse(node)  # pragma: no cover - no other node kinds exist

    def _refuse(self, node: Node) -> None:
        self.problems.append(YamlProblem(UNSAFE_YAML, Message(msg.TAG_REFUSED, tag=repr(node.tag)),
                                         *_mark(node)))

    def _mapping(self, node: MappingNode, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.__class__ is not ScalarNode:
                self.problems.append(
                    YamlProblem(INVALID_TYPE, Message(msg.KEY_NOT_TEXT), *_mark(key_node))
                )
                continue
            key = key_node.value
            if key == "<<":
                self.problems.append(YamlProblem(UNSAFE_YAML, Message(msg.MERGE_KEYS),
                                                 *_mark(key_node)))
                continue
            if key_node.tag not in _KEY_TAGS:
                self._refuse(key_node)
                continue
            if key in result:
                first = next(k for k, _ in node.value if k.__class__ is ScalarNode and k.value == key)
                self.problems.append(YamlProblem(
                    DUPLICATE_KEY, Message(msg.DUPLICATE_KEY, key=repr(key), line=_mark(first)[0]),
                    *_mark(key_node),
                ))
                continue
            result[key] = self.build(value_node, depth + 1)
        return result
