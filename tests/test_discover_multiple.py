"""Multiples found in articles (discover/multiple.py), through `factcheck check ARTICLE`: 翻番
with its two levels in one sentence, or with the level of an earlier year the sentence before
ends with (linked: at most a warning)."""

from __future__ import annotations

import pytest


def multiples(doc: dict) -> list[dict]:
    return [c for c in doc["checks"] if c["kind"] == "multiple"]


def figures(check: dict) -> set[str]:
    return {c["written"] for c in check["claims"]}


KAOYAN = ("近五年，全国考研报名人数迅速增长。2017年研究生报考人数首破200万人大关，达到{then}万。"
          "2021年研究生报考人数达到377万，5年间，考研报名人数翻了近一番。\n")


@pytest.mark.parametrize(("then", "verdict", "exit_code"), [("201", "holds", 0), ("101", "warning", 1)])
def test_a_doubling_against_the_year_the_sentence_before_ends_with(article, then, verdict,
                                                                   exit_code) -> None:
    """Form: Y1年X…达到A。Y2年X达到B，N年间…翻了近一番 — B against A, tied across sentences (a
    warning; 101万 is an error of its own against 首破200万人大关 in its sentence)."""
    code, doc = article(KAOYAN.format(then=then))
    [m] = multiples(doc)
    assert figures(m) == {f"{then}万", "377万", "翻了近一番"}
    assert (m["how"], m["verdict"], code) == ("linked", verdict, exit_code)


def test_a_doubling_in_a_new_paragraph_has_no_level_before(article) -> None:
    """The sentence before is in another paragraph: no level to double from."""
    _, doc = article("2017年研究生报考人数达到201万。\n\n2021年研究生报考人数达到377万，5年间翻了近一番。\n")
    assert multiples(doc) == []


@pytest.mark.parametrize(("now", "verdict", "code"), [("377", "holds", 0), ("477", "fails", 1)])
def test_a_doubling_after_the_span_it_took(article, now, verdict, code) -> None:
    """Form: …A…B，N年间翻了近一番 in one sentence — the span (5年) is no level: B against A."""
    found, doc = article(f"研究生报考人数从2017年的201万增加到2021年的{now}万，5年间翻了近一番。\n")
    [m] = multiples(doc)
    assert figures(m) == {"201万", f"{now}万", "翻了近一番"}
    assert (m["how"], m["verdict"], found) == ("stated", verdict, code)
