"""Differences in 百分点 found in the words of real texts (discover/points.py), through `factcheck
check ARTICLE --show-checks`: a part's share change from its growth and the whole's (海关), a rate
against 全部…/整体 (统计局, 海关), a rate against the one of another period its own sentence states
(比上月, 比一季度); with the same text with one figure changed (an error or a warning naming it)
and the look-alikes that must find nothing. Each text is copied from its source (given above it)."""

from __future__ import annotations

import pytest
from helpers import check_dicts, written_set


def findings_at(doc: dict, written: str, severity: str) -> list[dict]:
    return [f for f in doc["findings"] if f["severity"] == severity
            and any(c["written"] == written for c in f["claims"])]


def points(doc: dict) -> list[dict]:
    return check_dicts(doc, "points")


# --- a share's change from the part's rate alone and the whole's ---------------------------------
# 海关总署 2019年前三季度 (zylgz.com/guonei/10504.html)
ZYLGZ = ("据海关统计，今年前三季度我国外贸进出口总值22.91万亿元，比去年同期增长2.8%。其中，出口12.48万亿元，"
         "增长5.2%；进口10.43万亿元，下降0.1%；贸易顺差2.05万亿元，扩大44.2%。\n\n"
         "一般贸易主导作用更加显著。前三季度，我国以一般贸易方式进出口增长4.8%，高出外贸整体增速2个百分点，"
         "占外贸总值的59.5%，比重提升1.1个百分点。\n\n"
         "民营企业带动作用更加突出。前三季度，民营企业进出口增长10.4%，高出外贸整体增速7.6个百分点，"
         "占外贸总值的42.3%，比重提升{pp}个百分点。\n")
# the same release in other words (hellosat.cn/hxzx/9362.html): 比外贸总体增速高, 比重提高
HELLOSAT = ("据海关统计，今年前三季度中国外贸进出口总值为22.91万亿元，比去年同期增长2.8%。\n\n"
            "一般贸易的主导作用更加显著。前三季度，我国一般贸易进出口增长4.8%，比外贸总体增速高2个百分点，"
            "占外贸总值的59.5%，比重提高{pp}个百分点。\n")


def _share_change(doc: dict, share: str) -> list[dict]:
    return [c for c in check_dicts(doc, "expression") if share in written_set(c)
            and any(w.endswith("个百分点") for w in written_set(c))]


@pytest.mark.parametrize(("text", "share", "rates"), [
    (ZYLGZ.format(pp="2.9"), "42.3%", {"10.4%", "2.8%", "2.9个百分点"}),
    (ZYLGZ.format(pp="2.9"), "59.5%", {"4.8%", "2.8%", "1.1个百分点"}),
    (HELLOSAT.format(pp="1.1"), "59.5%", {"4.8%", "2.8%", "1.1个百分点"}),
])
def test_a_share_change_from_the_parts_rate_alone(article, text, share, rates) -> None:
    # 42.3 − 42.3 × 1.028 / 1.104 = 2.91; 59.5 − 59.5 × 1.028 / 1.048 = 1.14
    code, doc = article(text)
    [c] = _share_change(doc, share)
    assert written_set(c) == {share} | rates
    assert (c["how"], c["verdict"]) == ("linked", "holds")
    assert code == 0


def test_a_changed_share_change_is_a_warning_naming_it(article) -> None:
    _, doc = article(ZYLGZ.format(pp="3.9"))
    assert findings_at(doc, "3.9个百分点", "warning")
    _, doc = article(HELLOSAT.format(pp="2.1"))
    assert findings_at(doc, "2.1个百分点", "warning")


# 商务部外贸司 2019年1至10月 (news.huanbohainews.com.cn/2019-11/12/content_29289.html)
MOFCOM = ("1至10月，我国进出口总额同比增长2.4%，其中出口增长4.9%，进口微降0.4%。\n\n"
          "数据显示外贸结构持续优化。从国际市场布局看，与“一带一路”沿线国家进出口增长9.4%，占比较2013年提升"
          "4.1个百分点至29.1%。\n")


