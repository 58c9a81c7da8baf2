"""Find in an article what a fact file would say: its figures as claims, and the relations the
text states between them as checks.

:func:`discover` reads every figure (:mod:`factcheck.figures`), turns it into a claim written the
way the article writes it, with its label, quote, period and the growth rate stated with it
(:mod:`.claims`), and finds the relations the wording ties together (:mod:`.suggest`). The result
is a fact-file document — the same data a reviewed fact file holds — with the place in the
article of every claim and check, so that the article is checked by the same engine, its
findings shown at their place in the text, and the document saved for review (`--save-facts`,
`factcheck extract`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..article import ArticleText
from ..figures import Figure
from .claims import Draft, DraftClaim, build_draft
from .suggest import suggest

__all__ = ["Discovery", "discover"]


@dataclass(slots=True)
class Discovery:
    """What an article says: a fact-file document and where each part of it is printed."""

    article: ArticleText
    figures: list[Figure]
    document: dict[str, Any]
    claims: dict[str, DraftClaim] = field(default_factory=dict)  # by id
    check_spans: list[tuple[int, int]] = field(default_factory=list)  # plain offsets, per check
    comments: list[str] = field(default_factory=list)  # suggestions that are not checks

    @property
    def not_understood(self) -> list[Figure]:
        return [f for f in self.figures if not f.understood]


def discover(article: ArticleText, text_name: str | None = None) -> Discovery:
    """Every claim and stated relation of an article. ``text_name`` is what the document's
    ``article.text`` names (the article's file, relative to where the fact file will live)."""
    draft = build_draft(article)
    suggest(draft)
    document: dict[str, Any] = {"factcheck": 1, "article": _present(_article(draft, text_name))}
    document["claims"] = {c.id: _present(_claim(c)) for c in draft.claims}
    document["checks"] = [dict(check.fields) for check in draft.checks]
    found = Discovery(article, draft.figures, document, {c.id: c for c in draft.claims},
                      comments=list(draft.comments))
    found.check_spans = [_check_span(found, check) for check in document["checks"]]
    return found


def _present(fields: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in fields.items() if v is not None}


def _article(draft: Draft, text_name: str | None) -> dict[str, Any]:
    return {"title": draft.article.title, "text": text_name, "place": draft.place,
            "period": draft.period}


def _claim(c: DraftClaim) -> dict[str, Any]:
    out: dict[str, Any] = {"label": c.label, "value": c.value}
    if c.growth is not None:
        out["growth"] = c.growth.written
        out["basis"] = c.basis
    out["period"] = c.period
    f = c.figure
    if f.names is not None:
        out["names"] = list(f.names)
        out["names_complete"] = f.names_complete
    out["quote"] = c.quote
    return out


def _check_span(found: Discovery, check: dict[str, Any]) -> tuple[int, int]:
    """Where a check is stated: the figure of the first claim it names."""
    for key, value in check.items():
        if key in ("id", "note"):
            continue
        for ref in value if isinstance(value, list) else [value]:
            claim = found.claims.get(str(ref))
            if claim is not None:
                return claim.figure.start, claim.figure.end
    return 0, 0
