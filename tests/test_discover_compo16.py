"""A total's growth against its parts' where the writing puts other clauses between a level and its
rate (discover/claims.py, discover/composition.py), through `factcheck check ARTICLE --show-checks`:

- a level's growth after clauses on its share of a plan or a whole (1441.5亿元，为年度计划的96.1%，
  同比增长14.2%; 1025.5亿元，完成年初预算36.7%，快于序时进度3.4个百分点，下降4%);
- 按不变价核算 between a GDP and its rate, as 按可比价格计算;
- a part's own 其中 list closed once its levels make up the part: the total's next part follows.
"""

from __future__ import annotations

from fractions import Fraction

import pytest


def kind(doc: dict, name: str) -> list[dict]:
    return [c for c in doc["checks"] if c["kind"] == name]


def written(record: dict) -> list[str]:
    return [c["written"] for c in record["claims"]]


def alarms(doc: dict, severity: str) -> list[tuple[str, str]]:
    return [(f["code"], c["written"]) for f in doc["findings"] if f["severity"] == severity
            for c in f["claims"]]


def composition_of(doc: dict, total: str) -> dict:
    """The composition record that weighs the parts by their levels (its first figure the total's)."""
    found = [r for r in kind(doc, "composition") if written(r)[0] == total]
    assert len(found) == 1, kind(doc, "composition")
    return found[0]


# --- a level's growth after its share of a plan ---------------------------------------------------
# 广州市财政局 2023年1-4月预算执行, https://czj.gz.gov.cn/zzzs/zdlyxxgk/content/post_9663016.html
GUANGZHOU = ("全市一般公共预算支出1025.5亿元，完成年初预算36.7%，快于序时进度3.4个百分点，{total}。"
             "其中：市本级支出417.7亿元，增长0.3%；区级支出607.8亿元，下降6.7%。\n")
# 区统计信息 1-5月经济运行的主要特点, http://www.zetdz.gov.cn/wz/zwgk/tjxx/content/post_1069158.html
ZETDZ = ("（四）一般公共预算收入稳中有进。1-5月，地方一般公共预算收入完成4.92亿元，完成年初预算的47.5%，"
         "快于序时进度约6个百分点，{total}。其中：税收收入4.50亿元，完成年初预算的47.0%，同比增长24.2%，"
         "税收占比91.4%；非税收入0.42亿元，完成年初预算的52.8%，同比增长34.3%，非税占比8.6%。\n")


@pytest.mark.parametrize(("text", "total"), [(GUANGZHOU.format(total="下降4%"), "1025.5亿元"),
                                             (ZETDZ.format(total="同比增长25.0%"), "4.92亿元")])
def test_a_total_s_rate_after_its_share_of_the_budget(article, text, total) -> None:
    code, doc = article(text)
    record = composition_of(doc, total)
    assert record["how"] == "stated" and record["verdict"] == "holds"
    assert alarms(doc, "error") == alarms(doc, "warning") == []
    assert code == 0


@pytest.mark.parametrize(("text", "changed", "code_"), [
    # the levels give −3.97%: 下降6% is within the parts' rates but not what their levels give
    (GUANGZHOU.format(total="下降6%"), "下降6%", "FC112"),
    # 35.0% lies above both parts' rates (24.2%, 34.3%)
    (ZETDZ.format(total="同比增长35.0%"), "35.0%", "FC111")])
def test_a_changed_total_rate_is_an_error_naming_it(article, text, changed, code_) -> None:
    code, doc = article(text)
    assert (code_, changed) in alarms(doc, "error")
    assert code == 1


# 广东省交通运输厅 2019年1-10月交通基础设施建设, http://td.gd.gov.cn/zwgk_n/sjfb/channel2/content/post_2705093.html
GUANGDONG = ("2019年1-10月，全省交通基础设施建设共完成投资1441.5亿元，为年度计划的96.1%，同比增长14.2%。"
             "公路项目完成投资1313.8亿元，为年计划的96.6%，同比增长{road}%，其中，高速公路完成投资970.6亿元，"
             "为年计划的94.2%，同比增长9.3%；普通国省道完成投资197.2亿元，为年计划的109.5%，同比增长48.2%；"
             "农村公路完成投资146.0亿元，为年计划的97.3%，同比增长21.4%。港口项目完成投资71.0亿元，"
             "为年计划的101.4%，同比增长2.0%。航道项目完成投资12.6亿元，为年计划的125.6%，同比下降33.5%。"
             "公路客货站场项目及其他完成投资44.1亿元，为年计划的73.6%，同比增长36.5%。\n")


