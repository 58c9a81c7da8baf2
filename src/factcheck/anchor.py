"""Tie a fact file to its article: every quote must be in the article, with the claim's figure.

A fact file names its article in ``article.text`` (relative to the fact file), or the command
line overrides it (``check --article FILE``). For every claim with a ``quote`` (``ref:`` aliases
are skipped):

- the quote must occur in the article, insensitive to whitespace and line breaks, full-width or
  half-width forms and curly or straight quotes — else FC020 quote-not-found;
- the claim's written value (``value`` + ``unit``) must occur inside its quote; when the article
  has the quote's words with other figures ("227.6亿元" edited to "228.6亿元"), the quote's
  digits are matched as wildcards and FC021 figure-drift names both versions and the article
  line.

Every figure of the article that no quote covers is reported as FC022 uncovered-figure (info),
so a figure added to the article does not go unchecked. An article that cannot be read is
FC023 article-unreadable.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

from . import messages as msg
from .article import ArticleError, ArticleText, fold, normalise_with_map, read_article
from .corpus import Corpus, display_path
from .figures import Figure, clause_span, find_figures, long_numeral_end
from .findings import Finding, Severity
from .loader import ClaimInfo, LoadedFile
from .messages import Listed, Message
from .numerals import NumeralError, read_numeral
from .patterns import later
from .rules import define

__all__ = ["Anchoring", "anchor_corpus", "anchor_file", "numerals_in"]

_E, _I = Severity.ERROR, Severity.INFO


QUOTE_NOT_FOUND = define(
    "FC020", "quote-not-found", _E,
    "A claim's `quote` does not occur in the article named by `article.text` (or "
    "`--article`). Matching ignores whitespace and line breaks, full-width/half-width "
    "forms and curly/straight quotation marks.",
    "A quote that is not in the article means the sentence was deleted or reworded after "
    "the fact file was written: the claim may describe text that is no longer published.",
    "```yaml\nclaims:\n  gdp:\n    value: 227.6亿元\n    quote: 全年实现地区生产总值227.6亿元   # "
    "the article no longer has this sentence\n```",
)

FIGURE_DRIFT = define(
    "FC021", "figure-drift", _E,
    "The claim's figure no longer occurs where its quote is: the article has the quote's "
    "words with another figure (the quote's digits are matched as wildcards), or the quote "
    "does not contain the claim's own value.",
    "The article was edited after the fact file (or the other way round): the checks "
    "would pass on figures the article does not print. The finding names both versions "
    "and the article line.",
    "Fact file `value: 227.6亿元`, `quote: 全年实现地区生产总值227.6亿元`; the article now says "
    "全年实现地区生产总值228.6亿元: FC021 names 227.6亿元 and 228.6亿元 and the line.",
)

UNCOVERED_FIGURE = define(
    "FC022", "uncovered-figure", _I,
    "A figure of the article that no claim's quote covers.",
    "A figure added to the article, or one the fact file forgot, is never checked. "
    "Shown with `check --show-info`; `factcheck extract` drafts claims for every figure.",
    "The article says 另有25家后备企业上市进程稳步推进 and no quote contains it: FC022 at the "
    "article's line, with the clause.",
)

ARTICLE_UNREADABLE = define(
    "FC023", "article-unreadable", _E,
    "The article named by `article.text` (or `--article`) cannot be read: missing, not "
    "UTF-8 (the message names the encoding it looks like), binary or too large.",
    "Without the article no quote can be verified; the claims are still checked against "
    "each other.",
    "An article saved as GBK: convert it with `iconv -f GB18030 -t UTF-8 in.txt > out.txt`.",
)


# --- numerals inside a text -----------------------------------------------------------------
_NUMERAL_CHARS = "一二两三四五六七八九十百千万亿点."
_NUM_START = later(r"\d|[一二两三四五六七八九十]|百分百")


def numerals_in(text: str) -> list[Fraction]:
    """The values of every numeral in a (normalised) text: '227.6亿元、同比增长5%' → 22760000000,
    5; '双百分百' → 100; '六位于一体' → 6. Used to ask whether a figure occurs in a quote."""
    values: list[Fraction] = []
    i = 0
    while i < len(text):
        m = _NUM_START.match(text, i)
        if not m:
            i += 1
            continue
        long_end = long_numeral_end(text, i)
        if long_end is not None:
            i = long_end  # thousands of digits: no figure to compare with
            continue
        if m.group(0) == "百分百":
            values.append(Fraction(100))
            i += 3
            continue
        try:
            numeral, end = read_numeral(text, i)
        except NumeralError:
            end = i + 1
            while end < len(text) and (text[end].isdigit() or text[end] in _NUMERAL_CHARS):
                end += 1
            i = end
            continue
        values.append(numeral.value)
        if numeral.span is not None:
            values.extend(numeral.span)
        i = max(end, i + 1)
    return values


def _written(claim: ClaimInfo, key: str = "value") -> str | None:
    value = getattr(claim.spec, key)
    if value is None:
        return None
    text = str(value)
    if key == "value" and claim.spec.unit:
        text += claim.spec.unit
    return text


def _occurs_in(written: str, quote_norm: str) -> bool:
    """The written figure occurs in the quote: literally, or as the same numeral (预计6% in
    预计增长6%, 六项 in 六位于一体, 100% in 双百分百, 1亿元以上 in 1亿元或1000万美元以上)."""
    w = "".join(fold(c) for c in written)
    if w and w in quote_norm:
        return True
    wanted = numerals_in(w)
    if wanted and all(v in numerals_in(quote_norm) for v in wanted):
        return True
    return _read_alike(w, quote_norm) or _unit_shared(w, quote_norm)


#: The number of a written figure, and the same number standing alone in a quote.
_NUMBER = later(r"\d[\d,]*(?:\.\d+)?")


def _unit_shared(written: str, quote_norm: str) -> bool:
    """A figure of a list whose unit is written once at its end (分别为 2.8、3.1、3.5亿元; 达到
    1531、1606亿元): the quote prints its number alone."""
    m = _NUMBER.search(written)
    return m is not None and any(n.group(0) == m.group(0) and quote_norm[n.end():n.end() + 1] in _LIST_GAP
                                 for n in _NUMBER.finditer(quote_norm))


_LIST_GAP = ("", "、", "，", ",")


def _read_alike(written: str, quote_norm: str) -> bool:
    """The quote prints the figure in other words that read the same (1/2 as 一半, 接近1/2 as
    接近一半, 万亿以上 as 万亿城市, 0.00% as 持平): a figure of the quote, of the written figure's
    dimension, inside its interval."""
    from .quantity import QuantityError, parse_quantity

    try:
        q = parse_quantity(written)
    except QuantityError:
        return False
    if "持平" in quote_norm and q.interval.contains(Fraction(0)):
        return True  # a change of zero, whose precision the rates around it give
    return any(f.quantity is not None and f.quantity.unit.dimension == q.unit.dimension
               and q.interval.intersect(f.quantity.interval) == f.quantity.interval
               for f in find_figures_in_quote(quote_norm))


# --- the skeleton of a quote: its words, with every numeral a wildcard ----------------------
# A bound word next to a numeral is part of the figure: 超八成 edited to 近八成 is drift too.
_BOUND = "超过|超|逾|将近|接近|近|大约|约|突破|不足|不到|达到|达"
_RUN = later(rf"(?:{_BOUND})?(?:[\d.,]*\d[\d.,]*[万亿]*|百分百|百分之[一二两三四五六七八九十百千]+|"
                  rf"[一二两三四五六七八九十][一二两三四五六七八九十百千万亿]*)[余多]?")
_BOUND_WORDS = tuple(_BOUND.split("|"))
_BOUND_FIRST = frozenset(w[0] for w in _BOUND_WORDS)
_WILD_CHARS = frozenset(".,〇零一二两三四五六七八九十百千万亿")
_WILD_START = later(rf"{_BOUND}|[\d.,〇零一二两三四五六七八九十百千万亿]")
_MIN_LITERAL = 4
_MAX_WILDCARDS = 32  # a quote with more figures than this is not matched for drift (FC020)


def _wild_char(ch: str) -> bool:
    return ch.isdecimal() or ch in _WILD_CHARS


@dataclass(slots=True)
class _Match:
    """Where a skeleton matched: the whole match and each wildcard's span."""

    start: int
    end: int
    spans: list[tuple[int, int]]


