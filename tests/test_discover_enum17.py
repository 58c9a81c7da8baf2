"""Counts and the names listed with them, session 17 (discover/enumeration.py): names that stand
for a counted group (以A、B、C为代表的三大…, a lower bound), the times of counted events (2次暂停，分别是
2012年11月-2014年1月、…), the first places of a measure listed after 前N的 (增幅前三的分别为A、B、C), the
names after the rate a count's members pass (6家的净资产增幅超过100%，分别为A、B…), titles in
book-title marks before their count (《A》《B》两部), points numbered 第一，第二，… after their count
(主要包括四个方面：第一，…；第二，…) and N巨头 with its members in brackets (EDA三巨头（A、B、C）).
Real sentences through `factcheck check ARTICLE`: as written (the check holds), with the count
changed (an error naming it), and the look-alikes (no check holds the count).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import check_dicts, error_findings, names_place, written_set

TITLE = "标题\n"
DATA = Path(__file__).parent / "data"

#: tests/data/fresh15/news-cities-gdp-h1-2021.txt line 79 (广州, 2021): names with 与 inside them
GUANGZHOU = ("目前，广州正在培育以新一代信息技术、智能与新能源汽车、生物医药与健康为代表的三大新兴支柱产业，"
             "这些产业有望为未来的增长提供新的动能。\n")
#: 浙江省千人计划余姚产业园, a page of its site stored in a public repository (find_string
#: 为代表的三大)
YUYAO = "其中，重点发展以新材料、高端装备和新一代信息技术为代表的三大战略性产业，推动实现余姚工业强市战略。\n"
#: an article on WebAssembly stored in a public repository (find_string 为代表的三大)
WASM = ("说到 Web 开发，那我们不得不提到层出不穷的 Web 前端开发框架。以 React、Vue.js 及 Angular 为代表的"
        "三大框架的出现，使得 Web 前端应用的开发模式逐渐走向了新时代。\n")

#: tests/data/fresh15/news-a-share-decade-2021.txt line 19: spans of time as the items
IPO = ("每年新增上市公司数量存有较大落差背后，与IPO暂停、重启，以及IPO政策的演变不无关联。2010年以来，"
       "IPO经历了2次暂停，分别是2012年11月-2014年1月、2015年7月-2015年11月，其中第一次的空窗期为历史最长，达到14个月。\n")
#: a prompt's worked answer on a stock (安硕信息), in a public repository (find_string 次，分别是20)
LIMIT_UP = "回答：涨停次数为2次，分别是2024年9月27日及2024年9月30日。\n"
#: a temple's record of a visitor, in a public repository (find_string 次，分别为20)
VISITS = "来崇恩寺3次，分别为2023年春节、2023年中秋节、2024年元旦。\n"

#: tests/data/fresh15/news-a-share-decade-2021.txt line 33: a measure, then 前三的分别为
A_SHARE = ("截至今年6月17日收盘，这38家公司中，有26家公司的市值在这10年间实现增长，其中增幅前三的分别为"
           "贵州茅台、五粮液、招商银行，增幅分别约为15倍、8倍、4倍。\n")
#: a rental data analysis (深圳, 知秋小一) in a public repository (find_string 前三的分别是)
RENTAL = ("深圳市房屋出租数量前三的分别是龙岗区、南山区和福田区，分别占比24.90%、24.22%、18.90%，"
          "为房屋出租的主要区域。\n")
#: a news digest of the PYPL ranking in a public repository (find_string 前五的分别是)
PYPL = "PYPL 发布了 4 月份的编程语言排行榜。前五的分别是：Python、Java、Javascript、C# 和 PHP。\n"

#: tests/data/smoke32/securities-firms-2017-cn360cn.txt line 8: a rate in % between the count and
#: its names
SECURITIES = ("去年，证券公司净资产继续稳步增长，多达85家券商的所有者权益同比提升，其中6家的净资产增幅"
              "超过100%，分别为五矿证券、联储证券、万和证券、华菁证券、九州证券和长城国瑞证券。\n")
#: tests/data/fresh15/news-rd-spending-2021.txt line 23: the same below a rate
RD = ("A股计算机行业公司研发强度相对较高，9家500亿以上市值公司，仅2家研发强度低于10%，分别为纳思达和"
      "紫光股份。\n")
#: tests/data/smoke4/a-share-h1-2021-results.txt line 6: 超 alone before the rate
INDUSTRIES = ("除了国防军工、综合、房地产、通信和农林牧渔行业外，其余23个行业上半年业绩均同比增长，8个行业"
              "净利润增幅超100%，分别是交通运输、采掘、化工、休闲服务、有色金属、钢铁、纺织服装和轻工制造。\n")
#: two places joined by 和 before their count: tests/data/smoke12/provincial-capitals-census-2021-nbd.txt
#: line 28, tests/data/articles/stat-kunshan-yiwu-2021.txt line 7, tests/data/smoke10/
#: mid-autumn-tourism-2019-habiankeke.txt line 4
CENSUS = ("在内侧的芜湖、马鞍山实现20%的人口增长率同时，外侧的镇江、扬州十年人口增长率仅3.12%和2.24%，"
          "淮安和六安两市甚至陷入负增长。\n")
COUNTIES = ("《中国经济周刊》记者梳理2021年全国10强县（市）居民人均可支配收入发现，浙江和江苏两省平分秋色，"
            "各占5席。\n")
TOURISM = ("贵州和湖北两省份旅游总收入位居排行榜第三、四位，分别为92.30亿元和81.86亿元，位居第五的河南中秋节"
           "期间旅游总收入为79.65，距离80亿大关仅“一步之遥”。\n")

#: a project plan on law-making in a public repository (find_string 》两部): titles with nothing
#: between them
RULES = ("立法工作主要依据《行政法规制定程序条例》《规章制定程序条例》两部程序法规推进，覆盖立项、起草、"
         "审查、公布、备案、清理、评估等环节。\n")
#: a course project's README (miniGLM, 清华大学) in a public repository (find_string 》三部)
NOVELS = "预训练仅使用了《神雕侠侣》《射雕英雄传》《天龙八部》三部小说，共8.75MB。\n"
#: a profile of an actress in a public repository (find_string 》两部): two titles joined by 和
FILMS = ("1997年娜塔莉作出一个惊人的决定：她竟然推掉《洛丽塔》和《罗密欧与朱莉叶》两部巨片，"
         "心甘情愿地登上舞台。\n")

#: tests/data/smoke30/box-office-national-day-2025-reportify.txt line 3: a colon inside a title
MOVIES = ("《志愿军：浴血和平》《731》《刺杀小说家2》《浪浪人生》《震耳欲聋》五部影片档期票房均突破1亿元，"
          "暂列票房前五名。\n")

#: a course report (花卉识别, PyTorch) in a public repository (find_string 个方面：第一，)
STUDY = ("本文的研究内容主要包括四个方面：第一，梳理原项目的代码结构、数据集组织方式和技术栈，明确其优点与"
         "不足；第二，基于PyTorch重新构建图像分类训练流程，引入EfficientNet-B0模型并实现单图预测功能；第三，设计随机"
         "初始化与迁移学习两组对比实验，通过统一的数据划分和评估指标验证改进效果；第四，结合实验结果分析模型在"
         "不同花卉类别上的识别能力，并总结系统仍可进一步优化的方向。\n")
#: an article on Docker networking in a public repository (find_string 个方面：第一，)
DOCKER = ("可以说，bridger桥接模式从功能的角度实现了两个方面：第一，让容器拥有独立、隔离的网络栈；第二，"
          "让容器和宿主机以外的世界通过NAT建立通信。\n")

#: tests/data/fresh15/news-rd-spending-2021.txt line 33: N巨头 and its members in brackets
GIANTS = "以美股科技五巨头（亚马逊、谷歌、脸书、苹果、微软）为例，去年研发费用均超千亿元（人民币，下同）。\n"
#: a page on cloud EDA in a public repository (find_string 巨头（)
EDA = ("搜集主流云厂商（AWS、Azure、Google Cloud）及EDA三巨头（Synopsys、Cadence、Siemens）的云原生EDA"
       "部署方案，涵盖SaaS模式、弹性计算与数据中心混合架构。\n")


def enumerations_holding(doc: dict, figures: set[str]) -> list[dict]:
    return [c for c in check_dicts(doc, "enumeration") if figures <= written_set(c)]


@pytest.mark.parametrize(("text", "count", "wrong"), [
    (GUANGZHOU, "三大", "两大"),
    (YUYAO, "三大", "两大"),
    (WASM, "三大", "两大"),
    (IPO, "2次", "3次"),
    (LIMIT_UP, "2次", "3次"),
    (VISITS, "3次", "4次"),
    (A_SHARE, "前三", "前四"),
    (RENTAL, "前三", "前四"),
    (PYPL, "前五", "前四"),
    (SECURITIES, "6家", "7家"),
    (RD, "2家", "3家"),
    (INDUSTRIES, "8个", "9个"),
    (CENSUS, "两市", "三市"),
    (COUNTIES, "两省", "三省"),
    (TOURISM, "两省份", "三省份"),
    (RULES, "两部", "三部"),
    (NOVELS, "三部", "四部"),
    (FILMS, "两部", "三部"),
    (MOVIES, "五部", "六部"),
    (STUDY, "四个", "五个"),
    (DOCKER, "两个", "三个"),
    (GIANTS, "五巨头", "六巨头"),
    (EDA, "三巨头", "四巨头"),
])
def test_the_count_meets_its_names(article, text, count, wrong) -> None:
    code, doc = article(TITLE + text)
    assert code == 0 and error_findings(doc) == [], error_findings(doc)
    figure = {"三大": "三个", "五巨头": "五个", "三巨头": "三个", "两省": "两个",
              "两省份": "两个"}.get(count, count)
    held = enumerations_holding(doc, {figure})
    assert held and held[0]["how"] == "stated" and held[0]["verdict"] == "holds", doc["checks"]
    changed = text.replace(count, wrong, 1)
    code, bad = article(TITLE + changed)
    at = changed.index(wrong) + 1
    assert code == 1 and any(names_place(f, 2, at) for f in error_findings(bad)), bad["findings"]


def test_the_points_numbered_in_the_paragraphs_after_their_count(article) -> None:
    """tests/data/fresh15/news-rcep-trade-2021.txt lines 7-13: the count ends its paragraph, each
    point opens a paragraph of its own with 第一，/第二，/第三，."""
    lines = (DATA / "fresh15" / "news-rcep-trade-2021.txt").read_text(encoding="utf-8").splitlines()
    text = "\n".join(lines[6:13]) + "\n"
    text = text[text.index("海关在推动"):]
    code, doc = article(TITLE + text)
    assert code == 0 and error_findings(doc) == [], error_findings(doc)
    assert enumerations_holding(doc, {"三个"}), doc["checks"]
    code, bad = article(TITLE + text.replace("三个", "四个", 1))
    assert code == 1 and any(names_place(f, 2, text.index("三个") + 1) for f in error_findings(bad))


def test_the_names_that_stand_for_a_group_are_some_of_it(article) -> None:
    """以…为代表的 names some of the group at least: a larger count is no error."""
    code, doc = article(TITLE + YUYAO.replace("三大", "五大"))
    assert code == 0 and error_findings(doc) == [], error_findings(doc)
    held = enumerations_holding(doc, {"五个"})
    assert held and held[0]["verdict"] == "holds", doc["checks"]


@pytest.mark.parametrize(("text", "figure"), [
    # one name stands for the group: no list
    ("近年来，以华为为代表的5家企业研发投入均超过百亿元。\n", "5家"),
    # a count for each year, not the times of the events
    ("据统计，该地区共发生地震5次，分别是2020年2次、2021年3次。\n", "5次"),
    # tests/data/fresh15/news-a-share-decade-2021.txt line 37: 前三 with a
    # clause that names one of them, then the other places
    ("创业板公司占了18家，市值前三的除了宁德时代之外，第二和第三的分别为迈瑞医疗和金龙鱼。\n", "前三"),
    # one title counted in its parts (a reading app's README, find_string 》三部)
    ("系列作品识别：自动识别系列作品（如《三体》三部曲），区分每一部。\n", "三部"),
    # N巨头 with no names of its members in brackets (a market report in a public repository)
    ("科技/AI：七巨头（Mag-7）走势；AI基础设施投资周期。\n", "七个"),
    # tests/data/fresh15/news-rd-spending-2021.txt line 33: 上述17家 after the five giants points
    # back to the firms of an earlier paragraph, not to the group of N巨头
    ("A股公司虽然在不断提升研发力度，但与全球巨头相比，差距仍然巨大。以美股科技五巨头（亚马逊、谷歌、脸书、"
     "苹果、微软）为例，去年研发费用均超千亿元（人民币，下同）。亚马逊以3570多亿的金额排名第一，比上述17家A股"
     "百亿研发公司的总和还高出500多亿。五大科技公司研发费用合计近万亿，匹敌整个A股公司。\n", "17家"),
    # two things joined by 和 that are no places (tests/data/fresh15/news-rd-spending-2021.txt line 39;
    # tests/data/smoke18/ipo-feb-2022-beyondjcurve-36kr.txt line 11: 沪深 names two exchanges)
    ("研发支出一般分为研究和开发两个阶段的支出，研究阶段的支出一般全部要费用化，进入利润表。\n", "两个"),
    ("2022年2月，共计17家中国企业在沪深和北交所三市IPO，IPO数量同比下降39.29%。\n", "三市"),
    # the rates of the members after 分别为, not their names
    ("全省有3个城市增速超过10%，分别为12.1%、11.3%和10.5%。\n", "3个"),
])
def test_look_alikes_count_no_list(article, text, figure) -> None:
    _, doc = article(TITLE + text)
    assert error_findings(doc) == [], error_findings(doc)
    assert enumerations_holding(doc, {figure}) == [], doc["checks"]
