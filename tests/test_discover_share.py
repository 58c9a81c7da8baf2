"""Shares found in articles (discover/share.py), through `factcheck check ARTICLE`: a share
whose part is named before 占 at the start of its sentence, its level closing the sentence before.
"""

from __future__ import annotations

import pytest


def shares(doc: dict) -> list[dict]:
    return [c for c in doc["checks"] if c["kind"] == "share"]


def figures(check: dict) -> set[str]:
    return {c["written"] for c in check["claims"]}


DAQING = ("全市固定资产投资完成247.4亿元，同比增长2%。\n\n"
          "从国有和非国有看，非国有投资增速高达50%以上：国有及国有控股投资完成186.6亿元，同比下降8%；"
          "非国有投资完成60.8亿元，同比增长52.8%。非国有投资占全市固定资产投资比重为{share}%，"
          "比同期比重提高8.2个百分点。\n")


@pytest.mark.parametrize(("share", "verdict", "exit_code"), [("24.6", "holds", 0), ("24.9", "fails", 1)])
def test_a_share_opening_its_sentence_names_the_part_of_the_sentence_before(article, share,
                                                                            verdict, exit_code) -> None:
    """Form: X完成a，增长x。X占Y比重为p% — the part is the level the sentence before ends with,
    under the name before 占 (not 国有及国有控股投资); the whole is the one level the article
    names 全市固定资产投资: the sentence names both, so it is stated, and a wrong share an error."""
    code, doc = article(DAQING.format(share=share))
    [r] = shares(doc)
    assert figures(r) == {"60.8亿元", "247.4亿元", f"{share}%"}
    assert (r["how"], r["verdict"]) == ("stated", verdict)
    assert code == exit_code


GRAIN = ("2014年，全市农作物总播种面积1136.1万亩，其中，粮食种植面积1038万亩。粮食总产达106.68亿斤。"
         "全市建设市、县、乡三级现代农业示范区125个，节水灌溉面积204.1万亩，生态高标准农田面积{part}万亩，"
         "占粮食种植面积的近50%。\n")


@pytest.mark.parametrize(("part", "verdict"), [("512", "holds"), ("545", "fails")])
def test_a_share_of_a_whole_named_in_full_in_a_sentence_before(article, part, verdict) -> None:
    """Form: …A万亩，占Y的p% where Y is the name of exactly one level of the article (粮食种植面积
    1038万亩, a sentence before): the sentence states its whole, so the share is stated."""
    code, doc = article(GRAIN.format(part=part))
    [r] = shares(doc)
    assert figures(r) == {f"{part}万亩", "1038万亩", "近50%"}
    assert (r["how"], r["verdict"]) == ("stated", verdict)
    assert code == (verdict == "fails")


def test_a_whole_whose_name_two_levels_bear_stays_linked(article) -> None:
    """Two levels named 粮食种植面积 (two years): which one the share is of is the reader's
    inference, so the share is linked (at most a warning)."""
    _, doc = article("2013年，粮食种植面积1010万亩。2014年，粮食种植面积1038万亩。"
                     "生态高标准农田面积545万亩，占粮食种植面积的近50%。\n")
    assert [(r["how"], r["verdict"]) for r in shares(doc)] == [("linked", "warning")]


def test_a_private_investment_share_in_a_city_report(article) -> None:
    """The same form in another report (民间投资完成307.1亿元…。民间投资占全市投资比重为56.7%); its
    first sentence, the city's total, is added here: the report states it elsewhere."""
    _, doc = article("1—6月，全市投资完成541.6亿元，同比增长10.2%。1—6月，全市民间投资完成307.1亿元，"
                     "同比增长8.8%，环比回升3.1个百分点。民间投资占全市投资比重为56.7%，环比回升1.4个百分点。\n")
    [r] = shares(doc)
    assert figures(r) == {"307.1亿元", "541.6亿元", "56.7%"}
    assert r["verdict"] == "holds"


