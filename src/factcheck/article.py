"""An article's text as factcheck reads it: decoded, Markdown stripped, normalised, mapped back.

Articles are plain text (.txt) or Markdown (.md, .markdown), UTF-8 with or without a BOM; any
other encoding is refused with a message naming it (via :mod:`factcheck.textfile`). Markdown
syntax is removed line by line, so line numbers stay those of the file. Saved web pages (.html,
.htm) and Word documents (.docx) are turned into one line per paragraph by
:mod:`factcheck.readers`, so their line numbers are paragraph numbers of the extracted text.

Matching a fact file's quotes against the article is insensitive to whitespace, line breaks,
full-width/half-width forms and curly/straight quotes. :class:`Normalised` holds such a
normalised text together with the offset of every character in the original, so that anything
found in it is reported at the article's own line.
"""

from __future__ import annotations

import bisect
from functools import lru_cache
from pathlib import Path

from . import messages as msg
from . import readers
from .findings import ArticleSpan
from .messages import Message
from .patterns import compiled, later
from .quantity import normalise, thousands_gaps
from .textfile import DEFAULT_MAX_BYTES, TextFileError, read_text
from .traditional import conversions, simplified

__all__ = [
    "MARKDOWN_SUFFIXES",
    "ArticleError",
    "ArticleText",
    "Normalised",
    "article_from_text",
    "fold",
    "normalise_with_map",
    "read_article",
    "strip_markdown",
]

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")

# Quotation marks fold to one form each: “两特三新一智能” matches "两特三新一智能".
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "〝": '"', "〞": '"',
                         "‘": "'", "’": "'", "‛": "'", "′": "'"})
_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}


class ArticleError(TextFileError):
    """The article cannot be read; ``str(err)`` says why and how to fix it."""


@lru_cache(maxsize=8192)
def fold(ch: str) -> str:
    """One character as matching sees it: NFKC, simplified, one kind of dash and quote, no
    whitespace ('' for whitespace and invisible characters)."""
    if ch in _INVISIBLE or ch.isspace():
        return ""
    return normalise(ch).translate(_QUOTES)


