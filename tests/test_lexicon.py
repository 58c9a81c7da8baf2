"""One lexicon for the parser and the scanner; a named reason for every figure the parser refuses."""

from __future__ import annotations

import ast
import os
from fractions import Fraction as F
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck import lexicon, quantity
from factcheck.article import article_from_text
from factcheck.figures import figures_in_text, guards
from factcheck.interval import Interval
from factcheck.quantity import REASONS, QuantityError, parse_factor, parse_quantity, parse_rate
from factcheck.units import UNITS

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
    (parse_quantity, ("5标方",), "unknown-unit",
     "cannot read '5标方': unknown unit '标方' (did you mean 方, 标箱, 立方米? declare it in the file: "
     "units: {标方: count})"),
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


# --- the lexicon: one home for the words around a figure -------------------------------------------
CLASSES = {
    "BOUND": lexicon.BOUND, "NEUTRAL": lexicon.NEUTRAL, "PERIOD": lexicon.PERIOD,
    "ESTIMATE": lexicon.ESTIMATE, "COMPARISON": lexicon.COMPARISON, "TO_LEVEL": lexicon.TO_LEVEL,
    "UP": lexicon.UP, "DOWN": lexicon.DOWN, "PARTICLES": lexicon.PARTICLES, "SUFFIX": lexicon.SUFFIX,
}


def test_no_word_is_in_two_classes_and_every_class_is_longest_first():
    seen: dict[str, str] = {}
    for name, words in CLASSES.items():
        for w in words:
            assert w not in seen, f"{w} is in {seen[w]} and {name}"
            seen[w] = name
        lengths = [len(w) for w in words]
        assert lengths == sorted(lengths, reverse=True) or name == "SUFFIX", name
    assert set(lexicon.BOUND.values()) <= set(lexicon.QUALIFIERS)
    assert {q for q in lexicon.SUFFIX.values() if q} <= set(lexicon.QUALIFIERS)
    assert set(lexicon.CLAUSE_ESTIMATE) <= set(lexicon.ESTIMATE)
    assert lexicon.NEGATIVE_GROWTH in lexicon.DOWN


def test_the_readers_keep_no_word_list_of_their_own():
    import importlib
    import pkgutil

    from factcheck import figures

    modules = [quantity, figures] + [importlib.import_module(f"factcheck.figures.{m.name}")
                                     for m in pkgutil.iter_modules(figures.__path__)]
    for module in modules:
        for name in ("_BOUND", "_NEUTRAL", "_ESTIMATE", "_COMPARISON", "_TO_LEVEL", "_UP", "_DOWN",
                     "_SUFFIXES", "_SUFFIX_QUALIFIERS", "_DOUBLING", "_DOUBLINGS", "_PARTICLE"):
            assert not hasattr(module, name), f"{module.__name__}.{name}"


def _one(text: str):
    figs = figures_in_text(text)
    assert len(figs) == 1, [(f.written, f.error) for f in figs]
    return figs[0]


# The words the scanner knew and the parser did not (the bug this lexicon fixes).
@pytest.mark.parametrize(
    ("text", "written", "interval", "kind"),
    [
        ("总量超出5万吨。", "超出5万吨", Interval(F(50_000_000), None, False, False), "level"),
        ("成本降幅3%。", "降幅3%", Interval(F(-35, 1000), F(-25, 1000)), "change"),
        ("成本增幅3%。", "3%", Interval(F(25, 1000), F(35, 1000)), "level"),
        ("比重回落到5%。", "5%", Interval(F(45, 1000), F(55, 1000)), "level"),
        ("利润负增长3.1%。", "-3.1%", Interval(F(-315, 10000), F(-305, 10000)), "level"),
        ("产值达到了5万元。", "5万元", Interval(F(45_000), F(55_000)), "level"),
        ("产量是上年同期的85%。", "85%", Interval(F(845, 1000), F(855, 1000)), "level"),
    ],
)
def test_the_scanner_and_the_parser_read_the_same_words(text, written, interval, kind):
    fig = _one(text)
    assert fig.understood, fig.error
    assert fig.written == written and fig.interval == interval
    assert fig.quantity.kind == kind
    words = text[2:-1]  # the figure with the article's own words: the parser reads those too
    assert parse_quantity(words).interval == interval


