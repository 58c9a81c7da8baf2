"""Parts of a whole in 统计公报 (discover/breakdown.py, within.py, sections.py, among.py), through
`factcheck check ARTICLE`: real sentences, the same sentence with one figure changed (the error
names that figure), and near misses that must not pair.
"""

from __future__ import annotations

import pytest
from helpers import check_dicts
from helpers import error_findings as errors
from helpers import written_set as figures


def checks(doc: dict, kind: str = "breakdown") -> list[dict]:
    return check_dicts(doc, kind)


def named(finding: dict) -> set[tuple[str, int, int]]:
    return {(c["written"], c["line"], c["column"]) for c in finding["claims"]}


# --- a sentence opened by the name of a whole stated before it (within.py) ----------------------
# 珠海市2011年国民经济和社会发展统计公报, http://xiaomonv0755.com/tjgb/19gd/24000.html
ZHUHAI = ("全年地方财政一般预算收入143.41亿元，比上年增长22.6%。其中，税收收入112亿元，增长17.3%。"
          "在税收收入中，增值税{vat}亿元，增长13.7%；营业税21.88亿元，增长15.8%；房产税5.77亿元，"
          "增长12.2%；企业所得税16.13亿元，增长15.1%。\n")


def test_parts_named_after_the_whole_they_are_in(article) -> None:
    """Form: 其中，X b。在X中，A c；B d — each part is at most the whole the words name."""
    code, doc = article(ZHUHAI.format(vat="29.03"))
    pairs = {frozenset(figures(c)) for c in checks(doc)}
    assert {frozenset({p, "112亿元"}) for p in ("29.03亿元", "21.88亿元", "5.77亿元", "16.13亿元")} <= pairs
    assert code == 0 and errors(doc) == []


def test_a_part_larger_than_the_whole_it_is_in_is_an_error(article) -> None:
    code, doc = article(ZHUHAI.format(vat="129.03"))
    [e] = errors(doc)
    assert ("129.03亿元", 1, ZHUHAI.index("{vat}") + 1) in named(e)
    assert code == 1


# 国家统计局 1—5月份全国规模以上工业企业利润, https://100ppi.com/news/detail-20240627-3437018.html
NBS = ("1—5月份，全国规模以上工业企业实现利润总额27543.8亿元，同比增长3.4%。\n"
       "1—5月份，规模以上工业企业中，国有控股企业实现利润总额{state}亿元，同比下降2.4%；股份制企业"
       "实现利润总额20510.5亿元，增长1.0%；外商及港澳台投资企业实现利润总额6827.8亿元，增长12.6%；"
       "私营企业实现利润总额7329.3亿元，增长7.6%。\n")


def test_overlapping_kinds_of_firms_are_each_within_the_whole(article) -> None:
    """Form: 规模以上工业企业中，A …；B … — 国有控股 and 股份制 overlap (their sum exceeds the
    whole): each is at most the whole, their sum is not tested. 股份制 and 外商及港澳台 are types of
    registration, different firms: together at most the whole (tests/test_discover_pw19.py)."""
    code, doc = article(NBS.format(state="9438.4"))
    within = [c for c in checks(doc) if "27543.8亿元" in figures(c)]
    assert {frozenset(figures(c)) for c in within} == {
        frozenset({p, "27543.8亿元"}) for p in ("9438.4亿元", "20510.5亿元", "6827.8亿元", "7329.3亿元")} | {
        frozenset({"20510.5亿元", "6827.8亿元", "27543.8亿元"})}
    assert code == 0


def test_a_kind_of_firm_larger_than_all_firms_is_an_error(article) -> None:
    code, doc = article(NBS.format(state="29438.4"))
    [e] = errors(doc)
    assert code == 1
    line = NBS.splitlines()[1]
    assert ("29438.4亿元", 2, line.index("{state}") + 1) in named(e)


