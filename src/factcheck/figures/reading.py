"""Reading the text around a numeral: its unit, the words before it, names in quotes, runs."""

from __future__ import annotations

import bisect
from functools import lru_cache

from ..lexicon import (
    BOUND,
    BOUND_NOT_AFTER,
    BOUND_ONLY_BEFORE_BARE_MAGNITUDE,
    BOUND_ONLY_BEFORE_MAGNITUDE,
    CHANGE_NOT_AFTER,
    CLAUSE_CHANGE,
    COMPARISON,
    DOWN,
    ESTIMATE,
    LONE_CHANGE,
    NEUTRAL,
    PARTICLES,
    TO_LEVEL,
    UP,
)
from ..numerals import read_numeral
from ..patterns import later
from ..quantity import MAX_FIGURE_LENGTH
from ..units import UNITS, Unit, lookup_unit

__all__ = ["long_numeral_end"]

_CN_DIGITS = "〇零一二两三四五六七八九"
_CN_NUM_CHARS = _CN_DIGITS + "十百千万亿点"
_PUNCT = set("，,。；;、？?！!：:）)（(”“\"'‘’》《「」『』【】…—-~·/|\n ") | {""}

#: The word classes looked for before a number (factcheck.lexicon): the one-character words of
#: change 增, 减, 降 end too many other words (新增, 递减, 骤降) and are taken only where nothing
#: joins them to another (CLAUSE_CHANGE); 涨 and 跌 end none of another meaning (上涨, 暴涨).
_LOOKBACK: tuple[tuple[str, str], ...] = tuple(sorted(
    [(w, "bound") for w in BOUND] + [(w, "neutral") for w in NEUTRAL]
    + [(w, "estimate") for w in ESTIMATE] + [(w, "comparison") for w in COMPARISON]
    + [(w, "tolevel") for w in TO_LEVEL]
    + [(w, "up") for w in UP if len(w) > 1 or w in LONE_CHANGE + CLAUSE_CHANGE]
    + [(w, "down") for w in DOWN if len(w) > 1 or w in LONE_CHANGE + CLAUSE_CHANGE]
    + [(w, "particle") for w in PARTICLES],
    key=lambda wc: -len(wc[0]),
))

#: The words of _LOOKBACK by their last character, in its order: the words that can end at a place.
_LOOKBACK_ENDING: dict[str, tuple[tuple[str, str], ...]] = {
    last: tuple(wc for wc in _LOOKBACK if wc[0][-1] == last) for last in {w[-1] for w, _ in _LOOKBACK}
}

# Units a Chinese numeral rarely takes as a measure (三方 = three parties, 二期 = phase two).
_NOT_AFTER_CHINESE = {"方", "度", "期", "日", "周", "星期", "块钱", "米", "段河道"}


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


#: A unit's character that begins a common word is no unit there: 3万亿台阶, 200亿天使基金.
_UNIT_BEGINS_WORD = {"台": "阶湾", "天": "使然下", "年": "代轻", "名": "单片", "元": "素宇"}


def _unit_at(s: str, i: int, chinese: bool) -> tuple[str, Unit] | None:
    """The longest known unit at s[i:], with a compound A/B when one follows."""
    for name in _unit_table().get(s[i:i + 1], ()):
        if not s.startswith(name, i):
            continue
        if chinese and name in _NOT_AFTER_CHINESE:
            return None
        if s[i + len(name):i + len(name) + 1] in _UNIT_BEGINS_WORD.get(name, "") and \
                s[i + len(name):i + len(name) + 1]:
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
    return None


def _has_unit_char(word: str) -> bool:
    """A unit character in a word (标箱 has 箱): the word may be an unknown unit; not the unit
    character that begins a common word (台阶, 天使)."""
    for k, ch in enumerate(word):
        if ch in _UNIT_CHARS and not (word[k + 1:k + 2] and word[k + 1] in _UNIT_BEGINS_WORD.get(ch, "")):
            return True
    return False


_UNIT_CHARS = frozenset(name for name in UNITS if len(name) == 1)


