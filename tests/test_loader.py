"""Loading fact files: every problem at its line and column, with its code, and no crash."""

from __future__ import annotations

import hashlib
import json
import time
from fractions import Fraction as F
from pathlib import Path

import pytest
from helpers import GOOD, cli, cpu_seconds

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
    loaded, elapsed = cpu_seconds(lambda: load_file(path))
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


# --- hostile fact files: one clear problem at its line, never a misreading, a silent pass or a
# traceback; ordinary files read as before ---------------------------------------------------

@pytest.fixture
def claims(run_cli, write_fact, tmp_path: Path):
    """claims(text) → {claim id: its JSON entry} of `factcheck claims --format json`."""

    def run(text: str) -> dict[str, dict]:
        write_fact(text)
        code, out, err = run_cli(["claims", "--format", "json", "fact.yaml"],
                                 cwd=tmp_path)
        assert code in (0, 1) and "Traceback" not in err
        return {c["id"]: c for c in json.loads(out)["files"][0]["claims"]}

    return run


def interval(entry: dict) -> tuple[str, str, bool, bool]:
    i = entry["interval"]
    return i["lo"], i["hi"], i["lo_closed"], i["hi_closed"]


# --- `unit:` must be a unit ----------------------------------------------------------------
NOT_A_UNIT = ("is not a unit: `unit:` takes a unit such as 亿元, 个 or %, known or declared under "
              "`units:`; numbers and words such as 以上 or 余 belong in `value:`")


@pytest.mark.parametrize(("unit", "shown"), [
    ("5", "'5'"), ('".5亿元"', "'.5亿元'"), ("以上", "'以上'"), ("余个", "'余个'"), ("万", "'万'"),
])
def test_a_unit_field_that_is_not_a_unit_is_refused(lint, unit, shown):
    code, lines = lint(f"factcheck: 1\nclaims:\n  a: {{value: 5, unit: {unit}}}\n")
    assert code == 1
    assert lines == [f"3:23: FC006 [error] claims.a.unit: {shown} {NOT_A_UNIT}"]


def test_an_empty_unit_field_is_refused(lint):
    code, lines = lint("factcheck: 1\nclaims:\n  a:\n    value: 5\n    unit: ''\n")
    assert code == 1
    assert lines == ["5:11: FC006 [error] claims.a.unit: the unit is empty; write the unit "
                     "(亿元, 个, %) or leave `unit:` out"]


def test_an_unknown_unit_field_gets_a_suggestion(lint):
    code, lines = lint("factcheck: 1\nclaims:\n  a: {value: 5, unit: 标准集}\n")
    assert code == 1
    assert lines == ["3:23: FC006 [error] claims.a.unit: unknown unit '标准集' (did you mean 标准箱, 标箱? "
                     "declare it in the file: units: {标准集: count})"]


def test_unit_fields_with_magnitudes_and_declared_units_read_as_before(claims):
    read = claims("""
        factcheck: 1
        units: {标方: count}
        claims:
          a: {value: 227.6, unit: 亿元}
          b: {value: 5, unit: 万标方}
          c: {value: 39218, unit: 元/人}
          d: {value: 120, unit: 万千瓦}
          e: {value: 3, unit: 个百分点}
          f: {value: 5, unit: 標箱}
          g: {value: 27, unit: 个}
        """)
    assert {k: v["shown"] for k, v in read.items()} == {
        "a": "227.55亿–227.65亿元", "b": "4.5万–5.5万标方", "c": "39217.5–39218.5元/人",
        "d": "119.5万–120.5万千瓦", "e": "2.5–3.5个百分点", "f": "5标箱", "g": "27个",
    }
    assert interval(read["a"]) == ("22755000000", "22765000000", True, True)


