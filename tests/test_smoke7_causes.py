"""No false alarm on the seventh round of unseen articles (tests/data/smoke7, review.yaml): each
form of writing that raised one, with the real sentence (no alarm), other real texts of the same
form, and the same sentences with one figure changed (the relation is still found and fails,
naming the changed figure)."""

from __future__ import annotations

import pytest
from helpers import alarms
from helpers import checks_of as checks

# --- A. a share of the total of the part's own subject ------------------------------------------

# household-income-h1-2018 lines 3–5 (smoke7 sources.yaml; 国家统计局《2018年上半年居民收入和消费支出情况》,
# http://www.modernhuayu.com/data/142/2018-07-16/6424455866384454647.html): 全国居民人均工资性收入 is a
# share of 全国居民人均可支配收入 14063元, never of 城镇…18048元 or 农村…中位数 6045元
INCOME_2018 = (
    "2018年上半年，全国居民人均可支配收入14063元，比上年同期名义增长8.7%，扣除价格因素，实际增长6.6%。其中，"
    "城镇居民人均可支配收入19770元，增长（以下如无特别说明，均为同比名义增长）7.9%，扣除价格因素，实际增长5.8%；"
    "农村居民人均可支配收入7142元，增长8.8%，扣除价格因素，实际增长6.8%。\n"
    "上半年，全国居民人均可支配收入中位数12186元，增长8.4%，中位数是平均数的86.7%。其中，城镇居民人均可支配收入"
    "中位数18048元，增长7.4%，是平均数的91.3%；农村居民人均可支配收入中位数6045元，增长8.7%，是平均数的84.6%。\n"
    "按收入来源分，上半年，{subject}人均工资性收入{wages}元，增长8.8%，占可支配收入的比重为{wage_share}%；"
    "人均经营净收入{business}元，增长7.0%，占可支配收入的比重为{business_share}%；人均财产净收入{property}元，"
    "增长10.5%，占可支配收入的比重为{property_share}%；人均转移净收入{transfers}元，增长9.3%，占可支配收入的比重为"
    "{transfers_share}%。\n")
NATIONAL = {"subject": "全国居民", "wages": "8091", "wage_share": "57.5", "business": "2265",
            "business_share": "16.1", "property": "1166", "property_share": "8.3", "transfers": "2541",
            "transfers_share": "18.1"}
# the same paragraph for the 城镇居民 (a near sentence, not printed so): the base is 城镇居民人均可支配收入
# 19770元 (11500/19770 = 58.17%, 2200/19770 = 11.13%, 2100/19770 = 10.62%, 3970/19770 = 20.08%), never
# the 全国居民 one
URBAN = {"subject": "城镇居民", "wages": "11500", "wage_share": "58.2", "business": "2200",
         "business_share": "11.1", "property": "2100", "property_share": "10.6", "transfers": "3970",
         "transfers_share": "20.1"}

# 国家统计局《2019年上半年居民收入和消费支出情况》(其中 form),
# http://www.modernhuayu.com/data/142/2019-07-15/6556390369893094003.html
INCOME_2019 = (
    "2019年上半年，全国居民人均可支配收入15294元，比上年同期名义增长8.8%，扣除价格因素，实际增长6.5%。其中，"
    "城镇居民人均可支配收入21342元，增长（以下如无特别说明，均为同比名义增长）8.0%，扣除价格因素，实际增长5.7%；"
    "农村居民人均可支配收入7778元，增长8.9%，扣除价格因素，实际增长6.6%。\n"
    "上半年，全国居民人均可支配收入中位数13281元，增长9.0%，中位数是平均数的86.8%。其中，城镇居民人均可支配收入"
    "中位数19536元，增长8.2%，是平均数的91.5%；农村居民人均可支配收入中位数6601元，增长9.2%，是平均数的84.9%。\n"
    "按收入来源分，上半年，全国居民人均工资性收入8793元，增长8.7%，占可支配收入的比重为57.5%；人均经营净收入"
    "2467元，增长8.9%，占可支配收入的比重为16.1%；人均财产净收入1321元，增长13.2%，占可支配收入的比重为8.6%；"
    "人均转移净收入2715元，增长6.8%，占可支配收入的比重为17.7%。\n")