def test_another_name_before_zhan_is_no_share_of_the_last_level(article) -> None:
    _, doc = article("非国有投资完成60.8亿元，同比增长52.8%。民间投资占全市固定资产投资比重为24.6%。\n")
    assert shares(doc) == []


CENSUS = ("全区常住人口为579101人，与2010年第六次全国人口普查的442854人相比，十年共增加136247人，"
          "增长30.77%。\n\n"
          "全区常住人口中，0-14岁人口为117917人，占20.36%；15-59岁人口为382818人，占66.11%；"
          "60岁及以上人口为78366人，占13.53%，其中65岁及以上人口为53403人，占{older}%。\n")


@pytest.mark.parametrize(("older", "verdict"), [("9.22", "holds"), ("9.52", "warning")])
def test_shares_of_the_whole_a_census_sentence_opens_with(article, older, verdict) -> None:
    """Form: X中，A为a，占p%；B为b，占q%，其中C为c，占r% — every bare 占 is of X (the 常住人口
    stated before), 其中's part too (9.22% of the population, not of the 60岁及以上; that was an
    error on a real census release)."""
    code, doc = article(CENSUS.format(older=older))
    found = {(next(f for f in figures(r) if f.endswith("%")), r["how"], r["verdict"])
             for r in shares(doc)}
    assert found == {("20.36%", "linked", "holds"), ("66.11%", "linked", "holds"),
                     ("13.53%", "linked", "holds"), (f"{older}%", "linked", verdict)}
    assert all("579101人" in figures(r) for r in shares(doc))
    assert code == 0


def test_a_whole_inside_the_opening_words_in_its_units(article) -> None:
    """Form: 在N人X中，…为a人，占p% — the whole is the figure of the opening words."""
    _, doc = article("在313万人海淀常住人口中，拥有大学文化程度的人口为177万人，占比约为56.5%，"
                     "远高于全国平均水平。\n")
    [r] = shares(doc)
    assert figures(r) == {"313万人", "177万人", "约56.5%"}
    assert (r["how"], r["verdict"]) == ("stated", "holds")



@pytest.mark.parametrize(("part", "verdict"), [("177", "holds"), ("176.3", "warning"),
                                              ("170", "fails")])
def test_a_bare_number_the_noun_renkou_follows_counts_people(article, part, verdict) -> None:
    """Form: 在N万X人口中，…为a万人，占比约为p% — the number 人口 follows is a count of people (313万
    in 在313万海淀常住人口中), the whole of the share; stated, and 约 makes a failure within twice its
    rounding a warning (176.3万: at most 56.43% against 约56.5%)."""
    _, doc = article(f"在313万海淀常住人口中，拥有大学文化程度的人口为{part}万人，占比约为56.5%，"
                     "远高于全国平均水平。\n")
    [r] = shares(doc)
    assert figures(r) == {"313万人", f"{part}万人", "约56.5%"}
    assert (r["how"], r["verdict"]) == ("stated", verdict)


def test_a_bare_number_before_another_noun_is_no_whole(article) -> None:
    """在313万在岗职工中: only the noun 人口 says what a bare number counts; no whole is guessed."""
    _, doc = article("在313万在岗职工中，拥有大学文化程度的人口为177万人，占比约为56.5%。\n")
    assert shares(doc) == []


HAIDIAN = ("2020年，北京市GDP为36102.6亿元，同比增长1.2%。其中海淀区GDP为8504.6亿元，占北京市总量的23.56%，"
           "同比增长5.9%。\n\n"
           "海淀区2021年全年GDP预计9500亿元。\n\n"
           "值得一提的是，海淀区第三产业发展迅速，2020年实现增加值7823.0亿元，占全区经济总量的{share}%。\n")


@pytest.mark.parametrize(("share", "verdict"), [("91.99", "holds"), ("93.99", "warning")])
def test_a_share_of_the_economy_is_a_share_of_gdp(article, share, verdict) -> None:
    """Form: …增加值a，占全区经济总量的p% — 经济总量 names the GDP (深圳经济总量突破3万亿元), the
    measured one: not the forecast (预计9500亿元) stated between them."""
    _, doc = article(HAIDIAN.format(share=share))
    [r] = [r for r in shares(doc) if "7823.0亿元" in figures(r)]
    assert figures(r) == {"7823.0亿元", "8504.6亿元", f"{share}%"}
    assert (r["how"], r["verdict"]) == ("linked", verdict)


