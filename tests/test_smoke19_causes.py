"""No false alarm on the nineteenth and twentieth rounds of unseen articles (tests/data/smoke19 and
smoke20, review.yaml; sources in sources.yaml) and on the open items of earlier rounds: each form of
writing that raised one, with the real sentence, and the same form with one figure changed where
the relation is real (the error names the changed figure)."""

from __future__ import annotations

from helpers import alarms
from helpers import checks_of as checks
from helpers import names_written as _named

# --- a 分X来看 section of two measures splits two totals ------------------------------------------

# insurance-jan-may-2023-xyjb lines 1–3 (smoke10, open until now)
INSURANCE = ("前5个月，保险业实现原保险保费收入26763亿元，原保险赔付支出7621亿元。\n"
             "按可比口径，行业汇总原保险保费收入同比增长10.68%，原保险赔付支出增长16.31%。\n"
             "分财产险、人身险来看，财产险业务实现原保费收入{p}亿元，人身险业务实现原保费收入21040亿元。"
             "财产险赔付支出3359亿元，人身险赔付支出4262亿元。")


def test_a_section_of_premiums_and_claims_splits_the_premiums_only(article) -> None:
    _, doc = article(INSURANCE.format(p="5724"))
    assert alarms(doc) == []
    assert checks(doc, "breakdown") == [("holds", ["5724亿元", "21040亿元", "26763亿元"])]
    _, doc = article(INSURANCE.format(p="9724"))
    assert _named(doc, "9724亿元", "warning")  # tied across sentences: linked


# --- numbers with thousands commas around a slash -------------------------------------------------

# jiangsu-bank-h1-2024-gtja-reportify (smoke20): the fraction reader took 18,351 for a numerator and
# crashed reading it as an integer
SHARES = "总股本/流通A股为18,351/18,351百万股。流通股为1,200/3,400万股。其中约占1/4。"


def test_comma_grouped_numbers_around_a_slash_are_no_fraction(article) -> None:
    code, doc = article(SHARES)
    assert code == 0 and alarms(doc) == []
    assert [c["written"] for c in doc["checks"] for c in c["claims"]] == []
