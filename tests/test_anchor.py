"""Quote anchoring: fact files tied to their article (FC020 quote-not-found, FC021 figure-drift,
FC022 uncovered-figure, FC023 article-unreadable)."""

from __future__ import annotations

import os
import shutil
import textwrap
from pathlib import Path

import pytest
from helpers import LONG

from factcheck.anchor import anchor_corpus, anchor_file, numerals_in
from factcheck.article import article_from_text, normalise_with_map, read_article, strip_markdown
from factcheck.corpus import load_corpus
from factcheck.findings import Severity
from factcheck.loader import load_file
from factcheck.rules import rule

ROOT = Path(__file__).resolve().parents[1]
SEED_FACTS = ROOT / "facts" / "xuejia-2023.yaml"
SEED_ARTICLE = ROOT / "facts" / "xuejia-2023.txt"

GDP_FACTS = """\
factcheck: 1
article: {title: 测试, text: ARTICLE}
claims:
  gdp:
    label: 地区生产总值
    value: 227.6亿元
    growth: 5%
    quote: 全年实现地区生产总值227.6亿元、同比增长5%
  firms:
    label: 新增企业
    value: 43家
    quote: 新增企业43家
"""


def _setup(tmp_path: Path, article: str | bytes, name: str = "article.txt",
           facts: str = GDP_FACTS) -> Path:
    path = tmp_path / name
    if isinstance(article, bytes):
        path.write_bytes(article)
    else:
        path.write_text(textwrap.dedent(article), encoding="utf-8")
    fact = tmp_path / "facts.yaml"
    fact.write_text(facts.replace("ARTICLE", name), encoding="utf-8")
    return fact


def _anchor(fact: Path, article: Path | None = None):
    return anchor_file(load_file(fact), article, cwd=fact.parent).findings


def _codes(findings) -> list[str]:
    return [f.code for f in findings]


# --- the seed article ------------------------------------------------------------------------
def test_untouched_seed_article_gives_no_anchoring_finding():
    findings = anchor_corpus(load_corpus([SEED_FACTS]), cwd=ROOT)
    assert findings == []


def test_changed_figure_in_seed_article_is_reported_at_the_quote_line(tmp_path):
    shutil.copy(SEED_FACTS, tmp_path / SEED_FACTS.name)
    text = SEED_ARTICLE.read_text(encoding="utf-8").replace("227.6亿元", "228.6亿元")
    (tmp_path / SEED_ARTICLE.name).write_text(text, encoding="utf-8")
    loaded = load_file(tmp_path / SEED_FACTS.name)
    findings = anchor_file(loaded, cwd=tmp_path).findings
    assert _codes(findings) == ["FC021"]
    f = findings[0]
    assert (f.line, f.column) == loaded.source.value(("claims", "gdp", "quote"))
    assert f.severity is Severity.ERROR
    assert "227.6亿元" in f.message and "228.6亿元" in f.message
    assert "xuejia-2023.txt:13" in f.message


# --- quotes ------------------------------------------------------------------------------------
def test_quote_found_across_line_breaks(tmp_path):
    fact = _setup(tmp_path, """\
        2023年，全年实现地区
        生产总值227.6亿元、
        同比增长5%。新增企

        业43家。
    """)
    assert _anchor(fact) == []


def test_full_width_punctuation_and_digits_match(tmp_path):
    facts = GDP_FACTS.replace("新增企业43家", "新增企业43家，累计196家")
    article = "全年实现地区生产总值２２７．６亿元、同比增长５％。新增企业４３家, 累计１９６家。"
    fact = _setup(tmp_path, article, facts=facts)
    assert _anchor(fact) == []


def test_curly_and_straight_quotation_marks_match(tmp_path):
    facts = GDP_FACTS.replace("quote: 新增企业43家", 'quote: "新增“专精特新”企业43家"')
    fact = _setup(tmp_path, "全年实现地区生产总值227.6亿元、同比增长5%。新增\"专精特新\"企业43家。",
                  facts=facts)
    assert _anchor(fact) == []


def test_edited_figure_is_figure_drift_naming_both_versions_and_the_line(tmp_path):
    fact = _setup(tmp_path, "标题\n\n全年实现地区生产总值228.6亿元、同比增长5%。新增企业43家。\n")
    findings = _anchor(fact)
    assert _codes(findings) == ["FC021"]
    message = findings[0].message
    assert "227.6亿元" in message and "228.6亿元" in message and "article.txt:3" in message
    assert findings[0].line == 8  # the quote of gdp in the fact file


def test_edited_growth_is_drift_too(tmp_path):
    fact = _setup(tmp_path, "全年实现地区生产总值227.6亿元、同比增长6%。新增企业43家。")
    findings = _anchor(fact)
    assert _codes(findings) == ["FC021"]
    assert "5%" in findings[0].message and "6%" in findings[0].message
    assert "unchanged" not in findings[0].message  # gdp's growth is what changed


def test_chinese_numeral_drift(tmp_path):
    facts = GDP_FACTS + "  listed: {value: 两家, quote: 成为全市仅有的两家主板上市企业}\n"
    article = "全年实现地区生产总值227.6亿元、同比增长5%。新增企业43家。成为全市仅有的三家主板上市企业。"
    fact = _setup(tmp_path, article, facts=facts)
    findings = _anchor(fact)
    assert _codes(findings) == ["FC021"]
    assert "两家" in findings[0].message and "三家" in findings[0].message


