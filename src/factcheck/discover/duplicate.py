"""The same figure stated twice must agree (a `same` check: overlapping intervals).

- **Restatements** (*stated*): a bound or rounded figure and the exact one of the same subject
  side by side in one sentence — 地区生产总值突破8万亿元，达到8.3万亿元; 116364.2亿元，迈上11万亿元
  新台阶; 增加了9966.9亿元，接近1万亿. The second follows the first in the next clause, in the same
  unit (or one of them without a unit next to 元 or a count: GDP达10855.35亿元，突破万亿), with
  nothing between them but a word that restates (达到, 为, 接近, 突破 …) and at most the subject
  named again; the words decide, never the values.
- A bound stated for figures beside it that it does not restate but covers (均保持在10%以上 after
  a 分别 list, 均在10%以上，其中默克制药甚至达到25%, 连续38个月保持20%以上的增速) is
  :mod:`.bounds`' own: the same `same` check, bound first, with its own message.
- **A rate restated by its class** (*stated*): 工业企业利润同比增长14.3%，继续保持两位数增长 — the
  rate, then in the next clause a verb that carries it on (保持, 延续, 持续 …) and the class of rates.
- **A class of rates said of names** (*stated*), a bound of each name's rate: 炼焦、非金属矿制品、
  机械、化学行业实现两位数增长，分别增长31.7%、22.5%、13%、12.3% (as many rates as names); the class a
  sentence of its own, each name's rate in the sentence after it when it opens its paragraph (一般贸易
  保持两位数增长。前8个月，福建省一般贸易进出口1.01万亿元，增长10.2%), else in the one before it
  (…出口…增长10.3%；进口…增长13.3%。进口、出口双双实现两位数增长); every name with a figure of its own.
- **A price index restated by its change** (*stated*): 城市居民消费价格指数为100.7，同比上涨0.7%;
  工业生产者出厂价格指数为79.8，同比下降20.2% — an index of prices on last year's period and its
  year-on-year change in the next clause: the index is 100 plus the change in % (an `expect`). Not an
  index in points (钢材综合价格指数为132.37点), in % (采购经理指数为51.7%), month-on-month or on a fixed base.
- **Asides** (*stated*): 14582万吨（2916亿斤）, the same figure in other units in parentheses; a
  change in them after a level (利润总额87.2亿元（增加38.2亿元）) is how much it grew, no restatement.
- **A bound restated by the level** (*linked*): a bound (突破, 超过, 以上 …) stated of a subject,
  and the exact level of that subject, period and place from the next sentence on, to the end of
  its paragraph — 上海和北京…GDP双双
  突破4万亿大关。其中，北京2021年GDP达到40269.6亿元…上海…43214.85亿元: a place of the bound
  stated again by its level (the first of them: a `same` check makes one value of the bound); a
  bound said of each of them (双双, 均, 都 …) covers the level of each one stated so: one check of
  the bound and every level, each in it (:mod:`.bounds`' message, its soft reading dropped). The
  subject of the level is the end of the bound's (城市GDP, GDP). A bound said of each of a class of
  places named by examples (X、Y等 … 都/均) is, like a class of economies, read against the level
  of one of them stated anywhere after it: 像昆山、江阴等县市的经济总量都在4500亿元以上 … 2021年
  昆山市完成地区生产总值4700亿元, lines later.
- **A place in a class of economies** (*linked*): 万亿GDP城市, 4万亿之城, 12万亿大省, 3万亿量级 say
  of the places they name that their GDP is at least (or about) so much — 在万亿GDP城市中，另外
  一匹黑马是合肥 (the places after 在…中), 广东成为…第一个12万亿大省 (the place before 成为, 跻身,
  晋级 …), 3万亿量级的深圳 (the place after 的): the GDP of such a place for the same period,
  stated anywhere in the article, is in the class.
- **The same subject stated again** (*linked*): two claims in different sentences with the same
  key (:mod:`.subjects`: label, period, place and measure) — a headline and its body, a lead and
  a later paragraph, a figure repeated in a quote; the title given again (原标题：…) is a headline
  too, of the article's own place when its body names one (原标题：2021年考研报考人数377万 and
  考研报考人数为377万); a headline's place is the body's own when the body names it only by 全市,
  本市 … (北京一季度CPI同比上涨1.4% and 全市居民消费价格同比上涨1.4%). A level pairs with a level, a
  growth rate with a growth rate of the same subject. Claims of different places, periods or
  measures, and claims with a generic label, never pair; one of a 分别 list is its own name's
  (M2、社会融资规模存量、人民币贷款余额同比分别增长11.4%、10.8%和11.2% and 6月末普惠小微贷款余额…同比
  增长23.8% of 普惠小微贷款和制造业中长期贷款余额同比分别增长23.8%和29.7%: :mod:`.subjects`).
  Tied by their words alone across sentences: at most a warning. Figures of different topics
  never pair: a sentence that opens with a topic and what it does (女装稳步扩张，…; 潮流数码
  大举扩张，…) is about that topic, and a figure of it pairs only with one whose words name it too.
  A level written without its unit (深圳GDP首次超过三万亿) is in the unit of its subject's levels
  stated in 元 or a count (深圳2021年全年地区生产总值3.07万亿元).
- **A count of places stated again** (*linked*): the provinces whose figures are all out
  (中国前三季度31省份GDP数据揭晓 and 中国31省份前三季度经济数据近日全部出炉; not 已有28个省份公布了…,
  some of them so far) and the cities of a class of economies (中国有24座万亿GDP城市, 在24座万亿GDP
  城市中), keyed by what is counted, the period and place named in the clause (none: the nation);
  all the districts of a city (北京全市16区中 and 在北京十六区里; 全市16个区 of the city named before or
  in the title) and all the cities of a rank in the state (15个副省级城市 in the title and 全国共有15个
  副省级城市 in the body; 中部六座省会城市 of its region), with no period — not some of them
  (有10个副省级城市…, 这10个省会城市).
- **A count referred to again** (*linked*): 这, 上述, 前述, 该 or 从全部 before a count of three or more
  refer it back to one stated in an earlier sentence with its counter, counting what it counts
  (共有203家上市公司披露了… and 这203家公司中; 共计71家国家级投教基地 and 上述71家投教基地): the nearest of
  the same number, else the nearest that could be it misprinted.
- **A headline's figure restated from the body** (*linked*): a title (a short first line without a
  full stop) summarises figures of its body — a rate with its verb (8月规模以上工业增加值同比增5.3%
  of 同比实际增长5.3%; 同比增35.4% after the level, of the level's rate), a level rounded or bounded
  (万科上半年净利30亿元 of 净利为29.8亿元, 全国医疗卫生机构已超102万 of 医疗卫生机构数达102.6万个,
  20.1万亿！中国外贸… of 货物贸易进出口总值20.1万亿元), a share by whose it is, in the words after it
  (91%受访者认为“报纸存在有必要” of 认为“报纸存在有必要”的受访者达91%). The body figure is the first
  of the headline's measure (a growth rate, the flags a headline may drop — 实际 — aside; a share; a
  level in its unit), subject (the same; the body's in the headline's words, which add whose it is;
  the headline's followed by a measure word; the headline's after the qualifier its first clause
  carried; in a title, the body's in short form, 简称: 规上工业利润 of 规上工业企业利润, 发行地方债 of
  发行地方政府债券), place and period as far as the headline names them (the year is the article's:
  never 去年's). When the body states several figures of that kind that are not one figure (two
  subjects, two periods), the words do not say which, and nothing is paired; nor is a figure said
  of each of several (中西部地区同比均…, 14省旅游收入超百亿, 每年) or a count of places, nor two
  bounds. The lead (the first paragraph with figures) is read so against the paragraphs after it:
  GDP达10855.35亿元 in the lead and 东莞GDP突破万亿元 below it. A section heading of a news
  article (one or two short lines without a full stop between paragraphs: 计算机行业研发强度逼近
  10%, 募资额同比下降超三成) is read so against the exact figures of the first two paragraphs under
  it (计算机研发强度为9.65%, IPO募资额同比下降33%); not a deck after the title, nor a table's rows,
  nor a heading's figure of a group (两桶油营收上万亿元); the lead is read so only below a title. A
  numbered heading (一、广义货币增长8.3%, its number no part of its subject) heads its section even
  right after the title; one of a single clause that opens its paragraph as a sentence of its own
  (三、固定资产投资下降19.4%。1-6月，全县固定资产投资同比下降19.4%) is read so against the rest of it.
  A headline's change is read so too, against the body's changes on the same base (一、人民币贷款增加
  148亿元 of 7月份，长三角地区人民币贷款增加148亿元, not of its 同比少增527亿元). A
  headline's words end at its line (年度社会投资占比74.3% of 社会投资…占74.3%); a share is the body's
  that shares most of its words when another body share's label is only part of them (投资占比68.4%,
  of other projects). A figure said of some one not named (有银行ROE超15%) has no subject: it pairs
  with nothing.
- **The title given again** (*linked*): 原标题：…, 中新社北京11月1日电 题：… in the same words as the
  title, figure for figure: each figure of the title is the one in the same place of that line.

The note of each check says which rule paired the figures, and so does its finding.
"""

from __future__ import annotations

import collections
import dataclasses
import functools
import itertools
import re
from dataclasses import dataclass

from .. import messages as msg
from ..figures import Figure
from ..lexicon import DOWN, UP
from ..messages import Message
from ..patterns import compiled, later
from ..places import PROVINCES
from .claims import NUMBERED, DraftClaim
from .misprint import NEAR, could_be_one
from .scope import Found, Scope, a_change, exact, is_level, is_share, same_unit
from .stockflow import FLOW, STOCK
from .subjects import (
    _GENERIC,
    Subject,
    _period_name,
    _period_tokens,
    _places,
    generic,
    growth_subject,
    heading_in_force,
    listed_without_period,
    names_when_or_where,
    normalise_label,
    other_scopes,
    other_topics,
    owner_of_base_share,
    period_of,
    places_in_text,
    subject_of,
    where_and_when,
)
from .subjects import paired_by as subject_paired_by

__all__ = ["find", "paired_by", "places_in"]

_RESTATEMENT = later(r"a restatement in one sentence: «(?P<quoted>.*)»", re.S)
_STATED_AGAIN = later(r"the same figures stated together again: «(?P<first>.*)», then "
                           r"«(?P<again>.*)»", re.S)
_IN_CLASS = later(r"a place in a class of economies: «(?P<place>.*)» in «(?P<klass>.*)», its GDP "
                        r"«(?P<level>.*)»", re.S)
_BOUND_RESTATED = later(r"a bound restated by the exact level after it: «(?P<bound>.*)», "
                             r"then «(?P<level>.*)»", re.S)
_BOUND_OF_EACH = later(r"a bound of each of several places, then each one's level: «(?P<bound>.*)», "
                       r"then (?P<levels>.*)", re.S)
_WITHIN_BOUND = later(r"a bound stated for the figures beside it: «(?P<quoted>.*)»", re.S)
_SUMMARY = later(r"a headline's figure, the first of its measure and subject in the body: "
                 r"«(?P<headline>.*)», then «(?P<body>.*)»", re.S)
_HEADLINE = later(r"a headline that names no place, of the one place its body names: (?P<reason>.*)",
                  re.S)
_REFERRED = later(r"a count referred to again by its words: «(?P<first>.*)», then «(?P<again>.*)»", re.S)


