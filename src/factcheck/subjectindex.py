"""The first claim of every subject seen in a run: in memory up to a budget, then on disk.

Finding the same figure stated twice across files needs one entry per labelled claim of the
whole run, the one structure of `check` that grows with the corpus. Entries are three integers
and a claim id; the latest :data:`MEMORY_ENTRIES` live in memory (a dict from key to a place in
flat arrays). A run with more writes them, a table at a time and in key order, to a temporary
SQLite database whose page cache is bounded, and empties the table, so peak memory stays flat
however many files a run has; a fixed-size filter of the keys on disk answers "not there"
without a query for almost every new key. SQLite is in the standard library; if it cannot be used (no
``_sqlite3``, no writable temporary directory, a full disk) the entries simply stay in memory.
"""

from __future__ import annotations

from array import array
from itertools import repeat
from operator import sub

__all__ = ["MEMORY_ENTRIES", "Entry", "First", "SubjectStore"]

MEMORY_ENTRIES = 1 << 15  # about 4 MB in memory, written to disk each time it fills
_MASK64 = (1 << 64) - 1
_OFFSET = 1 << 63  # SQLite's INTEGER is signed: 64-bit numbers are stored less 2**63
_DISK_CACHE_KB = 1024  # whole tables are written in key order, so a small page cache does
_FILTER_BYTES = 1 << 20  # 8 Mbit: about 1% of new keys queried at 500,000 keys on disk, 5% at 10**6
_QUERY_KEYS = 500  # keys per query (SQLite allows 999 parameters in older builds)

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
        self.claims = array("L")
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
        places, out = self.places, []
        for key, (_, file, claim, figure) in zip(keys, entries, strict=True):
            at = places.get(key)
            if at is not None:
                out.append((self.files[at], self.claim_names[self.claims[at]], self.figures[at]))
                continue
            seen = on_disk.get(key)
            if seen is None:
                self.put(key, file, claim, figure)
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

    def columns(self) -> tuple[list[int], map, map, map]:
        """The keys in order, and their file numbers, claim ids and figure hashes."""
        keys = sorted(self.places)
        at = list(map(self.places.__getitem__, keys))
        return keys, map(self.files.__getitem__, at), \
            map(self.claim_names.__getitem__, map(self.claims.__getitem__, at)), \
            map(self.figures.__getitem__, at)


class _KeyFilter:
    """The keys on disk as two bits each in a fixed bit array (a Bloom filter): a key whose two
    bits are not both set is certainly not on disk; one whose bits are may be (a query says)."""

    __slots__ = ("bits",)

    def __init__(self) -> None:
        self.bits = bytearray(_FILTER_BYTES)

    def add(self, keys: list[int]) -> None:
        bits, last = self.bits, _FILTER_BYTES - 1
        for key in keys:
            bits[key >> 3 & last] |= 1 << (key & 7)
            bits[key >> 35 & last] |= 1 << (key >> 32 & 7)

    def maybe(self, keys) -> list[int]:
        """The keys that may be on disk."""
        bits, last = self.bits, _FILTER_BYTES - 1
        return [key for key in keys if bits[key >> 3 & last] >> (key & 7) & 1
                and bits[key >> 35 & last] >> (key >> 32 & 7) & 1]


class _DiskStore:
    """Entries in a private temporary SQLite database (deleted when closed)."""

    def __init__(self) -> None:
        import sqlite3

        self.errors = (sqlite3.Error, OSError)
        self.held = _KeyFilter()
        self.db = sqlite3.connect("", isolation_level=None)  # "" = temporary, on disk
        try:
            self.db.execute(f"PRAGMA cache_size = -{_DISK_CACHE_KB}")
            self.db.execute("PRAGMA temp_store = FILE")
            self.db.execute("CREATE TABLE first (key INTEGER PRIMARY KEY, file INTEGER, "
                            "claim TEXT, figure INTEGER) WITHOUT ROWID")
            self.db.execute("BEGIN")
        except sqlite3.Error:
            self.db.close()
            raise

    def find(self, keys: list[int]) -> dict[int, First]:
        """The entries stored under some of ``keys`` (distinct), by key; only the keys the
        filter may hold are queried."""
        found: dict[int, First] = {}
        keys = self.held.maybe(keys)
        for i in range(0, len(keys), _QUERY_KEYS):
            chunk = list(map(sub, keys[i:i + _QUERY_KEYS], repeat(_OFFSET)))
            query = f"SELECT * FROM first WHERE key IN ({','.join('?' * len(chunk))})"
            for key, file, claim, figure in self.db.execute(query, chunk):
                found[key + _OFFSET] = (file, claim, figure + _OFFSET)
        return found

    def add(self, keys: list[int], files, claims, figures) -> None:
        """Store entries, in key order, whose keys are not stored yet."""
        self.held.add(keys)
        self.db.executemany("INSERT INTO first VALUES (?, ?, ?, ?)", zip(
            map(sub, keys, repeat(_OFFSET)), files, claims, map(sub, figures, repeat(_OFFSET)),
            strict=True))

    def items(self):
        """Every entry as (key, file, claim, figure)."""
        for key, file, claim, figure in self.db.execute("SELECT * FROM first"):
            yield key + _OFFSET, file, claim, figure + _OFFSET

    def close(self) -> None:
        self.db.close()


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
        """Whether entries have moved to the temporary database."""
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
        """The entries on disk under some of ``keys`` (a key in memory is not on disk)."""
        disk = self.disk
        if disk is None:
            return {}
        places = self.memory.places
        wanted = [key for key in dict.fromkeys(keys) if key not in places]
        if not wanted:
            return {}
        try:
            return disk.find(wanted)
        except disk.errors:
            self._back_to_memory()
            return {}

    def _move_to_disk(self) -> None:
        """Write the table's entries to the database (opened the first time), then empty it."""
        disk = self.disk
        if disk is None:
            try:
                disk = self.disk = _DiskStore()
            except Exception:  # no _sqlite3 module, no temporary directory: stay in memory
                self.memory_entries = 1 << 62
                return
        try:
            disk.add(*self.memory.columns())
        except disk.errors:  # the temporary directory is full: carry on in memory
            self._back_to_memory()
            return
        self.memory.clear()

    def _back_to_memory(self) -> None:
        """The database failed (a full disk): carry on in memory with what it holds."""
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
        """Free the table (and delete the temporary database)."""
        self.memory.clear()
        if self.disk is not None:
            self.disk.close()
            self.disk = None
