"""Differences of two stated levels, checked as `expect: "a - b == d"`:

- a gap to another subject: 这一数据高出上海70.24亿元, 广州GDP超出重庆337亿多元,
  比排名第一的义乌少了9597元/年, 南京与苏州人口相差343.4万 (no direction: the higher less the
  lower) — the subject's level is the one the clause speaks of (named
  before the comparison word, else the level just before in the sentence), the other's is the
  level an earlier figure of the same unit and period states for the name after the word;
- a change from a previous level the sentence states: 比2020年的73129亿元增加了9966.9亿元,
  相比2020年102719亿元的GDP，也增加了约1.36万亿元 — the current level is the one before the
  previous (in the sentence, else the sentence before it). Only the first change after the previous
  level is its change (…减产160万吨，其中，夏粮和早稻共减产约201万吨: a part's), and a figure in
  parentheses restating the one before it (减产160万吨（32亿斤）) is no previous level.

*Stated* when the sentence's words tie the three figures: all of them in one full sentence (to
its 。, over ；), or a level the sentence refers back to that can be no other — the other
subject's only level named before (上海…为9458.86亿元 … 这一数据高出上海70.24亿元), the current
level closing the full sentence just before (为124369.67亿元。相比2020年…增加了约1.36万亿元).
*Linked* otherwise.

And the sign of a difference the sentence states without its amount, checked as `a > b`
(`a < b`): a figure, then 高于 (低于, 快于, 慢于, 仅次于 …) another's figure written after 的, or before
the 的 of the rate it is (增长4.8%，高于去年全年0.7%的增速; 上涨2.5%，低于上年2.9%的涨幅) —
同比增长3%，增速高于深圳今年第一季度的2%，也高于广东省同期的2%；25.7%的增速高于重庆的18.1%;
增长19.5%，增速仅次于湖北省的58.3%和海南省的19.8%，高于江苏的19.2%、广东省的18.6%. The items of
a list after one comparison word are compared alike. Stated: both figures are in the sentence.

And a figure between two others (技术工人的年薪则是4.2万欧元，介于大公司5.9万欧元和小公司3.7万欧元的
平均年薪之间), checked as `(x - a) * (x - b) <= 0`: stated.
"""

from __future__ import annotations

import re

from ..lexicon import DOWN, UP
from ..patterns import compiled, later
from .claims import DraftClaim
from .composition import measure
from .points import period_of
from .scope import Found, Scope, a_change, a_share_whole, exact, is_level, same_unit

__all__ = ["find"]

_GAP = later(r"(?:(?P<subject>[^，,。；;：:]*?)(?P<verb>高出|超出|多出|高于|多于|低于|少于|领先|落后)"
                  r"(?P<other>[^，,。；;：:]{1,12}?)"
                  r"|(?P<subject2>[^，,。；;：:比]*?)比(?P<other2>[^，,。；;：:比]{1,16}?)"
                  r"(?P<verb2>多出|高出|多|高|少|低)了?"
                  r"|(?P<subject3>[^，,。；;：:与和]*?)[与和](?P<other3>[^，,。；;：:与和]{1,12}?)(?:之间)?的?"
                  r"(?:人口|GDP|总量|经济总量|规模)?(?:仅|只)?(?P<verb3>相差|差距为|差距是|差距达)了?)$")
# the bound word of the gap (郑州比武汉少近100万人), read in the gap's interval
_BOUND_WORD = later(r"(?:将近|接近|近|约|大约|超过|逾|不足|不到)$")
_LOWER = ("低于", "少于", "落后", "少", "低")
_PRONOUN = later(r"^(?:这一?数据|这一?数字|这|此|其|也|还|而|但|则|并|均|)+$")
_FILLER = later(r"(?:这一?数据|这一?数字|也|还|则|均)+$")
_SINCE = later(r"^(?:相比|比|较|与|同(?!比|期))")  # 同2020年相比, not 同比下降的城市有7个
_ID = later(r"[a-z_][a-z0-9_]*")
_FULL_STOP = later(r"[。！？!?\n]")
_NEAR_LINES = 8  # how far back the other subject's level may be, in lines
_NEAR_CHARS = 1000  # and in characters (a paragraph of hundreds of sentences stays linear)
_REACH = 40  # the words before a figure that can compare it (an endless clause stays linear)


