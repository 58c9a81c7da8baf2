"""A part against the whole it names (discover/contribution.py, discover/points.py): its 拉动 in
百分点 (拉动进口增长5.4个百分点), its rate against the whole's (高出外贸整体增速11个百分点), and its
share's change (占外贸总值的57%，同比提高3.3个百分点), the whole found by its name (进口, 外贸, 出口总额)
for the same period, through `factcheck check ARTICLE --show-checks`.
"""

from __future__ import annotations

import pytest

from factcheck.discover.points import whole_named


def kind(doc: dict, name: str) -> list[dict]:
    return [c for c in doc["checks"] if c["kind"] == name]


def written(record: dict) -> set[str]:
    return {c["written"] for c in record["claims"]}


# news-jiangsu-trade-2021m1-8 (21世纪经济报道, 2021-09-17), dev article, lines 5, 19
JIANGSU = ("据南京海关9月17日通报，1-8月江苏省外贸进出口值32878.4亿元，同增17.1%，占中国进出口总值的13.3%。"
           "其中，出口20310.4亿元，增长18.6%；进口12568亿元，增长14.7%。\n\n"
           "从进口看，金属矿砂、农产品和能源等大宗商品、重要工业中间品拉动进口增长10.7个百分点。1-8月，江苏省金属"
           "矿砂、农产品和能源类大宗商品进口2087.5亿元，增长39.4%，拉动进口增长{pull}个百分点。\n")


@pytest.mark.parametrize(("pull", "verdict"), [("5.4", "holds"), ("5.7", "error")])
def test_a_part_pulls_the_whole_it_names(article, pull, verdict) -> None:
    # (2087.5 − 2087.5 / 1.394) / (12568 / 1.147) = 5.38个百分点; the whole in another paragraph,
    # the article's only level of 进口: 拉动进口增长 names it, so the relation is stated
    _code, doc = article(JIANGSU.format(pull=pull))
    [r] = kind(doc, "contribution")
    assert (r["how"], r["verdict"]) == ("stated", "holds" if verdict == "holds" else "fails")
    assert written(r) == {"2087.5亿元", "39.4%", "12568亿元", "14.7%", f"{pull}个百分点"}
    if verdict == "error":
        [f] = [f for f in doc["findings"] if f["code"] == "FC122"]
        assert f["severity"] == "error"
        assert any((c["article"]["line"], c["written"]) == (3, f"{pull}个百分点") for c in f["claims"])


# 观察者网 2025-10-21, 湖北前三季度: http://www.gaoloumi.cc/forum.php?mod=viewthread&page=983&tid=3331410
HUBEI = ("据武汉海关统计，前三季度，湖北省进出口总额6176.9亿元，同比增长25.3%。其中，出口4351.0亿元，"
         "增长30.8%；进口1825.9亿元，增长14.0%。\n\n"
         "武汉海关数据显示，今年1-8月，湖北省出口机电产品1947.3亿元，增长23%，占同期湖北省出口总值的50%。\n\n"
         "其中，集成电路、锂离子蓄电池、平板电脑增量最大，分别出口163.3亿、97.3亿、45.5亿元，分别增长34.9%、107.3%、"
         "82.2%，共贡献出口增量113.1亿元，合计拉动出口总额增长3.9个百分点。\n\n"
         "此外，高新技术产业出口926.9亿元，增长17.4%，拉动出口总额增长4.8个百分点。\n")


def test_the_whole_of_another_period_or_an_item_of_a_list_is_not_pulled(article) -> None:
    # the 4.8个百分点 are of the exports of 1-8月, which the text does not state: not 前三季度's
    # 4351.0亿元, and not the 97.3亿元 an item of the 分别 list exported
    code, doc = article(HUBEI)
    assert kind(doc, "contribution") == []
    assert code == 0


# 中国外贸 2019 前三季度 (海关总署), http://zylgz.com/guonei/10504.html
ZYLGZ = ("据海关统计，今年前三季度我国外贸进出口总值22.91万亿元，比去年同期增长2.8%。9月当月，我国进出口总值"
         "2.78万亿元，下降3.3%。\n\n"
         "一般贸易主导作用更加显著。前三季度，我国以一般贸易方式进出口增长4.8%，高出外贸整体增速{pp}个百分点，"
         "占外贸总值的59.5%，比重提升1.1个百分点。\n")
# the same release as told by http://hellosat.cn/hxzx/9362.html
HELLOSAT = ("据海关统计，今年前三季度中国外贸进出口总值为22.91万亿元，比去年同期增长2.8%。9月份，中国进出口"
            "总额为2.78万亿元，同比下降3.3%。\n\n"
            "民营企业的主导作用更加突出。前三季度，民营企业进出口增长10.4%，比外贸总体增速高{pp}个百分点，占外贸"
            "总值的42.3%，比重提高2.9个百分点。\n")


