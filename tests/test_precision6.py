"""The false alarms of the third round of unseen articles (tests/data/smoke3, review.yaml) that
come from duplicates and labels: each form on its real sentence, with a near sentence where the
rule must still fire."""

from __future__ import annotations

import pytest

from factcheck.article import article_from_text
from factcheck.discover.claims import build_draft
from factcheck.discover.scope import Scope
from factcheck.discover.subjects import subject_of, topic_of


def alarms(doc: dict, code: str | None = None) -> list[dict]:
    return [f for f in doc["findings"] if f["severity"] in ("error", "warning")
            and (code is None or f["code"] == code)]


def scope_of(text: str) -> Scope:
    return Scope(build_draft(article_from_text(text)))


def measures(text: str) -> dict[str, str]:
    """The measure of each claim's key, by the figure as written."""
    scope = scope_of(text)
    return {c.figure.written: key.measure for c in scope.claims
            if (key := subject_of(scope, c)) is not None}


def paired(doc: dict) -> list[list[str]]:
    return [sorted(c["written"] for c in r["claims"]) for r in doc["checks"] if r["kind"] == "duplicate"]


# --- D: a figure after 环比 / 从环比看 is month on month ------------------------------------------
# economy-h1-2024 line 2 (光明日报 2024-07-16, https://epaper.gmw.cn/gmrb/html/2024-07/16/
# nw.D110000gmrb_20240716_1-04.htm)
GDP_2024 = ("国家统计局7月15日发布上半年国民经济运行情况。\n"
            "分季度看，一季度国内生产总值同比增长5.3%，二季度增长4.7%。从环比看，二季度国内生产总值增长0.7%。\n")


def test_a_rate_after_cong_huanbi_kan_is_not_the_year_on_year_rate(article) -> None:
    _, doc = article(GDP_2024)
    assert alarms(doc) == [] and paired(doc) == []


def test_the_year_on_year_rate_stated_again_still_pairs(article) -> None:
    _, doc = article(GDP_2024 + "二季度国内生产总值同比增长4.9%。\n")
    [f] = alarms(doc, "FC901")
    assert sorted(c["written"] for c in f["claims"]) == ["4.7%", "4.9%"]
    assert {c["article"]["line"] for c in f["claims"]} == {2, 3}


def test_a_month_on_month_section_holds_to_a_new_section() -> None:
    """中国新闻网 2020-07-16 (http://portcontainer.com/newsAction.do?…dataId=e563d284734adb37017
    35a3b83320017): 从环比看 makes 11.5% month on month; 从同比看 after it ends the section."""
    found = measures("中国国家统计局16日公布数据，分季度看，一季度同比下降6.8%，二季度增长3.2%。"
                     "从环比看，二季度国内生产总值增长11.5%。从同比看，二季度国内生产总值增长3.2%。\n")
    assert found["11.5%"] == "growth:mom" and found["3.2%"] == "growth"


def test_a_month_on_month_section_spans_its_sentences() -> None:
    """CPI release (https://zhimen.com/xiaofei/54735.html): 环比看，…。其中，畜肉类价格上涨6.8% is
    month on month, the 28.3% of the 同比看 paragraph before it year on year."""
    found = measures("同比看，食品烟酒价格上涨6.3%。其中，畜肉类价格上涨28.3%，影响CPI上涨约0.91个百分点。\n"
                     "环比看，食品烟酒价格与上月持平。其中，畜肉类价格上涨6.8%，影响CPI上涨约0.26个百分点。\n")
    assert found["28.3%"] == "growth" and found["6.8%"] == "growth:mom"


def test_a_bare_huanbi_holds_to_the_end_of_its_sentence() -> None:
    found = measures("5月份，全国居民消费价格环比下降0.2%，同比上涨0.2%。\n")
    assert found["0.2%"] == "growth"  # the 同比 rate, after 环比 in the same sentence
    found = measures("一季度国内生产总值环比增长1.6%，二季度增长0.7%。\n")
    assert found["0.7%"] == "growth:mom"


# --- E: a list of targets is no outcome -----------------------------------------------------
# gov-work-report-2022-summary line 1 (http://hbwmpx.com/hbwmpx/gjscxx/fxyjts/101633683364923.html)
REPORT_2022 = ("3月5日，第十三届全国人民代表大会第五次会议在北京人民大会堂开幕。"
               "国务院总理李克强在政府工作报告中表示，2021年，我国国内生产总值达到114万亿元，增长8.1%。城镇新增就业1269万人，城镇调查失业率平均为5.1%。"
               "居民消费价格上涨0.9%。国际收支基本平衡。李克强总理在政府工作报告中提出，今年发展主要预期目标是："
               "国内生产总值增长5.5%左右；城镇新增就业1100万人以上，城镇调查失业率全年控制在5.5%以内；"
               "居民消费价格涨幅3%左右；居民收入增长与经济增长基本同步。\n")


