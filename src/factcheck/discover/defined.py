"""A measure that its definition makes at most another measure of the same place and period, each
stated on its own (no 其中 ties them): an industry's value added is at most its gross output
(增加值 = 总产出 − 中间投入: 农林牧渔业增加值9.63亿元…；农林牧渔业总产值17.68亿元; a bare 增加值 is the
sector's whose gross output its sentence gave before it: 农林牧渔业总产值85.8亿元，实现增加值52.9亿元); the
primary industry is farming, forestry, animal husbandry and fishery without their support
services (第一产业增加值8.81亿元 … 农林牧渔业增加值9.63亿元; 第一产业增加值459.06亿元 … 农林牧渔业总产值
780.32亿元); the local general budget revenue is a part of the total fiscal revenue, which adds
the taxes paid up to the centre and the province (财政总收入671.50亿元、地方一般公共预算收入352.93亿元);
the total profit of an aggregate of firms
(规模以上, 限额以上) is within their revenue, stated after it in one sentence (规模以上工业企业实现营业收入
1739.58亿元…；实现利润总额175.76亿元); a balance of one kind of loan or deposit is within the balance of
all kinds (各项) stated before it, up to three paragraphs on, of one currency (中山本外币各项贷款余额
4560.71亿元 … 企业和机关团体贷款余额1996.49亿元; not 本外币 loans within 人民币 ones, another place's or
the start of the year's).

The two must be levels of one unit and period, at most two lines apart (one bulletin's paragraphs
on one place), and of the same sector where the pair is by sector. The definitions tie them, not the
sentence's words: linked (a warning at most).
"""

from __future__ import annotations

import itertools

from ..patterns import later
from .claims import DraftClaim
from .scope import Found, Scope, a_change, same_unit
from .within import period

__all__ = ["find", "untied"]

#: A sector's value added and gross output (农林牧渔业增加值, 规上工业总产值): the sector, then the measure.
#: Not 建筑业: its 总产值 is often of the firms that report (全年实现建筑业增加值35.22亿元。全县…直报建筑企业
#: 57家，实现建筑业总产值26.37亿元: smoke11), and 工业 only of one stated scope on both (规模以上).
_VALUE_ADDED = later(r"(?P<sector>农林牧渔业|工业)增加值$")
_GROSS_OUTPUT = later(r"(?P<sector>农林牧渔业|工业)总产值$")
#: The primary industry's value added: at most farming's value added and gross output.
_PRIMARY = later(r"第一产业增加值$")
#: Fiscal revenue: the local general budget revenue within the total.
_BUDGET = later(r"(?:地方)?一般公共预算收入$")
_FISCAL_TOTAL = later(r"财政总收入$")
#: Words of a label that make it no level of the whole place (人均, 增量, a share or a rate).
_NOT_A_LEVEL = later(r"人均|每|增量|增加额|减少|比重|占比|率|指数|平均")
#: How far apart, in lines, the two may be stated.
_LINES = 2


def find(scope: Scope) -> list[Found]:
    levels = [c for c in scope.claims if _level(c)]
    labels = _named(scope, levels)
    found = []
    for k, c in enumerate(levels):
        for other in levels[k + 1:]:
            if other.line - c.line > _LINES:
                break
            pair = _bounded(c, other, labels) or _bounded(other, c, labels)
            if pair is None or not same_unit(c, other) or c.period != other.period \
                    or not _same_time(scope, c, other):
                continue
            part, whole, why = pair
            found.append(Found("breakdown", {"breakdown": whole.id, "parts": [part.id],
                                             "exhaustive": False}, "linked", part, why,
                               f"{part.id}_defined"))
    return found + _profit_within_revenue(scope, levels) + _of_all_kinds(scope, levels)


#: A balance of all kinds of loans or deposits (中山本外币各项贷款余额, 金融机构人民币各项存款余额): 各项
#: names every kind, so a balance of one kind (制造业贷款余额, 企业和机关团体贷款余额) is within it.
_ALL_KINDS = later(r"各项(贷款|存款)余额$")
#: Words before a kind's balance that make it no part of the whole: another place (省, 市, 全国), another
#: time (年初, 上年) or currency the whole does not hold (本外币 beside a 人民币 whole; 外币 alone).
_NOT_OF_THE_WHOLE = later(r"[省市县区国]|年初|上年|去年|同期|各项|(?<!本)外币|本外币")
#: How many paragraphs after the whole its kinds are looked for.
_KIND_LINES = 3


