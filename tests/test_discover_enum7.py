"""Counts with the names listed with them (discover/enumeration.py, figures/names.py), on real
sentences through `factcheck check ARTICLE`: as written, with one count changed (the error names
its line:column), and the near misses that must not pair. The article's first line is its title,
so each text opens with one.
"""

from __future__ import annotations

import pytest
from helpers import error_findings

TITLE = "标题\n"


def named(doc: dict, line: int, at: int, width: int) -> bool:
    """Whether an error names a claim printed over columns [at, at + width) of the line."""
    return any(c.get("article") and c["article"]["line"] == line and c["article"]["column"] < at + width
               and at < max(c["article"]["end_column"], c["article"]["column"] + 1)
               for f in error_findings(doc) for c in f["claims"])


def holds_then_fails(article, text: str, written: str, wrong: str) -> dict:
    """The text as written passes with an enumeration check; with ``written`` changed to ``wrong``
    an error names it."""
    code, doc = article(TITLE + text)
    assert code == 0 and error_findings(doc) == [], error_findings(doc)
    assert any(c["kind"] == "enumeration" for c in doc["checks"]), doc["checks"]
    changed = text.replace(written, wrong, 1)
    code, bad = article(TITLE + changed)
    line = changed.split("\n")[0]
    assert code == 1 and named(bad, 2, line.index(wrong) + 1, len(wrong)), bad["findings"]
    return doc


def quiet(article, text: str) -> None:
    """No error, and no enumeration check either."""
    code, doc = article(TITLE + text)
    assert code == 0 and error_findings(doc) == [], error_findings(doc)
    assert not any(c["kind"] == "enumeration" for c in doc["checks"]), doc["checks"]


# --- the size of a group, then its members in brackets: 三大运营商（电信、移动、联通） ----------------------
#: tests/data/articles/news-city-revenue-2022q1.txt line 19 (《中国经济周刊》)
TOP_TEN = ("但是，对比2022年十大GDP主要城市（上海、北京、深圳、广州、重庆、苏州、成都、杭州、南京和武汉），"
           "排名变动不小。\n")
#: code corpus, stored file id 23367476383 (a script that simulates web access logs), as written
CARRIERS = "包含三大运营商（电信、移动、联通）的网络\n"
#: code corpus, stored file id 56754625269 (IPTV m3u8 生成器设计), as written
JIANGSU_IPTV = "从 GITV EPG API 拉取江苏省三大运营商（联通、移动、电信）的 IPTV 直播源。\n"
#: code corpus, stored file id 71300557729 (a guide for international students), as written
BANKS = "国际学生在中国开户，通常选择四大行（工行、农行、中行、建行）或地区银行（招行、浦发等）。\n"


@pytest.mark.parametrize(("text", "written", "wrong"), [
    (TOP_TEN, "十大", "九大"), (CARRIERS, "三大", "四大"), (JIANGSU_IPTV, "三大", "五大"),
    (BANKS, "四大", "五大")])
def test_a_group_with_its_members_in_brackets(article, text, written, wrong) -> None:
    holds_then_fails(article, text, written, wrong)


@pytest.mark.parametrize("text", [
    # code corpus, stored file id 16995720589: the initials of the banks, no names
    "这个版本经过优化，可以处理来自四大行（工、建、农、中）的不同流水格式。\n",
    # code corpus, stored file id 53475028290: a note on them, no names
    "关注：长江电力（股息率3.5%+）、中国神华（股息率5%+）、四大行（股息率5%+）。\n",
    # code corpus, stored file id 31841279867: one name
    "目标公司：四大行（AI Labs）。\n",
    # some of them only
    "三大运营商（如电信、移动）均已开通。\n",
])
def test_brackets_that_name_no_members(article, text) -> None:
    quiet(article, text)


# --- the size of a group, then its members after a dash: 三大支柱——A、B、C—— ----------------------------
#: pages corpus, https://nctoro.com/a505360 (路由通, 三大运营商是什么)
OPERATORS = ("在中国信息通信领域，三大运营商——中国移动、中国联通与中国电信，构成了国家信息基础设施的"
             "核心支柱。\n")
#: code corpus, stored file id 54820209289 (a study plan), as written
PILLARS = ("本阶段不是一个线性课程，而是一个持续的行动框架。它的三大支柱——开源贡献、代表作项目、前沿专精——"
           "将并行推进，相互赋能。\n")
#: code corpus, stored file id 58058356144 (a Kubernetes book), as written
CONTAINERS = "第二章深入剖析了容器技术的三大支柱——Namespace、Cgroups 和 UnionFS，以及容器运行时的演进。\n"
#: code corpus, stored file id 61530386540 (Prometheus + Grafana), as written
OBSERVABILITY = ("可观测性三大支柱——日志（Logging）、链路追踪（Tracing）和指标（Metrics）——各自承担着不同的"
                 "监控职责。\n")


@pytest.mark.parametrize(("text", "written", "wrong"), [
    (OPERATORS, "三大", "四大"), (PILLARS, "三大", "五大"), (CONTAINERS, "三大", "两大"),
    (OBSERVABILITY, "三大", "四大")])
def test_a_group_with_its_members_after_a_dash(article, text, written, wrong) -> None:
    holds_then_fails(article, text, written, wrong)


