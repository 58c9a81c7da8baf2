"""No false alarm on five causes of smoke43 (tests/data/smoke43/review.yaml), each on the real
sentence and one of the same form from another source, with the look-alikes that must still be found
and the same form with one figure changed where the relation is real (the error or warning names the
changed figure)."""

from __future__ import annotations

from helpers import alarms
from helpers import checks_of as checks
from helpers import names_written as _named

# --- 5. a run of months across two years is no single month -----------------------------------------

# textile-exports-may-2021-kingsuperfood lines 2-3 (http://kingsuperfood.com/news/detail-20210624-1836537.html)
KINGSUPERFOOD = ("2021年1-5月，我國紡織品服裝累計出口額為1126.92億美元，同比增長15.03%，"
                 "其中紡織品累計出口額為560.80億美元，同比下降3.13%；服裝累計出口額為566.12億美元，同比增長48.33%。\n"
                 "2020年9月-2021年5月，我國紡織品服裝累計出口額為2167.25億美元，同比增長13.74%，其中紡織品累計"
                 "出口額為{v}億美元，同比增長6.47%；服裝累計出口額為1114.95億美元，同比增長21.56%。\n")
# http://vipxifu.com/dongtai/877.html line 2, after a first line of the same form (figures invented)
VIPXIFU = ("2016年1-2月，我国纺织品服装出口额累计为300.5亿美元，同比下降10.2%。\n"
           "2015年9月-2016年2月，我国纺织品服装（指以上两类）出口额累计为1392.85亿美元，同比下降0.09%。其中，"
           "纺织品出口额累计为529.24亿美元，同比下降0.07%；服装出口额累计为863.61亿美元，同比下降0.09%。\n")
# 南方日报 2021-11 (fresh18 news-guangdong-trade-jan-oct-2021), the ten months written 1月-10月
GUANGDONG_MONTHS = ("据海关广东分署统计，2021年1月-10月，广东进出口6.71万亿元人民币，"
                    "比去年同期（下同）增长18.2%。\n"
                    "广东进出口连续12个月保持正增长。10月，广东进出口{v}，增长14.3%。\n")


def test_months_across_two_years_are_not_one_month_of_the_first_months(article) -> None:
    _, doc = article(KINGSUPERFOOD.format(v="1052.30"))
    assert alarms(doc) == [("FC112", "error")]  # the true one: the parts' rates give 1-5月 17.32%
    assert not any("2167.25亿美元" in w and "1126.92亿美元" in w for _, w in checks(doc, "breakdown"))
    assert ("holds", ["1052.30亿美元", "1114.95亿美元", "2167.25亿美元"]) in checks(doc, "breakdown")
    _, doc = article(VIPXIFU)
    assert alarms(doc) == []
    assert not any("300.5亿美元" in w for _, w in checks(doc, "breakdown"))


def test_the_nine_months_own_parts_still_add_up(article) -> None:
    _, doc = article(KINGSUPERFOOD.format(v="2252.30"))  # the part over its nine months
    assert _named(doc, "2252.30亿美元")


def test_a_month_is_within_the_months_from_january_written_as_a_run(article) -> None:
    _, doc = article(GUANGDONG_MONTHS.format(v="6843.6亿元"))
    assert alarms(doc) == []
    assert ("holds", ["6843.6亿元", "6.71万亿元人民币"]) in checks(doc, "breakdown")
    _, doc = article(GUANGDONG_MONTHS.format(v="68436亿元"))
    assert _named(doc, "68436亿元", "warning")


# --- 2. a count of firms followed by the measure that doubles --------------------------------------

# listed-h1-forecasts-2018-cs line 1 (https://cs.com.cn/ssgs/gsxw/201806/t20180625_5828285.html)
CS = ("随着上半年接近尾声，A股市场上市公司陆续公布中报业绩预告。《证券日报》记者据Wind资讯数据统计，"
      "截至6月22日，1157家上市公司公布今年上半年业绩预告，其中，有155家公司预计上半年净利润最高翻倍，9家预计净利润最高增长超过10倍。\n")
# http://finance.sina.com.cn/stock/s/20091106/05506931030.shtml
SINA = ("【本报讯】截至11月2日，沪深两市共有570家上市公司发布2009年全年业绩预告。据最新数据显示，570家公司中"
        "有超过六成的上市公司全年业绩向好，63家业绩预增翻倍，有7朵“金花”悄然绽放。\n")
# the look-alike: a count that doubles (figures invented)
FIRMS = "全市高新技术企业由2015年的120家增加到2020年的{v}家，翻了一番，净利润也翻了一番。\n"


def test_a_firms_profit_doubling_is_no_multiple_of_the_count(article) -> None:
    for text in (CS, SINA):
        _, doc = article(text)
        assert alarms(doc) == []
        assert checks(doc, "multiple") == []


def test_a_count_that_doubles_is_still_a_multiple(article) -> None:
    _, doc = article(FIRMS.format(v="240"))
    assert alarms(doc) == []
    assert checks(doc, "multiple") == [("holds", ["240家", "120家", "翻了一番"])]
    _, doc = article(FIRMS.format(v="300"))
    assert _named(doc, "300家")


# --- 4. a note in brackets before a figure is no label ---------------------------------------------

# petrochemicals-q1-2013-cpcif-cciac line 6 (cpcif/cciac, 2013 一季度石油和化工行业经济运行)
CPCIF = ("一季度全国原油加工量1.2亿吨，增长4.3%，同比加快1.2个百分点；成品油产量（汽、煤、柴油合计，下同）"
         "7408.3万吨，增长7.1%，同比提高1.6个百分点。\n")
