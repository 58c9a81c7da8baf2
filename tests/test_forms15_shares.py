"""Shares, shares that sum, gaps in points and per-unit figures in real paragraphs nobody tuned on
(tests/data/forms15/shares.yaml, session 15): the relations found with their verdicts, one figure
changed → an error or a warning naming it, and the look-alikes that must find nothing."""

from __future__ import annotations

import pytest
from forms import items, record_for

SAMPLE = {i["id"]: i for i in items("shares")}


def alarms(doc: dict) -> list[dict]:
    return [f for f in doc["findings"] if f["severity"] in ("error", "warning")]


def names(finding: dict, written: str) -> bool:
    return any(c["written"] == written for c in finding["claims"])


# --- a ratio of the three industries is of the industries' levels only ------------------------

CHAOZHOU = SAMPLE["chaozhou-structure-2020"]["text"]  # 潮州市2021年政府工作报告


def test_levels_that_are_not_the_industries_are_no_parts_of_their_ratio(article) -> None:
    """生产总值、规模以上工业增加值、一般公共预算收入、税费收入…，三次产业结构调整优化为9.7:47.3:43:
    the three levels before the ratio are not the industries' (a false FC201 error before)."""
    _, doc = article(CHAOZHOU + "\n")
    assert alarms(doc) == []
    assert not [r for r in doc["checks"] if r["kind"] == "share"]
    [ratio] = [r for r in doc["checks"] if {c["written"] for c in r["claims"]} == {"9.7", "47.3", "43"}]
    assert ratio["verdict"] == "holds"  # the terms still make 100


# tests/data/smoke5/dezhou-economy-q1.txt lines 1-2 (德州市统计局)
DEZHOU = ("经省统计局反馈，一季度，全市实现地区生产总值545.0亿元，按可比价格计算，同比增长10.2%，高于全国"
          "2.8个百分点，高于全省1.5个百分点，增速居全省第3位。\n一、产业结构不断优化。第一产业实现增加值"
          "41.99亿元，增长3.6%；第二产业实现增加值313.14亿元，增长10.8%；第三产业实现增加值189.87亿元，"
          "增长10.6%。三次产业结构为7.7:57.5:34.8。")


def test_the_industries_levels_before_their_ratio_are_still_its_parts(article) -> None:
    """德州 2021年一季度: 第一产业…41.99亿元；第二产业…313.14亿元；第三产业…189.87亿元。三次产业
    结构为7.7:57.5:34.8 — each term the share of its industry; 57.5 changed to 55.5 fails."""
    _, doc = article(DEZHOU + "\n")
    assert alarms(doc) == []
    for figures in (["41.99亿元", "545.0亿元", "7.7"], ["313.14亿元", "545.0亿元", "57.5"],
                    ["189.87亿元", "545.0亿元", "34.8"]):
        assert record_for({"figures": figures}, doc, DEZHOU)["verdict"] == "holds"
    text = DEZHOU
    _, doc = article(text.replace("7.7:57.5:34.8", "7.7:55.5:34.8") + "\n")
    assert any(names(f, "55.5") for f in alarms(doc))


# --- a count that 分别 shares out numbers the members, it is not the whole ----------------------

def test_a_count_the_shares_are_given_out_to_is_not_their_whole(article) -> None:
    """河北省统计局 2019-11-20: 生物、新材料、电子信息和新能源四个领域分别占17.3%、16.8%、12.6%、
    6.9%: the four fields each take a share of 高新技术产业增加值; 17.3% is no share of 4 (a false
    FC701 error before)."""
    _, doc = article(SAMPLE["hebei-hightech-2019"]["text"] + "\n")
    assert [f for f in doc["findings"] if f["code"] == "FC701"] == []
    assert alarms(doc) == []


def test_a_count_a_share_is_of_stays_feasible(article) -> None:
    """在有生产活动的168个行业中，有120个行业增加值实现了增长，占71.4%: still a share of the
    168 (120/168 = 71.43%); 71.4% changed to 71.6% is named."""
    text = SAMPLE["hebei-hightech-2019"]["text"]
    _, doc = article(text + "\n")
    [relation] = [r for r in SAMPLE["hebei-hightech-2019"]["relations"] if r["kind"] == "share"]
    assert record_for(relation, doc, text)["verdict"] == "holds"
    _, doc = article(text.replace("占71.4%", "占71.6%") + "\n")
    assert any(names(f, "71.6%") for f in alarms(doc))


