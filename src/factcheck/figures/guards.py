"""Numbers that are not figures, and the figures read at a numeral: an ordered table of guards.

:func:`_read_candidate` reads the numeral at a position and walks :data:`GUARDS` in order. Each
guard is a small predicate named for what it refuses (a date, a clock time, an enumerator 1、,
a slogan 一村一站 …) or reads (a rank 第32名, a count of the names before it): it returns where
the scan goes on, with the figure it read if any, or None to let the next guard look. A
candidate no guard stops is a figure. The order is the order of the checks; it matters.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from fractions import Fraction
from typing import NamedTuple

from ..article import ArticleText
from ..lexicon import (
    CLASS_SUFFIX,
    COMPARISON,
    DOWN,
    NEUTRAL,
    POINTS,
    STREAK,
    SUFFIX,
    TALLY,
    TO_LEVEL,
    UP,
    pick,
)
from ..numerals import Numeral, NumeralError, read_numeral
from ..patterns import compiled, later
from ..quantity import NotAQuantity, QuantityError, parse_quantity
from ..units import UNITS, Unit
from .build import _make, _too_long, _unreadable
from .clauses import _line_floor
from .figure import Figure
from .names import (
    CONJUNCTION,
    _names_count,
    _names_listed,
    _split_items,
    a_verb_of_the_count,
    copula_list,
    members_named,
    not_a_name,
    pair_before,
)
from .reading import (
    _CN_DIGITS,
    _PUNCT,
    _has_unit_char,
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
    "五湖四海 一步一个脚印 三次分配".split()
)
#: Places whose names begin with a numeral (the national list of divisions: 三门峡市, 七台河市,
#: 五台县, 二道区 …): names, no figures. A name of three characters or more is a name wherever it
#: stands; one of two (五台, 三门, 九台) only before its 县/市/区 or 山 (购置五台设备 is a count).
_PLACES_WITH_NUMERALS = tuple(sorted((
    "三门峡 六盘水 七台河 二连浩特 五家渠 五大连池 五指山 二道江 九龙坡 七星关 七里河 五通桥 四子王旗 "
    "六枝特区 万柏林 八公山 十堰 九江 三亚 三明 三沙 四平 六安 万州 万宁 三河 四会 五常 五华 五河 "
    "五台 三台 九台 三门 二道 二七 三元 万年 万荣 万载 万源 五原 五寨 五莲 五峰 三都 三穗 三原 三江 "
    "六合 八步 八宿 九原 万山 万安 万全"
).split(), key=len, reverse=True))
#: What follows a two-character place name: its 县/市/区 (or the mountain it is named for).
_PLACE_SUFFIX = "县市区旗镇乡山"
_RANK_BEFORE = later(
    r"(?:全[国省市区县镇]|全球|世界|同类|同级|区内|市内|省内|县内|[全各](?:市|区|县)?"
    r"|居|位居|位列|排名|排|名列|列|稳居|跃居|保持|排在|位于)(?:全[国省市区县镇])?$"
    r"|(?:居|位居|位列|排名|名列|稳居|跃居|排在|位于)[^，,。；;：:\d]{1,6}$"  # 居各省、区第一
    r"|(?:数量|总量|规模|增速|增幅|位次)$"  # 科创板公司数量第三的城市
)
_TOP_BEFORE = later(
    r"(?:排名|进入|位居|居|跻身|位列|名列|稳居|跃居|保持|排在|迈入|挺进|占据|雄霸|包揽|冲击)"
    r"(?:了)?[^，,。；;：:\d]{0,6}$"
)
#: A measure right before 前X: the first places by it (增幅前三的分别为贵州茅台、五粮液、招商银行).
_TOP_MEASURE = later(r"(?:数量|总量|规模|增速|增幅|涨幅|跌幅|降幅|销量|市值|营收|利润)$")
#: 前X的 and the words that list who holds those places: 前五的分别是：Python、Java…; 用户所在地区前三的
#: 分别是广东、上海、北京.
_TOP_LISTED = later(r"的[\u4e00-\u9fff]{0,6}?(?:分别|依次)(?:是|为)")
_RANK_SPAN = later(r"(?:至|到|-|~)第[\d一二两三四五六七八九十百千]+[名位]?")
#: The counters of a rank after 第X (第32名, 第一家, 第24座 …); 批 次 套 代 期 轮 … make ordinals of
#: other kinds (第三批, 第七次, 第二套标准).
_RANK_COUNTERS = ("名", "位", "家", "个", "座", "站", "城", "区", "县", "市", "省")
#: 第X大 is no rank before these: 第二大类 (a category).
_RANK_NOT_AFTER_DA = ("类",)
#: Nouns after 前X that keep it a rank: 世界前十城市.
_TOP_NOUNS = ("城市", "城", "位置")
_CHANGE_WORDS = tuple(sorted({*UP, *DOWN, *TO_LEVEL} - {"增", "减", "降"}, key=len, reverse=True))
#: After X年: the span of a statement (三年来, 5年间, 20年前, 三年后), a period.
_PERIOD_AFTER_YEAR = later(r"^(?:以来|来|内|间|前|后)")
#: After X年: a name or a point of time (2025年目标, 三年行动计划, 年底, 年级), no figure.
_NAME_AFTER_YEAR = later(
    r"^(?:底|初|末|中|左右来|多来|多以来|级|度|代|型|版|行动|计划|规划|攻坚|专项|倍增|目标|工程)"
)
#: 两年平均增长, 五年年均增长: the years of an average, no figure of their own; so with the name of
#: what grew between them (两年进出口总额平均增长5.0%).
_AVERAGE_AFTER_YEAR = later(r"^(?:平均|年均|均|(?![以来内间前后]|时间|多)[\u4e00-\u9fff]{2,12}?(?:平均|年均)"
                            r"(?:增长|增速|下降|增幅|递增|涨幅))")
#: What joins two numbers of which only the second has the unit: 2.1和1.5个百分点, 由0到3家.
_PAIR_JOIN = tuple(sorted({"和", "、", "及", "与", "或", "到", "至", *TO_LEVEL}, key=len, reverse=True))
#: Words that end in 前 and are no "top": 目前, 之前, 当前, 提前 …
_ENDS_IN_QIAN = "目之以提当面向跟眼事空此日生先战会节"
_PERIOD_BEFORE = later(r"(?:最近|近|过去|未来|今后|这|那|此后|此前|头)$")
_DATE_NUMBER = later(r"(?:1[89]|2[01])\d\d")
_ENUM_AFTER = later(r"^[、.．)）]")
#: Words after a bare number that are not its unit: it is a plain number (1500亿的产业, 3万亿到
#: 4万亿, 1.32亿增长了, 2.37缩小到1.94, 1.6左右).
_AFTER_PLAIN = tuple(sorted({"的", "之", "到", "至", *UP, *DOWN, *TO_LEVEL, *SUFFIX, *COMPARISON},
                            key=len, reverse=True))
_PROBE = later(r"[^\d\s，,。；;、？?！!：:（）()“”\"'《》…—\-~/]{1,2}")


class _once:
    """A property read once per candidate, then kept (functools.cached_property takes a lock on
    every first read, which costs the scan a fifth of its time)."""

    def __init__(self, read):
        self.read = read
        self.name = read.__name__
        self.__doc__ = read.__doc__

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.read(obj)
        return value


class Resume(NamedTuple):
    """Where the scan goes on after a guard stopped a candidate, and the figure it read there."""

    at: int
    figure: Figure | None = None


class Candidate:
    """A numeral at ``i`` (after 百分之 when ``per``) and what is around it; each property is read
    once, when a guard first asks for it (the guards before it have made sure it can be)."""

    def __init__(self, article: ArticleText, s: str, i: int, names, per: str | None):
        self.article, self.s, self.i, self.names, self.per = article, s, i, names, per
        self.num_at = i + 3 if per else i
        self.prev = s[i - 1] if i > 0 else ""
        self.prev2 = s[i - 2] if i > 1 else ""

    @_once
    def sign(self) -> str:
        """-5%, 负1.2亿元, 负百分之三: a minus before the number (not 2023-5 or 1月-3月, nor
        正负5%, which is ±, nor a list marker with a space after it: 整体业绩概览 - 9家…银行)."""
        s, i = self.s, self.i
        if not self.per and i > 0 and s[i - 1] in "-−" and \
                (i < 2 or not (s[i - 2].isdigit() or s[i - 2] in "年月")) and not self._marker(i - 1):
            return "-"
        if i > 0 and s[i - 1] == "负" and not (i > 1 and s[i - 2] in "正胜抱"):
            return "负"
        return ""

    def _marker(self, at: int) -> bool:
        """Whether the dash at ``at`` (of the text read) stands alone between spaces in the article."""
        plain = self.article.plain
        a, b = self.article.scan.original_span(at, at + 1)
        return plain[a - 1:a].isspace() and plain[b:b + 1].isspace()

    @_once
    def reading(self) -> tuple[Numeral, int] | None:
        s, at = self.s, self.num_at
        try:
            if s[at:at + 1] in ("万", "亿"):  # 突破万亿, 逾亿元: a bare magnitude is one of it
                numeral, end = _read_numeral_guarded("一" + s[at:at + 8], 0)
                return numeral, at + end - 1
            return _read_numeral_guarded(s, at)
        except NumeralError:
            return None

    @_once
    def numeral(self) -> Numeral:
        assert self.reading is not None
        return self.reading[0]

    @_once
    def end(self) -> int:
        """Where the (first) numeral ends."""
        assert self.reading is not None
        return self.reading[1]

    @_once
    def chinese(self) -> bool:
        return self.numeral.chinese

    @_once
    def nxt(self) -> str:
        return self.s[self.end:self.end + 1]

    @_once
    def first_unit(self) -> tuple[str, Unit] | None:
        """The unit right after the first numeral."""
        return None if self.per else _unit_at(self.s, self.end, self.chinese)

    @_once
    def second(self) -> tuple[int, tuple[str, Unit]] | None:
        """A second numeral with the same unit after -, ~, 至, 到 (20至30家, 3-5年, 1-11月)."""
        s, end, chinese = self.s, self.end, self.chinese
        if self.per:
            return None
        k = end + (len(self.first_unit[0]) if self.first_unit else 0)
        if not (s[k:k + 1] in ("-", "~", "至", "到") and k + 1 < len(s) and
                (s[k + 1].isdigit() or (chinese and s[k + 1] in _CN_DIGITS))):
            return None
        try:
            second, end2 = read_numeral(s, k + 1)
        except NumeralError:
            return None
        if second.chinese != chinese:
            return None
        hit2 = _unit_at(s, end2, chinese)
        if hit2 is None or (self.first_unit is not None and self.first_unit[0] != hit2[0]):
            return None
        if s[k] in "至到" and self._change_then_level(second.value, hit2[0]):
            return None
        return end2, hit2

    def _change_then_level(self, second: Fraction, unit: str) -> bool:
        """增加236万股至17926.15万股, 减少1194.55万股至7909.45万股: after a word of change, 至 leads
        from the change to the new level, not to a range's other end, when the second number is no
        larger than the first or at least three times it (a range's ends are near: 增长6%至8%; rates
        keep their ranges, a change of a rate to its new level is written in 百分点)."""
        if unit in ("%", "％", "个百分点", "百分点") or not ({"up", "down"} & set(self.words_before())):
            return False
        first = self.numeral.value
        return first > 0 and (second <= first or second >= 3 * first)

    @_once
    def range_end(self) -> tuple[int, tuple[str, Unit]] | None:
        """The range read as one figure: not 从3到5 (a span of time), nor months (1-11月)."""
        second = self.second
        if second is None or compiled(r"[从由]$").search(self.s[max(0, self.i - 3):self.i]) \
                or second[1][0] == "月":
            return None
        return second

    @_once
    def unit_hit(self) -> tuple[str, Unit] | None:
        return self.range_end[1] if self.range_end else self.first_unit

    @_once
    def uname(self) -> str:
        return self.unit_hit[0] if self.unit_hit else ""

    @_once
    def unit(self) -> Unit | None:
        return self.unit_hit[1] if self.unit_hit else None

    @_once
    def u_end(self) -> int:
        """Where the unit ends (the second numeral's unit for a range)."""
        return (self.range_end[0] if self.range_end else self.end) + len(self.uname)

    @_once
    def num_text(self) -> str:
        """The numeral as written, both ends of a range."""
        return self.s[self.num_at:self.range_end[0] if self.range_end else self.end]

    @_once
    def bare(self) -> bool:
        """A number with no unit (and no 百分之 before it)."""
        return self.uname == "" and not self.per

    @_once
    def odd(self) -> str:
        """余/多 after the unit: 一个多月 (多月), 一年多 (多)."""
        s, u_end, uname = self.s, self.u_end, self.uname
        if not (uname and s[u_end:u_end + 1] in ("余", "多") and self.numeral.odd is None):
            return ""
        nxt2 = s[u_end + 1:u_end + 2]
        if (uname + nxt2) in UNITS or (uname == "个" and nxt2 in ("月", "季")):
            return "" if uname == "个" and nxt2 == "季" else s[u_end] + nxt2
        if nxt2 in _PUNCT or nxt2 in ("来", "的", "以", "后", "前"):
            return s[u_end]
        return ""

    @_once
    def odd_end(self) -> int:
        return self.u_end + len(self.odd)

    @_once
    def suffix(self) -> str | None:
        """以上, 左右 … after the unit (not 上下游)."""
        s, at = self.s, self.odd_end
        for word in SUFFIX:
            if s.startswith(word, at):
                if word == "上下" and s[at + 2:at + 3] and s[at + 2] in _NOT_SUFFIX_AFTER_SHANGXIA:
                    return None
                return word
        return None

    @_once
    def fig_end(self) -> int:
        return self.odd_end + (len(self.suffix) if self.suffix else 0)

    def words_before(self, floor: int | None = None) -> dict[str, str]:
        """The lexicon's words right before the numeral, back to ``floor`` (the sentence start)."""
        floor = _line_floor(self.s, self.i) if floor is None else floor
        return _lookback(self.s, self.i, floor)[1]


Guard = Callable[[Candidate], Resume | None]


# --- the numeral itself --------------------------------------------------------------------------
def too_long(c: Candidate) -> Resume | None:
    """Thousands of digits: kept as a figure not understood."""
    long_end = long_numeral_end(c.s, c.num_at)
    if long_end is None:
        return None
    return Resume(long_end, _too_long(c.article, c.s, c.num_at, long_end))


def unreadable_numeral(c: Candidate) -> Resume | None:
    """What the numeral reader refuses (magnitudes that rise, 余 followed by a number)."""
    return Resume(_skip_run(c.s, c.num_at)) if c.reading is None else None


def no_numeral(c: Candidate) -> Resume | None:
    """Nothing the numeral reader takes at this position."""
    return Resume(c.num_at + 1) if c.end == c.num_at else None


def trailing_dian(c: Candidate) -> Resume | None:
    """重点, 亮点: the 点 belongs to the word, not to the numeral."""
    return Resume(c.end) if c.chinese and c.s[c.num_at:c.end].endswith("点") else None


# --- names, dates and times ------------------------------------------------------------------------
def identifier(c: Candidate) -> Resume | None:
    """PM2.5, G60, #3, PM_{2.5}: a number after Latin letters (not 12.5MW/52MWh: a pair of
    figures, each with its unit; not GDP9602.72亿元 or CPI 2.5%: a name never goes on with a
    magnitude, 元 or %); No.1 is a rank."""
    prev, prev2 = c.prev, c.prev2
    if not c.chinese and prev and ((prev.isascii() and (prev.isalpha() or prev in "_{/#:@")) or
                                   (prev == " " and prev2.isascii() and prev2.isalpha())):
        if prev == "/" and c.first_unit is not None and _FIGURE_BEFORE_SLASH.search(c.s, 0, c.i - 1):
            return None
        if (prev.isalpha() or prev == " ") and _AMOUNT_AFTER_NAME.match(c.s, c.end):
            return None
        return Resume(c.end)
    if c.s[max(0, c.i - 3):c.i].lower() == "no." and not c.chinese:
        after = c.s[c.end:c.end + 1]
        if (c.bare and not after.isalnum()) or after == "的":
            return _rank(c, "第" + c.num_text, c.end)  # 当之无愧的No.1, No.1的位置
        return Resume(c.end)
    return None


_FIGURE_BEFORE_SLASH = later(r"\d[A-Za-z]{1,4}$")
_AMOUNT_AFTER_NAME = later(r"(?:万|亿)+(?:元|美元|人民币)?|元|%|％")


def date(c: Candidate) -> Resume | None:
    """2024-01-05, 1/3, 1.2.3: the later parts of a date, a fraction or a version number."""
    if not c.chinese and c.prev in ("-", "/", ".") and c.prev2.isdigit():
        return Resume(_skip_run(c.s, c.end))
    return None


#: The + that joins the numbers of a name: 2+26城市, “4+4”产业, “11+5”试点城市 (half- or full-width).
_PLUS = "+＋"


def plus_name(c: Candidate) -> Resume | None:
    """京津冀及周边地区2+26城市, “4+4”产业, 大湾区9+2: numbers joined by + name a group (2 cities and 26
    around them, a pilot scheme), they count nothing — the number after + is not a count of 26城."""
    if c.chinese:
        return None
    if c.prev and c.prev in _PLUS and c.prev2.isdigit():
        return Resume(c.end)
    if c.nxt and c.nxt in _PLUS and c.s[c.end + 1:c.end + 2].isdigit():
        return Resume(c.end + 1)
    return None


def idiom(c: Candidate) -> Resume | None:
    """三次产业, 千方百计, 两个确立: phrases that look like counts."""
    if not c.per and c.chinese and c.s.startswith(_IDIOMS, c.i):
        return Resume(c.end)
    return None


def streak(c: Candidate) -> Resume | None:
    """三连冠, 四连胜, 三连增: wins or periods in a row, no count of things (nor of the names before
    it: 勇夺“三连冠”、实现“四连胜”)."""
    if not c.per and c.s.startswith(STREAK, c.end):
        return Resume(c.end + 2)
    return None


def place_name(c: Candidate) -> Resume | None:
    """三门峡, 七台河, 五台县, 二道区: a place whose name begins with a numeral, no figure (十六区,
    下辖四区三县, 全市11个县 count districts and counties: no name of the list is there)."""
    if c.per or not c.chinese or not c.s.startswith(_PLACES_WITH_NUMERALS, c.i):
        return None
    for name in _PLACES_WITH_NUMERALS:
        if c.s.startswith(name, c.i):
            end = c.i + len(name)
            if len(name) >= 3 or c.s[end:end + 1] in tuple(_PLACE_SUFFIX):
                return Resume(end)
    return None


_TALLY_PAIR = "[一二两三四五六七八九十]{1,2}(?:" + "|".join(TALLY) + ")"
#: A run of two or more numerals each with its direction: 四升三降一平, 八增长、两收窄.
_TALLY_RUN = later(f"(?:{_TALLY_PAIR}、?){{2,}}")
_TALLY_ONE = later(_TALLY_PAIR)


def tally(c: Candidate) -> Resume | None:
    """四升三降一平, 一减两稳五增, 八增长两收窄: each numeral of a tally of directions is the count
    of the items listed with its direction (a group size, no part of a sum)."""
    if c.per or not c.chinese:
        return None
    floor = max(0, c.i - 24)
    for run in _TALLY_RUN.finditer(c.s, floor, c.i + 24):
        if not run.start() <= c.i < run.end():
            continue
        for pair in _TALLY_ONE.finditer(c.s, run.start(), run.end()):
            if pair.start() == c.i:
                numeral = compiled(r"[一二两三四五六七八九十]+").match(pair.group(0)).group(0)
                fig = _make(c.article, c.s, c.i, c.i, pair.end(), numeral + "项", c.names,
                            kind="group", quoted=True, own_words=False)
                if fig is not None:  # no words of its own: 一涨一降's 涨 is the first pair's
                    fig.text = pair.group(0)
                return Resume(pair.end(), fig)
    return None


#: Words that go on after closing quotes to the end of a list item: the quoted words name part of
#: the item (罗湖“二线插花地”棚户区改造项目、), no count of the names.
_NAME_GOES_ON = later(r"(?![等为是的])[\u4e00-\u9fff]{2,}(?:[、，,和及与]|等)")


#: A conjunction or a 、 right before the opening quote: the quoted words are an item of the list
#: before them (以及市内主城区、两江新区和“三北地区”等: 三北, the three northern districts, is a name).
_JOINED_TO_LIST = later(r"(?:、|" + CONJUNCTION + r")$")


#: A quoted name that opens with a numeral: one part of a slogan of counts (“一核”“两翼”“三带”).
_SLOGAN_COUNT = later(r"[一二两三四五六七八九十百千万]")


def quoted_count(c: Candidate) -> Resume | None:
    """产业能级、创新模式…普惠共享“五个跃升”, “三驾马车”：投资、消费、外贸: a count in quotes whose
    names are listed right before the quotes or right after them (other quoted numbers are names,
    and so is a slogan of several counts: 广州科学城、中新知识城、国际生物岛“两城一岛”)."""
    if not (c.chinese and c.prev == '"' and len(c.num_text) == 1 and c.numeral.value >= 2):
        return None
    close = c.s.find('"', c.i, c.i + 10)
    if close < 0 or compiled(r"[一二两三四五六七八九十多几\d]").search(c.s[c.end:close]):
        return None  # 两城一岛, 三位一体, 三中心多区域: a slogan of several counts
    if _TALLY_ONE.fullmatch(c.s, c.i, close):
        return None  # “两稳”：稳定花生和烤烟…: the gloss of a tally's count (discover/tally.py)
    if _NAME_GOES_ON.match(c.s, close + 1):
        return None  # 深圳市罗湖“二线插花地”棚户区改造项目等: the quotes are inside a name
    if _JOINED_TO_LIST.search(c.s, max(0, c.i - 4), c.i - 1):
        return None  # 主城区、两江新区和“三北地区”等: the quoted name is the list's last item
    listed = _names_listed(c.s, c.i - 1)
    if listed is None and c.s[close + 1:close + 2] in ("：", ":"):
        listed = _names_listed_after(c.s, close + 2)
    if listed is None or len(listed[0]) > 10 or \
            any('"' in x or not_a_name(x) for x in listed[0]):
        return None  # 高新区纵深推进“三大工程”、持续扮靓“六张高新名片”: clauses, not names
    if a_verb_of_the_count(listed[0]):
        return None  # 实施西部大开发、办好“四件大事”: the quoted programme is 办好's object
    if c.s[c.i - 2:c.i - 1] == '"' and all(_SLOGAN_COUNT.match(x) for x in listed[0]):
        return None  # “一核”“两翼”“三带”: a slogan of counts, each in its quotes, no count of the others
    fig = _make(c.article, c.s, c.i, c.i, close, c.num_text + "项", c.names, kind="group",
                quoted=True, own_words=False)
    if fig is not None:
        fig.text = c.s[c.i:close]
        fig.names, fig.names_complete = listed[0], True
        fig.names_start = c.article.scan.original_span(listed[1], listed[1] + 1)[0]
    return Resume(close, fig)


def _names_listed_after(s: str, at: int) -> tuple[list[str], int] | None:
    """The names listed from ``at`` to the end of the clause (投资、消费、外贸)."""
    m = compiled(r"[^，,。；;！!？?\n]{1,200}").match(s[at:])
    items = None if m is None else _split_items(m.group(0))
    return None if items is None or len(items) < 2 else (items, at)


#: The numbers of months listed before their count: 7、8、9三个月.
_MONTHS_LISTED = later(r"(?:(?:1[0-2]|[1-9])、)+(?:1[0-2]|[1-9])$")


def months_listed(c: Candidate) -> Resume | None:
    """7、8、9三个月, 12、1、2三个月: the months named before it, counted (a count of three
    names, not a span of time)."""
    if c.uname != "个月" or c.range_end is not None:
        return None
    m = _MONTHS_LISTED.search(c.s, max(0, c.i - 12), c.i)
    if m is None:
        return None
    months = [int(x) for x in m.group(0).split("、")]
    fig = _make(c.article, c.s, c.i, c.i, c.u_end, c.num_text + "个", c.names, kind="group",
                own_words=False)
    if fig is not None:
        fig.text = c.s[c.i:c.u_end]
        fig.names, fig.names_complete = [f"{x}月" for x in months], True
        fig.names_start = c.article.scan.original_span(m.start(), m.start() + 1)[0]
    return Resume(c.u_end, fig)


def clock_time(c: Candidate) -> Resume | None:
    """10:30."""
    if not c.chinese and c.nxt == ":" and c.s[c.end + 1:c.end + 2].isdigit():
        return Resume(_skip_run(c.s, c.end + 1))
    return None


def calendar_year(c: Candidate) -> Resume | None:
    """2023, 2023年, 2023-2025: a year (1800–2199) before 年, a date sign or no known unit."""
    if not c.chinese and _DATE_NUMBER.fullmatch(c.s[c.num_at:c.end]) and (
            c.nxt in ("年", "-", "/", ".", "~", "至", "到") or not _unit_at(c.s, c.end, False)):
        return Resume(c.end)
    return None


#: 北纬33.20度, 东经110°30′: a coordinate names a place on the map, it is no quantity (度 there is
#: an angle, not the 度 of electricity).
_COORDINATE_BEFORE = ("北纬", "南纬", "东经", "西经", "纬度", "经度")
_COORDINATE = later(r"""[\d.]+\s*[度°](?:\s*[\d.]+\s*[分′'])?(?:\s*[\d.]+\s*[秒″"])?""")


def coordinate(c: Candidate) -> Resume | None:
    """北纬33.20度, 东经110°30′ (纬度、经度 too): a latitude or longitude."""
    if c.per or c.chinese or c.s[max(0, c.i - 3):c.i].strip()[-2:] not in _COORDINATE_BEFORE:
        return None
    m = _COORDINATE.match(c.s, c.i)
    return Resume(m.end() if m else c.end)


def month_span(c: Candidate) -> Resume | None:
    """1-11月, 从3到5月: a span of months."""
    if c.second is not None and c.second[1][0] == "月":
        return Resume(c.second[0] + 1)
    return None


# --- ranks ------------------------------------------------------------------------------------------
def _rank(c: Candidate, word: str, end: int) -> Resume:
    """A rank; quotes around it alone are its own (稳坐“前三把交椅”), no name's."""
    start = c.i - 1 if c.prev and c.prev in "第前" else c.i
    own_quotes = c.s[start - 1:start] == '"' and c.s[end:end + 1] == '"'
    return Resume(end, _make(c.article, c.s, start, c.i, end, word, c.names, kind="rank",
                             quoted=own_quotes))


def _after_is_open(c: Candidate) -> bool:
    after = c.s[c.u_end:c.u_end + 1]
    return after in _PUNCT or after == "的"


def _after_is_open_or_change(c: Candidate) -> bool:
    """After a rank: punctuation, 的, or a word of change (从全国第五提升到第三)."""
    return _after_is_open(c) or c.s.startswith(_CHANGE_WORDS, c.u_end)


def ordinal(c: Candidate) -> Resume | None:
    """第32名, 第一家, 第24座, 全区第一, 第一大, 第四城 are ranks; 第三批, 第七次, 第二套, 第三代,
    第一产业 are ordinals of other kinds, not figures."""
    if c.prev != "第" or c.per:
        return None
    m = _RANK_SPAN.match(c.s, c.end) if c.uname == "" else None
    if m:  # 排名第三至第七位: ranks 3 to 7
        return _rank(c, "第" + c.s[c.i:m.end()], m.end())
    if c.uname in _RANK_COUNTERS and not c.odd:
        return _rank(c, "第" + c.num_text + c.uname, c.u_end)
    if c.uname == "" and c.nxt == "大" and not c.s.startswith(_RANK_NOT_AFTER_DA, c.end + 1):
        return _rank(c, "第" + c.num_text + "大", c.end + 1)  # 第一大经济城市, 第三大城市
    window = c.s[max(0, c.i - 9):c.i - 1]
    if c.uname == "" and _after_is_open_or_change(c) and (
            _RANK_BEFORE.search(window) or window.endswith(TO_LEVEL)):
        return _rank(c, "第" + c.num_text, c.u_end)
    return Resume(c.u_end if c.uname else c.end)


#: The rank before a 、 that lists the next rank with it (分列第四、五名, 位列第2、3位).
_RANK_LISTED_BEFORE = later(r"第[\d一二三四五六七八九十]+、$")


def rank_listed(c: Candidate) -> Resume | None:
    """第四、五名: the 五名 after 第四、 is the fifth place, not five people; it is passed over (the
    rank it means is not written whole)."""
    if c.prev != "、" or not _RANK_LISTED_BEFORE.search(c.s, max(0, c.i - 6), c.i):
        return None
    return Resume(c.u_end if c.uname else c.end)


#: A verb of place before N位/N名 with no 第 (分列27位和46位, 位列全国12名): the place, a rank.
_RANK_VERB_BEFORE = later(r"(?:分列|位列|名列|分居|位居|居于|跃居|跃升至|升至|排名|排在|排位)"
                          r"(?:全国|全省|全市|全区|全球|世界|榜单|第)?(?:[\d一二三四五六七八九十百]+[位名](?:和|、|及|与))?$")


def rank_after_verb(c: Candidate) -> Resume | None:
    """分列27位和46位, 位列全国12名: N位 after a verb of place is a place, not N people."""
    if c.uname not in ("位", "名") or c.odd or c.per or c.prev == "第":
        return None
    if not _RANK_VERB_BEFORE.search(c.s, max(0, c.i - 14), c.i):
        return None
    return _rank(c, c.num_text + c.uname, c.u_end)


def top_rank(c: Candidate) -> Resume | None:
    """前十, 前10名, 前三甲, 前三把交椅 are ranks, 前十大(行业) the count of the largest; 前三季度,
    前两年 are not figures (nor is 目前 a 前). A bare 前三 is a rank after a rank verb (位居前三), after
    a measure (增幅前三的, 市值前20的), or before the words that list who holds the places (前五的分别是)."""
    if c.prev != "前" or c.per or (c.prev2 and c.prev2 in _ENDS_IN_QIAN):
        return None
    after = c.s[c.u_end:c.u_end + 1]
    if c.uname == "" and after in ("名", "位", "强", "甲"):
        return _rank(c, "前" + c.num_text + after, c.end + 1)
    if c.uname == "" and c.s.startswith("把交椅", c.end):
        return _rank(c, "前" + c.num_text, c.end + 3)
    if c.uname in ("名", "位", "城"):
        return _rank(c, "前" + c.num_text + c.uname, c.u_end)
    if c.uname == "" and after == "大":
        end = c.end + 1  # 前十大行业: the ten largest, the size of a group (no part of a sum)
        return Resume(end, _make(c.article, c.s, c.i - 1, c.i, end, c.num_text + "个", c.names,
                                 kind="group"))
    if c.uname == "" and (_after_is_open(c) or c.s.startswith(_TOP_NOUNS, c.u_end)) \
            and (_TOP_BEFORE.search(c.s[max(0, c.i - 9):c.i - 1])
                 or _TOP_MEASURE.search(c.s[max(0, c.i - 5):c.i - 1])
                 or _TOP_LISTED.match(c.s, c.u_end)):
        return _rank(c, "前" + c.num_text, c.u_end)
    return Resume(c.u_end if c.uname else c.end)


def top_list(c: Candidate) -> Resume | None:
    """500强: a rank within a list of 500."""
    if c.uname == "" and c.nxt == "强" and not c.per:
        return _rank(c, c.num_text + "强", c.end + 1)
    return None


def provinces(c: Candidate) -> Resume | None:
    """27省份, 31省区市, 五省份, 15副省级城市: a count of provinces (or cities of a rank) with its
    noun and no counter, read as 27个省份 (27个, the noun 省份 the start of what it counts): 省
    is no unit of its own, and 副省级城市 no unknown word."""
    if c.per or c.range_end is not None or c.odd or c.suffix or not (
            c.uname == "省" or (c.bare and c.s.startswith(_RANKED_CITIES, c.end))):
        return None
    written = c.sign + c.num_text + "个"
    return Resume(c.end, _make(c.article, c.s, c.i - len(c.sign), c.num_at, c.end, written,
                               c.names, unit_name="个"))


#: Cities of a rank counted with no counter: 15副省级城市.
_RANKED_CITIES = ("副省级城市", "副省级", "计划单列市")


# --- 位 ---------------------------------------------------------------------------------------------
def names_count(c: Candidate) -> Resume | None:
    """光伏、充电、储能…六位于一体: a count of the names listed before it (六项)."""
    if c.uname != "位" or not c.s.startswith("于一体", c.u_end):
        return None
    end = c.u_end + 3
    listed = _names_count(c.s, c.i, c.num_text)
    if listed is None:
        return Resume(end)
    fig = _make(c.article, c.s, c.i, c.i, end, c.num_text + "项", c.names)
    if fig is not None:
        fig.text = c.s[c.i:end]
        fig.names, fig.names_complete = listed[0], True
        fig.names_start = c.article.scan.original_span(listed[1], listed[1] + 1)[0]
    return Resume(end, fig)


def big_group(c: Candidate) -> Resume | None:
    """三大主导产业为纺织鞋服、石油化工、建材家居, 电子信息…和生物医药四大产业, A、B，是X的五大Y,
    EDA三巨头（Synopsys、Cadence、Siemens） (N巨头 as N大),
    这三大产业, 八大类…
    “四升三降一平”: the size of a group whose members the sentence lists (or 这 points back to, or a
    tally splits); 两大平原 and
    二十大 name no members and are no figures."""
    giants = c.bare and c.s.startswith("巨头", c.end)  # EDA三巨头（Synopsys、Cadence、Siemens）
    if not ((c.bare and c.nxt == "大") or giants) or c.prev in ("第", "前"):
        return None
    if not c.chinese and not _tally_after(c.s, c.end + 1):
        return None  # 8大类…“六升二降”: digits name a group only before its tally
    end = c.end + (2 if giants else 1)
    if not 2 <= c.numeral.value <= 10 or c.numeral.span is not None:
        return Resume(end)
    named = _names_listed(c.s, c.i) is not None or c.prev in ("这", "其", "该") \
        or copula_list(c.s, c.i) is not None or pair_before(c.s, c.i) is not None \
        or _names_after(c.s, end) \
        or members_named(c.s, end) or _tally_after(c.s, end) \
        or _POINTS_AFTER.match(c.s, end) or _classes_after(c, end)
    if not named:
        return Resume(end)
    return Resume(end, _make(c.article, c.s, c.i, c.num_at, end, c.num_text + "个", c.names,
                             kind="group"))


#: A split by the classes of an official classification, in a lead (分三大门类看，采矿业…; 从三大产业看，;
#: 分四大区域看，; 三大门类中，): the clauses after it name the classes.
_CLASS_LEAD = later(r"(?:[门門][类類]|[产產]业|[产產]業|[区區]域)(?:[来來])?看[，,：:]")
_CLASSES_AMONG = later(r"[门門][类類]中[，,]")


def _classes_after(c: Candidate, end: int) -> bool:
    return bool((c.prev in ("分", "从", "從", "按") and _CLASS_LEAD.match(c.s, end))
                or _CLASSES_AMONG.match(c.s, end))


#: A tally of directions later in the clause of a group (八大类消费品价格呈现“四升三降一平”).
_TALLY_AFTER = later(r"[^，,。；;：:！!？?\n]{0,16}?" + f"(?:{_TALLY_PAIR}、?){{2,}}")


#: Points the text goes on to number after a count of them (来看发布会八大关注点。 then 关注点一：…;
#: 两大变化：一是…).
_POINTS_AFTER = later(r"[^，,。；;：:！!？?\n\d]{0,4}?(?:" + "|".join(POINTS) + r")(?:[：:，,]一是|"
                      r"[^\n]{0,16}\n\s*(?:[\u4e00-\u9fff]{0,4}一[是、：:]|[（(]一[）)]))")


def _tally_after(s: str, at: int) -> bool:
    """八大类…呈现“四升三降一平”: the tally splits the group by direction (its counts add up to it)."""
    return _TALLY_AFTER.match(s, at) is not None


_NAMES_AFTER = later(r"[^，,。；;：:、\d]{1,8}?(?:[，,](?:分别为|分别是|依次为|依次是|即)[：:]?|"
                     r"分别为|分别是|包括|为|是|：|:)([^，,。；;]{1,200})")


def _names_after(s: str, at: int) -> bool:
    """三大主导产业为A、B、C, 三大主导产业，分别是A、B和C: names after the group (as many as it
    counts, or not: a count that differs from its names is a finding)."""
    m = _NAMES_AFTER.match(s, at)
    if m is None:
        return False
    items = compiled(r"[、]|(?<=.)(?:和|及|与|以及)(?=.)").split(m.group(1))
    return len(items) >= 2 and all(1 <= len(x) <= 14 for x in items)


def grade(c: Candidate) -> Resume | None:
    """二级巡视员, 三级医院: a grade, not a count; 市、县、乡三级 and “镇一村一站”三级: a count of
    the levels named before it (市、县、乡五级 too: a count that differs from its names is a
    finding)."""
    if c.uname != "级" or c.numeral.magnitude >= 10**4:
        return None
    if "." in c.num_text or _MEASURED_IN_GRADES.match(c.s, c.fig_end) \
            or _MEASURED_IN_GRADES_BEFORE.search(c.s, max(0, c.i - 4), c.i):
        return Resume(c.fig_end)  # 5.7级地震, 6至8级阵风: a magnitude or a force, no count
    listed = _names_count(c.s, c.i, c.num_text) or _few_names(c)
    if listed is not None and _COUNTED_ALREADY.search(listed[0][-1]):
        listed = None  # 松花江、…、西北诸河六个水资源一级区: 六个 counts the names, 一级 ranks them
    if listed is None:
        if c.prev in ("”", '"', "」", "』"):
            return None  # the levels named in the quoted phrase before
        return Resume(c.u_end)
    fig = _make(c.article, c.s, c.i, c.i, c.u_end, c.num_text + c.uname, c.names)
    if fig is not None:
        fig.names, fig.names_complete = listed[0], True
        fig.names_start = c.article.scan.original_span(listed[1], listed[1] + 1)[0]
    return Resume(c.u_end, fig)


#: A count with its counter in the last name before a grade (water-resources-2006 bulletin: 松花江、辽河、
#: 海河、黄河、淮河、西北诸河六个水资源一级区): the count counts the names, the grade is what they are.
_COUNTED_ALREADY = later(r"(?:[一二两三四五六七八九十]+|\d+)(?:个|家|所|座|条|项|类|种|大|处|片)")
#: After a grade, what it measures (5.7级地震, 6.8级强震, 6至8级阵风, 7-8级短时大风): an earthquake's
#: magnitude or a wind's force, measured on a scale, never a count of anything.
_MEASURED_IN_GRADES = later(r"(?:[^，,。；;：:、\d]{0,4}?(?:地震|余震|强震|震)|(?:短时)?(?:阵风|大风|风))")
#: Before it: 震级, 里氏, 风力 (震级为6.8级, 里氏7.0级, 风力达8级).
_MEASURED_IN_GRADES_BEFORE = later(r"(?:震级|里氏|风力|级别)[为达是到]?$")


def _few_names(c: Candidate) -> tuple[list[str], int] | None:
    """The names of a short list right before a one-digit numeral (市、县、乡 before 五级), whatever
    the numeral says."""
    listed = _names_listed(c.s, c.i)
    if listed is None or not (c.chinese and len(c.num_text) == 1) or c.s[c.i - 1:c.i] == "等" \
            or len(listed[0]) > 10:
        return None
    return listed


def layers(c: Candidate) -> Resume | None:
    """经济、社会、生态三重效益, 需求收缩、供给冲击、预期转弱三重压力: a count of the names listed before
    it; 三重 with no list before it (中国一重, 三重门) is no figure."""
    if not (c.bare and c.chinese and c.nxt == "重"):
        return None
    end = c.end + 1
    listed = _few_names(c)
    if listed is None:
        return Resume(end)
    fig = _make(c.article, c.s, c.i, c.i, end, c.num_text + "项", c.names, own_words=False)
    if fig is not None:
        fig.text = c.s[c.i:end]
        fig.names, fig.names_complete = listed[0], True
        fig.names_start = c.article.scan.original_span(listed[1], listed[1] + 1)[0]
    return Resume(end, fig)


def session(c: Candidate) -> Resume | None:
    """十七届人大, 十九届四中全会: the session of a body (an ordinal); 连续三届 is a count."""
    if c.uname == "届" and _SESSION_OF.match(c.s, c.u_end):
        return Resume(c.u_end)
    return None


_SESSION_OF = later(
    r"(?:人大|政协|中央|全会|[一二三四五六七八九]中全会|党代会|.?运会|会议|代表大会|委员会)")


def one_body(c: Candidate) -> Resume | None:
    """三位一体: a phrase."""
    return Resume(c.u_end + 2) if c.uname == "位" and c.s.startswith("一体", c.u_end) else None


def digit_count(c: Candidate) -> Resume | None:
    """两位数增长: a growth rate with two digits before the point, [10%, 100%) (a class of
    rates); 三位数的编号 is a number of digits, no figure."""
    if not (c.uname == "位" and c.s.startswith("数", c.u_end)):
        return None
    m = _DIGITS_OF_GROWTH.match(c.s, c.u_end + 1)
    if m is None or not c.chinese or c.numeral.value > 9:
        return Resume(c.u_end + 1)
    end = c.u_end + 1 + len(m.group(0))
    return Resume(end, _make(c.article, c.s, c.i, c.num_at, end, c.num_text + "位数增长", c.names,
                             kind="class"))


_DIGITS_OF_GROWTH = later("的?(?:增长|增速|增幅)")


# --- numbers without a unit ---------------------------------------------------------------------------
_SIGNED = later(r"([-−])\d")
#: The units a list of three or more bare numbers takes from its last (rates and their differences).
_LIST_UNITS = ("个百分点", "%", "％")
_MAGNITUDE_END = later(r"(?:万亿|万|亿)$")
_DATE_UNITS = ("月", "日", "号")


def number_pair(c: Candidate) -> Resume | None:
    """分别高2.1和1.5个百分点, 由0到3家: the first number takes the unit of the second
    (2.1个百分点, 0家), and its magnitude (分别为4488和949亿元: 4488亿元); in a list (分别拉动经济增长
    5.3、1.1、1.7个百分点), the unit of the last."""
    s, end = c.s, c.end
    if not (c.bare and not c.chinese):
        return None
    join = next((w for w in _PAIR_JOIN if s.startswith(w, end)), None)
    if join is None or not (s[end + len(join):end + len(join) + 1].isdigit()
                            or (join in ("、", "和") and _SIGNED.match(s, end + len(join)))):
        return None
    if join not in ("和", "、", "及", "与", "或") and not compiled(r"[从由]$").search(s[max(0, c.i - 1):c.i]):
        return None  # 由0到3家, 从2到5个: a change from one level to another
    hit2 = None
    at, items = end + len(join), 1
    while True:  # the numbers of a list, each bare but the last (5.3、1.1、1.7个百分点; 3.4、-0.5、1.0)
        at += len(_SIGNED.match(s, at).group(1)) if _SIGNED.match(s, at) else 0
        try:
            _, end2 = _read_numeral_guarded(s, at)
        except NumeralError:
            return None
        items += 1
        hit2 = _unit_at(s, end2, False)
        if hit2 is not None or s[end2:end2 + 1] not in ("、", "和") or items > 8 \
                or not (s[end2 + 1:end2 + 2].isdigit() or _SIGNED.match(s, end2 + 1)):
            break
        at = end2 + 1
    # 分别为4488和949亿元, 12、15和20万元: the magnitude of the last is the list's too
    magnitude = _MAGNITUDE_END.search(s, at, end2)
    shared = magnitude.group() if magnitude is not None and c.numeral.magnitude == 1 else ""
    # 分别进口3385.3万、957.2万、150万吨: each number has the magnitude, the last one the unit
    alike = magnitude is not None and c.num_text.endswith(magnitude.group())
    if hit2 is None or (items > 2 and hit2[0] not in _LIST_UNITS and not shared and not alike) \
            or hit2[0] in _DATE_UNITS:
        return None  # 5、6和7月份: months of the calendar, no durations
    return Resume(end, _make(c.article, s, c.i - len(c.sign), c.num_at, end,
                             c.sign + c.num_text + shared + hit2[0], c.names, unit_name=hit2[0]))


def bare_chinese(c: Candidate) -> Resume | None:
    """一 in 一体化, 三 in 三农: a Chinese numeral with no unit is a word; not 万亿 after a bound
    word (突破万亿, 破千亿)."""
    if not (c.bare and c.chinese):
        return None
    if c.numeral.magnitude >= 10**4 and "bound" in c.words_before():
        return None
    return Resume(c.end)


def fraction(c: Candidate) -> Resume | None:
    """1/6, 三分之一: an exact share (仅为宁波的1/6); not 1/2/3, 12/3 (b < a), 3/5月 (a date)."""
    s, end = c.s, c.end
    if not c.bare or c.per:
        return None
    if not c.chinese and c.nxt == "/":
        m = _FRACTION_AFTER.match(s, end)
        if m is None or c.prev.isdigit() or c.prev in "/-." or c.numeral.magnitude != 1 \
                or not c.num_text.isdigit() or not int(c.num_text) < int(m.group(1)) <= 100:
            return None
        stop = m.end()
    elif c.chinese and s.startswith("分之", end):
        m = _CN_FRACTION_AFTER.match(s, end + 2)
        if m is None or c.num_text in ("百", "千", "万"):
            return None
        stop = m.end()
    else:
        return None
    suffix = next((w for w in SUFFIX if s.startswith(w, stop)), "")
    return Resume(stop + len(suffix), _make(c.article, s, c.i, c.num_at, stop + len(suffix),
                                            s[c.num_at:stop] + suffix, c.names,
                                            suffix=suffix or None))


_FRACTION_AFTER = later(r"/(\d{1,3})(?![\d/.\-月日号年]|,\d{3})")  # not 18,351/18,351百万股
_CN_FRACTION_AFTER = later("[一二三四五六七八九十]+")


def number_series(c: Candidate) -> Resume | None:
    """12-3, 3/1: a code or a date written with - or /."""
    if c.bare and c.nxt in ("-", "/") and c.s[c.end + 1:c.end + 2].isdigit():
        return Resume(_skip_run(c.s, c.end + 1))
    return None


def enumerator(c: Candidate) -> Resume | None:
    """1、 1. 2) (1): the number of an item in a list (not 313万、: a magnitude makes a figure)."""
    if c.bare and _ENUM_AFTER.match(c.nxt) and c.numeral.magnitude == 1:
        return Resume(c.end + 1)
    return None


def long_code(c: Candidate) -> Resume | None:
    """1234567: seven digits or more with no magnitude, decimals or separators: a code."""
    t = c.num_text
    if c.bare and len(t) >= 7 and "." not in t and "," not in t and c.numeral.magnitude == 1:
        return Resume(c.end)
    return None


def latin_after(c: Candidate) -> Resume | None:
    """5G, 3D, 4A级: a number before Latin letters is a name."""
    if c.bare and c.nxt and c.nxt.isascii() and c.nxt.isalpha():
        return Resume(_skip_ascii(c.s, c.end))
    return None


def unknown_word_after(c: Candidate) -> Resume | None:
    """12万标箱 (an unknown unit: kept, not understood), 12345热线, 104国道 (names); but a number
    before a word that is no unit is a plain number (1500亿的, 1.32亿增长了, 从2.37缩小到1.94,
    1.6左右, and with a magnitude before any word without a counter in it: 8万桌椅, 3万亿之路)."""
    nxt = c.nxt
    if not (c.bare and nxt and nxt not in _PUNCT and not nxt.isspace() and nxt not in "余多"):
        return None
    if c.numeral.magnitude == 1 and "." not in c.num_text:
        return Resume(c.end)  # only a number with a magnitude or decimals is worth reporting
    if c.s.startswith(_AFTER_PLAIN, c.end) and not c.per:
        return None
    probe = _PROBE.match(c.s, c.end)
    if probe and c.numeral.magnitude >= 10**4 and not c.per \
            and not _has_unit_char(probe.group(0)):
        return None
    text = c.num_text + (probe.group(0) if probe else "")
    try:
        parse_quantity(text)
    except NotAQuantity:
        return Resume(c.end)
    except QuantityError as err:
        end = c.end + (len(probe.group(0)) if probe else 0)
        return Resume(c.end, _unreadable(c.article, c.s, c.i, end, text, str(err), c.names))
    return Resume(c.end)


def bare_number(c: Candidate) -> Resume | None:
    """A bare whole number is a figure only after 为/达/是 or a bound word (PMI为50), or as the
    total of the counted parts a 其中 lists after it (新增本土无症状感染者37，其中常熟市2例): else a
    code or a name."""
    if not (c.bare and "." not in c.num_text and c.numeral.magnitude == 1):
        return None
    words = c.words_before()
    if words.get("neutral") in _STATING or "bound" in words or _COUNTED_PARTS.match(c.s, c.end):
        return None
    return Resume(c.end)


#: After a total written without its counter: a 其中 and a counted part (，其中常熟市2例).
_COUNTED_PARTS = later(r"[，,]其中[，,：:]?[^\d，,。；;]{0,12}\d+(?:例|人|家|个|项|所|宗|起|件|名)")


# --- units that make a period, a date or a word ---------------------------------------------------
def age_group(c: Candidate) -> Resume | None:
    """25-59岁就业主体人群, 16-24岁城镇人口, 3岁以下婴幼儿托位数, 60岁及以上人口(为26402万人): the
    ages that name a group, no figure (the group's count or share is one). An age bound stated of
    someone (年龄在60岁以上, 年满18岁以上的) stays a figure."""
    if c.uname != "岁":
        return None
    after = c.s[c.u_end:c.u_end + 1]
    if c.range_end and after and after not in _PUNCT and after not in "的之以左上":
        return Resume(c.u_end)
    if c.range_end is None and c.suffix in _AGE_BANDS and _GROUP_AFTER.match(c.s, c.fig_end) \
            and not _AGE_OF.search(c.s, max(0, c.i - 4), c.i):
        return Resume(c.fig_end)
    return None


_AGE_BANDS = ("以上", "以下", "及以上", "及以下")
#: After an age band, the group it names: 人口, 婴幼儿, 老年人口 (的 before them too).
_GROUP_AFTER = later(r"的?[\u4e00-\u9fff]")
#: Words that state someone's age before it: then the band is a figure of that age.
_AGE_OF = later(r"(?:年龄|年满|年纪|岁数|寿命|满|活到)[在为达到是]?$")


def magnitude_label(c: Candidate) -> Resume | None:
    """百亿斤粮食产能基地, 千亿元产业集群: a magnitude alone before a noun names a class of
    things, no figure (突破百亿斤 and 千亿斤以上 are figures)."""
    if not (c.chinese and c.uname and _MAGNITUDE_ALONE.fullmatch(c.num_text)):
        return None
    after = c.s[c.fig_end:c.fig_end + 1]
    if not after or after in _PUNCT or after == "的" or c.suffix or "bound" in c.words_before():
        return None
    return Resume(c.fig_end)


_MAGNITUDE_ALONE = later("[百千]?(?:万亿|万|亿)|[百千]")


def per_base(c: Candidate) -> Resume | None:
    """每10万人: the base of a rate per so many people, exact (100000人), not a rounded count."""
    unit = c.unit
    if c.prev != "每" or unit is None or not unit.integer or unit.dimension not in ("count", "visits") \
            or c.numeral.magnitude == 1 or c.numeral.value.denominator != 1 or c.odd or c.suffix \
            or c.range_end or c.sign:
        return None
    written = str(int(c.numeral.value)) + c.uname
    return Resume(c.u_end, _make(c.article, c.s, c.i, c.num_at, c.u_end, written, c.names,
                                 unit_name=c.uname))


_PER_AREA_BEFORE = later(r"每(公顷|亩|平方米|平方公里)(?:增加|减少|提高|下降|增产|减产)?$")


def per_area_before(c: Candidate) -> Resume | None:
    """单产每公顷4582公斤, 单产每公顷增加63.3公斤: 每公顷 before the number belongs to its unit
    (4582公斤/公顷), a yield, never a mass to add up or to compare with 万吨."""
    m = _PER_AREA_BEFORE.search(c.s, max(0, c.i - 7), c.i)
    if m is None or c.unit is None or c.unit.dimension != "mass" or c.per or c.sign \
            or c.range_end or c.odd or "/" in c.uname:
        return None
    name = f"{c.uname}/{m.group(1)}"
    written = c.num_text + name + (c.suffix or "")
    return Resume(c.fig_end, _make(c.article, c.s, c.i, c.num_at, c.fig_end, written, c.names,
                                   suffix=c.suffix, unit_name=name))


def month(c: Candidate) -> Resume | None:
    """7月, 去年9月: a month."""
    unit = c.unit
    if unit is not None and unit.base == "月" and c.uname in ("月", "月份") and not c.odd:
        return Resume(c.u_end)
    return None


def quarter(c: Candidate) -> Resume | None:
    """一季度, 前三季度."""
    return Resume(c.u_end) if c.uname == "季度" else None


#: What follows a year written with two digits (18年1-7月份, 17年全年, 21年上半年): a part of it.
_WITHIN_YEAR = later(r"\d{1,2}\s*(?:[-—–~至到]\s*\d{1,2}\s*)?月|全年|[上下]半年|前三季度|"
                     r"[一二三四1-4]季度|年初|年底|年末|同期|以来")


def year_or_period(c: Candidate) -> Resume | None:
    """二〇二三年, 2025年目标, 两年平均增长: a year, a name, the years of an average: no figure;
    三年来, 近五年, 5年间, 20年前: the span a statement covers, a period (近 is "recent" here, not
    "nearly")."""
    if c.uname != "年":
        return None
    if c.chinese and len(c.num_text) >= 3:
        return Resume(c.u_end)
    if not c.chinese and len(c.num_text) == 2 and c.num_text.isdigit() and (
            c.num_text[0] == "0" or _WITHIN_YEAR.match(c.s, c.u_end)):
        return Resume(c.u_end)  # 18年1-7月份, 17年全年, 08年金融危机: the years 2018, 2017, 2008
    after = c.s[c.odd_end:c.odd_end + 3]
    if _AVERAGE_AFTER_YEAR.match(c.s[c.odd_end:c.odd_end + 18]) or _NAME_AFTER_YEAR.match(after) or \
            c.prev in ("前", "后"):
        return Resume(c.u_end)  # 前两年, 后三年: which years, not how long
    return _span_of_time(c, after)


#: Spans shorter than a year that a statement can cover (近三个季度, 过去30天内).
_SPAN_UNITS = frozenset(("个月", "个季度", "天", "周", "个星期", "星期"))  # 日 is a date (3日前)


def time_span(c: Candidate) -> Resume | None:
    """近三个季度, 近3个月以来, 过去30天内: the span a statement covers, a period (近 is "recent"
    here, not "nearly"); 历时近3个月 stays a duration of nearly three months."""
    if c.uname not in _SPAN_UNITS:
        return None
    return _span_of_time(c, c.s[c.odd_end:c.odd_end + 3])


def _span_of_time(c: Candidate, after: str) -> Resume | None:
    """A period when a word before (近, 过去, 这) or after (以来, 内, 间) makes the number the span a
    statement covers."""
    before = _PERIOD_BEFORE.search(c.s[max(0, c.i - 2):c.i])
    if before and before.group(0) == "近" and c.uname != "年" and not _PERIOD_AFTER_YEAR.match(after) \
            and _LASTING_BEFORE.search(c.s[max(0, c.i - 4):c.i - 1]):
        return None  # 历时近3个月: nearly three months (近三个季度营收, 基金近三个月 are spans)
    if _PERIOD_AFTER_YEAR.match(after) or before:
        if c.odd or c.range_end or c.sign or \
                (c.chinese and c.numeral.value == 1 and not _PERIOD_AFTER_YEAR.match(after)):
            return Resume(c.u_end)  # 走过这一年: this year, a point of time
        start = c.i - len(before.group(0)) if before else c.i
        end = c.odd_end + (m.end() if (m := _PERIOD_AFTER_YEAR.match(after)) else 0)
        fig = _make(c.article, c.s, start, c.num_at, end, c.num_text + c.uname, c.names,
                    kind="period")
        return Resume(end, fig)
    return None


#: Words of lasting before 近 + a span: 历时近3个月 is "nearly three months", not "the last three".
_LASTING_BEFORE = later(r"(?:历时|用时|耗时|持续|长达|为期|达|已|欠|花了|用了|经过|历经|工期|超过|了|约)$")


def day_of_month(c: Candidate) -> Resume | None:
    """1月18日, 18日上午: a date."""
    if c.uname in ("日", "号") and (c.prev == "月" or (c.numeral.value <= 31 and not c.odd)):
        return Resume(c.u_end)
    return None


def anniversary(c: Candidate) -> Resume | None:
    """70周年, 18周岁."""
    if c.uname in ("周", "星期") and c.s[c.u_end:c.u_end + 1] in ("年", "岁"):
        return Resume(c.u_end + 1)
    return None


def class_word(c: Candidate) -> Resume | None:
    """千亿级, 3万亿量级: a class of size [X, X + u) (a magnitude alone: [M, 10M)), not a count."""
    if c.numeral.magnitude < 10**4 or c.per:
        return None
    m = _CLASS_AFTER.match(c.s, c.end)
    if m is None:
        return None
    return Resume(m.end(), _make(c.article, c.s, c.i, c.num_at, m.end(), c.num_text + m.group(0),
                                 c.names, kind="class"))


_CLASS_AFTER = later("元?(?:" + "|".join(CLASS_SUFFIX) + ")")


def place_class(c: Candidate) -> Resume | None:
    """万亿GDP城市, 4万亿之城, 万亿俱乐部, 12万亿大省: a place of the class "at least X"."""
    if c.numeral.magnitude < 10**4 or c.per or c.odd:
        return None
    m = _PLACE_CLASS.match(c.s, c.end)
    if m is None:
        return None
    written = c.num_text + (m.group(1) or "") + "以上"
    return Resume(m.end(), _make(c.article, c.s, c.i, c.num_at, m.end(), written, c.names,
                                 kind="class"))


_PLACE_CLASS = later(r"(元)?(?:GDP)?(?:之城|城市|俱乐部|大省|强省|大市|强市|市辖区)", re.IGNORECASE)


_SHARE_OF_BEFORE = later(r"占[^，,。；;：:\d]{0,12}$")


def lone_one(c: Candidate) -> Resume | None:
    """一批, 一天: a word, unless a bound word makes it a figure (近一成), a change word a
    multiple (涨了一倍), or 占 a share (占全市的一成)."""
    if c.chinese and c.numeral.value == 1 and c.num_text == "一" and not c.odd:
        words = c.words_before(floor=0)
        if "bound" in words or (c.uname == "倍" and ("up" in words or "down" in words)):
            return None
        if c.uname == "成" and _SHARE_OF_BEFORE.search(c.s, max(0, c.i - 14), c.i):
            return None
        return Resume(c.u_end)
    return None


def reduplication(c: Candidate) -> Resume | None:
    """一个个, 一家家: "one by one"."""
    u = c.uname
    if u and c.s[c.u_end:c.u_end + len(u)] == u:
        return Resume(c.u_end + len(u))
    return None


def slogan(c: Candidate) -> Resume | None:
    """一村一站, 三高一资: one-digit numerals alternating with words (not 两座一线城市: 一线 is a
    word)."""
    s, u_end = c.s, c.u_end
    if c.chinese and c.uname and s[u_end:u_end + 1] in _CN_DIGITS and s[u_end + 1:u_end + 2] \
            and s[u_end + 1] not in _PUNCT and len(c.num_text) == 1 \
            and not s.startswith(_WORDS_WITH_ONE, u_end) and not _DIVISIONS.match(s, c.i):
        return Resume(u_end)
    return None


#: 下辖四区三县, 三区两县: counts of divisions, each more than one (一区一策 is a slogan).
_DIVISIONS = later(r"[二两三四五六七八九十]+[区县市镇乡][二两三四五六七八九十]+[区县市镇乡]")


#: Words that begin with 一 and are no numeral of a slogan: 两座一线城市, 三家一流企业.
_WORDS_WITH_ONE = ("一线", "一流", "一批", "一些", "一定", "一起", "一直", "一致", "一般", "一体化")


def service_circle(c: Candidate) -> Resume | None:
    """15分钟医保服务圈, 半小时经济圈: a name."""
    s, u_end, unit = c.s, c.u_end, c.unit
    if s[u_end:u_end + 1] == "圈" or (unit is not None and unit.dimension == "time"
                                      and compiled(r"[^，,。；;、]{0,6}圈").match(s[u_end:u_end + 7])):
        return Resume(u_end)
    return None


#: The guards in the order they look at a candidate.
#: The unit written once after the last of a pair: 0.7个和2.2个百分点.
_PAIRED_POINTS = later(r"(?:\s*(?:和|、|与|及|或)\s*[0-9０-９.．]+\s*个)+百分点")


def points_shared(c: Candidate) -> Resume | None:
    """加快0.7个和2.2个百分点: the first figure is in 百分点 too, not a count of 0.7个."""
    if c.uname != "个" or not _PAIRED_POINTS.match(c.s, c.fig_end):
        return None
    written = c.sign + c.num_text + "个百分点"
    fig = _make(c.article, c.s, c.i - len(c.sign), c.num_at, c.fig_end, written, c.names,
                unit_name="个百分点")
    return Resume(c.fig_end, fig)


GUARDS: tuple[Guard, ...] = (
    too_long, unreadable_numeral, no_numeral, trailing_dian, points_shared,
    identifier, date, plus_name, idiom, streak, place_name, tally, quoted_count, months_listed, clock_time,
    calendar_year, coordinate, month_span,
    ordinal, rank_listed, top_rank, rank_after_verb, top_list, provinces,
    names_count, big_group, grade, layers, session, one_body, digit_count,
    class_word, place_class, fraction,
    number_pair, bare_chinese, number_series, enumerator, long_code, latin_after,
    unknown_word_after, bare_number, age_group, magnitude_label, per_base, per_area_before,
    month, quarter, year_or_period, time_span, day_of_month, anniversary, lone_one,
    reduplication, slogan, service_circle,
)


#: The guards that stop only a numeral in Chinese characters (三门峡, 一批), and those that stop only
#: one in digits (PM2.5, 10:30): each returns None at once on a numeral of the other script, so the
#: table of that script leaves it out (tests/test_guards_by_script.py holds them to it).
CHINESE_ONLY = frozenset({trailing_dian, idiom, place_name, tally, quoted_count, layers, bare_chinese,
                          magnitude_label, lone_one, slogan})
DIGITS_ONLY = frozenset({identifier, date, plus_name, clock_time, calendar_year, coordinate})
#: The guards up to the reading of the numeral (what follows may ask in which script it is).
_HEAD = GUARDS[:GUARDS.index(no_numeral) + 1]
#: The guards after those, by the script of the numeral (``Candidate.chinese``), in their order.
BY_SCRIPT = {chinese: tuple(g for g in GUARDS[len(_HEAD):]
                            if g not in (DIGITS_ONLY if chinese else CHINESE_ONLY))
             for chinese in (True, False)}


def _read_candidate(article: ArticleText, s: str, i: int, names, per: str | None = None
                    ) -> tuple[Figure | None, int]:
    """Read the figure whose numeral starts at i; return it (or None) and where to go on."""
    c = Candidate(article, s, i, names, per)
    for guard in _HEAD:
        stop = guard(c)
        if stop is not None:
            return stop.figure, stop.at
    for guard in BY_SCRIPT[c.chinese]:
        stop = guard(c)
        if stop is not None:
            return stop.figure, stop.at
    written = c.sign + (per or "") + c.num_text + c.uname + c.odd + (c.suffix or "")
    unit_name = c.uname + (c.odd[1:] if len(c.odd) == 2 else "")
    fig = _make(article, s, i - len(c.sign), c.num_at, c.fig_end, written, names,
                suffix=c.suffix, unit_name=unit_name)
    return fig, c.fig_end
