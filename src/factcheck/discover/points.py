"""Differences of two rates in 百分点, when the article states both rates:

- against another subject: 同比增长12.8%，高于规模以上工业3.2个百分点 (低于, 快于, 慢于, 高出, 比…高):
  the other rate is the one of the same measure (产值, 增加值 …) that an earlier sentence states for
  the subject named (规模以上工业总产值…增长9.6%), for the same period;
- against the region the subject belongs to: 19.5%的增速，也高于全国平均值1.2个百分点 (高出全国, 比全省高):
  the other rate is the region's rate of the same thing (GDP for GDP; else the same measure of
  the same name) stated anywhere before, by its words (全国GDP增长18.3%) or by the words after it
  (超过18.3%的全国平均水平), the only one the article states; a rate restated as X%的增速 is the
  growth of what the same rate was stated for just before, and 这一数据 (这一增速) the only rate
  of the sentence before;
- against a rate written in the sentence: 增长8.1%，比上年的2.3%提高5.8个百分点; in brackets after the
  subject or period it is of: 高于全国（9.6%）0.7个百分点, 较去年同期（-1.1%）提高9.2个百分点 (past a
  rank, never past another difference) (stated);
- the highest rate less the lowest: 增速最高为邢台县（同比增长55.5%），增速最低为任县（同比下降13.2%），
  高低相差68.7个百分点 (stated);
- against all of what is named (快于全部规模以上工业6.2个百分点, 增速分别快于全部工业1.8和2.7个百分点): the
  rate, of the same measure, of the subject whose own name ends with it (规模以上工业增加值增长6.0%), never
  one of its parts (规模以上工业高新技术产业); against the whole alone (高出整体增速7.7个百分点, 高于整体):
  the rate of the whole of the measure the part's words name (进出口); against the whole named after a
  place with or without 省 (快于广东整体出口增速1个百分点): that whole's rate;
- against the region's average (高于全市平均增速6个百分点, 高于全市平均水平2.3个百分点) when the article
  states no rate of that region for the same thing: the rate of the region's whole of the measure
  (沧州市…规上工业企业完成增加值同比增长9.5%, 全市规模以上工业增加值同比增长7.6%), the nearest before;
- against another period its own sentence states (to its 。, over ；): 5月份增速由负转正，增长0.7%；6月份
  增长3.9%，比上月加快3.2个百分点; 降幅比一季度收窄7.1个百分点；其中，二季度增长4.4%，一季度为下降8.4%
  (stated; never past a rate of another subject, 其中，规模以上单位零售额…);
- against the time gone by (序时进度, 时间进度): 完成年初预算36.7%，快于序时进度3.4个百分点 in 1-4月 —
  the share of the year's plan less 4/12 (慢于, 低于: the other way; *stated* when the sentence
  names its months, *linked* when they are carried from before);
- against another period of the same subject: 9月份全国城镇调查失业率为4.9%，比上月下降0.2个百分点,
  with 7、8、9三个月…分别为5.1%、5.1%和4.9% elsewhere; 比一季度提高0.3个百分点 with the first
  quarter's rate of the same subject stated.

A part's share of a whole and its change (占外贸总值的59.5%，比重提升1.1个百分点, 同比提高, 比重较去年同期
提高), with the part's growth (its level's, or its rate alone: 以一般贸易方式进出口增长4.8%) and the whole's
stated before: last year's share is s × (1 + g) / (1 + gᵢ) (*linked*; never against another year or
month: 占比较2013年提升, 比重比上月提高; never of a rate over years or against the month before). The same
for a share found with its part and whole that names no whole after 占 (:func:`changes_of_shares`): of
trade (民营企业进出口…占全省比重较去年同期提升1.7个百分点，提升至56.8%: the change before the share) or a
资产负债率 (负债合计25278.2亿元，增长6.1%；…资产负债率为54.7%，同比下降0.9个百分点).

A period named after 比/较 with its change right after it (较上半年回升) is the base of the change, not
the period of what follows it.

A difference of a 降幅 (降幅收窄2.2个百分点) is one of the rate's size, with the opposite sign. The
rates are tied across sentences by their words: the relation is *linked* (a warning at most),
*stated* when both rates are in the sentence of the difference.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache

from ..patterns import compiled, later
from . import sections
from .claims import DraftClaim
from .composition import measure, rate_of
from .scope import Found, Scope, exact, is_level, is_share, listed_item

__all__ = ["carried", "changes_of_shares", "find", "period_of", "whole_named", "whole_named_after_place",
           "whole_of"]

_SUBJECT_THAN = later(r"(?:高于|高出|快于|超出|领先|低于|慢于|落后于?)([^，,。；;：:]{1,16}?)"
                           r"(?:的?平均水平|的?平均值|平均增速|平均)?$")
_THAN = later(r"(?:比|较)([^，,。；;：:比]{1,16}?)(?:高出|高|低|快|慢|提高|提升|加快|回落|下降|"
                   r"放缓|收窄|扩大|回升|上升)$")
_LOWER_WORDS = later(r"(?:低于|慢于|落后于?|低|慢)[^，,。；;：:]*$")
_PERIOD = later(r"^(?:(?:19|20)\d\d年(?:同期|全年)?|上年(?:同期|全年)?|去年(?:同期|全年)?|同期|上月|"
                     r"上季度|上半年|下半年|[一二三四]季度|前三季度|\d{1,2}(?:-|—|～|~|至)\d{1,2}月份?|"
                     r"\d{1,2}月份?|全年)$")
#: A period named after 比/较 with the change right after it is the base of the change (较上半年回升
#: 0.3个百分点, 比5月份加快), not the period of what follows; one with its figure after it is that
#: figure's (比2020年的73129亿元).
_BASE_CHANGE = (r"(?!份?(?:同期)?(?:提高|提升|回升|加快|回落|下降|放缓|收窄|扩大|上升|增加|减少|增长|"
                r"高|低|快|慢))")
_SUB_PERIOD_CORE = r"(?:前三季度|[一二三四]季度|上半年|下半年|\d{1,2}(?:-|—|～|~|至)\d{1,2}月|全年)"
_SUB_PERIOD = later(rf"(?:(?<![比较])|(?<=[比较])(?={_SUB_PERIOD_CORE}{_BASE_CHANGE})){_SUB_PERIOD_CORE}")
_YEAR = later(r"((?:19|20)\d\d)年")
_MONTH = later(rf"(?:(?<![\d、\-~～比较])|(?<=[比较])(?=\d{{1,2}}月{_BASE_CHANGE}))(\d{{1,2}})月份?")


def find(scope: Scope) -> list[Found]:
    found: list[Found] = [f for k in range(1, len(scope.claims))
                          if (f := _than_with_its_points(scope, k)) is not None]
    found.extend(_share_changes(scope))
    found.extend(_paces(scope))
    for c in scope.claims:
        q = c.figure.quantity
        if q is None or q.unit.dimension != "pp" or not exact(c):
            continue
        a, _ = scope.clause(c)
        words = _PAIRED_BEFORE.sub("", scope.text(a, c.figure.number_start))  # 高6.7和13.8个百分点
        if "拉动" in words or "贡献" in words:
            continue
        stated = _than_written(scope, c, words) or _than_in_brackets(scope, c) \
            or _both_named(scope, c, words) or _highest_lowest(scope, c, words)
        if stated is not None:
            found.append(stated)
            continue
        rate = _rate_before(scope, c, words)
        if rate is None:
            continue
        m = _SUBJECT_THAN.search(words) or _THAN.search(words)
        if m is None:
            continue
        other_words, named = m.group(1), False
        lower = bool(_LOWER_WORDS.search(words)) and not (q.interval.hi is not None and q.interval.hi < 0)
        if "降幅" in words and q.interval.hi is not None and q.interval.hi < 0:
            lower = not lower  # the 降幅 narrowed by −x: the rate rose (a positive x says so already)
        if _PERIOD.match(other_words):
            other = _same_subject_then(scope, rate, other_words)
            if other is None:  # 6月份增长3.9%，比上月加快3.2个百分点 after 5月份…增长0.7% in its sentence
                other = _then_in_its_sentence(scope, rate, c, other_words)
                named = other is not None
        elif (whole := whole_named_after_place(other_words)) is not None:
            other = _whole_rate(scope, rate, whole)
        elif _REGION.fullmatch(other_words):
            place = _REGION.fullmatch(other_words).group(1)
            other = _benchmark(scope, rate, place) or _region_whole(scope, rate, place)
        elif _WHOLE_ALONE.fullmatch(other_words):  # 进出口增速高于整体6.8个百分点
            whole = _whole_of_own_words(scope, rate)
            other = _whole_rate(scope, rate, whole) if whole is not None else None
        else:
            other = _other_subject(scope, rate, other_words.removeprefix("同期"))
            named = other is not None and _one_full_sentence(scope, other, c)  # over ；
        if other is None:
            continue
        fields: dict = {"points": c.id, "rate": rate.id, "than": other.id}
        if lower:
            fields["lower"] = True
        how = "stated" if scope.same_sentence(other, c) or named else "linked"
        found.append(Found("points", fields, how, c, "a difference of two rates in 百分点",
                           f"{c.id}_points"))
    return found


#: 比上年的2.3%, 比XGBoost的71.28%, 较6月的失业率5% (a date's digits and the rate's own name
#: between 的 and the figure).
_AGAINST = later(r"^[，,]?(?:增速|增幅|涨幅|增长速度)?(?:比|较|相比|相对于?)"
                 r"(?:[^，,。；;：:\d%]|\d{1,4}(?:年|月份?|季度|日))"
                 r"{0,20}?的(?:[^，,。；;：:\d%]{0,6}(?:率|增速|增幅|涨幅))?$")
#: The change right after the other rate, or after a comma (较6月的失业率5%，上升0.2个百分点).
_BY = later(r"^[，,]?(?:提高|提升|加快|上升|回升|高出|高|快|回落|下降|放缓|低|慢)了?$")
_FALLS = ("回落", "下降", "放缓", "低", "慢")


def _than_written(scope: Scope, c: DraftClaim, words: str) -> Found | None:
    """增长8.1%，比上年的2.3%提高5.8个百分点: both rates written in the sentence, the other right
    before the difference, after 比…的."""
    k = scope.index(c)
    if k < 2 or "降幅" in words:
        return None
    rate, than = scope.claims[k - 2:k]
    between = scope.text(than.end, c.figure.number_start)
    if not _BY.match(between) or than.growth is not None or not _rates_compared(scope, rate, than):
        return None
    fields: dict = {"points": c.id, "rate": rate.id, "than": than.id}
    q = c.figure.quantity
    if between.rstrip("了") in _FALLS and (q.interval.lo is None or q.interval.lo >= 0):
        fields["lower"] = True  # 回落5.8个百分点 is read −5.8 already: no second sign
    return Found("points", fields, "stated", c, "a difference of two rates written in its sentence",
                 f"{c.id}_points")


#: The other subject's rate in brackets after its name: 增长10.3%，高于全国（9.6%）0.7个百分点.
_BRACKETED_THAN = later(r"(?:高于|低于|快于|慢于|高出|超出)[^，,。；;：:（()）\d%]{1,16}[（(][-−－]?$")
#: The rate of the period or subject compared with in brackets, the change after them: 增长8.1%，居全省第六
#: 位，较去年同期（-1.1%）提高9.2个百分点 (朔州统计局); 比全国平均水平（9.6%）高2.7个百分点;
#: 比全省制造业增加值平均增速（9.7%）高16.4个百分点 (华龙区统计).
_BRACKETED_BASE = later(r"(?:比|较)[^，,。；;：:（()）\d%比较]{1,16}[（(][-−－]?$")
_BRACKET_THEN = later(r"^[）)](?:(提高|提升|加快|回升|上升|高出|高|快)|(回落|下降|放缓|低|慢))?了?$")
#: The size of a fall named (降幅比全国（5.1%）…): no signed rate compared.
_SIZE_OF_FALL = later(r"降幅|跌幅|减幅")


def _bracketed(scope: Scope, k: int) -> DraftClaim | None:
    """The rate in brackets the difference at k is from (…（9.6%）0.7个百分点, …（-1.1%）提高9.2个百分点),
    or None."""
    c, than = scope.claims[k], scope.claims[k - 1]
    if _BRACKET_THEN.match(scope.text(than.end, c.figure.number_start)) is None or not exact(than) \
            or than.figure.change_word is not None or not is_share(than):
        return None
    return than


def _than_in_brackets(scope: Scope, c: DraftClaim) -> Found | None:
    """增长10.3%，高于全国（9.6%）0.7个百分点; 增长8.1%，…，较去年同期（-1.1%）提高9.2个百分点: the other
    rate written in brackets right after the name of its subject or period, the difference right
    after them, the rate it is of the last one before them in the sentence (past a rank and past
    another such difference of the same rate, never past another difference): 10.3 − 9.6 = 0.7,
    8.1 − (−1.1) = 9.2 (stated). A fall is its signed rate (同比下降0.3%，增速比全市平均增速（8.1%）低8.4个
    百分点: −0.3 − 8.1 = −8.4), unless the words compare the size of the fall (降幅)."""
    k = scope.index(c)
    if k < 2:
        return None
    than = _bracketed(scope, k)
    if than is None:
        return None
    rate, j = None, k - 2
    while j >= 0:
        x = scope.claims[j]
        q = x.figure.quantity
        if not scope.same_sentence(x, c) or q is None:
            return None
        if q.unit.dimension == "pp":
            if j < 2 or _bracketed(scope, j) is None:
                return None
            j -= 2  # 比全市…（14.4%）高11.7个百分点，比全省…（9.7%）高16.4个百分点: the same rate's
            continue
        if q.unit.dimension == "ratio" or rate_of(x) is not None:  # 26143元，增长10.3%: the level's
            rate = x
            break
        if q.unit.dimension != "rank":
            return None
        j -= 1
    if rate is None or not exact(rate):
        return None
    words = scope.text(rate.end, than.figure.number_start)
    then = _BRACKET_THEN.match(scope.text(than.end, c.figure.number_start))
    named = _BRACKETED_THAN.search(words) if then.lastindex is None else \
        _BRACKETED_BASE.search(words) and not _BRACKETED_THAN.search(words)
    if not named:
        return None
    value = rate_of(rate)
    if value is None or value.quantity is None or value.quantity.qualifier is not None:
        return None
    signed = value.quantity.interval.hi is not None and value.quantity.interval.hi < 0  # 下降0.3%: −0.3%
    if value.change_word in ("下降", "减少", "降低", "回落", "下滑", "下跌", "负增长") \
            and (_SIZE_OF_FALL.search(words) or not signed):
        return None
    fields: dict = {"points": c.id, "rate": rate.id, "than": than.id}
    q = c.figure.quantity.interval
    if _LOWER_WORDS.search(words) or (then.group(2) and (q.lo is None or q.lo >= 0)):
        fields["lower"] = True
    return Found("points", fields, "stated", c, "a difference from a rate written in brackets",
                 f"{c.id}_points")


_RATE_WORD = r"(?:的)?(?:同比)?(?:增速|增幅|涨幅|增长速度|增长)?(?:也|还|均|仍)?"
_NAMED_THAN = later(rf"^(?P<a>[^，,。；;：:\d%]{{2,20}}?){_RATE_WORD}(?P<verb>高于|快于|低于|慢于|高出|超出)"
                   rf"(?P<b>[^，,。；;：:\d%]{{2,20}}?){_RATE_WORD}$")
_NAMED_FALLS = ("低于", "慢于")


def _both_named(scope: Scope, c: DraftClaim, words: str) -> Found | None:
    """城镇居民人均可支配收入…增长8.0%…；农村居民人均可支配收入…增长8.9%…。农村居民收入增速快于城镇居民
    0.9个百分点: the two rates the words before the difference name, each the only rate whose words
    hold the longest start of its name, in the full sentence before the difference (*stated*), or
    when it has none, in the full sentence before it (*linked*)."""
    m = _NAMED_THAN.match(words)
    if m is None or "降幅" in words:
        return None
    a = max(scope.plain.rfind(mark, 0, c.figure.start) for mark in "。！？!?\n") + 1  # over ；
    how, rates = "stated", _plain_rates(scope, a, c.figure.start)
    if not rates and a > 0 and scope.plain[a - 1] != "\n":  # 。农村居民收入增速快于城镇居民0.9个百分点
        before = max(scope.plain.rfind(mark, 0, a - 1) for mark in "。！？!?\n") + 1
        how, rates = "linked", _plain_rates(scope, before, a)
    rate, than = (_named_rate(scope, rates, m.group(g)) for g in ("a", "b"))
    if rate is None or than is None or rate is than:
        return None
    fields: dict = {"points": c.id, "rate": rate.id, "than": than.id}
    q = c.figure.quantity
    if m.group("verb") in _NAMED_FALLS and (q.interval.lo is None or q.interval.lo >= 0):
        fields["lower"] = True
    return Found("points", fields, how, c, "a difference of two rates its sentence names",
                 f"{c.id}_points")


_HIGH_LOW_GAP = later(r"^(?:高低|最高与最低|最高和最低|最快与最慢|最快和最慢|两者|二者)?(?:之间)?"
                      r"(?:相差|差距为|差距达|相差了)(?:为|达)?$")
_HIGHEST = later(r"最高|最快")
_LOWEST = later(r"最低|最慢")


def _highest_lowest(scope: Scope, c: DraftClaim, words: str) -> Found | None:
    """增速最高为邢台县（同比增长55.5%），增速最低为任县（同比下降13.2%），高低相差68.7个百分点: the
    highest rate less the lowest, each the only rate of the full sentence before the difference whose
    clause names it the highest (最高, 最快) or the lowest (最低, 最慢); stated."""
    if not _HIGH_LOW_GAP.match(words):
        return None
    a = max(scope.plain.rfind(mark, 0, c.figure.start) for mark in "。！？!?\n") + 1  # over ；
    rates = [x for x in scope.in_span(a, c.figure.start) if (r := rate_of(x)) is not None
             and exact(x) and r.quantity is not None and r.quantity.qualifier is None]
    clauses = [scope.text(scope.clause(x)[0], x.figure.number_start) for x in rates]
    high = [x for x, w in zip(rates, clauses, strict=True) if _HIGHEST.search(w) and not _LOWEST.search(w)]
    low = [x for x, w in zip(rates, clauses, strict=True) if _LOWEST.search(w) and not _HIGHEST.search(w)]
    if len(high) != 1 or len(low) != 1:
        return None
    return Found("points", {"points": c.id, "rate": high[0].id, "than": low[0].id}, "stated", c,
                 "the highest rate less the lowest", f"{c.id}_points")


def _one_full_sentence(scope: Scope, x: DraftClaim, y: DraftClaim) -> bool:
    """Whether two claims are in one full sentence (to its 。, over ；)."""
    a, b = sorted((x.figure.start, y.figure.start))
    return not any(mark in scope.plain[a:b] for mark in "。！？!?\n")


def _plain_rates(scope: Scope, a: int, b: int) -> list[DraftClaim]:
    """The rates in plain[a:b] that are no fall and no bound (增长8.2%, not 下降1.2%, 超过5%)."""
    return [x for x in scope.in_span(a, b) if (r := rate_of(x)) is not None and exact(x)
            and r.quantity is not None and r.quantity.qualifier is None
            and r.change_word not in ("下降", "减少", "降低", "回落", "下滑", "下跌", "负增长")]


def _named_rate(scope: Scope, rates: list[DraftClaim], name: str) -> DraftClaim | None:
    """The rate whose label (or words before it) holds the longest start of the name, of two
    characters or more, when no other holds one as long."""
    best, found = 1, []
    for x in rates:
        words = (x.label or "") + "|" + scope.text(scope.clause(x)[0], x.figure.number_start)
        n = next((k for k in range(len(name), best - 1, -1) if name[:k] in words), 0)
        if n > best:
            best, found = n, [x]
        elif n == best and n > 1:
            found.append(x)
    return found[0] if len(found) == 1 else None


def _than_with_its_points(scope: Scope, k: int) -> Found | None:
    """Macro-F1为72.16%，比XGBoost的71.28%提高0.88个百分点: the difference read as the change of the
    rate it follows; checked as `rate − than == difference` (than − rate after 回落, 低)."""
    rate, than = scope.claims[k - 1:k + 1]
    g = than.growth
    if g is None or g.quantity is None or g.quantity.unit.dimension != "pp" or not exact(than) \
            or g.quantity.qualifier is not None or not _rates_compared(scope, rate, than):
        return None
    between = scope.text(than.figure.end, g.number_start)
    if not _BY.match(between):
        return None
    q = g.quantity.interval
    falls = between.rstrip("了") in _FALLS and (q.lo is None or q.lo >= 0)
    value = f"{rate.id}.growth" if rate.growth is not None else rate.id
    high, low = (than.id, value) if falls else (value, than.id)
    return Found("expect", {"expect": f"{high} - {low} == {than.id}.growth"}, "stated", than,
                 "a difference of two rates written in its sentence", f"{than.id}_points")


def _rates_compared(scope: Scope, rate: DraftClaim, than: DraftClaim) -> bool:
    """Whether than is a plain rate written after 比…的 right after rate, a rate of its sentence
    that is no fall (下降1.2%, 降幅比…: the size of the fall, not the signed rate)."""
    if not scope.same_sentence(rate, than) or not exact(rate) or not exact(than) \
            or not _AGAINST.match(scope.text(rate.end, than.figure.number_start)) \
            or than.figure.change_word is not None or not is_share(than):
        return False
    value = rate_of(rate) or (rate.figure if is_share(rate) else None)
    return value is not None and value.quantity is not None and value.quantity.qualifier is None \
        and value.change_word not in ("下降", "减少", "降低", "回落", "下滑", "下跌", "负增长")


def _rate_before(scope: Scope, c: DraftClaim, words: str) -> DraftClaim | None:
    """The rate the difference is of: the last rate before it in its sentence, in its clause or
    the one before (同比增长12.8%，高于…; 失业率为4.9%，比上月…); a share when the clause speaks of
    a share (比重…比同期提高)."""
    s_start, s_end = scope.sentence(c)
    share = bool(compiled(r"比重|占比").search(words))
    at = scope.plain.rfind("分别", s_start, c.figure.start)
    if at >= 0:  # A增长15.2%，B增长22.3%，增速分别比Z高6.7和13.8个百分点: item by item
        listed = [x for x in scope.in_span(at, s_end) if x.figure.quantity is not None
                  and x.figure.quantity.unit.dimension == "pp"]
        rates = [x for x in scope.in_span(s_start, at) if rate_of(x) is not None and exact(x)]
        if len(listed) >= 2:
            return rates[listed.index(c)] if len(rates) == len(listed) and c in listed else None
    if _THIS_FIGURE.match(words):
        return _only_rate_before(scope, s_start)
    clauses = 0
    previous = scope.clause(c)[0]
    for other in reversed(scope.claims[:scope.index(c)]):
        if other.figure.start < s_start:
            return None
        a, _ = scope.clause(other)
        q = other.figure.quantity
        if a < previous:
            previous = a
            if not _another_comparison(scope, other):
                clauses += 1  # 下降5.3%，低于全市…14.9个百分点，低于采矿业…19.7个百分点: the same rate's
        if clauses > 1:
            return None
        if q is None or q.unit.dimension == "pp":
            continue
        if share:
            return other if is_share(other) and exact(other) else None
        if rate_of(other) is not None and exact(other):
            return other
        if is_share(other) and exact(other) and not other.figure.is_rate:
            return other  # a rate of its own: 失业率为4.9%
        return None
    return None


def _another_comparison(scope: Scope, c: DraftClaim) -> bool:
    """Whether a claim is a difference in 百分点 against another subject in a clause of its own
    (，低于全市工业增加值增速14.9个百分点): what follows it may compare the same rate again."""
    q = c.figure.quantity
    if q is None or q.unit.dimension != "pp":
        return False
    words = scope.text(scope.clause(c)[0], c.figure.number_start)
    return bool(_SUBJECT_THAN.match(words)) and "拉动" not in words


_PAIRED_BEFORE = later(r"(?:[\d.]+(?:个)?(?:和|、|与|及))+$")
_THIS_FIGURE = later(r"^(?:这一|该|此)(?:数据|数字|增速|增幅|速度)")


def _only_rate_before(scope: Scope, s_start: int) -> DraftClaim | None:
    """The rate 这一数据 speaks of: the only rate of the sentence before (19.8%的同比增速目前仅次于
    湖北省，全国排名第二。这一数据还高出全国1.5个百分点)."""
    if s_start == 0:
        return None
    before = scope.sentence_of_offsets(s_start - 1, s_start - 1)
    rates = [c for c in scope.in_span(*before) if c.figure.quantity is not None
             and c.figure.quantity.unit.dimension == "ratio" and exact(c)]
    return rates[0] if len(rates) == 1 else None


_REGION = later(r"(全国|全省|全市|全区|全县)(?:同期)?(?:的)?(?:平均)?(?:水平|增速|增幅|值)?")
_RESTATED = later(r"^的(?:同比)?(?:增速|增幅|增长速度)")
_REGION_AFTER = {place: later(rf"^的?{place}(?:同期)?的?(?:平均)?(?:水平|增速|增幅|平均值|平均数|值)")
                 for place in ("全国", "全省", "全市", "全区", "全县")}
_PLACE_PREFIX = later(r"^.*?(?:全国|全省|全市|全区|全县|[省市区县])")
_VERB_END = later(r"(?:同比|比上年)?(?:增长|下降|增速|增幅)$")


def _benchmark(scope: Scope, rate: DraftClaim, place: str) -> DraftClaim | None:
    """The rate of the region named (全国) of the thing the rate is of, stated before it anywhere
    in the article for the same period: the only one, or none when the article states two that
    differ."""
    own = _restated(scope, rate)
    topic = _topic(scope, own)
    if topic is None:
        return None
    when, average = period_of(scope, rate), _is_average(scope, own)
    found = []
    for c in scope.claims[:scope.index(rate)]:
        value = rate_of(c)
        if value is None or not exact(c) or c.period != rate.period or not _names_region(scope, c, place):
            continue
        if _topic(scope, c, topic) == topic and _agree(period_of(scope, c), when) \
                and _is_average(scope, c) == average:
            found.append(c)
    values = {(rate_of(c).quantity.interval.lo, rate_of(c).quantity.interval.hi) for c in found}
    return found[-1] if len(values) == 1 else None


#: The whole of a measure by its name, after the place and the period: what 全市平均增速 is the
#: rate of for a part of it (1—7月，沧州市2057家规上工业企业完成增加值同比增长9.5% … 装备制造业增加值
#: 同比增长15.5%，高于全市平均增速6个百分点).
_WHOLE_OF_MEASURE = later(r"^(?:(?:\d+家)?(?:规模以上|规上)?工业(?:企业)?(?:完成|实现)?(?:工业)?"
                          r"(?:增加值|总产值|产值)|(?:地区)?生产总值|GDP|(?:全社会)?固定资产投资|"
                          r"社会消费品零售总额)$")
_GROWTH_TAIL = later(r"(?:同比|比上年)?(?:增长|下降|增速|增幅)$")
#: How the whole of a region names it: 全市 or a city's name (沧州市), 全省 or a province's.
_REGION_NAMES = {"全国": later(r"全国|我国|中国"), "全省": later(r"全省|[\u4e00-\u9fff]{2,3}省"),
                 "全市": later(r"全市|[\u4e00-\u9fff]{2,3}市"), "全区": later(r"全区|[\u4e00-\u9fff]{2,3}区"),
                 "全县": later(r"全县|[\u4e00-\u9fff]{2,3}县")}


def _region_whole(scope: Scope, rate: DraftClaim, place: str) -> DraftClaim | None:
    """The rate of the whole of a measure in the region (全市平均增速) a part of it is compared
    with, when the region's rate is of that whole (沧州市…规上工业企业完成增加值同比增长9.5% for 装备制造
    业增加值…高于全市平均增速6个百分点): the nearest before, up to 30 lines, of the same measure and
    period, named as the whole by its label and as the region's by its words; never the rate's
    own (a whole against a wider region)."""
    kind = _rate_measure(_subject_text(scope, rate))
    if kind is None or rate_of(rate) is None or _is_whole_of_measure(rate):
        return None
    when, average, then = period_of(scope, rate), _is_average(scope, rate), carried(scope, rate)
    for c in reversed(scope.claims[:scope.index(rate)]):
        if rate.line - c.line > 30:
            return None
        if rate_of(c) is None or not exact(c) or c.period != rate.period or not _is_whole_of_measure(c):
            continue
        if _REGION_NAMES[place].search(scope.text(scope.clause(c)[0], c.figure.number_start)) \
                and _rate_measure(_subject_text(scope, c)) == kind and _agree(period_of(scope, c), when) \
                and _is_average(scope, c) == average and carried(scope, c) == then:
            return c
    return None


def _is_whole_of_measure(c: DraftClaim) -> bool:
    return bool(_WHOLE_OF_MEASURE.match(_GROWTH_TAIL.sub("", _LEADING.sub("", c.label or ""))))


def _names_region(scope: Scope, c: DraftClaim, place: str) -> bool:
    """Whether a rate is the region's: the region in its clause before it (全国GDP增长18.3%) or
    right after it (超过18.3%的全国平均水平)."""
    a, _ = scope.clause(c)
    end = rate_of(c).end if rate_of(c) is not c.figure else c.figure.end
    return place in scope.text(a, c.figure.number_start) or \
        bool(_REGION_AFTER[place].match(scope.text(end, end + 16)))


def _restated(scope: Scope, c: DraftClaim) -> DraftClaim:
    """For a rate restated as X%的增速 (19.5%的增速，也高于…), the claim the same rate was stated
    with in the lines just before (浙江省GDP为16347亿元，同比增长19.5%); else the claim itself."""
    if not _RESTATED.match(scope.text(c.figure.end, c.figure.end + 8)):
        return c
    q = c.figure.quantity
    for other in reversed(scope.claims[:scope.index(c)]):
        if c.line - other.line > 3:
            break
        value = rate_of(other)
        if value is not None and value.quantity is not None and q is not None \
                and value.quantity.interval == q.interval and _measure_or_gdp(_own_words(scope, other)):
            return other
    return c


def _own_words(scope: Scope, c: DraftClaim) -> str:
    """A claim's label and the words of its clause before it (not the rest of its sentence)."""
    a, _ = scope.clause(c)
    return (c.label or "") + "|" + scope.text(a, c.figure.number_start)