def test_a_whole_of_another_measure_is_not_named(article) -> None:
    """Near miss: the firms' 营业收入 are no parts of a 利润总额 of the same firms."""
    _, doc = article("1—5月份，全国规模以上工业企业实现利润总额27543.8亿元，同比增长3.4%。"
                     "1—5月份，规模以上工业企业中，国有控股企业实现营业收入94384亿元。\n")
    assert checks(doc) == []


# 第四次全国经济普查公报, http://map.zdcj.net/yanbao/201911/627906888366.html
CENSUS = ("按机构类型分，企业法人单位1857.0万个，占85.2%，比2013年末增加1036.2万个，增长126.2%；"
          "机关、事业法人单位107.5万个，占4.9%。企业法人单位中，内资企业{domestic}万个，占98.8%；"
          "港、澳、台商投资企业11.9万个，占0.6%；外商投资企业10.3万个，占0.6%。\n")


@pytest.mark.parametrize(("domestic", "verdict"), [("1834.8", "holds"), ("1934.8", "fails")])
def test_counts_of_units_within_a_count_named_before(article, domestic, verdict) -> None:
    """Form: X a万个…。X中，A b万个；B c万个 — counts of units (外商投资企业 names no 投资)."""
    _, doc = article(CENSUS.format(domestic=domestic))
    [r] = [c for c in checks(doc) if figures(c) == {f"{domestic}万个", "1857.0万个"}]
    assert (r["how"], r["verdict"]) == ("stated", verdict)


# --- a total followed by its parts under 按…分 (sections.py) -----------------------------------
# 第四次全国经济普查公报, http://map.zdcj.net/yanbao/201911/627906888366.html
REGIONS = ("2018年末，全国共有从事第二产业和第三产业活动的法人单位2178.9万个，比2013年末增加1093.2万个，"
           "增长100.7%；产业活动单位2455.0万个，增加1151.5万个，增长88.3%。\n"
           "按区域分，东部地区拥有法人单位1280.2万个，占58.8%；中部地区{middle}万个，占22.6%；"
           "西部地区405.8万个，占18.6%。\n"
           "按机构类型分，企业法人单位1857.0万个，占85.2%，比2013年末增加1036.2万个，增长126.2%；"
           "机关、事业法人单位107.5万个，占4.9%；社会团体30.5万个，占1.4%；其他法人183.9万个，占8.4%。\n")


@pytest.mark.parametrize(("middle", "verdict"), [("492.9", "holds"), ("792.9", "warning")])
def test_a_classification_after_its_total(article, middle, verdict) -> None:
    """Form: 总数a。按X分，A b；B c；C d — the parts of the total of the paragraph before, never
    the change 比2013年末增加1036.2万个 (tied across sentences: a warning at most)."""
    _, doc = article(REGIONS.format(middle=middle))
    split = [c for c in checks(doc) if "2178.9万个" in figures(c)]
    regions = next(c for c in split if f"{middle}万个" in figures(c))
    assert figures(regions) == {"2178.9万个", "1280.2万个", f"{middle}万个", "405.8万个"}
    assert (regions["how"], regions["verdict"]) == ("linked", verdict)
    kinds = next(c for c in split if "1857.0万个" in figures(c))
    assert "增加1036.2万个" not in figures(kinds) and kinds["verdict"] == "holds"


def test_a_classification_by_age_ends_with_its_sentence(article) -> None:
    """Form: 总人口a，其中…。按年龄构成分，A b，B c，C d。年末常住人口e… — the next sentence's
    figures are no parts (real text: a 公报 in the pages corpus, 年末全区公安户籍总人口50.81万人)."""
    _, doc = article("年末全区公安户籍总人口50.81万人，其中男性26.16万人，女性24.65万人。按年龄构成分，"
                     "18岁以下12.53万人，18-60岁28.80万人，60岁以上9.48万人。年末常住人口49.22万人，"
                     "其中城镇人口35.45万人，常住人口城镇化率为72.02%。\n")
    [ages] = [c for c in checks(doc) if "12.53万人" in figures(c)]
    assert figures(ages) == {"50.81万人", "12.53万人", "28.80万人", "9.48万人"}
    assert ages["verdict"] == "holds"