def test_a_share_change_against_another_year_finds_no_share_change(article) -> None:
    # 较2013年: not the share a year before, which the two rates give
    _, doc = article(MOFCOM)
    assert not [c for c in check_dicts(doc, "expression") if "4.1个百分点" in written_set(c)]


def test_a_share_change_against_last_month_or_of_a_two_year_rate_finds_nothing(article) -> None:
    _, doc = article(HELLOSAT.format(pp="1.1").replace("比重提高", "比重比上月提高"))
    assert not _share_change(doc, "59.5%")
    _, doc = article(HELLOSAT.format(pp="1.1").replace("一般贸易进出口增长", "一般贸易进出口两年平均增长"))
    assert not _share_change(doc, "59.5%")


# --- a level's growth after a note on the currency (海关) -----------------------------------------
# 福州海关 2022年前10个月 (riulidt.cn/news/2022/2022-11-18/513401.html)
FUJIAN = ("据福州海关18日发布消息称，今年前10个月，福建省外贸进出口1.62万亿元（人民币，下同），比去年同期（"
          "下同）"
          "增长7%。其中，出口9871.8亿元，增长12%；进口6358.7亿元，增长0.1%。\n\n"
          "民营企业依旧扮演福建进出口“主力军”。前10个月，福建省民营企业进出口8885.5亿元，增长10.5%，占同期"
          "福建省"
          "外贸进出口总值的54.7%，比重较去年同期提高{pp}个百分点。\n")
# 太原海关 2020年前三季度 (district.ce.cn/newarea/roll/202010/26/t20201026_35937474.shtml)
SHANXI = ("记者26日从太原海关获悉，今年前三季度，山西省货物贸易进出口总值983.1亿元（人民币，下同），比去年"
          "同期"
          "下降5.8%。\n\n"
          "记者了解到，今年前三季度，山西省民营企业进出口增长明显。前三季度民营企业进出口233.8亿元，同比增"
          "长22.4%，"
          "占全省外贸总值的23.8%，比上年同期提升{pp}个百分点。\n")


@pytest.mark.parametrize(("text", "share", "whole_rate", "pp", "wrong"), [
    (FUJIAN, "54.7%", "7%", "1.7", "2.7"),  # 54.7 − 54.7 × 1.07 / 1.105 = 1.73
    (SHANXI, "23.8%", "下降5.8%", "5.5", "4.5"),  # 23.8 − 23.8 × 0.942 / 1.224 = 5.48
])
def test_the_wholes_growth_after_a_currency_note(article, text, share, whole_rate, pp, wrong) -> None:
    _, doc = article(text.format(pp=pp))
    [c] = _share_change(doc, share)
    assert whole_rate in written_set(c) and (c["how"], c["verdict"]) == ("linked", "holds")
    _, doc = article(text.format(pp=wrong))
    assert findings_at(doc, f"{wrong}个百分点", "warning")


# --- 全部…: the whole of what is named -----------------------------------------------------------
# 国家统计局 2024年上半年 (baogao.com/chanjing/9c8759d8-9a5d-452a-8e43-ef983867c5ce.html)
NBS_2024 = ("数据显示，上半年，全国规模以上工业增加值同比增长6.0%，其中，制造业增加值增长6.5%，增速高于全部"
            "规模以上"
            "工业{a}个百分点。装备制造业和高技术制造业增加值分别增长7.8%和8.7%，增速分别快于全部工业"
            "1.8和2.7个百分点。\n")
# 国家统计局 2022年上半年 (wx.xilu.com/v/1000150004770112_3.html)
NBS_2022 = ("上半年，全国规模以上工业增加值同比增长3.4%。分三大门类看，采矿业增加值同比增长9.5%，制造业增长"
            "2.8%，"
            "电力、热力、燃气及水生产和供应业增长3.9%。高技术制造业增加值同比增长9.6%，快于全部规模以上工业"
            "6.2个百分点。"
            "\n二季度，规模以上工业增加值同比增长0.7%。其中，4月份规模以上工业增加值同比下降2.9%；5月份增速"
            "由负转正，"
            "增长0.7%；6月份增长3.9%，比上月加快{b}个百分点，环比增长0.84%。\n")


