"""The first claim of every subject seen in a run: in memory up to a budget, then on disk.

Finding the same figure stated twice across files needs one entry per labelled claim of the
whole run, the one structure of `check` that grows with the corpus. Entries are three integers
and a claim id; the first :data:`MEMORY_ENTRIES` live in a compact open-addressing table (about
40 bytes each), and a run with more moves them to a temporary SQLite database whose page cache
is bounded, so peak memory stays flat however many files a run has. SQLite is in the standard
library; if it cannot be used (no ``_sqlite3``, no writable temporary directory) the table
simply stays in memory.
"""

from __future__ import annotations

from array import array

__all__ = ["MEMORY_ENTRIES", "Entry", "First", "SubjectStore"]

MEMORY_ENTRIES = 1 << 16  # a table of about 3 MB before the index moves to disk
_MASK64 = (1 << 64) - 1
_DISK_CACHE_KB = 4096
_QUERY_KEYS = 500  # keys per query (SQLite allows 999 parameters in older builds)

Entry = tuple[int, int, str, int]  # subject hash, file number, claim id, figure hash
First = tuple[int, str, int]  # file number, claim id, figure hash of the first claim


class _MemoryStore:
    """64-bit key → (file number, claim id, 64-bit figure hash) in three flat arrays; claim ids,
    which repeat across files, are kept once each."""

    __slots__ = ("claim_names", "claim_numbers", "count", "figures", "keys", "mask", "places")

    def __init__(self, size: int = 1 << 12):
        self.claim_numbers: dict[str, int] = {}
        self.claim_names: list[str] = []
        self._allocate(size)

    def _allocate(self, size: int) -> None:
        self.keys = array("Q", bytes(8 * size))
        self.places = array("Q", bytes(8 * size))
        self.figures = array("Q", bytes(8 * size))
        self.mask = size - 1
        self.count = 0

    def _slot(self, key: int) -> int:
        keys, i = self.keys, key & self.mask
        while keys[i] and keys[i] != key:
            i = (i + 1) & self.mask
        return i

    def record(self, entries: list[Entry]) -> list[First | None]:
        """For each entry, the first claim already recorded under its key (None: the entry is
        new, and recorded now)."""
        out: list[First | None] = []
        for key, file, claim, figure in entries:
            i = self._slot((key & _MASK64) or 1)  # 0 marks an empty slot
            if self.keys[i]:
                place = self.places[i]
                out.append((place >> 32, self.claim_names[place & 0xFFFFFFFF], self.figures[i]))
            else:
                self.put(key, file, claim, figure)
                out.append(None)
        return out

    def find(self, key: int) -> First | None:
        """The entry recorded under a key, without recording anything."""
        i = self._slot((key & _MASK64) or 1)
        if not self.keys[i]:
            return None
        place = self.places[i]
        return place >> 32, self.claim_names[place & 0xFFFFFFFF], self.figures[i]

    def put(self, key: int, file: int, claim: str, figure: int) -> None:
        number = self.claim_numbers.get(claim)
        if number is None:
            number = self.claim_numbers[claim] = len(self.claim_names)
            self.claim_names.append(claim)
        self._put((key & _MASK64) or 1, (file << 32) | number, figure & _MASK64)

    def _put(self, key: int, place: int, figure: int) -> None:
        if (self.count + 1) * 5 > (self.mask + 1) * 3:
            self._grow()
        i = self._slot(key)
        if not self.keys[i]:
            self.count += 1
        self.keys[i], self.places[i], self.figures[i] = key, place, figure

    def _grow(self) -> None:
        old = (self.keys, self.places, self.figures)
        self._allocate((self.mask + 1) * 2)
        for key, place, figure in zip(*old, strict=True):
            if key:
                self._put(key, place, figure)

    def items(self):
        """Every entry as (key, file, claim, figure)."""
        for key, place, figure in zip(self.keys, self.places, self.figures, strict=True):
            if key:
                yield key, place >> 32, self.claim_names[place & 0xFFFFFFFF], figure

    def close(self) -> None:
        self._allocate(1)
        self.claim_numbers.clear()
        self.claim_names.clear()


def _signed(n: int) -> int:
    """A 64-bit unsigned number as SQLite's signed INTEGER."""
    return n - (1 << 64) if n >= 1 << 63 else n