def _measure_or_gdp(words: str) -> str | None:
    """GDP when some words name it, else what they measure (增加值, 收入 …) or None."""
    return "GDP" if _GDP.search(words) else measure(words)


def _topic(scope: Scope, c: DraftClaim, like: str | None = None) -> str | None:
    """What a rate is the growth of: GDP (its words name the GDP), else its measure and the name
    before it without its place (安徽省规模以上工业增加值 → 增加值|规模以上工业增加值). With
    ``like``, a name that holds the other's (全国规模以上工业增加值) is the same thing."""
    words = _own_words(scope, c)
    kind = _measure_or_gdp(words)
    if kind is None or kind == "GDP":
        return kind
    name = _VERB_END.sub("", _PLACE_PREFIX.sub("", c.label or ""))
    if len(name) < 2:
        return None
    if like is not None and like.startswith(kind + "|") and like.split("|", 1)[1] in (c.label or ""):
        return like
    return f"{kind}|{name}"


def _value(c: DraftClaim):
    return rate_of(c) or c.figure


def period_of(scope: Scope, c: DraftClaim) -> tuple[str | None, str | None, int | None]:
    """(year, sub-period, month) a claim's sentence states before it, else its paragraph."""
    s_start, _ = scope.sentence(c)
    p_start = scope.plain.rfind("\n", 0, c.figure.start) + 1
    if s_start < p_start:  # a sentence over a line break: its words read as one text
        spans = [_marks_in(scope.text(s_start, c.figure.start))]
    else:
        spans = [_marks_between(scope.plain, s_start, c.figure.start)]
    spans.append(_marks_between(scope.plain, p_start, s_start))
    year = sub = month = None
    for marks in spans:
        year = year if year is not None else marks[0]
        if month is None:  # a month the sentence names is its period (10月份，… after 比1-9月份)
            sub = sub if sub is not None else marks[1]
        if month is None and sub is None and marks[2] is not None:
            month = int(marks[2])
    return year, sub, month