def find(scope: Scope) -> list[Found]:
    found: list[Found] = []
    for d in scope.claims:
        if not is_level(d) or d.figure.quantity.unit.dimension == "ratio":
            continue
        a, _ = scope.clause(d)
        words = scope.text(max(a, d.figure.number_start - _REACH), d.figure.number_start)
        relation = _change(scope, d) or _change_to_level(scope, d) or _gap(scope, d, words) \
            or _between_both(scope, d)
        if relation is not None:
            found.append(relation)
    found.extend(_comparisons(scope))
    found.extend(_targets(scope))
    found.extend(_net_of_two(scope))
    found.extend(_between_two(scope))
    return found


_COMPARED = later(r"^[，,]?的?(?P<rate>增速|增幅|涨幅|增长速度|速度|比重|占比|水平)?"
                  r"(?:也|还|均|仍|则|略|远|明显|大幅|仅)?"
                  r"(?P<verb>高于|低于|超过|超出|快于|慢于|次于|不及|落后于)"
                  r"(?P<other>[^，,。；;：:、和与及\d%]{1,16}?)的$")
#: the other's figure before the 的 of its rate (增长4.8%，高于去年全年0.7%的增速; 上涨2.5%，低于上年
#: 2.9%的涨幅): the words to it, then the rate named after it
_COMPARED_BEFORE = later(r"^[，,](?P<rate>增速|增幅|涨幅|增长速度)?(?:也|还|均|仍|则|略|远|明显|大幅)?"
                         r"(?P<verb>高于|低于|快于|慢于)(?P<other>[^，,。；;：:、和与及\d%的]{0,12})$")
_ITS_RATE = later(r"^的[^，,。；;：:\d%]{0,6}?(?P<rate>增速|增幅|涨幅|增长速度)")
_LISTED = later(r"^(?:[、和与及]|[，,](?:也|还|均|仍)?)[^，,。；;：:、和与及\d%]{1,16}?的$")
_BELOW = ("低于", "慢于", "次于", "不及", "落后于")
_SHARE_OF = ("超过", "超出")  # 超过全国的10% after a level: its share, not a rate compared


_Subject = tuple[str, str, object, "str | None"]  # its term, the operator, the dimension, the basis


def _comparisons(scope: Scope) -> list[Found]:
    """增速高于深圳今年第一季度的2%: the figure before the comparison word against the one after
    的, and the next items of its list (、广东省的18.6%) against the same figure."""
    found: list[Found] = []
    subject: _Subject | None = None
    for k in range(1, len(scope.claims)):
        before, other = scope.claims[k - 1:k + 1]
        if not scope.same_sentence(before, other) or not _comparable_value(other):
            subject = None
            continue
        words = scope.text(before.end, other.figure.number_start)
        m = _COMPARED.match(words) or _rate_after(scope, words, other)
        if m is not None and subject is not None and found and found[-1].at is before:
            subject = (subject[0], _operator(m), subject[2], subject[3])  # 高于A的a，也高于B的b
        elif m is not None:
            subject = _compared(before, other, m)
        elif subject is not None and not _LISTED.match(words):
            subject = None
        if subject is None or subject[2] != _dimension(other):
            subject = None
            continue
        ref, op, _, basis = subject
        if basis is not None:
            other.basis = basis  # GDP增长3%，高于全国的2.5%: the nation's rate is real growth too
        found.append(Found("expect", {"expect": f"{ref} {op} {other.id}"}, "stated", other,
                           "a figure higher (lower) than another written after 的",
                           f"{other.id}_compared"))
    return found


def _rate_after(scope: Scope, words: str, other: DraftClaim) -> re.Match[str] | None:
    """The comparison whose other figure stands before the rate it names (低于上年2.9%的涨幅), read
    as if the rate were named before the comparison word (，涨幅低于上年)."""
    m = _COMPARED_BEFORE.match(words)
    rate = _ITS_RATE.match(scope.text(other.end, other.end + 12))
    if m is None or rate is None or m.group("rate"):
        return m if rate is not None else None
    return _COMPARED_BEFORE.match(words[:1] + rate.group("rate") + words[1:])


