"""A count of some of the things another count is of, in one breath: 浙江省90个区县中仅有8个低于全国
人均收入, 苏州新上市的4家公司中有3家来自半导体产业. The part is at most the whole (a breakdown that
need not be exhaustive). A rank among them (长三角41个市中第30位, 在入围的77个城市中排名第二位) is at
most their count, and a place in a list of the top N at most N (在全国百强县中排名第12位; with a comma:
在财政收入10强城市排名中，排名第6位). The same words with a comma after 中 (38个行业大类中，37个…) are
read with the counts split by a sentence (:mod:`.sections`). A count that made a list, in the clause after
the list's size (总共录取了7173名本科生，海淀就有479人上榜), is at most that size too. So is each count of
those that do something after the count of all in its sentence (共计1165家A股公司已披露2025年业绩预告，
业绩下滑的有709家，…，当期预计亏损的有500多家): they may overlap, so they are not summed — unless
each counts the firms of one type of earnings forecast (预增, 略增, 续盈, 扭亏, 预减, 略减, 续亏, 首亏),
which a firm has one of (:func:`forecast_types`, for the modules that split a count).
The words that pick some out of a count need no 中 when its noun closes the phrase and the part says
something of them (9家千亿级电子行业公司有4家低于10%; 9家500亿以上市值公司，仅2家研发强度低于10%), and
the members of a list of the top N are picked out after 中， (前50强公司中，也仅13家…; 前146名的公司中，
电子行业公司仅4家), or after the members' noun and 仅/只 (全国前15名的城市，只有4城GDP增速低于8%):
:func:`_some_of_them`. So are the seats some of a count's things take (10家省实验室
余杭占4席: :func:`_seats_of_a_count`), and the count some of a count's things take (五百家大规模民营企业中，
江苏、浙江、上海占了三百二十七家; across a sentence, linked: 公司达到146家，…。从上市板块来看，创业板公司
占了18家): :func:`_taken_of_a_count`. Counts of the things over two bars of one measure in one sentence
are nested: those over the higher bar are among those over the lower (营业收入总额超过100亿元的企业有
58家，超过200亿元的企业有14家): :func:`_over_higher_bars`. 里 and 里面 say what 中 says (365个城市里，有46个
城市没有数据; 七家保险公司里面有六家), and so does 中的 before the part (纳斯达克99家公司中的8家). A count
after 其中 inside its clause is of the nearest count or list of the top N before it in its sentence
(排名前十的券商里Cloudera已与其中八家…): :func:`_of_them`. What an inspection found is among what it
inspected (共检查企业68家，发现45家企业存在…): :func:`_found_among_checked`.
A place in a list of the top N in the list's own phrase, with no 中 (位列中国中小城市综合实力百强县市第一名,
跻身全国十强位列第九, 排在500强企业净利润榜单第5位) is at most N (:func:`_in_the_list`; not a place in a wider
ranking after it, 百强县全省排名第120位, nor outside it, 十强之外第11位). So is the count of the things that
entered the list (16家企业入围民营企业500强, 湖北8个县市入围百强, 上榜500强榜单的企业，共有57家) and the seats
taken of it (占据了百强县52个席位): :func:`_entered_the_list` — not counts across lists (累计入围), of those
that tried (参评) or a place (排37位、跻身十强). A count of those that take seats is no whole of the seats
(江苏一省独占23席, 三省共占). After a list of the top N and 中，, a count of its members named by the noun the
list's words name them by, then saying something of them, is at most N too (在全国百强县排名中，河南有三个
县级市入列; 最新一期的百强县榜单中，浙江省24个县市入围: :func:`_members_say`) — not other things the members
hold (百强县中，有3000家企业…). So is the count of its members over a bar, in the list's sentence after
中 (2020中国企业500强中，营收超千亿元的企业数量增至217家) or in the clause 其中 opens after it (…500强共实现
营业收入89.83万亿元…；其中营业收入超过1000亿元的企业有222家): :func:`_over_a_bar_in_the_list`.
The count of some of the places a sentence opens with (全省78个县（市）实现工业增加值…), in a later clause
of it opened by the count with the same noun and saying something of them (…，有59个县（市）增速高于全省
平均增速), is at most the count of all: :func:`_some_of_the_subject` (not after 其中, :mod:`.breakdown`'s;
not 另有). Counts of the members in the states of one change,
after 中， (70个大中城市中，价格下降的城市有48个，持平的城市有22个; …，上涨的城市有2个) count different
members: together at most the count, all of it when up, flat and down are counted — each state
once, of one comparison (not 环比下降 beside 同比上涨), never the direction of a rate (涨幅回落):
:func:`_states_of_them`.
"""

from __future__ import annotations

from ..patterns import later
from .claims import DraftClaim
from .directions import direction
from .scope import Found, Scope, a_change, a_share_whole, exact, same_unit

__all__ = ["ANY_THING", "find", "forecast_types", "people", "same_counter"]

#: The words from a whole count to its part: 个区县中仅有, 家公司中有, 家公司里有, 家公司中的 — not the
#: next item of a list whose name ends in 中 (小学101036人、初中48058人), nor a distance (公里).
_AMONG = later(r"[^，,。；;：:、！!？?\n\d%]{0,12}?(?:(?<![初高])中的?|(?<![公英海千万])里面?)"
               r"(?:仅|只|就|也|共|则)?有?")


#: The words from a count to a rank among its members: 个市中, 个城市中排名, 个省份中位列.
_AMONG_RANK = later(r"[^，,。；;：:！!？?\n\d%]{0,12}?中(?:排名|排在|排|位列|位居|名列|居)?")

#: A list of the top N, then the subject's place in it after the comma: 在财政收入10强城市排名中，排名第6位.
_TOP_THEN_RANK = later(r"[^，,。；;：:！!？?\n\d%]{0,12}?中[，,](?:排名|排在|排|位列|位居|名列|居)")
#: A list of the top N, then a place in it in the same phrase (no 中): 位列中国中小城市综合实力百强县市第一名,
#: 跻身全国十强位列第九, 跻身500强营收榜第34名, 排在500强企业净利润榜单第5位. Not a place in a wider ranking
#: (百强县全省排名第120位), outside the list (十强之外排名第11位, 十强后第11位) or of another thing (十强城市
#: 与第11位的…): :data:`_NOT_IN_THE_LIST`.
_IN_TOP_RANK = later(r"[^，,。；;：:！!？?\n\d%]{0,12}?的?(?:排名|排在|排|位列|位居|名列|居|列)?")
_NOT_IN_THE_LIST = later(r"全[国省市区县球]|省内|国内|世界|之?[外后下]|以[外后下]|开外|除|与|和|及|、|"
                         r"[上下]升|下降|提升|前移|后移|跌|较|比")
