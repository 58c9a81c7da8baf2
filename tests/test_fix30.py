"""No false alarm and no crash on the thirtieth round of unseen articles (tests/data/smoke30, review.yaml;
sources in sources.yaml): each form of writing that raised one, on the real sentence, and the same form
with one figure changed where the sentence states a real relation (the finding names the changed figure).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import alarms
from helpers import checks_of as checks
from helpers import names_written as _named

from factcheck.figures import figures_in_text

SMOKE30 = Path(__file__).parent / "data" / "smoke30"

# --- 0. 累计 after a part's own name is its total so far this year, no sum of the parts (a crash) -----

# insurance-jan-jul-2022-gqsoso lines 2–3 (the minimal text of the review, then the real one)
PREMIUMS = ("数据显示，前7个月，保险业累计实现原保险保费收入3.15万亿元。\n"
            "从产寿险业务来看，财产险业务累计实现原保费收入{p}亿元；人身险业务累计实现原保费收入2.39万亿元。\n")


def test_a_split_whose_parts_all_say_leiji_does_not_crash(article) -> None:
    code, doc = article("从产寿险业务来看，财产险业务累计实现原保费收入7579亿元；人身险业务累计实现原保费收入"
                        "2.39万亿元。\n")
    assert code == 0 and alarms(doc) == []
    code, doc = article((SMOKE30 / "insurance-jan-jul-2022-gqsoso.txt").read_text(encoding="utf-8"))
    assert code == 0 and alarms(doc) == []


def test_parts_that_say_leiji_still_split_the_total(article) -> None:
    """7579亿 + 2.39万亿 = 3.1479万亿, within the 3.15万亿 written; a changed part is named."""
    _, doc = article(PREMIUMS.format(p="7579"))
    assert checks(doc, "breakdown") == [("holds", ["7579亿元", "2.39万亿元", "3.15万亿元"])]
    _, doc = article(PREMIUMS.format(p="8579"))
    assert _named(doc, "8579亿元", "warning")


def test_leiji_opening_its_clause_still_sums_the_parts_before_it(article) -> None:
    """The look-alike: «…，累计8.1亿元» after the parts is their sum, no part of the split."""
    _, doc = article("全市保费收入8.1亿元。\n"
                     "从险种来看，财产险保费收入5.2亿元，人身险保费收入2.9亿元，累计8.1亿元。\n")
    assert checks(doc, "breakdown") == [("holds", ["5.2亿元", "2.9亿元", "8.1亿元"])]


# --- 1. a count after a verb counts that verb's object, not the 、 list before it ------------------

# xiaoxiong-town-summary-2008-lzw line 1
SLOGAN = ("按照年初既定的“实施四大战略、打造四个小雄，努力实现富裕、民主、和谐、生态型村镇”的这一发展目标，"
          "坚持一手抓社会稳定工作、一手抓发展工作，全镇经济和社会各项事业取得了可喜的成绩。\n")
# the review's probe of the same form
PARKS = "坚持招商引资、打造三个园区，努力实现经济发展。\n"
# sanming-gov-report-2021-gongwensou line 6 (smoke15): the same form, already clean
CLAUSES = "全力做好六稳工作、落实六保任务，做实四篇文章、推进四个着力、深化五比五晒，促进了经济稳步回升。\n"


@pytest.mark.parametrize("text", [SLOGAN, PARKS, CLAUSES])
def test_a_count_after_a_verb_counts_no_list(article, text) -> None:
    _, doc = article(text)
    assert alarms(doc) == []
    assert checks(doc, "enumeration") == []


def test_bare_words_side_by_side_are_still_the_names_counted(article) -> None:
    """The look-alikes: bare words (讨论、计划、实施三个阶段; 规划、建设、管理三个环节) and a phrase
    ending in a verb's noun (项目建设) name what the count counts; a changed count is named."""
    assert [f.names for f in figures_in_text("包括讨论、计划、实施三个阶段")] == [["讨论", "计划", "实施"]]
    for text, right, wrong in (("坚持招商引资、项目建设{n}工作。\n", "两项", "三项"),
                               ("抓好规划、建设、管理{n}环节。\n", "三个", "四个")):
        _, doc = article(text.format(n=right))
        assert checks(doc, "enumeration") == [("holds", [right])]
        _, doc = article(text.format(n=wrong))
        assert _named(doc, wrong)


# --- 2. two measures per category in one 按…分 split: each measure splits its own total --------------

# miyun-communique-2011-part3-xiaze line 3
PATENTS = ("科学技术：全年专利申请量188件，比上年增加50件；专利授权量110件，比上年增加15件。"
           "按种类分，发明专利申请{a}件，授权15件；实用新型专利申请91件，授权{b}件；外观设计专利申请22件，"
           "授权15件。按对象分，企业申请专利121件，授权82件；个人申请专利67件，授权28件。\n")


def test_two_measures_per_category_split_their_own_totals(article) -> None:
    """75 + 91 + 22 = 188 applications and 15 + 80 + 15 = 110 grants; 121 + 67 = 188 and 82 + 28 = 110."""
    _, doc = article(PATENTS.format(a="75", b="80"))
    assert alarms(doc) == []
    assert checks(doc, "breakdown") == [("holds", ["75件", "91件", "22件", "188件"]),
                                        ("holds", ["15件", "80件", "15件", "110件"]),
                                        ("holds", ["121件", "67件", "188件"]),
                                        ("holds", ["82件", "28件", "110件"])]


