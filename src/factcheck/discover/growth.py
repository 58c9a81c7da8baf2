"""Growth between two levels the article states, and changes against a stated previous level.

- 由A增加到B (从A到B, 由A降至B) with a rate in the sentence: B against A at that rate (*stated*);
  a percentage A with a bound word (从2017年的近36%，提高至去年的48%，五年时间提升12个百分点) only
  with its change in 百分点;
- a level with its growth rate, when the article also states the previous period's level of the
  same subject (2022年…A亿元 … 2023年…B亿元，增长x%): *linked*;
- 比上年增加/减少 N after a level, with the previous level stated: the difference (*linked*);
- a level, its change and its rate in one sentence (比上年增加N，增长x%; in a list after the total's
  同比, the bare 增加N / 增收N / 增产N with its rate, before it or after: 粮食总产量66949万吨，比上年增长
  0.9%，增产565万吨): the previous level is the level less the change
  (*stated*) — not for a rate its clause puts on another base (剔除留抵退税后同口径下降6.07%,
  按可比口径, 扣除…因素), whose previous level is not the one stated less the change; a real rate
  (实际增长11% after 增加463元) is marked real, as in 由…到…; the change may be 相比2020年 or
  同2010年第六次全国人口普查数据相比;
- a level, the earlier level its sentence compares it with after 比/较/与…的 (上年, a year, 上月, a
  month; 与…的…相比) and the rate after it, or after the change from it (全国人口共141178万人，与2010年
  （…）的133972万人相比，增加7206万人，增长5.38%; 5月进口大豆456万吨，较上月的388万吨上升17.5%; the
  change after the span it took: 与2010年…的523403人相比，十年共增加39254人，增长7.5%):
  *stated* — never from a level that is itself such a base, nor for a percentage (points or percent).

The basis of the rate (real growth of GDP and value added, comparable-scope growth of investment)
is the claim's own, so such a relation never raises an error where the levels are nominal.
"""

from __future__ import annotations

from ..figures import Figure, clause_span
from ..lexicon import DOWN, UP
from ..patterns import compiled, later
from .claims import REAL_BASIS, REAL_LABEL, DraftClaim
from .scope import Found, Scope, a_base, a_change, exact, is_level, same_unit
from .subjects import normalise_label

__all__ = ["find"]

_FROM = later(r"(?:由|从)(?:上年|去年|(?:19|20)\d\d年(?:末|底)?)?的?$")
_TO = later(r"(?:增加|增长|提高|提升|上升|扩大|达|下降|降低|减少|缩小|回落)(?:到|至)"
                 r"|增至|降至|减至|达到|^到|^至")
_CHANGE_AFTER = later(r"^[，,]?(?:本月|当月|本期|本季度)?"
                      r"(?:比上年|比去年|较上年|较去年|同比|比上年末|比去年末|比年初"
                      r"|(?:比|较)(?:19|20)\d\d年(?:末|底)?"
                      r"|相比于?(?:上年|去年|(?:19|20)\d\d年)(?:末|底)?"
                      r"|(?:与|同)(?:上年|去年|(?:19|20)\d\d年)[^\d，,。；;：:]{0,12}?相比[，,]?)")
_YEAR_BASE = later(r"^[，,]?(?:比|较|相比于?|与|同)(?:19|20)\d\d年")
#: A change since the start of the year (余额…，比年初增加N), and a rate against a year before.
_SINCE_START = later(r"(?:比|较)年初")
_YEAR_ON_YEAR = later(r"同比|(?:比|较)(?:上年|去年)同期")


