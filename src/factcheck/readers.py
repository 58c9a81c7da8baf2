"""Turn an article file's bytes into plain text lines: saved web pages and Word documents.

:func:`factcheck.article.read_article` asks :func:`article_kind` what a file is — by its content
first, then by its name — and reads plain text and Markdown itself (:mod:`factcheck.textfile`);
web pages and Word documents come from :func:`read_lines` as a list of lines, one paragraph per
line, in document order, without empty lines. The article's plain text is those lines joined by
newlines, so a position in it is: line = the number of the paragraph in the extracted text (for a
web page, line 1 is the headline when one is found), column = the character within that
paragraph, counted from its first non-blank character.

What a file is (:func:`sniff`): ``<!DOCTYPE html`` or ``<html`` at the start (after a byte order
mark, white space, ``<?xml …?>`` and comments) is a web page, whatever its name; a zip archive
holding ``word/document.xml`` is a Word document; an OLE file (a Word 97-2003 .doc) is refused with
a hint to save it as .docx. Otherwise the name decides: .html/.htm/.shtml/.xhtml is a web page,
.docx a Word document, anything else text (where binary content is refused as before).

Web pages
    The main text is found by readability-lxml (Apache-2.0; a port of Arc90's Readability), and
    turned into lines here: each paragraph, heading, list item and line break ends a line; a table
    gives one line per row, its non-empty cells separated by two spaces, but a table that lays the
    page out (a cell holding a table or more than 150 characters) is read as blocks; entities are
    decoded and runs of white space collapsed. Inside the main text, share bars (class or id
    naming share, fenxiang, qrcode, …), blocks that are nothing but a short link (pagination,
    "点击进入…") and a "related news" section (a heading such as 推荐阅读, 相关新闻, 延伸阅读 and
    what follows it) are dropped. The headline becomes line 1: an ``<h1>`` that the ``<title>``
    (or the ArticleTitle/og:title meta) agrees with, else that meta, else the ``<title>`` minus a
    site suffix ("…-新华网", "…_某某县人民政府", "…--文化--人民网"); an ``<h1>`` agrees with the
    title when it starts it (a site logo in an ``<h1>`` does not) and with the meta when it is
    part of it.

    Encoding: a byte order mark decides; otherwise a page whose bytes are valid UTF-8 is UTF-8 (a
    page saved by a browser or a crawler is re-encoded as UTF-8 but often keeps its original
    ``<meta charset=gb2312>``, as tests/data/html/people-culture.html does, while GBK text is
    practically never valid UTF-8); otherwise the declared encoding (``<meta charset>``,
    ``<meta http-equiv=Content-Type>`` or the XML declaration) is used, GB2312 and GBK read as their
    superset GB18030; a page that declares nothing is tried as GB18030. Bytes that are not valid in
    the encoding used are an error naming the line.

    Why readability-lxml and not trafilatura (both compared on the three real pages under
    tests/data/html — shanxi.gov.cn, xinhuanet.com, people.com.cn — and on a statistics bulletin
    with a table; readability-lxml 0.9 and trafilatura 2.3.1):

    - dependencies: readability-lxml 0.9 brings lxml, lxml-html-clean, cssselect and chardet
      (about 15 MB installed); trafilatura 2.3 brings 15 packages (about 70 MB: babel alone is
      36 MB, dateparser, regex, tld, htmldate, courlan, justext, urllib3, certifi …), most of them
      for date and URL handling that factcheck does not need, and with lxml 6.2 a plain
      ``pip install trafilatura`` left it unimportable here (justext needs lxml-html-clean, which the
      ``lxml[html_clean]`` extra no longer provides);
    - speed: 8 ms (xinhuanet) and 15 ms (people.com.cn) per page against 16 and 21 ms, import
      0.1 s against 0.2 s; on a 5.7 MB page of 50,000 small blocks 11 s against 22 s (the whole of
      :func:`html_lines`, layout included, takes 9-17 ms on each of the three real pages);
    - quality: both find the article body of all three pages and leave out menus, footers and
      share bars; on the government page they give the same paragraphs. In precision mode
      trafilatura also leaves out the 推荐阅读 block of people.com.cn that readability keeps
      (dropped here by the section rule above), and without it keeps xinhuanet's 热帖 sidebar;
      but it silently drops a repeated paragraph (the second 点评：, even with
      ``deduplicate=False``) and returns text only: for a fact checker a dropped sentence is worse
      than an extra one, and readability's HTML result lets this module lay out tables and
      paragraphs exactly as the plain-text rules above say.

Word documents
    python-docx (MIT) opens the package; the body is walked in document order: paragraphs
    (including those in content controls and tracked insertions; tracked deletions, moved-from
    text, text boxes and drawings left out) and tables (one line per row, non-empty cells separated
    by two spaces, a cell's paragraphs joined by a space). Headers, footers, footnotes and
    comments live in other parts and are never read. A manual line break starts a new line. (The
    walk reads python-docx's XML elements: its ``paragraphs``, ``tables`` and
    ``iter_inner_content()`` skip content controls and tracked insertions, and ``row.cells``
    repeats a merged cell.)

Limits: a web page over :data:`MAX_HTML_BYTES` (5 MiB; readability needs about 2 s per MiB of
dense markup) and a Word document over :data:`MAX_DOCX_BYTES` (30 MiB) are refused before they are
read; so is a .docx whose parts unpack to more than :data:`MAX_DOCX_UNPACKED_BYTES` (200 MiB) or
whose word/document.xml unpacks to more than :data:`MAX_DOCX_XML_BYTES` (20 MiB): a zip bomb. (zip
members cannot unpack past their declared size: Python's zipfile stops there and checks the CRC.)

The libraries are imported only when a web page or a Word document is read; when one is missing,
the error names the package and ``pip install 'factcheck[articles]'``. Every refusal is a
:class:`~factcheck.textfile.TextFileError` whose reason is a message of :mod:`factcheck.messages`.
"""

