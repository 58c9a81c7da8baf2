"""Differences in 百分点 and contributions (拉动, 上拉, 下拉) found in the words of real texts
(discover/points.py, composition.py, contribution.py; figures/build.py for the sign of 下拉),
through `factcheck check ARTICLE --show-checks`: a rate against another in brackets when it is a
fall or follows another such difference, a rate against a sibling's named with 增速, against all
of industry named with its measure; the parts of industry's three sections pulling its growth up
and down; with the same text with one figure changed (an error or a warning naming it) and the
look-alikes that must find nothing. Each text is copied from its source (given above it)."""

from __future__ import annotations

import pytest
from helpers import check_dicts, column_of, error_findings, names_place, written_set

from factcheck.api import extract

# 濮阳市华龙区统计 2025年前三季度 (www.pyhualong.gov.cn/2025/12-29/3587387.html)
HUALONG = ("前三季度，全区规模以上工业增加值同比下降0.3%，增速比全市平均增速（8.1%）低{a}个百分点，比全省平"
           "均增速（8.4%）低8.7个百分点，增速居全市五县三区第8位。\n\n分三大门类看，前三季度，制造业、电热"
           "气水的供应业、采矿业增加值总量在全区规上工业增加值的占比为：6.4：5.8：87.8。其中：制造业增加值"
           "同比增长26.1%，比全市制造业增加值平均增速（14.4%）高11.7个百分点，比全省制造业增加值平均增速"
           "（9.7%）高{b}个百分点，拉动全区规上工业增加值增长1.3个百分点；电力热力燃气及水生产和供应业同比增长"
           "15.4%，拉动全区规上工业增加值增长0.8个百分点；采矿业同比下降2.6%，下拉全区增速{c}个百分点。\n")
# 长治市统计局 2025年一季度 (tjj.changzhi.gov.cn/sjfx/202505/t20250507_3043836.html)
CHANGZHI = ("一季度，全市规模以上工业增加值延续2月份平稳向好趋势，同比增长9.6%，比全省高1.9个百分点，比全国"
            "高3.1个百分点。其中采矿业增加值同比增长14.4%，总量占全市规上工业增加值的比重为75.9%（以下简称"
            "占比），对全市工业增长的贡献率109.7%，上拉全市工业增加值增速10.6个百分点；电力、热力、燃气及水"
            "生产和供应业增加值同比增长6.4%，占比为4.6%，对全市工业增长的贡献率2.8%，上拉全市工业增加值增速"
            "0.3个百分点；制造业增加值同比下降5.3%，低于全市工业增加值增速14.9个百分点，低于采矿业增加值增"
            "速{a}个百分点，占比为19.5%，对全市工业增长的贡献率{rate}%，下拉全市工业增加值增速{c}个百分点。"
            "\n")


def points_of(doc: dict, written: str) -> list[dict]:
    return [c for c in check_dicts(doc, "points") if written in written_set(c)]


def interval_of(doc: dict, written: str) -> tuple[str, str]:
    """The interval of the claim written so in the checks, as printed."""
    for c in doc["checks"]:
        for x in c["claims"]:
            if x["written"] == written:
                return x["interval"]["lo"], x["interval"]["hi"]
    raise AssertionError(written)


# --- a rate against another in brackets -------------------------------------------------------------
@pytest.mark.parametrize(("seen", "rates"), [
    ("-8.4个百分点", {"下降0.3%", "8.1%"}), ("-8.7个百分点", {"下降0.3%", "8.4%"}),  # a fall, signed
    ("11.7个百分点", {"26.1%", "14.4%"}), ("16.4个百分点", {"26.1%", "9.7%"}),  # after another one
])
def test_a_difference_from_a_bracketed_rate_after_a_fall_or_another_difference(article, seen, rates) -> None:
    # −0.3 − 8.1 = −8.4 (比…低8.4个百分点, read −8.4); 26.1 − 9.7 = 16.4 after 比全市…（14.4%）高11.7个百分点
    code, doc = article(HUALONG.format(a="8.4", b="16.4", c="2.4"))
    [c] = points_of(doc, seen)
    assert written_set(c) == rates | {seen}
    assert (c["how"], c["verdict"]) == ("stated", "holds")
    assert code == 0


@pytest.mark.parametrize(("a", "b", "wrong", "line"), [("9.4", "16.4", "低9.4个百分点", 1),
                                                     ("8.4", "15.4", "高15.4个百分点", 3)])
def test_a_changed_difference_from_a_bracketed_rate_is_an_error_naming_it(article, a, b, wrong, line) -> None:
    text = HUALONG.format(a=a, b=b, c="2.4")
    code, doc = article(text)
    [e] = error_findings(doc)
    assert names_place(e, line, column_of(text.split("\n")[line - 1], wrong) + 1)
    assert code == 1


