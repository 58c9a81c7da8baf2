"""Exact interval arithmetic and rounding modes (factcheck.interval)."""

from __future__ import annotations

import math
import re
from fractions import Fraction as F

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from factcheck.interval import (
    ROUNDING_MODES,
    DivisionByZero,
    Interval,
    format_fraction,
    rounding_interval,
)
from factcheck.quantity import parse_quantity

_IV = re.compile(r"\s*([\[(])\s*([^,\s]+)\s*,\s*([^\s\])]+)\s*([\])])\s*")


def iv(text: str) -> Interval:
    """'[1, 2)' → Interval(1, 2, True, False); endpoints in any Fraction syntax, ±inf."""
    m = _IV.fullmatch(text)
    assert m, text
    left, lo, hi, right = m.groups()
    lo_v = None if lo == "-inf" else F(lo)
    hi_v = None if hi == "inf" else F(hi)
    return Interval(lo_v, hi_v, left == "[", right == "]")


# --- construction and queries --------------------------------------------------------------
def test_infinite_ends_are_always_open():
    i = Interval(None, None, True, True)
    assert (i.lo_closed, i.hi_closed) == (False, False)
    assert i == Interval.everything()
    assert str(i) == "(-inf, inf)"


def test_make_refuses_empty_intervals():
    assert Interval.make(F(2), F(1)) is None
    assert Interval.make(F(1), F(1), True, False) is None
    assert Interval.make(F(1), F(1)) == Interval.point(1)
    assert Interval.make(None, F(1), True, True) == iv("(-inf, 1]")


def test_contains_respects_open_and_closed_ends():
    i = iv("(1, 2]")
    assert not i.contains(1)
    assert i.contains(F(3, 2))
    assert i.contains(2)
    assert not i.contains(F(201, 100))
    assert iv("(-inf, 0)").contains(-10**30)
    assert not iv("(-inf, 0)").contains(0)


def test_contains_interval():
    assert iv("[0, 10]").contains_interval(iv("(0, 10)"))
    assert not iv("(0, 10)").contains_interval(iv("[0, 10)"))
    assert not iv("[0, 10]").contains_interval(iv("[0, inf)"))
    assert iv("(-inf, inf)").contains_interval(iv("[0, inf)"))


def test_width_and_midpoint():
    assert iv("[1, 4)").width == 3
    assert iv("[1, 4)").midpoint == F(5, 2)
    assert iv("[1, inf)").width is None
    assert iv("(-inf, 1]").midpoint is None


# --- addition and subtraction --------------------------------------------------------------
@pytest.mark.parametrize(
    ("a", "b", "total"),
    [
        ("[1, 2]", "[3, 4]", "[4, 6]"),
        ("(1, 2]", "[3, 4)", "(4, 6)"),
        ("[1, inf)", "[1, 2]", "[2, inf)"),
        ("(-inf, 1]", "[0, inf)", "(-inf, inf)"),
        ("[-0.5, 0.5]", "[-0.5, 0.5]", "[-1, 1]"),
    ],
)
def test_add(a, b, total):
    assert iv(a) + iv(b) == iv(total)


@pytest.mark.parametrize(
    ("a", "b", "diff"),
    [
        ("[1, 2]", "[0, 1]", "[0, 2]"),
        ("[1, 2]", "(0, 1]", "[0, 2)"),
        ("[5, inf)", "[1, 2]", "[3, inf)"),
        ("[1, 2]", "[1, inf)", "(-inf, 1]"),
    ],
)
def test_sub(a, b, diff):
    assert iv(a) - iv(b) == iv(diff)


def test_neg_swaps_ends_and_closedness():
    assert -iv("(1, 2]") == iv("[-2, -1)")
    assert -iv("[1, inf)") == iv("(-inf, -1]")


# --- multiplication ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("a", "b", "product"),
    [
        ("[1, 2]", "[3, 4]", "[3, 8]"),
        ("[-1, 2]", "[3, 4]", "[-4, 8]"),
        ("[-2, -1]", "[-4, -3]", "[3, 8]"),
        ("(1, 2]", "[-3, 4)", "[-6, 8)"),
        # an open zero end keeps the product away from zero ...
        ("(0, 2]", "[3, inf)", "(0, inf)"),
        # ... a closed one makes zero attainable
        ("[0, 2]", "[3, inf)", "[0, inf)"),
        ("[0, 0]", "(-inf, inf)", "[0, 0]"),
        ("[0, inf)", "(-inf, 0]", "(-inf, 0]"),
        ("[-1, 2]", "[3, inf)", "(-inf, inf)"),
        ("(-inf, 2]", "[1, 1]", "(-inf, 2]"),
        ("[1, 2]", "[0, 0]", "[0, 0]"),
    ],
)
def test_mul(a, b, product):
    assert iv(a) * iv(b) == iv(product)
    assert iv(b) * iv(a) == iv(product)


