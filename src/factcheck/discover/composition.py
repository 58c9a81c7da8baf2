"""A total and the parts that make it up, each with its growth rate: 分产业看 (第一、第二、第三产业),
东部、中部、西部和东北地区 (the four regions of the national statistics), 中直与地方, 油与非油,
公有与非公有, 城镇与乡村, 批发零售与住宿餐饮, 大中小微型企业, 税收与非税收入.

The parts make up the whole by their names — the three industries, a known pair, X and 非X —
or by their levels: every level a 其中 lists, each with its rate, when together they give the
total's level within rounding (进出口总额…其中，一般贸易…，加工贸易…); never the few parts a 其中
lists that fall short of it. Their total is the level of the same measure (增加值,
投资, 零售额, 收入, 产值 …) stated before them, whose level the parts' levels add up to within
rounding; parts stated without levels take the total their sentence names (规模以上工业中，大型企业…)
or the one just before their 其中. Per-capita figures, prices and rates of their own are no sums and
are never taken. A measure of no name the module knows (粮食产量, 旅客发送量, 货物吞吐量, 市场主体,
施工面积 …) is taken only by its levels: every level a 其中 lists, or the parts one per clause,
sentence or line after the total written as finely as it, that add up to the total's level, each
with a rate against the same period a year before (never 环比, 两年平均); its composition is
`approximate` (previous levels revised, rates on a comparable set of units: the rate the levels
give is held within a point, a warning). A part's own 其中 list is skipped until its levels make up
the part and its sentence ends: the total's next part follows (公路项目完成投资1313.8亿元…，其中，高速
公路…970.6亿元…；…农村公路…146.0亿元…。港口项目完成投资71.0亿元…: parts of 1441.5亿元 both).

What is found:

- the total's growth against its parts' (`composition`): its rate between theirs, and, with
  levels or shares, the rate they give it; the ratio of the parts that follows them
  (中直与地方经济比重为31.3：68.7) and each share's change in 百分点 (地方经济比重比同期提高8.5个百分点)
  give their previous shares; a share's change, with the parts' levels, is also the one their
  levels and rates give (乡村零售额占比比上年同期下降0.1个百分点, with or without a ratio);
- the parts' contributions (拉动GDP增长0.1个百分点, 负向拉动全市投资8.7个百分点): together, the total's
  growth; each, the part's growth by its previous share or by the levels (`contribution`);
- the levels n years before (`expect`), when the total and every part have a level followed by
  its average growth over n years (进出口总额31579.51亿元，同比增长15.1%；两年平均增长8.6%。其中，
  出口17103.48亿元，…两年平均增长6.3%；进口…两年平均增长11.5%): those of the parts add up to the
  total's, ``L / (1 + a)ⁿ = Σ Lᵢ / (1 + aᵢ)ⁿ`` — for nominal measures only (trade, retail sales),
  real growth being weighted by volumes;
- the parts' levels, with the total's: their sum (`breakdown`, exhaustive; the three industries'
  are breakdown.py's).

The parts and their total in one sentence, or the parts in the sentence right after the total's
introduced by 其中, by a number ① or by the total's name (规模以上工业中), are *stated*; after 其中
or ①, the total is the one just before even when the parts' levels do not add up to it (the
error then says so); parts in a section after the total's paragraph (从中直和地方看 …) are
*linked*.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from itertools import pairwise, product

from ..interval import Interval
from ..patterns import compiled, later
from .claims import DraftClaim, unnumbered
from .scope import Found, Scope, exact, is_level, is_share, same_unit

__all__ = ["CHANGED_TO", "Group", "find", "groups", "listed_set", "measure", "name", "named_pair",
           "not_a_sum", "rate_of", "sibling"]

# --- what a figure measures -------------------------------------------------------------------
_MEASURES = {"增加值": "增加值", "生产总值": "增加值", "GDP": "增加值", "零售总额": "零售",
             "零售额": "零售", "投资": "投资", "营业收入": "营业收入", "收入": "收入", "产值": "产值",
             "交货值": "产值",  # 出口交货值: the part of 工业销售产值 delivered for export (NBS)
             "利润": "利润", "用电量": "用电量", "营业额": "营业额", "销售额": "销售额",
             "进出口": "进出口", "出口": "进出口", "进口": "进出口",
             "商品零售": "零售", "餐饮收入": "零售",  # 按消费类型分: the two parts of retail sales
             "支出": "支出", "赔款": "赔付", "给付": "赔付"}  # 产险业务原保险保费收入…；赔款…
_MEASURE = later("|".join(sorted(_MEASURES, key=len, reverse=True)))
#: Per-capita figures, prices, rates and shares, the thresholds of a list or tier (TOP100门槛值,
#: 入围门槛, 起点: the smallest member's figure) and net amounts: no amount its parts add up to.
_NOT_A_SUM = later(r"人均|平均|户均|[月日年周季店场单件亩次床]均|均价|价格|指数|[^增]率|占比|比重|单价|"
                   r"(?<![对同环])比$|之比|比值|比例|门槛|入围线|起点|"
                   r"财务费用|净额|汇兑损益")  # net of gross flows: 财务费用34.40亿元，其中利息费用37.20亿元


def measure(text: str | None) -> str | None:
    """What a label measures, by its last measure word (增加值 and GDP alike); None for per-capita
    figures, prices, rates and shares, which are no sums of their parts."""
    if not text or _NOT_A_SUM.search(text):
        return None
    found = list(_MEASURE.finditer(text))
    return _MEASURES[found[-1].group(0)] if found else None


#: A comparison in a label, to its end: what the figure is compared with, not what it measures (12个
#: 市高于全省平均水平: a count of cities, not an average).
_COMPARED_WITH = later(r"(?:高于|低于|超过|快于|慢于|优于|好于|不及|跑赢|跑输)[^，,；;。]*$")


def not_a_sum(label: str | None) -> bool:
    """A per-capita figure, a price, a rate, a share (人均可支配收入), a threshold (门槛值) or a net
    amount (财务费用, …净额): its parts do not add up to it. A 平均 the figure is compared with
    (其中12个市高于全省平均水平) is none of its own."""
    return bool(label and _NOT_A_SUM.search(_COMPARED_WITH.sub("", label)))


def sibling(total: DraftClaim, c: DraftClaim) -> bool:
    """A figure named with the total's opening words but not its head (在园教职工 after 在园幼儿;
    各项贷款余额 after 各项存款余额): another thing of the same place or time, not a kind of the
    total's things (在校研究生 is one of 在校学生)."""
    whole, part = name(total), name(c)
    if len(whole) < 3 or len(part) < 3 or part[:2] != whole[:2]:
        return False
    if part[-1] != whole[-1]:
        return part[2:] not in whole  # 执业助理 is one of the 执业（助理）医师
    if len(whole) != len(part) or whole == part:
        return False
    common = next(i for i in range(len(whole)) if whole[i] != part[i])
    return common >= 4 and len(whole) - common >= 3  # 各项存款余额 / 各项贷款余额


def rate_of(c: DraftClaim):
    """A claim's growth rate in %: its attached growth, or the claim itself when it is one."""
    g = c.growth
    if g is not None and g.quantity is not None and g.quantity.unit.dimension == "ratio":
        return g
    f = c.figure
    if c.growth is None and f.is_rate and f.quantity is not None and f.quantity.unit.dimension == "ratio" \
            and not f.extra.get("doubling"):
        return f
    return None


# --- the names of parts that make up a whole ---------------------------------------------------
#: The four regions of the national statistics (a total may hold some of no region: 不分地区).
_REGIONS = (("东部地区", "东部"), ("中部地区", "中部"), ("西部地区", "西部"), ("东北地区", "东北"))
_SETS: tuple[tuple[tuple[str, ...], ...], ...] = (
    (("第一产业", "一产"), ("第二产业", "二产"), ("第三产业", "三产")),
    (("中直", "中央直属"), ("地方",)),
    (("城镇",), ("乡村", "农村")),
    (("批发和零售业", "批发零售业"), ("住宿和餐饮业", "住宿餐饮业")),
    (("商品零售",), ("餐饮收入",)),
    (("大型企业", "大型"), ("中型企业", "中型"), ("小微型企业", "小微企业", "小微型")),
    (("大型企业", "大型"), ("中型企业", "中型"), ("小型企业", "小型"), ("微型企业", "微型")),
    (("轻工业",), ("重工业",)),
    (("出口",), ("进口",)),
    _REGIONS,
    (("采矿业",), ("制造业",), ("电力、热力、燃气及水生产和供应业", "电力、热力、燃气及水的生产和供应业",
                               "电力、燃气及水的生产和供应业", "电力热力燃气及水生产和供应业")),
)
_INDUSTRIES = _SETS[0]
_DEMAND = (("最终消费", "消费"), ("资本形成", "投资"), ("货物和服务净出口", "净出口"))
_THREE_INDUSTRIES = later(r"三次产业|第?一[、，,和及与]?(?:第)?二[、，,和及与]?(?:第)?三(?:次)?产业|"
                               r"一二三产业|一、二、三产")
_X_AND_NOT_X = later(r"([\u4e00-\u9fff]{1,4}?)(?:经济|企业|投资)?[和与及、]非\1")


