"""A numbered section heading sums up its section (discover/labels.py: the number of a section is
no part of a label; discover/duplicate.py: :func:`_subheads`, :func:`_opening_heads`), through
`factcheck check ARTICLE`: the heading's figure is the first figure of its subject below it.

- the number before a heading (一、 （二） 1.) is not read into its subject: 一、广义货币增长8.3% is
  the 广义货币's rate, 1.基本养老保险参保人数同比增长4.9% the 基本养老保险参保's;
- a numbered heading right after the title heads its section (it is no deck);
- a one-clause numbered heading that opens its paragraph as a sentence of its own (三、固定资产投资
  下降19.4%。1-6月，全县固定资产投资同比下降19.4%) is read against the rest of the paragraph;
- a heading's change (一、人民币贷款增加148亿元) is the first change of its subject on the same base
  below it, not one on another base (同比少增527亿元).

Real articles (tests/data/smoke*, fresh20), the same with the body's figure changed (a warning at it:
a heading is tied to its body by words only), and look-alikes that pair nothing: numbered items of
a news brief, a heading of several clauses, a heading whose figure its paragraph does not restate,
and several numbers that open a label (一、二、三产业投资占比)."""

from __future__ import annotations

import pytest
from helpers import alarms, checks_of

# 中国人民银行 2024年3月金融统计数据报告 (tests/data/smoke24/financial-statistics-mar-2024-vteamgroup.txt)
PBOC = ("2024年3月金融统计数据报告\n"
        "一、广义货币增长8.3%\n"
        "3月末，广义货币（M2）余额304.8万亿元，同比增长{rate}%。狭义货币（M1）余额68.58万亿元，同比增长1.1%。"
        "流通中货币（M0）余额11.72万亿元，同比增长11%。一季度净投放现金3766亿元。\n"
        "二、一季度人民币贷款增加9.46万亿元\n"
        "3月末，本外币贷款余额251.81万亿元，同比增长9.2%。月末人民币贷款余额247.05万亿元，同比增长9.6%。\n")
# 国家统计局 2021年粮食产量 (tests/data/smoke22/grain-output-2021-nbs-lariyqr.txt)
GRAIN = ("国家统计局公布的全国粮食生产数据显示，2021年全国粮食总产量13657亿斤，比上年增加267亿斤，增长2.0%。"
         "其中，秋粮产量10178亿斤，比上年增加191亿斤，增长1.9%。\n"
         "一、粮食播种面积增加1295万亩，增长0.7%\n"
         "2021年，各地层层压实粮食生产责任，落实最严格的耕地保护制度。全国粮食播种面积17.64亿亩，比上年增加1295万亩，"
         "增长{rate}%，连续两年实现增长。\n"
         "（一）玉米、小麦播种面积增加，稻谷略有减少。2021年，全国谷物播种面积15.03亿亩，比上年增加3320万亩，增长2.3%。\n")
# 深圳市人力资源和社会保障局 (tests/data/smoke41/shenzhen-social-insurance-monthly-hrss.txt)
SHENZHEN = ("三大险种参保总量环比、同比均增长\n"
            "三大险种总参保人次达3565.06万人次，环比增加19.45万人次，增长0.5%，同比增加138.79万人次，增长4.1%。\n"
            "1.基本养老保险参保人数同比增长4.9%\n"
            "基本养老保险参保1209.26万人，环比增加8.85万人，增长0.7%，同比增加56.48万人，增长{rate}%。\n"
            "2.失业保险参保人数同比增长3.3%\n"
            "失业保险参保1168.11万人，环比增加5.75万人，增长0.5%，同比增加37.81万人，增长3.3%。\n")
# 县统计局 2020年1-6月经济运行 (tests/data/fresh20/stat-yueyang-economy-h1-2020.txt)
COUNTY = ("经省市核定，2020年1-6月全县实现地区生产总值161.41亿元，同比增长0.8%。\n"
          "\n"
          "一、农林牧渔业增加值同比增长1.9%。1-6月，全县农林牧渔业实现增加值24.24亿元，同比增长1.9%。"
          "其中农林牧渔服务业增加值1.10亿元，同比增长7.2%。\n"
          "\n"
          "三、固定资产投资下降19.4%。1-6月，全县固定资产投资同比下降{rate}%，其中一、二、三产业投资占比分别为"
          "7.4:49.5:43.1。截止6月底5000万以上投资项目49个，计划总投资116.32亿元，同比增长6.1%。\n")