class Normalised:
    """A normalised text and, for each of its characters, the offset in the original text."""

    __slots__ = ("offsets", "text")

    def __init__(self, text: str, offsets: list[int]):
        self.text = text
        self.offsets = offsets  # len(text) + 1 entries; the last is the original's length

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original [start, end) covering normalised [start, end)."""
        if end <= start:
            o = self.offsets[start]
            return o, o
        return self.offsets[start], self.offsets[end - 1] + 1


def _is_ascii_alnum(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch == ".")


#: A run of the characters :func:`fold` drops (``\s`` is what ``str.isspace`` calls space).
_GAP = later("[\\s" + "".join(sorted(_INVISIBLE)) + "]+")


def normalise_with_map(text: str, keep_ascii_gaps: bool = False) -> Normalised:
    """Fold every character (see :func:`fold`) and drop whitespace, keeping an offset map.

    With ``keep_ascii_gaps``, whitespace between two ASCII letters or digits becomes one space,
    so that "2023 5" is not read as the number 20235 (a space that sets off thousands, 1 228.3亿,
    is dropped), and whitespace with a line break becomes one line break, so that a heading does
    not run into the next line (figure scanning); quote matching drops every space.

    A text whose every character folds to one character or, if it is a gap, to none (nearly every
    article) is folded a run between gaps at a time; any other, a character at a time.
    """
    folded = _fold_table(text)
    if any(len(f) != 1 and (f or not _GAP.match(ch)) for ch, f in folded.items()):
        return _normalise_each(text, keep_ascii_gaps, folded)
    joined = thousands_gaps(text) if keep_ascii_gaps else frozenset()
    table = str.maketrans(folded)
    out: list[str] = []
    offsets: list[int] = []
    pos, gap_at, newline_at = 0, -1, -1
    for gap in (*_GAP.finditer(text), None):
        end = len(text) if gap is None else gap.start()
        if end > pos:
            run = text[pos:end].translate(table)
            if out and keep_ascii_gaps and newline_at >= 0:
                out.append("\n")  # a line ends a heading or a list item: 海南省增速排名第二⏎
                offsets.append(newline_at)
            elif out and keep_ascii_gaps and gap_at >= 0 and _is_ascii_alnum(out[-1][-1]) \
                    and _is_ascii_alnum(run[0]) and gap_at not in joined:
                out.append(" ")
                offsets.append(gap_at)
            out.append(run)
            offsets.extend(range(pos, end))
        if gap is not None:
            pos, gap_at, newline_at = gap.end(), gap.start(), text.find("\n", gap.start(), gap.end())
    offsets.append(len(text))
    return Normalised("".join(out), offsets)


def _fold_table(text: str) -> dict[str, str]:
    """Each distinct character of ``text`` folded, traditional ones read as simplified (凈 → 净)."""
    simple = conversions(text)
    return {ch: fold(simple.get(ch, ch)) for ch in set(text)}


def _normalise_each(text: str, keep_ascii_gaps: bool, fold_of: dict[str, str] | None = None) -> Normalised:
    """:func:`normalise_with_map`, a character at a time (``fold_of``: each character folded)."""
    fold_of = _fold_table(text) if fold_of is None else fold_of
    joined = thousands_gaps(text) if keep_ascii_gaps else frozenset()
    out: list[str] = []
    offsets: list[int] = []
    gap_at: int | None = None
    newline_at: int | None = None
    for i, ch in enumerate(text):
        folded = fold_of[ch]
        if not folded:
            if gap_at is None:
                gap_at = i
            if ch == "\n" and newline_at is None:
                newline_at = i
            continue
        if keep_ascii_gaps and newline_at is not None and out:
            out.append("\n")  # a line ends a heading or a list item: 海南省增速排名第二⏎
            offsets.append(newline_at)
        elif keep_ascii_gaps and gap_at is not None and out and _is_ascii_alnum(out[-1]) \
                and _is_ascii_alnum(folded[0]) and gap_at not in joined:
            out.append(" ")
            offsets.append(gap_at)
        gap_at = newline_at = None
        for c in folded:
            out.append(c)
            offsets.append(i)
    offsets.append(len(text))
    return Normalised("".join(out), offsets)


# --- Markdown -------------------------------------------------------------------------------
_FENCE = later(r"^\s{0,3}(```|~~~)")
_HEADING = later(r"^\s{0,3}#{1,6}(\s+|$)")
_HEADING_TAIL = later(r"\s+#+\s*$")
_SETEXT = later(r"^\s{0,3}(=+|-+)\s*$")
_QUOTE = later(r"^\s{0,3}(>\s?)+")
_LIST = later(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
_RULE = later(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_TABLE_SEP = later(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_REF_DEF = later(r"^\s{0,3}\[[^\]]+\]:\s*\S+")
_IMAGE = later(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = later(r"\[([^\]]+)\]\([^)]*\)")
_REF_LINK = later(r"\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = later(r"<(?:https?|ftp|mailto):[^>]*>")
_HTML = later(r"</?[A-Za-z][^>]*>|<!--.*?-->")
_STRONG = later(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM_STAR = later(r"\*(?=\S)(.+?)(?<=\S)\*")
_EM_UNDERSCORE = later(r"(?<![0-9A-Za-z_{])_(?=\S)(.+?)(?<=\S)_(?![0-9A-Za-z_}])")
_STRIKE = later(r"~~(?=\S)(.+?)(?<=\S)~~")
_CODE = later(r"`+([^`]*)`+")
_ESCAPE = later(r"\\([\\`*_{}\[\]()#+\-.!|>~])")


def strip_markdown(text: str) -> str:
    """Markdown → plain text, line for line (a removed line becomes an empty line)."""
    out: list[str] = []
    in_fence = False
    for line in text.split("\n"):
        if _FENCE.match(line):
            in_fence = not in_fence
            out.append("")
            continue
        if in_fence or _RULE.match(line) or _REF_DEF.match(line) or _TABLE_SEP.match(line) \
                or (_SETEXT.match(line) and out and out[-1].strip()):
            out.append("")
            continue
        line = _QUOTE.sub("", line)
        if _HEADING.match(line):
            line = _HEADING_TAIL.sub("", _HEADING.sub("", line))
        line = _LIST.sub("", line)
        if "|" in line and line.strip().startswith("|"):
            line = line.replace("|", "  ")
        line = _IMAGE.sub(r"\1", line)
        line = _LINK.sub(r"\1", line)
        line = _REF_LINK.sub(r"\1", line)
        line = _AUTOLINK.sub("", line)
        line = _HTML.sub("", line)
        line = _CODE.sub(r"\1", line)
        line = _STRONG.sub(r"\2", line)
        line = _STRIKE.sub(r"\1", line)
        line = _EM_STAR.sub(r"\1", line)
        line = _EM_UNDERSCORE.sub(r"\1", line)
        line = _ESCAPE.sub(r"\1", line)
        out.append(line)
    return "\n".join(out)


# --- the article ----------------------------------------------------------------------------
class ArticleText:
    """An article ready for matching: its plain text (lines as in the file) and two
    normalisations of it, one for quote matching and one for figure scanning."""

    __slots__ = ("_anchor", "_line_starts", "_scan", "_words", "markdown", "name", "plain", "raw")

    def __init__(self, name: str, raw: str, plain: str, markdown: bool = False):
        self.name = name
        self.raw = raw
        self.plain = plain
        self.markdown = markdown
        self._line_starts = [0] + [m.end() for m in compiled("\n").finditer(plain)]
        self._anchor: Normalised | None = None
        self._scan: Normalised | None = None
        self._words: str | None = None

    def line_of(self, offset: int) -> int:
        """The 1-based line of an offset in :attr:`plain` (and in the file)."""
        return bisect.bisect_right(self._line_starts, offset)

    def position(self, offset: int) -> tuple[int, int]:
        """The 1-based (line, column) of an offset in :attr:`plain`, columns in characters."""
        line = self.line_of(offset)
        return line, offset - self._line_starts[line - 1] + 1

    def span(self, start: int, end: int, path: str) -> ArticleSpan:
        """Where plain[start:end] is printed (the end exclusive)."""
        line, column = self.position(start)
        end_line, end_column = self.position(end)
        return ArticleSpan(path, line, column, end_line, end_column, self.plain[start:end])

    @property
    def anchor(self) -> Normalised:
        """Whitespace-free normalisation, for quote matching."""
        if self._anchor is None:
            self._anchor = normalise_with_map(self.plain)
        return self._anchor

    @property
    def scan(self) -> Normalised:
        """Normalisation keeping a space between ASCII words, for figure scanning."""
        if self._scan is None:
            self._scan = normalise_with_map(self.plain, keep_ascii_gaps=True)
        return self._scan

    @property
    def words(self) -> str:
        """The plain text with traditional characters read as simplified ones (凈利潤 → 净利润), as
        long as it: what the rules that read words match against."""
        if self._words is None:
            self._words = simplified(self.plain)
        return self._words

    @property
    def title(self) -> str | None:
        """The first non-empty line."""
        for line in self.plain.split("\n"):
            if line.strip():
                return line.strip()
        return None


def article_from_text(text: str, name: str = "article.txt", markdown: bool | None = None) -> ArticleText:
    """An article given as text; Markdown is stripped when ``name`` ends in .md (or when
    ``markdown`` says so)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if markdown is None:
        markdown = Path(name).suffix.lower() in MARKDOWN_SUFFIXES
    plain = strip_markdown(text) if markdown else text
    return ArticleText(name, text, plain, markdown)


