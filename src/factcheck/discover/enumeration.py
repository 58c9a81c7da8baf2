"""Counts and ranks with the names they count: 共8个，分别是：A、B…和H; 三家企业——A、B和C; 粤港澳三地;
“A”、“B”和“C”三大战略; 广州、深圳、佛山、东莞，全省4个“万亿元”城市; A、B、C排名前三，这三地…;
深广港莞居前四. Each list of names becomes one `enumeration` check holding every figure that counts
it (a count, a rank 前N whose places are counted, a 这N… that points back to it).

Counts the figure reader already gave names (A、B两家, A、B等5段) keep them, and other figures may
count the same list (杭州、广州、成都、合肥、西安5座城市，在省会城市中排名前五). A list is read by its
separators only (、 and a last 和/及/以及/与), never by the count, so that a count changed in
editing still meets the names it is checked against.

Lists seen in session 15's sample of real text: a noun of up to six characters before the colon
(两家互联网巨头：京东和阿里巴巴) or a short clause of the count's own (3所原“985工程”高校进入B类：A、B、
C); names by commas to the end of the sentence (前十位的企业分别是：A，B，…;
分别是排名第59的肥西县，排名第79的肥东县…; names each qualified by its place, 分别是排名第1的昆山市，排名第3的
张家港市、排名第4的常熟市…); 它们分别是; a rank verb after 仍 or 稳坐 (A…F仍位居前6位,
A、B和C稳坐前三甲). A few names of a top ten or more are some of it (昆山市…宜兴市排名前十: six of the
ten), places with a count of what each has are no list (陕西、山东、广东4家；上海、福建3家).

The figures a 分别 then gives the list one each (9、10两个月，日均装车分别达14.8万车、14.9万车) are its
`members`: as many as the count, or as many as the places a rank 前N after them says (…分别完成182.4亿元、
164.5亿元和70.2亿元，位列…前三位).

Session 17: names 以…为代表的 puts before a count are some of what it counts (以新材料、高端装备和新一代
信息技术为代表的三大战略性产业: `names_complete: false`); a count of events and the times 分别是 lists
after it (IPO经历了2次暂停，分别是2012年11月-2014年1月、2015年7月-2015年11月); the names after the rate a
count's members pass (其中6家的净资产增幅超过100%，分别为A、B…); titles in book-title marks right before
their count, with or without 、 between them (《神雕侠侣》《射雕英雄传》《天龙八部》三部小说; one title,
《三体》三部曲, is no list); points numbered 第一，第二，… after their count (主要包括四个方面：第一，…；
第二，…); N巨头 and its members in brackets (EDA三巨头（Synopsys、Cadence、Siemens）); two known places
joined by 和 before a count of places (淮安和六安两市, 浙江和江苏两省; not 沪深和北交所三市). A 与 inside a
name before the last makes the last name's 与 one of its words too (新一代信息技术、智能与新能源汽车、生物
医药与健康: three).

Session 18: the figure reader gives the names of 包括A、B和C在内的N个 (some of the N, a lower bound),
of an 等 list led by words before its first name (…（RCEP）对文莱、柬埔寨…等6个), of an 等 list with
more names than its count (a plain list of short names: the count is an error), and of names that
each carry a figure in brackets before their count (江西（6.9%）、…海南（6%）7省份). The names 分别为
gives after a top (进入前十，分别为A、B) are those of a count of what took its places before it (共有
四款中国模型进入前十名), some of the top; not a count of the group the top is taken from (24家上市券商
中净利润排名前三位的分别是…). Names in Latin letters may hold digits (GLM-5, Kimi K2.5).

Session 19: names that hold 和 put the list's last conjunction one level up, 以及 (采矿业、科学研究和技术
服务业以及批发和零售业: three), and names that hold 、 put its separator up to ， (依次为农、林、牧、渔业，
租赁和商务服务业以及住宿和餐饮业: three). Groups a count names after its colon one sentence each, as the
subjects of their own 包括 (四大区域：东部区域包括…。中部地区包括…), are its names, not the first group's
members. A list whose last name runs on past 等 into a noun names some of what is counted (华为、中兴等
企业5家), or only its kinds when the noun is a kind's (文旅、工业、商贸等产业项目9个: no names).

Session 22: the count in the lead of a split by an official classification names the classes its
sentence goes on to name (分三大门类看，采矿业…，制造业…，电力…供应业…; 从三大产业看; 分四大区域看), and a
以上/这 count of industries after a comma names the items before it, each a name with its figure
(A增长95.7%、B增长30.9%…，以上五个行业).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..figures.names import (
    CONJUNCTION,
    EVENT_COUNTERS,
    LIST_MARKER,
    MEASURE_NOUN,
    a_verb_of_the_count,
    copula_list,
    each_place,
    ended_by_deng,
    kinds_of_objects,
    kinds_of_one_noun,
    latin_name,
    not_a_name,
    pair_before,
)
from ..lexicon import POINTS
from ..patterns import compiled, later
from ..places import NATION, is_place_name, known_name
from .claims import DraftClaim
from .scope import BRACKETED, Found, Scope, exact, same_unit

__all__ = ["find"]

#: A short clause of the count's own, then the colon that opens its names: 有两个城市经济出现明显反弹：
#: 武汉、佛山; 3所原“985工程”高校进入B类：东北大学、湖南大学、西北农林科技大学 (words only, a quoted
#: name at most: no other figure, no comma).
_CLAUSE_TO_COLON = later(r"(?:[\u4e00-\u9fffA-Za-z]|“[^“”]{1,10}”){0,16}[：:]")
#: The words that open a list of what a count counts, after it: 共8个，分别是：…; 4个，它们分别是…
#: (a dash or a colon right after the count opens one too: 3家——A、B、C; 15个：A、B…).
_INTRO_AFTER = later(r"分别为|分别是|依次为|依次是|包括|即")
#: The same for the size of a group (三大主导产业为A、B、C): 为 and 是 name its members.
_INTRO_AFTER_GROUP = later(r"分别为|分别是|依次为|依次是|包括|即|为|是")
_CLAUSE_END = "，,。；;！!？?\n"
#: A conjunction before the last name of a list (not the 与 of 参与, not the 及 of 涉及).
_LAST_CONJUNCTION = later(CONJUNCTION)
#: Verbs that a 、 may join before a count of things (新建、改扩建中小学和幼儿园11所): an item that
#: opens with one is an action, not a name.
_VERBS = later(r"^(?:新建|改扩建|改建|扩建|续建|新增|改造|提升|完成|实施|开工|竣工|投产|签约|引进|培育)")
#: Verbs that put the names of a list into the first places of a ranking, together.
_RANK_VERBS = later(r"(?:排名|位居|位列|居于|居|占据了?|包揽了?|囊括了?|雄霸|稳居|稳坐)"
                         r"(?:全[国省市区]|各[省市])?$")
#: The words between a list and the places its names take, after it: ，排名第三至第七位.
_RANKED_AFTER = later(r"[，,]?(?:并|且)?(?:分别|依次)?(?:排名|位列|位居|居|分列|列)(?:全[国省市])?")
#: A note in brackets at the end of a list: （见下表）, （详见附表）.
_SEE = later(r"[（(](?:见|详见|参见)[^）)]{0,8}[）)]$")
#: Words before a list of the top N that make the names some of its members (入围500强, 其余十强).
_MADE_THE_LIST = later(r"入围|入选|上榜|进入|跻身|挤进|闯入|位列|位居|居|在|其余|其他|其它|另外|另|“")
#: Verbs that take the first places together, whatever the names (占据了前三, 包揽前三).
_TOGETHER = later(r"占据|包揽|囊括|雄霸")
#: The size of a top from which a list of fewer names before its rank is some of it, not all
#: (昆山市、江阴市、张家港市、常熟市、太仓市、宜兴市排名前十).
_SOME_OF_TOP = 10
#: Rates and shares rank one by one (A、B增速居全省前三): no list of places.
_RATES = later(r"增速|增幅|增长|比重|占比|速度")
#: The points of a speech (一是…), not names.
_POINTS = later(r"一是|首先|第一|其一|一方面")
#: Words that make each name rank on its own (A、B均居前十): the rank is no count of the names.
_EACH = later(r"均|都|各|分别|也|同时")
#: One-character names of provinces, regions and the cities of the Pearl River Delta, as a run
#: of them names places (粤港澳, 京津冀, 深广港莞).
_ABBREVIATIONS = set("京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川贵云陕甘青蒙桂藏宁港澳台"
                     "深广莞佛珠惠肇")
#: Place names made of those characters, read as one name, not as a run of abbreviations.
_PLACE_WORDS = later(r"广东|广西|江苏|浙江|江西|海南|湖南|湖北|河南|河北|山东|山西|云南|"
                          r"贵州|福建|吉林|辽宁|宁夏|青海|甘肃|陕西|四川|台湾|香港|澳门|广州|深圳|"
                          r"珠海|佛山|惠州|东莞|肇庆|宁波|苏州|福州|北京|天津|上海|重庆")
#: Counters of places and bodies, after 这 (这三地, 这两座城市) or a run of abbreviations.
_PLACE_COUNTER = later(r"(?:地|座|市|省|家|所|国|区|县|个城市|个省份|个地区|个国家)")
_THIS = later(r"(?:这|这些|上述|以上)$")
#: The places 这/以上 points back to, with a word that qualifies them: 以上7个县(市、区), 这两个千万级
#: 人口城市.
_PLACES_NAMED_BACK = later(r"[一二两三四五六七八九十\d]+个(?:县|区|市|[^，,。；;：:！!？?\n\d]{1,6}?"
                           r"(?:城市|省份|省市|地区|国家))")
#: What may stand between a comma and a count of the names before it: ，全省4个…城市; ，这三个城市.
_CLAUSE_LEAD = later(r"(?:全[国省市区]|这|共|共计)$")
#: A count of places with its noun (4个城市, 4个“万亿元”城市, 三地, 两座城市).
_PLACES_COUNTED = later(r"[一二两三四五六七八九十\d]+(?:个|座)?(?:“[^”]{1,8}”)?"
                        r"[\u4e00-\u9fff]{0,4}?(?:城市|省份|省市|地区|国家|地市|区县)|"
                        r"[一二两三四五六七八九十\d]+(?:地|省|市|国)")
#: The words that may open a clause of names (分别对应北京、上海…).
_LIST_LEAD = later(r"^(?:分别对应|分别为|分别是|依次为|即)")
#: A name of a place alone in its clause, and the words that make it more than a name.
_BARE_NAME = later(r"[\u4e00-\u9fffA-Za-z]{2,8}")
_NOT_BARE = later(r"^[除与从以在对较比同跟至到]|(?:外|来看|来说|为例|相比|而言|之间)$|的|是|为|和")
#: A count that the names may be some of: 全国35个城市中, 三省之一.
_HEADING = later(r"(?:分|按|从)[^，,。；;]+(?:看|分|来看)")
_AMONG = later(r"(?:中|之一|以外|之外|以上)")
#: The names just ahead of a place, then the place in the next clause: 紧跟上海和北京，位列全国第三;
#: 仅次于湖北省，全国排名第二 (the names ahead and the subject fill the places down to its own).
_BEHIND = later(r"(?P<verb>仅次于|紧跟|紧随)(?P<names>[^，,。；;：:！!？?\n]{1,40}?)(?:之后|后)?[，,]"
                r"(?:并|且)?(?:全[国省市区]|在全[国省市区])?(?:排名|位列|位居|居于?|排在|名列)"
                r"(?:全[国省市区]|全球|世界)?(?:第)?$")
#: The names ahead right before the place, in its clause: 仅次于煤与石油的第三大能源; 成为火电、水电之后
#: 的第三大电源; 继美国、英国…和瑞典之后，世界上第七个 (成为/是/继 with 之后 only).
_BEHIND_OF = later(r"(?:(?P<verb>仅次于)(?P<names>[^，,。；;：:！!？?\n]{1,60}?)(?:之后)?的"
                   r"|(?P<verb2>(?:成为|是)?继|成为|是)(?P<names2>[^，,。；;：:！!？?\n]{1,60}?)之后(?:的|[，,]"
                   r"(?:世界上|全球|全国|国内|我国)?))(?:全[国省市区]|全球|世界|国内)?$")
#: The same after the place: 在江苏省排名第3位，仅次于苏州和南京 (to the end of its clause); the place
#: may name what it ranks first (第三大燃料乙醇生产国，仅次于巴西和美国).
_BEHIND_AFTER = later(r"[^，,。；;：:！!？?\n\d]{0,12}?[，,](?P<verb>仅次于)"
                      r"(?P<names>[^，,。；;：:！!？?\n]{1,40}?)(?:之后|后)?(?=[，,。；;！!？?\n]|$)")
#: A count of points and what it counts (八大关注点, 五个问题, 六个新亮点).
_POINT_NOUN = later(r"[^，,。；;：:！!？?\n\d]{0,4}?(" + "|".join(POINTS) + ")")
_NUMERAL_VALUES = {ch: k for k, ch in enumerate("一二三四五六七八九十", 1)}
_N = r"(?P<n>[一二三四五六七八九十])"
#: The marks that open numbered points, by style: 一是, 一、 (a heading), （一）, 第一， (主要包括四个方面：
#: 第一，…；第二，…); the counted noun with its numeral (关注点一, 第一个关键词) is added for each count.
_MARKS = (_N + "是", _N + "、", r"[（(]" + _N + r"[）)]", r"第" + _N + r"(?=[，,：:])")
#: The words from a count of points to the colon that opens them in its sentence (…四个关键词评价
#: 一季度中国经济运行情况：第一个关键词是…).
_TO_COLON = later(r"[^。；;！!？?\n：:]{0,30}[：:]")
#: The end of a paragraph right after a colon, and the start of the next one.
_NEXT_PARAGRAPH = later(r"[ \t\u3000]*(\n)\s*")
_POINT_NAME_END = "，,、。；;：:！!？?\n"
#: A count that is a difference (比去年…多3个，包括A、B…; 增加3家): the names after it may be the
#: extra ones or all of them, so it counts no list.
_DIFFERENCE = later(r"(?:多|少|增加|减少)了?$")
#: An ordinal id of an expression (the ids of article claims are such).
_ID = later(r"[a-z_][a-z0-9_]*")
_RANGE_END = later(r"[一二三四五六七八九十百\d]+(?:到|至|~|～|-|—)$")
_PER_GROUP = later(r"各(?:有|为|是|占)?$")


@dataclass(slots=True)
class _List:
    """A list of names and the figures that count it."""

    names: list[str]
    start: int  # plain offsets of the list
    end: int
    complete: bool = True
    counts: list[DraftClaim] = field(default_factory=list)
    members: list[DraftClaim] = field(default_factory=list)  # figures listed one per name


def find(scope: Scope) -> list[Found]:
    lists: list[_List] = []
    for c in scope.claims:
        if not _whole(c) or c.figure.quantity.change or c.figure.quantity.unit.name in EVENT_COUNTERS \
                or _DIFFERENCE.search(scope.plain[max(0, c.figure.number_start - 3):c.figure.number_start]) \
                or _PER_GROUP.search(scope.plain[max(0, c.figure.number_start - 3):c.figure.number_start]) \
                or _RANGE_END.search(scope.plain, max(0, c.figure.number_start - 6), c.figure.number_start):
            continue  # 多3个 counts no list; 中部和西部各1个，分别是郑州和成都: one per group; 十一到十五名:
            # the end of a range of places
        found = _read_names(c) or _named_after(scope, c) or _named_in_brackets(scope, c) or \
            _abbreviations_before(scope, c) or \
            _named_before(scope, c) or _named_as(scope, c) or _pair_counted(scope, c) or \
            _named_clause_before(scope, c) or _represented(scope, c) or _place_pair(scope, c) or \
            _classes_named(scope, c)
        found = _ended_by_deng(found)
        if found is not None and kinds_of_objects(found.names, c.figure.quantity.unit.name,
                                                  c.figure.quantity.value):
            continue  # 整治無牌無證三輪車、麵包車8台: the vehicles are counted, not their two kinds
        if found is not None:
            _join(lists, found, c)
    for c in scope.claims:
        if c.figure.kind == "rank" and c.figure.quantity is not None:
            found = _ranked(scope, c, lists)
            if found is not None:
                _join(lists, found, c)
    for c in scope.claims:
        if _whole(c) and not any(c in x.counts for x in lists):
            target = _pointed_back(scope, c, lists)
            if target is not None:
                target.counts.append(c)
            elif (listed := _named_with_figures(scope, c)) is not None:
                _join(lists, listed, c)
    _given_one_each(scope, lists)
    return [_found(x) for x in lists if x.counts] + \
        [r for c in scope.claims if (r := _behind(scope, c)) is not None] + \
        [r for c in scope.claims if (r := _points(scope, c)) is not None and
         not any(c in x.counts for x in lists)] + \
        [r for c in scope.claims if not any(c in x.counts for x in lists) and
         (r := _shared_out(scope, c)) is not None] + \
        [r for c in scope.claims if (r := _times_listed(scope, c)) is not None]


def _ended_by_deng(x: _List | None) -> _List | None:
    """A list whose last name holds 等 and more words (华为、中兴等企业5家; 文旅、工业、商贸等产业项目
    9个): some of what is counted, or none of it (:func:`~factcheck.figures.names.ended_by_deng`)."""
    if x is None:
        return x
    read = ended_by_deng(x.names)
    if read is None:
        return None
    x.names, x.complete = read[0], x.complete and read[1]
    return x


def _read_names(c: DraftClaim) -> _List | None:
    """The names the figure reader gave a count (A、B两家; A、B等5段)."""
    f = c.figure
    if f.names is None or f.names_start is None:
        return None
    return _List(_first_name(list(f.names)), f.names_start, f.start, f.names_complete)


def _whole(c: DraftClaim) -> bool:
    """A count of a few things, exactly: 三地, 24个 (not 超10家, not 1200多所)."""
    q = c.figure.quantity
    return q is not None and q.unit.dimension == "count" and exact(c) and q.interval.is_point \
        and q.value.denominator == 1 and 1 <= q.value <= 60 and not c.figure.is_rate \
        and c.figure.kind != "rank"  # 分列27位和46位: places, not 27 people


def _join(lists: list[_List], found: _List, c: DraftClaim) -> None:
    """Add a count to the list it counts (one list may be counted by several figures)."""
    for x in lists:
        if (x.start, x.end) == (found.start, found.end):
            x.counts.append(c)
            return
    found.counts.append(c)
    lists.append(found)


def _found(x: _List) -> Found:
    first = min(x.counts, key=lambda c: c.figure.start)
    fields = {"enumeration": [c.id for c in sorted(x.counts, key=lambda c: c.figure.start)],
              "names": x.names}
    if not x.complete:
        fields["names_complete"] = False
    if x.members:
        fields["members"] = [c.id for c in x.members]
    return Found("enumeration", fields, "stated", first,
                 f"{len(x.names)} names listed: {'、'.join(x.names)}", f"{first.id}_names")


# --- figures given one per counted thing ------------------------------------------------------------
def _given_one_each(scope: Scope, lists: list[_List]) -> None:
    """The figures a 分别 gives one per thing a count counts, in its sentence: 9、10两个月，日均装车分别达
    14.8万车、14.9万车; 前三大行业分别是A、B、C，分别包含85家、78家、62家公司; A、B、C以及D行业分别完成
    182.4亿元、164.5亿元和70.2亿元，位列…前三位 (the places the list takes, after it). A count with no
    names is shared out by :func:`_shared_out`."""
    taken = {id(c) for x in lists for c in x.counts}
    for x in lists:
        if x.counts and not x.members:
            anchor = max([x.end, *(c.figure.end for c in x.counts if c.figure.quantity.unit.dimension
                                   != "rank" or c.figure.start < x.end
                                   or "分别" not in scope.plain[x.end:c.figure.start])])
            # 工商银行、建设银行和农业银行位居前三位，2021年分别实现…: the places before the 分别
            x.members = _each_figure(scope, x.counts[0], anchor)
    for c in scope.claims:
        q = c.figure.quantity
        if c.figure.kind == "rank" and q is not None and q.qualifier == "at-most" and \
                q.qualifier_text == "前" and id(c) not in taken:
            given = _places_after(scope, c)
            if given:
                found = _List([g.figure.written for g in given], given[0].figure.start,
                              given[-1].figure.end)
                found.members = given
                _join(lists, found, c)


#: From a count (or its list of names) to the 分别 that gives its figures: words only, no list
#: of other things (新建商品住宅和二手住宅销售价格分别…), no part of it (6个区中人口最多，分别有…), no other
#: number or whole (这三项的合计比例都达到两位数，分别为… four years), at most one comma (9、10两个月，
#: 日均装车分别达…).
_GIVEN_WORD = r"[^，,。；;：:！!？?\n、/和与及或中都\d%.一二两三四五六七八九十百千万亿]"
_TO_GIVEN = later(_GIVEN_WORD + r"{0,12}[，,]?" + _GIVEN_WORD + r"{0,12}?分别" + _GIVEN_WORD + r"{0,8}")
_FIGURE_JOINS = ("、", "和", "及", "以及", "与")
#: A year on the way to the 分别 (A、B和C位居前三位，2021年分别实现归母净利润3483亿元、…): a time, not
#: a number of the list.
_YEAR = later(r"(?<![\d.])(?:19|20)\d\d年(?:度)?")
#: The same after a unit the figure reader leaves out of the figure (14.8万车、14.9万车: 车).
_JOIN_AFTER_WORD = later(r"(?P<word>[\u4e00-\u9fff]{1,2})(?:、|和|及|以及|与)")
#: After the last figure, the end of its clause (or the noun the figures count: 62家公司).
_LIST_END = later(r"[\u4e00-\u9fff]{0,4}(?:[，,。；;！!？?\n]|$)")
#: The places a list of figures takes, right after it: ，位列各行业投资完成量前三位.
_PLACES_AFTER = later(r"[，,](?:并|且)?(?:分别|依次)?(?:位列|位居|居|排名|排在|分列|占据了?|包揽了?)"
                      r"[^，,。；;：:！!？?\n\d%]{0,12}")
#: Words that make each figure's thing rank on its own, or rank a rate: no list of places.
_NOT_TOGETHER = later(r"均|都|也|同时|增速|增幅|增长|比重|占比|速度")


def _each_figure(scope: Scope, count: DraftClaim, anchor: int) -> list[DraftClaim]:
    """The figures a 分别 after ``anchor`` gives, in the count's sentence, or []."""
    _, end = scope.sentence(count)
    for c in scope.in_span(anchor, end):
        lead = _YEAR.sub("年", scope.plain[anchor:c.figure.start])  # …位居前三位，2021年分别实现…
        if not _TO_GIVEN.fullmatch(lead) or lead.count("分别") != 1:
            return []
        given = _figure_run(scope, c, end)
        return given if len(given) >= 2 and count not in given else []
    return []


