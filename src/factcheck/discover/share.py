"""Shares: a percentage that says what part of a whole a figure is (占…的x%, 比重, 占比, 份额).

The part is the level stated just before the share in its sentence; the whole is the figure the
clause names after 占 (占一般公共预算收入的比重为74.2% → the article's 一般公共预算收入), or the
total of the breakdown the part belongs to (其中民生支出40.1亿元，占比达82%). A whole named in
the clause and found in the same sentence or as the breakdown's total is *stated*; found
elsewhere in the article by its label, it is *linked*. A share of the plan (完成年度计划的77.82%,
占年度目标的, 计划完成率) is of the one plan its sentence or the sentence before states. 税比 and 税收占比
name their whole: the general budget revenue (一般公共预算收入). A bare
占p% (分别占p%和q%) after a share of a like part that names its whole, in its paragraph, is of that
whole (下同): linked. A figure in brackets of the period compared with (284.12亿元（去年同期为
321.18亿元，…），占全国总票房的59.36%) is no part or whole of a share after them, nor is a figure of
a sentence dated 去年同期 of this year's. A numbered heading's level (三、资金运用余额…) is the whole of
the bare shares listed under it. A list of levels and then one share word with 分别为 over as many
shares (创业板、科创板公司分别有969家、292家，占A股上市公司总数的比例分别为22.28%、6.71%; 有公立医院1.2万个
和民营医院2.5万个，占比分别为32.4%和67.6%) pairs them in order: each share is of the whole the words
name, or, named by none, of the total before that bears the share's measure (发行份额占比 → 总体发行份额)
or the name the levels' names end in (医院); the shares add up to at most 100%. Two stocks counted
at different days (截至2010年末 / 截至今年6月17日) are no part and whole. A bare share
right after its part in a sentence that opens among a count (这203家公司中，…合计140家，占比近七成;
从全部941家公司来看，…) is of that count. Shares of a whole's slices
listed in one sentence, whether or not their whole is stated, are :mod:`.slices`'.

A share written after its change (占比较去年同期提升1个百分点至52.4%, 占全省比重较去年同期提升1.7个百分点，
提升至56.8%, 所占比重…至48.2%) has the share words before the change. A bare share (占26.8%, 占比, 占全省
比重) of a part of a trade measure (民营企业进出口3.81万亿元, 广东出口机电产品) is of that measure's whole
stated before with its growth (广东进出口6.71万亿元，增长18.2%; 出口4.11万亿元), of the part's carried period
(前10个月, never the 10月 paragraph's), no item of a 分别 list, larger than the part: linked.
"""

from __future__ import annotations

import re
from fractions import Fraction
from itertools import pairwise

from ..patterns import compiled, later
from .among import people
from .claims import DraftClaim, unnumbered
from .composition import sibling
from .enumeration import list_items
from .labels import NEGATING, named_in
from .points import whole_named, whole_named_after_place
from .scope import (
    BRACKETED,
    Found,
    Scope,
    a_change,
    closes_a_bracket,
    exact,
    is_level,
    is_share,
    listed_item,
    same_unit,
)

__all__ = ["find", "of_exact_wholes"]

_SHARE_WORD = later(r"占(?!用|地|领|有)|比重|占比|份额")
#: A share word that names its whole by itself: 税比, 税收占比, 非税占比, 税收收入比重 — the share of tax
#: (or non-tax) revenue in the general budget revenue (同期，苏州的税收收入完成612.3亿元，…，税比83.2%
#: after 完成一般公共预算收入735.9亿元): read as 占一般公共预算收入的比重.
_OF_BUDGET_REVENUE = later(r"(?<![增减退免])(?:非税|税收|税)(?:收入)?(?:占比|比重|比)"
                           r"((?:为|达到|达|约为|约)?)$")
_BUDGET_REVENUE_SHARE = "占一般公共预算收入的比重"
#: A plan, a target, a budget or a quota: what 完成率 and 占年度计划的 measure the done part against.
_PLAN = later(r"计划|目标|预算|任务|额度|限额")
#: A share of the plan (占年度目标的, 完成年度计划的, 为年计划的, 占提前下达专项债额度的) or a rate
#: of completion (计划完成率, 年度投资完成率).
_PLAN_SHARE = later(r"(?:占|完成|为)[^，,。；;占]{0,12}?(?:计划|目标|预算|任务|额度|限额)(?:任务|数)?的?$"
                    r"|完成率(?:为|达到|达)?$")
#: A share of the levels before it together (合计占歲入94.02%, 两者合计占比, 共占): its part is their
#: sum, which no figure states.
_OF_A_SUM = later(r"(?:[两二三四五六七八九十][者项])?(?:合计|共计|总计|合共|共同|共)(?:占|所占)")
_WHOLE_WORDS = later(r"占(.*?)(?:的)?(?:比重|比例|份额)?(?:为|达到|达|约为|约|超过|超|近|接近)?$")


def find(scope: Scope, totals: dict[str, DraftClaim]) -> list[Found]:
    """``totals``: the total of each claim that is a part of a breakdown (by part id)."""
    found: list[Found] = []
    named: dict[int, tuple[DraftClaim, DraftClaim]] = {}  # shares that name their whole, by place
    runs: dict[int, list[DraftClaim]] = {}  # a share naming its whole and the bare ones after it
    lists: dict[str, tuple[int, list[Found]]] = {}  # the shares of a 分别 list, by its first level
    earlier: list[tuple[DraftClaim, DraftClaim, str]] = []  # shares of a total before their paragraph
    of_earlier: dict[str, Found] = {}  # those shares' relations, by the share's id
    titles: dict[tuple[int, str], DraftClaim] = {}  # the whole a total title names, by paragraph
    for k, rate in enumerate(scope.claims):
        if not is_share(rate):
            continue
        head = _OF_BUDGET_REVENUE.sub(lambda m: _BUDGET_REVENUE_SHARE + m.group(1), scope.before(rate))
        head = _changed_to(scope, rate) or head  # 占比较去年同期提升1个百分点至52.4%: 占比
        if _PLAN_SHARE.search(head):
            found += _of_plan(scope, k, rate)
            continue
        if not _SHARE_WORD.search(head) and _listed_before_shares(scope, rate) is None:
            continue  # (58.27%和20.28%: the later shares of a list whose first names the share word)
        if _OF_A_SUM.match(head):
            continue  # 稅課收入…、補助及協助收入…，合計占歲入94.02%: their sum is the part, no one of them
        inside = _whole_inside(scope, k, rate)
        if inside is not None:
            part, whole = inside
            found.append(Found("share", {"share": part.id, "of": whole.id, "is": rate.id}, "stated",
                               rate, "a share with its whole inside 占…的", f"{part.id}_share"))
            continue
        listed = _listed_part(scope, rate)
        if listed is None and _names_its_parts(scope, rate):
            continue  # 香港及中国大陆旅客分别占58.0%及21.8%: shares of those, which have no figure
        siblings: frozenset[str] = frozenset()
        if listed is not None:
            part, levels, head = listed  # the list's own words name the whole of each share
            siblings = frozenset(c.id for c in levels)
        else:
            part = _part(scope, k, rate, head)
            if part is not None and _of_a_subject_unstated(head, part):
                continue
        linked = False
        if part is None:
            part, linked = _named_part(scope, k, rate, head), True
        if part is None or _of_a_kind_of(rate, part) or _of_a_sum(scope, head, part):
            continue
        title = _TOTAL_NAMED.search(BRACKETED.sub("", head))
        titled = (_paragraph_number(scope, rate), title.group(1)) if title else None
        whole, how = (titles[titled], "linked") if titled in titles and titles[titled] is not part \
            and same_unit(titles[titled], part) else _whole(scope, rate, part, head, totals, siblings)
        if titled is not None and whole is not None:  # 占畢業生總數的72.94% … 占畢業生總數的27.06%: one
            titles.setdefault(titled, whole)  # whole, named alike twice in a paragraph
        if whole is None and listed is not None and _BARE_LISTED.fullmatch(head):
            whole, how = _whole_of_list(scope, listed[1], head), "linked"
        because = "a share word with its part and whole"
        if whole is not None and _OF_WORDS.search(BRACKETED.sub("", head)):
            named[rate.figure.start] = (part, whole)
            runs[rate.figure.start] = [rate]
        if whole is None and not linked and part.id not in totals:
            whole, at = _whole_named_before(scope, rate, part, head, named)
            how, because = "linked", "a bare share after a share of the same whole the sentence before names"
            if whole is not None:
                named[rate.figure.start] = (part, whole)  # …占53.5%；国有企业进出口2945.3亿元，…，占9%
                run = next((r for r in runs.values() if r[-1].figure.start == at), None)
                if run is not None:
                    run.append(rate)
        if whole is None and not linked and part.id not in totals:
            whole = _whole_of_its_measure(scope, part, head)
            how, because = "linked", _OF_MEASURE
            if whole is not None:
                named[rate.figure.start] = (part, whole)  # 外商投资企业…占37.9%；国有企业…占5.1%
        if whole is None and not linked and part.id not in totals:
            part, whole, because = _after_its_part(scope, k, rate, head)
            how = "linked"
            if whole is not None and because == _EARLIER:
                earlier.append((rate, whole, head))
        if part is None or whole is None or _people_of_households(part, whole):
            continue  # 家庭户668.1万户 … 占常住人口的8.6%: people are no share of households
        how = "linked" if linked and how != "stated" else how
        found.append(Found("share", {"share": part.id, "of": whole.id, "is": rate.id}, how, rate,
                           because, f"{part.id}_share"))
        if because == _EARLIER:
            of_earlier[rate.id] = found[-1]
        if listed is not None and not listed[2].startswith("分别占"):  # (分别占 lists: _shares_sum)
            lists.setdefault(listed[1][0].id, (len(listed[1]), []))[1].append(found[-1])
    return _made_to_100(scope, found) + _shares_sum(scope, list(runs.values()), earlier, of_earlier) \
        + _listed_shares_sum(lists)


#: A share word, then the share's change and 至/达到 before the figure (占比较去年同期提升1个百分点至52.4%,
#: 占全省比重较去年同期提升1.7个百分点，提升至56.8%, 所占比重较去年同期提升1.1个百分点至48.2%, 占进出口总值的
#: 比重提升1.2个百分点，达到65.5%, 规模占进出口总值的比重提升至52.7%): the share's words are those before the
#: change.
_CHANGED_TO = later(r"(?P<word>所?占比|(?:所|规模)?占[^，,。；;\d%]{0,20}?(?:比重|比例|份额))"
                    r"(?:同比|(?:比|较)[^，,。；;\d%]{1,8}?)?(?:提升|提高|上升|增加|下降|降低|回落|减少)了?"
                    r"(?:[\d.]+个百分点)?[，,]?(?:(?:提升|提高|上升|下降|降低|回落)?(?:至|到)|达到|达)$")


def _changed_to(scope: Scope, rate: DraftClaim) -> str | None:
    """The share words of a share written after its change (占比较去年同期提升1个百分点至52.4%: 占比),
    or None when the share is not so written."""
    if "百分点" not in scope.plain and "至" not in scope.plain:
        return None
    a, _ = scope.sentence(rate)
    m = _CHANGED_TO.search(scope.text(max(a, rate.figure.start - 60), rate.figure.number_start))
    return m.group("word") if m else None


_OF_MEASURE = "a bare share of a part of a measure, of the measure's whole stated before"
#: A share that names no whole (占26.8%, 占比, 所占比重) or only the place the whole is of (占全省比重).
_NO_WHOLE_NAMED = later(r"(?:所|规模)?占(?:全[省市区县])?(?:的)?(?:比重|比例|份额)?(?:为|达到|达|约为|约)?"
                        r"|所?占比(?:为|达到|达|约为|约)?|所占比重(?:为|达到|达|约为|约)?")
