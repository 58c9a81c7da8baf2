"""Tallies of directions with the items they count (discover/tally.py), through `factcheck check
ARTICLE`: real sentences of statistical reports as written, then with one count changed, and the
tallies whose items cannot be delimited (left unchecked).
"""

from __future__ import annotations

import pytest


def records(doc: dict) -> list[dict]:
    return [c for c in doc["checks"] if c["kind"] == "enumeration"]


def errors(doc: dict) -> list[tuple[str, list[str]]]:
    return [(f["code"], [c["written"] for c in f["claims"]]) for f in doc["findings"]
            if f["severity"] == "error"]


# stat-daqing-2016h1, line 67: the items after the tally's colon, one clause each
DAQING_CPI = ("CPI：城市居民消费价格指数为100.7，同比上涨0.7%。八大类消费品价格呈现“{tally}”格局：食品烟酒类"
              "上涨2.6%，居住类上涨0.5%，医疗保健类上涨0.8%，教育文化和娱乐类上涨0.1%；衣着类下降1.5%，"
              "生活用品及服务类下降0.2%，交通和通信类下降0.7%；其他用品和服务类价格与同期持平。\n")
# a city's CPI report (何鲲, 2021): 的态势 between the tally and its colon
CITY_CPI = ("从分类看，8大类商品及服务价格指数呈现“{tally}”的态势：食品烟酒类价格上涨6.0%，衣着类价格上涨"
            "0.9%，生活用品及服务类价格上涨2.2%，交通和通信类价格上涨2.2%，教育文化和娱乐类价格上涨2.0%，"
            "其他用品和服务类价格上涨1.5%；居住类价格下降1.1%，医疗保健类价格下降0.1%。\n")


@pytest.mark.parametrize(("text", "right", "wrong", "changed"), [
    (DAQING_CPI, "四升三降一平", "四升五降一平", "五项"),
    (DAQING_CPI, "四升三降一平", "六升三降一平", "六项"),
    (DAQING_CPI, "四升三降一平", "四升三降三平", "三项"),
    (CITY_CPI, "六升二降", "六升三降", "三项"),
    (CITY_CPI, "六升二降", "五升二降", "五项"),
])
def test_a_tally_counts_the_clauses_that_go_its_way(article, text, right, wrong, changed) -> None:
    """四升三降一平：A类上涨…，B类下降…；C类价格与同期持平: each count of the tally is the number of
    the clauses after its colon whose figure rises (升, 涨), falls (降) or holds (持平). A 和 inside a
    name ending in 类 like the others (教育文化和娱乐类) is one name."""
    code, doc = article(text.format(tally=right))
    assert code == 0 and errors(doc) == []
    found = records(doc)
    assert len(found) == len(right) // 2
    assert {(r["how"], r["verdict"]) for r in found} == {("stated", "holds")}
    code, doc = article(text.format(tally=wrong))
    assert code == 1 and ("FC601", [changed]) in errors(doc)
    assert all(changed in claims for _, claims in errors(doc))


@pytest.mark.parametrize(("text", "tally", "group", "wrong"), [
    (DAQING_CPI, "四升三降一平", "八大类", "六大类"),
    (CITY_CPI, "六升二降", "8大类", "6大类"),
    ("7月份，其他{group}价格同比{tally}。\n", "六涨一降", "七大类", "五大类"),
])
def test_the_group_a_tally_splits_holds_its_counts(article, text, tally, group, wrong) -> None:
    """Form: N大类…(呈现)“a升b降c平”: the tally splits the N classes by direction, so its counts
    add up to no more than N (a class that did not move may be left out: 七大类…五涨一降). A group
    changed below the counts is reported at the group (stat-daqing-2016h1 line 67, a city's CPI
    report, the NBS CPI of July 2016)."""
    text = text.replace("八大类", "{group}").replace("8大类", "{group}")
    code, doc = article(text.format(tally=tally, group=group))
    assert code == 0 and errors(doc) == []
    [found] = [c for c in doc["checks"] if c["kind"] == "breakdown"]
    assert (found["how"], found["verdict"]) == ("stated", "holds")
    code, doc = article(text.format(tally=tally, group=wrong))
    assert code == 1 and [(code, claims[-1]) for code, claims in errors(doc)] == \
        [("FC301", wrong.replace("大类", "个"))]


# stat-daqing-2016h1, line 21: each count glossed in quotes after the tally
CROPS = ("种植结构进一步优化，主要农作物播种面积“{tally}”（“一减”：减少玉米种植面积；“两稳”：稳定花生和烤烟"
         "种植面积；“五增”：增加水稻、特色粮食作物、蔬菜瓜果、其他经济作物、饲草饲料作物种植面积）。\n")


