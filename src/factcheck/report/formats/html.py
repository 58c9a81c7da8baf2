"""`html`: one self-contained page for an editor — the article itself, every figure marked.

At the top, the counts and the list of errors, each a link to its place. Then each file: the
article's text with every figure marked by its status (in an error, in a warning, checked and
consistent, in no relation, not understood) by colour *and* by underline style and a sign, so that
colour-blind readers and black-and-white prints tell them apart; a legend. Each marked figure links
to the relations it is in (the arithmetic, what would be consistent, the other figures); without
JavaScript the link jumps there, with it a panel opens at the figure on click or keyboard focus and
the relation's other figures are highlighted. A fact file without an article shows its claims in
order instead. Inline CSS and JS, no network; everything from the input is escaped.

For an article input the page is also an editor of the article's fact file (what
`check --save-facts` writes, :func:`factcheck.saved.editor_pieces`), embedded as JSON: the editor
adds a relation by choosing a kind and clicking its figures (each figure carries its claim id
and the dimension it was read in, so that a figure that does not fit its role is refused),
confirms (no `discovered:`) or deletes each relation found, and downloads `<stem>.facts.yaml`.
The YAML is pre-rendered here, a piece per check; the script only joins the pieces and writes the
few fixed lines of an added check, whose values are claim ids, the names an editor selected in the
text and a note (JSON strings, which YAML reads as double-quoted scalars). Without JavaScript the
editor stays hidden.
"""

from __future__ import annotations

import json
from html import escape
from typing import NamedTuple

from ... import messages as msg
from ...findings import CheckRecord, Finding, Severity
from ...messages import Message
from ...summary import RunSummary
from ...views import ArticleView, statuses
from ..base import Reporter
from ..plain import HOWS, SEVERITIES, kind_name, word

__all__ = ["REPORTER", "HtmlReporter"]

_SIGN = {"error": "✖", "warning": "▲", "holds": "✓", "unchecked": "·", "not-understood": "?"}
_STATUS_WORD = {"error": msg.STATUS_ERROR, "warning": msg.STATUS_WARNING,
                "holds": msg.STATUS_HOLDS, "unchecked": msg.STATUS_UNCHECKED,
                "not-understood": msg.STATUS_NOT_UNDERSTOOD}
_VERDICT = {"holds": msg.VERDICT_HOLDS, "fails": msg.VERDICT_FAILS, "warning": msg.VERDICT_WARNING,
            "untestable": msg.VERDICT_UNTESTABLE, "not-comparable": msg.VERDICT_NOT_COMPARABLE,
            "suppressed": msg.VERDICT_SUPPRESSED}


class _File:
    __slots__ = ("display", "findings", "records", "view")

    def __init__(self, display: str, view: ArticleView | None):
        self.display = display
        self.view = view
        self.findings: list[Finding] = []
        self.records: list[CheckRecord] = []


