"""Parts of a count in two forms of Chinese writing read in session 17 (discover/among.py), through
`factcheck check ARTICLE`: the relation found on real sentences with its verdict, the same text with
one figure changed (an error names it where the words state it, a warning where only the sentence
before ties it), and the look-alikes that must find nothing.

Forms:
- the count some of a count's things take, 占了N家 (`_taken_of_a_count`): at most the nearest count
  before it of the same things, in its sentence (stated) or the sentence right before (linked);
- counts of the things over two bars of one measure in one sentence (`_over_higher_bars`): those
  over the higher bar are among those over the lower (超过100亿元的企业有58家，超过200亿元的企业有14家).
"""

from __future__ import annotations

import pytest
from helpers import breakdowns_of as breakdowns
from helpers import column_of as column
from helpers import names_place as names


def flagged(doc: dict, line: int, at: int, severity: str) -> bool:
    return any(names(f, line, at) for f in doc["findings"] if f["severity"] == severity)


def alarms(doc: dict) -> list[dict]:
    return [f for f in doc["findings"] if f["severity"] in ("error", "warning")]


# --- 占了N家: the count some of a count's things take -----------------------------------------------
# 中国新闻网 2006-06-21, 中国民营企业五百强多半在长三角 (http://whmsebhyy.com/g/20060621/17332670416.shtml)
CHINANEWS = "中新网南京六月二十一日电 据最新披露的《二00五江苏省民营企业经济发展报告》披露：" \
            "中国民营企业五百强多半在长三角，五百家大规模民营企业中，江苏、浙江、上海占了{part}家。\n"
# 21世纪经济报道, A股十年 (tests/data/fresh15/news-a-share-decade-2021, line 37)
ASHARE = "10年后，千亿市值以上的公司达到146家，10年间翻了近3倍。从上市板块来看，创业板公司占了{part}家，" \
         "市值前三的除了宁德时代之外，第二和第三的分别为迈瑞医疗和金龙鱼。\n"

TAKEN = [(CHINANEWS, "三百二十七", "五百家", "三百二十七家", "五百二十七", "stated"),
         (ASHARE, "18", "146家", "18家", "180", "linked")]


@pytest.mark.parametrize(("text", "part", "whole", "written", "changed", "how"), TAKEN)
def test_a_take_is_at_most_the_count_before_it(article, text, part, whole, written, changed, how) -> None:
    code, doc = article(text.format(part=part))
    assert (how, frozenset({whole, written})) in breakdowns(doc)
    assert code == 0 and not alarms(doc)
    new = text.format(part=changed)
    _, doc = article(new)
    severity = "error" if how == "stated" else "warning"
    assert flagged(doc, 1, column(new, changed), severity), doc["findings"]


LOOKALIKES_TAKEN = [
    # siblings: each region takes its seats of one list, none is the whole of another (九派新闻 2022-07-21,
    # https://hnmdtv.com/kandian/072022_154714.html, counted in 个 here)
    "从区域来看，百强县东部地区占65个，中部地区占22个，西部地区占10个，东北地区占3个。\n",
    # a count that is one item of a list: the take after it need not be of it
    "全市共有医院20家，卫生院30家，民营医院占了8家。\n",
    # each takes as many
    "两省平分秋色，浙江和江苏各占5家，此前共有10家。\n",
    # the whole of a share after 占
    "全市新增企业30家，占100家企业的30%。\n",
    # two sentences back
    "今年全省上市公司达到146家。这一数字创下新高。从行业来看，半导体行业占了180家。\n",
]


@pytest.mark.parametrize("text", LOOKALIKES_TAKEN)
def test_no_take_of_another_count(article, text) -> None:
    _, doc = article(text)
    assert not [c for c in doc["checks"] if c["check"].endswith("_among")], doc["checks"]