#: The same with the name of the member ranked in the next clause: 三个行业中，房地产排名第二 (not
#: a rank in a wider ranking: 三个城市中，深圳全国排名第五).
_AMONG_THEN_RANK = later(r"[^，,。；;：:！!？?\n\d%]{0,12}?中[，,](?![^，,。；;：:！!？?\n]*全[国省市球])"
                         r"[^，,。；;：:！!？?\n\d%]{1,10}?(?:排名|排在|排|位列|位居|名列|居)")
#: From one member's rank to the next member's in the clause after it: ，互联网排第三.
_NEXT_RANK = later(r"[，,；;](?![^，,。；;：:！!？?\n]*全[国省市球])[^，,。；;：:！!？?\n\d%]{1,10}?"
                   r"(?:排名|排在|排|位列|位居|名列|居)")

#: The words from a list of the top N to the places some of its members take: 强县市中，更是占据,
#: 名中，江苏省一如既往的一家独大，霸气占据. Only 占 (taking places), never 有 after a comma (百强中，有员工
#: 19万人); 有 right after 中 counts members (全国百强中有46个县（市）属于长三角地区).
_SEATS = later(r"[^。；;！!？?\n\d%]{0,8}?中[，,]?[^。；;！!？?\n\d%]{0,20}?(?:占据|占了|占)")


#: From a list's size to the count of some that made it, the next clause: 本科生，海淀就有.
_MADE_IT_BEFORE = later(r"[^，,。；;：:！!？?\n\d%]{0,8}[，,][^，,。；;：:！!？?\n\d%]{1,12}?")
#: The words after that count: 479人上榜, 3家入选, 2个入围.
_MADE_IT = later(r"上榜|入选|入围|被录取|获评")
#: The types of a listed company's earnings forecast (业绩预告类型 of the exchanges' rules): each
#: forecast is of one type, so counts of firms by type count different firms (其中124家预增、102家
#: 略增、60家续盈、71家扭亏; 195家…的公司中，预增167家，略增3家，扭亏25家; 在209家…的公司中，有46家预减、
#: 39家略减、47家续亏、77家首亏). 预亏 holds 首亏 and 续亏, and 预盈 is 扭亏.
_FORECAST_TYPE = later(r"预增|略增|续盈|扭亏|预盈|预减|略减|续亏|首亏|预亏")
_SEPARATOR = later(r"[，,、；;。]")
_SAME_FIRMS = (frozenset({"预亏", "首亏"}), frozenset({"预亏", "续亏"}), frozenset({"预盈", "扭亏"}))
#: Measure words of people: 7173名 and 479人 count the same things.
_PEOPLE = frozenset("人名位")


def find(scope: Scope) -> list[Found]:
    found = []
    for k, whole in enumerate(scope.claims[:-1]):
        part = scope.claims[k + 1]
        if (_count(whole) or _list_size(whole)) and _rank(part) \
                and (_AMONG_RANK.fullmatch(scope.text(whole.figure.end, part.figure.start))
                     or (_list_size(whole) and _TOP_THEN_RANK.fullmatch(
                         scope.text(whole.figure.end, part.figure.start)))):
            found.append(Found("expect", {"expect": f"{part.id} <= {whole.id}"}, "stated", part,
                               "a rank among the things a count is of (…中第…位)",
                               f"{part.id}_among"))
            continue
        if _list_size(whole) and _rank(part) and _in_the_list(scope, whole, part):
            found.append(Found("expect", {"expect": f"{part.id} <= {whole.id}"}, "stated", part,
                               "a place in a list of the top N (…百强县第…位)", f"{part.id}_among"))
            continue
        if _count(whole) and _rank(part) \
                and _AMONG_THEN_RANK.fullmatch(scope.text(whole.figure.end, part.figure.start)):
            found.extend(_ranks_among(scope, whole, k + 1))
            continue
        if _list_size(whole) and _count(part) \
                and (_SEATS.fullmatch(scope.text(whole.figure.end, part.figure.start))
                     or _AMONG.fullmatch(scope.text(whole.figure.end, part.figure.start))):
            found.append(Found("expect", {"expect": f"{part.id} <= {whole.id}"}, "stated", part,
                               "the places a list has taken by some of its members (…强中占据…)",
                               f"{part.id}_among"))
            continue
        if not (_count(whole) and _count(part)):
            continue
        between = scope.text(whole.figure.end, part.figure.start)
        if _AMONG.fullmatch(between):
            why = "a count of some of the things a count is of (…中有…)"
        elif _MADE_IT_BEFORE.fullmatch(between) and _same_things(whole, part) \
                and (between.endswith("有") or part.figure.text.startswith("有")) \
                and _MADE_IT.match(scope.text(part.figure.end, part.figure.end + 3)):
            why = "a count that made a list, after the list's size (…有…上榜)"
        else:
            continue
        found.append(Found("breakdown", {"breakdown": whole.id, "parts": [part.id],
                                         "exhaustive": False}, "stated", part, why,
                           f"{part.id}_among"))
    found.extend(_those_that(scope))
    taken = {f.name for f in found}
    found.extend(f for f in _some_of_them(scope) + _seats_of_a_count(scope) if f.name not in taken)
    taken = {f.name for f in found}
    found.extend(f for f in _taken_of_a_count(scope) + _over_higher_bars(scope) + _of_them(scope)
                 + _found_among_checked(scope) + _made_the_list(scope) + _entered_the_list(scope)
                 + _over_a_bar_in_the_list(scope) + _some_of_the_subject(scope) if f.name not in taken)
    found.extend(_states_of_them(scope))
    return found


#: From a count to the clause of its members' first state (70个大中城市中，价格下降的城市有48个).
_THEM_THEN = later(r"[^，,。；;：:！!？?\n\d%]{0,12}?中[，,：:]")
#: The state a clause gives the members it counts, right before the count: 价格下降的城市有, 持平的城市有,
#: 上涨的有. Not the direction of a rate (涨幅回落的, 增速下降的, 降幅收窄的): no 幅, 速 or 率 before it.
_STATE = later(r"(?<![幅速率])(上涨|上升|增长|增加|持平|下降|下跌|减少)的[\u4e00-\u9fff]{0,4}?"
               r"(?:有|为|达到?|共)?$")
#: The comparison a state is of: with last month, with the same month a year before.
_COMPARISON = later(r"同比|环比|比上[年月]|与上月|与去年|比去年|较上[年月]|较去年")


