"""Relations the text's own words state, read as stated (a wrong figure is an error), in the words
of real texts, through `factcheck check ARTICLE --show-checks`: a paragraph that opens with 其中
right after its total's paragraph (discover/composition.py, discover/share.py), a part's 拉动 of
the one whole its words name (discover/contribution.py). Each form with the real text, the same
text with one figure changed (an error naming it), and a near miss that stays linked."""

from __future__ import annotations

import pytest
from helpers import check_dicts, error_findings, written_set


def errors_at(doc: dict, written: str) -> list[dict]:
    return [f for f in error_findings(doc) if any(c["written"] == written for c in f["claims"])]


# --- 其中 opening the paragraph right after the total's ------------------------------------------
# the dev article stat-shenzhen-2022h1 (界面新闻), its lines 7-9
SHENZHEN_H1 = ("根据广东省地区生产总值统一核算结果，深圳上半年GDP为1.5万亿元，同比增长{g}%，"
               "增速高于深圳今年第一季度的2%，也高于广东省同期的2%，全国的2.5%，在四大一线城市中排名第一，实现阶段性反超、领跑。\n\n"
               "其中，第一产业增加值为12.49亿元，同比下降2.4%；第二产业增加值为5366.97亿元，同比增长4.3%；第三"
               "产业增加值为9637.45亿元，同比增长2.3%。\n")


def test_industries_in_the_among_paragraph_after_the_gdp_are_stated(article) -> None:
    code, doc = article(SHENZHEN_H1.format(g="3"))
    found = [c for c in check_dicts(doc, "composition") if "1.5万亿元" in written_set(c)]
    assert found and all((c["how"], c["verdict"]) == ("stated", "holds") for c in found)
    assert code == 0


def test_a_changed_gdp_growth_is_an_error_at_it(article) -> None:
    # 8% is beyond the fastest part's 4.3%
    _code, doc = article(SHENZHEN_H1.format(g="8"))
    assert errors_at(doc, "8%")


def test_a_paragraph_between_leaves_the_among_paragraph_linked(article) -> None:
    """Near miss: another paragraph between the total and the 其中 — which total it means is the
    reader's guess."""
    text = SHENZHEN_H1.replace("\n\n其中", "\n\n王振表示，深圳经济呈现工业好于服务业的态势。\n\n其中")
    _code, doc = article(text.format(g="3"))
    assert all(c["how"] == "linked" for c in check_dicts(doc, "composition")
               if "1.5万亿元" in written_set(c))


# --- a share list that 其中 opens after the paragraph announcing it -----------------------------
# the dev article news-shenzhen-gov-report-2022 (新浪财经), its lines 37-47
SHENZHEN = ("根据报告，深圳2022年重大项目计划共安排项目883个，总投资35674.8亿元，同比增长26.2%，年度计划完成"
            "2241.3亿元，同比增长6.3%。其中，计划新开工项目98个，续建项目539个，前期项目246个。\n\n"
            "根据工作部署，{intro}重点安排于现代产业、基础设施、民生改善三大领域：\n\n"
            "其中，现代产业类项目250个，个数占比28.3%，总投资10373.3亿元，投资占比{a}%。\n\n"
            "基础设施类项目276个，个数占比31.3%，总投资15491.9亿元，投资占比43.4%。\n\n"
            "民生改善类项目357个，个数占比40.4%，总投资9809.6亿元，投资占比27.5%。\n")


def test_an_investment_share_of_the_list_is_stated_and_a_changed_one_an_error(article) -> None:
    _code, doc = article(SHENZHEN.format(intro="2022年重大项目计划", a="29.1"))
    wanted = {"10373.3亿元", "35674.8亿元", "29.1%"}
    share = [c for c in check_dicts(doc, "share") if written_set(c) == wanted]
    assert [c["how"] for c in share] == ["stated"]
    _code, doc = article(SHENZHEN.format(intro="2022年重大项目计划", a="20.1"))
    assert errors_at(doc, "20.1%")


def test_an_announcement_of_another_subject_leaves_the_shares_linked(article) -> None:
    """Near miss: the paragraph before the 其中 names no subject of the total's sentence."""
    _code, doc = article(SHENZHEN.format(intro="市政府投资", a="29.1"))
    assert all(c["how"] == "linked" for c in check_dicts(doc, "share"))


# --- a part's 拉动 of the one whole its words name -----------------------------------------------
# the dev article news-jiangsu-trade-2021m1-8 (21世纪经济报道), its lines 5, 23 and 25
JIANGSU = ("据南京海关9月17日通报，1-8月江苏省外贸进出口值32878.4亿元，同增17.1%，占中国进出口总值的13.3%。"
           "其中，出口20310.4亿元，增长18.6%；进口12568亿元，增长14.7%。\n\n"
           "1-8月，江苏省出口机电产品13380.2亿元，增长18.1%，占出口总值的（下同）65.9%，拉动出口增长{m}个百分点。\n\n"
           "同期，江苏出口劳动密集型产品3234.4亿元，增长8.7%，占出口总值的15.9%，拉动出口增长{labour}个百分点。\n")


def contributions(doc: dict) -> list[tuple[str, str]]:
    return sorted((c["how"], c["verdict"]) for c in check_dicts(doc, "contribution"))


def test_pulls_of_the_exports_are_stated(article) -> None:
    # (13380.2 − 13380.2 / 1.181) / (20310.4 / 1.186) = 11.97; (3234.4 − 3234.4 / 1.087) / … = 1.51
    code, doc = article(JIANGSU.format(m="12", labour="1.5"))
    assert contributions(doc) == [("stated", "holds"), ("stated", "holds")]
    assert code == 0


@pytest.mark.parametrize(("m", "labour", "changed"), [("15", "1.5", "15个百分点"),
                                                     ("12", "1.8", "1.8个百分点")])
def test_a_changed_pull_is_an_error_at_it(article, m, labour, changed) -> None:
    _code, doc = article(JIANGSU.format(m=m, labour=labour))
    assert [f["code"] for f in errors_at(doc, changed)] == ["FC122"]


def test_two_levels_of_the_whole_leave_the_pull_linked(article) -> None:
    """Near miss: the country's exports of the same months stated too — 拉动出口 may mean either."""
    text = JIANGSU.replace("\n\n1-8月，江苏省", "1-8月，全国出口15.5万亿元，增长23.2%。\n\n1-8月，江苏省")
    _code, doc = article(text.format(m="12", labour="1.5"))
    assert {how for how, _ in contributions(doc)} <= {"linked"}
