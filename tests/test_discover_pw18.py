"""Lists of the top N in forms of Chinese writing read in session 18 (discover/among.py), through
`factcheck check ARTICLE`: the relation found on real sentences with its verdict, the same text with
one figure changed so that the part exceeds its list (an error names it), and the look-alikes that
must find nothing.

Forms:
- a place in a list of the top N in the list's own phrase (`_in_the_list`): 位列…百强县市第一名,
  跻身全国十强位列第九, 排在500强企业净利润榜单第5位 — at most N;
- the things that entered a list of the top N (`_entered_the_list`): 16家企业入围民营企业500强,
  8个县市入围百强, 上榜500强榜单的企业，共有57家; the seats taken of it (占据了百强县52个席位) — at most N;
- a count of the takers is no whole of the seats they take (江苏一省独占23席: `_seats_of_a_count`).
"""

from __future__ import annotations

import pytest
from helpers import column_of as column
from helpers import names_place as names


def among(doc: dict) -> list[frozenset[str]]:
    """The figures (as written) of each part-of-a-list check (…_among) of a --show-checks document."""
    return [frozenset(c["written"] for c in check["claims"]) for check in doc["checks"]
            if check["check"].endswith("_among")]


def alarms(doc: dict) -> list[dict]:
    return [f for f in doc["findings"] if f["severity"] in ("error", "warning")]


def error_at(doc: dict, line: int, at: int) -> bool:
    return any(names(f, line, at) for f in doc["findings"] if f["severity"] == "error")


# --- a place in a list of the top N, in the list's phrase ------------------------------------------
# 78911.com.cn 2018-06-17, 全国百强县排名 (https://m.78911.com.cn/JiaoYuXinWen/594561-2.html)
KUNSHAN = "江苏省昆山市位列中国中小城市综合实力{top}县市{rank},湖南省长沙县、辽宁省海城市继续稳居" \
          "中部地区第一名。\n"
# 大风车考试网, 全国百强县公布 (http://0525000.com/JiaoYuXinWen/594563.html)
CHANGSHA = "数据显示,长沙县2004年位居65位、2008年排37位、跻身全国{top}位列{rank}," \
           "今年再进一步升至第八位。\n"
# 每日头条, 中国企业500强 (https://ppfocus.com/0/ed0b4732b.html)
ALIBABA = "其中,阿里巴巴不仅跻身500强营收榜第34名,还凭借着1494.33亿元的净利润," \
          "排在{top}企业净利润榜单{rank},成绩十分亮眼。\n"
# 燕赵都市报 2013-08-30, 河北16家企业入围民营企业500强
# (http://calabash-boy.com/system/2013/08/30/012953610.shtml)
HEBEI = "我省共有16家民营企业入围,其中庞大汽贸集团股份有限公司位居我省入围企业榜首," \
        "位列全国民企{top}{rank}。\n"

RANKS = [(KUNSHAN, "百强", "第一名", "百强", "第105名"),
         (CHANGSHA, "十强", "第九", "五强", "第九"),
         (ALIBABA, "500强", "第5位", "四强", "第5位"),
         (HEBEI, "500强", "第21位", "20强", "第21位")]


@pytest.mark.parametrize(("text", "top", "rank", "top_changed", "rank_changed"), RANKS)
def test_a_place_in_the_list_is_at_most_its_size(article, text, top, rank, top_changed, rank_changed) -> None:
    code, doc = article(text.format(top=top, rank=rank))
    assert frozenset({top, rank}) in among(doc), doc["checks"]
    assert code == 0 and not alarms(doc)
    if rank_changed != rank:  # the place moved out of the list: an error names it
        new = text.format(top=top, rank=rank_changed)
        _, doc = article(new)
        assert error_at(doc, 1, column(new, rank_changed)), doc["findings"]
    if top_changed != top:  # the list shrunk under the place: an error names the list
        new = text.format(top=top_changed, rank=rank)
        _, doc = article(new)
        assert error_at(doc, 1, column(new, top_changed)), doc["findings"]


