"""A bound stated for figures the sentence gives beside it: each figure it covers lies in it (a
`same` check, the bound first: each figure's interval meets the bound's). All *stated*: the
sentence's own words tie them.

- **Figures listed, then the bound of them all**: M2、社会融资规模存量、人民币贷款余额同比分别增长
  11.4%、10.8%和11.2%，均保持在10%以上的较高水平. The figures of a 分别 list, nothing but 、和及与
  between them, then right after the last one 均/都/全部 and the bound (保持在, 在, 超过 … and no
  other word): the bound is said of each of them.
- **A bound of a group, then a member with its own figure** in the clause right after: 制药企业中
  强生公司、辉瑞制药、默克制药…研发强度均在10%以上，其中默克制药甚至达到25%; 长城汽车、中国联通、
  中煤能源资本化率最高，均超过30%，长城汽车更是达到近64%; 湖南、湖北、江西、山西4个中部省份的增速
  均保持在6%以上，江西以6.9%领跑全国; 有5家研发强度低于10%，爱尔眼科甚至仅1.48%，片仔癀、智飞生物
  也仅2%多. The member is one of the group by the words: after 其中/尤其是/特别是, or named in the
  sentence before the bound, or said to go further (更是, 甚至); a member after it with 也 goes on
  the list. Its clause names no measure but the bound's (研发强度, 资本化率: words of the bound's
  sentence), and a growth rate's comparison (较往年同期增长114.52%). The bound is of each of a
  group by its words: 均/都/各, a count of those that pass it (有12家公司超过1万件), or — a rate,
  which no sum makes — a group named before it (三个行业, A、B、C); never a bound of a sum (合计).
  Between the bound and the member may stand only the clauses that list the group (有12家公司超过
  1万件，以汽车、家电行业上市公司为主，包括格力电器、中兴通讯、中国石化等，格力电器以6.7万件数量居首),
  the member named in that list.
- **A figure, then how long it has stayed in a bound**: 普惠小微贷款余额22万亿元，同比增长23.8%，连续
  38个月保持20%以上的增速; 民间投资增长21.7%，连续4个月保持20%以上增速; 全年粮食产量615.6亿斤，
  比上年增加2亿斤，连续5年保持在600亿斤以上 — the months or years named end with the figure's own:
  the last figure of the bound's unit before it (a growth rate for a bound in %, a level for one in
  units; the change 比上年增加2亿斤 aside).

A bound is a figure with a bound word (以上, 超过, 低于, 不到 …) in the unit of the figures it
covers. Nothing is tied when the bound is no figure (均高于全省平均水平), when the words between
name another measure (产量同比分别增长151.9%…，两年平均增速均超过12%; 劳动人口占比都在74%以上，60岁
以上老人占比分别为12.35%…), the rest of a group (达到21.5%，其余年份均不到20%), another unit, or a
figure of the other sign (降幅均在30%以上 and a fall written as 下降), a total and a part of it
(减负超过2.6万亿元，其中减免社保费1.7万亿元), a firm named after the member in a clause of its own
(…格力电器以6.7万件数量居首，资本化率最高的长城汽车，累计拥有国内专利9500余件).
"""

from __future__ import annotations

from fractions import Fraction

from .. import messages as msg
from ..messages import Message
from ..patterns import later
from .claims import DraftClaim
from .scope import Found, Scope, a_change, same_unit

__all__ = ["find"]

#: the bound words a covering figure carries (quantity.qualifier): 超过10%, 10%以上, 低于1%, 不到10%
_BOUNDS = frozenset({"more-than", "at-least", "under", "at-most", "reached"})
#: what may stand before a bound of each figure listed right before it, in its clause: 均保持在,
#: 都在, 全部超过 (the bound figure's own words hold 超过, 低于 …)
_EACH = later(r"^(?:也|亦)?(?:均|都|全部|全都|皆|均已|都已)"
              r"(?:保持在|保持|维持在|维持|稳定在|处于|在|为|达到|达)?$")