def _states_of_them(scope: Scope) -> list[Found]:
    """Counts of the members of a count in the states of one change, in its sentence after 中，
    (70个大中城市中，价格下降的城市有48个，持平的城市有22个; …，上涨的城市有2个): each member is in one state,
    so the counts are together at most the count, and make it when they are up, flat and down.
    Each state once, the comparison (同比, 环比) the same for all; a count in no state ends them."""
    found = []
    for k, whole in enumerate(scope.claims):
        if not _count(whole) or a_change(whole) \
                or not _THEM_THEN.match(scope.plain, whole.figure.end):
            continue
        parts: list[DraftClaim] = []
        states: list[str] = []
        compared: set[str] = set()
        for part in scope.claims[k + 1:]:
            if not scope.same_sentence(whole, part) or not (_count(part) and _same_things(whole, part)):
                break
            words = scope.text(scope.clause(part)[0], part.figure.number_start)
            m = _STATE.search(words)
            if m is None or "其中" in words:
                break
            parts.append(part)
            states.append(direction(m.group(1)))
            compared |= set(_COMPARISON.findall(words))
        if len(parts) < 2 or len(set(states)) < len(states) or len(compared) > 1:
            continue
        found.append(Found("breakdown", {"breakdown": whole.id, "parts": [p.id for p in parts],
                                         "exhaustive": set(states) == {"up", "flat", "down"}},
                           "stated", parts[0], "counts of the members of a count by their state "
                           "(…中，下降的有…，持平的有…)", f"{whole.id}_states"))
    return found


#: From a count to the count of those of its members that do something, in its sentence: 家A股公司
#: 已披露2025年业绩预告，业绩下滑的有, 家旅游星级饭店客房出租率超过80%的有 (的有, 的企业有,
#: 的运输机场有).
_THOSE_THAT = later(r"的[\u4e00-\u9fff]{0,4}有$")
#: How far after a count its member counts are looked for (a sentence lists a few).
_MEMBERS_WITHIN = 12
#: Words that start the parts of a part (其中…的有73家), more things beside (此外…的有44家) or a count
#: of another time (上年的有).
_NOT_OF_THE_WHOLE = later(r"其中|此外|另外|另有|上年|去年|上[周月]|同期|此前|相比|[比较]上")


def _those_that(scope: Scope) -> list[Found]:
    """Each count of the members that do something (…的有M家) after the count of all of them in
    its sentence (共计1165家A股公司已披露2025年业绩预告，业绩下滑的有709家，…，当期预计亏损的有500多家):
    each is at most the whole; they may overlap, so they are not summed."""
    found = []
    for k, whole in enumerate(scope.claims):
        a, _ = scope.sentence(whole)
        lead = scope.text(max(a, whole.figure.start - 8), whole.figure.start)
        if not _count(whole) or a_change(whole) or _THOSE_THAT.search(lead + whole.figure.text[:1]):
            continue  # 业绩下滑的有709家: a count of members, not of all
        if _bar_of(scope, whole) is not None:
            continue  # 有21家企业资产总额超过500亿元，超过100亿元的企业有356家: :func:`_over_higher_bars`
        for part in scope.claims[k + 1:k + 1 + _MEMBERS_WITHIN]:
            if a_change(part) and _same_things(whole, part):
                break  # 上涨产品数量为41种，与上周相比增加2种，下跌产品的数量有77种: a list of kinds
            if _member_count(part) and _same_things(whole, part):
                between = scope.text(whole.figure.end, part.figure.start)
                text = between[-8:] + part.figure.text[:1]
                if _NOT_OF_THE_WHOLE.search(between) or not _THOSE_THAT.search(text):
                    break  # the next count of these things is no member count of the whole
                found.append(Found("breakdown", {"breakdown": whole.id, "parts": [part.id],
                                                 "exhaustive": False}, "stated", part,
                                   "a count of those that do something among a count (…的有…)",
                                   f"{part.id}_among"))
            elif not scope.same_sentence(whole, part):
                break
    return found


#: A noun of the things counted, closing the phrase of the whole count (9家千亿级电子行业公司, 前50强公司,
#: 前五大客户): a set of firms, places, schools… that a later count can take some of.
_SET_NOUN = (r"(?:公司|企业|银行|券商|机构|单位|城市|省份|省市|地区|区县|县市|高校|大学|学校|医院|行业|"
             r"客户|品牌|车企|房企|药企|个股|实验室|项目|园区|平台|国家)")
#: From a whole count to some of them, in one clause: 9家千亿级电子行业公司有4家, …企业中仅有2家 (a
#: figure of the noun phrase may stand between: 500亿以上市值, 千亿级).
_SOME_IN_CLAUSE = later(r"[^，,。；;：:！!？?\n%]{0,16}?" + _SET_NOUN + r"中?(?:仅|只|就|也|共)?有")
#: The same across a comma after the noun phrase, with a word that picks some out: 9家500亿以上市值
#: 公司，仅2家; 前50强公司中，也仅13家; 前五大客户中，有4家 (not 其中, which :mod:`.breakdown` reads).
_SOME_AFTER_COMMA = later(r"[^，,。；;：:！!？?\n%]{0,16}?" + _SET_NOUN + r"中?[，,](?:但|而)?(?:也|则)?"
                          r"(?:仅有?|只有?|就有|有)")
#: A list of the top N, then its members of a kind after the comma: 前十大行业中，5个行业; 市值排前146名的
#: 公司中，电子行业公司仅4家 (words only, no other figure).
#: A list of the top N named by its members' noun, then the few of them the words pick out after the
#: comma (全国前15名的城市，只有4城GDP增速低于8%; 前50强的企业，仅有5家…): no 中, so only 仅/只.
_TOP_NOUN_THEN_SOME = later(r"的?" + _SET_NOUN + r"[，,](?:但|而)?(?:也|则)?(?:仅有?|只有?)")
_TOP_THEN_SOME = later(r"[^，,。；;：:！!？?\n\d%]{0,12}?中[，,][^，,。；;：:！!？?\n\d%]{0,10}?")
#: Words before a whole count in its clause that make it the object of a verb (今年共签约9个项目，有12个
#: 在谈: the 12 are no part of the 9): the whole must open its clause, or follow a short topic (A股).
_OPENS_CLAUSE = later(r"[\u4e00-\u9fffA-Za-z]{0,4}")
_VERB_BEFORE = later(r"有|共|达|为|是|增|减|新|完成|实现|签约|引进|落户|上市")
#: What the part then says of its members: a bound or a verb (有4家低于10%, 仅2家研发强度低于10%, 有4家属于,
#: 5个行业增加值实现…), right after the count or after the measure it is of — not a noun of other
#: things (集团9家公司有12家子公司).
_MEASURE_OF_MEMBERS = later(r"(?:[\u4e00-\u9fffA-Za-z]{0,8}?(?:强度|率|额|收入|利润|市值|增速|增幅|规模|"
                            r"产值|增加值|数量|比重|占比|营收|业绩|股价|净利润?|GDP|生产总值))?"
                            r"(?:增速|增幅)?")  # the rate of a measure: GDP增速
