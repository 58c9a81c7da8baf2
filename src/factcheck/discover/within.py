"""Parts in a sentence opened by the name of a whole stated before it: 在税收收入中，增值税29.03亿元…；
营业税21.88亿元… after 其中，税收收入112亿元; 1—5月份，规模以上工业企业中，国有控股企业实现利润总额
9438.4亿元… after 全国规模以上工业企业实现利润总额27543.8亿元; 企业法人单位中，内资企业1834.8万个…

Each part is at most the whole. Their sum is not tested: the parts such a sentence lists may come
from several classifications that overlap (国有控股企业 and 股份制企业) — but firms of different types
of registration (集体企业, 股份制企业, 外商及港澳台商投资企业; not 国有控股 nor 私营, which cross them) are
different firms, together at most all. The whole is the nearest level before the sentence, in its
paragraph or the one before, whose label holds the name, of the parts' unit and measure and period;
the words name it, so the relation is stated. A sentence opened by 分经济类型看 (按登记注册类型分)
names no whole: its firms are of the first level of their measure in the paragraph before (1-10月，…
规模以上工业企业实现利润总额3819.8亿元。 / 分经济类型看，国有控股企业实现利润总额1222.4亿元…), linked.

A month is within the months to it (12月份，社会消费品零售总额17740亿元 … 1-12月份，社会消费品零售总额
181226亿元; 11月份…利润总额 within 1—11月份…利润总额; 10月，广东进出口6843.6亿元 within 前10个月，广东
进出口6.71万亿元): a flow of one month is at most the same flow
over the span that holds the month, tied by the label and the periods (linked); the span's may say
it is summed (7月份，全行业生产轮胎7281万条 within 1-7月份，全行业累计生产轮胎46094万条) or the
subject the month's sentence names before its figure (轮胎行业对外贸易…，进出口总额为15.46亿美元 within
1-7月份，轮胎行业进出口贸易总额为84.2亿美元).

When the parts are industries of the national classification, each of its own section (第三产业中，
金融业增加值…；交通运输、仓储和邮政业增加值…；批发和零售业增加值…), they are disjoint: together at
most the whole. So are the kinds a kind's name holds by definition, in the paragraph after it
(谷物产量… 稻谷…；小麦…；玉米…; 粮食总产量… 谷物产量…): stated in one sentence, linked across.

Parts stated in one paragraph with their shares of one whole (民营企业进出口12315.2亿元…占外贸总值的37.5%…。
同期，外商投资企业进出口17613.2亿元…占53.5%；国有企业进出口2945.3亿元…占9%) are together at most that whole
when their shares add up to at most 100% (more would be parts of several classifications, which
overlap): linked, as the shares' wholes are; a part's own 其中 ends them. So are parts one to a
paragraph in paragraphs that follow one another (其中，现代产业类项目250个，个数占比28.3%…\n基础设施类项目
276个，个数占比31.3%…), and such parts in the whole's own paragraph when the sentence that lists
them is opened by the whole's name (a census bulletin's 在工业企业法人单位中，内资企业336.4万个，占97.5%；
港、澳、台商投资企业4.3万个，占1.3%；外商投资企业4.4万个，占1.3%): stated there, as the words name
the whole in its sentence's paragraph. Shares that add up to 100% do not make the parts the whole:
a class of 0.01% may be left out (民营、外商投资、国有企业进出口, 37.5% + 53.5% + 9%, fall 4.7亿元 short
of the total).
Counts of people are parts of counts of people only (家庭户668.1万户 holds no 168.7万人).

Trade with one partner (福建省对东盟进出口2601.5亿元, 7月我国出口至日本铝合金总量为31,395吨) is at
most the trade of all of its flow (进出口, 出口, 进口), place, period and goods stated before it
(福建省外贸进出口1.15万亿元; 7月我国共出口铝合金锭64,161吨), linked; not a total of some traders or
goods (民营企业进出口, 机电产品出口) nor a part of another partner's trade (对欧盟…，其中…服装出口87.2亿美元).

Industries listed with 分别 and the measure each reaches, after the one level of that measure in
their paragraph (全市实现规上工业增加值252.32亿元…。主要行业中，规上电气机械制造业、金属制品业和纺织行业
分别实现增加值63.46亿元、17.77亿元和67.07亿元): each at most the level, linked; industries of the
classification (a lead that names 行业) together at most it; groups of them (重点产业: 战略性新兴产业,
高新技术产业 …) overlap and are never summed. Names that are no industries (firms, places) are no list.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..patterns import later
from .among import forecast_types, people
from .claims import DraftClaim
from .composition import measure
from .duplicate import places_in
from .scope import Found, Scope, a_change, exact, is_level, listed_item, same_unit

__all__ = ["by_shares", "find", "period", "registration_types"]

#: A sentence opened by a whole's name: (1—5月份，)(在)规模以上工业企业中，
_OPENING = later(r"(?:[^，,。；;！？\n]{1,10}[，,])?在?([\u4e00-\u9fff、]{2,16}?)中[，,：:]")
#: Words before 中 that name no whole: 其中, 这其中, 期中, 年中, 过程中 …
_NO_WHOLE = later(r"^(?:这|其|在这|这其|当|集|过程|期|年|月|途|空|手|心|高|初)$|其$|^[今去上本全]年")

_LEAD = later(r"全[国省市区县镇]|本[市区县]|我[国市区县]|^(?:中国|年末|年初|期末|全年)")
_NUMBERED = later(r"\(\d+\)$")  # 社会消费品零售总额(2): the second figure of a label


def find(scope: Scope) -> list[Found]:
    found = _months_in_spans(scope) + _kinds(scope) + _listed_industries(scope) + _by_type(scope) \
        + _with_partners(scope)
    for start, end, words in _openings(scope):
        parts = [c for c in scope.in_span(start, end) if _amount(c)]
        if not parts:
            continue
        whole = _whole(scope, start, words, parts)
        if whole is None:
            continue
        if len(parts) > 1 and _disjoint_industries(parts):
            found.append(Found("breakdown", {"breakdown": whole.id, "parts": [p.id for p in parts],
                                             "exhaustive": False}, "stated", parts[0],
                               f"industries of {words}, each of its own section (…{words}中，…)",
                               f"{whole.id}_industries_within"))
            continue
        registered = registration_types(parts)
        if registered:  # 集体企业…；股份制企业…；外商及港澳台商投资企业…: firms of different types
            found.append(Found("breakdown", {"breakdown": whole.id, "parts": [p.id for p in registered],
                                             "exhaustive": False}, "stated", registered[0],
                               f"firms of {words} by the type they are registered as",
                               f"{whole.id}_registered_within"))
        typed = forecast_types(scope, start, parts)
        if typed:  # 195家首季业绩同比增长的公司中，预增167家，略增3家，扭亏25家: different firms
            found.append(Found("breakdown", {"breakdown": whole.id, "parts": [p.id for p in typed],
                                             "exhaustive": False}, "stated", typed[0],
                               f"counts of {words} by the type of their forecast",
                               f"{whole.id}_forecasts_within"))
        for p in parts:
            found.append(Found("breakdown", {"breakdown": whole.id, "parts": [p.id],
                                             "exhaustive": False}, "stated", p,
                               f"a part of {words} (…{words}中，…)", f"{p.id}_within"))
    return found


def _openings(scope: Scope) -> list[tuple[int, int, str]]:
    """Every sentence opened by a whole's name: where its parts start and end (its full stop),
    and the name."""
    out = []
    plain = scope.plain
    starts = [0] + [i + 1 for i, ch in enumerate(plain) if ch in "。！？\n"]
    for a in starts:
        while a < len(plain) and plain[a] in " \t\u3000":
            a += 1
        m = _OPENING.match(plain, a)
        if m is None or _NO_WHOLE.search(m.group(1)):
            continue
        stop = min((at for ch in "。！？\n" if (at := plain.find(ch, m.end())) >= 0),
                   default=len(plain))
        out.append((m.end(), stop, m.group(1)))
    return out


#: The sections (门类) of the national classification of industries (GB/T 4754), and the groups of
#: them bulletins name (工业 is 采矿业, 制造业 and 电力…; 其他服务业 the services no other name
#: holds): the letters of the sections each name holds.
_SECTIONS = tuple((later(words), frozenset(letters.split())) for words, letters in (
    (r"农、?林、?牧、?渔业", "A"), (r"采矿业|采掘业", "B"), (r"制造业", "C"),
    (r"电力、?(?:热力、?)?燃气及水的?生产和供应业", "D"), (r"工业", "B C D"), (r"建筑业", "E"),
    (r"批发和零售业|批发零售业|批零业", "F1 F2"), (r"批发业", "F1"), (r"零售业", "F2"),
    (r"交通运输、?仓储和?及?邮政业", "G"), (r"住宿和餐饮业|住宿餐饮业", "H1 H2"),
    (r"住宿业", "H1"), (r"餐饮业", "H2"), (r"信息传输、?软件和信息技术服务业", "I"),
    (r"金融业", "J"), (r"房地产业", "K"), (r"租赁和商务服务业", "L"),
    (r"科学研究和技术服务业", "M"), (r"水利、?环境和公共设施管理业", "N"),
    (r"居民服务、?修理和其他服务业", "O"), (r"教育", "P"), (r"卫生和社会工作", "Q"),
    (r"文化、?体育和娱乐业", "R"), (r"公共管理、?社会保障和社会组织", "S"),
    (r"其他服务业", "I L M N O P Q R S"),
))
#: Words that may lead an industry's name (规上工业, 全市金融业).
_INDUSTRY_LEAD = later(r"^(?:全[国省市区县]|本[市区县]|规模以上|规上|限额以上|限上)")


def _industry_sections(c: DraftClaim) -> frozenset[str] | None:
    """The sections of the national classification a figure's name starts with (金融业增加值: J;
    工业增加值: B, C and D); None when it names none."""
    words = _INDUSTRY_LEAD.sub("", _core(c.label or ""))
    for pattern, letters in _SECTIONS:
        m = pattern.match(words)
        if m is not None:
            return letters
    return None


def _disjoint_industries(parts: list[DraftClaim]) -> bool:
    """Whether every part names an industry of the national classification, none the same or a
    part of another's: together they are at most their whole (金融业…；交通运输、仓储和邮政业…；批发和
    零售业… of 第三产业)."""
    seen: set[str] = set()
    for p in parts:
        letters = _industry_sections(p)
        if letters is None or letters & seen:
            return False
        seen |= letters
    return True


#: The types of registration (登记注册类型) of the national statistics that no other of them holds:
#: a firm is registered as one. 国有控股企业 (by who controls it) and 私营企业 (a private 有限责任公司
#: is a 股份制企业 too) cross them: never summed (国家统计局: 经济类型分组之间存在交叉).
_REGISTERED = later(r"^(?:集体企业|股份合作企业|联营企业|股份制企业|外商及港澳台商?投资企业"
                    r"|港澳台商投资企业|外商投资企业)")


def registration_types(parts: list[DraftClaim]) -> list[DraftClaim]:
    """The parts, two or more, each of a different type of registration, of one measure (1—11月份，
    规模以上工业企业中，…集体企业实现利润总额41.1亿元…；股份制企业实现利润总额2217.9亿元…；外商及港澳台商
    投资企业实现利润总额473.4亿元…): different firms, together at most all. Empty when fewer."""
    typed: dict[str, DraftClaim] = {}
    for p in parts:
        m = _REGISTERED.match(_core(p.label or ""))
        if m is not None and m.group() not in typed:
            typed[m.group()] = p
    picked = sorted(typed.values(), key=lambda c: c.figure.start)
    if "外商及港澳台商投资企业" in typed or "外商及港澳台投资企业" in typed:
        picked = [p for p in picked if _core(p.label or "")[:2] not in ("港澳", "外商")
                  or _core(p.label or "").startswith("外商及")]  # the sum and its two halves
    kinds = {measure(p.label) for p in picked}
    return picked if len(picked) > 1 and len(kinds) == 1 else []


#: A sentence that splits firms by their type, with no name of the whole (分经济类型看，; 按登记注册
#:类型分，; 从企业类型看，).
_BY_TYPE = later(r"(?:从|分|按)(?:经济类型|登记注册类型|注册类型|企业类型|所有制类型?)(?:看|分|来看)[，,：:]")


def _by_type(scope: Scope) -> list[Found]:
    """Firms by type in a sentence that opens so, after the paragraph that states all firms' level
    of the measure (1-10月，四川省规模以上工业企业实现利润总额3819.8亿元…。\n分经济类型看，国有控股企业
    实现利润总额1222.4亿元…；股份制企业实现利润总额3384.4亿元…；外商及港澳台商投资企业…342.7亿元…): each
    at most that level, the types of registration together too. The whole is the last level of the
    paragraph before, or the one before it, of the parts' measure, unit and period, larger than
    each part may be; tied across sentences: linked."""
    if "类型" not in scope.plain and "所有制" not in scope.plain:
        return []
    found = []
    for m in _BY_TYPE.finditer(scope.plain):
        if m.start() > 0 and scope.plain[m.start() - 1] not in "\n。；;":
            continue
        stop = min((at for ch in "。！？\n" if (at := scope.plain.find(ch, m.end())) >= 0),
                   default=len(scope.plain))
        parts = [c for c in scope.in_span(m.end(), stop) if _amount(c) and not scope.aside(c)]
        kinds = {measure(p.label) for p in parts}
        if not parts or len(kinds) != 1 or None in kinds:
            continue
        whole = _level_before(scope, parts, kinds.pop())
        if whole is None:
            continue
        registered = registration_types(parts)
        if registered:
            found.append(Found("breakdown", {"breakdown": whole.id, "parts": [p.id for p in registered],
                                             "exhaustive": False}, "linked", registered[0],
                               "firms by the type they are registered as (分经济类型看)",
                               f"{whole.id}_registered_by_type"))
        found += [Found("breakdown", {"breakdown": whole.id, "parts": [p.id], "exhaustive": False},
                        "linked", p, "firms of one type among all (分经济类型看)", f"{p.id}_of_a_type")
                  for p in parts]
    return found


def _level_before(scope: Scope, parts: list[DraftClaim], kind: str) -> DraftClaim | None:
    """The level of all the parts are of: the first in the nearest of the two paragraphs before
    theirs that has one of their measure, unit and period (not a 其中 part after it, nor a part of a
    paragraph that splits by another classification), and not itself a kind of firm."""
    first = parts[0]
    levels = [c for c in scope.claims[:scope.index(first)] if 0 < first.line - c.line <= 2
              and _amount(c) and measure(c.label) == kind and c.period == first.period
              and not _an_increment(c) and all(same_unit(c, p) for p in parts)
              and not _in_a_section(scope, c)]
    if not levels:
        return None
    c = next(c for c in levels if c.line == levels[-1].line)
    label = _core(c.label or "")
    return None if _REGISTERED.match(label) or "控股" in label or "私营" in label else c


#: A paragraph that opens as a split by a classification (从三大门类看，; 分行业看，; 按地区分，), after a
#: period maybe (1-5月，): its levels are parts of a whole, none the whole of another split.
_SECTION_OPENING = later(r"(?:[^，,。；;]{1,12}[，,])?"
                         r"(?:(?:从|分)[^，,：:。；;]{1,12}看|按[^，,：:。；;看]{1,10}分)[，,：:]")


def _in_a_section(scope: Scope, c: DraftClaim) -> bool:
    """Whether a level is in a paragraph opened by a split (从三大门类看，1-5月，采矿业…增加值1.89亿元)."""
    start = scope.plain.rfind("\n", 0, c.figure.start) + 1
    return bool(_SECTION_OPENING.match(scope.plain, start))


#: Kinds whose name holds other kinds by definition (国家统计局: 粮食 is 谷物, 豆类 and 薯类; 谷物 is
#: 稻谷, 小麦, 玉米 and other grains): the kinds of each, by one level of the classification.
_KINDS_OF = {"粮食": ("谷物", "豆类", "薯类"), "谷物": ("稻谷", "小麦", "玉米")}
_TOTAL_WORD = later(r"^总")


def _kind(c: DraftClaim) -> tuple[str, str] | None:
    """The kind a figure's name starts with, and what of it is measured (谷物产量: 谷物, 产量)."""
    words = _core(c.label or "")
    for kind in (*_KINDS_OF, *(k for kinds in _KINDS_OF.values() for k in kinds)):
        if words.startswith(kind):
            return kind, _TOTAL_WORD.sub("", words[len(kind):])
    return None


