"""Birth and death rates against the births, the deaths and the population at the year's two ends
(discover/vital.py). Real paragraphs: 吉山县 2022 population (tests/data/fresh15, stat-jishan-
population-2022), 汾西县 2021 统计公报 (https://tjgb.hongheiku.com/xjtjgb/xj2020/34712.html, smoke30)
and 内蒙古 2022 统计公报 (http://district.ce.cn/newarea/roll/202303/17/t20230317_38449462.shtml,
smoke25)."""

from __future__ import annotations

import pytest
from helpers import alarms
from helpers import checks_of as checks
from helpers import names_written as named

JISHAN = ("2022年全县常住人口为307568人，比上年减少了2579人，下降率为0.83%。其中：出生人口为{births}人，"
          "出生率为7.03‰；死亡人口为3011人，死亡率为9.75‰；人口自然增长率为-2.72‰。")
FENXI = ("年末全县常住人口98509人，比上年末减少5647人，全县常住人口中，城镇常住人口48443人，"
         "城镇化率为49.18%。全年出生人口542人，出生率为5.20‰；死亡人口994人，死亡率为9.54‰；自然增长率为-4.34‰。")
NEIMENGGU = ("全区年末常住人口2401.17万人，比上年末增长1.17万人。其中，城镇人口1647.20万人，"
             "乡村人口753.97万人。全年出生人口13.40万人，出生率为5.58‰；死亡人口18.80万人，死亡率为7.83‰；自然增长率为-2.25‰。")


def _rates(doc) -> list[tuple[str, list[str]]]:
    return [c for c in checks(doc, "expression") if "‰" in c[1][1] and c[1][0].endswith("人")]


@pytest.mark.parametrize("text", [JISHAN.format(births="2170"), FENXI, NEIMENGGU])
def test_each_rate_is_of_the_population_between_the_years_ends(article, text) -> None:
    _, doc = article(text)
    assert alarms(doc) == []
    rates = _rates(doc)
    assert len(rates) == 4 and all(verdict == "holds" for verdict, _ in rates)


def test_births_changed_by_one_digit_are_named(article) -> None:
    """2470 / 7.03‰ ≈ 351,350 people, more than the 310,147 at the start of the year."""
    _, doc = article(JISHAN.format(births="2470"))
    assert named(doc, "2470人")


@pytest.mark.parametrize("text", [
    "全年出生人口为2170人，出生率为7.03‰；死亡人口为3011人，死亡率为9.75‰。",  # no population
    "年末常住人口为307568人。全年出生人口为2170人，出生率为7.03‰。",  # no change: one end only
    # two populations with their changes: which the rate is of is not said
    "年末户籍人口为320000人，比上年减少1000人；常住人口为307568人，比上年减少了2579人。"
    "全年出生人口为2170人，出生率为7.03‰。",
])
def test_no_rate_is_tied_without_both_ends_of_one_population(article, text) -> None:
    _, doc = article(text)
    assert alarms(doc) == []
    assert [c for c in _rates(doc) if len(c[1]) == 4] == []
