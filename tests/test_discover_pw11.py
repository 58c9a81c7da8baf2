"""Parts and their whole as real articles write them (session 11, discover/breakdown.py and
sections.py), through `factcheck check ARTICLE`: real sentences, the same sentence with one figure
changed (the error names that figure's place), and near misses that must not pair.

Forms:
- the three industries named together before a 分别 list of their figures (第一、二、三产业新设民营企业
  分别为7.6万户、34.9万户、161.4万户; 第一产业、第二产业、第三产业增加值分别为…) make up the level of
  that name stated before them;
- the three industries' counts after 在N万户企业中 make up the count, and so do the three industries
  in their own clauses after the level their first one names (实有各类经营主体…。第一产业实有经营主体…);
- the parts of a 其中 that open with the total's verb (新设经营主体…。其中，新设企业…；新设个体工商户…)
  are all parts, not only the first;
- a part written with 约 / 近 (其中约305.8亿元) is a part; a total with no upper bound (超460亿元) is
  still the whole (it bounds no part);
- a count in parentheses with more things in it (其中有107家（含港台企业则为120家）) is no part;
- an average per day (平均每天新设5.52万户) is no total of the parts a 其中 lists.
"""

from __future__ import annotations

import pytest
from helpers import breakdowns_of as breakdowns
from helpers import column_of as column
from helpers import error_findings as errors
from helpers import names_place as names

# --- 第一、二、三产业…分别为 ------------------------------------------------------------------
# 新华社 一季度全国新设民营企业203.9万户 (http://yingshi.dzxwnews.com/wenhua/2023/0427/11560.html)
PRIVATE_Q1 = "一季度，全国新设民营企业203.9万户，同比增长10.7%\n我国民营企业展现出强大的内生动力\n" \
             "一季度，第一、二、三产业新设民营企业分别为7.6万户、{second}万户、161.4万户，" \
             "第三产业占比近八成\n"
# 人民日报 前三季度新设民营企业增长15.3% (http://www.58gu.com/UploadFiles/SQLzq.php?FT=H.html): the whole
# two paragraphs before, after the regions' figures of the same name
PRIVATE_Q3 = "前三季度，全国新设民营企业706.5万户，同比增长15.3%。截至9月底，全国登记在册民营企业数量" \
             "超过5200万户，民营企业在企业总量中的占比达到92.3%。\n" \
             "民营企业区域发展更加均衡。前三季度，东部地区新设民营企业351万户，同比增长12.6%；" \
             "中部地区新设民营企业176.6万户，同比增长16%；西部地区新设民营企业149万户，同比增长23.3%；" \
             "东北地区新设民营企业29.9万户，同比增长7.4%。\n" \
             "民营企业产业结构不断优化。前三季度，第一、二、三产业新设民营企业分别为28.4万户、" \
             "{second}万户、566.5万户，第三产业占比超过八成。\n"
# the 统计公报 form of the GDP (德州 一季度 http://dztj.dezhou.gov.cn/n3100530/n15894766/c16514459/content.html
# writes each industry in its own clause; the 分别 form names the three together)
GDP_LISTED = "一季度，全市实现地区生产总值545.0亿元，按可比价格计算，同比增长10.2%。" \
             "第一产业、第二产业、第三产业增加值分别为41.99亿元、{second}亿元和189.87亿元。\n"


def test_the_industries_listed_make_up_the_whole_named(article) -> None:
    """The whole two lines before, a heading between: linked, a changed part is a warning."""
    code, doc = article(PRIVATE_Q1.format(second="34.9"))
    assert ("linked", frozenset({"203.9万户", "7.6万户", "34.9万户", "161.4万户"})) in breakdowns(doc)
    assert code == 0 and doc["findings"] == []
    changed = PRIVATE_Q1.format(second="37.9")
    code, doc = article(changed)
    line = changed.splitlines()[2]
    assert errors(doc) == [] and any(f["severity"] == "warning" and names(f, 3, column(line, "37.9"))
                                     for f in doc["findings"])


def test_the_industries_listed_paragraphs_after_their_whole_are_linked(article) -> None:
    """The whole is 新设民营企业 itself, not 东北地区新设民营企业 just before the list."""
    code, doc = article(PRIVATE_Q3.format(second="111.6"))
    assert ("linked", frozenset({"706.5万户", "28.4万户", "111.6万户", "566.5万户"})) in breakdowns(doc)
    assert all("29.9万户" not in m for _, m in breakdowns(doc) if "28.4万户" in m)
    # the four regions do make up the whole (351 + 176.6 + 149 + 29.9 = 706.5, gp12): linked
    regions = frozenset({"706.5万户", "351万户", "176.6万户", "149万户", "29.9万户"})
    assert ("linked", regions) in breakdowns(doc)
    assert code == 0 and errors(doc) == []


