"""Counts and the names listed with them, session 18 (figures/names.py, discover/enumeration.py):
the names an including phrase gives before a count (包括A、B和C在内的四个: some of what it counts, a
lower bound) and the words that lead a list before its first name (…（RCEP）对文莱、柬埔寨…等6个).
Real sentences through `factcheck check ARTICLE`: as written (the check holds), with the count made
smaller than the names (an error naming it), and the look-alikes (no check holds the count).
"""

from __future__ import annotations

import pytest
from helpers import check_dicts, error_findings, names_place, written_set

TITLE = "标题\n"

#: tests/data/fresh15/news-rcep-trade-2021.txt line 5 (海关总署, 2022): a title and its abbreviation
#: lead the list, then 对
RCEP = ("对此，海关总署新闻发言人、统计分析司司长李魁文表示，今年1月1日，《区域全面经济伙伴关系协定》（RCEP）"
        "对文莱、柬埔寨、老挝、新加坡、泰国和越南等6个东盟成员国以及中国、日本、新西兰和澳大利亚共10国正式生效，"
        "这标志着全球最大自由贸易区正式启航。\n")
#: a company's FAQ in Chinese, in a public repository (find_string 等5个国家): 在 leads the list
K_GROUND = "是的，K-GROUND在日本、泰国、台湾、美国等5个国家拥有全球网络，可通过当地子公司提供直接支持。\n"

#: a paper's abstract (VisualBERT) translated in a public repository (find_string 在内的四个)
VISUALBERT = ("对包括VQA、VCR、NLVR2和Flickr30K在内的四个视觉与语言任务的实验表明，VisualBERT在性能上优于"
              "或与最先进的模型相媲美，同时更简单。\n")
#: a data portal's page in a public repository (find_string 在内的10个): two of seventeen
METADATA = "知识图谱元数据包含标题、标识符在内的17个元数据项。\n"
#: a security lab's project page in a public repository (find_string 在内的10个): 等在内的
IOT = ("开发了半自动检测与验证工具（VerioT），首次对包括Google Home、Philips Hue、MiHome、Samsung SmartThings"
       "等在内的10个主流IoT平台的跨云授权机制进行了详细的安全评估。\n")
#: a survey's notes in a public repository (find_string 在内的5个): five of five
REDDIT = ("Reddit：包括 r/openclaw、r/better_claw、r/hermesagent、r/LocalLLaMA、r/AI_Agents 在内的5个"
          "主题。\n")

#: tests/data/fresh15/news-cities-gdp-h1-2021.txt line 103: a verb and 了 before the first name
TRILLION = ("目前，万亿赛道上，挤进了佛山、泉州、济南、西安、合肥、福州、南通、东莞等8个城市，除了佛山"
            "领先一步之外，其他城市GDP差距只有几十亿或数百亿，竞争仍然充满悬念。\n")


def enumerations_holding(doc: dict, figures: set[str]) -> list[dict]:
    return [c for c in check_dicts(doc, "enumeration") if figures <= written_set(c)]


@pytest.mark.parametrize(("text", "count", "wrong"), [
    (RCEP, "6个", "5个"),
    (K_GROUND, "5个", "3个"),
    (VISUALBERT, "四个", "三个"),
    (METADATA, "17个", "1个"),
    (IOT, "10个", "3个"),
    (REDDIT, "5个", "4个"),
    (TRILLION, "8个", "1个"),
])
def test_the_count_holds_the_names_listed_before_it(article, text, count, wrong) -> None:
    code, doc = article(TITLE + text)
    assert code == 0 and error_findings(doc) == [], error_findings(doc)
    held = enumerations_holding(doc, {count})
    assert held and held[0]["how"] == "stated" and held[0]["verdict"] == "holds", doc["checks"]
    changed = text.replace(count, wrong, 1)
    code, bad = article(TITLE + changed)
    at = changed.index(wrong) + 1
    assert code == 1 and any(names_place(f, 2, at) for f in error_findings(bad)), bad["findings"]


