"""Contributions of the parts that make up a whole, named one by one: 最终消费支出对经济增长贡献率为
64.8%，资本形成总额贡献率为15.6%，货物和服务净出口贡献率为19.5% (the three demand components, or the
three industries); 最终消费支出拉动GDP增长3.5个百分点，….

- The contribution rates (贡献率) of every part of a whole, in one sentence, add up to 100%
  (`breakdown: 100%`, *stated*).
- Their contributions in 百分点 (拉动) add up to the whole's growth rate, stated before them in the
  paragraph or in the paragraph before (`contribution`, *linked* unless in the rate's sentence).

- A part's contribution in 百分点 and its contribution rate, side by side in a sentence, give the
  whole's growth rate: 拉动 = 贡献率 × the whole's rate (the definition: "拉动指生产总值增长速度与
  三大需求贡献率的乘积", 青海统计年鉴). 对全市工业增长的贡献率109.7%，上拉全市工业增加值增速10.6个
  百分点 with 规模以上工业增加值…同比增长9.6% before it (`expect`, *linked* unless in one sentence).

- A part's level and growth with its contribution to the whole it names, whose level and growth
  are stated before: 民营企业进出口12315.2亿元，同增28.1%，…拉动进出口增长9.6个百分点 with 外贸进出口
  值32878.4亿元，同增17.1% — ``c = (Lᵢ − Lᵢ / (1 + gᵢ)) / (L / (1 + g))`` (`contribution` with
  `part:`); for nominal measures only (trade, investment, retail sales). *Stated* when the article
  states only one level of the whole the 拉动 names by its own name, *linked* otherwise.

- The three demand components named once, their 拉动 and 贡献率 in 分别 lists (最终消费支出、资本形成
  总额、货物和服务净出口分别拉动经济增长5.3、1.1、1.7个百分点，对经济增长的贡献率分别为65.4%、13.7%、
  20.9%): the rates add up to 100%; with the GDP's growth of the same period stated before (up to
  30 lines), the 拉动 add up to it and each is its 贡献率 times it (*linked*).

The parts of a total that have growth rates of their own (分产业看 …) are found with their
contributions by :mod:`.composition`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..patterns import compiled, later
from .claims import DraftClaim
from .composition import _DEMAND, _INDUSTRIES, listed_set, rate_of
from .points import carried, whole_named, whole_of
from .scope import Found, Scope, exact, is_level, is_share, same_unit

__all__ = ["find"]

_WHOLES = (_DEMAND, _INDUSTRIES)
_GDP = later(r"生产总值|GDP|经济")
_DOWN = later(r"负向拉动|负拉动|拉低|下拉|向下拉动")


def find(scope: Scope) -> list[Found]:
    return [*_rates(scope), *_pulls(scope), *_pull_by_rate(scope), *_pull_of_part(scope),
            *_listed(scope)]


def _owner(words: str, members: tuple[tuple[str, ...], ...]) -> int | None:
    """The part some words name first (最终消费支出, 资本形成总额, 第二产业), or None."""
    hits = [(min(words.find(w) for w in names if w in words), i)
            for i, names in enumerate(members) if any(w in words for w in names)]
    return min(hits)[1] if hits else None


def _rates(scope: Scope) -> list[Found]:
    """贡献率 of each part of a whole, one by one in a sentence: together 100%."""
    found = []
    by_sentence: dict[tuple[int, int], list[DraftClaim]] = {}
    for c in scope.claims:
        if is_share(c) and exact(c) and c.label and "贡献率" in c.label:
            by_sentence.setdefault(scope.sentence(c), []).append(c)
    for members in by_sentence.values():
        for whole in _WHOLES:
            if len(members) != len(whole):
                continue
            owners = [_owner(_subject(scope, c), whole) for c in members]
            if sorted(o for o in owners if o is not None) == list(range(len(whole))):
                found.append(Found("breakdown", {"breakdown": "100%",
                                                 "parts": [c.id for c in members]},
                                   "stated", members[0], "the contribution rates of a whole's parts",
                                   "contribution_rates"))
                break
    return found


def _down_unsigned(scope: Scope, pull: DraftClaim) -> bool:
    """A contribution its words call downward (下拉, 拉低) that is not read as negative already:
    it counts negative in the check."""
    hi = pull.figure.quantity.interval.hi
    return bool(_DOWN.search(_subject(scope, pull))) and not (hi is not None and hi < 0)


def _subject(scope: Scope, c: DraftClaim) -> str:
    """The words of a claim's clause before it."""
    a, _ = scope.clause(c)
    return scope.text(a, c.figure.start)


