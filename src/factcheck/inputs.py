"""What each input of a run is: a fact file or an article, told apart by name and content.

A directory is walked for fact files only (*.yaml, *.yml). A file named on the command line is a
fact file when it is named *.yaml/*.yml or its text declares the format (a line `factcheck: 1`),
and an article otherwise: text (.txt, .md), a saved web page (.html) or a Word document (.docx).
"""

from __future__ import annotations

import re
from pathlib import Path

from .patterns import later

__all__ = ["FACT_SUFFIXES", "is_article", "named_article"]

FACT_SUFFIXES = (".yaml", ".yml")
_DECLARES_FORMAT = later(rb"^\s*factcheck\s*:", re.MULTILINE)
_SNIFF_BYTES = 4096


def is_article(path: Path, head: bytes | None = None) -> bool:
    """Whether an input named on the command line (or standard input named ``path``) is an
    article; ``head`` is its first bytes when they are at hand."""
    if path.suffix.lower() in FACT_SUFFIXES:
        return False
    if head is None:
        from .articlefile import ARTICLE_SUFFIXES

        try:
            if not path.is_file():  # a pipe or a device is never read ahead; its reader says why
                return False
            with path.open("rb") as fh:
                head = fh.read(_SNIFF_BYTES)
        except (OSError, ValueError):  # unreadable: its reader says why
            return path.suffix.lower() in ARTICLE_SUFFIXES
    if head.startswith(b"PK\x03\x04"):
        return True  # a Word document (or another zip: the article reader says which)
    return not _DECLARES_FORMAT.search(head[:_SNIFF_BYTES])


def named_article(fact_file: Path) -> Path | None:
    """The article a fact file names in `article.text` (resolved), or None (also when the file
    cannot be read: its own reading reports that)."""
    import os

    import yaml

    from .textfile import TextFileError, read_text

    try:
        data = yaml.load(read_text(fact_file), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        text = data["article"]["text"]
    except (TextFileError, yaml.YAMLError, KeyError, TypeError, ValueError, RecursionError):
        return None
    if not isinstance(text, str):
        return None
    try:
        return Path(os.path.normpath(fact_file.parent / text)).resolve()
    except (OSError, ValueError):
        return None