class HtmlReporter(Reporter):
    """The whole page, written at the end."""

    name = "html"
    wants_article = True
    wants_facts = True

    def __init__(self, out, info):
        super().__init__(out, info)
        self.files: list[_File] = []

    def file(self, display: str, view: ArticleView | None) -> None:
        self.files.append(_File(display, view))

    def finding(self, f: Finding) -> None:
        self.files[-1].findings.append(f)

    def relation(self, record: CheckRecord) -> None:
        self.files[-1].records.append(record)

    def say(self, template: str, **facts) -> str:
        return escape(Message(template, **facts).render(self.info.lang))

    # --- the page ---------------------------------------------------------------------------------
    def end(self, summary: RunSummary) -> None:
        lang = "zh-CN" if self.info.lang == "zh" else "en"
        title = self.say(msg.HTML_TITLE)
        parts = [f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
                 '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
                 f"<title>{title}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"]
        parts.append(self._header(summary))
        parts.append("<main>\n")
        for n, f in enumerate(self.files):
            parts.append(self._file(n, f))
        parts.append("</main>\n")
        if any(f.view is not None and f.view.facts for f in self.files):
            parts.append(f'<script type="application/json" id="editor-words">'
                         f"{_json(self._editor_words())}</script>\n")
        parts.append(f"<script>{_JS}</script>\n</body>\n</html>\n")
        self.out.write("".join(parts))

    def _header(self, summary: RunSummary) -> str:
        unchecked = not_understood = 0
        for f in self.files:
            if f.view is not None and f.view.text:
                status, _ = statuses(f.view, f.findings, f.records)
                unchecked += status.count("unchecked")
                not_understood += status.count("not-understood")
        tested = sum(len(f.records) for f in self.files)
        counts = [
            ("error", self.say(msg.HTML_ERRORS, n=summary.errors)),
            ("warning", self.say(msg.HTML_WARNINGS, n=summary.warnings)),
            ("holds", self.say(msg.HTML_TESTED, n=tested)),
            ("unchecked", self.say(msg.HTML_UNCHECKED, n=unchecked)),
            ("not-understood", self.say(msg.HTML_NOT_UNDERSTOOD, n=not_understood)),
        ]
        items = "".join(f'<li class="count s-{k}"><span class="sign" aria-hidden="true">'
                        f"{_SIGN[k]}</span> {text}</li>" for k, text in counts)
        errors = []
        for n, f in enumerate(self.files):
            for k, finding in enumerate(f.findings):
                if finding.severity is Severity.ERROR:
                    errors.append(f'<li><a href="#finding-{n}-{k}">{escape(finding.file)}:'
                                  f"{finding.line} {escape(finding.code)}</a> "
                                  f"{escape(finding.text(self.info.lang))}</li>")
        error_list = (f'<h2>{self.say(msg.HTML_ERROR_LIST)}</h2>\n<ol class="errors">'
                      + "".join(errors) + "</ol>\n") if errors else ""
        legend = "".join(f'<li><span class="fig s-{k}">{escape("227.6亿元")}<span class="sign" '
                         f'aria-hidden="true">{_SIGN[k]}</span></span> {self.say(_STATUS_WORD[k])}</li>'
                         for k in _SIGN)
        return (f'<header>\n<h1>{self.say(msg.HTML_TITLE)}</h1>\n'
                f'<p class="summary">{escape(summary.line(self.info.command, self.info.lang))}</p>\n'
                f'<ul class="counts">{items}</ul>\n{error_list}'
                f'<details class="legend" open><summary>{self.say(msg.HTML_LEGEND)}</summary>'
                f'<ul>{legend}</ul></details>\n</header>\n')

    def _file(self, n: int, f: _File) -> str:
        out = [f'<section class="file" id="file-{n}">\n<h2>{escape(f.display)}</h2>\n']
        figures_of: dict[int, list[int]] = {}
        if f.view is not None:
            status, relations = statuses(f.view, f.findings, f.records)
            for i, rels in relations.items():
                for k in rels:
                    figures_of.setdefault(k, []).append(i)
            if f.view.path != f.display:
                out.append(f'<p class="article-path">{self.say(msg.HTML_ARTICLE, path=f.view.path)}</p>\n')
            out.append(self._text(n, f.view, status, relations))
        facts = f.view.facts if f.view is not None else None
        if facts:
            out.append(self._picker(n))
        out.append(self._relations(n, f, figures_of, facts))
        out.append(self._findings(n, f))
        if facts:
            out.append(self._saver(n, facts))
        out.append("</section>\n")
        return "".join(out)

    def _text(self, n: int, view: ArticleView, status: list[str],
              relations: dict[int, list[int]]) -> str:
        """The article's text, one paragraph per line, its figures marked."""
        marks = sorted(range(len(view.figures)), key=lambda i: view.figures[i].start)
        paragraphs, current, last = [], [], 0
        text = view.text

        def plain(a: int, b: int) -> None:
            for k, piece in enumerate(text[a:b].split("\n")):
                if k:
                    paragraphs.append("".join(current))
                    current.clear()
                current.append(escape(piece))

        for i in marks:
            fig = view.figures[i]
            if fig.start < last:
                continue
            plain(last, fig.start)
            current.append(self._mark(n, i, fig, status[i], relations.get(i, [])))
            last = fig.end
        plain(last, len(text))
        paragraphs.append("".join(current))
        body = "".join(f"<p>{p}</p>\n" for p in paragraphs if p.strip())
        return f'<article class="text" lang="zh-CN">\n{body}</article>\n'

    def _mark(self, n: int, i: int, fig, state: str, rels: list[int]) -> str:
        word = self.say(_STATUS_WORD[state])
        tip = word if fig.error is None else f"{word}: {escape(fig.error)}"
        inner = (f'{escape(fig.text)}<span class="sign" aria-hidden="true">{_SIGN[state]}</span>'
                 f'<span class="sr"> ({word})</span>')
        attrs = f'id="fig-{n}-{i}" class="fig s-{state}" title="{tip}"'
        if fig.claims:
            attrs += (f' data-claim="{escape(fig.claims[0])}" data-line="{fig.line}"'
                      f' data-column="{fig.column}" data-dim="{escape(fig.dimension or "")}"'
                      + (' data-down="1"' if fig.down else "")
                      + (f' data-basis="{escape(fig.basis)}"' if fig.basis else ""))
        if rels:
            data = " ".join(f"rel-{n}-{k}" for k in rels)
            return f'<a {attrs} href="#rel-{n}-{rels[0]}" data-rels="{data}">{inner}</a>'
        return f'<span {attrs} tabindex="0">{inner}</span>'

    def _relations(self, n: int, f: _File, figures_of: dict[int, list[int]],
                   facts: dict | None = None) -> str:
        if not f.records:
            return ""
        reviewable = {c["id"] for c in facts["checks"] if c["id"]} if facts else set()
        by_key = {x.sort_key: x for x in f.findings}
        lang = self.info.lang
        out = [f'<section class="relations"><h3>{self.say(msg.RELATIONS_OF, file=f.display)}</h3>\n']
        for k, r in enumerate(f.records):
            figs = " ".join(f"fig-{n}-{i}" for i in figures_of.get(k, []))
            verdict = self.say(_VERDICT[r.verdict])
            where = self.say(msg.LINE_N, line=r.line)
            review = (f' data-file="{n}" data-check="{escape(r.check)}"'
                      if r.check in reviewable else "")
            out.append(f'<div class="rel v-{r.verdict}" id="rel-{n}-{k}" data-figs="{figs}"{review}>'
                       f"<h4>{escape(kind_name(r.kind, lang))} — {verdict} "
                       f'<span class="how">({escape(word(HOWS, r.how, lang))}, {where})</span></h4>')
            for key in r.found:
                finding = by_key.get(key)
                if finding is not None:
                    out.append(self._explain(finding))
            claims = "".join(f"<li>{escape(c.id)}: {escape(c.written or '')}"
                             + (f' <span class="where">{escape(c.article.path)}:{c.article.line}</span>'
                                if c.article else "") + "</li>" for c in r.claims)
            out.append(f'<ul class="claims">{claims}</ul></div>\n')
        out.append("</section>\n")
        return "".join(out)

    # --- the editor (article inputs) --------------------------------------------------------------
    def _picker(self, n: int) -> str:
        """The panel to add a relation (shown by the script; hidden without it)."""
        kinds = "".join(f'<option value="{k.key}">{self.say(k.label)}</option>' for k in _KINDS)
        return (f'<div class="editor picker" id="picker-{n}" data-file="{n}" hidden>'
                f'<h3>{self.say(msg.EDITOR_ADD)}</h3>'
                f'<p class="help">{self.say(msg.EDITOR_HELP)}</p>'
                f'<label>{self.say(msg.EDITOR_KIND)} <select class="kind">'
                f'<option value="">{self.say(msg.EDITOR_CHOOSE)}</option>{kinds}</select></label>'
                '<p class="next" aria-live="polite"></p><ol class="picks"></ol>'
                '<p class="switch-row" hidden><button type="button" class="switch"></button></p>'
                f'<p class="names-row" hidden><button type="button" class="take-names">'
                f'{self.say(msg.EDITOR_TAKE_NAMES)}</button> <label>{self.say(msg.EDITOR_NAMES)} '
                '<input type="text" class="names" size="40"></label></p>'
                f'<button type="button" class="add" disabled>{self.say(msg.EDITOR_ADD_BUTTON)}</button> '
                f'<button type="button" class="cancel">{self.say(msg.EDITOR_CANCEL)}</button>'
                "</div>\n")

    def _saver(self, n: int, facts: dict) -> str:
        """The relations added, the download and the fact file as text (shown by the script)."""
        name = escape(facts["name"])
        return (f'<section class="editor saver" id="saver-{n}" data-file="{n}" hidden>'
                f'<h3>{self.say(msg.EDITOR_ADDED)}</h3><ul class="added"></ul>'
                f'<p><button type="button" class="download">{self.say(msg.EDITOR_DOWNLOAD)}</button> '
                f'<span class="where">{self.say(msg.EDITOR_SAVE_HINT, file=facts["name"])}</span></p>'
                f'<details class="yaml-box"><summary>{self.say(msg.EDITOR_FACT_FILE)}: {name}</summary>'
                '<pre class="yaml"></pre></details>'
                f'<script type="application/json" class="facts" id="facts-{n}">{_json(facts)}</script>'
                "</section>\n")

    def _editor_words(self) -> dict:
        """The words the script shows, in the report's language, and each kind's roles."""
        def said(text: str) -> str:  # placeholders kept for the script: {role}, {line}
            return Message(text, role="{role}", line="{line}").render(self.info.lang)

        words = {key: said(text) for key, text in _WORDS.items()}
        words["wants"] = {fit: said(text) for fit, text in _WANTS.items()}
        words["kinds"] = {k.key: {"label": said(k.label), "roles": [said(r) for r in k.roles],
                                  "fits": list(k.fits), "required": k.required,
                                  "repeats": k.repeats, "names": k.names, "split": k.split}
                          for k in _KINDS}
        return words

    def _explain(self, finding: Finding) -> str:
        lang = self.info.lang
        lines = [f'<p class="message">{escape(finding.code)} {escape(finding.text(lang))}</p>']
        if finding.computed_shown is not None and finding.stated_shown is not None:
            arith = self.say(msg.COMPUTED_STATED, computed=finding.computed_shown,
                             stated=finding.stated_shown)
            if finding.gap and "shown" in finding.gap:
                arith += "; " + self.say(msg.DETAIL_GAP, value=finding.gap["shown"])
            lines.append(f'<p class="arith">{arith}</p>')
        if finding.advice:
            items = "".join(f"<li>{escape(a.render(lang))}</li>" for a in finding.advice)
            lines.append(f'<p class="advice-head">{self.say(msg.COL_CONSISTENT)}</p>'
                         f'<ul class="advice">{items}</ul>')
        return "".join(lines)

    def _findings(self, n: int, f: _File) -> str:
        if not f.findings:
            return ""
        rows = []
        lang = self.info.lang
        for k, finding in enumerate(f.findings):
            sev = finding.severity.value
            state = {"error": "error", "warning": "warning"}.get(sev, "unchecked")
            rows.append(f'<li id="finding-{n}-{k}" class="finding s-{state}">'
                        f'<span class="sign" aria-hidden="true">{_SIGN[state]}</span> '
                        f"<b>{escape(word(SEVERITIES, sev, lang))} {escape(finding.code)}</b> "
                        f'<span class="where">{escape(finding.file)}:{finding.line}:{finding.column}</span>'
                        f"{self._explain(finding)}</li>")
        return (f'<section class="findings"><h3>{self.say(msg.HTML_FINDINGS)}</h3>'
                f'<ol>{"".join(rows)}</ol></section>\n')


