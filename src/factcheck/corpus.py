"""A run's fact files together: find them, load them, resolve references between them."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .loader import ClaimInfo, LoadedFile, load_file, load_text

__all__ = ["Corpus", "NoFactFiles", "discover", "load_corpus"]

FACT_SUFFIXES = (".yaml", ".yml")
_REF = re.compile(r"^(?:(?P<stem>[^/\s]+)/)?(?P<id>[a-z0-9_]+)$")


class NoFactFiles(Exception):
    """The run has nothing to check (exit 2)."""


def discover(paths: Iterable[Path]) -> list[Path]:
    """Fact files under the given paths, each once, in a stable order.

    A directory is searched recursively for *.yaml and *.yml (hidden folders skipped); a file is
    taken as given. Raises NoFactFiles when a path does not exist or nothing is found.
    """
    found: list[Path] = []
    seen: set[Path] = set()
    for path in paths:
        if str(path) == "-":
            if not any(str(p) == "-" for p in found):
                found.append(path)
            continue
        if path.is_dir():
            candidates: Iterator[Path] = iter(sorted(_walk(path)))
        elif path.exists() or path.is_symlink():
            candidates = iter([path])
        else:
            raise NoFactFiles(f"{path}: no such file or directory")
        for candidate in candidates:
            key = _identity(candidate)
            if key in seen:
                continue
            seen.add(key)
            found.append(candidate)
    if not found:
        shown = ", ".join(str(p) for p in paths)
        raise NoFactFiles(f"no fact file (*.yaml, *.yml) found in {shown}")
    return found


def _walk(directory: Path) -> Iterator[Path]:
    for entry in sorted(directory.iterdir()):
        if entry.name.startswith("."):
            continue
        if entry.is_dir() and not entry.is_symlink():
            yield from _walk(entry)
        elif entry.suffix in FACT_SUFFIXES:
            yield entry


def _identity(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()


@dataclass(slots=True)
class Corpus:
    """The loaded files of one run and the claims they hold."""

    files: list[LoadedFile] = field(default_factory=list)
    by_stem: dict[str, LoadedFile] = field(default_factory=dict)
    # Files named by a `<stem>/<id>` reference but not given: loaded from beside the file that
    # refers to them, so that one file can be checked alone. They are not themselves checked.
    referenced: dict[Path, LoadedFile] = field(default_factory=dict)

    def add(self, loaded: LoadedFile) -> None:
        self.files.append(loaded)
        self.by_stem.setdefault(loaded.stem, loaded)

    def lookup(self, ref: str, origin: LoadedFile) -> ClaimInfo | str:
        """The claim a reference names, or a message saying why there is none."""
        m = _REF.match(ref)
        if not m:
            return f"{ref!r} is not a claim reference (id or file/id)"
        stem, cid = m.group("stem"), m.group("id")
        target_file = origin if stem is None or stem == origin.stem else self.by_stem.get(stem)
        if target_file is None and stem is not None:
            target_file = self._beside(origin, stem)
        if target_file is None:
            return (f"no fact file {stem!r} in this run or beside {origin.display} "
                    "(name it on the command line)")
        if not target_file.ok:
            return f"{ref!r} is in {target_file.display}, which failed to load"
        claim = target_file.claims.get(cid)
        if claim is None:
            where = "" if target_file is origin else f" in {target_file.display}"
            return f"no claim {cid!r}{where}"
        return claim

    def _beside(self, origin: LoadedFile, stem: str) -> LoadedFile | None:
        for suffix in FACT_SUFFIXES:
            candidate = origin.path.parent / f"{stem}{suffix}"
            key = _identity(candidate)
            if key in self.referenced:
                return self.referenced[key]
            if candidate.is_file():
                loaded = load_file(candidate, display_path(candidate, Path.cwd()),
                                   rounding=origin.default_rounding)
                self.referenced[key] = loaded
                return loaded
        return None

    def claims(self) -> Iterator[ClaimInfo]:
        for f in self.files:
            yield from f.claims.values()


def load_corpus(
    paths: list[Path],
    encoding: str | None = None,
    max_bytes: int | None = None,
    cwd: Path | None = None,
    rounding: str = "up_or_down",
    stdin: tuple[bytes, str] | None = None,
    progress: Callable[[int], None] | None = None,
) -> Corpus:
    """Load every fact file and resolve `ref:` aliases between them.

    A path ``-`` is standard input: ``stdin`` gives its bytes and the name messages use.
    """
    corpus = Corpus()
    base = cwd or Path.cwd()
    kwargs = {} if max_bytes is None else {"max_bytes": max_bytes}
    for i, path in enumerate(paths):
        if str(path) == "-" and stdin is not None:
            data, name = stdin
            corpus.add(load_text(data, name, Path(name), encoding, rounding))
        else:
            corpus.add(load_file(path, display_path(path, base), encoding, rounding=rounding,
                                 **kwargs))
        if progress is not None:
            progress(i + 1)
    resolve_aliases(corpus)
    return corpus


def display_path(path: Path, base: Path) -> str:
    """The path as messages show it: relative to the working directory when inside it."""
    try:
        return str(path.absolute().relative_to(base.absolute()))
    except ValueError:
        return str(path)


def resolve_aliases(corpus: Corpus) -> None:
    """Point every `ref:` claim at its target; report dangling references and cycles."""
    for f in corpus.files:
        for claim in f.claims.values():
            ref = claim.spec.ref
            if ref is None:
                continue
            target = corpus.lookup(ref, f)
            line, col = f.source.value(("claims", claim.id, "ref"))
            if isinstance(target, str):
                f.add("FC007", f"claims.{claim.id}.ref: {target}", line, col)
            elif target is claim:
                f.add("FC013", f"claims.{claim.id}.ref: a claim cannot refer to itself", line, col)
            else:
                claim.target = target
    for f in corpus.files:
        for claim in f.claims.values():
            seen = {id(claim)}
            node = claim.target
            while node is not None:
                if id(node) in seen:
                    line, col = f.source.value(("claims", claim.id, "ref"))
                    f.add("FC013", f"claims.{claim.id}.ref: the references form a cycle", line, col)
                    claim.target = None
                    break
                seen.add(id(node))
                node = node.target
