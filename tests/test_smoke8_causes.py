"""No false alarm on the eighth round of unseen articles (tests/data/smoke8, review.yaml): each
form of writing that raised one, with the real sentence (no alarm) and the same sentence with one
figure changed (the relation is still found and fails, naming the changed figure)."""

from __future__ import annotations

import pytest
from helpers import alarms
from helpers import checks_of as checks


def _named(doc: dict, written: str) -> bool:
    """Whether an error or warning names a claim written so."""
    return any(c["written"] == written for f in doc["findings"] if f["severity"] != "info"
               for c in f["claims"])


# --- A. a 其中 list ends when its parts make up the total; births and deaths are no part ----------

# county-communique-2021-hongheiku line 4 (https://tjgb.hongheiku.com/xjtjgb/xj2020/32060.html)
POPULATION = ("年末户籍人口210084人。其中，男{men}人，女101710人；出生人口1290人，出生率为6.12‰；死亡人口"
              "1549人，死亡率为7.35‰；自然增长率为-1.23‰。")


def test_births_and_deaths_after_the_parts_of_a_population_are_no_parts(article) -> None:
    _, doc = article(POPULATION.format(men="108374"))
    assert alarms(doc) == []
    assert checks(doc, "breakdown") == [("holds", ["108374人", "101710人", "210084人"])]


def test_a_wrong_part_of_the_population_is_named_without_the_flows(article) -> None:
    code, doc = article(POPULATION.format(men="108874"))
    assert code == 1 and alarms(doc) == [("FC301", "error")]
    assert checks(doc, "breakdown") == [("fails", ["108874人", "101710人", "210084人"])]


# --- B. a list item (■) is a line of its own, even without a full stop --------------------------

# huizhou-listed-companies-h1-jiafan lines 3–4 (http://jiafan.net/zwgk/czxx/content/post_175749.html)
LISTED = ("■8家上市公司的营业收入全部实现同比增长，其中5家同比增幅超30%\n"
          "随着8月29日胜宏科技公布半年度报告，我市8家上市公司的半程营收成绩单已全部交出。\n")


def test_a_bullet_line_is_not_joined_to_the_next_paragraph(article) -> None:
    _, doc = article(LISTED)
    assert alarms(doc) == []
    assert checks(doc, "breakdown") == [("holds", ["5家", "8家"])]  # not the 8家 of the next line


# --- C. 比一季度加快 x 个百分点: the same subject's rate of that period, never another's ----------------

# sanming-economy-h1-2021 line 3 (http://tjj.smx.gov.cn/327/615875328/906292.html)
SANMING = ("初步核算，上半年全市生产总值735.4亿元，按可比价格计算，同比增长12.8%，比一季度回落4.8个百分点；"
           "两年平均增长6.0%，比一季度加快0.7个百分点。分产业看，第一产业增加值31.4亿元，同比增长8.1%，两年平均增长"
           "4.0%；第二产业增加值378.0亿元，同比增长11.1%，两年平均增长5.5%。\n"
           "上半年，全市规模以上工业增加值同比增长15.7%，两年平均增长8.2%，比一季度加快0.9个百分点。\n")
FIRST_QUARTER = "一季度，全市生产总值350.2亿元，同比增长17.6%，两年平均增长5.3%。\n"


def test_a_two_year_average_is_compared_with_its_own_subjects_only(article) -> None:
    _, doc = article(SANMING)
    assert alarms(doc) == [] and checks(doc, "points") == []


@pytest.mark.parametrize(("points", "verdict"), [("0.7", "holds"), ("0.4", "warning")])
def test_the_gdp_average_is_compared_with_the_gdp_average_of_the_quarter(article, points,
                                                                          verdict) -> None:
    _, doc = article(FIRST_QUARTER + SANMING.replace("加快0.7", f"加快{points}"))
    assert (verdict, ["6.0%", "5.3%", f"{points}个百分点"]) in checks(doc, "points")


# --- D. 增产 / 减产 / 微降 are change words ------------------------------------------------------------

# summer-grain-2015-gjfcxmw line 4 (http://gjfcxmw.com/ZErO/zcfc/xgaq/2016/0802/5708.html)
GRAIN = ("全国夏粮总产量14106.6万吨（2821.3亿斤），比2014年增产447.0万吨（89.4亿斤），增长3.3%。其中谷物产量"
         "13020.9万吨（2604.2亿斤），比2014年增加419.5万吨（83.9亿斤），增长3.3%。")


def test_an_increase_in_output_is_a_change_not_a_total(article) -> None:
    _, doc = article(GRAIN)
    assert alarms(doc) == []
    assert [w for _, w in checks(doc, "breakdown") if "447.0万吨" in w] == []


# --- E, F. trade: the whole's rate of the share's own period and base; 占出口总值 of the whole trade --

# trade-jan-aug-2023-lahoo lines 2–5 (https://lahoo.ca/2023/09/07/596242)
TRADE = ("今年前8个月，中国进出口总值27.08万亿元，同比微降0.1%。其中出口15.47万亿元，增长0.8%。"
         "进口11.61万亿元，同比下降1.3%。8月当月，中国进出口3.59万亿元，环比增长3.9%，月度进出口整体呈现平稳态势。\n"
         "前8个月，中国一般贸易进出口17.72万亿元，增长1.7%，占中国外贸总值的65.4%，比去年同期提升{points}个百分点。"
         "其中，出口10.08万亿元，增长2.2%；进口7.64万亿元，增长1%。\n"
         "前8个月，中国民营企业进出口14.33万亿元，增长6%，占中国外贸总值的52.9%，比去年同期提升3个百分点。其中，"
         "出口9.74万亿元，增长6.3%，占出口总值的{share}%；进口4.59万亿元，增长5.3%，占进口总值的39.5%。\n")


def test_the_whole_of_a_share_change_is_of_the_same_period_and_base(article) -> None:
    _, doc = article(TRADE.format(points="1.2", share="63"))
    assert alarms(doc) == []
    changes = [c for c in doc["checks"] if c["kind"] == "expression"]
    assert changes and all("3.9%" not in [x["written"] for x in c["claims"]] for c in changes)
    assert all("微降0.1%" in [x["written"] for x in c["claims"]] or "0.1%" in
               [x["written"] for x in c["claims"]] for c in changes)


def test_a_share_of_exports_is_of_all_exports(article) -> None:
    _, doc = article(TRADE.format(points="1.2", share="63"))
    assert ("holds", ["9.74万亿元", "15.47万亿元", "63%"]) in checks(doc, "share")
    _, doc = article(TRADE.format(points="1.2", share="68"))
    assert ("warning", ["9.74万亿元", "15.47万亿元", "68%"]) in checks(doc, "share")  # linked
    assert _named(doc, "68%")


def test_a_wrong_share_change_is_named(article) -> None:
    _, doc = article(TRADE.format(points="2.2", share="63"))
    assert _named(doc, "2.2个百分点")
