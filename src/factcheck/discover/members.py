"""A counted group with a threshold and its members listed with their figures: 全省有5个城市地区生产总值
增速超过5%，其中深圳增长10.9%，广州增长6.6%…; 共有21个省份增速高于4.8%的全国水平，其中江西（6.9%）、
福建（6.7%）…; 南京（12.1%）、杭州（9.8%）等5个城市增速超过8%; 增速高于全国的有江苏、浙江、广东3个省份.

Two relations are stated: each listed member's figure passes the threshold (one `expect` per
member), and the members listed are the group the count counts (an `enumeration`: as many as the
count after 分别是/依次为/：, no more than it after 其中 or with 等).

The members must follow in the sentence right after the threshold's clause (or stand right
before the count), each a name with its figure and no other measure between them (深圳增长10.9%,
江西（6.9%）): the figure of the measure the threshold names, in its unit. A list of another
measure (其中深圳规上工业增长…), a figure in other units (5个城市GDP超过万亿元，其中深圳增长10.9%) or
a member named 全省/平均 ends the list or ties nothing.
"""

from __future__ import annotations

from ..figures.names import EVENT_COUNTERS, not_a_name
from ..lexicon import DOWN
from ..patterns import later
from .claims import DraftClaim
from .scope import BRACKETED, Found, Scope, exact, same_unit

__all__ = ["find"]

#: The words right before a threshold's number and the comparison each makes a member's figure
#: stand in: 超过5%, 高于4.8%, 不足1%.
_BEFORE = (
    (later(r"(?:不低于|不少于|至少)$"), ">="),
    (later(r"(?:不超过|不高于|最多)$"), "<="),
    (later(r"(?:超过了?|超出了?|超|逾|高于|快于|多于|大于)$"), ">"),
    (later(r"(?:低于|不足|不到|不满|慢于|少于|小于)$"), "<"),
)
#: The same after the number: 10%以上, 5%以下.
_AFTER = ((later(r"^[\d.]+[^\d，,。；;、]{0,3}?(?:及)?以上"), ">="),
          (later(r"^[\d.]+[^\d，,。；;、]{0,3}?(?:及)?(?:以下|以内)"), "<="))
#: A level the threshold names in brackets after its words: 高于全国平均水平（5.2%）.
_BRACKET_LEVEL = later(r"(?P<word>高于|超过|低于|快于|慢于)(?:全国|全省|全市|全区|全州|全县)"
                       r"(?:平均)?(?:水平|增速|增幅|平均水平)?[（(]$")
#: What may follow the threshold to the end of its clause: 的全国水平, 的全国平均水平.
_TAIL = later(r"(?:[）)]|以上|以下|以内)?(?:的(?:全国|全省|全市|全区|全州|全县)?(?:平均)?"
              r"(?:水平|增速|增幅|平均水平|平均值|均值|目标|标准|线)|大关|关口)?")
#: The words that open the list of members, in the clause after the threshold's.
_OPENS = later(r"(?P<word>其中|分别是|分别为|依次是|依次为|包括|即)[：:，,]?|[：:]")
#: The words that open the list when the count follows it: 增速高于全国的有江苏、浙江、广东3个省份.
_HAS = later(r"(?:超过了?|超出|超|逾|高于|快于|低于|不足|不到|慢于|以上|以下)[^，,。；;：:、\d]{0,12}?"
             r"的(?:有|是|为|包括)[：:]?")
#: A member's name, then the words of its figure (深圳增长, 江西（, 北京).
_NAME = r"[\u4e00-\u9fffA-Za-z]{2,12}?"
_MID = r"(?:同比)?(?:增长|增速|增幅)?(?:为|是|高达|达到?|实现|完成|以)?"
_ITEM = later(r"(?P<name>" + _NAME + r")(?P<mid>" + _MID + r")(?P<open>[（(])?")
#: Between the members of the list.
_SEPARATOR = later(r"[、，,；;]|和|及|与|以及")
#: Names that are no member: the whole, its average, the rest.
_NOT_MEMBER = later(r"^(?:全|平均|其他|其余|其它|另|总|合计|共|均|比|较|同比|增长|增速|占)|平均|全国|全省|的")
#: Words of a measure: a name that holds one names the measure of a member, not the member
#: (深圳规模以上工业增加值增长10.9% under a threshold of GDP).
_MEASURE = later(r"工业|增加值|投资|收入|营收|利润|产值|总额|零售|消费|出口|进口|销售|税|生产总值|GDP|"
                 r"支出|人口|产量|贷款|存款|金额|规模")
