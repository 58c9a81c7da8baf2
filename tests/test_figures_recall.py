"""The forms of real articles the scanner reads (tests/data/articles, `python tests/corpus.py`):
each new form with the exact interval it gives, and the numbers next to it that are no figures.
"""

from __future__ import annotations

from fractions import Fraction as F

import pytest
from helpers import cpu_seconds

from factcheck.figures import figures_in_text
from factcheck.interval import Interval
from factcheck.quantity import parse_quantity

INF = None


def iv(lo, hi, lo_closed=True, hi_closed=True) -> Interval:
    return Interval(None if lo is None else F(lo), None if hi is None else F(hi), lo_closed, hi_closed)


def read(text: str) -> list[tuple[str, Interval | None]]:
    return [(f.written, f.interval) for f in figures_in_text(text)]


def check(text: str, *expected: tuple[str, Interval]) -> None:
    got = read(text)
    assert got == list(expected), got
    for written, interval in expected:  # what the scanner writes, the parser reads alike
        assert parse_quantity(written).interval == interval


# --- bound words: 破, 过, 踏上, 跨进 …; 节约 and 打破 are none -------------------------------------
TRILLION = 10**12


@pytest.mark.parametrize(("text", "written", "interval"), [
    ("深圳GDP破3万亿元。", "破3万亿元", iv(3 * TRILLION, INF, True, False)),
    ("财政收入首破万亿元。", "破万亿元", iv(TRILLION, INF, True, False)),
    ("下一个破万亿的，可能是这个区。", "破万亿", iv(TRILLION, INF, True, False)),
    ("东莞GDP突破万亿里程碑。", "突破万亿", iv(TRILLION, INF, True, False)),
    ("经济总量突破万亿元大关。", "突破万亿元", iv(TRILLION, INF, True, False)),
    ("地区生产总值过万亿元、", "过万亿元", iv(TRILLION, INF, False, False)),
    ("经济总量过5.5万亿元人民币的龙头。", "过5.5万亿元人民币", iv(55 * 10**11, INF, False, False)),
    ("人口超千万的城市。", "超千万", iv(10**7, INF, False, False)),
    ("深圳稳步踏上3万亿台阶。", "踏上3万亿", iv(3 * TRILLION, INF, True, False)),
    ("海淀区将在2022年跨进万亿。", "跨进万亿", iv(TRILLION, INF, True, False)),
    ("报考人数首破200万人大关。", "破200万人", iv(2_000_000, INF, True, False)),
    ("至少已有27个省份发布了数据。", "至少27个", iv(27, INF, True, False)),
    ("占地面积节约50%以上。", "50%以上", iv(F(1, 2), INF, True, False)),
    ("产值超50亿元以上企业。", "超50亿元以上", iv(5 * 10**9, INF, False, False)),
    ("GDP均增长了8%及以上。", "8%及以上", iv(F(8, 100), INF, True, False)),
    ("合计减收5.5亿元。", "减收5.5亿元", iv(-555_000_000, -545_000_000)),
    ("合计增收2.5亿元。", "2.5亿元", iv(245_000_000, 255_000_000)),
])
def test_bound_and_change_words(text, written, interval):
    check(text, (written, interval))


@pytest.mark.parametrize("text", [
    "打破3项纪录。", "经过3年努力。", "通过5项决议。", "经过万人检测。", "攻破万亿难关。",
])
def test_words_that_end_in_a_bound_word_bound_nothing(text):
    assert all(f.bound is None for f in figures_in_text(text)), read(text)


def test_a_multiple_after_a_change_word_and_its_bound():
    check("仔猪价格比同期涨了一倍。", ("涨一倍", Interval.point(2)))
    assert parse_quantity("增长近1倍").interval == iv(1, 2, True, False)  # ×(1 + [0, 1))
    assert parse_quantity("增长超1倍").interval == iv(2, INF, False, False)
    assert parse_quantity("增长两倍").interval == Interval.point(3)  # in words: exact, as 翻一番
    assert parse_quantity("增长2倍").interval == iv(F(5, 2), F(7, 2))


def test_a_narrowed_decline_is_a_rise_of_the_rate():
    check("同比下降0.8%，降幅比同期收窄2.6个百分点，比去年全年收窄4个百分点。",
          ("下降0.8%", iv(F(-85, 10000), F(-75, 10000))),
          ("2.6个百分点", iv(F(255, 100), F(265, 100))),
          ("4个百分点", iv(F(35, 10), F(45, 10))))
    check("增速比上月收窄0.5个百分点。", ("收窄0.5个百分点", iv(F(-55, 100), F(-45, 100))))


