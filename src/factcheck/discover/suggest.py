"""Suggested checks for a draft: relations the article's wording implies.

Every suggestion is a check entry marked ``note: "suggested: confirm …"`` (it passes
``factcheck lint`` as written) or, when the article gives too little for a check, a comment:

- 其中 after a total → ``breakdown`` (``exhaustive: false``: the parts must not exceed it);
- 翻倍 / 翻一番 → ``multiple`` when both levels are claims, else a comment;
- 新增 … 累计 → ``stock`` with the flow ``added``;
- a share word (占, 比重, 占比) with its whole → ``share`` with ``is:`` the stated share;
- a percentage of a known count (优良率 over the days of the year, or 中 after a count) →
  ``feasible``.
"""

from __future__ import annotations

import calendar
import re

from ..figures import clause_span
from .claims import Draft, DraftCheck, DraftClaim

__all__ = ["suggest"]


def _same_unit(a: DraftClaim, b: DraftClaim) -> bool:
    qa, qb = a.figure.quantity, b.figure.quantity
    return qa is not None and qb is not None and qa.unit.key == qb.unit.key


def _is_level(c: DraftClaim) -> bool:
    f = c.figure
    return f.quantity is not None and f.kind == "level" and not f.is_rate


def _sentence(draft: Draft, c: DraftClaim) -> tuple[int, int]:
    return clause_span(draft.article.plain, c.figure.start, c.end, "sentence")


def _check_id(base: str, taken: set[str]) -> str:
    ident, k = base, 2
    while ident in taken:
        ident = f"{base}_{k}"
        k += 1
    taken.add(ident)
    return ident


def suggest(draft: Draft) -> None:
    taken = {c.id for c in draft.claims}
    totals = _breakdowns(draft, taken)
    _stock_flows(draft, taken)
    _shares(draft, taken, totals)
    _feasibility(draft, taken)
    _doublings(draft, taken)


def _text(draft: Draft, a: int, b: int) -> str:
    return re.sub(r"\s+", "", draft.article.plain[a:b])


# --- 其中 ---------------------------------------------------------------------------------------
def _breakdowns(draft: Draft, taken: set[str]) -> dict[str, DraftClaim]:
    """Breakdown checks after 其中; returns the total of each part."""
    totals: dict[str, DraftClaim] = {}
    claims = draft.claims
    for k, total in enumerate(claims):
        if not _is_level(total) or total.figure.quantity.qualifier not in (None, "odd"):
            continue
        _, s_end = _sentence(draft, total)
        nxt = claims[k + 1] if k + 1 < len(claims) else None
        gap_end = nxt.figure.start if nxt is not None and nxt.figure.start < s_end else s_end
        if not re.match(r"[,，、]?其中", _text(draft, total.end, gap_end)):
            continue
        parts = [c for c in claims[k + 1:] if c.figure.start < s_end and _is_level(c)
                 and _same_unit(c, total)]
        if not parts:
            continue
        for p in parts:
            totals.setdefault(p.id, total)
        draft.checks.append(DraftCheck([
            ("id", _check_id(f"{total.id}_breakdown", taken)),
            ("breakdown", total.id),
            ("parts", [p.id for p in parts]),
            ("exhaustive", False),
            ("note", f"suggested: confirm — 其中 after the total (line {total.line}); set exhaustive: "
                     "true if the parts make up the whole total"),
        ]))
    return totals


# --- 新增 … 累计 ------------------------------------------------------------------------------------
def _stock_flows(draft: Draft, taken: set[str]) -> None:
    claims = draft.claims
    for k, added in enumerate(claims):
        if not _is_level(added) or added.figure.quantity.qualifier is not None:
            continue
        a_clause = _text(draft, added.clause[0], added.figure.start)
        if "新增" not in a_clause and "新" not in a_clause[:2]:
            continue
        _, s_end = _sentence(draft, added)
        for stock in claims[k + 1:k + 3]:
            if stock.figure.start >= s_end or not _is_level(stock) or not _same_unit(stock, added):
                continue
            head = _text(draft, stock.clause[0], stock.figure.start)
            if not re.search(r"累计|总数|总量|总计|共有|已达|达到", head):
                continue
            draft.checks.append(DraftCheck([
                ("id", _check_id(f"{stock.id}_stock", taken)),
                ("stock", stock.id),
                ("added", [added.id]),
                ("note", f"suggested: confirm — 新增 then 累计 (line {stock.line}); add `start:` "
                         "if the article gives the stock at the start"),
            ]))
            break