_NAMES = later(r"“([^“”\n]{1,12})”|\"([^\"\n]{1,12})\"|「([^」\n]{1,12})」|『([^』\n]{1,12})』"
               r"|《([^》\n]{1,60})》|〈([^〉\n]{1,30})〉")


def _name_spans(plain: str) -> list[tuple[int, int, str]]:
    """Short quoted phrases and book titles: names and slogans, whose numbers are not figures (in
    text order, none inside another)."""
    spans = []
    for m in _NAMES.finditer(plain):
        content = next(g for g in m.groups() if g is not None)
        spans.append((m.start(), m.end(), content))
    return spans


def _in_spans(spans: list[tuple[int, int, str]], a: int, b: int) -> tuple[int, int, str] | None:
    """The span of :func:`_name_spans` that holds a..b: the last to start at a or before, the
    only one that can (found by bisection: an article of many quotes costs no more per figure)."""
    k = bisect.bisect_right(spans, a, key=_span_start)
    return spans[k - 1] if k and b <= spans[k - 1][1] else None


def _span_start(span: tuple[int, int, str]) -> int:
    return span[0]


def _lookback(s: str, p: int, floor: int) -> tuple[int, dict[str, str]]:
    """Qualifier, estimate, comparison and change words right before position p."""
    found: dict[str, str] = {}
    for _ in range(6):
        if p <= floor:
            break
        for word, cls in _LOOKBACK_ENDING.get(s[p - 1], ()):
            a = p - len(word)
            if a >= floor and s.startswith(word, a):
                if cls in found:
                    return p, found
                if cls == "bound" and not _bound_applies(word, s, a, p):
                    return p, found
                if word in CLAUSE_CHANGE and not _alone(s, a, floor):
                    return p, found  # 新增5家, 骤降3%: the end of another word
                if s.endswith(CHANGE_NOT_AFTER.get(word, ()), floor, a):
                    return p, found  # 人口自然增长率为5‰: the name of a measure, no change
                found[cls] = word
                p = a
                break
        else:
            break
    return p, found


def _alone(s: str, a: int, floor: int) -> bool:
    """A one-character word of change at a that no other word ends: at the opening of a clause or
    right after a word of comparison (同比增14.6%, ，增35.0%)."""
    return a <= floor or s[a - 1] in _PUNCT or s.endswith(COMPARISON, floor, a)


def _bound_applies(word: str, s: str, a: int, p: int) -> bool:
    """A one-character bound word that ends another word (最近, 节约, 打破, 经过) bounds nothing;
    过 bounds only a number with a magnitude (过万亿元, 过5.5万亿元; 过3年 is "after"), 上 only a bare
    magnitude (上百家; 上3年 is "the last three years")."""
    if a > 0 and s[a - 1] in BOUND_NOT_AFTER.get(word, ""):
        return False
    if word in BOUND_ONLY_BEFORE_BARE_MAGNITUDE:
        return p < len(s) and s[p] in "百千万亿"
    if word in BOUND_ONLY_BEFORE_MAGNITUDE:
        m = _MAGNITUDE_AHEAD.match(s, p)
        return bool(m and m.group(1))
    return True


_MAGNITUDE_AHEAD = later(r"[\d.,一二两三四五六七八九十〇零]*([百千万亿])")


def _skip_run(s: str, i: int) -> int:
    j = i + 1
    while j < len(s) and (s[j].isdigit() or s[j] in _CN_NUM_CHARS or s[j] in ".,"):
        j += 1
    return j


_NUMERAL_RUN = later(rf"[\d.,:{_CN_NUM_CHARS}]{{{MAX_FIGURE_LENGTH + 1},}}")


def long_numeral_end(s: str, i: int) -> int | None:
    """Where a run of numeral characters longer than any figure ends, if one starts at i."""
    m = _NUMERAL_RUN.match(s, i)
    return m.end() if m else None


_MAGNITUDE_UNITS = ("千瓦时", "千瓦", "千克", "千米", "百分点", "千分点")


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
