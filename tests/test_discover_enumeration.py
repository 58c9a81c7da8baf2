"""Counts and ranks with the names they count, found in articles (discover/enumeration.py), through
`factcheck check ARTICLE`: real sentences of the news corpus (tests/data/articles) as written, then
with the count changed, and the sentences where no list of names must be read.
"""

from __future__ import annotations

import pytest


def records(doc: dict) -> list[dict]:
    return [c for c in doc["checks"] if c["kind"] == "enumeration"]


def written(record: dict) -> list[str]:
    return [c["written"] for c in record["claims"]]


def errors(doc: dict) -> list[tuple[str, list[str]]]:
    return [(f["code"], [c["written"] for c in f["claims"]]) for f in doc["findings"]
            if f["severity"] == "error"]


# --- names after the count: 共8个，分别是：…; 增至24个，分别为… -------------------------------------------
PROVINCES = ("截至4月26日，2021年一季度GDP总量超1万亿元的省份共{n}，分别是：广东省、江苏省、山东省、"
             "浙江省、河南省、四川省、福建省和湖南省。\n")
AIRPORT = ("目前运营4条航线、通航{n}城市，分别为北京、上海、广州、天津、大连、台州和重庆。开航以来共保证"
           "航班起降4000余架次。\n")


@pytest.mark.parametrize(("text", "n", "wrong"), [(PROVINCES, "8个", "9个"), (AIRPORT, "七个", "六个")])
def test_a_count_and_the_names_listed_after_it(article, text, n, wrong) -> None:
    """A count, then 分别是/分别为 and the names it counts, to the end of the clause; the last two
    joined by 和. The figure of another clause before it (4条航线) is no count of the names."""
    code, doc = article(text.format(n=n))
    assert code == 0 and errors(doc) == []
    [found] = records(doc)
    assert (found["how"], found["verdict"], written(found)) == ("stated", "holds", [n])
    code, doc = article(text.format(n=wrong))
    assert code == 1 and errors(doc) == [("FC601", [wrong])]


def test_names_after_bao_kuo_may_be_some_of_them(article) -> None:
    """包括 names some of what is counted (包括北京大学、清华大学…等): no more names than the count."""
    text = ("海淀拥有高等院校83所。其中，在北京共26所的211高校中，海淀独占{n}，包括北京大学、清华大学、"
            "中国人民大学等国内顶尖高校。\n")
    _, doc = article(text.format(n="15所"))
    assert errors(doc) == [] and [r["verdict"] for r in records(doc)] == ["holds"]
    _, doc = article(text.format(n="2所"))
    assert errors(doc) == [("FC601", ["2所"])]


def test_a_name_that_holds_he_is_read_whole_when_the_others_end_alike(article) -> None:
    """软件和信息技术服务业 after names that end in 业 is one name: three industries, and 前五大
    is reported."""
    text = ("目前，428家科创板公司属24个行业，其中前{n}大行业分别是计算机通信和其他电子设备制造业、"
            "专用设备制造业、软件和信息技术服务业，分别包含85家、78家、62家公司。\n")
    _, doc = article(text.format(n="三"))
    assert errors(doc) == [] and [r["verdict"] for r in records(doc)] == ["holds"]
    _, doc = article(text.format(n="五"))
    assert [e[0] for e in errors(doc)] == ["FC601"]


# --- a run of one-character names: 粤港澳三地, 深广港莞居前四 ---------------------------------------------
@pytest.mark.parametrize(("text", "wrong"), [
    ("珠三角是世界级的制造业集聚区，粤港澳{n}形成了先进制造业、现代服务业互补互促的产业格局。\n", "两地"),
    ("粤港澳大湾区企业IPO图谱：深广港莞居{n}，佛山等四地奋起直追\n", "前三"),
])
def test_one_character_names_of_places_before_their_count(article, text, wrong) -> None:
    """A run of one-character names of provinces and cities (粤港澳, 京津冀, 深广港莞) right before a
    count of places (三地) or before 居前N: each character is one place."""
    right = "三地" if wrong == "两地" else "前四"
    _, doc = article(text.format(n=right))
    assert errors(doc) == [] and [right] in [written(r) for r in records(doc)]
    _, doc = article(text.format(n=wrong))
    assert errors(doc) == [("FC601", [wrong])]


