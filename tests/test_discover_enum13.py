"""A counted group with a threshold and its members listed with their figures
(discover/members.py), session 13: 共有21个省份增速高于4.8%的全国水平，其中江西（6.9%）…; 这2家企业营收
超过1000亿元，其中阳光龙净集团有限公司营收高达2502.11亿元. Each listed member's figure passes the
threshold (an `expect` per member) and the members listed are counted by the count (an
`enumeration`), on real sentences through `factcheck check ARTICLE`: as written (no error), with one
figure changed (an error naming its line:column), and the near misses that must not pair. The
article's first line is its title.
"""

from __future__ import annotations

import pytest
from helpers import check_dicts, error_findings

TITLE = "标题\n"


def named(doc: dict, line: int, at: int, width: int) -> bool:
    """Whether an error names a claim printed over columns [at, at + width) of the line."""
    return any(c.get("article") and c["article"]["line"] == line and c["article"]["column"] < at + width
               and at < max(c["article"]["end_column"], c["article"]["column"] + 1)
               for f in error_findings(doc) for c in f["claims"])


def thresholds(doc: dict) -> list[dict]:
    """The checks that a member passes its group's threshold."""
    return [c for c in check_dicts(doc, "expression") if c["check"].endswith("_threshold")]


def holds_then_fails(article, text: str, written: str, wrong: str, kind: str = "expression") -> None:
    """The text as written passes with a check of ``kind`` from this finder; with ``written``
    changed to ``wrong`` an error names it."""
    code, doc = article(TITLE + text)
    assert code == 0 and error_findings(doc) == [], error_findings(doc)
    if kind == "expression":
        assert thresholds(doc), doc["checks"]
    else:
        assert check_dicts(doc, kind), doc["checks"]
    changed = text.replace(written, wrong, 1)
    code, bad = article(TITLE + changed)
    line = changed.split("\n")[0]
    assert code == 1 and named(bad, 2, line.index(wrong) + 1, len(wrong)), bad["findings"]


def quiet(article, text: str) -> None:
    """No error, and no member paired with a threshold."""
    code, doc = article(TITLE + text)
    assert code == 0 and error_findings(doc) == [], error_findings(doc)
    assert not thresholds(doc), doc["checks"]


# --- real sentences -------------------------------------------------------------------------------
#: code corpus, github Rock-Candy-Tea/RSSHUB-PAGE, source/_posts/金融/新浪财经/新浪财经－国內/
#: 解码一季度GDP：江西领跑全国，GDP洼地逆势隆起.md (tests/data/smoke/provinces-gdp-q1-2022.txt line 5),
#: as written: 其中 and the members' figures in brackets
PROVINCES = ("从GDP同比增速来看，共有21个省份增速高于4.8%的全国水平，其中江西（6.9%）、福建（6.7%）、"
             "湖北（6.7%）位列前三。\n")
#: pages corpus, http://www.anotherchristian.com/top/202111/984715.html (智研咨询, 2021福建省民营企业
#: 100强榜单解读), as written: the member's figure after the threshold's measure (营收高达…)
FUJIAN = ("依据榜单可知，阳光龙净集团有限公司、青拓集团有限公司这2家企业营收超过1000亿元，其中阳光龙净集团"
          "有限公司营收高达2502.11亿元，占榜单企业总营收的13.48%，35家企业营收在100-1000亿元之间，其余63家"
          "企业营收均不足100亿元。\n")
#: the brief's example (a 统计公报 sentence of a province), as written
PROVINCE_CITIES = ("上半年，全省有5个城市地区生产总值增速超过5%，其中深圳增长10.9%，广州增长6.6%，"
                   "佛山增长6.5%，东莞增长6.3%，珠海增长5.1%。\n")


@pytest.mark.parametrize(("text", "written", "wrong"), [
    (PROVINCES, "湖北（6.7%）", "湖北（3.7%）"),  # a member below the threshold
    (PROVINCES, "高于4.8%", "高于7.8%"),  # the threshold above the members
    (FUJIAN, "2502.11亿元", "502.11亿元"),
    (FUJIAN, "超过1000亿元", "超过3000亿元"),
    (PROVINCE_CITIES, "珠海增长5.1%", "珠海增长4.1%"),
    (PROVINCE_CITIES, "广州增长6.6%", "广州增长4.6%")])