def _points_of(doc: dict, pp: str) -> list[dict]:
    return [c for c in points(doc) if pp in written_set(c)]


def test_faster_than_all_of_industry(article) -> None:
    _, doc = article(NBS_2024.format(a="0.5"))
    [c] = _points_of(doc, "0.5个百分点")
    assert written_set(c) == {"6.5%", "6.0%", "0.5个百分点"}
    assert (c["how"], c["verdict"]) == ("stated", "holds")
    for pp, rate in (("1.8个百分点", "7.8%"), ("2.7个百分点", "8.7%")):
        [c] = _points_of(doc, pp)
        assert written_set(c) == {rate, "6.0%", pp} and c["verdict"] == "holds"
    _, doc = article(NBS_2022.format(b="3.2"))
    [c] = _points_of(doc, "6.2个百分点")
    assert written_set(c) == {"9.6%", "3.4%", "6.2个百分点"} and c["verdict"] == "holds"


def test_a_changed_difference_from_all_of_industry_is_an_error(article) -> None:
    _, doc = article(NBS_2024.format(a="0.9"))
    assert findings_at(doc, "0.9个百分点", "error")


def test_all_of_industry_is_never_one_of_its_parts(article) -> None:
    # 湖北省统计局 (houyingdance.com/jj/2022/0923/35534.html): the 规模以上工业 rate is not stated; the
    # 高新技术产业 is a part of industry, not all of it
    _, doc = article("从省统计局获悉，1-8月份全省规模以上工业高新技术产业增加值同比增长7.8%，快于规模以上工"
                     "业增加值增速"
                     "2.4个百分点。航空航天领域增加值同比增长25.8%，增速居首位，高于全部工业18.0个百分点。\n")
    assert points(doc) == []


# --- 整体: the whole of the part's measure ------------------------------------------------------
# 海关总署 2023年上半年 (6658h.com/cn/news/info_23.aspx?itemid=2089)
YDYL = ("据海关统计，上半年我国货物贸易进出口总值20.1万亿元人民币，同比增长2.1%。其中，出口11.46万亿元，同"
        "比增长3.7%；"
        "进口8.64万亿元，同比下降0.1%。\n\n"
        "三是对“一带一路”进出口增速明显高于整体。上半年，我国对第一大贸易伙伴东盟进出口3.08万亿元，同比增长"
        "5.4%，"
        "占进出口总值的15.3%。同期，我国对“一带一路”沿线国家进出口增长9.8%，高出整体增速{pp}个百分点，占34."
        "3%。\n")


def test_higher_than_the_whole(article) -> None:
    _, doc = article(YDYL.format(pp="7.7"))
    [c] = _points_of(doc, "7.7个百分点")
    assert written_set(c) == {"9.8%", "2.1%", "7.7个百分点"}
    assert (c["how"], c["verdict"]) == ("linked", "holds")
    _, doc = article(YDYL.format(pp="8.7"))
    assert findings_at(doc, "8.7个百分点", "warning")


# --- against the rate of another period its own sentence states -----------------------------------
# 南方都市报 on 国家统计局 2020年上半年 (quoted without its address in the search corpus)
NANDU = ("上半年，全国规模以上工业增加值同比下降1.3%，降幅比一季度收窄{pp}个百分点；其中，二季度增长4.4%，"
         "一季度为"
         "下降8.4%。6月份，规模以上工业增加值同比增长4.8%，增速比5月份加快0.4个百分点，连续3个月增长；环比"
         "增长1.3%。\n")


