"""Relations stated in one sentence that the tool missed (session 20, rec20a), through
`factcheck check ARTICLE`: a level against the earlier level 与…的…相比 names, with the change and the
rate after it; a change 相比YYYY年 / 同YYYY年…相比; a 其中 part that states its earlier level too; the
share of a count among the count its sentence opens with. Each form on real sentences (sources in
the comments), with look-alikes that must not be tied and a copy with one figure changed."""

from __future__ import annotations

from helpers import breakdowns_of, check_dicts, checks_of, error_findings


def places(finding: dict) -> set[tuple[int, int, str]]:
    return {(c["article"]["line"], c["article"]["column"], c["written"]) for c in finding["claims"]}


# --- a level, 与…的 base 相比, the change and the rate ---------------------------------------------
# 第七次全国人口普查主要数据 (国家统计局, 2021-05-11; as quoted at jxyuer.com/news/jiaodian/161619.html);
# the same sentence as 人民日报客户端 wrote it (focus-tvc.com/1534132-1-1.html: 比…的…相比, each level
# restated in 亿人 in brackets); and a question-and-answer page on 2021's lottery
# (maidong77.com/240706/3058937.html, tests/data/fresh19/news-lottery-sales-2021).
CENSUS = ("全国人口共141178万人，与2010年（第六次全国人口普查数据，下同）的133972万人相比，增加7206万人，"
          "增长{rate}%，年平均增长率为0.53%，比2000年到2010年的年平均增长率0.57%下降0.04个百分点。\n")
CENSUS_DAILY = ("全国人口共141178万人（14.1178亿人），比2010年第六次人口普查的133972万人（13.3972亿人）相比，"
                "增加了7206万人，增长5.38%，年平均增长率为0.53%。\n")
LOTTERY_BUYERS = ("2021年，全国共有7.4亿人买了彩票，相比于2020年的6.7亿的购彩者增长了7000万人，"
                  "增长幅度达10%。\n")
LOTTERY_SALES = ("2021年国内共销售彩票4738.45亿元，相比2020年减少906.88亿元，下降18%。其中福利彩票销售额为"
                 "1747.84亿元，与2020年的2553.98亿元相比减少了806.14亿元，下降了31%；体育彩票销售额为"
                 "3001.11亿元，与2020年的2834.92亿元相比增加了166.19亿元，增长了5%。\n")


def test_a_level_against_its_base_with_the_change_between(article) -> None:
    """与2010年（note）的133972万人相比，增加7206万人，增长5.38%: the rate is the level against the
    base (the note in brackets taken out); the change is their difference."""
    code, doc = article(CENSUS.format(rate="5.38"))
    assert ("holds", ["141178万人", "133972万人", "5.38%"]) in checks_of(doc, "growth")
    assert ("holds", ["141178万人", "133972万人", "7206万人"]) in checks_of(doc, "expression")
    assert code == 0


def test_the_base_restated_in_brackets_is_passed_over(article) -> None:
    """133972万人（13.3972亿人）相比，增加了7206万人，增长5.38%: the bracketed 亿人 are the same level."""
    code, doc = article(CENSUS_DAILY)
    assert ("holds", ["141178万人", "133972万人", "5.38%"]) in checks_of(doc, "growth")
    assert code == 0


def test_a_base_written_without_its_unit_and_a_named_rate(article) -> None:
    """7.4亿人买了彩票，相比于2020年的6.7亿的购彩者增长了7000万人，增长幅度达10%: the base in the
    level's unit (人), the rate named 增长幅度 — 7.4 / 6.7 − 1 = 10.4%, within 10% ± 0.5% as rounded."""
    code, doc = article(LOTTERY_BUYERS)
    assert ("holds", ["7.4亿人", "6.7亿人", "10%"]) in checks_of(doc, "growth")
    assert code == 0


def test_a_wrong_rate_against_the_base_is_an_error_at_it(article) -> None:
    """The rate changed by a digit (5.38% → 5.83%): an error naming it at its place."""
    code, doc = article(CENSUS.format(rate="5.83"))
    [e] = error_findings(doc)
    assert e["code"] == "FC101" and (1, 58, "5.83%") in places(e)
    assert code == 1