def _figure_run(scope: Scope, first: DraftClaim, end: int) -> list[DraftClaim]:
    """The figures joined by 、/和/及 from ``first`` to the end of their clause, or [] when the
    run goes on in some other way (分别增长5%、下降3%)."""
    run = [first]
    for c in scope.in_span(first.figure.end, end):
        if not _joined(scope, run[-1], c):
            break
        if not same_unit(run[-1], c):
            return []
        run.append(c)
    tail_end = scope.in_span(run[-1].figure.end, end)
    stop = tail_end[0].figure.start if tail_end else end
    if not _LIST_END.match(scope.plain[run[-1].figure.end:stop + 1]):
        return []
    return run


def _joined(scope: Scope, a: DraftClaim, b: DraftClaim) -> bool:
    """Whether two figures are next items of one list: 85家、78家; 14.8万车、14.9万车."""
    gap = scope.plain[a.figure.end:b.figure.start]
    if gap in _FIGURE_JOINS:
        return True
    m = _JOIN_AFTER_WORD.fullmatch(gap)
    return m is not None and scope.plain.startswith(m.group("word"), b.figure.end)


def _places_after(scope: Scope, rank: DraftClaim) -> list[DraftClaim]:
    """The figures right before a rank 前N their things take together (…分别完成182.4亿元、164.5亿元
    和70.2亿元，位列各行业投资完成量前三位), or []."""
    start, _ = scope.sentence(rank)
    before = scope.in_span(start, rank.figure.start)
    if not before:
        return []
    last = before[-1]
    places = rank.figure.quantity.interval.hi  # type: ignore[union-attr]
    if places is None or places > 5:
        return []  # 位列全国前十: among the top ten, more likely than ten names listed
    if not _PLACES_AFTER.fullmatch(scope.plain[last.figure.end:rank.figure.start]) or \
            _NOT_TOGETHER.search(scope.plain[start:rank.figure.start]):
        return []
    run = [last]
    for c in reversed(before[:-1]):
        if not _joined(scope, c, run[0]):
            break
        run.insert(0, c)
    lead = scope.plain[start:run[0].figure.start]
    if len(run) < 2 or not lead.endswith(tuple("分别" + v for v in ("", "为", "是", "达", "完成", "实现")))\
            or not all(same_unit(run[0], c) and exact(c) for c in run):
        return []
    return run