# --- counts over two bars of one measure -------------------------------------------------------------
# 上海证券报 2007-08-09, 我国有58家民企收入超百亿 (https://paper.cnstock.com/html/2007-08/09/content_58639203.htm)
CNSTOCK = "全国工商联日前发布的2006年度规模以上民营企业调研结果显示，2006年度规模以上民营企业" \
          "营业收入总额超过100亿元的企业有{whole}家，超过200亿元的企业有{part}家，而2005年度营业收入总额超过200亿元的民营企业只有8家。\n"
# 民营500强 (http://m.ihas.com.cn/html/news/gn/2014_10/27/15118031.html)
IHAS = "据了解，此次入选的500强企业中，有16家企业营收总额超1000亿元，有27家企业的营业收入超过500亿元，" \
       "有438家超过100亿元；有{part}家企业资产总额超过1000亿元，有21家企业资产总额超过500亿元，超过100亿元的企业有{whole}家。\n"

BARS = [(CNSTOCK, {"whole": "58", "part": "14"}, {"58家", "14家"}, "part", "68"),
        (CNSTOCK, {"whole": "58", "part": "14"}, {"58家", "14家"}, "whole", "11"),
        (IHAS, {"whole": "356", "part": "13"}, {"13家", "21家"}, "part", "31"),
        (IHAS, {"whole": "356", "part": "13"}, {"21家", "356家"}, "whole", "19")]


@pytest.mark.parametrize(("text", "figures", "pair", "key", "changed"), BARS)
def test_those_over_a_higher_bar_are_among_those_over_a_lower(article, text, figures, pair, key,
                                                              changed) -> None:
    code, doc = article(text.format(**figures))
    assert ("stated", frozenset(pair)) in breakdowns(doc)
    assert code == 0 and not alarms(doc)
    new = text.format(**{**figures, key: changed})
    _, doc = article(new)
    at = column(new, f"有{changed}家")
    assert flagged(doc, 1, at, "error"), doc["findings"]


def test_the_years_count_is_not_tied_to_another_years(article) -> None:
    """而2005年度…只有8家: another year's count, over the same bar, is no part of this year's."""
    _, doc = article(CNSTOCK.format(whole="58", part="14"))
    assert not any("只有8家" in figures for _, figures in breakdowns(doc))


LOOKALIKES_BARS = [
    # other things over the higher bar: 民企 are no part of 国企
    "营业收入超过100亿元的国企有58家，超过200亿元的民企有64家。\n",
    # another measure over the higher bar
    "出口额超过100亿元的企业有58家，进口额超过200亿元的企业有64家。\n",
    # a change of the count, not a count
    "营业收入超过100亿元的企业有58家，超过200亿元的企业比上年增加64家。\n",
]


@pytest.mark.parametrize("text", LOOKALIKES_BARS)
def test_no_bars_across_other_things(article, text) -> None:
    code, doc = article(text)
    assert not [c for c in doc["checks"] if c["check"].endswith("_over_bars")], doc["checks"]
    assert code == 0 and not alarms(doc)


# --- 里 as 中, and 中的: N家…里(，)有M家; N家公司中的M家 ---------------------------------------------
# A public R notebook on China's air quality (PM10 by city; found by the search tool's find_string)
PM10 = "{whole}个城市里，有{part}个城市没有数据，余下的319个城市里，PM10指数的平均值是98.81，中位数是85。\n"
# A public project's notes on a data-labelling effort (find_string: 家企业里，有)
LABELLING = "所谓五家机构中，实际只有北语柯登峰教授来回奔波，其他四家可有可无。" \
            "且{whole}家企业里，有{part}家半是国企。\n"
# A translated note on institutional investors in the Nasdaq-99 (find_string: 家公司中的)
NASDAQ = "尽管 Berkshire 投资了纳斯达克 {whole} 家公司中的 {part} 家(表 2)，" \
         "但其 86%的资金被苹果公司(AAPL)套牢。\n"

WITHIN = [(PM10, "365", "46", {"365个", "46个"}, "466"),
          (LABELLING, "四", "两", {"四家", "两家"}, "六"),
          (NASDAQ, "99", "8", {"99家", "8家"}, "108")]


