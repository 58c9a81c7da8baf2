"""Multiples: 翻番 / 翻倍 / 翻两番 / 增长x倍 with the two levels it compares in its sentence
(*stated*), or with its sentence's level and the one of an earlier year the sentence before ends
with (2017年…达到201万。2021年…达到377万，…翻了近一番: *linked*) — *stated* when the doubling
names the span between those years (5年间: 2017 to 2021, counted either way). Growth rates before a
doubling a span of years governs (20%甚至30%的增幅，…三四年就翻一番) compound to it: no multiple.

A level that is 是全国平均数的x倍 (全国平均水平, 全省的) is a multiple of the region's level of the
same measure the article states before, its only one (义乌市人均可支配收入为77468元/年，是全国平均数的
2.2倍, with 全国居民人均可支配收入是35128元 earlier; never its 中位数): *stated*, wherever the
region's level is — the words name the region, the average and (by the subject) the measure, and
the article states one level of them — unless the subject names a group of people (城镇居民) the
region's level does not. An income per year (元/年) and a year's income (元) are the
same money."""

from __future__ import annotations

import bisect

from ..figures import Figure, clause_span
from ..patterns import compiled, later
from .claims import DraftClaim
from .composition import measure
from .scope import Found, Scope, exact, is_level, same_unit

__all__ = ["find"]

_YEAR_OPENING = later(r"^((?:19|20)\d\d)年")


def find(scope: Scope) -> list[Found]:
    found: list[Found] = []
    for fig in scope.draft.figures:
        if not fig.extra.get("doubling") or fig.quantity is None:
            continue
        sa, _ = scope.sentence_of_offsets(fig.start, fig.end)
        levels = [c for c in scope.in_span(sa, fig.start) if is_level(c) and exact(c)
                  and c.figure.quantity.unit.dimension != "time"]  # 两年翻了一番: the span
        if levels and _of_each_counted(scope, levels[-1], fig):
            continue
        if len(levels) >= 2 and same_unit(levels[-2], levels[-1]) \
                and not _rates_compounding(scope, sa, fig, levels[-2:]):
            (before, after), how = _in_time_order(scope, levels[-2], levels[-1]), "stated"
        elif len(levels) == 1 and (earlier := _of_the_year_before(scope, sa, levels[0])):
            (before, years), after = earlier, levels[0]
            how = "stated" if _names_the_span(scope, sa, fig, years) else "linked"
        else:
            scope.draft.comments.append(
                f"line {fig.line}: «{scope.clause_text(fig.start, fig.end)}» says something doubled "
                f"({fig.written}); the article states no levels before and after in the sentence")
            continue
        factor = (_multiple_written(scope, fig, levels[-1]) if how == "stated" else None) \
            or _factor_claim(scope, fig, after)
        found.append(Found("multiple", {"multiple": after.id, "of": before.id,
                                        "factor": factor.id}, how, after,
                           f"«{fig.written}» with both levels", f"{after.id}_multiple"))
    return found + _of_the_region(scope)


#: A firm's results, which a count of firms is not: 63家业绩预增翻倍, 40家盈利翻番.
_RESULTS = later(r"业绩|净利|盈利|营收")


def _of_each_counted(scope: Scope, count: DraftClaim, fig: Figure) -> bool:
    """A count of members followed by the measure that doubles (有155家公司预计上半年净利润最高翻倍,
    63家业绩预增翻倍): each member's amount doubles, not the count."""
    words = scope.text(count.end, fig.start)
    return count.figure.quantity.unit.dimension == "count" \
        and (measure(words) is not None or _RESULTS.search(words) is not None)


#: The words after a percentage that name it a rate of growth: 20%甚至30%的增幅, 10%的增长.
_GROWTH_NAMED = later(r"^的?(?:同比)?(?:增幅|增速|增长率|增长|涨幅)")


