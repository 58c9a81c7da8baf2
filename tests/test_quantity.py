"""Reading figures as the article writes them (CONVENTIONS.md sections B–G)."""

from __future__ import annotations

import re
from fractions import Fraction as F

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.interval import Interval
from factcheck.quantity import (
    NotAQuantity,
    Quantity,
    QuantityError,
    UnknownUnit,
    parse_factor,
    parse_quantity,
    parse_rate,
)
from factcheck.units import Unit, compatible

_IV = re.compile(r"\s*([\[(])\s*([^,\s]+)\s*,\s*([^\s\])]+)\s*([\])])\s*")


def iv(text: str) -> Interval:
    """'(0.8, 1]' → the exact Interval; endpoints in any Fraction syntax ('227.55e8'), ±inf."""
    m = _IV.fullmatch(text)
    assert m, text
    left, lo, hi, right = m.groups()
    return Interval(
        None if lo == "-inf" else F(lo), None if hi == "inf" else F(hi), left == "[", right == "]"
    )


def check(text: str, hard: str, soft: str | None = None, **kwargs) -> Quantity:
    q = parse_quantity(text, **kwargs)
    assert q.interval == iv(hard), f"{text}: {q.interval} != {hard}"
    assert q.soft == (None if soft is None else iv(soft)), f"{text}: soft {q.soft} != {soft}"
    return q


# --- C. bound and approximation words ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "hard", "soft", "qualifier"),
    [
        # 以上 / 以下 / 以内 include the number
        ("100亿元以上", "[100e8, inf)", None, "at-least"),
        ("100亿元以下", "(-inf, 100e8]", None, "at-most"),
        ("5%以内", "(-inf, 0.05]", None, "at-most"),
        ("50%以上", "[0.5, inf)", None, "at-least"),
        # 超, 超过, 逾, 多于: (X, ∞), soft < X + u
        ("超八成", "(0.8, 1]", "(0.8, 0.9)", "more-than"),
        ("超过80%", "(0.8, inf)", "(0.8, 0.9)", "more-than"),
        ("超1万个", "(10000, inf)", "(10000, 20000)", "more-than"),
        ("逾100个", "(100, inf)", "(100, 200)", "more-than"),
        ("多于5个", "(5, inf)", "(5, 6)", "more-than"),
        # X余, X多: (X, X + u); position matters
        ("4000余个", "(4000, 5000)", None, "odd"),
        ("4000多个", "(4000, 5000)", None, "odd"),
        ("160余", "(160, 170)", None, "odd"),
        ("10余万", "(100000, 200000)", None, "odd"),
        ("10万余", "(100000, 110000)", None, "odd"),
        ("十余家", "(10, 20)", None, "odd"),
        ("一百多家", "(100, 200)", None, "odd"),
        ("5000余万元", "(50000000, 60000000)", None, "odd"),
        ("1.5万余人", "(15000, 16000)", None, "odd"),
        # 近, 接近, 将近: [X − u, X), soft ≥ X − u/2
        ("近三成", "[0.2, 0.3)", "[0.25, 0.3)", "nearly"),
        ("近250%", "[2.4, 2.5)", "[2.45, 2.5)", "nearly"),
        ("接近30%", "[0.2, 0.3)", "[0.25, 0.3)", "nearly"),
        ("将近30%", "[0.2, 0.3)", "[0.25, 0.3)", "nearly"),
        ("近4000个", "[3000, 4000)", "[3500, 4000)", "nearly"),
        # 约, 大约, 左右, 上下: [X − u/2, X + u/2]
        ("约30%", "[0.25, 0.35]", "[0.25, 0.35]", "about"),
        ("大约30%", "[0.25, 0.35]", "[0.25, 0.35]", "about"),
        ("30%左右", "[0.25, 0.35]", "[0.25, 0.35]", "about"),
        ("30%上下", "[0.25, 0.35]", "[0.25, 0.35]", "about"),
        ("约227.6亿元", "[227.55e8, 227.65e8]", "[227.55e8, 227.65e8]", "about"),
        # 突破, 迈上, 站上: [X, ∞), soft < X + u
        ("突破1万个", "[10000, inf)", "[10000, 20000)", "reached"),
        ("迈上100亿元", "[100e8, inf)", "[100e8, 200e8)", "reached"),
        ("站上100亿元", "[100e8, inf)", "[100e8, 200e8)", "reached"),
        # 不足, 不到, 不满, 低于: [0, X)
        ("不足10%", "[0, 0.1)", None, "under"),
        ("不到100人", "[0, 100)", None, "under"),
        ("不满18岁", "[0, 18)", None, "under"),
        ("低于5%", "[0, 0.05)", None, "under"),
        # 至少, 不低于 / 最多, 不超过
        ("至少3个", "[3, inf)", None, "at-least"),
        ("不低于5%", "[0.05, inf)", None, "at-least"),
        ("最多5%", "(-inf, 0.05]", None, "at-most"),
        ("不超过5%", "(-inf, 0.05]", None, "at-most"),
        ("最多5个", "(-inf, 5]", None, "at-most"),  # as CONVENTIONS.md C writes it
    ],
)
def test_bound_words(text, hard, soft, qualifier):
    q = check(text, hard, soft)
    assert q.qualifier == qualifier
    assert not q.estimate


