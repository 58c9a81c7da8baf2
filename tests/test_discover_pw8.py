"""Parts and their whole (session 9, discover/breakdown.py), through `factcheck check ARTICLE`:
real sentences, the same sentence with one figure changed (the error names that figure's place),
and near misses that must not pair.

Form: a total stated after its parts in one sentence, tied by the sum word before it (合计, 共计,
总计, 总共: …并处罚款35.21亿元，合计51.79亿元), or by 加上 after the first part and a sum word before the
total (捐款17.83亿元，加上…配捐3.07亿元、…配捐3.9999亿元，总计募得善款24.9亿元). The words state the
sum: the relation is stated and exhaustive.
"""

from __future__ import annotations

import pytest
from helpers import breakdowns_of as breakdowns
from helpers import check_dicts
from helpers import column_of as column
from helpers import error_findings as errors
from helpers import names_place as names
from helpers import written_set as figures

# --- 合计 after the parts ------------------------------------------------------------------------
# 环球网 2021-03-04 首尔人口 (a news feed kept in a public repository; the same report from 中新网:
# http://forosdelalengua.com/guoji/20210304/030432078.html)
SEOUL = "环球网消息，韩国首尔市政府3日表示，2020年韩籍居民登记人口为966.8465万人，外籍居民登记人口为" \
        "24.2623万人，合计{total}万人。这是首尔市人口时隔32年首次跌破千万大关。\n"
# 市场监管总局对携程罚没 51.79 亿元, https://www.xinhuanet.com/fortune/20260725/693124245aa44d2bbc7520b7a0c244ea/c.html
CTRIP = "国家市场监督管理总局对携程滥用市场支配地位行为作出行政处罚，没收违法所得16.58亿元，并处罚款" \
        "35.21亿元，合计{total}亿元。监管部门还责令携程全额退还强制扣除酒店经营者的订单储备金1.22亿元。\n"
# 1021家企业入列东莞新一轮“倍增计划”名单 (南方财经, tests/data/smoke/dongguan-doubling-plan-2022.txt)
DONGGUAN = "根据东莞2022年度“倍增计划”企业最新遴选结果，目前东莞有521家“倍增计划”试点企业和500家协同倍增" \
           "企业，共计{total}家。\n"
# “同城货运第一股”来了：快狗打车4年烧掉28亿 (36氪, tests/data/smoke5/kuaigou-ipo-2022.txt)
KUAIGOU = "从净利润角度看，快狗打车2018-2021年分别亏损10.71亿元，1.84亿元，6.58亿元，8.73亿元，合计亏损" \
          "{total}亿元。\n"

# a courier's quarterly brief (2026年一季度), quoted in a public repository's fact records: 两项合计
COURIER = "2026年一季度速运物流累计548.36亿元，供应链及国际业务累计179.30亿元，两项合计{total}亿元。\n"

SUMS = [(SEOUL, "991.1088", "991.2088", {"966.8465万人", "24.2623万人", "991.1088万人"}),
        (CTRIP, "51.79", "52.79", {"16.58亿元", "35.21亿元", "51.79亿元"}),
        (DONGGUAN, "1021", "1031", {"521家", "500家", "1021家"}),
        (KUAIGOU, "27.86", "28.86", {"10.71亿元", "1.84亿元", "6.58亿元", "8.73亿元", "27.86亿元"}),
        (COURIER, "727.66", "737.66", {"548.36亿元", "179.30亿元", "727.66亿元"})]


@pytest.mark.parametrize(("text", "total", "wrong", "members"), SUMS)
def test_a_total_after_its_parts_is_their_sum(article, text, total, wrong, members) -> None:
    code, doc = article(text.format(total=total))
    assert ("stated", frozenset(members)) in breakdowns(doc)
    assert code == 0 and errors(doc) == []
    changed = text.format(total=wrong)
    code, doc = article(changed)
    assert code == 1 and any(names(e, 1, column(changed, wrong)) for e in errors(doc))


def test_a_changed_part_is_named_too(article) -> None:
    text = SEOUL.format(total="991.1088").replace("24.2623", "25.2623")
    code, doc = article(text)
    assert code == 1 and any(names(e, 1, column(text, "25.2623")) for e in errors(doc))


# --- 加上 … 总计 ---------------------------------------------------------------------------------
# 99公益日扶贫报告 (公益中国网 http://www.pubchn.com, 品牌活动_99公益日)
CHARITY = "在2019年，第五个99公益日在短短三天里吸引超过4800万人次捐款17.83亿元，加上超过2500家企业配捐" \
          "3.07亿元、腾讯基金会配捐3.9999亿元，总计募得善款{total}亿元。全国30个地区3585家公益机构组织线下" \
          "活动。\n"
