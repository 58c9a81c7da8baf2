"""No false alarm on the forty-first round of unseen articles (tests/data/smoke41, review.yaml; sources in
sources.yaml), causes 1, 2, 4 and 9 of its report: each form of writing that raised one, on the real
sentence, and the relation or the look-alike that must still be found, with one figure changed (the
finding names the changed figure).
"""

from __future__ import annotations

from pathlib import Path

from helpers import alarms
from helpers import checks_of as checks
from helpers import names_written as _named

from factcheck.lexicon import names_an_average

DATA = Path(__file__).parent / "data" / "smoke41"


def _line(slug: str, line: int) -> str:
    return (DATA / f"{slug}.txt").read_text(encoding="utf-8").split("\n")[line - 1] + "\n"


def _whole_article(slug: str) -> str:
    return (DATA / f"{slug}.txt").read_text(encoding="utf-8")


# --- 1. a bare 占比 after a 其中 part that names the measure of an earlier total ------------------

# bozhou-investment-jan-oct-bozhou line 1
BOZHOU = _line("bozhou-investment-jan-oct-bozhou", 1)


def _shares(doc: dict) -> list[tuple[str, list[str]]]:
    return checks(doc, "share")


def test_a_bare_share_is_of_the_earlier_total_of_its_measure(article) -> None:
    """58个 of 新签约…项目219个 (26.48%), 355.1亿元 of its 总投资1115.2亿元 (31.84%), 41个 of 新落地…
    159个 (25.79%), 142.9亿元 of its 总投资614.9亿元 (23.24%) — not of 预计222个 and 867.1亿元."""
    _, doc = article(BOZHOU)
    assert alarms(doc) == []
    assert sorted(_shares(doc)) == sorted([
        ("holds", ["58个", "219个", "26.5%"]), ("holds", ["355.1亿元", "1115.2亿元", "31.8%"]),
        ("holds", ["41个", "159个", "25.8%"]), ("holds", ["142.9亿元", "614.9亿元", "23.2%"]),
    ])


def test_a_changed_part_of_the_earlier_total_is_still_found(article) -> None:
    """Tied across sentences by the measure's name: a warning naming the changed figure."""
    _, doc = article(BOZHOU.replace("工业项目58个", "工业项目68个"))
    assert ("FC201", "warning") in alarms(doc)
    assert _named(doc, "68个", "warning")
    _, doc = article(BOZHOU.replace("总投资142.9亿元", "总投资162.9亿元"))
    assert ("FC201", "warning") in alarms(doc)
    assert _named(doc, "162.9亿元", "warning")


def test_a_part_naming_the_total_before_qizhong_keeps_that_whole(article) -> None:
    """The look-alike: a 其中 part named as the total of the sentence before it (省外投资项目) is
    still read against that total (58 of 222 is 26.1%)."""
    text = BOZHOU.replace("其中来自沪苏浙的新签约亿元以上工业项目58个、占比26.5%",
                          "其中来自沪苏浙的新建亿元以上省外投资项目58个、占比26.1%")
    _, doc = article(text)
    assert ("holds", ["58个", "预计222个", "26.1%"]) in _shares(doc)
    _, doc = article(text.replace("占比26.1%", "占比29.1%"))
    assert _named(doc, "29.1%", "warning")  # 预计222个: an estimate, a warning


# --- 2. a per-person standard is no total of an average ------------------------------------------

# city-pension-q4-2023-qqqwwww line 3 (traditional script)
PENSION = _line("city-pension-q4-2023-qqqwwww", 3)


def test_a_minimum_standard_is_not_divided_by_the_head_count(article) -> None:
    _, doc = article(PENSION)
    assert alarms(doc) == []
    assert checks(doc, "average") == []


def test_a_total_paid_is_still_divided_by_the_head_count(article) -> None:
    """The look-alike: the pensions paid in a month (1472万元 / 77494人 = 189.95元)."""
    text = PENSION.replace("最低標準168元", "月發放總額1472萬元")
    _, doc = article(text)
    assert checks(doc, "average") == [("holds", ["1472万元", "77494人", "190元"])]
    _, doc = article(text.replace("1472萬元", "1572萬元"))
    assert ("FC450", "error") in alarms(doc)
    assert _named(doc, "1572万元")


def test_a_price_is_no_total_either(article) -> None:
    """单价 names a figure per thing as 标准 does (the same sentence, 单价 for 最低标准)."""
    _, doc = article(PENSION.replace("最低標準168元", "單價168元"))
    assert checks(doc, "average") == []


# --- 4. 万人…拥有量 without 每 is a rate per 10,000 people -------------------------------------------