_PERIOD_MARKS = (_YEAR, _SUB_PERIOD, _MONTH)
_Marks = tuple[str | None, str | None, str | None]


def _mark(m: re.Match[str]) -> str:
    return m.group(1) if m.re.groups else m.group(0)


def _marks_in(text: str) -> _Marks:
    """The last year, sub-period and month the text names."""
    last = [None if (m := list(p.finditer(text))) == [] else _mark(m[-1]) for p in _PERIOD_MARKS]
    return last[0], last[1], last[2]


def _marks_between(plain: str, a: int, b: int) -> _Marks:
    """:func:`_marks_in` of plain[a:b] (in one line), from the marks of the text found once: the
    last mark that ends by b, when it starts at a or after (a paragraph of many sentences is not
    read again for each of its figures)."""
    last: list[str | None] = []
    for starts, ends, values in _period_marks(plain):
        j = bisect.bisect_right(ends, b) - 1
        last.append(values[j] if j >= 0 and starts[j] >= a else None)
    return last[0], last[1], last[2]


_WORD_RUN = later(r"\S+")


def _squeezed(line: str, offset: int) -> tuple[Sequence[int], str]:
    """A line's words without their spaces, and the offset in the text of each character kept
    (the line starts at ``offset``)."""
    runs = [(m.start(), m.end()) for m in _WORD_RUN.finditer(line)]
    if len(runs) == 1 and runs[0] == (0, len(line)):
        return range(offset, offset + len(line)), line  # most lines: no space at all
    kept: list[int] = []
    for a, b in runs:
        kept.extend(range(offset + a, offset + b))
    return kept, "".join(line[a:b] for a, b in runs)


