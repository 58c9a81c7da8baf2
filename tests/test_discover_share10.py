"""Shares of a total stated before their paragraph, the shares of one whole's slices adding up to
at most 100%, and the months of a share's whole, in the words of real texts, through
`factcheck check ARTICLE` (discover/share.py): each form with real sentences (their source given),
the same text with one figure changed (a warning at that figure where the whole is tied across
sentences, an error where the words tie it: 其中 opening the list, 占外贸总值的 then bare 占) and a
near miss that must pair nothing."""

from __future__ import annotations

import pytest
from helpers import alarms, check_dicts, error_findings, written_set


def shares(doc: dict) -> list[set[str]]:
    return [written_set(c) for c in check_dicts(doc, "share")]


def sums_to_100(doc: dict) -> list[dict]:
    return [c for c in check_dicts(doc, "breakdown") if c["check"].startswith("shares_sum")]


def warned_at(doc: dict, written: str) -> bool:
    return any(f["severity"] == "warning" and any(c["written"] == written for c in f["claims"])
               for f in doc["findings"])


# --- a bare share right after its part, of the total a paragraph before states ----------------
# the dev article news-shenzhen-gov-report-2022 (新浪财经), its lines 37-47
SHENZHEN = ("根据报告，深圳2022年重大项目计划共安排项目883个，总投资35674.8亿元，同比增长26.2%，年度计划完成"
            "2241.3亿元，同比增长6.3%。其中，计划新开工项目98个，续建项目539个，前期项目246个。\n\n"
            "根据工作部署，2022年重大项目计划重点安排于现代产业、基础设施、民生改善三大领域：\n\n"
            "其中，现代产业类项目250个，个数占比{a}%，总投资10373.3亿元，投资占比29.1%。\n\n"
            "基础设施类项目276个，个数占比31.3%，总投资15491.9亿元，投资占比43.4%。\n\n"
            "民生改善类项目357个，个数占比40.4%，总投资9809.6亿元，投资占比27.5%。\n")
# 新化月报网 2023-05-26 (http://www.xhyb.net.cn/focus/2023/0526/253989.html)
XINHUA = ("日前我市组织的二季度“项目集中开工周”活动落幕,集中开工亿元以上项目112个,总投资387.3亿元,年度计划"
          "投资87.75亿元,占总投资的22.66%。\n\n"
          "从省、市重点项目来看,集中开工项目中,省、市重点项目(含前期)37个,总投资173.23亿元,年度计划投资"
          "33.87亿元。从投资额度来看,10亿元及以上项目11个,占比{a}%;5至10亿元(含5亿元)项目12个,占比10.71%;"
          "1至5亿元(含1亿元)项目89个,占比79.46%。\n\n"
          "从产业类型来看,集中开工项目中,战略性新兴产业项目31个,占比27.68%,总投资150.23亿元;传统产业升级"
          "项目44个,占比39.29%,总投资117.15亿元;现代服务业项目10个,占比8.93%,总投资42.04亿元;农业产业化"
          "项目5个,占比4.46%,总投资11.58亿元;基础设施项目22个,占比19.64%,总投资66.34亿元。\n")

# 浙江 2021-03-17 集中开工 (“十四五”投资路线图明确, http://hardyporn.com/focus/2021/0318/146136.html):
# the second share's sentence (after ；) follows the first's, the total two sentences before
ZHEJIANG = ("3月17日，浙江省举行了全省重大项目集中开工仪式，集中开工共计361个项目，总投资5823亿元，其中，"
            "100亿元以上项目8个，50亿元以上项目31个。高新技术与产业工程项目205个，占比56.8%；生态环保、城市更新和水利设施"
            "项目143个，占比{a}%。\n")


