"""The same figure stated twice, session 18.

- **A price index restated by its change** (duplicate._indices): 城市居民消费价格指数为100.7，同比上涨0.7%
  — an index on last year's period (上年同期=100) and, in the next clause, its year-on-year change:
  one `expect` (index − 100 = change × 100), stated. Not an index in points (钢材综合价格指数为
  132.37点，比10月末下降17.27点，降幅为11.5%), a diffusion index in % (PMI), an index with no change.

Each case is a real text (source given), checked with `factcheck check x.txt --format json
--show-checks`: the check found and its verdict, one figure changed gives an error naming it, and
the look-alikes give nothing.
"""

from __future__ import annotations

import pytest
from helpers import check_text as check
from helpers import error_findings as errors


def _index_checks(doc: dict) -> list[tuple[str, str, list[str]]]:
    return [(r["how"], r["verdict"], [c["written"] for c in r["claims"]]) for r in doc["checks"]
            if r["kind"] == "expression" and r["check"].endswith("_index")]


# --- a price index restated by its change -------------------------------------------------------
#: 大庆市统计局, 2016年上半年全市经济运行情况 (tests/data/articles stat-daqing-2016h1, lines 67 and 69)
DAQING_CPI = "CPI：城市居民消费价格指数为{x}，同比上涨0.7%。\n"
DAQING_PPI = ("PPI：工业生产者出厂价格指数为{x}，同比下降20.2%。PPI低位运行主要是受原油价格持续走低影响"
              "（上半年平均油价同比下降33.2%）。\n")


@pytest.mark.parametrize(("text", "value", "change", "changed"), [
    (DAQING_CPI, "100.7", "0.7%", "101.7"),
    (DAQING_PPI, "79.8", "下降20.2%", "97.8"),
], ids=["CPI", "PPI"])
def test_a_price_index_restated_by_its_change(tmp_path, capsys, text, value, change, changed):
    doc = check(tmp_path, capsys, text.format(x=value))
    found = [(how, verdict, figures) for how, verdict, figures in _index_checks(doc)
             if any(value in w for w in figures)]
    assert found and all(how == "stated" and verdict == "holds" and change in figures
                         for how, verdict, figures in found)
    assert errors(doc) == []
    doc = check(tmp_path, capsys, text.format(x=changed))
    assert any(any(changed in c["written"] for c in f["claims"]) for f in errors(doc))


#: look-alikes: 中国钢铁工业协会 via smoke (an index in points against last month); 国家统计局 PMI (a
#: diffusion index in %); 国家统计局 房地产开发景气指数 (no change after it); a month-on-month index
@pytest.mark.parametrize("text", [
    "据中国钢铁工业协会监测，11月末，中国钢材综合价格指数为132.37点，比10月末下降17.27点，降幅为11.5%。\n",
    "2017年6月份，中国制造业采购经理指数（PMI）为51.7%，比上月上升0.5个百分点，制造业扩张步伐有所加快。\n",
    "9月份，全国房地产开发景气指数为100.41。\n",
    "全市居民消费价格环比指数为100.3，同比上涨2.1%。\n",
], ids=["points", "PMI", "no-change", "month-on-month"])
def test_other_indices_are_not_read_as_restated(tmp_path, capsys, text):
    doc = check(tmp_path, capsys, text)
    assert _index_checks(doc) == []
