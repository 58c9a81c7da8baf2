"""Counts with their listed names, ranks and ordered lists (discover/enumeration.py, among.py,
ordered.py, figures/names.py), on real sentences through `factcheck check ARTICLE`: as written,
with one figure changed (the error names its line:column), and the near misses that must not pair.
"""

from __future__ import annotations

import pytest


def errors(doc: dict) -> list[tuple[str, int, int]]:
    return [(f["code"], f["line"], f["column"]) for f in doc["findings"] if f["severity"] == "error"]


def named(doc: dict, at: int, width: int) -> bool:
    """Whether an error names a claim printed over columns [at, at + width) of line 1."""
    return any(c.get("article") and c["article"]["line"] == 1 and c["article"]["column"] < at + width
               and at < max(c["article"]["end_column"], c["article"]["column"] + 1)
               for f in doc["findings"] if f["severity"] == "error" for c in f["claims"])


def column(text: str, written: str) -> int:
    return text.split("\n")[0].index(written) + 1


def holds_then_fails(article, text: str, written: str, wrong: str) -> dict:
    """The text as written passes; with ``written`` changed to ``wrong`` an error names it."""
    code, doc = article(text)
    assert code == 0 and errors(doc) == [], errors(doc)
    changed = text.replace(written, wrong, 1)
    code, bad = article(changed)
    assert code == 1 and named(bad, column(changed, wrong), len(wrong)), bad["findings"]
    return doc


# --- names in brackets after a count: 全国共有3个城市（上海、北京、深圳） -----------------------------
#: tests/data/articles/news-city-revenue-2022q1.txt line 9 (《中国经济周刊》)
REVENUE = "结果显示，全国共有3个城市（上海、北京、深圳）一般公共预算收入突破1千亿元。\n"
#: code corpus, stored file id 62398162698 (链家租房数据分析报告), as written
RENT = "通过爬取5个城市（北京、上海、广州、深圳、南京）的租房数据，进行多维度数据分析和可视化。\n"
#: code corpus, stored file id 54766248466 (a blog post on a gaokao data bug), as written
SEED = "seedAll 目录下 6 个省份（上海、北京、天津、安徽、山西、陕西）的 JSON 文件压根没有这个字段。\n"


@pytest.mark.parametrize(("text", "written", "wrong"), [
    (REVENUE, "3个城市", "6个城市"), (RENT, "5个城市", "4个城市"), (SEED, "6 个省份", "7 个省份")])
def test_names_in_brackets_after_a_count(article, text, written, wrong) -> None:
    holds_then_fails(article, text, written, wrong)


@pytest.mark.parametrize("text", [
    # code corpus, stored file id 68911364377 (江西省肿瘤登记年报): what the 100 may be, no names
    "2024 年江西省肿瘤登记覆盖 11 个设区市 100 个县（市、区），覆盖人口 4,530.0 万。\n",
    # code corpus, stored file id 52791705571: the names left out
    "全国30个省份（排除港澳台和西藏）的面板数据均已清洗。\n",
    # some of them only: at most the count
    "全国共有5个城市（如上海、北京）一般公共预算收入突破1千亿元。\n",
    # stat-daqing-2016h1 line 3: a tally's items are clauses, not names
    "全市经济运行呈现“八增长两收窄”特点（GDP实现1.5%的正增长、农村经济稳步增长、城镇和农村居民收入同步"
    "增长、规上工业和地方财政收入降幅同比收窄）。\n",
])
def test_no_names_in_these_brackets(article, text) -> None:
    code, doc = article(text)
    assert code == 0 and errors(doc) == []


# --- names that carry their figure: 分别是宁波（6.3%）和苏州（5.1%） ---------------------------------
#: tests/data/articles/news-city-revenue-2022q1.txt lines 33 and 55 (《中国经济周刊》)
OTHERS = "杭州以6.5%排名第三。其它两个城市分别是宁波（6.3%）和苏州（5.1%）。\n"
JIANGSU = ("除了苏州市和无锡市，江苏省另外两个步入10强的城市，分别是排名第6位的南通市（209.8亿元）"
           "和排名第10位的常州市（195.3亿元）。\n")


@pytest.mark.parametrize(("text", "written", "wrong"), [
    (OTHERS, "两个城市", "三个城市"), (JIANGSU, "两个步入", "三个步入")])
def test_names_with_their_figures_in_brackets(article, text, written, wrong) -> None:
    holds_then_fails(article, text, written, wrong)


