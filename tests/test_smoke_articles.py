"""Real articles nobody tuned the tool on, in forty-nine rounds (tests/data/smoke … smoke49, their
sources in sources.yaml): every error and warning the tool raised on them was reviewed by hand
(review.yaml). The false errors were fixed; this keeps them gone. Only the alarms reviewed as
true (a real slip in the article) or debatable may remain, and the false alarms of the last
round still open (OPEN)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"

#: Alarms reviewed as true or debatable, not false: (article, code, line of the first claim).
REVIEWED = {
    # smoke2: 在这26家医药公司中，18家…占比70%: 18/26 = 69.2%, a writer's round 70% (debatable)
    ("pharma-profits-2019-2021", "FC201", 26),
    # smoke: 外商投资企业进出口17613.2亿元…占53.5% of 外贸总值32878.4亿元 = 53.57%, printed 53.5 (true;
    # the dev copy news-jiangsu-trade-2021m1-8 has it as failing in its gold)
    ("jiangsu-trade-jan-aug", "FC201", 4),
    # smoke: 民营企业进出口12315.2亿元，同增28.1%…占外贸总值的37.5%，同比提高3.3个百分点: with 外贸
    # 同增17.1%, last year's share was 37.46% × 1.171 / 1.281 = 34.24%, a rise of 3.2 (true; the
    # dev copy's gold has it failing: the 3.3 of 一般贸易 on the line before, copied)
    ("jiangsu-trade-jan-aug", "FC060", 4),
    # smoke3: 火电发电量253302.5亿千瓦时 > 全国发电量77790.6亿千瓦时: the source's typo for 53302.5 (true)
    ("power-generation-2020", "FC301", 1),
    # smoke5: 187.07/356.56 = 52.47% printed 52.4 so that 5.1:42.5:52.4 sums to 100 (debatable): one
    # warning on the one term adjusted
    ("district-communique-2020-jmdbq", "FC201", 2),
    # smoke5: 11606.4万公顷(17409.5万亩), 66384万吨(13277亿公斤)…: a garbled rewrite of the NBS release,
    # its conversions wrong by 10× or written 亿公斤 for 亿斤 (true)
    ("grain-output-2019-freep", "FC901", 2),
    ("grain-output-2019-freep", "FC901", 3),
    # smoke15: 三次产业结构19.5:34.6:45.9 of 155864、275605、365687万元 (GDP 797156万元): 19.55%
    # printed 19.5 so that the ratio sums to 100 (debatable): one warning on the one term adjusted,
    # the industries found by their names past 农林牧渔业、工业… between them and the ratio
    ("changshun-communique-2019-hongheiku", "FC201", 6),
    # smoke6: 37.2:20.5:42.3 from levels that give 42.2, printed so that the ratio sums to 100 (debatable)
    ("district-communique-2021-nec-driver", "FC060", 3),
    ("district-communique-2021-nec-driver", "FC201", 3),
    # smoke6: 增加265.5万公顷（398.2万亩）: NBS gives 265.5千公顷, converted to 万公顷 wrongly (true)
    ("summer-grain-2021", "FC101", 2),
    ("summer-grain-2021", "FC901", 2),
    # smoke9: 批准预售面积186.71万m2，12227套。其中，商品住宅137.95万m2，11599套，非住宅51.85万m2，1107套:
    # 住宅 and 非住宅 sum to 189.80 and 12706 (true; the page's mirror prints the same)
    ("city-real-estate-jan-jul-duhexin", "FC301", 10),
    # smoke9: 11989.9万吨（2397.9亿斤）, 404.5万吨（80.8亿斤）: the conversions cut short, not rounded
    # (debatable: a warning)
    ("summer-grain-2014-theworldseeds", "FC901", 2),
    # smoke10: 其中，沿海港口完成12939.90万TEU，内河港口完成147.30万TEU of a 1441.20万TEU month: 12939.90
    # for 1293.90 (true)
    ("port-jan-jul-cinic", "FC301", 4),
    # smoke10: brands' sales under 其中 that include other makes' (长安福特马自达, 江铃), and 5G handsets
    # with 4G network users (debatable: the text says 其中)
    ("car-sales-h1-2011-likgjava", "FC301", 19),
    ("telecom-q1-3-shenyang", "FC301", 2),
    # smoke12: 实物商品网上零售额…占社会消费品零售总额的比重为12.9%，比上年同期提高1.8个百分点 with the
    # rates 25.9% and 10.2% giving 1.5–1.7: NBS rates are on comparable samples (debatable: a warning)
    ("national-economy-apr-2017-xinhua", "FC801", 15),
    # smoke13: 减少1242万元，下降8% and 增加2348万元，增长5% give 7.48% and 4.48%: rounded twice (debatable);
    # 比上年减支37529万元，下降18.4% gives 18.465%: truncated, not rounded (debatable)
    ("county-final-accounts-2021-tuquan", "FC101", 7),
    ("county-final-accounts-2021-tuquan", "FC101", 13),
    ("county-final-accounts-2021-qingliu", "FC101", 10),
    # smoke14: 累计为1392.85亿美元，同比减少130.4亿美元，同比下降0.09%: a fall of 8.56% printed as 0.09%
    # (true)
    ("textile-exports-feb-2015-vipxifu", "FC101", 2),
    # gp12: 其中，商品住宅施工面积773.81万m2，同比下降3.23%；营业用房…304.21万m2，同比增长49.61% make up
    # 1078.02万m2 (同比增长13.13%) but give it 7.5%: the rates of real estate statistics are on a comparable
    # set of projects, the levels weigh them approximately; 5.6 points off is a warning (debatable)
    ("city-real-estate-jan-jul-duhexin", "FC113", 5),
    # smoke: the lead's 1-3月全国商品房销售面积3.6万平方米，同比增长63.8% is the NBS's 商品房销售面积
    # 36007万平方米，同比增长63.8% of line 8: 3.6亿 written 3.6万 (true; found by dup12's lead pairing)
    ("real-estate-q1-2021", "FC901", 3),
    # smoke17: 卫生技术人员4165人，其中西医1419人、中医240人、护理2507人 (1419 + 240 + 2507 = 4166; the
    # page's table prints the same four figures and its other rows add up: a one-person slip)
    ("county-communique-2022-health-env-bx2200", "FC301", 2),
    # smoke18: 乡镇煤矿产煤55911万吨，同比增加14506万吨，增长35.1% (55911 / 41405 − 1 = 35.03%; the
    # sentence's other rows agree to the digit)
    ("coal-output-jan-oct-2004-freebtg", "FC101", 1),
    # smoke19: 工业增加值308.71亿元 + 建筑业增加值77.10亿元 = 385.81 > 第二产业增加值384.17亿元 while
    # the three industries add up to the GDP to the digit (true: a misprint on the bureau's page)
    ("xinyang-economy-h1-2017-tjj-xinyang", "FC301", 2),
    # smoke19: 固定资产投资由548亿元增加到2293亿元 over five years is 33.1% a year, printed 33.5% (debatable:
    # the report's other average rates agree with their levels; this one may chain yearly rates)
    ("fujian-gov-report-2006-ce", "FC101", 4),
    # smoke24: the three industries' shares printed to add up to 100, one a step off its levels'
    # ratio (153.8 / 2458.8 = 6.26% printed 6.2; 187.12 / 466.14 = 40.14% printed 40.2) (debatable:
    # warnings)
    ("jinzhong-communique-2024-jzxww", "FC201", 4),
    ("zhongjiang-county-communique-2023-bidcenter", "FC201", 5),
    # smoke25: the three industries' real rates (+1.5%, −37.5%, +0.1%) weighted by their levels give
    # the GDP −10.2%, stated −11.6%; the weights (last year's values) are not in the article
    # (debatable: a warning)
    ("tiemenguan-communique-2022-tmg", "FC113", 4),
    # smoke26: 粮食作物0.14万公顷 + 经济作物0.13万公顷 ≥ 0.26 > 农作物播种面积0.25万公顷 (true)
    ("maji-township-profile-2006-tcmap", "FC301", 3),
    # smoke26: last year's shares 24.8 : 31.8 : 43.4 weight the industries' rates to 8.27–8.42%,
    # stated 8.1% (debatable: the prefecture's unified accounting may revise the structure; a warning)
    ("yueyang-county-communique-2021-stats111", "FC113", 3),
    # smoke28: 沿海港口93189万吨 + 内河港口18780万吨 > 货物吞吐量61970万吨: 93189 for 43189 (true)
    ("ports-jan-feb-e6w6", "FC301", 4),
    # smoke28: 34:24:42 against 433587 / 1017805 = 42.60% (debatable: shares made to sum to 100)
    ("weishan-communique-2021-hongheiku", "FC201", 4),
    # smoke28: 从三大主导产业看 30.79 + 47.21 + 39.64 > 规上 84.82亿元 (debatable: the groups may be
    # counted on another scope or overlap; a warning)
    ("hitech-zone-economy-h1-weinan", "FC301", 2),
    # smoke29: 非农业丝。552人，占总人口的5.73% — the mirror page ate the 1 of 1552人 (1552 / 27063 =
    # 5.735%, and 25511 + 1552 = 27063): as printed, inconsistent (true: a warning)
    ("township-report-undated-6dgww", "FC201", 4),
    # smoke31: 平均每个家庭户的人口为2.62人，比…3.86人减少0.74人: 3.86 − 2.62 = 1.24 (true)
    ("county-census-2020-nextlevel", "FC801", 5),
    # smoke31: the three age groups add up to 562656, the total is 562657 (true: a warning)
    ("county-census-2020-nextlevel", "FC060", 9),
    # smoke31: 7.13:27.1:65.77 against 97.42 / 148.07 = 65.79% (true)
    ("kongtong-communique-2019-quyushuju", "FC060", 4),
    ("kongtong-communique-2019-quyushuju", "FC201", 4),
    # smoke31: 保险保费收入达7237元 with parts in 万元 (781 + 6003 + 453 = 7237: 元 printed for 万元; true)
    ("lanshan-communique-2008-xiaze", "FC301", 5),
    # smoke31: 文物藏品69件，其中一级1件，二级17件，三级52件: 1 + 17 + 52 = 70 (true)
    ("lanshan-communique-2008-xiaze", "FC301", 8),
    # smoke32: 医院21739张（公立医院11367张、民营医院10379张）: 11367 + 10379 = 21746 (true)
    ("zhaotong-communique-2018-part5-xiaze", "FC301", 3),
    # smoke32: 卫生机构人员4458人。其中，卫生专业技术人员3678人，执业（助理）医师1212人，
    # 注册护师及护士1883人，乡村医生和卫生员1539人: the doctors and nurses are inside the 3678,
    # but 3678 + 1539 = 5217 still exceeds 4458 (debatable: the paragraph's scope is muddled; the
    # sum printed adds the nested parts)
    ("pubei-communique-2021-part6-bx2200-1649", "FC301", 4),
    # smoke34: 城镇居民人均可支配收入 12378 → 23150元 over 2007–2012 is 13.34% a year, printed
    # 年均增长13.2% (true)
    ("neimenggu-five-years-2013-handmsg", "FC101", 4),
    # smoke34: 1063.96/6168.23 = 17.249% printed 17.3 so that 17.3:41.8:40.9 adds up to 100 (debatable)
    ("yunnan-communique-2009-joke5", "FC201", 6),
    # smoke35: 主要有以下五個方面的特點, the stored excerpt stopping inside 三是 (debatable: the
    # text as stored says five and lists two)
    ("trade-h1-2023-customs-6658h", "FC601", 1),
    # smoke37: 2005年达1803万元，比2000年的414.13万元增长了355%: 1803/414.13 is +335.4% (true)
    ("panan-health-plan-2006-2010-gov", "FC101", 4),
    # smoke37: 城镇20.25亿元 + 农村及私人2.66亿元 against 投资额23.68亿元, 3.2% short: the two halves by the
    # NBS definition, but a county bulletin of 2009 may count 房地产开发 apart (debatable)
    ("badong-communique-2009-xiaze", "FC301", 3),
    # smoke39: 非税收入累计完成12142万元，较上年同期减收1304万元，下降37.8%: 1304/(12142+1304) is 9.7%; the
    # article's own totals (4575 + 2142 = 6717) show 12142 is a misprint for 2142 (true)
    ("county-fiscal-may-2024-snxx", "FC101", 11),
    # smoke42: 第三产业增加值456.9亿元 of 1605.1亿元 is 28.47%, printed 28.4 so that 13.0:58.6:28.4
    # adds up to 100 (debatable)
    ("city-communique-2015-gxscse", "FC201", 2),
    # smoke43: 紡織品服裝…1126.92億美元，同比增長15.03%，其中紡織品…560.80億美元，
    # 同比下降3.13%；服裝…566.12億美元，同比增長48.33%: the parts' rates give the total
    # 17.32% (the next paragraph's nine months agree to 0.01) (true)
    ("textile-exports-may-2021-kingsuperfood", "FC112", 2),
    # smoke44: 民间投资完成19.47亿元…占全市固定资产投资比重42% of 固定资产投资
    # 累计完成50.63亿元 is 38.46% (true)
    ("bole-investment-jan-sep-xjbl", "FC201", 14),
    # smoke44: 第二产业完成投资2.35万元…占全市投资比重为4.6%: 万元 for 亿元 (工业投资
    # 2.35亿元; true: a warning, on the same key as the two false FC201 errors of that line,
    # listed in OPEN too)
    ("bole-investment-jan-sep-xjbl", "FC201", 4),
    # smoke44 (since fix44, with the three industries read of 固定资产投资50.63亿元): 1.76亿元 +
    # 2.35万元 + 46.52亿元 fall short of it by 2.35亿元, the same 万元 for 亿元 (true)
    ("bole-investment-jan-sep-xjbl", "FC301", 4),
    # smoke44: 七大支柱产业实现工业总产值74.5亿元。其中…: the seven add up to 75.30亿元,
    # as their shares of 92.74亿元 do (true)
    ("meixian-economy-jan-jul-gdmx", "FC301", 4),
    # smoke44: 公共财政预算收入10.57亿元…其中：税收收入17.9亿元 (国税5.9 + 地税11.98,
    # the gross tax collected; the writer's 其中 is wrong, the figures may not be: debatable)
    ("meixian-economy-jan-jul-gdmx", "FC301", 7),
    # smoke44: 233.94 / 10875.84 = 2.15% printed 2.1 so that 2.1:55.7:42.2 adds up to 100
    # (debatable)
    ("jiangxi-investment-jan-sep-2014-baogaosu", "FC201", 4),
    # smoke45: 法人单位4491个，比2013年末增加2574个，增长134.2%: 2574 / 1917 = 134.27%, truncated
    # to 134.2, not rounded (debatable)
    ("quanjiao-census-2018", "FC101", 4),
    # smoke46: 2025年1~3月，智能手机出货量6454.2部 (twice): 万部 dropped, not a whole count (true:
    # warnings)
    ("phones-q1-2025-caict", "FC015", 2),
    ("phones-q1-2025-caict", "FC015", 5),
    # smoke46: 2020年国内游客人数为28.79亿人次，比去年同期减少30.22亿人次，降幅达52.1%: 30.22 /
    # 59.01 = 51.2%; 2019's 60.06亿 gives a fall of 31.27亿 and 52.1% (true)
    ("spring-festival-tourism-2021-devze", "FC101", 7),
    # smoke48: 中央林業投入資金完成額為379億元，占全部中央林業投入資金的30% of 1231.68億元 (the line before):
    # 30.77%, printed as a whole 30%, cut rather than rounded (debatable: a warning)
    ("forestry-h1-2018-ptifhv", "FC201", 6),
}

#: False warnings of the last rounds not fixed yet
#: (their review.yaml says why): open defects, listed so that any other alarm still fails the test.
OPEN: set[tuple[str, str, int]] = set()


#: The rounds and how many articles each holds.
ROUNDS = {"smoke": 30, "smoke2": 30, "smoke3": 30, "smoke4": 30, "smoke5": 30, "smoke6": 30, "smoke7": 20,
          "smoke8": 30, "smoke9": 30, "smoke10": 30, "smoke11": 30, "smoke12": 25,
          "smoke13": 30, "smoke14": 30, "smoke15": 30, "smoke16": 27, "smoke17": 30, "smoke18": 28,
          "smoke19": 30, "smoke20": 26, "smoke21": 30, "smoke22": 30,
          "smoke23": 29, "smoke24": 30, "smoke25": 25, "smoke26": 30, "smoke27": 30, "smoke28": 30,
          "smoke29": 30, "smoke30": 30, "smoke31": 30,
          "smoke32": 27, "smoke33": 31, "smoke34": 30, "smoke35": 29,
          "smoke36": 33, "smoke37": 40, "smoke38": 30, "smoke39": 30, "smoke40": 31, "smoke41": 30,
          "smoke42": 30, "smoke43": 30, "smoke44": 30, "smoke45": 30, "smoke46": 30,
          "smoke47": 30, "smoke48": 30, "smoke49": 30}


@pytest.mark.parametrize("directory", list(ROUNDS))
def test_no_alarm_on_articles_nobody_tuned_on(run_cli, directory) -> None:
    texts = sorted((DATA / directory).glob("*.txt"))
    assert len(texts) == ROUNDS[directory]
    code, out, err = run_cli(["check", "--isolated", "--format", "json", *texts])
    doc = json.loads(out)
    alarms = {(Path(f["file"]).stem, f["code"],
               (f["claims"][0].get("article") or {}).get("line") if f["claims"] else f["line"])
              for f in doc["findings"] if f["severity"] in ("error", "warning")}
    assert alarms <= REVIEWED | OPEN, sorted(alarms - REVIEWED - OPEN)
    assert code == (1 if any(f["severity"] == "error" for f in doc["findings"]) else 0), err
