"""Lists of names a count introduces: 长青科技、天元智能两家企业, A、B等5段河道, 包括A、B在内的四个
(some of them), 江西（6.9%）、福建（6.7%）…7省份 (names with their figures in brackets)."""

from __future__ import annotations

from ..article import ArticleText
from ..patterns import compiled, later
from ..places import is_place_name
from ..quantity import QuantityError, parse_quantity
from .clauses import _after_last
from .figure import Figure

_LIST_LEAD = later(
    r"^(?:(?:这里|其中|先后|相继|共有|拥有|包括|涵盖|推动|推进|实现|完成|引进|培育|新增|建成|"
    r"打造|实施|开展|落实|组织|举办|集聚|集中|汇集|汇聚|聚集|集|如|有|以|将|对|由|在|与|和|了))+"
)
_SEPARATORS_HARD = "，,。；;：:！!？?\n"
#: The mark that numbers an item of a list or a section (5、 一、 (3)、 第二、): never a name.
LIST_MARKER = later(r"\s*(?:第?[一二三四五六七八九十]{1,3}|[0-9]{1,2}"
                         r"|[（(][0-9一二三四五六七八九十]{1,3}[)）])\s*")
#: A list of names ending right before a count, or before 共/合计/这…: 甲、乙、丙共三所.
_ADJACENT_LIST = later(
    r'((?:"[^"]{1,20}"|[^、"，,。；;：:]{1,24})(?:、(?:"[^"]{1,20}"|[^、"，,。；;：:]{1,14}))+)'
    r"(?:共|共计|合计|总计|总共|这|这些|等共)?$")
#: The last group of a list that counts the rest (广州、深圳和其他四地): not names.
_OTHERS = later(r"(?:其他|其它|其余|另外|另)")
#: Counters of places, whose names are short and split at every 、 and 和 at most.
_PLACE_COUNTERS = ("地", "市", "省", "区", "县", "城", "座", "国", "省份")
#: Counters of events (cases, checks, deals): a list right before one names kinds of them (内幕交易、
#: 异常交易核查10单), not the events counted.
EVENT_COUNTERS = frozenset("单起次件例笔")
#: Counters of vehicles, machines, vessels and livestock, counted one by one.
_OBJECT_COUNTERS = frozenset("辆台架艘头匹")
#: The longest clause a list of names for a count is looked for in (a dozen names and the words
#: that lead them): beyond it, a clause holds no such list, and the look costs nothing.
_LONGEST_LIST = 400
#: The longest first item of a list that holds the words leading its clause before its name.
_LONGEST_LEAD = 30
#: A verb that opens a list inside a clause (…面临需求收缩、供给冲击、预期减弱的三重压力): the names
#: start after its last use; what stands before it is no name of the list.
_OPENER = later(r"(?:面临|面对|包括|涵盖|经历|遭遇|应对|克服|受到)(?!.*(?:面临|面对|包括|涵盖|经历|遭遇|"
                r"应对|克服|受到))")
#: A measure noun ending a list: the items before it qualify it (订车、提车人数, 进、出口总额), they
#: are no names.
MEASURE_NOUN = later(r"(?:人数|数量|总数|总量|金额|总额|次数|规模|比例|户数|个数|人次)$")
_QUOTED = later(r'"([^"]{1,20})"')
_QUOTED_LIST = later(r'(?:"[^"]{1,20}"[、和及与]?)+')
#: A run of two quoted names or more ending a clause, with or without 、 or 和 between them
#: (“写什么”“怎么写”和“怎么组织”三大问题; quotes are " as scanned).
_QUOTED_RUN = later(r'(?:"[^"]{1,20}"(?:、|和|及|与|以及)?){2,}$')
#: A conjunction between two names, not a character of a word (呼和浩特, 和谐, 埃及, 涉及, 参与).
CONJUNCTION = r"以及|(?<![呼共饱缓总])和(?![浩谐平])|(?<![涉普波埃])及(?!其(?!他)|时|格)|(?<![参给])与"
_ITEM_BREAK = later(r"[、]|(?<=.)(?:" + CONJUNCTION + r")(?=.)")
_CONJUNCTION = later(CONJUNCTION)
#: A list of names opening a clause (A、B成为…), read where the clause counts them.
_LEADING_LIST = later(r'((?:"[^"]{1,20}"|[^、"]{1,14})(?:、(?:"[^"]{1,20}"|[^、"]{1,14}?))+)'
                      r'(?=成为|入选|获评|获得|荣获|分别|均|等|共|被|是|为|作为)')
