"""Tables in articles (figures/tables.py, discover/table.py), through `factcheck check ARTICLE`:
each cell read with its table's unit at its own line:column, the relations the layout states
(其中/# rows under their whole, a total row and its parts, 本期/同期/增长%, a 比重 column), the
same table with one figure changed (the error names that cell), and tables that state none.

Real tables used (cells as their publishers print them):
- 国家统计局, 2022年1—8月份全国房地产开发投资 (https://www.stats.gov.cn/sj/zxfb/, 2022-09-16), table 1
  "全国房地产开发和销售情况": 指标 / 绝对量 / 比上年增长（%）, the unit in each row's name
  (房地产开发投资（亿元）), 其中：住宅 under its whole — the rows as a public repository's test quotes
  them;
- 国家统计局 table 1 as a public repository's parser quotes it: 房地产开发投资（亿元）43009 -19.2
  其中：住宅33172 -19.1 办公楼1580 -21.9 商业营业用房2809 -24.8 (the unmarked 办公楼 rows are parts
  in the publisher's indentation, which text loses: no relation for them);
- a site's table "2014-2018年全部工业增加值及增长速度": 年份 / 工业增加值（亿元）/ 比上年增长（%）
  (a year cell is never a figure; real growth against nominal levels is no error);
- a city yearbook's table 2.8 (2021), as a public repository's reader names its columns:
  地  区 / GDP(亿元) / 比上年增长（%）, the 全市 row first (the values here are illustrative);
- the header forms 本期 / 上年同期 / 同比增减 of 经济运行 and financial tables (科目 本期 上年同期
  变动; 项目 本月合计 环比增减 本年累计 上年同期 同比增减), as public repositories name them.
"""

from __future__ import annotations

import json

import pytest
from helpers import breakdowns_of as breakdowns
from helpers import check_dicts
from helpers import column_of as column
from helpers import error_findings as errors
from helpers import names_place as names

from factcheck.article import article_from_text
from factcheck.discover import discover
from factcheck.figures import find_figures
from factcheck.figures.tables import tables_in

NBS_PROPERTY = """2022年1—8月份全国房地产开发投资下降7.4%
全国房地产开发和销售情况
指标  绝对量  比上年增长（%）
房地产开发投资（亿元）  90809  -7.4
房屋施工面积（万平方米）  868649  -4.5
房屋新开工面积（万平方米）  85062  -37.2
商品房销售面积（万平方米）  87890  -23.0
商品房销售额（亿元）  85870  -27.9
其中：住宅  {housing}  -30.0
"""


def _figures(text: str) -> list[tuple[int, str, str]]:
    article = article_from_text(text)
    return [(f.line, article.plain[f.start:f.end], f.written) for f in find_figures(article)
            if f.understood]


# --- reading the cells --------------------------------------------------------------------------
def test_each_cell_is_a_figure_in_its_rows_unit_and_the_growth_column_a_rate() -> None:
    text = NBS_PROPERTY.format(housing="74400")
    found = _figures(text)
    assert (4, "90809", "90809亿元") in found and (5, "868649", "868649万平方米") in found
    assert (9, "74400", "74400亿元") in found  # 其中：住宅 takes the unit of its whole
    assert (4, "-7.4", "-7.4%") in found
    article = article_from_text(text)
    rate = next(f for f in find_figures(article) if f.line == 4 and f.written == "-7.4%")
    assert rate.is_rate and article.position(rate.start) == (4, text.split("\n")[3].index("-7.4") + 1)


def test_the_header_gives_each_column_its_role() -> None:
    (table,) = tables_in(NBS_PROPERTY.format(housing="74400"))
    assert [c.role for c in table.columns] == ["label", "level", "growth"]
    assert [(r.name, r.marked, r.unit) for r in table.rows][-2:] == [
        ("商品房销售额", False, "亿元"), ("住宅", True, "亿元")]