# --- shares -------------------------------------------------------------------------------------
def _shares(draft: Draft, taken: set[str], totals: dict[str, DraftClaim]) -> None:
    claims = draft.claims
    for k, rate in enumerate(claims):
        q = rate.figure.quantity
        if q is None or q.unit.dimension != "ratio" or rate.figure.is_rate:
            continue
        head = _text(draft, rate.clause[0], rate.figure.start)
        m = re.search(r"占(.*)", head)
        if m:
            whole_words = m.group(1)
        elif re.search(r"占比|比重|份额", head):
            whole_words = head
        else:
            continue
        s_start, _ = _sentence(draft, rate)
        part = next((c for c in reversed(claims[:k]) if c.figure.start >= s_start and _is_level(c)
                     and c.figure.quantity.unit.dimension not in ("ratio", "pp")), None)
        if part is None:
            continue
        if "其中" in _text(draft, part.end, rate.figure.start):
            # 一般公共预算收入86.5亿元，…其中税收占比达83.6%: a share of part's total, the part unstated
            draft.comments.append(
                f"line {rate.line}: {rate.value} ({rate.label or 'a share'}) is a share of {part.id} "
                f"({part.value}); the article does not state the part, so no share check is written")
            continue
        whole = None
        best: tuple[int, bool] = (0, False)
        for c in claims:
            if c is part or c is rate or not c.label or not _same_unit(c, part) or not _is_level(c):
                continue
            key = (len(c.label), c.figure.quantity.qualifier is None)
            if c.label in whole_words and key > best:
                whole, best = c, key
        if whole is None and part.id in totals:
            whole = totals[part.id]  # 其中民生支出40.1亿元，占比达82%: the share of the total
        if whole is None:
            draft.comments.append(
                f"line {rate.line}: {rate.value} is a share of {part.id} ({part.value}) in a whole "
                f"the draft has no claim for; add it and a check: - {{share: {part.id}, of: <whole>, "
                f"is: {rate.id}}}")
            continue
        draft.checks.append(DraftCheck([
            ("id", _check_id(f"{part.id}_share", taken)),
            ("share", part.id),
            ("of", whole.id),
            ("is", rate.id),
            ("note", f"suggested: confirm — a share word with its whole (line {rate.line})"),
        ]))


# --- percentages of a known count ---------------------------------------------------------------
_DAYS_RATE = re.compile(r"优良率|优良天数比例|优良天数比率|达标天数比例")


def _feasibility(draft: Draft, taken: set[str]) -> None:
    claims = draft.claims
    for k, rate in enumerate(claims):
        q = rate.figure.quantity
        if q is None or q.unit.dimension != "ratio" or rate.figure.is_rate or q.qualifier is not None:
            continue
        if q.unit.name not in ("%",):
            continue
        if rate.label and _DAYS_RATE.search(rate.label):
            year = rate.period or draft.period
            days = 366 if year is not None and calendar.isleap(year) else 365
            draft.checks.append(DraftCheck([
                ("id", _check_id(f"{rate.id}_days", taken)),
                ("feasible", rate.id),
                ("of", f"{days}天"),
                ("note", f"suggested: confirm — a share of the {days} days of "
                         f"{year or 'the year'} (line {rate.line})"),
            ]))
            continue
        s_start, _ = _sentence(draft, rate)
        for count in reversed(claims[:k]):
            if count.figure.start < s_start:
                break
            cq = count.figure.quantity
            if cq is None or cq.unit.dimension != "count" or not cq.interval.is_point \
                    or cq.value > 100_000:
                continue
            between = _text(draft, count.figure.end, rate.figure.start)
            if re.search(r"中|其中|占", between):
                draft.checks.append(DraftCheck([
                    ("id", _check_id(f"{rate.id}_feasible", taken)),
                    ("feasible", rate.id),
                    ("of", count.id),
                    ("note", f"suggested: confirm — a percentage of {count.value} (line {rate.line})"),
                ]))
            break


# --- 翻倍 ---------------------------------------------------------------------------------------
def _doublings(draft: Draft, taken: set[str]) -> None:
    for fig in draft.figures:
        if not fig.extra.get("doubling"):
            continue
        sa, _ = clause_span(draft.article.plain, fig.start, fig.end, "sentence")
        levels = [c for c in draft.claims if sa <= c.figure.start < fig.start and _is_level(c)]
        pair = None
        if len(levels) >= 2 and _same_unit(levels[-2], levels[-1]):
            pair = (levels[-1], levels[-2])
        context = _text(draft, *clause_span(draft.article.plain, fig.start, fig.end))
        if pair is None:
            draft.comments.append(
                f"line {fig.line}: «{context}» says something doubled ({fig.written}); the draft has "
                "no claims for the levels before and after. If the article gives them, add: "
                f"- {{multiple: <after>, of: <before>, factor: {fig.written}}}")
            continue
        after, before = pair
        draft.checks.append(DraftCheck([
            ("id", _check_id(f"{after.id}_multiple", taken)),
            ("multiple", after.id),
            ("of", before.id),
            ("factor", fig.written),
            ("note", f"suggested: confirm — «{context}» (line {fig.line})"),
        ]))
