"""Growth against parts, points, contributions and multiples found in articles (session 6,
growth4), through `factcheck check ARTICLE`: each form on real sentences (source in the
docstring), the same sentence with one figure changed, and a near miss that must not pair."""

from __future__ import annotations

import pytest


def checks_of(doc: dict, kind: str) -> list[dict]:
    return [c for c in doc["checks"] if c["kind"] == kind]


def figures(check: dict) -> list[str]:
    return [c["written"] for c in check["claims"]]


def places(finding: dict) -> set[tuple[int, int]]:
    return {(c["article"]["line"], c["article"]["column"]) for c in finding["claims"]}


def names(finding: dict, line: int, written: str) -> bool:
    """Whether a finding names the figure printed as `written` on that line."""
    return any(c["article"]["line"] == line and c["article"]["text"].endswith(written)
               for c in finding["claims"])


# --- 是全国平均数的x倍: a per-head income against the national one the article states ---------
# stat-kunshan-yiwu-2021 (tests/data/articles); the same form in 内蒙古 (ppdoc.com periodical
# b6268a2e…: 人均GDP实现4638美元…是全国平均水平的近1.5倍).
INCOME = ("国家统计局数据显示，2021年全国居民人均可支配收入是35128元，比上年增长9.1%，扣除价格因素，"
          "实际增长8.1%。全国居民人均可支配收入中位数29975元，增长8.8%。\n\n"
          "从10强县（市）人均收入数据来看，排名第一的义乌市人均可支配收入为77468元/年，是全国平均数的"
          "{yiwu}倍，即便是排名第10位的余姚市（63381元/年），居民可支配收入也是全国平均数的{yuyao}倍。\n")


def test_a_yearly_income_as_a_multiple_of_the_national_average(article) -> None:
    """Form: X元/年，是全国平均数的x倍 — the national level of the same measure stated before (in
    元: a year's income, the same money as 元/年), the article's only one: stated by its words."""
    code, doc = article(INCOME.format(yiwu="2.2", yuyao="1.8"))
    found = checks_of(doc, "multiple")
    assert [(figures(c), c["how"], c["verdict"]) for c in found] == [
        (["77468元/年", "35128元", "2.2倍"], "stated", "holds"),
        (["63381元/年", "35128元", "1.8倍"], "stated", "holds")]
    assert code == 0


@pytest.mark.parametrize(("yiwu", "yuyao", "column"), [("2.5", "1.8", 50), ("2.2", "1.1", 94)])
def test_a_wrong_multiple_of_the_national_average_is_an_error_at_it(article, yiwu, yuyao,
                                                                   column) -> None:
    """The factor changed by a digit: an error that names the factor's place."""
    _code, doc = article(INCOME.format(yiwu=yiwu, yuyao=yuyao))
    [e] = [f for f in doc["findings"] if f["code"] == "FC401"]
    assert e["severity"] == "error" and (3, column) in places(e)


def test_a_group_the_national_level_is_not_of_leaves_the_multiple_linked(article) -> None:
    """城镇居民…是全国平均数的x倍 with only 全国居民人均可支配收入 stated: the writer may mean the
    national urban average, which the article does not state, so the multiple is linked."""
    text = INCOME.replace("义乌市人均可支配收入", "义乌市城镇居民人均可支配收入")
    found = checks_of(article(text.format(yiwu="2.2", yuyao="1.8"))[1], "multiple")
    assert [c["how"] for c in found if "77468元/年" in figures(c)] == ["linked"]


def test_a_median_is_not_the_average_a_multiple_is_of(article) -> None:
    """With only the national median (中位数) stated, 是全国平均数的x倍 has no base."""
    text = INCOME.replace("2021年全国居民人均可支配收入是35128元，比上年增长9.1%，扣除价格因素，"
                          "实际增长8.1%。", "")
    _, doc = article(text.format(yiwu="2.2", yuyao="1.8"))
    assert checks_of(doc, "multiple") == []


# --- 地区生产总值X亿元，增长a%。其中，第一产业增加值Y1亿元，增长b1%；… -------------------------
# 青海 2021Q1 (cctvgf.com.cn/article/1109118.html) and 德州 Q1
# (dztj.dezhou.gov.cn/n3100530/n15894766/c16514459/content.html). The growth is real (comparable
# prices), the levels current: the levels deflated by the rates give the total's rate only
# approximately — 12.82% for 12.8%, 10.14% for 10.2% here, but 1.94% for 1.5% in 大庆's oil economy
# of 2016 (tests/checks/test_composition.py), the oil price having halved — so only the range of
# the parts' rates is tested (FC111), never the levels.
QINGHAI = ("一季度，全省生产总值为743.88亿元，同比增长{total}%，两年平均增长5.1%。其中，第一产业增加值"
           "29.87亿元，同比增长4.3%，两年平均增长4.4%；第二产业增加值289.83亿元，同比增长13.5%，两年平均"
           "增长6.3%；第三产业增加值424.18亿元，同比增长13.0%，两年平均增长4.4%。\n")