# --- a number before a word that is not its unit: a plain number ---------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("同比2020年的1.32亿增长了59.29%。",
     [("1.32亿", iv(131_500_000, 132_500_000)), ("59.29%", iv(F(59285, 100000), F(59295, 100000)))]),
    ("设立1500亿的产业母基金和500亿创投母基金。",
     [("1500亿", iv(149_950_000_000, 150_050_000_000)), ("500亿", iv(49_950_000_000, 50_050_000_000))]),
    ("深圳的3万亿之路。", [("3万亿", iv(25 * 10**11, 35 * 10**11))]),
    ("从3万亿到4万亿，", [("3万亿", iv(25 * 10**11, 35 * 10**11)), ("4万亿", iv(35 * 10**11, 45 * 10**11))]),
    ("收入倍差从2.37缩小到1.94。", [("2.37", iv(F(2365, 1000), F(2375, 1000))),
                                  ("1.94", iv(F(1935, 1000), F(1945, 1000)))]),
    ("最高最低之比仅为1.6左右。", [("1.6左右", iv(F(155, 100), F(165, 100)))]),
    ("新东方将8万桌椅捐赠给了乡村学校。", [("8万", iv(75_000, 85_000))]),
    ("人口仅313万、占全市总人口比重约14.3%。",
     [("313万", iv(3_125_000, 3_135_000)), ("约14.3%", iv(F(1425, 10000), F(1435, 10000)))]),
    ("发起了200亿天使母基金。", [("200亿", iv(19_950_000_000, 20_050_000_000))]),
])
def test_plain_numbers_before_words(text, expected):
    check(text, *expected)


def test_an_unknown_unit_is_still_kept_not_understood():
    figs = figures_in_text("义乌港天然气供应量12万标方。")
    assert [(f.written, f.understood) for f in figs] == [("12万标方", False)]
    assert read("推广2.0模式。") == []


# --- units -------------------------------------------------------------------------------------
def test_energy_is_not_power():
    check("斩获10GWh储能大单。", ("10GWh", iv(9_500_000, 10_500_000)))
    check("江苏时代12.5MW/52MWh储能项目。", ("12.5MW", iv(12_450, 12_550)), ("52MWh", iv(51_500, 52_500)))
    assert parse_quantity("10GWh").unit.dimension == "energy"
    assert parse_quantity("10GW").unit.dimension == "power"


def test_money_per_year():
    check("人均可支配收入77468元/年居首。", ("77468元/年", iv(F(154935, 2), F(154937, 2))))
    assert parse_quantity("1000元/月").value == parse_quantity("12000元/年").value == 12000


# --- ranks ----------------------------------------------------------------------------------------
def test_ranks_in_words():
    check("成为榜单的前两名。", ("前两名", iv(1, 2)))
    check("深造率前两百强的学校。", ("前两百强", iv(1, 200)))
    check("目前58.3%的GDP同比增速。", ("58.3%", iv(F(5825, 10000), F(5835, 10000))))


@pytest.mark.parametrize(("text", "written", "interval"), [
    ("广东稳居首位，", "首位", Interval.point(1)),
    ("佛山的第一家上市公司。", "第一家", Interval.point(1)),
    ("佛山第70家上市公司。", "第70家", Interval.point(70)),
    ("东莞是第24座GDP过万亿的城市。", "第24座", Interval.point(24)),
    ("是省内第三个运营支线运输机场。", "第三个", Interval.point(3)),
    ("上海是中国第一大经济城市。", "第一大", Interval.point(1)),
    ("冲击世界第四城。", "第四城", Interval.point(4)),
    ("连续37年居各省、区第一。", "第一", Interval.point(1)),
    ("海南省增速排名第二。", "第二", Interval.point(2)),
    ("玉环市排名第二位，", "第二位", Interval.point(2)),
    ("深圳冲击世界城市前十。", "前十", iv(1, 10)),
    ("冲击世界前十城市的位置。", "前十城", iv(1, 10)),
    ("行业占据了IPO前三，", "前三", iv(1, 3)),
    ("从前三甲排名看，", "前三甲", iv(1, 3)),
    ("东部三大沿海省份继续稳坐“前三把交椅”。", "前三", iv(1, 3)),  # quotes of its own
    ("位居全国百强县之首。", "百强", iv(1, 100)),
    ("太仓市，排名第三至第七位。", "第三至第七位", iv(3, 7)),
])
def test_ranks(text, written, interval):
    figs = [f for f in figures_in_text(text) if f.kind == "rank"]
    assert [(f.written, f.interval) for f in figs] == [(written, interval)]
    assert parse_quantity(written).interval == interval