def test_scale_by_exact_number():
    assert iv("[227.55, 227.65]").scale(F(10**8)) == iv("[22755000000, 22765000000]")
    assert iv("[1, 2)").scale(F(-1, 2)) == iv("(-1, -0.5]")


# --- reciprocal and division ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("a", "recip"),
    [
        ("[2, 4]", "[0.25, 0.5]"),
        ("(2, 4]", "[0.25, 0.5)"),
        ("[2, 4)", "(0.25, 0.5]"),
        ("(-4, -2]", "[-0.5, -0.25)"),
        ("[-4, -2]", "[-0.5, -0.25]"),
        ("[0, 2]", "[0.5, inf)"),  # 0 itself cannot be divided by
        ("(0, 2]", "[0.5, inf)"),
        ("[-2, 0]", "(-inf, -0.5]"),
        ("[2, inf)", "(0, 0.5]"),
        ("(-inf, 0]", "(-inf, 0)"),
        ("[-1, 2]", "(-inf, inf)"),  # spanning zero gives everything
        ("(-inf, inf)", "(-inf, inf)"),
    ],
)
def test_reciprocal(a, recip):
    assert iv(a).reciprocal() == iv(recip)


def test_division():
    assert iv("[1, 2]") / iv("[4, 5]") == iv("[0.2, 0.5]")
    assert iv("[227.55, 227.65]") / iv("[216.75, 216.85]") == Interval(
        F(22755, 21685), F(22765, 21675)
    )


def test_division_by_exact_zero_raises():
    with pytest.raises(DivisionByZero):
        iv("[1, 2]") / Interval.point(0)
    with pytest.raises(DivisionByZero):
        Interval.point(0).reciprocal()
    assert issubclass(DivisionByZero, ArithmeticError)


def test_division_by_interval_spanning_zero_gives_everything():
    assert iv("[1, 2]") / iv("[-1, 1]") == Interval.everything()


# --- integer hull, intersect, hull, distance -----------------------------------------------
@pytest.mark.parametrize(
    ("a", "hull"),
    [
        ("[1.5, 3.5]", "[2, 3]"),
        ("(2, 5)", "[3, 4]"),
        ("[2, 5]", "[2, 5]"),
        ("(4000, 5000)", "[4001, 4999]"),
        ("[0, 100)", "[0, 99]"),
        ("(-2.5, inf)", "[-2, inf)"),
        ("(-inf, -0.5]", "(-inf, -1]"),
    ],
)
def test_integer_hull(a, hull):
    assert iv(a).integer_hull() == iv(hull)


@pytest.mark.parametrize("a", ["(1, 2)", "[1/3, 2/3]", "(0.2, 0.8)"])
def test_integer_hull_without_integers_is_none(a):
    assert iv(a).integer_hull() is None


def test_intersect():
    assert iv("[1, 3]").intersect(iv("(2, 4]")) == iv("(2, 3]")
    assert iv("[1, 2)").intersect(iv("[2, 3]")) is None
    assert iv("[1, 2]").intersect(iv("[2, 3]")) == Interval.point(2)
    assert iv("(-inf, 5]").intersect(iv("[0, inf)")) == iv("[0, 5]")
    assert iv("[1, 2]").intersects(iv("[2, 3]"))
    assert not iv("[1, 2)").intersects(iv("[2, 3]"))
    assert iv("[0, 1]").clip(F(0), F(1, 2)) == iv("[0, 0.5]")


def test_hull():
    assert iv("[1, 2]").hull(iv("[5, 6)")) == iv("[1, 6)")
    assert iv("(1, 2]").hull(iv("[1, 3)")) == iv("[1, 3)")
    assert iv("(1, 2)").hull(iv("(1, 2]")) == iv("(1, 2]")
    assert iv("[1, 2]").hull(iv("[0, inf)")) == iv("[0, inf)")


def test_distance():
    assert iv("[1, 2]").distance(iv("[5, 6]")) == 3
    assert iv("[5, 6]").distance(iv("[1, 2]")) == 3
    assert iv("[1, 3]").distance(iv("[2, 6]")) == 0
    assert iv("[1, 2)").distance(iv("(2, 3]")) == 0  # the closures meet
    assert iv("(-inf, 0]").distance(iv("[0.5, inf)")) == F(1, 2)