def find(scope: Scope) -> list[Found]:
    found: list[Found] = []
    for k, start in enumerate(scope.claims):
        if is_level(start) and (exact(start) or _bounded_share(start)) and _FROM.search(scope.before(start)):
            found.extend(_from_to(scope, k, start))
    found.extend(_year_after_year(scope))
    found.extend(_against_its_base(scope))
    found.extend(_base_change_rate(scope))
    found.extend(_base_in_brackets(scope))
    if "环比" in scope.plain:
        found.extend(_month_on_month(scope))
    levels = _levels(scope)
    for c in scope.claims:
        if not is_level(c) or not exact(c) or a_base(scope, c):
            continue  # 较上年21012万元，增收2980万元: the previous level, not the one that changed
        change = _change_after(scope, c)
        if change is not None:
            found.extend(_with_change(scope, c, change))
        elif "余额" not in (c.label or "") and (bare := _change_after(scope, c, bare=True)):
            found.extend(_with_change(scope, c, bare))  # a balance's bare change: since the year's start
        previous = _previous_of(scope, c, levels)
        if previous is None:
            continue
        if c.growth is not None:
            found.append(Found("growth", {"growth": c.id, "previous": previous.id}, "linked", c,
                               "the level of the previous period", f"{c.id}_growth"))
        if change is not None:
            found.append(Found("growth", {"growth": c.id, "previous": previous.id,
                                          "rate": change.id}, "linked", c,
                               "a change against the previous period", f"{c.id}_change"))
    return found


_RATE_NAME = later(r"(?:涨幅|增幅|增速|增长率|增长幅度|增长速度)(?:为|达|达到|约为|约|接近|近|超过|超)?$")
_YEAR = later(r"((?:19|20)\d\d)年")


def _year_after_year(scope: Scope) -> list[Found]:
    """2020年，新房平均价7.5万元/平方米，2021年达到8.2万元/平方米，年涨幅接近10%: two levels of one
    unit, each after the year it is of, and the rate of the change between them in one sentence —
    named 涨幅/增幅 after them, or the later level's own (…，2021年达到B，同比增长x%: consecutive
    years only, as for 年涨幅). Growth of GDP and value added is real: its basis says so."""
    found: list[Found] = []
    for k in range(1, len(scope.claims)):
        earlier, later_ = scope.claims[k - 1:k + 1]
        s_start, _ = scope.sentence(later_)
        if earlier.figure.start < s_start or not same_unit(earlier, later_) \
                or not all(is_level(c) and exact(c) for c in (earlier, later_)):
            continue
        first = _YEAR.findall(scope.text(s_start, earlier.figure.start))
        second = _YEAR.findall(scope.text(earlier.end, later_.figure.start))
        if len(first) != 1 or len(second) != 1 or int(second[0]) <= int(first[0]):
            continue
        yearly = int(second[0]) - int(first[0]) == 1
        fields = {"growth": later_.id, "previous": earlier.id}
        if later_.growth is None:
            rate = _named_rate_after(scope, k + 1, s_start)
            if rate is None:
                continue
            if not yearly and _a_rate_a_year(scope, rate):
                fields["years"] = int(second[0]) - int(first[0])  # 复合年增长率: (B/A)^(1/n) − 1
            elif not yearly and scope.text(later_.end, rate.figure.start).lstrip("，,")[:1] == "年":
                continue  # 年涨幅 between years further apart: a rate per year, not this change
            fields["rate"] = rate.id
        elif not yearly:
            continue
        if any(REAL_LABEL.search(c.label or "") for c in (earlier, later_)):
            fields["basis"] = "real"
        found.append(Found("growth", fields, "stated", later_,
                           "two years' levels and the rate between them", f"{later_.id}_growth"))
    return found


#: The words between a level and the earlier level it is compared with (，同比2020年的; ，比上年的;
#: ，与2010年（第六次全国人口普查数据，下同）的 with its note in brackets taken out; the end of the
#: level's clause and ，相比于2020年的: 7.4亿人买了彩票，相比于2020年的6.7亿).
_COMPARED_WITH = (r"(?:(?:同比|相比于?|比|较|与|和|同)"
                  r"(?:上年|去年|(?:19|20)\d\d年(?:(?:1[0-2]|[1-9])月份?)?|上月|上个月|(?:1[0-2]|[1-9])月份?)"
                  r"(?:末|底|同期|[^\d，,。；;：:的]{0,10})"
                  # an earlier census: 同第五次全国人口普查2000年11月1日零时的
                  r"|(?:与|同)第[一二三四五六七八九十]次全国人口普查[^，,。；;：:的]{0,16})的$")
