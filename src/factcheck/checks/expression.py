"""Expression: any equation or inequality over claims.

## What it checks
`{expect: "listed_2023 - listed_2022 == listed_new"}`: + − × ÷ (also * /), a whole power
(`(1 + avg_2y)^2`: growth over years), parentheses and one
comparison (==, <=, <, >=, >) over claim ids (or `file/id`) and exact literals such as `2`,
`0.5`, `5%` or `3个百分点`. It holds when some values inside the claims' intervals satisfy it.
Dimensions are checked: money + area is an error in the file, 元 and 美元 never mix; counts are
dimensionless, so money ÷ people compares with a 人均 money figure, and so are ranks (a place
compares with the count of the places: 41个市中第30位); a rate in % is a ratio
(5% = 0.05) and 1个百分点 = 0.01. The expression is parsed by a small parser, never `eval`.

## Why it matters
Articles imply relations no fixed kind covers: a per-capita figure, a threshold, a rank inside
a list size. An expression states them once, and the tool keeps checking them as figures change.

## Example
```yaml
checks:
  - {expect: "town_rank <= town_top500"}
  - {expect: "subsidies / households >= 1000"}
```
"""

from __future__ import annotations

from fractions import Fraction

from pydantic import Field

from .. import messages as msg
from .. import problems
from ..display import Scale, scale_of
from ..findings import Severity
from ..interval import Interval
from ..messages import Listed, Message, Shown
from ..model import CheckBase
from ..patterns import compiled, later
from ..quantity import Quantity
from ..relations import OPS, Add, Const, Div, Expr, Mul, Neg, Pow, Relation, Sub, Term, Var
from ..rules import Rule
from .base import Context, Outcome, Prepared, register_kind


class ExpectCheck(CheckBase):
    expect: str = Field(
        description="An equation or inequality over claim ids: `a - b == c`, `a <= b * 2`."
    )

_DIMENSIONLESS = {"count", "number", "ratio", "pp", "factor", "rank"}
_TOKEN = later(
    r"\s*(?:(?P<num>\d+(?:\.\d+)?)(?P<suffix>%|‰|个百分点|百分点)?"
    r"|(?P<name>(?:[A-Za-z0-9_\-\u4e00-\u9fff]+/[a-z0-9_]+|[a-z_][a-z0-9_]*)(?:\.growth)?)"
    r"|(?P<op>==|<=|>=|!=|[-+*/×÷()<>=^]))"
)

_NAME = later(r"(?:[A-Za-z0-9_\-\u4e00-\u9fff]+/[a-z0-9_]+|[a-z_][a-z0-9_]*)(?:\.growth)?")

Dim = frozenset[tuple[str, int]]
_NONE: Dim = frozenset()


class ExpressionError(ValueError):
    """The expression does not parse (FC012) or mixes dimensions (FC011)."""

    def __init__(self, message: Message, rule: Rule = problems.INVALID_EXPRESSION):
        super().__init__(str(message))
        self.message = message
        self.rule = rule


class _Node:
    """A parsed sub-expression; ``dim`` None is an untyped literal that takes its partner's."""

    __slots__ = ("counted", "dim", "expr", "scale")

    def __init__(self, expr: Expr, dim: Dim | None, scale: Scale | None = None, counted: str = ""):
        self.expr = expr
        self.dim = dim
        self.scale = scale
        self.counted = counted  # the counter of a count (人), which dimensions leave out


def _same(a: _Node, b: _Node) -> bool:
    return a.dim is None or b.dim is None or a.dim == b.dim


def _dim_of(a: _Node, b: _Node) -> Dim | None:
    return a.dim if a.dim is not None else b.dim


def _as_dim(node: _Node) -> Dim:
    return node.dim if node.dim is not None else _NONE


def prepare(spec: ExpectCheck, ctx: Context) -> list[Prepared]:
    """A `{expect: "a + b == c"}` check entry."""
    try:
        parser = _Parser(spec.expect, ctx)
        left, op, right = parser.parse()
    except ExpressionError as err:
        ctx.report(err.rule, Message(msg.AT, where="checks.expect", what=err.message), "expect")
        return []
    if parser.missing:
        return []
    if not _same(left, right):
        ctx.report(problems.DIMENSION_MISMATCH,
                   Message(msg.SIDES_DIFFER, expect=repr(spec.expect), left=_dim_text(left.dim),
                           right=_dim_text(right.dim)), "expect")
        return []
    relation = Relation(left.expr, right.expr, op)
    plain = Scale(Fraction(1), "", "", 4)
    left_sc = left.scale or _derived_scale(left.dim) or right.scale or plain
    right_sc = right.scale or _derived_scale(right.dim) or left_sc
    text = spec.expect
    seen: dict[object, int] = {}
    for t in relation.terms():
        seen[t.figure] = seen.get(t.figure, 0) + 1
    repeated = list(dict.fromkeys(t.label for t in relation.terms() if seen[t.figure] > 1))
    if spec.discovered is not None:  # found in an article: its reader knows figures, not ids
        text = _NAME.sub(lambda m: parser.written.get(m.group(0), m.group(0)), text)
        repeated = []  # (1 + 4.2%) * (1 + 4.2%): one figure printed twice, plainly

    def describe(o: Outcome) -> tuple[Message, bool]:
        sides = {"expect": repr(text), "left": Shown(o.computed, left_sc),
                 "right": Shown(o.stated, right_sc)}
        if repeated:
            return Message(msg.EXPECT_FALSE_REPEATED, repeated=Listed(repeated), **sides), False
        return Message(msg.EXPECT_FALSE, **sides), False

    line, col = ctx.position
    return [Prepared(KIND, relation, ctx.file, line, col, describe, spec.id, left_sc, right_sc,
                     ignore=ctx.ignore(spec))]