@pytest.mark.parametrize("text", [
    "长三角苏浙皖沪三省一市共同推进一体化发展。\n",  # 三省一市: a count of part of the places
    "浙江两地市场主体数量增长较快。\n",  # 浙江 is one name, not two
])
def test_no_run_of_names_where_the_characters_make_a_word_or_the_count_is_of_a_part(article,
                                                                                   text) -> None:
    _, doc = article(text)
    assert records(doc) == [] and errors(doc) == []


# --- names before a rank, and a count that points back to them --------------------------------------
TOP3 = ("从城市来看，上海、北京、苏州拥有科创板上市公司的数量，在所有城市中排名{rank}。这{these}也成为"
        "汇聚全国科创力量的高地。\n")


@pytest.mark.parametrize(("rank", "these", "wrong"), [
    ("前三", "三地", None), ("前四", "三地", "前四"), ("前三", "两地", "两地")])
def test_names_ranked_together_and_the_count_that_points_back(article, rank, these, wrong) -> None:
    """A list that opens a sentence and a rank 前N later in it: the names take the first N places
    together; 这三地 in the next sentence counts the same names. One check holds both figures."""
    code, doc = article(TOP3.format(rank=rank, these=these))
    [found] = records(doc)
    assert written(found) == [rank, these]
    if wrong is None:
        assert code == 0 and found["verdict"] == "holds"
    else:
        assert found["verdict"] == "fails" and errors(doc) == [("FC601", [wrong])]


def test_a_count_with_zhe_points_back_to_the_list_of_the_sentence_before(article) -> None:
    """在这三座城市中: the list that opens the sentence before."""
    text = ("相较重庆实现零的突破，万亿GDP城市中，郑州、泉州、东莞还没有科创板上市公司。在这{n}城市中，"
            "省会城市郑州格外引人关注。\n")
    _, doc = article(text.format(n="三座"))
    assert [(written(r), r["verdict"]) for r in records(doc)] == [(["三座"], "holds")]
    _, doc = article(text.format(n="四座"))
    assert errors(doc) == [("FC601", ["四座"])]


@pytest.mark.parametrize("text", [
    "全市工业、服务业增加值均居全省前三。\n",  # 均: each ranks on its own
    "今年以来，杭州、宁波都居全省前十。\n",
])
def test_names_that_each_rank_are_no_count_of_the_places(article, text) -> None:
    _, doc = article(text)
    assert records(doc) == [] and errors(doc) == []


def test_a_list_of_figures_is_no_list_of_names(article) -> None:
    """打井34眼、引泉7处: the 、 joins figures, not names."""
    _, doc = article("全镇共完成农田水利工程打井34眼、引泉7处，新增灌溉面积200亩。\n")
    assert records(doc) == [] and errors(doc) == []



RANKED_AFTER = ("再来看江苏。江苏省有{n}县（市）入围2021年全国10强县（市），分别是昆山、张家港、江阴、"
                "常熟{four}和太仓市，排名{places}。\n")


@pytest.mark.parametrize(("n", "four", "places", "wrong"), [
    ("5个", "四市", "第三至第七位", None), ("6个", "四市", "第三至第七位", "6个"),
    ("5个", "四市", "第三至第八位", "第三至第八位"), ("5个", "三市", "第三至第七位", "三市")])
def test_a_list_with_a_count_of_its_first_names_and_the_places_after_it(article, n, four, places,
                                                                          wrong) -> None:
    """A list that holds the count of its first names (A、B、C、D四市和E: five names; 四市 counts
    four of them) and, after it, the places the names take (，排名第三至第七位: five places)."""
    code, doc = article(RANKED_AFTER.format(n=n, four=four, places=places))
    assert sorted(written(r) for r in records(doc)) == sorted([[four], [n, places]])
    if wrong is None:
        assert code == 0 and errors(doc) == []
    else:
        assert errors(doc) == [("FC601", [wrong])]


def test_a_conjunction_inside_a_list_leaves_it_unread(article) -> None:
    """广州、深圳和北京、上海…: 和 may join two names or two groups of them; the count is not checked
    against a reading that may be wrong (五地, 四地: the last group or a name with 和 in it), only
    when it counts more places than any reading gives (八地: six names at most)."""
    text = "2021年，广州、深圳和北京、上海、重庆、杭州{n}入选国家首批营商环境创新试点城市。\n"
    for n in ("六地", "五地", "四地"):
        _, doc = article(text.format(n=n))
        assert errors(doc) == []
    _, doc = article(text.format(n="八地"))
    assert errors(doc) == [("FC601", ["八地"])]