class _DiskStore:
    """The same mapping in a private temporary SQLite database (deleted when closed)."""

    def __init__(self) -> None:
        import sqlite3

        self.errors = (sqlite3.Error, OSError)
        self.count = 0
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

    def record(self, entries: list[Entry]) -> list[First | None]:
        """As :meth:`_MemoryStore.record`, with one query for the whole list."""
        keys = [_signed((key & _MASK64) or 1) for key, _, _, _ in entries]
        distinct = list(dict.fromkeys(keys))
        known: dict[int, First] = {}
        for i in range(0, len(distinct), _QUERY_KEYS):
            chunk = distinct[i:i + _QUERY_KEYS]
            query = f"SELECT * FROM first WHERE key IN ({','.join('?' * len(chunk))})"
            for key, file, claim, figure in self.db.execute(query, chunk):
                known[key] = (file, claim, figure & _MASK64)
        out: list[First | None] = []
        new = []
        for skey, (_, file, claim, figure) in zip(keys, entries, strict=True):
            seen = known.get(skey)
            if seen is None:
                known[skey] = (file, claim, figure & _MASK64)
                new.append((skey, file, claim, _signed(figure & _MASK64)))
            out.append(seen)
        self.add(new)
        return out

    def find(self, key: int) -> First | None:
        """The entry recorded under a key, without recording anything."""
        row = self.db.execute("SELECT file, claim, figure FROM first WHERE key = ?",
                              (_signed((key & _MASK64) or 1),)).fetchone()
        return None if row is None else (row[0], row[1], row[2] & _MASK64)

    def add(self, rows) -> None:
        """Insert rows of (signed key, file, claim, signed figure)."""
        before = self.db.total_changes
        self.db.executemany("INSERT OR REPLACE INTO first VALUES (?, ?, ?, ?)", rows)
        self.count += self.db.total_changes - before

    def items(self):
        """Every entry as (key, file, claim, figure)."""
        for key, file, claim, figure in self.db.execute("SELECT * FROM first"):
            yield key & _MASK64, file, claim, figure & _MASK64

    def close(self) -> None:
        self.db.close()


class SubjectStore:
    """Subject hash → (file number, claim id, figure hash) of the first claim with it."""

    def __init__(self, memory_entries: int | None = None):
        self.memory_entries = MEMORY_ENTRIES if memory_entries is None else memory_entries
        self.store: _MemoryStore | _DiskStore = _MemoryStore()

    @property
    def on_disk(self) -> bool:
        """Whether the entries have moved to the temporary database."""
        return isinstance(self.store, _DiskStore)

    def record(self, entries: list[Entry]) -> list[First | None]:
        """Record (key, file number, claim id, figure hash) entries, in order; for each, the
        (file number, claim id, figure hash) first recorded under its key, or None if it is new."""
        store = self.store
        if isinstance(store, _DiskStore):
            try:
                return store.record(entries)
            except store.errors:
                self._back_to_memory()
        out = self.store.record(entries)
        if self.store.count >= self.memory_entries:
            self._move_to_disk()
        return out

    def find(self, key: int) -> First | None:
        """The (file number, claim id, figure hash) recorded under a key, or None."""
        store = self.store
        if isinstance(store, _DiskStore):
            try:
                return store.find(key)
            except store.errors:
                self._back_to_memory()
        return self.store.find(key)

    def _move_to_disk(self) -> None:
        memory = self.store
        try:
            disk = _DiskStore()
        except Exception:  # no _sqlite3 module, no temporary directory: stay in memory
            self.memory_entries = 1 << 62
            return
        try:
            disk.add((_signed(key), file, claim, _signed(figure))
                     for key, file, claim, figure in memory.items())
        except disk.errors:  # the temporary directory is full: stay in memory
            disk.close()
            self.memory_entries = 1 << 62
            return
        memory.close()
        self.store = disk

    def _back_to_memory(self) -> None:
        """The database failed (a full disk): carry on in memory with what it holds."""
        disk = self.store
        memory = _MemoryStore()
        for entry in disk.items():
            memory.put(*entry)
        disk.close()
        self.store = memory
        self.memory_entries = 1 << 62

    def close(self) -> None:
        """Free the table (and delete the temporary database)."""
        self.store.close()
