"""Figures as written on the fifteenth and sixteenth rounds of unseen articles (tests/data/smoke15
and smoke16, review.yaml; sources in sources.yaml): a space that sets off thousands, a space before
月/年, a ratio with two kinds of colon, slogan numerals read as list counts. Each form with its real
sentence, a second real text of the same form, and, where the relation is real, the same sentence
with one figure changed (the error names that figure)."""

from __future__ import annotations

import pytest
from helpers import alarms, column_of, error_findings, names_place
from helpers import checks_of as checks

from factcheck.article import article_from_text
from factcheck.discover.claims import build_draft
from factcheck.discover.scope import Scope
from factcheck.discover.subjects import subject_of
from factcheck.figures import figures_in_text
from factcheck.quantity import QuantityError, parse_quantity


def _written(text: str) -> list[str]:
    return [f.written for f in figures_in_text(text)]


# --- 1. 1 228.3亿吨公里: a space sets off the thousands -------------------------------------------

# province-transport-tourism-hljszw line 2
FREIGHT = ("交通运输业稳步发展。全年各种运输方式完成的货物周转量1 228.3亿吨公里，比上年增长4.1%。其中，"
           "铁路{rail}亿吨公里，增长2.1%；公路252.1亿吨公里，增长10.8%；水运21.2亿吨公里，增长6.0%；"
           "航空0.6亿吨公里，增长21.3%；管道36.5亿吨公里，增长9.0%。\n")
# the same article, line 3
PHONES = ("年末局用交换机总容量1 017.8万门，增长2.0%。年末固定电话用户1 081.6万户，其中城市电话用户"
          "{city}万户，农村电话用户276.1万户；移动电话用户1 266.6万户，增长11.9%。\n")


def test_a_spaced_total_is_one_number_and_its_parts_add_up(article) -> None:
    _, doc = article(FREIGHT.format(rail="917.8"))
    assert alarms(doc) == []
    assert ("holds", ["917.8亿吨", "252.1亿吨", "21.2亿吨", "0.6亿吨", "36.5亿吨", "1228.3亿吨"]) \
        in checks(doc, "breakdown")


def test_a_changed_part_of_a_spaced_total_is_named(article) -> None:
    text = FREIGHT.format(rail="927.8")
    code, doc = article(text)
    assert code == 1
    assert any(names_place(f, 1, column_of(text, "927.8")) for f in error_findings(doc))


def test_spaced_households_are_one_number(article) -> None:
    _, doc = article(PHONES.format(city="805.5"))
    assert alarms(doc) == []
    assert ("holds", ["805.5万户", "276.1万户", "1081.6万户"]) in checks(doc, "breakdown")


def test_a_changed_part_of_spaced_households_is_named(article) -> None:
    text = PHONES.format(city="815.5")
    code, doc = article(text)
    assert code == 1
    assert any(names_place(f, 1, column_of(text, "815.5")) for f in error_findings(doc))


def test_spaced_thousands_in_another_communique() -> None:
    """交通运输部《2019年交通运输行业发展统计公报》as published by fx361.cc
    (https://fx361.cc/page/2020/0106/14273136.shtml): every count and amount set off by spaces."""
    text = ("全国公路隧道19 067处、1 896.66万m，增加1 329处、173.05万m，其中，特长隧道1 175处、"
            "521.75万m，长隧道4 784处、826.31万m。全国港口拥有生产用码头泊位22 893个，比上年减少1 026个。"
            "2019年完成交通固定资产投资32 451亿元，比上年增长3.1%。全年完成铁路固定资产投资8 029亿元。")
    written = _written(text)
    for figure in ("19067处", "1329处", "1175处", "4784处", "22893个", "减少1026个", "32451亿元",
                   "8029亿元"):
        assert figure in written
    assert not any(w in written for w in ("067处", "893个", "451亿元", "029亿元"))


@pytest.mark.parametrize(("text", "figures"), [
    ("2020 2021年", []),  # two years: no digit group of three after the first
    ("第1 2 3名", ["3名"]),  # single digits
    ("表 2 300家企业", ["300家"]),  # a table's number
    ("iPhone 14 128GB版本售价5 999元", ["5999元"]),  # a model's number, then a price
    ("1 234 5678", []),  # a last group of four digits: no number
    ("12 345 6", []),  # a table row
    ("一般公共预算收入1,042,625万元", ["1,042,625万元"]),  # English-style separators still read
])
def test_numbers_a_space_only_separates_stay_apart(text, figures) -> None:
    assert _written(text) == figures


def test_a_fact_file_may_write_the_figure_as_the_article_does() -> None:
    assert parse_quantity("1 228.3亿元").value == parse_quantity("1228.3亿元").value
    with pytest.raises(QuantityError):
        parse_quantity("5 5亿元")


# --- 2. 8 月, 1-8 月, 2022 年: a space before 月 and 年 -------------------------------------------

# power-battery-jan-aug-2022-ithome lines 1, 3 and 4
BATTERY = ("IT之家 9 月 9 日消息，中国汽车动力电池产业创新联盟发布最新数据，8 月我国动力电池装车量为 "
           "27.86GWh，同比增长 121.0%，环比增长 14.7%。1-8 月，我国动力电池累计装车量 162.1GWh，累计同比"
           "增长 112.3%。\n"
           "今年 8 月，三元电池装车量 10.5GWh，占总装车量 37.9%，同比增长 97.1%，环比增长 7.0%；磷酸铁锂电池"
           "装车量 17.2GWh，占总装车量 62.0%，同比增长 138.6%，环比增长 20.0%。\n"
           "1-8 月，三元电池累计装车量 66.0GWh，占总装车量 40.7%，累计同比增长 61.1%；磷酸铁锂电池累计装车量 "
           "95.9GWh，占总装车量 59.2%，累计同比增长 172.2%，呈现快速增长发展势头。\n")


