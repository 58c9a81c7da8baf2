"""A count and the figures 分别 gives its members, one each (discover/enumeration.py, session 14):
9、10两个月，日均装车分别达14.8万车、14.9万车; 前三大行业分别是A、B、C，分别包含85家、78家、62家公司;
…分别完成182.4亿元、164.5亿元和70.2亿元，位列各行业投资完成量前三位. The `enumeration` check holds
the figures listed (`members:`) with the count, on real sentences through `factcheck check ARTICLE`:
as written (no error), with the count changed (an error naming it), and the look-alikes whose
figures are not one per thing counted (no check holds them).
"""

from __future__ import annotations

import json

import pytest
from helpers import check_dicts, error_findings, written_set

TITLE = "标题\n"

#: tests/data/articles/news-railway-2018m10.txt line 11 (国家铁路, 2018年1-10月): months named, then
#: their count, 分别 in the next clause
RAILWAY_MONTHS = ("国家铁路日均货运装车141290车，同比增长8.1％，特别是9、10两个月，日均装车分别达14.8万车、"
                  "14.9万车，连续刷新历史纪录。\n")
#: the same article, line 5: names, their count, 分别 after a comma
RAILWAY_BUREAUS = ("1月至10月，国家铁路累计完成旅客发送量28.25亿人次，同比增长9.2％。"
                   "其中，西安、兰州两个铁路局集团公司增幅较大，分别达24.5％和22.2％。\n")
#: tests/data/articles/news-kcb-24cities-2022.txt line 51: the count, its names, then 分别 and the
#: figures
KCB = ("目前，428家科创板公司属24个行业，其中前三大行业分别是计算机通信和其他电子设备制造业、专用设备制造业、"
       "软件和信息技术服务业，分别包含85家、78家、62家公司。\n")
#: tests/data/articles/news-shenzhen-gov-report-2022.txt line 51: the figures, then the places they
#: take together (the names are not counted: 科技以及信息化 is one industry)
SHENZHEN = ("其中，交通运输、教育、科技以及信息化行业分别完成182.4亿元、164.5亿元和70.2亿元，"
            "位列各行业投资完成量前三位。\n")

#: tests/data/smoke14/ipo-h1-2023-gqsoso.txt: names after 包括, then figures written as about (约为)
IPO = ("而在去年同期，A股前十大IPO中，募资超百亿元的有3家，包括中国移动、中国海油、晶科能源，募资额分别约为"
       "519.81亿元、322.92亿元、100亿元。\n")


def enumerations_holding(doc: dict, figures: set[str]) -> list[dict]:
    return [c for c in check_dicts(doc, "enumeration") if figures <= written_set(c)]


@pytest.mark.parametrize(("text", "figures", "count", "wrong"), [
    (RAILWAY_MONTHS, {"14.8万", "14.9万", "两个"}, "9、10两个月", "9、10三个月"),
    (RAILWAY_BUREAUS, {"24.5%", "22.2%", "两个"}, "兰州两个", "兰州三个"),
    (KCB, {"85家", "78家", "62家", "三个"}, "前三大", "前四大"),
    (SHENZHEN, {"182.4亿元", "164.5亿元", "70.2亿元", "前三位"}, "前三位", "前四位"),
])
def test_the_figures_are_counted_with_the_count(article, text, figures, count, wrong) -> None:
    code, doc = article(TITLE + text)
    assert code == 0 and error_findings(doc) == [], error_findings(doc)
    held = enumerations_holding(doc, figures)
    assert held and held[0]["how"] == "stated" and held[0]["verdict"] == "holds", doc["checks"]
    changed = text.replace(count, wrong, 1)
    code, bad = article(TITLE + changed)
    at = changed.index(wrong) + 1
    assert code == 1 and any(c["article"]["line"] == 2 and at <= c["article"]["column"] < at + len(wrong)
                             for f in error_findings(bad) for c in f["claims"]), bad["findings"]


def test_figures_written_as_about(article) -> None:
    """约为519.81亿元…: the figures' number is what is counted, however exact they are (包括 may list
    some of the count only, so 有4家 with three names is no error)."""
    code, doc = article(TITLE + IPO)
    assert code == 0 and enumerations_holding(doc, {"约519.81亿元", "322.92亿元", "100亿元", "3家"})
    code, doc = article(TITLE + IPO.replace("有3家", "有4家"))
    assert code == 0 and error_findings(doc) == []