def test_a_year_cell_is_never_a_figure(article) -> None:
    text = ("2014-2018年全部工业增加值及增长速度\n年份  工业增加值（亿元）  比上年增长（%）\n"
            "2018  9245.0  9.0\n2017  8749.14  9.4\n2016  7800.22  8.1\n2015  7214.17  7.6\n"
            "2014  6773.70  8.2\n")
    found = _figures(text)
    assert (3, "9245.0", "9245.0亿元") in found and (3, "9.0", "9.0%") in found
    assert not any(plain in ("2018", "2014") for _, plain, _ in found)
    code, doc = article(text)
    assert code == 0 and errors(doc) == []


def test_a_unit_line_above_the_header_and_spaced_header_names() -> None:
    text = "表1\n单位：万元\n项  目  本期  上年同期  同比增减（%）\n营业收入  1200  1000  20.0\n" \
           "营业成本  800  700  14.3\n"
    (table,) = tables_in(text)
    assert table.unit == "万元" and table.columns[0].name == "项目"
    assert [c.role for c in table.columns] == ["label", "current", "previous", "growth"]
    assert (4, "1200", "1200万元") in _figures(text)


@pytest.mark.parametrize("header", [
    "指标  绝对数  比上年增长",  # 增长 with no %: an amount or a rate, not told
    "指标  绝对数  备注",
])
def test_a_header_that_cannot_be_read_gives_no_table(header) -> None:
    text = f"{header}\n地区生产总值  227.6  5.0\n第一产业增加值  12.3  3.1\n"
    assert tables_in(text) == ()


def test_a_level_with_no_unit_anywhere_is_left_as_the_scanner_reads_it() -> None:
    text = "指标  绝对数  比上年增长（%）\n地区生产总值  227.6  5.0\n第一产业增加值  12.3  3.1\n"
    found = _figures(text)
    assert (2, "5.0", "5.0%") in found and not any("亿" in w for _, _, w in found)


# --- the relations of a table -------------------------------------------------------------------
def test_a_part_marked_qizhong_is_at_most_the_row_above_it(article) -> None:
    code, doc = article(NBS_PROPERTY.format(housing="74400"))
    assert ("stated", frozenset({"85870亿元", "74400亿元"})) in breakdowns(doc)
    assert code == 0 and errors(doc) == []
    changed = NBS_PROPERTY.format(housing="94400")
    code, doc = article(changed)
    assert code == 1 and any(names(e, 9, column(changed.split("\n")[8], "94400")) for e in errors(doc))


def test_unmarked_rows_after_a_qizhong_row_are_no_parts() -> None:
    """办公楼 and 商业营业用房 are parts in the publisher's indentation only: no relation."""
    text = ("指标  绝对量  比上年增长（%）\n房地产开发投资（亿元）  43009  -19.2\n其中：住宅  33172  -19.1\n"
            "办公楼  1580  -21.9\n商业营业用房  2809  -24.8\n")
    found = discover(article_from_text(text)).document
    parts = [(c["breakdown"], c["parts"]) for c in found["checks"] if "breakdown" in c]
    assert len(parts) == 1 and found["claims"][parts[0][1][0]]["value"] == "33172亿元"


DISTRICTS = "2021年各区生产总值\n地  区\tGDP(亿元)\t比上年增长（%）\n全市\t{total}\t6.1\n" \
            "甲区\t400.2\t6.5\n乙区\t350.1\t5.8\n丙区\t250.3\t5.9\n"


def test_a_total_row_first_and_its_parts_each_at_most_the_whole(article) -> None:
    """A city's districts need not add up to it (yearbooks say so): each at most the whole."""
    code, doc = article(DISTRICTS.format(total="1000.5"))
    assert ("stated", frozenset({"1000.5亿元", "350.1亿元"})) in breakdowns(doc)
    assert not any(len(m) > 2 for _, m in breakdowns(doc))  # never summed
    assert code == 0 and errors(doc) == []
    changed = DISTRICTS.format(total="300.5")
    code, doc = article(changed)
    assert code == 1 and any(names(e, 3, column(changed.split("\n")[2], "300.5")) for e in errors(doc))