def test_measure_named_shares_are_of_the_plan_total(article) -> None:
    """个数占比 of the plan's 883个, 投资占比 of its 总投资 (not of the 年度计划完成 between)."""
    code, doc = article(SHENZHEN.format(a="28.3"))
    found = shares(doc)
    for part, rate in (("250个", "28.3%"), ("276个", "31.3%"), ("357个", "40.4%")):
        assert {part, "883个", rate} in found
    for part, rate in (("10373.3亿元", "29.1%"), ("15491.9亿元", "43.4%"), ("9809.6亿元", "27.5%")):
        assert {part, "35674.8亿元", rate} in found
    # 其中 opens the list right after the paragraph that announces it: stated
    assert all(c["how"] == "stated" for c in check_dicts(doc, "share"))
    assert code == 0 and alarms(doc) == []


def test_bare_shares_are_of_the_total_that_holds_them_all(article) -> None:
    """11 + 12 + 89 = 112 projects: the 37 of the sentence before is no whole of theirs."""
    _code, doc = article(XINHUA.format(a="9.82"))
    found = shares(doc)
    assert {"11个", "112个", "9.82%"} in found and {"89个", "112个", "79.46%"} in found
    assert {"31个", "112个", "27.68%"} in found and {"22个", "112个", "19.64%"} in found
    assert not any("37个" in s for s in found)
    assert not [a for a in alarms(doc) if a[0] == "FC201"]


def test_a_share_two_sentences_after_its_total(article) -> None:
    code, doc = article(ZHEJIANG.format(a="39.6"))
    assert {"205个", "361个", "56.8%"} in shares(doc) and {"143个", "361个", "39.6%"} in shares(doc)
    assert code == 0 and alarms(doc) == []


def test_a_changed_share_of_a_list_opened_by_among_is_an_error_at_it(article) -> None:
    _code, doc = article(SHENZHEN.format(a="25.3"))
    assert any(any(c["written"] == "25.3%" for c in f["claims"]) for f in error_findings(doc))


@pytest.mark.parametrize(("text", "changed"), [(XINHUA, "6.82"), (ZHEJIANG, "36.6")])
def test_a_changed_share_is_a_warning_at_it(article, text, changed) -> None:
    _code, doc = article(text.format(a=changed))
    assert error_findings(doc) == []
    assert warned_at(doc, changed + "%")


# near miss: the sentence before has its own total and no share follows its levels
NEAR_MISS = ("全市共有规上工业企业1200家。\n\n从行业看，纺织企业300家，同比增加12家。\n")


def test_levels_without_a_share_pair_nothing(article) -> None:
    code, doc = article(NEAR_MISS)
    assert check_dicts(doc, "share") == [] and code == 0


# --- the shares of one whole's slices, listed one after another, add up to at most 100% ---------
# the dev article news-jiangsu-trade-2021m1-8 (21世纪经济报道 via 新浪财经), its lines 5-9
JIANGSU = ("1-8月江苏省外贸进出口值32878.4亿元，同增17.1%，占中国进出口总值的13.3%。其中，出口20310.4亿元，"
           "增长18.6%；进口12568亿元，增长14.7%。\n\n"
           "从1-8月的数值看，江苏省一般贸易方式进出口18727.3亿元，增长24.3%，占外贸总值的{a}%。同期，加工贸易"
           "和保税物流进出口10293亿元和3544.9亿元，同增1.9%和38.4%，分别占31.3%和10.8%。\n")
# 渭南市统计局 via http://www.aphz.com.cn/index.php?id=904&lanmu=1&p=news_show
WEINAN = ("截至2018年12月，全市“五上”企业共有2527户。\n\n"
          "从行业的分布情况来看，主要集中在规模以上工业、限额以上批发和零售业、亿元投资项目法人。其中：工业"
          "法人单位592个，占所有“五上”企业比重为{a}%；批发和零售业法人单位555个，占21.96%；亿元投资项目法人"
          "579个，占22.91%。\n")


