"""The relations a table states by its layout (:mod:`factcheck.figures.tables` reads its cells),
and those of lines that list a total and its parts one per line.

In a table (*stated*):

- a row with the current level, the previous one and the growth rate (本年 / 上年 / 增长%, 本期 /
  同期 / 增减%, 2023年 / 2022年 / 增长%): growth;
- a total row (合计, 总计, 全市, 全省 …) and the rows of the same heading in the same column and
  unit: each part at most the whole; all of them together equal to it only when the total row
  comes after them (合计 closes the list) or they are under a heading 按…分 that names the
  breakdown;
- a row marked 其中 or # and the nearest unmarked row above it: the part at most the whole;
- a share column (比重%, 占比%): the row's level over the total row's level of the same column.

Never rows of different units or columns, of two tables, or under different headings; never a
sum of rates or shares; a net amount (利润, 净…) or a negative cell is no part at most its whole.

Lines of one figure each (*linked*, *stated* when a lead word says so): a line naming a total
(全市接待游客1234.5万人次，增长12.3%), then at least two lines, each a name and one level in the
same unit (and its rate) — 分区县看, 其中 or 按…分 on the total's line or a line of its own
before them states the parts; without one, the lines tie them only by their layout: each part
at most the whole, a warning at most.
"""

from __future__ import annotations

from ..figures.tables import Table, cell_key, tables_in
from ..patterns import later
from .claims import DraftClaim
from .composition import measure
from .scope import Found, Scope, a_net_amount, exact, is_level, same_unit

__all__ = ["find"]

_TOTAL = later(r"(?:全[市省区县国镇乡]|全社会)?(?:合计|总计|总数|总量|总额|全部)|全[市省区县国镇乡]")
_BY = later(r"按.{1,10}分|分.{1,6}看")
_LEAD = later(r"其中[:：，,]?$|(?:按.{1,10}分|分.{1,8}看)[:：，,]?$")


def find(scope: Scope) -> list[Found]:
    cells: dict[str, DraftClaim] = {}
    for c in scope.claims:
        for f in (c.figure, c.growth):
            if f is not None and "table_cell" in f.extra:
                cells[f.extra["table_cell"]] = c
    found: list[Found] = []
    for table in tables_in(scope.plain):
        found.extend(_table(scope, table, cells))
    found.extend(_lines(scope))
    return found


def across_rows(scope: Scope, found: list[Found]) -> list[Found]:
    """The relations other finders found between the cells of two rows of a table (or of two
    tables): the words between them are cells of other rows, not the words of a sentence. Only the
    layout (:func:`find`) ties table rows; the same figure stated again in the text is kept."""
    rows = {c.id: c.figure.extra["table_cell"].rsplit(":", 1)[0] for c in scope.claims
            if "table_cell" in c.figure.extra}
    if not rows:
        return []
    dropped = []
    for r in found:
        if r.kind == "same":
            continue
        tied = {rows[i] for i in _ids(r.fields) if i in rows}
        if len(tied) > 1:
            dropped.append(r)
    return dropped


def _ids(value) -> list[str]:
    if isinstance(value, str):
        return [value.split(".")[0]]
    if isinstance(value, dict):
        return [i for v in value.values() for i in _ids(v)]
    if isinstance(value, (list, tuple)):
        return [i for v in value for i in _ids(v)]
    return []


