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
