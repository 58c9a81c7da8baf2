"""Proportions: the levels of the parts of a whole followed by their ratio — 中直经济增加值384.8亿元
…地方经济增加值843.2亿元。中直与地方经济比重为31.3：68.7 — say that each part is that share of the
parts together (*stated*), when the terms make 100 (城乡收入比为1.71:1 is a quotient, no shares);
the parts of such a ratio make up the whole, so they add up to the total the article states for
it earlier, the GDP of the same period (*linked*). The three industries of a ratio of them are
found by their names when a part of one (其中工业增加值) or another level stands among them.
A ratio printed to make exactly 100 with a term
one step off its level's share (5.1:42.5:52.4 for 52.47) was adjusted by its writer: only that
term is tested, linked. The shares of age groups that cover
every age (0—14岁, 15—59岁, 60岁及以上) make up 100% (:func:`age_groups`), also when a 其中 opens
them after their population (常住人口10162.79万人。其中，0-14岁人口占总人口的17.86%，…).
"""

from __future__ import annotations

from fractions import Fraction
from itertools import pairwise

from ..interval import DivisionByZero, Interval
from ..patterns import compiled, later
from .claims import DraftClaim
from .composition import not_a_sum
from .scope import Found, Scope, exact, is_level, is_share, same_unit

__all__ = ["age_groups", "find", "how_of_100"]

_WHOLE = later(r"生产总值|GDP")
_ADDED = later(r"增加值$")
#: A five-year plan named as a period: “十五”, 十一五, “九五”.
_PLAN = r"[“\"'‘]?(?:[七八九]|十[一二三四五六]?)五[”\"'’]?"
#: 由/从 and an earlier period, the start of a change of ratio (比重由上年同期的2.1:58.9:39.0变化为…);
#: the period may end in 末/底 and name the plan and the year: 由“十五”末2005年的12.0 :48.7 :39.3转变为…,
#: 由2005年末的, 由“十五”期末.
_FROM = later(r"[由从](?:(?:上年同期|去年同期|上年|去年|同期|年初|(?:19|20)\d\d年|" + _PLAN
              + r")(?:期?末|底|初)?){0,2}的?$")


def find(scope: Scope) -> list[Found]:
    found: list[Found] = []
    for group in _groups(scope):
        if abs(sum(c.figure.quantity.value for c in group) - 100) > 1:
            continue  # 城乡收入比为1.71:1: a quotient of two levels, not their shares of 100
        if _FROM.search(scope.text(scope.clause(group[0])[0], group[0].figure.start)):
            continue  # 比重由上年同期的2.1:58.9:39.0变化为…: the shares of another period
        parts = _parts_before(scope, group)
        if parts is not None:
            parts = _in_ratio_order(scope, parts, group)
        if parts is None:
            parts = _industries_named(scope, group)
        if parts is None:
            continue
        names = [p.id for p in parts]
        total = _total(scope, parts)
        adjusted = _adjusted(parts, group)
        if adjusted is None:
            for part, share in zip(parts, group, strict=True):
                found.append(Found("share", {"share": part.id, "of": names, "is": share.id}, "stated",
                                   share, "parts with their ratio", f"{part.id}_share"))
        else:  # only the terms one step off, once each: against the total, else the parts
            for part, share in adjusted:
                found.append(Found("share", {"share": part.id, "of": total.id if total else names,
                                             "is": share.id}, "linked", share,
                                   "a ratio term adjusted by one step to make 100", f"{part.id}_share"))
        if total is not None:
            found.append(Found("breakdown", {"breakdown": total.id, "parts": names,
                                             "exhaustive": True}, "linked", parts[0],
                               "parts whose ratio makes up the whole", f"{total.id}_parts"))
            for part, share in zip(parts, group, strict=True) if adjusted is None else ():
                found.append(Found("share", {"share": part.id, "of": total.id, "is": share.id},
                                   "linked", share, "a part's share of the whole it makes up",
                                   f"{part.id}_share_of_{total.id}"))
    return found + age_groups(scope)


def _adjusted(parts: list[DraftClaim], group: list[DraftClaim]
              ) -> list[tuple[DraftClaim, DraftClaim]] | None:
    """The terms of a ratio printed to make exactly 100 (5.1:42.5:52.4) that are one last-digit
    step off the share their part's level gives (187.07 of 356.56 is 52.47, printed 52.4): the
    writer adjusted them so that the terms add up. None when no term is off, or one is off by more.
    Such a slip is a warning at most, and one finding: only those terms are tested, linked."""
    if sum(c.figure.quantity.value for c in group) != 100:
        return None
    try:
        whole = sum((p.figure.quantity.interval for p in parts[1:]), parts[0].figure.quantity.interval)
        shares = [(p.figure.quantity.interval / whole).scale(Fraction(100)) for p in parts]
    except DivisionByZero:
        return None
    terms = list(zip(parts, group, shares, strict=True))
    if not all(computed.intersects(_one_step(c)) for _, c, computed in terms):
        return None
    off = [(p, c) for p, c, computed in terms if not computed.intersects(c.figure.quantity.interval)]
    return off or None


