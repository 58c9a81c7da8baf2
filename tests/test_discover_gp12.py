"""A total's growth against its parts' for a measure of any name (discover/composition.py): the
parts' levels a 其中 lists, or the parts after the total written as finely, that add up to the
total's level, each with a rate against the same period a year before — 旅客发送量, 货物吞吐量,
市场主体, 发电装机容量 — tested as an approximate composition; and real growth against the
industries' levels within 1 point (checks/composition.py), through `factcheck check ARTICLE
--show-checks`.
"""

from __future__ import annotations

import pytest


def kind(doc: dict, name: str) -> list[dict]:
    return [c for c in doc["checks"] if c["kind"] == name]


def written(record: dict) -> set[str]:
    return {c["written"] for c in record["claims"]}


def alarms(doc: dict, severity: str) -> list[tuple[str, int, int, str]]:
    """(code, line, column, figure) of every finding of that severity, for each figure it names."""
    return [(f["code"], c["article"]["line"], c["article"]["column"], c["written"])
            for f in doc["findings"] if f["severity"] == severity for c in f["claims"] if c.get("article")]


def column(text: str, words: str) -> int:
    """The column of a figure, found by the words that end with it (unique in the text)."""
    at = text.index(words)
    return at + 1


# --- transport: the modes of travel, and ports by coast and river ----------------------------------
# 春运第二十天 (交通运输部 via 中国经济网), http://www.hailejixie.com/xwzx/gnsz/gdxw/201802/21/t20180221_28206484.shtml
SPRING = ("2月20日（春运第二十天）全国铁路、道路、水路、民航共发送旅客8201.9万人次，比去年同期增长{total}%。"
          "其中铁路发送旅客1069万人次，增长9.2%；道路发送旅客6786万人次，增长{road}%；水路发送旅客168.19万人次，"
          "下降1.34%；民航发送旅客178.69万人次，增长16.28%。\n")
# 交通运输部 2013年3月港口生产, http://nakedoat.com/govweb/gzdt/2013-04/16/content_2378909.htm
PORTS_2013 = ("一季度，规模以上港口完成货物吞吐量247578万吨，同比增长{total}%，"
              "增速较去年同期加快1.8个百分点。"
              "其中，沿海港口完成174173万吨，同比增长9.4%；内河港口完成73405万吨，同比增长9.7%。\n")
# 交通运输部 2010年1—9月港口生产, http://nakedoat.com/govweb/gzdt/2010-10/27/content_1731197.htm
PORTS_2010 = ("1—9月份，全国规模以上港口完成旅客吞吐量6829万人次，同比下降12.9%。其中沿海港口完成5219万人次，"
              "同比下降10.9%；内河港口完成1610万人次，同比下降{river}%。\n")
# 交通部 2005年5月港口生产, http://info.jctrans.net/zxzx/xwkb/wzkb/200562094718.shtml
PORTS_2005 = ("5月份，全国主要港口完成国际集装箱吞吐量611.67万TEU，同比增长26%。"
              "其中沿海主要港口完成574.82万TEU，"
              "同比增长26%；内河主要港口完成36.85万TEU，同比增长28%。\n")


@pytest.mark.parametrize("text", [SPRING.format(total="2.87", road="1.67"), PORTS_2013.format(total="9.5"),
                                  PORTS_2010.format(river="18.8"), PORTS_2005])
def test_parts_of_a_travel_or_cargo_total_by_their_levels(article, text) -> None:
    code, doc = article(text)
    records = kind(doc, "composition")
    assert len(records) == 2 and all(r["how"] == "stated" and r["verdict"] == "holds" for r in records)
    levels = [r for r in kind(doc, "breakdown") if r["verdict"] == "holds"]
    assert levels  # and the levels add up
    assert alarms(doc, "error") == alarms(doc, "warning") == []
    assert code == 0


def test_a_total_outside_its_modes_rates_is_an_error_at_its_place(article) -> None:
    # 20.87% lies above 16.28%, the fastest of the four modes: FC111 names it
    text = SPRING.format(total="20.87", road="1.67")
    code, doc = article(text)
    assert ("FC111", 1, column(text, "比去年同期增长20.87%"), "20.87%") in alarms(doc, "error")
    assert code == 1


