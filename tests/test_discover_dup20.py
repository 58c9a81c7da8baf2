"""A count referred back to by its words, read in session 20 (discover/duplicate.py
`_counts_referred_to`; discover/share.py `_frame`), through `factcheck check ARTICLE`.

- 共有203家上市公司披露了… and, in a later sentence, 这203家公司中 / 上述71家投教基地 / 从全部941家公司来看:
  one count stated again (a linked `same` check); a slip in the second copy is a warning at its place.
- A bare share right after its part, in a sentence that opens among a count (这203家公司中，…合计140家，
  占比近七成): of that count, not of a total stated before the sentence.
"""

from __future__ import annotations

import pytest
from helpers import column_of as column
from helpers import names_place as names


def checks_with(doc: dict, kind: str, *figures: str) -> list[dict]:
    """The checks of this kind whose figures (as written) are exactly these."""
    want = sorted(figures)
    return [c for c in doc["checks"] if c["kind"] == kind
            and sorted(x["written"] for x in c["claims"]) == want]


def warned_at(doc: dict, line: int, at: int) -> bool:
    return any(names(f, line, at) for f in doc["findings"] if f["severity"] == "warning")


# 证券时报网 2011-07-13 (fresh19 news-h1-forecasts-chem-cement-2011, lines 5 and 7)
FORECASTS = ("数据统计显示，7月1日至12日共有203家上市公司披露了上半年业绩预告。截至7月12日共有941家公司披露了"
             "半年度业绩预告，16家公司披露了业绩快报。其中7月12日一天就有42家公司发布业绩预告，5家公司发布业绩快报。\n\n"
             "从7月份以来公布业绩预告的公司来看，这{some}家公司中，预计业绩增长、扭亏的公司合计140家，占比近七成。"
             "从全部{all}家公司来看，预计业绩增长、扭亏的公司合计711家，占比近八成。\n")
# 财联社 2021-09 (smoke12 investor-education-bases-2021-cls, line 21)
BASES = ("2016年来，证监会先后命名了4批共计71家国家级投教基地，其中42家为实体基地，29家为互联网基地。"
         "上述{n}家投教基地涵盖交易所、券商、公募、期货、上市公司、高校和媒体等实体。\n")
# 人民日报 2004-08 via chinanews.com.cn (smoke32 dev-zones-h1-2004-chinanews, lines 1-2)
ZONES = ("据人民日报报道，中国49个国家级经济技术开发区积极落实宏观调控措施，保持了规范健康可持续发展。\n"
         "据商务部统计，1—6月，这{n}个国家级开发区实现工业总产值6692.63亿元，比上年同期增长42.4%。\n")


@pytest.mark.parametrize(("text", "right", "wrong", "line"), [
    (FORECASTS.replace("{all}", "941"), {"some": "203"}, {"some": "208"}, 3),
    (FORECASTS.replace("{some}", "203"), {"all": "941"}, {"all": "947"}, 3),
    (BASES, {"n": "71"}, {"n": "74"}, 1),
    (ZONES, {"n": "49"}, None, 2),  # 中国49个… states no count of all: a slip is not paired
])
def test_a_count_referred_to_again(article, text, right, wrong, line) -> None:
    [n] = right.values()
    counter = "个" if "开发区" in text else "家"
    code, doc = article(text.format(**right))
    [found] = checks_with(doc, "duplicate", n + counter, n + counter)
    assert code == 0 and (found["how"], found["verdict"]) == ("linked", "holds")
    if wrong is None:
        return
    changed = text.format(**wrong)
    _, doc = article(changed)
    [slip] = wrong.values()
    assert warned_at(doc, line, column(changed.split("\n")[line - 1], slip + counter))


@pytest.mark.parametrize("text", [
    # two named before, not counted (这两家公司)
    "全市共有2家公司上市。华为、中兴这两家公司均在深圳。\n",
    # 3 companies named, not the 120 counted before: too far apart to be one count misprinted
    "全市共有120家企业。其中A公司、B公司、C公司这3家企业营收超过百亿元。\n",
    # the count refers to firms the words name, and no count before counts them (一线城市 are no 公司)
    "今年有12个一线城市。这12家公司的净利润都超过了5亿元。\n",
    # a count of some of them before, a slip apart (人民网 2022-05 smoke4 gdp40-cities-housing-2022:
    # 这种城市有22个 … 在这26个城市中, the 26 of the ranking)
    "40个城市中，商品房成交面积同比下降的城市占了绝大多数，这种城市有22个。\n参与排名的只有26个。"
    "在这26个城市中，这个成绩已经很不错了。\n",
])
def test_no_count_referred_to(article, text) -> None:
    _, doc = article(text)
    assert [c for c in doc["checks"] if c["kind"] == "duplicate"] == []


def test_a_bare_share_of_the_count_its_sentence_opens_among(article) -> None:
    """占比近七成 is 140 of 这203家公司, not of the 941 stated in the sentence before; 近八成 is 711 of
    the 941 its own sentence opens among."""
    code, doc = article(FORECASTS.format(some="203", all="941"))
    [some] = checks_with(doc, "share", "203家", "预计140家", "近七成")
    [every] = checks_with(doc, "share", "941家", "预计711家", "近八成")
    assert code == 0 and doc["findings"] == []
    assert (some["verdict"], every["verdict"]) == ("holds", "holds")
    assert [c["claims"][1]["article"]["line"] for c in (some, every)] == [3, 3]  # not line 1's
    changed = FORECASTS.format(some="203", all="941").replace("合计140家", "合计160家")
    _, doc = article(changed)
    assert warned_at(doc, 3, column(changed.split("\n")[2], "160家"))