def how_of_100(members: list[DraftClaim], whole: Fraction) -> str:
    """How shares that make up a whole (三次产业结构5.1:42.5:52.6, 比重分别为…) are tied to it:
    stated, but linked — a warning at most — when their sum misses the whole by no more than one
    step of the last digit beyond their rounding (5.1 + 42.5 + 52.6 = 100.05–100.35): a term
    adjusted a step too far, not a wrong figure."""
    intervals = [c.figure.quantity.interval for c in members]
    if any(iv.lo is None or iv.hi is None for iv in intervals):
        return "stated"
    gap = sum(intervals[1:], intervals[0]).distance(Interval.point(whole))
    step = max(_one_step(c).hi - c.figure.quantity.value for c in members)
    return "linked" if 0 < gap <= step else "stated"


def _one_step(c: DraftClaim) -> Interval:
    """The values within one step of the last written digit either way (52.4 → [52.3, 52.5])."""
    q = c.figure.quantity
    step = q.step if q.step is not None else q.interval.hi - q.interval.lo
    return Interval(q.value - step, q.value + step, True, True)


def _groups(scope: Scope) -> list[list[DraftClaim]]:
    groups: dict[str, list[DraftClaim]] = {}
    for c in scope.claims:
        key = c.figure.extra.get("ratio_group")
        if key is not None:
            groups.setdefault(key, []).append(c)
    return [g for g in groups.values() if len(g) >= 2]


def _parts_before(scope: Scope, group: list[DraftClaim]) -> list[DraftClaim] | None:
    """The levels of the parts, right before the ratio in its paragraph: as many as its terms,
    of one unit, and no other level of that unit between them and the ratio."""
    k = scope.index(group[0])
    line = group[0].line
    levels = [c for c in scope.claims[:k] if c.line == line and is_level(c) and exact(c)
              and c.figure.quantity.unit.dimension not in ("ratio", "number")]
    if len(levels) < len(group):
        return None
    parts = levels[-len(group):]
    if not all(same_unit(p, parts[0]) for p in parts):
        return None
    earlier = levels[:-len(group)]
    if earlier and same_unit(earlier[-1], parts[0]) and earlier[-1].line == line \
            and not _INDUSTRY_GDP(earlier[-1]):
        return None  # a level of the same unit before the parts: which ones the ratio is of is unclear
    return parts


_ORDINALS = (("第一产业", "一产"), ("第二产业", "二产"), ("第三产业", "三产"))
#: A ratio of the three industries (三次产业结构, 三大产业比例, 一二三产): its terms are of the
#: industries only — levels before it that are not the industries' are none of its parts
#: (生产总值1097亿元、规模以上工业增加值269.7亿元、一般公共预算收入48.6亿元、税费收入144.8亿元，…，
#: 三次产业结构调整优化为9.7:47.3:43).
_INDUSTRIES = later(r"三次产业|三大产业|一二三产|一、二、三产")


def _in_ratio_order(scope: Scope, parts: list[DraftClaim], group: list[DraftClaim]
                    ) -> list[DraftClaim] | None:
    """The parts in the order of the ratio's terms: the three industries in their order (三次产业
    比为3.9：59.5：36.6 after 第一、第三、第二产业), named parts in the order the ratio names them
    (中直与地方经济比重为31.3：68.7), else the order of the text when the ratio names no part;
    None when the order cannot be told."""
    labels = [p.label or "" for p in parts]
    ranks = [next((i for i, words in enumerate(_ORDINALS) if any(w in lab for w in words)), None)
             for lab in labels]
    if all(r is not None for r in ranks) and len(set(ranks)) == len(ranks):
        return [p for _, p in sorted(zip(ranks, parts, strict=True), key=lambda rp: rp[0])]
    a, _ = scope.clause(group[0])
    ratio_words = scope.text(a, group[0].figure.start)
    if _INDUSTRIES.search(ratio_words):
        return None  # 三次产业结构…为9.7:47.3:43 after 规模以上工业增加值、一般公共预算收入、税费收入
    keys = _distinct(labels)
    places = _places_of(keys, ratio_words)
    if all(p >= 0 for p in places) and len(set(places)) == len(places):
        return [p for _, p in sorted(zip(places, parts, strict=True), key=lambda pp: pp[0])]
    if not any(k and k[:1] in ratio_words for k in keys):
        return parts  # the ratio names no part: the text's order
    return None


