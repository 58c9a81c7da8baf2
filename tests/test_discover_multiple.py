"""Multiples found in articles (discover/multiple.py), through `factcheck check ARTICLE`: 翻番
with its two levels in one sentence, or with the level of an earlier year the sentence before
ends with (linked: at most a warning; stated when it names the span between the years)."""

from __future__ import annotations

import pytest


def multiples(doc: dict) -> list[dict]:
    return [c for c in doc["checks"] if c["kind"] == "multiple"]


def figures(check: dict) -> set[str]:
    return {c["written"] for c in check["claims"]}


KAOYAN = ("近五年，全国考研报名人数迅速增长。2017年研究生报考人数首破200万人大关，达到{then}万。"
          "2021年研究生报考人数达到377万，{span}考研报名人数翻了近一番。\n")


@pytest.mark.parametrize(("then", "verdict", "code"), [("201", "holds", 0), ("101", "fails", 1)])
def test_a_doubling_over_the_span_between_the_years_of_two_sentences(article, then, verdict,
                                                                     code) -> None:
    """Form: Y1年X…达到A。Y2年X达到B，N年间…翻了近一番 — B against A; the span N (5年间 from 2017
    to 2021: the years counted with or without the first) names the earlier year, so the
    sentence states the relation and a wrong doubling is an error."""
    found, doc = article(KAOYAN.format(then=then, span="5年间，"))
    [m] = multiples(doc)
    assert figures(m) == {f"{then}万", "377万", "翻了近一番"}
    assert (m["how"], m["verdict"], found) == ("stated", verdict, code)


@pytest.mark.parametrize("span", ["", "10年间，"])
def test_a_doubling_against_the_year_the_sentence_before_ends_with(article, span) -> None:
    """Form: Y1年X…达到A。Y2年X达到B，…翻了近一番 with no span, or a span that is not the years
    between them — B against A, tied across sentences only: linked, a failure a warning."""
    code, doc = article(KAOYAN.format(then="101", span=span))
    [m] = multiples(doc)
    assert figures(m) == {"101万", "377万", "翻了近一番"}
    assert (m["how"], m["verdict"], code) == ("linked", "warning", 0)


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
