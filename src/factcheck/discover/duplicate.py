"""The same figure stated twice: two levels with the same label, period and place, in different
sentences (a lead and the body, a summary and a detail) must agree. Tied across sentences by their
words alone, they are *linked*: at most a warning."""

from __future__ import annotations

import re

from .claims import DraftClaim
from .scope import Found, Scope, exact, is_level, same_unit

__all__ = ["find"]

_GENERIC = re.compile(r"^(?:增长|下降|其中|合计|总计|累计|共|同比|比上年|达到|实现|完成)")
_PLACE = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:省|市|区|县|镇|乡|街道|自治区)|北京|天津|上海|重庆|"
                    r"河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|"
                    r"四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门")


def find(scope: Scope) -> list[Found]:
    found: list[Found] = _asides(scope)
    first: dict[tuple, DraftClaim] = {}
    for c in scope.claims:
        if not is_level(c) or not exact(c) or not c.label or len(c.label) < 4 \
                or _GENERIC.match(c.label):
            continue
        key = (c.label, c.period, _places(scope, c), c.figure.quantity.unit.key)
        seen = first.get(key)
        if seen is None:
            first[key] = c
            continue
        if scope.same_sentence(seen, c) or not same_unit(seen, c):
            continue
        found.append(Found("same", {"same": [seen.id, c.id]}, "linked", c,
                           f"the same label «{c.label}», period and place", f"{c.id}_same"))
    return found


def _asides(scope: Scope) -> list[Found]:
    """14582万吨（2916亿斤）: the same figure in other units, in parentheses (*stated*)."""
    found = []
    for a, b in zip(scope.claims, scope.claims[1:], strict=False):
        if scope.aside(b) and is_level(a) and is_level(b) and same_unit(a, b) and exact(a) \
                and exact(b) and scope.text(a.figure.end, b.figure.start) in ("（", "("):
            found.append(Found("same", {"same": [a.id, b.id]}, "stated", a,
                               "the same figure in other units", f"{a.id}_same"))
    return found


def _places(scope: Scope, c: DraftClaim) -> frozenset[str]:
    """The places the claim's sentence names before the figure (江苏, 南京市 …)."""
    a, _ = scope.sentence(c)
    return places_in(scope.text(a, c.figure.start))


def places_in(text: str) -> frozenset[str]:
    """The places a text names (江苏, 南京市, 海淀区 …), without their 省/市 suffix."""
    return frozenset(re.sub(r"(?:省|市|自治区)$", "", p) for p in _PLACE.findall(text))
