"""A ranked list in its order: 其余“十强”选手分别是：北京10.7%、浙江10.6%、山西10.5%…; 江西（6.9%）、
福建（6.7%）、湖北（6.7%）位列前三. The names of the top of a ranking are listed from the first place
down, so the figure each name carries is at least the next name's: one `expect` per pair.

The sentence must say it is a ranking (十强, 前三, 排名, 依次) next to the list, and the figures
must be what is ranked: rates where the sentence ranks a rate (增速), levels where it ranks no rate.
A ranking from the bottom (倒数, 最低, 后五位) is left alone, and so is a list with no such words
(其中，广东（3.3%）、江苏（4.6%）、上海（3.1%）低于全国水平 is in no order).

A first place and the places after it, named in words: 国有单位年平均工资最高，为73461元；其次是其他所有
制单位，为55198元；第三位是集体单位，为49045元 — 最高/最多/居首 then 其次 (紧随其次), then 第三位, 再次,
接下来 (接下来分别是 A16家，B15家 …: each in turn). The first place's figure is at least the second's
(最低/最少: at most), of each unit that every place states exactly once (沃尔玛关店数量最多，闭店12家，占比
约25%，其次是盒马鲜生6家，占比约13%: 12家 ≥ 6家 and 25% ≥ 13%). A place stating two figures of one
unit (营收 and 净利润) is too vague to order by, and a ranking of a fall (降幅最大, 亏损最多) orders
sizes the signed figures reverse: both are left alone. 其次 with no first place in its sentence
(首先…其次…) is a word of discourse, no ranking.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from ..patterns import later
from .claims import DraftClaim
from .scope import Found, Scope, same_unit

__all__ = ["find"]

_NUMERAL = r"(?:\d+|[一二两三四五六七八九十]+)"
#: A name of the list and what may open its figure: 北京, 江西（.
_NAME = r"[\u4e00-\u9fffA-Za-z]{2,10}"
#: From one item's figure to the next item's: ）、福建（; 、浙江.
_NEXT = later(r"[）)]?(?:、|和|及|与|以及)(?P<name>" + _NAME + r")[（(]?")
#: The words that open the list after a ranking: 分别是：, 依次为.
_OPENS = later(r"(?:分别是|分别为|依次为|依次是|依次|为|是)[：:]?(?P<name>" + _NAME + r")[（(]?$")
#: The ranking said before the list: “十强”, 前10名, 排名, 依次.
_RANKING_BEFORE = later(_NUMERAL + r"强|前" + _NUMERAL + r"|排名|排行|榜|依次")
#: The places the list takes, after it: ）位列前三, ，居全国前五位.
_RANKING_AFTER = later(r"[）)]?[，,]?(?:位列|位居|居|排名|排在|占据了?|包揽了?)(?:全[国省市区])?前"
                       + _NUMERAL)
#: A ranking from the bottom, or in rising order.
_FROM_BOTTOM = later(r"倒数|最低|最少|最小|最慢|末位|后" + _NUMERAL + r"[位名]|从低到高|由低到高|"
                     r"从小到大|由小到大|升序")
#: Words of a rate ranked: the figures must then be rates.
_RATE_RANKED = later(r"增速|增幅|增长率|增长|降幅|比重|占比|率")
_BEFORE = later(r"(?P<name>" + _NAME + r")[（(]?$")


def find(scope: Scope) -> list[Found]:
    found: list[Found] = _places_in_words(scope)
    claims = scope.claims
    k = 0
    while k < len(claims):
        run = _run(scope, k)
        if len(run) >= 3 and _ranked(scope, run):
            found += [Found("expect", {"expect": f"{a.id} >= {b.id}"}, "stated", b,
                            "a ranked list, from the first place down",
                            f"{b.id}_order") for a, b in itertools.pairwise(run)]
        k += max(len(run), 1)
    return found


def _run(scope: Scope, k: int) -> list[DraftClaim]:
    """The figures of a list of names, each with its figure, from claim k (北京10.7%、浙江10.6%…)."""
    claims = scope.claims
    first = claims[k]
    a, _ = scope.clause(first)
    if not _figure(first) or _BEFORE.search(scope.text(a, first.figure.start)) is None:
        return []
    run = [first]
    for c in claims[k + 1:]:
        last = run[-1]
        if not (_figure(c) and same_unit(c, last) and scope.same_sentence(c, last)
                and _NEXT.fullmatch(scope.text(last.figure.end, c.figure.start))):
            break
        run.append(c)
    return run


def _figure(c: DraftClaim) -> bool:
    """A level or rate as written, with no bound word and no word of change (北京10.7%)."""
    f = c.figure
    q = f.quantity
    return q is not None and f.kind == "level" and q.qualifier is None and f.change_word is None \
        and q.unit.dimension not in ("count", "rank", "time")


def _ranked(scope: Scope, run: list[DraftClaim]) -> bool:
    """Whether the sentence says the list is the top of a ranking, in order, of its figures."""
    first, last = run[0], run[-1]
    s_start, s_end = scope.sentence(first)
    before = scope.text(s_start, first.figure.start)
    after = scope.text(last.figure.end, s_end)
    opened = _OPENS.search(before)
    said = (opened is not None and _RANKING_BEFORE.search(before[:opened.start()])) or \
        _RANKING_AFTER.match(after)
    if not said or _FROM_BOTTOM.search(before + after):
        return False
    if opened is None:  # the list must end where its places are said: …湖北（6.7%）位列前三
        tail = after
    else:  # …重庆9.9%。: the list ends its clause
        tail = after[:1]
        if tail not in ("", "。", "；", ";", "\n", "）", ")"):
            return False
    rates = all(c.figure.quantity.unit.dimension == "ratio" for c in run)  # type: ignore[union-attr]
    ranked_rate = _RATE_RANKED.search(before + tail) is not None
    return rates == ranked_rate


#: The second place: 其次是, 其次为, 紧随其次 (the name before it), 紧随其后的是.
_SECOND = later(r"(?P<after>紧随)?其次(?:是|为|则是|则为|分别是|分别为|的是)?|紧随其后的?是|"
                r"(?P<behind>紧随其后)")
#: The first place, before it: 最多, 最高 … (a ranking upward: at most), 居首, 位居首位.
_FIRST = later(r"(?P<top>最多|最高|最大|最快|最强|最长|最重|居首|位居首位|居于首位|位列首位|排名第一|"
               r"位居第一|居第一|排第一|位列第一|居榜首|位居榜首|之首)|(?P<bottom>最少|最低|最小|最慢|最短)")
#: The first place said as a position: the place's figures may come before the words.
_POSITIONS = frozenset(
    "居首 位居首位 居于首位 位列首位 排名第一 位居第一 居第一 排第一 位列第一 居榜首 位居榜首".split())
#: A first place of a fall (降幅最大, 亏损最多): the sizes ranked are the figures' opposites.
_A_FALL = later(r"降幅|跌幅|减幅|下降|下跌|减少|下滑|回落|亏损|缩减|萎缩|降低")
#: The places after the second: 第三位是, 位列第三, 再次是, 接下来分别是 (a list, each in turn).
_NEXT_PLACE = later(r"第[三四五六七八九十](?:位|名|大|等)?的?(?:是|为|也有|则是)|"
                    r"位[列居]第[三四五六七八九十]|排名第[三四五六七八九十]|再次(?:是|为)|然后是|随后是|之后是|接着是|"
                    r"(?P<list>接下来(?:分别|依次)?(?:是|为)|依次(?:是|为))")
#: Where a place's words end: the sentence, or the clause of a 其次 (；).
_PLACE_ENDS = "。！？!?；;\n"
#: A superlative that is no place: 最多可达, 最高法院, 最大限度.
_NO_PLACE_AFTER = later(r"可|能|不超过|只|仅|法院|检察|人民|限度|程度|化")


def _places_in_words(scope: Scope) -> list[Found]:
    """最多 … 其次 … 第三位 …: each place's figure against the next's."""
    plain = scope.plain
    if "其次" not in plain and "紧随其后" not in plain:
        return []
    found: list[Found] = []
    for m in _SECOND.finditer(plain):
        places = _places(scope, m)
        if places is None:
            continue
        downward, figures = places
        for unit_figures in figures:
            for a, b in itertools.pairwise(unit_figures):
                high, low = (a, b) if downward else (b, a)
                found.append(Found("expect", {"expect": f"{high.id} >= {low.id}"}, "stated", b,
                                   "a ranking in words, 最多…其次", f"{b.id}_order"))
    return found


def _places(scope: Scope, second) -> tuple[bool, list[list[DraftClaim]]] | None:
    """The direction of the ranking and, per unit, the places' figures in order."""
    plain = scope.plain
    s_start = max(plain.rfind(ch, 0, second.start()) for ch in "。！？!?\n") + 1
    before = plain[s_start:second.start()]
    tops = [f for f in _FIRST.finditer(before) if not _NO_PLACE_AFTER.match(before, f.end())]
    if not tops or "首先" in before or _SECOND.search(before):
        return None
    top = tops[-1]
    first_start = s_start + _clause_start(before, top.start())
    if _A_FALL.search(plain, first_start, s_start + top.start()) or \
            _A_FALL.search(plain, s_start + top.end(), s_start + top.end() + 2):
        return None
    # 北京紧随其次，有2999家: the second place's name is before its words
    named_before = second.group("after") or second.group("behind")
    second_start = s_start + _clause_start(before, len(before)) if named_before else second.end()
    end = _end_of_place(plain, second.end())
    first = _Place(first_start, min(second.start(), second_start))
    # 成大生物批签发401.18万支，占比52.39%，位居首位: the place's figures are in the words before
    if top.group("top") in _POSITIONS and not any(
            _ranked_figure(scope, c) and c.figure.number_start >= first.start
            for c in scope.in_span(first.start - _WORDS_BEFORE, first.end)):
        first = _Place(max(s_start, plain.rfind("；", s_start, first_start) + 1), first.end)
    places = [first, _Place(second_start, end)]
    while end < len(plain) and plain[end] in "；;，,":
        nxt = _NEXT_PLACE.match(plain, end + 1)
        if nxt is None:
            break
        if nxt.group("list"):  # 接下来分别是 A16家，B15家 …: each figure a place
            places.append(_Place(nxt.end(), _sentence_end(plain, nxt.end()), listed=True))
            break
        end = _end_of_place(plain, nxt.end())
        places.append(_Place(nxt.end(), end))
    return top.group("top") is not None, _by_unit(scope, places)