# a city's 2022 budget report, quoted in a public repository's text-extraction example
BUDGET = "2022年，全市政府性基金预算支出安排207.99亿元，加上上解上级支出4.95亿元，调出资金20.74亿元，" \
         "专项债务还本支出22.01亿元，政府性基金预算支出安排数总计{total}亿元。\n"


@pytest.mark.parametrize(("text", "total", "wrong", "members"), [
    (CHARITY, "24.9", "25.9", {"17.83亿元", "3.07亿元", "3.9999亿元", "24.9亿元"}),
    (BUDGET, "255.69", "265.69", {"207.99亿元", "4.95亿元", "20.74亿元", "22.01亿元", "255.69亿元"})])
def test_parts_added_by_jiashang_make_the_total(article, text, total, wrong, members) -> None:
    code, doc = article(text.format(total=total))
    assert ("stated", frozenset(members)) in breakdowns(doc)
    assert code == 0 and errors(doc) == []
    changed = text.format(total=wrong)
    code, doc = article(changed)
    assert code == 1 and any(names(e, 1, column(changed, wrong)) for e in errors(doc))


# --- near misses ---------------------------------------------------------------------------------
# a bank's monthly credit note in a public repository: 多增 and 少增 are changes of opposite
# directions, their 合计 is a net.
NET = "2021年5月的最近三月对应3—5月。中长期多增5981亿元，短期少增8992亿元，票据少增4846亿元，未单列项及" \
      "舍入差贡献944亿元，合计企事业总额少增6913亿元。\n"
# 五菱不敌特斯拉，蔚来盖帽BBA (36氪, tests/data/smoke2/ev-registrations-dec-2021.txt): 共计 of a part.
MERCEDES = "相比之下，奔驰的表现就没有这么好了，2021年12月份，奔驰一共有1021辆新车上险，奔驰EQC则是其中的" \
           "上险量担当，共计814辆。\n"
# 中新网 2021-03-04 (http://forosdelalengua.com/guoji/20210304/030432078.html): bounded parts.
SEOUL_ROUNDED = "截至2020年底，首尔居民中，行政安全部统计的韩国籍公民约967万人，法务部统计的外籍人口" \
                "略高于24万人，合计约991万人。\n"
# 港股通28日合计净买入46亿港元 (https://news.stockstar.com/SS2016122800003458.shtml): a net sale and a
# net purchase, written in one sentence here as an editor might.
NORTHBOUND = "北向方面，沪股通净卖出8.81亿元人民币，深股通净买入3.39亿元人民币，合计净卖出5.42亿元人民币。\n"
# 2.01 + 1.09 with 约3.10 (中国农业银行报 2021-03-01, https://paper.people.com.cn/zgnyb/html/2021-03/01/content_2036466.htm)
REPAID = "截至戴帽前的公开报道，控股股东在2月25日通过银行转账归还2.01亿元，加上此前1.09亿元，累计归还约" \
         "3.10亿元，非经营性占用余额为6,067.49万元。\n"


@pytest.mark.parametrize("text", [NET, MERCEDES, SEOUL_ROUNDED, NORTHBOUND, REPAID])
def test_no_sum_of_opposites_of_a_part_or_of_bounded_figures(article, text) -> None:
    code, doc = article(text)
    assert not any(how == "stated" and len(f) >= 3 for how, f in breakdowns(doc)), breakdowns(doc)
    assert code == 0 and errors(doc) == []


# a courier's monthly brief (2026年2月简报), quoted in a public repository's fact records
def test_the_total_of_the_year_before_pairs_with_no_parts(article) -> None:
    """上年同期合计为183.71亿元, in the next sentence, is another year's total."""
    text = ("2026年2月速运物流收入164.21亿元，供应链及国际业务收入51.83亿元，合计216.04亿元。上年同期合计为"
            "183.71亿元。\n")
    code, doc = article(text)
    assert ("stated", frozenset({"164.21亿元", "51.83亿元", "216.04亿元"})) in breakdowns(doc)
    assert not any("183.71亿元" in f for _, f in breakdowns(doc))
    assert code == 0 and errors(doc) == []


# --- net amounts ---------------------------------------------------------------------------------
# 宝鸡 2022年度市属国有企业经济运行 (http://gzw.baoji.gov.cn/col12442/col12445/col14295/202301/t20230130_592134.html):
# a profit nets gains against losses, a part of it may exceed it.
BAOJI = ("二、利润总额。市属国有企业累计利润总额10.31亿元，同比下降20.6%。其中，市国资委系统企业累计利润总额"
         "24.15亿元，同比增长20.3%。\n"
         "三、工业总产值。市属国有工业企业累计总产值176.56亿元，同比下降26.2%。其中，市国资委系统工业企业累计"
         "总产值146.37亿元，同比增长4.3%。\n")