from __future__ import annotations

import codecs
import io
import re
import stat
from pathlib import Path

from . import messages as msg
from .messages import Message
from .patterns import later
from .textfile import TextFileError, text_encoding_error

__all__ = [
    "DOCX",
    "DOCX_SUFFIXES",
    "HTML",
    "HTML_SUFFIXES",
    "MAX_DOCX_BYTES",
    "MAX_DOCX_UNPACKED_BYTES",
    "MAX_DOCX_XML_BYTES",
    "MAX_HTML_BYTES",
    "OLE",
    "TEXT",
    "article_kind",
    "decode_html",
    "docx_lines",
    "html_lines",
    "read_lines",
    "sniff",
]

TEXT = "text"
HTML = "html"
DOCX = "docx"
OLE = "ole"

HTML_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")
DOCX_SUFFIXES = (".docx",)

MAX_HTML_BYTES = 5 * 1024 * 1024
MAX_DOCX_BYTES = 30 * 1024 * 1024
MAX_DOCX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_DOCX_XML_BYTES = 20 * 1024 * 1024
_MAX_DOCX_MEMBERS = 10_000
_DOCUMENT_XML = "word/document.xml"

_HEAD_BYTES = 8192
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


# --- what a file is -----------------------------------------------------------------------------
def _skip_prolog(text: str) -> str:
    """The text after leading white space, XML declarations and comments."""
    while True:
        text = text.lstrip()
        if text.startswith("<!--"):
            end = text.find("-->")
            if end < 0:
                return ""
            text = text[end + 3:]
        elif text.startswith("<?"):
            end = text.find("?>")
            if end < 0:
                return ""
            text = text[end + 2:]
        else:
            return text


def _looks_like_html(head: bytes) -> bool:
    for bom, codec in _BOMS:
        if head.startswith(bom):
            text = head.decode(codec, errors="ignore")
            break
    else:
        text = head.decode("latin-1")  # the markers are ASCII; any ASCII-compatible page works
    start = _skip_prolog(text.lstrip("\ufeff"))[:20].lower()
    return start.startswith(("<!doctype html", "<html"))


