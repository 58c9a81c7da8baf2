"""Shares named by what they measure (session 19): coverage ratios (增长面, 盈利面: discover/coverage.py),
named ratios (城镇化率, 资产负债率: discover/ratios.py) and a share word with a bracket in it
(占…比重（户籍人口城镇化率）为: discover/slices.py). Real sentences (their source given), a changed figure
(a finding naming it), and the look-alikes that tie nothing."""

from __future__ import annotations

import pytest
from helpers import check_dicts, names_written, written_set


def shares(doc: dict) -> list[tuple[set[str], str, str]]:
    """(figures, how, verdict) of each share check."""
    return [(written_set(c), c["how"], c["verdict"]) for c in check_dicts(doc, "share")]


# --- coverage ratios: 增长面, 盈利面 ---------------------------------------------------------------
# 内蒙古自治区工业和信息化厅 2023-09-27 (gxt.nmg.gov.cn, 1-8月份全区工业经济运行).
NMG = ("38个工业行业大类中{a}个行业增加值实现同比增长，增长面"
       "71%。全区40种主要工业产品中，33种产量实现同比增长，"
       "增长面82.5%。\n")
# 四川日报 2022 前10月四川工业利润 (fresh18 news-sichuan-industry-profit-2022, line 7): the group
# counted before 有, the part among three counts, the only one that grew.
SICHUAN = ("分大类行业看，41个工业大类行业有15个利润总额实现增长，"
           "1个持平，25个下降，行业增长面为{r}%。其中：化学原料和"
           "化学制品制造业增长1.3倍。\n")
# Wind 财经早餐 2024-08-31 (smoke12 finance-breakfast-2024-08-31-wind, line 7): 盈利面 of listed firms.
BSE = ("7、北交所上市公司2024年半年报披露工作全部完成，251家上"
       "市公司中{a}家实现归母净利润为正，盈利面约为83.67%。\n")
# 市统计局 前7个月工业 (fresh18 stat-industry-jan-jul-2022, line 5): the July ratio of the group the
# sentence before counts.
JULY = ("近六成行业实现增长。37个大类行业中21个行业生产实现增长"
        "，增长面为56.8%。其中，7月份有{a}个行业实现增长，"
        "增长面为62.2%。\n")


@pytest.mark.parametrize(("text", "figures", "how"), [
    (NMG.format(a="27"), {"27个", "38个", "71%"}, "stated"),
    (NMG.format(a="27"), {"33种", "40种", "82.5%"}, "stated"),
    (SICHUAN.format(r="36.6"), {"15个", "41个", "36.6%"}, "stated"),
    (BSE.format(a="210"), {"210家", "251家", "约83.67%"}, "stated"),
    (JULY.format(a="23"), {"21个", "37个", "56.8%"}, "stated"),
    (JULY.format(a="23"), {"23个", "37个", "62.2%"}, "linked"),
])
def test_coverage_ratio(article, text: str, figures: set[str], how: str) -> None:
    _, doc = article(text)
    assert (figures, how, "holds") in shares(doc)


@pytest.mark.parametrize(("text", "written", "severity"), [
    (NMG.format(a="17"), "17个", "error"),
    (SICHUAN.format(r="63.6"), "63.6%", "error"),
    (BSE.format(a="201"), "201家", "error"),
    (JULY.format(a="32"), "32个", "warning"),
])
def test_a_changed_coverage_figure_is_named(article, text: str, written: str, severity: str) -> None:
    _, doc = article(text)
    assert names_written(doc, written, severity), doc["findings"]


# 中山 1-7月 (smoke21 zhongshan-jan-jul-040a): the group counted, not the part; 广州 番禺 1-8月 (smoke13
# city-economy-jan-aug-2021-pygbw): no count at all; 市统计局 (fresh18 stat-industry-jan-jul-2022, line 6):
# several parts, no 面.
NO_PART = ("分行业看，在产的34个工业行业中，增长面为64.7%，其中"
           "增加值占比较大的电气机械和器材制造业同比增长5.1%。\n")
NO_COUNT = ("1—7月，全市规模以上工业营业收入697.57亿元，同比增长28"
            ".1%；企业盈利面72.9%，盈利企业盈利总额24.96亿元。\n")
SEVERAL = ("从月度增速看，有4个行业增幅进一步扩大，5个行业增速由"
           "负转正，7个行业降幅实现收窄，43.2%的行业同比增速"
           "改善向好。\n")