def _pulls(scope: Scope) -> list[Found]:
    """拉动 of each demand component named one by one: together the GDP's growth."""
    found = []
    by_line: dict[int, list[tuple[int, DraftClaim, bool]]] = {}
    for c in scope.claims:
        q = c.figure.quantity
        if q is None or q.unit.dimension != "pp":
            continue
        words = _subject(scope, c)
        if "拉动" not in words or not _GDP.search(words[words.find("拉动"):]):
            continue
        owner = _owner(words[:words.find("拉动")], _DEMAND)
        if owner is not None:
            by_line.setdefault(c.line, []).append((owner, c, _down_unsigned(scope, c)))
    for pulls in by_line.values():
        if sorted(o for o, _, _ in pulls) != [0, 1, 2]:
            continue
        first = min((c for _, c, _ in pulls), key=lambda c: c.figure.start)
        total = _gdp_before(scope, first)
        if total is None:
            continue
        ordered = [c for _, c, _ in sorted(pulls, key=lambda p: p[0])]
        fields: dict = {"contribution": [c.id for c in ordered], "to": total.id}
        down = [c.id for _, c, is_down in sorted(pulls, key=lambda p: p[0]) if is_down]
        if down:
            fields["negative"] = down
        how = "stated" if all(scope.same_sentence(c, total) for c in ordered) else "linked"
        found.append(Found("contribution", fields, how, first,
                           "the contributions of the three demand components",
                           f"{total.id}_demand_contributions"))
    return found


def _gdp_before(scope: Scope, first: DraftClaim) -> DraftClaim | None:
    """The GDP's growth rate, stated before the contributions in their paragraph or up to four
    paragraphs before, for their period."""
    for c in reversed(scope.claims[:scope.index(first)]):
        if first.line - c.line > 4:
            return None
        if rate_of(c) is not None and c.period == first.period and c.label \
                and compiled(r"生产总值|GDP").search(c.label) and "两年平均" not in scope.text(
                    scope.clause(c)[0], c.end):
            return c
    return None


_PULL = later(r"(?:拉动|上拉|下拉|拉低|负向拉动|负拉动|向下拉动)([^，,。；;：:]*?)(?:增长|增速|增幅)?$")
_CONTRIBUTION_RATE = later(r"贡献率(?:为|达到|达|是)?$")
_PLACE = later(r"^(?:全国|全省|全市|全区|全县|全州|全盟)")
_OF_GDP = later(r"^(?:经济|GDP|地区生产总值|生产总值|国内生产总值|经济总量)$")


def _named_pulls(scope: Scope) -> Iterator[tuple[int, DraftClaim, re.Match[str]]]:
    """Each exact 百分点 figure whose subject is a 拉动 (the match names the whole it pulls)."""
    for k, pull in enumerate(scope.claims):
        q = pull.figure.quantity
        if q is None or q.unit.dimension != "pp" or not exact(pull):
            continue
        m = _PULL.search(_subject(scope, pull))
        if m is not None:
            yield k, pull, m


def _pull_by_rate(scope: Scope) -> list[Found]:
    """拉动 p个百分点 next to 贡献率c% in one sentence: p = c × the growth of the whole named after
    拉动, stated before."""
    found = []
    for k, pull, m in _named_pulls(scope):
        rate = _rate_beside(scope, k)
        whole = _whole_rate(scope, pull, m.group(1)) if rate is not None else None
        if rate is None or whole is None or not _same_measure(_subject(scope, rate), whole.label):
            continue
        growth = f"{whole.id}.growth" if whole.growth is not None else whole.id
        sign = "-" if _down_unsigned(scope, pull) else ""
        how = "stated" if scope.same_sentence(whole, pull) else "linked"
        found.append(Found("expect", {"expect": f"{rate.id} * {growth} == {sign}{pull.id}"}, how,
                           pull, "a contribution (拉动) and its contribution rate (贡献率)",
                           f"{pull.id}_by_rate"))
    return found


