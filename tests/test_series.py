"""Series: figures of one subject and place in consecutive periods, linked across the files of a
run (and within a file) without a written `previous:` — growth, stock, part of a year."""

from __future__ import annotations

import json
from fractions import Fraction

from helpers import cli
from hypothesis import given
from hypothesis import strategies as st

from factcheck.series import months_of, period_of

YEAR_2022 = """factcheck: 1
article: {title: 某县2022年统计公报, place: 某县, period: 2022}
claims:
  revenue: {label: 一般公共预算收入, value: 30.00亿元}
  firms: {label: 高新技术企业, value: 150家}
"""

YEAR_2023 = """factcheck: 1
article: {title: 某县2023年统计公报, place: 某县, period: 2023}
claims:
  revenue: {label: 一般公共预算收入, value: REVENUE, growth: 8.0%}
  firms: {label: 高新技术企业, value: FIRMS}
  firms_new: {label: 新增高新技术企业, value: 43家}
  gdp_q3: {label: 地区生产总值, value: GDP_Q3, period: 2023年前三季度}
  gdp: {label: 地区生产总值, value: 165.3亿元}
checks:
  - {stock: firms, added: [firms_new]}
"""


def _files(tmp_path, revenue="31.80亿元", firms="196家", gdp_q3="170.2亿元", extra=""):
    (tmp_path / "town-2022.yaml").write_text(YEAR_2022 + extra, encoding="utf-8")
    (tmp_path / "town-2023.yaml").write_text(
        YEAR_2023.replace("REVENUE", revenue).replace("FIRMS", firms).replace("GDP_Q3", gdp_q3),
        encoding="utf-8")


def _findings(tmp_path, *args):
    code, out, _ = cli("check", "--format", "json", "--show-info", *args, cwd=tmp_path)
    doc = json.loads(out)
    return code, [(f["file"], f["line"], f["code"], f["severity"]) for f in doc["findings"]], doc


def test_consecutive_years_give_growth_stock_and_within_year_errors(tmp_path):
    _files(tmp_path)
    code, found, doc = _findings(tmp_path, "town-2022.yaml", "town-2023.yaml")
    assert code == 1
    assert found == [("town-2023.yaml", 4, "FC101", "error"), ("town-2023.yaml", 7, "FC150", "error"),
                     ("town-2023.yaml", 10, "FC501", "error")]
    growth = doc["findings"][0]
    assert "town-2022/revenue (30.00亿元)" in growth["message"]
    assert "linked by series: «一般公共预算收入», 某县, 2022 and 2023" in growth["message"]
    assert "--no-series" in growth["message"]
    # 31.80 / 30.00 − 1 over the rounding intervals: [31.795/30.005, 31.805/29.995] − 1
    assert Fraction(growth["computed"]["lo"]) == Fraction(31795, 30005) - 1
    assert Fraction(growth["computed"]["hi"]) == Fraction(31805, 29995) - 1
    stock = doc["findings"][2]
    assert "start town-2022/firms (150家) + 43家 = 193家" in stock["message"]


def test_the_files_in_either_order_give_the_same_errors(tmp_path):
    _files(tmp_path)
    _, forward, _ = _findings(tmp_path, "town-2022.yaml", "town-2023.yaml")
    _, backward, _ = _findings(tmp_path, "town-2023.yaml", "town-2022.yaml")
    errors = sorted(f for f in forward if f[3] == "error")
    assert sorted(f for f in backward if f[3] == "error") == errors


def test_the_right_figures_pass_and_replace_the_implied_levels(tmp_path):
    _files(tmp_path, revenue="32.40亿元", firms="193家", gdp_q3="120.2亿元")
    code, found, doc = _findings(tmp_path, "town-2022.yaml", "town-2023.yaml", "--show-checks")
    assert code == 0 and found == []  # no FC102/FC502 info: the previous levels are known
    series = sorted((c["kind"], c["verdict"]) for c in doc["checks"] if c["how"] == "series")
    assert series == [("growth", "holds"), ("stock-flow", "holds"), ("within", "holds")]


def test_no_series_and_the_config_key_turn_the_links_off(tmp_path):
    _files(tmp_path)
    code, found, _ = _findings(tmp_path, "town-2022.yaml", "town-2023.yaml", "--no-series")
    assert code == 0
    assert {c for _, _, c, _ in found} == {"FC102", "FC502"}
    (tmp_path / ".factcheck.yaml").write_text("series: false\n", encoding="utf-8")
    code, out, _ = cli_with_config(tmp_path, "check", "town-2022.yaml", "town-2023.yaml")
    assert code == 0, out


