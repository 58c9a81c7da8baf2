"""How the tool does on the real paragraphs of tests/data/forms15/shares.yaml (shares, shares that
sum, gaps in points, per-unit figures, and their look-alikes): which stated relations a
`--show-checks` run tests (and with which verdict), which look-alikes raise anything, and — with
`--mutations` — whether one figure of a relation that holds, changed, gives an error or a warning
naming it. A report for developers: `python tests/forms_shares.py [-v] [--mutations]`.

A relation is tested when one check record (not suppressed) has a claim for each of its figures,
as corpus.py counts the dev corpus; a figure is matched by its digits (separators dropped) and, when
the figure names a unit, that unit.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "forms15" / "shares.yaml"
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def items(path: Path = DATA) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["items"]


def run(text: str) -> dict:
    """The JSON of `factcheck check --show-checks` on the text (through the Python API)."""
    from factcheck import api

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "article.txt"
        path.write_text(text + "\n", encoding="utf-8")
        return json.loads(api.check_article(path.read_text(encoding="utf-8"),
                                            path=path).to_json_text())


def _digits(written: str) -> str | None:
    m = NUMBER.search(written)
    return m.group().replace(",", "") if m else None


def matches(figure: str, claim: dict) -> bool:
    written = (claim.get("written") or "").replace(",", "").replace(" ", "")
    want = figure.replace(",", "").replace(" ", "")
    if written == want:
        return True
    number = _digits(want)
    if number is None or _digits(written) != number:
        return False
    unit = want[want.index(number) + len(number):] if number in want else ""
    return unit in written


def record_for(relation: dict, doc: dict) -> dict | None:
    for rec in doc.get("checks", []):
        if rec["verdict"] == "suppressed":
            continue
        if all(any(matches(f, c) for c in rec["claims"]) for f in relation["figures"]):
            return rec
    return None


def alarms(doc: dict) -> list[dict]:
    return [f for f in doc["findings"] if f["severity"] in ("error", "warning")]


def _changed(written: str) -> str | None:
    """The figure with its last digit moved by 3 (58.52% → 58.55%), else None."""
    for i in range(len(written) - 1, -1, -1):
        if written[i].isdigit():
            return written[:i] + str((int(written[i]) + 3) % 10) + written[i + 1:]
    return None


def mutations(item: dict, relation: dict, doc: dict) -> list[tuple[str, bool]]:
    """Each figure of a tested relation that holds, changed in the text: is it named by an error
    or a warning?"""
    rec = record_for(relation, doc)
    if rec is None or not relation.get("holds"):
        return []
    lines = item["text"].split("\n")
    out = []
    for figure in relation["figures"]:
        claim = next(c for c in rec["claims"] if matches(figure, c))
        span = claim.get("article") or {}
        line, column = span.get("line"), span.get("column")
        text_line = lines[line - 1]
        start = column - 1
        end = start + len(span.get("text") or claim["written"])
        new = _changed(text_line[start:end])
        if new is None:
            continue
        changed = lines[:]
        changed[line - 1] = text_line[:start] + new + text_line[end:]
        after = run("\n".join(changed))
        named = any(any((c.get("article") or {}).get("line") == line
                        and (c.get("article") or {}).get("column") == column for c in f["claims"])
                    for f in alarms(after))
        out.append((f"{figure}→{new}", named))
    return out


def main(argv: list[str]) -> None:
    verbose, mutate = "-v" in argv, "--mutations" in argv
    tested = total = wrong_verdict = 0
    by_kind: Counter = Counter()
    missed_kind: Counter = Counter()
    false_alarms = []
    caught = tried = 0
    for item in items():
        doc = run(item["text"])
        found = alarms(doc)
        if item.get("none") or all(r.get("holds") for r in item.get("relations", [])):
            false_alarms += [(item["id"], f["severity"], f["code"], f["message"][:120]) for f in found]
        for r in item.get("relations", []):
            total += 1
            by_kind[r["kind"]] += 1
            rec = record_for(r, doc)
            if rec is None:
                missed_kind[r["kind"]] += 1
                if verbose:
                    print(f"  untested {r['kind']} ({r['how']}) {item['id']}: {r['figures']}"
                          f"  [{item.get('form', '')[:70]}]")
                continue
            tested += 1
            if (rec["verdict"] == "holds") != bool(r["holds"]):
                wrong_verdict += 1
                print(f"  VERDICT {rec['verdict']} for {r['kind']} {item['id']}: {r['figures']}")
            if mutate and r["how"] == "stated":
                for what, named in mutations(item, r, doc):
                    tried += 1
                    caught += named
                    if verbose and not named:
                        print(f"  mutation not named: {item['id']} {r['kind']} {what}")
    print(f"relations tested {tested}/{total}, wrong verdicts {wrong_verdict}")
    print("untested by kind: " + ", ".join(f"{k} {missed_kind[k]}/{by_kind[k]}" for k in sorted(by_kind)))
    looks = [i for i in items() if i.get("none")]
    print(f"look-alikes {len(looks)}; false alarms (items with nothing false) {len(false_alarms)}")
    for fa in false_alarms:
        print("  ALARM", *fa)
    if mutate:
        print(f"mutations of stated relations named by an error or warning: {caught}/{tried}")


if __name__ == "__main__":
    main(sys.argv[1:])
