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


# --- A增长95.7%、B增长30.9%…，以上五个行业: the items a count points back to, each with its figure ------
#: tests/data/fresh21/stat-qinghai-industry-2020m4.txt line 5 (青海省统计局, 2020): after 其中
QINGHAI_UP = ("其中，煤炭开采和洗选业同比增长95.7%、计算机通信和其他电子设备制造业增长30.9%、医药制造业增长"
              "24.3%、有色金属冶炼和压延加工业增长17.0%、电力热力生产和供应业增长10.1%，以上五个行业占全省规模"
              "以上工业增加值的比重为45.7%。\n")
#: the same line's next sentence: the five that fell, opening their sentence
QINGHAI_DOWN = ("电气机械和器材制造业下降29.0%、有色金属矿采选业下降9.9%、化学原料和化学制品制造业下降5.3%、"
                "非金属矿物制品业下降5.2%、石油煤炭及其他燃料加工业下降2.2%，以上五个行业占全省规模以上工业"
                "增加值的比重为32.2%。\n")
#: tests/data/smoke22/hunan-industry-profits-jan-jul-2025-gylwh.txt: the names before 分别, a period
#: first (no item with a figure of its own: not this form)
HUNAN = ("1-7月，全省规模工业冶金行业、机械行业和装备行业利润总额同比分别增长62.1%、15.2%和11.3%，以上3个"
         "板块共拉动全省规模工业利润总额增长9.4个百分点。\n")


@pytest.mark.parametrize("text", [QINGHAI_UP, QINGHAI_DOWN, QINGHAI_UP + QINGHAI_DOWN])
def test_the_count_points_back_to_the_items_with_figures(article, text) -> None:
    code, doc = article(TITLE + text)
    assert code == 0 and error_findings(doc) == [], error_findings(doc)
    held = [c for c in check_dicts(doc, "enumeration") if "五个" in written_set(c)]
    assert len(held) == text.count("以上五个") and all(c["verdict"] == "holds" for c in held), doc["checks"]
    assert all(len(c["claims"]) == 1 for c in held), held  # each count its own sentence's items
    code, bad = article(TITLE + text.replace("以上五个", "以上四个", 1))
    assert code == 1 and names_written(bad, "四个"), bad["findings"]


@pytest.mark.parametrize("text", [
    HUNAN,
    # the items run over clauses (a second figure after a comma): not read
    "其中，采矿业增长5.1%，较上月提高0.2个百分点、制造业增长3.2%，以上三个行业合计拉动增长2.1个百分点。\n",
    # a count of industries after a sentence with no items
    "全省工业生产总体平稳，以上三个行业支撑作用明显。\n",
])
def test_no_alarm_on_counts_pointing_back_otherwise(article, text) -> None:
    code, doc = article(TITLE + text)
    assert code == 0 and alarms(doc) == [], doc["findings"]