def cli_with_config(tmp_path, *args):
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "factcheck", *args], cwd=tmp_path,
                          capture_output=True, text=True, timeout=60)
    return proc.returncode, proc.stdout, proc.stderr


def test_another_place_or_a_gap_of_two_years_is_not_linked(tmp_path):
    _files(tmp_path)
    text = (tmp_path / "town-2022.yaml").read_text(encoding="utf-8")
    (tmp_path / "town-2022.yaml").write_text(text.replace("place: 某县", "place: 邻县"),
                                             encoding="utf-8")
    _, found, _ = _findings(tmp_path, "town-2022.yaml", "town-2023.yaml")
    assert [c for _, _, c, s in found if s == "error"] == ["FC150"]  # only within the year
    (tmp_path / "town-2022.yaml").write_text(text.replace("period: 2022", "period: 2021"),
                                             encoding="utf-8")
    _, found, _ = _findings(tmp_path, "town-2022.yaml", "town-2023.yaml")
    assert [c for _, _, c, s in found if s == "error"] == ["FC150"]


def test_an_explicit_series_key_links_different_labels(tmp_path):
    (tmp_path / "a-2022.yaml").write_text(
        "factcheck: 1\narticle: {place: 某县, period: 2022}\nclaims:\n"
        "  rev: {label: 财政收入, series: 一般公共预算收入, value: 30.00亿元}\n", encoding="utf-8")
    (tmp_path / "a-2023.yaml").write_text(
        "factcheck: 1\narticle: {place: 某县, period: 2023}\nclaims:\n"
        "  rev: {label: 一般公共预算收入, value: 31.80亿元, growth: 8.0%}\n", encoding="utf-8")
    _, found, _ = _findings(tmp_path, "a-2022.yaml", "a-2023.yaml")
    assert found == [("a-2023.yaml", 4, "FC101", "error")]


def test_quarters_link_to_the_same_quarter_a_year_before(tmp_path):
    (tmp_path / "q.yaml").write_text(
        "factcheck: 1\narticle: {place: 某市}\nclaims:\n"
        "  q1_2022: {label: 地区生产总值, value: 100.0亿元, period: 2022年一季度}\n"
        "  h1_2022: {label: 地区生产总值, value: 210.0亿元, period: 2022年上半年}\n"
        "  q1_2023: {label: 地区生产总值, value: 105.0亿元, period: 2023Q1, growth: 8.0%}\n",
        encoding="utf-8")
    _, found, doc = _findings(tmp_path, "q.yaml")
    assert found == [("q.yaml", 6, "FC101", "error")]
    assert "100.0亿元" in doc["findings"][0]["message"]


def test_a_different_release_is_a_warning_and_real_growth_is_not_comparable(tmp_path):
    _files(tmp_path)
    t22, t23 = (tmp_path / "town-2022.yaml"), (tmp_path / "town-2023.yaml")
    text22, text23 = t22.read_text(encoding="utf-8"), t23.read_text(encoding="utf-8")
    t22.write_text(text22.replace("30.00亿元}", "30.00亿元, release: 初步核算}"), encoding="utf-8")
    t23.write_text(text23.replace("8.0%}", "8.0%, release: 最终核实}"), encoding="utf-8")
    _, found, _ = _findings(tmp_path, "town-2022.yaml", "town-2023.yaml")
    assert ("town-2023.yaml", 4, "FC101", "warning") in found
    t23.write_text(text23.replace("8.0%}", "8.0%, basis: real}"), encoding="utf-8")
    _, found, _ = _findings(tmp_path, "town-2022.yaml", "town-2023.yaml")
    assert [f for f in found if f[1] == 4] == [("town-2023.yaml", 4, "FC051", "info")]


def test_balances_rates_and_profits_are_not_summed_within_the_year(tmp_path):
    (tmp_path / "b.yaml").write_text(
        "factcheck: 1\narticle: {place: 某市, period: 2023}\nclaims:\n"
        "  dep_q3: {label: 存款余额, value: 900亿元, period: 2023年前三季度}\n"
        "  dep: {label: 存款余额, value: 880亿元}\n"
        "  pro_q3: {label: 工业企业利润, value: 90亿元, period: 2023年1-9月}\n"
        "  pro: {label: 工业企业利润, value: 80亿元}\n", encoding="utf-8")
    code, found, _ = _findings(tmp_path, "b.yaml")
    assert code == 0 and found == []


