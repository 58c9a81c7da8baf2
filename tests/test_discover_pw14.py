"""Parts and wholes as real articles write them without 其中 (session 14), through `factcheck check
ARTICLE`: real sentences, the same text with one figure changed (the alarm names that figure's
place), and near misses that must not pair.

Forms:
- a kind of household (朝鲜族户, 贫困户, 装有太阳能农户: the name ends with 户) after the count of all
  a place's households in its paragraph (全镇共有9717户、30384人) is at most that count
  (discover/households.py); 全村有46户还存在饮水困难 counts some households only, 带动周边农户 counts
  households beyond the place, a 其中 part is breakdown.py's.
"""

from __future__ import annotations

import pytest
from helpers import breakdowns_of as breakdowns
from helpers import column_of as column
from helpers import names_place as names

# --- kinds of households after all a place's households ---------------------------------------------
# tests/data/articles/news-sanyuanpu-town-2020 line 5 (三源浦朝鲜镇 概况)
SANYUANPU = "全镇幅员面积388平方公里（其中镇区面积2.2平方公里），拥有耕地7586公顷，" \
            "辖20个行政村、34个自然屯，2个街道、4个居民委。全镇共有9717户、30384人。" \
            "辖区管辖5个朝鲜族村屯，朝鲜族户{part}户，4864口人，占总人口的16%。\n"
# 贵州省思南县胡家湾乡关联村概况 (http://sandpitts.com/guizhou/sinanxian_hujiawanxiang_guanliancun_info.html)
GUANLIAN = "关联村位于胡家湾乡政府东南面10.5里处，与南盆村、先锋村毗邻，与张家寨镇接壤，" \
           "全村6个村民组、149户、671人，少数民族518人占81%。" \
           "辖区面积4.6平方公里，耕地面积526.2亩（其中田306亩、土220.2亩），" \
           "人均耕地面积0.82亩，森林覆盖率34.4%。全村现有贫困户{part}户56人，（其中五保户5户5人、特困户18户" \
           "51人）。长期外出务工人员112人。\n"
# 云南 福库中村 村情概况 (https://jendow.com.tw/wiki/福庫中村), simplified: 有农户86户 after a sentence
# that opens with the place
FUKU = "全村辖1个村民小组，有农户86户，有乡村人口359人，其中农业人口355人，劳动力271人。" \
       "全村建有沼气池农户38户；装有太阳能农户{part}户；建有小水窖0口。\n"

HOUSEHOLDS = [(SANYUANPU, "1387", "9717户", "1387户"), (GUANLIAN, "23", "149户", "23户"),
              (FUKU, "10", "86户", "10户")]


@pytest.mark.parametrize(("text", "part", "whole", "written"), HOUSEHOLDS)
def test_a_kind_of_household_is_at_most_all_the_places_households(article, text, part, whole,
                                                                    written) -> None:
    code, doc = article(text.format(part=part))
    assert ("linked", frozenset({whole, written})) in breakdowns(doc)
    assert code == 0 and [f for f in doc["findings"] if f["severity"] in ("error", "warning")] == []
    changed = text.format(part=part + "0")  # ten times as many households as the place has
    code, doc = article(changed)
    at = column(changed, part + "0户")
    assert any(names(f, 1, at) for f in doc["findings"] if f["severity"] == "warning"), doc["findings"]


def test_the_kinds_of_a_place_are_not_summed(article) -> None:
    """贫困户 and its 其中 parts: each kind alone is tied to the whole, never their sum."""
    _, doc = article(GUANLIAN.format(part="23"))
    assert all(len(m) == 2 for _, m in breakdowns(doc) if "149户" in m)
    assert all("5户" not in m and "18户" not in m for _, m in breakdowns(doc) if "149户" in m)


@pytest.mark.parametrize("text", [
    # 云南 会山头自然村 (https://newton.com.tw/wiki/會山頭自然村), simplified: 46户 with water problems
    # is a count of some households, not all of them
    "该村截止2008年底，已实现通电、路、电话，无路灯。全村有46户还存在饮水困难或水质未达标（占农户总数的"
    "100%）。有46户通电，拥有电视机农户36户；全村建有沼气池农户0户；装有太阳能农户2户。\n",
    # households around the place a project reaches (带动周边农户)
    "全村共有320户、1180人，合作社带动周边农户500户发展养殖。\n",
    # another place's total after the village's
    "该村共有农户320户。全县贫困户12000户，贫困人口3.6万人。\n",
])
def test_households_that_are_not_kinds_of_the_places_find_nothing(article, text) -> None:
    code, doc = article(text)
    assert all(len(m) != 2 or not any(w.endswith("户") for w in m) for _, m in breakdowns(doc))
    assert code == 0


# --- a share of a whole written with a bound word, of the exact level it restates ---------------------
# tests/data/articles/stat-gd-js-sd-gdp-2021 lines 13 and 15 (江苏省统计局)
JIANGSU = "江苏2021年GDP数据为116364.2亿元，迈上11万亿元新台阶。相比2020年102719亿元的GDP，也增加了约" \
          "1.36万亿元。\n\n江苏省统计局分析称，2021年，全省GDP迈上11万亿元新台阶，" \
          "其中制造业增加值突破4万亿元，占GDP比重达{share}%，比上年提高1个百分点。\n"


def _shares(doc: dict) -> list[tuple[str, frozenset[str]]]:
    return [(c["how"], frozenset(x["written"] for x in c["claims"])) for c in doc["checks"]
            if c["kind"] == "share"]