# --- reading a list -------------------------------------------------------------------------------
def list_items(text: str) -> list[str] | None:
    """The names of a list (A、B、C和D → 4 names; A和B → 2). The last name is split at its
    conjunction unless the other names share an ending its halves do not (软件和信息技术服务业
    among …制造业 is one name; 福建省和湖南省 among 广东省、江苏省 are two) and the halves do not
    end alike (旅游经济发展和民营经济发展 among …化 are two). A conjunction inside
    the list that may join two names (广州、深圳和北京、上海…) leaves it unread."""
    text = text.strip().strip("“”\"")
    if "、" in text:
        pieces = text.split("、")
        if LIST_MARKER.fullmatch(pieces[0]):
            pieces = pieces[1:]  # 5、完全中学: the 、 of the mark that numbers the item
            if len(pieces) == 1:
                return list_items(pieces[0]) if len(_halves(pieces[0])) > 1 else None
    elif len(_halves(text)) == 2:
        pieces = [text]
    else:
        return None
    # each piece with its two halves, when a conjunction splits it (the last piece only, or a
    # piece of a list without 、)
    parts = [(p.strip("“”\""), _halves(p, len(pieces) > 1) if k == len(pieces) - 1 else [p])
             for k, p in enumerate(pieces)]
    parts = [(p, [x.strip("“”\" ") for x in halves] if len(halves) == 2 else [p])
             for p, halves in parts]
    if any(not x for _, halves in parts for x in halves):
        return None
    whole = [p for p, _ in parts]
    split = [x for _, halves in parts for x in halves]
    ending = _common_ending([p for p, halves in parts if len(halves) == 1])
    keep_whole = ending and any(len(h) == 2 and not all(x.endswith(ending) for x in h)
                                and not _parallel(h) for _, h in parts)
    # 新一代信息技术、智能与新能源汽车、生物医药与健康: a 与 inside an item before the last joins the
    # words of one name, and so does the last item's when it is cut at 与 alone
    yu_inside = [p for p in pieces[:-1] if _yu_only(p)]
    keep_whole = keep_whole or _one_name_with_yu(parts) or (bool(yu_inside) and _yu_only(pieces[-1]))
    names = whole if keep_whole else split
    for piece in pieces[:-1]:  # 广州、深圳和北京、上海: two groups or one name? Not read.
        halves = _halves(piece)
        if len(halves) == 2 and piece not in yu_inside and \
                (not ending or all(x.endswith(ending) for x in halves)):
            return None
    if len(names) < 2 or any(len(x) > 20 or _unbalanced(x) for x in names):
        return None  # 各县（市、区）: the 、 is inside the brackets, no list of names
    if any(len(h := _halves(x)) == 2 and all(map(is_place_name, h)) for x in names):
        return None  # 北京、天津和河北以及山东: places joined inside a name, two names or one group?
    names = [x.strip() for x in names]
    if (not_a_name(names[0], leading=True) and not latin_name(names[0])) or \
            any(not_a_name(x) and not latin_name(x) for x in names[1:]) \
            or any(_VERBS.match(x) for x in names) or a_verb_of_the_count(names):
        return None
    return names


def _yu_only(piece: str) -> bool:
    """A piece of a list joined inside by 与 alone (智能与新能源汽车), no 和/及/以及, with words on both
    sides (与熊掌、燕窝、鱼翅并称为四大名菜: a 与 that opens the list joins it to its subject)."""
    halves = _halves(piece)
    return "与" in piece and not _LIST_CONJUNCTION.search(piece) and len(halves) == 2 and all(halves)


def _parallel(halves: list[str]) -> bool:
    """Two halves that end in the same two characters are two names of a kind, whatever the other
    names end with (农业产业化、工业化、城市化、旅游经济发展和民营经济发展 is five)."""
    return all(len(x) > 2 for x in halves) and len({x[-2:] for x in halves}) == 1


def _unbalanced(name: str) -> bool:
    """A name cut inside its brackets (县（市 and 区）P of 县（市、区）P)."""
    return name.count("（") + name.count("(") != name.count("）") + name.count(")")


def _one_name_with_yu(parts: list[tuple[str, list[str]]]) -> bool:
    """A last piece cut at 与 whose halves are no two names of the list's kind: one half ends in
    the two characters of another name, the other half in those of none (软件工程、工程管理、
    建筑环境与设备工程: 设备工程 ends like 软件工程, 建筑环境 like no name; one major, three names).
    A 与 that joins two names of the kind leaves halves that both end like the others or like
    each other (…化学工业与建材工业), or neither (广东、江苏、山东与浙江)."""
    piece, halves = parts[-1]
    others = {p[-2:] for p, _ in parts[:-1] if len(p) > 2}
    if len(halves) != 2 or not others or _parallel(halves) or "与" not in piece \
            or _LIST_CONJUNCTION.search(piece):
        return False  # cut at 和/及: the list's own conjunction
    alike = [len(x) > 2 and x[-2:] in others for x in halves]
    return alike[0] != alike[1]


#: The conjunctions that end a list, not a name (和, 及, 以及), as opposed to 与.
_LIST_CONJUNCTION = later(r"以及|和|及")


def _halves(piece: str, last_of_list: bool = False) -> list[str]:
    """A piece of a list cut at its conjunctions outside quotes (“安全对齐和治理” is one name). The
    last piece of a list by 、 with several, one of them 和/及/以及 and the others 与, is cut at
    that one only: 与 joins inside a name (信息安全、…、微电子学和计算机科学与技术: five majors). One
    以及 among 和/及/与 is the list's, the others join inside names (采矿业、科学研究和技术服务业以及批发和
    零售业: three industries): the writer takes 以及 to join what already holds 和."""
    masked = compiled(r"“[^”]*”").sub(lambda m: "“" + "\0" * (len(m.group(0)) - 2) + "”", piece)
    cuts = list(_LAST_CONJUNCTION.finditer(masked))
    if last_of_list and len(cuts) > 1:
        of_list = [m for m in cuts if _LIST_CONJUNCTION.fullmatch(m.group(0))]
        yiji = [m for m in cuts if m.group(0) == "以及"]
        if len(yiji) == 1:
            cuts = yiji
        elif len(of_list) == 1 and all(m.group(0) == "与" for m in cuts if m is not of_list[0]):
            cuts = of_list
    out, at = [], 0
    for m in cuts:
        out.append(piece[at:m.start()])
        at = m.end()
    return [*out, piece[at:]]


def _common_ending(names: list[str]) -> str:
    """The last character all these names share (省, 业, 集群's 群), if at least two share it."""
    if len(names) < 2:
        return ""
    last = names[0][-1]
    if not "\u4e00" <= last <= "\u9fff":
        return ""  # GLM-5, MiniMax M2.5: a digit of a model's name is no head noun
    return last if all(x.endswith(last) for x in names) else ""


def _first_name(names: list[str]) -> list[str]:
    """The first name without the words that open its clause (当前本科教育存在就业导向 → 就业导向):
    as long as the longest of the others, for the message only."""
    if "“" in names[0]:  # 核心围绕“安全对齐 → 安全对齐: the quote opens the name
        return [names[0][names[0].rindex("“") + 1:], *names[1:]]
    lead = compiled(r".*?(?:" + _INTRO_AFTER.pattern + ")[：:]?").match(names[0])
    if lead and lead.end() < len(names[0]):
        names = [names[0][lead.end():], *names[1:]]
    longest = max((len(x) for x in names[1:]), default=len(names[0]))
    if len(BRACKETED.sub("", names[0])) > longest + 2:
        after_has = names[0].rsplit("有", 1)[-1]  # 全国有内蒙古 → 内蒙古, not 蒙古
        names = [after_has if 0 < len(after_has) <= longest + 2 else names[0][-longest:], *names[1:]]
    return names