def test_two_nested_totals_each_with_its_parts(article) -> None:
    code, doc = article(GUANGDONG.format(road="15.1"))
    inner = composition_of(doc, "1313.8亿元")
    assert inner["how"] == "stated" and inner["verdict"] == "holds"
    assert written(inner)[1:-1:2] == ["970.6亿元", "197.2亿元", "146.0亿元"]
    outer = composition_of(doc, "1441.5亿元")  # its parts in four sentences: linked
    assert outer["how"] == "linked" and outer["verdict"] == "holds"
    assert written(outer)[1:-1:2] == ["1313.8亿元", "71.0亿元", "12.6亿元", "44.1亿元"]
    ranges = [r for r in kind(doc, "composition") if r not in (inner, outer)]
    assert sorted(written(r)[0] for r in ranges) == ["14.2%", "15.1%"]
    assert all(r["verdict"] == "holds" for r in ranges)
    assert alarms(doc, "error") == alarms(doc, "warning") == []
    assert code == 0


def test_a_changed_part_total_rate_is_an_error_naming_it(article) -> None:
    # above all three roads' rates (investment grows on a comparable set of units: the levels'
    # weights are then not comparable, the range still holds)
    code, doc = article(GUANGDONG.format(road="55.1"))
    assert ("FC111", "55.1%") in alarms(doc, "error")
    assert code == 1