def _table(scope: Scope, table: Table, cells: dict[str, DraftClaim]) -> list[Found]:
    found: list[Found] = []
    levels = [j for j, c in enumerate(table.columns) if c.role in ("level", "current", "previous")]

    def level(r: int, j: int) -> DraftClaim | None:
        c = cells.get(cell_key(table, r, j))
        if c is None or c.figure.extra.get("table_cell") != cell_key(table, r, j):
            return None
        return c if is_level(c) and exact(c) and c.figure.quantity.unit.dimension != "ratio" else None

    # growth: 本年, 上年 and the rate of 本年 (the one previous column before the rate)
    for g, col in enumerate(table.columns):
        cur = table.growth_of(g) if col.role == "growth" else None
        if cur is None:
            continue
        between = [j for j in range(1, g) if table.columns[j].role == "previous"]
        if len(between) != 1 or (between[0] > cur and any(
                table.columns[j].role in ("level", "current") for j in range(cur + 1, g))):
            continue  # 2014年 2015年 增长%, 本期 上年同期 增减%: one previous period before the rate
        for r in range(len(table.rows)):
            a, b = level(r, cur), level(r, between[0])
            if a is not None and b is not None and a.growth is not None \
                    and a.growth.extra.get("table_growth_of") == cell_key(table, r, cur) \
                    and same_unit(a, b):
                found.append(Found("growth", {"growth": a.id, "previous": b.id}, "stated", a,
                                   "a table row: this period, the previous one and the rate",
                                   f"{a.id}_table_growth"))
    # a part and its whole: 其中/# under the row above, 1、 under 一、
    for r, row in enumerate(table.rows):
        if row.parent is None:
            continue
        for j in levels:
            whole, part = level(row.parent, j), level(r, j)
            if _part_of(whole, part):
                found.append(_at_most(whole, part, "a table row marked 其中, # or 1、 under its whole"))
    # a total row and the rows of its heading
    for r, row in enumerate(table.rows):
        if row.parent is not None or not _TOTAL.fullmatch(row.name):
            continue
        group = [k for k, other in enumerate(table.rows)
                 if k != r and other.parent is None and other.heading == row.heading
                 and not _TOTAL.fullmatch(other.name)]
        under_by = [k for k, other in enumerate(table.rows)
                    if other.heading != row.heading and _BY.fullmatch(other.heading)
                    and other.parent is None] if r == 0 else []
        closing = r == len(table.rows) - 1 or (r + 1 < len(table.rows)
                                               and table.rows[r + 1].heading != row.heading)
        for j in levels:
            total = level(r, j)
            if total is None:
                continue
            parts = [level(k, j) for k in group]
            if closing and group and max(group) < r and all(_same(total, p) for p in parts):
                found.append(Found("breakdown", {"breakdown": total.id,
                                                 "parts": [p.id for p in parts if p],
                                                 "exhaustive": True}, "stated", total,
                                   "a table's 合计 row after its parts", f"{total.id}_table_sum"))
                continue
            for by in _headings(table, under_by):
                ps = [level(k, j) for k in by]
                if len(ps) >= 2 and all(_same(total, p) for p in ps):
                    found.append(Found("breakdown", {"breakdown": total.id,
                                                     "parts": [p.id for p in ps if p],
                                                     "exhaustive": True}, "stated", total,
                                       "a table's total and the rows under 按…分",
                                       f"{total.id}_table_by"))
            if r == 0:
                for p in parts:
                    if _part_of(total, p):
                        found.append(_at_most(total, p, "a table's total row and a row under it"))
        found.extend(_shares(table, r, group, cells, level))
    return found


def _headings(table: Table, rows: list[int]) -> list[list[int]]:
    """The rows under each 按…分 heading, one list per heading."""
    by: dict[str, list[int]] = {}
    for k in rows:
        by.setdefault(table.rows[k].heading, []).append(k)
    return list(by.values())


def _shares(table: Table, r: int, group: list[int], cells: dict[str, DraftClaim], level
            ) -> list[Found]:
    """比重% of each row: its level over the total row's, in the level column left of it."""
    found: list[Found] = []
    for j, col in enumerate(table.columns):
        if col.role != "share":
            continue
        of = table.growth_of(j)
        total = level(r, of) if of is not None else None
        if total is None:
            continue
        for k in group:
            part = level(k, of)
            share = cells.get(cell_key(table, k, j))
            if part is None or share is None or not _same(total, part) \
                    or share.figure.extra.get("table_cell") != cell_key(table, k, j):
                continue
            found.append(Found("share", {"share": part.id, "of": total.id, "is": share.id},
                               "stated", share, "a table's 比重 column", f"{share.id}_table_share"))
    return found


def _same(total: DraftClaim, part: DraftClaim | None) -> bool:
    return part is not None and same_unit(total, part)


def _part_of(whole: DraftClaim | None, part: DraftClaim | None) -> bool:
    """A part that must be at most its whole: same unit, both not negative, no net amount."""
    if whole is None or part is None or not same_unit(whole, part) or a_net_amount(whole):
        return False
    return all(c.figure.quantity.value >= 0 for c in (whole, part))


def _at_most(whole: DraftClaim, part: DraftClaim, because: str, how: str = "stated") -> Found:
    return Found("breakdown", {"breakdown": whole.id, "parts": [part.id], "exhaustive": False},
                 how, part, because, f"{part.id}_part")