@pytest.mark.parametrize(
    ("text", "hard"),
    [
        ("达到100亿元", "[99.5e8, 100.5e8]"),
        ("达227.6亿元", "[227.55e8, 227.65e8]"),
        ("实现227.6亿元", "[227.55e8, 227.65e8]"),
        ("为5%", "[0.045, 0.055]"),
        ("达8.6万人次", "[85500, 86500]"),
    ],
)
def test_reached_words_read_as_the_plain_figure(text, hard):
    q = check(text, hard)
    assert q.qualifier is None


def test_odd_counts_keep_only_integers():
    q = parse_quantity("4000余个")
    assert q.integer
    assert q.checked_interval == iv("[4001, 4999]")
    assert parse_quantity("不到100人").checked_interval == iv("[0, 99]")
    assert parse_quantity("超1万个").checked_interval == iv("[10001, inf)")


@pytest.mark.parametrize("word", ["预计", "预期", "力争", "目标"])
def test_projection_words_set_the_estimate_flag(word):
    q = check(f"{word}6%", "[0.055, 0.065]")
    assert q.estimate
    assert q.qualifier is None
    assert not parse_quantity("6%").estimate


def test_projection_with_a_bound_word():
    q = check("预计超5%", "(0.05, inf)", "(0.05, 0.06)")
    assert q.estimate
    assert q.qualifier == "more-than"


@pytest.mark.parametrize(
    ("text", "hard", "dimension"),
    [
        ("三四十", "[30, 40]", "number"),
        ("七八成", "[0.7, 0.8]", "ratio"),
        ("五六千", "[5000, 6000]", "number"),
        ("三四十个", "[30, 40]", "count"),
        ("十几家", "[11, 19]", "count"),
    ],
)
def test_adjacent_numerals_give_a_range(text, hard, dimension):
    q = check(text, hard)
    assert q.dimension == dimension


@pytest.mark.parametrize(
    ("text", "hard", "dimension"),
    [
        ("3-5个", "[3, 5]", "count"),
        ("100-200亿元", "[99.5e8, 200.5e8]", "money"),  # both ends in 亿元
        ("1.5-2万亿元", "[1.45e12, 2.5e12]", "money"),
        ("100万-2亿元", "[995000, 2.5e8]", "money"),
    ],
)
def test_written_ranges(text, hard, dimension):
    q = check(text, hard)
    assert q.dimension == dimension
    assert q.qualifier == "range"


def test_two_bound_words_that_disagree_are_refused():
    with pytest.raises(QuantityError, match="two bound words"):
        parse_quantity("超5%以下")
    with pytest.raises(QuantityError, match="two bound words"):
        parse_quantity("约5%以上")