@pytest.mark.parametrize(("text", "pp", "verdict"), [
    (ZYLGZ, "2", "holds"), (ZYLGZ, "2.5", "warning"),
    (HELLOSAT, "7.6", "holds"), (HELLOSAT, "7.9", "warning")])
def test_a_rate_against_the_whole_s_overall_rate(article, text, pp, verdict) -> None:
    # 4.8 − 2.8 = 2.0 and 10.4 − 2.8 = 7.6: the whole of 前三季度, never the month's 下降3.3%
    code, doc = article(text.format(pp=pp))
    [r] = kind(doc, "points")
    assert (r["how"], r["verdict"]) == ("linked", verdict)
    assert "2.8%" in written(r) and "下降3.3%" not in written(r) and "同比下降3.3%" not in written(r)
    assert code == 0


# news-jiangsu-trade-2021m1-8, line 7 and line 9 (the 3.3 of line 9 is the statistician's finding:
# 37.457% × 1.171 / 1.281 = 34.24%, a rise of 3.2个百分点)
SHARES = ("1-8月江苏省外贸进出口值32878.4亿元，同增17.1%。\n\n"
          "从1-8月的数值看，江苏省一般贸易方式进出口18727.3亿元，增长24.3%，占外贸总值的57%，同比提高{a}个百分点。\n\n"
          "1-8月，江苏省民营企业进出口12315.2亿元，同增28.1%，拉动进出口增长9.6个百分点，占外贸总值的37.5%，"
          "同比提高3.3个百分点。\n")


@pytest.mark.parametrize(("a", "holds"), [("3.3", True), ("3.6", False)])
def test_a_share_s_change_from_the_part_s_and_the_whole_s_growth(article, a, holds) -> None:
    # 56.96% × 1.171 / 1.243 = 53.66%: a rise of 3.30个百分点
    code, doc = article(SHARES.format(a=a))
    records = {r["claims"][0]["written"]: r for r in kind(doc, "expression")}
    assert records["57%"]["how"] == "linked"
    assert (records["57%"]["verdict"] == "holds") == holds
    assert written(records["57%"]) >= {"24.3%", "17.1%", f"{a}个百分点"}
    assert "37.5%" in records  # 3.2 at the edge of 3.3 alone; with 12315.2 / 32878.4, a warning
    warned = [(c["article"]["line"], c["written"]) for f in doc["findings"] for c in f["claims"]]
    assert ((3, f"{a}个百分点") in warned) != holds
    assert code == 0


@pytest.mark.parametrize(("words", "whole"), [
    ("全省外贸整体增速", "进出口"), ("同期福建省进出口整体增速", "进出口"), ("外贸总体增速", "进出口"),
    ("1-8月江苏省外贸进出口值", "进出口"), ("前三季度中国外贸进出口总值", "进出口"), ("出口总额", "出口"),
    ("进口", "进口"), ("全省出口整体增速", "出口"),
    ("江苏省民营企业进出口", None), ("机电产品出口", None), ("出口规模在历史同期首次", None),
    ("对东盟进出口", None), ("一般贸易进出口", None)])
def test_the_whole_by_its_name(words, whole) -> None:
    assert whole_named(words) == whole


# 国家统计局 2010-10-21 (盛来运, 国新办): http://www.afdelivr.top/govweb/wszb/zhibo411/content_1727012.htm
Q2010 = ("初步测算，前三季度国内生产总值268660亿元，按可比价格计算，同比增长{total}%，比上年同期加快2.5个"
         "百分点。分季度看，一季度增长11.9%，二季度增长10.3%，三季度增长9.6%。\n")
# 国家统计局 2022-10-24, https://www.easyfundingllc.com/cn/Instant/domestic/202210/t20221025_7294606.html
Q2022 = ("初步核算，前三季度国内生产总值870269亿元，按不变价格计算，同比增长3.0%，比上半年加快0.5个百分点。"
         "分季度看，一季度国内生产总值同比增长4.8%，二季度增长{q2}%，三季度增长3.9%。\n")


@pytest.mark.parametrize(("text", "value", "verdict", "how"), [
    (Q2010, "10.6", "holds", "stated"), (Q2010, "12.6", "fails", "stated"),
    (Q2022, "0.4", "holds", "stated"), (Q2022, "4.4", "fails", "stated")])
def test_the_first_three_quarters_between_their_quarters(article, text, value, verdict, how) -> None:
    # the growth of 前三季度 lies between those of its three quarters (9.6% ≤ 10.6% ≤ 11.9%); the
    # quarters open the sentence after the total's: stated
    code, doc = article(text.format(total=value, q2=value))
    [r] = [c for c in kind(doc, "composition") if any("季度" in (x.get("label") or "") for x in c["claims"])
           or len(c["claims"]) == 4]
    assert (r["how"], r["verdict"]) == (how, verdict)
    assert (code == 1) == (verdict == "fails")


