"""Parts and their whole as real articles write them (session 10, discover/breakdown.py and
among.py), through `factcheck check ARTICLE`: real sentences, the same sentence with one figure
changed (the error names that figure's place), and near misses that must not pair.

Forms:
- a 其中 that names one of a pair (出口, 进口) in the total's sentence, its growth after it, and the
  other after a semicolon: 进出口81.3亿美元、增长37.4%，其中：出口43.5亿美元、增长38.5%；进口37.8亿美元;
- the count of those members that do something after the count of all (…的有M家): each at most
  the whole, and the share stated after it is of that whole;
- the things a count counts, then 包括 and its parts (新增的341家“四上”企业包括工业98家、建筑业47家…);
- counted parts that nest (其中47只发行规模超20亿元，有12只吸金超50亿元): never summed.
"""

from __future__ import annotations

import pytest
from helpers import breakdowns_of as breakdowns
from helpers import check_dicts
from helpers import column_of as column
from helpers import error_findings as errors
from helpers import names_place as names
from helpers import written_set as figures

# --- 其中 one of a pair, its growth, ；the other --------------------------------------------------
# 中国外商投资企业协会 https://www.caop.org.cn/xinwenzixun/zonghexinwen/2019-02-27/25375.html
CAOP = "1-5月全省累计实现进出口81.3亿美元、增长37.4%,其中:出口43.5亿美元、增长38.5%;进口{imports}亿美元、" \
       "增长36.1%。\n"
CAOP_MONTH = "5月当月全省实现进出口18.1亿美元、增长39.3%,其中:出口10.6亿美元、增长60.8%;" \
             "进口{imports}亿美元、增长17%。\n"
# the form the brief quotes: 海关 进出口总值…，其中出口达…，增长…；进口达… (苏州海关 1—2月, http://cq.eeju.com/
# shangye/2022/0326/21646.html writes the pair with a comma: 其中出口2407.7亿元、增长14%,进口1727.2亿元)
SUZHOU = "今年1—2月苏州市外贸进出口4134.9亿元,比去年同期增长16.9%,其中出口达2407.7亿元,增长14%;进口达" \
         "{imports}亿元,增长20.3%。\n"

PAIRS = [(CAOP, "37.8", "37.1", {"81.3亿美元", "43.5亿美元", "37.8亿美元"}),
         (CAOP_MONTH, "7.5", "7.8", {"18.1亿美元", "10.6亿美元", "7.5亿美元"}),
         (SUZHOU, "1727.2", "1727.5", {"4134.9亿元", "2407.7亿元", "1727.2亿元"})]


@pytest.mark.parametrize(("text", "value", "wrong", "members"), PAIRS)
def test_the_other_of_a_pair_after_a_semicolon_is_a_part(article, text, value, wrong, members) -> None:
    code, doc = article(text.format(imports=value))
    assert ("stated", frozenset(members)) in breakdowns(doc)
    assert code == 0 and errors(doc) == []
    changed = text.format(imports=wrong)
    code, doc = article(changed)
    assert code == 1 and any(names(e, 1, column(changed, wrong)) for e in errors(doc))


def test_a_new_subject_after_the_semicolon_is_no_part(article) -> None:
    """国庆 西藏: 其中接待过夜游客…；接待一日游游客… are no pair of the list's words; a ；then
    another measure (门票收入) is no part either."""
    text = "10月1日,全区共计接待游客12.7万人次,同比增长17.1%,其中接待过夜游客5.4万人次,同比增长20.3%;" \
           "全区社会消费品零售总额9.9万人次。\n"
    _, doc = article(text)
    assert all("9.9万人次" not in m for _, m in breakdowns(doc))


# --- …的有M家 after the count of all -------------------------------------------------------------
# A股“绩差生”扎堆交卷 (第一财经, https://www.caiding5.cn/gupiao/37292474.html)
LOSSES = "另据Wind统计,截至1月26日,共计1165家A股公司已披露2025年业绩预告,业绩下滑的有{part}家,占比约六成," \
         "当期预计亏损的有500多家。\n"
