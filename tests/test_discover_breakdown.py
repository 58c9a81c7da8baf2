"""Parts and their total found in articles (discover/breakdown.py) where the 其中 opens the next
sentence or the parts run over semicolons, and the share of a part of such a total
(discover/share.py), through `factcheck check ARTICLE`.
"""

from __future__ import annotations

import pytest


def relations(doc: dict, kind: str) -> list[dict]:
    return [c for c in doc["checks"] if c["kind"] == kind]


def figures(check: dict) -> set[str]:
    return {c["written"] for c in check["claims"]}


HAIDIAN = ("2020年，北京市GDP为36102.6亿元，同比增长1.2%。其中海淀区GDP为{part}亿元，占北京市总量的"
           "{share}%，同比增长5.9%。\n")


@pytest.mark.parametrize(("part", "share", "verdict"), [("8504.6", "23.56", "holds"),
                                                        ("8504.6", "26.56", "fails"),
                                                        ("8534.6", "23.56", "fails")])
def test_a_part_named_after_qizhong_without_a_comma(article, part, share, verdict) -> None:
    """Form: X为a。其中Y为b，占X的p% — 其中 opening a sentence with the part's name (no comma)
    ties the part to the total of the sentence before: the share is stated, an error."""
    code, doc = article(HAIDIAN.format(part=part, share=share))
    [split] = relations(doc, "breakdown")
    assert figures(split) == {"36102.6亿元", f"{part}亿元"}
    [r] = relations(doc, "share")
    assert figures(r) == {"36102.6亿元", f"{part}亿元", f"{share}%"}
    assert (r["how"], r["verdict"]) == ("stated", verdict)
    assert code == (1 if verdict == "fails" else 0)


def test_counts_after_qizhong_may_overlap(article) -> None:
    """Form: …6个集群…。其中4项与深圳有关，3项涉及广州 — members counted by what they touch (a
    cluster can touch two cities): no parts of a sum."""
    _, doc = article("广东入选的6个集群均在粤港澳大湾区。其中4项与深圳有关，3项涉及广州，"
                     "2项涉及东莞和佛山，惠州也拥有1项。\n")
    assert relations(doc, "breakdown") == []


SHENZHEN = ("去年1-11月，全市进出口总额31579.51亿元，同比增长15.1%；两年平均增长8.6%。其中，出口"
            "{exports}亿元，同比增长12.6%，两年平均增长6.3%；进口14476.04亿元，同比增长18.2%。\n")


@pytest.mark.parametrize(("exports", "verdict"), [("17103.48", "holds"), ("17133.48", "fails")])
def test_qizhong_after_a_total_whose_growth_runs_over_a_semicolon(article, exports, verdict) -> None:
    """Form: 总额a，同比增长x；两年平均增长y。其中，A b；B c — the sentence of the total runs to the
    full stop."""
    _, doc = article(SHENZHEN.format(exports=exports))
    [r] = relations(doc, "breakdown")
    assert figures(r) == {"31579.51亿元", f"{exports}亿元", "14476.04亿元"}
    assert (r["how"], r["verdict"]) == ("stated", verdict)


def test_qizhong_after_a_semicolon_still_opens_the_parts(article) -> None:
    """Form: 存栏a，增长x；其中，B存栏b — the 其中 right after the semicolon."""
    _, doc = article("三季度末，生猪存栏43764万头，同比增长18.2%；其中，能繁殖母猪存栏4459万头，"
                     "增长16.7%。\n")
    [r] = relations(doc, "breakdown")
    assert figures(r) == {"43764万头", "4459万头"}


SUZHOU = ("一季度全市实现生产总值5136.7亿元，按可比价格计算同比增长4.4%，其中第一产业增加值25.5亿元，"
          "增长0.9%；第二产业增加值{second}亿元，增长4.5%；第三产业增加值2734.8亿元，增长4.4%。\n")


@pytest.mark.parametrize(("second", "verdict"), [("2376.3", "holds"), ("2379.3", "fails")])
def test_three_industries_after_qizhong_over_semicolons(article, second, verdict) -> None:
    """Form: 生产总值a，其中第一产业b；第二产业c；第三产业d — the three industries make up the GDP
    (not 其中's first part alone)."""
    _, doc = article(SUZHOU.format(second=second))
    [r] = [r for r in relations(doc, "breakdown") if "5136.7亿元" in figures(r)]
    assert figures(r) == {"5136.7亿元", "25.5亿元", f"{second}亿元", "2734.8亿元"}
    assert r["verdict"] == verdict


