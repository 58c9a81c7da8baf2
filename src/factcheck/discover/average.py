"""Averages: 人均 / 户均 / 平均每… with the total and the count it divides, all in one sentence
(全年发放补贴2.1亿元，惠及1.2万户，户均1.75万元). Per-capita income and GDP per head come from
surveys and average populations: they are not checked against a total and a year-end count —
unless the sentence names the count it divides by (GDP总量1730.2亿元，按2020年全市常住人口185.94万人
计算，人均GDP约9.31万元). An average that divides by a unit of time as well (平均每个集聚区每夜,
人均每天, 每年平均) is per count and per period: total / count is not it, and it is not checked
against them. A yearly average of a change over the years the sentence names follows
it (过去10年，郑州常住人口增加397.4万人、年均增量为39.74万): the change divided by the years. A total
summed over a span its sentence names, with its average per year (day, month) right after it:
the span a figure (过去5年, 国庆7天假期), a five-year plan (“十四五”期间: 5年) or the years since the
base year of the change (2021年…比2012年增加9486万人，年均增长1054万人: 9年). A cash dividend per
ten shares (per share) with the share capital it is paid on and its total (:func:`dividends`).
An average of a level — a concentration, a price per ton, a density (PM2.5平均浓度为35微克/立方米) — is a
mean already and no total of such levels exists: it is never total / count."""

from __future__ import annotations

from ..patterns import later
from ..units import intensive
from .claims import DraftClaim
from .scope import Found, Scope, a_change, exact, is_level, same_unit

__all__ = ["find"]

_AVERAGE = later(r"人均|户均|平均每|每户|每人|平均")
_NOT_DIVIDED = later(r"可支配收入|生产总值|GDP|消费支出|工资|收入")
_DIVIDED_BY = later(r"按[^，,]*$")  # 按2020年全市常住人口 before the count, 计算 after it
_COMPUTED = later(r"^计算")
# an average rate (失业率平均为5.7%) is a mean over months or places, never a total over a count
_RATES = ("ratio", "pp", "factor")
_FROM_TO = later(r"^[^，,。；;]{0,3}(?:提高|上升|增加|增长|下降|减少|降低|回落|扩大|缩小)(?:至|到|为)$")


#: What each average divides by: 人均 and 每人 a count of people (or of visits: 人均消费 of 游客…人次),
#: 户均 and 每户 a count of households (or of firms, counted in 户 and 家); a count of anything
#: else is no divisor of theirs (扶贫资金…覆盖贫困户4989户，人均增收1490元: funds per household, not
#: income per person). 平均每 and 平均 divide by whatever the sentence counts.
_DIVISORS = {"人均": ("人", "名", "位", "人次"), "每人": ("人", "名", "位", "人次"),
             "户均": ("户", "家"), "每户": ("户", "家")}


def find(scope: Scope) -> list[Found]:
    found: list[Found] = []
    for k, per in enumerate(scope.claims):
        before = scope.before(per)
        word = _AVERAGE.search(before)
        if not is_level(per) or word is None or per.figure.quantity.unit.dimension in _RATES \
                or intensive(per.figure.quantity.unit) or _per_period(before, word.start()):
            continue
        s_start, _ = scope.sentence(per)
        earlier = [c for c in scope.claims[:k] if c.figure.start >= s_start]
        count = next((c for c in reversed(earlier) if is_level(c) and exact(c)
                      and c.figure.quantity.unit.dimension in ("count", "visits")
                      and not same_unit(c, per)), None)
        if count is not None and not _divides(word.group(0), count):
            continue
        named = count is not None and _named_divisor(scope, count)
        if not named and (not exact(per) or _NOT_DIVIDED.search(per.label or "")):
            continue
        total = next((c for c in reversed(earlier) if is_level(c) and same_unit(c, per)
                      and exact(c) and not _per_unit(c)), None)
        if total is None or count is None or _FROM_TO.match(scope.text(total.end, per.figure.number_start)):
            continue  # 平均受教育年限由9.08年提高至9.91年: one measure at two dates, no total
        found.append(Found("average", {"average": per.id, "total": total.id, "count": count.id},
                           "stated", per, "an average with its total and count",
                           f"{per.id}_average"))
    return found


#: A figure per person or per thing by its name: a standard, a price, a threshold, itself an
#: average (基本养老金最低标准168元，…领取待遇人数77494人，月人均待遇水平190元: the minimum each is
#: paid, no total of the 77494 people's pensions); 高标准农田 and 标准化厂房 are things, no standard.
_PER_UNIT = later(r"(?<!高)标准(?!化)|单价|均价|价格|门槛|人均|户均|平均")