def test_the_value_added_of_the_industries_listed_make_up_the_gdp(article) -> None:
    code, doc = article(GDP_LISTED.format(second="313.14"))
    assert ("stated", frozenset({"545.0亿元", "41.99亿元", "313.14亿元", "189.87亿元"})) in breakdowns(doc)
    assert code == 0 and errors(doc) == []
    changed = GDP_LISTED.format(second="333.14")
    code, doc = article(changed)
    assert code == 1 and any(names(e, 1, column(changed, "333.14")) for e in errors(doc))


def test_industries_of_another_name_make_up_no_whole(article) -> None:
    text = "一季度，全国新设民营企业203.9万户。" \
           "一季度，第一、二、三产业新设外资企业分别为0.6万户、1.9万户、6.4万户。\n"
    _, doc = article(text)
    assert all("203.9万户" not in m for _, m in breakdowns(doc))


# --- 在N万户企业中，第一产业…；第二产业…；第三产业… -------------------------------------------
# 安徽省市场监管局通报 上半年市场主体 (a stored news page, 2020-07-21, its address not kept)
ANHUI = "从企业结构类型发展情况看，上半年，在新登记19.02万户企业中，第一产业新设1.26万户，同比增长16.27%，" \
        "占全部新设企业的6.60%；第二产业新设{second}万户，同比增长3.21%，占全部新设企业的22.90%；" \
        "第三产业新设13.4万户，同比增长20.15%，占全部新设企业的70.50%。\n"


def test_the_three_industries_of_a_count_make_it_up(article) -> None:
    code, doc = article(ANHUI.format(second="4.36"))
    assert ("stated", frozenset({"19.02万户", "1.26万户", "4.36万户", "13.4万户"})) in breakdowns(doc)
    assert code == 0 and errors(doc) == []
    changed = ANHUI.format(second="4.06")  # 1.26 + 4.06 + 13.4 < 19.02: exhaustive, so an error
    code, doc = article(changed)
    assert code == 1 and any(names(e, 1, column(changed, "4.06")) for e in errors(doc))


# 安徽上半年新设各类经营主体超70万户 (中国质量报 http://zgzlb.183read.cc/art.html?id=888605&mid=4975491&p=1389619620):
# the whole in the sentence before, named by the first industry's label
ANHUI_STOCK = "截至6月底，安徽省实有各类经营主体7712023户，同比增长11.80%。第一产业实有经营主体723002户，" \
              "同比增长24.82%；第二产业{second}户，同比增长12.63%；第三产业6162555户，同比增长10.34%。\n"


def test_the_industries_in_their_clauses_make_up_the_level_they_name(article) -> None:
    code, doc = article(ANHUI_STOCK.format(second="826466"))
    assert ("stated", frozenset({"7712023户", "723002户", "826466户", "6162555户"})) in breakdowns(doc)
    assert code == 0 and errors(doc) == []
    changed = ANHUI_STOCK.format(second="926466")
    code, doc = article(changed)
    assert code == 1 and any(names(e, 1, column(changed, "926466")) for e in errors(doc))


def test_industries_of_a_level_of_another_name_make_up_no_whole(article) -> None:
    text = "截至6月底，全省实有市场主体7712023户。第一产业实有经营主体723002户，第二产业826466户，" \
           "第三产业6162555户。\n"
    _, doc = article(text)
    assert all("7712023户" not in m for _, m in breakdowns(doc))


# --- 其中 parts that open with the total's verb --------------------------------------------------
# 国家市场监督管理总局 前三季度 (人民日报客户端 via http://sdenews.com/html/2023/11/358265.shtml)
Q3_ENTITIES = "国家市场监督管理总局11月7日发布数据显示，前三季度，全国新设经营主体2480.8万户，" \
              "同比增长12.7%。其中，新设企业751.8万户，同比增长15.4%；新设个体工商户{second}万户，" \
              "同比增长11.7%；新设农民专业合作社9.4万户，同比减少5.4%。\n"
# 第一季度 (大公报 http://www.takungpao.com.hk/news/232108/2025/0423/1080420.html)
Q1_ENTITIES = "数据显示，第一季度，全国新设经营主体606.3万户。其中，新设企业210.0万户，" \
              "新设个体工商户{second}万户，新设农民专业合作社1.4万户，多种经营主体均呈现稳定增长势头。\n"
# the same figures as 人民日报 wrote them (https://www.yxiu.cn/finance/ch/576718.html)
Q1_ENTITIES_RMRB = "市场监管总局4月21日公布的数据显示，一季度全国新设经营主体数量再创新高，" \
                   "总数达到606.3万户。其中，新设企业数量增至210.0万户，新设个体工商户达到{second}万户，" \
                   "新设农民专业合作社为1.4万户。\n"