@given(st.integers(1990, 2099), st.sampled_from(["", "年", "年一季度", "Q2", "年上半年", "年前三季度",
                                                 "年1-11月", "年11月", "年第四季度"]))
def test_periods_read_their_year_and_months(year, rest):
    y, words = period_of(f"{year}{rest}")
    assert y == year
    months = months_of(words)
    assert months is not None and 1 <= months[0] <= months[1] <= 12
    assert period_of(year) == (year, "")


def test_months_of_the_forms_statistics_use():
    assert months_of("") == (1, 12)
    assert months_of("前三季度") == (1, 9)
    assert months_of("1-11月") == (1, 11)
    assert months_of("1至11月") == (1, 11)
    assert months_of("十一月") == (11, 11)
    assert months_of("二季度") == (4, 6)
    assert months_of("H2") == (7, 12)
    assert months_of("春节期间") is None
    assert period_of("十四五") is None


def test_the_index_links_the_same_after_moving_to_disk(monkeypatch):
    """Levels and waiting claims live in subject stores: past their budget they move to a
    temporary database, and links are the same (memory stays flat over large runs)."""
    import factcheck.subjectindex as store
    from factcheck.series import Entry, SeriesIndex

    def entry(year, cid, role="level", months=(1, 12)):
        return Entry(("收入", "某县", ("money", "元")), year, "1-12", months, cid, role,
                     shown=str(year))

    def links(budget):
        monkeypatch.setattr(store, "MEMORY_ENTRIES", budget)
        index = SeriesIndex()
        out = []
        for n in range(40):  # forty towns, each its own series, 2023 before 2022
            town = [entry(2023, f"r{n}"), entry(2023, f"r{n}", "growth")]
            out += [(lk.kind, lk.earlier[:2], lk.later[:2]) for lk in index.add(2 * n, [
                e._replace(key=(f"收入{n}", "某县", ("money", "元"))) for e in town])]
            out += [(lk.kind, lk.earlier[:2], lk.later[:2]) for lk in index.add(2 * n + 1, [
                entry(2022, f"p{n}")._replace(key=(f"收入{n}", "某县", ("money", "元")))])]
        on_disk = index.levels.on_disk
        index.close()
        return out, on_disk

    in_memory, was_on_disk = links(1 << 16)
    spilled, now_on_disk = links(4)
    assert not was_on_disk and now_on_disk
    assert spilled == in_memory and len(in_memory) == 40
    assert in_memory[0] == ("growth", (1, "p0"), (0, "r0"))


MONTHS = """factcheck: 1
article: {{title: 某县{title}财政收入, place: 某县, period: 2023}}
claims:
{claims}"""


def _alarms(tmp_path, *args):
    code, found, doc = _findings(tmp_path, *args)
    return code, [f for f in found if f[3] != "info"], doc


def _month_files(tmp_path, cumulative="28.60亿元", growths=("", "", "")):
    """A monthly report of 1-10月, one of 11月 alone and one of 1-11月: three files of a run."""
    rows = (("1-10月", "r10", "26.10亿元"), ("11月", "r11m", "2.50亿元"), ("1-11月", "r11", cumulative))
    for (period, cid, value), growth in zip(rows, growths, strict=True):
        more = f", growth: {growth}" if growth else ""
        (tmp_path / f"{cid}.yaml").write_text(MONTHS.format(title=period, claims=(
            f"  {cid}: {{label: 一般公共预算收入, value: {value}{more}, period: 2023年{period}}}\n")),
            encoding="utf-8")
    return [f"{cid}.yaml" for _, cid, _ in rows]


def test_cumulative_and_monthly_figures_add_up_across_files_in_any_order(tmp_path):
    """1-10月 + 11月 = 1-11月 for a flow, linked by series (FC151); each order of the files finds
    it once, at the cumulative figure."""
    files = _month_files(tmp_path, cumulative="29.60亿元")
    for order in (files, files[::-1], [files[2], files[0], files[1]]):
        code, found, doc = _alarms(tmp_path, *order)
        assert code == 1
        assert found == [("r11.yaml", 4, "FC151", "error")]
        message = doc["findings"][0]["message"]
        assert "r10/r10 (26.10亿元) + r11m/r11m (2.50亿元) = 28.59亿–28.61亿元" in message
        assert "a gap of 0.985亿–1.015亿元" in message
        assert "2023年1-10月 + 2023年11月 and 2023年1-11月" in message