# --- a cash dividend per 10 shares, the share capital and the total ----------------------------

CATL = SAMPLE["catl-dividend-2022"]["text"]  # 宁德时代 2022年年度报告
LUOTUO = SAMPLE["luotuo-dividend-2022"]["text"]  # 骆驼股份 2022年年度报告
BOLIWEI = SAMPLE["boliwei-dividend-2022"]["text"]  # 博力威 2022年年度报告


def dividend(doc: dict) -> dict:
    [record] = [r for r in doc["checks"] if r.get("check", "").endswith("_dividend")]
    return record


@pytest.mark.parametrize(("text", "figures", "how"), [
    (CATL, {"2,442,514,524股", "25.20元", "6,155,136,600.48元"}, "stated"),
    (LUOTUO, {"1,173,146,118股", "2.00元", "234,629,223.60元"}, "linked"),
    (BOLIWEI, {"10,000万股", "4元", "4,000万元"}, "linked"),
    (SAMPLE["tiaose-dividend-2015"]["text"], {"27,200万股", "0.2元", "5,440,000.00元"}, "stated"),
    (SAMPLE["zijiang-dividend-2023"]["text"], {"1,516,736,158股", "2.50元", "379,184,039.50元"},
     "linked"),
])
def test_a_dividend_per_ten_shares_times_the_capital_is_the_total(article, text, figures, how) -> None:
    """以公司现有总股本N股为基数，向全体股东每10股派发现金a元，合计派发现金股利T元: T = N × a / 10
    (stated in one sentence; linked when the capital and the total follow in another: 以此计算)."""
    _, doc = article(text + "\n")
    record = dividend(doc)
    assert {c["written"] for c in record["claims"]} == figures
    assert (record["how"], record["verdict"]) == (how, "holds")
    assert alarms(doc) == []


@pytest.mark.parametrize(("text", "total", "severity"), [
    (CATL, "6,155,136,600.48元", "error"),
    (LUOTUO, "234,629,223.60元", "warning"),
])
def test_a_changed_dividend_total_is_named(article, text, total, severity) -> None:
    changed = total.replace(total[:1], str(int(total[:1]) + 1), 1)
    _, doc = article(text.replace(total, changed) + "\n")
    assert [f["severity"] for f in alarms(doc) if names(f, changed)] == [severity]


def test_a_dividend_on_the_capital_less_bought_back_shares_is_not_checked(article) -> None:
    """国轩高科 2023年年度报告 (the first sentence, as printed): the base is the capital less the
    shares bought back. The second sentence is added here — a capital and a total — to show that
    扣除 stops the rule: that capital is no base of the total."""
    text = ("公司经本次董事会审议通过的利润分配预案为：以实施权益分派股权登记日登记的总股本扣除公司回购专用"
            "证券账户中的回购股份为基数，向全体股东每10股派发现金红利1.00元（含税），送红股0股（含税），"
            "不以公积金转增股本。截至2023年12月31日，公司总股本为1,778,874,835股，合计拟派发现金红利"
            "177,887,483.50元。\n")
    _, doc = article(text)
    assert not [r for r in doc["checks"] if r.get("check", "").endswith("_dividend")]


# --- the other rate written in the sentence after a dated 较…的 ----------------------------------

UNEMPLOYMENT = SAMPLE["unemployment-2025-jul"]["text"]  # 经济通 2025-08-15 (国家统计局)


def test_a_rate_against_last_months_written_after_its_date(article) -> None:
    """7月城镇调查失业率升至5.2%，较6月的失业率5%，上升0.2个百分点: the other rate written in the
    sentence after 较6月的失业率 (a date's digits and the rate's name between 的 and the figure),
    the change after a comma: 5.2 − 5 = 0.2, stated (5% read [4.5, 5.5): 0.5 still holds); 0.2
    changed to 1.2 fails."""
    _, doc = article(UNEMPLOYMENT + "\n")
    [relation] = SAMPLE["unemployment-2025-jul"]["relations"]
    record = record_for(relation, doc, UNEMPLOYMENT)
    assert (record["how"], record["verdict"]) == ("stated", "holds")
    _, doc = article(UNEMPLOYMENT.replace("上升0.2个百分点", "上升1.2个百分点") + "\n")
    assert [f["severity"] for f in alarms(doc) if names(f, "1.2个百分点")] == ["error"]


