"""No false alarm of the forty-ninth round of unseen articles (tests/data/smoke49, review.yaml): each
rule that raised one, on the real sentence, on a real look-alike whose relation must still be found,
and on a copy with a figure changed where the relation must still fail."""

from __future__ import annotations

from pathlib import Path

from helpers import alarms
from helpers import checks_of as checks

DATA = Path(__file__).parent / "data"


def lines(path: str, *numbers: int) -> str:
    """Lines of a real article (1-based), each ended by a newline."""
    text = (DATA / path).read_text(encoding="utf-8").split("\n")
    return "".join(text[n - 1] + "\n" for n in numbers)


# --- 1. a place listed among its peers is never their total (composition.py) -----------------------

# chongqing-may-day-2017-cyjjw, line 3: the six districts after 渝中区 add up to 252.29万 by chance
CHONGQING = lines("smoke49/chongqing-may-day-2017-cyjjw.txt", 3)
# yanjiang-agriculture-2021-ilynn (smoke23), line 2, opened by the district's name: 雁江区's parts,
# 雁江区属、高新区、临空经济区, after 其中 (92.78 + 2.16 + 7.35 = 102.29)
YANJIANG = lines("smoke23/yanjiang-agriculture-2021-ilynn.txt", 2).replace("全年", "", 1)


def test_districts_listed_side_by_side_are_no_total_and_parts(article) -> None:
    code, doc = article(CHONGQING)
    assert code == 0 and alarms(doc) == [] and checks(doc, "composition") == []


def test_a_district_and_the_areas_its_qizhong_lists_are_still_a_composition(article) -> None:
    code, doc = article(YANJIANG)
    assert code == 0 and alarms(doc) == []
    assert ("holds", ["102.30亿元", "92.78亿元", "7.4%", "2.16亿元", "5.6%", "7.35亿元", "7.7%", "7.4%"]) \
        in checks(doc, "composition")
    _, doc = article(YANJIANG.replace("92.78亿元，同比增长7.4%", "92.78亿元，同比增长9.4%"))
    assert ("FC113", "warning") in alarms(doc)
    assert ("warning", ["102.30亿元", "92.78亿元", "9.4%", "2.16亿元", "5.6%", "7.35亿元", "7.7%", "7.4%"]) \
        in checks(doc, "composition")


# --- 2. 乡镇（办事处、管委会）: a bracket that widens the noun names no members (enumeration.py) -----

# xiping-township-revenue-q1-2017, lines 4 and 5: the 13 names come before their count
XIPING = lines("smoke49/xiping-township-revenue-q1-2017.txt", 4, 5)


def test_a_bracket_widening_the_noun_is_no_list_of_members(article) -> None:
    code, doc = article(XIPING)
    assert code == 0 and alarms(doc) == []
    assert checks(doc, "enumeration") == [("holds", ["13个"])]


def test_the_names_before_the_count_still_fail_a_wrong_count(article) -> None:
    code, doc = article(XIPING.replace("产业集聚区13个", "产业集聚区14个"))
    assert code == 1 and alarms(doc) == [("FC601", "error")]
    assert checks(doc, "enumeration") == [("fails", ["14个"])]


# --- 3. 这三地 points back to the places its own sentence names (enumeration.py) --------------------

# hubei-golden-week-2017-qcip, line 3: 武汉…荆州和恩施其次…，表明这三地…
HUBEI = lines("smoke49/hubei-golden-week-2017-qcip.txt", 3)
# news-kcb-24cities-2022 (dev), line 9: 上海、北京、苏州…排名前三。这三地也成为…
KCB = lines("articles/news-kcb-24cities-2022.txt", 9).split("。")[0] + \
    "。这三地也成为汇聚全国科创力量的高地。\n"


def test_this_many_places_of_its_own_sentence_is_not_the_list_before(article) -> None:
    code, doc = article(HUBEI)
    assert code == 0 and alarms(doc) == [] and checks(doc, "enumeration") == []