@pytest.mark.parametrize(("text", "whole", "part", "pair", "changed"), WITHIN)
def test_some_of_a_count_after_li_or_zhong_de(article, text, whole, part, pair, changed) -> None:
    code, doc = article(text.format(whole=whole, part=part))
    assert ("stated", frozenset(pair)) in breakdowns(doc)
    assert code == 0 and not alarms(doc)
    new = text.format(whole=whole, part=changed)
    _, doc = article(new)
    assert flagged(doc, 1, column(new, changed), "error"), doc["findings"]


@pytest.mark.parametrize("text", ["全程300公里里有50公里是山路。\n",
                                  "用户可以与另一家公司中的某个人聊天，3家公司参与了测试。\n"])
def test_no_part_after_a_distance_or_one_of_another(article, text) -> None:
    _, doc = article(text)
    assert not breakdowns(doc), doc["checks"]


# --- 其中 inside a clause; 里面有 -----------------------------------------------------------------------
# A vendor interview on big-data platforms in China (public repository notes; find_string: 已与其中)
CLOUDERA = "而谈及国内市场，徐晋给出了这样的数字：国内最大的20家银行中，有12家是Cloudera的客户。" \
           "三大电信运营商全部采用了Cloudera的产品，排名前十的券商里Cloudera已与其中{part}家建立了" \
           "业务联系，在国内最大的{whole}家保险公司里面有六家采用了Cloudera的产品。\n"


def test_a_count_of_them_inside_a_clause_and_li_mian(article) -> None:
    """其中八家 of the top ten (前十); 六家 of the 七家 保险公司里面."""
    code, doc = article(CLOUDERA.format(part="八", whole="七"))
    assert ("stated", frozenset({"七家", "六家"})) in breakdowns(doc)
    assert any(c["check"].endswith("_among") and c["kind"] == "expression" for c in doc["checks"])
    assert code == 0 and not alarms(doc)
    for key, changed in (("part", "十二"), ("whole", "五")):
        new = CLOUDERA.format(**{"part": "八", "whole": "七", key: changed})
        _, doc = article(new)
        assert flagged(doc, 1, column(new, changed + "家"), "error"), doc["findings"]


# --- 检查N家，发现M家 ---------------------------------------------------------------------------------
# 中国造纸网 2017-07-25 (http://ordinalmonkey.com/news/daynews/2017/170725071359929571.htm)
PAPER = "7月21日，60个检查组共检查企业{whole}家，发现{part}家企业存在涉嫌环境违法行为，" \
        "检查组均已提出立案处理处罚建议。\n"
# 广东省生态环境厅, 督查动态 (http://gdee.gd.gov.cn/dcdt/content/post_2351611.html)
GDEE = "8月4日至8月10日，9个督查组共督查企业（单位）{whole}家，检查发现存在环保问题企业（单位）{part}家，" \
       "建议立案企业（单位）151家，分别占总检查企业数的73.8%、39.9%。\n"
# 环保部通报 (http://www.htin8.cn/wz/59383.htm)
HTIN8 = "据统计，仅5月28日和29日两天，23个督查组共检查了{whole}家企业（单位），" \
        "发现{part}家企业存在环境问题，检查和发现问题企业数量再创近期新高。\n"

CHECKED = [(PAPER, "68", "45", "86"), (GDEE, "378", "279", "479"), (HTIN8, "734", "604", "804")]


@pytest.mark.parametrize(("text", "whole", "part", "changed"), CHECKED)
def test_found_among_those_inspected(article, text, whole, part, changed) -> None:
    code, doc = article(text.format(whole=whole, part=part))
    assert any(how == "stated" and f"{part}家" in figures and any(whole in w for w in figures)
               for how, figures in breakdowns(doc)), doc["checks"]
    assert code == 0
    new = text.format(whole=whole, part=changed)
    _, doc = article(new)
    assert flagged(doc, 1, column(new, changed), "error"), doc["findings"]


