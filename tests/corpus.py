"""The corpus of real articles under tests/data/articles: each text with a statistician's gold
annotation (every figure with its exact interval, every relation, whether it holds), and how the
tool does on it: figure recall, relations tested, errors raised. Shared by the tests and by
`python tests/corpus.py` (a report for developers)."""

from __future__ import annotations

import json
import os
import re
import sys
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "data" / "articles"

if str(ROOT / "src") not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT / "src"))

from factcheck.interval import Interval  # noqa: E402


def parse_interval(text: str) -> Interval:
    m = re.fullmatch(r"([\[(])\s*([^,]+),\s*([^\])]+)([\])])", str(text).strip())
    assert m, text
    lo = None if m.group(2).strip() in ("-inf", "−inf") else Fraction(m.group(2).strip())
    hi = None if m.group(3).strip() == "inf" else Fraction(m.group(3).strip())
    return Interval(lo, hi, m.group(1) == "[", m.group(4) == "]")


@dataclass
class Gold:
    """One article and its annotation."""

    name: str
    text: Path
    data: dict

    @property
    def figures(self) -> list[dict]:
        return self.data.get("figures") or []

    @property
    def relations(self) -> list[dict]:
        return self.data.get("relations") or []

    def figure(self, ref, line: int) -> dict | None:
        """The gold figure a relation names (`written`, or {line, written})."""
        if isinstance(ref, dict):
            line, ref = ref.get("line", line), ref.get("written")
        for f in self.figures:
            if f["line"] == line and str(f["written"]) == str(ref):
                return f
        for f in self.figures:  # named on another line
            if str(f["written"]) == str(ref):
                return f
        return None


def corpus(directory: Path = ARTICLES) -> list[Gold]:
    """The annotated articles of a directory (by default the corpus the tests score)."""
    out = []
    for path in sorted(directory.glob("*.gold.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        text = directory / data["article"]
        if text.exists():
            out.append(Gold(path.name.removesuffix(".gold.yaml"), text, data))
    return out


@dataclass
class Score:
    name: str
    figures: int = 0
    found: int = 0
    missed: list[dict] = field(default_factory=list)
    relations: int = 0  # relations a statistician lists that hold or fail (not untestable ones)
    tested: int = 0
    untested: list[dict] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)  # error findings on the unmodified article


def in_gold_terms(interval: Interval, dimension: str, change_word: str | None) -> Interval:
    """A figure's interval as the gold files write it. Two readings are the same meaning written
    two ways: the tool keeps 百分点 in points (1.8个百分点 → [1.75, 1.85]) where the gold writes
    the rate difference (CONVENTIONS.md D: 1个百分点 is 0.01), and it reads 增长x倍 as the factor
    ×(1 + x) where the gold writes the x (its comment: "x of 增长x倍 (= ×(1+x))")."""
    from factcheck.lexicon import UP

    if dimension == "pp":
        return interval.scale(Fraction(1, 100))
    if dimension == "factor" and change_word in UP:
        return interval - Interval.point(1)
    return interval


def _claim_interval(claim: dict) -> dict | None:
    from factcheck.quantity import QuantityError, parse_quantity

    interval = claim.get("interval")
    if interval is None:
        return None
    try:
        q = parse_quantity(claim.get("written") or "")
    except QuantityError:
        return interval
    if q.unit.dimension in ("pp", "factor") and q.interval.to_json() == interval:
        from factcheck.lexicon import UP

        change = next((w for w in UP if w in (claim.get("written") or "")), None)
        return in_gold_terms(q.interval, q.unit.dimension, change).to_json()
    return interval


def _matches(f: dict, claim: dict) -> bool:
    span = claim.get("article") or {}
    interval = _claim_interval(claim)
    if span.get("line") != f["line"] or interval is None:
        return False
    return interval == parse_interval(f["interval"]).to_json()


def score(gold: Gold, run) -> Score:
    """How the tool did on one article: ``run(path, *args)`` is the JSON of a check run."""
    from factcheck.article import read_article
    from factcheck.discover import discover

    s = Score(gold.name)
    found = discover(read_article(gold.text))
    figures = [f for f in found.figures if f.understood]
    article = found.article
    pool = [(article.position(f.start)[0],
             in_gold_terms(f.quantity.interval, f.quantity.unit.dimension, f.change_word).to_json())
            for f in figures]
    for f in gold.figures:
        s.figures += 1
        key = (f["line"], parse_interval(f["interval"]).to_json())
        if key in pool:
            pool.remove(key)
            s.found += 1
        else:
            s.missed.append(f)
    doc = run(gold.text, "--show-checks")
    records = doc.get("checks", [])
    for r in gold.relations:
        if r.get("holds") not in (True, False):
            continue
        s.relations += 1
        wanted = [gold.figure(ref, r.get("line", 0)) for ref in r.get("figures", [])]
        if any(w is None for w in wanted):
            s.untested.append({**r, "why": "a figure of the relation is not in the gold list"})
            continue
        if any(all(any(_matches(w, c) for c in rec["claims"]) for w in wanted)
               for rec in records if rec["verdict"] != "suppressed"):
            s.tested += 1
        else:
            s.untested.append(r)
    s.errors = [f for f in doc["findings"] if f["severity"] == "error"]
    return s


def cli_run(path: Path, *args: str) -> dict:
    import subprocess

    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}  # this checkout's code, not the installed
    proc = subprocess.run([sys.executable, "-m", "factcheck", "check", "--isolated", "--format",
                           "json", str(path), *args], capture_output=True, text=True,
                          encoding="utf-8", cwd=ROOT, env=env)
    return json.loads(proc.stdout)


