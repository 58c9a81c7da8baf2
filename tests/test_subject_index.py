"""The run-wide index of subjects behind cross-file duplicates: in memory, then on disk."""

from __future__ import annotations

import errno
import json
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import subjectindex
from factcheck.subjectindex import SubjectStore

KEYS = st.integers(min_value=2, max_value=(1 << 64) - 1)
ENTRY = st.tuples(KEYS, st.integers(0, 10_000), st.sampled_from(["gdp", "a", "b", "增长"]),
                  st.integers(0, (1 << 64) - 1))


def model_record(model: dict, entries) -> list:
    out = []
    for key, file, claim, figure in entries:
        out.append(model.get(key))
        model.setdefault(key, (file, claim, figure))
    return out


@settings(max_examples=80, deadline=None)
@given(batches=st.lists(st.lists(ENTRY, max_size=12), max_size=8), budget=st.integers(1, 40),
       repeat=st.booleans())
def test_the_store_answers_like_a_dict_on_either_side_of_its_budget(batches, budget, repeat):
    store, model = SubjectStore(budget), {}
    for batch in batches:
        if repeat and batch:
            batch = [*batch, batch[0]]  # the same subject twice in one file
        assert store.record(batch) == model_record(model, batch)
    everything = [(k, 0, "x", 0) for k in model]
    assert store.record(everything) == [model[k] for k in model]
    assert store.on_disk == (len(model) >= budget)
    store.close()


def test_keys_and_figures_use_all_64_bits_and_negative_hashes():
    store = SubjectStore(2)
    big, negative = (1 << 64) - 1, -12345
    assert store.record([(big, 1, "gdp", big), (negative, 2, "b", -5)]) == [None, None]
    assert store.on_disk
    assert store.record([(big, 9, "x", 0), (negative, 9, "y", 0)]) == [
        (1, "gdp", big), (2, "b", (-5) & big)]
    store.close()


def test_without_a_usable_database_the_store_stays_in_memory(monkeypatch):
    def refuse(self):
        raise OSError("no temporary directory")

    monkeypatch.setattr(subjectindex._DiskStore, "__init__", refuse)
    store = SubjectStore(2)
    store.record([(key, key, "c", key) for key in range(2, 100)])
    assert not store.on_disk
    assert store.record([(50, 0, "d", 0)]) == [(50, "c", 50)]


def test_a_temporary_file_that_fails_later_hands_its_entries_back_to_memory(monkeypatch):
    store = SubjectStore(3)
    store.record([(key, key, "c", key) for key in range(2, 10)])
    assert store.on_disk

    def full(self, *columns):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(subjectindex._DiskStore, "add", full)
    assert store.record([(99, 9, "d", 1), (2, 9, "e", 1), (98, 9, "f", 1), (97, 9, "g", 1)]) == [
        None, (2, "c", 2), None, None]  # the table filled again, and could not be written
    assert not store.on_disk
    assert store.record([(k, 0, "z", 0) for k in (2, 9, 99)]) == [
        (2, "c", 2), (9, "c", 9), (9, "d", 1)]


def test_a_read_that_fails_hands_the_entries_back_to_memory(monkeypatch):
    store = SubjectStore(3)
    store.record([(key, key, "c", key) for key in range(2, 10)])

    def broken(self, keys):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(subjectindex._DiskStore, "find", broken)
    assert store.find([5, 99]) == [(5, "c", 5), None]
    assert not store.on_disk
    assert store.record([(5, 0, "z", 0), (99, 1, "y", 0)]) == [(5, "c", 5), None]


def test_keys_on_disk_are_queried_only_when_the_filter_may_hold_them():
    """The filter answers "new" for keys it does not hold; a key it holds by chance (its two bits
    set by another key) is still looked up, found absent and recorded as new."""
    store = SubjectStore(2)
    on_disk = 0x1234_5678_9ABC_DEF0
    store.record([(on_disk, 1, "gdp", 7), (3, 1, "b", 0)])
    assert store.disk is not None
    searched: list[int] = []
    place = store.disk._place
    store.disk._place = lambda run, key: searched.append(key) or place(run, key)
    assert store.record([(0x0F0F_0000_0000_0001, 2, "new", 0)]) == [None]
    assert searched == []
    lookalike = on_disk ^ (1 << 60)  # bit 60 is not one the filter reads: the same two bits
    assert store.record([(lookalike, 2, "x", 5), (on_disk, 2, "y", 0)]) == [None, (1, "gdp", 7)]
    assert searched == [lookalike, on_disk]
    assert store.find([lookalike, on_disk, 5]) == [(2, "x", 5), (1, "gdp", 7), None]
    store.close()