def test_this_many_places_still_points_back_to_the_sentence_before(article) -> None:
    code, doc = article(KCB)
    assert code == 0 and checks(doc, "enumeration") == [("holds", ["前三", "三地"])]
    code, doc = article(KCB.replace("这三地", "这四地"))
    assert code == 1 and alarms(doc) == [("FC601", "error")]


# --- 4. 21个省份。其中，浙江25个: a province's count counts counties, not provinces (breakdown.py) ---

# county-tourism-top100-2020-wendadaohang, lines 1 and 4
COUNTIES = lines("smoke49/county-tourism-top100-2020-wendadaohang.txt", 1, 4)
# mid-autumn-tourism-2019-habiankeke (smoke10), line 1: 16个省份…，其中2省份…: provinces, a part
MID_AUTUMN = lines("smoke10/mid-autumn-tourism-2019-habiankeke.txt", 1)


def test_counts_in_each_province_are_no_parts_of_the_provinces(article) -> None:
    code, doc = article(COUNTIES)
    assert code == 0 and alarms(doc) == [] and checks(doc, "breakdown") == []


def test_provinces_among_provinces_are_still_parts(article) -> None:
    code, doc = article(MID_AUTUMN)
    assert code == 0 and checks(doc, "breakdown") == [("holds", ["2个", "至少16个"])]


# --- 5. 超过时间进度 of 上半年, not of the 一季度 compared with (points.py) -----------------------------

# hebei-finance-h1-2016-ce, lines 1-4: 53.5% - 6/12 = 3.5个百分点
HEBEI = lines("smoke49/hebei-finance-h1-2016-ce.txt", 1, 2, 3, 4)


def test_the_period_of_a_comparison_is_not_the_time_gone_by(article) -> None:
    code, doc = article(HEBEI)
    assert code == 0 and alarms(doc) == []
    assert ("holds", ["53.5%", "3.5个百分点"]) in checks(doc, "expression")


def test_a_wrong_gap_to_the_half_year_still_fails(article) -> None:
    _, doc = article(HEBEI.replace("超过时间进度3.5个百分点", "超过时间进度4.5个百分点"))
    assert alarms(doc) == [("FC801", "warning")]


# --- 6. the part restated in the title is never its whole (share.py) -------------------------------

# shandong-special-bonds-2020-shm, lines 1 and 2: 发行总额 is not stated
SHANDONG = lines("smoke49/shandong-special-bonds-2020-shm.txt", 1, 2)
# the same with the whole stated (1338.7 / 3135 = 42.70%)
SHANDONG_WHOLE = "今年以来，山东共发行专项债券3135亿元。\n" + SHANDONG


def test_a_share_is_not_checked_against_the_parts_own_value(article) -> None:
    code, doc = article(SHANDONG)
    assert code == 0 and alarms(doc) == [] and checks(doc, "share") == []


def test_a_share_of_a_stated_whole_is_still_checked(article) -> None:
    code, doc = article(SHANDONG_WHOLE)
    assert code == 0 and checks(doc, "share") == [("holds", ["1338.7亿元", "3135亿元", "42.7%"])]
    _, doc = article(SHANDONG_WHOLE.replace("42.7%", "52.7%"))
    assert alarms(doc) == [("FC201", "warning")]


# --- 7. 在X方面，发行专项债券…: the topic is part of the subject (subjects.py) ---------------------------

# shandong-special-bonds-2020-shm, lines 1-4
SHANDONG_TOPICS = lines("smoke49/shandong-special-bonds-2020-shm.txt", 1, 2, 3, 4)


def test_bonds_of_two_topics_are_two_figures(article) -> None:
    code, doc = article(SHANDONG_TOPICS)
    assert code == 0 and alarms(doc) == []
    assert checks(doc, "duplicate") == [("holds", ["1338.7亿元", "1338.7亿元"])]


def test_bonds_of_one_topic_stated_twice_must_still_agree(article) -> None:
    _, doc = article(SHANDONG_TOPICS + "在新型城镇化建设方面，发行专项债券334.3亿元。\n")
    assert alarms(doc) == [("FC901", "warning")]
    assert ("warning", ["324.3亿元", "334.3亿元"]) in checks(doc, "duplicate")
