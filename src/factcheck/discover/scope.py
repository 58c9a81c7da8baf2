"""What the relation finders look at: the article's claims in order, their sentences, and the
words between them; and what they find (:class:`Found`)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

from ..article import ArticleText
from ..figures import clause_span
from ..lexicon import DOWN, UP
from ..patterns import later
from .claims import Draft, DraftClaim

__all__ = ["Found", "Scope"]

#: A bracket with no bracket inside: an aside, a note or a figure in brackets (长江（含太湖）,
#: 南通市（209.8亿元）, 300.67亿元（人民币，下同）), which the finders read past.
BRACKETED = later(r"[（(][^（()）]*[）)]")
__all__ += ["BRACKETED"]

_SPACE = later(r"\s+")
_ONE_SPACE = later(r"\s")


@dataclass(slots=True)
class Found:
    """A relation the text states: a check entry (without id and note), how it was found, the
    claim it is anchored at, and the words that tie it (for the note)."""

    kind: str  # the check's key: breakdown, share, growth …
    fields: dict[str, Any]
    how: str  # stated or linked
    at: DraftClaim
    because: str
    name: str = ""  # the base of the check's id


@dataclass(slots=True)
class Scope:
    """The claims of an article with what the finders ask of them."""

    draft: Draft
    plain: str = ""
    claims: list[DraftClaim] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list)
    _sentences: dict[int, tuple[int, int]] = field(default_factory=dict)
    _clauses: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)
    _befores: dict[tuple[int, int], str] = field(default_factory=dict)
    _texts: dict[tuple[int, int], str] = field(default_factory=dict)
    #: the offsets of the article's whitespace: most spans read have none (:meth:`text`)
    _spaces: list[int] = field(default_factory=list)
    #: what the finders read of a claim more than once (its subject, …), by what and the claim's id
    memo: dict[tuple[str, str], object] = field(default_factory=dict)
    #: the claims of each line, in order
    _lines: dict[int, list[DraftClaim]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.plain = self.draft.article.words
        self.claims = list(self.draft.claims)
        self._starts = [c.figure.start for c in self.claims]
        for c in self.claims:
            self._lines.setdefault(c.figure.line, []).append(c)
        self._spaces = [m.start() for m in _ONE_SPACE.finditer(self.plain)]

    @property
    def article(self) -> ArticleText:
        return self.draft.article

    def text(self, a: int, b: int) -> str:
        """The article between two offsets, without whitespace (read once: the finders ask for
        the same words again and again, two times in three)."""
        key = (a, b)
        words = self._texts.get(key)
        if words is None:
            words = self._texts[key] = self._text(a, b)
        return words

    def _text(self, a: int, b: int) -> str:
        if a < 0:
            a = 0
        if b < a:
            b = a
        spaces = self._spaces
        k = bisect.bisect_left(spaces, a)
        if k == len(spaces) or spaces[k] >= b:
            return self.plain[a:b]  # no whitespace between: the words as they are
        return _SPACE.sub("", self.plain[a:b])

    def sentence(self, c: DraftClaim) -> tuple[int, int]:
        """The sentence of a claim (split at 。；？！ and paragraph ends)."""
        key = c.figure.start
        if key not in self._sentences:
            self._sentences[key] = clause_span(self.plain, c.figure.start, c.end, "sentence")
        return self._sentences[key]

    def sentence_of_offsets(self, a: int, b: int) -> tuple[int, int]:
        return clause_span(self.plain, a, b, "sentence")

    def clause_text(self, a: int, b: int) -> str:
        """The clause around plain[a:b], without whitespace."""
        return self.text(*clause_span(self.plain, a, b))

    def clause(self, c: DraftClaim) -> tuple[int, int]:
        """The clause of a claim (split at ，、 too)."""
        key = (c.figure.start, c.figure.end)
        span = self._clauses.get(key)
        if span is None:
            span = self._clauses[key] = clause_span(self.plain, *key)
        return span

    def on_line(self, line: int) -> list[DraftClaim]:
        """The claims of one line of the article, in order (not to be changed)."""
        return self._lines.get(line, [])

    def in_span(self, a: int, b: int) -> list[DraftClaim]:
        """The claims whose figure starts inside [a, b), in order."""
        i = bisect.bisect_left(self._starts, a)
        j = bisect.bisect_left(self._starts, b)
        return self.claims[i:j]

    def same_sentence(self, a: DraftClaim, b: DraftClaim) -> bool:
        return self.sentence(a) == self.sentence(b)

    def before(self, c: DraftClaim) -> str:
        """The words of c's clause before its figure."""
        key = (c.figure.start, c.figure.end)
        words = self._befores.get(key)
        if words is None:
            words = self._befores[key] = self.text(self.clause(c)[0], c.figure.start)
        return words

    def index(self, c: DraftClaim) -> int:
        """The place of a claim among the article's claims (by its figure's start: one bisect)."""
        i = bisect.bisect_left(self._starts, c.figure.start)
        while self.claims[i] is not c:
            i += 1
        return i

    def aside(self, c: DraftClaim) -> bool:
        """A figure in parentheses after another, in other units: 14582万吨（2916亿斤）."""
        before = self.plain[max(0, c.figure.start - 1):c.figure.start]
        after = self.plain[c.figure.end:c.figure.end + 1]
        return before in ("（", "(") and after in ("）", ")")