@pytest.mark.parametrize(("a", "b", "changed"), [("85", "80", "85件"), ("75", "90", "90件")])
def test_a_changed_figure_of_either_measure_is_named(article, a, b, changed) -> None:
    _, doc = article(PATENTS.format(a=a, b=b))
    assert _named(doc, changed, "warning")
    assert len([f for f in doc["findings"] if f["severity"] == "warning"]) == 1


def test_one_measure_per_category_is_still_one_split(article) -> None:
    """The look-alike: one figure per category (the applications alone) splits the one total."""
    text = "全年专利申请量188件。按种类分，发明专利申请75件；实用新型专利申请{n}件；外观设计专利申请22件。\n"
    _, doc = article(text.format(n="91"))
    assert checks(doc, "breakdown") == [("holds", ["75件", "91件", "22件", "188件"])]
    _, doc = article(text.format(n="101"))
    assert _named(doc, "101件", "warning")


# --- 3. a 其中 list ends at a total of another thing that opens its own 其中 ------------------------

# huanxian-communique-2011-xiaze line 2
TEACHERS = ("年末共有各级各类学校389所，其中：高级中学1所，职业中学1所，完全中学3所，九年制学校2所，"
            "普通中学23所，小学294所，幼儿园65所，其中公办幼儿园1所；共有专任教师4011人，其中：中学专任教师{t}人，"
            "小学专任教师1920人，年未在校学生62576人，其中小学在校学生33737人，学龄儿童入学率为99.8%，"
            "高中毛入学率71.6%。\n")
# the review's minimal text, with 年末 written
MINIMAL = ("全县共有专任教师4011人，其中：中学专任教师{t}人，小学专任教师1920人，在校学生62576人，"
           "其中小学在校学生33737人。\n")


@pytest.mark.parametrize("text", [TEACHERS, MINIMAL])
def test_a_total_with_its_own_qizhong_ends_the_list(article, text) -> None:
    """1757 + 1920 = 3677 ≤ 4011; the 62576 students are no teachers; a changed teacher count is named."""
    _, doc = article(text.format(t="1757"))
    assert alarms(doc) == []
    assert ("holds", ["1757人", "1920人", "4011人"]) in checks(doc, "breakdown")
    assert ("holds", ["33737人", "62576人"]) in checks(doc, "breakdown")
    _, doc = article(text.format(t="2757"))
    assert _named(doc, "2757人")


def test_a_part_with_its_own_qizhong_is_still_a_part(article) -> None:
    """The look-alike in the same line: 幼儿园65所，其中公办幼儿园1所 is one of the 389 schools (the
    parts do not repeat the total's name 学校)."""
    _, doc = article(TEACHERS.format(t="1757"))
    schools = ["1所", "1所", "3所", "2所", "23所", "294所", "65所", "389所"]
    assert ("holds", schools) in checks(doc, "breakdown")
    _, doc = article(TEACHERS.format(t="1757").replace("幼儿园65所", "幼儿园95所"))
    assert _named(doc, "95所")


# --- 4. the whole an «X中» opener names is the level named X, not a longer label ending in X --------

# fenxi-communique-2021-hongheiku line 4
POPULATION = ("年末全县常住人口98509人，比上年末减少5647人，全县常住人口中，城镇常住人口48443人，"
              "城镇化率为49.18%。全年出生人口542人，出生率为5.20‰；死亡人口994人，死亡率为9.54‰；"
              "自然增长率为-4.34‰。常住人口中，男性人口为51034人，占51.81%；女性人口为47475人，占{p}。\n")


def test_the_whole_of_an_x_zhong_opener_is_the_level_named_x(article) -> None:
    """47475 / 98509 = 48.194% (48.19%), 51034 / 98509 = 51.806% (51.81%)."""
    _, doc = article(POPULATION.format(p="48.19%"))
    assert alarms(doc) == []
    assert ("holds", ["47475人", "98509人", "48.19%"]) in checks(doc, "share")
    assert ("holds", ["51034人", "98509人", "51.81%"]) in checks(doc, "share")
    _, doc = article(POPULATION.format(p="49.19%"))
    assert _named(doc, "49.19%", "warning")


def test_a_frame_with_the_place_still_names_the_population(article) -> None:
    """The look-alike (smoke6 district-census-2020-hongheiku-15266 lines 4 and 8): 全区常住人口中 names
    the 常住人口579101人 stated with its place, beside the 家庭户人口 (a subset)."""
    text = ("全区常住人口为579101人。\n全区常住人口中共有家庭户172869户，家庭户人口为501694人。\n"
            "全区常住人口中，居住在城镇的人口为547299 人，占{p}；居住在乡村的人口为31802 人，占5.49%。\n")
    _, doc = article(text.format(p="94.51%"))
    assert ("holds", ["547299人", "579101人", "94.51%"]) in checks(doc, "share")
    _, doc = article(text.format(p="95.51%"))
    assert _named(doc, "95.51%", "warning")
