"""No false alarm of the forty-seventh round of unseen articles (tests/data/smoke47, review.yaml): each
rule that raised one, on the real sentence, on another real one of its form, on look-alikes the old
reading was right about, and on a copy with a figure changed where the relation must still fail."""

from __future__ import annotations

from helpers import alarms
from helpers import checks_of as checks

# --- a flow and its stock count by one measure word -------------------------------------------------

# wuhan-devzone-schools-petpetseason (http://www.petpetseason.com/ZhongXueJiaoYu/674207.html), line 2
WUHAN = ("記者從武漢開發區教育局獲悉，武漢開發區將投入27億元對中小學校進行改擴建，預計到2020年，3年內新增學校"
         "{schools}所，新增學位數4萬個，達到轄區中小學54所，可容納70860名學生。\n")


def test_places_added_are_no_flow_into_the_stock_of_schools(article) -> None:
    code, doc = article(WUHAN.format(schools="12"))
    assert code == 0 and alarms(doc) == []
    assert checks(doc, "stock-flow") == [("holds", ["54所", "12所"])]


def test_schools_added_beyond_the_stock_still_fail(article) -> None:
    code, doc = article(WUHAN.format(schools="62"))
    assert code == 1 and alarms(doc) == [("FC501", "error")]
    assert any(c["written"] == "62所" for c in doc["findings"][0]["claims"])


# high-tech-zones-te-ch (smoke31, http://te-ch.tech/news/show-214943.html): one measure word, a stock
HIGH_TECH = "二是创新平台强。新增研发机构{added}家，总数达1630家，其中市级及以上技术转移示范机构12家。\n"


def test_a_flow_and_its_stock_of_one_measure_word_are_still_read(article) -> None:
    code, doc = article(HIGH_TECH.format(added="33"))
    assert code == 0 and ("holds", ["1630家", "33家"]) in checks(doc, "stock-flow")
    code, doc = article(HIGH_TECH.format(added="1733"))
    assert code == 1 and ("FC501", "error") in alarms(doc)


# --- 改、扩建: verbs of building written short, no names ----------------------------------------------

# city-school-layout-adtecsupport (http://adtecsupport.com/2024/0712/81772.shtml), line 10 (a poster line)
def test_gai_kuo_jian_is_two_verbs_not_two_names(article) -> None:
    code, doc = article("我市加大投入优化布局\n完成改、擴建幼兒園28所\n")
    assert code == 0 and alarms(doc) == [] and checks(doc, "enumeration") == []
    code, doc = article("今年全市新、改、扩建学校12所，新增学位6000个。\n")
    assert code == 0 and alarms(doc) == [] and checks(doc, "enumeration") == []


def test_names_of_one_character_are_still_counted(article) -> None:
    """京、津、冀三地 names three places; a fourth count of them fails."""
    code, doc = article("京、津、冀三地协同发展，今年共签约项目120个。\n")
    assert code == 0 and checks(doc, "enumeration") == [("holds", ["三地"])]
    code, doc = article("京、津、冀四地协同发展，今年共签约项目120个。\n")
    assert code == 1 and alarms(doc) == [("FC601", "error")]
