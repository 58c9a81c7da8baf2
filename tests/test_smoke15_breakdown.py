"""Breakdowns on the fifteenth and sixteenth rounds of unseen articles (tests/data/smoke15 and
smoke16, review.yaml): the per-capita GDP is no total of the industries, 其中 subsets by two
criteria are no partition, a tier's threshold (门槛值) is no amount, a 其中 ends with its line in a
summary of bulleted lines, and the figures in parentheses after a figure are its parts. Each with
the real sentence, and the same sentence with one figure changed where the relation is real (the
error names the changed figure at its line and column)."""

from __future__ import annotations

from helpers import alarms, breakdowns_of, column_of, error_findings, names_place
from helpers import checks_of as checks


def _named_at(doc: dict, text: str, written: str, line: int = 1) -> bool:
    """Whether an error names the figure written so, at its line and column."""
    at = column_of(text.splitlines()[line - 1], written)
    return any(names_place(f, line, at) for f in error_findings(doc))


# --- 1. the per-capita GDP between the GDP and its industries is no total ---------------------

# tests/data/smoke15/shangyu-communique-2013.txt line 4
SHANGYU = ("综合实力显著增强。据初步核算，2013年上虞地区生产总值达624.98亿元，按可比价计算，增长9.0%，"
           "增幅高出绍兴平均0.5个百分点居绍兴第二位。按户籍人口计算，全区人均生产总值80229元，增长8.9%，"
           "按年平均汇率（6.1927）计算，人均生产总值达12955美元。从三大产业看：第一产业实现增加值41.71亿元，"
           "增长3.2%；第二产业实现增加值{second}亿元，增长10.0%；第三产业实现增加值239.05亿元，增长8.4%。"
           "产业结构进一步优化，由上年的6.9:55.9:37.2演变为6.7:55.1:38.2。\n")

# tests/data/smoke15/yunhe-communique-2022-hongheiku.txt line 5 (another county, another year)
YUNHE = ("初步核算，2022年，全县实现生产总值（GDP）951435万元，按可比价格计算，比上年下降4.1%；与2020年"
         "相比，两年平均增长2.5%，按常住人口计算人均地区生产总值为74331元。其中，第一产业增加值57116万元，"
         "增长2.7%；第二产业增加值{second}万元，下降11.7%；第三产业增加值448355万元，增长2.9%。"
         "三次产业增加值结构为6.0:46.9:47.1。\n")


def test_the_industries_make_up_the_gdp_not_the_per_capita_gdp(article) -> None:
    for text, parts in ((SHANGYU.format(second="344.22"),
                         {"41.71亿元", "344.22亿元", "239.05亿元", "624.98亿元"}),
                        (YUNHE.format(second="445964"),
                         {"57116万元", "445964万元", "448355万元", "951435万元"})):
        _, doc = article(text)
        assert alarms(doc) == [], text
        assert ("stated", frozenset(parts)) in breakdowns_of(doc)
        assert not any("80229元" in w or "74331元" in w for _, w in checks(doc, "breakdown"))
        assert not any("80229元" in w or "74331元" in w for _, w in checks(doc, "share"))


def test_a_changed_industry_is_named_against_the_gdp(article) -> None:
    for text, changed in ((SHANGYU.format(second="354.22"), "354.22亿元"),
                          (YUNHE.format(second="455964"), "455964万元")):
        code, doc = article(text)
        assert code == 1 and _named_at(doc, text, changed), text
        assert not any("80229元" in w or "74331元" in w for _, w in checks(doc, "breakdown"))


# --- 2. two 其中 parts each over half of the total overlap ------------------------------------------

# tests/data/smoke15/national-communique-2019-services-hnjzsh.txt line 4
OUTBOUND = ("入境游客14531万人次，增长2.9%。其中，外国人{foreign}万人次，增长4.4%；"
            "香港、澳门和台湾同胞11342万人次，增长2.5%。国内居民出境16921万人次，增长4.5%。其中因私出境{private}万人次，增长4.6%；赴港澳台出境"
            "10237万人次，增长3.2%。\n")
# 国家统计局 2023年统计公报 (人民网, http://cppjump.com/?6W=knDr.html): the same two criteria
OUTBOUND_2023 = "国内居民出境10096万人次，其中因私出境9684万人次，赴港澳台出境7704万人次。\n"


def test_subsets_by_two_criteria_are_each_within_the_total(article) -> None:
    for text in (OUTBOUND.format(foreign="3188", private="16211"), OUTBOUND_2023):
        _, doc = article(text)
        assert alarms(doc) == [], text
        sums = [w for _, w in breakdowns_of(doc) if len(w) > 2 and any("出境" in x for x in w)]
        assert not any("10237万人次" in w or "7704万人次" in w for w in sums)
    _, doc = article(OUTBOUND_2023)
    assert ("stated", frozenset({"9684万人次", "10096万人次"})) in breakdowns_of(doc)


def test_a_subset_over_its_total_is_named(article) -> None:
    text = OUTBOUND.format(foreign="3188", private="17211")
    code, doc = article(text)
    assert code == 1 and _named_at(doc, text, "17211万人次")