def test_the_included_names_are_some_of_the_count(article) -> None:
    """包括…在内 names some of the group at least: a larger count is no error."""
    code, doc = article(TITLE + VISUALBERT.replace("四个", "六个"))
    assert code == 0 and error_findings(doc) == [], error_findings(doc)
    held = enumerations_holding(doc, {"六个"})
    assert held and held[0]["verdict"] == "holds", doc["checks"]


@pytest.mark.parametrize(("text", "figure"), [
    # one name of the ten (a university's news in a public repository, find_string 在内的10个)
    ("最佳高校主页评选活动结果揭晓，包括我校在内的10个高校主页被评为2014年广西“最佳高校主页”。\n", "10个"),
    # points, not names (a program's comments in a public repository, find_string 在内的5个)
    ("考察包括前2点及后2点在内的5个点，j=3时为点i。\n", "5个"),
    # a clause, not a name (a tool's changelog in a public repository, find_string 在内的10个)
    ("增加 Cloudflare Argo Tunnel，让包括传输方式为ws在内的10个协议均不再需要自带域名。\n", "10个"),
])
def test_look_alikes_count_no_list(article, text, figure) -> None:
    _, doc = article(TITLE + text)
    assert error_findings(doc) == [], error_findings(doc)
    assert enumerations_holding(doc, {figure}) == [], doc["checks"]


#: a digest of a coding benchmark in a public repository (find_string 进入前十名，分别): a count of
#: what took places of a top ten, then the names of that count (the model names shortened to their
#: makers, which the reader takes as names: MiniMax M2.5 → MiniMax)
MODELS = "中国模型表现：共有四款中国模型进入前十名，分别为MiniMax、GLM、Kimi和DeepSeek。\n"
#: a count of places before a top ten in the same clause (the form of MODELS, with other names)
UNIVERSITIES = "全国有两所高校进入前十，分别是清华大学和北京大学。\n"


@pytest.mark.parametrize(("text", "count", "top", "wrong"), [
    (MODELS, "四款", "前十名", "五款"),
    (UNIVERSITIES, "两所", "前十", "三所"),
])
def test_names_after_a_top_belong_to_the_count_before_it(article, text, count, top, wrong) -> None:
    """The names after 进入前十，分别为 are the count's (四款), some of the ten: the top is no count of
    them (it was an error: 前十名 covers 10 places, but 4 names are listed)."""
    code, doc = article(TITLE + text)
    assert code == 0 and error_findings(doc) == [], error_findings(doc)
    held = enumerations_holding(doc, {count})
    assert held and held[0]["verdict"] == "holds" and top not in written_set(held[0]), doc["checks"]
    changed = text.replace(count, wrong, 1)
    code, bad = article(TITLE + changed)
    at = changed.index(wrong) + 1
    assert code == 1 and any(names_place(f, 2, at) for f in error_findings(bad)), bad["findings"]


def test_the_group_a_top_is_taken_from_counts_no_names(article) -> None:
    """tests/data/smoke*/listed-brokers-h1-2016-ce.txt line 6: 24家 is the group the top three are
    taken from, not a count of the three names."""
    text = ("具体来看，24家上市券商中净利润排名前三位的分别是中信证券、国泰君安、海通证券。其中，中信证券实现"
            "净利润52.42亿元居首，同比下降57.96%。\n")
    _, doc = article(TITLE + text)
    assert [f for f in doc["findings"] if f["severity"] in ("error", "warning")] == [], doc["findings"]
    assert enumerations_holding(doc, {"24家"}) == [], doc["checks"]


#: tests/data/smoke/provinces-gdp-q1-2022.txt: each province with its rate in brackets
PROVINCES = ("江西（6.9%）、福建（6.7%）、湖北（6.7%）、贵州（6.6%）、山西（6.5%）、湖南（6%）、"
             "海南（6%）7省份的增速超过或等于6%。\n")
