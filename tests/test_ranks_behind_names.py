"""A place right after the names ahead of it is one below as many names (discover/enumeration.py
`_behind`), in three more forms than 仅次于A和B，位列第三:
- 成为火电、水电之后的第三大电源 and 继美国、英国、法国、前苏联、加拿大和瑞典之后，世界上第七个…的国家
  (中国新能源产业发展报告 2010, tests/data/fresh19/stat-new-energy-report-2010.txt lines 33, 49);
- 全球第三大燃料乙醇生产国，仅次于巴西和美国 (the same report, line 41): what the place ranks may
  stand between it and 仅次于;
- 是继Kubernetes和Prometheus之后，第三个加入CNCF的开源项目 (a Chinese note on OpenTracing, in the
  search tool's `code` corpus).
继/成为/是 need two names or more (继北京之后的第二个: who was first is not said)."""

from __future__ import annotations

import pytest
from helpers import alarms
from helpers import checks_of as checks
from helpers import names_written as named

HOLDING = [
    ("风电完全可能成为火电、水电之后的第三大电源。", "第三大"),
    ("中国是继美国、英国、法国、前苏联、加拿大和瑞典之后，世界上第七个能自主设计和建造核电站的国家。",
     "第七个"),
    ("截至2008年底，我国已成为全球第三大燃料乙醇生产国，仅次于巴西和美国。", "第三大"),
    ("OpenTracing是继Kubernetes和Prometheus之后，第三个加入CNCF的开源项目。", "第三个"),
]


@pytest.mark.parametrize(("text", "rank"), HOLDING)
def test_the_place_after_the_names_ahead_holds(article, text, rank) -> None:
    _, doc = article(text)
    assert alarms(doc) == []
    assert checks(doc, "expression") == [("holds", [rank])]


@pytest.mark.parametrize(("text", "rank", "wrong"), [
    (HOLDING[1][0], "第七个", "第六个"), (HOLDING[2][0], "第三大", "第四大"),
    (HOLDING[0][0], "第三大", "第二大")])
def test_a_place_that_skips_or_repeats_one_is_named(article, text, rank, wrong) -> None:
    _, doc = article(text.replace(rank, wrong))
    assert named(doc, wrong)


@pytest.mark.parametrize("text", [
    "成为继北京之后的第二个举办城市。",  # one name ahead: who was first is not said
    "等前两个读线程都释放读锁之后，第三个线程就能进去写了。",  # no verb that ranks
    "在回答了协程是什么之后，第三个问题就紧随而来。",
    "是继英、法之后，第三个发行50年期国债的国家。",  # one-character names are not read
])
def test_look_alikes_are_not_ranked(article, text) -> None:
    _, doc = article(text)
    assert alarms(doc) == []
    assert checks(doc, "expression") == []