def paired_by(reason: str) -> Message | str:
    """The reason a check's note gives for pairing two figures (written in English by this
    module), as a Message to show in the reader's language; a reason it did not write as it is."""
    if reason == Message(msg.PAIRED_OTHER_UNITS).render("en"):
        return Message(msg.PAIRED_OTHER_UNITS)
    m = _RESTATEMENT.fullmatch(reason)
    if m is not None:
        return Message(msg.PAIRED_RESTATEMENT, quoted=m.group("quoted"))
    m = _STATED_AGAIN.fullmatch(reason)
    if m is not None:
        return Message(msg.PAIRED_STATED_AGAIN, first=m.group("first"), again=m.group("again"))
    m = _IN_CLASS.fullmatch(reason)
    if m is not None:
        return Message(msg.PAIRED_IN_CLASS, place=m.group("place"), klass=m.group("klass"),
                       level=m.group("level"))
    m = _BOUND_RESTATED.fullmatch(reason)
    if m is not None:
        return Message(msg.PAIRED_BOUND_RESTATED, bound=m.group("bound"), level=m.group("level"))
    m = _BOUND_OF_EACH.fullmatch(reason)
    if m is not None:
        return Message(msg.PAIRED_BOUND_OF_EACH, bound=m.group("bound"), levels=m.group("levels"))
    m = _WITHIN_BOUND.fullmatch(reason)
    if m is not None:
        return Message(msg.PAIRED_WITHIN_BOUND, quoted=m.group("quoted"))
    m = _SUMMARY.fullmatch(reason)
    if m is not None:
        return Message(msg.PAIRED_HEADLINE_SUMMARY, headline=m.group("headline"), body=m.group("body"))
    m = _REFERRED.fullmatch(reason)
    if m is not None:
        return Message(msg.PAIRED_REFERRED, first=m.group("first"), again=m.group("again"))
    m = _HEADLINE.fullmatch(reason)
    if m is not None:
        key = m.group("reason")
        return Message(msg.PAIRED_HEADLINE, reason=subject_paired_by(key) or key)
    return subject_paired_by(reason) or reason


def find(scope: Scope) -> list[Found]:
    restated = _restatements(scope)
    others = [*_in_class(scope), *_places_counted(scope)]
    linked = _linked(scope, restated, {i for r in others for i in _ids(r.fields["same"])})
    together = {frozenset(_ids(r.fields["same"])) for r in [*restated, *linked]}
    bounds = [r for r in _bounds_restated(scope)
              if not any(frozenset(r.fields["same"]) <= t for t in together)]
    referred = [r for r in _counts_referred_to(scope)
                if not any(frozenset(r.fields["same"]) <= t for t in together)]
    return [*_asides(scope), *restated, *_bands(scope), *_bands_of_names(scope), *_indices(scope),
            *linked, *bounds, *others, *referred]


def _ids(same: list) -> list[str]:
    """The claims a `same` check compares (one list, or one per figure stated again)."""
    return [i.split(".")[0] for part in same for i in (part if isinstance(part, list) else [part])]


# --- restatements in one sentence -------------------------------------------------------------
#: what may stand between a figure and its restatement: the end of the first statement (大关,
#: 新台阶), one clause break, the subject named again (成为地区生产总值…), a restating word — which
#: the second figure's own words may hold instead (达到8.3万亿元, 接近1万亿)
_BETWEEN = later(r"(?:大关|新台阶|大台阶|台阶|关口)?[，,](?:成为|即|也就是)?"
                      r"(?P<rest>[\u4e00-\u9fffA-Za-z]{0,14})")
_VERBS = (r"(?:已|再|首次|一举|成功)?(?P<verb>达到了|达到|达|为|是|接近|逼近|将近|近|突破|迈上|迈过|站上|"
          r"跨越|跨过|超过|超|逾|首破|破|过|约为|约)")
_VERB = later(_VERBS + "$")
_LEAD_VERB = later("^" + _VERBS)
#: after a change (增加了9966.9亿元), only a word of approximation restates it: 达到, 突破 … say
#: the new level
_APPROXIMATE = ("接近", "逼近", "将近", "近", "约为", "约")
_FROM = later(r"(?:由|从)$")
_TARGET = later(r"(?:以上|以内|左右)?的?(?:预期|计划|年度|全年)?目标")
#: the second figure followed by what it is (约10%是结构化信托融资, 36.9%来自…): the subject of a
#: figure of its own, after it
_OWN_SUBJECT_AFTER = later(r"(?:是|为|来自|属于|用于|系)")
_BASE_OF = later(r"[的之](?:[\d.一二两三四五六七八九十百千]+|几|多)?(?:倍|%|％|成|一半|分之)")
#: the base a figure is compared with, in the subject named again: 环比下降的城市达54个，同比下降的城市为37个
#: are two counts, not one count restated
_COMPARED_ON = later(r"同比|环比|比上月|较上月|比上年|较上年|比去年|较去年|定基")


def _restatements(scope: Scope) -> list[Found]:
    found = []
    for a, b in zip(scope.claims, scope.claims[1:], strict=False):
        if not (is_level(a) and is_level(b) and _one_unit(a, b)) or not scope.same_sentence(a, b) \
                or scope.aside(b) or not a.label or _FROM.search(scope.before(a)):
            continue
        s_start, _ = scope.sentence(a)
        if "分别" in scope.plain[s_start:b.figure.start]:
            continue
        if _BASE_OF.match(scope.text(b.figure.end, b.figure.end + 8)):
            continue  # 为50亿元的两倍: the second figure is the base of another
        if _OWN_SUBJECT_AFTER.match(scope.text(b.figure.end, b.figure.end + 2)):
            continue  # 美元债和境外银团贷款占36.9%，约10%是结构化信托融资: another share
        if _TARGET.match(scope.text(b.figure.end, b.figure.end + 8)):
            continue  # 新增就业1269万人，超出1100万人以上的预期目标: the level against its target
        verb, label = _restating(scope.text(a.end, b.figure.start),
                                 scope.text(b.figure.start, b.figure.number_start))
        if verb is None:
            continue
        if label and (normalise_label(label) != normalise_label(a.label) or names_when_or_where(label)
                      or _bases(label) - _bases(a.label)):
            continue  # another subject (新台阶，其中制造业增加值突破4万亿元), place, period or base
        changed = a.figure.quantity.change or a.figure.change_word
        if changed and verb not in _APPROXIMATE:
            continue  # 增加20亿元，达到120亿元: the change, then the new level
        if FLOW.search(scope.before(a)) and STOCK.search(scope.text(a.end, b.figure.number_start)):
            continue  # 新增150万亩，达到1.21亿亩: the flow, then the stock (新增…超过300家，为396家 restates)
        quoted = scope.text(a.figure.start, b.figure.end)
        found.append(Found("same", {"same": [a.id, b.id]}, "stated", b,
                           Message(msg.PAIRED_RESTATEMENT, quoted=quoted).render("en"),
                           f"{b.id}_same"))
    return found


#: what stands between a growth rate and the class of rates that restates it in the next clause:
#: a verb that carries the rate on (同比增长14.3%，继续保持两位数增长; 同比增长18.6%，持续今年以来
#: 两位数增长态势), and nothing that names another subject
_CARRIED_ON = later(r"[）)]?[，,](?:继续|仍然|仍|依然|持续|一直)?(?:保持|延续|持续|维持|实现)了?"
                    r"(?:今年以来|年初以来|去年以来|去年下半年以来)?的?$")


def _bands(scope: Scope) -> list[Found]:
    """A growth rate restated in the next clause by the class of rates it is in (*stated*):
    工业企业利润同比增长14.3%，继续保持两位数增长; 外贸进出口总额6.03万亿元，同比增长18.6%，持续
    今年以来两位数增长态势. The rate is the claim's own, or the growth rate a level carries; a
    two-year average or a rate against another base is another figure, and is not restated."""
    found = []
    for a, b in zip(scope.claims, scope.claims[1:], strict=False):
        q = b.figure.quantity
        if q is None or q.qualifier != "digits" or not scope.same_sentence(a, b) or \
                scope.text(b.figure.end, b.figure.end + 1) == "的":
            continue  # 实现两位数增长的行业有12个: the band names a class of industries
        rate, ref = (a.growth, f"{a.id}.growth") if a.growth is not None else (a.figure, a.id)
        if rate.quantity is None or not (rate.is_rate or rate.change_word) or \
                rate.quantity.unit.dimension != "ratio" or not _CARRIED_ON.search(
                    scope.text(a.end, b.figure.start)):
            continue
        words = scope.text(scope.clause(a)[0], rate.start) if a.growth is None else \
            scope.text(a.figure.end, rate.start)
        if _OTHER_RATE.search(words + rate.text):
            continue  # 两年平均增长15.1%: not the rate a band of this year's growth restates
        quoted = scope.text(rate.start, b.figure.end)
        found.append(Found("same", {"same": [ref, b.id]}, "stated", b,
                           Message(msg.PAIRED_RESTATEMENT, quoted=quoted).render("en"),
                           f"{b.id}_same"))
    return found


#: a class of growth rates said of the names before it (炼焦、非金属矿制品、机械、化学行业实现两位数增长;
#: 一般贸易保持两位数增长; 进口、出口双双实现两位数增长): the names, the verb, the class
_NAMED_BAND = later(r"^(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．])?(?P<names>[\u4e00-\u9fff、]{2,40}?)"
                    r"(?:继续|仍然|仍|依然|持续|一直|均|都|双双)?(?:(?:保持|延续|实现|呈现?)了?)?$")
#: the rates a 分别 list gives the names right after their class (…实现两位数增长，分别增长31.7%、22.5%;
#: …保持两位数增长，增速分别为18.3%、16.0%)
_BAND_LIST = later(r"^(?:态势)?[，,](?:增速|增幅|增长)?分别(?:增长|为|是|达到?)?$")
#: a place or a 对 before a name of the band (我省对东盟 → 东盟): the name the figure's label holds
_NAME_LEAD = later(r"^(?:我[省市区县国]|全[省市区县国]|本[省市区县]|[\u4e00-\u9fff]{2,3}[省市])?对?")


def _bands_of_names(scope: Scope) -> list[Found]:
    """A class of growth rates said of names, tied to the rate of each name (*stated*): listed with
    分别 right after it (炼焦、非金属矿制品、机械、化学行业实现两位数增长，分别增长31.7%、22.5%、13%、12.3%,
    as many rates as names), or, the class a sentence of its own, the rate of each name in the
    sentence after it when it opens its paragraph (一般贸易保持两位数增长。前8个月，福建省一般贸易进出口
    1.01万亿元，增长10.2%; 我省对东盟、美国进出口继续保持两位数增长。…对东盟进出口…增长13.4%；对美国进出口
    …增长15.2%), else in the sentence before it (…出口…增长10.3%；进口…增长13.3%。进口、出口双双实现两位数
    增长). Every name must be found, each with its own figure."""
    found: list[Found] = []
    for k, band in enumerate(scope.claims):
        q = band.figure.quantity
        if q is None or q.qualifier != "digits" or "增" not in band.figure.text:
            continue
        s_start, s_end = scope.sentence(band)
        words = scope.text(s_start, band.figure.start)
        m = _NAMED_BAND.match(compiled(r"[，,：:]").split(words)[-1])
        if m is None:
            continue
        alone = m.group(0) == words  # the class and its names a sentence of their own
        names = [_NAME_LEAD.sub("", n) for n in m.group("names").split("、")]
        if any(len(n) < 2 for n in names):
            continue
        after = scope.claims[k + 1:]
        listed = after[:len(names)]
        if len(names) > 1 and len(listed) == len(names) and _BAND_LIST.match(
                scope.text(band.figure.end, listed[0].figure.number_start)) and all(
                compiled(r"^[、和与及]$").match(scope.text(a.end, b.figure.number_start))
                for a, b in itertools.pairwise(listed)):
            rates = [(c.figure, c.id) for c in listed]
            quoted = scope.text(s_start + len(words) - len(m.group(0)), listed[-1].figure.end)
        elif alone and scope.text(band.figure.end, s_end + 1).lstrip("态势") in ("。", ""):
            opens = not scope.text(scope.plain.rfind("\n", 0, s_start) + 1, s_start)
            rates = _rates_named(scope, names, _next_sentence(scope, s_end) if opens
                                 else _sentence_before(scope, s_start))
            quoted = scope.text(s_start, band.figure.end)
        else:
            continue
        if rates is None or not all(_a_growth_rate(r) for r, _ in rates):
            continue
        found.append(Found("same", {"same": [band.id, *(ref for _, ref in rates)]}, "stated", band,
                           Message(msg.PAIRED_WITHIN_BOUND, quoted=quoted).render("en"),
                           f"{band.id}_band"))
    return found


#: the end of a full sentence (its semicolons inside it)
_FULL_STOP = later(r"[。！？!?\n]")


def _next_sentence(scope: Scope, end: int) -> tuple[int, int]:
    """The full sentence (to its 。, over ；) after the one that ends at ``end``, in its paragraph
    (empty at its end)."""
    if scope.plain[end:end + 1] != "。":
        return end, end
    stop = _FULL_STOP.search(scope.plain, end + 1)
    return end + 1, stop.start() if stop else len(scope.plain)


