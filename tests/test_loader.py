"""Loading fact files: every problem at its line and column, with its code, and no crash."""

from __future__ import annotations

import time
from fractions import Fraction as F
from pathlib import Path

import pytest

from factcheck.corpus import load_corpus, resolve_aliases
from factcheck.interval import Interval
from factcheck.loader import LoadedFile, load_file


def problems(loaded: LoadedFile) -> list[tuple[str, int, int]]:
    """(code, line, column) of every problem, in file order."""
    return sorted((p.code, p.line, p.column) for p in loaded.problems)


def only(loaded: LoadedFile, code: str):
    found = [p for p in loaded.problems if p.code == code]
    assert len(found) == 1, [(p.code, p.message) for p in loaded.problems]
    return found[0]


def test_valid_file_has_no_problems(write_fact):
    loaded = load_file(
        write_fact(
            """
            factcheck: 1
            article: {title: 薛家镇, period: 2023, rounding: up}
            claims:
              gdp: {label: 地区生产总值, value: 227.6亿元, growth: 5%}
              firms:
                value: 两家
                names: [长青科技, 天元智能]
            """
        )
    )
    assert loaded.ok
    assert loaded.problems == []
    gdp = loaded.claims["gdp"]
    assert (gdp.line, gdp.column) == (4, 3)
    assert gdp.rounding == "up"
    assert gdp.quantity.interval == Interval(F("227.55e8"), F("227.65e8"), True, False)
    assert gdp.growth.interval == Interval(F("0.045"), F("0.055"), True, False)
    assert loaded.claims["firms"].quantity.interval == Interval.point(2)
    assert loaded.claims["firms"].line == 5


# --- FC001 YAML syntax ----------------------------------------------------------------------
def test_broken_yaml(write_fact):
    loaded = load_file(
        write_fact(
            """
            factcheck: 1
            claims:
              gdp:
                value: 227.6亿元
               label: 地区生产总值
            """
        )
    )
    assert not loaded.ok
    assert problems(loaded) == [("FC001", 5, 4)]
    assert "YAML syntax error" in loaded.problems[0].message


def test_tab_indentation(write_fact):
    loaded = load_file(write_fact("factcheck: 1\nclaims:\n\tgdp: {value: 227.6亿元}\n"))
    assert problems(loaded) == [("FC001", 3, 1)]
    assert "tab" in loaded.problems[0].message


def test_unclosed_quote_is_a_syntax_error_not_a_crash(write_fact):
    loaded = load_file(write_fact('factcheck: 1\nclaims:\n  gdp: {value: "227.6亿元}\n'))
    assert [p.code for p in loaded.problems] == ["FC001"]


# --- FC002 duplicate keys -------------------------------------------------------------------
def test_duplicate_keys_are_all_reported_at_the_second_key(write_fact):
    loaded = load_file(
        write_fact(
            """
            factcheck: 1
            claims:
              gdp:
                value: 227.6亿元
                value: 228亿元
              gdp:
                label: 地区生产总值
              projects: {value: 27个}
              gdp: {value: 1个}
            """
        )
    )
    assert problems(loaded) == [("FC002", 5, 5), ("FC002", 6, 3), ("FC002", 9, 3)]
    messages = sorted(p.message for p in loaded.problems)
    assert messages == [
        "duplicate key 'gdp' (first at line 3)",
        "duplicate key 'gdp' (first at line 3)",
        "duplicate key 'value' (first at line 4)",
    ]
    # the first one is kept and still read
    assert loaded.claims["gdp"].quantity.value == F("227.6e8")
    assert loaded.claims["projects"].quantity.value == 27


# --- FC003 unknown fields -------------------------------------------------------------------
def test_unknown_field_with_did_you_mean(write_fact):
    loaded = load_file(
        write_fact(
            """
            factcheck: 1
            claims:
              gdp:
                value: 227.6亿元
                grwoth: 5%
            """
        )
    )
    p = only(loaded, "FC003")
    assert (p.line, p.column) == (5, 5)
    assert p.message == "unknown field 'grwoth' in claims.gdp (did you mean 'growth'?)"


