"""How many relations discovery finds on many real articles, by kind and verdict: a measure of how
general the finders are, on articles no gold annotation covers (the smoke rounds).

    python tools/census.py tests/data/smoke*            # counts by kind and verdict
    python tools/census.py --json tests/data/smoke* > a.json      # then b.json on other code
    python tools/census.py --diff a.json b.json

Each check of `check --show-checks` counts once, by its kind, how it was found (stated, linked) and
its verdict. Runs in this process (under 2 minutes for 1,300 articles)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path


def _census(directories: list[str]) -> dict[str, int]:
    from factcheck import api

    counts: Counter[str] = Counter()
    for directory in directories:
        for path in sorted(Path(directory).glob("*.txt")):
            doc = json.loads(api.check_article(path.read_text(encoding="utf-8"), path=path).to_json_text())
            for record in doc.get("checks", []):
                counts[f"{record.get('kind', '?')} {record.get('how', '?')} {record['verdict']}"] += 1
            counts["articles"] += 1
    return dict(counts)


def _print(counts: dict[str, int], other: dict[str, int] | None = None) -> None:
    for key in sorted(set(counts) | set(other or {})):
        now = counts.get(key, 0)
        line = f"{key:40} {now:6}"
        if other is not None:
            before = other.get(key, 0)
            line = f"{key:40} {before:6} → {now:6}  ({now - before:+d})"
        print(line)


def main(argv: list[str]) -> int:
    if argv[:1] == ["--diff"] and len(argv) == 3:
        before, after = (json.loads(Path(p).read_text(encoding="utf-8")) for p in argv[1:])
        _print(after, before)
    elif argv[:1] == ["--json"]:
        print(json.dumps(_census(argv[1:]), ensure_ascii=False, sort_keys=True))
    else:
        _print(_census(argv))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