#: tests/data/smoke20/jobs-spring-week3-zhaopin-eglhr.txt: each city with its pay in brackets
PAY = ("北京（13437元/月）、上海（13339元/月）、深圳（12613元/月）、杭州（11602元/月）四市的平均招聘薪酬"
       "仍最高。\n")
#: a course report in a public repository (find_string %）三个): ranges in brackets
RISK = "输出每位患者的发病风险及概率值，并划分为高风险（≥70%）、中风险（40%-70%）、低风险（<40%）三个等级。\n"
#: a project's README in a public repository (find_string %）三个): weights in brackets
DIMENSIONS = "分析用户的内容，从持续性（40%）、深度（35%）、社区认可（25%）三个子维度评分（0~100）。\n"
#: a quantization note in a public repository (find_string %）三个): Latin names, 是 before them
GEMM = "真正携带误差的是out（12.7%）、qkv（10.4%）、z（9.9%）三个普通GEMM。\n"


@pytest.mark.parametrize(("text", "count", "figure", "wrong"), [
    (PROVINCES, "7省份", "7个", "6省份"),
    (PAY, "四市", "四市", "五市"),
    (RISK, "三个", "三个", "四个"),
    (DIMENSIONS, "三个", "三个", "两个"),
    (GEMM, "三个", "三个", "四个"),
])
def test_names_with_their_figures_in_brackets(article, text, count, figure, wrong) -> None:
    code, doc = article(TITLE + text)
    assert code == 0 and error_findings(doc) == [], error_findings(doc)
    held = enumerations_holding(doc, {figure})
    assert held and held[0]["how"] == "stated" and held[0]["verdict"] == "holds", doc["checks"]
    changed = text.replace(count, wrong, 1)
    code, bad = article(TITLE + changed)
    at = changed.index(wrong) + 1
    assert code == 1 and any(names_place(f, 2, at) for f in error_findings(bad)), bad["findings"]


@pytest.mark.parametrize(("text", "figure"), [
    # the count sums the brackets' counts (a made-up look-alike: the brackets hold the count's counter)
    ("其中北京（3家）、上海（2家）5家企业入选。\n", "5家"),
    # a clause before the first name (an abstract in a public repository, find_string %）三个)
    ("实验表明，即使简单积累成功轨迹也能显著提升ALFWorld（73%→89%）、Wordcraft（55%→64%）和InterCode-SQL"
     "（75%→79%）三个基准测试的表现。\n", "三个"),
])
def test_bracketed_look_alikes(article, text, figure) -> None:
    _, doc = article(TITLE + text)
    assert error_findings(doc) == [], error_findings(doc)
    assert enumerations_holding(doc, {figure}) == [], doc["checks"]


@pytest.mark.parametrize("text", [
    # a slogan of counts, each part in its quotes, before the size of the group (the form of “一核、
    # 两轴、三带、多中心” in 滁州's plan, eqrm.cn, written with quotes around each part): 三带 is one
    # of the names, no count of the two before it (it was an error: 三项 lists 2 names)
    "全省形成了“一核”“两翼”“三带”三大格局。\n",
    # tests/data/smoke*: “六稳”“六保” and “十五”“十一五”, quoted slogans side by side
    "全县上下科学统筹疫情防控和经济社会发展，扎实推进“六稳”“六保”工作，经济持续稳定恢复。\n",
    "锦屏等一批国家重大水电项目于“十五”“十一五”期间先后立项、开建，并于“十二五”集中投产。\n",
    # a public repository's note on state-owned assets (find_string ”“两): two quoted slogans
    "中铝能源以股权转让、破产清算、股债打包转让、零费用注销“四策并行”模式攻坚“两非”“两资”清退。\n",
])
def test_quoted_slogans_of_counts_are_no_false_count(article, text) -> None:
    code, doc = article(TITLE + text)
    assert code == 0 and error_findings(doc) == [], error_findings(doc)
