"""No false alarm on the twenty-eighth round of unseen articles (tests/data/smoke28, review.yaml; sources
in sources.yaml): each form of writing that raised one, on the real sentence, and the same form with
one figure changed where the sentence states a real relation (the finding names the changed figure).
"""

from __future__ import annotations

from helpers import alarms
from helpers import checks_of as checks
from helpers import names_written as _named

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
