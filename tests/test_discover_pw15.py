"""Parts and their whole in forms learnt from a fresh sample of real text (session 15,
tests/data/forms15/part-whole.yaml), through `factcheck check ARTICLE`: the relation found on the
real sentence with its verdict, the same text with one figure changed (an error names it), and
the look-alikes that must find nothing.

Forms:
- parts listed with their shares in a sentence opened by the name of their whole (在工业企业法人
  单位中，内资企业…，占97.5%；…), in the whole's own paragraph: together at most the whole, stated
  (discover/within.py `by_shares`); a part's own 其中 ends the parts; counts of people are never
  parts of counts of households;
- counts of firms by the type of their earnings forecast (预增, 略增, 续盈, 扭亏, 预减, 略减, 续亏,
  首亏 …) after the count of all (195家…的公司中，预增167家，略增3家，扭亏25家): different firms,
  together at most all (discover/among.py `forecast_types`);
- the tax and the non-tax revenue of a budget's revenue (一般公共预算收入…其中：税收收入…；非税
  收入…) make it up; a 财政收入 holds more (discover/breakdown.py);
- a 其中 opening the sentence after a list of three or more levels of one unit splits no item of
  the list (共有义务教育学校241所,小学 213所;…特殊教育学校1所。其中实施营养改善计划学校241所);
- a change since the start of the year is no base for a rate against the year before (贷款余额
  1.27万亿元，比年初增加1287.7亿元，同比增长20.5%: discover/growth.py);
- the total's parts go on after a part's own split, over the semicolon (…医院3.4万个，在医院中有…；
  基层医疗卫生机构96.0万个，其中…；专业公共卫生机构1.7万个);
- a share in brackets after a count (357家公司…“报喜”(占比为62.63%)，其中…) does not make the count
  a share: its 其中 splits it.
"""

from __future__ import annotations

import pytest
from helpers import breakdowns_of as breakdowns
from helpers import column_of as column
from helpers import names_place as names


def alarms(doc: dict) -> list[dict]:
    return [f for f in doc["findings"] if f["severity"] in ("error", "warning")]


def named_by_an_error(doc: dict, line: int, at: int) -> bool:
    return any(names(f, line, at) for f in doc["findings"] if f["severity"] == "error")


# --- parts with their shares, in a sentence opened by the whole's name ---------------------------------
# 第四次全国经济普查公报(第三号) (https://a.lx.city/forum.php?mod=viewthread&tid=627)
CENSUS4 = "2018年末,全国共有工业企业法人单位345.1万个,比2013年末增长43.2%;从业人员11521.5万人," \
          "比2013年末下降17.9%。 在工业企业法人单位中,内资企业336.4万个,占97.5%;港、澳、台商投资企业" \
          "4.3万个,占1.3%;外商投资企业{part}万个,占1.3%。\n"
# 石嘴山市第七次全国人口普查公报(第一号) (http://599325.com/zwgk/zfxxgkml/tjsj/tjgb/202212/
# t20221205_3871713.html), simplified
SHIZUISHAN = "一、常住人口\n全市常住人口为751389人。\n四、民族人口\n" \
             "全市人口中,汉族人口为568238人,占75.63%;各少数民族人口为{part}人,占24.37%," \
             "其中回族人口为176176人,占23.45%。\n"

SHARES = [(CENSUS4, "4.4", "345.1万个", {"336.4万个", "4.3万个", "4.4万个"}, "14.4", 1, "stated"),
          (SHIZUISHAN, "183151", "751389人", {"568238人", "183151人"}, "283151", 4, "linked")]


@pytest.mark.parametrize(("text", "part", "whole", "parts", "changed", "line", "how"), SHARES)
def test_parts_with_their_shares_are_together_at_most_the_whole(article, text, part, whole, parts,
                                                                changed, line, how) -> None:
    """Stated in the whole's paragraph, linked from the paragraph after it (an error, a warning)."""
    code, doc = article(text.format(part=part))
    assert (how, frozenset({whole, *parts})) in breakdowns(doc)
    assert code == 0
    new = text.format(part=changed)
    _, doc = article(new)
    at = column(new.split("\n")[line - 1], changed)
    severity = "error" if how == "stated" else "warning"
    assert any(names(f, line, at) for f in doc["findings"] if f["severity"] == severity), doc["findings"]