def test_a_list_of_actions_is_no_list_of_names(article) -> None:
    """新建、改扩建中小学和幼儿园11所 (tests/data/qingxi-2023.txt): the 、 joins two verbs; 11所 counts
    schools, not the words of the list."""
    _, doc = article("新增学位4800个，新建、改扩建中小学和幼儿园11所。全县共有养老机构23家。\n")
    assert records(doc) == [] and errors(doc) == []


@pytest.mark.parametrize("text", [
    "今年以来，工业投资、技改投资增速位居全省前三。\n",  # rates rank one by one
])
def test_lists_that_count_no_places_or_names(article, text) -> None:
    _, doc = article(text)
    assert records(doc) == [] and errors(doc) == []


@pytest.mark.parametrize(("text", "right", "wrong"), [
    ("2021年，泉州GDP为1.13万亿元，但{n}主导产业为纺织鞋服、石油化工、建材家居，且经济重心更集中于县域。\n",
     "三大", "五大"),
    ("电子信息、装备制造、先进材料和生物医药{n}产业创新集群产值同比增长10.8%。\n", "四大", "六大"),
])
def test_the_size_of_a_group_against_the_names_it_lists(article, text, right, wrong) -> None:
    """三大主导产业为A、B、C; A、B、C和D四大产业: a group of the names listed before or after it is
    read as a figure whatever its size, so that a size the editor changed is reported."""
    _, doc = article(text.format(n=right))
    assert errors(doc) == [] and [r["verdict"] for r in records(doc)] == ["holds"]
    _, doc = article(text.format(n=wrong))
    assert [e[0] for e in errors(doc)] == ["FC601"]


@pytest.mark.parametrize(("rank", "wrong"), [("前十位", None), ("前九位", "前九位")])
def test_the_names_listed_after_the_first_places(article, rank, wrong) -> None:
    """前十位依次为A、B…: the names of the places, in order, after the rank."""
    text = ("全省经济总量{rank}依次为：深圳、广州、佛山、东莞、惠州、珠海、江门、茂名、中山、湛江。\n")
    _, doc = article(text.format(rank=rank))
    [found] = records(doc)
    assert written(found) == [rank]
    assert errors(doc) == ([] if wrong is None else [("FC601", [wrong])])


@pytest.mark.parametrize("text", [
    "5、完全中学22所，比去年增加1所。\n\n6、高级中学13所。\n",  # an education bulletin's items
    "一、上海、北京、深圳三地合计。\n",
    "（3）、南京、苏州、无锡三市。\n",
])
def test_the_mark_that_numbers_an_item_is_no_name(article, text) -> None:
    """5、 一、 （3）、 number the items of a bulletin: the 、 after them does not make a list of
    names (完全中学22所 is no count of "5" and 完全中学), and a list after the mark counts its own
    names only."""
    code, doc = article(text)
    assert code == 0 and errors(doc) == []
    assert all(r["verdict"] == "holds" for r in records(doc))


# --- a count of layers or levels right after its names: 经济、社会、生态三重效益; 市、县、乡三级 ---------
@pytest.mark.parametrize(("text", "n", "wrong"), [
    ("2021年广东经济持续稳定恢复，同时经济面临需求收缩、供给冲击、预期转弱{n}压力。\n", "三重", "五重"),
    ("同时可提供就业岗位，缓解就业压力，可见具有经济、社会、生态{n}效益。\n", "三重", "五重"),
    ("全市建设市、县、乡{n}现代农业示范区125个，节水灌溉面积204.1万亩。\n", "三级", "五级"),
])
def test_a_count_of_layers_after_its_names(article, text, n, wrong) -> None:
    """A list right before N重 or N级 (stat-gd-js-sd-gdp-2021, news-sanyuanpu-town-2020,
    stat-daqing-rural-2014): the count of its names, checked whatever it says; the words before the
    list (预期转弱 ends in 预期) are no estimate of the count."""
    code, doc = article(text.format(n=n))
    assert code == 0 and errors(doc) == []
    [found] = records(doc)
    assert found["verdict"] == "holds"
    code, doc = article(text.format(n=wrong))
    assert code == 1 and [code for code, _ in errors(doc)] == ["FC601"]


@pytest.mark.parametrize("text", ["公司与中国一重签订合同。\n", "这本书讲述了三重门的故事。\n",
                                  "国家一级、二级保护动物共20种。\n"])
