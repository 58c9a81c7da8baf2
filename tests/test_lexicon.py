"""One lexicon for the parser and the scanner; a named reason for every figure the parser refuses."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from factcheck import quantity
from factcheck.quantity import REASONS, QuantityError, parse_factor, parse_quantity, parse_rate

SRC = Path(quantity.__file__).resolve().parent


# --- why the parser refuses a figure: QuantityError.code ------------------------------------------
# One example per reason, with the message as the parser has always written it.
REFUSED = [
    (parse_quantity, ("5%", "bankers"), "rounding-mode", "cannot read '5%': unknown rounding mode 'bankers'"),
    (parse_quantity, ("   ",), "empty", "cannot read '   ': the value is empty"),
    (parse_quantity, ("5²亿元",), "hidden-digit",
     "cannot read '5²亿元': '²' is a superscript, subscript or circled digit, not part of a figure "
     "(write the figure as the article does)"),
    (parse_quantity, ("5 5亿元",), "split-number",
     "cannot read '5 5亿元': a space splits the number ('5 5') (write one number, or each figure in its "
     "own claim)"),
    (parse_quantity, ("1" * 300 + "亿元",), "too-long",
     f"cannot read '{'1' * 40}…': 302 characters is too long for a figure"),
    (parse_quantity, ("1e5",), "exponent",
     "cannot read '1e5': exponent notation is not how articles write figures (write the number as the "
     "article does)"),
    (parse_quantity, ("十四五",), "not-a-quantity",
     "cannot read '十四五': this is a Five-Year Plan (十四五 = 2021–2025), not a quantity"),
    (parse_quantity, ("两特三新一智能",), "number-in-name",
     "cannot read '两特三新一智能': numbers inside a name, not a quantity"),
    (parse_quantity, ("15分钟医保服务圈",), "name-after-unit",
     "cannot read '15分钟医保服务圈': '医保服务圈' follows the unit: the number is part of a name"),
    (parse_quantity, ("超100亿元以下",), "two-bounds",
     "cannot read '超100亿元以下': two bound words (超 and 以下)"),
    (parse_quantity, ("5万3万元",), "bad-numeral",
     "cannot read '5万3万元': magnitudes must fall from left to right in '5万3万元'"),
    (parse_quantity, ("第0名",), "bad-rank", "cannot read '第0名': a rank must be a whole number from 1"),
    (parse_quantity, ("3个-5亿元",), "range-units",
     "cannot read '3个-5亿元': the two ends of the range have different units"),
    (parse_quantity, ("下降-3%",), "minus-after-decrease",
     "cannot read '下降-3%': a minus sign after a word of decrease (下降, 减少 …) contradicts it (write "
     "下降3% or -3%)"),
    (parse_quantity, ("亿元",), "no-number",
     "cannot read '亿元': no number found (write the figure as the article does)"),
    (parse_quantity, ("百分之五元",), "unit-after-per", "cannot read '百分之五元': unexpected '元' after %"),
    (parse_quantity, ("十二成",), "tenths",
     "cannot read '十二成': 成 counts tenths, from 一成 to 十成 (100%) (write the share as a percentage)"),
    (parse_quantity, ("超十成",), "share-out-of-range",
     "cannot read '超十成': a share in 成 lies within 0 and 十成 (100%)"),
    (parse_quantity, ("5万千元",), "magnitude-without-digit",
     "cannot read '5万千元': '千' follows the magnitude with no digit before it (write the number in one "
     "magnitude: 5.1万元, 5000万元)"),
    (parse_quantity, ("5兆元",), "ambiguous-magnitude",
     "cannot read '5兆元': 兆 is ambiguous (10⁶ in 兆瓦, 10¹² elsewhere) (write 万亿)"),
    (parse_quantity, ("5标箱",), "unknown-unit",
     "cannot read '5标箱': unknown unit '标箱' (did you mean 标准箱, 箱? declare it in the file: units: "
     "{标箱: count})"),
    (parse_quantity, ("翻一百番",), "bad-doubling",
     "cannot read '翻一百番': the number of doublings must be a small whole number"),
    (parse_quantity, ("减少2倍",), "decrease-by-factor",
     "cannot read '减少2倍': 减少/降低 x倍 is not standard usage (write the new level or a percentage)"),
    (parse_quantity, ("翻3番倍x",), "not-a-factor",
     "cannot read '翻3番倍x': cannot read this factor (write 翻一番, 增长1.5倍 or 是…的3倍)"),
    (parse_quantity, ("3亿元倍",), "factor-unit",
     "cannot read '3亿元倍': a factor is a plain number of times"),
    (parse_factor, ("3亿元",), "factor-unit", "cannot read '3亿元': a factor cannot be in 元"),
    (parse_rate, ("3亿元",), "not-a-rate",
     "cannot read '3亿元': a growth rate must be a percentage or 百分点"),
]


@pytest.mark.parametrize(("parse", "args", "code", "message"), REFUSED, ids=[r[2] for r in REFUSED])
def test_every_refusal_names_its_reason_and_keeps_its_message(parse, args, code, message):
    with pytest.raises(QuantityError) as info:
        parse(*args)
    assert info.value.code == code
    assert str(info.value) == message


def test_every_reason_has_an_example_and_every_raise_a_known_code():
    assert {r[2] for r in REFUSED} == set(REASONS)
    tree = ast.parse((SRC / "quantity.py").read_text(encoding="utf-8"))
    raised = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("QuantityError", "NotAQuantity"):
            code = next((k.value for k in node.keywords if k.arg == "code"), None)
            if code is None:
                assert node.func.id == "NotAQuantity", f"line {node.lineno}: a QuantityError without a code"
                continue
            assert isinstance(code, ast.Constant), f"line {node.lineno}: the code must be a literal"
            raised.add(code.value)
    assert raised <= set(REASONS)