def test_a_part_of_a_part_is_not_summed_with_the_parts(article) -> None:
    """其中回族人口 is a part of the minorities, not a third part of the population."""
    _, doc = article(SHIZUISHAN.format(part="183151"))
    assert not any("176176人" in m and "751389人" in m and len(m) > 2 for _, m in breakdowns(doc))


# 北京市2010年第六次全国人口普查主要数据公报 (https://360docs.net/doc/1b3443402.html)
BEIJING = "一、全市常住人口全市常住人口[3]为1961.2万人。\n" \
          "二、家庭户人口全市常住人口中共有家庭户[4]668.1万户,家庭户人口为1639.0万人。\n" \
          "四、年龄构成全市常住人口中,0-14岁的人口为168.7万人,占常住人口的8.6%;15-64岁的人口为1621.6万人," \
          "占常住人口的82.7%;65岁及以上的人口为170.9万人,占常住人口的8.7%。\n"


def test_people_are_no_parts_of_households(article) -> None:
    _, doc = article(BEIJING)
    assert not any("668.1万户" in m and "168.7万人" in m for _, m in breakdowns(doc))


# --- counts of firms by the type of their earnings forecast ------------------------------------------
# 中国证券网 2011-04-16 (http://58188.com/news/2011/4-16/10966.html)
FORECAST_317 = "截至14日晚8时,深沪两市共有317家上市公司对一季度业绩做出预告。业绩同比增长的有195家," \
               "占比超过六成;而亏损公司也达到92家。\n195家首季业绩同比增长的公司中,预增{part}家,略增3家," \
               "扭亏25家,占总体的61.5%;报忧公司包括预减27家,续亏60家,首亏32家,预亏损比例为29%。\n"
# 中国证券报 2018-07-04 (http://www.ijjnews.com/finance/system/2018/07/04/011028611.shtml)
FORECAST_115 = "据上交所统计,截至2018年6月30日,沪市有115家公司披露了上半年业绩预告。从披露情况看," \
               "上半年业绩整体良好。在上述115家公司中,业绩预增(指上期盈利,本期增加)的{part}家,占比51%;" \
               "业绩预减(指上期盈利,本期盈利减少)24家,占比21%。\n"

FORECASTS = [(FORECAST_317, "167", 2, "195家", {"167家", "3家", "25家"}, "197"),
             (FORECAST_115, "59", 1, "115家", {"59家", "24家"}, "99")]


@pytest.mark.parametrize(("text", "part", "line", "whole", "parts", "changed"), FORECASTS)
def test_counts_of_firms_by_forecast_type_are_together_at_most_all(article, text, part, line, whole,
                                                                   parts, changed) -> None:
    _, doc = article(text.format(part=part))
    assert ("stated", frozenset({whole, *parts})) in breakdowns(doc)
    assert not [f for f in alarms(doc) if f["code"] == "FC301"]
    new = text.format(part=changed)  # alone still fewer than all, together more
    _, doc = article(new)
    at = column(new.split("\n")[line - 1], changed + "家")
    assert named_by_an_error(doc, line, at), doc["findings"]


@pytest.mark.parametrize("text", [
    # 全国工商联 上规模民营企业调研 (https://m.xzbu.com/2/view-359793.htm): firms over thresholds
    "2002年度营收总额较上年有进一步增长的企业数达1117家,占企业总数的 70%,其中增幅超过100%的就有136家;"
    "营收总额达50亿元以上的企业有21家,比上年增加 11家;营收总额达5亿元以上的企业有405家,比上年增加119家。\n",
    # 南方都市报 2025-11-04 (reportify.cn): counts by two measures overlap
    "9家A股上市股份制银行中,7家银行营业收入同比下降,5家银行净利润同比下降。\n",
])
def test_counts_of_firms_of_no_forecast_type_are_not_summed(article, text) -> None:
    _, doc = article(text)
    assert all(len(m) <= 2 for _, m in breakdowns(doc))


# --- a budget's tax and non-tax revenue --------------------------------------------------------------
# 姚安县 2024年4月财政收支 (http://dayao.gov.cn/info/egovinfo/1007/overt_centent/dyx009-/2024-0516001.htm)
DAYAO = "4月,一般公共预算收入累计完成{total}万元,完成年初预算数60999万元的40.4%,比上年减收1070万元," \
        "下降4.2%。其中:税收收入8103万元,比上年增收1284万元,增长18.8%;非税收入16524万元,比上年减收2354万元," \
        "下降12.5%。\n"
