"""Counts with the names they count (discover/enumeration.py, figures/names.py), session 10: the
forms of Chinese writing that tie a count to its names, on real sentences through `factcheck check
ARTICLE` — as written (no error, an enumeration check), with the count changed (an error naming
its line:column), and the near misses that must not pair. The article's first line is its title.
"""

from __future__ import annotations

import pytest
from helpers import error_findings

TITLE = "标题\n"


def named(doc: dict, line: int, at: int, width: int) -> bool:
    """Whether an error names a claim printed over columns [at, at + width) of the line."""
    return any(c.get("article") and c["article"]["line"] == line and c["article"]["column"] < at + width
               and at < max(c["article"]["end_column"], c["article"]["column"] + 1)
               for f in error_findings(doc) for c in f["claims"])


def holds_then_fails(article, text: str, written: str, wrong: str) -> None:
    """The text as written passes with an enumeration check; with ``written`` changed to ``wrong``
    an error names it."""
    code, doc = article(TITLE + text)
    assert code == 0 and error_findings(doc) == [], error_findings(doc)
    assert any(c["kind"] == "enumeration" for c in doc["checks"]), doc["checks"]
    changed = text.replace(written, wrong, 1)
    code, bad = article(TITLE + changed)
    line = changed.split("\n")[0]
    assert code == 1 and named(bad, 2, line.index(wrong) + 1, len(wrong)), bad["findings"]


def quiet(article, text: str) -> None:
    """No error, and no enumeration check either."""
    code, doc = article(TITLE + text)
    assert code == 0 and error_findings(doc) == [], error_findings(doc)
    assert not any(c["kind"] == "enumeration" for c in doc["checks"]), doc["checks"]


# --- names a copula ties to a group: A、B以及C是公司的四大支柱产业; A、B，是X的五大Y ------------------------
#: code corpus, stored file id 38586706154 (拜耳公司简介), as written
BAYER = "高分子、医药保健、化工以及农业是公司的四大支柱产业。公司的产品种类超过10，000种。\n"
#: code corpus, stored file id 31198728360 (a news page on 天津开发区), as written
TEDA = "汽车、电子、石油化工、医药健康、装备制造，是天津开发区的五大支柱产业。\n"
#: pages corpus, http://big5.www.gov.cn/gate/big5/www.gov.cn/jrzg/2010-07/01/content_1642912.htm
#: (新华社, 吉林探索推进汽车和石化两大支柱产业融合新课题), as written
JILIN = "新華社長春7月1日電(記者 褚曉亮)汽車和石化是吉林省的兩大支柱産業,分別重點佈局于長春市和吉林市。\n"
#: code corpus, stored file id 62597555515 (a survey of LLM data management), as written
DATA_TASKS = "在\"数据维护\"维度下，版本控制、血缘追踪和合规管理被列为三大核心任务。\n"
#: code corpus, stored file id 53774951383 (a market report on 特种建材), as written
MATERIALS = ("城市更新打开增量空间，绿色建材、智能建材、高性能结构材料被列为三大核心增长极。\n")
#: code corpus, stored file id 66178655343 (wiki notes, 文学体裁), as written
GENRES = "文学一般分为小说、散文、诗歌、剧本，并称为四大文学体裁；\n"


@pytest.mark.parametrize(("text", "written", "wrong"), [
    (BAYER, "四大", "五大"), (TEDA, "五大", "六大"), (JILIN, "兩大", "三大"),
    (DATA_TASKS, "三大", "四大"), (MATERIALS, "三大", "五大"), (GENRES, "四大", "五大")])
def test_names_a_copula_makes_the_members_of_a_group(article, text, written, wrong) -> None:
    holds_then_fails(article, text, written, wrong)


@pytest.mark.parametrize("text", [
    # code corpus, stored file id 54331290455: 与 joins the subject, one more than the names
    "猴头菇是我国传统的名贵食用菌，与熊掌、燕窝、鱼翅并称为四大名菜。\n",
    # code corpus, stored file id 37693685630: the same, with the group in quotes
    "东阳木雕与福建惠安石雕、浙江青田石雕、江苏苏州玉雕并称为“中国四大名雕”。\n",
    # code corpus, stored file id 53218188097: 与…一起 joins the subject
    "Wav2Vec 2.0 是自监督学习在语音领域的突破性工作，与 BERT (文本)、MAE (图像) 一起构成了三大模态的"
    "自监督预训练里程碑。\n",
    # built on code corpus ids 58870883135 (端砚是中国四大名砚之首) and 3477374479 (是中国四大汽车集团
    # 之一), with a second name: the names are some of the group
    "端砚、歙砚是中国四大名砚之首。\n",
    "中国长安汽车集团、江铃汽车是中国四大汽车集团之一。\n",
    # constructed: what the group rests on, not its members
    "以纺织服装、食品加工为主的三大产业快速发展。\n",
    # constructed: 均为, each name is one of them
    "北京、上海均为三大中心城市。\n",
    # pages corpus (新华社, as above): the leading firms of the two industries, not the industries
    "为加快促进汽车和石化产业融合，吉林省依托一汽集团和吉林石化公司这两大产业中的龙头企业，联合省内相关的"
    "企业和科研院所。\n",
])
def test_names_that_are_not_the_members_of_a_group(article, text) -> None:
    quiet(article, text)


