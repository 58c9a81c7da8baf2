"""A month's output within the months to it, read in session 20 (discover/within.py
`_months_in_spans`), through `factcheck check ARTICLE`: what is produced in a month (产量, 生产) is a flow
like the measures of composition.measure, and the span's name may say it is summed (累计).
"""

from __future__ import annotations

import pytest
from helpers import column_of as column
from helpers import names_place as names


def checks_with(doc: dict, *figures: str) -> list[dict]:
    want = sorted(figures)
    return [c for c in doc["checks"] if sorted(x["written"] for x in c["claims"]) == want]


# 中国橡胶工业协会 2011-08 (fresh19 stat-tire-industry-2011m7, lines 7 and 9)
TIRES = ("7月份，全行业生产轮胎{month}，同比增长12.5%。\n\n"
         "1-7月份，全行业累计生产轮胎46094万条，同比增长5.2%。\n")
# 国家统计局 via kuaxie.cn (http://www.kuaxie.cn/dynamics/show.php?itemid=1308)
COAL = ("日前，国家统计局数据显示，4月全国原煤产量{month}，同比增长10.7%；1-4月累计原煤产量144777.8万吨，"
        "同比增长10.5%。\n")
# 国家统计局 2024-04 能源生产情况 (http://m.14z7q.com/xw/zyxw/20240416/242586.html)
CRUDE = ("原油生产平稳增长。3月份，规上工业原油产量{month}，同比增长1.2%。进口原油4905万吨，同比下降6.2%。"
         "1—3月份，规上工业原油产量5348万吨，同比增长2.3%。\n")


@pytest.mark.parametrize(("text", "month", "wrong", "span", "line"), [
    (TIRES, "7281万条", "72810万条", "46094万条", 1),
    (COAL, "36279.6万吨", "362796万吨", "144777.8万吨", 1),
    (CRUDE, "1837万吨", "18370万吨", "5348万吨", 1),
])
def test_a_months_output_is_within_the_months_to_it(article, text, month, wrong, span, line) -> None:
    code, doc = article(text.format(month=month))
    [found] = checks_with(doc, month, span)
    assert code == 0 and (found["kind"], found["how"], found["verdict"]) == ("breakdown", "linked", "holds")
    changed = text.format(month=wrong)  # a digit added: the month over the months to it
    _, doc = article(changed)
    at = column(changed.split("\n")[line - 1], wrong)
    assert any(names(f, line, at) for f in doc["findings"] if f["severity"] == "warning")


@pytest.mark.parametrize("text", [
    # a month's output and the span's of another product
    "7月份，全行业生产轮胎7281万条。\n1-7月份，子午胎累计产量22221万条。\n",
    # the month's output and a month-end stock (月末: a point in time, no span)
    "7月份，全国原煤产量36279.6万吨。7月末，煤炭企业存煤产量5000万吨。\n",
])
def test_no_month_within_another_output(article, text) -> None:
    _, doc = article(text)
    assert [c for c in doc["checks"] if c["check"].endswith("_month")] == []


# --- trade with one partner within the trade of all ---------------------------------------------------
# 福州、厦门海关 2024-08 via 东南网 (http://women.fjsen.com/2024-08/13/content_31710744.htm; smoke10
# trade-jan-jul-2024-fujian-fjsen, lines 1 and 3)
FUJIAN = ("据福州、厦门海关统计，今年前7个月，福建省外贸进出口1.15万亿元人民币，比去年同期（下同）增长4.6%。"
          "其中，出口7070.6亿元，增长8.6%；进口4431.3亿元，下降1.1%。\n"
          "民营企业主体作用突出。前7个月，福建省民营企业进出口6934亿元，增长9.5%。\n"
          "我省对东盟、美国进出口继续保持两位数增长。前7个月，福建省对东盟进出口{part}，增长13.4%；"
          "对美国进出口1560亿元，增长15.2%。\n")
# 大众日报 2018-12-12 (http://86hh.com/news/yaowen/2018-12-12/431285.html; smoke11, lines 1 and 4): the
# month's 1793.7亿元 is no whole of the months' partner trade
SHANDONG = ("本报济南12月11日讯据海关最新统计，今年前11个月，山东省外贸进出口17483.7亿元，同比增长7.4%。"
            "其中，出口9594.1亿元，增长6.6%；进口7889.6亿元，增长8.4%。11月当月，山东省进出口1793.7亿元，"
            "增长14.4%。\n"
            "拉丁美洲为第一大进出口市场且增长迅猛。我省对拉丁美洲进出口{part}，增长26.7%；对美国进出口2162.7亿元，"
            "增长4.2%。\n")