class _Skeleton:
    """A quote's words with every figure a wildcard (bound word, digits or Chinese numerals, 余/多),
    matched leftmost-first and greedy like a regular expression, but without backtracking blow-up:
    a failed (wildcard, position) is remembered, so a search is linear in the text."""

    def __init__(self, literals: list[str], runs: list[tuple[int, int]]) -> None:
        self.literals = literals  # one more than the wildcards: before, between and after them
        self.runs = runs  # each wildcard's span in the quote

    def finditer(self, text: str):
        """Non-overlapping matches, left to right."""
        failed = [bytearray(len(text) + 1) for _ in self.runs]
        pos = 0
        while True:
            start = text.find(self.literals[0], pos) if self.literals[0] else \
                (m.start() if (m := _WILD_START.search(text, pos)) else -1)
            if start < 0:
                return
            spans: list[tuple[int, int]] = []
            end = self._literal(text, 0, start, failed, spans)
            if end is None:
                pos = start + 1
                continue
            yield _Match(start, end, spans[::-1])
            pos = end

    def _literal(self, text, j, p, failed, spans) -> int | None:
        lit = self.literals[j]
        if not text.startswith(lit, p):
            return None
        if j == len(self.runs):
            return p + len(lit)
        return self._wildcard(text, j, p + len(lit), failed, spans)

    def _wildcard(self, text, j, p, failed, spans) -> int | None:
        for word in _BOUND_WORDS if text[p:p + 1] in _BOUND_FIRST else ():
            if text.startswith(word, p):
                end = self._digits(text, j, p, p + len(word), failed, spans)
                if end is not None:
                    return end
        return self._digits(text, j, p, p, failed, spans)

    def _digits(self, text, j, start, q, failed, spans) -> int | None:
        """One or more numeral characters from q (longest first), then 余/多, then the literal."""
        n, done = len(text), failed[j]
        if q >= n or not _wild_char(text[q]):
            return None
        top = q + 1
        while top < n and _wild_char(text[top]) and not done[top]:
            top += 1
        if done[top]:
            top -= 1  # every longer run of numeral characters from here is known to fail
        for last in range(top, q, -1):
            for stop in ((last + 1, last) if text[last:last + 1] in ("余", "多") else (last,)):
                end = self._literal(text, j + 1, stop, failed, spans)
                if end is not None:
                    spans.append((start, stop))
                    return end
            done[last] = 1
        return None


