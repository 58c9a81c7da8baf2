"""Figure forms read this session: 上百/上千/上万 (reaching a magnitude), two adjacent numerals
listed with 、 (有三、四家), a bound word before the whole a share is of (均超过全国的40%), and 一成
after 占. Each with the look-alikes that must stay as they were."""

from fractions import Fraction

import pytest

from factcheck.figures import figures_in_text
from factcheck.interval import Interval


def _read(text: str) -> list[tuple[str, Interval | None]]:
    return [(f.written, f.quantity.interval if f.quantity else None) for f in figures_in_text(text)]


# 已有上千家企业通过进博会官网提交预报名参展信息 (whb.cn/zhuzhan/sjzggjjkblh/20181111/223860.html)
def test_reaching_a_magnitude_is_a_lower_bound():
    assert _read("已有上千家企业通过进博会官网提交预报名参展信息。") == [
        ("上千家", Interval(Fraction(1000), None, True, False))]
    assert _read("投资上百亿元建设新区。")[0][1] == Interval(Fraction(10**10), None, True, False)
    assert _read("吸引上万人次参观。")[0][1] == Interval(Fraction(10**4), None, True, False)


@pytest.mark.parametrize("text", ["成千上万的游客涌入。", "成百上千家小店开业。", "线上万人观看直播。"])
def test_reaching_is_no_bound_inside_idioms_and_words(text):
    assert all(written[0] != "上" for written, _ in _read(text))


def test_reaching_bounds_only_a_bare_magnitude():
    """上3年 is "the last three years", not at least three years."""
    assert all(not written.startswith("上") for written, _ in _read("上3年累计完成投资。"))


def test_two_adjacent_numerals_listed_are_a_span():
    assert _read("每年有三、四家企业退出。") == [("三、四家", Interval(Fraction(3), Fraction(4)))]
    assert _read("每年举办两、三次活动。") == [("两、三次", Interval(Fraction(2), Fraction(3)))]


@pytest.mark.parametrize("text, written", [
    ("标题\n三、四家写入面约束", "四家"),  # a heading's 三、 numbers the section
    ("二、三、四家企业参与", "四家"),  # a list of three: no span of two
])
def test_listed_numerals_that_are_no_span(text, written):
    assert [w for w, _ in _read(text)] == [written]


@pytest.mark.parametrize("text", ["三、四线城市房价下跌。", "二、三产业增加值增长。", "三、四季度经济回升。"])
def test_listed_numerals_before_no_unit_stay_no_figure(text):
    assert _read(text) == []


# 人口和经济总量均超过全国的40% (a public repository's page text, find_string "超过全国的")
def test_a_bound_before_the_whole_bounds_the_share():
    assert _read("人口和经济总量均超过全国的40%") == [
        ("超过40%", Interval(Fraction(2, 5), None, False, False))]
    assert _read("全年实现增加值超过全国总量的30%。")[0][1] == Interval(Fraction(3, 10), None, False, False)
    assert _read("产量接近全省总产量的40%。")[0][1] == Interval(Fraction(3, 10), Fraction(2, 5), True, False)


@pytest.mark.parametrize("text, interval", [
    # a comparison: 8.9% is the national figure compared with, as printed
    ("增速高于全国的8.9%。", Interval(Fraction(177, 2000), Fraction(179, 2000))),
    # 最近 is "recently", no 近
    ("最近全国的5%企业完成改造。", Interval(Fraction(9, 200), Fraction(11, 200))),
])
def test_no_bound_from_comparisons_or_other_words(text, interval):
    assert _read(text)[0][1] == interval


def test_one_tenth_after_zhan_is_a_share(article):
    code, doc = article("全市规模以上工业企业200家，其中A区规模以上工业企业20家，占全市的一成。\n")
    assert code == 0
    shares = [c for c in doc["checks"] if c["kind"] == "share"]
    assert [c["verdict"] for c in shares] == ["holds"]
    code, doc = article("全市规模以上工业企业200家，其中A区规模以上工业企业40家，占全市的一成。\n")
    assert code == 1
    [error] = [f for f in doc["findings"] if f["severity"] == "error"]
    assert error["code"] == "FC201"
    assert any(c["article"]["text"] == "40家" for c in error["claims"])


# stat-jishan-population-2022 (tests/data/fresh15, line 3; nextlevelartsconsulting.com/rhb/6774.html):
# 增长率/下降率 name the change itself
JISHAN = ("2022年全县常住人口为307568人，比上年减少了2579人，下降率为0.83%。其中：出生人口为2170人，"
          "出生率为7.03‰；死亡人口为3011人，死亡率为9.75‰；人口自然增长率为-2.72‰。\n")


def test_a_rate_of_decline_is_the_change(article):
    code, doc = article(JISHAN)
    assert code == 0
    growth = [c for c in doc["checks"] if c["kind"] == "growth"]
    assert [(c["verdict"], c["how"]) for c in growth] == [("holds", "stated")]
    code, doc = article(JISHAN.replace("0.83%", "0.93%"))
    assert code == 1
    [error] = [f for f in doc["findings"] if f["severity"] == "error"]
    assert any(c["article"]["text"] == "下降率为0.93%" for c in error["claims"])


def test_a_growth_rate_named_is_a_change_but_not_the_natural_growth_rate():
    [*_, rate] = figures_in_text("全年收入100亿元，增长率为5%。")
    assert rate.change_word == "增长率" and rate.is_rate
    [natural] = figures_in_text("人口自然增长率为5‰。")
    assert natural.change_word is None and not natural.is_rate
