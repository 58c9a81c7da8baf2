"""A total's growth against its parts' (discover/composition.py) when the parts follow the total in
the next sentences or lines, one part per clause, sentence or line, and their levels add up to the
total's; the two parts of retail sales by consumption type (商品零售, 餐饮收入); the whole a set of
parts is named as (地区生产总值 for the three industries, 规模以上工业增加值 for light and heavy
industry) in a paragraph before theirs, through `factcheck check ARTICLE --show-checks`.
"""

from __future__ import annotations

import pytest


def kind(doc: dict, name: str) -> list[dict]:
    return [c for c in doc["checks"] if c["kind"] == name]


def written(record: dict) -> set[str]:
    return {c["written"] for c in record["claims"]}


def named(doc: dict, line: int, figure: str, severity: str) -> bool:
    """Whether a finding of that severity names the figure at that line."""
    return any(f["severity"] == severity and any(
        (c.get("article") or {}).get("line") == line and c["written"] == figure for c in f["claims"])
        for f in doc["findings"])


# --- the parts one per line or sentence after the total, whose levels add up to it -------------
# 雅安日报 2024-10-26, https://epaper.beiww.com/yarb/pc/navigation_005001001/2024/10/26/001/1849858585809321984.html
YAAN = ("实现地区生产总值744.94亿元，同比增长{total}%\n"
        "农业生产形势较好，第一产业增加值145.88亿元，增长3.8%。初步统计，前三季度蔬菜产量增长4.5%，茶叶产量增长6.3%。\n"
        "工业运行平稳向好，第二产业增加值222.80亿元，增长6.2%。全市规模以上工业增加值同比增长4.9%。\n"
        "服务业持续恢复，第三产业增加值376.26亿元，增长7.3%。其中，批发和零售业增长10.8%，金融业增长4.8%。\n")
# news-daqing (dev stat-daqing-2016h1, lines 55–59): 其中 the first part, 2、 the second, ① ② the
# items of the first part between them
DAQING = ("全市完成地方财政收入61.4亿元，同比下降11.2%，降幅比同期收窄23.9个百分点。其中，"
          "公共财政预算收入完成58.2亿元，同比下降2.9%。\n\n"
          "1、公共财政预算收入完成58.2亿元，同比下降2.9%。①税收收入完成46.8亿元，下降6%。②非税收入完成11.4亿元，"
          "同比增长11.8%。\n\n"
          "2、政府性基金收入完成{fund}亿元，同比下降65.7%。\n")
# smoke7 province-tourism-jan-sep-2016-xiemei, http://www.xiemei.cc/article/show/391
TOURISM = ("2016年1-9月全省旅游接待情况：\n"
           "1、接待海外入境游客860.03万人次，比去年同期增长5.15%；\n"
           "旅游外汇收入合计22.33亿美元，比去年同期增长2.43%；\n"
           "2、接待海外旅游者（过夜）422.00万人次，比去年同期增长1.85%；\n"
           "旅游外汇收入19.23亿美元，比去年同期增长1.51%；\n"
           "3、接待口岸入境一日游游客438.03万人次，比去年同期增长9.63%；\n"
           "口岸入境一日游外汇收入3.10亿美元，比去年同期增长{day}%；\n")


@pytest.mark.parametrize(("total", "holds"), [("6.3", True), ("8.3", False)])
def test_the_three_industries_one_per_line(article, total, holds) -> None:
    # 145.88 + 222.80 + 376.26 = 744.94; real growth: between 3.8% and 7.3%
    code, doc = article(YAAN.format(total=total))
    [r, weighed] = sorted((r for r in kind(doc, "composition") if f"{total}%" in written(r)),
                         key=lambda r: len(r["claims"]))
    assert r["how"] == "linked" and written(r) >= {"3.8%", "6.2%", "7.3%"}
    assert (r["verdict"] == "holds") == holds
    # the levels too, real growth weighted by them within 1 point (6.27%): gp12
    assert "744.94亿元" in written(weighed) and (weighed["verdict"] == "holds") == holds
    assert named(doc, 1, f"{total}%", "warning") != holds
    levels = [r for r in kind(doc, "breakdown") if "744.94亿元" in written(r)]
    assert levels and all(r["verdict"] == "holds" for r in levels)
    assert code == 0


