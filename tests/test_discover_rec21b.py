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
JUANCHENG_GRAIN = ("全县粮食总产量82.54万吨，比上年增长0.86%，增产0.7万吨；粮食单产达到447.59公斤/亩，"
                   "同比增长0.8%。\n")
SUMMER = ("其中谷物产量12580.9万吨（2516.2亿斤），增产438.8万吨（87.8亿斤），增长3.6%；谷物中冬小麦产量"
          "11989.9万吨（2397.9亿斤），比2013年增产404.5万吨（80.8亿斤），增长3.5%。\n")
HARVEST_NO_RATE = ("粮食播种面积17.75亿亩、比上年增加1052万亩，产量13731亿斤、增产74亿斤，"
                   "连续8年保持在1.3万亿斤以上。\n")


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


# --- a structure that changed: 由A:B:C调整为D:E:F and each industry's change in 百分点 -------------------
# 鄄城县2020年统计公报 (fresh20/stat-juancheng-communique-2020); 宁远县2023年统计公报
# (tjgb.hongheiku.com/xjtjgb/xj2020/51311.html, smoke21/ningyuan-communique-2023-hongheiku); 福建省
# 2006年政府工作报告 (district.ce.cn/newarea/roll/201203/23/t20120323_23183478.shtml,
# smoke19/fujian-gov-report-2006-ce); a county's 2021 communiqué (111.229.73.81/look/Statslisth?Id=7265,
# smoke3/county-communique-2021-statslist); 辽宁's farm income (news.lnd.com.cn/system/2020/10/28/
# 030149370.shtml, smoke26/farm-income-13th-fyp-2020-lnd).
JUANCHENG_RATIO = ("三次产业比由上年的13.01:32.29:54.7调整为13.19:31.34:55.47，第一产业增加值占地区生产总值的"
                   "比重增加{first}个百分点，第二产业增加值占地区生产总值的比重下降0.95个百分点，第三产业增加值占"
                   "地区生产总值的比重提高0.77个百分点，三产比重进一步增大。\n")
NINGYUAN = ("全县三次产业结构由上年的14.9:33.2:51.9调整为15.3:31.3:53.4，一产业所占比重上升0.4个百分点，"
            "二产业所占比重下降1.9个百分点，三产业所占比重上升1.5个百分点。\n")
FUJIAN = "三次产业结构由2000年的24.2∶35.0∶40.8调整到2005年的18.9∶47.4∶33.7,5年内二产上升12.4个百分点。\n"
RATIO_ONLY = "三次产业比例由上年的13.72∶46.43∶39.85调整为12.36∶48.34∶39.3。\n"
INCOME_GAP = "城乡居民收入差距持续缩小，由2015年的2.73∶1缩小到2019年的2.64∶1。\n"


def _changes(doc: dict) -> list[tuple[str, list[str]]]:
    return checks_of(doc, "expression")


def test_each_industry_s_change_is_the_later_term_less_the_earlier(article) -> None:
    """13.19 − 13.01 = 0.18, 31.34 − 32.29 = −0.95, 55.47 − 54.7 = 0.77 (0.715–0.825 as rounded);
    both ratios add up to 100."""
    code, doc = article(JUANCHENG_RATIO.format(first="0.18"))
    assert _changes(doc) == [("holds", ["13.19", "13.01", "0.18个百分点"]),
                             ("holds", ["31.34", "32.29", "下降0.95个百分点"]),
                             ("holds", ["55.47", "54.7", "0.77个百分点"])]
    sums = [sorted(figures) for _, figures in checks_of(doc, "breakdown")]
    assert sorted(["13.01", "32.29", "54.7"]) in sums and sorted(["13.19", "31.34", "55.47"]) in sums
    assert code == 0


def test_the_industries_named_short(article) -> None:
    """一产业所占比重上升0.4个百分点, 二产业…下降1.9, 三产业…上升1.5: 15.3 − 14.9, 31.3 − 33.2,
    53.4 − 51.9."""
    code, doc = article(NINGYUAN)
    assert [v for v, _ in _changes(doc)] == ["holds"] * 3
    assert code == 0


def test_a_change_over_years_after_the_span(article) -> None:
    """调整到2005年的18.9∶47.4∶33.7,5年内二产上升12.4个百分点: 47.4 − 35.0 = 12.4."""
    code, doc = article(FUJIAN)
    assert _changes(doc) == [("holds", ["47.4", "35.0", "12.4个百分点"])]
    assert code == 0


def test_the_later_ratio_adds_up_to_100_too(article) -> None:
    """三次产业比例由上年的13.72∶46.43∶39.85调整为12.36∶48.34∶39.3: the structure's word before the
    first ratio names the second as well."""
    _, doc = article(RATIO_ONLY)
    sums = [sorted(figures) for _, figures in checks_of(doc, "breakdown")]
    assert sorted(["12.36", "48.34", "39.3"]) in sums


def test_a_ratio_of_two_that_compares_is_no_structure(article) -> None:
    """由2015年的2.73∶1缩小到2019年的2.64∶1: a gap, no shares — nothing adds up to 100, no change."""
    code, doc = article(INCOME_GAP)
    assert checks_of(doc, "breakdown") == [] and _changes(doc) == []
    assert code == 0


