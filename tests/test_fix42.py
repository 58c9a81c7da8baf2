"""No false alarm on the forty-second round of unseen articles (tests/data/smoke42, review.yaml; sources
in sources.yaml): each form of writing that raised one, on the real sentence and another of its form,
the look-alikes still found, and a copy with one figure changed (the finding names the changed figure).
"""

from __future__ import annotations

from helpers import alarms
from helpers import checks_of as checks
from helpers import names_written as _named

# --- 1. 占全市经济的 names the city's economy (its GDP), not the 其中 parent ----------------------------

# chongqing-communique-2016-baogaosu line 4 (https://chongqing.baogaosu.com/…/55816849)
CHONGQING = ("初步核算，全年实现地区生产总值17558.76亿元，比上年增长10.7%。非公有制经济实现增加值"
             "10728.77亿元，增长10.9%，占全市经济的61.1%。其中，民营经济实现增加值{a}亿元，增长12.1%，占全市经济的{p}%。\n")
# city-communique-2015-gxscse lines 2 and 3 (http://gxscse.com/ShuJuXiangGuan/677781.html): the share of
# the non-public economy in the city's economy, in a sentence of its own
GXSCSE = ("全年实现地区生产总值（GDP）1605.1亿元，按可比价计算，比上年增长8.2%。\n"
          "非公有制经济全年非公有制经济实现增加值958.8亿元，增长8.9%。非公有制经济占全市经济的比重为59.7%，"
          "比上年提高0.6个百分点。\n")


def test_a_share_of_the_citys_economy_is_of_its_gdp(article) -> None:
    _, doc = article(CHONGQING.format(a="8760.49", p="49.9"))
    assert alarms(doc) == []
    shares = checks(doc, "share")
    assert ("holds", ["8760.49亿元", "17558.76亿元", "49.9%"]) in shares
    assert ("holds", ["10728.77亿元", "17558.76亿元", "61.1%"]) in shares
    assert ("holds", ["8760.49亿元", "10728.77亿元"]) in checks(doc, "breakdown")  # 其中 still a part


def test_a_changed_share_of_the_citys_economy_is_named(article) -> None:
    code, doc = article(CHONGQING.format(a="8760.49", p="59.9"))
    assert code == 1 and _named(doc, "59.9%")
    code, doc = article(CHONGQING.format(a="9760.49", p="49.9"))
    assert code == 1 and _named(doc, "9760.49亿元")


def test_a_share_of_the_citys_economy_of_a_sentence_of_its_own_raises_nothing(article) -> None:
    _, doc = article(GXSCSE)
    assert alarms(doc) == []


# The look-alikes: a share that names the 其中 parent, or no whole, is still of the parent.
OF_PARENT = ("非公有制经济实现增加值10728.77亿元，增长10.9%。其中，民营经济实现增加值8760.49亿元，"
             "增长12.1%，占非公有制经济的{p}%。\n")
BARE = "全年一般公共预算支出48.9亿元，其中民生支出40.1亿元，占比达{p}%。\n"


def test_a_share_naming_the_qizhong_parent_is_still_of_it(article) -> None:
    _, doc = article(OF_PARENT.format(p="81.7"))
    assert ("holds", ["8760.49亿元", "10728.77亿元", "81.7%"]) in checks(doc, "share")
    code, doc = article(OF_PARENT.format(p="49.9"))
    assert code == 1 and _named(doc, "49.9%")
    _, doc = article(BARE.format(p="82"))
    assert checks(doc, "share") == [("holds", ["40.1亿元", "48.9亿元", "82%"])]


# --- 2. 合計占 is the share of the levels before it together, never of one in another ------------------

# pingtung-final-accounts-fy2018-taiwanhot line 3 (https://www.taiwanhot.net/?p=745571): 歲入 is not
# stated; 139.69 + 241.98 = 381.67億 of 405.96億 is 94.02%
PINGTUNG = ("就歲入來源以稅課收入139億6,932萬餘元、補助及協助收入241億9,760萬餘元占最大宗，比例分別為34.41%及"
            "59.61%，合計占歲入94.02%。\n")
