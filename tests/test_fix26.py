"""No false alarm on the twenty-sixth round of unseen articles (tests/data/smoke26, review.yaml; sources
in sources.yaml): each form of writing that raised one, on the real sentence, and the same form with
one figure changed where the sentence states a real relation (the finding names the changed figure).
"""

from __future__ import annotations

from helpers import alarms
from helpers import checks_of as checks
from helpers import names_written as _named

# --- 4. 调增 / 调减 X: the change an adjustment made, never the whole a 其中 splits -----------------

# wuxi-county-budget-2022-cqwx line 4
ADJUSTED = ("年度预算执行中，经县十八届人大常委会第七次会议批准，"
            "一般公共预算收入由年初的76138万元调整为89138万元，调增13000万元，其中：税收收入调整为{p}万元，非税收入调整为48638万元。")


def test_qizhong_after_an_adjustment_up_splits_the_adjusted_level(article) -> None:
    _, doc = article(ADJUSTED.format(p="40500"))
    assert alarms(doc) == []
    assert checks(doc, "breakdown") == [("holds", ["40500万元", "48638万元", "89138万元"])]
    _, doc = article(ADJUSTED.format(p="41500"))
    assert _named(doc, "41500万元") and not _named(doc, "13000万元")


def test_qizhong_after_an_adjustment_down_splits_the_adjusted_level(article) -> None:
    """The look-alike: the same form with 调减, the fund budget of the same article cut by 30000万元."""
    cut = ("政府性基金预算由年初的80000万元调整为50000万元，调减30000万元，其中：土地出让收入调整为{p}万元，"
           "城市建设配套费10000万元、专项债务对应项目专项收入5000万元不作调整。")
    _, doc = article(cut.format(p="35000"))
    assert alarms(doc) == []
    assert checks(doc, "breakdown") == [("holds", ["35000万元", "10000万元", "5000万元", "50000万元"])]
    _, doc = article(cut.format(p="45000"))
    assert _named(doc, "45000万元") and not _named(doc, "30000万元")


# --- 3. per-type profiles: a count of schools opens each type's pupils and teachers ------------------

# province-basic-education-2019-qikan line 1
SCHOOLS = ("全省共有基础教育学校14667所，招生304.45万人，在校生1175.88万人，专任教师79.55万人。"
           "其中，幼儿园7608所，在园幼儿253.90万人，专任教师{p}万人。小学4151所，在校生572.64万人，"
           "专任教师33.21万人。初中2224所，在校生242.46万人，专任教师20.10万人。普通高中580所，在校生105.03万人，"
           "专任教师9.93万人。特殊教育学校104所，在校生1.85万人，专任教师0.37万人。12月30日，"
           "省政府召开全省基础教育工作会议，部署推进新时代基础教育高质量发展。")


def test_a_type_profile_gives_each_total_its_own_measure(article) -> None:
    _, doc = article(SCHOOLS.format(p="15.94"))
    assert alarms(doc) == []
    assert checks(doc, "breakdown") == [
        ("holds", ["7608所", "4151所", "2224所", "580所", "104所", "14667所"]),
        ("holds", ["253.90万人", "572.64万人", "242.46万人", "105.03万人", "1.85万人", "1175.88万人"]),
        ("holds", ["15.94万人", "33.21万人", "20.10万人", "9.93万人", "0.37万人", "79.55万人"])]
    _, doc = article(SCHOOLS.format(p="16.94"))
    assert _named(doc, "16.94万人") and not _named(doc, "253.90万人")
    _, doc = article(SCHOOLS.format(p="15.94").replace("580所", "680所"))
    assert _named(doc, "680所")


def test_one_type_alone_gives_the_teachers_total_only_its_teachers(article) -> None:
    """The 其中 sentence alone (one group): the pupils are still no part of the teachers."""
    text = SCHOOLS[:SCHOOLS.index("小学")]
    _, doc = article(text.format(p="15.94"))
    assert alarms(doc) == []
    assert ("holds", ["15.94万人", "79.55万人"]) in checks(doc, "breakdown")
    assert all("253.90万人" not in figures for _, figures in checks(doc, "breakdown"))
    _, doc = article(text.format(p="85.94"))
    assert _named(doc, "85.94万人") and not _named(doc, "253.90万人")


def test_kinds_of_teachers_after_the_teachers_total_are_still_summed(article) -> None:
    """The look-alike: the 其中 names kinds of the teachers, with no count of schools before them."""
    text = "全省共有专任教师79.55万人。其中，幼儿园专任教师15.94万人，小学专任教师{p}万人。"
    _, doc = article(text.format(p="33.21"))
    assert checks(doc, "breakdown") == [("holds", ["15.94万人", "33.21万人", "79.55万人"])]
    _, doc = article(text.format(p="73.21"))
    assert _named(doc, "73.21万人")


def test_type_profiles_set_apart_by_semicolons_are_still_found(article) -> None:
    """The same form in one sentence, the groups set apart by semicolons
    (city-finance-education-2022-nextlevelarts, smoke22, line 5)."""
    text = ("全市拥有各级各类学校143所，招生18891人，毕业生23936人，在校学生79920人，教职工7500人。"
            "其中小学43所，招生4912人，毕业生5037人，在校学生30088人，教职工1980人，小学入学率、巩固率均达100%，小学升初中比例100%；"
            "初中23所，招生5095人，毕业生5855人，在校学生15818人，教职工1426人，初中入学率、巩固率均达100%，"
            "义务教育入学率100%；普通高中7所，招生3174人，毕业生3214人，在校生9579人，教职工{p}人；各类中等职业教育"
            "学校2所，招生1573人，毕业生1951人，在校生6417人，教职工584人。")
    _, doc = article(text.format(p="897"))
    assert alarms(doc) == []
    assert ("holds", ["1980人", "1426人", "897人", "584人", "7500人"]) in checks(doc, "breakdown")
    assert ("holds", ["30088人", "15818人", "9579人", "6417人", "79920人"]) in checks(doc, "breakdown")
    _, doc = article(text.format(p="4897"))
    assert _named(doc, "4897人")