def _compared(before: DraftClaim, other: DraftClaim, m: re.Match[str]) -> _Subject | None:
    """The subject a comparison word speaks of, as an expression term, with the operator: the
    figure just before it, or the growth rate it carries when a word names the rate (增速)."""
    if "降幅" in m.group(0):
        return None
    op = _operator(m)
    dimension = _dimension(other)
    if dimension == "ratio":
        if before.growth is not None and m.group("rate") in ("增速", "增幅", "涨幅", "增长速度", "速度"):
            rate, ref, basis = before.growth, f"{before.id}.growth", before.basis
        elif before.figure.quantity.unit.dimension == "ratio" and exact(before) \
                and m.group("verb") not in _SHARE_OF:
            rate, ref, basis = before.figure, before.id, None
        else:
            return None
        if rate.quantity is None or rate.quantity.qualifier is not None or rate.change_word in DOWN:
            return None
        return ref, op, dimension, basis
    if is_level(before) and same_unit(before, other) and _comparable(before, other):
        return before.id, op, dimension, None
    return None


def _operator(m: re.Match[str]) -> str:
    """> for 高于, < for 低于; <= for 仅次于 (second to a figure, perhaps equal to it)."""
    verb = m.group("verb")
    return "<=" if verb == "次于" else "<" if verb in _BELOW else ">"


def _comparable_value(c: DraftClaim) -> bool:
    """A figure a comparison can be checked against: a value (no bound word, no change) of a level or
    a rate, never 百分点 or a factor."""
    return exact(c) and c.figure.change_word is None and c.growth is None \
        and _dimension(c) is not None


def _dimension(c: DraftClaim) -> object:
    q = c.figure.quantity
    if q is None or c.figure.kind != "level" or q.unit.dimension in ("pp", "factor", "rank", "time"):
        return None
    return "ratio" if q.unit.dimension == "ratio" else q.unit.key


_TO_TARGET = later(r"^[，,](?:增速|增幅|涨幅)?(?:也|均|已|明显|远|略)?(?P<verb>超额完成|超出|超过|高于|好于|"
                   r"优于|大于|低于|少于|小于|完成|实现|达到|符合)了?(?:全年|年度|年初)?(?:确定|设定|制定|提出)?的?$")
_TARGET = later(r"^的(?:全年|年度|年初)?(?:预期|调控|发展|既定|计划)*目标")
_ABOVE_TARGET = ("超额完成", "超出", "超过", "高于", "好于", "优于", "大于")
_BELOW_TARGET = ("低于", "少于", "小于")


def _targets(scope: Scope) -> list[Found]:
    """全年城镇新增就业1269万人，超出1100万人以上的预期目标; 失业率平均值为5.1%，低于5.5%左右的预期目标;
    GDP增速达到8.1%，完成全年6%以上的预期目标: the actual figure against the target written right
    after it (> for 超出, 高于; < for 低于; 完成 and 实现 ≥ a target of 以上, ≤ one of 以内, 以下, and
    nothing for a target of 左右, met from either side). Stated: the sentence compares the two."""
    found: list[Found] = []
    for k in range(1, len(scope.claims)):
        actual, target = scope.claims[k - 1:k + 1]
        m = _TO_TARGET.match(scope.text(actual.end, target.figure.number_start))
        if m is not None and k >= 2 and _in_points(actual):  # 为3.62%，比上年末降低0.18个百分点，符合…
            actual = scope.claims[k - 2]
        q = target.figure.quantity
        if m is None or q is None or not _TARGET.match(scope.text(target.end, target.end + 12)) \
                or not scope.same_sentence(actual, target) or not exact(actual) \
                or actual.growth is not None or actual.figure.change_word in DOWN \
                or target.figure.change_word is not None or not _same_dimension(actual, target):
            continue
        verb = m.group("verb")
        op = ">" if verb in _ABOVE_TARGET else "<" if verb in _BELOW_TARGET else \
            {"at-least": ">=", "at-most": "<="}.get(q.qualifier or "")
        if op is None or not all(_ID.fullmatch(c.id) for c in (actual, target)):
            continue
        found.append(Found("expect", {"expect": f"{actual.id} {op} {target.id}"}, "stated", target,
                           "an actual figure against the target written after it",
                           f"{target.id}_target"))
    return found


