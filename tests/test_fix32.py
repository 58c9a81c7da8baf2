"""No false alarm on the thirty-second round of unseen articles (tests/data/smoke32, review.yaml; sources
in sources.yaml): each form of writing that raised one, on the real sentence, and the look-alike that
must still be found, with one figure changed (the finding names the changed figure).
"""

from __future__ import annotations

from pathlib import Path

from helpers import alarms
from helpers import checks_of as checks
from helpers import names_written as _named

SMOKE32 = Path(__file__).parent / "data" / "smoke32"


# --- 5. kinds of one noun are no list of names -------------------------------------------------------

# liuan-communique-2022-part6-bx2200-6904 line 3
RELAY_STATIONS = "广播电视台5家，中波发射台1座，调频、电视转播发射台9座，有线广播电视用户13.4万户。\n"
# region-communique-2008-part4-chinagate line 6
SHORTWAVE = "公共图书馆4个，博物馆2个。广播电台1座，中、短波转播发射台38座，电视台5座，广播电视台3座。\n"
# sanmenxia-communique-2022-part3-bx2200-7415 line 5
BRACKETED_KINDS = ("专业公共卫生机构23个，其中疾病预防控制中心7个，妇幼保健院（所、站）6个，"
                   "卫生监督机构7个。\n")


def test_short_words_before_a_long_noun_are_kinds_of_it(article) -> None:
    """调频、电视转播发射台9座: 调频 and 电视 qualify 转播发射台, the nine are stations."""
    for text in (RELAY_STATIONS, SHORTWAVE):
        _, doc = article(text)
        assert alarms(doc) == []
        assert checks(doc, "enumeration") == []


def test_kinds_in_brackets_are_no_names(article) -> None:
    """妇幼保健院（所、站）6个: the 、 is inside the brackets; the breakdown of 23个 is still read."""
    _, doc = article(BRACKETED_KINDS)
    assert alarms(doc) == []
    assert checks(doc, "enumeration") == []
    _, doc = article(BRACKETED_KINDS.replace("卫生监督机构7个", "卫生监督机构17个"))
    assert _named(doc, "17个")


def test_names_of_places_before_their_count_are_still_a_list(article) -> None:
    """The look-alike: names as long as each other (北京、呼和浩特两地) are names, counted."""
    _, doc = article("北京、呼和浩特两地GDP均增长5%。\n")
    assert checks(doc, "enumeration") == [("holds", ["两地"])]
    code, doc = article("北京、呼和浩特三地GDP均增长5%。\n")
    assert code == 1 and _named(doc, "三地")


# --- 2. a count in the object of a comparison is no part of a 其中 ------------------------------------

# dev-zones-h1-2004-chinanews line 4
COMPARED_ZONES = ("值得一提的是，今年中西部16个国家级开发区发展良好，除合同外资金额同比下降38.15%外，"
                  "上半年工业总产值、工业增加值、税收收入、出口值、进口值、实际利用外资金额等各项指标同比依次"
                  "增长43.1%、33.9%、35.5%、26.7%、33.5%和23.8%。其中工业总产值和税收收入增幅分别高于东部沿海"
                  "33个国家级开发区0.74和19.33个百分点。\n")


def test_the_group_compared_with_is_no_part(article) -> None:
    """高于东部沿海33个国家级开发区: the 33 are the other group compared, not some of the 16."""
    _, doc = article(COMPARED_ZONES)
    assert alarms(doc) == []
    assert checks(doc, "breakdown") == []


def test_a_part_before_a_comparison_is_still_a_part(article) -> None:
    """The look-alike: a counted part of the 16 in the same 其中, then the comparison: the part is
    read, the compared group is not."""
    text = ("今年中西部16个国家级开发区发展良好，其中西部开发区{n}个，"
            "工业总产值增幅高于东部沿海33个国家级开发区0.74个百分点。\n")
    _, doc = article(text.format(n=9))
    assert checks(doc, "breakdown") == [("holds", ["9个", "16个"])]
    code, doc = article(text.format(n=19))
    assert code == 1 and _named(doc, "19个")


# --- 1. a subset's list of the same measures is no restatement of the whole's -------------------------

# dev-zones-h1-2004-chinanews line 2
ALL_ZONES = ("据商务部统计，1—6月，这49个国家级开发区实现工业总产值6692.63亿元，工业增加值1839.73亿元，"
             "税收收入345.61亿元，出口额250.73亿美元，进口额265.87亿美元，合同外资金额78.94亿美元，"
             "外商实际投资53.86亿美元，分别比上年同期增长42.4%、36.8%、17.7%、57.4%、61.7%、16.5%和48.5%。\n")
