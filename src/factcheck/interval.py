"""Exact interval arithmetic on Fraction endpoints with open or closed ends.

An endpoint of ``None`` is infinite: ``lo=None`` is −∞ and ``hi=None`` is +∞ (always open).
Nothing here uses floats: every verdict the tool gives rests on these operations.
"""

from __future__ import annotations

import math
from fractions import Fraction

from .values import Value

__all__ = [
    "LOOSER",
    "ROUNDING_MODES",
    "DivisionByZero",
    "Interval",
    "format_fraction",
    "rounding_interval",
]

ROUNDING_MODES = ("up_or_down", "up", "even", "trunc", "ceiling", "any")

#: The next looser rounding mode of each mode (docs/conventions.md E): up_or_down is the charitable
#: default for standard rounding; `any` is looser only for truncation and ceiling.
LOOSER = {"up": "up_or_down", "even": "up_or_down", "trunc": "any", "ceiling": "any"}


class DivisionByZero(ArithmeticError):
    """Raised when an interval is divided by exactly zero."""


# An extended endpoint: a Fraction, or None for an infinity whose sign the caller knows.
_Ext = Fraction | None


class Interval(Value):
    """A non-empty interval of the real line with exact endpoints."""

    __slots__ = ("hi", "hi_closed", "lo", "lo_closed")

    def __init__(self, lo: Fraction | None, hi: Fraction | None, lo_closed: bool = True,
                 hi_closed: bool = True):
        self.lo = lo
        self.hi = hi
        self.lo_closed = False if lo is None else lo_closed  # an infinite end is open
        self.hi_closed = False if hi is None else hi_closed

    def _fields(self) -> tuple:
        return (self.lo, self.hi, self.lo_closed, self.hi_closed)

    def __repr__(self) -> str:
        return (f"Interval(lo={self.lo!r}, hi={self.hi!r}, lo_closed={self.lo_closed!r}, "
                f"hi_closed={self.hi_closed!r})")

    # --- construction -------------------------------------------------------------------
    @classmethod
    def point(cls, value: Fraction | int) -> Interval:
        """The degenerate interval [v, v]."""
        v = Fraction(value)
        return cls(v, v, True, True)

    @classmethod
    def everything(cls) -> Interval:
        """(−∞, +∞)."""
        return cls(None, None, False, False)

    @classmethod
    def make(
        cls, lo: _Ext, hi: _Ext, lo_closed: bool = True, hi_closed: bool = True
    ) -> Interval | None:
        """Build an interval, or return None when it would be empty."""
        if lo is not None and hi is not None and not lo < hi and (
            lo != hi or not (lo_closed and hi_closed)
        ):
            return None
        return cls(lo, hi, lo_closed and lo is not None, hi_closed and hi is not None)

    # --- queries ------------------------------------------------------------------------
    @property
    def is_point(self) -> bool:
        return self.lo is not None and self.lo == self.hi

    @property
    def bounded(self) -> bool:
        return self.lo is not None and self.hi is not None

    @property
    def width(self) -> Fraction | None:
        """hi − lo, or None when unbounded."""
        if self.lo is None or self.hi is None:
            return None
        return self.hi - self.lo

    @property
    def midpoint(self) -> Fraction | None:
        if self.lo is None or self.hi is None:
            return None
        return (self.lo + self.hi) / 2

    def contains(self, x: Fraction | int) -> bool:
        """True when the number x lies in the interval."""
        if self.lo is not None and (x < self.lo or (x == self.lo and not self.lo_closed)):
            return False
        return not (self.hi is not None and (x > self.hi or (x == self.hi and not self.hi_closed)))

    def contains_interval(self, other: Interval) -> bool:
        """True when every point of other lies in self."""
        if self.lo is not None:
            if other.lo is None or other.lo < self.lo:
                return False
            if other.lo == self.lo and other.lo_closed and not self.lo_closed:
                return False
        if self.hi is not None:
            if other.hi is None or other.hi > self.hi:
                return False
            if other.hi == self.hi and other.hi_closed and not self.hi_closed:
                return False
        return True

    def intersect(self, other: Interval) -> Interval | None:
        """The intersection, or None when the two do not meet."""
        lo, lo_closed = _max_lo(self.lo, self.lo_closed, other.lo, other.lo_closed)
        hi, hi_closed = _min_hi(self.hi, self.hi_closed, other.hi, other.hi_closed)
        return Interval.make(lo, hi, lo_closed, hi_closed)

    def intersects(self, other: Interval) -> bool:
        return self.intersect(other) is not None

    def hull(self, other: Interval) -> Interval:
        """The smallest interval containing both."""
        if self.lo is None or other.lo is None:
            lo, lo_closed = None, False
        elif self.lo != other.lo:
            lo, lo_closed = (
                (self.lo, self.lo_closed) if self.lo < other.lo else (other.lo, other.lo_closed)
            )
        else:
            lo, lo_closed = self.lo, self.lo_closed or other.lo_closed
        if self.hi is None or other.hi is None:
            hi, hi_closed = None, False
        elif self.hi != other.hi:
            hi, hi_closed = (
                (self.hi, self.hi_closed) if self.hi > other.hi else (other.hi, other.hi_closed)
            )
        else:
            hi, hi_closed = self.hi, self.hi_closed or other.hi_closed
        return Interval(lo, hi, lo_closed, hi_closed)

    def distance(self, other: Interval) -> Fraction:
        """The gap between two intervals (0 when their closures meet)."""
        if self.hi is not None and other.lo is not None and self.hi < other.lo:
            return other.lo - self.hi
        if other.hi is not None and self.lo is not None and other.hi < self.lo:
            return self.lo - other.hi
        return Fraction(0)

    def integer_hull(self) -> Interval | None:
        """The integers inside, as a closed interval (None when there are none)."""
        lo = self.lo
        if lo is not None:
            c = math.ceil(lo)
            lo = Fraction(c + 1 if (c == lo and not self.lo_closed) else c)
        hi = self.hi
        if hi is not None:
            f = math.floor(hi)
            hi = Fraction(f - 1 if (f == hi and not self.hi_closed) else f)
        return Interval.make(lo, hi, True, True)

    def holds_integer(self) -> bool:
        """Whether a whole number lies inside (:meth:`integer_hull` without building it)."""
        if self.lo is None or self.hi is None:
            return True
        c = math.ceil(self.lo)
        if c == self.lo and not self.lo_closed:
            c += 1
        f = math.floor(self.hi)
        if f == self.hi and not self.hi_closed:
            f -= 1
        return c <= f

    def clip(self, lo: Fraction | None, hi: Fraction | None) -> Interval | None:
        """Intersect with the closed domain [lo, hi]."""
        return self.intersect(Interval(lo, hi, lo is not None, hi is not None))

    # --- arithmetic ---------------------------------------------------------------------
    def __neg__(self) -> Interval:
        return Interval(
            None if self.hi is None else -self.hi,
            None if self.lo is None else -self.lo,
            self.hi_closed,
            self.lo_closed,
        )

    def __add__(self, other: Interval) -> Interval:
        lo = None if self.lo is None or other.lo is None else self.lo + other.lo
        hi = None if self.hi is None or other.hi is None else self.hi + other.hi
        return Interval(lo, hi, self.lo_closed and other.lo_closed, self.hi_closed and other.hi_closed)

    def __sub__(self, other: Interval) -> Interval:
        return self + (-other)

    def __mul__(self, other: Interval) -> Interval:
        alo, ahi, blo, bhi = self.lo, self.hi, other.lo, other.hi
        if (alo is not None and blo is not None and ahi is not None and bhi is not None
                and alo > 0 and blo > 0):
            # The common case, positive bounded figures: [a·c, b·d], no zero and no infinity.
            return Interval(alo * blo, ahi * bhi, self.lo_closed and other.lo_closed,
                            self.hi_closed and other.hi_closed)
        a = ((self.lo, self.lo_closed, -1), (self.hi, self.hi_closed, 1))
        b = ((other.lo, other.lo_closed, -1), (other.hi, other.hi_closed, 1))
        candidates = [_ext_mul(x, y) for x in a for y in b]
        # A closed zero factor makes 0 attainable whatever the other factor is.
        lo = min(candidates, key=_ext_key_lo)
        hi = max(candidates, key=_ext_key_hi)
        lo_val, lo_closed = _pick(candidates, lo, lower=True)
        hi_val, hi_closed = _pick(candidates, hi, lower=False)
        return Interval(lo_val, hi_val, lo_closed, hi_closed)

    def reciprocal(self) -> Interval:
        """1 / self. Raises DivisionByZero for [0, 0]; an interval spanning 0 gives (−∞, ∞)."""
        if self.lo == 0 and self.hi == 0:
            raise DivisionByZero("division by zero")
        lo_pos = self.lo is not None and self.lo >= 0
        hi_neg = self.hi is not None and self.hi <= 0
        if not lo_pos and not hi_neg:
            return Interval.everything()
        if lo_pos:
            # [lo, hi] with lo ≥ 0; 0 itself is excluded from division.
            if self.lo and self.hi is not None:
                return Interval(1 / self.hi, 1 / self.lo, self.hi_closed, self.lo_closed)
            new_lo = Fraction(0) if self.hi is None else 1 / self.hi
            new_lo_closed = self.hi is not None and self.hi_closed
            if self.lo == 0:
                return Interval(new_lo, None, new_lo_closed, False)
            return Interval(new_lo, 1 / self.lo, new_lo_closed, self.lo_closed)
        return -((-self).reciprocal())

    def __truediv__(self, other: Interval) -> Interval:
        return self * other.reciprocal()

    def scale(self, factor: Fraction) -> Interval:
        """Multiply by an exact number."""
        return self * Interval.point(factor)

    # --- display ------------------------------------------------------------------------
    def __str__(self) -> str:
        left = "[" if self.lo_closed else "("
        right = "]" if self.hi_closed else ")"
        lo = "-inf" if self.lo is None else format_fraction(self.lo)
        hi = "inf" if self.hi is None else format_fraction(self.hi)
        return f"{left}{lo}, {hi}{right}"

    def to_json(self) -> dict[str, object]:
        """The JSON form shared by every command: exact strings, inf/-inf for infinities."""
        return {
            "lo": "-inf" if self.lo is None else format_fraction(self.lo),
            "hi": "inf" if self.hi is None else format_fraction(self.hi),
            "lo_closed": self.lo_closed,
            "hi_closed": self.hi_closed,
        }