def test_a_rank_that_moves():
    check("一般公共预算收入从全国第五提升到第三。", ("第五", Interval.point(5)), ("第三", Interval.point(3)))


@pytest.mark.parametrize("text", [
    "首批入选。", "元首个人。", "高明区首家上市公司。", "全国首个生态省。", "首次突破。",
    "第七次人口普查。", "第二套标准。", "第三代半导体。", "第一产业增加值。",
    "第三批项目。", "第一季度。", "第二次高考。", "十七届人大。",
])
def test_ordinals_of_other_kinds_are_no_ranks(text):
    assert read(text) == []


def test_the_largest_few_is_the_size_of_a_group_and_no_part_of_a_sum():
    figs = figures_in_text("前十大行业中，5个行业实现两位数增长。")
    assert (figs[0].written, figs[0].interval, figs[0].kind) == ("十个", Interval.point(10), "group")


# --- counters of places, cases, seats ---------------------------------------------------------------
@pytest.mark.parametrize(("text", "written", "n"), [
    ("广州、深圳和北京、上海、重庆、杭州六地入选。", "六地", 6),
    ("佛山上市公司实现五区全覆盖。", "五区", 5),
    ("在北京十六区里。", "十六区", 16),
    ("全市16区中。", "16区", 16),
    ("粤苏鲁3省份依旧。", "3个", 3),  # 3个省份 (tests/test_fixes8.py)
    ("包括四市和太仓市。", "四市", 4),
    ("粤港澳大湾区11城GDP。", "11城", 11),
    ("浙江和江苏各占5席。", "5席", 5),
    ("新增10例阳性感染者。", "10例", 10),
    ("打井34眼。", "34眼", 34),
    ("全市建设市、县、乡三级现代农业示范区。", "三级", 3),
])
def test_counters(text, written, n):
    check(text, (written, Interval.point(n)))


@pytest.mark.parametrize("text", ["二级巡视员。", "三级医院。", "四川省。", "三亚市。", "两城一岛。"])
def test_grades_and_names_are_no_counts(text):
    assert read(text) == []


# --- classes of size ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "written", "interval"), [
    ("中国有24座万亿GDP城市，", "万亿以上", iv(TRILLION, INF, True, False)),
    ("京沪携手晋级4万亿之城。", "4万亿以上", iv(4 * TRILLION, INF, True, False)),
    ("冲刺万亿俱乐部。", "万亿以上", iv(TRILLION, INF, True, False)),
    ("万亿元市辖区是什么概念？", "万亿元以上", iv(TRILLION, INF, True, False)),
    ("全国第一个12万亿大省。", "12万亿以上", iv(12 * TRILLION, INF, True, False)),
    ("连跨4个万亿级台阶。", "万亿级", iv(TRILLION, 10 * TRILLION, True, False)),
    ("若干个千亿级产业集群。", "千亿级", iv(10**11, 10**12, True, False)),
    ("3万亿量级的深圳。", "3万亿量级", iv(3 * TRILLION, 4 * TRILLION, True, False)),
    ("近5000亿量级的惠州。", "近5000亿量级", iv(4 * 10**11, 5 * 10**11, True, False)),
])
def test_classes_of_size(text, written, interval):
    figs = [f for f in figures_in_text(text) if f.kind == "class"]
    assert [(f.written, f.interval) for f in figs] == [(written, interval)]
    assert parse_quantity(written).interval == interval


# --- periods: the span a statement covers --------------------------------------------------------------
@pytest.mark.parametrize(("text", "written", "months"), [
    ("近五年，全国考研报名人数迅速增长。", "五年", 60),  # 近 is "recent" here, not "nearly"
    ("近三年来。", "三年", 36),
    ("5年间，考研报名人数翻了近一番。", "5年", 60),
    ("20年来，山外山逐步打破垄断。", "20年", 240),
    ("从20年前的全国近80位提升。", "20年", 240),
    ("这十年浙江的变革。", "十年", 120),
    ("十年来，浙江推进改革。", "十年", 120),
    ("三年后又成功考取博士生。", "三年", 36),
    ("公司最近三年累计研发投入。", "三年", 36),
])
def test_periods(text, written, months):
    fig = figures_in_text(text)[0]
    assert (fig.written, fig.interval, fig.kind) == (written, Interval.point(months), "period")