def test_deleted_sentence_is_quote_not_found(tmp_path):
    fact = _setup(tmp_path, "全年实现地区生产总值227.6亿元、同比增长5%。")
    findings = _anchor(fact)
    assert _codes(findings) == ["FC020"]
    assert findings[0].line == 12  # the quote of firms
    assert "新增企业43家" in findings[0].message


def test_value_missing_from_its_quote(tmp_path):
    facts = GDP_FACTS.replace("value: 43家", "value: 44家")
    fact = _setup(tmp_path, "全年实现地区生产总值227.6亿元、同比增长5%。新增企业43家。", facts=facts)
    findings = _anchor(fact)
    assert _codes(findings) == ["FC021"]
    assert "44家" in findings[0].message and "43家" in findings[0].message


def test_value_written_differently_from_the_article_still_occurs():
    # 预计6% in 预计增长6%, 六项 in 六位于一体, 100% in 双百分百, 1亿元以上 in 1亿元或1000万美元以上
    from factcheck.anchor import _occurs_in

    assert _occurs_in("预计6%", "城乡居民人均可支配收入预计增长6%")
    assert _occurs_in("六项", "餐饮、便利店六位于一体")
    assert _occurs_in("100%", '腾空率"双百分百"')
    assert _occurs_in("1亿元以上", "招引总投资1亿元或1000万美元以上优质项目")
    assert not _occurs_in("228.6亿元", "全年实现地区生产总值227.6亿元")
    assert numerals_in("227.6亿元、同比增长5%") == [22760000000, 5]


def test_claims_with_ref_or_without_quote_are_skipped(tmp_path):
    facts = GDP_FACTS + "  nq: {value: 99家}\n  alias: {ref: gdp}\n"
    fact = _setup(tmp_path, "全年实现地区生产总值227.6亿元、同比增长5%。新增企业43家。", facts=facts)
    assert _anchor(fact) == []


def test_article_option_overrides_article_text(tmp_path):
    fact = _setup(tmp_path, "没有这些句子。")
    other = tmp_path / "other.txt"
    other.write_text("全年实现地区生产总值227.6亿元、同比增长5%。新增企业43家。", encoding="utf-8")
    assert _codes(_anchor(fact)) == ["FC020", "FC020"]
    assert _anchor(fact, other) == []


# --- encodings and Markdown ----------------------------------------------------------------------
def test_article_with_bom(tmp_path):
    data = "\ufeff全年实现地区生产总值227.6亿元、同比增长5%。新增企业43家。".encode()
    assert _anchor(_setup(tmp_path, data)) == []


def test_gbk_article_is_unreadable_naming_the_encoding(tmp_path):
    data = "全年实现地区生产总值227.6亿元、同比增长5%。新增企业43家。".encode("gbk")
    fact = _setup(tmp_path, data)
    findings = _anchor(fact)
    assert _codes(findings) == ["FC023"]
    assert "GB18030/GBK" in findings[0].message and "iconv" in findings[0].message
    assert findings[0].line == 2  # article.text


def test_missing_article_is_unreadable(tmp_path):
    fact = tmp_path / "facts.yaml"
    fact.write_text(GDP_FACTS.replace("ARTICLE", "nowhere.txt"), encoding="utf-8")
    findings = _anchor(fact)
    assert _codes(findings) == ["FC023"]
    assert "no such file" in findings[0].message


def test_markdown_article_is_stripped(tmp_path):
    fact = _setup(tmp_path, """\
        # 经济运行

        - 全年实现**地区生产总值**227.6亿元、同比增长5%。
        - 新增[企业](https://example.com)43家。
    """, name="article.md")
    assert _anchor(fact) == []


def test_strip_markdown_keeps_lines_and_subscripts():
    md = "## 标题\n\n> 引用**加粗**\n\n```\n代码 12个\n```\nPM_{2.5}浓度 *32* 微克\n"
    plain = strip_markdown(md)
    assert plain.split("\n") == ["标题", "", "引用加粗", "", "", "", "", "PM_{2.5}浓度 32 微克", ""]


def test_normalised_offsets_map_back_to_lines():
    article = article_from_text("第一行\n全年实现  地区生产总值\n227.6亿元", "a.txt")
    norm = article.anchor
    i = norm.text.index("227.6")
    assert article.line_of(norm.original_span(i, i + 1)[0]) == 3
    assert normalise_with_map("１２ ３").text == "123"
    assert normalise_with_map("12 3", keep_ascii_gaps=True).text == "12 3"


def test_read_article_refuses_gbk(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("地区生产总值".encode("gbk"))
    with pytest.raises(OSError, match="GB18030/GBK"):
        read_article(path)


# --- uncovered figures ---------------------------------------------------------------------------
def test_uncovered_figures_are_info_at_the_article_line(tmp_path):
    fact = _setup(tmp_path, "全年实现地区生产总值227.6亿元、同比增长5%。新增企业43家。\n另有25家后备企业。\n")
    findings = _anchor(fact)
    assert _codes(findings) == ["FC022"]
    f = findings[0]
    assert (f.severity, f.file, f.line) == (Severity.INFO, "article.txt", 2)
    assert "25家" in f.message and "另有25家后备企业" in f.message


def test_explain_docs_for_the_new_codes():
    anchoring = [rule(code) for code in ("FC020", "FC021", "FC022", "FC023")]
    assert anchoring[2].severity is Severity.INFO
    for p in anchoring:
        assert "## What it checks" in p.doc and "## Example" in p.doc


# --- hostile articles: inputs that once hung or crashed `check` with an article -----------------

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
