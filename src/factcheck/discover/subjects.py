"""What a claim is about, as a key: its subject, period, place and measure.

Two claims of an article that have the same key state the same figure — a headline and its body,
a lead and a later paragraph, a figure repeated in a quote — and must agree (:mod:`.duplicate`).
The key is built so that figures which only look alike never share one:

- **label**: the claim's label with the words that carry no subject stripped (time words, places,
  verbs, 同比 / 增长 / 两年平均 …), the names of the GDP made one (GDP, 国内生产总值, 地区生产总值,
  生产总值), and so the names of a place's trade (外贸, 进出口总值, 货物贸易进出口总值), of the foreign
  investment it takes in (吸收外资, 实际使用外资金额) and of the postgraduate exam's candidates (考研报考,
  研究生报考人数), and a flow named by its verb as by its noun (发送旅客 and 旅客发送量, 接待游客 and 游客
  接待量; the next object of the verb in a list, 发送旅客28.25亿人次、货物26.39亿吨, is 发送货物); who
  states it (政府工作报告官宣), 累计, 今年, 保持 and 延续 name no subject. A label
  shorter than 4 characters, or one that names no subject (增长, 其中, 合计, a comparison, a list),
  is generic: such a claim has no key. A bare growth rate (三季度同比增长4.9%)
  takes the subject of the figure it follows in its sentence, or of the previous sentence of its
  paragraph, and so does a rate named after its figure with only a verb before it (仍能保持3%的
  增长, 以58.3%的同比增速); a label that relates the figure to another (拉动GDP增长, 高于…, 占…)
  takes the subject of its sentence in front, a count followed by what it counts and 中 (在146家
  千亿市值以上的公司中，有33家…) is the count of that group, a count named again by a demonstrative
  (这38家公司中, 这六个因素) has the key of the nearest count before it in its measure word that
  counts the same (A股千亿市值以上的公司有38家; 以上六个因素), and a share of a whole named by
  在X中所占比重 (在X中占比, 在X中的比重) that of the level right before it: the part's, not the
  whole X's; a figure in a sentence opened by a whole's name and 中 (今年8月零售业总销货价值中，网上
  销售占7.3%，临时估计为24亿元) is a part's, keyed under that whole (as one listed after a 其中 is).
  规模以上 and 规上 (限额以上, 限上) are one word.
- **period**: the year and the part of it (一季度, 上半年, 前三季度, 9月 …) named before the figure
  in its sentence, else in its paragraph before it; the year falls back to the article's, 上年 and
  明年 count from it. A period named as a base of comparison (比一季度, 比2020年) is not the
  figure's — except the year of a level stated as the base (比2020年的73129亿元). One of a list
  after 分别 has the period the sentence lists in its place (7、8、9三个月…分别为5.1%、5.1%和4.9%).
  A part of a year has one name however it is written (前2个月, 前两个月, 1—2月份: 1-2月; 1-3月:
  一季度; 1-6月: 上半年; 1-9月: 前三季度), and so does a holiday (国庆期间, 国庆假期, 国庆长假: 国庆假期;
  春节假日期间: 春节假期) and its first days (前4天, 前四天, 国庆假期1-4日); 今年 is the article's own
  year, named or not, and 过去一年 the year before it (a report reviews last year and sets this
  year's targets). An item of a list whose lines end in ； has the period of the line ending in ：
  that opens it.
- **places**: the places named last before the figure in its sentence (else in its paragraph):
  江苏, 海淀, 全国 (中国, 我国) …, not one compared with or ranked in (高于全省, 稳居全国第一), nor a
  word that ends in 市 or 区 (就业市场, 流通市值, 重点区域), nor the nation in the name of a body that
  reports (中国铁路总公司, 中国汽车工业协会). 全省,
  本市 … are the place of that kind named before them, else the article's own place when the
  article calls it so (全市 in a city's report), else a place of their own. None named is the
  article's place, never equal to a named one — but in an article that names one place only (and
  the nation) and calls it 全市 (全省 …), where that place is named is where none is (成都市统计局公布…
  前11月全市规模以上工业增加值 in the lead and 全市规模以上工业增加值 in a section). A heading over a section
  has the place its opening sentence names, 全市 read the same way, and the article's own place
  named by its name is no place there either (a deck 前10月 规模以上工业企业实现利润总额3819.8亿元 over
  1-10月，四川省规模以上工业企业… in a 四川 article), nor in a headline.
- **measure**: the unit and what the figure is — a level, a change (增加了…), a share, a growth
  rate (also a class of rates, 保持两位数增长, and a ratio after a bare verb of change, 货运量增逾两成,
  出口同比大增62.8%), a change in 百分点 — with the words that make it another figure: 两年平均, 实际, 名义,
  环比, 年均, 拉动, a projection (预计, 预期, 目标 …), a base other than a year earlier (比一季度).
  环比 holds to the end of its sentence, and a section opened by 从环比看 to the end of its
  paragraph, until 同比 or a new 从…看 (从环比看，二季度国内生产总值增长0.7% is not the 二季度增长
  4.7% before it); a list of targets after 目标是： is projected to its full stop (今年发展主要预期
  目标是：…；居民消费价格涨幅3%左右 is no outcome), across its lines too; a growth rate of 今年 or
  明年 about so much (增长6%左右) is a target.

A claim in a list of 分别 is of the k-th period (7、8、9三个月…分别为…) or the k-th name its clause
lists before 分别 (6月末广义货币（M2）和社会融资规模存量同比分别增长11.4%和10.8%: 社会融资规模存量 for
10.8%; 普惠小微贷款和制造业中长期贷款余额: 普惠小微贷款余额, the last name's measure noun shared by a
name that ends as it does), a later name only within a list headed by the same first name (二线城市
新建商品住宅和二手住宅 is not 三线城市's), never a name of two characters (外贸、内贸吞吐量) nor in a
clause that compares (比全国和全省分别高…, 占…比重分别为…). A claim in a list of 分别 without as many
periods or names, in parentheses (an aside: （同期为下降9.8%）), or whose sentence names several
places at once has no key: what it states cannot be told from its words alone. A figure in
parentheses whose own item of the list there names its subject is no aside: 特点（GDP实现1.5%的
正增长、农村经济稳步增长…） states the GDP's growth.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from .. import messages as msg
from ..lexicon import estimate_pattern
from ..messages import N_, Message
from ..patterns import compiled, later
from ..places import NAME_FIRST, NATION, PROVINCES, SUFFIX, known_name
from .claims import DraftClaim
from .scope import BRACKETED, Scope, is_level, is_share, same_unit

_SPACES = later(r"\s+")  # whitespace, taken out of the words read

__all__ = ["Subject", "generic", "growth_subject", "listed_without_period",
           "names_when_or_where", "normalise_label", "other_scopes", "other_topics",
           "owner_of_base_share", "paired_by", "period_of", "places_in_text", "subject_of", "topic_of",
           "where_and_when"]


@dataclass(frozen=True, slots=True)
class Subject:
    """The key of a claim: two claims with equal keys state the same figure."""

    label: str
    period: str
    places: frozenset[str]
    measure: str
    unit: tuple

    def reason(self) -> str:
        """Why two claims with this key were paired, for the check's note (in English: the
        note is part of the fact file) and its finding (:func:`paired_by` reads it back)."""
        return self.paired_by().render("en")

    def paired_by(self) -> Message:
        return _paired_by(self.label, self.period, "、".join(sorted(self.places)), self.measure)


def _paired_by(label: str, period: str, places: str, measure: str) -> Message:
    parts = [Message(msg.PAIRED_PERIOD, period=period) if period else Message(msg.PAIRED_NO_PERIOD),
             Message(msg.PAIRED_PLACE, places=places) if places else Message(msg.PAIRED_NO_PLACE)]
    kind, *flags = measure.split(":")
    if kind != "level" or flags:
        words: Message | str = Message(_MEASURE_NAMES[kind]) if kind in _MEASURE_NAMES else kind
        for flag in reversed(flags):
            named = (Message(_FLAG_NAMES[flag]) if flag in _FLAG_NAMES
                     else Message(msg.PAIRED_VS, base=flag[3:]) if flag.startswith("vs ") else flag)
            words = Message(msg.PAIRED_QUALIFIED, qualifier=named, measure=words)
        parts.append(Message(msg.PAIRED_MEASURE, measure=words))
    if len(parts) == 2:
        return Message(msg.PAIRED_SUBJECT, label=label, a=parts[0], b=parts[1])
    return Message(msg.PAIRED_SUBJECT_MEASURE, label=label, a=parts[0], b=parts[1], c=parts[2])


_REASON = later(r"the same label «(?P<label>.*?)», (?:period (?P<period>.+?)|no period named)"
                     r"(?:, | and )(?:place (?P<places>.+?)|no place named)"
                     r"(?: and measure (?P<measure>.+))?", re.S)


def paired_by(reason: str) -> Message | None:
    """The Message of a reason :meth:`Subject.reason` wrote (read back from a check's note), to
    show it in the reader's language; None if it is not one (a note from another version)."""
    m = _REASON.fullmatch(reason)
    if m is None:
        return None
    flags: list[str] = []
    rest = m.group("measure") or "level"
    while m.group("measure"):
        flag = next((k for k, name in _FLAG_NAMES.items() if rest.startswith(name + " ")), None)
        if flag is None:
            vs = compiled(r"vs (\S+) ").match(rest)
            if vs is None:
                break
            flag, rest = "vs " + vs.group(1), rest[vs.end():]
        else:
            rest = rest[len(_FLAG_NAMES[flag]) + 1:]
        flags.append(flag)
    kind = next((k for k, name in _MEASURE_NAMES.items() if name == rest), rest)
    found = _paired_by(m.group("label"), m.group("period") or "", m.group("places") or "",
                       ":".join([kind, *flags]))
    return found if found.render("en") == reason else None


#: What a figure is and the words that make it another figure (:func:`_measure`), as an editor
#: reads them; the keys stay English in the key.
_MEASURE_NAMES = {"level": N_("level"), "growth": N_("growth rate"),
                  "pp": N_("change in percentage points"), "share": N_("share"),
                  "change": N_("change")}
_FLAG_NAMES = {"2y": N_("two-year average"), "real": N_("real"), "nominal": N_("nominal"),
               "mom": N_("month-on-month"), "avg": N_("average annual"), "pull": N_("contribution"),
               "proj": N_("projected")}


# --- places -----------------------------------------------------------------------------------
_NOT_STEM = set("的了和与及在是为对等全本该各每其此这那外我省市区县个年月日上下前后内中新老城地小大")
_STEM_AFTER = set("在据于与和及、年月日从由对省：:，,。；;（(“\"》 \n")
_NOT_STEMS = {"主产", "建设", "示范", "核心", "功能", "中心", "开发", "高新", "经济", "工业", "产业", "保税",
              "自贸", "试验", "保护", "集聚", "城乡", "农村", "贫困", "边远", "偏远", "民族", "重点", "城市",
              "地级", "县级", "省级", "市级", "区级", "街道", "行政", "先行", "特色", "风景", "旅游", "生态"}
#: words that end in 市/区/县 but name no place: 就业市场, 公司市值, 重点区域 (a stem before them is none)
_NOT_PLACE_WORDS = frozenset({"市场", "市值", "区域", "区间", "区块", "县域"})
#: a place after these words is where a figure ranks (稳居全国第一, 领跑全国) or what it is
#: compared with (高于全省0.4个百分点), not whose it is; also with the whole's period between
#: (占同期福建省外贸总值的53%, 占同期全省…: the whole's place, the share is the part's)
_RANKED_IN = later(r"(?:居|列|排|排名|跻身|进入|领跑|领先|占|比|较|高于|低于|快于|慢于|超过|超出|"
                        r"多于|少于|相当于)(?:同期|当期|当年|全年|当月)?$")
#: how far back from a place _RANKED_IN looks
_RANKED_BACK = 5
_CJK = later(r"[\u4e00-\u9fff]")
#: the rest of the name of a national body after 中国: 中国铁路总公司, 中国汽车工业协会, 中国贸促会研究院
#: (the nation in its name is not the place of the figures it reports)
_ORGANISATION = later(r"[\u4e00-\u9fff]{0,8}?(?:总公司|有限公司|集团|协会|联合会|学会|商会|研究院)")
_SCOPE = later(r"(?:全|本|我|该)(省|市|区|县)(?!场|值|域)")  # not 全市场
_PROVINCE_NAMES = frozenset(PROVINCES)
#: where _places may find something: a known name's first character, 全/本/我/该 of 全省 …, or a
#: stem two characters before 市/区/县 (elsewhere it only steps on: one search finds the next)
_PLACE_MAY_START = later(
    "[" + re.escape("".join(sorted(NAME_FIRST | set("全本我该")))) + "]|(?=..[市区县])", re.S)


@lru_cache(maxsize=4096)
def _places(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, name) of every place a text names: a known name (with its 省/市/区/县 if
    written), or two characters before 市/区/县 after a word boundary (海淀区, 昆山市). Remembered:
    the subjects of the figures of one sentence read the same texts."""
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(text):
        start = _PLACE_MAY_START.search(text, i)
        if start is None:
            break
        i = start.start()
        m = _SCOPE.match(text, i)
        if m:  # 全省, 本市, 该县: resolved against the places named before (_claim_places)
            if not _RANKED_IN.search(text[max(0, i - _RANKED_BACK):i]):
                out.append((i, m.end(), "@" + m.group(1)))
            i = m.end()
            continue
        known = known_name(text, i)
        if known:
            end = i + len(known)
            if end < len(text) and text[end] in SUFFIX:
                end += 1
            elif text.startswith("自治区", end):
                end += 3
            name = NATION.get(known, known)
            if name == "全国" and _ORGANISATION.match(text, end):
                i = end  # 中国铁路总公司认真贯彻…: who reports, not where
                continue
            if name and not _RANKED_IN.search(text[max(0, i - _RANKED_BACK):i]):
                out.append((i, end, name))
            i = end
            continue
        stem = text[i:i + 2]
        if len(stem) == 2 and i + 2 < len(text) and text[i + 2] in "市区县" \
                and all(_CJK.match(ch) and ch not in _NOT_STEM for ch in stem) \
                and stem not in _NOT_STEMS and text[i + 2:i + 4] not in _NOT_PLACE_WORDS \
                and (i == 0 or text[i - 1] in _STEM_AFTER or not _CJK.match(text[i - 1])):
            out.append((i, i + 3, stem))
            i += 3
            continue
        i += 1
    return tuple(out)


def places_in_text(text: str) -> list[frozenset[str]]:
    """The places a text names, in order, names joined by 、 和 与 及 taken as one group
    (上海和北京 → {上海, 北京}); 全省, 本市 … as @省, @市 …"""
    return [frozenset(name for _, name in group) for group in _grouped(text, _places(text))]


# --- periods ----------------------------------------------------------------------------------
#: A space between digits and 年/月/季度 (2022 年, 8 月, 1-8 月: IT之家 and many sites write it).
_SP = "[ \u00a0\u2009\u202f\u3000]?"
_YEAR = later(rf"(?<!\d)((?:19|20)\d\d){_SP}年(?:度)?(?!{_SP}\d(?!\d?{_SP}月))")  # 2018年1月 names 2018
_NUM = "一二两三四五六七八九十"
#: A holiday is a part of the year, however it is named (国庆期间, 国庆假期, 国庆长假, 春节黄金周, 春节
#: 假日期间 → 国庆假期, 春节假期), and so is a day or the first days of it (春节黄金周首日, 国庆假期前4天,
#: 前四天): 四川省国庆期间累计接待游客4300余万人次 is the 国庆假期四川省累计接待游客4326.33万人次 of its
#: body, not a figure of the whole year or of the holiday's first days. Two holidays run together
#: are one (国庆中秋假期, 中秋国庆双节, 中秋节、国庆节假期 → 国庆中秋假期): 2025年国庆中秋假期国内
#: 出游8.88亿人次 and 2025年国庆中秋假期（10月1日至10月8日），国内旅游出游人数达到8.88亿人次.
_HOLIDAY = (r"(?P<holiday>(?P<both>国庆节?[、和与暨]?中秋|中秋节?[、和与暨]?国庆)|"
            r"国庆|春节|五一|劳动节|端午|中秋|清明|元旦)"
            rf"(?:节|双节)?"
            rf"(?:(?:黄金周|小?长假|假期|假日)(?:期间)?|期间)"
            rf"(?P<days>首日|当日|当天|(?:前|第)(?:[{_NUM}]{{1,2}}|\d{{1,2}}){_SP}天|"
            rf"(?P<first>\d{{1,2}})日?[-—–~至到](?P<last>\d{{1,2}})日)?")
#: the holidays that begin on the first of a month: 国庆假期1-4日 are its first four days
_FROM_THE_FIRST = ("国庆", "五一", "劳动节", "元旦")
_SUB = later(
    rf"前三季度|前[{_NUM}]季度|(?<![上下])第?[一二三四]季度|第?[1-4]{_SP}季度|[上下]半年|"
    rf"前(?:[{_NUM}]{{1,2}}|\d{{1,2}}){_SP}个?月|"
    rf"\d{{1,2}}{_SP}月?\s*[-—–~至到]\s*\d{{1,2}}{_SP}月份?|"
    rf"\d{{1,2}}{_SP}月份?(?:末|底)?(?!{_SP}\d{{1,2}}{_SP}[日号])|"
    rf"[{_NUM}]{{1,2}}月份(?:末|底)?|"
    r"全年(?!目标|计划|任务|预期|预算)|年末|年底|年初(?:以来|至今)?|今年以来|年内|"
    + _HOLIDAY
)
_HOLIDAY_NAME = later(_HOLIDAY)
#: The words before a period named as a base, not as the figure's own: 比一季度, 比2020年; 恢复至去年
#: 同期的76% (civil-aviation-q1q3-2020 line 3: the third quarter's recovery, of this year).
_BASE = later(r"(?:比|较|与|同|相比|相较于?|比上年|超过|高于|低于|快于|慢于|由|恢复至|恢复到|回升至|回升到|"
              r"相当于)$")
_BASE_YEAR = later(r"(?:比|较|相比|与|由)((?:19|20)\d\d)年(?:的)?$")
#: 过去一年 of a report is the year before its own (政府工作报告: 过去一年…, 今年…预期目标).
_RELATIVE_YEAR = later(r"(?<![比较与同])(?:上年|去年|前年|今年|明年|过去的?一年)")
_RELATIVE = {"上年": -1, "去年": -1, "前年": -2, "今年": 0, "明年": 1, "过去一年": -1, "过去的一年": -1}
_QUARTER = {"1": "一", "2": "二", "3": "三", "4": "四"}


#: the first months of a year by the names of the part of the year they make
_MONTHS_NAMED = {"1-3月": "一季度", "1-6月": "上半年", "1-9月": "前三季度"}
_MONTH_RANGE = later(
    r"(?:前(?P<n>[一二两三四五六七八九十\d]{1,2})个?|(?P<a>\d{1,2})月?[-—–~至到](?P<b>\d{1,2}))月")


def _month(numeral: str) -> int:
    """A month's number written in digits or in words (11, 十一, 两)."""
    if numeral.isdigit():
        return int(numeral)
    digits = {c: k for k, c in enumerate("一二三四五六七八九", 1)} | {"两": 2}
    tens, _, units = numeral.rpartition("十")
    if "十" not in numeral:
        return digits.get(numeral, 0)
    return (digits.get(tens, 1) if tens else 1) * 10 + digits.get(units, 0)


def _sub_period(token: str) -> str:
    """The name of a part of a year, one name for each: 前2个月, 前两个月, 1—2月份, 1月至2月 → 1-2月;
    1-3月 → 一季度, 1-6月 → 上半年, 1-9月 → 前三季度 (the months they are); 国庆期间, 国庆长假 → 国庆假期,
    国庆假期前四天, 国庆假期1-4日 → 国庆假期前4天 (:data:`_HOLIDAY`)."""
    holiday = _HOLIDAY_NAME.fullmatch(token)
    if holiday is not None:  # 国庆期间 → 国庆假期; 前四天 → 前4天; 国庆假期1-4日 → 国庆假期前4天
        days = _SPACES.sub("", holiday.group("days") or "")
        if holiday.group("first"):
            first, last = int(holiday.group("first")), int(holiday.group("last"))
            from_first = first == 1 and holiday.group("holiday") in _FROM_THE_FIRST
            days = f"前{last}天" if from_first else f"{first}-{last}日"
        n = compiled(rf"[{_NUM}]{{1,2}}|\d{{1,2}}").search(days)
        if n is not None:
            days = days[:n.start()] + str(_month(n.group(0))) + days[n.end():]
        name = "国庆中秋" if holiday.group("both") else holiday.group("holiday").replace("劳动节", "五一")
        return name + "假期" + days
    t = _SPACES.sub("", token).removeprefix("第").replace("月份", "月")
    if t and t[0] in _QUARTER and t.endswith("季度"):
        t = _QUARTER[t[0]] + t[1:]
    m = _MONTH_RANGE.fullmatch(t)
    if m is not None:
        a, b = (1, _month(m.group("n"))) if m.group("n") else (int(m.group("a")), int(m.group("b")))
        t = f"{a}-{b}月"
        t = _MONTHS_NAMED.get(t, t)
    t = compiled(r"月底$").sub("月末", t)  # the end of a month: a stock's date, not the month's flow
    if t in ("全年", "年内"):
        return ""
    return {"今年以来": "", "年初以来": "", "年初至今": "", "年底": "年末"}.get(t, t)


def _period_marks(text: str) -> list[tuple[int, str, str]]:
    """(offset, kind, token) of the years (year, relative) and parts of a year (sub) a text
    names, in order, not the ones named as a base of comparison (比一季度, 比2020年)."""
    marks: list[tuple[int, str, str]] = []
    for m in _YEAR.finditer(text):
        marks.append((m.start(), "year", m.group(1)))
    for m in _SUB.finditer(text):
        marks.append((m.start(), "sub", m.group(0)))
    for m in _RELATIVE_YEAR.finditer(text):
        marks.append((m.start(), "relative", m.group(0)))
    return [mark for mark in sorted(marks) if not _BASE.search(text[max(0, mark[0] - 4):mark[0]])]


def _period_of(marks: list[tuple[int, str, str]]) -> tuple[int | None, str | None, bool]:
    """The last year and part of a year of some marks (a year, or an offset from the article's
    year: 上年 −1, 今年 0, 明年 +1), and whether they name a year."""
    year: int | None = None
    sub: str | None = None
    named = False
    for _, what, token in marks:
        if what == "sub":
            sub = _sub_period(token)
            continue
        year = int(token) if what == "year" else _RELATIVE[token]
        sub, named = None, True
    return year, sub, named


def _last_period(back: Iterator[tuple[int, str, str]]) -> tuple[int | None, str | None, bool]:
    """_period_of, from the marks last first: the last year, and the last part of a year named
    after it."""
    sub: str | None = None
    for _, what, token in back:
        if what == "sub":
            sub = _sub_period(token) if sub is None else sub
            continue
        return (int(token) if what == "year" else _RELATIVE[token]), sub, True
    return None, sub, False


def _period_tokens(text: str) -> tuple[int | None, str | None, bool]:
    return _period_of(_period_marks(text))


def names_when_or_where(text: str) -> bool:
    """Whether a text names a place (安徽省GDP) or a period (2020年, 上半年)."""
    return bool(_places(text) or _period_marks(text))


# --- a paragraph read once ----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Paragraph:
    """The places and period words of one paragraph, at their offsets in the article, and the
    spans in parentheses (asides, whose words are not the sentence's)."""

    places: tuple[tuple[int, int, str], ...]
    periods: tuple[tuple[int, str, str], ...]
    asides: tuple[tuple[int, int], ...]

    def places_back(self, a: int, b: int) -> Iterator[tuple[int, int, str]]:
        """The places named in [a, b), last first, not in parentheses closed before b."""
        return self._back(self.places, a, b)

    def periods_back(self, a: int, b: int) -> Iterator[tuple[int, str, str]]:
        return self._back(self.periods, a, b)

    def _back(self, marks: tuple, a: int, b: int) -> Iterator:
        asides = [(x, y) for x, y in self.asides if y <= b]
        for k in range(bisect.bisect_left(marks, (b,)) - 1, bisect.bisect_left(marks, (a,)) - 1, -1):
            m = marks[k]
            if not any(x <= m[0] < y for x, y in asides):
                yield m


@lru_cache(maxsize=512)
def _paragraph(plain: str, start: int) -> _Paragraph:
    end = plain.find("\n", start)
    text = plain[start:end if end >= 0 else len(plain)]
    return _Paragraph(
        tuple((start + a, start + b, name) for a, b, name in _places(text)),
        tuple((start + at, what, token) for at, what, token in _period_marks(text)),
        tuple((start + m.start(), start + m.end()) for m in BRACKETED.finditer(text)))


# --- labels -----------------------------------------------------------------------------------
_GDP = later(r"(?:国内|地区)?生产总值|GDP(?:总量)?|经济总量")
_MEASURE_WORDS = later(
    r"(?:增速|增幅|涨幅)高$|两年平均|两年平|年均|扣除价格因素|按可比价格计算|可比价|实际|名义|同比|环比|比上年同期|比去年同期|比上年|"
    r"较上年|比去年|较去年|比上月|增长率|增长|增速|增幅|增加(?!值)|下降|降幅|上涨|涨幅|回落|放缓|加快|提高|"
    r"预计|预期|预测|初步核算|初步统计|数据显示"
)
_BASE_WORDS = later(r"(?:比|较)(?:上年同期|去年同期|上年末|去年末|上年|去年|同期|年初|[一二三四]季度|"
                         r"上半年|前三季度|上月|(?:上年|去年)全年)(?=[增降提回加放收扩减上持多少]|$)")
_LEAD_WORDS = later(
    r"^(?:其中|同时|另外|此外|以|进一步看|分季度看|分产业看|从[^，,]{1,8}看|具体为|全年|当年|年内|实现|完成|"
    r"达到|达|为|是|约|共|累计|合计|总计|(?:全[国省市区县镇乡]|本[市区县镇]|我[国省市区县]|该[省市区县镇])(?!场|值|域)|"
    r"[，,、：:]|的)+"
)
#: words at a label's end that name no subject: 总量, 达到, 首次 (常住人口总量首次突破), 均 and 都
#: (GDP均超过; not 人均, 平均, 首都, 成都), 保持 and 延续 (社会消费品零售总额保持两位数增长, 进出口
#: 延续两位数增速), 则 of a contrast clause after its period (所有服務活動合計的淨產值…下跌1.7%，
#: 而第二季則上升1.3%: 第二季 names the time, the subject is the clause's before; not 原则, 规则) …
_TRAIL_WORDS = later(
    r"(?:(?<![规原准法细守总])[则則]|数据|总量|数量|的|了|为|达|达到|达到了|实现|完成|约|共|累计|新台阶|大关|增|降|减|首次|首|再次|再|"
    r"已经|已|一举|(?<![人平])均|(?<![首成])都|双双|在|保持|维持|延续|仍然|仍|继续|"
    r"[大猛暴激骤](?=[增降涨跌]))+$"
)
#: who states a figure and the verb that reports it, at a label's start: 省政府工作报告官宣, 随着
#: 深圳正式宣布, 中央政府工作报告今年拟安排 (the place is read apart)
_REPORTED = later(r"^[^，,。；]{0,16}?(?:官宣|宣布|公布|透露|政府工作报告(?:提出|指出|明确|官宣|宣布|公布)?)"
                  r"(?=[^，,。；]{2})")
#: a share of a budget done: 完成年度预算的56.5%, 完成年度预算56.4% — the progress of the level
#: before it in its sentence, never a figure of the budget
_BUDGET_DONE = later(r"(?:完成|占)(?:全年|年度|全年度|年初)?(?:预算|预期)(?:数|任务)?的?$")
#: a level stated as the budget the level before it is measured against: 完成年初预算数60999万元的
_BUDGET_AMOUNT = later(r"(?:完成|占)(?:全年|年度|全年度|年初)?(?:预算|预期|计划|任务)(?:数|任务)?$")
#: a change whose clause names no subject, only its base and verb (比上年同期增收20.13亿元, 同比减收
#: 92,021万元): the change of the level before it in its sentence
_BARE_CHANGE = later(r"(?:同比|(?:比|较|与)[^，,。；;：:]{0,10}?(?:相比)?)?(?:增收|减收|增支|减支|多收|少收|"
                     r"增加|减少)了?")
#: A percentage of a base level (恢复至2019年同期的87.2%, 相当于上年的90%): how far the level
#: before it in its sentence stands against the base — a figure of that level's subject.
_OF_A_BASE = later(r"(?:恢复至|恢复到|回升至|回升到|相当于)[^，,。；;：:]{0,16}?的$")
_TARGET_DONE = later(r"完成(?:全年|年度|全年度)?(?:目标|计划)(?:任务)?的?|完成(?:全年|年度)任务的?")
#: the names of a place's foreign trade in goods: 外贸 in a headline (1-2月中国外贸增长13.3%) is the
#: 进出口总值 of its body (我国进出口总值6.2万亿元，比去年同期增长13.3%); 出口 and 进口 alone are its parts,
#: 服务贸易进出口 is another figure
_TRADE = later(r"(?<!服务)(?<!贸易)(?:(?:货物贸易|外贸)?进出口(?:总值|总额|值|额)?|外贸)")
#: a flow named by its verb and object, as its noun names it: 发送旅客 is the 旅客发送量 (国家铁路发送
#: 旅客28.25亿人次 in a lead, 国家铁路累计完成旅客发送量28.25亿人次 in the body), 共接待游客 the 游客接待量
_VERB_OBJECT = later(r"(?:共计|共|累计|合计)?(?P<verb>发送|接待|运送)(?P<object>旅客|游客|货物)"
                     r"(?!发送|接待|运送)")
#: the names of the foreign investment a place takes in (实际使用外资 is its name, not a real rate)
_FDI = later(r"(?:使用|利用|吸收)外资(?:金额|规模)?")
#: the names of the candidates for the postgraduate exam (考研 is 研究生招生考试)
_EXAM = later(r"(?:全国)?(?:硕士)?研究生(?:招生考试)?(?:报考|报名)|考研(?:报考|报名)")
#: other names of one measure, as a headline, a lead and a body write them (:func:`normalise_label`):
#: CPI, 居民消费价格指数 and 居民消费价格 (1月CPI同比上涨0.9% over 1月全国居民消费价格同比上涨0.9%; 核心CPI
#: stays another); 社零总额 and 社会消费品零售总额 (not 城镇 or 乡村 消费品零售额, its parts); 粮食总产量
#: and 粮食产量 (全国粮食总产量为13158亿斤 and 我国粮食产量…突破13000亿斤)
_SYNONYMS = (
    (later(r"居民消费价格(?:指数)?|(?<![A-Za-z])CPI(?![A-Za-z])"), "居民消费价格"),
    (later(r"(?<![城乡农村镇])(?:社会)?消费品零售总额|社零(?:总额)?"), "社会消费品零售总额"),
    (later(r"总产(?:量)?(?![值出])"), "产量"),  # not 总产值, 总产出 (gross output)
    (later(r"净利(?![润率])"), "净利润"),
    (later(r"营收(?!入)"), "营业收入"),
    (later(r"(?<![A-Za-z])M2(?![A-Za-z\d])"), "广义货币"),  # 广义货币（M2） and then M2
)
_GENERIC = later(
    r"^(?:增长|下降|其中|合计|总计|累计|共计|比例|占比|比重|增加值|总量|总额|数据|规模|水平|新台阶|大关)$"
)
_NOT_SUBJECT = later(r"^(?:比|较|占|相比|与|为|是)|[\d、]")


#: the words :func:`normalise_label` takes away or rewrites, in its order
_NUMBERED = later(r"\(\d+(?:/\d+)?\)$")
_BRACKETS = later(r"[（(][^）)]*[）)]")
_OPEN_BRACKET = later(r"[（(].*$")
_QUOTE_MARKS = later(r"[“”\"《》]")
_HEADCOUNT = later(r"(?<=\w\w)人数")
_ABOVE_SCALE = later(r"(规|限)(?:模|额)以上")
_THIS_YEAR_WORD = later(r"今年")
_DONE_VERB = later(r"(?<=.)(?:累计)?(?:实现|完成)(?=.)")
_CUMULATIVE = later(r"(?<=.)累计(?=..)")


@lru_cache(maxsize=4096)
def normalise_label(label: str) -> str:
    """A label as a subject: 前三季度国内生产总值（GDP → 生产总值, 江苏2021年GDP数据 → 生产总值,
    深圳经济总量 → 生产总值 (the economy's size is its GDP), 全国城镇新增就业 → 城镇新增就业, 外贸 and
    货物贸易进出口总值 → 外贸进出口, 全社会累计完成货运量 → 全社会货运量, CPI → 居民消费价格, 社零总额 →
    社会消费品零售总额, 粮食总产量 → 粮食产量."""
    s = _NUMBERED.sub("", label)
    s = _BRACKETS.sub("", s)
    s = _OPEN_BRACKET.sub("", s)
    s = _QUOTE_MARKS.sub("", s)
    s = _REPORTED.sub("", s)  # 省政府工作报告官宣2021年广东省GDP: who reports it is no subject
    s = _GDP.sub("生产总值", s)  # before the trailing words: 经济总量 is not 经济
    s = _TRADE.sub("外贸进出口", s)  # 外贸, 进出口总值, 货物贸易进出口总值: one figure
    for pattern, name in _SYNONYMS:  # CPI is 居民消费价格, 社零 社会消费品零售总额 …
        s = pattern.sub(name, s)
    s = _VERB_OBJECT.sub(r"\g<object>\g<verb>量", s)  # 发送旅客 → 旅客发送量
    s = _TARGET_DONE.sub("目标进度", s)  # 完成全年目标的95.0%: how much of the target is done
    s = _HEADCOUNT.sub("", s)  # 城镇新增就业人数 is 城镇新增就业, a count of people
    s = _ABOVE_SCALE.sub(r"\1上", s)  # 规模以上工业 is 规上工业, 限额以上 限上
    s = _BASE_WORDS.sub("", s)
    s = _YEAR.sub("", s)
    s = _SUB.sub("", s)
    s = _THIS_YEAR_WORD.sub("", s)  # the article's own year: the period names it
    for a, b, _ in reversed(_places(s)):
        s = s[:a] + s[b:]
    s = _MEASURE_WORDS.sub("", s)
    s = _FDI.sub("使用外资", s)  # 吸收外资 and 实际使用外资金额: the one figure
    s = _DONE_VERB.sub("", s)  # 第一产业实现增加值 → 第一产业增加值
    s = _CUMULATIVE.sub("", s)  # 全社会累计完成货运量: a period's total, its period says
    s = _EXAM.sub("考研报考", s)  # 研究生报考人数 and 考研报名人数: the one count of candidates
    prev = None
    while prev != s:
        prev = s
        s = _LEAD_WORDS.sub("", s)
        s = _TRAIL_WORDS.sub("", s)
    return _GDP.sub("生产总值", s)


def generic(label: str) -> bool:
    return len(label) < 4 or bool(_GENERIC.match(label) or _NOT_SUBJECT.search(label))


# --- measures ---------------------------------------------------------------------------------
_GROWTH_WORDS = later(r"增速|增幅|增长率|涨幅|降幅")
_GROWTH_END = later(r"(?:同比|比上年|比去年|较上年)(?:增|增长|下降|降|减|减少)$")
#: a ratio after a bare verb of change, with its adverb, is a growth rate: 全社会完成货运量增逾两成,
#: 韩国7月出口同比大增62.8%, 芯片出口激增178.8%
_CHANGE_END = later(r"[大猛暴激骤]?(?:增长|增|下降|降|下滑|上涨|涨|下跌|跌)$")
_SHARE_WORDS = later(r"占(?!用|地|领|有)|比重|占比|份额")
_FLAGS = (("2y", later(r"两年平均")), ("real", later(r"实际(?!使用|利用|到位)|扣除价格")),
          ("nominal", later(r"名义")), ("mom", later(r"环比|比上月|比上季")),
          ("avg", later(r"年均")), ("pull", later(r"拉动")),
          ("proj", later(estimate_pattern(("预计", "预期")) + r"|预测|(?<!完成)(?<!完成全年)(?<!完成年度)"
                      r"(?:目标|计划)|力争|有望|"
                      r"将(?!近)")))


#: A growth rate of this year or the next, about so much, is a target (今年…增长6%左右 in a report
#: that reviews last year: 2022年…增长5.2%): a measured rate is written exact.
_ABOUT = ("左右", "上下")
_THIS_YEAR = later(r"今年|明年")
_BASE_OF_CHANGE = later(
    r"(?:比(?![重例率])|较(?![大高低快慢多少好])|与)([^，,。；比较与]{1,10}?)(?:提高|下降|增长|回落|加快|放缓|收窄|扩大|增加|减少|上升|持平|"
    r"增|降|减|多|少)"
)
_YEAR_ON_YEAR = later(r"^(?:上年|去年)?(?:同期)?$")


def _measure(c: DraftClaim, words: str, label: str, label_words: str,
             carried: frozenset[str] = frozenset()) -> str:
    """What the figure is (level, change, share, growth, pp) and the words that make it another
    figure: 两年平均, 实际, 名义, 环比, 年均, 拉动, a projection, a base other than a year earlier;
    ``carried``: the flags its sentence or section gives it (:func:`_carried`)."""
    f = c.figure
    q = f.quantity
    assert q is not None
    dim = q.unit.dimension
    if dim == "pp":
        kind = "pp"
    elif f.is_rate or q.qualifier == "digits" or (dim == "ratio" and (_GROWTH_WORDS.search(label_words)
                                           or _GROWTH_END.search(label)
                                           or (_CHANGE_END.search(label) and not _SHARE_WORDS.search(label))
                                           or _RATE_AFTER.match(label_words[len(label):]))):
        kind = "growth"
    elif dim == "ratio" and _SHARE_WORDS.search(words):
        kind = "share"
    elif q.change or f.change_word:
        kind = "change"
    else:
        kind = "level"
    flags = [name for name, pattern in _FLAGS if pattern.search(words)
             or (name in carried and (name != "mom" or kind != "level"))]
    if (f.estimate or (kind == "growth" and f.suffix in _ABOUT and _THIS_YEAR.search(words))) \
            and "proj" not in flags:
        flags.append("proj")  # 今年全市生产总值增长6%左右: a rate this year is to reach, about
    if kind != "level":
        for m in _BASE_OF_CHANGE.finditer(compiled(r"[同环]比").sub("", words)):
            if not _YEAR_ON_YEAR.match(m.group(1)):
                flags.append("vs " + m.group(1))
    return ":".join([kind, *flags])


# --- flags a sentence or a section gives its figures -------------------------------------------
#: a section of month-on-month figures: 从环比看，二季度国内生产总值增长0.7%; 环比看，食品烟酒价格与
#: 上月持平。其中，畜肉类价格上涨6.8%
_MOM_SECTION = later(r"^(?:来)?看")
#: what ends a run of month-on-month figures: a year-on-year word, another base, a new section
#: (从同比看, 分季度看, 从结构看)
_MOM_END = later(r"同比|比上年|比去年|较上年|较去年|两年平均|年均|(?:从|分)[^，,。；;：:]{1,8}?(?:来)?看")
#: a list of targets: 今年发展主要预期目标是：国内生产总值增长5.5%左右；…居民消费价格涨幅3%左右
_TARGET_LIST = later(r"目标(?:任务)?(?:是|为)?[：:]")
_FULL_STOP = later(r"[。！？!?]")
#: The rest of a rate's sentence and the 其中 sentence after it, whose items share its base (环比上涨
#: 0.3%。其中，城市上涨0.3%…；食品价格下降0.4%).
_ITS_QIZHONG = later(r"^[^。！？!?；;]*[。！？!?]\s*其中[^。！？!?]*$")
_SENTENCE_END = later(r"[。！？!?；;]")


def _carried(plain: str, p_start: int, at: int) -> frozenset[str]:
    """The flags the words before a figure give it beyond its clause: ``mom`` after 环比 — to the
    end of the paragraph after 从环比看 / 环比看 / 环比来看 (a bare 环比 in the section does not end
    it), to the end of its sentence after a bare 环比 and through the 其中 sentence right after it —
    unless 同比 (同比看), another base or a new 从…看 comes between; ``proj`` in a list of targets
    after 目标是： to the full stop."""
    text = plain[p_start:at]
    flags = set()
    opening = _list_opening(plain, p_start)
    if opening is not None and _TARGET_LIST.search(plain, opening, p_start):
        text = plain[opening:at]  # 主要预期目标是：⏎地区生产总值增长6%左右；⏎…: the list goes on
    for mom in compiled("环比").finditer(text):  # 环比看，…其他七大类价格环比“四涨三降”。其中，…: the section
        rest = text[mom.end():]               # holds on past a bare 环比 in it
        if not _MOM_END.search(rest) and (_MOM_SECTION.match(rest) or not _SENTENCE_END.search(rest)
                                          or _ITS_QIZHONG.match(rest)):
            flags.add("mom")
            break
    targets = list(_TARGET_LIST.finditer(text))
    if targets and not _FULL_STOP.search(text, targets[-1].end()):
        flags.add("proj")
    return frozenset(flags)


# --- the topic a sentence opens with ------------------------------------------------------------
#: a first clause that names a topic and what it does: 女装稳步扩张, 男装、服饰集合店延续颓势,
#: 交通运输仓储邮政业回暖, 房地产业降幅收窄 — the figures after it in its sentence are the topic's
_TOPIC = later(
    r"(?!在|对|为|随着|从|由|再|据|经|而|但|受|因|那么|如果|其中|同时)"
    r"(?P<topic>[\u4e00-\u9fffA-Za-z、/]{2,10}?)(?:降幅|增幅|增速|形势|生产|发展)?"
    r"(?:稳步|大举|持续|继续|仍然|仍|依然|进一步|明显|显著|快速|高速|加速|小幅|大幅|强势|逆势|整体|全面|有所|"
    r"逐步|较快|较大幅度)?(?:扩张|收缩|延续颓势|回暖|复苏|反弹|增长|增加|减少|下降|下滑|回落|放缓|加快|收窄|扩大|上行|下行|走强|"
    r"走弱|走高|走低|升温|降温|遇冷|疲软|低迷|向好|承压|企稳|平稳|稳定|恢复|好转|改善)(?:较快|明显|强劲|良好|态势|势头)?")


#: a clause that opens a sentence before its topic: 其中，房地产业降幅收窄; 分业态看，餐饮门店数量显著增加;
#: a period alone: 同期，保税物流较快增长; 前5个月，…
_OPENER = later(r"(?:其中|此外|同时|另外|具体看|具体来看|(?:从|分)[^，,。；;]{1,8}?(?:来)?看"
                r"|同期|(?:今年|本年|(?:19|20)\d\d年)?(?:前[\d一二三四五六七八九十]{1,2}个月|[一二三四]季度|上半年|"
                r"前三季度|\d{1,2}\s*[-—–－~～至]\s*\d{1,2}月份?)(?:以来)?)[，,]")


def topic_of(scope: Scope, c: DraftClaim) -> str | None:
    """The topic the sentence of a claim opens with (after 其中, 分…看 …), when its first clause
    names one and what it does, and holds no figure (潮流数码大举扩张，开关店比2.32 → 潮流数码): the
    subject of a bare measure after it. None when the sentence opens otherwise."""
    s_start, _ = scope.sentence(c)
    opener = _OPENER.match(scope.plain, s_start, c.figure.start)
    start = opener.end() if opener else s_start
    first = compiled(r"[，,]").split(scope.plain[start:c.figure.start], maxsplit=1)
    if len(first) < 2 or scope.in_span(start, start + len(first[0])):
        return None
    m = _TOPIC.fullmatch(_SPACES.sub("", first[0]))
    return m.group("topic") if m and "的" not in m.group("topic") else None


def other_topics(scope: Scope, a: DraftClaim, b: DraftClaim) -> bool:
    """Whether two claims are of different topics: both sentences open with topics that name
    different things (女装, 男装、服饰集合店: neither holds the other's first two characters; 工业
    生产 and 规上工业生产 are one), or one does and the other's words before its figure do not
    name it (女装稳步扩张，全年开关店比大于1 and 儿童游乐热度走高，全年开关店比达1.67)."""
    ta, tb = topic_of(scope, a), topic_of(scope, b)
    if ta is None and tb is None:
        return False
    if ta is not None and tb is not None:
        return ta[:2] not in tb and tb[:2] not in ta
    topic, other = (ta, b) if ta is not None else (tb, a)
    assert topic is not None
    return topic[:2] not in scope.text(scope.sentence(other)[0], other.figure.start)


# --- the scope a paragraph, a line or a heading gives its figures -----------------------------
#: a sentence that opens with the part of a whole it is about: 中资机构方面，…; 在外资机构方面，…; or
#: with the group it looks at instead of the whole, «若以X来看，» (若以本國勞工來看，9月…本國籍全時受僱員工
#: 經常性薪資平均數為50908元 after all employees' 48110元): the figures after it are that group's,
#: whatever words measure them (the lens, always a part)
_ASPECT = later(r"(?:在|从)?(?P<aspect>[\u4e00-\u9fffA-Za-z]{2,12})方面[，,：:]"
                r"|(?:若|如|如果|倘若)以(?P<lens>[\u4e00-\u9fffA-Za-z]{2,12}?)(?:來|来)?看[，,：:]")
#: a name opening a line or sentence before the period of its figures: vivo 2022年第三季度…,
#: 荣耀2022年第三季度…, 苹果上半年…
_NAMED_PERIOD = later(r"(?:(?:19|20)\d\d年(?:度)?|今年|去年|上半年|下半年|前三季度|第?[一二三四1-4]季度|"
                      r"Q[1-4])")
_NAME = later(r"(?P<name>[A-Za-z][A-Za-z0-9&.\- ]{0,20}?|[\u4e00-\u9fff]{2,8}?)\s*$")
#: the words that open a line of the text's own place or time, no name of whose figures they are
_NO_NAME = later(r"^(?:全|本|我|该|今|去|上|其|同|截至|截止|其中|此外|另外|同时|相比|较|比|与|在|从|据|"
                 r"由|对|而|但|这|那|各|每)|[省市区县国]$")
#: a line that heads the lines after it by naming a body, with no figure: 中金公司, 国信证券, 招商银行
_HEADING_NAME = later(r"(?!.*\d)(?:[\u4e00-\u9fffA-Za-z]{2,12}?(?:公司|证券|银行|集团|股份|控股|科技|"
                      r"基金|保险|信托|期货|资本|电器|汽车|地产|置业|医药|药业|电子|通信|实业|国际)|"
                      r"[A-Za-z][A-Za-z0-9&.\- ]{1,20})")


def _aspect_of(scope: Scope, c: DraftClaim) -> str | None:
    """The part a claim's paragraph says it is about, from the last sentence before the claim
    that opens with «X方面，» naming a group (中资机构方面，…人身保险公司48家 → 中资机构); None when
    none does, or it names a topic (货运方面)."""
    p_start = scope.plain.rfind("\n", 0, c.figure.start) + 1
    starts, ends, aspects, _ = _aspects(scope.plain)
    k = bisect.bisect_right(ends, c.figure.start) - 1
    return aspects[k] if k >= 0 and starts[k] >= p_start else None


def _topic_of(scope: Scope, c: DraftClaim) -> str | None:
    """The topic «在X方面，» opens a claim's paragraph with before it, when the claim's label does not
    name it again (在新型城镇化建设方面，发行专项债券324.3亿元: the bonds of that topic, not all bonds;
    not 货运方面，…货物发送量, where the label names what the topic does)."""
    p_start = scope.plain.rfind("\n", 0, c.figure.start) + 1
    starts, ends, _, topics = _aspects(scope.plain)
    k = bisect.bisect_right(ends, c.figure.start) - 1
    if k < 0 or starts[k] < p_start or topics[k] is None:
        return None
    topic = topics[k]
    return None if topic[:1] in (c.label or "") else topic


@lru_cache(maxsize=8)
def _aspects(plain: str) -> tuple[list[int], list[int], list[str | None], list[str | None]]:
    """Where each «X方面，» that opens a sentence or a line starts and ends in the text, the group
    it names (None for a topic) and the topic it names (None for a group), found once per text."""
    starts: list[int] = []
    ends: list[int] = []
    aspects: list[str | None] = []
    topics: list[str | None] = []
    for m in _ASPECT.finditer(plain):
        if m.start() == 0 or plain[m.start() - 1] in _OPENS_AFTER:
            starts.append(m.start())
            ends.append(m.end())
            group = m.group("lens") or (m.group("aspect") if _GROUP.search(m.group("aspect")) else None)
            aspects.append(group)
            topics.append(None if group is not None else m.group("aspect"))
    return starts, ends, aspects, topics


#: an aspect that names a group of bodies or people, a part of the whole counted (中资机构方面,
#: 外资企业方面, 农村居民方面), not a topic the labels name again (货运方面，…货物发送量)
_GROUP = later(r"^(?:中资|外资|内资|国有|民营|私营|港澳台)|(?:机构|企业|公司|银行|单位|部门|居民|农户|"
               r"院校|学校|医院|商户|厂商|品牌)$")


#: what a sentence or a line opens after
_OPENS_AFTER = frozenset("。！？!?；;\n \t\u3000")


def _named_subject(scope: Scope, c: DraftClaim) -> str | None:
    """The name a claim's line or sentence opens with before the period of its figures (vivo
    2022年第三季度…市场份额20.0%; 荣耀2022年第三季度…市场份额17.9%): a company, a brand, whose figures
    they are; None when the sentence opens otherwise (全市2022年…, 2022年…)."""
    s_start, _ = scope.sentence(c)
    line_start = scope.plain.rfind("\n", 0, c.figure.start) + 1
    start = max(s_start, line_start)
    period = _NAMED_PERIOD.search(scope.plain, start, c.figure.start)
    if period is None:
        return None
    m = _NAME.fullmatch(scope.plain, start, period.start())
    if m is None:
        return None
    name = m.group("name").strip()
    if _NO_NAME.search(name) or places_in_text(name):
        return None
    return name


#: The name of a maker, a brand or a firm opening a sentence as its subject: 小米以4200万部的产量排在第3,
#: 三星电子是产量最高的厂商, 国内另一厂商vivo的产量 (the class word before the name is its apposition).
_MAKER_OPENING = later(r"(?:[\u4e00-\u9fff]{0,6}?(?:厂商|品牌|公司|企业))?"
                       r"(?P<name>[A-Za-z][A-Za-z0-9&.\- ]{0,20}?|[\u4e00-\u9fff]{2,6}?)\s*"
                       r"(?:以(?![上下来后前内外及])|是|的)")


def _maker_opening(scope: Scope, c: DraftClaim) -> str | None:
    """The maker a share's sentence opens with as its subject (小米以…排在第3，…所占的份额为14%; 国内
    另一厂商vivo的产量…，所占的份额为9%), or None: the share is that maker's. Not the text's own place or
    time, nor a word that opens a clause (其中, 同比 …)."""
    s_start, _ = scope.sentence(c)
    line_start = scope.plain.rfind("\n", 0, c.figure.start) + 1
    m = _MAKER_OPENING.match(scope.plain, max(s_start, line_start), c.figure.start)
    if m is None:
        return None
    name = m.group("name").strip()
    if _NO_NAME.search(name) or places_in_text(name) or _period_tokens(name) != (None, None, False):
        return None
    return name


def _heading_of(scope: Scope, c: DraftClaim) -> str | None:
    """The body a claim's lines are under: the nearest line before it that only names a body
    (中金公司, 国信证券 alone on a line, with no figure); None when there is none."""
    return heading_in_force(scope, c, _HEADING_NAME)


def heading_in_force(scope: Scope, c: DraftClaim, heading: re.Pattern) -> str | None:
    """The nearest line before a claim that is a heading of the kind ``heading`` matches (its whole
    line, stripped), or None."""
    starts, names = _headings(scope.plain, heading)
    k = bisect.bisect_right(starts, c.figure.start) - 1
    return names[k] if k >= 0 else None


@lru_cache(maxsize=16)
def _headings(plain: str, heading: re.Pattern) -> tuple[list[int], list[str | None]]:
    """Where each line after a heading line starts, and the heading in force there."""
    starts: list[int] = []
    names: list[str | None] = []
    at, current = 0, None
    for line in plain.split("\n"):
        starts.append(at)
        names.append(current)
        name = line.strip()
        if name and heading.fullmatch(name):
            current = name
        at += len(line) + 1
    return starts, names


#: Words that leave a part out of what a figure covers, before it in its sentence: 不含固始县，, 不包括
#: 房地产开发投资, 除成品油外 — the part named.
_EXCLUDED = later(r"(?:不含|不包括|不包含)([^，,。；;：:\d]{1,12}?)(?:在内)?[，,]"
                  r"|(?<![扣剔排解])除(?:去)?(?!此)([^，,。；;：:\d]{1,12}?)(?:以外|之外|外)[，,]")


def _excluded(scope: Scope, c: DraftClaim) -> str | None:
    """The part a claim's sentence leaves out before the figure (不含固始县), if any."""
    m = _EXCLUDED.search(scope.text(scope.sentence(c)[0], c.figure.start))
    return (m.group(1) or m.group(2)) if m else None


def other_scopes(scope: Scope, a: DraftClaim, b: DraftClaim) -> bool:
    """Whether two claims are said of different parts or bodies, so that one label does not make
    them one figure: their paragraphs open with different «X方面，» (中资机构方面 and 外资机构方面),
    or one does and the other not, or with different topics their labels do not name (在新型城镇化
    建设方面 and 在新型基础设施建设方面，发行专项债券…); their lines open with different names before the
    period (vivo 2022年第三季度… and 荣耀2022年第三季度…); they stand under different heading lines naming a
    body (中金公司 and 国信证券); their sentences leave out different parts (不含固始县，上半年，全市规模以上
    工业企业增加值增长4.5% is not the whole city's 增长4.9%)."""
    if _aspect_of(scope, a) != _aspect_of(scope, b) or _excluded(scope, a) != _excluded(scope, b):
        return True
    ta, tb = _topic_of(scope, a), _topic_of(scope, b)
    if ta is not None and tb is not None and ta != tb:
        return True  # 在新型城镇化建设方面，发行专项债券… and 在新型基础设施建设方面，发行专项债券…
    na, nb = _named_subject(scope, a), _named_subject(scope, b)
    if na is not None and nb is not None and na != nb:
        return True
    if is_share(a) and is_share(b):
        na, nb = _maker_opening(scope, a), _maker_opening(scope, b)
        if na is not None and nb is not None and na != nb:
            return True  # 小米以4200万部的产量排在第3，…所占的份额为14% and 国内另一厂商vivo的产量…为9%
    ha, hb = _heading_of(scope, a), _heading_of(scope, b)
    if ha is not None and hb is not None and ha != hb:
        return True
    (ga, carried_a), (gb, carried_b) = _group_of(scope, a), _group_of(scope, b)
    return (carried_a or carried_b) and ga != gb


#: The group of bodies a label opens with (国产品牌手机出货量: 国产品牌; 规上工业企业营业收入: 规上工业
#: 企业): the figure is that group's, not the whole market's.
_GROUP_OPENING = later(r"^[\u4e00-\u9fffA-Za-z]{2,6}?(?:品牌|企业|机构|厂商)")


#: A sentence that opens by saying what a group is (民营企业为外贸主引擎，): the clauses after it are
#: the group's.
_GROUP_SAID = later(r"^\s*([\u4e00-\u9fffA-Za-z]{2,6}?(?:品牌|企业|机构|厂商))(?:为|是|作为|成为|仍是|仍为)"
                    r"[^，,。；;\d]{1,12}[，,]")


def _group_of(scope: Scope, c: DraftClaim) -> tuple[str | None, bool]:
    """The group a claim is said of, and whether its sentence carries it there: the one its label
    opens with; else, after a semicolon, the one the first labelled level of its full sentence
    opens with (2022年1-11月，国产品牌手机出货量累计2.07亿部，…；上市新机型累计346款: 国产品牌's
    new models, carried past the semicolon)."""
    own = _GROUP_OPENING.match(normalise_label(c.label or ""))
    if own is not None:
        return own.group(0), False
    s_start, _ = scope.sentence(c)
    said = _GROUP_SAID.match(scope.text(s_start, c.figure.start))
    if said is not None:  # 民营企业为外贸主引擎，进出口3702.3亿元: the 民营企业's trade
        return said.group(1), True
    stops = _full_stops(scope.plain)
    k = bisect.bisect_left(stops, s_start)
    full = stops[k - 1] + 1 if k else 0
    first = next((o for o in scope.in_span(full, s_start) if o.label and is_level(o)), None)
    opening = _GROUP_OPENING.match(normalise_label(first.label or "")) if first is not None else None
    return (opening.group(0), True) if opening is not None else (None, False)


@lru_cache(maxsize=8)
def _full_stops(plain: str) -> list[int]:
    """Every offset of the text that ends a full sentence (。！？ and line ends; not ；), once per text."""
    return [m.start() for m in compiled(r"[。！!？?\n]").finditer(plain)]


# --- the key ----------------------------------------------------------------------------------
#: 在X中所占比重 (在X中占比, 在X中的比重) names the whole X a share is of, as 占X的比重 does: the share
#: is of the part, the level right before it (2019年全国体育服务业总产出14929.5亿元，在体育产业中所占比重
#: 增加到50.6%; 全国电影总票房为300.67亿元，其中国产电影票房为255.11亿元，在总票房中占比为84.85%)
#: (the label ends there: in 在CPI中占据较大比重的食品价格下降4.1% the figure is 食品价格's own rate)
_IN_WHOLE = r"在[^，,。；;：:]{1,16}?[中里](?:(?:所占|占)的?|的)?(?:比重|占比|份额|比例)(?:依次|分别)?$"
_SHARE_IN_WHOLE = later("^" + _IN_WHOLE)
#: a label that starts with one of these relates the figure to something: the subject is the
#: sentence's (第一产业增加值…，拉动GDP增长0.1个百分点; 荣耀出货量…，市场份额为16.7%)
_RELATION = later(rf"^(?:正向|负向)?(?:拉动|带动|高于|低于|快于|慢于|超出|多于|少于|占|目标进度|市场份额|"
                  rf"{_IN_WHOLE})")


#: the words after a figure, in its clause, that make it a target: 4万亿元“十四五”经济目标, 6%的目标
_TARGET_AFTER = later(r"^[^，,。；;！？]{0,12}?(?:目标|规划目标|计划目标)")
_COUNT_OF_SOME = later(r"增长|下降|增速|实现|高于|低于|超过|位居|进入")
#: a count followed by what it counts and 中 (在146家千亿市值以上的公司中，有33家…; 目前146家千亿市值以上的
#: 公司中，仍属银行最多): the group the clause picks from, of the count's own subject
_AMONG_COUNTED = later(r"^[\u4e00-\u9fffA-Za-z]{2,16}?(?:之中|当中|中)[，,]")
_AMONG_END = later(r"(?:之中|当中|中)$")
#: a growth rate named after its figure: 保持3%的增长, 以58.3%的同比增速位居首位, 实现1.5%的正增长
_RATE_AFTER = later(r"^的(?:同比|实际)?正?(?:增长|增速|增幅)(?![率的])")
#: the words before such a rate that are only its verb: its subject is the sentence's
_RATE_VERB = later(r"^(?:仍能|仍然|仍|依然|继续|能够|能)?(?:保持|实现|以|录得|取得)?$")


#: a count named again by a demonstrative right before it: 这38家公司中, 上述15个城市, 这15个
_THIS_COUNT = later(r"(?:这|这些|上述|前述|该)$")
#: what it counts, after its measure word: 这38家公司中 (公司)
_COUNTED_NOUN = later(r"(?P<noun>[\u4e00-\u9fffA-Za-z]{1,12}?)(?:之中|当中|中|里|[，,。；;、的]|$)")
#: how far back the count a demonstrative names again is looked for
_ANTECEDENT_WINDOW = 40


def _antecedent_key(scope: Scope, c: DraftClaim, s_start: int) -> Subject | None:
    """The key of the count a demonstrative count names again (这38家公司中 after A股千亿市值以上的
    公司有38家, a paragraph before; 这六个因素 after 以上六个因素): the nearest count before its sentence
    in the same measure word, when its subject ends with what the demonstrative counts or it counts
    the same; None when the nearest is another's (五家 of a list before 上述17家) or the demonstrative
    counts nothing (这15个): then its own words decide."""
    word = c.figure.text[-1:]
    noun = _COUNTED_NOUN.match(scope.text(c.figure.end, c.figure.end + 16))
    if noun is None or not word or word.isdigit():
        return None
    k = scope.claims.index(c)
    for p in reversed(scope.claims[max(0, k - _ANTECEDENT_WINDOW):k]):
        q = p.figure.quantity
        if p.figure.start >= s_start or q is None or q.unit.dimension != "count" or \
                not p.figure.text.endswith(word):
            continue
        key = subject_of(scope, p)
        counted = _COUNTED_NOUN.match(scope.text(p.figure.end, p.figure.end + 16))
        named = noun.group("noun")
        return key if key is not None and (key.label.endswith(named) or (counted is not None
                                           and counted.group("noun") == named)) else None
    return None


def subject_of(scope: Scope, c: DraftClaim) -> Subject | None:
    """The key of a claim, or None when its words do not tell what it states (read once per
    claim: several finders ask)."""
    key = ("subject", c.id)
    if key not in scope.memo:
        scope.memo[key] = _subject_of(scope, c)
    return scope.memo[key]  # type: ignore[return-value]


def _subject_of(scope: Scope, c: DraftClaim) -> Subject | None:
    f = c.figure
    q = f.quantity
    if q is None or (f.kind not in ("level", "rate") and q.qualifier != "digits") \
            or q.unit.dimension in ("factor", "rank", "time") or "ratio_group" in f.extra or scope.aside(c):
        return None  # a class of rates is one of a growth rate: 保持两位数增长
    plain = scope.plain
    s_start = _sentence_start(scope, c)
    c_start, c_end = scope.clause(c)
    if q.unit.dimension == "count" and _THIS_COUNT.search(plain[c_start:f.number_start]):
        again = _antecedent_key(scope, c, s_start)  # 这38家公司中: the 38家 counted before
        if again is not None:
            return again
    head = plain[s_start:f.start]
    respective = None
    named = list_head = None
    if "分别" in head:  # one of a list: only its own period or name, if the sentence lists them, tells it
        respective = _respective_period(scope, c, s_start, head)
        if respective is None:
            named = respective_name(scope, c)
            if named is None:
                return None
            named, list_head = named
    label = named or _shared_verb(scope, c) or _owner_before(scope, c) or c.label or ""
    if _open_parenthesis(head):
        label = _listed_in_parentheses(head)
        if not label:
            return None  # an aside: （同期为下降9.8%）
    if q.unit.dimension == "count" and _COUNT_OF_SOME.search(plain[f.end:c_end]):
        return None  # 30个行业增加值同比增长: how many did something, not a level of the subject
    clause = _without_parentheses(plain[c_start:f.number_start])
    label_words = label + _SPACES.sub("", plain[f.end:c_end])
    headline = None
    if not label and f.line == _first_line(plain) and not scope.text(s_start, f.start):
        # a headline that opens with its figure: 4.9%！三季度GDP同比增速放缓，…
        headline = label = clause = label_words = \
            compiled(r"[，,：:]").split(scope.text(f.end, f.end + 40).lstrip("！!：: "))[0]
    carried = _carried(plain, plain.rfind("\n", 0, s_start) + 1, f.number_start)
    measure = _measure(c, clause, label, label_words, carried)
    if _TARGET_AFTER.match(plain[f.end:c_end]) and ":proj" not in measure:
        measure += ":proj"  # 经济总量达到4万亿元“十四五”经济目标: the figure is the target
    subject = normalise_label(label)
    if measure.startswith("growth") and _RATE_AFTER.match(plain[f.end:c_end]):
        subject = _RATE_VERB.sub("", subject)  # 仍能保持3%的增长: the sentence's subject's rate
    base = _BASE_YEAR.search(clause)
    if base and measure == "level":
        subject = compiled(r"(?:比|较|相比|由)$").sub("", subject)
    if _TARGET_DONE.search(clause) and "目标进度" not in subject:
        subject = "目标进度"  # the draft's label dropped 完成: 完成年度目标任务的50.1%
    if _BUDGET_DONE.search(clause):  # 地方财政收入94.59亿元，完成年度预算的56.5%: the revenue's
        owner = _level_before(scope, c, s_start)
        subject = owner + "预算进度" if owner else ""
    elif q.unit.dimension not in ("ratio", "pp") and _BARE_CHANGE.fullmatch(clause.strip()):
        subject = _level_before(scope, c, s_start) or subject  # …，比上年同期增收20.13亿元
    elif owner := owner_of_base_share(scope, c):  # 国内旅游收入371.49亿元，…恢复至2019年的78.6%
        subject = f"{owner}/{subject}"
    if _RELATION.match(subject):
        owner = (_level_before(scope, c, s_start) or _previous_level(scope, s_start)) \
            if _SHARE_IN_WHOLE.match(subject) else _sentence_subject(scope, c, s_start)
        subject = owner + subject.removeprefix("正向") if owner else ""
    elif not subject and measure.split(":")[0] in ("growth", "pp"):
        subject = _inherited(scope, c, s_start)
    if q.unit.dimension == "count" and _AMONG_COUNTED.match(plain[f.end:c_end + 1]):
        subject = _AMONG_END.sub("", subject)  # 在146家千亿市值以上的公司中: the count of 千亿市值以上的公司
    if generic(subject):
        return None
    if list_head:  # 二线城市新建商品住宅和二手住宅…: the second of the list that the first heads
        subject = f"{list_head}、{subject}"
    whole = _whole_of_part(scope, c) or _whole_opening(plain, s_start, f.start) \
        or _whole_of_share_after(plain, f.end, subject)
    if whole:  # 货物吞吐量…其中，沿海港口…: the 沿海港口 of that whole, not of 外贸货物吞吐量
        subject = f"{whole}/{subject}"
    if headline is not None:
        groups = places_in_text(headline)
        places = _own_named(plain, groups[-1]) if groups else frozenset()
        year, sub, _ = _period_tokens(headline)
        period = _period_name(year if year is not None else scope.draft.period, sub)
        if len(places) > 1 or any(p.startswith("@") for p in places):
            return None
    else:
        places = _claim_places(scope, s_start, f.start)
        if places is None:
            return None
        if not places and not scope.text(s_start, f.start):
            # a heading that opens with its figure names its place after it: 111家粤港澳大湾区企业IPO
            groups = places_in_text(label)
            places = _own_named(plain, groups[-1]) if groups else places
        opening = None if places else _section_opening(plain, plain.rfind("\n", 0, s_start) + 1)
        if opening is not None:  # else that of its section
            groups = places_in_text(opening)
            places = _own_scope(plain, groups[0]) if groups else places
        if len(places) > 1 or any(p.startswith("@") for p in places):
            return None
        period = _claim_period(scope, c, s_start, f.start, respective)
    if base and measure == "level":  # 比2020年的73129亿元: the level of the base year
        period = base.group(1)
    return Subject(subject, period, places, measure, q.unit.key)


def owner_of_base_share(scope: Scope, c: DraftClaim) -> str:
    """The subject of the level a percentage of a base measures against that base (国内旅游收入
    371.49亿元，按可比口径恢复至2019年的78.6%: 国内旅游收入): the nearest level before it in its
    sentence; "" for a figure of another kind, or with no such level."""
    q = c.figure.quantity
    if q is None or q.unit.dimension != "ratio":
        return ""
    c_start, _ = scope.clause(c)
    if not _OF_A_BASE.search(_without_parentheses(scope.plain[c_start:c.figure.number_start])):
        return ""
    return _level_before(scope, c, _sentence_start(scope, c))


def _whole_of_part(scope: Scope, c: DraftClaim) -> str:
    """The name of the whole a claim is listed under, when a 其中 of its sentence comes after that
    whole (…完成货物吞吐量519376万吨，同比增长13.4%。其中，沿海港口完成354599万吨…；内河港口…): the
    whole's label, normalised; "" for a claim listed under no 其中."""
    plain, at = scope.plain, c.figure.start
    stop = max(plain.rfind("。", 0, at), plain.rfind("\n", 0, at))
    among = plain.rfind("其中", stop + 1, at)
    if among < 0:
        return ""
    before = plain.rfind("。", 0, stop) if plain[stop:stop + 1] == "。" else stop
    wholes = [w for w in scope.in_span(max(before, plain.rfind("\n", 0, among)) + 1, among)
              if w.label and same_unit(w, c) and w.figure.kind == "level" and not scope.aside(w)]
    return normalise_label(wholes[-1].label) if wholes else ""


#: A sentence opened by the name of a whole and 中 (在规模以上工业企业中，; 今年8月零售业总销货价值中，):
#: the figures after it are of its parts. The name may follow a lead clause or a period.
_WHOLE_OPENING = later(r"\s*(?:[^，,。；;！？\n]{1,10}[，,])?在?"
                       r"(?:(?:19|20)\d\d年|今年|去年|上年|本年)?(?:\d{1,2}(?:[-—–－~～至]\d{1,2})?月份?)?"
                       r"([\u4e00-\u9fff]{2,16}?)(?:之中|当中|中)[，,：:]")
#: Words before 中 that name no whole: 其中, 这其中, 期中, 年中, 过程中, a period (上半年中) …
_NO_WHOLE = later(r"^(?:这|其|在这|这其|当|集|过程|期|年|月|途|空|手|心|高|初|[上下]半年|前三季度"
                  r"|[一二三四]季度|第[一二三四]季度)$|其$|^[今去上本全]年")


def _whole_opening(plain: str, s_start: int, at: int) -> str:
    """The whole a claim's sentence opens with, when it opens with its name and 中 before the
    claim (今年8月零售业总销货价值中，网上销售占7.3%，临时估计为24亿元: 24亿元 is the online sales', a
    part of the total, not the total named again), normalised; "" for any other sentence."""
    m = _WHOLE_OPENING.match(plain, s_start, at)
    if m is None or _NO_WHOLE.search(m.group(1)):
        return ""
    return normalise_label(m.group(1))


#: A level's share of a wider whole of its own measure, in the clause right after it or after its
#: rates (完成固定资产投资34.9亿元，占园区固定资产投资比重达88%; …386.75亿元，同比增长10.6%，占园区
#: 工业增加值的比重达39.5%): the whole's name, then the share.
_SHARE_OF_WHOLE_AFTER = later(r"(?:[，,][^，,。；;\d]{0,12}[\d.]+(?:%|个百分点)){0,2}"
                              r"[，,](?:约|仅|共|合计)?占(?P<whole>[^，,。；;：:\d%（()）]{3,20}?)的?"
                              r"(?:比重|比例|份额)?的?(?:为|达到|达|约为|约|是)?[\d.]+%")


def _whole_of_share_after(plain: str, end: int, subject: str) -> str:
    """The whole a level is a share of, named in the clause right after it by more words than the
    level's own name and ending in it (截至一季度，高新区和六个省级工业园区完成工业产值184.3亿元…。完成
    固定资产投资34.9亿元，占园区固定资产投资比重达88%: the 34.9亿元 are a part of the parks' 固定资产投资,
    stated with the subject the paragraph opened with, never the parks' whole 固定资产投资 again),
    normalised; "" for any other level."""
    m = _SHARE_OF_WHOLE_AFTER.match(plain, end)
    if m is None or not subject:
        return ""
    whole = normalise_label(m.group("whole"))
    return whole if len(whole) > len(subject) and whole.endswith(subject) else ""


def _shared_verb(scope: Scope, c: DraftClaim) -> str | None:
    """The label of the next object of a verb, in a list after it: 国家铁路发送旅客28.25亿人次、
    货物26.39亿吨 — 货物 is 国家铁路发送货物 (the first item's words with the object replaced); None
    for a claim that is no such item."""
    k = scope.index(c)
    if k == 0 or not c.label or scope.text(scope.claims[k - 1].end, c.figure.start) != "、" + c.label:
        return None
    first = scope.claims[k - 1].label or ""
    m = _VERB_OBJECT.search(first)
    if m is None or m.end() != len(first) or _VERB_OBJECT.fullmatch(m.group("verb") + c.label) is None:
        return None
    return first[:m.start("object")] + c.label


def _owner_before(scope: Scope, c: DraftClaim) -> str | None:
    """The label of a measure that names its owner by the owner's last word only, in the clause
    right after a level of that owner (全年基本养老保险基金收入65793亿元，基金支出60197亿元 — 基金支出 is
    基本养老保险基金支出; 城镇职工基本养老保险基金总收入60455亿元，基金支出56481亿元 is another fund's): the
    owner's words before that word, with the claim's label; None for a claim that is no such
    measure (工业增加值 after 规模以上工业增加值 is that same figure's name, not another measure)."""
    k = scope.index(c)
    if k == 0 or not c.label:
        return None
    before = scope.claims[k - 1]
    first = before.label or ""
    if not first or scope.text(before.end, c.figure.start) not in ("，" + c.label, "," + c.label):
        return None
    if len(c.label) > _SHORT_MEASURE:
        return None  # 城镇登记失业率 after 全国实有城镇登记失业人数: a name of its own
    at = first.find(c.label[:2])
    return first[:at] + c.label if at >= 2 and first[at + 2:] != c.label[2:] else None


#: The longest label that names its owner by one word of two characters and a measure (基金支出).
_SHORT_MEASURE = 4


def growth_subject(scope: Scope, c: DraftClaim, level: Subject | None) -> Subject | None:
    """The key of the growth rate a level carries (82.31万亿元，按可比价格计算，同比增长9.8%): the
    level's subject, period and place, with the measure its own words give (两年平均, 实际 …).
    A rate on a comparable set of units (投资, 利润) is not the rate of the levels, but it is
    the subject's published rate all the same: 非国有投资增速高达50%以上 and 非国有投资完成60.8亿元，
    同比增长52.8%."""
    g = c.growth
    if level is None or g is None or g.quantity is None or level.measure != "level":
        return None
    words = scope.text(c.figure.end, g.number_start)
    plain = scope.plain
    carried = _carried(plain, plain.rfind("\n", 0, c.figure.start) + 1, g.number_start)
    flags = [name for name, pattern in _FLAGS if pattern.search(words) or name in carried]
    return Subject(level.label, level.period, level.places, ":".join(["growth", *flags]),
                   g.quantity.unit.key)


def _sentence_start(scope: Scope, c: DraftClaim) -> int:
    """Where a claim's sentence starts: never in the title when the claim is below it (a long
    title without a full stop is no sentence the lead continues)."""
    s_start, _ = scope.sentence(c)
    title_end = scope.plain.find("\n", _text_start(scope.plain))
    if s_start < title_end < c.figure.start:
        s_start = len(scope.plain) - len(scope.plain[title_end:].lstrip())
    return s_start


@lru_cache(maxsize=8)
def _text_start(plain: str) -> int:
    """Where the article's text starts (its title), after leading blank lines."""
    return len(plain) - len(plain.lstrip())


def _first_line(plain: str) -> int:
    return plain[:_text_start(plain)].count("\n") + 1


def _open_parenthesis(text: str) -> bool:
    return max(text.rfind("（"), text.rfind("(")) > max(text.rfind("）"), text.rfind(")"))


#: what parts the statements of a list in parentheses
_LIST_BREAK = later(r"[、，,；;]")


def _listed_in_parentheses(head: str) -> str:
    """The subject a figure in parentheses names before it, in its own item of the list there:
    特点（GDP实现1.5%的正增长、农村经济稳步增长… (a summary's list of statements: GDP实现); "" when
    it names none, as an aside does (（同期为下降9.8%）)."""
    at = max(head.rfind("（"), head.rfind("("))
    item = _LIST_BREAK.split(head[at + 1:])[-1].strip()
    return "" if generic(normalise_label(item)) else item


def _without_parentheses(text: str) -> str:
    return BRACKETED.sub("", text)


_LISTED_PERIODS = later(
    rf"((?:\d{{1,2}}|[{_NUM}]{{1,2}})(?:[、和及与](?:\d{{1,2}}|[{_NUM}]{{1,2}}))+)(?:[{_NUM}]个)?(月|季度)"
)


def _respective_period(scope: Scope, c: DraftClaim, s_start: int, head: str) -> str | None:
    """7、8、9三个月，失业率分别为5.1%、5.1%和4.9%: the k-th figure after 分别 is of the k-th period
    the sentence lists before it (None when it lists none, or not as many)."""
    at = head.rfind("分别")
    listed = list(_LISTED_PERIODS.finditer(head[:at]))
    if not listed:
        return None
    m = listed[-1]
    names = compiled(r"[、和及与]").split(m.group(1))
    start = s_start + at
    figures = [o for o in scope.in_span(start, scope.sentence(c)[1])
               if o.figure.quantity is not None and same_unit(o, c)]
    if len(figures) != len(names) or c not in figures:
        return None
    k = figures.index(c)
    name = names[k]
    return _sub_period(name + ("月" if m.group(2) == "月" else "季度"))


#: the words that open a list of the names a 分别 list is of, in its clause: 6月末广义货币（M2）和社会融资规模
#: 存量同比分别增长11.4%和10.8% (its clause from the last break before 分别)
_CLAUSE_BREAK = later(r"[，,；;：:。！？!?]")
#: a names' clause that compares, or counts from a base, is no list of subjects: 比全国和全省分别高…,
#: 占全省和全国的比重分别为…, 由…和…分别增至…
_NOT_NAMES = later(r"(?<![同环])比|较|高于|低于|快于|慢于|相比|占|由|从|[%％]|"
                   r"(?:\d+|[一二两三四五六七八九十]+)[个家项座所类]")
#: the measure noun the last of the names ends with, shared by the names before it that end as it
#: does before the noun (普惠小微贷款和制造业中长期贷款余额: 普惠小微贷款余额)
_SHARED_NOUN = later(r"(?:余额|总额|总量|增加值|收入|支出|产量|销量|销售额|进出口|出口|进口|投资|利润|净利润|"
                     r"营业收入|价格|指数)$")
#: a name of letters that is a subject alone: M2, CPI, PPI
_ABBREVIATION = later(r"[A-Z][A-Za-z\d]{1,5}")
#: what stands between the figures of one 分别 list: 11.4%、10.8%和11.2%
_LIST_JOIN = later(r"[、和及与]|以及")


def respective_name(scope: Scope, c: DraftClaim) -> tuple[str, str] | None:
    """The label of the k-th figure of a 分别 list after a list of as many names in its clause
    (6月末广义货币（M2）和社会融资规模存量同比分别增长11.4%和10.8% → 社会融资规模存量同比增长 for 10.8%;
    M2、社会融资规模存量、人民币贷款余额同比分别增长11.4%、10.8%和11.2%): the k-th name, with the
    measure noun the last name ends with when the others lack it (普惠小微贷款和制造业中长期贷款余额),
    and the verb after 分别; and, after the first, the first name as a subject: the words before
    the list qualify every name, but where the first name's own words end cannot be told
    (二线城市新建商品住宅和二手住宅 vs 三线城市新建商品住宅和二手住宅), so a later name is the same
    subject only in a list headed by the same name. None when the clause lists no names, not as
    many as the figures, a name that is no subject alone (外贸、内贸吞吐量: 外贸 is a modifier), or
    compares (比全国和全省分别高…) — each figure's own words do not tell what it states."""
    key = ("respective name", c.id)
    if key not in scope.memo:
        scope.memo[key] = _respective_name(scope, c)
    return scope.memo[key]  # type: ignore[return-value]


def _respective_name(scope: Scope, c: DraftClaim) -> str | None:
    s_start = _sentence_start(scope, c)
    at = scope.plain.rfind("分别", s_start, c.figure.start)
    if at < 0:
        return None
    breaks = list(_CLAUSE_BREAK.finditer(scope.plain, s_start, at))
    words = scope.text(breaks[-1].end() if breaks else s_start, at)
    if _NOT_NAMES.search(words):
        return None
    run = [o for o in scope.in_span(at, scope.sentence(c)[1]) if o.figure.quantity is not None]
    figures = run[:1]
    for a, b in pairwise(run):
        if not _LIST_JOIN.fullmatch(scope.text(a.figure.end, b.figure.number_start).strip()):
            break
        figures.append(b)
    if c not in figures or len(figures) < 2:
        return None
    names = _names(words, len(figures))
    if names is None:
        return None
    k = figures.index(c)
    name = names[k]
    last = compiled(r"(?:同比|环比)$").sub("", names[-1])
    noun = _SHARED_NOUN.search(last)
    if noun and c is not figures[-1] and name.endswith(last[:noun.start()][-2:]) \
            and not any(_SHARED_NOUN.search(n) for n in names[:-1]):
        name += noun.group(0)  # 普惠小微贷款 and 制造业中长期贷款余额, not M2 and 人民币贷款余额
    verb = scope.text(at + 2, figures[0].figure.number_start)
    return name + verb, normalise_label(names[0]) if k else ""


def _names(words: str, n: int) -> list[str] | None:
    """The n names a list writes (A、B和C; A和B), or None when it writes not as many."""
    names = words.split("、")
    if len(names) == n - 1 or (len(names) == 1 and n == 2):
        last = max(names[-1].rfind(w) for w in ("和", "及", "与"))
        if last <= 0 or (len(names) == 1 and sum(names[0].count(w) for w in "和及与") != 1):
            return None
        names = [*names[:-1], names[-1][:last], names[-1][last + 1:].removeprefix("以及")]
    if len(names) != n or any(not (3 <= len(x) <= 20 or _ABBREVIATION.fullmatch(x)) for x in names):
        return None  # 外贸、内贸吞吐量: a modifier, not a name
    return names


def listed_without_period(scope: Scope, c: DraftClaim) -> bool:
    """Whether a claim is one figure of a 分别 list whose sentence gives it no period of its own
    (预计公司2025 - 2027年净利润分别为216.6亿元、237.3亿元、262.9亿元，YOY+15.6%、+9.5%、+10.8%): a
    figure of one of several periods or subjects, which its words do not tell."""
    s_start = _sentence_start(scope, c)
    head = scope.plain[s_start:c.figure.start]
    return "分别" in head and _respective_period(scope, c, s_start, head) is None


def period_of(scope: Scope, c: DraftClaim) -> str:
    """The period of a claim, as its key would name it (:func:`subject_of`)."""
    s_start = _sentence_start(scope, c)
    return _claim_period(scope, c, s_start, c.figure.start)


def where_and_when(scope: Scope, c: DraftClaim) -> tuple[frozenset[str], str] | None:
    """The places (every one of a group: 上海和北京 → {上海, 北京}) and the period of a claim, as
    its key would name them (:func:`subject_of`); None when its places cannot be told."""
    s_start = _sentence_start(scope, c)
    places = _claim_places(scope, s_start, c.figure.start, joined=True)
    if places is None or any(p.startswith("@") for p in places):
        return None
    return places, _claim_period(scope, c, s_start, c.figure.start)


def _claim_places(scope: Scope, s_start: int, at: int,
                  joined: bool = False) -> frozenset[str] | None:
    """The places named last before the figure at ``at``, in its sentence or else its paragraph;
    None when that names several places at once (all of them with ``joined``). 全省, 本市 … are
    the place of that kind named before them (江苏省统计局分析称，…全省GDP → 江苏); else, when the
    article speaks of its own place that way (全市 in a city's report), the article's place; else
    a place of their own."""
    plain = scope.plain
    p_start = plain.rfind("\n", 0, s_start) + 1
    back = _paragraph(plain, p_start).places_back(p_start, at)
    last = next(back, None)
    if last is None:
        return _heading_place(plain, p_start)
    group = [last]
    for place in back:  # 上海和北京: one group of places
        if not _JOINED.fullmatch(plain[place[1]:group[-1][0]]):
            earlier = place
            break
        group.append(place)
    else:
        earlier = None
    if len(group) != 1:
        return frozenset(p[2] for p in group) if joined else None
    name = last[2]
    own = _own_place(plain)
    if not name.startswith("@"):
        return frozenset() if name == own else frozenset([name])
    level = name[1]
    while earlier is not None:
        other = earlier[2]
        if not other.startswith("@") and other != "全国" and \
                (other in _PROVINCE_NAMES) == (level == "省"):
            return frozenset() if other == own else frozenset([other])
        earlier = next(back, None)
    if level == _article_level(plain):
        return frozenset()
    return frozenset(["全" + level])


_JOINED = later(r"和|与|及|以及|、")
#: A heading line: short, without a figure or a sentence's punctuation (茅箭区, 具体情况).
_HEADING_LINE = later(r"[^\d。；;！？!?，,：:]{1,30}")


def _heading_place(plain: str, p_start: int) -> frozenset[str]:
    """The place a heading line names alone (茅箭区 over 新建学校1所，…，新增义务教育学位2900个。),
    in force over the lines below it to the next heading line; none when the heading in force
    names no place, or the article's own place."""
    starts, names = _place_headings(plain)
    k = bisect.bisect_right(starts, p_start) - 1
    name = names[k] if k >= 0 else None
    return frozenset() if name is None or name == _own_place(plain) else frozenset([name])


@lru_cache(maxsize=8)
def _place_headings(plain: str) -> tuple[list[int], list[str | None]]:
    """Where each line after a heading line starts, and the place that heading names alone
    (None for a heading that is no place), once per text; the title heads nothing."""
    starts: list[int] = []
    names: list[str | None] = []
    at, current, first = 0, None, _text_start(plain)
    for line in plain.split("\n"):
        words = line.strip()
        if at > first and words and _HEADING_LINE.fullmatch(words):
            found = _places(words)
            current = found[0][2] if len(found) == 1 and found[0][:2] == (0, len(words)) \
                and not found[0][2].startswith("@") else None
        at += len(line) + 1
        starts.append(at)
        names.append(current)
    return starts, names


def _own_named(plain: str, places: frozenset[str]) -> frozenset[str]:
    """The places a heading names, the article's own place as none (as :func:`_claim_places`
    reads a figure's own sentence): 前10月 规模以上工业企业实现利润总额3819.8亿元 under 四川工业经济…
    is the 1-10月，四川省规模以上工业企业实现利润总额3819.8亿元 of the body."""
    return frozenset() if len(places) == 1 and next(iter(places)) == _own_place(plain) else places


def _own_scope(plain: str, places: frozenset[str]) -> frozenset[str]:
    """A section's place as its opening sentence names it: 全市 (本市, 我市 …) is the article's own
    place when the article calls it so, as in a figure's own sentence (实现市场消费总额增长7.2% over
    上半年，全市实现市场消费总额8994.6亿元，同比增长7.2%), else a place of its own."""
    places = _own_named(plain, places)
    if len(places) != 1 or not next(iter(places)).startswith("@"):
        return places
    level = next(iter(places))[1]
    return frozenset() if level == _article_level(plain) else frozenset(["全" + level])


def _grouped(text: str, found: list[tuple[int, int, str]]) -> list[list[tuple[int, str]]]:
    """Places joined by 、 和 与 及 as one group: [(start, name), …] per group."""
    groups: list[list[tuple[int, str]]] = []
    end = -1
    for a, b, name in found:
        if groups and _JOINED.fullmatch(text[end:a]):
            groups[-1].append((a, name))
        else:
            groups.append([(a, name)])
        end = b
    return groups


@lru_cache(maxsize=8)
def _own_place(plain: str) -> str | None:
    """The one place an article is about, when it names no other (but the nation) and calls it by
    the words of its kind (成都市统计局公布1—11月份成都经济运行情况 … 全市规模以上工业增加值): its figures
    named by it and its figures that name no place (:func:`_claim_places`) are of one place; None
    otherwise."""
    level = _article_level(plain)
    names = {name for _, _, name in _places(plain) if not name.startswith("@") and name != "全国"}
    if level is None or len(names) != 1:
        return None  # the nation, named or not, stays its own: 较全国高4.1个百分点
    name = next(iter(names))
    return name if (name in _PROVINCE_NAMES) == (level == "省") else None


@lru_cache(maxsize=8)
def _article_level(plain: str) -> str | None:
    """The kind of place an article calls its own (全市 in a city's report, 全省 in a province's):
    the one of 全省, 全市, 全区, 全县 (本市, 我市 …) it writes most often."""
    counts = Counter(m.group(1) for m in _SCOPE.finditer(plain))
    if not counts:
        return None
    (level, n), *rest = counts.most_common()
    return None if rest and rest[0][1] == n else level


def _claim_period(scope: Scope, c: DraftClaim, s_start: int, at: int,
                  respective: str | None = None) -> str:
    plain = scope.plain
    p_start = plain.rfind("\n", 0, s_start) + 1
    paragraph = _paragraph(plain, p_start)
    year, sub, named = _last_period(paragraph.periods_back(s_start, at))
    if respective is not None:
        sub = respective
    if not named:
        p_year, p_sub, p_named = _last_period(paragraph.periods_back(p_start, s_start))
        year = year if year is not None else p_year
        sub = sub if sub is not None else p_sub
        opening = _list_opening(plain, p_start) if not p_named else None
        if opening is not None:  # an item of a list opened lines before: 2023年…目标是：⏎…；⏎
            o_year, o_sub, p_named = _last_period(_paragraph(plain, opening).periods_back(
                opening, plain.find("\n", opening)))
            year = year if year is not None else o_year
            sub = sub if sub is not None else o_sub
        if not p_named:  # the heading the paragraph is under: 2021年 / 一季度经济运行情况
            h_year, h_sub = _heading_period(scope.plain, s_start)
            year = year if year is not None else h_year
            sub = sub if sub is not None else h_sub
    opening = _section_opening(plain, p_start) if year is None and sub is None else None
    if opening is not None:
        year, sub, _ = _period_tokens(opening)
    default = c.period or scope.draft.period
    if year is not None and year < 1000:  # 上年, 今年, 明年
        if default is None:
            # 今年 is the article's own year, which a figure naming no year has too
            return {-2: "前年", -1: "上年", 1: "明年"}.get(year, "") + (sub or "")
        year = default + year
    return _period_name(year if year is not None else default, sub)


#: The end of a line that a list goes on from (目标是：, 增长6%左右；).
_LIST_GOES_ON = later(r"[：:；;]\s*$")
#: The most lines of a list an item looks back over for its opening.
_LONGEST_LIST_LINES = 30


def _list_opening(plain: str, p_start: int) -> int | None:
    """Where the list a paragraph is an item of opens: the line ending in ： that the lines
    between it and the paragraph, each ending in ；, go on from (主要预期目标是：⏎地区生产总值增长
    6%左右；⏎一般公共预算收入增长8%。); None for a paragraph no list goes on into."""
    start = p_start
    for _ in range(_LONGEST_LIST_LINES):
        if start == 0:
            return None
        before = plain.rfind("\n", 0, start - 1) + 1
        line = plain[before:start - 1]
        if not line.strip():
            return None
        if not _LIST_GOES_ON.search(line):
            return None
        if line.rstrip()[-1] in "：:":
            return before
        start = before
    return None


def _section_opening(plain: str, p_start: int) -> str | None:
    """The first sentence of the section under a heading (a short line without a full stop, not
    the title) that starts at ``p_start``; None for a paragraph that is no heading. A heading that
    names no period or place has those of its section: 关注点二：城镇新增就业人数完成全年目标任务
    95.0% is the 前三季度，全国城镇新增就业…完成全年目标的95.0% below it."""
    end = plain.find("\n", p_start)
    line = plain[p_start:end if end >= 0 else len(plain)].strip()
    if p_start <= _text_start(plain) or end < 0 or len(line) > 30 or compiled(r"[。；;！？!?]").search(line):
        return None
    return compiled(r"[。；;！？!?\n]").split(plain[end:].lstrip(), maxsplit=1)[0]


def _heading_period(plain: str, at: int) -> tuple[int | None, str | None]:
    """The period named by the headings right above the paragraph at ``at`` (short lines without
    a full stop), nearest first; the article's title is not a heading of this kind."""
    a = plain.rfind("\n", 0, at)
    first = _text_start(plain)
    while a > first:
        b = a
        a = plain.rfind("\n", 0, b)
        line = plain[a + 1:b].strip()
        if not line:
            continue
        if a < first or len(line) > 30 or compiled(r"[。；;！？!?]").search(line):
            break
        year, sub, _ = _period_tokens(line)
        if year is not None or sub is not None:
            return year, sub
    return None, None


def _period_name(year: int | None, sub: str | None) -> str:
    """2021, 2021年三季度, 三季度 (no year named)."""
    if year is None:
        return sub or ""
    return f"{year}年{sub}" if sub else str(year)


def _sentence_subject(scope: Scope, c: DraftClaim, s_start: int) -> str:
    """The subject of the first labelled level of a claim's sentence before it."""
    for other in scope.in_span(s_start, c.figure.start):
        if other is not c and other.figure.quantity is not None and not other.figure.is_rate \
                and other.label and "ratio_group" not in other.figure.extra:
            label = normalise_label(other.label)
            if not generic(label) and not _RELATION.match(label):
                return label
    return ""


def _level_before(scope: Scope, c: DraftClaim, s_start: int) -> str:
    """The subject of the nearest level before a claim in its sentence (not a rate, a share or a
    change): whose change or progress a bare 增收…, 完成年度预算的… states; "" when none."""
    for other in reversed(scope.in_span(s_start, c.figure.start)):
        q = other.figure.quantity
        if other is c or q is None or q.unit.dimension in ("ratio", "pp") or q.change or \
                other.figure.change_word or not other.label or scope.aside(other) or \
                _BUDGET_AMOUNT.search(scope.text(scope.clause(other)[0], other.figure.number_start)):
            continue
        label = normalise_label(other.label)
        if not generic(label) and not _RELATION.match(label):
            return label
    return ""


def _inherited(scope: Scope, c: DraftClaim, s_start: int) -> str:
    """The subject of a bare rate: the figure it follows in its sentence (同比增长4.9%，两年平均
    增长5.2%), else the first labelled level of the previous sentence in its paragraph."""
    k = scope.index(c)
    for other in reversed(scope.claims[:k]):
        if other.figure.start < s_start:
            break
        if other.figure.quantity is not None and other.label:
            label = normalise_label(other.label)
            if not generic(label) and not _RELATION.match(label):
                return label
    return _previous_level(scope, s_start)


def _previous_level(scope: Scope, s_start: int) -> str:
    """The subject of the first labelled level of the sentence before, in the paragraph: what a
    bare rate opening its sentence continues, and whose shares a list 在X中的比重依次为… opening its
    sentence gives (东部地区合同港资金额608.30亿美元，…。在全国吸收港资资金总量中的比重依次为80.88%、…:
    合同港资's, not those of the 实际投入港资 the next sentence lists); "" when there is none."""
    p_start = scope.plain.rfind("\n", 0, s_start) + 1
    end = len(scope.plain[p_start:s_start].rstrip()) + p_start  # after the previous sentence's 。
    if end <= p_start:
        return ""
    previous = scope.sentence_of_offsets(end - 1, end - 1)
    for other in scope.in_span(max(previous[0], p_start), s_start):
        if other.label and not other.figure.is_rate:
            label = normalise_label(other.label)
            return "" if generic(label) else label
    return ""
