"""Parts and their total: 其中 / 包括 after a total, the three industries of a GDP, and the parts
of a ratio such as 三次产业结构 8.1:42.1:49.8 (which make up 100).

其中 lists some parts: their sum must not exceed the total. The three industries (第一、第二、第三产业)
make up the whole. A nested 其中 starts a breakdown of its own (the parts of a part are not parts
of the total). Counted parts over thresholds on one side (其中47只发行规模超20亿元，有12只吸金超50亿元)
nest: each is at most the total, their sum is not tested. So do parts of different classifications
(其中规上工业企业1.13万家，国家级高新技术企业7387家: a firm may be both). A total written with a bound
word (超过19万家) is still the total of its parts; a sentence of its rates alone (两年平均增长5.0%。)
may stand between it and the 其中. A change is never the total (同比+124架, 同比多增2181亿元): a 其中
after one, in brackets or not, splits the level before it (飞机总数4394架（同比+124架），其中客机4126架).
A 其中 in the middle of a sentence lists parts to its semicolon; the list runs on over semicolons
while each clause opens with a name and the words (a measure: 完成投资) the total and its first part
end with (公路项目完成投资1313.8亿元，…，其中，高速公路完成投资970.6亿元…；普通国省道完成投资197.2亿元…；
农村公路完成投资146.0亿元), never when the total is itself an item of a list (第二产业投资…，其中制造业
投资…；第三产业投资…: the total's sibling) nor for a place's name (…市完成投资). A 其中 with a colon
announces a list that runs to the full stop, one kind a clause (公办中小学校349所,在校生156928人,其中:
小学312所,学生91635人;初级中学32所,…), until a clause that names the total's sibling (…其中：税收收入…；
非税收入…；政府性基金预算收入); a count of other things between a total and its 其中 (在校生156928人
after 学校349所) is passed over. A whole place's budget split by level of government (全市…其中：市本级
…；区级…, or 市辖区 and 省直管县) is complete. So are parts named by the kinds of a set that makes up its
whole (夏粮、早稻、秋粮 of a year's grain; 公立/民营 hospitals; 公办/民办 schools; firms by size; 内销产值
and 出口交货值 of a 销售产值) and a
list closed by the rest of its kind (地表水源…，地下水源…，其它水源供水量…; …其他医疗卫生机构诊疗…), never
by one more sector (其他服务业), and parts whose shares right after them add up to 100% (政府投资575.5亿元，
占25.7%；社会投资1665.8亿元，占74.3%; not shares of each one's budget, 占年初预算的25%). When the
total's sentence states its earlier level too (达到76420万人，比2002年的73280万人) and each group of the
其中 writes its earlier level first (由2002年的25159万人增加到35914万人), each level is read against the
parts' level of the same role. A list after a 共有 count without 其中 is no split of it: 共有 runs over
the list (年末全市共有专业艺术表演团体6个，文化馆7个，公共图书馆7个).
The two halves of a total among more 其中 parts (沿海港口 and 内河港口 beside 外贸货物吞吐量) are one split
of it, complete, and each other part one of another split, at most the whole.
the list (年末全市共有专业艺术表演团体6个，文化馆7个，公共图书馆7个). A clause after a semicolon opened
by a date of its own (；截至10月底，全市有效发明专利…) ends the 其中's list, and the size of the field a
part is ranked in (在全省100个工业园区中排位第五位) is no part. A 从产业看 section after a total that lies in
a section of its own (从规模看，…有7个…；从产业看) or is given as a share of the whole (占签约总额约16.3%)
splits that whole, not the total.
"""

from __future__ import annotations

from fractions import Fraction
from itertools import pairwise

from ..patterns import compiled, later
from ..places import is_place_name
from . import each
from .among import ANY_THING, same_counter
from .claims import DraftClaim, unnumbered
from .composition import measure, name, named_pair, not_a_sum, sibling
from .proportion import how_of_100
from .scope import (
    Found,
    Scope,
    a_change,
    a_net_amount,
    closes_a_bracket,
    exact,
    is_level,
    is_share,
    same_unit,
)

__all__ = ["find", "halves", "in_a_part", "kinds_cross", "kinds_overlap", "shares_after", "shares_make_all"]

#: Bound words that keep a figure within two bounds (1200余所, 近3.5万户, 约450万人次): a total so
#: written bounds its parts, and such a part is no threshold (超10亿元的项目, 亿元以上项目 are).
_TWO_SIDED = (None, "odd", "nearly", "about")
#: A total may also be bounded below only (工业企业超过19万家，其中规上工业企业1.13万家; 突破, 逾, 以上):
#: it is still the whole its 其中 parts are in, its open interval lets the check decide.
_TOTAL_BOUNDS = (*_TWO_SIDED, "more-than", "reached", "at-least")
#: Words before a figure that make it each member's (多个景区接待人数均超过2万人，其中…近4万人): no total.
_EACH_OF_THEM = later(r"(?:均|都|各)$")
#: Members listed before a bound they reach (丽江玉龙雪山、昆明石林、大理三塔等景区接待人数超过4000人，
#: 其中玉龙雪山接待9805人): a threshold each reaches, unless the words sum them (三大作物总产量超5亿吨).
_MEMBERS_LISTED = later(r"[\u4e00-\u9fff]、[\u4e00-\u9fff、]*?等")
_SUMMED = later(r"共|合计|总计|累计|总")
_INTRO = later(r"^[、，,：:（(]?(?:其中|包括|包含|含)[，,：:]?")
_ASIDE = later(r"^\s*[（(]")
#: A count again with more things in it, in parentheses: （含港台企业则为120家）, （包括…在内为…）.
_WITH_MORE = later(r"^[（(](?:含|包括|包含)[^）)\d，,。；;]{1,16}?(?:在内)?(?:则|共)?(?:为|是|达到?|有)$")
#: 其中 and the name of a counted part right before its number: ，其中权益类基金.
#: A note in brackets that holds no figure, right after a total: （人民币，下同）, （下同）, （含税）.
_THEN_QIZHONG = later(r"[，,]\s*其中")
_WORDS_NOTE = later(r"[（(][^（()）\d，,。；;]{1,8}(?:[，,][^（()）\d，,。；;]{1,6})?[）)]")
_NAMED_PART = later(r"[，,]其中[^\d，,。；;：:、（()）]{1,12}$")
#: The name of the things a count counts, then 包括 and the first part's name: “四上”企业包括工业.
_NAMED_INCLUDES = later(r"^[^\d，,。；;：:、（()）]{1,8}?(?:包括|包含)[：:]?[^\d，,。；;：:、]{1,12}$")
# 其中海淀区GDP为8504.6亿元 names a part; 其中4项与深圳有关，3项涉及广州 counts members by what
# they touch, which may overlap
_SENTENCE_INTRO = later(r"^(?:其中(?:[，,：:]|(?![\d一二两三四五六七八九十百千]))|"
                             r"(?:分产业看|分三次产业看|从产业看)[，,：:])")
_INDUSTRIES = ("第一产业", "第二产业", "第三产业")
_NEW_SECTION = later(r"(?:^|[，,；;。])\s*(?:从|分)[^，,：:。；;]{1,12}看[，,：:]")
_NESTED = later(r"其中|包括")
#: A clause that opens with a part's own name and 中 (其中谷物…；谷物中冬小麦…): a part of that part.
_IN_A_PART = later(r"[；;，,。]\s*在?([\u4e00-\u9fff]{1,8}?)中[，,：:]?[^，,；;。]*$")


def find(scope: Scope) -> list[Found]:
    found: list[Found] = []
    shared = each.find(scope)
    for k, total in enumerate(scope.claims):
        if not is_level(total) or a_change(total) or _changed_by(scope, total) or scope.aside(total) \
                or total.figure.quantity.qualifier not in _TOTAL_BOUNDS \
                or total.figure.quantity.unit.dimension in ("ratio", "pp", "time") \
                or _per_unit(total.figure.quantity.unit.dimension) or _list_size(total) \
                or _EACH_OF_THEM.search(scope.before(total)) or _a_threshold(scope, total) \
                or _of_a_median(scope, total):
            continue  # rates, shares, spans of time and yields do not add up (shares making a
            # whole: _ratio_groups)
        parts, how, because = _parts_after(scope, k, total)
        if not parts or any(not_a_sum(_before_an_aside(c.label)) for c in (total, *parts)):
            continue  # 人均可支配收入35128元。其中，城镇居民人均…47412元: no sum
        if _a_compared_base(scope, total) and not any(_earlier(scope, p) for p in parts):
            continue  # 7.4亿人买了彩票，相比于2020年的6.7亿…。其中，购买福利彩票的人有3.7亿: this
            # year's parts, not the earlier level's
        groups = (g for split in _fiscal_splits(parts) for g in _classifications(scope, split))
        for group in (one for g in groups for apart in _apart(g) for nest in _unnested(scope, apart)
                      for one in _over_half(total, nest)):
            counts = each.weights(scope, total.end, group)
            exhaustive = _industries(total, group) or _complements(group) or _a_complete_set(group) \
                or _closed_by_the_rest(scope, total, group) or shares_make_all(scope, group) \
                or _sales_halves(total, group) \
                or _budget_halves(total, group) or _levels_of_government(scope, total, group) \
                or (counts is not None and each.rest_closes(scope, group))
            if not exhaustive and a_net_amount(total) \
                    and total.figure.quantity.unit.dimension != "count":  # 68家…净利润损失: firms
                continue  # 利润总额10.31亿元。其中，…利润总额24.15亿元: the others may lose
            if counts is not None and (any(n > 1 for n in counts) or _counted_part(group[0], total)):
                shared.extend(r for r in [each.sum_of(total, group, counts, exhaustive, how, because)]
                              if r is not None)
                continue
            found.append(Found("breakdown", {"breakdown": total.id, "parts": [p.id for p in group],
                                             "exhaustive": exhaustive}, how, total, because,
                               f"{total.id}_breakdown"))
    industries = _industries_of_gdp(scope, set())
    whole = {(r.fields["breakdown"], p) for r in industries for p in r.fields["parts"]}
    found = [r for r in found  # 其中第一产业…；第二产业…: the three industries make the whole
             if not all((r.fields["breakdown"], p) in whole for p in r.fields["parts"])]
    found.extend(industries)
    found.extend(shared)
    found.extend(_ratio_groups(scope))
    found.extend(_listed_shares(scope))
    found.extend(_balance_sheets(scope))
    found.extend(_spelled_out(scope))
    found.extend(_by_place(scope))
    found.extend(_summed(scope))
    found.extend(_bracketed(scope))
    return found


def _before_an_aside(label: str | None) -> str | None:
    """A label without the bracket it ends in, opened and not closed (有357家公司…“报喜”(占比为62.63%)，
    其中…: the count's label 公司报喜(占比 names firms, not a share); a bracket closed inside it is its
    own (高职（专科）全日制在校生平均规模 is an average)."""
    return None if label is None else _OPEN_ASIDE.sub("", label)


_OPEN_ASIDE = later(r"[（(][^）)]*$")


#: The name of a part inside the parentheses after its whole, and nothing else (中资, 外资).
_BRACKET_NAME = later(r"^[\u4e00-\u9fff]{1,8}$")
#: Words that make a figure in parentheses no part: another time (上年, 2014年 has digits), a
#: change or a comparison, a share, a bound, a 其中 or 含 (read by _parts_after).
_NOT_A_PART = later(r"上年|去年|同期|前年|比|较|增|减|降|升|占|约|近|超|逾|其中|含|包括|为|是|达|合计|共")


def _bracketed(scope: Scope) -> list[Found]:
    """The figures in the parentheses right after a level, each named and nothing more, that
    split it (资产管理公司21家（中资20家，外资1家）, 财产险公司73家（中资51家，外资22家）): its parts,
    stated; the whole when they are its two halves (中资 and 外资, 男 and 女)."""
    found: list[Found] = []
    for total in scope.claims:
        if not (is_level(total) and exact(total)) or a_change(total) or not_a_sum(total.label) \
                or scope.plain[total.figure.end:total.figure.end + 1] not in ("（", "("):
            continue
        close = compiled(r"[）)\n]").search(scope.plain, total.figure.end + 1)
        if close is None or close.group(0) == "\n":
            continue
        start, parts, names = total.figure.end + 1, [], []
        for c in scope.in_span(start, close.start()):
            words = scope.text(start, c.figure.start).lstrip("，,、；;")
            if not (is_level(c) and exact(c) and same_unit(c, total) and same_counter(c, total)) \
                    or a_change(c) or not _BRACKET_NAME.match(words) or _NOT_A_PART.search(words):
                break
            parts.append(c)
            names.append(words)
            start = c.figure.end
        else:
            if len(parts) >= 2 and not scope.text(start, close.start()):
                exhaustive = len(names) == 2 and halves(*names)
                found.append(Found("breakdown", {"breakdown": total.id, "parts": [p.id for p in parts],
                                                 "exhaustive": exhaustive}, "stated", total,
                                   "the parts in parentheses after the whole",
                                   f"{total.id}_bracket"))
    return found


#: The words that state a total as the sum of the figures just before it: 合计, 共计, 总计 or 总共
#: after the last part and the name its count may carry (…并处罚款35.21亿元，合计51.79亿元; …500家协同
#: 倍增企业，共计1021家), maybe with the verb the parts share (合计亏损27.86亿元).
_SUM_AFTER = later(r"^(?:[^\d，,、。；;：:（()）]{1,12})?[，,、]\s*(?:两者|二者|三者|两项|三项|以上)?"
                   r"(?:加起来|加在一起)?(?:合计|共计|总计|总共|(?<=[来起])一共)([\u4e00-\u9fff]{0,4}?)"
                   r"(?:为|达到|达|有)?$")
