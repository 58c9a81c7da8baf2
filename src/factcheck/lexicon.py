"""The words around a figure, in one place: what each means (docs/conventions.md sections B and C).

Two readers take their words from here and from nowhere else: the quantity parser
(:func:`factcheck.quantity.parse_quantity`), which reads a figure as a fact file writes it
(``超1万个``, ``下降3.2%``, ``30%左右``), and the article scanner (:mod:`factcheck.figures`),
which finds these words next to a number in running text and writes the figure for the parser.
So every word the scanner can put in front of a figure is a word the parser reads.

Each class is a tuple (or a dict word → qualifier) with its longest words first: a reader that
takes the first word that matches takes 超过 before 超, 负增长 before 增长, 达到了 before 达到.
No word belongs to two of the classes a reader looks for around a number (a test holds the
lexicon to it); the doubling pieces reuse bound and suffix words inside 翻…番.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .patterns import later

__all__ = [
    "BOUND",
    "BOUND_NOT_AFTER",
    "BOUND_ONLY_BEFORE_BARE_MAGNITUDE",
    "BOUND_ONLY_BEFORE_MAGNITUDE",
    "CHANGE_NOT_AFTER",
    "CLASS_SUFFIX",
    "CLAUSE_CHANGE",
    "CLAUSE_ESTIMATE",
    "COMPARISON",
    "DOUBLING",
    "DOUBLING_AFTER",
    "DOUBLING_BOUND",
    "DOUBLING_IN_TEXT",
    "DOUBLING_LEAD",
    "DOUBLING_WORDS",
    "DOWN",
    "ESTIMATE",
    "ESTIMATE_IN_NAME",
    "LONE_CHANGE",
    "NARROWING",
    "NEGATIVE_GROWTH",
    "NEUTRAL",
    "PARTICLES",
    "PERIOD",
    "POINTS",
    "QUALIFIERS",
    "RATE_NAMES",
    "STREAK",
    "SUFFIX",
    "TALLY",
    "TO_LEVEL",
    "UP",
    "estimate_pattern",
    "names_an_average",
    "pick",
]


def _longest_first(words: str) -> tuple[str, ...]:
    return tuple(sorted(words.split(), key=len, reverse=True))


def _by_qualifier(table: dict[str, str]) -> dict[str, str]:
    """{qualifier: 'word word …'} → {word: qualifier}, longest words first."""
    pairs = {w: q for q, words in table.items() for w in words.split()}
    return dict(sorted(pairs.items(), key=lambda wq: -len(wq[0])))


def pick(words: Iterable[str], *chosen: str) -> tuple[str, ...]:
    """Some words of one class: a reader's own selection, checked to belong to the class."""
    pool = set(words)
    missing = [w for w in chosen if w not in pool]
    if missing:
        raise ValueError(f"not in this word class: {', '.join(missing)}")
    return chosen


#: The qualifiers a bound word gives, with the interval each means for a figure X whose last
#: significant digit has the place value u (docs/conventions.md C); ``odd`` is X余/X多.
QUALIFIERS: dict[str, str] = {
    "more-than": "(X, ∞), soft < X + u",
    "reached": "[X, ∞), soft < X + u",
    "at-least": "[X, ∞)",
    "at-most": "(−∞, X]",
    "nearly": "[X − u, X), soft ≥ X − u/2",
    "about": "[X − u/2, X + u/2], every bound soft",
    "under": "[0, X)",
    "odd": "(X, X + u)",
    "class": "[X, X + u): 3万亿量级; a magnitude alone [M, 10M): 千亿级",
    "digits": "n digits before the point: 两位数增长 [10%, 100%)",
}

#: After a number with a magnitude, the words of its class (千亿级, 3万亿量级): no count of levels.
CLASS_SUFFIX: tuple[str, ...] = ("量级", "级")