@pytest.mark.parametrize("size", [499, 500, 501, 1200])
def test_a_file_with_more_subjects_than_one_query_takes(size):
    store = SubjectStore(1)
    entries = [(key, 0, f"c{key}", key) for key in range(2, size + 2)]
    assert store.record(entries) == [None] * size
    assert store.record(entries) == [(0, f"c{key}", key) for key in range(2, size + 2)]
    store.close()


def test_runs_on_disk_answer_for_every_key_of_every_block():
    """Past the budget, each filled table is a sorted run on disk read a block at a time: every
    key of every run (first and last of a block, of a run) reads back its own entry, claim ids
    in any script included, and keys never recorded read back nothing."""
    rnd = random.Random(5)
    keys = list(dict.fromkeys(rnd.getrandbits(64) for _ in range(3000)))
    entries = [(key, i, f"增长{i % 97}", rnd.getrandbits(64)) for i, key in enumerate(keys)]
    store = SubjectStore(subjectindex._STRIDE * 2 + 7)  # runs of two blocks and a few keys more
    for i in range(0, len(entries), 50):  # a file's claims at a time
        assert store.record(entries[i:i + 50]) == [None] * len(entries[i:i + 50])
    assert store.on_disk and len(store.disk.runs) >= 10
    absent = [key ^ 1 for key in keys if key ^ 1 not in set(keys)][:200]
    assert len(absent) == 200
    expected = [(i, claim, figure) for _, i, claim, figure in entries]
    assert store.find(keys) == expected
    assert store.find(absent) == [None] * len(absent)
    assert store.record([(key, 0, "z", 0) for key in keys]) == expected
    store.close()


def test_entries_of_every_run_come_back_to_memory_when_the_file_fails(monkeypatch):
    """A full disk after several runs were written: every entry written is read back into
    memory, and the store answers as before."""
    store = SubjectStore(100)
    entries = [(key * 7919, key, f"c{key % 13}", key) for key in range(2, 460)]
    for i in range(0, len(entries), 20):
        store.record(entries[i:i + 20])
    assert len(store.disk.runs) == 4

    def full(self, *columns):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(subjectindex._DiskStore, "add", full)
    store.record([(key * 7919 + 1, 0, "d", 0) for key in range(2, 102)])
    assert not store.on_disk
    assert store.find([key for key, _, _, _ in entries]) == [
        (file, claim, figure) for _, file, claim, figure in entries]
    store.close()


REPORT = """\
factcheck: 1
article: {{place: 薛家镇, period: 2023}}
claims:
  gdp: {{label: 地区生产总值, value: {gdp}}}
  own{i}: {{label: 指标{i}, value: {i}个}}
"""


def test_a_run_past_the_budget_reports_exactly_what_an_in_memory_run_does(
        run_cli, tmp_path, monkeypatch):
    for i in range(30):
        gdp = "226.7亿元" if i % 7 == 3 else "227.6亿元"
        (tmp_path / f"r{i:02d}.yaml").write_text(REPORT.format(gdp=gdp, i=i), encoding="utf-8")
    args = ["check", ".", "--format", "json", "--isolated", "--jobs", "1"]
    in_memory = run_cli(args, cwd=tmp_path)
    monkeypatch.setattr(subjectindex, "MEMORY_ENTRIES", 4)
    on_disk = run_cli(args, cwd=tmp_path)
    assert on_disk == in_memory
    code, out, _ = in_memory
    findings = json.loads(out)["findings"]
    assert code == 1
    assert [(f["code"], f["file"], f["claims"][0]["id"]) for f in findings] == [
        ("FC901", f"r{i:02d}.yaml", "r00/gdp") for i in (3, 10, 17, 24)]