#: After parts tied by 加上 (捐款17.83亿元，加上…配捐3.07亿元、…配捐3.9999亿元，总计募得善款24.9亿元), the
#: total's clause may name what it totals before the sum word (…，政府性基金预算支出安排数总计255.69亿元).
_SUM_AFTER_PLUS = later(r"^(?:[^\d，,、。；;：:（()）]{1,12})?[，,、]\s*[^\d，,、。；;：:（()）]{0,16}?"
                        r"(?:合计|共计|总计|总共|累计|共)([\u4e00-\u9fff]{0,4}?)(?:为|达到|达|有)?$")
_PLUS = later(r"^[，,]\s*再?加上")
#: The sum words of the two patterns above, and how far before a total they may stand.
_SUM_WORD = later(r"合计|共计|总计|总共|累计|共")
_SUM_REACH = 48
#: Words in a verb between the sum word and the total that make it no plain sum of the parts.
_NOT_PLAIN = later(r"比|较|占|其中|增|减|约|超|近")
#: Words before a part that make it a figure of another time or a figure compared with.
_OTHER_TIME = later(r"上年|去年|前一年|上一年|同期|[比较]|低于|高于|不及|相当于")
#: Words of opposite directions: a 合计 of a net purchase and a net sale is their difference.
_OPPOSITES = ((later(r"买入"), later(r"卖出")), (later(r"流入"), later(r"流出")),
              (later(r"盈利|净利"), later(r"亏损")), (later(r"顺差"), later(r"逆差")),
              (later(r"多增"), later(r"少增")),
              (later(r"增加|增长|上升"), later(r"减少|下降|下滑")))


#: The median of a measure (薪資中位數, 收入中位数): a middle value, never a sum.
_MEDIAN = later(r"中位[数數]")


def _of_a_median(scope: Scope, total: DraftClaim) -> bool:
    """A level of a sentence that names it a median before it (各行業受僱員工經常性薪資中位數，…；受僱
    員工人數較多之製造業為36665元，其中電子零組件製造業為46838元): the 其中 picks a sub-group whose median
    is its own (it may be higher), no part of the group's. The sentence runs over semicolons."""
    at = total.figure.start
    a = max(scope.plain.rfind("。", 0, at), scope.plain.rfind("\n", 0, at)) + 1
    return bool(_MEDIAN.search(scope.plain, a, at))


def _a_threshold(scope: Scope, total: DraftClaim) -> bool:
    """A figure bounded below only, after members listed in its clause (A、B、C等景区…超过4000人):
    the threshold each of them reaches, not their total."""
    if total.figure.quantity.qualifier in _TWO_SIDED:  # type: ignore[union-attr]
        return False
    a, _ = scope.sentence(total)
    words = compiled(r"[，,；;：:]").split(scope.text(a, total.figure.start))[-1]
    return bool(_MEMBERS_LISTED.search(words)) and not _SUMMED.search(words)


def _counted(words: str) -> int | None:
    """How many parts a sum word counts (两项合计 → 2, 三者合计 → 3); None when it counts none."""
    m = compiled(r"[，,、]\s*([两二三])(?:者|项)(?:合计|共计|总计|总共)").search(words)
    return None if m is None else 3 if m.group(1) == "三" else 2


def _summed(scope: Scope) -> list[Found]:
    """A total stated after its parts in one sentence, tied by 合计 / 共计 / 总计 (韩籍居民登记人口为
    966.8465万人，外籍居民登记人口为24.2623万人，合计991.1088万人) or by 加上 and a sum word: the sum of
    every level of the total's unit before it in the sentence. None when one of them is bounded, a
    change, a figure of another time or compared with, or a 其中 or opposite directions make the
    sum no plain one."""
    found = []
    for total in scope.claims:
        if not (is_level(total) and exact(total)) or a_change(total) or not_a_sum(total.label) \
                or total.figure.quantity.unit.dimension in ("ratio", "pp", "time", "number"):
            continue
        if not _SUM_WORD.search(scope.text(max(0, total.figure.number_start - _SUM_REACH),
                                          total.figure.number_start)):
            continue  # no sum word in reach: checked first, so an endless sentence stays linear
        a, _ = scope.sentence(total)
        before = [c for c in scope.in_span(a, total.figure.start) if is_level(c) and same_unit(c, total)]
        whole = next((i for i, c in enumerate(before) if _AMONG_LEAD.match(scope.plain, c.figure.end)), None)
        if whole is not None:
            before = before[whole + 1:]  # 352家创业板公司中，6家扭亏，45家预增，141家略增，合计192家: all
            # of them is no part of the sum
        before = _adjoining(scope, before, total)
        if len(before) < 2:
            continue
        words = scope.text(before[-1].end, total.figure.number_start)
        plus = _PLUS.match(scope.text(before[0].end, before[1].figure.start))
        m = (_SUM_AFTER_PLUS if plus else _SUM_AFTER).match(words)
        if m is None or _NOT_PLAIN.search(m.group(1)) or _counted(words) not in (None, len(before)):
            continue
        sentence = scope.text(scope.clause(before[0])[0], total.end)  # 从净利润角度看，…分别亏损
        if _NESTED.search(scope.text(a, total.end)) or any(x.search(sentence) and y.search(sentence)
                                                           for x, y in _OPPOSITES):
            continue
        if any(not exact(c) or a_change(c) or scope.aside(c) or not_a_sum(c.label)
               or _OTHER_TIME.search(scope.before(c)) or not same_counter(c, total)
               for c in before):
            continue
        kinds = {measure(c.label) for c in (*before, total)} - {None}
        if len(kinds) > 1:
            continue  # 营业收入…，净利润…: levels of two measures, no sum
        if _KINDS_OF_THINGS.match(scope.text(total.end, total.end + 4)) \
                and all(scope.text(c.figure.start - 1, c.figure.start) == "的" for c in before):
            continue  # 能够从事的593个职业、…的537个职业，共计665个职业: sets of kinds overlap
        found.append(Found("breakdown", {"breakdown": total.id, "parts": [c.id for c in before],
                                         "exhaustive": True}, "stated", total,
                           "the total the words state after its parts (…，合计)", f"{total.id}_sum"))
    return found


def _adjoining(scope: Scope, levels: list[DraftClaim], total: DraftClaim) -> list[DraftClaim]:
    """The levels before a sum in adjoining clauses, back from it: a clause without a figure between
    ends them (一共触发了4次上下文切换，分别是…的切换，2次DMA拷贝，2次CPU拷贝，加起来一共4次拷贝操作: the
    sum is of the copies only)."""
    out: list[DraftClaim] = []
    after = total
    for c in reversed(levels):
        if len(_CLAUSE_BREAK.findall(scope.text(c.end, after.figure.start))) > 1:
            break
        out.append(c)
        after = c
    return out[::-1]


_CLAUSE_BREAK = later(r"[，,；;]")

#: The words after a count that open some of its things: 家创业板公司中，.
_AMONG_LEAD = later(r"[^，,。；;\d]{0,12}(?:中|(?<![公英海千万])里)[，,：:]")

#: Kinds of things a count counts (职业, 行业, 专业…): what each group has of them may overlap.
_KINDS_OF_THINGS = later(r"^(?:职业|行业|专业|工种|岗位|品种|品类|领域|学科|门类|类别|种类|国家|地区)")

#: What may stand between a count and the brackets that spread it over places: nothing, or 均为 and
#: what all of it is (新增确诊病例9例，均为境外输入病例（广东4例，…）).
_ALL_OF = later(r"(?:[，,]均为[^\d，,。；;（(]{1,10})?[（(]")
_ITEM = later(r"[，,、]?([^\d，,、；;。（()）]{2,8})$")


def _by_place(scope: Scope) -> list[Found]:
    """A count, then in brackets the same count place by place, with nothing else: 其中境外输入病例
    10例（上海7例，辽宁1例，江苏1例，四川1例）. The places share out the whole count (no 其中, no
    含 in the brackets: those name a part)."""
    found = []
    for total in scope.claims:
        q = total.figure.quantity
        if q is None or q.unit.dimension != "count" or not (is_level(total) and exact(total)) \
                or a_change(total):
            continue
        m = _ALL_OF.match(scope.plain, total.end)
        close = scope.plain.find("）" if m and m.group(0).endswith("（") else ")", total.end)
        if m is None or close < 0 or "\n" in scope.plain[m.end():close]:
            continue
        parts = scope.in_span(m.end(), close)
        start, places = m.end(), True
        for p in parts:
            item = _ITEM.fullmatch(scope.text(start, p.figure.start))
            places = places and item is not None and _a_place(item.group(1)) and same_unit(p, total) \
                and exact(p) and is_level(p)
            start = p.end
        if len(parts) < 2 or not places or scope.text(start, close):
            continue
        found.append(Found("breakdown", {"breakdown": total.id, "parts": [p.id for p in parts],
                                         "exhaustive": True}, "stated", total,
                           "a count spread over places in brackets", f"{total.id}_places"))
    return found


def _a_place(words: str) -> bool:
    """Words that are one place's name and nothing else (广东, 浦东新区, 辛集市)."""
    from .duplicate import places_in

    named = places_in(words)
    return len(named) == 1 and compiled(r"(?:省|市|自治区)$").sub("", words) in named


#: The words that say what a total is made of, between it and its first part: 资金来源为公共预算…,
#: 16个项目具体为农村公路改造项目… (the subject may be named again before them).
_SPELLED = later(r"(?:[、，,；;]\s*)?[\u4e00-\u9fff]{0,6}?(?:来源|具体|构成)(?:分别)?(?:为|是|包括)[：:]?"
                 r"[^\d，,；;。：:]{0,24}")


_SPELLED_WORD = later(r"来源|具体|构成")


def _spelled_out(scope: Scope) -> list[Found]:
    """A total, then the words that say what it is made of and every part, in its sentence (to
    its full stop): 年度计划投资规模为550亿元、增长10.0%；资金来源为公共预算530亿元，国土基金20亿元.
    The words list all the parts: their sum is the total."""
    found = []
    for total in scope.claims:
        if not (is_level(total) and exact(total) and not a_change(total)) or not_a_sum(total.label) \
                or total.figure.quantity.unit.dimension in ("ratio", "pp", "time", "number"):
            continue
        if not _SPELLED_WORD.search(scope.text(total.end, total.end + 16)):
            continue  # no 来源/具体/构成 right after: checked first, so an endless sentence stays linear
        end = _full_stop(scope, total.end)
        rest = [c for c in scope.in_span(total.figure.start + 1, end) if is_level(c)
                and same_unit(c, total)]
        if len(rest) < 2 or not _SPELLED.fullmatch(scope.text(total.end, rest[0].figure.start)):
            continue
        parts = [rest[0]]
        for c in rest[1:]:
            if _NESTED.search(scope.text(parts[-1].end, c.figure.start)) \
                    or _inside_brackets(scope.text(parts[-1].end, c.figure.start)):
                break
            parts.append(c)
        if len(parts) < 2 or any(not exact(p) or a_change(p) or not same_counter(p, total)
                                 or not_a_sum(p.label) for p in parts):
            continue
        found.append(Found("breakdown", {"breakdown": total.id, "parts": [p.id for p in parts],
                                         "exhaustive": True}, "stated", total,
                           "the parts the words list as what the total is made of (来源为, 具体为)",
                           f"{total.id}_breakdown"))
    return found


_ASSETS = later(r"(?<!流动)(?<!固定)(?<!无形)(?<!净)资产(?:总计|总额|合计)?$")
_LIABILITIES = later(r"^(?:其中[，,：:]?)?负债(?:总计|总额|合计)?$")
_EQUITY = later(r"^(?:其中[，,：:]?)?所有者权益(?:总计|总额|合计)?$")


def _balance_sheet_parts(scope: Scope, assets: DraftClaim) -> list[DraftClaim] | None:
    """The 负债 and 所有者权益 that follow a 资产总计 in its sentence, to the full stop."""
    end = _full_stop(scope, assets.end)
    rest = [c for c in scope.in_span(assets.end, end) if is_level(c) and exact(c)
            and same_unit(c, assets) and not a_change(c)]
    debt = [c for c in rest if _LIABILITIES.search(c.label or "")]
    equity = [c for c in rest if _EQUITY.search(c.label or "")]
    return [debt[0], equity[0]] if len(debt) == 1 and len(equity) == 1 else None


def _balance_sheets(scope: Scope) -> list[Found]:
    """资产总计a；负债合计b；所有者权益合计c: assets are liabilities plus owners' equity, by
    definition (国家统计局 releases on 规模以上工业企业)."""
    found = []
    for c in scope.claims:
        if not (is_level(c) and exact(c) and not a_change(c) and _ASSETS.search(c.label or "")
                and c.figure.quantity.unit.dimension == "money"):  # type: ignore[union-attr]
            continue
        parts = _balance_sheet_parts(scope, c)
        if parts is not None:
            found.append(Found("breakdown", {"breakdown": c.id, "parts": [p.id for p in parts],
                                             "exhaustive": True}, "stated", c,
                               "assets are liabilities plus owners' equity (资产 = 负债 + 所有者权益)",
                               f"{c.id}_balance"))
    return found


_GDP = later(r"生产总值|GDP")