#: Bound words before a number, each with its qualifier: 超 (X, ∞), 突破 [X, ∞), 至少 ≥, 最多 ≤,
#: 近 [X − u, X), 约 ≈, 不足 [0, X).
BOUND: dict[str, str] = _by_qualifier({
    "more-than": "超过 超出 超 逾 多于 高于 大于 过",
    "reached": "突破 迈上 站上 跨越 踏上 跨进 跨入 迈入 迈进 破 上",
    "at-least": "至少 不低于 不少于",
    "at-most": "最多 不超过 不高于 不多于 未超过 未超出 没有超过 没超过 未高于",
    "nearly": "接近 将近 近 逼近",
    "about": "大约 约 大概",
    "under": "不足 不到 不满 低于 少于 跌破 未达到 没有达到 未达",
})

#: One-character bound words end words of another meaning; after these characters they are none:
#: 最近 附近 临近 (近), 赶超 (超), 节约 制约 预约 签约 (约), 打破 攻破 击破 (破), 经过 通过 (过),
#: 成千上万 成百上千 线上 以上 (上).
BOUND_NOT_AFTER: dict[str, str] = {
    "近": "最接将逼附靠临邻亲贴",
    "超": "最接将逼附靠临赶高",
    "约": "节制预签合条公契邀特简违履相践集婚",
    "破": "打攻击冲识爆看道说划刺捅撕戳残突跌",
    "过": "经通不超度越错路穿透看闯难放跳胜记罪功太跨走",
    "上": "成千百线以之向马往北南赶登迈站踏爬走送跟",
}

#: 过 is a bound word only before a magnitude (过万亿元, 过5.5万亿元, 过千亿): 过3年 is "after".
BOUND_ONLY_BEFORE_MAGNITUDE: tuple[str, ...] = ("过", "上")

#: 上 reaches a bare magnitude only (上百家, 上千亿元, 上万人): 上3年, 上5个 are no figure of it.
BOUND_ONLY_BEFORE_BARE_MAGNITUDE: tuple[str, ...] = pick(BOUND_ONLY_BEFORE_MAGNITUDE, "上")

#: Words that state a figure without bounding it (达, 为, 实现, 共计, 有 …): the plain figure, [X − h, X + h].
NEUTRAL: tuple[str, ...] = _longest_first(
    "达到 达 为 是 实现 共计 共 合计 总计 累计 完成 仅 已达 已有 只有 拥有 共有 具有 现有 有 计"
)

#: The period a figure covers, written before it (全年227.6亿元): no effect on its reading; the
#: scanner leaves it out of the figure's words.
PERIOD: tuple[str, ...] = ("全年",)

#: A projection or target, not a measurement (预计, 目标 …): failures are warnings.
ESTIMATE: tuple[str, ...] = _longest_first("预计 预期 力争 目标 计划 有望 预估")

#: The estimate verbs that reach over the rest of their clause (预计全年…增长6%), not only the
#: figure right after them.
CLAUSE_ESTIMATE: tuple[str, ...] = pick(ESTIMATE, "预计", "预期", "力争", "有望")

#: An estimate word that is part of a measure's name before these words, and no projection there:
#: 人均预期寿命 and 预期受教育年限 are measured each year, 平均预期收益率 is what products offer,
#: surveyed week by week (its change 较上周下降0.02个百分点 is a measurement too).
ESTIMATE_IN_NAME: dict[str, tuple[str, ...]] = {"预期": ("寿命", "受教育年限", "收益率", "年化收益率")}


def estimate_pattern(words: Iterable[str]) -> str:
    """A regular expression for some estimate words in running text, each never where it is part
    of a measure's name (预期 of 人均预期寿命)."""
    return "|".join(re.escape(w) + (f"(?!{_alternatives(ESTIMATE_IN_NAME[w])})" if w in ESTIMATE_IN_NAME
                                     else "") for w in sorted(words, key=len, reverse=True))

