"""Slices: the shares of the slices of one whole, listed clause after clause in one sentence (up
to its full stop) — each slice's level, then its share: bare (男性人口为72334万人，占51.24%；女性人口为
68844万人，占48.76%), or of the whole named the same way each time (居住在城镇的人口为126107人，占常住
人口的41.00%；居住在乡村的人口为181461人，占常住人口的59.00%); a bracket in the share's words is an aside
(占全县户籍人口的比重（户籍人口城镇化率）为28.48%).

The shares of the two halves of a whole (男 and 女, 城镇 and 乡村, X and 非X, after the words the
two names share: 居住在) or of the three industries add up to 100%, and each is its level over the
two (or three) levels together; the sentence's words tie them: *stated*. Shares of other slices
add up to at most 100% when the sentence says they are slices of one whole by one classification:
their names end alike (…进出口, …人口) or a section lead opens the sentence (从性别构成看，). A 其中
nests a slice in the one before (60岁及以上人口…占18.70%，其中65岁及以上人口…占13.50%): it and its
semicolon clause are left out. Kinds of two axes (上市, 高新技术) or of one that overlap (国有控股 and
股份制) are no slices of one classification; a share of another time (上年占…) is no slice. One
share word naming one whole for a 分别 list (占全部比例分别为, 占全省…的比重分别为, 市场份额分别为,
所占份额分别为) makes its shares slices of that whole whatever the names: at most 100%, stated —
not after a list of years (2013~2017年，…比重分别为: each year's own whole). The three industries'
shares without their levels make 100 also when only the first names the whole (第一产业增加值占地区生产
总值的比重为24.1%，第二产业增加值比重为23.7%，…); with their levels, each share is of GDP
(:mod:`.share`), one maybe moved a step so that they make 100.
"""

from __future__ import annotations

from ..patterns import compiled, later
from .breakdown import halves, kinds_overlap
from .claims import DraftClaim, unnumbered
from .composition import name
from .scope import BRACKETED, Found, Scope, a_change, is_level, is_share, same_unit
from .sections import complementary

__all__ = ["find"]

#: A slice's name: words, or an age band (0-14岁人口, 65岁及以上人口).
_NAME = r"(?:[\u4e00-\u9fff]{2,12}?|\d+(?:[-—–~～至]\d+)?岁(?:及以[上下])?[\u4e00-\u9fff]{0,6}?)"
#: The words of a slice's share clause before its figure: 占51.24%, 占常住人口的41.00%, 占全省的比重为
#: 12.5%, 所占比重为; or its own name with 占比 or 比重 (财产保险占比24.1%, 第二产业增加值比重为23.7%).
_SHARE_CLAUSE = later(
    r"^(?:(?P<subject>" + _NAME + r")(?:占比|所占比重|所占比例)|所?占比|"
    r"(?P<named>" + _NAME + r")?所?占(?!用|地(?!区)|领|有|据|到|比)(?P<whole>[^\d，,。；;、：:（()）]{0,16}?)"
    r"的?(?:比重|比例|份额)?|(?P<weighted>[^占\d，,。；;、：:（()）]{2,12}?)的?比重)(?:为|达到|达|约为|约)?$")
#: Words that make a share one of another time or a comparison, never a slice of this whole.
_OTHER_TIME = later(r"上年|去年|前年|同期|上一年|(?<!占)比(?![重例])|较|提高|上升|下降|回落|增加(?!值)|减少")
#: Words that nest what follows in the slice before it.
_NESTED = later(r"其中|包括|含")
#: A plan, a task or a budget: each part's share of its own (占任务数的56.4%), no slice of one whole.
_PLAN = later(r"计划|目标|预算|任务|额度|限额")
#: A section lead that names the one classification the sentence splits by.
_LEAD = later(r"^(?:(?:19|20)\d\d年[末底]?[，,]?)?(?:从|分|按)[^，,：:。；;]{1,12}(?:看|分)[，,：:]")
#: The three industries, by their full and short names.
_INDUSTRY = later(r"第?([一二三])产")
#: The place a name may open with (我国男性人口, 全市女性人口): no part of the slice's name.
_PLACE = later(r"^(?:我国|全国|全[省市区县州盟旗镇乡]|本[市区县镇])")
#: More pairs of names that split a whole in two, read in a sentence of shares (政府投资575.5亿元，占
#: 25.7%；社会投资1665.8亿元，占74.3%; 国产影片票房…进口影片票房).
_MORE_HALVES = (("政府", "社会"), ("国产", "进口"), ("境内", "境外"), ("省内", "省外"))
_END = later(r"[。！？!?\n]")


