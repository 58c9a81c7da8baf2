"""The growth of a total against its parts' growth (session 8, discover/composition.py), through
`factcheck check ARTICLE`: real sentences, the same sentence with one figure changed (the error
names that figure's place), and near misses that must not pair.

Form: a total's rate, then the rates of every part of a whole after 其中 or a section's words
(分三大门类看，, 分产业看，, 分轻、重工业看，), named by their set whatever their labels say
(采矿业增加值…，制造业…，电力、热力、燃气及水生产和供应业…): the total grows at a rate between
its parts' lowest and highest, whatever their weights.
"""

from __future__ import annotations

from helpers import check_dicts
from helpers import error_findings as errors
from helpers import names_place as names
from helpers import written_set as figures


def compositions(doc: dict) -> list[tuple[str, frozenset[str]]]:
    return [(c["how"], frozenset(figures(c))) for c in check_dicts(doc, "composition")]


def warnings(doc: dict) -> list[dict]:
    return [f for f in doc["findings"] if f["severity"] == "warning"]


# --- 分三大门类看 in the sentence after the total's ------------------------------------------------
# 甘肃 1至10月 经济运行 (每日甘肃, via https://vps.slsvp.com/news/search?form=YFNR&q=site%3Agansu.gscn.com.cn)
GANSU = ("1至10月，全省规模以上工业增加值同比增长{total}%。分三大门类看，采矿业增加值增长5.1%，"
         "制造业增长8.5%，电力、热力、燃气及水生产和供应业增长12.9%。全省有生产活动的37个行业大类中，"
         "23个行业实现增长。\n")


def test_the_three_divisions_of_industry_hold_the_total_between_them(article) -> None:
    code, doc = article(GANSU.format(total="8.2"))
    assert ("stated", frozenset({"8.2%", "5.1%", "8.5%", "12.9%"})) in compositions(doc)
    assert code == 0 and errors(doc) == []


def test_a_total_faster_than_every_division_is_an_error(article) -> None:
    code, doc = article(GANSU.format(total="13.2"))
    at = GANSU.index("{total}") + 1
    assert code == 1 and any(names(e, 1, at) for e in errors(doc))


# --- 分产业看 investment, with a part's own 其中 inside --------------------------------------------
# 达州市达川区 1-4月 经济运行, http://www.dachuan.gov.cn/news-show-148689.html
DACHUAN = ("1-4月，全社会固定资产投资同比增长{total}%。\n"
           "分产业看，第一产业完成投资同比增长60.8%，第二产业完成投资同比下降36.5%，其中工业完成投资"
           "同比下降36.3%，第三产业完成投资同比增长5.2%。\n")


def test_the_three_industries_of_an_investment_in_the_next_paragraph(article) -> None:
    code, doc = article(DACHUAN.format(total="7.9"))
    assert ("stated", frozenset({"7.9%", "60.8%", "下降36.5%", "5.2%"})) \
        in compositions(doc)
    assert code == 0 and errors(doc) == []
    code, doc = article(DACHUAN.format(total="67.9"))
    assert code == 1 and any(names(e, 1, DACHUAN.index("{total}") + 1) for e in errors(doc))


# 1至5月 全市固定资产投资, http://www.cxs.gov.cn/info/6485/204608.htm: the 其中 between the total
# and the section lists narrower totals (城镇投资, 房地产开发投资).
CXS = ("1至5月，全市固定资产投资同比增长12.7%，较上月下降0.7个百分点，增速比全州低18.0个百分点，"
       "排全州末位。其中：城镇投资增长33.0%，占全市投资比重为73.6%，拉动全市投资增长20.6个百分点；"
       "房地产开发投资下降20.9%，占全市投资比重为26.4%，影响全市投资下降7.9个百分点。\n"
       "分产业看，第一产业投资增长60.8%，第二产业投资增长79.4%，第三产业投资下降8.2%。\n")

# 酉阳县2025年一季度经济运行 (the smoke article youyang-county-q1-2025,
# https://youyang.gov.cn/bmjz_sites/bm/tjj/zwgk_104134/fdzdgknr_104136/tjxx/jjyxqk/202505/t20250522_14646961.html)
YOUYANG = ("全县工业增加值增长6.0%，其中规模以上工业增加值增长7.2%。分三大门类看，采矿业增加值下降17.3%，"
           "制造业增加值增长10.3%，电力、热力、燃气及水生产和供应业增加值下降15.8%。\n")