def read_article(path: Path, encoding: str | None = None,
                 max_bytes: int = DEFAULT_MAX_BYTES) -> ArticleText:
    """Read an article file: plain text, Markdown, a saved web page or a Word document, told apart
    by content first and name second (:func:`factcheck.readers.article_kind`). A web page or a
    Word document becomes one line per paragraph (:mod:`factcheck.readers`); ``encoding``
    overrides a web page's own and ``max_bytes`` bounds text files (web pages and Word documents
    have their own limits). Raises ArticleError naming the problem (missing, not UTF-8 — with
    the encoding it looks like — binary, too large, a named pipe or a device, a NUL in the name,
    a damaged .docx, a page with no article text …)."""
    kind = readers.article_kind(path)
    try:
        if kind == readers.TEXT:
            text = read_text(path, encoding, max_bytes)
        else:
            text = "\n".join(readers.read_lines(path, kind, encoding))
    except TextFileError as err:
        # textfile's hints about --encoding and standard input are for fact files; an article is
        # always a UTF-8 file
        raise ArticleError(Message(msg.CANNOT_READ_ARTICLE, path=str(path), reason=err.reason)) \
            from None
    if kind == readers.TEXT:
        return article_from_text(text, path.name)
    return article_from_text(text, path.name, markdown=False)