# --- a figure between two others: 4.2万欧元，介于大公司5.9万欧元和小公司3.7万欧元的平均年薪之间 -----------
_BETWEEN_OPEN = later(r"^[，,](?:则|也|正|恰|恰好|正好|刚好|大致|大体|基本)?(?:介于|处于|位于)"
                      r"[^，,。；;：:\d%]{0,12}$")
_BETWEEN_AND = later(r"^(?:[和与及、到至~～]|[-—])[^，,。；;：:\d%]{0,12}$")
_BETWEEN_CLOSE = later(r"^[^，,。；;：:\d%]{0,16}?之间")


def _between_two(scope: Scope) -> list[Found]:
    """技术工人的年薪则是4.2万欧元，介于大公司5.9万欧元和小公司3.7万欧元的平均年薪之间: the figure
    right before 介于 (处于, 位于) lies between the two the clause names before 之间, checked as
    `(x - a) * (x - b) <= 0` (either order). Stated: the three are one clause's. A range of its own
    (增长介于2倍到10倍之间, 合理区间介于4到6之间) has no figure right before 介于: nothing."""
    found: list[Found] = []
    claims = scope.claims
    for k in range(len(claims) - 2):
        x, a, b = claims[k:k + 3]
        if not _BETWEEN_OPEN.match(scope.text(x.end, a.figure.number_start)) \
                or not _BETWEEN_AND.match(scope.text(a.end, b.figure.number_start)) \
                or not _BETWEEN_CLOSE.match(scope.text(b.end, b.end + 20)):
            continue
        if not all(_comparable_value(c) for c in (x, a, b)) \
                or not _dimension(x) == _dimension(a) == _dimension(b) \
                or not all(_ID.fullmatch(c.id) for c in (x, a, b)):
            continue
        found.append(Found("expect", {"expect": f"({x.id} - {a.id}) * ({x.id} - {b.id}) <= 0"},
                           "stated", x, "a figure between the two written after 介于",
                           f"{x.id}_between"))
    return found


# --- a net figure the statistics define as the difference of two others: 顺差, 自然增长率 --------
_WHO = r"(?:其中|同期|当月|全年|累计|此外|另外)?[，,]?(?P<who>[^，,。；;：:\d%]{0,12}?)"
_IS = r"(?:总额|总值|额|值)?(?:为|达|达到|是|了)?[-−负]?$"
_NET_FORMS = (  # (the net, the larger part, the smaller part): net = larger − smaller
    (later(_WHO + r"(?:贸易|进出口)?顺差" + _IS), later(_WHO + r"(?<!进)出口" + _IS),
     later(_WHO + r"进口" + _IS)),
    (later(_WHO + r"(?:贸易|进出口)?逆差" + _IS), later(_WHO + r"进口" + _IS),
     later(_WHO + r"(?<!进)出口" + _IS)),
    (later(_WHO + r"自然增长率" + _IS), later(_WHO + r"出生率" + _IS), later(_WHO + r"死亡率" + _IS)),
)
#: the word each net form names, which its words must hold (a search of the form costs more)
_NET_WORDS = ("顺差", "逆差", "自然增长率")
_NOT_WHO = later(r"货物|服务|贸易|进出口|外贸|实现|累计|当月|全年|人口|常住|户籍|我国|全国|^[对自从向与]")