def find(scope: Scope) -> list[Found]:
    if "占" not in scope.plain and "比重" not in scope.plain and "份额" not in scope.plain:
        return []
    found: list[Found] = []
    run: list[tuple[DraftClaim, DraftClaim | None, str, str | None]] = []  # share, part, name, whole
    span: tuple[int, int] | None = None
    skip_to = -1
    for k, c in enumerate(scope.claims):
        here = _period(scope, c)
        if here != span:
            found.extend(_groups(scope, run, span))
            run, span, skip_to = [], here, -1
        if not is_share(c) or c.figure.start < skip_to:
            continue
        m = _SHARE_CLAUSE.match(BRACKETED.sub("", scope.before(c)))  # 比重（户籍人口城镇化率）为
        if m is None:
            continue
        if run and _NESTED.search(scope.text(run[-1][0].figure.end, c.figure.start)):
            end = compiled(r"[；;]").search(scope.plain, c.figure.end, here[1])
            skip_to = here[1] if end is None else end.end()
            continue  # 其中65岁及以上人口…占13.50%: a slice of the slice before
        subject = m.group("subject") or m.group("weighted") or m.group("named")
        part = None if subject else _part_before(scope, k, run)
        label = subject or (name(part) if part is not None else "")
        clause = scope.text(*scope.clause(c))
        if not label or _OTHER_TIME.search(clause) or \
                (part is not None and _OTHER_TIME.search(scope.before(part))):
            found.extend(_groups(scope, run, span))
            run = []
            continue
        whole = m.group("whole") or None
        if whole is not None and _PLAN.search(whole):
            found.extend(_groups(scope, run, span))
            run = []
            continue  # 占任务数的56.4%: each part of its own task, a rate of completion
        if whole is None and run and m.group("subject") is None and (
                m.group("weighted") is None or (_INDUSTRY.search(label) and _INDUSTRY.search(run[-1][2]))):
            whole = run[-1][3]  # 占51.5%；…占9%: the whole named before, 下同; 第一产业增加值占地区生产
            # 总值的比重为24.1%，第二产业增加值比重为23.7%: the next industry's share of that whole
        run.append((c, part, label, whole))
    found.extend(_groups(scope, run, span))
    if "分别" in scope.plain:
        found.extend(_listed(scope))
        found.extend(_of_one_named_whole(scope))
    return found


#: One share word over a 分别 list that names the one whole of all its shares: a place's or all of
#: it (占全部比例分别为8.9%、88.9%和2.2%; 占全省县域生产总值的比重分别为35.7%、46.7%、17.6%; 在全国总量中
#: 的比重分别为1.3%和33.3%), or a market's (市场份额分别为16.1%和15.0%; 所占份额分别为4%、71%和25%).
_ONE_WHOLE_LIST = later(r"(?:(?:占|在)(?:全[国省市区县]|全部|所有|总)[^\d，,。；;：:%（()）]{0,16}?中?的?"
                        r"(?:比重|比例|份额)|市场份额|所占份额|市场占有率)分别(?:为|是|达到|达)?[：:]?$")
#: Two years or more before the list (2013~2017年, 2019年、2020年): a share of each year's own whole.
_YEARS_LISTED = later(r"(?:19|20)\d\d年?\s*(?:[~～—–\-至到、和及与]|年?[、和])\s*(?:19|20)?\d\d年")
_SHARE_GAP = later(r"[、和及与，,]")


