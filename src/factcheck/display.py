"""Print numbers and intervals the way the article writes them: 216.7亿–216.9亿元, (80%, 100%].

Display only: verdicts never depend on these strings. Values are rounded for reading with exact
Fraction arithmetic (no floats), half to even.
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING

from .interval import Interval
from .units import MAGNITUDE_NAMES

if TYPE_CHECKING:
    from .quantity import Quantity

__all__ = [
    "PERCENT", "PERCENTAGE_POINTS", "TIMES", "Scale", "format_interval", "format_number", "scale_of",
]


class Scale:
    """How to print base-unit values in a claim's own unit: ÷ factor, then magnitude + unit."""

    __slots__ = ("decimals", "divisor", "magnitude_name", "rank", "unit_name")

    def __init__(
        self, divisor: Fraction, magnitude_name: str, unit_name: str, decimals: int,
        rank: bool = False,
    ):
        self.rank = rank
        self.divisor = divisor
        self.magnitude_name = magnitude_name
        self.unit_name = unit_name
        self.decimals = decimals

    def number(self, x: Fraction, extra: int = 2) -> str:
        """One value, e.g. '227.55亿' (the unit is added by the caller)."""
        return format_number(x / self.divisor, self.decimals + extra) + self.magnitude_name

    def value(self, x: Fraction, extra: int = 2) -> str:
        """One value with its unit: '227.55亿元'."""
        return self.number(x, extra) + self.unit_name


#: Ratios printed as percentages, changes of a rate as percentage points, factors as 倍.
PERCENT = Scale(Fraction(1, 100), "", "%", 2)
PERCENTAGE_POINTS = Scale(Fraction(1, 100), "", "个百分点", 2)
TIMES = Scale(Fraction(1), "", "倍", 2)


def scale_of(q: Quantity) -> Scale:
    """The scale a quantity was written in (ratios always print in %)."""
    unit = q.unit
    if unit.dimension == "ratio":
        shift = {"‰": 1, "成": -1}.get(unit.name, 0)
        return Scale(Fraction(1, 100), "", "%", max(q.decimals + shift, 0))
    if unit.dimension == "pp":
        return Scale(Fraction(1), "", "个百分点", q.decimals)
    magnitude = q.magnitude if q.magnitude in MAGNITUDE_NAMES else 1
    name = MAGNITUDE_NAMES.get(magnitude, "")
    unit_name = unit.name
    if unit.dimension == "factor":
        unit_name = "倍"
    return Scale(unit.factor * magnitude, name, unit_name, q.decimals, unit.dimension == "rank")


def format_number(x: Fraction, decimals: int) -> str:
    """x rounded half to even to at most ``decimals`` places, without trailing zeros."""
    scaled = x * 10**decimals
    n = round(scaled)  # Fraction.__round__ is exact, half to even
    sign = "-" if n < 0 else ""
    digits = str(abs(n)).rjust(decimals + 1, "0")
    if decimals == 0:
        return sign + digits
    whole, frac = digits[:-decimals], digits[-decimals:].rstrip("0")
    text = f"{whole}.{frac}" if frac else whole
    return sign + text if text != "0" else "0"


def format_interval(interval: Interval, scale: Scale, integer: bool = False, extra: int = 2,
                    any_value: str = "any value", span: str = "{lo} to {hi}") -> str:
    """'227.55亿–227.65亿元', '> 1万个', '(80%, 100%]', '27个'; ``any_value`` and ``span`` (a
    closed interval with a negative bound) are words, given in the reader's language."""
    if integer and interval.bounded and scale.divisor == 1:
        hull = interval.integer_hull()
        if hull is not None:
            interval = hull
    unit = scale.unit_name
    lo = None if interval.lo is None else scale.number(interval.lo, extra)
    hi = None if interval.hi is None else scale.number(interval.hi, extra)
    if lo is not None and lo == hi and interval.lo_closed and interval.hi_closed:
        return f"第{lo}名" if unit == "名" and scale.unit_name == "名" and scale.rank else f"{lo}{unit}"
    if lo is None and hi is None:
        return any_value
    if hi is None:
        return f"{'≥' if interval.lo_closed else '>'} {lo}{unit}"
    if lo is None:
        return f"{'≤' if interval.hi_closed else '<'} {hi}{unit}"
    if interval.lo_closed and interval.hi_closed:
        if lo.startswith("-") or hi.startswith("-"):
            return span.format(lo=f"{lo}{unit}", hi=f"{hi}{unit}")
        return f"{lo}–{hi}{unit}"
    left = "[" if interval.lo_closed else "("
    right = "]" if interval.hi_closed else ")"
    return f"{left}{lo}{unit}, {hi}{unit}{right}"