def _net_of_two(scope: Scope) -> list[Found]:
    """其中，出口2.02万亿元，下降9.2%；进口1.44万亿元，下降6.9%；贸易顺差5757亿元 (逆差: 进口 − 出口);
    人口出生率11.69‰…；人口死亡率4.47‰…；人口自然增长率7.22‰: the net figure is the difference
    of the two the statistics define it by, of the same subject (对东盟出口, 自东盟进口, 对东盟贸易顺差),
    the only two of their names before it in its full sentence (*stated*) or, when its sentence
    has none, in the full sentence just before in its paragraph (*linked*)."""
    found: list[Found] = []
    for net in scope.claims:
        words = scope.text(scope.clause(net)[0], net.figure.number_start)
        form = next((f for f, word in zip(_NET_FORMS, _NET_WORDS, strict=True)
                     if word in words and f[0].search(words)), None)
        if form is None or not _plain_level(net):
            continue
        who = _who(form[0].search(words))
        a, _ = _full_sentence(scope, net)
        parts = _named_parts(scope, form, who, net, a, net.figure.start)
        how = "stated"
        if parts is None and not _named_parts(scope, form, who, net, a, net.figure.start, any_name=True):
            before = scope.plain.rfind("。", 0, a - 1) + 1
            if "\n" not in scope.plain[before:a]:
                parts, how = _named_parts(scope, form, who, net, before, a), "linked"
        if parts is None:
            continue
        larger, smaller = parts
        when = period_of(scope, net)
        if not all(_ID.fullmatch(c.id) for c in (larger, smaller, net)) \
                or not all(_agree(period_of(scope, c), when) for c in parts):
            continue
        found.append(Found("expect", {"expect": f"{larger.id} - {smaller.id} == {net.id}"}, how, net,
                           "a net figure with the two it is the difference of", f"{net.id}_net"))
    return found


def _plain_level(c: DraftClaim) -> bool:
    return is_level(c) and exact(c) and c.figure.change_word is None


def _who(m: re.Match[str]) -> str:
    """The subject the words of a figure name (对东盟 → 东盟), without the words of trade."""
    return _NOT_WHO.sub("", m.group("who"))


def _named_parts(scope: Scope, form: tuple, who: str, net: DraftClaim, a: int, b: int,
                 any_name: bool = False) -> tuple[DraftClaim, DraftClaim] | None:
    """The only figure of each of the two names of ``form`` in plain[a:b], of the net's unit and
    subject; with ``any_name``, whether any figure there has one of the names."""
    named: list[list[DraftClaim]] = [[], []]
    for c in scope.in_span(a, b):
        words = scope.text(scope.clause(c)[0], c.figure.number_start)
        for k, pattern in enumerate(form[1:]):
            m = pattern.search(words)
            if m is not None and (any_name or (_who(m) == who and _plain_level(c) and same_unit(c, net))):
                named[k].append(c)
    if any_name:
        return (net, net) if named[0] or named[1] else None
    return (named[0][0], named[1][0]) if len(named[0]) == len(named[1]) == 1 else None


def _in_points(c: DraftClaim) -> bool:
    """A change in 百分点 of the rate before it (比上年末降低0.18个百分点)."""
    q = c.figure.quantity
    return q is not None and q.unit.dimension == "pp" and c.figure.change_word is not None


def _same_dimension(a: DraftClaim, b: DraftClaim) -> bool:
    """Two figures of one dimension: rates (增长8.1%, 6%以上) or levels of one unit."""
    qa, qb = a.figure.quantity, b.figure.quantity
    if qa is None or qb is None or qa.unit.dimension in ("factor", "rank", "time"):
        return False
    if qa.unit.dimension == "ratio" or qb.unit.dimension == "ratio":
        return qa.unit.dimension == qb.unit.dimension
    return a.figure.change_word is None and same_unit(a, b)


