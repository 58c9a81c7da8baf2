"""No false alarm on the fortieth round of unseen articles (tests/data/smoke40, review.yaml; sources in
sources.yaml): each form of writing that raised one, on the real sentence, and the relation or the
look-alike that must still be found, with one figure changed (the finding names the changed figure).
"""

from __future__ import annotations

from pathlib import Path

from helpers import alarms
from helpers import checks_of as checks
from helpers import names_written as _named

from factcheck.discover.enumeration import list_items

DATA = Path(__file__).parent / "data"


def _line(round_: str, slug: str, line: int) -> str:
    return (DATA / round_ / f"{slug}.txt").read_text(encoding="utf-8").split("\n")[line - 1] + "\n"


def _enumerations(doc: dict) -> list[tuple[str, list[str], list[str]]]:
    """(verdict, the claims as written, the names listed) of each enumeration check."""
    return [(c["verdict"], [x["written"] for x in c["claims"]], c.get("names", [])) for c in doc["checks"]
            if c["kind"] == "enumeration"]


def _verdicts(doc: dict, kind: str) -> list[tuple[str, list[str]]]:
    return checks(doc, kind)


# --- 1. a count of groups, each group then named as the subject of its own 包括 sentence -----------

# agri-census-workers-2016-nbs-0791new line 11
REGIONS = _line("smoke40", "agri-census-workers-2016-nbs-0791new", 11)


def test_groups_named_one_per_sentence_are_what_the_count_counts(article) -> None:
    _, doc = article(REGIONS)
    assert alarms(doc) == []
    assert [v for v, _, _ in _enumerations(doc)] == ["holds"]


def test_a_group_more_or_less_is_still_an_error(article) -> None:
    _, doc = article(REGIONS.replace("四大区域", "五大区域"))
    assert ("FC601", "error") in alarms(doc)
    assert _named(doc, "五个")
    # the last region's sentence left out: three regions for 四大
    _, doc = article(REGIONS.replace("中国东北包括辽宁省、吉林省和黑龙江省。", ""))
    assert ("FC601", "error") in alarms(doc)
    assert any("3 name(s)" in f["message"] for f in doc["findings"])


def test_a_list_right_after_the_colon_is_still_the_counts(article) -> None:
    """The look-alike: the names right after the colon (no subject of their own), or after an
    adverb and 包括 (主要包括), are still what the count counts."""
    text = "2.三大区域：东部、中部和西部。\n"
    _, doc = article(text)
    assert [v for v, _, _ in _enumerations(doc)] == ["holds"]
    _, doc = article(text.replace("三大", "四大"))
    assert ("FC601", "error") in alarms(doc)
    _, doc = article("2.两大区域：东部区域包括北京和天津；西部地区包括重庆和四川。\n".replace("两大", "三大"))
    assert ("FC601", "error") in alarms(doc)
    assert any("2 name(s)" in f["message"] for f in doc["findings"])
    _, doc = article("全市共有四个园区：主要包括高新区、经开区、临港区和综保区。\n".replace("四个", "五个"))
    assert ("FC601", "error") in alarms(doc)
    assert _named(doc, "五个")


# --- 2. one 其中 holding the two halves of the total and a part of another split -------------------

# transport-jan-jul-province-wlhyxh line 2
PORTS = _line("smoke40", "transport-jan-jul-province-wlhyxh", 2)
# port-mar-2013-texasayurvedic (smoke10) line 2: the halves alone
HALVES = _line("smoke10", "port-mar-2013-texasayurvedic", 2)


def test_the_halves_are_one_split_and_the_other_part_another(article) -> None:
    _, doc = article(PORTS)
    assert alarms(doc) == []
    assert sorted(_verdicts(doc, "breakdown")) == [("holds", ["34397万吨", "108447万吨"]),
                                                    ("holds", ["95315万吨", "13132万吨", "108447万吨"])]


def test_the_halves_still_make_up_the_total(article) -> None:
    _, doc = article(PORTS.replace("内河港口完成13132万吨", "内河港口完成13232万吨"))
    assert ("FC301", "error") in alarms(doc)
    assert _named(doc, "13232万吨")
    # the halves make all of it: short of the total is an error too
    _, doc = article(PORTS.replace("内河港口完成13132万吨", "内河港口完成13032万吨"))
    assert ("FC301", "error") in alarms(doc)
    assert _named(doc, "13032万吨")