@pytest.mark.parametrize(("imports", "verdict"), [("14476.04", "holds"), ("14476.07", "fails"),
                                                  ("14476.01", "fails")])
def test_exports_and_imports_make_up_the_trade_total(article, imports, verdict) -> None:
    """Form: 进出口总额a…。其中，出口b…；进口c — the two members of a pair make up the total
    exactly (b + c = a, a shortfall fails too)."""
    _, doc = article(SHENZHEN.format(exports="17103.48").replace("14476.04", imports))
    [r] = relations(doc, "breakdown")
    assert r["verdict"] == verdict


@pytest.mark.parametrize(("rural", "verdict"), [("2760", "holds"), ("2750", "fails")])
def test_urban_and_rural_retail_make_up_the_total(article, rural, verdict) -> None:
    """Form: 社会消费品零售总额a。其中城镇消费品零售额b；乡村消费品零售额c (城镇 and 乡村)."""
    _, doc = article("某市2023年社会消费品零售总额为12580亿元，同比增长7.8%。其中城镇消费品零售额为9820亿元，"
                     f"增长6.9%；乡村消费品零售额为{rural}亿元，增长11.2%。\n")
    [r] = relations(doc, "breakdown")
    assert r["verdict"] == verdict


def test_per_capita_figures_after_qizhong_are_no_parts_of_a_sum(article) -> None:
    """Form: 全体居民人均可支配收入a。其中，城镇居民人均…b；农村居民人均…c — per-capita figures
    (人均, 平均) do not add up: no breakdown (it was an error: b + c > a)."""
    code, doc = article("全体居民人均可支配收入35128元，增长9.1%。其中，城镇居民人均可支配收入47412元，"
                        "增长8.2%；农村居民人均可支配收入18931元，增长10.5%。\n")
    assert relations(doc, "breakdown") == []
    assert code == 0


PROVINCES = ("从GDP总量来看，广东依旧稳居全国第一，为124369.67亿元。相比2020年广东GDP总量110760.94亿元的"
             "数据，2021年广东省GDP总量增加了约1.36万亿元。\n\n"
             "江苏2021年GDP数据为116364.2亿元，迈上11万亿元新台阶。\n\n"
             "具体为，2021年广东第一产业增加值为5003.66亿元，同比增长7.9%；第二产业增加值为{second}亿元，"
             "同比增长8.7%；第三产业增加值为69146.82亿元，同比增长7.5%。\n")


@pytest.mark.parametrize(("second", "verdict"), [("50219.19", "holds"), ("50219.49", "warning")])
def test_three_industries_of_a_place_whose_gdp_an_earlier_paragraph_states(article, second,
                                                                           verdict) -> None:
    """Form: 2021年广东第一产业增加值a；第二产业…；第三产业… with 广东's GDP of that year stated
    paragraphs before (not its 2020 GDP, not 江苏's): linked."""
    code, doc = article(PROVINCES.format(second=second))
    [r] = [r for r in relations(doc, "breakdown") if "5003.66亿元" in figures(r)]
    assert figures(r) == {"124369.67亿元", "5003.66亿元", f"{second}亿元", "69146.82亿元"}
    assert (r["how"], r["verdict"]) == ("linked", verdict)
    assert code == 0


INVESTMENT = ("中直投资完成159.5亿元，同比下降11.7%，负向拉动全市投资8.7个百分点（其中：油田产能项目完成投资"
              "{oil}亿元，下降10.8%；石化公司1.1亿元，下降57.1%；炼化公司0.7亿元，下降74.6%；管理局2.4亿元，"
              "下降64.6%）。地方投资完成87.9亿元，同比增长42.1%。\n")


@pytest.mark.parametrize(("oil", "verdict"), [("150", "holds"), ("180", "fails")])
def test_qizhong_in_parentheses_lists_parts_to_the_closing_parenthesis(article, oil, verdict) -> None:
    """Form: X完成a，…（其中：A b，…；B c，…；C d）— the parts in parentheses after the total's
    figures run over semicolons to the closing parenthesis (87.9亿元 after it is no part)."""
    code, doc = article(INVESTMENT.format(oil=oil))
    [r] = relations(doc, "breakdown")
    assert figures(r) == {"159.5亿元", f"{oil}亿元", "1.1亿元", "0.7亿元", "2.4亿元"}
    assert (r["how"], r["verdict"]) == ("stated", verdict)
    assert code == (1 if verdict == "fails" else 0)


