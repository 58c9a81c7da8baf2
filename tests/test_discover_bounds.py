"""A bound stated for figures the sentence gives beside it (discover/bounds.py): each figure it
covers lies in it — figures listed then 均保持在10%以上; a bound of a group then a member (其中默克
制药甚至达到25%); a rate then 连续38个月保持20%以上的增速.

Each case is a real sentence (its source given), checked with `factcheck check --show-checks`: the
check found (the bound first, the figures it covers), stated, holding; the same text with one
covered figure changed out of the bound gives an error naming it. The look-alikes tie nothing.
"""

from __future__ import annotations

import pytest

#: fresh15 news-pboc-q2-2022 line 15 (人民银行《2022年第二季度中国货币政策执行报告》, a news report)
PBOC = ("货币信贷总量合理增长，6月末，M2、社会融资规模存量、人民币贷款余额同比分别增长11.4%、{}和11.2%，"
        "均保持在10%以上的较高水平，金融对实体经济的支持力度加大。信贷结构持续优化，6月末，普惠小微贷款余额"
        "22万亿元，同比增长{}，连续38个月保持20%以上的增速。\n")
#: fresh15 news-rd-spending-2021 (数据宝): lines 17, 19 and 43
RD_17 = ("从研发强度看，计算机、国防军工、机械设备三个行业去年研发强度超过5%，计算机研发强度为{}，远高于其他"
         "行业。食品饮料、农林牧渔、交通运输、房地产、商业贸易等行业对科技依赖程度轻，整体研发强度均低于1%，"
         "尤其是房地产、商业贸易，研发强度仅在{}左右。\n")
RD_19 = ("与全球巨头比较，制药企业中强生公司、辉瑞制药、默克制药、诺华制药、葛兰素史克研发强度均在10%以上，"
         "其中默克制药甚至达到{}。A股中，9家市值千亿级医药类企业中，有5家研发强度低于10%，爱尔眼科甚至仅"
         "1.48%，片仔癀、智飞生物也仅{}多。\n")
RD_43 = ("A股研发支出前50强公司中，也仅13家研发投入资本化率超过10%，长城汽车、中国联通、中煤能源资本化率"
         "最高，均超过30%，长城汽车更是达到{}。\n")
RD_49 = ("数据宝根据国家专利局数据，以去年末累计拥有国内专利数量看，有12家公司超过1万件，以汽车、家电行业上市"
         "公司为主，包括格力电器、中兴通讯、中国石化等，格力电器以{}数量居首，资本化率最高的长城汽车，累计拥有"
         "国内专利9500余件。\n")
#: smoke/provinces-gdp-q1-2022 (一季度各省GDP)
PROVINCES = "增速方面，湖南、湖北、江西、山西4个中部省份的增速均保持在6%以上，江西以{}领跑全国。\n"
#: smoke9/national-day-2015-yunnan-baogaosu (云南国庆旅游)
YUNNAN = ("德宏、临沧、玉溪等新兴旅游目的地游客接待量也快速增长，同比增幅均在18%以上，其中德宏游客接待量"
          "较往年同期增长{}。\n")
#: smoke21/listed-banks-q1-2025-aalamuw (上市银行一季报)
BANKS = ("Wind数据显示，工农中建四大行一季度营业收入均超千亿元，其中，工商银行以{}的营业收入居首。\n")
#: smoke5/province-economy-jan-jul-acmr (1-7月各省经济)
PRIVATE = "民间投资增长{}，连续4个月保持20%以上增速。\n"
#: smoke24/hunan-economy-2024-tjj-hunan (湖南省统计局)
HUNAN = "全年粮食产量{}，比上年增加2亿斤，连续5年保持在600亿斤以上。\n"
#: forms15 duplicates.yaml (央视网 via hbzyjz.com/news/detail/87/203513.html)
GRAIN = ("2022年全国粮食总产量{}，比上年增加74亿斤，增长0.5%，连续8年稳定在1.3万亿斤以上。\n")


