"""A tally of directions with the items it counts: 八大类消费品价格呈现“四升三降一平”格局：食品烟酒类上涨
2.6%，…；其他用品和服务类价格与同期持平; 播种面积“一减两稳五增”（“一减”：减少玉米种植面积；“两稳”：稳定
花生和烤烟种植面积；…）. Each count of the tally becomes an `enumeration` check against the items
listed with its direction: the items a quoted count glosses, or the clauses after the tally's colon
whose figures (or 持平) go that way. A group the tally splits by direction (八大类) holds its
counts: a `breakdown` whose parts may leave out what did not move (七大类…五涨一降).

The items are read by their separators, never by the count. A 和 inside an item is read by the
ending the items share (教育文化和娱乐类 among …类 is one item); where nothing decides whether a
和 joins two items (城镇和农村居民收入同步增长), the tally is left unchecked.
"""

from __future__ import annotations

import re

from ..lexicon import DOWN, NARROWING, TALLY, UP
from ..patterns import compiled, later
from .claims import DraftClaim
from .enumeration import list_items
from .scope import Found, Scope

__all__ = ["find"]

#: The verb that opens a gloss of a tally's count: “两稳”：稳定花生和烤烟种植面积.
_GLOSS_VERB = later(r"^(?:增加|减少|稳定|扩大|压减|调减|调增|提高|降低|保持|稳住|新增|缩减)")
#: The end of a gloss: the next gloss, or the end of its brackets or sentence.
_GLOSS_END = "；;。）)\n"
#: The words between a tally and the list of its items: ：, or the next sentence's 其中，.
_ITEMS_OPEN = later(r"[^，,。；;！!？?\n]{0,6}?(?:[：:]|。其中[，,])")
#: A clause that holds its direction in words: …与同期持平, 基本持平.
_FLAT = later(r"(?:与(?:上年|去年)?同期|同比)?(?:基本)?持平$")
#: Words between an item and its direction (价格, 同比, 均 …): not part of its name.
_AFTER_NAME = later(r"(?:价格|指数)?(?:同比|环比|比上年|比去年)?(?:均|都|分别|也)?$")
#: The numeral of a tally's count, before its word (四升 → 升).
_WORD = later(r"^[一二两三四五六七八九十]+")
_CONJUNCTION = later(r"(?<=.)(?:以及|和|及|与)(?=.)")


def find(scope: Scope) -> list[Found]:
    found: list[Found] = []
    for tally in _tallies(scope):
        group = _split_group(scope, tally)
        if group is not None:
            flat = any(_direction(c) == "flat" for c in tally)  # every direction named
            found.append(Found("breakdown", {"breakdown": group.id, "parts": [c.id for c in tally],
                                             "exhaustive": flat}, "stated", group,
                               f"a tally of the {group.figure.text} by direction",
                               f"{group.id}_tally"))
        counted = _glossed(scope, tally) or _listed(scope, tally)
        for c, names in counted:
            found.append(Found("enumeration", {"enumeration": [c.id], "names": names}, "stated", c,
                               f"the items of {c.figure.text}: {'、'.join(names)}",
                               f"{c.id}_tally"))
    return found


def _tallies(scope: Scope) -> list[list[DraftClaim]]:
    """The counts of each tally in the article, in order (四升, 三降, 一平)."""
    out: list[list[DraftClaim]] = []
    for c in scope.claims:
        if _direction(c) is None:
            continue
        last = out[-1][-1] if out else None
        if last is not None and scope.plain[last.figure.end:c.figure.start] in ("", "、"):
            out[-1].append(c)
        else:
            out.append([c])
    return [t for t in out if len(t) >= 2]


def _split_group(scope: Scope, tally: list[DraftClaim]) -> DraftClaim | None:
    """The group a tally splits by direction, earlier in its clause: 八大类消费品价格呈现
    “四升三降一平” (4 + 3 + 1 ≤ 8), 其他七大类价格环比两涨两平三降."""
    first = tally[0].figure.start
    s_start, _ = scope.sentence(tally[0])
    before = [c for c in scope.in_span(s_start, first) if c.figure.end <= first]
    if not before:
        return None
    group = before[-1]
    if group.figure.kind != "group" or _direction(group) is not None or \
            compiled(r"[，,；;：:]").search(scope.text(group.figure.end, first)):
        return None
    return group


def _direction(c: DraftClaim) -> str | None:
    """up, down, flat or narrowed for a count of a tally (四升 → up), else None."""
    f = c.figure
    if f.kind != "group" or f.number_start != f.start:
        return None
    return TALLY.get(_WORD.sub("", f.text))


