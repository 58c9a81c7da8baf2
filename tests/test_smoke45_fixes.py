"""The false alarms of smoke round 45, fixed at their causes, through `factcheck check ARTICLE`:
each real sentence without its alarm, other real sentences of the same form whose relations are
still found, and a mutated copy whose slip is still reported.

- figures/guards.py `quoted_count` (names.py `a_verb_of_the_count`): 实施西部大开发、办好“四件大事”:
  a quoted programme that a verb in the 、 run takes as its object counts nothing listed before it;
- discover/breakdown.py `_in_parallel`: a 其中 that opens a subgroup restating a few of the group's
  measures puts each part under the level of its own measure, not the last figure before 其中;
- discover/duplicate.py `_other_items`: a figure before a split into items (分行业看：\\n1、…) and a
  figure of an item are a whole and its part; two dashed items (——电子信息企业…, ——电工电器企业…)
  name their own sub-sectors;
- discover/share.py `_another_measure`: a bare 占比 after a level is no share of the same subject's
  other measure stated before it (工业税收…；工业研发投入4.82亿元，占比2%).
"""

from __future__ import annotations

from pathlib import Path

from helpers import alarms, checks_of, names_written

SMOKE = Path(__file__).resolve().parent / "data"


def line(directory: str, stem: str, *numbers: int) -> str:
    """Lines of a real article (1-based), joined as the article writes them."""
    lines = (SMOKE / directory / f"{stem}.txt").read_text(encoding="utf-8").splitlines()
    return "\n".join(lines[n - 1] for n in numbers) + "\n"


# --- 1. a quoted programme after a verb --------------------------------------------------------
CHONGQING = line("smoke45", "chongqing-gov-report-shiwu-shenghuoriji", 5)
# the same form: a run of actions whose last verb takes a quoted count as its object
YUPING = "全县扎实做好“六稳”工作、全面落实“六保”任务，脱贫攻坚战取得全面胜利。\n"
BENGBU = "聚焦“三地一区”两中心战略定位、建设“七个强市”奋斗目标，经济社会发展持续回升向好。\n"
# names listed before their quoted count (news-zhejiang-decade-2022)
ZHEJIANG = ("重点工作包括打造数字经济“一号工程”升级版，"
            "推进产业能级、创新模式、数字赋能、数据价值、普惠共享“五个跃升”等。\n")


def test_a_quoted_programme_a_verb_takes_counts_nothing(article) -> None:
    for text in (CHONGQING, YUPING, BENGBU):
        _, doc = article(text)
        assert checks_of(doc, "enumeration") == [], text
        assert alarms(doc) == [], text


def test_names_listed_before_a_quoted_count_still_counted(article) -> None:
    _, doc = article(ZHEJIANG)
    assert checks_of(doc, "enumeration") == [("holds", ["五项"])]
    code, doc = article(ZHEJIANG.replace("五个跃升", "四个跃升"))
    assert code == 1 and ("FC601", "error") in alarms(doc)
    assert names_written(doc, "四项")


# --- 2. a subgroup restating the group's measures -----------------------------------------------
TIANSHUI = line("smoke45", "tianshui-industry-apr-2014", 1)
AUTO = line("smoke14", "auto-output-may-2011-catarc", 4)
RAILWAY = line("smoke27", "railway-2024-nra-cqdsrb", 4, 5)


def test_each_part_under_its_own_measure(article) -> None:
    _, doc = article(TIANSHUI)
    found = checks_of(doc, "breakdown")
    for part, whole in (("26.41亿元", "31.87亿元"), ("26.81亿元", "43.68亿元"), ("1.7亿元", "2.27亿元")):
        assert any(v == "holds" and sorted(w) == sorted([part, whole]) for v, w in found), found
    assert not any("26.41亿元" in w and "2.27亿元" in w for _, w in found)
    assert ("FC301", "error") not in alarms(doc)


