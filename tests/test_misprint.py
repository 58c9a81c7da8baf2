"""Two figures tied across sentences are one figure only if they agree or one could be the other
misprinted or revised (discover/misprint.py)."""

from __future__ import annotations

import pytest

from factcheck.discover.misprint import could_be_one
from factcheck.quantity import parse_quantity


@pytest.mark.parametrize(("a", "b"), [
    ("8.3万亿元", "突破8万亿元"),  # they agree
    ("4.9%", "5.2%"),  # a revision or another release: near
    ("227.6亿元", "237.6亿元"),  # one digit struck for another
    ("116364.2亿元", "161364.2亿元"),  # two digits swapped
    ("12.5万人", "125万人"),  # a decimal point
    ("3.2万元", "3.2亿元"),  # 万 for 亿
])
def test_figures_that_could_be_one(a, b):
    assert could_be_one(parse_quantity(a), parse_quantity(b))
    assert could_be_one(parse_quantity(b), parse_quantity(a))


@pytest.mark.parametrize(("a", "b"), [
    ("621791人", "243085人"),  # 小学 and 初中 在校生: two figures under one label
    ("12398人", "7736人"),
    ("23%", "15.6%"),  # two income lines' 营收占比
    ("15个", "四个"),  # 15 cities and the four of the north-east
    ("5.0%", "5.0亿元"),  # not one unit
])
def test_figures_that_are_two(a, b):
    assert not could_be_one(parse_quantity(a), parse_quantity(b))
