"""Shares, shares that add up to 100% and per-unit figures in the words of real texts, through
`factcheck check ARTICLE` (discover/share.py, proportion.py, average.py): each form with real
sentences (their source given), the same sentence with one figure changed (an error at that
figure when the sentence states the relation, a warning when it is tied across sentences) and a
near miss that must pair nothing."""

from __future__ import annotations

import pytest
from helpers import error_findings as errors


def checks(doc: dict, kind: str) -> list[dict]:
    return [c for c in doc["checks"] if c["kind"] == kind]


def names(finding: dict, printed: str, changed: str) -> bool:
    """Whether a finding names the figure at the first place ``changed`` is printed."""
    i = printed.index(changed)
    line, at = printed.count("\n", 0, i) + 1, i - printed.rfind("\n", 0, i)
    return any(c["article"]["line"] == line and c["article"]["column"] <= at < c["article"]["end_column"]
               for c in finding["claims"])


# --- a yearly average over the years its sentence names ---------------------------------------
# the dev article news-central-capitals-census-2021 (每日经济新闻 via 新浪财经), its line 45
ZHENGZHOU = ("根据最新人口普查数据，过去{years}年，郑州常住人口增加397.4万人、年均增量为39.74万，武汉常住人口"
             "增加253.5万人、年均增量25.35万。\n")
# 中宣部“中国这十年”发布会 (http://stresscarki.com/c65028.html)
JOBS = ("会上,人社部副部长李忠表示,这十年,就业局势保持总体稳定,城镇新增就业年均超过1300万人,{years}年累计"
        "实现城镇新增就业1.3亿人,调查失业率总体低于预期控制目标。\n")


@pytest.mark.parametrize("text", [ZHENGZHOU, JOBS])
def test_the_years_of_a_yearly_average_are_its_count(article, text) -> None:
    """过去10年…增加X、年均增量为Y: the check names the 10年 of the sentence, read as 10 years."""
    code, doc = article(text.format(years="10"))
    found = checks(doc, "average")
    assert found and all(r["verdict"] == "holds" for r in found)
    assert all(any(c["written"] == "10年" for c in r["claims"]) for r in found)
    assert code == 0


def test_changed_years_are_an_error_naming_them(article) -> None:
    printed = ZHENGZHOU.format(years="40")
    code, doc = article(printed)
    assert code == 1 and errors(doc)
    assert all(names(e, printed, "40年") for e in errors(doc))


# --- 占…总值的p%: the whole named by its measure and 总值/总额, an aside after the words ----------
# 2012年全国进出口 (国家公务员考试资料, http://tk.mxqe.com/test/kaoshi/9109.html, two sentences)
CUSTOMS_2012 = ("2012年,我国外贸进出口总值38667.6亿美元,比上年增长6.2%。2012年,我国一般贸易进出口20098.2"
                "亿美元,增长4.4%,占我国外贸总值的{share}%。\n")
# 福建日报 via http://m.fafqdl.cn/news/fj/2074199.html
FUJIAN_Q3 = ("据厦门海关统计,前三季度福建省外贸进出口9314.4亿元,同比增长8.3%。其中,出口5670.1亿元,增长7.3%;"
             "进口3644.3亿元,增长10%。据介绍,福建省对“一带一路”国家(地区)进出口增势强劲,前三季度实现进出口"
             "3006.5亿元,同比增长15.1%,占同期福建省外贸总值的{share}%。\n")
# the dev article news-jiangsu-trade-2021m1-8 (21世纪经济报道 via 新浪财经), its lines 5 and 23
JIANGSU_EXPORTS = ("1-8月江苏省外贸进出口值32878.4亿元，同增17.1%。其中，出口20310.4亿元，增长18.6%；"
                   "进口12568亿元，增长14.7%。1-8月，江苏省出口机电产品13380.2亿元，增长18.1%，占出口总值的（下同）{share}%，"
                   "拉动出口增长12个百分点。\n")
# 国家统计局 2016年国民经济和社会发展统计公报: the name of the share in brackets after its words
NBS_2016 = ("年末全国大陆总人口138271万人，比上年末增加809万人，其中城镇常住人口79298万人，占总人口比重"
            "（常住人口城镇化率）为{share}%，比上年末提高1.25个百分点。\n")

NAMED_WHOLES = [(CUSTOMS_2012, "52", "58"), (FUJIAN_Q3, "32.3", "33.3"), (JIANGSU_EXPORTS, "65.9", "66.9"),
                (NBS_2016, "57.35", "57.95")]