# --- figures that must be refused, not misread ---------------------------------------------
@pytest.mark.parametrize(("value", "reason"), [
    ('"5²"', "'5²': '²' is a superscript, subscript or circled digit, not part of a figure "
     "(write the figure as the article does)"),
    ('"①个"', "'①个': '①' is a superscript, subscript or circled digit, not part of a figure "
     "(write the figure as the article does)"),
    ("5万千元", "'5万千元': '千' follows the magnitude with no digit before it "
     "(write the number in one magnitude: 5.1万元, 5000万元)"),
    ("七八九成", "'七八九成': 成 counts tenths, from 一成 to 十成 (100%) (write the share as a percentage)"),
    ("九十成", "'九十成': 成 counts tenths, from 一成 to 十成 (100%) (write the share as a percentage)"),
    ("超十成", "'超十成': a share in 成 lies within 0 and 十成 (100%)"),
    ('"5 5亿元"', "'5 5亿元': a space splits the number ('5 5') "
     "(write one number, or each figure in its own claim)"),
    ("下降-3%", "'下降-3%': a minus sign after a word of decrease (下降, 减少 …) contradicts it "
     "(write 下降3% or -3%)"),
])
def test_misreadable_figures_are_refused(lint, value, reason):
    code, lines = lint(f"factcheck: 1\nclaims:\n  a: {{value: {value}}}\n")
    assert code == 1
    assert lines == [f"3:14: FC005 [error] claims.a.value: cannot read {reason}"]


def test_a_fractional_count_is_a_warning_unless_an_average(lint):
    code, lines = lint("""
        factcheck: 1
        claims:
          half: {value: 5.5个}
          half2: {value: 三点五家}
          avg: {label: 平均每村企业数, value: 5.5家}
          grim: {value: 3.5人}
          whole: {value: 5.0个}
          pupils: {value: 28人}
        checks:
          - {feasible: grim, of: pupils}
        """)
    assert code == 0  # a warning
    assert lines == [
        "3:17: FC015 [warning] claims.half.value: '5.5个' counts whole things, but no whole number "
        "lies in 5.45–5.55个; if it is an average, say so in `label:` (平均, 人均, 户均 …), "
        "otherwise check the figure",
        "4:18: FC015 [warning] claims.half2.value: '三点五家' counts whole things, but no whole number "
        "lies in 3.45–3.55家; if it is an average, say so in `label:` (平均, 人均, 户均 …), "
        "otherwise check the figure",
    ]


def test_readable_figures_read_as_before(claims):
    read = claims("""
        factcheck: 1
        claims:
          m2: {value: 300m²}
          kw: {value: 120万千瓦}
          colloquial: {value: 三万五}
          share: {value: 十成}
          tenths: {value: 七八成}
          fell: {value: 下降两成}
          fell_range: {value: 下降3-5%}
          rose_range: {value: 增长3-5%}
          odd_after_unit: {value: 1亿元余}
          odd_before_unit: {value: 1亿余元}
          neg: {value: "-3%"}
        """)
    assert {k: interval(v) for k, v in read.items()} == {
        "m2": ("299.5", "300.5", True, True),
        "kw": ("1195000", "1205000", True, True),
        "colloquial": ("34500", "35500", True, True),
        "share": ("0.95", "1", True, True),
        "tenths": ("0.7", "0.8", True, True),
        "fell": ("-0.25", "-0.15", True, True),
        "fell_range": ("-0.055", "-0.025", True, True),
        "rose_range": ("0.025", "0.055", True, True),
        # 余 after the unit reads as before it (CONVENTIONS C: the place of the last digit written)
        "odd_after_unit": ("100000000", "200000000", False, False),
        "odd_before_unit": ("100000000", "200000000", False, False),
        "neg": ("-0.035", "-0.025", True, True),
    }