def test_the_same_form_pairs_by_measure(article) -> None:
    _, doc = article(AUTO)  # 销量119.47万辆…。其中，乘用车产量95.07万辆…；销量88.58万辆
    found = [sorted(w) for v, w in checks_of(doc, "breakdown") if v == "holds"]
    assert sorted(["88.58万辆", "119.47万辆"]) in found
    assert sorted(["95.07万辆", "119.47万辆"]) not in found
    _, doc = article(RAILWAY)  # 货运周转量3259.03亿吨公里…。其中，…3.54亿吨…；货运周转量2992.28亿吨公里
    found = [sorted(w) for v, w in checks_of(doc, "breakdown") if v == "holds"]
    assert sorted(["2992.28亿吨公里", "3259.03亿吨公里"]) in found or \
        any("2992.28" in " ".join(w) and "3259.03" in " ".join(w) for w in found), found
    assert alarms(doc) == []


def test_a_subgroups_part_larger_than_its_whole_is_reported(article) -> None:
    code, doc = article(TIANSHUI.replace("实现税金1.7亿元", "实现税金3.7亿元"))
    assert code == 1 and ("FC301", "error") in alarms(doc)
    assert names_written(doc, "3.7亿元")


# --- 3, 4. items of a split --------------------------------------------------------------------
TIANSHUI_ITEMS = line("smoke45", "tianshui-industry-apr-2014", 1, 2, 3, 4, 5, 6)


def test_items_are_parts_not_the_whole_restated(article) -> None:
    _, doc = article(TIANSHUI_ITEMS)
    assert alarms(doc) == []
    pairs = [sorted(w) for _, w in checks_of(doc, "duplicate")]
    assert sorted(["1.66亿元", "1.52亿元"]) not in pairs  # the group's and 装备制造行业's profits
    assert sorted(["41%", "39%"]) not in pairs  # 电子信息企业's and 电工电器企业's rates
    assert sorted(["7.91亿元", "7.91亿元"]) not in pairs  # 机械制造企业's and 电工电器企业's sales


def test_a_figure_restated_outside_the_items_still_pairs(article) -> None:
    again = TIANSHUI_ITEMS + "2014年4月，“10强50户”企业实现利润总额1.66亿元，同比增长14.5%。\n"
    _, doc = article(again)
    # (a level and its rate repeated word for word pair by their figures: a changed copy is no
    # longer the same statement, so this form has no mutated copy to report)
    assert any(v == "holds" and w.count("1.66亿元") == 2 for v, w in checks_of(doc, "duplicate"))


# --- 5. a bare 占比 of another measure ----------------------------------------------------------
YUGAN = line("smoke45", "yugan-industry-q1-2022-dydzrzs", 2)
HUIZHOU = ("今年上半年，惠州8家上市公司实现总营业收入610.27亿元，净利润总和为21.2亿元。"
           "其中，TCL集团一家独大，半年实现营收522亿元，占比达85.5%；德赛电池、亿纬锂能、胜宏科技分列二至四位。\n")
FISCAL = line("smoke39", "county-fiscal-may-2024-snxx", 9)  # 政府性基金预算支出…。主要是其他支出…，占比40%


def test_a_bare_share_is_no_share_of_another_measure(article) -> None:
    _, doc = article(YUGAN)
    assert [w for _, w in checks_of(doc, "share") if "4.82亿元" in w] == []
    assert alarms(doc) == []


def test_a_bare_share_of_its_measure_still_found(article) -> None:
    _, doc = article(HUIZHOU)
    assert ("holds", ["522亿元", "610.27亿元", "85.5%"]) in checks_of(doc, "share")
    _, doc = article(HUIZHOU.replace("占比达85.5%", "占比达75.5%"))
    assert ("FC201", "warning") in alarms(doc) or ("FC201", "error") in alarms(doc)
    assert names_written(doc, "75.5%", "warning") or names_written(doc, "75.5%")
    _, doc = article(FISCAL)  # each 支出 a share of the fund's 支出
    shares = [w for v, w in checks_of(doc, "share") if v == "holds"]
    assert ["5683万元", "14179万元", "40%"] in shares, shares