def _is_docx_zip(path: Path) -> bool | None:
    """True for a zip holding word/document.xml, False for another zip, None if unreadable."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            return any(info.filename == _DOCUMENT_XML for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError):
        return None


def sniff(head: bytes, suffix: str, is_docx_zip: bool | None = None) -> str:
    """What a file is, from its first bytes and its suffix: :data:`HTML`, :data:`DOCX`,
    :data:`TEXT` or :data:`OLE` (an old Office file, refused). ``is_docx_zip`` says whether a zip
    archive holds word/document.xml (None: it could not be read as a zip)."""
    suffix = suffix.lower()
    if head.startswith(_ZIP_MAGIC):
        if is_docx_zip or suffix in DOCX_SUFFIXES:
            return DOCX  # a damaged .docx or a renamed .xlsx is told what is wrong with it
        return TEXT  # another zip: refused as binary, as before
    if head.startswith(_OLE_MAGIC):
        return OLE
    if _looks_like_html(head):
        return HTML
    if suffix in HTML_SUFFIXES:
        return HTML
    if suffix in DOCX_SUFFIXES:
        return DOCX
    return TEXT


def article_kind(path: Path) -> str:
    """What an article file is (see :func:`sniff`). Never raises: a file that cannot be looked
    at is :data:`TEXT`, and reading it as text reports why (missing, a directory, a pipe …)."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            return TEXT
        with path.open("rb") as fh:
            head = fh.read(_HEAD_BYTES)
    except (OSError, ValueError):
        return TEXT
    # listing a huge zip could take long: one over the limit is refused by its size anyway
    small = info.st_size <= MAX_DOCX_BYTES
    is_docx_zip = _is_docx_zip(path) if head.startswith(_ZIP_MAGIC) and small else None
    return sniff(head, path.suffix, is_docx_zip)


# --- reading ------------------------------------------------------------------------------------
def _read_bytes(path: Path, limit: int, too_large: str) -> bytes:
    try:
        size = path.stat().st_size
        if size > limit:
            raise TextFileError(Message(too_large, size=f"{size:,}", limit=f"{limit:,}"))
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    except TextFileError:
        raise
    except FileNotFoundError:
        raise TextFileError(Message(msg.NO_SUCH_FILE)) from None
    except PermissionError:
        raise TextFileError(Message(msg.PERMISSION_DENIED)) from None
    except OSError as err:
        raise TextFileError(Message(msg.SYSTEM_ERROR, error=err.strerror or str(err))) from None
    if len(data) > limit:  # it grew while being read
        raise TextFileError(Message(too_large, size=f"{len(data):,}+", limit=f"{limit:,}"))
    if not data:
        raise TextFileError(Message(msg.EMPTY_FILE))
    return data


def read_lines(path: Path, kind: str, encoding: str | None = None) -> list[str]:
    """The plain text lines of a web page (``kind`` :data:`HTML`) or a Word document
    (:data:`DOCX`). ``encoding`` overrides a web page's own. Raises TextFileError."""
    if kind == HTML:
        return html_lines(_read_bytes(path, MAX_HTML_BYTES, msg.HTML_TOO_LARGE), encoding)
    if kind == DOCX:
        return docx_lines(_read_bytes(path, MAX_DOCX_BYTES, msg.DOCX_TOO_LARGE))
    if kind == OLE:
        raise TextFileError(Message(msg.OLD_OFFICE_FILE))
    raise ValueError(f"read_lines reads web pages and Word documents, not {kind!r}")


def _needs(suffix: str, package: str) -> TextFileError:
    return TextFileError(Message(msg.NEEDS_PACKAGE, suffix=suffix, package=package))


# --- web pages: the encoding --------------------------------------------------------------------
_META_CHARSET = later(rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_:.+-]+)", re.I)
_XML_ENCODING = later(rb"^\s*<\?xml\b[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9_:.+-]+)", re.I)
_GB = {"gb2312", "gbk", "gb18030", "gb_2312", "gb_2312-80", "x-gbk", "chinese", "csgb2312",
       "euc-cn", "euccn", "iso-ir-58", "cp936", "ms936", "windows-936", "csgb231280", "csiso58gb231280"}
_LATIN = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "ascii", "us-ascii", "windows-1252",
          "cp1252", "x-cp1252"}


def _declared_charset(data: bytes) -> str | None:
    head = data[:16384]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii") if match else None


