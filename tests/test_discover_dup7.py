"""The same figure stated twice, in forms the subject key missed (discover/subjects.py,
discover/duplicate.py): a level written without its unit (深圳GDP首次超过三万亿) restating the
level in 元 of another sentence; a statement in a list in parentheses (特点（GDP实现1.5%的正增长、
…）) restated in its section; words ending in 市/区 that name no place (就业市场, 流通市值). Linked:
at most a warning. Each case is a small article made of real sentences (source given), checked
with `factcheck check x.txt --format json --show-checks`."""

from __future__ import annotations

import pytest
from helpers import check_text as check
from helpers import duplicate_pairs as pairs
from helpers import error_findings as errors
from helpers import named_figures as named
from helpers import same_findings

from factcheck.discover.subjects import places_in_text

# --- a level written without its unit --------------------------------------------------------
#: 深圳政府工作报告 coverage (news-shenzhen-gov-report-2022 line 15): the level in 元, then in the
#: next sentence the bound written without its unit.
SHENZHEN = ("深圳经济\n\n深圳2021年全年地区生产总值{}万亿元，规模以上工业总产值连续3年居全国城市首位。"
            "深圳GDP首次超过三万亿，离不开核心的制造业的支撑。\n")


def test_a_bound_without_its_unit_restates_the_level_in_yuan(tmp_path, capsys):
    doc = check(tmp_path, capsys, SHENZHEN.format("3.07"))
    assert pairs(doc) == [("linked", "holds", [(3, "3.07万亿元"), (3, "超过三万亿")])]
    assert same_findings(doc) == []


def test_a_bound_without_its_unit_that_disagrees_is_a_warning(tmp_path, capsys):
    doc = check(tmp_path, capsys, SHENZHEN.format("2.87"))
    assert pairs(doc) == [("linked", "warning", [(3, "2.87万亿元"), (3, "超过三万亿")])]
    [finding] = same_findings(doc)
    assert finding["severity"] == "warning"
    assert (3, 16, "2.87万亿元") in named(finding)
    assert errors(doc) == []


#: news-shenzhen-3trillion-2021 line 73 (国际金融报): 随着深圳正式宣布GDP突破3万亿 — the GDP the
#: article states in 元 (2021年，深圳经济总量突破3万亿元).
SHENZHEN_ANNOUNCED = ("深圳都市圈\n\n2021年，深圳经济总量突破3万亿元。\n\n"
                      "当前，随着深圳正式宣布GDP突破{}万亿，包括深圳、东莞、惠州全域和河源、汕尾两市都市区"
                      "部分的深圳都市圈，整个都市圈经济总量预计超过4.7万亿元。\n")


def test_an_announced_bound_without_its_unit(tmp_path, capsys):
    doc = check(tmp_path, capsys, SHENZHEN_ANNOUNCED.format("3"))
    assert ("linked", "holds", [(3, "突破3万亿元"), (5, "突破3万亿")]) in pairs(doc)
    doc = check(tmp_path, capsys, SHENZHEN_ANNOUNCED.format("4"))
    assert ("linked", "warning", [(3, "突破3万亿元"), (5, "突破4万亿")]) in pairs(doc)
    assert errors(doc) == []


#: 21世纪经济报道 on Sina Finance, 2022-01-15 (中国GDP前十强城市，迎来新变局！): 北京's GDP in 元,
#: 上海's bound without its unit, and 上海's of the first three quarters — other places and periods.
TOP10 = ("中国GDP前十强城市，迎来新变局！\n\n"
         "2022年1月6日，北京市第十五届人民代表大会第五次会议上，北京市市长陈吉宁表示，初步预计，"
         "2021年北京市地区生产总值超过4万亿元，同比增长8.5%。\n\n"
         "紧随其后，第二个“四万亿”城市或许很快到来。1月20日，上海市第十五届人民代表大会第六次会议将召开，"
         "会议上披露的上海市人民政府工作报告，很可能将宣布上海的GDP也突破四万亿。\n\n"
         "2021年，除北京之外，由于上海在2020年的GDP总量为38700.58亿元，且2021年前三季度GDP达到3万亿，"
         "增速9.8%，因此2021年GDP突破4万亿悬念不大。如果上海GDP也突破4万亿，这意味着四大一线城市中，"
         "京沪经济发展迈入一个新的阶段。\n\n"
         "继上海之后，深圳有望GDP突破4万亿，但首先要过3万亿门槛。2021年前三季度，深圳地区生产总值"
         "21791.18亿元，同比增长7.1%。\n")


