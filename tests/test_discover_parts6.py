"""Breakdowns of session 7 (discover/breakdown.py), through `factcheck check ARTICLE`: real
sentences, the same sentence with one figure changed (the error names that figure's place), and
near misses that must not pair.
"""

from __future__ import annotations

from helpers import check_dicts
from helpers import error_findings as errors
from helpers import names_place as names
from helpers import written_set as figures


def checks(doc: dict, kind: str = "breakdown") -> list[dict]:
    return check_dicts(doc, kind)


def column(text: str, marker: str) -> int:
    """The column (1-based) where a {marker} stands in a template line."""
    return text.index("{" + marker + "}") + 1


# --- the words that say what a total is made of: 资金来源为, 具体为 --------------------------------
# 深圳市2022年政府投资项目计划 (新浪财经, 深圳如何实现GDP增长6%：稳住制造业基本盘; the dev article
# news-shenzhen-gov-report-2022)
SOURCES = ("根据计划，2022年，深圳安排市政府投资项目522个，年度计划投资规模为{total}亿元、增长10.0%；"
           "资金来源为公共预算{budget}亿元，国土基金20亿元。\n")
# 镇沅县2015年中央预算内投资计划, http://m.mg7199.com/news/show-4826.html
ZHENYUAN = ("镇沅县发改局认真选择前期工作扎实的16个项目纳入2015年中央预算内投资计划上报，项目总投资"
            "13.72亿元。{total}个项目具体为农村公路改造项目{road}个；节能十大重点工程1个；提高自主创新能力"
            "及高技术产业发展项目7个；农产业批发市场建设2个；加快服务业发展引导资金2个。\n")


def test_the_sources_of_a_sum_make_it_up(article) -> None:
    """Form: total；资金来源为A a，B b — the sources are all the money: a + b = total."""
    code, doc = article(SOURCES.format(total="550", budget="530"))
    assert {frozenset(figures(c)) for c in checks(doc)} >= {frozenset({"550亿元", "530亿元", "20亿元"})}
    assert code == 0 and errors(doc) == []


def test_a_changed_total_of_its_sources_is_an_error(article) -> None:
    code, doc = article(SOURCES.format(total="580", budget="530"))
    at = column(SOURCES.format(total="{total}", budget="530"), "total")
    assert code == 1 and any(names(e, 1, at) for e in errors(doc))
    code, doc = article(SOURCES.format(total="550", budget="560"))
    at = column(SOURCES.format(total="550", budget="{budget}"), "budget")
    assert code == 1 and any(names(e, 1, at) for e in errors(doc))


def test_a_count_spelled_out_kind_by_kind(article) -> None:
    """Form: N个项目具体为A a个；B b个… — every kind is listed: their counts add up to N."""
    code, doc = article(ZHENYUAN.format(total="16", road="4"))
    assert frozenset({"16个", "4个", "1个", "7个", "2个"}) in {frozenset(figures(c)) for c in checks(doc)}
    assert code == 0 and errors(doc) == []
    code, doc = article(ZHENYUAN.format(total="16", road="7"))
    at = column(ZHENYUAN.format(total="16", road="{road}"), "road")
    assert code == 1 and any(names(e, 1, at) for e in errors(doc))


def test_a_source_without_an_amount_is_no_breakdown(article) -> None:
    """Near miss: 资金来源为自有资金 names the source, no parts to add up."""
    code, doc = article("公司拟投资建设高可靠连接器产线，预计总投资3.2亿元，资金来源为自有资金。\n")
    assert checks(doc) == [] and code == 0


# --- the GDP and its three industries, past a clause that compares its rate with another place's --
# 深圳上半年GDP增长3%，领跑一线城市 (界面新闻; the dev article stat-shenzhen-2022h1)
SHENZHEN = ("根据广东省地区生产总值统一核算结果，深圳上半年GDP为{gdp}万亿元，同比增长3%，增速高于深圳今年第一"
            "季度的2%，也高于广东省同期的2%，全国的2.5%，在四大一线城市中排名第一。\n\n"
            "其中，第一产业增加值为12.49亿元，同比下降2.4%；第二产业增加值为5366.97亿元，同比增长4.3%；"
            "第三产业增加值为9637.45亿元，同比增长2.3%。\n")
# 一季度全省经济运行, http://jqleddsc.cn/shengnei/202204/184423.html
QUARTER = ("根据地区生产总值统一核算结果，一季度全省完成生产总值{gdp}亿元，比上年同期增长5.1%，高于全国"
           "一季度增速0.3个百分点。其中，第一产业增加值27.1亿元，同比增长4.1%；第二产业增加值363.0亿元，"
           "增长9.8%；第三产业增加值443.3亿元，增长1.9%。\n")