def test_two_bound_words_that_both_hold_give_the_stricter():
    # 超50亿元以上: more than and at least, both true: more than
    check("超5%以上", "(0.05, inf)", "(0.05, 0.06)")
    check("突破5%以上", "[0.05, inf)", "[0.05, 0.06)")
    check("不超过5%以下", "(-inf, 0.05]")
    check("低于5%以下", "[0, 0.05)")


def test_under_a_negative_figure_is_not_empty():
    # [0, X) would be empty for X ≤ 0: everything below X instead.
    check("低于-3%", "(-inf, -0.03)")


# --- B. relative change ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "hard", "qualifier"),
    [
        ("翻倍", "[2, 2]", None),
        ("翻一番", "[2, 2]", None),
        ("翻了一番", "[2, 2]", None),
        ("翻两番", "[4, 4]", None),
        ("翻三番", "[8, 8]", None),
        ("翻了逾一番", "(2, inf)", "more-than"),
        ("增长1.79倍", "[2.785, 2.795]", None),  # ×(1 + x): NBS writes +179% so
        ("增长2倍", "[2.5, 3.5]", None),
        ("是上年的3倍", "[2.5, 3.5]", None),  # ×x
        ("为去年的1.5倍", "[1.45, 1.55]", None),
        ("3倍", "[2.5, 3.5]", None),
        # a bound word after the 倍 bounds the x, and 增长 still adds the one (CONVENTIONS.md B)
        ("增长一倍以上", "[2, inf)", "at-least"),
        ("增长2倍以上", "[3, inf)", "at-least"),
        ("提高1.5倍以上", "[2.5, inf)", "at-least"),
        ("增长1倍多", "(2, 3)", "odd"),
        ("增长两倍多", "(3, 4)", "odd"),
        ("是上年的3倍以上", "[3, inf)", "at-least"),
        ("是全国的1.5倍以下", "(-inf, 1.5]", "at-most"),
        ("3倍多", "(3, 4)", "odd"),
    ],
)
def test_multiples(text, hard, qualifier):
    q = check(text, hard)
    assert q.dimension == "factor"
    assert q.kind == "factor"
    assert q.qualifier == qualifier


def test_reduced_by_times_is_flagged():
    with pytest.raises(QuantityError, match="not standard usage"):
        parse_quantity("减少3倍")


@pytest.mark.parametrize(
    ("text", "hard"),
    [
        ("翻一番", "[1, 1]"),  # +100%
        ("翻两番", "[3, 3]"),
        ("增长1.79倍", "[1.785, 1.795]"),
        ("5%", "[0.045, 0.055]"),
        ("下降3%", "[-0.035, -0.025]"),
        ("同比增长5.2%", "[0.0515, 0.0525]"),
        ("0.3个百分点", "[0.25, 0.35]"),
    ],
)
def test_parse_rate(text, hard):
    q = parse_rate(text)
    assert q.interval == iv(hard)
    assert q.dimension in ("ratio", "pp")


def test_rate_of_a_doubling_is_a_ratio_of_one():
    q = parse_rate("翻一番")
    assert q.unit.dimension == "ratio"
    assert q.value == 1
    assert q.change


def test_rate_must_be_a_percentage():
    with pytest.raises(QuantityError, match="growth rate"):
        parse_rate("100亿元")


def test_parse_factor():
    assert parse_factor("1.5").interval == iv("[1.45, 1.55]")
    assert parse_factor("1.5").dimension == "factor"
    assert parse_factor("翻两番").interval == iv("[4, 4]")
    with pytest.raises(QuantityError, match="factor"):
        parse_factor("100亿元")


def test_fell_by_and_fell_to():
    by = parse_quantity("下降3%")
    to = parse_quantity("下降至3%")
    assert by.interval == iv("[-0.035, -0.025]")
    assert by.change and by.kind == "change"
    assert to.interval == iv("[0.025, 0.035]")
    assert not to.change and to.kind == "level"


def test_x_cheng_is_tenths():
    q = check("八成", "[0.75, 0.85]")
    assert q.dimension == "ratio"