def test_the_rates_of_the_lottery_parts_are_errors(article) -> None:
    """The parts' rates as written are not their levels' (1747.84 / 2553.98 − 1 = −31.56%, not
    −31% ± 0.5%; 3001.11 / 2834.92 − 1 = 5.86%, not 5% ± 0.5%: the gold marks both wrong), and the
    parts exceed the total: errors at each, none at the right differences (806.14, 166.19)."""
    _, doc = article(LOTTERY_SALES)
    growth = [v for v, figures in checks_of(doc, "growth") if "1747.84亿元" in figures
              or "3001.11亿元" in figures]
    assert growth == ["fails", "fails"]
    assert sorted(v for v, _ in checks_of(doc, "expression")) == ["holds", "holds"]
    assert breakdowns_of(doc) == [("stated", frozenset({"4738.45亿元", "1747.84亿元", "3001.11亿元"}))]


def test_a_rate_a_year_after_the_change_is_not_the_change_s(article) -> None:
    """…相比，增加7206万人，年平均增长0.53%: a rate a year over ten years, no growth of the base."""
    text = CENSUS.format(rate="5.38").replace("增长5.38%，年平均增长率为0.53%", "年平均增长0.53%")
    assert checks_of(article(text)[1], "growth") == []


def test_a_base_of_another_subject_without_a_year_is_no_earlier_level(article) -> None:
    """与全国平均水平的…相比: another subject's level, no period before 的 — no growth (the words do
    not say it is the same measure a year before)."""
    text = "全市人均可支配收入为41200元，与全国平均水平的35128元相比，高出6072元，高17.3%。\n"
    assert checks_of(article(text)[1], "growth") == []


def test_a_rate_of_a_part_after_the_change_is_not_the_level_s(article) -> None:
    """…相比，增加7206万人，其中城镇人口增长x%: the rate is a part's, not the level's."""
    text = CENSUS.format(rate="5.38").replace("增长5.38%", "其中城镇人口增长35.4%")
    assert [f for v, f in checks_of(article(text)[1], "growth") if "133972万人" in f] == []


# --- a change after 相比YYYY年 / 同YYYY年…相比, then its rate --------------------------------------
# 金融界 on the 7th census (942fx.com/finance/45827.html); 北京市2010年第六次全国人口普查主要数据公报
# (360docs.net/doc/1b3443402.html); the lottery page above.
CENSUS_FINANCE = ("普查结果显示，我国总人口为141178万人，同2010年第六次全国人口普查数据相比，增加7206万人，"
                  "增长5.38%，年平均增长率为0.53%。\n")
BEIJING = "全市常住人口为1961.2万人，同2000年第五次全国人口普查相比，十年共增加604.3万人，增长{rate}%。\n"


def test_a_change_against_a_census_year_and_its_rate(article) -> None:
    """同2010年第六次全国人口普查数据相比，增加7206万人，增长5.38%: the earlier level is the level less
    the change (141178 − 7206 = 133972; 141178 / 133972 − 1 = 5.38%)."""
    code, doc = article(CENSUS_FINANCE)
    assert ("holds", ["141178万人", "7206万人", "5.38%"]) in checks_of(doc, "growth")
    assert code == 0


def test_a_change_over_ten_years_and_its_rate(article) -> None:
    """同2000年…相比，十年共增加604.3万人，增长44.5%: 1961.2 / 1356.9 − 1 = 44.54%."""
    code, doc = article(BEIJING.format(rate="44.5"))
    assert [v for v, f in checks_of(doc, "growth") if "44.5%" in f] == ["holds"]
    assert code == 0


def test_a_wrong_rate_after_a_change_against_a_census_year_is_an_error(article) -> None:
    code, doc = article(BEIJING.format(rate="45.4"))
    [e] = error_findings(doc)
    assert e["code"] == "FC101" and (1, 48, "45.4%") in places(e)
    assert code == 1


def test_the_lottery_total_against_its_change(article) -> None:
    """相比2020年减少906.88亿元，下降18%: 906.88 / (4738.45 + 906.88) = 16.06%, not 18% — the
    gold's error, now found."""
    _, doc = article(LOTTERY_SALES)
    assert ("fails", ["4738.45亿元", "减少906.88亿元", "下降18%"]) in checks_of(doc, "growth")