def api_run(path: Path, *args: str) -> dict:
    """What :func:`cli_run` gives (with ``--show-checks``), run in this process through the Python
    API: no interpreter start-up per run, for the mutation report's hundreds of runs."""
    from factcheck import api

    return json.loads(api.check_article(path.read_text(encoding="utf-8"), path=path).to_json_text())


def corpus_directory(argv: list[str]) -> Path:
    """The directory named by `--dir PATH` (e.g. the held-out set tests/data/heldout), else the
    corpus under tests/data/articles."""
    if "--dir" not in argv:
        return ARTICLES
    i = argv.index("--dir")
    if i + 1 >= len(argv):
        sys.exit("corpus.py: --dir needs a directory")
    return Path(argv[i + 1]).resolve()


def main(directory: Path = ARTICLES) -> None:
    total = Score("all")
    by_how: dict[str, list[int]] = {}
    for gold in corpus(directory):
        s = score(gold, cli_run)
        for r in gold.relations:
            if r.get("holds") in (True, False):
                counts = by_how.setdefault(r.get("how", "?"), [0, 0])
                counts[0] += not any({k: v for k, v in u.items() if k != "why"} == r
                                     for u in s.untested)
                counts[1] += 1
        print(f"{s.name}: figures {s.found}/{s.figures}, relations tested {s.tested}/{s.relations}, "
              f"errors {len(s.errors)}")
        if "-v" in sys.argv:
            for f in s.missed:
                print(f"   missed figure line {f['line']}: {f['written']} {f['interval']}")
            for r in s.untested:
                print(f"   untested {r.get('kind')} line {r.get('line')}: {r.get('figures')} "
                      f"{r.get('why', '')}")
        for e in s.errors:
            print(f"   ERROR {e['line']}:{e['column']} {e['code']} {e['message']}")
        total.figures += s.figures
        total.found += s.found
        total.relations += s.relations
        total.tested += s.tested
        total.errors += s.errors
    print(f"TOTAL: figures {total.found}/{total.figures} "
          f"({total.found / max(total.figures, 1):.0%}), relations tested "
          f"{total.tested}/{total.relations} ({total.tested / max(total.relations, 1):.0%}), "
          f"errors {len(total.errors)}")
    print("BY HOW: " + ", ".join(f"{how} {n}/{of}" for how, (n, of) in sorted(by_how.items())))