def test_layers_and_grades_without_a_list_are_no_counts(article, text) -> None:
    """中国一重 (a company), 三重门 (a title), 一级、二级保护动物 (grades): no list of names before the
    numeral, no count."""
    _, doc = article(text)
    assert records(doc) == [] and errors(doc) == []


# --- a count in quotes with its names: A、B、C“五个跃升”; “三驾马车”：投资、消费、外贸 ---------------
@pytest.mark.parametrize(("text", "n", "wrong"), [
    ("重点工作包括打造数字经济“一号工程”升级版，推进产业能级、创新模式、数字赋能、数据价值、普惠共享"
     "“{n}”等。\n", "五个跃升", "七个跃升"),
    ("再从拉动经济增长的“{n}”：投资、消费、外贸，来具体看一下。\n", "三驾马车", "五驾马车"),
])
def test_a_count_in_quotes_with_the_names_around_it(article, text, n, wrong) -> None:
    """news-zhejiang-decade-2022 and news-shenzhen-3trillion-2021: a quoted count right after the
    list of its names, or followed by a colon and the list. Other quoted numbers stay names."""
    code, doc = article(text.format(n=n))
    assert code == 0 and errors(doc) == []
    assert [r["verdict"] for r in records(doc)] == ["holds"]
    code, doc = article(text.format(n=wrong))
    assert code == 1 and [code for code, _ in errors(doc)] == ["FC601"]


@pytest.mark.parametrize("text", [
    "形成了以广州科学城、中新知识城、国际生物岛“两城一岛”为核心，多个特色园区协调发展的格局。\n",
    "为全市“532”发展战略和高新区纵深推进“三大工程”、持续扮靓“六张高新名片”贡献更多薛家力量。\n",
])
def test_quoted_counts_after_no_list_of_names(article, text) -> None:
    """news-gba-ipo-2021: 广州科学城、中新知识城、国际生物岛“两城一岛” names two 城 and one 岛, not
    two things; facts/xuejia-2023.txt: clauses joined by 、 before “六张高新名片” are no names."""
    code, doc = article(text)
    assert code == 0 and errors(doc) == [] and records(doc) == []


@pytest.mark.parametrize("text", [
    "今日新增本土确诊病例20宗，其中河北、山东、河南各5宗，北京5宗。\n",
    "长青科技、天元智能均为3家子公司的控股股东。\n",
])
def test_a_figure_for_each_name_counts_no_names(article, text) -> None:
    """Form: A、B、C各n — 各 (均, 分别) makes n each name's own figure: not a count of the three."""
    code, doc = article(text)
    assert code == 0 and errors(doc) == [] and records(doc) == []


# --- a place right after the names just ahead of it: 紧跟上海和北京，位列全国第三 ------------------------
def expectations(doc: dict) -> list[tuple[str, str, list[str]]]:
    """The expression checks of places (not the comparisons of figures: 仅次于湖北省的58.3%)."""
    return [(c["how"], c["verdict"], written(c)) for c in doc["checks"]
            if c["kind"] == "expression" and not c["check"].endswith("_compared")]


@pytest.mark.parametrize(("text", "good", "bad"), [
    ("2021年，浙江省人均可支配收入在全国内陆31省份排名中，紧跟上海和北京，位列{a}，其中农村居民收入"
     "仅次于上海，位列{b}。\n", ("全国第三", "全国第二"), ("全国第五", "全国第三")),
    ("19.8%的同比增速目前仅次于湖北省，全国排名{a}。这一数据还高出全国1.5个百分点。\n{b}\n",
     ("第二", ""), ("第五", "")),
])
def test_a_place_after_the_names_ranked_just_ahead(article, text, good, bad) -> None:
    """Form: 仅次于/紧跟 + the names ahead, then in the next clause 位列/排名 + 第N: N is one more
    than the names (stat-kunshan-yiwu-2021, news-27prov-q1-2021). A rank set one place too low or
    too high is reported at the rank."""
    code, doc = article(text.format(a=good[0], b=good[1]))
    assert code == 0 and errors(doc) == []
    places = [x for x in good if x]
    assert expectations(doc) == [("stated", "holds", [x.removeprefix("全国")]) for x in places]
    code, doc = article(text.format(a=bad[0], b=bad[1]))
    wrong = [x.removeprefix("全国") for x in bad if x]
    assert code == 1 and errors(doc) == [("FC801", [x]) for x in wrong]


