"""Differences and levels with their rate found in articles (session 7, diff6), through
`factcheck check ARTICLE`: a figure higher (lower) than another written after 的 (增速高于…的2%),
and a level that much above a base written after 比…的 (较去年的6958元高出2.3%). Each form on real
sentences (source in the docstring), the same sentence with one figure changed (the error names
that figure), and near misses that must not pair."""

from __future__ import annotations

import pytest


def checks_of(doc: dict, suffix: str) -> list[dict]:
    return [c for c in doc["checks"] if c["check"].endswith(suffix)]


def figures(check: dict) -> set[tuple[str, int]]:
    return {(c["written"], c["article"]["line"]) for c in check["claims"]}


def column(text: str, phrase: str, written: str) -> int:
    """The column of `written` inside the first `phrase` of a one-line text."""
    return text.index(phrase) + phrase.index(written) + 1


def error_at(doc: dict, line: int, column: int) -> bool:
    """Whether an error names the claim printed at line:column."""
    return any(f["severity"] == "error" and any(
        (c.get("article") or {}).get("line") == line and c["article"]["column"] == column
        for c in f["claims"]) for f in doc["findings"])


# --- 增速高于…的2%: the sign of a difference, its other figure after 的 ---------------------------
# stat-shenzhen-2022h1 (新浪财经, 深圳上半年GDP增长3%，领跑一线城市); news-27prov-q1-2021 (新浪财经,
# 27省份一季度GDP出炉); stat-cities-gdp-2021 (新浪财经, 城市GDP竞争); smoke china-trade-q1-2022
# (新浪财经, 一季度外贸同比增长10.7%: 预计…将增长3.0%，低于之前预测的4.7%); smoke2
# questmobile-annual-2021 (36kr: 总时长占比达到21.0%，仅次于腾讯系的35.7%).
SHENZHEN = ("根据广东省地区生产总值统一核算结果，深圳上半年GDP为1.5万亿元，同比增长3%，增速高于深圳今年"
            "第一季度的{q1}%，也高于广东省同期的2%，全国的{cn}%，在四大一线城市中排名第一。\n")


def test_a_rate_higher_than_others_written_after_de(article) -> None:
    """Form: 增长a%，增速高于X的b%，也高于Y的c%，Z的d% — a > b, a > c, a > d: stated."""
    code, doc = article(SHENZHEN.format(q1="2", cn="2.5"))
    compared = checks_of(doc, "_compared")
    assert sorted(w for c in compared for w, _ in figures(c) if w not in ("1.5万亿元", "3%")) == \
        ["2%", "2%", "2.5%"]
    assert {(c["how"], c["verdict"]) for c in compared} == {("stated", "holds")}
    assert code == 0


@pytest.mark.parametrize(("q1", "cn", "phrase"), [("5", "2.5", "第一季度的5%"), ("2", "3.8", "全国的3.8%")])
def test_a_compared_figure_changed_is_an_error_at_it(article, q1, cn, phrase) -> None:
    """第一季度的5% (全国的3.8%) is above the 3% it is said to be below: an error at that figure."""
    text = SHENZHEN.format(q1=q1, cn=cn)
    code, doc = article(text)
    assert error_at(doc, 1, column(text, phrase, phrase.split("的")[1])) and code == 1


PROVINCES = ("浙江省GDP为16347亿元，同比增长19.5%，增速仅次于湖北省的{hubei}%和海南省的19.8%，高于江苏的"
             "19.2%、广东省的18.6%、山东的{shandong}%。\n")


def test_a_list_after_one_comparison_word_is_compared_item_by_item(article) -> None:
    """Form: 增速仅次于A的a和B的b，高于C的c、D的d、E的e — the rate ≤ a, b and > c, d, e."""
    code, doc = article(PROVINCES.format(hubei="58.3", shandong="18"))
    compared = checks_of(doc, "_compared")
    assert len(compared) == 5 and {c["verdict"] for c in compared} == {"holds"} and code == 0
    text = PROVINCES.format(hubei="58.3", shandong="19.8")
    code, doc = article(text)
    assert error_at(doc, 1, column(text, "山东的19.8%", "19.8%")) and code == 1
    text = PROVINCES.format(hubei="18.3", shandong="18")
    code, doc = article(text)
    assert error_at(doc, 1, column(text, "湖北省的18.3%", "18.3%")) and code == 1


@pytest.mark.parametrize(("chongqing", "verdict"), [("18.1", "holds"), ("28.1", "fails")])
def test_a_rate_before_its_name_compared_with_another(article, chongqing, verdict) -> None:
    """Form: a%的增速高于X的b% — the figure before 的增速 is the subject."""
    _, doc = article(f"其中，广州的高技术制造业快速增长，更胜一筹，25.7%的增速高于重庆的{chongqing}%。\n")
    [c] = checks_of(doc, "_compared")
    assert figures(c) == {("25.7%", 1), (f"{chongqing}%", 1)} and c["verdict"] == verdict


def test_a_share_second_to_another(article) -> None:
    _, doc = article("字节系总时长占比达到21.0%，仅次于腾讯系的35.7%，远超过了快手系（10.2%）。\n")
    [c] = checks_of(doc, "_compared")
    assert figures(c) == {("21.0%", 1), ("35.7%", 1)} and c["verdict"] == "holds"