#: Words between a list and a figure that make the figure each name's own (各5宗, 均为3家).
_EACH = later(r"(?:各|均|分别|各自|每个|每家)(?:有|为|是|达|达到)?$")


#: Words that make a list item a clause rather than a name (打井34眼、引泉7处; 惠州的…也由1家; 均为,
#: 分别, 其中, 占), a numeral with its counter (四市: a count, not a name; 做实四篇文章, 打好三大攻坚
#: 战: a verb and its object) or a grade (国家一级、二级保护动物共20种: the 20 are animals, not the
#: two grades).
_CLAUSE_WORDS = later(r"[0-9０-９%％]|[一二两三四五六七八九十][个家所座地项市省县类种级等篇条张件大]|"
                      r"的|也|(?<!自)由|是|为|了|在|将|被|均|各|分别|其中|占")
#: What a thing is, not its name: a degree (更重要、更领先的指标) or a result (1、一季度亏损、中报盈利:
#: the conditions a list of firms meets).
_PREDICATE = later(r"^(?:更|最|很|较|非常|十分|比较)|亏损|盈利|扭亏|大于|小于|高于|低于")
#: Kinds of things, not names of them (其中医院、卫生院55个; 专科疾病防治院、所、站4个; 31个省（自治区、
#: 直辖市）; 21个乡镇（办事处、管委会）).
_GENERIC = frozenset("医院 卫生院 卫生所 卫生室 诊所 门诊部 疗养院 所 站 中心 学校 小学 中学 大学 高校 "
                     "幼儿园 企业 公司 银行 工厂 景区 社区 村 镇 乡 街道 园区 项目 "
                     "办事处 管委会 居委会 村委会 "
                     "省 市 区 县 自治区 直辖市 自治州 地区 盟 旗 特别行政区".split())


#: A verb that takes a counted object (打造四个小雄, 打造三个园区), maybe after the adverb that urges it.
_BARE_VERB = later(r"(?:着力|重点|全力|努力|大力|积极|加快|全面|继续|持续|深入|进一步)?"
                   r"(?:打造|建设|建成|创建|构建|形成|实施|推进|推动|培育|引进|新建|新增|开展|落实|抓好|"
                   r"做好|办好|突出|坚持|实现|完成|建立|组建|举办|组织)")


def a_verb_of_the_count(items: list[str]) -> bool:
    """A list whose last item is a bare verb after longer items, phrases of their own (坚持招商引资、
    打造三个园区; 实施四大战略、打造四个小雄; 做实四篇文章、推进四个着力): the count after it is that
    verb's object's (the 园区), the 、 joins actions, and the list names nothing the count counts.
    Bare words side by side (讨论、计划、实施三个阶段; 规划、建设、管理三个环节) name the steps counted."""
    last = items[-1] if items else ""
    return len(items) >= 2 and bool(_BARE_VERB.fullmatch(last)) \
        and all(len(x) >= len(last) + 2 for x in items[:-1])


def kinds_of_one_noun(items: list[str]) -> bool:
    """Short words before a long last item, or words cut inside brackets, are kinds of one thing,
    not names of things: 调频、电视转播发射台9座 and 中、短波转播发射台38座 (the short words qualify
    the last item's head noun, and the count is of that noun); 妇幼保健院（所、站）6个 (the 、 is
    inside the brackets that give the kinds of a body)."""
    if any(x.count("（") + x.count("(") != x.count("）") + x.count(")") for x in items):
        return True
    earlier = max((len(x) for x in items[:-1]), default=0)
    return len(items) >= 2 and earlier <= 2 and len(items[-1]) >= earlier + 4


