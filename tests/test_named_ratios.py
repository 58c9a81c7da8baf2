"""Ratios official statistics define by name, stated with the two levels they divide but no 占
(discover/ratios.py): 城镇化率 (urban residents over residents; of the registered population
when it says 户籍), 资产负债率 (liabilities over assets)."""

from helpers import checks_of, error_findings

# a county bulletin, via http://qiantimeigw.com/ShuJuXiangGuan/678444.html
COUNTY = ("据人口变动抽样调查资料测算，年末有常住人口332.21万人，比上年增加0.49万人。"
          "其中，城镇常住人口119.99万人，增加4.65万人。城镇化率为36.12%，比上年提高1.35个百分点。")
# 重庆市2022年国民经济和社会发展统计公报 (tests/data/fresh18/stat-chongqing-2022-communique)
CHONGQING = ("年末全市常住人口3213.34万人，比上年增加0.91万人，其中，城镇常住人口2280.32万人。"
             "年末全市常住人口城镇化率为70.96%，比上年末提高0.64个百分点。")
# 河北省统计局, 2017年1-11月份规模以上工业企业利润 (tests/data/fresh18/stat-hebei-industry-profit-2017)
HEBEI = ("11月末，规模以上工业企业资产总计46176.4亿元，同比增长7.7%；负债合计25278.2亿元，增长6.1%；"
         "所有者权益合计20898.1亿元，增长9.7%；资产负债率为54.7%，同比下降0.9个百分点。")


def test_the_urbanisation_rate_over_two_sentences(article):
    for text, figures, changed in ((COUNTY, ["119.99万人", "332.21万人", "36.12%"], "39.12%"),
                                   (CHONGQING, ["2280.32万人", "3213.34万人", "70.96%"], "73.96%")):
        code, doc = article(text)
        assert code == 0 and checks_of(doc, "share") == [("holds", figures)]
        _, doc = article(text.replace(figures[2], changed))
        assert any(f["severity"] == "warning" and changed in f["message"]
                   for f in doc["findings"])  # linked: a warning


def test_in_one_sentence_it_is_stated(article):
    text = ("年末全省常住人口4154万人，其中城镇常住人口2574万人，乡村常住人口1580万人，"
            "常住人口城镇化率61.97%。")
    code, doc = article(text)
    assert code == 0 and ("holds", ["2574万人", "4154万人", "61.97%"]) in checks_of(doc, "share")
    code, doc = article(text.replace("61.97%", "64.97%"))
    assert code == 1 and any("64.97%" in f["message"] for f in error_findings(doc))


def test_the_debt_ratio(article):
    code, doc = article(HEBEI)
    assert code == 0 and ("holds", ["25278.2亿元", "46176.4亿元", "54.7%"]) in checks_of(doc, "share")
    code, doc = article(HEBEI.replace("54.7%", "57.7%"))
    assert code == 1 and any("57.7%" in f["message"] for f in error_findings(doc))


def test_registered_and_resident_populations_do_not_mix(article):
    code, doc = article("年末全县户籍人口43.92万人，常住人口32.20万人，其中城镇常住人口14.00万人，"
                        "户籍人口城镇化率为28.48%。")
    assert code == 0 and checks_of(doc, "share") == []


def test_the_only_whole_of_the_paragraph_further_back(article):
    # the form of a county bulletin's population paragraph (constructed: the whole two sentences back)
    text = ("年末全县常住人口52.68万人，比上年减少0.31万人。全年出生人口0.45万人。城镇常住人口19.46万人，"
            "乡村常住人口33.22万人。常住人口城镇化率为36.94%，比上年末提高1.9个百分点。")
    code, doc = article(text)
    assert code == 0 and checks_of(doc, "share") == [("holds", ["19.46万人", "52.68万人", "36.94%"])]
    _, doc = article(text.replace("年末全县常住人口52.68万人，比上年减少0.31万人。",
                                  "年末全县常住人口52.68万人，户籍人口60.10万人。年末常住人口52.68万人。"))
    assert checks_of(doc, "share") == []  # two levels of the whole's name: the words do not say which
