"""No false alarm on the sixth round of unseen articles (tests/data/smoke6, review.yaml): each
rule that raised one, with the real sentence (no alarm), another real text the rule holds on, and
a sentence where the same relation is still found and fails when a figure is wrong."""

from __future__ import annotations

import pytest
from helpers import alarms
from helpers import checks_of as checks

# --- 1. a 其中 list runs past its members: kinds the total's name leaves out ----------------------

# district-communique-2021-nec-driver line 5 (smoke6 sources.yaml): 大牲畜 are 牛、马、驴、骡、骆驼
# (国家统计局《中国统计年鉴2006》表13-20 counts 猪 and 羊 apart from them)
LIVESTOCK = ("年末大牲畜存栏40202头，同比增长8.4%。其中：黄牛及肉牛存栏{cattle}头；奶牛存栏8984头；"
             "马存栏2708匹；生猪存栏32029头；羊存栏20409只，其中：山羊1403只；绵羊19006只；禽存栏188399只。\n")
# mianchi-county-communique-2022 line 7: 粮食 is 谷物、豆类、薯类, no 油料, 烟叶, 蔬菜
GRAIN_AREA = ("全年粮食种植面积43907公顷，比上年增加63公顷。其中，小麦种植面积{wheat}公顷，比上年增加39公顷；"
              "玉米种植面积11118公顷，比上年减少11265公顷；油料种植面积6284.3公顷，比上年减少76.7公顷；"
              "烟叶种植面积3087公顷，比上年减少23公顷；蔬菜种植面积10168公顷，比上年增加143公顷。\n")


@pytest.mark.parametrize(("text", "parts"), [
    (LIVESTOCK.format(cattle="28510"), ["28510头", "8984头", "2708匹", "40202头"]),
    (GRAIN_AREA.format(wheat="21500"), ["21500公顷", "11118公顷", "43907公顷"]),
])
def test_a_list_ends_at_a_kind_its_total_leaves_out(article, text, parts) -> None:
    _, doc = article(text)
    assert alarms(doc) == [] and ("holds", parts) in checks(doc, "breakdown")


@pytest.mark.parametrize("text", [
    LIVESTOCK.format(cattle="38510"),  # 38510 + 8984 + 2708 > 40202
    GRAIN_AREA.format(wheat="41500"),  # 41500 + 11118 > 43907
])
def test_the_members_still_add_up_to_at_most_the_total(article, text) -> None:
    code, doc = article(text)
    assert code == 1 and ("FC301", "error") in alarms(doc)


# --- 2. fiscal revenue split three ways ---------------------------------------------------------

# district-fiscal-q1-0716fw line 1: 国税+地税+财政 (by collecting office) = 29612 exactly;
# 地方一般预算收入 (by level of government) is another split of the same total
FISCAL = ("截至3月31日，全区完成财政收入29612万元，占年初预算的27.7%。其中，国税完成{tax}万元，"
          "占年初预算的25%；地税完成14796万元，占年初预算的30.1%；财政完成3051万元，占年初预算的28.8%；"
          "实现地方一般预算收入19401万元，占年初预算的28.9%。\n")
# anyuan-district-communique-2010 line 4: by level and by kind, each at most the total
ANYUAN = ("全年财政总收入178625万元，比上年增长44.2%。其中：地方一般预算收入{local}万元，增长56.9%；"
          "税收总收入104717万元，增长59.6%。\n")
# 炎陵县霞阳镇 2015 (a town profile): a split by collecting office alone adds up (561.3 + 903.2)
YANLING = "霞阳完成税收收入1464.5万元，其中国税561.3万元，地税903.2万元。\n"


@pytest.mark.parametrize(("text", "groups"), [
    (FISCAL.format(tax="11765"), [["11765万元", "14796万元", "3051万元", "29612万元"],
                                  ["19401万元", "29612万元"]]),
    (ANYUAN.format(local="123307"), [["123307万元", "178625万元"], ["104717万元", "178625万元"]]),
    (YANLING, [["561.3万元", "903.2万元", "1464.5万元"]]),
])
def test_items_of_two_splits_are_never_summed(article, text, groups) -> None:
    _, doc = article(text)
    assert alarms(doc) == []
    assert [parts for verdict, parts in checks(doc, "breakdown") if verdict == "holds"] == groups


@pytest.mark.parametrize("text", [
    FISCAL.format(tax="21765"),  # 21765 + 14796 + 3051 > 29612
    ANYUAN.format(local="183307"),  # one part above the whole
])
def test_each_split_still_stays_within_the_total(article, text) -> None:
    code, doc = article(text)
    assert code == 1 and ("FC301", "error") in alarms(doc)


# --- 3. the base of a share is the sentence's opening "X中，" frame ------------------------------

# shizuishan-census-2020-no1 lines 3–9 (close up: a 集体户人口 right before the frame is no whole)
SHIZUISHAN = ("全市常住人口为751389人。\n"
              "全市共有家庭户294617户，集体户11968户，家庭户人口为703095人，集体户人口为48294人。\n"
              "全市人口中，汉族人口为568238人，占75.63%；各少数民族人口为183151人，占24.37%，"
              "其中回族人口为176176人，占{hui}%。\n")