@pytest.mark.parametrize(("text", "first", "rest", "how"), [
    (JIANGSU, "57", ["31.3%", "10.8%"], "stated"),  # 占外贸总值的57% … 分别占31.3%和10.8%
    (WEINAN, "23.43", ["21.96%", "22.91%"], "stated"),  # 占所有“五上”企业比重为… 占21.96%
    (SHENZHEN, "28.3", ["31.3%", "40.4%"], "stated"),  # 其中 opens the list
    (XINHUA, "9.82", ["10.71%", "79.46%"], "linked"),  # the whole by the reader alone
])
def test_listed_shares_of_one_whole_are_summed(article, text, first, rest, how) -> None:
    _code, doc = article(text.format(a=first))
    summed = [written_set(c) for c in sums_to_100(doc)]
    assert any({first + "%", *rest} <= s for s in summed)
    assert all(c["verdict"] == "holds" and c["how"] == how for c in sums_to_100(doc))


def test_shares_past_100_are_an_error(article) -> None:
    """57% → 67%: 67 + 31.3 + 10.8 > 100, shares the words tie to one whole (占外贸总值的, then
    分别占): an error that names the changed share."""
    _code, doc = article(JIANGSU.format(a="67"))
    assert any(c["verdict"] != "holds" for c in sums_to_100(doc))
    assert any(any(c["written"] == "67%" for c in f["claims"]) for f in error_findings(doc))


def test_two_cuts_of_one_whole_are_not_summed(article) -> None:
    """The Xinhua article cuts its 112 projects twice (by size, by industry) in two paragraphs:
    each cut sums alone, never both together."""
    _code, doc = article(XINHUA.format(a="9.82"))
    assert len(sums_to_100(doc)) == 2
    assert all(len(written_set(c)) in (3, 5) for c in sums_to_100(doc))


# --- the whole of a share is of the part's months ---------------------------------------------
# the dev article news-consumption-2021m1-8 (新华社), its lines 9 and 19: 社零 is the 社会消费品零售总额
CONSUMPTION = ("今年8月份，全国社会消费品零售总额3.4万亿元，同比增长2.5%。1—8月，社会消费品零售总额"
               "28.1万亿元，同比增长18.1%。\n\n新型消费快速发展。1—8月，实物商品网上零售额6.6万亿元，同比增长15.9%，占社零"
               "总额比重达23.6%。\n")
# 国家统计局 2020年11月份社会消费品零售总额 (https://www.niuxuan.cn/redian/74684.html): the whole of
# 1—11月份, not the month's, though 增速比1—10月 comes between
NBS_NOV = ("11月份，社会消费品零售总额39514亿元，同比增长5.0%。\n\n1—11月份，社会消费品零售总额351415亿元，"
           "同比下降4.8%。\n\n1—11月份，全国网上零售额105374亿元，同比增长11.5%，增速比1—10月提高0.6个百分点。其中，"
           "实物商品网上零售额87792亿元，增长15.7%，占社会消费品零售总额的比重为25%。\n")
# 国家统计局 2022年一季度社会消费品零售总额 (via the 2022-04-18 release): 一季度, not 3月份
NBS_Q1 = ("一季度，社会消费品零售总额108659亿元，同比增长3.3%。\n\n3月份，社会消费品零售总额34233亿元，"
          "同比下降3.5%。\n\n一季度，全国网上零售额30120亿元，同比增长6.6%。其中，实物商品网上零售额25257亿元，增长8.8%，"
          "占社会消费品零售总额的比重为23.2%。\n")


@pytest.mark.parametrize(("text", "triple"), [
    (CONSUMPTION, {"6.6万亿元", "28.1万亿元", "23.6%"}),
    (NBS_NOV, {"87792亿元", "351415亿元", "25%"}),
    (NBS_Q1, {"25257亿元", "108659亿元", "23.2%"}),
])
def test_the_whole_of_the_parts_months(article, text, triple) -> None:
    _code, doc = article(text)
    assert triple in shares(doc)
    assert not [a for a in alarms(doc) if a[0] == "FC201"]