def _industries_of_gdp(scope: Scope, done: set[int]) -> list[Found]:
    """第一、第二、第三产业增加值 make up the GDP stated before them (分产业看 …), in the same or
    the previous paragraph, for the same period; the three industries of another level make up
    the level their first one names in its sentence or the one before."""
    found = _industries_listed(scope, done)
    claims = scope.claims
    for k, first in enumerate(claims):
        if not (first.label and "第一产业" in first.label and is_level(first)) \
                or _ALL_THREE.match(first.label):
            continue
        rest = [c for c in claims[k + 1:k + 12] if is_level(c) and same_unit(c, first)
                and c.label and c.period == first.period]
        second = next((c for c in rest if "第二产业" in c.label), None)
        third = next((c for c in rest if "第三产业" in c.label), None)
        if second is None or third is None:
            continue
        total = next((c for c in reversed(claims[:k]) if is_level(c) and same_unit(c, first)
                      and c.label and _GDP.search(c.label) and not not_a_sum(c.label) and not a_change(c)
                      and c.period == first.period and exact(c) and first.line - c.line <= 4), None)
        if total is None and not _fourth_part(scope, third):
            total = _named_whole(scope, k, first)
        if total is not None and not _same_place(scope, total, first):
            total = None
        how = "stated"
        if total is None:
            total, how = _gdp_of_place(scope, k, first), "linked"
        if total is None or id(total) in done:
            continue
        done.add(id(total))
        found.append(Found("breakdown", {"breakdown": total.id,
                                         "parts": [first.id, second.id, third.id],
                                         "exhaustive": True}, how, total,
                           "the three industries of the GDP", f"{total.id}_industries"))
    return found


#: A bare numeral after the names it counts: 浙江、山东、江苏三(省).
_NAMES_COUNTED = later(r"[\u4e00-\u9fff]、[\u4e00-\u9fff]")


def _list_size(c: DraftClaim) -> bool:
    """The number of the names listed right before it, written with no counter (浙江、山东、江苏三省的
    百强县个数…。其中，浙江30个…): how many names, no total of the counts after it."""
    return c.figure.text[-1:] in "一二两三四五六七八九十" and bool(_NAMES_COUNTED.search(c.label or ""))


def _fourth_part(scope: Scope, third: DraftClaim) -> bool:
    """A level of the industries' unit after the third in its paragraph (第三产业用电量777亿千瓦时；城乡
    居民生活用电量688亿千瓦时): the industries are not all the whole's parts."""
    k = scope.index(third)
    unit = third.figure.quantity.unit  # type: ignore[union-attr]
    return any(c.line == third.line and is_level(c) and same_unit(c, third) and not a_change(c)
               and (unit.dimension != "count" or c.figure.quantity.unit.name == unit.name)  # type: ignore[union-attr]
               for c in scope.claims[k + 1:k + 4])  # (3个行业 after 6162555户 counts other things)


def _named_whole(scope: Scope, k: int, first: DraftClaim) -> DraftClaim | None:
    """The level in the first industry's sentence or the one before that its label names (实有各类
    经营主体7712023户。第一产业实有经营主体723002户…): the whole of the three industries."""
    what = first.label.split("第一产业", 1)[1] if first.label and "第一产业" in first.label else ""
    if len(what) < 2 or first.label.index("第一产业") > 0:
        return None
    a, _ = scope.sentence(first)
    start, _ = scope.sentence(scope.claims[k - 1]) if k and scope.claims[k - 1].figure.start < a \
        else (a, a)
    for c in reversed(scope.in_span(start, first.figure.start)):
        if is_level(c) and exact(c) and not a_change(c) and same_unit(c, first) \
                and c.period == first.period and (c.label or "").replace("各类", "").endswith(what):
            return _whole_of_among(scope, c, first)
    return None


def _whole_of_among(scope: Scope, named: DraftClaim, first: DraftClaim) -> DraftClaim | None:
    """The whole the three industries split when the level their label names is the one 其中 part of
    its full sentence, to 。 (固定资产投资累计完成50.63亿元…，其中房地产开发项目累计完成投资21.77亿元。…
    第一产业完成投资1.76亿元): the total stated before that 其中, not the part singled out. None when the 其中
    lists more parts (其中，城镇…21844亿元…；农村…4238亿元: the industries may split either)."""
    a = max(scope.plain.rfind(ch, 0, named.figure.start) for ch in "。！？\n") + 1
    b = min((at for ch in "。！？\n" if (at := scope.plain.find(ch, named.end)) >= 0),
            default=len(scope.plain))
    among = scope.plain.rfind("其中", a, named.figure.start)
    if among < 0:
        return named
    level = [c for c in scope.in_span(among, b) if is_level(c) and not a_change(c) and same_unit(c, first)]
    if level != [named]:
        return None
    return next((c for c in reversed(scope.in_span(a, among)) if is_level(c) and exact(c)
                 and not a_change(c) and same_unit(c, first) and c.period == first.period), None)


#: The three industries named together before a 分别 list of their figures, and what is counted:
#: 第一、二、三产业新设民营企业, 第一产业、第二产业、第三产业增加值, 三次产业增加值.
_ALL_THREE = later(r"^(?:第一(?:产业)?、第?二(?:产业)?、第?三产业|三次产业|一二三产业)(.*)$")
#: The place and time words that lead the name of a whole (全国新设民营企业).
_WHOLE_LEAD = later(r"^(?:全[国省市区县镇]|本[市区县]|我[国省市区县]|[一二三四]季度|上半年|全年)+")


def _industries_listed(scope: Scope, done: set[int]) -> list[Found]:
    """The three industries' figures in a 分别 list (第一、二、三产业新设民营企业分别为7.6万户、34.9万户、
    161.4万户) make up the level of that name stated before them (全国新设民营企业203.9万户), or the
    GDP for 增加值: stated in the same or the next paragraph (the GDP's, as above), linked further on."""
    found = []
    claims = scope.claims
    for k, first in enumerate(claims[:-2]):
        m = _ALL_THREE.match(first.label or "")
        second, third = claims[k + 1], claims[k + 2]
        if m is None or not is_level(first) or a_change(first) \
                or [second.label, third.label] != [f"{first.label}(2)", f"{first.label}(3)"] \
                or not all(same_unit(c, first) and is_level(c) for c in (second, third)) \
                or (not m.group(1).startswith("增加值") and _fourth_part(scope, third)):
            continue
        what = m.group(1)
        for whole in reversed(claims[:k]):
            if not (is_level(whole) and exact(whole) and same_unit(whole, first)) \
                    or a_change(whole) or whole.period != first.period or not_a_sum(whole.label):
                continue
            label = _WHOLE_LEAD.sub("", whole.label or "")
            gdp = what.startswith("增加值") and bool(_GDP.search(label))
            if gdp or (len(what) >= 2 and label == what):
                break
        else:
            continue
        if id(whole) in done:
            continue
        done.add(id(whole))
        near = first.line - whole.line <= (4 if gdp else 1)  # as the GDP's own 第一产业… lines
        how = "stated" if near and _same_place(scope, whole, first) else "linked"
        found.append(Found("breakdown", {"breakdown": whole.id,
                                         "parts": [first.id, second.id, third.id],
                                         "exhaustive": True}, how, whole,
                           "the three industries of a whole (第一、二、三产业…分别为…)",
                           f"{whole.id}_industries"))
    return found


def _gdp_of_place(scope: Scope, k: int, first: DraftClaim) -> DraftClaim | None:
    """The GDP an earlier paragraph states for the one place the industries' sentence names
    (2021年广东第一产业增加值为5003.66亿元… → 广东…GDP…为124369.67亿元), of the same year."""
    from .duplicate import places_in
    from .points import period_of

    s_start, _ = scope.sentence(first)
    place = places_in(scope.text(s_start, first.figure.start))
    when = period_of(scope, first)
    if len(place) != 1 or when[0] is None:
        return None
    for c in reversed(scope.claims[:k]):
        if c.line == first.line or not (is_level(c) and exact(c) and same_unit(c, first)):
            continue
        a, _ = scope.sentence(c)
        words = (c.label or "") + "|" + scope.text(a, c.figure.start)
        year, *rest = period_of(scope, c)
        if _GDP.search(words) and not not_a_sum(c.label) and places_in(words) == place \
                and year in (None, when[0]) and tuple(rest) == when[1:]:
            return c
    return None


# a year that dates a figure, not one it is compared with (比去年全年提高, 较2019年同期)
_YEAR = later(r"(?<![比较与同])(?:19|20)\d\d(?=年)")
#: A part of the period: a quarter (2024Q3, 三季度, 第三季度 — not 前三季度) or a month.
_PART_OF_PERIOD = later(r"(?:19|20)?\d\dQ[1-4]|(?<![前后上下])第?[一二三四]季度|单季度|"
                        r"(?<![\d\-—～~至到])\d{1,2}月(?![\d日])")
_YEAR_BEFORE = later(r"(?<![比较与同])(?:前一年|上一年|去年)")


def _another_year(total_words: str, between: str) -> bool:
    """Whether the words before a part name a year other than the total's own (or the year
    before), which ends the 其中."""
    if _YEAR_BEFORE.search(between):
        return True
    theirs = _YEAR.findall(between)
    return bool(theirs) and not set(theirs) <= set(_YEAR.findall(total_words))


#: A share of the whole of its measure after a figure: 占签约总额约16.3%, 占总量的, 占比 (not of a wider
#: place's: 占全国总量).
_SHARE_OF_THE_WHOLE = later(r"占(?:比|[^，,；;。\d全省市国]{0,6}?总(?:额|量|数|值|计|体))")


def _a_sibling_section(scope: Scope, total: DraftClaim, a: int) -> bool:
    """Whether the section heading (从产业看) that opens the sentence at ``a`` splits another whole than
    ``total``: the total is in a section of its own (从规模看，…100亿元以上签约项目有7个…；从产业看，…),
    or its clause gives it as a share of the whole of its measure (…有7个、投资额达1055亿元，占签约总额约
    16.3%；从产业看，…第三产业项目有163个…): a part of that whole, which each section splits its own way."""
    if scope.text(a, a + 2) == "其中":
        return False
    opens = _full_start(scope, total.figure.start)
    if _NEW_SECTION.search(scope.text(opens, total.figure.start)):
        return True
    return bool(_SHARE_OF_THE_WHOLE.search(scope.text(total.end, a)))


#: A clause after a semicolon that opens with the date a stock is counted at: 截至10月底, 截止2023年末,
#: 到6月末.
_AS_OF = later(r"[；;]\s*(?:截至|截止|(?:到|至)[^，,；;。]{1,10}?[底末])")


def _dated_anew(total_words: str, between: str) -> bool:
    """Whether the words before a part open a clause after a semicolon with a date of its own, which
    the total's words do not give (全市专利授权量27138件…。其中发明专利4967件…；截至10月底，全市有效发明
    专利42673件…；全市万人发明专利拥有量55.18件): a stock at that date and what follows it, no more parts
    of the total's list."""
    return bool(_AS_OF.search(between)) and not compiled(r"截至|截止").search(total_words)


#: From a count to the rank one thing takes among the things it counts: 个工业园区中排位, 个城市中排名
#: (not a share: 在21个闭店品牌中占比33% is of that whole, read as such).
_FIELD_RANKED = later(r"[^，,。；;：:、！!？?\n\d%]{0,12}?(?:之中|中)[，,]?"
                      r"(?:排名|排位|排在|排|位列|位居|名列|居)")


def _a_field_ranked_in(scope: Scope, c: DraftClaim) -> bool:
    """Whether a count is the size of the field one part is ranked in (其中上饶经济技术开发区主营业务收入
    494.82亿元，在全省100个工业园区中排位第五位): all the field's members, no part of the 其中's total."""
    q = c.figure.quantity
    return q is not None and q.unit.dimension == "count" \
        and bool(_FIELD_RANKED.match(scope.text(c.figure.end, c.figure.end + 24)))


def _per_unit(dimension: str) -> bool:
    """A figure per area or per head (单产6272公斤/公顷, 8.2万元/平方米): no sum of parts; a flow per
    year (产能100万吨/年) may be."""
    return "/" in dimension and not dimension.endswith("/time")