@pytest.mark.parametrize(("part", "verdict"), [("2.2", "holds"), ("588", "fails")])
def test_qizhong_in_parentheses_right_after_the_total(article, part, verdict) -> None:
    """Form: 面积a（其中B面积b）— a part in parentheses right after its total."""
    _, doc = article(f"全镇幅员面积388平方公里（其中镇区面积{part}平方公里），拥有耕地7586公顷。\n")
    [r] = relations(doc, "breakdown")
    assert figures(r) == {"388平方公里", f"{part}平方公里"}
    assert (r["how"], r["verdict"]) == ("stated", verdict)


GBA = ("2021年粤港澳大湾区20家电子IPO企业中，有13家在深圳；16家机械设备企业中，8家在深圳；10家医药生物企业则"
       "主要由深圳、广州、香港所占据，各有{each}家，其余{rest}家为惠州企业。\n")


@pytest.mark.parametrize(("each", "rest", "verdict"), [("3", "1", "holds"), ("6", "1", "fails"),
                                                       ("3", "4", "fails")])
def test_a_count_shared_out_with_ge_and_the_rest(article, each, rest, verdict) -> None:
    """Form: T家X由A、B、C所占据，各有n家，其余m家 — 各 stands for each name listed (3 × n), and
    其余 closes the list: 3n + m = T, stated."""
    code, doc = article(GBA.format(each=each, rest=rest))
    [r] = [c for c in doc["checks"] if c["kind"] == "expression"]
    assert figures(r) == {"10家", f"{each}家", f"{rest}家"}
    assert (r["how"], r["verdict"]) == ("stated", verdict)
    assert code == (1 if verdict == "fails" else 0)


CASES = ("新增本土确诊病例92例，其中四川48例，贵州12例，西藏11例，天津8例，山东4例，河南2例，广西2例，"
         "内蒙古、黑龙江、广东、海南及重庆各有{each}例。\n")


@pytest.mark.parametrize(("each", "verdict"), [("1", "holds"), ("4", "fails")])
def test_a_ge_part_after_qizhong_stands_for_each_name(article, each, verdict) -> None:
    """Form: T，其中A a，B b，…，C、D及E各有n — the 各 part counts once per name (5 × n): the
    parts, so counted, do not exceed the total (no 其余: some parts may be left out)."""
    _, doc = article(CASES.format(each=each))
    [r] = [c for c in doc["checks"] if c["kind"] == "expression"]
    assert figures(r) == {"92例", "48例", "12例", "11例", "8例", "4例", "2例", f"{each}例"}
    assert (r["how"], r["verdict"]) == ("stated", verdict)


def test_a_ge_part_whose_names_may_hold_he_is_counted_once(article) -> None:
    """其中批发和零售业、住宿和餐饮业各有3家 — 和 may join words inside a name: how many names the
    list holds is unsure, the part is counted once (a breakdown that need not be exhaustive)."""
    _, doc = article("全区新增限上企业12家，其中批发和零售业、住宿和餐饮业各有3家。\n")
    assert [c for c in doc["checks"] if c["kind"] == "expression"] == []
    [r] = relations(doc, "breakdown")
    assert figures(r) == {"12家", "3家"}


INFECTIONS = ("据“苏州发布”4月26日通报，25日苏州新增本土无症状感染者{total}，其中常熟市2例，太仓市2例，"
              "昆山市{kunshan}例，相城区2例，苏州高新区1例。\n")


@pytest.mark.parametrize(("total", "kunshan", "verdict"), [("37", "30", "holds"), ("30", "30", "fails"),
                                                           ("37", "60", "fails")])
def test_a_total_written_without_its_counter_before_qizhong(article, total, kunshan, verdict) -> None:
    """Form: 新增…感染者N，其中A a例，B b例… — the total's counter is left to its parts: the bare
    number is read as the total, and the counted parts do not exceed it."""
    code, doc = article(INFECTIONS.format(total=total, kunshan=kunshan))
    [r] = [c for c in doc["checks"] if c["kind"] == "expression"]
    assert figures(r) == {total, "2例", f"{kunshan}例", "1例"}
    assert (r["how"], r["verdict"]) == ("stated", verdict)
    assert code == (1 if verdict == "fails" else 0)


