"""The scan of an article: where numerals start, and the passes over the figures found."""

from __future__ import annotations

import bisect
import functools
import itertools
import re

from ..article import ArticleText, article_from_text
from ..lexicon import BOUND, DOUBLING_IN_TEXT, DOUBLING_LEAD, DOWN, SUFFIX, UP, pick
from ..patterns import compiled, later
from ..quantity import QuantityError, parse_quantity
from .build import _make, _too_long
from .figure import Figure
from .guards import _read_candidate
from .reading import _CN_DIGITS, _CN_NUM_CHARS, _bound_applies, _name_spans, long_numeral_end
from .tables import read_table_cells

__all__ = ["figures_in_text", "find_figures"]

#: 百 and 千 open a numeral after these (逾千家, 迈上百亿, 突破千亿, 多达千人).
_BEFORE_HUNDREDS = (*pick(BOUND, "逾", "超", "近", "约"), "上")
_BEFORE_HUNDREDS_2 = (*pick(BOUND, "超过", "突破", "接近", "将近"), "多达")
_DOUBLING_LEAD = pick(DOUBLING_LEAD, "实现")  # 实现翻倍: the figure's words start at 实现


def _numeral_start(s: str, i: int) -> bool:
    ch = s[i]
    prev = s[i - 1] if i > 0 else ""
    if ch.isdigit() and ch.isascii():
        if prev == ",":  # 1,234: a thousands separator; 11个,2名: a comma between clauses
            return not (s[i - 2:i - 1].isdigit() and compiled(r"\d{3}(?!\d)").match(s[i:i + 4]))
        if prev == "." and s[max(0, i - 3):i].lower() == "no.":
            return True  # No.1: a rank
        return not (prev.isdigit() or prev == ".")
    if prev and (prev in _CN_NUM_CHARS or prev in "几数"):
        return False
    if (ch in _CN_DIGITS and ch not in "〇零") or ch == "十":
        return True
    if ch in "百千" and (s[i + 1:i + 2] in ("万", "亿", "强") or prev in _BEFORE_HUNDREDS
                        or s[max(0, i - 2):i] in _BEFORE_HUNDREDS_2):
        return True
    if ch in "百千万亿" and _after_bound_word(s, i):
        return True  # 突破万亿元, 过万亿, 首破千亿
    if ch in "万亿" and _CLASS_AHEAD.match(s, i + 1):
        return True  # 万亿级, 万亿GDP城市, 万亿之城
    return ch in "几数" and s[i + 1:i + 2] in ("十", "百", "千", "万")


def _after_bound_word(s: str, i: int) -> bool:
    """A bound word of the lexicon ends at i, and bounds what follows (not 打破, 经过)."""
    for word in _BOUND_WORDS:
        a = i - len(word)
        if a >= 0 and s.startswith(word, a):
            return _bound_applies(word, s, a, i)
    return False


_BOUND_WORDS = tuple(sorted(BOUND, key=len, reverse=True))
#: 首位, 首把交椅: the top place, a rank; 首家, 首个, 首批, 首次, 首季 are firsts in time, ordinals
#: of another kind.
_HEAD_RANK = later("首(?:位|把交椅)")
_NOT_HEAD_RANK = "元昂回自俯稽"
_CLASS_AHEAD = later(r"亿?元?(?:GDP)?(?:量级|级|之城|城市|俱乐部|大省|强省|大市|强市|市辖区)",
                          re.IGNORECASE)


#: Every character a figure can start with: the first of each case of :func:`_scan` (翻, 首, 一半,
#: 半数, 百分之…) and of :func:`_numeral_start`; the scan goes from one to the next.
_MAY_START = later("[0-9" + _CN_DIGITS.replace("〇", "").replace("零", "") + "十百千万亿几数翻首半持]")


