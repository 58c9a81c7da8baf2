"""Differences of two stated levels found in articles (discover/difference.py), through
`factcheck check ARTICLE`: a gap to another subject (高出上海70.24亿元, 比…少了9597元/年) and a
change from a previous level stated with it (比2020年的73129亿元增加了9966.9亿元), each checked as
`a - b == d`; and the texts where no second level is stated.
"""

from __future__ import annotations

import pytest


def differences(doc: dict) -> list[dict]:
    return [c for c in doc["checks"] if c["kind"] == "expression"]


def figures(check: dict) -> set[tuple[str, int]]:
    return {(c["written"], c["article"]["line"]) for c in check["claims"]}


PROVINCES = ("4月25日，上海2021第一季度GDP数据正式发布，为9458.86亿元。\n\n"
             "安徽省一季度的GDP为9529.1亿元，这一数据高出上海{gap}亿元。而在去年同期，上海市GDP为"
             "7856.62亿元，安徽省GDP为7821.3亿元，上海高出安徽省{gap2}亿元。\n")


@pytest.mark.parametrize(("gap2", "verdict"), [("35.32", "holds"), ("35.38", "holds"),
                                               ("38.32", "fails")])
def test_one_subject_higher_than_another_named_in_the_same_sentence(article, gap2, verdict) -> None:
    """Form: A为a，B为b，A高出B d — both levels in the sentence of the gap: stated, an error."""
    code, doc = article(PROVINCES.format(gap="70.24", gap2=gap2))
    [r] = [r for r in differences(doc) if (f"{gap2}亿元", 3) in figures(r)]
    assert figures(r) == {("7856.62亿元", 3), ("7821.3亿元", 3), (f"{gap2}亿元", 3)}
    assert (r["how"], r["verdict"]) == ("stated", verdict)
    assert code == (1 if verdict == "fails" else 0)


@pytest.mark.parametrize(("gap", "verdict"), [("70.24", "holds"), ("73.24", "fails")])
def test_this_figure_higher_than_a_subject_stated_earlier(article, gap, verdict) -> None:
    """Form: A为a，这一数据高出B d — B's level in an earlier paragraph, the only one of B for
    the period before the gap (not the year-earlier one after it): the sentence names whose level
    it is, stated, an error."""
    code, doc = article(PROVINCES.format(gap=gap, gap2="35.32"))
    [r] = [r for r in differences(doc) if (f"{gap}亿元", 3) in figures(r)]
    assert figures(r) == {("9529.1亿元", 3), ("9458.86亿元", 1), (f"{gap}亿元", 3)}
    assert (r["how"], r["verdict"]) == ("stated", verdict)
    assert code == (1 if verdict == "fails" else 0)


def test_a_subject_with_two_levels_before_the_gap_is_linked(article) -> None:
    """Form: B为b1 … B为b2。A为a，这一数据高出B d — two levels of B for the period: which one the
    gap speaks of is a guess, linked (a warning at most)."""
    text = ("4月25日，上海一季度GDP初步核算为9458.86亿元。\n\n上海一季度GDP修订为9460.12亿元。\n\n"
            "安徽省一季度的GDP为9529.1亿元，这一数据高出上海73.24亿元。\n")
    code, doc = article(text)
    [r] = differences(doc)
    assert (r["how"], r["verdict"]) == ("linked", "warning")
    assert code == 0


KUNSHAN = ("义乌市以人均可支配收入77468元/年居首，玉环市排名第二位，人均可支配收入是68138元/年；江苏省昆山市"
           "位列第三，人均可支配收入是67871元/年，比排名第一的义乌少了{gap}元/年。\n")


@pytest.mark.parametrize(("gap", "verdict"), [("9597", "holds"), ("9330", "fails")])
def test_less_than_the_subject_named_after_bi(article, gap, verdict) -> None:
    """Form: A是a，比B少了d — the other is B's level (义乌, not 玉环 just before), and the
    difference runs the other way: b − a = d; B's level before the ； of the same full sentence:
    stated."""
    _, doc = article(KUNSHAN.format(gap=gap))
    [r] = differences(doc)
    assert figures(r) == {("77468元/年", 1), ("67871元/年", 1), (f"{gap}元/年", 1)}
    assert (r["how"], r["verdict"]) == ("stated", verdict)


