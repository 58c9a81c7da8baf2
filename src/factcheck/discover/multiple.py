"""Multiples: 翻番 / 翻倍 / 翻两番 / 增长x倍 with the two levels it compares in its sentence."""

from __future__ import annotations

from .scope import Found, Scope, exact, is_level, same_unit

__all__ = ["find"]


def find(scope: Scope) -> list[Found]:
    found: list[Found] = []
    for fig in scope.draft.figures:
        if not fig.extra.get("doubling") or fig.quantity is None:
            continue
        sa, _ = scope.sentence_of_offsets(fig.start, fig.end)
        levels = [c for c in scope.in_span(sa, fig.start) if is_level(c) and exact(c)]
        if len(levels) < 2 or not same_unit(levels[-2], levels[-1]):
            scope.draft.comments.append(
                f"line {fig.line}: «{scope.clause_text(fig.start, fig.end)}» says something doubled "
                f"({fig.written}); the article states no levels before and after in the sentence")
            continue
        before, after = levels[-2], levels[-1]
        found.append(Found("multiple", {"multiple": after.id, "of": before.id,
                                        "factor": fig.written}, "stated", after,
                           f"«{fig.written}» with both levels", f"{after.id}_multiple"))
    return found
