"""Series: the figures of one subject in consecutive periods, linked without a written `previous:`.

A claim belongs to the series named by its `series:` key (else its label) and its place (the
claim's, else the article's). Its period (the claim's, else the article's) is read as a year and
the months it covers: 2023, 2023年一季度 or 2023Q1, 2023年上半年 or 2023H1, 2023年前三季度,
2023年1-11月, 2023年11月. Across the fact files of a run, and within one file:

- **growth**: a claim with `growth:` and no `previous:` is checked against the level of its series
  for the same months of the year before;
- **stock**: a stock-flow check without `start:` starts from its stock's series the year before;
- **within the year**: a figure that adds up over time (a flow in money: GDP, revenue,
  investment — not a balance, a price, a rate or a profit, which can fall) for part of a year is
  at most the same series' figure for a longer stretch of that year (前三季度 ≤ 全年, 1-11月 ≤
  全年);
- **cumulative and single periods**: two such figures for stretches that meet (1-10月 and 11月,
  一季度 and 二季度, 前三季度 and 四季度) add up to the figure for the stretch they make together
  (1-11月, 上半年, 全年); when the three also state their growth, the growth of the whole lies
  between the parts' and, for nominal rates, is the one their levels give (the composition
  check's relations).

The run keeps one small entry per labelled claim with a period (:class:`Entry`); a link reads
the two claims back when it is made. `--no-series` (config `series: false`) turns this off.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from . import messages as msg
from .checks.base import Context, Outcome, Prepared
from .loader import ClaimInfo, LoadedFile
from .messages import Listed, Message
from .patterns import later
from .relations import Term
from .subjectindex import SubjectStore

__all__ = ["Entry", "Link", "SeriesIndex", "entries", "months_of", "period_of", "relations"]

_YEAR = later(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_PARTS = (
    (later(r"^(?:全年|年度|年)?$"), (1, 12)),
    (later(r"^(?:前三季度|1-3季度|一至三季度|Q1-Q3)$"), (1, 9)),
    (later(r"^(?:上半年|H1)$"), (1, 6)),
    (later(r"^(?:下半年|H2)$"), (7, 12)),
    (later(r"^(?:第?一季度|1季度|Q1)$"), (1, 3)),
    (later(r"^(?:第?二季度|2季度|Q2)$"), (4, 6)),
    (later(r"^(?:第?三季度|3季度|Q3)$"), (7, 9)),
    (later(r"^(?:第?四季度|4季度|Q4)$"), (10, 12)),
)
_MONTHS = later(r"^(?:(\d{1,2})\s*(?:-|－|—|～|~|至|到)\s*)?(\d{1,2})月?(?:份)?$")
_CHINESE_MONTHS = dict(zip("一二三四五六七八九十", range(1, 11), strict=True)) | {"十一": 11, "十二": 12}

#: Labels of figures that do not add up over a year: balances and stocks at a date, prices and
#: averages, rates and indexes, and figures that can fall within the year (profits, balances of
#: trade).
_NOT_A_FLOW = later(r"余额|年末|期末|月末|末|存量|保有|资产(?!投资)|负债|储备|人口|价|均|率|指数|比重|"
                         r"占比|利润|净利|利税|盈余|结余|差额|顺差|逆差|亏损|规模")


def period_of(value: object) -> tuple[int, str] | None:
    """The year of a period and the rest of its words (2023年一季度 → (2023, '一季度'))."""
    if value is None or isinstance(value, bool):
        return None
    text = str(value).strip()
    m = _YEAR.search(text)
    if m is None:
        return None
    rest = (text[:m.start()] + text[m.end():]).strip()
    rest = re.sub(r"^[年\-－/.\s]+|\s+", "", rest)
    return int(m.group(1)), rest


def months_of(rest: str) -> tuple[int, int] | None:
    """The months of the year a period covers (一季度 → (1, 3), 1-11月 → (1, 11)); None when
    the words do not say."""
    for pattern, months in _PARTS:
        if pattern.match(rest):
            return months
    for name, n in sorted(_CHINESE_MONTHS.items(), key=lambda kv: -len(kv[0])):
        rest = rest.replace(name + "月", f"{n}月")
    m = _MONTHS.match(rest)
    if m is None:
        return None
    last = int(m.group(2))
    first = int(m.group(1)) if m.group(1) else last
    return (first, last) if 1 <= first <= last <= 12 else None


class Entry(NamedTuple):
    """One claim of a file in its series (picklable, small)."""

    key: tuple[str, str, tuple]  # (series, place, unit key)
    year: int
    part: str  # the months as 'first-last', or the period's words when they do not say
    months: tuple[int, int] | None
    claim: str
    role: str  # level, growth (a claim with growth: and no previous:), stock (a check's stock)
    flow: bool = False  # adds up over the year
    shown: str = ""  # the period as written
    check: int = -1  # for a stock: the index of its stock-flow check


def entries(f: LoadedFile) -> list[Entry]:
    """The series entries of a fact file's claims and stock-flow checks."""
    if f.model is None:
        return []
    article = f.model.article
    default_period = article.period if article is not None else None
    default_place = (article.place if article is not None else None) or ""
    out: list[Entry] = []
    by_id: dict[str, ClaimInfo] = {}
    for c in f.claims.values():
        if c.target is not None or c.quantity is None or c.spec.value is None:
            continue
        by_id[c.id] = c
        entry = _entry(c, default_period, default_place, "level")
        if entry is None:
            continue
        out.append(entry)
        if c.growth is not None and c.spec.previous is None:
            out.append(entry._replace(role="growth"))
    for i, spec in enumerate(f.model.checks):
        fields = getattr(spec, "__dict__", {})  # a model's fields (a missing one raises inside
        # pydantic's __getattr__: slow); none for an entry that did not validate
        stock = fields.get("stock")
        if stock is None or fields.get("start") is not None or stock not in by_id:
            continue
        entry = _entry(by_id[stock], default_period, default_place, "stock")
        if entry is not None:
            out.append(entry._replace(check=i))
    return out


