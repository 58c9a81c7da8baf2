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

from .. import messages as msg
from ..article import ArticleError, article_from_text, read_article
from ..atomic import FileExists, write_atomic
from ..discover import Discovery, discover
from ..factwriter import render_fact_file
from ..figures import Figure
from ..messages import Message, MessageError

__all__ = ["ExtractError", "ExtractReport", "extract", "render_draft", "run_extract"]


class ExtractError(MessageError):
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
    found = discover(article_from_text(text, source_name), source_name)
    yaml_text = render_draft(found, source_name)
    report = ExtractReport(source_name, found.figures, len(found.document["claims"]),
                           len(found.document["checks"]),
                           len(found.comments) + len(found.not_understood))
    return yaml_text, report


def render_draft(found: Discovery, source_name: str) -> str:
    """The draft as YAML, with the article line of each claim and the suggestions that are not
    checks as comments."""
    header = [
        f"Draft fact file written by `factcheck extract` from {Path(source_name).name}.",
        "Every claim is a suggestion: confirm each value, label and quote against the article,",
        "delete what is not a figure worth checking, rename ids, and review the suggested checks.",
        "Then run `factcheck lint` and `factcheck check` on this file.",
    ]
    notes = list(found.comments)
    notes += [f"line {f.line}: {f.written} was not understood ({f.error}); write it as a claim by "
              "hand if it is a figure" for f in found.not_understood]
    trailer = ["More suggestions (not written as checks):", *(f"- {n}" for n in notes)] if notes else []
    claim_notes = {cid: f"line {c.line}" for cid, c in found.claims.items()}
    return render_fact_file(found.document, header, claim_notes, trailer)


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
        raise ExtractError(err.message) from None
    if output is not None:
        if (output.exists() or output.is_symlink()) and not force:
            raise ExtractError(Message(msg.EXISTS_USE_FORCE, path=str(output)))
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
            raise ExtractError(err.message) from None
        except OSError as err:
            raise ExtractError(Message(msg.CANNOT_WRITE, path=str(output),
                                       error=err.strerror or str(err))) from None
        stderr.write(f"wrote {output}\n")
    else:
        stdout.write(yaml_text)
    stderr.write(report.summary())
    return 0