def test_the_targets_listed_after_mubiao_shi_never_pair_with_outcomes(article) -> None:
    _, doc = article(REPORT_2022)
    assert alarms(doc) == []
    assert paired(doc) == []  # nor 1269万人 with the target 1100万人以上


def test_a_target_list_ends_at_its_full_stop(article) -> None:
    listed = ("国内生产总值增长5.5%左右；城镇新增就业1100万人以上，城镇调查失业率全年控制在5.5%以内；"
              "居民消费价格涨幅3%左右；")
    text = REPORT_2022.replace(listed, "国内生产总值增长5.5%左右。居民消费价格涨幅3%左右；")
    _, doc = article(text)
    [f] = alarms(doc, "FC901")
    assert sorted(c["written"] for c in f["claims"]) == ["0.9%", "3%左右"]


def test_each_target_of_a_list_is_projected() -> None:
    """新华社 2024-03-05 (http://big5.china.com.cn/gate/big5/finance.china.com.cn/news/special/
    lianghui2024/20240305/6088246.shtml) and 上海 2024 (http://gx.checne.com/toutiao/52033.html)."""
    found = measures("国务院总理李强5日在政府工作报告中提出，今年发展主要预期目标是：国内生产总值增长5%左右；"
                     "城镇新增就业1200万人以上，城镇调查失业率5.5%左右；居民消费价格涨幅3%左右。\n")
    assert found == {"5%左右": "growth:proj", "1200万人以上": "level:proj",
                     "5.5%左右": "level:proj", "3%左右": "growth:proj"}
    found = measures("龚正说，建议今年全市经济社会发展的主要预期目标是：全市生产总值增长5%左右，"
                     "地方一般公共预算收入增长5%，城镇调查失业率5%以内，居民消费价格涨幅3%左右。\n")
    assert set(found.values()) <= {"growth:proj", "level:proj"} and len(found) >= 3


# --- G: the topic a sentence opens with is the subject of the bare measure after it ----------
# mall-store-openings-2021 lines 5, 6, 9 (36氪, github:Rock-Candy-Tea/RSSHUB-PAGE …/1000+商场全年关店
# 近47000家，谁正悄悄_消失_？_ 楼市.md)
MALLS = ("女装稳步扩张，全年开关店比大于1，与上半年持平。\n"
         "男装、服饰集合店延续颓势，全年开关店比低于0.8，呈现收缩态势。\n"
         "汽车4S店/体验店高速扩张，开关店比较上半年再度提升，达6.22；潮流数码大举扩张，开关店比2.32，净增门店近千家。\n"
         "儿童游乐热度走高，全年开关店比达1.67，高于上半年1.34的水平。\n")


def test_figures_of_different_topics_never_pair(article) -> None:
    _, doc = article(MALLS)
    assert alarms(doc) == [] and paired(doc) == []


def test_the_same_topic_stated_again_still_pairs(article) -> None:
    _, doc = article(MALLS + "女装延续扩张，全年开关店比0.95。\n")
    [f] = alarms(doc, "FC901")
    assert sorted(c["written"] for c in f["claims"]) == ["0.95", "大于1"]


@pytest.mark.parametrize(("text", "written", "topic"), [
    # 淮北 2023 上半年 (https://www.csjcs.com/news/show/1049/1560650_0.html)
    ("此外，上半年，全市服务业增加值同比增长4.9%。其中，房地产业降幅收窄，商品房销售面积降幅较一季度收窄29.8个百分点；"
     "交通运输仓储邮政业回暖，客货运周转量增速较一季度提高1个百分点。\n", "29.8个百分点", "房地产业"),
    ("此外，上半年，全市服务业增加值同比增长4.9%。其中，房地产业降幅收窄，商品房销售面积降幅较一季度收窄29.8个百分点；"
     "交通运输仓储邮政业回暖，客货运周转量增速较一季度提高1个百分点。\n", "1个百分点", "交通运输仓储邮政业"),
    # 赢商大数据 2024 (https://shaoguan.u7v2v.com/news/05d2999965.html)
    ("分业态看，餐饮门店数量显著增加，净增超1300家门店，开关店比1.14。\n", "1.14", "餐饮门店数量"),
    # no topic: a period, a section, a figure in the first clause
    ("2021年，服装整体开关店比0.94。\n", "0.94", None),
    ("2021年，餐饮整体开关店比1.12，呈现小幅扩张。\n", "1.12", None),
])
def test_the_topic_a_sentence_opens_with(text, written, topic) -> None:
    scope = scope_of(text)
    [c] = [c for c in scope.claims if c.figure.written == written]
    assert topic_of(scope, c) == topic


