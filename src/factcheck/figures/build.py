"""Building a figure: the words before it, the form a fact file writes, the parser's reading."""

from __future__ import annotations

import bisect
import unicodedata
from functools import lru_cache

from ..article import ArticleText
from ..lexicon import (
    BOUND_NOT_AFTER,
    CLAUSE_ESTIMATE,
    NARROWING,
    NEGATIVE_GROWTH,
    RATE_NAMES,
    estimate_pattern,
)
from ..patterns import later
from ..quantity import FACTOR_BOUNDED, NotAQuantity, Quantity, QuantityError, parse_quantity
from .clauses import _after_last, _line_floor
from .figure import Figure
from .names import _attach_names
from .reading import _MAGNITUDE_UNITS, _in_spans, _lookback

_ESTIMATE_IN_CLAUSE = later(estimate_pattern(CLAUSE_ESTIMATE))


def _make(article: ArticleText, s: str, start: int, num_at: int, end: int, core: str,
          names, kind: str = "level", suffix: str | None = None,
          allow_names: bool = False, unit_name: str | None = None,
          quoted: bool = False, own_words: bool = True) -> Figure | None:
    """Build a figure: look back for qualifier words, compose the written form, parse it.
    ``quoted``: a figure whose quotes are its own (“四升三降一平”), no name around it;
    ``own_words`` false: the words before it are names, not its words (预期转弱三重压力)."""
    norm = article.scan
    plain_a, plain_b = norm.original_span(start, end)
    if _footnote_mark(article.plain[norm.original_span(num_at, num_at + 1)[0]]):
        return None  # ①本公报
    span = _in_spans(names, plain_a, plain_b)
    if span is not None and not quoted and not (allow_names and "百分" in span[2]):
        return None
    line_floor = _line_floor(s, start)
    # the words before the figure (约有30%: 约 and 有), back to p
    p, words = _lookback(s, start, line_floor) \
        if own_words and kind not in ("rank", "ratio-part", "period") else (start, {})
    if kind == "level" and not words and (down := _shared_fall(s, p, line_floor)):
        words["down"] = down  # 分别回落2.16和1.66个百分点: both fell
    if words.get("down") == NARROWING and _narrowed_rate(s, max(line_floor, p - 60), p) > 0:
        words["up"] = words.pop("down")  # 降幅比同期收窄2.2个百分点: the rate rose by 2.2 points
    if kind == "level" and not words:
        clause = s[max(_after_last(s, p, "，,。；;！!？?：:"), p - 20):p]  # the words end there
        if _ABOUT_SHARE.search(clause):
            words["bound"] = "约"  # 约占北京市的60%: 约 speaks of the share
        elif (m := _BOUND_BEFORE_WHOLE.search(clause)) and _SHARE_CORE.search(core) \
                and clause[m.start(1) - 1:m.start(1)] not in BOUND_NOT_AFTER.get(m.group(1), "") + "最":
            words["bound"] = m.group(1)  # 超过全国总量的30%: 超过 speaks of the share
        elif _NEGATIVE_PULL.search(clause):
            words["down"] = NEGATIVE_GROWTH  # 负向拉动全市投资8.7个百分点, 下拉…2.4个百分点: −8.7, −2.4
        elif core.endswith("个百分点") \
                and _LOWER_THAN.search(s[max(_after_last(s, p, "，,。；;！!？?：:"), p - 40):p]):
            words["down"] = NEGATIVE_GROWTH  # 增速比全市平均增速（8.1%）低8.4个百分点: r₁ − r₀ = −8.4
    if kind == "level" and set(words) == {"up"} and words["up"] in _RATE_OF_THE_WHOLE \
            and _NEGATIVE_PULL.search(s[max(_after_last(s, p, "，,。；;！!？?：:"), p - 20):p]):
        words = {"down": NEGATIVE_GROWTH}  # 下拉全区增速2.4个百分点: 增速 names the whole's rate pulled down
    if words.get("bound") and (_LEVEL_NAMED_AFTER.match(s, end) or _TARGET_NAMED_AFTER.match(s, end)):
        del words["bound"]  # 增速超过18.3%的全国平均水平: 18.3% is the average; 超过 speaks of others
    written, estimate = _written(s, p, core, kind, words, own_words)
    read = _read(written, unit_name, allow_names)
    if read is None:
        return None
    quantity, error = read
    if quantity is not None and quantity.unit.dimension == "factor":
        kind = "factor"
    pa, _ = norm.original_span(p, end)
    num_plain, _ = norm.original_span(num_at, num_at + 1)
    fig = Figure(
        pa, plain_b, article.line_of(num_plain), written, s[p:end], quantity, error, kind,
        change_word=words.get("up") or words.get("down"), comparison=words.get("comparison"),
        to_level=words.get("tolevel"), estimate=bool(estimate), number_start=num_plain,
        scan_start=p, scan_end=end, scan_number=num_at, suffix=suffix, bound=words.get("bound"),
    )
    if quantity is not None and quantity.unit.dimension == "count" and kind == "level":
        _attach_names(article, s, fig)
    return fig


