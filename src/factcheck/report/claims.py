"""`factcheck claims`: how every figure was read."""

from __future__ import annotations

import json
from typing import Any, TextIO

from ..corpus import Corpus
from ..display import format_interval, scale_of
from ..loader import ClaimInfo
from ..quantity import Quantity
from ..streams import is_unicode
from .plain import printable
from .terminal import make_console, use_rich

__all__ = ["claim_json", "render_claims"]


def claim_json(claim: ClaimInfo) -> dict[str, Any]:
    """One claim in the `claims --format json` contract."""
    q = claim.resolved.quantity
    out: dict[str, Any] = {
        "id": claim.id,
        "line": claim.line,
        "label": claim.spec.label or claim.resolved.spec.label,
        "written": None if q is None else q.written,
    }
    if claim.target is not None:
        out["ref"] = claim.target.key
    if q is not None:
        out |= _quantity_json(q)
    g = claim.resolved.growth
    if g is not None:
        out["growth"] = {"written": g.written, **_quantity_json(g)}
    if claim.spec.names is not None:
        out["names"] = list(claim.spec.names)
        out["names_complete"] = claim.spec.names_complete
    return out


def _quantity_json(q: Quantity) -> dict[str, Any]:
    return {
        "dimension": q.dimension,
        "unit": q.unit.base or "1",
        "interval": q.interval.to_json(),
        "soft": None if q.soft is None else q.soft.to_json(),
        "qualifier": q.qualifier,
        "qualifier_text": q.qualifier_text,
        "estimate": q.estimate,
        "integer": q.integer,
        "shown": format_interval(q.interval, scale_of(q)),
    }


def render_claims(corpus: Corpus, fmt: str, out: TextIO) -> None:
    """Print every claim of every loaded file."""
    if fmt == "json":
        doc = {
            "version": 1,
            "files": [
                {"path": f.display, "claims": [claim_json(c) for c in f.claims.values()]}
                for f in corpus.files
            ],
        }
        json.dump(doc, out, ensure_ascii=not is_unicode(out), indent=2)
        out.write("\n")
        return
    rows = [(f.display, c) for f in corpus.files for c in f.claims.values()]
    if use_rich(out):
        _rich_table(corpus, out)
        return
    for display, c in rows:
        out.write("\t".join(_row(c, display)) + "\n")


def _row(c: ClaimInfo, display: str) -> list[str]:
    q = c.resolved.quantity
    if q is None:
        return [printable(x) for x in
                (f"{display}:{c.line}", c.id, c.spec.label or "", "", "(unreadable)", "", "")]
    shown = format_interval(q.interval, scale_of(q), q.integer)
    qual = q.qualifier_text or ""
    if q.estimate:
        qual = (qual + " 预计").strip()
    growth = c.resolved.growth
    if growth is not None:
        shown += f"; growth {format_interval(growth.interval, scale_of(growth))}"
    return [printable(x) for x in (f"{display}:{c.line}", c.id,
                                   c.spec.label or c.resolved.spec.label or "", q.written, shown,
                                   q.dimension, qual)]


def _rich_table(corpus: Corpus, out: TextIO) -> None:
    from rich.table import Table

    console = make_console(out)
    for f in corpus.files:
        table = Table(title=f.display, title_justify="left", show_lines=False)
        for col in ("line", "id", "label", "as written", "interval", "dimension", "qualifier"):
            table.add_column(col, overflow="fold")
        for c in f.claims.values():
            row = _row(c, f.display)
            row[0] = str(c.line)
            table.add_row(*row)
        console.print(table)