# --- numbers beyond Python's int-string limit --------------------------------------------
def test_a_version_of_thousands_of_digits_is_a_problem_and_the_other_files_are_checked(
        run_cli, tmp_path):
    (tmp_path / "a.yaml").write_text("factcheck: " + "1" * 5000 + "\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("factcheck: 1\nclaims:\n  x: {value: " + "1" * 5000 + "}\n",
                                     encoding="utf-8")
    (tmp_path / "c.yaml").write_text("factcheck: 1\nclaims:\n  y: {value: 5个}\n  z: {value: 6个}\n"
                                     "checks:\n  - {expect: 'y == z'}\n", encoding="utf-8")
    code, out, err = run_cli(["check", "--isolated", "."], cwd=tmp_path)
    assert (code, err) == (1, "")
    lines = out.splitlines()
    assert lines[:3] == [
        "a.yaml:1:12: FC008 [error] `factcheck: 11111111111111111111…` (5,000 digits) is not a "
        "format version; write `factcheck: 1`",
        "b.yaml:3:14: FC005 [error] claims.x.value: cannot read "
        "'1111111111111111111111111111111111111111…': 5,000 characters is too long for a figure",
        "c.yaml:6:5: FC801 [error] 'y == z' does not hold: the left side is 5个, the right side 6个",
    ]


def test_a_version_with_leading_zeros_stays_readable(lint):
    assert lint("factcheck: 001\nclaims:\n  a: {value: 5个}\n") == (0, [])


# --- one clear message per problem --------------------------------------------------------
def test_a_boolean_version_is_not_version_1(lint):
    assert lint("factcheck: true\nclaims:\n  a: {value: 5个}\n") == (1, [
        "1:12: FC008 [error] `factcheck: true` is not a format version (YAML reads it as a boolean); "
        "write `factcheck: 1`"])


@pytest.mark.parametrize(("field", "value", "col", "expected"), [
    ("value", "{x: 1}", 14, "claims.a.value: expected a figure as text or a number, got a mapping"),
    ("value", "[5个]", 14, "claims.a.value: expected a figure as text or a number, got a list"),
    ("period", "[2023]", 26, "claims.a.period: expected text or a number, got a list"),
    ("ignore", "5", 26, "claims.a.ignore: expected a list of codes, or a mapping from code to reason, "
     "got '5'"),
])
def test_a_field_of_several_types_gets_one_message(lint, field, value, col, expected):
    head = "" if field == "value" else "value: 5个, "
    text = f"factcheck: 1\nclaims:\n  a: {{{head}{field}: {value}}}\n"
    assert lint(text) == (1, [f"3:{col}: FC004 [error] {expected}"])


def test_an_entry_with_two_check_kinds_says_so(lint):
    code, lines = lint("""
        factcheck: 1
        claims:
          a: {value: 5个}
          b: {value: 6个}
        checks:
          - {breakdown: a, parts: [b], share: b, of: a}
        """)
    assert (code, lines) == (1, [
        "6:5: FC004 [error] checks[0]: an entry is one check of one kind, but this one has 2: share, "
        "breakdown; write each in its own entry"])


def test_a_bad_check_id_is_not_called_a_claim_reference(lint):
    code, lines = lint("""
        factcheck: 1
        claims:
          a: {value: 5个}
          b: {value: 5个}
        checks:
          - {id: Bad-Id, same: [a, b]}
        """)
    assert (code, lines) == (1, [
        "6:10: FC004 [error] checks[0].id: 'Bad-Id' is not a valid id: ids use a-z, 0-9 and _ only"])


def test_previous_or_same_as_naming_the_claim_itself_is_fc013(run_cli, write_fact, tmp_path):
    write_fact("""
        factcheck: 1
        claims:
          b: {value: 5个, growth: 5%, previous: b}
          c: {value: 5个, same_as: fact/c}
          d: {value: 5个, same_as: [c, d]}
        """)
    code, out, _ = run_cli(["check", "--isolated", "fact.yaml"], cwd=tmp_path)
    assert code == 1
    assert [line for line in out.splitlines() if line.startswith("fact.yaml")] == [
        "fact.yaml:3:40: FC013 [error] claims.b.previous: a claim cannot refer to itself",
        "fact.yaml:4:27: FC013 [error] claims.c.same_as: a claim cannot refer to itself",
        "fact.yaml:5:31: FC013 [error] claims.d.same_as: a claim cannot refer to itself",
    ]  # and no growth check of b against itself