def _gap(scope: Scope, d: DraftClaim, words: str) -> Found | None:
    """这一数据高出上海70.24亿元: the subject's level − the other's = the gap (the other's − the
    subject's for 少, 低, 落后)."""
    m = _GAP.search(_BOUND_WORD.sub("", words))
    if m is None or d.figure.change_word is not None:
        return None
    subject = _FILLER.sub("", m.group("subject") or m.group("subject2") or m.group("subject3") or "")
    other = _name(m.group("other") or m.group("other2") or m.group("other3"))
    lower = (m.group("verb") or m.group("verb2")) in _LOWER
    if len(other) < 2:
        return None
    s_start, _ = scope.sentence(d)
    earlier = [c for c in reversed(scope.in_span(d.figure.start - _NEAR_CHARS, d.figure.start))
               if _comparable(c, d) or _bare_count(c, d)]
    if _PRONOUN.match(subject):
        mine = next((c for c in earlier if c.figure.start >= s_start), None)
    else:
        mine = next((c for c in earlier if _names(scope, c, subject)), None)
    if mine is None or _names(scope, mine, other):
        return None
    when = period_of(scope, mine)
    theirs = next((c for c in earlier if c is not mine and c.period == mine.period
                   and d.line - c.line <= _NEAR_LINES and _names(scope, c, other)
                   and _agree(period_of(scope, c), when)), None)
    if theirs is None or not _same_measure(scope, mine, theirs):
        return None
    if m.group("verb3"):  # 南京与苏州人口相差343.4万: no direction, the higher less the lower
        lower = _middle(theirs) > _middle(mine)
    high, low = (theirs, mine) if lower else (mine, theirs)
    named = [c for c in earlier if d.line - c.line <= _NEAR_LINES]
    stated = all(_in_full_sentence(scope, c, d) or _only_level_of(scope, c, name, named)
                 for c, name in ((mine, subject), (theirs, other)))
    return _found(scope, d, high, low, "a gap between two subjects' levels", stated)


_BOTH = later(r"(?:两者|二者|两地|两市|两省|两城|双方)(?:之间)?的?(?:相差|差距|差额|差值)"
              r"(?:为|是|达|达到|仅|仅为|只有)?$")


def _between_both(scope: Scope, d: DraftClaim) -> Found | None:
    """发行1.8万亿元、使用1.44万亿元，两者相差3600亿元: the gap between the two levels of d's unit
    its sentence states before it (the higher less the lower), when there are just two."""
    if d.figure.change_word is not None or not _BOTH.search(scope.before(d)):
        return None
    s_start, _ = scope.sentence(d)
    levels = [c for c in scope.in_span(s_start, d.figure.start) if _comparable(c, d)]
    if len(levels) != 2:
        return None
    x, y = levels
    high, low = (x, y) if _middle(x) >= _middle(y) else (y, x)
    return _found(scope, d, high, low, "the gap between the two levels before 两者相差", True)


def _middle(c: DraftClaim):
    """The middle of an exact level's interval (its written value)."""
    q = c.figure.quantity.interval
    return (q.lo + q.hi) / 2


def _change(scope: Scope, d: DraftClaim) -> Found | None:
    """比2020年的73129亿元增加了9966.9亿元: current − previous = the change."""
    change = d.figure.change_word
    if change not in UP and change not in DOWN:
        return None
    s_start, _ = scope.sentence(d)
    reach = _previous_sentence_start(scope, s_start)
    before = [c for c in reversed(scope.in_span(reach, d.figure.start)) if _comparable(c, d)]
    previous = next((c for c in before if c.figure.start >= s_start and not _restates(scope, c)),
                    None)
    if previous is None or not _SINCE.match(_words_of_its_clause(scope, previous)):
        return None
    if any(a_change(c) and same_unit(c, d) for c in scope.in_span(previous.figure.end, d.figure.start)):
        return None  # 比2009年的4208万吨减产160万吨，其中…减产约201万吨: the first change is the level's
    rest = [c for c in before if c.figure.start < previous.figure.start and not scope.aside(c)
            and not a_share_whole(scope, c)]  # 占年度预算22443万元的106.9%: not the level that changed
    current = next(iter(rest), None)
    if current is None:
        return None
    q = d.figure.quantity.interval
    falls = change in DOWN and (q.lo is None or q.lo >= 0)
    high, low = (previous, current) if falls else (current, previous)
    stated = _in_full_sentence(scope, current, d) or _closes_sentence_before(scope, current, d)
    return _found(scope, d, high, low, "a change from the previous level stated with it", stated)


#: The words that open the clause of a start level: 期初总股本17690.15万股, 由2020年末的120.5万人.
_START = later(r"^(?:[^，,。；;：:]{0,12}?(?:期初|年初|月初|上年末|去年末|上期末)|由|从)")


