"""Articles as saved web pages (.html) and Word documents (.docx): factcheck.readers.

Inputs are built here the way editors' files look (a statistics bulletin with menus, scripts, a
share bar, a table and a footer; a Word file with a header, a footer and a comment), plus three real
pages saved from a provincial government's and two news sites (tests/data/html) and hostile files.
Every expectation is the exact text or the exact error.
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from helpers import cpu_seconds

from factcheck import readers
from factcheck.article import ArticleError, read_article

DATA = Path(__file__).resolve().parent / "data" / "html"
SRC = Path(__file__).resolve().parents[1] / "src"

HEADLINE = "2023年青溪县国民经济和社会发展统计公报"
PARAGRAPHS = [
    "2023年，全县上下坚持稳中求进工作总基调，经济运行总体平稳。",
    "初步核算，全年实现地区生产总值227.6亿元，比上年增长5.2%。其中，第一产业增加值21.3亿元，增长3.1%。",
]
TABLE = [["指标", "绝对数", "比上年增长（%）"],
         ["地区生产总值（亿元）", "227.6", "5.2"],
         ["一般公共预算收入（亿元）", "15.4", "6.8"]]
LAST = "年末全县户籍人口43.2万人，比上年末减少0.3万人。"
ROWS = ["  ".join(row) for row in TABLE]
EXPECTED = [HEADLINE, *PARAGRAPHS, *ROWS, LAST]


def _page(head: str = '<meta charset="utf-8">', title: str = HEADLINE + "_青溪县人民政府") -> str:
    """A county government's page: the bulletin among menus, scripts, a share bar and a footer."""
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in TABLE)
    paragraphs = "\n".join(f"<p>　　{p}</p>" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html>
<html><head>{head}<title>{title}</title>
<style>.nav {{ color: red }} /* 样式里的数字 555亿元 */</style>
<script>var total = "脚本里的数字999亿元"; document.write("<p>写出来的段落</p>");</script>
</head><body>
<div class="top-nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>
<li><a href="/tjxx/">统计信息</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/tjxx/">统计信息</a></div>
<!-- 注释里的数字 12345万元 -->
<div class="main"><div class="article">
<h1>{HEADLINE}</h1>
<div class="share-bar">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="TRS_Editor">
{paragraphs}
<table border="1"><tbody>{cells}</tbody></table>
<p>　　{LAST}</p>
</div>
<div class="related"><h3>相关新闻</h3><ul>
<li><a href="/a1.html">2022年青溪县统计公报发布，地区生产总值210.3亿元</a></li>
<li><a href="/a2.html">一季度全县经济运行情况</a></li></ul></div>
</div></div>
<div class="footer"><p>主办单位：青溪县人民政府办公室　地址：青溪县人民路1号　电话：0571-12345678</p>
<p>网站标识码：3301000001　浙ICP备12345678号</p></div>
<script>_hmt.push(["_trackPageview"]);</script>
</body></html>
"""


def _write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def _lines(path: Path) -> list[str]:
    return read_article(path).plain.split("\n")


def _error(path: Path) -> str:
    with pytest.raises(ArticleError) as info:
        read_article(path)
    return str(info.value)


def _cannot(path: Path, reason: str) -> str:
    return f"cannot read the article {path}: {reason}"


def _docx(paragraphs: list[str] = PARAGRAPHS, header: bool = True) -> bytes:
    """The bulletin as a Word document: a header, a footer and a comment that must not be read."""
    document = docx.Document()
    if header:
        section = document.sections[0]
        section.header.paragraphs[0].text = "青溪县统计局 内部资料 页眉里的数字888亿元"
        section.footer.paragraphs[0].text = "第1页 页脚里的数字777亿元"
    document.add_heading(HEADLINE, level=1)
    for text in paragraphs:
        document.add_paragraph("　　" + text)
    document.add_paragraph("")  # an empty paragraph is no line
    table = document.add_table(rows=len(TABLE), cols=len(TABLE[0]))
    for r, row in enumerate(TABLE):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    last = document.add_paragraph(LAST)
    document.add_comment(last.runs, text="批注：请核实666亿元", author="编辑")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


# --- web pages ----------------------------------------------------------------------------------
def test_web_page_main_text_one_paragraph_a_line_without_menus_scripts_or_footer(tmp_path):
    path = _write(tmp_path, "bulletin.html", _page())
    article = read_article(path)
    assert article.plain.split("\n") == EXPECTED
    assert article.raw == article.plain and article.markdown is False
    assert article.title == HEADLINE


def test_web_page_positions_are_paragraph_numbers(tmp_path):
    article = read_article(_write(tmp_path, "bulletin.htm", _page()))
    offset = article.plain.index("227.6亿元")
    assert article.line_of(offset) == 3  # headline, first paragraph, then this one
    assert article.line_of(article.plain.index("15.4")) == 6  # the table's third row
    line_start = article.plain.rindex("\n", 0, offset) + 1
    assert offset - line_start + 1 == 16  # column: counted from the paragraph's first character


def test_entities_are_decoded_and_white_space_collapsed(tmp_path):
    page = _page().replace(f"<p>　　{LAST}</p>",
                           "<p>城镇居民人均可支配收入45&nbsp;612元&mdash;&mdash;增长5.1%，\n"
                           "  高于&ldquo;全省&rdquo;平均&#65292;A&amp;B &lt;1&gt;。<br>第二行</p>")
    lines = _lines(_write(tmp_path, "a.html", page))
    assert lines[-2:] == ["城镇居民人均可支配收入45\xa0612元——增长5.1%， 高于“全省”平均，A&B <1>。", "第二行"]


def test_headline_from_the_title_without_the_site_suffix_when_there_is_no_h1(tmp_path):
    page = _page(title="2023年青溪县统计公报 - 青溪县人民政府门户网站").replace(f"<h1>{HEADLINE}</h1>", "")
    assert _lines(_write(tmp_path, "a.html", page))[0] == "2023年青溪县统计公报"
    page = _page(title="1-10月德清县固定资产投资结构趋稳趋优").replace(f"<h1>{HEADLINE}</h1>", "")
    assert _lines(_write(tmp_path, "b.html", page))[0] == "1-10月德清县固定资产投资结构趋稳趋优"
    page = _page(title="青溪县统计公报--统计--青溪新闻网").replace(f"<h1>{HEADLINE}</h1>", "")
    assert _lines(_write(tmp_path, "c.html", page))[0] == "青溪县统计公报"


def test_a_site_logo_in_h1_is_not_the_headline(tmp_path):
    logo = '<h1><a href="/">青溪县人民政府</a></h1>'
    page = _page().replace('<div class="top-nav">', logo + '<div class="top-nav">')
    assert _lines(_write(tmp_path, "a.html", page)) == EXPECTED


def test_gbk_pages_honour_their_declared_encoding(tmp_path):
    variants = {
        "meta-charset.html": _page('<meta charset="gbk">').encode("gbk"),
        "http-equiv.html": _page('<meta http-equiv="Content-Type" content="text/html; charset=GB2312">')
        .encode("gb2312"),
        "xml-declaration.html": ('<?xml version="1.0" encoding="GB2312"?>\n' + _page("")).encode("gb2312"),
        "undeclared.html": _page("").encode("gbk"),  # no declaration, not UTF-8: GB18030
        "resaved-as-utf8.html": _page('<meta charset="gb2312">').encode("utf-8"),
        "bom.html": b"\xef\xbb\xbf" + _page('<meta charset="gbk">').encode("utf-8"),
        "utf16.html": _page("").encode("utf-16"),
    }
    for name, data in variants.items():
        assert _lines(_write(tmp_path, name, data)) == EXPECTED, name


def test_old_gb2312_government_page_laid_out_with_tables(tmp_path):
    rows = "".join("<tr>" + "".join(f"<td><p align=center>{c}</p></td>" for c in row) + "</tr>"
                   for row in TABLE)
    nav = '<a href="/">首页</a> | <a href="/tjxx/">统计信息</a> | <a href="/tjgb/">统计公报</a>'
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{HEADLINE}--青溪县统计信息网</title></head>
<body><table width="760" align="center"><tr><td class="nav">{nav}</td></tr>
<tr><td><table width="100%"><tr><td align="center"><b>{HEADLINE}</b></td></tr>
<tr><td class="content">
<p>　　{PARAGRAPHS[0]}</p><p>　　据<a href="http://tjj.example.gov.cn/">县统计局</a>{PARAGRAPHS[1]}</p>
<table border="1" cellspacing="0">{rows}</table>
<p>　　{LAST}</p>
</td></tr></table></td></tr>
<tr><td class="footer">版权所有：青溪县统计局　地址：青溪县人民路1号　电话：0571-12345678</td></tr>
</table></body></html>"""
    lines = _lines(_write(tmp_path, "old.htm", page.encode("gb2312")))
    assert lines == [HEADLINE, PARAGRAPHS[0], "据县统计局" + PARAGRAPHS[1], *ROWS, LAST]


def test_gb2312_declared_page_with_gb18030_characters_is_read_as_gb18030(tmp_path):
    page = _page('<meta charset="gb2312">').replace("一般公共预算收入", "䶮一般公共预算收入€")
    lines = _lines(_write(tmp_path, "a.html", page.encode("gb18030")))
    assert lines[5] == "䶮一般公共预算收入€（亿元）  15.4  6.8"


def test_page_that_lies_about_its_encoding_is_refused_with_the_line(tmp_path):
    data = _page('<meta charset="utf-8">').encode("gbk")
    path = _write(tmp_path, "a.html", data)
    line = data[: data.index(HEADLINE.encode("gbk"))].count(b"\n") + 1
    assert _error(path) == _cannot(path, f"the page declares the encoding utf-8 but is not valid utf-8 "
                                         f"(invalid byte at line {line}); correct its <meta charset> or "
                                         "save the page again")


def test_page_invalid_in_its_declared_gbk_is_refused(tmp_path):
    data = _page('<meta charset="GBK">').encode("gbk").replace("。".encode("gbk"), b"\xff\x30", 1)
    path = _write(tmp_path, "a.html", data)
    line = data[: data.index(b"\xff")].count(b"\n") + 1
    assert _error(path) == _cannot(path, f"the page declares the encoding GBK but is not valid GBK "
                                         f"(invalid byte at line {line}); correct its <meta charset> or "
                                         "save the page again")


def test_page_with_an_unknown_or_no_encoding_that_does_not_decode(tmp_path):
    path = _write(tmp_path, "a.html", _page('<meta charset="x-klingon">').encode("gbk"))
    assert _error(path) == _cannot(path, "the page declares the unknown encoding x-klingon; correct its "
                                         "<meta charset>")
    data = _page("").encode("utf-8").replace("。".encode(), b"\xff\xff", 1)
    path = _write(tmp_path, "b.html", data)
    line = data[: data.index(b"\xff")].count(b"\n") + 1
    assert _error(path) == _cannot(path, f"the page declares no encoding and is neither UTF-8 nor GB18030 "
                                         f"(invalid byte at line {line}); add a <meta charset>")


def test_page_with_only_scripts_styles_and_menus_has_no_article_text(tmp_path, capfd):
    reason = ("the web page has no article text that factcheck can find (only scripts, styles, menus "
              "or nothing at all); save the article's text as .txt")
    pages = {
        "scripts.html": "<!DOCTYPE html><html><head><title>空白页</title><script>var a = 1;</script>"
                        "<style>p { color: red }</style></head><body><script>document.write('x')</script>"
                        "<!-- 注释 --></body></html>",
        "menu.html": '<html><body><ul class="nav"><li><a href="/">首页</a></li><li><a href="/b">政务</a>'
                     "</li></ul></body></html>",
        "blank.html": "\n  \n",
        "comment.html": "<!-- 只有注释 -->",
    }
    for name, page in pages.items():
        path = _write(tmp_path, name, page)
        assert _error(path) == _cannot(path, reason), name
    assert capfd.readouterr() == ("", "")  # readability's log of its failure is not shown


def test_binary_file_named_html_is_refused(tmp_path):
    path = _write(tmp_path, "image.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    assert _error(path) == _cannot(path, "binary file (it contains NUL bytes), not a text file")


def test_empty_web_page_and_word_document_are_refused_an_empty_text_file_is_empty(tmp_path):
    for name in ("empty.html", "empty.docx"):
        path = _write(tmp_path, name, b"")
        assert _error(path) == _cannot(path, "the file is empty")
    assert read_article(_write(tmp_path, "empty.txt", b"")).plain == ""


def test_fifty_megabyte_web_page_is_refused_quickly(tmp_path):
    path = tmp_path / "huge.html"
    para = "<p>初步核算，全年实现地区生产总值227.6亿元，比上年增长5.2%。</p>\n".encode()
    with path.open("wb") as fh:
        fh.write(b"<!DOCTYPE html><html><body>")
        fh.write(para * (50 * 1024 * 1024 // len(para) + 1))
    size = path.stat().st_size
    error, seconds = cpu_seconds(lambda: _error(path))
    assert error == _cannot(path, f"the web page is {size:,} bytes, over the limit of 5,242,880 "
                                         "for web pages; save the article's text as .txt")
    assert seconds < 1


def test_page_just_under_the_limit_is_read_in_seconds(tmp_path):
    para = f"<p>　　{PARAGRAPHS[1]}</p>\n"
    body = para * ((readers.MAX_HTML_BYTES - 2000) // len(para.encode()))
    path = _write(tmp_path, "big.html", f"<html><head><title>{HEADLINE}</title></head><body>"
                                       f"<div class='content'>{body}</div></body></html>")
    lines, seconds = cpu_seconds(lambda: _lines(path))
    assert seconds < 30
    assert lines[0] == HEADLINE and len(lines) == body.count("<p>") + 1


def test_deeply_nested_markup_neither_overflows_nor_hangs(tmp_path):
    def page(depth: int) -> str:
        body = "<div>" * depth + f"<p>{PARAGRAPHS[1]}</p>" + "</div>" * depth
        return f"<html><body>{body}</body></html>"

    assert PARAGRAPHS[1] in _lines(_write(tmp_path, "deep.html", page(200)))
    # the HTML parser keeps 256 levels: text nested deeper is lost, and the page has no text
    path = _write(tmp_path, "deeper.html", page(20_000))
    error, seconds = cpu_seconds(lambda: _error(path))
    assert error.endswith("the web page has no article text that factcheck can find (only "
                                 "scripts, styles, menus or nothing at all); save the article's text as .txt")
    assert seconds < 5


# --- real pages ---------------------------------------------------------------------------------
REAL_PAGES = {
    "shanxi-gov.html": (
        "山西品牌丝路行（南美站）正式启动",
        "图为山西品牌丝路行（南美站）启动仪式。（刘通摄）",
        "山西品牌丝路行主题为“走丝绸之路，促合作共赢”。南美站活动将先后在巴西、乌拉圭、阿根廷举行。（张巨峰）",
        ["首页", "省政府", "热门搜索", "无障碍浏览", "打印", "分享", "扫一扫", "字体", "时间：",
         "山西省人民政府网站", "省发展和改革委员会", "统计公报", "要闻"],
    ),
    "xinhuanet-world.html": (
        "法国全国大罢工再次严重影响交通",
        "新华社巴黎12月9日电（记者唐霁）法国9日再次爆发全国跨行业大罢工，反对政府进行退休制度改革，"
        "首都巴黎交通几乎完全瘫痪，其他多个城市交通也受到影响。",
        "法国总统马克龙此前提出对全国退休制度进行改革，目标是逐步将目前法国各行业的42种退休制度合并成一个"
        "统一方案。总理菲利普将于11日宣布退休制度改革的总体架构。",
        ["新华网", "客户端", "热帖", "加载更多", "分享到", "纠错", "责任编辑", "版权声明", "大数据",
         "关注新华网", "热词"],
    ),
    "people-culture.html": (
        "女儿出嫁，郑板桥画了几笔兰花当嫁妆",
        "父亲的教诲像一盏灯，为我们照亮前行的路；父亲的关爱像一把伞，为我们遮蔽人世间的风风雨雨。"
        "父爱如山高大而巍峨，父爱如海宽广而辽阔，父爱亦如天空粗旷而深远……",
        "(责编：汤诗瑶、丁涛)",
        ["网站首页", "时政", "登录", "分享到", "推荐阅读", "相关新闻", "热点推荐", "人民网", "文艺星青年",
         "【1】", "Copyright", "手机人民网"],
    ),
}


@pytest.mark.parametrize("name", sorted(REAL_PAGES))
def test_real_saved_pages_give_their_headline_and_main_text_only(name):
    headline, first, last, menu_words = REAL_PAGES[name]
    path = DATA / name
    assert path.read_text(encoding="utf-8").startswith("<!-- source: GitHub ")
    lines = _lines(path)
    assert lines[0] == headline
    assert lines[1] == first
    assert lines[-1] == last
    for word in menu_words:
        assert not [line for line in lines if word in line], word


def test_real_page_lines_are_its_paragraphs_in_order():
    lines = _lines(DATA / "people-culture.html")
    assert len(lines) == 29
    assert lines[3:8] == ["《冬夜读书示子聿》", "——（宋）陆游", "古人学问无遗力，少壮工夫老始成。",
                          "纸上得来终觉浅，绝知此事要躬行。", "点评："]
    assert lines.count("点评：") == 2  # a repeated paragraph is kept


def test_real_page_re_encoded_as_gbk_reads_the_same():
    text = (DATA / "people-culture.html").read_text(encoding="utf-8")
    assert 'charset=GB2312"' in text
    data = text.encode("gb18030")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert readers.html_lines(data) == _lines(DATA / "people-culture.html")


# --- Word documents -----------------------------------------------------------------------------
def test_word_document_body_in_order_with_its_table_without_header_footer_or_comment(tmp_path):
    article = read_article(_write(tmp_path, "bulletin.docx", _docx()))
    assert article.plain.split("\n") == EXPECTED
    assert article.title == HEADLINE and article.markdown is False
    assert article.line_of(article.plain.index("227.6亿元")) == 3


def test_word_document_tracked_changes_content_controls_breaks_and_merged_cells(tmp_path):
    document = docx.Document()
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    p = document.add_paragraph("全年实现地区生产总值")
    deleted = '<w:r><w:delText>200.1</w:delText></w:r>'
    p._p.append(parse_xml(f'<w:del {w} w:id="1" w:author="a">{deleted}</w:del>'))
    p._p.append(parse_xml(f'<w:ins {w} w:id="2" w:author="a"><w:r><w:t>227.6</w:t></w:r></w:ins>'))
    p.add_run("亿元。")
    p.add_run().add_break()
    p.add_run("第二行")
    document.element.body.insert(-1, parse_xml(
        f"<w:sdt {w}><w:sdtContent><w:p><w:r><w:t>内容控件里的段落</w:t></w:r></w:p></w:sdtContent></w:sdt>"))
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "合并的表头"
    table.cell(0, 2).text = "增长（%）"
    table.cell(1, 0).text = "地区生产总值"
    table.cell(1, 1).add_paragraph("227.6")
    table.cell(1, 2).text = "5.2"
    buffer = io.BytesIO()
    document.save(buffer)
    lines = _lines(_write(tmp_path, "a.docx", buffer.getvalue()))
    assert lines == ["全年实现地区生产总值227.6亿元。", "第二行", "内容控件里的段落", "合并的表头  增长（%）",
                     "地区生产总值  227.6  5.2"]


def test_truncated_word_document_is_refused(tmp_path):
    data = _docx()
    path = _write(tmp_path, "cut.docx", data[: len(data) // 2])
    assert _error(path) == _cannot(path, "not a Word document (.docx): the file is not a zip archive, or "
                                         "it is truncated; open it in Word and save it again")
    path = _write(tmp_path, "text.docx", "这不是Word文件")
    assert _error(path) == _cannot(path, "not a Word document (.docx): the file is not a zip archive, or "
                                         "it is truncated; open it in Word and save it again")


def test_zip_without_document_xml_is_refused(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    path = _write(tmp_path, "book.docx", buffer.getvalue())
    assert _error(path) == _cannot(path, "not a Word document (.docx): the zip archive has no "
                                         "word/document.xml")


def test_damaged_document_xml_is_refused(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_docx())) as source, zipfile.ZipFile(buffer, "w") as archive:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                data = b"<w:document><unclosed>"
            archive.writestr(info, data)
    path = _write(tmp_path, "damaged.docx", buffer.getvalue())
    assert _error(path) == _cannot(path, "the Word document is damaged and cannot be read; open it in "
                                         "Word and save it again")


def test_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    size = readers.MAX_DOCX_XML_BYTES + 1
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b" " * size)
    assert len(buffer.getvalue()) < 100_000
    path = _write(tmp_path, "bomb.docx", buffer.getvalue())
    error, seconds = cpu_seconds(lambda: _error(path))
    assert error == _cannot(path, f"the Word document unpacks to {size:,} bytes, over the limit of "
                                         "20,971,520 (a zip bomb?); refusing to read it")
    assert seconds < 1


def test_fifty_megabyte_word_document_is_refused_quickly(tmp_path):
    path = tmp_path / "huge.docx"
    with path.open("wb") as fh:
        fh.write(b"PK\x03\x04")
        fh.truncate(50 * 1024 * 1024)
    error, seconds = cpu_seconds(lambda: _error(path))
    assert error == _cannot(path, "the Word document is 52,428,800 bytes, over the limit of "
                                         "31,457,280")
    assert seconds < 1


def test_old_word_document_is_refused_with_a_hint(tmp_path):
    path = _write(tmp_path, "old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    assert _error(path) == _cannot(path, "a Word 97-2003 document (.doc) or another old Office file, not "
                                         "a text file: save it as .docx")


# --- the same article in every format; files whose name lies -----------------------------------
def test_same_article_as_txt_md_html_docx_gives_the_same_text(tmp_path):
    txt = "\n".join([HEADLINE, "", *("　　" + p for p in PARAGRAPHS), *ROWS, LAST]) + "\n"
    md = "\n".join([f"# {HEADLINE}", "", *(f"{p}\n" for p in PARAGRAPHS),
                    "| " + " | ".join(TABLE[0]) + " |", "|---|---|---|",
                    *("| " + " | ".join(row) + " |" for row in TABLE[1:]), "", f"**{LAST}**"])
    texts = {name: read_article(_write(tmp_path, name, content)).plain for name, content in
             {"a.txt": txt, "a.md": md, "a.html": _page(), "a.docx": _docx()}.items()}
    assert {name: _squeeze(text) for name, text in texts.items()} == \
        dict.fromkeys(texts, _squeeze("".join(EXPECTED)))


def test_content_decides_when_the_name_lies(tmp_path):
    assert _lines(_write(tmp_path, "page.txt", _page())) == EXPECTED
    assert _lines(_write(tmp_path, "page.md", "\ufeff<!-- saved -->\n" + _page())) == EXPECTED
    assert _lines(_write(tmp_path, "report.txt", _docx())) == EXPECTED
    assert _lines(_write(tmp_path, "report.html", _docx())) == EXPECTED
    # a Markdown article that merely mentions HTML stays Markdown (whose inline tags are dropped)
    assert _lines(_write(tmp_path, "note.md", "# 标题\n\n用 `<html>` 标签\n")) == ["标题", "", "用  标签", ""]


def test_other_binary_content_stays_refused_as_before(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("data.csv", "a,b\n1,2\n")
    for name, data in (("archive.txt", buffer.getvalue()), ("noise.txt", bytes(range(256)) * 4)):
        path = _write(tmp_path, name, data)
        assert _error(path) == _cannot(path, "binary file (it contains NUL bytes), not a text file")


def test_sniff_by_content_then_by_name():
    assert readers.sniff(b"  \n<!doctype HTML><html>", ".txt") == readers.HTML
    assert readers.sniff(b"<?xml version='1.0'?><!-- c --><html xmlns='x'>", ".md") == readers.HTML
    assert readers.sniff("<html>".encode("utf-16"), ".txt") == readers.HTML
    assert readers.sniff(b"<div>fragment</div>", ".htm") == readers.HTML
    assert readers.sniff(b"<div>fragment</div>", ".txt") == readers.TEXT
    assert readers.sniff(b"PK\x03\x04rest", ".txt", is_docx_zip=True) == readers.DOCX
    assert readers.sniff(b"PK\x03\x04rest", ".txt", is_docx_zip=False) == readers.TEXT
    assert readers.sniff(b"PK\x03\x04rest", ".docx", is_docx_zip=None) == readers.DOCX
    assert readers.sniff(b"plain", ".DOCX") == readers.DOCX
    assert readers.sniff(b"plain", ".md") == readers.TEXT


# --- libraries: imported lazily, named when missing ---------------------------------------------
def test_missing_libraries_are_named_with_the_install_command(tmp_path, monkeypatch):
    html = _write(tmp_path, "a.html", _page())
    word = _write(tmp_path, "a.docx", _docx())
    monkeypatch.setitem(sys.modules, "readability", None)
    monkeypatch.setitem(sys.modules, "docx", None)
    assert _error(html) == _cannot(html, "reading .html articles needs the Python package readability-lxml: "
                                         "install it with pip install 'factcheck[articles]'")
    assert _error(word) == _cannot(word, "reading .docx articles needs the Python package python-docx: "
                                         "install it with pip install 'factcheck[articles]'")


def test_text_articles_and_fact_files_do_not_import_the_libraries(tmp_path):
    article = _write(tmp_path, "a.txt", "\n".join(EXPECTED))
    code = ("import sys; from pathlib import Path; import factcheck.cli, factcheck.loader; "
            "from factcheck.article import read_article; read_article(Path(sys.argv[1])); "
            "print(sorted(m for m in ('readability', 'docx', 'lxml') if m in sys.modules))")
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    out = subprocess.run([sys.executable, "-c", code, str(article)], capture_output=True, text=True,
                         env=env, check=True).stdout
    assert out.strip() == "[]"


# --- through the command line -------------------------------------------------------------------
@pytest.mark.parametrize("name", ["art.html", "art.docx"])
def test_check_reports_web_page_and_word_positions_as_paragraph_lines(tmp_path, run_cli, name):
    _write(tmp_path, name, _page() if name.endswith(".html") else _docx())
    fact = (f"factcheck: 1\narticle: {{text: {name}}}\nclaims:\n"
            "  gdp: {value: 227.5亿元, quote: 全年实现地区生产总值227.6亿元}\n")
    _write(tmp_path, "f.yaml", fact)
    code, out, _ = run_cli(["check", "--isolated", "--format", "concise", "f.yaml"], cwd=tmp_path)
    assert code == 1
    lines = [line for line in out.splitlines() if ": FC" in line]
    assert lines == ["f.yaml:4:32: FC021 [error] claims.gdp: the value 227.5亿元 does not occur in its "
                     f"quote «全年实现地区生产总值227.6亿元»; the article ({name} line 3) says 227.6亿元 "
                     "there — correct the claim or the quote"]