def test_a_bound_without_its_unit_never_pairs_another_place_or_period(tmp_path, capsys):
    doc = check(tmp_path, capsys, TOP10)
    assert pairs(doc) == []
    assert same_findings(doc) == []


# --- a statement in a list in parentheses ------------------------------------------------------
#: 大庆市统计局, 2016年上半年经济运行 (stat-daqing-2016h1 lines 3 and 7): the summary lists the
#: features of the half year in parentheses, the section states the GDP and its growth.
DAQING = ("大庆上半年经济\n\n"
          "今年以来，全市经济发展也面临着严峻的内外部压力。面对这种情况，全市上下攻坚克难，上半年经济运行"
          "总体平稳，全市经济运行呈现“八增长两收窄”特点（GDP实现{}%的正增长、农村经济稳步增长、"
          "规上工业和地方财政收入降幅同比收窄）。\n\n"
          "上半年全市实现地区生产总值（GDP）1228亿元，同比增长1.5%，增速比同期提高0.9个百分点。\n")


def test_a_statement_listed_in_parentheses_is_restated_in_its_section(tmp_path, capsys):
    doc = check(tmp_path, capsys, DAQING.format("1.5"))
    assert pairs(doc) == [("linked", "holds", [(3, "1.5%"), (5, "1.5%")])]
    doc = check(tmp_path, capsys, DAQING.format("2.5"))
    assert pairs(doc) == [("linked", "warning", [(3, "2.5%"), (5, "1.5%")])]
    [finding] = same_findings(doc)
    assert finding["severity"] == "warning"
    assert errors(doc) == []


@pytest.mark.parametrize("aside", [
    # stat-daqing-2016h1 line 11: the rate of the same period a year earlier, in an aside
    "上半年全市实现地区生产总值（GDP）1228亿元，同比增长1.5%（同期为下降9.8%、一季度为增长3.5%）。",
    # fdi-january-2022 (smoke): the same figure in other units, in an aside
    "上半年全市实现地区生产总值（GDP）1228亿元，同比增长1.5%（折合158.4亿美元，同比增长1.5%；下同）。",
])
def test_an_aside_in_parentheses_names_no_subject(tmp_path, capsys, aside):
    """A figure in parentheses whose own words name no subject is an aside: it never pairs."""
    doc = check(tmp_path, capsys, "大庆上半年经济\n\n" + aside + "\n")
    assert pairs(doc) == []


# --- words that end in 市/区 but name no place -----------------------------------------------------
@pytest.mark.parametrize(("text", "places"), [
    # news-graduates-cities-2021 line 15 (中国青年报)
    ("再创新高的高校毕业生对青年就业市场将会造成一定的挑战", []),
    # retail-sales-jan-aug-2021 (smoke; 人民日报 锐财经)
    ("8月我国消费市场情况", [frozenset({"全国"})]),
    # hangtian-nanhu-h1-2025 (smoke)
    ("当前总市值111亿元，流通市值29亿元", []),
    ("海淀区重点区域", [frozenset({"海淀"})]),
    ("昆山市场监管局", [frozenset({"昆山"})]),
])
def test_a_market_is_no_place(text, places):
    assert places_in_text(text) == places


# --- the title given again ----------------------------------------------------------------------
#: 21世纪经济报道 on Sina Finance, 2021-09-17 (news-jiangsu-trade-2021m1-8 lines 1 and 3): the title,
#: then 原标题： and the same words.
JIANGSU = ("1-8月江苏外贸同增17.1%，民企拉动进出口增长9.6个百分点\n\n"
           "原标题：1-8月江苏外贸同增{}%，民企拉动进出口增长9.6个百分点\n\n"
           "据南京海关9月17日通报，1-8月江苏省外贸进出口值32878.4亿元。\n")


