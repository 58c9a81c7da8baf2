"""Coverage ratios: the share of the members of a group that did something, named by the 面 it
covers — 增长面 (growing), 盈利面 (in profit), 亏损面 (at a loss), 下降面 (falling): 38个工业行业大类中
27个行业增加值实现同比增长，增长面71%; 41个工业大类行业有15个利润总额实现增长，1个持平，25个下降，行业增长面
为36.6%; 251家上市公司中210家实现归母净利润为正，盈利面约为83.67%.

The whole is the count the group is named by (N个…中, N个…有), the part the count after it whose own
clause says what the 面 covers (…增长 for 增长面, never the 25个 that fell); both in the ratio's
sentence: *stated*. A ratio whose sentence counts the part but not the group (其中，7月份有23个行业实现
增长，增长面为62.2% after 37个大类行业中21个行业生产实现增长，增长面为56.8%) is of the group of the ratio
of the same 面 its paragraph stated last: *linked*. A ratio with no count of the part (在产的34个
工业行业中，增长面为64.7%; 企业盈利面72.9%) or of several parts (4个…、5个…、7个…，43.2%的行业) ties
nothing.

A paragraph's topic is a coverage ratio too: a share of a group that did something, opening its
paragraph or a numbered point (九成行业实现增长，个别行业发展迅猛。; 近六成行业实现增长。; 二是超过半数的行业
增速较上月加快。), is the share of the group the next sentence counts (我市规模以上服务业涉及27个行业大类;
37个大类行业中; 41个大类行业中，) that did so — the one count after it whose own words say what the topic's
last word says (有24个行业营业收入实现增长; 23个行业增加值同比增速较6月份加快): *linked*, the words tie them
across a sentence. Not a share inside a paragraph, nor one whose group or doing the next sentence does
not count (九成企业实现盈利。27个行业中24个行业增长).
"""

from __future__ import annotations

from itertools import pairwise

from ..patterns import later
from .claims import DraftClaim
from .scope import Found, Scope, a_change, exact, is_level, is_share, same_unit

__all__ = ["find"]

#: The 面 right before the ratio (行业增长面为, 增长面达, 企业盈利面约为), with what it covers.
_FACE = later(r"(增长|盈利|亏损|下降)面(?:为|达到|达|约为|约|超过|超)?$")
#: What the part's own clause says for each 面: 实现增长, 利润总额同比增加; 实现盈利, 净利润为正; 亏损;
#: 下降, 减少.
_DOES = {"增长": later(r"增长|增加|(?<!负)增(?!速)"), "盈利": later(r"盈利|为正|赢利"),
         "亏损": later(r"亏损"), "下降": later(r"下降|减少")}
#: Words saying the part did the other thing (下降 for 增长面), which its clause must not say.
_NOT = {"增长": later(r"下降|减少|持平|降幅"), "盈利": later(r"亏损"), "亏损": later(r"盈利|扭亏"),
        "下降": later(r"增长|增加|持平")}
#: Between the group's count and the part's: the group's name and 中 or 有 (41个大类行业中有, 38个工业
#: 行业大类中, 在全省统计的445种产品产量中，, 41个工业大类行业有).
_AMONG = later(r"^[^\d，,。；;：:（()）]{0,16}?(?:中[，,]?有?|有)$")


def find(scope: Scope) -> list[Found]:
    found = _topics(scope)
    if "面" not in scope.plain:
        return found
    groups: dict[str, tuple[DraftClaim, int]] = {}  # the last group of each 面, with its paragraph
    for rate in scope.claims:
        m = _FACE.search(scope.before(rate)) if is_share(rate) else None
        if m is None:
            continue
        face = m.group(1)
        a, _ = scope.sentence(rate)
        counts = [c for c in scope.in_span(a, rate.figure.start) if is_level(c) and exact(c)
                  and not a_change(c) and c.figure.quantity.unit.dimension == "count"]
        whole, part = _group_and_part(scope, counts, face)
        paragraph = scope.plain.rfind("\n", 0, rate.figure.start)
        how = "stated"
        if whole is None and part is not None and face in groups and groups[face][1] == paragraph:
            whole, how = groups[face][0], "linked"
        if whole is None or part is None or not same_unit(whole, part):
            continue
        groups[face] = (whole, paragraph)
        found.append(Found("share", {"share": part.id, "of": whole.id, "is": rate.id}, how, rate,
                           f"a {face}面: the count that did so of the group counted",
                           f"{part.id}_coverage"))
    return found