def listed_set(words: str, n: int) -> tuple[tuple[str, ...], ...] | None:
    """The parts that make up a whole that some words name together, in the order they name them:
    三次产业 (第一、二、三产业), 三大需求, 中直和地方, 城镇和乡村, X和非X; None when they name no
    such set of n parts."""
    if n == 3 and _THREE_INDUSTRIES.search(words):
        return _INDUSTRIES
    if n == 3 and ("三大需求" in words or all(any(w in words for w in names) for names in _DEMAND)):
        return _DEMAND  # 最终消费支出、资本形成总额、货物和服务净出口…贡献率分别为
    if n != 2:
        return None
    m = _X_AND_NOT_X.search(words)
    if m:
        return ((m.group(1),), ("非" + m.group(1),))
    for members in _SETS:
        if len(members) == 2:
            places = [min((words.find(w) for w in names if w in words), default=-1) for names in members]
            if all(at >= 0 for at in places):
                return tuple(m for _, m in sorted(zip(places, members, strict=True)))
    return None


def named_pair(parts: list[DraftClaim]) -> bool:
    """Whether two claims are named as the two members of a pair that makes up a whole (城镇 and
    乡村, 出口 and 进口), in either order."""
    if len(parts) != 2:
        return False
    names = [name(p) for p in parts]
    return any(len(members) == 2 and all(any(n.startswith(w) for w in words)
                                         for n, words in zip(order, members, strict=True))
               for members in _SETS for order in (names, names[::-1]))


_LEAD = later(r"^(?:[①-⑳]|[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]|其中[，,：:]?|全[市省区县国]|"
                   r"本[市区县]|我[市区县]|[一二三四]季度|上半年|下半年|前三季度|全年|(?:19|20)\d\d年|"
                   r"\d{1,2}(?:-|—|～|至)\d{1,2}月份?|\d{1,2}月份?|[，,：:、\s])+")
_KEY_END = later(r"经济|企业|投资|工业|收入|实现|完成|单位|市场|部门|产业|制|及")


def name(c: DraftClaim) -> str:
    """The words that name what a claim counts: its label without the words that lead it (nor
    the number that tells apart two claims of one label: 入院人次(3))."""
    return unnumbered(_LEAD.sub("", c.label or ""))


@dataclass(slots=True)
class Group:
    """Parts that make up a whole, in the order of their set (第一、第二、第三产业; X, 非X), with the
    total they make up."""

    parts: list[DraftClaim]
    names: list[tuple[str, ...]]  # the words that name each part
    total: DraftClaim | None = None
    how: str = "linked"
    shares: list[DraftClaim] | None = None
    changes: list[DraftClaim | None] = field(default_factory=list)
    pulls: dict[int, tuple[DraftClaim, bool]] = field(default_factory=dict)  # part index → (拉动, down)


def find(scope: Scope) -> list[Found]:
    found: list[Found] = []
    named = groups(scope)
    for g in named:
        found.extend(_composition(scope, g))
        found.extend(_contributions(scope, g))
        found.extend(_over_years(scope, g))
    taken = {id(c) for g in named for c in g.parts}
    for g in _following(scope, taken):
        found.extend(_composition(scope, g))
        found.extend(_contributions(scope, g))
        taken |= {id(c) for c in g.parts}
    for g in [*_section_groups(scope), *_listed_quarters(scope)]:
        if taken.isdisjoint(map(id, g.parts)):
            found.extend(_composition(scope, g))
            _pulls(scope, g)
            found.extend(_contributions(scope, g))
            taken |= {id(c) for c in g.parts}
    return found


def groups(scope: Scope) -> list[Group]:
    """Every group of parts that make up a whole, with the total it makes up (groups without a
    total are left out)."""
    out = []
    lines: dict[int, list[DraftClaim]] = {}
    for c in scope.claims:
        if rate_of(c) is not None and not not_a_sum(c.label) and not scope.aside(c):
            lines.setdefault(c.line, []).append(c)
    for line in sorted(lines):
        known = [c for c in lines[line] if measure(c.label) is not None]
        named = _sets_in(known) + _complements_in(known) + _listed_in(scope, known)
        taken = {id(c) for g in named for c in g.parts}
        whole = [g for g in _whole_lists_in(scope, lines[line]) if taken.isdisjoint(map(id, g.parts))]
        for g in named + whole:
            total, how = _total(scope, g.parts, tuple(g.names) == _INDUSTRIES)
            if any(g is w for w in whole) and (total is None or not _adds_up(g.parts, total)
                                               or not _of_a_sum(scope, total, g.parts)):
                continue
            if total is None:
                continue
            g.total, g.how = total, how
            _shares(scope, g)
            _pulls(scope, g)
            out.append(g)
    return out


def _sets_in(cands: list[DraftClaim]) -> list[Group]:
    out = []
    for members in _SETS:
        options = [[c for c in cands if name(c).startswith(words)] for words in members]
        if not all(options):
            continue
        choices = [combo for combo in product(*options)
                   if len({id(c) for c in combo}) == len(combo)
                   and len({measure(c.label) for c in combo}) == 1]
        if len(choices) == 1:
            out.append(Group(list(choices[0]), list(members)))
    return _largest(out)


def _largest(found: list[Group]) -> list[Group]:
    """大型、中型、小型、微型 over 大型、中型、小微型 when both read: the finer set is the one written."""
    keep = []
    for g in found:
        if any(len(h.parts) > len(g.parts) and {id(c) for c in g.parts} & {id(c) for c in h.parts}
               for h in found):
            continue
        keep.append(g)
    return keep


def _listed_in(scope: Scope, cands: list[DraftClaim]) -> list[Group]:
    """第一、二、三产业增加值分别增长3.1%、5.6%和5.8%: rates listed with 分别 after words that name
    the parts of a whole."""
    out = []
    i = 0
    while i < len(cands):
        first = cands[i]
        words = scope.text(scope.sentence(first)[0], first.figure.number_start)
        if first.growth is not None or not compiled(r"分别(?:增长|下降|增加|减少|提高|为)?$").search(words):
            i += 1
            continue
        base = unnumbered(first.label)
        run = [first]
        for c in cands[i + 1:]:
            if c.growth is not None or unnumbered(c.label) != base \
                    or not compiled(r"[、和及与,，]").fullmatch(
                        scope.text(run[-1].end, c.figure.number_start)):
                break
            run.append(c)
        i += len(run)
        members = listed_set(words, len(run))
        if len(run) >= 2 and members is not None:
            out.append(Group(run, list(members)))
    return out


def _whole_lists_in(scope: Scope, cands: list[DraftClaim]) -> list[Group]:
    """Every level of one measure that a sentence opened by 其中 lists, each with its rate
    (其中，出口17103.48亿元，同比增长12.6%；进口14476.04亿元，同比增长18.2%): parts of a whole when their
    levels add up to the total's (tested by the caller), whatever their names."""
    by_sentence: dict[tuple[int, int], list[DraftClaim]] = {}
    for c in cands:
        by_sentence.setdefault(_list_sentence(scope, c), []).append(c)
    out = []
    for (start, end), parts in by_sentence.items():
        if not compiled(r"^其中[，,：:]?").match(scope.text(start, end)) or len(parts) < 2:
            continue
        first = parts[0]
        levels = [c for c in scope.in_span(start, end) if is_level(c) and same_unit(c, first)]
        if len({measure(p.label) for p in parts}) != 1 or [id(c) for c in levels] != [id(p) for p in parts] \
                or not all(exact(p) and rate_of(p) is not p.figure for p in parts):
            continue
        out.append(Group(parts, [(name(p),) for p in parts]))
    return out


def _of_a_sum(scope: Scope, total: DraftClaim, parts: list[DraftClaim]) -> bool:
    """A total a 其中 list's levels add up to is a sum with its rate of the parts' kind: a measure
    the module knows, or — whatever its name (粮食总产量, 发送旅客, 发电量, 存款余额) — no per-capita
    figure, price or rate, every rate against the same period a year before."""
    if measure(total.label) is not None and measure(parts[0].label) is not None:
        return True
    return not not_a_sum(total.label) and rate_of(total) is total.growth \
        and not any(_other_base(scope, c) or _rate_of_another_base(scope, c) for c in (total, *parts))


def _rate_of_another_base(scope: Scope, c: DraftClaim) -> bool:
    """A level's rate stated against another base than the same period a year before, in the
    words between them (19645万人次，环比增长9.5%)."""
    return c.growth is not None and bool(_OTHER_BASE.search(scope.text(c.figure.end, c.growth.number_start)))


def _list_sentence(scope: Scope, c: DraftClaim) -> tuple[int, int]:
    """The sentence of a listed part, through the ；s that separate the items of a list."""
    start = max(scope.plain.rfind(mark, 0, c.figure.start) for mark in "。！？\n") + 1
    ends = [at for mark in "。！？\n" if (at := scope.plain.find(mark, c.figure.start)) >= 0]
    return start, min(ends, default=len(scope.plain))


def _complements_in(cands: list[DraftClaim]) -> list[Group]:
    """X and 非X (油 and 非油, 公有制 and 非公有制, 国有 and 非国有, 税收收入 and 非税收入)."""
    out = []
    for c in cands:
        n = name(c)
        if not n.startswith("非") or len(n) < 2:
            continue
        key = _KEY_END.split(n[1:], maxsplit=1)[0] or n[1:2]
        rest = n[1 + len(key):]
        partners = [p for p in cands if p is not c and name(p).startswith(key)
                    and measure(p.label) == measure(c.label)
                    and len(name(p)) - len(key) <= len(rest) + 6]
        if len(partners) == 1:
            out.append(Group([partners[0], c], [(key,), ("非" + key,)]))
    return out


