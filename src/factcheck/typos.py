"""Likely typos: variants of a written figure that would make a failed relation hold.

The classic slips of copy editing: two digits swapped (116 ↔ 161), a digit dropped or doubled,
万 written for 亿, a decimal point in the wrong place, and one digit struck for another (237.6 for
227.6, in a figure of two digits or more; tried after those, so the other slips are named first
when one of them fits). Last, a digit dropped from the decimals (31579.54 for 31579.514): the
right figure would have more decimals than the one printed, and an article prints the figures
of a sentence at one precision.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from fractions import Fraction
from typing import TYPE_CHECKING

from . import messages as msg
from .messages import Message
from .numerals import _place_of_last_nonzero as place_of_last_nonzero
from .patterns import later

if TYPE_CHECKING:
    from .interval import Interval
    from .quantity import Quantity

__all__ = ["likeliest", "one_digit", "variants", "written_as"]

_NUMBER = later(r"\d+(?:\.\d+)?")
_CHINESE_COUNT = later("[一二两三四五六七八九十]+")
_CHINESE_DIGITS = "零一二三四五六七八九"
_CHINESE_NUMERALS = set("一二两三四五六七八九十百千万亿")
_CHINESE_DIGIT_WORDS = set("〇零一二两三四五六七八九十")
_SWAPPED, _DECIMAL_POINT, _DOUBLED, _DROPPED, _SUBSTITUTED = (
    Message(t) for t in (msg.TYPO_SWAPPED, msg.TYPO_DECIMAL_POINT, msg.TYPO_DOUBLED,
                         msg.TYPO_DROPPED, msg.TYPO_SUBSTITUTED))


def variants(written: str) -> Iterator[tuple[str, Message]]:
    """(variant, what changed) for each plausible slip in the first number of ``written``."""
    m = _NUMBER.search(written)
    seen = {written}

    def emit(text: str, why: Message) -> Iterator[tuple[str, Message]]:
        if text not in seen:
            seen.add(text)
            yield text, why

    if m:
        number, start, end = m.group(0), m.start(), m.end()
        head, tail = written[:start], written[end:]
        digits = number.replace(".", "")
        point = number.find(".")
        places = len(number) - point - 1 if point >= 0 else 0

        def build(d: str, dec: int) -> str:
            d = d.lstrip("0") or "0"
            if dec <= 0:
                return d + "0" * (-dec)
            d = d.rjust(dec + 1, "0")
            return f"{d[:-dec]}.{d[-dec:]}"

        for i in range(len(digits) - 1):
            if digits[i] != digits[i + 1]:
                swapped = digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:]
                yield from emit(head + build(swapped, places) + tail, _SWAPPED)
        for shift in (-1, 1, -2, 2):
            yield from emit(head + build(digits, places + shift) + tail,
                            _DECIMAL_POINT)
        for i in range(len(digits) - 1):
            if digits[i] == digits[i + 1]:
                fewer = digits[:i] + digits[i + 1:]
                yield from emit(head + build(fewer, places if i < len(digits) - places - 1
                                             else max(places - 1, 0)) + tail,
                                _DOUBLED)
        whole_part = len(digits) - places
        for i in range(whole_part + 1):  # a digit dropped from the whole part
            for d in "0123456789":
                yield from emit(head + build(digits[:i] + d + digits[i:], places) + tail,
                                _DROPPED)
    for a, b in (("万", "亿"), ("亿", "万")):
        if a in written and m:
            yield from emit(written.replace(a, b, 1), Message(msg.TYPO_MAGNITUDE, a=a, b=b))
    if m and len(digits) > 1:  # in a one-digit figure every other figure "differs by a digit"
        for i, digit in enumerate(digits):  # the nearest digit first: 19 → 18, 17, 16 …
            for d in sorted("0123456789", key=lambda x, digit=digit: abs(int(x) - int(digit))):
                if d != digit and not (i == 0 and d == "0"):
                    yield from emit(head + build(digits[:i] + d + digits[i + 1:], places) + tail,
                                    _SUBSTITUTED)
    if m and places:  # a digit dropped from the decimals: the figure printed less precisely
        for i in range(whole_part + 1, len(digits) + 1):  # than the article prints its figures
            for d in "0123456789":
                yield from emit(head + build(digits[:i] + d + digits[i:], places + 1) + tail,
                                _DROPPED)


def likeliest(q: Quantity, need: Interval, read: Callable[[str], Quantity]
              ) -> tuple[str, Message, Fraction] | None:
    """The most plausible slip of the pen in ``q`` whose reading (``read``, which raises
    QuantityError for text it cannot read) meets the needed values: as written, what slipped,
    and its value. One that makes the relation hold at any reading of its rounding (inside the
    needed values) before one that only touches them; one at the printed precision before one
    with a digit more among the decimals (31579.514 printed 31579.54: an article prints its
    figures at one precision); then the shortest slip (27 → 37 before 27 → 72 when both would
    do); then the order of :func:`variants`."""
    from .quantity import QuantityError

    screen = _screen(q, need)  # most variants are ruled out without reading them
    kind, last = 0, ""  # variants gives the slips of one kind together
    best: tuple[tuple, str, Message, Fraction] | None = None
    for text, why in variants(q.written):
        if why.template != last:
            kind, last = kind + 1, why.template
        if screen is not None and not screen(text):
            continue
        try:
            alt = read(text)
        except QuantityError:
            continue
        if q.integer and not alt.integer:
            continue  # a count of whole things stays whole
        if (alt.unit.key == q.unit.key and alt.value != q.value
                and alt.checked_interval.intersects(need)):
            # (50.0万人 for 50.00万人 is one figure, less precise)
            key = (not need.contains_interval(alt.checked_interval), _finer(text, q.written),
                   abs(alt.value - q.value), kind)
            if best is None or key < best[0]:
                best = (key, text, why, alt.value)
    return None if best is None else best[1:]


def one_digit(q: Quantity, need: Interval, read: Callable[[str], Quantity]
              ) -> tuple[str, Message, Fraction] | None:
    """A one-digit figure with its digit struck for another (5例 → 2例, 翻了近三番 → 翻了近一番), the
    nearest that meets the needed values. :func:`variants` leaves these out: beside a one-digit
    figure every other "differs by a digit", so this weighs no slip against another, only a
    one-digit figure against a longer one with a slip of the same kind."""
    from .quantity import QuantityError

    m = _NUMBER.search(q.written)
    if m is not None:
        if len(m.group(0)) != 1:
            return None
        at, digits = m.start(), "0123456789"
    else:  # a count in words: 翻了近三番, 五大
        words = [i for i, ch in enumerate(q.written) if ch in _CHINESE_NUMERALS]
        if len(words) != 1 or q.written[words[0]] not in _CHINESE_DIGITS[1:]:
            return None
        at, digits = words[0], _CHINESE_DIGITS[1:]
    head, own, tail = q.written[:at], q.written[at], q.written[at + 1:]
    for d in sorted(digits, key=lambda x: abs(digits.index(x) - digits.find(own))):
        if d == own:
            continue
        try:
            alt = read(head + d + tail)
        except QuantityError:
            continue
        if alt.unit.key == q.unit.key and alt.checked_interval.intersects(need):
            return head + d + tail, _SUBSTITUTED, alt.value
    return None


def _finer(variant: str, written: str) -> bool:
    """Whether the variant has a digit more than the figure, among its decimals."""
    a, b = _NUMBER.search(variant), _NUMBER.search(written)
    if a is None or b is None:
        return False
    (a_whole, _, a_decimals), (b_whole, _, b_decimals) = (x.group(0).partition(".") for x in (a, b))
    return (len(a_decimals) > len(b_decimals)
            and len((a_whole + a_decimals).lstrip("0")) > len((b_whole + b_decimals).lstrip("0")))


def _screen(q: Quantity, need: Interval) -> Callable[[str], bool] | None:
    """For a plain figure, a test that a variant's number, give or take one step of its own
    precision, can meet the needed values (a necessary condition, in whole numbers)."""
    m = _NUMBER.search(q.written)
    if m is None or q.value == 0:
        return None
    if q.qualifier == "nearly" and q.value > 0:
        return _screen_nearly(q, need, m)
    if q.qualifier is not None or q.step is None:
        return None
    scale = q.value / Fraction(m.group(0))  # base units per unit of the written number
    lo = None if need.lo is None else need.lo / scale
    hi = None if need.hi is None else need.hi / scale
    if scale < 0:
        lo, hi = hi, lo

    def can_meet(number: str) -> bool:
        whole, _, frac = number.partition(".")
        digits, power = int(whole + frac), 10 ** len(frac)  # the number is digits / power
        return ((lo is None or (digits + 1) * lo.denominator >= lo.numerator * power)
                and (hi is None or (digits - 1) * hi.denominator <= hi.numerator * power))

    return _admitting(q, can_meet)


def _screen_nearly(q: Quantity, need: Interval, m: re.Match) -> Callable[[str], bool] | None:
    """For a figure of 近 and one number (近100万人), a test that a variant's reading, [X − u, X)
    with u the place of its number's last significant digit, can meet the needed values (a
    necessary condition: X above the least of them, X − u not above the greatest)."""
    if _NUMBER.search(q.written, m.end()) is not None or _CHINESE_DIGIT_WORDS.intersection(q.written):
        return None  # the number is not the whole numeral: 近1亿2000万, 近一千二百万
    scale = q.value / Fraction(m.group(0))  # base units per unit of the written number (> 0)
    own = _number_and_least(m.group(0))
    if q.unit.dimension == "factor" or q.interval.hi != q.value or q.interval.lo != own[1] * scale:
        return None  # not read as [X − u, X) of its number (增长近905倍 is ×906)
    lo = None if need.lo is None else need.lo / scale
    hi = None if need.hi is None else need.hi / scale

    def can_meet(written: str) -> bool:
        number, least = _number_and_least(written)
        return (lo is None or number >= lo) and (hi is None or least <= hi)

    return _admitting(q, can_meet)


def _admitting(q: Quantity, can_meet: Callable[[str], bool]) -> Callable[[str], bool]:
    """The screen of a variant: its number can meet the needed values; a variant whose magnitude
    words (万, 亿) differ from the figure's is a magnitude slip, left to the parser."""
    magnitude_words = ("万" in q.written, "亿" in q.written)

    def admits(text: str) -> bool:
        if ("万" in text, "亿" in text) != magnitude_words:
            return True
        found = _NUMBER.search(text)
        return found is not None and can_meet(found.group(0))

    return admits