#: 改、扩建 (改建、扩建), 新、改、扩建: the first characters of verbs of building joined by 、 before the
#: last one's 建, which they share.
_BUILD_SHORT = later(r"[新改扩擴续續在重翻筹籌]、(?:[新改扩擴续續在重翻筹籌]、)*[新改扩擴续續在重翻筹籌]建")


def verbs_written_short(items: list[str]) -> bool:
    """完成改、擴建幼兒園28所: single characters joined by 、 before the verb character they share are
    verbs written short (改建、扩建), not names the count counts."""
    return bool(_BUILD_SHORT.search("、".join(items)))


def kinds_of_objects(items: list[str], counter: str, count) -> bool:
    """A list right before a larger count of vehicles, machines or animals (辆, 台, 头) names kinds
    or faults of them (整治無牌無證三輪車、麵包車8台; 無牌無證、非法安裝遮陽傘摩托車16輛): the count is
    of the things, not of the names. As many names as the count, or more, still name them (辽宁舰、
    山东舰两艘航母)."""
    return counter in _OBJECT_COUNTERS and count > len(items)


def latin_name(item: str) -> bool:
    """A name in Latin letters, maybe with digits (NLVR2, GLM-5, Kimi K2.5): no clause."""
    return bool(_LATIN_NAME.fullmatch(item.strip()))


def not_a_name(item: str, leading: bool = False) -> bool:
    """An item of a 、 list that says what a thing is or what kind it is, never which one, or
    that holds the words of a clause. ``leading``: the first item of a list, which may still hold
    the words that lead its clause (其中北京、上海): only what it says of the thing counts."""
    return item in _GENERIC or bool(_PREDICATE.search(item)) or \
        (not leading and bool(_CLAUSE_WORDS.search(item)))


#: 等 inside the last name of a list, words after it: the list ends there and the words are the noun
#: its names qualify (文旅、工业、商贸等产业项目9个; 华为、中兴等企业5家). Not the 等 of a word (高等,
#: 中等, 平等, 同等, 等级, 等于).
_DENG_INSIDE = later(r"(?<![高中初平对同均上优次])等(?![等级候于同待])(?=[\u4e00-\u9fff])")
#: A noun after 等 that names a kind of the things counted (产业, 行业, 领域 …, maybe after 重点/新兴).
_KIND_AFTER_DENG = later(r"[\u4e00-\u9fff]{0,4}?(?:产业|行业|领域|类型|类别|门类|板块|业态|方面|类)")


def ended_by_deng(items: list[str]) -> tuple[list[str], bool] | None:
    """The names of a list whose last item holds 等 and more words, and whether they are all: the
    list ends at 等 and the words after it are the noun its names qualify, so the names are some of
    what is counted (华为、中兴等企业5家: two of the five firms), or, when that noun names a kind
    (文旅、工业、商贸等产业项目9个: the industries of the nine projects), none of it (None). Other
    lists are returned as they are, complete."""
    last = items[-1] if items else ""
    m = _DENG_INSIDE.search(last)
    if m is None or m.start() == 0:
        return items, True
    if _KIND_AFTER_DENG.match(last, m.end()):
        return None
    return [*items[:-1], last[:m.start()]], False


#: From the size of a group to the brackets that name its members: its noun, then （A、B和C）.
_TO_MEMBERS = later(r"[\u4e00-\u9fffA-Za-z]{0,10}?[（(]([^（()）]{3,200})[）)]")
#: The same with a dash (—— in the article, -- as scanned): 三大支柱——开源贡献、代表作项目、前沿专精——,
#: 三大运营商——中国移动、中国联通与中国电信，.
_DASH_MEMBERS = later(r"[\u4e00-\u9fff]{0,4}(?:——?|--)([^—\-，,。；;：:！!？?\n]{3,200})")
#: Words that open brackets of what is left out or of a note, not of the members.
_NOT_MEMBERS = later(r"^(?:不含|不包括|排除|剔除|扣除|除去|除|含|其中|注|另|见|详见|参见|如|比如|例如|包括)")