_SAYS = later(r"(?:的)?(?:均|都|已|也|仍|则|仅)?(?:低于|高于|超过|超|不足|不到|达到|在|属于|来自|位于|实现|"
              r"出现|进入|入选|入围|上榜|入列|跻身|突破|获得|未|没有|增长|下降|上涨|下跌|亏损|盈利|同比)")
#: The members' noun right after their count, in a list of the top N whose words name them: 有三个县级市
#:入列 (in 全国百强县排名), 共有28个城市GDP突破万亿元 (in 中国城市GDP百强榜).
_MEMBER_NOUN = later(r"县级市|县市|地级市|城市|县|市|区|省份|省|高校|大学|学校|医院|企业|公司|银行|品牌|园区")
_PEOPLE_OR_TIMES = frozenset("人名位次")


def _some_of_them(scope: Scope) -> list[Found]:
    """A count of some of the things a whole count (or a list of the top N) is of, by the words
    that pick them out of it: 9家千亿级电子行业公司有4家低于10%; 9家500亿以上市值公司，仅2家研发强度低于10%;
    A股研发支出前50强公司中，也仅13家研发投入资本化率超过10%; 前五大客户中，有4家属于…. The part must
    say something of its members (a bound or a verb), or close its clause after a list of the top
    N (…公司中，电子行业公司仅4家，); a figure of the noun phrase may stand between (500亿以上市值)."""
    found = []
    claims = scope.claims
    for k, whole in enumerate(claims[:-1]):
        top = _list_size(whole)
        if not (top or (_count(whole) and not a_change(whole))):
            continue
        part = next((c for c in claims[k + 1:k + 4] if c.figure.quantity is not None
                     and c.figure.quantity.unit.dimension in ("count", "rank")), None)
        if part is None or not _count(part) or a_change(part) \
                or part.figure.quantity.unit.name in _PEOPLE_OR_TIMES:  # type: ignore[union-attr]
            continue
        if not top and not _same_things(whole, part):
            continue
        lead = scope.text(whole.figure.end, part.figure.number_start)
        _, c_end = scope.clause(part)
        after = scope.text(part.figure.end, c_end)
        says = _SAYS.match(_measure_off(after)) is not None
        if top:
            inner = scope.in_span(whole.figure.end, part.figure.start)
            ok = not inner and ((_TOP_THEN_SOME.fullmatch(lead) is not None
                                and (says or (not after and lead.endswith(("有", "仅", "只")))
                                     or _members_say(scope, whole, lead, after)))
                                or (_TOP_NOUN_THEN_SOME.fullmatch(lead) is not None and says))
        else:
            w_start, _ = scope.clause(whole)
            opening = scope.text(w_start, whole.figure.start)
            ok = _OPENS_CLAUSE.fullmatch(opening) is not None and not _VERB_BEFORE.search(opening) \
                and says and (_SOME_IN_CLAUSE.fullmatch(lead) or _SOME_AFTER_COMMA.fullmatch(lead))
        if not ok or any(f.at is part for f in found):
            continue
        if top:
            found.append(Found("expect", {"expect": f"{part.id} <= {whole.id}"}, "stated", part,
                               "some members of a list of the top N (…强中，…有…)", f"{part.id}_among"))
        else:
            found.append(Found("breakdown", {"breakdown": whole.id, "parts": [part.id],
                                             "exhaustive": False}, "stated", part,
                               "some of the things a count is of (…公司有…家…)", f"{part.id}_among"))
    return found


#: From a whole count to the seats some of its things take, in its sentence: 10家省实验室余杭占4席;
#: 有3家中国企业在香港IPO，均在主板上市，医疗健康类企业表现亮眼占据2席 (no sentence end between).
_TO_SEATS = later(r"[^。；;！!？?\n]{1,30}?(?:占据|占了|占)$")
_SEAT = later(r"^(?:个)?席")
#: Words that share the seats out among the things counted: each takes them (两省…各占5席).
_EACH_TAKES = later(r"各|分别|共同|合计")
#: The words from a count to the seats its own things take, no other taker named between: 一省独占
#: (江苏一省独占23席 of 百强县), 三省共占, 5家央企占据. The count is the takers', not the whole's.
_TAKERS = later(r"[\u4e00-\u9fff（）()]{0,3}?(?:独|共|合|一共|总共|就|便|也|则|更|又|还|仍)?"
                r"(?:占据|占了|占)了?")


def _members_say(scope: Scope, top: DraftClaim, lead: str, after: str) -> bool:
    """Whether a count after a list of the top N names its members by the noun the list's words
    name them by, then says something of them (全国百强县排名中，河南有三个县级市入列; 中国城市GDP百强榜中，
    共有28个城市GDP突破万亿元) — not other things the members hold (百强县中，有3000家企业实现增长)."""
    m = _MEMBER_NOUN.match(after)
    if m is None:
        return False
    a, _ = scope.clause(top)
    named = scope.text(a, top.figure.start) + top.figure.text + lead.split("中")[0]
    return any(ch in named for ch in m.group()) and _SAYS.match(_measure_off(after[m.end():])) is not None


def _seats_of_a_count(scope: Scope) -> list[Found]:
    """The seats some members take among a whole count (10家省实验室余杭占4席): at most the count.
    The count must be the last before the seats in their sentence (a list of the top N between is
    what the seats are of: :func:`find` reads 前十的港口中，我国占据八席)."""
    found = []
    claims = scope.claims
    for k, seats in enumerate(claims[1:], 1):
        q = seats.figure.quantity
        if q is None or q.unit.dimension != "count" or not exact(seats) \
                or not _SEAT.match(scope.text(seats.figure.end - 1, seats.figure.end + 2)):
            continue
        whole = claims[k - 1]
        lead = scope.text(whole.figure.end, seats.figure.number_start)
        if not _count(whole) or a_change(whole) or whole.figure.quantity.unit.name == "席" \
                or whole.figure.names or not scope.same_sentence(whole, seats) \
                or not _TO_SEATS.search(lead) or _EACH_TAKES.search(lead) \
                or (_TAKERS.fullmatch(lead) and "中" not in lead and "里" not in lead):
            continue  # 两省平分秋色，各占5席; 江苏一省独占23席: the count of those that take the seats
        found.append(Found("breakdown", {"breakdown": whole.id, "parts": [seats.id], "exhaustive": False},
                           "stated", seats, "the seats some of the things a count is of take (…占…席)",
                           f"{seats.id}_among"))
    return found


#: The words that make a count the part some of a count's things take, right before its number:
#: 江苏、浙江、上海占了三百二十七家 (of 五百家大规模民营企业), 创业板公司占了18家 (of the 146家 of the
#: sentence before), 半导体行业占据了其中的18家.
_TAKES = later(r"(?:占据|占了|占)了?(?:其中的?)?$")
#: How many claims back a take's whole is looked for (its sentence and the one before it).
_TAKE_WITHIN = 8