def _kinds(scope: Scope) -> list[Found]:
    """A level of a kind with the levels of its kinds after it in its paragraph (全年谷物产量39603吨，
    …，稻谷产量26765吨…；小麦产量2351吨…；玉米产量10015吨…; 粮食总产量46695吨 … 谷物产量39603吨):
    together they are at most the whole, the grains of one level of the classification (稻谷,
    小麦, 玉米 when 谷物 is not stated). Stated when all are in the whole's sentence, else linked."""
    found = []
    for k, whole in enumerate(scope.claims):
        named = _kind(whole)
        if named is None or named[0] not in _KINDS_OF or not _additive(whole):
            continue
        kind, what = named
        members: dict[str, DraftClaim] = {}
        for c in scope.claims[k + 1:]:
            if c.line != whole.line:
                break
            other = _kind(c)
            if other is None or not _additive(c):
                continue
            if other[0] == kind:
                break  # the kind again: another figure of it (播种面积 after 产量), the list has ended
            if other[1] != what or not same_unit(c, whole) or c.period != whole.period:
                continue
            members.setdefault(other[0], c)
        parts = _one_level(kind, members)
        if not parts:
            continue
        stop = min((at for ch in "。！？\n" if (at := scope.plain.find(ch, whole.end)) >= 0),
                   default=len(scope.plain))
        how = "stated" if all(p.figure.start < stop for p in parts) else "linked"
        found.append(Found("breakdown", {"breakdown": whole.id, "parts": [p.id for p in parts],
                                         "exhaustive": False}, how, whole,
                           f"the kinds of {kind} (a part of it by definition)", f"{whole.id}_kinds"))
    return found