def members_named(s: str, at: int) -> bool:
    """三大运营商（电信、移动、联通）, 十大城市（上海、北京…和武汉）, 三大支柱——A、B、C——: the brackets
    or the dash after a group and its noun name its members, two characters or more each in
    brackets (四大行（工、农、中、建） says no more than their initials, 5个县（市、区） what they may
    be)."""
    m = _TO_MEMBERS.match(s, at)
    shortest = 2
    if m is None:
        m, shortest = _DASH_MEMBERS.match(s, at), 1
    if m is None or _NOT_MEMBERS.match(m.group(1)) or "、" not in m.group(1):
        return False
    items = _ITEM_BREAK.split(m.group(1))
    return len(items) >= 2 and all(shortest <= len(x) <= 14 and not not_a_name(x)
                                   for x in items)


#: A place that owns the group, with no 的 (电子、汽车、石化是广州三大传统支柱: fresh15
#: news-cities-gdp-h1-2021; 美国、欧盟…和非洲是我市五大出口市场: smoke25): a city or province named by
#: two or three characters, or 全国/全省/我市.
_PLACE_OWNER = r"全[国省市区县]|我[国省市区县]|[\u4e00-\u9fff]{2}(?:[省市县区])?"
#: The words that make the names of a list before them the members of a group counted after them:
#: A、B以及C是公司的三大支柱产业; A、B、C，是天津开发区的五大支柱产业; A、B和C并称为三大系统; A、B、C构成了
#: 三大核心挑战. Not after a word that makes each name one of them (均为, 都是, 也是, 分别为), nor
#: 作为/认为/因为.
_COPULA = later(r"(?<![均都也各亦同别作认因以称列誉视])(?:是|为|成为|并称为|并称|合称为|合称|统称为|统称|"
                r"被列为|列为|被誉为|誉为|被称为|构成了|构成|组成了|组成)"
                r"(?P<owner>[^、，,。；;：:！!？?\n\d“”\"（）()]{1,12}?的|(?P<place>" + _PLACE_OWNER
                + r"))?$")
#: An owner that makes the names what the group rests on, not its members (以A、B为代表的三大产业).
_NOT_OWNER = later(r"^(?:代表|主|首|龙头|核心|重点|引领|支撑|基础|依托|特色|中心)")
#: Words that join a subject to the names (其与A、B并称为三大; 与A、B一起构成了三大): the group holds
#: one more than the names listed.
_JOINED = later(r"与|同|跟|和")
_TOGETHER = later(r"一起|一道|共同|一并|及其")


def copula_list(s: str, i: int) -> tuple[str, int, int] | None:
    """The text of a list of names that a copula ties to the group counted at ``i`` (its start and
    end in s): the list opens its clause, or the clause before one that opens with the copula (A、
    B、C，是X的三大Y)."""
    start = _after_last(s, i, _SEPARATORS_HARD)
    m = _COPULA.search(s, start, i)
    if m is None or (m.group("owner") and _NOT_OWNER.match(m.group("owner"))):
        return None
    end = m.start()
    if end == start and start > 0 and s[start - 1] in "，,":
        end = start - 1  # A、B、C，是…的五大Y: the list is the clause before
        start = _after_last(s, end, _SEPARATORS_HARD)
    text = s[start:end]
    if "、" not in text:  # 汽车和石化是吉林省的两大支柱产业: two names alone in their clause (after
        cut = max(text.rfind(")"), text.rfind("）")) + 1  # a dateline: 电(记者褚晓亮)汽车和石化)
        start, text = start + cut, text[cut:]
        pair = _CONJUNCTION.split(text)
        return (text, start, end) if len(pair) == 2 and all(
            2 <= len(x) <= 8 and not not_a_name(x) for x in pair) else None
    if end - start > _LONGEST_LIST or _JOINED.search(text.split("、")[0]) \
            or _TOGETHER.search(text) or compiled(r"以(?!及)").search(text):
        return None  # 其与A、B并称为三大; 与A、B一起构成了三大; 以A、B为主的三大
    return text, start, end