# 国庆 贵州 (中国新闻网 http://gzshangchuan.com/news/chanye/20171003/184459109033_3.shtml)
HOTELS = "全省纳入监测的105家旅游星级饭店客房出租率超过80%的有{part}家,其中出租率达90%以上的有73家。\n"
THOSE = [(LOSSES, "709", "1709", {"1165家", "709家"}),
         (HOTELS, "85", "185", {"105家", "85家"})]


@pytest.mark.parametrize(("text", "part", "wrong", "members"), THOSE)
def test_those_that_do_something_are_among_all(article, text, part, wrong, members) -> None:
    code, doc = article(text.format(part=part))
    assert ("stated", frozenset(members)) in breakdowns(doc)
    assert code == 0 and errors(doc) == []
    changed = text.format(part=wrong)
    code, doc = article(changed)
    assert code == 1 and any(names(e, 1, column(changed, wrong)) for e in errors(doc))


def test_the_share_after_them_is_of_all(article) -> None:
    code, doc = article(LOSSES.format(part="709"))
    shares = [figures(c) for c in check_dicts(doc, "share")]
    assert {"709家", "1165家", "约六成"} in shares
    changed = LOSSES.format(part="709").replace("约六成", "约八成")
    code, doc = article(changed)
    assert code == 1 and any(names(e, 1, column(changed, "约八成")) for e in errors(doc))


def test_two_counts_of_members_are_not_summed(article) -> None:
    """业绩下滑 and 预计亏损 overlap: each is at most the whole, the second is no part of the first."""
    _, doc = article(LOSSES.format(part="709"))
    found = breakdowns(doc)
    assert ("stated", frozenset({"1165家", "预计500多家"})) in found
    assert all(m != frozenset({"709家", "预计500多家"}) and len(m) == 2 for _, m in found)


def test_a_count_of_another_time_is_no_member(article) -> None:
    text = "全市共有105家星级饭店,上年同期的有98家。\n"
    _, doc = article(text)
    assert breakdowns(doc) == []


# --- the things counted, then 包括 ----------------------------------------------------------------
# 衡阳 前8月新增341家“四上”企业 (http://cu999.com/n/117188.html)
HENGYANG = "新增的341家“四上”企业包括工业98家、建筑业47家、批发零售业59家、住宿餐饮业19家、房地产业77家、" \
           "服务业{last}家。\n"


def test_the_things_counted_then_their_parts(article) -> None:
    code, doc = article(HENGYANG.format(last="41"))
    assert ("stated", frozenset({"341家", "98家", "47家", "59家", "19家", "77家", "41家"})) in breakdowns(doc)
    assert code == 0 and errors(doc) == []
    changed = HENGYANG.format(last="71")
    code, doc = article(changed)
    assert code == 1 and any(names(e, 1, column(changed, "71家")) for e in errors(doc))


def test_an_amount_named_before_includes_is_no_count(article) -> None:
    """总投资50亿元的项目包括…: one project's investment, not a count of things."""
    text = "总投资50亿元的项目包括厂房30亿元、设备15亿元。\n"
    _, doc = article(text)
    assert all("50亿元" not in m for _, m in breakdowns(doc))


# --- counts over thresholds nest -----------------------------------------------------------------
# 基金发行提速 (搜狐财经 2025-11-11, https://reportify.cn/tags/product?tagValue=%E5%8F%91%E8%B5%B7%E5%BC%8F%E5%9F%BA%E9%87%91)
FUNDS = "被动指数债基是\"爆款制造机\",年内成立数量57只,发行规模合计1804.88亿元,其中47只发行规模超20亿元," \
        "有12只吸金超50亿元。\n"
# 2021福建省民营企业100强 (http://www.anotherchristian.com/top/202111/984715.html): thresholds on both
# sides part the members
FUJIAN = "榜单企业100家,其中2家企业营收超过1000亿元,35家企业营收在100-1000亿元之间,{rest}家企业营收均不足" \
         "100亿元。\n"


def test_counts_over_two_thresholds_are_not_summed(article) -> None:
    code, doc = article(FUNDS)
    assert code == 0 and errors(doc) == []
    found = breakdowns(doc)
    assert ("stated", frozenset({"57只", "47只"})) in found
    assert ("stated", frozenset({"57只", "12只"})) in found
    changed = FUNDS.replace("47只", "67只")
    code, doc = article(changed)
    assert code == 1 and any(names(e, 1, column(changed, "67只")) for e in errors(doc))