def _parts_after(scope: Scope, k: int, total: DraftClaim) -> tuple[list[DraftClaim], str, str]:
    """The parts a 其中 after ``total`` lists, in its sentence or at the start of the next."""
    s_start, s_end = scope.sentence(total)
    intro = _intro_after(scope, k, total, s_end)
    if intro is not None:
        a, b = intro, _aside_end(scope, intro) or s_end
        because = "其中"
    else:
        a, b = _next_sentence(scope, s_end)  # 存栏43764万头；其中，能繁殖母猪…
        if a >= b or not _SENTENCE_INTRO.match(scope.text(a, min(b, a + 12))):
            s_end = _full_stop(scope, s_end)
            a, b = _next_sentence(scope, s_end)
        for _ in range(_RATE_SENTENCES):  # 总额15247亿元，同比增长14.6%。两年平均增长5.0%。其中，出口…
            if a >= b or _SENTENCE_INTRO.match(scope.text(a, min(b, a + 12))) \
                    or not _rates_only(scope, a, b):
                break
            a, b = _next_sentence(scope, b)
        if a >= b or not _SENTENCE_INTRO.match(scope.text(a, min(b, a + 12))):
            return [], "", ""
        if _NEW_SECTION.search(scope.text(total.end, a)):
            return [], "", ""  # …1533.7亿元；从投资来源看，…。其中: the 其中 splits the new section's whole
        if _a_sibling_section(scope, total, a):
            return [], "", ""  # 从规模看，…有7个…，占签约总额约16.3%；从产业看，…: another split of the whole
        because = scope.text(a, b)[:2]
        b = _profiles_end(scope, a, b)
    listed = (a, b)  # the whole 其中, which a subgroup's levels may fill (_in_parallel)
    if scope.plain[:s_start].rstrip().endswith(("；", ";")):
        # 车险2.81亿件；寿险…0.63亿件；其中普通寿险3475.76万件；健康险17.51亿件: the total is one item
        # of a list, and its 其中 ends with the first part's item
        stop = compiled(r"[；;]").search(scope.plain, _first_part_end(scope, a, b), b)
        b = stop.start() if stop else b
    parts: list[DraftClaim] = []
    dated = False  # whether the first part names a part of the period (其中一季度…)
    others = _other_names(scope, total, s_start)
    split: tuple[DraftClaim, int] | None = None  # the part whose own split is being read, and where
    for c in scope.in_span(a, _full_stop(scope, b) if intro is not None else b):
        if c is total or (parts and _inside_brackets(scope.text(parts[-1].end, c.figure.start))):
            continue  # 执业医师1390人（全科25人）: a part of a part
        if split is not None:
            if not _SEMICOLON.search(scope.text(split[1], c.figure.start)):
                split = (split[0], c.end)
                continue  # 其中医院3.4万个，在医院中有公立医院1.2万个，民营医院2.2万个: the part's own parts
            if name(c).endswith(name(split[0])) or c is not _next_after(scope, split[1], c):
                break  # …；民营医院…: still one of the part's own parts
            split = None  # …；基层医疗卫生机构96.0万个: the list of the total's parts goes on
        elif parts and (_NESTED.search(scope.text(parts[-1].end, c.figure.start))
                        or in_a_part(parts, scope.text(parts[-1].end, c.figure.start))):
            if _SEMICOLON.search(scope.text(parts[-1].end, c.figure.start)) or not name(parts[-1]):
                break  # a 其中 of a part, or 谷物中冬小麦 after 谷物: the part's own breakdown
            split = (parts[-1], c.end)
            continue
        elif c.figure.start >= b:
            if intro is None or not (_runs_on(scope, total, parts, c) or _colon_list(scope, total, parts, c)):
                break  # the clause after the 其中's: only a part's own split runs the list on over it
            stop = compiled(r"[；;。！？\n]").search(scope.plain, c.end)
            b = stop.start() if stop else len(scope.plain)
        between = scope.text((parts[-1] if parts else total).end, c.figure.start)
        if _another_year(scope.text(s_start, total.figure.start), between):
            break  # 2019年出生人口1465万人，其中…，前一年数据显示2018年出生人口1523万人: another year
        if parts and _dated_anew(scope.text(s_start, total.figure.start), between):
            break  # 专利授权量27138件。其中发明专利4967件…；截至10月底，全市有效发明专利42673件: a stock
        if _a_field_ranked_in(scope, c):
            continue  # 其中上饶经济技术开发区…，在全省100个工业园区中排位第五位: the field of a rank
        if parts and _PART_OF_PERIOD.search(between) and not dated:
            break  # 前三季度…73.13GW 其中组件出货67.65GW…5.48GW 2024Q3组件出货23.85GW: one quarter's
        dated = dated if parts else bool(_PART_OF_PERIOD.search(between))  # 其中一季度…，二季度…
        if parts and sibling(total, c) and name(parts[0])[:2] != name(c)[:2]:
            break  # 在园幼儿…，其中城区幼儿…，农村幼儿…，在园教职工2171人: the list has ended (not
            # 新设经营主体…，其中，新设企业…；新设个体工商户…: the parts open with the total's verb)
        if _beyond_kind(total, c):
            break  # 粮食种植面积…其中，小麦…；玉米…；油料…: crops beside grain, the list has ended
        if _within_a_counted_place(scope, total, c):
            break  # 分布在全国21个省份。其中，浙江25个、贵州10个: counties in each province, no provinces
        if parts and _SEMICOLON.search(between) and _a_sibling_by_its_share(scope, total, c):
            break  # 190家公司預喜，占比82.25%。其中，129家預增…；預憂公司40家，占比17%: the total's sibling
        if parts and _a_total_of_its_own(scope, total, parts, c):
            break  # 专任教师4011人，其中：中学专任教师…，小学专任教师…，在校学生62576人，其中…: another total
        if _other_measure(total, c):
            break  # 总投资107亿元，其中…总投资66.31亿元、…年可实现产值127亿元: another measure
        if _next_line(scope, parts[-1].end if parts else a, c) and not _same_head(total, c):
            break  # 投行业务收入14.45亿元…，其中境外业务收入同比增长75.66%…\n…前八个月承销金额225.82亿元
        if a_net_amount(c) and not a_net_amount(total) and not (not parts and _counted_firms(c, total)):
            break  # 进出口3.3万亿元。其中，出口…；进口…；贸易顺差9000亿元: a balance of the parts; 其中沪市
            # 388家，深市333家，亏损中报62家: firms counted by their loss, another split
        if _COMPARED_OBJECT.search(scope.text(scope.clause(c)[0], c.figure.start)):
            continue  # 其中…增幅分别高于东部沿海33个国家级开发区0.74和19.33个百分点: the other group
            # compared, not a part
        if same_unit(c, total) and name(c) in others:
            continue  # 总投资82.3亿元、年度投资20.4亿元，其中…总投资43.3亿元: the other level's part
        if _a_compared_base(scope, c) and not _earlier(scope, total):
            continue  # 其中福利彩票销售额为1747.84亿元，与2020年的2553.98亿元相比减少了…: the part's
            # level a year before, no part of this year's total
        if is_level(c) and c.figure.quantity.qualifier in _TWO_SIDED and not a_change(c) \
                and not _per_day(scope, c) \
                and ((same_unit(c, total) and same_counter(c, total)) or _counted_part(c, total)) \
                and not _another_thing(scope, total, c):
            parts.append(c)
    parts = _without_the_groups_measures(scope, total, parts)
    if intro is None and parts and _an_earlier_level_again(scope, total, parts[0], a):
        return [], "", ""
    if dated and parts and _counted_in_a_state(scope, total, parts[0]):
        return [], "", ""
    if intro is None:
        aligned = _in_parallel(scope, total, (_full_start(scope, s_start), s_end), listed)
        if aligned is not None:
            return aligned, "stated", because
        profiles = _profiles(scope, a, b)
        if not profiles and _last_of_a_list(scope, total, s_start, parts):
            return [], "", ""  # 共有义务教育学校241所,小学213所;初中18所,…特殊教育学校1所。其中实施营养
            # 改善计划学校241所: the 其中 may split the list's whole as well as its last item (profiles
            # split each level of the list their groups name)
        if _total_of_sentence(scope, total, s_start, s_end, parts, profiles) is not total:
            return [], "", ""
    parts = _one_measure_per_group(scope, total, parts, a, intro is None and _profiles(scope, a, b))
    return parts + _other_half(scope, total, parts, b), "stated", because


#: The words from a figure to its share: 占比17%, 公司預喜，占比82.25%, 占全部的35%.
_TO_ITS_SHARE = later(r"[^\d，,；;。]{0,8}[，,]?\s*占(?:比|[^\d，,；;。]{0,8}?)?(?:为|达)?")


def _share_after(scope: Scope, c: DraftClaim) -> DraftClaim | None:
    """The share a figure is given right after it (预忧公司40家，占比17%; 190家公司預喜，占比82.25%)."""
    k = scope.index(c) + 1
    after = scope.claims[k] if k < len(scope.claims) else None
    if after is None or not is_share(after) or not _TO_ITS_SHARE.fullmatch(
            scope.text(c.end, after.figure.start)):
        return None
    return after


def _a_sibling_by_its_share(scope: Scope, total: DraftClaim, c: DraftClaim) -> bool:
    """A figure with a share of its own that is of the whole the total's own share is of, and not
    of the total (231家公司中，190家公司預喜，占比82.25%。其中，129家預增…；預憂公司40家，占比17%: 40家
    is 17% of 231, not of 190): the total's sibling, no part of it."""
    mine, its = _share_after(scope, c), _share_after(scope, total)
    if mine is None or its is None or not is_level(c) or not same_unit(c, total):
        return False
    value, whole = c.figure.quantity.interval, total.figure.quantity.interval  # type: ignore[union-attr]
    of_mine = value / mine.figure.quantity.interval  # type: ignore[union-attr]
    of_its = whole / its.figure.quantity.interval  # type: ignore[union-attr]
    return of_mine.intersects(of_its) and not of_mine.intersects(whole)


def _runs_on(scope: Scope, total: DraftClaim, parts: list[DraftClaim], c: DraftClaim) -> bool:
    """Whether a clause after a semicolon goes on with the 其中's list of parts: it opens with a
    name and the words the total and its first part end with, a measure (公路项目完成投资1313.8亿元，
    …，其中，高速公路完成投资970.6亿元…；普通国省道完成投资197.2亿元…；农村公路完成投资146.0亿元),
    right after the semicolon, and the parts so far were one each per clause."""
    if not parts or not (is_level(c) and same_unit(c, total) and exact(c)) or a_change(c):
        return False
    whole, first, own = name(total), name(parts[0]), name(c)
    head = _common_end(whole, first)
    if len(head) < 4 or measure(head) is None or own == whole or not own.endswith(head) \
            or len(own) <= len(head) or any(not name(p).endswith(head) for p in parts):
        return False  # 收入, 业投资: a measure's word, which the total's siblings end with too
    opens = _full_start(scope, total.figure.start)
    if len(_common_end(own, whole)) > len(head) or scope.plain[:opens].rstrip().endswith(("；", ";")) \
            or _SEMICOLON.search(scope.text(opens, total.figure.start)):
        return False  # 第二产业投资…，其中制造业投资…；第三产业投资…: the total's sibling, no part
    if _A_PLACE_NAME.search(own[:-len(head)]):
        return False  # 南京市完成投资…，其中…；苏州市完成投资200亿元: another place's total, no part
    semicolon = max(scope.plain.rfind(ch, parts[-1].end, c.figure.start) for ch in "；;")
    return semicolon >= 0 and scope.text(semicolon + 1, c.figure.start) == own


#: 其中 and a colon: a list announced, to run to the full stop (其中:小学312所;初级中学32所;…).
_COLON_INTRO = later(r"其中[：:]")
#: A clause that is a kind's name alone before its figure (初级中学, 普通高中, 特殊教育学校): no verb, no
#: time, no whole (全县, 共, 合计), no change.
_KIND_ALONE = later(r"^[\u4e00-\u9fff（）()]{2,12}$")
_NOT_A_KIND = later(r"全|共|合计|总|新|增|减|年|月|比|较|其|另|此外|同时|还|有|为|达|是|完成|实现")


def _colon_list(scope: Scope, total: DraftClaim, parts: list[DraftClaim], c: DraftClaim) -> bool:
    """Whether a clause after a semicolon goes on with a list that 其中 and a colon announce: the
    clause is a kind's name and its figure alone (全县现有公办中小学校349所,在校生156928人,其中:小学
    312所,学生91635人;初级中学32所,学生44949人;普通高中2所,…), never a place's name nor a new total."""
    if not parts or not (is_level(c) and same_unit(c, total) and same_counter(c, total) and exact(c)) \
            or a_change(c) or not _COLON_INTRO.search(scope.text(total.end, parts[0].figure.start)):
        return False
    opens = _full_start(scope, total.figure.start)
    if scope.plain[:opens].rstrip().endswith(("；", ";")) \
            or _SEMICOLON.search(scope.text(opens, total.figure.start)):
        return False  # …；羊存栏20409只，其中：山羊1403只；绵羊19006只；禽存栏188399只: the total's sibling
    semicolon = max(scope.plain.rfind(ch, parts[-1].end, c.figure.start) for ch in "；;")
    own = scope.text(semicolon + 1, c.figure.start) if semicolon >= 0 else ""
    shared = len(_common_end(own, name(total)))
    if shared >= 3 and shared > max(len(_common_end(name(p), name(total))) for p in parts):
        return False  # 一般公共预算收入…其中：税收收入…；非税收入…；政府性基金预算收入: another budget
    return bool(_KIND_ALONE.match(own)) and not _NOT_A_KIND.search(own) \
        and not _A_PLACE_NAME.search(own)


#: The noun of a count of places, right after its counter (21个省份, 5座城市, 12个县).
_PLACES_COUNTED = later(r"\s*(?:个|座)?(?:省份|省区市|省市区|省|城市|地市|市|县|区县|县区|区|国家|地区)")


def _within_a_counted_place(scope: Scope, total: DraftClaim, c: DraftClaim) -> bool:
    """Whether a part is the count of one of the places its total counts (21个省份。其中，浙江25个):
    it counts the things in that place, another noun, never the places themselves."""
    counted = total.figure.quantity.unit.dimension == "count"  # type: ignore[union-attr]
    return counted and _PLACES_COUNTED.match(scope.plain, total.figure.end) is not None \
        and is_place_name(scope.before(c).removeprefix("其中").lstrip("，,：: "))


#: A name that ends as a place's does (苏州市, 海淀区, 江苏省): no kind of a total's things.
_A_PLACE_NAME = later(r"[省市县区州镇乡]$")


def _common_end(a: str, b: str) -> str:
    """The words two names end with (完成投资 of 公路项目完成投资 and 高速公路完成投资)."""
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return a[len(a) - n:]