def _codec(label: str) -> str | None:
    """The Python codec for a declared charset, as browsers read it (None: unknown)."""
    name = label.strip().lower()
    if name in _GB:
        return "gb18030"
    if name in _LATIN:
        return "cp1252"
    if name.startswith(("utf-16", "utf16", "utf-32", "utf32")):
        return "utf-8"  # a page with no byte order mark cannot be UTF-16: browsers read UTF-8
    if name in ("big5", "big5-hkscs", "cn-big5", "x-x-big5"):
        return "big5hkscs"
    if text_encoding_error(name) is not None:
        return None
    return codecs.lookup(name).name


def _line_at(data: bytes, offset: int) -> int:
    return data[:offset].count(b"\n") + 1


def decode_html(data: bytes, encoding: str | None = None) -> str:
    """A web page's text, decoded as its byte order mark, its bytes and its declaration say (see
    the module docstring); ``encoding`` overrides all of them. Raises TextFileError."""
    if encoding:
        try:
            return data.decode(encoding)
        except LookupError:
            raise TextFileError(Message(msg.UNKNOWN_ENCODING, encoding=repr(encoding))) from None
        except UnicodeDecodeError as err:
            raise TextFileError(Message(msg.NOT_VALID_IN, encoding=encoding, byte=err.start)) from None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec).lstrip("\ufeff")
            except UnicodeDecodeError as err:
                raise TextFileError(Message(msg.NOT_VALID_IN, encoding=codec.upper().replace(
                    "-SIG", ""), byte=err.start)) from None
    if b"\x00" in data[:_HEAD_BYTES]:
        raise TextFileError(Message(msg.BINARY_FILE))
    declared = _declared_charset(data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        utf8_error = err.start
    if declared is not None:
        codec = _codec(declared)
        if codec is None:
            raise TextFileError(Message(msg.HTML_UNKNOWN_CHARSET, charset=declared))
        if codec == "utf-8":
            raise TextFileError(Message(msg.HTML_NOT_DECLARED_CHARSET, charset=declared,
                                        line=_line_at(data, utf8_error)))
        try:
            return data.decode(codec)
        except UnicodeDecodeError as err:
            raise TextFileError(Message(msg.HTML_NOT_DECLARED_CHARSET, charset=declared,
                                        line=_line_at(data, err.start))) from None
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        raise TextFileError(Message(msg.HTML_UNDECLARED_CHARSET,
                                    line=_line_at(data, utf8_error))) from None


# --- web pages: the main text -------------------------------------------------------------------
_WS = later(r"[ \t\n\r\f\v]+")
_SKIPPED_TAGS = {"script", "style", "noscript", "template", "head", "title", "iframe", "object",
                 "embed", "select", "button", "svg", "math", "canvas", "audio", "video", "map"}
_BLOCK_TAGS = {"p", "div", "section", "article", "main", "header", "footer", "aside", "nav",
               "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
               "blockquote", "pre", "figure", "figcaption", "center", "address", "hr", "form",
               "fieldset", "legend", "details", "summary", "body", "html", "caption", "table",
               "thead", "tbody", "tfoot", "tr", "td", "th", "option"}
_CELL_TAGS = {"td", "th"}
# share bars, QR codes, print buttons and the like, inside the main text
_TOOLS = later(r"share|fenxiang|bdshare|jiathis|qrcode|erweima|\bewm\b|\bprint(?:er|-?btn)?\b|"
                    r"\bzan\b|breadcrumb|crumb", re.I)
_TOOLS_MAX_CHARS = 100
_FORMATTING_TAGS = {"font", "b", "strong", "em", "i", "u", "sup", "sub", "small", "big", "a"}
# a table whose cell holds a table or more text than this lays out the page: not a data table
_LAYOUT_CELL_CHARS = 150
# a heading that opens a list of other articles: it and what follows it in its block are dropped
_RELATED_HEADINGS = {"推荐阅读", "相关新闻", "相关阅读", "延伸阅读", "相关链接", "相关文章", "相关报道",
                     "热点推荐", "精彩推荐", "热门推荐", "猜你喜欢", "热门文章", "更多阅读", "精彩图集",
                     "图片推荐", "往期回顾", "热点排行", "视频新闻"}
_LINK_ONLY_MAX_CHARS = 50
_SEPARATORS = later(r"^(?P<rest>.*[^\s\-_|｜])\s*(?P<sep>--|-|_|\||｜|\s[–—]\s)\s*(?P<tail>[^-_|｜]+)$")


def _collapse(text: str) -> str:
    return _WS.sub(" ", text).strip()


def _text_of(el) -> str:
    return _collapse(el.text_content() or "")


def _strip_site_suffix(title: str) -> str:
    """'标题-新华网' → '标题'; '标题--文化--人民网' → '标题'; a long last part stays."""
    sep_used = None
    for _ in range(3):
        match = _SEPARATORS.match(title)
        if not match:
            break
        rest, sep, tail = match.group("rest"), match.group("sep").strip(), match.group("tail").strip()
        if len(tail) > 20 or len(rest.strip()) < 4 or (sep_used is not None and sep != sep_used):
            break
        title, sep_used = rest.strip(), sep
    return title


def _same(a: str, b: str) -> bool:
    return _WS.sub("", a) == _WS.sub("", b)


def _headline(doc) -> str | None:
    """The page's headline (see the module docstring), or None."""
    title_el = doc.find(".//title")
    title = _text_of(title_el) if title_el is not None else ""
    meta = ""
    for el in doc.iter("meta"):
        name = (el.get("name") or el.get("property") or "").lower()
        if name in ("articletitle", "og:title") and (el.get("content") or "").strip():
            meta = _collapse(el.get("content"))
            break
    squeezed_title = _WS.sub("", title)
    squeezed_meta = _WS.sub("", meta)
    h1s = [t for t in (_text_of(el) for el in doc.iter("h1")) if t]
    for h1 in h1s:
        squeezed = _WS.sub("", h1)
        # the headline starts the title (a site logo in an <h1> ends it) or is the meta's
        if (squeezed_title and squeezed_title.startswith(squeezed)) or \
                (squeezed_meta and squeezed in squeezed_meta):
            return h1
    if meta:
        return meta
    if title:
        return _strip_site_suffix(title)
    return h1s[0] if h1s else None


def _attr_words(el) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def _drop_boilerplate(root) -> None:
    """Remove share bars, link-only blocks and related-article sections from the main text."""
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el is root or el.getparent() is None \
                or el.tag in _FORMATTING_TAGS:
            continue
        if _TOOLS.search(_attr_words(el)) and len(_text_of(el)) <= _TOOLS_MAX_CHARS:
            el.drop_tree()
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        if el.tag in _BLOCK_TAGS - _CELL_TAGS and _text_of(el).rstrip("：:") in _RELATED_HEADINGS:
            for sibling in list(el.itersiblings()):
                sibling.drop_tree()
            el.drop_tree()
    for el in list(root.iter("p", "div", "li", "center", "h2", "h3", "h4", "h5", "h6")):
        if el.getparent() is None:
            continue
        text = _text_of(el)
        if not text or len(text) > _LINK_ONLY_MAX_CHARS:
            continue
        links = "".join(_text_of(a) for a in el.iter("a"))
        if _WS.sub("", links) == _WS.sub("", text):
            el.drop_tree()


def _own(table, tags: tuple[str, ...]) -> list:
    """The elements of ``tags`` in ``table`` that belong to it, not to a table nested in it."""
    return [el for el in table.iter(*tags)
            if next(el.iterancestors("table"), None) is table]


def _unwrap_layout_tables(root) -> None:
    """Old pages lay themselves out with tables: the article is a cell. Such a table (a cell
    holding a table or more than a short text), and a cell or row outside any table, become plain
    blocks, so that their paragraphs stay lines instead of one row; a data table stays a table."""
    layout = []
    for table in root.iter("table"):
        cells = _own(table, ("td", "th"))
        if any(next(cell.iter("table"), None) is not None or len(_text_of(cell)) > _LAYOUT_CELL_CHARS
               for cell in cells):
            layout.append((table, cells, _own(table, ("tr", "thead", "tbody", "tfoot", "caption"))))
    # readability may return the article's own cell, without its table
    orphans = [el for el in root.iter("td", "th", "tr", "thead", "tbody", "tfoot", "caption")
               if next(el.iterancestors("table"), None) is None]
    for table, cells, parts in layout:
        for el in (table, *cells, *parts):
            el.tag = "div"
    for el in orphans:
        el.tag = "div"


class _Lines:
    """Text laid out as lines: blocks and line breaks end a line, table rows are lines."""

    def __init__(self):
        self.lines: list[str] = []
        self.buf: list[str] = []
        self.row: list[str] | None = None
        self.cell: list[str] | None = None
        self.cell_depth = 0
        self.pre_depth = 0

    def text(self, text: str | None) -> None:
        if not text:
            return
        if self.cell is not None:
            self.cell.append(text)
        elif self.pre_depth and "\n" in text:
            first, *rest = text.split("\n")
            self.buf.append(first)
            for part in rest:
                self.end_line()
                self.buf.append(part)
        else:
            self.buf.append(text)

    def end_line(self) -> None:
        if self.cell is not None:
            self.cell.append(" ")
            return
        line = _collapse("".join(self.buf))
        self.buf.clear()
        if line:
            self.lines.append(line)

    def start(self, tag: str) -> None:
        if tag in _CELL_TAGS:
            self.cell_depth += 1
            if self.cell_depth == 1:
                self.end_line()
                if self.row is None:
                    self.row = []
                self.cell = []
                return
        if tag == "tr" and self.cell_depth == 0:
            self.end_line()
            self.row = []
            return
        if tag == "pre":
            self.pre_depth += 1
        if tag == "br" or tag in _BLOCK_TAGS:
            self.end_line()

    def end(self, tag: str) -> None:
        if tag in _CELL_TAGS:
            self.cell_depth -= 1
            if self.cell_depth == 0 and self.cell is not None:
                text = _collapse("".join(self.cell))
                self.cell = None
                if text and self.row is not None:
                    self.row.append(text)
                return
        if tag == "tr" and self.cell_depth == 0:
            self.end_row()
            return
        if tag == "table" and self.cell_depth == 0:
            self.end_row()
        if tag == "pre":
            self.pre_depth -= 1
        if tag in _BLOCK_TAGS:
            self.end_line()

    def end_row(self) -> None:
        if self.row is not None:
            line = "  ".join(self.row)
            self.row = None
            if line:
                self.lines.append(line)


def _layout(root) -> list[str]:
    """The lines of an element tree (iteratively: no recursion limit on deep markup)."""
    out = _Lines()
    stack = [(root, False)]
    while stack:
        el, closing = stack.pop()
        tag = el.tag if isinstance(el.tag, str) else None
        if closing:
            out.end(tag)
            if el is not root:
                out.text(el.tail)
            continue
        if tag is None or tag in _SKIPPED_TAGS:  # comments, processing instructions, scripts …
            if el is not root:
                out.text(el.tail)
            continue
        out.start(tag)
        out.text(el.text)
        stack.append((el, True))
        stack.extend((child, False) for child in reversed(el))
    out.end_line()
    out.end_row()
    return out.lines


def html_lines(data: bytes, encoding: str | None = None) -> list[str]:
    """The lines of a web page's main text, its headline first (see the module docstring).
    Raises TextFileError for a page that cannot be decoded or has no main text."""
    text = decode_html(data, encoding)
    try:
        import lxml.html
        from lxml import etree
        from readability import Document
        from readability.readability import Unparseable
    except ImportError:
        raise _needs(".html", "readability-lxml") from None
    import logging

    if not any(isinstance(h, logging.NullHandler) for h in logging.getLogger("readability").handlers):
        # readability logs a traceback before it raises Unparseable: the error said here is enough
        logging.getLogger("readability").addHandler(logging.NullHandler())
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        doc = lxml.html.document_fromstring(text.encode("utf-8"), parser=parser)
    except (etree.ParserError, ValueError):
        raise TextFileError(Message(msg.HTML_NO_TEXT)) from None
    headline = _headline(doc)
    try:
        summary = Document(doc).summary(html_partial=True)
    except (Unparseable, ValueError, etree.ParserError):
        raise TextFileError(Message(msg.HTML_NO_TEXT)) from None
    try:
        main = lxml.html.fragment_fromstring(summary, create_parent="div")
    except (etree.ParserError, ValueError):
        raise TextFileError(Message(msg.HTML_NO_TEXT)) from None
    _drop_boilerplate(main)
    _unwrap_layout_tables(main)
    lines = _layout(main)
    if not lines:
        raise TextFileError(Message(msg.HTML_NO_TEXT))
    if headline:
        lines = [line for i, line in enumerate(lines) if i >= 3 or not _same(line, headline)]
        lines.insert(0, headline)
    return lines


# --- Word documents -----------------------------------------------------------------------------
def _check_docx_zip(data: bytes) -> None:
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, EOFError, ValueError, RuntimeError, OSError):
        raise TextFileError(Message(msg.DOCX_NOT_ZIP)) from None
    document = [info for info in infos if info.filename == _DOCUMENT_XML]
    if not document:
        raise TextFileError(Message(msg.DOCX_NO_DOCUMENT))
    total = sum(info.file_size for info in infos)
    if document[0].file_size > MAX_DOCX_XML_BYTES:
        raise TextFileError(Message(msg.DOCX_UNPACKS_TOO_LARGE, size=f"{document[0].file_size:,}",
                                    limit=f"{MAX_DOCX_XML_BYTES:,}"))
    if total > MAX_DOCX_UNPACKED_BYTES or len(infos) > _MAX_DOCX_MEMBERS:
        raise TextFileError(Message(msg.DOCX_UNPACKS_TOO_LARGE, size=f"{total:,}",
                                    limit=f"{MAX_DOCX_UNPACKED_BYTES:,}"))


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_P, _TBL, _TR, _TC, _T = _W + "p", _W + "tbl", _W + "tr", _W + "tc", _W + "t"
_BREAKS = {_W + "br", _W + "cr"}
# runs and containers whose text is not part of the body text as it reads
_SKIPPED_RUN_CONTENT = {_W + "del", _W + "moveFrom", _W + "drawing", _W + "pict", _W + "object",
                        _MC + "AlternateContent", _W + "pPr", _W + "rPr", _W + "instrText",
                        _W + "delText", _W + "footnoteReference", _W + "endnoteReference"}