TOWN = ("全镇幅员面积388平方公里，辖20个行政村、34个自然屯。全镇共有9717户、30384人。"
        "辖区管辖5个朝鲜族村屯，朝鲜族户1387户，4864口人，占总人口的{share}%。\n")


@pytest.mark.parametrize(("share", "verdict"), [("16", "holds"), ("19", "fails")])
def test_a_share_of_the_total_population_is_of_the_places_headcount(article, share, verdict) -> None:
    """Form: 全镇共有a户、b人。…c人，占总人口的p% — 总人口 names the headcount of the place (the
    level in 人 whose label is only the place: 全镇, 全村共计, 全州户籍总人口), not the 户; the article
    states one such level, so the words name it: stated, and a wrong share an error."""
    code, doc = article(TOWN.format(share=share))
    [r] = shares(doc)
    assert figures(r) == {"4864口", "30384人", f"{share}%"}
    assert (r["how"], r["verdict"]) == ("stated", verdict)
    assert code == (verdict == "fails")


def test_a_share_of_the_total_population_is_never_of_a_group_before_it(article) -> None:
    """Form: 全市常住人口为N人。其中城镇人口为a人，占总人口的p%；乡村人口为b人，占总人口的q% — the
    乡村 share is of the 常住人口, never of the 城镇人口 stated between them."""
    code, doc = article("全市常住人口为579101人。其中城镇人口为547299人，占总人口的94.51%；"
                        "乡村人口为31802人，占总人口的5.49%。\n")
    assert {(next(f for f in figures(r) if f.endswith("%")), r["how"], r["verdict"])
            for r in shares(doc) if "579101人" in figures(r)} == {
        ("94.51%", "stated", "holds"), ("5.49%", "stated", "holds")}
    assert code == 0


def test_an_amount_of_change_is_never_the_whole_of_a_share(article) -> None:
    """A county's fiscal report: 完成28583万元，占调整预算105.47%，比上年增收2798万元. The budget the
    share is of is not stated; the amount the revenue rose by (增收2798万元) is no whole of it, even
    when the words after 占 run into its label: no share is checked, and no false alarm."""
    code, doc = article("全县地方一般公共预算收入完成28583万元，占调整预算105.47%，比上年增收2798万元，"
                        "增长10.9%。\n")
    assert code == 0
    assert [c for c in doc["checks"] if c["kind"] == "share"] == []


# tests/data/smoke/china-trade-jan-feb-2022.txt lines 2–3 (21世纪经济报道, 2022-03)
TRADE = ("今年前2个月我国进出口总值6.2万亿元，比去年同期增长13.3%。其中，出口3.47万亿元，增长13.6%；"
         "进口2.73万亿元，增长12.9%。\n从主要商品看，机电产品{what}2.02万亿元，增长9.9%，占{whole}的{share}，"
         "其中电子元件、汽车出口分别增长24%、99.1%。\n")


def test_exports_are_not_the_trade_total(article) -> None:
    """占出口总值的58.3%: 出口总值 is no name of the 进出口总值 6.2万亿元 (a false FC201 warning)."""
    _, doc = article(TRADE.format(what="出口", whole="出口总值", share="58.3%"))
    assert not [r for r in shares(doc) if "6.2万亿元" in figures(r)]
    assert [f for f in doc["findings"] if f["severity"] in ("error", "warning")] == []


def test_a_share_of_the_trade_total_named_in_full_is_still_paired(article) -> None:
    """占进出口总值的32.6%: 2.02 / 6.2 = 32.58%."""
    _, doc = article(TRADE.format(what="进出口", whole="进出口总值", share="32.6%"))
    [r] = [r for r in shares(doc) if "6.2万亿元" in figures(r)]
    assert r["verdict"] == "holds"