#: A threshold of an average over years: a member's plain 增长 may be of one year.
_AVERAGE = later(r"平均|年均")
#: Words of a rate of change, and of a share: a threshold of one ties no figure of the other.
_CHANGE = later(r"增速|增幅|增长|降幅|下降|回落")
_SHARE = later(r"占比|比重|份额|占")
#: A count that is a difference (比上年多3个) or counts events (5次).
_DIFFERENCE = later(r"(?:多|少|增加|减少)了?$")
_CLAUSE_MARKS = "，,。；;！!？?\n"


def find(scope: Scope) -> list[Found]:
    found: list[Found] = []
    for t in scope.claims:
        op = _comparison(scope, t)
        if op is None:
            continue
        count = _count_before(scope, t)
        if count is not None:
            tail = _TAIL.match(scope.plain, t.figure.end)
            found += _listed_after(scope, t, op, count, tail.end() if tail else t.figure.end) or \
                _listed_before(scope, t, op, count)
            continue
        count, end = _count_after(scope, t)
        if count is not None:
            found += _listed_after(scope, t, op, count, end)
    for c in scope.claims:
        found += _named_after_has(scope, c)
    return found


# --- the threshold and its count -------------------------------------------------------------------
def _comparison(scope: Scope, t: DraftClaim) -> str | None:
    """The comparison the words of a threshold make (超过5% → '>'), or None when the figure is
    no threshold."""
    f, q = t.figure, t.figure.quantity
    if q is None or f.kind != "level" or q.unit.dimension in ("count", "rank", "time", "pp"):
        return None
    a, _ = scope.clause(t)
    before = scope.text(a, f.number_start)
    for pattern, op in _BEFORE:
        if pattern.search(before):
            return op
    written = scope.plain[f.number_start:f.end + 3]
    for pattern, op in _AFTER:
        if pattern.search(written):
            return op
    m = _BRACKET_LEVEL.search(scope.plain, max(0, f.number_start - 16), f.number_start)
    if m is not None and scope.plain[f.end:f.end + 1] in ("）", ")"):
        return "<" if m.group("word") in ("低于", "慢于") else ">"
    return None


def _count_before(scope: Scope, t: DraftClaim) -> DraftClaim | None:
    """The count of the group right before its threshold in one clause: 有5个城市地区生产总值增速
    超过5% (only the group's noun and measure between them)."""
    i = scope.index(t)
    if i == 0:
        return None
    c = scope.claims[i - 1]
    if not (_whole(c) and scope.clause(c) == scope.clause(t)) or _together(scope, c, t):
        return None
    between = scope.text(c.figure.end, t.figure.start)
    if not _GROUP_WORDS.fullmatch(between) or \
            _DIFFERENCE.search(scope.text(max(0, c.figure.number_start - 3), c.figure.number_start)):
        return None
    return c


#: Between a count and its threshold: the group's noun and measure (城市地区生产总值).
_GROUP_WORDS = later(r"[\u4e00-\u9fffA-Za-z“”]{0,20}")
#: Words that make the threshold the group's total, not what each member passes: 三大作物总产量超
#: 5亿吨，其中稻谷总产量20078万吨.
_TOGETHER = later(r"合计|共计|累计|总计|一共|总共|总和|之和|合共|共同|总产量|总营收|总收入|总规模|总销售|"
                  r"总金额|总投资|总人数|总数")


def _together(scope: Scope, c: DraftClaim, t: DraftClaim) -> bool:
    """Whether the threshold bounds the group's total: words of a sum between the count and it, or
    a level bounding a group of N大 (三大作物…超5亿吨) rather than N members each."""
    a = c.figure.end if c.figure.start < t.figure.start else scope.clause(t)[0]
    words = scope.text(a, t.figure.number_start)
    level = t.figure.quantity.unit.dimension != "ratio"  # type: ignore[union-attr]
    return bool(_TOGETHER.search(words)) or (level and c.figure.kind == "group")


#: From a threshold to the count of what passes it: 超过10亿元的有3家, 超过全国水平（4.8%）的有21个省份.
_TO_COUNT = later(r"[）)]?的(?:共有|有|为|是|共)?")
#: The noun of a count, to the end of its clause.
_COUNTED_NOUN = later(r"[\u4e00-\u9fff]{0,6}(?=[，,：:])")


def _count_after(scope: Scope, t: DraftClaim) -> tuple[DraftClaim | None, int]:
    """The count of what passes a threshold, after it (…超过10亿元的有3家，…): the count and the
    end of its clause."""
    i = scope.index(t)
    if i + 1 >= len(scope.claims):
        return None, 0
    c = scope.claims[i + 1]
    if not _whole(c) or scope.clause(c) != scope.clause(t) or _together(scope, c, t) or \
            not _TO_COUNT.fullmatch(scope.text(t.figure.end, c.figure.number_start)):
        return None, 0
    noun = _COUNTED_NOUN.match(scope.plain, c.figure.end)
    if noun is None:
        return None, 0
    return c, noun.end()