# --- endpoint helpers -----------------------------------------------------------------------
def _ext_mul(x: tuple[_Ext, bool, int], y: tuple[_Ext, bool, int]) -> tuple[_Ext, bool, int]:
    """Multiply two endpoints; returns (value, attained, sign-of-infinity)."""
    xv, xc, xs = x
    yv, yc, ys = y
    if (xv == 0 and xv is not None) or (yv == 0 and yv is not None):
        attained = (xv == 0 and xv is not None and xc) or (yv == 0 and yv is not None and yc)
        if xv is not None and yv is not None:
            attained = attained or (xc and yc)
        return (Fraction(0), bool(attained), 0)
    if xv is None or yv is None:
        sx = xs if xv is None else (1 if xv > 0 else -1)
        sy = ys if yv is None else (1 if yv > 0 else -1)
        return (None, False, sx * sy)
    return (xv * yv, xc and yc, 0)


def _ext_key_lo(c: tuple[_Ext, bool, int]) -> tuple[int, Fraction]:
    v, _, s = c
    if v is None:
        return (s, Fraction(0))
    return (0, v)


def _ext_key_hi(c: tuple[_Ext, bool, int]) -> tuple[int, Fraction]:
    return _ext_key_lo(c)


def _pick(
    candidates: list[tuple[_Ext, bool, int]], best: tuple[_Ext, bool, int], lower: bool
) -> tuple[_Ext, bool]:
    v = best[0]
    if v is None:
        return None, False
    attained = any(c[0] == v and c[0] is not None and c[1] for c in candidates)
    return v, attained


