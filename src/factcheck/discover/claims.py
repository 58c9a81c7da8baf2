"""From an article's figures to draft claims: growth attached to its level (right after it, or
after clauses on its share of a plan or a whole: 1441.5亿元，为年度计划的96.1%，同比增长14.2%), labels,
quotes, ids, periods and names; the bounds that define a group (超过10亿元的有3家) marked as thresholds.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field
from fractions import Fraction
from itertools import pairwise

from ..article import ArticleText
from ..figures import Figure, clause_span, find_figures
from ..interval import Interval
from ..lexicon import DOWN, UP, names_an_average
from ..patterns import compiled, later
from .labels import clean_label, id_for, unique_id

__all__ = ["REAL_BASIS", "REAL_LABEL", "Draft", "DraftCheck", "DraftClaim", "build_draft"]


@dataclass(slots=True)
class DraftClaim:
    """One drafted claim: a figure (and the growth stated right after it)."""

    figure: Figure
    growth: Figure | None = None
    id: str = ""
    label: str | None = None
    quote: str = ""
    basis: str | None = None
    period: int | None = None
    clause: tuple[int, int] = (0, 0)
    unit: str | None = None  # the unit the article leaves to the reader (同比2020年的1.32亿: 元)

    @property
    def line(self) -> int:
        return self.figure.line

    @property
    def value(self) -> str:
        return self.figure.written

    @property
    def end(self) -> int:
        return (self.growth or self.figure).end


@dataclass(slots=True)
class DraftCheck:
    """A suggested check: its fields in order (id first, note last)."""

    fields: list[tuple[str, object]]


@dataclass(slots=True)
class Draft:
    article: ArticleText
    figures: list[Figure]
    claims: list[DraftClaim] = field(default_factory=list)
    checks: list[DraftCheck] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    period: int | None = None
    place: str | None = None


# --- growth right after a level: 227.6亿元、同比增长5% ----------------------------------------------
#: A note on the currency after a level, before its growth (海关: 进出口1.62万亿元（人民币，下同），比去年同期
#: （下同）增长7%; 货物贸易进出口总值983.1亿元（人民币，下同），比去年同期下降5.8%).
_NOTE = r"(?:[(（](?:(?:人民币|美元)(?:[,，、]下同)?|下同)[)）])"
_CONNECTOR = later(
    rf"{_NOTE}?[、,，]?(?:(?:比|较)(?:上年|去年)同期{_NOTE})?"
    r"(?:(?:按|以)?(?:可比|不变)价(?:格)?(?:计算|核算)|按可比口径(?:计算)?|扣除价格因素(?:后)?|实际|名义|分别)?[、,，]?"
)
_BASE_BEFORE = later(r"(?:同比|比|较)(?:上年|去年|(?:19|20)\d\d年)(?:同期)?的$")
#: Growth at comparable prices, by NBS convention even where unstated: GDP and value added, and the
#: gross output of farming, forestry, animal husbandry and fishery (农林牧渔业总产值) and its parts.
REAL_LABEL = later(r"生产总值|GDP|增加值|农林牧渔(?:业|服务业)?[^，,。；;\d]{0,4}?总?产值|"
                   r"^(?:农|林|牧|畜牧|渔)业(?:[（(][^）)]{1,4}[）)])?总?产值$")
_SAME_SCOPE_LABEL = later(r"投资|利润|利税")  # growth on a comparable set of units
#: Words that put a rate at comparable prices (real growth) wherever they stand before it in its
#: sentence: 由2000年的2003亿元增加到2005年的4070亿元，按可比价格计算，年均增长11.6%.
REAL_BASIS = later(r"(?:按|以)?(?:可比|不变)价(?:格)?(?:计算|核算)|扣除价格因素|实际增长|实际下降")

_SPACES = later(r"\s+")  # whitespace, taken out of the words read


def _last_before(figures: list[Figure], k: int, at: int, n: int) -> list[Figure]:
    """The last ``n`` of figures[:k] that end by ``at``, in order (read back from k, not over
    every figure before it)."""
    found = []
    for j in range(k - 1, -1, -1):
        if figures[j].scan_end <= at:
            found.append(figures[j])
            if len(found) == n:
                break
    return found[::-1]


def _attachable(level: Figure, rate: Figure, scan: str) -> bool:
    return _a_level_and_its_rate(level, rate, scan) \
        and bool(_CONNECTOR.fullmatch(scan[level.scan_end:rate.scan_start]))


#: A clause between a level and its growth that says how much of a plan or a whole the level is
#: (为年度计划的96.1%, 完成年初预算的47.5%, 占北京市总量的23.56%, 占年计划100500万元的112.29%), or how
#: far that share is ahead of the time gone by (快于序时进度3.4个百分点).
_SHARE_ASIDE = later(r"(?:为|占|完成|达到?|相当于)[^，,。；;：:%]{0,20}?[\d.]+%")
_PACE_ASIDE = later(r"(?:快于|慢于|超过|超出|高于|低于|落后于?|领先)[^，,。；;：:%]{0,6}进度"
                    r"(?:约|近)?[\d.]+个百分点")
#: The growth after them, a clause of its own with no subject (同比增长14.2%, 下降4%, 比上年增长10.2%).
_BARE_RATE = later(r"^(?:同比|(?:比|较)(?:上年|去年)(?:同期)?)?(?:增长|下降|增加|减少|上升|提高|降低|回落)")


def _rate_after_asides(figures: list[Figure], k: int, scan: str) -> Figure | None:
    """A level's growth stated after one to three clauses on its share of a plan or a whole
    (1441.5亿元，为年度计划的96.1%，同比增长14.2%; 1025.5亿元，完成年初预算36.7%，快于序时进度3.4个百分点，
    下降4%): the first rate after them, in a clause of its own that names no subject; never past
    another level's own clause (其中…), a 环比 rate or a sentence's end."""
    level = figures[k]
    for rate in figures[k + 2:k + 6]:
        if not rate.is_rate or rate.quantity is None or rate.quantity.unit.dimension != "ratio":
            continue
        between = scan[level.scan_end:rate.scan_start]
        clauses = compiled(r"[，,]").split(between)
        if len(clauses) < 3 or clauses[0] or clauses[-1] or not 1 <= len(clauses) - 2 <= 3:
            return None
        asides = clauses[1:-1]
        if not all(_SHARE_ASIDE.fullmatch(c) or (i and _PACE_ASIDE.fullmatch(c))
                   for i, c in enumerate(asides)):
            return None
        if not _BARE_RATE.match(scan[rate.scan_start:rate.scan_end]) or "环比" in between:
            return None
        return rate if _a_level_and_its_rate(level, rate, scan) else None
    return None


def _a_level_and_its_rate(level: Figure, rate: Figure, scan: str) -> bool:
    if level.quantity is None or rate.quantity is None:
        return False
    if not rate.is_rate or rate.to_level or rate.extra.get("doubling"):
        return False
    if level.is_rate or level.kind not in ("level",) or level.quantity.unit.dimension in ("pp",):
        return False
    if level.change_word in UP + DOWN and not level.to_level:
        return False  # 比上年增收1284万元，增长18.8%: the rate is the level's before the change
    if level.quantity.unit.dimension == "ratio" and rate.quantity.unit.dimension != "pp":
        return False
    between = scan[level.scan_end:rate.scan_start]
    if _BASE_BEFORE.search(scan[max(0, level.scan_start - 16):level.scan_start]):
        return False  # 同比2020年的1.32亿增长了59.29%: the base of the rate, not its subject
    # 十年增长1.3倍, 4年预计提升25倍: the time the change took, not a level
    return not (level.quantity.unit.dimension == "time" and not between)


_MONTH_ON_MONTH = later(r"环比")
_THEN_YEAR_ON_YEAR = later(r"^[，,、]?同比")


def _year_on_year(level: Figure, rate: Figure, after: Figure | None, scan: str) -> Figure:
    """The rate to attach to a level: the year-on-year one when a month-on-month rate comes first
    (出口额为156.58亿美元，环比下降35.11%，同比下降27.76%: the 同比 is the level's growth, as its
    parts' are)."""
    if after is None or not after.is_rate or after.to_level \
            or not _MONTH_ON_MONTH.search(scan[level.scan_end:rate.scan_end]) \
            or not _THEN_YEAR_ON_YEAR.match(scan[rate.scan_end:after.scan_end]):
        return rate
    return after


def _table_rate(level: Figure, following: list[Figure]) -> Figure | None:
    """The growth cell of a table row that is the rate of this level cell (:mod:`..figures.tables`)."""
    key = level.extra.get("table_cell")
    if key is None or level.quantity is None:
        return None
    return next((f for f in following if f.line == level.line
                 and f.extra.get("table_growth_of") == key), None)


def _respectively(figures: list[Figure], scan: str) -> dict[int, Figure]:
    """游客860万人次，旅游收入72.5亿元，分别增长35.2%和41.8%: rate i belongs to level i; so too
    with levels listed as one (加工贸易和保税物流进出口10293亿元和3544.9亿元，同增1.9%和38.4%)."""
    pairs: dict[int, Figure] = {}
    joins = ("和", "、", "及", "与")
    for k, first in enumerate(figures):
        if not first.is_rate:
            continue
        rates = [first]
        for nxt in figures[k + 1:]:
            if nxt.is_rate and scan[rates[-1].scan_end:nxt.scan_start] in joins:
                rates.append(nxt)
            else:
                break
        levels = _last_before(figures, k, first.scan_start, len(rates))
        if len(levels) != len(rates) or len(rates) < 2:
            continue
        listed = scan[levels[-1].scan_end:first.scan_start] in ("，", ",") and all(
            scan[a.scan_end:b.scan_start] in joins for a, b in pairwise(levels))
        if "分别" not in scan[max(0, first.scan_start - 3):first.scan_start] and not listed:
            continue
        sentence_start = max(scan.rfind(ch, 0, first.scan_start) for ch in "。；;!?！？")
        if any(f.scan_start <= sentence_start or f.is_rate or f.kind != "level" for f in levels):
            continue
        for level, rate in zip(levels, rates, strict=True):
            pairs[id(level)] = rate
    return pairs


def _basis(label: str | None, between: str) -> str | None:
    if "可比价" in between or "扣除价格" in between or "实际" in between:
        return "real"
    if "可比口径" in between:
        return "same-scope"
    if label and REAL_LABEL.search(label):
        return "real"
    if label and _SAME_SCOPE_LABEL.search(label) and "外资" not in label:
        return "same-scope"
    return None


# --- labels ----------------------------------------------------------------------------------
_CONNECTIVE = later(r"^\s*(?:或|或者|和|及|、|至)\s*$")
_RANK_TAIL = later(r"(?:均?居|位居|位列|排名|名列|排在|列)(全.|.内)?$")


def _label(article: ArticleText, claim: DraftClaim, previous: DraftClaim | None, previous_end: int,
           next_start: int) -> str | None:
    plain = article.words
    fig = claim.figure
    if "table_label" in fig.extra:  # a table's cell: its row's name (and its column's)
        return fig.extra["table_label"]
    a, b = claim.clause
    before_raw = plain[max(a, previous_end):fig.start]
    if "ratio_group" in fig.extra:  # 三次产业结构调整为8.1:42.1:49.8 → 三次产业结构调整(1/3) …
        base = clean_label(plain[a:int(fig.extra["ratio_group"])]) or "比例"
        return f"{base}({fig.extra['ratio_index']})"
    if fig.names is not None and fig.names_start is not None:
        before_raw = plain[max(a, previous_end, fig.names_start):fig.start]
    if previous is not None and previous.label and previous_end > a and _CONNECTIVE.match(before_raw):
        return previous.label  # 1亿元或1000万美元以上: one label for both
    changed = _changed_from(plain, a, fig)
    if changed is not None:
        return changed  # 每千人口医疗卫生机构床位数从2020年的6.46张增加到…: both levels are X's
    if previous is not None and previous.label and _changed_to(plain, previous, fig):
        return previous.label
    after_raw = plain[claim.end:min(b, next_start)]
    before_raw = _before_the_note(plain, max(a, previous_end), fig.start, previous_end) or before_raw
    inside = _INSIDE_A_NOTE.search(before_raw)
    if inside and len(clean_label(inside.group(1))) >= 2:
        before_raw = inside.group(1)  # 规模以上工业企业（年主营业务收入2000万元及以上: the note's own words
    before = clean_label(before_raw)
    after = clean_label(compiled(r"^[的之]").sub("", _SPACES.sub("", after_raw)), 16)
    list_before = fig.names is not None or compiled(r"(?:等|的)\s*$").search(before_raw)
    short_after_figure = previous_end > a and len(before) <= 3
    if short_after_figure and len(after) < 2:
        label = clean_label(plain[a:fig.start], 30)  # 招引10亿元以上项目9个
    elif (list_before or short_after_figure or len(before) < 2) and len(after) >= 2:
        label = after
    elif len(before) >= 2:
        label = before
    else:
        label = before + after
    if not label:
        label = clean_label(plain[a:fig.start]) or _SPACES.sub("", plain[a:fig.start])
    if not label and fig.is_rate:
        # 全社会用电量1078亿千瓦时，增长8.7%: the subject is in the clause before
        pa, _ = clause_span(plain, max(0, a - 1), max(0, a - 1))
        head = compiled(r"[\d一二两三四五六七八九十百千]").split(plain[pa:max(pa, a - 1)], maxsplit=1)[0]
        label = clean_label(head)
    same_sentence = previous is not None and previous.label is not None and \
        previous.figure.start >= clause_span(plain, fig.start, fig.end, "sentence")[0]
    if same_sentence and len(label) <= 2 and compiled(r"累计|总数|总量|共有|合计").search(label + before_raw):
        label = "累计" + previous.label.replace("新增", "")  # 新增企业43家，累计拥有196家
    elif same_sentence and not label:
        label = previous.label  # 突破3000亿元，达3156.2亿元: the same subject
    elif same_sentence and label in _BARE_VERBS and not previous.label.endswith(label):
        label = previous.label + label  # 高新技术企业总数1236家，净增187家
    if fig.kind == "rank" and label and not label.endswith(("名", "排名", "强")):
        label = _RANK_TAIL.sub(lambda m: m.group(1) or "", label) + "排名"
    if label and fig.change_word and not fig.is_rate and fig.kind == "level" and previous is not None \
            and previous.label and compiled(r"^(?:比|较)").match(label):
        label = previous.label + label + fig.change_word  # 常住人口…，比上年末增加14.2万人
    if label and fig.is_rate and claim.growth is None and fig.change_word and \
            not label.endswith(("增长", "增速", "增幅", "下降", "降幅")):
        word = fig.change_word if fig.change_word in ("增长", "下降", "提高", "回落", "减少", "增加") \
            else "增长"
        label += word
    return label or None


#: The words after a bracket still open at the figure: the figure is inside a note.
#: Not when the note opens with a time or a conversion (（去年同期为…, （上年综合能耗…以上的企业）,
#: （折合…亿美元）): its words then say what the figure is compared with or converted to, not what it is.
_INSIDE_A_NOTE = later(r"[（(](?!去年|上年|前年|同期|上期|今年|本年|\d{4}年|折合|约合|合计|按)([^（()）]*)$")
#: The end of a bracket the words before a figure do not open: its clause began inside the bracket.
_NOTE_END = later(r"[^（(]*[）)]")


def _before_the_note(plain: str, start: int, end: int, floor: int) -> str | None:
    """The words before a figure whose clause opens inside a note in brackets (成品油产量（汽、煤、
    柴油合计，下同）7408.3万吨; 过夜游客（住在宾馆饭店…，下同）为9393万人次): the note is on the words
    before the bracket, which name the figure, with any between the bracket and the figure (after
    the figure before, ``floor``); None for no such note."""
    note = _NOTE_END.match(plain, start, end)
    opened = max(plain.rfind("（", 0, start), plain.rfind("(", 0, start))
    if note is None or opened < 0 or (opened < floor and floor > note.end()):
        return None  # a figure before inside the note itself (收入2000万元及以上，下同) is no floor
    a, _ = clause_span(plain, opened, opened)
    return plain[max(a, floor) if floor <= opened else a:opened] + plain[note.end():end]


_AVERAGE_MARK = later(r"平均|人均|户均|每[千万百十]?人口?|[千万]人拥有")


def _averaged(article: ArticleText, claim: DraftClaim, label: str | None) -> str | None:
    """A count with no whole number in it whose sentence speaks of an average before it (平均每个
    家庭户的人口为2.62人，比2010年的3.10人减少0.48人; 全市平均万人拥有高中学生数为170.8人，初中学生数为
    608.5人): the label says so, as the average it is."""
    q = claim.figure.quantity
    if q is None or q.dimension not in ("count", "visits") or not q.interval.bounded \
            or q.interval.holds_integer() or (label and names_an_average(label)):
        return label
    start, _ = clause_span(article.words, claim.figure.start, claim.figure.end, "sentence")
    m = _AVERAGE_MARK.search(article.words, start, claim.figure.start)
    return label if m is None else m.group(0) + (label or "")


#: «X从2020年的a增加到2023年的b», «X由a提高到b», «X由2018年a增至2019年b»: the subject X before
#: 从/由, the change to the second level after the first
_FROM_LEVEL = later(r"(?:从|由)(?:(?:19|20)\d\d年(?:末|底)?的?)?$")
_TO_LEVEL = later(r"^(?:增加|提高|提升|上升|增长|下降|减少|降低|扩大|缩小|回落|升|增|降|减)(?:到|至)"
                  r"(?:(?:19|20)\d\d年(?:末|底)?的?)?")


def _changed_from(plain: str, start: int, fig: Figure) -> str | None:
    """The subject X of the first level of «X从A年的a增加到B年的b» (the clause from ``start``),
    with its 每千人口, 人均 … prefix; None when the figure is not the level a change starts from."""
    m = _FROM_LEVEL.search(plain, start, fig.start)
    after = _SPACES.sub("", plain[fig.end:fig.end + 12])
    if m is None or m.end() != fig.start or not _TO_LEVEL.match(after):
        return None
    return clean_label(plain[start:m.start()]) or None


def _changed_to(plain: str, previous: DraftClaim, fig: Figure) -> bool:
    """Whether a figure is the second level of «X从A年的a增加到B年的b» whose first is ``previous``."""
    between = _SPACES.sub("", plain[previous.end:fig.number_start])
    m = _TO_LEVEL.match(between)
    return m is not None and m.end() == len(between) and \
        _changed_from(plain, previous.clause[0], previous.figure) is not None


_BARE_VERBS = {"净增", "新增", "增加", "减少", "净减", "完成", "实现", "达到", "共计", "合计"}
_LIST_ITEM = later(r"[^，,。；;：:！!？?\n、\d]{1,20}")


def _extend_over_list(plain: str, a: int) -> int:
    """A clause that ends a list (低保、残疾人补贴、优抚等各类补助金7892万元) starts with the list."""
    while a > 0 and plain[a - 1] == "、":
        k = a - 1
        start = k
        while start > 0 and plain[start - 1] not in "，,。；;：:！!？?\n、":
            start -= 1
        if not _LIST_ITEM.fullmatch(plain[start:k]):
            break
        a = start
    return a


def _quote(article: ArticleText, claim: DraftClaim) -> str:
    a, b = claim.clause
    text = article.plain[a:b]  # the article's own characters: the quote is found in it again
    text = compiled(r"\s*\n\s*").sub("", text).strip()
    return text


# --- the period -------------------------------------------------------------------------------
_YEAR = later(r"((?:19|20)\d\d)年(?!\d)")


_YEAR_NAMED = later(r"((?:19|20)\d\d)年(?:(?!\d)|(?=\d{1,2}(?:[-—～至]\d{1,2})?月))")  # 2021年1-11月
_YEAR_COMPARED_AFTER = ("比", "较", "与", "于")  # 比2019年同期增长: a base of comparison, not the period


def _article_period(article: ArticleText) -> int | None:
    text = article.scan.text
    every = list(_YEAR_NAMED.finditer(text))
    named = [m for m in every if text[m.start() - 1:m.start()] not in _YEAR_COMPARED_AFTER
             and not text.startswith("同期", m.end())] or every
    years = Counter(int(m.group(1)) for m in named)
    if not years:
        return None
    first: dict[int, int] = {}
    for m in named:
        first.setdefault(int(m.group(1)), m.start())
    # the year named most often; on a tie, the one named first (plans for next year come last)
    return max(years, key=lambda y: (years[y], -first[y]))


_PLACE = later(r"[\u4e00-\u9fff]{2,4}?(?:县|镇|乡|街道)")
_NOT_PLACE = later(r"^(?:[年月日底末]|全|该|本|各|城|乡|村|小|特色|传统|重点|中心|示范|强|大|新|老|古)"
                   r"|[乡镇县]{2}")


_TITLE_PLACE = later(r"(?:^|\d{4}年|[：:，,])([\u4e00-\u9fff]{1,4}?(?:市|区|县|镇|乡))")


def _article_place(article: ArticleText) -> str | None:
    """The town or county the article is about: one named in the title, else the one named
    most often (at least three times)."""
    text = _SPACES.sub("", article.words)
    counts: Counter[str] = Counter()
    for m in _PLACE.finditer(text):
        name = m.group(0)
        if not _NOT_PLACE.search(name):
            counts[name] += 1
    title = article.title or ""
    in_title = [n for n in counts if n in title]
    if in_title:
        return max(in_title, key=lambda n: (counts[n], n))
    # a city or district named in the title: 2023年杭州市国民经济…, 高新区：…
    m = _TITLE_PLACE.search(_SPACES.sub("", title))
    if m and not _NOT_PLACE.search(m.group(1)):
        return m.group(1)
    if counts:
        name, n = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
        if n >= 3:
            return name
    return None


def _claim_period(article: ArticleText, claim: DraftClaim, default: int | None) -> int | None:
    sa, _ = clause_span(article.words, claim.figure.start, claim.figure.end, "sentence")
    head = _SPACES.sub("", article.words[sa:min(claim.figure.start, sa + 200)])
    m = compiled(r"(?:在|截至|截止|至)?((?:19|20)\d\d)年(?:全年|底|末|以来|度)?[,，]").match(head)
    if m and int(m.group(1)) != default:
        return int(m.group(1))
    return None


def _distinguish_labels(article: ArticleText, claims: list[DraftClaim]) -> None:
    """Two claims of one paragraph with the same label but values that cannot agree are different
    figures (完成投资 of two kinds of project): number them, so the duplicate finder does not pair
    them. Agreeing ones keep the label (突破3000亿元，达3156.2亿元: one subject, checked to agree),
    and so do claims in different paragraphs (the saved fact file numbers those its `same` checks
    do not tie: discover/__init__.py `_label_apart`)."""
    groups: dict[tuple[str, int], list[DraftClaim]] = {}
    for c in claims:
        if c.label:
            groups.setdefault((c.label, c.line), []).append(c)
    for members in groups.values():
        # per unit, the earlier interval ending lowest and the one starting highest: an interval
        # disjoint from any earlier one is disjoint from one of these two
        extremes: dict[object, tuple[Interval, Interval]] = {}
        for k, c in enumerate(members, 1):
            q = c.figure.quantity
            if q is None:
                continue
            i = q.interval
            seen = extremes.get(q.unit.key)
            if seen is None:  # the first of its unit: numbered only if empty (its own intersection)
                if Interval.make(i.lo, i.hi, i.lo_closed, i.hi_closed) is None:
                    c.label = f"{c.label}({k})"
                extremes[q.unit.key] = (i, i)
                continue
            low, high = seen
            if i.intersect(low) is None or i.intersect(high) is None:
                c.label = f"{c.label}({k})"
            extremes[q.unit.key] = (min(low, i, key=_upper), max(high, i, key=_lower))


#: The number a label takes when its line states another figure of it that cannot agree with it
#: (完成投资, 完成投资(2)).
NUMBERED = later(r"\(\d+\)$")


def unnumbered(label: str | None) -> str:
    """A drafted label without the number that tells apart the figures of its line (大口径财政收入(2))."""
    return NUMBERED.sub("", label or "")


def _upper(i: Interval) -> tuple[bool, Fraction, bool]:
    return (i.hi is None, i.hi or Fraction(0), i.hi_closed)


def _lower(i: Interval) -> tuple[bool, Fraction, bool]:
    return (i.lo is not None, i.lo or Fraction(0), not i.lo_closed)


# --- thresholds -------------------------------------------------------------------------------
#: the bounds a threshold is written with: 超过10亿元, 10亿元以上, 不足100人 …
_THRESHOLD_BOUNDS = ("more-than", "reached", "at-least", "at-most", "under")
#: what follows a bound that makes it the threshold of a group: 的 and a verb of the group (超过10亿元
#: 的为广发证券和中金公司), or 的, a noun and the group's count (营业收入10亿元以上的企业12家)
_GROUP_AFTER = later(r"^的(?:有|为|是|共有|共|达|仅有|仅|只有|包括)")
_COUNT_AFTER = later(r"^的[^，,。；;：:\d]{0,8}?(?:有|共有|共|达|为|是|仅有|仅|只有)?$")


def _mark_thresholds(article: ArticleText, figures: list[Figure]) -> None:
    """A bound followed by 的 that names a group — 代销收入超过10亿元的有3家, 10亿元以上的企业12家,
    超过10亿元的为广发证券和中金公司 — is the threshold that defines the group, not a value of its
    measure: its kind becomes ``threshold``, so it is no level to pair, sum or divide."""
    plain = article.words
    for k, fig in enumerate(figures):
        q = fig.quantity
        if q is None or q.qualifier not in _THRESHOLD_BOUNDS or fig.kind != "level" or fig.is_rate:
            continue
        after = plain[fig.end:fig.end + 12]
        nxt = figures[k + 1] if k + 1 < len(figures) else None
        counted = nxt is not None and nxt.quantity is not None and \
            nxt.quantity.unit.dimension == "count" and not nxt.is_rate and \
            bool(_COUNT_AFTER.match(plain[fig.end:nxt.start]))
        if counted or _GROUP_AFTER.match(after):
            fig.kind = "threshold"


# --- changes written without a change word ---------------------------------------------------
#: The words right before a number that make it a change though it carries no change word: a
#: change of an increase (同比多增2181亿元, 同比少增3873亿元: how much more or less the period's
#: increase was than a year before's) and a change written with its sign after the comparison
#: (飞机总数4394架（同比+124架）, 同比-5.2亿元).
_CHANGE_BEFORE = later(r"(?:多增|少增|多减|少减|"
                       r"(?:同比|环比|(?:比|较)(?:上年|去年|上月|年初)(?:同期)?)[+＋\-－−])$")


def _mark_changes(article: ArticleText, figures: list[Figure]) -> None:
    """A level after 多增 / 少增 or after a comparison and a sign (同比+124架) is the amount
    something changed by (its ``extra["change"]`` holds the words): never a total of levels, a
    part of one or the whole of a share."""
    plain = article.words
    for fig in figures:
        q = fig.quantity
        if q is None or fig.kind != "level" or fig.is_rate or fig.change_word is not None \
                or q.unit.dimension in ("ratio", "pp"):
            continue
        m = _CHANGE_BEFORE.search(plain, max(0, fig.number_start - 8), fig.number_start)
        if m is not None:
            fig.extra["change"] = m.group(0)


# --- building the draft -----------------------------------------------------------------------
_MAX_CONTEXT = 100  # a quote is its clause, but no more than this many characters either side of the figure


def build_draft(article: ArticleText) -> Draft:
    figures = find_figures(article)
    draft = Draft(article, figures, period=_article_period(article), place=_article_place(article))
    scan = article.scan.text
    understood = [f for f in figures if f.understood]
    _mark_thresholds(article, understood)
    _mark_changes(article, understood)
    claims: list[DraftClaim] = []
    attached: set[int] = set()
    pairs = _respectively(understood, scan)
    for k, fig in enumerate(understood):
        if id(fig) in attached:
            continue
        if fig.extra.get("doubling"):
            continue  # 翻倍: a multiple check between two claims, not a claim of its own
        claim = DraftClaim(fig)
        nxt = understood[k + 1] if k + 1 < len(understood) else None
        if id(fig) in pairs:
            claim.growth = pairs[id(fig)]
            attached.add(id(claim.growth))
        elif (rate := _table_rate(fig, understood[k + 1:k + 8])) is not None:
            claim.growth = rate  # 本年  上年  增长%: the rate of the row's current level
            attached.add(id(rate))
        elif nxt is not None and all(nxt is not r for r in pairs.values()) and _attachable(fig, nxt, scan):
            claim.growth = _year_on_year(fig, nxt, understood[k + 2] if k + 2 < len(understood) else None,
                                         scan)
            attached.add(id(claim.growth))
        elif (rate := _rate_after_asides(understood, k, scan)) is not None \
                and all(rate is not r for r in pairs.values()):
            claim.growth = rate
            attached.add(id(rate))
        claims.append(claim)
    plain_breaks = sorted(f.start for f in figures)
    ends = sorted(f.end for f in figures)
    taken: set[str] = set()
    tried: dict[str, int] = {}
    per_line: Counter[int] = Counter()
    previous: DraftClaim | None = None
    for claim in claims:
        fig = claim.figure
        a, b = clause_span(article.words, fig.start, claim.end)
        if fig.names_start is not None:
            a = min(a, fig.names_start)
        a = _extend_over_list(article.words, a)
        claim.clause = (max(a, fig.start - _MAX_CONTEXT), min(b, claim.end + _MAX_CONTEXT))
        k = bisect.bisect_right(ends, fig.start)
        previous_end = ends[k - 1] if k else 0
        k = bisect.bisect_left(plain_breaks, claim.end)
        next_start = plain_breaks[k] if k < len(plain_breaks) else len(article.words)
        claim.label = _averaged(article, claim, _label(article, claim, previous, previous_end,
                                                       next_start))
        previous = claim
        claim.quote = _quote(article, claim)
        if claim.growth is not None and fig.quantity is not None and \
                fig.quantity.unit.dimension not in ("ratio", "pp"):
            between = scan[fig.scan_end:claim.growth.scan_start] + claim.growth.text
            claim.basis = _basis(claim.label, between)
        claim.period = _claim_period(article, claim, draft.period)
        per_line[fig.line] += 1
        growth_only = fig.is_rate and claim.growth is None
        claim.id = unique_id(id_for(claim.label, fig.line, per_line[fig.line], growth_only), taken,
                             tried)
    _distinguish_labels(article, claims)
    draft.claims = claims
    return draft
