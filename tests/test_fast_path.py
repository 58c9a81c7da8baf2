"""The fast reader of plain figures (227.6亿元) gives exactly what the general reader gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.interval import ROUNDING_MODES
from factcheck.quantity import QuantityError, _parse_general, _parse_plain, normalise

UNITS = ["", "元", "亿元", "万元", "美元", "个", "家", "人次", "%", "‰", "亩", "平方米", "吨", "天", "年",
         "个月", "个百分点", "微克/立方米", "千瓦", "千瓦时", "模式", "医保服务圈", "倍", "成", "℃"]
PLAIN = st.builds(
    lambda whole, frac, mag, unit: f"{whole}{'.' + frac if frac else ''}{mag}{unit}",
    st.integers(0, 10**7).map(str),
    st.one_of(st.just(""), st.text("0123456789", min_size=1, max_size=3)),
    st.sampled_from(["", "万", "亿", "万亿"]),
    st.sampled_from(UNITS),
)


def read(reader, text: str, mode: str):
    try:
        return reader(text, normalise(text), mode, ())
    except QuantityError as err:
        return type(err).__name__


@settings(max_examples=400, deadline=None)
@given(PLAIN, st.sampled_from(ROUNDING_MODES))
def test_fast_reader_agrees_with_the_general_one(text, mode):
    fast = read(_parse_plain, text, mode)
    if fast is None:
        return  # not a plain figure: the general reader alone handles it
    assert fast == read(_parse_general, text, mode)


def test_fast_reader_declines_what_it_does_not_know():
    for text in ("2.0模式", "15分钟医保服务圈", "4000余个", "30%以上", "3倍", "八成", "6成", "超1万个"):
        assert _parse_plain(text, normalise(text), "up_or_down", ()) is None


def test_bare_magnitudes_after_bound_words():
    from factcheck.quantity import parse_quantity

    assert str(parse_quantity("近万人").interval) == "[0, 10000)"
    assert str(parse_quantity("逾亿元").interval) == "(100000000, inf)"
    assert str(parse_quantity("万余人").interval) == "(10000, 20000)"
    for text in ("万人", "亿元"):
        try:
            parse_quantity(text)
        except QuantityError:
            continue
        raise AssertionError(f"{text} has no number and must be refused")