def test_per_capita_figures_by_residence_are_no_sum(article) -> None:
    """Near miss: 按常住地分，城镇…人均可支配收入a；农村…b — averages do not add up to the average.
    https://bx2200.com/tjgongbao/huadong/2022-05-07/322_3.html"""
    _, doc = article("全年常住居民人均可支配收入37279元，比上年增长10.7%；人均消费支出24152元，增长13.8%。\n"
                     "按常住地分，城镇常住居民人均可支配收入47595元、增长10.2%，人均消费支出27982元、"
                     "增长8.5%；农村常住居民人均可支配收入28864元、增长10.8%，人均消费支出18523元、增长15.2%。\n")
    assert checks(doc) == [] and doc["findings"] == []


# --- 其中 lists (breakdown.py) ------------------------------------------------------------------
# 2019年玉环市国民经济和社会发展统计公报, http://yhsz.yuhuan.gov.cn/art/2021/5/10/art_1631252_58328435.html
YUHUAN = ("农业结构转型回升。全市实现农林牧渔业总产值69.93亿元，按可比价格计算，比上年增长2.5%，"
          "增加值37.90亿元，增长2.7%。其中，农业产值7.09亿元，下降0.6%；林业产值0.11亿元，增长3.7%；"
          "牧业产值1.14亿元，下降21.7%；渔业产值{fish}亿元，增长3.4%；农林牧渔服务业产值0.84亿元，增长5.0%。\n")


def test_qizhong_splits_the_level_of_its_parts_measure(article) -> None:
    """Form: 总产值a，…，增加值b。其中，A产值c；B产值d — the 产值 parts split the 总产值, not the
    增加值 that ends the sentence (the 增加值 is at most the 总产值 it is of: a check of its own)."""
    code, doc = article(YUHUAN.format(fish="60.75"))
    totals = {frozenset(figures(c)) & {"69.93亿元", "37.90亿元"} for c in checks(doc)
              if not c["check"].endswith("_defined")}
    assert totals == {frozenset({"69.93亿元"})}
    assert code == 0


def test_a_part_of_the_gross_output_changed_is_an_error(article) -> None:
    code, doc = article(YUHUAN.format(fish="90.75"))
    assert code == 1
    assert any(("90.75亿元", 1, YUHUAN.index("{fish}") + 1) in named(e) for e in errors(doc))


# 柞水县(?)统计公报 (教育), https://edutainingadventures.com/thuazhong/900_3.html
KINDERGARTENS = ("全县共有幼儿园128所。其中，公办幼儿园53所，民办幼儿园{private}所；城区幼儿园50所，"
                 "农村幼儿园78所。在园幼儿18527人，其中城区幼儿11023人，农村幼儿7504人，在园教职工2171人。\n")


def test_two_classifications_in_one_qizhong(article) -> None:
    """Form: X a。其中，A b，B c；C d，E e — two ways of splitting X (公办/民办; 城区/农村), each
    its own breakdown; the same with 男性/女性；城镇/乡村 in a 户籍人口 (pages corpus). And 在园教职工
    after 在园幼儿's parts is no part of it."""
    code, doc = article(KINDERGARTENS.format(private="75"))
    found = {frozenset(figures(c)) for c in checks(doc)}
    assert frozenset({"128所", "53所", "75所"}) in found
    assert frozenset({"128所", "50所", "78所"}) in found
    assert frozenset({"18527人", "11023人", "7504人"}) in found
    assert code == 0 and doc["findings"] == []


def test_one_classification_changed_is_an_error(article) -> None:
    code, doc = article(KINDERGARTENS.format(private="95"))
    [e] = errors(doc)
    assert ("95所", 1, KINDERGARTENS.index("{private}") + 1) in named(e)
    assert code == 1