def _sentence_before(scope: Scope, start: int) -> tuple[int, int]:
    """The full sentence before the one that starts at ``start``, in its paragraph."""
    if start < 1 or scope.plain[start - 1] != "。":
        return start, start
    line = scope.plain.rfind("\n", 0, start - 1) + 1
    stop = max(scope.plain.rfind(p, line, start - 1) for p in "。！？!?")
    return max(line, stop + 1), start - 1


def _rates_named(scope: Scope, names: list[str],
                 span: tuple[int, int]) -> list[tuple[Figure, str]] | None:
    """The growth rate of each name in a sentence: that of the first figure whose label holds the
    name (进出口 holds neither 进口 nor 出口); None unless every name has one of its own."""
    claims = scope.in_span(*span)
    rates: list[tuple[Figure, str]] = []
    taken: set[str] = set()
    for n in names:
        c = next((c for c in claims if c.id not in taken and n in (c.label or "")
                  and not (n in ("进口", "出口") and "进出口" in (c.label or ""))), None)
        if c is None:
            return None
        taken.add(c.id)
        rate = c.growth if c.growth is not None else c.figure
        if rate.change_word not in UP:
            return None  # 一般贸易占比59%: a share, no growth rate
        rates.append((rate, f"{c.id}.growth" if c.growth is not None else c.id))
    return rates


def _a_growth_rate(rate: Figure) -> bool:
    """A rate in % of a rise, exact (a fall is of no class of growth rates)."""
    q = rate.quantity
    return q is not None and q.unit.dimension == "ratio" and q.unit.name == "%" \
        and rate.change_word not in DOWN and q.qualifier is None


#: a price index on the same period of last year (上年同期=100) by its name: 城市居民消费价格指数,
#: 工业生产者出厂价格指数, 商品零售价格总指数 — not a fixed-base index read in points (钢材综合价格指数为
#: 132.37点) nor a diffusion index (采购经理指数为51.7%)
_PRICE_INDEX = later(r"(?:价格|物价)(?:总)?指数(?:[（(][^）)]{0,12}[）)])?$")
#: the change that restates it, next: 同比上涨0.7%, 比上年同期下降20.2%
_YEAR_ON_YEAR = later(r"^[）)]?[，,]?(?:即|也就是)?(?:同比|比上年同期|比上年|较上年同期|较上年)"
                      r"(?:上涨|上升|增长|下降|下跌|回落)")
#: an index on another base than the same period of last year
_OTHER_BASE = later(r"环比|上月|定基|基期|以\d{4}年|\d{4}年\s*=\s*100|点")


def _indices(scope: Scope) -> list[Found]:
    """A price index on last year's period restated by its change in the next clause (*stated*):
    城市居民消费价格指数为100.7，同比上涨0.7%; 工业生产者出厂价格指数为79.8，同比下降20.2% — the index
    is 100 plus the change in %. A month-on-month or fixed-base index, an index in points or in %
    (a diffusion index), and a change of another subject are not read."""
    found = []
    for c in scope.claims:
        g, q = c.growth, c.figure.quantity
        if g is None or q is None or q.unit.dimension != "number" or q.unit.base or \
                not c.label or _PRICE_INDEX.search(c.label) is None or \
                not 50 <= (q.interval.lo or 0) <= 200:
            continue
        start, _ = scope.clause(c)
        if _YEAR_ON_YEAR.match(scope.text(c.figure.end, g.end)) is None or \
                _OTHER_BASE.search(scope.text(start, g.start)):
            continue
        quoted = scope.text(c.figure.start, g.end)
        found.append(Found("expect", {"expect": f"{c.id} - 100 == {c.id}.growth * 100"}, "stated", c,
                           Message(msg.PAIRED_RESTATEMENT, quoted=quoted).render("en"),
                           f"{c.id}_index"))
    return found


#: the words that make a growth rate another one than the plain year-on-year rate
_OTHER_RATE = later(r"两年平均|年均|环比|比20\d\d年|比上月|拉动")


def _bases(label: str) -> set[str]:
    """The bases of comparison a label names (环比, 同比 …), 较 written as 比."""
    return {m.replace("较", "比") for m in _COMPARED_ON.findall(label)}


def _one_unit(a: DraftClaim, b: DraftClaim) -> bool:
    """The same unit, or one figure written without its unit next to one in 元 or a count of any
    measure word: GDP达10855.35亿元，突破万亿; 工业总产值突破万亿，达10051.6亿元; 增加了9966.9亿元，
    接近1万亿; 报考人数首破200万人大关，达到201万."""
    if same_unit(a, b):
        return True
    qa, qb = a.figure.quantity, b.figure.quantity
    assert qa is not None and qb is not None
    units = {(q.unit.dimension, q.unit.base) for q in (qa, qb)}
    return ("number", "") in units and bool(units & {("money", "元"), ("count", "count")})


def _restating(between: str, own: str) -> tuple[str | None, str]:
    """The restating word between two figures (or at the start of the second one's words) and
    the subject named again between them; (None, …) when the words between say something else."""
    m = _BETWEEN.fullmatch(between)
    if m is None:
        return None, ""
    rest = m.group("rest")
    verb = _VERB.search(rest)
    if verb is not None:
        return verb.group("verb"), rest[:verb.start()]
    lead = _LEAD_VERB.match(own)
    return (lead.group("verb") if lead else None), rest


# --- a bound restated by the exact level after it ---------------------------------------------
_BOUNDS = ("reached", "more-than", "at-least")


def _bounds_restated(scope: Scope) -> list[Found]:
    """A bound of a subject (GDP双双突破4万亿大关), then from the next sentence on (to the end of
    its paragraph) the exact level of that subject for the bound's period and for its place, or
    one of its places (北京2021年GDP达到40269.6亿元), tied by the words (*linked*): the first such
    level only, a `same` check makes one value of the bound, which cannot be every place's — unless
    the bound is said of each place (双双突破, 均超过): then the first level of each place, each in the
    bound (上海…43214.85亿元 too). A bound
    said of each of a count of things, not places (4家上市企业净利润均超1亿), is no level of the subject."""
    found = []
    for a in scope.claims:
        q = a.figure.quantity
        if q is None or q.qualifier not in _BOUNDS or not is_level(a) or not a.label or \
                a.figure.change_word or q.change or _TARGET.match(scope.text(a.figure.end, a.figure.end + 8)):
            continue  # …超出1100万人以上的预期目标: a target, not the level's bound
        subject = normalise_label(a.label)
        where = where_and_when(scope, a)
        if not subject or where is None:
            continue
        places, period = where
        each = len(places) > 1 and _EACH.search(scope.before(a))
        if len(places) < 2 and _of_each(scope, a):
            continue  # 4家上市企业净利润均超1亿: a bound of each of them, no level of the subject
            # (a bound of each of two places, 上海和北京…双双突破4万亿, is the first one's level's)
        several = len(places) > 1 and _OF_SEVERAL.search(scope.before(a))
        levels: dict[frozenset[str], DraftClaim] = {}
        for b in (_after(scope, a) if each else _following(scope, a)):
            if not (is_level(b) and exact(b) and b.label and _one_unit(a, b)) or \
                    b.figure.change_word or b.figure.quantity.change:
                continue
            level = normalise_label(b.label)
            at = where_and_when(scope, b)
            if generic(level) or not subject.endswith(level) or at is None or at[1] != period or \
                    not (at[0] <= places if places else not at[0]) or \
                    _other_counts_of_subject(scope, a, b):
                continue  # 医疗商业上市公司31家，营收超过5100亿元 and 化学制药行业上市公司158家，营收…
                # 2,714亿元: two subjects
            if several and len(at[0]) == 1:
                levels.setdefault(at[0], b)
                if len(levels) < len(places):
                    continue  # the level of each place the bound is of, one by one
            elif levels:
                continue
            else:
                levels[at[0]] = b
            break
        if len(levels) > 1:  # each of them (上海 and 北京 双双突破4万亿): every one's level in the bound
            ordered = sorted(levels.values(), key=lambda c: c.figure.start)
            because = Message(msg.PAIRED_BOUND_OF_EACH, bound=a.figure.text, levels=", ".join(
                f"«{c.figure.text}»" for c in ordered)).render("en")
            found.append(Found("same", {"same": [a.id, *(c.id for c in ordered)]}, "linked",
                               ordered[0], because, f"{a.id}_each"))
        elif levels:  # one value of the bound: the first place's level (北京)
            b = next(iter(levels.values()))
            because = Message(msg.PAIRED_BOUND_RESTATED, bound=a.figure.text,
                              level=b.figure.text).render("en")
            found.append(Found("same", {"same": [a.id, b.id]}, "linked", b, because,
                               f"{b.id}_same"))
    return found


#: a bound said of each of the places named before it: 上海和北京…GDP双双突破4万亿大关, 均, 都
_OF_SEVERAL = later(r"(?:双双|均|都|皆|同时|一同|携手)[^，,。；;\d]{0,3}$")


#: how many claims after a bound are read for its level (discovery stays linear in the claims)
_WINDOW = 12
#: a bound said of each of a class of places named by examples: 像昆山、江阴等县市的经济总量都在
#: 4500亿元以上 (等 … 都/均: like the class of economies, its members' levels anywhere after it)
_EACH = later(r"等[^，,。；;]{0,12}(?:都|均)[^，,。；;]{0,3}$")


def _after(scope: Scope, c: DraftClaim) -> list[DraftClaim]:
    """The claims after a claim's sentence, to the end of the article."""
    _, end = scope.sentence(c)
    return scope.in_span(end, len(scope.plain))


def _following(scope: Scope, c: DraftClaim) -> list[DraftClaim]:
    """The claims after a claim's sentence to the end of the paragraph of the next sentence (its
    own paragraph, or the next one when the sentence ends it), when the next sentence has a figure:
    其中，北京…达到40269.6亿元，增长8.5%。上海…达到了43214.85亿元 (the first _WINDOW of them)."""
    _, end = scope.sentence(c)
    after = scope.in_span(end, len(scope.plain))
    if not after:
        return []
    start, _ = scope.sentence(after[0])
    if scope.text(end, start).strip("。；;！!？?"):
        return []  # a sentence without figures between them
    stop = scope.plain.find("\n", start)
    return scope.in_span(start, stop if stop >= 0 else len(scope.plain))[:_WINDOW]


# --- a place in a class of economies ----------------------------------------------------------
#: a class of places by the size of their economy (万亿GDP城市, 4万亿之城, 12万亿大省, 3万亿量级)
_ECONOMY_CLASS = later(r"GDP|之城|大省|大市|量级|俱乐部|城市")
#: the place joins or is in the class: 成为, 跻身, 晋级 … before it; not a goal (冲刺, 迈向 …)
_JOINS = later(r"(?:成为|跻身|晋级|进入|迈入|加入|位列|步入)[^，,。；]{0,8}$")
_GOAL = later(r"冲刺|迈向|向|有望|预计|将|力争|目标|距离|接近|逼近")


def _in_class(scope: Scope) -> list[Found]:
    """The GDP of a place said to be in a class of economies (在万亿GDP城市中，…合肥; 广东成为
    …12万亿大省; 3万亿量级的深圳) is in the class: its GDP of the class's period stated in the
    article, the statement nearest the class (*linked*). One check per class figure: a `same`
    check makes one value of it, which cannot be every member's GDP at once."""
    classes = [a for a in scope.claims if a.figure.kind == "class"]
    if not classes:
        return []
    gdp: dict[tuple[str, str], list[DraftClaim]] = {}
    for c in scope.claims:
        key = subject_of(scope, c)
        if key is not None and key.label == "生产总值" and key.measure == "level" and \
                len(key.places) == 1 and key.unit[0] in ("money", "number"):
            gdp.setdefault((next(iter(key.places)), key.period), []).append(c)
    found = []
    for a in classes:
        q = a.figure.quantity
        if q is None or q.interval.lo < 10 ** 8 or \
                not _ECONOMY_CLASS.search(a.figure.text):
            continue
        period = period_of(scope, a)
        levels = [(b, place) for place in _members(scope, a) for b in gdp.get((place, period), ())]
        if not levels:
            continue
        b, place = min(levels, key=lambda bp: abs(bp[0].figure.start - a.figure.start))
        because = Message(msg.PAIRED_IN_CLASS, place=place, klass=a.figure.text,
                          level=b.figure.text).render("en")
        found.append(Found("same", {"same": [b.id, a.id]}, "linked", a, because, f"{a.id}_same"))
    return found


