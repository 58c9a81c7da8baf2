"""Shares and counts of the sixteenth round of unseen articles (tests/data/smoke16, review.yaml):
a prior-year figure in brackets is no part or whole of a share, a share of a volume is no share of
a count of kinds, a paragraph with its own total has it as the whole of its shares, and the first
k places count the names after them, not the group they are among. Each with the real sentence,
the same sentence with one figure changed where the relation is real (the finding names it) and
the same form in another real text (its address given)."""

from __future__ import annotations

from pathlib import Path

from helpers import alarms, check_dicts, names_place, written_set
from helpers import checks_of as checks

SMOKE16 = Path(__file__).parent / "data" / "smoke16"


def _line(slug: str, n: int) -> str:
    return (SMOKE16 / f"{slug}.txt").read_text(encoding="utf-8").splitlines()[n - 1]


def _shares(doc: dict) -> list[tuple[str, frozenset[str]]]:
    return [(c["verdict"], frozenset(written_set(c))) for c in check_dicts(doc, "share")]


def _named_at(doc: dict, text: str, written: str, severity: str = "error") -> bool:
    """A finding of that severity names the figure written so, at its line and column."""
    line = next(k for k, row in enumerate(text.split("\n"), 1) if written in row)
    column = text.split("\n")[line - 1].index(written) + 1
    return any(names_place(f, line, column) for f in doc["findings"] if f["severity"] == severity)


# --- A. 284.12亿元（去年同期为321.18亿元，…），占全国总票房的59.36%: the aside is last year's ----------
FILM = _line("film-box-office-q1q3-2019-victorzhang", 1) + "\n"


def test_a_prior_year_aside_is_no_part_or_whole_of_a_share(article) -> None:
    code, doc = article(FILM)
    assert code == 0 and alarms(doc) == []
    shares = _shares(doc)
    assert ("holds", frozenset({"284.12亿元", "478.64亿元", "59.36%"})) in shares
    assert ("holds", frozenset({"194.52亿元", "478.64亿元", "40.64%"})) in shares
    assert not any({"321.18亿元", "168.27亿元", "489.45亿元"} & s for _, s in shares)


def test_a_changed_share_after_the_aside_is_named(article) -> None:
    text = FILM.replace("59.36%", "58.36%")
    code, doc = article(text)
    assert code == 1 and _named_at(doc, text, "58.36%")


# 國家電影專資辦 via ecatooo.com (http://ecatooo.com/index.php/article/53866.html), 2019-12, in
# simplified characters: the share follows a (去年同期为…) aside too
DOMESTIC = ("据国家电影专资办的数据显示：截至今年11月30日，全年总票房为595.17亿元（去年同期为563.32亿元，"
            "同比增长5.65%）；总人次为16.05亿（去年同期为15.95亿，同比增长0.66%）；国产影片票房为374.54亿元"
            "（去年同期为361.04亿元，同比增长3.74%），国产影片份额为62.93%（去年同期为64.09%）。\n")


def test_a_prior_year_aside_in_another_text_is_no_part(article) -> None:
    _, doc = article(DOMESTIC)  # (a duplicate warning of its two 同比 growths is another cause)
    assert not [a for a in alarms(doc) if a[0] == "FC201"]
    assert not any("361.04亿元" in s or "563.32亿元" in s for _, s in _shares(doc))


# near miss: a share inside the aside is last year's, of last year's figures, never this year's
INSIDE = ("前三季度中国电影市场总票房为478.64亿元（去年同期为489.45亿元，同比减少2.21%）。其中，国产影片票房"
          "284.12亿元（去年同期为321.18亿元，占去年同期总票房的65.62%），占全国总票房的59.36%。\n")


def test_a_share_inside_the_aside_takes_no_figure_of_this_year(article) -> None:
    code, doc = article(INSIDE)
    assert code == 0 and alarms(doc) == []
    assert not any("65.62%" in s and s & {"284.12亿元", "478.64亿元"} for _, s in _shares(doc))


# near miss: a part in brackets that is no earlier period is still the part
IN_BRACKETS = "前三季度全国电影总票房为478.64亿元。其中，国产影片（票房{a}亿元），占全国总票房的59.36%。\n"


def test_a_part_in_brackets_of_no_period_is_still_the_part(article) -> None:
    _, doc = article(IN_BRACKETS.format(a="284.12"))
    assert ("holds", frozenset({"284.12亿元", "478.64亿元", "59.36%"})) in _shares(doc)
    text = IN_BRACKETS.format(a="294.12")
    code, doc = article(text)
    assert code == 1 and _named_at(doc, text, "294.12亿元")