_BASE_WORDS = later(r"^(?:[\u4e00-\u9fff]{0,6}[，,])?" + _COMPARED_WITH)
#: A level that is itself the base of a comparison (较上月的388万吨上升17.5%，较去年同期的437万吨…):
#: no level of the period compared.
_A_BASE = later(_COMPARED_WITH)
#: After such a base, before its change or rate: 相比 closing 与…的, or the name of what was counted
#: (6.7亿的购彩者), and the span the change took (相比，十年共增加39254人).
_BASE_CLOSED = later(r"^(?:的[\u4e00-\u9fff]{1,6})?(?:相比|相较|相比较)?[，,]?(?:更是|更|也|则|又|还)?"
                     r"(?:[一二两三四五六七八九十\d]{1,3}年(?:间|来|里)?共?)?$")
_BARE_MAGNITUDE = later(r"[\d.]+(?:万亿|亿|万)")
#: Between a change and its rate: a comma, and the rate's name (，增长幅度达10%).
_RATE_NAMED_AFTER = later(r"[，,](?:增长幅度|增长速度|增长率|增幅|涨幅|增速)?")
_NOTE = later(r"[（(][^（()）]*[）)]")


def _against_its_base(scope: Scope) -> list[Found]:
    """营业收入2.10亿元，同比2020年的1.32亿增长了59.29%: a level, the base its sentence compares it
    with after 比…的 (与…的…相比: 全国人口共141178万人，与2010年（…）的133972万人相比，增加7206万人，
    增长5.38%; 销售额为1747.84亿元，与2020年的2553.98亿元相比减少了806.14亿元，下降了31%), and the
    rate right after the base or after the change from it. After 高出 the base may be another
    subject's (月薪7119元，较去年的6958元高出2.3%; 融资中位数为460万美元，较非AI公司的350万美元高出31%):
    the level is that much above it, a ratio of the levels as written (no price basis). A base
    written without its unit (1.32亿) is in the level's (元)."""
    found: list[Found] = []
    claims = [c for c in scope.claims if not scope.aside(c)  # 133972万人（13.3972亿人）: read once
              and not _span_of_change(scope, c)]
    for k in range(len(claims) - 1):
        level, base = claims[k:k + 2]
        if not all(is_level(c) and exact(c) for c in (level, base)) \
                or _A_BASE.search(_NOTE.sub("", scope.text(scope.clause(level)[0], level.figure.start))):
            continue
        since = _NOTE.sub("", scope.text(level.end, base.figure.start))
        own = _rate_read_with_base(scope, base)
        if own is not None:
            if _BASE_WORDS.match(since) and same_unit(level, base) and _is_growth_rate_figure(own) \
                    and level.figure.quantity.unit.dimension != "ratio" and not _other_rate(scope, own):
                found.append(Found("growth", {"growth": level.id, "previous": base.id, "rate": base.id},
                                   "stated", level, "a level, its base after 比…的 and the rate",
                                   f"{level.id}_growth"))
            continue
        if k + 2 >= len(claims):
            continue
        rate = claims[k + 2]
        change = _change_from(scope, base, rate) if _BASE_WORDS.match(since) else None
        if change is not None:
            rate = claims[k + 3] if k + 3 < len(claims) else None
            if rate is None or scope.sentence(rate) != scope.sentence(level) \
                    or not _RATE_NAMED_AFTER.fullmatch(scope.text(change.end, rate.figure.start)):
                continue
        between = _NOTE.sub("", scope.text(base.end, rate.figure.start))
        if change is None and between and _HIGHER_BY.match(between):
            if not (_OTHER_BASE.match(since) and _bare_rate(rate)) \
                    or level.figure.quantity.unit.dimension == "ratio":
                continue  # 占比35%，比上年的30%高出5%: points or percent, the words do not say
        elif not (_BASE_WORDS.match(since) and (change is not None or _BASE_CLOSED.match(between))
                  and (_is_growth_rate(rate) or _named_rate(scope, rate))) \
                or level.figure.quantity.unit.dimension == "ratio":
            continue  # 渗透率为35%，较上月的30%上升5%: percent or points, the words do not say
        if _other_rate(scope, rate.figure):
            continue  # 增加7206万人，年平均增长0.53%: a rate a year; 同口径增长x%: another base
        if not same_unit(level, base):
            if base.figure.quantity.unit.dimension != "number" \
                    or not _BARE_MAGNITUDE.fullmatch(base.value) or not level.figure.quantity.unit.name:
                continue
            base.unit = level.figure.quantity.unit.name
        fields = {"growth": level.id, "previous": base.id, "rate": rate.id}
        if not _HIGHER_BY.match(between) and REAL_LABEL.search(level.label or ""):
            fields["basis"] = "real"
        found.append(Found("growth", fields, "stated", level,
                           "a level, its base after 比…的 and the rate", f"{level.id}_growth"))
    return found