@pytest.mark.parametrize("text", [
    "一季度浙江省GDP为16347亿元，同比增长19.5%，增速仅次于湖北省的58.3%和海南省的19.8%，位列第三。\n",
    "江苏省紧随其后，以25878.38亿元排名第二。\n",
    "浙江省增速仅次于上海，与北京并列第二。\n",
    "杭州GDP紧随深圳之后，位列第三。\n",
    "该市GDP仅次于上海、北京等城市，排名第五。\n",
])
def test_no_place_from_figures_or_pronouns_ahead(article, text) -> None:
    """Figures ahead (湖北省的58.3%) are no names, 紧随其后 points elsewhere, a tie (并列) breaks
    the count of places, 紧随深圳之后 names only the one right ahead, and 等 some of them: no
    expectation."""
    code, doc = article(text)
    assert code == 0 and errors(doc) == [] and expectations(doc) == []


# --- a count of points and the points numbered after it: 八大关注点 … 关注点一…; 两个方面：一是…二是… ---
def points(doc: dict) -> list[tuple[str, str, list[str]]]:
    return [(r["how"], r["verdict"], written(r)) for r in records(doc)]


def messages(doc: dict) -> list[str]:
    return [f["message"] for f in doc["findings"]]


@pytest.mark.parametrize(("text", "n", "wrong", "names"), [
    ("下一步重点抓好{n}方面：一是加强基础设施、公共服务和产业配套建设；二是优化营商环境。\n",
     "两个", "三个", ["加强基础设施", "优化营商环境"]),
    ("国家统计局副局长盛来运在国新办新闻发布会上用{n}关键词评价一季度中国经济运行情况：第一个关键词是"
     "持续回升；第二个关键词是起步平稳；第三个关键词是稳中有进；第四个关键词是开局良好。\n",
     "四个", "五个", ["持续回升", "起步平稳", "稳中有进", "开局良好"]),
])
def test_a_count_of_points_numbered_after_its_colon(article, text, n, wrong, names) -> None:
    """Form: N个方面/关键词/特点…： then 一是…；二是… (or 第一个关键词是…): the points numbered from
    一 after the colon of the count's sentence are what it counts (a 、 inside a point joins no
    names). A count changed in editing is reported at the count."""
    code, doc = article(text.format(n=n))
    assert code == 0 and errors(doc) == []
    assert points(doc) == [("stated", "holds", [n])]
    code, doc = article(text.format(n=wrong))
    assert code == 1 and errors(doc) == [("FC601", [wrong])]
    assert f"lists {len(names)} name(s) ({'、'.join(names)})" in messages(doc)[0]


ZHEJIANG = ("不断迭代升级共同富裕体系架构，浙江需回答好{n}问题。\n\n一是探索实现以人的现代化为核心的"
            "共同富裕新目标。\n\n二是探索创新引领高质量发展新模式。\n\n三是探索持续缩小“三大差距”新路径。\n\n"
            "四是探索构建共富型制度政策新体系。\n\n五是探索完善党建统领共建共享新机制。\n")
FOCUS = ("来看发布会{n}关注点。\n\n关注点一：前三季度GDP同比增长9.8%\n\n国家统计局发布数据。\n\n"
         "关注点二：城镇新增就业人数完成全年目标\n\n关注点三：居民收入与经济增长基本同步\n")
HEADINGS = ("总结上年，我市农村经济在新常态下呈现出{n}新亮点，期望能持续并实现新发展。\n\n一、粮食产量稳步"
            "增长，粮食生产能力持续增强。\n\n全市粮食总产量实现“十一连增”。\n\n二、畜牧结构日趋优化，"
            "规模养殖快速发展。\n\n三、设施农业发展迅速，棚室面积不断扩大。\n")


@pytest.mark.parametrize(("text", "n", "wrong", "count"), [
    (ZHEJIANG, "五个", "七个", 5), (FOCUS, "三大", "五大", 3), (HEADINGS, "三个", "五个", 3)])
def test_a_count_of_points_numbered_in_the_next_paragraphs(article, text, n, wrong, count) -> None:
    """Form: a paragraph that ends with N个问题/N大关注点/N个新亮点, then paragraphs opened by 一是…,
    关注点一…, or headings 一、… (news-zhejiang-decade-2022, stat-cn-2021q3, stat-daqing-rural-2014):
    the run of points numbered from 一 is what the count counts. The points are far from the count,
    so a count that differs is a warning."""
    code, doc = article(text.format(n=n))
    assert code == 0 and doc["findings"] == []
    assert points(doc) == [("linked", "holds", [n.replace("大", "个")])]
    code, doc = article(text.format(n=wrong))
    assert code == 0 and [(f["severity"], f["code"]) for f in doc["findings"]] == [("warning", "FC601")]
    assert f"lists {count} name(s)" in messages(doc)[0]


