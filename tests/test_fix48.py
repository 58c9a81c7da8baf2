"""The false alarms of smoke47 left open (tests/data/smoke47/review.yaml), each fixed at its rule: on the
real sentence, on a real look-alike whose relation must still be found, and on a copy with a figure
changed that must still be reported."""

from __future__ import annotations

from pathlib import Path

from helpers import alarms
from helpers import checks_of as checks

DATA = Path(__file__).resolve().parent / "data"


def _lines(path: str, *numbers: int) -> str:
    lines = (DATA / path).read_text(encoding="utf-8").split("\n")
    return "".join(lines[n - 1] + "\n" for n in numbers)


def _duplicates(doc: dict) -> list[tuple[str, list[str]]]:
    return checks(doc, "duplicate")


# --- a group counted before a measure: the measure is that group's (duplicate.py: _group_count) ---------

# qinghai-graduates-2015-578011 (smoke47), lines 1-4: each group's 初次就業率 after its count
QINGHAI = _lines("smoke47/qinghai-graduates-2015-578011.txt", 1, 2, 3, 4)


def test_rates_of_groups_counted_before_them_are_not_one_figure(article) -> None:
    """畢業專科（高職）生6059人，初次就業率為94.87%，比上年提高0.38個百分點 and 少數民族畢業生6875人，
    初次就業率為92.52%，比上年提高2.38個百分點 (two groups); the overall
    92.17% of all 14910 and those of 研究生, 漢族 and 青海省籍 graduates."""
    code, doc = article(QINGHAI)
    assert code == 0 and alarms(doc) == []
    assert _duplicates(doc) == []


def test_the_overall_rate_stated_again_with_its_count_is_still_paired(article) -> None:
    """The same 14910 graduates counted again before the rate: one group, one figure; a changed rate
    is reported."""
    again = "全省普通高校畢業生共計14910人，初次就業率為{rate}%。\n"
    code, doc = article(QINGHAI + again.format(rate="92.17"))
    assert code == 0 and alarms(doc) == []
    assert ("holds", ["14910人", "92.17%", "14910人", "92.17%"]) in _duplicates(doc)
    code, doc = article(QINGHAI + again.format(rate="92.71"))
    assert alarms(doc) == [("FC901", "warning")]
    assert any(c["written"] == "92.71%" for f in doc["findings"] for c in f["claims"])


# gansu-investment-jan-sep-2024-sina (smoke44), lines 2-4: 全省签约招商引资项目3989个，签约金额… twice
GANSU = _lines("smoke44/gansu-investment-jan-sep-2024-sina.txt", 1, 2, 3, 4)


def test_a_measure_of_one_group_counted_alike_twice_is_still_paired(article) -> None:
    code, doc = article(GANSU)
    assert code == 0 and alarms(doc) == []
    assert any(v == "holds" and w.count("9433.27亿元") >= 2 for v, w in _duplicates(doc))
    changed = GANSU.replace("项目3989个，签约金额9433.27亿元，同比增长29.84%，其中",
                            "项目3989个，签约金额9443.27亿元，同比增长29.84%，其中")
    assert changed != GANSU
    _, doc = article(changed)
    assert ("FC901", "warning") in alarms(doc)
    assert any(c["written"] == "9443.27亿元" for f in doc["findings"] for c in f["claims"])


# --- a place alone on a heading line is the place of the lines under it (subjects.py: _heading_place) ---

# shiyan-school-places-shiyan (smoke47): 茅箭区 (line 9) … 新增义务教育学位2900个 (line 14); 郧西县 (line 24)
# … 新增义务教育学位3000个，高中学位500个 (line 28)
SHIYAN = (DATA / "smoke47/shiyan-school-places-shiyan.txt").read_text(encoding="utf-8")


def test_totals_under_two_place_headings_are_not_one_figure(article) -> None:
    code, doc = article(SHIYAN)
    assert code == 0 and alarms(doc) == []
    assert not any("2900个" in w or "1所" in w for _, w in _duplicates(doc))


def test_a_figure_stated_twice_under_one_place_heading_is_still_paired(article) -> None:
    """郧西县: 增加高中学位500个 (line 25) and 高中学位500个 (line 28), one district's."""
    _, doc = article(SHIYAN)
    assert ("holds", ["500个", "500个"]) in _duplicates(doc)
    changed = SHIYAN.replace("学位3000个，高中学位500个。", "学位3000个，高中学位600个。")
    assert changed != SHIYAN
    _, doc = article(changed)
    assert alarms(doc) == [("FC901", "warning")]
    assert [w for v, w in _duplicates(doc) if v != "holds"] == [["500个", "600个"]]


def test_a_heading_that_is_no_place_carries_no_place(article) -> None:
    """具体情况 heads the lines but names no place: the same label under it and in the lead is one
    figure still (a changed copy is reported)."""
    text = "今年秋季开学\n全市新增义务教育学位15700个。\n具体情况\n新建学校6所，新增义务教育学位15800个。\n"
    _, doc = article(text)
    assert ("FC901", "warning") in alarms(doc)


# --- a part counted by 个 names the whole's thing (breakdown.py: _another_thing) ---------------------------

# xiamen-education-projects-tianxuanhaowu (smoke47), line 2
XIAMEN = _lines("smoke47/xiamen-education-projects-tianxuanhaowu.txt", 1, 2)


def test_places_are_no_part_of_a_count_of_projects(article) -> None:
    code, doc = article(XIAMEN)
    assert code == 0 and alarms(doc) == []
    parts = checks(doc, "breakdown")
    assert ("holds", ["20个", "超过110个"]) in parts
    assert not any("约2万个" in w or "2万个" in w for _, w in parts)


