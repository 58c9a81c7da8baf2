"""Stock and flow: 新增 N … 累计/总数/达到/现有 M in one sentence, or in the next one when it opens
with 至此 (the stock M holds the flow N)."""

from __future__ import annotations

from ..patterns import compiled, later
from .claims import DraftClaim
from .scope import Found, Scope, exact, is_level, same_unit

__all__ = ["FLOW", "STOCK", "find"]

#: The words of a flow into a stock (新增, 净增, 新建 …).
FLOW = later(r"新增|新认定|新引进|新培育|新建|新开工|净增|新注册|新登记")
#: The words of a stock; a bare 达 only right before its number (总数达133家), never inside a name
#: (富达高新技术创业服务有限公司等23家).
STOCK = later(r"累计|总数|总量|总计|共有|现有|已达|达到|达[约近超逾]?$|总规模|保有量")
# 新增10亿美元QDII额度的基金公司达到了5家: 新增 governs its own figure in a relative clause; the count is
# of the firms that had it, no flow
_RELATIVE = later(r"[0-9零一二两三四五六七八九十百千万亿][^，,。；;的]*的")
# 累计批准额度最多的两家公司: a superlative picks members, it states no stock
_SUPERLATIVE = later(r"最[多大高少低强][的之]?$")
_FULL_STOP = later(r"[。！？!?\n]")
# 新增上市公司达7家。至此，佛山境内外上市公司总数达70家 (前4个月，新增首发上市公司35家。截至4月末，
# 境内股票市场共有上市公司5372家): the stock after what was added
_SINCE_THEN = later(r"^(?:至此|截至目前|到目前为止|迄今为止?|截至[^，,。；;]{1,10}?[末底])[，,]?")


def find(scope: Scope) -> list[Found]:
    found: list[Found] = []
    for k, added in enumerate(scope.claims):
        if not is_level(added) or not exact(added):
            continue
        a_clause = scope.before(added)
        flows = list(FLOW.finditer(a_clause))
        if not flows or _RELATIVE.search(a_clause[flows[-1].end():]):
            continue
        _, s_end = scope.sentence(added)
        stock = next((c for c in scope.claims[k + 1:k + 3] if c.figure.start < s_end
                      and _stock_of(scope, c, added)), None) or _stock_since_then(scope, k, added)
        if stock is not None:
            found.append(Found("stock", {"stock": stock.id, "added": [added.id]}, "stated", stock,
                               "新增 then 累计", f"{stock.id}_stock"))
    found.extend(_stock_then_flow(scope))
    return found


def _stock_of(scope: Scope, c: DraftClaim, added: DraftClaim) -> bool:
    """A level of the flow's unit that its words state as a stock (the figure's own 现有 too)."""
    words = scope.text(scope.clause(c)[0], c.figure.number_start)
    return is_level(c) and same_unit(c, added) and _same_measure(c, added) and exact(c) \
        and bool(STOCK.search(words)) and not _SUPERLATIVE.search(words)


def _same_measure(stock: DraftClaim, flow: DraftClaim) -> bool:
    """A stock and its flow count by one measure word: 新增學校12所…達到中小學54所, never 新增學位數4萬個 into
    the 54所 schools."""
    a, b = stock.figure.quantity, flow.figure.quantity
    return a is None or b is None or a.unit.dimension != "count" or a.unit.name == b.unit.name


def _stock_since_then(scope: Scope, k: int, added: DraftClaim) -> DraftClaim | None:
    """The stock the full sentence after the flow's states when it opens with 至此 (截至4月末): the first
    level of the flow's unit there (the flow's sentence may list parts of it first: 其中4家)."""
    plain = scope.plain
    end = _FULL_STOP.search(plain, added.end)
    if end is None or end.group(0) == "\n":
        return None
    start = end.end()
    while start < len(plain) and plain[start] in " \t\u3000":
        start += 1
    if not _SINCE_THEN.match(plain[start:start + 8]):
        return None
    stop = _FULL_STOP.search(plain, start)
    levels = [c for c in scope.in_span(start, stop.start() if stop else len(plain))
              if is_level(c) and same_unit(c, added)]
    return levels[0] if levels and _stock_of(scope, levels[0], added) else None


def _stock_then_flow(scope: Scope) -> list[Found]:
    """达到386家，比上年净增41家: the stock, then what it grew by in the year."""
    found = []
    for k, stock in enumerate(scope.claims[:-1]):
        flow = scope.claims[k + 1]
        if not (is_level(stock) and exact(stock) and is_level(flow) and same_unit(stock, flow)
                and _same_measure(stock, flow)):
            continue
        if not scope.same_sentence(stock, flow) or not STOCK.search(scope.before(stock)):
            continue
        between = scope.text(stock.end, flow.figure.start) + scope.before(flow)[-2:]
        if compiled(r"^[，,]?(?:比上年|比去年|较上年|同比)?(?:净增|新增)$").match(between):
            found.append(Found("stock", {"stock": stock.id, "added": [flow.id]}, "stated", stock,
                               "a stock and what it grew by", f"{stock.id}_stock"))
    return found
