"""A count of some of the things another count is of (discover/among.py), through
`factcheck check ARTICLE`: real sentences of the news corpus (tests/data/articles), then with the
part larger than the whole.
"""

from __future__ import annotations

import pytest


def written(record: dict) -> list[str]:
    return [c["written"] for c in record["claims"]]


def errors(doc: dict) -> list[tuple[str, list[str]]]:
    return [(f["code"], [c["written"] for c in f["claims"]]) for f in doc["findings"]
            if f["severity"] == "error"]


# --- a count of some of the things another count is of: 90个区县中仅有8个 -------------------------------
@pytest.mark.parametrize(("text", "part", "whole"), [
    ("从县域角度看，公开数据显示，浙江省90个区县中仅有{n}低于全国人均收入。\n", "8个", "90个"),
    ("在今年第一季度，苏州新上市的4家公司中有{n}都来自半导体产业。\n", "3家", "4家"),
])
def test_a_count_among_a_count_is_at_most_it(article, text, part, whole) -> None:
    """N个X中(仅)有M个…: M of the N things (without a comma after 中; with one, the counts a
    sentence splits)."""
    code, doc = article(text.format(n=part))
    [found] = [r for r in doc["checks"] if r["kind"] == "breakdown"]
    assert code == 0 and (found["how"], found["verdict"]) == ("stated", "holds")
    assert sorted(written(found)) == sorted([part, whole])
    more = str(int(whole[:-1]) + 1) + whole[-1]
    code, doc = article(text.format(n=more))
    assert code == 1 and [e[0] for e in errors(doc)] == ["FC301"]


@pytest.mark.parametrize("text", [
    "全市35个行业大类中有七成行业实现增长。\n",  # a share of them, not a count
    "全市共有企业120家，其中规上企业45家。\n",  # 其中 after a comma: the breakdown of a total
])
def test_no_count_among_a_count_without_the_words(article, text) -> None:
    _, doc = article(text)
    assert [r for r in doc["checks"] if r["check"] and r["check"].endswith("_among")] == []


# --- a rank among a count, the places some members take in a list of the top N -------------------
@pytest.mark.parametrize(("text", "right", "wrong"), [
    # stat-cities-gdp-2021, line 57
    ("蚌埠2021年前三季度GDP位居全省第8位，长三角41个市中{rank}，仅为宁波的1/6。\n", "第30位", "第60位"),
    # a news report on the costliest cities (苏黎世)
    ("不过，苏黎世的人均工资水平也属一流，在入围的77个城市中排名{rank}，仅落后于日内瓦。\n", "第二位",
     "第九十位"),
])
def test_a_rank_among_a_count_is_at_most_it(article, text, right, wrong) -> None:
    """N个X中(排名)第K位: one of the N places, so K ≤ N."""
    code, doc = article(text.format(rank=right))
    [found] = [r for r in doc["checks"] if r["kind"] == "expression"]
    assert code == 0 and (found["how"], found["verdict"]) == ("stated", "holds")
    code, doc = article(text.format(rank=wrong))
    assert code == 1 and [c for c, _ in errors(doc)] == ["FC801"]
    assert wrong in errors(doc)[0][1]


@pytest.mark.parametrize(("text", "right", "wrong"), [
    # stat-kunshan-yiwu-2021, line 29
    ("在全国50强县市中，更是占据{n}席位。\n", "30个", "60个"),
    # a report on the 2020 百强县 list
    ("2020年全国综合竞争力百强县(市)前十名中，江苏省一如既往的一家独大，霸气占据{n}名额，苏南四小龙"
     "包揽前四。\n", "六个", "十六个"),
])
def test_the_places_members_take_in_a_list_of_the_top_n(article, text, right, wrong) -> None:
    """N强中…占据M个席位, 前十名中…占据六个名额: the members take M of the list's N places, so
    M ≤ N (only with 占: 百强中有员工19万人 counts something else)."""
    code, doc = article(text.format(n=right))
    [found] = [r for r in doc["checks"] if r["kind"] == "expression"]
    assert code == 0 and (found["how"], found["verdict"]) == ("stated", "holds")
    code, doc = article(text.format(n=wrong))
    assert code == 1 and [c for c, _ in errors(doc)] == ["FC801"]
    assert wrong in errors(doc)[0][1]


def test_a_count_that_has_no_place_in_the_list_is_not_checked(article) -> None:
    """世界500强中，华为员工有19万人: 有 counts what the members have, not the places they take."""
    code, doc = article("在世界500强中，华为员工有19万人。\n")
    assert code == 0 and [r for r in doc["checks"] if r["kind"] == "expression"] == []


# --- a count that made a list, after the list's size: 总共录取了7173名本科生，海淀就有479人上榜 --------
@pytest.mark.parametrize(("text", "part", "whole"), [
    ("以清华、北大为例，这两所国内一流学府在2020年总共录取了7173名本科生，海淀就有{n}上榜。\n",
     "479人", "7173名"),
    ("本届评选共有120家企业参评，我市有{n}入选。\n", "15家", "120家"),
])
def test_a_count_that_made_a_list_is_at_most_its_size(article, text, part, whole) -> None:
    """N名/家…，X(就/也)有M人/家上榜/入选/入围 (stat-haidian-gdp-2021 line 61; award and ranking
    news): the M that made it are some of the N, counted with the same measure word or both
    people (名, 人, 位)."""
    code, doc = article(text.format(n=part))
    [found] = [r for r in doc["checks"] if r["kind"] == "breakdown"]
    assert code == 0 and (found["how"], found["verdict"]) == ("stated", "holds")
    assert sorted(written(found)) == sorted([part, whole])
    more = str(int(whole[:-1]) + 1) + part[-1]
    code, doc = article(text.format(n=more))
    assert code == 1 and [e[0] for e in errors(doc)] == ["FC301"]


@pytest.mark.parametrize("text", [
    "全市共有学校35所，今年有1200人上榜。\n",  # schools and people: other things
    "全省共录取新生7173名，海淀有479人获得奖学金。\n",  # no list made: a count of something else
])
def test_counts_of_other_things_or_without_a_list_are_not_tied(article, text) -> None:
    _, doc = article(text)
    assert [r for r in doc["checks"] if r["kind"] == "breakdown"] == []