@pytest.mark.parametrize(("fund", "adds_up"), [("3.1", True), ("3.6", False)])
def test_a_part_after_its_sibling_s_own_items(article, fund, adds_up) -> None:
    # 58.2 + 3.1 = 61.3 against 61.4 (within rounding); 58.2 / 0.971 + 3.1 / 0.343 = 68.98,
    # 61.4 / 68.98 − 1 = −11.0%; with 3.6 the levels add up to no total: no relation
    code, doc = article(DAQING.format(fund=fund))
    found = [r for r in kind(doc, "composition") if "下降11.2%" in written(r)]
    if adds_up:
        assert found and all(r["how"] == "linked" and r["verdict"] == "holds" for r in found)
        assert {"58.2亿元", "3.1亿元", "61.4亿元"} <= set().union(*map(written, found))
        assert not any("46.8亿元" in written(r) for r in found)  # ① is the first part's item
    else:
        assert found == []
    assert code == 0


@pytest.mark.parametrize(("day", "holds"), [("8.54", True), ("18.54", False)])
def test_numbered_lines_each_with_a_part(article, day, holds) -> None:
    # 19.23 + 3.10 = 22.33; 22.33 / (19.23 / 1.0151 + 3.10 / 1.0854) − 1 = 2.43%
    code, doc = article(TOURISM.format(day=day))
    records = [r for r in kind(doc, "composition") if "22.33亿美元" in written(r)]
    assert records and all(r["how"] == "linked" for r in records)
    assert all(r["verdict"] == "holds" for r in records) == holds
    assert named(doc, 7, f"{day}%", "warning") != holds
    assert code == 0


# --- stated: the parts in one sentence right after the total's, opened by 其中 or a section ------
# smoke5 electricity-apr-2018 (国家能源局), http://chinapower.com.cn/bigdatamonth/20180515/110980.html
POWER = ("4月份，全社会用电量5217亿千瓦时，同比增长7.8%。分产业看，第一产业用电量55亿千瓦时，同比增长10.8%；"
         "第二产业用电量3698亿千瓦时，同比增长7.2%；第三产业用电量777亿千瓦时，同比增长10.8%；城乡居民生活用电量"
         "688亿千瓦时，同比增长{homes}%。\n")
# smoke6 city-economy-mar-2020-zzdanganguan, http://www.zzdanganguan.com/shtml/682/2037/detail_1.shtml
FARMING = ("一、农业生产基本平稳。农林牧渔业总产值165.05亿元，增长3.0%。"
           "其中，农业产值42.86亿元，增长3.3%；林业产值2.54亿元，负增长16.8%；牧业产值41.40亿元，增长3.2%；渔业产值{fish}亿元，增长3.5%；农林牧渔服务业8.82亿元，"
           "增长4.0%。\n")
# smoke3 county-communique-2022-hongheiku, https://tjgb.hongheiku.com/xjtjgb/xj2020/41104.html
COUNTY = ("全年全县实现农林牧渔业总产值169.7亿元，比上年增长4.4%，其中，"
          "农业产值91.9亿元，增长4.7%，林业产值6.5亿元，增长7.2%，牧业产值65.0亿元，增长3.8%，渔业产值2.6亿元，增长6.1%，农林牧渔专业及辅助性活动产值3.8亿元，"
          "增长{aux}%。\n")


def column(text: str, figure: str) -> int:
    return text.index(figure) + 1


