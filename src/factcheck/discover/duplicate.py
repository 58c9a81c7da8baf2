"""The same figure stated twice must agree (a `same` check: overlapping intervals).

- **Restatements** (*stated*): a bound or rounded figure and the exact one of the same subject
  side by side in one sentence — 地区生产总值突破8万亿元，达到8.3万亿元; 116364.2亿元，迈上11万亿元
  新台阶; 增加了9966.9亿元，接近1万亿. The second follows the first in the next clause, in the same
  unit, with nothing between them but a word that restates (达到, 为, 接近, 突破 …) and at most the
  subject named again; the words decide, never the values.
- **Asides** (*stated*): 14582万吨（2916亿斤）, the same figure in other units in parentheses.
- **The same subject stated again** (*linked*): two claims in different sentences with the same
  key (:mod:`.subjects`: label, period, place and measure) — a headline and its body, a lead and
  a later paragraph, a figure repeated in a quote. A level pairs with a level, a growth rate with
  a growth rate of the same subject. Claims of different places, periods or measures, and claims
  with a generic label, never pair. Tied by their words alone across sentences: at most a
  warning.

The note of each check says which rule paired the figures, and so does its finding.
"""

from __future__ import annotations

import re

from .. import messages as msg
from ..messages import Message
from ..patterns import later
from .claims import DraftClaim
from .scope import Found, Scope, exact, is_level, same_unit
from .subjects import Subject, names_when_or_where, normalise_label, subject_of
from .subjects import paired_by as subject_paired_by

__all__ = ["find", "paired_by", "places_in"]

_RESTATEMENT = later(r"a restatement in one sentence: «(?P<quoted>.*)»", re.S)


def paired_by(reason: str) -> Message | str:
    """The reason a check's note gives for pairing two figures (written in English by this
    module), as a Message to show in the reader's language; a reason it did not write as it is."""
    if reason == Message(msg.PAIRED_OTHER_UNITS).render("en"):
        return Message(msg.PAIRED_OTHER_UNITS)
    m = _RESTATEMENT.fullmatch(reason)
    if m is not None:
        return Message(msg.PAIRED_RESTATEMENT, quoted=m.group("quoted"))
    return subject_paired_by(reason) or reason


def find(scope: Scope) -> list[Found]:
    restated = _restatements(scope)
    return [*_asides(scope), *restated, *_linked(scope, restated)]


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
_BASE_OF = later(r"[的之](?:[\d.一二两三四五六七八九十百千]+|几|多)?(?:倍|%|％|成|一半|分之)")


def _restatements(scope: Scope) -> list[Found]:
    found = []
    for a, b in zip(scope.claims, scope.claims[1:], strict=False):
        if not (is_level(a) and is_level(b) and same_unit(a, b)) or not scope.same_sentence(a, b) \
                or scope.aside(b) or not a.label or _FROM.search(scope.before(a)):
            continue
        s_start, _ = scope.sentence(a)
        if "分别" in scope.plain[s_start:b.figure.start]:
            continue
        if _BASE_OF.match(scope.text(b.figure.end, b.figure.end + 8)):
            continue  # 为50亿元的两倍: the second figure is the base of another
        verb, label = _restating(scope.text(a.end, b.figure.start),
                                 scope.text(b.figure.start, b.figure.number_start))
        if verb is None:
            continue
        if label and (normalise_label(label) != normalise_label(a.label) or names_when_or_where(label)):
            continue  # another subject (新台阶，其中制造业增加值突破4万亿元), place or period
        changed = a.figure.quantity.change or a.figure.change_word
        if changed and verb not in _APPROXIMATE:
            continue  # 增加20亿元，达到120亿元: the change, then the new level
        quoted = scope.text(a.figure.start, b.figure.end)
        found.append(Found("same", {"same": [a.id, b.id]}, "stated", b,
                           Message(msg.PAIRED_RESTATEMENT, quoted=quoted).render("en"),
                           f"{b.id}_same"))
    return found


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


# --- the same figure in other units -----------------------------------------------------------
def _asides(scope: Scope) -> list[Found]:
    """14582万吨（2916亿斤）: the same figure in other units, in parentheses (*stated*)."""
    found = []
    for a, b in zip(scope.claims, scope.claims[1:], strict=False):
        if scope.aside(b) and is_level(a) and is_level(b) and same_unit(a, b) and exact(a) \
                and exact(b) and scope.text(a.figure.end, b.figure.start) in ("（", "("):
            found.append(Found("same", {"same": [a.id, b.id]}, "stated", a,
                               Message(msg.PAIRED_OTHER_UNITS).render("en"), f"{a.id}_same"))
    return found


# --- the same subject stated again ------------------------------------------------------------
def _linked(scope: Scope, restated: list[Found]) -> list[Found]:
    """Claims with the same key in different sentences; a restatement's second figure has the
    key of the first (迈上11万亿元新台阶 is the GDP the sentence names before it)."""
    found = []
    seen: dict[Subject, list[DraftClaim]] = {}
    keys: dict[str, Subject | None] = {}
    by_id = {c.id: c for c in scope.claims}
    for c in scope.claims:
        keys[c.id] = subject_of(scope, c)
    for r in restated:
        a, b = r.fields["same"]
        if keys[b] is None and keys[a] is not None and by_id[b].figure.quantity is not None:
            keys[b] = keys[a]
    for c in scope.claims:
        key = keys[c.id]
        if key is None:
            continue
        earlier = [e for e in seen.get(key, []) if _may_pair(scope, e, c)]
        seen.setdefault(key, []).append(c)
        if earlier:
            first = _likest(earlier, c)
            found.append(Found("same", {"same": [first.id, c.id]}, "linked", c, key.reason(),
                               f"{c.id}_same"))
    return found


_NUMBERED = later(r"\(\d+\)$")


def _may_pair(scope: Scope, a: DraftClaim, b: DraftClaim) -> bool:
    """Different sentences; in one paragraph, not two claims the draft told apart (it numbers the
    labels of one paragraph's figures that cannot agree: 完成投资, 完成投资(2))."""
    if scope.same_sentence(a, b) or not same_unit(a, b):
        return False
    if a.line != b.line or a.label == b.label:
        return True
    return not (_NUMBERED.search(a.label or "") or _NUMBERED.search(b.label or ""))


def _likest(earlier: list[DraftClaim], c: DraftClaim) -> DraftClaim:
    """The earlier statement to compare with: the first one written like this one (a bound with
    a bound, an exact figure with an exact one), else the first."""
    q = c.figure.quantity
    for e in earlier:
        if e.figure.quantity.qualifier == q.qualifier:
            return e
    return earlier[0]


# --- places (also used by the breakdown finder) ----------------------------------------------
_PLACE = later(r"[\u4e00-\u9fff]{2,6}?(?:省|市|区|县|镇|乡|街道|自治区)|北京|天津|上海|重庆|"
                    r"河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|"
                    r"四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门")


def places_in(text: str) -> frozenset[str]:
    """The places a text names (江苏, 南京市, 海淀区 …), without their 省/市 suffix."""
    return frozenset(re.sub(r"(?:省|市|自治区)$", "", p) for p in _PLACE.findall(text))