# --- a rank, then the names ahead of it: 在江苏省排名第3位，仅次于苏州和南京 ----------------------------
#: tests/data/articles/news-city-revenue-2022q1.txt line 53 (《中国经济周刊》)
WUXI = "无锡在全国普通地级市中排名第2位，在江苏省排名第3位，仅次于苏州和南京。\n"
#: code corpus, stored file id 55714749065 (an NBA news page), as written
CURRY = "职业生涯季后赛得分30+次数来到35次，超过哈登排名现役第3位，仅次于詹姆斯和杜兰特。\n"
#: code corpus, stored file id 6848389517 (a blog post on XSS), as written
XSS = "根据2010年统计数据，在Web安全威胁前10位中，XSS排在第2位，仅次于代码注入。\n"


@pytest.mark.parametrize(("text", "written", "wrong"), [
    (WUXI, "第3位，", "第6位，"), (CURRY, "第3位", "第4位"), (XSS, "第2位", "第3位")])
def test_a_rank_before_the_names_ahead_of_it(article, text, written, wrong) -> None:
    doc = holds_then_fails(article, text, written, wrong)
    assert any(r["check"].endswith("_behind") for r in doc["checks"] if r["check"])


@pytest.mark.parametrize("text", [
    # a figure of the one ahead: no names
    "浙江居全国第三，仅次于上海的58.3%。\n",
    # code corpus, stored file id 70095544321: what is ahead is described, not named
    "修后 ready_relevance 第 2 位，仅次于既有 strategic+blocking 的 cold-start 任务。\n",
])
def test_no_names_ahead_after_a_rank(article, text) -> None:
    code, doc = article(text)
    assert code == 0 and not any(r["check"] and r["check"].endswith("_behind") for r in doc["checks"])


# --- ranks of the members of a count: 三个行业中，房地产排名第二，互联网排第三 --------------------------
#: tests/data/articles/news-graduates-jobs-2022.txt line 33
LAYOFFS = "2021年裁员力度最大的三个行业中，房地产排名第二，互联网排第三，第一则是文教业。\n"


@pytest.mark.parametrize(("text", "written", "wrong"), [
    (LAYOFFS, "排名第二", "排名第四"), (LAYOFFS, "排第三", "排第五")])
def test_ranks_named_after_a_count_are_at_most_it(article, text, written, wrong) -> None:
    holds_then_fails(article, text, written, wrong)


def test_a_rank_in_a_wider_ranking_is_not_among_the_count(article) -> None:
    code, doc = article("在这三个城市中，深圳全国排名第五。\n")
    assert code == 0 and errors(doc) == []


# --- a ranked list in its order: 其余“十强”选手分别是：北京10.7%、浙江10.6%… -------------------------
#: tests/data/articles/news-31prov-q3-2021.txt line 23 (中新社)
TOP_TEN = ("从前三季度GDP增速来看，其余“十强”选手分别是：北京10.7%、浙江10.6%、山西10.5%、江西10.2%、"
           "安徽10.2%、江苏10.2%、山东9.9%、重庆9.9%。\n")
#: code corpus, Rock-Candy-Tea/RSSHUB-PAGE, 解码一季度GDP：江西领跑全国，GDP洼地逆势隆起.md (新浪财经)
TOP_THREE = ("从GDP同比增速来看，共有21个省份增速高于4.8%的全国水平，其中江西（6.9%）、福建（6.7%）、"
             "湖北（6.7%）位列前三。\n")


@pytest.mark.parametrize(("text", "written", "wrong"), [
    (TOP_TEN, "北京10.7%", "北京10.0%"), (TOP_TEN, "浙江10.6%", "浙江10.9%"),
    (TOP_TEN, "山东9.9%", "山东9.2%"), (TOP_THREE, "福建（6.7%", "福建（6.0%")])
def test_a_ranked_list_is_in_order(article, text, written, wrong) -> None:
    doc = holds_then_fails(article, text, written, wrong)
    assert any(r["check"].endswith("_order") for r in doc["checks"] if r["check"])


@pytest.mark.parametrize("text", [
    # the same article: a list with no ranking is in no order
    "受疫情因素影响，东部发达省份增速有所放缓。其中，广东（3.3%）、江苏（4.6%）、上海（3.1%）、天津（0.1%）"
    "低于全国水平。\n",
    # a ranking from the bottom
    "增速排名后三位的分别是：天津0.1%、上海3.1%、广东3.3%。\n",
    # levels listed under a ranking of rates: not what is ranked
    "增速前三的省份分别是：广东124369亿元、江苏116364亿元、山东83095亿元。\n",
])
def test_no_order_without_a_ranking_of_the_figures(article, text) -> None:
    code, doc = article(text)
    assert code == 0 and not any(r["check"] and r["check"].endswith("_order") for r in doc["checks"])


# --- points opened by a colon that ends its paragraph -------------------------------------------
#: tests/data/articles/news-consumption-2021m1-8.txt lines 27-29 (国家发展改革委 press conference)
SUPPLY = ("彭绍宗表示，“两节”期间，围绕保供稳价主要有4个方面的安排：\n\n一是加强市场价格监测预警。"
          "二是保障市场供应。三是加强储备调节。四是强化市场监管。\n")