Q3_MEMBERS = {"2480.8万户", "751.8万户", "1719.6万户", "9.4万户"}
Q1_MEMBERS = {"606.3万户", "210.0万户", "394.9万户", "1.4万户"}


@pytest.mark.parametrize(("text", "second", "wrong", "members"),
                         [(Q3_ENTITIES, "1719.6", "1819.6", Q3_MEMBERS),
                          (Q1_ENTITIES, "394.9", "494.9", Q1_MEMBERS),
                          (Q1_ENTITIES_RMRB, "394.9", "494.9", Q1_MEMBERS)])
def test_parts_that_open_with_the_totals_verb(article, text, second, wrong, members) -> None:
    code, doc = article(text.format(second=second))
    found = breakdowns(doc)
    assert any(how == "stated" and {w.removeprefix("达到") for w in m} == members for how, m in found)
    assert code == 0 and errors(doc) == []
    changed = text.format(second=wrong)
    code, doc = article(changed)
    assert code == 1 and any(names(e, 1, column(changed, wrong)) for e in errors(doc))


def test_another_thing_of_the_same_place_still_ends_the_list(article) -> None:
    """在园幼儿…，其中城区幼儿…，农村幼儿…，在园教职工: the parts do not open with 在园."""
    text = "全县在园幼儿12000人，其中城区幼儿5000人，农村幼儿7000人，在园教职工2171人。\n"
    _, doc = article(text)
    assert all("2171人" not in m for _, m in breakdowns(doc))


# --- per day: no total ---------------------------------------------------------------------------
# 新华社 2018年上半年市场环境形势分析 (https://sqyf168.com/news/show-10808.html)
HALF_YEAR = "数据显示，上半年新设市场主体998.3万户，同比增长12.5%，平均每天新设5.52万户。" \
            "其中，新设企业{part}万户，同比增长12.5%，平均每天新设1.81万户。\n"


def test_an_average_per_day_is_no_total_nor_part(article) -> None:
    code, doc = article(HALF_YEAR.format(part="327.4"))
    assert ("stated", frozenset({"998.3万户", "327.4万户"})) in breakdowns(doc)
    assert all("5.52万户" not in m and "1.81万户" not in m for _, m in breakdowns(doc))
    assert code == 0 and errors(doc) == []
    changed = HALF_YEAR.format(part="1327.4")
    code, doc = article(changed)
    assert code == 1 and any(names(e, 1, column(changed, "1327.4")) for e in errors(doc))


# --- 约 and 近 ---------------------------------------------------------------------------------
# 华尔街见闻 (https://wallstreetcn.com/articles/3782804)
DRAM = "国内DRAM龙头在宣布G5量产后启动两项新项目，总投资349亿元，其中约{part}亿元与设备购置及安装直接相关。\n"
# 国庆 贵州 (中国政府网 http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2015-10/05/content_2942733.htm): a
# total with 余; the part written with 近 as an editor would round it
GUIZHOU = "“十一”黄金周前4天，全贵州省共接待游客1039万余人次，同比增长21.6%，" \
          "其中接待过夜游客近{part}万人次。\n"


@pytest.mark.parametrize(("text", "part", "wrong", "members"),
                         [(DRAM, "305.8", "395.8", {"349亿元", "约305.8亿元"}),
                          (GUIZHOU, "500", "1200", {"1039万余人次", "近500万人次"})])
def test_a_part_about_or_nearly_so_much_is_a_part(article, text, part, wrong, members) -> None:
    code, doc = article(text.format(part=part))
    assert ("stated", frozenset(members)) in breakdowns(doc)
    assert code == 0 and errors(doc) == []
    changed = text.format(part=wrong)
    code, doc = article(changed)
    assert code == 1 and any(names(e, 1, column(changed, wrong)) for e in errors(doc))


def test_a_total_with_no_upper_bound_is_still_the_whole(article) -> None:
    """超460亿元 is the whole its 其中 part is in (session 12: the open interval lets the check
    decide), though no part can exceed it (投资界 / 36氪, 具身智能赛道融资)."""
    text = "2026年上半年，国内具身智能赛道累计融资超460亿元，其中约330亿元（七成）流向仅20家头部企业。\n"
    code, doc = article(text)
    assert ("stated", frozenset({"超460亿元", "约330亿元"})) in breakdowns(doc)
    assert code == 0


def test_a_threshold_is_no_part(article) -> None:
    """超10亿元的项目 names the members, it is no amount of the total."""
    text = "全年签约项目总投资500亿元，其中超10亿元项目投资320亿元。\n"
    code, doc = article(text)
    assert all("超10亿元" not in m for _, m in breakdowns(doc))
    assert code == 0 and errors(doc) == []


