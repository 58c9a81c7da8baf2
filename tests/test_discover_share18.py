"""Shares listed after the levels they are of (discover/share.py, :func:`_listed_before_shares`): a
list of levels (分别有969家、292家; 有公立医院1.2万个和民营医院2.5万个; 发行份额分别为242.53亿份、…),
then one share word and 分别为 over as many shares (占A股上市公司总数的比例分别为22.28%、6.71%; 占比分别为
32.4%和67.6%; 发行份额占比分别为12.86%、…): each share is its level's share of the whole the words
name, or, with no whole named, of the total before the list that bears the measure (总体发行份额) or
the name the levels' names end in (医院); and the shares add up to at most 100%. Real sentences
(their source given), a changed figure (a finding naming it), and the look-alikes that tie nothing:
shares of each part's own whole (支出占比 of each firm, 占营收比重 of each year)."""

from __future__ import annotations

from helpers import check_dicts, names_written, written_set


def shares(doc: dict) -> list[tuple[set[str], str, str]]:
    """(figures, how, verdict) of each share check."""
    return [(written_set(c), c["how"], c["verdict"]) for c in check_dicts(doc, "share")]


def sums(doc: dict) -> list[tuple[set[str], str, str]]:
    return [(written_set(c), c["how"], c["verdict"]) for c in check_dicts(doc, "breakdown")
            if c["check"].startswith("shares_sum")]


# 证券时报/数据宝 2021-06 (the fresh article news-a-share-decade-2021, lines 15 and 25): the whole
# named after 占, stated two paragraphs before on the same day (截至今年6月17日), not the 2010 count.
A_SHARES = ("Wind数据显示，截至2010年末，A股上市公司共有1980家；而截至今年6月17日，A股上市公司数量已达到"
            "4350家。\n\nA股的扩容在最近10年间进展飞速。截至今年6月17日，创业板、科创板公司分别有{a}家、292家，"
            "占A股上市公司总数的比例分别为22.28%、6.71%。\n")
# 华经产业研究院 2022年全国医疗卫生机构数 (smoke6 health-institutions-2022-huaon, lines 2-3): no whole
# named; the levels' names end in 医院, the total the paragraph before states.
HOSPITALS = ("2022年末全国医疗卫生机构总数1033000个，比上年增加2065个。其中：医院37000个，与上年相比增加了"
             "430个；基层医疗卫生机构980000个，较上年增加2210个；专业公共卫生机构13000个。\n"
             "医院从经营方式来看，有公立医院1.2万个和民营医院2.5万个，占比分别为{p}%和67.6%。\n")
# 经济参考报/同花顺 2021-08 新基金发行 (smoke20 fund-issuance-aug-2021-jjckb-we54, lines 3-4): the share
# word names the measure (发行份额占比), the total of which the paragraph before states (总体发行份额).
FUNDS = ("以基金成立日作为统计标准，同花顺数据显示，截至8月25日，8月新成立基金数量为164只。数据显示，8月基金"
         "总体发行份额仅为1885.58亿份，相比7月的2436.75亿份下降22.62%。\n"
         "从结构来看，据同花顺统计，目前8月新成立基金中，股票型、混合型和债券型基金的发行份额分别为"
         "242.53亿份、{b}亿份和382.47亿份，发行份额占比分别为12.86%、58.27%和20.28%。\n")


def test_shares_after_a_list_of_levels(article) -> None:
    _, doc = article(A_SHARES.format(a="969"))
    assert ({"969家", "4350家", "22.28%"}, "linked", "holds") in shares(doc)
    assert ({"292家", "4350家", "6.71%"}, "linked", "holds") in shares(doc)
    assert ({"22.28%", "6.71%"}, "linked", "holds") in sums(doc)
    assert not any("1980家" in s for s, _, _ in shares(doc))  # of 2010, not of the day counted
    _, doc = article(HOSPITALS.format(p="32.4"))
    assert ({"1.2万个", "37000个", "32.4%"}, "linked", "holds") in shares(doc)
    assert ({"2.5万个", "37000个", "67.6%"}, "linked", "holds") in shares(doc)
    assert ({"32.4%", "67.6%"}, "linked", "holds") in sums(doc)
    _, doc = article(FUNDS.format(b="1098.77"))
    assert ({"1098.77亿", "1885.58亿", "58.27%"}, "linked", "holds") in shares(doc)
    assert ({"12.86%", "58.27%", "20.28%"}, "linked", "holds") in sums(doc)