@pytest.mark.parametrize("text", [
    # 超过全国的10% after a level: its share of the nation's, not a rate compared
    "全市出口额1000亿元，增长5%，超过全国的10%。\n",
    # a level against a percentage: 60% of the average, not a rate
    "农村居民人均可支配收入15000元，低于全国平均水平的60%。\n",
    # a 降幅 compared: its size, not the signed rate
    "工业增加值同比下降3%，降幅低于全省的5%。\n",
    # the rate the comparison follows carries no rate word after a level: whose is unsaid
    "全市出口额1000亿元，增长5%，高于全国的3%的水平线以上的企业有5家。\n",
    # a figure with its own bound word is no value to compare
    "同比增长3%，增速高于全国的约2.5%。\n",
])
def test_no_comparison_where_the_words_do_not_compare_two_values(article, text) -> None:
    _, doc = article(text)
    assert checks_of(doc, "_compared") == []


# --- 较去年的B高出p%: a level that much above a base written after 比…的 ------------------------
# news-graduates-cities-2021 (新浪财经, 00后大学生进入职场: 达到月薪7119元，较去年的6958元高出2.3%);
# TechCrunch 2026-03-31 as summarised in Chinese (AI 种子轮融资中位数为 460 万美元，较非 AI 公司的
# 350 万美元高出 31%); an ad report (限时动态 CPA 达 545 元，比动态消息的 333 元高出 63.6%).
GRADUATES = ("收入是“现实条件”中最重要的一项，今年的调查显示，大学生对第一份工作的收入预期创“新高”，"
             "达到月薪{now}元，较去年的{then}元高出{rate}%，且呈逐年升高的趋势。\n")


@pytest.mark.parametrize(("now", "then", "rate", "changed"), [
    ("7119", "6958", "2.3", None),
    ("7112", "6958", "2.3", "月薪7112元"),
    ("7119", "6951", "2.3", "去年的6951元"),
    ("7119", "6958", "2.6", "高出2.6%"),
])
def test_a_level_higher_than_last_years_by_a_rate(article, now, then, rate, changed) -> None:
    """Form: 达到A，较去年的B高出p% — A / B − 1 = p, stated; each figure changed is an error at it."""
    text = GRADUATES.format(now=now, then=then, rate=rate)
    code, doc = article(text)
    [g] = [c for c in doc["checks"] if c["kind"] == "growth"]
    assert figures(g) == {(f"{now}元", 1), (f"{then}元", 1), (f"{rate}%", 1)}
    assert (g["how"], g["verdict"]) == ("stated", "fails" if changed else "holds")
    if changed:
        written = changed.removeprefix("月薪").removeprefix("去年的").removeprefix("高出")
        assert error_at(doc, 1, column(text, changed, written)) and code == 1


@pytest.mark.parametrize(("text", "verdict"), [
    ("AI 种子轮融资中位数为 460 万美元，较非 AI 公司的 350 万美元高出 31%。\n", "holds"),
    ("AI 种子轮融资中位数为 460 万美元，较非 AI 公司的 350 万美元高出 34%。\n", "fails"),
    ("Meta 限时动态 CPA 达 545 元，比动态消息的 333 元高出 63.6%，反映出转换效率有待优化。\n", "holds"),
])
def test_a_level_higher_than_another_subjects_by_a_rate(article, text, verdict) -> None:
    """Form: A，较X的B高出p% — another subject's level as the base, the ratio as written."""
    _, doc = article(text)
    [g] = [c for c in doc["checks"] if c["kind"] == "growth"]
    assert (g["how"], g["verdict"]) == ("stated", verdict)


@pytest.mark.parametrize("text", [
    "达到月薪7119元，较去年的6958元高出2.3个百分点。\n",  # points of what? no rate of the levels
    "达到月薪7119元，较去年的6958元高出约2.3%。\n",  # a bound word: no value
    "达到月薪7119元，较去年的6958元高出161元。\n",  # a difference in 元, not a rate
    "占比35%，比上年的30%高出5%。\n",  # a share above a share: points or percent, unsaid
])
def test_no_rate_between_a_level_and_its_base_when_none_is_written(article, text) -> None:
    _, doc = article(text)
    assert [c for c in doc["checks"] if c["kind"] == "growth"] == []


# --- 两者相差 d: the gap between the two levels the sentence states -------------------------------
# a commentary on 财政部's 2025 mid-year briefing (public text: 截至6月底发行1.8万亿元、使用1.44万亿元，
# 两者相差3600亿元); an insurance figure (…财产险为13428.79亿元，两者合计45167.97亿元。同期全国合计为
# 45167.98亿元，两者相差0.01亿元: the other level in the sentence before, no pair).
BONDS = "财政部7月25日披露，2025年额度置换债截至6月底发行1.8万亿元、使用1.44万亿元，两者相差{gap}亿元。\n"