_RATE_NAME = later("|".join(RATE_NAMES))
_LEVEL_NAMED_AFTER = later(
    r"的(?:全国|全省|全市|全区|全县|同期|上年|去年)?(?:平均)?(?:水平|增速|增幅|平均值|平均数)")
#: A target named after its value (超出1100万人以上的预期目标, 低于全年3%左右的预期目标涨幅): the word
#: before the value compares the actual figure with the target, it bounds not the value.
_TARGET_NAMED_AFTER = later(r"的(?:全年|年度|年初)?(?:预期|调控|发展|既定|计划)*目标")
_ABOUT_SHARE = later(r"约占[^，,。；;：:\d]{0,12}的$")
#: A bound word before the whole a share is of (超过全国总量的30%, 不到全市的一成, 接近全省总数的40%):
#: the bound speaks of the share. Not 高于/低于 (高于全国的8.9%: the figure is what is compared).
_BOUND_BEFORE_WHOLE = later(r"(超过|超出|超|逾|接近|将近|近|不到|不足)(?:占)?"
                            r"(?:全|[^，,。；;：:\d的]{0,6}总[量数额值和])[^，,。；;：:\d的]{0,8}的$")
_SHARE_CORE = later(r"[%％成]$|分之")
#: A contribution the words call downward: 负向拉动全市投资8.7个百分点 (大庆统计局), 下拉全区增速2.4个百分点
#: (华龙区统计), 下拉全市工业增加值增速1.2个百分点 (长治统计局), 拉低GDP增速0.3个百分点: −8.7, −2.4, −1.2.
#: A rate lower or slower than another by points, after 比/较 and what it is compared with (比全省平均增速
#: （8.4%）低8.7个百分点, 比上年末低2个百分点, 较上月末低0.1个百分点): the difference r₁ − r₀ is negative, as
#: after 回落 (never 降低, 放慢: change words of their own).
_LOWER_THAN = later(r"(?:比|较)[^，,。；;：:比较\d%（()）]{1,24}(?:[（(][-−－]?[\d.]+%[）)])?(?<![降放减变])"
                    r"(?:低|慢)了?$")
#: The rate of the whole a contribution names after its name (拉动全区增速, 下拉全市工业增加值增长).
_RATE_OF_THE_WHOLE = ("增速", "增长", "增幅")
_NEGATIVE_PULL = later(r"(?:负向拉动|负拉动|向下拉动|下拉|拉低了?)[^，,。；;：:\d]{0,16}$")


_JOINED_BEFORE = later(r"[0-9]+(?:\.[0-9]+)?(?:%|％|个百分点|[^\d\s，,。；;：:、和及与%％]{1,3})?"
                            r"(?:和|、|及|与)$")


def _shared_fall(s: str, p: int, floor: int) -> str | None:
    """The fall word of a list of numbers this one ends (分别下降2.1%、1.6%和0.6%: each fell), or
    None when the list has none or another word of its own."""
    for _ in range(12):
        m = _JOINED_BEFORE.search(s, max(floor, p - 16), p)
        if m is None:
            return None
        p, words = _lookback(s, m.start(), floor)
        if words:
            down = words.get("down")
            return down if down and set(words) == {"down"} and down != NARROWING else None
    return None