def _taken_of_a_count(scope: Scope) -> list[Found]:
    """The count some of a count's things take (…占了N家): at most the nearest count before it of
    the same things, in its sentence (stated: 五百家大规模民营企业中，江苏、浙江、上海占了三百二十七家) or
    in the sentence right before it, on its line (linked: 千亿市值以上的公司达到146家，10年间翻了近3倍。
    从上市板块来看，创业板公司占了18家). Not the whole of a share after 占 (占100家企业的30%), not
    counts each of several take (各占5家, 分别占), never another take (东部地区占65个，中部地区占22个:
    siblings), nor a change (比上年增加116家)."""
    found = []
    claims = scope.claims
    for k, part in enumerate(claims):
        if not _count(part) or a_change(part):
            continue
        c_start, _ = scope.clause(part)
        lead = scope.text(c_start, part.figure.number_start)
        if not _TAKES.search(lead) or _EACH_TAKES.search(lead) or a_share_whole(scope, part):
            continue
        s_start, _ = scope.sentence(part)
        previous = scope.sentence_of_offsets(s_start - 2, s_start - 2)[0] if s_start > 1 else 0
        line = scope.article.line_of(part.figure.start)
        whole = None
        for j in range(k - 1, max(-1, k - 1 - _TAKE_WITHIN), -1):
            c = claims[j]
            if scope.article.line_of(c.figure.start) != line:
                break
            if c.figure.start < previous:
                break  # two sentences back
            if not (_member_count(c) and _same_things(c, part)):
                continue
            if a_change(c) or _TAKES.search(scope.before(c)):
                continue  # 比上年增加116家; a sibling take
            if _count(c) and not _listed_after(scope, claims[j - 1] if j else None, c):
                whole = c
            break
        if whole is None:
            continue
        how = "stated" if scope.same_sentence(whole, part) else "linked"
        found.append(Found("breakdown", {"breakdown": whole.id, "parts": [part.id], "exhaustive": False},
                           how, part, "the count some of a count's things take (…占了…家)",
                           f"{part.id}_among"))
    return found


#: The bounds of a bar that those counted pass upwards (超过100亿元, 1000亿元以上) or stay under (不足).
_UPWARD = frozenset({"more-than", "at-least"})
_DOWNWARD = frozenset({"under", "at-most"})
#: Words between two counts that make the second of another time or a comparison (而2005年度…只有8家).
_OTHER_TIME = later(r"\d{2,4}年|上年|去年|同期|上[周月]|而|比|较|相比")
#: Words that say nothing of the things counted or of the measure (的, 有, 只有 …).
_NO_NOUN = later(r"[的有只仅共达为约近均都也则还另]")


def _over_higher_bars(scope: Scope) -> list[Found]:
    """Counts of the things over two bars of one measure in one sentence: those over the higher bar
    are among those over the lower (营业收入总额超过100亿元的企业有58家，超过200亿元的企业有14家;
    有27家企业的营业收入超过500亿元，有438家超过100亿元), and those under the lower bar among those
    under the higher. Each count has its bar in its clause; the later clause names no other things
    or measure than the earlier (its words, less figures and 的/有, are within the earlier's:
    超过200亿元的民企 is no part of 超过100亿元的国企), and no other time stands between (而2005年度…)."""
    found = []
    last: tuple | None = None
    for c in scope.claims:
        if not _member_count(c) or a_change(c):
            continue
        span = scope.clause(c)
        inside = scope.in_span(*span)
        bar = _bar_of(scope, c)
        if bar is None:
            last = None
            continue
        words = _NO_NOUN.sub("", "".join(scope.text(a, b) for a, b in _between_figures(span, inside)))
        entry = (c, bar, words, bar.figure.quantity.qualifier in _UPWARD)  # type: ignore[union-attr]
        if last is not None and scope.same_sentence(last[0], c) and last[3] == entry[3] \
                and same_unit(last[1], bar) and _same_things(last[0], c) and words in last[2] \
                and not _OTHER_TIME.search(scope.text(last[0].figure.end, span[0])):
            fewer = _fewer(last, entry)
            if fewer is not None:
                small, big = fewer
                found.append(Found("breakdown", {"breakdown": big.id, "parts": [small.id],
                                                 "exhaustive": False}, "stated", c,
                                   "those over a higher bar among those over a lower (超过…的有…)",
                                   f"{c.id}_over_bars"))
        last = entry
    return found


def _bar_of(scope: Scope, c: DraftClaim) -> DraftClaim | None:
    """The one bar in the clause of a count, its only count (超过100亿元 in 超过100亿元的企业有58家)."""
    inside = scope.in_span(*scope.clause(c))
    bars = [b for b in inside if b is not c and b.figure.quantity is not None
            and b.figure.quantity.qualifier in _UPWARD | _DOWNWARD
            and b.figure.quantity.unit.dimension not in ("count", "rank")]
    if len(bars) != 1 or sum(1 for x in inside if _member_count(x)) != 1:
        return None
    return bars[0]


def _fewer(a: tuple, b: tuple) -> tuple[DraftClaim, DraftClaim] | None:
    """(the count over the higher bar, the count over the lower), or under the lower and the higher;
    None when the bars are one."""
    lo_a, lo_b = (_bar_value(a[1]), _bar_value(b[1]))
    if lo_a is None or lo_b is None or lo_a == lo_b:
        return None
    upward = a[3]
    if (lo_a > lo_b) == upward:
        return a[0], b[0]
    return b[0], a[0]


def _bar_value(c: DraftClaim):
    i = c.figure.quantity.interval  # type: ignore[union-attr]
    return i.lo if i.lo is not None else i.hi


def _between_figures(span: tuple[int, int], inside: list[DraftClaim]) -> list[tuple[int, int]]:
    """The stretches of a clause outside its figures."""
    out, at = [], span[0]
    for x in inside:
        out.append((at, x.figure.start))
        at = x.figure.end
    out.append((at, span[1]))
    return out


#: 其中 right before a count inside its clause, after a verb: 已与其中八家, 在其中8个乡镇 (a clause
#: opened by 其中 is :mod:`.breakdown`'s).
_OF_THEM = later(r"[\u4e00-\u9fffA-Za-z]其中的?$")