def test_unknown_fields_everywhere_are_all_reported(write_fact):
    loaded = load_file(
        write_fact(
            """
            factcheck: 1
            claim:
              gdp: {value: 1个}
            article:
              titel: x
            checks:
              - {breakdown: gdp, parts: [a], exhaustiv: true}
            """
        )
    )
    assert problems(loaded) == [("FC003", 2, 1), ("FC003", 5, 3), ("FC003", 7, 34)]
    text = "\n".join(sorted(p.message for p in loaded.problems))
    assert "unknown field 'claim' in the file (did you mean 'claims'?)" in text
    assert "unknown field 'titel' in article (did you mean 'title'?)" in text
    assert "unknown field 'exhaustiv' in checks[0] (did you mean 'exhaustive'?)" in text


# --- FC004 wrong types ----------------------------------------------------------------------
def test_wrong_type(write_fact):
    loaded = load_file(
        write_fact(
            """
            factcheck: 1
            article: {rounding: sometimes}
            claims:
              gdp:
                value: [227.6亿元]
              firms: {value: 两家, names: 长青科技}
              Bad-Id: {value: 1个}
            """
        )
    )
    assert problems(loaded) == [
        ("FC004", 2, 21), ("FC004", 5, 12), ("FC004", 6, 29), ("FC004", 7, 3),
    ]
    text = "\n".join(p.message for p in loaded.problems)
    assert "claims.gdp.value: expected a figure as text or a number, got a list" in text
    assert "claims.firms.names: expected a list, got '长青科技'" in text
    assert "article.rounding: 'sometimes' is not allowed" in text
    assert "claims.Bad-Id: claim ids use a-z, 0-9 and _ only" in text


def test_missing_value(write_fact):
    loaded = load_file(write_fact("factcheck: 1\nclaims:\n  gdp: {label: 地区生产总值}\n"))
    p = only(loaded, "FC004")
    assert (p.line, p.column) == (3, 3)
    assert "`value` is required" in p.message


# --- FC008 not a fact file ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("claims:\n  gdp: {value: 227.6亿元}\n", "`factcheck: 1` line"),
        ("- 227.6亿元\n- 5%\n", "a list"),
        ("227.6亿元\n", "a single value"),
        ("", "empty"),
        ("# only a comment\n", "empty"),
    ],
)
def test_not_a_fact_file(write_fact, text, words):
    loaded = load_file(write_fact(text))
    assert not loaded.ok
    assert problems(loaded) == [("FC008", 1, 1)]
    assert words in loaded.problems[0].message


def test_future_format_version(write_fact):
    loaded = load_file(write_fact("factcheck: 2\nclaims: {}\n"))
    assert not loaded.ok
    assert problems(loaded) == [("FC008", 1, 12)]
    assert "format 2" in loaded.problems[0].message
    assert "upgrade factcheck" in loaded.problems[0].message


# --- FC005 unreadable values, FC006 units ---------------------------------------------------
def test_name_is_not_a_figure(write_fact):
    loaded = load_file(write_fact("factcheck: 1\nclaims:\n  plan:\n    value: 十四五\n"))
    p = only(loaded, "FC005")
    assert (p.line, p.column) == (4, 12)
    assert "十四五" in p.message and "Five-Year Plan" in p.message
    assert loaded.claims["plan"].quantity is None


def test_unknown_unit_then_declared(write_fact):
    loaded = load_file(write_fact("factcheck: 1\nclaims:\n  gold:\n    value: 12万金币\n"))
    p = only(loaded, "FC006")
    assert (p.line, p.column) == (4, 12)
    assert "金币" in p.message
    assert "units: {金币: count}" in p.message

    loaded = load_file(
        write_fact(
            """
            factcheck: 1
            units:
              金币: count
              英亩: 4046.86平方米
            claims:
              gold: {value: 12万金币}
              land: {value: 2英亩}
            """
        )
    )
    assert loaded.problems == []
    gold = loaded.claims["gold"].quantity
    assert gold.interval == Interval(F(115000), F(125000))
    assert gold.dimension == "count"
    land = loaded.claims["land"].quantity
    assert land.dimension == "area"
    assert land.interval == Interval(F("1.5") * F("4046.86"), F("2.5") * F("4046.86"))


