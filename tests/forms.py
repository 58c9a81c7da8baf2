"""How the tool does on the samples of tests/data/forms15 (real paragraphs collected in session 15
for one area each — part-whole, shares, duplicates, enumerations — with the relations a
statistician lists and the look-alikes that state none): which relations a `--show-checks` run
tests (and with which verdict), which paragraphs whose relations all hold raise an alarm, and —
with `--mutations` — whether one figure of a stated relation that holds, changed as the corpus
mutations change it, gives an error or warning naming it. A report for developers:

    python tests/forms.py NAME [-v] [--mutations]      (NAME: part-whole, shares, duplicates, …)

A figure of a relation is the text it is written as (the first occurrence in the paragraph, or on
its `line` when given); a check holds it when one of its claims' spans in the article overlaps it
(the claim of 6省 reads 6个, of 前三名 三: the place is what is compared). A relation is tested when
one check record (not suppressed) holds all its figures.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
FORMS = ROOT / "tests" / "data" / "forms15"
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

import corpus as C  # noqa: E402

Place = tuple[int, int, int]  # line, column (1-based), width


def items(name: str) -> list[dict]:
    """The paragraphs of a sample, each with an `id`, its `text` and its `relations` (a look-alike
    has none, or says `none: true`)."""
    data = yaml.safe_load((FORMS / f"{name}.yaml").read_text(encoding="utf-8"))
    out = data["items"] if isinstance(data, dict) else data
    for k, item in enumerate(out):
        item.setdefault("id", f"{name}-{k + 1}")
        item.setdefault("relations", [])
    return out


def run(text: str) -> dict:
    """The JSON of `factcheck check --show-checks` on the text (through the Python API)."""
    from factcheck import api

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "article.txt"
        path.write_text(text + "\n", encoding="utf-8")
        return json.loads(api.check_article(path.read_text(encoding="utf-8"), path=path).to_json_text())


def places(text: str, ref: str | dict) -> list[Place]:
    """Where a figure of a relation is written in the paragraph: any of its places, or the one
    a reference gives (`line`, and `nth` occurrence on it, the first by default)."""
    lines = text.split("\n")
    written = str(ref["written"] if isinstance(ref, dict) else ref)
    wanted = [ref["line"]] if isinstance(ref, dict) and ref.get("line") else range(1, len(lines) + 1)
    out = []
    for line in wanted:
        column = lines[line - 1].find(written) if 0 < line <= len(lines) else -1
        while column >= 0:
            out.append((line, column + 1, len(written)))
            column = lines[line - 1].find(written, column + 1)
    if isinstance(ref, dict) and ref.get("line"):
        nth = ref.get("nth", 1)
        return out[nth - 1:nth]
    return out


def place(text: str, ref: str | dict) -> Place | None:
    """The first place a figure is written."""
    return next(iter(places(text, ref)), None)


def holds_place(claim: dict, at: Place) -> bool:
    span = claim.get("article") or {}
    line, column, width = at
    if span.get("line") != line or not span.get("column"):
        return False
    start, end = span["column"], span.get("end_column") or span["column"] + 1
    return start < column + width and column < end


def _holds_all(rec: dict, figures: list[list[Place]]) -> bool:
    return all(any(holds_place(c, p) for c in rec["claims"] for p in at) for at in figures)


def record_for(relation: dict, doc: dict, text: str) -> dict | None:
    """The check that tests a relation, or None."""
    figures = [places(text, f) for f in relation["figures"]]
    if not all(figures):
        return None
    return next((rec for rec in doc.get("checks", [])
                 if rec["verdict"] != "suppressed" and _holds_all(rec, figures)), None)


def alarms(doc: dict) -> list[dict]:
    return [f for f in doc["findings"] if f["severity"] in ("error", "warning")]


def _mutations(item: dict, relation: dict) -> tuple[int, int]:
    """(changes that break the relation, those an alarm names) for each figure changed in turn."""
    text, figures = item["text"], relation["figures"]
    written = [str(f["written"] if isinstance(f, dict) else f) for f in figures]
    before = [C.reading(w) for w in written]
    breaking = named = 0
    for k, (ref, w) in enumerate(zip(figures, written, strict=True)):
        at, new = place(text, ref), C.mutate(w)
        if at is None or new is None:
            continue
        after = [C.reading(new) if i == k else b for i, b in enumerate(before)]
        if C.still_holds(relation["kind"], before, after):
            continue
        breaking += 1
        lines = text.split("\n")
        line, column, width = at
        lines[line - 1] = lines[line - 1][:column - 1] + new + lines[line - 1][column - 1 + width:]
        doc = run("\n".join(lines))
        named += any(holds_place(c, (line, column, len(new))) for f in alarms(doc) for c in f["claims"])
    return breaking, named


def paired(look: dict, doc: dict, text: str) -> bool:
    """Whether a duplicate check holds the figures of a look-alike (the same digits of two
    subjects, measures or periods), which must never be one figure."""
    figures = [places(text, f) for f in look["figures"]]
    return all(figures) and any(rec["kind"] == "duplicate" and _holds_all(rec, figures)
                                for rec in doc.get("checks", []))


def report(name: str, verbose: bool = False, mutations: bool = False) -> None:
    relations = tested = wrong = false = breaking = named = looks = tied = 0
    for item in items(name):
        doc = run(item["text"])
        for look in item.get("lookalikes") or []:
            looks += 1
            tied += paired(look, doc, item["text"])
        if all(r.get("holds") is True for r in item["relations"]):
            false += len(alarms(doc))
        for r in item["relations"]:
            if r.get("holds") not in (True, False):
                continue
            relations += 1
            rec = record_for(r, doc, item["text"])
            tested += rec is not None
            wrong += rec is not None and (rec["verdict"] == "holds") != r["holds"]
            if verbose and rec is None:
                print(f"  untested {item['id']} {r['kind']}: {r['figures']}")
            if mutations and r.get("how") == "stated" and r["holds"] is True:
                b, n = _mutations(item, r)
                breaking, named = breaking + b, named + n
    print(f"{name}: relations tested {tested}/{relations}, wrong verdicts {wrong}, alarms on "
          f"paragraphs that hold {false}"
          + (f", look-alikes paired {tied}/{looks}" if looks else "")
          + (f", breaking changes named {named}/{breaking}" if mutations else ""))


if __name__ == "__main__":
    names = [a for a in sys.argv[1:] if not a.startswith("-")] or \
        sorted(p.stem for p in FORMS.glob("*.yaml"))
    for n in names:
        report(n, "-v" in sys.argv, "--mutations" in sys.argv)
