"""Find every figure in an article: where it is, how it is written, what it means.

A rule-based scanner: it finds where a numeral starts, reads it with the quantity parser's own
numeral reader, takes the unit and the words around it (超, 约有, 余, 以上, 预计, 同比下降 …) and
hands the figure as a fact file would write it (``超1万个``, ``4000余个``, ``预计6%``) to
:func:`factcheck.quantity.parse_quantity`. Nothing here re-implements the reading of numbers.

Numbers that are not figures are skipped: names (十四五, 二十大, “532”发展战略, 2.0模式, PM2.5,
15分钟医保服务圈, 一号工程, 三位一体, 两特三新一智能, 三高一资), dates and periods (2023年,
2017年7月, 去年9月, 前三季度, 近三年来), ordinals (第三批, 第一产业), enumerators (一、 (1) 1.)
and words such as 一批, 一天, 一个个. A candidate the parser cannot read is kept with its reason
("not understood"), so that nothing is dropped silently.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from .article import ArticleText, article_from_text
from .interval import Interval
from .lexicon import (
    BOUND,
    CLAUSE_ESTIMATE,
    COMPARISON,
    DOUBLING_IN_TEXT,
    DOUBLING_LEAD,
    DOWN,
    ESTIMATE,
    NEGATIVE_GROWTH,
    NEUTRAL,
    PARTICLES,
    SUFFIX,
    TO_LEVEL,
    UP,
    pick,
)
from .numerals import NumeralError, read_numeral
from .quantity import MAX_FIGURE_LENGTH, NotAQuantity, Quantity, QuantityError, parse_quantity
from .units import UNITS, Unit, lookup_unit

__all__ = ["Figure", "clause_span", "figures_in_text", "find_figures", "long_numeral_end"]


@dataclass(slots=True)
class Figure:
    """One figure of an article."""

    start: int  # offsets in the article's plain text: the figure with its qualifier words
    end: int
    line: int
    written: str  # as a fact file writes it: 超1万个, 4000余个, 预计6%, 第32名, 两家
    text: str  # the article's own words for it, normalised: 约有30%, 同比增长5%
    quantity: Quantity | None = None
    error: str | None = None  # why the parser could not read it
    kind: str = "level"  # level, rate (a change in % or 百分点), rank, factor
    change_word: str | None = None  # 增长, 下降 … before a rate
    comparison: str | None = None  # 同比, 比上年 …
    to_level: str | None = None  # 降至, 增长到 …: the figure is the new level
    estimate: bool = False
    names: list[str] | None = None
    names_complete: bool = True
    names_start: int | None = None  # plain offset where the list of names begins
    number_start: int = 0  # plain offset of the numeral itself
    scan_start: int = 0  # positions in the scanning text (internal)
    scan_end: int = 0
    scan_number: int = 0
    suffix: str | None = None  # 以上, 左右 … as written after the unit
    bound: str | None = None  # 超, 约, 近 … as written before the number
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def interval(self) -> Interval | None:
        return None if self.quantity is None else self.quantity.interval

    @property
    def understood(self) -> bool:
        return self.quantity is not None

    @property
    def is_rate(self) -> bool:
        """A growth rate: a percentage or 百分点 introduced by a change or comparison word."""
        q = self.quantity
        if q is None or q.unit.dimension not in ("ratio", "pp", "factor"):
            return False
        if q.unit.dimension == "pp":
            return True
        return self.change_word is not None or self.comparison is not None


# --- vocabulary -------------------------------------------------------------------------------
#: The word classes looked for before a number (factcheck.lexicon): the one-character words of
#: change (增, 减, 降) are left out, they end too many other words (新增, 递减, 骤降).
_LOOKBACK: tuple[tuple[str, str], ...] = tuple(sorted(
    [(w, "bound") for w in BOUND] + [(w, "neutral") for w in NEUTRAL]
    + [(w, "estimate") for w in ESTIMATE] + [(w, "comparison") for w in COMPARISON]
    + [(w, "tolevel") for w in TO_LEVEL] + [(w, "up") for w in UP if len(w) > 1]
    + [(w, "down") for w in DOWN if len(w) > 1] + [(w, "particle") for w in PARTICLES],
    key=lambda wc: -len(wc[0]),
))
#: 近 and 超 end other words (最近, 附近, 临近 …): after these characters they are no bound words.
_SHORT_BOUNDS = pick(BOUND, "近", "超")
#: Before a bare whole number, the words that make it a figure (PMI为50).
_STATING = pick(NEUTRAL, "为", "达", "达到", "是", "已达")
#: 百 and 千 open a numeral after these (逾千家, 迈上百亿, 突破千亿, 多达千人).
_BEFORE_HUNDREDS = (*pick(BOUND, "逾", "超", "近", "约"), "上")
_BEFORE_HUNDREDS_2 = (*pick(BOUND, "超过", "突破", "接近", "将近"), "多达")
_DOUBLING_LEAD = pick(DOUBLING_LEAD, "实现")  # 实现翻倍: the figure's words start at 实现
_NOT_SUFFIX_AFTER_SHANGXIA = "游级班文联车楼"

_CN_DIGITS = "〇零一二两三四五六七八九"
_CN_NUM_CHARS = _CN_DIGITS + "十百千万亿点"
_PUNCT = set("，,。；;、？?！!：:）)（(”“\"'‘’》《「」『』【】…—-~·/|\n ") | {""}

#: Political and idiomatic phrases that look like counts.
_IDIOMS = tuple(
    "三次产业 一二三产业 两个维护 两个确立 四个意识 四个自信 四个全面 五位一体 三个代表 两个毫不动摇 "
    "两个一百年 三个务必 两个基本点 一个中心 三个转变 三个聚焦 两个大局 五个必由之路 六个必须坚持 "
    "三个没有变 两个先行 三个一百 四个一批 三个一批 两个健康 千家万户 千方百计 三番五次 四面八方 "
    "五湖四海 一步一个脚印".split()
)

# Units a Chinese numeral rarely takes as a measure (三方 = three parties, 二期 = phase two).
_NOT_AFTER_CHINESE = {"方", "度", "期", "日", "周", "星期", "块钱", "米", "段河道"}

_RANK_BEFORE = re.compile(
    r"(?:全[国省市区县镇]|全球|世界|同类|同级|区内|市内|省内|县内|[全各](?:市|区|县)?"
    r"|居|位居|位列|排名|排|名列|列|稳居|跃居|保持|排在|位于)(?:全[国省市区县镇])?$"
)
_TOP_BEFORE = re.compile(
    r"(?:排名|进入|位居|居|跻身|位列|名列|稳居|跃居|保持|排在|迈入|挺进)(?:全[国省市区县镇]|全球|世界)?$"
)
_PERIOD_AFTER_YEAR = re.compile(
    r"^(?:来|以来|内|间|前|后|底|初|末|中|左右来|多来|多以来|级|度|代|型|版|行动|计划|规划|攻坚|专项|倍增|目标|工程)"
)
_PERIOD_BEFORE = re.compile(r"(?:近|过去|前|未来|今后|最近|这|那|此后|此前|头|后)$")
_DATE_NUMBER = re.compile(r"(?:1[89]|2[01])\d\d")
_ENUM_AFTER = re.compile(r"^[、.．)）]")


@lru_cache(maxsize=1)
def _unit_table() -> dict[str, tuple[str, ...]]:
    """Known unit names by first character, longest first; counter+noun compounds (个项目,
    家企业, 片区 …) are left out so that the counter alone is taken."""
    names: list[str] = []
    for name, unit in UNITS.items():
        if unit.dimension == "count" and len(name) > 1 and name[0] in UNITS \
                and UNITS[name[0]].dimension == "count" and name[1:] not in ("次", "套"):
            continue
        names.append(name)
    table: dict[str, list[str]] = {}
    for name in names:
        table.setdefault(name[0], []).append(name)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in table.items()}


def _unit_at(s: str, i: int, chinese: bool) -> tuple[str, Unit] | None:
    """The longest known unit at s[i:], with a compound A/B when one follows."""
    for name in _unit_table().get(s[i:i + 1], ()):
        if not s.startswith(name, i):
            continue
        if chinese and name in _NOT_AFTER_CHINESE:
            return None
        unit = UNITS[name]
        j = i + len(name)
        if s.startswith("/", j):
            for other in _unit_table().get(s[j + 1:j + 2], ()):
                if s.startswith(other, j + 1):
                    compound = lookup_unit(name + "/" + other)
                    if compound is not None:
                        return name + "/" + other, compound
        return name, unit
    if s.startswith("/", i):  # 元/人 after a magnitude-less number is rare; 2.5万元/人 handled above
        return None
    return None


# --- the scan -------------------------------------------------------------------------------
@dataclass(slots=True)
class _Candidate:
    start: int  # scan position of the numeral (after 第/前/百分之 prefixes)
    num_start: int
    num_end: int
    chinese: bool
    value_one: bool  # a lone 一
    unit_name: str = ""
    unit: Unit | None = None
    end: int = 0
    rank_text: str | None = None


def _name_spans(plain: str) -> list[tuple[int, int, str]]:
    """Short quoted phrases and book titles: names and slogans, whose numbers are not figures."""
    spans = []
    for m in re.finditer(r"“([^“”\n]{1,12})”|\"([^\"\n]{1,12})\"|「([^」\n]{1,12})」|『([^』\n]{1,12})』"
                         r"|《([^》\n]{1,60})》|〈([^〉\n]{1,30})〉", plain):
        content = next(g for g in m.groups() if g is not None)
        spans.append((m.start(), m.end(), content))
    return spans


def _in_spans(spans: list[tuple[int, int, str]], a: int, b: int) -> tuple[int, int, str] | None:
    for sp in spans:
        if sp[0] <= a and b <= sp[1]:
            return sp
    return None


def _lookback(s: str, p: int, floor: int) -> tuple[int, dict[str, str]]:
    """Qualifier, estimate, comparison and change words right before position p."""
    found: dict[str, str] = {}
    for _ in range(6):
        for word, cls in _LOOKBACK:
            a = p - len(word)
            if a >= floor and s.startswith(word, a):
                if cls in found:
                    return p, found
                if cls == "bound" and word in _SHORT_BOUNDS and a > 0 and s[a - 1] in "最接将逼附靠临":
                    return p, found
                found[cls] = word
                p = a
                break
        else:
            break
    return p, found


def _skip_run(s: str, i: int) -> int:
    j = i + 1
    while j < len(s) and (s[j].isdigit() or s[j] in _CN_NUM_CHARS or s[j] in ".,"):
        j += 1
    return j


def _numeral_start(s: str, i: int) -> bool:
    ch = s[i]
    prev = s[i - 1] if i > 0 else ""
    if ch.isdigit() and ch.isascii():
        if prev == ",":  # 1,234: a thousands separator; 11个,2名: a comma between clauses
            return not (s[i - 2:i - 1].isdigit() and re.match(r"\d{3}(?!\d)", s[i:i + 4]))
        return not (prev.isdigit() or prev == ".")
    if prev and (prev in _CN_NUM_CHARS or prev in "几数"):
        return False
    if (ch in _CN_DIGITS and ch not in "〇零") or ch == "十":
        return True
    if ch in "百千" and (s[i + 1:i + 2] in ("万", "亿") or prev in _BEFORE_HUNDREDS
                        or s[max(0, i - 2):i] in _BEFORE_HUNDREDS_2):
        return True
    return ch in "几数" and s[i + 1:i + 2] in ("十", "百", "千", "万")


def _scan(article: ArticleText) -> list[Figure]:
    norm = article.scan
    s = norm.text
    plain = article.plain
    names = _name_spans(plain)
    figures: list[Figure] = []
    n = len(s)
    i = 0
    while i < n:
        if s.startswith("翻", i):
            m = DOUBLING_IN_TEXT.match(s, i)
            if m:
                figures.append(_factor_figure(article, s, i, m.end(), names))
                i = m.end()
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


_NUMERAL_RUN = re.compile(rf"[\d.,:{_CN_NUM_CHARS}]{{{MAX_FIGURE_LENGTH + 1},}}")


def long_numeral_end(s: str, i: int) -> int | None:
    """Where a run of numeral characters longer than any figure ends, if one starts at i."""
    m = _NUMERAL_RUN.match(s, i)
    return m.end() if m else None


def _too_long(article: ArticleText, s: str, a: int, b: int) -> Figure:
    """A run of thousands of digits is no figure an editor wrote: kept, not understood."""
    plain_a, plain_b = article.scan.original_span(a, b)
    return Figure(plain_a, plain_b, article.line_of(plain_a), s[a:a + 40] + "…", s[a:a + 40] + "…", None,
                  f"{b - a:,} characters is too long for a figure", number_start=plain_a,
                  scan_start=a, scan_end=b, scan_number=a)


_RATIO_GROUP = re.compile(r"\d+(?:\.\d+)?(?::\d+(?:\.\d+)?)+(?![\d:])")


def _ratio_group(article: ArticleText, s: str, m: re.Match[str], names) -> list[Figure]:
    """三次产业结构调整为8.1:42.1:49.8 → three numbers; 10:30 is a clock time, not figures."""
    parts = m.group(0).split(":")
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


def _factor_figure(article: ArticleText, s: str, a: int, b: int, names) -> Figure:
    before = s[max(0, a - 2):a]
    start = a - 2 if before in _DOUBLING_LEAD else a
    fig = _make(article, s, start, a, b, s[a:b], names, allow_names=True)
    assert fig is not None
    fig.kind = "factor"
    fig.extra["doubling"] = "yes"
    return fig


def _read_candidate(article: ArticleText, s: str, i: int, names, per: str | None = None
                    ) -> tuple[Figure | None, int]:
    """Read the figure whose numeral starts at i; return it (or None) and where to go on."""
    num_at = i + 3 if per else i
    long_end = long_numeral_end(s, num_at)
    if long_end is not None:
        return _too_long(article, s, num_at, long_end), long_end
    sign = ""
    if not per and i > 0 and s[i - 1] in "-−" and (i < 2 or not (s[i - 2].isdigit() or s[i - 2] in "年月")):
        sign = "-"
    try:
        numeral, end = _read_numeral_guarded(s, num_at)
    except NumeralError:
        return None, _skip_run(s, num_at)
    if end == num_at:
        return None, num_at + 1
    num_text = s[num_at:end]
    chinese = numeral.chinese
    # A trailing 点 belongs to the word (重点, 亮点), not the numeral.
    if chinese and num_text.endswith("点"):
        return None, end
    prev = s[i - 1] if i > 0 else ""
    prev2 = s[i - 2] if i > 1 else ""
    nxt = s[end:end + 1]
    # identifiers: PM2.5, G60, 5G, 3D, 4A级, PM_{2.5}
    if not chinese and prev and ((prev.isascii() and (prev.isalpha() or prev in "_{/#:@")) or
                                 (prev == " " and prev2.isascii() and prev2.isalpha())):
        return None, end
    if not chinese and prev in ("-", "/", ".") and prev2.isdigit():
        return None, _skip_run(s, end)  # 2024-01-05, 1/3, version numbers
    if not per and chinese and any(s.startswith(idiom, i) for idiom in _IDIOMS):
        return None, end
    # years, dates and clock times
    if not chinese and nxt in (":",) and s[end + 1:end + 2].isdigit():
        return None, _skip_run(s, end + 1)
    if not chinese and _DATE_NUMBER.fullmatch(num_text) and (
            nxt in ("年", "-", "/", ".", "~", "至", "到") or not _unit_at(s, end, False)):
        return None, end
    unit_hit = None if per else _unit_at(s, end, chinese)
    # a range: 20至30家, 3-5年, 100-200亿元, 20家至30家
    range_end = None
    if not per:
        k = end + (len(unit_hit[0]) if unit_hit else 0)
        if s[k:k + 1] in ("-", "~", "至", "到") and k + 1 < len(s) and \
                (s[k + 1].isdigit() or (chinese and s[k + 1] in _CN_DIGITS)):
            try:
                second, end2 = read_numeral(s, k + 1)
            except NumeralError:
                second = None
            if second is not None and second.chinese == chinese:
                hit2 = _unit_at(s, end2, chinese)
                if hit2 is not None and (unit_hit is None or unit_hit[0] == hit2[0]):
                    back = s[max(0, i - 3):i]
                    if not re.search(r"[从由]$", back) and not (hit2[1].base == "月" and hit2[0] == "月"):
                        range_end = (end2, hit2)
                    elif hit2[0] == "月":
                        return None, end2 + 1
    if range_end is not None:
        end_num, unit_hit = range_end
        uname = unit_hit[0]
        u_end = end_num + len(uname)
        num_text = s[num_at:end_num]
    else:
        uname = unit_hit[0] if unit_hit else ""
        u_end = end + len(uname)
    unit = unit_hit[1] if unit_hit else None
    after = s[u_end:u_end + 6]

    # ranks: 第32名, 全区第一, 前十, 500强
    rank_word = None
    if prev == "第" and not per:
        if uname in ("名", "位"):
            rank_word = "第" + num_text + uname
        elif uname == "" and (after[:1] in _PUNCT or after[:1] == "的") and \
                _RANK_BEFORE.search(s[max(0, i - 8):i - 1]):
            rank_word = "第" + num_text
        else:
            return None, u_end if uname else end
    elif prev == "前" and not per:
        if uname == "" and after[:1] in ("名", "位", "强"):
            rank_word = "前" + num_text + after[:1]
            u_end = end + 1
        elif uname in ("名", "位"):
            rank_word = "前" + num_text + uname
        elif uname == "" and (after[:1] in _PUNCT or after[:1] == "的") and \
                _TOP_BEFORE.search(s[max(0, i - 8):i - 1]):
            rank_word = "前" + num_text
        else:
            return None, u_end if uname else end
    elif uname == "" and nxt == "强" and not per:
        rank_word = num_text + "强"
        u_end = end + 1
    if rank_word is not None:
        start = i - 1 if prev and prev in "第前" else i
        return _make(article, s, start, i, u_end, rank_word, names, kind="rank"), u_end

    # X位于一体: a count of the names listed before it (三位一体 is a name)
    if uname == "位" and s.startswith("于一体", u_end):
        fig = _names_count(article, s, i, num_text, u_end + 3, names)
        return fig, u_end + 3
    if uname == "位" and s.startswith("一体", u_end):
        return None, u_end + 2
    if uname == "位" and s.startswith("数", u_end):
        return None, u_end + 1  # 两位数增长: digits, not a count

    # what follows the unit: 余/多 (一个多月, 一年多), 以上, 左右 …
    odd = ""
    if uname and s[u_end:u_end + 1] in ("余", "多") and numeral.odd is None:
        nxt2 = s[u_end + 1:u_end + 2]
        if (uname + nxt2) in UNITS or (uname == "个" and nxt2 in ("月", "季")):
            if uname == "个" and nxt2 == "季":
                pass
            else:
                odd = s[u_end] + nxt2
        elif nxt2 in _PUNCT or nxt2 in ("来", "的", "以", "后", "前"):
            odd = s[u_end]
    u_end2 = u_end + len(odd)
    suffix = None
    for word in SUFFIX:
        if s.startswith(word, u_end2):
            if word == "上下" and s[u_end2 + 2:u_end2 + 3] and \
                    s[u_end2 + 2] in _NOT_SUFFIX_AFTER_SHANGXIA:
                break
            suffix = word
            break
    fig_end = u_end2 + (len(suffix) if suffix else 0)

    # numbers that are not figures
    if uname == "" and not per and not chinese and s[end:end + 1] in ("和", "、", "及", "与", "或") \
            and s[end + 1:end + 2].isdigit():
        try:
            _, end2 = _read_numeral_guarded(s, end + 1)
        except NumeralError:
            end2 = None
        hit2 = _unit_at(s, end2, False) if end2 is not None else None
        if hit2 is not None:  # 分别高2.1和1.5个百分点: 2.1个百分点
            return _make(article, s, i - len(sign), num_at, end, sign + num_text + hit2[0], names,
                         unit_name=hit2[0]), end
    if uname == "" and not per:
        if chinese:
            return None, end
        if nxt in ("-", "/") and s[end + 1:end + 2].isdigit():
            return None, _skip_run(s, end + 1)
        if _ENUM_AFTER.match(s[end:end + 1]):
            return None, end + 1  # 1、 1. 2) : an enumerator
        if prev and nxt and prev in "(（" and nxt in ")）":
            return None, end + 1
        if len(num_text) >= 7 and "." not in num_text and "," not in num_text and numeral.magnitude == 1:
            return None, end
        if nxt and nxt.isascii() and nxt.isalpha():
            return None, _skip_ascii(s, end)
        if nxt and nxt not in _PUNCT and not nxt.isspace() and nxt not in "余多":
            # an unknown unit (12万标箱) or a name (12345热线, 104国道): only a number with a
            # magnitude or decimals is worth reporting; the parser says which it is
            if numeral.magnitude == 1 and "." not in num_text:
                return None, end
            probe = re.match(r"[^\d\s，,。；;、？?！!：:（）()“”\"'《》…—\-~/]{1,2}", s[end:])
            text = num_text + (probe.group(0) if probe else "")
            try:
                parse_quantity(text)
            except NotAQuantity:
                return None, end
            except QuantityError as err:
                return _unreadable(article, s, i, end + (len(probe.group(0)) if probe else 0), text,
                                   str(err), names), end
            return None, end
        if "." not in num_text and numeral.magnitude == 1:
            # a bare whole number is a figure only after 为/达/是 (PMI为50): else a code or a name
            _, words = _lookback(s, i, _line_floor(s, i))
            if not (words.get("neutral") in _STATING or "bound" in words):
                return None, end
    if unit is not None and unit.base == "月" and uname in ("月", "月份") and not odd:
        return None, u_end  # a month: 7月, 去年9月
    if uname in ("季度",):
        return None, u_end  # 一季度, 前三季度
    if uname == "年":
        if chinese and len(num_text) >= 3:
            return None, u_end  # 二〇二三年
        if _PERIOD_AFTER_YEAR.match(s[u_end2:u_end2 + 3]) or \
                _PERIOD_BEFORE.search(s[max(0, i - 2):i]):
            return None, u_end
    if uname in ("日", "号") and (prev == "月" or (numeral.value <= 31 and not odd)):
        return None, u_end  # 1月18日, 18日上午: a date
    if uname in ("周", "星期") and s[u_end:u_end + 1] in ("年", "岁"):
        return None, u_end + 1  # 70周年, 18周岁
    if uname == "级" and numeral.magnitude >= 10**4:
        return None, u_end  # 千亿级: a class, not a count
    if chinese and numeral.value == 1 and num_text in ("一",) and not odd:
        # 一批, 一天, 一个个: a word, unless a bound word makes it a figure (近一成)
        _, words = _lookback(s, i, 0)
        if "bound" not in words:
            return None, u_end
    if uname and s[u_end:u_end + len(uname)] == uname:
        return None, u_end + len(uname)  # 一个个, 一家家
    if chinese and uname and s[u_end:u_end + 1] in _CN_DIGITS and s[u_end + 1:u_end + 2] \
            and s[u_end + 1] not in _PUNCT and len(num_text) == 1:
        return None, u_end  # 一村一站, 三高一资
    if s[u_end:u_end + 1] == "圈" or (unit is not None and unit.dimension == "time"
                                      and re.match(r"[^，,。；;、]{0,6}圈", s[u_end:u_end + 7])):
        return None, u_end  # 15分钟医保服务圈, 半小时经济圈
    written_core = sign + (per or "") + num_text + uname + odd + (suffix or "")
    final_unit = uname + (odd[1:] if len(odd) == 2 else "")
    return _make(article, s, i - len(sign), num_at, fig_end, written_core, names,
                 suffix=suffix, unit_name=final_unit), fig_end


_MAGNITUDE_UNITS = ("千瓦时", "千瓦", "千克", "千米", "百分点")


def _read_numeral_guarded(s: str, i: int):
    """read_numeral, stopped before a unit that starts with a magnitude character after 万/亿
    (120万千瓦: the numeral is 120万, the unit 千瓦)."""
    numeral, end = read_numeral(s, i)
    for k in range(i + 1, end):
        if s[k - 1] in "万亿" and s.startswith(_MAGNITUDE_UNITS, k):
            return read_numeral(s[:k], i)
    return numeral, end


def _skip_ascii(s: str, i: int) -> int:
    while i < len(s) and s[i].isascii() and (s[i].isalnum() or s[i] in "._-"):
        i += 1
    return i


def _unreadable(article: ArticleText, s: str, a: int, b: int, text: str, reason: str, names
                ) -> Figure | None:
    plain_a, plain_b = article.scan.original_span(a, b)
    if _in_spans(names, plain_a, plain_b):
        return None
    return Figure(plain_a, plain_b, article.line_of(plain_a), text, text, None, reason,
                  number_start=plain_a, scan_start=a, scan_end=b, scan_number=a)


_ESTIMATE_IN_CLAUSE = re.compile("|".join(CLAUSE_ESTIMATE))


def _make(article: ArticleText, s: str, start: int, num_at: int, end: int, core: str,
          names, kind: str = "level", suffix: str | None = None,
          allow_names: bool = False, unit_name: str | None = None) -> Figure | None:
    """Build a figure: look back for qualifier words, compose the written form, parse it."""
    norm = article.scan
    plain_a, plain_b = norm.original_span(start, end)
    num_char = article.plain[norm.original_span(num_at, num_at + 1)[0]]
    if unicodedata.name(num_char, "").startswith(("CIRCLED", "PARENTHESIZED", "DIGIT ", "NUMBER ")) \
            and not num_char.isascii() and unicodedata.category(num_char) == "No":
        return None  # ①本公报: a footnote mark
    span = _in_spans(names, plain_a, plain_b)
    if span is not None and not (allow_names and "百分" in span[2]):
        return None
    line_floor = _line_floor(s, start)
    p, words = _lookback(s, start, line_floor) if kind not in ("rank", "ratio-part") else (start, {})
    bound = words.get("bound")
    change = words.get("up") or words.get("down")
    down = words.get("down")
    written = core
    change_prefix = ""
    if kind == "level" and down == NEGATIVE_GROWTH and not written.startswith("-"):
        written = "-" + written  # 负增长3.1% = -3.1%
    elif kind == "level" and down and not words.get("tolevel"):
        change_prefix = down
    elif kind == "level" and words.get("up") and core.endswith("倍"):
        change_prefix = words["up"]
    if bound:
        written = bound + written
    written = change_prefix + written  # 下降近3%, 增长近1倍: the change word comes first
    estimate = words.get("estimate")
    if not estimate and kind not in ("rank", "ratio-part"):
        clause_start = _after_last(s, p, "，,。；;！!？?：:")
        m = _ESTIMATE_IN_CLAUSE.search(s, clause_start, p)
        estimate = m.group(0) if m else None
    if estimate:
        written = estimate + written
    # 约有30%: the 有 between 约 and the figure is not part of the figure
    quantity = None
    error = None
    try:
        quantity = parse_quantity(written)
    except NotAQuantity as err:
        if unit_name and unit_name.startswith(_MAGNITUDE_UNITS):
            error = f"{err}; write this figure by hand"  # 1078亿千瓦时: a known parser limit
        elif not allow_names:
            return None
        else:
            error = "not a quantity"
    except QuantityError as err:
        error = str(err)
    if quantity is not None and unit_name and quantity.unit.name != unit_name:
        error = (f"the quantity parser reads {written!r} with the unit {quantity.unit.name!r}, not "
                 f"{unit_name!r}; write this figure by hand")
        quantity = None
    if quantity is not None and quantity.unit.dimension == "factor":
        kind = "factor"
    text_start = p
    pa, _ = norm.original_span(text_start, end)
    num_plain, _ = norm.original_span(num_at, num_at + 1)
    fig = Figure(
        pa, plain_b, article.line_of(num_plain), written, s[text_start:end], quantity, error, kind,
        change_word=change, comparison=words.get("comparison"), to_level=words.get("tolevel"),
        estimate=bool(estimate), number_start=num_plain, scan_start=text_start, scan_end=end,
        scan_number=num_at, suffix=suffix, bound=bound,
    )
    if quantity is not None and quantity.unit.dimension == "count" and kind == "level":
        _attach_names(article, s, fig)
    return fig


def _line_floor(s: str, i: int) -> int:
    """Look-back never crosses a sentence end."""
    return _after_last(s, i, "。；;！!？?")


def _after_last(s: str, i: int, chars: str) -> int:
    """The position after the last of ``chars`` before i (0 if there is none)."""
    at = _offsets(s, chars)
    k = bisect.bisect_left(at, i)
    return at[k - 1] + 1 if k else 0


@lru_cache(maxsize=16)
def _offsets(s: str, chars: str) -> list[int]:
    """Every offset of one of ``chars`` in s, found once per text."""
    return [m.start() for m in re.finditer("[" + re.escape(chars) + "]", s)]


# --- names introduced by a count ----------------------------------------------------------------
_LIST_LEAD = re.compile(
    r"^(?:(?:这里|其中|先后|相继|共有|拥有|包括|涵盖|推动|推进|实现|完成|引进|培育|新增|建成|"
    r"打造|实施|开展|落实|组织|举办|集聚|集中|集|如|有|以|将|对|由|在|与|和))+"
)
_SEPARATORS_HARD = "，,。；;：:！!？?\n"


def _split_items(text: str) -> list[str] | None:
    """'长青科技、天元智能' → the names; quoted lists “夜市招聘”“镇长直播带岗” too."""
    text = text.strip()
    quoted = re.findall(r'"([^"]{1,20})"', text)
    if quoted and re.fullmatch(r'(?:"[^"]{1,20}"[、和及与]?)+', text):
        return quoted
    parts = re.split(r"[、]|(?<=.)(?:和|及|与|以及)(?=.)", text) if "、" in text else [text]
    items = [p.strip('"') for p in parts]
    if not items or any(not (1 <= len(x) <= 14) for x in items):
        return None
    return items


def _attach_names(article: ArticleText, s: str, fig: Figure) -> None:
    q = fig.quantity
    assert q is not None
    if q.value.denominator != 1 or q.value < 1:
        return
    # A、B等N个X
    a = fig.scan_start
    if s[max(0, a - 2):a] == "等等":
        a -= 2
    elif s[a - 1:a] == "等":
        a -= 1
    else:
        a = -1
    if a >= 0:
        start = _after_last(s, a, _SEPARATORS_HARD)
        head = s[start:a]
        lead = _LIST_LEAD.match(head)
        if lead:
            start += lead.end()
            head = head[lead.end():]
        items = _split_items(head)
        if items and (len(items) > 1 or len(items[0]) <= 10) and len(items) <= q.value:
            fig.names, fig.names_complete = items, False
            fig.names_start = article.scan.original_span(start, start + 1)[0]
        return
    if q.qualifier is not None or q.value > 40:
        return
    # A、B成为…两家X: a list opening the clause whose length is the count
    start = _after_last(s, fig.scan_start, _SEPARATORS_HARD)
    head = s[start:fig.scan_start]
    m = re.match(r'((?:"[^"]{1,20}"|[^、"]{1,14})(?:、(?:"[^"]{1,20}"|[^、"]{1,14}?))+)'
                 r'(?=成为|入选|获评|获得|荣获|分别|均|等|共|被|是|为|作为)', head)
    if not m:
        return
    items = _split_items(m.group(1))
    if items is None or len(items) != q.value:
        return
    lead = _LIST_LEAD.match(items[0])
    if lead and len(items[0]) > lead.end():
        items[0] = items[0][lead.end():]
    fig.names, fig.names_complete = items, True
    fig.names_start = article.scan.original_span(start, start + 1)[0]


def _names_count(article: ArticleText, s: str, i: int, num_text: str, end: int, names) -> Figure | None:
    """光伏、充电、储能、电车检测、餐饮、便利店六位于一体 → 六项 with the six names."""
    start = _after_last(s, i, _SEPARATORS_HARD)
    head = s[start:i]
    lead = _LIST_LEAD.match(head)
    if lead:
        start += lead.end()
        head = head[lead.end():]
    items = _split_items(head)
    try:
        count = parse_quantity(num_text + "项")
    except QuantityError:
        return None
    if items is None or len(items) < 2 or len(items) != count.value:
        return None
    fig = _make(article, s, i, i, end, num_text + "项", names)
    if fig is None:
        return None
    fig.text = s[i:end]
    fig.names, fig.names_complete = items, True
    fig.names_start = article.scan.original_span(start, start + 1)[0]
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
    """分别增长35.2%和41.8%: the second rate is a change too."""
    for a, b in itertools.pairwise(figures):
        if a.quantity is None or b.quantity is None or not a.is_rate or b.is_rate:
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


# --- clauses ----------------------------------------------------------------------------------
_CLAUSE_BREAK = set("，,。；;、？?！!：:\n…")
_SENTENCE_BREAK = set("。；;？?！!\n")
_LINE_END_OPEN = re.compile(r"[^。！？!?；;：:…”\"'）)」』】》]$")


def _is_break(plain: str, k: int, breaks: set[str]) -> bool:
    ch = plain[k]
    if ch in ",:" and 0 < k < len(plain) - 1 and plain[k - 1].isdigit() and plain[k + 1].isdigit():
        return False
    if ch == "\n":
        return _line_break_ends_clause(plain, k)
    if ch == "—" and (plain[k - 1:k] == "—" or plain[k + 1:k + 2] == "—"):
        return True
    return ch in breaks


def _line_break_ends_clause(plain: str, k: int) -> bool:
    """A line end ends a clause, unless a long line stops mid-sentence (the seed article breaks
    "部署各" / "类城市管理专项整治160余次" across a blank line)."""
    end = k
    while end > 0 and plain[end - 1].isspace():
        end -= 1
    line_start = plain.rfind("\n", 0, end) + 1
    line = plain[line_start:end].strip()
    if len(line) < 30 or not _LINE_END_OPEN.search(line):
        return True
    j = k
    while j < len(plain) and plain[j].isspace():
        j += 1
    return j >= len(plain)


def clause_span(plain: str, start: int, end: int, breaks: str = "clause") -> tuple[int, int]:
    """The clause around plain[start:end]: split at ，。；;、？！ and line ends (a long line that
    stops mid-sentence continues on the next line). ``breaks='sentence'`` splits at 。；？！ only."""
    at = _break_offsets(plain, breaks)
    k = bisect.bisect_left(at, start)
    a = at[k - 1] + 1 if k > 0 else 0
    k = bisect.bisect_left(at, end)
    b = at[k] if k < len(at) else len(plain)
    while a < b and plain[a].isspace():
        a += 1
    while b > a and plain[b - 1].isspace():
        b -= 1
    return a, b


@lru_cache(maxsize=4)
def _break_offsets(plain: str, breaks: str) -> list[int]:
    """Every offset of the text that ends a clause (or a sentence), found once per text."""
    marks = _CLAUSE_BREAK if breaks == "clause" else _SENTENCE_BREAK
    candidates = re.finditer("[" + re.escape("".join(marks | {"\n", "—"})) + "]", plain)
    return [m.start() for m in candidates if _is_break(plain, m.start(), marks)]


# --- public API ----------------------------------------------------------------------------
def find_figures(article: ArticleText) -> list[Figure]:
    """Every figure of the article, in text order (understood or not)."""
    return _scan(article)


def figures_in_text(text: str, name: str = "article.txt") -> list[Figure]:
    """Every figure of a text given as a string."""
    return find_figures(article_from_text(text, name))