# 云南 1-8月份财政收支 (http://yncxym.gov.cn/info/1877/21866.htm)
YNCXYM = "1-8月份,地方一般公共预算收入完成{total}万元,同比增加2,168万元,增长8.8%。其中:税收收入13,896万元," \
         "同比下降5.2%,主要是减税降费政策扩面影响带来负拉动;非税收入12,980万元,增长29.1%," \
         "主要是森林植被恢复费较上年大幅增长。\n"


@pytest.mark.parametrize(("text", "total", "parts", "changed"), [
    (DAYAO, "24627", {"8103万元", "16524万元"}, "24657"),
    (YNCXYM, "26,876", {"13,896万元", "12,980万元"}, "26,879"),
])
def test_tax_and_non_tax_revenue_make_up_a_budgets_revenue(article, text, total, parts,
                                                           changed) -> None:
    code, doc = article(text.format(total=total))
    assert ("stated", frozenset({total + "万元", *parts})) in breakdowns(doc)
    assert code == 0 and alarms(doc) == []
    new = text.format(total=changed)  # more than the two parts make
    _, doc = article(new)
    assert named_by_an_error(doc, 1, column(new, changed)), doc["findings"]


def test_a_fiscal_revenue_is_more_than_its_tax_and_non_tax_revenue(article) -> None:
    """广西 2018年上半年 (tests/data/smoke24/guangxi-economy-h1-2018-gx-cri line 20): 财政收入 holds
    the revenue passed up to the central budget."""
    _, doc = article("上半年，全区财政收入1513.79亿元，同比增长9.0%。其中，税收收入598.71亿元，增长11.3%；"
                     "非税收入293.99亿元，下降8.8%。\n")
    split = [c for c in doc["checks"] if c["check"] == "fiscal_revenue_breakdown"]
    assert [c["verdict"] for c in split] == ["holds"]  # at most the whole, not all of it


# --- a 其中 after a list of levels ---------------------------------------------------------------------
# 腾冲市 营养改善计划 (https://tengchong.gov.cn/info/10390/5153463.htm)
TENGCHONG = "2021年秋季我市共有义务教育学校241所,小学 213所;初中18所,完中8所,九年一贯制学校一所," \
            "特殊教育学校1所。其中实施营养改善计划学校241所,实际受益人数为75033人,其中小学48587人," \
            "初中26212人,特殊教育学校234人。\n"
# 织金县 县情 (http://www.gzzhijin.gov.cn/zjzj/zjgk/shsy/): one level, then its 其中
ZHIJIN = "【医疗基本情况】 2022年,全县共有卫生机构746家。共有执业(助理)医师2089人。其中,执业医师1390人" \
         "(全科25人)、执业助理504人(乡村全科162人、执助全科8人)。注册护士3576人,现有开放床位5545张。\n"


def test_a_split_after_a_list_is_of_no_item_of_it(article) -> None:
    code, doc = article(TENGCHONG)
    assert not any("1所" in m for _, m in breakdowns(doc))
    assert ("stated", frozenset({"75033人", "48587人", "26212人", "234人"})) in breakdowns(doc)
    assert code == 0 and alarms(doc) == []


def test_a_split_after_one_level_is_of_it(article) -> None:
    _, doc = article(ZHIJIN)
    assert ("stated", frozenset({"2089人", "1390人", "504人"})) in breakdowns(doc)


# --- a change since the year's start beside a rate against the year before ----------------------------
# 安徽日报 (http://www.ahjgbzw.gov.cn/content/detail/5a3def5319121b90b27ec0b2.html)
ANHUI = "数据显示, 6月末,人民币各项贷款余额1.27万亿元,比年初增加1287.7亿元,同比增长20.5%,增速为近11个月来" \
        "最低。从期限结构看,中长期贷款增速再创新低。6月末,中长期贷款余额为7920.6亿元,比年初增加820.8亿元," \
        "同比增长22.4%,中长期贷款增速自上年5月持续下降,再创历史新低;短期贷款增速持续上升。短期贷款余额为" \
        "4432.3亿元,比年初增加448.7亿元,同比增长20.2%,为近16个月来的最高增速;个人消费贷款增速持续回落。\n"