#: The measure a part's label is of: 一般贸易进出口, 民营企业进出口, 广东出口机电产品 (出口).
_TRADE_MEASURE = later(r"进出口|出口|进口")


def _whole_of_its_measure(scope: Scope, part: DraftClaim, head: str) -> DraftClaim | None:
    """The whole of a bare share (占26.8%, 占比, 占全省比重) of a part whose label names a part of a
    trade measure (加工贸易进出口1.8万亿元，增长14.8%，占26.8%; 广东出口机电产品2.82万亿元，…，占比…至68.7%):
    the last level before it, up to 30 lines, that names that measure's whole alone (广东进出口6.71万亿元,
    出口4.11万亿元; points.whole_named), exact and no change, stated with its growth as a total is, no
    item of a 分别 list (东盟、美国…分别进出口917.9亿元、…), of the part's unit and carried period
    (前10个月 for 前10个月; a paragraph of 10月 is no whole of the year's) — and none when that one is
    smaller than the part. The reader ties them across sentences: linked."""
    from .points import carried

    if not _NO_WHOLE_NAMED.fullmatch(BRACKETED.sub("", head)):
        return None
    found = set(_TRADE_MEASURE.findall(unnumbered(part.label or "")))
    if len(found) != 1 or whole_named_after_place(part.label) is not None:
        return None
    measure, then = found.pop(), carried(scope, part)
    for c in reversed(scope.claims[:scope.index(part)]):
        if part.line - c.line > 30:
            return None
        if not (is_level(c) and exact(c) and not a_change(c) and same_unit(c, part)) \
                or c.growth is None or listed_item(scope, c) \
                or whole_named_after_place(c.label) != measure or carried(scope, c) != then:
            continue
        return c if _may_hold(c, part) else None
    return None


def _listed_shares_sum(lists: dict[str, tuple[int, list[Found]]]) -> list[Found]:
    """The shares of a list of levels paired in order (…分别有969家、292家，占A股上市公司总数的比例分别为
    22.28%、6.71%; 有公立医院1.2万个和民营医院2.5万个，占比分别为32.4%和67.6%), each of the one whole
    found for all of them, add up to at most 100%: tied as the shares are."""
    out = []
    for size, shares in lists.values():
        if len(shares) != size or size < 2 or len({r.fields["of"] for r in shares}) != 1:
            continue
        how = "stated" if all(r.how == "stated" for r in shares) else "linked"
        out.append(Found("breakdown", {"breakdown": "100%", "parts": [r.fields["is"] for r in shares],
                                       "exhaustive": False}, how, shares[0].at,
                         "the shares of a list of parts of one whole", "shares_sum"))
    return out


def _people_of_households(part: DraftClaim, whole: DraftClaim) -> bool:
    """A count of people against a count of households, either way round (168.7万人 … 占常住人口的
    8.6% read against 家庭户668.1万户): never a share."""
    counters = {c.figure.quantity.unit.name for c in (part, whole)}  # type: ignore[union-attr]
    return "户" in counters and (people(part) or people(whole))


#: The three industries a GDP splits into.
_INDUSTRY = later(r"第[一二三]产业")


def _made_to_100(scope: Scope, found: list[Found]) -> list[Found]:
    """The shares of the three industries in GDP, printed to add up to exactly 100 with one of them
    a step off its levels' ratio (…比重6.2%；…42.8%；…51.0%, where 153.8 / 2458.8 is 6.26%): the
    writer moved that one so that they add up, as in the ratio 6.2:42.8:51.0. It is tested, but
    linked: a warning at most. Two shares off, or one off by more, are slips."""
    by_whole: dict[str, list[Found]] = {}
    claims = {c.id: c for c in scope.claims}
    for r in found:
        part = claims[r.fields["share"]]
        if r.kind == "share" and _INDUSTRY.search(part.label or ""):
            by_whole.setdefault(r.fields["of"], []).append(r)
    for group in by_whole.values():
        if len(group) != 3 or len({_INDUSTRY.search(claims[r.fields["share"]].label or "").group(0)  # type: ignore[union-attr]
                                   for r in group}) != 3:
            continue
        qs = [(claims[r.fields["share"]].figure.quantity, claims[r.fields["of"]].figure.quantity,
               claims[r.fields["is"]].figure.quantity) for r in group]
        if any(q is None or q.qualifier is not None or q.step is None for t in qs for q in t) \
                or sum(rate.value for _, _, rate in qs) != 1:  # type: ignore[union-attr]
            continue
        off = [(r, abs(part.value / whole.value - rate.value) / rate.step)  # type: ignore[union-attr]
               for r, (part, whole, rate) in zip(group, qs, strict=True)
               if whole.value and abs(part.value / whole.value - rate.value) * 2 > rate.step]  # type: ignore[union-attr]
        if len(off) == 1 and off[0][1] < Fraction(3, 2):
            off[0][0].how = "linked"
            off[0][0].because = "a share of the three industries moved a step so that they add up to 100"
    return found


def of_exact_wholes(scope: Scope, found: list[Found]) -> list[Found]:
    """A share whose whole is written with a bound word (全省GDP迈上11万亿元新台阶，其中制造业增加值突破
    4万亿元，占GDP比重达35.8%) is also of the exact level that figure restates (江苏2021年GDP数据为
    116364.2亿元, tied by :mod:`.duplicate`): the bound lets almost any share pass, the exact level
    does not. Linked, as the restatement is."""
    by_id = {c.id: c for c in scope.claims}
    exact_of: dict[str, DraftClaim] = {}
    for r in found:
        if r.kind != "same":
            continue
        copies = [by_id[i] for i in r.fields.get("same", ()) if isinstance(i, str) and i in by_id]
        stated = next((c for c in copies if exact(c) and is_level(c)), None)
        for c in copies:
            if stated is not None and not exact(c) and same_unit(c, stated):
                exact_of.setdefault(c.id, stated)
    out = []
    for r in found:
        whole = exact_of.get(str(r.fields.get("of"))) if r.kind == "share" else None
        if whole is None or r.fields.get("is") is None or r.fields.get("share") == whole.id:
            continue
        out.append(Found("share", {"share": r.fields["share"], "of": whole.id, "is": r.fields["is"]},
                         "linked", r.at, "a share of a bound whole, of the exact level it restates",
                         f"{r.fields['share']}_share_exact"))
    return out


#: The subject a share word names right before it (N型组件占比, not 占全国发电量的比重, which names the
#: whole): up to 8 letters, digits or characters.
_SHARE_SUBJECT = later(r"([A-Za-z0-9\u4e00-\u9fff]{2,8})(?:占比|比重)$")


_NAMES_WHOLE = later(r"占(?!比)")


def _of_a_kind_of(rate: DraftClaim, part: DraftClaim) -> bool:
    """A share whose subject is a kind of the part, named with a qualifier before the part's name
    (其中组件出货67.65GW…N型组件占比超85%): the kind's share of the part, not the part's share."""
    label = rate.label or ""
    m = _SHARE_SUBJECT.search(label)
    name = (part.label or "")[:2]
    return _NAMES_WHOLE.search(label) is None and m is not None and len(name) == 2 \
        and m.group(1).find(name) > 0


def _shares_sum(scope: Scope, runs: list[list[DraftClaim]],
                earlier: list[tuple[DraftClaim, DraftClaim, str]],
                of_earlier: dict[str, Found]) -> list[Found]:
    """The shares of the slices of one whole, listed one after another, add up to at most 100%:
    a share that names its whole and the bare ones after it in its paragraph (占外贸总值的37.5%。
    同期，外商投资企业…占53.5%；国有企业…占9%: the words say they are shares of one whole, 下同, so
    stated), or the shares of one total before their paragraph with the same words, in one
    paragraph or one slice a paragraph in paragraphs one after another (现代产业类项目250个，个数占比
    28.3% / 基础设施类项目276个，个数占比31.3% / …): linked, the whole tied across sentences, unless
    the list opens with 其中 (:func:`_opened_by_among`), which makes the list and its shares stated."""
    groups = [(run, "stated") for run in runs if len(run) >= 2]
    by_whole: dict[tuple[str, str], list[DraftClaim]] = {}
    for rate, whole, head in earlier:
        by_whole.setdefault((whole.id, head), []).append(rate)
    wholes = {whole.id: whole for _, whole, _ in earlier}
    for (whole_id, _), rates in by_whole.items():
        paragraphs = [_paragraph_number(scope, r) for r in rates]
        run = [rates[0]]
        for i in range(1, len(rates) + 1):
            if i < len(rates):
                a, b = paragraphs[i - 1], paragraphs[i]
                if a == b or (b == a + 1 and paragraphs.count(a) == paragraphs.count(b) == 1):
                    run.append(rates[i])
                    continue
            how = "stated" if _opened_by_among(scope, run[0], wholes[whole_id]) else "linked"
            if how == "stated":
                for r in run:
                    of_earlier[r.id].how = "stated"
                    of_earlier[r.id].because = _AMONG
            groups.append((run, how))
            if i < len(rates):
                run = [rates[i]]
    return [Found("breakdown", {"breakdown": "100%", "parts": [r.id for r in run], "exhaustive": False},
                  how, run[0], "the shares of the slices of one whole, listed one after another",
                  "shares_sum") for run, how in groups if len(run) >= 2]


_AMONG = "a share in a list that 其中 opens, of the total stated just before it"
#: 其中 opening a paragraph: its slices are of the total stated just before it.
_AMONG_OPENING = later(r"^\s*其中[，,：:]")
#: A paragraph that announces the list after it (…重点安排于现代产业、基础设施、民生改善三大领域：).
_ANNOUNCING = later(r"[：:]\s*$")


def _opened_by_among(scope: Scope, first: DraftClaim, whole: DraftClaim) -> bool:
    """A list of slices in a paragraph that opens with 其中 (其中，现代产业类项目250个，个数占比28.3%，
    总投资10373.3亿元，投资占比29.1% / 基础设施类项目276个，… / …), right after the paragraph that
    states the whole (…共安排项目883个，总投资35674.8亿元…), or after a paragraph of words alone that
    announces the list and names the subject of the whole's sentence (2022年重大项目计划重点安排于…
    三大领域：): 其中 can only mean that total. The whole is the one the share is read against."""
    start = scope.plain.rfind("\n", 0, first.figure.start) + 1
    if not _AMONG_OPENING.match(scope.plain[start:first.figure.start]):
        return False
    before = _paragraph_before(scope, start)
    if before is None or not _the_total_meant(scope, first, whole):
        return False
    if before[0] <= whole.figure.start < before[1]:
        return True
    a, b = before
    if not _ANNOUNCING.search(scope.plain[a:b]) \
            or any(compiled(r"\d").search(c.figure.written) for c in scope.in_span(a, b)):
        return False  # words alone, or the count of the list (三大领域)
    whole_sentence = scope.text(*scope.sentence_of_offsets(whole.figure.start, whole.figure.end))
    return _shared_subject(scope.plain[a:b], whole_sentence) \
        and _paragraph_before(scope, a) is not None \
        and not any(c.figure.start > whole.figure.start and _a_total(scope, c) and same_unit(c, whole)
                    for c in scope.in_span(whole.figure.end, a))


