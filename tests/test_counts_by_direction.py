"""Counts of a set's members by the direction of their change (the industry releases of the
statistics bureaus): grew, fell, stayed, turned from a loss, lost less — each member in one of
them, so together they are at most the set, all of it when up and down are both counted
(discover/sections.py); and 增长面, the share of the members that grew (discover/coverage.py)."""

from helpers import breakdowns_of, checks_of, error_findings

# 河北省统计局, 2017年1-11月份全省规模以上工业企业利润 (tests/data/fresh18/stat-hebei-industry-profit-2017)
HEBEI = ("1-11月份，在39个工业大类行业中，23个行业利润总额同比增加，14个行业减少，1个行业由亏转盈，"
         "1个行业净亏损减少。")
# 四川, 2022 (tests/data/fresh18/news-sichuan-industry-profit-2022)
SICHUAN = "分大类行业看，41个工业大类行业有15个利润总额实现增长，1个持平，25个下降，行业增长面为36.6%。"
# 泉州市统计局, 2022年10月份统计月报, http://tjj.quanzhou.gov.cn/tjzl/sjjd/202211/t20221123_2804133.htm
QUANZHOU = ("1—10月份，全市规模以上工业37个大类行业中有21个行业增加值同比实现增长，增长面为56.8%，"
            "有13个行业实现两位数以上增长。")
# 国家统计局 2021年上半年工业企业利润, via http://www.digitalgm.cn/News/Content/385.html
NATIONAL = "上半年，在41个工业大类行业中，有40个行业利润同比增长（或扭亏为盈），1个行业同比持平。"


def test_four_states_make_the_set(article):
    code, doc = article(HEBEI)
    assert code == 0 and error_findings(doc) == []
    assert ("stated", frozenset({"23个", "14个", "1个", "39个"})) in breakdowns_of(doc)
    code, doc = article(HEBEI.replace("23个", "26个"))
    assert code == 1 and any("26个" in f["message"] for f in error_findings(doc))
    code, doc = article(HEBEI.replace("14个", "11个"))
    assert code == 1 and any("11个" in f["message"] for f in error_findings(doc))


def test_counts_after_you_without_zhong_and_the_growth_breadth(article):
    code, doc = article(SICHUAN)
    assert code == 0 and error_findings(doc) == []
    assert ("stated", frozenset({"15个", "1个", "25个", "41个"})) in breakdowns_of(doc)
    assert checks_of(doc, "share") == [("holds", ["15个", "41个", "36.6%"])]
    code, doc = article(SICHUAN.replace("25个", "28个"))
    assert code == 1 and any("28个" in f["message"] for f in error_findings(doc))
    code, doc = article(SICHUAN.replace("36.6%", "39.6%"))
    assert code == 1 and any("39.6%" in f["message"] for f in error_findings(doc))


def test_the_growth_breadth_of_one_count(article):
    code, doc = article(QUANZHOU)
    assert code == 0 and checks_of(doc, "share") == [("holds", ["21个", "37个", "56.8%"])]
    code, doc = article(QUANZHOU.replace("56.8%", "58.8%"))
    assert code == 1 and any("58.8%" in f["message"] for f in error_findings(doc))


def test_up_and_flat_are_at_most_the_set(article):
    code, doc = article(NATIONAL)
    assert code == 0 and error_findings(doc) == []
    code, doc = article(NATIONAL.replace("40个", "43个"))
    assert code == 1 and any("43个" in f["message"] for f in error_findings(doc))
    code, doc = article(NATIONAL.replace("40个", "37个"))
    assert code == 0  # up and flat only: some may have fallen


def test_a_count_of_another_thing_before_you_is_no_set(article):
    # 财联社, 2021 Fortune China 500 (tests/data/smoke*/securities-fortune500-2021-cls)
    code, doc = article("金融业（榜单分为4个金融子行业）共有51家公司上榜，在2020年货币政策宽松的背景下，"
                        "上榜金融企业的收入达到6.3万亿元，同比去年增长了5%。")
    assert code == 0 and error_findings(doc) == []