# --- exact text ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("x", "text"),
    [
        (F(1, 3), "1/3"),
        (F(-1, 3), "-1/3"),
        (F(45, 1000), "0.045"),
        (F(-45, 1000), "-0.045"),
        (F(-1, 20), "-0.05"),
        (F(1, 8), "0.125"),
        (F(22755000000), "22755000000"),
        (F(-7), "-7"),
        (F(0), "0"),
        (F(10000, 15), "2000/3"),
        (F(12345, 100), "123.45"),
    ],
)
def test_format_fraction(x, text):
    assert format_fraction(x) == text


def test_str_and_json_are_exact():
    i = Interval(F(45, 1000), None, False, False)
    assert str(i) == "(0.045, inf)"
    assert i.to_json() == {"lo": "0.045", "hi": "inf", "lo_closed": False, "hi_closed": False}
    assert Interval(None, F(1, 3)).to_json() == {
        "lo": "-inf", "hi": "1/3", "lo_closed": False, "hi_closed": True,
    }


# --- properties: the arithmetic never loses a possible value --------------------------------
_ends = st.fractions(min_value=-50, max_value=50, max_denominator=12)


@st.composite
def intervals(draw, allow_infinite: bool = True) -> Interval:
    a, b = sorted((draw(_ends), draw(_ends)))
    lo_closed, hi_closed = draw(st.booleans()), draw(st.booleans())
    if a == b:
        lo_closed = hi_closed = True
    lo: F | None = a
    hi: F | None = b
    if allow_infinite:
        if draw(st.integers(0, 5)) == 0:
            lo = None
        if draw(st.integers(0, 5)) == 0:
            hi = None
    return Interval(lo, hi, lo_closed and lo is not None, hi_closed and hi is not None)


@st.composite
def member(draw, i: Interval) -> F:
    """A number in i: an end when it is closed, otherwise a point strictly inside."""
    if i.lo is not None and i.hi is not None:
        if i.lo == i.hi:
            return i.lo
        choices = ["inside"] + (["lo"] if i.lo_closed else []) + (["hi"] if i.hi_closed else [])
        pick = draw(st.sampled_from(choices))
        if pick == "lo":
            return i.lo
        if pick == "hi":
            return i.hi
        t = draw(st.fractions(min_value=0, max_value=1, max_denominator=50))
        assume(0 < t < 1)
        return i.lo + t * (i.hi - i.lo)
    offset = draw(st.fractions(min_value=0, max_value=10**6, max_denominator=50))
    if i.lo is not None:
        assume(offset > 0 or i.lo_closed)
        return i.lo + offset
    if i.hi is not None:
        assume(offset > 0 or i.hi_closed)
        return i.hi - offset
    return draw(st.fractions(min_value=-(10**6), max_value=10**6, max_denominator=50))


_PROPS = settings(max_examples=200, deadline=None)


@_PROPS
@given(st.data())
def test_sum_and_difference_contain_every_sum_and_difference(data):
    i, j = data.draw(intervals()), data.draw(intervals())
    a, b = data.draw(member(i)), data.draw(member(j))
    assert (i + j).contains(a + b)
    assert (i - j).contains(a - b)


@_PROPS
@given(st.data())
def test_product_contains_every_product(data):
    i, j = data.draw(intervals()), data.draw(intervals())
    a, b = data.draw(member(i)), data.draw(member(j))
    assert (i * j).contains(a * b)


@_PROPS
@given(intervals(allow_infinite=False), intervals(allow_infinite=False))
def test_product_of_bounded_intervals_is_tight(i, j):
    corners = [x * y for x in (i.lo, i.hi) for y in (j.lo, j.hi)]
    p = i * j
    assert p.lo == min(corners)
    assert p.hi == max(corners)
    if i.lo_closed and i.hi_closed and j.lo_closed and j.hi_closed:
        assert p.lo_closed and p.hi_closed


@_PROPS
@given(st.data())
def test_quotient_contains_every_quotient(data):
    i = data.draw(intervals())
    j = data.draw(intervals())
    assume(not (j.lo == 0 and j.hi == 0))
    a, b = data.draw(member(i)), data.draw(member(j))
    assume(b != 0)
    assert (i / j).contains(a / b)


@_PROPS
@given(st.data())
def test_quotient_by_interval_away_from_zero_is_bounded_when_both_are(data):
    i = data.draw(intervals(allow_infinite=False))
    lo = data.draw(st.fractions(min_value=F(1, 10), max_value=50, max_denominator=12))
    hi = lo + data.draw(st.fractions(min_value=0, max_value=50, max_denominator=12))
    sign = data.draw(st.sampled_from((1, -1)))
    j = Interval(lo, hi) if sign > 0 else -Interval(lo, hi)
    a, b = data.draw(member(i)), data.draw(member(j))
    q = i / j
    assert q.bounded
    assert q.contains(a / b)