# nantong-patents-jan-oct-2023-scjgj line 1
PATENTS = _line("nantong-patents-jan-oct-2023-scjgj", 1)


def _fractional(doc: dict) -> list[str]:
    return [f["message"] for f in doc["findings"] if f["code"] == "FC015"]


def test_a_rate_per_ten_thousand_without_mei_may_have_decimals(article) -> None:
    _, doc = article(PATENTS)
    assert _fractional(doc) == []


def test_a_count_of_whole_patents_with_decimals_still_warns(article) -> None:
    """The look-alike: the patents in force, no rate, written with decimals."""
    _, doc = article(PATENTS.replace("有效发明专利42673件", "有效发明专利42673.5件"))
    assert len(_fractional(doc)) == 1 and "42673.5件" in _fractional(doc)[0]
    _, doc = article(PATENTS.replace("万人发明专利拥有量55.18件", "发明专利拥有量55.18件"))
    assert len(_fractional(doc)) == 1 and "55.18件" in _fractional(doc)[0]


def test_labels_that_name_a_rate_per_so_many() -> None:
    # smoke41 nantong-patents; smoke13 national-education-science-2017-whb (每万人口…9.8件);
    # smoke30 mouding-social-q3-2022-gov (每千人拥有病床6.87张)
    for label in ("万人发明专利拥有量", "全市万人发明专利拥有量", "每万人口发明专利拥有量", "每千人拥有病床",
                  "百户家用汽车拥有量", "人均住房面积"):
        assert names_an_average(label), label
    for label in ("发明专利拥有量", "新增1.2万人拥有", "千人计划专家", "有效发明专利"):
        assert not names_an_average(label), label


# --- 9. a level stated as a share of its wider whole is no restatement of that whole -------------

# yuxi-parks-q1-2017-touzi888 (line 2: all parks; line 5: 高新区和六个省级工业园区, carried on)
PARKS = _whole_article("yuxi-parks-q1-2017-touzi888")
SUBSET = "完成固定资产投资34.9亿元，占园区固定资产投资比重达88%"


def _pairs(doc: dict) -> list[tuple[str, list[str]]]:
    return checks(doc, "duplicate")


def test_a_part_given_as_a_share_of_the_whole_is_not_the_whole_again(article) -> None:
    """34.9亿元 is 88% of the parks' 39.5亿元 (88.35%): a share, not the same figure twice."""
    assert SUBSET in PARKS
    _, doc = article(PARKS)
    assert alarms(doc) == []
    assert [w for _, w in _pairs(doc) if "34.9亿元" in w] == []
    assert ("holds", ["34.9亿元", "39.5亿元", "88%"]) in checks(doc, "share")
    assert ("holds", ["53.9亿元", "62亿元", "87%"]) in checks(doc, "share")


def test_a_changed_part_is_a_wrong_share_not_a_wrong_restatement(article) -> None:
    """完成规模以上工业增加值53.9亿元，占园区规模以上工业增加值比重达87%, with 60.9亿元 near the parks'
    62亿元: the share fails (98%, not 87%), naming the changed figure; no pair of 60.9 and 62."""
    _, doc = article(PARKS.replace("增加值53.9亿元", "增加值60.9亿元"))
    assert alarms(doc) == [("FC201", "warning")]
    assert _named(doc, "60.9亿元", "warning")
    assert [w for _, w in _pairs(doc) if "60.9亿元" in w] == []
    _, doc = article(PARKS.replace("投资34.9亿元", "投资36.9亿元"))
    assert alarms(doc) == [("FC201", "warning")]
    assert _named(doc, "36.9亿元", "warning")


def test_the_whole_stated_again_without_a_share_still_pairs(article) -> None:
    """The look-alike: the same clause without the share it is of is the parks' figure again."""
    _, doc = article(PARKS.replace(SUBSET, "完成固定资产投资39.5亿元"))
    assert alarms(doc) == []
    assert ("holds", ["39.5亿元", "39.5亿元"]) in _pairs(doc)
    _, doc = article(PARKS.replace(SUBSET, "完成固定资产投资34.9亿元"))
    assert ("FC901", "warning") in alarms(doc)
    assert _named(doc, "34.9亿元", "warning")


def test_the_round_articles_have_none_of_these_alarms(article) -> None:
    for slug in ("bozhou-investment-jan-oct-bozhou", "city-pension-q4-2023-qqqwwww",
                 "yuxi-parks-q1-2017-touzi888"):
        _, doc = article(_whole_article(slug))
        assert alarms(doc) == [], slug
    _, doc = article(_whole_article("nantong-patents-jan-oct-2023-scjgj"))
    assert _fractional(doc) == []
