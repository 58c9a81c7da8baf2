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
    code, doc = article(text)
    assert not any(any(w.startswith("16103") for w in claims) for _, claims in _headline_pairs(doc))