def _scan(article: ArticleText) -> list[Figure]:
    norm = article.scan
    s = norm.text
    plain = article.plain
    names = _name_spans(plain)
    figures: list[Figure] = []
    n = len(s)
    i = 0
    while i < n:
        ahead = _MAY_START.search(s, i)
        if ahead is None:
            break
        i = ahead.start()
        if s.startswith("翻", i):
            m = DOUBLING_IN_TEXT.match(s, i)
            if m:
                fig = _factor_figure(article, s, i, m.end(), names)
                if fig is not None:
                    figures.append(fig)
                i = m.end()
                continue
        if s.startswith("首", i):
            m = _HEAD_RANK.match(s, i)
            if m and not (i > 0 and s[i - 1] in _NOT_HEAD_RANK):
                fig = _make(article, s, i, i, m.end(), m.group(0), names, kind="rank")
                if fig is not None:
                    figures.append(fig)
                i = m.end()
                continue
        if s.startswith("持平", i):
            fig = _flat_figure(article, s, i, names)
            if fig is not None:
                figures.append(fig)
            i += 2
            continue
        if s.startswith(("一半", "半数"), i) and not (i > 0 and s[i - 1] in "另多大对一"):
            suffix = next((w for w in SUFFIX if s.startswith(w, i + 2)), "")
            end = i + 2 + len(suffix)  # 一半以上, 超过半数: a half, 1/2
            fig = _make(article, s, i, i, end, "1/2" + suffix, names, suffix=suffix or None)
            if fig is not None:
                figures.append(fig)
            i = end
            continue
        if s.startswith("百分百", i) or s.startswith("百分之百", i):
            length = 3 if s.startswith("百分百", i) else 4
            fig = _make(article, s, i, i, i + length, "100%" if length == 3 else "百分之百", names,
                        allow_names=True)
            if fig is not None:
                figures.append(fig)
            i += length
            continue
        if s.startswith(("百分之", "千分之", "万分之"), i) and i + 3 < n and \
                (s[i + 3] in _CN_NUM_CHARS or s[i + 3].isdigit()):
            fig, j = _read_candidate(article, s, i, names, per=s[i:i + 3])
            if fig is not None:
                figures.append(fig)
            i = max(j, i + 1)
            continue
        if not _numeral_start(s, i):
            i += 1
            continue
        long_end = long_numeral_end(s, i)
        if long_end is not None:
            figures.append(_too_long(article, s, i, long_end))
            i = long_end
            continue
        m = _RATIO_GROUP.match(s, i)
        if m:
            figures.extend(_ratio_group(article, s, m, names))
            i = m.end()
            continue
        fig, j = _read_candidate(article, s, i, names)
        if fig is not None:
            figures.append(fig)
        i = max(j, i + 1)
    _distribute_or(figures, article)
    _inherit_change(figures, s)
    return figures


#: A ratio chain: its colons may be ASCII ``:`` (the full-width ``：`` folds to it) or the ratio
#: sign ``∶`` (U+2236), mixed in one chain (三次产业增加值结构为5.5:50.6∶43.9).
_RATIO_GROUP = later(r"\d+(?:\.\d+)?(?:[:∶]\d+(?:\.\d+)?)+(?![\d:∶])")
_RATIO_COLON = later(r"[:∶]")


def _ratio_group(article: ArticleText, s: str, m: re.Match[str], names) -> list[Figure]:
    """三次产业结构调整为8.1:42.1:49.8 → three numbers; 10:30 is a clock time, not figures."""
    parts = _RATIO_COLON.split(m.group(0))
    if len(parts) == 2 and "." not in m.group(0) and len(parts[1]) == 2 and int(parts[0]) <= 24:
        return []
    if m.start() > 0 and (s[m.start() - 1].isalpha() and s[m.start() - 1].isascii()):
        return []
    out = []
    pos = m.start()
    for k, part in enumerate(parts, 1):
        fig = _make(article, s, pos, pos, pos + len(part), part, names, kind="ratio-part")
        if fig is not None:
            fig.kind = "level"
            fig.extra["ratio_group"] = str(article.scan.original_span(m.start(), m.start() + 1)[0])
            fig.extra["ratio_index"] = f"{k}/{len(parts)}"
            out.append(fig)
        pos += len(part) + 1
    return out


#: A level's growth of zero against the same period a year before (销售产值6526.85亿元，同比持平;
#: 社会消费品零售总额4483亿元，与上年同期持平) — not 基本持平 (about flat), nor a rate flat against
#: another (增速与一季度持平: a gap of 0 points), nor a level against last year's (与上年持平:
#: equal as printed, 0.20万头 and 0.20万头, whatever the rate).
_FLAT_BEFORE = later(r"[，,](同比|与上年同期|与去年同期|较上年同期|比上年同期)$")
#: A number right before 同比 (its clause's level), then no more than four other characters.
_NUMBER_BEFORE = later(r"\d[^\d，,。；;：:]{0,4}$")
#: A percentage in the text, for the precision the rates are written to.
_PERCENT = later(r"\d(?:\.(\d+))?%")
#: How far from 持平 the rate that gives its precision may be.
_FLAT_REACH = 300


