"""Hostile fact files against the loader: each gets one clear problem at its line, never a
misreading, a silent pass or a traceback; ordinary files read as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


@pytest.fixture
def lint(run_cli, write_fact, tmp_path: Path):
    """lint(text) → (exit code, ["line:col: CODE [severity] message", …]) of `factcheck lint`."""

    def run(text: str, *args: str) -> tuple[int, list[str]]:
        write_fact(text)
        code, out, err = run_cli(["lint", "--isolated", *args, "fact.yaml"], cwd=tmp_path)
        assert "Traceback" not in out + err
        lines = [line.removeprefix("fact.yaml:") for line in out.splitlines()
                 if line.startswith("fact.yaml:")]
        return code, lines

    return run


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


# --- 1. `unit:` must be a unit ----------------------------------------------------------------
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
    assert lines == ["3:23: FC006 [error] claims.a.unit: unknown unit '标准集' (did you mean 标准箱? "
                     "declare it in the file: units: {标准集: count})"]


def test_unit_fields_with_magnitudes_and_declared_units_read_as_before(claims):
    read = claims("""
        factcheck: 1
        units: {标箱: count}
        claims:
          a: {value: 227.6, unit: 亿元}
          b: {value: 5, unit: 万标箱}
          c: {value: 39218, unit: 元/人}
          d: {value: 120, unit: 万千瓦}
          e: {value: 3, unit: 个百分点}
          f: {value: 5, unit: 標箱}
          g: {value: 27, unit: 个}
        """)
    assert {k: v["shown"] for k, v in read.items()} == {
        "a": "227.55亿–227.65亿元", "b": "4.5万–5.5万标箱", "c": "39217.5–39218.5元/人",
        "d": "119.5万–120.5万千瓦", "e": "2.5–3.5个百分点", "f": "5标箱", "g": "27个",
    }
    assert interval(read["a"]) == ("22755000000", "22765000000", True, True)


# --- 2. figures that must be refused, not misread ---------------------------------------------
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


# --- 3, 4. chains of `ref:` aliases of any length, within a file and across files -----------
def alias_chain(n: int) -> str:
    lines = ["factcheck: 1", "claims:"]
    lines += [f"  a{i}: {{ref: a{i + 1}}}" for i in range(n)]
    lines += [f"  a{n}: {{value: 5个}}", "  z: {value: 6个}", "checks:", '  - {expect: "a0 == z"}']
    return "\n".join(lines) + "\n"


def test_a_long_alias_chain_is_followed_to_its_figure(run_cli, write_fact, tmp_path):
    write_fact(alias_chain(200))
    code, out, _ = run_cli(["check", "--isolated", "fact.yaml"], cwd=tmp_path)
    assert code == 1
    assert "fact.yaml:206:5: FC801 [error] 'a0 == z' does not hold: the left side is 5个, the right " \
           "side 6个" in out
    code, out, _ = run_cli(["claims", "--format", "json", "fact.yaml"], cwd=tmp_path)
    a0 = json.loads(out)["files"][0]["claims"][0]
    assert (code, a0["id"], a0["ref"], a0["shown"]) == (0, "a0", "fact/a1", "5个")


def test_a_long_alias_cycle_is_reported(lint):
    text = alias_chain(100).replace("a100: {value: 5个}", "a100: {ref: a0}")
    code, lines = lint(text)
    assert code == 1
    assert lines[0] == "3:13: FC013 [error] claims.a0.ref: the references form a cycle"


def file_chain(tmp_path: Path, n: int, last: str = "{value: 5个}") -> None:
    for i in range(n):
        claim = f"{{ref: f{i + 1}/a}}" if i < n - 1 else last
        extra = "  z: {value: 6个}\nchecks:\n  - {expect: 'a == z'}\n" if i == 0 else ""
        (tmp_path / f"f{i}.yaml").write_text(f"factcheck: 1\nclaims:\n  a: {claim}\n{extra}",
                                             encoding="utf-8")


def test_a_chain_of_references_across_many_files_is_followed(run_cli, tmp_path):
    file_chain(tmp_path, 400)  # one file loaded after the other, never by recursion
    code, out, err = run_cli(["check", "--isolated", "f0.yaml"], cwd=tmp_path)
    assert (code, err) == (1, "")
    assert "f0.yaml:6:5: FC801 [error] 'a == z' does not hold: the left side is 5个, the right " \
           "side 6个" in out


def test_a_cycle_of_references_across_files_is_reported(run_cli, tmp_path):
    file_chain(tmp_path, 30, last="{ref: f0/a}")
    code, out, _ = run_cli(["lint", "--isolated", "f0.yaml"], cwd=tmp_path)
    assert code == 1
    assert out.splitlines()[0] == "f0.yaml:3:12: FC013 [error] claims.a.ref: the references form a cycle"


def test_an_alias_of_an_unreadable_figure_in_another_file_is_reported(run_cli, tmp_path):
    file_chain(tmp_path, 3, last='{value: "5²"}')
    code, out, _ = run_cli(["check", "--isolated", "f0.yaml"], cwd=tmp_path)
    assert code == 1
    assert out.splitlines()[0] == ("f0.yaml:3:12: FC007 [error] claims.a.ref: 'f1/a' leads to 'f2/a', "
                                   "which has no figure the tool can read (see f2.yaml)")


# --- 5. numbers beyond Python's int-string limit --------------------------------------------
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


# --- 6. one clear message per problem --------------------------------------------------------
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


def test_a_file_referring_to_more_files_than_the_cache_holds_resolves_them_all(run_cli, tmp_path):
    # 25 referenced files, each an alias into another file: more than the 16-file reference
    # cache, so files loaded early in the pass are evicted before they are linked
    lines = ["factcheck: 1", "claims:"]
    for i in range(25):
        lines.append(f"  a{i}: {{ref: g{i}/a}}")
        (tmp_path / f"g{i}.yaml").write_text(f"factcheck: 1\nclaims:\n  a: {{ref: h{i}/b}}\n")
        (tmp_path / f"h{i}.yaml").write_text("factcheck: 1\nclaims:\n  b: {value: 5个}\n")
    lines += ["  z: {value: 6个}", "checks:", '  - {expect: "a0 == z"}', '  - {expect: "a24 == z"}']
    (tmp_path / "f.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, _ = run_cli(["check", "--isolated", "--format", "concise", "f.yaml"], cwd=tmp_path)
    assert code == 1
    assert out.splitlines()[:2] == [
        "f.yaml:30:5: FC801 [error] 'a0 == z' does not hold: the left side is 5个, the right side 6个",
        "f.yaml:31:5: FC801 [error] 'a24 == z' does not hold: the left side is 5个, the right side 6个",
    ]
    assert "FC007" not in out