# block-level wrappers whose children are paragraphs and tables
_BLOCK_WRAPPERS = {_W + "sdt", _W + "sdtContent", _W + "customXml", _W + "ins", _W + "moveTo",
                   _W + "smartTag"}


def _run_text(el, parts: list[str]) -> None:
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIPPED_RUN_CONTENT:
            continue
        if tag == _T:
            parts.append(child.text or "")
        elif tag == _W + "tab":
            parts.append("\t")
        elif tag in _BREAKS:
            parts.append("\n")
        elif tag == _W + "noBreakHyphen":
            parts.append("-")
        else:
            _run_text(child, parts)


def _paragraph_lines(p) -> list[str]:
    parts: list[str] = []
    _run_text(p, parts)
    return [line.strip() for line in "".join(parts).split("\n")]


def _block_lines(el, out: list[str]) -> None:
    """Append the lines of a body-level element: a paragraph, a table or a wrapper of them."""
    for child in el:
        tag = child.tag
        if tag == _P:
            out.extend(line for line in _paragraph_lines(child) if line)
        elif tag == _TBL:
            for row in child.iter(_TR):
                if _enclosing_table(row) is not child:
                    continue  # a row of a nested table: part of its cell's text
                cells = []
                for cell in row.iter(_TC):
                    if _enclosing_table(cell) is not child:
                        continue
                    lines: list[str] = []
                    _block_lines(cell, lines)
                    text = " ".join(lines).strip()
                    if text:
                        cells.append(text)
                if cells:
                    out.append("  ".join(cells))
        elif tag in _BLOCK_WRAPPERS:
            _block_lines(child, out)


def _enclosing_table(el):
    parent = el.getparent()
    while parent is not None and parent.tag != _TBL:
        parent = parent.getparent()
    return parent


def docx_lines(data: bytes) -> list[str]:
    """The lines of a Word document's body (see the module docstring). Raises TextFileError for
    anything that is not a readable .docx within the limits."""
    _check_docx_zip(data)
    try:
        import docx
    except ImportError:
        raise _needs(".docx", "python-docx") from None
    try:
        body = docx.Document(io.BytesIO(data)).element.body
        lines: list[str] = []
        _block_lines(body, lines)
    except TextFileError:
        raise
    except Exception:  # python-docx and lxml raise many kinds for a damaged package
        raise TextFileError(Message(msg.DOCX_DAMAGED)) from None
    return lines