def _of_one_named_whole(scope: Scope) -> list[Found]:
    """The shares of a 分别 list whose one share word names one whole for all of them (同城、异地、
    国际/港澳台快递业务量占全部比例分别为8.9%、88.9%和2.2%; vivo 和小米紧随其后，市场份额分别为16.1%和
    15.0%): slices of that whole, whatever the names, so together at most 100% — unless the sentence
    lists years before them (2013~2017年，非税收入占…的比重分别为: each of its year's whole)."""
    found: list[Found] = []
    run: list[DraftClaim] = []
    for c in [*scope.claims, None]:
        if c is not None and is_share(c) and run and \
                _SHARE_GAP.fullmatch(scope.text(run[-1].end, c.figure.start)):
            run.append(c)
            continue
        if len(run) >= 2:
            a, _ = _period(scope, run[0])
            if not _YEARS_LISTED.search(scope.text(a, run[0].figure.start)):
                found.append(Found("breakdown", {"breakdown": "100%", "parts": [r.id for r in run],
                                                 "exhaustive": False}, "stated", run[0],
                                   "the shares of one whole its share word names, listed after 分别",
                                   f"{run[0].id}_slices"))
        run = [c] if c is not None and is_share(c) and _ONE_WHOLE_LIST.search(scope.before(c)) else []
    return found


#: The words between 分别 and the first share of its list: 占全部快递业务量的, 为, 是.
_AFTER_EACH = later(r"^分别(?:占(?P<whole>[^\d，,。；;]{0,16}?)的?(?:比重|比例|份额)?(?:为|达到|达)?"
                    r"|为|是|达到|达)?$")
#: A share word that ends the names before 分别 (东、中、西部地区快递业务量比重分别为).
_SHARE_WORD_END = later(r"(?:的)?(?:比重|占比|比例|份额)$")


def _listed(scope: Scope) -> list[Found]:
    """The shares of a 分别 list, one per name listed before it (从业务类型看，…同城、异地、国际/港澳台
    快递业务量分别占全部快递业务量的11.6%、86.6%和1.8%): slices of one whole when a section lead opens
    the sentence or the names are its halves."""
    found: list[Found] = []
    runs: list[list[DraftClaim]] = []
    for c in scope.claims:
        key = unnumbered(c.label or "")
        if not is_share(c) or not key:
            continue
        if runs and unnumbered(runs[-1][-1].label or "") == key and \
                _period(scope, runs[-1][-1]) == _period(scope, c):
            runs[-1].append(c)
        else:
            runs.append([c])
    for group in runs:
        if len(group) < 2:
            continue
        a, _ = span = _period(scope, group[0])
        at = scope.plain.rfind("分别", a, group[0].figure.start)
        if at < 0 or not _AFTER_EACH.match(scope.text(at, group[0].figure.start)):
            continue
        start = max(scope.plain.rfind(ch, a, at) for ch in "，,：:；;") + 1
        head = scope.text(max(a, start), at)
        if "占" not in scope.text(at, group[0].figure.start):
            if not _SHARE_WORD_END.search(head):
                continue
            head = _SHARE_WORD_END.sub("", head)
        names = [n for n in compiled(r"[、和及与]").split(head) if n]
        named = _AFTER_EACH.match(scope.text(at, group[0].figure.start))
        if len(names) != len(group) or kinds_overlap(names) or not (_exhaustive(names) or (
                named and named.group("whole") and _LEAD.match(scope.text(span[0], group[0].figure.start)))):
            continue  # 东、中、西部地区…比重分别为…: maybe each of its own whole
        found.append(Found("breakdown", {"breakdown": "100%", "parts": [c.id for c in group],
                                         "exhaustive": _exhaustive(names)}, "stated", group[0],
                           "the shares of the slices of one whole, listed after 分别",
                           f"{group[0].id}_slices"))
    return found


