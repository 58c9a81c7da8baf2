"""The run-wide index of subjects: the first claim of every subject seen so far in a run.

A claim that states a subject (label, period, place) already stated earlier in the run — in the
same file or another one — is compared with the first statement (:mod:`factcheck.checks.duplicate`
says what a subject is and builds the relation). Only a hash and where the claim is are kept
(:mod:`factcheck.subjectindex`), so the index stays small however many files a run reads; when a
later claim repeats a subject, the first one is read back (from memory or from its file).
"""

from __future__ import annotations

from pathlib import Path

from ..subjectindex import SubjectStore

__all__ = ["SubjectIndex"]


class SubjectIndex:
    """The first claim of every subject, by file number and claim id."""

    __slots__ = ("first", "paths")

    def __init__(self) -> None:
        self.first = SubjectStore()
        self.paths: list[str] = []  # strings: a tenth of the memory of Paths

    def match(self, path: Path, found: list[tuple[int, str, int]]) -> list[tuple[Path, str, str]]:
        """Record a file's subjects; return (first file, first claim, claim) for the repeats
        whose figure differs from the first one's (the only ones that can disagree)."""
        number = len(self.paths)
        self.paths.append(str(path))
        firsts = self.first.record([(key, number, cid, figure) for key, cid, figure in found])
        return [(Path(self.paths[seen[0]]), seen[1], cid)
                for seen, (_, cid, figure) in zip(firsts, found, strict=True)
                if seen is not None and seen[2] != figure]

    def close(self) -> None:
        """Free the index (and its temporary file, if it moved to disk)."""
        self.first.close()