def _whole(c: DraftClaim) -> bool:
    """A count of a few members, exactly: 5个, 21个 (not 超10家, not 5次)."""
    q = c.figure.quantity
    return q is not None and q.unit.dimension == "count" and exact(c) and q.interval.is_point \
        and q.value.denominator == 1 and 1 <= q.value <= 60 and not c.figure.is_rate \
        and q.unit.name not in EVENT_COUNTERS


# --- the members after the threshold: ，其中深圳增长10.9%，广州增长6.6%… ------------------------------
def _listed_after(scope: Scope, t: DraftClaim, op: str, count: DraftClaim, at: int) -> list[Found]:
    """The members listed in the clause after ``at``, the end of the threshold's clause."""
    plain = scope.plain
    _, s_end = scope.sentence(t)
    if plain[at:at + 1] not in ("，", ",", "：", ":"):
        return []
    opens = _OPENS.match(plain, at + (plain[at] in "，,"))
    if opens is None:
        return []
    word = opens.group("word") or "："
    start = opens.end()
    if plain[start:start + 1] in ("，", ","):
        start += 1
    items, end = _items(scope, t, count, start, s_end)
    if not items or not _fits(t, [m for _, m in items]):
        return []
    # all of them after 分别是/依次为/：, when the list ends its sentence: a list that stops on words
    # that are no member (…和丙县（新设）10.2%) may have left some out
    complete = word not in ("其中", "包括") and scope.text(end, s_end).strip("。；;！!") == ""
    if word != "其中" and len(items) < 2:
        return []
    return _found(t, op, count, items, complete)


def _items(scope: Scope, t: DraftClaim, count: DraftClaim, start: int,
           stop: int) -> tuple[list[tuple[str, DraftClaim]], int]:
    """The members listed from ``start``: each a name with its figure (深圳增长10.9%, 江西（6.9%）),
    up to the first words that are none or a figure in other units; and where the list ends. The
    name may end with the measure the threshold names (阳光龙净集团有限公司营收高达2502.11亿元)."""
    plain = scope.plain
    measure = scope.text(count.figure.end, t.figure.start)
    if _AVERAGE.search(measure + scope.text(t.figure.start, t.figure.number_start)):
        return [], start  # 两年平均增速超过5%，其中湖北增长12.1%: a rate of one year, or of two?
    items: list[tuple[str, DraftClaim]] = []
    first_mid = None
    at = start
    for x in scope.in_span(start, stop):
        if x.figure.start < at:
            continue
        m = _ITEM.fullmatch(scope.text(at, x.figure.number_start))
        if m is None or not _member_figure(x) or not same_unit(x, t):
            break
        name, mid = _without_measure(m.group("name"), measure), m.group("mid")
        if _NOT_MEMBER.search(name) or _MEASURE.search(name) or not_a_name(name, leading=not items) or \
                (items and mid and mid != first_mid):
            break
        close = x.figure.end
        if m.group("open"):
            if plain[close:close + 1] not in ("）", ")"):
                break
            close += 1
        first_mid = mid if not items else first_mid
        items.append((name, x))
        sep = _SEPARATOR.match(plain, close)
        at = close
        if sep is None:
            break
        at = sep.end()
    return items, (at if not items else _end_of(scope, items[-1][1]))


def _without_measure(name: str, measure: str) -> str:
    """A member's name without the end of the threshold's measure it ends with (…公司营收 → …公司)."""
    for k in range(len(measure), 1, -1):
        if name.endswith(measure[-k:]) and len(name) - k >= 2:
            return name[:-k]
    return name


def _end_of(scope: Scope, x: DraftClaim) -> int:
    end = x.figure.end
    return end + 1 if scope.plain[end:end + 1] in ("）", ")") else end


def _member_figure(x: DraftClaim) -> bool:
    """A figure as written for one member: a level or a rate, no bound word, no fall."""
    f, q = x.figure, x.figure.quantity
    return q is not None and f.kind == "level" and exact(x) and \
        q.unit.dimension not in ("count", "rank", "time", "pp") and \
        f.change_word not in DOWN


def _fits(t: DraftClaim, members: list[DraftClaim]) -> bool:
    """Whether the members' figures are of the threshold's measure: its unit, and a rate of change
    for a rate of change, a level (a share) for a level."""
    if any(not same_unit(t, m) for m in members):
        return False
    if t.figure.quantity.unit.dimension != "ratio":  # type: ignore[union-attr]
        return True
    t_change = bool(t.figure.is_rate or _CHANGE.search(t.label or ""))
    for m in members:
        words = (m.figure.change_word or "") + (m.label or "")
        if t_change and _SHARE.search(words):
            return False
        if not t_change and (m.figure.is_rate or _CHANGE.search(words)):
            return False
    return True