# 海关数据 2011-08 (fresh19 news-aluminum-alloy-exports-2011m7, lines 3 and 7)
ALUMINUM = ("7月我国共出口铝合金锭64，161吨，同比增长21.38%，今年1-7月累计出口379，819吨，"
            "同比增长28.54%。\n\n"
            "根据海关数据显示，7月我国出口至日本铝合金总量为{part}，较去年同期上升12.06%。\n")


@pytest.mark.parametrize(("text", "part", "wrong", "whole", "line"), [
    (FUJIAN, "2601.5亿元", "26015亿元", "1.15万亿元人民币", 3),
    (SHANDONG, "2273.2亿元", "22732亿元", "17483.7亿元", 2),
    (ALUMINUM, "31，395吨", "81，395吨", "64，161吨", 3),
])
def test_trade_with_one_partner_is_within_the_trade_of_all(article, text, part, wrong, whole,
                                                           line) -> None:
    code, doc = article(text.format(part=part))
    found = [c for c in doc["checks"]
             if c["check"].endswith("_partner") and part in c["claims"][0]["quote"]]
    assert code == 0 and len(found) == 1
    [check] = found
    assert (check["kind"], check["how"], check["verdict"]) == ("breakdown", "linked", "holds")
    assert check["claims"][1]["quote"].find(whole) >= 0  # the trade of all of the part's period
    changed = text.format(part=wrong)
    _, doc = article(changed)
    at = column(changed.split("\n")[line - 1], wrong)
    assert any(names(f, line, at) for f in doc["findings"] if f["severity"] == "warning")


@pytest.mark.parametrize("text", [
    # 纺织服装协会 2012 (smoke14 textile-exports-jan-apr-2012-webtex): 服装出口 under 对欧盟 is no total
    "我国对欧盟地区的纺织服装出口金额是127.33亿美元，其中纺织品出口40.13亿美元；服装出口87.2亿美元。"
    "我国对美国的纺织服装出口金额为108.5亿美元。\n",
    # a total of some traders (民营企业) or goods (机电产品) is no whole of the partner's trade
    "前7个月，福建省民营企业进出口6934亿元，增长9.5%。福建省机电产品出口3052亿元。\n前7个月，福建省对东盟进出口"
    "2601.5亿元，增长13.4%。\n",
])
def test_no_total_of_the_partners_trade(article, text) -> None:
    _, doc = article(text)
    assert [c for c in doc["checks"] if c["check"].endswith("_partner")] == []


# 中国橡胶工业协会 2011-08 (fresh19 stat-tire-industry-2011m7, lines 13 and 15): the span's 轮胎行业 is the
# subject the month's sentence names before its figure; 进出口贸易总额 is 进出口总额
TIRE_TRADE = ("7月份，轮胎行业对外贸易呈快速增长态势，进出口总额为{month}，同比增长45.3%。\n\n"
              "1-7月份，轮胎行业进出口贸易总额为84.2亿美元，同比增长43.3%。\n")


def test_a_months_flow_named_after_its_subject(article) -> None:
    code, doc = article(TIRE_TRADE.format(month="15.46亿美元"))
    [found] = checks_with(doc, "15.46亿美元", "84.2亿美元")
    assert code == 0 and (found["kind"], found["how"], found["verdict"]) == ("breakdown", "linked", "holds")
    changed = TIRE_TRADE.format(month="154.6亿美元")
    _, doc = article(changed)
    at = column(changed.split("\n")[0], "154.6亿美元")
    assert any(names(f, 1, at) for f in doc["findings"] if f["severity"] == "warning")


def test_no_month_within_a_span_of_other_goods(article) -> None:
    """机电产品出口总额 of the months is no span of the month's 出口总额: its sentence names no 机电产品."""
    _, doc = article("7月份，全省外贸平稳，出口总额为15.46亿美元。\n"
                     "1-7月份，机电产品出口总额为12.2亿美元。\n")
    assert [c for c in doc["checks"] if c["check"].endswith("_month")] == []