def test_the_parser_reads_the_words_it_did_not_know():
    q = parse_quantity("超出5万吨")
    assert (q.interval, q.qualifier) == (Interval(F(50_000_000), None, False, False), "more-than")
    q = parse_quantity("降幅3%")
    assert (q.interval, q.kind, q.change) == (Interval(F(-35, 1000), F(-25, 1000)), "change", True)
    q = parse_quantity("增幅3%")
    assert (q.interval, q.kind) == (Interval(F(25, 1000), F(35, 1000)), "change")
    q = parse_quantity("回落到5%")
    assert (q.interval, q.kind, q.change) == (Interval(F(45, 1000), F(55, 1000)), "level", False)
    q = parse_quantity("负增长3.1%")
    assert (q.interval, q.kind) == (Interval(F(-315, 10000), F(-305, 10000)), "change")
    assert parse_quantity("下降了不足1%").interval == Interval(F(-1, 100), F(0), False, True)


def test_a_bound_word_distributed_over_or_and_a_change_word_over_and():
    figs = figures_in_text("投资超出10亿元或1亿美元的项目，成本降幅3%和5%。")
    assert [f.written for f in figs] == ["超出10亿元", "超出1亿美元", "降幅3%", "降幅5%"]
    assert figs[3].interval == Interval(F(-55, 1000), F(-45, 1000))


# --- one example per word -------------------------------------------------------------------------
_HARD = {
    "more-than": Interval(F(50_000_000), None, False, False),
    "reached": Interval(F(50_000_000), None, True, False),
    "at-least": Interval(F(50_000_000), None, True, False),
    "at-most": Interval(None, F(50_000_000), False, True),
    "nearly": Interval(F(40_000_000), F(50_000_000), True, False),
    "about": Interval(F(45_000_000), F(55_000_000)),
    "under": Interval(F(0), F(50_000_000), True, False),
}


@pytest.mark.parametrize("word", list(lexicon.BOUND))
def test_bound_word(word):
    qualifier = lexicon.BOUND[word]
    q = parse_quantity(word + "5万吨")
    assert (q.qualifier, q.qualifier_text, q.interval) == (qualifier, word, _HARD[qualifier])
    if word in lexicon.BOUND_ONLY_BEFORE_BARE_MAGNITUDE:  # 上万吨, never 上5万吨
        fig = _one(f"全年总量{word}万吨。")
        assert (fig.written, fig.bound, fig.interval.lo) == (word + "万吨", word, F(10_000_000))
        return
    fig = _one(f"全年总量{word}5万吨。")
    assert (fig.written, fig.bound, fig.interval) == (word + "5万吨", word, _HARD[qualifier])


@pytest.mark.parametrize("word", lexicon.UP + lexicon.DOWN)
def test_change_word(word):
    up = word in lexicon.UP
    expected = Interval(F(25, 1000), F(35, 1000)) if up else Interval(F(-35, 1000), F(-25, 1000))
    q = parse_quantity(word + "3%")
    assert (q.interval, q.change, q.kind) == (expected, True, "change")
    assert parse_quantity(word + "了3%").interval == expected
    fig = _one(f"成本{word}3%。")
    if len(word) == 1 and word not in lexicon.LONE_CHANGE:
        # 增, 减, 降 end too many other words: the scanner does not look back for them
        assert (fig.change_word, fig.written) == (None, "3%")
        return
    assert fig.change_word == word and fig.is_rate and fig.interval == expected
    if up:
        assert fig.written == "3%"
    elif word == lexicon.NEGATIVE_GROWTH:
        assert fig.written == "-3%"
    else:
        assert fig.written == word + "3%"


@pytest.mark.parametrize("word", lexicon.TO_LEVEL)
def test_to_level_word(word):
    q = parse_quantity(word + "5%")
    assert (q.interval, q.change, q.kind) == (Interval(F(45, 1000), F(55, 1000)), False, "level")
    fig = _one(f"比重{word}5%。")
    assert (fig.written, fig.to_level, fig.change_word) == ("5%", word, None)
    assert fig.interval == q.interval


@pytest.mark.parametrize("word", lexicon.NEUTRAL + lexicon.PERIOD)
def test_neutral_word(word):
    q = parse_quantity(word + "5.2万元")
    assert (q.interval, q.qualifier) == (Interval(F(51_500), F(52_500)), None)


@pytest.mark.parametrize("word", lexicon.ESTIMATE)
def test_estimate_word(word):
    q = parse_quantity(word + "增长6%")
    assert (q.estimate, q.change, q.interval) == (True, True, Interval(F(55, 1000), F(65, 1000)))
    fig = _one(f"收入{word}增长6%。")
    assert fig.estimate and fig.written == word + "6%"


@pytest.mark.parametrize("word", lexicon.CLAUSE_ESTIMATE)
def test_clause_estimate_word(word):
    fig = _one(f"{word}全年收入增长6%。")
    assert fig.estimate and fig.written == word + "6%"


@pytest.mark.parametrize("word", lexicon.COMPARISON)
def test_comparison_word(word):
    assert parse_quantity(word + "85%").interval == Interval(F(845, 1000), F(855, 1000))
    fig = _one(f"产量{word}85%。")
    assert (fig.comparison, fig.written) == (word, "85%")