# dev-zones-h1-2004-chinanews line 3
EASTERN_ZONES = ("据统计，上半年东部沿海33家国家级开发区实现工业总产值6084.6亿元，工业增加值1664.55亿元，"
                 "税收收入315.32亿元，出口247.13亿美元，进口259.65亿美元，合同外资金额72.57亿美元，"
                 "外商实际投资50.32亿美元，同比分别增长42.4%、37.1%、16.2%、58%、62.6%、26.3%和50.6%。\n")


def test_a_subset_counted_otherwise_is_another_subject(article) -> None:
    """这49个国家级开发区… then 东部沿海33家国家级开发区…: the 33 are some of the 49."""
    _, doc = article(ALL_ZONES + EASTERN_ZONES)
    assert alarms(doc) == []
    assert checks(doc, "duplicate") == []


def test_the_same_count_of_the_subject_is_still_one_subject(article) -> None:
    """The look-alike: the 49 zones' figures stated again with the same count pair, and a figure
    changed in the second statement is named."""
    again = "上半年这49个国家级开发区实现工业总产值{v}亿元，工业增加值1839.73亿元。\n"
    _, doc = article(ALL_ZONES + again.format(v="6692.63"))
    assert alarms(doc) == []
    assert checks(doc, "duplicate") == [
        ("holds", ["49个", "49个"]),  # 这49个 referred to again (discover/duplicate.py)
        ("holds", ["6692.63亿元", "1839.73亿元", "6692.63亿元", "1839.73亿元"])]
    _, doc = article(ALL_ZONES + again.format(v="6092.63"))
    assert _named(doc, "6092.63亿元", "warning")


# --- 4. a 其中's bare 占比 after a parent with a share of its own is not of the parent ------------------

# a-share-q1q3-2025-wind-wokahuishou line 4
PROFIT_UP = ("超五成上市公司前三季度实现净利润正增长。2025年前三季度A股共有2918家公司实现归母净利润正增长，"
             "占比54%。其中净利润增长100%以上的公司686家，占比13%。\n")


def test_a_parts_bare_share_is_of_the_parents_base(article) -> None:
    """2918家…，占比54%。其中…686家，占比13%: both shares are of the listed firms (686/5437 = 12.6%),
    never 686 of the 2918."""
    _, doc = article(PROFIT_UP)
    assert alarms(doc) == []
    assert checks(doc, "share") == []


def test_a_parts_bare_share_is_of_a_parent_without_a_share(article) -> None:
    """The look-alike: the parent states no share of its own, the 其中 part's 占比 is of it."""
    text = ("2025年前三季度A股共有2918家公司实现归母净利润正增长。"
            "其中净利润增长100%以上的公司686家，占比{p}%。\n")
    _, doc = article(text.format(p="23.5"))
    assert checks(doc, "share") == [("holds", ["686家", "2918家", "23.5%"])]
    _, doc = article(text.format(p="33.5"))
    assert _named(doc, "33.5%") or _named(doc, "33.5%", "warning")


# --- 3. lines each opened by a sector and its count are of different subjects ---------------------------

PHARMA = (SMOKE32 / "pharma-h1-2025-saibailan-metallurgydaily.txt").read_text(encoding="utf-8")
# pharma-h1-2025-saibailan-metallurgydaily line 6
CHEMICAL = "化学制药行业上市公司158家，营收下降3.22%至2,714亿元，归属母公司净利润257亿元，同比下降7.47%；\n"
# pharma-h1-2025-saibailan-metallurgydaily line 10
COMMERCE = "医疗商业上市公司31家，营收超过5100亿元，同比微降0.2%，归属母公司净利润120亿元，同比微增7.21%。\n"


def test_lines_of_sectors_counted_otherwise_are_not_paired(article) -> None:
    """化学制药行业上市公司158家，营收… and 医疗商业上市公司31家，营收…: two sectors' 营收."""
    _, doc = article(PHARMA)
    assert alarms(doc) == []
    assert checks(doc, "duplicate") == []
    _, doc = article(CHEMICAL + COMMERCE)
    assert alarms(doc) == []


def test_a_sector_stated_again_with_its_count_is_still_paired(article) -> None:
    """The look-alike: the same line again, counted alike, pairs, and a changed figure is named."""
    again = "化学制药行业上市公司158家，营收下降3.22%至{v}亿元。\n"
    _, doc = article(CHEMICAL + COMMERCE + again.format(v="2,714"))
    assert alarms(doc) == []
    assert checks(doc, "duplicate") == [
        ("holds", ["158家", "下降3.22%", "2,714亿元", "158家", "下降3.22%", "2,714亿元"])]
    _, doc = article(CHEMICAL + COMMERCE + again.format(v="2,914"))
    assert _named(doc, "2,914亿元", "warning")
