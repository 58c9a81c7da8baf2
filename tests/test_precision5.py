"""The false alarms of the second round of unseen articles (tests/data/smoke2, review.yaml): each
form on its real sentence, with the sentence changed where the rule must still fire."""

from __future__ import annotations

from fractions import Fraction

import pytest

from factcheck.figures import figures_in_text
from factcheck.interval import Interval
from factcheck.quantity import parse_quantity


def alarms(doc: dict) -> list[dict]:
    return [f for f in doc["findings"] if f["severity"] in ("error", "warning")]


def test_nearly_a_fraction_is_within_one_part_below_it() -> None:
    """近2/3 (city-gdp-decade line 14: 7085 → 11496平方公里, 增加了近2/3 = 62.3%) is [1/3, 2/3),
    as 近三成 is [20%, 30%); it was the empty [2/3, 2/3)."""
    q = parse_quantity("增加了近2/3")
    assert q.interval == Interval(Fraction(1, 3), Fraction(2, 3), True, False)
    assert q.soft == Interval(Fraction(1, 2), Fraction(2, 3), True, False)


@pytest.mark.parametrize(("text", "written"), [
    ("18年1-7月份新能源汽车销量占比较17年全年的49.2%明显提高", ["49.2%"]),  # nev-sales line 9
    ("08年金融危机以后，09年铁矿石价格大幅回落", []),  # iron-ore-outlook
    ("项目建设期18年，总投资5亿元", ["18年", "5亿元"]),  # a span of years stays a figure
])
def test_a_year_written_with_two_digits_is_a_date(text, written) -> None:
    assert [f.written for f in figures_in_text(text)] == written


@pytest.mark.parametrize(("text", "written"), [
    # retail-sales-july-2011 line 4
    ("分别比去年同期加快0.7个和2.2个百分点", ["0.7个百分点", "2.2个百分点"]),
    ("增速分别提高1.2个、0.5个和0.3个百分点", ["1.2个百分点", "0.5个百分点", "0.3个百分点"]),
    ("共有3个和5个项目", ["3个", "5个"]),
])
def test_the_unit_written_once_after_a_pair_of_points(text, written) -> None:
    assert [f.written for f in figures_in_text(text)] == written


def test_words_before_a_measure_noun_are_no_names(article) -> None:
    """订车、提车人数仅9人 (cangzhou-group-buying line 4): 订车、提车 say what 人数 counts."""
    _, doc = article("在网络上公布的30名提车人数，其实际订车、提车人数仅9人，其余均为店内员工。\n")
    assert alarms(doc) == []


# nev-sales-jan-jul-2018 line 3 (中汽协 data via 新浪财经): 产销量 pairs production with sales
NEV = ("1-7月，新能源汽车产销量分别为50.4万辆和49.6万辆，同比分别增长85.0%和97.1%。其中，新能源乘用车"
       "产销量分别为{made}万辆和42.8万辆，同比分别增长93.0%和105.8%。\n")


def test_a_fenbie_list_after_a_fenbie_list_is_paired_item_by_item(article) -> None:
    _, doc = article(NEV.format(made="43.4"))
    assert alarms(doc) == []
    sums = sorted(sorted(c["written"] for c in r["claims"]) for r in doc["checks"]
                  if r["kind"] == "breakdown")
    assert sums == [["42.8万辆", "49.6万辆"], ["43.4万辆", "50.4万辆"]]


def test_a_part_of_a_paired_list_larger_than_its_total_is_named(article) -> None:
    code, doc = article(NEV.format(made="53.4"))
    [f] = [f for f in doc["findings"] if f["severity"] == "error"]
    assert "53.4万辆" in [c["written"] for c in f["claims"]] and code == 1


# youzan-layoffs-2022 line 15 (36氪 via 新浪财经): three years' revenue, then one product's
YOUZAN = ("在2018年到2020年三年中，SaaS服务订阅费分别贡献营收3.15亿元、5.94亿元和10.48亿元。"
          "其中，有赞微商城贡献分别为2.63亿元、4.44亿元和6.34亿元。\n")


def test_the_years_of_a_fenbie_list_are_not_summed(article) -> None:
    _, doc = article(YOUZAN)
    assert alarms(doc) == []
    assert len([r for r in doc["checks"] if r["kind"] == "breakdown"]) == 3