def _max_lo(a: _Ext, ac: bool, b: _Ext, bc: bool) -> tuple[_Ext, bool]:
    if a is None:
        return b, bc
    if b is None:
        return a, ac
    if a != b:
        return (a, ac) if a > b else (b, bc)
    return a, ac and bc


def _min_hi(a: _Ext, ac: bool, b: _Ext, bc: bool) -> tuple[_Ext, bool]:
    if a is None:
        return b, bc
    if b is None:
        return a, ac
    if a != b:
        return (a, ac) if a < b else (b, bc)
    return a, ac and bc


# --- rounding -------------------------------------------------------------------------------
def rounding_interval(value: Fraction, step: Fraction, mode: str) -> Interval:
    """All x that round to ``value`` at ``step`` under the rounding mode.

    ``up_or_down`` [v − s/2, v + s/2] (a tie may have gone either way, the charitable default);
    ``up`` half away from zero (四舍五入); ``even`` half to even (GB/T 8170);
    ``trunc`` toward zero; ``ceiling`` toward +∞; ``any`` [v − s, v + s].
    """
    h = step / 2
    if mode == "up_or_down":
        return Interval(value - h, value + h, True, True)
    if mode == "up":
        if value > 0:
            return Interval(value - h, value + h, True, False)
        if value < 0:
            return Interval(value - h, value + h, False, True)
        return Interval(-h, h, False, False)
    if mode == "even":
        k = value / step
        even = k.denominator == 1 and k.numerator % 2 == 0
        return Interval(value - h, value + h, even, even)
    if mode == "trunc":
        if value > 0:
            return Interval(value, value + step, True, False)
        if value < 0:
            return Interval(value - step, value, False, True)
        return Interval(-step, step, False, False)
    if mode == "ceiling":
        return Interval(value - step, value, False, True)
    if mode == "any":
        return Interval(value - step, value + step, True, True)
    raise ValueError(f"unknown rounding mode {mode!r}")


def format_fraction(x: Fraction) -> str:
    """Exact text: a decimal when it terminates, else 'p/q'."""
    x = Fraction(x)
    d = x.denominator
    twos = fives = 0
    while d % 2 == 0:
        d //= 2
        twos += 1
    while d % 5 == 0:
        d //= 5
        fives += 1
    if d != 1:
        return f"{x.numerator}/{x.denominator}"
    places = max(twos, fives)
    if places == 0:
        return str(x.numerator)
    scaled = abs(x.numerator) * (10**places // x.denominator)
    sign = "-" if x < 0 else ""
    digits = str(scaled).rjust(places + 1, "0")
    whole, frac = digits[:-places], digits[-places:].rstrip("0")
    return f"{sign}{whole}.{frac}" if frac else f"{sign}{whole}"