def _entry(c: ClaimInfo, default_period, default_place: str, role: str) -> Entry | None:
    spec = c.spec
    name = spec.series or spec.label
    written = spec.period if spec.period is not None else default_period
    if not name or written is None:
        return None
    period = _period(written)
    if period is None:
        return None
    year, part, months = period
    q = c.quantity
    assert q is not None
    flow = months is not None and q.unit.dimension == "money" and q.kind == "level" \
        and q.interval.lo is not None and q.interval.lo >= 0 and not _NOT_A_FLOW.search(name)
    return Entry((name, spec.place or default_place, q.unit.key), year, part, months, c.id, role,
                 flow, str(written))


@lru_cache(maxsize=1024)
def _period(written: object) -> tuple[int, str, tuple[int, int] | None] | None:
    """(year, part, months) of a period as written (a file's claims share a few)."""
    period = period_of(written)
    if period is None:
        return None
    year, rest = period
    months = months_of(rest)
    return year, (f"{months[0]}-{months[1]}" if months else rest), months


@dataclass(frozen=True, slots=True)
class Link:
    """Claims of one series that a relation ties: ``later`` and ``earlier`` as (file number,
    claim id, role, check); ``kind`` growth, stock, within or tiles (``earlier`` and ``other``
    the two stretches that make up ``later``, in the order of the months)."""

    kind: str
    earlier: tuple[int, str, str, int]
    later: tuple[int, str, str, int]
    other: tuple[int, str, str, int] | None = None


_ROLES = ("level", "growth", "stock")


