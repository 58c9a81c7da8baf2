"""A count of places stated again in other words (discover/duplicate.py): all the districts of a
city, all the cities of a rank in the state (*linked*, at most a warning).

- **The districts of a city**, the count right after its name or after 全市 (the city named
  before, else the title's): 北京全市16区中 and 在北京十六区里 — a count in digits, then in words.
- **The cities of a rank in the state** (副省级城市, 计划单列市, 直辖市, 省会城市), of the nation or of
  the region named right before the count (中部六座省会城市): 15个副省级城市 in the title, the lead and
  the body. Not some of them: 有10个副省级城市…超5000亿元, 这10个省会城市.
- No period: the number of them is the state's map, not a figure of the year.

Each case is a small article made of real sentences (source given), checked with
`factcheck check x.txt --format json --show-checks`.
"""

from __future__ import annotations

import pytest
from helpers import check_text as check
from helpers import column_of, same_findings
from helpers import duplicate_pairs as pairs
from helpers import error_findings as errors
from helpers import warned_figures as warned

#: 时代周报 on 新浪财经 (news stat-haidian-gdp-2021): github:hajeekn/RSSHUB-PAGE/source/_posts/金融/
#: 新浪财经/新浪财经－国內/下一个破万亿的，可能是这个区：靠科研起家，GDP占北京的1_4.md
HAIDIAN = ("下一个破万亿的，可能是这个区：靠科研起家，GDP占北京的1/4\n\n"
           "海淀区原本的计划是，“十四五”期间，经济总量将在北京全市16区中率先突破万亿元大关，"
           "经济高质量发展持续走在全市最前列。\n\n"
           "事实上，无论是经济总量，还是经济增速，在北京{}区里海淀区都是独占鳌头，是当之无愧的No.1。\n")
#: 第一财经 on 新浪财经: github:Rock-Candy-Tea/RSSHUB-PAGE/source/_posts/金融/新浪财经/新浪财经－国內/
#: 15个副省级城市上半年GDP：深圳总量第一 厦门增速最快.md
SUBPROVINCIAL = (
    "15个副省级城市上半年GDP：深圳总量第一 厦门增速最快\n\n"
    "副省级城市在行政级别上仅次于直辖市，是我国中心城市体系中的重要一环。今年上半年，15个副省级城市经济增长"
    "表现如何？\n\n"
    "第一财经记者梳理统计了15个副省级城市2021年上半年GDP及增速发现，有10个副省级城市上半年经济总量超5000亿元"
    "大关，其中广深两个城市超过万亿，深圳总量位居第一，厦门增速在副省级城市中领跑。\n\n"
    "目前，全国共有{}个副省级城市，包括广州、武汉、南京、成都、西安、杭州、济南、哈尔滨、沈阳、长春这10个省会"
    "城市以及深圳、厦门、宁波、青岛、大连这5个计划单列市。\n\n"
    "15个副省级城市中，深圳和广州作为一线城市，上半年GDP都超过了1.3万亿元。其中，深圳以14324.47亿元位居第一。\n")
#: 21世纪经济报道 on 新浪财经 (news-central-capitals-census-2021): github:Rock-Candy-Tea/RSSHUB-PAGE/
#: source/_posts/金融/新浪财经/新浪财经－国內/中部六大省会人口PK，谁在逆袭？谁在垫底？.md
CENTRAL = ("中部六大省会人口PK，谁在逆袭？谁在垫底？\n\n"
           "对比2010年第六次人口普查，中部{}座省会城市排位刷新，其中，郑州、武汉、长沙三城入围“千万人口俱乐部”，"
           "合肥也站上了“900万+”台阶。\n\n"
           "2010年，中部六个省会城市的人均GDP排名依次为长沙、武汉、郑州、南昌、太原、合肥。\n")
#: 中国新闻网 2026-09-08 (https://www.chinanews.com.cn/gn/2026/09-08/10692827.shtml): 全市 is the
#: city of the title; then the 时代周报 sentence above
ELECTION = ("北京市区和乡镇人大换届选举全面展开\n\n"
            "中新网北京9月8日电 (记者 陈杭)记者8日从北京市人大获悉，"
            "北京市区和乡镇人大换届选举工作已全面展开。"
            "此次换届选举涉及全市{}个区、近180个乡镇。\n\n"
            "事实上，无论是经济总量，还是经济增速，在北京十六区里海淀区都是独占鳌头，是当之无愧的No.1。\n")


@pytest.mark.parametrize(("text", "count", "lines", "slip"), [
    (HAIDIAN, "十六", [3, 5], (5, "十五区", "十五区")),
    (SUBPROVINCIAL, "15", [1, 3, 5, 7, 9], (7, "共有16个", "16个")),  # the figure takes in 共有
    (CENTRAL, "六", [3, 5], None),  # 七座 and 六个 are no slip of the pen: two counts, no check
    (ELECTION, "16", [3, 5], (3, "15个", "15个")),
], ids=["districts", "sub-provincial", "region", "whole-city"])
def test_a_count_of_places_of_a_kind_stated_again(tmp_path, capsys, text, count, lines, slip):
    doc = check(tmp_path, capsys, text.format(count))
    counted = [p for p in pairs(doc) if [line for line, _ in p[2]] == lines]
    assert len(counted) == 1 and counted[0][:2] == ("linked", "holds")
    assert same_findings(doc) == []
    other = {"十六": "十五", "15": "16", "六": "七", "16": "15"}[count]
    changed = text.format(other)
    doc = check(tmp_path, capsys, changed)
    if slip is None:
        assert same_findings(doc) == []
    else:
        line, at, written = slip
        assert (line, column_of(changed.splitlines()[line - 1], at), written) in warned(doc)
    assert errors(doc) == []