def pair_before(s: str, i: int) -> tuple[str, int] | None:
    """Two names joined by 和/与/及 right before the size of a group (汽车和石化两大支柱产业, 长三角和
    珠三角两大城市群): the text of the pair and where it starts. None when the first half holds
    another conjunction (加强与长三角和珠三角两大城市群: 与 opens the pair, not a name)."""
    start = _after_last(s, i, _SEPARATORS_HARD)
    end = i - 1 if s[i - 1:i] == "这" else i
    cut = max(s.rfind(")", start, end), s.rfind("）", start, end))
    if cut >= 0:
        start = cut + 1  # 讯(记者 阮琼)花湖机场和武汉新城: a dateline before the pair
    text = s[start:end]
    if "、" in text or not 3 <= len(text) <= 40 or text.endswith("等"):
        return None  # 汽车和石化等三大产业: some of them
    pair = _CONJUNCTION.split(text)
    if len(pair) != 2 or not 1 <= len(pair[1]) <= 10 or not pair[0] or \
            _JOINED.search(pair[0]) or not_a_name(pair[1]) or not_a_name(pair[0], leading=True):
        return None
    return text, start


def _split_items(text: str) -> list[str] | None:
    """'长青科技、天元智能' → the names; quoted lists “夜市招聘”“镇长直播带岗” too."""
    text = text.strip()
    quoted = _QUOTED.findall(text)
    if quoted and _QUOTED_LIST.fullmatch(text):
        return quoted
    parts = _ITEM_BREAK.split(text) if "、" in text else [text]
    items = [p.strip('"') for p in parts]
    if not items or any(not (1 <= len(x) <= 14) for x in items):
        return None
    return items


#: The end of the names an including phrase gives before their count: 包括A、B和C在内的四个; 包含标题、
#: 标识符在内的17个; 包括A、B、C等在内的10个.
_INCLUDED_END = later(r"(?:等)?在内的?$")
#: The word that opens those names, its last use before them: 包括, 包含, 涵盖, 含.
_INCLUDING = later(r"(?:包括|包含|涵盖|含)(?!.*(?:包括|包含|涵盖|含))")
#: A word that leads the names of a list, the last of them in a first item too long to be a name:
#: 《区域全面经济伙伴关系协定》（RCEP）对文莱、柬埔寨…等6个; K-GROUND在日本、泰国、台湾、美国等5个国家
#: (not the 有 of 有限公司); 挤进了佛山、泉州…等8个城市.
_LEAD_WORD = later(r"(?:对|向|为|在|给|于|从|与|同|跟|把|将|让|使|有(?!限)|拥有|下辖|设有|覆盖|涉及|"
                   r"来自|遍及|包括|包含|涵盖|了)(?!.*(?:对|向|为|在|给|于|从|与|同|跟|把|将|让|使|有|下辖|覆盖|涉及|"
                   r"来自|遍及|包括|包含|涵盖|了))")
#: A name in Latin letters, digits in it (NLVR2, Flickr30K, Samsung SmartThings): no clause.
_LATIN_NAME = later(r"[A-Za-z][A-Za-z0-9.+\- ]{0,23}")
#: The longest name of a list; a first item longer than it holds the words that lead the list.
_LONGEST_NAME = 10