def test_a_changed_figure_is_named(article) -> None:
    for text, written in ((A_SHARES.format(a="996"), "996家"), (HOSPITALS.format(p="23.4"), "23.4%"),
                          (FUNDS.format(b="1089.77"), "1089.77亿")):
        _, doc = article(text)
        assert names_written(doc, written, "warning"), text


# 中国证券业协会 2020年券商文化建设评估 (smoke4 securities-culture-assessment-2020, lines 12, 14): 支出占比
# is each firm's spending over its own revenue; 中信证券's 1.24亿元 is no whole of the others'.
CULTURE = ("其中，中信证券的文化建设资金支出金额最高，2020年支出了1.24亿元，支出占比达到0.36%。\n"
           "浙商证券和光大证券2020年文化建设支出金额分别为4636万元、4519万元，支出占比分别为1.03%、0.38%。\n")
# 中创新航 招股书 (smoke6 calb-battery-ipo-2022): one firm's spending over three years, each of its own
# year's revenue, which the text does not state.
CALB = ("从研发投入来看，招股书显示，2019年~2021年，中创新航的研发费用分别为1.36亿、2.02亿及2.85亿元，"
        "占营收比重分别为7.84%、7.15%和4.18%，占比逐年下降。\n")


def test_shares_of_each_parts_own_whole_tie_nothing(article) -> None:
    for text in (CULTURE, CALB):
        _, doc = article(text)
        assert shares(doc) == [] and sums(doc) == [], text


# --- one share word naming one whole over a 分别 list (discover/slices.py) ---------------------------
def slices(doc: dict) -> list[tuple[set[str], str, str]]:
    return [(written_set(c), c["how"], c["verdict"]) for c in check_dicts(doc, "breakdown")
            if c["check"].endswith("_slices")]


# 北京商报 2025-05-22, 国家邮政局 2024年邮政行业发展统计公报 (smoke24 express-2024-bjbusiness-bjlctdwl,
# line 2): 占全部比例 names all the parcels.
EXPRESS = "同城、异地、国际/港澳台快递业务量占全部比例分别为8.9%、{a}%和2.2%。\n"
# 陕西省统计局 县域经济 前三季度 (smoke5 shaanxi-county-economy-q1q3): 占全省县域生产总值的比重.
SHAANXI = ("分区域看，关中、陕北、陕南县域生产总值同比分别增长6.2%、6.3%、5.3%，占全省县域生产总值的比重"
           "分别为35.7%、46.7%、17.6%。\n")
# TechInsights 2024年一季度中国智能手机市场 (smoke35 smartphones-china-q1-2024-techinsights-chinaz): one
# market's shares.
PHONES = "vivo 和小米紧随其后，市场份额分别为 16.1% 和 15.0%。\n"
# 新华网 2019年第三季度全国旅行社统计调查报告 (smoke29 travel-agencies-q3-2019-xinhua-cermedu).
AGENCIES = ("据文化和旅游部介绍，按照入境外联人次、国内组织人次、出境组织人次三项指标，入境旅游、国内旅游、"
            "出境旅游市场所占份额分别为4%、71%和25%。\n")


def test_shares_of_one_named_whole_add_up_to_at_most_100(article) -> None:
    for text, figures in ((EXPRESS.format(a="88.9"), {"8.9%", "88.9%", "2.2%"}),
                          (SHAANXI, {"35.7%", "46.7%", "17.6%"}),
                          (PHONES, {"16.1%", "15.0%"}),
                          (AGENCIES, {"4%", "71%", "25%"})):
        _, doc = article(text)
        assert (figures, "stated", "holds") in slices(doc), text
    _, doc = article(EXPRESS.format(a="98.9"))  # 8.9 + 98.9 + 2.2 > 100
    assert names_written(doc, "98.9%")


