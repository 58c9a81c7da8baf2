"""Relations read in session 21 (recall helper rec21a), through `factcheck check ARTICLE`.

A month's flow within the quarters to it (discover/within.py `period`): 上半年 is the months to 6,
前三季度 to 9, 一季度 to 3, so 6月 production is part of 上半年 production — not when the span is the
base of a comparison (较今年上半年, 比一季度) nor one of a list of quarters (第一季度、第二季度).
"""

from __future__ import annotations

import pytest
from helpers import column_of as column
from helpers import names_place as names


def checks_with(doc: dict, *figures: str) -> list[dict]:
    want = sorted(figures)
    return [c for c in doc["checks"] if sorted(x["written"] for x in c["claims"]) == want]


# --- a month within 上半年, 一季度, 前三季度 -----------------------------------------------------------
# 报告库 转述国家统计局 2023年上半年规模以上工业生产数据 (fresh20 stat-steel-output-h1-2023, lines 1 and 3)
STEEL = ("2023年上半年黑色金属冶炼和压延加工业同比增长5.5%，全国粗钢产量53564万吨，同比增长1.3%；"
         "生铁产量45156万吨，同比增长2.7%；钢材产量67655万吨，同比增长4.4%。\n\n"
         "6月，中国粗钢产量{month}，同比增长0.4%；生铁产量7698万吨，同比持平；钢材产量12008万吨，同比增长5.4%。\n")
# 国家统计局 2023年6月份能源生产情况 (https://nextvapk.com/xw/zyxw/20230718/209171.html; smoke8
# energy-production-h1-2023-nextvapk, line 3)
COAL = ("原煤生产稳定增长，进口高位增长。上半年，生产原煤23.0亿吨，同比增长4.4%。"
        "进口煤炭2.2亿吨，同比增长93.0%。6月份，生产原煤{month}，同比增长2.5%。\n")
# 交通部 一季度及3月份全国规模以上港口生产经营情况 2006 (http://www.shilongwang1.cn/news/2006911/2164.html;
# smoke10 port-q1-2006-shilongwang1, lines 2 and 3)
PORTS = ("一季度，全国规模以上港口累计完成货物吞吐量102637万吨，同比增长15.7%；"
         "其中沿海主要港口完成77956万吨，同比增长17%；内河主要港口完成24681万吨，同比增长12%。\n"
         "3月份全国规模以上港口完成货物吞吐量{month}；其中沿海主要港口完成27414万吨，内河主要港口完成9071万吨。\n")


@pytest.mark.parametrize(("text", "month", "wrong", "span", "line"), [
    (STEEL, "9111万吨", "91111万吨", "53564万吨", 3),
    (COAL, "3.9亿吨", "39亿吨", "23.0亿吨", 1),
    (PORTS, "36485万吨", "136485万吨", "102637万吨", 2),
])
def test_a_month_within_the_quarters_to_it(article, text, month, wrong, span, line) -> None:
    code, doc = article(text.format(month=month))
    [found] = checks_with(doc, month, span)
    assert code == 0 and (found["kind"], found["how"], found["verdict"]) == ("breakdown", "linked", "holds")
    changed = text.format(month=wrong)  # a digit added: the month over the months to it
    _, doc = article(changed)
    at = column(changed.split("\n")[line - 1], wrong)
    assert any(names(f, line, at) for f in doc["findings"] if f["severity"] == "warning")


# 海关总署 via wttai (smoke14 textile-exports-jan-jul-2024-wttai, lines 1 and 2): 上半年 is the base the
# rate of the months to July is compared with, not the period of the 808.6亿美元 after it
TEXTILES = ("今年前7个月，全国纺织品服装出口1698.4亿美元，同比增长1.1%，增速较今年上半年有所放缓。"
            "其中，纺织品出口808.6亿美元，同比增长3.3%。\n7月当月，我国纺织品服装对全球出口268.0亿美元，同比减少0.5%。其中，"
            "纺织品出口115.4亿美元，同比上涨4.0%。\n")
# 海关总署 via zylgz (smoke31 trade-q1q3-2019-zylgz, lines 3 and 5): each quarter of a list is its own
# three months, the three of them parts of 前三季度's trade
QUARTERS = ("据海关统计，今年前三季度我国外贸进出口总值22.91万亿元，比去年同期增长2.8%。\n"
            "从前三季度的数据来看，我国外贸总体运行平稳，其中第一季度、第二季度、第三季度进出口规模分别为7.01万亿、"
            "7.66万亿和8.24万亿元，呈逐季攀升态势。\n")


def test_a_span_compared_with_is_no_period(article) -> None:
    _, doc = article(TEXTILES)
    [found] = checks_with(doc, "115.4亿美元", "808.6亿美元")
    assert found["verdict"] == "holds"
    _, doc = article(QUARTERS)
    # 7.01万亿 takes the 元 of the list's last (3385.3万、957.2万、150万吨): all three quarters
    [found] = checks_with(doc, "7.01万亿元", "7.66万亿元", "8.24万亿元", "22.91万亿元")
    assert found["verdict"] == "holds"