def test_a_part_of_a_profit_may_exceed_it(article) -> None:
    code, doc = article(BAOJI)
    assert ("stated", frozenset({"146.37亿元", "176.56亿元"})) in breakdowns(doc)
    assert not any("24.15亿元" in f for _, f in breakdowns(doc))
    assert code == 0 and errors(doc) == []


# --- parts with their shares of one whole --------------------------------------------------------
# 2017年农民工监测调查报告 (国家统计局, via https://mszz.cn/news/msgc/5522.html): four regions, each
# with its share of the total stated two paragraphs before.
MIGRANTS = ("报告称，2017年农民工总量达到28652万人，比上年增加481万人，增长1.7%。\n"
            "从输出地看，东部地区农民工10430万人，比上年增加30万人，增长0.3%，占农民工总量的36.4%；中部地区"
            "农民工9450万人，比上年增加171万人，增长1.8%，占农民工总量的33%；西部地区农民工{west}万人，比上年"
            "增加251万人，增长3.3%，占农民工总量的27.3%；东北地区农民工958万人，比上年增加29万人，增长3.1%，"
            "占农民工总量的3.3%。\n")
# 第七次全国人口普查公报 of a district (https://tjgb.hongheiku.com/15266.html)
CENSUS = ("全区常住人口为579101人，与2010年第六次全国人口普查的442854人相比，十年共增加136247人，"
          "增长30.77%。\n全区常住人口中，居住在城镇的人口为{town}人，占94.51%；居住在乡村的人口为31802人，占5.49%。\n")
CENSUS_SEX = "全区常住人口中，男性人口为276626人，占47.77%；女性人口为302475人，占52.23%。\n"


# 中新网福州 2022-11-18 福建前10个月外贸 (http://riulidt.cn/news/2022/2022-11-18/513401.html): the whole
# in 万亿元, the parts by kind of firm in 亿元
FUJIAN = ("今年前10个月，福建省外贸进出口1.62万亿元(人民币，下同)，比去年同期(下同)增长7%。其中，"
          "出口9871.8亿元，增长12%；进口6358.7亿元，增长0.1%。\n"
          "民营企业依旧扮演福建进出口“主力军”。前10个月，福建省民营企业进出口8885.5亿元，增长10.5%，占同期福建省"
          "外贸进出口总值的54.7%，比重较去年同期提高1.7个百分点。国有企业进出口3613.5亿元，增长6.3%，占22.3%。"
          "外商投资企业进出口3718.3亿元，增长0.3%，占22.9%。\n")


def test_firms_by_kind_with_their_shares_of_the_trade(article) -> None:
    code, doc = article(FUJIAN)
    assert ("linked", "holds", frozenset({"8885.5亿元", "3613.5亿元", "3718.3亿元", "1.62万亿元"})) \
        in by_shares(doc)
    assert code == 0 and errors(doc) == []


def by_shares(doc: dict) -> list[tuple[str, str, frozenset[str]]]:
    return [(c["how"], c["verdict"], frozenset(figures(c))) for c in check_dicts(doc, "breakdown")
            if len(c["claims"]) >= 3]


@pytest.mark.parametrize(("text", "value", "wrong", "members"), [
    (MIGRANTS.replace("{west}", "{x}"), "7814", "17814",
     {"28652万人", "10430万人", "9450万人", "7814万人", "958万人"}),
    (CENSUS.replace("{town}", "{x}"), "547299", "557299", {"579101人", "547299人", "31802人"})])
def test_parts_with_their_shares_are_at_most_the_whole(article, text, value, wrong, members) -> None:
    code, doc = article(text.format(x=value))
    assert ("linked", "holds", frozenset(members)) in by_shares(doc)
    assert code == 0 and errors(doc) == []
    _, doc = article(text.format(x=wrong))
    changed = frozenset(m.replace(value, wrong) for m in members)
    assert any(how == "linked" and verdict != "holds" and found == changed
               for how, verdict, found in by_shares(doc)), by_shares(doc)


def test_shares_of_two_classifications_are_not_added(article) -> None:
    """城镇 and 乡村, 男性 and 女性: four shares adding up to 200% split the whole twice."""
    text = CENSUS.format(town="547299").rstrip("\n") + CENSUS_SEX.replace("全区常住人口中，", "")
    code, doc = article(text)
    assert not any(len(f) >= 4 for _, _, f in by_shares(doc)), by_shares(doc)
    assert code == 0 and errors(doc) == []