# --- D. magnitudes and units ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value", "step"),
    [
        ("2十", 20, 10),
        ("2百", 200, 100),
        ("2千", 2000, 1000),
        ("2万", 2 * 10**4, 10**4),
        ("2亿", 2 * 10**8, 10**8),
        ("2万亿", 2 * 10**12, 10**12),
        ("1.5万亿", F(15, 10) * 10**12, 10**11),
        ("227.6亿", F("227.6e8"), 10**7),
        ("6187亿6000万元", 618_760_000_000, 10**4),
        ("3千万元", 3 * 10**7, 10**7),
    ],
)
def test_magnitudes(text, value, step):
    q = parse_quantity(text)
    assert q.value == value
    assert q.step == step
    assert q.interval == Interval(F(value) - F(step) / 2, F(value) + F(step) / 2)


def test_mixed_magnitudes():
    q = check("6187亿6000万元", "[618759995000, 618760005000]")
    assert q.dimension == "money"
    assert q.magnitude == 10**8


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("三十", 30),
        ("三百", 300),
        ("三千", 3000),
        ("一百二十", 120),
        ("一千零五", 1005),
        ("两千三", 2300),
        ("三万五", 35000),
        ("一万二", 12000),
        ("三千万", 3 * 10**7),
        ("二〇二三", 2023),
    ],
)
def test_chinese_numerals(text, value):
    assert parse_quantity(text).value == value


def test_ambiguous_zhao_is_refused_but_megawatt_is_read():
    with pytest.raises(QuantityError, match="兆"):
        parse_quantity("3兆")
    q = check("3兆瓦", "[2500, 3500]")  # kW
    assert q.dimension == "power"


def test_mu_hectare_and_square_kilometre():
    mu = parse_quantity("100亩")
    assert mu.dimension == "area"
    assert mu.value == 100 * F(10000, 15)
    assert mu.interval == Interval(F("99.5") * F(10000, 15), F("100.5") * F(10000, 15))
    assert parse_quantity("15亩").value == parse_quantity("1公顷").value == 10000
    assert parse_quantity("1平方公里").value == parse_quantity("1500亩").value == 10**6
    assert check("1公顷", "[5000, 15000]").unit.base == "m²"


def test_visits_are_not_people():
    visits = check("8.6万人次", "[85500, 86500]")
    people = check("8.6万人", "[85500, 86500]")
    assert visits.dimension == "visits"
    assert people.dimension == "count"
    assert not compatible(visits.unit, people.unit)


@pytest.mark.parametrize(
    ("text", "hard", "dimension"),
    [
        ("3个百分点", "[2.5, 3.5]", "pp"),
        ("0.3个百分点", "[0.25, 0.35]", "pp"),
        ("5‰", "[0.0045, 0.0055]", "ratio"),
        ("12.5‰", "[0.01245, 0.01255]", "ratio"),
        ("千分之三", "[0.0025, 0.0035]", "ratio"),
        ("百分之十五", "[0.145, 0.155]", "ratio"),
        ("5%", "[0.045, 0.055]", "ratio"),
    ],
)
def test_rates_and_percentage_points(text, hard, dimension):
    q = check(text, hard)
    assert q.dimension == dimension


def test_percentage_points_are_not_percent():
    assert not compatible(parse_quantity("3个百分点").unit, parse_quantity("3%").unit)
    assert parse_quantity("千分之三").interval == parse_quantity("3‰").interval
    assert parse_quantity("百分之十五").interval == parse_quantity("15%").interval


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("１２３个", "123个"),
        ("２２７.６亿元", "227.6亿元"),
        ("1,234.5元", "1234.5元"),
        ("12,345个", "12345个"),
        ("−3%", "-3%"),
        ("负3%", "-3%"),
        ("3萬", "3万"),
        ("2億元", "2亿元"),
        ("兩家", "两家"),
        ("27個", "27个"),
        ("5萬人次", "5万人次"),
    ],
)
def test_written_forms_read_like_the_plain_form(text, plain):
    a, b = parse_quantity(text), parse_quantity(plain)
    assert a.interval == b.interval
    assert a.unit == b.unit
    assert a.written == text