# 第七次全国人口普查公报（第四号、第八号）, 国家统计局 2021-05-11, as quoted in 万人
CENSUS_2020 = ("全国人口为141178万人。\n"
               "全国共有家庭户49416万户，家庭户人口为129281万人。\n"
               "全国人口中，汉族人口为128631万人，占91.11%；各少数民族人口为12547万人，占{minor}%。\n")


@pytest.mark.parametrize(("text", "whole"), [
    (SHIZUISHAN.format(hui="23.45"), "751389人"),
    (CENSUS_2020.format(minor="8.89"), "141178万人"),
])
def test_a_share_in_a_frame_is_of_the_frames_whole(article, text, whole) -> None:
    _, doc = article(text)
    shares = checks(doc, "share")
    assert alarms(doc) == [] and shares and all(v == "holds" and parts[1] == whole for v, parts in shares)


@pytest.mark.parametrize("text", [SHIZUISHAN.format(hui="25.45"), CENSUS_2020.format(minor="8.99")])
def test_a_wrong_share_of_the_frames_whole_still_fails(article, text) -> None:
    _, doc = article(text)
    assert ("FC201", "warning") in alarms(doc) or ("FC201", "error") in alarms(doc)


# --- 4. compound annual growth ------------------------------------------------------------------

# calb-battery-ipo-2022 line 14: sqrt(0.67/0.2) − 1 = 83.0%
CALB = "储能系统产品销量则由2019年的0.2GWh增长至2021年的0.67GWh，复合年增长率为{rate}%。\n"
# naikan-entertainment-ipo-segments line 19: (168/32)^(1/4) − 1 = 51.4%, within 50.9%'s rounding
NAIKAN = "网剧收益由2016年的32亿元大幅增至2020年的168亿元，复合年增长率为{rate}%。\n"
# a data-storage market forecast (Fortune Business Insights, quoted on a vendor page):
# (7740/2183.3)^(1/8) − 1 = 17.1%
STORAGE = ("全球数据存储市场预计将从2024年的2183.3亿美元增长到2032年的7740亿美元，"
           "在此期间的年复合增长率为{rate}%。\n")


@pytest.mark.parametrize("text", [CALB.format(rate="83.0"), NAIKAN.format(rate="50.9"),
                                  STORAGE.format(rate="17.1")])
def test_a_compound_annual_rate_holds_over_its_years(article, text) -> None:
    _, doc = article(text)
    assert alarms(doc) == [] and [v for v, _ in checks(doc, "growth")] == ["holds"]


@pytest.mark.parametrize(("text", "severity"), [
    (CALB.format(rate="183.0"), "error"),  # 0.2GWh is 0.15–0.25: 64–111% a year
    (NAIKAN.format(rate="55.9"), "error"),
    (STORAGE.format(rate="18.1"), "warning"),  # a forecast (预计): a warning
])
def test_a_wrong_compound_rate_fails(article, text, severity) -> None:
    _, doc = article(text)
    assert alarms(doc) == [("FC101", severity)]


# --- 5. a 分别 series over years is one measure over time ---------------------------------------

# calb-battery-ipo-2022 lines 17 and 22
RESEARCH = ("2021年7月，宁德时代向法院起诉中创新航专利侵权，要求中创新航停止制造和销售上述侵权产品，"
            "并向其索赔1.88亿元。\n"
            "从研发投入来看，招股书显示，2019年~2021年，中创新航的研发费用分别为1.36亿、2.02亿及2.85亿元，"
            "占营收比重分别为7.84%、7.15%和4.18%，占比逐年下降。与龙头相比，2019年~2021年前三季度，"
            "宁德时代研发费用分别为29.92亿、35.69亿和45.95亿元，占营收比重为6.53%、7.09%和6.26%。\n")


def test_a_yearly_series_is_no_part_of_a_section_total(article) -> None:
    _, doc = article(RESEARCH)
    assert alarms(doc) == [] and checks(doc, "breakdown") == []


def test_a_section_still_splits_its_total(article) -> None:
    """The section rule itself: 从…看 after the paragraph of the total, its parts at most it."""
    text = ("全市固定资产投资完成247.4亿元。\n"
            "从中直和地方看，中直投资完成{a}亿元；地方投资完成87.9亿元。\n")
    _, doc = article(text.format(a="159.5"))
    assert alarms(doc) == []
    _, doc = article(text.format(a="169.5"))
    assert ("FC301", "warning") in alarms(doc) or ("FC301", "error") in alarms(doc)


# --- 6. 前N大客户 is a ranked group, no count of members ----------------------------------------

# calb-battery-ipo-2022 line 15
CUSTOMERS = ("招股书显示，2019年~2021年，中创新航来自前五大客户的收入分别约为13.98亿元、23.52亿元"
             "及56.47亿元，分别占同期总收入的80.7%、83.2%及82.9%。\n")


def test_the_top_n_customers_are_one_subject(article) -> None:
    _, doc = article(CUSTOMERS)
    assert alarms(doc) == [] and checks(doc, "enumeration") == []