# --- mutations: change one figure of a stated relation, the error must name it ---------------------
MUTATED_KINDS = ("enumeration", "share", "stockflow", "growth", "difference", "breakdown",
                 "part_whole", "multiple", "per_unit")


def mutate(written: str) -> str | None:
    """The figure with one digit changed (the last significant digit moved by 3, mod 10), or a
    Chinese numeral changed (两 → 三); None when it has no digit to change."""
    digits = [i for i, ch in enumerate(written) if ch.isdigit()]
    if digits:
        i = digits[-1]
        while i > digits[0] and written[i] == "0":
            i = digits[digits.index(i) - 1]
        return written[:i] + str((int(written[i]) + 3) % 10) + written[i + 1:]
    for a, b in (("两", "三"), ("二", "四"), ("三", "五"), ("四", "六"), ("五", "七"), ("六", "八"),
                 ("七", "九"), ("八", "六"), ("九", "七"), ("十", "十二"), ("一", "三")):
        if a in written:
            return written.replace(a, b, 1)
    return None


@dataclass
class Mutation:
    article: str
    kind: str
    line: int
    column: int
    before: str
    after: str
    reported: bool
    errors: list[str] = field(default_factory=list)
    breaks: bool = True  # False: the changed article is still right (see `still_holds`)


def _ratio(x: Interval, y: Interval) -> Interval | None:
    return None if y.contains(Fraction(0)) else x / y


def _rate(x: Interval, y: Interval) -> Interval | None:
    r = _ratio(x, y)
    return None if r is None else r - Interval(Fraction(1), Fraction(1), True, True)


# what each kind of relation says, over its figures in some order (x, y, the stated z): the
# assignments tried are those under which the unchanged figures hold
_SAYS = {
    "share": [lambda x, y: _ratio(x, y)],
    "per_unit": [lambda x, y: _ratio(x, y)],
    "multiple": [_ratio, _rate],
    "growth": [_rate, _ratio, lambda x, y: _ratio(y, x - y)],  # the last: a level, its change
    "difference": [lambda x, y: x - y],
    "stockflow": [lambda x, y: x - y],
}
_SAME_DIMENSION = {"share", "multiple", "growth", "difference", "stockflow"}


@dataclass
class Reading:
    """A figure as the mutation score weighs it: its interval and, when the parser reads the
    figure, its dimension (None: any dimension fits)."""

    interval: Interval
    dimension: str | None = None


def reading(written: str, interval: Interval | None = None) -> Reading | None:
    """A figure read with the tool's parser, its interval taken from the gold when given (the
    gold reads 高出上海70.24亿元, 增长1.3倍, 4864口人 even where the parser does not)."""
    from factcheck.quantity import QuantityError, parse_quantity

    try:
        q = parse_quantity(written)
    except QuantityError:
        return None if interval is None else Reading(interval)
    return Reading(q.interval if interval is None else interval, q.unit.dimension)


_NUMERAL_CHARS = set("0123456789.,零〇一二两三四五六七八九十百千万亿")


def changed_interval(before: str, after: str, interval: Interval) -> Interval | None:
    """The gold interval of a figure after `mutate` changed one numeral in it: scaled by the ratio
    of the new numeral to the old (227.6亿元 → 227.9亿元 moves [227.55, 227.65]亿 by 227.9/227.6);
    None when the numerals cannot be read."""
    from factcheck.numerals import NumeralError, read_numeral

    at = next((i for i, (a, b) in enumerate(zip(before, after, strict=False)) if a != b), None)
    if at is None:
        return None
    while at > 0 and before[at - 1] in _NUMERAL_CHARS:
        at -= 1
    try:
        old, new = read_numeral(before, at)[0].value, read_numeral(after, at)[0].value
    except (NumeralError, ValueError, IndexError):
        return None
    if not old:
        return None
    r = Fraction(new) / Fraction(old)
    lo = None if interval.lo is None else interval.lo * r
    hi = None if interval.hi is None else interval.hi * r
    return Interval(lo, hi, interval.lo_closed, interval.hi_closed)