SHARES = "2023年上半年某县财政收入构成\n项目  金额（万元）  比重（%）\n税收收入  40000  76.9\n" \
         "非税收入  12000  {share}\n合计  52000  100.0\n"


def test_a_closing_total_sums_its_parts_and_the_share_column_divides_by_it(article) -> None:
    code, doc = article(SHARES.format(share="23.1"))
    assert ("stated", frozenset({"40000万元", "12000万元", "52000万元"})) in breakdowns(doc)
    assert len(check_dicts(doc, "share")) == 2
    assert code == 0 and errors(doc) == []
    changed = SHARES.format(share="33.1")
    code, doc = article(changed)
    assert code == 1 and any(names(e, 4, column(changed.split("\n")[3], "33.1")) for e in errors(doc))


PERIODS = "某县2023年1-6月经济运行主要指标完成情况\n单位：万元\n指标名称  本期  上年同期  增减(%)\n" \
          "一般公共预算收入  52000  48000  8.3\n其中：税收收入  40000  {previous}  8.1\n"


def test_this_period_the_previous_one_and_the_rate_are_a_growth(article) -> None:
    code, doc = article(PERIODS.format(previous="37000"))
    growth = [c for c in check_dicts(doc, "growth") if c["how"] == "stated"]
    assert len(growth) == 2 and all(c["verdict"] == "holds" for c in growth)
    assert code == 0 and errors(doc) == []
    changed = PERIODS.format(previous="27000")
    code, doc = article(changed)
    assert code == 1 and any(names(e, 5, column(changed.split("\n")[4], "27000")) for e in errors(doc))


def test_rows_under_a_by_heading_sum_to_the_total_but_never_across_tables(article) -> None:
    text = ("表1\n指标  单位  绝对数  比上年增长(%)\n全市  亿元  500.0  5.0\n按区分\n"
            "甲区  亿元  300.0  5.1\n乙区  亿元  200.0  4.9\n\n表2\n指标  单位  绝对数  比上年增长(%)\n"
            "规上工业增加值  亿元  900.0  6.0\n批发零售业增加值  亿元  80.0  3.0\n")
    code, doc = article(text)
    members = [m for _, m in breakdowns(doc)]
    assert members == [frozenset({"500.0亿元", "300.0亿元", "200.0亿元"})]
    assert code == 0 and errors(doc) == []
    code, doc = article(text.replace("乙区  亿元  200.0", "乙区  亿元  260.0"))
    assert code == 1 and any(names(e, 6, 9) for e in errors(doc))


# 广东省统计局, 城市接待旅游人数 (http://stats.gd.gov.cn/lyjdrs/content/post_1424463.html): 一、 rows
# with their unit, 1、 rows under them, 其中: rows, and 香港同胞 … going on the 其中 list with no mark
GD = """广东省旅游接待人数
指 标  本 月  同比增减%  1-本月累计  同比增减%
一、城市接待旅游人数(人次)  7009753  -7.3  18938542  0.0
1、国际游客  1065617  2.4  2826267  2.1
其中:台湾同胞  160789  3.0  387052  5.0
香港同胞  640689  -4.5  1767287  -1.2
澳门同胞  58180  30.0  166013  2.1
外 国 人  205959  22.1  505915  12.7
2、国内游客  {domestic}  -8.8  16112275  -0.4
二、旅行社接待国际游客人数(人)  303337  0.7  741693  15.5
其中:台湾同胞  35851  -15.1  86113  11.1
香港同胞  134550  -15.89  375505  -1.1
三、旅行社组团人数(人)  459022  -43.1  1010115  -15.0
其中:省内游  356061  -15.1  680369  12.8
省外游  102961  -73.4  329746  -43.7
"""