# --- B. 共批签发20种疫苗，其中狂犬病疫苗批签发量位居首位，占比17.08%: a share of the doses -----------
VACCINE = "vaccine-lot-release-jan-may-2020-chinabaogao"
KINDS = _line(VACCINE, 2) + "\n"


def test_a_share_of_a_volume_is_no_share_of_the_kinds(article) -> None:
    code, doc = article(KINDS)
    assert code == 0 and alarms(doc) == []
    assert checks(doc, "feasibility") == []


# 宏观经济研究 via mpmpc.cn (http://mpmpc.cn/wap/index.php?itemid=3338&moduleid=21&page=11): the share
# after a count of firms is of their sales (销售收入), not of the firms
FIRMS = ("442家大中型企业销售收入4900亿元，占比52.7%。2835家小型企业销售收入由上年的3087亿元增加到"
         "4401.73亿元。\n")


def test_a_share_of_sales_is_no_share_of_the_firms(article) -> None:
    _, doc = article(FIRMS)
    assert checks(doc, "feasibility") == [] and not [a for a in alarms(doc) if a[0] == "FC701"]


# near miss (the real sentence with a share of kinds): a measure that only qualifies the kinds
# (批签发量超百万支的疫苗) leaves the share one of the 20 kinds, checked
OF_KINDS = "5月中检院共批签发20 种疫苗（大类），其中批签发量超百万支的疫苗占{p}%。\n"


def test_a_share_of_the_kinds_a_volume_qualifies_is_still_checked(article) -> None:
    _, doc = article(OF_KINDS.format(p="35"))
    assert checks(doc, "feasibility") == [("holds", ["35%"])]
    text = OF_KINDS.format(p="32")
    code, doc = article(text)
    assert code == 1 and _named_at(doc, text, "32%")


# --- C. the paragraph's own total (合计批签发 765.82 万支) is the whole of its bare shares ---------------
RABIES = _line(VACCINE, 3) + "\n" + _line(VACCINE, 4) + "\n"


def test_the_whole_is_the_paragraphs_own_total(article) -> None:
    code, doc = article(RABIES)
    assert code == 0 and alarms(doc) == []
    shares = _shares(doc)
    assert ("holds", frozenset({"401.18万支", "765.82万支", "52.39%"})) in shares
    assert ("holds", frozenset({"159.24万支", "765.82万支", "20.79%"})) in shares
    assert not any("3105.94万支" in s and s & {"52.39%", "20.79%"} for _, s in shares)


def test_a_changed_share_of_the_paragraphs_total_is_named(article) -> None:
    text = RABIES.replace("52.39%", "62.39%")
    _, doc = article(text)
    assert _named_at(doc, text, "62.39%", "warning")


def test_the_whole_article_has_no_alarm(article) -> None:
    code, doc = article((SMOKE16 / f"{VACCINE}.txt").read_text(encoding="utf-8"))
    assert code == 0 and alarms(doc) == []


# --- D. 24家上市券商中净利润排名前三位的分别是A、B、C: three names, counted by 前三位 ------------------
BROKERS = _line("listed-brokers-h1-2016-ce", 6) + "\n"


def test_the_first_places_count_the_names_not_the_group(article) -> None:
    code, doc = article(BROKERS)
    assert code == 0 and alarms(doc) == []
    assert checks(doc, "enumeration") == [("holds", ["前三位"])]


def test_a_changed_number_of_places_is_named(article) -> None:
    text = BROKERS.replace("前三位", "前四位")
    code, doc = article(text)
    assert code == 1 and _named_at(doc, text, "前四位")


# 深圳商报 via hechaji.com (https://hechaji.com/ruifeng/5139.html), 2023《财富》中国上市公司500强: the
# names ranked among the ten that earn most are counted by 前四名, not by the ten
TOP_TEN = ("从盈利能力来看，最赚钱的10家公司中，工商银行、建设银行、农业银行、中国银行位居前四名，"
           "而腾讯控股以1882亿元的净利润排在第5位。\n")
# 财富中文网 via sd.ifeng.com (http://sd.ifeng.com/zbc/detail_2013_07/17/1002640_0.shtml), with the
# group's size a count (the page has 中国500强上榜公司中): 前四家 counts the names
TOP_FOUR = ("按利润统计，30家上榜公司中利润最高的前四家公司分别是：中国工商银行、中国建设银行、中国农业银行、"
            "中国银行。\n")


def test_the_first_places_count_the_names_in_other_texts(article) -> None:
    _, doc = article(TOP_TEN)
    assert checks(doc, "enumeration") == [("holds", ["前四名"])] and alarms(doc) == []
    code, doc = article(TOP_FOUR)
    assert code == 0 and alarms(doc) == []