# --- the total the parts make up -----------------------------------------------------------------
_INTRO = later(r"^(?:其中[，,：:]?|[①②③④⑤⑥⑦⑧⑨⑩]|([^，,。；;：:]{2,12})中[，,：:])")


def _total(scope: Scope, parts: list[DraftClaim], industries: bool = False
           ) -> tuple[DraftClaim | None, str]:
    """The total: for parts with levels after 其中 or ①, the level just before them; else the
    nearest earlier claim of the parts' measure and period with a growth rate whose level the
    parts' levels add up to; or, for parts without levels, the one their sentence names
    (规模以上工业中), the one just before their 其中, or — for the three industries — the GDP
    stated before them in their paragraph."""
    first = min(parts, key=lambda c: c.figure.start)
    kind = measure(first.label)
    levels = all(is_level(p) and exact(p) and same_unit(p, first) for p in parts)
    intro = _intro(scope, first)
    if intro == "" and levels:
        c = _introduced(scope, parts, first, intro)
        if c is not None and is_level(c) and exact(c) and same_unit(c, first):
            return c, _how(scope, c, first)  # 其中 or ①: the total just before, added up or not
    k = scope.index(first)
    for c in reversed(scope.claims[:k]):
        if first.line - c.line > 8:
            break
        if any(c is p for p in parts) or rate_of(c) is None or c.period != first.period:
            continue
        if levels and is_level(c) and exact(c) and same_unit(c, first) \
                and measure(_subject(scope, c)) == kind and _adds_up(parts, c):
            return c, _how(scope, c, first)
    if intro is None and industries and not levels:
        gdp = next((c for c in reversed(scope.claims[:k]) if c.line == first.line
                    and rate_of(c) is not None and c.period == first.period and c.label
                    and compiled(r"生产总值|GDP").search(c.label)), None)
        return (gdp, _how(scope, gdp, first)) if gdp is not None else (None, "")
    if intro is None:
        return None, ""
    c = _introduced(scope, parts, first, intro)
    return (c, _how(scope, c, first)) if c is not None else (None, "")


def _introduced(scope: Scope, parts: list[DraftClaim], first: DraftClaim, intro: str
                ) -> DraftClaim | None:
    """The total the words before the parts' sentence point to: the nearest claim of their
    measure and period before it in its paragraph (named by 规模以上工业中, or just before 其中 or
    ①). A total the sentence names must be the sum of parts with levels; after 其中 or ①, the
    parts named as a whole make up the total just before them, added up or not."""
    kind = measure(first.label)
    levels = all(is_level(p) and exact(p) and same_unit(p, first) for p in parts)
    s_start, _ = scope.sentence(first)
    for c in reversed(scope.claims[:scope.index(first)]):
        if c.line != first.line:
            break
        if c.figure.start >= s_start or rate_of(c) is None or c.period != first.period:
            continue
        subject = _subject(scope, c)
        if measure(subject) != kind or (intro and intro not in subject):
            continue
        if levels and is_level(c) and same_unit(c, first) and not _adds_up(parts, c) and intro:
            return None
        return c
    return None


def _subject(scope: Scope, c: DraftClaim) -> str:
    """What a claim is about: its label, else the words of its sentence before it."""
    a, _ = scope.sentence(c)
    return (c.label or "") + "|" + scope.text(a, c.figure.start)


def _intro(scope: Scope, first: DraftClaim) -> str | None:
    """The words that introduce the parts' sentence as parts: '' for 其中, the total's name for
    规模以上工业中; None when there are none."""
    a, _ = scope.sentence(first)
    m = _INTRO.match(scope.text(a, first.figure.start))
    if m is None:
        return None
    return m.group(1) or ""


def _adds_up(parts: list[DraftClaim], total: DraftClaim) -> bool:
    s = Interval.point(0)
    for p in parts:
        s = s + p.figure.quantity.interval
    return s.intersects(total.figure.quantity.interval)


def _how(scope: Scope, total: DraftClaim, first: DraftClaim) -> str:
    """stated: the parts in the total's sentence, or in the next one of its paragraph introduced
    as its parts (其中, 规模以上工业中), or in a paragraph that opens with 其中 right after the total's
    paragraph, where the total is the one level of its unit (深圳上半年GDP为1.5万亿元，同比增长3%… /
    其中，第一产业增加值为12.49亿元…)."""
    if total.line != first.line:
        return "stated" if _among_next_paragraph(scope, total, first) else "linked"
    between = scope.text(total.end, first.figure.start)
    stops = [m.end() for m in compiled(r"[。！？!?]").finditer(between)]
    if not stops:
        return "stated"
    return "stated" if _INTRO.match(between[stops[-1]:]) else "linked"


#: 其中 opening a paragraph.
_AMONG_OPENING = later(r"^\s*其中[，,：:]")


def _among_next_paragraph(scope: Scope, total: DraftClaim, first: DraftClaim) -> bool:
    """The parts' paragraph opens with 其中 and the paragraph before it is the total's, which states
    no other level of the total's unit: 其中 can only mean that total."""
    start = scope.plain.rfind("\n", 0, first.figure.start) + 1
    if not _AMONG_OPENING.match(scope.text(start, first.figure.start)):
        return False
    before = scope.plain[:start].rstrip()
    a = before.rfind("\n") + 1
    if not a <= total.figure.start < len(before):
        return False
    return all(c is total or not (is_level(c) and same_unit(c, total))
               for c in scope.in_span(a, len(before)))


# --- the parts in the sentences after the total, whose levels add up to it -------------------------
_SUB_ITEM = later(r"^(?:[①-⑳]|[（(][1-9][）)])")
_HEADING = later(r"^(?:[一二三四五六七八九十]{1,3}|\d{1,2})[、.．][^，,。；;：:\d]{0,20}$")
#: How many paragraphs after the total's its parts may be.
_PARAGRAPHS = 4


def _following(scope: Scope, taken: set[int]) -> list[Group]:
    """A total's level and rate, then its parts' levels and rates in the sentences or lines after
    it, one part per clause, sentence or line (其中，公共财政预算收入完成58.2亿元…。2、政府性基金收入完成
    3.1亿元; 第一产业增加值145.88亿元，增长3.8%。… / 第二产业增加值222.80亿元…): the levels of one unit and
    measure, each with its rate, taken in order, that add up to the total's level — restatements,
    the items of a part's own 其中 and ① lists skipped, another classification begun once they add
    up (城镇与乡村, then 商品零售与餐饮收入). A part that takes the sum past the total ends the search:
    no group. *Linked*, unless the parts are in one sentence, the total's or the one right after it
    opened by 其中 or a section's words (分产业看)."""
    out = []
    for k in reversed(range(len(scope.claims))):  # the nearest total first (其中 after a restated total)
        total = scope.claims[k]
        if not _a_total(scope, total):
            continue
        for parts in _partitions(scope, k):
            if taken.isdisjoint(map(id, parts)):
                out.append(Group(parts, [(name(p),) for p in parts], total,
                                 _following_how(scope, total, parts)))
                taken |= {id(p) for p in parts}
    for g in out:
        _shares(scope, g)
        _pulls(scope, g)
    return out


#: The widest rounding interval of a total, against its value, whose parts are found by their sum
#: alone (61.4亿元, 744.94亿元; not 2万亿元, which any levels from 1.5 to 2.5万亿 would make up).
_PRECISION = Fraction(1, 200)


def _a_total(scope: Scope, c: DraftClaim) -> bool:
    """A level with its growth rate (a year on year rate), of a measure that is a sum (whatever its
    name: no per-capita figure, price or rate), written to at least three digits."""
    if c.growth is None or rate_of(c) is not c.growth or not is_level(c) or not exact(c) \
            or not_a_sum(c.label) or scope.aside(c) or _other_base(scope, c) \
            or (measure(c.label) is None and _rate_of_another_base(scope, c)):
        return False
    t = c.figure.quantity.interval
    return t.bounded and t.lo > 0 and (t.hi - t.lo) <= _PRECISION * t.lo


def _partitions(scope: Scope, k: int) -> list[list[DraftClaim]]:
    """The runs of parts after the total at k whose levels add up to it, one per classification:
    of the total's year, and of its part of a year when their sentence names one."""
    from .points import period_of

    total = scope.claims[k]
    kind = measure(total.label)
    when: tuple[str | None, int | None] | None = None  # the total's part of a year, read when asked
    out: list[list[DraftClaim]] = []
    parts: list[DraftClaim] = []
    last = total
    closed: dict[int, int | None] = {}
    for c in scope.claims[k + 1:]:
        if _paragraphs_between(scope, total, c) > _PARAGRAPHS or _heading_between(scope, last, c):
            break
        if not (c.growth is not None and rate_of(c) is c.growth and is_level(c) and exact(c)
                and same_unit(c, total)) or scope.aside(c):
            continue
        if measure(c.label) not in (kind, None) or not_a_sum(c.label) or _other_base(scope, c) \
                or c.period != total.period or (kind is None and _rate_of_another_base(scope, c)):
            continue
        _, sub, month = period_of(scope, c)
        if (sub, month) != (None, None):
            if when is None:
                when = _when(scope, total)
            if _when(scope, c) != when:
                continue
        if any(_restates(c, x) for x in (total, *parts)):
            continue
        if parts and _sub_item(scope, parts[-1], c, closed):
            continue
        if _siblings(scope, total, c):
            break  # 4.城乡社区支出200.2亿元…\n5.农林水支出97.1亿元…\n6.交通运输支出…: items of one list
        parts.append(c)
        last = c
        s = Interval.point(0)
        for p in parts:
            s = s + p.figure.quantity.interval
        t = total.figure.quantity.interval
        if s.lo is not None and t.hi is not None and (s.lo > t.hi or (s.lo == t.hi and not t.hi_closed)):
            break  # past the total: these are no parts of it
        if len(parts) >= 2 and s.intersects(t):
            if kind is not None or _fine(parts, total):
                out.append(parts)
            parts = []
    return out