def _one_level(kind: str, members: dict[str, DraftClaim]) -> list[DraftClaim]:
    """The members of one level of the classification under a kind, in the order stated: 谷物, 豆类,
    薯类 of 粮食 (稻谷, 小麦, 玉米 in place of 谷物 when it is not stated), never a kind with its
    own kinds."""
    kinds = list(_KINDS_OF[kind])
    for i, k in enumerate(kinds):
        if k in _KINDS_OF and k not in members:
            kinds[i:i + 1] = _KINDS_OF[k]
    parts = [members[k] for k in kinds if k in members]
    return sorted(parts, key=lambda c: c.figure.start)


def _additive(c: DraftClaim) -> bool:
    """A level that adds up over kinds (产量, 播种面积), not a yield per area or a change."""
    q = c.figure.quantity
    return _amount(c) and q is not None and "/" not in q.unit.dimension and not _an_increment(c)


def _core(words: str) -> str:
    """A name without the place and time words that lead it (年末全区户籍人口 → 户籍人口)."""
    return _NUMBERED.sub("", _LEAD.sub("", words))


def _amount(c: DraftClaim) -> bool:
    return is_level(c) and exact(c) and not a_change(c) \
        and c.figure.quantity.unit.dimension not in ("ratio", "pp", "time", "number")


