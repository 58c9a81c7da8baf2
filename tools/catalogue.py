#!/usr/bin/env python3
"""Keep the gettext catalogues of factcheck current (a developer's tool; needs Babel).

    python tools/catalogue.py update    # add new texts to every .po (untranslated), drop old ones;
                                        # keeps the header, translations, their comments and the
                                        # comment block at the top (the glossary)
    python tools/catalogue.py compile   # write each .mo from its .po
    python tools/catalogue.py missing   # list the texts a catalogue does not translate (exit 1)

The texts are collected at run time (factcheck.catalogue.texts), so a template, a finding code's
explanation or a help text is in the catalogue as soon as it is defined.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "src" / "factcheck" / "locale"
DOMAIN = "factcheck"


def catalogues() -> list[Path]:
    return sorted(LOCALE.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def _shown(path: Path) -> Path:
    return path.relative_to(ROOT) if path.is_relative_to(ROOT) else path


def read(path: Path) -> Catalog:
    with path.open("rb") as fh:
        return read_po(fh)


def update() -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from factcheck.catalogue import texts

    wanted = texts()
    for path in catalogues():
        old = read(path)
        new = Catalog(locale=old.locale, header_comment=old.header_comment, project="factcheck",
                      charset="utf-8", fuzzy=False, creation_date=old.creation_date)
        new.mime_headers = old.mime_headers
        kept = [m for m in old if m.id]
        # The comments above the first message are the catalogue's preamble (the glossary): they
        # stay at the top whichever text comes first.
        preamble = kept[0].user_comments if kept else []
        for i, text in enumerate(wanted):
            message = old.get(text)
            comments = list(message.user_comments) if message is not None else []
            if kept and message is kept[0]:
                comments = []
            if i == 0:
                comments = [*preamble, *comments]
            new.add(text, message.string if message is not None else "",
                    user_comments=comments,
                    flags=message.flags if message is not None else ())
        with path.open("wb") as fh:
            write_po(fh, new, width=100, sort_output=False, omit_header=False)
        dropped = sum(1 for m in kept if m.id not in new)
        added = sum(1 for text in wanted if old.get(text) is None)
        empty = sum(1 for text in wanted if not new[text].string)
        print(f"{_shown(path)}: {len(wanted)} texts ({added} new, {dropped} dropped, "
              f"{empty} untranslated)")


def compiled(path: Path) -> bytes:
    out = io.BytesIO()
    write_mo(out, read(path), use_fuzzy=False)
    return out.getvalue()


def compile_all() -> None:
    for path in catalogues():
        path.with_suffix(".mo").write_bytes(compiled(path))
        print(f"wrote {path.with_suffix('.mo').relative_to(ROOT)}")


def missing() -> int:
    sys.path.insert(0, str(ROOT / "src"))
    from factcheck.catalogue import texts

    bad = 0
    for path in catalogues():
        catalog = read(path)
        for text in texts():
            message = catalog.get(text)
            if message is None or not message.string:
                bad += 1
                print(f"{path.relative_to(ROOT)}: untranslated: {text[:80]!r}")
    return 1 if bad else 0


if __name__ == "__main__":
    action = sys.argv[1] if len(sys.argv) > 1 else ""
    if action == "update":
        update()
    elif action == "compile":
        compile_all()
    elif action == "missing":
        sys.exit(missing())
    else:
        sys.exit(__doc__)
