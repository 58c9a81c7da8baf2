"""A 其中 dated by a month counts things in a state of that month (其中，7月份有23个行业实现增长,
after 1—7月…37个大类行业中有21个行业…实现增长): no part of the count over the months — the month
has its own count. Counts of events (新增, 上市) stay parts: a month's new firms are some of the
half year's (discover/breakdown.py). The form of the monthly industry releases of the provincial
statistics bureaus."""

from helpers import breakdowns_of, error_findings

STATE = ("1—7月，全省37个工业大类行业中有21个行业增加值实现增长，增长面为56.8%。"
         "其中，7月份有23个行业实现增长。")


def test_a_months_count_in_a_state_is_no_part(article):
    code, doc = article(STATE)
    assert code == 0 and error_findings(doc) == []
    assert breakdowns_of(doc) == [("stated", frozenset({"21个", "37个"}))]


def test_a_months_count_of_events_is_a_part(article):
    code, doc = article("上半年全市新增上市企业12家，增长20%。其中，二季度新增18家。")
    assert code == 1 and any("18家" in f["message"] for f in error_findings(doc))
