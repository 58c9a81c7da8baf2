"""A 其中 with a colon announces a list that runs to the full stop over semicolons, one kind a
clause (discover/breakdown.py `_colon_list`): 全县现有公办中小学校349所,在校生156928人,其中:小学312所,
学生91635人;初级中学32所,…: the schools' parts are every kind's count, after a count of other things
(the pupils) between the total and its 其中. Through `factcheck check` on the real sentence, with one
part changed (an error naming it), and the clause after the list that is no part."""

from __future__ import annotations

from helpers import check_dicts, error_findings, written_set

# a county's education profile (http://xue40887495.cn.zhsho.com)
SCHOOLS = ("全县现有公办中小学校349所,在校生156928人,其中:小学312所,学生91635人;初级中学{a}所,"
           "学生44949人;普通高中2所,学生9788人;职业中学2所,学生10470人;特殊教育学校1所,学生86人。教师进修校1所。\n")
# 大足区义务教育均衡发展自评报告 (https://www.dazu.gov.cn/qzfbm/qjw/zwgk_53321/fdzdgknr_53323/ywjy/zcwj/
# 202104/t20210412_9141761.html): a comma list, read as before
DAZU = ("全区现有公办义务教育学校191所,其中初级中学22所,高完中2所,中心小学73所,村小(教学点)94所;"
        "在校生92988人,其中小学67424人、初中25564人。\n")


def breakdowns(doc: dict) -> list[tuple[set[str], str]]:
    return [(written_set(c), c["verdict"]) for c in check_dicts(doc, "breakdown")]


def test_a_colon_list_runs_over_semicolons(article) -> None:
    _, doc = article(SCHOOLS.format(a="32"))
    assert ({"349所", "312所", "32所", "2所", "1所"}, "holds") in breakdowns(doc)
    assert not any("教师进修校1所" in f for f, _ in breakdowns(doc))
    assert not error_findings(doc)
    _, doc = article(SCHOOLS.format(a="35"))
    assert any(any(c["written"] == "35所" for c in f["claims"]) for f in error_findings(doc))


def test_a_comma_list_is_unchanged(article) -> None:
    _, doc = article(DAZU)
    assert ({"191所", "22所", "2所", "73所", "94所"}, "holds") in breakdowns(doc)
    assert not error_findings(doc)