def _skeleton(quote_norm: str) -> _Skeleton | None:
    literals: list[str] = []
    runs: list[tuple[int, int]] = []
    last = 0
    for m in _RUN.finditer(quote_norm):
        if not any(ch.isdigit() for ch in m.group(0)) and not _numeric_word(quote_norm, m):
            continue
        literals.append(quote_norm[last:m.start()])
        runs.append((m.start(), m.end()))
        last = m.end()
    literals.append(quote_norm[last:])
    if not runs or len(runs) > _MAX_WILDCARDS or sum(map(len, literals)) < _MIN_LITERAL:
        return None
    return _Skeleton(literals, runs)


def _numeric_word(text: str, m: re.Match[str]) -> bool:
    """A Chinese numeral that is a figure (两家, 超八成), not a word (一体化, 一号工程)."""
    run = re.sub(rf"^(?:{_BOUND})", "", m.group(0))
    after = text[m.end():m.end() + 1]
    if run in ("一",) and after not in ("成", "倍"):
        return False
    return bool(after) and after in "个家项名人户所场次处条段成倍亿万元%级位"


# --- anchoring one file -----------------------------------------------------------------------
@dataclass(slots=True)
class Anchoring:
    """What anchoring found for one fact file."""

    article: ArticleText | None = None
    article_display: str | None = None
    findings: list[Finding] = field(default_factory=list)
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # claim → plain spans
    figures: list[Figure] = field(default_factory=list)


def _article_path(loaded: LoadedFile, override: Path | None) -> tuple[Path | None, tuple[int, int]]:
    if override is not None:
        return override, (1, 1)
    model = loaded.model
    if model is None or model.article is None or not model.article.text:
        return None, (1, 1)
    path = Path(os.path.normpath(loaded.path.parent / model.article.text))
    return path, loaded.source.value(("article", "text"))