# hunan-trade-q1q3-2023-tibet-cn line 4 (smoke24, http://tibet.cn/cn/Instant/local/202310/t20231023_7507234.html)
HUNAN = ("同期，东盟、美国、中国香港、欧盟为湖南省前4大贸易伙伴，分别进出口917.9亿元、419亿元、403.8亿元、"
         "394.7亿元，合计占全省外贸总值的46.2%。\n")


def test_a_share_of_the_levels_together_takes_no_one_of_them_as_its_part(article) -> None:
    for text in (PINGTUNG, HUNAN):
        _, doc = article(text)
        assert alarms(doc) == []
        assert checks(doc, "share") == []


# The look-alike: a share after one level (no 合计) is still of it (搜狐 2008-03-04, 2007年财政收入增长
# 结构分析: http://business.sohu.com/20080304/n255507520.shtml).
SOHU = ("2007年财政总收入累计完成51304.03亿元，比上年同期增收12543.83亿元，增长32.4%。其中，税收收入{a}亿元，"
        "比上年增收11487.11亿元，同比增长33.7%，占财政总收入的比重为88.9%；非税收入5691.04亿元，比上年同期增收"
        "1056.72亿元，增长22.8%，占财政总收入的比重为11.1%。\n")


def test_a_share_of_one_level_is_still_checked(article) -> None:
    _, doc = article(SOHU.format(a="45612.99"))
    shares = checks(doc, "share")
    assert ("holds", ["45612.99亿元", "51304.03亿元", "88.9%"]) in shares
    assert ("holds", ["5691.04亿元", "51304.03亿元", "11.1%"]) in shares
    code, doc = article(SOHU.format(a="44612.99"))
    assert code == 1 and _named(doc, "44612.99亿元")


# --- 3. 占全县工业的 names a subject, not a measure: the whole bears the part's measure --------------

# baojing-communique-2008-part2-xiaze lines 1-2 (https://web.xiaze.org/tjgb/201003/20731-2.html): the
# county's 工业总产值 (325969万元) is printed before the excerpt; 规模以上独立核算工业销售收入 is another
# measure
BAOJING = ("工业经济效益进一步提高。规模以上独立核算工业销售收入323686万元，同比增长29.85%；各项税金"
           "15287万元，增长50.17%。\n工业园区发展形势喜人。毛沟、复兴、大妥三个工业小区完成工业总产值202394万元，"
           "占全县工业的{p}%。\n")
# The look-alike: a whole of the part's measure (the county's 工业总产值, as the communiqué's part before
# the excerpt states it) is still the whole.
OF_ITS_MEASURE = "全县完成工业总产值325969万元，同比增长25.1%。\n" + BAOJING


def test_a_whole_of_another_measure_is_no_whole_of_a_share_of_a_subject(article) -> None:
    _, doc = article(BAOJING.format(p="62.09"))
    assert alarms(doc) == []
    assert checks(doc, "share") == []


def test_a_whole_of_the_parts_measure_is_still_the_whole(article) -> None:
    _, doc = article(OF_ITS_MEASURE.format(p="62.09"))
    assert ("holds", ["202394万元", "325969万元", "62.09%"]) in checks(doc, "share")
    _, doc = article(OF_ITS_MEASURE.format(p="65.09"))
    assert _named(doc, "65.09%", "warning")  # tied across sentences: a warning


# --- 4. a 、 list before a larger count of vehicles (辆, 台) names their kinds or faults ------------------

# town-work-2021-qclgf line 9 (https://m.qclgf.com/zwgk/xzxxgkml/jwzz/ghzj/20220127/i2601339.html)
QCLGF = "整治無牌無證、非法安裝遮陽傘摩托車16輛，整治無牌無證三輪車、麵包車8台。\n"
# 汕头特区晚报 2006-08-28 (http://news.sina.com.cn/o/2006-08-28/16309870310s.shtml)
CHENGHAI = ("行动以来共查扣无牌无证、假牌假证、报废机动车185辆，非法后三轮摩托车92辆，并依法对二名无证驾驶"
            "后三轮摩托车、妨害民警执行公务的违法人员予以行政拘留。\n")


