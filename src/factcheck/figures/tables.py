"""Tables in an article's text: their columns, units and rows, and the figure each cell states.

A table is a header line naming its columns, then at least two lines of the same number of cells
(cells separated by a tab, two or more spaces — the layout :mod:`factcheck.readers` gives a web
page's or a Word document's table rows — or a pipe, as 统计公报 and 经济运行 texts set them too; a
line with none of these may separate its cells by single spaces; a Markdown rule under the header
is skipped)::

    指标  单位  绝对数  比上年增长(%)
    地区生产总值  亿元  227.6  5.0

The first cell of a row is its name; every other cell is a number (with its own unit, or a rate
with 增长/下降, when the cell says so: 1234.5万人次, 增长12.3%) or no data (—, …). Each column
gets a role from its name: the unit column (单位), a growth rate (增长/增速/同比… with %), a
share (比重/占比 with %), a year or code (年份, 代码, 序号: never a figure), the current and the
previous period (本年/本期, 上年/同期, or two year columns), or a level. A level cell takes its
unit from its column (绝对数（亿元）), else from its row (the unit column, or 房地产开发投资（亿元）),
else from the table (单位：亿元 above the header, or a title ending in （亿元）); a cell whose unit
cannot be told is left as the scanner read it. A row named 其中：住宅 or #工业 is *marked*: a part
of the nearest unmarked row above it, whose unit it shares (and unmarked rows right after it with no
unit of their own go on its list: 其中:台湾同胞, 香港同胞 …); a row numbered 1、 is a part of the row
numbered 一、 above it. A one-cell line inside the table is a heading (按地区分) for the rows under it.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache

from ..article import ArticleText
from ..patterns import compiled, later
from ..quantity import QuantityError, parse_quantity
from .figure import Figure

__all__ = ["Column", "Row", "Table", "read_table_cells", "tables_in"]

_CELL_GAP = later(r"(?:\t|[ \u3000\u00a0]{2,}|[ \u3000\u00a0]*[|｜][ \u3000\u00a0]*)+")
_RULE = later(r"[\s|｜:：]*[-—–][\s|｜:：\-—–]*")
_ONE_SPACE = later(r"[ \u3000\u00a0]")
_NUMBER = later(r"[-−–]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_NO_DATA = later(r"[-—–－…/]+|[xX×]")
_YEAR = later(r"((?:19|20)\d\d)年?(?:末|底)?")
_PARENS_UNIT = later(r"[（(]([^（）()]{1,8})[）)]\s*$")
_TABLE_UNIT = later(r"单位[:：]\s*([^\s，,；;）)]{1,8})")
_UNIT_COLUMN = later(r"(?:计量)?单位")
_SKIP = later(r"年份|年度|时间|代码|编码|序号|编号|排名|排序|位次|名次")
_GROWTH = later(r"增长|增速|增幅|增减|同比|比上年|比去年|比上期|比同期|环比")
_RATE_NAME = later(r"增长率|增速|增幅|增减率|变动率")
_SHARE = later(r"比重|占比|构成|占[^，,]{0,8}比")
_POINTS = later(r"百分点")
_CURRENT = later(r"本年|本期|本月|今年|当年|本季")
_PREVIOUS = later(r"上年|去年|同期|上期")
_LEVEL_NAME = later(r"绝对|金额|完成|累计|实际|实绩|规模|产值|增加值|收入|支出|投资|[数量额值]$")
_MARK = later(r"^(?:其中[:：]?|[#＃])\s*")
_CHAPTER = later(r"^[一二三四五六七八九十]+[、.．]\s*")
_SECTION = later(r"^(?:\d{1,2}[、.．]|[（(]\d{1,2}[)）])\s*")
_HEADING = later(r"^[^\d]{1,20}[:：]?$")


@dataclass(slots=True)
class Column:
    name: str
    role: str  # label, year, unit, skip, level, current, previous, growth, share, points
    unit: str | None = None  # the unit its name gives: 绝对数（亿元）


@dataclass(slots=True)
class Row:
    line: int
    cells: list[tuple[int, int, str]]  # plain offsets and text, one per column
    name: str  # without its mark and its unit
    marked: bool = False  # 其中：住宅, #工业: a part of the row above
    unit: str | None = None
    heading: str = ""  # the heading row it is under (按地区分), if any
    parent: int | None = None  # the row it is a part of: 其中/# under the row above, 1、 under 一、


@dataclass(slots=True)
class Table:
    index: int
    title: str
    columns: list[Column]
    rows: list[Row] = field(default_factory=list)
    unit: str | None = None  # 单位：亿元

    def unit_of(self, row: Row, j: int) -> str | None:
        """The unit of the cell of ``row`` in column ``j``; None when it cannot be told."""
        col = self.columns[j]
        if col.role in ("growth", "share"):
            return None if row.unit == "%" else "%"
        if col.role == "points":
            return None if row.unit == "%" else "个百分点"
        if col.role not in ("level", "current", "previous"):
            return None
        if col.unit is not None and row.unit is not None and col.unit != row.unit:
            return None
        return col.unit or row.unit or self.unit

    def label_of(self, row: Row, j: int) -> str:
        """The label of a cell: its row's name, with its column's when the row has more than one
        level (上年), or its period (2018年工业增加值)."""
        col = self.columns[j]
        bare = _strip_unit(col.name)
        if self.columns[0].role == "year":
            return f"{row.name}年{bare}" if _YEAR.fullmatch(row.name) and "年" not in row.name \
                else row.name + bare
        if col.role == "growth":
            return row.name + "增长"
        levels = [c for c in self.columns if c.role in ("level", "current")]
        currents = sum(c.role == "current" for c in self.columns)
        if (col.role == "current" and currents == 1) or (col.role == "level" and len(levels) == 1):
            return row.name
        return f"{row.name}（{bare}）"

    def growth_of(self, j: int) -> int | None:
        """The level column a growth column is the rate of: the nearest level to its left that is
        not the previous period's."""
        for k in range(j - 1, 0, -1):
            if self.columns[k].role in ("level", "current"):
                return k
        return None