REPORTER = HtmlReporter

class _Kind(NamedTuple):
    """A kind of relation the editor adds: the roles of its figures in the order clicked, what
    each must be (``any``; ``level``: an amount or a count; ``count``: a count or a rank;
    ``rate``: a rate in %; ``nominal``: a rate of the levels themselves, not of real growth or
    of a comparable set of units; ``points``: a change in 百分点), how many clicks it needs before it can
    be added (the roles after are optional), whether the last role takes more figures, whether
    the last two roles both do (``split``: a button moves from the first to the second, flows in
    then flows out, upward contributions then downward ones), and whether it takes names selected
    in the text. The script writes each as docs/format.md says."""

    key: str
    label: str
    roles: tuple[str, ...]
    fits: tuple[str, ...]
    required: int
    repeats: bool = False
    names: bool = False
    split: bool = False


_KINDS = (
    _Kind("total", msg.EDITOR_KIND_TOTAL, (msg.EDITOR_ROLE_TOTAL, msg.EDITOR_ROLE_ITEM),
          ("any", "any"), 2, repeats=True),
    _Kind("part-whole", msg.EDITOR_KIND_PART_WHOLE, (msg.EDITOR_ROLE_PART, msg.EDITOR_ROLE_WHOLE),
          ("any", "any"), 2),
    _Kind("share", msg.EDITOR_KIND_SHARE,
          (msg.EDITOR_ROLE_PART, msg.EDITOR_ROLE_WHOLE, msg.EDITOR_ROLE_SHARE), ("any",) * 3, 3),
    _Kind("growth", msg.EDITOR_KIND_GROWTH,
          (msg.EDITOR_ROLE_CURRENT, msg.EDITOR_ROLE_PREVIOUS, msg.EDITOR_ROLE_RATE), ("any",) * 3, 3),
    _Kind("same", msg.EDITOR_KIND_SAME, (msg.EDITOR_ROLE_FIGURE, msg.EDITOR_ROLE_AGAIN),
          ("any", "any"), 2, repeats=True),
    _Kind("difference", msg.EDITOR_KIND_DIFFERENCE,
          (msg.EDITOR_ROLE_MINUEND, msg.EDITOR_ROLE_SUBTRAHEND, msg.EDITOR_ROLE_DIFFERENCE),
          ("any",) * 3, 3),
    _Kind("multiple", msg.EDITOR_KIND_MULTIPLE,
          (msg.EDITOR_ROLE_LARGER, msg.EDITOR_ROLE_BASE, msg.EDITOR_ROLE_FACTOR), ("any",) * 3, 3),
    _Kind("stock", msg.EDITOR_KIND_STOCK,
          (msg.EDITOR_ROLE_STOCK_END, msg.EDITOR_ROLE_ADDED, msg.EDITOR_ROLE_STOCK_START),
          ("level",) * 3, 2),
    _Kind("points", msg.EDITOR_KIND_POINTS,
          (msg.EDITOR_ROLE_POINTS_RATE, msg.EDITOR_ROLE_POINTS_THAN, msg.EDITOR_ROLE_POINTS),
          ("rate", "rate", "points"), 3),
    _Kind("average", msg.EDITOR_KIND_AVERAGE,
          (msg.EDITOR_ROLE_AVERAGE, msg.EDITOR_ROLE_AVERAGE_TOTAL, msg.EDITOR_ROLE_AVERAGE_COUNT),
          ("level",) * 3, 3),
    _Kind("names", msg.EDITOR_KIND_NAMES, (msg.EDITOR_ROLE_COUNT,), ("count",), 1, names=True),
    _Kind("contribution", msg.EDITOR_KIND_CONTRIBUTION,
          (msg.EDITOR_ROLE_CONTRIBUTION, msg.EDITOR_ROLE_PART_RATE, msg.EDITOR_ROLE_TOTAL_RATE,
           msg.EDITOR_ROLE_PART_SHARE), ("points", "rate", "rate", "rate"), 3),
    _Kind("down", msg.EDITOR_KIND_DOWN,
          (msg.EDITOR_ROLE_TOTAL_RATE, msg.EDITOR_ROLE_UP, msg.EDITOR_ROLE_DOWN),
          ("rate", "points", "points"), 3, split=True),
    _Kind("flows", msg.EDITOR_KIND_FLOWS,
          (msg.EDITOR_ROLE_STOCK_END, msg.EDITOR_ROLE_STOCK_START_GIVEN, msg.EDITOR_ROLE_FLOW_IN,
           msg.EDITOR_ROLE_FLOW_OUT), ("level",) * 4, 3, split=True),
    _Kind("share-change", msg.EDITOR_KIND_SHARE_CHANGE,
          (msg.EDITOR_ROLE_PART_RATE, msg.EDITOR_ROLE_TOTAL_RATE, msg.EDITOR_ROLE_SHARE,
           msg.EDITOR_ROLE_SHARE_CHANGE), ("nominal", "nominal", "rate", "points"), 4),
    _Kind("share-sum", msg.EDITOR_KIND_SHARE_SUM,
          (msg.EDITOR_ROLE_WHOLE, msg.EDITOR_ROLE_SHARE, msg.EDITOR_ROLE_SUM_PART),
          ("level", "rate", "level"), 4, repeats=True),
)
_WORDS = {"next": msg.EDITOR_NEXT, "ready": msg.EDITOR_READY, "twice": msg.EDITOR_PICKED_TWICE,
          "notClaim": msg.EDITOR_NOT_A_CLAIM, "remove": msg.EDITOR_REMOVE,
          "confirm": msg.EDITOR_CONFIRM, "delete": msg.EDITOR_DELETE,
          "confirmed": msg.EDITOR_CONFIRMED, "deleted": msg.EDITOR_DELETED,
          "none": msg.EDITOR_NONE_ADDED, "line": msg.EDITOR_LINE, "names": msg.EDITOR_NEXT_NAMES,
          "noSelection": msg.EDITOR_NO_SELECTION, "full": msg.EDITOR_FULL,
          "switch": msg.EDITOR_SWITCH}