DEZHOU = ("经省统计局反馈，一季度，全市实现地区生产总值545.0亿元，按可比价格计算，同比增长10.2%，高于全国"
          "2.8个百分点，高于全省1.5个百分点，增速居全省第3位。\n一、产业结构不断优化。第一产业实现增加值"
          "41.99亿元，增长3.6%；第二产业实现增加值313.14亿元，增长10.8%；第三产业实现增加值189.87亿元，"
          "增长10.6%。三次产业结构为7.7:57.5:34.8。\n")


@pytest.mark.parametrize("text", [QINGHAI.format(total="12.8"), DEZHOU])
def test_real_growth_of_a_total_within_its_industries(article, text) -> None:
    """Both releases: the total's rate lies within its industries' rates, and their levels add
    up to the total's level; nothing weighs the real rates by the current levels."""
    code, doc = article(text)
    assert [(c["kind"], c["verdict"], len(c["claims"])) for c in doc["checks"]
            if c["kind"] in ("composition", "breakdown")][:2] == [("breakdown", "holds", 4),
                                                                  ("composition", "holds", 4)]
    assert code == 0


def test_a_real_growth_outside_its_industries_is_an_error_at_it(article) -> None:
    """12.8% changed to 14.8%: above every industry's rate (at most 13.5%) — an error naming it."""
    code, doc = article(QINGHAI.format(total="14.8"))
    [e] = [f for f in doc["findings"] if f["severity"] == "error"]
    assert e["code"] == "FC111" and names(e, 1, "14.8%") and code == 1


def test_a_real_growth_within_its_industries_is_not_weighed_by_levels(article) -> None:
    """12.8% changed to 12.1%: still within 4.3%–13.5%; the deflated levels would give 12.8%, but
    they are no measure of real growth, so nothing is reported."""
    code, doc = article(QINGHAI.format(total="12.1"))
    assert [f for f in doc["findings"] if f["severity"] in ("error", "warning")] == [] and code == 0


def test_two_industries_of_three_are_no_total(article) -> None:
    """With 第三产业 left out, the parts a 其中 lists do not make up the total: no composition."""
    text = QINGHAI.format(total="12.8").replace(
        "；第三产业增加值424.18亿元，同比增长13.0%，两年平均增长4.4%", "")
    _, doc = article(text)
    assert checks_of(doc, "composition") == []


# --- 完成X亿元，增加N亿元，增长a% (the parts of a fiscal report after the total's 同比增加) -------
# 常德 (czj.changde.gov.cn/public/6617354/8259416.html) and, rate before change, 增长2.61%，增收
# 2546万元 (siguashuiruye.com …/202205/651075.html, a county's fiscal report).
CHANGDE = ("（一）收入情况：元至5月，全市累计完成一般公共预算收入126.05亿元，同比增加2.25亿元，增长1.82%。"
           "其中：地方财政收入完成80.18亿元，增加2.79亿元，增长{local}%；上划中央收入完成37.78亿元，"
           "减少0.46亿元，负增长1.21%；上划省级收入完成8.09亿元，减少766万元，负增长0.94%.\n")
COUNTY = ("截至4月底，全市财政总收入完成191347万元，较上年同期增长15.35%，增收25457万元。地方财政收入"
          "完成100223万元，较上年同期增长2.61%，增收{change}万元。\n")


def growth_of(doc: dict, level: str) -> list[dict]:
    return [c for c in checks_of(doc, "growth") if figures(c)[0] == level]


def test_a_level_its_bare_change_and_its_rate(article) -> None:
    """Each part: the level, 增加/减少 N (no 同比 of its own) and the rate — the previous level
    is the level less the change (80.18 − 2.79 = 77.39, +3.6%; 8.09亿 + 766万, −0.94%)."""
    code, doc = article(CHANGDE.format(local="3.6"))
    found = [(figures(c), c["verdict"]) for c in checks_of(doc, "growth")]
    assert (["80.18亿元", "2.79亿元", "3.6%"], "holds") in found
    assert (["8.09亿元", "减少766万元", "-0.94%"], "holds") in found
    assert code == 0


def test_a_wrong_rate_after_a_bare_change_is_an_error_at_it(article) -> None:
    """增长3.6% changed to 3.9%: 2.79 / 77.39 is 3.59–3.63%."""
    code, doc = article(CHANGDE.format(local="3.9"))
    [e] = [f for f in doc["findings"] if f["severity"] == "error"]
    assert e["code"] == "FC101" and names(e, 1, "3.9%") and code == 1


@pytest.mark.parametrize(("change", "verdict"), [("2546", "holds"), ("2576", "fails")])
def test_a_bare_change_after_the_rate(article, change, verdict) -> None:
    """较上年同期增长2.61%，增收2546万元: 2546 / (100223 − 2546) = 2.607%; 2576 gives 2.64%."""
    _, doc = article(COUNTY.format(change=change))
    [g] = growth_of(doc, "100223万元")
    assert (figures(g), g["verdict"]) == (["100223万元", f"{change}万元", "2.61%"], verdict)


