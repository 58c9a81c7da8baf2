"""A ranked list in its order: 其余“十强”选手分别是：北京10.7%、浙江10.6%、山西10.5%…; 江西（6.9%）、
福建（6.7%）、湖北（6.7%）位列前三. The names of the top of a ranking are listed from the first place
down, so the figure each name carries is at least the next name's: one `expect` per pair.

The sentence must say it is a ranking (十强, 前三, 排名, 依次) next to the list, and the figures
must be what is ranked: rates where the sentence ranks a rate (增速), levels where it ranks no rate.
A ranking from the bottom (倒数, 最低, 后五位) is left alone, and so is a list with no such words
(其中，广东（3.3%）、江苏（4.6%）、上海（3.1%）低于全国水平 is in no order).
"""

from __future__ import annotations

import itertools

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
    found: list[Found] = []
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
