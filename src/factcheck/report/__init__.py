"""Reporters: findings and claims as tables, plain text or JSON."""

from __future__ import annotations

import json
from typing import TextIO

from ..corpus import Corpus
from ..findings import Finding

__all__ = ["concise_line", "lint_report"]


def concise_line(f: Finding) -> str:
    """`path:line:col: CODE message` — the form editors and CI jump to."""
    return f"{f.file}:{f.line}:{f.column}: {f.code} [{f.severity.value}] {f.message}"


def lint_report(corpus: Corpus, findings: list[Finding], fmt: str, out: TextIO) -> None:
    """Print lint problems, one per line (or one JSON document)."""
    if fmt == "json":
        doc = {
            "version": 1,
            "summary": {"files": len(corpus.files), "problems": len(findings)},
            "findings": [f.to_json() for f in findings],
        }
        json.dump(doc, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    for f in findings:
        out.write(concise_line(f) + "\n")
    n = len(findings)
    if n:
        out.write(f"Found {n} problem{'s' if n != 1 else ''} in {len(corpus.files)} file(s).\n")
    else:
        out.write(f"All {len(corpus.files)} fact file(s) are valid.\n")