# 国家统计局《2021年前三季度居民收入和消费支出情况》(分城乡看 form),
# http://liwenjuan1.cn/data/142/2021-10-18/6855709006997295610.html
INCOME_2021Q3 = (
    "前三季度，全国居民人均可支配收入26265元，比上年同期名义增长10.4%，扣除价格因素，实际增长9.7%；比2019年"
    "前三季度增长14.8%，两年平均增长7.1%，扣除价格因素，两年平均实际增长5.1%。\n"
    "分城乡看，城镇居民人均可支配收入35946元，增长（以下如无特别说明，均为同比名义增速）9.5%，扣除价格因素，"
    "实际增长8.7%；农村居民人均可支配收入13726元，增长11.6%，扣除价格因素，实际增长11.2%。\n"
    "前三季度，全国居民人均可支配收入中位数22157元，增长8.0%，中位数是平均数的84.4%。其中，城镇居民人均可支配"
    "收入中位数32417元，增长8.0%，中位数是平均数的90.2%；农村居民人均可支配收入中位数11962元，增长12.3%，"
    "中位数是平均数的87.1%。\n"
    "按收入来源分，前三季度，全国居民人均工资性收入14917元，增长10.6%，占可支配收入的比重为56.8%；人均经营净"
    "收入4136元，增长12.4%，占可支配收入的比重为15.7%；人均财产净收入2329元，增长11.4%，占可支配收入的比重为"
    "8.9%；人均转移净收入4884元，增长7.9%，占可支配收入的比重为18.6%。\n")


def _wholes(doc) -> set[str]:
    """The whole of each share check (its second claim)."""
    return {claims[1] for _, claims in checks(doc, "share")}


@pytest.mark.parametrize(("text", "whole"), [
    (INCOME_2018.format(**NATIONAL), "14063元"),
    (INCOME_2019, "15294元"),
    (INCOME_2021Q3, "26265元"),
    (INCOME_2018.format(**URBAN), "19770元"),
])
def test_a_share_is_of_the_total_of_the_parts_own_subject(article, text, whole) -> None:
    _, doc = article(text)
    shares = checks(doc, "share")
    assert alarms(doc) == [] and len(shares) == 4, shares
    assert _wholes(doc) == {whole} and all(verdict == "holds" for verdict, _ in shares)


@pytest.mark.parametrize(("fields", "changed", "whole"), [
    ({**NATIONAL, "wage_share": "59.5"}, "59.5%", "14063元"),
    ({**NATIONAL, "business": "2565"}, "2565元", "14063元"),  # a later item: the first one's subject
    ({**URBAN, "wage_share": "48.2"}, "48.2%", "19770元"),
])
def test_a_wrong_share_of_its_own_subjects_total_is_named(article, fields, changed, whole) -> None:
    _, doc = article(INCOME_2018.format(**fields))
    [failing] = [claims for verdict, claims in checks(doc, "share") if verdict != "holds"]
    assert changed in failing and whole in failing
    assert ("FC201", "warning") in alarms(doc)  # tied across sentences: a warning


# --- B. two breakdowns of one total, each announced by its own lead -----------------------------

# huangping-county-budget-2022 line 6 (黄平县2022年预算执行情况的报告, https://gcs66.com/document_detail/113456.html)
HUANGPING = ("1.本级征收完成数。地方一般公共预算收入完成28,583万元（自然口径），占调整预算105.47%，"
             "同比增长10.85%，增收2,798万元，完成排名全州第6位，从征收部门来看：税务部门完成13,866万元，占调整预算100.93%，占一般"
             "公共预算收入的48.51%；财政部门完成{finance}万元，占调整预算110.14%，占一般公共预算收入的51.49%。"
             "从收入分类来看，税收收入完成11,136万元，占调整预算90.75%，占一般公共预算收入的38.96%；非税收入完成"
             "{nontax}万元，占调整预算117.66%，占一般公共预算收入的61.04%。\n")
