"""Shares whose whole is named in other words than its level's label, read in session 20
(discover/share.py `_alias`, `_same_basis`), through `factcheck check ARTICLE`: the share found on
real sentences with its verdict, the same text with the part changed (a finding names it at its
place), and look-alikes that must tie nothing.

A measure is named alike with or without the verb that reports it (实现营业收入), the firms of its
industry (服务业企业营业收入) and the total word before it (总营业收入); 规上 is 规模以上.
"""

from __future__ import annotations

import pytest
from helpers import column_of as column
from helpers import names_place as names


def shares_with(doc: dict, *figures: str) -> list[dict]:
    """The share checks whose figures (as written) are exactly these."""
    want = sorted(figures)
    return [c for c in doc["checks"] if c["kind"] == "share"
            and sorted(x["written"] for x in c["claims"]) == want]


def alarm_at(doc: dict, severity: str, line: int, at: int) -> bool:
    return any(names(f, line, at) for f in doc["findings"] if f["severity"] == severity)


# 荆州日报 2017-05-11 (http://epaper.jzrb.com/rb/html/2017-05/11/content_440972.htm; fresh19
# stat-services-q1-2017-jzrb): 总营业收入 is the 营业收入 of the first paragraph
JZRB = ("一季度，全市规模以上服务业营业收入29.65亿元，同比增长4.1%，实现营业利润1.3亿元。\n\n"
        "二是科技服务业占比提高。一季度，我市67家规模以上科技服务企业实现营业收入{part}，"
        "占全市规模以上服务业总营业收入的24%，同比增长9.9%。\n")
# 南通市统计局, 前三季度规模以上服务业 (https://tjj.nantong.gov.cn/ntstj/tjsj/content/
# ce379094-a9d5-49e0-a88b-3fff9939ba89.html): 实现营业收入 and 营业收入 name one measure
NANTONG = ("重点行业增长快于全省。全市规模以上服务业实现营业收入877.9亿元，同比增长5.6%，"
           "较上半年提高4.5个百分点。\n\n"
           "新兴动能持续释放。全市规模以上高技术服务业实现营业收入{part}，占规模以上服务业营业收入比重达31.9%，"
           "同比增长7.3%。\n")
# 常州市统计局 2014-11, 1-9月份规模以上服务业 (https://tjj.changzhou.gov.cn/html/tjj/2014/OPOEMFCL_1110/
# 12050.html): 规上 is 规模以上, 服务业企业 the 服务业
CHANGZHOU = ("1-9月份，我市规模以上服务业企业实现营业收入481.6亿元，同比增长18.5%；实现营业利润57.5亿元，"
             "同比增长34.3%。\n\n二是租赁和商务服务业的地位进一步提升。1-9月份，规上租赁和商务服务业企业实现"
             "营业收入{part}，同比增长20.2%，占规上服务业营业收入比重为29.7%，占比较上半年提高0.3个百分点。\n")


@pytest.mark.parametrize(("text", "part", "wrong", "whole", "share", "how", "severity"), [
    (JZRB, "7.12亿元", "9.12亿元", "29.65亿元", "24%", "stated", "error"),
    (NANTONG, "280.4亿元", "230.4亿元", "877.9亿元", "31.9%", "stated", "error"),
    (CHANGZHOU, "143.2亿元", "183.2亿元", "481.6亿元", "29.7%", "linked", "warning"),
])
def test_a_share_of_a_whole_named_in_other_words(article, text, part, wrong, whole, share, how,
                                                 severity) -> None:
    code, doc = article(text.format(part=part))
    [found] = shares_with(doc, part, whole, share)
    assert code == 0 and (found["how"], found["verdict"]) == (how, "holds")
    changed = text.format(part=wrong)
    _, doc = article(changed)
    line = changed.split("\n")[2]
    assert alarm_at(doc, severity, 3, column(line, wrong))


@pytest.mark.parametrize("text", [
    # the whole named 规模以上 is no level of all services (no basis stated for the 500亿元)
    "一季度，全市服务业营业收入500亿元，同比增长4.1%。\n\n一季度，规上租赁和商务服务业企业实现营业收入"
    "143.2亿元，占规上服务业营业收入比重为29.7%。\n",
    # 总营业收入 of all services is not the 生产性服务业's (荆州日报 2017-09-01, its 59.7亿元)
    "前7个月，全市209家规模以上生产性服务业实现营业收入59.7亿元。\n\n67家科技服务业实现营业收入16.3亿元，"
    "占全市规模以上服务业总营业收入的24%。\n",
    # 高技术服务业 is a part of 服务业, not the whole the words name
    "全市规模以上高技术服务业实现营业收入280.4亿元，同比增长7.3%。\n\n全市规模以上软件业实现营业收入"
    "80.4亿元，占规模以上服务业营业收入比重达9.2%。\n",
])
def test_no_share_of_another_measure(article, text) -> None:
    _, doc = article(text)
    assert [c for c in doc["checks"] if c["kind"] == "share"] == []


# --- a paragraph's topic: the share of a group that did something ---------------------------------------
# 荆州日报 2017-05-11 (fresh19 stat-services-q1-2017-jzrb, line 5)
SERVICES = ("九成行业实现增长，个别行业发展迅猛。我市规模以上服务业涉及27个行业大类，一季度，"
            "有{part}个行业营业收入实现增长，行业间发展更加均衡。\n")
# 黔东南日报 2022-08-16 (http://zgyapi.01ny.cn/html/news/2022/08/16/show-333220.html; fresh18
# stat-industry-jan-jul-2022, line 5)
INDUSTRY = "近六成行业实现增长。37个大类行业中{part}个行业生产实现增长，增长面为56.8%。\n"
# 国家统计局 2019-08 工业生产 (https://www.chuju555.com/news/show-363750.html)
NBS = ("二是超过半数的行业增速较上月加快。7月份，41个大类行业中，{part}个行业增加值同比增速较6月份加快。\n"
       "三是超过半数工业产品产量较上月增长加快。在统计的596种主要工业产品中，334种产品增速较6月份加快或降幅"
       "收窄，占56.0%。\n")


@pytest.mark.parametrize(("text", "part", "wrong", "whole", "share"), [
    (SERVICES, "24", "14", "27个", "九成"),
    (INDUSTRY, "21", "12", "37个", "近六成"),
    (NBS, "23", "13", "41个", "超过1/2"),  # 超过半数, written as its interval
])
def test_a_paragraph_topic_is_the_share_of_the_next_sentence(article, text, part, wrong, whole,
                                                             share) -> None:
    code, doc = article(text.format(part=part))
    [found] = shares_with(doc, part + "个", whole, share)
    assert code == 0 and (found["how"], found["verdict"]) == ("linked", "holds")
    changed = text.format(part=wrong)
    _, doc = article(changed)
    assert alarm_at(doc, "warning", 1, 1) or alarm_at(doc, "warning", 1, 2)  # the topic's share


@pytest.mark.parametrize("text", [
    # not opening its paragraph
    "一季度服务业平稳运行，九成行业实现增长。我市规模以上服务业涉及27个行业大类，有24个行业营业收入实现增长。\n",
    # the next sentence counts other things (行业, not 企业)
    "九成企业实现盈利。全市27个行业中24个行业实现盈利。\n",
    # the next sentence's count does otherwise (下降, not 增长)
    "近六成行业实现增长。37个大类行业中15个行业生产下降。\n",
])
def test_no_topic_share(article, text) -> None:
    _, doc = article(text)
    assert [c for c in doc["checks"] if c["kind"] == "share" and c["how"] == "linked"] == []