#: How far a figure's own words (为, 达到) may reach before its number: a place's words end at the number.
_WORDS_BEFORE = 12


@dataclass(frozen=True, slots=True)
class _Place:
    """The words of one place of a ranking (``listed``: a list of places, one per figure)."""

    start: int
    end: int
    listed: bool = False


def _by_unit(scope: Scope, spans: list[_Place]) -> list[list[DraftClaim]]:
    """Per unit the first place states exactly once, the places' figures in order: each later
    place's first figure of the unit, or the list it opens (南京银行（+11.32%）和杭州银行（+9.61%）
    紧随其后; 其次为A、B、C，…分别为236.60万支、39.23万支、31.77万支), which ends the ranking."""
    places: list[list[DraftClaim]] = []
    for span in spans:
        figures = [c for c in scope.in_span(span.start - _WORDS_BEFORE, span.end)
                   if span.start <= c.figure.number_start < span.end and _ranked_figure(scope, c)]
        if span.listed:
            places.extend([c] for c in figures)
        else:
            places.append(figures)
    if len(places) < 2:
        return []
    out: list[list[DraftClaim]] = []
    for c in places[0]:
        if sum(1 for x in places[0] if same_unit(x, c) and _same_change(x, c)) != 1:
            continue
        run = [c]
        for place in places[1:]:
            column = [x for x in place if same_unit(x, c) and _same_change(x, c)]
            if not column:
                break
            listed = _listed_run(scope, column)
            if len(listed) == 1 and _a_group(scope, run[-1], listed[0]):
                break
            run.extend(listed)
            if len(listed) > 1:
                break
        if len(run) >= 2:
            out.append(run)
    return out