def _cells(plain: str, a: int, b: int) -> list[tuple[int, int, str]]:
    """The cells of plain[a:b]; a run of one-character cells is one (地  区, 指  标)."""
    out: list[tuple[int, int, str]] = []
    pos = a
    text = plain[a:b]
    gaps = list(_CELL_GAP.finditer(text)) or list(_ONE_SPACE.finditer(text.strip()))
    if gaps and not _CELL_GAP.search(text):  # 全市 1234.5 12.3: one space between every cell
        pos = a + len(text) - len(text.lstrip())
        text = text.strip()
        a = pos
    for m in [*gaps, None]:
        end = a + (m.start() if m else len(text))
        cell = plain[pos:end].strip()
        if cell:
            s = pos + (len(plain[pos:end]) - len(plain[pos:end].lstrip()))
            out.append((s, s + len(cell), cell))
        if m:
            pos = a + m.end()
    merged: list[tuple[int, int, str]] = []
    run = False  # the last cell merged is a run of one-character cells
    for c in out:
        single = _cjk(c[2])
        if merged and single and (run or _cjk(merged[-1][2])):
            merged[-1] = (merged[-1][0], c[1], merged[-1][2] + c[2])
            run = True
        else:
            merged.append(c)
            run = False
    return [(a, b, _SPACED.sub("", t)) for a, b, t in merged]


_SPACED = later(r"(?<=[\u4e00-\u9fff])[ \u3000\u00a0](?=[\u4e00-\u9fff])")


def _cjk(s: str) -> bool:
    return len(s) == 1 and "\u4e00" <= s <= "\u9fff"


def _figure_cell(cell: str) -> tuple[str, str | None, int] | None:
    """A cell that states a figure: its number, its own unit (1234.5万人次, 12.3%) or None, and
    its sign word (增长 +1, 下降 -1, none 0); None when the cell is no figure."""
    m = _WITH_UNIT.fullmatch(cell)
    if m is None:
        return None
    word, number, unit = m.groups()
    unit = unit.strip() or None
    if unit is not None and _unit_name(unit) is None:
        return None
    sign = 0 if not word else (-1 if word in ("下降", "减少", "降") else 1)
    if word and unit != "%":
        return None
    return number, unit, sign


_WITH_UNIT = later(r"(增长|下降|增|降|减少|增加)?\s*([-−–]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)"
                   r"\s*([^\d\s]{0,6})")


def _numeric(cell: str) -> bool:
    return bool(_NUMBER.fullmatch(cell))


def _no_data(cell: str) -> bool:
    return bool(_NO_DATA.fullmatch(cell))


def _unit_name(text: str) -> str | None:
    """A unit the quantity parser knows (亿元, 万人次, %), or None."""
    text = text.strip().replace("％", "%")
    if not text or len(text) > 8:
        return None
    try:
        q = parse_quantity("1" + text)
    except QuantityError:
        return None
    return text if q.unit.name != "" and q.qualifier is None else None