def _of_all_kinds(scope: Scope, levels: list[DraftClaim]) -> list[Found]:
    """A balance of one kind of loan or deposit within the balance of all kinds stated before it, in
    its paragraph or the next few (中山本外币各项贷款余额4560.71亿元 … 企业和机关团体贷款余额1996.49亿元 …
    上半年制造业贷款余额720.94亿元; 人民币各项贷款余额149.92万亿元 … 普惠小微贷款余额11.27万亿元): of one
    unit, period and currency. Linked: the name of all kinds ties them, not the sentence."""
    found = []
    for k, whole in enumerate(levels):
        m = _ALL_KINDS.search(_core(whole.label))
        if m is None:
            continue
        noun = m.group(1) + "余额"
        own = _core(whole.label)[:m.start()]
        for part in levels[k + 1:]:
            if part.line - whole.line > _KIND_LINES:
                break
            label = _core(part.label)
            if not label.endswith(noun) or _ALL_KINDS.search(label):
                continue
            kind = label[:-len(noun)]
            if not kind or _NOT_OF_THE_WHOLE.search(kind.replace(own, "")) \
                    or ("本外币" in kind and "本外币" not in own) \
                    or not same_unit(part, whole) or part.period != whole.period \
                    or not _same_time(scope, part, whole):
                continue
            found.append(Found("breakdown", {"breakdown": whole.id, "parts": [part.id],
                                             "exhaustive": False}, "linked", part,
                               f"a balance of one kind of {m.group(1)} within that of all kinds (各项)",
                               f"{part.id}_of_all_kinds"))
    return found


#: A revenue and a total profit, the measures closing their labels (规模以上工业企业实现营业收入, 利润总额).
_REVENUE = later(r"(?:营业收入|主营业务收入)$")
_PROFIT = later(r"利润总额$")
#: The aggregates of firms whose profit stays within their revenue: 规模以上工业企业, 规上服务业, 限额以上
#: 批发业 (one firm's profit may pass its revenue with the gains of its holdings).
_AGGREGATE = later(r"规模以上|规上|限额以上|限上")


def _profit_within_revenue(scope: Scope, levels: list[DraftClaim]) -> list[Found]:
    """The total profit of an aggregate of firms within their revenue, stated in one sentence (to its
    full stop) after it: 全省规模以上工业企业实现营业收入1739.58亿元，比上年同期增长24.6%；实现利润总额
    175.76亿元 (profit = revenue − costs, and the gains outside the business stay small over many
    firms). Of one scope: the words before the measures, if any, are one. Linked, as the definition
    ties them."""
    found = []
    for k, profit in enumerate(levels):
        m = _PROFIT.search(_core(profit.label))
        if m is None:
            continue
        for revenue in reversed(levels[max(0, k - 4):k]):
            if revenue.line != profit.line or "。" in scope.text(revenue.end, profit.figure.start):
                break
            r = _REVENUE.search(_core(revenue.label))
            if r is None:
                continue
            at = revenue.figure.start
            near = max(0, at - 200)  # a bounded look back: linear in a long paragraph
            start = max(scope.plain.rfind("。", near, at), scope.plain.rfind("\n", near, at), near - 1) + 1
            profit_scope = _subject(profit.label, _PROFIT)
            if same_unit(profit, revenue) and profit.period == revenue.period \
                    and _AGGREGATE.search(scope.text(start, at)) \
                    and profit_scope in ("", _subject(revenue.label, _REVENUE)):
                found.append(Found("breakdown", {"breakdown": revenue.id, "parts": [profit.id],
                                                 "exhaustive": False}, "linked", profit,
                                   "the total profit of firms is within their revenue (利润总额 ≤ 营业收入)",
                                   f"{profit.id}_defined"))
            break
    return found


def untied(bounds: list[Found], found: list[Found]) -> list[Found]:
    """The bounds no breakdown found by the words holds already (全年财政总收入33411亿元，其中，一般公共预算
    收入16103亿元…: the 其中 list checks it)."""
    tied = {(r.fields["breakdown"], p) for r in found if r.kind == "breakdown"
            for p in r.fields.get("parts", ())}
    return [r for r in bounds if (r.fields["breakdown"], r.fields["parts"][0]) not in tied]