#: between two figures of a 分别 list
_LIST_SEPARATOR = later(r"^[、，,]?(?:和|及|与|以及)?$")
#: after a bound, to the end of its clause: 的较高水平, 的增速, 大关
_BOUND_TAIL = later(r"^(?:的[\u4e00-\u9fff]{0,8}|大关|关口|水平)?$")
#: the clause of a member: a word that opens it (其中), names, a word that says it goes further,
#: what it is of, and the verb of its figure (the figure's own words may hold 达到, 为, 仅 …)
_OPENER = later(r"^(?P<opener>其中|尤其是|尤其|特别是)[，,：:]?")
_FURTHER = later(r"(?P<further>更是|甚至|更|也|亦|则|均|都)")
_VERB = later(r"(?:仅为|仅在|仅有|仅|高达|达到了|达到|达|为|是|在|约为|约|以)+$")
#: the comparison of a growth rate, which a member of a bound of growth rates may name: 较往年同期增长
_RATE_WORDS = later(r"(?:(?:同比|环比)?(?:较|比)(?:往年|上年|去年)?同期|同比|环比)?"
                    r"(?:增长|增幅|增速|上涨|涨幅)?$")
#: a name: Chinese or Latin letters, several joined by 、和及与
_NAME = r"[\u4e00-\u9fffA-Za-z](?:(?![的之])[\u4e00-\u9fffA-Za-z0-9\-]){0,11}"
_NAMES = later(rf"^{_NAME}(?:[、和及与]{_NAME})*$")
#: names that are no member: the rest, a whole, an average
_NOT_MEMBER = later(r"其余|其他|其它|剩余|平均|全国|全省|全市|整体|总体|合计|总计|同期|去年|上年")
#: a bound of the rest of a group, whose members are not named after it: 其余年份均不到20%
_REST = later(r"其余|其他|其它|剩余|余下|除")
#: a bound said of each of a group: 均在10%以上, 都超过, 各
_EACH_WORD = later(r"均|都|皆|全部|各")
#: a group named before a bound of a rate (which no sum makes): 计算机、国防军工、机械设备三个行业,
#: 有5家
_GROUP = later(r"[、]|等|\d+[家个只座所位]|[一二两三四五六七八九十]+[家个只座所位]")
#: a count of the group a bound is said of, in its clause: 有12家公司超过1万件 (each of the 12)
_COUNTED = later(r"有[\d一二两三四五六七八九十]+[家个只座所位名]")
#: a bound of a sum, not of each: 合计超过, 总计
_TOGETHER = later(r"合计|共计|总计|累计|总和|加起来|一共")
#: a clause that lists the group's names between its bound and a member's figure: 包括格力电器、
#: 中兴通讯、中国石化等
_LISTING = later(r"^(?:其中)?(?:包括|包含|如|例如|比如|分别为|分别是|即)")
#: a growth rate's own words: a bound of growth rates covers a member's 较往年同期增长
_GROWTH = later(r"增长|增幅|增速|涨幅|上涨")
#: a rate kept within a bound for some time: 连续38个月保持, 已连续4年维持在
_KEPT = later(r"^(?:已经?)?连续[\d一二两三四五六七八九十]+(?:个月|个季度|年|周)(?:保持|维持|稳定)(?:在)?$")
#: the rest of the clause after a kept bound: 的增速, 增速, 的较快增长
_KEPT_TAIL = later(r"^(?:的?[\u4e00-\u9fff]{0,4}(?:增速|增长|增幅|涨幅)|的?(?:水平|高位)|大关)?$")
#: the end of a clause
_CLAUSE_END = "，,。；;！!？?\n"


def find(scope: Scope) -> list[Found]:
    found: list[Found] = []
    claims = scope.claims
    for k, b in enumerate(claims):
        q = b.figure.quantity
        if q is None or q.qualifier not in _BOUNDS or b.figure.change_word or q.change:
            continue
        start, end = scope.clause(b)
        before = scope.text(start, b.figure.start)
        after = scope.text(b.figure.end, end)
        if _KEPT.match(before) and _KEPT_TAIL.match(after):
            rate = _kept_rate(scope, claims, k, start)
            if rate is not None:
                ref = f"{rate.id}.growth" if rate.growth is not None else rate.id
                found.append(_found(scope, b, [rate], [ref], (rate.growth or rate.figure).start))
            continue
        listed = _listed_before(scope, claims, k, before) if _EACH.match(before) else []
        if listed and _BOUND_TAIL.match(after):
            found.append(_found(scope, b, listed))
            continue
        members = _members_after(scope, claims, k, end)
        if members:
            found.append(_found(scope, b, members))
    return found