def _fits(a: Reading, b: Reading) -> bool:
    return a.dimension is None or b.dimension is None or a.dimension == b.dimension


def _holds_as(kind: str, read: list[Reading]) -> set[tuple]:
    """The assignments (roles of the figures, formula) under which the figures hold together."""
    from itertools import permutations

    out = set()
    if kind in ("part_whole", "breakdown"):
        for w, whole in enumerate(read):
            parts = [q.interval for i, q in enumerate(read) if i != w]
            if not all(_fits(q, whole) for i, q in enumerate(read) if i != w):
                continue
            total = parts[0]
            for p in parts[1:]:
                total = total + p
            if kind == "breakdown" and total.intersects(whole.interval):
                out.add((w,))
            if kind == "part_whole" and w == len(read) - 1 and (
                    whole.interval.hi is None or (all(p.lo is not None for p in parts)
                    and sum(p.lo for p in parts) <= whole.interval.hi)):
                out.add((w,))
        return out
    if kind in ("difference", "stockflow") and len(read) == 2 and _fits(*read):
        x, y = (q.interval for q in read)
        if x.hi is not None and y.lo is not None and (x.hi < y.lo or (x.hi == y.lo and not (
                x.hi_closed and y.lo_closed))):
            out.add(("below",))  # 5.1%，低于5.5%左右的预期目标: an order, kept while it holds
        if y.hi is not None and x.lo is not None and (y.hi < x.lo or (y.hi == x.lo and not (
                y.hi_closed and x.lo_closed))):
            out.add(("above",))
        return out
    if kind not in _SAYS or len(read) != 3:
        return out
    for order in permutations(range(3)):
        x, y, z = (read[i] for i in order)
        if kind in _SAME_DIMENSION and not _fits(x, y):
            continue
        for n, says in enumerate(_SAYS[kind]):
            try:
                got = says(x.interval, y.interval)
            except (ArithmeticError, TypeError, ValueError):
                continue
            if got is not None and got.intersects(z.interval):
                out.add((*order, n))
    return out


def still_holds(kind: str, before: list[Reading] | None, after: list[Reading | None]) -> bool:
    """Whether a relation still holds with one figure changed (``after``: the figures after the
    change; ``before``: as printed, None when not known), so that no statistician would call the
    changed article wrong: 479人 → 472人 of 7173名 is still a part of the whole, 8504.6亿元 →
    8504.9亿元 is still 23.56% of 36102.6亿元, 高出上海70.24亿元 → 73.24亿元 no longer is.
    Only the roles under which the unchanged figures hold are tried; two figures of a difference
    with none stated (超出1100万人以上的预期目标) or a flow and its stock (新建355处…累计建设2297处)
    keep their order. A figure that cannot be
    read, a kind not judged here (a count and its names), or figures that do not hold as printed
    count as breaking: the change is kept in the score."""
    if len(after) < 2 or any(r is None for r in after) or \
            (before is not None and any(r is None for r in before)):
        return False
    roles = _holds_as(kind, before) if before is not None else None
    if roles is not None and not roles:
        return False
    now = _holds_as(kind, after)
    return bool(now if roles is None else now & roles)


def _changed(figure: dict, new: str) -> Reading | None:
    """A gold figure after its numeral changed to ``new``."""
    interval = changed_interval(str(figure["written"]), new, parse_interval(figure["interval"]))
    return None if interval is None else reading(str(figure["written"]), interval)


def names_place(claim: dict, line: int, column: int, width: int) -> bool:
    """Whether a finding's claim is printed where the gold figure is (its span overlaps the gold's:
    the gold writes 各有3家 where the claim is the 3家 in it)."""
    at = claim.get("article")
    return bool(at) and at["line"] == line and at["column"] < column + width \
        and column < max(at["end_column"], at["column"] + 1)


