"""The same figure stated twice, session 18.

- **A price index restated by its change** (duplicate._indices): 城市居民消费价格指数为100.7，同比上涨0.7%
  — an index on last year's period (上年同期=100) and, in the next clause, its year-on-year change:
  one `expect` (index − 100 = change × 100), stated. Not an index in points (钢材综合价格指数为
  132.37点，比10月末下降17.27点，降幅为11.5%), a diffusion index in % (PMI), an index with no change.

Each case is a real text (source given), checked with `factcheck check x.txt --format json
--show-checks`: the check found and its verdict, one figure changed gives an error naming it, and
the look-alikes give nothing.
"""

from __future__ import annotations

import pytest
from helpers import check_text as check
from helpers import duplicate_pairs as pairs
from helpers import error_findings as errors
from helpers import same_findings
from helpers import warned_figures as warned


def _index_checks(doc: dict) -> list[tuple[str, str, list[str]]]:
    return [(r["how"], r["verdict"], [c["written"] for c in r["claims"]]) for r in doc["checks"]
            if r["kind"] == "expression" and r["check"].endswith("_index")]


# --- a price index restated by its change -------------------------------------------------------
#: 大庆市统计局, 2016年上半年全市经济运行情况 (tests/data/articles stat-daqing-2016h1, lines 67 and 69)
DAQING_CPI = "CPI：城市居民消费价格指数为{x}，同比上涨0.7%。\n"
DAQING_PPI = ("PPI：工业生产者出厂价格指数为{x}，同比下降20.2%。PPI低位运行主要是受原油价格持续走低影响"
              "（上半年平均油价同比下降33.2%）。\n")


@pytest.mark.parametrize(("text", "value", "change", "changed"), [
    (DAQING_CPI, "100.7", "0.7%", "101.7"),
    (DAQING_PPI, "79.8", "下降20.2%", "97.8"),
], ids=["CPI", "PPI"])
def test_a_price_index_restated_by_its_change(tmp_path, capsys, text, value, change, changed):
    doc = check(tmp_path, capsys, text.format(x=value))
    found = [(how, verdict, figures) for how, verdict, figures in _index_checks(doc)
             if any(value in w for w in figures)]
    assert found and all(how == "stated" and verdict == "holds" and change in figures
                         for how, verdict, figures in found)
    assert errors(doc) == []
    doc = check(tmp_path, capsys, text.format(x=changed))
    assert any(any(changed in c["written"] for c in f["claims"]) for f in errors(doc))


#: look-alikes: 中国钢铁工业协会 via smoke (an index in points against last month); 国家统计局 PMI (a
#: diffusion index in %); 国家统计局 房地产开发景气指数 (no change after it); a month-on-month index
@pytest.mark.parametrize("text", [
    "据中国钢铁工业协会监测，11月末，中国钢材综合价格指数为132.37点，比10月末下降17.27点，降幅为11.5%。\n",
    "2017年6月份，中国制造业采购经理指数（PMI）为51.7%，比上月上升0.5个百分点，制造业扩张步伐有所加快。\n",
    "9月份，全国房地产开发景气指数为100.41。\n",
    "全市居民消费价格环比指数为100.3，同比上涨2.1%。\n",
], ids=["points", "PMI", "no-change", "month-on-month"])
def test_other_indices_are_not_read_as_restated(tmp_path, capsys, text):
    doc = check(tmp_path, capsys, text)
    assert _index_checks(doc) == []


# --- a share at the end of a heading's line ---------------------------------------------------------
#: 界面新闻 (2022-04), 深圳如何实现GDP增长6% (tests/data/articles news-shenzhen-gov-report-2022, lines
#: 33-39): a section heading ends with a share; its words end at its line (they once ran into the
#: next paragraph's 根据报告), and the share whose words it shares most is 社会投资…占74.3%, not the
#: 投资占比68.4% of the projects outside the old zone
SHENZHEN = ("深圳如何实现GDP增长6%：稳住制造业基本盘\n\n"
            "同时，着力提升市场主体质量，新增国家高新技术企业500家、国家级专精特新“小巨人”企业100家，新增境内外上市公司"
            "30家以上。\n\n"
            "2022年重大项目共安排883个，年度社会投资占比74.3%\n\n"
            "根据报告，深圳2022年重大项目计划共安排项目883个，总投资35674.8亿元，同比增长26.2%，年度计划完成2241.3亿元，"
            "同比增长6.3%。其中，计划新开工项目98个，续建项目539个，前期项目246个。\n\n"
            "从区域分布看，为落实“东进、西协、南联、北拓、中优”和特区一体化发展战略，安排位于原特区外或连接原特区内外项目"
            "582个，个数占比65.9%，年度计划完成1533.7亿元，投资占比68.4%；从投资来源看，包括政府投资和社会投资项目。其中，"
            "政府投资575.5亿元，占25.7%；社会投资1665.8亿元，占{x}%。\n")
#: 中国畜牧业信息网 (2017), 我国2016年年末生猪存栏… (tests/data/smoke16 hog-inventory-2016-ccschy, lines
#: 1 and 6): a title that ends with a rate, restated in the body
HOGS = ("【数据】我国2016年年末生猪存栏43504万头，生猪出栏68502万头，出栏率达152%\n"
        "国家统计局日前发布我国《2016年国民经济和社会发展统计公报》，公报显示：\n"
        "我国2016年GDP总量达74.4万亿元，比上年增长6.7%，人均GDP达5.4万元，比上年增长6.1%。\n"
        "我们注意到，年末生猪存栏43504万头，已经持续三年减少，重合减少幅度为8.2%；相较2012年生猪存栏高点下降8.4%。"
        "生猪出栏率已经提高到{x}%，持续4年超过150%的水平。\n")