# 金普新区 2017年预算报告 (smoke30 jinpu-budget-2017-360docs): one share over five years, each of its
# year's revenue; 广州日报 2021年各城市人均GDP (smoke6 per-capita-gdp-city-rankings-2020): each city's
# elderly over its own people, the names in another clause and no whole named.
BUDGET_YEARS = ("新区不断夯实收入，优化结构，2013~2017年，非税收入占一般公共预算收入的比重分别为22.5%、"
                "15.2%、17.6%、17.3%、13.2%，收入结构不断优化。\n")
CITIES = ("广州、深圳、东莞、中山、佛山、珠海等地15～59岁劳动人口占比都在74%以上，60岁以上老人占比分别为"
          "12.35%、5.36%、5.47%、8.87%、10.52%和10%。\n")


def test_shares_of_each_years_or_places_own_whole_tie_nothing(article) -> None:
    for text in (BUDGET_YEARS, CITIES):
        _, doc = article(text)
        assert slices(doc) == [] and sums(doc) == [], text


# --- the three industries' shares of GDP, clause after clause (discover/slices.py) -------------------
# 国家统计局 2016年国民经济和社会发展统计公报 (smoke3 nbs-communique-2016-overview): 第二产业增加值比重为
# names no whole: the one the first clause names.
NBS_2016 = ("第一产业增加值占国内生产总值的比重为8.6%，第二产业增加值比重为{b}%，第三产业增加值比重为"
            "51.6%，比上年提高1.4个百分点。\n")
# 松原市2024年统计公报 (smoke15 songyuan-communique-2024-hongheiku): 占地区生产总值 is no 占地 (land).
SONGYUAN = ("第一产业增加值占地区生产总值的比重为24.1%，第二产业增加值比重为23.7%，第三产业增加值比重为"
            "52.2%。\n")
# 铁门关市2022年统计公报 (smoke25 tiemenguan-communique-2022-tmg): 增加值 is no 增加 (a change).
TIEMENGUAN = ("第一产业增加值占生产总值比重为36.1%，第二产业增加值占生产总值比重为20.0%，第三产业增加值占"
              "生产总值比重为43.9%。\n")
# 晋中市2024年统计公报 (smoke: jinzhong-communique-2024-jzxww, line 4): levels with their shares, one
# share moved a step so that they make 100 (153.8 / 2458.7 is 6.26%): share.py's, no stated slices.
JINZHONG = ("全年地区生产总值2458.7亿元。第一产业增加值153.8亿元，增长3.8%，占地区生产总值的比重6.2%；"
            "第二产业增加值1051.7亿元，增长2.0%，占地区生产总值的比重42.8%；第三产业增加值1253.2亿元，增长2.2%，占地区"
            "生产总值的比重51.0%。\n")
# 高技术制造业 and 装备制造业 overlap: no slices of one whole (a look-alike made of the usual words).
OVERLAP = "高技术制造业增加值占规模以上工业增加值比重为15.1%，装备制造业增加值比重为35.2%。\n"


def test_three_industries_shares_make_100(article) -> None:
    for text, figures in ((NBS_2016.format(b="39.8"), {"8.6%", "39.8%", "51.6%"}),
                          (SONGYUAN, {"24.1%", "23.7%", "52.2%"}),
                          (TIEMENGUAN, {"36.1%", "20.0%", "43.9%"})):
        _, doc = article(text)
        assert (figures, "stated", "holds") in slices(doc), text
    _, doc = article(NBS_2016.format(b="38.9"))
    assert names_written(doc, "38.9%")


def test_industries_with_levels_and_overlapping_kinds_are_no_slices(article) -> None:
    for text in (JINZHONG, OVERLAP):
        _, doc = article(text)
        assert slices(doc) == [] and not [f for f in doc["findings"] if f["severity"] == "error"], text
