"""How the tool does on tests/data/forms15/duplicates.yaml, a sample of real paragraphs that state
the same figure twice, and of look-alikes that must not be paired (same label, another place,
period, scope or measure): which relations a check of `--show-checks` holds, whether changing one
of their figures gives an error or warning naming it, and which look-alikes raise anything.

    .venv/bin/python tests/forms_duplicates.py [-v] [FILE]
"""

from __future__ import annotations

import sys
import tempfile
from fractions import Fraction
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "tests" / "data" / "forms15" / "duplicates.yaml"
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))
if str(ROOT / "tests") not in sys.path:
    sys.path.insert(0, str(ROOT / "tests"))

from corpus import api_run, changed_interval, mutate  # noqa: E402

from factcheck.interval import Interval  # noqa: E402


def span(text: str, ref: dict) -> tuple[int, int, int]:
    """(line, first column, end column) of a figure named by line, writing and occurrence."""
    line = text.split("\n")[ref["line"] - 1]
    at = -1
    for _ in range(ref.get("nth", 1)):
        at = line.find(ref["written"], at + 1)
    assert at >= 0, ref
    return ref["line"], at + 1, at + 1 + len(ref["written"])


def holds_place(claim: dict, place: tuple[int, int, int]) -> bool:
    at = claim.get("article")
    line, start, end = place
    return bool(at) and at["line"] == line and at["column"] < end \
        and start < max(at["end_column"], at["column"] + 1)


def interval_at(doc: dict, place: tuple[int, int, int]) -> Interval | None:
    """The interval the tool reads for the figure at a place (None: it reads none there)."""
    for c in doc.get("claims_seen", []):
        if holds_place(c, place) and c.get("interval"):
            i = c["interval"]
            return Interval(None if i["lo"] in ("-inf", None) else Fraction(i["lo"]),
                            None if i["hi"] in ("inf", None) else Fraction(i["hi"]),
                            i["lo_closed"], i["hi_closed"])
    return None


def breaks(doc: dict, places: list, changed: int, before: str, after: str) -> bool:
    """Whether the figures no longer agree once one of them is changed (a bound 超3亿 still holds
    of 3.05亿): the figures as the tool reads them; a figure it does not read counts as breaking."""
    read = [interval_at(doc, p) for p in places]
    if any(r is None for r in read):
        return True
    new = changed_interval(before, after, read[changed])
    if new is None:
        return True
    read[changed] = new
    return not all(a.intersects(b) for a in read for b in read)


def run(text: str, tmp: Path) -> dict:
    path = tmp / "item.txt"
    path.write_text(text, encoding="utf-8")
    doc = api_run(path)
    doc["claims_seen"] = [c for rec in doc.get("checks", []) for c in rec["claims"]] + \
        [c for f in doc["findings"] for c in f.get("claims", [])]
    return doc


def score(items: list[dict], verbose: bool) -> dict:
    totals = dict(relations=0, tested=0, mutations=0, named=0, lookalikes=0, paired=0, alarms=0,
                  none_items=0)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for n, item in enumerate(items, 1):
            text = item["text"]
            doc = run(text, tmp)
            checks = [c for c in doc.get("checks", []) if c["verdict"] != "suppressed"]
            alarms = [f for f in doc["findings"] if f["severity"] in ("error", "warning")]
            for r in item.get("relations") or []:
                places = [span(text, f) for f in r["figures"]]
                totals["relations"] += 1
                tested = any(all(any(holds_place(c, p) for c in rec["claims"]) for p in places)
                             for rec in checks)
                totals["tested"] += tested
                if verbose:
                    print(f"{n:2} {'tested  ' if tested else 'UNTESTED'} "
                          f"{' / '.join(f['written'] for f in r['figures'])}  ({r['arithmetic']})")
                if r.get("holds") is not True:
                    continue
                for k, (f, p) in enumerate(zip(r["figures"], places, strict=True)):
                    new = mutate(f["written"])
                    if new is None or not breaks(doc, places, k, f["written"], new):
                        continue
                    lines = text.split("\n")
                    line = lines[p[0] - 1]
                    lines[p[0] - 1] = line[:p[1] - 1] + new + line[p[2] - 1:]
                    changed = run("\n".join(lines), tmp)
                    named = any(holds_place(c, (p[0], p[1], p[1] + len(new)))
                                for e in changed["findings"] if e["severity"] in ("error", "warning")
                                for c in e["claims"])
                    totals["mutations"] += 1
                    totals["named"] += named
                    if verbose and tested and not named:
                        print(f"     change {f['written']} → {new}: nothing names it")
            for look in item.get("lookalikes") or []:
                places = [span(text, f) for f in look["figures"]]
                totals["lookalikes"] += 1
                paired = any(all(any(holds_place(c, p) for c in rec["claims"]) for p in places)
                             for rec in checks if rec["kind"] == "duplicate")
                totals["paired"] += paired
                if verbose and paired:
                    print(f"{n:2} PAIRED   {' / '.join(f['written'] for f in look['figures'])}"
                          f"  ({look['why']})")
            if item.get("none"):
                totals["none_items"] += 1
            totals["alarms"] += len(alarms)
            if verbose:
                for a in alarms:
                    print(f"{n:2} ALARM    {a['code']} {a['severity']} {a['message'][:110]}")
    return totals


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    files = [Path(a) for a in argv if not a.startswith("-")] or [SAMPLE]
    items = [i for f in files for i in yaml.safe_load(f.read_text(encoding="utf-8"))]
    t = score(items, verbose)
    print(f"items {len(items)} (look-alike only {t['none_items']}): relations tested "
          f"{t['tested']}/{t['relations']}; one figure changed, named by an error or warning "
          f"{t['named']}/{t['mutations']}; look-alikes paired as one figure {t['paired']}/{t['lookalikes']}; "
          f"errors and warnings on the unchanged texts {t['alarms']}")


if __name__ == "__main__":
    main(sys.argv[1:])