def test_a_change_since_the_years_start_is_no_base_of_a_year_on_year_rate(article) -> None:
    code, doc = article(ANHUI)
    assert code == 0 and not [f for f in alarms(doc) if f["code"] == "FC101"], alarms(doc)
    assert not any(c["kind"] == "growth" and any(x["written"] == "1287.7亿元" for x in c["claims"])
                   for c in doc["checks"])


# --- the total's parts after a part's own split ----------------------------------------------------------
# 中国医疗卫生机构数量…分析 (https://m.taowenge.com/p-65426008.html)
HEALTH = "2019年年末全国共有医疗卫生机构{total}万个,其中医院3.4万个,在医院中有公立医院1.2万个," \
         "民营医院2.2万个;" \
         "基层医疗卫生机构96.0万个,其中乡镇卫生院3.6万个,社区卫生服务中心(站)3.5万个,门诊部(所)26.7万个," \
         "村卫生室62.1万个;专业公共卫生机构1.7万个,其中疾病预防控制中心3456个,卫生监督所(中心)3106个。\n"
# 市场监管总局 2020年前三季度 (http://5g.rexun.cn/guonei/2020/1112/111251581.html)
ENTITIES = "截至9月末,全国实有市场主体稳定增长,登记在册市场主体共计{total}亿户,较去年底增长9.0%。其中,企业" \
           "4200.0万户,增长8.9%,企业中的外商投资企业64.1万户,增长2.1%;个体工商户9021.6万户,增长9.2%;" \
           "农民专业合作社222.2万户,增长0.9%。\n"


@pytest.mark.parametrize(("text", "total", "parts", "changed"), [
    (HEALTH, "101.4", {"3.4万个", "96.0万个", "1.7万个"}, "91.4"),
    (ENTITIES, "1.34", {"4200.0万户", "9021.6万户", "222.2万户"}, "1.04"),
])
def test_the_parts_go_on_after_a_parts_own_split(article, text, total, parts, changed) -> None:
    unit = "万个" if "万个" in text else "亿户"
    code, doc = article(text.format(total=total))
    assert ("stated", frozenset({total + unit, *parts})) in breakdowns(doc)
    assert not any(len(m & {"1.2万个", "2.2万个", "3.6万个", "64.1万户"}) and total + unit in m
                   for _, m in breakdowns(doc))  # the part's own parts are no parts of the total
    assert code == 0 and alarms(doc) == []
    new = text.format(total=changed)  # fewer than the parts make
    _, doc = article(new)
    assert named_by_an_error(doc, 1, column(new, changed + unit)), doc["findings"]


# --- a count's label that runs into a bracket after it ----------------------------------------------------
# 新浪财经 2009-11-06 (http://finance.sina.com.cn/stock/s/20091106/05506931030.shtml)
FORECAST_570 = "统计显示,已披露2009年全年业绩预告的公司中,有357家公司因业绩改善或提高而“报喜”" \
               "(占比为62.63%)," \
               "其中{part}家预增、102家略增、60家续盈、71家扭亏;而在209家因业绩下滑或亏损而“报忧”的公司中," \
               "有46家预减、39家略减、47家续亏、77家首亏。\n"


def test_a_share_in_brackets_after_a_count_does_not_make_it_a_share(article) -> None:
    """357家公司…“报喜”(占比为62.63%): the label 公司…报喜(占比 names firms; the 其中 splits them."""
    code, doc = article(FORECAST_570.format(part="124"))
    assert ("stated", frozenset({"357家", "124家", "102家", "60家", "71家"})) in breakdowns(doc)
    assert code == 0 and alarms(doc) == []
    new = FORECAST_570.format(part="224")  # the four then make 457 of the 357
    _, doc = article(new)
    assert named_by_an_error(doc, 1, column(new, "224家")), doc["findings"]


def test_a_bracket_closed_inside_a_label_is_its_own(article) -> None:
    """tests/data/smoke3/higher-education-2010 line 6: 高职（专科）…平均规模 is an average, no sum."""
    code, doc = article("普通高等学校本科、高职（专科）全日制在校生平均规模为9298人，"
                        "其中，本科学校为13100人，高职（专科）学校为5904人。\n")
    assert code == 0 and alarms(doc) == []
