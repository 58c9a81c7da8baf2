"""The same figure stated twice, session 19.

- **A heading of the article's own place** (subjects._own_named): a deck or heading that names no
  place has the place its section's opening sentence names; when that is the one place the
  article is about, named by its name (四川省规模以上工业企业…), it is the article's own place — no
  place in the key, as a figure's own sentence naming it is read — so the heading pairs with the
  body's figure. An article of two places keeps each place its own.

Each case is a real text (source given), checked with `factcheck check x.txt --format json
--show-checks`: the check found and its verdict, one figure changed gives a warning naming it (a
heading and its body are tied across sentences: linked), and the look-alikes give nothing.
"""

from __future__ import annotations

from helpers import check_text as check
from helpers import duplicate_pairs as pairs
from helpers import warned_figures as warned

#: 四川日报 (2022-11), 四川工业经济持续稳定恢复 (tests/data/fresh18 news-sichuan-industry-profit-2022,
#: lines 1-3): the deck under the title names no place, its section's opening names 四川省, the
#: only place of the article
SICHUAN = ("四川工业经济持续稳定恢复\n"
           "前10月 规模以上工业企业实现利润总额{x}亿元\n"
           "本报讯（记者 赵蝶）记者近日从四川省统计局获悉，1-10月，"
           "四川省规模以上工业企业实现利润总额3819.8亿元，同比增长12.8%。\n"
           "分经济类型看，国有控股企业实现利润总额1222.4亿元，同比下降4.7%；"
           "股份制企业实现利润总额3384.4亿元，同比增长12.5%。\n"
           "全省规模以上工业企业每百元营业收入中的成本为84.6元。\n")


def test_a_deck_without_place_is_the_articles_own_place(tmp_path, capsys):
    doc = check(tmp_path, capsys, SICHUAN.format(x="3819.8"))
    assert ("linked", "holds", [(2, "3819.8亿元"), (3, "3819.8亿元")]) in pairs(doc)
    assert warned(doc) == []
    doc = check(tmp_path, capsys, SICHUAN.format(x="3891.8"))
    assert any(w == "3891.8亿元" for _, _, w in warned(doc))


#: look-alike: the same deck over an article of two provinces (四川日报's sentence, and a sentence of
#: the same form about 重庆 composed beside it — its figure is made up): 四川 is no article's own
#: place, the deck's place is its section's 四川, and the 重庆 figure is never its copy
TWO_PLACES = ("川渝工业经济持续稳定恢复\n"
              "前10月 规模以上工业企业实现利润总额3819.8亿元\n"
              "记者近日从四川省统计局获悉，1-10月，四川省规模以上工业企业实现利润总额3819.8亿元，同比增长12.8%。\n"
              "1-10月，重庆市规模以上工业企业实现利润总额1620.5亿元，同比下降3.1%。\n")


def test_a_deck_over_two_places_keeps_its_sections_place(tmp_path, capsys):
    doc = check(tmp_path, capsys, TWO_PLACES)
    assert all("1620.5亿元" not in [w for _, w in figures] for _, _, figures in pairs(doc))
    assert warned(doc) == []
