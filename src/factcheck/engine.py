"""Run the checks of a corpus and collect findings."""

from __future__ import annotations

from .corpus import Corpus
from .findings import Finding

__all__ = ["lint_corpus"]


def lint_corpus(corpus: Corpus) -> list[Finding]:
    """Problems of the fact files themselves: shape, figures, units, references."""
    findings: list[Finding] = []
    for f in corpus.files:
        findings.extend(f.problems)
    findings.sort(key=lambda f: f.sort_key)
    return findings