@pytest.mark.parametrize("text", [NO_PART, NO_COUNT, SEVERAL])
def test_coverage_look_alikes_tie_nothing(article, text: str) -> None:
    _, doc = article(text)
    assert not any(c["check"].endswith("_coverage") for c in check_dicts(doc, "share")), text


# --- named ratios: 城镇化率, 资产负债率 ------------------------------------------------------------
# 中站区 2021年统计公报 (smoke13 district-communique-2021-zhongzhan): in one sentence, over a semicolon.
ZHONGZHAN = ("年末全区常住人口107365人，其中城镇常住人口{a}人，乡"
             "村常住人口22837人；常住人口城镇化率为78.73%。\n")
# 内蒙古自治区 2022年统计公报 (smoke25 inner-mongolia-communique-2022-ce): the whole in the sentence before.
NEIMENG = ("全区年末常住人口2401.17万人，比上年末增长1.17万人。其"
           "中，城镇人口{a}万人，乡村人口753.97万人；常住人口城镇化率"
           "达68.60%，比上年末提高0.39个百分点。\n")
# 汾西县 2021年统计公报 (smoke30 fenxi-communique-2021-hongheiku): a bare 城镇化率.
FENXI = "年末全县常住人口98509人，比上年末减少5647人，全县常住人口中，城镇常住人口48443人，城镇化率为{r}%。\n"
# 国家统计局 2021年1-2月工业企业利润 (smoke industrial-profits-jan-feb-2021); 河北省统计局 2017年1-11月
# (fresh18 stat-hebei-industry-profit-2017, line 6).
NBS_DEBT = ("2月末，规模以上工业企业资产总计126.90万亿元，同比增长"
            "9.6%；负债合计{a}万亿元，增长9.4%；所有者权益合计"
            "55.63万亿元，增长10.0%；资产负债率为56.2%，同比下降0.1个百分点。\n")
HEBEI_DEBT = ("11月末，规模以上工业企业资产总计46176.4亿元，同比增长7"
              ".7%；负债合计25278.2亿元，增长6.1%；所有者权益合计"
              "20898.1亿元，增长9.7%；资产负债率为{r}%，同比下降0.9个百分点。\n")


@pytest.mark.parametrize(("text", "figures", "how"), [
    (ZHONGZHAN.format(a="84528"), {"84528人", "107365人", "78.73%"}, "stated"),
    (NEIMENG.format(a="1647.20"), {"1647.20万人", "2401.17万人", "68.60%"}, "linked"),
    (FENXI.format(r="49.18"), {"48443人", "98509人", "49.18%"}, "stated"),
    (NBS_DEBT.format(a="71.27"), {"71.27万亿元", "126.90万亿元", "56.2%"}, "stated"),
    (HEBEI_DEBT.format(r="54.7"), {"25278.2亿元", "46176.4亿元", "54.7%"}, "stated"),
])
def test_named_ratio(article, text: str, figures: set[str], how: str) -> None:
    _, doc = article(text)
    assert (figures, how, "holds") in shares(doc)


@pytest.mark.parametrize(("text", "written", "severity"), [
    (ZHONGZHAN.format(a="48528"), "48528人", "error"),
    (NEIMENG.format(a="1747.20"), "1747.20万人", "warning"),
    (FENXI.format(r="41.98"), "41.98%", "error"),
    (NBS_DEBT.format(a="77.27"), "77.27万亿元", "error"),
    (HEBEI_DEBT.format(r="45.7"), "45.7%", "error"),
])
def test_a_changed_ratio_figure_is_named(article, text: str, written: str, severity: str) -> None:
    _, doc = article(text)
    assert names_written(doc, written, severity), doc["findings"]


# 红河 2021年末 户籍 and 常住 in one paragraph (smoke county-communique-2021-edutaining): the usual
# residents' ratio, never the registered ones' 城镇人口; 运河 (smoke15 yunhe-communique-2022-hongheiku):
# no part; 国家统计局 1-8月 (smoke3 industrial-profits-jan-aug-2021): a subject's own ratio.
BOTH_BASES = ("2021年末全县户籍总人口为83.30万人，其中城镇人口21.73"
              "万人，乡村人口61.56万人。年末常住人口70.14万人，其中城镇"
              "人口35.16万人，乡村人口34.98万人，常住人口城镇化率为50.13%。\n")