# --- the members before the count: 南京（12.1%）、杭州（9.8%）等5个城市增速超过8% ----------------------
_BEFORE_ITEM = later(r"(?P<name>[\u4e00-\u9fffA-Za-z]{2,12})[（(]$")


def _listed_before(scope: Scope, t: DraftClaim, op: str, count: DraftClaim) -> list[Found]:
    plain = scope.plain
    a, _ = scope.sentence(count)
    start = count.figure.start
    while start > a and plain[start - 1] not in _CLAUSE_MARKS + "：:":
        start -= 1
    figures = scope.in_span(start, count.figure.start)
    if len(figures) < 2:
        return []
    items: list[tuple[str, DraftClaim]] = []
    at = start
    for x in figures:
        m = _BEFORE_ITEM.search(scope.text(at, x.figure.number_start))
        lead = scope.text(at, x.figure.number_start)[:-len(m.group(0))] if m else None
        if m is None or plain[x.figure.end:x.figure.end + 1] not in ("）", ")") or \
                not _member_figure(x) or (items and lead not in ("、", "和", "及", "与")) or \
                _NOT_MEMBER.search(m.group("name")):
            return []
        items.append((m.group("name"), x))
        at = x.figure.end + 1
    rest = scope.text(at, count.figure.start)
    if rest not in ("", "等", "这", "共", "等共"):
        return []
    if not _fits(t, [x for _, x in items]):
        return []
    return _found(t, op, count, items, not rest.startswith("等"))


# --- 增速高于全国的有江苏、浙江、广东3个省份: the members, then their count ------------------------------
_OPENS_NAME = later(r"[\u4e00-\u9fffA-Za-z]")
_STOPS = later(r"[，,：:。；;]")
_LIST_SPLIT = later(r"、|和|及|与")
_BARE_NAME = later(r"[\u4e00-\u9fffA-Za-z]{2,12}")


def _named_after_has(scope: Scope, c: DraftClaim) -> list[Found]:
    """A count that ends a list opened by 超过…的有, 高于…的是: the names listed are all of them (but
    for 等); a figure in brackets after a name passes the threshold, when one is stated."""
    if not _whole(c):
        return []
    plain = scope.plain
    a, _ = scope.sentence(c)
    clause_start = c.figure.start
    while clause_start > a and plain[clause_start - 1] not in _CLAUSE_MARKS:
        clause_start -= 1
    has = None
    for m in _HAS.finditer(plain, clause_start, c.figure.start):
        has = m
    if has is None:
        return []
    text = plain[has.end():c.figure.start]
    if not _OPENS_NAME.match(text) or _STOPS.search(text):
        return []
    complete = not text.endswith("等")
    names = _LIST_SPLIT.split(BRACKETED.sub("", text.removesuffix("等")))
    if len(names) < 2 or any(not _BARE_NAME.fullmatch(x) or not_a_name(x) or _NOT_MEMBER.search(x)
                             for x in names):
        return []
    inside = scope.in_span(has.end(), c.figure.start)
    found = [Found("enumeration", {"enumeration": [c.id], "names": names,
                                   **({} if complete else {"names_complete": False})},
                   "stated", c, f"{len(names)} members listed before it: {'、'.join(names)}",
                   f"{c.id}_members")]
    thresholds = [t for t in scope.in_span(clause_start, has.end()) if _comparison(scope, t)]
    if inside and len(thresholds) == 1 and len(inside) == len(names):
        t = thresholds[0]
        op = _comparison(scope, t)
        bracketed = all(plain[x.figure.start - 1:x.figure.start] in ("（", "(") and
                        plain[x.figure.end:x.figure.end + 1] in ("）", ")") and _member_figure(x)
                        for x in inside)
        if bracketed and _fits(t, inside):
            found += [_passes(t, op, x, name) for name, x in zip(names, inside, strict=True)]
    return found


# --- what is found ---------------------------------------------------------------------------------
def _found(t: DraftClaim, op: str, count: DraftClaim, items: list[tuple[str, DraftClaim]],
           complete: bool) -> list[Found]:
    names = [name for name, _ in items]
    out = [_passes(t, op, x, name) for name, x in items]
    if len(items) >= 2:
        out.append(Found("enumeration", {"enumeration": [count.id], "names": names,
                                         **({} if complete else {"names_complete": False})},
                         "stated", count, f"{len(names)} members listed: {'、'.join(names)}",
                         f"{count.id}_members"))
    return out


def _passes(t: DraftClaim, op: str, x: DraftClaim, name: str) -> Found:
    return Found("expect", {"expect": f"{x.id} {op} {t.id}"}, "stated", x,
                 f"{name} is one of the members listed as passing the threshold",
                 f"{x.id}_threshold")