#: Against the same period last year or the previous period (同比, 比上年 …), or a share of last
#: year's level (是上年同期的85%): the figure that follows is read as written.
COMPARISON: tuple[str, ...] = _longest_first(
    "是上年同期的 为上年同期的 是去年同期的 是上年的 为上年的 是去年的 为去年的 相当于上年的 "
    "比上年同期 较上年同期 比去年同期 较去年同期 比上年 较上年 比去年 较去年 同比 环比"
)

#: A change **to** a level (降至, 增长到, 回落到 …): the figure is the new level, not the change.
TO_LEVEL: tuple[str, ...] = _longest_first(
    "增长到 增长至 增至 增加到 增加至 提高到 提高至 提升到 提升至 上升到 上升至 下降到 下降至 "
    "降至 降到 降低到 降低至 减少到 减少至 减至 扩大到 扩大至 缩小到 缩小至 回落到 回落至 放缓到 放缓至 "
    "达到了"
)

#: A rise **by** the figure (增长5%, 增幅5%): a change, ×(1 + x%). 调增 / 调减 are a budget's adjustment
#: (由年初的76138万元调整为89138万元，调增13000万元): the change, never the adjusted level.
UP: tuple[str, ...] = _longest_first(
    "增长率 增长 增加 上升 提高 提升 扩大 上涨 增速 增幅 增收 增支 增产 增投 调增 微增 微涨 同增 净增 增 涨"
)

#: A fall **by** the figure (下降3%, 降幅3%, 负增长3%; a price's bare 跌, 环比跌7.1%): a change, ×(1 − x%).
DOWN: tuple[str, ...] = _longest_first(
    "负增长 下降率 下降 减少 降低 回落 下滑 缩小 下跌 收窄 降幅 减收 减支 减产 调减 微降 微跌 同降 净减 "
    "减 降 跌 放缓"
)

#: A change word that ends the name of another measure after these words: 人口自然增长率 is births
#: less deaths, a level of its own, not the growth of the population.
CHANGE_NOT_AFTER: dict[str, tuple[str, ...]] = {"增长率": ("自然",)}

#: What a count of points counts (八大关注点, 五个问题, 六个新亮点): the points that follow, each
#: opened by its numeral (关注点一, 一是, 一、).
POINTS: tuple[str, ...] = _longest_first(
    "关注点 关键词 看点 问题 亮点 特点 特征 方面 举措 措施 任务 变化 趋势 重点 成效 做法 经验 建议"
)

#: After a numeral, the words of a streak (勇夺“三连冠”、实现“四连胜”, 出口实现三连增): the numeral
#: counts wins or periods in a row, no things a list names; no figure.
STREAK = ("连胜", "连冠", "连增", "连涨", "连降", "连跌")

#: The words of a tally of directions (四升三降一平, 一减两稳五增, 八增长两收窄, 六涨一降): each numeral
#: counts the items the text lists with that direction; the longest word first.
TALLY: dict[str, str] = _by_qualifier({
    "up": "增长 上升 上涨 增加 增 升 涨",
    "down": "下降 下跌 减少 降 跌 减",
    "flat": "持平 平 稳",
    "narrowed": "收窄",
})

#: One-character change words the scanner looks for before a number: every word they end means
#: the same (上涨, 暴涨, 看涨; 下跌, 暴跌, 环比跌7.1%). 增, 减, 降 end words of other meanings (新增,
#: 递减, 骤降 …).
LONE_CHANGE: tuple[str, ...] = ("涨", "跌")

#: 增, 减, 降 alone are a change where nothing can join them into another word: right after a word
#: of comparison (同比增14.6%, 比上年增6%, 环比降0.2%) or at the opening of a clause (存栏3875.4万头，
#: 增加1004.7万头，增35.0%; （降0.70%）).
CLAUSE_CHANGE: tuple[str, ...] = ("增", "减", "降")

#: 负增长3.1%: negative growth, the change −3.1% (one of the DOWN words).
NEGATIVE_GROWTH = "负增长"

#: 收窄 narrows a rate: 增速收窄2个百分点 is a fall of the rate, 降幅收窄2个百分点 a rise (the
#: decline is smaller). One of the DOWN words.
NARROWING = "收窄"