#: how far from a class figure its members are read, in characters
_NEAR = 80


def _members(scope: Scope, a: DraftClaim) -> list[str]:
    """The places a class figure says are in it: named after 在…中 to the end of the sentence,
    last before 成为/跻身/晋级 … in its clause, or right after it and 的 (3万亿量级的深圳); within
    _NEAR characters of it."""
    start, end = scope.sentence(a)
    start, end = max(start, a.figure.start - _NEAR), min(end, a.figure.end + _NEAR)
    c_start, _ = scope.clause(a)
    before, after = scope.text(c_start, a.figure.start), scope.text(a.figure.end, end)
    if _GOAL.search(before):
        return []
    if after.startswith("中"):
        names = [p for g in places_in_text(after) for p in g]
    elif after.startswith("的"):
        groups = places_in_text(after[1:7])
        names = sorted(groups[0]) if groups and after[1:7].startswith(tuple(groups[0])) else []
    elif _JOINS.search(before):  # 广东成为目前全国第一个12万亿大省: 全国 is where it ranks
        groups = [g for g in places_in_text(scope.text(start, a.figure.start)) if g != {"全国"}]
        names = sorted(groups[-1]) if groups else []
    else:
        names = []
    return [p for p in names if p != "全国" and not p.startswith("@")]


# --- a count of places, stated again ----------------------------------------------------------
#: the places a count counts, right after it: 31省份, 27个省份, 24座城市
_PLACES_COUNTED = later(r"^\s*(?:个|座)?(?P<noun>省份|省区市|省市区|城市)")
#: the cities of a class of economies: 万亿GDP城市, 万亿级GDP城市, 万亿之城
_CITIES_OF_CLASS = later(r"[^，,。；;]*?(?:城市|之城)")
#: what the counted places did, in the rest of the clause: their data is all out (31省份GDP数据
#:揭晓, 31省份前三季度经济数据近日全部出炉) — not some of it so far (已有27个省份发布了数据)
_DATA_OUT = later(r"^[^，,。；;！!？?]{0,16}?(?:数据|成绩单|GDP|经济)[^，,。；;！!？?]{0,8}?(?:出炉|揭晓)")


def _places_counted(scope: Scope) -> list[Found]:
    """A count of places stated again by its own words (*linked*): the provinces whose figures
    are all out (中国前三季度31省份GDP数据揭晓 in the title, 中国31省份前三季度经济数据近日全部出炉 in
    the lead), the cities of a class of economies (中国有24座万亿GDP城市, 24个万亿GDP城市的“科创”成色,
    在24座万亿GDP城市中). One key: what is counted and why, the period named in the clause, the place
    named before the count in it (none: the nation, whose provinces and cities they are)."""
    groups: dict[tuple, list[DraftClaim]] = {}
    labels: dict[tuple, str] = {}
    for k, c in enumerate(scope.claims):
        keyed = _count_key(scope, c, scope.claims[k + 1] if k + 1 < len(scope.claims) else None)
        if keyed is not None:
            key, label = keyed
            groups.setdefault(key, []).append(c)
            labels.setdefault(key, label)
    found = []
    for key, copies in groups.items():
        first = copies[0].figure.quantity
        copies = [c for c in copies if could_be_one(first, c.figure.quantity)]  # 24座 and 5个: two
        if len({scope.sentence(c) for c in copies}) < 2:  # classes the key cannot tell apart
            continue
        _, _, period, place = key
        because = Message(msg.PAIRED_SUBJECT, label=labels[key],
                          a=Message(msg.PAIRED_PERIOD, period=period) if period else
                          Message(msg.PAIRED_NO_PERIOD),
                          b=Message(msg.PAIRED_PLACE, places=place)).render("en")
        found.append(Found("same", {"same": [c.id for c in copies]}, "linked", copies[-1], because,
                           f"{copies[-1].id}_same"))
    return found


#: The words that refer a count back to one stated before: 这203家公司中, 上述71家投教基地,
#: 从全部941家公司来看.
_REFERRING = later(r"(?:这|这些|上述|前述|该|(?:从|在)全部)$")
#: the words after a count that may name what it counts (公司中 → 公司, 投教基地涵盖… → 投教基地)
_COUNTED_WORDS = later(r"^[\u4e00-\u9fffA-Za-z]{2,10}")
#: the words that state a count as all there are (共有203家, 共计71家, 累计, 全部): a count a later 这 may
#: refer to with a slip, where 这种城市有22个 or A类的公司12家 is some of them, maybe not the one meant
_COUNTED_IN_ALL = later(r"共有|共计|总计|合计|累计|全部|总共")
#: the fewest a count referred to again has (这两家公司 is of two named before, mostly)
_FEWEST_REFERRED = 3


def _counts_referred_to(scope: Scope) -> list[Found]:
    """A count referred back to by its words (*linked*): 7月1日至12日共有203家上市公司披露了…业绩预告 and,
    a paragraph on, 这203家公司中…; 截至7月12日共有941家公司… and 从全部941家公司来看; 共计71家国家级投教基地
    and 上述71家投教基地. The count after 这, 上述, 前述, 该 or 从全部 is the one stated before, in another
    sentence, with its counter and counting what it counts (the first words after it, two characters
    or more, in the earlier count's clause): the nearest before of the same number, else the nearest
    stated as all there are (共有, 共计 …) that could be it misprinted (not the 42家公司 of a day
    between them; not 这种城市有22个 for 这26个城市). A count of two or fewer (这两家公司) is mostly
    of things named before, not counted."""
    found = []
    for k, c in enumerate(scope.claims):
        q = c.figure.quantity
        if q is None or q.unit.dimension != "count" or q.qualifier is not None or q.value < _FEWEST_REFERRED \
                or not _REFERRING.search(scope.before(c)):
            continue
        words = _COUNTED_WORDS.match(scope.text(c.figure.end, scope.clause(c)[1]))
        if words is None:
            continue
        nouns = [words.group()[:n] for n in range(len(words.group()), 1, -1)]
        earlier = [e for e in reversed(scope.claims[:k])
                   if e.figure.quantity is not None and e.figure.quantity.unit.name == q.unit.name
                   and e.figure.quantity.qualifier is None and not scope.same_sentence(e, c)
                   and any(n in scope.text(*scope.clause(e)) for n in nouns)]
        first = next((e for e in earlier if e.figure.quantity.interval == q.interval), None) or \
            next((e for e in earlier if could_be_one(e.figure.quantity, q)
                  and _COUNTED_IN_ALL.search(scope.text(scope.clause(e)[0], e.figure.number_start))), None)
        if first is None:
            continue
        because = Message(msg.PAIRED_REFERRED, first=scope.text(*scope.clause(first)),
                          again=scope.text(*scope.clause(c))).render("en")
        found.append(Found("same", {"same": [first.id, c.id]}, "linked", c, because, f"{c.id}_same"))
    return found


#: the districts of a place, the count right after its name: 北京全市16区, 在北京十六区里, 上海16个区
_DISTRICTS = later(r"^(?:个)?(?P<noun>区县|县区|县市区|市辖区|区)(?![域间块位])")
#: a count's figure up to its last numeral
_COUNTER = later(r"^.*?[\d〇零一二两三四五六七八九十百]+")
#: what may stand between the place and the count of its districts
_OF_PLACE = later(r"^(?:全市|全省|市|省|的)?$")
#: the whole of the place the text is about: 全市16个区
_WHOLE = later(r"(?:全市|全省)$")
#: a kind of city by its rank in the state, every one of which a count counts: 15个副省级城市
_CITY_KIND = later(r"^\s*(?:个|座|大)?(?P<noun>副省级城市|计划单列市|直辖市|省会城市|省会)")
#: a region of the country right before the count: 中部六座省会城市 (not the nation's 27 of them)
_REGION = later(r"(?P<region>[东西中]部|东北|西北|西南|长三角|珠三角|京津冀|(?:粤港澳)?大湾区|成渝)"
                r"(?:地区)?的?$")
#: words before a count that make it some of the kind, not all of it (有10个副省级城市…超5000亿元,
#: 这10个省会城市, 其中5个): 共有 counts them all
_SOME_OF = later(r"(?:(?<![共总])有|这|这些|其中|包括|另有|仅|只)$")


def _count_key(scope: Scope, c: DraftClaim, nxt: DraftClaim | None) -> tuple[tuple, str] | None:
    """The key of a count of places (:func:`_places_counted`) — what is counted, why, the period
    and the place — and its label (万亿GDP城市, 省份数据出炉)."""
    q = c.figure.quantity
    if q is None or q.qualifier is not None or q.unit.dimension not in ("count", "number") or \
            q.interval.lo != q.interval.hi or q.interval.lo < 2:
        return None
    c_start, c_end = scope.clause(c)
    after = scope.text(c.figure.end, c_end)
    divisions = _divisions_key(scope, c, c_start, after)
    if divisions is not None:
        return divisions
    m = _PLACES_COUNTED.match(after)
    klass = _CITIES_OF_CLASS.match(nxt.figure.text + scope.text(nxt.figure.end, nxt.figure.end + 5)) \
        if nxt is not None and nxt.figure.kind == "class" else None
    if klass is not None and nxt is not None and nxt.figure.quantity is not None and \
            not scope.text(c.figure.end, nxt.figure.start):  # 24座万亿GDP城市, 5个万亿级GDP城市
        noun, what, label = "城市", nxt.figure.quantity.interval.lo, klass.group()
    elif m is not None and _DATA_OUT.match(after[m.end():]):
        noun, what, label = m.group("noun"), "data", m.group("noun") + "数据出炉"
    else:
        return None
    clause = scope.text(c_start, c_end)
    year, sub, _ = _period_tokens(clause)
    period = _period_name(year, sub) if year is not None or sub is not None else period_of(scope, c)
    if year is None and sub is not None and scope.draft.period is not None:
        period = _period_name(scope.draft.period, sub)
    groups = places_in_text(scope.text(c_start, c.figure.start))
    place = sorted(groups[-1]) if groups else ["全国"]
    if len(place) != 1 or place[0].startswith("@"):
        return None
    return (noun, what, period, place[0]), label


def _divisions_key(scope: Scope, c: DraftClaim, c_start: int, after: str) -> tuple[tuple, str] | None:
    """The key of a count of all the divisions or cities of a kind of a place — the districts of
    a city right after its name (北京全市16区中 and 在北京十六区里), the cities of a rank in the
    state (15个副省级城市, 全国共有15个副省级城市) — and its label. No period: the number of them
    is the state's map, not a figure of the year; not some of them (有10个副省级城市…, 这10个省会城市)."""
    before = scope.text(c_start, c.figure.number_start)
    after = _COUNTER.sub("", c.figure.text) + after  # 16区, 十六区: the noun written in the figure
    m = _DISTRICTS.match(after)
    if m is not None:
        named = [(a, b, name) for a, b, name in _places(before) if not name.startswith("@")]
        if named and _OF_PLACE.match(before[named[-1][1]:]):
            place = named[-1][2]
        elif _WHOLE.search(before):  # 全市16个区: the place named before, else the title's
            where = where_and_when(scope, c)
            places = where[0] if where is not None else frozenset()
            if not places:
                start = len(scope.plain) - len(scope.plain.lstrip())
                title = scope.plain[start:_line_end(scope.plain, start)]
                groups = places_in_text(title)
                places = groups[0] if len(groups) == 1 else frozenset()
            if len(places) != 1 or "全国" in places or any(p.startswith("@") for p in places):
                return None
            place = next(iter(places))
        else:
            return None
        noun = m.group("noun")
        noun = "区县" if noun in ("县区", "县市区") else noun
        return ("division", noun, "", place), place + noun
    m = _CITY_KIND.match(after)
    if m is None or _SOME_OF.search(before):
        return None
    region = _REGION.search(before)
    groups = [g for g in places_in_text(before) if not any(p.startswith("@") for p in g)]
    place = [region.group("region")] if region else sorted(groups[-1]) if groups else ["全国"]
    if len(place) != 1:
        return None
    return ("kind", m.group("noun"), "", place[0]), m.group("noun")