#: What the script says when a figure does not fit its role, by what the role wants.
_WANTS = {"level": msg.EDITOR_WANTS_LEVEL, "count": msg.EDITOR_WANTS_COUNT,
          "rate": msg.EDITOR_WANTS_RATE, "points": msg.EDITOR_WANTS_POINTS,
          "nominal": msg.EDITOR_WANTS_NOMINAL}


def _json(data: object) -> str:
    """JSON to put inside a <script> element: no <, > or & in it, so nothing ends the element."""
    return (json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("&", "\\u0026"))

_CSS = """
:root { --error: #c0392b; --warning: #b9770e; --holds: #1e8449; --unchecked: #7f8c8d;
  --nu: #7d3c98; --bg: #fff; --fg: #1b1b1b; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 52rem; padding: 1rem; color: var(--fg); background: var(--bg);
  font: 17px/1.8 "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC",
  "Microsoft YaHei", "WenQuanYi Micro Hei", "Heiti SC", system-ui, sans-serif; }
h1 { font-size: 1.5rem; margin: .2rem 0; } h2 { font-size: 1.2rem; } h3 { font-size: 1.05rem; }
.summary { font-weight: bold; }
.counts, .legend ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; }
.errors li, .findings li { margin: .3rem 0; }
.text p { margin: 0 0 .9rem; text-align: justify; }
.fig { color: inherit; text-decoration-thickness: 2px; text-underline-offset: 3px; border-radius: 2px;
  padding: 0 1px; }
a.fig { cursor: pointer; }
.fig .sign { font-size: .75em; vertical-align: super; margin-left: 1px; }
.s-error .sign, .s-error.fig { color: var(--error); }
.s-warning .sign, .s-warning.fig { color: var(--warning); }
.s-holds .sign, .s-holds.fig { color: var(--holds); }
.s-unchecked .sign { color: var(--unchecked); }
.s-not-understood .sign, .s-not-understood.fig { color: var(--nu); }
.fig.s-error { text-decoration: underline double var(--error); font-weight: bold; }
.fig.s-warning { text-decoration: underline wavy var(--warning); }
.fig.s-holds { text-decoration: underline solid var(--holds); }
.fig.s-unchecked { text-decoration: underline dotted var(--unchecked); }
.fig.s-not-understood { text-decoration: underline dashed var(--nu); }
.fig:focus, .fig.active { outline: 2px solid #2e86c1; outline-offset: 1px; }
.fig.related { background: #fdebd0; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.rel { border-left: 4px solid var(--unchecked); padding: .2rem .8rem; margin: .8rem 0; }
.rel.v-fails { border-color: var(--error); } .rel.v-warning { border-color: var(--warning); }
.rel.v-holds { border-color: var(--holds); }
.rel:target { background: #eaf2f8; }
.how, .where { color: #555; font-size: .85em; }
.rel h4 { margin: .2rem 0; font-size: 1rem; }
.message { margin: .3rem 0; } .arith { margin: .2rem 0; font-family: ui-monospace, monospace; }
.advice-head { margin: .3rem 0 0; font-weight: bold; } .advice { margin: 0; }
#popover { position: absolute; z-index: 10; max-width: min(36rem, 92vw); background: #fff;
  border: 1px solid #999; box-shadow: 0 4px 14px rgba(0,0,0,.2); padding: .4rem .8rem;
  border-radius: 6px; font-size: .92rem; line-height: 1.6; }
#popover[hidden] { display: none; }
.editor { border: 1px solid #aab7b8; border-radius: 6px; padding: .3rem .8rem; margin: .8rem 0;
  background: #f8f9f9; font-size: .95rem; line-height: 1.6; }
.editor h3 { margin: .2rem 0; font-size: 1rem; }
.editor .help, .editor .next { margin: .2rem 0; }
.picker { position: sticky; bottom: 0; z-index: 5; max-height: 45vh; overflow: auto;
  box-shadow: 0 -2px 8px rgba(0,0,0,.12); }
.picker .next { font-weight: bold; color: #1a5276; }
.picker .next.warn { color: var(--error); }
.picks, .added { margin: .2rem 0; padding-left: 1.4rem; }
.names-row input { font: inherit; width: 100%; max-width: 40rem; }
.editor button, .review button { font: inherit; font-size: .9rem; margin: .1rem .2rem .1rem 0;
  padding: .1rem .6rem; cursor: pointer; }
.fig.picked { background: #d6eaf8; outline: 2px dashed #2e86c1; }
.picking .text .fig[data-claim] { cursor: crosshair; }
.review { margin: .2rem 0; }
.review .state { font-size: .85em; margin-left: .4rem; }
.review button[aria-pressed="true"] { background: #1a5276; color: #fff; }
.rel.r-confirmed { border-left-style: double; border-left-width: 6px; }
.rel.r-deleted { opacity: .55; } .rel.r-deleted h4 { text-decoration: line-through; }
.yaml { white-space: pre-wrap; word-break: break-all; font-size: .8rem; line-height: 1.4;
  max-height: 24rem; overflow: auto; background: #fff; border: 1px solid #ddd; padding: .4rem; }
@media print {
  #popover, .editor, .review { display: none !important; }
  body { max-width: none; font-size: 11pt; }
  .fig { color: #000 !important; }
  a { color: inherit; text-decoration: none; }
}
[hidden] { display: none !important; }
@media (max-width: 600px) { body { font-size: 16px; padding: .6rem; }
  .picker { position: static; max-height: none; box-shadow: none; } }
"""