NO_URBAN = "据2022年全省5‰人口变动抽样调查推算，年末全县常住人口12.74万人，城镇化率为74.02%。\n"
SUBJECT = ("8月末，规模以上工业企业资产总计135.40万亿元；负债合计"
           "76.38万亿元。其中，国有控股企业资产负债率为57.1%，"
           "同比下降0.7个百分点。\n")


def test_named_ratio_look_alikes(article) -> None:
    _, doc = article(BOTH_BASES)
    assert ({"35.16万人", "70.14万人", "50.13%"}, "stated", "holds") in shares(doc)
    assert not any("21.73万人" in s for s, _, _ in shares(doc))
    for text in (NO_URBAN, SUBJECT):
        _, doc = article(text)
        assert not any(c["check"].endswith("_ratio") for c in check_dicts(doc, "share")), text


# --- a share word with a bracket in it ------------------------------------------------------------
# 民和县 2023年统计公报 (fresh18 stat-minhe-2023-communique, line 9); 国家统计局 2016年统计公报 (the
# form 占总人口比重（常住人口城镇化率）为57.35%, seen in the smoke rounds).
MINHE = ("年末全县户籍人口43.92万人，其中城镇户籍人口12.51万人，"
         "占全县户籍人口的比重（户籍人口城镇化率）为28.48%；乡村户籍"
         "人口31.41万人，占{r}%。\n")


def test_shares_of_two_halves_with_a_bracketed_name(article) -> None:
    _, doc = article(MINHE.format(r="71.52"))
    sums = [(written_set(c), c["verdict"]) for c in check_dicts(doc, "breakdown")
            if c["check"].endswith("_slices")]
    assert ({"28.48%", "71.52%"}, "holds") in sums
    _, doc = article(MINHE.format(r="77.52"))
    assert names_written(doc, "77.52%")


# --- a bare share of a part of a trade measure, of the measure's whole stated before ---------------
# 山东 海关 2018年前11个月 (smoke11 trade-jan-nov-2018-shandong-86hh, lines 1 and 3): 占60.7% of the
# province's 进出口 of 前11个月, not of 11月当月's 1793.7亿元.
SHANDONG = ("本报济南12月11日讯据海关最新统计，今年前11个月，山东"
            "省外贸进出口17483.7亿元，同比增长7.4%。其中，出口"
            "9594.1亿元，增长6.6%；进口7889.6亿元，增长8.4%。11月当月，山东省进出口1793.7亿元，增长14.4%。\n"
            "民营企业和国有企业进出口保持增长，外商投资企业略有下降"
            "。前11个月，民营企业进出口{a}亿元，增长10.6%，"
            "占60.7%，占比较去年同期提升1.8个百分点；外商投资企业进出口5182.5亿元，下降0.3%，占29.6%。\n")
# 21世纪经济报道 2022-03 (smoke china-trade-jan-feb-2022, lines 6-7): the share after its change
# (所占比重较去年同期提升1.1个百分点至48.2%).
CHINA = ("海关数据显示，2022年1-2月，我国进出口总值6.2万亿元，同"
         "比增长13.3%。其中，出口3.47万亿元，增长13.6%；进口"
         "2.73万亿元，增长12.9%。\n"
         "李魁文指出，前2个月，我国外贸结构持续优化，一般贸易进出口3.94万亿元，同比增长16.3%。民营企业进出口"
         "2.99万亿元，同比增长16.1%，所占比重较去年同期提升1.1个百分点至{r}%。\n")
# 南方日报 2021-11 (fresh18 news-guangdong-trade-jan-oct-2021, lines 1 and 4, 6): 占全省比重 of the
# province's 进出口 (广东进出口, a place without 省); 广东出口机电产品 of 出口.
GUANGDONG = ("据海关广东分署统计，2021年前10个月，广东进出口6."
             "71万亿元人民币，比去年同期（下同）增长18.2%。其中，"
             "出口4.11万亿元，增长18.9%；进口2.6万亿元，增长17%。\n"
             "广东进出口连续12个月保持正增长。10月，广东进出口6843.6亿元，增长14.3%。\n"
             "民营企业进出口增速最快。前10个月，广东民营企业进出口"
             "3.81万亿元，增长21.6%，占全省比重较去年同期提升"
             "1.7个百分点，提升至{r}%。同期，外商投资企业进出口2.54万亿元，增长14.1%，占37.9%。\n"
             "机电产品出口增速快于整体。前10个月，广东出口机电产品2"
             ".82万亿元，增长19.9%，占比较去年同期提升0.6个"
             "百分点至68.7%。\n")