def test_negative_and_separated_figures():
    check("−3%", "[-0.035, -0.025]")
    check("1,234.5元", "[1234.45, 1234.55]")


@pytest.mark.parametrize(
    ("text", "hard", "dimension"),
    [
        ("27个", "[27, 27]", "count"),
        ("两家", "[2, 2]", "count"),
        ("兩家", "[2, 2]", "count"),
        ("500辆", "[500, 500]", "count"),
        ("300户", "[300, 300]", "count"),
        ("200床", "[200, 200]", "count"),
        ("300套", "[300, 300]", "count"),
        ("5段", "[5, 5]", "count"),
        ("8.6万人次", "[85500, 86500]", "visits"),  # a magnitude makes a count rounded
        ("12万标准箱", "[115000, 125000]", "count"),
    ],
)
def test_counts_are_exact_unless_a_magnitude_rounds_them(text, hard, dimension):
    q = check(text, hard)
    assert q.dimension == dimension
    assert q.unit.integer


@pytest.mark.parametrize(
    ("text", "dimension", "base_value"),
    [
        ("3万吨", "mass", 3 * 10**7),  # kg
        ("20千克", "mass", 20),
        ("20公斤", "mass", 20),
        ("50千瓦", "power", 50),
        ("50兆瓦", "power", 50_000),
        ("100千瓦时", "energy", 100),
        ("100度", "energy", 100),
        ("32.3微克/立方米", "concentration", F("32.3")),
        ("39218元/人", "money", 39218),  # 人均: money ÷ people is money
        ("227.6亿元", "money", F("227.6e8")),
        ("10美元", "money", 10),
    ],
)
def test_units_and_dimensions(text, dimension, base_value):
    q = parse_quantity(text)
    assert q.dimension == dimension
    assert q.value == base_value


def test_dollars_and_yuan_never_mix():
    assert not compatible(parse_quantity("10美元").unit, parse_quantity("10元").unit)
    assert compatible(parse_quantity("10万元").unit, parse_quantity("1亿元").unit)


def test_unknown_unit_names_the_unit_and_hints():
    with pytest.raises(UnknownUnit) as info:
        parse_quantity("12万金币")
    err = info.value
    assert err.unit == "金币"
    assert err.text == "12万金币"
    assert "units: {金币: count}" in err.hint
    assert "12万金币" in str(err)


def test_unknown_unit_suggests_a_close_known_unit():
    with pytest.raises(UnknownUnit) as info:
        parse_quantity("5公倾")
    assert "did you mean 公顷" in info.value.hint


def test_declared_units():
    gold = Unit("金币", "count", "count", F(1), True)
    q = parse_quantity("12万金币", declared=(("金币", gold),))
    assert q.interval == iv("[115000, 125000]")
    assert q.dimension == "count"
    acre = Unit("英亩", "area", "m²", F("4046.86"))
    q = parse_quantity("2英亩", declared=(("英亩", acre),))
    assert q.value == 2 * F("4046.86")
    assert q.dimension == "area"


# --- E. rounding ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("mode", "hard"),
    [
        ("up_or_down", "[227.55e8, 227.65e8]"),
        ("up", "[227.55e8, 227.65e8)"),
        ("even", "[227.55e8, 227.65e8]"),
        ("trunc", "[227.6e8, 227.7e8)"),
        ("ceiling", "(227.5e8, 227.6e8]"),
        ("any", "[227.5e8, 227.7e8]"),
    ],
)
def test_rounding_mode_per_call(mode, hard):
    assert parse_quantity("227.6亿元", rounding=mode).interval == iv(hard)
    assert parse_quantity("227.6亿元").with_rounding(mode).interval == iv(hard)


def test_rounding_mode_does_not_touch_bound_words_or_exact_counts():
    for mode in ("trunc", "any"):
        assert parse_quantity("超八成", rounding=mode).interval == iv("(0.8, 1]")
        assert parse_quantity("27个", rounding=mode).interval == iv("[27, 27]")
    assert parse_quantity("8.6万人次", rounding="trunc").interval == iv("[86000, 87000)")


