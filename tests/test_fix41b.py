"""No false alarm on five causes of smoke41 (tests/data/smoke41/review.yaml), each on the real
sentence, with the look-alikes that must still be found and the same form with one figure changed
where the relation is real (the error or warning names the changed figure)."""

from __future__ import annotations

from helpers import alarms
from helpers import checks_of as checks
from helpers import names_written as _named

# --- 3. clauses after the one part 其中 names, opened by a date of their own --------------------------

# nantong-patents-jan-oct-2023-scjgj line 1
NANTONG = ("2023年1-10月份，全市专利授权量27138件，同比下降0.53%。其中发明专利{v}件，同比下降0.14%；"
           "截至10月底，全市有效发明专利42673件，比去年底增长4710件，比去年底增幅12.41%；"
           "全市万人发明专利拥有量55.18件，比去年底万人发明专利拥有量增幅12.41%。")
# the look-alike: a 其中 list that runs on over semicolons with no date of its own (parts invented)
NANTONG_PARTS = ("2023年1-10月份，全市专利授权量27138件，同比下降0.53%。其中发明专利4967件，同比下降0.14%；"
                 "实用新型专利{v}件，同比增长3.2%；外观设计专利3171件。")


def test_a_stock_at_its_own_date_after_the_qizhong_part_is_no_further_part(article) -> None:
    _, doc = article(NANTONG.format(v="4967"))
    assert [a for a in alarms(doc) if a[0] == "FC301"] == []
    assert checks(doc, "breakdown") == [("holds", ["4967件", "27138件"])]
    _, doc = article(NANTONG.format(v="29967"))  # the one part over its total
    assert _named(doc, "29967件")


def test_a_qizhong_list_over_semicolons_without_a_date_is_still_summed(article) -> None:
    _, doc = article(NANTONG_PARTS.format(v="19000"))
    assert alarms(doc) == []
    assert checks(doc, "breakdown") == [("holds", ["4967件", "19000件", "3171件", "27138件"])]
    _, doc = article(NANTONG_PARTS.format(v="29000"))
    assert _named(doc, "29000件")


# --- 5. the size of the field a part is ranked in --------------------------------------------------

# shangrao-parks-jan-jul-2016-rzfanyi line 3
SHANGRAO = ("1-7月，全市工业园区实现工业增加值348亿元，同比增长7.6%。过百亿园区5个，"
            "其中上饶经济技术开发区主营业务收入494.82亿元，在全省100个工业园区中排位第五位；"
            "广丰经济开发区325.44亿元，全省第八位，比6月份前进1位；鄱阳工业园区120.64亿元，全省第三十八位；"
            "万年高新技术产业园区108.16亿元，全省第四十七位；横峰经济开发区100.88亿元，全省第四十八位。")
# the look-alike: counted parts of a 其中 beside such a field (parts invented)
PARKS = "全市工业园区12个，其中过百亿园区{v}个，在全省100个工业园区中排名靠前，国家级园区3个。"


def test_the_field_a_part_is_ranked_in_is_no_part(article) -> None:
    _, doc = article(SHANGRAO)
    assert alarms(doc) == []
    assert not any("100个" in written for _, written in checks(doc, "breakdown"))


def test_counted_parts_beside_a_ranking_field_are_still_found(article) -> None:
    _, doc = article(PARKS.format(v="5"))
    assert alarms(doc) == []
    assert checks(doc, "breakdown") == [("holds", ["5个", "3个", "12个"])]
    _, doc = article(PARKS.format(v="10"))
    assert _named(doc, "10个")


# --- 6. parallel 从…看 splits of one whole ----------------------------------------------------------

# sichuan-investment-fair-2021-salonsbyjcnaples line 2, as printed (從規??? is a corrupted 從規模看)
SICHUAN = ("四川行期間，共有647個招商引資項目落地四川，總投資達6475.57億元。{head}，"
           "百億元以上“巨無霸”項目占比高，100億元以上簽約項目有7個、投資額達1055億元，占簽約總額約16.3%；"
           "從產業看，簽約項目集中在產業鏈中高端，第三產業項目有163個，簽約金額達2063.59億元，占比31.9%；"
           "從市（州）看，簽約項目著力于補鏈、強鏈、延鏈，成都市簽約項目93個，簽約金額1621.78億元，"
           "占四川省總量的四分之一，達州市簽約項目58個、簽約金額652.4億元，占總量10.1%，排名四川省第二。")