@_PROPS
@given(st.data())
def test_integer_hull_keeps_exactly_the_integers(data):
    i = data.draw(intervals(allow_infinite=False))
    h = i.integer_hull()
    lo = math.floor(i.lo) - 1
    hi = math.ceil(i.hi) + 1
    inside = [k for k in range(lo, hi + 1) if i.contains(k)]
    if not inside:
        assert h is None
    else:
        assert h == Interval(F(inside[0]), F(inside[-1]))


# --- rounding modes ------------------------------------------------------------------------
def _round_half_away(k: F) -> int:
    n = math.floor(abs(k) + F(1, 2))
    return n if k >= 0 else -n


def _round_half_even(k: F) -> int:
    f = math.floor(k)
    r = k - f
    if r < F(1, 2):
        return f
    if r > F(1, 2):
        return f + 1
    return f if f % 2 == 0 else f + 1


def _round_trunc(k: F) -> int:
    n = math.floor(abs(k))
    return n if k >= 0 else -n


def rounds_to(x: F, v: F, step: F, mode: str) -> bool:
    """Reference: does x, rounded at ``step`` under ``mode``, give v (a multiple of step)?"""
    k = x / step
    if mode == "up":
        return _round_half_away(k) * step == v
    if mode == "even":
        return _round_half_even(k) * step == v
    if mode == "trunc":
        return _round_trunc(k) * step == v
    if mode == "ceiling":
        return math.ceil(k) * step == v
    if mode == "up_or_down":
        return abs(x - v) <= step / 2
    if mode == "any":
        return abs(x - v) <= step
    raise AssertionError(mode)


def written(n: int, decimals: int) -> str:
    """The integer n / 10**decimals written with exactly ``decimals`` decimals."""
    sign = "-" if n < 0 else ""
    a = abs(n)
    if decimals == 0:
        return f"{sign}{a}"
    return f"{sign}{a // 10**decimals}.{a % 10**decimals:0{decimals}d}"


_MAGNITUDES = {1: "", 10**4: "万", 10**8: "亿"}
_offsets = st.one_of(
    st.integers(-20, 20).map(lambda k: F(k, 8)),  # hits every tie and boundary
    st.fractions(min_value=-2, max_value=2, max_denominator=997),
)


@settings(max_examples=400, deadline=None)
@given(
    n=st.one_of(st.integers(-20, 20), st.integers(-(10**9), 10**9)),
    decimals=st.integers(0, 4),
    magnitude=st.sampled_from(sorted(_MAGNITUDES)),
    mode=st.sampled_from(ROUNDING_MODES),
    offset=_offsets,
)
def test_rounding_interval_holds_exactly_what_rounds_to_the_value(
    n, decimals, magnitude, mode, offset
):
    step = F(magnitude, 10**decimals)
    v = n * step
    x = v + offset * step
    assert rounding_interval(v, step, mode).contains(x) == rounds_to(x, v, step, mode)

    # the parser gives a written figure exactly this interval
    text = f"{written(n, decimals)}{_MAGNITUDES[magnitude]}元"
    q = parse_quantity(text, rounding=mode)
    assert q.value == v
    assert q.step == step
    assert q.interval == rounding_interval(v, step, mode)


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        ("up_or_down", "[227.55, 227.65]"),
        ("up", "[227.55, 227.65)"),
        ("even", "[227.55, 227.65]"),  # 2276 is even: both ties round to it
        ("trunc", "[227.6, 227.7)"),
        ("ceiling", "(227.5, 227.6]"),
        ("any", "[227.5, 227.7]"),
    ],
)
def test_rounding_interval_examples(mode, expected):
    assert rounding_interval(F("227.6"), F("0.1"), mode) == iv(expected)


def test_rounding_modes_for_negative_values_and_odd_multiples():
    assert rounding_interval(F("-3"), F(1), "up") == iv("(-3.5, -2.5]")
    assert rounding_interval(F("-3"), F(1), "trunc") == iv("(-4, -3]")
    assert rounding_interval(F("-3"), F(1), "ceiling") == iv("(-4, -3]")
    assert rounding_interval(F("227.7"), F("0.1"), "even") == iv("(227.65, 227.75)")
    assert rounding_interval(F(0), F(1), "up") == iv("(-0.5, 0.5)")
    assert rounding_interval(F(0), F(1), "trunc") == iv("(-1, 1)")


def test_unknown_rounding_mode_raises():
    with pytest.raises(ValueError, match="unknown rounding mode"):
        rounding_interval(F(1), F(1), "bankers")