# --- the first places, then the names that take them: 前五名是A、B、C、D、E ---------------------------------
#: pages corpus, http://acenettech.com.cn/html/jingji/8530.html (山东各县市区前三季度GDP排名), as written
COUNTIES_TOP5 = ("记者注意到,相比今年上半年各县(市、区)P排名,前三季度前五名是青岛黄岛区、济南历下区、"
                 "青岛即墨区、张店区、荣成市。\n")
COUNTIES_GROWTH = ("前三季度P增长幅度前十名,为博兴县(15.81%)、济南章丘区(11.10%)、日照岚山区(10.90%)、"
                   "青岛李沧区(10.50%)、费县(9.50%)、青岛黄岛区(9.40%)、济南历下区(9.19%)、济南市中区(9.17%)、"
                   "济南长清区(9.03%)、临沂罗庄区(9.00%)。\n")
COUNTIES_PER_HEAD = ("前三季度人均P前十名为青岛黄岛区、东营河口区、青岛市南区、东营垦利区、济南历下区、"
                     "龙口市、荣成市、广饶县、长岛县、青岛城阳区。\n")
#: code corpus, stored file id 23227225276 (阮一峰 科技爱好者周刊), as written
WORKPLACES = "员工心目中的最佳工作场所前三名依次是 Facebook、西南航空和 Salesforce。下面是对它们的评语。\n"
#: code corpus, stored file id 33644980185 (a company's year-end awards), as written
AWARDS = "2018年度价值观提报颁奖中：年度价值观推优上榜次数前三名依次是钟齐梅、潘克彬、李清清；\n"
#: code corpus, stored file id 37245958064 (an analysis of tweets), as written
CLIENTS = ("sources 变量显示 twitter 的移动使用占据了首位。前三名依次是 iPhone、Android 和 Twitter "
           "网络客户端。\n")


@pytest.mark.parametrize(("text", "written", "wrong"), [
    (COUNTIES_TOP5, "前五名", "前六名"), (COUNTIES_GROWTH, "前十名", "前九名"),
    (COUNTIES_PER_HEAD, "前十名", "前八名"), (WORKPLACES, "前三名", "前四名"),
    (AWARDS, "前三名", "前五名"), (CLIENTS, "前三名", "前两名")])
def test_the_first_places_then_the_names_that_take_them(article, text, written, wrong) -> None:
    holds_then_fails(article, text, written, wrong)


@pytest.mark.parametrize("text", [
    # pages corpus, acenettech.com.cn (as above): the 、 of 县(市、区) is inside the brackets
    "相比今年上半年推背图全文各县(市、区)P排名前四名位次没有变化。\n",
    # code corpus, stored file id 55105363764: the points of the first ten places, not names
    "积分：前十名为 25、18、15、12、10、8、6、4、2、1；杆位另加 3 分、最快圈另加 1 分。\n",
    # code corpus, stored file id 67199960678: the columns of a table of the first ten
    "天池使用赛事网页的蓝紫色、浅色背景和灰色表头，前十名为排名、团队名称、组织、分数四列。\n",
    # code corpus, stored file id 3591563457: one name (the comma is inside its brackets)
    "可以看到熱門的專業需求前三名是比較大範圍的語言學專業（應用，一般與計算語言學），熱門語言則是英文，西班牙文和德文。\n",
])
def test_places_with_no_list_of_their_names(article, text) -> None:
    quiet(article, text)


