"""The forms of real articles the scanner reads (tests/data/articles, `python tests/corpus.py`):
each new form with the exact interval it gives, and the numbers next to it that are no figures.
"""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from factcheck.figures import figures_in_text
from factcheck.interval import Interval
from factcheck.quantity import parse_quantity

INF = None


def iv(lo, hi, lo_closed=True, hi_closed=True) -> Interval:
    return Interval(None if lo is None else F(lo), None if hi is None else F(hi), lo_closed, hi_closed)


def read(text: str) -> list[tuple[str, Interval | None]]:
    return [(f.written, f.interval) for f in figures_in_text(text)]


def check(text: str, *expected: tuple[str, Interval]) -> None:
    got = read(text)
    assert got == list(expected), got
    for written, interval in expected:  # what the scanner writes, the parser reads alike
        assert parse_quantity(written).interval == interval


# --- bound words: 破, 过, 踏上, 跨进 …; 节约 and 打破 are none -------------------------------------
TRILLION = 10**12


@pytest.mark.parametrize(("text", "written", "interval"), [
    ("深圳GDP破3万亿元。", "破3万亿元", iv(3 * TRILLION, INF, True, False)),
    ("财政收入首破万亿元。", "破万亿元", iv(TRILLION, INF, True, False)),
    ("下一个破万亿的，可能是这个区。", "破万亿", iv(TRILLION, INF, True, False)),
    ("东莞GDP突破万亿里程碑。", "突破万亿", iv(TRILLION, INF, True, False)),
    ("经济总量突破万亿元大关。", "突破万亿元", iv(TRILLION, INF, True, False)),
    ("地区生产总值过万亿元、", "过万亿元", iv(TRILLION, INF, False, False)),
    ("经济总量过5.5万亿元人民币的龙头。", "过5.5万亿元人民币", iv(55 * 10**11, INF, False, False)),
    ("人口超千万的城市。", "超千万", iv(10**7, INF, False, False)),
    ("深圳稳步踏上3万亿台阶。", "踏上3万亿", iv(3 * TRILLION, INF, True, False)),
    ("海淀区将在2022年跨进万亿。", "跨进万亿", iv(TRILLION, INF, True, False)),
    ("报考人数首破200万人大关。", "破200万人", iv(2_000_000, INF, True, False)),
    ("至少已有27个省份发布了数据。", "至少27个", iv(27, INF, True, False)),
    ("占地面积节约50%以上。", "50%以上", iv(F(1, 2), INF, True, False)),
    ("产值超50亿元以上企业。", "超50亿元以上", iv(5 * 10**9, INF, False, False)),
    ("GDP均增长了8%及以上。", "8%及以上", iv(F(8, 100), INF, True, False)),
    ("合计减收5.5亿元。", "减收5.5亿元", iv(-555_000_000, -545_000_000)),
    ("合计增收2.5亿元。", "2.5亿元", iv(245_000_000, 255_000_000)),
])
def test_bound_and_change_words(text, written, interval):
    check(text, (written, interval))


@pytest.mark.parametrize("text", [
    "打破3项纪录。", "经过3年努力。", "通过5项决议。", "经过万人检测。", "攻破万亿难关。",
])
def test_words_that_end_in_a_bound_word_bound_nothing(text):
    assert all(f.bound is None for f in figures_in_text(text)), read(text)


def test_a_multiple_after_a_change_word_and_its_bound():
    check("仔猪价格比同期涨了一倍。", ("涨一倍", Interval.point(2)))
    assert parse_quantity("增长近1倍").interval == iv(1, 2, True, False)  # ×(1 + [0, 1))
    assert parse_quantity("增长超1倍").interval == iv(2, INF, False, False)
    assert parse_quantity("增长两倍").interval == Interval.point(3)  # in words: exact, as 翻一番
    assert parse_quantity("增长2倍").interval == iv(F(5, 2), F(7, 2))


def test_a_narrowed_decline_is_a_rise_of_the_rate():
    check("同比下降0.8%，降幅比同期收窄2.6个百分点，比去年全年收窄4个百分点。",
          ("下降0.8%", iv(F(-85, 10000), F(-75, 10000))),
          ("2.6个百分点", iv(F(255, 100), F(265, 100))),
          ("4个百分点", iv(F(35, 10), F(45, 10))))
    check("增速比上月收窄0.5个百分点。", ("收窄0.5个百分点", iv(F(-55, 100), F(-45, 100))))


# --- a number before a word that is not its unit: a plain number ---------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("同比2020年的1.32亿增长了59.29%。",
     [("1.32亿", iv(131_500_000, 132_500_000)), ("59.29%", iv(F(59285, 100000), F(59295, 100000)))]),
    ("设立1500亿的产业母基金和500亿创投母基金。",
     [("1500亿", iv(149_950_000_000, 150_050_000_000)), ("500亿", iv(49_950_000_000, 50_050_000_000))]),
    ("深圳的3万亿之路。", [("3万亿", iv(25 * 10**11, 35 * 10**11))]),
    ("从3万亿到4万亿，", [("3万亿", iv(25 * 10**11, 35 * 10**11)), ("4万亿", iv(35 * 10**11, 45 * 10**11))]),
    ("收入倍差从2.37缩小到1.94。", [("2.37", iv(F(2365, 1000), F(2375, 1000))),
                                  ("1.94", iv(F(1935, 1000), F(1945, 1000)))]),
    ("最高最低之比仅为1.6左右。", [("1.6左右", iv(F(155, 100), F(165, 100)))]),
    ("新东方将8万桌椅捐赠给了乡村学校。", [("8万", iv(75_000, 85_000))]),
    ("人口仅313万、占全市总人口比重约14.3%。",
     [("313万", iv(3_125_000, 3_135_000)), ("约14.3%", iv(F(1425, 10000), F(1435, 10000)))]),
    ("发起了200亿天使母基金。", [("200亿", iv(19_950_000_000, 20_050_000_000))]),
])
def test_plain_numbers_before_words(text, expected):
    check(text, *expected)


def test_an_unknown_unit_is_still_kept_not_understood():
    figs = figures_in_text("义乌港集装箱吞吐量12万标箱。")
    assert [(f.written, f.understood) for f in figs] == [("12万标箱", False)]
    assert read("推广2.0模式。") == []


# --- units -------------------------------------------------------------------------------------
def test_energy_is_not_power():
    check("斩获10GWh储能大单。", ("10GWh", iv(9_500_000, 10_500_000)))
    check("江苏时代12.5MW/52MWh储能项目。", ("12.5MW", iv(12_450, 12_550)), ("52MWh", iv(51_500, 52_500)))
    assert parse_quantity("10GWh").unit.dimension == "energy"
    assert parse_quantity("10GW").unit.dimension == "power"


def test_money_per_year():
    check("人均可支配收入77468元/年居首。", ("77468元/年", iv(F(154935, 2), F(154937, 2))))
    assert parse_quantity("1000元/月").value == parse_quantity("12000元/年").value == 12000


# --- ranks ----------------------------------------------------------------------------------------
def test_ranks_in_words():
    check("成为榜单的前两名。", ("前两名", iv(1, 2)))
    check("深造率前两百强的学校。", ("前两百强", iv(1, 200)))
    check("目前58.3%的GDP同比增速。", ("58.3%", iv(F(5825, 10000), F(5835, 10000))))
