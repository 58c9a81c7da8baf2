"""Shares: a percentage that says what part of a whole a figure is (占…的x%, 比重, 占比, 份额).

The part is the level stated just before the share in its sentence; the whole is the figure the
clause names after 占 (占一般公共预算收入的比重为74.2% → the article's 一般公共预算收入), or the
total of the breakdown the part belongs to (其中民生支出40.1亿元，占比达82%). A whole named in
the clause and found in the same sentence or as the breakdown's total is *stated*; found
elsewhere in the article by its label, it is *linked*.
"""

from __future__ import annotations

import re

from ..patterns import later
from .claims import DraftClaim
from .scope import Found, Scope, exact, is_level, is_share, same_unit

__all__ = ["find"]

_SHARE_WORD = later(r"占(?!用|地|领|有)|比重|占比|份额")
_WHOLE_WORDS = later(r"占(.*?)(?:的)?(?:比重|比例|份额)?(?:为|达到|达|约为|约|超过|超|近|接近)?$")


def find(scope: Scope, totals: dict[str, DraftClaim]) -> list[Found]:
    """``totals``: the total of each claim that is a part of a breakdown (by part id)."""
    found: list[Found] = []
    for k, rate in enumerate(scope.claims):
        if not is_share(rate):
            continue
        head = scope.before(rate)
        if not _SHARE_WORD.search(head):
            continue
        part = _part(scope, k, rate)
        if part is None:
            continue
        whole, how = _whole(scope, rate, part, head, totals)
        if whole is None:
            continue
        found.append(Found("share", {"share": part.id, "of": whole.id, "is": rate.id}, how, rate,
                           "a share word with its part and whole", f"{part.id}_share"))
    return found


def _part(scope: Scope, k: int, rate: DraftClaim) -> DraftClaim | None:
    """The level the share is of: the nearest one before it in its sentence."""
    s_start, _ = scope.sentence(rate)
    for c in reversed(scope.claims[:k]):
        if c.figure.start < s_start:
            return None
        if is_level(c) and c.figure.quantity.unit.dimension != "ratio":
            return c
    return None


def _whole(scope: Scope, rate: DraftClaim, part: DraftClaim, head: str,
           totals: dict[str, DraftClaim]) -> tuple[DraftClaim | None, str]:
    m = re.search(r"占(?:比)?(.*)", head)
    words = _clean(m.group(1)) if m else ""
    if not words and part.id in totals:
        return totals[part.id], "stated"  # 其中民生支出40.1亿元，占比达82%
    if len(words) < 2:
        return None, ""
    candidates = [c for c in scope.claims if c is not part and c is not rate and c.label
                  and is_level(c) and same_unit(c, part) and _names(words, c.label)
                  and c.period == part.period]
    if not candidates:
        return None, ""
    same = [c for c in candidates if scope.same_sentence(c, rate)]
    if same:
        return same[-1], "stated"
    if part.id in totals and totals[part.id] in candidates:
        return totals[part.id], "stated"
    candidates = [c for c in candidates if exact(c) and _may_hold(c, part)
                  and not (_WIDER.match(words_as_written(head)) and
                           _alias(c.label) == _alias(part.label or ""))]
    if not candidates:
        return None, ""
    before = [c for c in candidates if c.figure.start < rate.figure.start]
    return (before[-1] if before else candidates[0]), "linked"


_WIDER = later(r"占(?:比)?(?:全国|全省|全市|全区|全球|世界)")


def words_as_written(head: str) -> str:
    """The words from 占 on, as the clause writes them."""
    at = head.find("占")
    return head[at:] if at >= 0 else ""


def _may_hold(whole: DraftClaim, part: DraftClaim) -> bool:
    """A figure elsewhere in the article can be the whole of a part only when it is larger: a
    smaller one is another figure with a like label (a restatement of the part, a sub-total)."""
    w, p = whole.figure.quantity.interval, part.figure.quantity.interval
    return w.hi is None or p.lo is None or w.hi > p.lo


def _clean(words: str) -> str:
    words = re.sub(r"(?:的)?(?:比重|比例|份额|总量|总额)?(?:为|达到|达|约为|约|超过|超|近|接近)?$", "",
                   words)
    return re.sub(r"^(?:全[国省市区县镇]|本[市区县镇]|当年|同期)", "", words).strip("的")


def _names(words: str, label: str) -> bool:
    """Whether the words after 占 name a figure with this label (GDP and 地区生产总值 alike)."""
    words, label = _alias(words), _alias(label)
    return len(words) >= 2 and (words in label or label.endswith(words) or words.endswith(label))


def _alias(text: str) -> str:
    return re.sub(r"GDP|国内生产总值|地区生产总值", "生产总值", text)
