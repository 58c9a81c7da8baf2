"""The same figure stated twice, forms learnt from a fresh sample of real text
(tests/data/forms15/duplicates.yaml, scored by tests/forms.py).

- A holiday is a part of the year however it is named: 国庆期间, 国庆假期, 国庆长假, 春节假日期间 are one
  period, and the first days of it (前4天, 前四天, 国庆假期1-4日) another; a day of it (除夕当天, 1月30日)
  is no figure of the holiday.

Each case is a real text (source given; pages printed in traditional script are converted back),
checked with `factcheck check x.txt --format json --show-checks`: the pair found and its verdict, one
figure changed gives a warning naming it, and the look-alikes are never paired.
"""

from __future__ import annotations

import pytest
from helpers import check_text as check
from helpers import duplicate_pairs as pairs
from helpers import error_findings as errors
from helpers import same_findings
from helpers import warned_figures as warned

# --- a holiday named two ways ----------------------------------------------------------------------
#: 央广网 (mirror hamasdt.com/cn/Instant/news/202210/t20221009_7286310.html): 国庆期间 in the title,
#: 国庆假期 in the body
SICHUAN = ("四川省国庆期间累计接待游客4300余万人次,旅游综合收入逾146亿元\n"
           "央广网北京10月8日消息 据四川省文化和旅游厅消息,根据第三方大数据监测,国庆假期四川省累计接待游客"
           "{}万人次,实现旅游综合收入146.41亿元,分别恢复到2020年同期的82.21%和60.4%,2021年同期的64.46%和"
           "53.46%。全省纳入统计的632家A级旅游景区累计接待游客1009.66万人次,实现门票收入8361.31万元。\n")
#: 中新网 (guangzhou.baogaosu.com/xinwen/…/43620772): 春节假期 in the title, 春节假日期间 in the lead
SPRING = ("春节假期全国接待游客3.02亿人次 旅游收入3651亿\n"
          "中新网2月14日电 据国家旅游局网站消息,国家旅游局今日发布《2016年春节假日旅游统计报告》,数据显示,"
          "今年春节假日期间,全国共接待游客{}亿人次,比上年同期增长15.6%,实现旅游收入3651亿元。\n"
          "北京、天津、承德、秦皇岛、沈阳、大连、长春、吉林、哈尔滨、上海、南京、无锡、苏州、杭州、宁波、黄山、"
          "厦门、南昌、瑞金、青岛、洛阳、武汉、长沙、张家界、韶山、广州、深圳、桂林、海口、三亚、重庆、成都、广安、"
          "贵阳、遵义、昆明、西安、延安、银川等39个重点旅游城市,共接待游客1.12亿人次,其中过夜游客为2172万人次,"
          "一日游游客为9000万人次。\n")
#: 央视网 (news.gscn.com.cn/system/2018/10/05/012027825.shtml): 国庆假期前四天 in the title, 国庆假期
#: 1-4日 in the body — the holiday's first four days
FIRST_DAYS = ("文化和旅游部:国庆假期前四天全国接待国内游客5.02亿人次 实现旅游收入4169亿元\n"
              "央视网消息:文化和旅游部综合各地旅游部门及线上旅游服务商提供的数据,经中国旅游研究院测算,国庆假期"
              "1-4日,全国接待国内游客{}亿人次,实现国内旅游收入4169亿元,同比增长双双达到百分之八以上。\n")


@pytest.mark.parametrize(("text", "value", "headline", "body", "changed"), [
    (SICHUAN, "4326.33", (1, "4300余万人次"), (2, "4326.33万人次"), "4226.33"),
    (SPRING, "3.02", (1, "3.02亿人次"), (2, "3.02亿人次"), "3.05"),
    (FIRST_DAYS, "5.02", (1, "5.02亿人次"), (2, "5.02亿人次"), "5.05"),
], ids=["期间-假期", "假期-假日期间", "前四天-1-4日"])
def test_a_holiday_named_two_ways_is_one_period(tmp_path, capsys, text, value, headline, body, changed):
    line, written = body
    column = text.format(changed).split("\n")[line - 1].find(changed) + 1
    doc = check(tmp_path, capsys, text.format(value))
    assert any(how == "linked" and verdict == "holds" and {headline, (line, written)} <= set(figures)
               for how, verdict, figures in pairs(doc))
    assert same_findings(doc) == []
    doc = check(tmp_path, capsys, text.format(changed))
    assert (line, column, written.replace(value, changed)) in warned(doc)
    assert errors(doc) == []


