"""The 约 policy on shares (discover/share.py, verdict.py), through `factcheck check ARTICLE`: a
share the text writes with 约 (占比约为p%, 约占…的p%) that misses its part and whole is a warning,
never an error; the same share without 约 is an error at the share's line:column, and a 约 on
another figure of the sentence (增长约5.9%) does not soften it."""

from __future__ import annotations

import pytest


def shares(doc: dict) -> list[dict]:
    return [c for c in doc["checks"] if c["kind"] == "share"]


def findings(doc: dict, severity: str) -> list[dict]:
    return [f for f in doc["findings"] if f["severity"] == severity]


# github:hajeekn/RSSHUB-PAGE source/_posts/金融/新浪财经/新浪财经－国內/
# 下一个破万亿的，可能是这个区：靠科研起家，GDP占北京的1_4.md
HAIDIAN = ("在313万海淀常住人口中，拥有大学（指大专及以上）文化程度的人口为177万人，{share}，"
           "远高于全国平均水平。\n")
# a botnet report (stored file id 19756214574 in the code corpus): 73/135 = 54.07%
MOZI = "截止4月25日，我们探测到135万个历史感染节点，其中有73万个节点来自中国，{share}。\n"


@pytest.mark.parametrize(("text", "share", "written", "severity"), [
    (HAIDIAN, "占比约为56.5%", "约56.5%", None),
    (HAIDIAN, "占比约为56.9%", "约56.9%", "warning"),  # 177.5 / 312.5 = 56.8%: twice the rounding
    (HAIDIAN, "占比约为58.5%", "约58.5%", "error"),
    (HAIDIAN, "占比为58.5%", "58.5%", "error"),
    (MOZI, "占比约为54%", "约54%", None),
    (MOZI, "占比约为58%", "约58%", "error"),
    (MOZI, "占比为58%", "58%", "error"),
])
def test_an_approximate_share_fails_only_as_a_warning(article, text, share, written, severity) -> None:
    """Form: 其中/在N中 …A，占比约为p%: the share is stated; a share written with 约 that holds
    only with 约 read to twice its rounding is a warning, one wrong even then an error, as is the
    share without 约."""
    code, doc = article(text.format(share=share))
    [r] = shares(doc)
    assert written in {c["written"] for c in r["claims"]}
    assert r["how"] == "stated"
    assert {f["severity"] for f in doc["findings"]} == ({severity} if severity else set())
    assert code == (severity == "error")
    if severity == "error":
        [e] = findings(doc, "error")
        [stated] = [c for c in e["claims"] if c["written"] == written]
        assert (e["line"], e["column"]) == (1, stated["column"])  # the share's own line:column
        printed = text.format(share=share)[e["column"] - 1:].lstrip("为").replace("约为", "约", 1)
        assert printed.startswith(written)


# github:hajeekn/RSSHUB-PAGE (as above), its line 29, with 约 on the growth rates
BEIJING = ("2020年，北京市GDP为36102.6亿元，同比增长{about}1.2%。其中海淀区GDP为8504.6亿元，"
           "{share}北京市总量的{value}，同比增长{about}5.9%。\n")


@pytest.mark.parametrize(("about", "share", "value", "severity"), [
    ("约", "占", "24.56%", "error"),  # 约 on the growth rates only: the share's own figures are exact
    ("", "约占", "23.5%", "warning"),  # 约占: approximate, and 23.56% is within twice its rounding
    ("", "约占", "24.56%", "error"),  # approximate, but a point off at two decimals
])
def test_about_softens_only_the_figure_it_is_written_on(article, about, share, value,
                                                        severity) -> None:
    """The precision test of the policy: a 约 elsewhere in the sentence leaves a wrong share an
    error; 约 before 占 makes the share approximate: a warning within twice its rounding."""
    code, doc = article(BEIJING.format(about=about, share=share, value=value))
    [r] = shares(doc)
    assert {c["written"] for c in r["claims"]} >= {"8504.6亿元", "36102.6亿元"}
    assert [f["severity"] for f in doc["findings"]] == [severity]
    assert code == (severity == "error")


# a comparison of GPU makers' half-year results (stored file id 70150487277 in the code corpus)
MOORE = ("【商业化】2026H1 营收 17.36 亿元（+147.42%），规模居四小龙之首，且半年营收已超 2025 年全年"
         "（15.06 亿元）。{part}云端智算产品收入 {value} 亿元，占比约 {share}%，主要来自 MTT S5000 与"
         "夸娥智算集群的稳定供货。\n")
# github:Rock-Candy-Tea/RSSHUB-PAGE source/_posts/金融/财联社/深度/
# 宁德时代斩获10GWh储能大单！液冷储能核心受益标的一览.md (the dev article news-catl-storage-2022)
CATL = ("储能温控市场发展潜力巨大，据GGII测算，2021年我国储能温控行业价值量在24亿元左右，预测2025年将达到"
        "164.4亿元。液冷储能市场价值将从2021年的3亿元，增长至2025年的74.1亿元（4年预计提升25倍），"
        "占比约{share}%，将成为储能温控系统技术的主流。\n")


@pytest.mark.parametrize(("text", "fields", "figures", "verdict"), [
    (MOORE, {"part": "", "value": "16.93", "share": "97.5"}, {"16.93亿元", "17.36亿元", "约97.5%"},
     "holds"),
    (MOORE, {"part": "", "value": "16.93", "share": "92.5"}, {"16.93亿元", "17.36亿元", "约92.5%"},
     "warning"),
    (MOORE, {"part": "", "value": "15.93", "share": "97.5"}, {"15.93亿元", "17.36亿元", "约97.5%"},
     "warning"),
    (CATL, {"share": "45.07"}, {"74.1亿元", "164.4亿元", "约45.07%"}, "holds"),
    (CATL, {"share": "47.07"}, {"74.1亿元", "164.4亿元", "约47.07%"}, "warning"),
])
def test_a_share_right_after_its_part_of_the_whole_the_sentence_before_states(
        article, text, fields, figures, verdict) -> None:
    """Form: 总量W。部分A，占比p% — the share names no whole and no 其中 ties its part to one; the
    whole is the one level of the part's unit in the sentence before that is larger than the part
    (15.06亿元, the year before, is smaller; 24亿元左右 is no exact level) and of the year the
    part's clause names (2025年). The reader ties them: linked, so a wrong figure is a warning at
    the share's line:column, never an error."""
    code, doc = article(text.format(**fields))
    [r] = shares(doc)
    assert {c["written"] for c in r["claims"]} == figures
    assert (r["how"], r["verdict"]) == ("linked", verdict)
    assert code == 0
    if verdict == "warning":
        [w] = findings(doc, "warning")
        [stated] = [c for c in w["claims"] if c["written"].endswith("%")]
        assert (w["line"], w["column"]) == (1, stated["column"])


@pytest.mark.parametrize("text", [
    MOORE.format(part="2025年", value="16.93", share="97.5"),  # the part of another year
    MOORE.replace("。{part}", "。\n\n").format(value="16.93", share="97.5"),  # another paragraph
    "全年财政收入300亿元，财政支出200亿元。民生支出150亿元，占比75%。\n",  # two wholes may hold it
    "公司预算中，研发部门350万元，占比35%。市场部门200万元，占比20%。\n",  # a part beside the part
])
def test_a_bare_share_without_one_whole_before_it_stays_unpaired(article, text) -> None:
    """The precision test: no whole of the part's year, none in its paragraph, two candidates, or
    a level that is itself a part with its own share — no relation."""
    _, doc = article(text)
    assert shares(doc) == []