def _change_to_level(scope: Scope, d: DraftClaim) -> Found | None:
    """期初总股本17690.15万股，本期增加236万股至17926.15万股; 由2020年末的120.5万人增加3.2万人至123.7万人:
    a change, 至 its new level, after the start level the sentence opens with — new − start = the
    change. Stated: the three are one sentence."""
    if d.figure.change_word not in UP and d.figure.change_word not in DOWN:
        return None
    k = scope.index(d)
    after = scope.claims[k + 1] if k + 1 < len(scope.claims) else None
    if after is None or not _comparable(after, d) or \
            scope.plain[d.figure.end:after.figure.start].strip() not in ("至", "到"):
        return None
    s_start, _ = scope.sentence(d)
    before = [c for c in scope.in_span(s_start, d.figure.start) if same_unit(c, d)]
    start = before[-1] if before else None
    if start is None or not _comparable(start, d) or not _START.match(_words_of_its_clause(scope, start)) \
            or not _in_full_sentence(scope, start, d):
        return None
    q = d.figure.quantity.interval
    falls = d.figure.change_word in DOWN and (q.lo is None or q.lo >= 0)
    high, low = (start, after) if falls else (after, start)
    return _found(scope, d, high, low, "a change to the new level, from the start level stated with it", True)


_NOTE = later(r"[（(][^（()）]*[）)]")
_CLAUSE_BREAK = later(r"[，,；;：:]")


def _words_of_its_clause(scope: Scope, c: DraftClaim) -> str:
    """The words of ``c``'s clause before it, a note in brackets taken out: 与2010年的 of 与2010年
    （第六次全国人口普查数据，下同）的133972万人, whose comma is the note's."""
    s_start, _ = scope.sentence(c)
    words = _NOTE.sub("", scope.text(s_start, c.figure.number_start))
    return _CLAUSE_BREAK.split(words)[-1]


def _restates(scope: Scope, c: DraftClaim) -> bool:
    """A figure in parentheses right after another, restating it in other units — 比2009年减产160万吨
    （32亿斤）: the change in 斤, no previous level (比2016屆（3988元）增長了329元 names a level)."""
    k = scope.index(c)
    return scope.aside(c) and k > 0 and scope.claims[k - 1].figure.end == c.figure.start - 1


def _found(scope: Scope, d: DraftClaim, high: DraftClaim, low: DraftClaim,
           because: str, stated: bool) -> Found | None:
    if not all(_ID.fullmatch(c.id) for c in (d, high, low)):
        return None
    how = "stated" if stated else "linked"
    return Found("expect", {"expect": f"{high.id} - {low.id} == {d.id}"}, how, d, because,
                 f"{d.id}_difference")


def _full_sentence(scope: Scope, c: DraftClaim) -> tuple[int, int]:
    """The full sentence of a claim: to its 。！？ or the paragraph's end, over ；."""
    plain = scope.plain
    a = max(plain.rfind(mark, 0, c.figure.start) for mark in "。！？!?\n") + 1
    m = _FULL_STOP.search(plain, c.figure.end)
    return a, m.start() if m else len(plain)


def _in_full_sentence(scope: Scope, c: DraftClaim, d: DraftClaim) -> bool:
    return _full_sentence(scope, c) == _full_sentence(scope, d)


def _closes_sentence_before(scope: Scope, c: DraftClaim, d: DraftClaim) -> bool:
    """Whether c is the last level of d's unit in the full sentence just before d's, in d's
    paragraph (江苏…GDP数据为116364.2亿元，迈上11万亿元新台阶。相比…增加了约1.36万亿元)."""
    a, _ = _full_sentence(scope, d)
    b, end = _full_sentence(scope, c)
    between = scope.plain[end:a]
    if "\n" in between or between.strip() not in ("。", "！", "？", "!", "?"):
        return False
    return [x for x in scope.in_span(b, end) if _comparable(x, d)][-1:] == [c]


def _only_level_of(scope: Scope, c: DraftClaim, name: str, near: list[DraftClaim]) -> bool:
    """Whether c is the only level near before the difference that names the subject for c's
    period (2020年以16.3亿元的微弱优势险胜重庆 is no level of 2021)."""
    when = period_of(scope, c)
    return not _PRONOUN.match(name) and [
        x for x in near if _names(scope, x, name) and x.period == c.period
        and _agree(period_of(scope, x), when)] == [c]