_VALUE_ADDED = later(r"增加值")
_OUTPUT = later(r"产值|总量|营业收入|营收")


def _same_measure(rate_words: str, label: str | None) -> bool:
    """A contribution to one measure (对全区工业总量的贡献率) is not weighed with the growth of another
    (规模以上工业增加值增长6.8%): value added and output are different wholes."""
    def kind(text: str) -> str | None:
        return "value added" if _VALUE_ADDED.search(text) else "output" if _OUTPUT.search(text) \
            else None

    a, b = kind(rate_words), kind(label or "")
    return a is None or b is None or a == b


def _rate_beside(scope: Scope, k: int) -> DraftClaim | None:
    """The 贡献率 in the clause just before or just after the 拉动 at k, in its sentence."""
    pull = scope.claims[k]
    for j in (k - 1, k + 1):
        if not 0 <= j < len(scope.claims):
            continue
        c = scope.claims[j]
        if is_share(c) and exact(c) and scope.same_sentence(c, pull) \
                and _CONTRIBUTION_RATE.search(_subject(scope, c)):
            return c
    return None


def _whole_rate(scope: Scope, pull: DraftClaim, named: str) -> DraftClaim | None:
    """The growth rate of the whole a 拉动 names (全市工业增加值, 规上工业, GDP), the last one stated
    for its period in a sentence before, up to four lines before: a rate whose label opens with
    that name (规模以上 before it allowed), never a part's (规模以上工业中，装备制造业…)."""
    key = _PLACE.sub("", named).replace("规上", "规模以上").removesuffix("的")
    if not key:
        return None
    s_start, _ = scope.sentence(pull)
    for c in reversed(scope.claims[:scope.index(pull)]):
        if pull.line - c.line > 4:
            return None
        if c.figure.start >= s_start or rate_of(c) is None or not exact(c) \
                or c.period != pull.period or not c.label or "两年平均" in c.label:
            continue
        label = _PLACE.sub("", c.label.replace("规上", "规模以上"))
        if _OF_GDP.match(key):
            if compiled(r"(?:地区|国内)?生产总值|GDP").match(label):
                return c
            continue
        rest = next((label[len(head):] for head in (key, "规模以上" + key) if label.startswith(head)),
                    None)
        if rest is not None and not rest.startswith("中"):
            return c
    return None


def _pull_of_part(scope: Scope) -> list[Found]:
    """金属矿砂…进口2087.5亿元，增长39.4%，拉动进口增长5.4个百分点: the part is the level with its growth
    last before the 拉动 in its sentence, the whole the one it names (进口, 全省外贸, 出口) stated
    before with its level and growth."""
    found = []
    for k, pull, m in _named_pulls(scope):
        whole = whole_named(m.group(1))
        part = _level_before(scope, k) if whole is not None else None
        if whole is None or part is None:
            continue
        total = whole_of(scope, part, whole, level=True)
        if total is None or not same_unit(part, total) or total.basis is not None \
                or part.basis is not None:
            continue
        fields: dict = {"contribution": pull.id, "part": part.id, "to": total.id}
        if _down_unsigned(scope, pull):
            fields["negative"] = [pull.id]
        how = "stated" if _the_only_whole(scope, total, whole) else "linked"
        found.append(Found("contribution", fields, how, pull, "a part's contribution (拉动)",
                           f"{part.id}_contribution"))
    return found


def _the_only_whole(scope: Scope, total: DraftClaim, whole: str) -> bool:
    """The 拉动 names its whole by the measure's own name (拉动进口增长5.4个百分点, 拉动出口增长12个
    百分点), and the article states one level of that whole for the period, with its growth (进口
    12568亿元，增长14.7%): the words can mean no other figure, so the relation is stated. Two such
    levels of other values (the country's and the province's 出口, the second labelled 出口(2))
    leave it linked."""
    return all(c.figure.quantity.interval == total.figure.quantity.interval
               for c in scope.claims if c.period == total.period and is_level(c)
               and c.figure.quantity.unit.dimension == total.figure.quantity.unit.dimension
               and whole_named(compiled(r"\(\d+\)$").sub("", c.label or ""))
               == whole)  # 出口(2): numbered apart