def test_thresholds_on_both_sides_part_the_members(article) -> None:
    code, doc = article(FUJIAN.format(rest="63"))
    assert code == 0 and errors(doc) == []
    assert any(len(m) == 4 for _, m in breakdowns(doc))
    changed = FUJIAN.format(rest="93")
    code, doc = article(changed)
    assert code == 1 and any(names(e, 1, column(changed, "93家")) for e in errors(doc))


# --- counted firms named by their profit or loss -------------------------------------------------
# 退市 (http://systoneart.com/syxw/8756.html): a count of firms is no net amount, its 其中 is a part
DELIST = "从去年年报扣除非净利润来看,68家上市公司非净利润损失超过1亿元,其中{part}家上市公司非净利润损失" \
         "超过10亿元。\n"
# 两市中报 (新浪/上证报 via http://www.ettaleb.com/24hot/2018/0731/290332.html)
INTERIM = "數據顯示,截至7月30日19時,滬深兩市共有118家上市公司披露了中報業績,其中,有{part}家歸屬母公司股東的" \
          "凈利潤為正,占比為92.37%。\n"


@pytest.mark.parametrize(("text", "part", "wrong", "members"),
                         [(DELIST, "13", "73", {"68家", "13家"}),
                          (INTERIM, "109", "139", {"118家", "109家"})])
def test_a_count_of_firms_by_their_profit_is_a_part(article, text, part, wrong, members) -> None:
    code, doc = article(text.format(part=part))
    assert ("stated", frozenset(members)) in breakdowns(doc)
    assert code == 0 and errors(doc) == []
    changed = text.format(part=wrong)
    code, doc = article(changed)
    assert code == 1 and any(names(e, 1, column(changed, wrong)) for e in errors(doc))


# --- 其中 and the part's name before its count ---------------------------------------------------
# a district's enterprise statistics page (a public repository's report template: "…年，温州市瓯海区共有
# N家企业，其中规上企业有M家，规下企业有K家"), with its figures filled in
OUHAI = "2022年，温州市瓯海区共有5261家企业，其中规上企业有{part}家，规下企业有4305家。\n"
# 上市公司中报 (http://www.soolun.net/periodical/5b2ec433110d9927659b3bc6ebbb9831.html)
INTERIM_721 = "截至8月15日,两市共有721家上市公司公布了中报,其中沪市{part}家,深市333家。\n"


@pytest.mark.parametrize(("text", "part", "wrong", "members"),
                         [(OUHAI, "956", "986", {"5261家", "956家", "4305家"}),
                          (INTERIM_721, "388", "488", {"721家", "388家", "333家"})])
def test_a_part_named_after_its_of_which(article, text, part, wrong, members) -> None:
    code, doc = article(text.format(part=part))
    assert ("stated", frozenset(members)) in breakdowns(doc)
    assert code == 0 and errors(doc) == []
    changed = text.format(part=wrong)
    code, doc = article(changed)
    assert code == 1 and any(names(e, 1, column(changed, wrong)) for e in errors(doc))


def test_a_comma_after_its_of_which_names_no_part_here(article) -> None:
    """参与此次评估共102家证券公司，其中，评估结果为A类的公司12家，B类公司22家，占比约30%: a 其中 set
    apart by a comma keeps its old reading (no share of the last class alone)."""
    text = "参与此次评估共102家证券公司，其中，评估结果为A类的公司12家，B类公司22家，占比约30%。\n"
    code, doc = article(text)
    assert code == 0 and [f for f in doc["findings"] if f["severity"] == "warning"] == []


def test_firms_counted_by_their_loss_after_a_split_are_another_split(article) -> None:
    """其中沪市388家，深市333家 split the 721 firms by exchange; 亏损中报62家 counts them by their
    result: no part of that split (the whole sentence of INTERIM_721's source)."""
    text = "截至8月15日,两市共有721家上市公司公布了中报,占总数的7成多,其中沪市388家,深市333家,亏损中报62家" \
           "(目前已知亏损家数达105家)。\n"
    code, doc = article(text)
    assert code == 0 and errors(doc) == []
    assert ("stated", frozenset({"721家", "388家", "333家"})) in breakdowns(doc)
