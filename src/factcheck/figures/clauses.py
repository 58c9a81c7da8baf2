"""Clauses and sentences: where the words that belong to a figure stop."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..patterns import compiled, later

__all__ = ["clause_span"]

_CLAUSE_BREAK = set("，,。；;、？?！!：:\n…")
_SENTENCE_BREAK = set("。；;？?！!\n")
_LINE_END_OPEN = later(r"[^。！？!?；;：:…”\"'）)」』】》]$")
#: a list item's marker: the item is a line of its own (■8家上市公司…，其中5家同比增幅超30%)
_BULLET = later(r"^[■□●○◆◇▲△►▶▪•·★☆\-*]")


#: A list item's marker inside a line, between spaces (财务表现 - 1H25实现营收273.4亿元… - 净利息收入
#: 164.5亿元… - 净手续费及佣金收入20.6亿元…，其中代理业务收入同比增长8.69% - 净其他非息收入88.3亿元: a
#: research note's bullets run on one line), never a range between two numbers (2020 - 2021年).
_INLINE_BULLETS = "-•·"


def _is_break(plain: str, k: int, breaks: set[str]) -> bool:
    ch = plain[k]
    if ch in _INLINE_BULLETS:
        return _inline_bullet(plain, k)
    if ch in ",:" and 0 < k < len(plain) - 1 and plain[k - 1].isdigit() and plain[k + 1].isdigit():
        return False
    if ch == "\n":
        return _line_break_ends_clause(plain, k)
    if ch == "—" and (plain[k - 1:k] == "—" or plain[k + 1:k + 2] == "—"):
        return True
    return ch in breaks


def _inline_bullet(plain: str, k: int) -> bool:
    if plain[k - 1:k] not in (" ", "\u3000") or plain[k + 1:k + 2] not in (" ", "\u3000"):
        return False
    before, after = plain[:k].rstrip()[-1:], plain[k + 1:].lstrip()[:1]
    return bool(before and after) and not (before.isdigit() and after.isdigit())


def _line_break_ends_clause(plain: str, k: int) -> bool:
    """A line end ends a clause, unless a long line stops mid-sentence (the seed article breaks
    "部署各" / "类城市管理专项整治160余次" across a blank line); a list item (■, ●, -) is a line of
    its own."""
    end = k
    while end > 0 and plain[end - 1].isspace():
        end -= 1
    line_start = plain.rfind("\n", 0, end) + 1
    line = plain[line_start:end].strip()
    if len(line) < 30 or not _LINE_END_OPEN.search(line) or _BULLET.search(line):
        return True
    j = k
    while j < len(plain) and plain[j].isspace():
        j += 1
    return j >= len(plain) or bool(_BULLET.search(plain[j:j + 1]))


#: How far a clause (a sentence) reaches either side of a figure at most: no writer ties figures
#: farther apart without a mark, and a text with none (a generated one, a table flattened into one
#: line) stays linear to read.
_LONGEST = {"clause": 400, "sentence": 1500}


def clause_span(plain: str, start: int, end: int, breaks: str = "clause") -> tuple[int, int]:
    """The clause around plain[start:end]: split at ，。；;、？！ and line ends (a long line that
    stops mid-sentence continues on the next line), at most _LONGEST either side. ``breaks='sentence'``
    splits at 。；？！ only."""
    at = _break_offsets(plain, breaks)
    reach = _LONGEST[breaks]
    k = bisect.bisect_left(at, start)
    a = max(at[k - 1] + 1 if k > 0 else 0, start - reach)
    k = bisect.bisect_left(at, end)
    b = min(at[k] if k < len(at) else len(plain), end + reach)
    while a < b and plain[a].isspace():
        a += 1
    while b > a and plain[b - 1].isspace():
        b -= 1
    return a, b


@lru_cache(maxsize=4)
def _break_offsets(plain: str, breaks: str) -> list[int]:
    """Every offset of the text that ends a clause (or a sentence), found once per text."""
    marks = _CLAUSE_BREAK if breaks == "clause" else _SENTENCE_BREAK
    candidates = compiled("[" + re.escape("".join(sorted(marks | {"\n", "—", *_INLINE_BULLETS}))) + "]"
                          ).finditer(plain)
    return [m.start() for m in candidates if _is_break(plain, m.start(), marks)]


def _line_floor(s: str, i: int) -> int:
    """Look-back never crosses a sentence end."""
    return _after_last(s, i, "。；;！!？?")


def _after_last(s: str, i: int, chars: str) -> int:
    """The position after the last of ``chars`` before i (0 if there is none)."""
    at = _offsets(s, chars)
    k = bisect.bisect_left(at, i)
    return at[k - 1] + 1 if k else 0


@lru_cache(maxsize=16)
def _offsets(s: str, chars: str) -> list[int]:
    """Every offset of one of ``chars`` in s, found once per text."""
    return [m.start() for m in compiled("[" + re.escape(chars) + "]").finditer(s)]
