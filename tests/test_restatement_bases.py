"""Two counts of one sentence whose subjects differ only by the base they are compared on
(环比下降的城市达54个，同比下降的城市为37个) are two figures, not one restated: the restatement rule
of discover/duplicate.py reads the subject named again with its base of comparison. Source: 中国经济网,
2012-02-18, on the 70 大中城市 housing prices of January 2012 (tests/data/fresh18)."""

from helpers import checks_of, error_findings

TWO_BASES = ("而二手房方面，环比下降的城市达54个，同比下降的城市为37个。")


def test_counts_on_two_bases_are_two_figures(article):
    code, doc = article(TWO_BASES)
    assert code == 0 and error_findings(doc) == []
    assert checks_of(doc, "duplicate") == []


def test_a_restatement_without_another_base_still_pairs(article):
    code, doc = article("全年全市地区生产总值突破8万亿元，达到7.3万亿元。")
    assert code == 1
    assert any("7.3万亿元" in f["message"] for f in error_findings(doc))
