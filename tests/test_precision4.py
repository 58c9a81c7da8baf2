"""No false alarm on the eight articles of corpus4 (tests/data/articles): each rule that raised one,
with the real sentence (no alarm) and a sentence where the same rule must still fire."""

from __future__ import annotations

import pytest

SHENZHEN = "news-shenzhen-gov-report-2022"  # 深圳2022年重大项目计划 (tests/data/articles)
CENSUS = "news-central-capitals-census-2021"
BIRTHS = "news-cn-annual-births-2021"


def alarms(doc: dict) -> list[tuple[str, str, list[str]]]:
    return [(f["code"], f["severity"], [c["written"] for c in f["claims"]]) for f in doc["findings"]
            if f["severity"] in ("error", "warning")]


def at(doc: dict, code: str) -> list[tuple[int, int]]:
    return [(f["line"], f["column"]) for f in doc["findings"]
            if f["code"] == code and f["severity"] in ("error", "warning")]


# --- FC701: a percentage is of a count only when the words say so ------------------------------
@pytest.mark.parametrize("text", [
    # news-shenzhen-gov-report-2022 line 43: the count is the part the 个数占比 is of a whole unstated
    "其中，现代产业类项目250个，个数占比28.3%，总投资10373.3亿元，投资占比29.1%。\n",
    # news-central-capitals-census-2021 line 49: a ranking among six, the 21.34% is Wuhan's
    "但同时，这一数值在中部六个省会中排名最末，武汉的“人口首位度”达到21.34%。\n",
    # 四川在线 2020-11-27 (https://www.cititic.com/news/mm/1532238-20201127.htm): 占 after the part
    "2020年全市四季度集中开工重大项目41个、总投资282亿元，其中亿元以上项目22个、占项目总数的53.7%。\n",
])
def test_a_count_the_words_do_not_make_the_whole(article, text) -> None:
    _, doc = article(text)
    assert alarms(doc) == []


@pytest.mark.parametrize(("text", "column"), [
    ("全市集中开工的41个重大项目中，54.7%为亿元以上项目。\n", 17),
    ("全市集中开工重大项目41个，其中54.7%为亿元以上项目。\n", 17),
    ("全市集中开工重大项目41个，亿元以上项目占54.7%。\n", 22),
])
def test_a_count_the_words_make_the_whole_still_checks(article, text, column) -> None:
    """The same projects (22 of 41 is 53.7%) with the share changed: no k/41 is 54.7%."""
    code, doc = article(text)
    assert code == 1 and at(doc, "FC701") == [(1, column)]


# --- FC301: people are not counted among places ------------------------------------------------
CITIES = ("山西11个地级市中，常住人口占比超过10%的有{n}个，排在太原之后的运城有477.45万人，"
          "但2020年GDP仅有1643亿元。\n")


def test_people_are_no_part_of_a_count_of_places(article) -> None:
    """news-central-capitals-census-2021 line 75; the count of cities among the cities still checks."""
    _, doc = article(CITIES.format(n=3))
    assert alarms(doc) == []
    code, doc = article(CITIES.format(n=13))
    assert code == 1 and at(doc, "FC301") == [(1, 23)]


# --- FC301/FC201: a 从…看 section ends the total's 其中 -----------------------------------------
SECTIONS = ("从区域分布看，安排位于原特区外或连接原特区内外项目582个，个数占比65.9%，年度计划完成1533.7亿元，"
            "投资占比68.4%；{section}包括政府投资和社会投资项目。其中，政府投资{part}亿元，占25.7%；"
            "社会投资1665.8亿元，占74.3%。\n")


def test_a_new_section_is_split_by_its_own_qizhong(article) -> None:
    """news-shenzhen-gov-report-2022 line 39: 575.5 + 1665.8 is the plan's 2241.3亿元, not the
    1533.7亿元 of the projects outside the old zone, which 从投资来源看 leaves."""
    _, doc = article(SECTIONS.format(section="从投资来源看，", part="575.5"))
    assert alarms(doc) == []
    _, doc = article(SECTIONS.format(section="", part="575.5"))
    assert {code for code, _, _ in alarms(doc)} >= {"FC301"}


# --- FC601: quotes inside a name hold no count --------------------------------------------------
@pytest.mark.parametrize(("names", "expected"), [
    ("重点推进华润大冲旧村改造、深汕高中园项目、第二儿童医院、深圳市罗湖“二线插花地”棚户区改造项目等项目建设。\n",
     []),
    ("推进产业能级、创新模式、数字赋能、数据价值、普惠共享“七个跃升”等。\n", [(1, 28)]),
])
def test_quotes_inside_a_name(article, names, expected) -> None:
    """news-shenzhen-gov-report-2022 line 47 (the quotes name part of one project); a quoted count
    after its list (news-zhejiang-decade-2022, “五个跃升”) still counts the names."""
    _, doc = article(names)
    assert at(doc, "FC601") == expected


# --- FC901: a bare 占比 label ties nothing; a target is not a restatement ----------------------
def test_a_bare_share_label_ties_nothing_across_sentences(article) -> None:
    """news-shenzhen-gov-report-2022 lines 43 and 45: 个数占比 of two categories of projects."""
    _, doc = article("其中，现代产业类项目250个，个数占比28.3%，总投资10373.3亿元，投资占比29.1%。\n\n"
                     "基础设施类项目276个，个数占比31.3%，总投资15491.9亿元，投资占比43.4%。\n")
    assert alarms(doc) == []
    _, doc = article("全市高技术制造业增加值占规模以上工业增加值的比重为15.1%。\n\n"
                     "全市高技术制造业增加值占规模以上工业增加值的比重为16.1%，比上年提高0.6个百分点。\n")
    assert at(doc, "FC901") == [(3, 25)]


@pytest.mark.parametrize("text", [
    # news-cn-annual-births-2021 line 21
    "二看就业，去年就业压力相当之大，但全年城镇新增就业1269万人，超出1100万人以上的预期目标。\n",
    # 新华社 2020-01-28 (http://www.cnr.cn/jingji/gundong/20200129/t20200129_524952454.shtml)
    "2019年，我国城镇新增就业1352万人，连续7年保持在1300万人以上，明显高于1100万人以上的预期目标。\n",
])
def test_a_target_is_no_restatement(article, text) -> None:
    _, doc = article(text)
    assert alarms(doc) == []


def test_a_restatement_still_checks(article) -> None:
    code, doc = article("全年城镇新增就业1269万人，超过1300万人。\n")
    assert code == 1 and at(doc, "FC901") == [(1, 16)]