def test_lower_than_another_rate_by_points_is_read_negative(article) -> None:
    # 比全省平均增速（8.4%）低8.7个百分点: r₁ − r₀ = −8.7, as 回落; 比…高16.4个百分点 stays +16.4
    _, doc = article(HUALONG.format(a="8.4", b="16.4", c="2.4"))
    assert interval_of(doc, "-8.7个百分点") == ("-8.75", "-8.65")
    assert interval_of(doc, "16.4个百分点") == ("16.35", "16.45")


def test_the_size_of_a_fall_against_a_bracketed_rate_is_no_signed_difference(article) -> None:
    # 降幅 compares the sizes of two falls: −0.3 against 8.1 is not what it says
    _, doc = article(HUALONG.format(a="8.4", b="16.4", c="2.4").replace(
        "增速比全市平均增速（8.1%）低", "降幅比全市平均增速（8.1%）低"))
    assert not points_of(doc, "-8.4个百分点")


def test_a_difference_after_a_plain_difference_finds_no_bracketed_rate(article) -> None:
    # 比全省高1.9个百分点 has no rate in brackets: the chain stops there (长治)
    _, doc = article(CHANGZHI.format(a="19.7", rate="-12.5", c="1.2").replace(
        "比全国高3.1个百分点", "比全国（6.5%）高3.1个百分点"))
    assert not points_of(doc, "3.1个百分点")


# --- a rate against a sibling's, named with 增速; against all of industry ----------------------------
def test_a_rate_below_a_siblings_named_with_its_rate(article) -> None:
    # −5.3 − 14.4 = −19.7, after 低于全市工业增加值增速14.9个百分点 of the same rate (长治)
    code, doc = article(CHANGZHI.format(a="19.7", rate="-12.5", c="1.2"))
    [c] = points_of(doc, "19.7个百分点")
    assert written_set(c) == {"下降5.3%", "14.4%", "19.7个百分点"}
    assert (c["how"], c["verdict"]) == ("stated", "holds")
    assert code == 0
    text = CHANGZHI.format(a="18.7", rate="-12.5", c="1.2")
    code, doc = article(text)
    [e] = error_findings(doc)
    assert names_place(e, 1, column_of(text, "18.7个百分点"))


# 中国经济周刊 2021-04-26, 27省份一季度GDP (tests/data/articles/news-27prov-q1-2021)
ANHUI = ("反应在数据上，2021年一季度安徽省第二产业增速最快，增加值为3714.3亿元，同比增长22.9%。其中，规模以"
         "上工业增加值同比增长26.3%，增幅比全国高1.8个百分点，居全国第12位。\n\n安徽省的新兴产业发展势头强"
         "劲。\n\n先看高新技术产业。一季度，安徽省高新技术产业增加值增长41.2%，增幅比全部工业增加值高{pp}个"
         "百分点，为全部工业增加值增长贡献60.7%。\n")


def test_a_rate_above_all_of_industry_named_with_its_measure(article) -> None:
    # 41.2 − 26.3 = 14.9: 全部工业增加值 is 规模以上工业增加值's rate
    code, doc = article(ANHUI.format(pp="14.9"))
    [c] = points_of(doc, "14.9个百分点")
    assert written_set(c) == {"41.2%", "26.3%", "14.9个百分点"}
    assert (c["how"], c["verdict"]) == ("linked", "holds")
    assert code == 0
    _, doc = article(ANHUI.format(pp="15.9"))
    assert [f for f in doc["findings"] if f["severity"] == "warning"
            and any(x["written"] == "15.9个百分点" for x in f["claims"])]


def test_a_part_named_inside_anothers_name_is_not_it(article) -> None:
    # 工信部 (lv64.com/dalian/2022/0831/1668.html): 高技术制造业投资 is no 制造业投资
    _, doc = article("记者从工信部获悉，今年前7月，我国工业投资继续保持两位数增长。\n高技术制造业继续发挥投"
                     "资增长主引擎作用。前7月，高技术制造业投资同比增长22.9%，较制造业投资增速高13个百分点"
                     "。\n")
    assert check_dicts(doc, "points") == []


# --- the three sections of industry pulling its growth up and down ---------------------------------
@pytest.mark.parametrize(("text", "pulls", "total"), [
    (HUALONG.format(a="8.4", b="16.4", c="2.4"), {"1.3个百分点", "0.8个百分点", "2.4个百分点"}, "下降0.3%"),
    (CHANGZHI.format(a="19.7", rate="-12.5", c="1.2"),
     {"10.6个百分点", "0.3个百分点", "1.2个百分点"}, "9.6%"),
])
def test_the_sections_contributions_add_up_to_industrys_growth(article, text, pulls, total) -> None:
    # 1.3 + 0.8 − 2.4 = −0.3; 10.6 + 0.3 − 1.2 = 9.7 ≈ 9.6 within rounding
    code, doc = article(text)
    [c] = [c for c in check_dicts(doc, "contribution") if len(c["claims"]) == 4]
    assert {w.removeprefix("-") for w in written_set(c)} == pulls | {total}
    assert c["verdict"] == "holds"
    assert code == 0