@pytest.mark.parametrize(("homes", "holds"), [("7.8", True), ("9.8", False)])
def test_the_parts_of_power_use_in_the_sentence_after(article, homes, holds) -> None:
    # 5217 / (55 / 1.108 + 3698 / 1.072 + 777 / 1.108 + 688 / 1.078) − 1 = 7.80%
    text = POWER.format(homes=homes)
    code, doc = article(text)
    records = [r for r in kind(doc, "composition") if "5217亿千瓦时" in written(r)]
    assert records and all(r["how"] == "stated" for r in records)
    assert all(r["verdict"] == "holds" for r in records) == holds
    if not holds:
        [f] = [f for f in doc["findings"] if f["code"] == "FC112"]
        assert f["severity"] == "error"
        assert any((c["article"]["line"], c["article"]["column"]) == (1, column(text, f"同比增长{homes}%。"))
                   for c in f["claims"])
    assert code == (0 if holds else 1)


@pytest.mark.parametrize(("text", "value", "total", "holds"), [
    (FARMING, "69.42", "165.05亿元", True), (FARMING, "79.42", "165.05亿元", False),
    (COUNTY, "4.0", "169.7亿元", True)])
def test_farming_output_and_its_five_parts(article, text, value, total, holds) -> None:
    # 42.86 + 2.54 + 41.40 + 69.42 + 8.82 = 165.04; 91.9 + 6.5 + 65.0 + 2.6 + 3.8 = 169.8
    code, doc = article(text.format(fish=value, aux=value))
    if holds:
        [r] = [r for r in kind(doc, "composition") if len(r["claims"]) == 6]
        assert r["how"] == "stated" and r["verdict"] == "holds"
        assert code == 0
        return
    # a part's level changed: its levels no longer make up the total; the parts are no group
    assert not [r for r in kind(doc, "composition") if total in written(r)]


# --- the parts of retail sales by consumption type ---------------------------------------------
RETAIL = {
    # 雅安日报 (above)
    "yaan": "全市实现社会消费品零售总额253.08亿元，同比增长{total}%。按消费类型分，"
            "餐饮收入39.42亿元，增长6.3%；商品零售213.66亿元，增长5.4%。\n",
    # smoke8 city-economy-jan-jul-2020-honglinkj, http://honglinkj.com/tjxx/content_1736281.html
    "honglinkj": "三、社会消费品零售总额下降{total}%。全市实现社会消费品零售总额825.81亿元。"
                 "按消费形态分，商品零售下降4%，餐饮收入下降17.5%。\n",
    # 昆明 前三季度, http://www.kmxxf.com/gxj/info/1682/55652.htm (in simplified characters)
    "kmxxf": "前三季度，全市实现社会消费品零售总额251.12亿元，同比增长{total}%。"
             "按消费类型分，商品零售210.05亿元，增长6.1%；实现餐饮收入41.07亿元，增长15.8%。\n",
}


@pytest.mark.parametrize(("name", "total"), [("yaan", "5.5"), ("honglinkj", "5.9"), ("kmxxf", "7.3")])
def test_goods_and_catering_make_up_retail_sales(article, name, total) -> None:
    code, doc = article(RETAIL[name].format(total=total))
    [between] = [r for r in kind(doc, "composition") if len(r["claims"]) == 3
                 and any(w.endswith(f"{total}%") for w in written(r))]
    assert between["verdict"] == "holds"
    assert code == 0


def test_goods_and_catering_weighed_by_their_levels(article) -> None:
    # kmxxf: 251.12 / (210.05 / 1.061 + 41.07 / 1.158) − 1 = 7.57%, printed 7.3%: the levels of the
    # year before were revised, or the text is wrong — linked, a warning on the total's rate
    code, doc = article(RETAIL["kmxxf"].format(total="7.3"))
    [weighed] = [r for r in kind(doc, "composition") if "251.12亿元" in written(r)]
    assert (weighed["how"], weighed["verdict"]) == ("linked", "warning")
    assert code == 0


