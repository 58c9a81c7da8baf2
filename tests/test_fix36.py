"""No false alarm on the thirty-sixth round of unseen articles (tests/data/smoke36, review.yaml; sources
in sources.yaml): each form of writing that raised one, on the real sentence, and the relation or the
look-alike that must still be found, with one figure changed (the finding names the changed figure).
"""

from __future__ import annotations

from pathlib import Path

from helpers import alarms
from helpers import checks_of as checks
from helpers import names_written as _named

from factcheck.discover.subjects import normalise_label

DATA = Path(__file__).parent / "data" / "smoke36"


def _held(doc: dict, kind: str) -> list[list[str]]:
    return sorted(sorted(w) for v, w in checks(doc, kind) if v == "holds")


def _whole_article(slug: str) -> str:
    return (DATA / f"{slug}.txt").read_text(encoding="utf-8")


# --- 1. an output is no count of the kinds of products -----------------------------------------

# chongqing-economy-jan-aug-2017-tjj-cri line 6
PRODUCTS = ("从具体工业产品看，1-8月，在全市378种主要产品中，有246种产品产量实现同比增长，生产汽车203.43"
            "万辆、摩托车558.58万辆、微型计算机设备4554.89万台、打印机925.4万台、手机22308.66万台、液晶"
            "显示屏5393.87万片、铝材174.22万吨；钢材产量773.08万吨，下降10.7%，水泥产量4249.42万吨，下降"
            "2.7%。\n")


def test_outputs_are_no_kinds_of_the_counted_products(article) -> None:
    _, doc = article(PRODUCTS)
    assert alarms(doc) == []
    assert _held(doc, "breakdown") == [["246种", "378种"]]  # the kinds that grew, of all kinds


def test_more_kinds_grown_than_counted_is_an_error(article) -> None:
    _, doc = article(PRODUCTS.replace("有246种", "有478种"))
    assert ("FC301", "error") in alarms(doc)
    assert _named(doc, "478种")


# --- 2. a 分别占 list that names its own subjects ---------------------------------------------

# macau-visitors-sep-dsec-govmo-38747 line 1 (from its third paragraph on; the page prints one line)
MACAU = ("今年首九个月入境旅客总数达22,485,493人次，较去年同期上升15.4%。中国大陆（13,115,883人次）及东"
         "南亚旅客分别大幅增加23.1%及46.0%，而香港旅客则微跌0.1%。不过夜旅客为11,902,440人次，占旅客总数"
         "52.9%。 按入境方式统计，今年首九个月经海路入境旅客为7,166,180人次，较去年同期上升10.2%。其中经"
         "外港客运码头入境旅客减少2.4%，为5,999,197人次，香港及中国大陆旅客分别占58.0%及21.8%。 与此同时"
         "，经陆路入境旅客达14,046,125人次，较去年同期上升17.7%。从关闸边检站入境旅客达13,298,122人次，"
         "增加13.7%，中国大陆及香港旅客分别占80.1%及14.3%。 另外，经空路入境旅客为1,273,188人次，较去年"
         "同期上升20.3%。其中从澳门国际机场入境旅客为1,246,320人次，增加18.6%，旅客主要来自中国台湾、东"
         "南亚及中国大陆，分别占35.1%、30.0%及22.1%。\n")


def test_shares_of_the_named_subjects_are_no_share_of_the_figure_before(article) -> None:
    """香港及中国大陆旅客分别占58.0%及21.8% (subjects before 分别占, in its clause) and 旅客主要来自中国台湾、
    东南亚及中国大陆，分别占35.1%… (in the clause before): shares inside the figure before them."""
    _, doc = article(MACAU)
    assert alarms(doc) == []
    assert [w for w in checks(doc, "share") if "58.0%" in w[1] or "35.1%" in w[1] or "80.1%" in w[1]] == []
    held = _held(doc, "breakdown")  # the 其中 parts are still within their wholes
    assert ["1,246,320人次", "1,273,188人次"] in held
    assert ["5,999,197人次", "7,166,180人次"] in held


def test_a_part_past_its_whole_is_still_an_error(article) -> None:
    for old, new in (("为5,999,197人次", "为7,999,197人次"), ("为1,246,320人次", "为2,246,320人次")):
        _, doc = article(MACAU.replace(old, new))
        assert ("FC301", "error") in alarms(doc), new
        assert _named(doc, new[1:])


def test_shares_listed_with_their_levels_are_still_read(article) -> None:
    """The look-alike: parts with figures before 分别占 (news-jiangsu-trade-2021m1-8 lines 5-6)."""
    text = ("1-8月江苏省外贸进出口值32878.4亿元，同增17.1%，占中国进出口总值的13.3%。\n\n"
            "从1-8月的数值看，江苏省一般贸易方式进出口18727.3亿元，增长24.3%，占外贸总值的57%。同期，加工贸易"
            "和保税物流进出口10293亿元和3544.9亿元，同增1.9%和38.4%，分别占31.3%和10.8%。\n")
    _, doc = article(text)
    assert ["10293亿元", "32878.4亿元", "31.3%"] in [w for _, w in checks(doc, "share")]
    _, doc = article(text.replace("分别占31.3%", "分别占21.3%"))
    assert _named(doc, "21.3%", "warning") or _named(doc, "21.3%")


