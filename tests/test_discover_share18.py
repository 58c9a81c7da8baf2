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