def _of_them(scope: Scope) -> list[Found]:
    """A count 其中 ties to the nearest count (or list of the top N) before it in its sentence:
    排名前十的券商里Cloudera已与其中八家建立了业务联系; 在RCEP建立有AEO制度的10个成员中，截至目前已与
    其中5国签署了AEO互认安排. At most it."""
    found = []
    claims = scope.claims
    for k, part in enumerate(claims):
        if not _count(part) or a_change(part):
            continue
        c_start, _ = scope.clause(part)
        if not _OF_THEM.search(scope.text(c_start, part.figure.number_start)):
            continue
        for c in reversed(claims[max(0, k - _TAKE_WITHIN):k]):
            if not scope.same_sentence(c, part):
                break
            q = c.figure.quantity
            if q is None or q.unit.dimension not in ("count", "rank") or a_change(c):
                continue
            if _list_size(c):
                found.append(Found("expect", {"expect": f"{part.id} <= {c.id}"}, "stated", part,
                                   "some members of a list of the top N (…前十…其中八家)",
                                   f"{part.id}_among"))
            elif _count(c) and same_counter(part, c):
                found.append(Found("breakdown", {"breakdown": c.id, "parts": [part.id], "exhaustive": False},
                                   "stated", part, "a count 其中 ties to the count before it (…与其中5国)",
                                   f"{part.id}_among"))
            break
    return found


#: The verbs of an inspection, in the clause of the count of those inspected: 共检查企业68家, 共检查734家
#: 企业（单位）, 督查企业（单位）378家.
_CHECKED = later(r"检查|督查|排查|核查|抽查|抽检|巡查|暗访|检测")
#: 发现 before the count of those found (to their number, no figure between): 发现45家企业存在…,
#: 检查发现存在环保问题企业（单位）279家.
_FOUND = later(r"发现[^，,。；;！!？?\d%]{0,20}$")


def _found_among_checked(scope: Scope) -> list[Found]:
    """The things an inspection found (…发现M家) among those it inspected (检查N家), in one sentence:
    60个检查组共检查企业68家，发现45家企业存在涉嫌环境违法行为; 9个督查组共督查企业（单位）378家，检查发现
    存在环保问题企业（单位）279家. The inspected count is the nearest count of the same things before,
    its clause an inspection's; at most it. Not a count of other things (发现问题隐患800处)."""
    found = []
    claims = scope.claims
    for k, part in enumerate(claims):
        if not _member_count(part) or a_change(part):
            continue
        c_start, _ = scope.clause(part)
        if "发现" not in scope.text(c_start, part.figure.number_start) \
                or not _FOUND.search(scope.text(c_start, part.figure.number_start)):
            continue
        for c in reversed(claims[max(0, k - _TAKE_WITHIN):k]):
            if not scope.same_sentence(c, part):
                break
            if not (_member_count(c) and _same_things(c, part)) or a_change(c):
                continue
            a, b = scope.clause(c)
            if _count(c) and _CHECKED.search(scope.text(a, b)) and "发现" not in scope.text(a, b) \
                    and not _OTHER_TIME.search(scope.text(c.figure.end, part.figure.start)):
                found.append(Found("breakdown", {"breakdown": c.id, "parts": [part.id], "exhaustive": False},
                                   "stated", part, "the things an inspection found among those it inspected "
                                   "(检查…家，发现…家)", f"{part.id}_among"))
            break
    return found


#: The verbs that make a list of things, in the clause of its size: 新认定133家, 评出了25项, 公布了100个.
_LISTS = later(r"认定|评出|评选|遴选|公布|发布|命名")
#: The words of a count that made the list, in its clause: 入围榜单, 入选的6个集群, 名列其中.
_MADE_LIST = later(r"入围|入选|上榜|获评|名列其中")
#: Words that make the count one of more lists than this one: 累计入选, 历年.
_ACROSS_LISTS = later(r"累计|历年|总计|共计|先后")


def _made_the_list(scope: Scope) -> list[Found]:
    """The count of things of one place that made a list, after the list's size in the sentence:
    新认定133家国家级科技企业孵化器，我省富达高新技术创业服务有限公司等23家科技企业孵化器入围榜单;
    省经信厅公布了200家2020年度省专精特新中小企业名单，我市18家企业名列其中. At most the size (not a count
    across lists: 累计入选; not 25项 集群 and 6个: kinds and things)."""
    found = []
    claims = scope.claims
    for k, part in enumerate(claims):
        if not _count(part) or a_change(part):
            continue
        clause = scope.text(*scope.clause(part))
        if not _MADE_LIST.search(clause) or _ACROSS_LISTS.search(clause) or _LISTS.search(clause):
            continue
        for c in reversed(claims[max(0, k - _TAKE_WITHIN):k]):
            if not scope.same_sentence(c, part):
                break
            q = c.figure.quantity
            if q is None or q.unit.dimension != "count" or a_change(c):
                continue
            if _count(c) and same_counter(part, c) and _LISTS.search(scope.text(*scope.clause(c))) \
                    and not _OTHER_TIME.search(clause):  # 去年入选的…: another year's list
                found.append(Found("breakdown", {"breakdown": c.id, "parts": [part.id],
                                                 "exhaustive": False}, "stated", part,
                                   "a count that made a list, after the list's size (认定…家，…家入围)",
                                   f"{part.id}_among"))
            break
    return found


#: The verbs of things that enter a list of the top N: 入围中国企业500强, 跻身全国百强县, 进入前十.
_ENTER = r"(?:入围|入选|跻身|进入|上榜|挺进|闯入|入列|名列|位列)"
#: From a count to the list it entered, in one phrase: 家企业入围中国企业, 个县（市）跻身全国.
_ENTERED = later(r"[^，,、。；;：:！!？?\n\d%]{0,10}?" + _ENTER
                 + r"(?:了|于)?[^，,、。；;：:！!？?\n\d%]{0,12}?")
#: A rank verb right before a count: the count is a place (2008年排37位、跻身全国十强).
_PLACED = later(r"(?:排名?|排在|居|位居|位列|名列|列)$")
#: The words before a list in its clause that make it the list things entered: 入围中国企业, 上榜.
_ENTERING = later(_ENTER + r"(?:了|于)?[^，,。；;：:！!？?\n\d%]{0,12}$")
#: From a list entered to the count of those that entered it: 的企业有, 榜单的企业，共有, 的县（市）有.
_THOSE_ENTERED = later(r"[^，,。；;：:！!？?\n\d%]{0,4}?的[^，,。；;：:！!？?\n\d%]{0,8}?[，,]?"
                       r"(?:共有|共计|总共|一共|有|达到?|为|共)")
#: The seats taken of a list of the top N, right after it: 占据百强县的76席, 占据了百强县52个席位.
_TAKES_OF_LIST = later(r"(?:占据|占了|占)了?[^，,。；;：:！!？?\n\d%]{0,6}$")
_SEATS_OF_LIST = later(r"[^，,。；;：:！!？?\n\d%]{0,4}?的?")
#: Words that make the count one of more lists, or of those that tried (参评), or tied (并列).
_NOT_ENTERED = later(r"累计|历年|总计|先后|参评|参选|申报|报名|申请|推荐|候选|并列|[家个]次")