@pytest.mark.parametrize(("text", "wrong"), [
    (HUALONG.format(a="8.4", b="16.4", c="3.4"), "3.4个百分点"),
    (CHANGZHI.format(a="19.7", rate="-12.5", c="2.2"), "2.2个百分点"),
])
def test_a_changed_contribution_is_a_warning_naming_it(article, text, wrong) -> None:
    _, doc = article(text)
    assert [f for f in doc["findings"] if f["severity"] == "warning"
            and any(x["written"].endswith(wrong) for x in f["claims"])]


def test_a_pull_downwards_is_read_negative(article) -> None:
    # 下拉全区增速2.4个百分点: −2.4; 拉动…增长1.3个百分点 stays +1.3; −12.5% × 9.6% = −1.2 (长治)
    _, doc = article(HUALONG.format(a="8.4", b="16.4", c="2.4"))
    assert interval_of(doc, "-2.4个百分点") == ("-2.45", "-2.35")
    assert interval_of(doc, "1.3个百分点") == ("1.25", "1.35")
    code, doc = article(CHANGZHI.format(a="19.7", rate="-12.5", c="1.2"))
    [c] = [c for c in check_dicts(doc, "expression") if "-12.5%" in written_set(c)]
    assert c["verdict"] == "holds"
    assert code == 0


# 旺苍县统计局 2024年上半年 (zgwc.gov.cn/news_show.aspx?id=204279): 电力… has no 拉动 of its own
WANGCANG = ("上半年，全县规上工业增加值同比增长1.3%，增速较一季度和1-5月分别提高15.5和2.2个百分点，增速居全"
            "市第6位。\n制造业拉动有力。上半年，制造业增长3.4%，增速较一季度回升14.1个百分点，高于全县规上"
            "工业增速2.1个百分点，拉动全县规上工业增加值增速2.4个百分点；采矿业增加值同比下降4.5%，降幅较一"
            "季度收窄16.3个百分点，低于全县规上工业增速5.8个百分点，下拉全县规上工业增加值增速1.1个百分点；"
            "电力、热力、燃气及水生产和供应业下降2.5%，降幅较一季度收窄14.8个百分点，低于全县规上工业增速3."
            "8个百分点。\n")
# 内蒙古日报 2022-05-25 (szb.northnews.cn/nmgrb/html/2022-05/25/content_36531_181567.htm): no total stated
NMG = ("从推动增长的三大业态看，1-4月，全区规模以上采矿业增加值同比增长8.0%，规模以上制造业增加值同比增长9."
       "2%，规模以上电力、热力、燃气及水生产和供应业增加值同比增长4.7%，分别拉动全区规模以上工业增加值增长3"
       ".5个、3.6个和0.8个百分点。\n")


@pytest.mark.parametrize("text", [WANGCANG, NMG])
def test_contributions_of_some_sections_or_of_no_stated_total_add_up_to_nothing(article, text) -> None:
    _, doc = article(text)
    assert [c for c in check_dicts(doc, "contribution") if len(c["claims"]) > 2] == []
    assert not [f for f in doc["findings"] if f["severity"] in ("error", "warning")]


# --- lower than another rate by points: a negative difference -------------------------------------
def _values(text: str) -> dict[str, str]:
    """Each claim's quote and value as `factcheck extract` drafts them."""
    return {c.quote: str(c.value) for c in extract(text, path="news.txt").claims.values()}


@pytest.mark.parametrize(("text", "quote_end", "value"), [
    # 新浪财经 (smoke electronics-manufacturing-jan-apr-2022)
    ("1-4月份，规模以上电子信息制造业累计实现出口交货值同比增长6.5%，增速比一季度回落4.9个百分点，比同期工业增速低"
     "3.4个百分点。\n", "比同期工业增速低3.4个百分点", "-3.4个百分点"),
    # 金融界 (smoke24 yangtze-delta-credit-jul-2024-jrj-sh)
    ("7月末，长三角地区本外币各项贷款余额69.08万亿元，同比增长10.9%，增速较上月末低0.1个百分点。\n",
     "增速较上月末低0.1个百分点", "-0.1个百分点"),
    # look-alikes: a change word of its own (回落, 降低), 低于 with the other rate after it
    ("1-4月份，规模以上电子信息制造业累计实现出口交货值同比增长6.5%，增速比一季度回落4.9个百分点。\n",
     "增速比一季度回落4.9个百分点", "回落4.9个百分点"),
    ("1-4月份，规模以上电子信息制造业累计实现出口交货值同比增长6.5%，增速比一季度降低4.9个百分点。\n",
     "增速比一季度降低4.9个百分点", "降低4.9个百分点"),
    ("前三季度，全市规模以上工业增加值同比增长6.5%，低于全省平均水平0.7个百分点。\n",
     "低于全省平均水平0.7个百分点", "0.7个百分点"),
])
def test_a_rate_lower_than_another_by_points_reads_negative_once(text, quote_end, value) -> None:
    [found] = [v for q, v in _values(text).items() if q.endswith(quote_end)]
    assert found == value
