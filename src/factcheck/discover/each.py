"""Counts shared out with 各 and lists closed with 其余: 10家医药生物企业则主要由深圳、广州、香港所占据，
各有3家，其余1家为惠州企业 (10 = 3 × 3 + 1); 河北、山东、河南各5宗 in a 其中 list (three parts of 5).

A figure after 各 stands for as many parts as the names listed before it (A、B、C各n: 3 × n); a
last part after 其余 (剩余, 余下) is what is left of the total, so the parts make it up exactly.
"""

from __future__ import annotations

from ..patterns import later
from .claims import DraftClaim
from .scope import Found, Scope, exact, is_level, same_unit

__all__ = ["find", "rest_closes", "weights"]

_EACH = later(r"各(?:有|为|占|是|达)?$")
_REST = later(r"^(?:其余|剩余|余下)")
_LISTED = later(r"(?:[\u4e00-\u9fff]{1,8}、)+[\u4e00-\u9fff]{1,8}")
_PAIR = later(r"[\u4e00-\u9fff]{2,4}[和及与][\u4e00-\u9fff]{2,4}$")
_AND = later(r"[和及与]")
_ID = later(r"[a-z_][a-z0-9_]*")


def find(scope: Scope) -> list[Found]:
    """T…由A、B、C…，各有n，其余m — no 其中: the 其余 says the names and the rest share out T."""
    found = []
    claims = scope.claims
    for k, each in enumerate(claims[1:-1], start=1):
        total, rest = claims[k - 1], claims[k + 1]
        if not (_is_count(total) and _is_count(each) and _is_count(rest)
                and same_unit(total, each) and same_unit(total, rest)
                and scope.same_sentence(total, each) and scope.same_sentence(each, rest)):
            continue
        if not (_EACH.search(_words_before(scope, each)) and rest_closes(scope, [rest])):
            continue
        n = _named_count(scope.text(total.end, each.figure.number_start))
        if n is None or n < 2:
            continue
        relation = sum_of(total, [each, rest], [n, 1], True, "stated",
                          "a count shared out with 各 and the rest (其余)")
        if relation is not None:
            found.append(relation)
    return found


def weights(scope: Scope, start: int, parts: list[DraftClaim]) -> list[int] | None:
    """How many parts each figure stands for: the names listed before a 各 figure, else 1;
    None when the names before a 各 cannot be counted."""
    out = []
    for p in parts:
        if _EACH.search(_words_before(scope, p)):
            n = _named_count(scope.text(start, p.figure.number_start))
            if n is None:
                return None
            out.append(n)
        else:
            out.append(1)
        start = p.end
    return out


def rest_closes(scope: Scope, parts: list[DraftClaim]) -> bool:
    """Whether the last part is the rest (其余1家为惠州企业): the parts make up the total."""
    a, _ = scope.clause(parts[-1])
    return bool(_REST.match(scope.text(a, parts[-1].figure.number_start)))


def sum_of(total: DraftClaim, parts: list[DraftClaim], counts: list[int], exhaustive: bool,
           how: str, because: str) -> Found | None:
    """The parts, each as many times as it stands for, against the total: `3 * a + b == t`."""
    if not all(_ID.fullmatch(c.id) for c in (total, *parts)):
        return None
    terms = " + ".join(f"{n} * {p.id}" if n > 1 else p.id for p, n in zip(parts, counts, strict=True))
    op = "==" if exhaustive else "<="
    return Found("expect", {"expect": f"{terms} {op} {total.id}"}, how, total, because,
                 f"{total.id}_parts_sum")


def _is_count(c: DraftClaim) -> bool:
    return is_level(c) and exact(c) and c.figure.quantity.unit.dimension == "count"


def _words_before(scope: Scope, c: DraftClaim) -> str:
    a, _ = scope.clause(c)
    return scope.text(a, c.figure.number_start)


def _named_count(words: str) -> int | None:
    """How many names the last list of the words holds (深圳、广州、香港所占据，各有 → 3;
    江西及云南各 → 2); None when there is none or 和 may join words inside a name."""
    words = _EACH.sub("", words)
    runs = _LISTED.findall(words)
    if runs:
        items = runs[-1].split("、")
        if any(_AND.search(item) for item in items[:-1]) or len(_AND.findall(items[-1])) > 1:
            return None
        return len(items) + len(_AND.findall(items[-1]))
    return 2 if _PAIR.search(words) else None