# --- 3. shares of different wholes are not one split -----------------------------------------

def test_shares_of_different_wholes_are_not_summed(article) -> None:
    _, doc = article(MACAU)
    assert [w for v, w in checks(doc, "breakdown") if "52.9%" in w] == []
    assert ["11,902,440人次", "22,485,493人次", "52.9%"] in [w for _, w in checks(doc, "share")]


def test_a_bare_share_after_a_nearer_total_is_not_of_the_whole_named_before(article) -> None:
    """The guard alone: the same paragraph with one bare share (中国大陆旅客占80.1%) after the land
    arrivals' 14,046,125人次, a total nearer than the 旅客总数 that 52.9% names."""
    _, doc = article(MACAU.replace("中国大陆及香港旅客分别占80.1%及14.3%", "中国大陆旅客占80.1%"))
    assert alarms(doc) == []


def test_the_share_naming_its_whole_is_still_checked(article) -> None:
    _, doc = article(MACAU.replace("占旅客总数52.9%", "占旅客总数62.9%"))
    assert _named(doc, "62.9%", "warning") or _named(doc, "62.9%")


# --- 4. «若以X来看，» opens a paragraph of a group ---------------------------------------------

# taiwan-wages-sep-2025-dgbas-udn lines 3-4
ALL_EMPLOYEES = ("主計總處10日發布統計資料指出，9月全體受僱員工經常性薪資平均數為48110 元，月增 0.07%，"
                 "年增 3.19%；獎金及加班費等非經常性薪資9342元，合計後總薪資平均數為57452元，月減6.78%，"
                 "年增1.85%。經常性薪資中位數為38632元，月增0.36%，年增3.56%。\n")
NATIONALS = ("若以本國勞工來看，9 月工業及服務業本國籍全時受僱員工經常性薪資平均數為 50908 元，月增0.10%，"
             "年增3.24%；獎金及加班費等非經常性薪資9952元，合計後總薪資平均數為60860元，月減6.64%，年增1.78%。"
             "經常性薪資中位數為40018元，月增0.12%，年增3.61%。\n")


def test_a_paragraph_of_a_group_does_not_restate_the_whole(article) -> None:
    _, doc = article(ALL_EMPLOYEES + NATIONALS)
    assert alarms(doc) == []
    assert checks(doc, "same") == []


def test_without_the_lens_the_same_words_still_pair(article) -> None:
    """The look-alike: the paragraph without «若以本國勞工來看，» names no group, and its figures
    with the same words as the first paragraph's are read as the same figures (linked)."""
    _, doc = article(ALL_EMPLOYEES + NATIONALS.replace("若以本國勞工來看，", ""))
    assert ("FC901", "warning") in alarms(doc)
    assert _named(doc, "40018元", "warning")


# --- 5. 其中 after a median is a sub-group's own median ----------------------------------------

# taiwan-wages-sep-2025-dgbas-udn line 6
MEDIANS = ("觀察1至9月各行業受僱員工經常性薪資中位數，住宿及餐飲業、支援服務業因非典型僱用員工占比較高，"
           "經常性薪資中位數相對較低，分別為31563元與32653元；受僱員工人數較多之製造業為36665元，其中電"
           "子零組件製造業為46838元；至出版影音及資通訊業53384元、金融及保險業57,22元，則相對較高。\n")


def test_a_median_of_a_sub_industry_is_no_part(article) -> None:
    _, doc = article(MEDIANS)
    assert alarms(doc) == []
    assert checks(doc, "breakdown") == []


def test_the_same_sentence_without_a_median_is_still_a_sum(article) -> None:
    """The look-alike: no median named, 其中 lists a part, and a part past its whole is an error."""
    _, doc = article(MEDIANS.replace("經常性薪資中位數", "經常性薪資總額"))
    assert ("FC301", "error") in alarms(doc)
    assert _named(doc, "46838元")


def test_the_whole_wages_article_has_no_alarm(article) -> None:
    _, doc = article(_whole_article("taiwan-wages-sep-2025-dgbas-udn"))
    assert alarms(doc) == []


# --- 6. the period of a contrast clause is no label ---------------------------------------------

# hk-gdp-q3-2019-censtatd-infogov lines 5 and 9
ALL_SERVICES = ("按組成服務行業分析及與上年同期比較，所有服務活動合計的淨產值在二零一九年第三季實質下跌1"
                ".7%，而第二季則上升1.3%。\n")
