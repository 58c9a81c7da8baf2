"""Read the numeral part of a figure: Arabic or Chinese digits, magnitudes, 余/多 and ranges.

The result keeps what precision needs: the value, the step of the last written digit and the
place of the last significant digit, both already multiplied by the magnitudes written.
"""

from __future__ import annotations

from fractions import Fraction

from .patterns import later
from .units import magnitude_value
from .values import Value

__all__ = ["CHINESE_DIGITS", "Numeral", "NumeralError", "read_numeral"]

CHINESE_DIGITS: dict[str, int] = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
    "八": 8, "九": 9, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8,
    "玖": 9,
}
_CHINESE_MULTIPLIERS = {"十": 10, "百": 100, "千": 1000, "拾": 10, "佰": 100, "仟": 1000}
_CHINESE_CHARS = "".join(CHINESE_DIGITS) + "".join(_CHINESE_MULTIPLIERS) + "点"

_ARABIC_RE = later(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_CHINESE_RE = later(f"[{_CHINESE_CHARS}]+")
_MAGNITUDE_RE = later(r"[十百千]?(?:万亿|万|亿)?")
_ODD_CHARS = "余多"
# Units that begin with a magnitude character: 千克 is a unit, not 千 × 克.
_UNITS_STARTING_WITH_MAGNITUDE = ("千克", "千瓦时", "千瓦", "千米", "百分点", "千分点", "万分之", "千分之")


class NumeralError(ValueError):
    """The text has no numeral the tool can read."""


class Numeral(Value):
    """A numeral as written, in plain numbers (before any unit)."""

    __slots__ = ("chinese", "decimals", "magnitude", "odd", "significant", "span", "step", "value")

    def __init__(self, value: Fraction, step: Fraction, significant: Fraction, magnitude: int,
                 decimals: int, odd: Fraction | None = None,
                 span: tuple[Fraction, Fraction] | None = None, chinese: bool = False):
        self.value = value
        self.step = step  # place value of the last written digit, times the magnitude
        self.significant = significant  # place value of the last significant digit, times the magnitude
        self.magnitude = magnitude  # the largest magnitude written (1, 10⁴, 10⁸, 10¹²), for display
        self.decimals = decimals  # decimals written in the last component
        self.odd = odd  # the width u of a 余/多 reading (X, X + u)
        self.span = span  # adjacent numerals 三四十 → (30, 40)
        self.chinese = chinese

    def _fields(self) -> tuple:
        return (self.value, self.step, self.significant, self.magnitude, self.decimals, self.odd,
                self.span, self.chinese)


class _Digits(Value):
    __slots__ = ("chinese", "colloquial_single", "decimals", "significant", "span", "step", "value")

    def __init__(self, value: Fraction, step: Fraction, significant: Fraction, decimals: int,
                 span: tuple[Fraction, Fraction] | None = None, chinese: bool = False,
                 colloquial_single: bool = False):
        self.value = value
        self.step = step
        self.significant = significant
        self.decimals = decimals
        self.span = span
        self.chinese = chinese
        self.colloquial_single = colloquial_single  # a lone Chinese digit (三万五 → the 五)

    def _fields(self) -> tuple:
        return (self.value, self.step, self.significant, self.decimals, self.span, self.chinese,
                self.colloquial_single)


def _place_of_last_nonzero(n: Fraction, decimals: int) -> Fraction:
    if decimals > 0:
        return Fraction(1, 10**decimals)
    k = int(n)
    if k == 0:
        return Fraction(1)
    place = 1
    while k % 10 == 0:
        k //= 10
        place *= 10
    return Fraction(place)


def _read_arabic(text: str) -> _Digits:
    plain = text.replace(",", "")
    whole, _, frac = plain.partition(".")
    decimals = len(frac)
    value = Fraction(int(whole + frac), 10**decimals)
    step = Fraction(1, 10**decimals)
    return _Digits(value, step, _place_of_last_nonzero(value, decimals), decimals)


def _read_chinese(text: str) -> _Digits:
    """Read a Chinese numeral below 万: 三千, 一百二十, 十五, 二〇二三, 三点五, 三四十."""
    whole, sep, frac = text.partition("点")
    if sep:
        if not frac or any(c not in CHINESE_DIGITS for c in frac):
            raise NumeralError(f"cannot read the decimals of {text!r}")
        digits = "".join(str(CHINESE_DIGITS[c]) for c in frac)
        base = _read_chinese(whole) if whole else None
        if base is None or base.span is not None or base.decimals:
            raise NumeralError(f"cannot read {text!r}")
        decimals = len(digits)
        value = base.value + Fraction(int(digits), 10**decimals)
        step = Fraction(1, 10**decimals)
        return _Digits(value, step, step, decimals, chinese=True)
    span = _adjacent(whole)
    if span is not None:
        lo, hi, place = span
        return _Digits(lo, place, place, 0, span=(lo, hi), chinese=True)
    if all(c in CHINESE_DIGITS for c in whole):
        if len(whole) == 1:
            v = Fraction(CHINESE_DIGITS[whole])
            return _Digits(v, Fraction(1), Fraction(1), 0, chinese=True, colloquial_single=True)
        if len(whole) >= 3 or whole[0] in "〇零":
            # 二〇二三: a digit string.
            v = Fraction(int("".join(str(CHINESE_DIGITS[c]) for c in whole)))
            return _Digits(v, Fraction(1), _place_of_last_nonzero(v, 0), 0, chinese=True)
        raise NumeralError(f"{whole!r} is not a numeral the tool can read")
    total = 0
    current: int | None = None
    last_multiplier: int | None = None
    zero_seen = False
    for ch in whole:
        if ch in CHINESE_DIGITS:
            if current is not None:
                raise NumeralError(f"{whole!r} is not a well-formed Chinese numeral")
            d = CHINESE_DIGITS[ch]
            if d == 0:
                zero_seen = True
                continue
            current = d
        else:
            m = _CHINESE_MULTIPLIERS[ch]
            if last_multiplier is not None and m >= last_multiplier:
                raise NumeralError(f"{whole!r} is not a well-formed Chinese numeral")
            total += (current if current is not None else 1) * m
            current = None
            last_multiplier = m
            zero_seen = False
    value = total
    step = 1
    if current is not None:
        if last_multiplier is not None and last_multiplier >= 100 and not zero_seen:
            # 一百五 = 150, 两千三 = 2300: the digit takes the next lower place.
            place = last_multiplier // 10
            value += current * place
            step = place
        else:
            value += current
    v = Fraction(value)
    sig = _place_of_last_nonzero(v, 0)
    return _Digits(v, Fraction(step), max(sig, Fraction(step)), 0, chinese=True)


_NEXT = {1: 2, 2: 3, 3: 4, 4: 5, 5: 6, 6: 7, 7: 8, 8: 9}
_ADJACENT = later(r"(十)?([一二两三四五六七八九])([一二两三四五六七八九])([十百千])?")


def _adjacent(text: str) -> tuple[Fraction, Fraction, Fraction] | None:
    """Adjacent numerals: 三四十 → (30, 40), 十七八 → (17, 18), 两三 → (2, 3), 三五 → (3, 5)."""
    m = _ADJACENT.fullmatch(text)
    if not m:
        return None
    ten, a, b, mult = m.groups()
    da, db = CHINESE_DIGITS[a], CHINESE_DIGITS[b]
    if not (db == _NEXT.get(da) or (da, db) == (3, 5)):
        return None
    if ten and mult:
        return None
    place = _CHINESE_MULTIPLIERS[mult] if mult else 1
    offset = 10 if ten else 0
    return (Fraction(offset + da * place), Fraction(offset + db * place), Fraction(place))


def read_numeral(text: str, pos: int = 0) -> tuple[Numeral, int]:
    """Read the numeral that starts at ``pos``; return it and the position after it.

    Understands 227.6, 1,234.5, 三千, 1.5万亿, 6187亿6000万, 三万五, 10余万, 10万余, 4000余,
    七八成 (the span), and stops before the unit.
    """
    components: list[tuple[_Digits, int]] = []
    odd: Fraction | None = None
    i = pos
    n = len(text)
    while i < n:
        if components and (text.startswith(_UNITS_STARTING_WITH_MAGNITUDE, i) or text[i] in "十百千拾佰仟"):
            break  # 120万千瓦: the 千 starts the unit, not another number (5万千元 is refused later)
        digits, j = _read_digits(text, i)
        if digits is None:
            break
        if odd is not None:
            raise NumeralError(f"a number follows 余/多 in {text!r}")
        i = j
        odd_before = i < n and text[i] in _ODD_CHARS
        if odd_before:
            i += 1
        mag_text = _magnitude_at(text, i)
        magnitude = magnitude_value(mag_text)
        if magnitude is None:
            raise NumeralError(f"cannot read the magnitude {mag_text!r}")
        i += len(mag_text)
        if components and magnitude >= components[-1][1]:
            if digits.colloquial_single and not mag_text:
                pass
            else:
                raise NumeralError(f"magnitudes must fall from left to right in {text!r}")
        if odd_before:
            odd = digits.significant * magnitude
        elif i < n and text[i] in _ODD_CHARS:
            i += 1
            odd = (digits.step if digits.decimals else Fraction(1)) * magnitude
        components.append((digits, magnitude))
        if not mag_text:
            break
    if not components:
        raise NumeralError(f"no number in {text[pos:]!r}")
    return _combine(components, odd, text), i


def _magnitude_at(text: str, i: int) -> str:
    """The magnitude characters at i (万, 亿, 万亿, 千万 …), or '' before a unit like 千克."""
    if text.startswith(_UNITS_STARTING_WITH_MAGNITUDE, i):
        return ""
    m = _MAGNITUDE_RE.match(text, i)
    return m.group(0) if m else ""


_VAGUE_RE = later(r"十几|[几数][十百千]?(?=[万亿十百千]|[^\d一二三四五六七八九〇零]|$)")


def _read_vague(chunk: str) -> _Digits:
    """十几 → 11–19; 几十, 数十 → 20–90; 几百 → 200–900; 几 (before 万) → 2–9."""
    if chunk == "十几":
        return _Digits(Fraction(11), Fraction(1), Fraction(1), 0, (Fraction(11), Fraction(19)), True)
    place = Fraction(_CHINESE_MULTIPLIERS[chunk[1]]) if len(chunk) == 2 else Fraction(1)
    return _Digits(2 * place, place, place, 0, (2 * place, 9 * place), True)


#: 三、四家 as 三四家: two adjacent digits listed with 、 are a span too, when the list is only
#: these two and a word runs into them (有三、四家; not 二、三、四, 第三、四名, a heading's 三、).
_ADJACENT_LISTED = later(r"([一二两三四五六七八九])、([一二两三四五六七八九][十百千]?)"
                         r"(?![一二两三四五六七八九十百千、])")


def _read_digits(text: str, i: int) -> tuple[_Digits | None, int]:
    m = _ADJACENT_LISTED.match(text, i)
    if m and (i == 0 or ("\u4e00" <= text[i - 1] <= "\u9fff" and text[i - 1] != "第")) \
            and (span := _adjacent(m.group(1) + m.group(2))):
        lo, hi, place = span
        return _Digits(lo, place, place, 0, span=(lo, hi), chinese=True), m.end()
    m = _VAGUE_RE.match(text, i)
    if m:
        return _read_vague(m.group(0)), m.end()
    m = _ARABIC_RE.match(text, i)
    if m:
        return _read_arabic(m.group(0)), m.end()
    m = _CHINESE_RE.match(text, i)
    if m:
        # 十百千 stay inside the Chinese numeral; 万/亿 are read as magnitudes (三千万 → 3000 万).
        return _read_chinese(m.group(0)), m.end()
    return None, i


def _combine(components: list[tuple[_Digits, int]], odd: Fraction | None, text: str) -> Numeral:
    last, last_mag = components[-1]
    # 三万五: a lone Chinese digit after a magnitude takes the next lower place.
    if len(components) >= 2 and last.colloquial_single and last_mag == 1:
        prev_mag = components[-2][1]
        place = Fraction(prev_mag, 10)
        value = sum((d.value * m for d, m in components[:-1]), Fraction(0)) + last.value * place
        step = place
        top = components[0][1]
        return Numeral(value, step, step, top, 0, odd, None, True)
    if len(components) == 1:
        value = last.value * last_mag if last_mag != 1 else last.value
    else:
        value = sum((d.value * m for d, m in components), Fraction(0))
    step = last.step * last_mag if last_mag != 1 else last.step
    significant = last.significant * last_mag if last_mag != 1 else last.significant
    top = components[0][1]
    span = None
    if last.span is not None:
        if len(components) > 1:
            raise NumeralError(f"adjacent numerals cannot follow another number in {text!r}")
        span = (last.span[0] * last_mag, last.span[1] * last_mag)
    chinese = any(d.chinese for d, _ in components)
    return Numeral(value, step, significant, top, last.decimals, odd, span, chinese)