# --- the same figure in other units -----------------------------------------------------------
def _fell(c: DraftClaim) -> bool:
    hi = c.figure.quantity.interval.hi
    return hi is not None and hi < 0


def _asides(scope: Scope) -> list[Found]:
    """14582万吨（2916亿斤）: the same figure in other units, in parentheses (*stated*)."""
    found = []
    for a, b in zip(scope.claims, scope.claims[1:], strict=False):
        if scope.aside(b) and is_level(a) and is_level(b) and same_unit(a, b) and exact(a) \
                and exact(b) and scope.text(a.figure.end, b.figure.start) in ("（", "(") \
                and not _fell(a) \
                and (a_change(a) or not a_change(b)):  # 减少97.5万公顷(1462万亩): the aside restates
            # the fall unsigned; 利润总额87.2亿元（增加38.2亿元）: a change in brackets after a level
            # is how much it grew, not the level again
            found.append(Found("same", {"same": [a.id, b.id]}, "stated", a,
                               Message(msg.PAIRED_OTHER_UNITS).render("en"), f"{a.id}_same"))
    return found


# --- the same subject stated again ------------------------------------------------------------
def _linked(scope: Scope, restated: list[Found], taken: set[str]) -> list[Found]:
    """The figures stated again in other sentences, one check per figure (every copy of it) or
    per statement made again (:func:`_blocks`): claims with the same key, statements
    repeated word for word (:func:`_repeated`) and the title given again (:func:`_title_again`)."""
    groups = _keyed(scope, restated, taken)
    together = [{(c.id, part) for c, part in g.copies[0]} for g in groups]
    for again in [*_repeated(scope), *_title_again(scope)]:
        again.copies = [cs for cs in again.copies
                        if not any({(c.id, part) for c, part in cs} <= t for t in together)]
        if again.copies:
            groups.append(again)
    return [_found(g) for g in _blocks(scope, groups)]


#: one copy of a figure: a claim, and "" for its value or ".growth" for the growth rate it carries
Copy = tuple[DraftClaim, str]


@dataclass(slots=True)
class _Again:
    """A figure, or a statement of several figures, stated again: the copies of each figure (the
    first compared with the others) and why they were paired."""

    copies: list[list[Copy]]
    because: str

    @property
    def at(self) -> DraftClaim:
        return self.copies[0][-1][0]


def _found(g: _Again) -> Found:
    copies = [[c.id + part for c, part in cs] for cs in g.copies]
    same = copies[0] if len(copies) == 1 else copies
    return Found("same", {"same": same}, "linked", g.at, g.because, f"{g.at.id}_same")


def _first_exact(copies: list[Copy]) -> list[Copy]:
    """The copies, exact ones first (the first copy is compared with every other)."""
    return sorted(copies, key=lambda c: _figure(c).quantity.qualifier is not None)


def _figure(copy: Copy) -> Figure:
    """The figure a copy is: the claim's own, or the growth rate it carries."""
    c, part = copy
    return c.growth if part and c.growth is not None else c.figure


#: A figure that sums up the list after it (增速保持在10.0%左右，分别为10.0%，10.5%，10.3%): of no one
#: period of the list.
_SUMMARISES = later(r"[，,]?(?:分别为|分别是|依次为|依次是)")


def _group_threshold(scope: Scope, c: DraftClaim) -> bool:
    """A bound that a counted group reaches (85家企业销售额超过100亿元): the line its members pass,
    no figure of the subject."""
    q = c.figure.quantity
    if q is None or q.qualifier is None:
        return False
    start, _ = scope.clause(c)
    return any(o is not c and o.figure.quantity is not None and o.figure.quantity.unit.dimension == "count"
               for o in scope.in_span(start, c.figure.start))


#: The most figures one subject key may gather: a label, period, place and measure that more
#: figures share name no one figure (a generated or tabular text), and pairing them is quadratic.
_MOST_COPIES = 24


def _keyed(scope: Scope, restated: list[Found], taken: set[str]) -> list[_Again]:
    """Claims with the same key in different sentences, each figure once with all its copies; a
    restatement's second figure has the key of the first (迈上11万亿元新台阶 is the GDP the
    sentence names before it); the growth rate a level carries has the key of a rate of its
    subject (82.31万亿元，同比增长9.8% and 前三季度GDP同比增长9.8%)."""
    keys: dict[str, Subject | None] = {}
    by_id = {c.id: c for c in scope.claims}
    for c in scope.claims:
        after = scope.text(c.figure.end, c.figure.end + 6)
        keys[c.id] = None if _share_of_the_part_before(scope, c) or _SUMMARISES.match(after) \
            or after.startswith("之间") or _group_threshold(scope, c) \
            or _SOME_ONE.match(scope.text(scope.clause(c)[0], c.figure.start)) \
            else subject_of(scope, c)  # 在3万亿元到5万亿元之间的有8个省份
    for r in restated:
        a, b = r.fields["same"]
        if keys[b] is None and keys[a] is not None and by_id[b].figure.quantity is not None:
            keys[b] = keys[a]
    _unit_of_subject(keys)
    placed = _headline_places(scope, keys)
    restatements = {(r.fields["same"][0], r.fields["same"][1]) for r in restated}

    def agree(a: Copy, b: Copy) -> bool:  # copies of one figure: b may be a's restatement
        return _may_pair(scope, a, b) or (a[0].id, b[0].id) in restatements or \
            (b[0].id, a[0].id) in restatements

    keyed = [(copy, key) for c in scope.claims
             for copy, key in (((c, ""), keys[c.id]),
                               ((c, ".growth"), growth_subject(scope, c, keys[c.id])))
             if key is not None]
    copies = collections.Counter(key for _, key in keyed)
    groups: dict[Subject, list[list[Copy]]] = {}
    for copy, key in keyed:
        if copies[key] > _MOST_COPIES:
            continue  # a key this many figures share names no one figure (and pairing them is quadratic)
        joined = groups.setdefault(key, [])
        group = next((g for g in joined if all(agree(e, copy) for e in g)), None)
        if group is None:
            joined.append([copy])
        else:
            group.append(copy)
    out = []
    for key, joined in groups.items():
        for g in joined:
            head = _first_exact(g)[0]
            g = [c for c in g if c is head or _could_be_one(head, c)]
            if not any(_may_pair(scope, a, b) for a, b in itertools.combinations(g, 2)):
                continue  # a restatement in one sentence only: that is its own check
            because = key.reason()
            if any(c.id in placed for c, _ in g):
                because = Message(msg.PAIRED_HEADLINE, reason=key.paired_by()).render("en")
            out.append(_Again([[head, *(c for c in g if c is not head)]], because))
    return out + _headline_restated(scope, keys, out, taken)


# --- a headline's figure restated in the body -------------------------------------------------
#: the words before a headline's ratio that make it a growth rate: 大增37%, 增速达6.3%, 放缓至4.9%,
#: 同比增幅达到30%, 同比增35.4%
_HEAD_GROWTH = later(r"(?:增|增长|增速|增幅|涨|涨幅|上涨|降|下降|降幅|跌|下跌|回落|放缓|加快|提高|提升|"
                     r"下滑|减少|减|回升)(?:了|达到了|达到|达|为|至|到|超过|超|逾|近)?$")
#: the flags a headline may leave out: it says 增长 for the body's 实际增长 (规上工业增加值) or 名义增长
#: (国家统计局:2019年7月份社会消费品零售总额增长7.6% of 同比名义增长7.6%)
_DROPPED_FLAGS = frozenset({"real", "nominal"})


def _headline_restated(scope: Scope, keys: dict[str, Subject | None], groups: list[_Again],
                       taken: set[str]) -> list[_Again]:
    """A headline's figure is the summary of one figure of its body (*linked*): 东方财富证券净利逆市
    大增37% of 净利润…同比增长37.47%, 近八成毕业生 of 79%的毕业生, 东莞GDP破万亿 of 10855.35亿元. The
    body figure is the first of the headline's measure (a growth rate, a share, a change or a level in its
    unit), subject (the body's subject in the headline's words, or the headline's in the body's),
    place and period, as far as the headline names them; when the body states several figures of
    that kind that are not one figure (two subjects, two periods), the words do not say which the
    headline restates, and nothing is paired."""
    headlines = _headline_lines(scope)
    titles = {c.line for c in scope.claims if c.line in headlines and _title_like(scope, c)}
    subheads = _subheads(scope.plain, headlines) if any(c.line not in headlines and _title_like(scope, c)
                                                        for c in scope.claims) else {}
    opening = _opening_heads(scope.plain)
    if not (titles or subheads or opening) or not any(c.line not in headlines for c in scope.claims):
        return []
    paired = taken | {c.id for g in groups for cs in g.copies for c, _ in cs if len(cs) > 1}
    body: list[tuple[Copy, Subject]] = []
    for c in scope.claims:
        if c.line in headlines or c.figure.quantity is None:
            continue
        key = keys[c.id] or _short_key(scope, c)
        for copy, k in (((c, ""), key), ((c, ".growth"), growth_subject(scope, c, key))):
            words = scope.text(scope.clause(c)[0], c.figure.number_start)
            if k is not None and _figure(copy).quantity is not None and c.id not in taken and \
                    not _SOME_OF.search(words) and not _SUM_OF_SEVERAL.search(words):
                body.append((copy, k))  # 有10个副省级城市…: some of them; 4家…合计: a sum of several
    lead = min((c.line for c in scope.claims if c.line not in headlines), default=0)
    out = []
    for h in scope.claims:
        opens = h.line in opening and h.figure.end <= opening[h.line]  # 一、…增长1.9%。 opening its paragraph
        if (h.line not in titles and (h.line != lead or not titles) and h.line not in subheads
                and not opens) \
                or h.id in paired or h.figure.quantity is None or _of_each(scope, h) \
                or (h.line == lead and h.figure.quantity.unit.dimension == "count") \
                or ((h.line in subheads or opens) and _GROUP_BEFORE.search(scope.text(scope.clause(h)[0],
                                                                                      h.figure.start))) \
                or _SOME_ONE.match(scope.text(scope.clause(h)[0], h.figure.start)):
            continue  # a lead's count (9家企业…) is of a group its paragraph defines, no summary
        head = _headline_key(scope, h, keys[h.id])
        if head is None:
            continue
        if h.line in titles:
            after = body
        elif opens:  # a heading that opens its paragraph: the exact figures of the rest of it
            after = [(c, k) for c, k in body if c[0].line == h.line and c[0].figure.start > opening[h.line]
                     and _figure(c).quantity.qualifier is None]
        elif h.line in subheads:  # a section's heading: the exact figures of its section's opening
            first, last = subheads[h.line]
            after = [(c, k) for c, k in body if first <= c[0].line <= last
                     and _figure(c).quantity.qualifier is None]
        else:
            after = [(c, k) for c, k in body if c[0].line > lead]
        found = _restated_in_body(scope, (h, ""), head, after, h.line in titles)
        if found is not None:
            because = Message(msg.PAIRED_HEADLINE_SUMMARY, headline=h.figure.text,
                              body=_figure(found).text).render("en")
            out.append(_Again([[(h, ""), found]], because))
    return out


#: A heading's subject that is a group of several (两桶油营收上万亿元, 三大运营商…): its figure is of them
#: together or of each, not the first figure of its measure below it.
_GROUP_BEFORE = later(r"[两二三四五六七八九十几多数][^\d，,。；;：:]{0,4}[\u4e00-\u9fff]")

#: A figure said of some one not named (有银行ROE超15%，有银行ROE低于1%): of no figure stated elsewhere;
#: not a count of them (有38家), whose words are before 有.
_SOME_ONE = later(r"[\s：:，,！!]*(?:有|也有|还有|另有)(?![所望效力序点些])[^\d，,。；;：:]+$")

#: the most lines one heading is broken into (50强公司有13家 / 研发投入资本化率超10%)
_HEADING_LINES = 2
#: the paragraphs of a section that a heading sums up: its opening (计算机行业研发强度逼近10% and,
#: two paragraphs on, 计算机研发强度为9.65%), not every paragraph down to the next heading
_SECTION_OPENING = 2