def test_a_change_since_a_year_further_back_keeps_its_own_rate(article) -> None:
    """同2000年相比增加N，比上年增长x%: the rate is against another year than the change."""
    text = "全市常住人口为1961.2万人，同2000年相比增加604.3万人，比上年增长2.4%。\n"
    assert [f for v, f in checks_of(article(text)[1], "growth") if "604.3万人" in f] == []


# --- a 其中 part with its earlier level: the earlier level is no part -----------------------------


def test_a_part_s_earlier_level_is_no_part_of_this_year_s_total(article) -> None:
    """其中福利彩票销售额为1747.84亿元，与2020年的2553.98亿元相比…；体育彩票销售额为3001.11亿元，与2020年的
    2834.92亿元相比…: the parts are this year's levels (1747.84 + 3001.11 = 4748.95 > 4738.45: an
    error, at the total)."""
    _, doc = article(LOTTERY_SALES)
    [e] = [f for f in error_findings(doc) if f["code"] == "FC301"]
    assert "2553.98亿元" not in {c["written"] for c in e["claims"]}


def test_a_base_is_no_total_of_this_year_s_parts(article) -> None:
    """相比于2020年的6.7亿的购彩者…。其中，购买福利彩票的人有3.7亿: the parts are of this year's 7.4亿,
    not of the earlier 6.7亿."""
    text = LOTTERY_BUYERS.rstrip("\n") + "其中，购买福利彩票的人有3.7亿，购买了体彩的有3.7亿。\n"
    code, doc = article(text)
    assert all(not f.startswith("6.7亿") for _, figures in breakdowns_of(doc) for f in figures)
    assert code == 0


# --- the share of a count among the count its sentence opens with ---------------------------------
# 上半年化工水泥需求强劲 (2011, tests/data/fresh19/news-h1-forecasts-chem-cement-2011; 这203家公司中 and
# 从全部941家公司来看); 中国证券报 on the 创业板's first-quarter forecasts (dmetin.cn/contents/2013/4/
# 8-4B8F7169EA734313B7B32173FB2D7BAE.html); 扬子晚报 (data.cnfol.com/110929/104,1292,10818927,00.shtml).
FORECASTS = ("从7月份以来公布业绩预告的公司来看，这203家公司中，预计业绩增长、扭亏的公司合计140家，"
             "占比近七成。从全部941家公司来看，预计业绩增长、扭亏的公司合计{sum}家，占比近八成。\n")
CHINEXT = ("在披露一季度业绩预告的352家创业板公司中，6家扭亏，45家预增，141家略增，合计192家，"
           "占比为{share}%。首亏公司达16家，续亏公司12家，预减公司43家。\n")
THIRD_QUARTER = ("统计显示，在公布三季度业绩预告的616只中小板和创业板公司中，业绩预增、预盈和扭亏公司分别为"
                 "406家、104家和6家，占比分别为65.91%、16.88%和0.97%，合计预喜比重高达83.77%。\n")


def test_the_share_of_a_count_among_the_count_its_sentence_opens_with(article) -> None:
    """这203家公司中，…合计140家，占比近七成 (140 / 203 = 69.0%); 从全部941家公司来看，…合计711家，
    占比近八成 (75.6%): each share of the count its lead names."""
    code, doc = article(FORECASTS.format(sum="711"))
    assert checks_of(doc, "share") == [("holds", ["预计140家", "203家", "近七成"]),
                                       ("holds", ["预计711家", "941家", "近八成"])]
    assert code == 0


def test_a_sum_after_its_parts_is_a_share_of_the_count_they_are_among(article) -> None:
    """352家创业板公司中，6家扭亏，45家预增，141家略增，合计192家，占比为54.5%: 192 is the sum of the three
    (not of 352 with them) and 54.5% of 352 — neither 352 a part of the sum nor 6家 the share's whole."""
    code, doc = article(CHINEXT.format(share="54.5"))
    assert checks_of(doc, "share") == [("holds", ["192家", "352家", "54.5%"])]
    assert ("stated", frozenset({"6家", "45家", "141家", "192家"})) in breakdowns_of(doc)
    assert all("352家" not in figures or "192家" not in figures or len(figures) == 2
               for _, figures in breakdowns_of(doc))
    assert error_findings(doc) == [] and code == 0


