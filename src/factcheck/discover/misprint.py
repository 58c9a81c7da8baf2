"""Whether two figures could be one figure misprinted.

Two figures an article ties only across sentences (the same label, period and place) may be the
same figure — then they must agree — or two figures the key cannot tell apart (初中 and 高中's
在校生人数 under one list heading; two income lines' 营收占比). When they disagree, the
disagreement itself says which: one figure stated twice differs by a slip of the pen (a digit
struck, two digits swapped, a decimal point, 万 for 亿) or by a revision (a few per cent); two
different figures differ by anything. A linked pair is kept only when its figures agree or could
be one figure misprinted or revised: a warning that pairs 621791人 with 243085人 is a false alarm.
"""

from __future__ import annotations

from fractions import Fraction

from ..quantity import Quantity, QuantityError, parse_quantity
from ..typos import variants

__all__ = ["NEAR", "could_be_one"]

#: Figures of one subject that differ by at most this share of the larger are one figure revised
#: or rounded differently (4.9% and 5.2%, 8.3万亿 and 8.2万亿).
NEAR = Fraction(1, 10)


def could_be_one(a: Quantity, b: Quantity) -> bool:
    """``a`` and ``b`` (of one unit) agree, are near, or one is a slip of the pen of the other."""
    if a.unit.key != b.unit.key:
        return False
    if a.checked_interval.intersects(b.checked_interval) or _near(a, b):
        return True
    return _slip_of(a, b) or _slip_of(b, a)


def _near(a: Quantity, b: Quantity) -> bool:
    larger = max(abs(a.value), abs(b.value))
    return larger > 0 and abs(a.value - b.value) <= NEAR * larger


def _slip_of(a: Quantity, b: Quantity) -> bool:
    """Some slip of the pen of ``a`` as written reads as ``b``."""
    for text, _ in variants(a.written):
        try:
            alt = parse_quantity(text)
        except QuantityError:
            continue
        if alt.unit.key == b.unit.key and alt.checked_interval.intersects(b.checked_interval):
            return True
    return False
