"""Growth relations real articles state that the tool missed (session 21, rec21b), through
`factcheck check ARTICLE`: a rate written with 增, 减 or 降 alone after a word of comparison or at
the opening of a clause (同比增14.6%, 比上年增6%, ，增35.0%); a harvest's change 增产N / 减产N beside
its level and rate, before the rate or after it. Each form on real sentences (sources in the
comments), with look-alikes that must not be read so and a copy with one figure changed."""

from __future__ import annotations

from helpers import checks_of, error_findings

# --- 增 / 减 / 降 alone: a change where no other word joins them ------------------------------------
# 三农助农 (m.senbk.com/sannong/6100.html, tests/data/fresh20/news-grain-pigs-2020): Sichuan's pigs;
# Facebook's third quarter of 2021 (36kr, tests/data/smoke14/facebook-q3-2021-wallstreetcn);
# 鄄城县2020年统计公报 (tjgb.hongheiku.com/xjtjgb/xj2020/23351.html, tests/data/fresh20).
PIGS = "年末全省生猪存栏3875.4万头，增加1004.7万头，增{rate}%，恢复至2017年的88.5%，生猪产能得到快速恢复。\n"
FACEBOOK = ("财报显示，Facebook三季度总营收290.1亿美元，较去年同期的214.7亿美元同比增逾{rate}%，"
            "逊于分析师预期的294.5亿美元。\n")
JUANCHENG = ("经市统计局反馈，全县实现地区生产总值（GDP）245.19亿元，按可比价格计算，比上年增6%。"
             "第一产业增加值32.33亿元，增长3.2%；第二产业增加值76.85亿元，增长5.4%；"
             "第三产业增加值136.01亿元，增长7.1%。\n")


def test_a_lone_rise_after_a_clause_opening_is_the_level_s_rate(article) -> None:
    """存栏3875.4万头，增加1004.7万头，增35.0%: 增 opens its clause — the rate of the level less its
    change (1004.7 / 2870.7 = 35.0%)."""
    code, doc = article(PIGS.format(rate="35.0"))
    assert ("holds", ["3875.4万头", "1004.7万头", "35.0%"]) in checks_of(doc, "growth")
    assert code == 0


def test_a_lone_rise_after_a_comparison_is_a_rate(article) -> None:
    """较去年同期的214.7亿美元同比增逾35%: 增 right after 同比 — 290.1 / 214.7 − 1 = 35.1%, above 35%."""
    code, doc = article(FACEBOOK.format(rate="35"))
    assert ("holds", ["290.1亿美元", "214.7亿美元", "逾35%"]) in checks_of(doc, "growth")
    assert code == 0


def test_a_total_s_lone_rise_is_its_growth_against_its_parts(article) -> None:
    """生产总值245.19亿元，按可比价格计算，比上年增6%: the GDP's real growth, which its industries'
    levels and rates give (about 6.0%)."""
    code, doc = article(JUANCHENG)
    growths = [figures for _, figures in checks_of(doc, "composition")]
    assert any("比上年增6%" in figures or "6%" in figures for figures in growths), growths
    assert code == 0


def test_a_lone_rise_ending_another_word_is_no_change(article) -> None:
    """比去年新增3637元，增長12.7% (长顺县2016年统计公报, fx.zhangbeibao.com/chanjing/2022/0119/
    29607.html, smoke33/changshun-communique-2016-ilynn): 增 ends 新增, no change word of its own —
    and the rate is real growth, which 28322 against 28322 − 3637 (14.7%) need not be. No alarm."""
    code, doc = article("全年人均地區生產總值達28322元，比去年新增3637元，增長12.7%。\n")
    assert checks_of(doc, "growth") == [] and error_findings(doc) == []
    assert code == 0


def test_a_wrong_lone_rate_is_an_error_at_it(article) -> None:
    """The rate changed by a digit (35.0% → 38.0%): an error naming it."""
    code, doc = article(PIGS.format(rate="38.0"))
    [e] = error_findings(doc)
    assert e["code"] == "FC101" and "38.0%" in {c["written"] for c in e["claims"]}
    assert code == 1


# --- 增产N / 减产N: a harvest's change beside its level and rate -----------------------------------
# 三农助农 (fresh20/news-grain-pigs-2020); 鄄城县2020年统计公报 (fresh20); the summer harvest of
# 2014 (theworldseeds.cn/index.php?p=37299, smoke9/summer-grain-2014-theworldseeds); 2022's
# agriculture (xbbm.cn/info/show-54025.html, smoke15/agriculture-2022-moa-xbbm).
GRAIN = "去年全年，全国粮食总产量66949万吨，比上年增长0.9%，增产{change}万吨。\n"
JUANCHENG_GRAIN = "全县粮食总产量82.54万吨，比上年增长0.86%，增产0.7万吨；粮食单产达到447.59公斤/亩，同比增长0.8%。\n"
SUMMER = ("其中谷物产量12580.9万吨（2516.2亿斤），增产438.8万吨（87.8亿斤），增长3.6%；谷物中冬小麦产量"
          "11989.9万吨（2397.9亿斤），比2013年增产404.5万吨（80.8亿斤），增长3.5%。\n")
HARVEST_NO_RATE = "粮食播种面积17.75亿亩、比上年增加1052万亩，产量13731亿斤、增产74亿斤，连续8年保持在1.3万亿斤以上。\n"


def test_a_harvest_s_change_after_its_rate(article) -> None:
    """66949万吨，比上年增长0.9%，增产565万吨: 565 / 66384 = 0.85%, within 0.9% as rounded."""
    code, doc = article(GRAIN.format(change="565"))
    assert ("holds", ["66949万吨", "565万吨", "0.9%"]) in checks_of(doc, "growth")
    assert code == 0


def test_a_harvest_s_change_after_its_rate_in_a_communique(article) -> None:
    """82.54万吨，比上年增长0.86%，增产0.7万吨: 0.7 (0.65–0.75) against 81.84 gives 0.79–0.92%."""
    code, doc = article(JUANCHENG_GRAIN)
    assert ("holds", ["82.54万吨", "0.7万吨", "0.86%"]) in checks_of(doc, "growth")
    assert code == 0


def test_a_harvest_s_change_before_its_rate(article) -> None:
    """谷物产量12580.9万吨（…），增产438.8万吨（…），增长3.6%: the brackets restate the figures in 亿斤."""
    code, doc = article(SUMMER)
    assert ("holds", ["12580.9万吨", "438.8万吨", "3.6%"]) in checks_of(doc, "growth")
    assert code == 0


def test_a_harvest_s_change_without_a_rate_ties_nothing(article) -> None:
    """产量13731亿斤、增产74亿斤: no rate — no growth to test."""
    _, doc = article(HARVEST_NO_RATE)
    assert checks_of(doc, "growth") == []


def test_a_wrong_harvest_change_is_an_error(article) -> None:
    """The change changed by a digit (565 → 865): 865 / 66084 = 1.3%, not 0.9% — an error."""
    code, doc = article(GRAIN.format(change="865"))
    [e] = error_findings(doc)
    assert e["code"] == "FC101" and "865万吨" in {c["written"] for c in e["claims"]}
    assert code == 1
