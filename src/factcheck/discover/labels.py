"""Labels and ids for drafted claims: the words before a figure, and a readable ASCII id.

The label is what the article says the figure measures, with the verbs and time words that
carry no meaning stripped (全年实现地区生产总值227.6亿元 → 地区生产总值). The id comes from a small
built-in dictionary of common economic labels (gdp, budget_revenue, industrial_output, fai,
trade …); without a match it is ``f<line>_<n>`` (pinyin is not available). Ids are made unique
with ``_2``, ``_3`` ….
"""

from __future__ import annotations

from ..patterns import later

__all__ = ["ID_DICTIONARY", "NEGATING", "clean_label", "id_for", "named_in", "unique_id"]

_LEAD = later(
    r"^(?:预计|力争|预期|有望|其中|同时|另外|此外|另有|并且|并|而|且|全年|年内|当年|今年|去年|上年|本年|目前|当前|截至目前|截至年底|"
    r"年底|年末|期间|共计|合计|总计|累计|共|实现|完成|达到|达|拥有|已经|已|均|分别|全镇|全市|全区|全县|全省|"
    r"全国|全乡|全街道|辖区|区域内|这里|该镇|该市|该区|该县|经过|其|为|是|有|对|将|让|使|以|和|与|及|或|、|,|，)+"
)
_TRAIL = later(
    r"(?:达到了|达到|达|为|实现|完成|约|共计|共|有|是|累计|的|均为|分别为|分别|(?<![平人户])均|同比|环比|比上年同期|"
    r"比上年|较上年|比去年|较去年|了|已|已经|总计|合计|至|到|在|由|从|超过|超|逾|近|突破|预计|预期|力争|目标|双|、|,|，)+$"
)
_SPACE = later(r"\s+")
_YEAR_LEAD = later(r"^\d{4}年(?:以来|全年|底|末)?")  # 2023年以来, 2023年末 …
#: The number of a section or an item that opens a label (一、农林牧渔业增加值同比增长1.9%; （二）…;
#: 1.基本养老保险参保人数同比增长4.9%): the heading's place in a list, never part of what it names.
#: Not the first of several numbers (一、二、三产业投资占比, 2、3月份); a section's number before the
#: number of a month is one (一、8月底工业及服务业受雇员工人数).
_NEXT = r"[、，,和及与至到—\-~～月季]"  # what follows the first of several numbers
_ITEM_NUMBER = later(r"^\s*(?:[（(][0-9一二三四五六七八九十]{1,3}[)）]"
                     r"|第?[一二三四五六七八九十]{1,3}[、.．](?![一二三四五六七八九十]{1,3}" + _NEXT + ")"
                     r"|[0-9]{1,2}(?:、|[.．](?!\d))(?![0-9]{1,3}" + _NEXT + "))")


def clean_label(text: str, max_len: int = 24) -> str:
    """Strip leading verbs, time and place words and trailing particles; keep the last
    ``max_len`` characters (the words nearest the figure)."""
    s = _SPACE.sub("", _ITEM_NUMBER.sub("", text))
    s = s.strip("()（）:：;；")
    prev = None
    while prev != s:
        prev = s
        s = _LEAD.sub("", s)
        s = _TRAIL.sub("", s)
        s = _YEAR_LEAD.sub("", s)
    if len(s) > max_len:
        tail = s.rsplit("、", 1)[-1]
        cut = len(s) - max_len
        while cut > 0 and s[cut - 1].isdigit() and s[cut].isdigit():
            cut -= 1  # never start inside a number: 2013-2018年, not 013-2018年
        s = tail if 4 <= len(tail) <= max_len else s[cut:]
    if s.count("“") != s.count("”"):
        s = s.replace("“", "").replace("”", "")
    return s


