"""A month's output within the months to it, read in session 20 (discover/within.py
`_months_in_spans`), through `factcheck check ARTICLE`: what is produced in a month (产量, 生产) is a flow
like the measures of composition.measure, and the span's name may say it is summed (累计).
"""

from __future__ import annotations

import pytest
from helpers import column_of as column
from helpers import names_place as names


def checks_with(doc: dict, *figures: str) -> list[dict]:
    want = sorted(figures)
    return [c for c in doc["checks"] if sorted(x["written"] for x in c["claims"]) == want]


# 中国橡胶工业协会 2011-08 (fresh19 stat-tire-industry-2011m7, lines 7 and 9)
TIRES = ("7月份，全行业生产轮胎{month}，同比增长12.5%。\n\n"
         "1-7月份，全行业累计生产轮胎46094万条，同比增长5.2%。\n")
# 国家统计局 via kuaxie.cn (http://www.kuaxie.cn/dynamics/show.php?itemid=1308)
COAL = ("日前，国家统计局数据显示，4月全国原煤产量{month}，同比增长10.7%；1-4月累计原煤产量144777.8万吨，"
        "同比增长10.5%。\n")
# 国家统计局 2024-04 能源生产情况 (http://m.14z7q.com/xw/zyxw/20240416/242586.html)
CRUDE = ("原油生产平稳增长。3月份，规上工业原油产量{month}，同比增长1.2%。进口原油4905万吨，同比下降6.2%。"
         "1—3月份，规上工业原油产量5348万吨，同比增长2.3%。\n")


@pytest.mark.parametrize(("text", "month", "wrong", "span", "line"), [
    (TIRES, "7281万条", "72810万条", "46094万条", 1),
    (COAL, "36279.6万吨", "362796万吨", "144777.8万吨", 1),
    (CRUDE, "1837万吨", "18370万吨", "5348万吨", 1),
])
def test_a_months_output_is_within_the_months_to_it(article, text, month, wrong, span, line) -> None:
    code, doc = article(text.format(month=month))
    [found] = checks_with(doc, month, span)
    assert code == 0 and (found["kind"], found["how"], found["verdict"]) == ("breakdown", "linked", "holds")
    changed = text.format(month=wrong)  # a digit added: the month over the months to it
    _, doc = article(changed)
    at = column(changed.split("\n")[line - 1], wrong)
    assert any(names(f, line, at) for f in doc["findings"] if f["severity"] == "warning")


@pytest.mark.parametrize("text", [
    # a month's output and the span's of another product
    "7月份，全行业生产轮胎7281万条。\n1-7月份，子午胎累计产量22221万条。\n",
    # the month's output and a month-end stock (月末: a point in time, no span)
    "7月份，全国原煤产量36279.6万吨。7月末，煤炭企业存煤产量5000万吨。\n",
])
def test_no_month_within_another_output(article, text) -> None:
    _, doc = article(text)
    assert [c for c in doc["checks"] if c["check"].endswith("_month")] == []