def test_a_section_after_a_total_and_its_sub_totals_pairs_with_none(article) -> None:
    """城镇投资 and 房地产开发投资 after 其中 are totals a section could split as well as the one
    before them (工业增加值增长6.0%，其中规模以上工业增加值增长7.2%。分三大门类看 …): no pairing."""
    for text in (CXS, YOUYANG):
        code, doc = article(text)
        assert compositions(doc) == [] and code == 0 and errors(doc) == [], text


# --- the time the section names ------------------------------------------------------------------
# 国家统计局 3月份规模以上工业增加值 (转载 http://xywbxg.com/20/828645.htm): the section's 3月份
# is not the 1—3月份 stated just before it.
NBS = ("3月份，规模以上工业增加值同比实际增长7.7%。从环比看，3月份，规模以上工业增加值比上月增长0.44%。"
       "1—3月份，规模以上工业增加值同比增长6.5%。\n"
       "分三大门类看，3月份，采矿业增加值同比增长9.3%，制造业增长7.9%，电力、热力、燃气及水生产和"
       "供应业增长3.5%。\n"
       "分经济类型看，3月份，国有控股企业增加值同比增长5.3%；股份制企业增长8.3%，外商及港澳台投资企业"
       "增长5.2%；私营企业增长8.2%。\n")


def test_the_section_s_month_picks_the_month_s_total(article) -> None:
    code, doc = article(NBS)
    found = compositions(doc)
    assert ("linked", frozenset({"7.7%", "9.3%", "7.9%", "3.5%"})) in found
    assert not any("6.5%" in f or "0.44%" in f for _, f in found)
    assert not any("5.3%" in f for _, f in found)  # 分经济类型看: not every kind of firm
    assert code == 0 and errors(doc) == []


# 新疆 1-7月 工业生产, https://tjj.xinjiang.gov.cn/tjj/xxfb/202308/81f77a1e16dd458ba086b27d60090d2a.shtml:
# a section after another section follows the total's paragraph, not the other section's.
XINJIANG = ("经国家统计局审定，1-7月我区规模以上工业增加值同比增长4.5%。增速居全国第二十位。\n"
            "分三大门类看，采矿业、制造业、电力热力燃气及水生产和供应业增加值比上年同期分别增长7.1%、1.9%、"
            "7.0%。\n"
            "分轻、重工业看，轻工业增加值比上年同期增长5.8%，重工业增加值比上年同期增长{heavy}%。\n")


def test_light_and_heavy_industry_after_another_section(article) -> None:
    code, doc = article(XINJIANG.format(heavy="4.4"))
    assert ("linked", frozenset({"4.5%", "5.8%", "4.4%"})) in compositions(doc)
    assert ("linked", frozenset({"4.5%", "7.1%", "1.9%", "7.0%"})) in compositions(doc)  # 分别
    assert code == 0 and errors(doc) == []
    code, doc = article(XINJIANG.format(heavy="5.4"))  # linked: a warning, never an error
    assert errors(doc) == [] and any(f["code"] == "FC111" for f in warnings(doc))


# --- 其中 inside the total's sentence ------------------------------------------------------------
# 1-7月我国服务进出口总额28093.6亿元 (新浪财经; the smoke article services-trade-jan-jul): each 其中
# splits the rate just before it, not the first of the paragraph.
SERVICES = ("1-7月，我国旅行服务进出口4299.8亿元，下降32.7%，其中出口下降41.6%，进口下降31.6%。剔除旅行服务，"
            "1-7月我国其他服务进出口增长{total}%，其中出口增长28%，进口增长12%；与2019年同期相比，其他服务"
            "进出口增长23%，其中出口增长33.5%，进口增长12.4%。\n")


def test_each_qizhong_splits_the_rate_just_before_it(article) -> None:
    """The rates against 2019 are left alone (another base)."""
    code, doc = article(SERVICES.format(total="20.2"))
    found = compositions(doc)
    assert ("stated", frozenset({"20.2%", "28%", "12%"})) in found
    assert not any("33.5%" in f for _, f in found)
    assert code == 0 and errors(doc) == []
    code, doc = article(SERVICES.format(total="30.2"))
    assert code == 1 and any(names(e, 1, SERVICES.index("{total}") + 1) for e in errors(doc))


