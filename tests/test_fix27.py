"""No false alarm on the twenty-seventh round of unseen articles (tests/data/smoke27, review.yaml; sources
in sources.yaml): each form of writing that raised one, on the real sentence, and the look-alike that
must still be found, with one figure changed (the finding names the changed figure).
"""

from __future__ import annotations

from pathlib import Path

from helpers import alarms
from helpers import checks_of as checks
from helpers import names_written as _named

SMOKE27 = Path(__file__).parent / "data" / "smoke27"


def _text(slug: str) -> str:
    return (SMOKE27 / f"{slug}.txt").read_text(encoding="utf-8")


# --- 1. an average per unit and per night (每个X每夜) is not total / count ------------------------

# dragon-boat-2023-chinanews-office369 line 6: the holiday had three nights (36253000 / 243 / 3 =
# 49729.8 = 4.97万), which the text does not say
NIGHTS = ("——夜经济成为端午假期文旅消费市场亮点。文化和旅游部专项调查显示，受高温及目的地夜间旅游产品不断"
          "丰富等影响，端午假期参与夜间游的游客比例达22.3%，较2022年同期大幅提高7.9个百分点。端午节期间，"
          "243个国家级夜间文化和旅游消费集聚区夜间客流量3625.3万人次，{average}，较2022年同期增长38.8%。")


def test_an_average_per_area_per_night_is_not_divided_by_the_areas_only(article) -> None:
    _, doc = article(NIGHTS.format(average="平均每个集聚区每夜4.97万人次"))
    assert alarms(doc) == []
    assert checks(doc, "average") == []


def test_an_average_per_area_and_per_day_written_otherwise_checks_nothing(article) -> None:
    """每个X平均每天, 每天平均每个X: the unit of time before or after the average's word."""
    for average in ("每个集聚区平均每天4.97万人次", "每天平均每个集聚区4.97万人次",
                    "平均每个集聚区日均4.97万人次"):
        _, doc = article(NIGHTS.format(average=average))
        assert alarms(doc) == [], average
        assert checks(doc, "average") == [], average


def test_an_average_per_area_over_the_holiday_is_still_total_by_count(article) -> None:
    """The look-alike: the same sentence with the average per area only (36253000 / 243 = 149189)."""
    _, doc = article(NIGHTS.format(average="平均每个集聚区14.92万人次"))
    assert alarms(doc) == []
    assert checks(doc, "average") == [("holds", ["3625.3万人次", "243个", "14.92万人次"])]
    _, doc = article(NIGHTS.format(average="平均每个集聚区15.92万人次"))
    assert _named(doc, "15.92万人次")


# gov-work-report-2016-review-cnganbu (smoke17) line 6: 平均每天 with no count before it
def test_an_average_per_day_with_no_count_checks_nothing(article) -> None:
    _, doc = article("大众创业、万众创新蓬勃发展，全年新登记注册企业增长21.6%，平均每天新增1.2万户。")
    assert alarms(doc) == []
    assert checks(doc, "average") == []


# --- 2. 在X中所占比重: the share of the part before it, not of the whole X ---------------------------

# sports-industry-2019-askci lines 2 and 4: two parts of 体育产业 (14929.5 / 29483.4 = 50.64%,
# 13614.1 / 29483.4 = 46.18%)
SPORTS = _text("sports-industry-2019-askci")


def _pairs(doc: dict) -> list[set[str]]:
    return [set(figures) for _, figures in checks(doc, "duplicate")]


def test_shares_of_two_parts_in_one_whole_are_not_one_figure(article) -> None:
    _, doc = article(SPORTS)
    assert alarms(doc) == []
    assert not any(p & {"50.6%", "67.7%"} and p & {"46.2%", "30.4%"} for p in _pairs(doc))


# box-office-2022-dengta-arttalkcrafts (smoke21) line 3: the share is of the level right before it
# (国产电影票房 255.11 / 300.67 = 84.85%), after 其中, not of the sentence's first level
BOX_OFFICE = ("2022年，全国电影总票房为300.67亿元，其中国产电影票房为255.11亿元，在总票房中占比为84.85%，"
              "全年城市院线观影人次为7.12亿。")
# the same form for the other part, in the next paragraph (45.56 / 300.67 = 15.15%): the first level
# of both sentences is the whole, 全国电影总票房
IMPORTED = "2022年，全国电影总票房为300.67亿元，其中进口电影票房为45.56亿元，在总票房中占比为15.15%。"


def _share_subjects(text: str) -> dict[str, str]:
    from factcheck.article import article_from_text
    from factcheck.discover.claims import build_draft
    from factcheck.discover.scope import Scope
    from factcheck.discover.subjects import subject_of

    scope = Scope(build_draft(article_from_text(text)))
    keys = {c.figure.text: subject_of(scope, c) for c in scope.claims}
    return {written: key.label for written, key in keys.items() if key and key.measure == "share"}


def test_a_share_in_a_whole_after_qizhong_is_the_part_s(article) -> None:
    _, doc = article(BOX_OFFICE + "\n" + IMPORTED)
    assert alarms(doc) == []
    assert not any({"84.85%", "15.15%"} <= p for p in _pairs(doc))
    assert _share_subjects(BOX_OFFICE + "\n" + IMPORTED) == {
        "为84.85%": "国产电影票房在总票房中占比", "为15.15%": "进口电影票房在总票房中占比"}


def test_the_share_of_a_part_in_a_whole_is_keyed_by_the_part(article) -> None:
    subjects = _share_subjects(SPORTS)
    parts = {"增加到50.6%": "体育服务业", "增加到67.7%": "体育服务业增加值",
             "为46.2%": "体育用品及相关产品制造", "为30.4%": "体育用品及相关产品制造增加值"}
    assert subjects.keys() == parts.keys()
    assert all(subjects[s].startswith(part) and subjects[s].endswith("在体育产业中所占比重")
               for s, part in parts.items())
    assert len(set(subjects.values())) == 4


def test_the_same_part_s_share_in_a_whole_stated_again_is_still_one_figure(article) -> None:
    """The look-alike: the share of the same part in the same whole, in a later paragraph."""
    line2 = SPORTS.splitlines()[1]
    again = "\n报告指出，2019年全国体育服务业总产出14929.5亿元，在体育产业中所占比重为{s}%。"
    _, doc = article(line2 + again.format(s="50.6"))
    assert alarms(doc) == []
    # the level and its share, each stated twice: one check of the two pairs
    assert checks(doc, "duplicate") == [("holds", ["14929.5亿元", "50.6%", "14929.5亿元", "50.6%"])]
    _, doc = article(line2 + again.format(s="52.6"))
    assert _named(doc, "52.6%", "warning")
