"""The three industries' ratio (三次产业结构 a:b:c) when other levels of the unit stand among the
industries' own — a part of one (第二产业增加值…，其中工业增加值…) or a level after them (人均生产总值):
the industries are found by their names (discover/proportion.py), through `factcheck check
ARTICLE`. Real sentences (source given), the same with one term changed, and a ratio of another
measure that must not take the value added as its parts."""

from __future__ import annotations

import pytest
from helpers import error_findings as errors


def shares(doc: dict) -> list[tuple[str, list[str]]]:
    return [(c["verdict"], [x["written"] for x in c["claims"]]) for c in doc["checks"]
            if c["kind"] == "share"]


def names(finding: dict, printed: str, changed: str) -> bool:
    """Whether a finding names the figure at the first place ``changed`` is printed."""
    i = printed.index(changed)
    line, at = printed.count("\n", 0, i) + 1, i - printed.rfind("\n", 0, i)
    return any(c["article"]["line"] == line and c["article"]["column"] <= at < c["article"]["end_column"]
               for c in finding["claims"])


# 鄄城县2020年国民经济和社会发展统计公报 (fresh20 stat-juancheng-communique-2020, line 5)
JUANCHENG = ("经济发展稳中有进。经市统计局反馈，全县实现地区生产总值（GDP）245.19亿元，"
             "按可比价格计算，比上年增6%。"
             "第一产业增加值32.33亿元，增长3.2%；第二产业增加值76.85亿元，"
             "增长5.4%，其中，工业增加值62.5亿元，"
             "可比增长 5.6 %；第三产业增加值136.01亿元，增长7.1%。三次产业比由上年的13.01:32.29:54.7调整为"
             "13.19:{second}:55.47。\n")
# 池州市2016年国民经济和社会发展统计公报 (tests/data/smoke26/chizhou-communique-2016-xiaze.txt)
CHIZHOU = ("初步核算，全年地区生产总值589亿元，按可比价格计算，比上年增长8.1%。"
           "分产业看，第一产业增加值71.2亿元，"
           "增长2.7%；第二产业增加值265.8亿元，增长8.4%，其中全部工业增加值212.2亿元，"
           "增长9.7%；第三产业增加值"
           "252亿元，增长9.6%。三次产业结构由上年的13.0:46.1:40.9调整为12.1:{second}:42.8。\n")
# a county's 2022 communique (tests/data/smoke13/county-communique-2022-hongheiku42057.txt)
COUNTY = ("全年实现地区生产总值2842073万元，按可比价同比增长5.2%。"
          "其中，第一产业实现增加值293981万元，同比增长4.3%；"
          "第二产业实现增加值1350063万元，同比增长6.2%，其中工业实现增加值1129526万元，"
          "同比增长9.2%；第三产业实现"
          "增加值1198029万元，同比增长4.4%。人均生产总值为82304元。三次产业结构10.3:{second}:42.2。\n")

FORMS = [(JUANCHENG, "31.34", "33.34"), (CHIZHOU, "45.1", "47.1"), (COUNTY, "47.5", "49.5")]


@pytest.mark.parametrize(("text", "second", "changed"), FORMS)
def test_the_industries_of_a_ratio_are_found_by_their_names(article, text, second, changed) -> None:
    """Each term is the share of its industry's value added, not of 工业 or 人均 beside them."""
    code, doc = article(text.format(second=second))
    found = shares(doc)
    assert code == 0 and not errors(doc)
    assert found and all(v == "holds" for v, _ in found)
    assert any(second in claims for _, claims in found)
    assert not any(w.startswith(("62.5", "212.2", "1129526", "为82304")) for _, cs in found for w in cs)


@pytest.mark.parametrize(("text", "second", "changed"), FORMS)
def test_a_term_changed_is_an_error_at_it(article, text, second, changed) -> None:
    printed = text.format(second=changed)
    code, doc = article(printed)
    assert code == 1
    assert any(names(e, printed, changed) for e in errors(doc))


def test_a_ratio_of_investment_takes_no_value_added(article) -> None:
    """三次产业投资结构 after the industries' value added: a ratio of another measure, no shares of
    the value added (the levels of investment are not stated)."""
    text = ("全年地区生产总值589亿元，比上年增长8.1%。第一产业增加值71.2亿元，"
            "增长2.7%；第二产业增加值265.8亿元，"
            "其中全部工业增加值212.2亿元；第三产业增加值252亿元，增长9.6%。"
            "三次产业投资结构为5.1:50.2:44.7。\n")
    code, doc = article(text)
    assert shares(doc) == [] and code == 0


# 邻水县2023年统计公报 (tests/data/smoke24/linshui-county-communique-2023-hongheiku.txt, lines 4 and 6):
# the industries of the 民营经济, whose ratio is of its value added, not of the county's GDP
LINSHUI = ("2023年，全县地区生产总值282.6亿元，比上年增长6.1%。"
           "其中，第一产业增加值57.8亿元，增长3.9%；第二产业"
           "增加值82.2亿元，增长6.8%；第三产业增加值142.6亿元，增长6.6%。\n"
           "2023年，全县民营经济增加值162.4亿元，增长4.4%，占GDP的比重为57.5%。其中，第一产业增加值11.6亿元，"
           "增长4.6%；第二产业增加值72.6亿元，增长6.2%；第三产业增加值78.2亿元，"
           "增长2.7%。民营经济三次产业结构为"
           "7.2:44.7:48.2。\n")
# 云和县2022年统计公报 (tests/data/smoke15/yunhe-communique-2022-hongheiku.txt, line 5): the second
# ratio is the year before's, after its own GDP
YUNHE = ("2022年，全县实现生产总值（GDP）951435万元，比上年下降4.1%。"
         "其中，第一产业增加值57116万元，增长2.7%；"
         "第二产业增加值445964万元，下降11.7%；第三产业增加值448355万元，"
         "增长2.9%。三次产业增加值结构为6.0:46.9:47.1。"
         "按照我国地区生产总值统一核算制度，最终计算2021年全县生产总值现价总量为972846万元，"
         "按可比价格计算，比上年"
         "增长9.6%，三次产业增加值结构为5.5:50.6∶43.9。\n")


@pytest.mark.parametrize("text", [LINSHUI, YUNHE])
def test_a_ratio_of_another_whole_or_year_takes_no_industries(article, text) -> None:
    """民营经济's industries are of its value added (no shares of the GDP by them), and a ratio after
    another year's GDP is that year's: no alarm."""
    code, doc = article(text)
    assert code == 0 and not [f for f in doc["findings"] if f["severity"] in ("error", "warning")]
    assert not any("5.5" in claims for _, claims in shares(doc))
