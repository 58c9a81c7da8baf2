"""Does a saved fact file raise the alarms its article raises, and no other? For every article of
the directories given: `factcheck check --save-facts` on the article, `factcheck check` on the
saved file, and the two sets of errors and warnings (code, severity, article lines) compared.

    python tools/saved_roundtrip.py tests/data/smoke* tests/data/articles

Prints each article whose sets differ and a total (about 7 minutes for 1,364 articles)."""

from __future__ import annotations

import contextlib
import io
import json
import sys
import tempfile
from pathlib import Path

from factcheck.cli import main as cli


def _run(args: list[str]) -> dict:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()), \
            contextlib.suppress(SystemExit):
        cli(["check", "--isolated", "--format", "json", *args])
    return json.loads(out.getvalue())


def _alarms(doc: dict) -> set[tuple]:
    return {(f["code"], f["severity"],
             tuple(sorted((c.get("article") or {}).get("line") or 0 for c in f["claims"])))
            for f in doc["findings"] if f["severity"] in ("error", "warning")}


def main(directories: list[str]) -> int:
    differ = total = 0
    with tempfile.TemporaryDirectory() as tmp:
        for directory in directories:
            for article in sorted(Path(directory).glob("*.txt")):
                total += 1
                saved = Path(tmp) / f"{article.stem}.facts.yaml"
                before = _alarms(_run(["--save-facts", str(saved), "--force", str(article)]))
                after = _alarms(_run([str(saved)]))
                if before != after:
                    differ += 1
                    print(f"{article}: article only {sorted(before - after)}, "
                          f"saved only {sorted(after - before)}")
    print(f"{differ} of {total} articles differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
