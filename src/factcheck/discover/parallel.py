"""A whole's paragraph, then one paragraph per kind of it with the same measures, as education,
health and culture bulletins are written (全县义务教育中小学30所。校舍总面积57.74万平方米，较上年增加
0.56万平方米；…\n——小学。校数17所；…校舍总面积25.48万平方米，比上年增加0.44万平方米…\n——初中。校数13所；…):
each measure of the whole is the sum of the same measure of its kinds.

The whole's paragraph opens with the whole (全县, 全市, 本市 …); each kind's paragraph follows it
without a break and opens with the kind's name — a dash heading (——小学。) or the words before its
first figure (普通高中学校5所；) — never with a whole, a section lead (从…看, 其中) or a time. The
run of kinds ends at a paragraph without figures (a heading: 学前教育和特殊教育) or at another whole
(全县特殊教育学校1所). A measure is matched by its label (校舍总面积, 图书, 在校生), its unit and
whether it is a change (比上年增加…); the paragraphs' opening counts (30所, 校数17所, 普通高中学校5所)
are the whole's count and its kinds'.

The kinds make the whole when the whole's words list them (高中段教育（包括普通高中和中职）共有学校6所:
中职 abbreviates 中等职业教育) or when their counts add up to the whole's (17所 + 13所 = 30所: every
school is of one kind, so every measure of the schools adds up); then a measure every kind states,
and its change, are the sum of the kinds'. Otherwise a level is at least the sum of the kinds'
(a change is not tested: another kind's may offset). The paragraphs are tied by their layout:
*linked*, but the count a 包括 list opens is *stated*.
"""

from __future__ import annotations

from ..patterns import compiled, later
from .claims import DraftClaim, unnumbered
from .composition import not_a_sum
from .scope import Found, Scope, a_change, exact, is_level

__all__ = ["find"]

#: The words that name a place's whole: 全县, 全市, 本市, 我省.
_WHOLE_NAME = r"全[国省市区县镇乡州盟旗]|本[市区县镇]|我[国省市区县]"
#: A paragraph that opens with a whole (with a year before it: 2024年全县).
_WHOLE = later(r"^(?:(?:19|20)\d\d年(?:末|底)?[，,]?)?(?:" + _WHOLE_NAME + ")")
#: A whole named inside the words before a paragraph's first figure.
_WHOLE_INSIDE = later(_WHOLE_NAME)
#: A dash heading that names a kind: ——小学。, —初中：.
_DASH = later(r"^[—－\-]{1,2}\s*([\u4e00-\u9fff（）()]{2,12})[。：:；;]")
#: Words that open no kind's paragraph: a lead, a link, a time, a note.
_NO_KIND = later(r"^(?:其中|从|分|按|在|据|截至|截止|同时|此外|另外|全年|年末|年初|期末|当年|同期|"
                 r"注|附|[一二三四五六七八九十]+[、.．]|\d|[（(]\d)")
#: The kinds a whole's words list: （包括普通高中和中职）, 分为小学和初中.
_LISTED = later(r"(?:包括|分为|含)([\u4e00-\u9fff、和及与]{4,40}?)[）)，,；;。]?(?:共|$|[）)])")
#: A whole's paragraph that ends by announcing its parts one to a line (全国总人口为1443497378人，其中：):
#: :mod:`.table` reads those lines.
_LINES_FOLLOW = later(r"(?:其中|包括|分别是|如下)[：:]?$")
_LIST_SEP = compiled(r"[、和及与]")


def find(scope: Scope) -> list[Found]:
    lines = _by_line(scope)
    found: list[Found] = []
    numbers = sorted(lines)
    for k, line in enumerate(numbers):
        text = _line_text(scope, lines[line])
        if not _WHOLE.search(text) or _LINES_FOLLOW.search(text):
            continue
        kinds: list[tuple[str, list[DraftClaim]]] = []
        for nxt in numbers[k + 1:]:
            if nxt != line + 1 + len(kinds):
                break  # a paragraph without figures between: a heading ends the run
            name = _kind_name(_line_text(scope, lines[nxt]), lines[nxt][0], scope)
            if name is None:
                break
            kinds.append((name, lines[nxt]))
        if len(kinds) >= 2:
            found.extend(_measures(scope, lines[line], kinds))
    return found


def _by_line(scope: Scope) -> dict[int, list[DraftClaim]]:
    out: dict[int, list[DraftClaim]] = {}
    for c in scope.claims:
        out.setdefault(c.line, []).append(c)
    return out


def _line_text(scope: Scope, claims: list[DraftClaim]) -> str:
    """The paragraph of the claims, without whitespace."""
    at = claims[0].figure.start
    start = scope.plain.rfind("\n", 0, at) + 1
    end = scope.plain.find("\n", at)
    return scope.text(start, len(scope.plain) if end < 0 else end)