def _per_unit(c: DraftClaim) -> bool:
    """A figure whose name says it is per person or per thing (最低标准, 单价): no total to divide."""
    return bool(c.label and _PER_UNIT.search(c.label))


_PER_YEAR = later(r"^[、，,](?:年均|平均每年|每年平均)(?:增量|增加|增长|新增|减少|下降)?(?:为|达到|达)?$")
_PER_YEAR_FIRST = later(r"(?:年均|平均每年|每年平均)(?:增量|增加|增长|新增|减少|下降)?(?:为|达到|达)?$")
_YEARS_PAST = later(r"(?:过去|近|最近|这)$")
_CHANGED = later(r"增加|减少|新增|增长|下降|累计")
_YEARS = later(r"(?:\d+|[一二三四五六七八九十两]+)年")
_SUMMED = later(r"^累计[^，,。；;、]*$")


def per_year(scope: Scope) -> list[Found]:
    """A yearly average with its change and the years, in one sentence, either order: 过去N年，A增加X、
    年均增量为Y (the change right before the average, the years opening the sentence), or A年均Y，N年
    累计…X (the years and the summed total right after the average): Y = X / N."""
    found: list[Found] = []
    for k, per in enumerate(scope.claims):
        if not is_level(per) or per.figure.quantity.unit.dimension in _RATES:
            continue
        pair = _change_before(scope, k, per) or _sum_after(scope, k, per)
        if pair is None:
            continue
        total, years = pair
        if not same_unit(per, total):
            per.unit = total.figure.quantity.unit.name  # 年均增量为39.74万 of 397.4万人: 万人
        found.append(Found("average", {"average": per.id, "total": total.id, "count": years.id},
                           "stated", per, "a yearly average with its total and years",
                           f"{per.id}_average"))
    taken = {id(r.at) for r in found}
    found.extend(r for r in _per_span(scope) if id(r.at) not in taken)
    return found


#: The average of a span right after its total (3.5万亿元，平均每年7000亿元), with the unit of time
#: it divides by.
_SPAN_AVERAGE = later(r"^[，,](?:即|约)?(?P<word>平均每年|每年平均|年均|平均每天|每天平均|平均每日|日均|"
                      r"平均每月|每月平均|月均)[^，,。；;：:\d]{0,8}?(?:为|达|达到|约|在)?$")
_SPAN_UNITS = {"年": ("年",), "天": ("天", "日"), "日": ("天", "日"), "月": ("个月", "月")}
#: A five-year plan's span: “十四五”期间, 十三五时期 — five years.
_PLAN = later(r"[“\"'‘]?十[一二三四五六]五[”\"'’]?(?:规划)?(?:期间|时期|期内)")
_SPAN_BEFORE = later(r"(?:过去|近|最近|未来|今后|这)$")
_SPAN_AFTER = later(r"^(?:来|里|内|间|期间|假期|长假|黄金周|中|时间里)")
#: A total summed over the span, by its words: 累计, 共, 总投资, 新增 … (never a level at its end:
#: 到“十四五”末GDP达到3万亿元 is no sum of the years).
_SUMMED_OVER = later(r"累计|共|合计|总计|总额|总投资|总规模|新增|增加|减少|投资")
_TO_LEVEL = later(r"(?<!达)[到至]$|^从|[，,]从")
_SPAN = later(r"(?:\d+|[一二三四五六七八九十两]+)(?:年|天|日|个月)")


def _per_span(scope: Scope) -> list[Found]:
    """A total over a span and its average per year (day, month) right after it, in a sentence that
    names the span: “十四五”期间…总投资额将达到3.5万亿元，平均每年7000亿元 (a five-year plan: 5年);
    过去5年累计新增就业50万人，年均10万人; 国庆7天假期，全市共接待游客…，日均… — Y = X / N. The total
    must be one the words sum over the span (累计, 共, 总投资, 新增 …)."""
    found: list[Found] = []
    for k in range(1, len(scope.claims)):
        total, per = scope.claims[k - 1], scope.claims[k]
        m = _SPAN_AVERAGE.match(scope.text(total.end, per.figure.number_start))
        if m is None or not is_level(per) or per.figure.quantity.unit.dimension in _RATES \
                or not is_level(total) or not exact(total) or not _counts_alike(total, per) \
                or not scope.same_sentence(total, per):
            continue
        a, _ = scope.clause(total)
        words = scope.text(a, total.figure.number_start)
        if not _SUMMED_OVER.search(words) or total.figure.to_level or _TO_LEVEL.search(words):
            continue  # 从1万亿元增加到1.5万亿元: a level at the span's end
        unit = m.group("word")[-1] if m.group("word")[-1] in "年天日月" else m.group("word")[0]
        count = _span(scope, total, _SPAN_UNITS[unit])
        if count is None:
            continue
        if not same_unit(per, total):
            per.unit = total.figure.quantity.unit.name
        found.append(Found("average", {"average": per.id, "total": total.id, "count": count},
                           "stated", per, "an average per year (day, month) of a total over a span",
                           f"{per.id}_average"))
    return found