# 杨陵区财政局《2020年5月财政收支情况》(http://61.150.65.235/zfxxgk/zdlygk/czxx/1906988366707617794.html):
# three leads, one a paragraph, each another view of 地方一般预算收入 8983万元 (5982 + 3001 both ways);
# 较上年同期24562万元 is last year's figure, no part
YANGLING = ("2020年5月，杨陵区财政总收入完成19800万元，比上年同期完成数26975万元减少7175万元，降低26.60%。"
            "其中：地方一般预算收入完成8983万元，较上年同期完成数12169万元减少3186万元，降低26.18%。\n"
            "从总税收收入看：全区5月份完成16549万元，较上年同期24562万元减少8013万元，降低32.62%。\n"
            "从征收部门看：2020年5月，全区税务部门组织地方收入5982万元，较上年同期降低43.10%；财政部门组织地方收入"
            "3001万元，比上年同期增长81.22%。\n"
            "从征收质量看：2020年5月，税收收入完成5982万元，占一般预算收入66.59%；非税收入完成{nontax}万元，"
            "占一般预算收入33.41%。\n")
# nbs-economy-q1q3-2016 line 2 (smoke4; http://finance.hebei.com.cn/system/2016/10/19/017452130.shtml):
# 分季度看 gives rates only, 分产业看 the three industries of the GDP before both leads
GDP_2016 = ("初步核算，前三季度国内生产总值529971亿元，按可比价格计算，同比增长6.7%。分季度看，"
            "一季度同比增长6.7%，二季度增长6.7%，三季度增长6.7%。分产业看，第一产业增加值40666亿元，同比增长3.5%；第二产业增加值"
            "{second}亿元，增长6.1%；第三产业增加值279890亿元，增长7.6%。从环比看，三季度国内生产总值增长1.8%。\n")
# economy-h1-2024 lines 1–2 (smoke3; 光明日报, https://epaper.gmw.cn/gmrb/html/2024-07/16/nw.D110000gmrb_20240716_1-04.htm):
# 分产业看 is a classification its parts alone bear, no measure the total must bear
GDP_2024 = ("数据显示，经初步核算，上半年国内生产总值616836亿元，按不变价格计算，同比增长5.0%。\n"
            "分产业看，第一产业增加值30660亿元，同比增长3.5%；第二产业增加值{second}亿元，增长5.8%；第三产业增加值"
            "349646亿元，增长4.6%。分季度看，一季度国内生产总值同比增长5.3%，二季度增长4.7%。\n")


def _breakdowns(doc) -> list[tuple[str, list[str]]]:
    return [(verdict, claims) for verdict, claims in checks(doc, "breakdown")]


@pytest.mark.parametrize(("text", "groups"), [
    (HUANGPING.format(finance="14,717", nontax="17,447"),
     [["13,866万元", "14,717万元", "28,583万元"], ["11,136万元", "17,447万元", "28,583万元"]]),
    (YANGLING.format(nontax="3001"), [["5982万元", "3001万元", "8983万元"]]),
])
def test_each_lead_starts_a_breakdown_of_its_own(article, text, groups) -> None:
    _, doc = article(text)
    found = _breakdowns(doc)
    assert alarms(doc) == [] and all(("holds", g) in found for g in groups), found
    assert not any(len(claims) > 3 and "万元" in claims[0] for _, claims in found)  # never all four


@pytest.mark.parametrize(("text", "changed"), [
    (HUANGPING.format(finance="15,717", nontax="17,447"), "15,717万元"),
    (HUANGPING.format(finance="14,717", nontax="18,447"), "18,447万元"),
    (YANGLING.format(nontax="4001"), "4001万元"),
])
def test_a_wrong_part_of_one_lead_is_named(article, text, changed) -> None:
    _, doc = article(text)
    failing = [claims for verdict, claims in _breakdowns(doc) if verdict != "holds"]
    assert failing and all(changed in claims for claims in failing), failing
    assert ("FC301", "warning") in alarms(doc)


@pytest.mark.parametrize(("text", "parts"), [
    (GDP_2016, ["40666亿元", "209415亿元", "279890亿元", "529971亿元"]),
    (GDP_2024, ["30660亿元", "236530亿元", "349646亿元", "616836亿元"]),
])
def test_the_industries_after_a_lead_of_rates_split_the_gdp(article, text, parts) -> None:
    second = parts[1].removesuffix("亿元")
    _, doc = article(text.format(second=second))
    assert alarms(doc) == [] and ("holds", parts) in _breakdowns(doc)
    code, doc = article(text.format(second=str(int(second) + 10000)))
    assert code == 1 and ("FC301", "error") in alarms(doc)
