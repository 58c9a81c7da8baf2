"""A split's part whose name lists in brackets a part already given regroups the split's members
(中心城区（市级、袁州区）after 市级 and 县（市、区）): it overlaps them and is no further part
(discover/sections.py). Source: 宜春市 2024 财政收支, smoke39/yichun-fiscal-2024-aimeihuijituan."""

from helpers import breakdowns_of

YICHUN = ("2024年，全市一般公共预算收入284.1亿元，同比减收5.9亿元，下降2%。其中：税收收入162.2亿元，"
          "占一般公共预算收入比重为57.1%。\n"
          "分级次看，市级（市本级、“三区”）一般公共预算收入49.5亿元，同比增长7%，县（市、区）一般公共预算收入"
          "234.6亿元，同比下降3.7%。中心城区（市级、袁州区）一般公共预算收入78.9亿元，同比增长17.9%，"
          "占全市一般公共预算收入比重为27.8%。")


def test_a_regrouping_is_no_part(article):
    code, doc = article(YICHUN)
    assert code == 0 and doc["findings"] == []
    assert ("linked", frozenset({"49.5亿元", "234.6亿元", "284.1亿元"})) in breakdowns_of(doc)
    assert not any("78.9亿元" in parts for _, parts in breakdowns_of(doc))


def test_the_split_before_it_still_adds_up(article):
    _, doc = article(YICHUN.replace("234.6亿元", "264.6亿元"))
    assert any("264.6亿元" in f["message"] for f in doc["findings"])
