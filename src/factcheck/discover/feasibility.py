"""Percentages of a whole count that some whole number must reach (GRIM): a rate of the days of
the year with a valid measurement (空气优良率), or a percentage the words make a share of a count
(120名学生中，85%…; 其中).
A count the percentage follows without such words is the part (111家，占…16.6%; 582个，个数占比
65.9%; 有29个行业…增长，占70.7%) or another figure; a ratio of amounts or a member's value
(120家企业中，资产负债率为55.3%; 26个城市中，济南的回暖值为35.5%; 在22城中，X以67%的联合拿地
比例领跑; 三个行业中，X 22746元，为全市平均水平的34.2%),
the members a count numbers, each with its share (四个领域分别占17.3%、16.8%…),
a share of an amount a clause after the count names (共批签发20种疫苗，其中狂犬病疫苗批签发量
位居首位，占比17.08%), a share of a part named in between (…(50%)，其中55%) and a member's own
figure (其中江西（6.9%）) are none either."""

from __future__ import annotations

import calendar

from ..lexicon import DOWN, UP
from ..patterns import compiled, later
from .claims import DraftClaim
from .scope import Found, Scope, a_change, is_level

__all__ = ["find"]

#: The fewest days with a valid daily measurement for which a year's air-quality rates are
#: published (HJ 663-2013): the rates are of those days, not always of the year's 365
#: (PM2.5达标天数全年占比92.01%，空气质量优良率78.5%: 334/363 and 285/363).
VALID_DAYS = 324
_DAYS_RATE = later(r"优良率|优良天数比例|优良天数比率|达标天数比例")
#: The count is the subject that 分别 shares out (四个领域分别占17.3%、16.8%…, 两类企业分别为…): it
#: numbers the members listed, each with its own share of another whole — not the whole.
_EACH_OF_THE_COUNTED = later(r"^[^，,。；;中]{0,8}分别")
#: Words of a ratio or an amount: a percentage of those is no share of the count before it.
_OF_AMOUNTS = later(r"率|额|营收|收入|产值|利润|投资|增加值|产量|销量|面积|税|资产|负债|成本|费用|价|"
                    r"值|指数|[增涨降跌]幅|增速")
# the words make the count the whole: 其中, a 中 closing the count's phrase (120名学生中，85%…), or
# a part of it that 占 (120名学生，女生占55%); 项目582个，个数占比65.9% makes the count the part,
# 六个省会中排名最末，武汉的…达到21.34% reads a ranking, not a share of the six; the 中 of 中部 is none
#: A percentage followed by the ratio it is the value of (以61.04%的人口增长率, 以67%的联合拿地比例): a
#: member's own ratio, never a share of the count before it.
_OWN_RATIO = later(r"^(?:[和、与及][0-9.]+%)*的[^，,。；;、]{0,10}?"
                   r"(?:率|比例|比重|占比|份额|增速|[增涨降跌]幅)")
#: A percentage of a whole its clause names (为全市平均水平的34.2%, 相当于全国的61%): not of a count.
_NAMED_WHOLE = later(r"^(?:为|是|相当于|达到?|仅为|约为)[^，,。；;]{2,}的$")
#: A change word right before the percentage (or before the first of a run of them): the percentage
#: is how far a measure moved or stands from its normal, not a share of the count (降水量比常年值偏多
#: 的仅有7个省（自治区），其中福建和广东分别偏多27.9%和19.2%: each province's precipitation).
_CHANGE_BEFORE = later(r"(?:偏多|偏少|偏高|偏低|偏大|偏小|" + "|".join(UP + DOWN) + r"|多|少|高|低)"
                       r"(?:了|约|达到?|为)?(?:[0-9.]+%(?:和|、|与|及|以及))*$")
_OF_COUNT = later(r"其中|^[^，,。；;]*中(?:[，,：:]|有|$)|^[^。；;]*占$")
#: A measure noun the share is of (批签发量, 销售额, 营业收入, 产值, 规模), as the subject of its clause:
#: not a count (数量, 个数, 大量), no threshold (限额以上, 规模以上) and not a word that qualifies
#: another noun (销售额下降的企业).
_MEASURE = later(r"(?:(?<![数个大少])量|(?<![限名])额|收入|规模(?!以上)|产值)(?![^，,。；;]*的)")


