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
    between them — B against A, tied across sentences only: linked, a failure a warning (the run
    still fails: 101万 is an error of its own against 首破200万人大关 in its sentence)."""
    code, doc = article(KAOYAN.format(then="101", span=span))
    [m] = multiples(doc)
    assert figures(m) == {"101万", "377万", "翻了近一番"}
    assert (m["how"], m["verdict"], code) == ("linked", "warning", 1)


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


@pytest.mark.parametrize(("base", "verdict", "code"), [("20.0", "holds", 0), ("25.0", "fails", 1)])
def test_a_doubling_against_the_level_after_bi(article, base, verdict, code) -> None:
    """Form: X为B，比Y年的A增长r%，实现翻番 — the level after 比 is the base, though the sentence
    writes it second (it was taken as the later level: ×0.49 of 翻番, a false alarm); 实现翻番 is
    a target reached, at least ×2 (2.03 holds)."""
    found, doc = article(f"2021年全市工业产值达到40.6亿元，比2020年的{base}亿元增长102.8%，实现翻番。\n")
    [m] = multiples(doc)
    assert figures(m) == {"40.6亿元", f"{base}亿元", "实现翻番"}
    assert (m["how"], m["verdict"], found) == ("stated", verdict, code)
    [claim] = [c for c in m["claims"] if c["written"] == "实现翻番"]
    assert claim["interval"] == {"lo": "2", "hi": "inf", "lo_closed": True, "hi_closed": False}


def test_a_plain_doubling_is_two_times_within_rounding(article) -> None:
    """翻了一番 (no 实现) is ×2 within the levels' rounding: 40.6 against 20.0 (×2.02–2.04) fails."""
    found, doc = article("2021年全市工业产值达到40.6亿元，比2020年的20.0亿元翻了一番。\n")
    [m] = multiples(doc)
    assert (m["verdict"], found) == ("fails", 1)


def test_a_doubling_against_the_level_of_the_earlier_year(article) -> None:
    """Form: Y2年为B，Y1年为A，…翻番 — the level of the earlier year is the base, whatever the order."""
    found, doc = article("2021年销售额为41亿元，2020年为20亿元，一年间翻了一番。\n")
    [m] = multiples(doc)
    assert [c["written"] for c in m["claims"]][:2] == ["41亿元", "20亿元"]
    assert (m["verdict"], found) == ("holds", 0)