#: The names of a rate, each with the sign its narrowing takes: a decline narrows upwards.
RATE_NAMES: dict[str, int] = {"降幅": 1, "跌幅": 1, "增幅": -1, "增速": -1, "涨幅": -1}

#: Particles between a change word and its figure (下降了3%): no meaning of their own.
PARTICLES: tuple[str, ...] = ("了",)

#: Words after a figure and the qualifier each gives: (及)以上/(及)以下/以内 include the number
#: ([X, ∞) / (−∞, X]), 左右/上下 ≈ X, 之多 is emphasis only. Longest first.
SUFFIX: dict[str, str | None] = {
    "及以上": "at-least", "及以下": "at-most",
    "以上": "at-least", "以下": "at-most", "以内": "at-most", "左右": "about", "上下": "about",
    "之多": None,
}

# --- doublings: 翻倍 ×2, 翻一番 ×2, 翻两番 ×4, 翻n番 ×2ⁿ (docs/conventions.md B) ------------------------
#: Words that may open a doubling (实现翻倍, 已经翻了一番).
DOUBLING_LEAD: tuple[str, ...] = ("实现", "已经", "已")
#: The lead that reports a target reached: 增长102.8%，实现翻番 is at least ×2 (翻一番以上), while a
#: plain 翻了一番 is ×2 within the levels' rounding (docs/conventions.md B).
DOUBLING_REACHED = "实现"

#: Bound words inside a doubling (翻了逾一番, 翻近一番), with their qualifiers.
DOUBLING_BOUND: dict[str, str] = {w: BOUND[w] for w in _longest_first("逾 超过 超 近 接近 将近 约")}

#: Words after a doubling (翻一番多 (×2, ×4), 翻两番以上 [×4, ∞)), with their qualifiers.
DOUBLING_AFTER: dict[str, str] = {"多": "odd", "以上": "at-least"}

#: Doublings written as one word: exactly ×2.
DOUBLING_WORDS: tuple[str, ...] = ("翻倍", "翻了倍", "翻一倍", "翻了一倍", "实现翻倍", "成倍")


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_D_BOUND = _alternatives(DOUBLING_BOUND)
_D_AFTER = _alternatives(DOUBLING_AFTER)

#: A doubling as the parser reads it (the whole figure): 翻(了)(bound) n 番|倍 (多|以上); the
#: number of doublings ``n`` is read by the numeral reader (一倍 is one doubling, like 一番).
DOUBLING = later(
    rf"(?P<lead>{_alternatives(DOUBLING_LEAD)})?(?:翻了|翻)(?P<q>{_D_BOUND})?(?P<n>.*?)"
    rf"(?P<unit>番|倍)(?P<more>{_D_AFTER})?"
)

#: A doubling as the scanner finds it in running text, from its 翻 (翻两番, 翻了一番多, 翻倍).
DOUBLING_IN_TEXT = later(
    rf"翻(?:了)?(?:{_D_BOUND})?(?:[一两二三四五六七八九十]|\d+)?(?:番|倍)(?:{_D_AFTER})?"
)



#: A label that names an average or a rate per so many: 均 or 每 (人均, 户均, 平均, 每万人口…拥有量),
#: or a base of so many people or households before the measure and its 拥有, written without 每
#: (全市万人发明专利拥有量55.18件 is 每万人口…, 百户家用汽车拥有量40.5辆 is 每百户…); never a count
#: ending in 万人 (新增1.2万人，拥有…) nor a base with no 拥有 after it (千人计划专家).
_AVERAGE_LABEL = later(r"[均每]|(?<![\d.０-９零〇一二两三四五六七八九十百千万亿余多几])"
                       r"(?:十万|[百千万])(?:人口?|户)[\u4e00-\u9fff]{0,12}?拥有")


def names_an_average(label: str) -> bool:
    """Whether ``label`` names an average or a rate per so many, whose figure may have decimals."""
    return _AVERAGE_LABEL.search(label) is not None