class SeriesIndex:
    """The entries of a run's files, by series and period, and the links each new file makes.

    Levels and the claims waiting for one (a growth or a stock whose year before comes later in
    the run) live in subject stores — compact tables that move to a temporary file past a
    budget — so memory stays flat however many files a run has; only figures for part of a year
    (前三季度, 1-11月), which are few, are kept in memory by series and year."""

    __slots__ = ("levels", "parts", "waiting")

    def __init__(self) -> None:
        self.levels = SubjectStore()  # (key, year, part) → the first level
        self.waiting = SubjectStore()  # (key, year, part) → the first growth or stock wanting it
        self.parts: dict[int, list[tuple[int, str, tuple[int, int]]]] = {}  # (key, year) → parts

    def add(self, number: int, found: list[Entry]) -> list[Link]:
        """Record file ``number``'s entries; the links they make with what the run has seen."""
        links: list[Link] = []
        levels = [e for e in found if e.role == "level"]
        firsts = self.levels.record([(hash((e.key, e.year, e.part)), number, e.claim, 0)
                                     for e in levels])
        new = [e for e, first in zip(levels, firsts, strict=True) if first is None]
        waiters = self.waiting.find([hash((e.key, e.year + 1, e.part)) for e in new])
        for e, waiter in zip(new, waiters, strict=True):
            me = (number, e.claim, "level", -1)
            if waiter is not None:
                role, check = _ROLES[waiter[2] & 3], (waiter[2] >> 2) - 1
                links.append(Link(role, me, (waiter[0], waiter[1], role, check)))
            if e.flow and e.months is not None:
                links.extend(self._within(number, e))
        others = [e for e in found if e.role != "level"]
        earliers = self.levels.find([hash((e.key, e.year - 1, e.part)) for e in others])
        wanting = []
        for e, earlier in zip(others, earliers, strict=True):
            me = (number, e.claim, e.role, e.check)
            if earlier is not None:
                links.append(Link(e.role, (earlier[0], earlier[1], "level", -1), me))
            else:
                wanting.append((hash((e.key, e.year, e.part)), number, e.claim,
                                _ROLES.index(e.role) | ((e.check + 1) << 2)))
        self.waiting.record(wanting)
        return links

    def _within(self, number: int, e: Entry) -> Iterator[Link]:
        assert e.months is not None
        year = hash((e.key, e.year))
        me = (number, e.claim, "level", -1)
        if e.months != (1, 12):
            parts = self.parts.setdefault(year, [])
            parts.append((number, e.claim, e.months))
            whole = self.levels.find([hash((e.key, e.year, "1-12"))])[0]
            if whole is not None and whole[:2] != (number, e.claim):
                yield Link("within", me, (whole[0], whole[1], "level", -1))
            for n, cid, months in parts[:-1]:
                if _inside(months, e.months):
                    yield Link("within", (n, cid, "level", -1), me)
                elif _inside(e.months, months):
                    yield Link("within", me, (n, cid, "level", -1))
            yield from self._tiles(parts, whole, number, e, me)
        else:
            parts = self.parts.get(year, [])
            for n, cid, _ in parts:
                if n == number:
                    continue  # a part of this file found this whole itself
                yield Link("within", (n, cid, "level", -1), me)
            for a, b in _pairs(parts, e.months):
                if number not in (a[0], b[0]):  # else the later part found this whole itself
                    yield Link("tiles", (a[0], a[1], "level", -1), me, (b[0], b[1], "level", -1))

    def _tiles(self, parts: list[tuple[int, str, tuple[int, int]]], year_whole, number: int,
               e: Entry, me: tuple[int, str, str, int]) -> Iterator[Link]:
        """The links of a new stretch ``e`` (the last of ``parts``) with the stretches seen before
        it: as the whole two of them make up, or as one of two that make up a third."""
        assert e.months is not None
        for a, b in _pairs(parts[:-1], e.months):
            yield Link("tiles", (a[0], a[1], "level", -1), me, (b[0], b[1], "level", -1))
        first, last = e.months
        for n, cid, months in parts[:-1]:
            if months[1] + 1 == first:
                joined = (months[0], last)
            elif last + 1 == months[0]:
                joined = (first, months[1])
            else:
                continue
            whole = year_whole if joined == (1, 12) else \
                next((p for p in parts[:-1] if p[2] == joined), None)
            if whole is not None:
                them = (n, cid, "level", -1)
                first_part, second = (them, me) if months[0] < first else (me, them)
                yield Link("tiles", first_part, (whole[0], whole[1], "level", -1), second)

    def close(self) -> None:
        self.levels.close()
        self.waiting.close()
        self.parts.clear()


def _pairs(parts: list[tuple[int, str, tuple[int, int]]], months: tuple[int, int]
           ) -> Iterator[tuple[tuple[int, str, tuple[int, int]], tuple[int, str, tuple[int, int]]]]:
    """Two stretches among ``parts`` that meet and together make up ``months``."""
    starts = [p for p in parts if p[2][0] == months[0] and p[2][1] < months[1]]
    for a in starts:
        yield from ((a, b) for b in parts if b[2] == (a[2][1] + 1, months[1]))