def _entered_the_list(scope: Scope) -> list[Found]:
    """The count of things that entered a list of the top N, in one phrase: 我市共有12家企业入围中国企业
    500强; 全省共有8个县（市）跻身全国百强县; 入围中国企业500强的企业有12家; 上榜500强榜单的企业，共有57家.
    At most N. Not counts across lists (累计入选), of those that tried (参评), of ties (并列)."""
    found = []
    claims = scope.claims
    for k, c in enumerate(claims[:-1]):
        nxt = claims[k + 1]
        if _count(c) and not a_change(c) and _list_size(nxt):
            c_start, _ = scope.clause(c)
            between = scope.text(c.figure.end, nxt.figure.start)
            words = scope.text(c_start, c.figure.start) + c.figure.text + between
            if _ENTERED.fullmatch(between) and not _PLACED.search(scope.before(c)) \
                    and not _NOT_ENTERED.search(words):
                found.append(Found("expect", {"expect": f"{c.id} <= {nxt.id}"}, "stated", c,
                                   "the things that entered a list of the top N (…家企业入围…500强)",
                                   f"{c.id}_among"))
        elif _list_size(c) and _count(nxt) and not a_change(nxt):
            c_start, _ = scope.clause(c)
            lead = scope.text(c_start, c.figure.number_start)
            between = scope.text(c.figure.end, nxt.figure.number_start)
            if _ENTERING.search(lead) and _THOSE_ENTERED.fullmatch(between) \
                    and not _NOT_ENTERED.search(lead + between + nxt.figure.text):
                found.append(Found("expect", {"expect": f"{nxt.id} <= {c.id}"}, "stated", nxt,
                                   "the things that entered a list of the top N (入围…500强的企业有…)",
                                   f"{nxt.id}_among"))
            elif _TAKES_OF_LIST.search(lead) and _SEATS_OF_LIST.fullmatch(between) \
                    and _SEAT.match(scope.text(nxt.figure.end - 1, nxt.figure.end + 2)) \
                    and not _EACH_TAKES.search(lead):
                found.append(Found("expect", {"expect": f"{nxt.id} <= {c.id}"}, "stated", nxt,
                                   "the seats taken of a list of the top N (占据百强县的…席)",
                                   f"{nxt.id}_among"))
    return found


#: From a bar to the count of the things that pass it: 的企业数量增至, 的企业有, 的民营企业共有.
_PASS_THE_BAR = later(r"(?:以上|以下)?的[\u4e00-\u9fff]{0,6}?(?:数量|数)?"
                      r"(?:共有|有|达到?|增至|增加到|升至|为)")
#: From a list of the top N to the bar in its sentence: 500强中，营收 (中 and the measure), or a clause
#: opened by 其中 (…500强共实现营业收入89.83万亿元…；其中营业收入).
_TO_THE_BAR = later(r"[^，,。；;：:！!？?\n\d%]{0,12}?中[，,]?[^，,。；;：:！!？?\n\d%]{0,8}?")
_OF_THEM_BAR = later(r"(?:^|[，,；;])其中[，,]?[^，,。；;：:！!？?\n\d%]{0,8}?$")


def _over_a_bar_in_the_list(scope: Scope) -> list[Found]:
    """The count of the members of a list of the top N over a bar, in the list's sentence: 2020中国企业
    500强中，营收超千亿元的企业数量增至217家; 本次发布的中国企业500强共实现营业收入89.83万亿元，…；
    其中营业收入超过1000亿元的企业有222家. At most N. The bar is the one figure between (after 中) or
    is in the clause 其中 opens, with no other count or list back to the list in that sentence or
    the one before."""
    found = []
    claims = scope.claims
    for k, bar in enumerate(claims[1:-1], 1):
        q = bar.figure.quantity
        if q is None or q.qualifier not in _UPWARD | _DOWNWARD or q.unit.dimension in ("count", "rank"):
            continue
        part = claims[k + 1]
        if not _member_count(part) or a_change(part) or not scope.same_sentence(bar, part) \
                or not _PASS_THE_BAR.fullmatch(scope.text(bar.figure.end, part.figure.number_start)):
            continue
        top = None
        c_start, _ = scope.clause(bar)
        if _OF_THEM_BAR.search(scope.text(max(0, c_start - 1), bar.figure.start)):
            s_start, _ = scope.sentence(bar)
            previous = scope.sentence_of_offsets(s_start - 2, s_start - 2)[0] if s_start > 1 else 0
            for c in reversed(claims[max(0, k - _TAKE_WITHIN):k]):
                if c.figure.start < previous or c.line != bar.line:
                    break
                q = c.figure.quantity
                if q is not None and q.unit.dimension in ("count", "rank"):
                    top = c if _list_size(c) else None
                    break
        elif _list_size(claims[k - 1]) \
                and _TO_THE_BAR.fullmatch(scope.text(claims[k - 1].figure.end, bar.figure.start)):
            top = claims[k - 1]
        if top is not None and same_counter(part, part):
            found.append(Found("expect", {"expect": f"{part.id} <= {top.id}"}, "stated", part,
                               "the members of a list of the top N over a bar (500强中，…超千亿元的企业…)",
                               f"{part.id}_among"))
    return found


#: The words before a count of all the places or things of a place, in its clause: 全省, 全市共有.
_ALL_OF_A_PLACE = later(r"(?:全[国省市区县]|本[省市区县]|我[省市区县])(?:共有|共|有)?")
#: The words before a count of some of them opening its clause: 有, 仅有 (其中 is :mod:`.breakdown`'s).
_SOME_OPEN = later(r"(?:有|仅有|只有|共有)?")
#: The noun of places or things right after their count: 县（市）, 县（市、区）, 乡镇, 行业.
_UNIT_NOUN = later(r"县[（(]市(?:、区)?[）)]|县[（(]区[）)]|县级市|县市区?|地级市|城市|乡镇|街道|行业|企业|"
                   r"县|市|区|镇")
#: Words that add other things to a count: 另有, 此外, 还有.
_BESIDES = later(r"另有|另外|此外|还有|新增|新设")


