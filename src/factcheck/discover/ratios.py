"""Named ratios: a rate whose name says which level it is of which — the 城镇化率 (urban residents over
all residents: 年末全区常住人口107365人，其中城镇常住人口84528人，乡村常住人口22837人；
常住人口城镇化率为78.73%)
the 资产负债率 (liabilities over assets: 规模以上工业企业资产总计46176.4亿元，…；负债合计25278.2亿元，…；
资产负债率为54.7%) and the 营业收入利润率 (profit over revenue: 规模以上工业企业实现营业收入43748.7亿元，…；
营业收入利润率为8.7%, of the 利润总额3819.8亿元 of all the firms the article stated before, linked).

The two levels are the last whole before the ratio in its paragraph and the last part after it,
with the labels the ratio's name defines (城镇常住人口 or 城镇人口, and 常住人口 or 总人口; 负债 and 资产,
with 合计/总计/总额), of one unit, the whole larger than the part, both after the sentence before the
ratio's (年末全县户籍总人口为83.30万人，其中城镇人口21.73万人…。年末常住人口70.14万人，其中城镇人口35.16万人，
…，常住人口城镇化率为50.13%: the usual residents', not the registered ones'): *stated* when the
ratio's sentence holds both, *linked* when the sentence before does — or the one before that,
when the part's sentence opens with 其中 (年末有常住人口332.21万人…。其中，城镇常住人口119.99万人…。
城镇化率为36.12%), or the paragraph's only level of the whole's name further back. A 户籍人口城镇化率 is of
registered residents (户籍人口), a 常住人口城镇化率 or a bare 城镇化率 of usual ones; a ratio whose
clause names a subject of its own (国有控股企业资产负债率为57.1%) is that subject's, none of the
levels before it.
"""

from __future__ import annotations

from ..patterns import compiled, later
from .claims import DraftClaim, unnumbered
from .scope import Found, Scope, a_change, exact, is_level, is_share, same_unit

__all__ = ["find"]

#: The ratio's words right before its figure, the whole clause before it being the ratio's name
#: (年末全市常住人口城镇化率为, 全县常住人口中，…，城镇化率为; 占总人口比重（常住人口城镇化率）为 is
#: a share's, :mod:`.share`).
_URBAN = later(r"^(?:(?:19|20)\d\d年)?(?:年末)?(?:全[国省市县区]|我[国省市县区]|本[市县区])?"
               r"(?:(常住|户籍)人口的?)?城镇化率(?:为|达到|达|是)?$")
_DEBT = later(r"^(?:(?:规模以上|规上)?工业)?(?:企业)?资产负债率(?:为|达到|达|是)?$")
#: 营业收入利润率为8.7%, 规模以上工业企业营业收入利润率为6.60%, 主营业务收入利润率为6.0%,
#: 营业收入利润总额率为.
_MARGIN = later(r"^(?:(?:规模以上|规上)?工业)?(?:企业)?(营业收入|主营业务收入)利润(?:总额)?率"
                r"(?:为|达到|达|是)?$")

#: Labels of the levels (without the place that may lead them): the part, the whole.
_URBAN_PART = {"常住": later(r"^(?:城镇常住人口|城镇人口)$"), "户籍": later(r"^城镇户籍人口$")}
_URBAN_WHOLE = {"常住": later(r"^(?:常住人口|总人口|常住总人口)$"), "户籍": later(r"^户籍(?:总)?人口$")}
_DEBT_PART = later(r"(?:^|企业)负债(?:合计|总计|总额)?$")
_DEBT_WHOLE = later(r"(?:^|企业)(?:资产(?:合计|总计|总额)?|总资产)$")
#: A sentence that opens with 其中: its levels are parts of a whole in the sentence before it.
_OF_THE_ABOVE = later(r"\s*其中")
#: A place or the year's end leading a label (年末全市, 全县).
_LEAD = later(r"^(?:(?:19|20)\d\d年)?(?:年末)?(?:全[国省市县区]|我[国省市县区]|本[市县区])?")


def find(scope: Scope) -> list[Found]:
    if "城镇化率" not in scope.plain and "资产负债率" not in scope.plain and "利润" not in scope.plain:
        return []
    found: list[Found] = []
    for rate in scope.claims:
        if not is_share(rate):
            continue
        head = scope.before(rate)
        urban, debt = _URBAN.match(head), _DEBT.match(head)
        if urban is not None:
            basis = urban.group(1) or "常住"
            pair = _levels(scope, rate, _URBAN_PART[basis], _URBAN_WHOLE[basis])
            name = "urbanisation"
        elif debt is not None:
            pair = _levels(scope, rate, _DEBT_PART, _DEBT_WHOLE)
            name = "debt"
        elif (margin := _MARGIN.match(head)) is not None:
            pair = _margin(scope, rate, margin.group(1))
            name = "margin"
        else:
            continue
        if pair is None:
            continue
        (part, whole), how = pair
        found.append(Found("share", {"share": part.id, "of": whole.id, "is": rate.id}, how, rate,
                           "a ratio whose name says which level it is of which", f"{part.id}_{name}_ratio"))
    return found