#: The number that opens a list item (4., 5、, （3）, 二、, ③), read as its form: the digits as 9, the
#: Chinese numerals as 九 and the circled ones as ①.
_ITEM_NUMBER = later(r"^(?:\d{1,2}[.．、]|[（(]\d{1,2}[）)]|[一二三四五六七八九十]{1,3}[、.．]"
                     r"|[（(][一二三四五六七八九十]{1,3}[）)]|[①-⑳])")


def _item_form(scope: Scope, c: DraftClaim) -> str | None:
    m = _ITEM_NUMBER.match(scope.text(scope.sentence(c)[0], c.figure.start))
    if m is None:
        return None
    shape = compiled(r"\d+").sub("9", m.group(0))
    return compiled(r"[①-⑳]").sub("①", compiled(r"[一二三四五六七八九十]+").sub("九", shape))


def _siblings(scope: Scope, total: DraftClaim, c: DraftClaim) -> bool:
    """Whether two levels open sentences numbered alike (4.城乡社区支出… and 5.农林水支出…) or
    clauses that name places of one rank (渝中区接待国内游客252.3万人次…；万盛经开区接待53.13万人次…):
    items of one list, side by side, never a total and its part."""
    form = _item_form(scope, total)
    if form is not None and form == _item_form(scope, c):
        return True
    rank = _place_rank(scope.before(total))
    return rank is not None and rank == _place_rank(scope.before(c)) \
        and "其中" not in scope.text(total.end, c.figure.start)  # 雁江区…（其中…高新区…）: its parts


#: A place named at the head of a clause (渝中区, 万盛经开区, 彭水县, 江苏省, 昆明市), never the whole of
#: one (全市, 本省, 各区县) nor a part of a place's life (城区, 市区, 景区, 园区, 社区).
_HEAD_PLACE = later(r"^(?!全|本|我|该|各|城|市|景|园|社|小|辖|地|郊|新区)"
                    r"[\u4e00-\u9fff]{1,6}?(省|自治区|市|州|盟|区|县|旗)")
#: The ranks of the places a clause may name: counties and districts are peers.
_RANKS = {"省": "省", "自治区": "省", "市": "市", "州": "市", "盟": "市", "区": "县", "县": "县", "旗": "县"}


def _place_rank(words: str) -> str | None:
    m = _HEAD_PLACE.match(words)
    return _RANKS[m.group(1)] if m else None


def _fine(parts: list[DraftClaim], total: DraftClaim) -> bool:
    """Parts of a measure of no known name whose levels are written as finely as their total's
    (their rounding together within _PRECISION of it): only then does their sum tie them to it
    (not 2万人次 and 1.61万人次 to 3.42万人次, which any levels from 1.5 to 2.5万 would make up)."""
    t = total.figure.quantity.interval
    widths = sum((p.figure.quantity.interval.hi - p.figure.quantity.interval.lo for p in parts),
                 Fraction(0))
    return widths <= _PRECISION * t.lo


def _when(scope: Scope, c: DraftClaim) -> tuple[str | None, int | None]:
    """The part of a year a claim's sentence or paragraph names before it (上半年, 6月), else the
    one the text names last before it."""
    from .points import carried, period_of

    _, sub, month = period_of(scope, c)
    if sub is None and month is None:
        return carried(scope, c), None
    return sub, month


def _restates(c: DraftClaim, other: DraftClaim) -> bool:
    """The same level again (1、公共财政预算收入完成58.2亿元 after 其中，公共财政预算收入完成58.2亿元)."""
    return c.figure.quantity.interval == other.figure.quantity.interval


def _sub_item(scope: Scope, part: DraftClaim, c: DraftClaim, closed: dict[int, int | None]) -> bool:
    """A level of a part's own list: after 其中 since the part, or numbered ① or (1) — not once
    the 其中 list has made up the part and its sentence has ended (公路项目完成投资1313.8亿元…，其中，
    高速公路…970.6亿元…；普通国省道…197.2亿元…；农村公路…146.0亿元…。港口项目完成投资71.0亿元: 港口 is the
    total's part again)."""
    if "其中" in scope.text(part.end, c.figure.start):
        if id(part) not in closed:
            closed[id(part)] = _list_closed(scope, part)
        end = closed[id(part)]
        if end is None or c.figure.start < end:
            return True
    a, _ = scope.clause(c)
    return bool(_SUB_ITEM.match(scope.text(a, c.figure.start)))


def _list_closed(scope: Scope, part: DraftClaim) -> int | None:
    """Where the sentence ends in which the levels of a part's 其中 list, on its line, add up to
    the part's level; None when they never do."""
    among = scope.plain.find("其中", part.end)
    line_end = scope.plain.find("\n", part.end)
    if among < 0 or (0 <= line_end < among):
        return None
    s = Interval.point(0)
    t = part.figure.quantity.interval
    for c in scope.claims[scope.index(part) + 1:]:
        if c.line != part.line:
            return None
        if c.figure.start < among or not (is_level(c) and exact(c) and same_unit(c, part)):
            continue
        s = s + c.figure.quantity.interval
        if s.intersects(t):
            stops = [at for mark in "。！？" if (at := scope.plain.find(mark, c.end)) >= 0]
            return min(stops, default=len(scope.plain))
        if s.lo is not None and t.hi is not None and s.lo > t.hi:
            return None
    return None


def _paragraphs_between(scope: Scope, a: DraftClaim, b: DraftClaim) -> int:
    """How many paragraph breaks (runs of line ends) stand between two claims."""
    return len(compiled(r"\n\s*").findall(scope.plain[a.figure.end:b.figure.start]))


def _heading_between(scope: Scope, a: DraftClaim, b: DraftClaim) -> bool:
    """A heading (六、财政收入, 二、工业) on a line of its own between two claims."""
    lines = scope.plain[a.figure.end:b.figure.start].split("\n")[1:-1]
    return any(_HEADING.match(line.strip()) for line in lines)


def _following_how(scope: Scope, total: DraftClaim, parts: list[DraftClaim]) -> str:
    """stated: every part in one sentence, the total's or the one right after it opened by 其中 or
    a section's words (分产业看，, 按经营单位所在地分，)."""
    if len({_list_sentence(scope, p) for p in parts}) != 1:
        return "linked"
    if _list_sentence(scope, total) == _list_sentence(scope, parts[0]):
        return "stated"
    between = scope.text(total.end, parts[0].figure.start)
    stops = [m.end() for m in compiled(r"[。！？!?]").finditer(between)]
    if total.line != parts[0].line or len(stops) != 1:
        return "linked"
    return "stated" if _INTRO.match(between[stops[0]:]) or _PARTS_OPENER.match(between[stops[0]:]) \
        else "linked"


# --- the rates of a section that splits a total stated before it --------------------------------
#: Words that open the rates of a total's parts: 其中, or a section (分三大门类看，, 从产业看，,
#: 按经营地统计，, 分结构来看，) — at the start of a sentence or after a comma.
_PARTS_OPENER = later(r"(?:^|(?<=[，,。；;：:]))\s*(?:其中[，,：:]?|(?:分|从|按)[^，,：:。；;\d]{1,12}?"
                      r"(?:来看|看|分|统计)[，,：:])")
#: The time a figure's sentence names: 3月份 is not 1—3月份, 4月当月 not 1-4月 (a day, 1月18日, is none).
_TIME = later(r"\d{1,2}(?:[-—～~至]\d{1,2})?月份?(?!\d)|[一二三四]季度|上半年|下半年|前三季度|全年|当月")
_OTHER_BASE = later(r"环比|比上月|较上月|两年平均|年均|平均增长|当月|(?:比|较|与)(?:19|20)\d\d年")
#: The parts of a price index (居民消费价格): their rates weighed by their weights in the basket.
_PRICE_SETS: tuple[tuple[tuple[str, ...], ...], ...] = (
    (("食品",), ("非食品",)), (("消费品",), ("服务",)), (("城市",), ("农村",)))
_PRICE_INDEX = later(r"居民消费价格|CPI")
_QUARTERS = (("一季度",), ("二季度",), ("三季度",), ("四季度",))
_QUARTER_LEAD = later(r"^(?:其中[，,：:]?)?第?")
_ECONOMY = later(r"^(?:[一二三四]季度|上半年|前三季度|全年)?(?:经济|经济总量)(?:增长|增速)$")
#: The part of a year the first quarters make up.
_QUARTERS_MAKE = {2: "上半年", 3: "前三季度"}
_AT_PRICES = later(r"按(?:不变|可比)价格?(?:计算|核算)")