def test_bad_unit_declarations(write_fact):
    loaded = load_file(
        write_fact(
            """
            factcheck: 1
            units:
              坏: 十四五
              负: -3平方米
            claims: {}
            """
        )
    )
    assert problems(loaded) == [("FC006", 3, 6), ("FC006", 4, 6)]


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("0x1F", "FC005"),
        (".nan", "FC005"),
        (".inf", "FC005"),
        ("1.5e+3", "FC005"),
        ("yes", "FC004"),
        ("true", "FC004"),
    ],
)
def test_yaml_oddities_are_errors_not_figures(write_fact, value, code):
    loaded = load_file(write_fact(f"factcheck: 1\nclaims:\n  a:\n    value: {value}\n"))
    assert problems(loaded) == [(code, 4, 12)]
    assert loaded.claims["a"].quantity is None
    assert repr(value) in loaded.problems[0].message


def test_boolean_growth_is_an_error(write_fact):
    loaded = load_file(write_fact("factcheck: 1\nclaims:\n  a: {value: 5个, growth: no}\n"))
    assert problems(loaded) == [("FC004", 3, 26)]
    assert loaded.claims["a"].growth is None


def test_plain_number_with_unit_keeps_its_decimals(write_fact):
    loaded = load_file(
        write_fact(
            """
            factcheck: 1
            claims:
              a: {value: 3.0, unit: 亿元}
              b: {value: 227.6, unit: 亿元}
              c: {value: 十四五, unit: 亿元}
            """
        )
    )
    assert problems(loaded) == [("FC005", 5, 14)]
    a = loaded.claims["a"].quantity
    assert a.interval == Interval(F("2.95e8"), F("3.05e8"))
    assert a.decimals == 1
    assert loaded.claims["b"].quantity.interval == Interval(F("227.55e8"), F("227.65e8"))


# --- FC010 unsafe YAML ----------------------------------------------------------------------
def test_python_tag_is_refused_and_never_run(write_fact, tmp_path):
    marker = tmp_path / "pwned"
    loaded = load_file(
        write_fact(
            f'factcheck: 1\nclaims: !!python/object/apply:os.system ["touch {marker}"]\n'
        )
    )
    assert ("FC010", 2, 9) in problems(loaded)
    assert "python/object" in only(loaded, "FC010").message
    assert not marker.exists()


def test_alias_bomb_is_refused_quickly(write_fact):
    lines = ["factcheck: 1", 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]")
    path = write_fact("\n".join(lines) + "\n")
    start = time.perf_counter()
    loaded = load_file(path)
    elapsed = time.perf_counter() - start
    assert elapsed < 1.0
    assert not loaded.ok
    p = only(loaded, "FC010")
    assert "alias bomb" in p.message
    assert p.line > 1


def test_recursive_alias_is_refused(write_fact):
    loaded = load_file(write_fact("factcheck: 1\nclaims: &a\n  x: [*a, *a]\n"))
    assert [p.code for p in loaded.problems] == ["FC010"]


def test_merge_keys_are_refused(write_fact):
    loaded = load_file(
        write_fact(
            """
            factcheck: 1
            base: &base {value: 1个}
            claims:
              a:
                <<: *base
            """
        )
    )
    assert ("FC010", 5, 5) in problems(loaded)


# --- FC009 encodings and binary files -------------------------------------------------------
_TEXT = "factcheck: 1\nclaims:\n  projects: {value: 二十七个, label: 优质项目}\n"


