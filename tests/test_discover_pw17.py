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