#: Between two figures of one list: 、, 和 (南京银行（+11.32%）和杭州银行（+: a name between brackets).
_LIST_JOINT = later(r"[）)]?(?:、|和|及|与|以及)(?:[\u4e00-\u9fffA-Za-z]{1,12}[（(][+＋]?)?")


#: Names listed before a place's one figure (阿里巴巴、腾讯、吉利、百度紧随其后，4家…1347亿元): a group's.
_NAMES_LISTED = later(r"[、和及与]")
#: A figure of every name of a group: 均为17个, 都在, 各有.
_EACH = later(r"(?:均|都|各)[为是有达在]?$")


def _a_group(scope: Scope, last: DraftClaim, c: DraftClaim) -> bool:
    """Whether a place's one figure is the total of several names (a group), not one place's."""
    words = scope.text(last.figure.end, c.figure.number_start)
    return bool(_NAMES_LISTED.search(words)) and not _EACH.search(words)


def _listed_run(scope: Scope, figures: list[DraftClaim]) -> list[DraftClaim]:
    """The first figure and the ones listed right after it."""
    run = [figures[0]]
    for c in figures[1:]:
        if not _LIST_JOINT.fullmatch(scope.text(run[-1].figure.end, c.figure.number_start)):
            break
        run.append(c)
    return run


def _ranked_figure(scope: Scope, c: DraftClaim) -> bool:
    """A figure a place can be ranked by: a level or a change, not a rank, a time or a base."""
    q = c.figure.quantity
    before = scope.before(c)
    return q is not None and q.unit.dimension not in ("rank", "time", "factor") and \
        c.figure.kind == "level" and "比" not in before[-4:] and not _A_SUM.search(before)


#: A total of several places (4家研发投入合计达1347亿元), never one place's figure.
_A_SUM = later(r"合计|共计|总计|总共|累计|加起来|之和|共有|共")


def _same_change(a: DraftClaim, b: DraftClaim) -> bool:
    return (a.figure.change_word is None) == (b.figure.change_word is None)


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding text[at] starts: after the last ，；：。 outside brackets."""
    depth = 0
    for i in range(at - 1, -1, -1):
        ch = text[i]
        if ch in "）)":
            depth += 1
        elif ch in "（(":
            depth = max(0, depth - 1)
        elif depth == 0 and ch in "，,；;：:":
            return i + 1
    return 0


def _end_of_place(plain: str, at: int) -> int:
    """The end of a place's words: the next ；。 (or a 第三位, 再次 after a comma)."""
    stop = _sentence_end(plain, at, _PLACE_ENDS)
    for comma in _COMMA.finditer(plain, at, stop):
        if _NEXT_PLACE.match(plain, comma.end()):
            return comma.start()
    return stop


_COMMA = later(r"[，,]")


def _sentence_end(plain: str, at: int, ends: str = "。！？!?\n") -> int:
    found = [i for i in (plain.find(ch, at) for ch in ends) if i >= 0]
    return min(found) if found else len(plain)
