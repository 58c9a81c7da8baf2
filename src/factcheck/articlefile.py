"""An article as the input of a run: read it, find its claims and relations, load them as a fact
file whose every position is a place in the article.

The document :func:`factcheck.discover.discover` finds is validated and read exactly as a fact
file is (:func:`factcheck.loader.load_data`), so the same checks run on it; its positions
(:class:`ArticlePositions`) are the figures' places in the article, so findings point into the
text an editor has, not into a YAML file that does not exist.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .article import ArticleError, ArticleText, article_from_text, read_article
from .discover import Discovery, discover
from .loader import LoadedFile, load_data
from .textfile import DEFAULT_MAX_BYTES, TextFileError, decode_text

__all__ = ["ARTICLE_SUFFIXES", "ArticlePositions", "load_article"]

#: File names that are articles (anything else named on the command line is told by content).
ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".mdown", ".mkd", ".html", ".htm",
                    ".xhtml", ".docx")


class ArticlePositions:
    """Positions in an article of the parts of the document found in it: a claim is where its
    figure is printed, a check where the first figure it ties is."""

    __slots__ = ("found",)

    def __init__(self, found: Discovery):
        self.found = found

    def value(self, path: tuple[Any, ...]) -> tuple[int, int]:
        article = self.found.article
        if len(path) >= 2 and path[0] == "claims" and path[1] in self.found.claims:
            claim = self.found.claims[path[1]]
            figure = claim.growth if path[2:3] == ("growth",) and claim.growth else claim.figure
            return article.position(figure.start)
        if len(path) >= 2 and path[0] == "checks" and isinstance(path[1], int) \
                and 0 <= path[1] < len(self.found.check_spans):
            return article.position(self.found.check_spans[path[1]][0])
        return 1, 1

    key = value

    def is_number(self, path: tuple[Any, ...]) -> bool:
        return False

    def has_merge(self, path: tuple[Any, ...]) -> bool:
        return False

    def boolean(self, path: tuple[Any, ...]) -> str | None:
        return None


def load_article(path: Path, display: str, data: bytes | None = None,
                 rounding: str = "up_or_down", max_bytes: int = DEFAULT_MAX_BYTES) -> LoadedFile:
    """Read an article (from ``path``, or its bytes from standard input) and load what it says.
    An article that cannot be read is a file with one problem (FC023), like a fact file."""
    try:
        article = _read(path, data, max_bytes)
    except (ArticleError, TextFileError) as err:
        from .anchor import ARTICLE_UNREADABLE  # the code's owner anchors articles otherwise

        loaded = LoadedFile(path, display, default_rounding=rounding)
        loaded.add(ARTICLE_UNREADABLE, err.message)
        return loaded
    found = discover(article, path.name)
    loaded = load_data(found.document, display, path, ArticlePositions(found), article.plain,
                       rounding)
    loaded.discovery = found
    for cid, claim in loaded.claims.items():
        drafted = found.claims.get(cid)
        if drafted is None:
            continue
        claim.article = article.span(drafted.figure.start, drafted.figure.end, display)
        if drafted.growth is not None:
            claim.growth_article = article.span(drafted.growth.start, drafted.growth.end, display)
    return loaded


def _read(path: Path, data: bytes | None, max_bytes: int) -> ArticleText:
    if data is None:
        return read_article(path, max_bytes=max_bytes)
    return article_from_text(decode_text(data), path.name)