@lru_cache(maxsize=8)
def _period_marks(plain: str) -> list[tuple[list[int], list[int], list[str]]]:
    """For each of year, sub-period and month: where its marks start and end in the text and what
    they name, read line by line over the words without their spaces (as :meth:`Scope.text`)."""
    found: list[tuple[list[int], list[int], list[str]]] = [([], [], []) for _ in _PERIOD_MARKS]
    offset = 0
    for line in plain.split("\n"):
        kept, words = _squeezed(line, offset)
        for pattern, (starts, ends, values) in zip(_PERIOD_MARKS, found, strict=True):
            for m in pattern.finditer(words):
                starts.append(kept[m.start()])
                ends.append(kept[m.end() - 1] + 1)
                values.append(_mark(m))
        offset += len(line) + 1
    return found


def _agree(a: tuple, b: tuple) -> bool:
    """Whether two (year, sub-period, month) may be one period: unknown parts agree with any,
    but a month alone (8月份) is not a span of months (1—8月份)."""
    if any(x[1] is not None and x[2] is None and y[1] is None and y[2] is not None
           for x, y in ((a, b), (b, a))):
        return False
    return all(x is None or y is None or x == y for x, y in zip(a, b, strict=True))


#: The whole alone, of the measure the rate is of: 高于整体, 高出外贸整体 (民营企业进出口增速高于整体
#: 6.8个百分点: the growth of all trade).
_WHOLE_ALONE = later(r"(?:外贸)?(?:整体|总体)(?:增速|增幅|水平)?")
#: The words after the name of what the other rate is of: 比全省规模以上工业增加值增速高.
_RATE_TAIL = later(r"(?:的)?(?:增速|增幅|增长速度)$")
#: All of what is named (快于全部规模以上工业, 高于全部工业): the subject that is the whole of it, not
#: one of its parts (规模以上工业高新技术产业增加值 is no 全部工业).
_ALL_OF = later(r"^全部(.{2,12})$")
_NAME_TAIL = later(r"(?:增加值|总产值|产值|营业收入|利润总额|利润)?(?:同比|比上年)?(?:增长|下降|增速|增幅)?$")


