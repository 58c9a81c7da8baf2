"""Sections that split a total: 从中直和地方看，…：中直投资完成159.5亿元…；地方投资完成87.9亿元…
after the paragraph that states the total (全市固定资产投资完成247.4亿元), and counts split inside
a sentence (13个实现收入的税种中，…6个税种实现增长…；…7个税种负增长).

The parts add up to the total when they are complementary — X and 非X, 中直 and 地方, 城镇 and
乡村, 国有 and 非国有, the three industries — and otherwise do not exceed it (从主要行业看 lists some
industries only); counts of firms by the type of their earnings forecast (195家…的公司中，预增167家，
略增3家，扭亏25家) count different firms, so together they are at most the whole too. A section's
total is stated in another sentence: the relation is *linked*; a count split in its own sentence
is *stated*. A part's own 其中 closed by a semicolon does not end the counts (这38家公司中，有26家…实现
增长，其中增幅前三的分别为…；12家公司市值缩水: 26 + 12 = 38, up and down make all). So do counts by one
classification of industries or boards that a lead in the sentence, or the one before, names (按照申万
一级行业统计，目前146家…的公司中，…银行…18家，其次是非银金融行业17家…; 从行业分布看，59家上市企业中，集成
电路企业22家，生物医药企业17家，其他产业20家): at most the count together. 里 splits as 中 does (365个
城市里，有46个城市没有数据).

Counts make a split when each part is named as the total's own thing (东部地区农村贫困人口 after 全国农村
贫困人口; not 90个区县 and 30个席位). Beside complementary names, the two sexes (男性/女性), age groups from 0
to an open last one (0至14岁…；15至59岁…；60岁及以上…) and as many parts as the lead counts (分三大区域看 and
three regions) make the total; then the change each part's clause gives it (…47万人，比上年减少100万人)
adds up to the total's change too. Parts whose shares right after them (占全市的16.8%, 占25.7%) add up to
100% make the total they are shares of; among the levels of the paragraph before, the total is the one
level those shares are of (年度计划完成2241.3亿元, not the 总投资35674.8亿元 stated first).
"""

from __future__ import annotations

import itertools

from ..patterns import compiled, later
from .among import forecast_types, same_counter
from .breakdown import in_a_part, kinds_cross, shares_after, shares_make_all
from .claims import DraftClaim
from .composition import measure, name, not_a_sum
from .directions import BETWEEN_STATES, direction
from .labels import named_in
from .scope import Found, Scope, a_base, a_change, a_share_whole, exact, is_level, listed_item, same_unit
from .within import period

__all__ = ["complementary", "counted_alone", "find", "span_total"]

_SECTION = later(r"^(?:[^，,：:。；;]{1,6}方面[，,：:])?"  # 支出方面，分中央和地方看，
                 r"(?:(?:从|分)[^，,：:。；;]{1,12}看|按[^，,：:。；;看]{1,10}分)[，,：:]")
_PAIRS = (("中直", "地方"), ("城镇", "乡村"), ("城镇", "农村"), ("城市", "农村"), ("内资", "外资"),
          ("城市", "县及县以下"), ("进口", "出口"), ("出口", "进口"), ("轻工业", "重工业"),
          ("重工业", "轻工业"),
          ("批发", "住宿"), ("商品零售", "餐饮"))
# 一般贸易 and 加工贸易 are no pair: 保税物流 and other modes trade too (一般贸易进出口124.5亿元…占全省外贸
# 总值的47.1%；加工贸易进出口132.9亿元…占50.2%)
_INDUSTRIES = (("第一产业", "一产"), ("第二产业", "二产"), ("第三产业", "三产"))
_DIVISIONS = (("采矿业",), ("制造业",), ("电力、热力、燃气及水",))  # the three 门类 of 工业


def find(scope: Scope) -> list[Found]:
    found: list[Found] = []
    done: set[int] = set()
    for c in scope.claims:
        if c.line in done:
            continue
        leads = _leads(scope, c)
        if not leads:
            continue
        done.add(c.line)
        first = leads[0][1]
        for (_, start), (end, _) in zip(leads, [*leads[1:], (len(scope.plain), None)], strict=True):
            found.extend(_section(scope, c.line, start, end, first))
    found.extend(_counts_split(scope))
    return found


_LEAD = later(r"(?:^|[。；;，,]\s*)((?:从|分)[^，,：:。；;]{1,12}看|按[^，,：:。；;看]{1,10}分)[，,：:]")


def _leads(scope: Scope, c: DraftClaim) -> list[tuple[int, int]]:
    """Where each 从X看 / 分X看 / 按X分 split of the claim's paragraph opens and where its parts
    begin, from the first one before the claim: each lead starts another breakdown of the same
    total (从征收部门来看：税务部门…；财政部门…。从收入分类来看，税收收入…；非税收入…), whose parts
    run to the next lead."""
    line_start = scope.plain.rfind("\n", 0, c.figure.start) + 1
    first = _LEAD.search(scope.plain[line_start:c.figure.start])
    if first is None:
        return []
    line_end = scope.plain.find("\n", c.figure.start)
    line_end = len(scope.plain) if line_end < 0 else line_end
    return [(line_start + m.start(1), line_start + m.end())
            for m in _LEAD.finditer(scope.plain[line_start:line_end], first.start())]