def _without_the_groups_measures(scope: Scope, total: DraftClaim,
                                 parts: list[DraftClaim]) -> list[DraftClaim]:
    """The parts without the counts of another kind of thing that measure the things the total
    counts: after a part counted as the total is (精神疾病服务机构共有261个。其中社会福利医院155个，
    床位数4.5万张…；复退军人精神病院106个，床位数2.9万张: each kind's beds, no institutions), or
    counted as the threshold the total's things pass (发明专利超过万件的有6家公司，…，其中中兴通讯拥有
    发明专利5.1万件: a firm's patents, no firms). A count of its own first stays a part (饮水安全工程
    41处，其中打井34眼、引泉7处: the wells are works)."""
    if total.figure.quantity.unit.dimension != "count":  # type: ignore[union-attr]
        return parts
    counter = total.figure.quantity.unit.name  # type: ignore[union-attr]
    c_start, _ = scope.clause(total)
    thresholds = {c.figure.quantity.unit.name for c in scope.in_span(c_start, total.figure.start)
                  if c.figure.quantity is not None and c.figure.quantity.qualifier is not None}
    out, opened = [], False
    for p in parts:
        own = p.figure.quantity.unit.name  # type: ignore[union-attr]
        if own == counter:
            opened = True
        elif own not in ANY_THING and (opened or own in thresholds):
            continue
        out.append(p)
    return out


#: A state things are counted in (行业实现增长, 企业亏损): a month's count of them is no part of the
#: count over the months (其中，7月份有23个行业实现增长 after 1—7月…21个行业…实现增长).
_A_STATE = later(r"[^，,。；;\d%]{0,8}?(?:实现增长|增长|下降|持平|亏损|盈利|回升|回落|上涨|下跌|扭亏)")


def _counted_in_a_state(scope: Scope, total: DraftClaim, first: DraftClaim) -> bool:
    """Whether a 其中 dated by a month or a quarter counts things in a state, as its total does (the
    state right after each count: 23个行业实现增长): the part's period holds its own count, bounded
    by nothing the total's period counts (events, 新增/上市 …, are no state: a month's new firms are
    some of the year's, whatever rate follows them)."""
    q = total.figure.quantity
    if q is None or q.unit.dimension != "count":
        return False
    return bool(_A_STATE.match(scope.plain, first.figure.end)) and \
        bool(_A_STATE.match(scope.plain, total.figure.end))


def _an_earlier_level_again(scope: Scope, total: DraftClaim, first: DraftClaim, a: int) -> bool:
    """Whether a sentence-opening 其中 dates its first part by a month or a quarter and names it as
    a level its paragraph states before the total, not as the total (1-8月份…消费品零售额3068.8亿元…
    按消费类型分，商品零售…；餐饮收入113.5亿元…。其中，8月份…消费品零售额387.7亿元): that level
    again, for a part of its period — no part of the last item of the split between."""
    own = name(first)
    if not own or own == name(total) or not _PART_OF_PERIOD.search(scope.text(a, first.figure.start)):
        return False
    paragraph = scope.plain.rfind("\n", 0, total.figure.start) + 1
    return any(c is not total and name(c) == own and is_level(c) and same_unit(c, total)
               for c in scope.in_span(paragraph, total.figure.start))


def _signature(scope: Scope, a: int, b: int) -> tuple[tuple[object, str], ...]:
    """The units and counters of the figures of a sentence, in order (所, 人, 人)."""
    return tuple((q.unit.key, q.unit.name) for c in scope.in_span(a, b)
                 if (q := c.figure.quantity) is not None)


def _profiles(scope: Scope, a: int, b: int) -> bool:
    """Whether a 其中 lists groups each opened by its count, the same measures after each (其中，幼儿园
    7608所，在园幼儿253.90万人，专任教师15.94万人。小学4151所，在校生572.64万人，专任教师33.21万人。)."""
    figures = [c for c in scope.in_span(a, b) if c.figure.quantity is not None]
    counts = [c for c in figures if c.figure.quantity.unit.dimension == "count"]  # type: ignore[union-attr]
    return len(counts) >= 4 and counts[0] is figures[0] \
        and sum(1 for c in counts if same_counter(c, counts[0])) >= 2 \
        and any(not same_counter(c, counts[0]) for c in counts)


#: What opens a profile: the group's name, then its count (小学4151所, 特殊教育学校104所).
_PROFILE_NAME = later(r"^[\u4e00-\u9fff]{1,10}$")


def _profiles_end(scope: Scope, a: int, b: int) -> int:
    """The end of a 其中 of profiles: its first sentence opens with a count (幼儿园7608所) that figures
    of another counter follow (在园幼儿…万人，专任教师…万人); the sentences right after it in the
    paragraph that open with a name and a count and hold the same units in the same order (小学4151所，
    在校生…万人，专任教师…万人。初中…) are its next groups. Else ``b``."""
    first = _signature(scope, a, b)
    figures = scope.in_span(a, b)
    if len(first) < 2 or figures[0].figure.quantity.unit.dimension != "count" \
            or all(same_counter(c, figures[0]) for c in figures[1:]):  # type: ignore[union-attr]
        return b
    end = b
    while True:
        start, stop = _next_sentence(scope, end)
        group = scope.in_span(start, stop)
        if start >= stop or not group or _signature(scope, start, stop) != first \
                or not _PROFILE_NAME.match(scope.text(start, group[0].figure.start)):
            return end
        end = stop


def _last_of_a_list(scope: Scope, total: DraftClaim, s_start: int, parts: list[DraftClaim]) -> bool:
    """Whether the total closes a list of three or more levels of its unit and counter in its
    sentence (学校241所,小学213所;初中18所,…特殊教育学校1所), the 其中's parts named as none of
    them (a 其中 of 专任教师 after 招生…，在校生…，专任教师79.55万人 splits the teachers); a level
    stated again (共有32个城市…这32个城市) is one level."""
    if any(name(p) == name(total) for p in parts):
        return False
    levels = {c.figure.quantity.value for c in scope.in_span(s_start, total.figure.start)  # type: ignore[union-attr]
              if is_level(c) and not a_change(c) and same_unit(c, total) and same_counter(c, total)}
    levels.discard(total.figure.quantity.value)  # type: ignore[union-attr]
    return len(levels) >= 2


_SEMICOLON = later(r"[；;]")


def _next_after(scope: Scope, end: int, c: DraftClaim) -> DraftClaim:
    """The first figure after ``end`` (``c`` when none stands between)."""
    return next(iter(scope.in_span(end, c.figure.end)), c)


#: How many sentences of the total's rates may stand between the total and its 其中.
_RATE_SENTENCES = 2


def _next_line(scope: Scope, end: int, c: DraftClaim) -> bool:
    """Whether a line ends between ``end`` (the 其中 or the part before) and the figure (lines
    that end with no stop read on as one sentence: a bulleted summary, or a hard-wrapped one)."""
    return "\n" in scope.plain[end:c.figure.start]


def _same_head(total: DraftClaim, c: DraftClaim) -> bool:
    """A part on the next line names the total's measure (收入 … 收入) or ends as its name does:
    a hard-wrapped 其中 list goes on; another line of another measure (承销金额 after 投行业务收入)
    is the next item of a summary, no part."""
    kind = measure(total.label)
    if kind is not None and measure(c.label) == kind:
        return True
    whole, part = name(total), name(c)
    return bool(whole) and part[-1:] == whole[-1:]


def _rates_only(scope: Scope, a: int, b: int) -> bool:
    """A sentence that only adds rates, shares or ranks to the level before it (两年平均增长5.0%。):
    it states no level of another measure, so a 其中 after it still splits that level."""
    figures = scope.in_span(a, b)
    return bool(figures) and not _NESTED.search(scope.text(a, b)) \
        and not _NEW_SECTION.search(scope.text(a, b)) \
        and all(c.figure.is_rate or c.figure.quantity is None  # type: ignore[union-attr]
                or c.figure.quantity.unit.dimension in ("ratio", "pp", "rank", "factor")
                for c in figures)


def in_a_part(parts: list[DraftClaim], between: str) -> bool:
    """Whether the clause before the next figure opens with the name of a part listed and 中
    (其中谷物产量…；谷物中冬小麦产量…): that figure is inside the part, not beside it."""
    m = _IN_A_PART.search(between)
    return m is not None and any(name(p).startswith(m.group(1)) for p in parts)


#: Bound words that set a lower or an upper threshold (超20亿元, 90%以上 / 不足100亿元, 以下).
_THRESHOLD_SIDE = {"more-than": "lo", "reached": "lo", "at-least": "lo", "at-most": "hi", "under": "hi"}


def _unnested(scope: Scope, group: list[DraftClaim]) -> list[list[DraftClaim]]:
    """The parts of a count, each its own breakdown when two of them count the members over (or
    under) a threshold of one measure on the same side (其中47只发行规模超20亿元，有12只吸金超50亿元):
    those over 50亿 are among those over 20亿, so the parts nest and do not add up; each is still
    at most the whole. Thresholds on both sides (超1000亿元, 不足100亿元) part the members."""
    if len(group) < 2 or group[0].figure.quantity.unit.dimension != "count":  # type: ignore[union-attr]
        return [group]
    sides = [_threshold_side(scope, p) for p in group]
    seen = [s for s in sides if s is not None]
    if len(seen) < 2 or len(set(seen)) == len(seen):
        return [group]
    return [[p] for p in group]


#: Kinds of firm that overlap when listed together: a 国有控股 firm is a 国有企业 or a 股份制 firm
#: by registration, a 私营 firm is often 股份制 too, and 私营 firms are 民营 (国有控股 beside 民营, or
#: 国有 / 外商投资 / 民营 in trade, part the whole).
_ACROSS = (("国有控股", "国有企业"), ("国有控股", "股份制"), ("私营", "股份制"), ("民营", "私营"))

#: The axes that classify firms (and schools, hospitals, industries): the kinds on one axis part
#: their whole (大型、中型、小型; 国有、民营、外资; 工业、建筑业、批发业), kinds of two axes overlap (a
#: 规上工业企业 may be a 高新技术企业 and 上市). Each certification and each theme that cuts across the
#: industries (高技术制造业, 装备制造业) is an axis of its own: a firm may hold several; so are the
#: classes of traded goods (机电产品, 高新技术产品, 劳动密集型产品: a good may be in several).
_AXES = tuple((axis, later(words)) for axis, words in (
    ("size", r"规模以上|规上|规模以下|规下|限额以上|限上|资质以上|大型|中型|小型|微型|大中型|中小|小微"),
    ("ownership", r"国有|国企|集体|民营|民企|私营|外资|外商|港澳台|股份制|股份合作|内资|混合所有制|公办|"
                  r"民办|公立"),
    ("listing", r"上市|挂牌|新三板"),
    ("hitech", r"高新技术|高企"), ("specialised", r"专精特新"), ("little-giant", r"小巨人"),
    ("gazelle", r"瞪羚"), ("unicorn", r"独角兽"), ("tech-sme", r"科技型|创新型"),
    ("champion", r"单项冠军"), ("leading", r"龙头"), ("ranked", r"\d+强|[百千]强"),
    ("certified", r"认证|认定|示范"),
    ("high-tech-industry", r"高技术"), ("equipment", r"装备制造"), ("strategic", r"战略性新兴"),
    # goods in trade: 高新技术产品 are mostly 机电产品, and 劳动密集型产品 cut across both
    ("electromechanical", r"机电"), ("labour-intensive", r"劳动密集型"),
    ("industry", r"工业|制造业|建筑业|批发|零售|住宿|餐饮|房地产|服务业|交通运输|金融|采矿|商贸|物流"),
    ("grade", r"[一二三]级|[二三][甲乙]"),
    ("stage", r"幼儿园|小学|初中|高中|中职|中专|高校|大学|九年一贯"),
))


def _axes(part: DraftClaim) -> frozenset[str]:
    """The axes a part's name classifies it on (规上工业企业: size and industry)."""
    return _axes_of(name(part))


def _axes_of(words: str) -> frozenset[str]:
    return frozenset(axis for axis, pattern in _AXES if pattern.search(words))


def _one_axis(group: list[DraftClaim]) -> bool:
    """Whether every part is named as a kind on one and the same axis (国有企业, 民营企业: ownership),
    so that they part their whole: two of them over half of it is a slip, not an overlap."""
    axes = {_axes(p) for p in group}
    return len(axes) == 1 and len(next(iter(axes))) == 1


def kinds_cross(names: list[str]) -> bool:
    """Names of kinds of firm by ownership that overlap (国有控股 beside 股份制 or 国有企业; 私营 beside
    股份制 or 民营): one firm may be counted under two of them."""
    return len(names) > 1 and any(all(any(w in n for n in names) for w in words) for words in _ACROSS)


def kinds_overlap(names: list[str]) -> bool:
    """Names of kinds that overlap: by ownership (国有控股 and 股份制) or on different axes (上市 and
    高新技术)."""
    if kinds_cross(names):
        return True
    return len({axes for n in names if (axes := _axes_of(n))}) > 1


def _apart(group: list[DraftClaim]) -> list[list[DraftClaim]]:
    """The parts of a 其中 that overlap: kinds of firm by ownership that overlap (其中：国有及国有控股
    企业…；国有企业…；股份制企业…), or kinds on different axes (其中规上工业企业1.13万家，国家级高新技术
    企业7387家; 上市公司…，专精特新小巨人…，国家高新技术企业…): each alone, at most the whole, never
    summed."""
    if kinds_cross([name(p) for p in group]):
        return [[p] for p in group]
    pair = _halves_among(group)
    if pair is not None:
        return [pair, *[[p] for p in group if p not in pair]]
    if len({axes for p in group if (axes := _axes(p))}) > 1:
        return [[p] for p in group]
    return [group]