def _base_change_rate(scope: Scope) -> list[Found]:
    """全市常住人口与2010年第六次全国人口普查的725482人相比，增加25907人，增长3.57%: the earlier level
    opens its sentence after 与…的 (the subject's level stated before it, or not at all), the change
    from it and the rate after — the rate is the change over the earlier level (*stated*)."""
    found: list[Found] = []
    claims = [c for c in scope.claims if not scope.aside(c) and not _span_of_change(scope, c)]
    for k in range(len(claims) - 2):
        base, change, rate = claims[k:k + 3]
        s_start, _ = scope.sentence(base)
        if not (is_level(base) and exact(base)) or scope.sentence(rate)[0] != s_start \
                or any(is_level(c) for c in scope.in_span(s_start, base.figure.start)) \
                or not _A_BASE.search(_NOTE.sub("", scope.text(s_start, base.figure.start))) \
                or _change_from(scope, base, change) is None or not same_unit(base, change) \
                or not exact(change) or not _is_growth_rate(rate) or _other_rate(scope, rate.figure) \
                or not _RATE_NAMED_AFTER.fullmatch(scope.text(change.end, rate.figure.start)):
            continue
        found.append(Found("expect", {"expect": f"{change.id} / {base.id} == {rate.id}"}, "stated",
                           change, "an earlier level, the change from it and the rate",
                           f"{change.id}_growth"))
    return found


def _span_of_change(scope: Scope, c: DraftClaim) -> bool:
    """A span of time right before the change it took (十年共增加39254人): no level of its own."""
    q = c.figure.quantity
    if q is None or q.unit.dimension != "time":
        return False
    k = scope.index(c)
    after = scope.claims[k + 1] if k + 1 < len(scope.claims) else None
    return after is not None and after.figure.change_word in UP + DOWN \
        and compiled(r"(?:间|来|里)?共?").fullmatch(scope.text(c.end, after.figure.start)) is not None


def _rate_read_with_base(scope: Scope, base: DraftClaim) -> Figure | None:
    """The rate read as a base's own growth right after it (较上月的388万吨上升17.5%): the rate of the
    level before the base against it (not of a percentage: 占比35%，较上月的30%上升5%, percent or
    points)."""
    g = base.growth
    if g is None or not _BASE_CLOSED.fullmatch(scope.text(base.figure.end, g.start)):
        return None
    return g


def _other_rate(scope: Scope, rate: Figure) -> bool:
    """A rate a year (年平均增长) or on another base (同口径): not the one between two levels."""
    words = scope.text(clause_span(scope.plain, rate.start, rate.end)[0], rate.number_start)
    return bool(_AVERAGE_RATE.search(words) or _OTHER_BASIS.search(words))