def _section_groups(scope: Scope) -> list[Group]:
    """The rates of every part of a whole after 其中 or a section's words (分三大门类看，采矿业增加值
    增长5.1%，制造业增长8.5%，电力、热力、燃气及水生产和供应业增长12.9%; 规上工业增加值增长8%，其中
    轻工业增长5%，重工业增长9%), named by their set whatever their labels, with the total they split:
    the nearest rate of their measure and time before them, in their paragraph or the paragraph
    just before. The parts of a price index (食品 and 非食品, 消费品 and 服务, 城市 and 农村) are
    weighed by the basket's weights: *linked*. The four quarters (分季度看，一季度同比增长18.3%，…)
    make up the year: their total is a rate stated for no shorter time."""
    by_sentence: dict[tuple[int, int], list[DraftClaim]] = {}
    for c in scope.claims:
        if rate_of(c) is not None and exact(c) and not scope.aside(c):
            by_sentence.setdefault(_list_sentence(scope, c), []).append(c)
    out = []
    for (start, end), rates in by_sentence.items():
        opens = [(m.start() + start, m.end() + start, "其中" not in m.group(0))
                 for m in _PARTS_OPENER.finditer(scope.plain[start:end])]
        for k, (begin, at, section) in enumerate(opens):
            if section or (k == 0 and _after_a_section(scope, at)):  # a 其中 inside a section does not end it
                stop = next((b for b, _, other in opens[k + 1:] if other), end)
                mode, stops = "section", (stop, stop)
            else:  # a 其中 ends at the next 其中, and but for a price index's parts at a ；
                stop = min([b for b, _, _ in opens[k + 1:]] + [end])
                semicolon = compiled(r"[；;]").search(scope.plain[at:stop])
                stops = (at + semicolon.start() if semicolon else stop, stop)
                inner = scope.text(scope.sentence_of_offsets(begin, at)[0], begin)
                mode = "inner" if inner else "lead"
            for price, stop in ((False, stops[0]), (True, stops[1])):
                cands = [c for c in rates if at <= c.figure.start < stop and not _other_base(scope, c)]
                out.extend(_split(scope, cands, at, price, mode))
    return out


def _split(scope: Scope, cands: list[DraftClaim], at: int, price: bool, mode: str) -> list[Group]:
    """The groups of parts among the rates after an opener, with their totals — none unless every
    rate is a part of one (分产业看 with 城乡居民生活用电量 after: the industries are not all of it)."""
    sets = _section_sets(scope, cands, price)
    taken = {id(c) for g in sets for c in g.parts}
    if any(id(c) not in taken for c in _top_level(scope, cands, at)):
        return []
    out = []
    for g in sets:
        kinds = {measure(c.label) for c in g.parts} - {None}
        if len(kinds) > 1 or (not price and any(not_a_sum(c.label) for c in g.parts)):
            continue
        total = _section_total(scope, g, at, next(iter(kinds), None), price, mode)
        far = total is None and mode == "section" and not price
        if far:
            total = _named_whole(scope, g, at)
        regions = g.names == list(_REGIONS)
        if total is not None and regions and _levels_short(g.parts, total):
            continue  # the national total holds investment of no region (不分地区)
        if total is not None:
            g.total = total
            g.how = "linked" if price or regions or far else _section_how(scope, total, at)
            out.append(g)
    return out


def _after_a_section(scope: Scope, at: int) -> bool:
    """Whether the parts' sentence opens with 其中 right after a sentence of their paragraph that opens
    with a section's words and states no rate (分三大门类看，前三季度，制造业、…的占比为：6.4：5.8：87.8。
    其中：制造业增加值同比增长26.1%…): the parts are the section's."""
    s_start, _ = scope.sentence_of_offsets(at - 1, at)
    if s_start == 0 or scope.plain[s_start - 1] == "\n":
        return False
    before = scope.sentence_of_offsets(s_start - 1, s_start - 1)
    opener = _PARTS_OPENER.match(scope.text(*before))
    return opener is not None and "其中" not in opener.group(0) \
        and not any(rate_of(c) is not None for c in scope.in_span(*before))


#: The whole some sets of parts make up, by its name: the three industries the economy's value added
#: (地区生产总值), light and heavy industry and the three sections of industry the value added of
#: industry above the size (规模以上工业增加值).
_WHOLES_NAMED = ((_SETS[0], later(r"生产总值|GDP")),
                 (_SETS[7], later(r"(?:规模以上|规上)工业增加值")),
                 (_SETS[10], later(r"(?:规模以上|规上)工业增加值")))
#: How many paragraphs before a section its whole may be stated.
_WHOLE_PARAGRAPHS = 6


def _named_whole(scope: Scope, g: Group, opened: int) -> DraftClaim | None:
    """The whole a section's set of parts makes up, named as that whole (地区生产总值 for 第一、二、
    三产业, 规模以上工业增加值 for 轻工业 and 重工业), in a paragraph up to six before the parts' (other
    paragraphs between): the nearest such rate, for the time the parts' words name or none, of
    the same year against the same period a year before; *linked*."""
    pattern = next((p for members, p in _WHOLES_NAMED if tuple(g.names) == members), None)
    if pattern is None:
        return None
    first = min(g.parts, key=lambda c: c.figure.start)
    last = max(g.parts, key=lambda c: c.figure.start)
    when = _TIME.findall(scope.text(opened, first.figure.start))
    k = scope.index(first)
    before = scope.sentence(scope.claims[k - 1]) if k else (0, 0)
    if not when and "同比" not in scope.text(opened, last.figure.number_start) and any(
            _other_base(scope, c) for c in scope.in_span(*before)):
        return None  # 两年平均增长7.9%。按轻重工业分，轻工业增长8.0%: of which rates?
    for c in reversed(scope.claims[:scope.index(first)]):
        if len(compiled(r"\n\s*").findall(scope.plain[c.figure.end:opened])) > _WHOLE_PARAGRAPHS:
            return None
        if rate_of(c) is None or not exact(c) or scope.aside(c) or c.period != first.period \
                or _other_base(scope, c) or not pattern.search(name(c)) \
                or (tuple(g.names) == _INDUSTRIES and _A_SECTOR.search(name(c))):
            continue
        words = scope.text(scope.sentence(c)[0], c.figure.start)
        if "其中" in words:
            return None  # 工业增加值增长6.0%，其中规模以上工业增加值增长7.2%: of which?
        said = _TIME.findall(words)
        if when and (not said or _norm_time(said[-1]) != _norm_time(when[0])):
            continue
        return c
    return None


def _levels_short(parts: list[DraftClaim], total: DraftClaim) -> bool:
    """Whether parts and total all have levels, of one unit, that do not add up."""
    return all(is_level(c) and exact(c) and same_unit(c, total) for c in parts) and is_level(total) \
        and not _adds_up(parts, total)


def _top_level(scope: Scope, cands: list[DraftClaim], at: int) -> list[DraftClaim]:
    """The rates after an opener that are no item of a part's own 其中 (第二产业…，其中工业…)."""
    out: list[DraftClaim] = []
    end = at
    for c in cands:
        if "其中" not in scope.text(end, c.figure.start):
            out.append(c)
            end = c.end
    return out


def _section_sets(scope: Scope, cands: list[DraftClaim], price: bool) -> list[Group]:
    """The parts of a whole among the rates after an opener: one rate for each member of a set
    (the four quarters of a year by the words of their clause: 一季度同比增长18.3%)."""
    out = []
    for members in _PRICE_SETS if price else _SETS:
        options = [[c for c in cands if name(c).startswith(words)] for words in members]
        if all(len(o) == 1 for o in options) and len({id(o[0]) for o in options}) == len(members):
            out.append(Group([o[0] for o in options], list(members)))
    if not price:
        out.extend(_complements_in(cands))
        options = [[c for c in cands if _QUARTER_LEAD.sub("", scope.text(scope.clause(c)[0],
                                                                   c.figure.number_start))
                    .startswith(words[0])] for words in _QUARTERS]
        n = next((k for k in (4, 3, 2) if all(len(o) == 1 for o in options[:k])
                  and not any(options[k:])), None)  # 一季度…三季度: the first three, 前三季度
        if n is not None:
            out.append(Group([o[0] for o in options[:n]], list(_QUARTERS[:n])))
        out.extend(_respectively_named(scope, cands))
    return _largest(out)


def _respectively_named(scope: Scope, cands: list[DraftClaim]) -> list[Group]:
    """The rates of one 分别 list after words that name every member of a set in its order
    (采矿业、制造业、电力热力燃气及水生产和供应业增加值比上年同期分别增长7.1%、1.9%、7.0%)."""
    if len(cands) < 2:
        return []
    first = cands[0]
    words = scope.text(scope.sentence(first)[0], first.figure.number_start)
    if not words.endswith(("分别增长", "分别下降", "分别为", "分别")) and "分别" not in words[-8:]:
        return []
    if any(not compiled(r"[、和及与,，]").fullmatch(scope.text(a.end, b.figure.number_start))
           for a, b in pairwise(cands)):
        return []
    words = words[:words.rfind("分别")]
    for members in (*_SETS, _QUARTERS):
        if len(members) != len(cands):
            continue
        places = [min((words.find(w) for w in names if w in words), default=-1) for names in members]
        if all(at >= 0 for at in places) and places == sorted(places):
            return [Group(list(cands), list(members))]
    return []