def test_a_wrong_share_of_the_count_is_an_error_at_it(article) -> None:
    code, doc = article(CHINEXT.format(share="45.5"))
    [e] = error_findings(doc)
    assert e["code"] == "FC201" and (1, 50, "45.5%") in places(e)
    assert code == 1


def test_a_wrong_count_from_a_lead_is_flagged_at_it(article) -> None:
    """合计711家 → 811家: 811 / 941 = 86%, not 近八成 [70%, 80%) — a warning (the share is approximate)
    naming the count at its place."""
    _, doc = article(FORECASTS.format(sum="811"))
    [w] = [f for f in doc["findings"] if f["code"] == "FC201"]
    assert w["severity"] == "warning" and (1, 77, "预计811家") in places(w)


def test_a_share_of_the_sum_of_a_list_is_not_its_last_item_s(article) -> None:
    """分别为406家、104家和6家，占比分别为…，合计预喜比重高达83.77%: the share of the three together,
    not of 6家 (0.97%, stated just before)."""
    code, doc = article(THIRD_QUARTER)
    assert [f for _, f in checks_of(doc, "share") if "83.77%" in f] == []
    assert error_findings(doc) == [] and code == 0


def test_a_count_in_a_lead_of_another_kind_is_no_whole(article) -> None:
    """从…来看 with no count (从7月份以来公布业绩预告的公司来看) names no whole: the share is of the
    count after it only."""
    doc = article(FORECASTS.format(sum="711"))[1]
    assert all("预计140家" not in {c["written"] for c in s["claims"]} or
               "203家" in {c["written"] for c in s["claims"]} for s in check_dicts(doc, "share"))


# --- parts, then 加起来总共 / 加起来一共 and their sum -----------------------------------------------
# 浙江重金属污染防治 (2011, tests/data/fresh19/news-heavy-metal-plan-2011 line 49); a note on glibc's
# malloc bins and one on zero-copy I/O (public repositories' documentation; the counts as written).
REGIONS = ("喻志刚透露，浙江这次共有7个区域（县为单位）列为国家重点整治区域，浙江省自己又另外加了11个区域，"
           "加起来总共有{sum}个重金属重点防控区域。\n")
BINS = "small bins和large bins的chunk链表头，small bins一共62个，large bins一共63个，加起来一共125个bin。\n"
COPIES = ("可以清楚看到这里一共触发了4次用户态和内核态的上下文切换，分别是read()/write()调用和返回时的切换，"
          "2次DMA拷贝，2次CPU拷贝，加起来一共4次拷贝操作。\n")


def test_parts_then_their_sum_after_jia_qi_lai(article) -> None:
    """7个…，另外加了11个区域，加起来总共有18个: 7 + 11 = 18; 62个，63个，加起来一共125个."""
    for text, parts in ((REGIONS.format(sum="18"), {"7个", "11个", "18个"}),
                        (BINS, {"62个", "63个", "125个"})):
        code, doc = article(text)
        assert breakdowns_of(doc) == [("stated", frozenset(parts))]
        assert code == 0


def test_a_wrong_sum_after_jia_qi_lai_is_an_error_at_it(article) -> None:
    code, doc = article(REGIONS.format(sum="17"))
    [e] = error_findings(doc)
    assert e["code"] == "FC301" and (1, 54, "17个") in places(e)
    assert code == 1


def test_a_count_clauses_before_the_parts_is_no_part_of_their_sum(article) -> None:
    """一共触发了4次上下文切换，分别是…的切换，2次DMA拷贝，2次CPU拷贝，加起来一共4次拷贝操作: a clause
    without a figure ends the parts — 2 + 2 = 4, the switches are none of them."""
    code, doc = article(COPIES)
    assert breakdowns_of(doc) == [("stated", frozenset({"2次", "4次"}))]
    assert error_findings(doc) == [] and code == 0


