"""The real articles of tests/data/articles, checked as an editor would check them: no error or
warning where a statistician finds the article right, and the recall of figures and relations
does not fall below what it reached (raise the floors when it improves)."""

from __future__ import annotations

import pytest
from corpus import Score, cli_run, corpus, score

GOLD = corpus()
FIGURE_FLOOR = 1733  # of 1866 figures read with the gold interval
RELATION_FLOOR = 304  # of 500 relations a statistician lists, tested


def _doubtful_lines(gold) -> set[int]:
    """Lines where the statistician finds a relation that fails or is not comparable."""
    lines: set[int] = set()
    for r in gold.relations:
        if r.get("holds") is False or r.get("holds") == "not_comparable":
            lines.add(r.get("line", 0))
            for ref in r.get("figures", []):
                if isinstance(ref, dict) and "line" in ref:
                    lines.add(ref["line"])
    return lines


@pytest.fixture(scope="module")
def scores() -> dict[str, tuple[Score, dict]]:
    out = {}
    for gold in GOLD:
        runs: list[dict] = []

        def run(path, *args, runs=runs):
            runs.append(cli_run(path, *args))
            return runs[-1]

        out[gold.name] = (score(gold, run), runs[-1])
    return out


@pytest.mark.parametrize("gold", GOLD, ids=[g.name for g in GOLD])
def test_no_alarm_where_the_statistician_finds_the_article_right(gold, scores):
    _, doc = scores[gold.name]
    doubtful = _doubtful_lines(gold)
    alarms = [f"{f['line']}:{f['column']} {f['code']} {f['message']}" for f in doc["findings"]
              if f["severity"] in ("error", "warning") and f["line"] not in doubtful]
    assert alarms == []


def test_the_one_real_error_of_the_news_corpus_is_found(scores):
    _, doc = scores["news-27prov-q1-2021"]
    errors = [(f["line"], f["code"]) for f in doc["findings"] if f["severity"] == "error"]
    assert errors == [(9, "FC201")]
    message = next(f["message"] for f in doc["findings"] if f["severity"] == "error")
    assert "8个" in message and "27个" in message and "超过三成" in message


def test_recall_does_not_fall(scores):
    found = sum(s.found for s, _ in scores.values())
    tested = sum(s.tested for s, _ in scores.values())
    assert found >= FIGURE_FLOOR
    assert tested >= RELATION_FLOOR