def test_a_month_and_the_months_to_it_are_two_periods(article) -> None:
    _, doc = article(BATTERY)
    assert alarms(doc) == []
    assert not any(v == "fails" for v, _ in checks(doc, "same"))


def _keys(text: str) -> list[tuple[str, object]]:
    scope = Scope(build_draft(article_from_text(text)))
    return [(c.figure.written, subject_of(scope, c)) for c in scope.claims]


@pytest.mark.parametrize("text", [
    BATTERY.split("\n")[0] + "\n",
    # IT之家 (https://www.ithome.com/1/010/995.htm), 洛图科技 on e-paper tablets
    "IT之家 10 月 9 日消息，洛图科技今日发布报告，2026 年 8 月，中国电子纸平板市场在线上全渠道平台的销量为 "
    "10.5 万台，同比上升 8.5%；销额为 1.5 亿元，同比下降 29.0%。\n",
])
def test_a_spaced_period_is_read_as_the_period_without_spaces(text) -> None:
    unspaced = text.replace(" 月", "月").replace(" 年", "年").replace(" 日", "日")
    keys = _keys(text)
    assert keys == _keys(unspaced)
    assert all(key is None or key.period for _, key in keys)


# --- 3. 5.5:50.6∶43.9: a ratio chain with two kinds of colon ---------------------------------------

# yunhe-communique-2022-hongheiku line 5
RATIO = ("最终计算2021年全县生产总值现价总量为972846万元，按可比价格计算，比上年增长9.6%，"
         "三次产业增加值结构为{r}。\n")


def test_a_ratio_with_mixed_colons_is_one_chain(article) -> None:
    _, doc = article(RATIO.format(r="5.5:50.6∶43.9"))
    assert alarms(doc) == []
    assert ("holds", ["5.5", "50.6", "43.9"]) in checks(doc, "breakdown")


def test_a_changed_term_of_a_mixed_ratio_is_named(article) -> None:
    text = RATIO.format(r="5.5:52.6∶43.9")
    code, doc = article(text)
    assert code == 1
    assert any(names_place(f, 1, column_of(text, "52.6")) for f in error_findings(doc))


def test_a_ratio_with_the_ratio_sign_only(article) -> None:
    """smoke13 district-communique-2021-statslisth10640 (http://111.229.73.81/look/Statslisth?Id=10640):
    三次产业结构由上年的6.9∶24.2∶68.9调整为6.7∶24.9∶68.4 (and 江西, smoke provinces-gdp-q1-2022)."""
    _, doc = article("三次产业结构由上年的6.9∶24.2∶68.9调整为6.7∶24.9∶68.4。\n")
    assert alarms(doc) == []
    assert ("holds", ["6.9", "24.2", "68.9"]) in checks(doc, "breakdown")
    assert ("holds", ["6.7", "24.9", "68.4"]) in checks(doc, "breakdown")


def test_a_clock_time_with_the_ratio_sign_is_no_ratio() -> None:
    assert _written("会议于10∶30开始") == []


# --- 4. 四连胜, 推进四个着力: slogan numerals are no list counts ---------------------------------------

# pinghu-gov-report-2021-baijiadoc line 7
STREAK = ("较好完成“十三五”规划确定的目标任务，并在嘉兴目标责任制考核中勇夺“三连冠”、实现“四连胜”。\n")
# sanming-gov-report-2021-gongwensou line 6
CLAUSES = ("战疫情、稳经济、保稳定、惠民生，全力做好六稳工作、落实六保任务，做实四篇文章、推进四个着力、"
           "深化五比五晒，促进了经济稳步回升和社会大局稳定。\n")


@pytest.mark.parametrize("text", [
    STREAK, CLAUSES,
    # 金华市政府工作报告 (2016), quoted in a public repository of the code corpus: a streak
    "完成“六五”普法、第三次经济普查和第六次人口普查，启动“七五”普法。支持国防建设和军队改革，"
    "实现全国双拥模范城“三连冠”。\n",
])
def test_slogan_numerals_count_no_list(article, text) -> None:
    _, doc = article(text)
    assert alarms(doc) == []
    assert checks(doc, "enumeration") == []


@pytest.mark.parametrize("text", ["勇夺“三连冠”、实现“四连胜”", "出口实现三连增", "球队取得5连胜"])
def test_a_streak_is_no_figure(text) -> None:
    assert _written(text) == []


def test_a_list_of_names_before_its_count_is_still_counted(article) -> None:
    """The near miss: the names right before a count are its names (长青科技、天元智能两家企业), a
    bare verb among them too (讨论、计划、实施三个阶段); a changed count is named."""
    assert [f.names for f in figures_in_text("包括讨论、计划、实施三个阶段")] == [["讨论", "计划", "实施"]]
    text = "今年新增长青科技、天元智能、华星电子两家上市企业。\n"
    code, doc = article(text)
    assert code == 1
    assert any(names_place(f, 1, column_of(text, "两家")) for f in error_findings(doc))
