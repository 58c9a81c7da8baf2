"""No false alarm on the twenty-eighth round of unseen articles (tests/data/smoke28, review.yaml; sources
in sources.yaml): each form of writing that raised one, on the real sentence, and the same form with
one figure changed where the sentence states a real relation (the finding names the changed figure).
"""

from __future__ import annotations

from pathlib import Path

from helpers import alarms
from helpers import checks_of as checks
from helpers import names_written as _named

SMOKE28 = Path(__file__).parent / "data" / "smoke28"

# --- 1. a grade (一级区) after a count of the names ranks them, it counts nothing ----------------------

# water-resources-2006-mwr-kpfans line 5
ZONES = ("从水资源分区看，松花江、辽河、海河、黄河、淮河、西北诸河{n}个水资源一级区（简称北方六区，下同）"
         "面平均降水量308.8mm，比常年值偏少5.9%；长江（含太湖）、东南诸河、珠江、西南诸河{s}个水资源一级区"
         "（简称南方四区，下同）面平均降水量1146.7mm，比常年值偏少4.5%。")


def test_a_grade_after_the_count_of_a_list_is_no_count_of_it(article) -> None:
    _, doc = article(ZONES.format(n="六", s="四"))
    assert alarms(doc) == []
    assert checks(doc, "enumeration") == [("holds", ["六个"]), ("holds", ["四个"])]


def test_the_count_before_the_grade_is_still_checked_against_the_names(article) -> None:
    _, doc = article(ZONES.format(n="七", s="四"))
    assert _named(doc, "七个") and not _named(doc, "四个")
    _, doc = article(ZONES.format(n="六", s="五"))
    assert _named(doc, "五个") and not _named(doc, "六个")
    message = next(f["message"] for f in doc["findings"] if f["severity"] == "error")
    assert "长江(含太湖)、东南诸河、珠江、西南诸河" in message  # the note in brackets stays in the name


def test_levels_counted_by_their_grade_are_still_counted(article) -> None:
    """The look-alike: 市、县、乡三级 (tests/test_discover_enumeration.py) counts the levels it names."""
    text = "全市建设市、县、乡{n}现代农业示范区125个，节水灌溉面积204.1万亩。\n"
    _, doc = article(text.format(n="三级"))
    assert checks(doc, "enumeration") == [("holds", ["三级"])]
    _, doc = article(text.format(n="五级"))
    assert _named(doc, "五级")


# --- 2. how far a measure is above or below its normal (偏多X%) is no share of a count -----------------

# water-resources-2006-mwr-kpfans line 5
ABOVE_NORMAL = ("在31个省级行政区中，降水量比常年值偏多的仅有7个省（自治区），其中福建和广东分别偏多27.9%和"
                "19.2%；降水量比常年值偏少的有24个省（自治区、直辖市），其中北京、重庆、湖北、内蒙古的偏少程度超过20%，"
                "河北、天津、山东、四川偏少15%~20%。")


def test_a_rate_above_normal_is_no_share_of_the_count(article) -> None:
    _, doc = article(ABOVE_NORMAL)
    assert alarms(doc) == []
    assert checks(doc, "feasibility") == []


def test_a_rate_below_normal_of_named_members_is_no_share_of_the_count(article) -> None:
    """The same form below normal (the second half of the sentence, with each member's figure)."""
    _, doc = article("降水量比常年值偏少的有24个省（自治区、直辖市），其中北京、重庆分别偏少23.5%、21.6%。")
    assert checks(doc, "feasibility") == []


def test_a_share_of_the_count_after_qizhong_is_still_feasible(article) -> None:
    """The look-alike: the same sentence with the two provinces' share of the 7 (2/7 = 28.57%)."""
    text = "在31个省级行政区中，降水量比常年值偏多的仅有7个省（自治区），其中福建和广东占{p}。"
    _, doc = article(text.format(p="28.6%"))
    assert checks(doc, "feasibility") == [("holds", ["28.6%"])]
    _, doc = article(text.format(p="28.9%"))
    assert _named(doc, "28.9%")


# --- 3. the period a recovery rate is measured against (恢复至去年同期的X%) is its base, not its own ----

AVIATION = SMOKE28 / "civil-aviation-q1q3-2020-caac-shadafang.txt"  # lines 1–4


def _aviation() -> str:
    return "\n".join(AVIATION.read_text(encoding="utf-8").splitlines()[:4]) + "\n"


def test_a_quarters_recovery_is_no_restatement_of_the_nine_months(article) -> None:
    """«今年前三季度，…旅客运输量…同比分别恢复至去年同期的56.7%、56.4%、87.4%» and «其中，第三季度恢复较快，
    …同比恢复至去年同期的67.6%、76%、91.3%»: 56.4% is of 前三季度, 76% of the third quarter."""
    _, doc = article(_aviation())
    assert alarms(doc) == []
    assert checks(doc, "duplicate") == []


def test_one_key_for_two_figures_of_a_sentence_restates_neither(article) -> None:
    """The headline «9月国内航线旅客运输量恢复至去年同期98%» and «9月份，国内航线运输总周转量和旅客运输量
    已恢复至去年同期的96.9%和98%»: the key names both measures at once, so the words do not say which
    figure the headline restates (the first, 96.9%, is the other measure's)."""
    _, doc = article(_aviation())
    assert all("96.9%" not in figures for _, figures in checks(doc, "duplicate"))


def test_a_headlines_recovery_stated_once_in_the_body_is_still_paired(article) -> None:
    """The look-alike: the body states the headline's measure alone, with its figure changed."""
    text = _aviation().replace("国内航线运输总周转量和旅客运输量已恢复至去年同期的96.9%和98%",
                               "国内航线旅客运输量已恢复至去年同期的{p}")
    _, doc = article(text.format(p="98%"))
    assert ("holds", ["98%", "98%"]) in checks(doc, "duplicate")
    _, doc = article(text.format(p="95%"))
    assert _named(doc, "95%", "warning")


# a month inside the cumulative period, the same form (a variant of lines 2–3)
MONTHS = ("今年1-9月，全行业旅客运输量恢复至去年同期的{a}。"
          "其中，9月份全行业旅客运输量恢复至去年同期的87.5%。\n"
          "1-9月，全行业旅客运输量恢复至去年同期的{b}。\n")


def test_a_months_recovery_is_no_restatement_of_the_months_to_date(article) -> None:
    _, doc = article(MONTHS.format(a="56.4%", b="56.4%"))
    assert alarms(doc) == []
    assert all("87.5%" not in figures for _, figures in checks(doc, "duplicate"))


def test_the_months_to_date_stated_again_are_still_one_figure(article) -> None:
    """The look-alike: the recovery of 1-9月 stated again, with its figure changed."""
    _, doc = article(MONTHS.format(a="56.4%", b="58.4%"))
    assert _named(doc, "58.4%", "warning") and not _named(doc, "87.5%", "warning")