def test_numbered_rows_are_parts_of_their_chapter_and_no_rows_of_two_chapters_pair(article) -> None:
    code, doc = article(GD.format(domestic="5944136"))
    found = breakdowns(doc)
    assert ("stated", frozenset({"7009753人次", "5944136人次"})) in found
    assert ("stated", frozenset({"1065617人次", "160789人次"})) in found
    assert ("stated", frozenset({"741693人", "86113人"})) in found
    assert all(len(m) == 2 for _, m in found)  # each part on its own, never rows of two chapters
    assert code == 0 and errors(doc) == []
    changed = GD.format(domestic="7944136")
    code, doc = article(changed)
    assert code == 1 and any(names(e, 9, column(changed.split("\n")[8], "7944136"))
                             for e in errors(doc))


# 国家统计局, 2023年1—4月份全国房地产市场基本情况 (2023-05-16, https://www.stats.gov.cn/sj/zxfb/; the text as
# mirrored at http://www.modernhuayu.com/data/142/2023-05-16/7064064795175358989.html), with its table
# 全国房地产开发和销售情况 laid out as the release prints it; and the 广东 table above, whole
WHOLE = ["nbs-property-2023-04.txt", "gd-tourism-table.txt"]


@pytest.mark.parametrize("name", WHOLE)
def test_whole_texts_with_tables_raise_no_alarm(run_cli, name) -> None:
    from pathlib import Path
    path = Path(__file__).parent / "data" / "tables" / name
    code, doc = _check(run_cli, path)
    assert code == 0 and [f for f in doc["findings"] if f["severity"] in ("error", "warning")] == []
    assert any(c["how"] == "stated" and c["kind"] == "breakdown" for c in doc["checks"])


def test_a_changed_cell_of_the_whole_release_is_named(article) -> None:
    from pathlib import Path
    text = (Path(__file__).parent / "data" / "tables" / WHOLE[0]).read_text(encoding="utf-8")
    changed = text.replace("其中：住宅  542968", "其中：住宅  842968")
    code, doc = article(changed)
    line = changed.split("\n").index("其中：住宅  842968  -5.9") + 1
    assert code == 1 and any(names(e, line, 8) for e in errors(doc))


# 中山 2015年旅游业主要指标 (http://www.zsdag.cn/view?id=6709): 项 目 / 单 位 / 2014年 / 2015年 /
# 2015年比2014增长%: each row's growth between its two years; the published -38.0% of 旅游外汇收入
# (48413.47 → 29843.23万美元 is -38.4%) is reported at its row, every other row holds
def test_two_year_columns_and_the_rate_are_a_growth_and_the_table_is_checked_whole(run_cli) -> None:
    from pathlib import Path
    code, doc = _check(run_cli, Path(__file__).parent / "data" / "tables" / "zs-tourism-2015.txt")
    growth = [c for c in check_dicts(doc, "growth") if c["how"] == "stated"]
    assert len(growth) == 11 and sum(c["verdict"] == "holds" for c in growth) == 10
    assert code == 1 and len(errors(doc)) == 1 and names(errors(doc)[0], 4, 27)
    assert not any(c["claims"][0]["written"].endswith("%") for c in growth)  # 客房开房率: a rate's rate


PIPES = "国庆假期旅游接待情况\n| 名称 | 数值 | 增长率 |\n|---|---|---|\n| 全市 | 1234.5万人次 | 12.3% |\n" \
        "| A区 | 300.1万人次 | 10.1% |\n| B区 | {b}万人次 | 增长13.5% |\n"


def test_a_table_in_pipes_with_its_units_in_the_cells(article) -> None:
    code, doc = article(PIPES.format(b="400.2"))
    assert ("stated", frozenset({"1234.5万人次", "400.2万人次"})) in breakdowns(doc)
    assert code == 0
    changed = PIPES.format(b="1400.2")
    code, doc = article(changed)
    assert code == 1 and any(names(e, 6, column(changed.split("\n")[5], "1400.2")) for e in errors(doc))


# --- lines of one figure each -------------------------------------------------------------------
LINES = "今年国庆假期全市旅游接待情况如下。\n全市接待游客  1234.5万人次  增长12.3%\n{lead}" \
        "A区  300.1万人次  增长10.1%\nB区  {b}万人次  增长13.5%\nC区  200.6万人次  增长9.9%\n"


