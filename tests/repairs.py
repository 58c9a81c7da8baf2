"""For each one-figure change of the corpus mutations (:func:`corpus.mutations`: the last
significant digit moved by 3) that the tool reports as an error naming the changed place: does the
first-ranked repair of the failing relations (equally plausible repairs share rank 1) name the
changed figure, with its original as the typo (in the claim's drafted form, as the gold writes it,
or as the article prints the figure)?

    python tests/repairs.py [--dir tests/data/heldout] [-v]

prints each miss (article, line, the figure and its change, the first repairs' claims; -v: every
change) and the totals, with how often the changed figure is named most likely wrong and how often
another figure is. A report for developers, like tests/corpus.py."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus as C


def _places(doc: dict, line: int, col: int) -> tuple[list[dict], set[str]]:
    """The error findings that name the changed place, and the ids of the claims there."""
    def here(c: dict) -> bool:
        a = c.get("article")
        return bool(a) and a["line"] == line and a["column"] <= col + 1 < a["end_column"] + 1

    hit = [e for e in doc["findings"] if e["severity"] == "error" and any(map(here, e["claims"]))]
    return hit, {c["id"] for e in hit for c in e["claims"] if here(c)}


def _restored(stated: str, changed: str, original: str) -> str:
    """The claim as printed before the change: the changed characters put back in its own
    text (a claim may hold less than the gold figure: 共8个 is the claim 8个)."""
    head = 0
    while head < min(len(changed), len(original)) and changed[head] == original[head]:
        head += 1
    tail = 0
    while (tail < min(len(changed), len(original)) - head
           and changed[-1 - tail] == original[-1 - tail]):
        tail += 1
    was, now = original[head:len(original) - tail], changed[head:len(changed) - tail]
    return stated.replace(now, was, 1) if stated != changed else original


def report(directory: Path) -> None:
    total = reported = named = alone = typo_ok = advised = misled = 0
    with tempfile.TemporaryDirectory() as tmp:
        for gold in C.corpus(directory):
            lines = gold.text.read_text(encoding="utf-8").split("\n")
            for r in gold.relations:
                if (r.get("how") != "stated" or r.get("holds") is not True
                        or r.get("kind") not in C.MUTATED_KINDS):
                    continue
                for ref in r.get("figures", []):
                    f = gold.figure(ref, r.get("line", 0))
                    if f is None:
                        continue
                    line = lines[f["line"] - 1]
                    written = str(f["written"])
                    col = line.find(written)
                    new = C.mutate(written)
                    if col < 0 or new is None:
                        continue
                    changed = list(lines)
                    changed[f["line"] - 1] = line[:col] + new + line[col + len(written):]
                    path = Path(tmp) / gold.text.name
                    path.write_text("\n".join(changed), encoding="utf-8")
                    doc = C.api_run(path)
                    total += 1
                    hit, ids = _places(doc, f["line"], col)
                    if not hit:
                        continue
                    reported += 1
                    checks = {e.get("check") for e in hit}  # None: a joint conflict (FC060), of no one check
                    firsts = [x for x in doc.get("repairs", [])
                              if x["rank"] == 1 and (None in checks or checks & set(x["fixes"]))]
                    mine = [x["claims"][0] for x in firsts if x["claims"][0]["id"] in ids]
                    first = mine[0] if mine else None
                    ok = first is not None
                    named += ok
                    alone += ok and len(firsts) == 1
                    printed = [c["article"]["text"] for e in hit for c in e["claims"]
                               if ok and c["id"] == first["id"] and c.get("article")]
                    right_typo = ok and first["typo"] in (
                        _restored(first["stated"], new, written), written,
                        *(_restored(p, new, written) for p in printed))
                    typo_ok += right_typo
                    says = any(a.startswith(("Most likely wrong", "最可能"))
                               for e in hit for a in e.get("suggestions", []))
                    advised += ok and says
                    misled += (not ok) and says
                    if not ok or "-v" in sys.argv:
                        mark = ("ok  " if right_typo else "typo") if ok else "miss"
                        print(f"  {mark} {gold.name} {r['kind']} line "
                              f"{f['line']}: {written} -> {new}",
                              [(c["id"], c["stated"], c["typo"]) for x in firsts
                               for c in x["claims"]], "advised" if says else "")
    print(f"changes {total}; reported naming the place {reported}; a first-ranked repair names "
          f"the figure {named} (the only first-ranked one {alone}); with the original as its typo "
          f"{typo_ok}; named most likely wrong {advised} (another figure named most likely wrong: "
          f"{misled})")


if __name__ == "__main__":
    report(C.corpus_directory(sys.argv))