@pytest.mark.parametrize("text", [
    "全市新建5个重点项目，其中3个已经开工。\n\n一、工业生产平稳增长。\n\n二、投资结构持续优化。\n",
    "经济运行呈现三个特点，总体平稳。主要指标在预期的目标区间之内，波动幅度不大，就业形势总体也是比较稳定的。\n\n"
    "一是增长。\n\n二是稳定。\n",
    "从三个方面分析：一、二季度经济增长较快。\n",
])
def test_no_count_of_points_without_its_numbered_points(article, text) -> None:
    """No count of points when the count names no points (5个重点项目), its paragraph goes on after
    it, or what follows its colon is no run of numbered points (一、二季度)."""
    code, doc = article(text)
    assert code == 0 and errors(doc) == [] and points(doc) == []


# --- months named before their count: 7、8、9三个月 --------------------------------------------------
@pytest.mark.parametrize(("text", "rates"), [
    ("一是就业总体状况有所改善。{a}，全国城镇调查失业率分别为5.1%、5.1%和4.9%，走势稳中有降。\n",
     ["5.1%", "5.1%", "4.9%"]),
    ("二是主体人群就业大体稳定。{a}，25-59岁就业主体人群的城镇调查失业率分别为4.2%、4.3%和4.2%，"
     "失业率水平比较低，保持基本稳定。\n", []),  # other figures (25-59岁) before 分别: not joined
])
def test_months_named_before_their_count(article, text, rates) -> None:
    """Form: the numbers of months joined by 、, then their count (7、8、9三个月, stat-cn-2021q3
    lines 25 and 27): three months named, so 三个月 is a count of names, not a span of time. The
    three rates 分别 gives the months are held by the check too (session 14)."""
    code, doc = article(text.format(a="7、8、9三个月"))
    assert code == 0 and errors(doc) == []
    assert [(r["how"], r["verdict"], sorted(written(r))) for r in records(doc)] == [
        ("stated", "holds", sorted([*rates, "三个"]))]
    code, doc = article(text.format(a="7、8、9五个月"))
    assert code == 1 and errors(doc) == [("FC601", ["五个"])]


def test_a_span_of_months_is_no_count_of_names(article) -> None:
    """三个月 with no months named before it stays a span of time (no list, no check)."""
    code, doc = article("全国城镇调查失业率连续三个月下降，9月份为4.9%。\n")
    assert code == 0 and records(doc) == []


@pytest.mark.parametrize("text", [
    # tests/data/smoke/provinces-gdp-q1-2022.txt line 3 (新浪财经, 2022-04): 包括 lists all 11
    "有11个省份超过万亿，比去年一季度超过万亿的省份多3个，包括广东、江苏、山东、浙江、河南、四川、福建、"
    "湖南、湖北、安徽、上海。\n",
    # the same form where the names are the extra ones: the words do not say which
    "全市国家级专精特新企业达到12家，比上年增加3家，包括甲公司、乙公司和丙公司。\n",
])
def test_a_count_that_is_a_difference_counts_no_list(article, text) -> None:
    """多3个，包括…: the names may be the 3 extra or all of them — no enumeration on the 3."""
    _, doc = article(text)
    assert not [c for c in doc.get("checks", []) if c["kind"] == "enumeration"
                and any(x["written"] in ("3个", "3家", "增加3家") for x in c["claims"])]
    assert [f for f in doc["findings"] if f["severity"] == "error"] == []


# 2022 investment news (the 中央经济工作会议 phrase, in many articles of the year): the list opens
# after 面临, and its last name carries the 的 before the count
PRESSURES = ("在全球疫情持续、中国经济发展面临需求收缩、供给冲击、预期减弱的{n}重压力下，"
             "投资增速超出市场预期。\n")


@pytest.mark.parametrize(("n", "verdict"), [("三", "holds"), ("四", "fails")])
def test_a_list_opens_after_the_verb_that_introduces_it(article, n, verdict) -> None:
    """全球疫情持续 stands before 面临: not one of the three pressures."""
    code, doc = article(PRESSURES.format(n=n))
    [r] = [c for c in doc["checks"] if c["kind"] == "enumeration"]
    assert r["verdict"] == verdict and code == (verdict == "fails")