def test_lines_under_a_total_line_with_a_lead_word_are_stated_parts(article) -> None:
    code, doc = article(LINES.format(lead="其中：\n", b="400.2"))
    assert ("stated", frozenset({"1234.5万人次", "400.2万人次"})) in breakdowns(doc)
    assert code == 0
    changed = LINES.format(lead="其中：\n", b="1400.2")
    code, doc = article(changed)
    assert code == 1 and any(names(e, 5, column(changed.split("\n")[4], "1400.2")) for e in errors(doc))


def test_lines_under_a_total_line_without_a_lead_word_are_linked(article) -> None:
    _, doc = article(LINES.format(lead="", b="1400.2"))
    assert ("linked", frozenset({"1234.5万人次", "1400.2万人次"})) in breakdowns(doc)
    assert errors(doc) == []


def test_lines_with_a_bare_rate_after_the_level(article) -> None:
    text = LINES.format(lead="", b="400.2").replace("增长", "")
    _, doc = article(text)
    assert ("linked", frozenset({"1234.5万人次", "400.2万人次"})) in breakdowns(doc)


def test_a_total_line_with_a_level_of_another_unit_too(article) -> None:
    text = "国庆假期，我市共接待游客1234.5万人次，同比增长12.3%，实现旅游收入56.7亿元，增长10.2%。\n" \
           "A区 300.1万人次 增长10.1%\nB区 {b}万人次 增长13.5%\nC区 200.6万人次 增长9.9%\n"
    _, doc = article(text.format(b="400.2"))
    assert ("linked", frozenset({"1234.5万人次", "400.2万人次"})) in breakdowns(doc)
    assert all("56.7亿元" not in m for _, m in breakdowns(doc))
    _, doc = article(text.format(b="1400.2"))
    assert errors(doc) == [] and any(f["severity"] == "warning" for f in doc["findings"])


def test_lines_of_peers_with_no_total_name_are_no_parts(article) -> None:
    text = "主要景区接待情况\n甲景区  300.1万人次  增长10.1%\n乙景区  400.2万人次  增长13.5%\n" \
           "丙景区  200.6万人次  增长9.9%\n"
    _, doc = article(text)
    assert breakdowns(doc) == []


# --- web pages and Word documents -----------------------------------------------------------------
ROWS = [["指标", "绝对量", "比上年增长（%）"], ["商品房销售额（亿元）", "85870", "-27.9"],
        ["其中：住宅", "94400", "-30.0"], ["房屋施工面积（万平方米）", "868649", "-4.5"]]


def _check(run_cli, path) -> tuple[int, dict]:
    code, out, err = run_cli(["check", "--isolated", "--format", "json", "--show-checks",
                              path.name], cwd=path.parent)
    assert err == ""
    return code, json.loads(out)


def test_a_web_page_table_states_its_relations(run_cli, tmp_path) -> None:
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in ROWS)
    page = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>全国房地产开发和销售情况</title>"
            "</head><body><div class='article'><h1>全国房地产开发和销售情况</h1>"
            "<p>　　1—8月份，全国房地产开发投资继续下降，商品房销售额降幅较大。</p>"
            f"<table>{cells}</table></div></body></html>")
    path = tmp_path / "property.html"
    path.write_text(page, encoding="utf-8")
    code, doc = _check(run_cli, path)
    assert code == 1 and any(e["claims"][0]["written"] in ("94400亿元", "85870亿元") for e in errors(doc))


def test_a_word_document_table_states_its_relations(run_cli, tmp_path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading("全国房地产开发和销售情况", level=1)
    document.add_paragraph("1—8月份，全国房地产开发投资继续下降，商品房销售额降幅较大。")
    table = document.add_table(rows=len(ROWS), cols=len(ROWS[0]))
    for r, row in enumerate(ROWS):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    path = tmp_path / "property.docx"
    document.save(str(path))
    code, doc = _check(run_cli, path)
    assert code == 1 and any(any(c["written"] == "94400亿元" for c in e["claims"]) for e in errors(doc))