@pytest.mark.parametrize("count", ["两", "三"])
def test_a_count_still_shares_out_its_figures(article, count) -> None:
    """西安、兰州两个铁路局集团公司…分别达24.5％和22.2％: as many figures as the count says."""
    code, doc = article(f"西安、兰州{count}个铁路局集团公司增幅较大，分别达24.5%和22.2%。\n")
    assert (code, [v for v, _ in checks(doc, "enumeration")]) == (
        (0, ["holds"]) if count == "两" else (1, ["fails"]))


# --- 7. growth of 农林牧渔业总产值 is at comparable prices --------------------------------------

# district-communique-2021-nec-driver line 5
FARM = ("全区农林牧渔业总产值308154万元，同比增长{rate}%。其中：农业产值203379万元，同比增长7.1%；"
        "林业产值27960万元，同比增长9.3%；牧业产值60817万元，同比增长11.8%；渔业产值5417万元，同比增长7.7%；"
        "农林牧渔服务业产值10580万元，同比增长6.4%。\n")
# a provincial H1 release (cctvgf.com.cn/article/1175690): levels add up, the current-price
# weights give 4.43%, the comparable-price rate is 4.5%
PROVINCE = ("上半年，全省农林牧渔业实现总产值2267.08亿元，同比增长4.5%。其中，农业（种植业）产值1238.30亿元，"
            "增长4.0%；林业产值221.49亿元，增长5.1%；畜牧业产值730.11亿元，增长4.9%；渔业产值35.57亿元，"
            "增长4.5%；农林牧渔专业及辅助性活动产值41.61亿元，增长5.3%。\n")


@pytest.mark.parametrize("text", [FARM.format(rate="8.3"), PROVINCE])
def test_gross_output_growth_is_not_weighted_by_current_prices(article, text) -> None:
    _, doc = article(text)
    assert alarms(doc) == [] and "holds" in [v for v, _ in checks(doc, "composition")]


def test_gross_output_growth_still_lies_between_its_parts(article) -> None:
    _, doc = article(FARM.format(rate="12.3"))  # above every part's rate
    assert ("FC112", "error") in alarms(doc) or ("FC111", "error") in alarms(doc)


# --- 8, 9. 每公顷 before the number: a yield --------------------------------------------------

# summer-grain-2011 lines 1–4 (its lines 1 and 3 as one paragraph: the 在夏粮中 frame reaches the
# paragraph before it only)
SUMMER = ("2011年全国夏粮总产量为12627万吨，比上年增加312万吨，增产2.5%。全国夏粮因单产提高增产粮食262万吨。"
          "全国夏粮单产每公顷4582公斤，比上年增加94公斤，提高2.1%。其中冬小麦单产每公顷4902公斤，"
          "比上年增加77公斤，提高1.6%。\n"
          "2011年，全国冬小麦产量继续增加。在夏粮中，冬小麦产量为{wheat}万吨，比上年增产近212万吨。\n")
# 国家统计局 2016 cotton output announcement (quoted in a test bank): 单产每公顷增加63.3公斤
COTTON = "其中，黄河流域棉花播种面积减少147.8千公顷，下降约14.3%；单产每公顷增加63.3公斤，提高约6.0%。\n"


def test_a_yield_per_hectare_is_no_mass(article) -> None:
    _, doc = article(SUMMER.format(wheat="11079"))
    assert alarms(doc) == []
    assert ("holds", ["11079万吨", "12627万吨"]) in checks(doc, "breakdown")


def test_a_change_per_hectare_is_read_as_one(run_cli, tmp_path) -> None:
    (tmp_path / "news.txt").write_text(COTTON, encoding="utf-8")
    _, out, _ = run_cli(["extract", "news.txt"], cwd=tmp_path)
    assert "63.3公斤/公顷" in out


def test_a_part_above_the_frames_whole_still_fails(article) -> None:
    code, doc = article(SUMMER.format(wheat="13079"))  # more winter wheat than all summer grain
    assert code == 1 and ("FC301", "error") in alarms(doc)


# --- found when merging: a whole named with its total word ---------------------------------------
# county-communique-2021-bx2200-services line 7 (http://bx2200.com/tjgongbao/xibei/2022-05-04/285_3.html)
RETAIL = ("全年社会消费品零售总额38.03亿元，比上年增长10.8 %。其中限额以上企业（单位）35户，"
          "消费品零售额4.83亿元，下降5.4 %。按经营地统计，城镇消费品零售额32.25亿元，占零售总额的{town} %，"
          "乡村消费品零售额5.78亿元，占零售总额的15.2 %。\n")


def test_a_whole_named_with_its_total_word_is_the_total_not_a_sibling(article) -> None:
    """占零售总额的84.8%: of 社会消费品零售总额, never of 乡村消费品零售额 (which 零售 alone names)."""
    _, doc = article(RETAIL.format(town="84.8"))
    shares = checks(doc, "share")
    assert alarms(doc) == [] and len(shares) == 2
    assert all(v == "holds" and parts[1] == "38.03亿元" for v, parts in shares)
    _, doc = article(RETAIL.format(town="87.8"))
    assert ("FC201", "warning") in alarms(doc)