def _included(article: ArticleText, s: str, fig: Figure) -> bool:
    """包括VQA、VCR、NLVR2和Flickr30K在内的四个任务; 包含标题、标识符在内的17个元数据项: the names
    an including phrase gives before a count are some of what it counts (two names or more, each a
    name: 包括前2点及后2点在内的5个点 names none). True when the count is read so."""
    a = fig.scan_start
    end = _INCLUDED_END.search(s, max(0, a - 4), a)
    if end is None:
        return False
    start = _after_last(s, a, _SEPARATORS_HARD)
    opener = _INCLUDING.search(s, start, end.start())
    if opener is None or end.start() - opener.end() > _LONGEST_LIST:
        return False
    text = s[opener.end():end.start()]
    items = _names_and_last(text)
    if items is None or len(items) < 2 or a_verb_of_the_count(items) or \
            any(not _LATIN_NAME.fullmatch(x) and not_a_name(x) for x in items):
        return False
    fig.names, fig.names_complete = items, False
    fig.names_start = article.scan.original_span(opener.end(), opener.end() + 1)[0]
    return True


def _names_and_last(text: str) -> list[str] | None:
    """The names of a list split at 、, and the last item at its conjunction (A、B和C) unless an
    earlier name holds one (科技与研究、旅游与地理、教育与数学: the 与 is a word of each name)."""
    parts = [x.strip() for x in text.split("、")]
    if len(parts) > 1 and not any(_CONJUNCTION.search(x) for x in parts[:-1]):
        parts = parts[:-1] + [x.strip() for x in _CONJUNCTION.split(parts[-1])]
    elif len(parts) == 1:
        parts = [x.strip() for x in _CONJUNCTION.split(text)]
    if any(not 1 <= len(x) <= 14 and not _LATIN_NAME.fullmatch(x) for x in parts):
        return None
    return parts


def _more_names_than(head: str, count) -> list[str] | None:
    """The names of an 等 list that has more of them than its count (佛山、泉州…东莞等1个城市: a count
    changed in editing): only a plain list of names, split at 、 (and at the last conjunction when
    no name holds one), each short and a name, says so."""
    items = _names_and_last(head)
    word = None if items is None else _LEAD_WORD.search(items[0])
    if word is not None and len(items[0]) - word.end() >= 1:
        items[0] = items[0][word.end():]  # 挤进了佛山、泉州…等1个城市: the verb before the first name
    if items is None or len(items) <= count or a_verb_of_the_count(items) or kinds_of_one_noun(items) \
            or MEASURE_NOUN.search(items[-1]) \
            or any(len(x) > _LONGEST_NAME or not_a_name(x) or LIST_MARKER.fullmatch(x) for x in items):
        return None
    return items


#: Names each with its figure or note in brackets, right before their count: 江西（6.9%）、福建（6.7%）…
#: 海南（6%）7省份; 持续性（40%）、深度（35%）、社区认可（25%）三个子维度; A（73%→89%）、B（55%→64%）和C
#: （75%→79%）三个基准测试.
_BRACKETED_LIST = later(r"(?:[^、，,。；;：:（()）]{1,24}[（(][^（()）]{1,24}[)）](?:、|和|及|与|以及)){1,}"
                        r"[^、，,。；;：:（()）]{1,14}[（(][^（()）]{1,24}[)）](?:共|这)?$")
_BRACKETS = later(r"[（(][^（()）]*[)）]")
#: A word that leads the first name of such a list (真正携带误差的是out（12.7%）…): the last of them.
_LEADS_FIRST = later(r"(?:是|为|有|对|在|包括|其中|如)(?!.*(?:是|为|有|对|在|包括|其中|如))")


def _bracketed_names(article: ArticleText, s: str, fig: Figure, start: int, head: str) -> bool:
    """The names of a list whose names each carry a figure or a note in brackets, right before the
    count (北京（13437元/月）、上海（13339元/月）…四市): as many names as the count. Not when a bracket
    holds the count's own counter (北京（3家）、上海（2家）5家: the count sums the brackets)."""
    q = fig.quantity
    assert q is not None
    m = _BRACKETED_LIST.search(head)
    if m is None or q.unit.name in "".join(_BRACKETS.findall(m.group(0))):
        return False
    bare = _BRACKETS.sub("", m.group(0)).removesuffix("这").removesuffix("共")
    items = [x.strip() for x in _ITEM_BREAK.split(bare)]
    lead = _LEADS_FIRST.search(items[0])
    if lead is not None:
        items[0] = items[0][lead.end():]
    if len(items) < 2 or any(not 1 <= len(x) <= _LONGEST_NAME for x in items) or \
            any(not_a_name(x) and not latin_name(x) for x in items) or \
            each_place(items, q.unit.name, s, fig.scan_end):
        return False
    first = start + m.start() + m.group(0).find(items[0])
    fig.names, fig.names_complete = items, True
    fig.names_start = article.scan.original_span(first, first + 1)[0]
    return True