def test_no_month_after_the_span(article) -> None:
    """7月 is not within 上半年: the larger July figure is no part of it (COAL's words)."""
    text = COAL.format(month="39亿吨").replace("6月份", "7月份")
    code, doc = article(text)
    assert code == 0 and not checks_with(doc, "39亿吨", "23.0亿吨")


# --- a class of growth rates said of names, and each name's rate ----------------------------------
# 福州海关 2022-09 (fresh20 news-fujian-trade-jan-aug-2022, line 3): the class opens the paragraph, the
# rate of its name is in the sentence after it
FUJIAN = ("一般贸易保持两位数增长。前8个月，福建省一般贸易进出口1.01万亿元，增长{rate}，"
          "占同期福建省外贸进出口总值的76.8%。同期，加工贸易进出口1596.5亿元，增长7.5%，占12.1%。\n")
# 福州、厦门海关 2024-08 via 东南网 (http://women.fjsen.com/2024-08/13/content_31710744.htm; smoke10
# trade-jan-jul-2024-fujian-fjsen, line 3): two names, over the semicolon of the sentence after
PARTNERS = ("我省对东盟、美国进出口继续保持两位数增长。前7个月，福建省对东盟进出口2601.5亿元，增长13.4%；"
            "对美国进出口1560亿元，增长{rate}；对欧盟进出口1334亿元，增长2.5%。\n")
# 晋中市统计局 2025年上半年全市经济运行情况 (https://tjj.sxjz.gov.cn/tjfx/content_543371; smoke37
# jinzhong-economy-h1-2025-tjj, line 6): as many rates listed with 分别 as names
INDUSTRIES = ("9大重点行业“6增3降”，炼焦、非金属矿制品、机械、化学行业实现两位数增长，分别增长31.7%、22.5%、"
              "{rate}、12.3%；煤炭和食品分别增长6.2%、1.8%。\n")
# 重庆日报 2020-10 (https://cq.cri.cn/2020-10-23/7c43d352-241f-5c39-2a9b-6101ba9bfb2d.html; smoke30
# chongqing-trade-q1q3-2020-cri, line 1): the class after the rates, in the sentence before it
CHONGQING = ("今年前三季度，重庆外贸进出口总值4613.9亿元，较去年同期（下同）增长11.4%。其中，出口2910.1亿元，"
             "增长{rate}；进口1703.8亿元，增长13.3%。进口、出口双双实现两位数增长。\n")


@pytest.mark.parametrize(("text", "rate", "wrong", "others"), [
    (FUJIAN, "10.2%", "9.2%", 0),
    (PARTNERS, "15.2%", "5.2%", 1),
    (INDUSTRIES, "13%", "3%", 3),
    (CHONGQING, "10.3%", "0.3%", 1),
])
def test_a_rate_in_the_class_said_of_its_name(article, text, rate, wrong, others) -> None:
    code, doc = article(text.format(rate=rate))
    [found] = [c for c in doc["checks"] if c["check"].endswith("_band")]
    assert code == 0 and (found["kind"], found["how"], found["verdict"]) == ("duplicate", "stated", "holds")
    assert len(found["claims"]) == 2 + others and found["claims"][0]["written"].endswith(
        ("两位数增长", "两位数增幅"))
    changed = text.format(rate=wrong)  # a digit dropped: one name's rate out of the class
    _, doc = article(changed)
    at = column(changed, wrong)
    assert any(names(f, 1, at) and "两位数增长" in f["message"]  # (a sum's rate may fail too)
               for f in doc["findings"] if f["severity"] == "error")


@pytest.mark.parametrize("text", [
    # the class one clause of its sentence, the rate after it another name's (海关总署广东分署 via ennews,
    # https://m.ennews.com/news-100418.html; smoke43 guangdong-trade-jan-may-ennews, line 1)
    "一般贸易占比近6成，保税物流保持两位数增长。前5个月，广东以一般贸易方式进出口2.21万亿元，增长2.4%，"
    "占进出口总值的59%。\n",
    # a name no figure after it holds (中新网 via riulidt, http://riulidt.cn/news/2022/2022-11-18/513401.html;
    # smoke19 fujian-trade-jan-oct-2022-riulidt): 前三大贸易伙伴 are not named
    "福建对前三大贸易伙伴进出口两位数增长。前10个月，福建省对东盟进出口3402.9亿元，增长3.2%；对美国进出口"
    "2160.5亿元，增长14.4%。\n",
    # the name's first figure after the class a share, no growth rate (FUJIAN's words, reordered)
    "一般贸易保持两位数增长。前8个月，福建省一般贸易进出口占同期福建省外贸进出口总值的76.8%，规模1.01万亿元。\n",
    # fewer rates than names after 分别
    "炼焦、非金属矿制品、机械、化学行业实现两位数增长，分别增长31.7%、2.5%；煤炭下降5%。\n",
])
def test_no_rate_of_another_name(article, text) -> None:
    _, doc = article(text)
    assert not [c for c in doc["checks"] if c["check"].endswith("_band")]
    assert not [f for f in doc["findings"] if f["severity"] == "error"]


