"""Some of the things a count (or a list of the top N) is of, picked out by the words after it
(discover/among.py, session 16): real sentences, then the part made larger than the whole, and
look-alikes that tie nothing.
"""

from __future__ import annotations

import pytest


def written(record: dict) -> list[str]:
    return [c["written"] for c in record["claims"]]


def errors(doc: dict) -> list[tuple[str, list[str]]]:
    return [(f["code"], [c["written"] for c in f["claims"]]) for f in doc["findings"]
            if f["severity"] == "error"]


def among(doc: dict) -> list[dict]:
    return [r for r in doc["checks"] if r["check"] and r["check"].endswith("_among")]


# --- N家…公司有M家…; N家…公司，仅M家… ------------------------------------------------------------
@pytest.mark.parametrize(("text", "part", "whole", "wrong"), [
    # fresh15 news-rd-spending-2021 line 21 (证券时报·数据宝)
    ("A股9家千亿级电子行业公司有{n}低于10%，行业内市值排第二、三的立讯精密、工业富联研发强度仅为4.31%和"
     "2.46%。\n", "4家", "9家", "14家"),
    # fresh15 news-rd-spending-2021 line 23
    ("A股计算机行业公司研发强度相对较高，9家500亿以上市值公司，仅{n}研发强度低于10%，分别为纳思达和紫光股份。\n",
     "2家", "9家", "12家"),
    # smoke20 baijiu-q1q3-2023-hongxing-shifen (a liquor-industry report)
    ("统计发现，2023年前三季度，21家A股上市白酒企业中有{n}亏损，亏损最多为顺鑫农业，其次为海南椰岛、金种子酒。\n",
     "3家", "21家", "23家"),
])
def test_some_of_a_count_picked_out_after_its_noun(article, text, part, whole, wrong) -> None:
    """A count with the noun of what it counts, then 有/仅 and a count of the same things that says
    something of them (低于10%, 亏损): some of them, at most the whole."""
    code, doc = article(text.format(n=part))
    [found] = among(doc)
    assert code == 0 and (found["kind"], found["how"], found["verdict"]) == ("breakdown", "stated", "holds")
    assert sorted(written(found)) == sorted([part, whole])
    code, doc = article(text.format(n=wrong))
    # FC301 from the count of the whole; the names after 分别为 count the part too (enumeration, FC601)
    found = [e for e in errors(doc) if e[0] == "FC301"]
    assert code == 1 and len(found) == 1 and {e[0] for e in errors(doc)} <= {"FC301", "FC601"}
    assert wrong in found[0][1]


@pytest.mark.parametrize(("text", "part", "whole", "wrong"), [
    # fresh15 news-rd-spending-2021 line 43
    ("A股研发支出前50强公司中，也仅{n}研发投入资本化率超过10%，长城汽车、中国联通、中煤能源资本化率最高。\n",
     "13家", "前50强", "53家"),
    # smoke3 securities-firms-2021 (a brokerage league table)
    ("投资收入排名前十的券商中，{n}实现了同比增长，一家同比下滑（中信建投）。\n", "九家", "前十", "十二家"),
    # fresh15 news-a-share-decade-2021 line 47: the part closes its clause
    ("2010年末，市值排前146名的公司中，电子行业公司仅{n}，如今已有15家。\n", "4家", "前146名", "150家"),
])
def test_some_members_of_a_list_of_the_top_n(article, text, part, whole, wrong) -> None:
    """前N强…中，(有/仅)M家…: M of the list's N places."""
    code, doc = article(text.format(n=part))
    [found] = among(doc)
    assert code == 0 and (found["kind"], found["how"], found["verdict"]) == ("expression", "stated", "holds")
    assert sorted(written(found)) == sorted([part, whole])
    code, doc = article(text.format(n=wrong))
    assert code == 1 and [e[0] for e in errors(doc)] == ["FC801"]
    assert wrong in errors(doc)[0][1]


@pytest.mark.parametrize("text", [
    "今年共签约9个项目，有12个项目在谈。\n",  # the count is the object of a verb: a new set after it
    "集团9家公司有12家子公司。\n",  # a count of other things, not of some of the nine
    "全市有9家医院，有12家社区卫生服务中心。\n",  # two sets side by side
    "全国百强企业中，有员工19万人。\n",  # people, not members of the list
    "新增9家上市公司，2家企业在新三板挂牌。\n",  # no word that picks some out
])
def test_no_part_without_the_words_that_pick_some_out(article, text) -> None:
    _, doc = article(text)
    assert among(doc) == []