def _whole(scope: Scope, start: int, words: str, parts: list[DraftClaim]) -> DraftClaim | None:
    """The level a name opening a sentence names: the nearest before it, in the same or the
    previous paragraph, whose label holds the name, of every part's unit, measure and period,
    and larger than each part may be."""
    first = parts[0]
    counts = first.figure.quantity.unit.dimension == "count"  # type: ignore[union-attr]
    kinds = {None} if counts else {measure(p.label) for p in parts}  # 外商投资企业 counts no 投资
    if len(kinds) > 1:
        return None  # parts of several measures: no one whole
    k = scope.index(first)
    for c in reversed(scope.claims[:k]):
        if first.line - c.line > 1:
            break
        if c.figure.start >= start or not _amount(c) or _core(words) not in _core(c.label or "") \
                or _an_increment(c) or _a_subset(c, words):
            continue
        if all(same_unit(c, p) and c.period == p.period and people(c) == people(p) for p in parts) \
                and (kinds == {None} or {measure(c.label)} == kinds):
            return c
    return None


_BASIS = later(r"^(?:常住|户籍|总)+")


def _a_subset(c: DraftClaim, words: str) -> bool:
    """A level whose label names a part of what the frame names (集体户人口, 家庭户人口 for 全市人口中):
    words other than the place and the basis (常住, 户籍) before the name."""
    label, name = _core(c.label or ""), _core(words)
    return bool(_BASIS.sub("", label[:label.find(name)]))


