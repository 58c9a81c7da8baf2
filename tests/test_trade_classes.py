"""Classes of traded goods overlap: 高新技术产品 are mostly 机电产品 (and 劳动密集型产品 cut across
both), so a 其中 listing them is never summed against the exports — each is at most the whole
(discover/breakdown.py, the axes of classification). Form of the customs releases (e.g. 安徽
省商务厅 2012: 全省机电出口44.3亿美元，增长35.3%；高新技术产品出口14.9亿美元, ahscb.com)."""

from helpers import breakdowns_of, error_findings

OVERLAPPING = "全年出口总额500亿元，增长5%。其中机电产品出口350亿元，高新技术产品出口180亿元。"


def test_overlapping_classes_are_not_summed(article):
    code, doc = article(OVERLAPPING)
    assert code == 0 and error_findings(doc) == []
    assert breakdowns_of(doc) == [("stated", frozenset({"350亿元", "500亿元"})),
                                  ("stated", frozenset({"180亿元", "500亿元"}))]


def test_a_class_over_the_whole_is_still_an_error(article):
    code, doc = article(OVERLAPPING.replace("350亿元", "550亿元"))
    assert code == 1 and any("550亿元" in f["message"] for f in error_findings(doc))