def test_a_place_the_rate_is_compared_with_names_no_other_total(article) -> None:
    """高于广东省同期的2%, 全国的2.5%: places of a comparison, not of another GDP — the 其中 after
    them splits the GDP before them."""
    for text, gdp in ((SHENZHEN, "1.5"), (QUARTER, "833.3")):
        code, doc = article(text.format(gdp=gdp))
        assert any(len(c["claims"]) == 4 for c in checks(doc))
        assert code == 0 and errors(doc) == []


def test_a_gdp_its_industries_do_not_make_up_is_an_error(article) -> None:
    for text, wrong in ((SHENZHEN, "1.8"), (QUARTER, "863.3")):
        code, doc = article(text.format(gdp=wrong))
        assert code == 1
        at = column(text, "gdp")
        assert any(names(e, 1, at) for e in errors(doc))


def test_a_place_named_outside_a_comparison_still_parts_the_totals(article) -> None:
    """Near miss: a sentence about another place between the GDP and the 其中 (广州市…如下) leaves
    the industries untied to the GDP before it."""
    _, doc = article("深圳上半年GDP为1.8万亿元，同比增长3%。广州市上半年经济运行情况如下。\n\n"
                     "其中，第一产业增加值为12.49亿元；第二产业增加值为5366.97亿元；"
                     "第三产业增加值为9637.45亿元。\n")
    assert not any("1.8万亿元" in figures(c) and c["how"] == "stated" for c in checks(doc))
    assert errors(doc) == []


# --- a 其中 whose groups each restate the levels of the total's sentence ------------------------
# 第四季度项目集中开工, http://heb.ddbgt.com/metal/htmlhq/2022-10-10/851095.asp
OPENING = ("10月8日，市举行2022年第四季度项目集中开工活动。此次共有98个项目集中开工，总投资{total}亿元，"
           "年预计投资25.88亿元。其中，产业项目有77项，总投资101.23亿元；基础设施项目16项，总投资16.6亿元；"
           "民生项目5项，总投资2.31亿元。\n")
# 市县两级重点项目集中开工, http://shandongqingdian.com/news/ind_news/33108.html
HANZHONG = ("据悉，本次集中开工的项目包括南郑区装备智造产业园、城固县秦药道地中药材加工基地建设项目等75个"
            "市县两级重点项目，总投资193.86亿元，年度投资86.5亿元。其中产业类项目44个，总投资131亿元，"
            "年度计划投资54.3亿元（包括制造业项目11个，总投资36亿元，年度计划投资17.8亿元）；基础设施类"
            "项目13个，总投资12.6亿元，年度计划投资5.92亿元；公共服务类项目15个，总投资49.41亿元，年度"
            "计划投资25.42亿元；生态环保治理类项目3个，计划今年建成，完成投资0.85亿元。\n")
# 四季度重点项目集中开工, http://akxw.cn/news/ankang/aknews/405665.html
ANKANG = ("本次集中开工项目90个、总投资82.3亿元、年度投资20.4亿元，其中产业项目53个、总投资43.3亿元、年度"
          "投资11.2亿元。集中投产投用项目118个，总投资107亿元，其中产业项目86个，总投资66.31亿元、全部"
          "达产达效后，年可实现产值（营业收入）127亿元、税收2亿元、带动就业近1.3万人。\n")


def test_the_parts_named_as_the_total_is_named(article) -> None:
    """其中，A…，总投资a；B…，总投资b: the 总投资 of the groups are the parts of the 总投资, not of
    the 年预计投资 the sentence states last; projects are counted by 个 or by 项 alike."""
    code, doc = article(OPENING.format(total="120.14"))
    found = {frozenset(figures(c)) for c in checks(doc)}
    assert frozenset({"101.23亿元", "16.6亿元", "2.31亿元", "120.14亿元"}) in found
    assert frozenset({"77项", "16项", "5项", "98个"}) in found
    assert code == 0 and errors(doc) == []


def test_parts_over_the_total_named_as_they_are_is_an_error(article) -> None:
    code, doc = article(OPENING.format(total="110.14"))
    assert code == 1
    assert any(names(e, 1, column(OPENING, "total")) for e in errors(doc))


def test_levels_of_another_measure_are_no_parts(article) -> None:
    """Near misses (each an error before): a group's 总投资 is no part of the 年度投资; 产值 and 税收
    after a 总投资 are no parts of it."""
    for text in (HANZHONG, ANKANG):
        code, doc = article(text)
        assert errors(doc) == [] and code == 0
    _, doc = article(ANKANG)
    found = {frozenset(figures(c)) for c in checks(doc)}
    assert frozenset({"11.2亿元", "20.4亿元"}) in found
    assert not any("127亿元" in f for f in found)


