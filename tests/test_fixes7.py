"""Session 8, fixes7: differences read in linear time; one registry of words that are no names;
预期 in a measure's name (预期寿命) is no projection; an age band in a measure's name (3岁以下婴幼儿
托位数) is no figure; and the differences and multiples the text states in general forms. Each form
on real sentences (their source in the comments), the same sentence with one figure changed (the
error names that figure), and near misses that must not pair."""

from __future__ import annotations

import time

import pytest

# --- difference: linear in the length of a paragraph ---------------------------------------------


def _cpu_seconds_of_differences(sentences: list[str]) -> float:
    from factcheck.article import article_from_text
    from factcheck.discover import difference
    from factcheck.discover.claims import build_draft
    from factcheck.discover.scope import Scope

    scope = Scope(build_draft(article_from_text("标题\n\n" + "。".join(sentences) + "。\n")))
    start = time.process_time()
    found = difference.find(scope)
    seconds = time.process_time() - start
    assert len(found) >= len(sentences) - 7
    return seconds


def _gaps_and_changes(n: int) -> list[str]:
    """One paragraph of n sentences, each a gap to another city or a change from the year before."""
    cities = "南京 苏州 无锡 常州 徐州 南通 扬州".split()
    gap = "{}地区生产总值为{}.5亿元，这一数据高出{}{}.2亿元"
    change = "{}财政收入{}.5亿元，比上年的{}.5亿元增加1000亿元"
    return [gap.format(cities[k % 7], k + 1000, cities[(k + 1) % 7], k % 50 + 1) if k % 2
            else change.format(cities[k % 7], k + 2000, k + 1000) for k in range(n)]


def test_differences_are_found_in_time_linear_in_a_paragraph():
    """600 gap sentences in one paragraph took 18 s when each gap looked at every level before it
    (and read the whole paragraph before each for its period): twice the sentences now take about
    twice the time, not four times (CPU time, the best of two runs, so a loaded machine does not
    decide)."""
    small, large = (min(_cpu_seconds_of_differences(_gaps_and_changes(n)) for _ in range(2))
                    for n in (400, 800))
    assert large < 3 * small + 0.05, (small, large)


# --- one registry of what is no name (figures/names.not_a_name) ----------------------------------


def test_every_module_asks_the_one_registry_what_is_no_name():
    """The lists of clause words figures/names.py and discover/enumeration.py kept apart are
    merged into names.not_a_name: no module keeps its own."""
    from pathlib import Path

    src = Path(__file__).resolve().parents[1] / "src" / "factcheck"
    assert [p.name for p in src.rglob("*.py") if "_NOT_A_NAME" in p.read_text(encoding="utf-8")] == []


def _names(text: str) -> dict[str, list[str] | None]:
    from factcheck.figures import figures_in_text

    return {f.written: f.names for f in figures_in_text(text)}


@pytest.mark.parametrize(("text", "count", "names"), [
    # a 和 inside a name is no conjunction (呼和浩特), 由 inside 自由 no clause word
    ("呼和浩特、包头、鄂尔多斯三市", "三市", ["呼和浩特", "包头", "鄂尔多斯"]),
    ("上海自贸区、海南自由贸易港两地", "两地", ["上海自贸区", "海南自由贸易港"]),
])
def test_names_that_hold_a_clause_word_inside_a_word(text, count, names):
    assert _names(text)[count] == names


@pytest.mark.parametrize(("text", "count"), [
    ("珠海、惠州的IPO企业数量也由1家增至2家。", "1家"),
    ("北京、上海分别占3家。", "3家"),
    ("一季度、二季度均为2家。", "2家"),
])
def test_items_that_are_clauses_name_nothing(text, count):
    assert _names(text)[count] is None


def test_an_enumeration_of_names_with_a_direction_word_inside_them(article):
    """news-kaoyan-2021 (dev): 就业导向、升学导向以及混合导向三种情形 — 向 of 导向 is no clause word
    (it was in one of the two lists, not in the other)."""
    text = "当前本科教育存在就业导向、升学导向以及混合导向{n}情形。\n"
    code, doc = article(text.format(n="三种"))
    [check] = [c for c in doc["checks"] if c["kind"] == "enumeration"]
    assert check["verdict"] == "holds" and code == 0
    code, doc = article(text.format(n="四种"))
    assert any(f["severity"] == "error" for f in doc["findings"]) and code == 1