# --- names after a count: 共8个，分别是：A、…和H; 3家——A、B、C ------------------------------------
#: The first places of a ranking, then what holds them: 前三位的市州是, 前五位的是：.
_TOP_IS = later(r"的[\u4e00-\u9fff]{0,6}?(?:是|为)(?![否了])[：:]?")
#: A list that ends with its own count (排名、团队名称、组织、分数四列), read or not as a figure.
#: The count follows the last name (分数四列), never stands as one (山东和四川).
_COUNTED_AT_END = later(r"(?<![、和及与])[一二两三四五六七八九十\d]+[\u4e00-\u9fff]?[）)]?$")
#: The first places of a ranking among a count, before the names (排名前三位的, 利润最高的前四家公司):
#: they count the names, not the count before them. Not a span of time (前三季度, 前10个月).
_TOP_PLACES = later(r"前[一二两三四五六七八九十\d]+(?:位|名|家|个|强)?"
                    r"(?![一二两三四五六七八九十\d位名家个强季年月天日周])")
#: The same right after the places: 前五名是, 前十名，为.
_TOP_ARE = later(r"[，,]?(?:依次)?(?:是|为)(?![否了])[：:]?")


#: A count, the rate its members pass, then their names after a comma: 其中6家的净资产增幅超过100%，
#: 分别为五矿证券、…; 仅2家研发强度低于10%，分别为纳思达和紫光股份; 8个行业净利润增幅超100%，分别是交通运输、
#: … (a threshold in %, which the words of other counts may not hold: their 分别为 may give each a rate).
_PAST_THRESHOLD = later(r"[^、，,。；;：:！!？?\n]{0,16}?(?:超过了?|超出|超|高于|低于|不足|不到|逾)"
                        r"[\d.]+%(?:以上|以下)?[，,](?:分别为|分别是|依次为|依次是)[：:]?")


def _top(c: DraftClaim) -> bool:
    """A rank of the first places (前三, 前五位)."""
    q = c.figure.quantity
    return c.figure.kind == "rank" and q is not None and q.qualifier == "at-most" \
        and q.qualifier_text == "前"


def _named_after(scope: Scope, c: DraftClaim) -> _List | None:
    plain = scope.plain
    group = c.figure.kind == "group"
    intro = _INTRO_AFTER_GROUP if group else _INTRO_AFTER
    end = c.figure.end
    window = plain[end:end + 32]
    # 3家——A、B、C; 三家企业——A、B和C; 15个：A、…
    # (两家互联网巨头：京东和阿里巴巴; 3家造车新势力——蔚来、理想汽车和小鹏汽车)
    m = compiled(r"[\u4e00-\u9fff]{0,6}(?:——|—|[：:])(?:包括|比如|例如)?").match(window) or \
        _CLAUSE_TO_COLON.match(window)
    if m is None and _top(c):
        m = _TOP_IS.match(window) or _TOP_ARE.match(window)  # 前三位的市州是A、B和C; 排在前五位
        # 的是：A、B…; 前五名是A、B、C、D、E; 前十名，为A（15.81%）、B…
    if m is None:
        m = compiled(r"([^、，,。；;：:！!？?\n%]{0,24}?[，,]?)(?:它们|他们|这些)?(?:" + intro.pattern
                     + r")[：:，,]?").match(window)  # 有8家“新面孔”，它们分别是A、B…; 分别是，A、B
    if m is None:
        m = _PAST_THRESHOLD.match(window)  # 其中6家的净资产增幅超过100%，分别为A、B…
        if m is None:
            return None
    start = end + m.end()
    if any(b.figure.quantity.unit.dimension == "count" for b in scope.in_span(end, start)):
        return None  # the words between hold another count: 4条航线、通航七个城市，分别为
    if _TOP_PLACES.search(plain, end, start):
        return None  # 24家上市券商中净利润排名前三位的分别是: the first places count the names
    if m.group(0).endswith(("：", ":")) and _OWN_SUBJECT.match(plain, start):
        return _groups_one_per_sentence(plain, start)  # 四大区域：东部区域包括A、B…。中部地区包括…
    some = compiled(r"包括|比如|例如").search(m.group(0)) is not None  # may name some only
    ends = _CLAUSE_END + ("—" if "—" in m.group(0) else "")  # 四个城市——A、B和C——我们…
    stop = start
    while stop < len(plain) and plain[stop] not in ends:
        stop += 1
    listed = compiled(r"分别|依次|[：:]").search(m.group(0)) is not None
    heads = _clause_heads(plain, start, stop) if listed else None
    if heads is not None:
        return _List(heads, start, stop, True)
    if listed and _PLACE_QUALIFIER.match(plain, start):
        sentence_end = start
        while sentence_end < len(plain) and plain[sentence_end] not in "。；;！!？?\n":
            sentence_end += 1
        qualified = _qualified_items(plain, start, sentence_end)
        if qualified:
            return _List(*qualified)
    held = _items_holding_lists(plain, start, stop) if listed else None
    if held is not None:
        return _List(*held)
    comma = _comma_items(plain, start, stop) if listed else None
    if comma is not None:
        return _List(*comma)
    text = _without_inner_counts(scope, start, stop)
    if text is None or (_top(c) and (any(x.figure.kind != "rank" and
                                         x.figure.quantity.unit.dimension == "count"
                                         for x in scope.in_span(start, stop))
                                     or _COUNTED_AT_END.search(plain, start, stop))):
        return None  # 前十名为排名、团队名称、组织、分数四列: the columns are counted, not the places
    complete = not some
    text = _SEE.sub("", text)  # 和常州市（见下表）: a note, no name
    etc = compiled(r"等(?:等)?[\u4e00-\u9fff]{0,8}$").search(text)
    if etc:
        text, complete = text[:etc.start()], False
    names = list_items(text)
    if names is None or not_a_name(names[0]) or _POINTS.match(names[0]):
        return None  # 两个方面：一是加强A、B和C: points of a speech, not names
    return _List(names, start, stop, complete)


#: A clause with a subject of its own that includes the names after it (东部区域包括北京、天津…): the
#: names are that subject's members (not after an adverb: 主要包括, 其中包括 still open the count's list).
_OWN_SUBJECT = later(r"(?P<subject>[\u4e00-\u9fff]{2,8}?)(?<!主要)(?<!具体)(?<!其中)(?<!分别)(?<!依次)"
                     r"(?<![还也共均都则])(?:包括|包含|涵盖)")


def _groups_one_per_sentence(plain: str, start: int) -> _List | None:
    """The groups a count names after its colon one sentence each, as the subjects of their own
    包括 (2.四大区域：东部区域包括北京、…和海南。中部地区包括…。西部地区包括…。中国东北包括辽宁省、吉林省和
    黑龙江省。: four regions, not the ten provinces of the first). Every sentence (or clause after
    ；) up to the end of the paragraph is one group's; else no list is read."""
    stop = plain.find("\n", start)
    stop = len(plain) if stop < 0 else stop
    sentences = [x for x in compiled(r"[。！!；;]").split(plain[start:stop]) if x.strip()]
    subjects = [m.group("subject") if (m := _OWN_SUBJECT.match(x.strip())) else None
                for x in sentences]
    if len(subjects) < 2 or any(x is None or not_a_name(x, leading=True) for x in subjects):
        return None
    return _List(subjects, start, stop)


#: One item of a list given clause by clause (…分别为：A，figures；B，figures；C，figures): its name
#: opens the item, up to its first comma.
_ITEM_HEAD = later(r"[^，,：:。！!？?\n]{2,24}?(?=[，,])")


#: What qualifies a name by its place before 的 (排名第59的肥西县, 排名第80位的长丰县).
_PLACE_QUALIFIER = later(r"(?:排名|位列|位居|排在|名列)?第[\d一二三四五六七八九十百]+(?:位|名)?的+")


#: The words of a clause, not a name, in a list by commas (华为 is a name: 为 alone is no verb).
_CLAUSE_OF_COMMA_LIST = later(r"[\d%]|的|也|是|了|在|将|被|均|各|分别|其中|占|增|降|达|超|比|较")


def _comma_items(plain: str, start: int, stop: int) -> tuple[list[str], int, int] | None:
    """A list whose names are separated by commas, one name a clause, to the end of the sentence:
    前十位的企业分别是：华为投资控股有限公司，苏宁控股集团，… (a place before 的 qualifies a name:
    see :func:`_qualified_items`). Only when the first clause is one name, without 、 or a
    conjunction, and every clause after it is a name too."""
    if plain[stop:stop + 1] not in ("，", ","):
        return None
    end = stop
    while end < len(plain) and plain[end] not in "。；;！!？?\n":
        end += 1
    pieces = compiled(r"[，,]").split(plain[start:end])
    if len(pieces) < 2 or "、" in plain[start:end] or _LAST_CONJUNCTION.search(pieces[0]):
        return None
    names = []
    for k, piece in enumerate(pieces):
        for x in _halves(piece) if k == len(pieces) - 1 else [piece]:
            x = x.strip()
            x = x[q.end():] if (q := _PLACE_QUALIFIER.match(x)) else x
            if not 2 <= len(x) <= 20 or not_a_name(x, leading=True) or _VERBS.match(x) or \
                    _POINTS.match(x) or _CLAUSE_OF_COMMA_LIST.search(x):
                return None
            names.append(x)
    return names, start, end


#: The most clauses a list by commas may run to before its last name.
_MOST_ITEMS = 8


def _items_holding_lists(plain: str, start: int, stop: int) -> tuple[list[str], int, int] | None:
    """A list of names that themselves hold 、 and 和, whose writer puts every separator one level
    up: ， between the names, 以及 before the last (增速最低的三个行业依次为农、林、牧、渔业，租赁和商务
    服务业以及住宿和餐饮业: three industries, the first one name written with 、). Read only when the
    first name holds 、, a name next to the 以及 holds 和/及/与 (why the writer needs 以及), and every
    clause up to the 以及 is a name; titles and quotes are names of their own, not this form
    (《热辣滚烫》、《飞驰人生2》，《熊出没·逆转时空》以及《第二十条》: four films)."""
    if plain[stop:stop + 1] not in ("，", ",") or "、" not in plain[start:stop]:
        return None
    end = stop
    while end < len(plain) and plain[end] not in "。；;！!？?\n":
        end += 1
    names: list[str] = []
    at = start
    for clause in compiled(r"[，,]").split(plain[start:end])[:_MOST_ITEMS]:
        at += len(clause) + 1
        if clause.count("以及") > 1:
            return None
        if "以及" not in clause:
            names.append(clause)
            continue
        last = clause.split("以及")
        if not names or not all(last) or not any(_LAST_CONJUNCTION.search(x) for x in last):
            return None
        names += last
        break
    else:
        return None
    names = [x.strip() for x in names]
    if any(not 2 <= len(x) <= 20 or compiled(r"[《》“”\"]").search(x) or not_a_name(x)
           or _CLAUSE_OF_COMMA_LIST.search(x) or _VERBS.match(x) or _unbalanced(x) for x in names):
        return None
    return names, start, at - 1


def _qualified_items(plain: str, start: int, end: int) -> tuple[list[str], int, int] | None:
    """Names each qualified by its place, whatever separates them (，、和): 分别是排名第1的昆山市，排名第3的
    张家港市、排名第4的常熟市…; the list ends before the first clause that opens otherwise
    (…和排名第80位的长丰县，三县均为…)."""
    names, at = [], start
    for m in _ITEM_SEPARATOR.finditer(plain, start, end):
        piece = plain[at:m.start()]
        q = _PLACE_QUALIFIER.match(piece)
        if q is None:
            if plain[at - 1:at] in ("，", ",") and len(names) >= 2:
                return names, start, at - 1
            return None
        name = BRACKETED.sub("", piece[q.end():])  # 排名第6位的南通市（209.8亿元）: the name's figure
        if not 2 <= len(name) <= 12 or not_a_name(name, leading=True) or _CLAUSE_OF_COMMA_LIST.search(name):
            return None
        names.append(name)
        at = m.end()
        if at >= end:
            break
    return (names, start, end) if len(names) >= 2 else None