def test_the_other_part_is_still_at_most_the_total(article) -> None:
    _, doc = article(PORTS.replace("外贸货物吞吐量34397万吨", "外贸货物吞吐量134397万吨"))
    assert ("FC301", "error") in alarms(doc)
    assert _named(doc, "134397万吨")


def test_a_third_kind_named_like_the_halves_keeps_the_list_whole(article) -> None:
    """The look-alike: 内资企业, 外资企业 and 港澳台资企业 are three kinds of one split (the third named
    like the halves): summed together, never the halves alone."""
    text = "全市共有规上工业企业170家。其中，内资企业100家，外资企业50家，港澳台资企业20家。\n"
    _, doc = article(text)
    assert _verdicts(doc, "breakdown") == [("holds", ["100家", "50家", "20家", "170家"])]
    _, doc = article(text.replace("港澳台资企业20家", "港澳台资企业30家"))
    assert ("FC301", "error") in alarms(doc)
    assert _named(doc, "30家")


def test_coastal_and_inland_ports_alone_make_their_total(article) -> None:
    """The look-alike: 沿海 and 内河 alone, without another split (their sum equals the total)."""
    _, doc = article(HALVES)
    assert alarms(doc) == []
    assert ("holds", ["60990万吨", "26089万吨", "87079万吨"]) in _verdicts(doc, "breakdown")
    _, doc = article(HALVES.replace("内河港口完成26089万吨", "内河港口完成25089万吨"))
    assert ("FC301", "error") in alarms(doc)
    assert _named(doc, "25089万吨")


def test_three_siblings_without_halves_are_still_summed(article) -> None:
    """The look-alike: a 其中 of three parts of one split (no two of them halves) is still summed."""
    text = "全市港口货物吞吐量共完成1000万吨。其中，集装箱500万吨；散货300万吨；件杂货100万吨。\n"
    _, doc = article(text)
    assert ("holds", ["500万吨", "300万吨", "100万吨", "1000万吨"]) in _verdicts(doc, "breakdown")
    _, doc = article(text.replace("件杂货100万吨", "件杂货300万吨"))
    assert ("FC301", "error") in alarms(doc)
    assert _named(doc, "300万吨")


# --- 3 and 4. names that hold 和 and 、: 以及 joins the last, ， separates them -----------------------

# wages-2018-nbs-ruihuidiecuting line 4 (traditional characters)
WAGES = _line("smoke40", "wages-2018-nbs-ruihuidiecuting", 4)


def test_three_industries_with_and_inside_their_names(article) -> None:
    _, doc = article(WAGES)
    assert alarms(doc) == []
    found = _enumerations(doc)
    assert [(v, w) for v, w, _ in found] == [("holds", ["17.2%", "14.4%", "13.1%", "三个"]),
                                              ("holds", ["-0.1%", "4.6%", "5.5%", "三个"])]


def test_a_count_changed_before_either_list_is_an_error(article) -> None:
    _, doc = article(WAGES.replace("增速最高的三個", "增速最高的四個"))
    assert alarms(doc) == [("FC601", "error")]
    assert _named(doc, "四个")
    assert "3 name(s)" in doc["findings"][0]["message"]
    _, doc = article(WAGES.replace("增速最低的三個", "增速最低的四個"))
    assert alarms(doc) == [("FC601", "error")]
    assert _named(doc, "四个")
    assert "3 name(s)" in doc["findings"][0]["message"]


def test_yiji_is_the_lists_conjunction_among_names_that_hold_he() -> None:
    assert list_items("采矿业、科学研究和技术服务业以及批发和零售业") == [
        "采矿业", "科学研究和技术服务业", "批发和零售业"]
    # sichuan-finance-2024-yxiu (smoke24) line 4: four industries, three of them holding 和
    four = ["科学研究和技术服务业", "批发和零售业", "信息传输软件和信息技术服务业", "租赁和商务服务业"]
    assert list_items("、".join(four[:3]) + "以及" + four[3]) == four
    # the look-alikes: a plain 以及 list; places joined by 和 beside 以及 (two names or one group?)
    assert list_items("北京、上海以及广州") == ["北京", "上海", "广州"]
    assert list_items("北京、天津和河北以及山东") is None


def test_titles_by_commas_are_no_name_written_with_dunhao(article) -> None:
    """The look-alike: spring-festival-box-office-2024-sosobot (smoke31) line 2, four films whose
    writer put a ， among the 、 (no name holds 和): not read as one name with 、."""
    _, doc = article(_line("smoke31", "spring-festival-box-office-2024-sosobot", 2))
    assert alarms(doc) == []
    assert _enumerations(doc) == []
