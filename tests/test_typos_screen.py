"""The slips of a figure of 近 are screened before they are read (typos._screen_nearly): the screen
passes every slip whose reading meets the needed values, so the likeliest slip is the one reading
every slip would find — and a figure's screen reads only a part of its slips."""

from __future__ import annotations

from fractions import Fraction

import pytest

from factcheck import typos
from factcheck.figures import figures_in_text
from factcheck.interval import Interval
from factcheck.quantity import parse_quantity

# news-central-capitals-census-2021 line 41; news-kaoyan-2021 line 63
SENTENCES = ("2016年，郑州、武汉常住人口分别为972.4万、1076.62万，郑州比武汉少近100万人，二者人口增量则均为"
             "15万人左右，十分接近。",
             "对于近400万人的群体选择，个人意愿和就业市场将会发生变化。")


def _nearly(sentence: str):
    [q] = [f.quantity for f in figures_in_text(sentence) if f.quantity and f.quantity.qualifier == "nearly"]
    return q


def _reading_every_slip(q, need):
    screen, typos._screen = typos._screen, lambda q, need: None
    try:
        return typos.likeliest(q, need, parse_quantity)
    finally:
        typos._screen = screen


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("scale", [Fraction(1, 1000), Fraction(1, 10), Fraction(1), Fraction(21, 20),
                                   Fraction(3, 2), Fraction(9), Fraction(10), Fraction(101, 10)])
def test_the_screen_keeps_the_slip_reading_every_slip_finds(sentence, scale):
    q = _nearly(sentence)
    for need in (Interval(q.value * scale, q.value * scale * Fraction(101, 100)),
                 Interval(q.value * scale, None), Interval(None, q.value * scale)):
        assert typos.likeliest(q, need, parse_quantity) == _reading_every_slip(q, need)


def test_the_gap_of_the_two_cities_reads_few_slips():
    """少近100万人 with 1076.62万 − 972.4万 = 104.22万 needed: 近105万人, as before, reading a part of
    the 67 slips."""
    q = _nearly(SENTENCES[0])
    need = Interval(Fraction(1041650), Fraction(1042750))
    read: list[str] = []

    def reading(text):
        read.append(text)
        return parse_quantity(text)

    assert typos.likeliest(q, need, reading)[0] == "近105万人"
    assert len(read) < len(list(typos.variants(q.written))) / 2


def test_a_growth_in_multiples_is_not_screened():
    """增长近905倍 is ×906 (增长 N 倍 adds one): not the [X − u, X) of its number."""
    q = parse_quantity("增长近905倍")
    assert typos._screen(q, Interval(Fraction(90), Fraction(100))) is None