def find(scope: Scope) -> list[Found]:
    found: list[Found] = []
    for k, rate in enumerate(scope.claims):
        q = rate.figure.quantity
        if q is None or q.unit.dimension != "ratio" or rate.figure.is_rate or q.qualifier is not None:
            continue
        if q.unit.name != "%":
            continue
        if rate.label and _DAYS_RATE.search(rate.label):
            year = rate.period or scope.draft.period
            days = 366 if year is not None and calendar.isleap(year) else 365
            found.append(Found("feasible", {"feasible": rate.id, "of": f"{VALID_DAYS}-{days}天"},
                               "stated", rate, f"a share of the days of {year or 'the year'} with a "
                               f"valid measurement ({VALID_DAYS} to {days})", f"{rate.id}_days"))
            continue
        s_start, _ = scope.sentence(rate)
        if _OWN_RATIO.search(scope.text(rate.figure.end, rate.figure.end + 24)):
            continue
        for count in reversed(scope.claims[:k]):
            if count.figure.start < s_start:
                break
            cq = count.figure.quantity
            if cq is None or cq.unit.dimension != "count" or not cq.interval.is_point \
                    or cq.value > 100_000:
                continue
            between = scope.text(count.figure.end, rate.figure.start)
            if compiled(r"占[^，,。；;]{2,}").search(between):
                break  # 111家，占全国IPO数量的16.6%: the count is the part, its whole unstated
            if _OF_AMOUNTS.search(compiled(r"[，,]").split(between)[-1]):
                break  # 120家企业中，资产负债率为55.3% (营收占45.3%): a ratio of amounts, not of firms
            shares = [c for c in scope.in_span(count.figure.end, rate.figure.start)
                      if c.figure.quantity is not None and c.figure.quantity.unit.dimension == "ratio"]
            if shares and "其中" in scope.text(shares[-1].figure.end, rate.figure.start):
                break  # 119名受访者中，生产用户(50%)，其中55%的人…: a percentage of a part
            if _EACH_OF_THE_COUNTED.search(between):
                break  # 生物、新材料、电子信息和新能源四个领域分别占17.3%、16.8%…: the members' shares
            if compiled(r"[，,]").split(between)[-1] == "占":
                break  # 在41个行业中，有29个行业利润增长，占70.7%: the count is the part, not the whole
            if between.endswith("占") and _amount_in_clause(scope, count, rate):
                break  # 九市旅客…70.9万人次，当中珠海市19.23万人次及广州市旅客15.53万人次分别占27.1%及21.9%:
                # the parts 占 governs are the amounts of its clause, no members of the count
            if between.endswith(("（", "(")):
                break  # 其中江西（6.9%）、福建（6.7%）: a member's own figure, not a share of the count
            if _NAMED_WHOLE.search(compiled(r"[，,]").split(between)[-1]):
                break  # 三个行业中，租赁和商务服务业22746元，为全市平均水平的34.2%: of the level it names
            if _CHANGE_BEFORE.search(compiled(r"[，,]").split(between)[-1]):
                break  # 其中福建和广东分别偏多27.9%和19.2%: above their normal, no share of the 7
            named = _RATIO_NAMED.search(compiled(r"[，,]").split(between)[-1])
            if named and named.group(1) not in scope.clause_text(count.figure.start, count.figure.end):
                break  # 其中56家预告同比增长，4家扭亏，报喜比例占82%: the firms with good news, 56 + 4
            if _of_a_measure(between):
                break  # 共批签发20种疫苗，其中狂犬病疫苗批签发量位居首位，占比17.08%: of the doses
            if _OF_COUNT.search(between):
                found.append(Found("feasible", {"feasible": rate.id, "of": count.id}, "stated",
                                   rate, f"a percentage of {count.value}", f"{rate.id}_feasible"))
            break
    return found


#: A ratio named by whose it is (报喜比例占82%, 亏损比例为): of the things the name says, which the
#: count right before it may be only some of.
_RATIO_NAMED = later(r"([\u4e00-\u9fff]{2,6})(?:比例|比率)(?:占|为|达到?|约为)?$")


def _amount_in_clause(scope: Scope, count: DraftClaim, rate: DraftClaim) -> bool:
    """A level of an amount (not a count, a ratio or a change) in the percentage's clause after the
    count: what 占 shares out is that amount."""
    start = max(count.figure.end, scope.clause(rate)[0])
    return any(is_level(c) and not a_change(c) and c.figure.quantity is not None
               and c.figure.quantity.unit.dimension not in ("count", "ratio", "pp", "factor")
               for c in scope.in_span(start, rate.figure.start))


def _of_a_measure(between: str) -> bool:
    """The share is of an amount a clause after the count names as its subject (共批签发20种疫苗，
    其中狂犬病疫苗批签发量位居首位，占比17.08%), not of the count: a measure noun after 其中, or
    else after the count's own clause."""
    at = between.rfind("其中")
    words = between[at + 2:] if at >= 0 else compiled(r"[，,]").split(between, maxsplit=1)[-1]
    return bool(_MEASURE.search(words))