#: What a level of an industry is of, its industry's name and the verb before the figure aside
#: (第二产业实现增加值 → 增加值)
_OF_INDUSTRY = later(r"第[一二三]产业|[一二三]产|实现|完成|为|达到|达")
#: Measures other than value added that a ratio of the three industries may be of
_OTHER_MEASURE = later(r"投资|就业|从业|用电|人员|税收|贷款")


def _industries_named(scope: Scope, group: list[DraftClaim]) -> list[DraftClaim] | None:
    """The levels of the three industries that a ratio of them (三次产业结构, 三次产业比) is of,
    found by their names when other levels of the unit stand among them in its paragraph — a part
    of one (第二产业增加值76.85亿元，其中，工业增加值62.5亿元；第三产业增加值136.01亿元。三次产业比…) or
    a level after them (人均生产总值为82304元。三次产业结构10.3:47.5:42.2): for each industry the
    last level before the ratio named for it, in their order, in one unit, of one measure — value
    added unless the ratio names another (三次产业投资结构 of 第一产业投资 …). Not when a level of the unit
    before them is no GDP (the industries of 民营经济), nor when another ratio (not the base of a change,
    由上年的…) or a GDP stands between them and the ratio (its own parts are another year's)."""
    if len(group) != len(_ORDINALS):
        return None
    a, _ = scope.clause(group[0])
    ratio_words = scope.text(a, group[0].figure.start)
    if not _INDUSTRIES.search(ratio_words):
        return None
    k = scope.index(group[0])
    levels = [c for c in scope.claims[:k] if c.line == group[0].line and is_level(c) and exact(c)
              and c.figure.quantity.unit.dimension not in ("ratio", "number")]
    parts = []
    for words in _ORDINALS:
        named = [c for c in levels if c.label and any(w in c.label for w in words)]
        if not named:
            return None
        parts.append(named[-1])
    if any(scope.index(x) >= scope.index(y) for x, y in pairwise(parts)) or \
            not all(same_unit(p, parts[0]) for p in parts):
        return None
    before = [c for c in levels[:levels.index(parts[0])] if same_unit(c, parts[0])]
    if before and not _INDUSTRY_GDP(before[-1]):
        return None  # 民营经济增加值162.4亿元。其中，第一产业…: the industries of another whole
    between = scope.claims[scope.index(parts[-1]) + 1:k]
    firsts = {c.figure.extra["ratio_group"]: c for c in reversed(between) if "ratio_group" in c.figure.extra}
    for c in between:
        other = firsts.get(c.figure.extra.get("ratio_group", ""))
        if (other is not None and not _FROM.search(scope.text(scope.clause(other)[0], other.figure.start))) \
                or (is_level(c) and same_unit(c, parts[0]) and _INDUSTRY_GDP(c) and not not_a_sum(c.label)):
            return None  # …结构为6.0:46.9:47.1。…2021年全县生产总值…为972846万元，…结构为5.5:50.6∶43.9
    measures = {_OF_INDUSTRY.sub("", p.label or "") for p in parts}
    if len(measures) != 1:
        return None
    measure = measures.pop()
    if (measure.endswith("增加值") and not _OTHER_MEASURE.search(ratio_words)) or \
            (measure and measure in ratio_words):
        return parts
    return None


def _distinct(labels: list[str]) -> list[str]:
    """What names each part: its label up to 经济/产业/企业/部门 (中直经济实现增加值 → 中直,
    非油经济实现增加值 → 非油)."""
    return [compiled(r"经济|产业|企业|部门|实现|完成").split(lab)[0] for lab in labels]


def _places_of(keys: list[str], words: str) -> list[int]:
    """Where the ratio's words name each part: its name, or the longest beginning of it they
    hold (公有制 in 公有与非公有制经济比重); -1 when they do not. The longest names are placed
    first and their words taken out (非公有制 before 公有制, which it holds)."""
    places = [-1] * len(keys)
    for i in sorted(range(len(keys)), key=lambda i: -len(keys[i])):
        key = keys[i]
        for end in range(len(key), 0, -1):
            at = words.find(key[:end])
            if at >= 0:
                places[i] = at
                words = words[:at] + "\0" * end + words[at + end:]
                break
    return places


def _INDUSTRY_GDP(c: DraftClaim) -> bool:
    return bool(c.label and _WHOLE.search(c.label))