def _change_from(scope: Scope, base: DraftClaim, after: DraftClaim) -> DraftClaim | None:
    """The change right after a base that 相比 (or the name of what it counts) closes: 与2020年的
    2553.98亿元相比减少了806.14亿元; 的133972万人相比，增加7206万人."""
    if after.figure.change_word not in UP + DOWN or not a_change(after) or after.figure.is_rate:
        return None
    return after if _BASE_CLOSED.match(_NOTE.sub("", scope.text(base.end, after.figure.start))) else None


def _named_rate(scope: Scope, c: DraftClaim) -> bool:
    """A percentage its clause names a rate of growth (增长幅度达10%, 增幅为12%)."""
    q = c.figure.quantity
    return q is not None and q.unit.dimension == "ratio" \
        and bool(_RATE_NAME.search(scope.text(scope.clause(c)[0], c.figure.number_start)))


#: A level of an earlier period in brackets right after a rate: （2010年1-7月中国铁矿石累计产量56781.69万吨）,
#: （上年同期为…）.
_EARLIER_IN_BRACKETS = later(r"^[（(](?:(?:19|20)\d\d年|上年|去年)")


def _base_in_brackets(scope: Scope) -> list[Found]:
    """A level with its rate, then in brackets the same subject's level of the period the rate is
    against (累计产量为69191.8万吨，同比增长21.86%（2010年1-7月中国铁矿石累计产量56781.69万吨）): the
    rate between the two, stated."""
    found = []
    for c in scope.claims:
        g = c.growth
        if g is None or not is_level(c) or not exact(c) or not c.label:
            continue
        k = scope.index(c)
        base = scope.claims[k + 1] if k + 1 < len(scope.claims) else None
        if base is None or not _bracketed(scope, base) or not same_unit(base, c) or not exact(base) \
                or not _EARLIER_IN_BRACKETS.match(scope.text(g.end, g.end + 6)) \
                or normalise_label(base.label or "") != normalise_label(c.label):
            continue
        fields = {"growth": c.id, "previous": base.id}
        if REAL_LABEL.search(c.label):
            fields["basis"] = "real"
        found.append(Found("growth", fields, "stated", c,
                           "a level, its rate and in brackets the level it is against",
                           f"{c.id}_growth_base"))
    return found


#: A change and its rate against the month before, in a clause of their own after a level:
#: ；较6月份减少705.39万吨，环比减少5.7%; ；较6月增加17.2万吨，环比增长0.3%.
_MONTH_BEFORE = later(r"^[；;，,]\s*(?:本月|当月)?(?:较|比)(?:上月|上个月|(?:[一二三四五六七八九十]{1,2}|"
                      r"\d{1,2})月份?)$")
_MONTH_ON_MONTH = later(r"^[，,]\s*环比(?:增长|增加|上升|上涨|提高|下降|减少|下跌|回落|降低)?了?$")


def _bracketed(scope: Scope, c: DraftClaim) -> bool:
    """A figure inside brackets of its own clause: （2010年7月中国铁矿石总产量为9610.33万吨）."""
    a, _ = scope.clause(c)
    before = scope.plain[max(0, a - 1, c.figure.start - 30):c.figure.start]
    opened = max(before.rfind("（"), before.rfind("("))
    closed = max(before.rfind("）"), before.rfind(")"))
    after = scope.plain[c.figure.end:c.figure.end + 1]
    return opened > closed and after in ("）", ")")