@pytest.mark.parametrize("word", list(lexicon.SUFFIX))
def test_suffix_word(word):
    qualifier = lexicon.SUFFIX[word]
    q = parse_quantity("5万吨" + word)
    assert q.qualifier == qualifier
    if qualifier is not None:
        assert q.interval == _HARD[qualifier]
    fig = _one(f"总量5万吨{word}。")
    assert (fig.written, fig.suffix, fig.interval) == ("5万吨" + word, word, q.interval)


@pytest.mark.parametrize(
    ("text", "interval", "qualifier"),
    [
        *[(f"翻{w}一番", None, q) for w, q in lexicon.DOUBLING_BOUND.items()],
        *[(f"翻一番{w}", None, q) for w, q in lexicon.DOUBLING_AFTER.items()],
        *[(f"翻了{w}一倍", None, q) for w, q in lexicon.DOUBLING_BOUND.items()],
        *[(f"{w}翻了一番", Interval.point(2), None) for w in lexicon.DOUBLING_LEAD
          if w != lexicon.DOUBLING_REACHED],
        *[(w, Interval.point(2), None) for w in lexicon.DOUBLING_WORDS
          if not w.startswith(lexicon.DOUBLING_REACHED)],
        # a target reached: 实现翻番 is at least ×2 (增长102.8%，实现翻番), 实现翻两番 at least ×4
        *[(f"{lexicon.DOUBLING_REACHED}{w}", Interval(F(n), None, True, False), "at-least")
          for w, n in (("翻了一番", 2), ("翻番", 2), ("翻倍", 2), ("翻两番", 4))],
        ("翻两番", Interval.point(4), None),
        ("翻倍多", Interval(F(2), F(4), False, False), "odd"),
        ("翻近一倍", Interval(F(1), F(2), True, False), "nearly"),
    ],
)
def test_doubling(text, interval, qualifier):
    q = parse_quantity(text)
    assert (q.kind, q.qualifier) == ("factor", qualifier)
    if interval is not None:
        assert q.interval == interval
    at = text.find("翻")
    if at >= 0:
        m = lexicon.DOUBLING_IN_TEXT.match(text, at)
        assert m is not None and m.end() == len(text)


# --- the property: the scanner proposes only what the parser reads, or refuses for a named reason ------
#: Every word of the lexicon, and the words of ranks and 余/多 the scanner also reads.
WORDS = sorted({
    *lexicon.BOUND, *lexicon.NEUTRAL, *lexicon.PERIOD, *lexicon.ESTIMATE, *lexicon.COMPARISON,
    *lexicon.TO_LEVEL, *lexicon.UP, *lexicon.DOWN, *lexicon.PARTICLES, *lexicon.SUFFIX,
    *lexicon.DOUBLING_LEAD, *lexicon.DOUBLING_WORDS, "翻", "番", "倍", "余", "多", "第", "前", "强",
    *lexicon.CLASS_SUFFIX, "首", "大", "分之", "/", "No.", "每", "负", "一半", "半数", "位数增长", "之城",
    "GDP城市", "俱乐部", "年来", "年间", "近", "由", "从", "到", "甲", "把交椅",
})
CHINESE_NUMERALS = ["一", "两", "二", "三", "五", "九", "十", "十五", "二十", "三千", "一百二十", "三点五",
                    "七八", "三四十", "十几", "几十", "数百", "千", "百"]
#: Arabic numerals with decimals and 万/亿/万亿: 0, 12.5, 3万, 227.6亿.
ARABIC = st.builds(
    lambda whole, frac, mag: whole + (f".{frac}" if frac else "") + mag,
    st.integers(0, 10**6).map(str),
    st.one_of(st.just(""), st.integers(0, 99).map(str)),
    st.sampled_from(["", "", "万", "亿", "万亿"]),
)
NUMERALS = st.one_of(ARABIC, st.builds(lambda n, m: n + m, st.sampled_from(CHINESE_NUMERALS),
                                       st.sampled_from(["", "", "万", "亿"])))
PUNCTUATION = [*"，。、；：%（）-~/和或及", "百分之", "千分之", "总量", "成本", "企业"]
TOKENS = st.one_of(st.sampled_from(WORDS), NUMERALS, st.sampled_from(sorted(UNITS)),
                   st.sampled_from(PUNCTUATION))
