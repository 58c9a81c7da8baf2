"""No false alarm of the forty-sixth round of unseen articles (tests/data/smoke46, review.yaml): each
rule that raised one, on the real sentence, on other real ones of its form where a relation is
still found, and on a copy with a figure changed where the form still allows a check."""

from __future__ import annotations

from helpers import alarms
from helpers import checks_of as checks

# --- a share's whole is never the part restated, nor a level named as the part ---------------------

# phones-mar-2020-jhjtsy (信通院, March 2020), lines 1, 2 and 4: 同期手機出貨量 is the 總體出貨量 of
# line 2, not the 智能手機出貨量 of line 1 restated on line 4
PHONES_MAR_2020 = (
    "4月13日晚間消息，中國信通院數據顯示，2020年3月，智能手機出貨量{first}萬部，同比下降21.9%，"
    "其中5G手機621.5萬部；2020年1-3月，智能手機出貨量4773.6萬部，同比下降34.7%。\n"
    "國內手機市場總體出貨量。2020年3月，國內手機市場總體出貨量2175.6萬部，同比下降23.3%，"
    "其中2G手機69.8萬部、4G手機1484.4萬部、5G手機621.5萬部。2020年1-3月，國內手機市場總體出貨量"
    "4895.3萬部，同比下降36.4%，其中2G手機108.6萬部、4G手機3380.7萬部，5G手機1406.0萬部。\n"
    "智能手機出貨量。2020年3月，智能手機出貨量2102.9萬部，同比下降21.9%，占同期手機出貨量的96.7%，"
    "其中Android手機在智能手機中占比87.9%。2020年1-3月，智能手機出貨量4773.6萬部，同比下降34.7%，"
    "占同期手機出貨量的97.5%，其中Android手機在智能手機中占比88.8%。\n")


def test_a_share_is_not_of_the_part_restated(article) -> None:
    code, doc = article(PHONES_MAR_2020.format(first="2102.9"))
    assert code == 0 and alarms(doc) == []
    assert not any("96.7%" in w or "97.5%" in w for _, w in checks(doc, "share"))


def test_a_level_named_as_the_part_is_no_whole_of_its_kind(article) -> None:
    """Line 1's 2102.9 changed: a level named 智能手機出貨量 is still no whole of 手機出貨量."""
    _, doc = article(PHONES_MAR_2020.format(first="2112.9"))
    assert not any(code == "FC201" for code, _ in alarms(doc))
    assert not any("96.7%" in w for _, w in checks(doc, "share"))


# phones-q1-2025-caict, line 5 (the whole, all handsets, is not in the article)
PHONES_Q1_2025 = (
    "中国智能手机市场在近三年来一直持续走低，信通院数据显示，2025年3月，智能手机出货量2143.0万部，同比增长6.0%。"
    "2025年1~3月，智能手机出货量6454.2万部，同比增长1.2%。\n"
    "目前手机市场基本由智能手机主导，2025年1~3月，智能手机出货量6454.2万部，同比增长1.2%，占同期手机出货量的92.6%。\n")


def test_a_share_of_a_whole_not_given_is_not_checked(article) -> None:
    code, doc = article(PHONES_Q1_2025)
    assert code == 0 and alarms(doc) == []
    assert checks(doc, "share") == []


# phone-shipments-nov-2022-caict-ccschy (smoke20) lines 1 and 7, phones-may-2023-caict-qudong (smoke27)
# lines 2 and 7: 占同期手机出货量的 of 国内市场手机出货量, a name the part's does not restate: still found
NOV_2022 = (
    "2022年11月，国内市场手机出货量2323.8万部，同比下降34.1%，其中，5G手机1792.0万部，同比下降38.1%，"
    "占同期手机出货量的77.1%。\n"
    "国内智能手机发展情况方面，2022年11月，智能手机出货量2221.8万部，同比下降36.2%，占同期手机出货量的{share}%。\n")
MAY_2023 = (
    "6月26日，信通院公布的最新数据显示，2023年5月，国内市场手机出货量2603.7万部，同比增长25.2%，其中，"
    "5G手机2016.9万部，同比增长13.7%，占同期手机出货量的77.5%。\n"
    "就国内智能手机发展情况来看，2023年5月，智能手机出货量2519.6万部，同比增长22.6%，占同期手机出货量的96.8%。\n")