#: What separates the items of a list whose items are each qualified (，、和…), or its end.
_ITEM_SEPARATOR = later(r"[，,、]|" + CONJUNCTION + r"|$")


def _clause_heads(plain: str, start: int, stop: int) -> list[str] | None:
    """The names of a list whose items are clauses of their own, separated by ；(计算机、通信和其他
    电子设备制造业，研发费用总额2192亿元；互联网和相关服务业，…): one name per clause, whatever 、 or
    和 its name holds. None when the list ends at ``stop`` (a comma that is not followed by ；
    items)."""
    if plain[stop:stop + 1] not in ("，", ","):
        return None
    end = stop
    while end < len(plain) and plain[end] not in "。！!？?\n":
        end += 1
    items = compiled(r"[；;]").split(plain[start:end])
    heads = [m.group(0) if (m := _ITEM_HEAD.match(x.strip())) else None for x in items if x.strip()]
    if len(heads) < 2 or any(h is None or not_a_name(h) for h in heads):
        return None
    return heads


# --- 分三大门类看，采矿业…，制造业…，电力…供应业…: the classes of an official classification -------
#: The lead of a split by the classes of an official classification, after its count: 分三大门类看，;
#: 从三大产业看，; 分四大区域看，; 三大门类中，.
_CLASS_LEAD = later(r"(?P<kind>[门門][类類]|[产產][业業]|[区區]域)(?:[来來]?看[，,：:]|中[，,])")
#: The classes of each classification, as a clause (or an item of a 、 list) names them.
_CLASSES = {
    "门类": (r"[采採][矿礦][业業]", r"[制製]造[业業]", r"[电電]力[^，,；;。！？\n\d]{0,16}?[供][应應][业業]"),
    "产业": (r"第一[产產][业業]", r"第二[产產][业業]", r"第三[产產][业業]"),
    "区域": (r"[东東]部(?:地[区區])?", r"中部(?:地[区區])?", r"西部(?:地[区區])?", r"[东東]北(?:地[区區])?"),
}
#: What may open a clause before the name of its class: a period, the place, the scale, the words
#: that open a list (8月份，全省规模以上采矿业…; …年平均工资由高到低依次是东部、西部、中部和东北).
_CLASS_CLAUSE_LEAD = later(r"(?:[^，,；;。！？\n]{0,10}?(?:月份?|季度|半年)[，,])?"
                           r"(?:全[国省市区县]|本[省市])?(?:规模以上|规上)?(?:[^，,；;。！？\n]{0,30}?(?:依次|分别|分別)(?:是|为|為))?")


def _classes_named(scope: Scope, c: DraftClaim) -> _List | None:
    """A count in the lead of a split by an official classification (分三大门类看，采矿业增加值同比增长
    2.5%，制造业增长5.5%，电力、热力、燃气及水生产和供应业增长6.3%): the classes its sentence goes on to
    name, each opening a clause or an item of a 、 list. All the classification's classes named are
    its names; fewer are some of them (the writer may leave one out, 三大区域 is the older split)."""
    if c.figure.kind != "group":
        return None
    plain = scope.plain
    m = _CLASS_LEAD.match(plain, c.figure.end)
    if m is None:
        return None
    kind = _CLASS_KINDS[m.group("kind")[0]]
    stop = compiled(r"[。！？!?\n]").search(plain, m.end())  # the classes' clauses may end at ；
    s_end = stop.start() if stop else len(plain)
    names: list[str] = []
    found: set[int] = set()
    at = m.end()
    while at < s_end:
        lead = _CLASS_CLAUSE_LEAD.match(plain, at, s_end)
        at = lead.end() if lead else at
        while True:
            k, hit = next(((k, h) for k, x in enumerate(_CLASSES[kind])
                           if (h := compiled(x).match(plain, at, s_end)) is not None), (None, None))
            if hit is None or k in found:
                break
            found.add(k)
            names.append(hit.group(0))
            joint = compiled(r"、|和|及|与").match(plain, hit.end(), s_end)
            if joint is None:
                break
            at = joint.end()
        nxt = compiled(r"[，,；;]").search(plain, at, s_end)
        if nxt is None:
            break
        at = nxt.end()
    if len(names) < 2:
        return None
    return _List(names, m.end(), s_end, len(found) == len(_CLASSES[kind]))


#: The classification a lead's noun names, by its first character (simplified or traditional).
_CLASS_KINDS = {"门": "门类", "門": "门类", "产": "产业", "產": "产业", "区": "区域", "區": "区域"}


# --- names in brackets after a count: 全国共有3个城市（上海、北京、深圳） ----------------------------
#: From a count to the bracket that lists what it counts: its noun, at most a few words.
_TO_BRACKET = later(r"[\u4e00-\u9fffA-Za-z]{0,10}?[（(](?P<some>包括|比如|例如|如)?(?:即|分别为|分别是)?")

#: Words that open a bracket of names left out or partly in (不含港澳台, 其中): no list of the count.
_SET_APART = later(r"不含|不包括|排除|剔除|扣除|除去|除|含|其中|注|另")


def _named_in_brackets(scope: Scope, c: DraftClaim) -> _List | None:
    """The names in the brackets right after a count and its noun. Each name has two characters
    at least: 5个县（市、区） says what the five may be, it names none."""
    plain = scope.plain
    m = _TO_BRACKET.match(plain, c.figure.end)
    if m is None:
        return None
    start = m.end()
    if _SET_APART.match(plain, start):
        return None  # 30个省份（排除港澳台和西藏）: the names left out
    stop = start
    while stop < len(plain) and plain[stop] not in "）)" + _CLAUSE_END:
        stop += 1
    if plain[stop:stop + 1] not in ("）", ")") or scope.in_span(c.figure.end, start):
        return None
    text = _without_inner_counts(scope, start, stop)
    if text is None:
        return None
    complete = m.group("some") is None
    etc = compiled(r"等(?:等)?[\u4e00-\u9fff]{0,8}$").search(text)
    if etc:
        text, complete = text[:etc.start()], False
    names = list_items(text)
    if names is None or any(not 2 <= len(x) <= 12 or not_a_name(x) for x in names):
        return None
    return _List(names, start, stop, complete)


def _without_inner_counts(scope: Scope, start: int, stop: int) -> str | None:
    """The text of a list without the counts of its parts: 昆山、张家港、江阴、常熟四市和太仓市 is five
    names (四市 counts the first four, and is checked against them on its own). None when another
    figure is inside: 打井34眼、引泉7处 lists figures, not names. A figure in brackets after a
    name is the name's own (宁波（6.3%）和苏州（5.1%）) and is left out with its brackets; one before
    的 qualifies the name (排名第6位的南通市), and is left out with the words before it."""
    plain, text, at = scope.plain, "", start
    for c in scope.in_span(start, stop):
        after = plain[c.figure.end:c.figure.end + 1]

        if plain[c.figure.start - 1:c.figure.start] in ("（", "(") and after in ("）", ")"):
            text += plain[at:c.figure.start - 1]  # 宁波（6.3%）和苏州（5.1%）: each name's figure
            at = c.figure.end + 1
            continue
        if after == "的" and c.figure.kind == "rank" and \
                not any(map(not_a_name, compiled("、|" + CONJUNCTION).split(plain[at:c.figure.start]))):
            # 排名第6位的南通市和排名第10位的常州市: the words before 的 qualify the name
            text += plain[at:c.figure.start]
            cut = [m.end() for m in compiled("、|" + CONJUNCTION).finditer(text)]
            text = text[:cut[-1]] if cut else ""
            at = c.figure.end + 1
            continue
        if not (_whole(c) and (after in ("和", "及", "与", "、") or c.figure.end == stop)):
            return None
        text += plain[at:c.figure.start]
        at = c.figure.end
    return text + plain[at:stop]


# --- a run of one-character names before a count: 粤港澳三地 -------------------------------------------
def _abbreviations_before(scope: Scope, c: DraftClaim) -> _List | None:
    plain = scope.plain
    after = plain[c.figure.number_start:c.figure.end]
    if not compiled(r"^[一二两三四五六七八九十]" + _PLACE_COUNTER.pattern).match(after) \
            or compiled(r"[一二两三四五六七八九十\d]").match(plain[c.figure.end:c.figure.end + 1]):
        return None  # 三省一市: a count of part of the places
    run = _abbreviation_run(plain, c.figure.start)
    if run is None:
        return None
    return _List(list(plain[run:c.figure.start]), run, c.figure.start)


def _abbreviation_run(plain: str, end: int) -> int | None:
    """Where the run of one-character place names ending at ``end`` starts (None unless there are
    at least two and they read as no place's full name)."""
    start = end
    while start > 0 and plain[start - 1] in _ABBREVIATIONS:
        start -= 1
    run = plain[start:end]
    if len(run) < 2 or _PLACE_WORDS.search(run) or len(set(run)) < len(run):
        return None
    if start > 0 and compiled(r"[\u4e00-\u9fff]").match(plain[start - 1]) and \
            _PLACE_WORDS.search(plain[start - 1:start + 1]):
        return None
    return start


# --- names right before a count: 郑州、泉州、东莞三地; 深圳、广州这两座 -------------------------------------
#: A run of two quoted names or more ending a clause, with or without 、 or 和 between them.
_QUOTED_RUN = later(r"(?:[“\"][^”\"]{1,20}[”\"](?:、|和|及|与|以及)?){2,}$")


#: A run of two titles or more in book-title marks ending a clause, with or without 、 or 和 between
#: them (《神雕侠侣》《射雕英雄传》《天龙八部》三部小说; 《择天记》和《终极笔记》两部电视剧). One title
#: before a count is no list: 《三体》三部曲 counts the parts of one work.
_TITLE = later(r"《[^《》]{1,30}》")
_TITLE_RUN = later(r"(?:《[^《》]{1,30}》(?:、|和|及|与|以及)?){2,}$")


#: The longest clause read back for the names before a count (twenty quoted names and more).
_LONGEST_LIST = 600


