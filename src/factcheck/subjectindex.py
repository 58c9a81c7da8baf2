"""The first claim of every subject seen in a run: in memory up to a budget, then on disk.

Finding the same figure stated twice across files needs one entry per labelled claim of the
whole run, the one structure of `check` that grows with the corpus. Entries are three integers
and a claim id; the latest :data:`MEMORY_ENTRIES` live in memory (a dict from key to a place in
flat arrays). A run with more writes them, each time the table fills, as one sorted run of flat
arrays to a private temporary file, and empties the table; only every :data:`_STRIDE`-th key of
each run stays in memory (to find the block a key would be in), so peak memory stays flat however
many files a run has, and a fixed-size filter of the keys on disk answers "not there" without a
read for almost every new key. If no temporary file can be written (no writable temporary
directory, a full disk) the entries simply stay in memory.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from itertools import accumulate

__all__ = ["MEMORY_ENTRIES", "Entry", "First", "SubjectStore"]

MEMORY_ENTRIES = 1 << 14  # about 2 MB in memory, written to disk each time it fills
_MASK64 = (1 << 64) - 1
_STRIDE = 128  # keys per block of a run on disk: one read of 1 KB finds a key or its absence
_FILTER_BYTES = 1 << 20  # 8 Mbit: about 1% of new keys read at 500,000 keys on disk, 5% at 10**6
_ENCODING = ("utf-8", "surrogatepass")

Entry = tuple[int, int, str, int]  # subject hash, file number, claim id, figure hash
First = tuple[int, str, int]  # file number, claim id, figure hash of the first claim


class _MemoryStore:
    """64-bit key → (file number, claim id, 64-bit figure hash): a dict from key to a place in
    three flat arrays; claim ids, which repeat across files, are kept once each."""

    __slots__ = ("claim_names", "claim_numbers", "claims", "figures", "files", "places")

    def __init__(self) -> None:
        self.clear()

    def clear(self) -> None:
        """Forget every entry."""
        self.places: dict[int, int] = {}
        self.files = array("Q")
        self.claims = array("Q")
        self.figures = array("Q")
        self.claim_numbers: dict[str, int] = {}
        self.claim_names: list[str] = []

    @property
    def count(self) -> int:
        return len(self.places)

    def record(self, keys: list[int], entries: list[Entry], on_disk: dict[int, First]
               ) -> list[First | None]:
        """For each entry (under its key from ``keys``), the first claim already recorded under
        the key, here or in ``on_disk``; None if the entry is new, and recorded now."""
        places, files, claims, figures = self.places, self.files, self.claims, self.figures
        numbers, names, out = self.claim_numbers, self.claim_names, []
        for key, (_, file, claim, figure) in zip(keys, entries, strict=True):
            at = places.get(key)
            if at is not None:
                out.append((files[at], names[claims[at]], figures[at]))
                continue
            seen = on_disk.get(key) if on_disk else None
            if seen is None:  # new: recorded here (as put() does, inline: a call per claim)
                number = numbers.get(claim)
                if number is None:
                    number = numbers[claim] = len(names)
                    names.append(claim)
                places[key] = len(files)
                files.append(file)
                claims.append(number)
                figures.append(figure & _MASK64)
            out.append(seen)
        return out

    def find(self, key: int) -> First | None:
        """The entry recorded under a key, without recording anything."""
        at = self.places.get(key)
        if at is None:
            return None
        return self.files[at], self.claim_names[self.claims[at]], self.figures[at]

    def put(self, key: int, file: int, claim: str, figure: int) -> None:
        number = self.claim_numbers.get(claim)
        if number is None:
            number = self.claim_numbers[claim] = len(self.claim_names)
            self.claim_names.append(claim)
        self.places[key] = len(self.files)
        self.files.append(file)
        self.claims.append(number)
        self.figures.append(figure & _MASK64)

    def columns(self) -> tuple[array, array, array, array, list[str]]:
        """The keys in order, their file numbers, claim numbers and figure hashes, and the
        claim ids the numbers stand for."""
        keys = sorted(self.places)
        at = list(map(self.places.__getitem__, keys))
        return array("Q", keys), array("Q", map(self.files.__getitem__, at)), \
            array("Q", map(self.claims.__getitem__, at)), \
            array("Q", map(self.figures.__getitem__, at)), self.claim_names


class _KeyFilter:
    """The keys on disk as two bits each in a fixed bit array (a Bloom filter): a key whose two
    bits are not both set is certainly not on disk; one whose bits are may be (a read says)."""

    __slots__ = ("bits",)

    def __init__(self) -> None:
        self.bits = bytearray(_FILTER_BYTES)

    def add(self, keys) -> None:
        bits, last = self.bits, _FILTER_BYTES - 1
        for key in keys:
            bits[key >> 3 & last] |= 1 << (key & 7)
            bits[key >> 35 & last] |= 1 << (key >> 32 & 7)

    def maybe(self, keys) -> list[int]:
        """The keys that may be on disk."""
        bits, last = self.bits, _FILTER_BYTES - 1
        return [key for key in keys if bits[key >> 3 & last] >> (key & 7) & 1
                and bits[key >> 35 & last] >> (key >> 32 & 7) & 1]


class _Run:
    """Where one sorted run lies in the file: its columns (8-byte integers) and claim ids (the
    end of each in a block of UTF-8), and every :data:`_STRIDE`-th key, in memory."""

    __slots__ = ("claims_at", "count", "ends_at", "fences", "figures_at", "files_at", "keys_at",
                 "names_at")

    def __init__(self, count: int, fences: array, at: list[int]) -> None:
        self.count, self.fences = count, fences
        self.keys_at, self.files_at, self.claims_at, self.figures_at, self.ends_at, \
            self.names_at = at


class _DiskStore:
    """Entries in sorted runs of a private temporary file (deleted when closed)."""

    def __init__(self) -> None:
        import tempfile

        self.errors = (OSError,)
        self.held = _KeyFilter()
        self.file = tempfile.TemporaryFile(buffering=0)  # noqa: SIM115 (closed by close())
        self.size = 0
        self.runs: list[_Run] = []

    def find(self, keys: list[int]) -> dict[int, First]:
        """The entries stored under some of ``keys`` (distinct), by key; only the keys the
        filter may hold are read for."""
        found: dict[int, First] = {}
        for key in dict.fromkeys(self.held.maybe(keys)):
            for run in self.runs:
                at = self._place(run, key)
                if at is not None:
                    found[key] = self._entry(run, at)
                    break
        return found

    def _place(self, run: _Run, key: int) -> int | None:
        """The place of ``key`` in a run, or None: the block it would be in is read."""
        block = bisect_right(run.fences, key) - 1
        if block < 0:
            return None
        first = block * _STRIDE
        keys = self._read(run.keys_at + 8 * first, min(_STRIDE, run.count - first))
        i = bisect_left(keys, key)
        return first + i if i < len(keys) and keys[i] == key else None

    def _entry(self, run: _Run, at: int) -> First:
        (file,) = self._read(run.files_at + 8 * at, 1)
        (number,) = self._read(run.claims_at + 8 * at, 1)
        (figure,) = self._read(run.figures_at + 8 * at, 1)
        start, end = (0, *self._read(run.ends_at, 1)) if number == 0 else \
            self._read(run.ends_at + 8 * (number - 1), 2)
        self.file.seek(run.names_at + start)
        return file, self.file.read(end - start).decode(*_ENCODING), figure

    def _read(self, offset: int, count: int) -> array:
        """``count`` 8-byte integers of the file from ``offset``."""
        self.file.seek(offset)
        out = array("Q")
        out.frombytes(self.file.read(8 * count))
        if len(out) != count:
            raise OSError("the temporary file of the subject store is shorter than written")
        return out

    def add(self, keys: array, files: array, claims: array, figures: array, names: list[str]
            ) -> None:
        """Store entries, in key order, whose keys are not stored yet (one run, written at the
        end of the file)."""
        encoded = [name.encode(*_ENCODING) for name in names]
        parts = [keys.tobytes(), files.tobytes(), claims.tobytes(), figures.tobytes(),
                 array("Q", accumulate(map(len, encoded))).tobytes(), b"".join(encoded)]
        at = list(accumulate(map(len, parts[:-1]), initial=self.size))
        self.file.seek(self.size)
        for part in parts:
            view = memoryview(part)
            while view:
                view = view[self.file.write(view):]
        self.size += sum(map(len, parts))
        self.runs.append(_Run(len(keys), keys[::_STRIDE], at))
        self.held.add(keys)

    def items(self):
        """Every entry as (key, file, claim, figure)."""
        for run in self.runs:
            keys, files, claims, figures = (self._read(at, run.count) for at in (
                run.keys_at, run.files_at, run.claims_at, run.figures_at))
            ends = self._read(run.ends_at, (run.names_at - run.ends_at) // 8)
            self.file.seek(run.names_at)
            blob = self.file.read(ends[-1] if ends else 0)
            names = [blob[start:end].decode(*_ENCODING)
                     for start, end in zip((0, *ends), ends, strict=False)]
            yield from zip(keys, files, map(names.__getitem__, claims), figures, strict=True)

    def close(self) -> None:
        self.file.close()


class SubjectStore:
    """Subject hash → (file number, claim id, figure hash) of the first claim with it.

    The latest entries are in memory, the others (once the table has filled) on disk; a key is
    in one of the two only."""

    def __init__(self, memory_entries: int | None = None):
        self.memory_entries = MEMORY_ENTRIES if memory_entries is None else memory_entries
        self.memory = _MemoryStore()
        self.disk: _DiskStore | None = None

    @property
    def on_disk(self) -> bool:
        """Whether entries have moved to the temporary file."""
        return self.disk is not None

    def record(self, entries: list[Entry]) -> list[First | None]:
        """Record (key, file number, claim id, figure hash) entries, in order; for each, the
        (file number, claim id, figure hash) first recorded under its key, or None if it is new."""
        keys = [key & _MASK64 for key, _, _, _ in entries]
        out = self.memory.record(keys, entries, self._on_disk(keys))
        if self.memory.count >= self.memory_entries:
            self._move_to_disk()
        return out

    def find(self, keys: list[int]) -> list[First | None]:
        """For each key, the (file number, claim id, figure hash) recorded under it, or None."""
        keys = [key & _MASK64 for key in keys]
        on_disk = self._on_disk(keys)
        memory = self.memory
        return [memory.find(key) or on_disk.get(key) for key in keys]

    def _on_disk(self, keys: list[int]) -> dict[int, First]:
        """The entries on disk under some of ``keys`` (a key in memory is not on disk: looking it
        up there finds nothing)."""
        disk = self.disk
        if disk is None:
            return {}
        try:
            return disk.find(keys)
        except disk.errors:
            self._back_to_memory()
            return {}

    def _move_to_disk(self) -> None:
        """Write the table's entries to the temporary file (opened the first time) as a run, then
        empty it."""
        disk = self.disk
        if disk is None:
            try:
                disk = self.disk = _DiskStore()
            except OSError:  # no writable temporary directory: stay in memory
                self.memory_entries = 1 << 62
                return
        try:
            disk.add(*self.memory.columns())
        except disk.errors:  # the temporary directory is full: carry on in memory
            self._back_to_memory()
            return
        self.memory.clear()

    def _back_to_memory(self) -> None:
        """The temporary file failed (a full disk): carry on in memory with what it holds."""
        disk, memory = self.disk, self.memory
        assert disk is not None
        try:
            for key, file, claim, figure in disk.items():
                if key not in memory.places:  # a table written in part is still in memory
                    memory.put(key, file, claim, figure)
        finally:
            disk.close()
            self.disk = None
            self.memory_entries = 1 << 62

    def close(self) -> None:
        """Free the table (and delete the temporary file)."""
        self.memory.clear()
        if self.disk is not None:
            self.disk.close()
            self.disk = None
