"""Growth found in articles (discover/growth.py), through `factcheck check ARTICLE`: a level with
the change and the rate its sentence states against a named year, and 从A增至B with a rate in
倍 — a span of time before the rate (十年增长1.3倍) is the time the change took."""

from __future__ import annotations

import pytest


def growths(doc: dict) -> list[dict]:
    return [c for c in doc["checks"] if c["kind"] == "growth"]


def figures(check: dict) -> set[str]:
    return {c["written"] for c in check["claims"]}


def errors(doc: dict) -> list[dict]:
    return [f for f in doc["findings"] if f["severity"] == "error"]


GRAIN = ("2014年，全市农作物总播种面积1136.1万亩，其中，粮食种植面积1038万亩。粮食总产达106.68亿斤，"
         "比2005年增加59.4亿斤，总产量十年增长{rate}倍。我市连续三年被评为粮食生产先进市。\n")


@pytest.mark.parametrize(("rate", "verdict", "code"), [("1.3", "holds", 0), ("1.6", "fails", 1)])
def test_a_change_against_a_named_year_with_its_rate_over_a_span(article, rate, verdict,
                                                                  code) -> None:
    """Form: 总产达A，比2005年增加N，(总产量)十年增长x倍 — the previous level is A − N, the rate
    x倍 is ×(1 + x) of it; 十年 is the time the change took, not a level of its own."""
    found, doc = article(GRAIN.format(rate=rate))
    [g] = growths(doc)
    assert figures(g) == {"106.68亿斤", "59.4亿斤", f"增长{rate}倍"}
    assert (g["how"], g["verdict"]) == ("stated", verdict)
    assert found == code


def test_a_change_against_a_named_year_in_a_national_release(article) -> None:
    """The same form in the NBS grain release (今年全国粮食总产量62143.5万吨（12428.7亿斤），比2014年
    增加1440.8万吨（288.2亿斤），增长2.4%); the rate changed by a digit is an error."""
    text = ("今年全国粮食总产量62143.5万吨（12428.7亿斤），比2014年增加1440.8万吨（288.2亿斤），"
            "增长{rate}%。今年全国粮食再获丰收。\n")
    code, doc = article(text.format(rate="2.4"))
    [g] = growths(doc)
    assert (figures(g), g["verdict"], code) == ({"62143.5万吨", "1440.8万吨", "2.4%"}, "holds", 0)
    code, doc = article(text.format(rate="2.7"))
    [e] = errors(doc)
    assert e["code"] == "FC101" and code == 1


def test_a_rate_against_another_year_is_not_the_change_of_a_named_year(article) -> None:
    """比2005年增加N，比上年增长x%: the rate compares with last year, the change with 2005."""
    _, doc = article("粮食总产达106.68亿斤，比2005年增加59.4亿斤，比上年增长2.1%。\n")
    assert [g for g in growths(doc) if "59.4亿斤" in figures(g)] == []


@pytest.mark.parametrize(("start", "verdict"), [("3亿元", "holds"), ("6亿元", "warning")])
def test_from_a_year_to_another_with_a_rate_in_bei(article, start, verdict) -> None:
    """Form: 从2021年的A，增长至2025年的B（4年预计提升x倍）: B against A at ×(1 + x); 4年 is the
    span, 预计 makes it a projection (a failure is a warning)."""
    _, doc = article("液冷储能市场价值将从2021年的" + start + "，增长至2025年的74.1亿元（4年预计提升25倍），"
                     "将成为储能温控系统技术的主流。\n")
    [g] = growths(doc)
    assert figures(g) == {start, "74.1亿元", "预计提升25倍"}
    assert (g["how"], g["verdict"]) == ("stated", verdict)


def test_from_a_year_to_another_in_a_count(article) -> None:
    """The same form with counts (佛山IPO企业数量从2020年的1家增至2021年的7家, a report on IPOs; its
    rate 增长6倍, ×7, added here)."""
    _, doc = article("佛山IPO企业数量从2020年的1家增至2021年的7家，增长6倍。\n")
    [g] = growths(doc)
    assert (figures(g), g["how"], g["verdict"]) == ({"1家", "7家", "增长6倍"}, "stated", "holds")


HOUSING = ("2020年，海淀新房平均价仅7.5万元/平方米，{year}年达到{price}万元/平方米，年涨幅接近10%，"
           "是北京房价涨幅最高的片区之一。\n")


@pytest.mark.parametrize(("price", "verdict", "code"), [("8.2", "holds", 0), ("8.5", "fails", 1)])
def test_two_years_levels_and_the_rate_between_them(article, price, verdict, code) -> None:
    """Form: Y年，X为A，Y+1年达到B，年涨幅r — B against A at the rate named 涨幅/增幅 after them."""
    found, doc = article(HOUSING.format(year=2021, price=price))
    [g] = growths(doc)
    assert figures(g) == {"7.5万元/平方米", f"{price}万元/平方米", "接近10%"}
    assert (g["how"], g["verdict"], found) == ("stated", verdict, code)