def _named_before(scope: Scope, c: DraftClaim) -> _List | None:
    plain = scope.plain
    a = c.figure.start
    lead = compiled(r"(?:这|这些|共|共计|合计|以及)$").search(plain[max(0, a - 2):a])
    end = a - (len(lead.group(0)) if lead else 0)
    start, floor = end, max(0, end - _LONGEST_LIST)
    while start > floor and plain[start - 1] not in _CLAUSE_END + "：:":
        start -= 1
    if start == floor > 0 and plain[start - 1] not in _CLAUSE_END + "：:":
        return None  # a clause longer than any list of names
    text = plain[start:end]
    run = _QUOTED_RUN.search(text)
    if run is not None and "、" not in text[:run.start()] and not scope.in_span(start, end):
        # 解决“写什么”“怎么写”和“怎么组织”三大问题: the quoted names right before the count
        return _List(compiled(r"[“\"]([^”\"]{1,20})[”\"]").findall(run.group(0)), start + run.start(), end)
    opened = plain.rfind("《", max(0, start - 30), start)
    if opened >= 0 and "》" not in plain[opened:start]:
        start = opened  # 《志愿军：浴血和平》《731》…五部影片: the clause opened inside a title
        text = plain[start:end]
    run = _TITLE_RUN.search(text)
    if run is not None and "、" not in text[:run.start()] and not scope.in_span(start + run.start(), end):
        # 依据《行政法规制定程序条例》《规章制定程序条例》两部程序法规: the titles right before the count
        return _List(_TITLE.findall(run.group(0)), start + run.start(), end)
    if "、" not in text or len(text) > 160 or plain[end - 1:end] in "、等" or scope.in_span(start, end):
        return None  # 打井34眼、引泉7处: a list of figures, not of names
    names = list_items(text)
    if names is None or len(names[0]) > 24 or MEASURE_NOUN.search(names[-1]) or kinds_of_one_noun(names):
        return None  # 订车、提车人数仅9人: the words before 人数 say what is counted, no names;
        # 调频、电视转播发射台9座: the count is of the noun the words qualify
    if each_place(names, c.figure.quantity.unit.name, plain, c.figure.end):
        return None  # 陕西、山东、广东4家；: the firms of each place
    return _List(_first_name(names), start, end)


# --- names a copula ties to a group: A、B以及C是公司的四大支柱产业; A、B，是X的五大Y ----------------
#: After a group, words that make the names some of its members (三大…之一, 五大…中的两个).
_SOME_OF = later(r"[^，,。；;：:！!？?\n]{0,12}?(?:之一|之首|之列|行列|中的|之中|以外|之外|其中)")


def _named_as(scope: Scope, c: DraftClaim) -> _List | None:
    """The names of a list that 是, 为, 并称为, 构成 … make the members of a group counted after
    them (N大), in its clause or in the clause before one that opens with the copula."""
    if c.figure.kind != "group":
        return None
    plain = scope.plain
    found = copula_list(plain, c.figure.number_start)  # 列为三大: the figure holds its 为
    if found is None or _SOME_OF.match(plain, c.figure.end):
        return None  # 是我国四大古乐之一: one of them
    text, start, end = found
    if any(x is not c for x in scope.in_span(start, c.figure.number_start)):
        return None  # figures between: a list of figures, not of names
    names = list_items(text)
    if names is None:
        return None
    return _List(_first_name(names), start, end)


# --- 淮安和六安两市: two places joined by 和, then their count -------------------------------------------
#: A word that may open the clause before the first place (将杭州和苏州两个城市进行对比).
_PAIR_LEAD = "将把对在从由同跟"


def _place_pair(scope: Scope, c: DraftClaim) -> _List | None:
    """Two places joined by 和/与/及 right before a count of places (淮安和六安两市; 浙江和江苏两省; 贵州和
    湖北两省份; 将杭州和苏州两个城市): the places counted, each a known place name. Names of other
    things (研究和开发两个阶段, 沪深和北交所三市) are not read: a 和 may join groups as well as names."""
    plain = scope.plain
    if c.figure.kind == "group" or _PLACES_COUNTED.match(plain, c.figure.number_start) is None or \
            c.figure.start != c.figure.number_start:
        return None
    found = pair_before(plain, c.figure.start)
    if found is None or scope.in_span(found[1], c.figure.start):
        return None
    text, start = found
    pair = compiled(CONJUNCTION).split(text)
    if len(pair) != 2:
        return None
    first, second = pair
    if not is_place_name(first) and first[:1] in _PAIR_LEAD and is_place_name(first[1:]):
        first, start = first[1:], start + 1
    if not (is_place_name(first) and is_place_name(second)) or _SOME_OF.match(plain, c.figure.end):
        return None
    return _List([first, second], start, c.figure.start)


# --- 以A、B、C为代表的三大产业: names that stand for a counted group --------------------------------
#: The words from the names to their count: 以A、B和C为代表的 (the count right after, 一批 or a
#: quote at most before it).
_REPRESENTED = later(r"为代表的(?:一批|一大批)?“?$")
#: The 以 that opens the names (not the 以 of 以及, 以上, 以来, 所以, 可以, 予以, 加以, 难以, 得以).
_REPRESENTED_OPEN = later(r"(?<![所可予加难得足用借])以(?!及|上|下|来|后|前|内|外|往|便|免|至)")


def _represented(scope: Scope, c: DraftClaim) -> _List | None:
    """The names 以…为代表的 puts right before a count stand for the group it counts, some of it
    at least (以新材料、高端装备和新一代信息技术为代表的三大战略性产业; 以React、Vue.js及Angular为代表的三大
    框架): the count is no less than the names (`names_complete: false`). One name (以华为为代表的5家) is
    no list."""
    plain = scope.plain
    s_start, _ = scope.sentence(c)
    tail = _REPRESENTED.search(plain, max(s_start, c.figure.start - 8), c.figure.start)
    if tail is None:
        return None
    opens = [m.end() for m in _REPRESENTED_OPEN.finditer(plain, s_start, tail.start())]
    if not opens:
        return None
    start = opens[-1]
    text = plain[start:tail.start()]
    if not text or any(ch in text for ch in _CLAUSE_END + "：:") or scope.in_span(start, tail.start()):
        return None  # 以2021年为代表的: figures, not names; the names run over a clause
    names = list_items(text)
    if names is None or kinds_of_one_noun(names):
        return None
    return _List(_first_name([x.strip() for x in names]), start, tail.start(), False)


def _pair_counted(scope: Scope, c: DraftClaim) -> _List | None:
    """Two names joined by 和 right before the size of their group: 汽车和石化两大支柱产业."""
    if c.figure.kind != "group" or c.figure.start != c.figure.number_start:
        return None
    found = pair_before(scope.plain, c.figure.start)
    if found is None or _SOME_OF.match(scope.plain, c.figure.end) or \
            scope.in_span(found[1], c.figure.start):
        return None  # 一汽集团和吉林石化公司这两大产业中的龙头企业: not the industries
    text, start = found
    names = list_items(text)
    return None if names is None else _List(_first_name(names), start, c.figure.start)


# --- a clause of names, then their count: 广州、深圳、佛山、东莞，全省4个“万亿元”城市 ------------------
def _named_clause_before(scope: Scope, c: DraftClaim) -> _List | None:
    """A count of places that opens a clause (after 全省, 这 or 共 at most) right after a clause that
    lists nothing but their names. Only places are counted so: a count of other things after a
    list of names (学校、医院、公园，共12个) may count what those names hold."""
    plain = scope.plain
    lead = _CLAUSE_LEAD.search(plain, max(0, c.figure.start - 4), c.figure.start)
    comma = c.figure.start - (len(lead.group(0)) if lead else 0) - 1
    if comma < 1 or plain[comma] not in "，,":
        return None
    counted = _PLACES_COUNTED.match(plain, c.figure.number_start)
    if counted is None or _AMONG.match(plain, counted.end()):
        return None
    start = comma
    while start > 0 and plain[start - 1] not in _CLAUSE_END + "：:":
        start -= 1
    text = plain[start:comma]
    if "、" not in text or scope.in_span(start, comma) or _HEADING.fullmatch(text):
        return None  # 分市、县看，9个地市…: a heading that splits the figures, no names
    complete = not text.endswith("等")
    names = list_items(text.removesuffix("等"))
    if names is None:
        return None
    names = [_LIST_LEAD.sub("", names[0]), *names[1:]]
    if not all(_BARE_NAME.fullmatch(x) and not _NOT_BARE.search(x) for x in names):
        return None  # 除北京、上海外，全国15个城市; 从北京、上海、广州来看，4个城市
    return _List(names, start, comma, complete)


# --- names before a rank: 上海、北京、苏州…排名前三; 深广港莞居前四 ----------------------------------------
def _ranked(scope: Scope, rank: DraftClaim, lists: list[_List]) -> _List | None:
    q = rank.figure.quantity
    assert q is not None
    if q.qualifier == "at-most" and q.qualifier_text == "强":
        return _top_n_named(scope, rank)
    if not ((q.qualifier == "at-most" and q.qualifier_text == "前") or q.qualifier == "range"):
        return None  # 前三, 第三至第七位: places for several names (not 第三)
    after = _named_after(scope, rank)  # 前十位依次为A、B…; GDP前10名：A、B…
    if after is not None:
        count = _counted_before(scope, rank)
        if count is None or any(count in x.counts for x in lists):
            return after if count is None else None
        _join(lists, after, count)  # 有两所高校进入前十，分别是A和B: the two, some of the ten
        return None
    plain = scope.plain
    s_start, _ = scope.sentence(rank)
    for x in lists:  # …分别是昆山、张家港、江阴、常熟四市和太仓市，排名第三至第七位
        if s_start <= x.start and x.end <= rank.figure.start and \
                _RANKED_AFTER.fullmatch(scope.text(x.end, rank.figure.start)) and \
                not _names_its_group(scope, rank):
            return x
    before = plain[s_start:rank.figure.start]
    verb = _RANK_VERBS.search(before)
    if verb is None:
        return None
    head_end = s_start + verb.start()
    run = _abbreviation_run(plain, head_end)
    if run is not None and (run == s_start or plain[run - 1] in _CLAUSE_END + "：:"):
        return _List(list(plain[run:head_end]), run, head_end)
    for x in lists:  # 杭州、广州…5座城市，在省会城市中排名前五: the list its count counts
        if s_start <= x.start and x.end <= rank.figure.start and \
                _plain_words(scope, x.end, rank.figure.start, x) and not _names_its_group(scope, rank):
            return x
    between_start = _list_start(plain, s_start, head_end)
    if between_start is None:
        return None
    list_text, rest = _list_and_rest(plain[between_start:rank.figure.start])
    if list_text is None or _EACH.search(rest) or scope.in_span(between_start, head_end):
        return None
    names = list_items(list_text)
    if names is None or _RATES.search(list_text + rest) or \
            (not _TOGETHER.match(verb.group(0)) and any(len(x) > 4 for x in _first_name(names))):
        return None  # 工业投资、技改投资增速位居全省前三: each indicator ranks on its own
    hi = rank.figure.quantity.interval.hi  # type: ignore[union-attr]
    # 昆山市、江阴市…宜兴市排名前十 (six names): a few names of a top ten or more are some of it; the
    # names of a shorter top (A、B、C排名前三) fill it
    some = not _TOGETHER.match(verb.group(0)) and hi is not None and hi >= _SOME_OF_TOP \
        and len(names) < hi
    return _List(_first_name(names), between_start, between_start + len(list_text), not some)


def _counted_before(scope: Scope, rank: DraftClaim) -> DraftClaim | None:
    """A count of what took the places, in the rank's clause before it (全国有两所高校进入前十，分别是
    A和B; 3个城市位居前五，分别为…): the names after the rank are that count's, some of the top."""
    a, _ = scope.clause(rank)
    count = next((c for c in scope.in_span(a, rank.figure.start)
                  if _whole(c) and c.figure.kind != "rank"), None)
    if count is None or not _TOOK_THE_PLACES.fullmatch(scope.text(count.figure.end, rank.figure.start)):
        return None  # 24家上市券商中净利润排名前三位的分别是: the group the top is taken from
    return count


