"""How the tool does on tests/data/forms15/part-whole.yaml: real paragraphs that state parts and
their whole (part_whole, breakdown), and look-alikes that state none.

For each relation: tested (one check of `--show-checks`, not suppressed, holds a claim at the
place of every figure), and for a stated relation that holds, each figure changed in turn
(tests/corpus.py `mutate`): whether an error names the changed figure. For every paragraph: the
errors and warnings it raises (a look-alike must raise none; a paragraph whose relations all hold
must raise none either).

    .venv/bin/python tests/forms_part-whole.py [-v] [--no-mutations]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

from corpus import mutate  # noqa: E402

SAMPLE = ROOT / "tests" / "data" / "forms15" / "part-whole.yaml"


def run(text: str) -> dict:
    from factcheck import api

    return json.loads(api.check_article(text, path="sample.txt").to_json_text())


def place(text: str, ref) -> tuple[int, int, int, str]:
    """(line, column 1-based, width, written) of the figure: its n-th occurrence that is not the
    tail of a longer number (1所 is not the end of 201所)."""
    written, nth = (ref, 1) if isinstance(ref, str) else (str(ref["written"]), ref.get("nth", 1))
    seen = 0
    for m in re.finditer(re.escape(written), text):
        before = text[max(0, m.start() - 2):m.start()]
        if before[-1:].isdigit() or (before[-1:] in (".", ",") and before[:1].isdigit()):
            continue
        seen += 1
        if seen == nth:
            line = text.count("\n", 0, m.start()) + 1
            column = m.start() - (text.rfind("\n", 0, m.start()) + 1) + 1
            return line, column, len(written), written
    raise ValueError(f"{written} #{nth} not in the text")


def interval(written: str):
    from factcheck.quantity import parse_quantity

    return parse_quantity(re.sub(r"^[约近]", "", written)).interval


def breaks(kind: str, figures: list[str]) -> bool:
    """Whether the relation fails with these figures (the first is the whole): the parts' sum
    off the whole's interval (breakdown) or above it (part_whole)."""
    whole, *parts = [interval(w) for w in figures]
    lo = sum(p.lo for p in parts)
    hi = None if any(p.hi is None for p in parts) else sum(p.hi for p in parts)
    if whole.hi is not None and lo > whole.hi:
        return True
    return kind == "breakdown" and hi is not None and whole.lo is not None and hi < whole.lo


def on(claim: dict, line: int, column: int, width: int) -> bool:
    at = claim.get("article")
    return bool(at) and at["line"] == line and at["column"] < column + width \
        and column < max(at["end_column"], at["column"] + 1)


def tested(doc: dict, places) -> list[str]:
    """The checks that hold every figure."""
    return [f"{rec.get('kind')}/{rec.get('how', '')}" for rec in doc.get("checks", [])
            if rec["verdict"] != "suppressed"
            and all(any(on(c, *p[:3]) for c in rec["claims"]) for p in places)]


def alarms(doc: dict) -> list[str]:
    return [f"{f['severity']} {f['code']} {f['message'][:110]}" for f in doc["findings"]
            if f["severity"] in ("error", "warning")]


def main() -> None:
    verbose = "-v" in sys.argv
    mutations = "--no-mutations" not in sys.argv
    items = yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))["items"]
    by_kind: dict[str, list[int]] = {}
    n_rel = n_tested = n_mut = n_named = 0
    false_alarms = []
    for item in items:
        text = item["text"]
        doc = run(text)
        found = alarms(doc)
        if item.get("none") or all(r.get("holds") is True for r in item.get("relations", [])):
            false_alarms += [f"{item['id']}: {a}" for a in found]
        for r in item.get("relations", []):
            places = [place(text, ref) for ref in r["figures"]]
            hits = tested(doc, places)
            n_rel += 1
            k = by_kind.setdefault(f"{r['kind']}/{r['how']}", [0, 0])
            k[1] += 1
            if hits:
                n_tested += 1
                k[0] += 1
            if verbose or not hits:
                print(f"{'TESTED ' if hits else 'untested'} {item['id']} {r['kind']}/{r['how']} "
                      f"{[p[3] for p in places]} {hits[:2]}")
            if not mutations or r["how"] != "stated" or r.get("holds") is not True:
                continue
            lines = text.split("\n")
            for line, column, width, written in places:
                new = mutate(written)
                if new is None:
                    continue
                written_all = [q[3] if q[:3] != (line, column, width) else new for q in places]
                if not breaks(r["kind"], written_all):
                    continue
                changed = list(lines)
                s = changed[line - 1]
                changed[line - 1] = s[:column - 1] + new + s[column - 1 + width:]
                after = run("\n".join(changed))
                named = any(on(c, line, column, len(new)) for f in after["findings"]
                            if f["severity"] == "error" for c in f["claims"])
                n_mut += 1
                n_named += named
                if verbose or not named:
                    print(f"    {'named' if named else 'MISSED'} {written} -> {new}")
    print()
    for k, (t, n) in sorted(by_kind.items()):
        print(f"  {k}: {t}/{n}")
    print(f"TOTAL relations tested {n_tested}/{n_rel}; mutations named by an error "
          f"{n_named}/{n_mut}; alarms on paragraphs that hold {len(false_alarms)}")
    for a in false_alarms:
        print("  ALARM", a)


if __name__ == "__main__":
    main()
