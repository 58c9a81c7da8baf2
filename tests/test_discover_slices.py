"""The shares of the slices of one whole listed in one sentence (discover/slices.py), in the words
of real texts through `factcheck check ARTICLE`: the two halves of a whole add up to 100% and each
is its level over the two levels together; other slices of one classification add up to at most
100%; a 分别 list of shares after a section lead too. Each form on real sentences (their source
given), the same text with one figure changed (an error naming it), and the look-alikes (a nested
其中 slice, shares of different wholes, a 分别 list whose names are not all written) that tie
nothing."""

from __future__ import annotations

from helpers import check_dicts, error_findings, written_set


def slices(doc: dict) -> list[tuple[set[str], str, str]]:
    """(figures, how, verdict) of each check of shares of one whole's slices."""
    return [(written_set(c), c["how"], c["verdict"]) for c in check_dicts(doc, "breakdown")
            if c["check"].endswith("_slices")]


def slice_shares(doc: dict) -> list[tuple[set[str], str]]:
    return [(written_set(c), c["verdict"]) for c in check_dicts(doc, "expression")
            if c["check"].endswith("_slice_share")]


def errors_at(doc: dict, written: str) -> bool:
    return any(any(c["written"] == written for c in f["claims"]) for f in error_findings(doc))


# 新华网 2021-05-11, 第七次全国人口普查 (http://xinhuanet.com/politics/2021-05/11/c_1127431353.htm)
CENSUS_SEX = ("数据显示，我国男性人口为72334万人，占{a}%；女性人口为68844万人，占48.76%。总人口性别比"
              "（以女性为100，男性对女性的比例）为105.07。\n")
# 石嘴山市第七次全国人口普查公报（第三号）(http://m.gdlius.org.cn/zwgk/zfxxgkml/tjsj/tjgb/202212/
# t20221205_3871728.html)
SHIZUISHAN = "全市常住人口中，男性人口为384491人，占51.17%；女性人口为{b}人，占48.83%。\n"
# 第七次全国人口普查公报（第七号）(http://zzndh.com/a/202105/509119.html)
CENSUS_TOWNS = ("全国人口中，居住在城镇的人口为901991162人，占63.89%；居住在乡村的人口为509787562人，"
                "占{a}%。与2010年第六次全国人口普查相比，城镇人口增加236415856人，乡村人口减少164361984人，"
                "城镇人口比重上升14.21个百分点。\n")
# the fresh article stat-jishan-population-2022 (稷山县2022年人口变动情况抽样调查主要数据公报), line 5
JISHAN = ("2022年全县常住人口中，居住在城镇的人口为126107人，占常住人口的41.00%；居住在乡村的人口为"
          "181461人，占常住人口的{a}%；全县城镇化率为41.00%。\n")


def test_halves_of_the_population(article) -> None:
    for text, figures in ((CENSUS_SEX.format(a="51.24"), {"51.24%", "48.76%"}),
                          (SHIZUISHAN.format(b="366898"), {"51.17%", "48.83%"}),
                          (CENSUS_TOWNS.format(a="36.11"), {"63.89%", "36.11%"}),
                          (JISHAN.format(a="59.00"), {"41.00%", "59.00%"})):
        _, doc = article(text)
        assert (figures, "stated", "holds") in slices(doc), text
        assert len(slice_shares(doc)) == 2 and all(v == "holds" for _, v in slice_shares(doc))
        assert not error_findings(doc)


def test_a_changed_half_is_an_error_naming_it(article) -> None:
    _, doc = article(CENSUS_SEX.format(a="51.27"))
    assert ({"51.27%", "48.76%"}, "stated", "fails") in slices(doc)
    assert errors_at(doc, "51.27%")
    _, doc = article(JISHAN.format(a="59.07"))
    assert errors_at(doc, "59.07%")
    _, doc = article(SHIZUISHAN.format(b="396898"))  # the level: its share of the two is off
    assert errors_at(doc, "396898人")


# 国家统计局 2022年上半年居民收入和消费支出情况 (forms15 shares.yaml: http://www.vagaawaga.net.cn/content/
# Content/index/id/34207): four sources of income, each 占可支配收入的比重
INCOME = ("按收入来源分，上半年，全国居民人均工资性收入10576元，增长4.7%，占可支配收入的比重为57.3%；"
          "人均经营净收入2841元，增长3.2%，占可支配收入的比重为15.4%；人均财产净收入1665元，增长5.2%，"
          "占可支配收入的比重为9.0%；人均转移净收入3382元，增长5.9%，占可支配收入的比重为{a}%。\n")
# 国家邮政局 1至11月邮政行业运行情况 (forms15 shares.yaml: http://m.szonline.cn/sh/2022/1223/56032.html)
EXPRESS = ("从业务类型看，1至11月，同城、异地、国际/港澳台快递业务量分别占全部快递业务量的11.6%、{a}%和"
           "1.8%；业务收入分别占全部快递业务收入的6.5%、49.3%和10.9%。\n"
           "从地区分布看，1至11月，东、中、西部地区快递业务量比重分别为76.9%、15.7%和7.4%，业务收入比重"
           "分别为77.6%、13.4%和9.0%。\n")