def test_each_member_passes_the_threshold(article, text, written, wrong) -> None:
    holds_then_fails(article, text, written, wrong)


def test_one_check_per_member(article) -> None:
    _, doc = article(TITLE + PROVINCE_CITIES)
    assert len(thresholds(doc)) == 5
    _, doc = article(TITLE + PROVINCES)
    assert len(thresholds(doc)) == 3


@pytest.mark.parametrize(("text", "written", "wrong"), [
    # 其中: the members listed are some of the group, no more than its count
    (PROVINCES, "共有21个", "共有2个"),
    (PROVINCE_CITIES, "有5个城市", "有4个城市")])
def test_the_count_is_at_least_the_members_after_qizhong(article, text, written, wrong) -> None:
    holds_then_fails(article, text, written, wrong, "enumeration")


def test_qizhong_leaves_room_for_more_members(article) -> None:
    """其中 lists some of the group: a larger count is no error."""
    code, doc = article(TITLE + PROVINCE_CITIES.replace("有5个城市", "有7个城市"))
    assert code == 0 and error_findings(doc) == []


def test_the_threshold_is_no_total_of_its_members(article) -> None:
    """这2家企业营收超过1000亿元，其中A营收高达2502.11亿元: the member passes a bound, it is no part
    of a total (no breakdown of the threshold)."""
    _, doc = article(TITLE + FUJIAN)
    assert not any("超过1000亿元" in [x["written"] for x in c["claims"]]
                   for c in check_dicts(doc, "breakdown")), doc["checks"]


# --- the forms of the list (constructed on the real forms above) ------------------------------------
#: 分别是, a complete list: the count equals the members listed
COMPLETE = "全省有3个县增幅在10%以上，分别是甲县12.1%、乙县11.3%、丙县10.2%。\n"
#: the members before the count, 等: the count is a lower bound on them
BEFORE = "南京（12.1%）、杭州（9.8%）、合肥（8.5%）等5个城市增速超过8%。\n"
#: the count after the threshold (…的有3个城市), the members after it
AFTER = "今年以来增速超过5%的有3个城市，分别是南京（12.1%）、杭州（9.8%）、合肥（8.5%）。\n"
#: below a threshold
BELOW = "全省有2个县增幅低于2%，分别为甲县1.2%、乙县0.8%。\n"


@pytest.mark.parametrize(("text", "written", "wrong"), [
    (COMPLETE, "丙县10.2%", "丙县9.2%"), (COMPLETE, "在10%以上", "在12%以上"),
    (BEFORE, "合肥（8.5%）", "合肥（7.5%）"), (BEFORE, "超过8%", "超过9%"),
    (AFTER, "杭州（9.8%）", "杭州（4.8%）"), (BELOW, "乙县0.8%", "乙县2.8%")])
def test_each_member_passes_in_every_form(article, text, written, wrong) -> None:
    holds_then_fails(article, text, written, wrong)


@pytest.mark.parametrize(("text", "written", "wrong"), [
    (COMPLETE, "有3个县", "有4个县"), (COMPLETE, "有3个县", "有2个县"),
    (AFTER, "有3个城市", "有4个城市"), (BEFORE, "等5个", "等2个"),
    # the reverse form: the names, then their count
    ("增速高于全国的有江苏、浙江、广东3个省份。\n", "广东3个", "广东4个")])
def test_a_complete_list_is_counted(article, text, written, wrong) -> None:
    holds_then_fails(article, text, written, wrong, "enumeration")