def _levels(scope: Scope, rate: DraftClaim, part_label, whole_label, name=None
            ) -> tuple[tuple[DraftClaim, DraftClaim], str] | None:
    """The last part and whole before the ratio, from the sentence before it on, in its paragraph;
    and how the ratio is tied to them."""
    paragraph = scope.plain.rfind("\n", 0, rate.figure.start) + 1
    a = _full_stop_before(scope, rate.figure.start, paragraph)
    start = _full_stop_before(scope, a - 1, paragraph) if a > paragraph else a
    levels = _plain_levels(scope, start, rate.figure.start)
    name = name or _name
    whole = next((c for c in reversed(levels) if whole_label.search(name(c))), None)
    if whole is None and start > paragraph and _OF_THE_ABOVE.match(scope.plain, start):
        earlier = _full_stop_before(scope, start - 1, paragraph)  # 年末有常住人口332.21万人…。其中，城镇
        levels = _plain_levels(scope, earlier, rate.figure.start)  # 常住人口119.99万人…。城镇化率为36.12%
        whole = next((c for c in reversed(levels) if whole_label.search(name(c))
                      and c.figure.start < start), None)
    if whole is None and start > paragraph:
        levels = _plain_levels(scope, paragraph, rate.figure.start)
        wholes = [c for c in levels if whole_label.search(name(c)) and c.figure.start < start]
        whole = wholes[0] if len(wholes) == 1 else None  # the one whole of the paragraph, else none
    if whole is None:
        return None
    part = next((c for c in reversed(levels) if part_label.search(name(c))
                 and c.figure.start > whole.figure.start), None)
    if part is None or not same_unit(part, whole):
        return None
    w, p = whole.figure.quantity.interval, part.figure.quantity.interval
    if w.lo is None or p.hi is None or not w.lo > p.hi:
        return None
    how = "stated" if whole.figure.start >= a and part.figure.start >= a else "linked"
    return (part, whole), how


def _plain_levels(scope: Scope, start: int, end: int) -> list[DraftClaim]:
    """The exact levels with a label between two offsets, no changes."""
    return [c for c in scope.in_span(start, end) if is_level(c) and exact(c) and not a_change(c) and c.label]


#: The firms' words that may lead a label of all of them (四川省规模以上工业企业实现利润总额).
_ALL_FIRMS = later(r"^(?:全省|全市|全区|全国)?(?:规模以上|规上)?(?:工业)?(?:企业)?(?:实现|完成|发生)?")
_PROFIT = later(r"^利润总额$")


def _margin(scope: Scope, rate: DraftClaim, revenue: str) -> tuple[tuple[DraftClaim, DraftClaim], str] | None:
    """The profit and the revenue of a 营业收入利润率 (规模以上工业企业实现营业收入43748.7亿元，…；营业收入
    利润率为8.7% after 四川省规模以上工业企业实现利润总额3819.8亿元): the revenue the last level before the
    ratio in its sentence or the one before, named by the ratio's revenue alone; the profit the last
    level before it named 利润总额 alone, of all the firms (never 国有控股企业实现利润总额…), of the same
    carried period. Stated when the ratio's sentence holds both, else linked."""
    from .points import carried

    whole_label = later("^" + revenue + "$")
    found = _levels(scope, rate, _PROFIT, whole_label, _all_firms_name)
    if found is not None:
        return found
    paragraph = scope.plain.rfind("\n", 0, rate.figure.start) + 1
    a = _full_stop_before(scope, rate.figure.start, paragraph)
    start = _full_stop_before(scope, a - 1, paragraph) if a > paragraph else a
    revenues = [c for c in scope.in_span(start, rate.figure.start) if is_level(c) and exact(c)
                and not a_change(c) and whole_label.search(_all_firms_name(c))]
    if not revenues:
        return None
    whole = revenues[-1]
    then = carried(scope, whole)
    part = next((c for c in reversed(scope.claims[:scope.index(whole)]) if is_level(c) and exact(c)
                 and not a_change(c) and _PROFIT.search(_all_firms_name(c)) and same_unit(c, whole)
                 and carried(scope, c) == then), None)
    if part is None:
        return None
    w, p = whole.figure.quantity.interval, part.figure.quantity.interval
    if w.lo is None or p.hi is None or not w.lo > p.hi:
        return None
    return (part, whole), "linked"


def _all_firms_name(c: DraftClaim) -> str:
    """A label without the place and the words of all the firms (四川省规模以上工业企业实现利润总额:
    利润总额)."""
    from .duplicate import places_in

    label = unnumbered(c.label or "")
    lead = next((p for p in sorted(places_in(label), key=len, reverse=True) if label.startswith(p)), None)
    if lead:
        label = compiled(r"^[省市区县]").sub("", label[len(lead):])
    return _ALL_FIRMS.sub("", label)


def _name(c: DraftClaim) -> str:
    """A level's label without its place, its year's end and the number that sets it apart from a
    like label before it (城镇人口(2) is 城镇人口)."""
    return _LEAD.sub("", unnumbered(c.label or ""))


def _full_stop_before(scope: Scope, at: int, paragraph: int) -> int:
    """Where the sentence (up to its full stop, over semicolons) holding ``at`` starts."""
    return max(paragraph, *(scope.plain.rfind(ch, 0, at) + 1 for ch in "。！？!?"))