def _section(scope: Scope, line: int, start: int, stop: int, opened: int) -> list[Found]:
    """The breakdown of a split whose parts run from ``start`` to ``stop`` (the next split of
    the paragraph): of the total before the paragraph's first split (its parts begin at ``opened``)."""
    by = bool(_BY.search(scope.text(max(0, start - 12), start)))
    end = min(_sentence_end(scope, start) if by else len(scope.plain), stop)
    besides = _BESIDES.search(scope.plain, start, end)
    end = besides.start() if besides else end  # 此外，五台山接待游客…: more things, no part of the split
    end = _end_of_its_period(scope, start, end)
    parts = [c for c in scope.on_line(line) if start <= c.figure.start < end
             and is_level(c) and exact(c) and not scope.aside(c) and not a_change(c) and not a_base(scope, c)
             and not a_share_whole(scope, c) and c.figure.quantity.unit.dimension not in ("ratio", "number")
             and not _yearly_series(scope, c)]
    if len(parts) < 2 or not all(same_unit(p, parts[0]) for p in parts):
        return []
    parts = [p for p in _top_level(scope, parts)
             if not _SUM_WORD.search(scope.text(scope.clause(p)[0], p.figure.number_start))]
    parts = _before_a_regrouping(parts)
    if len(parts) < 2:
        return []
    columns = _per_category(scope, parts)
    if columns is None:
        return _split(scope, start, opened, parts, by, None)
    wholes = _wholes_named(scope, columns, opened)
    return [r for k, column in enumerate(columns) if k == 0 or wholes[k] is not None
            for r in _split(scope, start, opened, column, by, wholes[k])]


_PERIOD_WORDS = (r"(?:(?:19|20)\d\d年)?(\d{1,2}\s*[-—–－~～至到]\s*\d{1,2}月|\d{1,2}月|"
                 r"前[一二三四五六七八九十\d]{1,2}个?月|第?[一二三四]季度|上半年|下半年|前三季度|全年)份?[，,]")
#: A sentence that opens with its own period (1-5月，, 5月份，, 一季度，, 2023年上半年，).
_DATED_SENTENCE = later(r"(?<=[。！？])\s*" + _PERIOD_WORDS)
#: The period a section's sentence opens with, before or right after its lead (5月份，…分门类看，;
#: 分三大门类看，8月份，).
_OPENING_PERIOD = later(r"\s*" + _PERIOD_WORDS)


def _end_of_its_period(scope: Scope, start: int, end: int) -> int:
    """Where a section opened in a sentence of one period (5月份，…分门类看，…) ends: before a later
    sentence that opens with another period (1-5月，全市规模以上工业增加值175.8亿元…), which reports
    that period's figures, no parts of the section's. A section whose sentence names no period of
    its own runs on (从主要进出口商品看，…。前三季度，泉州市出口…)."""
    opening = _paragraph_start(scope, start)
    lead_end = compiled(r"[，,：:]").search(scope.plain, start)
    own = _OPENING_PERIOD.match(scope.plain, opening) or \
        (_OPENING_PERIOD.match(scope.plain, lead_end.end()) if lead_end else None)
    if own is None:
        return end
    for m in _DATED_SENTENCE.finditer(scope.plain, start, end):
        if _span_of(m.group(1)) != _span_of(own.group(1)):
            return m.start()
    return end


def _span_of(words: str) -> str:
    """A period's words in one spelling (1—5月 and 1-5月 alike)."""
    return compiled(r"\s*[-—–－~～至到]\s*").sub("-", words)


#: The members a part's name lists in brackets: 中心城区（市级、袁州区）.
_BRACKETED_MEMBERS = later(r"[（(]([^（()）]{1,30})[）)]")
_MEMBER_SEPARATOR = later(r"[、，,及和]")


def _before_a_regrouping(parts: list[DraftClaim]) -> list[DraftClaim]:
    """The parts up to one whose name lists in brackets a part already given (分级次看，市级（市本级、
    “三区”）…49.5亿元…，县（市、区）…234.6亿元…。中心城区（市级、袁州区）…78.9亿元): that one regroups
    the split's members another way, it overlaps them and is no further part."""
    for k, p in enumerate(parts):
        m = _BRACKETED_MEMBERS.search(p.label or "")
        members = [w.strip("“”\"") for w in _MEMBER_SEPARATOR.split(m.group(1))] if m else []
        if any(len(w) > 1 and (e.label or "").startswith(w) for w in members for e in parts[:k]):
            return parts[:k]
    return parts


def _split(scope: Scope, start: int, opened: int, parts: list[DraftClaim], by: bool,
           named: DraftClaim | None) -> list[Found]:
    """The breakdown of one measure's parts: of ``named``, or of the total the section splits."""
    counts = parts[0].figure.quantity.unit.dimension == "count"
    complete = _complete(scope, start, parts)
    if counts and not by and not complete and not _named_as(scope, parts, named, opened):
        return []  # 90个区县中仅有8个…占据30个席位: counts of several things, not one split
    if len({measure(p.label) for p in parts} - {None}) > 1:
        parts = [p for p in parts if measure(p.label) == measure(parts[0].label)]  # the first one's:
        # 分财产险、人身险来看，财产险…原保费收入5724亿元，人身险…21040亿元。财产险赔付支出3359亿元… split
        # two totals (原保险保费收入, 原保险赔付支出); 营收总额…净利润总额…资产总额 split none
    if sum(bool(_TOTAL_OF_ITS_OWN.search(p.label or "")) for p in parts) > 1:
        return []  # 从经营情况看，…营收总额…净利润总额…资产总额: indicators side by side, no split
    if kinds_cross([name(p) for p in parts]):
        return []  # 从经济类型看，国有控股企业…；股份制企业…: 国有控股 cuts across the types of registration
    if _AVERAGE.search(scope.text(start, parts[0].figure.start)):
        return []  # 从登记注册类型看，国有单位年平均工资最高，为73461元；其次是…: averages, no parts
    total = named or _total(scope, parts, opened)
    if total is not None and not _of_the_measure(scope, total, start, parts):
        return []  # 从进口看，… after 对欧盟进出口4905.2亿元: the section splits the 进口, not that
    if total is None or len(parts) < 2 or any(not_a_sum(c.label) for c in (total, *parts)):
        return []  # 人均可支配收入: no sum
    if counts and len({c.figure.quantity.unit.name for c in (total, *parts)}) > 1:
        return []  # 按…分 splits one count of one kind of thing (法人单位…万个)
    complete = complete or (shares_make_all(scope, parts) and _shares_of(scope, parts, total))
    found = [Found("breakdown", {"breakdown": total.id, "parts": [p.id for p in parts],
                                 "exhaustive": complete},
                   "linked", parts[0], "a section splitting the total (从…看)",
                   f"{total.id}_split")]
    changes = [_its_change(scope, c) for c in (total, *parts)] if complete else []
    if changes and all(c is not None for c in changes):
        found.append(Found("breakdown", {"breakdown": changes[0].id, "parts": [c.id for c in changes[1:]],
                                         "exhaustive": True},
                           "linked", changes[1], "the changes of a section's parts that make the total",
                           f"{changes[0].id}_split"))
    return found


