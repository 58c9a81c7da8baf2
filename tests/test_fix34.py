"""No false alarm on the thirty-fourth round of unseen articles (tests/data/smoke34, review.yaml; sources
in sources.yaml): each form of writing that raised one, on the real sentence, and the look-alike that
must still be found, with one figure changed (the finding names the changed figure).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import alarms
from helpers import checks_of as checks
from helpers import names_written as _named

DATA = Path(__file__).parent / "data"

# --- 1. 由 + an earlier period ending in 末: the ratio after it is that period's -----------------------

# qinghai-communique-2006-acmr line 3
QINGHAI = ("经国家统计局核准，全省生产总值641.05亿元，按可比价格计算，比上年增长12.2%；人均生产总值11753元，"
           "按可比价格计算，比上年增长11.3%。在产业结构调整中，全年第一产业完成增加值69.60亿元，比上年增长3.5%；"
           "第二产业完成增加值330.82亿元，比上年增长15.7%；第三产业完成增加值240.63亿元，比上年增长10.5%。"
           "第一、第二和第三产业增加值占生产总值的比重分别由“十五”末2005年的12.0 :48.7 :39.3转变为"
           "10.9 :51.6 :37.5；第一、第二和第三产业对GDP的贡献率分别为3.5%、62.7%、33.8%。")
PERIOD = "由“十五”末2005年的"
SHARES_2006 = [
    ("holds", ["69.60亿元", "330.82亿元", "240.63亿元", "10.9"]),
    ("holds", ["69.60亿元", "641.05亿元", "10.9"]),
    ("holds", ["330.82亿元", "69.60亿元", "240.63亿元", "51.6"]),
    ("holds", ["330.82亿元", "641.05亿元", "51.6"]),
    ("holds", ["240.63亿元", "69.60亿元", "330.82亿元", "37.5"]),
    ("holds", ["240.63亿元", "641.05亿元", "37.5"]),
]


@pytest.mark.parametrize("period", [PERIOD, "由2005年末的", "由“十五”末的", "由“十五”期末",
                                    "由十五末2005年的", "从“十一五”末的", "由2005年的"])
def test_the_ratio_of_an_earlier_period_ending_in_mo_is_no_current_share(article, period) -> None:
    _, doc = article(QINGHAI.replace(PERIOD, period) + "\n")
    assert alarms(doc) == []
    assert checks(doc, "share") == SHARES_2006  # only the ratio after 转变为, this year's


def test_the_current_ratio_is_still_checked(article) -> None:
    _, doc = article(QINGHAI.replace("51.6 :37.5", "52.6 :37.5") + "\n")
    assert ("FC201", "error") in alarms(doc)
    assert _named(doc, "52.6")


def test_a_ratio_without_an_earlier_period_is_still_read(article) -> None:
    """The look-alike: the same ratio written as this year's (比重分别为…) is tested; one term off
    is an error naming it."""
    text = QINGHAI.replace("由“十五”末2005年的12.0 :48.7 :39.3转变为", "为")
    _, doc = article(text + "\n")
    assert alarms(doc) == []
    assert checks(doc, "share") == SHARES_2006
    _, doc = article(text.replace("10.9 :51.6", "11.9 :50.6") + "\n")
    assert ("FC201", "error") in alarms(doc)
    assert _named(doc, "11.9")


def test_the_whole_qinghai_article_has_no_alarm(article) -> None:
    _, doc = article((DATA / "smoke34" / "qinghai-communique-2006-acmr.txt").read_text(encoding="utf-8"))
    assert alarms(doc) == []


# --- 2. the bracketed 斤 equivalent of a change is no previous level --------------------------------

# grain-2010-nbs-starchworld line 6
GRAIN = ("西南旱区减产较多。旱灾较重的广西、贵州、云南三省（区）粮食总产量为4048万吨（810亿斤），"
         "比2009年减产160万吨（32亿斤），下降3.8%，其中，夏粮和早稻共减产约201万吨，秋粮形势较好，增产43万吨。")


def test_the_restated_change_is_no_previous_level(article) -> None:
    _, doc = article(GRAIN + "\n")
    assert alarms(doc) == []
    assert checks(doc, "expression") == []
    assert checks(doc, "growth") == [("holds", ["4048万吨", "减产160万吨", "下降3.8%"])]
    assert checks(doc, "duplicate") == [("holds", ["4048万吨", "810亿斤"])]


def test_the_grain_relations_still_catch_a_changed_figure(article) -> None:
    _, doc = article(GRAIN.replace("下降3.8%", "下降4.8%") + "\n")
    assert ("FC101", "error") in alarms(doc)
    assert _named(doc, "下降4.8%")
    _, doc = article(GRAIN.replace("810亿斤", "910亿斤") + "\n")
    assert _named(doc, "910亿斤") or _named(doc, "910亿斤", "warning")


# The look-alike: the previous level written after 比, itself restated in brackets, is still the level
# the change is taken from; the changes after 其中 are the parts', not the whole's.
GRAIN_FROM_LEVEL = GRAIN.replace("比2009年减产160万吨（32亿斤）",
                                 "比2009年的4208万吨（842亿斤）减产160万吨（32亿斤）")


def test_a_previous_level_written_before_its_restatement_is_still_found(article) -> None:
    _, doc = article(GRAIN_FROM_LEVEL + "\n")
    assert alarms(doc) == []
    assert checks(doc, "expression") == [("holds", ["4048万吨", "4208万吨", "减产160万吨"])]
    _, doc = article(GRAIN_FROM_LEVEL.replace("减产160万吨", "减产150万吨") + "\n")
    assert ("FC801", "error") in alarms(doc)
    assert _named(doc, "减产150万吨")


def test_the_whole_grain_article_has_no_alarm(article) -> None:
    _, doc = article((DATA / "smoke34" / "grain-2010-nbs-starchworld.txt").read_text(encoding="utf-8"))
    assert alarms(doc) == []