def _period(scope: Scope, c: DraftClaim) -> tuple[int, int]:
    """The span of a claim's sentence up to its full stop (semicolons inside it)."""
    key = ("period", str(c.figure.start))
    span = scope.memo.get(key)
    if span is None:
        a = max(scope.plain.rfind(ch, 0, c.figure.start) for ch in "。！？!?\n") + 1
        m = _END.search(scope.plain, c.figure.end)
        span = scope.memo[key] = (a, len(scope.plain) if m is None else m.start())
    return span  # type: ignore[return-value]


def _part_before(scope: Scope, k: int, run: list) -> DraftClaim | None:
    """The level a bare share is of: the last level before it in its sentence, after the share
    before it, in the clause just before the share's."""
    after = run[-1][0].figure.end if run else scope.sentence(scope.claims[k])[0]
    a, _ = _period(scope, scope.claims[k])
    for c in reversed(scope.claims[:k]):
        if c.figure.start < max(a, after):
            return None
        if is_level(c) and not a_change(c):
            between = scope.text(c.figure.end, scope.claims[k].figure.start)
            return c if len(compiled(r"[，,]").findall(between)) <= 2 and \
                not compiled(r"[；;。]").search(between) else None
    return None


def _groups(scope: Scope, run: list, span: tuple[int, int] | None) -> list[Found]:
    by_whole: dict[str | None, list] = {}
    for item in run:
        by_whole.setdefault(item[3], []).append(item)
    found = []
    for items in by_whole.values():
        if len(items) < 2 or len({n for _, _, n, _ in items}) < len(items):
            continue
        names = [n for _, _, n, _ in items]
        if kinds_overlap(names):
            continue
        exhaustive = _exhaustive(names)
        if len(names) == 3 and exhaustive and any(p is not None for _, p, _, _ in items):
            continue  # 第一产业增加值153.8亿元，…，占地区生产总值的比重6.2%；…42.8%；…51.0%: each of GDP
            # (share.py), one of them maybe moved a step so that they make 100
        if not exhaustive and (items[0][3] is None or not (_ends_alike(names) or (
                span is not None and _LEAD.match(scope.text(span[0], items[0][0].figure.start))))):
            continue  # 东部地区省内流动的农民工占82.5%；中部地区…占38.7%: each of its own whole
        shares = [c for c, _, _, _ in items]
        found.append(Found("breakdown", {"breakdown": "100%", "parts": [c.id for c in shares],
                                         "exhaustive": exhaustive}, "stated", shares[0],
                           "the shares of the slices of one whole, listed in one sentence",
                           f"{shares[0].id}_slices"))
        parts = [p for _, p, _, _ in items]
        if exhaustive and all(p is not None for p in parts) and \
                all(same_unit(p, parts[0]) for p in parts):
            levels = " + ".join(p.id for p in parts)  # type: ignore[union-attr]
            found.extend(Found("expect", {"expect": f"{p.id} / ({levels}) == {c.id}"}, "stated", c,
                               "the share of one of the slices that make up the whole",
                               f"{c.id}_slice_share")
                         for c, p in zip(shares, parts, strict=True))  # type: ignore[union-attr]
    return found


def _exhaustive(names: list[str]) -> bool:
    """The two halves of a whole (after the words both names open with: 居住在城镇的人口, 居住在乡村
    的人口) or its three industries."""
    if len(names) == 3:
        return len({m.group(1) for n in names if (m := _INDUSTRY.search(n))}) == 3
    if len(names) != 2:
        return False
    a, b = (_PLACE.sub("", n) for n in names)
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    a, b = a[k:], b[k:]
    return halves(a, b) or complementary(names) or any(
        x.startswith(m) and y.startswith(n) and x[len(m):] == y[len(n):]
        for m, n in _MORE_HALVES for x, y in ((a, b), (b, a)))


def _ends_alike(names: list[str]) -> bool:
    """Names of kinds of one thing: they end with the same two characters (国有企业, 民营企业)."""
    return all(len(n) >= 3 for n in names) and len({n[-2:] for n in names}) == 1