def test_a_figure_dropped_from_the_list(article) -> None:
    """One figure fewer than the places the list takes: an error naming the rank."""
    code, doc = article(TITLE + SHENZHEN.replace("182.4亿元、", ""))
    assert code == 1 and [c["written"] for f in error_findings(doc) for c in f["claims"]] == ["前三位"]


@pytest.mark.parametrize(("text", "listed"), [
    # smoke12/xiamen-island-population-2021-nbd.txt line 14: two districts of the city's six
    ("其中，岛内的思明区、湖里区在全市6个区中人口最多，分别有92.99万人、93.12万人，二者都接近岛外第3名集美区的2倍。\n",
     "93.12万人"),
    # smoke4/graduates-placement-surveys-2003-2013.txt line 2: the four years get the figures, not
    # the three parts
    ("组成部分，2007年、2009年、2011年、2013年这三项的合计比例都达到两位数，分别为13.9%、11.1%、12.6%和11.7%。\n",
     "11.7%"),
    # smoke4/housing-prices-70-cities-jun-2018.txt line 3: two kinds of housing, not the 31 cities
    ("31个二线城市新建商品住宅和二手住宅销售价格分别上涨6.3%和4.6%，"
     "涨幅比上月分别扩大0.9和0.2个百分点。\n", "4.6%"),
    # smoke/south-grid-power-jan-jul.txt line 4: the industries, not the five provinces
    ("分产业看，1-7月，南方五省区第一、二、三产业和居民生活用电分别同比增长"
     "20.0%、17.9%、27.7%和6.3%。\n", "6.3%"),
    # smoke10/mid-autumn-tourism-2019-habiankeke.txt line 4: a rank's tail (第三、四位) is no count
    ("贵州和湖北两省份旅游总收入位居排行榜第三、四位，分别为92.30亿元和81.86亿元，位居第五的河南中秋节期间旅游总收入"
     "为79.65，距离80亿大关仅“一步之遥”。\n", "81.86亿元"),
    # smoke4/a-share-h1-2021-results.txt line 15: three industries of the 50 companies
    ("50家上榜公司中，计算机、休闲服务和传媒行业的公司最多，分别有6家、6家、5家。\n", "5家"),
    # rates each ranked on its own, and names each in the top three (均)
    ("甲市、乙市分别增长8.2%和7.9%，增速位居全省前三。\n", "7.9%"),
    ("甲市、乙市营业收入分别为120亿元和95亿元，均位列全省前三。\n", "95亿元"),
    # among the top ten, not ten names
    ("甲市、乙市、丙市营业收入分别为120亿元、95亿元和90亿元，位列全省前十。\n", "95亿元"),
])
def test_figures_not_one_per_thing_counted(article, text, listed) -> None:
    """Real sentences of the smoke rounds (and two made on their pattern) whose 分别 figures are not
    one per thing the nearby count counts: no error, and no count check holds them."""
    code, doc = article(TITLE + text)
    assert code == 0 and error_findings(doc) == [], error_findings(doc)
    assert not [c for c in check_dicts(doc, "enumeration") if listed in written_set(c)], doc["checks"]


# --- the check kind: `members:` of an `enumeration` entry ---------------------------------------------
FACTS = """factcheck: 1
claims:
  firms: {{value: {count}}}
  a: {{value: 1亿元}}
  b: {{value: 2亿元}}
  c: {{value: 3亿元}}
checks:
  - {{enumeration: [firms], names: [甲, 乙], names_complete: {complete}, members: [a, b, c]}}
"""


@pytest.mark.parametrize(("count", "complete", "fails"), [
    ("3家", "true", True),  # two names for three figures: the names' relation fails
    ("2家", "false", True),  # three figures, more than the count
    ("5家", "false", False),  # 包括甲、乙等5家: two names and three figures, some of five
    ("3家", "false", False),
])
def test_members_of_an_enumeration_entry(run_cli, tmp_path, count, complete, fails) -> None:
    path = tmp_path / "facts.yaml"
    path.write_text(FACTS.format(count=count, complete=complete), encoding="utf-8")
    code, out, _ = run_cli(["check", "--isolated", "--format", "json", "--show-checks", path.name],
                           cwd=tmp_path)
    doc = json.loads(out)
    assert (code == 1) == fails, doc["findings"]
    assert {c["id"] for c in check_dicts(doc, "enumeration")[0]["claims"]} == {"firms", "a", "b", "c"}
