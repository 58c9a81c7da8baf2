"""The traditional characters of reprints (臺灣, 香港 and overseas sites) read as the simplified ones
the rules know: one character for one, so that every offset stays where it is.

A text that GB 2312 (the simplified character set) encodes whole has nothing to read: most articles
stop there, at the cost of one encoding. Otherwise each character of the text outside GB 2312 is
converted with OpenCC (https://github.com/BYVoid/OpenCC, imported only then), and kept only when it
becomes one character that GB 2312 holds. A character simplified writing uses itself (乾, 於, 著, 覆)
is in GB 2312, so it is never converted and a simplified text reads the same. Without OpenCC
installed the text is read as it is.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["conversions", "simplified"]


def simplified(text: str) -> str:
    """The text with its traditional characters as simplified ones (凈利潤 → 净利润, 分別佔 → 分别占)."""
    table = conversions(text)
    return text.translate({ord(ch): to for ch, to in table.items()}) if table else text


def conversions(text: str) -> dict[str, str]:
    """Each traditional character of ``text`` and the simplified one it reads as (凈 → 净); empty
    for a text GB 2312 encodes whole."""
    try:
        text.encode("gb2312")
        return {}
    except UnicodeEncodeError:
        pass
    outside = {ch for ch in set(text) if "\u3400" <= ch <= "\u9fff" and not _in_gb2312(ch)}
    return {ch: to for ch in outside if (to := _converted(ch)) is not None}


def _in_gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
        return True
    except UnicodeEncodeError:
        return False


@lru_cache(maxsize=4096)
def _converted(ch: str) -> str | None:
    """The simplified character OpenCC gives for ``ch``, when it is one character of GB 2312."""
    converter = _converter()
    if converter is None:
        return None
    to = converter.convert(ch)
    return to if len(to) == 1 and to != ch and _in_gb2312(to) else None


@lru_cache(maxsize=1)
def _converter():
    try:
        import opencc

        return opencc.OpenCC("t2s")
    except Exception:  # not installed, or its dictionaries missing: the text is read as it is
        return None