def test_a_merge_key_gets_one_message(lint):
    code, lines = lint("""
        factcheck: 1
        claims:
          a:
            <<: {value: 5个}
            label: x
          b: {value: 5个}
        checks:
          - <<: {same: [a, b]}
        """)
    merge = "FC010 [error] YAML merge keys (<<) are not supported in fact files; write the fields out in full"
    assert (code, lines) == (1, [f"4:5: {merge}", f"8:5: {merge}"])


def test_a_clean_file_reads_as_before(lint):
    assert lint("""
        factcheck: 1
        article: {period: 2023}
        claims:
          gdp: {value: 227.6亿元, growth: 5%, previous: gdp_2022, period: 2023, ignore: [FC101]}
          gdp_2022: {value: 216.8亿元, same_as: [gdp_2022_again]}
          gdp_2022_again: {value: 216.8亿元}
        checks:
          - {id: gdp_growth, growth: gdp, previous: gdp_2022}
        """) == (0, [])


# --- the bad-input catalogue of docs/errors.md ---------------------------------------------------
# Every class of bad input gets its message, its code at its line and its exit code, in one run
# of a separate process over a folder of them: never a traceback, and no file is modified.

def bomb() -> str:
    lines = ["factcheck: 1", 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    prev = "a"
    for name in "bcdefghijk":
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
        prev = name
    return "\n".join(lines) + "\n"


# name, file content (str is UTF-8), expected code, expected line (None: not checked), message part
CATALOGUE: list[tuple[str, str | bytes, str, int | None, str]] = [
    ("empty", "", "FC008", 1, "empty"),
    ("top-level list", "- 227.6亿元\n- 5%\n", "FC008", 1, "a list"),
    ("top-level scalar", "227.6亿元\n", "FC008", 1, "a single value"),
    ("tab indentation", "factcheck: 1\nclaims:\n\tgdp: {value: 1亿元}\n", "FC001", 3, "tabs"),
    ("broken indentation", "factcheck: 1\nclaims:\n  a: {value: 1亿元}\n   b: 2\n", "FC001", 4,
     "YAML syntax error"),
    ("duplicate key", "factcheck: 1\nclaims:\n  a: {value: 1个}\n  a: {value: 2个}\n", "FC002", 4,
     "duplicate key 'a' (first at line 3)"),
    ("python tag", "factcheck: 1\nclaims: !!python/object/apply:os.system [\"echo hi\"]\n", "FC010", 2,
     "not allowed"),
    ("unknown tag", "factcheck: 1\nclaims:\n  a: !custom {value: 1个}\n", "FC010", 3, "not allowed"),
    ("alias bomb", bomb(), "FC010", None, "alias bomb"),
    ("deep nesting", "factcheck: 1\nclaims: " + "[" * 5000 + "]" * 5000 + "\n", "FC001", None,
     "nesting"),
    ("very long line", "factcheck: 1\nclaims:\n  a: {value: \"" + "1" * 200_000 + "个\"}\n", "FC005", 3,
     "too long"),
    ("nan", "factcheck: 1\nclaims:\n  a: {value: .nan}\n", "FC005", 3, "form articles do not use"),
    ("inf", "factcheck: 1\nclaims:\n  a: {value: .inf}\n", "FC005", 3, "form articles do not use"),
    ("1e400", "factcheck: 1\nclaims:\n  a: {value: 1e400}\n", "FC005", 3, "exponent"),
    ("hex", "factcheck: 1\nclaims:\n  a: {value: 0x1F}\n", "FC005", 3, "form articles do not use"),
    ("octal", "factcheck: 1\nclaims:\n  a: {value: 010}\n", "FC005", 3, "octal"),
    ("yes", "factcheck: 1\nclaims:\n  a: {value: yes}\n", "FC004", 3, "boolean"),
    ("on", "factcheck: 1\nclaims:\n  a: {value: on}\n", "FC004", 3, "boolean"),
    ("missing version", "claims:\n  a: {value: 5个}\n", "FC008", 1, "factcheck: 1"),
    ("future version", "factcheck: 2\nclaims: {}\n", "FC008", 1, "upgrade factcheck"),
    ("unknown unit", "factcheck: 1\nclaims:\n  a: {value: 5标方}\n", "FC006", 3, "unknown unit"),
    ("unknown field", "factcheck: 1\nclaims:\n  a: {value: 5个, grwoth: 5%}\n", "FC003", 3,
     "did you mean 'growth'"),
    ("wrong type", "factcheck: 1\nclaims:\n  a: {value: [5个]}\n", "FC004", 3, "expected"),
    ("mixed dimensions", "factcheck: 1\nclaims:\n  m: {value: 5元}\n  a: {value: 3亩}\n"
     "checks:\n  - {expect: \"m + a > 0\"}\n", "FC011", 6, "money"),
    ("division by zero", "factcheck: 1\nclaims:\n  a: {value: 5个}\n  z: {value: 0个}\n"
     "checks:\n  - {expect: \"a / z == 1\"}\n", "FC013", 6, "divides by zero"),
    ("literal division by zero", "factcheck: 1\nclaims:\n  a: {value: 5个}\n"
     "checks:\n  - {expect: \"a / 0 == 1\"}\n", "FC012", 5, "division by zero"),
    ("reference cycle", "factcheck: 1\nclaims:\n  a: {ref: b}\n  b: {ref: a}\n", "FC013", None, "cycle"),
    ("dangling reference", "factcheck: 1\nclaims:\n  a: {value: 5个}\n"
     "checks:\n  - {share: a, of: nothing}\n", "FC007", 5, "no claim 'nothing'"),
    ("reference into a file that failed to load", "factcheck: 1\nclaims:\n  a: {ref: broken/x}\n",
     "FC007", 3, "failed to load"),
    ("UTF-16 with BOM", GOOD.encode("utf-16"), "FC009", 1, "iconv -f UTF-16"),
    ("GB18030", "factcheck: 1\nclaims:\n  a: {value: 5个, label: 地区生产总值}\n".encode("gb18030"),
     "FC009", 1, "GB18030"),
    ("binary", bytes(range(256)) * 4, "FC009", 1, "binary"),
]


def digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()
            if p.is_file() and not p.is_symlink()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    for i, (_, content, *_rest) in enumerate(CATALOGUE):
        path = folder / f"case{i:02d}.yaml"
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    (folder / "broken.yaml").write_text("factcheck: 1\nclaims: [\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def results(corpus):
    before = digest(corpus)
    started = time.monotonic()
    code, out, err = cli("check", ".", "--format", "concise", cwd=corpus)
    elapsed = time.monotonic() - started
    assert digest(corpus) == before, "a fact file was modified"
    return code, out, err, elapsed


@pytest.mark.parametrize(("index", "case"), list(enumerate(CATALOGUE)), ids=[c[0] for c in CATALOGUE])
def test_catalogue(results, index, case):
    name, _, code, line, part = case
    exit_code, out, _, _ = results
    assert exit_code == 1
    lines = [ln for ln in out.splitlines() if ln.startswith(f"case{index:02d}.yaml:")]
    matching = [ln for ln in lines if f" {code} " in ln and part in ln]
    assert matching, (name, lines)
    if line is not None:
        assert any(ln.startswith(f"case{index:02d}.yaml:{line}:") for ln in matching), (name, matching)


def test_the_whole_catalogue_is_quick(results):
    assert results[3] < 30
