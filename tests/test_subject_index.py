"""The run-wide index of subjects behind cross-file duplicates: in memory, then on disk."""

from __future__ import annotations

import json
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import subjectindex
from factcheck.subjectindex import SubjectStore

KEYS = st.integers(min_value=2, max_value=(1 << 64) - 1)
ENTRY = st.tuples(KEYS, st.integers(0, 10_000), st.sampled_from(["gdp", "a", "b", "增长"]),
                  st.integers(0, (1 << 64) - 1))


@settings(max_examples=60, deadline=None)
@given(entries=st.lists(ENTRY, max_size=40), budget=st.integers(1, 50))
def test_the_store_answers_like_a_dict_on_either_side_of_its_budget(entries, budget):
    store, model = SubjectStore(budget), {}
    for key, file, claim, figure in entries:
        assert store.get(key) == model.get(key)
        if key not in model:
            store.put(key, file, claim, figure)
            model[key] = (file, claim, figure)
    assert all(store.get(k) == v for k, v in model.items())
    assert store.on_disk == (len(model) >= budget)
    store.close()


def test_negative_hashes_are_keys_like_any_other():
    store = SubjectStore(2)
    store.put(hash("地区生产总值") | (1 << 70), 1, "gdp", -5)
    store.put(-12345, 2, "b", 7)  # moves to disk here
    assert store.on_disk
    assert store.get(-12345) == (2, "b", 7)
    assert store.get(hash("地区生产总值") | (1 << 70)) == (1, "gdp", (-5) & ((1 << 64) - 1))
    store.close()


def test_without_a_usable_database_the_store_stays_in_memory(monkeypatch):
    def refuse(self):
        raise OSError("no temporary directory")

    monkeypatch.setattr(subjectindex._DiskStore, "__init__", refuse)
    store = SubjectStore(2)
    for key in range(2, 100):
        store.put(key, key, "c", key)
    assert not store.on_disk
    assert store.get(50) == (50, "c", 50)


def test_a_database_that_fails_later_hands_its_entries_back_to_memory(monkeypatch):
    store = SubjectStore(3)
    for key in range(2, 10):
        store.put(key, key, "c", key)
    assert store.on_disk

    def full(self, *args):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(subjectindex._DiskStore, "put", full)
    store.put(99, 9, "d", 1)
    assert not store.on_disk
    assert [store.get(k) for k in (2, 9, 99)] == [(2, "c", 2), (9, "c", 9), (9, "d", 1)]


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


@pytest.mark.parametrize("budget", [1, 2])
def test_the_index_moves_to_disk_once_and_closes(budget):
    store = SubjectStore(budget)
    for key in range(2, 6):
        store.put(key, 0, "x", key)
    assert store.on_disk
    store.close()