#: (text, the section's rate, the rate changed, the heading's line)
FORMS = [(PBOC, "8.3", "8.8", 2), (GRAIN, "0.7", "0.9", 2), (SHENZHEN, "4.9", "4.6", 3),
         (COUNTY, "19.4", "14.9", 5)]


def _pairs(doc: dict) -> list[tuple[str, list[tuple[int, str]]]]:
    """(verdict, (line, written) of each claim) of each duplicate check."""
    return [(r["verdict"], [(c["line"], c["written"]) for c in r["claims"]]) for r in doc["checks"]
            if r["kind"] == "duplicate"]


@pytest.mark.parametrize(("text", "rate", "changed", "line"), FORMS)
def test_a_numbered_heading_restates_its_section(article, text, rate, changed, line) -> None:
    code, doc = article(text.format(rate=rate))
    assert code == 0 and not alarms(doc)
    assert any(v == "holds" and any(n == line and w.endswith(f"{rate}%") for n, w in claims)
               and sum(w.endswith(f"{rate}%") for _, w in claims) == 2 for v, claims in _pairs(doc))


@pytest.mark.parametrize(("text", "rate", "changed", "line"), FORMS)
def test_the_section_figure_changed_is_a_warning_at_it(article, text, rate, changed, line) -> None:
    _, doc = article(text.format(rate=changed))  # (the grain's rate is also its growth check's error)
    warned = [f for f in doc["findings"] if f["severity"] == "warning" and f["code"] == "FC901"]
    assert warned
    assert any(c["line"] == line and c["written"].endswith(f"{rate}%") for f in warned for c in f["claims"])
    assert any(c["written"].endswith(f"{changed}%") for f in warned for c in f["claims"])


def test_the_section_number_is_no_part_of_the_label(article) -> None:
    _, doc = article(SHENZHEN.format(rate="4.9"))
    heading = [c for r in doc["checks"] for c in r["claims"] if c["line"] == 3]
    assert heading and all(c["label"] == "基本养老保险参保人数增长" for c in heading)


def test_several_numbers_opening_a_label_stay(article) -> None:
    """一、二、三产业投资占比: the first of several numbers is no section's number."""
    _, doc = article(COUNTY.format(rate="19.4"))
    assert any(c["label"].startswith("一、二、三产业") for r in doc["checks"] for c in r["claims"])


# --- look-alikes: nothing paired, no alarm -----------------------------------------------------
# Wind 财经早餐 (tests/data/smoke12/finance-breakfast-2024-08-16-wind.txt): numbered items of a brief
BRIEF = ("财经早餐\n"
         "1、中汽协数据显示，7月，汽车出口46.9万辆，环比下降3.2%，同比增长19.6%。1-7月，汽车出口326.2万辆，"
         "同比增长28.8%。\n"
         "2、央行8月15日以固定利率、数量招标方式开展了5777亿元7天期逆回购操作，操作利率1.70%。\n")
# 市统计局 1-7月经济运行 (tests/data/smoke8/city-economy-jan-jul-2020-honglinkj.txt): headings whose
# figure the paragraph does not state again (its parts, or another figure of the subject)
CITY = ("2020年1-7月全市经济运行情况\n"
        "一、规模工业增加值增长2.2%。分所有制看，非公有制工业增加值同比增长4.5%，公有制工业增加值同比下降5.3%。\n"
        "三、社会消费品零售总额下降5.9%。全市实现社会消费品零售总额825.81亿元。按经营地分，城镇下降6.1%，"
        "乡村下降4.6%。\n")
# 郏县 2025年一季度 (tests/data/smoke31/jiaxian-economy-q1-2025-gov.txt): a heading of several clauses
JIAXIAN = ("2025年一季度全县经济运行情况\n"
           "（二）全县固定资产投资同比增长6.4%（全市6.6%），较去年同期加快35.3个百分点。分产业看，第一产业投资同比"
           "增长-100.0%，第二产业投资增长37.5%，其中工业投资增长37.5%，第三产业投资增长-15.3%。\n")