@pytest.mark.parametrize(("text", "share", "wrong"), NAMED_WHOLES)
def test_a_whole_named_by_its_total_words_is_found(article, text, share, wrong) -> None:
    """Form: 占X总值的p% (占出口总值的, 占我国外贸总值的), 占X比重（…）为p%: the whole is the level
    named X."""
    code, doc = article(text.format(share=share))
    [r] = [r for r in checks(doc, "share") if any(c["written"].endswith(share + "%") for c in r["claims"])]
    assert r["verdict"] == "holds" and code == 0


@pytest.mark.parametrize(("text", "share", "wrong"), NAMED_WHOLES)
def test_a_changed_share_of_a_named_whole_is_reported_at_it(article, text, share, wrong) -> None:
    printed = text.format(share=wrong)
    _, doc = article(printed)
    alarms = [f for f in doc["findings"] if f["code"] == "FC201"]
    assert alarms and all(names(f, printed, wrong + "%") for f in alarms)


def test_a_share_of_the_trade_total_is_no_share_of_exports(article) -> None:
    """占福建省进出口总值的: 进出口 is not 出口 (中新网福州 7-21, http://techray.cn/207711844/Default.htm)."""
    code, doc = article("据福州海关统计,今年上半年,福建省外贸进出口9535.7亿元人民币,同比下降1.3%。其中,"
                        "出口5592.1亿元,同比下降5.3%;进口3943.6亿元,同比增长5%。\n对“一带一路”进出口明显高于整体。上半年,"
                        "福建省对第一大贸易伙伴东盟进出口2029.9亿元,同比增长2%,占福建省进出口总值的21.3%;对欧盟"
                        "进出口1228.8亿元,同比增长5.6%,占12.9%。\n")
    assert not [r for r in checks(doc, "share") if any("5592.1" in c["written"] for c in r["claims"])]
    assert code == 0 and not doc["findings"]


# --- a bare 占p% after a share of the same whole (下同) ------------------------------------------
# 中新网福州 2022-11-18 (http://riulidt.cn/news/2022/2022-11-18/513401.html)
FUJIAN_10M = ("据福州海关18日发布消息称,今年前10个月,福建省外贸进出口1.62万亿元(人民币,下同),比去年同期(下同)"
              "增长7%。其中,出口9871.8亿元,增长12%;进口6358.7亿元,增长0.1%。\n民营企业依旧扮演福建进出口"
              "“主力军”。前10个月,福建省民营企业进出口8885.5亿元,增长10.5%,占同期福建省外贸进出口总值的54.7%,"
              "比重较去年同期提高1.7个百分点。国有企业进出口3613.5亿元,增长6.3%,占{share}%。外商投资企业进出口"
              "3718.3亿元,增长0.3%,占22.9%。\n")
# 福建日报 2024-08-13 (http://women.fjsen.com/2024-08/13/content_31710744.htm)
FUJIAN_7M = ("据福州、厦门海关统计,今年前7个月,福建省外贸进出口1.15万亿元人民币,比去年同期(下同)增长4.6%。"
             "其中,出口7070.6亿元,增长8.6%;进口4431.3亿元,下降1.1%。\n机电产品和劳动密集型产品出口良势增长。前7个月,"
             "福建省机电产品出口3052亿元,增长8.7%,占同期福建省外贸出口总值的43.2%。同期,劳动密集型产品出口"
             "2035.2亿元,增长7.5%,占{share}%。\n")
# the dev article news-jiangsu-trade-2021m1-8, its lines 5 and 7 (a 分别 list of two shares)
JIANGSU_MODES = ("1-8月江苏省外贸进出口值32878.4亿元，同增17.1%。\n从1-8月的数值看，江苏省一般贸易方式进出口"
                 "18727.3亿元，增长24.3%，占外贸总值的57%，同比提高3.3个百分点。同期，加工贸易和保税物流进出口"
                 "10293亿元和3544.9亿元，同增1.9%和38.4%，分别占{share}%和10.8%。\n")

SIBLINGS = [(FUJIAN_10M, "22.3", "25.3"), (FUJIAN_7M, "28.8", "25.8"), (JIANGSU_MODES, "31.3", "34.3")]


