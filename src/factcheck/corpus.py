"""A run's fact files together: find them, load them, resolve references between them."""

from __future__ import annotations

from collections import OrderedDict, deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from . import messages as msg
from .inputs import FACT_SUFFIXES
from .loader import ClaimInfo, LoadedFile, load_file, load_text
from .messages import Message, MessageError
from .patterns import later
from .positions import Unplaced
from .problems import DANGLING_REFERENCE, INVALID_CHECK

__all__ = ["Corpus", "LoadOptions", "NoFactFiles", "discover", "load_corpus"]

_REF = later(r"^(?:(?P<stem>[^/\s]+)/)?(?P<id>[a-z0-9_]+)$")


class NoFactFiles(MessageError):
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
            raise NoFactFiles(Message(msg.NO_SUCH_PATH, path=str(path)))
        for candidate in candidates:
            key = _identity(candidate)
            if key in seen:
                continue
            seen.add(key)
            found.append(candidate)
    if not found:
        shown = ", ".join(str(p) for p in paths)
        raise NoFactFiles(Message(msg.NO_FACT_FILE_IN, paths=shown))
    return found


def _walk(directory: Path) -> Iterator[Path]:
    """Fact files under ``directory``, depth first in name order, without recursion (a hostile
    tree may be deeper than Python's stack). Named pipes and devices are skipped; broken
    symbolic links are kept, so that they are reported."""
    stack = [directory]
    while stack:
        folder = stack.pop()
        try:
            entries = sorted(folder.iterdir())
        except OSError:
            continue
        subfolders = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_dir() and not entry.is_symlink():
                subfolders.append(entry)
            elif entry.suffix in FACT_SUFFIXES and (entry.is_file() or not entry.exists()):
                yield entry
        stack.extend(reversed(subfolders))