def _number_and_least(written: str) -> tuple[Fraction, Fraction]:
    """A written number and the least value 近 gives it: less the place of its last significant
    digit (近100: 0 to 100, 近105: 104 to 105, 近1.0: 0.9 to 1.0)."""
    whole, _, frac = written.partition(".")
    number = Fraction(int(whole + frac), 10 ** len(frac))
    return number, number - place_of_last_nonzero(number, len(frac))


def written_as(written: str, n: int) -> str | None:
    """The figure with its number replaced by the whole number ``n`` in its own numeral style
    (5座 → 8座, 三大 → 四大, 五地 → 两地), or None when it has no plain number to replace (or
    ``n`` is beyond 99 in Chinese numerals)."""
    m = _NUMBER.search(written)
    if m is not None:
        if "." in m.group(0):
            return None
        return written[:m.start()] + str(n) + written[m.end():]
    m = _CHINESE_COUNT.search(written)
    if m is None or not 0 < n < 100:
        return None
    return written[:m.start()] + _chinese(n) + written[m.end():]


def _chinese(n: int) -> str:
    """1–99 in Chinese numerals as a count is written: 两 alone before a measure word (两座),
    二 inside a number (十二, 二十); 十 alone for 10–19 (十三)."""
    if n == 2:
        return "两"
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else "十" if tens == 1 else _CHINESE_DIGITS[tens] + "十"
    return head + (_CHINESE_DIGITS[ones] if ones else "")
