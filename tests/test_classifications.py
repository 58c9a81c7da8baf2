"""A list found in an article whose parts exceed their total but fall, in their order of writing,
into groups that each add up to it is two classifications of one total (by collecting office and
by kind of revenue; by budget and by fund): each group is checked as a breakdown of its own. A
breakdown written in a fact file is checked as written."""

from __future__ import annotations

from helpers import alarms, check_dicts, check_text, run_check, write

# 黄平县 2022 budget execution (tests/data/smoke7/huangping-county-budget-2022.txt, line 6)
TWO_LEADS = ("全县地方一般公共预算收入完成28,583万元。从征收部门来看：税务部门完成13,866万元；财政部门完成"
             "14,717万元。从收入分类来看，税收收入完成11,136万元；非税收入完成17,447万元。\n")
ONE_LIST = ("全年财政总收入33411亿元，其中，一般公共预算收入16103亿元、政府性基金收入17308亿元、"
            "税收收入14800亿元、非税收入18611亿元。\n")


def test_two_classifications_are_checked_each(tmp_path, capsys) -> None:
    for text in (TWO_LEADS, ONE_LIST):
        doc = check_text(tmp_path, capsys, text)
        assert alarms(doc) == []
        groups = [c for c in check_dicts(doc, "breakdown")]
        assert [c["verdict"] for c in groups] == ["holds", "holds"], text


def test_a_wrong_figure_in_one_classification_names_it(tmp_path, capsys) -> None:
    doc = check_text(tmp_path, capsys, ONE_LIST.replace("18611亿元", "18911亿元"))
    errors = [f for f in doc["findings"] if f["severity"] == "error"]
    assert [f["code"] for f in errors] == ["FC301"]
    assert "18911亿元" in errors[0]["message"]


def test_parts_that_exceed_without_adding_up_in_groups_stay_one_list(tmp_path, capsys) -> None:
    doc = check_text(tmp_path, capsys, "优质项目27个，其中重大产业项目5个、产业项目19个、服务项目6个。\n")
    assert alarms(doc) == [("FC301", "error")]


def test_a_fact_file_breakdown_is_checked_as_written(tmp_path, capsys) -> None:
    path = write(tmp_path, """
        factcheck: 1
        claims:
          revenue: {value: 28583万元}
          tax_office: {value: 13866万元}
          finance_office: {value: 14717万元}
          tax: {value: 11136万元}
          non_tax: {value: 17447万元}
        checks:
          - {breakdown: revenue, parts: [tax_office, finance_office, tax, non_tax]}
        """, "f.yaml")
    assert [(f["code"], f["severity"]) for f in run_check([path], capsys).doc["findings"]] == [
        ("FC301", "error")]


# 每日经济新闻 2018-09-08, http://m.nbd.com.cn/articles/2018-09-08/1253197.html: the balance of the
# parts (顺差) ends the list of parts
TRADE = ("今年前8个月，我国货物贸易进出口总值人民币19.43万亿元，比去年同期（下同）增长9.1%。其中，出口为"
         "10.34万亿元，增长5.4%；进口9.09万亿元，增长13.7%；贸易顺差为1.25万亿元，收窄31.3%。\n"
         "8月份，我国进出口总值人民币2.71万亿元，增长12.7%。其中，出口1.44万亿元，增长7.9%；进口1.27万亿元，"
         "增长18.8%；贸易顺差1797.5亿元，收窄34.2%。\n")


def test_a_trade_balance_is_no_part_of_the_trade(tmp_path, capsys) -> None:
    doc = check_text(tmp_path, capsys, TRADE)
    assert alarms(doc) == []
    stated = [c for c in check_dicts(doc, "breakdown") if c["how"] == "stated"]
    assert [c["verdict"] for c in stated] == ["holds", "holds"]
    # 8月份 within 前8个月 (within.py, linked): the month's trade and exports within the months'
    assert all(c["verdict"] == "holds" for c in check_dicts(doc, "breakdown"))


def test_the_trade_list_still_names_a_wrong_part(tmp_path, capsys) -> None:
    doc = check_text(tmp_path, capsys, TRADE.replace("10.34万亿元", "10.94万亿元"))
    errors = [f for f in doc["findings"] if f["severity"] == "error" and f["code"] == "FC301"]
    assert len(errors) == 1 and "10.94万亿元" in errors[0]["message"]