def _month_on_month(scope: Scope) -> list[Found]:
    """A level, then (after its change and rate against a year before, or at once) its change against
    the month before and that rate (7月生铁产量为5506.2万吨，较去年同期增加748.2万吨，同比增长15.7%；
    较6月增加17.2万吨，环比增长0.3%): the previous month's level is the level less the change, stated.
    Only while no other level stands between: the clause has no subject of its own."""
    found = []
    claims = scope.claims
    for k, c in enumerate(claims):
        if not is_level(c) or not exact(c) or c.figure.change_word or c.figure.quantity.change \
                or _bracketed(scope, c):
            continue
        stop = compiled(r"[。！？!?\n]").search(scope.plain, c.figure.end)
        s_end = stop.start() if stop else len(scope.plain)  # past ；: the clause after it has no subject
        for j in range(k + 1, min(k + 6, len(claims) - 1)):
            change, rate = claims[j], claims[j + 1]
            if change.figure.start >= s_end:
                break
            if is_level(change) and not _bracketed(scope, change) and not (
                    change.figure.change_word or change.figure.quantity.change):
                break  # another level: another subject
            if not same_unit(change, c) or not exact(change) or not _is_growth_rate(rate) \
                    or not _MONTH_BEFORE.match(scope.text(claims[j - 1].end, change.figure.start)) \
                    or not _MONTH_ON_MONTH.match(scope.text(change.end, rate.figure.number_start)):
                continue
            found.append(Found("growth", {"growth": c.id, "change": change.id, "rate": rate.id},
                               "stated", change, "a level, its change and its rate against the month before",
                               f"{c.id}_growth_month"))
            break
    return found


_HIGHER_BY = later(r"^(?:高出|高了?|多出|多了?)$")
_OTHER_BASE = later(r"^[，,]?(?:同比|相比|比|较)[^，,。；;：:、\d%]{1,12}的$")


def _bare_rate(rate: DraftClaim) -> bool:
    """A percentage with no word of change or bound of its own (the 2.3% of 高出2.3%)."""
    q = rate.figure.quantity
    return q is not None and q.unit.dimension == "ratio" and exact(rate) \
        and rate.figure.change_word is None and rate.growth is None


def _a_rate_a_year(scope: Scope, rate: DraftClaim) -> bool:
    """A rate its clause names an average a year (年均增长, 复合年增长率)."""
    return bool(_AVERAGE_RATE.search(scope.text(scope.clause(rate)[0], rate.figure.number_start)))


def _named_rate_after(scope: Scope, k: int, s_start: int) -> DraftClaim | None:
    """The claim at k when it is a rate named 涨幅, 增幅, 增速 in the sentence that starts at s_start."""
    if k >= len(scope.claims):
        return None
    rate = scope.claims[k]
    q = rate.figure.quantity
    if q is None or q.unit.dimension != "ratio" or scope.sentence(rate)[0] != s_start:
        return None
    words = scope.text(scope.clause(rate)[0], rate.figure.number_start)  # 年增幅为 of 年增幅为8%
    return rate if _RATE_NAME.search(words) else None


def _bounded_share(c: DraftClaim) -> bool:
    """A percentage with a bound word that bounds it on both sides (近36%: 35–36%; 约36%)."""
    q = c.figure.quantity
    return q is not None and q.unit.dimension == "ratio" and q.interval.bounded


def _from_to(scope: Scope, k: int, start: DraftClaim) -> list[Found]:
    """由A增加到B: B is the next level of A's unit in the sentence, after a word of change; a
    percentage A with a bound word (从2017年的近36%，提高至去年的48%，五年时间提升12个百分点) only with
    its change in 百分点, whose interval the bound word's holds exactly."""
    _, s_end = scope.sentence(start)
    for end in scope.claims[k + 1:]:
        if end.figure.start >= s_end:
            return []
        if not (is_level(end) and same_unit(end, start)):
            continue
        if not _TO.search(scope.text(start.figure.end, end.figure.start) + "|" + (end.figure.to_level or "")):
            return []
        rate = end.growth or _rate_after(scope, end, s_end)
        fields: dict[str, object] = {"growth": end.id, "previous": start.id}
        if rate is None and not exact(start) and exact(end):
            rate = _points_after(scope, end, s_end)
        if rate is None or not (exact(start) or (exact(end) and _in_points(rate, end))):
            return []
        if rate is not end.growth:
            fields["rate"] = rate.id
        if any(REAL_LABEL.search(c.label or "") for c in (start, end)):
            fields["basis"] = "real"  # 地区生产总值从2016年的695.7亿元增加到2021年的1144.2亿元，年均增长8.7%
        rate_figure = rate if rate is end.growth else rate.figure
        clause_start, _ = clause_span(scope.plain, rate_figure.start, rate_figure.end)
        since_end = scope.text(min(clause_start, end.figure.end), rate_figure.number_start)  # after B
        if _OTHER_BASIS.search(since_end):
            return []  # 由A增加到B，按可比口径增长x%: the rate is not B against A
        if REAL_BASIS.search(since_end):
            fields["basis"] = "real"  # 增加到B，按可比价格计算，年均增长x%: B/A is at current prices
        if _AVERAGE_RATE.search(scope.text(clause_start, rate_figure.number_start)):
            years = _years_between(scope, start, end)
            if years is None:
                return []  # 年均增长 over years the sentence does not name
            fields["years"] = years
        return [Found("growth", fields, "stated", end, "由…到…", f"{end.id}_growth")]
    return []