def test_the_right_cumulative_figure_passes(tmp_path):
    files = _month_files(tmp_path)
    code, found, doc = _alarms(tmp_path, *files, "--show-checks")
    assert code == 0 and found == []
    kinds = sorted((c["kind"], c["verdict"]) for c in doc["checks"] if c["how"] == "series")
    assert kinds == [("period-sum", "holds"), ("within", "holds"), ("within", "holds")]
    code, found, doc = _alarms(tmp_path, *files, "--no-series", "--show-checks")
    assert code == 0 and doc["checks"] == []


def test_cumulative_growth_lies_between_and_follows_the_stretches_growth(tmp_path):
    """With the growth of the three stated, nominal: the previous year's stretches add up too, so
    the cumulative growth is L / (L₁/(1+g₁) + L₂/(1+g₂)) − 1 (FC112), within the stretches'
    rates (FC111)."""
    files = _month_files(tmp_path, growths=("5.0%", "8.0%", "5.3%"))
    code, found, _ = _alarms(tmp_path, *files)
    assert code == 0 and found == []  # 28.60 / (26.10/1.05 + 2.50/1.08) − 1 = 5.26%
    files = _month_files(tmp_path, growths=("5.0%", "8.0%", "6.3%"))
    code, found, _ = _alarms(tmp_path, *files)
    assert code == 1
    assert [f[2] for f in found] == ["FC112"]
    files = _month_files(tmp_path, growths=("5.0%", "8.0%", "9.3%"))
    _, found, _ = _alarms(tmp_path, *files)
    assert sorted(f[2] for f in found) == ["FC111", "FC112"]


def test_quarters_make_up_the_half_year_and_the_year_within_one_file(tmp_path):
    (tmp_path / "q.yaml").write_text(
        "factcheck: 1\narticle: {place: 某市, period: 2023}\nclaims:\n"
        "  q1: {label: 固定资产投资额, value: 30.2亿元, period: 2023年一季度}\n"
        "  q2: {label: 固定资产投资额, value: 35.1亿元, period: 2023年二季度}\n"
        "  h1: {label: 固定资产投资额, value: 66.3亿元, period: 2023年上半年}\n"
        "  q1_3: {label: 固定资产投资额, value: 100.0亿元, period: 2023年前三季度}\n"
        "  q4: {label: 固定资产投资额, value: 40.0亿元, period: 2023年四季度}\n"
        "  year: {label: 固定资产投资额, value: 140.0亿元}\n", encoding="utf-8")
    code, found, doc = _alarms(tmp_path, "q.yaml", "--show-checks")
    assert code == 1 and found == [("q.yaml", 6, "FC151", "error")]  # 30.2 + 35.1 = 65.3, not 66.3
    sums = sorted(c["claims"][-1]["id"] for c in doc["checks"] if c["kind"] == "period-sum")
    assert sums == ["h1", "year"]


def test_stretches_that_do_not_meet_or_balances_are_not_summed(tmp_path):
    (tmp_path / "n.yaml").write_text(
        "factcheck: 1\narticle: {place: 某市, period: 2023}\nclaims:\n"
        "  q1: {label: 固定资产投资额, value: 30.2亿元, period: 2023年一季度}\n"
        "  q3: {label: 固定资产投资额, value: 35.1亿元, period: 2023年三季度}\n"
        "  h1: {label: 固定资产投资额, value: 90.3亿元, period: 2023年上半年}\n"
        "  d1: {label: 存款余额, value: 30亿元, period: 2023年一季度}\n"
        "  d2: {label: 存款余额, value: 31亿元, period: 2023年二季度}\n"
        "  dh: {label: 存款余额, value: 31亿元, period: 2023年上半年}\n", encoding="utf-8")
    code, found, doc = _alarms(tmp_path, "n.yaml", "--show-checks")
    assert code == 0 and found == []
    assert not [c for c in doc["checks"] if c["kind"] == "period-sum"]