#: 中评社 (forum copy 5.39.217.77/redirect.php?…tid=3841318): a day of the holiday and its first four days
DAY_AND_DAYS = ("经国家旅游局数据中心综合测算,1月30日全国旅游接待总人数6310万人次,同比增长15.1%;实现旅游收入"
                "810亿元,同比增长18%。春节假日前四天(1月27-30日)全国旅游接待总人数累计25810万人次,同比增长14.2%;"
                "实现旅游收入累计3160亿元,同比增长16%。\n")
#: meili43.com/yule/2017/0211/72570_4.html: the holiday and its eve
EVE = ("4233亿元、3.44亿人次\n——旅游过年成风尚\n"
       "根据国家旅游局数据中心综合测算,春节期间,全国共接待游客3.44亿人次,同比增长13.8%,实现旅游总收入4233亿元,"
       "同比增长15.9%。\n仅除夕当天,全国旅游接待总人数就达到5050万人次,实现旅游收入590亿元。\n")
#: 中评社 (49.213.0.198/crn-webapp/doc/docDetailCNML.jsp?…docid=104981851): the nation's holiday and a
#: province's spas in the same holiday
SPAS = ("经国家旅游局数据中心综合测算,今年春节假期全国共接待游客3.86亿人次,同比增长12.1%,实现旅游收入"
        "4750亿元,同比增长12.6%。\n"
        "随着居民旅游意识增强,对旅游产品品质的要求进一步提升,度假游取代观光游,成为广大游客的热衷选择。湖南省户外"
        "运动、研学旅游、旅游民宿等新业态引领市场。贵州省打造温泉康养旅游产品,省内纳入重点监测的33个温泉景区,春节"
        "期间累计接待游客36.18万人次,实现旅游综合收入1.7亿元。\n")


@pytest.mark.parametrize(("text", "apart"), [
    (DAY_AND_DAYS, [("6310万人次", "25810万人次"), ("810亿元", "3160亿元")]),
    (EVE, [("3.44亿人次", "5050万人次"), ("4233亿元", "590亿元")]),
    (SPAS, [("3.86亿人次", "36.18万人次"), ("4750亿元", "1.7亿元")]),
], ids=["a-day-and-the-first-days", "the-eve", "another-place"])
def test_figures_of_another_day_or_place_of_the_holiday_are_never_paired(tmp_path, capsys, text, apart):
    doc = check(tmp_path, capsys, text)
    for a, b in apart:
        assert not any({a, b} <= {w for _, w in figures} for _, _, figures in pairs(doc))
    assert same_findings(doc) == []


# --- the article's own place -------------------------------------------------------------------------
#: 成都日报 (mirror m.blue-maple.cn/cdxw/2021-12-26/160422.html): the lead's 全市 follows 成都市统计局…成都
#: in its paragraph, the section's 全市 names nothing before it; the article names no other place
CHENGDU = ("原标题:今年前11月成都社会消费品零售总额超去年全年\n"
           "24日,成都市统计局公布1—11月份成都经济运行情况。统计数据显示,前11月全市规模以上工业增加值同比增长"
           "11.6%,两年平均增长7.9%;固定资产投资同比增长10.0%,两年平均增长9.5%;实现社会消费品零售总额8362.0亿元,"
           "同比增长14.9%,两年平均增长5.5%。全市经济运行情况良好。\n"
           "记者通过对比2020年全年经济数据发现,今年前11月成都社会消费品零售总额已超过去年全年的8118.5亿元。\n"
           "前11月,工业经济总体平稳。全市规模以上工业增加值同比增长{}%,两年平均增长7.9%。按轻重工业分,轻工业增长"
           "8.0%;重工业增长12.9%。分行业看,五大先进制造业增长12.0%。\n"
           "投资保持稳定增长。1—11月份,固定资产投资同比增长10.0%,两年平均增长9.5%。\n")
#: 央视网 section (mirror handmsg.com/page/2016/0514/8631699.shtml): a heading over a section whose
#: opening says 全市 — the article's own place, as the figure's own sentence would make it
HEADING = ("2016年1-6月全市经济运行简况\n"
           "地区生产总值增长6.7%\n"
           "初步核算,上半年全市实现地区生产总值11413.8亿元,按可比价格计算,同比增长6.7%,增速比1季度回落0.2个百分点。\n"
           "第三产业完成投资增长6.7%\n"
           "上半年,第一产业完成投资27.6亿元,比上年同期下降56.6%。第三产业完成投资3078.5亿元,增长6.7%。\n"
           "实现市场消费总额增长7.2%\n"
           "上半年,全市实现市场消费总额8994.6亿元,同比增长{}%,增速比1季度提高1.5个百分点。\n")


