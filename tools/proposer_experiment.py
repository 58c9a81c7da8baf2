"""Would a learned relation proposer reach relations the hand-written rules miss? An experiment,
not part of the tool (nothing in src/ uses it; scikit-learn is not a project dependency).

What it measures
  Candidates: every pair of figures the tool reads (`discover(...).figures`, understood ones) in
  one line, or in two neighbouring text lines (the next non-blank line: in these articles a
  paragraph is one line). A gold relation of k figures gives k(k-1)/2 gold pairs; a gold pair is
  out of reach ("ceiling") when a figure of it is not read by the tool or the two are too far apart.
  Features are blind to whether the values agree: the characters between the two figures (char
  1-2 grams, digits folded to 0, capped), the 6 characters before each, the char bigrams of each
  figure's clause, each figure's dimension/unit/kind and whether they match, same sentence/clause,
  distance, figures between, keyword flags, and (only) magnitude order a < b.
  Model: logistic regression, grouped (by article) 5-fold cross-validation on the dev sets
  (tests/data/articles + tests/data/fresh15); C and the score thresholds for precision 0.9 and
  0.8 are chosen on the pooled out-of-fold scores. Then one model trained on all dev is run once
  on each test set with those thresholds, and only totals are printed for it.
  Numbers, per set: pair recall (over every gold pair, reachable or not) and pair precision of the
  learned proposer at p=0.9 and p=0.8 thresholds; today's tool (a gold pair is found when both
  gold figures are claims of one non-suppressed check of --show-checks, tests/corpus.py's
  matching); their union; by kind; and relation level (all pairs of a relation proposed).

How to run (from the checkout, with scikit-learn in the venv: `.venv/bin/pip install scikit-learn`)
  .venv/bin/python tools/proposer_experiment.py               # dev CV only, with 20 top false positives
  .venv/bin/python tools/proposer_experiment.py --test        # dev CV, then heldout and fresh16 once
  options: --window line|next (candidate window, default next), --no-order (drop a < b),
           --fp N (false positives listed), --C X (skip the choice of C)
Runtime: about 4 min CPU (14 min wall on the shared machine at load 12) with --test; the tool's
own runs over the 77 articles dominate, the model trains in seconds. Numbers: docs/proposer-experiment.md.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from fractions import Fraction
from itertools import combinations, pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "src"))

from corpus import _matches, api_run, corpus, in_gold_terms, parse_interval  # noqa: E402

DEV = [ROOT / "tests/data/articles", ROOT / "tests/data/fresh15"]
TEST = [ROOT / "tests/data/heldout", ROOT / "tests/data/fresh16"]
KINDS = ("part_whole", "breakdown", "share", "enumeration", "duplicate")
KEYWORDS = ("其中", "占", "分别", "累计", "新增", "比", "增长", "合计", "共", "等", "中")
SENTENCE_END = "。！？!?\n"
CLAUSE_END = SENTENCE_END + "，,；;：:"
CAP = 24  # characters kept at each end of a long text between two figures


@dataclass
class GoldPair:
    """Two gold figures of one relation (or of several)."""

    keys: tuple  # the two gold figures as (line, written)
    kinds: set = field(default_factory=set)
    hows: set = field(default_factory=set)
    scored: bool = False  # of a relation that holds or fails (the corpus's denominator)
    nodes: tuple | None = None  # the tool's figures they are, as (line, column), when read
    tool: bool = False  # both in one check of today's tool


@dataclass
class Relation:
    kind: str
    how: str
    pairs: list  # GoldPair keys
    tested: bool  # today's tool tests it (corpus.py's definition)
    size: int
    complete: bool  # every figure it names is in the gold figure list


@dataclass
class Article:
    name: str
    nodes: list  # tool figures as (line, column)
    candidates: list  # (i, j) indices into nodes, i before j
    features: list  # one dict per candidate
    gold: dict  # GoldPair by frozenset of keys
    relations: list
    tool_pairs: set  # frozensets of nodes paired by one check


# --- reading one article --------------------------------------------------------------------------

def _fold(text: str) -> str:
    return re.sub(r"\d", "0", text)


def _grams(prefix: str, text: str, feats: dict, bigrams_only: bool = False) -> None:
    text = _fold(text)
    if not bigrams_only:
        for ch in text:
            feats[f"{prefix}1{ch}"] = 1
    for a, b in pairwise(text):
        feats[f"{prefix}2{a}{b}"] = 1


def _capped(text: str) -> str:
    return text if len(text) <= 2 * CAP else text[:CAP] + "…" + text[-CAP:]


def _clause(plain: str, start: int, end: int) -> str:
    lo = start
    while lo > 0 and plain[lo - 1] not in CLAUSE_END:
        lo -= 1
    hi = end
    while hi < len(plain) and plain[hi] not in CLAUSE_END:
        hi += 1
    return plain[lo:start] + "#" + plain[end:hi]


def _value(f) -> Fraction | None:
    iv = f.quantity.interval
    if iv.lo is not None and iv.hi is not None:
        return (iv.lo + iv.hi) / 2
    return iv.lo if iv.lo is not None else iv.hi


def pair_features(plain: str, a, b, between_figures: int, order: bool) -> dict:
    """What the text says around two figures (a printed before b), blind to their values."""
    feats: dict = {"bias": 1}
    gap = plain[a.end:b.start]
    _grams("bt", _capped(gap), feats)
    if len(gap) <= 4:
        feats["btw=" + _fold(gap)] = 1
    _grams("pa", plain[max(0, a.start - 6):a.start], feats)
    _grams("pb", plain[max(0, b.start - 6):b.start], feats)
    _grams("ca", _clause(plain, a.start, a.end)[-40:], feats, bigrams_only=True)
    _grams("cb", _clause(plain, b.start, b.end)[:40], feats, bigrams_only=True)
    for tag, f in (("a", a), ("b", b)):
        unit = f.quantity.unit
        feats[f"{tag}dim={unit.dimension}"] = 1
        feats[f"{tag}unit={unit.name}"] = 1
        feats[f"{tag}kind={f.kind}"] = 1
        feats[f"{tag}fig={_fold(f.text)[-6:]}"] = 1
        for name in ("change_word", "comparison", "to_level", "bound", "suffix"):
            if getattr(f, name):
                feats[f"{tag}{name}"] = 1
    da, db = a.quantity.unit.dimension, b.quantity.unit.dimension
    feats[f"dims={da}>{db}"] = 1
    feats["same_dim"] = int(da == db)
    feats["same_unit"] = int(a.quantity.unit.key == b.quantity.unit.key)
    feats["same_kind"] = int(a.kind == b.kind)
    feats["same_unit_name"] = int(a.quantity.unit.name == b.quantity.unit.name)
    # parallel forms: both figures led or followed by the same words (完成投资…，同比增长…)
    feats["same_before"] = int(_fold(plain[max(0, a.start - 2):a.start]) ==
                               _fold(plain[max(0, b.start - 2):b.start]))
    feats["same_after"] = int(_fold(plain[a.end:a.end + 2]) == _fold(plain[b.end:b.end + 2]))
    feats["same_line"] = int("\n" not in gap)
    feats["same_sentence"] = int(not any(c in gap for c in SENTENCE_END))
    feats["same_clause"] = int(not any(c in gap for c in CLAUSE_END))
    feats[f"dist={min(len(gap).bit_length(), 9)}"] = 1
    feats[f"between={min(between_figures, 5)}"] = 1
    sentence_lo = max(plain.rfind(c, 0, a.start) for c in SENTENCE_END) + 1
    sentence = plain[sentence_lo:b.end]
    for word in KEYWORDS:
        if word in gap:
            feats[f"kw_between={word}"] = 1
        if word in sentence:
            feats[f"kw_sentence={word}"] = 1
        if word in plain[max(0, a.start - 6):a.start] or word in plain[max(0, b.start - 6):b.start]:
            feats[f"kw_before={word}"] = 1
    if order and a.quantity.unit.key == b.quantity.unit.key:
        va, vb = _value(a), _value(b)
        if va is not None and vb is not None and va < vb:
            feats["a<b"] = 1
    # each feature again under whether the dimensions match: a linear model's one interaction
    tag = "sd|" if da == db else "dd|"
    feats.update({tag + k: v for k, v in list(feats.items())})
    return feats


def _node_of(gold_figure: dict, figures: list, positions: list, lines: list, used: set):
    """The tool figure a gold figure is: same line and interval (in gold terms), nearest column."""
    line = gold_figure["line"]
    want = parse_interval(gold_figure["interval"]).to_json()
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    column = text.find(str(gold_figure["written"])) + 1
    best = None
    for f, (fl, fc) in zip(figures, positions, strict=True):
        if fl != line or (fl, fc) in used:
            continue
        got = in_gold_terms(f.quantity.interval, f.quantity.unit.dimension, f.change_word).to_json()
        if got != want:
            continue
        if best is None or abs(fc - column) < abs(best[1] - column):
            best = (fl, fc)
    return best


def read(gold, window: str, order: bool) -> Article:
    from factcheck.article import read_article
    from factcheck.discover import discover

    found = discover(read_article(gold.text))
    article = found.article
    plain = article.plain
    figures = [f for f in found.figures if f.understood]
    positions = [article.position(f.start) for f in figures]
    lines = gold.text.read_text(encoding="utf-8").split("\n")
    text_lines = sorted({line for line, _ in positions})
    following = {a: b for a, b in pairwise(text_lines)
                 if all(not lines[k - 1].strip() for k in range(a + 1, b))}
    candidates, features = [], []
    for i, j in combinations(range(len(figures)), 2):
        la, lb = positions[i][0], positions[j][0]
        if la != lb and not (window == "next" and following.get(la) == lb):
            continue
        candidates.append((i, j))
        features.append(pair_features(plain, figures[i], figures[j], j - i - 1, order))

    nodes = list(positions)
    doc = api_run(gold.text)
    records = [r for r in doc.get("checks", []) if r["verdict"] != "suppressed"]
    tool_pairs = set()
    for r in records:
        at = [(c["article"]["line"], c["article"]["column"]) for c in r["claims"] if c.get("article")]
        tool_pairs |= {frozenset(p) for p in combinations(set(at), 2)}

    used: set = set()
    node_of: dict = {}
    for f in gold.figures:
        node = _node_of(f, figures, positions, lines, used)
        if node is not None:
            used.add(node)
        node_of[(f["line"], str(f["written"]))] = node

    pairs: dict = {}
    relations = []
    for r in gold.relations:
        wanted = [gold.figure(ref, r.get("line", 0)) for ref in r.get("figures", [])]
        wanted = [w for w in wanted if w is not None]
        keys = list(dict.fromkeys((w["line"], str(w["written"])) for w in wanted))
        by_key = {(w["line"], str(w["written"])): w for w in wanted}
        scored = r.get("holds") in (True, False)
        tested = scored and len(wanted) == len(r.get("figures", [])) and any(
            all(any(_matches(w, c) for c in rec["claims"]) for w in wanted) for rec in records)
        mine = []
        for ka, kb in combinations(keys, 2):
            key = frozenset((ka, kb))
            p = pairs.setdefault(key, GoldPair((ka, kb)))
            p.kinds.add(r.get("kind"))
            p.hows.add(r.get("how"))
            p.scored |= scored
            na, nb = node_of.get(ka), node_of.get(kb)
            p.nodes = (na, nb) if na and nb else None
            p.tool = any(_matches(by_key[ka], c1) and any(_matches(by_key[kb], c2) for c2 in rec["claims"])
                         for rec in records for c1 in rec["claims"])
            mine.append(key)
        if scored:
            relations.append(Relation(r.get("kind"), r.get("how"), mine, tested, len(keys),
                                      len(wanted) == len(r.get("figures", []))))
    return Article(gold.name, nodes, candidates, features, pairs, relations, tool_pairs)


def load(directories: list[Path], window: str, order: bool) -> list[Article]:
    out = []
    for d in directories:
        for gold in corpus(d):
            a = read(gold, window, order)
            a.name = f"{d.name}/{a.name}"
            out.append(a)
    return out


# --- labels, model, thresholds --------------------------------------------------------------------

def labels(article: Article) -> list[int]:
    gold_nodes = {frozenset(p.nodes) for p in article.gold.values() if p.nodes}
    return [int(frozenset((article.nodes[i], article.nodes[j])) in gold_nodes)
            for i, j in article.candidates]


def design(articles: list[Article]):
    X, y, groups = [], [], []
    for n, a in enumerate(articles):
        X += a.features
        y += labels(a)
        groups += [n] * len(a.candidates)
    return X, y, groups


def fit(X, y, C: float):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    model = make_pipeline(DictVectorizer(), LogisticRegression(C=C, max_iter=3000))
    return model.fit(X, y)


def out_of_fold(X, y, groups, C: float, folds: int = 5) -> list[float]:
    from sklearn.model_selection import GroupKFold

    scores = [0.0] * len(y)
    for train, test in GroupKFold(n_splits=folds).split(X, y, groups):
        model = fit([X[k] for k in train], [y[k] for k in train], C)
        for k, s in zip(test, model.predict_proba([X[k] for k in test])[:, 1], strict=True):
            scores[k] = s
    return scores


def threshold_at(scores: list[float], y: list[int], precision: float) -> float:
    """The lowest score whose proposals (all pairs scoring at least it) keep the precision."""
    ranked = sorted(zip(scores, y, strict=True), key=lambda t: -t[0])
    hits, best = 0, 1.01
    for n, (s, label) in enumerate(ranked, 1):
        hits += label
        if hits / n >= precision and (n == len(ranked) or ranked[n][0] < s):
            best = s
    return best


# --- measuring ------------------------------------------------------------------------------------

def proposed_pairs(article: Article, scores: list[float], threshold: float) -> set:
    return {frozenset((article.nodes[i], article.nodes[j]))
            for (i, j), s in zip(article.candidates, scores, strict=True) if s >= threshold}


def measure(articles: list[Article], scores_of: list[list[float]], thresholds: dict) -> dict:
    """Recall, precision, by kind and at relation level for tool, learned and union."""
    out: dict = {"pairs": 0, "reachable": 0, "same line": 0, "unread": 0, "far": 0, "candidates": 0,
                 "articles": len(articles), "kinds": Counter(), "recall": defaultdict(Counter),
                 "proposed": Counter(), "true": Counter(), "relations": Counter(),
                 "relations_all": Counter(), "relations_linked": Counter(),
                 "by_relkind": defaultdict(Counter)}
    for a, scores in zip(articles, scores_of, strict=True):
        out["candidates"] += len(a.candidates)
        gold_nodes = {frozenset(p.nodes) for p in a.gold.values() if p.nodes}
        cand = {frozenset((a.nodes[i], a.nodes[j])) for i, j in a.candidates}
        learned = {p: proposed_pairs(a, scores, t) for p, t in thresholds.items()}
        for name, got in (("tool", a.tool_pairs), *((f"learned@{p}", s) for p, s in learned.items()),
                          ("union@0.9", a.tool_pairs | learned[0.9])):
            out["proposed"][name] += len(got)
            out["true"][name] += len(got & gold_nodes)
        for p in a.gold.values():
            if not p.scored:
                continue
            out["pairs"] += 1
            nodes = frozenset(p.nodes) if p.nodes else None
            if nodes is None:
                out["unread"] += 1
            elif nodes not in cand:
                out["far"] += 1
            else:
                out["reachable"] += 1
            if nodes and len({line for line, _ in nodes}) == 1:
                out["same line"] += 1
            found = {"tool": p.tool, "ceiling": nodes in cand if nodes else False}
            for prec, s in learned.items():
                found[f"learned@{prec}"] = bool(nodes) and nodes in s
            found["union@0.9"] = p.tool or found["learned@0.9"]
            for kind in ["all", *sorted(k for k in p.kinds if k in KINDS)]:
                out["kinds"][kind] += 1
                for name, hit in found.items():
                    out["recall"][kind][name] += hit
        for r in a.relations:
            if r.size < 2:
                out["relations"]["one figure"] += 1
                continue
            out["relations"]["of 2+ figures"] += 1
            pairs = [a.gold[k] for k in r.pairs]
            out["relations_all"]["tool"] += r.tested
            rk = r.kind if r.kind in KINDS else "other"
            out["by_relkind"][rk]["n"] += 1
            out["by_relkind"][rk]["tool"] += r.tested
            for prec, s in learned.items():
                ok = r.complete and all(p.nodes and frozenset(p.nodes) in s for p in pairs)
                out["relations_all"][f"learned@{prec}"] += ok
                out["relations_linked"][f"learned@{prec}"] += r.complete and _connected(pairs, s)
                out["by_relkind"][rk][f"learned@{prec}"] += ok
            ok = r.tested or (r.complete and all(
                p.tool or (p.nodes and frozenset(p.nodes) in learned[0.9]) for p in pairs))
            out["relations_all"]["union@0.9"] += ok
            out["by_relkind"][rk]["union@0.9"] += ok
    return out


def _connected(pairs: list, proposed: set) -> bool:
    """Whether the proposed pairs join all the relation's figures into one group."""
    keys = {k for p in pairs for k in p.keys}
    parent = {k: k for k in keys}

    def root(k):
        while parent[k] != k:
            k = parent[k]
        return k
    for p in pairs:
        if p.nodes and frozenset(p.nodes) in proposed:
            parent[root(p.keys[0])] = root(p.keys[1])
    return len({root(k) for k in keys}) == 1