def _whole_of_own_words(scope: Scope, rate: DraftClaim) -> str | None:
    """The whole of the measure a part's rate names by its own words (民营企业进出口 → 进出口)."""
    words = _own_words(scope, rate)
    return next((w for w in ("进出口", "出口", "进口") if w in words), None)


def _other_subject(scope: Scope, rate: DraftClaim, words: str) -> DraftClaim | None:
    """The rate of the same measure that an earlier sentence states for the subject named; for
    the GDP (高于GDP增速, 快于全市经济增速), the GDP's own rate of the same kind; for 全部X, the
    rate whose subject is X itself (规模以上工业增加值 for 全部规模以上工业 and 全部工业)."""
    if _GDP.search(words):
        return _gdp_rate(scope, rate)
    kind = _rate_measure(_subject_text(scope, rate))
    if rate_of(rate) is None or kind is None or len(words) < 2:
        return None
    whole = _ALL_OF.match(_RATE_TAIL.sub("", words))
    if whole is not None:
        return _all_of(scope, rate, whole.group(1), kind)
    when = period_of(scope, rate)
    bare = _RATE_TAIL.sub("", words)  # 低于采矿业增加值增速: the subject named, at the head of its label
    for c in reversed(scope.claims[:scope.index(rate)]):
        if rate.line - c.line > 8:
            return None
        if rate_of(c) is None or not exact(c) or c.period != rate.period:
            continue
        text = _subject_text(scope, c)
        named = words in c.label if c.label else words in text  # the claim's own subject
        if not named and bare != words and len(bare) >= 2 and c.label:
            named = _LEADING.sub("", c.label).startswith(bare)
        if named and _rate_measure(text) == kind and _agree(period_of(scope, c), when):
            return c
    return None


#: What may stand before the name of all of something in the name of its rate: its place and the
#: words of its scope (全部工业: 规模以上工业增加值; 全部投资: 全社会固定资产投资), never a part's name
#: (第二产业投资 is no 全部投资, 规模以上工业高新技术产业 no 全部工业).
_WHOLE_PREFIX = later(r"(?:全国|全省|全市|全区|全县|我国|[\u4e00-\u9fff]{2,3}[省市区县])?"
                      r"(?:规模以上|规上|全社会)?(?:固定资产)?")


def _all_of(scope: Scope, rate: DraftClaim, name: str, kind: str) -> DraftClaim | None:
    """The nearest rate before, in the lines just before, of the same measure and period, whose own
    name is the name after its place and scope (规模以上工业增加值增长6.0% for 全部工业, and for 全部工业
    增加值: the measure's name is no part of the subject's)."""
    name = _NAME_TAIL.sub("", name) or name
    when = period_of(scope, rate)
    for c in reversed(scope.claims[:scope.index(rate)]):
        if rate.line - c.line > 8:
            return None
        if rate_of(c) is None or not exact(c) or c.period != rate.period or c.label is None:
            continue
        own = _NAME_TAIL.sub("", _LEADING.sub("", c.label))
        if _WHOLE_PREFIX.fullmatch(own.removesuffix(name)) and own.endswith(name) \
                and _rate_measure(_subject_text(scope, c)) == kind \
                and _agree(period_of(scope, c), when):
            return c
    return None


_PER_HEAD = later(r"人均(?:可支配收入|生活消费支出|消费支出|纯收入|现金收入|工资性收入|经营净收入|财产净收入|"
                  r"转移净收入)")


def _rate_measure(text: str) -> str | None:
    """What a rate is the growth of: a measure (增加值, 收入 …), or a per-head one (人均可支配收入),
    whose rates compare though their levels do not add up."""
    kind = measure(text)
    if kind is None and (found := _PER_HEAD.findall(text)):
        return found[-1]
    return kind


_GDP = later(r"(?:地区|国内)?生产总值|GDP|经济增速|经济增长")
_AVERAGE_RATE = later(r"[两三四五]年(?:平均|年均)")


def _gdp_rate(scope: Scope, rate: DraftClaim) -> DraftClaim | None:
    """The GDP's rate a part's rate is compared with (数字经济核心产业增加值…两年平均增长13.6%，高于
    GDP增速6.6个百分点): the latest rate of the same period stated for the GDP within a few lines,
    a two-year average for a two-year average, a year's growth for a year's growth."""
    if rate_of(rate) is None or _GDP.search(_owner(scope, rate)):
        return None
    average = _is_average(scope, rate)
    for c in reversed(scope.claims[:scope.index(rate)]):
        if rate.line - c.line > 8:
            return None
        if rate_of(c) is None or not exact(c) or c.period != rate.period:
            continue
        if _GDP.search(_owner(scope, c)) and _is_average(scope, c) == average \
                and _agree(period_of(scope, c), period_of(scope, rate)):
            return c
    return None


def _owner(scope: Scope, c: DraftClaim) -> str:
    """The label of what a rate is the growth of: its own, or for a bare rate (；两年平均增长7.0%)
    the level or rate it follows in its sentence (GDP达到了8646亿元，同比增长12.7%)."""
    s_start = max(scope.plain.rfind(mark, 0, c.figure.start) + 1 for mark in "。\n")  # past ；
    for owner in reversed(scope.claims[:scope.index(c) + 1]):
        if owner.figure.start < s_start:
            break
        label = compiled(r"(?:同比|比上年|[两三四五]年平均|年均)?(?:增长|下降|增速)$").sub(
            "", owner.label or "")
        if len(label) >= 2 and not label.startswith(("两年", "比", "较")):
            return compiled(r"占.*$").sub("", label)  # 增加值占GDP的26.7%: not the GDP's
    return ""


def _is_average(scope: Scope, c: DraftClaim) -> bool:
    value = rate_of(c) or c.figure
    return bool(_AVERAGE_RATE.search(scope.text(scope.clause(c)[0], value.number_start)))


def _subject_text(scope: Scope, c: DraftClaim) -> str:
    a, _ = scope.sentence(c)
    return (c.label or "") + "|" + scope.text(a, c.figure.start)


_LEADING = later(r"^(?:(?:19|20)\d\d年|[一二三四]季度|上半年|前三季度|"
                      r"\d{1,2}(?:[、-]\d{1,2})*(?:[一二三四五六七八九十]个)?月份?|[，,、\s])+")
_TRAILING = later(r"(?:分别|依次)?(?:为|是|达到|达)?(?:同比|比上年)?(?:增长|下降|上涨|下跌|增加|减少)?$")


def _subject_phrase(scope: Scope, c: DraftClaim) -> str:
    """The words of a claim's clause before it, without the period that leads them or the verb
    that ends them: 9月份，全国城镇调查失业率为 → 全国城镇调查失业率."""
    a, _ = scope.clause(c)
    words = scope.text(a, c.figure.number_start)
    if not words:  # 7、8、9三个月，全国城镇调查失业率分别为5.1%、5.1%: the list's first clause
        s_start, _ = scope.sentence(c)
        words = compiled(r"[，,]").split(scope.text(s_start, c.figure.number_start))[-1]
    return _TRAILING.sub("", _LEADING.sub("", words))


#: words that say what kind of rate it is, not whose: 两年平均增长6.0% is the rate of what it follows
_RATE_KIND_ONLY = later(r"(?:[两三四五]年(?:平均|年均)|年均|同比|比上年(?:同期)?|增速|增幅)+")