@pytest.mark.parametrize(("wrong", "changed"), [
    ("三减两稳五增", "三项"), ("一减三稳五增", "三项"), ("一减两稳七增", "七项")])
def test_a_tally_whose_counts_are_glossed_one_by_one(article, wrong, changed) -> None:
    """“一减两稳五增”（“一减”：减少玉米…；“两稳”：稳定花生和烤烟…；“五增”：增加水稻、…）: each count
    against the names its gloss lists after the verb; the gloss is found by its word, so a count
    changed in editing still meets it."""
    code, doc = article(CROPS.format(tally="一减两稳五增"))
    assert code == 0 and errors(doc) == []
    assert [r["verdict"] for r in records(doc)] == ["holds"] * 3
    code, doc = article(CROPS.format(tally=wrong))
    assert code == 1 and errors(doc) == [("FC601", [changed])]


NBS_CPI = ("7月份，其他七大类价格同比{tally}。其中，其他用品和服务、医疗保健、居住、教育文化和娱乐、衣着、"
           "生活用品及服务价格分别上涨4.4%、4.3%、1.6%、1.6%、1.4%、0.6%；交通和通信价格下降1.6%。\n")


def test_a_tally_whose_he_nothing_decides_is_left_unchecked(article) -> None:
    """National Bureau of Statistics, CPI of July 2016: 其他用品和服务、医疗保健、居住…价格分别上涨…；
    交通和通信价格下降1.6%. The names share no ending, so whether 交通和通信 is one item or two is
    not read: no count is checked against the items (its group's size still is: below)."""
    for tally in ("六涨一降", "六涨二降"):
        _, doc = article(NBS_CPI.format(tally=tally))
        assert records(doc) == []


def sums(doc: dict) -> list[tuple[str, str, list[str]]]:
    return [(c["how"], c["verdict"], [x["written"] for x in c["claims"]]) for c in doc["checks"]
            if c["kind"] == "breakdown"]


@pytest.mark.parametrize(("text", "right", "wrong", "changed"), [
    (DAQING_CPI.replace("“{tally}”", "“四升三降一平”").replace("八大类", "{tally}"), "八大类", "六大类",
     "六个"),
    (DAQING_CPI.replace("“{tally}”", "“四升三降一平”").replace("八大类", "{tally}"), "八大类", "十大类",
     "十个"),
    (DAQING_CPI, "四升三降一平", "四升三降二平", "二项"),
    (NBS_CPI, "六涨一降", "六涨三降", "三项"),
    (NBS_CPI.replace("七大类", "{tally}").replace("{tally}价格同比{tally}", "{tally}价格同比六涨一降"),
     "其他七大类", "其他五大类", "五个"),
])
def test_a_tally_adds_up_to_the_group_it_sorts(article, text, right, wrong, changed) -> None:
    """八大类消费品价格呈现“四升三降一平”格局 (stat-daqing-2016h1, line 67), 其他七大类价格同比六涨一降
    (National Bureau of Statistics, CPI of July 2016): a tally in the clause of the group it sorts
    counts every member once, each by its one direction: with every direction named (平 too) its
    counts add up to the group's size, else to no more than it (a class that did not move may go
    unnamed) — a stated `breakdown`; a size or count changed past that is an error naming it."""
    code, doc = article(text.format(tally=right))
    assert code == 0 and errors(doc) == []
    assert [(how, verdict) for how, verdict, _ in sums(doc)] == [("stated", "holds")]
    code, doc = article(text.format(tally=wrong))
    assert code == 1
    assert "FC301" in {c for c, _ in errors(doc)}
    assert all(changed in written for _, written in errors(doc))  # a count also fails its items


def test_a_tally_with_items_in_one_clause_is_left_unchecked(article) -> None:
    """stat-daqing-2016h1, line 3: “八增长两收窄”特点（…地方工业和固定资产投资正增长、…城镇和农村居民
    收入同步增长…）. The items are clauses joined by 、 and a 和 may join two of them: no check."""
    text = ("全市经济运行呈现“八增长两收窄”特点（GDP实现1.5%的正增长、农村经济稳步增长、地方工业和固定资产"
            "投资正增长、社会消费品零售总额稳步增长、地方投资快速增长、城镇和农村居民收入同步增长、规上工业"
            "和地方财政收入降幅同比收窄）。\n")
    code, doc = article(text)
    assert code == 0 and errors(doc) == [] and records(doc) == []