LOOKALIKES_RANKS = [
    # a place in a wider ranking after the list (全省)
    "该县跻身全国百强县,全省排名第120位。\n",
    "该县位居百强县全省排名第120位。\n",
    # a place outside the list
    "该市GDP跻身十强之外排名第11位。\n",
    "该市GDP位列十强以后第11位。\n",
    # a change of place
    "该县在百强县排名上升12位。\n",
    # a place before the list: 排37位、跻身全国十强 (0525000.com, as in CHANGSHA)
    "长沙县2004年位居65位、2008年排37位、跻身全国十强。\n",
]


@pytest.mark.parametrize("text", LOOKALIKES_RANKS)
def test_no_place_outside_the_list(article, text) -> None:
    code, doc = article(text)
    assert not among(doc), doc["checks"]
    assert code == 0 and not alarms(doc)


# --- the things that entered a list of the top N --------------------------------------------------
# 燕赵都市报 2013-08-30 (headline; http://calabash-boy.com/system/2013/08/30/012953610.shtml)
HEBEI_TITLE = "河北{count}家企业入围民营企业{top} 比上年减少9家\n"
# 九派新闻 2022-07-21, 全国百强县榜单发布 (https://hnmdtv.com/kandian/072022_154714.html)
HUBEI = "湖北、四川此次均有所进步。湖北{count}个县市入围{top},入围数量居中部第一,相比去年增加了一个天门市。\n"
# 每日头条, 中国企业500强 (https://ppfocus.com/0/ed0b4732b.html)
GUANGDONG = "经济实力同样强大的还有广东,上榜{top}榜单的企业,共有{count}家,在各省中排名第二。\n"
# 九派新闻 2022-07-21 (https://hnmdtv.com/kandian/072022_154714.html)
SEATS = "从省份来看,江苏、浙江及山东三省占据了{top}县{count}个席位,分别占25席、18席和13席。\n"

ENTERED = [(HEBEI_TITLE, "16", "500强", "16家", "十强"),
           (HUBEI, "8", "百强", "8个", "五强"),
           (GUANGDONG, "57", "500强", "57家", "50强"),
           (SEATS, "52", "百强", "52个", "50强")]


@pytest.mark.parametrize(("text", "count", "top", "written", "top_changed"), ENTERED)
def test_those_that_entered_the_list_are_at_most_its_size(article, text, count, top, written,
                                                          top_changed) -> None:
    code, doc = article(text.format(count=count, top=top))
    assert frozenset({top, written}) in among(doc), doc["checks"]
    assert code == 0 and not alarms(doc)
    new = text.format(count=count, top=top_changed)
    _, doc = article(new)
    assert error_at(doc, 1, column(new, top_changed)), doc["findings"]
    assert error_at(doc, 1, column(new, written)), doc["findings"]


LOOKALIKES_ENTERED = [
    # across years and lists
    "全省累计有60家次企业入围中国企业500强。\n",
    "全省历年共有60家企业入围中国企业500强。\n",
    # those that tried
    "全国有1200家企业参评入围百强。\n",
    # a change of the count
    "入围全国百强县的县市数量比上年增加3个。\n",
    # the count is of other things than the list's members
    "进入百强县的县市,共有企业5000家。\n",
]


@pytest.mark.parametrize("text", LOOKALIKES_ENTERED)
def test_no_count_of_other_things_entering(article, text) -> None:
    code, doc = article(text)
    assert not among(doc), doc["checks"]
    assert code == 0 and not alarms(doc)


# --- the takers' own count is no whole of their seats ---------------------------------------------
# 2025百强县排行榜 (https://www.dengbeng.com/DAO/67819.html)
TAKERS = ["江苏、浙江、山东三省继续领跑,占据百强县半数以上席位,其中江苏一省独占23席。\n",
          "浙江、江苏两省共占百强县的41席。\n"]


@pytest.mark.parametrize("text", TAKERS)
def test_the_takers_count_is_no_whole_of_their_seats(article, text) -> None:
    code, doc = article(text)
    assert code == 0 and not alarms(doc), doc["findings"]