# lishui-education-projects-2017-gxsxu (smoke47), line 2: 教育项目共计108个…其中有12个项目被列为…
LISHUI = _lines("smoke47/lishui-education-projects-2017-gxsxu.txt", 1, 2)


def test_projects_among_projects_are_still_parts(article) -> None:
    code, doc = article(LISHUI)
    assert code == 0 and ("holds", ["12个", "108个"]) in checks(doc, "breakdown")
    _, doc = article(LISHUI.replace("其中有12个项目", "其中有128个项目"))
    assert [w for v, w in checks(doc, "breakdown") if v != "holds"] == [["128个", "108个"]]
    assert any(code == "FC301" for code, _ in alarms(doc))


# --- older OPEN entries ---------------------------------------------------------------------------------

# social-security-2021-mcurtmis (smoke10), lines 2 and 3: 基金支出 after the level of its fund
# (subjects.py: _owner_before)
PENSIONS = _lines("smoke10/social-security-2021-mcurtmis.txt", 1, 2, 3)


def test_a_measure_named_by_the_funds_last_word_is_that_funds(article) -> None:
    code, doc = article(PENSIONS)
    assert code == 0 and alarms(doc) == []
    assert not any("60197亿元" in w and "56481亿元" in w for _, w in _duplicates(doc))


def test_the_funds_expenditure_named_in_full_is_the_same_figure(article) -> None:
    again = "2021年全国基本养老保险基金支出{level}亿元。\n"
    _, doc = article(PENSIONS + again.format(level="60197"))
    assert ("holds", ["60197亿元", "60197亿元"]) in _duplicates(doc)
    _, doc = article(PENSIONS + again.format(level="61097"))
    assert alarms(doc) == [("FC901", "warning")]
    assert [w for v, w in _duplicates(doc) if v != "holds"] == [["60197亿元", "61097亿元"]]


# trade-jan-feb-2010-fujian-dechunwater (smoke10), line 3: 占同期福建省外贸总值的53% and 占同期全省外贸总值的
# 22.8%, the shares of 厦门 and 福州 (subjects.py: _RANKED_IN over 同期)
FUJIAN = _lines("smoke10/trade-jan-feb-2010-fujian-dechunwater.txt", 1, 2, 3)


def test_the_place_of_the_whole_is_not_the_shares(article) -> None:
    code, doc = article(FUJIAN)
    assert code == 0 and alarms(doc) == []
    assert not any("53%" in w and "22.8%" in w for _, w in _duplicates(doc))


def test_one_citys_share_stated_again_is_still_paired(article) -> None:
    again = "今年1-2月，厦门市进出口占同期福建省外贸总值的{share}%。\n"
    _, doc = article(FUJIAN + again.format(share="53"))
    assert ("holds", ["53%", "53%"]) in _duplicates(doc)
    _, doc = article(FUJIAN + again.format(share="35"))
    assert ("FC901", "warning") in alarms(doc)
    assert [w for v, w in _duplicates(doc) if v != "holds"] == [["53%", "35%"]]


# ipo-feb-2022-beyondjcurve-36kr (smoke18), lines 9 and 11: 共计21家中国企业在A股、港股以及美股…；…环比
# 下降78.77% and 共计17家中国企业在沪深和北交所三市…；…环比下降80.57% (duplicate.py: _group_count over the ；)
IPO = (DATA / "smoke18/ipo-feb-2022-beyondjcurve-36kr.txt").read_text(encoding="utf-8")


def test_measures_of_two_groups_counted_before_a_semicolon_are_not_one(article) -> None:
    code, doc = article(IPO)
    assert code == 0 and alarms(doc) == []
    assert not any("环比下降78.77%" in w and "环比下降80.57%" in w for _, w in _duplicates(doc))


# tcl-tech-q3-2025-reportify (smoke18), lines 20 and 25: - TCL华星车载显示出货面积…，市场份额提升3个百分点
# and - 茂佳科技显示器代工出货量…，市场份额提升1.4个百分点: 市场份额 is of the sentence's subject
# (subjects.py: _RELATION)
TCL = (DATA / "smoke18/tcl-tech-q3-2025-reportify.txt").read_text(encoding="utf-8")


def test_market_shares_of_two_makers_are_not_one_figure(article) -> None:
    code, doc = article(TCL)
    assert code == 0 and alarms(doc) == []
    assert not any("3个百分点" in w and "1.4个百分点" in w for _, w in _duplicates(doc))


# smartphones-china-q1-2024-techinsights-chinaz (smoke35), lines 1, 4, 5: 荣耀…市场份额为16.7% and 华为…
# 市场份额达到16.6% are two makers' shares; one maker's stated again is still one figure
PHONES = _lines("smoke35/smartphones-china-q1-2024-techinsights-chinaz.txt", 1, 4, 5)


def test_one_makers_market_share_stated_again_is_still_paired(article) -> None:
    _, doc = article(PHONES)
    assert alarms(doc) == [] and not any("16.6%" in w for _, w in _duplicates(doc))
    again = "报告指出，荣耀出货量为 1060 万台，市场份额为 {share}%。\n"
    _, doc = article(PHONES + again.format(share="16.7"))
    assert alarms(doc) == [] and any(v == "holds" and "16.7%" in w for v, w in _duplicates(doc))
    _, doc = article(PHONES + again.format(share="17.6"))
    assert alarms(doc) == [("FC901", "warning")]
    assert any(v != "holds" and "17.6%" in w for v, w in _duplicates(doc))
