"""Figure forms read this session: 近 before a span shorter than a year (近三个季度, 近两个月,
近7天内) names the recent span a statement covers — a period, as 近五年 always was — except after
a word of lasting (历时近3个月: nearly three months)."""

from fractions import Fraction

import pytest

from factcheck.figures import figures_in_text
from factcheck.interval import Interval


def _read(text: str) -> list[tuple[str, str, Interval | None]]:
    return [(f.written, f.kind, f.quantity.interval if f.quantity else None)
            for f in figures_in_text(text)]


def _exactly(n: int) -> Interval:
    return Interval(Fraction(n), Fraction(n))


@pytest.mark.parametrize("text, written, months", [
    # tests/data/smoke25/listed-companies-h1-2023-capco-3705.txt
    ("分季度看，近三个季度营收分别为19.02万亿元、17.09万亿元和18.5万亿元。", "三个季度", 9),
    # tests/data/smoke20/fund-issuance-mar-2022-tonghuashun-hnmdtv.txt
    ("业内人士表示，近两个月基金发行规模大幅降低与近期市场调整关系密切。", "两个月", 2),
    # tests/data/smoke9/employment-h1-2022-tushygear.txt
    ("从城镇调查失业率走势看，近两个月就业形势逐渐好转。", "两个月", 2),
    # tests/data/smoke14/fof-holdings-q2-2021-chinafund.txt: 近 after a noun is still "recent"
    ("还有部分二季度成立的基金近三个月时间净值涨超10%。", "三个月", 3),
    ("近3个月以来，销量持续回升。", "3个月", 3),
])
def test_recent_span_is_a_period(text, written, months):
    assert _read(text)[0] == (written, "period", _exactly(months))


def test_recent_days_are_a_period_and_the_count_after_stays():
    assert _read("近7天内新增病例12例。") == [
        ("7天", "period", _exactly(7)), ("12例", "level", _exactly(12))]


@pytest.mark.parametrize("text", ["工程历时近3个月完成。", "为期近两个月的整治行动结束。",
                                  "农民工被拖欠近3个月工资。", "行情持续了近三个月。"])
def test_nearly_after_a_word_of_lasting_stays_nearly(text):
    written, kind, interval = _read(text)[0]
    assert written.startswith("近") and kind == "level" and interval.hi_closed is False


def test_a_date_is_no_span():
    """3日前 is before the third of the month (日 stays a date)."""
    assert all(kind != "period" for _, kind, _ in _read("1月3日前完成申报。"))


@pytest.mark.parametrize("text, written, lo, hi", [
    # tests/data/smoke18/city-commercial-banks-2024-reportify.txt, line 9
    ("泸州银行净息差2.49%最高，长沙银行（2.11%）和南京银行（1.94%）分列二三位。", "二三位", 2, 3),
    # tests/data/smoke28/box-office-national-day-2024-baitongwang.txt, line 4
    ("上海以10236.5万元的票房占据城市票房榜榜首，北京和广州分列二三名。", "二三名", 2, 3),
    ("津西钢铁、新奥集团分列27位和46位。", "27位", 27, 27),
    ("津西钢铁、新奥集团分列27位和46位。", "46位", 46, 46),
    ("该市位列全国12名。", "12名", 12, 12),
])
def test_places_after_a_verb_of_place_are_ranks(text, written, lo, hi):
    assert (written, "rank", Interval(Fraction(lo), Fraction(hi))) in _read(text)


@pytest.mark.parametrize("text", ["共有12位专家参加评审。", "该市GDP排名上升12位。"])
def test_people_and_moves_of_place_stay_counts(text):
    assert all(kind != "rank" for _, kind, _ in _read(text))


def test_places_after_a_verb_of_place_count_no_names(article):
    """分列27位和46位 (a provincial paper's list of firms in a top 500): 27 places, not 27 names."""
    code, doc = article("河北省有24家企业入围，其中津西钢铁、新奥集团分列27位和46位。")
    assert code == 0 and not [f for f in doc["findings"] if f["severity"] != "info"]


@pytest.mark.parametrize("text, written, lo, hi", [
    # tests/data/smoke5/three-child-policy-housing-2021.txt, line 10: 未超过 is at most, not more than
    ("而出生率比较低的天津、哈尔滨，其房价涨幅均未超过25%。", "未超过25%", None, Fraction(1, 4)),
    ("物价涨幅没有超过3%。", "没有超过3%", None, Fraction(3, 100)),
])
def test_a_negated_more_than_is_at_most(text, written, lo, hi):
    assert _read(text)[-1] == (written, "level", Interval(lo, hi, False, True))


def test_not_reaching_is_under():
    assert _read("企业利润未达5亿元。") == [
        ("未达5亿元", "level", Interval(Fraction(0), Fraction(5 * 10**8), True, False))]


@pytest.mark.parametrize("text, written, lo, hi", [
    # tests/data/smoke15/jiyuan-economy-jan-aug-fgw.txt, line 8
    ("全市实现社会消费品零售总额75.1亿元，增长13.1%，居全省第4位，增速较上月放缓0.1个百分点。",
     "放缓0.1个百分点", Fraction(-3, 20), Fraction(-1, 20)),
    # tests/data/smoke21/industrial-profits-jan-oct-2018-feifmx.txt, line 1
    ("规模以上工业企业实现利润总额55211.8亿元，同比增长13.6%，增速比前9个月放缓1.1个百分点。",
     "放缓1.1个百分点", Fraction(-23, 20), Fraction(-21, 20)),
])
def test_slowing_by_points_is_a_fall(text, written, lo, hi):
    assert (written, "level", Interval(lo, hi)) in _read(text)


def test_slowing_to_a_rate_is_the_new_rate():
    assert _read("全市规上工业增加值增速放缓至5.2%。") == [
        ("5.2%", "level", Interval(Fraction(103, 2000), Fraction(21, 400)))]