def mutations(gold: Gold, run, tmp: Path) -> list[Mutation]:
    """For each stated relation that holds, each of its figures changed in turn: whether an error
    names the changed figure's place (line and column) in the article."""
    text = gold.text.read_text(encoding="utf-8")
    lines = text.split("\n")
    out = []
    for r in gold.relations:
        if r.get("how") != "stated" or r.get("holds") is not True or r.get("kind") not in MUTATED_KINDS:
            continue
        for ref in r.get("figures", []):
            f = gold.figure(ref, r.get("line", 0))
            if f is None:
                continue
            line = lines[f["line"] - 1]
            col = line.find(str(f["written"]))
            new = mutate(str(f["written"]))
            if col < 0 or new is None:
                continue
            golds = [gold.figure(x, r.get("line", 0)) for x in r.get("figures", [])]
            before = [None if g is None else reading(str(g["written"]), parse_interval(g["interval"]))
                      for g in golds]
            after = [b if g is not f else _changed(g, new) for g, b in zip(golds, before, strict=True)]
            breaks = not still_holds(r.get("kind", ""), before, after)
            changed = list(lines)
            changed[f["line"] - 1] = line[:col] + new + line[col + len(str(f["written"])):]
            path = tmp / gold.text.name
            path.write_text("\n".join(changed), encoding="utf-8")
            doc = run(path)
            errors = [e for e in doc["findings"] if e["severity"] == "error"]
            named = any(names_place(c, f["line"], col + 1, len(str(f["written"])))
                        for e in errors for c in e["claims"])
            out.append(Mutation(gold.name, r["kind"], f["line"], col + 1, str(f["written"]), new,
                                named, [f"{e['code']} {e['message'][:80]}" for e in errors],
                                breaks))
    return out


def _jobs() -> int:
    """Worker processes for the mutation report: ``-j N``, else one per core."""
    if "-j" in sys.argv and sys.argv.index("-j") + 1 < len(sys.argv):
        return max(1, int(sys.argv[sys.argv.index("-j") + 1]))
    return os.cpu_count() or 1


def mutation_report(directory: Path = ARTICLES) -> None:
    import tempfile
    from concurrent.futures import ProcessPoolExecutor

    total = found = breaking = found_breaking = 0
    by_kind: dict[str, list[int]] = {}
    golds = corpus(directory)
    with tempfile.TemporaryDirectory() as tmp, ProcessPoolExecutor(_jobs()) as pool:
        dirs = [Path(tmp) / str(i) for i in range(len(golds))]
        for d in dirs:
            d.mkdir()
        for gold, ms in zip(golds, pool.map(mutations, golds, [api_run] * len(golds), dirs),
                            strict=True):
            hits = sum(m.reported for m in ms)
            total += len(ms)
            found += hits
            breaking += sum(m.breaks for m in ms)
            found_breaking += sum(m.reported and m.breaks for m in ms)
            for m in ms:
                counts = by_kind.setdefault(m.kind, [0, 0])
                counts[0] += m.reported and m.breaks
                counts[1] += m.breaks
            print(f"{gold.name}: {hits}/{len(ms)} mutations reported")
            if "-v" in sys.argv:
                for m in ms:
                    if not m.reported:
                        still = "" if m.breaks else " (still holds)"
                        print(f"   missed {m.kind} {m.line}:{m.column} {m.before} → {m.after}{still}")
    print("breaking changes reported, by kind: " + ", ".join(
        f"{kind} {hit}/{of}" for kind, (hit, of) in sorted(by_kind.items(), key=lambda kv: -kv[1][1])))
    print(f"TOTAL mutations reported: {found}/{total} ({found / max(total, 1):.0%}); "
          f"of the changes that break their relation: {found_breaking}/{breaking} "
          f"({found_breaking / max(breaking, 1):.0%})")


if __name__ == "__main__":
    chosen = corpus_directory(sys.argv)
    mutation_report(chosen) if "mutations" in sys.argv else main(chosen)