def _in_points(rate: DraftClaim, end: DraftClaim) -> bool:
    figure = rate.figure if rate is not end.growth else end.growth
    return figure is not None and figure.quantity is not None and figure.quantity.unit.dimension == "pp"


#: A rate a year over the span: 年均增长, and the compound annual rate of a prospectus (复合年增长率,
#: 年复合增长率, 复合增长率 — (B/A)^(1/n) − 1 over n years).
_AVERAGE_RATE = later(r"年均|平均每年|平均|复合(?:年均?)?增长率")


#: the words that put a rate on another base than the levels as stated: 剔除留抵退税后, 同口径,
#: (按)可比口径, 扣除…因素 — 税收收入720,801万元，同比减收92,021万元，剔除留抵退税后同口径下降6.07%
_OTHER_BASIS = later(r"剔除[^，,。；;]{0,16}?后|同口径|可比口径|扣除[^，,。；;]{0,12}?因素")


def _years_between(scope: Scope, start: DraftClaim, end: DraftClaim) -> int | None:
    """从2013年的A增加到2017年的B: 4 years, the span a 年均增长 is over."""
    first = _YEAR.findall(scope.before(start))
    second = _YEAR.findall(scope.text(start.end, end.figure.start))
    if len(first) != 1 or len(second) != 1 or int(second[0]) <= int(first[0]):
        return None
    return int(second[0]) - int(first[0])


def _with_change(scope: Scope, level: DraftClaim, change: DraftClaim) -> list[Found]:
    """产量14582万吨，比上年增加296.7万吨，增长2.1%: the level, its change and its rate in one
    sentence — the previous level is the level less the change."""
    _, s_end = scope.sentence(level)
    i = scope.index(change)
    aside = scope.claims[i + 1] if i + 1 < len(scope.claims) else None
    owner = next((c for c in (change, aside, level) if c is not None and c.growth is not None
                  and (c is not aside or scope.aside(c))), None)
    rate = None if owner is not None else _rate_after(scope, change, s_end)
    rate_figure = owner.growth if owner is not None else rate.figure if rate is not None else None
    if rate_figure is None or not exact(change):
        return []
    if rate_figure.comparison and _YEAR_BASE.match(scope.text(level.end, change.figure.start)):
        return []  # 比2005年增加N，比上年增长x%: the rate is against another year
    words = scope.text(clause_span(scope.plain, rate_figure.start, rate_figure.end)[0],
                       rate_figure.number_start)
    if _AVERAGE_RATE.search(words):
        return []  # 增加N，两年平均增长x%: a rate a year, not this change's
    if _OTHER_BASIS.search(words):
        return []  # 同比减收N，剔除留抵退税后同口径下降x%: the rate is on another base than N's
    if _SINCE_START.search(scope.text(level.end, change.figure.start)) and _YEAR_ON_YEAR.search(words):
        return []  # 贷款余额1.27万亿元，比年初增加1287.7亿元，同比增长20.5%: the change is since the
        # year's start, the rate against a year before
    fields = {"growth": level.id, "change": change.id}
    if REAL_BASIS.search(words):
        fields["basis"] = "real"  # 达4975元，同比增加463元，实际增长11%: the change is nominal, the rate real
    if owner is not level:
        fields["rate"] = owner.id if owner is not None else rate.id
    return [Found("growth", fields, "stated", level, "a level, its change and its rate",
                  f"{level.id}_growth")]