def test_a_share_of_a_bound_whole_is_also_of_the_exact_level(article) -> None:
    code, doc = article(JIANGSU.format(share="35.8"))
    assert ("linked", frozenset({"突破4万亿元", "116364.2亿元", "35.8%"})) in _shares(doc)
    assert code == 0 and [f for f in doc["findings"] if f["severity"] in ("error", "warning")] == []
    changed = JIANGSU.format(share="32.8")  # 32.8% of 116364.2亿元 is 38167亿元: not above 4万亿元
    code, doc = article(changed)
    line = changed.split("\n").index(next(x for x in changed.split("\n") if "32.8%" in x)) + 1
    at = changed.split("\n")[line - 1].index("32.8%") + 1
    assert any(names(f, line, at) for f in doc["findings"] if f["severity"] == "warning"), doc["findings"]


def test_a_bound_whole_stated_nowhere_exactly_keeps_its_share_alone(article) -> None:
    """No exact GDP in the article: the share of the bound whole only."""
    text = JIANGSU.format(share="35.8").split("\n\n")[1]
    _, doc = article(text)
    assert all(how == "stated" for how, _ in _shares(doc)) and _shares(doc)


# --- parts in paragraphs that follow one another, each with its share of one whole --------------------
# tests/data/articles/news-shenzhen-gov-report-2022 lines 37-47 (深圳 2022年重大项目计划)
PROJECTS = "根据报告，深圳2022年重大项目计划共安排项目883个，总投资35674.8亿元，同比增长26.2%，年度计划完成" \
           "2241.3亿元，同比增长6.3%。其中，计划新开工项目98个，续建项目539个，前期项目246个。\n\n" \
           "从区域分布看，为落实“东进、西协、南联、北拓、中优”和特区一体化发展战略，安排位于原特区外或连接" \
           "原特区内外项目582个，个数占比65.9%，年度计划完成1533.7亿元，投资占比68.4%。\n\n" \
           "根据工作部署，2022年重大项目计划重点安排于现代产业、基础设施、民生改善三大领域：\n\n" \
           "其中，现代产业类项目250个，个数占比28.3%，总投资10373.3亿元，投资占比29.1%。\n\n" \
           "基础设施类项目276个，个数占比31.3%，总投资15491.9亿元，投资占比43.4%。\n\n" \
           "民生改善类项目{last}个，个数占比40.4%，总投资9809.6亿元，投资占比27.5%。\n"


def test_parts_one_to_a_paragraph_with_their_shares_make_a_breakdown(article) -> None:
    code, doc = article(PROJECTS.format(last="357"))
    found = breakdowns(doc)
    assert ("linked", frozenset({"883个", "250个", "276个", "357个"})) in found
    assert ("linked", frozenset({"35674.8亿元", "10373.3亿元", "15491.9亿元", "9809.6亿元"})) in found
    assert all("582个" not in m for _, m in found if "250个" in m)  # another split, a paragraph before
    assert code == 0 and [f for f in doc["findings"] if f["severity"] in ("error", "warning")] == []
    changed = PROJECTS.format(last="657")  # 250 + 276 + 657 projects: more than the 883
    code, doc = article(changed)
    lines = changed.split("\n")
    line = next(k for k, x in enumerate(lines, 1) if "657个" in x)
    at = lines[line - 1].index("657个") + 1
    assert any(names(f, line, at) for f in doc["findings"] if f["severity"] == "warning"
               and f["check"].endswith("_by_shares")), doc["findings"]


# --- a share word that names its whole: 税比, 税收占比 (of the general budget revenue) ------------------
# tests/data/articles/news-city-revenue-2022q1 line 51 (苏州市财政局 via 新闻)
SUZHOU_TAX = "根据苏州市财政局数据，2022年1-3月，苏州全市完成一般公共预算收入735.9亿元，" \
             "同比增长5.1%。同期，苏州的税收收入完成612.3亿元，同比增长2.7%，税比{share}%。\n"
# tests/data/smoke11/district-economy-jan-may-zetdz line 6
ZETDZ_TAX = "1-5月，地方一般公共预算收入完成4.92亿元，完成年初预算的47.5%，" \
            "快于序时进度约6个百分点，同比增长25.0%。其中：税收收入4.50亿元，完成年初预算的47.0%，" \
            "同比增长24.2%，税收占比{share}%；非税收入0.42亿元，完成年初预算的52.8%，同比增长34.3%，非税占比8.6%，收入完成质量高。\n"


@pytest.mark.parametrize(("text", "share", "members"), [
    (SUZHOU_TAX, "83.2", {"612.3亿元", "735.9亿元", "83.2%"}),
    (ZETDZ_TAX, "91.4", {"4.50亿元", "4.92亿元", "91.4%"}),
])
def test_a_tax_share_is_of_the_general_budget_revenue(article, text, share, members) -> None:
    code, doc = article(text.format(share=share))
    assert any(m == frozenset(members) for _, m in _shares(doc)), _shares(doc)
    assert code == 0 and [f for f in doc["findings"] if f["severity"] in ("error", "warning")] == []
    changed = text.format(share="73.2")
    _, doc = article(changed)
    at = column(changed, "73.2%")
    assert any(names(f, 1, at) for f in doc["findings"] if f["severity"] in ("error", "warning"))


def test_a_tax_rate_word_is_no_tax_share(article) -> None:
    """出口退税比例 and 税收比上年 are no shares of the budget revenue."""
    text = "全市一般公共预算收入100亿元。出口企业退税比例为13%，税收比上年增长5%。\n"
    _, doc = article(text)
    assert _shares(doc) == []