def _inside(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Months ``a`` lie within months ``b``, which cover more."""
    return b[0] <= a[0] and a[1] <= b[1] and a != b


def entry_of(c: ClaimInfo, role: str = "level") -> Entry | None:
    """A claim's entry, read again from the claim (the index keeps only where it is)."""
    article = c.file.model.article if c.file.model is not None else None
    return _entry(c, article.period if article else None,
                  (article.place if article else None) or "", role)


def note(link: Link, earlier: ClaimInfo, later: ClaimInfo, other: ClaimInfo | None = None
         ) -> Message | None:
    """What tied the claims: their series and periods (None if they no longer read so)."""
    a, b = entry_of(earlier), entry_of(later)
    c = entry_of(other) if other is not None else None
    if a is None or b is None or (other is not None and c is None):
        return None
    name, place, _ = b.key
    first = a.shown if c is None else Listed((a.shown, c.shown), " + ")
    return Message(msg.SERIES_LINK, series=name, place=place or Message(msg.NO_PLACE_NAMED),
                   earlier=first, later=b.shown)


def relations(corpus, current: LoadedFile, number: int, paths: list[str], links: list[Link]
              ) -> list[Prepared]:
    """The relations of the links file ``number`` (``current``) made; the other files of the run
    are read back by path. Each finding says which series tied its figures."""
    def claim(at: tuple[int, str, str, int]) -> ClaimInfo | None:
        n, cid = at[0], at[1]
        f = current if n == number else corpus.reference(Path(paths[n]))
        return f.claims.get(cid) if f.ok else None

    out: list[Prepared] = []
    for link in links:
        earlier, later = claim(link.earlier), claim(link.later)
        other = claim(link.other) if link.other is not None else None
        if earlier is None or later is None or earlier.quantity is None or later.quantity is None \
                or earlier.quantity.unit.key != later.quantity.unit.key \
                or (link.other is not None and (other is None or other.quantity is None)):
            continue
        said = note(link, earlier, later, other)
        if said is None:
            continue
        for p in _relation(corpus, link, earlier, later, other):
            p.describe = _noted(p.describe, said) if p.describe else None
            p.how = "series"
            out.append(p)
    return out


def _relation(corpus, link: Link, earlier: ClaimInfo, later: ClaimInfo,
              other: ClaimInfo | None) -> list[Prepared]:
    from .checks import composition, growth, stockflow, within

    if link.kind == "growth":
        ctx = Context(corpus, later.file, ("claims", later.id))
        rate = Term(later.growth, later, "rate", "growth")
        return growth.build(later, earlier, rate, ctx, later.line, later.column, None,
                            frozenset())
    if link.kind == "stock":
        spec = later.file.model.checks[link.later[3]]
        ctx = Context(corpus, later.file, ("checks", link.later[3]))
        flows = [[ctx.claim(r, key, i) for i, r in enumerate(getattr(spec, key))]
                 for key in ("added", "removed")]
        if any(c is None or c.quantity is None for side in flows for c in side):
            return []
        added, removed = ([Term(c.quantity, c, role, origin=ctx.file) for c in side]
                          for side, role in zip(flows, ("added", "removed"), strict=True))
        line, col = ctx.position
        return [stockflow.with_start(ctx, Term(later.quantity, later, "end", origin=ctx.file),
                                     Term(earlier.quantity, earlier, "start", origin=ctx.file),
                                     added, removed,
                                     line, col, spec.id, ctx.ignore(spec))]
    if link.kind == "tiles":
        assert other is not None
        ctx = Context(corpus, later.file, ("claims", later.id))  # at the whole
        parts = [Term(c.quantity, c, "part", origin=ctx.file) for c in (earlier, other)]
        out = [within.tiled(Term(later.quantity, later, "whole", origin=ctx.file), parts, ctx,
                            later.line, later.column)]
        if all(c.growth is not None for c in (earlier, later, other)):
            out.extend(composition.of_claims(ctx, later, [earlier, other], later.line,
                                             later.column))
        return out
    ctx = Context(corpus, earlier.file, ("claims", earlier.id))  # within: at the part
    return [within.relation(Term(later.quantity, later, "whole", origin=ctx.file),
                            Term(earlier.quantity, earlier, "part", origin=ctx.file), ctx,
                            earlier.line,
                            earlier.column)]


def _noted(describe, link_note: Message):
    def noted(o: Outcome) -> tuple[Message, bool]:
        says, headline = describe(o)
        return Message(msg.WITH_NOTE, message=says, note=link_note), headline
    return noted