def _span(scope: Scope, total: DraftClaim, units: tuple[str, ...]) -> str | None:
    """The span of time the sentence names before its total, in the average's unit: the one figure
    of a span (过去5年, 7天假期), or a five-year plan (5年); None when there is none or more than one."""
    s_start, _ = scope.sentence(total)
    spans = [c for c in scope.in_span(s_start, total.figure.start)
             if c.figure.quantity is not None and c.figure.quantity.unit.name in units
             and _SPAN.fullmatch(c.value)
             and (_SPAN_BEFORE.search(scope.text(s_start, c.figure.number_start))
                  or _SPAN_AFTER.match(scope.text(c.end, c.end + 4)))]
    words = scope.text(s_start, total.figure.start)
    plan = units == ("年",) and _PLAN.search(words)
    since = _years_since(words) if units == ("年",) else None
    if len(spans) + bool(plan) + bool(since) != 1:
        return None
    return spans[0].id if spans else "5年" if plan else f"{since}年"


_SINCE_YEAR = later(r"比((?:19|20)\d\d)年(?:末|底)?[^，,。；;\d]{0,6}$")
_THIS_YEAR = later(r"((?:19|20)\d\d)年")


def _years_since(words: str) -> int | None:
    """2021年，城镇就业人员总量达到46773万人，比2012年增加9486万人: the years from the base the
    total is counted from to the one year the sentence names before it (9)."""
    m = _SINCE_YEAR.search(words)
    if m is None:
        return None
    years = {int(y) for y in _THIS_YEAR.findall(words[:m.start()])}
    if len(years) != 1:
        return None
    n = years.pop() - int(m.group(1))
    return n if n >= 2 else None


def _a_span_of_years(c: DraftClaim) -> bool:
    return c.figure.quantity is not None and c.figure.quantity.unit.name == "年" \
        and bool(_YEARS.fullmatch(c.value))


def _change_before(scope: Scope, k: int, per: DraftClaim) -> tuple[DraftClaim, DraftClaim] | None:
    """过去10年，郑州常住人口增加397.4万人、年均增量为39.74万."""
    if k == 0:
        return None
    total = scope.claims[k - 1]
    if not is_level(total) or not _PER_YEAR.match(scope.text(total.end, per.figure.start)) \
            or not (a_change(total) or _CHANGED.search(scope.before(total))) \
            or not _counts_alike(total, per):
        return None
    s_start, _ = scope.sentence(per)
    years = [c for c in scope.in_span(s_start, total.figure.start) if _a_span_of_years(c)
             and _YEARS_PAST.search(scope.text(s_start, c.figure.number_start))]
    return (total, years[0]) if len(years) == 1 else None


def _sum_after(scope: Scope, k: int, per: DraftClaim) -> tuple[DraftClaim, DraftClaim] | None:
    """城镇新增就业年均超过1300万人，10年累计实现城镇新增就业1.3亿人."""
    if k + 2 >= len(scope.claims) or not _PER_YEAR_FIRST.search(scope.before(per)):
        return None
    years, total = scope.claims[k + 1], scope.claims[k + 2]
    if not _a_span_of_years(years) or scope.text(per.end, years.figure.start) not in ("，", ",") \
            or not is_level(total) or not exact(total) or not _counts_alike(total, per) \
            or not _SUMMED.match(scope.text(years.figure.end, total.figure.start)):
        return None
    return total, years


def _counts_alike(total: DraftClaim, per: DraftClaim) -> bool:
    """The same unit, or a bare number after a count of people or things (增加397.4万人、年均增量为
    39.74万)."""
    if same_unit(total, per):
        return True
    return per.figure.quantity.unit.dimension == "number" and total.figure.quantity.unit.dimension == "count"


#: A unit of time an average also divides by: 平均每个集聚区每夜4.97万人次 (per area and per night),
#: 人均每天, 平均每户每月, 每个景区日均; 每年平均 before the word. The span's length is not the count's.
_PER_TIME = later(r"每(?:个|一)?(?:夜|晚|天|日|周|星期|月|季度|年|小时)|(?<![\d〇零一二三四五六七八九十])"
                  r"(?:日|月|年|周|夜)均")
_PER_TIME_BEFORE = later(r"每(?:个|一)?(?:夜|晚|天|日|周|星期|月|季度|年|小时)$")