# --- I: a bound that defines a group is a threshold --------------------------------------------
# securities-firms-2021 lines 3 and 20 (财联社, github:Rock-Candy-Tea/RSSHUB-PAGE …/106家券商2021实力排名
# 出炉….md)
FIRMS = ("2021年，有10家券商经纪业务收入突破50亿大关。代销收入排名前十的均为老面孔，"
         "中信证券、广发证券和中金公司包揽前三；代销收入超过10亿元的有3家，为中信证券、广发证券和中金公司。\n"
         "具体来看，代销收入排名前10的均为老面孔。此外，代销收入超过20亿元也仅中信证券1家，"
         "超过10亿元的为广发证券和中金公司。\n")


def test_a_threshold_never_pairs(article) -> None:
    _, doc = article(FIRMS)
    assert alarms(doc) == [] and paired(doc) == []


def test_a_bound_of_one_subject_still_pairs_with_its_level(article) -> None:
    _, doc = article("2021年，广发证券代销收入超过10亿元。\n"
                     "中信证券稳坐头把交椅。2021年，广发证券代销收入9.5亿元。\n")
    [f] = alarms(doc, "FC901")
    assert sorted(c["written"] for c in f["claims"]) == ["9.5亿元", "超过10亿元"]


@pytest.mark.parametrize(("text", "thresholds"), [
    (FIRMS, ["超过10亿元", "超过10亿元"]),
    # 上海证券报 2007-08-09 (https://paper.cnstock.com/html/2007-08/09/content_58639203.htm)
    ("2006年度规模以上民营企业营业收入总额超过100亿元的企业有58家，超过200亿元的企业有14家，而2005年度营业收入总额"
     "超过200亿元的民营企业只有8家。\n", ["超过100亿元", "超过200亿元", "超过200亿元"]),
    ("全市营业收入10亿元以上的企业12家。\n", ["10亿元以上"]),
    # a bound of a value: no group after it
    ("全市营业收入超过10亿元，增长5%。\n", []),
    ("实现了超过5%的增长。\n", []),
])
def test_a_bound_before_de_and_its_group_is_a_threshold(text, thresholds) -> None:
    draft = build_draft(article_from_text(text))
    assert [c.figure.written for c in draft.claims if c.figure.kind == "threshold"] == thresholds


# --- J: the levels of «X从A年的a增加到B年的b» are X's ------------------------------------------
# nbs-livelihood-health-2025 line 1 (https://www.gilin.com.cn/news/12397395)
HEALTH = ("国家统计局发布《十四五”以来社会民生统计报告》。其中：医疗卫生资源供给持续增加。"
          "我国每千人口医疗卫生机构床位数从2020年的6.46张增加到2023年的7.23张；每千人口执业（助理）医师由2.90人提高到3.40人。\n")


def test_the_levels_of_a_change_take_the_subject_before_cong(article) -> None:
    _, doc = article(HEALTH)
    assert alarms(doc) == []
    draft = build_draft(article_from_text(HEALTH))
    assert [c.label for c in draft.claims] == [
        "我国每千人口医疗卫生机构床位数", "我国每千人口医疗卫生机构床位数(2)",
        "每千人口执业（助理）医师", "每千人口执业（助理）医师(2)"]


def test_a_fractional_count_of_whole_beds_still_warns(article) -> None:
    _, doc = article(HEALTH.replace("我国每千人口医疗卫生机构床位数", "我国医疗卫生机构床位数"))
    assert sorted(f["message"].split("'")[1] for f in alarms(doc, "FC015")) == ["6.46张", "7.23张"]


def test_a_change_from_one_year_to_another_without_de() -> None:
    """人民日报 2020-06-08 (http://www.one-tool.net/yaowen/20200608/060816751.html): 由2018年6.03张
    增加到2019年6.30张, 由2018年的77.0岁提高到2019年的77.3岁."""
    draft = build_draft(article_from_text(
        "我国居民人均预期寿命由2018年的77.0岁提高到2019年的77.3岁。2019年末，全国医疗卫生机构总数达1007545个，"
        "床位880.7万张，每千人口医疗卫生机构床位数由2018年6.03张增加到2019年6.30张。\n"))
    labels = {c.figure.written: c.label for c in draft.claims}
    assert labels["6.03张"] == "每千人口医疗卫生机构床位数"
    assert labels["6.30张"] == "每千人口医疗卫生机构床位数(2)"
    assert labels["880.7万张"] == "床位"