def _level_before(scope: Scope, k: int) -> DraftClaim | None:
    """The part a 拉动 at k is of: the last claim before it in its sentence that is no change in
    百分点 and no share, a level with its growth rate."""
    for c in reversed(scope.claims[:k]):
        if not scope.same_sentence(c, scope.claims[k]):
            return None
        q = c.figure.quantity
        if q is None or q.unit.dimension == "pp" or is_share(c):
            continue
        ok = c.growth is not None and rate_of(c) is not None and is_level(c) and exact(c)
        return c if ok and whole_named(c.label) is None else None
    return None


_LISTED_PULL = later(r"分别(?:拉动|带动)(?:经济|GDP|国内生产总值|地区生产总值)(?:增长)?$")
_LISTED_RATE = later(r"贡献率分别(?:为|是|达到|达)?$")


def _listed(scope: Scope) -> list[Found]:
    """The three demand components' 拉动 and 贡献率 listed with 分别 after their names."""
    found = []
    for k, first in enumerate(scope.claims):
        s_start, _ = scope.sentence(first)
        head = scope.text(s_start, first.figure.number_start)
        if first.figure.quantity is None or first.figure.quantity.unit.dimension != "pp" \
                or not _LISTED_PULL.search(head):
            continue
        pulls = _run(scope, k, "pp")
        names = head[:head.rfind("分别")]
        if len(pulls) != 3 or listed_set(names, 3) != _DEMAND:
            continue
        j = scope.index(pulls[-1]) + 1
        rates = _run(scope, j, "ratio") if j < len(scope.claims) and scope.same_sentence(
            scope.claims[j], first) and _LISTED_RATE.search(_subject(scope, scope.claims[j])) else []
        if len(rates) == 3 and all(is_share(r) for r in rates):
            found.append(Found("breakdown", {"breakdown": "100%", "parts": [r.id for r in rates]},
                               "stated", rates[0], "the contribution rates of a whole's parts",
                               "contribution_rates"))
        total = _gdp_of(scope, first)
        if total is None:
            continue
        how = "stated" if scope.same_sentence(total, first) else "linked"
        found.append(Found("contribution", {"contribution": [c.id for c in pulls], "to": total.id},
                           how, first, "the contributions of the three demand components",
                           f"{total.id}_demand_contributions"))
        for pull, rate in zip(pulls, rates if len(rates) == 3 else [], strict=False):
            found.append(Found("expect", {"expect": f"{rate.id} * {total.id} == {pull.id}"}, how,
                               pull, "a contribution (拉动) and its contribution rate (贡献率)",
                               f"{pull.id}_by_rate"))
    return found


def _run(scope: Scope, k: int, dimension: str) -> list[DraftClaim]:
    """The figures of one dimension listed from k on, joined by 、 or 和 (exact ones only)."""
    out = [scope.claims[k]]
    for c in scope.claims[k + 1:]:
        q = c.figure.quantity
        if q is None or q.unit.dimension != dimension or scope.text(out[-1].end, c.figure.start) \
                not in ("、", "和", "及", "与"):
            break
        out.append(c)
    first = out[0].figure.quantity
    return out if first is not None and first.unit.dimension == dimension and all(exact(c) for c in out) \
        else []


def _gdp_of(scope: Scope, first: DraftClaim) -> DraftClaim | None:
    """The GDP's growth (a rate of its own: GDP增速达到8.1%) stated before the listed 拉动, up to 30
    lines before, for the same year and the same part of it (none named, or the same one)."""
    when = carried(scope, first)
    for c in reversed(scope.claims[:scope.index(first)]):
        if first.line - c.line > 30:
            return None
        if rate_of(c) is not c.figure or not exact(c) or c.period != first.period or not c.label \
                or not compiled(r"生产总值|GDP").search(c.label) or "两年平均" in c.label \
                or "分别" in scope.text(scope.sentence(c)[0], c.figure.start):
            continue
        if carried(scope, c) == when:
            return c
    return None