def _attach_names(article: ArticleText, s: str, fig: Figure) -> None:
    q = fig.quantity
    assert q is not None
    if q.value.denominator != 1 or q.value < 1:
        return
    if _included(article, s, fig):
        return
    # A、B等N个X
    a = fig.scan_start
    if s[max(0, a - 2):a] == "等等":
        a -= 2
    elif s[a - 1:a] == "等":
        a -= 1
    else:
        a = -1
    if a >= 0:
        start = _after_last(s, a, _SEPARATORS_HARD)
        if a - start > _LONGEST_LIST:
            return  # no list of names is that long: the clause holds none (and costs nothing)
        head = s[start:a]
        lead = _LIST_LEAD.match(head)
        if lead:
            start += lead.end()
            head = head[lead.end():]
        first = head.find("、")
        if first > _LONGEST_NAME:  # the words that lead the list stand before its first name
            word = _LEAD_WORD.search(head, 0, first)
            if word is not None and 1 <= first - word.end() <= _LONGEST_NAME:
                start += word.end()
                head = head[word.end():]
        items = _split_items(head)
        if items and len(items) > q.value:
            items = _more_names_than(head, q.value)
        if items and (len(items) > 1 or len(items[0]) <= 10):
            fig.names, fig.names_complete = items, False
            fig.names_start = article.scan.original_span(start, start + 1)[0]
        return
    if q.qualifier is not None or q.value > 40 or q.unit.name in EVENT_COUNTERS:
        return
    start = _after_last(s, fig.scan_start, _SEPARATORS_HARD)
    if fig.scan_start - start > _LONGEST_LIST:
        return
    head = s[start:fig.scan_start]
    if _EACH.search(head):
        return  # 河北、山东、河南各5宗: a count for each name, not of the names
    if _bracketed_names(article, s, fig, start, head):
        return
    # “夜市招聘”“镇长直播带岗”两种模式: a run of quoted names right before the count
    run = _QUOTED_RUN.search(head.removesuffix("这").removesuffix("共"))
    if run is not None and "、" not in head[:run.start()]:
        fig.names, fig.names_complete = _QUOTED.findall(run.group(0)), True
        fig.names_start = article.scan.original_span(start + run.start(), start + run.start() + 1)[0]
        return
    # A、B、C共三所X, A、B两家X: the list right before the count names what it counts
    adjacent = _ADJACENT_LIST.search(head)
    if adjacent:
        items = _adjacent_items(adjacent.group(1), q.value, q.unit.name in _PLACE_COUNTERS)
        if items and LIST_MARKER.fullmatch(items[0]):
            items = items[1:]  # 一、上海、北京、深圳三地: 一 numbers the item
        if items and len(items) >= 2 and not each_place(items, q.unit.name, s, fig.scan_end) \
                and not a_verb_of_the_count(items) and not kinds_of_one_noun(items) \
                and not kinds_of_objects(items, q.unit.name, q.value):
            lead = _LIST_LEAD.match(items[0])
            first = items[0][lead.end():] if lead and len(items[0]) > lead.end() else items[0]
            read = ended_by_deng([first, *items[1:]])
            if read is not None and len(first) <= 10 and all(len(x) <= 10 for x in items[1:]) and \
                    not any(map(not_a_name, read[0])) and not verbs_written_short(read[0]):
                fig.names, fig.names_complete = read
                fig.names_start = article.scan.original_span(start + adjacent.start(1),
                                                             start + adjacent.start(1) + 1)[0]
                return
    # A、B成为…两家X: a list opening the clause whose length is the count
    m = _LEADING_LIST.match(head)
    if not m:
        return
    items = _split_items(m.group(1))
    if items is None or len(items) != q.value or any(map(not_a_name, items)) or a_verb_of_the_count(items):
        return
    lead = _LIST_LEAD.match(items[0])
    if lead and len(items[0]) > lead.end():
        items[0] = items[0][lead.end():]
    fig.names, fig.names_complete = items, True
    fig.names_start = article.scan.original_span(start, start + 1)[0]


