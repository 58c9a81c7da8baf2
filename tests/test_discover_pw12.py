"""Part ≤ whole in one sentence as real articles write it (session 12, discover/breakdown.py,
within.py and among.py, figures/guards.py), through `factcheck check ARTICLE`: real sentences, the
same sentence with one figure changed (the error names that figure's place), and near misses that
must not pair.

Forms:
- a whole written with a bound word (超过, 突破, 逾, 以上) is still the whole its 其中 parts are in:
  its interval is open above, so only parts that make it up exactly can fail it;
- the parts of a 其中 on different classification axes (规上 / 高新技术 / 上市 / 外资 …) overlap:
  each is at most the whole, their sum is not tested; parts on one axis are still summed;
- a sentence that only adds the total's rates (两年平均增长5.0%。) does not cut a 其中 from it;
  两年进出口总额平均增长5.0% states a rate, not a span of two years;
- industries of the national classification listed after 第三产业中， are together at most it;
  谷物 holds 稻谷, 小麦 and 玉米, 粮食 holds 谷物;
- a rank is at most the count it is among only when the words say so (在35个县中排第5位).
"""

from __future__ import annotations

import pytest
from helpers import breakdowns_of as breakdowns
from helpers import check_dicts
from helpers import column_of as column
from helpers import error_findings as errors
from helpers import names_place as names
from helpers import written_set as figures

# --- a whole with a bound word ----------------------------------------------------------------
# 国新办 发布会 (中国质量新闻 / 大众证券报 http://www.dzzq.com.cn/yw/50495839.html)
SPECIALISED = "党的十八大以来，我国大力推进新型工业化，加快制造业转型升级，涌现出一大批专精特新中小企业，" \
              "数量已经超过了14万家。其中，专精特新“小巨人”企业达到14600多家。\n"
# 中国海洋报 山东沿海港口 (http://www.hycfw.com/Article/192412)
PORTS = "2015年在严峻的经济形势下，山东整体经济平稳增长，全省沿海港口货物吞吐量再上新台阶，突破13亿吨，" \
        "同比增长4.37%。其中，集装箱吞吐量完成2402.29万标准箱，同比增长6.46%；外贸吞吐量完成6.63亿吨，" \
        "同比增长2.4%。\n"
# the shape the brief names (工业企业超过19万家，其中规上工业企业1.13万家)
FIRMS = "全省工业企业超过19万家，其中规上工业企业1.13万家。\n"

BOUNDED = [(SPECIALISED, {"超过14万家", "14600多家"}), (PORTS, {"突破13亿吨", "6.63亿吨"}),
           (FIRMS, {"超过19万家", "1.13万家"})]


@pytest.mark.parametrize(("text", "members"), BOUNDED)
def test_a_whole_with_a_bound_word_is_the_whole_of_its_parts(article, text, members) -> None:
    code, doc = article(text)
    assert ("stated", frozenset(members)) in breakdowns(doc)
    assert code == 0 and errors(doc) == []


# the two halves of a population (国家统计局 2019年末: 城镇常住人口84843万人，乡村常住人口55162万人), the
# whole written as the news writes it, 突破14亿人
POPULATION = "年末全国总人口突破14亿人，其中城镇常住人口84843万人，乡村常住人口{rural}万人。\n"


def test_halves_that_make_up_a_bounded_whole_must_reach_it(article) -> None:
    code, doc = article(POPULATION.format(rural="55162"))
    assert ("stated", frozenset({"突破14亿人", "84843万人", "55162万人"})) in breakdowns(doc)
    assert code == 0 and errors(doc) == []
    changed = POPULATION.format(rural="15162")
    code, doc = article(changed)
    assert code == 1 and any(names(e, 1, column(changed, "15162")) for e in errors(doc))


def test_a_bound_each_member_reaches_is_no_whole(article) -> None:
    """均超过2万人 is each scenic spot's count (昆明日报, http://www.kwan-yin.com.cn/kmly/5619.html)."""
    text = "石林、罗平九龙瀑布、玉溪抚仙湖、腾冲火山热海等多个景区接待人数均超过2万人，其中罗平九龙瀑布" \
           "接待人数近4万人，居全省各景区之首。\n"
    code, doc = article(text)
    assert all("超过2万人" not in m for _, m in breakdowns(doc))
    assert code == 0 and doc["findings"] == []


def test_a_bound_the_members_listed_reach_is_no_whole(article) -> None:
    """丽江玉龙雪山、昆明石林、大理三塔等景区…超过4000人 is what each reached (tests/data/smoke9,
    tourism-oct1-011088); 三大作物总产量超5亿吨 sums them (新华社 2011年粮食总产量, 洛阳日报
    http://lyrb.lyd.com.cn/html/2011-12/03/content_798234.htm)."""
    text = "云南：9月30日，全省接待游客121.9万人。丽江玉龙雪山、昆明石林、大理三塔等景区接待人数超过" \
           "4000人，其中玉龙雪山接待9805人。\n"
    code, doc = article(text)
    assert all("超过4000人" not in m for _, m in breakdowns(doc))
    assert code == 0 and doc["findings"] == []
    code, doc = article("报告指出，稻谷、小麦、玉米三大作物总产量超5亿吨，其中稻谷总产量20078万吨。\n")
    assert ("stated", frozenset({"超5亿吨", "20078万吨"})) in breakdowns(doc)


