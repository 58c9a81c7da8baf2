"""A figure of an article: where it is, how it is written, what it means."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..interval import Interval
from ..quantity import Quantity

__all__ = ["Figure"]


@dataclass(slots=True)
class Figure:
    """One figure of an article."""

    start: int  # offsets in the article's plain text: the figure with its qualifier words
    end: int
    line: int
    written: str  # as a fact file writes it: 超1万个, 4000余个, 预计6%, 第32名, 两家
    text: str  # the article's own words for it, normalised: 约有30%, 同比增长5%
    quantity: Quantity | None = None
    error: str | None = None  # why the parser could not read it
    # level, rate (a change in % or 百分点), rank, factor; class (万亿之城, 千亿级: a class of size);
    # group (前十大行业: the size of a group named, no part of a sum)
    kind: str = "level"
    change_word: str | None = None  # 增长, 下降 … before a rate
    comparison: str | None = None  # 同比, 比上年 …
    to_level: str | None = None  # 降至, 增长到 …: the figure is the new level
    estimate: bool = False
    names: list[str] | None = None
    names_complete: bool = True
    names_start: int | None = None  # plain offset where the list of names begins
    number_start: int = 0  # plain offset of the numeral itself
    scan_start: int = 0  # positions in the scanning text (internal)
    scan_end: int = 0
    scan_number: int = 0
    suffix: str | None = None  # 以上, 左右 … as written after the unit
    bound: str | None = None  # 超, 约, 近 … as written before the number
    extra: dict[str, str] = field(default_factory=dict)

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