def _flat_figure(article: ArticleText, s: str, i: int, names) -> Figure | None:
    """同比持平 after a level: a growth rate of 0, to the last digit of the nearest percentage in the
    text (0.0% when the rates around are written to 0.1%: −0.05% to 0.05%); None with no
    percentage within reach, or when the words before are not a level's clause's end."""
    m = _FLAT_BEFORE.search(s, max(0, i - 6), i)
    if m is None or not _NUMBER_BEFORE.search(s[max(0, m.start() - 6):m.start()]):
        return None
    decimals = _nearest_decimals(s, i)
    if decimals is None:
        return None
    core = "0." + "0" * decimals + "%" if decimals else "0%"
    fig = _make(article, s, m.start(1), i, i + 2, core, names, own_words=False)
    if fig is None:
        return None
    fig.comparison = "同比"
    fig.text = s[m.start(1):i + 2]
    fig.extra["flat"] = "yes"
    return fig


def _nearest_decimals(s: str, i: int) -> int | None:
    starts, decimals = _percentages(s)
    k = bisect.bisect_left(starts, i)
    near = [j for j in (k - 1, k) if 0 <= j < len(starts) and abs(starts[j] - i) <= _FLAT_REACH]
    if not near:
        return None
    return decimals[min(near, key=lambda j: abs(starts[j] - i))]


@functools.lru_cache(maxsize=4)
def _percentages(s: str) -> tuple[list[int], list[int]]:
    found = list(_PERCENT.finditer(s))
    return [m.start() for m in found], [len(m.group(1) or "") for m in found]


def _factor_figure(article: ArticleText, s: str, a: int, b: int, names) -> Figure | None:
    """A doubling (翻一番, 实现翻番: at least ×2); None inside a name in quotes (紧紧咬住“财政收入三年
    翻一番”的目标: a slogan's words, smoke29 town-work-summary-2010-xinhuang)."""
    before = s[max(0, a - 2):a]
    start = a - 2 if before in _DOUBLING_LEAD else a
    fig = _make(article, s, start, a, b, s[start:b], names, allow_names=True)
    if fig is None:
        return None
    fig.kind = "factor"
    fig.extra["doubling"] = "yes"
    return fig


# --- 1亿元或1000万美元以上, 超10亿元或1亿美元: one bound word for both figures ------------------
def _distribute_or(figures: list[Figure], article: ArticleText) -> None:
    s = article.scan.text
    for a, b in itertools.pairwise(figures):
        if a.quantity is None or b.quantity is None:
            continue
        if s[a.scan_end:b.scan_start] not in ("或", "或者"):
            continue
        if a.quantity.unit.dimension != b.quantity.unit.dimension:
            continue
        if b.suffix and a.suffix is None and a.bound is None and a.quantity.qualifier is None:
            _requalify(a, a.written + b.suffix)
        elif a.bound and b.bound is None and b.suffix is None and b.quantity.qualifier is None:
            _requalify(b, a.bound + b.written)


def _inherit_change(figures: list[Figure], s: str) -> None:
    """分别增长35.2%和41.8%: the second rate is a change too; so is the second amount of 分别比上年末
    增加2163万人和521万人."""
    for a, b in itertools.pairwise(figures):
        if a.quantity is None or b.quantity is None or b.is_rate:
            continue
        if not a.is_rate and (a.change_word not in UP + DOWN or a.to_level or b.change_word):
            continue
        if b.quantity.unit.key != a.quantity.unit.key:
            continue
        if s[a.scan_end:b.scan_start] not in ("和", "、", "及", "与"):
            continue
        b.change_word, b.comparison = a.change_word, a.comparison
        if a.change_word in DOWN and b.quantity.value > 0:
            _requalify(b, a.change_word + b.written)


def _requalify(fig: Figure, written: str) -> None:
    try:
        fig.quantity = parse_quantity(written)
    except QuantityError:
        return
    fig.written = written


# --- public API ----------------------------------------------------------------------------
def find_figures(article: ArticleText) -> list[Figure]:
    """Every figure of the article, in text order (understood or not); a table's cells read with
    the table's units (:mod:`.tables`)."""
    return read_table_cells(article, _scan(article))


def figures_in_text(text: str, name: str = "article.txt") -> list[Figure]:
    """Every figure of a text given as a string."""
    return find_figures(article_from_text(text, name))