def anchor_file(loaded: LoadedFile, article: Path | None = None, cwd: Path | None = None,
                uncovered: bool = True) -> Anchoring:
    """Anchor the quotes of one loaded fact file in its article (or in ``article``)."""
    result = Anchoring()
    path, (line, col) = _article_path(loaded, article)
    if path is None or not loaded.ok:
        return result
    base = cwd or Path.cwd()
    shown = display_path(path, base)
    result.article_display = shown
    try:
        text = read_article(path)
    except ArticleError as err:
        result.findings.append(ARTICLE_UNREADABLE.finding(err.message, loaded.display, line, col))
        return result
    result.article = text
    result.figures = find_figures(text)
    haystack = text.anchor.text
    for claim in loaded.claims.values():
        if claim.spec.ref is not None or not claim.spec.quote:
            continue
        finding = _anchor_claim(loaded, claim, text, shown, haystack, result)
        if finding is not None:
            result.findings.append(finding)
        if claim.id in result.spans:
            _place(claim, result.spans[claim.id][0], result.figures, text, shown)
    if uncovered:
        result.findings.extend(_uncovered(loaded, text, shown, result))
    return result


def _place(claim: ClaimInfo, span: tuple[int, int], figures: list[Figure], article: ArticleText,
           shown: str) -> None:
    """Where the claim's figure (and its growth rate) is printed inside its quote's span: the
    figure of the article there that reads the same."""
    inside = [f for f in figures if span[0] <= f.number_start < span[1] and f.quantity is not None]
    for q, attr in ((claim.quantity, "article"), (claim.growth, "growth_article")):
        if q is None:
            continue
        fig = next((f for f in inside if f.quantity.interval == q.interval), None)
        if fig is not None:
            setattr(claim, attr, article.span(fig.start, fig.end, shown))


def _quote_position(loaded: LoadedFile, claim: ClaimInfo) -> tuple[int, int]:
    return loaded.source.value(("claims", claim.id, "quote"))


def _find_all(haystack: str, needle: str) -> list[int]:
    found = []
    i = haystack.find(needle)
    while i >= 0:
        found.append(i)
        i = haystack.find(needle, i + 1)
    return found


def _anchor_claim(loaded: LoadedFile, claim: ClaimInfo, article: ArticleText, shown: str,
                  haystack: str, result: Anchoring) -> Finding | None:
    quote = str(claim.spec.quote)
    qn = normalise_with_map(quote).text
    if not qn:
        return None
    line, col = _quote_position(loaded, claim)
    starts = _find_all(haystack, qn)
    if starts:
        spans = [article.anchor.original_span(s, s + len(qn)) for s in starts]
        result.spans[claim.id] = spans
        return _value_check(loaded, claim, qn, article, shown, spans[0], line, col, result)
    skeleton = _skeleton(qn)
    if skeleton is not None:
        drift = _drift(claim, qn, skeleton, article, shown, haystack, result)
        if drift is not None:
            message, span = drift
            result.spans[claim.id] = [span]
            return FIGURE_DRIFT.finding(message, loaded.display, line, col)
    return QUOTE_NOT_FOUND.finding(Message(msg.QUOTE_NOT_FOUND, id=claim.id, article=shown,
                                           quote=quote), loaded.display, line, col)


def _value_check(loaded: LoadedFile, claim: ClaimInfo, qn: str, article: ArticleText, shown: str,
                 span: tuple[int, int], line: int, col: int, result: Anchoring) -> Finding | None:
    problems = []
    written = _written(claim)
    if written is not None and not _occurs_in(written, qn):
        problems.append(("value", written))
    growth = _written(claim, "growth")
    if growth is not None and ("%" in qn or "百分点" in qn) and not _occurs_in(growth, qn):
        problems.append(("growth", growth))
    if not problems:
        return None
    art_line = article.line_of(span[0])
    inside = [f for f in result.figures if span[0] <= f.number_start < span[1]]
    says = Listed(f.written for f in inside) if inside else Message(msg.NO_FIGURE)
    what = Listed((Message(msg.VALUE_WRITTEN if k == "value" else msg.GROWTH_WRITTEN, written=w)
                   for k, w in problems), msg.AND)
    return FIGURE_DRIFT.finding(
        Message(msg.NOT_IN_QUOTE, id=claim.id, what=what, quote=claim.spec.quote, article=shown,
                line=art_line, says=says), loaded.display, line, col)


