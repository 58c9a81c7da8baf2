"""Finding the figures of an article (figures.py), through `factcheck extract`: a number too
long to be a figure is listed as not understood, and one endless clause of thousands of
figures is read in linear time, each quote kept short.
"""

from __future__ import annotations

from helpers import LONG


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