def test_a_share_summed_after_jia_qi_lai_is_no_sum_of_levels(article) -> None:
    """税率通常为6.2%，…为1.45%，加起来总共占薪水的7.65%: rates, no levels to add up here."""
    text = "Social Security tax税率通常为6.2%，Medicare tax为1.45%，加起来总共占薪水的7.65%。\n"
    assert breakdowns_of(article(text)[1]) == []


# --- a level, 较上月的 / 较6月份的 base and the rate ----------------------------------------------
# a futures daily on China's soybean imports (public repository page: 海关…5月进口大豆456万吨，较上月的
# 388万吨上升17.5%); 新浪财经 on Cboe FX (2018-06-02: 总成交量为9402亿美元，较上月的7629亿美元增长23%;
# 较2017年4月的363亿美元增长了12.4%); 中国铝合金出口 (2011, tests/data/fresh19/
# news-aluminum-alloy-exports-2011m7 line 7).
SOYBEANS = "海关周五公布，中国5月进口大豆456万吨，较上月的388万吨上升{rate}%。同比增长4.3%。\n"
CBOE = ("2018年5月，Cboe外汇公布的总成交量为9402亿美元，较上月的7629亿美元增长23%。\n\n"
        "此外，2018年5月，该交易所的机构外汇交易的日均交易量为409亿美元，较2017年4月的363亿美元"
        "增长了12.4%。\n")
ALLOY = ("根据海关数据显示，7月我国出口至日本铝合金总量为31，395吨，较去年同期上升12.06%，较6月份的21,177吨"
         "更是增加了48.25%。\n")


def test_a_level_against_last_month_s_base(article) -> None:
    """较上月的388万吨上升17.5% (456 / 388 − 1 = 17.53%), 较上月的7629亿美元增长23% (23.24%), 较2017年4月
    的363亿美元增长了12.4% (408.5 / 363.5 − 1 = 12.38% at the levels' rounding), 较6月份的21,177吨更是
    增加了48.25% (48.25%): the rate read after the base is the level's against it."""
    for text, figures in ((SOYBEANS.format(rate="17.5"), ["456万吨", "388万吨"]),
                          (CBOE, ["9402亿美元", "7629亿美元"]), (CBOE, ["409亿美元", "363亿美元"]),
                          (ALLOY, ["31,395吨", "21,177吨"])):
        code, doc = article(text)
        assert [v for v, f in checks_of(doc, "growth") if f[:2] == figures] == ["holds"], figures
        assert code == 0


def test_a_wrong_rate_against_last_month_is_an_error_at_it(article) -> None:
    code, doc = article(SOYBEANS.format(rate="71.5"))
    [e] = error_findings(doc)
    assert e["code"] == "FC101" and (1, 31, "71.5%") in places(e)
    assert code == 1


def test_a_base_is_no_level_of_a_later_comparison(article) -> None:
    """456万吨，较上月的388万吨上升17.5%，较去年同期的437万吨增长4.3%: the second rate is 456's against
    437, never 388's."""
    text = "5月进口大豆456万吨，较上月的388万吨上升17.5%，较去年同期的437万吨增长4.3%。\n"
    _, doc = article(text)
    assert all(f[0] != "388万吨" for _, f in checks_of(doc, "growth"))
    assert error_findings(doc) == []


def test_a_percentage_against_last_month_s_is_not_read(article) -> None:
    """渗透率为35%，较上月的30%上升5%: 5 points or 5 percent, the words do not say."""
    text = "5月，新能源汽车渗透率为35%，较上月的30%上升5%。\n"
    code, doc = article(text)
    assert checks_of(doc, "growth") == [] and code == 0


def test_a_part_named_from_a_place_is_still_a_part(article) -> None:
    """从赣江出境水量181.90亿立方米 (smoke29's water resources): 从 names where it flows out, no earlier
    level compared with — a part of the outflow as before."""
    text = ("2011年，赣州市出（市）境水量202.66亿立方米，其中从赣江出境水量181.90亿立方米，"
            "从珠江出境水量20.76亿立方米。\n")
    assert breakdowns_of(article(text)[1]) == [
        ("stated", frozenset({"181.90亿立方米", "20.76亿立方米", "202.66亿立方米"}))]
