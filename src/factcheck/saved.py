"""The fact file an article holds, as a person reviews it: what `check --save-facts` writes.

Every claim found in the article, with its quote and the article line, and every relation found,
as a check marked `discovered: stated|linked` with a note saying from which line. Checking the
saved file gives the same findings as checking the article; an editor corrects, confirms (removes
`discovered:`) or deletes entries, and CI checks the same relations from then on.
"""

from __future__ import annotations

import os
from pathlib import Path

from .discover import Discovery
from .factwriter import FactFileParts, fact_file_parts, render_check

__all__ = ["confirmed_check", "editor_pieces", "saved_facts", "saved_parts"]


def saved_facts(found: Discovery, article: Path, target: Path) -> str:
    """The YAML of a fact file for ``article``, to be written at ``target``."""
    return saved_parts(found, article, target).text()


def confirmed_check(check: dict) -> str:
    """The YAML block of a found check once a person has confirmed it: without `discovered:`."""
    return render_check({k: v for k, v in check.items() if k != "discovered"})


def saved_parts(found: Discovery, article: Path, target: Path) -> FactFileParts:
    """:func:`saved_facts` in pieces (the HTML report's editor joins them again)."""
    document = dict(found.document)
    text = os.path.relpath(article.resolve(), target.resolve().parent)
    document["article"] = {**document.get("article", {}), "text": Path(text).as_posix()}
    header = [
        f"Fact file saved by `factcheck check --save-facts` from {article.name}: every figure of",
        "the article as a claim, every relation found as a check. Review it: correct or delete",
        "what is wrong, and remove `discovered:` from a check once you have confirmed it (a linked",
        "relation raises at most a warning until then). `factcheck check` this file to check it.",
    ]
    notes = list(found.comments)
    notes += [f"line {f.line}: {f.written} was not understood ({f.error}); write it as a claim by "
              "hand if it is a figure" for f in found.not_understood]
    trailer = ["Not written as checks:", *(f"- {n}" for n in notes)] if notes else []
    claim_notes = {cid: f"line {c.line}" for cid, c in found.claims.items()}
    return fact_file_parts(document, header, claim_notes, trailer)


def editor_pieces(found: Discovery, article: Path) -> dict:
    """The fact file saved beside ``article`` (``<stem>.facts.yaml``) in the pieces the HTML
    report's editor joins: the head, each found check as found and as confirmed, the tail, and
    the ids taken (an added check takes another)."""
    target = article.with_name(f"{article.stem}.facts.yaml")
    parts = saved_parts(found, article, target)
    checks = found.document.get("checks") or []
    return {
        "name": target.name,
        "head": parts.head,
        "tail": parts.tail,
        "checks": [{"id": str(c.get("id", "")), "found": block, "confirmed": confirmed_check(c)}
                   for c, block in zip(checks, parts.checks, strict=True)],
        "taken": sorted({*found.document.get("claims", {}), *(str(c.get("id")) for c in checks)}),
    }
