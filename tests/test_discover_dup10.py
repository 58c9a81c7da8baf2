"""A growth rate restated by the class of rates it is in (discover/duplicate.py, subjects.py).

- **In one sentence** (*stated*): the rate, then in the next clause a verb that carries it on
  and the class — 同比增长14.3%，继续保持两位数增长; 同比增长18.6%，持续今年以来两位数增长态势.
  The words tie them: a rate outside the class is an error naming the rate.
- **In the sentence before the level** (*linked*): 进出口延续两位数增速。外贸进出口总额8.27万亿元，
  同比增长16.7% — 延续, like 保持, names no subject; tied across sentences, at most a warning.

Each case is a small article made of real sentences (source given), checked with
`factcheck check x.txt --format json --show-checks`.
"""

from __future__ import annotations

import pytest
from helpers import check_text as check
from helpers import duplicate_pairs as pairs
from helpers import named_figures as named
from helpers import same_findings

from factcheck.discover.subjects import normalise_label


def errors(doc: dict) -> list[dict]:
    return [f for f in doc["findings"] if f["severity"] == "error"]


def warned(doc: dict) -> list[tuple[int, int, str]]:
    """The figures the FC901 warnings name."""
    out = []
    for f in same_findings(doc):
        assert f["severity"] == "warning"
        out += named(f)
    return out


def erred(doc: dict) -> list[tuple[int, int, str]]:
    return [n for f in errors(doc) for n in named(f)]


# --- a rate, then its class in the next clause: stated ---------------------------------------------
#: 财联社 (smoke4 industrial-profits-jan-sep-2021): github:Rock-Candy-Tea/RSSHUB-PAGE/source/_posts/
#: 金融/财联社/深度/1-9月份全国规模以上工业企业利润同比增长447%.md
PROFITS = ("1-9月份全国规模以上工业企业利润同比增长44.7%\n\n"
           "三季度，工业企业利润同比增长{}%，继续保持两位数增长；两年平均增长15.1%，增速比二季度略有回落。\n")
#: 新浪财经 (smoke guangdong-q1q3-2021): github:Rock-Candy-Tea/RSSHUB-PAGE/source/_posts/金融/新浪财经/
#: 新浪财经－国內/广东前三季度GDP达88万亿，当月进出口创历史新高.md
GUANGDONG = ("广东前三季度GDP达8.8万亿，当月进出口创历史新高\n\n"
             "数据显示，前三季度，广东外贸进出口总额6.03万亿元，同比增长{}%，持续今年以来两位数增长态势，"
             "两年平均增长8.0%。\n")


@pytest.mark.parametrize(("text", "rate", "column"), [
    (PROFITS, "14.3", 11), (GUANGDONG, "18.6", 28)],
    ids=["profits", "trade"])
def test_a_rate_restated_by_its_class_in_the_next_clause(tmp_path, capsys, text, rate, column):
    doc = check(tmp_path, capsys, text.format(rate))
    stated = [p for p in pairs(doc) if p[0] == "stated"]
    assert len(stated) == 1 and stated[0][1] == "holds"
    assert stated[0][2][1][1].startswith("两位数")
    assert same_findings(doc) == []
    low = rate.replace("1", "", 1)  # 14.3 → 4.3, 18.6 → 8.6: a digit dropped
    doc = check(tmp_path, capsys, text.format(low))
    assert (3, column, low + "%") in erred(doc)


@pytest.mark.parametrize("text", [
    # 新浪财经 (smoke6 quanzhou-industry-jan-oct-2022): http://tjj.quanzhou.gov.cn/tjzl/sjjd/202211/
    # t20221123_2804133.htm — the class names industries, not the rate before it
    "泉州1—10月份规模以上工业生产情况\n\n1—10月份，全市规模以上工业37个大类行业中有21个行业增加值同比实现增长，"
    "增长面为56.8%，有13个行业实现两位数增长。\n",
    # 贵州茅台 三季报 (a local news page stored on GitHub): the class is said of two figures after
    # a semicolon — one of them is 9%, and the words do not say which the class restates
    "茅台三季报\n\n2016年前三季度累计实现营业收入266亿元，同比增长15%；实现净利润125亿元，同比增长9%；"
    "营收和净利延续两位数增长势头，业绩喜人。\n",
    # 财联社 (smoke4 industrial-profits-jan-sep-2021), the class named of the two-year average's
    # sentence-mate: a two-year average is another figure
    "工业企业利润\n\n三季度，工业企业利润两年平均增长9.1%，继续保持两位数增长。\n",
], ids=["industries", "two-figures", "two-year-average"])
def test_a_class_that_restates_no_rate_before_it(tmp_path, capsys, text):
    doc = check(tmp_path, capsys, text)
    assert [p for p in pairs(doc) if p[0] == "stated"] == []
    assert errors(doc) == []


# --- the class in one sentence, the level and its rate in the next: linked ----------------------------
#: 中国新闻网 on 新浪财经 (news-stat-gd-js-sd-gdp-2021): github:Rock-Candy-Tea/RSSHUB-PAGE/source/
#: _posts/金融/新浪财经/新浪财经－国內/粤苏鲁经济领跑全国，GDP总量相加超30万亿元.md
TRADE = ("粤苏鲁经济领跑全国，GDP总量相加超30万亿元\n\n"
         "2021年，广东社会消费品零售总额4.42万亿元，同比增长9.9%，两年平均增长1.4%。进出口延续两位数增速。"
         "外贸进出口总额8.27万亿元，同比增长{}%。\n")


def test_the_class_in_the_sentence_before_the_level(tmp_path, capsys):
    doc = check(tmp_path, capsys, TRADE.format("16.7"))
    assert ("linked", "holds", [(3, "16.7%"), (3, "两位数增长")]) in pairs(doc)
    assert same_findings(doc) == []
    doc = check(tmp_path, capsys, TRADE.format("6.7"))
    assert (3, 72, "6.7%") in warned(doc)
    assert errors(doc) == []


@pytest.mark.parametrize(("label", "subject"), [
    ("进出口延续", "外贸进出口"),  # news-stat-gd-js-sd-gdp-2021, above
    # the 茅台 page above: two subjects, which pair with neither figure's label
    ("营收和净利延续", "营收和净利"),
    # 中国复合材料工业协会 (a site's news list stored on GitHub): 2026年国内复合材料市场将延续两位数
    # 增长态势 — 将 makes it a projection (the measure), the subject is the market
    ("2026年国内复合材料市场将延续", "国内复合材料市场将"),
])
def test_carrying_on_names_no_subject(label, subject):
    assert normalise_label(label) == subject