@pytest.mark.parametrize("text", [
    # other things found (国务院安委办 明查暗访, http://www.syyouli.cn/fast/detail_2201.html)
    "明查暗访期间，共检查各类企业单位100余家，排查问题隐患近800处，依法依规对13家问题隐患突出的企业单位予以停产停业整顿。\n",
    "本次共检查企业68家，比上年增加12家，发现问题隐患45处。\n",
    "今年共检查企业68家，去年发现问题企业86家。\n"])
def test_no_found_among_other_things(article, text) -> None:
    _, doc = article(text)
    assert not [c for c in doc["checks"] if c["check"].endswith("_among")], doc["checks"]


# --- 利润总额 within 营业收入 of an aggregate of firms (discover/defined.py) -------------------------------
# 贵州省统计局, 2022年1-2月 (tests/data/fresh15/stat-guizhou-2022q1)
GUIZHOU = "从企业效益看，1至2月，全省规模以上工业企业实现营业收入1739.58亿元，比上年同期增长24.6%；" \
          "实现利润总额{profit}亿元，增长93.4%。\n"
# 省工信厅, 上半年 (https://daluzixun.com/news/1628306070350558)
DALU = "8月6日，记者从省工信厅获悉，今年上半年，全省规模以上工业企业实现营业收入19644.7亿元，" \
       "同比增长37.9%，增速列全国第一，两年平均增长18.2%，增速列全国第三；实现利润总额{profit}亿元，同比增长52.6%。\n"
# 经济参考报 2011-11-30 (http://jjckb.xinhuanet.com/2011-11/30/content_346233.htm)
SHANXI = "据统计，1-10月，山西省规模以上工业（以下简称全省工业）实现营业收入13937.8亿元，同比增长38.0%；" \
         "主营业务收入13397.8亿元，同比增长36.3%；利润总额{profit}亿元，同比增长43.7%。\n"

PROFITS = [(GUIZHOU, "175.76", "1739.58亿元", "1775.76"), (DALU, "1244.4", "19644.7亿元", "21244.4"),
           (SHANXI, "982.8", "13397.8亿元", "13982.8")]


@pytest.mark.parametrize(("text", "profit", "revenue", "changed"), PROFITS)
def test_the_profit_of_firms_is_within_their_revenue(article, text, profit, revenue, changed) -> None:
    code, doc = article(text.format(profit=profit))
    assert ("linked", frozenset({revenue, f"{profit}亿元"})) in breakdowns(doc)
    assert code == 0 and not alarms(doc)
    new = text.format(profit=changed)
    _, doc = article(new)
    assert flagged(doc, 1, column(new, changed), "warning"), doc["findings"]


@pytest.mark.parametrize("text", [
    "公司实现营业收入5亿元，同比增长3%；利润总额8亿元，主要来自投资收益。\n",
    "全市规模以上工业企业实现营业收入100亿元。规上服务业企业实现利润总额120亿元。\n",
    "全市规模以上工业企业实现营业收入100亿元；规上服务业实现利润总额120亿元。\n"])
def test_no_profit_within_revenue_of_one_firm_or_another_scope(article, text) -> None:
    _, doc = article(text)
    assert not [c for c in doc["checks"] if c["check"].endswith("_defined")], doc["checks"]


# --- counts by one classification of industries or boards, after the lead that names it (sections.py) ----
# 21世纪经济报道, A股十年 (tests/data/fresh15/news-a-share-decade-2021, line 45)
SHENWAN = "按照申万一级行业统计，目前146家千亿市值以上的公司中，仍属银行最多，达到18家，" \
          "其次是非银金融行业17家，接下来分别是医药生物行业{part}家，电子行业15家，食品饮料行业10家，新能源公司较为集中的电气设备行业为7家。\n"
# 浙江在线 2021-01-14 (http://nxdls.net/html/xinwendongtai/23579.html)
ZHEJIANG = "从板块结构来看，我省新上市企业主要集中于主板和创业板。62家新增上市公司中，" \
           "主板和创业板分别为29家和{part}家。\n"