def _total(scope: Scope, parts: list[DraftClaim]) -> DraftClaim | None:
    """The whole the parts make up, stated earlier: a GDP when the parts are value added, else
    the total the parts with their growth rates make up (全市固定资产投资247.4亿元 … 第一产业完成
    投资16.9亿元…三次产业投资比重为6.8：77.3：15.9)."""
    if not all(p.label and _ADDED.search(p.label) for p in parts):
        from .composition import groups

        ids = {id(p) for p in parts}
        return next((g.total for g in groups(scope)
                     if g.total is not None and {id(p) for p in g.parts} == ids), None)
    k = scope.index(parts[0])
    for c in reversed(scope.claims[:k]):
        if parts[0].line - c.line > 12:
            return None
        if is_level(c) and exact(c) and same_unit(c, parts[0]) and c.period == parts[0].period \
                and c.label and _WHOLE.search(c.label) and not not_a_sum(c.label):
            return c  # 人均地区生产总值74331元 is no whole of the industries
    return None


_BAND = later(r"(\d+)\s*岁?\s*[-—–~～至到]\s*(\d+)\s*(?:周岁|岁)")
_BAND_UP = later(r"(\d+)\s*(?:周岁|岁)(?:及\1(?:周岁|岁))?(?:及|或)?以上")
_WORKING_AGE = later(r"劳动年龄")


def _band(words: str) -> tuple[int, int | None] | str | None:
    """The age band the words before a share name: 0—14岁 (0, 14), 60岁及以上 (60, None), the
    working age (劳动年龄, between the young and the old), or None."""
    found: list[tuple[int, tuple[int, int | None] | str]] = []
    found += [(m.start(), (int(m.group(1)), int(m.group(2)))) for m in _BAND.finditer(words)]
    found += [(m.start(), (int(m.group(1)), None)) for m in _BAND_UP.finditer(words)]
    found += [(m.start(), "working") for m in _WORKING_AGE.finditer(words)]
    return max(found, key=lambda f: f[0])[1] if found else None


def age_groups(scope: Scope) -> list[Found]:
    """The shares of the age groups of a population, one after another in a paragraph (0—14岁人口
    为…，占17.95%；15—59岁人口为…，占63.35%；60岁及以上人口为…，占18.70%，其中65岁及以上…): when
    their bands cover every age once — from 0, each starting the year after the one before ends,
    the last open (及以上), 劳动年龄 the years between the young and the old — they make up 100%.
    A 其中 band is a part of the band before it and is left out."""
    found: list[Found] = []
    run: list[tuple[DraftClaim, tuple[int, int | None] | str]] = []

    def flush() -> None:
        covered = _covers_every_age([b for _, b in run])
        if covered is not None:
            members = [m for m, _ in run]
            how = "linked" if covered == "working" else how_of_100(members, Fraction(1))
            found.append(Found("breakdown", {"breakdown": "100%", "parts": [m.id for m in members]},
                               how, members[0], "the shares of age groups that cover every age",
                               "age_shares_sum"))
        run.clear()

    end = 0
    for c in scope.claims:
        if not is_share(c) or not exact(c):
            continue
        paragraph = scope.plain.rfind("\n", 0, c.figure.start) + 1
        words = scope.text(max(end, paragraph), c.figure.number_start)
        if run and end < paragraph:
            flush()
        end = c.end
        if "其中" in words and run:
            continue  # 其中65岁及以上人口…，占13.50%: a part of the band before (其中 before the first
            # band opens the list of the total before it: 常住人口10162.79万人。其中，0-14岁人口占…)
        band = _band(words)
        if run and (band is None or band in [b for _, b in run]
                    or (isinstance(band, tuple) and band[0] == 0
                        and any(isinstance(b, tuple) and b[0] == 0 for _, b in run))):
            flush()  # a share of no band, or the bands of another population start again
        if band is not None:
            run.append((c, band))
    flush()
    return found


def _covers_every_age(bands: list) -> str | None:
    """"exact" when the bands cover every age once, "working" when they do with 劳动年龄 in the
    gap between the young and the old; None otherwise."""
    if len(bands) < 2 or bands.count("working") > 1:
        return None
    spans = sorted(b for b in bands if b != "working")
    if spans[0][0] != 0 or spans[-1][1] is not None or any(b[1] is None for b in spans[:-1]):
        return None
    gaps = [(a[1] + 1, b[0]) for a, b in pairwise(spans) if a[1] + 1 != b[0]]
    if "working" in bands:
        return "working" if len(gaps) == 1 and gaps[0][0] < gaps[0][1] else None
    return "exact" if not gaps else None