def _the_total_meant(scope: Scope, rate: DraftClaim, whole: DraftClaim) -> bool:
    """The whole is the one its paragraph can mean: named as the share's part is (总投资 for
    总投资10373.3亿元，投资占比29.1%), or the paragraph's only total of its unit that is no slice
    (共安排项目883个, with 其中，计划新开工项目98个… after it)."""
    part = next((c for c in reversed(scope.claims[:scope.index(rate)]) if is_level(c)
                 and same_unit(c, whole)), None)
    if part is not None and part.label and whole.label and _bare_name(part) == _bare_name(whole):
        return True
    a = scope.plain.rfind("\n", 0, whole.figure.start) + 1
    b = scope.plain.find("\n", whole.figure.start)
    totals = [c for c in scope.in_span(a, len(scope.plain) if b < 0 else b)
              if is_level(c) and same_unit(c, whole) and not a_change(c) and _a_total(scope, c)
              and not _SLICE_BEFORE.search(scope.text(scope.sentence(c)[0], c.figure.start))]
    return totals == [whole]


def _paragraph_before(scope: Scope, start: int) -> tuple[int, int] | None:
    """The span of the last paragraph with words before the one that starts at ``start``."""
    end = start - 1
    while end > 0:
        a = scope.plain.rfind("\n", 0, end) + 1
        if scope.plain[a:end].strip():
            return a, end
        end = a - 1
    return None


def _shared_subject(words: str, sentence: str) -> bool:
    """The two share a run of five or more Chinese characters (重大项目计划): the same subject."""
    runs = compiled(r"[\u4e00-\u9fff]{5,}").findall(words)
    return any(run[i:i + 5] in sentence for run in runs for i in range(len(run) - 4))


def _paragraph_number(scope: Scope, c: DraftClaim) -> int:
    """The number of c's paragraph (blank lines are no paragraphs)."""
    return sum(1 for line in scope.plain[:c.figure.start].split("\n")[:-1] if line.strip())


#: A share whose words name its whole: 占外贸总值的57%, 占出口总值的（下同）65.9%.
_OF_WORDS = later(r"占[^，,。；;\d%]{2,}$")
#: A share that names no whole: 占53.5%, 分别占31.3%和10.8%.
_BARE_SHARE = later(r"(?:分别|均|各)?占(?:[\d.]+%[、和及与])*$")
#: The words between two levels of one list: 10293亿元和3544.9亿元.
_AND = later(r"[、和及与]")


#: Between two levels of a list, the next one's name (采矿业7.0万个，制造业327.0万个，电力、热力、燃气及水
#: 生产和供应业11.0万个，分别占2.0%、94.8%和3.2%).
_NAMED_ITEM = later(r"[，,；;][^\d，,。；;：:（()）]{1,20}")


#: The words of a 分别 list of shares, bare or naming their whole (分别占31.3%和10.8%; 分别占进出口总值的
#: 30.7%和16.4%).
_LISTED_SHARES = later(r"分别占(?:[^\d，,。；;：:%（()）]{2,}的)?")


def _listed_part(scope: Scope, rate: DraftClaim) -> tuple[DraftClaim, list[DraftClaim], str] | None:
    """The part of one share of a 分别 list (加工贸易和保税物流进出口10293亿元和3544.9亿元，…，分别占
    31.3%和10.8%; 外商投资企业进出口6.16万亿元，国有企业进出口3.29万亿元，分别占进出口总值的30.7%和
    16.4%): the level of the list before 分别 at the share's place, when the two lists are of one
    length; with the levels of the list (no whole of each other) and the words that open the shares
    (分别占进出口总值的: the whole of each)."""
    a, _ = scope.sentence(rate)
    at = scope.plain.rfind("分别占", a, rate.figure.start)
    if at < 0:
        return _listed_before_shares(scope, rate)
    run = _share_run(scope, at, scope.sentence(rate)[1], whole_named=True)
    if not run:
        return None
    levels: list[DraftClaim] = []
    for c in reversed(scope.in_span(a, at)):
        if not is_level(c) or c.figure.quantity.unit.dimension == "ratio":
            continue
        gap = scope.text(c.figure.end, levels[0].figure.start) if levels else ""
        if levels and not (same_unit(c, levels[0]) and (_AND.fullmatch(gap) or _NAMED_ITEM.fullmatch(gap))):
            break
        levels.insert(0, c)
    if rate not in run or len(levels) != len(run) or len(run) < 2:
        return None
    return levels[run.index(rate)], levels, scope.text(at, run[0].figure.start)


#: A 分别 list of shares that opens with the share word and ends in 分别为 (创业板、科创板公司分别有969家、
#: 292家，占A股上市公司总数的比例分别为22.28%、6.71%; 有公立医院1.2万个和民营医院2.5万个，占比分别为
#: 32.4%和67.6%; …的发行份额分别为242.53亿份、…，发行份额占比分别为12.86%、…; 第一产业51.55万人，…，
#: 占比分别为：39.3%、…; 所占比重分别为).
_SHARES_AS_LISTED = later(r"^(?:[^\d，,。；;：:%（()）]{0,8}?(?:占比|所占比重|所占比例|所占份额)|"
                          r"占[^\d，,。；;：:%（()）]{1,20}?的?(?:比例|比重|份额))分别(?:为|是|达到|达)?[：:]?$")
#: The shares of a list whose 分别 opens the sentence before its levels, one share word naming the whole
#: (两类合同…分别登记5896项、5216项，成交额277.78亿元、221.69亿元，同比增长75.12%、229.99%，占总成交额的
#: 45.44%、36.27%).
_SHARES_OF_FENBIE = later(r"^占[^\d，,。；;：:%（()）]{2,20}?的$")
#: Between two shares of such a list: 、 和 及 与, or a comma (56.6%，59.5%和66.5%).
_SHARE_GAP = later(r"[、和及与，,]")
#: Between two levels of a list: 、 和 及 与, after the measure word the reader leaves (242.53亿份、
#: 1098.77亿份), or before the next level's name (公立医院1.2万个和民营医院2.5万个).
_LEVEL_GAP = later(r"[^\d，,。；;：:（()）、和及与]{0,2}[、和及与]|[和及与][^\d，,。；;：:（()）]{1,12}")


def _listed_before_shares(scope: Scope, rate: DraftClaim) -> tuple[DraftClaim, list[DraftClaim], str] | None:
    """The part of one share of a list that names its share word once and ends in 分别为, after a
    list of as many levels of one unit in its sentence (创业板、科创板公司分别有969家、292家，占A股上市公司
    总数的比例分别为22.28%、6.71%): the level at the share's place, the levels, and the share's words
    without 分别 (占A股上市公司总数的比例为: the whole of each). A clause of their changes may stand
    between the two lists (保费收入分别为267.3亿元和172.8亿元，同比分别增长28.6%和21.4%，占…的比例分别为)."""
    a, b = scope.sentence(rate)
    run: list[DraftClaim] = []
    for c in scope.in_span(a, b):
        if not is_share(c):
            continue
        if run and _SHARE_GAP.fullmatch(scope.text(run[-1].end, c.figure.start)):
            run.append(c)
        elif _SHARES_AS_LISTED.search(scope.before(c)) or _SHARES_OF_FENBIE.search(scope.before(c)):
            if rate in run:
                break
            run = [c]
        elif rate in run:
            break
        else:
            run = []
    if rate not in run or len(run) < 2:
        return None
    head_start, _ = scope.clause(run[0])
    levels: list[DraftClaim] = []
    for c in reversed(scope.in_span(a, head_start)):
        if not levels and (not is_level(c) or a_change(c) or c.figure.quantity.unit.dimension == "ratio"):
            continue  # their changes: 同比分别增长28.6%和21.4%
        if not is_level(c) or a_change(c) or c.figure.quantity.unit.dimension == "ratio":
            break
        if levels:
            gap = scope.text(c.figure.end, levels[0].figure.start)
            if not (same_unit(c, levels[0]) and (_LEVEL_GAP.fullmatch(gap) or _NAMED_ITEM.fullmatch(gap))):
                break
        levels.insert(0, c)
    if len(levels) != len(run) or not all(exact(c) for c in levels):
        return None
    if not _SHARES_AS_LISTED.search(scope.before(run[0])) \
            and "分别" not in scope.text(a, levels[0].figure.start):
        return None  # 占总成交额的45.44%、36.27%: in the order of the levels a 分别 before them lists
    return levels[run.index(rate)], levels, scope.before(run[0]).replace("分别", "")


#: The share word of a list that names no whole, with the measure it shares (发行份额占比, 占比).
_BARE_LISTED = later(r"([^\d，,。；;：:%（()）]{0,8}?)(?:占比|所占比重|所占比例|所占份额)[：:]?")
#: The words of a whole's label that call it the total (总体发行份额, 发行份额合计, 全部).
_TOTAL_IN_LABEL = later(r"总体|总计|合计|总|全部|共|仅|约|达|为|是|有")


def _whole_of_list(scope: Scope, levels: list[DraftClaim], head: str) -> DraftClaim | None:
    """The whole of a list of shares that names none (有公立医院1.2万个和民营医院2.5万个，占比分别为32.4%和
    67.6% after 其中：医院37000个; 股票型、混合型和债券型基金的发行份额分别为…，发行份额占比分别为… after
    8月基金总体发行份额仅为1885.58亿份): the last level before the list, of its unit and period, exact
    and no change, as large as the levels together, whose label is the measure the share word names
    (发行份额) with a total word (总体发行份额), or the name the levels' names end in (公立医院, 民营医院:
    医院) — never another part's level of the measure (中信证券…支出了1.24亿元 is no whole of
    浙商证券和光大证券…支出金额分别为4636万元、4519万元，支出占比分别为…, each firm's share of its own
    revenue). The reader ties them: linked."""
    m = _BARE_LISTED.fullmatch(head)
    measure = _clean_lead(m.group(1)) if m else ""
    names = [_bare_name(c) for c in levels]
    common = names[0]
    while common and not all(n.endswith(common) for n in names):
        common = common[1:]
    if len(measure) < 2 and len(common) < 2:
        return None
    least = sum(c.figure.quantity.interval.lo or 0 for c in levels)
    first = levels[0]
    for c in reversed(scope.claims[:scope.index(first)]):
        if first.line - c.line > 12:
            break
        if not (is_level(c) and exact(c) and same_unit(c, first) and not a_change(c)
                and c.period == first.period and not _earlier_aside(scope, c)):
            continue
        label = _TOTAL_IN_LABEL.sub("", _PERIOD_LEAD.sub("", _bare_name(c)))
        if label not in names and ((len(measure) >= 2 and label.endswith(measure) and _a_total(scope, c))
                                   or (len(common) >= 2 and label == common)):
            hi = c.figure.quantity.interval.hi
            return c if hi is None or hi >= least else None
    return None


def _share_run(scope: Scope, at: int, end: int, whole_named: bool = False) -> list[DraftClaim]:
    """The shares a 分别占 at ``at`` lists, one after another by 、/和/及/与, up to ``end``; with
    ``whole_named``, also after the whole they are of (分别占进出口总值的30.7%和16.4%)."""
    shares = [c for c in scope.in_span(at, end) if is_share(c)]
    opening = scope.text(at, shares[0].figure.start) if shares else ""
    if not shares or not (_LISTED_SHARES.fullmatch(opening) if whole_named else opening == "分别占"):
        return []
    run = shares[:1]
    for c in shares[1:]:
        if not _AND.fullmatch(scope.text(run[-1].end, c.figure.start)):
            break
        run.append(c)
    return run


#: The clause that names the subjects of a 分别占 list: what comes after the last figure before it,
#: up to 分别占 (香港及中国大陆旅客分别占) or, when 分别占 opens its clause, the clause before it
#: (旅客主要来自中国台湾、东南亚及中国大陆，分别占).
_SUBJECTS_CLAUSE = later(r"([^，,；;。：:\d%]+)[，,]?$")