def test_a_partition_with_one_part_over_half_is_still_summed(article) -> None:
    """外国人 and 港澳台同胞 part the 入境游客 (one part over half): a sum over the total is an error."""
    text = OUTBOUND.format(foreign="4188", private="16211")
    code, doc = article(text)
    assert code == 1 and _named_at(doc, text, "4188万人次")


# --- 3. a tier's threshold is no amount ---------------------------------------------------------

# tests/data/smoke16/developers-top100-jan-aug-2020-jiajutv.txt line 3
TOP100 = ("1-8月，TOP100门槛值为168.7亿元。其中，TOP3房企门槛值为4385亿元，较上年增长17.8%；TOP10房企门槛值为"
          "1603.2亿元，较上年增长8.5%。\n")
# tests/data/smoke14/developer-sales-top100-h1-2022-cncnexpo.txt (another source, another year)
TOP100_H1 = ("TOP100门槛值为95.6亿元。其中，TOP3房企门槛值为4439.7亿元，较上年增长1.2%；TOP10房企门槛值为"
             "1580.0亿元，较上年增长29.7%；TOP30房企门槛值为826.0亿元，较上年增长23.7%。\n")


def test_thresholds_after_qizhong_are_no_parts(article) -> None:
    for text in (TOP100, TOP100_H1):
        _, doc = article(text)
        assert alarms(doc) == [] and checks(doc, "breakdown") == [], text


def test_amounts_after_qizhong_are_still_parts(article) -> None:
    """The near miss: the tiers' sales (销售额), not their thresholds, are amounts."""
    text = ("1-8月，TOP100房企销售额为80000亿元。其中，TOP3房企销售额为14385亿元；"
            "TOP10房企销售额为91603.2亿元。\n")
    code, doc = article(text)
    assert code == 1 and _named_at(doc, text, "91603.2亿元")


# --- 4. a 其中 ends with its line in a summary of bulleted lines --------------------------------

# tests/data/smoke16/leading-brokers-h1-2025-reportify.txt lines 15–16
BROKER = ("投行业务收入14.45亿元，同比猛增149.70%，其中境外业务收入同比增长75.66%，营收占比提升至31%\n"
          "港股IPO业务表现突出，前八个月承销金额225.82亿元超过2024年全年，较第二名中信里昂多出112.77亿元\n")


def test_a_qizhong_does_not_reach_into_the_next_line_of_another_measure(article) -> None:
    _, doc = article(BROKER)
    assert alarms(doc) == []
    assert not any("225.82亿元" in w for _, w in checks(doc, "breakdown"))


def test_a_hard_wrapped_qizhong_of_the_same_measure_goes_on(article) -> None:
    """The near miss: a long line cut inside its 其中 list, the part on the next line named by the
    total's measure (收入)."""
    text = ("2025年上半年，全市实现旅游总收入128.28亿元，同比增长43.96%，其中国内旅游收入35.2亿元，"
            "入境旅游收入14.45亿元，乡村旅游\n收入98.6亿元，较上年同期均有提升。\n")
    code, doc = article(text)
    assert code == 1 and _named_at(doc, text, "98.6亿元", line=2)


# --- 5. the figures in parentheses after a figure are its parts ----------------------------------

# tests/data/smoke16/insurance-industry-2015-qqread.txt line 10
INSURERS = ("按公司经营内容分类，集团（控股）公司11家，比2014年增加1家；"
            "财产险公司73家（中资51家，外资22家），比2014年增加7家；人身险公司76家（中资48家，外资28家），比2014年增加2家；再保险公司9家（中资3家，"
            "外资6家），与2014年持平；资产管理公司{whole}家（中资{domestic}家，外资1家），比2014年增加3家。\n")


def test_the_parts_in_parentheses_make_up_the_figure_before(article) -> None:
    _, doc = article(INSURERS.format(whole="21", domestic="20"))
    assert alarms(doc) == []
    found = breakdowns_of(doc)
    for whole in (("73家", "51家", "22家"), ("76家", "48家", "28家"), ("9家", "3家", "6家"),
                  ("21家", "20家", "1家")):
        assert ("stated", frozenset(whole)) in found
    assert not any("1家" in w and "11家" in w for _, w in found)  # 比2014年增加1家 is a change


def test_a_changed_half_or_whole_is_named(article) -> None:
    for whole, domestic, changed in (("21", "23", "23家"), ("25", "20", "25家")):
        text = INSURERS.format(whole=whole, domestic=domestic)
        code, doc = article(text)
        assert code == 1 and _named_at(doc, text, changed), changed


def test_last_years_figure_in_parentheses_is_no_part(article) -> None:
    """The near miss: 去年同期为… in parentheses is another time (smoke16 film-box-office-q1q3-2019)."""
    text = "前三季度全国电影总票房478.64亿元（去年同期为489.45亿元，同比减少2.21%）。\n"
    _, doc = article(text)
    assert checks(doc, "breakdown") == []