# --- the parts of a price index: linked ----------------------------------------------------------
# 国家统计局 2022年7月份居民消费价格 (转载 http://iongco87.cn/zixun/guonnei/2022/0810/120198.html):
# the 环比 paragraph's parts are no parts of the 同比 rate.
CPI = ("2022年7月份，全国居民消费价格同比上涨{total}%。其中，城市上涨2.6%，农村上涨3.0%；食品价格上涨6.3%，"
       "非食品价格上涨1.9%；消费品价格上涨4.0%，服务价格上涨0.7%。1—7月平均，全国居民消费价格"
       "比上年同期上涨1.8%。\n"
       "7月份，全国居民消费价格环比上涨0.5%。其中，城市上涨0.4%，农村上涨0.5%；食品价格上涨3.0%，"
       "非食品价格下降0.1%；消费品价格上涨0.6%，服务价格上涨0.3%。\n")
# 2021年8月 CPI (商务部, the dev article news-consumption-2021m1-8): 分结构来看 after 同比 and 环比.
CPI_SECTION = ("8月份，消费价格总体平稳。全国居民消费价格（CPI）同比上涨0.8%，环比上涨0.1%。分结构来看，"
               "食品价格同比下降4.1%，其中猪肉、鲜菜价格分别下降44.9%和1.5%，非食品价格上涨1.9%；"
               "消费品价格上涨0.3%，服务价格上涨1.5%。\n")


def test_the_parts_of_a_price_index_are_linked(article) -> None:
    code, doc = article(CPI.format(total="2.7"))
    found = compositions(doc)
    assert {("linked", frozenset({"2.7%", "2.6%", "3.0%"})), ("linked", frozenset({"2.7%", "6.3%", "1.9%"})),
            ("linked", frozenset({"2.7%", "4.0%", "0.7%"}))} <= set(found)
    assert not any("0.5%" in f for _, f in found)
    assert code == 0 and errors(doc) == []
    code, doc = article(CPI.format(total="3.7"))
    assert errors(doc) == [] and any(f["code"] == "FC111" for f in warnings(doc))
    code, doc = article(CPI_SECTION)
    found = compositions(doc)
    assert ("linked", frozenset({"0.8%", "下降4.1%", "1.9%"})) in found
    assert ("linked", frozenset({"0.8%", "0.3%", "1.5%"})) in found
    assert code == 0 and errors(doc) == []


# --- near misses: parts that are not all of the total ---------------------------------------------
# 国家能源局发布4月份全社会用电量, http://chinapower.com.cn/bigdatamonth/20180515/110980.html (the smoke
# article electricity-apr-2018): 全社会用电量 is the three industries' and the households' use.
POWER = ("4月份，全社会用电量5217亿千瓦时，同比增长7.8%。分产业看，第一产业用电量55亿千瓦时，同比增长10.8%；"
         "第二产业用电量3698亿千瓦时，同比增长7.2%；第三产业用电量777亿千瓦时，同比增长10.8%；城乡居民生活"
         "用电量688亿千瓦时，同比增长7.8%。\n")
# 上半年深圳经济 (the dev article stat-shenzhen-2022h1): two of the three industries.
SHENZHEN = ("上半年，深圳固定资产投资同比增长14.7%，比一季度提升9.8个百分点。\n"
            "分产业看，第二产业投资增长50.8%，第三产业投资增长9.7%。\n")


def test_parts_that_leave_out_a_part_of_the_whole_do_not_pair(article) -> None:
    # the three industries alone are no whole; with 城乡居民生活用电量 their levels add up to the
    # total's (55 + 3698 + 777 + 688 = 5218): the four parts pair (test_discover_gp11)
    _, doc = article(SHENZHEN)
    assert compositions(doc) == [] and errors(doc) == []
    _, doc = article(POWER)
    assert errors(doc) == [] and warnings(doc) == []


