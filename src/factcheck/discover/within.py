"""Parts in a sentence opened by the name of a whole stated before it: 在税收收入中，增值税29.03亿元…；
营业税21.88亿元… after 其中，税收收入112亿元; 1—5月份，规模以上工业企业中，国有控股企业实现利润总额
9438.4亿元… after 全国规模以上工业企业实现利润总额27543.8亿元; 企业法人单位中，内资企业1834.8万个…

Each part is at most the whole. Their sum is not tested: the parts such a sentence lists may come
from several classifications that overlap (国有控股企业 and 股份制企业). The whole is the nearest
level before the sentence, in its paragraph or the one before, whose label holds the name, of the
parts' unit and measure and period; the words name it, so the relation is stated.

A month is within the months to it (12月份，社会消费品零售总额17740亿元 … 1-12月份，社会消费品零售总额
181226亿元; 11月份…利润总额 within 1—11月份…利润总额): a flow of one month is at most the same flow
over the span that holds the month, tied by the label and the periods (linked).

Parts stated in one paragraph with their shares of one whole (民营企业进出口12315.2亿元…占外贸总值的37.5%…。
同期，外商投资企业进出口17613.2亿元…占53.5%；国有企业进出口2945.3亿元…占9%) are together at most that whole
when their shares add up to at most 100% (more would be parts of several classifications, which
overlap): linked, as the shares' wholes are.
"""

from __future__ import annotations

from itertools import pairwise

from ..patterns import later
from .among import people
from .claims import DraftClaim
from .composition import measure
from .scope import Found, Scope, a_change, exact, is_level, same_unit

__all__ = ["by_shares", "find", "period"]

#: A sentence opened by a whole's name: (1—5月份，)(在)规模以上工业企业中，
_OPENING = later(r"(?:[^，,。；;！？\n]{1,10}[，,])?在?([\u4e00-\u9fff、]{2,16}?)中[，,：:]")
#: Words before 中 that name no whole: 其中, 这其中, 期中, 年中, 过程中 …
_NO_WHOLE = later(r"^(?:这|其|在这|这其|当|集|过程|期|年|月|途|空|手|心|高|初)$|其$|^[今去上本全]年")

_LEAD = later(r"全[国省市区县镇]|本[市区县]|我[市区县]|^(?:年末|年初|期末|全年)")
_NUMBERED = later(r"\(\d+\)$")  # 社会消费品零售总额(2): the second figure of a label


def find(scope: Scope) -> list[Found]:
    found = _months_in_spans(scope)
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
        if m is None or _NO_WHOLE.search(m.group(1)):
            continue
        stop = min((at for ch in "。！？\n" if (at := plain.find(ch, m.end())) >= 0),
                   default=len(plain))
        out.append((m.end(), stop, m.group(1)))
    return out


def _core(words: str) -> str:
    """A name without the place and time words that lead it (年末全区户籍人口 → 户籍人口)."""
    return _NUMBERED.sub("", _LEAD.sub("", words))


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
        if c.figure.start >= start or not _amount(c) or _core(words) not in _core(c.label or "") \
                or _an_increment(c) or _a_subset(c, words):
            continue
        if all(same_unit(c, p) and c.period == p.period and people(c) == people(p) for p in parts) \
                and (kinds == {None} or {measure(c.label)} == kinds):
            return c
    return None


_BASIS = later(r"^(?:常住|户籍|总)+")


def _a_subset(c: DraftClaim, words: str) -> bool:
    """A level whose label names a part of what the frame names (集体户人口, 家庭户人口 for 全市人口中):
    words other than the place and the basis (常住, 户籍) before the name."""
    label, name = _core(c.label or ""), _core(words)
    return bool(_BASIS.sub("", label[:label.find(name)]))


_INCREMENT_LABEL = later(r"(?:增产|减产|增收|减收)[\u4e00-\u9fff]{0,4}$")


def _an_increment(c: DraftClaim) -> bool:
    """A figure its label names as what a level rose or fell by (夏粮因单产提高增产粮食262万吨): the
    amount of a change, with a noun between the word of change and the number, no whole."""
    return bool(_INCREMENT_LABEL.search(c.label or ""))