# 中新网上海 2021-12-29 (http://houyingdance.com/zh/2021/1229/17625.html)
SHANGHAI = "科创板方面，上海市上市企业有59家，占比16%，排名全国第二。从行业分布看，59家上市企业中，" \
           "集成电路企业22家，生物医药企业{part}家，其他产业20家。\n"

CLASSES = [(SHENWAN, "16", {"146家", "达到18家", "17家", "16家", "15家", "10家", "为7家"}, "96"),
           (ZHEJIANG, "20", {"62家", "为29家", "20家"}, "40"),
           (SHANGHAI, "17", {"59家", "22家", "17家", "20家"}, "27")]


@pytest.mark.parametrize(("text", "part", "figures", "changed"), CLASSES)
def test_counts_by_one_classification_are_summed(article, text, part, figures, changed) -> None:
    code, doc = article(text.format(part=part))
    written = {f.removeprefix("达到").removeprefix("为") for f in figures}
    assert any(how == "stated" and {f.removeprefix("达到").removeprefix("为") for f in got} == written
               for how, got in breakdowns(doc)), breakdowns(doc)
    assert code == 0 and not alarms(doc)
    new = text.format(part=changed)
    _, doc = article(new)
    assert flagged(doc, 1, column(new, changed + "家"), "error"), doc["findings"]


# --- the count of one place that made a list, after the list's size (among.py `_made_the_list`) ------------
# 中国江苏网 2016-04-15 (https://m.whrx.org/plus/view-113738-1.html)
JIANGSU = "中国江苏网4月15日讯 记者14日获悉，科技部火炬中心刚印发通知，" \
          "新认定{whole}家国家级科技企业孵化器，我省富达高新技术创业服务有限公司等{part}家科技企业孵化器入围榜单。\n"
# 阜阳日报 2021-01-09 (http://test.fynews.net/epaper/read.do?m=i&iid=1533&eid=15650&sid=55468)
FUYANG = "本报讯 1月5日，省经信厅公布了{whole}家2020年度省专精特新中小企业名单，我市{part}家企业名列其中。\n"

LISTS = [(JIANGSU, "133", "23", "143"), (FUYANG, "200", "18", "218")]


@pytest.mark.parametrize(("text", "whole", "part", "changed"), LISTS)
def test_a_count_that_made_a_list_is_at_most_its_size(article, text, whole, part, changed) -> None:
    code, doc = article(text.format(whole=whole, part=part))
    assert any(how == "stated" and f"{part}家" in got and any(whole in w for w in got)
               for how, got in breakdowns(doc)), breakdowns(doc)
    assert code == 0 and not alarms(doc)
    new = text.format(whole=whole, part=changed)
    _, doc = article(new)
    assert flagged(doc, 1, column(new, changed + "家"), "error"), doc["findings"]


@pytest.mark.parametrize("text", ["科技部新认定133家孵化器，去年入选的200家已全部验收。\n",
                                  "科技部新认定133家孵化器，我省累计入选300家。\n",
                                  "工信部评出了25项先进制造业集群，且入选的6个集群均在粤港澳大湾区。\n"])
def test_no_count_of_another_list(article, text) -> None:
    _, doc = article(text)
    assert not [c for c in doc["checks"] if c["check"].endswith("_among")], doc["checks"]


def test_counts_of_the_classes_by_what_they_do_are_not_summed(article) -> None:
    """河北省统计局 2019-11-20 (tests/data/forms15): 分行业看，…168个行业中，有120个行业增加值实现了增长，
    占71.4%，87个行业增速超过全省平均水平 — industries counted by what they do overlap."""
    _, doc = article("分行业看，超七成行业实现增长。在有生产活动的168个行业中，有120个行业增加值实现了增长，"
                     "占71.4%，87个行业增速超过全省平均水平。\n")
    assert not any(len(figures) > 2 for _, figures in breakdowns(doc)), breakdowns(doc)
    assert not alarms(doc)
