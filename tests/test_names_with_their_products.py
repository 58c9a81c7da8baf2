"""及其 joins inside one name (皮革及其制品: leather and its products), never two names of a list;
及其他 may do either (金属制品业及其他制造业 are two). Real sentences: the 21世纪经济报道 report on
the heavy-metal plan (tests/data/fresh19/news-heavy-metal-plan-2011.txt, line 3) and the NBS
industry names (皮革、毛皮、羽毛及其制品和制鞋业)."""

from __future__ import annotations

from helpers import alarms
from helpers import checks_of as checks
from helpers import names_written as named

HEAVY_METALS = ("采矿、冶炼、铅蓄电池、皮革及其制品、化学原料及其制品{n}大行业的4452家企业被纳入重点监控。")


def test_a_name_holding_its_products_is_one_name(article) -> None:
    _, doc = article(HEAVY_METALS.format(n="五"))
    assert alarms(doc) == []
    assert checks(doc, "enumeration") == [("holds", ["五个"])]


def test_a_count_that_misses_the_listed_names_is_named(article) -> None:
    _, doc = article(HEAVY_METALS.format(n="六"))
    assert named(doc, "六个")
    assert checks(doc, "enumeration") == [("fails", ["六个"])]


def test_the_industry_name_with_its_products_is_one_name(article) -> None:
    _, doc = article("纺织业、纺织服装服饰业、皮革毛皮羽毛及其制品和制鞋业三个行业增加值下降。")
    assert alarms(doc) == []
    assert checks(doc, "enumeration") == [("holds", ["三个"])]


def test_and_the_others_still_joins_two_names(article) -> None:
    _, doc = article("其中，农副食品加工业、橡胶和塑料制品业、金属制品业及其他制造业4个行业增长较快。")
    assert alarms(doc) == []
    assert checks(doc, "enumeration") == [("holds", ["4个"])]


def test_the_names_after_has_keep_their_first_character(article) -> None:
    """全国有内蒙古、江苏…等4个省区 (five names): the message names 内蒙古, not 蒙古."""
    _, doc = article("全国有内蒙古、江苏、浙江、江西、河南等4个省区被纳入重点治理省区。")
    [finding] = [f for f in doc["findings"] if f["code"] == "FC601"]
    assert "(内蒙古、江苏、浙江、江西、河南)" in finding["message"]