# --- value added named by the gross output before it (discover/defined.py `_named`) -------------------
# 汉阴新闻网 2021年上半年汉阴县经济运行 (fresh20 news-hanyin-economy-h1-2021, line 5)
HANYIN = ("一、农业生产质效提升上半年全县农林牧渔业总产值14.47亿元，同比增长7.8%，实现增加值{added}，"
          "增长6.8%。\n")
# 某县2022年统计公报 (https://tjgb.hongheiku.com/xjtjgb/xj2020/36467.html; smoke11
# county-communique-2022-hongheiku36467, line 6)
COUNTY = "初步测算，全年农林牧渔业总产值85.8亿元，实现增加值{added}，同比增长3.4%。\n"
# 玉环市2019年统计公报 (http://yhsz.yuhuan.gov.cn/art/2021/5/10/art_1631252_58328435.html; smoke4
# yuhuan-communique-2019, line 6)
YUHUAN = ("农业结构转型回升。全市实现农林牧渔业总产值69.93亿元，按可比价格计算，比上年增长2.5%，"
          "增加值{added}，增长2.7%。\n")


@pytest.mark.parametrize(("text", "added", "wrong", "whole"), [
    (HANYIN, "8.24亿元", "18.24亿元", "14.47亿元"),
    (COUNTY, "52.9亿元", "92.9亿元", "85.8亿元"),
    (YUHUAN, "37.90亿元", "97.90亿元", "69.93亿元"),
])
def test_value_added_named_by_its_gross_output(article, text, added, wrong, whole) -> None:
    code, doc = article(text.format(added=added))
    [found] = checks_with(doc, added, whole)
    assert code == 0 and (found["kind"], found["how"], found["verdict"]) == ("breakdown", "linked", "holds")
    changed = text.format(added=wrong)  # a digit added or struck: value added over gross output
    _, doc = article(changed)
    assert any(names(f, 1, column(changed, wrong)) for f in doc["findings"] if f["severity"] == "warning")


def test_no_value_added_of_industry_of_no_scope(article) -> None:
    """工业 of no stated scope: its output and value added may be of different sets of firms
    (湖北某县 2011年工业经济, https://bbs.cnhubei.com/thread-2515588-1-1.html; smoke33
    county-industry-2011-cnhubei), with the value added more than the output."""
    text = "全县完成工业总产值60.54亿元，增加值66.03亿元，同比分别增长53.7%和25.1%。\n"
    _, doc = article(text)
    assert not checks_with(doc, "60.54亿元", "66.03亿元") and not doc["findings"]


# --- a rate against another's, written before the 的 of its rate (discover/difference.py) ---------------
# 国家统计局 via 三农助农 (http://m.senbk.com/sannong/6100.html; fresh20 news-grain-pigs-2020, line 9)
PRICES = ("粮食产能的稳定及生猪产能的恢复，为稳定物价奠定了基础，全年居民消费价格上涨{rate}，"
          "低于上年2.9%的涨幅。\n")
# 交通运输部 via 人民日报 (http://m.ytjhdl.cn/xw/tjsj/515441.html; smoke8 transport-q1-ytjhdl, line 1)
TRANSPORT = ("交通运输部近日发布数据，一季度，交通固定资产投资完成4889亿元，同比增长{rate}，"
             "高于去年全年0.7%的增速，保持了高位运行。\n")
# 上游新闻 (https://cqcb.com/hot/2019-10-21/1927252_pc.html; smoke29 chongqing-trade-q1q3-2019-customs-cqcb)
CUSTOMS = ("前三季度，重庆进出口总值4138.2亿元人民币，较去年同期（下同）增长{rate}，"
           "高于同期全国2.8%的整体进出口增幅。\n")


@pytest.mark.parametrize(("text", "rate", "wrong", "other"), [
    (PRICES, "2.5%", "3.5%", "2.9%"),
    (TRANSPORT, "4.8%", "0.4%", "0.7%"),
    (CUSTOMS, "12.3%", "1.3%", "2.8%"),
])
def test_a_rate_against_the_one_before_its_name(article, text, rate, wrong, other) -> None:
    code, doc = article(text.format(rate=rate))
    [found] = [c for c in doc["checks"] if c["check"].endswith("_compared")]
    assert code == 0 and found["verdict"] == "holds" and found["how"] == "stated"
    assert {x["written"] for x in found["claims"]} >= {other}
    changed = text.format(rate=wrong)  # a digit struck: the order no longer holds (an error when
    _, doc = article(changed)  # the two are near, a warning when too far apart for a slip)
    at = column(changed, wrong)
    assert any(names(f, 1, at) for f in doc["findings"] if f["severity"] in ("error", "warning"))


@pytest.mark.parametrize("text", [
    # the other's figure of no rate (的水平, 的比重): another measure than the growth rate
    "全市居民消费价格上涨2.5%，低于上年3.9%的水平。\n",
    "一般贸易进出口增长12.3%，高于同期全国28%的比重。\n",
])
def test_no_comparison_without_the_rate_named(article, text) -> None:
    _, doc = article(text)
    assert not [c for c in doc["checks"] if c["check"].endswith("_compared")] and not doc["findings"]