def test_points_in_the_paragraph_after_a_colon(article) -> None:
    holds_then_fails(article, SUPPLY, "4个方面", "7个方面")


def test_points_go_on_in_the_paragraphs_that_open_with_one(article) -> None:
    text = "主要有4个方面的安排：\n一是加强监测。二是保障供应。\n三是加强储备。四是强化监管。\n"
    code, doc = article(text)
    assert code == 0 and errors(doc) == []


# --- names: 和 inside a name, a list whose first name follows the words of its clause -------------------
#: tests/data/articles/news-railway-2018m10.txt line 11 (中国铁路总公司)
FREIGHT = ("乌鲁木齐局集团公司同比增幅达到29.2％，呼和浩特、西安、太原、北京4个铁路局集团公司的同比增幅"
           "也超过了10％。\n")
#: tests/data/articles/news-shenzhen-gov-report-2022.txt lines 41 and 49 (深圳市发改委)
PROJECTS = "根据工作部署，2022年重大项目计划重点安排于现代产业、基础设施、民生改善三大领域：\n"
INVESTMENT = ("2022年市政府投资重点投向城市基础设施、民生服务、生态文明建设、科技产业创新四大领域，"
              "占比89.2%。\n")


@pytest.mark.parametrize(("text", "written", "wrong"), [
    (FREIGHT, "4个", "7个"), (PROJECTS, "三大", "五大"), (INVESTMENT, "四大", "六大")])
def test_names_of_a_count_before_it(article, text, written, wrong) -> None:
    holds_then_fails(article, text, written, wrong)


# --- a list of the top N named in full: 普通地级市财力10强城市出炉，分别是：… -------------------------
#: tests/data/articles/news-city-revenue-2022q1.txt line 47 (《中国经济周刊》)
TEN = ("普通地级市财力10强城市出炉，分别是：苏州、无锡、鄂尔多斯、榆林市、嘉兴市、南通市、东莞市、温州市、"
       "烟台市和常州市（见下表）。\n")


def test_a_top_n_named_in_full(article) -> None:
    holds_then_fails(article, TEN, "10强", "40强")


@pytest.mark.parametrize("text", [
    # the members of one place that made the list
    "我市入围中国民营企业500强的企业分别是：甲集团、乙集团、丙集团。\n",
    # the rest of the list (news-31prov-q3-2021 line 23)
    "从前三季度GDP增速来看，其余“十强”选手分别是：北京10.7%、浙江10.6%、山西10.5%。\n",
    # a list too long to name in full
    "2021中国民营企业500强分别是：甲集团、乙集团、丙集团。\n",
])
def test_no_top_n_of_some_members(article, text) -> None:
    code, doc = article(text)
    assert code == 0 and errors(doc) == []


# --- a count, then 分别 and a figure for each: 两个地级市增速最高，分别为120.5%和109.0% ------------------
#: tests/data/articles/news-city-revenue-2022q1.txt line 9 (《中国经济周刊》)
GROWTH = "从增速看，陕西榆林和内蒙古鄂尔多斯两个地级市增速最高，分别为120.5%和109.0%。\n"
#: code corpus, stored file id 56866122323 (a note on the SCATE paper), as written
SCATE = ("Gemini CLI 的行覆盖率提高了 32.3%，分支覆盖率提高了 30.9%；Claude Code 的两项指标分别提高了 "
         "6.0% 和 5.9%。\n")
#: code corpus, stored file id 57422218607 (a note on the GenBreak paper), as written
GENBREAK = "GenBreak 的 TBR 达到 60.8%，TCBR 达到 57.9%，而 Vanilla RL 两项指标分别为 0.7% 和 0.0%。\n"


@pytest.mark.parametrize(("text", "written", "wrong"), [
    (GROWTH, "两个地级市", "三个地级市"), (SCATE, "两项", "三项"), (GENBREAK, "两项", "四项")])
def test_a_count_and_the_figures_it_shares_out(article, text, written, wrong) -> None:
    holds_then_fails(article, text, written, wrong)


@pytest.mark.parametrize("text", [
    # stat-cn-2021q3 line 25: the second 分别 shares out the months of the first, not the 31 cities
    "7、8、9三个月，全国城镇调查失业率分别为5.1%、5.1%和4.9%。其中，31个大城市调查失业率分别为5.2%、"
    "5.3%和5%。\n",
    # code corpus, stored file id 66648770653: from and to, two figures for each
    "在60秒条件下，两项指标分别由68.55%和61.80%提高至70.79%和64.86%。\n",
    # two measures shared out, not the three cities
    "全市3个城市GDP和增速分别为100亿元和5%。\n",
])
def test_no_count_of_the_figures_shared_out(article, text) -> None:
    code, doc = article(text)
    assert code == 0 and errors(doc) == []