def _section_total(scope: Scope, g: Group, opened: int, kind: str | None, price: bool,
                   mode: str) -> DraftClaim | None:
    """The total the parts split, a rate of the parts' measure (a price index for prices): after
    a section's words, the first in the parts' paragraph before them or, when they open their
    paragraph, in the paragraph just before; after a 其中 in a sentence, the rate just before it
    in the sentence; after a 其中 opening a sentence, the nearest before it in the paragraph.
    It is stated for the time the parts' words name (3月份 is not 1—3月份), and is never a part
    itself (after a 其中, or named as one of the parts). None when the sentence just before the parts
    holds a rate against another base and the parts name neither 同比 nor a time (环比上涨0.5%。
    其中，城市上涨0.4%: the parts are of that)."""
    first = min(g.parts, key=lambda c: c.figure.start)
    when = _TIME.findall(scope.text(opened, first.figure.start))
    line_start = scope.plain.rfind("\n", 0, opened) + 1
    line = first.line
    if not _PARTS_OPENER.sub("", scope.text(line_start, opened)):  # the parts open their paragraph
        line = _lead_line(scope, line_start)
    before = [c for c in scope.claims[:scope.index(first)] if c.line == line and c.figure.start < opened
              and rate_of(c) is not None and exact(c) and not scope.aside(c)]
    stops = [m.start() for m in compiled(r"[。！？!?]").finditer(scope.plain[:opened])]
    last = max(g.parts, key=lambda c: c.figure.start)
    year_on_year = when or "同比" in scope.text(opened, last.figure.number_start)
    if not year_on_year and any(_other_base(scope, c) for c in before
                                if c.figure.start > (stops[-2] if len(stops) > 1 else 0)):
        return None
    if mode == "inner":  # 其中 after the total's clause: the total is in its sentence
        s_start = scope.sentence_of_offsets(opened - 1, opened)[0]
        before = [c for c in before if c.figure.start >= s_start][-1:]
    elif mode == "lead":  # 其中 opening a sentence: the nearest total before
        before = before[::-1]
    if mode == "section" and any(_sub_total(scope, c, kind, price) for c in before):
        return None  # 工业增加值增长6.0%，其中规模以上工业增加值增长7.2%。分三大门类看: of which?
    for c in before:
        said = scope.text(scope.sentence(c)[0], c.figure.start)
        if _other_base(scope, c) or any(name(c).startswith(w) for ws in g.names for w in ws) \
                or "其中" in said or _PARTS_OPENER.match(said):
            continue
        if price:
            if not _PRICE_INDEX.search(c.label or ""):
                continue
        else:  # 国内生产总值1143670亿元，按不变价格计算，比上年增长8.1%: the measure its sentence names
            of = measure(c.label) or measure(_AT_PRICES.sub("", said))
            if of is None and g.names[0] == _QUARTERS[0] and _ECONOMY.search(c.label or ""):
                of = "增加值"  # 前三季度经济增长4.8%，其中一季度增长5.3%: the GDP's growth
            if of is None or (kind is not None and of != kind):
                continue
            if g.names == list(_INDUSTRIES) and _A_SECTOR.search(c.label or ""):
                continue  # the three industries make up the economy, never 规模以上工业
        a, _ = scope.sentence(c)
        said = _TIME.findall(scope.text(a, c.figure.start))
        if g.names == list(_QUARTERS):  # the four quarters make up a year
            if any(w != "全年" for w in said):
                continue
        elif g.names == list(_QUARTERS[:len(g.names)]):  # the first three, or two: 前三季度, 上半年
            if not said or said[-1] != _QUARTERS_MAKE[len(g.names)]:
                continue
        elif when and (not said or _norm_time(said[-1]) != _norm_time(when[0])):
            continue
        return c
    return None


#: A total that is one sector of the economy, or of one kind of owner: no whole of the three
#: industries (国有及国有控股投资73481亿元…分产业看，第一产业投资… splits all investment).
_A_SECTOR = later(r"工业|制造业|服务业|建筑业|产业|农林牧渔|农业|房地产|基础设施|民间|高技术|"
                  r"国有|非国有|外商|外资|内资|港澳台|私营|个体|集体")

_FOUR_QUARTERS = later(r"(?:四个季度|各季度|一至四季度|1-4季度|一、二、三、四季度)[^，,。；;：:]{0,12}?"
                       r"分别(?:同比|比上年同期)?(?:增长|为)?$")


def _listed_quarters(scope: Scope) -> list[Group]:
    """2021年四个季度GDP分别同比增长18.3%、7.9%、4.9%和4%: the four quarters' rates in a 分别 list,
    with the year's rate of their measure stated before (GDP增速达到8.1%, up to 30 lines before, for
    no part of the year): *linked*."""
    from .points import carried

    out = []
    for k, first in enumerate(scope.claims):
        if rate_of(first) is not first.figure or not exact(first) \
                or not _FOUR_QUARTERS.search(scope.text(scope.sentence(first)[0], first.figure.number_start)):
            continue
        run = [first]
        for c in scope.claims[k + 1:k + 4]:
            if rate_of(c) is not c.figure or not exact(c) \
                    or scope.text(run[-1].end, c.figure.number_start) not in ("、", "和", "及"):
                break
            run.append(c)
        kind = measure(first.label) or ("增加值" if _ECONOMY.search(name(first)) else None)
        if len(run) != 4 or kind is None:
            continue
        for c in reversed(scope.claims[:k]):
            if first.line - c.line > 30:
                break
            said = scope.text(scope.sentence(c)[0], c.figure.start)
            if rate_of(c) is not c.figure or not exact(c) or c.period != first.period \
                    or "季度" in (c.label or "") or "分别" in said or _other_base(scope, c):
                continue
            if (measure(c.label) or ("增加值" if _ECONOMY.search(name(c)) else None)) == kind \
                    and carried(scope, c) is None:
                out.append(Group(run, list(_QUARTERS), c, "linked"))
                break
    return out


def _sub_total(scope: Scope, c: DraftClaim, kind: str | None, price: bool) -> bool:
    """A rate of the parts' measure after a 其中 (其中规模以上工业增加值增长7.2%): a narrower total
    a section may split as well as the one before it."""
    said = scope.text(scope.sentence(c)[0], c.figure.start)
    if "其中" not in said or _other_base(scope, c):
        return False
    if price:
        return bool(_PRICE_INDEX.search(c.label or ""))
    of = measure(c.label) or measure(_AT_PRICES.sub("", said))
    return of is not None and (kind is None or of == kind)


def _lead_line(scope: Scope, line_start: int) -> int:
    """The line of the paragraph a section opening at line_start follows: the nearest paragraph
    before it that is no section itself (分三大门类看…。分轻、重工业看… both follow the total's)."""
    for _ in range(6):
        text = scope.plain[:line_start].rstrip()
        line_start = text.rfind("\n") + 1
        if not _PARTS_OPENER.match(text[line_start:]):
            break
    return scope.plain[:line_start].count("\n") + 1


def _other_base(scope: Scope, c: DraftClaim) -> bool:
    """A rate against another base than the same period a year before (环比, 两年平均, 当月)."""
    return bool(_OTHER_BASE.search((c.label or "") + "|"
                                   + scope.text(scope.sentence(c)[0], c.figure.number_start)))


def _norm_time(words: str) -> str:
    return compiled(r"[-—～~至]").sub("-", words.removesuffix("份"))


def _section_how(scope: Scope, total: DraftClaim, opened: int) -> str:
    """stated: the parts in the total's sentence, or opening the sentence right after it (in its
    paragraph or the next one); linked when other sentences stand between."""
    between = scope.plain[total.end:opened]
    stops = [m.end() for m in compiled(r"[。！？!?]").finditer(between)]
    return "stated" if len(stops) <= 1 and between.count("\n") <= 2 else "linked"


# --- the parts' shares, their changes and their contributions -----------------------------------
_RATIO_WORDS = later(r"比重|结构|构成|产业比|之比|比例|比为")
_ORDINAL = {"一": 0, "二": 1, "三": 2}


def _shares(scope: Scope, g: Group) -> None:
    """The ratio of the parts after them in their paragraph (中直与地方经济比重为31.3：68.7), in the
    parts' order — the later of two (三次产业比由上年的13.01:32.29:54.7调整为13.19:31.34:55.47: this
    period's) — and each share's change since the previous period (…比重比同期提高8.5个百分点)."""
    last = max(g.parts, key=lambda c: c.figure.start)
    group = _ratio_after(scope, last)
    if group:
        later_group = _ratio_after(scope, group[-1])
        if len(later_group) == len(group) and CHANGED_TO.fullmatch(
                scope.text(group[-1].end, later_group[0].figure.start)):
            group = later_group
    start = last
    if len(group) == len(g.parts):
        a, _ = scope.clause(group[0])
        words = scope.text(a, group[0].figure.start)
        order = _ratio_order(g, words) if _RATIO_WORDS.search(words) else None
        if order is not None:
            shares: list[DraftClaim | None] = [None] * len(g.parts)
            for i, share in zip(order, group, strict=True):
                shares[i] = share
            g.shares = [s for s in shares if s is not None]
            start = group[-1]
    g.changes = _changes(scope, g, start)


#: The words between a ratio and the one it changed to: 调整为, 演变为, 调整到2005年的.
CHANGED_TO = later(r"(?:调整|演变|转变|优化|改变|变化|变)(?:为|到|至|成)(?:(?:19|20)\d\d年)?的?")