# --- （含…则为N）: the count with more --------------------------------------------------------
# 北京日报 百家北京企业入围中国五百强 (https://city.cri.cn/20180914/3e976f23-bbc4-3228-8436-e7c09d09d1df.html)
FORTUNE = "2018中国企业500强实现营业收入为71.17万亿元，较上年增长11.20%，其中有107家（含港台企业则为120家）" \
          "企业入围世界500强。\n"


def test_a_count_with_more_in_parentheses_is_no_part(article) -> None:
    code, doc = article(FORTUNE)
    assert all("为120家" not in m for _, m in breakdowns(doc))
    assert code == 0 and errors(doc) == []


def test_a_count_of_some_in_parentheses_is_still_a_part(article) -> None:
    text = "全市共有规模以上工业企业500家（含外资企业20家）。\n"
    _, doc = article(text)
    assert ("stated", frozenset({"500家", "20家"})) in breakdowns(doc)


# --- N个X中，M个…；another place's N个X ------------------------------------------------------
# 2016年中国城市GDP百强 (http://www.hbzqbyyxgs.com/news/475965.html)
CITIES = "四大经济强省方面：广东21个省辖市中，{part}个进入全国百强；江苏13个省辖市全部进入全国百强，" \
         "是唯一所有省辖市都跻身百强的省份；山东17个省辖市中，15个进入全国百强，数量居全国各省首位；" \
         "浙江11个省辖市中，8个进入全国百强。\n"


def test_a_count_of_another_place_is_no_member(article) -> None:
    code, doc = article(CITIES.format(part="9"))
    found = breakdowns(doc)
    assert {m for _, m in found} == {frozenset({"21个", "9个"}), frozenset({"17个", "15个"}),
                                     frozenset({"11个", "8个"})}
    assert code == 0 and errors(doc) == []
    changed = CITIES.format(part="29")
    code, doc = article(changed)
    assert code == 1 and any(names(e, 1, column(changed, "29个")) for e in errors(doc))


def test_more_of_another_place_is_no_error(article) -> None:
    text = "广东21个省辖市中，9个进入全国百强；江苏23个省辖市全部进入全国百强。\n"
    code, doc = article(text)
    assert code == 0 and errors(doc) == []


def test_industries_with_a_fourth_part_after_them_do_not_make_up_the_whole(article) -> None:
    """全社会用电量 is the industries' and the households' (中电联 monthly form, see test_discover_parts7)."""
    text = "4月份，全省用电量5217亿千瓦时，同比增长7.8%。第一产业用电量55亿千瓦时，同比增长10.8%；" \
           "第二产业用电量3698亿千瓦时，同比增长7.2%；第三产业用电量777亿千瓦时，同比增长10.8%；" \
           "城乡居民生活用电量688亿千瓦时，同比增长7.8%。\n"
    code, doc = article(text)
    assert frozenset({"5217亿千瓦时", "55亿千瓦时", "3698亿千瓦时", "777亿千瓦时"}) \
        not in {m for _, m in breakdowns(doc)}
    assert code == 0 and errors(doc) == []


def test_the_count_a_share_is_of_is_no_member(article) -> None:
    """…合计占到了1046家公司净利润的32.06%: the whole of the share, not one of the 19 firms (中国证券报
    via https://www.gupzs.com/article-86023-1.html)."""
    text = "在上述19家上市公司中，中国石油和工商银行分别贡献了1137.98亿元和1107.66亿元净利润，" \
           "合计占到了1046家公司净利润的32.06%。\n"
    _, doc = article(text)
    assert all("1046家" not in m for _, m in breakdowns(doc))
    assert [f for f in doc["findings"] if f["code"] == "FC301"] == []


# --- 百强中有M个; 三省 is no total ----------------------------------------------------------------
# 全国百强县 (http://m.yujjsks.com/content/2005-10/25/content_5534018.htm)
TOP_COUNTIES = "从地区分布来看，全国百强中有{part}个县（市）属于长三角地区，15个县（市）属于珠三角地区，" \
               "21个县（市）属于环渤海地区。浙江、山东、江苏三省的百强县（市）个数占全国2/3以上。其中，" \
               "浙江30个，与上年持平；山东20个，比上年增加4个；江苏18个，比上年增加2个。\n"


def test_a_count_among_the_top_n(article) -> None:
    code, doc = article(TOP_COUNTIES.format(part="46"))
    assert any({"百强", "46个"} == {c["written"] for c in check["claims"]} for check in doc["checks"])
    assert code == 0 and doc["findings"] == []
    changed = TOP_COUNTIES.format(part="146")
    code, doc = article(changed)
    assert code == 1 and any(names(e, 1, column(changed, "146个")) for e in errors(doc))


def test_the_number_of_names_listed_is_no_total(article) -> None:
    """三省 counts 浙江、山东、江苏; the 其中 after it splits the counties they have."""
    _, doc = article(TOP_COUNTIES.format(part="46"))
    assert all("三个" not in m for _, m in breakdowns(doc))