@pytest.mark.parametrize(("text", "share", "wrong"), SIBLINGS)
def test_a_bare_share_is_of_the_whole_named_before_it(article, text, share, wrong) -> None:
    """Form: A…，占X的p%。B…，占q% (分别占q%和r%): B's share is of X too, tied across sentences."""
    code, doc = article(text.format(share=share))
    [r] = [r for r in checks(doc, "share") if any(c["written"] == share + "%" for c in r["claims"])]
    assert r["how"] == "linked" and r["verdict"] == "holds" and code == 0


@pytest.mark.parametrize(("text", "share", "wrong"), SIBLINGS)
def test_a_changed_bare_share_is_a_warning_at_it(article, text, share, wrong) -> None:
    printed = text.format(share=wrong)
    _, doc = article(printed)
    [w] = [f for f in doc["findings"] if f["code"] == "FC201"]
    assert w["severity"] == "warning" and names(w, printed, wrong + "%")


# --- a structure printed to make 100, one term adjusted by a step ------------------------------
# 某区2020年国民经济和社会发展统计公报 (http://jmdbq.gov.cn/art/2021/7/7/art_7924_578482.html):
# 187.07 / 356.56 = 52.47%, printed 52.4 so that 5.1 + 42.5 + 52.4 make 100
JMDBQ = ("初步核算，2020年全区完成生产总值356.56亿元，下降4.2%。其中，第一产业完成增加值 18.1亿元，"
         "下降0.2 %；第二产业完成增加值151.39亿元，下降7.9%；第三产业完成增加值187.07亿元，下降0.8%。"
         "三次产业结构由2019年的4.6:45.7:49.7调整为5.1:42.5:{third}。\n")
# 江西省2014年1-9月固定资产投资 (tests/test_discover_proportion.py): 233.94 / 10875.84 = 2.15%,
# printed 2.1 so that 2.1 + 55.7 + 42.2 make 100
JIANGXI = ("1-9月，全省固定资产完成投资10875.84亿元，比上年同期增长17.5%。\n\n1-9月，全省第一产业完成投资"
           "233.94亿元，比上年同期增长18.3%；第二产业完成投资6057.43亿元，比上年同期增长11.1%；第三产业完成投资4584.47亿元，"
           "比上年同期增长27.0%。三次产业投资比重由上年同期的2.1:58.9:39.0变化为{first}:55.7:42.2。\n")


@pytest.mark.parametrize(("text", "term"), [(JMDBQ.format(third="52.4"), "52.4。"),
                                            (JIANGXI.format(first="2.1"), "2.1:55.7")])
def test_a_term_adjusted_to_make_100_is_one_warning(article, text, term) -> None:
    """Form: levels, then their structure a:b:c printed to make 100 with one term a step off the
    share its level gives: one warning, at that term, and no error."""
    code, doc = article(text)
    alarms = [f for f in doc["findings"] if f["severity"] in ("error", "warning")]
    assert [(f["code"], f["severity"]) for f in alarms] == [("FC201", "warning")]
    assert names(alarms[0], text, term)
    assert code == 0


def test_a_term_changed_in_an_adjusted_structure_is_an_error_at_it(article) -> None:
    """52.4 → 52.7: the terms no longer make 100, so the slip is no adjustment."""
    printed = JMDBQ.format(third="52.7")
    code, doc = article(printed)
    assert code == 1 and errors(doc)
    assert any(names(e, printed, "52.7") for e in errors(doc))


@pytest.mark.parametrize(("third", "verdict"), [("54.5%", "holds"), ("54.7%", "warning"), ("55.5%", "fails")])
def test_shares_of_100_one_step_off_are_a_warning(article, third, verdict) -> None:
    """比重分别为5.2%、40.3%和54.7%: 100.05–100.35%, one step beyond the roundings — a warning; a
    term further off is an error (the sentence of tests/test_discover_composition.py)."""
    code, doc = article(f"全市三次产业增加值占地区生产总值比重分别为5.2%、40.3%和{third}。\n")
    [r] = checks(doc, "breakdown")
    assert r["verdict"] == verdict and code == (1 if verdict == "fails" else 0)


# --- the three demands named one by one make up 100% ------------------------------------------
# the dev article news-cn-annual-births-2021 (新浪财经), its line 41; the three demands are 最终消费
# 支出、资本形成总额、货物和服务净出口 (青海统计年鉴2020 表4-15 注①, http://tjj.qinghai.gov.cn/nj/2020/html/0415.htm)
DEMANDS = ("2021年，最终消费支出、资本形成总额、货物和服务净出口分别拉动经济增长5.3、1.1、1.7个百分点，"
           "对经济增长的贡献率分别为65.4%、13.7%、{third}%。\n")


