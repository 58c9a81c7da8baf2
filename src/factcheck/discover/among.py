"""A count of some of the things another count is of, in one breath: 浙江省90个区县中仅有8个低于全国
人均收入, 苏州新上市的4家公司中有3家来自半导体产业. The part is at most the whole (a breakdown that
need not be exhaustive). A rank among them (长三角41个市中第30位, 在入围的77个城市中排名第二位) is at
most their count. The same words with a comma after 中 (38个行业大类中，37个…) are read with
the counts split by a sentence (:mod:`.sections`). A count that made a list, in the clause after
the list's size (总共录取了7173名本科生，海淀就有479人上榜), is at most that size too. So is each count of
those that do something after the count of all in its sentence (共计1165家A股公司已披露2025年业绩预告，
业绩下滑的有709家，…，当期预计亏损的有500多家): they may overlap, so they are not summed — unless
each counts the firms of one type of earnings forecast (预增, 略增, 续盈, 扭亏, 预减, 略减, 续亏, 首亏),
which a firm has one of (:func:`forecast_types`, for the modules that split a count).
"""

from __future__ import annotations

from ..patterns import later
from .claims import DraftClaim
from .scope import Found, Scope, a_change, exact

__all__ = ["ANY_THING", "find", "forecast_types", "people", "same_counter"]

#: The words from a whole count to its part: 个区县中仅有, 家公司中有 — not the next item of a list
#: whose name ends in 中 (小学101036人、初中48058人).
_AMONG = later(r"[^，,。；;：:、！!？?\n\d%]{0,12}?(?<![初高])中(?:仅|只|就|也|共|则)?有?")


#: The words from a count to a rank among its members: 个市中, 个城市中排名, 个省份中位列.
_AMONG_RANK = later(r"[^，,。；;：:！!？?\n\d%]{0,12}?中(?:排名|排在|排|位列|位居|名列|居)?")

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
        if _count(whole) and _rank(part) \
                and _AMONG_RANK.fullmatch(scope.text(whole.figure.end, part.figure.start)):
            found.append(Found("expect", {"expect": f"{part.id} <= {whole.id}"}, "stated", part,
                               "a rank among the things a count is of (…中第…位)",
                               f"{part.id}_among"))
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