def test_the_share_of_all_handsets_is_still_found(article) -> None:
    code, doc = article(NOV_2022.format(share="95.6"))
    assert code == 0 and ("holds", ["2221.8万部", "2323.8万部", "95.6%"]) in checks(doc, "share")
    code, doc = article(MAY_2023)
    assert code == 0 and ("holds", ["2519.6万部", "2603.7万部", "96.8%"]) in checks(doc, "share")


def test_the_share_of_all_handsets_changed_still_fails(article) -> None:
    _, doc = article(NOV_2022.format(share="90.6"))
    assert ("FC201", "warning") in alarms(doc)
    assert any(c["written"] == "90.6%" for f in doc["findings"] for c in f["claims"])


# --- a share's whole in its sentence is a total of the part's own measure ---------------------------

# listed-banks-h1-2025-reportify, lines 4 and 5 (list items with no end mark: read as one sentence)
BANKS = ("营收与净利润表现\n"
         "42家A股上市银行营收合计2.92万亿元 同比增长1% 归母净利润1.1万亿元 同比增长0.8%\n"
         "六大行营收{revenue}万亿元 {profit}占整体市场超六成 工商银行以4090.82亿元营收居首 同比增长1.8%\n")


def test_a_share_of_profit_is_not_of_the_revenue_total(article) -> None:
    code, doc = article(BANKS.format(revenue="1.81", profit="净利润6825.24亿元 "))
    assert code == 0 and alarms(doc) == []
    assert not any("2.92万亿元" in w for _, w in checks(doc, "share"))


def test_a_share_of_revenue_is_still_of_the_revenue_total(article) -> None:
    code, doc = article(BANKS.format(revenue="1.81", profit=""))
    assert code == 0 and ("holds", ["1.81万亿元", "2.92万亿元", "超六成"]) in checks(doc, "share")
    code, doc = article(BANKS.format(revenue="1.51", profit=""))
    assert code == 1 and ("FC201", "error") in alarms(doc)
    assert any(c["written"] == "1.51万亿元" for f in doc["findings"] for c in f["claims"])


# three-child-policy-housing-2021 (smoke5), line 9: a total with no measure named still the whole
GERMANY = ("从西方国家来看，联邦统计局数据显示，2020年德国共约77万名新生儿出生，其中一孩36万人，二孩27万人，"
           "三孩约14万人，约占新生人口的{share}%。\n")


def test_a_sentence_total_with_no_measure_named_is_still_the_whole(article) -> None:
    _, doc = article(GERMANY.format(share="18"))
    assert ("holds", ["约14万人", "约77万名", "约18%"]) in checks(doc, "share")
    _, doc = article(GERMANY.format(share="28"))
    assert ("fails", ["约14万人", "约77万名", "约28%"]) in checks(doc, "share")


# --- two makers' shares are not one figure -----------------------------------------------------------

# phones-q2-output-humfrey (TechWeb), lines 1, 4 and 6
MAKERS = (
    "【TechWeb】9月15日消息，據外媒報道，有市場研究機構發布的報告顯示，今年二季度全球智能手機的產量同比環比"
    "雙雙增加，達到了3億部，同比增長4.8%，環比增長4%。\n"
    "小米以4200萬部的產量排在第3，略高于上一季度，環比增長1%，所占的份額為14%。\n"
    "{maker}的產量，也高于上一季度，達到了2600萬部，環比增長8%，所占的份額為{share}%。（海藍）\n")


def test_two_makers_shares_are_not_one_figure(article) -> None:
    code, doc = article(MAKERS.format(maker="國內另一廠商vivo", share="9"))
    assert code == 0 and alarms(doc) == []
    assert checks(doc, "duplicate") == []


def test_one_makers_share_stated_twice_still_pairs(article) -> None:
    """The same maker opening both sentences: one figure, and 9% against 14% fails."""
    _, doc = article(MAKERS.format(maker="小米", share="9"))
    assert ("FC901", "warning") in alarms(doc)
    _, doc = article(MAKERS.format(maker="小米", share="14"))
    assert ("holds", ["14%", "14%"]) in checks(doc, "duplicate")