@functools.lru_cache(maxsize=8)
def _subheads(plain: str, headlines: frozenset[int]) -> dict[int, tuple[int, int]]:
    """The lines of the section headings of a news article, each with the first and last line of
    its section: a heading is a run of at most two short lines without a full stop (计算机行业研发
    强度逼近10%; 50强公司有13家 / 研发投入资本化率超10%) between paragraphs of the body — after one and
    before one — and its section is its first two paragraphs (up to the next short line). A short
    line after the title (a deck), a run of more (a table, a list) and a line that opens a list
    (…如下：) head no section."""
    lines = plain.split("\n")
    numbered = [(k + 1, line.strip()) for k, line in enumerate(lines) if line.strip()]
    short = [_short_line(text) and n not in headlines for n, text in numbered]
    out: dict[int, tuple[int, int]] = {}
    k = 0
    while k < len(numbered):
        if not short[k]:
            k += 1
            continue
        end = k
        while end + 1 < len(numbered) and short[end + 1]:
            end += 1
        before = numbered[k - 1][0] if k else 0
        if end - k < _HEADING_LINES and k > 0 and not short[k - 1] \
                and (before not in headlines or _SECTION_NUMBER.match(numbered[k][1])) \
                and end + 1 < len(numbered):
            last = end + 1
            while last + 1 < min(len(numbered), end + 1 + _SECTION_OPENING) and not short[last + 1]:
                last += 1
            for j in range(k, end + 1):
                out[numbered[j][0]] = (numbered[end + 1][0], numbered[last][0])
        k = end + 1
    return out


#: the number of a section that opens a heading (一、 （二） 3. 4、): a numbered heading right after the
#: title (2024年3月金融统计数据报告 / 一、广义货币增长8.3%) heads its section, it is no deck
_SECTION_NUMBER = later(r"(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、"
                        r"|[0-9]{1,2}(?:、|[.．](?!\d)))")
#: a numbered heading of one clause that opens its paragraph as a sentence of its own, the section
#: it heads after it: 一、农林牧渔业增加值同比增长1.9%。1-6月，全县农林牧渔业实现增加值24.24亿元，…
_OPENING_HEAD = later(_SECTION_NUMBER.pattern + r"[^，,；;：:。！!？?\n]{2,40}。(?=[^\n]*[\d])")


@functools.lru_cache(maxsize=8)
def _opening_heads(plain: str) -> dict[int, int]:
    """The paragraphs that open with a numbered heading of their own, one clause long (三、固定资产
    投资下降19.4%。1-6月，全县固定资产投资同比下降19.4%): by line, the offset of the heading's end; its
    figure sums up the rest of the paragraph, as a section heading on a line of its own does."""
    out = {}
    start = 0
    for number, line in enumerate(plain.split("\n"), start=1):
        indent = len(line) - len(line.lstrip())
        m = _OPENING_HEAD.match(line, indent)
        if m is not None:
            out[number] = start + m.end()
        start += len(line) + 1
    return out


def _short_line(text: str) -> bool:
    return len(text) <= _TITLE_CHARS and "。" not in text and not text.endswith(("：", ":"))


#: the words that make a figure the sum of several (4家研发投入合计达1347亿元)
_SUM_OF_SEVERAL = later(r"合计|共计|总计")
#: the words that say a figure of each of several: 均, 都, 各, 每年
_EACH_OF = later(r"(?:均|都|各|每年|每月|每)[\u4e00-\u9fff]{0,4}$")
#: the longest line read as a title
_TITLE_CHARS = 50


def _title_like(scope: Scope, c: DraftClaim) -> bool:
    """A claim's line reads as a title: short, without a full stop (an article without a title
    opens with a sentence of its body)."""
    start = scope.plain.rfind("\n", 0, c.figure.start) + 1
    line = scope.text(start, _line_end(scope.plain, start)).strip()
    return len(line) <= _TITLE_CHARS and "。" not in line


def _of_each(scope: Scope, h: DraftClaim) -> bool:
    """A headline's figure said of each of a count of things before it in its clause (14省旅游收入
    超百亿) or of each of several (中西部地区同比均创下超40%高增速): a figure of every one of them,
    not one figure of the body; a count of places (27省份一季度GDP出炉) is read as such
    (:func:`_places_counted`)."""
    start, end = scope.clause(h)
    if _EACH_OF.search(scope.text(start, h.figure.start)) or \
            _PLACES_COUNTED.match(scope.text(h.figure.end, end)):
        return True
    for other in scope.in_span(start, h.figure.start):
        q = other.figure.quantity
        if other is not h and q is not None and q.unit.dimension in ("count", "number") and \
                q.interval.lo == q.interval.hi and q.interval.lo < 1000:
            return True
    return False


@dataclass(frozen=True, slots=True)
class _Head:
    """What a headline's figure says: its subject in the headline's words, its kind of measure
    and flags, its year (the article's when it names none), the part of the year and the places
    it names (empty: not named)."""

    subject: str
    kind: str
    flags: frozenset[str]
    year: str
    sub: str
    places: frozenset[str]


def _headline_key(scope: Scope, h: DraftClaim, key: Subject | None) -> _Head | None:
    """The words of a headline's figure: its label without the figures before it in the headline
    (1-5月全国吸收外资4810亿元人民币 同比增35.4%: the rate's subject is the level's), or, for a figure
    that opens it, the words after it (20.1万亿！中国外贸半年报速读)."""
    q = h.figure.quantity
    line_start = scope.plain.rfind("\n", 0, h.figure.start) + 1
    label = h.label or ""
    for other in scope.in_span(line_start, h.figure.start):
        label = label.replace(other.figure.text, "")
    if not label.strip() and not scope.text(line_start, h.figure.start).strip():
        label = compiled(r"^[！!：:，,\s]+").sub("", scope.text(h.figure.end, _line_end(scope.plain,
                                                                                   h.figure.end)))
        label = compiled(r"[，,。；;！!？?\s].*$").sub("", label)
    subject = normalise_label(label)
    if owner := owner_of_base_share(scope, h):  # 出游…8815.93万人次，恢复至2019年同期的87.2%: of 出游
        subject = f"{owner}/{subject}"  # as its key says (:func:`subject_of`)
    words = scope.text(scope.clause(h)[0], h.figure.number_start)
    if key is not None:
        kind, *flags = key.measure.split(":")
    elif q.unit.dimension == "ratio":
        growth = h.figure.is_rate or q.qualifier == "digits" or _HEAD_GROWTH.search(
            compiled(r"[\s同比]+$").sub("", words))
        kind, flags = ("growth" if growth else "share"), []
    elif q.unit.dimension == "pp":
        return None
    else:
        kind, flags = ("change" if h.figure.change_word or q.change else "level"), []
    kind = "share" if kind == "level" and q.unit.dimension == "ratio" else kind
    if kind not in ("growth", "share", "level", "change") or "proj" in flags:
        return None
    clause_end = min(scope.clause(h)[1], _line_end(scope.plain, h.figure.end))
    after = _SHARE_OF.match(scope.text(h.figure.end, clause_end))  # a heading's words end at its line
    if kind == "share" and after is not None:
        subject = normalise_label(after.group("whom"))  # 近八成毕业生想立即工作: whose share it is
    if len(subject) < 2 or _NOT_SUBJECT_HEAD.search(subject):
        return None
    _, sub, _ = _period_tokens(scope.text(line_start, h.figure.start))
    where = where_and_when(scope, h)
    places, period = where if where is not None else (frozenset(), period_of(scope, h))
    year, own = _split_period(period)
    return _Head(subject, kind, frozenset(flags), year, own if sub is not None else "", places)


_PERIOD_PARTS = later(r"(?P<year>\d{4}|上年|前年|明年)?年?(?P<sub>.*)", re.S)


def _split_period(period: str) -> tuple[str, str]:
    """The year (2021, 上年 …; "" when none is named) and the part of it of a key's period."""
    m = _PERIOD_PARTS.fullmatch(period)
    assert m is not None
    return m.group("year") or "", m.group("sub")


#: the words after a share that say whose it is: 91%受访者认为…, 73%的台湾人不了解大陆
_SHARE_OF = later(r"的?(?P<whom>[\u4e00-\u9fff“”\"]{4,})")
#: the least share of a headline's words (pairs of characters) a body's share must name
_SHARED_WORDS = 0.6
#: a headline's words that are no subject: a comparison, a list, a figure
_NOT_SUBJECT_HEAD = later(r"^(?:比|较|占|相比|与|为|是)|[\d、]")


def _short_key(scope: Scope, c: DraftClaim) -> Subject | None:
    """The key of a body claim whose label is too short for one (净利为29.8亿元): the subject a
    headline may name it by, when it names a subject of three characters or more."""
    if not c.label or scope.aside(c) or c.figure.is_rate or listed_without_period(scope, c):
        return None  # (…2025 - 2027年净利润分别为…，YOY+15.6%、+9.5%: whose year, the words do not say)
    label = normalise_label(c.label)
    if len(label) < 3 or (len(label) > 3 and generic(label)) or _NOT_SUBJECT_HEAD.search(label) \
            or _GENERIC.match(label):
        return None
    where = where_and_when(scope, c)
    if where is None or len(where[0]) > 1:
        return None
    q = c.figure.quantity
    measure = "share" if is_share(c) else "level" if is_level(c) else None
    if measure is None:
        return None
    return Subject(label, where[1], where[0], measure, q.unit.key)


def _tier(head: str, body: str, title: bool = False) -> int | None:
    """How near a body's subject is to a headline's, nearest first: the same (0); the body's in
    the headline's words, which add whose it is (万科净利润 and 净利润, 1); the headline's followed
    by a measure word (医疗卫生机构 and 医疗卫生机构数, 2), not by a part of it (社会消费品零售总额/除汽车
    以外的消费品零售额); the headline's after the qualifier its clause before carried (营业收入 and
    规上电子信息制造业营业收入, 3); the headline's the body's shortened (4: :func:`_abbreviates`);
    None when the subjects differ."""
    if body == head:
        return 0
    if body in head:
        return 1
    if len(head) >= 3 and body.startswith(head) and not body.startswith("/", len(head)):
        return 2
    if len(head) >= 3 and body.endswith(head):
        return 3
    if title and _abbreviates(head, body):
        return 4
    return None


#: the shortest headline subject read as the body's shortened
_FEWEST_SHORTENED = 4


def _abbreviates(head: str, body: str) -> bool:
    """A headline names a subject by its short form, the characters of the full name kept in
    their order and the others dropped (简称): 国企利润总额 of 国有企业利润总额, 发行地方债 of 发行地方
    政府债券, 规上工业利润 of 规上工业企业利润, 国内手机出货量 of 国内手机市场总体出货量, 税务部门组织收入 of
    税务部门组织税收收入. Both begin alike, the body's name is at most twice as long, and it is one
    subject (not a part of a whole, X/Y); what it drops is more than words that join (的, 之, 和:
    企业销售额 is not 企业的销售额 shortened)."""
    if len(head) < _FEWEST_SHORTENED or "/" in body or head[0] != body[0] or len(body) > 2 * len(head):
        return False
    rest = iter(body)
    if not all(ch in rest for ch in head):
        return False
    dropped = list(body)
    for ch in head:
        dropped.remove(ch)
    return bool(_JOINING.sub("", "".join(dropped)))


#: the words that join a name's parts, which no short form drops alone
_JOINING = later(r"[的之和与及、]")


def _words_shared(head: str, body: str) -> float:
    """The share of a headline's pairs of characters that a body's subject has too: 受访者认为报纸
    存在有必要 and 认为报纸存在有必要的受访者 share 10 of 11."""
    pairs = {head[i:i + 2] for i in range(len(head) - 1)}
    return len(pairs & {body[i:i + 2] for i in range(len(body) - 1)}) / len(pairs) if pairs else 0.0