#: Common labels of Chinese economic reports and their ids, most specific first.
ID_DICTIONARY: tuple[tuple[str, str], ...] = (
    ("地区生产总值", "gdp"),
    ("生产总值", "gdp"),
    ("GDP", "gdp"),
    ("第一产业增加值", "primary_value_added"),
    ("第二产业增加值", "secondary_value_added"),
    ("第三产业增加值", "tertiary_value_added"),
    ("服务业增加值", "services_value_added"),
    ("规模以上工业增加值", "industrial_value_added"),
    ("规上工业增加值", "industrial_value_added"),
    ("工业增加值", "industrial_value_added"),
    ("规模以上工业总产值", "industrial_output"),
    ("规上工业总产值", "industrial_output"),
    ("规模以上工业产值", "industrial_output"),
    ("规上工业产值", "industrial_output"),
    ("工业总产值", "industrial_output"),
    ("高新技术产业产值", "hitech_output"),
    ("高新技术企业产值", "hitech_output"),
    ("战略性新兴产业产值", "emerging_industry_output"),
    ("一般公共预算收入", "budget_revenue"),
    ("财政收入", "fiscal_revenue"),
    ("税收收入", "tax_revenue"),
    ("一般公共预算支出", "budget_spending"),
    ("民生支出", "livelihood_spending"),
    ("财政支出", "fiscal_spending"),
    ("固定资产投资", "fai"),
    ("工业投资", "industrial_investment"),
    ("技改投资", "upgrade_investment"),
    ("房地产开发投资", "real_estate_investment"),
    ("社会消费品零售总额", "retail_sales"),
    ("社零", "retail_sales"),
    ("进出口总额", "trade"),
    ("外贸进出口", "trade"),
    ("进出口", "trade"),
    ("出口总额", "exports"),
    ("出口", "exports"),
    ("进口", "imports"),
    ("实际使用外资", "fdi"),
    ("实际利用外资", "fdi"),
    ("到位外资", "fdi"),
    ("城镇居民人均可支配收入", "urban_income"),
    ("农村居民人均可支配收入", "rural_income"),
    ("居民人均可支配收入", "income"),
    ("人均可支配收入", "income"),
    ("金融机构本外币存款", "deposits"),
    ("存款余额", "deposits"),
    ("贷款余额", "loans"),
    ("用电量", "power_consumption"),
    ("粮食", "grain_output"),
    ("常住人口", "population"),
    ("户籍人口", "registered_population"),
    ("城镇化率", "urbanisation_rate"),
    ("森林覆盖率", "forest_cover"),
    ("空气优良率", "good_air_rate"),
    ("优良天数比例", "good_air_rate"),
    ("PM2.5", "pm25"),
    ("城镇新增就业", "urban_new_jobs"),
    ("新增城镇就业", "urban_new_jobs"),
    ("失业率", "unemployment_rate"),
    ("研发经费", "rd_spending"),
    ("研发投入", "rd_spending"),
    ("高新技术企业", "hitech_firms"),
    ("专精特新", "srdi_firms"),
    ("科技型中小企业", "tech_smes"),
    ("规上工业企业", "industrial_firms"),
    ("规模以上工业企业", "industrial_firms"),
    ("上市", "listed_firms"),
    ("市场主体", "market_entities"),
    ("游客", "tourists"),
    ("旅游收入", "tourism_revenue"),
    ("高标准农田", "farmland"),
    ("停车位", "parking_spaces"),
    ("充电", "charging_points"),
    ("人才", "talent"),
    ("岗位", "jobs_offered"),
    ("就业", "jobs"),
    ("重大项目", "major_projects"),
    ("重点项目", "key_projects"),
    ("项目", "projects"),
    ("企业", "firms"),
)


def id_for(label: str | None, line: int, n: int, growth_only: bool = False) -> str:
    """An id from the dictionary (``gdp``; ``gdp_growth`` for a rate stated alone), else
    ``f<line>_<n>``."""
    if label and "、" not in label and not label.startswith("占") and "比重" not in label \
            and "占比" not in label:
        for key, ident in ID_DICTIONARY:
            if key in label:
                return ident + ("_growth" if growth_only else "")
    return f"f{line}_{n}"


def unique_id(base: str, taken: set[str], tried: dict[str, int]) -> str:
    """``base``, or ``base_2``, ``base_3`` … when taken; the result is added to ``taken``.
    ``tried`` remembers, per base, the suffix to try next (the ones before it are taken)."""
    ident = base
    k = tried.get(base, 2)
    while ident in taken:
        ident = f"{base}_{k}"
        k += 1
    tried[base] = k
    taken.add(ident)
    return ident


#: A character that makes the name after it another figure: 出口总值 is not the 进出口总值, 税收入
#: not the 非税收入, 利润 not the 净利润.
NEGATING = frozenset("进非净")


def named_in(name: str, label: str) -> bool:
    """Whether ``label`` names ``name`` (not empty) at its start or after a character that leaves it
    the same figure (出口 in 出口总值, not in 进出口总值), at any of its places that do not overlap."""
    at = label.find(name)
    while at >= 0:
        if at == 0 or label[at - 1] not in NEGATING:
            return True
        at = label.find(name, at + len(name))
    return False