def test_a_count_of_labs_still_holds_the_seats_one_district_takes(article) -> None:
    """10家省实验室余杭占4席 (session 15's form) is still read: the taker is named after the count."""
    _, doc = article("全省10家省实验室余杭占4席。\n")
    assert frozenset({"10家", "4席"}) in among(doc), doc["checks"]


# --- members of a list of the top N, named by the list's noun, after 中， -------------------------
# 78911.com.cn 2018-06-17 (https://m.78911.com.cn/JiaoYuXinWen/594561-2.html)
HENAN = "今年,河南有4个县市上榜,分别为新郑、禹州、荥阳、义马。在全国{top}县排名中,河南有{count}县级市入列," \
        "新郑市,巩义市,永城市。\n"
# 江苏十大富裕县排名 (http://m.studyofnet.com/388631005.html)
ZHEJIANG = "最新一期的{top}县榜单中,浙江省{count}县市入围,比上一年增加3个,百强县数量全国第一。\n"
# the same page: 入围…的县市数量高达23个 (`_entered_the_list`)
JIANGSU = "除去55个市辖区,共有40个县(市),入围{top}县的县市数量高达{count},占到了全省县市数量的57.5%。\n"

MEMBERS = [(HENAN, "三个", "百强", "两强"),
           (ZHEJIANG, "24个", "百强", "20强"),
           (JIANGSU, "23个", "百强", "20强")]


@pytest.mark.parametrize(("text", "count", "top", "top_changed"), MEMBERS)
def test_members_named_by_the_lists_noun_are_at_most_its_size(article, text, count, top,
                                                                top_changed) -> None:
    code, doc = article(text.format(top=top, count=count))
    assert frozenset({top, count}) in among(doc), doc["checks"]
    assert code == 0 and not alarms(doc)
    new = text.format(top=top_changed, count=count)
    _, doc = article(new)
    assert error_at(doc, 1, column(new, top_changed)), doc["findings"]


LOOKALIKES_MEMBERS = [
    # other things than the list's members: firms of the counties
    "在百强县中,有3000家企业实现增长。\n",
    # nothing said of them
    "在百强县中,有3000家企业。\n",
]


@pytest.mark.parametrize("text", LOOKALIKES_MEMBERS)
def test_no_count_of_other_things_in_the_list(article, text) -> None:
    code, doc = article(text)
    assert not among(doc), doc["checks"]
    assert code == 0 and not alarms(doc)


# --- the members of a list of the top N over a bar ------------------------------------------------
# 人民日报 2021-09-26 第01版 (http://paper.people.com.cn/rmrb/html/2021-09/26/nw.D110000renmrb_20210926_5-01.htm)
RMRB = "本次发布的中国企业{top}共实现营业收入89.83万亿元,与上次发布的{top}相比增长4.43%," \
       "高于2020年全国GDP名义增速;其中营业收入超过1000亿元的企业有{count}家,增加了5家。\n"
# scholarmate (https://scholarmate.com/S/p854z3)
SCHOLARMATE = "我国营收千亿级企业首次突破200家。2020中国企业{top}中,营收超千亿元的企业数量增至{count}家," \
              "中国石化、国家电网、中国石油名列前三。\n"
# 北京日报 2018-09-14, 百家北京企业入围中国五百强 (https://city.cri.cn/20180914/3e976f23-bbc4-3228-8436-e7c09d09d1df.html):
# 首次 is no count of times (家次)
BEIJING = "值得一提的是,小米集团、北京电控、网易公司、物美等{count}家北京企业首次入围中国企业{top}榜单。\n"

OVER_BAR = [(RMRB, "222", "500强", "200强"),
            (SCHOLARMATE, "217", "500强", "200强"),
            (BEIJING, "9", "500强", "五强")]


@pytest.mark.parametrize(("text", "count", "top", "top_changed"), OVER_BAR)
def test_members_over_a_bar_are_at_most_the_lists_size(article, text, count, top, top_changed) -> None:
    code, doc = article(text.format(top=top, count=count))
    assert frozenset({top, f"{count}家"}) in among(doc), doc["checks"]
    assert code == 0 and not alarms(doc)
    new = text.format(top=top_changed, count=count)
    _, doc = article(new)
    assert error_at(doc, 1, column(new, f"{count}家")), doc["findings"]