def test_quarters_do_not_make_up_another_part_of_the_year(article) -> None:
    # three quarters against a half year: no relation (上半年 is two quarters)
    _, doc = article("上半年国内生产总值同比增长5.5%，其中一季度增长4.5%，二季度增长6.3%，三季度增长4.9%。\n")
    assert kind(doc, "composition") == []


# news-cn-annual-births-2021 (dev), lines 13, 29 and 41 (国家统计局 data as told by 中新网)
BIRTHS = ("数据显示，2021年GDP达到1143670亿元，突破110万亿大关，GDP增速达到{year}%，完成全年6%以上的预期"
          "目标。\n\n“从趋势上看，2021年四个季度GDP分别同比增长18.3%、7.9%、4.9%和4%，体现了经济下行压力有所增加。”\n\n"
          "2021年，最终消费支出、资本形成总额、货物和服务净出口分别拉动经济增长5.3、1.1、{pull}个百分点，对经济"
          "增长的贡献率分别为65.4%、13.7%、20.9%。\n")


@pytest.mark.parametrize(("year", "pull", "between", "adds_up"), [
    ("8.1", "1.7", True, True), ("8.1", "2.7", True, False), ("3.1", "1.7", False, False)])
def test_listed_quarters_and_listed_contributions(article, year, pull, between, adds_up) -> None:
    # 4% ≤ 8.1% ≤ 18.3%; 5.3 + 1.1 + 1.7 = 8.1; 65.4% × 8.1% = 5.3个百分点
    code, doc = article(BIRTHS.format(year=year, pull=pull))
    [quarters] = kind(doc, "composition")
    assert quarters["how"] == "linked" and (quarters["verdict"] == "holds") == between
    [pulls] = kind(doc, "contribution")
    assert written(pulls) == {"5.3个百分点", "1.1个百分点", f"{pull}个百分点", f"{year}%"}
    assert (pulls["how"], pulls["verdict"] == "holds") == ("linked", adds_up)
    rates = [r for r in kind(doc, "expression") if f"{year}%" in written(r)
             and r["check"].endswith("_by_rate")]
    assert len(rates) == 3  # 拉动 = 贡献率 × the GDP's growth, for each component
    # linked: warnings at most; but 增速达到3.1%，完成全年6%以上的预期目标 is a stated error
    assert code == (0 if year == "8.1" else 1)


# 国家统计局 2023-08-15, 1—7月份全国房地产开发投资, http://www.jwgw222.com/news/content/973710581445725002.html
REGIONS = ("1—7月份，全国房地产开发投资75325亿元，同比增长3.4%，增速比1—6月份提高1.5个百分点。\n\n"
           "1—7月份，东部地区房地产开发投资40621亿元，同比增长{east}%，增速比1—6月份提高1.7个百分点；中部地区"
           "投资14772亿元，下降3.1%，降幅收窄1.7个百分点；西部地区投资17015亿元，增长8.3%，增速提高0.7个百分点；"
           "东北地区投资2916亿元，增长2.5%，增速提高1.5个百分点。\n")


@pytest.mark.parametrize(("east", "holds"), [("4.0", True), ("7.0", False)])
def test_the_four_regions_make_up_the_nation(article, east, holds) -> None:
    # 75325 / (40621 / 1.04 + 14772 / 0.969 + 17015 / 1.083 + 2916 / 1.025) − 1 = 3.38%
    code, doc = article(REGIONS.format(east=east))
    records = kind(doc, "composition")
    assert records and all(r["how"] == "linked" for r in records)
    assert all(r["verdict"] == "holds" for r in records) == holds
    assert code == 0


# 国家发改委 2006-06-15 (东部、中部、西部 before 东北 was counted apart):
# http://big5.www.gov.cn/gate/big5/www.gov.cn/gzdt/2006-06/15/content_311287.htm
THREE_REGIONS = ("今年1—4月，全国城镇固定资产投资18006亿元，比去年同期增长29.6%。分地区看，东部、中部、西部"
                 "地区投资分别增长26.1%、41.3%和33.1%，增幅比去年同期分别提高3.1、9.6和5.7个百分点。\n")


def test_regions_that_are_not_the_four_are_no_whole(article) -> None:
    # three of the four regions named today are no whole: no relation of the three and the nation
    _, doc = article(THREE_REGIONS)
    assert [r for r in kind(doc, "composition") if len(r["claims"]) == 4] == []


def test_regions_whose_levels_fall_short_of_the_total_are_not_weighed(article) -> None:
    # the total holds investment of no region (不分地区): 60000 + 20000 + 10000 + 5000 < 100000
    _, doc = article("1—4月份，全国固定资产投资100000亿元，同比增长6.8%。分地区看，东部地区投资60000亿元，"
                     "增长5.2%，中部地区投资20000亿元，增长10.2%，西部地区投资10000亿元，增长2.6%，东北地区投资5000亿元，"
                     "增长12.8%。\n")
    assert kind(doc, "composition") == []