def _names_its_parts(scope: Scope, rate: DraftClaim) -> bool:
    """A 分别占 list of two or more shares whose own clause names as many subjects, with no figure of
    theirs (其中经外港客运码头入境旅客…为5,999,197人次，香港及中国大陆旅客分别占58.0%及21.8%; 从澳门国际
    机场入境旅客为1,246,320人次，…，旅客主要来自中国台湾、东南亚及中国大陆，分别占35.1%、30.0%及22.1%):
    the shares are of those subjects, parts of the figure before them, which is their whole — never
    that figure's share of an earlier whole. (Parts with figures, 采矿业7.0万个，制造业327.0万个，…，
    分别占2.0%、94.8%…, are :func:`_listed_part`'s.)"""
    a, b = scope.sentence(rate)
    at = scope.plain.rfind("分别占", a, rate.figure.start)
    if at < 0:
        return False
    run = _share_run(scope, at, b)
    if len(run) < 2 or rate not in run:
        return False
    before = [c for c in scope.in_span(a, at)]
    start = before[-1].end if before else a
    m = _SUBJECTS_CLAUSE.search(scope.text(start, at))
    names = list_items(m.group(1)) if m else None
    return names is not None and len(names) == len(run)


#: A clause that opens with its own subject before 占 (香港旅客占60.7%, 其中制造业占80%); not an adverb or
#: a pronoun standing there (约占, 仅占, 其占, 分别占, 合计占).
_SUBJECT_BEFORE_SHARE = later(r"^(?:其中|而|则)?(?!其|这|此|该|约|大约|仅|只|已|均|共|合计|分别|同比|较|比)"
                              r"([\u4e00-\u9fff]{2,12}?)占(?!比)")


def _of_a_subject_unstated(head: str, part: DraftClaim) -> bool:
    """A share whose clause names its own subject, one the figure before it is not of (…为5,084,179人次，
    香港旅客占60.7%: the share of Hong Kong's visitors in that figure, whose count is not given): no
    part is stated. The subject restated (A市出口额100亿元，A市出口额占全省的10%; 高技术制造业实现产值
    …，高技术制造业产值占…) keeps the figure its part: the two names open alike."""
    m = _SUBJECT_BEFORE_SHARE.match(head)
    return m is not None and m.group(1)[:2] not in (part.label or "")


def _whole_named_before(scope: Scope, rate: DraftClaim, part: DraftClaim, head: str,
                        named: dict[int, tuple[DraftClaim, DraftClaim]]) -> tuple[DraftClaim | None, int]:
    """The whole of a bare share (外商投资企业进出口17613.2亿元，增长10.7%，占53.5%) that the last
    share of a like part before it in its paragraph names (民营企业进出口12315.2亿元，…，占外贸总值
    的37.5%): the writer names the whole once and means it again (下同). Never for a part of that
    share's part (其中…). With the whole, the place of that share."""
    if not _BARE_SHARE.search(BRACKETED.sub("", head)):
        return None, -1
    a, _ = scope.sentence(part)
    if "其中" in scope.text(a, part.figure.start):
        return None, -1
    paragraph = scope.plain.rfind("\n", 0, part.figure.start)
    for at in sorted((at for at in named if paragraph < at < rate.figure.start), reverse=True):
        sibling, whole = named[at]
        if same_unit(sibling, part) and same_unit(whole, part) and whole is not part \
                and sibling is not part and _may_hold(whole, part) \
                and not _nearer_whole(scope, at, part, whole):
            return whole, at
        return None, -1
    return None, -1


def _nearer_whole(scope: Scope, at: int, part: DraftClaim, whole: DraftClaim) -> bool:
    """A level of the part's unit between the share that names the whole (at ``at``) and the part,
    with no share after it, that can hold the part and is smaller than the whole (不过夜旅客…占旅客
    总数52.9%。…经陆路入境旅客达14,046,125人次…。从关闸边检站入境旅客达13,298,122人次…，中国大陆旅客
    占80.1%): a nearer total the bare share may be of, so the whole named before is no longer meant
    (下同 holds over the siblings only: 外商投资企业进出口17613.2亿元，…，占53.5%；国有企业…占9%)."""
    return any(is_level(c) and exact(c) and same_unit(c, part) and not a_change(c)
               and not _has_share(scope, c) and _may_hold(c, part) and _may_hold(whole, c)
               for c in scope.in_span(at, part.figure.start) if c is not part)


def _whole_inside(scope: Scope, k: int, rate: DraftClaim) -> tuple[DraftClaim, DraftClaim] | None:
    """占年度预算22443万元的106.9%, 占A股3990家上市公司2.53%: the level inside what 占 governs is the
    whole, the level of its unit before 占 in the sentence the part. None when 占 governs no level
    or several."""
    clause_start, _ = scope.clause(rate)
    at = scope.plain.rfind("占", clause_start, rate.figure.start)
    if at < 0:
        return None
    inside = [c for c in scope.in_span(at, rate.figure.start) if c is not rate]
    if len(inside) != 1 or not (is_level(inside[0]) and exact(inside[0])) \
            or inside[0].figure.quantity.unit.dimension == "ratio" or a_change(inside[0]):
        return None
    whole = inside[0]
    s_start, _ = scope.sentence(rate)
    part = next((c for c in reversed(scope.claims[:k]) if c.figure.start < at), None)
    if part is None or part.figure.start < s_start or not (is_level(part) and exact(part)) \
            or not same_unit(part, whole) or a_change(part):
        return None
    return part, whole


def _of_plan(scope: Scope, k: int, rate: DraftClaim) -> list[Found]:
    """A share of the plan (年度计划投资295.16亿元，1-9月累计完成投资229.68亿元，完成年度计划的77.82%;
    下达…限额1.46万亿元。…发行规模达9676亿元，占提前下达专项债额度的66.3%): the part is the done
    level right before it in its sentence, the whole the plan of its unit stated in that sentence or
    the one before it in the paragraph — stated, when it is the only plan there and the nearest level
    of the unit before the part (no 其中 between: a part's share of its own plan is not of the whole's).
    """
    part = _part(scope, k, rate, scope.before(rate))
    if part is None or a_change(part) or _a_plan(scope, part) \
            or "开累" in scope.text(scope.sentence(part)[0], rate.figure.start):
        return []  # 开累完成投资: since the project began, of its whole cost and not of a year's plan
    start, _ = scope.sentence(part)
    if start > 0:
        before, _ = scope.sentence_of_offsets(start - 1, start - 1)
        start = start if "\n" in scope.plain[before:start] else before
    earlier = [c for c in scope.in_span(start, part.figure.start) if is_level(c) and same_unit(c, part)]
    plans = [c for c in earlier if exact(c) and not a_change(c) and c.period == part.period
             and _a_plan(scope, c)]
    if not earlier or plans != earlier[-1:] or "其中" in scope.text(plans[0].figure.end, part.figure.start):
        return []
    return [Found("share", {"share": part.id, "of": plans[0].id, "is": rate.id}, "stated", rate,
                  "a share of the plan with the done part and the plan", f"{part.id}_share")]


def _a_plan(scope: Scope, c: DraftClaim) -> bool:
    """A level its clause names a plan (年度计划投资295.16亿元, 年度投资计划647.4亿元), not revenue or
    spending of a budget (地方公共财政预算收入13916万元, 预算内投资: done, not planned)."""
    return bool(_PLAN.search(_BUDGETED.sub("", scope.before(c) + c.value)))


#: Money a budget takes in or spends (预算收入, 预算支出, 预算内投资): a done level, no plan.
_BUDGETED = later(r"预算(?=收入|支出|内|外|资金|执行|完成)")


def _part(scope: Scope, k: int, rate: DraftClaim, head: str) -> DraftClaim | None:
    """The level the share is of: the nearest one before it in its sentence, never the amount it
    changed by (东部地区农民工10430万人，比上年增加30万人，增长0.3%，占农民工总量的36.4%: 10430万人)
    unless the share is one of increments (增收额占财政收入增收额的91.6%)."""
    s_start, _ = scope.sentence(rate)
    of_increments = bool(_INCREMENT.search(head))
    clause_start, _ = scope.clause(rate)
    verb = _ZHAN_VERB.search(head)
    subject = _LEAD_WORDS.sub("", head[:verb.start()]) if verb else ""
    nouns = _MEASURE_NOUN.findall(subject) + _RATIO_OF.findall(subject)
    for c in reversed(scope.claims[:k]):
        if c.figure.start < s_start:
            return None
        if is_level(c) and c.figure.quantity.unit.dimension != "ratio" \
                and (of_increments or not a_change(c)) \
                and _earlier_aside(scope, c) == _earlier_aside(scope, rate) \
                and not _an_included_aside(scope, c, rate):
            if "其中" in scope.text(c.end, rate.figure.start):  # 进口农产品4.2亿美元…其中棕榈油进口
                return None  # 占农产品进口总额的62.9%: the part the share is of has no figure
            words = (c.label or "") + scope.before(c)
            if c.figure.start < clause_start and nouns and not any(n in words for n in nouns):
                return None  # …101家，…总市值占A股总市值的8.66%: the share names a part of its own
            return c
    return None


#: The opening of a bracket that says what a total includes: （包括…, （含…, （其中….
_INCLUDES = later(r"[（(](?:包括|包含|含|其中|不含|不包括)[^（(）)]*$")


def _an_included_aside(scope: Scope, c: DraftClaim, rate: DraftClaim) -> bool:
    """A figure in closed brackets that say what the total before them includes (共计15332.4亿元（包括
    集团、总公司本级8.32亿元），…其中寿险占比最高，有69%): no part of a share after them — unlike a
    part's own figure in brackets (国产影片（票房284.12亿元），占全国总票房的59.36%)."""
    a, _ = scope.sentence(c)
    return closes_a_bracket(scope.text(c.end, rate.figure.start)) and \
        bool(_INCLUDES.search(scope.text(a, c.figure.start)))


#: The opening of a bracket that gives the figures before it for the period compared with:
#: （去年同期为489.45亿元, （上年同期为, （上年为, （同期：.
_EARLIER_ASIDE = later(r"^[（(](?:(?:去年|上年|上一年|前一年)?同期|去年|上年|上期)(?:为|是|的|[：:])")


def _earlier_aside(scope: Scope, c: DraftClaim) -> bool:
    """A figure inside brackets that give the figure before them in the period compared with
    (国产影片票房284.12亿元（去年同期为321.18亿元，同比减少11.54%），占全国总票房的59.36%): no part or
    whole of a share of this period, only of a share in the same brackets."""
    a, _ = scope.sentence(c)
    at = max(scope.plain.rfind("（", a, c.figure.start), scope.plain.rfind("(", a, c.figure.start))
    if at < 0 or any(ch in scope.plain[at:c.figure.start] for ch in "）)"):
        return False
    return bool(_EARLIER_ASIDE.match(scope.text(at, c.figure.number_start)))


#: Words that open a share's clause before its subject (其中，并, 约…).
_LEAD_WORDS = later(r"^(?:其中|并且|并|且|同比|约|仅|已|分别|均|其|这|该|此|合计|共|总计|从而)+")
#: 占 as a verb (总市值占A股总市值的), not the noun 占比.
_ZHAN_VERB = later(r"占(?!比)")
#: A measure its clause names as the share's own part (总市值占…, 城镇人口占…).
_MEASURE_NOUN = later(r"额|值|量|收入|支出|投资|利润|人口|面积|规模")
_INCREMENT = later(r"增[收加长减]额|增量|新增|减少额|减收额")
#: A ratio named by whose it is (其中56家预告同比增长，4家扭亏，报喜比例占82%: the firms with good news,
#: 56 + 4 of the 73, not the 4 before it).
_RATIO_OF = later(r"([\u4e00-\u9fff]{2,6})(?:比例|比率)$")