@pytest.mark.parametrize("text", [
    "全市完成营业收入80.18亿元，增加2.79亿元，两年平均增长3.6%。\n",  # a rate a year
    "全市完成投资80.18亿元，增加项目12个，增长3.6%。\n",  # a change of another unit
    "全市完成营业收入80.18亿元，增加2.79亿元。\n",  # no rate
])
def test_a_bare_change_without_its_own_rate_is_no_growth(article, text) -> None:
    _, doc = article(text)
    assert checks_of(doc, "growth") == []


# --- 贡献率c%，拉动p个百分点: p = c × the whole's growth ---------------------------------------
# 长治 Q1 (tjj.changzhi.gov.cn/sjfx/202505/t20250507_3043836.html) and a city daily's 1–10月
# (amraq.com/szb/pc/col/202411/29/content_260969.html); the definition in 青海统计年鉴 4-15 (拉动指
# 生产总值增长速度与三大需求贡献率的乘积).
CHANGZHI = ("一季度，全市规模以上工业增加值延续2月份平稳向好趋势，同比增长9.6%，比全省高1.9个百分点，比全国"
            "高3.1个百分点。其中采矿业增加值同比增长14.4%，总量占全市规上工业增加值的比重为75.9%（以下简称"
            "占比），对全市工业增长的贡献率109.7%，上拉全市工业增加值增速{mining}个百分点；电力、热力、燃气及"
            "水生产和供应业增加值同比增长6.4%，占比为4.6%，对全市工业增长的贡献率2.8%，上拉全市工业增加值"
            "增速0.3个百分点；制造业增加值同比下降5.3%，低于全市工业增加值增速14.9个百分点，低于采矿业增加值"
            "增速19.7个百分点，占比为19.5%，对全市工业增长的贡献率-12.5%，下拉全市工业增加值增速1.2个百分点。\n")
CITY = ("1月至10月，全市规模以上工业增加值同比增长10.2%，高于全省2.2个百分点。\n"
        "制造业作为经济的“压舱石”，主导作用突出。1月至10月，全市规模以上制造业增加值同比增长10.5%，"
        "拉动全市规上工业增长9.2个百分点，对全市规上工业增长的贡献率达90.2%。\n")


def by_rate(doc: dict) -> list[list[str]]:
    return [figures(c) for c in checks_of(doc, "expression") if "个百分点" in figures(c)[-1]]


def test_contributions_and_their_rates_give_the_whole_s_growth(article) -> None:
    """109.7% × 9.6% = 10.5 (10.6 within the roundings); −12.5% × 9.6% = −1.2 (下拉1.2, read −1.2); 90.2% ×
    10.2% = 9.2 after 规上 read as 规模以上 — each whole's rate from the sentence before."""
    code, doc = article(CHANGZHI.format(mining="10.6"))
    assert by_rate(doc) == [["109.7%", "9.6%", "10.6个百分点"], ["2.8%", "9.6%", "0.3个百分点"],
                            ["-12.5%", "9.6%", "-1.2个百分点"]]
    assert all(c["verdict"] == "holds" for c in checks_of(doc, "expression")) and code == 0
    code, doc = article(CITY)
    assert by_rate(doc) == [["90.2%", "10.2%", "9.2个百分点"]] and code == 0


def test_a_wrong_contribution_against_its_rate_is_a_warning_at_it(article) -> None:
    """上拉10.6 changed to 10.9个百分点: the whole's rate is tied from another sentence, so a
    warning naming the changed figure."""
    code, doc = article(CHANGZHI.format(mining="10.9"))
    [w] = [f for f in doc["findings"] if f["code"] == "FC801"]
    assert w["severity"] == "warning" and names(w, 1, "10.9个百分点") and code == 0


@pytest.mark.parametrize("text", [
    # the whole's rate is not stated
    "1月至10月，全市规模以上制造业增加值同比增长10.5%，拉动全市规上工业增长9.2个百分点，对全市规上"
    "工业增长的贡献率达90.2%。\n",
    # the only earlier rate is a part's of the whole (规模以上工业中…), not the whole's
    "规模以上工业中，装备制造业增加值同比增长15.0%。高技术制造业增加值同比增长10.5%，拉动全市规上工业"
    "增长9.2个百分点，对全市规上工业增长的贡献率达90.2%。\n",
])
def test_a_contribution_without_the_whole_s_rate_is_not_checked(article, text) -> None:
    _, doc = article(text)
    assert by_rate(doc) == []


def test_a_balance_s_bare_change_is_no_growth(article) -> None:
    """A balance's 增加N is commonly since the year's start (比年初), its rate on the year before:
    a bare change of a 余额 is not taken."""
    _, doc = article("6月末，全市金融机构本外币各项存款余额5280.5亿元，增加312.6亿元，增长8.1%。\n")
    assert checks_of(doc, "growth") == []