@pytest.mark.parametrize(("third", "verdict"), [("20.9", "holds"), ("23.9", "fails")])
def test_the_contributions_of_the_three_demands_named_make_100(article, third, verdict) -> None:
    """Form: 最终消费支出、资本形成总额、货物和服务净出口…贡献率分别为a、b、c: a + b + c = 100%."""
    printed = DEMANDS.format(third=third)
    code, doc = article(printed)
    [r] = [r for r in checks(doc, "breakdown") if any(c["written"] == "65.4%" for c in r["claims"])]
    assert r["verdict"] == verdict and code == (1 if verdict == "fails" else 0)
    if verdict == "fails":
        assert any(names(e, printed, third + "%") for e in errors(doc))


# --- the shares of age groups that cover every age make up 100% -------------------------------
# 第七次全国人口普查公报(第五号) (https://view.inews.qq.com/a/FIN2021051100225000)
NBS_AGES = ("全国人口中，0—14岁人口为253383938人，占17.95%；15—59岁人口为894376020人，占{middle}%；60岁及以上"
            "人口为264018766人，占18.70%，其中65岁及以上人口为190635280人，占13.50%。\n")
# 2015年全国1%人口抽样调查主要数据公报 (人民网 via http://xgll.com.cn/xwzx/2016-04/21/content_219717.htm)
SURVEY_2015 = ("大陆31个省、自治区、直辖市和现役军人的人口中，0-14岁人口为22696万人，占16.52%；15-59岁人口为"
               "92471万人，占{middle}%；60岁及以上人口为22182万人，占16.15%，其中65岁及以上人口为14374万人，占10.47%。\n")
# a city's fourth census (https://hljszw.org.cn/home/book/info/get_id/275880.html): 15—64 and 65岁及65岁以上
CITY_AGES = ("全市0—14岁人口为224 443人,占17.96%;15—64岁人口为942 118人,占{middle}%;65岁及65岁以上人口为"
             "83 038人,占6.65%。\n")
# the dev article news-central-capitals-census-2021 (每日经济新闻 via 新浪财经), its line 55: 劳动年龄
WUHAN = ("虽然武汉的劳动年龄人口占比达到{middle}%，领跑中部六城，但其60岁及以上人口比重达到17.23%，"
         "老龄化程度最深，而0~14岁人口比重仅为13.05%，在六城中占比最低。\n")

AGES = [(NBS_AGES, "63.35", "63.65", "stated"), (SURVEY_2015, "67.33", "67.63", "stated"),
        (CITY_AGES, "75.39", "75.69", "stated"), (WUHAN, "69.72", "69.92", "linked")]


@pytest.mark.parametrize(("text", "middle", "wrong", "how"), AGES)
def test_the_shares_of_every_age_make_100(article, text, middle, wrong, how) -> None:
    """Form: 0—14岁…占a；15—59岁…占b；60岁及以上…占c（其中65岁及以上…占d）: a + b + c = 100%; 劳动年龄
    between the young and the old bands is linked (its years are not written)."""
    code, doc = article(text.format(middle=middle))
    [r] = [r for r in checks(doc, "breakdown") if r["how"] == how
           and any(c["written"] == middle + "%" for c in r["claims"])]
    assert r["verdict"] == "holds" and len(r["claims"]) == 3 and code == 0
    assert not doc["findings"] or all(f["severity"] not in ("error", "warning") for f in doc["findings"])


@pytest.mark.parametrize(("text", "middle", "wrong", "how"), AGES)
def test_a_changed_age_share_is_reported_at_it(article, text, middle, wrong, how) -> None:
    printed = text.format(middle=wrong)
    _, doc = article(printed)
    [f] = [f for f in doc["findings"] if f["code"] == "FC301"]
    assert f["severity"] == ("error" if how == "stated" else "warning") and names(f, printed, wrong + "%")


def test_bands_that_overlap_make_no_100(article) -> None:
    """15—64 and 60岁及以上 overlap: no sum (the same city's figures, its bands changed)."""
    code, doc = article("全市0—14岁人口为224 443人,占17.96%;15—64岁人口为942 118人,占75.39%;60岁及以上人口为"
                        "83 038人,占6.65%。\n")
    assert checks(doc, "breakdown") == [] and code == 0
