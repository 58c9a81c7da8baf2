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

    __slots__ = ("decimals", "divisor", "fit", "grouped", "magnitude_name", "rank", "unit_name")

    def __init__(
        self, divisor: Fraction, magnitude_name: str, unit_name: str, decimals: int,
        rank: bool = False, fit: str = "", grouped: bool = False,
    ):
        self.rank = rank
        self.divisor = divisor
        self.magnitude_name = magnitude_name
        self.unit_name = unit_name
        self.decimals = decimals
        self.fit = fit  # "" keep, "small" refit values below 1 of the magnitude, "always"
        self.grouped = grouped  # thousands separators (15,632元/人)

    def number(self, x: Fraction, extra: int = 2) -> str:
        """One value, e.g. '227.55亿' (the unit is added by the caller)."""
        return format_number(x / self.divisor, max(self.decimals + extra, 0), self.grouped) + \
            self.magnitude_name

    def value(self, x: Fraction, extra: int = 2) -> str:
        """One value with its unit: '227.55亿元'."""
        return self.number(x, extra) + self.unit_name

    def readable(self) -> Scale:
        """This scale, refitted to whatever values it prints (a computed side)."""
        return Scale(self.divisor, self.magnitude_name, self.unit_name, self.decimals, self.rank,
                     "always" if self.fit else "")

    def per(self, counted: str) -> Scale:
        """The scale of this unit per one of a count (元 per 人 → 元/人), fitted to its values."""
        base = self.divisor / _MAGNITUDES.get(self.magnitude_name, 1)
        return Scale(base, "", f"{self.unit_name}/{counted}", 0, self.rank, "always")

    def fitted(self, interval: Interval) -> Scale:
        """The scale that prints these values readably: the magnitude that gives them one to
        four digits before the point (0.002亿元 → 23.76万元; 15,632元/人), about five significant
        digits; the scale itself when it already does, or when it is not a level's."""
        ends = [abs(x) for x in (interval.lo, interval.hi) if x is not None]
        if not self.fit or not ends or max(ends) == 0:
            return self
        written = _MAGNITUDES.get(self.magnitude_name, 1)
        base = self.divisor / written
        n = max(ends) / base
        if self.fit == "small" and max(ends) / self.divisor >= 1:
            return self
        magnitude = next((m for m in (10**12, 10**8, 10**4) if n >= m * 100), 1)
        digits = len(str(int(n / magnitude)))
        return Scale(base * magnitude, MAGNITUDE_NAMES.get(magnitude, "") if magnitude > 1 else "",
                     self.unit_name, max(0, 5 - digits) - 2, self.rank, "", magnitude == 1)


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
        if unit.factor != 1:  # 千分点, the change of a rate in ‰
            return Scale(unit.factor, "", "个千分点", q.decimals)
        return Scale(Fraction(1), "", "个百分点", q.decimals)
    magnitude = q.magnitude if q.magnitude in MAGNITUDE_NAMES else 1
    name = MAGNITUDE_NAMES.get(magnitude, "")
    unit_name = unit.name
    if unit.dimension == "factor":
        unit_name = "倍"
    return Scale(unit.factor * magnitude, name, unit_name, q.decimals, unit.dimension == "rank",
                 "" if unit.dimension in ("factor", "rank") else "small")


_MAGNITUDES = {name: value for value, name in MAGNITUDE_NAMES.items()}


def format_number(x: Fraction, decimals: int, grouped: bool = False) -> str:
    """x rounded half to even to at most ``decimals`` places, without trailing zeros; with
    ``grouped``, thousands separated by commas (149,737)."""
    scaled = x * 10**decimals
    n = round(scaled)  # Fraction.__round__ is exact, half to even
    sign = "-" if n < 0 else ""
    digits = str(abs(n)).rjust(decimals + 1, "0")
    if decimals == 0:
        return sign + (f"{int(digits):,}" if grouped else digits)
    whole, frac = digits[:-decimals], digits[-decimals:].rstrip("0")
    if grouped:
        whole = f"{int(whole):,}"
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