def is_level(c: DraftClaim) -> bool:
    """A figure that states a level (227.6亿元, 27个), not a rate, a rank or a factor."""
    f = c.figure
    q = f.quantity
    if q is None or f.kind != "level":
        return False
    dim = q.unit.dimension  # a percentage after a change or comparison word is a rate (is_rate)
    return dim not in ("pp", "factor", "rank") and \
        (dim != "ratio" or (f.change_word is None and f.comparison is None))


def a_change(c: DraftClaim) -> bool:
    """比上年增收1284万元, 减少282万元, 同比多增2181亿元, 同比+124架: the amount a level changed by —
    never a total of levels, a part of one or the whole of a share."""
    return (c.figure.change_word in _CHANGE_WORDS and not c.figure.to_level) or "change" in c.figure.extra


_CHANGE_WORDS = frozenset(UP + DOWN)


#: The words that make a level the one the figure before it is compared with (较上年21012万元，增收…;
#: 比上年同期完成的…).
_BASE = later(r"(?:比|较|与)(?:上年|去年)(?:同期)?(?:决算数|决算|完成数|完成|实现)?的?$")


def a_base(scope: Scope, c: DraftClaim) -> bool:
    """A level of the period the figure before it is compared with: no part, no total, no level
    of the year."""
    a, _ = scope.sentence(c)
    return bool(_BASE.search(scope.text(max(a, c.figure.number_start - 12), c.figure.number_start)))


#: After a whole that 占 governs: the share of it (22443万元的106.9%, 3990家上市公司2.53%).
_SHARE_AFTER = later(r"[^，,。；;：:\d]{0,8}?的?[0-9.]+%")


def a_share_whole(scope: Scope, c: DraftClaim) -> bool:
    """The whole of a share inside 占…的 (占年度预算22443万元的106.9%, 占年计划85000万元的111.46%): a
    budget, a plan or another total, never a level of the subject, a part or a previous level."""
    a, _ = scope.clause(c)
    return "占" in scope.text(a, c.figure.start) and \
        bool(_SHARE_AFTER.match(scope.text(c.figure.end, c.figure.end + 16)))


def listed_item(scope: Scope, c: DraftClaim) -> bool:
    """One figure of a 分别 list (中信证券、国泰君安、华泰证券…分别实现营业收入417亿元、282亿元、255亿元):
    the figure of one of the names listed, never the whole of another sentence's parts."""
    a, b = scope.sentence(c)
    at = scope.plain.rfind("分别", a, c.figure.start)
    return at >= 0 and sum(1 for x in scope.in_span(at, b) if same_unit(x, c) and is_level(x)) >= 2


_NET = later(r"利润|净利|利税|盈利|亏损|净收入|净出口|净流入|净流出|净买入|净卖出|顺差|逆差|净增|净减")


def a_net_amount(c: DraftClaim) -> bool:
    """A level that nets gains against losses (利润总额, 净流入, 顺差): a part of it may exceed it
    (市属国有企业累计利润总额10.31亿元。其中，市国资委系统企业累计利润总额24.15亿元), so only all its parts
    together are bound to it."""
    return bool(_NET.search(c.label or ""))


def is_share(c: DraftClaim) -> bool:
    """A percentage that is a level of its own (a share, a rate of something), not a growth."""
    f = c.figure  # not is_rate: a ratio with no change or comparison word
    return f.quantity is not None and f.quantity.unit.dimension == "ratio" and f.kind == "level" \
        and f.change_word is None and f.comparison is None


def same_unit(a: DraftClaim, b: DraftClaim) -> bool:
    qa, qb = a.figure.quantity, b.figure.quantity
    if qa is None or qb is None:
        return False
    ua, ub = qa.unit, qb.unit  # their keys equal (Unit.key), read without building them
    return ua.dimension == ub.dimension and ua.base == ub.base


def exact(c: DraftClaim) -> bool:
    """A figure with no bound word (超, 近, 约 …): a level that states a value."""
    q = c.figure.quantity
    return q is not None and q.qualifier is None


__all__ += ["a_base", "a_net_amount", "a_share_whole", "closes_a_bracket", "exact", "is_level", "is_share",
            "same_unit"]


def closes_a_bracket(words: str) -> bool:
    """Whether the words after a figure close a bracket it stands in: 24只新股上会（包括创业板9只，科创板
    8只），其中21只: the 其中 after the bracket splits the figure before it, not one inside."""
    depth = 0
    for ch in words:
        depth += 1 if ch in "（(" else -1 if ch in "）)" else 0
        if depth < 0:
            return True
    return False