LOOK_ALIKES = [
    # the rate names a subject of its own: 税收收入's, not the total's
    "1-5月，地方一般公共预算收入完成4.92亿元，完成年初预算的47.5%，税收收入同比增长25.0%。\n",
    # a ratio of another measure between them (利润率): no share of a plan or a whole
    "1-5月，规模以上工业企业实现利润总额4.92亿元，营业收入利润率5.6%，同比增长25.0%。\n",
    # a part's level between them (其中…): the rate may be the part's
    "全市一般公共预算支出1025.5亿元，其中市本级支出417.7亿元，同比下降4%。\n",
    # a rate against the month before: no growth of the level on the year
    "地方一般公共预算收入完成4.92亿元，完成年初预算的47.5%，环比增长25.0%。\n",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_no_growth_across_clauses_of_another_kind(article, text) -> None:
    code, doc = article(text)
    assert kind(doc, "composition") == []
    assert alarms(doc, "error") == alarms(doc, "warning") == []
    assert code == 0


def test_the_growth_is_attached_only_after_share_clauses() -> None:
    from factcheck.article import article_from_text
    from factcheck.discover.claims import build_draft

    def growth_of(text: str, level: str) -> str | None:
        claim = next(c for c in build_draft(article_from_text(text)).claims if c.figure.written == level)
        return claim.growth.written if claim.growth else None

    assert growth_of(GUANGZHOU.format(total="下降4%"), "1025.5亿元") == "下降4%"
    assert growth_of(ZETDZ.format(total="同比增长25.0%"), "4.92亿元") == "25.0%"
    # 北京市海淀区 (dev article stat-haidian-gdp-2021): a share of the city's total between them
    haidian = "全区实现地区生产总值8504.6亿元，占北京市总量的23.56%，同比增长5.9%。"
    assert growth_of(haidian, "8504.6亿元") == "5.9%"
    for look_alike in LOOK_ALIKES:
        assert growth_of(look_alike, "4.92亿元" if "4.92亿元" in look_alike else "1025.5亿元") is None


# --- 按不变价核算 --------------------------------------------------------------------------------
# 贵州 2022年一季度经济运行 (新闻发布会), http://hf.eeju.com/guancha/2022/0421/29115.html
GUIZHOU = ("根据地区生产总值统一核算结果，一季度全省地区生产总值4815.49亿元，按不变价核算，"
           "比上年同期增长{gdp}%，"
           "增速高于全国平均水平1.8个百分点。\n"
           "一季度，全省第一产业增加值459.06亿元，增长5.5%；第二产业增加值1810.93亿元，增长11.1%；"
           "第三产业增加值2545.50亿元，增长4.0%。\n")


def test_gdp_rate_at_constant_prices_and_its_three_industries(article) -> None:
    code, doc = article(GUIZHOU.format(gdp="6.6"))
    record = composition_of(doc, "4815.49亿元")
    assert record["how"] == "linked" and record["verdict"] == "holds"
    assert alarms(doc, "error") == alarms(doc, "warning") == []
    assert code == 0
    code, doc = article(GUIZHOU.format(gdp="16.6"))  # above all three industries: linked, a warning
    assert ("FC111", "16.6%") in alarms(doc, "warning")


# --- a share from A to B with its change in 百分点, A with a bound word ------------------------------
# 新浪财经 A股公司研发投入创新高，占全社会比近五成 (2022), via github:Rock-Candy-Tea/RSSHUB-PAGE
RD = ("研发投入占全社会投入比例稳步提高，以近五年数据看，从2017年的近36%，提高至去年的48%，"
      "五年时间提升{gap}个百分点。\n")


def test_a_share_from_nearly_a_to_b_and_its_change_in_points(article) -> None:
    code, doc = article(RD.format(gap="12"))
    [record] = kind(doc, "growth")
    assert record["how"] == "stated" and record["verdict"] == "holds"
    assert written(record) == ["48%", "近36%", "12个百分点"]
    assert code == 0
    code, doc = article(RD.format(gap="15"))  # 48% less 35–36% is 12–13 points, never 15
    assert ("FC101", "15个百分点") in alarms(doc, "error")
    assert code == 1


def test_a_bounded_start_needs_its_change_in_points(article) -> None:
    # a level with a bound word (近3000亿元: 2500–3000亿元) says too little for a growth rate
    code, doc = article("全市社会消费品零售总额由2017年的近3000亿元增加到2021年的3500亿元，年均增长5.1%。\n")
    assert kind(doc, "growth") == []
    assert code == 0


# --- a share of the year's plan against the time gone by (序时进度) -----------------------------------
PACE_GUANGZHOU = ("1-4月，全市一般公共预算收入700.4亿元，增长1.9%。\n"
                  "全市一般公共预算支出1025.5亿元，完成年初预算{share}%，快于序时进度3.4个百分点，下降4%。\n")


def test_ahead_of_the_time_gone_by(article) -> None:
    # 1-4月: 4/12 = 33.33% of the year; 36.7 − 33.33 = 3.37 points (over the roundings 3.32–3.42)
    code, doc = article(PACE_GUANGZHOU.format(share="36.7"))
    [record] = kind(doc, "expression")
    assert record["how"] == "linked" and record["verdict"] == "holds"  # 1-4月 in the line before
    assert written(record) == ["36.7%", "3.4个百分点"]
    code, doc = article(ZETDZ.format(total="同比增长25.0%"))
    [record] = kind(doc, "expression")  # 1-5月 in its sentence: 47.5 − 41.67 = 5.83, 约6
    assert record["how"] == "stated" and record["verdict"] == "holds"
    assert written(record) == ["47.5%", "约6个百分点"]
    assert code == 0


def test_a_changed_share_of_the_plan_is_named(article) -> None:
    code, doc = article(PACE_GUANGZHOU.format(share="39.7"))
    assert ("FC801", "39.7%") in alarms(doc, "warning")
    code, doc = article(ZETDZ.format(total="同比增长25.0%").replace("47.5%", "52.5%"))
    assert ("FC801", "52.5%") in alarms(doc, "error")
    assert code == 1


@pytest.mark.parametrize("text", [
    # a gap against last year, not the time gone by
    "1-5月，地方一般公共预算收入完成4.92亿元，完成年初预算的47.5%，比上年同期快6个百分点。\n",
    # 5月份 alone: one month, no span of the year from January
    "5月份，地方一般公共预算收入完成4.92亿元，完成年初预算的47.5%，快于序时进度6个百分点。\n",
    # a share of a whole, no plan
    "1-5月，税收收入4.50亿元，占全市的47.5%，快于序时进度6个百分点。\n",
])
def test_no_pace_without_a_plan_and_the_months_gone(article, text) -> None:
    code, doc = article(text)
    assert kind(doc, "expression") == []
    assert code == 0


# --- 同比持平: a growth of zero, to the last digit of the rates around it ----------------------------
# 中山市统计局 2023年1-12月规模以上工业, http://stats.zs.gov.cn/zwgk/tjxx/tjzl/content/post_2370577.html
ZHONGSHAN = ("分销售情况看，1-12月，规模以上工业企业实现销售产值6526.85亿元，{total}。"
             "其中，内销产值4641.05亿元，"
             "同比增长2.6%；出口交货值1885.80亿元，同比下降5.9%。\n")
# 深圳上半年GDP增长3% (新浪财经), via github:Rock-Candy-Tea/RSSHUB-PAGE
SHENZHEN = ("上半年，深圳全市社会消费品零售总额4483亿元，与上年同期持平。\n\n"
            "分消费类型看，商品零售增长{goods}%，餐饮收入下降11.4%。\n")


def test_flat_is_a_growth_of_zero_to_the_rates_last_digit() -> None:
    from factcheck.figures import figures_in_text

    [flat] = [f for f in figures_in_text(ZHONGSHAN.format(total="同比持平")) if f.extra.get("flat")]
    assert flat.text == "同比持平" and flat.is_rate
    assert (flat.interval.lo, flat.interval.hi) == (Fraction(-1, 2000), Fraction(1, 2000))  # 0.0%
    [flat] = [f for f in figures_in_text(SHENZHEN.format(goods="1.4")) if f.extra.get("flat")]
    assert flat.text == "与上年同期持平"
    # rates written in whole percents: −0.5% to 0.5%
    whole = "出口100亿元，同比持平；进口50亿元，增长3%。"
    [flat] = [f for f in figures_in_text(whole) if f.extra.get("flat")]
    assert (flat.interval.lo, flat.interval.hi) == (Fraction(-1, 200), Fraction(1, 200))


@pytest.mark.parametrize("text", [
    "全市农作物种植总面积为1128万亩，与上年基本持平，粮食增长2.1%。",  # about flat: no figure
    "第三产业实现增加值450亿元，同比增长4.5%，增速与一季度持平。",  # a rate flat against a rate
    "肉牛出栏0.20万头，与上年持平；山羊出栏11.06万只，增长3.2%。",  # levels equal as printed
    "加拿大6月GDP环比持平，预期升0.1%。",  # against the month before
    "上半年，深圳全市社会消费品零售总额与上年同期持平。",  # no rate in the text to read its precision by
])
def test_no_flat_figure_for_look_alikes(text) -> None:
    from factcheck.figures import figures_in_text

    assert [f for f in figures_in_text(text) if f.extra.get("flat")] == []


@pytest.mark.parametrize(("text", "total"), [(ZHONGSHAN.format(total="同比持平"), "6526.85亿元"),
                                             (SHENZHEN.format(goods="1.4"), None)])
def test_a_flat_total_and_its_parts(article, text, total) -> None:
    code, doc = article(text)
    records = kind(doc, "composition")
    assert records and all(r["how"] == "stated" and r["verdict"] == "holds" for r in records)
    if total is not None:  # 出口交货值 is part of 销售产值 (NBS): the levels add up, and weigh the rates
        assert written(composition_of(doc, total))[-1] == "0.0%"
    assert alarms(doc, "error") == alarms(doc, "warning") == []
    assert code == 0


def test_a_flat_total_outside_its_parts_is_an_error(article) -> None:
    code, doc = article(SHENZHEN.format(goods="11.4").replace("餐饮收入下降11.4%", "餐饮收入增长1.4%"))
    assert ("FC111", "0.0%") in alarms(doc, "error")  # flat, and both parts grew
    code, doc = article(ZHONGSHAN.format(total="同比持平").replace("同比增长2.6%", "同比增长5.6%"))
    assert ("FC112", "5.6%") in alarms(doc, "error")  # the levels give 2.2%, not 0.0%
    assert code == 1


# 某市 2016年1-4月工业经济运行 (繁体转简体), http://m.zgkjsz.com/page/2016/0514/8780351.shtml
SALES_2016 = ("1-4月，工业企业产品销售率99.59%，同比提高1.16个百分点。工业企业实现销售产值5153.9亿元，"
              "比上年同期下降{total}%。其中，实现出口交货值268.6亿元，比上年同期下降23.9%。"
              "实现内销产值4885.3亿元，同比增长0.4%。\n")


def test_export_delivery_value_is_a_part_of_sales_value(article) -> None:
    code, doc = article(SALES_2016.format(total="1.2"))
    record = composition_of(doc, "5153.9亿元")
    assert record["verdict"] == "holds" and written(record)[1:-1:2] == ["268.6亿元", "4885.3亿元"]
    assert code == 0
    code, doc = article(SALES_2016.format(total="3.2"))  # the levels give −1.3% to −1.2%
    assert ("FC112", "下降3.2%") in alarms(doc, "warning")  # two sentences: linked


# 江门市重点项目进度, https://456150.com.cn/bmpd/jmsfzhggj/zwgk/tjfx/zdxmxxtj/content/post_1584634.html
JIANGMEN = ("今年安排全市重点建设项目444项(打包项目拆分后共569项),项目总投资5141亿元,年度投资计划647.4亿元。"
            "1-10月项目累计完成投资629.0亿元,占年度投资计划的{share}%,超过时间进度13.8个百分点。\n")


def test_ahead_of_the_time_gone_by_in_a_project_report(article) -> None:
    # 97.2 − 10/12 = 97.2 − 83.33 = 13.87 (13.82–13.92 over the rounding) meets 13.75–13.85
    code, doc = article(JIANGMEN.format(share="97.2"))
    [record] = kind(doc, "expression")
    assert record["how"] == "stated" and record["verdict"] == "holds"
    assert code == 0
    code, doc = article(JIANGMEN.format(share="99.2"))
    assert ("FC801", "99.2%") in alarms(doc, "error")


# --- 分别为4488和949亿元: the magnitude written once, after the last number ---------------------------
# 浙江 4月份全省规模以上工业 (2016), https://hangzhou.baogaosu.com/xinwen/ (…/47152273)
ZHEJIANG = ("4月份，规模以上工业销售产值5437亿元，同比增长{total}%。"
            "其中，内销产值和出口交货值分别为4488和949亿元，同比分别增长3.4和0.2%。产销率为95.75%，比上月提高0.62个百分点。\n")


def test_the_first_of_a_pair_takes_the_magnitude_of_the_last() -> None:
    from factcheck.figures import figures_in_text

    written = [f.written for f in figures_in_text(ZHEJIANG.format(total="2.9"))]
    assert "4488亿元" in written and "4488元" not in written
    assert [f.written for f in figures_in_text("甲乙常住人口分别为3和5万人。")] == ["3万人", "5万人"]
    # 中电联 (smoke3 power-generation-2020): the magnitude inside the unit, as before
    assert [f.written for f in figures_in_text("风电、太阳能发电量分别为4665、2611亿千瓦时。")] \
        == ["4665亿千瓦时", "2611亿千瓦时"]
    assert [f.written for f in figures_in_text("分别高2.1和1.5个百分点。")] == ["2.1个百分点", "1.5个百分点"]


def test_sales_value_split_in_a_respectively_pair(article) -> None:
    code, doc = article(ZHEJIANG.format(total="2.9"))  # 5437 / (4488 / 1.034 + 949 / 1.002) − 1 = 2.83%
    record = composition_of(doc, "5437亿元")
    assert record["how"] == "stated" and record["verdict"] == "holds"
    assert code == 0
    code, doc = article(ZHEJIANG.format(total="4.9"))
    assert ("FC111", "4.9%") in alarms(doc, "error")
