"""No false alarm on the twelfth round of unseen articles (tests/data/smoke12, review.yaml; sources
in sources.yaml): each form of writing that raised one, with the real sentence, and a sentence of
the same form where the relation is real and a changed figure is still an error."""

from __future__ import annotations

from fractions import Fraction

from helpers import alarms
from helpers import checks_of as checks
from helpers import names_written as _named

from factcheck.quantity import parse_quantity

# --- A. 以61.04%的人口增长率: a member's own ratio, no share of the count before it ---------------

# provincial-capitals-census-2021-nbd line 27, land-auction-pause-2021-nbd line 24
GROWTH_RATES = ("在14个省份公布的所有城市数据中，芜湖和马鞍山分别以61.04%和58.12%的人口增长率，仅次于"
                "铜陵（81.17%）、深圳（69.53%）和合肥（64.33%）居于第四和第五位。")
JOINT_BIDS = ("在22城首批集中供地中，滨江集团以67%的联合拿地比例领跑，金科、卓越、首开均保持60%及以上的"
              "联合拿地比例。")


def test_a_members_own_rate_is_no_share_of_the_count(article) -> None:
    for text in (GROWTH_RATES, JOINT_BIDS):
        _, doc = article(text)
        assert alarms(doc) == [] and checks(doc, "feasibility") == []


def test_a_share_of_the_cities_counted_is_still_tested(article) -> None:
    code, doc = article("在22城首批集中供地中，67%的城市暂停了土地出让。")
    assert code == 1 and ("FC701", "error") in alarms(doc) and _named(doc, "67%")


# --- B. 新增…的基金公司5家 and 最多的两家: no flow, no stock ------------------------------------------

# qdii-quota-jun-2021-cls line 21
QUOTAS = ("本轮QDII额度扩张中，新增10亿美元QDII额度的基金公司达到了5家，包括华夏基金、易方达基金、南方基金、"
          "广发基金和交银施罗德基金。至此，华夏基金和易方达基金QDII额度都达到了48.5亿美元，成为除平安保险"
          "（集团）外，我国目前累计批准QDII额度最多的两家公司。")


def test_a_relative_clause_and_a_superlative_state_no_stock(article) -> None:
    _, doc = article(QUOTAS)
    assert alarms(doc) == []
    assert not any("两家" in claims or "5家" in claims for _, claims in checks(doc, "stock-flow"))


def test_firms_added_against_the_running_total_are_still_checked(article) -> None:
    code, doc = article("本轮新增QDII基金公司5家。至此，获批QDII额度的基金公司累计达到3家。")
    assert code == 1 and _named(doc, "3家")


# --- C. 内幕交易、异常交易核查10单: kinds of cases, not the cases counted --------------------------

# finance-breakfast-2024-08-31-wind line 23
CASES = "针对公司披露的重大事项，提请启动内幕交易、异常交易核查10单。"


def test_kinds_of_events_are_no_names_of_the_events(article) -> None:
    _, doc = article(CASES)
    assert alarms(doc) == [] and checks(doc, "enumeration") == []


def test_names_of_firms_against_their_count_are_still_checked(article) -> None:
    code, doc = article("华为、中兴三家企业入选榜单。")
    assert code == 1 and ("FC601", "error") in alarms(doc)


# --- D. 分别为：A，…；B，…: one name per ；item, whatever 、 its name holds ----------------------------

# private-firms-rd-top500-2021-nbd line 9
INDUSTRIES = ("研发投入排名前五的行业分别为：计算机、通信和其他电子设备制造业，研发费用总额2192亿元，研发强度"
              "7.26%；互联网和相关服务业，研发费用总额1668亿元，研发强度7.01%；电气机械和器材制造业，研发费用"
              "总额626亿元，研发强度2.66%；黑色金属冶炼和压延加工业，研发费用总额557亿元，研发强度0.82%{last}。")
LAST = "；汽车制造业，研发费用总额432亿元，研发强度3.18%"


def test_a_list_given_clause_by_clause_names_one_item_per_clause(article) -> None:
    _, doc = article(INDUSTRIES.format(last=LAST))
    assert alarms(doc) == []
    assert checks(doc, "enumeration") == [("holds", ["前五"])]


def test_an_item_missing_from_the_clauses_is_named(article) -> None:
    code, doc = article(INDUSTRIES.format(last=""))
    assert code == 1 and ("FC601", "error") in alarms(doc) and _named(doc, "前五")


# --- E. 占36.9%，约10%是…: a figure with a subject after it restates nothing -------------------------

# property-market-aug-2021-nbd line 56
FUNDING = "其中近5成资金来自于银行端、美元债和境外银团贷款占36.9%，约10%是结构化信托融资。"


def test_a_share_with_its_own_subject_after_it_is_no_restatement(article) -> None:
    _, doc = article(FUNDING)
    assert alarms(doc) == [] and checks(doc, "same") == []


def test_a_restatement_that_disagrees_is_still_an_error(article) -> None:
    code, doc = article("全年地区生产总值突破8万亿元，达到7.3万亿元。")
    assert code == 1 and _named(doc, "7.3万亿元")


# --- F. 15席…其中无锡38宗地块: counts of other things are no parts ---------------------------------

# property-market-aug-2021-nbd line 39
SEATS = "三四线城市占据榜单15席，为榜单主力，其中无锡38宗地块入市揽金近267亿元。"


def test_plots_of_land_are_no_part_of_seats_on_a_list(article) -> None:
    _, doc = article(SEATS)
    assert alarms(doc) == [] and checks(doc, "breakdown") == []


def test_seats_among_seats_are_still_parts(article) -> None:
    code, doc = article("三四线城市占据榜单15席，其中江苏城市18席。")
    assert code == 1 and _named(doc, "18席")


# --- G. 从经营情况看，营收总额…净利润总额…资产总额: indicators side by side, no split ----------------

# private-firms-rd-top500-2021-nbd lines 7–8
INDICATORS = ("总体来看，研发投入前1000家民营企业的研发费用总额8185亿元，同比增长16.2%。\n"
              "从经营情况看，研发投入前1000家民营企业的营业收入、净利润、资产总额、出口总额等经营指标稳步"
              "增长。营收总额31.9万亿元，同比增长11.8%。净利润总额18396亿元，同比增长7.4%。资产总额39万亿元，"
              "同比增长13.9%。出口总额2249亿元；海外收入8455亿元。\n")


def test_indicators_of_one_section_do_not_split_the_total_before(article) -> None:
    _, doc = article(INDICATORS)
    assert alarms(doc) == [] and checks(doc, "breakdown") == []


# --- H. 9.8个基点: a hundredth of a 百分点, no count ----------------------------------------------------

# finance-breakfast-2024-08-16-wind line 14
YIELDS = "英国10年期国债收益率涨9.8个基点报3.921%，德国10年期国债收益率涨6.4个基点报2.256%。"


def test_basis_points_are_a_change_of_a_rate(article) -> None:
    _, doc = article(YIELDS)
    assert alarms(doc) == []
    q = parse_quantity("9.8个基点")
    assert q.unit.dimension == "pp"
    assert (q.interval.lo, q.interval.hi) == (Fraction(975, 10_000), Fraction(985, 10_000))


def test_a_count_with_a_fraction_still_warns(article) -> None:
    _, doc = article("全年完成9.8个项目。")
    assert ("FC015", "warning") in alarms(doc)