# --- 预期 in a measure's name: 人均预期寿命 is measured, not projected -----------------------------


def _read(text: str) -> list[tuple[str, bool]]:
    from factcheck.figures import figures_in_text

    return [(f.written, f.estimate) for f in figures_in_text(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # 人民日报 via http://www.shadafang.com/a/tt/0523309C2019.html (2018年卫生健康事业发展统计公报)
    ("我国居民人均预期寿命由2017年的76.7岁提高到2018年的77.0岁",
     [("76.7岁", False), ("77.0岁", False)]),
    # 新华社 via http://ahscb.com/html/2012-08/10/content_97206.htm (六普)
    ("2010年我国人口平均预期寿命达到74.83岁，比10年前提高了3.43岁",
     [("74.83岁", False), ("10年", False), ("3.43岁", False)]),
    # HDI: 预期受教育年限 (http://paydaywaterfall.com/renwu/20201016/558192.html)
    ("健康预期寿命为68.7岁", [("68.7岁", False)]),
    # 京华时报 via http://jingji.cntv.cn/20120816/100586.shtml: a surveyed yield, week by week
    ("人民币理财产品平均预期收益率为4.40%，较上周下降0.02个百分点",
     [("4.40%", False), ("下降0.02个百分点", False)]),
    # 融360 via http://huawenzs.com/jr/1707/111654.html
    ("平均预期年化收益率为4.39%，较上周微幅下降0.01个百分点",
     [("4.39%", False), ("下降0.01个百分点", False)]),
    # a projection stays one
    ("预期经济增长6%左右", [("预期6%左右", True)]),
    ("预期全年收益5亿元", [("预期5亿元", True)]),
])
def test_yuqi_in_a_measure_name_is_no_projection(text, expected):
    assert _read(text) == expected


def test_a_wrong_change_of_life_expectancy_is_an_error_not_a_warning(article):
    """A measured life expectancy: 78.2 − 77.9 is not 0.5, an error (a projection's would be a
    warning)."""
    text = "全市人均预期寿命达到78.2岁，比上年的77.9岁提高{d}岁。\n"
    code, doc = article(text.format(d="0.3"))
    assert code == 0 and not [f for f in doc["findings"] if f["severity"] in ("error", "warning")]
    code, doc = article(text.format(d="0.5"))
    assert code == 1 and [f["severity"] for f in doc["findings"] if f["code"] == "FC801"] == ["error"]


# --- an age band in a group's name is no figure -------------------------------------------------


@pytest.mark.parametrize(("text", "figures"), [
    # 澎湃新闻 via http://nqhzrxhii9.gl-nl.com (央视网): the measure's name holds the band
    ("截至2021年底，我国每千人口拥有3岁以下婴幼儿托位数为2.03个，距离“十四五”期末4.5个的目标尚存很大差距。",
     ["2.03个", "4.5个"]),
    # https://www.masys.gov.cn/xxgk/openness/detail/content/629479f4886688d64a8b4590.html
    ("我区现有提供托育服务机构12家，可提供3岁以下婴幼儿托位446个。", ["12家", "446个"]),
    # 第七次全国人口普查公报（第五号）, https://view.inews.qq.com/a/FIN2021051100225000: the group's
    # count and share are the figures
    ("60岁及以上人口为264018766人，占18.70%，其中65岁及以上人口为190635280人，占13.50%。",
     ["264018766人", "18.70%", "190635280人", "13.50%"]),
    ("60岁及以上人口的比重上升5.44个百分点", ["5.44个百分点"]),
    # 2015年1%人口抽样调查, http://qcdy.com/html/news/jdnews/201604/79216.html
    ("我国60岁及以上人口为22182万人，占16.15%", ["22182万人", "16.15%"]),
    # an age stated of someone stays a figure
    ("参保人员年龄在60岁以上", ["60岁以上"]),
    ("年满18岁以上的公民", ["18岁以上"]),
    ("一名18岁男子", ["18岁"]),
])
def test_an_age_band_that_names_a_group_is_no_figure(text, figures):
    from factcheck.figures import figures_in_text

    assert [f.written for f in figures_in_text(text)] == figures
