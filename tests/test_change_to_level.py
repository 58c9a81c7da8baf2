"""增加236万股至17926.15万股: after a word of change, 至 leads from the change to its new level,
and the start level the sentence opens with ties the three (new − start = the change)."""

from __future__ import annotations

from helpers import checks_of

# smoke20 kaite-annual-2024-filing-reportify line 6 (凯特 2024 annual report summary)
SHARES = "公司普通股期初总股本17690.15万股，本期增加236万股至17926.15万股，普通股股东人数为5329人。\n"
# smoke8 (业绩预告): a forecast range after 盈利, not a change
FORECAST = "其中，康跃科技预计上半年业绩增幅最高，预计上半年盈利6200万元至6500万元，比上年同期提升88%。\n"


def test_a_change_to_its_new_level_after_the_start_level_is_a_stated_difference(article) -> None:
    _, doc = article(SHARES)
    assert checks_of(doc, "expression") == [("holds", ["17926.15万股", "17690.15万股", "236万股"])]


def test_a_changed_new_level_is_an_error_naming_it(article) -> None:
    code, doc = article(SHARES.replace("17926.15万股", "17962.15万股"))
    assert code == 1
    errors = [f for f in doc["findings"] if f["severity"] == "error"]
    assert any("17962.15万股" in [c["written"] for c in f["claims"]] for f in errors)


def _values(run_cli, tmp_path, text: str) -> list[str]:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    _, out, _ = run_cli(["extract", str(path)])
    return [line.split("value:", 1)[1].strip() for line in out.splitlines() if "value:" in line]


def test_the_change_and_the_new_level_are_two_figures(run_cli, tmp_path) -> None:
    assert _values(run_cli, tmp_path, SHARES)[:3] == ["17690.15万股", "236万股", "17926.15万股"]


def test_a_range_stays_a_range(run_cli, tmp_path) -> None:
    assert "预计6200万元至6500万元" in _values(run_cli, tmp_path, FORECAST)
    # near ends after a word of change are a range too (a constructed look-alike)
    near = _values(run_cli, tmp_path, "预计全年净利润增加5000万元至6000万元。\n")
    assert near == ["预计5000万元至6000万元"]