TRANSPORT = ("運輸、倉庫、郵政及速遞服務業的淨產值，在二零一九年第三季與上年同期比較實質下跌2.2%，而第二"
             "季則上升2.0%。\n")


def test_two_industries_contrasted_with_the_quarter_before_do_not_pair(article) -> None:
    _, doc = article(ALL_SERVICES + TRANSPORT)
    assert alarms(doc) == []
    assert normalise_label("第二季則增长") == "第二季"


def test_a_subject_stated_again_still_pairs(article) -> None:
    """The look-alike: the same subject's rate in two paragraphs (1.7% → 1.9% in the second)."""
    _, doc = article(ALL_SERVICES + ALL_SERVICES.replace("1.7%", "1.9%"))
    assert ("FC901", "warning") in alarms(doc)
    assert _named(doc, "下跌1.9%", "warning")


def test_ze_inside_a_name_stays() -> None:
    assert normalise_label("会计准则") == "会计准则"


# --- 7. a split is of the total of its own measure -------------------------------------------

# zhuhai-economy-jan-aug-2019-tjj-ycwb line 1 (up to its trade paragraph; the page prints one line)
ZHUHAI = ("数据显示，1-8月珠海完成规模以上工业增加值717.13亿元，同比增长4.0%，增速与上月持平。支柱产业合"
          "计完成增加值555.79亿元，增长3.1%。其中，生物医药业、家电电气业保持两位数增长，增速分别为18.3%"
          "、16.0%；石油化工业、电力能源业个位数增长，分别增长2.6%、1.5%；精密仪器制造业、电子信息业负增"
          "长，分别下降5.4%、4.3%。 工业投资增速提升。1-8月珠海完成固定资产投资1204.74亿元，同比增长2.2%"
          "，增速较上月（下同）下降1.7个百分点，增速创近年来新低。工业投资全面转正，完成工业投资176.53亿"
          "元，增长18.0%，增速提升12个百分点。 消费市场增速逐月提升。1-8月珠海完成社会消费品零售总额817."
          "37亿元，同比增长5.7%，增幅较上月小幅回升0.1个百分点。按消费形态分，批发业零售额154.80亿元，增"
          "长3.4%；零售业零售额557.05亿元，增长5.6%；住宿业零售额23.40亿元，增长7.7%；餐饮业零售额82.12"
          "亿元，增长10.7%。\n")


def test_a_split_of_retail_sales_is_of_the_retail_total(article) -> None:
    _, doc = article(ZHUHAI)
    assert alarms(doc) == []
    splits = [w for _, w in checks(doc, "breakdown") if "154.80亿元" in w]
    assert splits and all("817.37亿元" in w for w in splits)


def test_a_split_past_its_total_is_still_found(article) -> None:
    """The section is tied to its total across sentences (linked): a warning naming the changed part
    against the retail total."""
    _, doc = article(ZHUHAI.replace("餐饮业零售额82.12亿元", "餐饮业零售额92.12亿元"))
    assert alarms(doc) == [("FC301", "warning")]
    assert _named(doc, "92.12亿元", "warning") and _named(doc, "817.37亿元", "warning")


def test_the_round_articles_have_no_alarm(article) -> None:
    for slug in ("chongqing-economy-jan-aug-2017-tjj-cri", "macau-visitors-sep-dsec-govmo-38747",
                 "hk-gdp-q3-2019-censtatd-infogov", "zhuhai-economy-jan-aug-2019-tjj-ycwb"):
        _, doc = article(_whole_article(slug))
        assert alarms(doc) == [], slug


# smoke36 macau-visitors-oct-2004-dsec-govmo-58727 line 2 (after 佔 was read as 占): a share whose
# clause names its own subject (香港旅客佔60.7%) is of that subject, whose count is not given
SEA = ("按入境渠道統計，今年首十個月經海路入境旅客共5,195,997人次，較去年同期上升24.0%。其中經外港碼頭入境"
       "旅客增加23.5%，為5,084,179人次，香港旅客佔60.7%；經內港碼頭入境旅客亦上升53.9%，為111,818人次，"
       "中國大陸旅客佔74.3%。\n")


def test_a_share_of_a_subject_named_in_its_clause_has_no_part_stated(article) -> None:
    code, doc = article(SEA)
    assert code == 0, doc["findings"]
    assert not [c for c in doc["checks"] if c["kind"] == "share"]


def test_a_share_whose_clause_restates_the_subject_keeps_its_part(article) -> None:
    code, doc = article("全省出口额1000亿元。其中A市出口额100亿元，A市出口额占全省的10%。\n")
    assert [c["verdict"] for c in doc["checks"] if c["kind"] == "share"] == ["holds"]
    code, doc = article("全省出口额1000亿元。其中A市出口额100亿元，A市出口额占全省的30%。\n")
    assert code == 1
