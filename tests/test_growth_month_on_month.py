"""A level with its change and rate against a year before, then against the month before, in one
sentence (…，较6月份减少705.39万吨，环比减少5.7%), and the base of a rate in brackets after it
(同比增长21.86%（2010年1-7月中国铁矿石累计产量56781.69万吨）): discover/growth.py. Source: a 2011
industry report on the NBS monthly output of iron ore and steel,
http://chinaccm.com/27/20120323/Sub/183357_569381.txt."""

from helpers import checks_of, error_findings

IRON = ("7月份中国铁矿石产量为11696万吨，本月较去年同期增加2085.64万吨"
        "（2010年7月中国铁矿石总产量为9610.33万吨），同比增长21.7%；较6月份减少705.39万吨，环比减少5.7%；2011年1-7月份中国铁矿石累计产量为69191.8万吨，"
        "同比增长21.86%（2010年1-7月中国铁矿石累计产量56781.69万吨）。")
PIG_IRON = ("7月生铁产量为5506.2万吨，较去年同期增加748.2万吨，同比增长15.7%；较6月增加17.2万吨，"
            "环比增长0.3%；1-7月生铁产量为3.7692亿吨，同比增长7.5%。")


def test_year_and_month_changes_and_the_bracketed_base(article):
    code, doc = article(IRON)
    assert code == 0 and error_findings(doc) == []
    growth = checks_of(doc, "growth")
    assert ("holds", ["11696万吨", "2085.64万吨", "21.7%"]) in growth
    assert ("holds", ["11696万吨", "减少705.39万吨", "减少5.7%"]) in growth
    assert ("holds", ["69191.8万吨", "56781.69万吨", "21.86%"]) in growth
    assert not any("9610.33万吨" in claims and "705.39" in " ".join(claims) for _, claims in growth)


def test_each_changed_figure_is_named(article):
    for before, after in (("环比减少5.7%", "环比减少8.7%"), ("705.39万吨", "745.39万吨"),
                          ("同比增长21.7%", "同比增长24.7%"), ("56781.69万吨", "59781.69万吨")):
        code, doc = article(IRON.replace(before, after))
        named = after.removeprefix("环比减少").removeprefix("同比增长")
        assert code == 1 and any(named in f["message"] for f in error_findings(doc)), after


def test_the_month_before_without_a_subject_of_its_own(article):
    code, doc = article(PIG_IRON)
    assert code == 0
    assert ("holds", ["5506.2万吨", "17.2万吨", "0.3%"]) in checks_of(doc, "growth")
    code, doc = article(PIG_IRON.replace("17.2万吨", "47.2万吨"))
    assert code == 1 and any("47.2万吨" in f["message"] for f in error_findings(doc))


def test_another_subject_after_the_semicolon_is_not_the_level(article):
    code, doc = article("7月生铁产量为5506.2万吨，同比增长15.7%；钢材产量7571.7万吨，较6月份减少301.3万吨，"
                        "环比下降3.8%。")
    assert code == 0
    assert not any("5506.2万吨" in claims and "301.3万吨" in claims for _, claims in checks_of(doc, "growth"))