# --- two names joined by 和 right before the size of their group: 汽车和石化两大支柱产业 --------------------
#: pages corpus, http://big5.www.gov.cn/gate/big5/www.gov.cn/jrzg/2010-07/01/content_1642912.htm (its
#: title), as written
JILIN_TITLE = "吉林探索推進汽車和石化兩大支柱産業融合新課題\n"
#: code corpus, stored file id 39888759762 (a rail-ticket assistant's answer), as written
GUANGSHEN = "小贴士：广深城际是粤港澳大湾区的重要交通纽带，连接广州和深圳两大核心城市。\n"
#: code corpus, stored file id 52492393765 (a text on China's high-speed rail), as written
JINGHU = "京沪高铁全长1318公里，连接北京和上海两大城市，全程最快仅需4小时18分钟。\n"
#: code corpus, stored file id 69083254625 (a group's annual summary), as written
SEGMENTS = "智能制造与数字服务两大板块合计贡献集团营业收入的 62.3%，仍是核心增长引擎。\n"
#: pages corpus, http://www.nsbwy.com/ezhou/p/17621600.html (荆楚网, 鄂州构建“两翼齐飞”新格局), as written
EZHOU = ("荊楚網(湖北日報網)訊(記者 阮瓊 通訊員 陳穩定)花湖機場和武漢新城兩大省級戰略疊加,鄂州如何抓牢機遇,"
         "全域推進城市和產業集中高質量發展?\n")


@pytest.mark.parametrize(("text", "written", "wrong"), [
    (JILIN_TITLE, "兩大", "三大"), (GUANGSHEN, "两大", "三大"), (JINGHU, "两大", "四大"),
    (SEGMENTS, "两大", "三大"), (EZHOU, "兩大", "三大")])
def test_two_names_joined_before_their_group(article, text, written, wrong) -> None:
    holds_then_fails(article, text, written, wrong)


@pytest.mark.parametrize("text", [
    # code corpus, stored file id 37595573821 (新华社): two attributes of one subject, and the
    # largest two (前两大)
    "作为联合国安理会常任理事国和世界前两大经济体，我们不仅要引领中美关系沿着正确轨道向前发展。\n",
    # pages corpus (新华社, as above): the leading firms of the two industries
    "吉林省依托一汽集团和吉林石化公司这两大产业中的龙头企业，联合省内相关的企业和科研院所。\n",
    # code corpus, stored file id 54864645395: no names before the group
    "同时也是北美板块与欧亚板块的交界裂谷带，可沿步道走在两大板块之间。\n",
    # constructed: 等, some of them; 与 opens the pair
    "汽车和石化等三大产业发展较快。\n",
    "加强与长三角和珠三角两大城市群的合作。\n",
])
def test_pairs_that_are_not_the_members_of_a_group(article, text) -> None:
    quiet(article, text)


# --- 以上7个县(市、区): a count that points back to the places its sentence listed ---------------------
#: pages corpus, http://lfxww.peaapk.com/lfsq/67692.html (临汾新闻网, 上半年临汾县域经济发展情况浅析),
#: as written
LINFEN = ("上半年全市7个平川县市区对全市经济贡献率分别为洪洞县(23.9%)、尧都区(16.9%)、翼城县(11.9%)、"
          "襄汾县(10%)、曲沃县(8.2%)、霍州市(5.4%)和侯马市(0.5%),对全市GDP拉动力分别为6.0、4.3、3.0、2.5、"
          "2.1、1.4和0.1个百分点,以上7个县(市、区)对全市经济贡献率达到76.8%,拉动GDP上升19.4个百分点。\n")


def test_a_count_that_points_back_to_the_places_listed(article) -> None:
    holds_then_fails(article, LINFEN, "以上7个", "以上8个")


# --- the size of a group, a comma, then 分别是/即 and its members: 三大板块，分别是A、B、C -----------------
#: code corpus, stored file id 4347630137 (a blog post on the Acode editor), as written
SIDEBAR = "打开侧边栏，可以看到有三大板块，分别是文件、搜索、插件。\n"
#: code corpus, stored file id 9214676691 (a blog platform's introduction), as written
BLOG = "此博客平台预设计总共四大板块，分别是博主版块、审批版块、评论板块和管理员版块。\n"
#: constructed in the words of 政府工作报告
CLUSTERS = "全省着力打造五大产业集群，即汽车、电子、石化、钢铁和纺织。\n"


@pytest.mark.parametrize(("text", "written", "wrong"), [
    (SIDEBAR, "三大", "四大"), (BLOG, "四大", "五大"), (CLUSTERS, "五大", "六大")])
def test_a_group_then_its_members_after_a_comma(article, text, written, wrong) -> None:
    holds_then_fails(article, text, written, wrong)


@pytest.mark.parametrize("text", [
    # code corpus, stored file id 29196447609: what each part holds, not names
    "本章节分为两大板块，分别是ChatGPT的使用指南和使用LangChain操作LLM。\n",
    # code corpus, stored file id 33138493239: the members in the lines after the colon
    "它分为了六大板块，分别是：\n\n  * Modules：展示所有的模块，每个模块对应一个文件。\n",
    # constructed: after a comma, 是 says something else of the group
    "我市三大产业，是经济增长的主要动力和支撑。\n",
])
def test_a_group_and_a_comma_with_no_members_after(article, text) -> None:
    quiet(article, text)