def test_a_gap_with_a_bound_word_is_checked_with_its_interval(article) -> None:
    """Form: A为a；B为b。A超出B d多 — 337亿多元 is (337, 338)亿元; 28231.97 − 27894.02 = 337.95.
    The sentence names both subjects, each with one level of the year before it (the 2020 gap
    of the paragraph before is another year's): stated."""
    text = ("2021年城市GDP：广州成功卡位“第四城”\n\n"
            "最终，2020年以16.3亿元的微弱优势险胜重庆，保住了“第四城”的位置。\n\n"
            "2021年，广州GDP为28231.97亿元，增长8.1%；重庆GDP为27894.02亿元，增长8.3%。广州GDP超出重庆"
            "{gap}亿多元，领先优势扩大。\n")
    _, doc = article(text.format(gap="337"))
    [r] = differences(doc)
    assert (r["how"], r["verdict"]) == ("stated", "holds")
    _, doc = article(text.format(gap="338"))
    assert differences(doc)[0]["verdict"] == "fails"


SHANDONG = "2021年，山东生产总值为83095.9亿元，比2020年的73129亿元{change}，接近1万亿。\n"


@pytest.mark.parametrize(("change", "written", "verdict"), [
    ("增加了9966.9亿元", "9966.9亿元", "holds"),
    ("增加了9969.9亿元", "9969.9亿元", "fails"),
    ("减少了9966.9亿元", "减少9966.9亿元", "fails"),  # a fall is written with its sign
])
def test_a_change_from_the_previous_level_stated_with_it(article, change, written, verdict) -> None:
    """Form: L，比P增加(减少)了d — current minus previous level, in one sentence: stated."""
    code, doc = article(SHANDONG.format(change=change))
    [r] = differences(doc)
    assert figures(r) == {("83095.9亿元", 1), ("73129亿元", 1), (written, 1)}
    assert (r["how"], r["verdict"]) == ("stated", verdict)
    assert code == (1 if verdict == "fails" else 0)


@pytest.mark.parametrize(("text", "how"), [
    ("江苏2021年GDP数据为116364.2亿元，迈上11万亿元新台阶。相比2020年102719亿元的GDP，"
     "也增加了约1.36万亿元。\n", "stated"),
    ("从GDP总量来看，广东依旧稳居全国第一，为124369.67亿元。相比2020年广东GDP总量110760.94亿元的数据，"
     "2021年广东省GDP总量增加了约1.36万亿元。\n", "stated"),
    # a sentence between: which level the change starts from is a guess, none is taken
    ("江苏2021年GDP数据为116364.2亿元。全省经济稳中有进。相比2020年102719亿元的GDP，"
     "也增加了约1.36万亿元。\n", None),
])
def test_a_change_whose_current_level_is_in_the_sentence_before(article, text, how) -> None:
    """Form: L。相比P的GDP，也增加了约d — the current level closes the full sentence just before
    the change's, in its paragraph: stated."""
    _, doc = article(text)
    assert [(r["how"], r["verdict"]) for r in differences(doc)] == ([(how, "holds")] if how else [])


@pytest.mark.parametrize("text", [
    "2021年，山东生产总值为83095.9亿元，比上年增加9966.9亿元。\n",  # no previous level stated
    "安徽省一季度的GDP为9529.1亿元，这一数据高出上海70.24亿元。\n",  # 上海's level not stated
    "全省粮食产量106.68亿斤，比上年增加59.4亿斤，增长1.3倍。\n",
])
def test_no_difference_without_both_levels(article, text) -> None:
    _, doc = article(text)
    assert differences(doc) == []


def test_the_other_subjects_level_of_another_period_is_not_the_other_level(article) -> None:
    """全年A市GDP为2100亿元，高出B市60亿元 — B's level stated is its 一季度 one: no difference."""
    _, doc = article("今年一季度，A市GDP为500亿元，B市GDP为450亿元。全年A市GDP为2100亿元，高出B市60亿元。\n")
    assert differences(doc) == []


def test_another_measure_of_the_other_subject_is_not_the_other_level(article) -> None:
    """高出全国4872元 after a 人均可支配收入: 全国's 人均消费支出 is another measure."""
    _, doc = article("全国居民人均消费支出24100元，增长12.6%。\n\n"
                     "全市居民人均可支配收入40000元，高出全国4872元。\n")
    assert differences(doc) == []
