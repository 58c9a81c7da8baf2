"""Kinds of households after the count of all the households of a place, in its paragraph:
全镇共有9717户、30384人。…朝鲜族户1387户，4864口人; 全村6个村民组、149户、671人，…全村现有贫困户23户56人.

A count written as a kind of 户 (朝鲜族户, 贫困户, 低保户, 五保户: the name ends with the measure word)
is a part of the place's households: at most their count. Kinds are not summed (a 低保户 may be a
贫困户). Stated when in the whole's sentence, linked across sentences. A 其中 part is
:mod:`.breakdown`'s; a count of households around the place (带动周边农户500户), of another place's
total (全县贫困户) or of a change (新增) is no part.
"""

from __future__ import annotations

from ..patterns import later
from .claims import DraftClaim
from .scope import Found, Scope, a_change, is_level

__all__ = ["find"]

_HOUSEHOLD = "户"
#: A place: 全镇, 该村, 本乡, 三源浦朝鲜镇, 关联村.
_PLACE = (r"(?:[\u4e00-\u9fff]{0,8}?(?:全|该|本)[村镇乡县区市屯组]"
          r"|[\u4e00-\u9fff]{1,8}?(?:村|镇|乡|社区|街道))")
#: The words from a clause's start to the count of all a place's households: 全镇共有, 关联村现有,
#: 总户数, 全村6个村民组、 (a list of the place's counts), …村民小组，共; (全村转5个村民小组，)有农户
#: after a sentence that opens with the place.
_ALL_OF_A_PLACE = later(r"^(?:" + _PLACE + r"(?:共有|共计|共|现有|有|辖)?|(?:共有|共计|共|现有|有)|总户数)"
                        r"(?:\d+[^，,。；;、\d]{1,6}、)*(?:农户|总户数|户数|居民户|住户)?(?:为|达到?|是)?$")
_OPENS_WITH_PLACE = later(r"^" + _PLACE)
#: What follows the count of all households: the end of its clause or the place's people (9717户、
#: 30384人; 375户1796人) — never more words about them (全村有46户还存在饮水困难, 有86户通电: a count
#: of some households).
_ALL_ENDS = later(r"^(?:[、，,。；;）)]|共?[\d一二两三四五六七八九十]|$)")
_NO_PLACE = later(r"^(?:共有|共计|共|现有|有)")
#: Words that make a count of households no part of the place's: around it, helped or reached by
#: something (带动周边农户, 辐射…农户, 惠及), another place's total (全县), a change.
_NOT_OF_THE_PLACE = later(r"带动|辐射|周边|惠及|覆盖|帮扶|联结|联系|外来|全[国省市县区]|新增|增加|减少")
#: A 其中 part before the count in its sentence: :mod:`.breakdown` ties it.
_NESTED = later(r"其中|包括")


def find(scope: Scope) -> list[Found]:
    found = []
    whole: DraftClaim | None = None
    for c in scope.claims:
        if not _households(c):
            continue
        if whole is not None and c.line != whole.line:
            whole = None
        if _all_of_a_place(scope, c):
            whole = c
            continue
        if whole is None or not _a_kind(scope, c):
            continue
        same = scope.same_sentence(whole, c)
        found.append(Found("breakdown", {"breakdown": whole.id, "parts": [c.id], "exhaustive": False},
                           "stated" if same else "linked", c,
                           "a kind of household after the count of all a place's households (…户)",
                           f"{c.id}_households"))
    return found


def _households(c: DraftClaim) -> bool:
    q = c.figure.quantity
    return q is not None and q.unit.name == _HOUSEHOLD and is_level(c) and not a_change(c)


def _clause_lead(scope: Scope, c: DraftClaim) -> str:
    """The words of a claim's clause (split at ，；。) before its number."""
    a, _ = scope.sentence(c)
    start = max(a, *(scope.plain.rfind(ch, a, c.figure.number_start) + 1 for ch in "，,：:"))
    return scope.text(start, c.figure.number_start)


def _all_of_a_place(scope: Scope, c: DraftClaim) -> bool:
    lead = _clause_lead(scope, c)
    if c.figure.quantity.qualifier not in (None, "about") or not _ALL_OF_A_PLACE.fullmatch(lead) \
            or not _ALL_ENDS.match(scope.plain[c.figure.end:c.figure.end + 2]):
        return False
    return not _NO_PLACE.match(lead) or \
        bool(_OPENS_WITH_PLACE.match(scope.text(scope.sentence(c)[0], c.figure.number_start)))


def _a_kind(scope: Scope, c: DraftClaim) -> bool:
    """朝鲜族户1387户, 贫困户23户: a count named as a kind of household, of the place."""
    label = c.label or ""
    a, _ = scope.sentence(c)
    lead = _clause_lead(scope, c)
    return len(label) >= 2 and label.endswith(_HOUSEHOLD) and lead.endswith(label[-2:]) \
        and not _NOT_OF_THE_PLACE.search(lead) \
        and not _NESTED.search(scope.text(a, c.figure.number_start))