def test_the_title_given_again_states_its_figures_again(tmp_path, capsys):
    doc = check(tmp_path, capsys, JIANGSU.format("17.1"))
    assert [p for p in pairs(doc) if p[2][0][0] == 1] == [
        ("linked", "holds", [(1, "17.1%"), (1, "9.6个百分点"), (3, "17.1%"), (3, "9.6个百分点")])]
    doc = check(tmp_path, capsys, JIANGSU.format("18.1"))
    [finding] = same_findings(doc)
    assert finding["severity"] == "warning"
    assert (3, 13, "18.1%") in named(finding)  # the figure as printed starts at 同增
    assert errors(doc) == []


#: 中新社 on Sina Finance, 2021-11-01 (news-31prov-q3-2021 lines 1 and 3): 中新社北京11月1日电 题：…
PROVINCES = ("中国前三季度31省份GDP数据揭晓 多地发展韧性持续显现\n\n"
             "中新社北京11月1日电 题：中国前三季度{}省份GDP数据揭晓 多地发展韧性持续显现\n\n"
             "作者 陈婧\n")


def test_the_title_after_a_dateline(tmp_path, capsys):
    doc = check(tmp_path, capsys, PROVINCES.format("31"))
    assert pairs(doc) == [("linked", "holds", [(1, "31个"), (3, "31个")])]
    doc = check(tmp_path, capsys, PROVINCES.format("30"))
    assert pairs(doc) == [("linked", "warning", [(1, "31个"), (3, "30个")])]


#: 中国新闻网 on Sina Finance, 2022-01-22 (粤苏鲁经济领跑全国，GDP总量相加超30万亿元; RSSHUB-PAGE
#: archive): the title given again word for word.
YUESULU = ("粤苏鲁经济领跑全国，GDP总量相加超30万亿元\n\n"
           "原标题：粤苏鲁经济领跑全国，GDP总量相加超30万亿元\n\n"
           "2021年各省份GDP数据已陆续发布，广东、江苏、山东三省份GDP继续领跑全国。\n")


def test_the_title_given_again_word_for_word(tmp_path, capsys):
    doc = check(tmp_path, capsys, YUESULU)
    assert pairs(doc) == [("linked", "holds", [(1, "超30万亿元"), (3, "超30万亿元")])]


#: 光明日报 on Sina Finance (news-kaoyan-2021 lines 1 and 3): the original title is worded otherwise
#: than the headline, and says what the headline does not.
KAOYAN = ("2021年考研报考人数创历史新高 \"考研热\"从何而来？\n\n"
          "原标题：2021年考研报考人数377万，创历史新高——“考研热”从何而来\n")


def test_an_original_title_in_other_words_is_no_copy(tmp_path, capsys):
    assert pairs(check(tmp_path, capsys, KAOYAN)) == []


# --- 比重, 较大 are no base of comparison -----------------------------------------------------------
def _measures(text: str) -> list[tuple[str, str | None]]:
    from factcheck.article import article_from_text
    from factcheck.discover.claims import build_draft
    from factcheck.discover.scope import Scope
    from factcheck.discover.subjects import subject_of

    scope = Scope(build_draft(article_from_text(text)))
    keys = [(c.figure.text, subject_of(scope, c)) for c in scope.claims]
    return [(written, key.measure if key else None) for written, key in keys]


@pytest.mark.parametrize(("text", "measures"), [
    # 人民日报 (news-consumption-2021m1-8 line 25; smoke retail-sales-jan-aug-2021): 比重 is a share,
    # 较大 an adverb, not 比…下降 against a base
    ("消费\n\n8月份，受猪肉价格下降等因素影响，在CPI中占据较大比重的食品价格下降4.1%，影响CPI涨幅回落。\n",
     [("下降4.1%", "growth")]),
    # 国家统计局 农民工监测调查报告 (smoke3 migrant-workers-2022): 比上年 is the base, 比重 is not
    ("农民工\n\n2022年大专及以上文化程度农民工所占比重比上年提高1.1个百分点。\n",
     [("比上年提高1.1个百分点", "pp")]),
])
def test_a_share_or_an_adverb_is_no_base(text, measures):
    assert [m for m in _measures(text) if m[0] != "2022年"] == measures
