"""Numbers that are not figures, and the figures read at a numeral (:func:`_read_candidate`)."""

from __future__ import annotations

import re

from ..article import ArticleText
from ..lexicon import NEUTRAL, SUFFIX, pick
from ..numerals import NumeralError, read_numeral
from ..quantity import NotAQuantity, QuantityError, parse_quantity
from ..units import UNITS
from .build import _make, _too_long, _unreadable
from .clauses import _line_floor
from .figure import Figure
from .names import _names_count
from .reading import (
    _CN_DIGITS,
    _PUNCT,
    _lookback,
    _read_numeral_guarded,
    _skip_ascii,
    _skip_run,
    _unit_at,
    long_numeral_end,
)

#: Before a bare whole number, the words that make it a figure (PMI为50).
_STATING = pick(NEUTRAL, "为", "达", "达到", "是", "已达")
#: 上下 is no suffix word before these (上下游, 上下级, 上下班 …).
_NOT_SUFFIX_AFTER_SHANGXIA = "游级班文联车楼"

#: Political and idiomatic phrases that look like counts.
_IDIOMS = tuple(
    "三次产业 一二三产业 两个维护 两个确立 四个意识 四个自信 四个全面 五位一体 三个代表 两个毫不动摇 "
    "两个一百年 三个务必 两个基本点 一个中心 三个转变 三个聚焦 两个大局 五个必由之路 六个必须坚持 "
    "三个没有变 两个先行 三个一百 四个一批 三个一批 两个健康 千家万户 千方百计 三番五次 四面八方 "
    "五湖四海 一步一个脚印".split()
)
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


def _count_of_names(article: ArticleText, s: str, i: int, num_text: str, end: int, names
                    ) -> Figure | None:
    """光伏、充电、储能、电车检测、餐饮、便利店六位于一体 → 六项 with the six names."""
    listed = _names_count(s, i, num_text)
    if listed is None:
        return None
    fig = _make(article, s, i, i, end, num_text + "项", names)
    if fig is None:
        return None
    fig.text = s[i:end]
    fig.names, fig.names_complete = listed[0], True
    fig.names_start = article.scan.original_span(listed[1], listed[1] + 1)[0]
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
        fig = _count_of_names(article, s, i, num_text, u_end + 3, names)
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