def _subject_of_rate(scope: Scope, c: DraftClaim) -> str:
    """The subject phrase of a rate (_subject_phrase), with the owner it follows in its sentence
    when the phrase only says what kind of rate it is (生产总值…，两年平均增长6.0% → GDP|两年平均)."""
    phrase = _subject_phrase(scope, c)
    if _RATE_KIND_ONLY.fullmatch(phrase):
        owner = _owner(scope, c)
        if not owner:
            return ""
        return ("GDP" if _GDP.search(owner) else _PLACE_PREFIX.sub("", owner)) + "|" + phrase
    return phrase


def _same_subject_then(scope: Scope, rate: DraftClaim, period: str) -> DraftClaim | None:
    """The same subject's rate for the period named: 上月 (in a list of months), 一季度, 上年."""
    subject = _subject_of_rate(scope, rate)
    if len(subject) < 4:
        return None
    year, _, month = period_of(scope, rate)
    if period == "上月":
        return None if month is None else _month_in_list(scope, rate, subject, month - 1)
    want_sub = _SUB_PERIOD.search(period)
    if want_sub is None:
        return None  # 上年, 同期: last year's rate is rarely stated, and never as a list
    for c in scope.claims:
        if c is rate or _value(c).quantity is None or not exact(c):
            continue
        if (rate_of(c) is None) != (rate_of(rate) is None) or _subject_of_rate(scope, c) != subject:
            continue
        c_year, c_sub, _ = period_of(scope, c)
        if c_sub == want_sub.group(0) and (year is None or c_year in (None, year)):
            return c
    return None


#: A period at the head of a clause, and what may stand between it and its rate when the clause
#: names no subject of its own: 一季度为下降8.4%, 5月份增速由负转正，增长0.7%, 其中，二季度增长4.4%.
_HEAD_PERIOD = later(r"^(?:其中[，,]?)?(?:(?:19|20)\d\d年)?((?:[一二三四]|第[一二三四])季度|上半年|下半年|"
                     r"前三季度|\d{1,2}(?:-|—|～|至)\d{1,2}月份?|\d{1,2}月份?)(.*)$")
_NO_SUBJECT = later(r"^(?:当月|单月)?(?:的)?(?:增速|增幅|降幅|涨幅)?(?:由负转正|由正转负|由降转升|由升转降)?"
                    r"(?:分别)?(?:为|是)?(?:同比)?(?:为|是)?(?:增长|下降|上升|回落|上涨|下跌)?$")
_BARE_PERIOD = later(r"^(?:其中[，,]?)?(?:(?:19|20)\d\d年)?(?:[一二三四]季度|上半年|下半年|前三季度|"
                     r"\d{1,2}(?:-|—|～|至)\d{1,2}月份?|\d{1,2}月份?)$")


def _head_period(scope: Scope, x: DraftClaim) -> tuple[str, str] | None:
    """The period a rate's clause opens with and the words between it and the rate (5月份增速由负转正，
    增长0.7% → 5月份, 增速由负转正); a clause of the period alone before it (上半年，全国…下降1.3%)
    stands for it; None when neither."""
    a, _ = scope.clause(x)
    value = rate_of(x) or x.figure
    words = scope.text(a, value.number_start)
    m = _HEAD_PERIOD.match(words)
    if m is not None:
        return m.group(1), m.group(2)
    if a < 2:
        return None
    before = scope.clause_text(a - 2, a - 2)
    if _BARE_PERIOD.match(before):
        return _BARE_PERIOD.match(before).group(0).removeprefix("其中").lstrip("，,"), words
    m = _HEAD_PERIOD.match(before)
    if m is not None and _NO_SUBJECT.match(m.group(2)) and _NO_SUBJECT.match(words):
        return m.group(1), m.group(2)  # 5月份增速由负转正，增长0.7%
    return None


def _then_in_its_sentence(scope: Scope, rate: DraftClaim, c: DraftClaim, period: str) -> DraftClaim | None:
    """The rate of the period named that the full sentence of the difference states (to its 。,
    over ；) as the rate's own of that period: 4月份规模以上工业增加值同比下降2.9%；5月份增速由负转正，
    增长0.7%；6月份增长3.9%，比上月加快3.2个百分点 (上月: the month before the rate's); 全国规模以上
    工业增加值同比下降1.3%，降幅比一季度收窄7.1个百分点；其中，二季度增长4.4%，一季度为下降8.4%. The
    only rate of the sentence whose clause opens with that period and names no subject of its own
    (or the rate's), never one against the month before (环比)."""
    own = _head_period(scope, rate)
    if own is None:
        return None
    own_period, own_words = own
    if period == "上月":
        m = compiled(r"^(\d{1,2})月份?$").match(own_period)
        if m is None or int(m.group(1)) < 2:
            return None
        wanted = {f"{int(m.group(1)) - 1}月", f"{int(m.group(1)) - 1}月份"}
    else:
        wanted = {period, period.removesuffix("份"), period.removesuffix("份") + "份"}
    if own_period in wanted or own_period.removesuffix("份") in wanted:
        return None
    a = max(scope.plain.rfind(mark, 0, c.figure.start) for mark in "。！？!?\n") + 1
    ends = [i for mark in "。！？!?\n" if (i := scope.plain.find(mark, c.figure.start)) >= 0]
    b = min(ends) if ends else len(scope.plain)
    subject = _TRAILING.sub("", own_words)

    def of_the_subject(head: tuple[str, str] | None) -> bool:
        return head is not None and (bool(_NO_SUBJECT.match(head[1]))
                                     or (bool(subject) and _TRAILING.sub("", head[1]) == subject))

    rates = [x for x in scope.in_span(a, b) if x is not rate and rate_of(x) is not None]
    found = [x for x in rates if exact(x) and (head := _head_period(scope, x)) is not None
             and head[0] in wanted and of_the_subject(head)
             and "环比" not in scope.text(scope.clause(x)[0], rate_of(x).number_start)]
    if len(found) != 1:
        return None
    lo, hi = sorted((found[0].figure.start, rate.figure.start))
    between = [x for x in rates if lo < x.figure.start < hi]  # 其中，规模以上单位零售额…，4月份…: another's
    return found[0] if all(of_the_subject(_head_period(scope, x)) for x in between) else None


_MONTH_LIST = later(r"(\d{1,2}(?:、\d{1,2})+)(?:[一二三四五六七八九十]个)?月")


def _month_in_list(scope: Scope, rate: DraftClaim, subject: str, month: int) -> DraftClaim | None:
    """The rate for one month in a list: 7、8、9三个月，…分别为5.1%、5.1%和4.9%."""
    for c in scope.claims:
        if c is rate:
            continue
        s_start, _ = scope.sentence(c)
        head = scope.text(s_start, c.figure.number_start)
        m = _MONTH_LIST.search(head)
        if m is None or "分别" not in head or _subject_phrase(scope, c) != subject:
            continue
        months = [int(x) for x in m.group(1).split("、")]
        listed = [c]
        for nxt in scope.claims[scope.index(c) + 1:]:
            if not compiled(r"[、和及与]").fullmatch(scope.text(listed[-1].end, nxt.figure.number_start)):
                break
            listed.append(nxt)
        if len(listed) == len(months) and month in months:
            found = listed[months.index(month)]
            return found if exact(found) else None
    return None


# --- the whole a part is of: 外贸整体增速, 拉动进出口增长, 占全省出口总值的 ------------------------------
#: The names of a whole (the total of its measure, not one of its parts), by the measure they total.
_WHOLE_NAMES = {**dict.fromkeys(("进出口", "外贸", "外贸进出口", "对外贸易", "货物贸易", "货物贸易进出口",
                                 "进出口贸易"), "进出口"),
                **dict.fromkeys(("出口", "外贸出口", "货物贸易出口"), "出口"),
                **dict.fromkeys(("进口", "外贸进口", "货物贸易进口"), "进口"),
                **dict.fromkeys(("固定资产投资", "全社会固定资产投资"), "投资"),
                **dict.fromkeys(("社会消费品零售总额", "社会消费品零售额"), "零售")}
#: The words a whole's own word takes in the text of a part: 进出口 for 外贸.
_WHOLE_WORD = {"进出口": "进出口", "出口": "出口", "进口": "进口", "投资": "投资", "零售": "零售"}
_WHOLE_PLACE = later(r"^(?:全国|我国|中国|[\u4e00-\u9fff]{1,6}?[省市])")
_WHOLE_DROP = later(r"整体|总体|全部|的")
_WHOLE_TAIL = later(r"(?:增速|增幅|增长速度|增长|平均水平|水平)$")
_WHOLE_SUM = later(r"(?:总值|总额|总量|值|额)$")


