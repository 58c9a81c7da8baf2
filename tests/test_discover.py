"""Relations found in articles, through `factcheck check ARTICLE --show-checks`: each finder on
sentences taken from real reports, the relation it finds, and a changed figure reported at its
place."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.cli import main

RATIO = ("从中直和地方看，地方经济正向拉动明显：中直经济实现增加值384.8亿元，同比下降1.2%；地方经济"
         "实现增加值843.2亿元，同比增长3.4%。中直与地方经济比重为31.3：68.7，地方经济比重比同期提高"
         "8.5个百分点。")
INDUSTRIES = ("从产业投资看：第一产业完成投资16.9亿元，同比增长36.9%；第三产业完成投资39.2亿元，同比增长"
              "17.6%；第二产业完成投资191.3亿元，同比下降2.8%。三次产业投资比重为6.8：77.3：15.9。")
SECTION = ("全市固定资产投资完成247.4亿元，同比增长2%。\n\n从中直和地方看，地方投资拉动全市投资增长10.7"
           "个百分点：中直投资完成159.5亿元，同比下降11.7%（其中：油田产能项目完成投资150亿元，下降"
           "10.8%；石化公司1.1亿元，下降57.1%）。地方投资完成87.9亿元，同比增长42.1%。\n")
COUNTS = ("13个实现收入的税种中，增值税、房产税、印花税、城镇土地使用税、车船税、契税等6个税种实现增长，"
          "合计增收2.5亿元；营业税、企业所得税、个人所得税、资源税、城市维护建设税、土地增值税、"
          "耕地占用税等7个税种负增长，合计减收5.5亿元。")
GROWTH = ("上半年，全国夏粮总产量14582万吨（2916亿斤），比上年增加296.7万吨（59.3亿斤），增长2.1%。")


def run(tmp_path: Path, text: str, capsys) -> tuple[int, dict]:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    capsys.readouterr()
    code = main(["check", "--isolated", "--format", "json", "--show-checks", str(path)])
    return code, json.loads(capsys.readouterr().out)


def relations(doc: dict, kind: str) -> list[dict]:
    return [c for c in doc["checks"] if c["kind"] == kind]


def figures(record: dict) -> list[str]:
    return [c["article"]["text"] for c in record["claims"]]


def test_parts_with_their_ratio(tmp_path, capsys):
    code, doc = run(tmp_path, RATIO, capsys)
    assert code == 0
    shares = relations(doc, "share")
    assert len(shares) == 2 and all(s["verdict"] == "holds" and s["how"] == "stated" for s in shares)
    assert {figures(s)[-1] for s in shares} == {"31.3", "68.7"}
    assert any(r["kind"] == "breakdown" and set(figures(r)) == {"31.3", "68.7"}
               for r in doc["checks"])  # the ratio's terms add up to 100


def test_a_changed_part_of_a_ratio_is_an_error_at_its_place(tmp_path, capsys):
    code, doc = run(tmp_path, RATIO.replace("384.8亿元", "394.8亿元"), capsys)
    assert code == 1
    errors = [f for f in doc["findings"] if f["severity"] == "error"]
    assert {f["code"] for f in errors} == {"FC201"}
    places = {(c["article"]["line"], c["article"]["column"]) for f in errors for c in f["claims"]}
    column = RATIO.index("384.8亿元") - 2  # the figure with its verb: 实现增加值394.8亿元
    assert any(line == 1 and abs(col - column) <= 6 for line, col in places)


def test_the_three_industries_in_the_ratios_order(tmp_path, capsys):
    # the text lists 第一、第三、第二产业, the ratio is 一：二：三
    code, doc = run(tmp_path, INDUSTRIES, capsys)
    assert code == 0
    shares = {figures(s)[0]: figures(s)[-1] for s in relations(doc, "share")}
    assert shares == {"16.9亿元": "6.8", "191.3亿元": "77.3", "39.2亿元": "15.9"}
    swapped = INDUSTRIES.replace("6.8：77.3：15.9", "6.8：15.9：77.3")
    assert run(tmp_path, swapped, capsys)[0] == 1


def test_a_section_splits_the_total_of_the_paragraph_before(tmp_path, capsys):
    code, doc = run(tmp_path, SECTION, capsys)
    assert code == 0
    [split] = [r for r in relations(doc, "breakdown") if "247.4亿元" in "".join(figures(r))]
    assert split["how"] == "linked" and split["verdict"] == "holds"
    assert sorted(figures(split)) == sorted(["完成247.4亿元", "完成159.5亿元", "完成87.9亿元"]) or \
        len(split["claims"]) == 3  # the 其中 items of 中直 are not parts of the total
    changed = SECTION.replace("87.9亿元", "97.9亿元")
    code, doc = run(tmp_path, changed, capsys)
    assert code == 0  # linked: a warning, not an error
    assert [f["severity"] for f in doc["findings"] if f["code"] == "FC301"] == ["warning"]


def test_counts_of_what_a_count_is_of(tmp_path, capsys):
    code, doc = run(tmp_path, COUNTS, capsys)
    assert code == 0
    split = [r for r in relations(doc, "breakdown") if len(r["claims"]) == 3]
    assert split and split[0]["how"] == "stated"
    assert run(tmp_path, COUNTS.replace("等7个税种", "等8个税种"), capsys)[0] == 1


PROFIT_COUNTS = "1—11月份，在41个工业大类行业中，33个行业利润总额同比增长，1个行业减亏，7个行业下降。"


@pytest.mark.parametrize(("text", "code", "exhaustive"), [
    (PROFIT_COUNTS, 0, True),
    (PROFIT_COUNTS.replace("33个", "30个"), 1, True),  # 30 + 1 + 7 = 38 ≠ 41
    (PROFIT_COUNTS.replace("1个行业减亏", "1个行业增长"), 0, False),  # two rising: may overlap
])
def test_counts_that_rose_held_and_fell_make_up_the_whole(tmp_path, capsys, text, code, exhaustive):
    """Form: N个…中，a个…增长，b个…持平(减亏)，c个…下降 — one count per direction: a + b + c = N;
    two counts of one direction are checked each within the whole only."""
    got, doc = run(tmp_path, text, capsys)
    assert got == code
    split = [r for r in relations(doc, "breakdown") if len(r["claims"]) == 4]
    assert bool(split) == exhaustive


def test_a_level_its_change_and_its_rate(tmp_path, capsys):
    code, doc = run(tmp_path, GROWTH, capsys)
    assert code == 0
    [growth] = relations(doc, "growth")
    assert growth["how"] == "stated" and growth["verdict"] == "holds"
    same = relations(doc, "duplicate")  # 14582万吨（2916亿斤）: the same figure in 斤
    assert any(set(figures(r)) >= {"14582万吨", "2916亿斤"} for r in same)
    code, doc = run(tmp_path, GROWTH.replace("296.7万吨", "396.7万吨"), capsys)
    assert code == 1


@pytest.mark.parametrize("text", [
    "2021年，全国城镇调查失业率平均为5.2%，比上年下降0.4个百分点；9月份为4.9%，比上月下降0.2个百分点。",
    "上半年GDP同比增长12.7%，两年平均增长5.3%；一季度同比增长18.3%，两年平均增长5.0%。",
])
def test_rates_are_never_added_up(tmp_path, capsys, text):
    code, doc = run(tmp_path, text, capsys)
    assert code == 0 and not [f for f in doc["findings"] if f["code"] == "FC301"]


def test_the_year_before_a_county_is_no_part_of_its_name(tmp_path, capsys):
    """2022年全县常住人口为307568人 (fresh15's stat-jishan-population-2022): no place «年全县»."""
    (tmp_path / "a.txt").write_text("2022年全县常住人口为307568人，比上年减少了2579人。\n", encoding="utf-8")
    main(["extract", str(tmp_path / "a.txt")])
    out = capsys.readouterr().out
    assert "307568人" in out and "place: 年全县" not in out and "place:" not in out