# --- lines of one figure each -------------------------------------------------------------------
_NAME = later(r"^\s*[-—－•·◆●■▲☆★※]*\s*(?:[#＃]|其中[:：]?|\d{1,2}[、.．]|[（(]\d{1,2}[)）]|"
              r"[一二三四五六七八九十]+[、.．])?\s*([^\s，,。；;：:、]{2,20}?)[\s:：]*$")
_LINE_TOTAL = later(r"全[市省区县国镇乡]|[我本][市省区县镇]|合计|总计|共计|共有|共接待|总[数量额人收]")
_TAIL = " \t\u3000，,。；;"


def _lines(scope: Scope) -> list[Found]:
    """A total's line, then two or more lines each a name and one level of its unit (its rate
    or share after it)."""
    plain = scope.plain
    lines = plain.split("\n")
    single: dict[int, tuple[DraftClaim, str]] = {}  # line → its one level, the words before it
    levels: dict[int, list[DraftClaim]] = {}  # line → its levels
    for c in scope.claims:
        if not is_level(c) or not exact(c) or "table_cell" in c.figure.extra or _ratio(c):
            continue
        a = plain.rfind("\n", 0, c.figure.start) + 1
        levels.setdefault(scope.article.line_of(a), []).append(c)
        b = plain.find("\n", c.end)
        b = len(plain) if b < 0 else b
        on_line = scope.in_span(a, b)
        if any(o is not c and is_level(o) and not _ratio(o) for o in on_line):
            continue
        after = scope.text(c.end, b)
        for o in on_line:
            if o.figure.start >= c.end:
                after = after.replace(scope.text(o.figure.start, o.end), "", 1)
        lead = _LEAD_AFTER.search(after.strip(_TAIL))
        if lead:
            after = after.strip(_TAIL)[:lead.start()]
        if not _RATE_WORDS.fullmatch(after.strip(_TAIL)):
            continue
        single[scope.article.line_of(a)] = (c, plain[a:c.figure.start] + (lead.group(0) if lead else ""))
    found: list[Found] = []
    for line, on_line in levels.items():
        if line in single and line - 1 in single and same_unit(single[line - 1][0], on_line[0]):
            continue  # not the first of its lines
        first = line + 1
        lead = ""
        if first not in single and _LEAD.search(_at(lines, first)):
            lead = _at(lines, first)
            first += 1
        parts: list[DraftClaim] = []
        while first in single and (not parts or same_unit(single[first][0], parts[0])) \
                and _NAME.match(single[first][1]):
            parts.append(single[first][0])
            first += 1
        totals = [c for c in on_line if parts and same_unit(c, parts[0])]
        if len(parts) < 2 or len(totals) != 1:
            continue
        total = totals[0]
        text = _at(lines, line)
        before = single[line][1] if line in single else text
        stated = bool(lead or _LEAD.search(before.strip(_TAIL))
                      or _LEAD_AFTER.search(text.strip(_TAIL)))
        shaped = line in single and not _NAME.match(before)  # a sentence, then names
        if not (stated or _LINE_TOTAL.search(before) or shaped):
            continue  # 甲景区, 乙景区, 丙景区: peers, unless the first says it is their total
        kind = measure(total.label)
        for part in parts:
            if kind is not None and measure(part.label) not in (None, kind):
                continue  # 全省出口汽车320.5亿元 above 全市一般公共预算收入300.5亿元: another measure
            if _part_of(total, part):
                found.append(_at_most(total, part, "a total's line and the lines of its parts",
                                      "stated" if stated else "linked"))
    return found


_LEAD_AFTER = later(r"[，,。；;]?(?:其中|(?:具体|分别)?(?:情况)?如下|按.{1,10}分|分.{1,8}看)[:：，,]?$")
#: what may follow the level on its line: its rate or share, in words (增长12.3%, 占比20%)
_RATE_WORDS = later(r"[，,、]?(?:(?:同比|比上年|比去年|较上年)?(?:同期)?(?:增长|下降|增加|减少|提高|回落|"
                    r"增|降|占比|占|比重)?[，,、]?)*")


def _ratio(c: DraftClaim) -> bool:
    q = c.figure.quantity
    return q is not None and q.unit.dimension in ("ratio", "pp")


def _at(lines: list[str], line: int) -> str:
    """The text of a line (1-based), stripped."""
    return lines[line - 1].strip() if 1 <= line <= len(lines) else ""
