"""A figure of an article: where it is, how it is written, what it means."""

from __future__ import annotations

from ..interval import Interval
from ..quantity import Quantity
from ..values import Value

__all__ = ["Figure"]


class Figure(Value):
    """One figure of an article."""

    __slots__ = ("bound", "change_word", "comparison", "end", "error", "estimate", "extra", "kind",
                 "line", "names", "names_complete", "names_start", "number_start", "quantity",
                 "scan_end", "scan_number", "scan_start", "start", "suffix", "text", "to_level",
                 "written")

    def __init__(self, start: int, end: int, line: int, written: str, text: str,
                 quantity: Quantity | None = None, error: str | None = None, kind: str = "level",
                 change_word: str | None = None, comparison: str | None = None,
                 to_level: str | None = None, estimate: bool = False,
                 names: list[str] | None = None, names_complete: bool = True,
                 names_start: int | None = None, number_start: int = 0, scan_start: int = 0,
                 scan_end: int = 0, scan_number: int = 0, suffix: str | None = None,
                 bound: str | None = None, extra: dict[str, str] | None = None):
        # offsets in the article's plain text: the figure with its qualifier words
        self.start = start
        self.end = end
        self.line = line
        self.written = written  # as a fact file writes it: 超1万个, 4000余个, 预计6%, 第32名, 两家
        self.text = text  # the article's own words for it, normalised: 约有30%, 同比增长5%
        self.quantity = quantity
        self.error = error  # why the parser could not read it
        # level, rate (a change in % or 百分点), rank, factor; class (万亿之城, 千亿级: a class of
        # size); group (前十大行业: the size of a group named, no part of a sum)
        self.kind = kind
        self.change_word = change_word  # 增长, 下降 … before a rate
        self.comparison = comparison  # 同比, 比上年 …
        self.to_level = to_level  # 降至, 增长到 …: the figure is the new level
        self.estimate = estimate
        self.names = names
        self.names_complete = names_complete
        self.names_start = names_start  # plain offset where the list of names begins
        self.number_start = number_start  # plain offset of the numeral itself
        self.scan_start = scan_start  # positions in the scanning text (internal)
        self.scan_end = scan_end
        self.scan_number = scan_number
        self.suffix = suffix  # 以上, 左右 … as written after the unit
        self.bound = bound  # 超, 约, 近 … as written before the number
        self.extra = {} if extra is None else extra

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        # figures at two places differ: most comparisons end there, without the fields' tuples
        return self.start == other.start and self._fields() == other._fields()  # type: ignore[attr-defined]

    def _fields(self) -> tuple:
        return (self.start, self.end, self.line, self.written, self.text, self.quantity, self.error,
                self.kind, self.change_word, self.comparison, self.to_level, self.estimate,
                self.names, self.names_complete, self.names_start, self.number_start,
                self.scan_start, self.scan_end, self.scan_number, self.suffix, self.bound,
                self.extra)

    __hash__ = None  # type: ignore[assignment]  # equal by value, but changed while read

    @property
    def interval(self) -> Interval | None:
        return None if self.quantity is None else self.quantity.interval

    @property
    def understood(self) -> bool:
        return self.quantity is not None

    @property
    def is_rate(self) -> bool:
        """A growth rate: a percentage or 百分点 introduced by a change or comparison word."""
        q = self.quantity
        if q is None or q.unit.dimension not in ("ratio", "pp", "factor"):
            return False
        if q.unit.dimension == "pp":
            return True
        return self.change_word is not None or self.comparison is not None