def report(title: str, m: dict) -> None:
    names = ["tool", "learned@0.9", "learned@0.8", "union@0.9"]
    print(f"\n== {title}: {m['articles']} articles, {m['candidates']} candidate pairs "
          f"({m['candidates'] / max(m['articles'], 1):.0f} per article)")
    n = m["pairs"]
    print(f"gold pairs {n}: reachable {m['reachable']} ({m['reachable'] / max(n, 1):.0%}), "
          f"figure not read {m['unread']}, too far apart {m['far']}; "
          f"in one line {m['same line']} ({m['same line'] / max(n, 1):.0%})")
    print(f"{'kind':12} {'pairs':>6} " + " ".join(f"{x:>12}" for x in ["ceiling", *names]))
    for kind in ["all", *KINDS]:
        k = m["kinds"][kind]
        print(f"{kind:12} {k:>6} " + " ".join(
            f"{m['recall'][kind][x] / max(k, 1):>12.0%}" for x in ["ceiling", *names]))
    print("pair precision: " + ", ".join(
        f"{x} {m['true'][x]}/{m['proposed'][x]} ({m['true'][x] / max(m['proposed'][x], 1):.0%})"
        for x in names))
    r = m["relations"]
    print(f"relations: {r['of 2+ figures']} of 2+ figures (+{r['one figure']} of one figure, "
          "no pair to propose)")
    print("  all pairs proposed: " + ", ".join(
        f"{x} {m['relations_all'][x]} ({m['relations_all'][x] / max(r['of 2+ figures'], 1):.0%})"
        for x in names))
    print("  figures joined by proposed pairs: " + ", ".join(
        f"{x} {m['relations_linked'][x]} ({m['relations_linked'][x] / max(r['of 2+ figures'], 1):.0%})"
        for x in names[1:3]))
    for kind, c in sorted(m["by_relkind"].items()):
        print(f"  {kind:12} {c['n']:>4}: " + ", ".join(f"{x} {c[x] / max(c['n'], 1):.0%}" for x in names))