# --- N家…，X占M席 --------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "part", "whole", "wrong"), [
    # fresh15 stat-yuhang-plan-2022 line 7 (余杭区 2022 plan report)
    ("天目山实验室顺利揭牌，10家省实验室余杭占{n}，杭州未来科技城省级高新技术产业园区获批创建。\n",
     "4席", "10家", "14席"),
    # smoke18 ipo-feb-2022-beyondjcurve-36kr
    ("2022年2月，有3家中国企业在香港IPO，均在主板上市，医疗健康类企业表现亮眼占据{n}，IPO数量同比下降57.14%。\n",
     "2席", "3家", "4席"),
])
def test_the_seats_some_take_among_a_count(article, text, part, whole, wrong) -> None:
    """N家X…Y占M席: the seats are some of the N."""
    code, doc = article(text.format(n=part))
    [found] = among(doc)
    assert code == 0 and (found["kind"], found["how"], found["verdict"]) == ("breakdown", "stated", "holds")
    assert sorted(written(found)) == sorted([part, whole])
    code, doc = article(text.format(n=wrong))
    assert code == 1 and [e[0] for e in errors(doc)] == ["FC301"]
    assert wrong in errors(doc)[0][1]


def test_seats_shared_out_among_the_counted_are_not_of_the_count(article) -> None:
    """stat-kunshan-yiwu-2021 line 7: 两省 count the places that take the seats, each 5 of ten."""
    _, doc = article("《中国经济周刊》记者梳理2021年全国10强县（市）居民人均可支配收入发现，"
                     "浙江和江苏两省平分秋色，各占5席。\n")
    assert [r for r in among(doc) if "两省" in written(r)] == []


# --- A、B、C是<place>N大… ------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "right", "wrong"), [
    # fresh15 news-cities-gdp-h1-2021 line 73
    ("其一，广州三大传统支柱产业全面反弹。电子、汽车、石化是广州{n}传统支柱，上半年，汽车制造业、计算机通信电子设备"
     "制造业实现产值同比分别增长20.9%和26.3%。\n", "三大", "四大"),
    # smoke25 jiaozuo-trade-jan-may-fgw
    ("美国、欧盟、拉美、东盟和非洲是我市{n}出口市场。\n", "五大", "六大"),
])
def test_names_a_copula_makes_a_places_group(article, text, right, wrong) -> None:
    """A list, 是, the place that owns the group with no 的 (广州, 我市), and the group's size."""
    code, doc = article(text.format(n=right))
    found = [r for r in doc["checks"] if r["kind"] == "enumeration"]
    assert len(found) == 1 and found[0]["verdict"] == "holds" and code == 0
    code, doc = article(text.format(n=wrong))
    assert code == 1 and [e[0] for e in errors(doc)] == ["FC601"]
    assert wrong[0] in errors(doc)[0][1][0]  # the count, written 四个 for 四大


@pytest.mark.parametrize("text", [
    "深圳、广州是广东三大城市中的两个。\n",  # some of the group (两个 counts them)
])
def test_no_group_of_the_names_when_they_are_some_of_it(article, text) -> None:
    _, doc = article(text)
    assert [r for r in doc["checks"] if r["kind"] == "enumeration" and "三个" in written(r)] == []


@pytest.mark.parametrize("size", ["三大", "四大", "五大"])
def test_names_that_stand_for_a_group_bound_it_from_below(article, size) -> None:
    """以A、B为代表的N大: the names are some of the group (session 17: a lower bound, no full list), so
    any size of two or more holds."""
    code, doc = article(f"以新一代信息技术、生物医药为代表的{size}新兴支柱产业。\n")
    assert code == 0 and errors(doc) == []


# --- 在…10强…排名中，排名第6位 ------------------------------------------------------------------------------
def test_a_place_in_a_list_of_the_top_n_after_the_comma(article) -> None:
    """news-city-revenue-2022q1 line 23 (中国经济周刊): the place the subject takes in the list the
    clause names is one of its N (the place in another ranking, 全部城市排名第12位, is not tied)."""
    text = ("宁波表现比较抢眼，一季度GDP为3516.4亿元，在全部城市排名第12位，而在财政收入10强城市排名中，"
            "排名{n}。\n")
    code, doc = article(text.format(n="第6位"))
    [found] = among(doc)
    assert code == 0 and sorted(written(found)) == ["10强", "第6位"] and found["verdict"] == "holds"
    code, doc = article(text.format(n="第16位"))
    assert code == 1 and [e[0] for e in errors(doc)] == ["FC801"] and "第16位" in errors(doc)[0][1]