@pytest.mark.parametrize("text", [
    "两年平均增长4.2%。", "五年年均增长13.1%。", "前两年。", "后三年。", "2025年目标。", "走过这一年。",
    "三年行动计划。", "年底。",
])
def test_years_that_are_no_periods(text):
    assert [f.written for f in figures_in_text(text) if f.quantity and f.quantity.unit.name == "年"] == []


def test_the_years_of_an_average_are_no_parts_of_a_sum():
    # the false FC301 "两年 + 两年 = 4年" of news-shenzhen-3trillion-2021.txt line 39
    text = ("去年1-11月，全市进出口总额31579.51亿元，同比增长15.1%；两年平均增长8.6%。"
            "其中，出口17103.48亿元，同比增长12.6%，两年平均增长6.3%；"
            "进口14476.04亿元，同比增长18.2%，两年平均增长11.5%。")
    assert "两年" not in [f.written for f in figures_in_text(text)]


# --- shares: fractions and halves; rates by their digits ----------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("仅为宁波的1/6、合肥的1/5，芜湖的1/2。",
     [("1/6", Interval.point(F(1, 6))), ("1/5", Interval.point(F(1, 5))), ("1/2", Interval.point(F(1, 2)))]),
    ("GDP占北京的1/4。", [("1/4", Interval.point(F(1, 4)))]),
    ("约占三分之一。", [("三分之一", Interval.point(F(1, 3)))]),
    ("占三分之二以上。", [("三分之二以上", iv(F(2, 3), INF, True, False))]),
    ("诞生了一半以上的科创板上市公司。", [("1/2以上", iv(F(1, 2), INF, True, False))]),
    ("超过半数考生读研。", [("超过1/2", iv(F(1, 2), INF, False, False))]),
    ("成本减少一半。", [("减少1/2", Interval.point(F(-1, 2)))]),
    ("27个省份全部达到两位数增长。",
     [("27个", Interval.point(27)), ("两位数增长", iv(F(1, 10), 1, True, False))]),
])
def test_shares(text, expected):
    check(text, *expected)


@pytest.mark.parametrize("text", ["日期2024/1/5。", "比例3/5月。", "编号12/3。", "另一半。", "24/7服务。"])
def test_slashes_that_are_no_fractions(text):
    assert [f.written for f in figures_in_text(text) if "/" in f.written] == []


def test_a_fraction_is_no_percentage_of_a_count_before_it():
    # 长三角41个市中第30位，仅为宁波的1/6: 1/6 is GDP against GDP, not k of the 41 cities
    assert parse_quantity("1/6").unit.name != "%"


# --- the size of a named group -------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "n"), [
    ("但三大主导产业为纺织鞋服、石油化工、建材家居，", 3),
    ("而坐拥这三大产业的城市，", 3),
    ("电子信息、装备制造、先进材料和生物医药四大产业创新集群。", 4),
    ("制定实施广州、深圳、珠江口西岸、汕潮揭、湛茂五大都市圈发展规划。", 5),
])
def test_groups_with_their_members_named(text, n):
    figs = figures_in_text(text)
    assert [(f.interval, f.kind) for f in figs] == [(Interval.point(n), "group")]


@pytest.mark.parametrize("text", ["全省实施两大平原现代农业综合配套改革。", "深入贯彻党的二十大精神。",
                                  "东部三大沿海省份继续领跑。"])
def test_groups_without_members_are_no_figures(text):
    assert read(text) == []


# --- from one level to another, the words around a share -------------------------------------------
def test_the_first_of_two_levels_takes_the_unit_of_the_second():
    check("江门则由0到3家。", ("0家", Interval.point(0)), ("3家", Interval.point(3)))


def test_about_before_a_share_of_something():
    check("约占北京市的60%。", ("约60%", iv(F(55, 100), F(65, 100))))


def test_a_negative_pull_is_negative():
    check("负向拉动全市投资8.7个百分点。", ("-8.7个百分点", iv(F(-875, 100), F(-865, 100))))