@pytest.mark.parametrize(("text", "value", "heading", "body", "changed"), [
    (SHENZHEN, "74.3", (5, "74.3%"), 9, "47.3"),
    (HOGS, "152", (1, "152%"), 4, "125"),
], ids=["社会投资占比", "出栏率"])
def test_a_share_at_the_end_of_a_headings_line(tmp_path, capsys, text, value, heading, body, changed):
    doc = check(tmp_path, capsys, text.format(x=value))
    assert any(how == "linked" and verdict == "holds" and heading in figures
               and any(line == body and value in w for line, w in figures)
               for how, verdict, figures in pairs(doc))
    assert not any(heading in figures and (9, "68.4%") in figures for _, _, figures in pairs(doc))
    assert same_findings(doc) == []
    doc = check(tmp_path, capsys, text.format(x=changed))
    assert any(line == body and changed in w for line, _, w in warned(doc))  # (the share's own
    # breakdown in 政府投资…占25.7%；社会投资…占74.3% raises the errors)


#: 锐观 (reportify, 2025), 30家上市城商行… (tests/data/smoke18 city-commercial-banks-2024-reportify, lines
#: 1 and 13): 有银行ROE超15% says it of some bank not named — no figure below restates it
BANKS = ("30家上市城商行赚钱能力分化加剧：有银行ROE超15%，有银行ROE低于1%\n"
         "资产质量\n"
         "北京银行资产规模4.22万亿元居首，江苏银行（3.95万亿）、上海银行（3.23万亿）和宁波银行（3.13万亿）突破3万亿。\n"
         "成都银行ROE达17.81%最高，杭州银行（16%）、江苏银行和宁波银行（均为13.59%）表现突出。\n")


def test_a_headlines_figure_of_some_one_not_named_pairs_with_nothing(tmp_path, capsys):
    doc = check(tmp_path, capsys, BANKS)
    assert not any(line == 1 for _, _, figures in pairs(doc) for line, _ in figures)
    assert same_findings(doc) == []


# --- a count named again by a demonstrative ---------------------------------------------------------
#: 经济观察网 via 36氪 (2021-06-19), A股十年 (tests/data/fresh15 news-a-share-decade-2021, lines 31-33): the
#: count stated, then 这38家公司中 in the next paragraph
SHARES = ("Wind数据显示，10年前，A股千亿市值以上的公司有38家。从行业类别来看，几乎全是金融、两桶油、煤炭、"
          "有色等传统行业；从公司属性来看，几乎均为央企、国企。\n\n"
          "截至今年6月17日收盘，这{x}家公司中，有26家公司的市值在这10年间实现增长，其中增幅前三的分别为贵州茅台、"
          "五粮液、招商银行。\n")
#: 21世纪经济报道 (2022), 医药公司营业利润 (tests/data/smoke2 pharma-profits-2019-2021, line 3): 以上六个因素,
#: then 这六个因素 in the next sentence
PHARMA = ("在“营业利润”中扣除以上六个因素，是因为它们往往是一次性损益。包含这{x}个因素的“营业利润”容易失真，"
          "比如财务造假的康美药业（600518.SH）由于2021年“其他收益”为176亿元，成为了2021年医药公司“营业利润”的"
          "亚军。\n")


@pytest.mark.parametrize(("text", "value", "first", "again", "changed"), [
    (SHARES, "38", (1, "38家"), 3, "36"),
    (PHARMA, "六", (1, "六个"), 1, None),
], ids=["这38家公司", "这六个因素"])
def test_a_count_named_again_by_a_demonstrative(tmp_path, capsys, text, value, first, again, changed):
    doc = check(tmp_path, capsys, text.format(x=value))
    assert any(how == "linked" and verdict == "holds" and first in figures and len(figures) >= 2
               and any(line == again and w.startswith(value) for line, w in figures)
               for how, verdict, figures in pairs(doc))
    assert same_findings(doc) == []
    if changed is None:  # (六 and 七 are not one figure misread: the copies are not grouped, no test)
        return
    doc = check(tmp_path, capsys, text.format(x=changed))
    assert any(line == again and w.startswith(changed) for line, _, w in warned(doc))
    assert errors(doc) == []


#: 证券时报·数据宝 (tests/data/articles news-rd-spending-2021, lines 29-33): the nearest count in 家 before
#: 上述17家 is the 五家 of a list of private firms — another group: nothing is paired
RD = ("2021年共有17家公司研发支出金额超过百亿，数量创历史新高。值得关注是，百亿研发企业大部分为中字头国企，"
      "民营/科技企业中，仅有中兴通讯、京东方A、美的集团、工业富联、比亚迪五家。\n\n"
      "亚马逊以3570多亿的金额排名第一，比上述17家A股百亿研发公司的总和还高出500多亿。\n")


def test_a_demonstrative_after_another_groups_count_is_not_paired(tmp_path, capsys):
    doc = check(tmp_path, capsys, RD)
    assert not any((1, "五家") in figures and any(line == 3 for line, _ in figures)
                   for _, _, figures in pairs(doc))
    assert same_findings(doc) == []