# --- the whole a set of parts is named as, paragraphs before them ---------------------------------
# lines of 雅安日报 (above) and of 昆明 (kmxxf, above), the industries' rates as 统计公报 write them
FAR = ("前三季度，全市实现地区生产总值744.94亿元，同比增长{gdp}%。\n\n"
       "前三季度，全市规模以上工业增加值同比增长5.6%。分三大门类看，采矿业下降1.2%，制造业增长5.6%，电力、热力、燃气及水"
       "生产和供应业增长9%。\n\n"
       "全市实现社会消费品零售总额251.12亿元，同比增长7.3%。\n\n"
       "分产业看，第一产业增加值增长3.8%，第二产业增加值增长6.2%，第三产业增加值增长7.3%。\n")


@pytest.mark.parametrize(("gdp", "holds"), [("6.3", True), ("8.3", False)])
def test_the_industries_make_up_the_economy_not_industry(article, gdp, holds) -> None:
    code, doc = article(FAR.format(gdp=gdp))
    [r] = [r for r in kind(doc, "composition") if written(r) >= {"3.8%", "6.2%", "7.3%"}]
    assert f"{gdp}%" in written(r) and "5.6%" not in written(r)
    assert r["how"] == "linked" and (r["verdict"] == "holds") == holds
    assert code == 0


# --- near misses ------------------------------------------------------------------------------------
# smoke8 shanghai-customs-jan-jul-2017-cri, https://big5.cri.cn/gate/big5/sh.cri.cn/20170823/4bddb9d1-7a65-bf9d-50d0-de4171fa1182.html
CUSTOMS = ("上海海关昨天披露，今年前七个月，上海海关关区实现进出口3.4万亿元，比去年同期增长17.3%。"
           "其中，出口2万亿元，增长12.8%；进口1.4万亿元，增长24.2%。\n"
           "前七个月，上海海关关区对最大贸易伙伴欧盟进出口7013.5亿元，增长17.7%，占同期关区进出口总值的20.9%；对美国进出口"
           "6014.9亿元，增长17%，占17.9%；对东盟进出口4141.4亿元，增长22.5%，占12.3%；对日本进出口3366亿元，增长9%，占10%。\n"
           "出口方面，前七个月，上海海关关区出口机电产品1.1万亿元，增长14.5%，占同期关区出口总值的57.1%。\n")


def test_a_total_rounded_to_one_digit_has_no_parts_by_their_sum(article) -> None:
    # any levels from 1.5 to 2.5万亿元 make up 2万亿元: the partners' trade is no part of the exports
    code, doc = article(CUSTOMS)
    assert not [r for r in doc["checks"] if "2万亿元" in written(r) and "6014.9亿元" in written(r)]
    assert [f for f in doc["findings"] if f["severity"] in ("error", "warning")] == []
    assert code == 0


# smoke7 chengdu-economy-jan-nov-2021, http://m.blue-maple.cn/cdxw/2021-12-26/160422.html
CHENGDU = ("前11月，全市地区生产总值同比增长8.6%。\n\n"
           "前11月，工业经济总体平稳。全市规模以上工业增加值同比增长11.6%，两年平均增长7.9%。按轻重工业分，轻工业增长"
           "8.0%；重工业增长12.9%。\n")


def test_no_whole_after_a_two_year_average(article) -> None:
    # 两年平均增长7.9%。按轻重工业分…: the parts' rates may be two-year averages too
    _, doc = article(CHENGDU)
    assert not [r for r in kind(doc, "composition") if "8.0%" in written(r)]


def test_levels_that_pass_the_total_are_no_parts(article) -> None:
    # 第二产业 with 其中 工业 written as a level of its own: 145.88 + 222.80 + 190 > 744.94 before 第三产业
    text = YAAN.format(total="6.3").replace("全市规模以上工业增加值同比增长4.9%",
                                            "全市工业增加值190.00亿元，增长4.9%")
    _, doc = article(text)
    assert not [r for r in kind(doc, "composition") if "6.3%" in written(r)]