_INCREMENT_LABEL = later(r"(?:增产|减产|增收|减收)[\u4e00-\u9fff]{0,4}$")


def _an_increment(c: DraftClaim) -> bool:
    """A figure its label names as what a level rose or fell by (夏粮因单产提高增产粮食262万吨): the
    amount of a change, with a noun between the word of change and the number, no whole."""
    return bool(_INCREMENT_LABEL.search(c.label or ""))


#: The period a sentence states before a figure: a span of months to N (1-12月份, 1至11月, 全年;
#: the first N months, 前10个月, 前三个月; the quarters to one, 一季度 3, 上半年 6, 前三季度 9, not
#: the base of a comparison, 较今年上半年, nor one of a list, 第一季度、第二季度) or one month N
#: (12月份, 11月); month ends (11月末) are points in time, not months.
_SPAN = later(r"(?:(?<!\d)1\s*[-—–－~～至到]\s*(\d{1,2})\s*月份?|(全年)"
              r"|前\s*(\d{1,2}|[二两三四五六七八九十]|十[一二])\s*个?月"
              r"|(?<![比较于与和同前上下每本各第一二三四五六七八九十])(?<![比较于与和同]今年)"
              r"(上半年|前三季度|第?[一1]季度)(?![、和与及至到\-—–－~～]))")
_QUARTERS = {"上半年": 6, "前三季度": 9}
_MONTH = later(r"(?<![\d\-—–－~～至到前])(\d{1,2})\s*月份?(?![末底初\d日号])")
_NUMERALS = {w: n for n, w in enumerate("一二三四五六七八九十", 1)} | {"两": 2, "十一": 11, "十二": 12}
_YEAR = later(r"((?:19|20)\d\d)年")
#: Months from one to another (3月-5月, 2020年9月-2021年5月): a span of months, from the first only
#: when it is 1月 of the same year.
_RANGE = later(r"(?<!\d)(\d{1,2})\s*月份?\s*[-—–－~～至到]\s*(?:((?:19|20)\d\d)\s*年)?\s*(\d{1,2})\s*月份?")


def period(scope: Scope, c: DraftClaim) -> tuple[str | None, str, int] | None:
    """(year, "span", "month" or "range", N) of the last period the words before a figure in its
    paragraph state; None when they state none."""
    a = scope.plain.rfind("\n", 0, c.figure.start) + 1
    words = scope.text(a, c.figure.start)
    years = _YEAR.findall(words)
    ranges = list(_RANGE.finditer(words))
    found = [(m.start(), "span", _months(m)) for m in _SPAN.finditer(words)]
    found += [(m.start(), "month", int(m.group(1))) for m in _MONTH.finditer(words)]
    found = [f for f in found if not any(r.start() <= f[0] < r.end() for r in ranges)]
    found += [(r.start(), *_range(r)) for r in ranges]
    if not found:
        return None
    _, kind, n = max(found)
    return (years[-1] if years else None), kind, n


def _range(months: re.Match[str]) -> tuple[str, int]:
    """("span", N) for 1月-N月 of one year; ("range", how many months) for any other run of months
    (9月-12月, 2020年9月-2021年5月), which is neither one month nor the months to one."""
    first, last = int(months.group(1)), int(months.group(3))
    if months.group(2):
        return "range", 12 - first + 1 + last
    return ("span", last) if first == 1 else ("range", last - first + 1)


def _months(span: re.Match[str]) -> int:
    """How many months a span of them holds (1-10月: 10; 全年: 12; 前三个月: 3; 上半年: 6)."""
    if span.group(2):
        return 12
    if span.group(4):
        return _QUARTERS.get(span.group(4), 3)
    n = span.group(1) or span.group(3)
    return int(n) if n.isdigit() else _NUMERALS[n]


