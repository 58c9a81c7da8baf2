"""Hostile articles: inputs that once hung or crashed `check` (with an article) and `extract`.

Each test runs the command line; the sizes are ones that took minutes (or crashed) before the fix.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

FACT = "factcheck: 1\narticle: {text: ART}\nclaims:\n  a: {value: 5个, quote: 'QUOTE'}\n"


def _files(tmp_path: Path, article: str, quote: str, name: str = "art.txt") -> None:
    (tmp_path / name).write_text(article, encoding="utf-8")
    fact = FACT.replace("ART", name).replace("QUOTE", quote)
    (tmp_path / "f.yaml").write_text(fact, encoding="utf-8")


def _check(run_cli, tmp_path: Path, *extra: str) -> tuple[int, list[str], str]:
    code, out, err = run_cli(["check", "--isolated", "--format", "concise", "--show-info", *extra,
                              "f.yaml"], cwd=tmp_path)
    return code, [x for x in out.splitlines() if ": FC" in x], err


# --- quote drift: adjacent figures matched as wildcards ------------------------------------------
def test_adjacent_figure_wildcards_against_a_long_digit_run_do_not_hang(tmp_path, run_cli):
    _files(tmp_path, "开头" + "1" * 150 + "结尾\n", "5余5余5余5余5余文字文字")
    code, lines, _ = _check(run_cli, tmp_path)
    assert code == 1
    assert lines == ["f.yaml:4:25: FC020 [error] claims.a.quote: not found in the article art.txt: "
                     "«5余5余5余5余5余文字文字»; the sentence was deleted or reworded — update the quote "
                     "(and the claim) or restore the text"]


def test_drift_of_adjacent_figures_is_still_found_after_a_long_digit_run(tmp_path, run_cli):
    article = "开头" + "1" * 150 + "。\n另有5余5余5余6余5余文字文字。\n"
    _files(tmp_path, article, "5余5余5余5余5余文字文字")
    code, lines, _ = _check(run_cli, tmp_path, "--select", "FC021")
    assert code == 1
    assert lines == ["f.yaml:4:25: FC021 [error] claims.a.quote: figure drift: the fact file has 5余, "
                     "the article now has 6余 at art.txt:2 «5余5余5余6余5余文字文字» — update the claim "
                     "and its quote, or correct the article"]


def test_figures_separated_by_numeral_characters_do_not_hang(tmp_path, run_cli):
    # 5千5千…: every wildcard could end at every 千; a backtracking matcher tries them all
    _files(tmp_path, "开头" + "5千" * 60 + "米结尾\n", "5千5千5千5千5千6千米文字")
    code, lines, _ = _check(run_cli, tmp_path, "--select", "FC020")
    assert code == 1
    assert [x.split(" [error] ")[0] for x in lines] == ["f.yaml:4:25: FC020"]


# --- numbers with thousands of digits --------------------------------------------------------------
LONG = "全年实现地区生产总值227.6亿元。另有" + "1" * 5000 + "家企业。\n"
LONG_FACT = "factcheck: 1\narticle: {text: long.txt}\nclaims:\n" \
            "  gdp: {value: 227.6亿元, quote: 全年实现地区生产总值227.6亿元}\n"
TOO_LONG = ("long.txt:1:21: FC022 [info] uncovered figure " + "1" * 40 + "… (not understood: 5,000 "
            "characters is too long for a figure): no quote of f.yaml covers it: «另有" + "1" * 198 + "…»")


def test_check_reports_a_number_of_thousands_of_digits_as_not_understood(tmp_path, run_cli):
    (tmp_path / "long.txt").write_text(LONG, encoding="utf-8")
    (tmp_path / "f.yaml").write_text(LONG_FACT, encoding="utf-8")
    code, lines, err = _check(run_cli, tmp_path)
    assert (code, lines, err) == (0, [TOO_LONG], "")


def test_check_article_option_with_a_number_of_thousands_of_digits(tmp_path, run_cli):
    (tmp_path / "long.txt").write_text(LONG, encoding="utf-8")
    (tmp_path / "f.yaml").write_text(LONG_FACT.replace("article: {text: long.txt}\n", ""), encoding="utf-8")
    code, lines, err = _check(run_cli, tmp_path, "--article", "long.txt")
    assert (code, lines, err) == (0, [TOO_LONG], "")


def test_quote_with_thousands_of_digits(tmp_path, run_cli):
    digits = "1" * 5000
    (tmp_path / "long.txt").write_text(f"测试{digits}家\n", encoding="utf-8")
    fact = f"factcheck: 1\narticle: {{text: long.txt}}\nclaims:\n  a: {{value: 5家, quote: 测试{digits}家}}\n"
    (tmp_path / "f.yaml").write_text(fact, encoding="utf-8")
    code, lines, err = _check(run_cli, tmp_path, "--select", "FC021")
    assert code == 1 and err == ""
    assert [x.split(": the value")[0] for x in lines] == ["f.yaml:4:25: FC021 [error] claims.a"]


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


# --- articles that are not regular files, or not file names -----------------------------------------
OTHER = "factcheck: 1\nclaims:\n  a: {value: 5个}\n  b: {value: 6个}\nchecks:\n  - {id: c, expect: a == b}\n"
OTHER_FINDING = ("other.yaml:6:5: FC801 [error] 'a == b' does not hold: the left side is 5个, "
                 "the right side 6个")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this platform")
def test_named_pipe_as_article_is_unreadable_and_the_run_goes_on(tmp_path, run_module):
    # a separate process with a timeout: were the pipe opened, the run would block for ever
    os.mkfifo(tmp_path / "art.txt")
    (tmp_path / "f.yaml").write_text(FACT.replace("ART", "art.txt").replace("QUOTE", "新增企业5个"),
                                     encoding="utf-8")
    (tmp_path / "other.yaml").write_text(OTHER, encoding="utf-8")
    code, out, _ = run_module(["check", "--isolated", "--format", "concise", "f.yaml", "other.yaml"],
                              cwd=tmp_path, timeout=30)
    lines = [x for x in out.splitlines() if ": FC" in x]
    assert code == 1
    assert lines[0] == ("f.yaml:2:17: FC023 [error] cannot read the article art.txt: not a regular "
                        "file but a named pipe")
    assert lines[1:] == [OTHER_FINDING]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this platform")
def test_extract_refuses_a_named_pipe(tmp_path, run_module):
    os.mkfifo(tmp_path / "art.txt")
    code, out, err = run_module(["extract", "art.txt"], cwd=tmp_path, timeout=30)
    assert (code, out, err) == (2, "", "factcheck: cannot read the article art.txt: not a regular file "
                                       "but a named pipe\n")


def test_nul_in_the_article_name_is_unreadable_and_the_run_goes_on(tmp_path, run_cli):
    fact = 'factcheck: 1\nclaims:\n  a: {value: 5个, quote: 新增企业5个}\narticle: {text: "a\\0b.txt"}\n'
    (tmp_path / "f.yaml").write_text(fact, encoding="utf-8")
    (tmp_path / "other.yaml").write_text(OTHER, encoding="utf-8")
    code, out, err = run_cli(["check", "--isolated", "--format", "concise", "f.yaml", "other.yaml"],
                             cwd=tmp_path)
    lines = [x for x in out.splitlines() if ": FC" in x]
    assert code == 1 and err == ""
    assert lines[0] == ("f.yaml:4:17: FC023 [error] cannot read the article a\\x00b.txt: invalid file "
                        "name (it contains a NUL byte)")
    assert lines[1:] == [OTHER_FINDING]