def test_a_part_of_a_part_in_brackets_is_not_a_part(article) -> None:
    """Form: 医师a人。其中，执业医师b人（全科c人）、执业助理d人（…e人） — the bracketed counts are
    parts of parts. http://www.gzzhijin.gov.cn/zjzj/zjgk/shsy/"""
    _, doc = article("2022年，全县共有卫生机构746家。共有执业（助理）医师2089人。其中，执业医师1390人"
                     "（全科25人）、执业助理504人（乡村全科162人、执助全科8人）。\n")
    [r] = [c for c in checks(doc) if "2089人" in figures(c)]
    assert figures(r) == {"2089人", "1390人", "504人"}


def test_schools_are_no_part_of_students(article) -> None:
    """Near miss: 在校学生a万人，其中高中9所，在校学生b万人 — a count of schools is no part of a
    count of students. https://bx2200.com/tjgongbao/huadong/2022-05-07/322_3.html"""
    _, doc = article("全县共有中等职业学校5所，在校学生0.51万人。普通中学38所，在校学生2.95万人，"
                     "其中高中9所，在校学生1.23万人；初中29所，在校学生1.72万人。\n")
    assert not any("9所" in figures(c) and "2.95万人" in figures(c) for c in checks(doc))


# --- among.py -----------------------------------------------------------------------------------
def test_a_list_item_ending_in_zhong_is_not_among(article) -> None:
    """Near miss: 小学101036人、初中48058人 — 初中 is a list item, not "among the 101036".
    http://www.gzzhijin.gov.cn/zjzj/zjgk/shsy/"""
    _, doc = article("2022年，全县共有各级各类学校486所。共有在校学生205582人（其中，学前教育33054人、"
                     "小学101036人、初中48058人、普通高中21212人、中职2026人、特殊教育162人、专门学校34人）。\n")
    assert not any(figures(c) == {"101036人", "48058人"} for c in checks(doc))


# --- the balance sheet and the three 门类 of 工业 (breakdown.py, composition.py) --------------------
# 河北省1—11月份规模以上工业企业利润, http://hebei.chinagdp.org/jjfz/201801/474.html; the same
# sentence in the national release, http://yjtpt.com/news/show-29159.html (156.07 = 88.78 + 67.28)
BALANCE = ("11月末，规模以上工业企业资产总计46176.4亿元，同比增长7.7%；负债合计{debt}亿元，增长6.1%；"
           "所有者权益合计20898.1亿元，增长9.7%；资产负债率为54.7%，同比下降0.9个百分点。\n")


@pytest.mark.parametrize(("debt", "verdict"), [("25278.2", "holds"), ("25878.2", "fails")])
def test_assets_are_liabilities_plus_equity(article, debt, verdict) -> None:
    """Form: 资产总计a；负债合计b；所有者权益合计c — a = b + c by definition."""
    code, doc = article(BALANCE.format(debt=debt))
    assert code == (1 if verdict == "fails" else 0)
    [r] = checks(doc)
    assert figures(r) == {"46176.4亿元", f"{debt}亿元", "20898.1亿元"}
    assert (r["how"], r["verdict"]) == ("stated", verdict)
    if verdict == "fails":  # (the 资产负债率 of discover/ratios.py fails too, naming the same figure)
        assert all((f"{debt}亿元", 1, BALANCE.index("合计{debt}") + 1) in named(e) for e in errors(doc))


def test_current_assets_are_not_the_balance(article) -> None:
    """Near miss: 流动资产 is not what 负债 and 所有者权益 add up to."""
    _, doc = article("年末，企业流动资产总计4617.4亿元；负债合计2527.2亿元；所有者权益合计2089.1亿元。\n")
    assert checks(doc) == []