def _months_in_spans(scope: Scope) -> list[Found]:
    """Every flow stated for one month with the same flow, of the same label, stated for the span
    of months that holds it."""
    flows = [(c, period(scope, c)) for c in scope.claims if _amount(c) and _positive(c)
             and (measure(c.label) is not None or (_OUTPUT.search(c.label or "")
                                                   and not listed_item(scope, c)))]
    found = []
    for month, when in flows:
        if when is None or when[1] != "month":
            continue
        for span, months in flows:
            if months is None or months[1] != "span" or not same_unit(span, month) \
                    or abs(span.line - month.line) > 2 \
                    or not _one_flow(scope, span, month) \
                    or not (1 <= when[2] <= months[2]) \
                    or (when[0] and months[0] and when[0] != months[0]):
                continue
            found.append(Found("breakdown", {"breakdown": span.id, "parts": [month.id],
                                             "exhaustive": False}, "linked", month,
                               f"one month of {span.label} within the months to it",
                               f"{month.id}_month"))
            break
    return found


#: What is produced, sold or carried in a period, a flow as the measures of :func:`.composition.measure`
#: are (子午胎产量, 全行业生产轮胎, 发电量, 货物吞吐量); not one of a 分别 list, whose label the
#: list's words share (前三个月销量分别为33318辆、18790辆、19303辆: no sum of the three months).
_OUTPUT = later(r"产量|生产|销量|发电量|吞吐量|运输量|客运量|货运量")
#: The word that says a flow is summed over the months to date (1-7月份，全行业累计生产轮胎46094万条): the
#: flow of one month has the same name without it (7月份，全行业生产轮胎7281万条).
_TO_DATE = later(r"累计")


#: The period a label may open with (4月全国原煤产量, 1-4月累计原煤产量): the periods are compared apart.
_PERIOD_LEAD = later(r"^(?:(?:19|20)\d\d年)?(?:(?:\d{1,2}\s*[-—–－~～至到]\s*)?\d{1,2}\s*月份?"
                     r"|前\s*(?:\d{1,2}|[二两三四五六七八九十]|十[一二])\s*个?月)")


def _flow_name(c: DraftClaim) -> str:
    return _TO_DATE.sub("", _core(_PERIOD_LEAD.sub("", c.label or ""))).replace("进出口贸易", "进出口")


def _one_flow(scope: Scope, a: DraftClaim, b: DraftClaim) -> bool:
    """Two figures name one flow: the same name, or one's name that of the other after the subject
    the other's sentence names before it (1-7月份，轮胎行业进出口贸易总额为84.2亿美元 and 7月份，轮胎行业对外
    贸易呈快速增长态势，进出口总额为15.46亿美元)."""
    na, nb = _flow_name(a), _flow_name(b)
    if na == nb:
        return True
    (_, n_long), (other, n_short) = sorted(((a, na), (b, nb)), key=lambda x: -len(x[1]))
    subject = n_long[:len(n_long) - len(n_short)]
    return len(n_short) >= 3 and n_long.endswith(n_short) and len(subject) >= 2 and \
        subject in scope.text(scope.sentence(other)[0], other.figure.start)


def _positive(c: DraftClaim) -> bool:
    lo = c.figure.quantity.interval.lo  # type: ignore[union-attr]
    return lo is not None and lo > 0


_OF_WHICH = later(r"其中")


def by_shares(scope: Scope, found: list[Found]) -> list[Found]:
    """The parts of one whole that the shares found name in one paragraph after the whole's (a
    其中 of the whole's own paragraph is its breakdown already): at least two, whose stated shares
    add up to at most 100%, with no 其中 between them (a part of a part), and no breakdown of that
    whole already holding them all."""
    by_id = {c.id: c for c in scope.claims}
    groups: dict[tuple[str, int], list[tuple[DraftClaim, DraftClaim]]] = {}
    for r in found:
        if r.kind != "share" or not isinstance(r.fields.get("of"), str):
            continue
        part, rate = by_id.get(r.fields["share"]), by_id.get(str(r.fields.get("is")))
        whole = by_id.get(r.fields["of"])
        if part is None or rate is None or whole is None or not same_unit(part, whole) \
                or not _amount(part) or people(part) != people(whole):
            continue
        members = groups.setdefault((whole.id, part.line), [])
        if all(p is not part for p, _ in members):
            members.append((part, rate))
    held = [set(r.fields.get("parts", ())) | {r.fields["breakdown"]} for r in found
            if r.kind == "breakdown"]
    out = []
    for (whole_id, _), members in [*groups.items(), *_paragraph_runs(scope, groups)]:
        members.sort(key=lambda m: m[0].figure.start)
        cut = next((i for i, (a, b) in enumerate(pairwise(members), 1)
                    if _OF_WHICH.search(scope.text(a[0].end, b[0].figure.start))), len(members))
        members = members[:cut]  # 各少数民族人口为183151人，占24.37%，其中回族人口…: a part of a part
        parts = [p for p, _ in members]
        lows = [rate.figure.quantity.interval.lo for _, rate in members]  # type: ignore[union-attr]
        if len(parts) < 2 or any(lo is None for lo in lows) or sum(lows) > 1 \
                or any({whole_id, *(p.id for p in parts)} <= ids for ids in held):
            continue
        own = any(p.line == by_id[whole_id].line for p in parts)
        if own and not _opened_by(scope, by_id[whole_id], parts):
            continue  # the whole's own paragraph: its 其中 is its breakdown already
        out.append(Found("breakdown", {"breakdown": whole_id, "parts": [p.id for p in parts],
                                       "exhaustive": False}, "stated" if own else "linked",
                         parts[0], "parts stated with their shares of one whole (…占…的x%)",
                         f"{whole_id}_by_shares"))
    return out


