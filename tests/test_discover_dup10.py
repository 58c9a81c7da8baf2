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
from helpers import error_findings as errors
from helpers import named_figures as named
from helpers import same_findings
from helpers import warned_figures as warned

from factcheck.discover.subjects import normalise_label, places_in_text


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
    ("营收和净利延续", "营业收入和净利润"),  # 营收 and 净利 by their full names (dup12)
    # 中国复合材料工业协会 (a site's news list stored on GitHub): 2026年国内复合材料市场将延续两位数
    # 增长态势 — 将 makes it a projection (the measure), the subject is the market
    ("2026年国内复合材料市场将延续", "国内复合材料市场将"),
])
def test_carrying_on_names_no_subject(label, subject):
    assert normalise_label(label) == subject


# --- a lead that names a flow by its verb, a body by its noun: linked ---------------------------------
#: 中国铁路总公司 (news-railway-2018m10, a news item in github:0331Gavin/bjtpb src/main/webapp/WEB-INF/
#: jsp/public/deptInfo.jsp): the lead's 发送旅客…、货物… is the body's 旅客发送量 and 货物发送量; the
#: nation in 中国铁路总公司 is who reports, not the place of the figures.
RAILWAY = ("1月至10月铁路客货多项重要指标创历史新高\n\n"
           "今年以来，中国铁路总公司认真贯彻落实中央决策部署。1月至10月，国家铁路发送旅客{}亿人次、货物{}亿吨，"
           "客货运量均保持同比大幅增长。\n\n"
           "1月至10月，国家铁路累计完成旅客发送量28.25亿人次，同比增长9.2％。\n\n"
           "货运方面，1月至10月，国家铁路货物发送量完成26.39亿吨，同比增长8.3％。\n")


def test_a_lead_names_the_flows_by_their_verb(tmp_path, capsys):
    doc = check(tmp_path, capsys, RAILWAY.format("28.25", "26.39"))
    assert ("linked", "holds", [(3, "28.25亿人次"), (5, "28.25亿人次")]) in pairs(doc)
    assert ("linked", "holds", [(3, "26.39亿吨"), (7, "26.39亿吨")]) in pairs(doc)
    assert same_findings(doc) == []
    doc = check(tmp_path, capsys, RAILWAY.format("28.52", "26.93"))
    assert {(3, 41, "28.52亿人次"), (3, 52, "26.93亿吨")} <= set(warned(doc))
    assert errors(doc) == []


@pytest.mark.parametrize(("label", "subject"), [
    ("国家铁路发送旅客", "国家铁路旅客发送量"),
    ("国家铁路累计完成旅客发送量", "国家铁路旅客发送量"),
    # 四川 10月1日-4日 (wzatv.cc/atv/a/minshengjingji/2016/1005/151376_2.html): 全省纳入统计的75个4A级
    # （含）以上旅游景区共接待游客633.77万人次 — the verb's object named as the noun's
    ("旅游景区共接待游客", "旅游景区游客接待量"),
    # 法制网 (a news digest stored on GitHub): 全国铁路、道路、水路、民航共发送旅客6960.9万人次
    ("民航共发送旅客", "民航旅客发送量"),
])
def test_a_flow_named_by_its_verb_is_named_by_its_noun(label, subject):
    assert normalise_label(label) == subject


@pytest.mark.parametrize("text", [
    # 云南 10月1日-4日 (the wzatv.cc page above): the province's visitors and one scenic spot's
    "国庆假期旅游\n\n10月1日-4日，云南全省接待游客597.4万人次，同比增长16.5%。\n\n"
    "其中昆明石林接待游客5.8万人次，同比增长12.7%；丽江玉龙雪山接待游客5.1万人次，同比增长8.5%。\n",
    # 中新网 (a page stored on GitHub): 昆明铁路局 and one direction of its trains
    "国庆黄金周\n\n9月30日，昆明铁路局迎来国庆黄金周客流出行高峰，全局发送旅客14.9万人，同比增加17.4%。\n\n"
    "9月30日，大理丽江方向发送旅客4.3万人，同比增加39.6%。\n",
], ids=["province-and-spot", "bureau-and-direction"])
def test_a_part_of_a_flow_is_not_the_flow(tmp_path, capsys, text):
    doc = check(tmp_path, capsys, text)
    assert pairs(doc) == []
    assert errors(doc) == []


@pytest.mark.parametrize(("text", "places"), [
    ("今年以来，中国铁路总公司认真贯彻落实中央决策部署", []),  # news-railway-2018m10
    # 中国汽车工业协会 (smoke2 retail-sales-july-2011, nev-sales-jan-jul-2018), 中国贸促会研究院
    # (news-consumption-2021m1-8): bodies that report national figures
    ("据中国汽车工业协会统计", []),
    ("中国贸促会研究院副院长赵萍在接受本报记者采访时分析", []),
    # the nation itself, and a class of its companies, stay the nation
    ("前三季度，中国GDP同比增长9.8%", [frozenset({"全国"})]),
    ("中国上市公司数量", [frozenset({"全国"})]),
])
def test_a_national_body_is_who_reports_not_where(text, places):
    assert places_in_text(text) == places


