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


def enumerations_holding(doc: dict, figures: set[str]) -> list[dict]:
    return [c for c in check_dicts(doc, "enumeration") if figures <= written_set(c)]


@pytest.mark.parametrize(("text", "count", "wrong"), [
    (RCEP, "6个", "5个"),
    (K_GROUND, "5个", "3个"),
    (VISUALBERT, "四个", "三个"),
    (METADATA, "17个", "1个"),
    (IOT, "10个", "3个"),
    (REDDIT, "5个", "4个"),
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