# the look-alike: a 从产业看 section right after the whole it splits (the same words, one section)
SICHUAN_ONE = ("四川行期间，共有647个招商引资项目落地四川，总投资达{v}亿元。从产业看，"
               "签约项目集中在产业链中高端，第三产业项目有163个，签约金额达2063.59亿元，占比31.9%。")


def test_parallel_sections_are_no_split_of_the_first_sections_figures(article) -> None:
    for head in ("從規???", "從規模看"):
        _, doc = article(SICHUAN.format(head=head))
        assert alarms(doc) == []
        assert checks(doc, "breakdown") in ([], [("holds", ["约16.3%", "31.9%"])])


def test_a_section_right_after_its_whole_still_splits_it(article) -> None:
    _, doc = article(SICHUAN_ONE.format(v="6475.57"))
    assert alarms(doc) == []
    assert ("holds", ["163个", "647个"]) in checks(doc, "breakdown")
    assert ("holds", ["2063.59亿元", "6475.57亿元"]) in checks(doc, "breakdown")
    _, doc = article(SICHUAN_ONE.format(v="1475.57"))
    assert _named(doc, "1475.57亿元")


# --- 7. the kinds of the counted things before 等 and a kind's noun ----------------------------------

# wulong-investment-q1-2019-cqwulong line 1
WULONG = ("3月13日，记者从区招商中心获悉，1至3月，我区实现春季集中签约文旅、工业、商贸等产业项目9个，"
          "协议引资67.7亿元，实现招商引资“开门红”。")
# the look-alike: names of the projects before 等 and the counted noun (pingli-gov-work-report-2016-ilynn,
# smoke17, the names shortened): some of the projects, as many as the count at most
PINGLI = ("坚持领导带头，实行考核加分激励招商，引进了嘉鸿手套、邳彤绞股蓝、西庆助剂等招商项目{v}个，"
          "合同引资33.4亿元。")


def test_the_industries_of_counted_projects_are_not_their_names(article) -> None:
    _, doc = article(WULONG)
    assert alarms(doc) == []
    assert checks(doc, "enumeration") == []


def test_names_before_deng_and_the_counted_noun_are_some_of_the_count(article) -> None:
    _, doc = article(PINGLI.format(v="33"))
    assert alarms(doc) == []
    assert checks(doc, "enumeration") == [("holds", ["33个"])]
    _, doc = article(PINGLI.format(v="2"))  # three names, two projects
    assert _named(doc, "2个")


# --- 8. a quoted name opening with a numeral, the last item of a list ---------------------------------

# wulong-investment-q1-2019-cqwulong line 2 (its first sentence)
WULONG_PLACES = ("据了解，今年以来，我区紧盯长三角、珠三角、京津冀等重点地区，以及市内主城区、"
                 "两江新区和“三北地区”等，实施以商招商、协同招商。")
# chongqing-communique-2008-xiaomonv0755 (smoke34), the names shortened: 五个重庆, the last item
CHONGQING = "着力推进城乡改革、开放高地和“五个重庆”建设。"
# the look-alike: a quoted count right after the names it counts (from the docstring of
# figures/guards.quoted_count; smoke articles write it so: 产业能级、创新模式…普惠共享“五个跃升”)
PILLARS = "扩大内需，发挥投资、消费、外贸“{n}驾马车”的拉动作用。"


def test_a_quoted_name_joined_to_a_list_is_no_count_of_it(article) -> None:
    for text in (WULONG_PLACES, CHONGQING):
        _, doc = article(text)
        assert alarms(doc) == []
        assert checks(doc, "enumeration") == []


def test_a_quoted_count_right_after_its_names_is_still_checked(article) -> None:
    _, doc = article(PILLARS.format(n="三"))
    assert alarms(doc) == []
    assert checks(doc, "enumeration") == [("holds", ["三项"])]
    _, doc = article(PILLARS.format(n="四"))
    assert _named(doc, "四项")
