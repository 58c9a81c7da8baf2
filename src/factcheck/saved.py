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
from .factwriter import render_fact_file

__all__ = ["saved_facts"]


def saved_facts(found: Discovery, article: Path, target: Path) -> str:
    """The YAML of a fact file for ``article``, to be written at ``target``."""
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
    return render_fact_file(document, header, claim_notes, trailer)