# --- a count of places, stated again by its own words: linked -----------------------------------------
#: 中国新闻周刊 on 新浪财经 (news-kcb-24cities-2022): github:Rock-Candy-Tea/RSSHUB-PAGE/source/_posts/
#: 金融/新浪财经/新浪财经－国內/中国有24座万亿GDP城市，谁是科创黑马？.md
CITIES = ("中国有24座万亿GDP城市，谁是科创黑马？\n\n"
          "{}个万亿GDP城市的“科创”成色究竟几何？科创板开板3年来的数据给出了答案。\n\n"
          "而在24座万亿GDP城市中，重庆的科创板企业最近刚刚实现“零突破”。\n")
#: 国是直通车 on 新浪财经 (github:Rock-Candy-Tea/RSSHUB-PAGE/source/_posts/金融/新浪财经/新浪财经－国內/
#: 5个万亿级GDP城市_肩并肩_，全国只有这里！.md)
BAY = ("5个万亿级GDP城市“肩并肩”，全国只有这里！\n\n2021年，东莞GDP跻身万亿。\n\n"
       "这对于它所在的粤港澳大湾区来说，是重要一笔：大湾区有了{}个万亿级GDP城市，它们“肩并肩”地连成了一片。\n")
#: 中新社 on 新浪财经 (news-31prov-q3-2021): …/中国前三季度31省份GDP数据揭晓 多地发展韧性持续显现.md —
#: the title, the title given again, the lead
PROVINCES = ("中国前三季度31省份GDP数据揭晓 多地发展韧性持续显现\n\n"
             "中新社北京11月1日电 题：中国前三季度31省份GDP数据揭晓 多地发展韧性持续显现\n\n"
             "中国{}省份前三季度经济数据近日全部出炉。各地经济总体保持恢复态势。\n")
#: 知乎热榜 (github:Rock-Candy-Tea/RSSHUB-PAGE, source/_posts/社交媒体/知乎/知乎热榜, 2022-05-03): the
#: question and the answer's heading
ZHIHU = ("31 省份一季度 GDP 数据出炉，粤苏鲁稳居前三，新疆增速最快，还有哪些信息值得关注？\n\n"
         "{}省份一季度GDP都出炉了，总体排名变化不大，不过有两大亮点值得注意：\n\n"
         "2022年一季度，江苏GDP为27,859亿，同比增长4.6%，广东GDP为28,498亿，增速仅3.3%。\n")


@pytest.mark.parametrize(("text", "count", "lines", "slip"), [
    (CITIES, "24", [1, 3, 5], (3, 1, "42个")),
    (BAY, "5", [1, 5], (5, 26, "55个")),
    (PROVINCES, "31", [1, 3, 5], (5, 3, "13个")),
    (ZHIHU, "31", [1, 3], (3, 1, "13个")),
], ids=["cities", "bay", "provinces", "zhihu"])
def test_a_count_of_places_stated_again(tmp_path, capsys, text, count, lines, slip):
    doc = check(tmp_path, capsys, text.format(count))
    counted = [p for p in pairs(doc) if [line for line, _ in p[2]] == lines]
    assert len(counted) == 1 and counted[0][:2] == ("linked", "holds")
    assert same_findings(doc) == []
    doc = check(tmp_path, capsys, text.format(slip[2].rstrip("个")))
    assert slip in warned(doc)
    assert errors(doc) == []


@pytest.mark.parametrize("text", [
    # 新浪财经 (github:Rock-Candy-Tea/RSSHUB-PAGE/…/解码一季度GDP：江西领跑全国，GDP洼地逆势隆起.md): 28
    # of the provinces so far, not all of them out — against the 知乎 question's 31
    "31 省份一季度 GDP 数据出炉，粤苏鲁稳居前三\n\n"
    "国家统计局4月18日公布了全国一季度主要经济数据之后，截止到目前，除吉林、新疆、西藏，已经有28个省份公布了"
    "一季度GDP数据。\n",
    # the 中新社 title (前三季度) and the 知乎 heading (一季度): two periods
    "中国前三季度31省份GDP数据揭晓 多地发展韧性持续显现\n\n31省份一季度GDP都出炉了，总体排名变化不大。\n",
], ids=["so-far", "periods"])
def test_counts_of_places_that_are_not_one(tmp_path, capsys, text):
    doc = check(tmp_path, capsys, text)
    assert pairs(doc) == []
    assert errors(doc) == []
