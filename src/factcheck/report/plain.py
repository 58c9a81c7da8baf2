"""Plain text of a finding, shared by the text formats: one line, and the lines of detail."""

from __future__ import annotations

import unicodedata

from .. import messages as msg
from ..findings import CheckRecord, Finding
from ..messages import Message

__all__ = ["HOWS", "SEVERITIES", "VERDICTS", "check_line", "concise_line", "details", "kind_name",
           "printable", "printable_lines", "word"]

#: How a relation's verdict reads.
VERDICTS = {"holds": msg.VERDICT_HOLDS, "fails": msg.VERDICT_FAILS, "warning": msg.VERDICT_WARNING,
            "untestable": msg.VERDICT_UNTESTABLE, "not-comparable": msg.VERDICT_NOT_COMPARABLE,
            "suppressed": msg.VERDICT_SUPPRESSED}
#: How a relation came to be tested (CheckRecord.how).
HOWS = {"written": msg.HOW_WRITTEN, "stated": msg.HOW_STATED, "linked": msg.HOW_LINKED,
        "implied": msg.HOW_IMPLIED, "series": msg.HOW_SERIES}
#: A finding's severity, as a person reads it (the concise line keeps the English token).
SEVERITIES = {"error": msg.SEVERITY_ERROR, "warning": msg.SEVERITY_WARNING,
              "info": msg.SEVERITY_INFO}


def word(words: dict[str, str], key: str, lang: str = "en") -> str:
    """``key`` (a verdict, a how, a severity) as a word of ``lang``; an unknown key as it is."""
    return Message(words[key]).render(lang) if key in words else key


def kind_name(kind: str, lang: str = "en") -> str:
    """A check kind's name in ``lang`` (the kind's key is its English name, a catalogue text)."""
    return Message(kind).render(lang)


def printable(text: str) -> str:
    """``text`` with control and invisible format characters shown as escapes (``\\x1b``,
    ``\\r``, ``\\u202e``): a fact file must not move the cursor, clear the screen, reverse the
    text or start a new line (a line beginning `::error` is a command to GitHub Actions)."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() or unicodedata.category(ch) not in ("Cc", "Cf")
                   else ch.encode("unicode_escape").decode("ascii") for ch in text)


def printable_lines(text: str) -> str:
    """Each line of ``text`` printable, the line breaks kept."""
    return "\n".join(printable(line) for line in text.split("\n"))


def concise_line(f: Finding, lang: str = "en") -> str:
    """`path:line:col: CODE [severity] message` — the form editors and CI jump to."""
    message = printable(" ".join(f.text(lang).split()))
    return printable(f"{f.file}:{f.line}:{f.column}: {f.code} [{f.severity.value}] ") + message


def details(f: Finding, lang: str = "en") -> list[str]:
    """The claims, intervals, gap and suggestions of a finding, one per line."""
    lines = []
    for c in f.claims:
        line = printable(Message(msg.DETAIL_CLAIM, id=c.id, file=c.file, line=c.line,
                                 written=c.written).render(lang))
        lines.append(line + (f" «{printable(c.quote)}»" if c.quote else ""))
    if f.computed_shown is not None:
        lines.append(Message(msg.DETAIL_COMPUTED, value=f.computed_shown).render(lang))
    if f.stated_shown is not None:
        lines.append(Message(msg.DETAIL_STATED, value=f.stated_shown).render(lang))
    if f.gap and "shown" in f.gap:
        lines.append(Message(msg.DETAIL_GAP, value=f.gap["shown"]).render(lang))
    lines.extend(printable(Message(msg.DETAIL_SUGGESTION, value=s).render(lang)) for s in f.advice)
    return lines


def check_line(r: CheckRecord, lang: str = "en") -> str:
    """`path:line:col: holds breakdown (projects, projects_major, …)` — one relation tested."""
    claims = ", ".join(c.id for c in r.claims)
    verdict = word(VERDICTS, r.verdict, lang)
    return printable(f"{r.file}:{r.line}:{r.column}: {verdict} {kind_name(r.kind, lang)} "
                     f"[{word(HOWS, r.how, lang)}] ({claims})")