def _kind_name(text: str, first: DraftClaim, scope: Scope) -> str | None:
    """The kind a paragraph is of: its dash heading, or the words before its first figure."""
    dash = _DASH.match(text)
    if dash:
        return dash.group(1)
    if _WHOLE.search(text) or _NO_KIND.search(text):
        return None
    start = scope.plain.rfind("\n", 0, first.figure.start) + 1
    words = scope.text(start, first.figure.start)
    if _WHOLE_INSIDE.search(words):
        return None  # 年未全县共有医疗卫生单位29个 (年末 misprinted): another whole, not a kind
    m = compiled(r"^([\u4e00-\u9fff（）()]{2,16}?)(?:共有|共|有|为|达到?|数)?$").match(words)
    return m.group(1) if m else None


def _key(c: DraftClaim) -> tuple[str, bool, object, str] | None:
    """What a figure measures, for matching across the paragraphs: label, change or level, unit."""
    q = c.figure.quantity
    label = unnumbered(c.label or "")
    if q is None or not is_level(c) or not exact(c) or q.unit.dimension in ("ratio", "number", "time") \
            or len(label) < 2 or not_a_sum(label):
        return None
    return (label, a_change(c), q.unit.key, q.unit.name)


def _measures(scope: Scope, whole: list[DraftClaim], kinds: list[tuple[str, list[DraftClaim]]]
              ) -> list[Found]:
    """The breakdowns of the whole's measures over its kinds' paragraphs."""
    opening = _opening_counts(whole, kinds)
    listed = _listed(scope, whole[0], [n for n, _ in kinds])
    shared_out = opening is not None and _adds_up(opening[0], opening[1])
    exhaustive = listed or shared_out
    found = []
    if opening is not None:
        total, parts = opening
        how = "stated" if listed else "linked"
        found.append(_found(total, parts, exhaustive, how, "the count of a whole and of its kinds, "
                            "one paragraph each"))
    taken = {id(opening[0])} if opening else set()
    for c in whole:
        key = _key(c)
        if key is None or id(c) in taken or sum(_key(o) == key for o in whole) > 1:
            continue
        parts = []
        for _, claims in kinds:
            same = [o for o in claims if _key(o) == key]
            if len(same) == 1:
                parts.append(same[0])
        every = len(parts) == len(kinds)
        if len(parts) < 2 or (key[1] and not (every and exhaustive)):
            continue  # a change of some kinds only, or of kinds that may not make the whole
        found.append(_found(c, parts, every and exhaustive, "linked",
                            "the same measure of a whole and of its kinds, one paragraph each"))
    return found


def _found(total: DraftClaim, parts: list[DraftClaim], exhaustive: bool, how: str, because: str) -> Found:
    return Found("breakdown", {"breakdown": total.id, "parts": [p.id for p in parts],
                               "exhaustive": exhaustive}, how, total, because, f"{total.id}_kinds")


def _opening_counts(whole: list[DraftClaim], kinds: list[tuple[str, list[DraftClaim]]]
                    ) -> tuple[DraftClaim, list[DraftClaim]] | None:
    """The whole's count (30所) and each kind's (校数17所): each paragraph's first figure, a count
    in one unit."""
    first = [whole[0], *(claims[0] for _, claims in kinds)]
    units = {(c.figure.quantity.unit.key, c.figure.quantity.unit.name) if c.figure.quantity else None
             for c in first}
    if len(units) != 1 or any(c.figure.quantity is None or c.figure.quantity.unit.dimension != "count"
                              or not is_level(c) or not exact(c) or a_change(c) for c in first):
        return None
    return first[0], first[1:]


def _adds_up(total: DraftClaim, parts: list[DraftClaim]) -> bool:
    """Whether the kinds' counts add up exactly to the whole's (17所 + 13所 = 30所)."""
    t = total.figure.quantity.interval
    if t.lo is None or t.lo != t.hi:
        return False
    values = [p.figure.quantity.interval for p in parts]
    return all(v.lo is not None and v.lo == v.hi for v in values) and sum(v.lo for v in values) == t.lo


def _listed(scope: Scope, first: DraftClaim, names: list[str]) -> bool:
    """Whether the whole's words before its first figure list its kinds, each as its name or an
    abbreviation of it (中职 for 中等职业教育学校)."""
    start = scope.plain.rfind("\n", 0, first.figure.start) + 1
    m = _LISTED.search(scope.text(start, first.figure.start))
    if m is None:
        return False
    items = [w for w in _LIST_SEP.split(m.group(1)) if w]
    if len(items) != len(names):
        return False
    left = list(names)
    for item in items:
        match = next((n for n in left if _abbreviates(item, n)), None)
        if match is None:
            return False
        left.remove(match)
    return True


def _abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` is ``name``'s first characters in order, from its first (中职 of 中等职业
    教育, 普通高中 of 普通高中学校)."""
    if not short or not name.startswith(short[0]):
        return False
    at = 0
    for ch in short:
        at = name.find(ch, at)
        if at < 0:
            return False
        at += 1
    return True
