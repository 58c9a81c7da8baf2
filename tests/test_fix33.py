"""No false alarm on the thirty-third round of unseen articles (tests/data/smoke33, review.yaml; sources
in sources.yaml): each form of writing that raised one, on the real sentence, and the look-alike that
must still be found, with one figure changed (the finding names the changed figure).
"""

from __future__ import annotations

from pathlib import Path

from helpers import alarms
from helpers import checks_of as checks
from helpers import names_written as _named

from factcheck.discover.enumeration import list_items

DATA = Path(__file__).parent / "data"


# --- 1. 与 inside a name is no conjunction of the list ----------------------------------------------

# graduates-2017-mycos-zhijin line 4
TOP_FIVE = ("同时，报告也公布了专业的“高薪榜”。本科专业中，列在“高薪榜”前五位的专业分别是信息安全、软件工程、"
            "网络工程、微电子学和计算机科学与技术。")
# graduates-2017-mycos-zhijin line 5 (its last sentence)
TOP_THREE = ("就业率最高的专业类是护理学类（95.4%），最低的是历史学类、法学类（均为86.1%）。"
             "就业率前三位的专业是软件工程、工程管理、建筑环境与设备工程。")


def test_the_last_piece_is_cut_at_he_not_at_the_yu_of_a_name() -> None:
    assert list_items("信息安全、软件工程、网络工程、微电子学和计算机科学与技术") == [
        "信息安全", "软件工程", "网络工程", "微电子学", "计算机科学与技术"]


def test_a_yu_whose_halves_are_no_names_of_the_kind_joins_one_name() -> None:
    """设备工程 ends like 软件工程, 建筑环境 like no name of the list: one major."""
    assert list_items("软件工程、工程管理、建筑环境与设备工程") == [
        "软件工程", "工程管理", "建筑环境与设备工程"]


def test_a_yu_between_names_of_the_kind_still_cuts() -> None:
    """The look-alike: halves that end like the other names, or like each other, are two names."""
    assert list_items("钢铁工业、有色工业、化学工业与建材工业") == [
        "钢铁工业", "有色工业", "化学工业", "建材工业"]
    assert list_items("广东、江苏、山东与浙江") == ["广东", "江苏", "山东", "浙江"]


def test_five_majors_fill_the_top_five(article) -> None:
    _, doc = article(TOP_FIVE + "\n")
    assert alarms(doc) == []
    assert checks(doc, "enumeration") == [("holds", ["前五位"])]
    _, doc = article(TOP_FIVE.replace("前五位", "前六位") + "\n")
    assert ("FC601", "error") in alarms(doc)
    assert _named(doc, "前六位")


def test_three_majors_fill_the_top_three(article) -> None:
    _, doc = article(TOP_THREE + "\n")
    assert alarms(doc) == []
    assert checks(doc, "enumeration") == [("holds", ["前三位"])]
    _, doc = article(TOP_THREE.replace("前三位", "前四位") + "\n")
    assert ("FC601", "error") in alarms(doc)
    assert _named(doc, "前四位")


def test_the_whole_article_has_no_alarm(article) -> None:
    _, doc = article((DATA / "smoke33" / "graduates-2017-mycos-zhijin.txt").read_text(encoding="utf-8"))
    assert alarms(doc) == []


# box-office-summer-2024-maoyan-zjwcr line 2 (its end): a pair of titles with 和 and a 与 inside one,
# no list by 、: still not read (第四、五名 is no count of five).
TITLES = ("第三名为进口片《异形：夺命舰》，票房突破6亿，成为今年暑期档末期的一匹“黑马”。"
          "第四、五名分别为《云边有个小卖部》和《死侍与金刚狼》。")


def test_two_titles_without_a_list_by_dun_stay_unread(article) -> None:
    _, doc = article(TITLES + "\n")
    assert alarms(doc) == []


# --- 2. a 从X来看 section splits a total of X only ---------------------------------------------------

# listed-h1-2017-chinafundnews-cxorg lines 5-8
LISTED = ("行业占比来看，25家银行上半年的净利润合计7849.9亿元，占到全部上市公司净利润的43.85%；"
          "非银金融行业的净利润1287.31亿元，"
          "仅次于银行业；此外，化工、采掘、建筑装饰等行业的净利润也较高。\n"
          "以下，中国基金报记者将具体公司的榜单列出。\n"
          "1、 营业收入排行榜：两桶油营收上万亿元\n"
          "从营业收入来看，中国石化以1.17万亿元位居首位，紧随其后的另一桶“油”中国石油的营业收入9759.09亿元；"
          "到第三名的中国建筑，营业收入则为5252.55亿元。此外，中国平安中国人寿两家保险公司营收在4000亿元以上，"
          "上汽集团工商银行建设银行的收入也在3000亿元以上。\n")


def test_a_section_of_another_measure_splits_no_total(article) -> None:
    _, doc = article(LISTED)
    assert alarms(doc) == []
    assert checks(doc, "breakdown") == []


def test_the_whole_listed_article_has_no_alarm(article) -> None:
    path = DATA / "smoke33" / "listed-h1-2017-chinafundnews-cxorg.txt"
    _, doc = article(path.read_text(encoding="utf-8"))
    assert alarms(doc) == []


# The look-alike: a 从X来看 section whose X the earlier total measures still splits it
# (smoke10 mid-autumn-tourism-2019-habiankeke lines 1 and 4).
TOURISM = ("经文化和旅游部综合测算，2019年中秋节期间，全国接待国内旅游总人数1.05亿人次，同比增长7.6%；"
           "实现国内旅游收入472.8亿元，同比增长8.7%。\n"
           "从接待游客人数来看，中秋小长假期间湖南接待的游客数量最多，为2092.84万人次，湖北次之，为2010.01万人次。"
           "此外，河南、山西、贵州和重庆等4省份接待游客总数均超过1000万人次。\n")


def test_a_section_of_the_same_measure_still_splits_the_total(article) -> None:
    _, doc = article(TOURISM)
    assert alarms(doc) == []
    assert ("holds", ["2092.84万人次", "2010.01万人次", "1.05亿人次"]) in checks(doc, "breakdown")
    _, doc = article(TOURISM.replace("1.05亿人次", "0.35亿人次"))
    assert ("FC301", "warning") in alarms(doc)
    assert _named(doc, "0.35亿人次", "warning")