def _ratio_after(scope: Scope, c: DraftClaim) -> list[DraftClaim]:
    """The terms of the first ratio after a claim in its paragraph, none past another figure."""
    group: list[DraftClaim] = []
    for d in scope.claims[scope.index(c) + 1:]:
        if d.line != c.line:
            break
        if "ratio_group" in d.figure.extra:
            if group and d.figure.extra["ratio_group"] != group[0].figure.extra["ratio_group"]:
                break
            group.append(d)
        elif group:
            break
    return group


def _ratio_order(g: Group, words: str) -> list[int] | None:
    """For each term of the ratio, the index of its part: the three industries in their order;
    named parts in the order the ratio names them (中直与地方, 公有与非公有); the parts' order when
    it names none."""
    if len(g.names) == 3 and g.names[0][0] == "第一产业":
        return [0, 1, 2]
    places = []
    taken = words
    for i in sorted(range(len(g.names)), key=lambda i: -max(len(w) for w in g.names[i])):
        at = min((taken.find(w) for w in g.names[i] if w in taken), default=-1)
        if at >= 0:
            word = next(w for w in g.names[i] if taken.find(w) == at)
            taken = taken[:at] + "\0" * len(word) + taken[at + len(word):]
        places.append((i, at))
    if all(at < 0 for _, at in places):
        return list(range(len(g.names)))
    if any(at < 0 for _, at in places):
        return None
    return [i for i, _ in sorted(places, key=lambda p: p[1])]


_CHANGE_WORDS = later(r"(?:比|较)(?:上年|去年)?同期|同比|比上年|比去年")
_YEAR_BEFORE = later(r"比上年|比去年")
_SUB_ANNUAL = later(r"季度|上半年|下半年|[1-9一二三四五六七八九十]{1,2}月|月份")
_STOCK_BASE = later(r"年末|年初|月末|季末")
_SHARE_WORD = later(r"比重|占比")
_WHOLE = later(r"占(.*?)(?:的)?(?:比重|比例)")
_OTHER_WHOLE = later(r"全国|全省|全区|全球|全世界|全市")
# what may stand between a part's name and its share: the measure, nothing of another subject
# (乡村零售额占比, 非公有制经济比重, 一三产业投资比重 — not 乡村网上零售额占比)
_FILLER = later(r"(?:制)?(?:经济|企业|单位|市场)?(?:消费品)?(?:实现的?|完成的?)?"
                     r"(?:增加值|投资|零售额|零售|收入额?|产值|营业收入|利润|营业额|销售额)?的?")
_BARE_CHANGE = later(r"(?:(?:比|较)(?:上年|去年)?同期|同比|比上年|比去年)?(?:的)?(?:比重|占比)"
                          r"(?:(?:比|较)(?:上年|去年)?同期|同比|比上年|比去年)?(?:分别)?"
                          r"(?:提高|上升|增加|下降|降低|减少|回落|扩大|缩小)了?")


def _changes(scope: Scope, g: Group, ratio_end: DraftClaim) -> list[DraftClaim | None]:
    """Each share's change in 百分点 against the same period of the year before, after the parts
    (or their ratio) in their paragraph: 一三产业比重分别比同期提高0.9、5.9个百分点，二产比重下降
    6.8个百分点; 非国有投资占全市固定资产投资比重为24.6%，比同期比重提高8.2个百分点.

    Only a share of the whole the parts make up (占比, 比重, 占<the total>比重: not 占全省比重
    unless the total is the province's), of the part itself (not of a part of it: 乡村网上零售额占比),
    against the same period of the year before (比同期, 同比; 比上年 only when no part of a year is
    named in the article; never 比上年末 or 比一季度)."""
    end = scope.plain.find("\n", ratio_end.figure.end)
    s_end = len(scope.plain) if end < 0 else end
    out: list[DraftClaim | None] = [None] * len(g.parts)
    start = ratio_end.figure.end
    listed: list[int] = []
    compared = False  # 比同期 said once for the changes that follow in its sentence (…，二产比重下降…)
    sentence = -1
    for c in scope.in_span(ratio_end.figure.end, s_end):
        q = c.figure.quantity
        words = scope.text(start, c.figure.start)
        start = c.end
        s_start, _ = scope.sentence(c)
        if s_start != sentence:
            sentence, compared = s_start, False
        if q is None or q.unit.dimension != "pp" or "拉动" in words:
            listed = []
            continue
        if listed and compiled(r"[、和及与]").fullmatch(words):
            i = listed.pop(0)
        else:
            listed = []
            # the figure's own words may hold the comparison (比上年同期下降0.1个百分点)
            clause = compiled(r"[，,；;。]").split(words)[-1] + scope.text(c.figure.start,
                                                                   c.figure.number_start)
            compared = compared or bool(_CHANGE_WORDS.search(clause))
            if not _SHARE_WORD.search(clause) or not compared or not _same_base(scope, clause):
                continue
            named = _named_as_subject(g, clause)
            if named is None:
                continue
            if not named:  # 非国有投资占全市固定资产投资比重为24.6%，比同期比重提高8.2个百分点
                named = _named_before(scope, g, c, clause)
            if not named or not _whole_is_total(scope, g, scope.text(s_start, c.figure.start)):
                continue
            i, listed = named[0], named[1:]
        if out[i] is None:
            out[i] = c
    return out if any(c is not None for c in out) and sum(c is None for c in out) <= 1 else []


def _same_base(scope: Scope, clause: str) -> bool:
    """The change is against the same period of the year before, as the parts' growth rates are:
    no other comparison in its clause (比一季度, 较上月), no year-end base (比上年末), and 比上年
    only in an article that names no part of a year (季度, 上半年, 月) anywhere."""
    rest = compiled(r"比重|占比|(?:比|较)(?:上年|去年)?同期|比上年|比去年").sub("", clause)
    if "比" in rest or "较" in rest or _STOCK_BASE.search(clause):
        return False
    if _YEAR_BEFORE.search(clause) and not compiled(r"同期").search(clause):
        return not _SUB_ANNUAL.search(scope.plain)  # a report on part of a year, wherever it says so
    return True


def _named_as_subject(g: Group, clause: str) -> list[int] | None:
    """The parts a change's clause names as the subject of the share (一三产业比重分别…: the first and
    the third industry); [] when it names none; None when what it names is not the part itself
    (乡村网上零售额占比: a share of a part of 乡村's sales)."""
    named = _named(g, clause)
    if not named:
        return []
    at = _SHARE_WORD.search(clause) or _WHOLE.search(clause)
    head = clause[:at.start()] if at else clause
    if "占" in head:
        head = head[:head.index("占")]
    tail = _after_names(g, head)
    return named if tail is not None and _FILLER.fullmatch(tail) else None


def _after_names(g: Group, words: str) -> str | None:
    """The words after the last name of a part in some words (一三产业投资 → 投资), None when no
    part is named."""
    if g.names and g.names[0][0] == "第一产业":
        found = list(compiled(r"第?[一二三](?:[、和及与]?第?[一二三])*(?:产业|产)").finditer(words))
        return words[found[-1].end():] if found else None
    ends = [words.rfind(w) + len(w) for names in g.names for w in names if w in words]
    return words[max(ends):] if ends else None


def _named_before(scope: Scope, g: Group, c: DraftClaim, clause: str) -> list[int]:
    """The part whose share a bare change is of (…比重为24.6%，比同期比重提高8.2个百分点; 乡村实现零售额
    39.7亿元，增长5.5%，占比比上年同期下降…): only when the change's clause is nothing but the change,
    its sentence names one part and no other, and every figure before it in the sentence is that
    part's or a share (no 其中 of something else: 乡村…，其中网上零售额…，占比…)."""
    if not _BARE_CHANGE.fullmatch(clause):
        return []
    s_start, _ = scope.sentence(c)
    before = scope.text(s_start, c.figure.start)
    named = set(_named(g, before))
    if len(named) != 1 or "其中" in before:
        return []
    [i] = named
    for other in scope.in_span(s_start, c.figure.start):
        if other is g.parts[i]:
            continue
        words = scope.text(scope.clause(other)[0], other.figure.start)
        if not is_share(other) or not _SHARE_WORD.search(words):
            return []
    return [i]


def _whole_is_total(scope: Scope, g: Group, words: str) -> bool:
    """The share is of the whole the parts make up: 占比 or 比重 alone, or 占 a whole of the
    total's measure (占全市固定资产投资比重) — not 占全省/全国… when the total is not of that place."""
    assert g.total is not None
    total = _subject(scope, g.total)
    for m in _WHOLE.finditer(words):
        whole = m.group(1)
        if not whole:
            continue
        if measure(whole) != measure(g.total.label):
            return False
        other = _OTHER_WHOLE.search(whole)
        if other and other.group(0) not in total:
            return False
    return True


def _named(g: Group, words: str) -> list[int]:
    """The parts some words name, in order: 一三产业 → the first and the third industry, 二产 → the
    second, 非油经济 → 非油 (not 油)."""
    if g.names and g.names[0][0] == "第一产业":
        m = compiled(r"第?([一二三](?:[、和及与]?第?[一二三])*)(?:产业|产)").search(words)
        return [] if m is None else [_ORDINAL[ch] for ch in m.group(1) if ch in _ORDINAL]
    hits = []
    taken = words
    for i in sorted(range(len(g.names)), key=lambda i: -max(len(w) for w in g.names[i])):
        for w in sorted(g.names[i], key=len, reverse=True):
            at = taken.find(w)
            if at >= 0:
                hits.append((at, i))
                taken = taken[:at] + "\0" * len(w) + taken[at + len(w):]
                break
    return [i for _, i in sorted(hits)]


