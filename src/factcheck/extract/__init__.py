"""`factcheck extract`: draft a fact file from an article.

:func:`extract` finds every figure of the article (:mod:`factcheck.figures`), turns each into a
claim written the way the article writes it (超1万个, 4000余个, 超八成, 突破8.6万人次) with a
quote, a label and an id, attaches a growth rate to the level it follows, lists the names a count
introduces, and suggests checks (其中 → breakdown, 新增…累计 → stock, 占 → share, 优良率 →
feasible, 翻倍 → multiple). The draft passes ``factcheck lint`` as written; it is a starting point
for an editor, not a verdict. The output is deterministic: extracting twice gives the same bytes.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from ..article import ArticleError, article_from_text, read_article
from ..atomic import FileExists, write_atomic
from ..figures import Figure
from .draft import Draft, DraftCheck, DraftClaim, build_draft
from .suggest import suggest
from .yamlout import flow_item, scalar

__all__ = ["ExtractError", "ExtractReport", "extract", "render_draft", "run_extract"]


class ExtractError(Exception):
    """`factcheck extract` cannot proceed; the message is for the user."""


@dataclass(slots=True)
class ExtractReport:
    """What extraction found: every figure, which were read, which were not understood."""

    source: str
    figures: list[Figure] = field(default_factory=list)
    claims: int = 0
    checks: int = 0
    comments: int = 0

    @property
    def found(self) -> int:
        return len(self.figures)

    @property
    def read(self) -> list[Figure]:
        return [f for f in self.figures if f.understood]

    @property
    def not_understood(self) -> list[Figure]:
        return [f for f in self.figures if not f.understood]

    def summary(self) -> str:
        """The coverage report `factcheck extract` prints on standard error."""
        bad = self.not_understood
        lines = [
            f"{self.source}: {self.found} figures found, {len(self.read)} read, {len(bad)} not "
            f"understood; drafted {self.claims} claims and {self.checks} suggested checks"
            + (f" ({self.comments} more suggestions as comments)" if self.comments else "")
        ]
        for f in bad:
            lines.append(f"  line {f.line}: {f.written} — {f.error}")
        return "\n".join(lines) + "\n"


def extract(text: str, source_name: str) -> tuple[str, ExtractReport]:
    """A draft fact file (YAML text) for an article, and the report of what was found.

    ``source_name`` is the article's file name as the draft's ``article.text`` should give it
    (relative to where the fact file will live); a name ending in .md strips Markdown.
    """
    article = article_from_text(text, source_name)
    draft = build_draft(article)
    suggest(draft)
    yaml_text = render_draft(draft, source_name)
    report = ExtractReport(source_name, draft.figures, len(draft.claims), len(draft.checks),
                           len(draft.comments) + len([f for f in draft.figures if not f.understood]))
    return yaml_text, report


# --- YAML -------------------------------------------------------------------------------------
def _claim_lines(c: DraftClaim) -> list[str]:
    out = [f"  {c.id}:  # line {c.line}"]
    if c.label:
        out.append(f"    label: {scalar(c.label)}")
    out.append(f"    value: {scalar(c.value)}")
    if c.growth is not None:
        out.append(f"    growth: {scalar(c.growth.written)}")
        if c.basis:
            out.append(f"    basis: {c.basis}")
    if c.period is not None:
        out.append(f"    period: {c.period}")
    f = c.figure
    if f.names is not None:
        out.append("    names: [" + ", ".join(flow_item(n) for n in f.names) + "]")
        out.append(f"    names_complete: {scalar(f.names_complete)}")
    out.append(f"    quote: {scalar(c.quote)}")
    return out


def _check_lines(check: DraftCheck) -> list[str]:
    out = []
    for k, (key, value) in enumerate(check.fields):
        lead = "  - " if k == 0 else "    "
        if isinstance(value, list):
            out.append(f"{lead}{key}: [" + ", ".join(flow_item(str(v)) for v in value) + "]")
        else:
            out.append(f"{lead}{key}: {scalar(value)}")
    return out


def render_draft(draft: Draft, source_name: str) -> str:
    article = draft.article
    lines = [
        f"# Draft fact file written by `factcheck extract` from {Path(source_name).name}.",
        "# Every claim is a suggestion: confirm each value, label and quote against the article,",
        "# delete what is not a figure worth checking, rename ids, and review the suggested checks.",
        "# Then run `factcheck lint` and `factcheck check` on this file.",
        "factcheck: 1",
        "article:",
    ]
    if article.title:
        lines.append(f"  title: {scalar(article.title)}")
    lines.append(f"  text: {scalar(source_name)}")
    if draft.place is not None:
        lines.append(f"  place: {scalar(draft.place)}")
    if draft.period is not None:
        lines.append(f"  period: {draft.period}")
    if draft.claims:
        lines.append("claims:")
        for c in draft.claims:
            lines.extend(_claim_lines(c))
    else:
        lines.append("claims: {}")
    if draft.checks:
        lines.append("checks:")
        for check in draft.checks:
            lines.extend(_check_lines(check))
    notes = list(draft.comments)
    notes += [f"line {f.line}: {f.written} was not understood ({f.error}); write it as a claim by "
              "hand if it is a figure" for f in draft.figures if not f.understood]
    if notes:
        lines.append("")
        lines.append("# More suggestions (not written as checks):")
        lines.extend(f"# - {n}" for n in notes)
    return "\n".join(lines) + "\n"


# --- the command ----------------------------------------------------------------------------
def run_extract(article: Path, output: Path | None = None, force: bool = False,
                stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """`factcheck extract ARTICLE [-o FILE] [--force]`: write the draft (to FILE or standard
    output) and the coverage report (to standard error). Raises ExtractError."""
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    try:
        text = read_article(article)
    except ArticleError as err:
        raise ExtractError(str(err)) from None
    if output is not None:
        if (output.exists() or output.is_symlink()) and not force:
            raise ExtractError(f"{output} exists; pass --force to overwrite it")
        source = os.path.relpath(article.resolve(), output.resolve().parent)
        source = Path(source).as_posix()
    else:
        source = article.name
    yaml_text, report = extract(text.raw, source)
    report.source = str(article)
    if output is not None:
        try:
            write_atomic(output, yaml_text, force)
        except FileExists as err:
            raise ExtractError(str(err)) from None
        except OSError as err:
            raise ExtractError(f"cannot write {output}: {err.strerror or err}") from None
        stderr.write(f"wrote {output}\n")
    else:
        stdout.write(yaml_text)
    stderr.write(report.summary())
    return 0
