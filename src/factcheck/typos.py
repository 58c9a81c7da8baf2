"""Likely typos: variants of a written figure that would make a failed relation hold.

The classic slips of copy editing: two digits swapped (116 ↔ 161), a digit dropped or doubled,
万 written for 亿, a decimal point in the wrong place, and one digit struck for another (237.6 for
227.6, in a figure of two digits or more; tried last, so the other slips are named first when
one of them fits).
"""

from __future__ import annotations

from collections.abc import Iterator

from . import messages as msg
from .messages import Message
from .patterns import later

__all__ = ["variants"]

_NUMBER = later(r"\d+(?:\.\d+)?")
_SWAPPED, _DECIMAL_POINT, _DOUBLED, _DROPPED, _SUBSTITUTED = (
    Message(t) for t in (msg.TYPO_SWAPPED, msg.TYPO_DECIMAL_POINT, msg.TYPO_DOUBLED,
                         msg.TYPO_DROPPED, msg.TYPO_SUBSTITUTED))


def variants(written: str) -> Iterator[tuple[str, Message]]:
    """(variant, what changed) for each plausible slip in the first number of ``written``."""
    m = _NUMBER.search(written)
    seen = {written}

    def emit(text: str, why: Message) -> Iterator[tuple[str, Message]]:
        if text not in seen:
            seen.add(text)
            yield text, why

    if m:
        number, start, end = m.group(0), m.start(), m.end()
        head, tail = written[:start], written[end:]
        digits = number.replace(".", "")
        point = number.find(".")
        places = len(number) - point - 1 if point >= 0 else 0

        def build(d: str, dec: int) -> str:
            d = d.lstrip("0") or "0"
            if dec <= 0:
                return d + "0" * (-dec)
            d = d.rjust(dec + 1, "0")
            return f"{d[:-dec]}.{d[-dec:]}"

        for i in range(len(digits) - 1):
            if digits[i] != digits[i + 1]:
                swapped = digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:]
                yield from emit(head + build(swapped, places) + tail, _SWAPPED)
        for shift in (-1, 1, -2, 2):
            yield from emit(head + build(digits, places + shift) + tail,
                            _DECIMAL_POINT)
        for i in range(len(digits) - 1):
            if digits[i] == digits[i + 1]:
                fewer = digits[:i] + digits[i + 1:]
                yield from emit(head + build(fewer, places if i < len(digits) - places - 1
                                             else max(places - 1, 0)) + tail,
                                _DOUBLED)
        for i in range(len(digits) + 1):
            for d in "0123456789":
                more = places + (1 if i > len(digits) - places and places else 0)
                yield from emit(head + build(digits[:i] + d + digits[i:], more) + tail,
                                _DROPPED)
    for a, b in (("万", "亿"), ("亿", "万")):
        if a in written and m:
            yield from emit(written.replace(a, b, 1), Message(msg.TYPO_MAGNITUDE, a=a, b=b))
    if m and len(digits) > 1:  # in a one-digit figure every other figure "differs by a digit"
        for i, digit in enumerate(digits):  # the nearest digit first: 19 → 18, 17, 16 …
            for d in sorted("0123456789", key=lambda x, digit=digit: abs(int(x) - int(digit))):
                if d != digit and not (i == 0 and d == "0"):
                    yield from emit(head + build(digits[:i] + d + digits[i + 1:], places) + tail,
                                    _SUBSTITUTED)