def test_a_part_s_rate_the_levels_do_not_give_is_a_warning(article) -> None:
    # 道路 增长11.67% (for 1.67%): 2.87% still lies between the modes' rates, but the levels give
    # 8201.9 / (1069 / 1.092 + 6786 / 1.1167 + 168.19 / 0.9866 + 178.69 / 1.1628) − 1 = 11.1%, 8 points
    # off: a warning (the weights of a measure of no known name are approximate), no error
    text = SPRING.format(total="2.87", road="11.67")
    code, doc = article(text)
    assert [a for a in alarms(doc, "warning") if a[0] == "FC113" and a[3] == "11.67%"]
    assert alarms(doc, "error") == []
    assert code == 0


def test_a_port_total_outside_coast_and_river(article) -> None:
    text = PORTS_2013.format(total="10.5")  # above both 9.4% and 9.7%
    _, doc = article(text)
    assert ("FC111", 1, column(text, "同比增长10.5%"), "10.5%") in alarms(doc, "error")


def test_the_changed_rate_of_a_part_of_two(article) -> None:
    # 内河 下降28.8% for 18.8%: −12.9% still lies between −28.8% and −10.9%, but the levels give
    # 6829 / (5219 / 0.891 + 1610 / 0.712) − 1 = −15.9%, 3 points off: a warning, no error
    text = PORTS_2010.format(river="28.8")
    code, doc = article(text)
    assert [a for a in alarms(doc, "warning") if a[0] == "FC113"]
    assert alarms(doc, "error") == [] and code == 0


# --- market entities, power capacity ----------------------------------------------------------------
# 市场监管总局 2020年前三季度, http://5g.rexun.cn/guonei/2020/1112/111251581.html
ENTITIES_2020 = ("前三季度，全国共新设市场主体1845.0万户，同比增长{total}%，"
                 "较1至8月增速提升了2.6个百分点。其中，"
                 "新设企业589.8万户，增长7.7%；新设个体工商户1242.6万户，增长1.3%；新设农民专业合作社12.6万户，"
                 "下降3.6%，降幅收窄。\n")
# 人民日报客户端 2023年前三季度, http://sdenews.com/html/2023/11/358265.shtml
ENTITIES_2023 = ("前三季度，全国新设经营主体2480.8万户，同比增长12.7%。"
                 "其中，新设企业751.8万户，同比增长15.4%；"
                 "新设个体工商户{firms}万户，同比增长11.7%；新设农民专业合作社9.4万户，同比减少5.4%。\n")
# 某省电力运行 2024年7月, https://power.in-en.com/html/power-2434243.shtml
CAPACITY = ("截至7月底，全省发电装机容量7487.71万千瓦，同比增长15.94%。"
            "其中，水电971.82万千瓦，同比增长0.37%，"
            "占总装机比重（下同）为12.98%；火电2324.62万千瓦，同比增长0.58%，占31.05%；风电2217.86万千瓦，同比增长"
            "15.30%，占29.62%；太阳能1804.24万千瓦，同比增长44.41%，占24.10%；储能169.17万千瓦，同比增长2719.42%，"
            "占2.26%。\n")


@pytest.mark.parametrize("text", [ENTITIES_2020.format(total="3.3"), ENTITIES_2023.format(firms="1719.6"),
                                  CAPACITY])
def test_entities_and_capacity_by_kind(article, text) -> None:
    code, doc = article(text)
    records = kind(doc, "composition")
    assert len(records) == 2 and all(r["how"] == "stated" and r["verdict"] == "holds" for r in records)
    assert code == 0 and alarms(doc, "warning") == []


def test_a_total_rate_below_every_kind(article) -> None:
    # 同比下降4.3% lies below 下降3.6%, the slowest kind's rate: FC111 names it at its place
    text = ENTITIES_2020.replace("同比增长{total}%", "同比下降4.3%")
    code, doc = article(text)
    assert [a for a in alarms(doc, "error") if a[0] == "FC111" and a[3].endswith("下降4.3%")
            and (a[1], a[2]) == (1, column(text, "同比下降4.3%"))]
    assert code == 1