def _some_of_the_subject(scope: Scope) -> list[Found]:
    """The count of some of the places or things a sentence opens with, in a later clause of it with
    the same noun and saying something of them: 全省78个县（市）实现工业增加值2284.67亿元，同比增长8.5%，…，
    有59个县（市）增速高于全省平均增速. At most the count of all. Not a count after 其中 (:mod:`.breakdown`),
    of other things (全省30个区), or added to them (另有)."""
    found = []
    claims = scope.claims
    for k, whole in enumerate(claims[:-1]):
        if not _count(whole) or a_change(whole) or not _ALL_OF_A_PLACE.fullmatch(scope.before(whole)):
            continue
        m = _UNIT_NOUN.match(scope.text(whole.figure.end, whole.figure.end + 8))
        if m is None:
            continue
        noun = m.group()
        for part in claims[k + 1:k + 1 + _MEMBERS_WITHIN]:
            if not scope.same_sentence(whole, part):
                break
            after = scope.text(part.figure.end, scope.clause(part)[1])
            if not _member_count(part) or a_change(part) or not after.startswith(noun) \
                    or not same_counter(part, whole):
                continue
            if _SOME_OPEN.fullmatch(scope.before(part)) and _SAYS.match(_measure_off(after[len(noun):])) \
                    and not _BESIDES.search(scope.text(whole.figure.end, part.figure.start)):
                found.append(Found("breakdown", {"breakdown": whole.id, "parts": [part.id],
                                                 "exhaustive": False}, "stated", part,
                                   "some of the places a sentence opens with (全省78个县…，有59个县…)",
                                   f"{part.id}_among"))
            break
    return found


def _listed_after(scope: Scope, before: DraftClaim | None, c: DraftClaim) -> bool:
    """Whether a count follows another of the same things in its sentence (医院20家，卫生院30家): an
    item of a list, which the take after it need not be of."""
    return before is not None and _member_count(before) and _same_things(before, c) \
        and not a_change(before) and scope.same_sentence(before, c)


def _measure_off(after: str) -> str:
    """What the part says, past the measure it is of (研发强度低于10% → 低于10%)."""
    m = _MEASURE_OF_MEMBERS.match(after)
    return after[m.end():] if m else after


def _in_the_list(scope: Scope, top: DraftClaim, rank: DraftClaim) -> bool:
    """Whether a place follows a list of the top N in its phrase, as a place in that list (位列…百强县市
    第一名, 跻身全国十强位列第九): no comma or figure between, no wider ranking, nothing outside it."""
    between = scope.text(top.figure.end, rank.figure.start)
    return _IN_TOP_RANK.fullmatch(between) is not None and not _NOT_IN_THE_LIST.search(between)


def _ranks_among(scope: Scope, whole: DraftClaim, k: int) -> list[Found]:
    """The rank of each member named in the clauses after 中 (三个行业中，房地产排名第二，互联网排第三):
    each at most the count."""
    out = []
    claims = scope.claims
    while True:
        part = claims[k]
        out.append(Found("expect", {"expect": f"{part.id} <= {whole.id}"}, "stated", part,
                         "a rank among the things a count is of (…中，…排名第…)", f"{part.id}_among"))
        if k + 1 >= len(claims) or not _rank(claims[k + 1]) or \
                not _NEXT_RANK.fullmatch(scope.text(part.figure.end, claims[k + 1].figure.start)):
            return out
        k += 1


def _same_things(whole: DraftClaim, part: DraftClaim) -> bool:
    """Both counted with one measure word, or both people (名, 人, 位)."""
    a, b = whole.figure.quantity.unit.name, part.figure.quantity.unit.name  # type: ignore[union-attr]
    return a == b or (a in _PEOPLE and b in _PEOPLE)


def people(c: DraftClaim) -> bool:
    """A count of people (人, 名, 位)."""
    return c.figure.quantity is not None and c.figure.quantity.unit.name in _PEOPLE


def _count(c: DraftClaim) -> bool:
    q = c.figure.quantity
    return q is not None and q.unit.dimension == "count" and exact(c) and c.figure.kind == "level"


def _member_count(c: DraftClaim) -> bool:
    """A count of some members: exact, or X余/X多 (有500多家)."""
    q = c.figure.quantity
    return q is not None and q.unit.dimension == "count" and c.figure.kind == "level" \
        and q.qualifier in (None, "odd")


def _rank(c: DraftClaim) -> bool:
    """第30位, 第二位: one place in a ranking (not 前十, a range of places)."""
    q = c.figure.quantity
    return q is not None and q.unit.dimension == "rank" and c.figure.text.startswith("第") \
        and q.interval.lo == q.interval.hi


def _list_size(c: DraftClaim) -> bool:
    """50强, 前十名: the places of a list of the top N (ranks 1 to N)."""
    q = c.figure.quantity
    return q is not None and q.unit.dimension == "rank" and q.interval.lo == 1 \
        and q.interval.hi is not None and q.interval.hi > 1


def forecast_types(scope: Scope, start: int, parts: list[DraftClaim]) -> list[DraftClaim]:
    """The counts of firms listed from ``start`` (where their whole's words end), from the first,
    each of one type of earnings forecast and none of the firms another counts; empty when fewer
    than two. A count's type is in its own words: after the clause of the count before it
    (预增167家，略增3家; 业绩预增(…)的59家，占比51%；业绩预减(…)24家) or right after it (124家预增、
    102家略增)."""
    seen: list[str] = []
    out: list[DraftClaim] = []
    end = start
    for p in parts:
        before = scope.text(end, p.figure.start)
        if p is not parts[0]:
            before = _SEPARATOR.split(before, maxsplit=1)[-1]
        after = _SEPARATOR.split(scope.text(p.end, p.end + 12), maxsplit=1)[0]
        types = set(_FORECAST_TYPE.findall(before + "|" + after))
        end = p.end
        if len(types) != 1 or p.figure.quantity is None or p.figure.quantity.unit.dimension != "count":
            break
        kind = types.pop()
        if any(kind == t or frozenset({kind, t}) in _SAME_FIRMS for t in seen):
            break
        seen.append(kind)
        out.append(p)
    return out if len(out) >= 2 else []


#: Counters that count things of any kind (项目27个…其中5项, 工程41处…打井34眼, 市场主体…万户…企业…
#: 万家, 大牲畜…头…马…匹): two counts with other counters than these (15席, 38宗) count different things.
ANY_THING = frozenset("个项家户所名人位座处头匹只口")
#: Measure words that count kinds of things, not things.
_KINDS = frozenset("种类项批")


def same_counter(c: DraftClaim, total: DraftClaim) -> bool:
    """Counts of people with people, of kinds with kinds, of things with things (饮水安全工程41处，
    其中打井34眼), never 9所 schools in a total of 2.95万人 students."""
    if c.figure.quantity.unit.dimension != "count":  # type: ignore[union-attr]
        return True
    kinds = {x.figure.quantity.unit.name in _KINDS for x in (c, total)}  # type: ignore[union-attr]
    if kinds == {True, False} and not all("项目" in x.quote for x in (c, total)):
        return False  # 136种产品…其中…519.39万台: kinds of products are not pieces (but 98个项目…
        # 其中，产业项目有77项: projects, counted by 个 or by 项)
    counters = {x.figure.quantity.unit.name for x in (c, total)}  # type: ignore[union-attr]
    if len(counters) == 2 and not counters & ANY_THING:
        return False  # 三四线城市占据榜单15席…其中无锡38宗地块: seats on a list, plots of land
    return people(total) == people(c)