def test_slices_of_one_classification_at_most_100(article) -> None:
    _, doc = article(INCOME.format(a="18.3"))
    assert ({"57.3%", "15.4%", "9.0%", "18.3%"}, "stated", "holds") in slices(doc)
    _, doc = article(INCOME.format(a="38.3"))
    assert errors_at(doc, "38.3%")


def test_a_listed_split_after_a_section_lead(article) -> None:
    _, doc = article(EXPRESS.format(a="86.6"))
    found = slices(doc)
    assert ({"11.6%", "86.6%", "1.8%"}, "stated", "holds") in found
    # 业务收入分别占…的6.5%、49.3%和10.9%: one name for three figures, the kinds not written; 东、中、
    # 西部地区…比重分别为…: no whole named, and each region's share of its own whole reads the same
    # (东部地区省内流动的农民工占82.5%, of the region's migrants)
    assert not any(figures & {"49.3%", "76.9%", "13.4%"} for figures, _, _ in found)
    _, doc = article(EXPRESS.format(a="89.6"))
    assert errors_at(doc, "89.6%")


# 第七次全国人口普查公报 (http://m.dlhunqing.com/data/142/2021-05-14/6798807054812517346.html)
AGES = ("全国人口中，0—14岁人口为253383938人，占17.95%；15—59岁人口为894376020人，占63.35%；60岁及以上"
        "人口为264018766人，占18.70%，其中65岁及以上人口为190635280人，占13.50%。\n")
# 海关总署 2018年上半年进出口 (http://www.herich.com.cn/zixun/caijingshishi/2018-07-13/389623.html)
PRIVATE_TRADE = ("上半年，我国民营企业进出口5.52万亿元，增长11.2%，占我国进出口总值的39.1%，比去年同期"
                 "提升1.2个百分点。其中，出口3.57万亿元，增长7.6%，占出口总值的47.5%，继续保持出口份额居首的地位；"
                 "进口1.95万亿元，增长18.4%。\n")

# 2017年农民工监测调查报告 (the smoke article migrant-workers-2017, line 4)
MIGRANTS = ("分区域看，东部地区省内流动的农民工占82.5%，比上年提高0.3个百分点；中部地区省内流动的农民工"
            "占38.7%，比上年提高0.7个百分点；西部地区省内流动的农民工占49%，比上年提高1.2个百分点。\n")
# a district's budget for 1-6月 (the smoke article district-budget-h1-ahtxq, line 1)
TASKS = ("1-6月份全区一般公共预算收入累计完成61646万元，占年初预算数109466万元的56.3%，同比增长10.7%，增收"
         "5939万元。其中税务部门完成28684万元，占任务数的56.4%，同比增长33.2%；财政部门完成32962万元，占任务数"
         "的56.3%，同比下降3.6%。\n")


def test_look_alikes(article) -> None:
    _, doc = article(AGES)
    assert not any("13.50%" in figures for figures, _, _ in slices(doc))  # nested by 其中
    assert not error_findings(doc)
    _, doc = article(PRIVATE_TRADE)  # shares of two wholes, one nested by 其中
    assert not slices(doc) and not error_findings(doc)
    _, doc = article(MIGRANTS)  # each region's share of its own migrants
    assert not slices(doc) and not error_findings(doc)
    _, doc = article(TASKS)  # each department's share of its own task
    assert not slices(doc) and not error_findings(doc)


# 2022年山东省国民经济和社会发展统计公报, as quoted at http://m.hbzqbyyxgs.com/top/433349.html: 其中
# opens the age bands of the total before it, not a band of a band
SHANDONG = ("截至2022年末，山东省常住人口10162.79万人。其中，0-14岁人口占总人口的17.86%，15-64岁人口占"
            "{a}%，65岁及以上人口占16.72%。常住人口城镇化率为64.54%，比上年末提高0.60个百分点。\n")


def test_age_bands_after_a_qizhong_opening(article) -> None:
    _, doc = article(SHANDONG.format(a="65.42"))
    assert any(written_set(c) == {"17.86%", "65.42%", "16.72%"} and c["verdict"] == "holds"
               for c in check_dicts(doc, "breakdown"))
    assert not error_findings(doc)
    _, doc = article(SHANDONG.format(a="65.45"))
    assert errors_at(doc, "65.45%")


# the dev article news-shenzhen-gov-report-2022 (新浪财经), line 39; and 电影界 2017-11-22
# (https://dianyingjie.com.cn/2017/1122/22805.shtml, forms15 shares.yaml)
SHENZHEN = ("从投资来源看，包括政府投资和社会投资项目。其中，政府投资575.5亿元，占25.7%；社会投资1665.8亿元，"
            "占{a}%。\n")
FILMS = ("据国家新闻出版广电总局电影局的数据显示，全国电影年度票房用324天首次突破500亿元大关。其中，"
         "国产影片票房262亿元，占比达到52.4%，进口影片票房238亿元，占比达到{a}%。\n")


def test_more_pairs_of_halves(article) -> None:
    for text, a, bad in ((SHENZHEN, "74.3", "74.6"), (FILMS, "47.6", "47.9")):
        _, doc = article(text.format(a=a))
        assert any(f"{a}%" in f and len(f) == 2 and verdict == "holds" for f, _, verdict in slices(doc))
        assert not error_findings(doc)
        _, doc = article(text.format(a=bad))
        assert errors_at(doc, f"{bad}%")