def _rates_compounding(scope: Scope, sa: int, fig: Figure, pair: list[DraftClaim]) -> bool:
    """Two growth rates before a doubling that a span of years governs (动辄20%甚至30%的增幅，…大概
    三四年就翻一番): the doubling is what such growth compounds to over the years (1.2⁴, 1.3³), the
    rates are not the levels before and after it (渗透率从10%提高到20%，三年翻了一番 are)."""
    if any(c.figure.quantity.unit.dimension != "ratio" for c in pair) \
            or not _GROWTH_NAMED.match(scope.text(pair[-1].end, pair[-1].end + 6)):
        return False
    a, _ = clause_span(scope.plain, fig.start, fig.end)
    return any(c.figure.quantity is not None and c.figure.quantity.unit.dimension == "time"
               for c in scope.in_span(max(a, sa), fig.start))


_OF_REGION = later(r"(?:是|为|相当于)(全国|全省|全市|全区)(?:居民)?"
                   r"(?:的?平均数|的?平均水平|的?平均值|的?平均)?的$")
_PER_HEAD = later(r"人均|平均")
_NOT_THE_MEAN = later(r"中位数")
#: The groups of people a measure may be of: a level of one is no plain multiple of all residents'.
_GROUP = later(r"城镇|农村|城市|乡村|农民|职工|在岗")
_MEASURE = later(r"可支配收入|纯收入|消费支出|生产总值|GDP|工资|储蓄存款|存款|收入")


def _measure(text: str) -> str | None:
    """What a level measures, by its last measure word (可支配收入, 生产总值 …)."""
    found = _MEASURE.findall(text)
    return found[-1] if found else None


def _of_the_region(scope: Scope) -> list[Found]:
    """是全国平均数的2.2倍 after a level: the level over the region's level of its measure."""
    found: list[Found] = []
    for k, factor in enumerate(scope.claims):
        q = factor.figure.quantity
        if q is None or q.unit.dimension != "factor" or factor.figure.change_word:
            continue
        words = scope.text(scope.clause(factor)[0], factor.figure.number_start)
        region = _OF_REGION.search(words)
        if region is None:
            continue
        s_start, _ = scope.sentence(factor)
        level = next((c for c in reversed(scope.claims[:k]) if c.figure.start >= s_start
                      and (is_level(c) or c.figure.quantity.unit.dimension == "factor")), None)
        if level is None or not is_level(level) or not exact(level):
            continue
        subject = (level.label or "") + words
        base = _region_level(scope, level, subject, region.group(1))
        if base is None:
            continue
        fields = {"multiple": level.id, "of": base.id, "factor": factor.id}
        if not same_unit(level, base):
            fields["yearly"] = True
        how = "stated" if set(_GROUP.findall(subject)) <= set(_GROUP.findall(base.label or "")) \
            else "linked"  # 城镇居民…是全国平均水平的: not plainly 全国居民人均可支配收入
        found.append(Found("multiple", fields, how, factor, f"«{region.group(0)}{factor.value}»",
                           f"{level.id}_multiple"))
    return found


def _region_level(scope: Scope, level: DraftClaim, subject: str, region: str) -> DraftClaim | None:
    """The region's only level (its value written once or more) of the measure of the subject,
    per head when the subject is, of the level's period, stated before the level."""
    wanted = _measure(subject)
    if wanted is None:
        return None
    money = _of_a_year(level)
    found = [c for c in scope.claims[:scope.index(level)]
             if is_level(c) and exact(c) and c.label and _measure(c.label) == wanted
             and region in scope.before(c) and not _NOT_THE_MEAN.search(c.label)
             and bool(_PER_HEAD.search(c.label)) == bool(_PER_HEAD.search(subject))
             and c.period == level.period and _of_a_year(c) == money]
    if not found or len({c.figure.quantity.interval for c in found}) != 1:
        return None
    return found[-1]


def _of_a_year(c: DraftClaim) -> tuple[str, str]:
    """The dimension and base unit of a figure, a flow per year (元/年) read as the year's amount."""
    u = c.figure.quantity.unit
    return u.dimension.removesuffix("/time"), u.base.removesuffix("/年")


_BASE_MARK = later(r"(?:比|较|相比|同比|从|由)(?:(?:19|20)\d\d年)?(?:同期|上年|去年)?的?$")
_YEAR = later(r"((?:19|20)\d\d)年")
#: A clause that opens by making its level the base of a multiple (是“十五”期间218.8亿元的2.6倍).
_BASE_OF = later(r"^(?:是|为|相当于)")


