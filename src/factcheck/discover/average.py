"""Averages: 人均 / 户均 / 平均每… with the total and the count it divides, all in one sentence
(全年发放补贴2.1亿元，惠及1.2万户，户均1.75万元). Per-capita income and GDP per head come from
surveys and average populations: they are not checked against a total and a year-end count —
unless the sentence names the count it divides by (GDP总量1730.2亿元，按2020年全市常住人口185.94万人
计算，人均GDP约9.31万元)."""

from __future__ import annotations

from ..patterns import later
from .claims import DraftClaim
from .scope import Found, Scope, exact, is_level, same_unit

__all__ = ["find"]

_AVERAGE = later(r"人均|户均|平均每|每户|每人|平均")
_NOT_DIVIDED = later(r"可支配收入|生产总值|GDP|消费支出|工资|收入")
_DIVIDED_BY = later(r"按[^，,]*$")  # 按2020年全市常住人口 before the count, 计算 after it
_COMPUTED = later(r"^计算")
# an average rate (失业率平均为5.7%) is a mean over months or places, never a total over a count
_RATES = ("ratio", "pp", "factor")
_FROM_TO = later(r"^[^，,。；;]{0,3}(?:提高|上升|增加|增长|下降|减少|降低|回落|扩大|缩小)(?:至|到|为)$")


def find(scope: Scope) -> list[Found]:
    found: list[Found] = []
    for k, per in enumerate(scope.claims):
        if not is_level(per) or not _AVERAGE.search(scope.before(per)) \
                or per.figure.quantity.unit.dimension in _RATES:
            continue
        s_start, _ = scope.sentence(per)
        earlier = [c for c in scope.claims[:k] if c.figure.start >= s_start]
        count = next((c for c in reversed(earlier) if is_level(c) and exact(c)
                      and c.figure.quantity.unit.dimension in ("count", "visits")
                      and not same_unit(c, per)), None)
        named = count is not None and _named_divisor(scope, count)
        if not named and (not exact(per) or _NOT_DIVIDED.search(per.label or "")):
            continue
        total = next((c for c in reversed(earlier) if is_level(c) and same_unit(c, per)
                      and exact(c)), None)
        if total is None or count is None or _FROM_TO.match(scope.text(total.end, per.figure.number_start)):
            continue  # 平均受教育年限由9.08年提高至9.91年: one measure at two dates, no total
        found.append(Found("average", {"average": per.id, "total": total.id, "count": count.id},
                           "stated", per, "an average with its total and count",
                           f"{per.id}_average"))
    return found


def _named_divisor(scope: Scope, count: DraftClaim) -> bool:
    """按N人计算: the sentence says which count its average divides by."""
    return bool(_DIVIDED_BY.search(scope.before(count))
                and _COMPUTED.match(scope.text(count.end, count.end + 2)))
