"""A whole place's budget split by level of government (discover/breakdown.py
`_levels_of_government`): 全市 … 其中：市本级 …；区级 … (or 县（区）, 市辖区 and 省直管县) is all of it,
so the parts must add up to the total; in the words of real texts through `factcheck check`, each
with one part changed (an error naming it) and a list with another kind of part (no complete split)."""

from __future__ import annotations

from helpers import check_dicts, error_findings, written_set

# 广州市财政局 2023年1-4月财政收支 (https://czj.gz.gov.cn/zzzs/zdlyxxgk/content/post_9663016.html)
GUANGZHOU = ("1-4月，全市一般公共预算收入700.4亿元，增长1.9%。其中：市本级收入341.5亿元，下降0.7%；区级收入"
             "{a}亿元，增长4.4%。\n")
# 常德市财政局 元至5月财政收支 (https://czj.changde.gov.cn/zwgk//public/6617354/8259416.html)
CHANGDE = ("元至5月，全市累计完成一般公共预算支出227.53亿元，同比增加19.54亿元，增长9.39%。其中：市本级完成"
           "44.11亿元，增加4.37亿元，增长11.01%；市辖区完成{a}亿元，增加4.71亿元，增长10.52%；省直管县完成"
           "133.92亿元，增加10.45亿元，增长8.47%。\n")
# 1-7月财政收入 (http://jiafan.net/zdlyxxgk/czyjshsgjf/czyjs/content/post_2812373.html)
SEVEN_COUNTIES = ("1-7月，全市地方公共财政预算收入完成1,392,476万元，同比增收249,885万元，增长21.87%。"
                  "其中：市本级公共财政预算收入完成541,412万元，同比增收72,266万元，增长15.40%；"
                  "7个县（区）公共财政预算收入"
                  "共完成{a}万元，同比增收177,619万元，增长26.37%。\n")


def complete(doc: dict) -> list[set[str]]:
    return [written_set(c) for c in check_dicts(doc, "breakdown") if c["verdict"] == "holds"]


def errors_at(doc: dict, written: str) -> bool:
    return any(any(c["written"] == written for c in f["claims"]) for f in error_findings(doc))


def test_levels_make_up_the_place(article) -> None:
    for text, good, bad, unit, figures in (
            (GUANGZHOU, "358.9", "358.2", "亿元", {"700.4亿元", "341.5亿元", "358.9亿元"}),
            (CHANGDE, "49.5", "49.8", "亿元", {"227.53亿元", "44.11亿元", "49.5亿元", "133.92亿元"}),
            (SEVEN_COUNTIES, "851,064", "851,034", "万元",
             {"1,392,476万元", "541,412万元", "851,064万元"})):
        _, doc = article(text.format(a=good))
        assert figures in complete(doc)
        assert not error_findings(doc)
        _, doc = article(text.format(a=bad))  # a part that falls short: the split is complete
        assert errors_at(doc, bad + unit)


def test_another_kind_of_part_leaves_the_split_open(article) -> None:
    """市本级 and 区级 with 功能区 beside them (a made-up third part on the Guangzhou sentence): not
    the levels alone, so the parts are at most the whole."""
    _, doc = article("1-4月，全市一般公共预算收入700.4亿元，增长1.9%。其中：市本级收入341.5亿元，"
                     "下降0.7%；区级收入300.1亿元，增长4.4%；功能区收入20.2亿元，增长3.1%。\n")
    assert not error_findings(doc)
