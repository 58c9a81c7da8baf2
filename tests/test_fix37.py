"""No false alarm on the thirty-seventh and thirty-eighth rounds of unseen articles (tests/data/smoke37,
tests/data/smoke38, review.yaml; sources in sources.yaml): each form of writing that raised one, on the
real sentence, and the relation or the look-alike that must still be found, with one figure changed
(the finding names the changed figure).
"""

from __future__ import annotations

from pathlib import Path

from helpers import alarms
from helpers import checks_of as checks
from helpers import names_written as _named

from factcheck.figures import figures_in_text

DATA = Path(__file__).parent / "data"


def _line(round_: str, slug: str, line: int) -> str:
    return (DATA / round_ / f"{slug}.txt").read_text(encoding="utf-8").split("\n")[line - 1] + "\n"


def _whole_article(round_: str, slug: str) -> str:
    return (DATA / round_ / f"{slug}.txt").read_text(encoding="utf-8")


def _breakdowns(doc: dict) -> list[tuple[str, list[str]]]:
    return checks(doc, "breakdown")


# --- 1. a bracketed 其中 splits the count before it, up to its closing bracket ------------------

# health-communique-2012-nhfpc-chinagate lines 3-4 (the grades add up to 医院23170个 of line 3)
HOSPITALS = _line("smoke37", "health-communique-2012-nhfpc-chinagate", 3) \
    + _line("smoke37", "health-communique-2012-nhfpc-chinagate", 4)
# zhuanglang-communique-2021-part3-bx2200 (smoke32) line 3, with its bracket opened by 其中： as above
SCHOOLS = _line("smoke32", "zhuanglang-communique-2021-part3-bx2200", 3).replace("（其中民办园",
                                                                                 "（其中：民办园")


def test_siblings_after_a_bracketed_split_are_no_parts_of_the_first(article) -> None:
    _, doc = article(HOSPITALS)
    assert alarms(doc) == []
    assert [w for _, w in _breakdowns(doc) if "1624个" in w] == [["989个", "1624个"]]


def test_the_bracketed_part_past_its_whole_is_still_an_error(article) -> None:
    _, doc = article(HOSPITALS.replace("三级甲等医院989个", "三级甲等医院1989个"))
    assert ("FC301", "error") in alarms(doc)
    assert _named(doc, "1989个")


def test_a_second_bracketed_split_ends_at_its_bracket(article) -> None:
    """幼儿园154所（其中：民办园8所，均为普惠性民办园），特教学校1所，小学95所…: the schools after the
    bracket are siblings of the kindergartens, parts of the 282 schools."""
    _, doc = article(SCHOOLS)
    assert alarms(doc) == []
    assert [w for _, w in _breakdowns(doc) if "154所" in w[-1:]] == [["8所", "154所"]]
    _, doc = article(SCHOOLS.replace("民办园8所", "民办园158所"))
    assert ("FC301", "error") in alarms(doc)
    assert _named(doc, "158所")


# test_discover.py COUNTS: an unbracketed split of a count runs on to its sentence's end
COUNTS = ("13个实现收入的税种中，增值税、房产税、印花税、城镇土地使用税、车船税、契税等6个税种实现增长，"
          "合计增收2.5亿元；营业税、企业所得税、个人所得税、资源税、城市维护建设税、土地增值税、"
          "耕地占用税等7个税种负增长，合计减收5.5亿元。\n")


def test_an_unbracketed_split_of_a_count_still_runs_to_the_full_stop(article) -> None:
    _, doc = article(COUNTS)
    assert ["6个", "7个", "13个"] in [w for v, w in _breakdowns(doc) if v == "holds"]
    _, doc = article(COUNTS.replace("等7个税种", "等8个税种"))
    assert ("FC301", "error") in alarms(doc)
    assert _named(doc, "8个")


# --- 2. a real rate after a level and its nominal change ----------------------------------------

# hunan-agriculture-2009-sina line 3
INCOME = _line("smoke37", "hunan-agriculture-2009-sina", 3)


def test_a_real_rate_is_not_tested_against_the_nominal_change(article) -> None:
    _, doc = article(INCOME)
    assert alarms(doc) == []
    assert checks(doc, "growth") == [("not-comparable", ["预计4975元", "463元", "11%"])]


def test_a_nominal_rate_after_the_change_is_still_checked(article) -> None:
    """The look-alike: the same sentence with a nominal rate (463/4512 = 10.26%)."""
    _, doc = article(INCOME.replace("实际增长11%", "增长10.3%"))
    assert alarms(doc) == []
    assert checks(doc, "growth") == [("holds", ["预计4975元", "463元", "10.3%"])]
    _, doc = article(INCOME.replace("实际增长11%", "增长12%"))
    assert ("FC101", "warning") in alarms(doc)  # 预计: an estimate, a warning
    assert _named(doc, "12%", "warning")
    _, doc = article(INCOME.replace("预计达", "达").replace("实际增长11%", "增长12%"))
    assert ("FC101", "error") in alarms(doc)
    assert _named(doc, "12%")


