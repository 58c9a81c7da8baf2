"""A level that every part of a section exceeds is no whole of them: across paragraphs the
section splits an earlier total (discover/sections.py). Source: 南方日报, 2021-11, 广东 trade in
the first ten months (tests/data/fresh18/news-guangdong-trade-jan-oct-2021, lines 1–3)."""

from helpers import breakdowns_of

GUANGDONG = (
    "南方日报讯 据海关广东分署统计，2021年前10个月，广东进出口6.71万亿元人民币，比去年同期（下同）增长18.2%，"
    "占同期我国进出口总值的21.2%。其中，出口4.11万亿元，增长18.9%；进口2.6万亿元，增长17%。\n"
    "广东进出口连续12个月保持正增长。10月，广东进出口6843.6亿元，增长14.3%，自去年11月以来连续12个月保持正增长。"
    "其中，出口4319.8亿元，增长15.5%；进口2523.8亿元，增长12.3%。\n"
    "从贸易业态看，一般贸易进出口3.52万亿元，增长20.4%，占比较去年同期提升1个百分点至52.4%。加工贸易进出口"
    "1.8万亿元，增长14.8%，占26.8%；保税物流1.05万亿元，增长18.1%，占15.6%。\n")


def test_the_month_is_not_the_whole_of_the_months_parts(article):
    _, doc = article(GUANGDONG)
    assert not any(f["code"] == "FC301" for f in doc["findings"])
    parts = frozenset({"3.52万亿元", "1.8万亿元", "1.05万亿元", "6.71万亿元人民币"})
    assert ("linked", parts) in breakdowns_of(doc)


def test_a_months_parts_smaller_than_it_stay_its_own(article):
    text = GUANGDONG.replace("3.52万亿元", "3520亿元").replace("1.8万亿元", "1800亿元").replace(
        "1.05万亿元", "1050亿元")
    _, doc = article(text)
    assert ("linked", frozenset({"3520亿元", "1800亿元", "1050亿元", "6843.6亿元"})) in breakdowns_of(doc)