#: The period a sentence states before a figure: a span of months to N (1-12月份, 1至11月, 全年)
#: or one month N (12月份, 11月); month ends (11月末) are points in time, not months.
_SPAN = later(r"(?:(?<!\d)1\s*[-—–－~～至到]\s*(\d{1,2})\s*月份?|(全年))")
_MONTH = later(r"(?<![\d\-—–－~～至到])(\d{1,2})\s*月份?(?![末底初\d日号])")
_YEAR = later(r"((?:19|20)\d\d)年")


def period(scope: Scope, c: DraftClaim) -> tuple[str | None, str, int] | None:
    """(year, "span" or "month", N) of the last period the words before a figure in its paragraph
    state; None when they state none."""
    a = scope.plain.rfind("\n", 0, c.figure.start) + 1
    words = scope.text(a, c.figure.start)
    years = _YEAR.findall(words)
    found = [(m.start(), "span", 12 if m.group(2) else int(m.group(1))) for m in _SPAN.finditer(words)]
    found += [(m.start(), "month", int(m.group(1))) for m in _MONTH.finditer(words)]
    if not found:
        return None
    _, kind, n = max(found)
    return (years[-1] if years else None), kind, n


def _months_in_spans(scope: Scope) -> list[Found]:
    """Every flow stated for one month with the same flow, of the same label, stated for the span
    of months that holds it."""
    flows = [(c, period(scope, c)) for c in scope.claims if _amount(c) and _positive(c)
             and measure(c.label) is not None]
    found = []
    for month, when in flows:
        if when is None or when[1] != "month":
            continue
        for span, months in flows:
            if months is None or months[1] != "span" or not same_unit(span, month) \
                    or abs(span.line - month.line) > 2 \
                    or _core(span.label or "") != _core(month.label or "") \
                    or not (1 <= when[2] <= months[2]) \
                    or (when[0] and months[0] and when[0] != months[0]):
                continue
            found.append(Found("breakdown", {"breakdown": span.id, "parts": [month.id],
                                             "exhaustive": False}, "linked", month,
                               f"one month of {span.label} within the months to it",
                               f"{month.id}_month"))
            break
    return found


def _positive(c: DraftClaim) -> bool:
    lo = c.figure.quantity.interval.lo  # type: ignore[union-attr]
    return lo is not None and lo > 0


_OF_WHICH = later(r"其中")


def by_shares(scope: Scope, found: list[Found]) -> list[Found]:
    """The parts of one whole that the shares found name in one paragraph after the whole's (a
    其中 of the whole's own paragraph is its breakdown already): at least two, whose stated shares
    add up to at most 100%, with no 其中 between them (a part of a part), and no breakdown of that
    whole already holding them all."""
    by_id = {c.id: c for c in scope.claims}
    groups: dict[tuple[str, int], list[tuple[DraftClaim, DraftClaim]]] = {}
    for r in found:
        if r.kind != "share" or not isinstance(r.fields.get("of"), str):
            continue
        part, rate = by_id.get(r.fields["share"]), by_id.get(str(r.fields.get("is")))
        whole = by_id.get(r.fields["of"])
        if part is None or rate is None or whole is None or not same_unit(part, whole) \
                or not _amount(part) or part.line == whole.line:
            continue
        members = groups.setdefault((whole.id, part.line), [])
        if all(p is not part for p, _ in members):
            members.append((part, rate))
    held = [set(r.fields.get("parts", ())) | {r.fields["breakdown"]} for r in found
            if r.kind == "breakdown"]
    out = []
    for (whole_id, _), members in groups.items():
        members.sort(key=lambda m: m[0].figure.start)
        parts = [p for p, _ in members]
        lows = [rate.figure.quantity.interval.lo for _, rate in members]  # type: ignore[union-attr]
        if len(parts) < 2 or any(lo is None for lo in lows) or sum(lows) > 1 \
                or any(_OF_WHICH.search(scope.text(a.end, b.figure.start))
                       for a, b in pairwise(parts)) \
                or any({whole_id, *(p.id for p in parts)} <= ids for ids in held):
            continue
        out.append(Found("breakdown", {"breakdown": whole_id, "parts": [p.id for p in parts],
                                       "exhaustive": False}, "linked", parts[0],
                         "parts stated with their shares of one whole (…占…的x%)",
                         f"{whole_id}_by_shares"))
    return out
