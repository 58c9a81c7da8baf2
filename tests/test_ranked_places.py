"""A first place and the places after it, named in words (最高…其次…第三位, 居首…紧随其后): each
place's figure is at least the next one's (discover/ordered.py). Real sentences from the smoke
rounds; a changed figure that breaks the order is an error naming it; the look-alikes find nothing."""

import pytest
from helpers import checks_of, column_of, error_findings, names_place

# tests/data/smoke21/city-wages-2018-akcjnk999.txt, line 3
WAGES = ("从登记注册类型看，国有单位年平均工资最高，为73461元；其次是其他所有制单位，为55198元；"
         "第三位是集体单位，为49045元。")
# tests/data/fresh15/news-a-share-decade-2021.txt, line 45
SECTORS = ("按照申万一级行业统计，目前146家千亿市值以上的公司中，仍属银行最多，达到18家，"
           "其次是非银金融行业17家，接下来分别是医药生物行业16家，电子行业15家，食品饮料行业10家，新能源公司较为集中的电气设备行业为7家。")
# tests/data/smoke29/travel-agencies-q3-2019-xinhua-cermedu.txt, line 2
AGENCIES = "截至2019年9月30日，我国旅行社总数为38433家，其中广东数量最多，有3192家；北京紧随其次，有2999家。"
# tests/data/smoke32/county-tourism-2022-guangxi-kunlunkt.txt, line 5
COUNTIES = ("这其中，四川和贵州最多，均为17个，浙江、湖南紧随其后，分别为15个、11个，"
            "江西、云南、江苏、重庆、广西分别占9个、7个、7个、6个、6个。")
# tests/data/smoke16/vaccine-lot-release-jan-may-2020-chinabaogao.txt, line 4
VACCINES = ("从生产企业来看，成大生物批签发 401.18 万支，占比 52.39%，位居首位，其次为荣安生物，"
            "批签发 159.24 万支，占比 20.79%。")
# tests/data/smoke33/graduates-2017-mycos-zhijin.txt, line 5
MAJORS = ("2016届本科毕业生半年后就业率最高的学科门类是管理学（93.6%），其次是工学（93.5%）；"
          "最低的是法学（84.9%）。")


def _orders(doc: dict) -> list[tuple[str, list[str]]]:
    return checks_of(doc, "expression")


@pytest.mark.parametrize("text, pairs", [
    (WAGES, [["73461元", "55198元"], ["55198元", "49045元"]]),
    (SECTORS, [["18家", "17家"], ["17家", "16家"], ["16家", "15家"], ["15家", "10家"], ["10家", "7家"]]),
    (AGENCIES, [["3192家", "2999家"]]),
    (COUNTIES, [["17个", "15个"], ["15个", "11个"]]),
    (VACCINES, [["401.18万支", "159.24万支"]]),
    (MAJORS, [["93.6%", "93.5%"]]),
])
def test_places_in_words_are_in_order(article, text, pairs):
    _, doc = article(text)
    found = [written for verdict, written in _orders(doc) if verdict == "holds"]
    assert all(pair in found for pair in pairs), found
    assert error_findings(doc) == []


@pytest.mark.parametrize("text, before, after", [
    (WAGES, "为55198元", "为75198元"),  # the second place above the first
    (SECTORS, "电子行业15家", "电子行业18家"),  # a place of the 接下来分别是 list above the one before
    (AGENCIES, "有2999家", "有3999家"),
    (COUNTIES, "11个，", "18个，"),
])
def test_a_place_out_of_order_is_an_error_naming_it(article, text, before, after):
    changed = text.replace(before, after, 1)
    code, doc = article(changed)
    assert code == 1
    at = column_of(changed, after) + len(after) - 2
    assert any(names_place(f, 1, at) for f in error_findings(doc))


@pytest.mark.parametrize("text", [
    "首先，全年新增企业1200家；其次，新增个体户3000户。",  # 其次 of discourse: no first place
    "其中，降幅最大的是A区，下降12%，其次是B区，下降8%。",  # a ranking of a fall
    # a group's total after the second places (smoke12/private-firms-rd-top500-2021-nbd.txt, line 3)
    "华为以1419亿元位居榜首，阿里巴巴、腾讯、吉利、百度紧随其后，4家研发投入合计达1847亿元，不及华为一家。",
    "华为以1419亿元位居榜首，阿里巴巴、腾讯、吉利、百度紧随其后，4家研发投入达1847亿元。",
    # two figures of one unit in the first place: too vague to order by
    "A公司营收最高，为100亿元，净利润20亿元；其次是B公司，营收为150亿元。",
])
def test_look_alikes_give_no_order(article, text):
    _, doc = article(text)
    assert _orders(doc) == [] and error_findings(doc) == []