def _group_and_part(scope: Scope, counts: list[DraftClaim],
                    face: str) -> tuple[DraftClaim | None, DraftClaim | None]:
    """The count the group is named by and the count of the part the 面 covers, among the counts of
    the ratio's sentence before it (the group None when the sentence names none); the part the
    only count whose own words say what the 面 covers."""
    whole = next((c for c, d in pairwise(counts)
                  if _AMONG.match(scope.text(c.figure.end, d.figure.number_start))), None)
    after = counts[counts.index(whole) + 1:] if whole is not None else counts
    doing = [c for c in after if _does(scope, c, face)]
    return whole, doing[0] if len(doing) == 1 else None


def _does(scope: Scope, c: DraftClaim, face: str) -> bool:
    """Whether the words after a count, up to the next figure or the end of its clause, say it
    did what the 面 covers (21个行业生产实现增长, 210家实现归母净利润为正)."""
    _, end = scope.clause(c)
    k = scope.index(c)
    if k + 1 < len(scope.claims):
        end = min(end, scope.claims[k + 1].figure.start)
    words = scope.text(c.figure.end, end)
    return bool(_DOES[face].search(words)) and not _NOT[face].search(words)


#: What may open a paragraph before its topic's share: a numbered point (二是, （一）, 一、, 1.) and
#: the share's bound word (超过半数; 二是超过半数 has its 是 read with the figure).
_POINT = later(r"^(?:[一二三四五六七八九十]是?|[（(][一二三四五六七八九十][）)]|[一二三四五六七八九十]、"
               r"|\d[.、．])?"
               r"(?:超过|超|逾|近|接近|将近|约|有)?$")
#: A topic's words after its share, to the end of its clause: the members and what they did
#: (行业实现增长, 的行业增速较上月加快, 工业产品产量较上月增长加快).
_TOPIC = later(r"^的?([\u4e00-\u9fff]{4,16})$")


def _topics(scope: Scope) -> list[Found]:
    """The share of a group a paragraph opens with, against the counts of its next sentence."""
    found = []
    for t in scope.claims:
        if not is_share(t):
            continue
        paragraph = scope.plain.rfind("\n", 0, t.figure.start) + 1
        _, clause_end = scope.clause(t)
        _, sentence_end = scope.sentence(t)
        m = _TOPIC.match(scope.text(t.figure.end, clause_end))
        if m is None or not _POINT.match(scope.text(paragraph, t.figure.start)) \
                or scope.plain.find("\n", t.figure.start, sentence_end + 1) >= 0:
            continue
        a, b = scope.sentence_of_offsets(sentence_end + 1, sentence_end + 1)
        if scope.plain.find("\n", sentence_end, a) >= 0:
            continue  # the paragraph ends with the topic
        words = m.group(1)
        counts = [c for c in scope.in_span(a, b) if is_level(c) and exact(c) and not a_change(c)
                  and c.figure.quantity.unit.dimension == "count"]
        group = next((c for c in counts if words[:2] in _own_words(scope, c)), None)  # 行业, 工业(产品)
        if group is None:
            continue
        doing = [c for c in counts[counts.index(group) + 1:] if same_unit(c, group)
                 and c.figure.quantity.unit.name == group.figure.quantity.unit.name
                 and words[-2:] in _own_words(scope, c)]
        if len(doing) == 1:
            found.append(Found("share", {"share": doing[0].id, "of": group.id, "is": t.id}, "linked", t,
                               "a paragraph's topic: the share of the group its next sentence counts that "
                               "did so", f"{doing[0].id}_topic"))
    return found


def _own_words(scope: Scope, c: DraftClaim) -> str:
    """The words after a count, up to the next figure or the end of its clause."""
    _, end = scope.clause(c)
    k = scope.index(c)
    if k + 1 < len(scope.claims):
        end = min(end, scope.claims[k + 1].figure.start)
    return scope.text(c.figure.end, end)
