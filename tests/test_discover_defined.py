"""A measure its definition makes at most another of the same place and period (discover/defined.py):
value added within gross output, the primary industry within farming, the local budget revenue within
the total fiscal revenue. Real paragraphs, the same with the smaller made larger (a warning: the
definitions tie them, not the words), and look-alikes of another scope or period.
"""

from __future__ import annotations

import pytest


def defined(doc: dict) -> list[dict]:
    return [r for r in doc["checks"] if r["check"] and "_defined" in r["check"]]


def written(record: dict) -> list[str]:
    return sorted(c["written"] for c in record["claims"])


@pytest.mark.parametrize(("text", "part", "whole", "wrong"), [
    # smoke6 city-economy-q1-queens-hat lines 2 and 4
    ("根据市级生产总值统一核算结果，一季度全市实现生产总值1057.70亿元，按不变价格计算，同比增长4.7%。其中，"
     "第一产业增加值{n}，增长4.4%；第二产业增加值507.43亿元，增长4.6%。\n\n"
     "农业生产形势稳定。一季度，全市实现农林牧渔业总产值43.2亿元，同比增长4.5%。\n", "25.04亿元", "43.2亿元",
     "45.04亿元"),
    # fresh15 stat-haining-2024h1 line 4 (海宁 2024 上半年)
    ("上半年，全市实现农林牧渔业增加值{n}，同比增长3.8%；农林牧渔业总产值17.68亿元，增长3.8%。\n",
     "9.63亿元", "17.68亿元", "19.63亿元"),
    # smoke11 district-economy-jan-may-zetdz line 4
    ("1-5月，全区完成规模以上工业总产值307.35亿元，同比增长9.0%；规模以上工业增加值{n}，同比增长10.3%。\n",
     "70.90亿元", "307.35亿元", "370.90亿元"),
    # smoke19 gongshu-gov-report-2019 line 4
    ("预计实现地区生产总值570亿元，增长5%；财政总收入157.1亿元，增长11.5%；地方一般公共预算收入{n}，增长8%。\n",
     "84.4亿元", "157.1亿元", "184.4亿元"),
    # fresh15 stat-yuhang-plan-2022 line 6
    ("全年实现地区生产总值2651.25亿元，增长1.0%，完成财政总收入671.50亿元、地方一般公共预算收入{n}，"
     "主要经济指标继续位居省市前列。\n", "352.93亿元", "671.50亿元", "752.93亿元"),
])
def test_a_measure_within_another_by_definition(article, text, part, whole, wrong) -> None:
    _, doc = article(text.format(n=part))
    [found] = [r for r in defined(doc) if part in written(r)]
    assert (found["kind"], found["how"], found["verdict"]) == ("breakdown", "linked", "holds")
    assert written(found) == sorted([part, whole])
    _, doc = article(text.format(n=wrong))
    warned = [f for f in doc["findings"] if f["severity"] == "warning"
              and wrong in [c["written"] for c in f["claims"]]]
    assert warned and not [f for f in doc["findings"] if f["severity"] == "error"]


@pytest.mark.parametrize("text", [
    # smoke11 county-communique-2022-wangjiang line 8: the output of the 57 firms that report
    "全年实现建筑业增加值35.22亿元，同比增长6.9%。全县企业一套表联网直报建筑企业57家，实现建筑业总产值26.37亿元，"
    "同比增长14.3%。\n",
    # all industry against the output of the firms above the size threshold
    "全年实现工业增加值40.6亿元。规模以上工业总产值35.4亿元，增长16.6%。\n",
    # another part of the year
    "全年实现农林牧渔业增加值30.2亿元，增长3.1%。一季度，全市实现农林牧渔业总产值13.2亿元，同比增长4.5%。\n",
])
def test_no_bound_across_scopes_or_periods(article, text) -> None:
    _, doc = article(text)
    assert defined(doc) == []
