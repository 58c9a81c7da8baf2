"""`html`: one self-contained page for an editor — the article itself, every figure marked.

At the top, the counts and the list of errors, each a link to its place. Then each file: the
article's text with every figure marked by its status (in an error, in a warning, checked and
consistent, in no relation, not understood) by colour *and* by underline style and a sign, so that
colour-blind readers and black-and-white prints tell them apart; a legend. Each marked figure links
to the relations it is in (the arithmetic, what would be consistent, the other figures); without
JavaScript the link jumps there, with it a panel opens at the figure on click or keyboard focus and
the relation's other figures are highlighted. A fact file without an article shows its claims in
order instead. Inline CSS and JS, no network; everything from the input is escaped.
"""

from __future__ import annotations

from html import escape

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
        out.append(self._relations(n, f, figures_of))
        out.append(self._findings(n, f))
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
        if rels:
            data = " ".join(f"rel-{n}-{k}" for k in rels)
            return f'<a {attrs} href="#rel-{n}-{rels[0]}" data-rels="{data}">{inner}</a>'
        return f'<span {attrs} tabindex="0">{inner}</span>'

    def _relations(self, n: int, f: _File, figures_of: dict[int, list[int]]) -> str:
        if not f.records:
            return ""
        by_key = {x.sort_key: x for x in f.findings}
        lang = self.info.lang
        out = [f'<section class="relations"><h3>{self.say(msg.RELATIONS_OF, file=f.display)}</h3>\n']
        for k, r in enumerate(f.records):
            figs = " ".join(f"fig-{n}-{i}" for i in figures_of.get(k, []))
            verdict = self.say(_VERDICT[r.verdict])
            where = self.say(msg.LINE_N, line=r.line)
            out.append(f'<div class="rel v-{r.verdict}" id="rel-{n}-{k}" data-figs="{figs}">'
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
@media print {
  #popover { display: none !important; }
  body { max-width: none; font-size: 11pt; }
  .fig { color: #000 !important; }
  a { color: inherit; text-decoration: none; }
}
@media (max-width: 600px) { body { font-size: 16px; padding: .6rem; } }
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
  function show(fig) {
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
})();
"""