# smoke11 national-day-tourism-2013-hebei line 2 (国家旅游局, 2013年中秋节国庆节假期旅游统计)
TOURISM = ("在接待的4.28亿人次游客中，过夜游客（仅限于住在宾馆饭店和旅馆招待所，下同）为9393万人次，"
           "比2012年中秋节国庆节假期下降3.1%（按可比口径，同比增长10.7%）；一日游游客为3.34亿人次。\n")


def _labels(run_cli, tmp_path, text: str) -> list[str]:
    """The labels `factcheck extract` drafts for a text, in order."""
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    _, out, _ = run_cli(["extract", str(path)])
    return [line.split("label:", 1)[1].strip() for line in out.splitlines() if "label:" in line]


def test_the_label_is_the_words_before_the_note(run_cli, tmp_path) -> None:
    assert "成品油产量" in _labels(run_cli, tmp_path, CPCIF)
    labels = _labels(run_cli, tmp_path, TOURISM)
    assert "过夜游客" in labels and not any("下同" in x for x in labels)


def test_a_change_of_the_noted_figure_is_not_paired_with_the_clause_before(article) -> None:
    _, doc = article(CPCIF)
    assert alarms(doc) == []
    assert checks(doc, "duplicate") == []


def test_the_noted_figure_stated_again_is_still_paired_by_its_label(article) -> None:
    again = "一季度，全国成品油产量{v}万吨。\n"
    _, doc = article(CPCIF + again.format(v="7408.3"))
    assert alarms(doc) == []
    assert checks(doc, "duplicate") == [("holds", ["7408.3万吨", "7408.3万吨"])]
    _, doc = article(CPCIF + again.format(v="7480.3"))
    assert _named(doc, "7480.3万吨", "warning")


# --- 3. a sibling with its own share of the whole after the 其中 list's semicolon ------------------

# listed-h1-forecasts-2022-cdboyue line 3 (同花順數據, 2022 中報業績預告)
CDBOYUE = ("同花順數據統計，截至7月11日14時，兩市共有231家公司披露了上半年業績預告。"
           "從業績預告類型來看，231家公司中，190家公司預喜，占比82.25%。其中，129家預增、38家略增、10家扭虧、{v}家續盈；預憂公司40家，占比17%，"
           "其中12家略減、8家首虧，4家續虧、16家預減。\n")
# the look-alikes: a part after the semicolon with its share of the total, or with no share of its
# own beside a total without one (figures invented)
OWN_SHARE = ("231家公司中，190家公司预喜，占比82.25%。其中，129家预增、38家略增、10家扭亏；"
             "{v}家续盈，占比6.84%。\n")
NO_SHARE = "全省共有A级景区500家。其中，5A级景区10家、4A级景区90家；3A级景区{v}家，占比40%。\n"


def test_a_sibling_with_its_share_of_the_whole_ends_the_qizhong_list(article) -> None:
    _, doc = article(CDBOYUE.format(v="13"))
    assert alarms(doc) == []
    assert ("holds", ["129家", "38家", "10家", "13家", "190家"]) in checks(doc, "breakdown")
    assert ("holds", ["40家", "231家", "17%"]) in checks(doc, "share")
    _, doc = article(CDBOYUE.format(v="53"))  # the four parts over their 190
    assert _named(doc, "53家")


def test_a_part_with_its_share_of_the_total_still_runs_the_list_on(article) -> None:
    _, doc = article(OWN_SHARE.format(v="13"))
    assert alarms(doc) == []
    assert ("holds", ["129家", "38家", "10家", "13家", "190家"]) in checks(doc, "breakdown")
    _, doc = article(NO_SHARE.format(v="200"))
    assert alarms(doc) == []
    assert ("holds", ["10家", "90家", "200家", "500家"]) in checks(doc, "breakdown")
    _, doc = article(NO_SHARE.format(v="450"))
    assert _named(doc, "450家")


# --- 1. a bare label in a clause opened by its own topic after a period ------------------------------

# guangdong-trade-jan-may-ennews line 1 (https://m.ennews.com/news-100418.html)
ENNEWS = ("据海关总署广东分署统计，今年前5个月，广东外贸进出口3.75万亿元，较去年同期（下同）增长4%，"
          "增速快于全国1.5个百分点。其中，出口2.37万亿元，增长0.9%；进口1.38万亿元，增长9.7%。单5月进出口保持"
          "正增长。单5月，广东进出口7901.2亿元，增长0.8%。其中，出口5063亿元，下降3.1%；进口2838.2亿元，"
          "增长8.7%。一般贸易占比近6成，保税物流保持两位数增长。前5个月，广东以一般贸易方式进出口2.21万亿元，"
          "增长2.4%，占进出口总值的59%。同期，保税物流较快增长，进出口7513.7亿元，增长14.9%；加工贸易进出口"
          "7455.2亿元，下降0.9%。\n")
# the look-alike: the topic is the total's own, stated again (the second line invented)
AGAIN = "前5个月，广东外贸较快增长，进出口{v}万亿元。\n"


def test_a_bare_label_after_a_period_and_a_topic_is_the_topics(article) -> None:
    _, doc = article(ENNEWS)
    assert alarms(doc) == []
    assert not any("7513.7亿元" in w for _, w in checks(doc, "duplicate"))


def test_the_totals_own_topic_still_pairs_the_total_stated_again(article) -> None:
    _, doc = article(ENNEWS + AGAIN.format(v="3.75"))
    assert alarms(doc) == []
    assert checks(doc, "duplicate") == [("holds", ["3.75万亿元", "3.75万亿元"])]
    _, doc = article(ENNEWS + AGAIN.format(v="3.95"))
    assert _named(doc, "3.95万亿元", "warning")