def _per_period(before: str, at: int) -> bool:
    """The average divides by a unit of time too, in its own words (from its word on, or right
    before it): 平均每个集聚区每夜, 平均每天, 每年平均 — total / count is no such average, and the
    number of nights, days or months the total spans is not the count of the sentence. (An average
    per year, day or month of a total over a span the sentence names is :func:`_per_span`'s.)"""
    return bool(_PER_TIME.search(before, at) or _PER_TIME_BEFORE.search(before, 0, at))


def _divides(word: str, count: DraftClaim) -> bool:
    """The count is what the average word divides by (:data:`_DIVISORS`)."""
    units = _DIVISORS.get(word)
    return units is None or count.figure.quantity.unit.name in units


def _named_divisor(scope: Scope, count: DraftClaim) -> bool:
    """按N人计算: the sentence says which count its average divides by."""
    return bool(_DIVIDED_BY.search(scope.before(count))
                and _COMPUTED.match(scope.text(count.end, count.end + 2)))


#: A cash dividend per 10 shares (per share): 每10股派发现金红利2.00元, 每10股派发现金25.20元,
#: 每股派发现金红利0.25元 — the group's number is the divisor.
_PER_SHARES = later(r"每(10|十|1|一)?股(?:派发|派送|派|分配|分派|发放)"
                    r"(?:现金红利|现金股利|现金分红|红利|股利|现金)?(?:人民币)?$")
#: The total paid: 合计拟派发现金红利234,629,223.60元, 合计派发现金股利6,155,136,600.48元, 共计分配
#: 5,440,000.00元.
_PAID_TOTAL = later(r"(?:合计|共计|总计)拟?(?:派发|派送|派|分配|分派|发放)(?:现金红利|现金股利|现金分红|红利|"
                    r"股利|现金)?(?:总额|金额)?(?:为|约)?$")
#: The share capital the dividend is paid on: (现有)总股本(为)N股.
_SHARE_CAPITAL = later(r"总股本为?$")
#: The base is not the whole share capital: the shares bought back are taken out (以总股本扣除回购
#: 专用证券账户中的股份为基数), or the capital may still change (可转债转股, 股权激励行权).
_NOT_THE_CAPITAL = later(r"扣除|回购|剔除|减去|不含|除外|不参与")
#: The words tie the total to that capital: 以…总股本…为基数, 以此计算, 以此为基数.
_ON_THE_CAPITAL = later(r"为基数|以此计算|以此为基数|以此测算")


def dividends(scope: Scope) -> list[Found]:
    """A cash dividend per 10 shares, the share capital it is paid on and the total: 以公司现有总股本
    2,442,514,524股为基数，向全体股东每10股派发现金25.20元（含税），合计派发现金股利6,155,136,600.48元
    (*stated*, one sentence); 每10股派发现金红利4元（含税）。…公司总股本10,000万股，以此计算合计拟派发
    现金红利4,000万元 (*linked*, across sentences): total = capital × rate / 10. Only when the words
    say the base is that capital (为基数, 以此计算) and nothing is taken out of it (扣除回购股份)."""
    found: list[Found] = []
    for k, total in enumerate(scope.claims):
        if not is_level(total) or total.figure.quantity.unit.dimension != "money" \
                or not _PAID_TOTAL.search(scope.before(total)):
            continue
        near = [c for c in scope.claims[max(0, k - 8):k] if c.line >= total.line - 2]
        per = next(((c, m) for c in reversed(near) if c.figure.quantity.unit.dimension == "money"
                    and same_unit(c, total) and (m := _PER_SHARES.search(scope.before(c)))), None)
        if per is None:
            continue
        since = scope.sentence(per[0])[0]  # the capital: in the rate's sentence or after it
        capital = next((c for c in reversed(near) if c.figure.start >= since
                        and c.figure.quantity.unit.name == "股"
                        and _SHARE_CAPITAL.search(scope.before(c))), None)
        if capital is None or not exact(capital):
            continue
        words = scope.text(since, total.figure.start)
        if _NOT_THE_CAPITAL.search(words) or not _ON_THE_CAPITAL.search(words):
            continue
        rate, divisor = per[0], 1 if per[1].group(1) in ("1", "一") else 10
        how = "stated" if scope.same_sentence(rate, total) and scope.same_sentence(capital, total) \
            else "linked"
        expect = f"{total.id} == {capital.id} * {rate.id}" + (f" / {divisor}" if divisor != 1 else "")
        found.append(Found("expect", {"expect": expect}, how, total,
                           "a dividend per shares times the share capital it is paid on",
                           f"{total.id}_dividend"))
    return found