def _comparable(c: DraftClaim, d: DraftClaim) -> bool:
    """A level the difference can be taken of: the same unit, a value (超, 近 … are no levels)."""
    return is_level(c) and same_unit(c, d) and exact(c) and c.figure.change_word is None


def _bare_count(c: DraftClaim, d: DraftClaim) -> bool:
    """A bare number as a level of the count of people (things) the gap is written in: 郑州、武汉常住人口
    分别为972.4万、1076.62万，郑州比武汉少近100万人 — the measure word names what the number counts."""
    qc, qd = c.figure.quantity, d.figure.quantity
    return is_level(c) and exact(c) and c.figure.change_word is None and qc is not None \
        and qd is not None and qc.unit.dimension == "number" and qd.unit.dimension == "count"


def _name(words: str) -> str:
    """The subject the words name: 排名第一的义乌 → 义乌; 全国平均水平 → 全国."""
    words = words.rsplit("的", 1)[-1]
    return compiled(r"(?:的?平均水平|的?平均值|平均)$").sub("", words)


def _names(scope: Scope, c: DraftClaim, name: str) -> bool:
    """Whether a claim is about the subject named: its name in a 分别 list, its label, or its
    sentence before it when it has none."""
    if len(name) < 2:
        return False
    listed = _listed_name(scope, c)
    if listed is not None:
        return name in listed or listed in name
    if c.label:
        return name in c.label or c.label in name
    s_start, _ = scope.sentence(c)
    return name in scope.text(s_start, c.figure.start)


_LIST_JOIN = later(r"[、和及与]")
_RESPECTIVELY = later(r"([^，,。；;：:]+?)分别(?:为|是|达到|达)?$")
_NAME_SPLIT = later(r"[、和及与]")


def _listed_name(scope: Scope, c: DraftClaim) -> str | None:
    """The name a 分别 list gives its figure: 郑州、武汉常住人口分别为972.4万、1076.62万 — 972.4万 is
    郑州's, 1076.62万 武汉常住人口's (the last name runs into the measure). None when the figure is
    in no such list, or the names and the figures do not pair one to one."""
    k = scope.index(c)
    first = k
    while first > 0 and _LIST_JOIN.fullmatch(
            scope.text(scope.claims[first - 1].end, scope.claims[first].figure.number_start)):
        first -= 1
    last = k
    while last + 1 < len(scope.claims) and _LIST_JOIN.fullmatch(
            scope.text(scope.claims[last].end, scope.claims[last + 1].figure.number_start)):
        last += 1
    if first == last:
        return None
    head = scope.claims[first]
    s_start, _ = scope.sentence(head)
    words = compiled(r"[，,]").split(scope.text(s_start, head.figure.number_start))[-1]
    m = _RESPECTIVELY.search(words)
    if m is None:
        return None
    names = _NAME_SPLIT.split(m.group(1))
    if len(names) != last - first + 1 or any(len(n) < 2 for n in names):
        return None
    return names[k - first]


def _same_measure(scope: Scope, a: DraftClaim, b: DraftClaim) -> bool:
    """Two subjects' levels of the same measure (GDP and GDP), when their words say one; the
    other's words end the way the subject's label does (人均可支配收入, not 人均消费支出)."""
    words = [(c.label or "") + scope.text(scope.sentence(c)[0], c.figure.start) for c in (a, b)]
    ma, mb = (measure(w) for w in words)
    tail = compiled(r"\(\d+\)$").sub("", a.label or "")[-2:]
    return (ma is None or mb is None or ma == mb) and tail in words[1]


def _agree(a: tuple, b: tuple) -> bool:
    """Two periods that may be the same: every part either stated alike or unstated."""
    return all(x is None or y is None or x == y for x, y in zip(a, b, strict=True))


def _previous_sentence_start(scope: Scope, s_start: int) -> int:
    """Where the sentence before the one starting at s_start starts, within its paragraph."""
    paragraph = scope.plain.rfind("\n", 0, s_start) + 1
    if s_start <= paragraph:
        return s_start
    return max(scope.sentence_of_offsets(s_start - 1, s_start - 1)[0], paragraph)