def _rate_after(scope: Scope, level: DraftClaim, s_end: int) -> DraftClaim | None:
    """A growth rate stated after the level in its sentence (…，增长12%; …，总产量十年增长1.3倍:
    a span of time before the rate is the time the change took, not another level)."""
    for c in scope.in_span(level.figure.end, s_end):
        if _is_growth_rate(c):
            return c
        if is_level(c) and not scope.aside(c) and not _bracketed(scope, c) \
                and c.figure.quantity.unit.dimension != "time":
            return None
    return None


def _points_after(scope: Scope, level: DraftClaim, s_end: int) -> DraftClaim | None:
    """A change in 百分点 after a percentage in its sentence, past a span of time (提高至去年的48%，
    五年时间提升12个百分点); None past any other figure."""
    for c in scope.in_span(level.figure.end, s_end):
        q = c.figure.quantity
        if q is not None and q.unit.dimension == "pp" and c.figure.change_word in UP + DOWN:
            return c
        if q is None or q.unit.dimension != "time":
            return None
    return None


def _is_growth_rate(c: DraftClaim) -> bool:
    """增长12%, 增长1.3倍 (×2.3, a rate of 130%), not 是…的2倍 (no change word)."""
    return _is_growth_rate_figure(c.figure)


def _is_growth_rate_figure(f: Figure) -> bool:
    if not f.is_rate or f.quantity is None:
        return False
    dimension = f.quantity.unit.dimension
    return dimension == "ratio" or (dimension == "factor" and f.change_word in UP)


_BARE_CHANGE = later(r"^[，,](?:增加|减少|增收|减收|增支|减支|增产|减产)$")


def _change_after(scope: Scope, level: DraftClaim, bare: bool = False) -> DraftClaim | None:
    """比上年增加14.2万人 right after a level: a change in the level's own unit. With `bare`, a
    change without its base (完成80.18亿元，增加2.79亿元; 增长2.61%，增收2546万元): the previous
    period's only when the sentence states the rate too (see :func:`_with_change`)."""
    if level.figure.quantity.unit.dimension == "ratio":
        return None  # a percentage changes in 百分点: 提升465.44% after 273.45% is a growth rate
    i = scope.index(level)
    for nxt in scope.claims[i + 1:i + 3]:
        q = nxt.figure.quantity
        if not same_unit(nxt, level) or q is None or not (q.change or nxt.figure.change_word):
            continue
        between = compiled(r"[（(][^）)]*[）)]").sub("", scope.text(level.end, nxt.figure.start))
        words = between + scope.text(nxt.figure.start, nxt.figure.number_start)
        if bare:
            if _BARE_CHANGE.match(words) and not nxt.figure.comparison:
                return nxt
            continue
        adjacent = compiled(r"[，,]?(?:本月|当月|本期|本季度)?").fullmatch(between) \
            or _CHANGE_AFTER.match(between)
        if adjacent and (_CHANGE_AFTER.match(words) or nxt.figure.comparison):
            return nxt
    return None


def _levels(scope: Scope) -> dict[tuple, DraftClaim]:
    """The first exact level of each label, period and unit (one pass: linear in the article)."""
    out: dict[tuple, DraftClaim] = {}
    for c in scope.claims:
        if c.label and c.period is not None and is_level(c) and exact(c):
            out.setdefault((c.label, c.period, c.figure.quantity.unit.key), c)
    return out


def _previous_of(scope: Scope, c: DraftClaim, levels: dict[tuple, DraftClaim]
                 ) -> DraftClaim | None:
    """The same subject's level of the period before (a year earlier), stated in the article."""
    period = c.period or scope.draft.period
    if period is None or not c.label:
        return None
    other = levels.get((c.label, period - 1, c.figure.quantity.unit.key))
    return other if other is not c else None