def _opened_by(scope: Scope, whole: DraftClaim, parts: list[DraftClaim]) -> bool:
    """Whether one sentence opened by the whole's name (在工业企业法人单位中，…) lists every part."""
    return any(start <= parts[0].figure.start and parts[-1].end <= end
               and _core(words) in _core(whole.label or "")
               for start, end, words in _openings(scope))


def _paragraph_runs(scope: Scope, groups: dict[tuple[str, int], list[tuple[DraftClaim, DraftClaim]]]
                    ) -> list[tuple[tuple[str, int], list[tuple[DraftClaim, DraftClaim]]]]:
    """Parts of one whole, one to a paragraph, in paragraphs that follow one another (the sections of
    a list: 其中，现代产业类项目250个，个数占比28.3%…\n基础设施类项目276个，个数占比31.3%…\n民生改善类项目
    357个，个数占比40.4%…): one group; a paragraph between with no share of the whole ends it."""
    lines = scope.plain.split("\n")
    single: dict[str, list[int]] = {}
    for (whole_id, line), members in groups.items():
        if len(members) == 1:
            single.setdefault(whole_id, []).append(line)
    runs = []
    for whole_id, numbers in single.items():
        run: list[int] = []
        for line in sorted(numbers):
            if run and any(x.strip() for x in lines[run[-1]:line - 1]):
                runs.append((whole_id, run))
                run = []
            run.append(line)
        runs.append((whole_id, run))
    return [((whole_id, run[0]), [groups[(whole_id, line)][0] for line in run])
            for whole_id, run in runs if len(run) > 1]


#: A 分别 list of industries and the measure they each reach: (主要行业中，)规上电气机械制造业、金属制品业
#: 和纺织行业分别实现增加值…; the names, then the measure's words.
_LISTED = later(r"([\u4e00-\u9fff、（）()]{4,80}?)分别(?:实现|完成)?([\u4e00-\u9fff]{2,8}?)(?:为|达到?)?$")
_NAMES = later(r"[、和及与]")
#: A name of an industry or a group of them (制造业, 纺织行业, 战略性新兴产业).
_INDUSTRY = later(r"业$")
#: A lead that names the industries of the classification (主要行业中, 分行业看): disjoint ones.
_BY_INDUSTRY = later(r"行业中|分行业|按行业|从行业")


def _listed_industries(scope: Scope) -> list[Found]:
    """Industries listed with 分别 and the measure each reaches, after the level of that measure in
    their paragraph (全市实现规上工业增加值252.32亿元…。主要行业中，规上电气机械制造业、金属制品业和纺织行业
    分别实现增加值63.46亿元、17.77亿元和67.07亿元…。重点产业…，规上战略性新兴产业、装备制造业、高新技术产业和
    数字经济核心产业分别实现增加值109.78亿元、…): each at most that level, linked. Industries of the
    classification (a lead of 行业) are disjoint: together at most the level; groups of them
    (战略性新兴产业, 高新技术产业) overlap."""
    found: list[Found] = []
    done: set[int] = set()
    for c in scope.claims:
        if c.figure.start in done or not _amount(c):
            continue
        a, b = scope.sentence(c)
        m = _LISTED.search(scope.text(a, c.figure.start))
        if m is None:
            continue
        names = [n for n in _NAMES.split(m.group(1).split("，")[-1]) if n]
        listed = [x for x in scope.in_span(c.figure.start, b) if same_unit(x, c) and _amount(x)]
        done.update(x.figure.start for x in listed)
        kind = measure(m.group(2))
        if kind is None or len(names) < 2 or len(listed) != len(names) \
                or not all(_INDUSTRY.search(n) for n in names):
            continue
        whole = _level_of(scope, c, m.group(2), kind)
        if whole is None:
            continue
        lead = scope.text(a, c.figure.start)
        if _BY_INDUSTRY.search(lead):
            found.append(Found("breakdown", {"breakdown": whole.id, "parts": [x.id for x in listed],
                                             "exhaustive": False}, "linked", listed[0],
                               "industries listed with the measure of a level before them",
                               f"{whole.id}_listed_industries"))
            continue
        for x in listed:
            found.append(Found("breakdown", {"breakdown": whole.id, "parts": [x.id],
                                             "exhaustive": False}, "linked", x,
                               "a group of industries listed with the measure of a level before it",
                               f"{x.id}_listed_within"))
    return found


