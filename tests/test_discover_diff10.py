"""Differences stated between figures (session 10, diff10), through `factcheck check ARTICLE`:
an actual figure against the target written after it (低于5.5%左右的预期目标), and a net figure
with the two the statistics define it by (贸易顺差 = 出口 − 进口, 自然增长率 = 出生率 − 死亡率).
Each form on real sentences (source in the comment), the same sentence with one figure changed (the
error names that figure), and near misses that must not pair."""

from __future__ import annotations

import pytest


def checks_of(doc: dict, suffix: str) -> list[dict]:
    return [c for c in doc["checks"] if (c["check"] or "").rsplit("_", 1)[0].endswith(suffix)
            or (c["check"] or "").endswith(suffix)]


def figures(check: dict) -> list[str]:
    return [c["written"] for c in check["claims"]]


def column(text: str, phrase: str, written: str) -> int:
    """The column of `written` inside the first `phrase` of a one-line text."""
    return text.index(phrase) + phrase.index(written) + 1


def error_at(doc: dict, line: int, column: int) -> bool:
    """Whether an error names the claim printed over line:column."""
    return any(f["severity"] == "error" and any(
        (c.get("article") or {}).get("line") == line
        and c["article"]["column"] <= column < c["article"]["end_column"]
        for c in f["claims"]) for f in doc["findings"])


# --- the actual against its target: 超出1100万人以上的预期目标, 低于5.5%左右的预期目标 ---------------
# news-cn-annual-births-2021 (中新网, GDP创新高，出生人口创新低); 中新网 2019-01-21
# (http://www.nyfwjg.com/xwzx/gnsz/gdxw/201901/21/t20190121_31313948.shtml); 央视网 2021-10-19
# (http://www.zzyzbyy.com/a/guoneixinwen/2021/1019/275231.html); 新华社 2020-01-28
# (http://www.cnr.cn/jingji/gundong/20200129/t20200129_524952454.shtml).
TARGETS = [
    ("二看就业，去年就业压力相当之大，但全年城镇新增就业1269万人，超出{x}万人以上的预期目标。",
     "1100", "1400", ("1269万人", "1100万人以上")),
    ("全年全国城镇调查失业率平均值为{x}%，低于5.5%左右的预期目标。", "5.1", "5.8", ("5.1%", "5.5%左右")),
    ("数据显示，2021年GDP达到1143670亿元，突破110万亿大关，GDP增速达到8.1%，完成全年{x}%以上的预期目标。",
     "6", "9", ("8.1%", "6%以上")),
    ("2018年居民消费价格(CPI)比上年上涨{x}%，低于全年3%左右的预期目标涨幅。", "2.1", "4.6",
     ("2.1%", "3%左右")),
    ("前三季度，全国城镇新增就业完成全年目标任务的95%，城镇调查失业率平均为5.2%，低于全年{x}%左右的调控目标。",
     "5.5", "4.5", ("5.2%", "5.5%左右")),
    ("2019年末，城镇登记失业率为3.62%，比上年末降低0.18个百分点，符合{x}%以内的预期目标。",
     "4.5", "3.5", ("3.62%", "4.5%以内")),
]


@pytest.mark.parametrize(("text", "right", "wrong", "pair"), TARGETS)
def test_an_actual_against_the_target_after_it(article, text, right, wrong, pair) -> None:
    """Form: actual，超出 (低于, 完成 …以上, 符合 …以内) target的预期目标 — stated, it holds; the
    figure changed is an error at it."""
    code, doc = article(text.format(x=right) + "\n")
    [check] = checks_of(doc, "_target")
    assert tuple(figures(check)) == pair and check["how"] == "stated" and check["verdict"] == "holds"
    changed = text.format(x=wrong)
    code, doc = article(changed + "\n")
    at = changed.index(wrong + ("万" if "万人" in pair[1] else "%")) + 1
    assert error_at(doc, 1, at) and code == 1


@pytest.mark.parametrize("text", [
    # 中新网 2019-01-21: 实现 a target of 左右 says nothing of the side it was met from
    "初步核算，2018年国内生产总值900309亿元，按可比价格计算，比上年增长6.6%，实现了6.5%左右的预期发展目标。",
    # 新华社 2020-01-28: the figure before the target is a bound of other years, not the actual
    "2019年，我国城镇新增就业1352万人，连续7年保持在1300万人以上，明显高于1100万人以上的预期目标。",
    # a share of the target, not the target
    "上半年，全国城镇新增就业698万人，完成全年目标的63.5%，就业形势总体稳定。",
])
def test_no_target_comparison_without_its_words(article, text) -> None:
    code, doc = article(text + "\n")
    assert checks_of(doc, "_target") == [] and code == 0