def test_kinds_of_vehicles_are_no_names_of_the_vehicles_counted(article) -> None:
    for text in (QCLGF, CHENGHAI):
        _, doc = article(text)
        assert alarms(doc) == []
        assert checks(doc, "enumeration") == []


# The look-alikes: as many names as the count of vessels still name them, and more names than the count
# is an error (the form of the navy's 辽宁舰、山东舰 reports); names before a count of another counter
# (7、8、9三个月, tests/test_discover_enumeration.py) are still checked.
SHIPS = "中国已有辽宁舰、山东舰{n}航母。\n"


def test_names_of_vessels_as_many_as_their_count_are_still_checked(article) -> None:
    _, doc = article(SHIPS.format(n="两艘"))
    assert checks(doc, "enumeration") == [("holds", ["两艘"])]
    code, doc = article(SHIPS.replace("山东舰", "山东舰、福建舰").format(n="两艘"))
    assert code == 1 and _named(doc, "两艘")


def test_names_before_a_count_of_months_are_still_checked(article) -> None:
    text = "{a}，全国城镇调查失业率分别为5.1%、5.1%和4.9%，走势稳中有降。\n"
    _, doc = article(text.format(a="7、8、9三个月"))
    assert alarms(doc) == []
    code, doc = article(text.format(a="7、8、9五个月"))
    assert code == 1 and _named(doc, "五个")


# --- 5. a section opened in one month's sentence ends where a sentence of another period opens ----------

# lishui-economy-jan-may-2024-tjj line 3 (http://tjj.lishui.gov.cn/art/2024/6/21/art_1229215960_58847866.html)
LISHUI = ("5月份，全市规模以上工业增加值39.1亿元，同比增长5.7%，分门类看，采矿业，制造业，电力、热力、燃气"
          "及水生产和供应业分别下降29.8%、增长6.5%和增长4.1%。1-5月，全市规模以上工业增加值175.8亿元，同比增长9.2%，"
          "增速比1-4月回落1.0个百分点。先进制造业支撑有力，数字经济核心产业制造业、装备制造业、战略性新兴产业"
          "增加值分别增长24.7%、17.8%、12.8%，分别高于规上工业15.5个、8.6个和3.6个百分点。小微企业增势良好，"
          "1-5月实现增加值113.2亿元，同比增长11.6%，增速快于规上工业2.4个百分点。\n")


def test_a_section_of_one_month_takes_no_parts_of_another_period(article) -> None:
    _, doc = article(LISHUI)
    assert alarms(doc) == []
    assert not [w for _, w in checks(doc, "breakdown") if "113.2亿元" in w and "39.1亿元" in w]


# The look-alike: sections each opened in the period of the total (青海省统计局 2020-04-22, 一季度全省消费品
# 零售总额: http://tjj.qinghai.gov.cn/infoAnalysis/tjMessage/202004/t20200422_243594.html) still split it.
QINGHAI = ("一季度，全省完成社会消费品零售额163.17亿元，同比下降23.0%，比1-2月降幅收窄2.9个百分点。其中，"
           "3月份，全省社会消费品零售总额同比下降17.3%，降幅比1—2月收窄8.6个百分点。\n"
           "按经营单位所在地分，一季度，城镇消费品零售额{a}亿元，同比下降24.0%；乡村消费品零售额31.51亿元，下降18.3%。\n"
           "按消费类型分，一季度，商品零售150.07亿元，同比下降22.7%；餐饮收入13.10亿元，下降26.4%。\n")


def test_sections_of_the_totals_period_still_split_it(article) -> None:
    _, doc = article(QINGHAI.format(a="131.66"))
    splits = checks(doc, "breakdown")
    assert ("holds", ["131.66亿元", "31.51亿元", "163.17亿元"]) in splits
    assert ("holds", ["150.07亿元", "13.10亿元", "163.17亿元"]) in splits
    _, doc = article(QINGHAI.format(a="141.66"))
    assert _named(doc, "141.66亿元", "warning")