@pytest.mark.parametrize(("text", "pp", "rates"), [
    (NBS_2022.format(b="3.2"), "3.2个百分点", {"3.9%", "0.7%"}),  # 6月 3.9 − 5月 0.7
    (NANDU.format(pp="7.1"), "7.1个百分点", {"下降1.3%", "下降8.4%"}),  # −1.3 − (−8.4)
])
def test_against_the_period_its_sentence_states(article, text, pp, rates) -> None:
    _, doc = article(text)
    [c] = _points_of(doc, pp)
    assert written_set(c) == rates | {pp} and (c["how"], c["verdict"]) == ("stated", "holds")


@pytest.mark.parametrize(("text", "wrong"), [(NBS_2022.format(b="3.5"), "3.5个百分点"),
                                             (NANDU.format(pp="7.4"), "7.4个百分点")])
def test_a_changed_difference_from_another_period_is_an_error(article, text, wrong) -> None:
    _, doc = article(text)
    assert findings_at(doc, wrong, "error")


def test_another_periods_rate_of_another_subject_is_not_the_one(article) -> None:
    # 中新社 on 国家统计局 2020年5月 (udhhm.com/yaowen/20201015/10038.html), its two sentences joined
    # by ；: the 4月份 rate after 其中 is the one of 规模以上单位零售额, not of 商品零售额
    _, doc = article("5月份商品零售额同比下降0.8%，降幅比4月份收窄3.8个百分点；其中，规模以上单位零售额同比"
                     "增长2.5%，"
                     "4月份同比下降1.5%。\n")
    assert points(doc) == []
    # 人民日报 2020-07-22 (life.djxww.com/xiaofei/2020/0722/7869.html): the other months not stated
    _, doc = article("服务消费继续恢复。6月份餐饮收入同比下降15.2%，降幅比5月份收窄3.7个百分点，比3月份收窄"
                     "31.6个"
                     "百分点。\n")
    assert points(doc) == []


# --- 高于全市平均: the rate of the region's whole of the measure ------------------------------------
# 沧州日报 on 沧州市统计局 (zhuanguanjia.com/langfang/bendi/88284.html)
CANGZHOU = ("记者从沧州市统计局获悉，1—7月，沧州市2057家规上工业企业完成增加值同比增长9.5%，高于全省平均增速"
            "2.8个百分点，全省排名第5位。\n"
            "从主导产业看，装备制造业增速领跑全市。装备制造业是国民经济的支柱产业，1—7月，装备制造业增加值同比增长"
            "15.5%，高于全市平均增速{pp}个百分点，上拉全市平均增速3.6个百分点。\n"
            "从经济类型看，民营企业贡献超七成。1—7月，民营企业完成规上工业增加值同比增长12.9%，高于全市平均增速"
            "3.4个百分点。\n")
# 郑州日报 (xinwen.mlzgw.cn/news/redian/2018/1107/12922.html)
ZHENGZHOU = ("据介绍，1~9月份，全市规模以上工业增加值同比增长7.6%，较上半年回升0.3个百分点。其中工业七大"
             "主导产业增加值同比增长9.9%，高于全市平均水平{pp}个百分点；高技术产业增加值同比增长16.9%。\n")


@pytest.mark.parametrize(("text", "pp", "seen", "rates"), [
    (CANGZHOU, "6", "6", {"15.5%", "9.5%"}), (CANGZHOU, "6", "3.4", {"12.9%", "9.5%"}),
    (ZHENGZHOU, "2.3", "2.3", {"9.9%", "7.6%"}),
])
def test_higher_than_the_regions_average(article, text, pp, seen, rates) -> None:
    code, doc = article(text.format(pp=pp))
    [c] = _points_of(doc, f"{seen}个百分点")
    assert written_set(c) == rates | {f"{seen}个百分点"}
    assert (c["how"], c["verdict"]) == ("linked", "holds")
    assert code == 0