def whole_named(words: str | None) -> str | None:
    """The measure some words name the whole of (全省外贸整体增速, 同期福建省进出口整体增速, 出口总值,
    1-8月江苏省外贸进出口值: 进出口; 出口; 投资), or None when they name something else (民营企业进出口,
    机电产品出口): only the whole itself, by its name, after its period and place."""
    if not words:
        return None
    w = _LEADING.sub("", words)
    w = w.removeprefix("同期")
    w = _WHOLE_PLACE.sub("", w, count=1)
    w = _WHOLE_TAIL.sub("", _WHOLE_DROP.sub("", w))
    if w not in _WHOLE_NAMES:
        w = _WHOLE_SUM.sub("", w)
    return _WHOLE_NAMES.get(w)


def whole_named_after_place(label: str | None) -> str | None:
    """The measure a label names the whole of (:func:`whole_named`), also after the name of a place
    that bears no 省/市 (广东进出口: 进出口)."""
    from .duplicate import places_in

    named = whole_named(label)
    if named is not None or not label:
        return named
    lead = next((p for p in sorted(places_in(label), key=len, reverse=True) if label.startswith(p)), None)
    return whole_named(label[len(lead):]) if lead else None


def whole_of(scope: Scope, c: DraftClaim, whole: str, level: bool = False) -> DraftClaim | None:
    """The rate of the whole a part's figure speaks of (its 外贸整体增速, the 进口 it pulls): the
    nearest claim before it, up to 30 lines before, named as that whole by its label, with a
    growth rate (and a level with ``level``) for the same period and against the same base (环比
    or a year before); never the part's own claim."""
    when, then, chained = period_of(scope, c), carried(scope, c), _month_on_month(scope, c)
    for other in reversed(scope.claims[:scope.index(c)]):
        if c.line - other.line > 30:
            return None
        if other is c or rate_of(other) is None or not exact(other) or other.period != c.period \
                or listed_item(scope, other):
            continue
        if level and (other.growth is None or not is_level(other)):
            continue
        if whole_named(other.label) == whole and _agree(period_of(scope, other), when) \
                and carried(scope, other) == then and _month_on_month(scope, other) == chained:
            span = sections.span_total(scope, other, c)  # 3月份，…进出口总值106.8亿元 in a report of
            if span is None:  # 一季度: the whole of a part whose sentence names no month is the span's
                return other
            return span if rate_of(span) is not None and not (level and span.growth is None) else None
    return None


def _month_on_month(scope: Scope, c: DraftClaim) -> bool:
    """Whether a claim's rate is against the period before (环比), not a year before."""
    g = rate_of(c)
    return g is not None and "环比" in scope.text(scope.clause(c)[0], g.number_start)


_CARRIED_CORE = (r"(?:\d{1,2}(?:-|—|～|~|至)\d{1,2}月|前\d{1,2}个月|前三季度|[一二三四]季度|上半年|下半年|"
                 r"全年|(?<![\d、\-—～~至])\d{1,2}月(?!\d{1,2}日))")
_CARRIED = later(rf"(?:(?<![比较])|(?<=[比较])(?={_CARRIED_CORE}{_BASE_CHANGE})){_CARRIED_CORE}")


def carried(scope: Scope, c: DraftClaim) -> str | None:
    """The last part of a year (1-8月, 前三季度, 上半年, 9月) the text names up to a claim, in its
    paragraph or before: the period a paragraph opened by 同期 or by no period at all speaks of
    (None for the whole year)."""
    ends, values = _carried_marks(scope.plain)
    j = bisect.bisect_right(ends, c.figure.start) - 1
    return values[j] if j >= 0 else None


@lru_cache(maxsize=8)
def _carried_marks(plain: str) -> tuple[list[int], list[str | None]]:
    """Where each mark of a part of a year ends in the text, line by line over the words without
    their spaces, and the part it names (None for 全年)."""
    ends: list[int] = []
    values: list[str | None] = []
    offset = 0
    for line in plain.split("\n"):
        kept, words = _squeezed(line, offset)
        for m in _CARRIED.finditer(words):
            ends.append(kept[m.end() - 1] + 1)
            values.append(None if m.group(0) == "全年" else _norm(m.group(0)))
        offset += len(line) + 1
    return ends, values


def _norm(words: str) -> str:
    """One spelling of a part of a year: 1—8月, 1至8月, 前8个月 → 1-8月."""
    if words.startswith("前") and words.endswith("个月"):
        return f"1-{words[1:-2]}月"
    return compiled(r"[-—～~至]").sub("-", words.removesuffix("份"))


def _whole_rate(scope: Scope, rate: DraftClaim, whole: str) -> DraftClaim | None:
    """高出全省外贸整体增速11个百分点: the whole's rate, for a part of that measure (its own words
    name it: 民营企业进出口…同增28.1%)."""
    if rate_of(rate) is None or _WHOLE_WORD[whole] not in _own_words(scope, rate) \
            or whole_named(rate.label) is not None:
        return None
    return whole_of(scope, rate, whole)


_SHARE_OF_WHOLE = later(r"占(?:同期)?([^，,。；;：:\d%]{1,16}?)(?:的)?(?:比重)?(?:为|达)?$")
#: The share's change against the same period a year before, by its words or, after 比重 alone, by
#: the rates it goes with (海关: 占外贸总值的59.5%，比重提升1.1个百分点); never against another period
#: (占比较2013年提升4.1个百分点, 比重比上月提高).
_SHARE_CHANGE_WORDS = later(r"^(?:[，,](?:占比|比重)?)?(?:同比|比上年同期|比去年同期|较上年同期|较去年同期|"
                            r"比上年|比去年|较上年|较去年)(?:提高|提升|上升|增加|下降|降低|回落|减少)了?$|"
                            r"^[，,](?:占比|比重)(?:提高|提升|上升|增加|下降|降低|回落|减少)了?$")
#: A rate over years (两年平均增长) or against the month before: no year's growth of the part.
_NOT_A_YEARS_GROWTH = later(r"[两三四五]年(?:平均|年均)|年均|环比")


def _level_before(scope: Scope, k: int) -> DraftClaim | None:
    """The level the share at k is of: the last claim before it in its sentence that is no change
    in 百分点 (拉动…9.6个百分点, 高出外贸整体增速2个百分点) and no share — or the part's growth rate
    alone (民营企业进出口增长10.4%，…，占外贸总值的42.3%)."""
    for c in reversed(scope.claims[:k]):
        if not scope.same_sentence(c, scope.claims[k]):
            return None
        q = c.figure.quantity
        if q is not None and q.unit.dimension != "pp" and not is_share(c):
            return c
    return None


def _part_growth(scope: Scope, part: DraftClaim, whole: str) -> str | None:
    """The growth of the part a share is of, as an expression: its level's growth (一般贸易方式进出口
    18727.3亿元，增长24.3%) or its rate alone (以一般贸易方式进出口增长4.8%), of a year (no 两年平均,
    no 环比), the part's own words naming the whole's measure and not the whole itself."""
    if not exact(part) or part.basis is not None or whole_named(part.label) is not None \
            or _WHOLE_WORD[whole] not in _own_words(scope, part):
        return None
    value = rate_of(part) or part.figure
    if _NOT_A_YEARS_GROWTH.search(scope.text(scope.clause(part)[0], value.number_start)):
        return None
    if part.growth is not None and is_level(part) and rate_of(part) is not None:
        return f"{part.id}.growth"
    if part.growth is None and rate_of(part) is part.figure and part.figure.quantity.qualifier is None:
        return part.id
    return None


def _share_changes(scope: Scope) -> list[Found]:
    """一般贸易方式进出口18727.3亿元，增长24.3%，占外贸总值的57%，同比提高3.3个百分点: a part's level
    and growth, its share of the whole and the share's change; with the whole's growth stated before
    (进出口32878.4亿元，同增17.1%), last year's share is s × (1 + g) / (1 + gᵢ), so the change is
    s − s × (1 + g) / (1 + gᵢ) (*linked*: the whole's rate is in another sentence)."""
    found = []
    for k, share in enumerate(scope.claims):
        g, change = share.growth, f"{share.id}.growth"
        if g is None and k + 1 < len(scope.claims):  # 占…60.3%，比重较去年同期提高2.7个百分点
            g, change = scope.claims[k + 1].figure, scope.claims[k + 1].id
        if k == 0 or g is None or g.quantity is None or g.quantity.unit.dimension != "pp" \
                or not is_share(share) or not exact(share) or g.quantity.qualifier is not None:
            continue
        m = _SHARE_OF_WHOLE.search(scope.text(scope.clause(share)[0], share.figure.number_start))
        whole = whole_named(m.group(1)) if m else None
        if whole is None or not _SHARE_CHANGE_WORDS.match(scope.text(share.figure.end, g.number_start)):
            continue
        part = _level_before(scope, k)
        mine = _part_growth(scope, part, whole) if part is not None else None
        if mine is None:
            continue
        total = whole_of(scope, part, whole)
        if total is None or total.basis is not None:
            continue
        theirs = f"{total.id}.growth" if total.growth is not None else total.id
        found.append(Found("expect", {"expect": f"{share.id} - {share.id} * (1 + {theirs}) / "
                                                f"(1 + {mine}) == {change}"},
                           "linked", share, "a part's share of a whole and its change in 百分点",
                           f"{share.id}_share_change"))
    return found