def _found(scope: Scope, bound: DraftClaim, covered: list[DraftClaim],
           refs: list[str] | None = None, first: int | None = None) -> Found:
    """A `same` check of the bound and the figures it covers (the bound first)."""
    first = covered[0].figure.start if first is None else first
    quoted = scope.text(min(bound.figure.start, first), max(bound.figure.end, covered[-1].figure.end))
    because = Message(msg.PAIRED_WITHIN_BOUND, quoted=quoted).render("en")
    refs = refs or [c.id for c in covered]
    return Found("same", {"same": [bound.id, *refs]}, "stated", bound, because, f"{bound.id}_bound")


def _fits(bound: DraftClaim, c: DraftClaim) -> bool:
    """A figure a bound may cover: of its unit and sign (a fall 下降45% under 降幅均在30%以上 is
    written with the other sign), no bound of its own in the other direction."""
    qb, qc = bound.figure.quantity, c.figure.quantity
    if qb is None or qc is None or not same_unit(bound, c) or qc.change:
        return False
    if qc.unit.dimension in ("rank", "time") or c.figure.kind != bound.figure.kind:
        return False
    negative = qc.interval.lo is not None and qc.interval.lo < Fraction(0)
    return not negative and not (qb.interval.lo is not None and qb.interval.lo < Fraction(0))


def _listed_before(scope: Scope, claims: list[DraftClaim], k: int, before: str) -> list[DraftClaim]:
    """The figures of a 分别 list right before a bound of each (nothing between but the clause
    break): 同比分别增长11.4%、10.8%和11.2%，均保持在10%以上."""
    bound = claims[k]
    if k == 0 or scope.text(claims[k - 1].end, bound.figure.start) not in ("，" + before, "," + before):
        return []
    listed = [claims[k - 1]]
    for c in reversed(claims[:k - 1]):
        if not scope.same_sentence(c, bound) or \
                not _LIST_SEPARATOR.match(scope.text(c.end, listed[0].figure.start)):
            break
        listed.insert(0, c)
    s_start, _ = scope.sentence(bound)
    if len(listed) < 2 or "分别" not in scope.text(s_start, listed[0].figure.start) or \
            not all(_fits(bound, c) and c.growth is None for c in listed):
        return []
    return listed


def _members_after(scope: Scope, claims: list[DraftClaim], k: int, end: int) -> list[DraftClaim]:
    """The members named with their figures in the clauses right after a bound's: 其中默克制药
    甚至达到25%; 长城汽车更是达到近64%; 爱尔眼科甚至仅1.48%，片仔癀、智飞生物也仅2%多."""
    bound = claims[k]
    s_start, _ = scope.sentence(bound)
    own = scope.text(s_start, bound.figure.start)  # the group and its measure, before the bound
    clause = scope.text(scope.clause(bound)[0], bound.figure.start)
    if _REST.search(clause):
        return []  # 其余年份均不到20%: a bound of the rest, not of a group whose members follow
    if _TOGETHER.search(clause + bound.figure.text) or not (
            _EACH_WORD.search(clause) or _COUNTED.search(clause)
            or (bound.figure.quantity.unit.dimension == "ratio" and _GROUP.search(own))):
        return []  # 减负超过2.6万亿元，其中减免社保费1.7万亿元: a total and a part of it
    members: list[DraftClaim] = []
    at = bound
    for c in claims[k + 1:k + 4]:
        if not scope.same_sentence(c, bound):
            break
        words = scope.text(at.end, c.figure.start)
        if not words or words[0] not in "，,":
            break  # a figure in the bound's own clause (超过10%或接近20%)
        growth = bool(_GROWTH.search(clause))
        member = _member(words[1:], own, bool(members), growth)
        if member is None and not members:  # 有12家公司超过1万件，…，包括格力电器、中兴通讯、中国石化等，
            listing, _, last = words[1:].replace(",", "，").rpartition("，")  # 格力电器以6.7万件数量居首
            if any(_LISTING.match(part) for part in listing.split("，")):
                member = _member(last, listing, False, growth, listed=True)
        if member is None or not _fits(bound, c) or c.growth is not None or \
                c.figure.quantity.qualifier in _BOUNDS:
            break
        c_end = scope.clause(c)[1]
        if c.figure.end < c_end and scope.text(c.figure.end, c.figure.end + 1) in ("、", "和"):
            break  # a list of figures of several names: which is whose is another matter
        members.append(c)
        at = c
    return members