LOOKALIKES_OVER_BAR = [
    # a change of the count over the bar
    "全国500强企业中,营收超过1000亿元的企业比上年增加12家。\n",
    # another count between: 其中 is of it (:mod:`.breakdown`), not of the list
    "全市规上工业企业达到1200家,其中产值超亿元的企业有320家。\n",
]


@pytest.mark.parametrize("text", LOOKALIKES_OVER_BAR)
def test_no_bar_count_of_another_whole(article, text) -> None:
    code, doc = article(text)
    assert not among(doc), doc["checks"]
    assert code == 0 and not alarms(doc)


# --- some of the places a sentence opens with, counted again with the same noun -------------------
# 新浪陕西 2017-08-11, 陕西上半年县域经济 (http://sx.sina.com.cn/news/b/2017-08-11/detail-ifyixtym0324407.shtml)
SHAANXI_SINA = "工业保持快速增长,上半年,全省{whole}个县(市)实现工业增加值2284.67亿元,同比增长8.5%," \
               "增速比一季度提高1.2个百分点,高于全省平均增速0.8个百分点," \
               "有{part}个县(市)增速高于全省平均增速,比一季度增加了9个。\n"
# 陕西科技报, 前三季度我省县域经济平稳增长 (search corpus `pages`, 陕西科技报 02版)
SHAANXI_KJB = "前三季度,全省{whole}个县(市)实现地区生产总值7344亿元,同比增长8.6%," \
              "高于全省平均增速0.2个百分点,有{part}个县(市)增速高于全省平均增速;" \
              "全省30个区实现地区生产总值9025.96亿元,同比增长7.9%。\n"
# the same page, after 其中 (:mod:`.breakdown`): a 平均 the count is compared with makes it no average
SHAANXI_KJB_OF_THEM = "服务业方面,前三季度,全省{whole}个县(市)实现服务业增加值2507.10亿元,同比增长8.9%," \
                      "高于全省平均增速0.3个百分点,其中有{part}个县(市)增速达到或超过全省平均增速。\n"
# 界面 2021, 27省份一季度GDP (tests/data/articles/news-27prov-q1-2021, line 9)
PROVINCES = "从GDP同比增速看，{whole}个省份全部达到两位数增长，" \
            "其中{part}个省份GDP增速超过18.3%的全国平均水平。\n"

SUBJECT = [(SHAANXI_SINA, "78", "59", "51"),
           (SHAANXI_KJB, "77", "36", "31"),
           (SHAANXI_KJB_OF_THEM, "77", "37", "31"),
           (PROVINCES, "27", "8", "7")]


@pytest.mark.parametrize(("text", "whole", "part", "whole_changed"), SUBJECT)
def test_some_of_the_places_are_at_most_all_of_them(article, text, whole, part, whole_changed) -> None:
    code, doc = article(text.format(whole=whole, part=part))
    assert frozenset({f"{whole}个", f"{part}个"}) in [frozenset(c["written"] for c in check["claims"])
                                                    for check in doc["checks"]], doc["checks"]
    assert code == 0 and not alarms(doc)
    new = text.format(whole=whole_changed, part=part)
    _, doc = article(new)
    assert error_at(doc, 1, column(new, f"{part}个")), doc["findings"]


LOOKALIKES_SUBJECT = [
    # other things: 区 are no 县（市）
    "全省78个县(市)实现工业增加值2284.67亿元,同比增长8.5%;全省30个区实现工业增加值900亿元,有34个区增速较快。\n",
    # added to them
    "全市12个乡镇实现财政收入20亿元,另有15个乡镇实现增长。\n",
    # nothing said of them
    "全省12个县(市)实现工业增加值900亿元,有15个县(市)。\n",
]


@pytest.mark.parametrize("text", LOOKALIKES_SUBJECT)
def test_no_part_of_other_places(article, text) -> None:
    code, doc = article(text)
    assert code == 0 and not alarms(doc), doc["findings"]