# 国家统计局 1—5月份规模以上工业企业利润, https://100ppi.com/news/detail-20240627-3437018.html;
# the same three 门类 in 河北省1—11月份, http://hebei.chinagdp.org/jjfz/201801/474.html
DIVISIONS = ("1—5月份，全国规模以上工业企业实现利润总额27543.8亿元，同比增长3.4%。\n"
             "1—5月份，采矿业实现利润总额5024.5亿元，同比{mining}16.2%；制造业实现利润总额19285.7亿元，"
             "增长6.3%；电力、热力、燃气及水生产和供应业实现利润总额3233.6亿元，增长29.5%。\n")


@pytest.mark.parametrize(("mining", "verdict"), [("下降", "holds"), ("增长", "warning")])
def test_the_three_divisions_make_up_industry(article, mining, verdict) -> None:
    """Form: 规模以上工业…a，增长x。采矿业b，增长y；制造业c…；电力…d… — the three 门类 make up the
    whole: their levels add up to it, and their growth gives its growth (tied across paragraphs: a
    warning at most)."""
    _, doc = article(DIVISIONS.format(mining=mining))
    [r] = [c for c in checks(doc) if "27543.8亿元" in figures(c)]
    assert figures(r) == {"27543.8亿元", "5024.5亿元", "19285.7亿元", "3233.6亿元"}
    assert r["verdict"] == "holds"
    [g] = [c for c in checks(doc, "composition") if "27543.8亿元" not in figures(c)]
    assert figures(g) == {"3.4%", f"{'下降' if mining == '下降' else ''}16.2%", "6.3%", "29.5%"}
    assert g["verdict"] == verdict  # 3.4% is no average of rates all above it


# --- one month within the months to it (within.py) ----------------------------------------------
# 国家统计局 2017年12月份社会消费品零售总额, http://m.fangchan.com/data/142/2018-01-18/6359686623680336609.html;
# the same form for 2011, http://msn.finance.sina.com.cn/gdxw/20120117/1012631988.html
RETAIL = ("2017年12月份，社会消费品零售总额34734亿元，同比名义增长9.4%。其中，限额以上单位消费品零售额"
          "17409亿元，增长6.7%。\n"
          "2017年全年，社会消费品零售总额{year}亿元，比上年增长10.2%。其中，限额以上单位消费品零售额"
          "160613亿元，增长8.1%。\n"
          "按经营单位所在地分，12月份，城镇消费品零售额29754亿元，同比增长9.3%；乡村消费品零售额4981亿元，"
          "增长10.1%。2017年全年，城镇消费品零售额314290亿元，比上年增长10.0%；乡村消费品零售额51972亿元，"
          "增长11.8%。\n")


@pytest.mark.parametrize(("year", "verdict"), [("366262", "holds"), ("26262", "warning")])
def test_a_month_is_within_the_year(article, year, verdict) -> None:
    """Form: 12月份，X a。全年，X b — one month's flow is at most the year's (tied by label and
    periods: a warning at most)."""
    _, doc = article(RETAIL.format(year=year))
    [r] = [c for c in checks(doc) if figures(c) == {"34734亿元", f"{year}亿元"}]
    assert (r["how"], r["verdict"]) == ("linked", verdict)
    assert any(figures(c) == {"4981亿元", "51972亿元"} for c in checks(doc))


def test_a_month_split_by_classification_is_of_the_month(article) -> None:
    """Near miss: 按…分，12月份，城镇a；乡村b splits the 12月份 total, not the year's (nor the
    限额以上 part of the year's stated after it)."""
    _, doc = article(RETAIL.format(year="366262"))
    [split] = [c for c in checks(doc) if {"29754亿元", "4981亿元"} <= figures(c)]
    assert figures(split) == {"34734亿元", "29754亿元", "4981亿元"} and split["verdict"] == "holds"
    assert doc["findings"] == []


def test_a_month_end_is_no_month(article) -> None:
    """Near miss: 11月末 (a point in time) states a stock, not one month of a flow."""
    _, doc = article("1—11月份，全国规模以上工业企业实现利润总额77179.6亿元，同比下降3.6%。11月末，"
                     "规模以上工业企业实现利润总额8000.0亿元。\n")
    assert checks(doc) == []