def _level(c: DraftClaim) -> bool:
    q = c.figure.quantity
    return q is not None and q.unit.dimension == "money" and c.figure.kind == "level" \
        and q.qualifier is None and not a_change(c) and bool(c.label) \
        and not _NOT_A_LEVEL.search(c.label or "")


def _named(scope: Scope, levels: list[DraftClaim]) -> dict[str, str]:
    """Each level's label without its verb, a bare 增加值 named by the gross output before it in its
    sentence (全年农林牧渔业总产值85.8亿元，实现增加值52.9亿元: 农林牧渔业增加值)."""
    labels = {c.id: _core(c.label) for c in levels}
    for gross, c in itertools.pairwise(levels):
        m = _GROSS_OUTPUT.search(labels[gross.id])
        if labels[c.id] == "增加值" and m and scope.same_sentence(gross, c) \
                and "。" not in scope.text(gross.end, c.figure.start):
            labels[c.id] = labels[gross.id][:m.end("sector")] + "增加值"
    return labels


def _bounded(part: DraftClaim, whole: DraftClaim,
             labels: dict[str, str]) -> tuple[DraftClaim, DraftClaim, str] | None:
    """(part, whole, why) when the definitions make ``part`` at most ``whole``."""
    a, b = labels[part.id], labels[whole.id]
    va, go = _VALUE_ADDED.search(a), _GROSS_OUTPUT.search(b)
    if va and go and va.group("sector") == go.group("sector") and _scope(a, va) == _scope(b, go) \
            and (va.group("sector") == "农林牧渔业" or _scope(a, va) == "规模以上"):
        return part, whole, "value added is at most gross output (增加值 ≤ 总产值)"
    farming = _VALUE_ADDED.search(b) or go
    if _PRIMARY.search(a) and farming and farming.group("sector") == "农林牧渔业":
        return part, whole, "the primary industry is farming without its support services"
    if _BUDGET.search(a) and _FISCAL_TOTAL.search(b):
        return part, whole, "the local general budget revenue is within the total fiscal revenue"
    return None


#: The words of a label before its measure that name the place (全省, 全市) or the period: not the
#: sector's scope.
_PLACE = later(r"^(?:全[省市县区国]|[^\s]{0,4}?(?:省|市|县|区))")


def _core(label: str | None) -> str:
    """The label without a trailing (2) or a verb of its clause (实现, 完成)."""
    text = (label or "").split("(")[0]
    for verb in ("实现", "完成", "达到", "达"):
        text = text.rsplit(verb, 1)[-1]
    return text


def _subject(label: str | None, measure) -> str:
    """The words of a label before its measure and verb (规上服务业 of 规上服务业实现利润总额)."""
    text = _VERBS.sub("", (label or "").split("(")[0])
    m = measure.search(text)
    return text[:m.start()] if m else text


_VERBS = later(r"实现|完成|达到|达")


def _scope(label: str, m) -> str:
    """The words before the sector (规上, 规模以上): value added and output of one scope only."""
    words = label[:m.start()]
    words = _PLACE.sub("", words)
    return {"规上": "规模以上"}.get(words, words)


#: The part of a year the words before a figure state (一季度, 上半年, 前三季度, 全年).
_PART_OF_YEAR = later(r"[一二三四1-4]季度|上半年|下半年|前三季度|全年")


def _same_time(scope: Scope, a: DraftClaim, b: DraftClaim) -> bool:
    """No other period stated before either in its paragraph (1-5月 against 上半年, 一季度 against
    全年)."""
    pa, pb = period(scope, a), period(scope, b)
    if pa is not None and pb is not None and (pa[1:] != pb[1:] or (pa[0] and pb[0] and pa[0] != pb[0])):
        return False  # a year stated for one only (2021年上半年 and 上半年) is no other year
    qa, qb = _last_part_of_year(scope, a), _last_part_of_year(scope, b)
    return qa is None or qb is None or qa == qb


def _last_part_of_year(scope: Scope, c: DraftClaim) -> str | None:
    start = scope.plain.rfind("\n", 0, c.figure.start) + 1
    found = _PART_OF_YEAR.findall(scope.text(start, c.figure.start))
    return found[-1] if found else None