# --- a net figure: 贸易顺差 = 出口 − 进口, 自然增长率 = 出生率 − 死亡率 ---------------------------
# 海关总署 2023-08-07 (mirror https://qjplo.strain.blog/html/126a399502.html); 新华社 2006-03-16
# (http://finance.sina.com.cn/g/20060316/11482422954.shtml); 中新网 2023-01-17
# (http://m.hg87897.com/hnnew/2023-01-17/666816.html); 中国网财经 2019-01-21
# (http://m.mnw.cn/news/china/2117181.html); smoke5 city-communique-acmr111-2494.
NETS = [
    ("今年7月份，我国进出口3.46万亿元，下降8.3%。其中，出口2.02万亿元，下降9.2%；进口1.44万亿元，下降6.9%；"
     "贸易顺差{x}亿元，收窄14.6%。", "5757", "5457", ("2.02万亿元", "1.44万亿元", "5757亿元")),
    ("前7个月，东盟为我第一大贸易伙伴，我与东盟贸易总值为3.59万亿元，增长2.8%。其中，对东盟出口2.11万亿元，增长4.7%；"
     "自东盟进口1.48万亿元，下降0.2%；对东盟贸易顺差{x}亿元，扩大17%。", "6275.1", "6575.1",
     ("2.11万亿元", "1.48万亿元", "6275.1亿元")),
    ("全年出生人口956万人，人口出生率为6.77‰；死亡人口1041万人，人口死亡率为7.37‰；人口自然增长率为{x}‰。",
     "-0.60", "-0.90", ("6.77‰", "7.37‰", "-0.60‰")),
    ("2018年我国出生人口1523万人，人口出生率为10.94‰；死亡人口993万人，人口死亡率为7.13‰；人口自然增长率为{x}‰。",
     "3.81", "3.51", ("10.94‰", "7.13‰", "3.81‰")),
    ("全年人口出生率11.69‰，比上年下降0.75个千分点；人口死亡率4.47‰，比上年下降0.33个千分点；人口自然增长率{x}‰，"
     "比上年下降0.42个千分点。", "7.22", "7.52", ("11.69‰", "4.47‰", "7.22‰")),
]


@pytest.mark.parametrize(("text", "right", "wrong", "triple"), NETS)
def test_a_net_figure_with_its_two_parts(article, text, right, wrong, triple) -> None:
    """Form: 出口a；进口b；贸易顺差c (出生率a；死亡率b；自然增长率c) in one sentence — a − b = c,
    stated; the net changed is an error at it."""
    code, doc = article(text.format(x=right) + "\n")
    [check] = checks_of(doc, "_net")
    assert tuple(figures(check)) == triple and check["how"] == "stated" and check["verdict"] == "holds"
    changed = text.format(x=wrong)
    code, doc = article(changed + "\n")
    assert error_at(doc, 1, changed.index(wrong) + 1) and code == 1


def test_a_net_figure_after_the_sentence_of_its_parts_is_linked(article) -> None:
    """新华社 2006-03-16: 其中出口541.5亿美元…；进口517亿美元…。当月贸易顺差24.5亿美元 — the parts
    in the sentence before: linked, a warning at most."""
    text = ("海关统计表明，2月份我国外贸进出口值1058.5亿美元，同比增长25.8%。其中出口541.5亿美元，增长22.3%；"
            "进口517亿美元，增长29.6%。当月贸易顺差{x}亿美元，相比上月减少71.1亿美元。\n")
    code, doc = article(text.format(x="24.5"))
    [check] = checks_of(doc, "_net")
    assert check["how"] == "linked" and check["verdict"] == "holds" and code == 0
    code, doc = article(text.format(x="27.5"))
    assert [f["severity"] for f in doc["findings"] if f["code"] == "FC801"] == ["warning"] and code == 0


