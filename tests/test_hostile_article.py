"""Hostile articles: inputs that once hung or crashed `check` (with an article) and `extract`.

Each test runs the command line; the sizes are ones that took minutes (or crashed) before the fix.
"""

from __future__ import annotations

from pathlib import Path

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