#: A share that names no whole, or only the measure it shares (个数占比, 投资占比: of the count, of
#: the investment).
_BARE = later(r"(?:个数|数量|项目数|投资|投资额|金额)?(?:占比|所占比重|比重)(?:为|达到|达|约为|约)?")
_YEARS = later(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _part_right_before(scope: Scope, k: int, rate: DraftClaim, head: str) -> DraftClaim | None:
    """The level right before a share that names no whole (…16.93亿元，占比约97.5%), in its
    sentence; None when the share names one or stands elsewhere."""
    if not _BARE.fullmatch(head):
        return None
    s_start, _ = scope.sentence(rate)
    return next((c for c in reversed(scope.claims[:k]) if c.figure.start >= s_start and is_level(c)
                 and exact(c) and c.figure.quantity.unit.dimension != "ratio"
                 and BRACKETED.sub("", scope.text(c.figure.end, rate.figure.start)) in ("，" + head,
                                                                                      "," + head)), None)


def _after_its_part(scope: Scope, k: int, rate: DraftClaim,
                    head: str) -> tuple[DraftClaim | None, DraftClaim | None, str]:
    """A share that names no whole, right after its part (云端智算产品收入16.93亿元，占比约97.5%),
    of a whole the sentence before states (营收17.36亿元): the one level of the part's unit there,
    exact and larger than the part, of the year the part's clause names. The reader ties them,
    so the share is linked; with none there, the total an earlier paragraph states
    (:func:`_whole_earlier`)."""
    s_start, _ = scope.sentence(rate)
    part = _part_right_before(scope, k, rate, head)
    frame = _frame(scope, part) if part is not None else None
    if frame is not None:
        return part, frame if _may_hold(frame, part) else None, _FRAMED
    if part is None or s_start == 0:
        return None, None, ""
    before, _ = scope.sentence_of_offsets(s_start - 1, s_start - 1)
    if "\n" in scope.plain[before:s_start]:  # the sentence before is in another paragraph
        return part, _whole_earlier(scope, part, head), _EARLIER
    years = set(_YEARS.findall(scope.clause_text(part.figure.start, part.figure.end)))
    wholes = [c for c in scope.in_span(before, s_start) if is_level(c) and exact(c)
              and same_unit(c, part) and not a_change(c) and _may_hold(c, part)
              and (part.figure.estimate or not c.figure.estimate) and not _has_share(scope, c)
              and years <= set(_YEARS.findall(scope.clause_text(c.figure.start, c.figure.end)))
              and _holds_siblings(scope, c, part, head)
              and _earlier_aside(scope, c) == _earlier_aside(scope, part)
              and _of_last_year(scope, c) == _of_last_year(scope, part)
              and not _one_of_the_slices(scope, c) and not _another_measure(c, part)]
    if not wholes:
        return part, _whole_earlier(scope, part, head), _EARLIER
    return (part, wholes[0], "a share right after its part, of the whole the sentence before states") \
        if len(wholes) == 1 else (None, None, "")


def _another_measure(whole: DraftClaim, part: DraftClaim) -> bool:
    """A level that cannot hold the part: the part is its sibling, the same subject's other measure
    (工业税收完成入库5.40亿元；工业研发投入4.82亿元，占比2%: R&D spending's share of a base not printed,
    no part of the tax)."""
    return sibling(whole, part)


_EARLIER = "a share right after its part, of the total stated before it"
_FRAMED = "a share right after its part, of the count its sentence opens among"
#: the words after a count that make it the frame of its sentence: 这203家公司中, 从全部941家公司来看
_AMONG_THEM = later(r"^[^\d，,。；;：:（()）]{1,12}(?:中|来看)$")


def _frame(scope: Scope, part: DraftClaim) -> DraftClaim | None:
    """The count a part's sentence opens among, before the part (这203家公司中，预计业绩增长、扭亏的公司合计
    140家，占比近七成; 从全部941家公司来看，…合计711家，占比近八成): the whole of a bare share of the part,
    not a total stated before the sentence."""
    start, _ = scope.sentence(part)
    for c in scope.in_span(start, part.figure.start):
        if c is not part and is_level(c) and exact(c) and same_unit(c, part) and not a_change(c) \
                and _AMONG_THEM.match(scope.text(c.figure.end, scope.clause(c)[1])):
            return c
    return None


def _whole_earlier(scope: Scope, part: DraftClaim, head: str) -> DraftClaim | None:
    """The whole of a bare share right after its part, in a list of the slices of one total stated
    in a sentence or a paragraph before (计划共安排项目883个，总投资35674.8亿元。…现代产业类项目250个，
    个数占比28.3%，总投资10373.3亿元，投资占比29.1%; 集中开工亿元以上项目112个。…10亿元及以上项目
    11个，占比9.82%；…): the last earlier level of the part's unit, exact, no change, no part of a
    breakdown, no slice of its own (no share after it), at least the sum of the parts listed with
    shares in the part's paragraph. The one the part's own label names (总投资 for 总投资) when there
    is one; else, unless the part is one of a list of three or more, one its words call a total
    (共, 总): a lone share after a paragraph of another subject is no slice of its figure. A
    paragraph that states its own total before the part's sentence (狂犬病疫苗方面，5月…合计批签发
    765.82万支…成大生物批签发401.18万支，占比52.39%) has the last such total as the whole, and no
    level before the paragraph is. The reader ties them: linked."""
    start, _ = scope.sentence(part)
    years = set(_YEARS.findall(scope.clause_text(part.figure.start, part.figure.end)))
    levels = [c for c in scope.claims[:scope.index(part)]
              if c.figure.start < start and part.line - c.line <= 12 and is_level(c) and exact(c)
              and same_unit(c, part) and not a_change(c) and c.period == part.period
              and (part.figure.estimate or not c.figure.estimate) and not _has_share(scope, c)
              and not _SLICE_BEFORE.search(scope.text(scope.sentence(c)[0], c.figure.start))
              and _earlier_aside(scope, c) == _earlier_aside(scope, part)
              and _of_last_year(scope, c) == _of_last_year(scope, part)
              and years <= set(_YEARS.findall(scope.clause_text(c.figure.start, c.figure.end)))
              and not _another_measure(c, part)]
    paragraph = scope.plain.rfind("\n", 0, part.figure.start)
    own = [c for c in levels if c.figure.start > paragraph and _a_total(scope, c)]
    if own:  # its own total: 狂犬病疫苗…合计批签发765.82万支…成大生物批签发401.18万支，占比52.39%
        return own[-1] if _may_hold(own[-1], part) else None
    heading = _heading_total(scope, part)
    if heading is not None:  # 三、资金运用余额125629.30亿元 over 银行存款23605.23亿元，占比18.79%；…
        return heading if _may_hold(heading, part) and _holds_siblings(scope, heading, part, head) \
            else None
    wholes = [c for c in levels if _may_hold(c, part) and _holds_siblings(scope, c, part, head)]
    named = [c for c in wholes if c.label and part.label and _bare_name(c) == _bare_name(part)]
    if not named and len(_siblings(scope, part, head)) < 3:
        wholes = [c for c in wholes if _a_total(scope, c)]
    return (named or wholes)[-1] if wholes else None


#: A clause that opens with the year before (去年同期共计发行23只基金, 上年全市…): it dates the
#: figures of its sentence from there on; 比上年 compares, it dates nothing.
_OPENS_LAST_YEAR = later(r"(?:^|[，,：:])(?:去年|上年|上一年|前一年)")


def _of_last_year(scope: Scope, c: DraftClaim) -> bool:
    """Whether a clause of c's sentence before it opens with the year before (天相统计数据显示，…，
    去年同期共计发行23只基金，其中，…偏股型基金共计发行10只): its figure is of last year, no part or
    whole of a share of this year's figures."""
    a, _ = scope.sentence(c)
    return bool(_OPENS_LAST_YEAR.search(scope.text(a, c.figure.start)))


#: The number that opens a heading line: 三、, （二）, 3、.
_NUMBERED_HEADING = later(r"\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|"
                          r"\d{1,2}、)")


def _heading_total(scope: Scope, part: DraftClaim) -> DraftClaim | None:
    """The one level of the part's unit a numbered heading right above the part's paragraph states
    (三、资金运用余额125629.30亿元，较年初增长12.37% over 银行存款23605.23亿元，占比18.79%；债券…): the
    total the paragraph under it lists the slices of. None when the line above is no such heading."""
    plain = scope.plain
    end = plain.rfind("\n", 0, part.figure.start) + 1
    while end > 0 and plain[end - 1].isspace():
        end -= 1  # back over the blank lines to the line above
    if end == 0:
        return None
    h_start = plain.rfind("\n", 0, end) + 1
    if not _NUMBERED_HEADING.match(plain, h_start, end):
        return None
    levels = [c for c in scope.in_span(h_start, end) if is_level(c) and same_unit(c, part)]
    return levels[0] if len(levels) == 1 and exact(levels[0]) and not a_change(levels[0]) else None


def _a_total(scope: Scope, c: DraftClaim) -> bool:
    """A level its clause or label calls a total (共安排项目883个, 总投资35674.8亿元, 合计批签发)."""
    return bool(_TOTAL_WORD.search(scope.text(scope.clause(c)[0], c.figure.number_start) + (c.label or "")))


#: The words of a total: 共安排项目883个, 总投资35674.8亿元.
_TOTAL_WORD = later(r"共|总|合计|累计|全部")


def _holds_siblings(scope: Scope, whole: DraftClaim, part: DraftClaim, head: str) -> bool:
    """The whole is at least the sum of the part and its siblings, the levels of its unit right
    before a share of the same words in its paragraph (…项目11个，占比9.82%；…项目12个，占比10.71%；
    …89个，占比79.46%: not 37个)."""
    parts = _siblings(scope, part, head) or [part]
    least = sum(c.figure.quantity.interval.lo or 0 for c in parts)
    hi = whole.figure.quantity.interval.hi
    return hi is None or hi >= least


def _siblings(scope: Scope, part: DraftClaim, head: str) -> list[DraftClaim]:
    """The levels of the part's unit right before a share of the same words in its paragraph."""
    a = scope.plain.rfind("\n", 0, part.figure.start) + 1
    b = scope.plain.find("\n", part.figure.start)
    listed = _bare_shares(scope, a, len(scope.plain) if b < 0 else b, head)
    return [c for c, _ in listed if same_unit(c, part)]


#: Words that make a level a slice of another (其中, 分别): no whole of a later list.
_SLICE_BEFORE = later(r"其中|分别")


def _one_of_the_slices(scope: Scope, c: DraftClaim) -> bool:
    """A level listed with others of its unit after 其中 or 分别 in its sentence (其中，129家預增、38家
    略增、10家扭虧、13家續盈): slices of one total, none the whole of a share after them."""
    a, b = scope.sentence(c)
    leads = list(_SLICE_BEFORE.finditer(scope.text(a, c.figure.start)))
    return bool(leads) and any(o is not c and is_level(o) and same_unit(o, c)
                               for o in scope.in_span(a + leads[-1].end(), b))


def _bare_shares(scope: Scope, a: int, b: int, head: str) -> list[tuple[DraftClaim, DraftClaim]]:
    """The parts right before a bare share in plain[a:b], with their shares (of the head's words,
    when given: 个数占比 apart from 投资占比)."""
    out = []
    for prev, c in pairwise(scope.in_span(a, b)):
        words = scope.before(c)
        between = BRACKETED.sub("", scope.text(prev.figure.end, c.figure.start))
        if is_share(c) and _BARE.fullmatch(words) and (not head or words == head) and is_level(prev) \
                and exact(prev) and prev.figure.quantity.unit.dimension != "ratio" \
                and between in ("，" + words, "," + words):
            out.append((prev, c))
    return out


#: (the level's own clause may end in words first: 共有2918家公司实现归母净利润正增长，占比54%)
_SHARE_NEXT = later(r"^(?:[^\d，,。；;：:（()）]{1,16}[，,]|[，,]?)(?:约|大约)?"
                    r"(?:个数|数量|项目数|投资|投资额|金额)?(?:占|所占|比重|份额)")


def _has_share(scope: Scope, c: DraftClaim) -> bool:
    """A level with a share of its own right after it (研发部门350万元，占比35%。市场部门200万元，
    占比20%), maybe at the end of its clause (2918家公司实现归母净利润正增长，占比54%): a part beside
    the part, or a part of a wider whole, never the whole of a bare share after it (其中…686家，
    占比13% is of the wider whole too, 5437家, not of the 2918)."""
    return bool(_SHARE_NEXT.match(BRACKETED.sub("", scope.text(c.figure.end, c.figure.end + 40))))


def _named_part(scope: Scope, k: int, rate: DraftClaim, head: str) -> DraftClaim | None:
    """The level a share opening its sentence names before 占 (非国有投资完成60.8亿元…。非国有投资占
    全市固定资产投资比重为24.6%): the last level of the sentence before, with that label."""
    s_start, _ = scope.sentence(rate)
    name = _alias(head.split("占", 1)[0])
    if len(name) < 3 or scope.text(s_start, rate.figure.start) != head:
        return None  # the share's clause opens its sentence
    before = scope.sentence_of_offsets(s_start - 1, s_start - 1)[0]
    levels = [c for c in scope.claims[:k] if c.figure.start >= before and is_level(c)
              and c.figure.quantity.unit.dimension != "ratio"]
    if not levels or scope.plain.rfind("\n", 0, s_start) > levels[-1].figure.start:
        return None  # nothing in the sentence before, or it is in another paragraph
    last = levels[-1]
    return last if last.label and _alias(last.label) == name and exact(last) else None


#: A sum word before a share: the share of the parts listed together (合计预喜比重).
_SUM_WORD = later(r"合计|共计|总计")


def _of_a_sum(scope: Scope, head: str, part: DraftClaim) -> bool:
    """A share its words give the sum of a list (分别为406家、104家和6家，…，合计预喜比重高达83.77%),
    which the level before it, the list's last item, is not (合计192家，占比为54.5% is)."""
    return bool(_SUM_WORD.search(head)) \
        and not _SUM_WORD.search(scope.text(scope.clause(part)[0], part.figure.start))


def _whole(scope: Scope, rate: DraftClaim, part: DraftClaim, head: str,
           totals: dict[str, DraftClaim], siblings: frozenset[str]) -> tuple[DraftClaim | None, str]:
    """The whole of a share, and how it is tied; never a level of the part's own 分别 list
    (the ids ``siblings``)."""
    m = compiled(r"占(?:比)?(.*)").search(BRACKETED.sub("", head))  # 占出口总值的（下同）65.9%
    words = _clean(m.group(1)) if m else ""
    if not words and _scope_words(scope, part) is not None:
        return _whole_in_scope(scope, rate, part)  # 全区常住人口中，…其中65岁及以上人口…，占9.22%
    if not words and part.id in totals:
        if m and _wider_than(scope, m.group(1), totals[part.id]):
            return None, ""  # 总数达1630家，其中…12家、占全市34.3%: of all in the city, not of the 1630
        if _has_share(scope, totals[part.id]):
            return None, ""  # 60岁及以上人口26402万人，占18.70%（其中，65岁及以上…，占13.50%）: of the
            # whole the total is a share of, not of the total
        earlier = _total_of_its_measure(scope, part, totals[part.id])
        if earlier is not None:
            return earlier, "linked"  # 新签约…项目219个…。预计…222个。其中来自沪苏浙的新签约…58个、占比26.5%
        return totals[part.id], "stated"  # 其中民生支出40.1亿元，占比达82%
    if len(words) < 2:
        return None, ""
    titled = _total_titled(scope, rate, part, BRACKETED.sub("", m.group(1)))
    total = totals.get(part.id)
    if titled is not None and titled is not total:
        return titled, "stated" if scope.same_sentence(titled, rate) else "linked"
    if total is not None and total.label and _names(_clean(m.group(1).removesuffix("的")), total.label):
        return total, "stated"  # 北京市GDP为36102.6亿元。其中海淀区…，占北京市总量的23.56%
    own = _sentence_total(scope, part)
    if own is not None:  # 德国共约77万名新生儿出生，其中…三孩约14万人，约占新生人口的18%
        return (own, "stated") if same_unit(own, part) else (None, "")
    candidates = [c for c in scope.claims if c is not part and c is not rate and c.id not in siblings
                  and c.label
                  and is_level(c) and not a_change(c) and same_unit(c, part) and _names(words, c.label)
                  and c.period == part.period and not _dated_apart(scope, part, c)
                  and _earlier_aside(scope, c) == _earlier_aside(scope, rate)
                  and not _the_part_again(c, part, words) and not _restated(c, part, rate)]
    candidates = [c for c in candidates if not _share_of_its_own(scope, c, words)]
    if words in _BARE_HEADS:  # 从征收部门看：…财政部门完成660万元，占收入的3.87%: of the paragraph's
        candidates = [c for c in candidates if _alias(c.label) == words]  # total, not of 非税收入
    if not candidates:
        return _total_population(scope, rate, part, words)
    candidates = _named_as_total(m.group(1), candidates)
    same = [c for c in candidates if scope.same_sentence(c, rate)]
    if same:
        return same[-1], "stated"
    if part.id in totals and totals[part.id] in candidates:
        return totals[part.id], "stated"
    candidates = [c for c in candidates if exact(c) and _may_hold(c, part) and _same_year(scope, part, c)
                  and (part.figure.estimate or not c.figure.estimate)  # no measure is part of a forecast
                  and _same_basis(scope, words_as_written(head), c)
                  and _of_the_year(scope, words_as_written(head), c) and not listed_item(scope, c)
                  and _same_months(scope, part, c) and _of_the_parts_measure(m.group(1), words, part, c)
                  and not (_WIDER.match(words_as_written(head)) and
                           _alias(c.label) == _alias(part.label or ""))]
    candidates = _of_its_subject(scope, part, words, candidates)
    candidates = _not_of_a_qualified_total(words, candidates, totals)
    candidates = _total_of_all(scope, m.group(1), candidates)
    if not candidates:
        return None, ""
    named = [c for c in candidates if _bare_name(c) == _alias(words)]
    candidates = named or candidates  # 占出口总值的 names 出口20310.4亿元, not 出口机电产品13380.2亿元
    before = [c for c in candidates if c.figure.start < rate.figure.start]
    if not before:  # 商品住宅空置84.61万m2，占总空置商品住宅的68.54%: not the 商品住宅 two paragraphs on
        return (totals[part.id], "linked") if part.id in totals else (None, "")
    whole = before[-1]
    raw = BRACKETED.sub("", m.group(1))  # (同期)出口总值的: the whole named with its total word, no place
    total_named = bool(_TOTAL_NAMED.search(raw)) and _SAME_PERIOD.sub("", raw).startswith(words)
    return whole, "stated" if _named_in_full(scope, words, whole, total_named) else "linked"


def _the_part_again(c: DraftClaim, part: DraftClaim, words: str) -> bool:
    """A level named as the part itself is the part restated or another of its kind, never its
    whole: when it bears the part's value (智能手机出货量2102.9万部 stated a paragraph before
    智能手机出货量2102.9万部，…，占同期手机出货量的96.7%), or when the words after 占 are a tail of
    that name (手机出货量 of 智能手机出货量: the wider whole the part is a kind of)."""
    name = _bare_name(part)
    if not name or _bare_name(c) != name:
        return False
    said = _alias(words)
    return c.figure.quantity.interval == part.figure.quantity.interval \
        or (len(said) < len(name) and name.endswith(said))  # type: ignore[union-attr]


def _restated(c: DraftClaim, part: DraftClaim, rate: DraftClaim) -> bool:
    """A level of the part's own value, under whatever name, is the part restated (the title's
    发行“两新一重”专项债券1338.7亿元 of 共发行…1338.7亿元，占发行总额的42.7%), never its whole, unless
    the share says the part is all of it (100%)."""
    return c.figure.quantity.interval == part.figure.quantity.interval \
        and not rate.figure.quantity.interval.contains(1)  # type: ignore[union-attr]


def _of_the_parts_measure(written: str, words: str, part: DraftClaim, whole: DraftClaim) -> bool:
    """A whole named by its subject alone (占全县工业的62.09%: 工业, no measure nor total word) is of
    the part's measure: a level whose label adds another measure after the words (工业销售收入 for a
    part of 工业总产值) is not it; one that adds the part's own (工业总产值, 工业增加值 for 工业增加值) is.
    ``written``: the words after 占 as written (外贸总值的 names a measure)."""
    if _MEASURE_NOUN.search(_alias(written)) or "总" in written:
        return True
    words = _alias(words)
    label = _bare_name(whole)
    at = label.rfind(words)
    measure = label[at + len(words):].removeprefix("总") if at >= 0 else ""
    return not measure or _bare_name(part).endswith(measure)


#: A whole named as the total of all (占总签约金额的, 占全部投资的).
_OF_ALL = later(r"^(?:总|全部)")


def _total_of_all(scope: Scope, words: str, candidates: list[DraftClaim]) -> list[DraftClaim]:
    """占总签约金额的65.18%: the total of all (全省…签约金额9433.27亿元), never a level with a share of
    its own right after it (民营企业…签约金额6978.16亿元，占全部投资的73.97%), itself a part; all of them
    when every one has such a share."""
    if not _OF_ALL.match(words):
        return candidates
    return [c for c in candidates if not _has_share(scope, c)] or candidates


def _total_of_its_measure(scope: Scope, part: DraftClaim, total: DraftClaim) -> DraftClaim | None:
    """The whole of a bare 占比 after a 其中 part that names its own measure: the earlier level of
    its paragraph whose name the part's clause ends in, not the total of the sentence 其中 follows
    (新签约亿元以上工业项目219个，总投资1115.2亿元。…预计…省外投资项目222个，实际到位省外资金867.1亿元。
    其中来自沪苏浙的新签约亿元以上工业项目58个、占比26.5%，总投资355.1亿元、占比31.8%: 58 of the 219,
    355.1 of the 1115.2). The clause's first level names the measure (a qualifier before the
    earlier name); a later figure of the clause (总投资) is the one of that name in the earlier
    level's sentence. None when the total 其中 follows is of that name itself."""
    a, _ = scope.sentence(part)
    head = next((c for c in scope.in_span(a, part.figure.start + 1) if is_level(c)), None)
    if head is None or not head.label:
        return None
    named = _earlier_of_name(scope, head, a)
    if named is None or named is total or _bare_name(named) == _bare_name(total):
        return None
    if head is part:
        return named
    _, end = scope.sentence(named)
    name = _bare_name(part)
    return next((c for c in scope.in_span(named.figure.end, end) if is_level(c) and not a_change(c)
                 and same_unit(c, part) and _bare_name(c) == name), None)


def _earlier_of_name(scope: Scope, head: DraftClaim, before: int) -> DraftClaim | None:
    """The one level of ``head``'s paragraph, before ``before``, whose name (of four characters at
    least) ``head``'s own name ends in after a qualifier (来自沪苏浙的 + 新签约亿元以上工业项目)."""
    key = ("share-levels-by-name", "")
    index = scope.memo.get(key)
    if index is None:
        index = {}
        for c in scope.claims:
            if c.label and is_level(c) and not a_change(c):
                index.setdefault(_bare_name(c), []).append(c)
        scope.memo[key] = index
    own = _bare_name(head)
    paragraph = scope.plain.rfind("\n", 0, before) + 1
    for at in range(1, len(own) - 3):
        found = [c for c in index.get(own[at:], ())  # type: ignore[attr-defined]
                 if paragraph <= c.figure.start < before and same_unit(c, head)]
        if found:
            return found[0] if len(found) == 1 else None
    return None


#: The day a sentence counts its stock at: 截至今年6月17日, 截至2010年末, 截止到6月底.
_AS_OF = later(r"截[至止]到?([^，,。；;：:]{2,16}?)[，,]")


def _dated_apart(scope: Scope, part: DraftClaim, whole: DraftClaim) -> bool:
    """Two sentences that count their stock at different days (截至2010年末，A股上市公司共有1980家 and
    截至今年6月17日，创业板、科创板公司分别有969家): the one is no whole of the other's part."""
    def as_of(c: DraftClaim) -> str | None:
        a, _ = scope.sentence(c)
        found = _AS_OF.findall(scope.text(a, c.figure.start))
        return found[-1] if found else None

    a, b = as_of(part), as_of(whole)
    return a is not None and b is not None and a != b


def _share_of_its_own(scope: Scope, c: DraftClaim, words: str) -> bool:
    """A level followed in its sentence by its own share of the whole the words name (民营企业进出口
    10.59万亿元，…，占进出口总值的52.7%): a part of that whole, never the whole of a like part's share."""
    _, end = scope.sentence(c)
    for k in range(scope.index(c) + 1, len(scope.claims)):
        r = scope.claims[k]
        if r.figure.start >= end:
            return False
        if is_share(r):
            m = compiled(r"占(?:比)?(.*)").search(BRACKETED.sub("", scope.before(r)))
            return m is not None and _clean(m.group(1)) == words and _part(scope, k, r, scope.before(r)) is c
    return False


#: A measure named by its head noun alone (占收入的45.24%): it names the whole the paragraph is
#: about, which any label ending in it (非税收入, 上划中央收入) may not be.
_BARE_HEADS = frozenset({"收入", "支出", "总量", "总额", "总值", "总数", "产值", "投资", "产量", "销量"})


def _not_of_a_qualified_total(words: str, candidates: list[DraftClaim],
                              totals: dict[str, DraftClaim]) -> list[DraftClaim]:
    """占出口总值的63%: the 出口 of the whole trade (进出口总值27.08万亿元，其中出口15.47万亿元), never
    the 出口 listed under a qualified total (一般贸易进出口17.72万亿元…其中，出口10.08万亿元): when the
    words name a whole (points.whole_named), a part of a total that is no such whole is not it."""
    if whole_named(words) is None:
        return candidates
    return [c for c in candidates if c.id not in totals or whole_named(totals[c.id].label) is not None]


#: A qualifier after the measure that makes the level another statistic of it (中位数).
_STATISTIC = later(r"^(?:中位数|平均数|平均值|均值)")
#: The period and the whole that lead a label (1-8月, 上半年, 全体): no qualifier of its subject.
_PERIOD_LEAD = later(r"^(?:(?:19|20)\d\d年度?)?(?:\d{1,2}(?:[-—～~至]\d{1,2})?月份?|[一二三四]季度|"
                     r"上半年|下半年|前三季度|全年)?")
_SUBJECT_LEAD = later(r"^全体")


def _of_its_subject(scope: Scope, part: DraftClaim, words: str,
                    candidates: list[DraftClaim]) -> list[DraftClaim]:
    """The levels named by the words after 占 (可支配收入) whose subject is the part's own: for
    全国居民人均工资性收入…占可支配收入的比重, 居民人均可支配收入, never 城镇居民人均可支配收入 or
    居民人均可支配收入中位数 (a qualifier before or after the words the part lacks, or one the part has
    and the level lacks). When none has the part's subject, those of another subject are dropped
    and the rest stay (a whole named without one: 地方一般公共预算收入 for 税收收入)."""
    own = _subject_label(scope, part)
    fits = [_subject_fit(own, _bare_name(c), _alias(words)) for c in candidates]
    same = [c for c, fit in zip(candidates, fits, strict=True) if fit == "same"]
    return same or [c for c, fit in zip(candidates, fits, strict=True) if fit != "other"]


def _subject_fit(own: str, label: str, words: str) -> str:
    """"same" when the level's label is the part's subject, the words and nothing after them but
    what the part's own label ends with; "other" when one of the two adds a qualifier before the
    subject they share (城镇居民人均 for 居民人均…, 居民人均 for 城镇居民人均…) or the level is
    another statistic (中位数); "" when the labels do not tell."""
    at = label.find(words) if words else -1
    if at < 0:
        return ""
    subject, after = _bare_subject(label[:at]), label[at + len(words):]
    if _STATISTIC.match(after) and not own.endswith(after):
        return "other"
    if own.startswith(subject):
        return "same"
    added = any(own.startswith(subject[i:]) for i in range(1, len(subject) - 1))
    return "other" if added or own.find(subject) > 0 else ""


def _bare_subject(words: str) -> str:
    """Words before a measure without the period, the place and the whole that lead them (1-8月江苏省,
    全国, 全体)."""
    from .duplicate import places_in

    words = _SUBJECT_LEAD.sub("", _clean_lead(_PERIOD_LEAD.sub("", words)))
    for place in sorted(places_in(words), key=len, reverse=True):
        if words.startswith(place):
            rest = words[len(place):]
            suffix = next((w for w in ("省", "市", "自治区", "区", "县") if rest.startswith(w)), "")
            return _SUBJECT_LEAD.sub("", rest[len(suffix):])
    return words


def _subject_label(scope: Scope, part: DraftClaim) -> str:
    """The part's label with the subject a later item of its list takes from the first (全国居民人均
    工资性收入8091元…；人均经营净收入2265元: 居民人均经营净收入)."""
    own = _bare_subject(_bare_name(part))
    start = _full_sentence_start(scope, part)
    first = next((c for c in scope.in_span(start, part.figure.start) if is_level(c)
                  and same_unit(c, part) and not a_change(c)), None)
    if first is None or first is part \
            or not compiled(r"[；;]").search(scope.text(first.end, part.figure.start)):
        return own
    lead = _bare_subject(_bare_name(first))
    at = next((lead.find(own[:n]) for n in range(len(own), 1, -1) if own[:n] in lead), 0)
    return lead[:at] + own if at > 0 else own


#: The words of a whole that end with its total word: 零售总额的, 外贸总值.
_TOTAL_NAMED = later(r"([^，,。；;]{2,}?(?:总额|总值|总数|总量))的?$")


def _named_as_total(words: str, candidates: list[DraftClaim]) -> list[DraftClaim]:
    """占零售总额的84.8%: the level named with the total word (社会消费品零售总额), not a part named
    by the measure alone (城镇消费品零售额; 占旅客总数52.1%: 入境旅客总数, not 中国大陆旅客); all of
    them when none is so named (占出口总值的 → 出口)."""
    m = _TOTAL_NAMED.search(words)
    if m is None:
        return candidates
    named = [c for c in candidates if _alias(c.label).endswith(_alias(_clean_lead(m.group(1))))]
    return named or candidates


_TOTAL_BEFORE = later(r"(?:共|共计|总计|合计|总共)(?:约|有|达)?$")


def _total_titled(scope: Scope, rate: DraftClaim, part: DraftClaim, written: str) -> DraftClaim | None:
    """The total a share names by its own title (成交总额为150.81亿元 … 共成交技术合同144.0亿元，其中企业
    成交额113.0亿元，占成交总额的74.9%): the last level before the share labelled with the words, a total
    word (总额, 总数) among them, rather than the total of the part's sentence, which they do not name.
    ``written``: the words after 占 as written."""
    title = _TOTAL_NAMED.fullmatch(written)
    if title is None:
        return None
    words = title.group(1)
    titled = [c for c in scope.claims if c.figure.start < rate.figure.start and c is not part and c.label
              and is_level(c) and exact(c) and not a_change(c) and same_unit(c, part)
              and c.period == part.period and _alias(c.label) == _alias(words)]
    return titled[-1] if titled else None


def _sentence_total(scope: Scope, part: DraftClaim) -> DraftClaim | None:
    """The total its own sentence states before a part (共约77万名…，其中…三孩约14万人): the whole a
    share of that part is of — of the part's measure, when both name theirs (六大行…净利润6825.24亿元
    占整体市场超六成 is no share of 42家…银行营收合计2.92万亿元)."""
    a, _ = scope.sentence(part)
    levels = scope.in_span(a, part.figure.start)
    own = _measure_named(scope.text(levels[-1].end if levels else a, part.figure.start))
    for c in reversed(levels):
        if is_level(c) and not a_change(c) and c.figure.quantity.unit.dimension == \
                part.figure.quantity.unit.dimension and \
                _TOTAL_BEFORE.search(scope.text(scope.clause(c)[0], c.figure.number_start)):
            theirs = _measure_named(scope.text(scope.clause(c)[0], c.figure.start) + (c.label or ""))
            if own is None or theirs is None or own == theirs:
                return c
    return None


def _measure_named(words: str) -> str | None:
    """The measure some words name (营收 is 营业收入; composition.measure), or None."""
    from .composition import measure

    return measure(words.replace("营收", "营业收入"))


_RELATIVE_YEAR = later(r"去年|上年|前一年|上一年")


def _same_year(scope: Scope, part: DraftClaim, whole: DraftClaim) -> bool:
    """A part its sentence dates to the year before (去年…接待中外游客18亿人次) is no share of a
    figure whose sentence does not (2017年上半年，国内旅游人数25.37亿人次)."""
    def relative(c: DraftClaim) -> bool:
        a, _ = scope.sentence(c)
        return bool(_RELATIVE_YEAR.search(scope.text(a, c.figure.start)))

    return relative(part) == relative(whole)


def _same_months(scope: Scope, part: DraftClaim, whole: DraftClaim) -> bool:
    """A part of the months its paragraph names (1—8月，实物商品网上零售额6.6万亿元; 一季度，…) is no
    share of a figure of other months (8月份，社会消费品零售总额3.4万亿元; 3月份，…), when both
    paragraphs name them."""
    a, b = _months(scope, part), _months(scope, whole)
    return a is None or b is None or a == b


#: The months a paragraph speaks of: a span from January (1—8月, 一季度, 上半年, 前三季度, 全年) or one
#: month (8月份); a month after 比/较 is the one compared with (增速比1—10月提高0.6个百分点).
_MONTHS = later(r"(?<![比较])(?:(?<![\d\-—–－~～至到])1\s*[-—–－~～至到]\s*(\d{1,2})\s*月份?"
                r"(?![末底初\d日号])|(?<![\d\-—–－~～至到])(\d{1,2})\s*月份?(?![末底初\d日号])"
                r"|(?:第?一季度|1季度)|(上半年)|(前三季度)|(全年))")


def _months(scope: Scope, c: DraftClaim) -> tuple[str, int] | None:
    """("span", N) or ("month", N) of the last months named before c in its paragraph; None when
    none is."""
    a = scope.plain.rfind("\n", 0, c.figure.start) + 1
    found = list(_MONTHS.finditer(scope.text(a, c.figure.start)))
    if not found:
        return None
    m = found[-1]
    if m.group(1):
        return "span", int(m.group(1))
    if m.group(2):
        return "month", int(m.group(2))
    return "span", 6 if m.group(3) else 9 if m.group(4) else 12 if m.group(5) else 3


_BASIS = later(r"全口径|规模以上|规上|限额以上|限上")
#: A basis by its short name: 规上 is 规模以上, 限上 限额以上.
_SHORT_BASIS = {"规上": "规模以上", "限上": "限额以上"}


def _same_basis(scope: Scope, words: str, whole: DraftClaim) -> bool:
    """A whole the words after 占 name on a basis (占全国全口径发电量的33.9%) is a figure stated on
    that basis, not a plain 全国发电量 of another sentence."""
    named = {_SHORT_BASIS.get(b, b) for b in _BASIS.findall(words)}
    if not named:
        return True
    a, _ = scope.sentence(whole)
    return named <= {_SHORT_BASIS.get(b, b)
                     for b in _BASIS.findall(scope.text(a, whole.figure.start) + (whole.label or ""))}


def _of_the_year(scope: Scope, words: str, whole: DraftClaim) -> bool:
    """A whole the words after 占 date (占2020年度营业收入的7.7%) is a figure its own sentence
    dates to that year."""
    years = set(_YEARS.findall(words))
    if not years:
        return True
    a, _ = scope.sentence(whole)
    own = _YEARS.findall(scope.text(a, whole.figure.start))
    return bool(own) and own[-1] in years


#: The period words that may lead a whole's name: the part's own period (占同期出口总值的).
_SAME_PERIOD = later(r"^(?:同期|当年|同年)")


def _named_in_full(scope: Scope, words: str, whole: DraftClaim, total_named: bool = False) -> bool:
    """The words after 占 are the whole's name, and no other level of its unit in the article
    bears it (占粮食种植面积的近50% after 粮食种植面积1038万亩; 占全市固定资产投资比重 after 全市
    固定资产投资完成247.4亿元; 占出口总值的65.9% after 出口20310.4亿元, a name of two characters
    with its total word): the sentence states which figure its whole is."""
    name = _alias(words)
    if len(name) < (2 if total_named else 4) or _bare_name(whole) != name:
        return False
    return sum(1 for c in scope.claims if is_level(c) and same_unit(c, whole)
               and _bare_name(c) == name) == 1


def _bare_name(c: DraftClaim) -> str:
    """A claim's label as the words after 占 would name it (粮食种植面积(2), numbered apart from
    another of its paragraph, is 粮食种植面积 too)."""
    return _alias(_clean(compiled(r"\(\d+\)$").sub("", c.label or "")))


_TOTAL_POPULATION = later(r"(?:全[省市县区镇乡村州])?总人口|全[省市县区镇乡村州]人口")
_HEADCOUNT_LABEL = later(r"(?:全[省市县区镇乡村州]|辖区|本[市县区镇乡村])?(?:共有|共计|现有|有)?"
                         r"(?:常住|户籍)?总?(?:人口|居民)?")
_PEOPLE = ("人", "口", "名")


def _total_population(scope: Scope, rate: DraftClaim, part: DraftClaim,
                      words: str) -> tuple[DraftClaim | None, str]:
    """占总人口的p% of a count of people: the whole is the headcount of the place, the level in 人
    whose label names only the place or its population (全镇共有9717户、30384人; 我村现有…，共计N人;
    全州户籍总人口364.54万人), the last one before the part in its paragraph. Stated when it is the
    article's only such level: the words 总人口 then name it."""
    if not _TOTAL_POPULATION.fullmatch(words) or part.figure.quantity.unit.name not in _PEOPLE:
        return None, ""
    headcounts = [c for c in scope.claims if is_level(c) and exact(c) and c.label
                  and c.figure.quantity.unit.name == "人"
                  and _HEADCOUNT_LABEL.fullmatch(_bare_name(c))]
    paragraph = scope.plain.rfind("\n", 0, part.figure.start)
    before = [c for c in headcounts if paragraph < c.figure.start < part.figure.start
              and _may_hold(c, part)]
    if not before:
        return None, ""
    return before[-1], "stated" if len(headcounts) == 1 else "linked"


_SCOPE = later(r"^在?([^，,。；;]{2,30}?)中[，,]")


def _full_sentence_start(scope: Scope, part: DraftClaim) -> int:
    return max(scope.plain.rfind(ch, 0, part.figure.start) for ch in "。！？\n") + 1


def _scope_words(scope: Scope, part: DraftClaim) -> re.Match | None:
    """The words that open the part's sentence with the whole its shares are of (全区常住人口中，)."""
    return _SCOPE.match(scope.text(_full_sentence_start(scope, part), part.figure.start))


def _whole_in_scope(scope: Scope, rate: DraftClaim, part: DraftClaim) -> tuple[DraftClaim | None, str]:
    """A bare 占p% in a sentence that opens with the whole it is of (全区常住人口中，居住在城镇的人口为
    547299人，占94.51%；居住在乡村的人口为…): the level inside those words (在N人口中), or the one an
    earlier sentence states under that name."""
    m, start = _scope_words(scope, part), _full_sentence_start(scope, part)
    if m is None:
        return None, ""
    inside = [c for c in scope.in_span(start, part.figure.start) if is_level(c) and exact(c)
              and ((same_unit(c, part) and c.figure.quantity.unit.name == part.figure.quantity.unit.name)
                   or _counts_people(scope, c, part))  # 31个省…的人口中 counts no people
              and scope.text(start, c.end) in m.group(0)]  # inside the words, not the first after
    if inside:
        whole = inside[-1]
        if not same_unit(whole, part):
            whole.unit = part.figure.quantity.unit.name  # 在313万海淀常住人口中: 313万人
        return whole, "stated"
    words = _clean(m.group(1))
    candidates = [c for c in scope.claims[:scope.index(part)] if c.label and is_level(c) and exact(c)
                  and c.figure.start < start  # a sibling in the frame's sentence is no whole
                  and same_unit(c, part) and _alias(c.label).endswith(_alias(words))
                  and _may_hold(c, part) and part.line - c.line <= 8]
    whole = next((c for c in reversed(candidates) if _whole_of_place(c, words)), None)
    if whole is None and candidates and len(words) >= 3:
        whole = candidates[-1]  # 全国人口中 (人口): only a level named 人口 itself, never 60岁及以上人口
    if whole is None:
        return None, ""
    return whole, "stated" if scope.same_sentence(whole, rate) else "linked"


_PLACE = r"^(?:全[国省市县区镇乡村州]|辖区|本[市县区镇])?"
_PLACE_LEAD = later(_PLACE)
_PLACE_WHOLE = later(_PLACE + r"(?:常住|户籍)?总?")


def _whole_of_place(c: DraftClaim, words: str) -> bool:
    """A level named as the frame's whole itself, or only with the place and the basis before it
    (常住人口 for 全市人口中, and for 常住人口中 the 常住人口98509人, never the 城镇常住人口48443人 stated
    after it): not a subset with a name of its own (家庭户人口, 城镇人口)."""
    bare, whole = _bare_name(c), _alias(words)
    return _PLACE_WHOLE.sub("", bare) == whole or _PLACE_LEAD.sub("", bare) == whole


_PEOPLE_NOUN = later(r"^[^，,。；;\d]{0,10}人口中")
_BARE_MAGNITUDE = later(r"[\d.]+(?:万亿|亿|万)")


def _counts_people(scope: Scope, c: DraftClaim, part: DraftClaim) -> bool:
    """A bare number the noun 人口 follows (在313万海淀常住人口中) counts people, like a part in 人."""
    return c.figure.quantity.unit.dimension == "number" and bool(_BARE_MAGNITUDE.fullmatch(c.value)) \
        and part.figure.quantity.unit.name == "人" \
        and bool(_PEOPLE_NOUN.match(scope.text(c.figure.end, part.figure.start)))


_WIDER = later(r"占(?:比)?(?:全国|全省|全市|全区|全球|世界)")


#: A whole named by its place alone (占全市34.3%, 占全省的27.5%): all of the part's kind there.
_WHOLE_OF_A_PLACE = later(r"^(?:全|本|我)([国省市区县镇])")
#: The same place as the total's words may name it (全市, 本市, 我市).
_PLACE_NAMED = {kind: later(f"[全本我]{kind}") for kind in "国省市区县镇"}


def _wider_than(scope: Scope, words: str, total: DraftClaim) -> bool:
    """占全市34.3% after 其中 names its whole by its place alone: the part's share of all of its kind
    in the city. It is of the total the 其中 lists only when that total's own sentence names the
    place too (全市共有研发机构1630家，其中…占全市); a total of a narrower subject (16个高新区…总数达
    1630家) is no such whole."""
    m = _WHOLE_OF_A_PLACE.match(words)
    if m is None or _clean(words) != "":
        return False
    said = scope.text(_full_sentence_start(scope, total), total.figure.start) + (total.label or "")
    return _PLACE_NAMED[m.group(1)].search(said) is None


def words_as_written(head: str) -> str:
    """The words from 占 on, as the clause writes them."""
    at = head.find("占")
    return head[at:] if at >= 0 else ""


def _may_hold(whole: DraftClaim, part: DraftClaim) -> bool:
    """A figure elsewhere in the article can be the whole of a part only when it is larger: a
    smaller one is another figure with a like label (a restatement of the part, a sub-total)."""
    w, p = whole.figure.quantity.interval, part.figure.quantity.interval
    return w.hi is None or p.lo is None or w.hi > p.lo


#: A place's economy named alone (占全市经济的49.9%, 占全省经济的比重): its whole output, the GDP.
_ECONOMY_OF_A_PLACE = later(r"^(?:全|本|我)[国省市区县镇]经济$")


def _clean(words: str) -> str:
    words = compiled(r"(?:(?<!人口)总数)?(?:的)?(?:比重|比例|份额|(?<!经济)总量|总额|(?<!生产)总值|"
                     r"(?<!人口)总数)?的?(?:为|达到|达|约为|约|超过|超|近|接近)?$").sub("", words)
    return "经济总量" if _ECONOMY_OF_A_PLACE.match(words) else _clean_lead(words)


def _clean_lead(words: str) -> str:
    """The words of a whole without the year, place or period that lead them."""
    lead = compiled(r"^(?:(?:19|20)\d\d年度?|全[国省市区县镇]|本[市区县镇]|当年|同期)+")
    return lead.sub("", words).strip("的")


def _names(words: str, label: str) -> bool:
    """Whether the words after 占 name a figure with this label (GDP, 地区生产总值 and 经济总量
    alike)."""
    words, label = _alias(words), _alias(label)
    if len(words) < 2:
        return False
    if words.endswith(label) and (len(words) == len(label) or words[-len(label) - 1] not in NEGATING):
        return True  # 占出口总值的: 出口, but 占进出口总值的 names no 出口
    return named_in(words, label)


#: the other names :func:`_alias` reads as one: 社零, 规上 and 限上, GDP and 经济总量
_SHORT_RETAIL = later(r"社零(?!售)")
_SHORT_SCALE = later(r"规上|限上")
_GDP_NAMES = later(r"GDP|国内生产总值|地区生产总值|经济总量")


def _alias(text: str) -> str:
    """GDP, 地区生产总值 and 经济总量 (占全区经济总量的91.99%) name one figure; 社零 is the
    社会消费品零售总额 (占社零总额比重达23.6%). A measure is named alike with or without the verb
    that reports it, the firms of its industry and the total word before it, and 规上 is short
    for 规模以上 (限上 for 限额以上): 占规上服务业营业收入比重为29.7% names 规模以上服务业企业实现
    营业收入481.6亿元, 占全市规模以上服务业总营业收入的24% names 全市规模以上服务业营业收入29.65亿元."""
    text = _SHORT_RETAIL.sub("社会消费品零售", text)
    text = _SHORT_SCALE.sub(lambda m: _SHORT_BASIS[m.group()], text)
    text = _REPORTED_MEASURE.sub("", text)
    return _GDP_NAMES.sub("生产总值", text)


#: The words a measure's name may carry or drop (:func:`_alias`): the verb that reports it
#: (实现营业收入, 完成营业收入), the firms of the industry it is of (服务业企业营业收入) and its total
#: word (总营业收入).
_REPORTED_MEASURE = later(r"(?:累计)?(?:实现|完成)(?=营业收入|营收|利润|增加值|产值)"
                          r"|(?<=业)企业(?=实现|完成|营业收入|营收|利润)|总(?=营业收入|营收)")