def test_a_bare_number_before_qizhong_and_uncounted_parts_is_no_total(article) -> None:
    """3月制造业PMI为50，其中生产指数为51.2 — parts that are no counts: no sum."""
    _, doc = article("3月份，制造业采购经理指数（PMI）为50，其中生产指数为51.2，新订单指数为49.6。\n")
    assert [c for c in doc["checks"] if c["kind"] in ("expression", "breakdown")] == []


# a county's fiscal report (截至2015年8月底): each level with its change in 万元 and its rate
FISCAL = ("截至2015年8月底，累计完成公共财政预算总收入67949万元，为年初预算61.22%，比上年同期增加6517万元，"
          "增长10.61%。其中：地方公共财政预算收入完成51653万元，增加6455万元，增长14.28%；上划中央收入完成"
          "12133万元，减少282万元，下降2.27%；上划省级收入完成{province}万元，增加344万元，增长9.01%。\n")


@pytest.mark.parametrize(("province", "verdict"), [("4163", "holds"), ("6163", "fails")])
def test_the_changes_stated_with_the_levels_are_no_parts(article, province, verdict) -> None:
    """Form: 完成X万元，比上年增加Y万元，增长r%。其中：A完成a万元，增加b万元，增长s%；B… — an
    amount of change (增加6455万元, 减少282万元) is no level: neither the total the 其中 breaks
    down (67949万元, not 6517万元) nor one of its parts."""
    code, doc = article(FISCAL.format(province=province))
    [split] = relations(doc, "breakdown")
    assert figures(split) == {"67949万元", "51653万元", "12133万元", f"{province}万元"}
    assert (split["how"], split["verdict"]) == ("stated", verdict)
    assert code == (1 if verdict == "fails" else 0)


# tests/data/smoke/fdi-january-2022.txt line 16 (新浪财经, 2022-02): two levels, then two groups
# that each give the same two levels in the same order
FDI_LISTS = ("鼓励目录总条目达到1235条，与2019年版相比增加127条、修改88条，进一步扩大了鼓励外商投资范围。"
             "其中，全国鼓励外商投资产业目录480条，增加65条、修改51条；中西部地区外商投资优势产业目录"
             "{west}条，增加62条、修改37条。\n")


def test_groups_after_qizhong_split_each_level_of_the_sentence_in_order(article) -> None:
    """1235 = 480 + 755 and 88 = 51 + 37 — never 480 + 51 under 88 (two false FC301 errors)."""
    code, doc = article(FDI_LISTS.format(west=755))
    sums = sorted(sorted(c["written"] for c in r["claims"]) for r in doc["checks"]
                  if r["kind"] == "breakdown")
    assert sums == [["1235条", "480条", "755条"], ["37条", "51条", "88条"]]
    assert code == 0 and [f for f in doc["findings"] if f["severity"] == "error"] == []


def test_a_part_changed_in_parallel_groups_is_named(article) -> None:
    code, doc = article(FDI_LISTS.format(west=758))
    [f] = [f for f in doc["findings"] if f["severity"] == "error"]
    assert f["code"] == "FC301" and "758条" in [c["written"] for c in f["claims"]] and code == 1


# tests/data/smoke/jiangsu-trade-jan-aug.txt lines 6–8 (21世纪经济报道, 2022-09), shortened
JIANGSU = ("1-8月，江苏进出口总值3.29万亿元，增长9.6%。其中，出口2.03万亿元，增长12.1%；进口{imports}亿元，"
           "增长5.7%。\n其中，对欧盟进出口以4905.2亿元继续排第一，高出美国200亿元。\n"
           "从进口看，金属矿砂、农产品和能源类大宗商品进口2087.5亿元，增长39.4%。基本有机化学品等合计进口"
           "1515.8亿元，增长23.7%。此外，集成电路等进口3494.1亿元，增长9.2%。\n")


def test_a_section_named_by_a_measure_splits_a_total_of_that_measure(article) -> None:
    """从进口看 splits the 进口 total, never the 对欧盟进出口 4905.2亿元 of the paragraph before
    (a false FC301 warning)."""
    _, doc = article(JIANGSU.format(imports=12568))
    assert [[c["written"] for c in r["claims"]] for r in doc["checks"] if r["kind"] == "breakdown"
            and "4905.2亿元" in [c["written"] for c in r["claims"]]] == [["4905.2亿元", "3.29万亿元"]]
    # (the one trade with a partner within the trade of all, discover/within.py)
    assert [f for f in doc["findings"] if f["severity"] in ("error", "warning")] == []
