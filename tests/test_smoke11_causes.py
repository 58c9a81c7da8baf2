"""No false alarm on the eleventh round of unseen articles (tests/data/smoke11, review.yaml; sources
in sources.yaml): each form of writing that raised one, with the real sentence, and the same form
with one figure changed where the relation is real (the error names the changed figure)."""

from __future__ import annotations

from helpers import alarms
from helpers import checks_of as checks
from helpers import names_written as _named

# --- A. 地方税收收入 is inside 地方一般公共预算收入: another split of the revenue -----------------------

# county-communique-2022-hengyang line 4
REVENUE = ("全年实现一般公共预算总收入15.02亿元，同比下降4.1%。其中：地方一般公共预算收入{local}亿元，增长"
           "10.4%；地方税收收入8.79亿元，增长12.6%。")


def test_local_tax_revenue_is_no_sibling_of_local_revenue(article) -> None:
    _, doc = article(REVENUE.format(local="12.16"))
    assert alarms(doc) == []
    assert ("holds", ["12.16亿元", "15.02亿元"]) in checks(doc, "breakdown")


def test_local_revenue_above_the_total_is_named(article) -> None:
    code, doc = article(REVENUE.format(local="16.16"))
    assert code == 1 and _named(doc, "16.16亿元")


# --- B. 国有及国有控股投资 is no whole of the three industries ---------------------------------------

# investment-q1-3-2011-jjrb lines 1–2
INVESTMENT = ("前三季度，固定资产投资（不含农户）212274亿元，同比名义增长24.9%。\n"
              "统计显示，前三季度国有及国有控股投资73481亿元，增长12.7%。分产业看，第一产业投资同比增长25.5%，"
              "第二产业投资增长26.9%，第三产业投资增长23.4%。\n")


def test_the_industries_do_not_split_one_owners_investment(article) -> None:
    _, doc = article(INVESTMENT)
    assert alarms(doc) == []
    assert not any("12.7%" in claims for _, claims in checks(doc, "composition"))


# --- C. 1.5亿标箱 is a count of containers, and its rate keeps its own subject ------------------------

# transport-h1-2023-trgqhr line 3
PORTS = ("数据显示，上半年，我国港口货物吞吐量达81.9亿吨，同比增长8%，其中，内、外贸吞吐量同比分别增长7.6%和"
         "8.9%。集装箱吞吐量保持增长、完成1.5亿标箱，同比增长4.8%。")


def test_containers_in_standard_boxes_are_read(article) -> None:
    _, doc = article(PORTS)
    assert alarms(doc) == []


# --- D. 保持在10.0%左右，分别为…: the figure sums up the list, of no one period ------------------------

# district-economy-jan-may-zetdz line 3
MONTHS = ("1-5月，全区规模以上工业增加值70.5亿元，同比增长10.3%。从1-3月，1-4月，1-5月的增长幅度来看，"
          "我区规模以上工业增加值的增速保持在10.0%左右，分别为10.0%，10.5%，10.3%，工业生产保持平稳。")


def test_a_figure_summing_up_a_list_is_no_restatement(article) -> None:
    _, doc = article(MONTHS)
    assert alarms(doc) == []


# --- E. 对拉丁美洲进出口 is trade with one partner: no total of the export sections -------------------

# trade-jan-nov-2018-shandong-86hh lines 1, 4, 6
TRADE = ("今年前11个月，山东省外贸进出口17483.7亿元，同比增长7.4%。其中，出口9594.1亿元，增长6.6%；进口"
         "7889.6亿元，增长8.4%。\n"
         "我省对拉丁美洲进出口2273.2亿元，增长26.7%；对美国进出口2162.7亿元，增长4.2%。\n"
         "从出口产品看，机电产品、劳动密集型产品出口小幅增长。今年前11个月，出口机电产品3606.9亿元，增长2.8%；"
         "出口劳动密集型产品1865.9亿元，增长5%。\n")


def test_a_section_never_splits_the_trade_with_one_partner(article) -> None:
    _, doc = article(TRADE)
    assert alarms(doc) == []
    assert not any("2273.2亿元" in claims and claims != ["2273.2亿元", "17483.7亿元"]  # within all trade
                   for _, claims in checks(doc, "breakdown"))


# --- F. a part too small for the total's rounding is still a part: no shorter complete list -------

# transport-h1-2023-trgqhr line 4
FREIGHT = ("上半年完成营业性货运量259.3亿吨，同比增长6.8%，其中，铁路、公路、水路、民航分别完成货运量25亿吨、"
           "{road}亿吨、44.2亿吨和328万吨，同比分别增长0.6%、7.5%、7.7%和6.4%。")


def test_the_parts_listed_all_make_up_the_total(article) -> None:
    _, doc = article(FREIGHT.format(road="190.1"))
    assert alarms(doc) == []
    assert [claims for _, claims in checks(doc, "breakdown")] == [
        ["25亿吨", "190.1亿吨", "44.2亿吨", "328万吨", "259.3亿吨"]]


def test_a_changed_part_of_the_freight_is_named(article) -> None:
    code, doc = article(FREIGHT.format(road="199.1"))
    assert code == 1 and _named(doc, "199.1亿吨")