def _columns(names: list[str]) -> list[Column] | None:
    """The roles of a header's columns, or None when a column cannot be told."""
    cols = [Column(names[0], "year" if _SKIP.search(names[0]) else "label")]
    years = [int(m.group(1)) for n in names[1:] if (m := _YEAR.fullmatch(_strip_unit(n)))]
    for name in names[1:]:
        norm = name.replace("％", "%")
        m = _PARENS_UNIT.search(norm)
        unit = _unit_name(m.group(1)) if m else None
        percent = "%" in norm
        bare = _strip_unit(norm)
        if _UNIT_COLUMN.fullmatch(bare):
            cols.append(Column(name, "unit"))
        elif _SKIP.search(bare):
            cols.append(Column(name, "skip"))
        elif _POINTS.search(norm):
            cols.append(Column(name, "points"))
        elif _GROWTH.search(bare) and (percent or _RATE_NAME.search(bare)):
            cols.append(Column(name, "growth"))
        elif _SHARE.search(bare) and percent:
            cols.append(Column(name, "share"))
        elif _GROWTH.search(bare) or _SHARE.search(bare):
            return None  # 比上年增长 with no %: an amount or a rate, not told
        elif (y := _YEAR.fullmatch(bare)) and len(years) == 2:
            role = "current" if int(y.group(1)) == max(years) else "previous"
            cols.append(Column(name, role, unit))
        elif _PREVIOUS.search(bare):
            cols.append(Column(name, "previous", unit))
        elif _CURRENT.search(bare):
            cols.append(Column(name, "current", unit))
        elif unit is not None or percent or _LEVEL_NAME.search(bare):
            cols.append(Column(name, "level", "%" if percent and unit is None else unit))
        else:
            return None  # 备注, 说明: no column of figures
    return cols


def _strip_unit(name: str) -> str:
    return _PARENS_UNIT.sub("", name).replace("%", "").replace("％", "").strip()


def _row_cells_fit(cells: list[tuple[int, int, str]], cols: list[Column]) -> bool:
    """A data row of the table: a name, then a number or no data in every column (a unit name in
    the unit column), at least one number."""
    if len(cells) != len(cols) or (_numeric(cells[0][2]) and cols[0].role != "year"):
        return False
    numbers = 0
    for (_, _, text), col in zip(cells[1:], cols[1:], strict=True):
        if col.role == "unit":
            if _numeric(text):
                return False
            continue
        if _figure_cell(text) is not None:
            numbers += 1
        elif not _no_data(text):
            return False
    return numbers > 0


def _row_name(text: str) -> tuple[str, bool, str | None]:
    """A row's name without its mark, number and unit, whether it is marked, and its unit."""
    m = _MARK.match(text)
    name = text[m.end():] if m else text
    name = _SECTION.sub("", _CHAPTER.sub("", name))
    u = _PARENS_UNIT.search(name)
    unit = _unit_name(u.group(1)) if u else None
    if unit is not None:
        name = name[:u.start()]
    return name.strip(), m is not None, unit


@lru_cache(maxsize=8)
def tables_in(plain: str) -> tuple[Table, ...]:
    """Every table of a text, in order."""
    starts = [0] + [m.end() for m in compiled("\n").finditer(plain)]
    ends = [s - 1 for s in starts[1:]] + [len(plain)]
    lines = [_cells(plain, a, b) for a, b in zip(starts, ends, strict=True)]
    tables: list[Table] = []
    k = 0
    while k < len(lines) - 2:
        header = lines[k]
        if len(header) < 2 or any(_numeric(t) for _, _, t in header):
            k += 1
            continue
        names = [t for _, _, t in header]
        first = k + 1
        if _RULE.fullmatch(plain[starts[first]:ends[first]] or "x") and first + 1 < len(lines):
            first += 1  # |---|---|: the rule under a Markdown table's header
        nxt = lines[first]
        if len(nxt) == len(names) + 1:
            names = ["", *names]  # the name column has no header (an empty cell dropped)
        cols = _columns(names)
        if cols is None or len(nxt) != len(cols) or not _row_cells_fit(nxt, cols):
            k += 1
            continue
        table = Table(len(tables), _title(plain, lines, starts, ends, k), cols)
        table.unit = _table_unit(plain, starts, ends, k, header)
        j = first
        heading = ""
        last: int | None = None  # the last row that is no part of the row above
        chapter: int | None = None  # the last row numbered 一、
        continued = False  # the last row goes on a list of parts its 其中 began
        while j < len(lines):
            cells = lines[j]
            if len(cells) == 1 and _HEADING.fullmatch(cells[0][2]) and j + 1 < len(lines) \
                    and _row_cells_fit(lines[j + 1], cols):
                heading = cells[0][2].rstrip(":：")
                last = chapter = None
                j += 1
                continue
            if not _row_cells_fit(cells, cols):
                break
            text = cells[0][2]
            name, marked, unit = _row_name(text)
            unit_col = next((i for i, c in enumerate(cols) if c.role == "unit"), None)
            if unit_col is not None:
                unit = _unit_name(cells[unit_col][2])
            parent = None
            if marked:
                parent = last
            elif _SECTION.match(text) and chapter is not None:
                parent = chapter  # 1、国际游客 under 一、城市接待旅游人数(人次)
            if parent is not None and unit is None:
                unit = table.rows[parent].unit
            r = len(table.rows)
            after_part = bool(table.rows) and (table.rows[-1].marked or continued)
            continued = not marked and after_part and unit is None and parent is None \
                and not _CHAPTER.match(text) and not _SECTION.match(text)
            if not marked and not continued:  # 香港同胞 after 其中:台湾同胞: the list goes on
                last = r
                chapter = r if _CHAPTER.match(text) else (chapter if parent is not None else None)
            table.rows.append(Row(j + 1, cells, name, marked, unit, heading, parent))
            j += 1
        if len(table.rows) >= 2:
            tables.append(table)
        k = j
    return tuple(tables)