def _narrowed_rate(s: str, a: int, b: int) -> int:
    """The sign a narrowing takes from the last name of a rate before it (降幅 +1, 增速 −1)."""
    last = None
    for m in _RATE_NAME.finditer(s, a, b):
        last = m.group(0)
    return RATE_NAMES[last] if last else -1


def _footnote_mark(ch: str) -> bool:
    """①, ⑴, ⒈: a footnote mark, not a numeral."""
    return unicodedata.name(ch, "").startswith(("CIRCLED", "PARENTHESIZED", "DIGIT ", "NUMBER ")) \
        and not ch.isascii() and unicodedata.category(ch) == "No"


def _written(s: str, p: int, core: str, kind: str, words: dict[str, str],
             own_words: bool = True) -> tuple[str, str | None]:
    """The figure as a fact file writes it (预计下降近3%), and the estimate word it carries."""
    bound = words.get("bound")
    down = words.get("down")
    written = core
    change_prefix = ""
    if kind == "level" and down == NEGATIVE_GROWTH and not written.startswith(("-", "负")):
        written = "-" + written  # 负增长3.1% = -3.1%
    elif kind == "level" and down and not words.get("tolevel"):
        change_prefix = down
    elif kind == "level" and words.get("up") and (core.endswith("倍") or FACTOR_BOUNDED.search(core)):
        change_prefix = words["up"]
    if bound:
        written = bound + written
    written = change_prefix + written  # 下降近3%, 增长近1倍: the change word comes first
    estimate = words.get("estimate")
    if not estimate and own_words and kind not in ("rank", "ratio-part", "period"):
        estimate = _estimate_in_clause(s, _after_last(s, p, "，,。；;！!？?：:"), p)
    if estimate:
        written = estimate + written
    return written, estimate


def _estimate_in_clause(s: str, a: int, b: int) -> str | None:
    """The first estimate word of the clause s[a:b] (力争…增长6%), found in the estimate words of
    the whole text, read once (a search of each clause again is quadratic in one endless clause)."""
    starts, words = _estimate_words(s)
    k = bisect.bisect_left(starts, a)
    if k == len(starts) or starts[k] + len(words[k]) > b:
        return None
    return words[k]


@lru_cache(maxsize=4)
def _estimate_words(s: str) -> tuple[list[int], list[str]]:
    """Where each estimate word of the text starts, and the word (the words never overlap)."""
    found = list(_ESTIMATE_IN_CLAUSE.finditer(s))
    return [m.start() for m in found], [m.group(0) for m in found]


def _read(written: str, unit_name: str | None, allow_names: bool
          ) -> tuple[Quantity | None, str | None] | None:
    """The parser's reading of the written form, or why it has none; None drops the figure (a
    name the scanner did not ask for)."""
    try:
        quantity = parse_quantity(written)
    except NotAQuantity as err:
        if unit_name and unit_name.startswith(_MAGNITUDE_UNITS):
            return None, f"{err}; write this figure by hand"  # 1078亿千瓦时: a known parser limit
        if not allow_names:
            return None
        return None, "not a quantity"
    except QuantityError as err:
        return None, str(err)
    if unit_name and quantity.unit.name != unit_name:
        return None, (f"the quantity parser reads {written!r} with the unit {quantity.unit.name!r}, "
                      f"not {unit_name!r}; write this figure by hand")
    return quantity, None


def _too_long(article: ArticleText, s: str, a: int, b: int) -> Figure:
    """A run of thousands of digits is no figure an editor wrote: kept, not understood."""
    plain_a, plain_b = article.scan.original_span(a, b)
    return Figure(plain_a, plain_b, article.line_of(plain_a), s[a:a + 40] + "…", s[a:a + 40] + "…", None,
                  f"{b - a:,} characters is too long for a figure", number_start=plain_a,
                  scan_start=a, scan_end=b, scan_number=a)


def _unreadable(article: ArticleText, s: str, a: int, b: int, text: str, reason: str, names
                ) -> Figure | None:
    """A number the parser refuses (12万标箱): kept with the reason, unless inside a name."""
    plain_a, plain_b = article.scan.original_span(a, b)
    if _in_spans(names, plain_a, plain_b):
        return None
    return Figure(plain_a, plain_b, article.line_of(plain_a), text, text, None, reason,
                  number_start=plain_a, scan_start=a, scan_end=b, scan_number=a)