TEXTS = st.lists(TOKENS, min_size=1, max_size=12).map("".join)
EXAMPLES = settings(max_examples=int(os.environ.get("FACTCHECK_LEXICON_EXAMPLES", "300")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


@EXAMPLES
@given(TEXTS)
def test_every_figure_the_scanner_proposes_is_read_or_refused_for_a_named_reason(text):
    for fig in figures_in_text(text):
        try:
            q = parse_quantity(fig.written)
        except QuantityError as err:
            assert not fig.understood
            assert err.code in REASONS
            assert err.code != "no-number", (text, fig.written, str(err))
            continue
        if fig.understood:
            assert q.interval == fig.interval, (text, fig.written)
        else:  # read, but with another unit than the scanner saw: the scanner says so
            assert "write this figure by hand" in fig.error, (text, fig.written, fig.error)


# --- the scanner's guards: each stops what its name says -------------------------------------------
def _stopped_by(text: str, at: str) -> tuple[str | None, list[str]]:
    """The guard that stops the numeral at the first ``at`` of the text, and the figures found."""
    article = article_from_text(text, "a.txt")
    s = article.scan.text
    c = guards.Candidate(article, s, s.index(at), [], None)
    name = next((g.__name__ for g in guards.GUARDS if g(c) is not None), None)
    return name, [f.written for f in figures_in_text(text)]


@pytest.mark.parametrize(
    ("text", "at", "guard", "written"),
    [
        ("PM2.5浓度下降。", "2.5", "identifier", []),
        ("2024-01-05发布。", "01", "date", []),
        ("推动三次产业协调发展。", "三", "idiom", []),
        ("上午10:30开始。", "10", "clock_time", []),
        ("2023年以来。", "2023", "calendar_year", []),
        ("1-11月累计。", "1", "month_span", []),
        ("第三批项目。", "三", "ordinal", []),
        ("中国500强第32名。", "32", "ordinal", ["500强", "第32名"]),
        ("前三季度。", "三", "top_rank", []),
        ("进入全国500强。", "500", "top_list", ["500强"]),
        ("三位一体。", "三", "one_body", []),
        ("保持两位数增长。", "两", "digit_count", ["两位数增长"]),  # a rate in [10%, 100%)
        ("三位数的编号。", "三", "digit_count", []),
        ("仅为宁波的1/6。", "1", "fraction", ["1/6"]),
        ("但三大主导产业为纺织鞋服、石油化工、建材家居。", "三", "big_group", ["三个"]),
        ("实施两大平原改革。", "两", "big_group", []),
        ("25-59岁就业人群。", "25", "age_group", []),
        ("推进百亿斤粮食产能基地建设。", "百", "magnitude_label", []),
        ("十七届人大。", "十", "session", []),
        ("分别高2.1和1.5个百分点。", "2.1", "number_pair", ["2.1个百分点", "1.5个百分点"]),
        ("实现一体化。", "一", "bare_chinese", []),
        ("编号12-3。", "12", "number_series", []),
        ("1、加快发展。", "1", "enumerator", []),
        ("（1）加快发展。", "1", "enumerator", []),
        ("拨打12345678。", "12345678", "long_code", []),
        ("建设5G基站。", "5", "latin_after", []),
        ("天然气12万标方。", "12", "unknown_word_after", ["12万标方"]),
        ("代码是50。", "50", None, ["50"]),
        ("代码50。", "50", "bare_number", []),
        ("去年9月挂牌。", "9", "month", []),
        ("一季度增长。", "一", "quarter", []),
        ("近三年来。", "三", "year_or_period", ["三年"]),  # a period: 36 months
        ("两年平均增长。", "两", "year_or_period", []),
        ("2025年目标。", "2025", "calendar_year", []),
        ("1月18日上午。", "18", "day_of_month", []),
        ("建党70周年。", "70", "anniversary", []),
        ("打造千亿级产业。", "千", "class_word", ["千亿级"]),  # a class of size: [10¹¹, 10¹²)
        ("建设万亿GDP城市。", "万", "place_class", ["万亿以上"]),
        ("二级巡视员。", "二", "grade", []),
        ("市、县、乡三级示范区。", "三", "grade", ["三级"]),
        ("一批项目。", "一", "lone_one", []),
        ("一个个摊位。", "一", "lone_one", []),
        ("三个个摊位。", "三", "reduplication", []),
        ("推进一村一站。", "一", "bare_chinese", []),
        ("建设两场一馆。", "两", "slogan", []),
        ("建设15分钟生活圈。", "15", "service_circle", []),
        ("光伏、充电、储能三位于一体。", "三", "names_count", ["三项"]),
        ("新增企业43家。", "43", None, ["43家"]),
    ],
)
def test_guard(text, at, guard, written):
    assert _stopped_by(text, at) == (guard, written)


def test_every_guard_has_a_name_and_a_reason():
    names = [g.__name__ for g in guards.GUARDS]
    assert len(set(names)) == len(names)
    assert all(g.__doc__ for g in guards.GUARDS)