def _halves_among(group: list[DraftClaim]) -> list[DraftClaim] | None:
    """The two halves of the whole among more parts of a 其中 (其中，外贸货物吞吐量34397万吨…；沿海港口完成
    95315万吨…；内河港口完成13132万吨: 沿海 and 内河 make up the ports' throughput, 外贸 is a part of it
    by trade): the halves are one split of the whole, every other part one of another split, alone
    at most the whole. One pair only: two pairs (男/女 and 城镇/乡村) are left to the semicolons; so is
    a part named like the halves (内资企业, 外资企业, 港澳台资企业: a third kind of the same split)."""
    if len(group) < 3:
        return None
    pairs = [[a, b] for i, a in enumerate(group) for b in group[i + 1:] if halves(name(a), name(b))]
    if len(pairs) != 1:
        return None
    rest = _common_end(name(pairs[0][0]), name(pairs[0][1]))
    if rest and any(name(p).endswith(rest) for p in group if p not in pairs[0]):
        return None
    return pairs[0]


def _over_half(total: DraftClaim, group: list[DraftClaim]) -> list[list[DraftClaim]]:
    """The parts of a 其中, each alone at most the whole, when two of them are each over half of
    it (出境16921万人次。其中因私出境16211万人次；赴港澳台出境10237万人次): a partition has at most one
    part over half, so these are subsets by two criteria that overlap, and their sum says nothing.
    Parts named as the whole's halves, its three industries or kinds on one axis (国有企业, 民营企业)
    are a partition whatever their size;
    several parts over the whole leave the list as it is (the whole is then the suspect)."""
    if len(group) < 2 or _industries(total, group) or _complements(group) or _one_axis(group):
        return [group]
    whole = total.figure.quantity.interval  # type: ignore[union-attr]
    if whole.hi is None or not all(same_unit(p, total) for p in group):
        return [group]
    lows = [p.figure.quantity.interval.lo for p in group]  # type: ignore[union-attr]
    if sum(lo is not None and lo > whole.hi for lo in lows) > 1:
        return [group]  # several parts over the whole: the whole is the suspect, one finding
    over = [lo for lo in lows if lo is not None and 2 * lo > whole.hi]
    return [[p] for p in group] if len(over) >= 2 else [group]


def _threshold_side(scope: Scope, part: DraftClaim) -> tuple[str, str] | None:
    """The side and the unit of the threshold a counted part's clause sets (47只发行规模超20亿元,
    出租率达90%以上的有73家), None when it sets none."""
    for c in scope.in_span(*scope.clause(part)):
        q = c.figure.quantity
        side = _THRESHOLD_SIDE.get(q.qualifier or "") if q is not None else None
        if c is not part and side is not None and not same_unit(c, part):
            return side, q.unit.key  # type: ignore[union-attr]
    return None


def _one_measure_per_group(scope: Scope, total: DraftClaim, parts: list[DraftClaim],
                           a: int, profiles: bool = False) -> list[DraftClaim]:
    """The parts of a 其中 that lists groups by their count (其中亿元以上项目46个，总投资326.37亿元，年度
    计划完成投资49.19亿元，完成投资30.1亿元; 专任教师79.55万人。其中，幼儿园7608所，在园幼儿253.90万人，
    专任教师15.94万人): the figures after one count are that group's measures, of which only the one
    named as the total is its part; none when the names do not tell."""
    groups: dict[int, list[DraftClaim]] = {}
    start = a
    for p in parts:
        counts = [c for c in scope.in_span(start, p.figure.start) if c.figure.quantity is not None
                  and c.figure.quantity.unit.dimension == "count"
                  and not (same_unit(c, total) and same_counter(c, total))]  # 幼儿园7608所 before
        # 在园幼儿253.90万人，专任教师15.94万人: schools count the group whose people follow
        key = counts[-1].figure.start if counts else (max(groups) if groups else -1)
        groups.setdefault(key, []).append(p)
        start = p.end
    if -1 in groups or all(len(g) == 1 for g in groups.values()):
        return parts  # no group counted, or one amount for each
    out = []
    for g in groups.values():
        named = [p for p in g if name(p) == name(total)] if len(g) > 1 else g
        out.extend(named if len(named) == 1 else [])
    return out if not profiles else _at_the_same_place(total, list(groups.values()), out)


def _at_the_same_place(total: DraftClaim, groups: list[list[DraftClaim]],
                       named: list[DraftClaim]) -> list[DraftClaim]:
    """The parts of profiles whose groups hold as many figures: a group that names none of its figures
    as the total gives the one at the place the others give theirs (在园幼儿253.90万人 where the other
    school types give 在校生), when at least two groups agree on that place and none differs."""
    places = {g.index(p) for g in groups for p in g if p in named}
    if len(places) != 1 or len({len(g) for g in groups}) != 1 or len(named) < 2:
        return named
    place = places.pop()
    return [g[place] for g in groups]


def _other_half(scope: Scope, total: DraftClaim, parts: list[DraftClaim], end: int) -> list[DraftClaim]:
    """The other half of a whole after a semicolon, when a 其中 names one half (其中城镇户籍人口
    238.01万人，…；乡村户籍人口341.65万人) or one of a pair that makes it up (进出口总值9.89万亿元，
    其中出口达5.4万亿元，增长10%；进口达4.49万亿元): the first level of the total's unit after the ；."""
    if len(parts) != 1 or not compiled(r"^[；;]").match(scope.plain[end:end + 1]):
        return []
    _, b = scope.sentence_of_offsets(end + 1, end + 1)
    after = [c for c in scope.in_span(end + 1, b) if is_level(c) and same_unit(c, total)]
    if not after or not exact(after[0]) or a_change(after[0]) or not (
            _complements([parts[0], after[0]]) or _pair(total, [parts[0], after[0]])):
        return []
    return after[:1]


def _in_parallel(scope: Scope, total: DraftClaim, sentence: tuple[int, int],
                 listed: tuple[int, int]) -> list[DraftClaim] | None:
    """The parts of ``total`` when a sentence states several levels and the 其中 after it gives
    each group the same levels in the same order (总条目1235条，…修改88条。其中，全国目录480条，…修改
    51条；中西部目录755条，…修改37条): the parts at the total's place in each group; a 分别 list
    after a 分别 list of as many levels, item by item. None when the sentence states one level,
    or the groups do not line up."""
    def level(c: DraftClaim) -> bool:  # 13659.6万吨（2731.9亿斤）: the same level in other units
        return is_level(c) and exact(c) and same_unit(c, total) and not a_change(c) \
            and not scope.aside(c)

    levels = [c for c in scope.in_span(*sentence) if level(c)]
    if len(levels) < 2 or total not in levels:
        return None
    parts = [c for c in scope.in_span(*listed) if level(c)]
    under = _named_under(levels, parts)
    if under is not None:
        # 总诊疗人次95.5亿…；入院人次30187.3万…。其中，医院总诊疗人次42.6亿，入院人次24500.1万: each
        # part under the level whose name it ends with; a subgroup may restate a few of the levels
        # (增加值31.87亿元…利润总额1.66亿元；税金2.27亿元。其中：“10强”企业…增加值26.41亿元…税金1.7亿元)
        return [p for p, i in zip(parts, under, strict=True) if levels[i] is total]
    groups = _semicolon_groups(scope, parts)
    if len(groups) == 1 and len(parts) == len(levels) and "分别" in scope.text(*sentence) \
            and "分别" in scope.text(*listed):
        # 产销量分别为50.4万辆和49.6万辆。其中，乘用车产销量分别为43.4万辆和42.8万辆: item by item
        return [parts[levels.index(total)]]
    if len(groups) < 2 or any(len(g) != len(levels) for g in groups):
        return None
    return _by_role(scope, total, levels, groups)


def _by_role(scope: Scope, total: DraftClaim, levels: list[DraftClaim],
             groups: list[list[DraftClaim]]) -> list[DraftClaim] | None:
    """Each group's level in the total's place, read by its role when the groups write the earlier
    level first and the total's sentence last (达到76420万人，比2002年的73280万人…其中，城镇…由2002年的
    25159万人增加到35914万人): the one level of each group that is, or is not, the earlier one as the
    total is; by place when the roles agree; None when they leave it open."""
    at = levels.index(total)
    role = _earlier(scope, total)
    if all(_earlier(scope, g[at]) == role for g in groups):
        return [g[at] for g in groups]
    if sum(_earlier(scope, c) == role for c in levels) != 1:
        return None
    chosen = [[c for c in g if _earlier(scope, c) == role] for g in groups]
    return [g[0] for g in chosen] if all(len(g) == 1 for g in chosen) else None


#: The words before a level that make it the earlier one of a pair: the level a change starts from
#: (由2002年的25159万人增加到35914万人, 从…) or the one compared with (比2002年的73280万人增加…).
_FROM_LEVEL = later(r"(?:(?:由|从)[^，,；;。：:]{0,10}?|(?:比|较|与|同)[^，,；;。：:]{0,10}?的)$")


#: The words before a level that make it the one another is compared with: 与2020年的, 比上年的,
#: 相比于2020年的 (not 由/从, which open a change, nor 从赣江出境水量, a place).
_COMPARED_BASE = later(r"(?:比|较|与|同)[^，,；;。：:]{0,10}?的$")


def _a_compared_base(scope: Scope, c: DraftClaim) -> bool:
    """Whether ``c`` is the level its clause compares another with (与2020年的2553.98亿元相比)."""
    a, _ = scope.clause(c)
    return bool(_COMPARED_BASE.search(scope.text(max(a, c.figure.number_start - 12), c.figure.number_start)))


def _earlier(scope: Scope, c: DraftClaim) -> bool:
    """Whether ``c`` is the earlier level of a pair its clause states (its start or its base)."""
    a, _ = scope.clause(c)
    return bool(_FROM_LEVEL.search(scope.text(max(a, c.figure.number_start - 12), c.figure.number_start)))


def _named_under(levels: list[DraftClaim], parts: list[DraftClaim]) -> list[int] | None:
    """The level each of two or more parts is named as, in the levels' order, or None: the longest
    ending a part's name shares with a level's (两 characters or more) is that level's, and no
    other level's; two parts under one level, or out of order, are no parallel."""
    def shared(a: str, b: str) -> int:
        n = 0
        while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
            n += 1
        return n

    under: list[int] = []
    for part in parts:
        ends = [shared(name(part), name(level)) for level in levels]
        best = max(ends, default=0)
        if best < 2 or ends.count(best) > 1 or (under and ends.index(best) <= under[-1]):
            return None
        under.append(ends.index(best))
    return under if len(under) >= 2 else None


def _other_names(scope: Scope, total: DraftClaim, s_start: int) -> set[str]:
    """The names of the other levels of the total's unit before it in its sentence (总投资 before
    年度投资20.4亿元): a part so named is theirs."""
    own = name(total)
    return {n for c in scope.in_span(s_start, total.figure.start) if c is not total and is_level(c)
            and same_unit(c, total) and (n := name(c)) and n != own}


def _other_measure(total: DraftClaim, c: DraftClaim) -> bool:
    """A figure of another measure than the total's (产值 after 总投资)."""
    a, b = measure(total.label), measure(c.label)
    return a is not None and b is not None and a != b


def _a_total_of_its_own(scope: Scope, total: DraftClaim, parts: list[DraftClaim], c: DraftClaim) -> bool:
    """A figure that opens a 其中 of its own and is not named as the parts before it are, each by the
    total's name after its kind (中学专任教师, 小学专任教师 of 专任教师, then 在校学生62576人，其中…): the
    total of another thing, where the list has ended. A part that opens its own split beside parts
    that do not repeat the total's name (学校389所，其中：…小学294所，幼儿园65所，其中公办幼儿园1所) is
    still a part."""
    whole = name(total)
    return len(whole) >= 2 and all(name(p).endswith(whole) and name(p) != whole for p in parts) \
        and not name(c).endswith(whole) and bool(_THEN_QIZHONG.match(scope.plain, c.end))


_OUT = later(r"出(?:[（(][^）)]{1,4}[）)])?境|流出")
_IN = later(r"(?<!出)入(?:[（(][^）)]{1,4}[）)])?境|流入")
#: Totals whose kind leaves out things a bulletin lists right after their parts: 粮食 (谷物、豆类、
#: 薯类) is no 油料, 棉花, 烟叶, 蔬菜…; 大牲畜 (牛、马、驴、骡、骆驼) are no 猪, 羊, 禽; 存款 no 贷款.
_KINDS_LEFT_OUT = ((later(r"粮食"), later(r"油料|棉花|烟叶|蔬菜|瓜果|糖料|茶叶|中药材|花卉|食用菌")),
                   (later(r"大牲畜"), later(r"猪|羊|禽|兔")),
                   # a population is a stock: the year's births, deaths and moves are flows
                   (later(r"人口"), later(r"出生|死亡|迁入|迁出|迁移")),
                   # a bank's deposits and its loans are two balances (各项存款余额11.2亿元，其中居民
                   # 储蓄存款余额9.1亿元，贷款余额2.5亿元): neither is a part of the other
                   (later(r"存款"), later(r"贷款")), (later(r"贷款"), later(r"存款")),
                   # what flows out and what flows in (赣州市出（市）境水量202.66亿立方米，其中从赣江出境…，
                   # 从珠江出境…，外省流入（市）境水量7.45亿立方米); 出入境 holds both
                   (_OUT, _IN), (_IN, _OUT))


def _beyond_kind(total: DraftClaim, c: DraftClaim) -> bool:
    """A figure of a kind the total's name leaves out (油料种植面积 after 粮食种植面积, 生猪存栏
    after 大牲畜存栏, 出生人口 after 户籍人口, 贷款余额 after 存款余额): the 其中 list has ended, the
    figures after it stand beside the total."""
    whole, part = total.label or "", c.label or ""
    return any(kind.search(whole) and other.search(part) and not other.search(whole)
               for kind, other in _KINDS_LEFT_OUT)


