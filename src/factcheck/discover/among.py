"""A count of some of the things another count is of, in one breath: 浙江省90个区县中仅有8个低于全国
人均收入, 苏州新上市的4家公司中有3家来自半导体产业. The part is at most the whole (a breakdown that
need not be exhaustive). The same words with a comma after 中 (38个行业大类中，37个…) are read with
the counts split by a sentence (:mod:`.sections`).
"""

from __future__ import annotations

from ..patterns import later
from .claims import DraftClaim
from .scope import Found, Scope, exact

__all__ = ["find"]

#: The words from a whole count to its part: 个区县中仅有, 家公司中有.
_AMONG = later(r"[^，,。；;：:！!？?\n\d%]{0,12}?中(?:仅|只|就|也|共|则)?有?")


def find(scope: Scope) -> list[Found]:
    found = []
    for k, whole in enumerate(scope.claims[:-1]):
        part = scope.claims[k + 1]
        if not (_count(whole) and _count(part)):
            continue
        if _AMONG.fullmatch(scope.text(whole.figure.end, part.figure.start)):
            found.append(Found("breakdown", {"breakdown": whole.id, "parts": [part.id],
                                             "exhaustive": False}, "stated", part,
                               "a count of some of the things a count is of (…中有…)",
                               f"{part.id}_among"))
    return found


def _count(c: DraftClaim) -> bool:
    q = c.figure.quantity
    return q is not None and q.unit.dimension == "count" and exact(c) and c.figure.kind == "level"