# --- 3. the bare verb 跌 is a fall ----------------------------------------------------------------

# farm-prices-week34-2021-moa-lfygc lines 8 (vegetables) and 10 (fruits)
VEGETABLES = _line("smoke38", "farm-prices-week34-2021-moa-lfygc", 8)
FRUITS = _line("smoke38", "farm-prices-week34-2021-moa-lfygc", 10)


def _read(text: str) -> list[tuple[str, object, bool]]:
    return [(f.text, f.quantity.value, f.quantity.change) for f in figures_in_text(text)
            if f.quantity is not None]


def test_a_bare_die_is_read_as_a_fall() -> None:
    falls = [float(v) for t, v, c in _read(VEGETABLES) if c]
    assert falls == [-0.011, -0.071, -0.044, -0.039, -0.039, -0.037]  # 环比跌1.1%; 环比跌7.1%, 分别跌4.4%…
    falls = [float(v) for t, v, c in _read(FRUITS) if c]
    assert falls == [-0.043, -0.072, -0.068, -0.055, -0.02, -0.009]  # 环比跌4.3%; 分别跌7.2%…和0.9%


def test_words_that_end_in_die_keep_their_reading() -> None:
    assert [(float(v), c) for _, v, c in _read("股价暴跌30%")] == [(-0.3, True)]
    assert [(float(v), c) for _, v, c in _read("价格下跌2%")] == [(-0.02, True)]
    assert [(float(v), c) for _, v, c in _read("价格微跌0.1%")] == [(-0.001, True)]
    assert [(float(v), c) for _, v, c in _read("跌幅为3.9%")] == [(0.039, False)]  # a rate's name
    assert _read("指数跌破3000点") == []


def test_price_falls_after_qizhong_are_no_shares_of_the_count(article) -> None:
    for text in (VEGETABLES, FRUITS):
        _, doc = article(text)
        assert alarms(doc) == []
        assert checks(doc, "feasibility") == []


def test_a_share_of_the_count_after_qizhong_is_still_checked(article) -> None:
    """The look-alike: a percentage after 其中 with no change word before it is a share of the 13
    kinds (6 of 13 is 46.2%; no whole number of 13 gives 46.5%)."""
    text = VEGETABLES.replace("菠菜跌幅较大，环比跌7.1%", "菠菜、茄子等叶菜类占46.2%")
    _, doc = article(text)
    assert checks(doc, "feasibility") == [("holds", ["46.2%"])]
    _, doc = article(text.replace("46.2%", "46.5%"))
    assert ("FC701", "error") in alarms(doc)
    assert _named(doc, "46.5%")


# --- 4. «X中，» opens a sentence of X's parts ------------------------------------------------

# hk-retail-aug-2023-orientaldaily lines 1-4 (traditional script, read through OpenCC)
RETAIL = "".join(_line("smoke38", "hk-retail-aug-2023-orientaldaily", n) for n in (1, 2, 3, 4))
ONLINE = "今年8月零售業總銷貨價值中，網上銷售佔7.3%，臨時估計為24億元"


def test_a_part_after_the_whole_and_zhong_is_not_the_whole_again(article) -> None:
    assert ONLINE in RETAIL
    _, doc = article(RETAIL)
    assert alarms(doc) == []
    assert [w for _, w in checks(doc, "duplicate") if "24亿元" in w] == []


def test_the_total_stated_again_still_pairs(article) -> None:
    """The look-alike: line 4 naming the total itself (no 中, no part) is the lead's figure again."""
    again = "今年8月零售業總銷貨價值的臨時估計為{}億元"
    _, doc = article(RETAIL.replace(ONLINE, again.format(324)))
    assert alarms(doc) == []
    assert [v for v, w in checks(doc, "duplicate") if w == ["324亿元", "324亿元"]] == ["holds"]
    _, doc = article(RETAIL.replace(ONLINE, again.format(334)))
    assert ("FC901", "warning") in alarms(doc)
    assert _named(doc, "334亿元", "warning")


def test_the_round_articles_have_no_alarm(article) -> None:
    for round_, slug in (("smoke37", "health-communique-2012-nhfpc-chinagate"),
                         ("smoke37", "hunan-agriculture-2009-sina"),
                         ("smoke38", "farm-prices-week34-2021-moa-lfygc"),
                         ("smoke38", "hk-retail-aug-2023-orientaldaily")):
        _, doc = article(_whole_article(round_, slug))
        assert alarms(doc) == [], slug
