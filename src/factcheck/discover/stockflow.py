"""Stock and flow: 新增 N … 累计/总数/达到 M in one sentence (the stock M holds the flow N)."""

from __future__ import annotations

import re

from ..patterns import later
from .scope import Found, Scope, exact, is_level, same_unit

__all__ = ["find"]

_FLOW = later(r"新增|新认定|新引进|新培育|新建|新开工|净增|新注册|新登记")
_STOCK = later(r"累计|总数|总量|总计|共有|已达|达到|达|总规模|保有量")


def find(scope: Scope) -> list[Found]:
    found: list[Found] = []
    for k, added in enumerate(scope.claims):
        if not is_level(added) or not exact(added):
            continue
        a_clause = scope.before(added)
        if not _FLOW.search(a_clause):
            continue
        _, s_end = scope.sentence(added)
        for stock in scope.claims[k + 1:k + 3]:
            if stock.figure.start >= s_end or not is_level(stock) or not same_unit(stock, added):
                continue
            if not exact(stock) or not _STOCK.search(scope.before(stock)):
                continue
            found.append(Found("stock", {"stock": stock.id, "added": [added.id]}, "stated", stock,
                               "新增 then 累计", f"{stock.id}_stock"))
            break
    found.extend(_stock_then_flow(scope))
    return found


def _stock_then_flow(scope: Scope) -> list[Found]:
    """达到386家，比上年净增41家: the stock, then what it grew by in the year."""
    found = []
    for k, stock in enumerate(scope.claims[:-1]):
        flow = scope.claims[k + 1]
        if not (is_level(stock) and exact(stock) and is_level(flow) and same_unit(stock, flow)):
            continue
        if not scope.same_sentence(stock, flow) or not _STOCK.search(scope.before(stock)):
            continue
        if re.match(r"^[，,]?(?:比上年|比去年|较上年|同比)?(?:净增|新增)$",
                    scope.text(stock.end, flow.figure.start) + scope.before(flow)[-2:]):
            found.append(Found("stock", {"stock": stock.id, "added": [flow.id]}, "stated", stock,
                               "a stock and what it grew by", f"{stock.id}_stock"))
    return found
