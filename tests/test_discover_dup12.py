"""A headline's figure restated from the body (discover/duplicate.py, *linked*, at most a warning).

A news headline summarises figures of its body: the rate with its verb (同比增5.3%, 增长7.0%, 同比增
35.4% after the level) for the body's 同比实际增长5.3%; a level rounded or bounded (净利30亿元 for 净利为
29.8亿元, 已超102万 for 达102.6万个, 20.1万亿！ for 20.1万亿元); a share by whose it is (91%受访者认为…
for 认为…的受访者达91%). The body figure is the first of the
headline's measure (a growth rate, a share, a level in its unit), subject, place and period; when
the body states several figures of that kind that are not one figure, nothing is paired.

Each case is a small article made of real sentences (source given), checked with
`factcheck check x.txt --format json --show-checks`; the whole texts are checked too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import check_text as check
from helpers import duplicate_pairs as pairs
from helpers import error_findings as errors
from helpers import same_findings
from helpers import warned_figures as warned

DATA = Path(__file__).parent / "data"

# --- a growth rate ---------------------------------------------------------------------------------
#: 现代物流报 (smoke4 industrial-production-aug-2021): http://news.z56c.com/shtml/xdwlb/20210920/394065.shtml
#: — 同比增 in the headline, 同比实际增长 in the body (the rate of 规上工业增加值 is real)
AUGUST = ("8月规模以上工业增加值同比增5.3% 汽车制造业降12.6%\n\n"
          "本报讯9月15日，据国家统计局网站显示，8月份，规模以上工业增加值同比实际增长{}%（以下增加值增速均为"
          "扣除价格因素的实际增长率），比2019年同期增长11.2%，两年平均增长5.4%。从环比看，8月份，规模以上工业"
          "增加值比上月增长0.31%。1~8月份，规模以上工业增加值同比增长13.1%，两年平均增长6.6%。\n")
#: lnmo.com.cn (smoke4 industrial-production-jan-feb-2024): http://lnmo20120705144641382752.lnmo.com.cn/
#: news_59850.html — 中国 in the headline, no place in the body (a national release)
JAN_FEB = ("国家统计局：中国1-2月规模以上工业增加值增长7.0%\n\n"
           "1—2月份，规模以上工业增加值同比实际增长{}%（增加值增速均为扣除价格因素的实际增长率）。从环比看，2月份，"
           "规模以上工业增加值比上月增长0.56%。\n")
#: 新浪财经 (smoke electronics-manufacturing-jan-apr-2022): github:Rock-Candy-Tea/RSSHUB-PAGE/source/
#: _posts/金融/新浪财经/新浪财经－国內/1-4月规上电子信息制造业增加值同比增107% 实现营业收入同比增7%.md —
#: the headline's 营业收入 is of the 规上电子信息制造业 its first clause names
ELECTRONICS = ("1-4月规上电子信息制造业增加值同比增10.7% 实现营业收入同比增7%\n\n"
               "1-4月份，全国规模以上电子信息制造业增加值同比增长10.7%，增速比一季度下降2个百分点。\n\n"
               "营业收入稳定增长\n\n"
               "1-4月份，规模以上电子信息制造业实现营业收入44815亿元，同比增长{}%，增速比一季度低2.5个百分点；"
               "营业成本39194亿元，同比增长7.7%；实现利润总额1898亿元，同比下降2.9%。\n")
#: 中新网 on 新浪财经 (smoke national-fdi-jan-may): github:Rock-Candy-Tea/RSSHUB-PAGE/…/1-5月全国吸收外资
#: 4810亿元人民币 同比增354%.md — the headline's rate after its level is the level's rate
FDI = ("1-5月全国吸收外资4810亿元人民币 同比增35.4%\n\n"
       "中新网6月12日电 据商务部网站消息，2021年1-5月，全国新设立外商投资企业18497家，同比增长48.6%，"
       "较2019年同期增长12.4%；实际使用外资金额4810亿元人民币，同比增长{}%，较2019年同期增长30.3%。\n")


@pytest.mark.parametrize(("text", "rate", "headline", "body", "changed"), [
    (AUGUST, "5.3", (1, "5.3%"), (3, 38, "5.3%"), "3.5"),  # two digits swapped
    (JAN_FEB, "7.0", (1, "7.0%"), (3, 20, "7.0%"), "6.5"),  # revised
    (ELECTRONICS, "7", (1, "7%"), (7, 32, "7%"), "7.7"),
    (FDI, "35.4", (1, "35.4%"), (3, 92, "35.4%"), "34.5"),
], ids=["real-rate", "national", "carried-qualifier", "rate-after-level"])
def test_a_headline_rate_restates_the_body_rate(tmp_path, capsys, text, rate, headline, body, changed):
    line, column, written = body
    doc = check(tmp_path, capsys, text.format(rate))
    assert any(how == "linked" and verdict == "holds" and {headline, (line, written)} <= set(figures)
               for how, verdict, figures in pairs(doc))
    assert same_findings(doc) == []
    doc = check(tmp_path, capsys, text.format(changed))
    assert (line, column, written.replace(rate, changed)) in warned(doc)
    assert errors(doc) == []


# --- a level rounded or bounded --------------------------------------------------------------------
#: 阳光易购 news page (github:likgjava/eb webapp/view/staticpags/supplierzx/ff8080813192fe7c0131ac0f
#: 76971426.jsp): 万科 is the headline's, 净利 the body's subject; 30亿元 is 29.8亿元 rounded
VANKE = ("万科上半年净利30亿元同比增长5.9%\n\n"
         "8月8日晚间消息，万科于周一晚间公布了2011年度中期报告，公司上半年实现营业收入199.9亿元，净利为{}亿元，"
         "同比分别增长19.2%和5.9%;基本每股收益0.27元，同比增长3.85%。\n")
#: yqxs123.com (smoke8 health-facilities-mar-2021-yqxs123): http://m.yqxs123.com/show.asp?id=9216 — the
#: bound without its counter, the body's count with 个 and the measure word 数
FACILITIES = ("卫健委最新统计：全国医疗卫生机构已超102万!\n\n"
              "国家卫健委官网在5月24日，公布了2021年3月底全国医疗卫生机构数量。\n\n"
              "截至2021年3月底，全国医疗卫生机构数达{}万个。与2020年3月底比较，全国医疗卫生机构增加17273个，"
              "其中：医院增加1170个，基层医疗卫生机构增加17572个，专业公共卫生机构减少1624个。\n\n"
              "基层医疗卫生机构97.3万个，其中：社区卫生服务中心（站）3.5万个，乡镇卫生院3.6万个。\n")
#: 南宫市政府网 (smoke7 trade-h1-2023-nangong): http://info.nangong.gov.cn/content/11104/39543.html — a
#: figure that opens the headline, its subject after it (中国外贸)
TRADE = ("20.1万亿！中国外贸半年报速读\n\n"
         "国务院新闻办13日召开新闻发布会，海关总署新闻发言人、统计分析司司长吕大良介绍，上半年我国外贸进出口同比"
         "增长2.1%，规模创历史同期新高，外贸进出口稳中提质，符合预期。\n\n"
         "据海关统计，今年上半年，我国货物贸易进出口总值{}万亿元，同比增长2.1%。\n")


@pytest.mark.parametrize(("text", "level", "headline", "body", "changed"), [
    (VANKE, "29.8", (1, "30亿元"), (3, 52, "29.8亿元"), "28.9"),
    (FACILITIES, "102.6", (1, "超102万"), (5, 21, "102.6万个"), "100.6"),
    (TRADE, "20.1", (1, "20.1万亿"), (5, 24, "20.1万亿元"), "21.0"),
], ids=["rounded", "bound", "opening-figure"])
def test_a_headline_level_restates_the_body_level(tmp_path, capsys, text, level, headline, body,
                                                 changed):
    line, column, written = body
    doc = check(tmp_path, capsys, text.format(level))
    assert ("linked", "holds", [headline, (line, written)]) in pairs(doc)
    assert same_findings(doc) == []
    doc = check(tmp_path, capsys, text.format(changed))
    assert (line, column, written.replace(level, changed)) in warned(doc)
    assert errors(doc) == []


@pytest.mark.parametrize(("article", "headline", "body"), [
    ("smoke4/industrial-production-aug-2021", (1, "5.3%"), (2, "5.3%")),
    ("smoke4/industrial-production-jan-feb-2024", (1, "7.0%"), (2, "7.0%")),
    ("smoke/electronics-manufacturing-jan-apr-2022", (1, "7%"), (11, "7%")),
    ("smoke8/health-facilities-mar-2021-yqxs123", (1, "超102万"), (3, "102.6万个")),
    ("smoke7/trade-h1-2023-nangong", (1, "20.1万亿"), (3, "20.1万亿元")),
])
def test_the_whole_articles(tmp_path, capsys, article, headline, body):
    """The same pairs in the whole texts, and no FC901 warning there."""
    doc = check(tmp_path, capsys, (DATA / f"{article}.txt").read_text(encoding="utf-8"))
    assert ("linked", "holds", [headline, body]) in pairs(doc)
    assert same_findings(doc) == []


# --- a share: whose it is, in the words after it ----------------------------------------------------
#: 挂失登报网 (https://cnguashi.com/abc/a/news/8068.html), 读卖新闻's poll: the headline's 91%受访者认为
#: “报纸存在有必要” is the body's 认为“报纸存在有必要”的受访者达91% — most of its words, not the 88%'s
POLL = ("日本91%受访者认为“报纸存在有必要”\n\n"
        "日本《读卖新闻》最近公布了对全国3000名成人读者进行的民意调查结果。\n\n"
        "调查结果显示，认为“报纸存在有必要”的受访者达{}%，认为“报纸为人们的日常生活提供了有用而必要的信息”的"
        "受访者达88%。相对来讲，在不大爱读报纸的20岁左右的年轻人中，认为“报纸存在有必要”在时隔5年后首次增加，"
        "比例升至86%。\n")


def test_a_headline_share_restates_the_body_share(tmp_path, capsys):
    doc = check(tmp_path, capsys, POLL.format("91"))
    assert ("linked", "holds", [(1, "91%"), (5, "91%")]) in pairs(doc)
    assert same_findings(doc) == []
    doc = check(tmp_path, capsys, POLL.format("19"))
    assert (5, 23, "19%") in warned(doc)
    assert errors(doc) == []


# --- near misses -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # the 现代物流报 headline without its month: the body states the rate of 8月 and of 1~8月, the
    # words do not say which
    AUGUST.format("5.3").replace("8月规模以上", "规模以上", 1),
    # 中国旅游新闻 (smoke9 national-day-2015-yunnan-baogaosu, http://www.baogaosu.com): 超百亿 is said of
    # each of 14 provinces, not of the nation's 旅游收入4213亿元
    "国庆假日全国14省旅游收入超百亿 云南收入72.86亿\n\n"
    "10月9日，国家旅游局在京召开新闻发布会。经国家旅游局数据中心综合测算，全国共接待游客5.26亿人次，"
    "实现旅游收入4213亿元，增长17.9%。\n",
    # 新华日报 (smoke jiangsu-trade-jan-aug): the headline's 外贸 is not a part of it (外商投资企业进出口,
    # 国有企业进出口), and the body states two of them
    "1-8月江苏外贸同增17.1%\n\n1-8月，江苏外商投资企业进出口1.38万亿元，增长10.7%；国有企业进出口1951.4亿元，"
    "增长16.2%。\n",
    # a headline's growth rate and a share in the body with the same words: other measures
    "1-4月规上电子信息制造业营业收入同比增4.2%\n\n1-4月份，规模以上电子信息制造业营业收入利润率为4.2%。\n",
    # the headline's place is not the body's (北京日报 and 国家统计局 sentences, smoke2 beijing-cpi-q1-2022)
    "北京一季度CPI同比上涨1.4%\n\n一季度，上海居民消费价格同比上涨1.1%。\n",
    # 新浪财经 (smoke fdi-january-2022): 均 — the rate of each of 中部 and 西部, not the nation's
    "1022.8亿元！1月实际使用外资实现开门红 中西部地区同比均创下超40%高增速\n\n"
    "商务部数据显示，1月，全国实际使用外资金额1022.8亿元人民币，同比增长11.6%。\n",
    # 中国经济周刊 on 新浪财经 (news-27prov-q1-2021): a count of provinces is no figure of the body's
    # 2个省份GDP超过2万亿元
    "27省份一季度GDP出炉：广东稳居首位\n\n截至4月26日，至少已有27个省份发布了一季度GDP数据。"
    "从GDP总量看，广东省稳居第一；2个省份GDP超过2万亿元，8个省份GDP超过1万亿元。\n",
    # 金山电池 press release (a news page stored on GitHub): two shares of 受访者认为 in the body,
    # which the heading's words do not tell apart
    "60%以上受访者认为高质量的10分钟足以完成“自我充电”\n\n"
    "· 70%受访者认为在工作期间拥有10分钟“自我充电”时间不是一件困难的事情\n\n"
    "· 60%受访者认为在工作期间有10分钟休息时间足以为自己快速充电\n",
], ids=["two-periods", "each-of-a-count", "parts", "rate-and-share", "two-places", "each-of-two",
        "count-of-places", "two-shares"])
def test_headlines_that_restate_no_body_figure(tmp_path, capsys, text):
    doc = check(tmp_path, capsys, text)
    assert [p for p in pairs(doc) if any(line == 1 for line, _ in p[2])] == []
    assert errors(doc) == []


# --- the lead, against the paragraphs after it -------------------------------------------------------
@pytest.mark.parametrize(("article", "lead", "body"), [
    # 时代周报 on 新浪财经 (news-gba-ipo-2021): the lead's 东莞…GDP达10855.35亿元 and 东莞GDP突破万亿元 below
    ("articles/news-gba-ipo-2021", (3, "10855.35亿元"), (5, "突破万亿元")),
    # 山东商报 (smoke shandong-h1-2022, github:Rock-Candy-Tea/RSSHUB-PAGE): 56.26万亿元 of 562642亿元
    ("smoke/shandong-h1-2022", (3, "56.26万亿元"), (11, "562642亿元")),
    # 中国房地产报 (smoke real-estate-q1-2021): 3.8万亿元 of the NBS's 商品房销售额38378亿元
    ("smoke/real-estate-q1-2021", (3, "3.8万亿元"), (8, "38378亿元")),
])
def test_a_lead_restates_a_later_figure(tmp_path, capsys, article, lead, body):
    doc = check(tmp_path, capsys, (DATA / f"{article}.txt").read_text(encoding="utf-8"))
    assert ("linked", "holds", [lead, body]) in pairs(doc)


def test_a_lead_that_misprints_its_magnitude(tmp_path, capsys):
    """中国房地产报 (smoke real-estate-q1-2021): the lead's 商品房销售面积3.6万平方米 is the NBS's 36007万
    平方米 (3.6亿) — one figure misprinted, a warning naming both."""
    doc = check(tmp_path, capsys, (DATA / "smoke/real-estate-q1-2021.txt").read_text(encoding="utf-8"))
    assert {(3, 59, "3.6万平方米"), (8, 21, "36007万平方米")} <= set(warned(doc))
