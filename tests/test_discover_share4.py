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
    (HAIDIAN, "占比约为58.5%", "约58.5%", "warning"),
    (HAIDIAN, "占比为58.5%", "58.5%", "error"),
    (MOZI, "占比约为54%", "约54%", None),
    (MOZI, "占比约为58%", "约58%", "warning"),
    (MOZI, "占比为58%", "58%", "error"),
])
def test_an_approximate_share_fails_only_as_a_warning(article, text, share, written, severity) -> None:
    """Form: 其中/在N中 …A，占比约为p%: the share is stated; a wrong share written with 约 is a
    warning (the text says it is approximate), the same share without 约 an error."""
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
        assert text.format(share=share)[e["column"] - 1:].lstrip("为").startswith(written)


# github:hajeekn/RSSHUB-PAGE (as above), its line 29, with 约 on the growth rates
BEIJING = ("2020年，北京市GDP为36102.6亿元，同比增长{about}1.2%。其中海淀区GDP为8504.6亿元，"
           "{share}北京市总量的24.56%，同比增长{about}5.9%。\n")


@pytest.mark.parametrize(("about", "share", "severity"), [
    ("约", "占", "error"),  # 约 on the growth rates only: the share's own figures are exact
    ("", "约占", "warning"),  # 约占: the share is approximate
])
def test_about_softens_only_the_figure_it_is_written_on(article, about, share, severity) -> None:
    """The precision test of the policy: a 约 elsewhere in the sentence leaves a wrong share an
    error; 约 before 占 makes the share approximate, so its failure is a warning."""
    code, doc = article(BEIJING.format(about=about, share=share))
    [r] = shares(doc)
    assert {c["written"] for c in r["claims"]} >= {"8504.6亿元", "36102.6亿元"}
    assert [f["severity"] for f in doc["findings"]] == [severity]
    assert code == (severity == "error")