#: The thing a count counts and the verb that puts them into a top, between the count and the top:
#: 两所高校进入前十, 四款中国模型进入前十名 (not 24家上市券商中净利润排名前三: the group they rank in).
_TOOK_THE_PLACES = later(r"(?:[\u4e00-\u9fffA-Za-z](?<![里的])(?<!中(?!国))){0,8}"
                         r"(?:进入|跻身|挤进|闯入|入围|入选|位列|位居|排名|排在|名列)"
                         r"(?:全国|全省|全市|全球|世界|榜单)?")


def _names_its_group(scope: Scope, rank: DraftClaim) -> bool:
    """A rank followed by the group it ranks (…依次是广东、上海、浙江、江苏和山东，排名前十五位的城市…): the
    cities, not the list before it."""
    return bool(_OWN_GROUP.match(scope.text(rank.end, rank.end + 4)))


#: 的 and a noun after a rank: the group the rank is of.
_OWN_GROUP = later(r"^的[\u4e00-\u9fff]")


def _top_n_named(scope: Scope, rank: DraftClaim) -> _List | None:
    """A list of the top N (10强) named in full after it: 财力10强城市出炉，分别是：A、B…和J. Not
    the members of one place that made such a list (入围500强的企业分别是…), nor the rest of it
    (其余“十强”选手分别是…)."""
    a, _ = scope.clause(rank)
    hi = rank.figure.quantity.interval.hi  # type: ignore[union-attr]
    if _MADE_THE_LIST.search(scope.text(a, rank.figure.start)) or hi is None or hi > 60 or \
            scope.plain[rank.figure.end:rank.figure.end + 1] in ("的", "中", "”"):
        return None  # 500强: no article lists them all
    return _named_after(scope, rank)


def _plain_words(scope: Scope, a: int, b: int, x: _List) -> bool:
    """No other figure and no word that makes each name rank on its own between a list's counts
    and a rank."""
    between, words = scope.in_span(a, b), scope.text(a, b)
    return all(c in x.counts for c in between) and not _EACH.search(words) and \
        not compiled(r"[、和及与]").search(words)  # 四市和太仓市，排名第三至第七位: more names


#: The number that opens a numbered line (1、, （二）、), not a list.
_NUMBERED_LINE = later(r"(?:" + LIST_MARKER.pattern + r")、")


def _list_start(plain: str, s_start: int, end: int) -> int | None:
    """The start of the clause that opens a list before ``end`` in its sentence: the clause of
    ``end`` when it holds a 、 (…发布中国企业500强榜单，国家电网、中石油、中石化位列前三), else the
    first clause that holds one (从城市来看，上海、北京、苏州…)."""
    a = s_start
    mark = _NUMBERED_LINE.match(plain, a, end)
    if mark is not None:
        a = mark.end()  # 1、头部格局基本稳定，腾讯、阿里、拼多多稳居前三: the 、 of the line's number
    starts = []
    while a < end:
        b = a
        while b < end and plain[b] not in "，,：:":
            b += 1
        if _opens_list(plain[a:b]):
            starts.append(a)
        a = b + 1
    if not starts:
        return None
    return starts[-1] if compiled(r"[^，,：:]*$").fullmatch(plain, starts[-1], end) else starts[0]


def _opens_list(clause: str) -> bool:
    return "、" in BRACKETED.sub("", clause) or \
        compiled(r"[市省县区]和[\u4e00-\u9fff]{1,5}[市省县区]").search(clause) is not None


def _list_and_rest(text: str) -> tuple[str | None, str]:
    """A clause that opens with a list: the list (up to its last name) and the words after it.
    The last name ends where the words of the sentence start: 的, a verb, a comma."""
    m = compiled(r"([^，,：:]*、[^，,：:的]{1,14}?|[^，,：:、]{0,8}?[\u4e00-\u9fff]{1,5}[市省县区]和"
                 r"[\u4e00-\u9fff]{1,5}[市省县区])(?=的|拥有|在|还|[，,。]|$|" + _EACH.pattern + "|"
                 + _RANK_VERBS.pattern.rstrip("$") + r"|依然|仍然|仍|继续|分列|共同)").match(text)
    if m is None:
        return None, text
    return m.group(1), text[m.end():]


# --- 这三地, 在这三座城市中: a count that points back to the list before it -------------------------
#: names listed in groups, each after whose they are, up to the 这 that counts them all: 海南的洋浦、
#: 陵水、琼中、三沙，青海的黄南、玉树，西藏的那曲，这7座城市 (7, not the first group's 4)
_GROUP_NAMES = r"[\u4e00-\u9fff]{1,8}(?:、[\u4e00-\u9fff]{1,8})*"
_GROUP = later(r"(?:其中)?[\u4e00-\u9fff]{1,6}的(?P<names>" + _GROUP_NAMES + r")[，,]")
_GROUPED = later(r"(?:(?:其中)?[\u4e00-\u9fff]{1,6}的" + _GROUP_NAMES + r"[，,]){2,}")
_LIST_RUNS_ON = later(r"[^，,。；;]*、[^。；;]*[，,][^。；;]*、")
def _pointed_back(scope: Scope, c: DraftClaim, lists: list[_List]) -> _List | None:
    plain = scope.plain
    this = _THIS.search(plain, max(0, c.figure.start - 2), c.figure.start)
    if this is None:
        return None
    after = plain[c.figure.number_start:c.figure.end + 10]
    if not (compiled(r"^[一二两三四五六七八九十\d]+" + _PLACE_COUNTER.pattern).match(after)
            or _PLACES_NAMED_BACK.match(after)):
        return None
    s_start, _ = scope.sentence(c)
    previous_start, _ = scope.sentence_of_offsets(max(0, s_start - 2), max(0, s_start - 1))
    if plain[s_start - 1:s_start] == "\n":
        previous_start = s_start  # a new paragraph points back to nothing of the last one
    earlier = [x for x in lists if previous_start <= x.start and x.end <= c.figure.start]
    if earlier and c.figure.kind != "group" and all(x.figure.kind == "group" for x in earlier[-1].counts):
        return None  # 美股科技五巨头（A、B…）。…比上述17家A股百亿研发公司: a group's size (N大, N巨头) is
        # pointed back to as such (这三大产业), another count counts other things
    if earlier:
        return earlier[-1]
    for a, b in ((s_start, c.figure.start), (previous_start, max(previous_start, s_start - 1))):
        if a != s_start and _names_a_place(plain, s_start, this.start()):
            return None  # 游客在武汉消费最高…荆州和恩施其次…，表明这三地…: the places its own sentence names
        start = _list_start(plain, a, b)
        if start is None or scope.in_span(start, b):
            continue
        grouped = _GROUPED.match(plain, start, b)
        if grouped is not None and grouped.end() == this.start():
            names = [x for m in _GROUP.finditer(grouped.group()) for x in m.group("names").split("、")]
            found = _List(names, start, grouped.end())
            lists.append(found)
            return found
        if _LIST_RUNS_ON.match(plain, start, b):
            return None  # the names run on over clauses in a way not read: they are not counted
        list_text, _ = _list_and_rest(plain[start:b + 1])
        names = None if list_text is None else list_items(list_text)
        if names is not None:
            found = _List(_first_name(names), start, start + len(list_text))
            lists.append(found)
            return found
    return None


def _names_a_place(plain: str, a: int, b: int) -> bool:
    """Whether plain[a:b] names a known place, not the nation (a 这N… then points back to it, not
    further)."""
    return any(known_name(plain, i) not in ("", *NATION) for i in range(a, b))


# --- A增长95.7%、B增长30.9%…，以上五个行业: the names a 以上/这 count points back to, each with its figure -
#: A count that points back, in its clause after a comma: 以上五个行业, 上述3个板块, 这四个行业.
_BACK_AFTER_COMMA = later(r"[，,](?:以上|上述|这)$")
#: What a count that points back to named items counts: kinds of industry or product, not places.
_ITEMS_COUNTED = later(r"[一二两三四五六七八九十\d]+个(?:大类)?(?:行业|板块|产业|门类|产品|领域)")
#: The words that open the clause of the items: 其中, 分行业看 (the items start after them).
_ITEMS_LEAD = later(r"(?:其中|(?:分|从)[^，,：:。；;]{1,8}看)[，,：:]")
#: An item that is no name of its own: it opens with the words of a measure or a change.
_NO_ITEM_NAME = later(r"^(?:同比|环比|比|较|增长|下降|增速|提高|回落|拉动|占|合计|共|分别|两年|其中|[\d（(])")


def _named_with_figures(scope: Scope, c: DraftClaim) -> _List | None:
    """A count that points back, after a comma, to the items listed before it in its sentence,
    each a name with its figure (其中，煤炭开采和洗选业同比增长95.7%、计算机通信和其他电子设备制造业增长
    30.9%、…电力热力生产和供应业增长10.1%，以上五个行业占…): as many items as the count. The items
    are split by ；when the list has one, else by 、; every item opens with a name (no word of a
    measure) and holds one figure at least; else no list is read."""
    plain = scope.plain
    if _BACK_AFTER_COMMA.search(plain, max(0, c.figure.start - 3), c.figure.start) is None or \
            _ITEMS_COUNTED.match(plain, c.figure.number_start) is None:
        return None
    s_start, _ = scope.sentence_of_offsets(c.figure.start, c.figure.start + 1)
    start = max(s_start, *(plain.rfind(ch, 0, c.figure.start) + 1 for ch in "。！？!?\n"))
    end = plain.rfind("，", start, c.figure.start)
    end = max(end, plain.rfind(",", start, c.figure.start))
    lead = _ITEMS_LEAD.match(plain, start, end)
    start = lead.end() if lead else start
    text = plain[start:end]
    separator = "；" if "；" in text else "、"
    if separator == "、" and compiled(r"[，,]").search(text):
        return None  # the items run over clauses: not read
    names, at = [], start
    for piece in text.split(separator):
        figures = [x for x in scope.in_span(at, at + len(piece)) if x.figure.start >= at]
        name = compiled(r"^[^\d（(%]*?(?=同比|环比|增长|下降|增加|减少|实现|完成|[\d（(])").match(piece)
        if not figures or name is None or len(name.group(0)) < 2 or _NO_ITEM_NAME.match(piece) \
                or not_a_name(name.group(0), leading=True):
            return None
        names.append(name.group(0))
        at += len(piece) + 1
    if len(names) < 2:
        return None
    return _List(names, start, end)


