"""Shares found in articles (discover/share.py), through `factcheck check ARTICLE`: a share
whose part is named before 占 at the start of its sentence, its level closing the sentence before.
"""

from __future__ import annotations

import pytest


def shares(doc: dict) -> list[dict]:
    return [c for c in doc["checks"] if c["kind"] == "share"]


def figures(check: dict) -> set[str]:
    return {c["written"] for c in check["claims"]}


DAQING = ("全市固定资产投资完成247.4亿元，同比增长2%。\n\n"
          "从国有和非国有看，非国有投资增速高达50%以上：国有及国有控股投资完成186.6亿元，同比下降8%；"
          "非国有投资完成60.8亿元，同比增长52.8%。非国有投资占全市固定资产投资比重为{share}%，"
          "比同期比重提高8.2个百分点。\n")


@pytest.mark.parametrize(("share", "verdict"), [("24.6", "holds"), ("24.9", "warning")])
def test_a_share_opening_its_sentence_names_the_part_of_the_sentence_before(article, share,
                                                                            verdict) -> None:
    """Form: X完成a，增长x。X占Y比重为p% — the part is the level the sentence before ends with,
    under the name before 占 (not 国有及国有控股投资); tied across sentences: linked."""
    code, doc = article(DAQING.format(share=share))
    [r] = shares(doc)
    assert figures(r) == {"60.8亿元", "247.4亿元", f"{share}%"}
    assert (r["how"], r["verdict"]) == ("linked", verdict)
    assert code == 0


def test_a_private_investment_share_in_a_city_report(article) -> None:
    """The same form in another report (民间投资完成307.1亿元…。民间投资占全市投资比重为56.7%); its
    first sentence, the city's total, is added here: the report states it elsewhere."""
    _, doc = article("1—6月，全市投资完成541.6亿元，同比增长10.2%。1—6月，全市民间投资完成307.1亿元，"
                     "同比增长8.8%，环比回升3.1个百分点。民间投资占全市投资比重为56.7%，环比回升1.4个百分点。\n")
    [r] = shares(doc)
    assert figures(r) == {"307.1亿元", "541.6亿元", "56.7%"}
    assert r["verdict"] == "holds"


def test_another_name_before_zhan_is_no_share_of_the_last_level(article) -> None:
    _, doc = article("非国有投资完成60.8亿元，同比增长52.8%。民间投资占全市固定资产投资比重为24.6%。\n")
    assert shares(doc) == []
