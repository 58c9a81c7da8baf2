"""The article as a report shows it: its text, and every figure in it with its status.

A run asked for views (the HTML report, `--show-article`) gives each file's reporter an
:class:`ArticleView`: the article's plain text (paragraphs as lines) and every figure found in it,
where it is printed and whether it was understood. :func:`statuses` then says, from the file's
findings and the relations it tested, what each figure is: in an error, in a warning, in relations
that hold, in no relation (unchecked), or not understood.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .findings import CheckRecord, Finding, Severity

if TYPE_CHECKING:
    from .article import ArticleText
    from .figures import Figure

__all__ = ["STATUSES", "ArticleView", "FigureMark", "article_view", "claims_view", "statuses"]

#: The status of a figure, most serious first.
STATUSES = ("error", "warning", "holds", "unchecked", "not-understood")


class FigureMark:
    """One figure of the article: where it is printed (offsets in the text, 1-based line and
    column), as written, why it was not understood (None when it was) and the dimension it was
    read in (money, count, ratio, pp …; None when not understood), whether it was read as below
    zero (负向拉动8.7个百分点 is −8.7个百分点), and the basis of its claim's growth (real,
    same-scope; None for the levels themselves)."""

    __slots__ = ("basis", "claims", "column", "dimension", "down", "end", "error", "line", "start",
                 "text", "written")

    def __init__(self, start: int, end: int, line: int, column: int, text: str, written: str,
                 error: str | None = None, claims: tuple[str, ...] = (),
                 dimension: str | None = None, down: bool = False, basis: str | None = None):
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.text = text
        self.written = written
        self.error = error
        self.claims = claims  # the claims it is the figure of (gdp, gdp.growth)
        self.dimension = dimension
        self.down = down
        self.basis = basis


class ArticleView:
    """An article and its figures (picklable: it crosses processes)."""

    __slots__ = ("facts", "figures", "path", "text", "title")

    def __init__(self, path: str, title: str | None, text: str,
                 figures: list[FigureMark] | None = None, facts: dict | None = None):
        self.path = path  # as messages show it
        self.facts = facts  # an article input's fact file in pieces, for the HTML editor
        self.title = title
        self.text = text  # the plain text read from the article (lines as the positions count them)
        self.figures = [] if figures is None else figures

    def at(self, line: int, column: int) -> int | None:
        """The index of the figure printed at (line, column), if any."""
        for i, f in enumerate(self.figures):
            if (f.line, f.column) == (line, column):
                return i
        return None


def article_view(article: ArticleText, figures: list[Figure], path: str,
                 claims: dict[int, list[str]] | None = None,
                 bases: dict[int, str] | None = None) -> ArticleView:
    """The view of an article and the figures found in it; ``claims`` names the claims of each
    figure and ``bases`` the basis of their growth, by the figure's start offset."""
    marks = []
    for f in figures:
        line, column = article.position(f.start)
        marks.append(FigureMark(f.start, f.end, line, column, article.plain[f.start:f.end],
                                f.written, None if f.understood else f.error,
                                tuple((claims or {}).get(f.start, ())),
                                f.quantity.unit.dimension if f.quantity is not None else None,
                                f.quantity is not None and f.quantity.value < 0,
                                (bases or {}).get(f.start)))
    return ArticleView(path, article.title, article.plain, marks)


def claims_view(path: str, title: str | None, claims: list[tuple[str, str, str]]) -> ArticleView:
    """A fact file with no article: its claims in order, one line each (label: figure)."""
    lines, marks, offset = [], [], 0
    for number, (cid, label, written) in enumerate(claims, 1):
        head = f"{label or cid}: "
        start = offset + len(head)
        marks.append(FigureMark(start, start + len(written), number, len(head) + 1, written,
                                written, None, (cid,)))
        line = head + written
        lines.append(line)
        offset += len(line) + 1
    return ArticleView(path, title, "\n".join(lines), marks)


def statuses(view: ArticleView, findings: list[Finding], records: list[CheckRecord]
             ) -> tuple[list[str], dict[int, list[int]]]:
    """The status of every figure, and for each figure the relations (indexes into ``records``)
    it takes part in."""
    rank = {s: i for i, s in enumerate(STATUSES)}
    status = ["not-understood" if f.error else "unchecked" for f in view.figures]
    by_position = {(f.line, f.column): i for i, f in enumerate(view.figures)}
    by_claim = {cid: i for i, f in enumerate(view.figures) for cid in f.claims}
    relations: dict[int, list[int]] = {}

    def mark(claims, verdict: str) -> list[int]:
        marked = []
        for c in claims:
            i = by_claim.get(c.id)
            if i is None and c.article is not None:
                i = by_position.get((c.article.line, c.article.column))
            if i is None:
                continue
            marked.append(i)
            if rank[verdict] < rank[status[i]]:
                status[i] = verdict
        return marked

    for k, r in enumerate(records):
        verdict = {"fails": "error", "warning": "warning", "holds": "holds"}.get(r.verdict, "unchecked")
        for i in mark(r.claims, verdict):
            relations.setdefault(i, []).append(k)
    for f in findings:
        if f.severity is Severity.INFO:
            continue
        mark(f.claims, "error" if f.severity is Severity.ERROR else "warning")
    return status, relations