# --- parts of a 其中 on different classification axes ----------------------------------------------
# 上游新闻 荣昌高新区 (https://cqcb.com/county/rongchangxian/rongchangxianxinwen/2019-01-04/1360257.html):
# the ten counts add up to 651, more than the 379 firms; each is one classification of them
RONGCHANG = "目前，荣昌高新区现已入驻工业企业512家，投产企业{whole}家，其中规上工业企业256家，世界500强和" \
            "中国500强企业共10家，上市公司（子公司）15家，外资企业16家，新三板挂牌3家、OTC挂牌2家，通过GMP" \
            "认证企业24家，国家高新技术企业44家，火炬高新技术企业2家，市级科技型企业279家。\n"
# 齐鲁壹点 2023中国百强产业集群 (http://www.tgrr.com.cn/caijing/2023/0327/58513.html)
CLUSTERS = "数据显示，百强集群汇聚企业172.8万家，其中上市公司1748家，专精特新小巨人2419家，国家高新技术" \
           "企业44765家。\n"
# the shape the brief names (规上工业企业 and 国家级高新技术企业 of one 工业企业)
HITECH = "全省工业企业19万家，其中规上工业企业1.13万家，国家级高新技术企业7387家。\n"
# 商丘高新技术产业开发区概况 (https://m.wenke99.com/p-12189538.html): 工业项目, 上市企业 and 500强
SHANGQIU = "截至2016年11月，累计落地工业、商贸和城建项目219家，其中工业项目132家、上市企业12家、2016年中国" \
           "500强企业6家、研发机构2家、企业实验室3个。\n"


def _summed(doc: dict) -> list[frozenset[str]]:
    """The breakdowns of more than one part."""
    return [m for _, m in breakdowns(doc) if len(m) > 2]


def test_classifications_that_overlap_are_never_summed(article) -> None:
    code, doc = article(RONGCHANG.format(whole="379"))
    assert _summed(doc) == []
    assert ("stated", frozenset({"379家", "279家"})) in breakdowns(doc)
    assert code == 0 and errors(doc) == []
    changed = RONGCHANG.format(whole="179")  # 256 and 279 firms of 179: each part alone fails
    code, doc = article(changed)
    assert code == 1 and any(names(e, 1, column(changed, "179家")) for e in errors(doc))


@pytest.mark.parametrize(("text", "whole", "parts"),
                         [(CLUSTERS, "172.8万家", {"1748家", "2419家", "44765家"}),
                          (HITECH, "19万家", {"1.13万家", "7387家"}),
                          (SHANGQIU, "219家", {"132家", "12家", "6家"})])
def test_each_classification_is_a_part_of_the_whole(article, text, whole, parts) -> None:
    code, doc = article(text)
    assert _summed(doc) == []
    for part in parts:
        assert ("stated", frozenset({whole, part})) in breakdowns(doc)
    assert code == 0 and errors(doc) == []


def test_kinds_on_one_axis_are_still_summed(article) -> None:
    """大型、中型、小型 part the whole (山东统计年鉴 12-11 按企业规模分: 384 + 712 + 7281 = 8377)."""
    text = "全省规模以上非公有工业企业8377家，其中大型企业384家，中型企业712家，小型企业{small}家。\n"
    code, doc = article(text.format(small="7281"))
    assert ("stated", frozenset({"8377家", "384家", "712家", "7281家"})) in breakdowns(doc)
    assert code == 0 and errors(doc) == []
    changed = text.format(small="7981")
    code, doc = article(changed)
    assert code == 1 and any(names(e, 1, column(changed, "7981")) for e in errors(doc))


# --- a sentence of the total's rates between it and its 其中 -----------------------------------------
TRADE = "全市进出口总额15247亿元，同比增长14.6%。两年平均增长5.0%。其中，出口{exports}亿元，增长15.4%；" \
        "进口5687.2亿元，增长13.3%。\n"


def test_a_sentence_of_rates_keeps_the_total_of_the_next_one(article) -> None:
    code, doc = article(TRADE.format(exports="9559.8"))
    assert ("stated", frozenset({"15247亿元", "9559.8亿元", "5687.2亿元"})) in breakdowns(doc)
    assert code == 0 and errors(doc) == []
    changed = TRADE.format(exports="9859.8")
    code, doc = article(changed)
    assert code == 1 and any(names(e, 1, column(changed, "9859.8")) for e in errors(doc))


def test_a_sentence_with_a_level_of_its_own_cuts_the_link(article) -> None:
    """南方都市报 2021年全年进出口 (https://www.oeeee.com/html/202201/14/1184581.html): the 其中 after
    the count of firms is not a part of the trade stated two sentences before."""
    text = "2021年我国货物贸易进出口总值39.1万亿元人民币，比2020年增长21.4%。2021年，我国有进出口实绩" \
           "企业56.7万家，增加3.6万家。其中，民营企业进出口19万亿元，增长26.7%，占48.6%，提升2个百分点。\n"
    _, doc = article(text)
    assert all("19万亿元" not in m for _, m in breakdowns(doc))