@pytest.mark.parametrize("text", [
    # a part's exports and the nation's imports: the exports of another subject than the balance
    "1-8月，机电产品出口11800亿元；进口12568亿元；贸易顺差7742.4亿元。",
    # the balance of another partner than the exports and imports named
    "其中，对美国出口2.11万亿元；自美国进口1.48万亿元；对东盟贸易顺差6275.1亿元。",
    # the parts of another period than the balance
    "1-2月出口541.5亿美元，增长22.3%；进口517亿美元，增长29.6%。3月份贸易顺差24.5亿美元。",
    # a change of the balance is no balance
    "其中，出口2.02万亿元；进口1.44万亿元；贸易顺差扩大至5757亿元。",
])
def test_no_net_figure_without_its_own_two_parts(article, text) -> None:
    code, doc = article(text + "\n")
    assert checks_of(doc, "_net") == [] and code == 0


# --- a difference in 百分点 of two rates the sentence names: 农村居民收入增速快于城镇居民0.9个百分点 -------
# 国家统计局 2018年一季度居民收支 (quoted at https://m.changlipeixun.com/t/2519922.html); 桐庐县 2024年
# 统计公报 (http://www.tonglu.gov.cn/art/2025/6/26/art_1535183_59028907.html).
NBS_2018Q1 = ("其中，城镇居民人均可支配收入10781元，增长8.0%，比上年同期加快0.1个百分点，扣除价格因素，"
              "实际增长5.7%；农村居民人均可支配收入4226元，增长8.9%，比上年同期加快0.5个百分点，扣除价格因素，实际增长6.8%。"
              "农村居民收入增速快于城镇居民{x}个百分点，城乡居民收入比由上年同期的2.57下降至2.55。\n")
TONGLU = ("全年全体居民人均可支配收入60925元，同比增长4.1%，其中，城镇居民人均可支配收入69410元，增长3.2%；"
          "农村居民人均可支配收入45071元，增长5.2%，增速高于城镇居民人均可支配收入{x}个百分点。\n")


def test_two_named_rates_of_the_sentence_before_are_linked(article) -> None:
    """Form: A…增长a%…；B…增长b%。A收入增速快于B c个百分点 — a − b = c, linked (the rates are in
    the sentence before): a changed difference is a warning at most."""
    code, doc = article(NBS_2018Q1.format(x="0.9"))
    [check] = [c for c in checks_of(doc, "_points") if "0.9个百分点" in figures(c)]
    assert figures(check) == ["8.9%", "8.0%", "0.9个百分点"] and check["how"] == "linked"
    assert check["verdict"] == "holds" and code == 0
    code, doc = article(NBS_2018Q1.format(x="1.9"))
    assert not any(f["severity"] == "error" for f in doc["findings"]) and code == 0


def test_a_rate_above_the_other_named_in_its_full_sentence_is_stated(article) -> None:
    """Form: 城镇…增长3.2%；农村…增长5.2%，增速高于城镇居民人均可支配收入2.0个百分点 — the other rate is
    named, in the same full sentence over ；: stated, a changed difference is an error at it."""
    code, doc = article(TONGLU.format(x="2.0"))
    [check] = checks_of(doc, "_points")
    assert figures(check) == ["5.2%", "3.2%", "2.0个百分点"] and check["how"] == "stated"
    assert check["verdict"] == "holds" and code == 0
    text = TONGLU.format(x="2.6")
    code, doc = article(text)
    assert error_at(doc, 1, text.index("2.6个") + 1) and code == 1


@pytest.mark.parametrize("text", [
    # a per-head spending compared with another's income: not one measure
    "城镇居民人均可支配收入69410元，增长3.2%；农村居民人均生活消费支出28548元，增长7.3%，增速高于城镇居民"
    "人均可支配收入4.1个百分点。",
])
def test_no_named_difference_without_one_rate_of_each_name(article, text) -> None:
    code, doc = article(text + "\n")
    assert checks_of(doc, "_points") == [] and code == 0


def test_of_two_rates_of_the_named_subject_the_one_of_the_same_measure(article) -> None:
    """城镇居民 has two rates (可支配收入, 工资性收入): the one of 农村居民's measure is compared."""
    code, doc = article("城镇居民人均可支配收入增长3.2%，城镇居民人均工资性收入增长4.0%；"
                        "农村居民人均可支配收入增长5.2%，增速高于城镇居民2.0个百分点。\n")
    [check] = checks_of(doc, "_points")
    assert figures(check) == ["5.2%", "3.2%", "2.0个百分点"] and code == 0