def test_some_of_the_kind_is_not_the_kind(tmp_path, capsys):
    """有10个副省级城市…超5000亿元 counts some of them; 这10个省会城市 the ones just listed."""
    doc = check(tmp_path, capsys, SUBPROVINCIAL.format("15"))
    written = [w for p in pairs(doc) for _, w in p[2]]
    assert not any("10个" in w for w in written)


@pytest.mark.parametrize("text", [
    # 新华网 on 上海 (a news page stored in a public repository: 上海市生活垃圾管理条例 in force):
    # 全市16个区 is 上海's, not 北京's of the 时代周报 sentence
    "上海垃圾分类满月\n\n7月1日，《上海市生活垃圾管理条例》正式实施。在条例实施第一周，上海市各部门“重磅出击”，"
    "公布首批20名生活垃圾管理社会监督员名单，监督员覆盖全市16个区。\n\n"
    "事实上，无论是经济总量，还是经济增速，在北京十六区里海淀区都是独占鳌头，是当之无愧的No.1。\n",
    # 中部六座 (a region's) and the nation's 15个副省级城市: other kinds, other places
    "中部六大省会人口PK\n\n对比2010年第六次人口普查，中部六座省会城市排位刷新。\n\n"
    "目前，全国共有15个副省级城市，包括广州、武汉、南京、成都、西安、杭州、济南、哈尔滨、沈阳、长春这10个省会城市。\n",
], ids=["two-cities", "region-and-nation"])
def test_counts_of_places_that_are_not_one(tmp_path, capsys, text):
    doc = check(tmp_path, capsys, text)
    assert pairs(doc) == []
    assert errors(doc) == []


# --- one measure by its other names: CPI and 居民消费价格 (linked) ------------------------------------
#: 每日经济新闻 on 新浪财经, 2022-02-16 (RSSHUB-PAGE archive of 新浪财经－国內, title as below): the
#: headline's CPI is the body's 全国居民消费价格
CPI_MONTH = ("1月CPI同比上涨{}% 涨幅较上月回落0.6个百分点 PPI同比高位“三连降”\n\n"
             "◎2022年1月份，全国居民消费价格同比上涨0.9%。其中，食品价格下降3.8%，非食品价格上涨2.0%。\n\n"
             "2022年首个月度CPI数据新鲜出炉。\n\n"
             "数据显示，1月全国居民消费价格同比上涨0.9%，涨幅比上月回落0.6个百分点。\n")
#: 北京日报 on 新浪财经: github:Rock-Candy-Tea/RSSHUB-PAGE/source/_posts/金融/新浪财经/新浪财经－国內/
#: 北京一季度CPI同比上涨14%，为近五年较低水平.md — the headline names the city, the body says 全市
CPI_CITY = ("北京一季度CPI同比上涨{}%，为近五年较低水平\n\n"
            "北京日报客户端 | 记者 陈雪柠\n\n"
            "4月20日，北京一季度经济运行情况发布。数据显示，全市居民消费价格同比上涨1.4%。那么，主要领域价格运行"
            "有哪些特点和变化呢？\n")


@pytest.mark.parametrize(("text", "rate", "lines", "slip"), [
    (CPI_MONTH, "0.9", [1, 3, 7], "0.6"),
    (CPI_CITY, "1.4", [1, 5], "4.1"),  # a slip of the pen: 1.4 written 4.1
], ids=["nation", "city"])
def test_the_cpi_by_its_names(tmp_path, capsys, text, rate, lines, slip):
    doc = check(tmp_path, capsys, text.format(rate))
    assert [p[:2] for p in pairs(doc) if sorted({line for line, _ in p[2]}) == lines] == \
        [("linked", "holds")]
    assert same_findings(doc) == []
    changed = text.format(slip)
    doc = check(tmp_path, capsys, changed)  # the figure takes in 同比上涨
    assert (1, column_of(changed.splitlines()[0], "同比上涨" + slip), slip + "%") in warned(doc)
    assert errors(doc) == []


@pytest.mark.parametrize("text", [
    # 澎湃新闻 on 新浪财经 (github:Rock-Candy-Tea/RSSHUB-PAGE/…/统计局谈_滞涨_风险：CPI保持温和上涨的有利条件
    # 比较多.md): 核心CPI is another index than the CPI, 3月份 another period than 一季度
    "统计局谈“滞涨”风险：CPI保持温和上涨的有利条件比较多\n\n"
    "今年以来，居民消费价格保持温和上涨。一季度，CPI同比上涨1.1%，比1-2月份涨幅略有扩大。核心CPI上涨1.2%，"
    "涨幅与1-2月份持平。从月度来看，3月份CPI涨幅有所扩大，同比上涨1.5%，涨幅比上月扩大0.6个百分点，"
    "其中核心CPI上涨1.1%，涨幅与上月持平。\n",
    # a headline of 北京 over a body that states the nation's CPI: two places
    "北京一季度CPI同比上涨1.4%，为近五年较低水平\n\n国家统计局数据显示，一季度，全国居民消费价格同比上涨1.1%。\n",
], ids=["core-cpi", "city-and-nation"])
def test_cpis_that_are_not_one(tmp_path, capsys, text):
    doc = check(tmp_path, capsys, text)
    assert same_findings(doc) == []
    assert errors(doc) == []
    assert not [p for p in pairs(doc) if {w for _, w in p[2]} >= {"1.1%", "1.2%"}]
