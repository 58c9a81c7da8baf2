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


# --- a share that names its whole by a total's title: of that total ----------------------------------

# gansu-tech-contracts-2016-yzyba (smoke47), lines 2 and 3: 113.0 / 150.81 = 74.93%
GANSU = ("2016年甘肃省共成交技术合同5252项，成交总额为150.81亿元，较上年增长15.7%，全国排名第14位。\n"
         "全年企业、科研机构和高等院校共成交技术合同144.0亿元，其中企业成交额{firms}亿元，占成交总额的74.9%，"
         "较上年增长28.2%。\n")


def test_a_share_of_the_total_it_names_not_of_the_qizhong_whole(article) -> None:
    code, doc = article(GANSU.format(firms="113.0"))
    assert code == 0 and alarms(doc) == []
    assert ("holds", ["113.0亿元", "150.81亿元", "74.9%"]) in checks(doc, "share")


def test_a_part_changed_still_fails_against_the_named_total(article) -> None:
    _, doc = article(GANSU.format(firms="123.0"))
    assert ("FC201", "warning") in alarms(doc)
    assert [w for v, w in checks(doc, "share") if v != "holds"] == [["123.0亿元", "150.81亿元", "74.9%"]]


# qinghai-graduates-2015-578011 (smoke47), lines 1 and 4: 占畢業生總數 twice in a paragraph names one whole,
# 14910 (10875 / 14910 = 72.94%, 4035 / 14910 = 27.06%), not the 其中 part 4387 before the second
QINGHAI = ("截至9月1日，我省普通高校畢業生共計14910人，就業13743人。\n"
           "特點3：青海生源畢業生的就業率略高于省外生源的就業率。今年我省高校青海省籍畢業生10875人，占畢業生總數的"
           "72.94%，初次就業率為93.39%。其中，省內六州生源畢業生4387人，初次就業率為93.21%，比上年提高2.55個百分點。"
           "外省籍生源畢業生{other}人，占畢業生總數的27.06%，初次就業率為89.00%。\n")


def test_one_total_title_twice_in_a_paragraph_names_one_whole(article) -> None:
    code, doc = article(QINGHAI.format(other="4035"))
    assert code == 0 and alarms(doc) == []
    assert [w for v, w in checks(doc, "share")] == [["10875人", "14910人", "72.94%"],
                                                    ["4035人", "14910人", "27.06%"]]
    code, doc = article(QINGHAI.format(other="4335"))
    assert alarms(doc) == [("FC201", "warning")]
    assert [w for v, w in checks(doc, "share") if v != "holds"] == [["4335人", "14910人", "27.06%"]]



# --- a 分别 at the head of the sentence pairs the shares after it in order with the levels ----------

# jiangsu-tech-contracts-jan-may-jsw (smoke47), lines 1, 3, 4 and 6 (总成交额 = 611.27亿元)
JIANGSU = ("今年1-5月，全省技术合同登记12658项，同比增长26.14%；成交额达611.27亿元、同比增长61.47%。\n"
           "一是技术创新能力突出。技术开发、技术服务两类合同成交额遥遥领先，分别登记5896项、5216项，成交额277.78亿元、"
           "221.69亿元，同比增长75.12%、229.99%，占总成交额的45.44%、36.27%。\n"
           "二是重点产业领域活力迸发。电子信息、新材料及其应用领域技术合同成交额位居前两位，分别为145.45亿元、{second}亿元，"
           "同比增长41.33%、36.61%，占总成交额的23.79%、14.05%。\n"
           "四是企业法人主体地位稳固。企业法人、高校、科研院所技术合同成交额分别为551.43亿元、25.49亿元、27.32亿元，"
           "同比增长53.53%、84.58%、503.09%，占总成交额的90.21%、4.17%、4.47%。\n")


def test_shares_pair_in_order_with_the_levels_a_head_fenbie_lists(article) -> None:
    code, doc = article(JIANGSU.format(second="85.91"))
    assert code == 0 and alarms(doc) == []
    assert [w for v, w in checks(doc, "share")] == [
        ["277.78亿元", "611.27亿元", "45.44%"], ["221.69亿元", "611.27亿元", "36.27%"],
        ["145.45亿元", "611.27亿元", "23.79%"], ["85.91亿元", "611.27亿元", "14.05%"],
        ["551.43亿元", "611.27亿元", "90.21%"], ["25.49亿元", "611.27亿元", "4.17%"],
        ["27.32亿元", "611.27亿元", "4.47%"]]


def test_a_level_changed_in_such_a_list_is_still_reported(article) -> None:
    _, doc = article(JIANGSU.format(second="95.91"))
    assert [w for v, w in checks(doc, "share") if v != "holds"] == [["95.91亿元", "611.27亿元", "14.05%"]]
    assert ("FC201", "warning") in alarms(doc)


def test_with_no_fenbie_the_lists_are_not_paired_in_order(article) -> None:
    """成交额277.78亿元、221.69亿元，…占总成交额的45.44%、36.27%: no 分别, no pairing in order."""
    first, second = JIANGSU.split("\n")[:2]
    _, doc = article(first + "\n" + second.replace("分别登记", "登记") + "\n")
    assert ["277.78亿元", "611.27亿元", "45.44%"] not in [w for v, w in checks(doc, "share")]