# --- the two halves of a whole after 其中: 城镇 and 乡村, 男性 and 女性, X and 非X ------------------
# 2016年全省人口, http://hhinternational.cn/KaoYanZiXun/91223.html
HOUSEHOLD = ("年末全省户籍人口{total}万人，其中城镇户籍人口238.01万人，占总户籍人口的41.06%；乡村户籍人口"
             "341.65万人，占58.94%。\n")
# 年末全区公安户籍总人口, http://45.113.194.42/p/8353622717?pid=147341852255
DISTRICT = "年末全区公安户籍总人口50.81万人，其中男性{men}万人，女性24.65万人。\n"


def test_the_two_halves_of_a_whole_make_it_up(article) -> None:
    """城镇 + 乡村, 男性 + 女性: the 其中 lists the whole, so the halves add up to it."""
    for text in (HOUSEHOLD.format(total="579.66"), DISTRICT.format(men="26.16")):
        code, doc = article(text)
        assert any(len(c["claims"]) == 3 for c in checks(doc))
        assert code == 0 and errors(doc) == []


def test_halves_that_miss_their_whole_are_an_error(article) -> None:
    code, doc = article(HOUSEHOLD.format(total="579.96"))
    assert code == 1 and any(names(e, 1, column(HOUSEHOLD, "total")) for e in errors(doc))
    code, doc = article(DISTRICT.format(men="26.46"))
    assert code == 1 and any(names(e, 1, column(DISTRICT, "men")) for e in errors(doc))


def test_halves_of_different_things_are_only_parts(article) -> None:
    """Near miss: 城镇新增就业 and 农村劳动力转移就业 are not the two halves of one whole (the words
    after 城镇 and 农村 differ): each is a part, their sum may fall short."""
    code, doc = article("全年新增就业3.5万人，其中城镇新增就业1.2万人，农村劳动力转移就业1.5万人。\n")
    assert code == 0 and errors(doc) == []


# --- a count spread over places in brackets ------------------------------------------------------
# 国家卫健委 3月22日通报, https://mip.gucheng.com/finance/202103/4024814.shtml
IMPORTED = ("3月22日0—24时，31个省（自治区、直辖市）和新疆生产建设兵团报告新增确诊病例{total}例，均为境外"
            "输入病例（广东4例，陕西2例，上海1例，四川1例，云南1例）；无新增死亡病例；无新增疑似病例。\n")
# 国家卫健委 6日通报, https://exmoo.com/article/155096.html
NHC = ("国家卫健委最新通报，昨日（6日）31个省（自治区、直辖市）和新疆生产建设兵团报告新增确诊病例37例，"
       "其中境外输入病例10例（上海{shanghai}例，辽宁1例，江苏1例，四川1例），本土病例27例（新疆26例，北京1例）；"
       "无新增死亡病例；新增疑似病例2例，均为境外输入病例（均在上海）。\n")


def test_a_count_spread_over_places_adds_up(article) -> None:
    """Form: N例（A a例，B b例，…）: the places share out the whole count."""
    for text in (IMPORTED.format(total="9"), NHC.format(shanghai="7")):
        code, doc = article(text)
        assert any(c["check"].endswith("_places") for c in checks(doc))
        assert code == 0 and errors(doc) == []


def test_a_place_that_breaks_the_count_is_named(article) -> None:
    code, doc = article(IMPORTED.format(total="6"))
    assert code == 1 and any(names(e, 1, column(IMPORTED, "total")) for e in errors(doc))
    code, doc = article(NHC.format(shanghai="4"))
    assert code == 1 and any(names(e, 1, column(NHC, "shanghai")) for e in errors(doc))


def test_imported_and_local_cases_make_up_the_new_ones(article) -> None:
    """境外输入病例 and 本土病例: the two halves of the new cases (10 + 27 = 37)."""
    code, doc = article(NHC.format(shanghai="7").replace("37例", "39例", 1))
    assert code == 1 and errors(doc)


def test_kinds_of_cases_in_brackets_are_no_places(article) -> None:
    """Near miss: 现有确诊病例843例（重症病例36例，危重病例5例） — severities, which overlap, not
    places that share out the count; and (其中…) names a part only."""
    for text in ("现有确诊病例843例（重症病例36例，危重病例5例）。\n",
                 "现有确诊病例843例（其中重症病例36例），累计治愈出院病例79088例。\n"):
        code, doc = article(text)
        assert code == 0 and errors(doc) == []
        assert not any(c["check"].endswith("_places") for c in checks(doc))