#: The three ways a fiscal revenue is split: by the office that collects it (国税, 地税, 财政,
#: 海关), by the level of government that keeps it (地方一般预算收入, 上划中央), by kind (税收, 非税).
_FISCAL_SPLITS = (later(r"^(?:国税|地税|财政|海关)(?:部门|局|系统)?(?:收入|征收|组织|完成)?$"),
                  later(r"^(?:地方)?(?:一般(?:公共)?预算|公共财政预算|级)收入$|^上划(?:中央|省|省级|市级)"),
                  later(r"^(?:地方|本级)?(?:税收|非税)(?:总)?收入$"))


def _fiscal_splits(parts: list[DraftClaim]) -> list[list[DraftClaim]]:
    """The parts of a fiscal revenue by each split its 其中 lists (其中，国税完成…；地税…；财政…；
    实现地方一般预算收入…): the items of two splits overlap and never add up together, so each
    split is a breakdown of its own (a part no split names stays with the one before it)."""
    groups: list[list[DraftClaim]] = []
    seen: list[int | None] = []
    for p in parts:
        split = next((i for i, words in enumerate(_FISCAL_SPLITS) if words.search(name(p))), None)
        if groups and (split is None or split == seen[-1] or seen[-1] is None):
            groups[-1].append(p)
            seen[-1] = seen[-1] if split is None else split
        else:
            groups.append([p])
            seen.append(split)
    return groups if len({s for s in seen if s is not None}) > 1 else [parts]


def _inside_brackets(words: str) -> bool:
    """Whether some words leave a parenthesis open."""
    return sum(words.count(ch) for ch in "（(") > sum(words.count(ch) for ch in "）)")


def _classifications(scope: Scope, parts: list[DraftClaim]) -> list[list[DraftClaim]]:
    """The parts of one whole by each classification a 其中 lists, its groups set apart by
    semicolons (其中，男性249997人，女性246957人；城镇人口295115人，乡村人口201839人): each group
    is a breakdown of its own. A list whose semicolons set apart single parts is one breakdown."""
    groups = _semicolon_groups(scope, parts)
    return groups if len(groups) > 1 and all(len(g) > 1 for g in groups) else [parts]


def _semicolon_groups(scope: Scope, parts: list[DraftClaim]) -> list[list[DraftClaim]]:
    """The parts in the runs a semicolon sets apart."""
    groups: list[list[DraftClaim]] = [[parts[0]]] if parts else []
    for prev, c in pairwise(parts):
        if compiled(r"[；;]").search(scope.text(prev.end, c.figure.start)):
            groups.append([])
        groups[-1].append(c)
    return groups


def _counted_firms(c: DraftClaim, total: DraftClaim) -> bool:
    """The first part of a count named by its members' profit or loss (已有120家上市公司披露年报，其中
    82家净利润实现增长): a count of members, no net amount."""
    return same_unit(c, total) and c.figure.quantity.unit.dimension == "count"  # type: ignore[union-attr]


#: The counter that counts things of any kind, which only the noun after it names (项目超过110个,
#: 约2万个学位).
_ANY_KIND = "个"
#: The noun a count names right after its counter (约2万个学位, 20个幼儿园项目): not a word that
#: joins or compares (1个和国有农场医院1个, 81个的77.78%, 同比).
_NOUN_AFTER = later(r"(?![和与及的同比较占为是将已在从由共约])[\u4e00-\u9fff]{2,12}")


def _another_thing(scope: Scope, total: DraftClaim, c: DraftClaim) -> bool:
    """A count by 个 whose noun right after it shares no word with the things the total counts
    (教育补短板项目超过110个，其中…20个中小学项目完工，将提供约2万个学位: places in schools are no
    projects): what the projects make, no part of them."""
    if c.figure.quantity.unit.name != _ANY_KIND or total.figure.quantity.unit.name != _ANY_KIND:
        return False
    noun = _NOUN_AFTER.match(scope.plain, c.figure.end)
    if noun is None:
        return False
    things = _NOUN_AFTER.match(scope.plain, total.figure.end)
    whole = things.group(0) if things is not None else name(total)
    return len(whole) >= 2 and not set(noun.group(0)) & set(whole)


def _counted_part(c: DraftClaim, total: DraftClaim) -> bool:
    """A counted part of a total written without its counter (感染者37，其中常熟市2例); never of a
    bare number bounded below (GDP突破3万亿，包括…两市: a sum of money, no count)."""
    return total.figure.quantity.unit.dimension == "number" and \
        c.figure.quantity.unit.dimension == "count" and total.figure.quantity.qualifier in _TWO_SIDED


def _aside_end(scope: Scope, start: int) -> int | None:
    """Where a 其中 in parentheses ends (面积388平方公里（其中镇区面积2.2平方公里）): its list
    of parts runs over semicolons to the closing parenthesis, in the paragraph."""
    if not _ASIDE.match(scope.plain[start:start + 4]):
        return None
    m = compiled(r"[）)\n]").search(scope.plain, start + 1)
    return m.start() if m and m.group(0) != "\n" else None


def _first_part_end(scope: Scope, a: int, b: int) -> int:
    """Where the first figure after ``a`` ends (``a`` when there is none before ``b``)."""
    first = next(iter(scope.in_span(a, b)), None)
    return a if first is None else first.end


def _intro_after(scope: Scope, k: int, total: DraftClaim, s_end: int) -> int | None:
    """Where a 其中 after the total starts its parts, in the total's sentence: right after it,
    or after figures of other units (38个行政村…超过50万元，其中…15个), never after another
    figure of the total's unit. A note in brackets right after the total that holds no figure
    (300.67亿元（人民币，下同），其中国产电影票房为255.11亿元) is passed over."""
    start = total.end
    note = _WORDS_NOTE.match(scope.plain, start)
    if note is not None and _THEN_QIZHONG.match(scope.plain, note.end()):
        start = note.end()  # not past a note after the total's growth: （可比价，以下同）（其中…）
    for c in scope.claims[k + 1:]:
        if c.figure.start >= s_end:
            break
        if c.end <= start:
            continue  # 1313.8亿元，为年计划的96.6%，同比增长15.1%: a share inside the total's own words
        if c.figure.kind in ("class", "group"):
            continue  # 其中前三大行业…分别包含85家: the size of a group names no part
        if _WITH_MORE.match(scope.text(start, c.figure.number_start)):
            return None  # 其中有107家（含港台企业则为120家）: the count with more, no part
        words = _past_its_aside(scope, total.end, start, scope.text(start, c.figure.start))
        if _INTRO.match(words) or compiled(r"[，,；;（(]其中[，,：:]?$").search(words):
            return None if closes_a_bracket(scope.text(total.end, c.figure.start)) else start
        if is_level(c) and same_unit(c, total) and total.figure.quantity.unit.dimension == "count" \
                and _NAMED_PART.search(words) \
                and not closes_a_bracket(scope.text(total.end, c.figure.start)):  # type: ignore[union-attr]
            return start  # 共有35只新基金成立，其中权益类基金21只: the part named between 其中 and its count
        if a_change(c):
            start = c.end  # 飞机总数4394架（同比+124架），其中客机4126架: the change stated with the
            continue  # total, then the 其中 of the total (a change is no whole: a level is no part of it)
        if start == total.end and _NAMED_INCLUDES.match(scope.text(start, c.figure.start)) \
                and total.figure.quantity.unit.dimension == "count":  # type: ignore[union-attr]
            return start  # 新增的341家“四上”企业包括工业98家、建筑业47家…: the things counted, then 包括
        if is_level(c) and same_unit(c, total) and same_counter(c, total):
            return None  # (a count of other things, 在校生156928人 after 学校349所, is passed over)
        start = c.end
    return start if compiled(r"[，,]其中").search(scope.text(start, s_end)) else None


def _past_its_aside(scope: Scope, end: int, start: int, words: str) -> str:
    """The words after the bracket that follows a total (4394架（同比+124架），其中客机…: from
    ，其中), when it opened between the total's ``end`` and ``start``; else the words as they are."""
    if words[:1] not in ("）", ")"):
        return words
    before = scope.text(end, start)
    depth = sum(1 if ch in "（(" else -1 if ch in "）)" else 0 for ch in before)
    return words[1:] if depth > 0 else words


def _full_stop(scope: Scope, end: int) -> int:
    """The end of the full sentence around ``end``: a 其中 after 。 opens a list of the parts of
    the sentence's total, whose growth may run over a semicolon (总额31579.51亿元，同比增长15.1%；
    两年平均增长8.6%。其中，出口…)."""
    m = compiled(r"[。！!？?\n]").search(scope.plain, end)
    return m.start() if m else len(scope.plain)


def _full_start(scope: Scope, start: int) -> int:
    """The start of the full sentence around ``start`` (its clauses run over semicolons)."""
    return max(scope.plain.rfind(stop, 0, start) for stop in "。！!？?\n") + 1


def _next_sentence(scope: Scope, end: int) -> tuple[int, int]:
    """The sentence that follows the one ending at ``end`` in its paragraph, to its full stop
    (a list of parts runs over semicolons: 第一产业…；第二产业…；第三产业…。)."""
    plain, a = scope.plain, end
    while a < len(plain) and plain[a] in "。；;！!？? \t\u3000":
        a += 1
    if a >= len(plain) or plain[a] == "\n":
        return a, a
    m = compiled(r"[。！!？?\n]").search(plain, a)
    return a, m.start() if m else len(plain)

#: A comparison with an earlier time and one or two characters right before a figure (比年初增投9.92亿元,
#: 较上年多收, 同比多增): the amount changed by, whatever the verb — never the total a 其中 splits.
_CHANGED_SINCE = later(r"(?:(?:比|较)(?:年初|上年末|上年底|去年末|去年底|上年同期|去年同期|上年|去年|上月)"
                       r"|同比)(?!的)[\u4e00-\u9fff]{1,2}$")


def _changed_by(scope: Scope, c: DraftClaim) -> bool:
    return bool(_CHANGED_SINCE.search(scope.text(scope.clause(c)[0], c.figure.number_start)))


def _total_of_sentence(scope: Scope, total: DraftClaim, a: int, b: int,
                       parts: list[DraftClaim], profiles: bool = False) -> DraftClaim | None:
    """The level of a sentence that a 其中 in the next one splits: the last level of the parts'
    measure (总产值69.93亿元…，增加值37.90亿元…。其中，农业产值… splits 总产值), else the last, of
    the parts' counter (学校14667所…专任教师79.55万人。其中，幼儿园7608所: the schools). A 其中 of
    profiles (幼儿园7608所，在园幼儿…，专任教师…。小学4151所，在校生…) splits each level its groups name."""
    if profiles and name(total) in {name(p) for p in parts}:
        return total
    levels = [c for c in scope.in_span(a, b) if is_level(c) and same_unit(c, total) and not a_change(c)
              and same_counter(c, total) and not _changed_by(scope, c)
              and not _compared_with(scope, c) and not scope.aside(c) and not _per_day(scope, c)
              and not closes_a_bracket(scope.text(c.end, b))]  # （其中…临空经济区7.35亿元…）。其中，
    kinds = {measure(p.label) for p in parts}
    if len(kinds) == 1 and None not in kinds:
        levels = [c for c in levels if measure(c.label) in kinds] or levels
    names = {name(p) for p in parts}  # 总投资120.14亿元，年预计投资25.88亿元。
    if len(names) == 1:  # 其中，…总投资101.23亿元: the 总投资
        levels = [c for c in levels if name(c) in names] or levels
    return levels[-1] if levels else None


#: Words that make a level an average over the days or months of the period (平均每天新设5.52万户,
#: 日均装车14.8万车): no total, no part.
_PER_DAY = later(r"(?:平均)?每[天日周月]|[日周月]均")


def _per_day(scope: Scope, c: DraftClaim) -> bool:
    return bool(_PER_DAY.search(scope.text(scope.clause(c)[0], c.figure.start)))


_COMPARED = later(r"(?:高于|低于|好于|差于|快于|慢于|超过|不及)[^，,；;。]{0,8}$")
#: A comparison and the words of what it compares with, right before a figure: that figure counts
#: the other thing (其中工业总产值和税收收入增幅分别高于东部沿海33个国家级开发区…), never a part.
_COMPARED_OBJECT = later(r"(?:高于|低于|好于|差于|快于|慢于|多于|少于|不及|不如|"
                         r"(?<![对相])比(?!上|去|同期|年初|前|重|例|率))[^\d，,；;。、]{0,12}$")
_LEVEL_OF = later(r"^(?:的)?(?:平均)?水平")


def _compared_with(scope: Scope, c: DraftClaim) -> bool:
    """A figure the sentence compares its own with (开关店比达1.67，高于上半年1.34的水平): the level of
    something else, not the sentence's total."""
    start, end = scope.sentence(c)
    return bool(_COMPARED.search(scope.text(start, c.figure.start))
                and _LEVEL_OF.match(scope.text(c.end, end)))


def _industries(total: DraftClaim, parts: list[DraftClaim]) -> bool:
    """The parts make up the total exactly: the three industries of a GDP (or a value added), or
    the two members of a pair of one measure (其中，出口…；进口… of a 进出口总额)."""
    if not total.label:
        return False
    if len(parts) == 3 and compiled(r"生产总值|GDP|增加值").search(total.label):
        return all(any(word in (p.label or "") for p in parts) for word in _INDUSTRIES)
    return len(parts) == 2 and _pair(total, parts)