def _bounds(doc: dict) -> list[tuple[str, str, list[str]]]:
    """(how, verdict, figures as written) of each check of a bound found in the text."""
    return [(r["how"], r["verdict"], [(c.get("article") or {}).get("text") for c in r["claims"]])
            for r in doc.get("checks", []) if str(r.get("check", "")).endswith(("_bound", "_each"))]


def _errors(doc: dict) -> list[str]:
    return [f["message"] for f in doc["findings"] if f["severity"] == "error"]


@pytest.mark.parametrize(("text", "values", "figures", "changed"), [
    (PBOC, ("10.8%", "23.8%"), ["10%以上", "增长11.4%", "10.8%", "11.2%"], ("9.8%", "23.8%")),
    (PBOC, ("10.8%", "23.8%"), ["20%以上", "同比增长23.8%"], ("10.8%", "13.8%")),
    (RD_17, ("9.65%", "0.25%"), ["超过5%", "为9.65%"], ("3.65%", "0.25%")),
    (RD_17, ("9.65%", "0.25%"), ["低于1%", "0.25%左右"], ("9.65%", "1.25%")),
    (RD_19, ("25%", "2%"), ["10%以上", "达到25%"], ("8%", "2%")),
    (RD_19, ("25%", "2%"), ["低于10%", "仅1.48%", "仅2%多"], ("25%", "12%")),
    (RD_43, ("近64%",), ["超过30%", "达到近64%"], ("24%",)),
    (PROVINCES, ("6.9%",), ["6%以上", "6.9%"], ("5.9%",)),
    (YUNNAN, ("114.52%",), ["18%以上", "增长114.52%"], ("14.52%",)),
    (BANKS, ("2127.74亿元",), ["超千亿元", "2127.74亿元"], ("927.74亿元",)),
    (PRIVATE, ("21.7%",), ["20%以上", "增长21.7%"], ("11.7%",)),
    (GRAIN, ("13731亿斤",), ["1.3万亿斤以上", "13731亿斤"], ("12731亿斤",)),
    (HUNAN, ("615.6亿斤",), ["600亿斤以上", "615.6亿斤"], ("515.6亿斤",)),
    (RD_49, ("6.7万件",), ["超过1万件", "6.7万件"], ("0.7万件",)),
], ids=["listed-each", "kept-rate", "named-in-group", "under-bound", "其中-甚至", "count-甚至-也",
        "更是", "以-member", "其中-rate", "其中-level", "kept-rate-2", "kept-level",
        "kept-level-2", "包括-listed"])
def test_a_bound_and_the_figures_it_covers(article, text, values, figures, changed):
    _, doc = article(text.format(*values))
    assert ("stated", "holds", figures) in _bounds(doc)
    assert _errors(doc) == []
    moved = next(new for old, new in zip(values, changed, strict=True) if old != new)
    _, doc = article(text.format(*changed))
    assert any(moved in m and "does not lie within the bound" in m for m in _errors(doc)), \
        doc["findings"]