#: Wholes whose growth is of the levels themselves (customs' totals): the change of a share of them
#: follows from the growth of the part and of the whole.
_COMPLETE = frozenset({"进出口", "出口", "进口"})
#: The change of a share written before it (占全省比重较去年同期提升1.7个百分点，提升至56.8%): against the
#: same period a year before, then 至/达到 the share.
_CHANGE_BEFORE = later(r"(?:同比|(?:比|较)(?:上年|去年)同期)(?:提高|提升|上升|增加|下降|降低|回落|减少)了?$")
_THEN_TO = later(r"^[，,]?(?:(?:提升|提高|上升|下降|降低|回落)?(?:至|到)|达到|达)$")


def changes_of_shares(scope: Scope, found: list[Found]) -> list[Found]:
    """A share found with its part and whole of trade (民营企业进出口…占全省比重较去年同期提升1.7个
    百分点，提升至56.8%), a 营业收入利润率 or a 资产负债率 (:mod:`.ratios`: 资产负债率为54.7% of
    负债合计25278.2亿元，增长6.1% and 资产总计46176.4亿元，同比增长7.7%) and its change in 百分点
    against a year before, written after it (，同比下降0.9个百分点) or before it (较去年同期提升
    1.7个百分点，提升至56.8%), with both levels' growth over that year: last year's share was
    s × (1 + g) / (1 + gᵢ), so the change is s × (1 − (1 + g) / (1 + gᵢ)), each figure once
    (*linked*, as :func:`_share_changes`, which this adds to for shares whose whole is not named
    after 占). Never for other wholes (规模以上工业总产值): their growth is on a comparable set of
    units, not on the levels."""
    by_id = {c.id: c for c in scope.claims}
    done = {r.name for r in found if r.kind == "expect"}
    out: list[Found] = []
    for r in found:
        if r.kind != "share" or not all(isinstance(r.fields.get(k), str) for k in ("share", "of", "is")):
            continue
        part, whole, share = (by_id.get(r.fields[k]) for k in ("share", "of", "is"))
        if part is None or whole is None or share is None or f"{share.id}_share_change" in done \
                or not exact(share) or not (r.name.endswith(("_debt_ratio", "_margin_ratio"))
                                            or whole_named_after_place(whole.label) in _COMPLETE):
            continue  # 高技术制造业产值占规模以上工业总产值比重: growth on a comparable set of firms, not
            # on the levels (CONVENTIONS), so the share's change does not follow from them
        change = _change_of_share(scope, share)
        mine, theirs = (_years_growth(scope, c) for c in (part, whole))
        if change is None or mine is None or theirs is None:
            continue
        done.add(f"{share.id}_share_change")
        out.append(Found("expect", {"expect": f"{share.id} * (1 - (1 + {theirs}) / (1 + {mine})) "
                                              f"== {change}"},
                         "linked", share, "a share of a whole and its change in 百分点, with their growth",
                         f"{share.id}_share_change"))
    return out


def _change_of_share(scope: Scope, share: DraftClaim) -> str | None:
    """The figure in 百分点 that states a share's change against a year before, right after it (its
    growth: 资产负债率为54.7%，同比下降0.9个百分点) or right before it in its sentence; as an expression."""
    g = share.growth
    if g is not None:
        q = g.quantity
        if q is None or q.unit.dimension != "pp" or q.qualifier is not None \
                or not _SHARE_CHANGE_WORDS.match(scope.text(share.figure.end, g.number_start)):
            return None
        return f"{share.id}.growth"
    k = scope.index(share)
    for c in scope.claims[k + 1:k + 2]:
        if _is_points(c) and scope.same_sentence(c, share) \
                and _SHARE_CHANGE_WORDS.match(scope.text(share.figure.end, c.figure.number_start)):
            return c.id
    for c in scope.claims[max(0, k - 1):k]:
        if _is_points(c) and scope.same_sentence(c, share) \
                and _CHANGE_BEFORE.search(scope.text(scope.clause(c)[0], c.figure.number_start)) \
                and _THEN_TO.match(scope.text(c.figure.end, share.figure.number_start)):
            return c.id
    return None


def _is_points(c: DraftClaim) -> bool:
    q = c.figure.quantity
    return q is not None and q.unit.dimension == "pp" and q.qualifier is None


def _years_growth(scope: Scope, c: DraftClaim) -> str | None:
    """A level's growth over a year, as an expression (负债合计25278.2亿元，增长6.1%: its .growth), or None
    (no growth, or one over years or against the month before)."""
    g = rate_of(c)
    if g is None or g is c.figure or not exact(c) or g.quantity is None or g.quantity.qualifier is not None \
            or _NOT_A_YEARS_GROWTH.search(scope.text(scope.clause(c)[0], g.number_start)):
        return None
    return f"{c.id}.growth"


# --- a share of a year's plan against the time gone by (序时进度) ------------------------------------
#: 快于序时进度3.4个百分点 after 完成年初预算36.7%: the share of the year's plan done, against the
#: share of the year gone by (序时进度: 1-4月 is 4/12 = 33.3%; "进展情况占比低于91.7%" for 11 months).
_PACE = later(r"^[，,](?:(快于|超过|超出|高于|领先|超)|(慢于|低于|落后于?))(?:序时|时间)进度$")
#: The share of a plan or budget for the year before it: 完成年初预算的47.5%, 为年度计划的96.1%.
_PLAN_SHARE = later(r"(?:完成|为|占|达到?)[^，,。；;：:\d%]{0,8}?(?:预算|计划|目标|任务)"
                    r"[^，,。；;：:\d%]{0,4}?的?$")
#: The months of the year a part of a year spans from January.
_MONTHS_GONE = {"一季度": 3, "上半年": 6, "前三季度": 9}


def _months_gone(period: str | None) -> int | None:
    if period is None:
        return None
    m = re.fullmatch(r"1-(\d{1,2})月", period)
    if m:
        n = int(m.group(1))
        return n if 2 <= n <= 12 else None
    return _MONTHS_GONE.get(period)


#: A part of a year that is the base of a comparison (高于一季度累计增幅2.5个百分点), not a figure's period.
_COMPARED_PERIOD = later(rf"(?:高于|低于|快于|慢于|好于|超过|超出)(?:{_CARRIED_CORE})$")


def _carried_unless_compared(scope: Scope, c: DraftClaim) -> str | None:
    """The part of a year carried up to a claim (:func:`carried`), past the ones named as the base
    of a comparison: 上半年，…高于一季度累计增幅…。…超过时间进度3.5个百分点 is of 上半年."""
    ends, values = _carried_marks(scope.plain)
    j = bisect.bisect_right(ends, c.figure.start) - 1
    while j >= 0 and _COMPARED_PERIOD.search(scope.plain, max(0, ends[j] - 16), ends[j]):
        j -= 1
    return values[j] if j >= 0 else None


def _paces(scope: Scope) -> list[Found]:
    """完成年初预算36.7%，快于序时进度3.4个百分点 (1-4月): the share of the plan less the share of the
    year gone by, n months of 12, is the gap (慢于, 低于: the other way) — *stated* when the sentence
    names its months (1-5月，…), *linked* when they are carried from before."""
    out = []
    for k in range(1, len(scope.claims)):
        gap, share = scope.claims[k], scope.claims[k - 1]
        q, s = gap.figure.quantity, share.figure.quantity
        if q is None or s is None or q.unit.dimension != "pp" or s.unit.dimension != "ratio" \
                or not exact(share) or scope.sentence(share) != scope.sentence(gap):
            continue
        m = _PACE.match(scope.text(share.end, gap.figure.number_start).replace("约", "").replace("近", ""))
        if m is None or not _PLAN_SHARE.search(scope.text(scope.clause(share)[0], share.figure.number_start)):
            continue
        if q.interval.lo is None or q.interval.lo < 0:
            continue
        _, sub, month = period_of(scope, share)
        months = _months_gone(_norm(sub)) if sub is not None else None
        how = "stated"
        if months is None and month is None and sub is None:
            months, how = _months_gone(_carried_unless_compared(scope, share)), "linked"
        if months is None:
            continue
        expect = f"{share.id} - {months} / 12 == {gap.id}" if m.group(1) \
            else f"{months} / 12 - {share.id} == {gap.id}"
        out.append(Found("expect", {"expect": expect}, how, gap,
                         "a share of the plan against the time gone by", f"{gap.id}_pace"))
    return out