def test_a_changed_level_breaks_the_sum(article) -> None:
    # 1819.6 for 1719.6: the levels no longer add up to 2480.8万户; the 其中 list passes its total
    text = ENTITIES_2023.format(firms="1819.6")
    code, doc = article(text)
    assert [a for a in alarms(doc, "error") if a[3] == "1819.6万户"]
    assert kind(doc, "composition") == []  # no whole the levels make up
    assert code == 1


# --- near misses ------------------------------------------------------------------------------------
# 交通运输部 10月运行, http://m.tmacn.cn/logistics/30115660.html: 公路 and 水路 are not all of the freight
FREIGHT = ("10月，完成营业性货运量48.3亿吨，同比增长11.6%。其中，完成公路货运量35.5亿吨，同比增长12.7%；"
           "完成水路货运量8.4亿吨，同比增长11.1%。\n")
# 甘肃日报 2020-07-23, http://www.gzqyzjbc.com/news/gansu/2020072306414380297.htm: the kinds of deposits
# it names (5516 + 3501 + 11961 = 20978) are not all of the 21408亿元
DEPOSITS = ("至6月末，全省金融机构各项存款余额21408亿元，同比增长7.23%。"
            "至6月末，全省金融机构非金融企业存款余额"
            "5516亿元，同比增长5.23%。至6月末，全省金融机构居民存款余额11961亿元，同比增长11.57%。\n")
# 中秋假期第1日 (交通运输部), http://sm.enjoyage.com/meeting/?T4=CFV.html: rates 环比 first
MID_AUTUMN = ("公路人员流动量19645万人次，环比增长9.5%，比2023年同期增长36.5%。"
              "其中，高速公路及普通国省道非营业性"
              "小客车人员出行量16007万人次，环比增长11.1%，比2023年同期增长28.0%；公路营业性客运量3638万人次，环比增长"
              "3.2%，比2023年同期增长93.0%。\n")
# 国庆 (四川), smoke9 tourism-oct1-011088: scenic spots listed one after another, levels rounded coarsely
SPOTS = ("动物园接待游客3.42万人次，同比增长14%；刘氏庄园接待游客2万人次，同比增长33.33%；"
         "古偃接待游客1.61万人次，"
         "同比增长18.38%。\n")


@pytest.mark.parametrize("text", [FREIGHT, DEPOSITS, MID_AUTUMN, SPOTS])
def test_no_whole_of_parts_that_do_not_make_it_up(article, text) -> None:
    code, doc = article(text)
    assert kind(doc, "composition") == []
    assert alarms(doc, "error") == [] and code == 0


# --- real growth against the industries' levels ----------------------------------------------------
# 雅安日报 2024-10-26, https://epaper.beiww.com/yarb/pc/navigation_005001001/2024/10/26/001/1849858585809321984.html
YAAN = ("前三季度，全市实现地区生产总值744.94亿元，同比增长{gdp}%。其中，第一产业增加值145.88亿元，增长3.8%；"
        "第二产业增加值222.80亿元，增长6.2%；第三产业增加值376.26亿元，增长7.3%。\n")


@pytest.mark.parametrize(("gdp", "verdict"), [("6.3", "holds"), ("5.9", "holds"), ("4.9", "warning"),
                                               ("8.3", "fails")])
def test_real_growth_within_a_point_of_the_levels(article, gdp, verdict) -> None:
    # 744.94 / (145.88 / 1.038 + 222.80 / 1.062 + 376.26 / 1.073) − 1 = 6.27%: 5.9% is 0.4 below (no
    # alarm), 4.9% 1.4 below (a warning, though between 3.8% and 7.3%); 8.3% is above every industry
    code, doc = article(YAAN.format(gdp=gdp))
    [weighed] = [r for r in kind(doc, "composition") if "744.94亿元" in written(r)]
    assert weighed["verdict"] == ("warning" if verdict == "fails" else verdict)
    warned = [a for a in alarms(doc, "warning") if a[0] == "FC113"]
    assert bool(warned) == (verdict != "holds")
    range_errors = [a for a in alarms(doc, "error") if a[0] == "FC111"]
    if verdict == "fails":
        assert ("FC111", 1, column(YAAN.format(gdp=gdp), "同比增长8.3%"), "8.3%") in range_errors
    else:
        assert range_errors == []
    assert code == (1 if verdict == "fails" else 0)