def test_the_years_of_an_average_with_its_name_between_are_no_figure(article) -> None:
    """两年进出口总额平均增长5.0%: the two years of the average, no span of time to check."""
    code, doc = article("全市进出口总额15247亿元，同比增长14.6%，两年进出口总额平均增长5.0%。\n")
    assert all(c["written"] != "两年" for check in doc["checks"] for c in check["claims"])
    assert code == 0


# --- industries under their total, grains under theirs ---------------------------------------------
TERTIARY = "全年实现第三产业增加值{whole}万元，增长4.5%。第三产业中，金融业增加值39358万元，增长5.1%；" \
           "交通运输、仓储和邮政业增加值26818万元，增长3.2%；批发和零售业增加值23862万元，增长4.0%。\n"


def test_industries_of_the_classification_are_together_at_most_their_whole(article) -> None:
    code, doc = article(TERTIARY.format(whole="158000"))
    assert ("stated", frozenset({"158000万元", "39358万元", "26818万元", "23862万元"})) \
        in breakdowns(doc)
    assert code == 0 and errors(doc) == []
    changed = TERTIARY.format(whole="88000")  # each part fits, the three together do not
    code, doc = article(changed)
    assert code == 1 and any(names(e, 1, column(changed, "88000")) for e in errors(doc))


def test_kinds_of_firm_under_their_whole_are_not_summed(article) -> None:
    """国家统计局 规模以上工业企业利润 (国有控股 and 私营 overlap with 股份制): one by one."""
    text = "1—5月份，全国规模以上工业企业实现利润总额27543.8亿元。规模以上工业企业中，国有控股企业实现" \
           "利润总额9438.4亿元；股份制企业实现利润总额20109.8亿元；私营企业实现利润总额6870.6亿元。\n"
    _, doc = article(text)
    assert all(len(m) == 2 for _, m in breakdowns(doc) if "27543.8亿元" in m)


# a county's 2015 统计公报 (https://www.qdndz.gov.cn/zwgk/zfsj/tjxx/tjgb/202303/t20230321_78642252.html)
GRAIN = "全年粮食总产量46695吨，同比增长0.98%。其中，夏粮产量 7327吨，增长2.1%；秋粮产量39368吨，" \
        "增长0.78%。全年谷物产量39603吨，增长0.44%，稻谷产量{rice}吨，增长0.43%；小麦产量2351吨，" \
        "增长1.29%；玉米产量10015吨，增长0.22%。\n"
# 国家统计局 2014年统计公报 (中国粮食信息网 https://xining.baogaosu.com/xinwen/…/29997164)
GRAIN_CN = "全年粮食产量60710万吨，比上年增加516万吨，增产0.9%。其中，夏粮产量13660万吨，增产3.6%；早稻" \
           "产量3401万吨，减产0.4%；秋粮产量43649万吨，增产0.1%。全年谷物产量55727万吨，比上年增产0.8%。\n"


def test_cereals_hold_rice_wheat_and_maize(article) -> None:
    code, doc = article(GRAIN.format(rice="26765"))
    assert ("stated", frozenset({"39603吨", "26765吨", "2351吨", "10015吨"})) in breakdowns(doc)
    assert ("linked", frozenset({"46695吨", "39603吨"})) in breakdowns(doc)
    assert code == 0 and errors(doc) == []
    changed = GRAIN.format(rice="28765")
    code, doc = article(changed)
    assert code == 1 and any(names(e, 1, column(changed, "28765")) for e in errors(doc))


def test_grain_holds_its_cereals_stated_in_the_next_sentence(article) -> None:
    code, doc = article(GRAIN_CN)
    assert ("linked", frozenset({"60710万吨", "55727万吨"})) in breakdowns(doc)
    assert code == 0 and errors(doc) == []


def test_oil_crops_are_no_kind_of_grain(article) -> None:
    text = "全年粮食总产量46695吨，增长0.98%；油料产量3120吨，增长1.2%；谷物产量39603吨。\n"
    _, doc = article(text)
    assert all("3120吨" not in m for _, m in breakdowns(doc))


# --- a rank among a count ---------------------------------------------------------------------
def test_a_rank_among_the_counted_is_at_most_their_count(article) -> None:
    text = "全县地区生产总值增速在全省35个县（市、区）中排名第5位。\n"
    code, doc = article(text)
    assert any(figures(c) == {"35个", "第5位"} for c in check_dicts(doc, "expression"))
    assert code == 0


def test_a_rank_in_another_ranking_is_not_among_a_count(article) -> None:
    text = "全市共有35个县（市、区）。全县地区生产总值增速全市位次第5位。\n"
    _, doc = article(text)
    assert all(figures(c) != {"35个", "第5位"} for c in check_dicts(doc, "expression"))