def each_place(items: list[str], counter: str, s: str, end: int) -> bool:
    """陕西、山东、广东4家；上海、福建3家: places, then a count of what each has (firms, not places) that
    ends the clause: the figure of each place, not the number of the places."""
    return counter not in _PLACE_COUNTERS and counter != "个" and \
        s[end:end + 1] in ("；", ";", "，", ",", "。") and all(map(is_place_name, items))


def _adjacent_items(text: str, count, places: bool) -> list[str] | None:
    """The names of a list right before its count. After a conjunction the count may be of the
    last group only (深圳、东莞、惠州全域和河源、汕尾两市): then that group, when it has as many names
    as the count; a list with a conjunction whose names never match the count is not taken, unless
    it counts places and more of them than the names split at every 、 and 和 (广州、深圳和北京、
    上海、重庆、杭州八地: no reading gives eight)."""
    items = _split_items(text)
    if items is not None and MEASURE_NOUN.search(items[-1]):
        return None  # 订车、提车人数仅9人: the words qualify 人数, they name nothing
    if items is None or len(items) == count:
        return items
    parts = _CONJUNCTION.split(text)
    if len(parts) == 1:
        return items  # a plain list: a count that differs is a finding
    if places and count > len(items) and not _OTHERS.match(parts[-1]):
        return items  # a finding whatever the reading
    last = _split_items(parts[-1])
    return last if last is not None and len(last) == count else None


def _names_count(s: str, i: int, num_text: str) -> tuple[list[str], int] | None:
    """光伏、充电、储能、电车检测、餐饮、便利店六位于一体 → the six names, and the scan offset where
    they start, when the list before the numeral at i has as many names as the numeral says."""
    listed = _names_listed(s, i)
    try:
        count = parse_quantity(num_text + "项")
    except QuantityError:
        return None
    if listed is None or len(listed[0]) != count.value:
        return None
    return listed


def _names_listed(s: str, i: int) -> tuple[list[str], int] | None:
    """The names of a list (two or more) that ends right before the numeral at i, and the scan
    offset where they start."""
    start = _after_last(s, i, _SEPARATORS_HARD)
    if i - start > _LONGEST_LIST:
        return None  # a few names of at most 14 characters each: no list is that long
    head = s[start:i]
    lead = _LIST_LEAD.match(head)
    if lead:
        start += lead.end()
        head = head[lead.end():]
    cut = _OPENER.search(head)
    if cut is not None:  # 全球疫情持续、中国经济面临需求收缩、供给冲击、预期减弱的三重压力
        start += cut.end()
        head = head[cut.end():]
    head = head.removesuffix("的")
    run = _QUOTED_RUN.search(head)
    if run is not None and "、" not in head[:run.start()]:
        start += run.start()  # 帮助创作者同时解决“写什么”“怎么写”和“怎么组织”: the quoted names
        head = head[run.start():]
    first = _ITEM_BREAK.search(head)
    if first is not None and 14 < first.start() <= _LONGEST_LEAD:
        # 2022年市政府投资重点投向城市基础设施、民生服务…四大领域: the words that lead the clause
        # stand before the first name, which is no longer than the longest of the others
        rest = _split_items(head[first.end():])
        longest = max((len(x) for x in rest or ()), default=0)
        if rest is None or not 2 <= longest <= 14:
            return None
        start += first.start() - longest
        head = head[first.start() - longest:]
    items = _split_items(head)
    if items is None or len(items) < 2 or MEASURE_NOUN.search(items[-1]):
        return None
    return items, start