#: The two halves of a whole, each named by one word before the same words: 城镇人口 and 乡村人口,
#: 男性 and 女性, 境外输入病例 and 本土病例 (the X and 非X of a whole are another such pair).
_HALVES = (("城镇", "乡村"), ("城镇", "农村"), ("男", "女"), ("境外输入", "本土"), ("中资", "外资"),
           ("内资", "外资"), ("公办", "民办"), ("公立", "民营"),
           # ports and their cargo: 沿海港口 and 内河港口, 外贸 and 内贸 (货物吞吐量)
           ("沿海", "内河"), ("外贸", "内贸"))
#: Kinds that make up their whole, each part named by a word of one kind: the seasons of a year's
#: grain (其中，夏粮产量13660万吨…；早稻产量3401万吨…；秋粮产量43649万吨), firms by size, and light and
#: heavy industry. The regions are none (a total may hold some of no region: 不分地区).
_COMPLETE_SETS: tuple[tuple[tuple[str, ...], ...], ...] = (
    (("夏粮",), ("早稻",), ("秋粮",)),
    (("大型企业", "大型"), ("中型企业", "中型"), ("小微型企业", "小微企业", "小微型")),
    (("大型企业", "大型"), ("中型企业", "中型"), ("小型企业", "小型"), ("微型企业", "微型")),
    (("轻工业",), ("重工业",)),
)


#: The last item of a list named as the rest of its kind: 其他水源供水量, 其它水源供水量, 其他医疗卫生
#: 机构诊疗, 其余…; the words after it are the kind's name.
_OTHERS = later(r"^[，,；;：:、\s]*(?:其他|其它|其余)([\u4e00-\u9fff]*?)(?:为|是|有|达到?|共)?$")


def _closed_by_the_rest(scope: Scope, total: DraftClaim, parts: list[DraftClaim]) -> bool:
    """Whether the last part is the rest of the kind the list names: the rest of the kind the other
    parts' names share beside the total's measure (地表水源供水量…，地下水源供水量…，其它水源供水量… of a
    供水量: 水源), or the rest of the kind the total names (医院诊疗…；基层医疗卫生机构诊疗…：其他医疗卫生机构
    诊疗… of a 医疗卫生机构总诊疗): the list then names all of the total. 其他服务业增加值 after 批发和零售业
    增加值, 金融业增加值 of a 第三产业增加值 is neither (服务 is not the kind of the others nor the total's):
    one more sector, and the list may leave out others."""
    if len(parts) < 2:
        return False
    a, _ = scope.clause(parts[-1])
    m = _OTHERS.match(scope.text(a, parts[-1].figure.number_start))
    if m is None or not m.group(1):
        return False
    rest, whole = m.group(1), name(total)
    end = name(parts[0])
    for p in parts[1:-1]:
        end = _common_end(end, name(p))
    measured = len(_common_end(end, whole))
    if len(end) - measured >= 2 and rest.endswith(end):
        return True  # 水源 供水量
    kind = rest[:len(rest) - len(_common_end(rest, whole))]
    return len(kind) >= 2 and kind in whole  # 医疗卫生机构 诊疗


#: The words of a part's clause before its share of the whole: 占25.7%, 占全部的74.3%, 占比28.5%.
_ITS_SHARE = later(r"^[，,；;：:、\s]*(?:占[^，,；;。\d%]{0,12}?的?(?:比重|比例)?|占比|比重)"
                   r"(?:为|达到?|是)?$")


def shares_after(scope: Scope, parts: list[DraftClaim]) -> list[DraftClaim] | None:
    """The share each part gives right after it (政府投资575.5亿元，占25.7%；社会投资1665.8亿元，占74.3%),
    one per part; None when some part gives none."""
    out = []
    for part, nxt in zip(parts, [*parts[1:], None], strict=True):
        stop = nxt.figure.start if nxt is not None else scope.sentence(part)[1]
        shares = [c for c in scope.in_span(part.end, stop) if c.figure.start >= part.end and is_share(c)
                  and _ITS_SHARE.match(scope.text(scope.clause(c)[0], c.figure.number_start))]
        if not shares or not exact(shares[0]) or shares[0].figure.quantity.interval.lo is None \
                or shares[0].figure.quantity.interval.hi is None:
            return None  # (…，比上年增加30万人，增长0.3%，占农民工总量的36.4%: its share after its change)
        out.append(shares[0])
    return out


def shares_make_all(scope: Scope, parts: list[DraftClaim]) -> bool:
    """Whether each part gives its share right after it and the shares add up to 100% within their
    rounding (其中，政府投资575.5亿元，占25.7%；社会投资1665.8亿元，占74.3%): the parts are all of
    their whole."""
    shares = shares_after(scope, parts) if len(parts) >= 2 else None
    if shares is None:
        return False
    lo = sum(c.figure.quantity.interval.lo for c in shares)
    hi = sum(c.figure.quantity.interval.hi for c in shares)
    return lo <= 1 <= hi


def _a_complete_set(parts: list[DraftClaim]) -> bool:
    """Whether the parts are named, one each, by the kinds of a set that makes up a whole."""
    names = [name(p) for p in parts]
    return any(len(kinds) == len(names) and all(
        sum(any(n.startswith(w) for w in words) for n in names) == 1 for words in kinds)
        for kinds in _COMPLETE_SETS)
#: A budget's revenue (一般公共预算收入, 公共财政预算收入) is its tax and its non-tax revenue
#: (…收入累计完成24627万元…。其中：税收收入8103万元…；非税收入16524万元); a 财政收入 or 财政总收入
#: also holds the revenue passed up to the central budget (全区财政收入1513.79亿元…其中，税收收入
#: 598.71亿元…；非税收入293.99亿元), so its two parts do not make it up.
_BUDGET_REVENUE = later(r"预算收入$")
_TAX_HALVES = ("税收", "非税")


#: The sales value of industry and its two halves: 销售产值 = 内销产值 + 出口交货值 (NBS).
_SALES_VALUE = later(r"销售产值$")
_SALES_HALVES = (later(r"内销产值$"), later(r"出口交货值$"))


def _sales_halves(total: DraftClaim, parts: list[DraftClaim]) -> bool:
    """The home sales and the export delivery value of a sales value (销售产值6526.85亿元。其中，内销产值
    4641.05亿元…；出口交货值1885.80亿元): together, all of it."""
    if len(parts) != 2 or not _SALES_VALUE.search(name(total)):
        return False
    names = [name(p) for p in parts]
    return any(a.search(names[0]) and b.search(names[1]) for a, b in (_SALES_HALVES, _SALES_HALVES[::-1]))


def _complements(parts: list[DraftClaim]) -> bool:
    """Two parts named as the two halves of their whole, alike but for the word that splits it:
    其中城镇户籍人口238.01万人…；乡村户籍人口341.65万人, 其中男性人口131.19万人、女性人口125.19万人,
    其中企业法人…，非企业法人… — together they are the whole."""
    return len(parts) == 2 and halves(name(parts[0]), name(parts[1]))


#: The budget of a level's own government (市本级, 省本级, 县本级) and of the levels under it (区级, 县级,
#: 7个县（区）, 市辖区, 省直管县, 乡镇级): together the whole place's (全市一般公共预算收入700.4亿元…其中：
#: 市本级收入341.5亿元…；区级收入358.9亿元; 全市…支出227.53亿元…其中：市本级…；市辖区…；省直管县…).
_OWN_LEVEL = later(r"^[省市州县区]本级")
_LOWER_LEVEL = later(r"^(?:[\d一二两三四五六七八九十]+个)?(?:[区县]级|县[（(][市区、]+[）)]级?|"
                     r"县区级?|市辖区|省直管县|乡镇级?|各[区县]|[市区]县级)")
#: The whole place a budget total names: 全市, 全省, 全县, 全区.
_WHOLE_PLACE = later(r"全[省市县区州]")


def _levels_of_government(scope: Scope, total: DraftClaim, parts: list[DraftClaim]) -> bool:
    """A whole place's budget figure split into its own level's (市本级) and the levels under it
    (区级, 县（区）, 市辖区 and 省直管县): all of it, by how the consolidated budget is made."""
    names = [name(p) for p in parts]
    return len(parts) >= 2 and bool(_WHOLE_PLACE.search(scope.before(total))) \
        and sum(bool(_OWN_LEVEL.match(n)) for n in names) == 1 \
        and all(_OWN_LEVEL.match(n) or _LOWER_LEVEL.match(n) for n in names)


def _budget_halves(total: DraftClaim, parts: list[DraftClaim]) -> bool:
    """The tax and the non-tax revenue of a budget's revenue (一般公共预算收入): together, all of it."""
    if len(parts) != 2 or not _BUDGET_REVENUE.search(name(total)):
        return False
    a, b = name(parts[0]), name(parts[1])
    x, y = _TAX_HALVES
    return any(m.startswith(x) and n.startswith(y) and m[len(x):] == n[len(y):]
               for m, n in ((a, b), (b, a)))


def halves(a: str, b: str) -> bool:
    """Whether two names are the two halves of a whole (城镇… and 乡村…, 中资 and 外资, X and 非X)."""
    for x, y in (*_HALVES, *((y, x) for x, y in _HALVES)):
        if a.startswith(x) and b.startswith(y) and a[len(x):] == b[len(y):]:
            return True
    return len(a) >= 2 and (b == "非" + a or a == "非" + b)


def _pair(total: DraftClaim, parts: list[DraftClaim]) -> bool:
    kind = measure(total.label)
    return kind is not None and all(measure(p.label) == kind for p in parts) and named_pair(parts)


#: A clause that compares the total's rate or rank with another place's (增速高于广东省同期的2%,
#: 高于全国一季度增速0.3个百分点, 居全省第3位): that place names no figure of its own.
_COMPARISON = later(r"高于|低于|快于|慢于|高出|低出|领先|落后|[居位排]")


def _same_place(scope: Scope, total: DraftClaim, part: DraftClaim) -> bool:
    """The parts speak of the total's place: no other place is named between them, but in a
    clause that only compares the total's rate or rank with another place's."""
    from .duplicate import places_in

    levels = [c for c in scope.in_span(total.end, part.figure.start) if is_level(c)
              and same_unit(c, total)]
    between: set[str] = set()
    start = total.end
    for m in compiled(r"[，,；;。]|$").finditer(scope.plain[start:part.figure.start]):
        a, b = start, total.end + m.start()
        start = total.end + m.end()
        clause = scope.text(a, b)
        if _COMPARISON.search(clause) and not any(a <= c.figure.start < b for c in levels):
            continue
        between |= places_in(clause)
    named = places_in(scope.text(scope.sentence(total)[0], total.figure.start))
    return not between or between <= named


_PARTS_OF_100 = later(r"结构|比例|之比|构成|比重|占比|产业比")


def _ratio_groups(scope: Scope) -> list[Found]:
    """The parts of a ratio such as 三次产业结构 8.1:42.1:49.8 (三次产业比为3.9：59.5：36.6;
    一、二、三产业投资占比分别为7.4:49.5:43.1) make up 100 — the words of its sentence before it name
    a structure, so both ratios of 三次产业比由上年的13.01:32.29:54.7调整为13.19:31.34:55.47 do. A
    ratio whose terms are nowhere near 100 in all (城乡收入之比为2.5:1) compares, it does not split."""
    groups: dict[str, list[DraftClaim]] = {}
    for c in scope.claims:
        group = c.figure.extra.get("ratio_group")
        if group is not None:
            groups.setdefault(group, []).append(c)
    found = []
    for members in groups.values():
        if len(members) < 2:
            continue
        words = scope.text(scope.sentence(members[0])[0], members[0].figure.start)
        if not _PARTS_OF_100.search((members[0].label or "") + "|" + words) or not _near_100(members):
            continue
        found.append(Found("breakdown", {"breakdown": "100", "parts": [m.id for m in members]},
                           how_of_100(members, Fraction(100)), members[0], "a ratio of parts",
                           "ratio_sum"))
    return found


def _near_100(members: list[DraftClaim]) -> bool:
    """Terms that add up to somewhere between 50 and 150: percentages of a whole, written as a
    ratio (a slip of one term still reads as one)."""
    total = sum(c.figure.quantity.value for c in members if c.figure.quantity is not None)
    return 50 <= total <= 150


_SHARES_LISTED = later(r"(?:比重|占比|结构|构成|贡献率)(?:依次|分别)(?:为|是|达到|达)?$")


def _listed_shares(scope: Scope) -> list[Found]:
    """三次产业增加值占GDP比重分别为5.2%、40.3%和54.5% (贡献率分别为…): the shares of the parts that
    make up a whole, which the words name as such a set (三次产业, 中直和地方, X和非X), add up to
    100%."""
    from .composition import listed_set

    found = []
    claims = scope.claims
    i = 0
    while i < len(claims):
        first = claims[i]
        a, _ = scope.sentence(first)
        words = scope.text(a, first.figure.number_start)
        if not is_share(first) or not exact(first) or not _SHARES_LISTED.search(words):
            i += 1
            continue
        base = unnumbered(first.label)
        run = [first]
        for c in claims[i + 1:]:
            if not (is_share(c) and exact(c) and scope.same_sentence(c, first)
                    and unnumbered(c.label) == base
                    and compiled(r"[、和及与,，]").fullmatch(scope.text(run[-1].end, c.figure.number_start))):
                break
            run.append(c)
        i += len(run)
        if len(run) >= 2 and listed_set(words, len(run)) is not None:
            found.append(Found("breakdown", {"breakdown": "100%", "parts": [c.id for c in run]},
                               how_of_100(run, Fraction(1)), first,
                               "the shares of the parts that make up a whole", "shares_sum"))
    return found