# --- near misses -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # the brief: a threshold of a level, the members' growth rates (other units)
    "全省有5个城市GDP超过万亿元，其中深圳增长10.9%，广州增长6.6%。\n",
    # a member's figure of another measure (规上工业, not GDP)
    "全省有5个城市地区生产总值增速超过5%，其中深圳规模以上工业增加值增长1.9%，广州增长6.6%。\n",
    # dev article news-central-capitals-census-2021 line 73: 其中 opens words about one member
    "江西省内，有5个设区市的人口占比超过10%，其中，赣州最多，有897万人，但其2020年经济总量仅为3691.14亿元，"
    "人均GDP为4.12万元。\n",
    # pages corpus, http://m.alabama37th.com/eedfrheceg.html: 其中 opens the next sentence
    "从增速来看，18个省份去年GDP同比增速超过同期全国的增速水平（6.6%）。其中，贵州省和西藏自治区2018年GDP"
    "同比增速最快，均为9.1%。\n",
    # tests/data/smoke4/securities-culture-assessment-2020.txt line 13: the names and their figures
    # in two 分别 lists, and a list of another measure (支出占比)
    "还有5家券商文化建设支出超过5000万元，分别是广发证券、华泰证券、安信证券、海通证券、兴业证券，"
    "其文化建设金额分别为9041万元、8708万元、7435万元、7053万元、6648万元，支出占比分别达到0.54%、0.41%、"
    "0.76%、0.42%、0.74%。\n",
    # tests/data/smoke8/tourism-national-day-2017-gzshangchuan.txt line 1: a second threshold
    # under 其中, no member
    "全省纳入监测的105家旅游星级饭店客房出租率超过80%的有85家，其中出租率达90%以上的有73家。\n",
    # a fall under a threshold of growth
    "全省有3个城市增速超过5%，其中甲市下降1.2%，乙市增长6.6%。\n"])
def test_near_misses_pair_nothing(article, text) -> None:
    quiet(article, text)


@pytest.mark.parametrize(("text", "members", "left_out"), [
    # the whole after the members: 全省 is no member
    ("全省有5个城市地区生产总值增速超过5%，其中深圳增长10.9%，广州增长6.6%，全省增长4.5%。\n",
     {"10.9%", "6.6%"}, "4.5%"),
    # the members of another clause: 其中 follows the count below 2%, not the one above 5%
    ("有5个城市增速超过5%，3个城市增速低于2%，其中甲市增长1.2%，乙市增长0.8%。\n",
     {"1.2%", "0.8%"}, "超过5%")])
def test_the_list_ends_where_its_members_do(article, text, members, left_out) -> None:
    code, doc = article(TITLE + text)
    assert code == 0 and error_findings(doc) == [], error_findings(doc)
    paired = [{x["written"] for x in c["claims"]} for c in thresholds(doc)]
    assert {m for p in paired for m in p} - members and all(left_out not in p for p in paired), paired
    assert all(p & members for p in paired) and len(paired) == len(members), paired


def test_a_share_is_not_a_growth_rate(article) -> None:
    """A threshold of growth, the members' shares: no pair (both in %)."""
    quiet(article, "全省有3个行业增速超过10%，其中甲行业占比12.1%，乙行业占比11.3%。\n")


def test_a_list_cut_short_counts_no_more_than_it_reads(article) -> None:
    """分别是 names all of them only when the list ends its sentence: one that stops on words that
    are no member (丙县（新设）) leaves the count a bound; 等 after the list does the same."""
    for text in ("全省有3个县增幅在10%以上，分别是甲县12.1%、乙县11.3%和丙县（新设）10.2%。\n",
                 "全省有4个县增幅在10%以上，分别是甲县12.1%、乙县11.3%、丙县10.2%等。\n"):
        code, doc = article(TITLE + text)
        assert code == 0 and error_findings(doc) == [], error_findings(doc)
        assert thresholds(doc) and check_dicts(doc, "enumeration"), doc["checks"]


def test_an_average_over_years_ties_no_plain_growth(article) -> None:
    """两年平均增速超过5%, then 增长12.1%: a growth of one year, maybe, not the average."""
    quiet(article, "有17个省份GDP两年平均增速超过5%，其中湖北增长1.2%，海南增长11.2%。\n")


@pytest.mark.parametrize("text", [
    # tests/test_discover_pw12.py (新华社, 洛阳日报 http://lyrb.lyd.com.cn/html/2011-12/03/content_798234.htm):
    # the threshold bounds the three crops' total, 其中 gives one part of it
    "报告指出，稻谷、小麦、玉米三大作物总产量超5亿吨，其中稻谷总产量20078万吨。\n",
    # 合计: a total, not what each member passes
    "有3家企业营收合计超过1000亿元，其中甲公司营收600亿元，乙公司营收300亿元。\n"])
def test_a_bound_of_the_total_is_no_threshold(article, text) -> None:
    quiet(article, text)
