"""A structure that changed: the three industries' shares written as two ratios, the earlier and
the later (三次产业比由上年的13.01:32.29:54.7调整为13.19:31.34:55.47; 三次产业结构由2000年的24.2∶35.0∶40.8
调整到2005年的18.9∶47.4∶33.7), and each industry's change in 百分点 that its sentence states after
them (第一产业增加值占地区生产总值的比重增加0.18个百分点; 一产业所占比重上升0.4个百分点; 5年内二产上升
12.4个百分点): the change is the later term less the earlier, in points (`expect`, *stated*).

The change's clause names one industry (第一产业, 一产业, 二产 …) and no other base (比一季度, 比上年末);
the ratios' sentence names the three industries (三次产业, 第一、二、三产业), whose order the terms take.
"""

from __future__ import annotations

from itertools import pairwise

from ..patterns import later
from .claims import DraftClaim
from .composition import CHANGED_TO, listed_set
from .scope import Found, Scope

__all__ = ["find"]

#: A change's clause: one industry (第一产业, 一产业, 二产), its value added and share, the word of
#: change — 第一产业增加值占地区生产总值的比重增加, 一产业所占比重上升, (5年)内二产上升; never a part of an
#: industry (第二产业中工业比重提高).
_CHANGE_CLAUSE = later(r"^[^，,；;产工]{0,4}?第?([一二三])(?:产业|产)(?:增加值)?(?:所?占[^，,；;]{0,12}?)?的?"
                       r"(?:比重|占比)?(?:上升|下降|提高|增加|降低|减少|回落|扩大|缩小)了?$")
_ORDINAL = {"一": 0, "二": 1, "三": 2}
#: Another base than the earlier ratio's (比一季度, 较上年末, 同期), once 比重 and 占比 are taken out.
_OTHER_BASE = later(r"比|较|同期|年末|季度")
_SHARE_WORD = later(r"比重|占比")
_CLAUSE_END = later(r"[，,；;]")


def find(scope: Scope) -> list[Found]:
    found = []
    groups = _ratios(scope)
    for earlier, later_ in pairwise(groups):
        if len(earlier) != 3 or len(later_) != 3 or earlier[0].line != later_[0].line \
                or not CHANGED_TO.fullmatch(scope.text(earlier[-1].end, later_[0].figure.start)):
            continue
        s_start, s_end = scope.sentence(later_[0])
        if listed_set(scope.text(s_start, earlier[0].figure.start), 3) is None:
            continue
        changes: dict[int, DraftClaim] = {}
        start = later_[-1].end
        for c in scope.in_span(later_[-1].end, s_end):
            words, start = scope.text(start, c.figure.number_start), c.end
            q = c.figure.quantity
            if q is not None and q.unit.dimension == "time":
                continue  # 5年内二产上升12.4个百分点: the span the change took
            if q is None or q.unit.dimension != "pp":
                break
            clause = _CLAUSE_END.split(words)[-1]
            m = _CHANGE_CLAUSE.match(clause)
            if m is None or _OTHER_BASE.search(_SHARE_WORD.sub("", clause)):
                continue
            changes.setdefault(_ORDINAL[m.group(1)], c)
        for i, c in changes.items():
            found.append(Found("expect", {"expect": f"({later_[i].id} - {earlier[i].id}) / 100 == {c.id}"},
                               "stated", c, "a share's change between two ratios of the three industries",
                               f"{c.id}_structure"))
    return found


def _ratios(scope: Scope) -> list[list[DraftClaim]]:
    """The terms of every ratio, in the order of the text."""
    groups: dict[str, list[DraftClaim]] = {}
    for c in scope.claims:
        key = c.figure.extra.get("ratio_group")
        if key is not None:
            groups.setdefault(key, []).append(c)
    return sorted(groups.values(), key=lambda g: g[0].figure.start)