def _member(words: str, own: str, going_on: bool, growth: bool, listed: bool = False) -> str | None:
    """The member's name the clause before its figure gives, when the words make it one of the
    bound's group: None when they do not."""
    opener = _OPENER.match(words)
    rest = words[opener.end():] if opener else words
    rest = _VERB.sub("", rest)
    measure = ""
    if "，" in rest or "," in rest:  # 尤其是房地产、商业贸易，研发强度仅在0.25%左右
        rest, _, measure = rest.replace(",", "，").partition("，")
        if "，" in measure or not opener:
            return None
    further = _FURTHER.search(rest)
    if further is not None and further.end() != len(rest):
        measure, rest = rest[further.end():] + measure, rest[:further.start()]
    elif further is not None:
        rest = rest[:further.start()]
    if growth:
        measure = _RATE_WORDS.sub("", measure)
        rest = _RATE_WORDS.sub("", rest)
    name = _name_and_measure(rest, measure, own)
    if name is None or _NOT_MEMBER.search(name):
        return None
    word = further.group("further") if further else ""
    if not listed and (opener or word in ("更是", "甚至") or (going_on and word in ("也", "亦"))):
        return name
    if all(n in own for n in later(r"[、和及与]").split(name)):
        return name  # named in the group before the bound: 计算机研发强度为9.65%
    return None


def _name_and_measure(rest: str, measure: str, own: str) -> str | None:
    """The name at the start of ``rest`` when what follows it (and ``measure``) names no measure
    but the bound's: words found in the bound's sentence before it."""
    if measure and measure not in own:
        return None
    for i in range(1, len(rest) + 1):
        name, tail = rest[:i], rest[i:]
        if (not tail or (len(tail) >= 2 and tail in own)) and _NAMES.match(name):
            return name
    return None


def _kept_rate(scope: Scope, claims: list[DraftClaim], k: int, start: int) -> DraftClaim | None:
    """The figure right before 连续N个月保持X以上的增速 that the months end with: the last figure of
    the bound's unit before the bound's clause, in the same sentence, the changes (比上年增加74亿斤)
    and the months counted (38个月) aside — a growth rate (or the one a level carries), or a level
    (粮食总产量13731亿斤，比上年增加74亿斤，增长0.5%，连续8年稳定在1.3万亿斤以上)."""
    bound = claims[k]
    unit = bound.figure.quantity.unit.key
    for c in reversed(claims[:k]):
        if c.figure.start >= start:
            continue  # the months counted: 38个月
        if not scope.same_sentence(c, bound):
            return None
        rate = c.growth if c.growth is not None and c.growth.quantity is not None and \
            c.growth.quantity.unit.key == unit else c.figure
        q = rate.quantity
        if q is None or q.unit.key != unit:
            if c.growth is None and (c.figure.change_word or c.figure.is_rate):
                continue  # 增长0.5% after a level kept in a bound of its unit
            return None
        growth = bool(rate.change_word or rate.is_rate)
        if q.change or q.qualifier is not None or growth != (unit[0] == "ratio") or \
                (rate is c.figure and a_change(c) and not growth):
            if a_change(c):
                continue  # 比上年增加74亿斤: how much the level grew
            return None
        return c if q.interval.lo is None or q.interval.lo >= 0 else None
    return None