@pytest.mark.parametrize("text", [BRIEF, CITY, JIAXIAN])
def test_numbered_look_alikes_pair_nothing(article, text) -> None:
    code, doc = article(text)
    assert code == 0 and not alarms(doc)
    assert not checks_of(doc, "duplicate")


# 行政院主计总处 (tests/data/smoke40/taiwan-wages-aug-2017-dgbas-stat.txt): a section's number before
# the month its figure is of
DGBAS = ("106年8月底工業及服務業受僱員工人數為759萬7千人，本月總薪資平均為46,368元\n"
         "一、8月底工業及服務業受僱員工人數{n}，較上月底增1萬人或0.14%，較上（105）年同月底亦增12萬5千人或1.68%。\n"
         "二、8月總薪資（含經常性與非經常性薪資）平均為46,368元，較上月減4.07%，較上年同月則增1.43%。\n")


def test_a_section_number_before_a_month_is_no_part_of_the_label(article) -> None:
    code, doc = article(DGBAS.format(n="759萬7千人"))
    assert code == 0 and not alarms(doc)
    assert ("holds", [(1, "759万7千人"), (2, "759万7千人")]) in _pairs(doc)
    _, doc = article(DGBAS.format(n="795萬7千人"))
    assert any(f["code"] == "FC901" and any(c["written"] == "795万7千人" for c in f["claims"])
               for f in doc["findings"])


# --- a heading's change, the first change of its subject in its section -------------------------
# 中国人民银行上海总部 (tests/data/smoke24/yangtze-delta-credit-jul-2024-jrj-sh.txt)
YANGTZE = ("2024年7月长三角地区货币信贷运行情况\n"
           "一、人民币贷款增加148亿元，外币贷款减少72亿美元\n"
           "7月末，长三角地区本外币各项贷款余额69.08万亿元，同比增长10.9%，增速较上月末低0.1个百分点。"
           "人民币贷款余额68.12万亿元，同比增长11.3%，增速较上月末低0.1个百分点。\n"
           "7月份，长三角地区人民币贷款{loans}，同比少增527亿元。分部门看，住户部门贷款减少525亿元，同比少减368亿元。"
           "外币贷款减少72亿美元，同比多减24亿美元。\n"
           "二、人民币存款减少6405亿元，外币存款减少5亿美元\n"
           "7月末，长三角地区本外币各项存款余额77.98万亿元，同比增长5.1%，增速较上月末低0.4个百分点。\n"
           "7月份，长三角地区人民币存款减少6405亿元，同比多减3867亿元。\n")


@pytest.mark.parametrize(("text", "field", "value", "changed", "line", "written"), [
    (YANGTZE, "loans", "增加148亿元", "增加184亿元", 2, "148亿元"),
    (GRAIN.replace("比上年增加1295万亩", "比上年增加{area}"), "area", "1295万亩", "1259万亩", 2, "1295万亩")])
def test_a_headings_change_restates_its_sections(article, text, field, value, changed, line, written) -> None:
    code, doc = article(text.format(**{field: value, "rate": "0.7"}))
    assert code == 0 and not alarms(doc)
    assert any(v == "holds" and (line, written) in claims and any(n > line and w.endswith(written)
                                                                 for n, w in claims)
               for v, claims in _pairs(doc))
    _, doc = article(text.format(**{field: changed, "rate": "0.7"}))
    assert any(f["code"] == "FC901" and any(c["line"] == line for c in f["claims"])
               and any(c["written"].endswith(changed.removeprefix("增加")) for c in f["claims"])
               for f in doc["findings"] if f["severity"] == "warning")


def test_a_headings_change_is_no_change_on_another_base(article) -> None:
    """人民币贷款增加148亿元 in the heading, only 同比少增527亿元 (on last year's July) below it: another
    figure."""
    _, doc = article(YANGTZE.format(loans="").replace("贷款，同比少增", "贷款同比少增"))
    assert not any((2, "148亿元") in claims for _, claims in _pairs(doc))
    assert not alarms(doc)