def _its_change(scope: Scope, c: DraftClaim) -> DraftClaim | None:
    """The change a level's own sentence gives it right after it, to the next ；or 。 (东部地区农村贫困
    人口47万人，比上年减少100万人；): None when there is none or more than one."""
    stop = compiled(r"[；;。！？\n]").search(scope.plain, c.end)
    after = [x for x in scope.in_span(c.end, stop.start() if stop else len(scope.plain))
             if x.figure.start >= c.end and same_unit(x, c)]
    changes = [x for x in after if a_change(x) and exact(x)]
    return changes[0] if len(changes) == 1 and after[0] is changes[0] else None


#: The number of parts a lead names: 分三大区域看, 从两大类看, 分3个区域看.
#: Not 从两个方面看 (points of view, no parts).
_LEAD_COUNT = later(r"(?:从|分)([二两三四五六七八九]|[2-9])(?:大|个|类|种)"
                   r"(?![^，,：:。；;]*(?:方面|角度|层面))[^，,：:。；;]{0,8}看[，,：:]$")
_DIGITS = {"二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
#: An age group: 0至14岁, 15—64岁, 0-14岁; the last one open: 60岁及以上, 65岁以上.
_AGES = later(r"^(\d{1,3})\s*(?:[-—–－~～至到])\s*(\d{1,3})岁")
_AGES_UP = later(r"^(\d{1,3})(?:周)?岁及?以上")
_SEXES = (("男性", "女性"), ("女性", "男性"))


def _complete(scope: Scope, start: int, parts: list[DraftClaim]) -> bool:
    """Whether a section's parts make up its total: complementary names (:func:`complementary`),
    the two sexes (从性别构成看，男性人口为70356万人…；女性人口为66993万人), age groups from 0 to an open
    last one (0至14岁…；15至59岁…；60岁及以上…), or as many parts as the lead counts (分三大区域看，…东部
    …；中部…；西部…)."""
    labels = [_REPEAT_MARK.sub("", p.label or "") for p in parts]
    if complementary(labels) or _ages(labels):
        return True
    if len(labels) == 2 and any(labels[0].startswith(x) and labels[1].startswith(y) for x, y in _SEXES):
        return True
    m = _LEAD_COUNT.search(scope.text(max(0, start - 16), start))
    return m is not None and (_DIGITS.get(m.group(1)) or int(m.group(1))) == len(parts)


def _ages(labels: list[str]) -> bool:
    """Age groups that cover every age: the first from 0, each next one from the age after the
    last one's end, the last open (60岁及以上)."""
    if len(labels) < 2:
        return False
    after = 0
    for label in labels[:-1]:
        closed = _AGES.match(label)
        if closed is None or int(closed.group(1)) != after:
            return False
        after = int(closed.group(2)) + 1
    last = _AGES_UP.match(labels[-1])
    return last is not None and int(last.group(1)) == after


def _named_as(scope: Scope, parts: list[DraftClaim], named: DraftClaim | None, opened: int) -> bool:
    """Whether each part is named by something and the total's own name (东部地区农村贫困人口147万人
    after 全国农村贫困人口1660万人): counts of one thing, split — not counts of several things."""
    total = named or _total(scope, parts, opened)
    own = _REPEAT_MARK.sub("", (total.label or "") if total is not None else "")
    own = compiled(r"^(?:全国|全省|全市|全区|全县|我国|我省|我市)").sub("", own)
    return len(own) >= 2 and all(
        (label := _REPEAT_MARK.sub("", p.label or "")).endswith(own) and len(label) > len(own)
        for p in parts)


#: The mark of a label made unique in its paragraph: 授权(2).
_REPEAT_MARK = compiled(r"\(\d+\)$")


def _per_category(scope: Scope, parts: list[DraftClaim]) -> list[list[DraftClaim]] | None:
    """The parts of a split that gives each category (to its ；) as many figures, two or more, of as
    many measures (按种类分，发明专利申请75件，授权15件；实用新型专利申请91件，授权80件；外观设计专利
    申请22件，授权15件): the figures of each measure, one per category, in the order written — each
    measure splits its own total. None when the categories do not give figures so, or when the
    labels of some measure share no word the other measures' do not."""
    categories: list[list[DraftClaim]] = [[parts[0]]]
    for a, b in itertools.pairwise(parts):
        if compiled(r"[；;。]").search(scope.text(a.end, b.figure.start)):
            categories.append([])
        categories[-1].append(b)
    n = len(categories[0])
    if len(categories) < 2 or n < 2 or any(len(c) != n for c in categories):
        return None
    columns = [[c[k] for c in categories] for k in range(n)]
    if any(len({measure(p.label) for p in column} - {None}) > 1 for column in columns):
        return None  # 财产险…原保费收入…，人身险…原保费收入…。财产险赔付支出…，人身险赔付支出…: a sentence
        # per measure, its figures the categories (the measure filter of _split takes the first)
    return columns if all(_own_words(columns)) else None  # 采矿业…，制造业…；电力…，建筑业…: one measure


def _own_words(columns: list[list[DraftClaim]]) -> list[set[str]]:
    """The two-character pieces the labels of each measure share and no other measure's do."""
    shared = [set.intersection(*(_pairs(p.label) for p in column)) for column in columns]
    return [words - set().union(*(w for j, w in enumerate(shared) if j != k))
            for k, words in enumerate(shared)]


def _wholes_named(scope: Scope, columns: list[list[DraftClaim]], start: int) -> list[DraftClaim | None]:
    """For each measure of a split by category, the one level before the paragraph's first split
    whose label bears, of the words no other of those levels bears, what that measure's labels
    share and no other measure's do (专利申请量 for 发明专利申请…, 专利授权量 for 授权…); None where no
    one level does."""
    first = columns[0][0]
    levels = [c for c in scope.on_line(first.line) if c.figure.start < start
              and is_level(c) and exact(c) and same_unit(c, first) and not a_change(c)]
    own = _own_words(columns)
    distinct = [_pairs(c.label) - set().union(*(_pairs(x.label) for x in levels if x is not c))
                for c in levels]
    out: list[DraftClaim | None] = []
    for k in range(len(columns)):
        named = [c for c, words in zip(levels, distinct, strict=True)
                 if words & own[k] and not any(words & own[j] for j in range(len(columns)) if j != k)]
        out.append(named[0] if len(named) == 1 else None)
    return out


def _pairs(label: str | None) -> set[str]:
    """The two-character pieces of a label (its mark of repetition dropped)."""
    text = _REPEAT_MARK.sub("", label or "")
    return {text[i:i + 2] for i in range(len(text) - 1)}


#: Words that make the figures of a section averages or prices, whose parts add up to nothing.
_AVERAGE = later(r"平均|人均|户均|均价|价格|指数")

#: A sentence that adds things beside the split: 此外, 另外, 除此之外.
_BESIDES = compiled(r"[。；;！？]\s*(?:此外|另外|除此之外|与此同时)")
_SPAN_OF_YEARS = later(r"(?:19|20)\d\d年?\s*(?:[-~～—–至到]|－)\s*(?:19|20)\d\d年")


def _yearly_series(scope: Scope, c: DraftClaim) -> bool:
    """One figure of a 分别 list over a span of years (2019年~2021年，…研发费用分别为1.36亿、2.02亿及
    2.85亿元): one measure year by year, never a part of a total."""
    if not listed_item(scope, c):
        return False
    a, _ = scope.sentence(c)
    at = scope.plain.rfind("分别", a, c.figure.start)
    return bool(_SPAN_OF_YEARS.search(scope.text(_paragraph_start(scope, a), at)))


def _paragraph_start(scope: Scope, at: int) -> int:
    """The start of the full sentence around ``at`` (the span of years may open it: 2019年~2021年，)."""
    return max(scope.plain.rfind(ch, 0, at) for ch in "。！？\n") + 1


#: A classification that splits a total in the sentence it opens: 按区域分，, 按年龄构成分，.
_BY = later(r"按[^，,：:。；;看]{1,10}分[，,：:]$")


def _of_the_measure(scope: Scope, total: DraftClaim, start: int, parts: list[DraftClaim]) -> bool:
    """A section named by a measure (从进口看, 从出口看) splits a total of that measure: when some
    level of the article other than its parts bears the name, the total must (进出口 does not
    bear 出口), and a total of another measure is none of its (从营业收入来看 does not split
    银行…净利润合计7849.9亿元). A section named by a classification (从主要行业看, 分区域看,
    分产业看 whose parts alone bear 产业) names no figure and takes any."""
    m = compiled(r"(?:从|分)([^，,：:。；;]{2,12}?)来?看[，,：:]$").search(scope.text(max(0, start - 16),
                                                                                   start))
    if m is None:
        return True
    name = m.group(1)
    named, of_total = measure(name), measure(total.label)
    if named and of_total and named not in of_total and of_total not in named:
        return False  # 从营业收入来看 after 25家银行…的净利润合计7849.9亿元: another measure's total
    if not any(name in (c.label or "") for c in scope.claims if is_level(c) and c not in parts):
        return True
    return named_in(name, total.label or "")


def _sentence_end(scope: Scope, start: int) -> int:
    m = compiled(r"[。！？\n]").search(scope.plain, start)
    return m.start() if m else len(scope.plain)


def _top_level(scope: Scope, parts: list[DraftClaim]) -> list[DraftClaim]:
    """The parts themselves, not the items of a 其中 inside one of them (其中：油田…150亿元), nor
    those of a sentence opened by a part's name and 中 (分产业看，第一产业…；第二产业…；第三产业…。
    第二产业中，工业增加值…；建筑业增加值…: the split of the 第二产业, to the sentence's end)."""
    out = []
    nested_until = -1
    for p in parts:
        if p.figure.start < nested_until:
            continue
        if out:
            between = scope.plain[out[-1].end:p.figure.start]
            m = compiled(r"[（(]其中").search(between)
            if m is not None:
                close = scope.plain.find("）", out[-1].end + m.end())
                nested_until = close if close >= 0 else len(scope.plain)
                if p.figure.start < nested_until:
                    continue
            elif (inside := in_a_part(out, between)) or compiled(r"其中|包括").search(between):
                # 27个省份…，其中8个省份…: until the clause ends; 第二产业中，…: until the full stop
                stop = r"[。！？\n]" if inside else r"[。；;！？\n]"
                end = compiled(stop).search(scope.plain, p.figure.end)
                nested_until = end.start() if end else len(scope.plain)
                continue
        out.append(p)
    return out


#: A label that makes a figure a total of its own (营收总额, 资产总额, 出口总量).
_TOTAL_OF_ITS_OWN = later(r"总额|总量|总计")

#: The sum of the figures before it (…8.73亿元，合计亏损27.86亿元): no part of them. 累计 sums them
#: only where it opens its clause (…，累计8亿元); after a part's own name it is the part's total so
#: far this year (财产险业务累计实现原保费收入7579亿元；人身险业务累计实现…2.39万亿元), a part still.
_SUM_WORD = later(r"合计|共计|总计|^\s*(?:两者|二者|三者|两项|三项|以上)?累计")


def _total(scope: Scope, parts: list[DraftClaim], start: int) -> DraftClaim | None:
    """The level the section splits: before the split in its paragraph, or the first level of the
    paragraph that leads the section (the nearest earlier paragraph with one of the same unit) —
    the one there the parts' shares name, if they name one."""
    first = parts[0]
    before = [c for c in scope.on_line(first.line) if c.figure.start < start
              and is_level(c) and exact(c) and same_unit(c, first)]
    if before:
        before = _of_the_parts_measure(first, before)
        return span_total(scope, before[0], first) or before[0]
    when = period(scope, first)
    for line in range(first.line - 1, max(first.line - 8, 0), -1):
        levels = [c for c in scope.on_line(line) if is_level(c) and exact(c)
                  and same_unit(c, first) and c.period == first.period
                  and _same_months(when, period(scope, c)) and not a_change(c) and not a_base(scope, c)
                  and not _PARTNER.search(scope.before(c)) and same_counter(c, first)]
        levels = [c for c in levels if not all(_exceeds(p, c) for p in parts)]
        if not levels:  # 31个省…的人口为137349万人 before 男性人口为70356万人: the people, not the provinces
            continue
        shared = _whole_of_the_shares(scope, parts, levels)
        if shared is not None:
            return shared  # 总投资35674.8亿元…年度计划完成2241.3亿元 before …575.5亿元，占25.7%: of 2241.3
        kind = measure(first.label)  # 总产值…；完成增加值…。分行业门类看，…增加值: the 增加值
        of_kind = [c for c in levels if kind is not None and measure(c.label) == kind]
        if kind is not None and not of_kind and all(measure(c.label) is not None for c in levels):
            continue  # 支出方面，分中央和地方看，…支出 after 收入方面，…收入: another measure's paragraph
        levels = of_kind or levels
        if len(levels) == 2 and complementary([c.label or "" for c in levels]):
            continue  # 城市消费品零售额…；县及县以下零售额… after the total: a split of it, no total
        if _SECTION.search(scope.text(scope.plain.rfind("\n", 0, levels[0].figure.start) + 1,
                                      levels[0].figure.start)):
            continue  # another section of the same total
        named = _named_by_shares(scope, parts, levels)
        if named is not None:
            return named  # 财政总收入…，其中：地方一般预算收入8983万元。\n…税收收入…，占一般预算收入66.59%
        if listed_item(scope, levels[0]):
            return None  # 收入分别为4.53亿元，…: a year's
        return span_total(scope, levels[0], first) or levels[0]
    return None


def _exceeds(part: DraftClaim, level: DraftClaim) -> bool:
    """Whether a part alone is more than a level: a level every part exceeds is no whole of them,
    found across paragraphs (10月，广东进出口6843.6亿元 … 从贸易业态看，一般贸易进出口3.52万亿元…加工贸易
    进出口1.8万亿元…: the parts of 前10个月's 6.71万亿元, the paragraph before it)."""
    lo, hi = part.figure.quantity.interval.lo, level.figure.quantity.interval.hi  # type: ignore[union-attr]
    return lo is not None and hi is not None and lo > hi


def _of_the_parts_measure(first: DraftClaim, levels: list[DraftClaim]) -> list[DraftClaim]:
    """The levels of the paragraph before a split that measure what its parts do, when some do (1-8月
    珠海完成规模以上工业增加值717.13亿元…。…1-8月珠海完成社会消费品零售总额817.37亿元…。按消费形态分，批发业
    零售额154.80亿元…: the 零售 total, not the paragraph's first): a report printed as one block
    states several totals before the split of one of them."""
    kind = measure(first.label)
    return [c for c in levels if kind is not None and measure(c.label) == kind] or levels


#: A sentence that opens with one month: 3月份，我省进出口总值106.8亿元.
_ONE_MONTH = later(r"^(?:(?:19|20)\d\d年)?(\d{1,2})月(?:份|当月)?[，,]")
#: A month named anywhere (3月, 3月份), not a span of months (1-3月) nor a day (3月16日).
_ANY_MONTH = later(r"(?<![\d\-—–－~～至到])\d{1,2}月(?!\d)")
#: The span of months from January a figure's words name: 一季度 (3), 上半年 (6), 1-5月 (5), 全年.
_SPANS = {"一季度": 3, "第一季度": 3, "上半年": 6, "前三季度": 9, "全年": 12}
_SPAN_WORDS = later(r"(?:(?<!\d)1\s*[-—–－~～至到]\s*(\d{1,2})\s*月份?|第一季度|一季度|上半年|前三季度|全年)")


def span_total(scope: Scope, total: DraftClaim, part: DraftClaim) -> DraftClaim | None:
    """For a level its own sentence gives to one month (3月份，我省进出口总值106.8亿元), when a later
    sentence before the part (2月份…5682万元。1-2月…17056万元。从收入结构看：…) or an earlier paragraph
    (今年一季度，我省完成进出口总值264.5亿元) states the same measure for the span of months that holds
    it: that span's level — the month's figure is an aside of a report of the span, and a part whose
    sentence names no month (从贸易方式看，…一般贸易进出口124.5亿元) is of the span."""
    a, _ = scope.sentence(total)
    m = _ONE_MONTH.match(scope.text(a, total.figure.start))
    if m is None or scope.same_sentence(part, total) \
            or _ANY_MONTH.search(scope.text(scope.sentence(part)[0], part.figure.start)):
        return None
    month = int(m.group(1))
    restated = [c for c in scope.in_span(scope.sentence(total)[1], part.figure.start) if c.line == total.line]
    for line in [total.line, *range(total.line - 1, max(total.line - 8, 0), -1)]:
        for c in restated[::-1] if line == total.line else scope.claims:
            if c.line != line or not (is_level(c) and exact(c) and same_unit(c, total)) or a_change(c) \
                    or measure(c.label) != measure(total.label) or c.period != total.period:
                continue
            spans = [int(w.group(1)) if w.group(1) else _SPANS[w.group(0)]
                     for w in _SPAN_WORDS.finditer(scope.text(scope.sentence(c)[0], c.figure.start))]
            if spans and spans[-1] >= month:
                return c
    return None


#: Trade with one partner (对拉丁美洲进出口2273.2亿元, 自东盟进口): a part of the trade, no total a
#: section after it splits.
_PARTNER = later(r"对[^，,。；;]{1,12}?(?:进出口|出口|进口)|自[^，,。；;]{1,12}?进口")

#: The whole a part's share names: ，占一般预算收入66.59%, 占一般公共预算收入的48.51%.
_SHARE_OF = later(r"占([^，,。；;：:\d%占]{2,20}?)的?(?:比重|比例)?(?:为|达)?[\d.]+%")


def _named_by_shares(scope: Scope, parts: list[DraftClaim], levels: list[DraftClaim]) -> DraftClaim | None:
    """The one level whose label the shares of the parts name as their whole (…收入 after 占)."""
    words = {m.group(1) for p, nxt in zip(parts, [*parts[1:], None], strict=True)
             for m in _SHARE_OF.finditer(scope.text(p.end, nxt.figure.start if nxt else
                                                    scope.sentence(p)[1]))}
    named = [c for c in levels if c.label and any(len(w) >= 4 and c.label.endswith(w) for w in words)]
    return named[0] if len(named) == 1 else None


def _whole_of_the_shares(scope: Scope, parts: list[DraftClaim],
                         levels: list[DraftClaim]) -> DraftClaim | None:
    """The one level of which each part is the share it gives right after it (总投资35674.8亿元…年度计划
    完成2241.3亿元。…其中，政府投资575.5亿元，占25.7%；社会投资1665.8亿元，占74.3%: 575.5 is 25.7% of 2241.3,
    not of 35674.8); None when no one level, or no share, says so."""
    named = [c for c in levels if _shares_of(scope, parts, c, slips=0)]
    return named[0] if len(named) == 1 else None


def _shares_of(scope: Scope, parts: list[DraftClaim], level: DraftClaim, slips: int | None = None) -> bool:
    """Whether the parts' shares are shares of ``level``: each part that far of it but ``slips`` of
    them (by default one in three parts or more: a misprinted part still leaves the others' shares
    pointing at their whole)."""
    shares = shares_after(scope, parts)
    whole = level.figure.quantity.interval
    if shares is None or whole.lo is None or whole.hi is None or whole.lo <= 0:
        return False
    off = 0
    for part, share in zip(parts, shares, strict=True):
        p, s = part.figure.quantity.interval, share.figure.quantity.interval
        if p.lo is None or p.hi is None or p.hi / whole.lo < s.lo or p.lo / whole.hi > s.hi:
            off += 1
    return off <= (slips if slips is not None else int(len(parts) >= 3))


#: The words that make a level the one of the period compared with (较上年同期24562万元, 比上年同期
#: 完成数12169万元).
def _same_months(a: tuple | None, b: tuple | None) -> bool:
    """Whether two figures' sentences state no different months (12月份 is not 全年)."""
    return a is None or b is None or a[1:] == b[1:]


def complementary(labels: list[str]) -> bool:
    """Whether parts so named make up a whole: the three industries, X and 非X, or a known pair
    (中直 and 地方, 城镇 and 乡村 …)."""
    if len(labels) == 3 and any(all(any(any(w in lab for w in words) for lab in labels)
                                    for words in members) for members in (_INDUSTRIES, _DIVISIONS)):
        return True
    if len(labels) != 2:
        return False
    a, b = (compiled(r"^(?:全市|全省|全区|全县|其中)").sub("", lab) for lab in labels)
    for x, y in ((a, b), (b, a)):
        key = compiled(r"经济|企业|投资|工业|收入|实现|完成|单位|市场|部门").split(x)[0]
        if key and (y.startswith("非" + key) or y.startswith("负" + key) or
                    y.startswith("非" + key[:2])):
            return True
    return any(a.startswith(x) and b.startswith(y) for x, y in _PAIRS)


#: The words after a count that make what follows some of its things: 家电子IPO企业中，; 家上市公司里，
#: (里 as 中: 在这20个城市里，有8个…).
_AMONG_THEM = later(r"[^，,。；;]{0,12}(?:中|(?<![公英海千万])里)[，,：:]")
#: A count in a lead 从…来看 names the things too: 从全部941家公司来看，…的公司合计711家.
_FROM_THEM_SEEN = later(r"[^，,。；;\d]{0,12}?(?:来看|看)[，,：:]")
_FROM = later(r"从[^，,。；;\d]{0,8}$")
#: The same with 有 and no comma, when the counts after it each state a direction of their things
#: (41个工业大类行业有15个利润总额实现增长，1个持平，25个下降; 41个大类行业中有37个行业增长，4个下降).
_HAVE_THEM = later(r"[^，,。；;\d]{0,12}?(?:中|(?<![公英海千万])里)?有(?=[\d一二两三四五六七八九十])")


def _counts_split(scope: Scope) -> list[Found]:
    """13个实现收入的税种中，…6个税种实现增长…；…7个税种负增长: a count, then counts of the same
    things in its sentence (up to its full stop). The three industries make up the count (在新登记
    19.02万户企业中，第一产业新设1.26万户…；第二产业新设4.36万户…；第三产业新设13.4万户). A split opened
    in brackets after the count ends at their closing bracket (三级医院1624个（其中：三级甲等医院989个），
    二级医院6566个…)."""
    found = []
    for k, total in enumerate(scope.claims):
        q = total.figure.quantity
        if q is None or q.unit.dimension != "count" or not exact(total):
            continue
        after = scope.plain[total.figure.end:total.figure.end + 16]
        lead = scope.text(scope.clause(total)[0], total.figure.start)
        m = _AMONG_THEM.match(after) or (_FROM_THEM_SEEN.match(after) and _FROM.search(lead))
        have = m is None and _HAVE_THEM.match(after)
        m = m or have
        if not m:
            continue
        end = compiled(r"[。！？\n]").search(scope.plain, total.figure.end)
        stop = _bracket_end(scope, total.figure.end, m.end(), end.start() if end else len(scope.plain))
        parts = _parts_of_count(scope, k, total, _noun(after[:m.end()]), stop)
        typed = forecast_types(scope, total.end, parts)
        if typed:  # 195家…的公司中，预增167家，略增3家，扭亏25家: different firms, together at most all
            found.append(Found("breakdown", {"breakdown": total.id, "parts": [p.id for p in typed],
                                             "exhaustive": False}, "stated", total,
                               "counts of firms by the type of their forecast (…中，预增…，略增…)",
                               f"{total.id}_forecasts"))
        if have and not _distinct_states(scope, parts):
            continue  # 41个工业大类行业有15个…增长，1个持平，25个下降: only counts of states so read
        industries = len(parts) == 3 and complementary([p.label or "" for p in parts])
        if len(parts) >= 2 and (industries or _opposites(scope, parts) or _named(scope, parts)
                                or _classified(scope, total, parts) or _distinct_states(scope, parts)):
            found.append(Found("breakdown", {"breakdown": total.id, "parts": [p.id for p in parts],
                                             "exhaustive": industries or _opposites(scope, parts)},
                               "stated", total, "counts of the things a count is of (…中)",
                               f"{total.id}_counts"))
            continue
        for p in parts:  # counts that may overlap (175家…增长超过40%；149家…): each within the total
            found.append(Found("breakdown", {"breakdown": total.id, "parts": [p.id],
                                             "exhaustive": False}, "stated",
                               p, "a count of some of the things a count is of (…中，有…)",
                               f"{p.id}_within"))
    return found


def counted_alone(scope: Scope, r: Found) -> bool:
    """Whether a count split from the count its sentence opens with stands alone after it: nothing
    else counted between them (这203家公司中，预计业绩增长、扭亏的公司合计140家), or the sum of what is
    (6家扭亏，45家预增，141家略增，合计192家) — a bare share right after it (占比近七成) is of that count,
    not of the sum of a list it closes (A类公司12家，B类公司22家，A/B类占比约30%)."""
    parts = r.fields.get("parts", ())
    if r.kind != "breakdown" or r.how != "stated" or len(parts) != 1:
        return False
    whole = next((c for c in scope.claims if c.id == r.fields["breakdown"]), None)
    part = next((c for c in scope.claims if c.id == parts[0]), None)
    if whole is None or part is None:
        return False
    between = [c for c in scope.in_span(whole.end, part.figure.start) if same_unit(c, part)]
    return not between or bool(_SUM_OF_THEM.search(scope.text(scope.clause(part)[0], part.figure.start)))


_SUM_OF_THEM = later(r"合计|共计|总计")


#: A lead that names one classification of industries or boards the counts after it follow: 按照申万一级
#: 行业统计, 从行业分布看, 从板块结构来看 (each thing counted is of one class; regions are not read: 东部地区
#: and 广东 may stand in one list).
_BY_CLASS = later(r"(?:按照?|依照?)[^，,。；;]{0,8}?(?:行业|板块|门类)(?:分类)?(?:统计|划分|分|来看|看)"
                  r"|(?:从|分)[^，,。；;]{0,4}?(?:行业|板块)(?:分布|结构|构成)?(?:来)?看")


def _bracket_end(scope: Scope, start: int, opened: int, stop: int) -> int:
    """Where the split a count opens ends: at its sentence's end, or at the bracket that closes
    the split opened inside a bracket (三级医院1624个（其中：三级甲等医院989个），二级医院6566个: 二级医院
    is the next sibling, no part of 1624个)."""
    words = scope.plain[start:start + opened]
    if sum(words.count(ch) for ch in "（(") <= sum(words.count(ch) for ch in "）)"):
        return stop
    depth = 0
    for at in range(start + opened, stop):
        ch = scope.plain[at]
        depth += 1 if ch in "（(" else -1 if ch in "）)" else 0
        if depth < 0:
            return at
    return stop


def _classified(scope: Scope, total: DraftClaim, parts: list[DraftClaim]) -> bool:
    """Whether a lead in the count's sentence, or the sentence before it on its line, names the one
    classification its parts follow (按照申万一级行业统计，目前146家千亿市值以上的公司中，…银行…18家，
    …非银金融行业17家…; 从板块结构来看，…。62家新增上市公司中，主板和创业板分别为29家和20家): the
    classes do not overlap, so the parts together are at most the count. Not counts of the classes
    themselves, nor counts by what the things do (分行业看…168个行业中，有120个行业增加值实现了增长，
    87个行业增速超过全省平均水平: these overlap)."""
    if any(_CLASSES_COUNTED.match(scope.text(c.figure.end, c.figure.end + 4)) for c in (total, *parts)) \
            or any(_PROPERTY.search(_after_in_clause(scope, p)) for p in parts):
        return False  # 168个行业中，有120个行业…实现了增长，87个行业增速超过…: classes, by what they do
    at = total.figure.start
    near = max(0, at - _LEAD_WITHIN)  # a bounded look back: linear in a long paragraph
    end = scope.plain.rfind("。", near, at)
    start = max(scope.plain.rfind("。", near, end) if end > 0 else -1, scope.plain.rfind("\n", near, at),
                near - 1) + 1
    return bool(_BY_CLASS.search(scope.text(start, at)))


#: How far back, in characters, the lead of a classification is looked for.
_LEAD_WITHIN = 300
#: Counts of the classes themselves (168个行业中, 有120个行业): no things split by class.
_CLASSES_COUNTED = later(r"^(?:行业|板块|门类|大类|领域)")
#: What a count's things do, after it in its clause: counts by what they do may overlap.
_PROPERTY = later(r"增长|下降|增加|减少|超过|高于|低于|实现|亏损|盈利|达到|突破")


def _named(scope: Scope, parts: list[DraftClaim]) -> bool:
    """Each count closes a list of the things it counts (增值税、房产税…等6个税种): the lists name
    different things, so the counts do not overlap."""
    listed = compiled(r"[、，,]?[^、，,。；;]{1,12}、[^、，,。；;]{1,12}等$")
    return all(listed.search(scope.text(scope.clause(p)[0], p.figure.start)) for p in parts)


_NOUN_END = later(r"[则中在有为是均都共，,。；;、：:（(实增负下上减盈亏占]")


def _noun(words: str) -> str:
    """The things a count is of, as written right after it (家电子IPO企业中 → 电子IPO企业)."""
    return _NOUN_END.split(words, maxsplit=1)[0]


#: The words before the whole a share is of: 占, 占到了, 占据.
_SHARE_WHOLE = later(r"占(?:到|据)?了?$")


def _another_place(scope: Scope, total: DraftClaim, c: DraftClaim) -> bool:
    """A count its clause gives to a place other than the total's (广东21个省辖市中，9个…；江苏13个
    省辖市全部进入…): the count of another whole."""
    from .duplicate import places_in

    here = places_in(scope.text(scope.clause(c)[0], c.figure.start))
    return bool(here) and here != places_in(scope.text(scope.clause(total)[0], total.figure.start))


def _parts_of_count(scope: Scope, k: int, total: DraftClaim, things: str, stop: int
                    ) -> list[DraftClaim]:
    """The counts after ``total`` in its sentence that count its things: a bare count (有13家在深圳)
    or one of the same things (6个税种). A count of other things (16家机械设备企业中 after
    20家电子IPO企业中) or of another place (江苏13个省辖市 after 广东21个省辖市中) or one that opens a
    split of its own ends the list; a 其中 after a part starts the part's own split (37个行业…，
    其中32个)."""
    parts: list[DraftClaim] = []
    for c in scope.claims[k + 1:]:
        if c.figure.start >= stop:
            break
        if not (is_level(c) and same_unit(c, total) and exact(c)) or _people(c) != _people(total):
            continue  # 11个地级市中…运城有477.45万人: people are not counted among places
        if not same_counter(c, total):
            continue  # 在全市378种主要产品中，…生产汽车203.43万辆: an output, no kind of product
        if parts and _OPEN_SPLIT.search(scope.text(parts[-1].end, c.figure.start)):
            break
        after = scope.plain[c.figure.end:c.figure.end + 16]
        noun = _noun(after)
        if _AMONG_THEM.match(after) or _other_kind(noun, things) \
                or _another_place(scope, total, c):
            break
        if _SHARE_WHOLE.search(scope.text(max(0, c.figure.start - 4), c.figure.start)):
            continue  # 合计占到了1046家公司净利润的32.06%: the whole of a share, no member
        parts.append(c)
    return parts


#: A 其中 or 包括 after a part whose list runs on to the count: the part's own split, which ends
#: the parts; one closed by a semicolon before the count (有26家…实现增长，其中增幅前三的分别为贵州茅台…；
#: 12家公司市值缩水) named some of the part's things, and the parts go on.
_OPEN_SPLIT = later(r"(?:其中|包括)[^；;]*$")


def _people(c: DraftClaim) -> bool:
    """A count of people (人, 名, 位, 人次), which only a count of people can hold."""
    return c.figure.quantity.unit.name.removeprefix("万").removeprefix("亿") in ("人", "名", "位", "人次")


def _other_kind(noun: str, things: str) -> bool:
    """Things of the same kind but another category: 医药生物企业 after 机械设备企业."""
    return len(noun) > 2 and len(things) >= 2 and noun[-2:] == things[-2:] \
        and not things.endswith(noun)


def _opposites(scope: Scope, parts: list[DraftClaim]) -> bool:
    """Counts of opposite directions (实现增长 / 负增长, 上升 / 下降), with at most two other states
    between them (持平, 减亏, 由亏转盈): together, all of them (33个行业利润总额同比增长，1个行业减亏，7个
    行业下降; 在39个工业大类行业中，23个行业利润总额同比增加，14个行业减少，1个行业由亏转盈，
    1个行业净亏损减少)."""
    if len(parts) not in (2, 3, 4):
        return False
    kinds = [direction(_after_in_clause(scope, p)) for p in parts]
    return "up" in kinds and "down" in kinds and len(set(kinds)) == len(kinds) \
        and all(k in ("up", "down") or k in BETWEEN_STATES for k in kinds)


def _distinct_states(scope: Scope, parts: list[DraftClaim]) -> bool:
    """Counts each of another direction (有40个行业利润同比增长（或扭亏为盈），1个行业同比持平): no thing
    is in two of them, so together they are at most the count of all."""
    kinds = [direction(_after_in_clause(scope, p)) for p in parts]
    return len(parts) >= 2 and None not in kinds and len(set(kinds)) == len(kinds)


def _after_in_clause(scope: Scope, p: DraftClaim) -> str:
    """The words after a count to its clause's end, at most 20 characters (有26家公司的市值在这10年间
    实现增长，: the direction may come after the things' measure and a span of time)."""
    end = min(scope.clause(p)[1], p.figure.end + 20)
    return scope.text(p.figure.end, max(end, p.figure.end + 12))


