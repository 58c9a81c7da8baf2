"""No false alarm on the seventeenth and eighteenth rounds of unseen articles (tests/data/smoke17
and smoke18, review.yaml; sources in sources.yaml): each form of writing that raised one, with the
real sentence, and the same form with one figure changed where the relation is real (the error
names the changed figure)."""

from __future__ import annotations

from helpers import alarms
from helpers import checks_of as checks
from helpers import names_written as _named

# --- 为预算的X%: a share of the figure's own budget, which the text does not give ----------------------

# district-budget-h1-nankok line 2
BUDGET = ("上半年，全区完成公共财政预算收入20348万元，为预算的55.3%，同比增长8.2%。其中：地方公共财政预算收入"
          "13916万元，为预算的56%，同比增长6.3%；上划收入6432万元，为预算的53.8%，同比增长12.6%。")


def test_budget_revenue_is_no_plan_for_the_share_of_the_next_item(article) -> None:
    _, doc = article(BUDGET)
    assert alarms(doc) == []
    assert checks(doc, "share") == []
    assert checks(doc, "breakdown") == [("holds", ["13916万元", "6432万元", "20348万元"])]


# a plan stated as such is still the whole of the share of the plan (a county's investment report)
PLAN = "全县年度计划投资295.16亿元，1-9月累计完成投资{done}亿元，完成年度计划的77.82%。"


def test_a_plan_stated_is_still_the_whole_and_a_changed_part_is_named(article) -> None:
    _, doc = article(PLAN.format(done="229.68"))
    assert checks(doc, "share") == [("holds", ["229.68亿元", "295.16亿元", "77.82%"])]
    code, doc = article(PLAN.format(done="259.68"))
    assert code == 1 and _named(doc, "259.68亿元")