# --- the four quarters make up the year ------------------------------------------------------------
# 2021年国民经济 (http://finance.sc2p.com/finance/20220117/30168.html) and 2020年 (中证网,
# http://www.herich.com.cn/zixun/caijingshishi/2021-01-18/483576.html): 分季度看 after the year's GDP.
GDP_2021 = ("初步核算，2021年全年国内生产总值1143670亿元，按不变价格计算，比上年增长{total}%，"
            "两年平均增长5.1%。\n"
            "分季度看，一季度同比增长18.3%，二季度增长7.9%，三季度增长4.9%，四季度增长4.0%。\n")
GDP_2020 = ("中证网讯国家统计局局长宁吉喆1月18日在国新办举行的新闻发布会上表示，初步核算，2020年全年国内生产"
            "总值1015986亿元，按可比价格计算，比上年增长2.3%。分季度看，一季度同比下降6.8%，二季度增长3.2%，"
            "三季度增长4.9%，四季度增长{q4}%。\n")


def test_the_year_s_growth_lies_between_its_quarters(article) -> None:
    code, doc = article(GDP_2021.format(total="8.1"))
    assert ("stated", frozenset({"8.1%", "18.3%", "7.9%", "4.9%", "4.0%"})) in compositions(doc)
    assert code == 0 and errors(doc) == []
    code, doc = article(GDP_2021.format(total="3.1"))
    assert code == 1 and any(names(e, 1, GDP_2021.index("{total}") + 1) for e in errors(doc))
    code, doc = article(GDP_2020.format(q4="6.5"))
    assert any({"2.3%", "下降6.8%", "3.2%", "4.9%", "6.5%"} <= f for _, f in compositions(doc))
    assert code == 0 and errors(doc) == []
    code, doc = article(GDP_2020.format(q4="1.5"))  # still between −6.8% and 4.9%
    assert code == 0 and errors(doc) == []


# 一季度 after a month's total: no quarter of that month.
QUARTER_NEAR_MISS = ("3月份，规模以上工业增加值同比增长5.0%。分季度看，一季度同比增长6.5%，二季度增长7.9%，"
                     "三季度增长4.9%，四季度增长4.0%。\n")


def test_quarters_do_not_split_a_month(article) -> None:
    _, doc = article(QUARTER_NEAR_MISS)
    assert compositions(doc) == [] and errors(doc) == []


# --- 同增 and 同降: the brokers' shorthand for 同比增长 and 同比下降 ------------------------------------
# 1-8月江苏省外贸 (21世纪经济报道; the dev article news-jiangsu-trade-2021m1-8)
JIANGSU = ("1-8月江苏省外贸进出口值32878.4亿元，同增{total}%，占中国进出口总值的13.3%。其中，"
           "出口20310.4亿元，增长18.6%；进口12568亿元，增长14.7%。\n")


def test_a_total_growing_by_tongzeng_against_its_parts(article) -> None:
    code, doc = article(JIANGSU.format(total="17.1"))
    assert any({"32878.4亿元", "20310.4亿元", "12568亿元"} <= f for _, f in compositions(doc))
    assert code == 0 and errors(doc) == []
    code, doc = article(JIANGSU.format(total="27.1"))
    assert code == 1 and any(names(e, 1, JIANGSU.index("{total}") + 1) for e in errors(doc))


def test_tongzeng_and_tongjiang_attach_to_their_levels() -> None:
    """海底捞2024H1业绩点评 (国信证券): 核心经营利润27.99亿元，同增13.0%; a broker's note:
    实现总收入922.8亿元，同增1.3%，归母净利润445.2亿元，同降2.0%; and levels listed as one, their rates
    listed after them
    (江苏 加工贸易和保税物流进出口10293亿元和3544.9亿元，同增1.9%和38.4%)."""
    from factcheck.article import article_from_text
    from factcheck.discover.claims import build_draft

    text = ("2024H1核心经营利润27.99亿元，同增13.0%。26H1实现总收入922.8亿元，同增1.3%，归母净利润445.2亿元，"
            "同降2.0%。同期，加工贸易和保税物流进出口10293亿元和3544.9亿元，同增1.9%和38.4%。\n")
    growth = {c.value: c.growth.quantity.interval for c in build_draft(article_from_text(text)).claims
              if c.growth is not None}
    assert {k: float(v.lo) for k, v in growth.items()} == {
        "27.99亿元": 0.1295, "922.8亿元": 0.0125, "445.2亿元": -0.0205, "10293亿元": 0.0185,
        "3544.9亿元": 0.3835}