@pytest.mark.parametrize(("text", "figures"), [
    (SHANDONG.format(a="10619.6"), {"10619.6亿元", "17483.7亿元", "60.7%"}),
    (SHANDONG.format(a="10619.6"), {"5182.5亿元", "17483.7亿元", "29.6%"}),
    (CHINA.format(r="48.2"), {"2.99万亿元", "6.2万亿元", "48.2%"}),
    (GUANGDONG.format(r="56.8"), {"3.81万亿元", "6.71万亿元人民币", "56.8%"}),
    (GUANGDONG.format(r="56.8"), {"2.54万亿元", "6.71万亿元人民币", "37.9%"}),
    (GUANGDONG.format(r="56.8"), {"2.82万亿元", "4.11万亿元", "68.7%"}),
])
def test_a_bare_share_of_a_trade_part(article, text: str, figures: set[str]) -> None:
    _, doc = article(text)
    assert (figures, "linked", "holds") in shares(doc)
    assert not any("1793.7亿元" in s or "6843.6亿元" in s for s, _, _ in shares(doc))


@pytest.mark.parametrize(("text", "written"), [
    (SHANDONG.format(a="16019.6"), "16019.6亿元"),
    (CHINA.format(r="42.8"), "42.8%"),
    (GUANGDONG.format(r="65.8"), "65.8%"),
])
def test_a_changed_trade_share_is_named(article, text: str, written: str) -> None:
    _, doc = article(text)
    assert names_written(doc, written, "warning"), doc["findings"]


# 人民网 2023-10 湖南前三季度外贸 (smoke24 hunan-trade-q1q3-2023-tibet-cn, lines 2, 4, 7): a level of a
# 分别 list (…分别进出口917.9亿元) is no whole; the province's total is.
HUNAN = ("人民网长沙10月21日电 昨日，长沙海关对外发布2023年前"
         "三季度湖南省外贸进出口情况：湖南省进出口总值4622.9亿元，"
         "比上年同期下降5.5%，排名全国第15位。\n"
         "同期，东盟、美国、中国香港、欧盟为湖南省前4大贸易伙伴，分别进"
         "出口917.9亿元、419亿元、403.8亿元、394.7亿元，"
         "合计占全省外贸总值的46.2%。\n"
         "前三季度，湖南有进出口实绩的企业7398家，比上年同期增加50"
         "家。国有企业进出口572.6亿元，与上年持平，占12.4%。\n")


def test_a_listed_level_is_no_whole_of_a_trade_share(article) -> None:
    _, doc = article(HUNAN)
    assert ({"572.6亿元", "4622.9亿元", "12.4%"}, "linked", "holds") in shares(doc)
    assert not any("917.9亿元" in s and "572.6亿元" in s for s, _, _ in shares(doc))


# --- a share's change from the growth of its part and whole (points.changes_of_shares) -------------
def changes(doc: dict) -> list[tuple[set[str], str, str]]:
    return [(written_set(c), c["how"], c["verdict"]) for c in check_dicts(doc, "expression")
            if c["check"].endswith("_share_change")]


@pytest.mark.parametrize(("text", "figures", "verdict"), [
    # 资产负债率 with its change after it: 国家统计局 1-2月 2021 (smoke industrial-profits-jan-feb-2021,
    # line 7), 河北 1-11月 2017 (fresh18 stat-hebei-industry-profit-2017, line 6)
    (NBS_DEBT.format(a="71.27"), {"56.2%", "9.6%", "9.4%", "下降0.1个百分点"}, "holds"),
    (HEBEI_DEBT.format(r="54.7"), {"54.7%", "7.7%", "6.1%", "下降0.9个百分点"}, "holds"),
    # a trade share with its change before it (21世纪经济报道; 南方日报, line 6 holds, line 4 does not:
    # 56.8 × (1 − 1.182/1.216) = 1.54–1.64 points, printed 1.7 — its gold says so)
    (CHINA.format(r="48.2"), {"48.2%", "13.3%", "16.1%", "1.1个百分点"}, "holds"),
    (GUANGDONG.format(r="56.8"), {"68.7%", "18.9%", "19.9%", "0.6个百分点"}, "holds"),
    (GUANGDONG.format(r="56.8"), {"56.8%", "18.2%", "21.6%", "1.7个百分点"}, "warning"),
])
def test_the_change_of_a_share_follows_from_the_growth(article, text: str, figures: set[str],
                                                       verdict: str) -> None:
    _, doc = article(text)
    assert (figures, "linked", verdict) in changes(doc), changes(doc)


