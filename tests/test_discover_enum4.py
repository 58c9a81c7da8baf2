"""Counts and the names listed with them (discover/enumeration.py), on real sentences through
`factcheck check ARTICLE`: as written, with one count changed (the error names it), and the near
misses where no list must be read.
"""

from __future__ import annotations

import pytest


def records(doc: dict) -> list[dict]:
    return [c for c in doc["checks"] if c["kind"] == "enumeration"]


def written(record: dict) -> list[str]:
    return [c["written"] for c in record["claims"]]


def errors(doc: dict) -> list[tuple[str, int, int, list[str]]]:
    return [(f["code"], f["line"], f["column"], [c["written"] for c in f["claims"]])
            for f in doc["findings"] if f["severity"] == "error"]


# --- a clause of names, then their count: 广州、深圳、佛山、东莞，全省4个“万亿元”城市 -----------------
#: tests/data/articles/news-shenzhen-3trillion-2021.txt line 69 (21世纪经济报道)
TRILLION = "粗算一下，广州、深圳、佛山、东莞，全省{n}“万亿元”城市，GDP加起来占全省GDP的七成左右。\n"
#: code corpus, stored file id 66549158102 (a Chinese JavaScript tutorial on Promise.all), as written
WEATHER = ("通过axios发起四个城市的天气请求，每个请求返回Promise对象，分别对应北京、上海、广州、深圳，"
           "{n}城市的天气会同时显示在页面上。\n")


@pytest.mark.parametrize(("text", "n", "wrong", "column"),
                         [(TRILLION, "4个", "7个", 20), (WEATHER, "四个", "三个", 52)])
def test_a_count_of_places_after_a_clause_of_their_names(article, text, n, wrong, column) -> None:
    """The clause before a count of places lists nothing but their names: the count counts them."""
    code, doc = article(text.format(n=n))
    assert code == 0 and errors(doc) == []
    assert [(r["verdict"], written(r)) for r in records(doc) if n in written(r)] == \
        [("holds", [n])]
    code, doc = article(text.format(n=wrong))
    assert code == 1 and errors(doc) == [("FC601", 1, column, [wrong])]


@pytest.mark.parametrize("text", [
    # a count of other things after a list of names: what the names hold, not the names
    "全市新建学校、医院、公园，共12个项目同时开工。\n",
    # a count the names are among (全国35个城市中)
    "北京、上海、广州，全国35个城市中排名靠前。\n",
    # a clause with figures is no clause of names
    "广州增长8.1%、深圳增长6.7%，全省4个城市GDP均超万亿元。\n",
    # a clause that names the places it sets apart or starts from: not a clause of names only
    "除北京、上海外，全国15个城市GDP超过万亿元。\n",
    "从北京、上海、广州来看，4个城市均有增长。\n",
    "与北京、上海相比，3个城市的增速更快。\n",
])
def test_no_count_of_a_clause_of_names(article, text) -> None:
    code, doc = article(text)
    assert code == 0 and errors(doc) == [] and records(doc) == []


# --- names in quotes: “安全对齐”、“经济影响”和“地缘政治”三大战略支柱 -----------------------------------
#: code corpus, stored file id 57120318293 (a Chinese AI news digest), as written
PILLARS = "Anthropic今日更新内容极为丰富，核心围绕“安全对齐”、“经济影响”和“地缘政治”{n}战略支柱。\n"
#: code corpus, stored file id 63529148787 (a Chinese project digest), as written
DIRECTIONS = ("这些 PR 共同指向“安全增强”、“可观测性提升”与“技能生态治理”{n}战略方向，预示未来版本将"
              "更强调企业级可靠性需求。\n")
#: code corpus, stored file id 62066643218 (a Chinese school event plan): one quote round the list,
#: 与 inside 参与 (深参与感互动) no conjunction
ENGINES = ("本项目旨在利用校园开放日产生的高价值流量，通过“高冲击力视觉、深参与感互动、长链路心理锚点”"
           "{n}战略引擎，确立墨子实验室在区域科创教育市场的领导地位。\n")


