"""Read a figure as the article writes it: '227.6亿元' → a Quantity with an exact interval.

The meaning of every word follows docs/conventions.md: qualifiers (超 余 近 约 不足 以上 …) give
hard bounds (a relation that leaves them fails) and soft bounds (plausibility: a warning);
plain figures get the interval their written precision and the rounding mode allow.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field, replace
from fractions import Fraction
from functools import lru_cache

from .interval import ROUNDING_MODES, Interval, rounding_interval
from .lexicon import (
    BOUND,
    CLASS_SUFFIX,
    COMPARISON,
    DOUBLING,
    DOUBLING_AFTER,
    DOUBLING_BOUND,
    DOUBLING_REACHED,
    DOUBLING_WORDS,
    DOWN,
    ESTIMATE,
    NEUTRAL,
    PARTICLES,
    PERIOD,
    SUFFIX,
    TO_LEVEL,
    UP,
)
from .numerals import CHINESE_DIGITS, NumeralError, read_numeral
from .patterns import compiled, later
from .units import (
    MAGNITUDE_NAMES,
    NUMBER,
    Unit,
    known_unit_names,
    lookup_unit,
    normalise_traditional,
)

__all__ = [
    "REASONS",
    "NotAQuantity",
    "Quantity",
    "QuantityError",
    "UnknownUnit",
    "normalise",
    "parse_factor",
    "parse_quantity",
    "parse_rate",
    "thousands_gaps",
]


_ZERO = Fraction(0)

#: Longer text is refused before reading (a figure is a few characters; this bounds the work).
MAX_FIGURE_LENGTH = 200


#: Why the parser refuses a figure: the stable ``code`` of a QuantityError, and what it means.
REASONS: dict[str, str] = {
    "rounding-mode": "the rounding mode asked for is not one the tool knows",
    "empty": "the value is empty",
    "hidden-digit": "a superscript, subscript or circled digit (5², ①) that normalising would turn "
                    "into a plain one",
    "split-number": "a space splits the number",
    "too-long": "longer than any figure",
    "exponent": "exponent notation (1e5)",
    "not-a-quantity": "a name with numbers in it (十四五, 二十大, PM2.5, 一号工程)",
    "number-in-name": "more numbers after the unit: a name (两特三新一智能)",
    "name-after-unit": "words after a known unit: the number is part of a name (15分钟医保服务圈)",
    "two-bounds": "two bound words that disagree (超…以下)",
    "bad-numeral": "the numeral reader cannot read the number",
    "bad-rank": "a rank that is not a whole number from 1",
    "range-units": "the two ends of a range have different units",
    "minus-after-decrease": "a minus sign after a word of decrease (下降-3%)",
    "no-number": "no number where the figure should start",
    "unit-after-per": "a unit after 百分之, 千分之 or 万分之",
    "tenths": "a share in 成 over 十成",
    "share-out-of-range": "a share in 成 outside 0 to 十成",
    "magnitude-without-digit": "a magnitude (万, 千) follows another with no digit before it (5万千元)",
    "ambiguous-magnitude": "兆, which is 10⁶ or 10¹² by region",
    "unknown-unit": "a unit the tool does not know and the fact file does not declare",
    "bad-doubling": "a number of doublings that is not a small whole number",
    "decrease-by-factor": "减少/降低 x倍, which is not standard usage",
    "not-a-factor": "a multiple the tool cannot read",
    "factor-unit": "a multiple with a unit: a factor is a plain number of times",
    "not-a-rate": "a growth rate that is not a percentage or 百分点",
}


class QuantityError(ValueError):
    """A figure the tool cannot read. ``str(err)`` names the text and says why; ``code`` is the
    reason as a stable word (a key of :data:`REASONS`), for programs."""

    def __init__(self, text: str, reason: str, hint: str | None = None, *, code: str):
        self.text = text
        self.reason = reason
        self.hint = hint
        self.code = code
        message = f"cannot read {text!r}: {reason}"
        if hint:
            message += f" ({hint})"
        super().__init__(message)


class NotAQuantity(QuantityError):
    """The text is a name with numbers in it (十四五, 二十大, PM2.5), not a figure."""

    def __init__(self, text: str, reason: str, hint: str | None = None, *,
                 code: str = "not-a-quantity"):
        super().__init__(text, reason, hint, code=code)


class UnknownUnit(QuantityError):
    """The unit is not one the tool knows and the fact file did not declare it."""

    def __init__(self, text: str, unit: str):
        close = difflib.get_close_matches(unit, known_unit_names(), n=3, cutoff=0.4)
        hint = f"did you mean {', '.join(close)}? " if close else ""
        hint += f"declare it in the file: units: {{{unit}: count}}"
        self.unit = unit
        super().__init__(text, f"unknown unit {unit!r}", hint, code="unknown-unit")


@dataclass(frozen=True, slots=True)
class Quantity:
    """A figure as written, with the exact interval its wording and precision allow.

    ``interval`` and ``soft`` are in the base unit of the dimension (元, m², count, ratio, pp …).
    """

    written: str
    value: Fraction  # the number as stated, in base units
    interval: Interval  # hard bounds: a relation outside them fails
    unit: Unit
    magnitude: int = 1  # 万 = 10⁴, 亿 = 10⁸: for printing in the article's own unit
    decimals: int = 0
    step: Fraction | None = None  # the rounding step, in base units, for plain figures
    qualifier: str | None = None  # more-than, reached, at-least, at-most, under, odd, nearly, about
    qualifier_text: str | None = None  # the word as written: 超, 余, 近 …
    soft: Interval | None = None  # plausibility bounds (warnings only)
    estimate: bool = False  # 预计, 目标: a projection, failures are warnings
    change: bool = False  # 增长/下降 x: a change, not a level
    kind: str = "level"  # level, change, factor, rank
    _checked: Interval = field(init=False, repr=False, compare=False)

    @property
    def dimension(self) -> str:
        return self.unit.dimension

    @property
    def approximate(self) -> bool:
        """约/左右: every bound is soft."""
        return self.qualifier == "about"

    @property
    def integer(self) -> bool:
        """Counts of whole things: their value is an integer, written to whole units or coarser
        (3.0天 and 2.5人 are measurements or averages: written to a tenth, they are no count)."""
        return self.unit.integer and self.value.denominator == 1 and \
            (self.step is None or self.step >= 1)

    @property
    def checked_interval(self) -> Interval:
        """The interval the checks use: counts keep only their whole numbers ≥ 0."""
        return self._checked

    def __post_init__(self) -> None:
        checked = self.interval
        if self.integer:
            if self.unit.dimension in ("count", "visits") and not self.change:
                checked = checked.clip(_ZERO, None) or checked
            checked = checked.integer_hull() or self.interval
        object.__setattr__(self, "_checked", checked)

    def with_rounding(self, mode: str) -> Quantity:
        """The same figure read under another rounding mode (plain figures only)."""
        if self.step is None or self.qualifier is not None or self.interval.is_point:
            return self
        return replace(self, interval=rounding_interval(self.value, self.step, mode))


# --- normalisation --------------------------------------------------------------------------
_DASHES = str.maketrans({"−": "-", "–": "-", "—": "-", "～": "~", "〜": "~"})
_SPACES = later(r"\s+")


def normalise(text: str) -> str:
    """Full-width to half-width, traditional to simplified, no spaces, one kind of minus."""
    s = unicodedata.normalize("NFKC", text)
    s = normalise_traditional(s).translate(_DASHES)
    return _SPACES.sub("", s)


# --- names that contain numbers -------------------------------------------------------------
_NAME_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (later(r"^十[一二三四五六]五(规划|时期|期间)?"), "a Five-Year Plan (十四五 = 2021–2025)"),
    (later(r"^[一二三四五六七八九十]+大(精神|报告|代表)?$"), "a Party congress (二十大)"),
    (later(r"^[一二三四五六七八九十\d]+号"), "a name with an ordinal (一号工程)"),
    (later(r"[“”\"'「」『』《》]"), "a quoted name (“532”发展战略)"),
    (later(r"(?i)^pm\d"), "an air pollutant's name (PM2.5)"),
    (later(r"[一二三四五六七八九两\d]位一体|[一二三四五六七八九两\d]体化"), "a phrase (三位一体)"),
    (later(r"\d\.\d+(?:模式|版|时代)"), "a version name (2.0模式)"),
)


def _refuse_names(text: str, s: str) -> None:
    for pattern, what in _NAME_PATTERNS:
        if pattern.search(s):
            raise NotAQuantity(text, f"this is {what}, not a quantity")


# --- the words around a number (factcheck.lexicon) ------------------------------------------
#: Words before the number that bound it (超, 近 …) or only state it (达, 为, 全年 …), longest first.
_PREFIX_QUALIFIERS: tuple[tuple[str, str | None], ...] = tuple(
    sorted(
        [*BOUND.items(), *((w, None) for w in (*NEUTRAL, *PERIOD))],
        key=lambda kv: -len(kv[0]),
    )
)
#: What may follow a word of change before its number: 下降了3%, 增长超5%, 下降不足1%.
_AFTER_CHANGE = (*PARTICLES, *BOUND)


def _strip_prefix(s: str, words: tuple[str, ...]) -> tuple[str, str | None]:
    if not s.startswith(words):  # the common case, one call: no word of the group
        return s, None
    for w in words:
        if s.startswith(w):
            return s[len(w):], w
    return s, None


class _Words:
    """What the words around the number said."""

    __slots__ = ("change", "estimate", "qualifier", "qualifier_text", "sign")

    def __init__(self, qualifier: str | None = None, qualifier_text: str | None = None,
                 estimate: bool = False, sign: int = 1, change: bool = False):
        self.qualifier = qualifier
        self.qualifier_text = qualifier_text
        self.estimate = estimate
        self.sign = sign
        self.change = change

    def set_qualifier(self, text: str, word: str, q: str | None) -> None:
        if q is None:
            return
        if self.qualifier is not None and self.qualifier != q:
            kept = _BOTH_BOUNDS.get(frozenset((self.qualifier, q)))
            if kept is None:
                raise QuantityError(text, f"two bound words ({self.qualifier_text} and {word})",
                                    code="two-bounds")
            if kept == q:
                self.qualifier, self.qualifier_text = q, word
            return
        self.qualifier, self.qualifier_text = q, word


#: Two bound words on one side that both hold (超50亿元以上, 突破…以上, 不超过…以下): the stricter.
_BOTH_BOUNDS: dict[frozenset[str], str] = {
    frozenset(("more-than", "at-least")): "more-than",
    frozenset(("reached", "at-least")): "reached",
    frozenset(("under", "at-most")): "under",
}


def _read_prefixes(text: str, s: str, words: _Words) -> str:
    if not s or s[0] not in _PREFIX_FIRST:
        return s  # the common case: the figure starts with its number
    changed = True
    while changed and s:
        changed = False
        rest, w = _strip_prefix(s, ESTIMATE)
        if w:
            words.estimate, s, changed = True, rest, True
            continue
        rest, w = _strip_prefix(s, COMPARISON)
        if w:
            s, changed = rest, True
            continue
        rest, w = _strip_prefix(s, TO_LEVEL)
        if w and rest and (rest[0].isdigit() or rest[0] in _NUMBER_START or rest[0] in "万亿百千"
                           or rest.startswith(_AFTER_CHANGE)):
            s, changed = rest, True  # not 回落至|少一万: 回落|至少一万
            continue
        for group, sign in ((UP, 1), (DOWN, -1)):
            rest, w = _strip_prefix(s, group)
            if w and any(len(b) > len(w) and s.startswith(b) for b in _PREFIX_QUALIFIER_WORDS):
                continue  # 跌破5万吨: the bound word 跌破 (under), not the fall 跌
            if w and rest and (rest[0].isdigit() or rest[0] in _NUMBER_START
                               or rest.startswith(_AFTER_CHANGE)):
                rest, _ = _strip_prefix(rest, PARTICLES)
                words.change, words.sign, s, changed = True, sign, rest, True
                break
        if changed:
            continue
        for word, q in _PREFIX_QUALIFIERS if s.startswith(_PREFIX_QUALIFIER_WORDS) else ():
            if s.startswith(word):
                rest = s[len(word):]
                if rest and (rest[0].isdigit() or rest[0] in _NUMBER_START or rest[0] in "万亿"):
                    words.set_qualifier(text, word, q)
                    s, changed = rest, True
                    break
    return s


_NUMBER_START = set(CHINESE_DIGITS) | set("十百千几数-+负第前")  # 百/千: 增长千万元, 超百亿
_PREFIX_QUALIFIER_WORDS = tuple(w for w, _ in _PREFIX_QUALIFIERS)
_PREFIX_FIRST = frozenset(
    w[0] for w in (*ESTIMATE, *COMPARISON, *TO_LEVEL, *UP, *DOWN, *(w for w, _ in _PREFIX_QUALIFIERS))
)
_SUFFIX_LAST = frozenset(w[-1] for w in SUFFIX)


def _read_suffixes(text: str, s: str, words: _Words) -> str:
    if not s or s[-1] not in _SUFFIX_LAST:
        return s
    changed = True
    while changed:
        changed = False
        for word, q in SUFFIX.items():
            if s.endswith(word) and len(s) > len(word):
                words.set_qualifier(text, word, q)
                s = s[: -len(word)]
                changed = True
    return s


# --- ranks ----------------------------------------------------------------------------------
_RANK = Unit("名", "rank", "rank", Fraction(1), True)
_RANK_RE = later(
    r"^(?:全[国省市区县镇]|全球|世界|区内|市内)?(?:(?P<first>第)(?:(?P<n0>[\d.一二两三四五六七八九十百千]+)"
    r"(?:至|到|-|~)第)?(?P<n1>[\d.一二两三四五六七八九十百千万亿]+)"
    r"[名位家个座站城区县市省大]?"
    r"|(?P<head>首)(?:位|把交椅)"
    r"|(?P<top>前)(?P<n2>[\d.一二两三四五六七八九十百千万亿]+)(?:[名位强甲城]|把交椅)?"
    r"|(?P<n3>[\d一二两三四五六七八九十百千]+)强)$"
)


def _read_rank(text: str, s: str) -> Quantity | None:
    m = _RANK_RE.match(s)
    if not m:
        return None
    if m.group("head"):  # 首位: the top place
        return Quantity(text, Fraction(1), Interval.point(1), _RANK, kind="rank")
    digits = m.group("n1") or m.group("n2") or m.group("n3")
    try:
        numeral, end = read_numeral(digits)
    except NumeralError as err:
        raise QuantityError(text, str(err), code="bad-numeral") from None
    if end != len(digits) or numeral.value < 1 or numeral.value.denominator != 1:
        raise QuantityError(text, "a rank must be a whole number from 1", code="bad-rank")
    n = numeral.value
    if m.group("n0"):  # 第三至第七位: ranks 3 to 7
        low = _read_rank(text, "第" + m.group("n0"))
        assert low is not None
        if low.value > n:
            raise QuantityError(text, "a range of ranks must rise", code="bad-rank")
        return Quantity(text, n, Interval(low.value, n), _RANK, qualifier="range",
                        qualifier_text="至", kind="rank")
    if m.group("first"):
        return Quantity(text, n, Interval.point(n), _RANK, kind="rank")
    q = "at-most"
    return Quantity(
        text, n, Interval(Fraction(1), n), _RANK, qualifier=q,
        qualifier_text="前" if m.group("top") else "强", kind="rank",
    )


# --- the parser -----------------------------------------------------------------------------
def parse_quantity(
    text: str,
    rounding: str = "up_or_down",
    declared: tuple[tuple[str, Unit], ...] = (),
) -> Quantity:
    """Read a figure: '227.6亿元', '超八成', '4000余个', '近三成', '第32名', '3个百分点'.

    ``declared`` holds the units a fact file declares (name, Unit). Raises QuantityError
    (NotAQuantity, UnknownUnit) naming the text when it cannot read it.
    """
    if rounding not in ROUNDING_MODES:
        raise QuantityError(text, f"unknown rounding mode {rounding!r}", code="rounding-mode")
    return _parse_cached(text, rounding, declared)


@lru_cache(maxsize=16384)  # about 10 MB: the distinct figures of ~1,000 fact files
def _parse_cached(text: str, rounding: str, declared: tuple[tuple[str, Unit], ...]) -> Quantity:
    if not text.isascii() or " " in text or "\t" in text:
        _refuse_hidden_digits(text)
    s = normalise(text)
    if not s:
        raise QuantityError(text, "the value is empty", code="empty")
    fast = _parse_plain(text, s, rounding, declared)
    if fast is not None:
        return fast
    return _parse_general(text, s, rounding, declared)


_PLAIN = later(r"(\d+)(?:\.(\d+))?(万亿|亿|万)?([^\d.余多以左上下约近超逾十百千万亿之]*)")
_PLAIN_MAGNITUDES = {None: 1, "万": 10**4, "亿": 10**8, "万亿": 10**12}


def _parse_plain(text: str, s: str, rounding: str,
                 declared: tuple[tuple[str, Unit], ...]) -> Quantity | None:
    """The common case read directly: digits, optional decimals, 万/亿, a known unit (227.6亿元).

    Returns None for anything else, which the general reader handles; both give the same
    Quantity for the forms this one accepts (a test holds them to it).
    """
    m = _PLAIN.fullmatch(s)
    if m is None or len(s) > 40:
        return None
    whole, frac, mag, unit_text = m.groups()
    if mag and unit_text.removeprefix("元") in CLASS_SUFFIX:
        return None  # 5万级: a class, read by the general reader
    unit = (lookup_unit(unit_text, dict(declared)) if declared else lookup_unit(unit_text)) \
        if unit_text else NUMBER
    if unit is None or unit.name == "成" or unit.dimension == "factor":
        return None
    decimals = len(frac) if frac else 0
    magnitude = _PLAIN_MAGNITUDES[mag]
    digits = int(whole + (frac or ""))
    # In integers: step = magnitude / 10^decimals × the unit's factor, value = digits × step.
    step_num = magnitude * unit.factor.numerator
    step_den = 10**decimals * unit.factor.denominator
    step = Fraction(step_num, step_den)
    value = Fraction(digits * step_num, step_den)
    if unit.integer and value.denominator == 1 and magnitude == 10**decimals:
        interval = Interval(value, value, True, True)
    elif rounding == "up_or_down":  # value ± step/2 = (2·digits ∓ 1) × step/2
        interval = Interval(Fraction((2 * digits - 1) * step_num, 2 * step_den),
                            Fraction((2 * digits + 1) * step_num, 2 * step_den), True, True)
    else:
        interval = rounding_interval(value, step, rounding)
    return Quantity(text, value, interval, unit, magnitude, decimals, step)


# Superscript, subscript and circled digits become plain digits under NFKC (5² → 52); m² stays.
_COMPAT_DIGIT = later(r"[¹\u2070-\u2089\u2460-\u24ff\u2776-\u2793\u3220-\u3229\u3280-\u3289]"
                           r"|(?<![mM])[²³]")
_SPLIT_NUMBER = later(r"\d\s+\d")

#: One space, no-break space or thin space between groups of digits.
_GROUP_SPACE = " \u00a0\u2009\u202f"
#: A number whose thousands are set off by a space (1 228.3亿吨公里, 42 690公里, 5 221 km): 1–3
#: digits, not after a digit or a digit and a space (2020 2021年), nor after a label or a model
#: name (图1 201, 表 2 300, 第1 2 3, iPhone 14 128GB), then groups of exactly three digits, the
#: last followed by no digit, even after spaces (a table row 12 345 6, 1 234 5678 is no number).
_THOUSANDS_SPACED = later(
    rf"(?<![\d.,，A-Za-z图表第附])(?<![\dA-Za-z图表第附][{_GROUP_SPACE}])"
    rf"\d{{1,3}}(?:[{_GROUP_SPACE}]\d{{3}})+"
    rf"(?:\.\d+)?(?!\d)(?![{_GROUP_SPACE}]*\d)")
_ONE_GROUP_SPACE = later(rf"[{_GROUP_SPACE}]")


def thousands_gaps(text: str) -> frozenset[int]:
    """The offsets of the spaces that set off thousands in a number (1 228.3亿 is 1228.3亿)."""
    return frozenset(g.start() for m in _THOUSANDS_SPACED.finditer(text)
                     for g in _ONE_GROUP_SPACE.finditer(text, m.start(), m.end()))


def _refuse_hidden_digits(text: str) -> None:
    """Refuse what normalising would silently turn into other digits: 5², ①, '5 5' (not the
    thousands of 1 228.3亿, which a space sets off)."""
    m = _COMPAT_DIGIT.search(text)
    if m:
        raise QuantityError(text, f"{m.group(0)!r} is a superscript, subscript or circled digit, "
                            "not part of a figure", "write the figure as the article does",
                            code="hidden-digit")
    if not _SPACES.search(text):
        return  # no space to split a number (most figures): nothing more to refuse
    gaps = thousands_gaps(text)
    m = next((m for m in _SPLIT_NUMBER.finditer(text) if m.start() + 1 not in gaps), None)
    if m:
        raise QuantityError(text, f"a space splits the number ({m.group(0)!r})",
                            "write one number, or each figure in its own claim", code="split-number")


def _parse_general(text: str, s: str, rounding: str,
                   declared: tuple[tuple[str, Unit], ...]) -> Quantity:
    if len(s) > MAX_FIGURE_LENGTH:
        raise QuantityError(text[:40] + "…", f"{len(text):,} characters is too long for a figure",
                            code="too-long")
    if compiled(r"[-+]?\d+(?:\.\d+)?[eE][-+]?\d+").fullmatch(s):
        raise QuantityError(text, "exponent notation is not how articles write figures",
                            "write the number as the article does", code="exponent")
    _refuse_names(text, s)
    if "翻" in s or s.endswith("倍") or FACTOR_BOUNDED.search(s):
        return _parse_factor_text(text, s, rounding)
    rank = _read_rank(text, s)
    if rank is not None:
        return rank
    words = _Words()
    s = _read_prefixes(text, s, words)
    s = _read_suffixes(text, s, words)
    if "翻" in s or s.endswith("倍"):
        q = _parse_factor_text(text, s, rounding)
        return replace(q, written=text, estimate=q.estimate or words.estimate)
    fraction = _read_fraction(text, s, words)
    if fraction is not None:
        return fraction
    digits = _DIGIT_COUNT.fullmatch(s)
    if digits:
        return _read_digit_count(text, digits, words)
    units = dict(declared)
    span = _split_range(s)
    if span is not None:
        return _parse_range(text, span, rounding, units, words)
    return _parse_single(text, s, rounding, units, words)


# --- fractions and digit counts ------------------------------------------------------------
_FRACTION = later(r"(?P<a>\d{1,3})/(?P<b>\d{1,3})"
                       r"|(?P<cb>[一二两三四五六七八九十百千]+)分之(?P<ca>[一二三四五六七八九十]+)")


def _read_fraction(text: str, s: str, words: _Words) -> Quantity | None:
    """1/6, 三分之一: an exact share (百分之, 千分之 are percentages, read elsewhere)."""
    m = _FRACTION.fullmatch(s)
    if m is None or s.startswith(("百分之", "千分之", "万分之")):
        return None
    try:
        if m.group("a"):
            a, b = int(m.group("a")), int(m.group("b"))
        else:
            a = int(read_numeral(m.group("ca"))[0].value)
            b = int(read_numeral(m.group("cb"))[0].value)
    except NumeralError as err:
        raise QuantityError(text, str(err), code="bad-numeral") from None
    if b == 0 or a > b:
        raise NotAQuantity(text, "not a share of a whole (a date or a code)", code="not-a-quantity")
    x = Fraction(a, b)
    if words.sign < 0:
        x = -x
    if words.qualifier is None:
        interval, soft = Interval.point(x), None
    elif words.qualifier == "nearly":  # 近2/3: within one b-th below, as 近三成 is within one 成
        interval, soft = _bounds("nearly", x, _ZERO, Fraction(1, b), _ZERO, "up_or_down", NUMBER, _ZERO)
    else:
        interval, _ = _bounds(words.qualifier, x, _ZERO, _ZERO, _ZERO, "up_or_down", NUMBER, _ZERO)
        soft = None
    return Quantity(text, x, interval, _SHARE, 1, 0, None, words.qualifier, words.qualifier_text,
                    soft, words.estimate, words.change, "change" if words.change else "level")


#: A share written as a fraction (1/6, 三分之一): a ratio, exact, and no percentage (a percentage
#: right after a count is a share of that count; 宁波的1/6 is a ratio of two levels).
_SHARE = Unit("分之", "ratio", "ratio")


_DIGIT_COUNT = later(r"(?P<n>[一两二三四五六七八九])位数(?:的)?(?:增长|增速|增幅)?")


def _read_digit_count(text: str, m: re.Match[str], words: _Words) -> Quantity:
    """两位数增长: a growth rate with two digits before the point, [10%, 100%)."""
    n = CHINESE_DIGITS[m.group("n")]
    lo = Fraction(0) if n == 1 else Fraction(10) ** (n - 3)
    interval = Interval(lo, Fraction(10) ** (n - 2), True, False)
    return Quantity(text, lo, interval, _RATIO, qualifier="digits", qualifier_text="位数",
                    estimate=words.estimate, change=True, kind="change")


_RANGE = later(r"(?P<a>[\d.,]+[^\d~至到-]*)(?:-|~|至|到)(?P<b>[\d.,]+.*)")


def _split_range(s: str) -> tuple[str, str] | None:
    m = _RANGE.fullmatch(s)
    if not m:
        return None
    return m.group("a"), m.group("b")


def _parse_range(text, span, rounding, units, words) -> Quantity:
    a_text, b_text = span
    b = _parse_single(text, b_text, rounding, units, _Words())
    try:
        a = _parse_single(text, a_text, rounding, units, _Words())
    except UnknownUnit:
        raise
    except QuantityError:
        a = None
    if a is None or a.unit.name == "":
        # 100-200亿元: the first end takes the second's magnitude and unit.
        mag = MAGNITUDE_NAMES.get(b.magnitude, "") if a is None or a.magnitude == 1 else ""
        a = _parse_single(text, a_text + mag + b.unit.name, rounding, units, _Words(),
                          b.magnitude)
    if a.unit.key != b.unit.key:
        raise QuantityError(text, "the two ends of the range have different units",
                            code="range-units")
    interval = a.interval.hull(b.interval)
    value = (a.value + b.value) / 2
    if words.sign < 0:  # 下降3-5%
        interval, value = -interval, -value
    return Quantity(
        text, value, interval, b.unit, b.magnitude, b.decimals,
        qualifier="range", qualifier_text="-", estimate=words.estimate, change=words.change,
    )


def _parse_single(
    text: str, s: str, rounding: str, units: dict[str, Unit], words: _Words,
    inherit_magnitude: int | None = None,
) -> Quantity:
    sign = words.sign
    per = None
    if s.startswith(("-", "负")) and s[1:].startswith(("百分之", "千分之", "万分之")):
        sign, s = -sign, s[1:]  # 负百分之三: the minus before the share
        if words.change and words.sign < 0:
            raise QuantityError(text, "a minus sign after a word of decrease (下降, 减少 …) "
                                "contradicts it", "write 下降3% or -3%",
                                code="minus-after-decrease")
    for prefix, unit_name in (("百分之", "%"), ("千分之", "‰"), ("万分之", "‱")):
        if s.startswith(prefix):
            per, s = unit_name, s[len(prefix):]
            break
    if s.startswith(("-", "负")):
        if words.change and words.sign < 0:
            raise QuantityError(text, "a minus sign after a word of decrease (下降, 减少 …) "
                                "contradicts it", "write 下降3% or -3%",
                                code="minus-after-decrease")
        sign, s = -sign, s[1:]
    elif s.startswith("+"):
        s = s[1:]
    if s.startswith(("万", "亿")) and (words.qualifier is not None or s[1:2] in ("余", "多")
                                      or s.endswith(CLASS_SUFFIX)):
        s = "一" + s  # 近万人, 逾亿元, 万余人: after a bound word, a bare magnitude is one of it
    if not s or not (s[0].isdigit() or s[0] in CHINESE_DIGITS or s[0] in "十百千几数"):
        raise QuantityError(text, "no number found", "write the figure as the article does",
                            code="no-number")
    try:
        numeral, end = read_numeral(s)
    except NumeralError as err:
        raise QuantityError(text, str(err), code="bad-numeral") from None
    unit_text = s[end:]
    if numeral.magnitude >= 10**4 and unit_text.removeprefix("元") in CLASS_SUFFIX \
            and per is None and numeral.odd is None and numeral.span is None:
        return _read_class(text, s[:end], unit_text, numeral, sign, words, units)
    odd = numeral.odd
    for word in ("余", "多"):
        # 一个多月, 一年多: the word after the counter still belongs to the number.
        if odd is None and word in unit_text:
            before, _, after = unit_text.partition(word)
            candidate = before + after
            if _lookup(candidate, units) is not None or candidate == "":
                unit_text = candidate
                odd = numeral.step if numeral.decimals else Fraction(1)
                odd *= numeral.magnitude if numeral.magnitude > 1 else 1
        if odd is not None and words.qualifier is None:
            words.qualifier, words.qualifier_text = "odd", word
    if numeral.odd is not None and words.qualifier is None:
        words.qualifier, words.qualifier_text = "odd", "多" if "多" in s[:end] else "余"
    if per is not None:
        if unit_text:
            raise QuantityError(text, f"unexpected {unit_text!r} after {per}", code="unit-after-per")
        unit_text = per
    unit = _lookup(unit_text, units) if unit_text else NUMBER
    if unit is None:
        _raise_unknown(text, s, unit_text)
    if unit.name == "成" and (numeral.span or (numeral.value,))[-1] > 10:
        raise QuantityError(text, "成 counts tenths, from 一成 to 十成 (100%)",
                            "write the share as a percentage", code="tenths")
    factor = unit.factor
    if factor == 1:
        value, step, u = numeral.value, numeral.step, numeral.significant
    else:
        value, step, u = numeral.value * factor, numeral.step * factor, numeral.significant * factor
    if sign < 0:
        value = -value
    magnitude = inherit_magnitude or numeral.magnitude
    if numeral.span is not None:
        lo, hi = sorted((sign * numeral.span[0] * factor, sign * numeral.span[1] * factor))
        interval = Interval(lo, hi)
        q = Quantity(
            text, value, interval, unit, magnitude, numeral.decimals, None, "range",
            "adjacent numerals", estimate=words.estimate, change=words.change,
        )
        return _clip(q)
    odd_width = _ZERO if odd is None else (odd * factor if factor != 1 else odd)
    if words.qualifier is not None and words.change and words.sign < 0 and value < 0:
        # 下降近3%, 负逾5%: bound words speak of the size of the change, so read the magnitude.
        interval, soft = _bounds(words.qualifier, -value, step, u, odd_width, rounding, unit,
                                 numeral.step)
        interval, soft = -interval, (None if soft is None else -soft)
    else:
        interval, soft = _bounds(words.qualifier, value, step, u, odd_width, rounding, unit,
                                 numeral.step)
    q = Quantity(
        text, value, interval, unit, magnitude, numeral.decimals,
        step if words.qualifier is None else None, words.qualifier, words.qualifier_text, soft,
        words.estimate, words.change, "change" if words.change else "level",
    )
    return _clip(q)


_BARE_MAGNITUDE = later("[一]?[十百千]?(?:万亿|万|亿)")


def _read_class(text: str, number: str, unit_text: str, numeral, sign: int, words: _Words,
                units: dict[str, Unit]) -> Quantity:
    """千亿级 [10¹¹, 10¹²): a magnitude alone is any number of it; 3万亿量级 [3, 4)万亿; 近5000亿量级
    [4000, 5000)亿 (CONVENTIONS.md D)."""
    unit = _lookup("元", units) if unit_text.startswith("元") else NUMBER
    assert unit is not None
    x = numeral.value * unit.factor
    u = (numeral.value if _BARE_MAGNITUDE.fullmatch(number) else numeral.significant) * unit.factor
    if sign < 0 or words.qualifier not in (None, "nearly"):
        raise QuantityError(text, f"a bound word before a class of size ({unit_text})",
                            code="two-bounds")
    if words.qualifier == "nearly":
        interval = Interval(x - u, x, True, False)
    elif u == x and _BARE_MAGNITUDE.fullmatch(number):
        interval = Interval(x, 10 * x, True, False)
    else:
        interval = Interval(x, x + u, True, False)
    return Quantity(text, x, interval, unit, numeral.magnitude, numeral.decimals, None,
                    words.qualifier or "class", words.qualifier_text or unit_text.removeprefix("元"),
                    estimate=words.estimate)


def _lookup(unit_text: str, units: dict[str, Unit]) -> Unit | None:
    return lookup_unit(unit_text, units)


def _raise_unknown(text: str, s: str, unit_text: str) -> None:
    if unit_text[:1] in "十百千万亿":
        raise QuantityError(text, f"{unit_text[0]!r} follows the magnitude with no digit before it",
                            "write the number in one magnitude: 5.1万元, 5000万元",
                            code="magnitude-without-digit")
    if compiled(r"[\d一二三四五六七八九十]").search(unit_text):
        raise NotAQuantity(text, "numbers inside a name, not a quantity", code="number-in-name")
    for cut in range(len(unit_text) - 1, 0, -1):
        if lookup_unit(unit_text[:cut]) is not None:
            raise NotAQuantity(
                text, f"{unit_text[cut:]!r} follows the unit: the number is part of a name",
                code="name-after-unit",
            )
    if unit_text.startswith("兆"):
        raise QuantityError(text, "兆 is ambiguous (10⁶ in 兆瓦, 10¹² elsewhere)", "write 万亿",
                            code="ambiguous-magnitude")
    raise UnknownUnit(text, unit_text)


def _bounds(
    qualifier: str | None, x: Fraction, step: Fraction, u: Fraction, odd: Fraction,
    rounding: str, unit: Unit, raw_step: Fraction,
) -> tuple[Interval, Interval | None]:
    """Hard and soft intervals for a qualifier (docs/conventions.md section C)."""
    if qualifier is None:
        if unit.integer and x.denominator == 1 and raw_step == 1:
            return Interval.point(x), None
        return rounding_interval(x, step, rounding), None
    if qualifier == "more-than":
        return Interval(x, None, False, False), Interval(x, x + u, False, False)
    if qualifier == "reached":
        return Interval(x, None, True, False), Interval(x, x + u, True, False)
    if qualifier == "at-least":
        return Interval(x, None, True, False), None
    if qualifier == "at-most":
        return Interval(None, x, False, True), None
    if qualifier == "under":
        if x <= 0:  # 低于-3%: [0, X) would be empty
            return Interval(None, x, False, False), None
        return Interval(Fraction(0), x, True, False), None
    if qualifier == "odd":
        return Interval(x, x + odd, False, False), None
    if qualifier == "nearly":
        return Interval(x - u, x, True, False), Interval(x - u / 2, x, True, False)
    if qualifier == "about":
        about = Interval(x - u / 2, x + u / 2, True, True)
        return about, about
    raise AssertionError(qualifier)


def _clip(q: Quantity) -> Quantity:
    """Keep a share in 成 within [0, 100%] (超八成 → (80%, 100%]).

    Other bounds stay as docs/conventions.md writes them: 以下 is (−∞, X] even for a count; the
    checks use only the whole numbers ≥ 0 of a count anyway.
    """
    if q.unit.name != "成":
        return q
    lo, hi = Fraction(0), Fraction(1)
    clipped = q.interval.clip(lo, hi)
    if clipped is None and not q.change and q.value >= 0:
        raise QuantityError(q.written, "a share in 成 lies within 0 and 十成 (100%)",
                            code="share-out-of-range")
    interval = clipped or q.interval
    soft = q.soft.clip(lo, hi) if q.soft is not None else None
    return replace(q, interval=interval, soft=soft)


# --- factors and rates ----------------------------------------------------------------------
_FACTOR = Unit("倍", "factor", "×")
_RATIO = lookup_unit("%")


def _parse_factor_text(text: str, s: str, rounding: str) -> Quantity:
    """翻倍, 翻一番, 翻两番, 翻了逾一番, 增长1.79倍, 是…的3倍, 3倍 → a factor interval."""
    words = _Words()
    s = _read_prefixes(text, s, words)
    m = DOUBLING.fullmatch(s)
    if s in DOUBLING_WORDS:
        if s.startswith(DOUBLING_REACHED):  # 实现翻倍: at least ×2
            return Quantity(text, Fraction(2), Interval(Fraction(2), None, True, False), _FACTOR,
                            qualifier="at-least", qualifier_text=DOUBLING_REACHED, kind="factor",
                            estimate=words.estimate)
        return Quantity(text, Fraction(2), Interval.point(2), _FACTOR, kind="factor",
                        estimate=words.estimate, qualifier_text="翻倍")
    if m and (m.group("unit") == "番" or m.group("n") in ("", "一")):
        return _read_doubling(text, m, words)
    plus_one = words.change and words.sign > 0
    if words.change and words.sign < 0:
        raise QuantityError(
            text, "减少/降低 x倍 is not standard usage", "write the new level or a percentage",
            code="decrease-by-factor",
        )
    m = _FACTOR_OF.fullmatch(s) or _FACTOR_X.fullmatch(s)
    if not m:
        raise QuantityError(text, "cannot read this factor", "write 翻一番, 增长1.5倍 or 是…的3倍",
                            code="not-a-factor")
    # 增长近1倍: the bound word read before the change word speaks of the x (近1 → [0, 1)), and so
    # does one after the 倍 (增长一倍以上: x ≥ 1, ×2 or more)
    inner = parse_quantity((words.qualifier_text or "") + m.group("x") + (m.group("bound") or ""),
                           rounding)
    if inner.unit.dimension != "number":
        raise QuantityError(text, "a factor is a plain number of times", code="factor-unit")
    if inner.qualifier is None and _CHINESE_WHOLE.fullmatch(m.group("x")):
        # 涨了一倍, 增长两倍: a whole number of times in words is exact, as 翻一番 is
        inner = replace(inner, interval=Interval.point(inner.value), step=None, soft=None)
    interval = inner.interval + Interval.point(1) if plus_one else inner.interval
    soft = None
    if inner.soft is not None:
        soft = inner.soft + Interval.point(1) if plus_one else inner.soft
    value = inner.value + 1 if plus_one else inner.value
    return Quantity(
        text, value, interval, _FACTOR, 1, inner.decimals, inner.step, inner.qualifier,
        inner.qualifier_text, soft, words.estimate or inner.estimate, False, "factor",
    )


_CHINESE_WHOLE = later("[一两二三四五六七八九十]+")
#: a bound word after the 倍 (增长一倍以上, 是上年的3倍以上, 提高1倍左右, 增长1倍多)
_FACTOR_BOUND = "|".join(sorted([*(w for w, q in SUFFIX.items() if q is not None), "多", "余"],
                                key=len, reverse=True))
FACTOR_BOUNDED = later(r"倍(?:" + _FACTOR_BOUND + ")$")
_FACTOR_OF = later(r"(?:是|为|相当于)(?:.*的)?(?P<x>.+)倍(?P<bound>" + _FACTOR_BOUND + ")?")
_FACTOR_X = later(r"(?P<x>.+)倍(?P<bound>" + _FACTOR_BOUND + ")?")


def _read_doubling(text: str, m: re.Match[str], words: _Words) -> Quantity:
    """翻n番 (or 翻(一)倍) with its bound words: ×2ⁿ, 翻了逾一番 (×2, ∞), 翻两番多 (×4, ×8)."""
    n_text = m.group("n") or "一"
    try:
        numeral, end = read_numeral(n_text)
    except NumeralError as err:
        raise QuantityError(text, str(err), code="bad-numeral") from None
    if end != len(n_text) or numeral.value.denominator != 1 or numeral.value > 64:
        raise QuantityError(text, "the number of doublings must be a small whole number",
                            code="bad-doubling")
    factor = Fraction(2) ** int(numeral.value)
    q = m.group("q") or m.group("more")
    qualifier = DOUBLING_BOUND.get(q) or DOUBLING_AFTER.get(q or "")
    if qualifier is None and m.group("lead") == DOUBLING_REACHED:
        q, qualifier = DOUBLING_REACHED, "at-least"  # 实现翻番: a target reached, at least ×2ⁿ
    if qualifier == "more-than":
        interval = Interval(factor, None, False, False)
    elif qualifier == "odd":
        interval = Interval(factor, factor * 2, False, False)
    elif qualifier == "at-least":
        interval = Interval(factor, None, True, False)
    elif qualifier == "nearly":
        interval = Interval(factor / 2, factor, True, False)
    elif qualifier == "about":
        interval = Interval(factor * 3 / 4, factor * 3 / 2)
    else:
        interval = Interval.point(factor)
    return Quantity(text, factor, interval, _FACTOR, qualifier=qualifier, qualifier_text=q,
                    kind="factor", estimate=words.estimate)


def parse_factor(text: str, rounding: str = "up_or_down") -> Quantity:
    """A multiple as the article writes it: 翻倍 ×2, 翻两番 ×4, 增长2倍 ×3, 是…的3倍 ×3, or 1.5."""
    q = parse_quantity(text, rounding)
    if q.unit.dimension == "factor":
        return q
    if q.unit.dimension == "number":
        return replace(q, unit=_FACTOR, kind="factor")
    raise QuantityError(text, f"a factor cannot be in {q.unit.name or q.unit.dimension}",
                        code="factor-unit")


def parse_rate(text: str, rounding: str = "up_or_down") -> Quantity:
    """A growth rate: 5%, -3%, 下降3%, 增长1.79倍 (= +179%), 翻一番 (= +100%), 0.3个百分点."""
    q = parse_quantity(text, rounding)
    if q.unit.dimension == "factor":
        one = Interval.point(1)
        return replace(
            q, unit=_RATIO, value=q.value - 1, interval=q.interval - one,
            soft=None if q.soft is None else q.soft - one,
            step=None, kind="change", change=True,
        )
    if q.unit.dimension not in ("ratio", "pp"):
        raise QuantityError(text, "a growth rate must be a percentage or 百分点", code="not-a-rate")
    return q