def _derived_scale(dim: Dim | None) -> Scale | None:
    """The unit of a side that combines figures (gdp / pop → 元/人), printed at the magnitude
    that fits its values."""
    if not dim:
        return None
    above, below = [], []
    for name, power in sorted(dim):
        m = compiled(r"\[(.+)\]$").search(name)
        base = m.group(1) if m else name
        shown = base if abs(power) == 1 else f"{base}^{abs(power)}"
        (above if power > 0 else below).append(shown)
    unit = "·".join(above) + "".join("/" + b for b in below)
    return Scale(Fraction(1), "", unit, 0, fit="always")


def _dim_text(dim: Dim | None) -> Message | str:
    if not dim:
        return Message(msg.PLAIN_NUMBER)
    return " × ".join(f"{name}{'' if power == 1 else f'^{power}'}" for name, power in sorted(dim))


def _combine(a: Dim, b: Dim, sign: int) -> Dim:
    powers: dict[str, int] = dict(a)
    for name, p in b:
        powers[name] = powers.get(name, 0) + sign * p
    return frozenset((n, p) for n, p in powers.items() if p != 0)


_MAX_POWER = 12  # a whole power: years of growth (两年平均, 十年年均)


class _Parser:
    """Recursive descent over: comparison := sum OP sum; sum := term (± term)*; term := factor
    (×÷ factor)*; factor := −factor | primary (^ n)?; primary := (sum) | literal | claim."""

    def __init__(self, text: str, ctx: Context):
        self.text = text
        self.ctx = ctx
        self.tokens = self._tokenise(text)
        self.pos = 0
        self.missing = False
        self.written: dict[str, str] = {}  # reference → the figure as printed

    def _tokenise(self, text: str) -> list[tuple[str, str, str]]:
        if len(text) > 2000:
            raise ExpressionError(Message(msg.EXPRESSION_TOO_LONG, n=f"{len(text):,}"))
        tokens: list[tuple[str, str, str]] = []
        i = 0
        text = text.strip()
        while i < len(text):
            m = _TOKEN.match(text, i)
            if not m or m.end() == i:
                raise ExpressionError(Message(msg.UNEXPECTED_AT, text=repr(text[i:i + 10]),
                                              column=i + 1))
            if m.group("num") is not None:
                if len(m.group("num")) > 40:
                    raise ExpressionError(Message(msg.TOO_MANY_DIGITS_AT, column=i + 1))
                tokens.append(("num", m.group("num"), m.group("suffix") or ""))
            elif m.group("name") is not None:
                tokens.append(("name", m.group("name"), ""))
            elif m.group("op") is not None:
                tokens.append(("op", m.group("op"), ""))
            i = m.end()
            while i < len(text) and text[i].isspace():
                i += 1
        if len(tokens) > 500:
            raise ExpressionError(Message(msg.TOO_MANY_TOKENS))
        return tokens

    def peek(self) -> tuple[str, str, str] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> tuple[str, str, str]:
        tok = self.peek()
        if tok is None:
            raise ExpressionError(Message(msg.ENDS_TOO_EARLY))
        self.pos += 1
        return tok

    def parse(self) -> tuple[_Node, str, _Node]:
        if not self.tokens:
            raise ExpressionError(Message(msg.EXPRESSION_EMPTY))
        left = self.sum(0)
        tok = self.peek()
        if tok is None or tok[1] not in OPS:
            if tok is not None and tok[1] in ("=", "!="):
                raise ExpressionError(Message(msg.USE_DOUBLE_EQUALS) if tok[1] == "="
                                      else Message(msg.NOT_EQUAL_UNSUPPORTED))
            raise ExpressionError(Message(msg.NEEDS_ONE_COMPARISON))
        op = self.take()[1]
        right = self.sum(0)
        if self.peek() is not None:
            raise ExpressionError(Message(msg.UNEXPECTED_AFTER, text=repr(self.peek()[1])))
        return left, op, right

    def sum(self, depth: int) -> _Node:
        node = self.term(depth)
        while (tok := self.peek()) is not None and tok[1] in "+-" and tok[0] == "op":
            self.take()
            other = self.term(depth)
            if not _same(node, other):
                raise ExpressionError(Message(msg.CANNOT_ADD, a=_dim_text(node.dim),
                                              b=_dim_text(other.dim)), problems.DIMENSION_MISMATCH)
            expr = Add(node.expr, other.expr) if tok[1] == "+" else Sub(node.expr, other.expr)
            node = _Node(expr, _dim_of(node, other), node.scale or other.scale)
        return node

    def term(self, depth: int) -> _Node:
        node = self.factor(depth)
        while (tok := self.peek()) is not None and tok[0] == "op" and tok[1] in "*/×÷":
            self.take()
            other = self.factor(depth)
            untyped = node.dim is None and other.dim is None
            if tok[1] in "*×":
                node = _Node(Mul(node.expr, other.expr),
                             None if untyped else _combine(_as_dim(node), _as_dim(other), 1),
                             node.scale if not other.dim else other.scale if not node.dim else None)
            else:
                if isinstance(other.expr, Const) and other.expr.value.contains(0):
                    raise ExpressionError(Message(msg.DIVISION_BY_ZERO))
                scale = node.scale if not other.dim else None
                if scale is not None and other.counted and not node.counted:
                    scale = scale.per(other.counted)  # 亿元 / 万人 → 元/人
                node = _Node(Div(node.expr, other.expr),
                             None if untyped else _combine(_as_dim(node), _as_dim(other), -1),
                             scale)
        return node

    def factor(self, depth: int) -> _Node:
        if depth > 50:
            raise ExpressionError(Message(msg.NESTED_TOO_DEEPLY))
        tok = self.take()
        kind, text, suffix = tok
        if kind == "op" and text == "-":
            inner = self.factor(depth + 1)
            return _Node(Neg(inner.expr), inner.dim, inner.scale)
        node = self.primary(tok, depth)
        if (nxt := self.peek()) is None or nxt[:2] != ("op", "^"):
            return node
        self.take()
        _, exponent, suffix = self.take()
        if suffix or not exponent.isdigit() or not 1 <= int(exponent) <= _MAX_POWER:
            raise ExpressionError(Message(msg.UNEXPECTED, text=repr(exponent + suffix)))
        n = int(exponent)
        return _Node(Pow(node.expr, n), None if node.dim is None else _combine(_NONE, node.dim, n),
                     node.scale if n == 1 else None)

    def primary(self, tok: tuple[str, str, str], depth: int) -> _Node:
        kind, text, suffix = tok
        if kind == "op" and text == "(":
            inner = self.sum(depth + 1)
            close = self.take()
            if close[1] != ")":
                raise ExpressionError(Message(msg.PARENTHESIS_NOT_CLOSED))
            return inner
        if kind == "num":
            value = Fraction(text)
            value *= {"%": Fraction(1, 100), "‰": Fraction(1, 1000), "个百分点": Fraction(1, 100),
                      "百分点": Fraction(1, 100)}.get(suffix, 1)
            return _Node(Const(Interval.point(value)), None)
        if kind == "name":
            return self.claim(text)
        raise ExpressionError(Message(msg.UNEXPECTED, text=repr(text)))

    def claim(self, ref: str) -> _Node:
        """A claim's value, or with `.growth` the growth rate it carries."""
        name, growth = (ref.removesuffix(".growth"), True) if ref.endswith(".growth") else (ref, False)
        found = self.ctx.corpus.lookup(name, self.ctx.file)
        if isinstance(found, Message):
            self.ctx.report(problems.DANGLING_REFERENCE,
                            Message(msg.AT, where="checks.expect", what=found), "expect")
            self.missing = True
            return _Node(Const(Interval.point(0)), _NONE)
        claim = found.resolved
        if growth and claim.growth is None:
            self.ctx.report(problems.INVALID_CHECK, Message(msg.NO_GROWTH_RATE, id=repr(claim.id)),
                            "expect")
            self.missing = True
            return _Node(Const(Interval.point(0)), _NONE)
        q = claim.growth if growth else claim.quantity
        if q is None:
            self.missing = True
            return _Node(Const(Interval.point(0)), _NONE)
        self.written[ref] = q.written
        term = Term(q, claim, "operand", "growth" if growth else "value")
        if q.unit.dimension == "pp":
            term.scale = Fraction(1, 100)
        return _Node(Var(term), _dimension(q), scale_of(q) if q.unit.dimension != "pp" else None,
                     q.unit.name if q.unit.dimension == "count" else "")


def _dimension(q: Quantity) -> Dim:
    unit = q.unit
    if unit.dimension in _DIMENSIONLESS:
        return _NONE
    powers: dict[str, int] = {}
    for i, part in enumerate(unit.dimension.split("/")):
        base = unit.base.split("/")[i] if "/" in unit.base else unit.base
        if part in _DIMENSIONLESS:
            continue
        name = f"{part}[{base}]"
        powers[name] = powers.get(name, 0) + (1 if i == 0 else -1)
    return frozenset(powers.items())


KIND = register_kind(
    "expression", 8, __doc__ or "",
    (("FC801", "expression-false", Severity.ERROR,
      "An expected equation or inequality that the figures do not satisfy."),),
    key="expect", model=ExpectCheck, prepare=prepare,
)