def _identity(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()


class LoadOptions:
    """How fact files of a run are read."""

    __slots__ = ("encoding", "max_bytes", "rounding")

    def __init__(self, encoding: str | None = None, max_bytes: int | None = None,
                 rounding: str = "up_or_down"):
        self.encoding = encoding
        self.max_bytes = max_bytes
        self.rounding = rounding

    def load(self, path: Path, display: str) -> LoadedFile:
        kwargs = {} if self.max_bytes is None else {"max_bytes": self.max_bytes}
        return load_file(path, display, self.encoding, rounding=self.rounding, **kwargs)


#: How many files loaded only to answer references are kept in memory at once.
REFERENCE_CACHE = 16


class Corpus:
    """The fact files of one run and the claims they hold.

    Files are *pinned* while they are checked; any other file of the run (``paths_by_stem``) or
    beside a file that refers to it is loaded when a reference names it, and kept in a small
    cache — so a run over many files holds only a few of them in memory at a time.
    """

    __slots__ = ("by_stem", "cwd", "files", "loading", "options", "paths_by_stem", "pending",
                 "referenced")

    def __init__(self, files: list[LoadedFile] | None = None,
                 by_stem: dict[str, LoadedFile] | None = None,
                 paths_by_stem: dict[str, str] | None = None,
                 referenced: OrderedDict[Path, LoadedFile] | None = None,
                 options: LoadOptions | None = None, cwd: Path | None = None,
                 loading: dict[Path, LoadedFile] | None = None,
                 pending: list[LoadedFile] | None = None):
        self.files = [] if files is None else files
        self.by_stem = {} if by_stem is None else by_stem
        self.paths_by_stem = {} if paths_by_stem is None else paths_by_stem
        self.referenced = OrderedDict() if referenced is None else referenced
        self.options = LoadOptions() if options is None else options
        self.cwd = cwd  # the run's working directory (paths are shown relative to it)
        # While references are being resolved: the files loaded so far, and those still to
        # resolve.
        self.loading = loading
        self.pending = [] if pending is None else pending

    def add(self, loaded: LoadedFile) -> None:
        """Pin a loaded file (it is checked, and references to it are answered from memory)."""
        self.files.append(loaded)
        self.by_stem.setdefault(loaded.stem, loaded)

    def release(self, loaded: LoadedFile) -> None:
        """Unpin a file once it has been checked; later references reload it from disk.

        Its claims point back at it, and the closures of its checks may keep a claim alive until
        the garbage collector looks; so its bulk — claims, text, YAML node tree — is dropped here
        and freed at once (memory stays flat over long runs, and the collector has little to do).
        """
        self.files.remove(loaded)
        if self.by_stem.get(loaded.stem) is loaded:
            del self.by_stem[loaded.stem]
        if not any(cached is loaded for cached in self.referenced.values()):
            _drop(loaded)

    def lookup(self, ref: str, origin: LoadedFile) -> ClaimInfo | Message:
        """The claim a reference names, or a message saying why there is none."""
        m = _REF.match(ref)
        if not m:
            return Message(msg.NOT_A_CLAIM_REFERENCE, ref=repr(ref))
        stem, cid = m.group("stem"), m.group("id")
        target_file = origin if stem is None or stem == origin.stem else self.by_stem.get(stem)
        if target_file is None and stem is not None:
            target_file = self._on_demand(origin, stem)
        if target_file is None:
            return Message(msg.NO_FACT_FILE_STEM, stem=repr(stem), beside=origin.display)
        if not target_file.ok:
            return Message(msg.REF_FAILED_TO_LOAD, ref=repr(ref), file=target_file.display)
        claim = target_file.claims.get(cid)
        if claim is None:
            if target_file is origin:
                return Message(msg.NO_CLAIM, id=repr(cid))
            return Message(msg.NO_CLAIM_IN, id=repr(cid), file=target_file.display)
        return claim

    def reference(self, path: Path) -> LoadedFile:
        """A file of the run by path: pinned, cached, or loaded now (and cached)."""
        key = _identity(path)
        for f in self.files:
            if _identity(f.path) == key:
                return f
        cached = self.referenced.get(key)
        if cached is not None:
            self.referenced.move_to_end(key)
            return cached
        if self.loading is not None and key in self.loading:
            return self.loading[key]
        loaded = self.options.load(path, display_path(path, self.cwd or Path.cwd()))
        self.referenced[key] = loaded
        if len(self.referenced) > REFERENCE_CACHE:
            old, evicted = self.referenced.popitem(last=False)
            in_pass = self.loading is not None and self.loading.get(old) is evicted
            if not in_pass and not any(f is evicted for f in self.files):
                _drop(evicted)
        if self.loading is not None:
            self.loading[key] = loaded
        resolve_aliases(self, [loaded])
        return loaded

    def _on_demand(self, origin: LoadedFile, stem: str) -> LoadedFile | None:
        name = self.paths_by_stem.get(stem)
        path = None if name is None else Path(name)
        if path is None:
            for suffix in FACT_SUFFIXES:
                candidate = origin.path.parent / f"{stem}{suffix}"
                if candidate.is_file():
                    path = candidate
                    break
        return None if path is None else self.reference(path)

    def claims(self) -> Iterator[ClaimInfo]:
        for f in self.files:
            yield from f.claims.values()


def _drop(loaded: LoadedFile) -> None:
    """Let go of a file's bulk (claims, text, YAML nodes) once nothing will read it again."""
    loaded.claims = {}
    loaded.text = None
    loaded.source = Unplaced()


def load_corpus(
    paths: list[Path],
    encoding: str | None = None,
    max_bytes: int | None = None,
    cwd: Path | None = None,
    rounding: str = "up_or_down",
    stdin: tuple[bytes, str] | None = None,
    progress: Callable[[int], None] | None = None,
) -> Corpus:
    """Load every fact file into memory and resolve `ref:` aliases between them.

    A path ``-`` is standard input: ``stdin`` gives its bytes and the name messages use.
    (`check` and `lint` stream instead: see :mod:`factcheck.runner`.)
    """
    corpus = Corpus(options=LoadOptions(encoding, max_bytes, rounding))
    base = cwd or Path.cwd()
    for i, path in enumerate(paths):
        if str(path) == "-" and stdin is not None:
            data, name = stdin
            corpus.add(load_text(data, name, Path(name), encoding, rounding))
        else:
            corpus.add(corpus.options.load(path, display_path(path, base)))
        if progress is not None:
            progress(i + 1)
    resolve_aliases(corpus)
    return corpus


def display_path(path: Path, base: Path) -> str:
    """The path as messages show it: relative to the working directory when inside it. Bytes of
    a name that are not UTF-8 are shown as escapes (``\\xff``), so every output can print it."""
    try:
        shown = str(path.absolute().relative_to(base.absolute()))
    except ValueError:
        shown = str(path)
    if shown.isascii() or not any("\udc80" <= ch <= "\udcff" for ch in shown):
        return shown
    return shown.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def resolve_aliases(corpus: Corpus, files: list[LoadedFile] | None = None) -> None:
    """Point every `ref:` claim at its target; report dangling references, cycles, and aliases
    whose chain ends in another file's claim with no readable figure.

    Files loaded to answer a reference are resolved in the same pass, one after another (never
    by recursion), so chains of references of any length across files are followed.
    """
    files = list(corpus.files) if files is None else files
    if corpus.loading is not None:  # a file loaded while resolving: resolved in the pass below
        corpus.pending.extend(files)
        return
    corpus.loading = {}
    done: list[LoadedFile] = []
    try:
        queue = deque(files)
        while queue:
            f = queue.popleft()
            _link(corpus, f)
            done.append(f)
            queue.extend(corpus.pending)
            corpus.pending.clear()
    finally:
        corpus.loading = None
        corpus.pending.clear()
    acyclic: set[int] = set()
    for f in done:
        _break_cycles(f, acyclic)
    for f in done:
        _report_unreadable_targets(f)


def _link(corpus: Corpus, f: LoadedFile) -> None:
    for claim in f.claims.values():
        ref = claim.spec.ref
        if ref is None:
            continue
        target = corpus.lookup(ref, f)
        line, col = f.source.value(("claims", claim.id, "ref"))
        if isinstance(target, Message):
            f.add(DANGLING_REFERENCE, Message(msg.AT, where=f"claims.{claim.id}.ref", what=target),
                  line, col)
        elif target is claim:
            f.add(INVALID_CHECK, Message(msg.REFERS_TO_ITSELF, where=f"claims.{claim.id}.ref"),
                  line, col)
        else:
            claim.target = target


def _break_cycles(f: LoadedFile, acyclic: set[int]) -> None:
    """Report and cut every alias whose chain runs into a cycle (each chain walked once)."""
    for claim in f.claims.values():
        if claim.target is None:  # not an alias: no chain to walk
            acyclic.add(id(claim))
            continue
        path: list[int] = []
        on_path: set[int] = set()
        node: ClaimInfo | None = claim
        while node is not None and id(node) not in acyclic:
            if id(node) in on_path:
                line, col = f.source.value(("claims", claim.id, "ref"))
                f.add(INVALID_CHECK, Message(msg.REFERENCE_CYCLE, id=claim.id), line, col)
                claim.target = None
                path = [id(claim)]
                break
            on_path.add(id(node))
            path.append(id(node))
            node = node.target
        acyclic.update(path)


def _report_unreadable_targets(f: LoadedFile) -> None:
    """An alias of a claim in another file whose figure cannot be read: its checks cannot run,
    and that file's own problem may not be part of this run's report."""
    for claim in f.claims.values():
        if claim.target is None:
            continue
        final = claim.resolved
        if final.quantity is not None or final.file is f:
            continue
        line, col = f.source.value(("claims", claim.id, "ref"))
        facts = {"id": claim.id, "ref": repr(claim.spec.ref), "file": final.file.display}
        if final is claim.target:
            f.add(DANGLING_REFERENCE, Message(msg.REF_NO_FIGURE, **facts), line, col)
        else:
            f.add(DANGLING_REFERENCE, Message(msg.REF_LEADS_TO_NO_FIGURE, final=repr(final.key),
                                              **facts), line, col)