# --- “一减”：减少玉米种植面积；“两稳”：稳定花生和烤烟种植面积 ------------------------------------------
def _glossed(scope: Scope, tally: list[DraftClaim]) -> list[tuple[DraftClaim, list[str]]]:
    """Each count with the items its own quoted gloss names (all of them, or none is read)."""
    plain, at = scope.plain, tally[-1].figure.end
    out = []
    for c in tally:
        word = re.escape(_WORD.sub("", c.figure.text))  # by its word: the count may be wrong
        head = re.compile(f"“[一二两三四五六七八九十]+{word}”[：:]").search(plain, at, at + 400)
        if head is None:
            return []
        start = head.end()
        stop = start
        while stop < len(plain) and plain[stop] not in _GLOSS_END and plain[stop] != "“":
            stop += 1
        text = plain[start:stop]
        verb = _GLOSS_VERB.match(text)
        if verb is None or scope.in_span(start, stop):
            return []
        text = text[verb.end():]
        names = list_items(text) if compiled(r"[、和及与]").search(text) else [text]
        if not names or not text:
            return []
        out.append((c, names))
        at = stop
    return out


# --- “四升三降一平”格局：A类上涨2.6%，B类上涨0.5%；C类下降1.5%；D类价格与同期持平 -----------------------
def _listed(scope: Scope, tally: list[DraftClaim]) -> list[tuple[DraftClaim, list[str]]]:
    """Each count with the items of the clauses after the tally that go its way; none when a
    clause has no single direction or a 和 cannot be read."""
    plain, end = scope.plain, tally[-1].figure.end
    opened = _ITEMS_OPEN.match(plain, end + (1 if plain[end:end + 1] in "”\"" else 0))
    if opened is None:
        return []
    start = opened.end()
    stop = start
    while stop < len(plain) and plain[stop] not in "。\n":
        stop += 1
    clauses = []
    a = start
    for m in compiled(r"[，,；;]|$").finditer(plain[start:stop]):
        b = start + m.start()
        clause = _clause(scope, a, b)
        if clause is None:
            return []
        clauses.append(clause)
        a = start + m.end()
    directions = {_direction(c) for c in tally}
    if len(directions) < len(tally) or {d for d, _ in clauses} != directions:
        return []  # a direction told twice, or a clause of none of the tally's
    names = _whole_names([pieces for _, pieces in clauses])
    if names is None:
        return []
    return [(c, [x for (d, _), ns in zip(clauses, names, strict=True) if d == _direction(c) for x in ns])
            for c in tally]


def _clause(scope: Scope, a: int, b: int) -> tuple[str, list[str]] | None:
    """A clause's direction and the pieces of its subject (A、B价格均上涨0.2% → up, [A, B])."""
    text = scope.text(a, b)
    figures = [f for c in scope.in_span(a, b) for f in (c.figure, c.growth) if f is not None]
    if figures:
        moves = {_move(f.change_word) for f in figures}
        if len(moves) != 1 or None in moves:
            return None
        direction = moves.pop()
        subject = scope.text(a, figures[0].start)
        several = len(figures) > 1
        if several and not compiled(r"分别$").search(subject):
            return None
    else:
        flat = _FLAT.search(text)
        if flat is None:
            return None
        direction, subject, several = "flat", text[:flat.start()], False
    subject = _AFTER_NAME.sub("", subject)
    pieces = subject.split("、")
    if not subject or any(not p or len(p) > 14 or compiled(r"[0-9%％]").search(p) for p in pieces):
        return None
    if several and len(pieces) != len(figures):
        return None  # A、B、C分别上涨1%、2%: as many names as figures
    if len(pieces) > 1 and not several and not compiled(r"(?:均|都)").search(scope.text(a, b)):
        return None
    return direction, pieces


def _move(change_word: str | None) -> str | None:
    if change_word == NARROWING:
        return "narrowed"
    if change_word in UP:
        return "up"
    if change_word in DOWN:
        return "down"
    return None


def _whole_names(subjects: list[list[str]]) -> list[list[str]] | None:
    """The names of each clause: a piece with 和 is one name when the pieces share an ending its
    first half lacks (教育文化和娱乐类 among 居住类…), two when both halves have it; None when no
    ending decides."""
    plain = [p for pieces in subjects for p in pieces if not _CONJUNCTION.search(p)]
    ending = plain[0][-1] if len(plain) >= 2 and all(p[-1] == plain[0][-1] for p in plain) else ""
    out = []
    for pieces in subjects:
        names = []
        for p in pieces:
            halves = _CONJUNCTION.split(p)
            if len(halves) == 1:
                names.append(p)
            elif not ending or not p.endswith(ending):
                return None
            elif all(h.endswith(ending) for h in halves):
                names.extend(halves)
            elif not any(h.endswith(ending) for h in halves[:-1]):
                names.append(p)
            else:
                return None
        out.append(names)
    return out