# --- 紧跟上海和北京，位列全国第三: a place after the names just ahead of it ----------------------------
def _behind(scope: Scope, rank: DraftClaim) -> Found | None:
    """A rank right after the names ranked just ahead of it (仅次于/紧跟 A和B，位列第三), or right
    before them (位列第三，仅次于A和B), is one place below as many names:
    ``rank == len(names) + 1``. 仅次于 names all that are ahead; 紧跟/紧随 does when it lists
    several (紧随A之后 says only who is right ahead)."""
    q = rank.figure.quantity
    if rank.figure.kind != "rank" or q is None or q.qualifier is not None or \
            not q.interval.is_point or not _ID.fullmatch(rank.id):
        return None
    s_start, _ = scope.sentence(rank)
    m = _BEHIND.search(scope.plain, s_start, rank.figure.start) or \
        _BEHIND_OF.search(scope.plain, s_start, rank.figure.start)
    if m is None:
        m = _BEHIND_AFTER.match(scope.plain, rank.figure.end)  # 排名第3位，仅次于苏州和南京
        span = (rank.figure.end, m.end()) if m is not None else None
    else:
        span = (m.start(), rank.figure.start)
    if m is None or scope.in_span(*span):
        return None  # 仅次于湖北省的58.3%: figures, not names
    verb = m.group("verb") or m.group("verb2")
    text = m.group("names") or m.group("names2")
    if text.startswith("其") or "等" in text:
        return None  # 紧随其后: the names are elsewhere; 仅次于A等城市: some of them
    names = list_items(text) if compiled(r"、|和|与|及").search(text) else [text]
    if names is None or any(not 2 <= len(x) <= 10 or not_a_name(x) for x in names):
        return None
    if verb != "仅次于" and len(names) < 2:
        return None  # 紧随深圳之后，位列第三: right behind 深圳, who need not be first
    place = len(names) + 1
    return Found("expect", {"expect": f"{rank.id} == {place}"}, "stated", rank,
                 f"{len(names)} ahead of it: {'、'.join(names)}", f"{rank.id}_behind")


# --- 八大关注点 … 关注点一…关注点八; 两大变化：一是…二是…: the points a count goes on to number -------------
def _points(scope: Scope, c: DraftClaim) -> Found | None:
    """A count of points (八大关注点, 五个问题) and the points that follow it, numbered from 一:
    after the colon of its sentence (stated), or at the start of the next paragraphs, when its
    paragraph ends with it (linked: their words are far from the count). The run of points ends
    where the numbering does not go on."""
    q = c.figure.quantity
    if not _whole(c) or q.value > 10:
        return None
    plain = scope.plain
    noun = _POINT_NOUN.match(plain, c.figure.end)
    if noun is None:
        return None
    styles = [compiled(x) for x in (*_MARKS, r"第" + _N + "个?" + re.escape(noun.group(1)),
                                    re.escape(noun.group(1)) + _N)]
    paragraph_end = plain.find("\n", noun.end())
    paragraph_end = len(plain) if paragraph_end < 0 else paragraph_end
    colon = _TO_COLON.match(plain, noun.end())
    if colon is not None:
        at = colon.end()
        down = _NEXT_PARAGRAPH.match(plain, at)
        if down is not None and paragraph_end == down.start(1):
            at = down.end()  # …主要有4个方面的安排： ends its paragraph, 一是…二是… follow
        style = next((x for x in styles if x.match(plain, at)), None)
        if style is None:
            return None
        marks = _marks_from(plain, at, style, down is not None and paragraph_end == down.start(1))
        how = "stated"
    elif paragraph_end - noun.end() <= 16 and not scope.in_span(noun.end(), paragraph_end):
        marks, how = _paragraph_marks(plain, paragraph_end, styles), "linked"
    else:
        return None
    starts = _numbered(marks)
    if len(starts) < 2:
        return None
    names = [_point_name(plain, a) for a in starts]
    if any(not x for x in names):
        return None
    return Found("enumeration", {"enumeration": [c.id], "names": names}, how, c,
                 f"the points numbered after it: {'、'.join(names)}", f"{c.id}_points")


def _marks_from(plain: str, at: int, style: re.Pattern[str], on: bool) -> list[tuple[str, int]]:
    """The marks of a style that open the clauses of the paragraph from ``at`` and, when ``on``,
    of the paragraphs after it that open with one."""
    out: list[tuple[str, int]] = []
    while True:
        end = plain.find("\n", at)
        end = len(plain) if end < 0 else end
        out += [(m.group("n"), m.end()) for m in style.finditer(plain, at, end)
                if m.start() == at or plain[m.start() - 1] in "，,。；;：:"]
        following = _NEXT_PARAGRAPH.match(plain, end)
        if not on or following is None or not style.match(plain, following.end()):
            return out
        at = following.end()


def _paragraph_marks(plain: str, at: int, styles: list[re.Pattern[str]]) -> list[tuple[str, int]]:
    """The numbered marks that open the paragraphs after ``at``, in the style of the first
    paragraph's (none when the next paragraph opens with none)."""
    paragraphs = [m.start(1) for m in compiled(r"\n\s*(\S)").finditer(plain, at)]
    style = next((x for x in styles if paragraphs and x.match(plain, paragraphs[0])), None)
    if style is None:
        return []
    return [(m.group("n"), m.end()) for a in paragraphs if (m := style.match(plain, a)) is not None]


def _numbered(marks: list[tuple[str, int]]) -> list[int]:
    """Where each point starts, for the run of marks numbered 一, 二, 三… (to the first mark
    that does not go on)."""
    out: list[int] = []
    for numeral, at in marks:
        if _NUMERAL_VALUES[numeral] != len(out) + 1:
            break
        out.append(at)
    return out


def _point_name(plain: str, at: int) -> str:
    """The first words of a point, for the message (探索实现以人的现代化为核心的…)."""
    at += 1 if plain[at:at + 1] in "：:、是，," else 0
    end = at
    while end < len(plain) and plain[end] not in _POINT_NAME_END and end - at < 12:
        end += 1
    return plain[at:end].strip()


# --- 两个地级市增速最高，分别为120.5%和109.0%: a count and the figures 分别 gives its members -------
#: From a count to the 分别 of its members' figures: their measure, one comma at most, no other names
#: (3个城市GDP和增速分别为… pairs two measures, not the three cities).
_TO_EACH = later(r"[^、和及与，,。；;：:！!？?\n\d%中]{0,12}(?:[，,][^、和及与，,。；;：:！!？?\n\d%]{0,8})?"
                 r"分别")
#: Between two figures of the run: a separator only.
_FIGURE_SEPARATOR = later(r"、|和|及|与|以及")


def _shared_out(scope: Scope, c: DraftClaim) -> Found | None:
    """A count of a few things, then 分别 and one figure for each of them (西安、兰州两个铁路局集团
    公司增幅较大，分别达24.5％和22.2％): as many figures as the count says. Not after another 分别 of
    its paragraph, whose members (the months of 7、8、9三个月) the next one may share out again."""
    if not _whole(c) or not _ID.fullmatch(c.id) or _top_group(scope, c) \
            or c.figure.quantity.value > 10:  # type: ignore[union-attr]
        return None
    plain = scope.plain
    m = _TO_EACH.match(plain, c.figure.end)
    if m is None or scope.in_span(c.figure.end, m.end()):
        return None
    paragraph = plain.rfind("\n", 0, c.figure.start) + 1
    if "分别" in plain[paragraph:c.figure.start]:
        return None  # 7、8、9三个月…分别为…。其中，31个大城市…分别为: the months again, not the cities
    s_start, _ = scope.sentence(c)
    if "、" in plain[s_start:c.figure.start] or _THIS.search(plain, s_start, c.figure.number_start):
        return None  # 2007年、2009年、2011年、2013年这三项…分别为13.9%、…: the years get the figures
    _, s_end = scope.sentence(c)
    run: list[DraftClaim] = []
    for x in scope.in_span(m.end(), s_end):
        if not run:
            if x.figure.start < m.end() or compiled(r"[^，,。；;：:！!？?\n]{0,8}").fullmatch(
                    plain, m.end(), x.figure.number_start) is None:
                return None  # 分别 says something else before its figures (分别为, 分别增长,
                # 分别比上年同期增长 only)
        elif not _FIGURE_SEPARATOR.fullmatch(scope.text(run[-1].figure.end, x.figure.start)):
            break
        run.append(x)
    if len(run) < 2 or any(x.figure.quantity is None or x.figure.quantity.unit.key !=
                           run[0].figure.quantity.unit.key for x in run):  # type: ignore[union-attr]
        return None
    if plain[run[-1].figure.end:run[-1].figure.end + 1] not in ("", *_CLAUSE_END):
        return None  # the run goes on in words: not the figures alone
    names = [plain[x.figure.number_start:x.figure.end] for x in run]
    return Found("enumeration", {"enumeration": [c.id], "names": names,
                                 "members": [x.id for x in run]}, "stated", c,
                 f"the figures 分别 gives each of them: {'、'.join(names)}", f"{c.id}_each")


def _top_group(scope: Scope, c: DraftClaim) -> bool:
    """前五大客户, 前十大股东: the largest N, a ranked group that is one subject (its revenue, its
    share), not N members each given a figure."""
    return c.figure.kind == "group" and scope.plain[c.figure.start:c.figure.start + 1] == "前"


# --- IPO经历了2次暂停，分别是2012年11月-2014年1月、2015年7月-2015年11月: the times of counted events ----
#: From a count of events (2次, 3次) to the words that list when each was: its noun, a comma, 分别是.
_TO_TIMES = later(r"[\u4e00-\u9fff]{0,8}[，,](?:分别是|分别为|分别在|分别于|依次是|依次为)[：:]?")
#: A point of time: a year, month, day or half year (2012年11月, 9月27日, 2023年春节).
_DATE = r"(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?"
#: One item of such a list: a time, or a span of two, and a few words with no other number
#: (2015年7月-2015年11月; 2023年中秋节).
_TIME_ITEM = later(r"(?=\d)" + _DATE + r"(?:(?:-|—|－|~|～|至|到)" + _DATE + r")?"
                   r"(?:(?!以及|和|及|与)[\u4e00-\u9fff]){0,4}")
_TIME_JOINS = later(r"、|以及|和|及|与")


def _times_listed(scope: Scope, c: DraftClaim) -> Found | None:
    """A count of events (2次暂停, 3次) and, after its comma, when each of them was: as many
    times or spans as the count (IPO经历了2次暂停，分别是2012年11月-2014年1月、2015年7月-2015年11月;
    涨停次数为2次，分别是2024年9月27日及2024年9月30日). Each item is a time and a few words at most,
    with no other figure (分别是2020年2次、2021年3次 gives a count for each year, not its times)."""
    q = c.figure.quantity
    if q is None or q.unit.name not in EVENT_COUNTERS or not _whole(c) or not _ID.fullmatch(c.id):
        return None
    plain = scope.plain
    m = _TO_TIMES.match(plain, c.figure.end)
    if m is None:
        return None
    items, at = [], m.end()
    while True:
        item = _TIME_ITEM.match(plain, at)
        if item is None or item.end() == at or not compiled(r"\d").search(item.group(0)):
            return None
        items.append(item.group(0))
        at = item.end()
        join = _TIME_JOINS.match(plain, at)
        if join is None:
            break
        at = join.end()
    if len(items) < 2 or plain[at:at + 1] not in ("", *_CLAUSE_END):
        return None  # the list goes on in words: not the times alone
    return Found("enumeration", {"enumeration": [c.id], "names": items}, "stated", c,
                 f"the times listed after it: {'、'.join(items)}", f"{c.id}_times")