@pytest.mark.parametrize(("text", "names"), [
    (PILLARS, "安全对齐、经济影响、地缘政治"),
    (DIRECTIONS, "安全增强、可观测性提升、技能生态治理"),
    (ENGINES, "高冲击力视觉、深参与感互动、长链路心理锚点"),
])
def test_names_in_quotes_before_their_count(article, text, names) -> None:
    """Quoted names, the words before the first quote not part of it (核心围绕, 参与 no 与)."""
    code, doc = article(text.format(n="三大"))
    assert code == 0 and errors(doc) == []
    assert [(r["verdict"], written(r)) for r in records(doc)] == [("holds", ["三个"])]
    code, doc = article(text.format(n="四大"))
    at = text.index("{n}") + 1
    assert code == 1 and errors(doc) == [("FC601", 1, at, ["四个"])]
    [finding] = doc["findings"]
    assert f"({names})" in finding["message"]


def test_a_conjunction_inside_quotes_joins_no_names(article) -> None:
    """“安全对齐和治理” is one name: three, not four."""
    code, doc = article(PILLARS.replace("“安全对齐”", "“安全对齐和治理”").format(n="三大"))
    assert code == 0 and errors(doc) == []
    assert [r["verdict"] for r in records(doc)] == ["holds"]


# --- a count, its noun, then a dash and the names: 三家企业——A、B和C; 四个城市——A、…和D——… --------------
#: code corpus, stored file id 49239956741 (a Chinese game module's background text), as written
FIRMS = "最强大的{n}企业——神罗科技、阿拉萨卡集团和军用科技，在暗处进行着永无止境的战争。\n"
#: code corpus, stored file id 45351541642 (a Chinese translation of a data-science textbook): the
#: list ends at its closing dash
CITIES = ("在本例中，由于有{n}城市——伯克利、Lamorinda、皮德蒙特和里士满——我们在一个设计矩阵中创建了"
          "四个新特征。\n")


@pytest.mark.parametrize(("text", "n", "wrong", "column"),
                         [(FIRMS, "三家", "四家", 5), (CITIES, "四个", "五个", 8)])  # 8: 有五个
def test_names_after_a_dash_after_the_counted_noun(article, text, n, wrong, column) -> None:
    code, doc = article(text.format(n=n))
    assert code == 0 and errors(doc) == []
    assert [(r["verdict"], written(r)) for r in records(doc) if n in written(r)] == [("holds", [n])]
    code, doc = article(text.format(n=wrong))
    assert code == 1 and errors(doc) == [("FC601", 1, column, [wrong])]


@pytest.mark.parametrize("text", [
    # code corpus id 56420436311: what follows the dash is a clause, with a figure in it
    "但5天去3个城市——我会拍很多照片但1张都不发朋友圈。\n",
    # code corpus id 68470083524: 包括 after the dash names some of them (no error, whatever the count)
    "有超过2000个团队和280家企业——包括马士基、安克创新和诺华——在使用商业版进行构建。\n",
])
def test_no_list_after_a_dash(article, text) -> None:
    code, doc = article(text)
    assert code == 0 and errors(doc) == []
    assert all(r["verdict"] == "holds" for r in records(doc))


# --- feasibility: a percentage after a count is a share of it only when it counts the same things ---
def feasibility(doc: dict) -> list[dict]:
    return [c for c in doc["checks"] if c["kind"] == "feasibility"]


@pytest.mark.parametrize("text", [
    # code corpus, stored file id 4977473035 (a Chinese translation of a container book), 55% → 55.5%:
    # 其中 after another percentage takes a share of that part (生产用户), not of the 119
    "在 119 名受访者中，结果偏向生产用户(50%)，其中 55.5%的人使用 Kubernetes 管理容器。\n",
    # the form of a statistical bulletin's paragraph on firms: a ratio of amounts, not of the firms
    "全市120家规上工业企业中，资产负债率为55.3%。\n",
    "全市120家规上工业企业中，民营企业营收占45.3%。\n",
])
def test_no_share_of_the_count_before_it(article, text) -> None:
    code, doc = article(text)
    assert code == 0 and errors(doc) == []
    assert all(c["claims"][0]["written"] in ("50%",) for c in feasibility(doc))


def test_a_share_of_the_count_before_it_is_feasible_or_not(article) -> None:
    """The same sentence with a share that 120 pupils give (55.0% = 66/120) and one they cannot."""
    code, doc = article("在120名学生中，男生占55.0%。\n")
    assert code == 0 and [c["verdict"] for c in feasibility(doc)] == ["holds"]
    code, doc = article("在120名学生中，男生占55.1%。\n")
    assert code == 1 and errors(doc) == [("FC701", 1, 13, ["55.1%", "120名"])]