@pytest.mark.parametrize(("gap", "verdict"), [("3600", "holds"), ("4300", "fails")])
def test_the_gap_between_the_two_levels_before_liangzhe(article, gap, verdict) -> None:
    """Form: A a、B b，两者相差d — the higher less the lower, stated; d changed is an error at it."""
    text = BONDS.format(gap=gap)
    code, doc = article(text)
    [d] = checks_of(doc, "_difference")
    assert figures(d) == {("1.8万亿元", 1), ("1.44万亿元", 1), (f"{gap}亿元", 1)}
    assert (d["how"], d["verdict"]) == ("stated", verdict)
    if verdict == "fails":
        assert error_at(doc, 1, column(text, f"相差{gap}亿元", f"{gap}亿元")) and code == 1


@pytest.mark.parametrize("text", [
    # one level in the sentence: the other is in the sentence before
    "人身险原保险保费收入为31739.18亿元，财产险为13428.79亿元，两者合计45167.97亿元。同期全国合计为"
    "45167.98亿元，两者相差0.01亿元。\n",
    # three levels: which two is a guess
    "广州GDP为28231.97亿元，重庆GDP为27894.02亿元，成都GDP为19916.98亿元，两者差距为337.95亿元。\n",
])
def test_no_gap_unless_the_sentence_states_just_two_levels(article, text) -> None:
    _, doc = article(text)
    assert [c for c in checks_of(doc, "_difference") if "两者" in text] == []


# --- A、B分别为a、b，A比B多d: the names of a 分别 list give each figure its subject ------------------
# news-central-capitals-census-2021 (新浪财经: 2016年，郑州、武汉常住人口分别为972.4万、1076.62万，郑州比
# 武汉少近100万人 — there the gap is in 人 and the levels bare 万, so no pair); the same form of two
# cities' GDP (stat-cities-gdp-2021: 广州GDP为28231.97亿元…重庆GDP为27894.02亿元。广州GDP超出重庆337亿多元).
CITIES = "2021年，广州、重庆GDP分别为28231.97亿元、27894.02亿元，广州比重庆多{gap}亿元。\n"


@pytest.mark.parametrize(("gap", "verdict"), [("337.95", "holds"), ("367.95", "fails")])
def test_a_gap_between_two_subjects_of_a_fenbie_list(article, gap, verdict) -> None:
    code, doc = article(CITIES.format(gap=gap))
    [d] = checks_of(doc, "_difference")
    assert figures(d) == {("28231.97亿元", 1), ("27894.02亿元", 1), (f"{gap}亿元", 1)}
    assert (d["how"], d["verdict"]) == ("stated", verdict)
    assert code == (1 if verdict == "fails" else 0)


def test_a_fenbie_list_whose_names_do_not_pair_with_its_figures_names_none(article) -> None:
    """Three names, two figures: no figure is known to be 重庆's."""
    _, doc = article("2021年，广州、成都、重庆GDP分别为28231.97亿元、27894.02亿元，"
                     "广州比重庆多337.95亿元。\n")
    assert checks_of(doc, "_difference") == []


# --- 比…的b%提高d个百分点: a difference of two rates, both written in its sentence ------------------
# a public thesis draft (五档平均Macro-F1为72.16%，比最强外部对比XGBoost的71.28%提高0.88个百分点; its
# next version: 72.25%…比…71.28%提高0.97个百分点); the form of the brief's statistical releases
# (同比增长a%，增速比上年的b%提高d个百分点).
@pytest.mark.parametrize(("points", "verdict"), [("0.88", "holds"), ("0.58", "fails")])
def test_points_after_the_rate_they_follow(article, points, verdict) -> None:
    """The 百分点 read as the change of the rate it follows: checked as `a − b == d`, stated."""
    code, doc = article(f"五档平均Macro-F1为72.16%，比最强外部对比XGBoost的71.28%提高{points}个百分点。\n")
    [p] = checks_of(doc, "_points")
    assert (p["how"], p["verdict"]) == ("stated", verdict)
    assert code == (1 if verdict == "fails" else 0)


@pytest.mark.parametrize(("verb", "verdict"), [("加快", "holds"), ("回落", "fails")])
def test_points_of_a_growth_rate_against_last_years_written_one(article, verb, verdict) -> None:
    """增长8.1%，增速比上年的2.3%加快5.8个百分点 holds; 回落 would need 2.3% − 5.8."""
    text = f"全年国内生产总值增长8.1%，增速比上年的2.3%{verb}5.8个百分点。\n"
    code, doc = article(text)
    [p] = checks_of(doc, "_points")
    assert (p["how"], p["verdict"]) == ("stated", verdict)
    if verdict == "fails":
        assert error_at(doc, 1, column(text, f"{verb}5.8个百分点", f"{verb}5.8个百分点")) and code == 1


@pytest.mark.parametrize("text", [
    "消费价格下降1.2%，降幅比上年的0.5%扩大0.7个百分点。\n",  # a 降幅: the size of the fall
    "全年国内生产总值增长8.1%，比上年提高5.8个百分点。\n",  # last year's rate not written
])
def test_no_points_without_two_signed_rates_written(article, text) -> None:
    _, doc = article(text)
    assert [p for p in checks_of(doc, "_points") if p["how"] == "stated"] == []
