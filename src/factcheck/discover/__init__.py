"""Find in an article what a fact file would say: its figures as claims, and the relations the
text states between them as checks.

:func:`discover` reads every figure (:mod:`factcheck.figures`), turns it into a claim written the
way the article writes it, with its label, quote, period and the growth rate stated with it
(:mod:`.claims`), and finds the relations the wording ties together (:mod:`.suggest`). The result
is a fact-file document — the same data a reviewed fact file holds — with the place in the
article of every claim and check, so that the article is checked by the same engine, its
findings shown at their place in the text, and the document saved for review (`--save-facts`,
`factcheck extract`). Labels and relations are read from the article's words in simplified
characters (:attr:`ArticleText.words`: 凈利潤 is 净利润, 分別佔 is 分别占); quotes keep the
article's own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..article import ArticleText
from ..figures import Figure
from ..patterns import later
from . import (
    among,
    average,
    bounds,
    breakdown,
    composition,
    compound,
    contribution,
    coverage,
    defined,
    difference,
    duplicate,
    enumeration,
    feasibility,
    growth,
    households,
    members,
    multiple,
    ordered,
    parallel,
    points,
    proportion,
    ratios,
    sections,
    share,
    slices,
    stockflow,
    structure,
    table,
    tally,
    vital,
    within,
)
from .claims import Draft, DraftClaim, build_draft
from .scope import Found, Scope

_MAGNITUDE = later(r"([\d.]+)(万亿|亿|万|千|百|)")

__all__ = ["Discovery", "discover"]


@dataclass(slots=True)
class Discovery:
    """What an article says: a fact-file document and where each part of it is printed."""

    article: ArticleText
    figures: list[Figure]
    document: dict[str, Any]
    claims: dict[str, DraftClaim] = field(default_factory=dict)  # by id
    check_spans: list[tuple[int, int]] = field(default_factory=list)  # plain offsets, per check
    comments: list[str] = field(default_factory=list)  # suggestions that are not checks

    @property
    def not_understood(self) -> list[Figure]:
        return [f for f in self.figures if not f.understood]


def discover(article: ArticleText, text_name: str | None = None) -> Discovery:
    """Every claim and stated relation of an article. ``text_name`` is what the document's
    ``article.text`` names (the article's file, relative to where the fact file will live)."""
    draft = build_draft(article)
    relations = relations_of(Scope(draft))
    document: dict[str, Any] = {"factcheck": 1, "article": _present(_article(draft, text_name))}
    document["claims"] = {c.id: _present(_claim(c)) for c in draft.claims}
    _label_apart(document["claims"])
    taken = set(document["claims"])
    document["checks"] = [_check(r, taken) for r in relations]
    found = Discovery(article, draft.figures, document, {c.id: c for c in draft.claims},
                      comments=list(draft.comments))
    found.check_spans = [(r.at.figure.start, r.at.figure.end) for r in relations]
    return found


def relations_of(scope: Scope) -> list[Found]:
    """Every relation the text states, in the order of the article (one of each)."""
    parts = breakdown.find(scope)
    counted = among.find(scope)  # 业绩下滑的有709家，占比约六成: the share of the count it is among
    sectioned = sections.find(scope)  # 这203家公司中，…的公司合计140家，占比近七成: its sentence's count
    totals = {p: scope.draft.claims[0] for p in ()}
    by_id = {c.id: c for c in scope.claims}
    split = (r for r in sectioned if sections.counted_alone(scope, r))
    for r in (*parts, *(r for r in (*counted, *split) if r.kind == "breakdown")):
        total = by_id.get(str(r.fields.get("breakdown")))  # a share-out by 各 is an expect
        for p in r.fields.get("parts", ()):
            if total is not None:
                totals.setdefault(p, total)
    found = [*parts, *stockflow.find(scope), *share.find(scope, totals), *growth.find(scope),
             *multiple.find(scope), *proportion.find(scope), *sectioned,
             *average.find(scope), *average.per_year(scope), *average.dividends(scope),
             *feasibility.find(scope),
             *duplicate.find(scope),
             *composition.find(scope),
             *contribution.find(scope),
             *points.find(scope),
             *enumeration.find(scope),
             *ordered.find(scope),
             *tally.find(scope),
             *counted,
             *households.find(scope),
             *difference.find(scope),
             *compound.find(scope),
             *within.find(scope),
             *parallel.find(scope),
             *slices.find(scope),
             *coverage.find(scope),
             *ratios.find(scope),
             *vital.find(scope),
             *structure.find(scope),
             *bounds.find(scope)]
    found.extend(defined.untied(defined.find(scope), found))
    found = _with_members(members.find(scope), found)
    found.extend(within.by_shares(scope, found))
    found.extend(share.of_exact_wholes(scope, found))
    found.extend(points.changes_of_shares(scope, found))
    dropped = {id(r) for r in table.across_rows(scope, found)}
    found = [r for r in found if id(r) not in dropped] + table.find(scope)
    found = _without_fewer_parts(found)
    unique: dict[tuple, Found] = {}
    for r in found:
        unique.setdefault((r.kind, repr(sorted(r.fields.items()))), r)
    return sorted(unique.values(), key=lambda r: r.at.figure.start)


def _with_members(listed: list[Found], found: list[Found]) -> list[Found]:
    """The relations of a group with a threshold and its members (:mod:`.members`) added to the
    others: without a count of them that another list of names already checks (共5家，分别是A、B…),
    and without the breakdown that reads the threshold as the total of its members (这2家企业营收
    超过1000亿元，其中A营收高达2502.11亿元: a bound each member passes, not a sum of them), nor the
    check of a bound and a member of its group (:mod:`.bounds`) whose threshold members' checks
    already test."""
    counts = {ref for r in found if r.kind == "enumeration" for ref in r.fields["enumeration"]}
    passing: dict[str, set[str]] = {}
    for r in listed:
        if r.kind == "expect":
            member, _, threshold = r.fields["expect"].split()
            passing.setdefault(threshold, set()).add(member)
    kept = [r for r in found if not (r.kind == "breakdown" and r.fields["breakdown"] in passing
                                     and set(r.fields.get("parts", ())) <= passing[r.fields["breakdown"]])
            and not (r.kind == "same" and r.name.endswith("_bound") and r.fields["same"][0] in passing)]
    return kept + [r for r in listed if r.kind != "enumeration" or
                   not counts.intersection(r.fields["enumeration"])]


def _without_fewer_parts(found: list[Found]) -> list[Found]:
    """A complete breakdown of a total that another breakdown of it lists more parts of (…44.2亿吨
    和328万吨, with a total the first three already make up within rounding): the parts the text
    lists are all in it, and the shorter list, complete, would force the others to nothing."""
    listed = [(r.fields["breakdown"], set(r.fields.get("parts", ()))) for r in found
              if r.kind == "breakdown"]
    complete = {(r.fields["breakdown"], frozenset(r.fields.get("parts", ()))) for r in found
                if r.kind == "breakdown" and r.fields.get("exhaustive", True)
                and r.fields["breakdown"] == "100%"}  # shares of age bands, read twice
    return [r for r in found if not (r.kind == "breakdown" and r.fields.get("exhaustive") and any(
        total == r.fields["breakdown"] and set(r.fields.get("parts", ())) < parts
        for total, parts in listed)) and not (r.kind == "breakdown" and not r.fields.get("exhaustive", True)
                                               and (r.fields["breakdown"], frozenset(r.fields.get(
                                                   "parts", ()))) in complete)]


def _check(r: Found, taken: set[str]) -> dict[str, Any]:
    ident, k = r.name, 2
    while ident in taken:
        ident = f"{r.name}_{k}"
        k += 1
    taken.add(ident)
    return {"id": ident, **r.fields, "discovered": r.how,
            "note": f"discovered ({r.how}) from line {r.at.line}: {r.because}"}


def _present(fields: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in fields.items() if v is not None}


def _article(draft: Draft, text_name: str | None) -> dict[str, Any]:
    return {"title": draft.article.title, "text": text_name, "place": draft.place,
            "period": draft.period}


def _label_apart(claims: dict[str, dict[str, Any]]) -> None:
    """Number the label of a claim that repeats an earlier claim's label (批准的QDII额度,
    批准的QDII额度(2)): a fact file pairs claims of one label, period and place as one figure
    stated twice, with the severity of a fact file's own relation; which figures are one subject,
    and how surely (stated or linked), is discovery's to say in its `same` checks, so the saved
    file raises the alarms the article raises and no other."""
    count: dict[str, int] = {}
    used = {claim.get("label") for claim in claims.values()}
    for claim in claims.values():
        label = claim.get("label")
        if not label:
            continue
        count[label] = count.get(label, 0) + 1
        if count[label] > 1:
            k = count[label]
            while f"{label}({k})" in used:
                k += 1
            claim["label"] = f"{label}({k})"
            used.add(claim["label"])


def _claim(c: DraftClaim) -> dict[str, Any]:
    out: dict[str, Any] = {"label": c.label, "value": c.value}
    if c.unit is not None:  # 1.32亿 of 元: {value: 1.32, unit: 亿元}
        number, magnitude = _MAGNITUDE.fullmatch(c.value).groups()  # type: ignore[union-attr]
        out["value"], out["unit"] = number, magnitude + c.unit
    if c.growth is not None:
        out["growth"] = c.growth.written
        out["basis"] = c.basis
    elif c.basis is not None:  # a rate compared with one of that basis (增速高于全国的2.5%)
        out["basis"] = c.basis
    out["period"] = c.period
    f = c.figure
    if f.names is not None:
        out["names"] = list(f.names)
        out["names_complete"] = f.names_complete
    out["quote"] = c.quote
    return out