def test_a_sentence_opening_qizhong_splits_the_level_of_its_parts_counter(article) -> None:
    """city-population-decade-growth-weinan-focus (smoke) line 4: the count of cities, not the
    people after it, is what the 其中 splits."""
    text = ("2010年以来，共有32个城市常住人口增量超过100万人，这32个城市人口增量之和达到了6999万人。"
            "其中，东部沿海共有{p}个，中西部12个。")
    _, doc = article(text.format(p="20"))
    assert ("holds", ["20个", "12个", "32个"]) in checks(doc, "breakdown")
    _, doc = article(text.format(p="25"))
    assert _named(doc, "25个")


# --- 2. a bank's other balance after the 其中 item: 贷款 is no part of 存款 ------------------------

# maji-township-profile-2006-tcmap line 2
BALANCES = ("年末全社会金融机构各项存款余额11.2亿元，其中居民储蓄存款余额{p}亿元，贷款余额2.5亿元。")
# city-economy-jan-jul-2020-honglinkj (smoke8) line 6, its semicolon written as a comma
CITY = ("7月末，全市金融机构本外币存款余额2992.80亿元，其中住户存款{p}亿元，增长12.3%，贷款余额2287.46亿元，"
        "增长24.1%，其中中长期贷款余额1726.63亿元，增长22.1%。")


def test_the_loans_after_a_qizhong_of_deposits_are_no_part_of_them(article) -> None:
    _, doc = article(BALANCES.format(p="9.1"))
    assert alarms(doc) == []
    assert checks(doc, "breakdown") == [("holds", ["9.1亿元", "11.2亿元"])]
    _, doc = article(BALANCES.format(p="12.1"))
    assert _named(doc, "12.1亿元") and not _named(doc, "2.5亿元")


def test_the_loans_balance_ends_the_deposits_list_and_opens_its_own(article) -> None:
    _, doc = article(CITY.format(p="1869.33"))
    assert alarms(doc) == []
    assert checks(doc, "breakdown") == [("holds", ["1869.33亿元", "2992.80亿元"]),
                                        ("holds", ["1726.63亿元", "2287.46亿元"])]
    _, doc = article(CITY.format(p="3869.33"))
    assert _named(doc, "3869.33亿元") and not _named(doc, "2287.46亿元")


def test_two_kinds_of_deposits_are_still_summed(article) -> None:
    """The look-alike: a second kind of deposits after the first is still a part."""
    _, doc = article(BALANCES.replace("贷款余额", "企业存款余额").format(p="9.1"))
    assert checks(doc, "breakdown") == [("fails", ["9.1亿元", "2.5亿元", "11.2亿元"])]
    assert _named(doc, "2.5亿元")


# --- 1. a sentence-opening 其中 that names the paragraph's first level for one month of its span -------

# hebei-retail-above-quota-jan-aug-tjj line 1
RETAIL = ("1-8月份，全省限额以上单位实现消费品零售额3068.8亿元，同比增长5.7%，增速与1-7月份持平。"
          "按消费类型分，商品零售{p}亿元，同比增长5.8%，比1-7月份加快0.1个百分点；餐饮收入113.5亿元，增长3.3%，比1-7月份回落"
          "1.5个百分点。其中，8月份限额以上单位实现消费品零售额{m}亿元，同比增长6.1%，增速比7月份加快2.2个百分点。")


def test_a_month_of_the_paragraphs_total_is_no_part_of_the_last_item(article) -> None:
    _, doc = article(RETAIL.format(p="2955.3", m="387.7"))
    assert alarms(doc) == []
    assert all("387.7亿元" not in figures or figures == ["387.7亿元", "3068.8亿元"]  # 8月份 within 1-8月份
               for _, figures in checks(doc, "breakdown"))
    assert ("holds", ["2955.3亿元", "113.5亿元", "3068.8亿元"]) in checks(doc, "breakdown")
    _, doc = article(RETAIL.format(p="3055.3", m="387.7"))  # the split, linked: a warning
    assert _named(doc, "3055.3亿元", "warning") and not _named(doc, "387.7亿元", "warning")


def test_a_month_named_as_the_last_item_is_still_its_part(article) -> None:
    """The look-alike: the month's figure named as the item before the 其中 (8月份餐饮收入)."""
    text = RETAIL.format(p="2955.3", m="{m}").replace("限额以上单位实现消费品零售额{m}", "餐饮收入{m}")
    _, doc = article(text.format(m="14.2"))
    assert ("holds", ["14.2亿元", "113.5亿元"]) in checks(doc, "breakdown")
    _, doc = article(text.format(m="141.2"))
    assert _named(doc, "141.2亿元")


def test_a_month_named_as_the_total_just_before_is_still_its_part(article) -> None:
    """The look-alike with no split between (jiyuan-economy-jan-may, smoke6, line 12)."""
    text = ("1-5月，限额以上单位实现消费品零售额11.7亿元，同比增长6.3%。其中，5月当月限额以上单位实现"
            "消费品零售额{m}亿元，同比增长14.0%。")
    _, doc = article(text.format(m="2.5"))
    assert checks(doc, "breakdown") == [("holds", ["2.5亿元", "11.7亿元"])]
    _, doc = article(text.format(m="12.5"))
    assert _named(doc, "12.5亿元")