@pytest.mark.parametrize(("text", "value", "first", "again", "changed"), [
    (CHENGDU, "11.6", (2, "11.6%"), (4, "11.6%"), "11.3"),
    (HEADING, "7.2", (6, "7.2%"), (7, "7.2%"), "7.5"),
], ids=["lead-and-section", "heading-and-section"])
def test_the_articles_own_place_named_or_not_is_one_place(tmp_path, capsys, text, value, first, again,
                                                           changed):
    doc = check(tmp_path, capsys, text.format(value))
    assert any(how == "linked" and verdict == "holds" and {first, again} <= set(figures)
               for how, verdict, figures in pairs(doc))
    assert same_findings(doc) == []
    line, written = again
    doc = check(tmp_path, capsys, text.format(changed))
    assert (line, written.replace(value, changed)) in {(n, w) for n, _, w in warned(doc)}
    assert errors(doc) == []


#: 重庆日报 (mirror hkcd.com/content_p/2015-10/22/content_27725.html): the nation, named, stays its own
NATION = ("初步核算显示,前三季度,全市实现地区生产总值11252.67亿元,同比增长11%,较全国高4.1个百分点。\n"
          "重庆经济稳中向好,主要体现在三个方面:一是经济增长速度快。前三季度,全国GDP增速是6.9%,重庆则达到11%。\n")


@pytest.mark.parametrize(("text", "apart"), [
    (HEADING.format("7.2"), [((2, "6.7%"), (4, "6.7%")), ((3, "6.7%"), (5, "6.7%"))]),
    (NATION, [((1, "11%"), (2, "6.9%")), ((2, "11%"), (2, "6.9%"))]),
], ids=["two-headings", "the-nation"])
def test_figures_of_another_subject_or_place_are_never_paired(tmp_path, capsys, text, apart):
    doc = check(tmp_path, capsys, text)
    for a, b in apart:
        assert not any({a, b} <= set(figures) for _, _, figures in pairs(doc))
    assert same_findings(doc) == []


#: 惠州日报 (smoke8 huizhou-listed-companies-h1-jiafan): a bound said of each of four companies is no
#: level of the subject, whatever place the article's 我市 and 惠州 make one
EACH = ("数说亮点\n"
        "随著8月29日胜宏科技公布半年度报告，我市8家上市公司的半程营收成绩单已全部交出。记者获悉，今年上半年，惠州8家"
        "上市公司实现总营业收入610.27亿元，净利润总和为21.2亿元。\n"
        "4家上市企业净利润均超1亿\n"
        "记者了解到，今年上半年，惠州8家上市企业中，除硕贝德外，7家企业净利润实现同比增长，更有4家企业的净利润均超过"
        "1亿元，分别为TCL集团、德赛电池、亿纬锂能和胜宏科技。\n")


def test_a_bound_of_each_of_a_count_is_no_level(tmp_path, capsys):
    doc = check(tmp_path, capsys, EACH)
    assert not any((3, "超1亿") in figures for _, _, figures in pairs(doc))
    assert same_findings(doc) == []


# --- a headline's rate: the body's nominal one, never a part's ---------------------------------------
#: 中国质量新闻网 (mirror junxund.cn/cj/content/2019-08/14/content_7420289.htm): the headline drops 名义 as
#: it drops 实际; 除汽车以外的消费品零售额 is a part of the headline's subject, not the subject itself
JULY = ("国家统计局:2019年7月份社会消费品零售总额增长7.6%\n"
        "2019-08-14 10:53:53 中国质量新闻网\n"
        "中国质量新闻网讯 8月14日,国家统计局发布统计数据,2019年7月份,社会消费品零售总额33073亿元,同比名义"
        "增长{}%(扣除价格因素实际增长5.7%,以下除特殊说明外均为名义增长)。其中,除汽车以外的消费品零售额30017亿元,"
        "增长8.8%。\n"
        "2019年1-7月份,社会消费品零售总额228283亿元,同比增长8.3%。其中,除汽车以外的消费品零售额206136亿元,"
        "增长9.2%。\n")


def test_a_headline_rate_is_the_bodys_nominal_rate_not_a_parts(tmp_path, capsys):
    doc = check(tmp_path, capsys, JULY.format("7.6"))
    assert any(how == "linked" and verdict == "holds" and {(1, "7.6%"), (3, "7.6%")} <= set(figures)
               for how, verdict, figures in pairs(doc))
    assert not any({(1, "7.6%"), (3, "8.8%")} <= set(figures) for _, _, figures in pairs(doc))
    assert same_findings(doc) == []
    doc = check(tmp_path, capsys, JULY.format("7.9"))
    assert (3, "7.9%") in {(n, w) for n, _, w in warned(doc)}
    assert errors(doc) == []
