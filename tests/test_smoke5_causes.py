"""No false alarm on the fifth round of unseen articles (tests/data/smoke5, review.yaml): each
rule that raised one, with the real sentence (no alarm) and a sentence where the same rule must
still fire."""

from __future__ import annotations

import pytest
from helpers import alarms
from helpers import checks_of as checks


@pytest.mark.parametrize("text", [
    # city-communique-acmr111-2494 line 1: 个千分点, the change of a rate in ‰
    "全年人口出生率11.69‰，比上年下降0.75个千分点；死亡率6.50‰，比上年下降0.33个千分点。\n",
    # city-health-2011-2012 line 2: kinds of institutions, not their names
    "2012年，全市共有各类卫生机构1325个，含村卫生室，其中医院、卫生院55个，专科疾病防治院、所、站4个。\n",
    # shaanxi-county-economy-q1q3 line 4: a heading that splits the figures
    "分市、县看，9个地市的县域生产总值增速高于上年同期。\n",
    # grain-output-2019-freep line 1: a yield is no sum, an aside restates the change before it
    "2019年全国粮食单产为5720公斤/公顷(381公斤/亩)，比2018年增长98.4公斤/公顷(6.6公斤/亩)，增幅1.8%。"
    "其中，单位面积粮食产量为6272公斤/公顷。\n",
    # grain-output-2019-freep line 2: the aside of a fall restates it without its sign
    "全国粮食播种面积11606.4万公顷(174096万亩)，比2018年减少97.5万公顷(1462万亩)，下降0.8%。\n",
    # three-child-policy-housing-2021 line 4: another year ends the 其中
    "2019年出生人口1465万人，其中二孩及以上比重达59.5%，比上年提高2.1个百分点，"
    "前一年数据显示2018年出生人口1523万人。\n",
    # census-2020-main-data line 11: a sub-item in brackets keeps its siblings' whole
    "0—14岁人口为25338万人，占17.95%；15—59岁人口为89438万人，占63.35%；60岁及以上人口为26402万人，"
    "占18.70%（其中，65岁及以上人口为19064万人，占13.50%）。\n",
    # census-2020-main-data line 13: one measure at two dates, no total over a count
    "与2010年相比，每10万人中具有大学文化程度的由8930人上升为15467人，"
    "15岁及以上人口的平均受教育年限由9.08年提高至9.91年。\n",
    # kuaigou-ipo-2022 lines 7–8: a 分别 member is no total, and 合计 is no part
    "2018-2021年，快狗打车取得收入分别为4.53亿元，5.48亿元，5.30亿元，6.61亿元。\n"
    "从净利润角度看，快狗打车2018-2021年分别亏损10.71亿元，1.84亿元，6.58亿元，8.73亿元，合计亏损27.86亿元。\n",
])
def test_no_alarm(article, text) -> None:
    _, doc = article(text)
    assert alarms(doc) == []


def test_points_in_thousandths_are_read_as_such(article) -> None:
    """11.69‰ − 12.54‰ is −0.85个千分点, not the −0.75 stated: a figure changed, an error."""
    _, doc = article("全年人口出生率11.69‰，上年为12.54‰，比上年下降0.85个千分点。\n")
    assert alarms(doc) == []


@pytest.mark.parametrize(("text", "code"), [
    ("其中，协和医院、同仁医院共3个。\n", "FC601"),  # names of hospitals still count
    ("2019年出生人口1465万人，其中一孩695万人，二孩及以上870万人。\n", "FC301"),
])
def test_the_same_rules_still_fire(article, text, code) -> None:
    code_, doc = article(text)
    assert code_ == 1 and (code, "error") in alarms(doc)


SHARE = "2020年德国共约77万名新生儿出生，其中一孩36万人，二孩27万人，三孩约14万人，约占新生人口的{share}%。\n"


def test_a_share_of_the_total_its_own_sentence_states(article) -> None:
    """three-child-policy-housing-2021 line 9: 14/77 = 18.2%, not a share of China's 1200万."""
    text = "2020年我国出生人口1200万人。\n" + SHARE
    _, doc = article(text.format(share="18"))
    assert alarms(doc) == [] and checks(doc, "share") == [("holds", ["约14万人", "约77万名", "约18%"])]
    _, doc = article(text.format(share="28"))
    assert ("FC201", "error") in alarms(doc)


POINTS = ("1-6月，规模以上工业增加值增长8.5%。其中，装备制造业增加值增长15.2%，高技术制造业增加值增长22.3%，"
          "增速分别比规模以上工业高{a}和{b}个百分点。\n")


def test_a_list_of_points_is_paired_item_by_item(article) -> None:
    """anhui-economy-h1-2024 line 4: 15.2 − 8.5 = 6.7, 22.3 − 8.5 = 13.8."""
    _, doc = article(POINTS.format(a="6.7", b="13.8"))
    assert alarms(doc) == [] and checks(doc, "points") == [
        ("holds", ["15.2%", "8.5%", "6.7个百分点"]), ("holds", ["22.3%", "8.5%", "13.8个百分点"])]
    _, doc = article(POINTS.format(a="6.7", b="12.8"))  # the 8.5% of the sentence before: linked
    assert alarms(doc) == [("FC131", "warning")]


def test_a_share_of_last_year_is_not_of_this_half_year(article) -> None:
    """tourism-h1-2017 line 2: 去年's 18亿人次 is no share of 2017年上半年's 25.37亿人次."""
    text = ("2017年上半年，国内旅游人数25.37亿人次，比上年同期增长13.5%。\n"
            "去年500家国家全域旅游示范区创建单位共接待中外游客18亿人次，约占全国旅游人数的40.5%。\n")
    _, doc = article(text)
    assert alarms(doc) == [] and checks(doc, "share") == []


@pytest.mark.parametrize("text", [
    # census-2020-main-data line 5: the average carries to the base and the change
    "全国共有家庭户49416万户，家庭户人口为129281万人；平均每个家庭户的人口为2.62人，比2010年的3.10人减少0.48人。\n",
    # city-schools-overview-hljszw194754 line 1 (smoke4): the average carries along the list
    "全市平均万人拥有高中学生数为170.8人，初中学生数为608.5人，小学学生数为1052人。\n",
])
def test_an_average_carries_along_its_sentence(article, text) -> None:
    _, doc = article(text)
    assert alarms(doc) == []


def test_a_count_of_whole_things_with_no_average_still_warns(article) -> None:
    _, doc = article("全市共有普通高中学校60.5所，比上年增加2所。\n")
    assert alarms(doc) == [("FC015", "warning")]


# --- a 其中 that counts a group, then several measures of it ------------------------------------
# the form of a 河南 project report helper share6 met (http://120.194.211.226/contents/1033/15493.html)
PROJECTS = "1-9月，全市实施重点项目120个，完成投资35.9亿元。其中亿元以上项目46个,总投资326.37亿元,{rest}\n"


def test_the_measures_of_one_group_are_not_its_parts(article) -> None:
    _, doc = article(PROJECTS.format(rest="年度计划完成投资49.19亿元,1-9月完成投资30.1亿元。"))
    assert alarms(doc) == []


def test_one_measure_for_each_group_still_adds_up(article) -> None:
    text = PROJECTS.format(rest="完成投资30.1亿元；亿元以下项目74个,完成投资{n}亿元。")
    _, doc = article(text.format(n="5.8"))
    assert checks(doc, "breakdown")[-1] == ("holds", ["30.1亿元", "5.8亿元", "35.9亿元"])
    code, doc = article(text.format(n="15.8"))
    assert code == 1 and alarms(doc) == [("FC301", "error")]