_JS = """
(function () {
  var pop = document.createElement('div');
  pop.id = 'popover'; pop.hidden = true; pop.setAttribute('role', 'dialog');
  document.body.appendChild(pop);
  function clear() {
    document.querySelectorAll('.fig.related, .fig.active').forEach(function (e) {
      e.classList.remove('related'); e.classList.remove('active');
    });
  }
  function picking(el) {
    var section = el.closest('section.file');
    return !!section && section.classList.contains('picking');
  }
  function show(fig) {
    if (picking(fig)) return;
    clear();
    var ids = (fig.getAttribute('data-rels') || '').split(' ').filter(Boolean);
    if (!ids.length) { pop.hidden = true; return; }
    pop.textContent = '';
    ids.forEach(function (id) {
      var rel = document.getElementById(id);
      if (!rel) return;
      var copy = rel.cloneNode(true); copy.removeAttribute('id');
      pop.appendChild(copy);
      (rel.getAttribute('data-figs') || '').split(' ').filter(Boolean).forEach(function (f) {
        var other = document.getElementById(f);
        if (other) other.classList.add('related');
      });
    });
    fig.classList.add('active');
    pop.hidden = false;  // shown before it is measured: a hidden popover has no width
    var r = fig.getBoundingClientRect();
    pop.style.left = Math.max(4, Math.min(window.scrollX + r.left,
      window.scrollX + document.documentElement.clientWidth - pop.offsetWidth - 8)) + 'px';
    pop.style.top = (window.scrollY + r.bottom + 6) + 'px';
    pop.hidden = false;
  }
  document.querySelectorAll('a.fig[data-rels]').forEach(function (fig) {
    fig.addEventListener('click', function (ev) { ev.preventDefault(); show(fig); });
    fig.addEventListener('focus', function () { show(fig); });
  });
  document.addEventListener('keydown', function (ev) {
    if (ev.key === 'Escape') { pop.hidden = true; clear(); }
  });
  document.addEventListener('click', function (ev) {
    if (!ev.target.closest('.fig') && !ev.target.closest('#popover')) { pop.hidden = true; clear(); }
  });

  // --- the editor: add relations, confirm or delete those found, download the fact file --------
  var wordsElement = document.getElementById('editor-words');
  if (!wordsElement) return;
  var W = JSON.parse(wordsElement.textContent);
  var NOTE = 'added by the editor in the HTML view';
  var editors = {};
  function button(text, onClick) {
    var b = document.createElement('button');
    b.type = 'button'; b.textContent = text;
    if (onClick) b.addEventListener('click', onClick);
    return b;
  }
  function isRate(pick) { return /[.]growth$/.test(pick.id); }
  function spec(ed) { return W.kinds[ed.kind]; }
  // The role of the i-th pick: by its place; for a split kind, the last two roles repeat, a pick
  // taking the second (flows out) once the editor has switched to it.
  function roleIndex(ed, i) {
    var s = spec(ed), last = s.roles.length - 1;
    if (!s.split || i < last - 1) return Math.min(i, last);
    var pick = ed.picks[i];
    return last - 1 + ((pick ? pick.out : ed.out) ? 1 : 0);
  }
  function roleOf(ed, i) { return spec(ed).roles[roleIndex(ed, i)]; }
  function fitOf(ed, i) { return spec(ed).fits[roleIndex(ed, i)]; }
  function full(ed) {
    return !spec(ed).repeats && !spec(ed).split && ed.picks.length >= spec(ed).roles.length;
  }
  function ready(ed) {
    return !!ed.kind && ed.picks.length >= spec(ed).required
      && (!spec(ed).names || namesOf(ed).names.length > 0);
  }
  // What a role takes, by the dimension the figure was read in (data-dim).
  var FITS = {
    any: function () { return true; },
    level: function (dim) { return ['ratio', 'pp', 'factor', 'rank'].indexOf(dim) < 0; },
    count: function (dim) { return dim === 'count' || dim === 'rank'; },
    rate: function (dim) { return dim === 'ratio'; },
    nominal: function (dim, fig) { return dim === 'ratio' && !fig.getAttribute('data-basis'); },
    points: function (dim) { return dim === 'pp'; }
  };
  function dimOf(id) {
    var fig = document.querySelector('.fig[data-claim="' + id + '"]');
    return fig ? fig.getAttribute('data-dim') : '';
  }
  // The claim a rate role names: a check takes a claim's growth rate when it is in %, else its
  // value; a value in % of a claim that also carries a growth in % names no claim (null).
  function rateClaim(pick) {
    if (isRate(pick)) return pick.id.replace(/[.]growth$/, '');
    return dimOf(pick.id + '.growth') === 'ratio' ? null : pick.id;
  }
  // Likewise for a change in 百分点: a claim's growth when it is in 百分点, else its value.
  function pointsClaim(pick) {
    if (isRate(pick)) return pick.id.replace(/[.]growth$/, '');
    return dimOf(pick.id + '.growth') === 'pp' ? null : pick.id;
  }
  // The names typed or taken from the text, separated by 、 (or ，, ；), 等 at the end when the
  // list is not complete.
  function namesOf(ed) {
    var text = ed.picker.querySelector('input.names').value.trim();
    var complete = !/等$/.test(text);
    var names = text.replace(/等+$/, '').replace(/[\\u0000-\\u001f\\u2028\\u2029]/g, '')
      .split(/[、，,；;]/).map(function (n) { return n.trim(); })
      .filter(Boolean);
    return {names: names, complete: complete};
  }
  // A list as an article writes it: 甲、乙、丙和丁 (the last two joined by 和, 及, 以及 or 与).
  function listOf(text) {
    text = text.replace(/^[\\s：:，,]+|[\\s。；;，,]+$/g, '');
    var more = /等+$/.test(text);
    var items = text.replace(/等+$/, '').split(/[、，,；;]/).map(function (n) { return n.trim(); })
      .filter(Boolean);
    var last = items.pop() || '', pair = last.split(/以及|和|及|与/);
    if (pair.length === 2 && pair[0] && pair[1]) items.push(pair[0], pair[1]);
    else if (last) items.push(last);
    return items.join('、') + (more ? '等' : '');
  }
  // The text selected in an article, without the signs the page adds to its figures.
  function selectedIn(article) {
    var sel = window.getSelection();
    if (!sel || sel.isCollapsed || !sel.rangeCount) return '';
    var range = sel.getRangeAt(0);
    if (!article.contains(range.commonAncestorContainer)) return '';
    var box = document.createElement('div');
    box.appendChild(range.cloneContents());
    box.querySelectorAll('.sign, .sr').forEach(function (e) { e.remove(); });
    return box.textContent;
  }

  // The fields of an added check, as docs/format.md writes each kind; a growth rate carried by a
  // claim (`gdp.growth`) is no reference for share/breakdown/growth/multiple: an expect says it.
  function fields(kind, picks, listed) {
    var ids = picks.map(function (p) { return p.id; });
    var a = ids[0], b = ids[1], c = ids[2], anyRate = picks.some(isRate);
    if (kind === 'stock') {
      return [['stock', a]].concat(c ? [['start', c]] : [], [['added', [b]]]);
    }
    if (kind === 'points') {
      var rate = rateClaim(picks[0]), than = rateClaim(picks[1]), change = pointsClaim(picks[2]);
      if (rate && than && change) return [['points', change], ['rate', rate], ['than', than]];
      return [['expect', a + ' - ' + b + ' == ' + c]];
    }
    if (kind === 'average') return [['average', a], ['total', b], ['count', c]];
    if (kind === 'flows') {
      var flows = picks.slice(2);
      var added = flows.filter(function (p) { return !p.out; }).map(function (p) { return p.id; });
      var removed = flows.filter(function (p) { return p.out; }).map(function (p) { return p.id; });
      return [['stock', a], ['start', b]].concat(added.length ? [['added', added]] : [],
                                                 removed.length ? [['removed', removed]] : []);
    }
    // last year's share was s × (1 + g) / (1 + gᵢ): each figure once, as discovery writes it
    if (kind === 'share-change') {
      return [['expect', c + ' * (1 - (1 + ' + b + ') / (1 + ' + a + ')) == ' + ids[3]]];
    }
    if (kind === 'share-sum') return [['expect', '(' + ids.slice(2).join(' + ') + ') / ' + a + ' == ' + b]];
    if (kind === 'names') {
      return [['enumeration', ids], ['names', listed.names]]
        .concat(listed.complete ? [] : [['names_complete', false]]);
    }
    if (kind === 'contribution') {
      var weighed = [['contribution', pointsClaim(picks[0]) || a], ['part', rateClaim(picks[1]) || b],
                     ['to', rateClaim(picks[2]) || c]];
      return weighed.concat(picks[3] ? [['part_share', ids[3]]] : []);
    }
    if (kind === 'down') {
      var pulls = picks.slice(1), named = pulls.map(function (p) { return pointsClaim(p) || p.id; });
      // 负向拉动8.7个百分点 is read as −8.7: only a downward one read above zero (拖累1.5个百分点)
      // needs `negative:`
      var negative = named.filter(function (id, i) { return pulls[i].out && !pulls[i].down; });
      return [['contribution', named], ['to', rateClaim(picks[0]) || a]]
        .concat(negative.length ? [['negative', negative]] : []);
    }
    if (kind === 'total') {
      var parts = ids.slice(1);
      if (anyRate) return [['expect', parts.join(' + ') + ' == ' + a]];
      return [['breakdown', a], ['parts', parts], ['exhaustive', true]];
    }
    if (kind === 'part-whole') return [['expect', a + ' <= ' + b]];
    if (kind === 'share') {
      if (anyRate) return [['expect', a + ' / ' + b + ' == ' + c]];
      return [['share', a], ['of', b], ['is', c]];
    }
    if (kind === 'growth') {
      var levels = !isRate(picks[0]) && !isRate(picks[1]);
      if (levels && c === a + '.growth') return [['growth', a], ['previous', b]];
      if (levels && !isRate(picks[2])) return [['growth', a], ['previous', b], ['rate', c]];
      var points = /百分点/.test(picks[2].text);
      return [['expect', points ? a + ' - ' + b + ' == ' + c : a + ' / ' + b + ' - 1 == ' + c]];
    }
    if (kind === 'same') return [['same', ids]];
    if (kind === 'difference') return [['expect', a + ' - ' + b + ' == ' + c]];
    if (isRate(picks[2]) && !isRate(picks[0]) && !isRate(picks[1])) {
      return [['expect', a + ' / ' + b + ' == 1 + ' + c]];  // 增长1.79倍: a = (1 + 179%) b
    }
    if (anyRate) return [['expect', a + ' / ' + b + ' == ' + c]];
    return [['multiple', a], ['of', b], ['factor', c]];
  }
  // A JSON string is a YAML double-quoted scalar: the values are claim ids and the note.
  function yamlValue(v) {
    if (typeof v === 'boolean') return String(v);
    if (Array.isArray(v)) return '[' + v.map(function (x) { return JSON.stringify(x); }).join(', ') + ']';
    return JSON.stringify(v);
  }
  function block(id, entries) {
    var lines = ['  - id: ' + id];
    entries.forEach(function (e) { lines.push('    ' + e[0] + ': ' + yamlValue(e[1])); });
    lines.push('    note: ' + JSON.stringify(NOTE));
    return lines.join('\\n') + '\\n';
  }
  function yamlOf(ed) {
    var blocks = [];
    ed.data.checks.forEach(function (c) {
      var state = ed.state[c.id] || 'found';
      if (state !== 'deleted') blocks.push(state === 'confirmed' ? c.confirmed : c.found);
    });
    ed.added.forEach(function (a) { blocks.push(a.block); });
    return ed.data.head + (blocks.length ? 'checks:\\n' + blocks.join('') : '') + ed.data.tail;
  }
  function render(ed) {
    ed.saver.querySelector('pre.yaml').textContent = yamlOf(ed);
    var list = ed.saver.querySelector('ul.added');
    list.textContent = '';
    if (!ed.added.length) {
      var none = document.createElement('li'); none.textContent = W.none; list.appendChild(none);
    }
    ed.added.forEach(function (a, i) {
      var li = document.createElement('li');
      li.className = 'added-rel';
      li.setAttribute('data-id', a.id);
      li.appendChild(document.createTextNode(a.id + ' — ' + a.label + ' '));
      li.appendChild(button(W.remove, function () {
        ed.added.splice(i, 1); delete ed.taken[a.id]; render(ed);
      }));
      list.appendChild(li);
    });
  }
  function refresh(ed) {
    var p = ed.picker;
    ed.section.classList.toggle('picking', !!ed.kind);
    ed.section.querySelectorAll('.fig.picked').forEach(function (e) { e.classList.remove('picked'); });
    var list = p.querySelector('.picks');
    list.textContent = '';
    ed.picks.forEach(function (pick, i) {
      pick.element.classList.add('picked');
      var li = document.createElement('li');
      li.appendChild(document.createTextNode(roleOf(ed, i) + ': ' + pick.text + ' ('
        + W.line.replace('{line}', pick.line) + ') '));
      li.appendChild(button(W.remove, function () { ed.picks.splice(i, 1); ed.message = ''; refresh(ed); }));
      list.appendChild(li);
    });
    p.querySelector('.names-row').hidden = !ed.kind || !spec(ed).names;
    var split = !!ed.kind && spec(ed).split, roles = split ? spec(ed).roles : [];
    p.querySelector('.switch-row').hidden = !split || ed.out || ed.picks.length < roles.length - 2;
    if (split) p.querySelector('button.switch').textContent =
      W.switch.replace('{role}', roles[roles.length - 1]);
    var next = p.querySelector('.next');
    next.classList.toggle('warn', !!ed.message);
    next.textContent = !ed.kind ? '' : ed.message ? ed.message : ready(ed) ? W.ready
      : ed.picks.length >= spec(ed).required ? W.names
      : W.next.replace('{role}', roleOf(ed, ed.picks.length));
    p.querySelector('button.add').disabled = !ready(ed);
    p.querySelector('button.cancel').disabled = !ed.kind;
  }
  function pick(ed, fig) {
    var id = fig.getAttribute('data-claim');
    if (!id) { ed.message = W.notClaim; refresh(ed); return; }
    if (ed.picks.some(function (p) { return p.element === fig; })) {
      ed.message = W.twice; refresh(ed); return;
    }
    if (full(ed)) { ed.message = W.full; refresh(ed); return; }
    var fit = fitOf(ed, ed.picks.length);
    var dim = fig.getAttribute('data-dim') || '';
    if (!FITS[fit](dim, fig)) {
      var why = fit === 'nominal' && !FITS.rate(dim) ? 'rate' : fit;  // a level: not a rate at all
      ed.message = W.wants[why].replace('{role}', roleOf(ed, ed.picks.length)); refresh(ed); return;
    }
    ed.picks.push({element: fig, id: id, text: fig.firstChild.nodeValue,
                   line: fig.getAttribute('data-line'), out: ed.out,
                   down: fig.getAttribute('data-down') === '1'});
    ed.message = '';
    refresh(ed);
  }
  function reset(ed) {
    ed.kind = ''; ed.picks = []; ed.message = ''; ed.selected = ''; ed.out = false;
    ed.picker.querySelector('select.kind').value = '';
    ed.picker.querySelector('input.names').value = '';
  }
  function takeNames(ed) {
    var text = selectedIn(ed.section.querySelector('article.text')) || ed.selected;
    if (!text) { ed.message = W.noSelection; refresh(ed); return; }
    ed.picker.querySelector('input.names').value = listOf(text);
    ed.message = ''; refresh(ed);
  }
  function add(ed) {
    if (!ready(ed)) return;
    var k = 1;
    while (ed.taken['editor_' + k]) k += 1;
    var id = 'editor_' + k;
    ed.taken[id] = true;
    var listed = namesOf(ed);
    var label = spec(ed).label + ': ' + ed.picks.map(function (p, i) {
      return roleOf(ed, i) + ' ' + p.text;
    }).join(', ') + (spec(ed).names ? ': ' + listed.names.join('、') : '');
    ed.added.push({id: id, label: label, block: block(id, fields(ed.kind, ed.picks, listed))});
    reset(ed);
    refresh(ed); render(ed);
  }
  function download(ed) {
    var blob = new Blob([yamlOf(ed)], {type: 'text/yaml;charset=utf-8'});
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob); a.download = ed.data.name;
    document.body.appendChild(a); a.click(); a.remove();
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 60000);
  }
  document.querySelectorAll('script.facts').forEach(function (element) {
    var saver = element.closest('.saver'), n = saver.getAttribute('data-file');
    var ed = {n: n, data: JSON.parse(element.textContent), state: {}, added: [], kind: '', picks: [],
              message: '', selected: '', out: false, taken: {}, section: document.getElementById('file-' + n),
              picker: document.getElementById('picker-' + n), saver: saver};
    ed.data.taken.forEach(function (id) { ed.taken[id] = true; });
    editors[n] = ed;
    var select = ed.picker.querySelector('select.kind');
    select.addEventListener('change', function () {
      var kind = select.value;
      reset(ed); ed.kind = select.value = kind;
      pop.hidden = true; clear(); refresh(ed);
    });
    ed.picker.querySelector('button.add').addEventListener('click', function () { add(ed); });
    ed.picker.querySelector('button.cancel').addEventListener('click', function () {
      reset(ed); refresh(ed);
    });
    ed.picker.querySelector('button.switch').addEventListener('click', function () {
      ed.out = true; ed.message = ''; refresh(ed);
    });
    ed.picker.querySelector('button.take-names').addEventListener('click', function () {
      takeNames(ed);
    });
    ed.picker.querySelector('input.names').addEventListener('input', function () {
      ed.message = ''; refresh(ed);
    });
    saver.querySelector('button.download').addEventListener('click', function () { download(ed); });
    ed.picker.hidden = false; saver.hidden = false;
    refresh(ed); render(ed);
  });
  // Clicking (or Enter on) a figure of an article whose editor is picking adds it to the picks.
  function pickFrom(ev) {
    var fig = ev.target.closest ? ev.target.closest('.fig') : null;
    if (!fig || !fig.closest('article.text') || !picking(fig)) return;
    var ed = editors[fig.closest('section.file').id.slice(5)];
    if (!ed) return;
    ev.preventDefault(); ev.stopPropagation();
    pick(ed, fig);
  }
  document.addEventListener('click', pickFrom, true);
  // The last text selected in an article, for its editor's names (a click may clear it).
  document.addEventListener('selectionchange', function () {
    Object.keys(editors).forEach(function (n) {
      var text = selectedIn(editors[n].section.querySelector('article.text'));
      if (text) editors[n].selected = text;
    });
  });
  document.addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter' && ev.target.tagName !== 'A') pickFrom(ev);  // a link's Enter clicks it
  }, true);

  // Confirm or delete each relation found: two buttons on it (and on its copy in the popover).
  function showReview(ed, id) {
    var state = ed.state[id] || 'found';
    document.querySelectorAll('.rel[data-check]').forEach(function (rel) {
      if (rel.getAttribute('data-file') !== ed.n || rel.getAttribute('data-check') !== id) return;
      rel.classList.toggle('r-confirmed', state === 'confirmed');
      rel.classList.toggle('r-deleted', state === 'deleted');
      rel.querySelectorAll('button[data-review]').forEach(function (b) {
        var mine = b.getAttribute('data-review') === 'confirm' ? 'confirmed' : 'deleted';
        b.setAttribute('aria-pressed', String(state === mine));
      });
      rel.querySelector('.review .state').textContent = state === 'found' ? '' : W[state];
    });
  }
  document.querySelectorAll('.rel[data-check]').forEach(function (rel) {
    var box = document.createElement('div');
    box.className = 'review';
    [['confirm', W.confirm], ['delete', W['delete']]].forEach(function (b) {
      var btn = button(b[1]);
      btn.setAttribute('data-review', b[0]); btn.setAttribute('aria-pressed', 'false');
      box.appendChild(btn);
    });
    var state = document.createElement('span');
    state.className = 'state'; state.setAttribute('aria-live', 'polite');
    box.appendChild(state);
    rel.insertBefore(box, rel.children[1] || null);
  });
  document.addEventListener('click', function (ev) {
    var btn = ev.target.closest ? ev.target.closest('button[data-review]') : null;
    if (!btn) return;
    var rel = btn.closest('.rel[data-check]'), ed = rel && editors[rel.getAttribute('data-file')];
    if (!ed) return;
    var id = rel.getAttribute('data-check');
    var wanted = btn.getAttribute('data-review') === 'confirm' ? 'confirmed' : 'deleted';
    ed.state[id] = ed.state[id] === wanted ? 'found' : wanted;
    showReview(ed, id); render(ed);
  });
})();
"""
