"""A headline that names its subject by the short form of the body's name (简称: the characters of
the full name kept in order, the others dropped — 规上工业利润 of 规上工业企业利润, 发行地方债 of 发行
地方政府债券, 税务部门组织收入 of 税务部门组织税收收入) restates the body's figure (discover/duplicate.py,
:func:`_abbreviates`), through `factcheck check ARTICLE`: real articles (tests/data/smoke*), the same
with the body's figure changed (a warning: a headline is tied to its body by words only), and a
headline whose short name fits only a part of the body's whole (X/Y), which pairs nothing."""

from __future__ import annotations

import pytest
from helpers import checks_of

# 福建省统计局 (tests/data/smoke26/fujian-industrial-profits-jan-may-2020-tjj.txt)
FUJIAN = ("2020年1-5月规模以上工业实现利润同比下降15.6%\n"
          "1-5月，全省规模以上工业企业实现利润1184.61亿元，同比下降{rate}%。\n"
          "1-5月，在规模以上工业企业中，国有控股企业实现利润85.70亿元，下降46.4%。\n")
# 中国经济网 (tests/data/smoke44/national-tax-h1-2015-ce.txt)
TAX = ("上半年全国税务部门组织收入59373亿元\n"
       "国家税务总局27日通报，上半年全国税务部门组织税收收入{level}亿元，同比增长6.3%，与经济增长基本协调。\n")
# 中新经纬 (tests/data/smoke/local-gov-bonds-jan-jun-2021.txt)
BONDS = ("1-6月全国发行地方债33411亿，平均利率3.44%\n"
         "中新经纬客户端7月26日电 财政部网站26日公布数据显示，1-6月，全国发行地方政府债券{level}亿元。其中，"
         "发行一般债券16103亿元，发行专项债券17308亿元。\n")

FORMS = [(FUJIAN, "rate", "15.6", "16.5"), (TAX, "level", "59373", "59733"),
         (BONDS, "level", "33411", "34311")]


def _headline_pairs(doc: dict) -> list[tuple[str, list[str]]]:
    return [(v, claims) for v, claims in checks_of(doc, "duplicate")]


@pytest.mark.parametrize(("text", "field", "value", "changed"), FORMS)
def test_a_headline_in_short_form_restates_the_body(article, text, field, value, changed) -> None:
    code, doc = article(text.format(**{field: value}))
    pairs = _headline_pairs(doc)
    assert code == 0 and pairs and all(v == "holds" for v, _ in pairs)
    assert any(any(value in w for w in claims) for _, claims in pairs)


@pytest.mark.parametrize(("text", "field", "value", "changed"), FORMS)
def test_the_body_figure_changed_is_a_warning_at_it(article, text, field, value, changed) -> None:
    code, doc = article(text.format(**{field: changed}))
    warned = [f for f in doc["findings"] if f["severity"] == "warning" and f["code"] == "FC901"]
    assert code == 0 and warned
    assert any(changed in c["written"] for f in warned for c in f["claims"])


def test_a_short_name_of_a_part_only_pairs_nothing(article) -> None:
    """The headline's 16103亿 of 发行地方债 would fit only 发行地方政府债券/发行一般债券, a part of the
    total the body states (33411亿元): the short name is the whole's, no part's."""
    text = BONDS.replace("33411亿，", "16103亿，", 1).format(level="33411")
    _, doc = article(text)
    assert not any(any(w.startswith("16103") for w in claims) for _, claims in _headline_pairs(doc))


# --- two holidays run together are one period (subjects.py: _HOLIDAY) --------------------------
# tests/data/smoke39/national-day-holiday-2025-dincoo.txt
DINCOO = ("2025年国庆中秋假期国内出游8.88亿人次\n"
          "根据文化和旅游部数据中心的测算，2025年国庆中秋假期（10月1日至10月8日），国内旅游出游人数达到{n}亿人次，"
          "同比增长约5.5%。\n")
# 周口日报 2025-10-10 (http://www.zhld.com/szb/pc/col/202510/10/content_283588.html), its form
ZHOUKOU = ("国庆中秋假期国内出游8.88亿人次\n"
           "10月9日，文化和旅游部公布2025年国庆中秋假期文化和旅游市场情况。经测算，假日8天，全国国内出游{n}亿人次，"
           "较2024年国庆节假日7天增加1.23亿人次。\n")
# 成都日报 2023-10-08 (https://www.cdrb.com.cn/epaper/cdrbpc/202310/08/c121464.html), its form
CHENGDU = ("中秋国庆假期国内旅游出游8.26亿人次\n"
           "经文化和旅游部数据中心测算，中秋节、国庆节假期8天，国内旅游出游人数{n}亿人次，按可比口径同比增长71.3%。\n")

HOLIDAYS = [(DINCOO, "8.88", "8.58"), (ZHOUKOU, "8.88", "8.38"), (CHENGDU, "8.26", "8.62")]


@pytest.mark.parametrize(("text", "n", "changed"), HOLIDAYS)
def test_a_headline_of_two_holidays_run_together(article, text, n, changed) -> None:
    code, doc = article(text.format(n=n))
    assert code == 0 and ("holds", [f"{n}亿人次", f"{n}亿人次"]) in checks_of(doc, "duplicate")
    code, doc = article(text.format(n=changed))
    assert any(f["code"] == "FC901" and any(c["written"].endswith(f"{changed}亿人次") for c in f["claims"])
               for f in doc["findings"] if f["severity"] == "warning")


def test_one_holiday_is_not_the_two_run_together(article) -> None:
    """中秋假期 alone is not 国庆中秋假期 (their eight days): the figures are of two periods."""
    code, doc = article("中秋假期国内出游1.07亿人次\n据测算，国庆中秋假期8天，国内旅游出游人数1.01亿人次。\n")
    assert checks_of(doc, "duplicate") == [] and code == 0