def test_a_wrong_change_of_a_share_is_an_error_at_it(article) -> None:
    """增加0.48个百分点 where the ratios give 0.18 (0.17–0.19): an error naming it."""
    code, doc = article(JUANCHENG_RATIO.format(first="0.48"))
    [e] = error_findings(doc)
    assert "0.48个百分点" in {c["written"] for c in e["claims"]}
    assert code == 1


# a district's 2022 communiqué (nextlevelartsconsulting.com/thuadong/7226.html,
# smoke4/district-communique-2022-nlac7226)
DISTRICT = "三次产业结构由上年的12.9:37.2:49.9调整为12.7:38.3:49.0，{part}比重提高1.1个百分点。\n"


def test_the_change_of_one_industry_s_share(article) -> None:
    """第二产业增加值占地区生产总值的比重提高1.1个百分点: 38.3 − 37.2."""
    code, doc = article(DISTRICT.format(part="第二产业增加值占地区生产总值的"))
    assert _changes(doc) == [("holds", ["38.3", "37.2", "1.1个百分点"])]
    assert code == 0


def test_the_change_of_a_part_of_an_industry_is_not_its_share(article) -> None:
    """第二产业中工业增加值比重提高1.1个百分点: the share of industry within the second, no term of
    the ratio."""
    _, doc = article(DISTRICT.format(part="第二产业中工业增加值"))
    assert _changes(doc) == []


# --- a census against the one before: 与…普查的B相比，(十年共)增加N，增长x% ----------------------------
# 石嘴山市第七次全国人口普查公报 (599325.com/zwgk/zfxxgkml/tjsj/tjgb/202212/t20221205_3871713.html,
# smoke6/shizuishan-census-2020-no1); 第七次全国人口普查公报（第二号）(a.lx.city/forum.php?…tid=618,
# smoke19/census-2020-bulletin2-alx); a county's seventh census (nextlevelartsconsulting.com/rhuazhong/
# 1263.html, smoke31/county-census-2020-nextlevel); 六安市第六次全国人口普查公报 (m.jinchutou.com/
# p-11823311.html, smoke40/census-2010-luan-jinchutou).
SHIZUISHAN = ("全市常住人口与2010年第六次全国人口普查的725482人相比，增加25907人，增长{rate}%，"
              "年平均增长率为0.35%。\n")
NATIONAL = ("全国人口与2010年第六次全国人口普查的1339724852人相比，增加72053872人，增长5.38%，"
            "年平均增长率为0.53%。\n")
COUNTY = ("全县常住人口为562657人，与2010年第六次全国人口普查的523403人相比，十年共增加39254人，增长{rate}%，"
          "年平均增长率为0.73%。\n")
LUAN = ("全市常住人口为5611701人，同第五次全国人口普查2000年11月1日零时的5953440人相比，十年共减少341739人，"
        "下降5.74%，年平均下降0.59%。\n")


def test_the_rate_is_the_change_over_the_earlier_census(article) -> None:
    """与…的725482人相比，增加25907人，增长3.57%: 25907 / 725482 = 3.571%; the level itself was stated
    before (or not at all)."""
    code, doc = article(SHIZUISHAN.format(rate="3.57"))
    assert ("holds", ["25907人", "725482人", "3.57%"]) in checks_of(doc, "expression")
    code2, doc2 = article(NATIONAL)
    assert ("holds", ["72053872人", "1339724852人", "5.38%"]) in checks_of(doc2, "expression")
    assert code == code2 == 0


def test_the_change_after_the_span_it_took(article) -> None:
    """562657人，与…的523403人相比，十年共增加39254人，增长7.5%: 562657 / 523403 − 1 = 7.50%."""
    code, doc = article(COUNTY.format(rate="7.5"))
    assert ("holds", ["562657人", "523403人", "7.5%"]) in checks_of(doc, "growth")
    assert code == 0


def test_an_earlier_census_named_by_its_date(article) -> None:
    """同第五次全国人口普查2000年11月1日零时的5953440人相比，十年共减少341739人，下降5.74%."""
    code, doc = article(LUAN)
    assert ("holds", ["5611701人", "5953440人", "下降5.74%"]) in checks_of(doc, "growth")
    assert code == 0


def test_a_rate_a_year_is_no_rate_of_the_change(article) -> None:
    """…相比，增加25907人，年平均增长0.35%: a rate a year over ten, no rate of this change."""
    text = SHIZUISHAN.format(rate="3.57").replace("增长3.57%，年平均增长率为0.35%", "年平均增长0.35%")
    _, doc = article(text)
    assert checks_of(doc, "expression") == [] and checks_of(doc, "growth") == []


def test_a_wrong_census_rate_is_an_error_at_it(article) -> None:
    """增长3.87% where 25907 / 725482 gives 3.57%; 增长7.8% where the levels give 7.5%: errors
    naming the rate."""
    code, doc = article(SHIZUISHAN.format(rate="3.87"))
    [e] = error_findings(doc)
    assert "3.87%" in {c["written"] for c in e["claims"]} and code == 1
    code, doc = article(COUNTY.format(rate="7.8"))
    assert any("7.8%" in {c["written"] for c in e["claims"]} for e in error_findings(doc)) and code == 1