def _in_time_order(scope: Scope, first: DraftClaim, second: DraftClaim) -> tuple[DraftClaim, DraftClaim]:
    """The earlier level and the later one, whatever order the sentence writes them in: the one
    after 比/较/从/由 is the base (产值40.6亿元，比2020年的20.0亿元增长102.8%，实现翻番), else the one
    of the earlier year written before it (2021年为41亿元，2020年为20亿元), else the first."""
    words = [scope.text(max(scope.clause(c)[0], start), c.figure.start)
             for c, start in ((first, 0), (second, first.figure.end))]
    if _BASE_MARK.search(words[1]) and not _BASE_MARK.search(words[0]):
        return second, first
    if _BASE_OF.match(words[1]) and scope.text(second.end, second.end + 1) == "的":
        return second, first  # 563.5亿元，是“十五”期间218.8亿元的2.6倍
    years = [[int(y) for y in _YEAR.findall(w)] for w in words]
    if all(years) and years[1][-1] < years[0][-1]:
        return second, first
    return first, second


def _multiple_written(scope: Scope, fig: Figure, later_level: DraftClaim) -> DraftClaim | None:
    """The multiple the sentence writes between its levels and the doubling (是“十五”期间218.8亿元的
    2.6倍，实现了总量翻番): what the doubling sums up (翻番 there is at least ×2), the factor to test."""
    factors = [c for c in scope.in_span(later_level.end, fig.start)
               if c.figure.quantity is not None and c.figure.quantity.unit.dimension == "factor"
               and not c.figure.change_word and scope.text(scope.clause(c)[0], c.figure.start).endswith("的")]
    return factors[0] if len(factors) == 1 else None


def _factor_claim(scope: Scope, fig: Figure, after: DraftClaim) -> DraftClaim:
    """The doubling as a claim of its own (the factor its check names, so that a failure points at
    where it is printed): drafted only when a check takes it, under the later level's label."""
    taken = {c.id for c in scope.draft.claims}
    ident, k = f"{after.id}_factor", 2
    while ident in taken:
        ident, k = f"{after.id}_factor_{k}", k + 1
    a, b = clause_span(scope.plain, fig.start, fig.end)
    claim = DraftClaim(fig, id=ident, label=after.label, quote=scope.text(a, b),
                       period=after.period, clause=(a, b))
    starts = [c.figure.start for c in scope.draft.claims]
    scope.draft.claims.insert(bisect.bisect_left(starts, fig.start), claim)
    return claim


def _names_the_span(scope: Scope, sa: int, fig: Figure, years: int) -> bool:
    """The doubling's sentence states the years it took (5年间, 这五年) before it, and they are the
    years between the two sentences' years, counted with or without the first (2017 to 2021: 4 or
    5): the span ties the earlier level to the doubling."""
    spans = [c.figure.quantity for c in scope.in_span(sa, fig.start)
             if c.figure.quantity is not None and c.figure.quantity.unit.name == "年"
             and c.figure.quantity.interval.is_point]
    return any(q.value / q.unit.factor in (years, years + 1) for q in spans)


def _of_the_year_before(scope: Scope, sa: int,
                        after: DraftClaim) -> tuple[DraftClaim, int] | None:
    """The level of after's unit that ends the sentence before, in the same paragraph, when both
    sentences open with a year and its year is the earlier one; with the years between them."""
    if sa == 0 or "\n" in scope.plain[sa - 1:sa]:
        return None
    pa, _ = scope.sentence_of_offsets(sa - 1, sa - 1)
    if "\n" in scope.plain[pa:sa]:
        return None
    now, then = (_YEAR_OPENING.match(scope.text(a, a + 8)) for a in (sa, pa))
    if now is None or then is None or int(then.group(1)) >= int(now.group(1)):
        return None
    earlier = [c for c in scope.in_span(pa, sa) if is_level(c)]
    last = earlier[-1] if earlier else None
    if last is None or not exact(last) or not same_unit(last, after):
        return None
    if compiled(r"\s").sub("", scope.plain[last.end:sa]) not in ("。", "；", ";"):
        return None
    return last, int(now.group(1)) - int(then.group(1))
