"""The states a count's words can give the things it counts, one vocabulary for every finder:
grew, fell, stayed, turned from a loss to a profit (由亏转盈, 扭亏为盈), lost less (减亏, 净亏损减少),
lost more (增亏), turned to a loss (由盈转亏). No thing is in two of them at once."""

from __future__ import annotations

__all__ = ["BETWEEN_STATES", "direction"]

_DIRECTIONS = (("down", ("负增长", "下降", "下跌", "减少", "亏损", "回落", "缩水")),
               ("flat", ("持平", "不变")),
               ("turned", ("由亏转盈", "扭亏为盈", "扭亏", "由负转正", "转正")),
               ("loss-less", ("减亏", "亏损减少", "亏损收窄")),
               ("loss-more", ("增亏", "亏损增加", "亏损扩大")),
               ("turned-loss", ("由盈转亏", "转亏", "由正转负")),
               ("up", ("增长", "增加", "上升", "上涨", "盈利", "提高")))
#: The states beside up and down a list of counts names when it counts all the things.
BETWEEN_STATES = frozenset({"flat", "turned", "loss-less", "loss-more", "turned-loss"})


def direction(words: str) -> str | None:
    """The state words give: the first of 下降/持平/增长 … they name, the longest word where two
    start together (净亏损减少 is a loss made smaller, not a fall)."""
    hits = [(words.find(w), -len(w), kind) for kind, ws in _DIRECTIONS for w in ws if w in words]
    return min(hits)[2] if hits else None