def test_default_rounding_is_charitable():
    assert parse_quantity("5%").interval == parse_quantity("5%", rounding="up_or_down").interval


def test_unknown_rounding_mode_is_a_quantity_error():
    with pytest.raises(QuantityError, match="unknown rounding mode"):
        parse_quantity("5%", rounding="bankers")


def test_trailing_zero_decimals_keep_their_precision():
    check("3.0亿元", "[2.95e8, 3.05e8]")
    check("3.0", "[2.95, 3.05]")
    check("5.20%", "[0.05195, 0.05205]")


# --- F. rankings ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "hard"),
    [
        ("第32名", "[32, 32]"),
        ("500强", "[1, 500]"),
        ("前十", "[1, 10]"),
        ("前10名", "[1, 10]"),
        ("全市第一", "[1, 1]"),
    ],
)
def test_ranks(text, hard):
    q = check(text, hard)
    assert q.dimension == "rank"
    assert q.kind == "rank"


@pytest.mark.parametrize("text", ["第0名", "0强", "前0"])
def test_rank_zero_is_refused(text):
    with pytest.raises(QuantityError, match="rank"):
        parse_quantity(text)


# --- G. labels that are not quantities ------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "十四五",
        "十四五规划",
        "十三五时期",
        "二十大",
        "“532”发展战略",
        '"532"发展战略',
        "2.0模式",
        "PM2.5",
        "15分钟医保服务圈",
        "一号工程",
        "两特三新一智能",
        "三高一资",
        "三位一体",
    ],
)
def test_names_are_not_quantities(text):
    with pytest.raises(NotAQuantity) as info:
        parse_quantity(text)
    assert info.value.text == text
    assert repr(text) in str(info.value)


def test_empty_and_numberless_text():
    with pytest.raises(QuantityError, match="empty"):
        parse_quantity("   ")
    with pytest.raises(QuantityError, match="no number"):
        parse_quantity("亿元")


# --- the parser never crashes --------------------------------------------------------------
def _read_or_refuse(text: str) -> None:
    for parse in (parse_quantity, parse_rate, parse_factor):
        try:
            q = parse(text)
        except QuantityError as err:
            assert str(err).startswith("cannot read")
            continue
        assert isinstance(q, Quantity)
        i = q.interval
        assert Interval.make(i.lo, i.hi, i.lo_closed, i.hi_closed) == i, f"{text!r}: empty {i}"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=16))
def test_any_text_is_read_or_refused(text):
    _read_or_refuse(text)


_TOKENS = [
    *"0123456789.,-+−１２３一二两三四五六七八九十百千万亿〇零萬億兩個余多超近约逾%‰成个家人次元亩倍番翻第前强",
    *"预计增长降至是的分之几数~到 ",
    "百分点", "人次", "万亿", "亿元", "以上", "以下", "以内", "左右", "百分之", "千分之", "增长",
    "下降", "翻一番", "不足", "低于", "不到", "至少", "最多", "突破", "接近", "十四五", "PM",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_TOKENS), max_size=10).map("".join))
def test_figure_like_text_is_read_or_refused(text):
    _read_or_refuse(text)


def test_a_count_written_to_a_tenth_is_a_measurement_not_a_whole_count():
    """平均减少3.0天, 户均2.0人: a figure written to a tenth is rounded there ([2.95, 3.05]), never
    the whole number 3 (that would turn an average of 2.97 into a false alarm); 27个 and 3.0万人
    (written to whole things or coarser) stay counts."""
    from fractions import Fraction as F

    q = parse_quantity("3.0天")
    assert (q.interval.lo, q.interval.hi, q.integer) == (F("2.95"), F("3.05"), False)
    assert q.checked_interval == q.interval
    assert parse_quantity("27个").integer and parse_quantity("27个").interval.is_point
    assert parse_quantity("3.0万人").integer