def test_a_share_of_the_months_changed_is_a_warning(article) -> None:
    _code, doc = article(NBS_Q1.replace("23.2%", "28.2%"))
    assert error_findings(doc) == [] and warned_at(doc, "28.2%")


# --- 占(同期)出口总值的p%: the whole named with its total word, the article's one 出口 --------------
# the dev article news-jiangsu-trade-2021m1-8 (21世纪经济报道 via 新浪财经), its lines 5 and 23
JIANGSU_EXPORTS = ("1-8月江苏省外贸进出口值32878.4亿元，同增17.1%。其中，出口20310.4亿元，增长18.6%；"
                   "进口12568亿元，增长14.7%。\n\n1-8月，江苏省出口机电产品13380.2亿元，增长18.1%，占出口总值的（下同）{a}%，拉动"
                   "出口增长12个百分点。\n")
# 南京海关 via 金报网 2022-06-14 (http://m.jinbaonet.com/news/news/2022/0614/200071988.html)
JIANGSU_MAY = ("南京海关13日发布最新数据，今年1月至5月，我省外贸进出口总值2.13万亿元，同比（下同）增长8.5%。"
               "其中，出口1.32万亿元，增长9%；进口8070.3亿元，增长7.6%。\n\n数据显示，今年前5个月，江苏机电产品出口"
               "8677.6亿元，增长7.3%，占同期出口总值的{a}%。同期，劳动密集型产品出口1957.5亿元，增长5.7%，占14.8%。\n")
# 海关总署 2018年上半年 (国新发布 2018-07-13): 出口 of the whole country and of 民营企业 — two figures
# of one name, so the name does not say which: linked
CUSTOMS_2018 = ("据海关统计，上半年我国货物贸易进出口总值14.12万亿元人民币，比去年同期（下同）增长7.9%。"
                "其中，出口7.51万亿元，增长4.9%；进口6.61万亿元，增长11.5%。\n\n上半年，我国民营企业进出口5.52万亿元，增长"
                "11.2%，占我国进出口总值的39.1%。其中，出口3.57万亿元，增长7.6%，占出口总值的{a}%；进口1.95万亿元，"
                "增长18.4%。\n")


@pytest.mark.parametrize(("text", "share", "part", "whole"), [
    (JIANGSU_EXPORTS, "65.9", "13380.2亿元", "20310.4亿元"),
    (JIANGSU_MAY, "65.7", "8677.6亿元", "1.32万亿元"),
])
def test_a_whole_named_with_its_total_word_is_stated(article, text, share, part, whole) -> None:
    code, doc = article(text.format(a=share))
    found = [c for c in check_dicts(doc, "share") if written_set(c) == {part, whole, share + "%"}]
    assert found and found[0]["how"] == "stated" and found[0]["verdict"] == "holds"
    assert code == 0


@pytest.mark.parametrize(("text", "changed"), [(JIANGSU_EXPORTS, "65.2"), (JIANGSU_MAY, "68.7")])
def test_a_changed_share_of_the_named_total_is_an_error_at_it(article, text, changed) -> None:
    code, doc = article(text.format(a=changed))
    assert code == 1
    assert any(c["written"] == changed + "%" for e in error_findings(doc) for c in e["claims"])


def test_a_name_two_figures_bear_is_no_statement(article) -> None:
    _code, doc = article(CUSTOMS_2018.format(a="47.5"))
    assert all(c["how"] == "linked" for c in check_dicts(doc, "share") if "47.5%" in written_set(c))
    _code, doc = article(CUSTOMS_2018.format(a="44.5"))
    assert error_findings(doc) == []


def test_a_total_of_a_wider_place_is_no_statement(article) -> None:
    """占全省出口总值的 in a report that states only its own 出口: the words name another whole."""
    _code, doc = article(JIANGSU_MAY.format(a="65.7").replace("占同期出口总值", "占全国出口总值"))
    assert all(c["how"] == "linked" for c in check_dicts(doc, "share"))