def test_a_changed_share_change_is_named(article) -> None:
    _, doc = article(HEBEI_DEBT.format(r="54.7").replace("同比下降0.9个百分点", "同比下降1.9个百分点"))
    assert names_written(doc, "下降1.9个百分点", "warning"), doc["findings"]


# 苏州 2022年一季度 (dev stat-suzhou-2022q1, line 9): a share of industrial output, whose growth is on a
# comparable set of firms: its change is not tested against the growth rates.
SUZHOU = ("据介绍，苏州一季度产业升级步伐加快，一季度高技术制造业实"
          "现产值3508.8亿元，同比增长12.8%，高于规模以上"
          "工业3.2个百分点，高技术制造业产值占规模以上工业总产值比重达34.9%，同比提高0.5个百分点。\n")


def test_no_change_of_a_share_of_industrial_output(article) -> None:
    _, doc = article("一季度，全市规模以上工业总产值10051.6亿元，同比增长9.6%。\n" + SUZHOU)
    assert changes(doc) == []


# --- 营业收入利润率: profit of all the firms over their revenue (discover/ratios.py) ----------------
# 四川日报 2022 (fresh18 news-sichuan-industry-profit-2022, lines 3, 4 and 8): the profit of all the
# firms in the lead, not the 国有控股企业's; 国家统计局 2021年1-8月 (smoke3 industrial-profits-jan-aug-2021).
SICHUAN_MARGIN = ("本报讯（记者 赵蝶）记者近日从四川省统计局获悉，1-"
                  "10月，四川省规模以上工业企业实现利润总额{p}亿元，"
                  "同比增长12.8%。\n"
                  "分经济类型看，国有控股企业实现利润总额1222.4亿元，同比下降4.7%。\n"
                  "1-10月，全省规模以上工业企业实现营业收入43748.7"
                  "亿元，同比增长3.9%；发生营业成本36148.5亿元，同比"
                  "增长3.7%；营业收入利润率为8.7%，同比提高0.7个百分点。\n")


def test_a_profit_margin_is_of_all_the_firms(article) -> None:
    _, doc = article(SICHUAN_MARGIN.format(p="3819.8"))
    assert ({"3819.8亿元", "43748.7亿元", "8.7%"}, "linked", "holds") in shares(doc)
    assert not any("1222.4亿元" in s for s, _, _ in shares(doc))
    assert ({"8.7%", "3.9%", "12.8%", "0.7个百分点"}, "linked", "holds") in changes(doc)
    _, doc = article(SICHUAN_MARGIN.format(p="3189.8"))
    assert names_written(doc, "3189.8亿元", "warning"), doc["findings"]


# 南方日报 2021-11 (fresh18 news-guangdong-trade-jan-oct-2021, lines 1 and 6): 快于广东整体出口增速 names the
# whole of 出口 after a place without 省 (points.whole_named_after_place), as 福建省进出口整体增速 does
# with it.
GUANGDONG_PACE = ("据海关广东分署统计，2021年前10个月，广东进出口6."
                  "71万亿元人民币，比去年同期（下同）增长18.2%。其中，"
                  "出口4.11万亿元，增长18.9%；进口2.6万亿元，增长17%。\n"
                  "机电产品出口增速快于整体。前10个月，广东出口机电产品"
                  "2.82万亿元，增长{g}%，增速快于广东整体出口增速"
                  "1个百分点。\n")


def test_a_rate_against_the_whole_named_after_a_place(article) -> None:
    _, doc = article(GUANGDONG_PACE.format(g="19.9"))
    assert ({"19.9%", "18.9%", "1个百分点"}, "linked", "holds") in [
        (written_set(c), c["how"], c["verdict"]) for c in check_dicts(doc, "points")]
    _, doc = article(GUANGDONG_PACE.format(g="21.9"))
    assert names_written(doc, "21.9%", "warning"), doc["findings"]