def test_a_yearly_rate_between_years_further_apart_is_no_growth_between_them(article) -> None:
    """年涨幅 between 2020 and 2022: a rate per year, not the change from one level to the other."""
    _, doc = article(HOUSING.format(year=2022, price="8.2"))
    assert growths(doc) == []


def test_two_years_of_gdp_and_their_rate_are_on_different_bases(article) -> None:
    """The same form for GDP: its 增幅 is real growth, the levels are at current prices — not
    comparable (info), never an error."""
    code, doc = article("2020年，全市地区生产总值为1000亿元，2021年达到1200亿元，年增幅为8%。\n")
    [g] = growths(doc)
    assert (figures(g), g["how"], code) == ({"1000亿元", "1200亿元", "8%"}, "stated", 0)
    assert errors(doc) == []


def test_two_years_levels_with_the_later_ones_own_rate(article) -> None:
    """Y年…A，Y+1年达到B，同比增长x%: the rate stated with B is against A."""
    code, doc = article("2020年，海淀新房平均价仅7.5万元/平方米，2021年达到8.2万元/平方米，同比增长25%。\n")
    [g] = growths(doc)
    assert (figures(g), g["how"], g["verdict"], code) == (
        {"7.5万元/平方米", "8.2万元/平方米", "25%"}, "stated", "fails", 1)


def test_an_average_rate_between_two_named_years(article) -> None:
    """Form: 从2013年的A增加到2017年的B，年均增长x% — (1 + x)⁴ = B / A, not x = B / A − 1 (a
    city government's report: 全市生产总值从2013年的1130.5亿元增加到2017年的1585.5亿元，年均增长9%)."""
    code, doc = article("全市生产总值从2013年的1130.5亿元增加到2017年的1585.5亿元，年均增长9%，"
                        "高于全省平均水平0.7个百分点。\n")
    [g] = growths(doc)
    assert (figures(g), g["how"], g["verdict"], code) == (
        {"1130.5亿元", "1585.5亿元", "9%"}, "stated", "holds", 0)


def test_an_average_rate_over_years_not_named_is_not_checked(article) -> None:
    """由A增加到B，年均增长x% with no years: over how many the average runs is not said."""
    _, doc = article("居民存款由1130.5亿元增加到1585.5亿元，年均增长9%。\n")
    assert growths(doc) == []


@pytest.mark.parametrize(("base", "verdict", "code"), [("1.32", "holds", 0), ("1.35", "fails", 1)])
def test_a_level_its_base_after_bi_de_and_the_rate(article, base, verdict, code) -> None:
    """Form: 实现A，同比2020年的B增长了x% (as 比2020年的73129亿元增加了9966.9亿元 writes a change) —
    A against the base B; B written without its unit (1.32亿) is in A's (元)."""
    found, doc = article(f"锴威特在2021年共实现营业收入2.10亿元，同比2020年的{base}亿增长了59.29%；"
                         "净利润为4356.17万元，同比成功扭亏。\n")
    [g] = growths(doc)
    assert figures(g) == {"2.10亿元", f"{base}亿元", "59.29%"}
    assert (g["how"], g["verdict"], found) == ("stated", verdict, code)


# a county's fiscal report (4月): each revenue with its change in 万元 and its rate
REVENUE = ("4月，一般公共预算收入累计完成24627万元，完成年初预算数60999万元的40.4%，比上年减收1070万元，"
           "下降4.2%。其中：税收收入8103万元，比上年增收1284万元，增长{rate}%；非税收入16524万元，比上年"
           "减收2354万元，下降12.5%。\n")


@pytest.mark.parametrize(("rate", "verdict", "code"), [("18.8", "holds", 0), ("28.8", "fails", 1)])
def test_the_rate_after_an_amount_of_change_is_the_level_s(article, rate, verdict, code) -> None:
    """Form: A万元，比上年增收N万元，增长r% — the rate is A's against A − N, never the growth of
    the amount N (read so, 减收1070万元 下降4.2% made a total of its own)."""
    code_, doc = article(REVENUE.format(rate=rate))
    tax = [r for r in growths(doc) if "8103万元" in figures(r)]
    assert [figures(r) for r in tax] == [{"8103万元", "1284万元", f"{rate}%"}]
    assert (tax[0]["how"], tax[0]["verdict"]) == ("stated", verdict)
    assert code_ == code
    assert all(f["code"] == "FC101" for f in errors(doc))