# --- a note in brackets with no figure after a total does not hide its 其中 ---------------------

FILM_2022 = SAMPLE["film-2022-year"]["text"]  # 中新社 2023-01-01


def test_a_note_after_the_total_does_not_hide_its_parts(article) -> None:
    """2022年度全国电影总票房为300.67亿元（人民币，下同），其中国产电影票房为255.11亿元，在总票房中
    占比为84.85%: the note names the currency, the 其中 still splits the total; 84.85% changed to
    81.85% fails, stated."""
    _, doc = article(FILM_2022 + "\n")
    [relation] = SAMPLE["film-2022-year"]["relations"]
    record = record_for(relation, doc, FILM_2022)
    assert (record["how"], record["verdict"]) == ("stated", "holds")
    _, doc = article(FILM_2022.replace("84.85%", "81.85%") + "\n")
    assert [f["severity"] for f in alarms(doc) if names(f, "81.85%")] == ["error"]


def test_a_figure_in_brackets_after_the_total_still_stops_the_parts(article) -> None:
    """A bracket with a figure is no note (a constructed guard in the form of 有107家（含港台企业则为
    120家）, tests/test_discover_breakdown.py): it is not passed over, the count with more stays
    no total of the 其中."""
    _, doc = article("全年全市规模以上工业企业107家（含港台企业则为120家），其中国有企业12家。\n")
    assert not [r for r in doc["checks"] if r["kind"] == "breakdown"
                and {c["written"] for c in r["claims"]} == {"12家", "107家"}]


@pytest.mark.parametrize("text", [
    SAMPLE["district-income-h1"]["text"],  # 上半年全区…城乡收入比为1.71:1
    # tests/data/smoke5/youyang-county-q1-2025.txt: 城乡收入比…由上年同期的2.05:1下降为2.02:1
    "城镇常住居民人均可支配收入10063元，增长5.2%；农村常住居民人均可支配收入4974元，增长6.6%。"
    "城乡收入比持续缩小，由上年同期的2.05:1下降为2.02:1。",
])
def test_a_ratio_to_one_is_a_quotient_not_shares(article, text) -> None:
    """城乡收入比为1.71:1 after the two incomes: a quotient (26143/15298 = 1.709), not the two
    incomes' shares of 100 (a false FC201 error and warning before)."""
    _, doc = article(text + "\n")
    assert alarms(doc) == []
    assert not [r for r in doc["checks"] if r["kind"] == "share"]


# --- the other subject's rate in brackets after its name ----------------------------------------

INCOME_H1 = SAMPLE["district-income-h1"]["text"]


@pytest.mark.parametrize(("text", "verdict"), [
    (INCOME_H1, "holds"),
    (INCOME_H1.replace("0.7个百分点", "1.7个百分点"), "fails"),
])
def test_a_gap_from_a_rate_written_in_brackets(article, text, verdict) -> None:
    """增长10.3%，高于全国（9.6%）0.7个百分点: the other subject's rate in brackets right after its
    name, the difference right after them: 10.3 − 9.6 = 0.7, stated (1.7 fails, named)."""
    _, doc = article(text + "\n")
    [record] = [r for r in doc["checks"] if r["kind"] == "points"]
    assert {c["written"] for c in record["claims"]} >= {"10.3%", "9.6%"}
    assert (record["how"], record["verdict"]) == ("stated", verdict)
    if verdict == "fails":
        assert [f["severity"] for f in alarms(doc) if names(f, "1.7个百分点")] == ["error"]


def test_a_gap_from_a_bracketed_rate_of_a_sentence_before_is_not_read(article) -> None:
    """tests/data/smoke15/inner-mongolia-industry-jan-aug-2023-gxt.txt: 累计增速高于全国（3.9%）
    3.6个百分点 — the rate it is of (7.5%) is in the sentence before: not read (no pairing across
    sentences by this form)."""
    text = ("1-8月份，全区规上工业增加值同比增长7.5%，较1-7月份提高0.3个百分点，已连续三个月回升。"
            "累计增速高于全国（3.9%）3.6个百分点，居全国第5位，较上月提升2位。\n")
    _, doc = article(text)
    assert not [r for r in doc["checks"] if {c["written"] for c in r["claims"]} >= {"3.9%", "3.6个百分点"}]
    assert alarms(doc) == []
