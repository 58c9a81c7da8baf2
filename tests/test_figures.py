"""Finding the figures of an article (figures.py), through `factcheck extract`: a number too
long to be a figure is listed as not understood, and one endless clause of thousands of
figures is read in linear time, each quote kept short.
"""

from __future__ import annotations

import json

import pytest
from helpers import LONG, cli


# --- numbers of thousands of digits ------------------------------------------------------------
def test_extract_lists_numbers_of_thousands_of_digits_as_not_understood(tmp_path, run_cli):
    text = LONG + "百分之" + "五" * 5000 + "。比例为" + "2" * 5000 + ":1。\n"
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    code, out, err = run_cli(["extract", "long.txt"], cwd=tmp_path)
    assert code == 0
    assert err.splitlines() == [
        "long.txt: 4 figures found, 1 read, 3 not understood; drafted 1 claims and 0 suggested checks "
        "(3 more suggestions as comments)",
        "  line 1: " + "1" * 40 + "… — 5,000 characters is too long for a figure",
        "  line 2: " + "五" * 40 + "… — 5,000 characters is too long for a figure",
        "  line 2: " + "2" * 40 + "… — 5,002 characters is too long for a figure",
    ]
    assert "value: 227.6亿元" in out


# --- extract: one clause of thousands of figures -------------------------------------------------
def test_extract_of_one_endless_clause_is_linear_and_quotes_stay_short(tmp_path, run_cli):
    text = "新增企业3家" * 4000
    (tmp_path / "a.txt").write_text(text + "\n", encoding="utf-8")
    code, out, err = run_cli(["extract", "a.txt"], cwd=tmp_path)
    assert code == 0
    assert err == ("a.txt: 4000 figures found, 4000 read, 0 not understood; drafted 4000 claims and 0 "
                   "suggested checks\n")
    quotes = [x.strip() for x in out.splitlines() if x.strip().startswith("quote: ")]
    assert len(quotes) == 4000
    # the clause, but at most 100 characters either side of the figure (3家 of the 2001st is at 12004)
    assert quotes[0] == "quote: " + text[:106]
    assert quotes[2000] == "quote: " + text[12004 - 100:12006 + 100]


# --- names listed right before their count ----------------------------------------------------

HAIDIAN = ("不仅如此，海淀区还有一条大学数量全国第一的街道——学院路，汇集了中国农业大学、北京林业大学、"
           "中国地质大学（北京）、北京语言大学、北京科技大学、中国矿业大学（北京）共六所高校。")


def _names(text: str) -> dict[str, list[str] | None]:
    from factcheck.figures import figures_in_text

    return {f.written: f.names for f in figures_in_text(text)}


def test_a_list_right_before_its_count_names_what_it_counts():
    assert _names(HAIDIAN)["六所"] == ["中国农业大学", "北京林业大学", "中国地质大学(北京)",
                                       "北京语言大学", "北京科技大学", "中国矿业大学(北京)"]
    assert _names("有长青科技、天元智能两家企业。")["两家"] == ["长青科技", "天元智能"]


def test_a_list_of_clauses_or_figures_is_not_a_list_of_names():
    assert _names("全年打井34眼、引泉7处。")["7处"] is None
    assert _names("目前运营4条航线、通航七个城市。")["七个"] is None
    assert _names("珠海、惠州的IPO企业数量也由1家增至2家。")["1家"] is None


@pytest.mark.parametrize(("count", "code"), [("六所", 0), ("五所", 1), ("七所", 1)])
def test_a_changed_count_of_listed_names_is_an_error_at_the_count(tmp_path, count, code):
    article = tmp_path / "haidian.txt"
    article.write_text(HAIDIAN.replace("六所", count), encoding="utf-8")
    rc, out, _ = cli("check", "--format", "json", str(article), cwd=tmp_path)
    findings = json.loads(out)["findings"]
    assert rc == code
    if code:
        (f,) = findings
        assert f["code"] == "FC601" and (f["line"], f["column"]) == (1, HAIDIAN.index("共六所") + 1)