@pytest.mark.parametrize("text", [
    # code corpus, stored file id 62762742185: each item carries its lessons, no plain names
    "至此，补全模块（`src/complete.rs`）的三大支柱——分发管线（u5-l1）、数据模型与三模式（u5-l2/l3）、"
    "特定场景补全（u6-l1~l4）与内容生成（本讲）——已全部讲完。\n",
    # code corpus, stored file id 58578488348: a party congress, no group
    "1992-10-12: 中共十四大——江泽民正式确立“社会主义市场经济”为改革目标。\n",
    # one member after the dash
    "全市三大工程——地铁建设，进展顺利。\n",
])
def test_a_dash_that_lists_no_members(article, text) -> None:
    quiet(article, text)


# --- the first places of a ranking, then who holds them: 前三位的市州是A、B和C --------------------------
#: pages corpus, http://m.56ygame.com/ProjectNewsInfoDetails_pid_27347.html (贵州省重大工程项目)
GUIZHOU = ("分地区看，完成投资进度占年度计划比例前三位的市州是贵阳市、黔西南州和遵义市，分别占年度计划的"
           "76.8%、72.7%和72.1%。\n")
#: code corpus, stored file id 6707174613 (a paper on the ecosystem services of Shanxi), as written
SHANXI = "1型权衡强度处于前五位的是潞州区、临猗县、曲沃县、侯马市、万荣县。\n"
#: code corpus, stored file id 2847056023 (a news item on technical barriers to trade), as written
TRADE = "受国外技术性贸易措施影响较大的行业排在前五位的是机电、农食产品、化矿、塑料皮革和纺织鞋帽。\n"


@pytest.mark.parametrize(("text", "written", "wrong"), [
    (GUIZHOU, "前三位", "前四位"), (SHANXI, "前五位", "前六位"), (TRADE, "前五位", "前四位")])
def test_the_first_places_and_who_holds_them(article, text, written, wrong) -> None:
    holds_then_fails(article, text, written, wrong)


@pytest.mark.parametrize("text", [
    # code corpus, stored file id 36992640459 (a translated survey): clauses, no names
    "排在前五位的是关于私有仓库的挑战（包括对GitLab的认证）和记住不同的go mod命令以及理解它们的错误信息。\n",
    # whether, not who
    "排名前三位的是否都是东部省份，还要看年底数据。\n",
])
def test_the_first_places_with_no_names(article, text) -> None:
    quiet(article, text)


def test_the_first_places_some_of_whom_are_named(article) -> None:
    """等: some of the three are named, no more than three."""
    code, doc = article(TITLE + "分地区看，完成投资进度占年度计划比例前三位的市州是贵阳市、黔西南州等。\n")
    assert code == 0 and error_findings(doc) == []
    code, doc = article(TITLE + "分地区看，完成投资进度占年度计划比例前两位的市州是贵阳市、黔西南州、"
                                "遵义市等。\n")
    assert code == 1 and named(doc, 2, 18, 3)


# --- quoted names with no 、 between them, then their count: “A”“B”和“C”三大问题 -------------------------
#: code corpus, stored file id 58848799012 (a summary of an article on Diátaxis), as written
DIATAXIS = ("它从文档使用者的真实需求出发，帮助创作者同时解决“写什么”“怎么写”和“怎么组织”三大问题。\n")
#: code corpus, stored file id 15311462644 (a project report), as written
RESEARCH = ("然而，多数本科生面临“研究设想→数据结论”的转化障碍，核心问题集中于“工具使用”与“知识理解”"
            "两大层面。\n")
#: code corpus, stored file id 33766819264 (a cruise line's page), as written
CRUISE = ("2009年，皇家加勒比国际游轮一举囊获了“最佳豪华游轮”和“最佳会奖活动游轮”两大奖项，并在TTG杂志的"
          "“亚洲旅游系列大奖”中荣获“最佳游轮公司”奖。\n")
#: code corpus, stored file id 66596363254 (an essay on the GDR), as written
GDR = "他将民主德国的政治前途锚定在“创造新社会体制”与“满足人民福祉”两大目标上。\n"


@pytest.mark.parametrize(("text", "written", "wrong"), [
    (DIATAXIS, "三大", "四大"), (RESEARCH, "两大", "三大"), (CRUISE, "两大", "三大"), (GDR, "两大", "三大")])
def test_quoted_names_then_their_count(article, text, written, wrong) -> None:
    holds_then_fails(article, text, written, wrong)


def test_a_count_of_quoted_names(article) -> None:
    """A count with its counter (三种), after quoted names with no 、 between them."""
    text = "各地推出“夜市招聘”“镇长直播带岗”“家门口就业”三种模式。\n"
    holds_then_fails(article, text, "三种", "两种")


@pytest.mark.parametrize("text", [
    # code corpus, stored file id 54805406407: one quoted phrase holds the names
    "故障根因集中在“启动参数、存储设备、文件系统”三大环节。\n",
    # a quoted name, then another clause's count
    "他提出“共同富裕”，全省三大产业同步增长。\n",
])
def test_quotes_that_are_no_run_of_names(article, text) -> None:
    code, doc = article(TITLE + text)
    assert code == 0 and error_findings(doc) == []