#: The words of a contribution: 拉动GDP增长, 上拉全市工业增加值增速 (长治统计局), 下拉全区增速 (华龙区统计).
_PULL = later(r"拉动|上拉|下拉|拉低")
_DOWN = later(r"负向拉动|负拉动|拉低|下拉|向下拉动")


def _pulls(scope: Scope, g: Group) -> None:
    """Each part's contribution to the total's growth (拉动…个百分点): in the part's own clauses, or
    after the part's name in the sentence of the ratio."""
    parts = sorted(range(len(g.parts)), key=lambda i: g.parts[i].figure.start)
    line = g.parts[0].line
    first = min(p.figure.start for p in g.parts)
    for c in scope.claims:
        q = c.figure.quantity
        if c.line != line or c.figure.start < first or q is None or q.unit.dimension != "pp":
            continue
        a, _ = scope.clause(c)
        words = scope.text(a, c.figure.start)
        if not _PULL.search(words) or not _names_total(g, words):
            continue
        i = _owner(scope, g, parts, c)
        if i is None or i in g.pulls:
            continue
        signed = c.figure.quantity.interval.hi is not None and c.figure.quantity.interval.hi < 0
        g.pulls[i] = (c, bool(_DOWN.search(words)) and not signed)  # 负向拉动 read as −8.7 already


def _owner(scope: Scope, g: Group, order: list[int], c: DraftClaim) -> int | None:
    """The part a contribution is of: the part whose clauses it follows within the part's sentence,
    or the part the sentence names last before it (…，地方经济比重比同期提高8.5个百分点，拉动…)."""
    s_start, _ = scope.sentence(c)
    for i in reversed(order):
        p = g.parts[i]
        if p.figure.start < c.figure.start and scope.sentence(p)[0] == s_start:
            return i
    named = _named(g, scope.text(s_start, c.figure.start))
    return named[-1] if named else None


#: A region alone after a contribution's word, with the rate of its whole: 下拉全区增速, 拉动全市增长.
_REGION_ALONE = later(r"(?:全国|全省|全市|全区|全县)(?:的)?(?:增速|增长|增幅)?")


def _names_total(g: Group, words: str) -> bool:
    """拉动 names the total the parts make up (拉动GDP增长, 拉动全市经济增长, 拉动全市投资), not
    one of the parts or another whole (拉动第一产业增长)."""
    after = words[[m.end() for m in _PULL.finditer(words)][-1]:]
    if any(w in after for names in g.names for w in names):
        return False
    kind = measure(g.total.label if g.total else None)
    if _REGION_ALONE.fullmatch(after):
        return True  # 下拉全区增速2.4个百分点: the region's whole the parts make up
    if kind == "增加值":
        return bool(compiled(r"GDP|经济|生产总值|规上工业|工业").search(after))
    return bool(kind and (kind in after or (kind == "零售" and "消费" in after)))


# --- the checks ------------------------------------------------------------------------------
_OF_THE_WHOLE = later(r"占(?:比)?(?:为|达)?$")


def _own_shares_fall_short(scope: Scope, g: Group) -> bool:
    """Each part states its own share (民营企业进出口4.12万亿元，…占60.5%；外商投资企业…占33.9%；国有企业
    …占5.4%) and the shares cannot reach 100%: the parts leave out the rest of the whole (other kinds
    of firms), whose levels only happen to add up to the total within rounding."""
    parts = sorted(g.parts, key=lambda c: c.figure.start)
    total = Fraction(0)
    for p, nxt in zip(parts, [*parts[1:], None], strict=True):
        _, s_end = scope.sentence(p)
        stop = min(s_end, nxt.figure.start) if nxt is not None else s_end
        share = next((c for c in scope.in_span(p.end, stop) if is_share(c)
                      and _OF_THE_WHOLE.search(scope.before(c))), None)
        hi = share.figure.quantity.checked_interval.hi if share is not None else None
        if hi is None:
            return False
        total += hi
    return total < 1
def _composition(scope: Scope, g: Group) -> list[Found]:
    assert g.total is not None
    fields: dict = {"composition": g.total.id, "parts": [p.id for p in g.parts]}
    if g.shares is not None:
        fields["shares"] = [s.id for s in g.shares]
    if g.changes:
        fields["changes"] = [None if c is None else c.id for c in g.changes]
    if tuple(g.names) != _INDUSTRIES and all(measure(c.label) is None for c in (g.total, *g.parts)):
        fields["approximate"] = True  # a measure of no known name: its previous levels may be revised
    found = [Found("composition", fields, g.how, g.parts[0], "the parts that make up the total",
                   f"{g.total.id}_composition")]
    if tuple(g.names) != _INDUSTRIES and all(  # the three industries' levels: breakdown.py
            is_level(c) and exact(c) and same_unit(c, g.total) for c in (g.total, *g.parts)) \
            and not _own_shares_fall_short(scope, g):
        found.append(Found("breakdown", {"breakdown": g.total.id, "parts": [p.id for p in g.parts],
                                         "exhaustive": True}, g.how, g.parts[0],
                           "the levels of the parts that make up the total",
                           f"{g.total.id}_levels"))
    if g.changes and all(c is not None for c in g.changes):
        changes = [c for c in g.changes if c is not None]
        found.append(Found("breakdown", {"breakdown": "0个百分点", "parts": [c.id for c in changes]},
                           "stated", changes[0], "the changes of the shares of a whole's parts",
                           "share_changes_sum"))
    return found


def _contributions(scope: Scope, g: Group) -> list[Found]:
    assert g.total is not None
    found = []
    total = g.total
    if len(g.pulls) == len(g.parts):
        pulls = [g.pulls[i] for i in range(len(g.parts))]
        fields: dict = {"contribution": [c.id for c, _ in pulls], "to": total.id}
        down = [c.id for c, is_down in pulls if is_down]
        if down:
            fields["negative"] = down
        how = "stated" if all(scope.same_sentence(c, total) for c, _ in pulls) else "linked"
        found.append(Found("contribution", fields, how, pulls[0][0],
                           "the contributions of the parts that make up the total",
                           f"{total.id}_contributions"))
    real = total.basis == "real" or any(p.basis == "real" for p in g.parts)
    for i, (c, is_down) in sorted(g.pulls.items()):
        part = g.parts[i]
        fields = {"contribution": c.id, "part": part.id, "to": total.id}
        if is_down:
            fields["negative"] = [c.id]
        if g.shares is not None and g.changes and g.changes[i] is not None:
            fields["part_share"] = g.shares[i].id
            fields["share_change"] = g.changes[i].id
        elif real:
            continue  # levels and this period's shares say nothing exact about real growth
        elif not (is_level(part) and is_level(total) and same_unit(part, total)):
            if g.shares is None:
                continue
            fields["part_share"] = g.shares[i].id
        found.append(Found("contribution", fields, "linked", c, "a part's contribution (拉动)",
                           f"{part.id}_contribution"))
    return found


# --- the levels n years before, from the average growth over the years -------------------------
_YEARS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5}
_AVERAGE_OVER = later(r"([两二三四五])年(?:平均|年均)(?:增长|增速|增幅)?(?:为|达|是)?$")
_ID = later(r"[a-z_][a-z0-9_]*")


def _over_years(scope: Scope, g: Group) -> list[Found]:
    """The parts' levels n years before add up to the total's: each level divided by (1 + its
    average growth over the n years)ⁿ — nominal levels with nominal rates only."""
    assert g.total is not None
    claims = [g.total, *g.parts]
    if any(c.basis is not None or not (is_level(c) and exact(c) and same_unit(c, g.total))
           or not _ID.fullmatch(c.id) for c in claims):
        return []
    averages = [_average_after(scope, c) for c in claims]
    if any(a is None for a in averages) or len({n for _, n in averages}) != 1:
        return []
    [n] = {n for _, n in averages}

    def before(level: DraftClaim, average: DraftClaim) -> str:
        return f"{level.id} / (1 + {average.id})^{n}"

    terms = [before(c, a) for c, (a, _) in zip(claims, averages, strict=True)]
    return [Found("expect", {"expect": f"{terms[0]} == {' + '.join(terms[1:])}"}, g.how,
                  averages[1][0], "the levels of the parts and of the total over the years",
                  f"{g.total.id}_over_years")]


def _average_after(scope: Scope, level: DraftClaim) -> tuple[DraftClaim, int] | None:
    """The average growth over n years stated right after a level and its rate, on its line
    (…，同比增长12.6%，两年平均增长6.3%), with n."""
    k = scope.index(level)
    if k + 1 >= len(scope.claims):
        return None
    average = scope.claims[k + 1]
    rate = rate_of(average)
    if average.line != level.line or rate is not average.figure or not exact(average) \
            or average.basis is not None or not _ID.fullmatch(average.id):
        return None
    m = _AVERAGE_OVER.search(scope.text(scope.clause(average)[0], average.figure.number_start))
    if m is None or len(scope.text(level.end, average.figure.start)) > 12:
        return None
    return average, _YEARS[m.group(1)]