def _level_of(scope: Scope, first: DraftClaim, words: str, kind: str) -> DraftClaim | None:
    """The level a list's measure (实现增加值) is of: the first level of the paragraph before the
    list whose name ends with the measure's words, in the list's unit and period; None when the
    paragraph states another level of the measure before the list (whose part the list may be)."""
    start = scope.plain.rfind("\n", 0, first.figure.start) + 1
    levels = [c for c in scope.in_span(start, scope.sentence(first)[0]) if _amount(c)
              and same_unit(c, first) and measure(c.label) == kind and c.period == first.period
              and not listed_item(scope, c)]  # another list's items are no level of the whole
    if len(levels) != 1 or not (levels[0].label or "").endswith(words[-3:]):
        return None
    return levels[0]


# --- trade with one partner within the trade of all ---------------------------------------------
#: A flow of trade with one partner, in the words before its figure (福建省对东盟进出口, 对美国出口,
#: 向日本出口, 我国出口至日本铝合金总量为): its flow.
_PARTNER = later(r"(?:^|[^相面应])(?:对|向)[^，,。；;：:\d]{1,10}?的?(进出口|出口|进口)"
                 r"|(出口|进口)(?:至|到)[\u4e00-\u9fff]")
#: The flow a label measures: its last flow word.
_FLOW = later(r"进出口|出口|进口")
#: What a total's name may hold beside its flow: its place, period, 外贸, 共 … (福建省外贸进出口,
#: 7月我国共出口铝合金锭: its product, 铝合金锭, stays).
_TOTAL_WORDS = later(r"我国|全国|我省|我市|全省|全市|本省|本市|外贸|货物|贸易|共计|共|累计|总额|总值|金额"
                     r"|额|值|为")


def _with_partners(scope: Scope) -> list[Found]:
    """Trade with one partner (对东盟进出口2601.5亿元, 出口至日本铝合金总量为31,395吨) is at most the trade of
    all, of its flow, place, period and product, stated in an earlier sentence (福建省外贸进出口1.15万亿元;
    7月我国共出口铝合金锭64,161吨): the nearest of the part's period, or the article's first when the
    part's paragraph names none; not a total of some traders or goods (民营企业进出口, 机电产品出口)."""
    totals = [c for c in scope.claims if _amount(c) and _positive(c) and c.label and _FLOW.search(c.label)
              and not _PARTNER.search(scope.text(_full_sentence_start(scope, c), c.figure.start))]
    # (对欧盟…，其中纺织品出口40.13亿美元…；服装出口87.2亿美元: a part of the trade with one partner)
    found = []
    for part in scope.claims:
        m = _PARTNER.search(scope.before(part)) if _amount(part) and _positive(part) else None
        if m is None or listed_item(scope, part):
            continue
        flow, words = m.group(1) or m.group(2), scope.before(part)
        places = places_in(words)
        wholes = [w for w in totals if w.figure.start < scope.sentence(part)[0] and same_unit(w, part)
                  and _FLOW.findall(w.label or "")[-1] == flow and part.line - w.line <= 12
                  and not (places and _places(w) and _places(w) != places)
                  and _of_the_goods(w, flow, words)]
        when = period(scope, part)
        same = [w for w in wholes if _same_period(period(scope, w), when)] if when is not None \
            else wholes[:1]
        if same:
            whole = same[-1]
            found.append(Found("breakdown", {"breakdown": whole.id, "parts": [part.id], "exhaustive": False},
                               "linked", part, f"trade with one partner within the {flow} of all",
                               f"{part.id}_partner"))
    return found


def _full_sentence_start(scope: Scope, c: DraftClaim) -> int:
    """Where the sentence of a claim starts, at its full stop (a ； ends no sentence here)."""
    return max(scope.plain.rfind(ch, 0, c.figure.start) for ch in "。！？!?\n") + 1


def _places(c: DraftClaim) -> frozenset[str]:
    return places_in(_PERIOD_LEAD.sub("", c.label or ""))  # 1-8月江苏省…: 江苏, not 月江苏


def _same_period(a: tuple[str | None, str, int] | None, b: tuple[str | None, str, int]) -> bool:
    """Periods of one kind and length (前10个月 and 1-10月), of one year when both name theirs."""
    return a is not None and a[1:] == b[1:] and (a[0] is None or b[0] is None or a[0] == b[0])


def _of_the_goods(total: DraftClaim, flow: str, words: str) -> bool:
    """Whether a total's name, without its place, period and flow, is of the goods the part's words
    name (铝合金锭 for 出口至日本铝合金总量; none for 福建省外贸进出口), not of some traders or goods of
    its own (民营企业, 一般贸易方式, 机电产品)."""
    rest = _PERIOD_LEAD.sub("", total.label or "").replace(flow, "")
    for place in sorted(places_in(rest), key=len, reverse=True):
        rest = re.sub(re.escape(place) + r"(?:省|市|自治区)?", "", rest)
    rest = _TOTAL_WORDS.sub("", rest)
    return not rest or rest[:2] in words