def _restated_in_body(scope: Scope, h: Copy, head: _Head, body: list[tuple[Copy, Subject]],
                      title: bool = False) -> Copy | None:
    """The body figure a headline's figure restates (:func:`_headline_restated`), or None; only
    a title names its subject in short form (a lead's 企业销售额 is all the firms', not the
    企业的销售额 of some of them further on)."""
    tiers: list[list[tuple[Copy, Subject]]] = [[], [], [], [], [], []]
    for copy, k in body:
        kind, *flags = k.measure.split(":")
        if kind == "level" and _figure(copy).quantity.unit.dimension == "ratio":
            kind = "share"
        if kind != head.kind or frozenset(flags) - _DROPPED_FLAGS != head.flags - _DROPPED_FLAGS:
            continue
        if not _one_unit(h[0], copy[0]) if not copy[1] else \
                _figure(copy).quantity.unit.key != _figure(h).quantity.unit.key:
            continue
        if head.places and k.places and k.places != head.places:
            continue
        year, sub = _split_period(k.period)
        if (head.sub and sub != head.sub) or (year != head.year and (head.year or not year.isdigit())):
            continue  # 1-7月 over 今年1-7月, not 去年1-7月
        tier = _tier(head.subject, k.label, title)
        if tier is not None:
            tiers[tier].append((copy, k))
        elif head.kind == "share" and _words_shared(head.subject, k.label) >= _SHARED_WORDS:
            tiers[5].append((copy, k))
    if tiers[5]:  # shares by their words: the body's that shares most of them
        most = max(_words_shared(head.subject, k.label) for _, k in tiers[5])
        tiers[5] = [(c, k) for c, k in tiers[5] if _words_shared(head.subject, k.label) == most]
    found = next((t for t in tiers if t), [])
    if head.kind == "share" and tiers[5] and found is not tiers[5] and \
            max(_words_shared(head.subject, k.label) for _, k in found) < \
            _words_shared(head.subject, tiers[5][0][1].label):
        found = tiers[5]  # 年度社会投资占比74.3% of 社会投资…占74.3%, not of 投资占比68.4% (another's)
    if not found or len({(k.label, k.period, k.places or head.places, k.measure)
                         for _, k in found}) != 1:
        return None  # the words do not say which of several figures the headline restates
    first = min(found, key=lambda ck: ck[0][0].figure.start)[0]
    if any(c[0] is not first[0] and scope.sentence(c[0]) == scope.sentence(first[0]) for c, _ in found):
        return None  # 运输总周转量和旅客运输量已恢复至去年同期的96.9%和98%: one key, two figures
    bounds = _figure(h).quantity.qualifier is not None and _figure(first).quantity.qualifier is not None
    return first if _could_be_one(h, first) and not bounds else None  # 突破8万亿元, 超过万亿元: no test


#: the units a level written without one takes from the levels of its subject (:func:`_one_unit`)
_UNITS_OF_BARE = (("money", "元"), ("count", "count"))
_BARE = ("number", "")


def _unit_of_subject(keys: dict[str, Subject | None]) -> None:
    """A level written without its unit (深圳GDP首次超过三万亿, 突破万亿) is in the unit of the
    levels of its subject, period and place stated elsewhere in 元 or in a count (深圳2021年全年
    地区生产总值3.07万亿元): its key takes that unit, when they are stated in one unit only."""
    units: dict[tuple, set[tuple]] = {}
    for key in keys.values():
        if key is not None and key.unit != _BARE:
            units.setdefault((key.label, key.period, key.places, key.measure), set()).add(key.unit)
    for cid, key in keys.items():
        if key is None or key.unit != _BARE or key.measure != "level":
            continue
        of_subject = units.get((key.label, key.period, key.places, key.measure), set())
        if len(of_subject) == 1 and of_subject <= set(_UNITS_OF_BARE):
            keys[cid] = dataclasses.replace(key, unit=next(iter(of_subject)))


def _title_line(scope: Scope) -> int:
    """The line of the article's title: its first line with text."""
    plain = scope.plain
    return plain[:len(plain) - len(plain.lstrip())].count("\n") + 1


def _headline_lines(scope: Scope) -> frozenset[int]:
    """The lines that are headlines: the title, and a line that gives it again at its start
    (原标题：2021年考研报考人数377万，创历史新高; 中新社北京11月1日电 题：…), whose words may differ
    from the title's (原标题：1—8月社会消费品零售总额保持两位数增长——消费市场持续恢复态势未变)."""
    return _headlines_of(scope.plain)


@functools.lru_cache(maxsize=8)
def _headlines_of(plain: str) -> frozenset[int]:
    lines = {plain[:len(plain) - len(plain.lstrip())].count("\n") + 1}
    for m in _titles_again(plain):
        line_start = plain.rfind("\n", 0, m.start()) + 1
        if not plain[line_start:m.start()].strip().strip("“”\"《》"):
            lines.add(plain.count("\n", 0, m.start()) + 1)
    return frozenset(lines)


def _headline_places(scope: Scope, keys: dict[str, Subject | None]) -> set[str]:
    """A headline's figure that names no place is of the article's own place: of the one place
    the body states its subject in, when the body names exactly one for it (1-4月规上电子信息制造业
    增加值同比增10.7% over 1-4月份，全国规模以上电子信息制造业增加值同比增长10.7%). Its key takes
    that place; the ids of the claims so placed. The title given again (原标题：…) is a headline
    too."""
    headlines = _headline_lines(scope)
    body: dict[tuple, set[frozenset[str]]] = {}
    for c in scope.claims:
        if c.line in headlines:
            continue
        for key in (keys[c.id], growth_subject(scope, c, keys[c.id])):  # a level's rate too
            if key is not None:
                body.setdefault((key.label, key.period, key.measure, key.unit), set()).add(key.places)
    own = _own_place_said(scope, keys, headlines)
    placed = set()
    for c in scope.claims:
        key = keys[c.id]
        if c.line not in headlines or key is None:
            continue
        places = body.get((key.label, key.period, key.measure, key.unit), set())
        if key.places:  # 北京一季度CPI同比上涨1.4% over 全市居民消费价格同比上涨1.4%
            if places == {frozenset()} and (key.label, key.period, key.measure) in own and \
                    len(key.places) == 1 and "全国" not in key.places:
                keys[c.id] = dataclasses.replace(key, places=frozenset())
        elif len(places) == 1 and next(iter(places)):
            keys[c.id] = dataclasses.replace(key, places=next(iter(places)))
            placed.add(c.id)
    return placed


def _own_place_said(scope: Scope, keys: dict[str, Subject | None],
                    headlines: frozenset[int]) -> set[tuple[str, str, str]]:
    """The subjects the body states of the article's own place in its own words (全市, 本市,
    全省 … before the figure in its sentence, a place its key leaves unnamed): a headline's place
    is that one."""
    own = set()
    for c in scope.claims:
        key = keys[c.id]
        if c.line in headlines or key is None or key.places:
            continue
        s_start, _ = scope.sentence(c)
        if _OWN_PLACE.search(scope.text(s_start, c.figure.start)):
            own.add((key.label, key.period, key.measure))
    return own


#: the words an article names its own place by
_OWN_PLACE = later(r"(?:全|本|我)(?:市|省|区|县)(?!场|值|域)")
#: A share named by its measure only (个数占比, 投资占比, 比重): of the level its clause states
#: before it, whose subject it has.
_BARE_SHARE = later(r"^[\u4e00-\u9fff]{0,2}(?:占比|比重)$")


def _share_of_the_part_before(scope: Scope, c: DraftClaim) -> bool:
    """现代产业类项目250个，个数占比28.3% and 基础设施类项目276个，个数占比31.3%: the label names the
    measure, the level before it the subject; the label alone ties nothing."""
    if not (is_share(c) and c.label and _BARE_SHARE.match(c.label)):
        return False
    before = [p for p in scope.in_span(scope.sentence(c)[0], c.figure.start) if p is not c]
    return bool(before) and is_level(before[-1]) \
        and before[-1].figure.quantity.unit.dimension != "ratio"


def _could_be_one(a: Copy, b: Copy) -> bool:
    """Copies tied by their key only whose figures could be one figure: they agree, or one is the
    other misprinted or revised (:mod:`.misprint`); far apart, they are two figures the key
    cannot tell apart (初中 and 高中's 在校生人数), and pairing them is a false alarm."""
    qa, qb = _figure(a).quantity, _figure(b).quantity
    if qa is None or qb is None:
        return False
    if qa.unit.key != qb.unit.key and _bare_and_unit(a, b):  # 超过三万亿 and 3.07万亿元
        larger = max(abs(qa.value), abs(qb.value))
        return qa.checked_interval.intersects(qb.checked_interval) or \
            abs(qa.value - qb.value) <= NEAR * larger
    return could_be_one(qa, qb)


def _bare_and_unit(a: Copy, b: Copy) -> bool:
    """Two levels, one written without its unit and the other in 元 or a count (:func:`_one_unit`)."""
    return not a[1] and not b[1] and _one_unit(a[0], b[0])


def _may_pair(scope: Scope, a: Copy, b: Copy) -> bool:
    """Different sentences, not of different topics (女装稳步扩张，全年开关店比大于1 and 潮流数码
    大举扩张，开关店比2.32) nor of different parts or bodies (中资机构方面 and 外资机构方面;
    vivo 2022年… and 荣耀2022年…; under the headings 中金公司 and 国信证券: other_scopes); in one
    paragraph, not two claims the draft told apart (it numbers the labels of one paragraph's
    figures that cannot agree: 完成投资, 完成投资(2))."""
    (ca, _), (cb, _) = a, b
    qa, qb = _figure(a).quantity, _figure(b).quantity
    headlines = _headline_lines(scope)  # a long title without a full stop is no part of the lead
    one_sentence = scope.same_sentence(ca, cb) and (ca.line == cb.line or not
                                                    {ca.line, cb.line} & headlines)
    if one_sentence or qa is None or qb is None or other_topics(scope, ca, cb) or \
            other_scopes(scope, ca, cb) or _other_sections(scope, ca, cb) or \
            (qa.unit.key != qb.unit.key and not _bare_and_unit(a, b)) or _other_items(scope, ca, cb) \
            or _other_counts_of_subject(scope, ca, cb):
        return False
    if ca.line != cb.line or ca.label == cb.label:
        return True
    return not (NUMBERED.search(ca.label or "") or NUMBERED.search(cb.label or ""))


#: The words between a count that opens a sentence and the first figure it measures: the counted
#: noun and a verb (这49个国家级开发区实现工业总产值…), no clause break.
_SUBJECT_WORDS = later(r"^[^\d，,。；;：:！!？?（()）]{1,20}$")

#: Or a line that opens with a name and its count in a clause of their own, then the measures of
#: what it counts: 化学制药行业上市公司158家，营收下降3.22%至2,714亿元，….
_NAMED_COUNT = later(r"^[^\d，,。；;：:（()）]{2,20}$")
_MEASURED_NEXT = later(r"^[，,][^\d，,。；;：:（()）]{1,10}$")


def _subject_count(scope: Scope, c: DraftClaim) -> DraftClaim | None:
    """The count of the subject a sentence opens with, when c comes after it: 这49个国家级开发区
    实现工业总产值6692.63亿元，…; 东部沿海33家国家级开发区实现工业总产值6084.6亿元，…; 化学制药行业上市
    公司158家，营收下降3.22%至2,714亿元，…."""
    start, _ = scope.sentence(c)
    before = scope.in_span(start, c.figure.start)
    if len(before) < 1:
        return None
    count = before[0]
    q = count.figure.quantity
    nxt = before[1] if len(before) > 1 else c
    if q is None or q.unit.dimension != "count" or not is_level(count) or \
            (nxt.figure.quantity is not None and nxt.figure.quantity.unit.dimension == "count"):
        return None
    after = scope.text(count.figure.end, nxt.figure.start)
    if _SUBJECT_WORDS.match(after) or (_MEASURED_NEXT.match(after) and
                                       _NAMED_COUNT.match(scope.text(start, count.figure.start))):
        return count
    return None


#: The words a group is named by before its count, a note in parentheses allowed (畢業專科（高職）生);
#: or after it, when the count opens its clause (共计21家中国企业在A股…).
_GROUP_NAMED = later(r"^[^\d，,。；;：:]{2,20}$")
_NOUN_AFTER = later(r"[\u4e00-\u9fff]{2}")


