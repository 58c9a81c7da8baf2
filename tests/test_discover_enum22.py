"""Counts and the names listed with them, session 22 (figures/guards.py, discover/enumeration.py):
the count in the lead of a split by an official classification (分三大门类看，采矿业…，制造业…，电力…供应业…;
从三大产业看; 分四大区域看; 三大门类中) and the classes its sentence names. Real sentences through
`factcheck check ARTICLE`: as written (the check holds), with the count changed (an error naming it),
and the look-alikes (no check, no alarm).
"""

from __future__ import annotations

import pytest
from helpers import alarms, check_dicts, error_findings, names_written, written_set

TITLE = "标题\n"

#: tests/data/fresh18/news-sichuan-industry-profit-2022.txt line 6: the classes by ；
SICHUAN = ("分三大门类看，采矿业实现利润总额371.1亿元，同比增长17.0%；制造业实现利润总额3104.8亿元，同比增长"
           "13.4%；电力、热力、燃气及水生产和供应业实现利润总额343.9亿元，同比增长4.1%。\n")
#: tests/data/smoke/xian-industrial-energy-jan-apr.txt: 从…看
XIAN = ("从三大门类看，采矿业电力消费0.10亿千瓦时，同比增长3.6%；制造业电力消费30.89亿千瓦时，同比增长23.9%；"
        "电力、热力、燃气及水生产和供应业电力消费8.08亿千瓦时，同比增长1.1%。\n")
#: tests/data/smoke15/inner-mongolia-industry-jan-aug-2023-gxt.txt: 三大门类中 after the place
MONGOLIA = ("全区三大门类中，采矿业增加值同比增长3.7%，较1-7月提高0.2个百分点；制造业增长11.9%，提高0.6个"
            "百分点；电力热力燃气及水生产和供应业增长10.6%，提高0.7个百分点。\n")
#: tests/data/smoke15/shangyu-communique-2013.txt: the three industries
SHANGYU = ("从三大产业看：第一产业实现增加值41.71亿元，增长3.2%；第二产业实现增加值344.22亿元，增长10.0%；"
           "第三产业实现增加值239.05亿元，增长8.4%。\n")
#: tests/data/smoke40/wages-2018-nbs-ruihuidiecuting.txt: four regions after 依次是, in traditional script
REGIONS = ("分四大區域看，2018年城鎮非私營單位就業人員年平均工資由高到低依次是東部、西部、中部和東北，分別為"
           "93253元、75755元、68969元和65411元。\n")


@pytest.mark.parametrize(("text", "count", "wrong"), [
    (SICHUAN, "三大", "四大"),
    (XIAN, "三大", "四大"),
    (MONGOLIA, "三大", "两大"),
    (SHANGYU, "三大", "四大"),
    (REGIONS, "四大", "五大"),
])
def test_the_lead_counts_the_classes_its_sentence_names(article, text, count, wrong) -> None:
    code, doc = article(TITLE + text)
    assert code == 0 and error_findings(doc) == [], error_findings(doc)
    held = [c for c in check_dicts(doc, "enumeration") if count[0] + "个" in written_set(c)]
    assert held and held[0]["how"] == "stated" and held[0]["verdict"] == "holds", doc["checks"]
    code, bad = article(TITLE + text.replace(count, wrong, 1))
    assert code == 1 and names_written(bad, wrong[0] + "个"), bad["findings"]


@pytest.mark.parametrize("text", [
    # a group of the article's own, whose members no classification fixes
    "从三大主导产业看，电子信息增长5.2%，装备制造增长6.1%，生物医药增长7.3%。\n",
    # two of the three classes named: some of them, no alarm
    "分三大门类看，采矿业增加值同比增长7.5%，制造业增长8.7%。\n",
])
def test_no_alarm_when_the_classes_are_not_all_known(article, text) -> None:
    code, doc = article(TITLE + text)
    assert code == 0 and alarms(doc) == [], doc["findings"]
    assert all(c["verdict"] == "holds" for c in check_dicts(doc, "enumeration")), doc["checks"]