# --- numbers that are no figures -------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "7、8、9三个月，25-59岁就业主体人群的失业率。", "16-24岁城镇人口失业率。",
    "我市全力推进了百亿斤粮食产能基地建设。", "初次分配、再分配、三次分配协调配套。", "01\n对比\n02\n对比",
])
def test_numbers_in_names_and_labels(text):
    # 三个: the count of the months 7、8、9 (a figure of its own, not a number of a label)
    assert [f.written for f in figures_in_text(text) if f.written not in ("三个",)] == []


def test_a_heading_does_not_run_into_the_next_line():
    check("海南省增速排名第二\n海南省经济表现抢眼", ("第二", Interval.point(2)))


# --- signs, No.1, bases, the level a bound word does not bound -------------------------------------
@pytest.mark.parametrize(("text", "written", "interval"), [
    ("增速为负百分之三。", "负百分之三", iv(F(-35, 1000), F(-25, 1000))),
    ("收入为负1.2亿元。", "负1.2亿元", iv(-125_000_000, -115_000_000)),
    ("是当之无愧的No.1。", "第1", Interval.point(1)),
    ("稳居全国No.1的位置。", "第1", Interval.point(1)),  # 的 after the rank: not a unit 位
    ("海淀每10万人中。", "100000人", Interval.point(100_000)),  # the base of a rate: exact
    ("8个省份增速超过18.3%的全国平均水平。", "18.3%", iv(F(1825, 10000), F(1835, 10000))),
    ("这两座一线城市。", "两座", Interval.point(2)),
    ("科创板公司数量第三的城市。", "第三", Interval.point(3)),
])
def test_signs_ranks_bases(text, written, interval):
    figs = [f for f in figures_in_text(text) if f.written == written]
    assert [f.interval for f in figs] == [interval], read(text)
    assert parse_quantity(written).interval == interval


def test_a_bound_word_still_bounds_a_share_of_things():
    check("超过80%的企业实现增长。", ("超过80%", iv(F(8, 10), INF, False, False)))


def test_no_dot_before_a_name_is_no_rank():
    assert figures_in_text("地铁No.1号线") == [] and figures_in_text("型号No.1A") == []


@pytest.mark.parametrize("text", ["负债1.2亿元。", "误差正负5%。"])
def test_fu_that_is_no_minus(text):
    assert all(f.interval.lo >= 0 for f in figures_in_text(text)), read(text)


def test_the_new_forms_keep_the_scan_linear():
    unit = "三大产业为A、B、C约占北京的60%市、县、乡三级"  # one endless clause: no hard separator
    for n in (20_000, 100_000):
        text = (unit * (n // len(unit) + 1))[:n]
        _, elapsed = cpu_seconds(lambda: figures_in_text(text))  # noqa: B023
    assert elapsed < 30, elapsed  # a look over the whole clause per figure took minutes


def test_a_number_after_latin_letters_is_a_figure_when_an_amount_follows():
    """GDP9602.72亿元, 深圳GDP3.07万亿元, CPI 2.5%: a name (PM2.5, G60, A320, IP55) never goes on
    with a magnitude, 元 or %."""
    check("全市GDP9602.72亿元", ("9602.72亿元", iv("960271500000", "960272500000")))
    check("实现GDP 9602.72亿元", ("9602.72亿元", iv("960271500000", "960272500000")))
    check("深圳GDP3.07万亿元", ("3.07万亿元", iv("3065000000000", "3075000000000")))
    for name in ("G60科创走廊", "A320飞机", "IP55防护等级", "PM2.5浓度下降"):
        assert read(name) == []


def test_a_fall_is_shared_by_the_numbers_its_list_joins():
    """分别回落2.16和1.66个百分点, 分别下降2.1%、1.6%和0.6%, 减少3家和5家: each number of the list
    fell (the sign was lost on all but the first); a number with its own word keeps it."""
    check("分别回落2.16和1.66个百分点", ("回落2.16个百分点", iv("-2.165", "-2.155")),
          ("回落1.66个百分点", iv("-1.665", "-1.655")))
    check("分别下降2.1%、1.6%和0.6%", ("下降2.1%", iv("-0.0215", "-0.0205")),
          ("下降1.6%", iv("-0.0165", "-0.0155")), ("下降0.6%", iv("-0.0065", "-0.0055")))
    check("比上年下降0.3个百分点和提高0.5个百分点", ("下降0.3个百分点", iv("-0.35", "-0.25")),
          ("0.5个百分点", iv("0.45", "0.55")))
