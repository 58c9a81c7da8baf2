"""Parts in a sentence opened by the name of a whole stated before it: 在税收收入中，增值税29.03亿元…；
营业税21.88亿元… after 其中，税收收入112亿元; 1—5月份，规模以上工业企业中，国有控股企业实现利润总额
9438.4亿元… after 全国规模以上工业企业实现利润总额27543.8亿元; 企业法人单位中，内资企业1834.8万个…

Each part is at most the whole. Their sum is not tested: the parts such a sentence lists may come
from several classifications that overlap (国有控股企业 and 股份制企业). The whole is the nearest
level before the sentence, in its paragraph or the one before, whose label holds the name, of the
parts' unit and measure and period; the words name it, so the relation is stated.
"""

from __future__ import annotations

from ..patterns import later
from .among import people
from .claims import DraftClaim
from .composition import measure
from .scope import Found, Scope, a_change, exact, is_level, same_unit

__all__ = ["find"]

#: A sentence opened by a whole's name: (1—5月份，)(在)规模以上工业企业中，
_OPENING = later(r"(?:[^，,。；;！？\n]{1,10}[，,])?在?([\u4e00-\u9fff、]{2,16}?)中[，,：:]")
#: Names that are no whole: 其中, 这其中, 期中, 年中, 过程中 …
_NOT_A_NAME = later(r"^(?:这|其|在这|这其|当|集|过程|期|年|月|途|空|手|心|高|初)$|其$|^[今去上本全]年")

_LEAD = later(r"全[国省市区县镇]|本[市区县]|我[市区县]|^(?:年末|年初|期末|全年)")


def find(scope: Scope) -> list[Found]:
    found = []
    for start, end, words in _openings(scope):
        parts = [c for c in scope.in_span(start, end) if _amount(c)]
        if not parts:
            continue
        whole = _whole(scope, start, words, parts)
        if whole is None:
            continue
        for p in parts:
            found.append(Found("breakdown", {"breakdown": whole.id, "parts": [p.id],
                                             "exhaustive": False}, "stated", p,
                               f"a part of {words} (…{words}中，…)", f"{p.id}_within"))
    return found


def _openings(scope: Scope) -> list[tuple[int, int, str]]:
    """Every sentence opened by a whole's name: where its parts start and end (its full stop),
    and the name."""
    out = []
    plain = scope.plain
    starts = [0] + [i + 1 for i, ch in enumerate(plain) if ch in "。！？\n"]
    for a in starts:
        while a < len(plain) and plain[a] in " \t\u3000":
            a += 1
        m = _OPENING.match(plain, a)
        if m is None or _NOT_A_NAME.search(m.group(1)):
            continue
        stop = min((at for ch in "。！？\n" if (at := plain.find(ch, m.end())) >= 0),
                   default=len(plain))
        out.append((m.end(), stop, m.group(1)))
    return out


def _core(words: str) -> str:
    """A name without the place and time words that lead it (年末全区户籍人口 → 户籍人口)."""
    return _LEAD.sub("", words)


def _amount(c: DraftClaim) -> bool:
    return is_level(c) and exact(c) and not a_change(c) \
        and c.figure.quantity.unit.dimension not in ("ratio", "pp", "time", "number")


def _whole(scope: Scope, start: int, words: str, parts: list[DraftClaim]) -> DraftClaim | None:
    """The level a name opening a sentence names: the nearest before it, in the same or the
    previous paragraph, whose label holds the name, of every part's unit, measure and period,
    and larger than each part may be."""
    first = parts[0]
    counts = first.figure.quantity.unit.dimension == "count"  # type: ignore[union-attr]
    kinds = {None} if counts else {measure(p.label) for p in parts}  # 外商投资企业 counts no 投资
    if len(kinds) > 1:
        return None  # parts of several measures: no one whole
    k = scope.index(first)
    for c in reversed(scope.claims[:k]):
        if first.line - c.line > 1:
            break
        if c.figure.start >= start or not _amount(c) or _core(words) not in _core(c.label or ""):
            continue
        if all(same_unit(c, p) and c.period == p.period and people(c) == people(p) for p in parts) \
                and (kinds == {None} or {measure(c.label)} == kinds):
            return c
    return None