def _title(plain: str, lines, starts, ends, k: int) -> str:
    """The line above the header (表1 2023年主要经济指标), if it is no table row."""
    for j in (k - 1, k - 2):
        if j >= 0 and plain[starts[j]:ends[j]].strip():
            return plain[starts[j]:ends[j]].strip() if len(lines[j]) <= 2 else ""
    return ""


def _table_unit(plain: str, starts, ends, k: int, header) -> str | None:
    """单位：亿元 in the two lines above the header or in it, or a title ending in （亿元）."""
    for j in (k, k - 1, k - 2):
        if j < 0:
            continue
        text = plain[starts[j]:ends[j]]
        m = _TABLE_UNIT.search(text)
        if m:
            return _unit_name(m.group(1))
        if j < k and (p := _PARENS_UNIT.search(text.strip())):
            return _unit_name(p.group(1))
    return None


# --- the figures of the cells ------------------------------------------------------------------
def cell_key(table: Table, r: int, j: int) -> str:
    return f"{table.index}:{r}:{j}"


def _written(table: Table, row: Row, j: int, text: str) -> tuple[str, dict[str, str]] | None:
    col = table.columns[j]
    unit = table.unit_of(row, j)
    cell = _figure_cell(text)
    if cell is None:
        return None
    number, own, sign = cell
    if own is not None and unit is None and col.role in ("level", "current", "previous") \
            and table.unit_of(Row(0, [], "", unit=own), j) == own:
        unit = own  # 1234.5万人次 in a column that names no unit
    if unit is None or (own is not None and own != unit):
        return None
    number = number.replace(",", "").replace("−", "-").replace("–", "-")
    if sign < 0 and not number.startswith("-"):
        number = "-" + number
    words: dict[str, str] = {}
    if col.role == "growth":
        words["change_word"] = "增长"
        words["comparison"] = "同比" if "同比" in col.name else "比上年"
    return number + unit, words


def read_table_cells(article: ArticleText, figures: list[Figure]) -> list[Figure]:
    """The figures of an article with every readable table cell read with its table's unit: a
    level in its unit, a growth rate as a change, a share; a year or code cell is no figure."""
    tables = tables_in(article.plain)
    if not tables:
        return figures
    starts = [f.start for f in figures]
    replace: dict[int, Figure | None] = {}  # by the index of the figure it replaces
    added: list[Figure] = []
    for table in tables:
        for r, row in enumerate(table.rows):
            for j, (a, b, text) in enumerate(row.cells):
                col = table.columns[j]
                inside = range(bisect.bisect_left(starts, a), bisect.bisect_left(starts, b))
                if col.role in ("year", "skip") or (col.role == "label" and _numeric(text)):
                    for i in inside:
                        replace[i] = None
                    continue
                if j == 0 or col.role == "unit" or _figure_cell(text) is None:
                    continue
                read = _written(table, row, j, text)
                if read is None:
                    continue
                fig = _cell_figure(article, a, b, text, read, cell_key(table, r, j))
                if fig is None:
                    continue
                fig.extra["table_label"] = table.label_of(row, j)
                if col.role == "growth" and (of := table.growth_of(j)) is not None:
                    fig.extra["table_growth_of"] = cell_key(table, r, of)
                if len(inside):
                    replace[inside[0]] = fig
                    for i in inside[1:]:
                        replace[i] = None
                else:
                    added.append(fig)
    out = [replace.get(i, f) for i, f in enumerate(figures)]
    kept = [f for f in out if f is not None] + added
    return sorted(kept, key=lambda f: f.start)


def _cell_figure(article: ArticleText, a: int, b: int, text: str,
                 read: tuple[str, dict[str, str]], key: str) -> Figure | None:
    written, words = read
    try:
        quantity = parse_quantity(written)
    except QuantityError:
        return None
    offsets = article.scan.offsets
    scan_a = bisect.bisect_left(offsets, a)
    scan_b = bisect.bisect_left(offsets, b)
    return Figure(a, b, article.line_of(a), written, text, quantity, None, "level",
                  change_word=words.get("change_word"), comparison=words.get("comparison"),
                  number_start=a, scan_start=scan_a, scan_end=scan_b, scan_number=scan_a,
                  extra={"table_cell": key})