def _group_count(scope: Scope, c: DraftClaim) -> DraftClaim | None:
    """The count of the group a sentence opens with, named in a clause of its own, when c is a
    measure of it after it (畢業研究生1015人，初次就業率為85.02%; 我省普通高校畢業生共計14910人，就業
    13743人，初次就業率為92.17%; 青海省籍畢業生10875人，占畢業生總數的72.94%，初次就業率為93.39%; 共计21家
    中国企业在A股、港股以及美股成功IPO，…；募资总额235亿元，…环比下降78.77%, its full sentence): c is
    that group's. Not a count of its own (新增義務教育學位1200個，增加高中學位500個)."""
    q = c.figure.quantity
    if q is None or q.unit.dimension == "count":
        return None
    start = max(scope.plain.rfind(p, 0, c.figure.start) for p in "。！？!?\n") + 1  # over ；
    before = scope.in_span(start, c.figure.start)
    count = before[0] if before else None
    q = count.figure.quantity if count is not None else None
    if q is None or q.unit.dimension != "count" or not is_level(count) or scope.aside(count) \
            or q.change or count.figure.change_word:
        return None
    words = scope.text(scope.clause(count)[0], count.figure.start)
    named = _GROUP_NAMED.match(words) if words else _NOUN_AFTER.match(scope.plain, count.figure.end)
    return count if named else None


def _other_counts_of_subject(scope: Scope, a: DraftClaim, b: DraftClaim) -> bool:
    """Two sentences whose subjects are counted otherwise (这49个国家级开发区… and 东部沿海33家国家级
    开发区…, with the same list of measures: the 33 are some of the 49; 化学制药行业上市公司158家，营收…
    and 生物制品行业上市公司54家，营收…: two sectors; 畢業專科生6059人，初次就業率為94.87% and 少數民族
    畢業生6875人，初次就業率為92.52%: two groups, :func:`_group_count`): another subject."""
    ka, kb = (_subject_count(scope, x) or _group_count(scope, x) for x in (a, b))
    return ka is not None and kb is not None and \
        ka.figure.quantity.interval != kb.figure.quantity.interval


#: A section heading on a line of its own, with no figure and no full stop: numbered (一、诊疗人次,
#: （二）出院人次), or a bulletin's field alone (义务教育 / 高中段教育 of an education bulletin, each
#: section's 校舍总面积…比上年增加…; 农业, 工业和建筑业, 社会保障): it names what, or whose, the figures
#: under it are. A news article's subheads (苏南苏北差距大) and its source's name are no such scope.
_SECTION_HEADING = later(r"(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])"
                         r"[^\d。！？；;，,]{1,20}|[\u4e00-\u9fff、和与及]{0,10}"
                         r"(?:教育|卫生|健康|文化|体育|旅游|农业|工业|建筑业|服务业|交通|运输|邮电|通信|金融|"
                         r"保险|证券|财政|税收|人口|就业|社会保障|科技|科学技术|环境|能源|资源|商贸|贸易|"
                         r"外贸|投资|消费|物价|价格|住房|民政|水利|林业|畜牧业|渔业)")


def _other_sections(scope: Scope, a: DraftClaim, b: DraftClaim) -> bool:
    """Figures under two numbered section headings (一、诊疗人次 … 民营医院4.3亿人次，同比增长3.9% and
    二、出院人次 … 民营医院2528.2万人次，同比增长4.6%): each section's figures are of its own measure."""
    sa, sb = (heading_in_force(scope, c, _SECTION_HEADING) for c in (a, b))
    return sa is not None and sb is not None and sa != sb


#: The mark that opens an item of a list at the start of its line: a number (2、第二名为vivo…) or a
#: dash (——电子信息企业增长较快。…).
_ITEM_MARK = later(r"\s*(?:(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[、.．]|——|—|--)")
#: The words a dashed item opens with, to its first break: whose its figures are.
_ITEM_HEAD = later(r"[^，,。；;：:！!？?\n]{1,24}")
#: The words that open a split of what the text stated before into items (分行业看：, 从地区看：,
#: 按规模分：).
_SPLIT_OPENING = later(r"(?:(?:从|分)[^，,：:。；;\d]{1,12}看|按[^，,：:。；;看\d]{1,10}分)[：:]")


def _other_items(scope: Scope, a: DraftClaim, b: DraftClaim) -> bool:
    """Figures of two items of a list (2、第二名为vivo…市场份额18.3%; 3、第三名为OPPO…市场份额16.6%;
    ——电子信息企业…利润总额…增长41% and ——电工电器企业…利润总额…增长39%): each item's figures are
    its own entry's; or a figure stated before a split into items and one of an item (…实现利润总额
    1.66亿元…。分行业看：\n1、装备制造行业…利润总额1.52亿元): a whole and its part."""
    def item(c: DraftClaim) -> tuple[str, str] | None:
        start = scope.plain.rfind("\n", 0, c.figure.start) + 1
        m = _ITEM_MARK.match(scope.plain, start)
        if m is None:
            return None
        mark = m.group(0).strip()
        head = _ITEM_HEAD.match(scope.plain, m.end()) if mark[0] in "—-" else None
        return mark, head.group(0) if head else ""
    ia, ib = item(a), item(b)
    if ia is not None and ib is not None:
        return ia != ib
    first, second = sorted((a, b), key=lambda c: c.figure.start)
    return item(first) is None and item(second) is not None and \
        _SPLIT_OPENING.search(scope.text(first.end, second.figure.start)) is not None


def _blocks(scope: Scope, groups: list[_Again]) -> list[_Again]:
    """Figures stated together in one sentence and again together in another (前三季度…26265元，
    实际增长9.7%，两年平均增长5.1% in the lead and in a later section): one check, the
    statement made again, in the order of the article."""
    blocks: dict[tuple, list[_Again]] = {}
    for g in sorted(groups, key=lambda g: g.copies[0][0][0].figure.start):
        pair = g.copies[0]
        if len(g.copies) == 1 and len(pair) == 2:
            sentences = (scope.sentence(pair[0][0]), scope.sentence(pair[1][0]))
            blocks.setdefault(sentences, []).append(g)
        else:
            blocks[(id(g),)] = [g]
    out = []
    for together in blocks.values():
        if len(together) == 1:
            out.append(together[0])
            continue
        copies = [c for g in together for c in g.copies]
        firsts = [c[0][0] for c in copies]
        agains = [c[1][0] for c in copies]
        out.append(_Again(copies, _stated_again(scope, firsts, agains)))
    return out


def _stated_again(scope: Scope, firsts: list[DraftClaim], agains: list[DraftClaim]) -> str:
    """The reason of a statement made again: its words, first and again."""
    first = scope.text(firsts[0].figure.start, max(c.end for c in firsts))
    again = scope.text(agains[0].figure.start, max(c.end for c in agains))
    return Message(msg.PAIRED_STATED_AGAIN, first=first, again=again).render("en")


# --- a statement repeated word for word -------------------------------------------------------
def _repeated(scope: Scope) -> list[_Again]:
    """A level with its growth rate stated again, in another paragraph, in the same words and
    figures — 第一产业实现增加值47.5亿元，同比增长4.4%，增速比一季度提高1.3个百分点 in the overview,
    农林牧渔业实现增加值47.5亿元，同比增长4.4%，增速比一季度提高1.3个百分点 in the section on
    agriculture: the subject may be named otherwise, the level (three significant digits or more)
    and its rate are the same, so the figures stated after them in the same words are the same
    figures too."""
    runs = [r for r in (_run(scope, c) for c in scope.claims) if r is not None]
    out = []
    for k, first in enumerate(runs):
        for again in runs[k + 1:]:
            if again[0].line == first[0].line:
                continue
            n = _common(scope, first, again)
            if n:
                pairs = [[(a, ""), (b, "")] for a, b in zip(first[:n], again[:n], strict=True)]
                pairs.insert(1, [(first[0], ".growth"), (again[0], ".growth")])
                out.append(_Again(pairs, _stated_again(scope, first[:n], again[:n])))
                break
    return out


_SIGNIFICANT = 3


def _run(scope: Scope, c: DraftClaim) -> list[DraftClaim] | None:
    """A level with the growth rate written right after it, and the claims that follow it in its
    sentence before the next level: the figures of one statement."""
    q = c.figure.quantity
    if not (is_level(c) and exact(c) and c.growth is not None) or q is None or \
            _significant(q.written) < _SIGNIFICANT:
        return None
    _, end = scope.sentence(c)
    run = [c]
    for other in scope.in_span(c.end, end):
        if is_level(other):
            break
        run.append(other)
    return run


def _significant(written: str) -> int:
    """How many significant digits a figure is written with: 47.5亿元 3, 14亿元 2."""
    m = compiled(r"\d[\d.]*").search(written)
    return len(m.group().replace(".", "").lstrip("0")) if m else 0


def _common(scope: Scope, first: list[DraftClaim], again: list[DraftClaim]) -> int:
    """How many figures of two runs state the same figures in the same words: the level and its
    rate written the same, the words between the figures the same; 0 when they are not."""
    a, b = first[0], again[0]
    if a.figure.text != b.figure.text or a.growth is None or b.growth is None or \
            a.growth.text != b.growth.text or \
            scope.text(a.figure.end, a.growth.start) != scope.text(b.figure.end, b.growth.start):
        return 0
    n = 1
    for (x, y), (x2, y2) in zip(itertools.pairwise(first),
                                itertools.pairwise(again), strict=False):
        if not same_unit(y, y2) or scope.text(x.end, y.figure.number_start) != \
                scope.text(x2.end, y2.figure.number_start):
            break
        n += 1
    return n


# --- the title given again ---------------------------------------------------------------------
#: a line that gives the title again: 原标题：…, 中新社北京11月1日电 题：…
_TITLE_AGAIN = later(r"(?:原标题|标题|[^，,。；;：:\n]{0,20}电[ \t]*题|题)[：:]")


def _titles_again(plain: str) -> list[re.Match]:
    """Every _TITLE_AGAIN of a text: none where no 题 stands before a colon (the search tries a
    score of characters before 电 at every offset)."""
    if "题：" not in plain and "题:" not in plain:
        return []
    return list(_TITLE_AGAIN.finditer(plain))


def _title_again(scope: Scope) -> list[_Again]:
    """The title given again in a line of the article (原标题：1-8月江苏外贸同增17.1%，民企拉动进出口
    增长9.6个百分点 under the same title): the words are the same, figure for figure, so each
    figure of the title is the figure in the same place of the line; the figures themselves may
    differ (a slip in one copy), the words may not."""
    first = _title_line(scope)
    title = list(scope.on_line(first))
    if not title:
        return []
    start = scope.plain.rfind("\n", 0, title[0].figure.start) + 1
    masked = _masked(scope, start, _line_end(scope.plain, start), title)
    out = []
    for m in _titles_again(scope.plain):
        line_start = scope.plain.rfind("\n", 0, m.start()) + 1
        if line_start == start or scope.text(line_start, m.start()).strip("“”\"《》"):
            continue
        end = _line_end(scope.plain, m.end())
        again = scope.in_span(m.end(), end)
        if len(again) != len(title) or _masked(scope, m.end(), end, again) != masked or \
                not all(same_unit(a, b) for a, b in zip(title, again, strict=True)):
            continue
        pairs = [[(a, ""), (b, "")] for a, b in zip(title, again, strict=True)]
        because = Message(msg.PAIRED_STATED_AGAIN, first=scope.text(start, _line_end(scope.plain, start)),
                          again=scope.text(m.end(), end)).render("en")
        out.append(_Again(pairs, because))
    return out


def _line_end(plain: str, at: int) -> int:
    end = plain.find("\n", at)
    return end if end >= 0 else len(plain)


def _masked(scope: Scope, start: int, end: int, claims: list[DraftClaim]) -> str:
    """The words of plain[start:end] with each claim's figure as #, without spaces or
    punctuation: what two copies of a statement share when their figures differ."""
    parts, at = [], start
    for c in claims:
        parts += [scope.plain[at:c.figure.start], "#"]
        at = c.figure.end
    parts.append(scope.plain[at:end])
    return compiled(r"[\s，,。；;！!？?、：:“”\"（）()—-]+").sub("", "".join(parts))


# --- places (also used by the breakdown finder) ----------------------------------------------
_PLACE = later(r"[\u4e00-\u9fff]{2,6}?(?:省|市|区|县|镇|乡|街道|自治区)|" + "|".join(PROVINCES))


def places_in(text: str) -> frozenset[str]:
    """The places a text names (江苏, 南京市, 海淀区 …), without their 省/市 suffix."""
    return frozenset(compiled(r"(?:省|市|自治区)$").sub("", p) for p in _PLACE.findall(text))