@pytest.mark.parametrize("text", [
    # smoke19/national-economy-aug-2021-dzwindows: the bound is of another measure (两年平均增速)
    "分产品看，新能源汽车、工业机器人、集成电路、微型计算机设备产量同比分别增长151.9%、57.4%、39.4%、12.4%，"
    "两年平均增速均超过12%。\n",
    # smoke6/per-capita-gdp-city-rankings-2020: figures of another measure after the bound
    "广州、深圳、东莞、中山、佛山、珠海等地15～59岁劳动人口占比都在74%以上，60岁以上老人占比分别为12.35%、"
    "5.36%、5.47%、8.87%、10.52%和10%，65岁以上老人占比分别为8.58%、3.22%、3.54%、5.98%和6.64%等。\n",
    # smoke4/graduates-placement-surveys-2003-2013: a bound of the rest
    "在六次调查中，2009年毕业生“升学”和“出国/出境”两项的合计比例最高，达到21.5%，其余年份均不到20%。\n",
    # smoke12/securities-fortune500-2021-cls: an average in brackets
    "榜单显示，8家券商的净利润率均超过20%，远高于平均水平（9%）。\n",
    # smoke28/ev-startups-deliveries-oct-2020-cqn: a rate before a bound in units
    "小鹏汽车10月总交付量为3040台，同比增长229%，连续两个月达到3000台以上。\n",
    # smoke27/lithium-battery-2022-miit-cj18: levels listed, a bound of their growth
    "正极材料、负极材料、隔膜、电解液等锂电一阶材料产量分别约为185万吨、140万吨、130亿平方米、85万吨，同比增长"
    "均达60%以上。\n",
    # dev news-city-revenue-2022q1: the exception before the bound of the others
    "从其它8个普通地级市一般公共预算收入的增速看，除了烟台市是11.2%的高增长以外，其它7个城市均低于6%。\n",
    # smoke12/china-economy-centenary-2021-nbd: a total with a bound and a part of it
    "今年的政府工作报告晒出2020年减税降费成绩单——全年为市场主体减负超过2.6万亿元，其中减免社保费1.7万亿元。\n",
    # smoke12/land-auction-pause-2021-nbd: the member's figure is of another measure (楼面价涨幅)
    "如22城首批集中土拍中，厦门、杭州、重庆、深圳、宁波、合肥的平均成交溢价率均超过20%，其中重庆、厦门的楼面价"
    "涨幅均达到45%。\n",
    # smoke18/city-commercial-banks-2024-reportify: two bounds, of different banks
    "30家上市城商行赚钱能力分化加剧：有银行ROE超15%，有银行ROE低于1%\n",
    # tests/test_discover_enum13.py's look-alike: a bound of the sum (合计超过), then its parts
    "有3家企业营收合计超过1000亿元，其中甲公司营收600亿元，乙公司营收300亿元。\n",
    # fresh15 news-rd-spending-2021 line 21: a second figure of the same clause (或)
    "电子行业中的英特尔、高通、思科、英伟达均超过10%或接近20%。\n",
])
def test_look_alikes_tie_nothing(article, text):
    _, doc = article(text)
    assert _bounds(doc) == []


#: dev stat-cities-gdp-2021 lines 11–13: a bound of each of two places, then each one's level
TWO_CITIES = ("春风得意马蹄疾的是上海和北京，这两座城市2021年GDP双双突破4万亿大关，携手晋级4万亿之城。\n\n"
              "其中，北京2021年GDP达到40269.6亿元，增长8.5%。上海2021年GDP达到了{}亿元，增长8.1%。\n")


def test_a_bound_of_each_of_two_places_covers_both_levels(article):
    _, doc = article(TWO_CITIES.format("43214.85"))
    assert ("linked", "holds", ["突破4万亿", "达到40269.6亿元", "达到了43214.85亿元"]) in _bounds(doc)
    assert _errors(doc) == []
    _, doc = article(TWO_CITIES.format("33214.85"))
    warned = [f["message"] for f in doc["findings"] if f["severity"] == "warning"]
    assert any("33214.85" in m and "does not lie within the bound" in m for m in warned), warned


def test_a_bound_of_each_with_no_levels_after_it_ties_nothing(article):
    # smoke/provinces-gdp-q1q3-2021: 双双突破 with classes of levels (量级) after it, no level
    _, doc = article("广东、江苏前三季度GDP双双突破8万亿元，山东、浙江、河南分别达到6万亿元、5万亿元和"
                     "4万亿元量级，四川、福建、湖北、湖南、安徽及上海均为3万亿元量级。\n")
    assert _bounds(doc) == []


def test_a_firm_named_after_the_group_is_no_member_of_it(article):
    # fresh15 news-rd-spending-2021 line 49: 长城汽车 (9500余件) is rightly not among the 12 firms
    # with more than 1万件; it is named after the member, in a clause of its own
    _, doc = article(RD_49.format("6.7万件"))
    assert not any("9500余件" in figures for _, _, figures in _bounds(doc))