@pytest.mark.parametrize(("text", "wrong"), [(CANGZHOU, "7"), (ZHENGZHOU, "3.3")])
def test_a_changed_difference_from_the_regions_average_is_a_warning(article, text, wrong) -> None:
    _, doc = article(text.format(pp=wrong))
    assert findings_at(doc, f"{wrong}个百分点", "warning")


def test_the_regions_whole_against_a_wider_region_finds_nothing(article) -> None:
    # 沧州's own rate above the province's, which the article does not state; 邢台日报 on 邢台市
    # (amraq.com/szb/pc/col/202411/29/content_260969.html): the same, against 全省
    _, doc = article(CANGZHOU.format(pp="6"))
    assert not _points_of(doc, "2.8个百分点")
    _, doc = article("日前，记者从市统计部门了解到，1月至10月，全市规模以上工业增加值同比增长10.2%，高于全省"
                     "2.2个百分点。\n制造业作为经济的“压舱石”，主导作用突出。1月至10月，全市规模以上制造业增加值同比增长"
                     "10.5%，拉动全市规上工业增长9.2个百分点。\n")
    assert points(doc) == []


def test_a_part_of_all_investment_or_a_part_of_the_subject_named_is_not_the_other(article) -> None:
    # 邯郸 (qiansihui.com/content-10-57179-1.html): 第二产业投资 is no 全部投资; 工信部
    # (lv64.com/dalian/2022/0831/1668.html): 高技术制造业投资 is no 制造业投资
    _, doc = article("市统计局数据显示，1至6月，全市固定资产投资（不含农户，下同）增速平稳运行，比上年同期"
                     "增长7.8%，高于全国平均水平2个百分点。\n工业投资亮点频呈，高技术产业快速增长。全市第二产业投资比上年同期"
                     "增长19.5%，占全部投资比重由上年同期的38.1%提高到42.3%。工业投资比上年同期增长18%，高于全部"
                     "投资增速10.2个百分点。\n")
    assert not [f for f in doc["findings"] if f["severity"] in ("error", "warning")]
    _, doc = article("记者从工信部获悉，今年前7月，我国工业投资继续保持两位数增长，工业投资、制造业投资同比"
                     "分别增长10.5%、9.9%，高技术制造业投资同比增长22.9%。\n高技术制造业继续发挥投资增长主引擎"
                     "作用。前7月，高技术制造业投资同比增长22.9%，较制造业投资增速高13个百分点。\n")
    assert not [f for f in doc["findings"] if f["severity"] in ("error", "warning")]


# --- the other rate in brackets after the period or subject compared with -----------------------
# 朔州市统计局 (sztj.shuozhou.gov.cn/tjsj/tjxx/202503/t20250328_723523.html)
SHUOZHOU = ("1—2月份，全市484家规上工业企业增加值同比增长8.1%，居全省第六位，较去年同期（-1.1%）提高{pp}个"
            "百分点，分别高出全国（5.9%）、全省（6.4%）平均水平2.2个和1.7个百分点。\n")


def test_against_last_years_rate_in_brackets(article) -> None:
    _, doc = article(SHUOZHOU.format(pp="9.2"))  # 8.1 − (−1.1)
    [c] = _points_of(doc, "9.2个百分点")
    assert written_set(c) == {"8.1%", "-1.1%", "9.2个百分点"}
    assert (c["how"], c["verdict"]) == ("stated", "holds")
    _, doc = article(SHUOZHOU.format(pp="8.2"))
    assert findings_at(doc, "8.2个百分点", "error")


def test_a_bracketed_rate_after_another_difference_is_not_the_base(article) -> None:
    # 内蒙古工信厅 (gxt.nmg.gov.cn/gxdt_new/zzq/202309/t20230927_2386023.html), in one sentence: the
    # rate before the brackets is compared with 1-7月 first
    _, doc = article("1-8月份，全区规上工业增加值同比增长7.5%，较1-7月份提高0.3个百分点，累计增速高于全国"
                     "（3.9%）3.6个百分点。\n")
    assert not _points_of(doc, "3.6个百分点")