def _drift(claim: ClaimInfo, qn: str, skeleton: _Skeleton, article: ArticleText, shown: str,
           haystack: str, result: Anchoring) -> tuple[Message, tuple[int, int]] | None:
    runs = skeleton.runs
    best = None
    for m in skeleton.finditer(haystack):
        diffs = [k for k, ((a, b), (ga, gb)) in enumerate(zip(runs, m.spans, strict=True))
                 if haystack[ga:gb] != qn[a:b]]
        if best is None or len(diffs) < len(best[1]):
            best = (m, diffs)
    if best is None or not best[1]:
        return None
    m, diffs = best
    anchor = article.anchor
    span = anchor.original_span(m.start, m.end)
    quote_figs = find_figures_in_quote(qn)
    olds, news = [], []
    first_line = None
    for k in diffs:
        a, b = runs[k]
        ga, gb = m.spans[k]
        pa, _ = anchor.original_span(ga, gb)
        new_fig = next((f for f in result.figures
                        if min(f.start, f.number_start) <= pa < max(f.end, f.number_start + 1)), None)
        olds.append(_figure_at(quote_figs, a) or qn[a:b])
        news.append(new_fig.written if new_fig is not None else haystack[ga:gb])
        if first_line is None:
            first_line = article.line_of(pa)
    assert first_line is not None
    own = _written(claim)
    unchanged = False
    q = claim.quantity
    there = [f for f in result.figures if span[0] <= f.number_start < span[1] and f.interval is not None]
    same = any(f.interval == q.interval for f in there) if q is not None else \
        (own is not None and "".join(fold(c) for c in own) in haystack[m.start:m.end])
    g = claim.growth
    if g is not None:
        same = same and any(f.interval == g.interval for f in there)
    unchanged = own is not None and same
    return Message(msg.DRIFT_UNCHANGED if unchanged else msg.DRIFT, id=claim.id, old=Listed(olds),
                   new=Listed(news), article=shown, line=first_line,
                   excerpt=_excerpt(article, span), own=own), span


def find_figures_in_quote(qn: str) -> list[Figure]:
    from .figures import figures_in_text

    return figures_in_text(qn, "quote.txt")


def _figure_at(figs: list[Figure], pos: int) -> str | None:
    for f in figs:
        if min(f.scan_start, f.scan_number) <= pos < max(f.scan_end, f.scan_number + 1):
            return f.written
    return None


def _excerpt(article: ArticleText, span: tuple[int, int]) -> str:
    text = article.plain[span[0]:span[1]]
    return _clip(re.sub(r"\s*\n\s*", "", text))


def _clip(text: str, limit: int = 200) -> str:
    """Article text quoted in a message, cut short if it is longer than a sentence can be."""
    return text if len(text) <= limit else text[:limit] + "…"


# --- figures no quote covers --------------------------------------------------------------------
def _uncovered(loaded: LoadedFile, article: ArticleText, shown: str, result: Anchoring) -> list[Finding]:
    spans = sorted(s for ss in result.spans.values() for s in ss)
    out: list[Finding] = []
    for fig in result.figures:
        if fig.extra.get("doubling"):
            continue  # 翻倍 relates two figures; it is checked by a multiple check, not quoted
        a, b = fig.number_start, max(fig.end, fig.number_start + 1)
        if any(sa <= a and b <= sb for sa, sb in spans) or any(sa < b and a < sb for sa, sb in spans):
            continue
        ca, cb = clause_span(article.plain, fig.start, fig.end)
        context = _clip(re.sub(r"\s+", "", article.plain[ca:cb]))
        line = article.line_of(fig.number_start)
        col = fig.number_start - article.plain.rfind("\n", 0, fig.number_start)
        what = fig.written if fig.understood else Message(msg.NOT_UNDERSTOOD_BECAUSE,
                                                          written=fig.written, error=fig.error)
        out.append(UNCOVERED_FIGURE.finding(
            Message(msg.UNCOVERED, what=what, file=loaded.display, context=context),
            shown, line, col))
    return out


def anchor_corpus(corpus: Corpus, article: Path | None = None, cwd: Path | None = None,
                  uncovered: bool = True) -> list[Finding]:
    """Anchoring findings of every loaded fact file of a run (``article`` overrides
    ``article.text`` for each of them)."""
    findings: list[Finding] = []
    for loaded in corpus.files:
        findings.extend(anchor_file(loaded, article, cwd, uncovered).findings)
    return findings