def test_utf8_bom_is_accepted(write_fact):
    loaded = load_file(write_fact(b"\xef\xbb\xbf" + _TEXT.encode("utf-8")))
    assert loaded.problems == []
    claim = loaded.claims["projects"]
    assert claim.line == 3
    assert claim.quantity.interval == Interval.point(27)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (_TEXT.encode("utf-16"), "UTF-16"),
        (_TEXT.encode("gb18030"), "GB18030"),
        (bytes(range(256)) * 4, "binary"),
    ],
)
def test_unreadable_encodings(write_fact, data, words):
    loaded = load_file(write_fact(data))
    assert not loaded.ok
    assert problems(loaded) == [("FC009", 1, 1)]
    assert words in loaded.problems[0].message


def test_missing_file(tmp_path):
    loaded = load_file(tmp_path / "nothere.yaml")
    assert problems(loaded) == [("FC009", 1, 1)]
    assert "no such file" in loaded.problems[0].message


# --- FC007 dangling references --------------------------------------------------------------
def test_references_between_files(write_fact, tmp_path):
    a = write_fact(
        """
        factcheck: 1
        claims:
          gdp: {value: 227.6亿元}
          same_gdp:
            ref: gdp
          prev:
            ref: b/gdp_2022
          lost:
            ref: b/missing
          nowhere:
            ref: nofile/gdp
          local_missing:
            ref: nothere
          from_broken:
            ref: c/x
        """,
        "a.yaml",
    )
    b = write_fact("factcheck: 1\nclaims:\n  gdp_2022: {value: 216.8亿元}\n", "b.yaml")
    c = write_fact("factcheck: 1\nclaims: [\n", "c.yaml")
    corpus = load_corpus([a, b, c], cwd=tmp_path)
    fa, fb, _ = corpus.files
    assert fb.problems == []
    assert sorted((p.code, p.line, p.column) for p in fa.problems) == [
        ("FC007", 9, 10), ("FC007", 11, 10), ("FC007", 13, 10), ("FC007", 15, 10),
    ]
    messages = {p.line: p.message for p in fa.problems}
    assert messages[9] == "claims.lost.ref: no claim 'missing' in b.yaml"
    assert "no fact file 'nofile'" in messages[11]
    assert messages[13] == "claims.local_missing.ref: no claim 'nothere'"
    assert "failed to load" in messages[15]
    assert fa.claims["same_gdp"].resolved is fa.claims["gdp"]
    prev = fa.claims["prev"].resolved
    assert prev is fb.claims["gdp_2022"]
    assert prev.quantity.interval == Interval(F("216.75e8"), F("216.85e8"))
    assert fa.claims["lost"].target is None


def test_resolve_aliases_reports_self_reference_and_cycles(write_fact, tmp_path):
    a = write_fact(
        """
        factcheck: 1
        claims:
          me: {ref: me}
          x: {ref: y}
          y: {ref: x}
        """
    )
    corpus = load_corpus([a], cwd=tmp_path)
    codes = [p.code for p in corpus.files[0].problems]
    assert codes.count("FC013") >= 2
    assert "FC007" not in codes
    # resolving again does not hang on the (now broken) cycle
    resolve_aliases(corpus)


def test_every_problem_of_a_file_is_collected(write_fact):
    loaded = load_file(
        write_fact(
            """
            factcheck: 1
            claims:
              plan: {value: 十四五}
              gold: {value: 12万金币}
              gdp: {value: 227.6亿元, grwoth: 5%}
              ok: {value: 27个}
            """
        )
    )
    assert [c for c, _, _ in problems(loaded)] == ["FC003", "FC005", "FC006"]
    assert loaded.claims["ok"].quantity.interval == Interval.point(27)


def test_display_path_is_used_in_problems(tmp_path: Path):
    path = tmp_path / "x.yaml"
    path.write_text("claims: {}\n", encoding="utf-8")
    loaded = load_file(path, display="facts/x.yaml")
    assert loaded.problems[0].file == "facts/x.yaml"