def false_positives(articles: list[Article], scores_of: list, count: int) -> None:
    """The highest-scored candidate pairs that are no gold pair (dev only)."""
    from corpus import corpus as _corpus

    texts = {}
    for d in DEV:
        for g in _corpus(d):
            texts[f"{d.name}/{g.name}"] = g.text.read_text(encoding="utf-8").split("\n")
    rows = []
    for a, scores in zip(articles, scores_of, strict=True):
        y = labels(a)
        for (i, j), s, label in zip(a.candidates, scores, y, strict=True):
            if not label:
                rows.append((s, a.name, a.nodes[i], a.nodes[j]))
    rows.sort(key=lambda t: -t[0])
    print(f"\n== {count} highest-scored false positives (dev, out of fold)")
    for s, name, (la, ca), (lb, cb) in rows[:count]:
        lines = texts[name]
        a_text = lines[la - 1][ca - 1:ca + 11]
        b_text = lines[lb - 1][cb - 1:cb + 11]
        context = lines[la - 1][max(0, ca - 25):(cb + 15 if la == lb else ca + 40)]
        print(f"{s:.2f} {name} {la}:{ca} [{a_text}] ~ {lb}:{cb} [{b_text}]\n      …{context}…")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--test", action="store_true", help="then run heldout and fresh16 once")
    ap.add_argument("--window", choices=("line", "next"), default="next")
    ap.add_argument("--no-order", action="store_true")
    ap.add_argument("--fp", type=int, default=20)
    ap.add_argument("--C", type=float, default=None, help="skip the choice of C")
    args = ap.parse_args()
    began = time.time()
    order = not args.no_order
    dev = load(DEV, args.window, order)
    X, y, groups = design(dev)
    print(f"dev: {len(dev)} articles, {len(y)} candidate pairs, {sum(y)} gold; read in "
          f"{time.time() - began:.0f}s")
    grid = [args.C] if args.C else [0.03, 0.1, 0.3]
    best = None
    for C in grid:
        scores = out_of_fold(X, y, groups, C)
        t = threshold_at(scores, y, 0.9)
        recall = sum(lab for s, lab in zip(scores, y, strict=True) if s >= t)
        print(f"C={C}: candidate gold pairs proposed at p=0.9: {recall}/{sum(y)}")
        if best is None or recall > best[0]:
            best = (recall, C, scores)
    _, C, scores = best
    thresholds = {p: threshold_at(scores, y, p) for p in (0.9, 0.8)}
    print(f"chosen C={C}; thresholds {', '.join(f'p={p}: {t:.3f}' for p, t in thresholds.items())}")
    split, k = [], 0
    for a in dev:
        split.append(scores[k:k + len(a.candidates)])
        k += len(a.candidates)
    report("dev CV (articles + fresh15, 5 folds by article)", measure(dev, split, thresholds))
    if args.fp:
        false_positives(dev, split, args.fp)
    model = fit(X, y, C)
    vec, lr = model.steps[0][1], model.steps[1][1]
    print(f"\nmodel on all dev: {len(vec.vocabulary_)} features, {lr.coef_.size} weights")
    if args.test:
        for d in TEST:
            arts = load([d], args.window, order)
            got = [list(model.predict_proba(a.features)[:, 1]) if a.features else [] for a in arts]
            report(f"{d.name} (run once, totals only)", measure(arts, got, thresholds))
    print(f"\nruntime {time.time() - began:.0f}s")


if __name__ == "__main__":
    main()
