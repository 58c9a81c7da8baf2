"""`factcheck extract`: figures found in articles, and the draft fact file written from them."""

from __future__ import annotations

import io
import re
from fractions import Fraction
from pathlib import Path

import pytest
import yaml

from factcheck.anchor import anchor_file
from factcheck.cli import main
from factcheck.extract import ExtractError, extract, run_extract
from factcheck.factwriter import flow_item, scalar
from factcheck.figures import figures_in_text
from factcheck.interval import Interval
from factcheck.loader import load_file

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
SEED_ARTICLE = ROOT / "facts" / "xuejia-2023.txt"
SECOND_ARTICLE = DATA / "qingxi-2023.txt"


def _interval(text: str) -> Interval:
    m = re.fullmatch(r"([\[(])\s*([^,]+),\s*([^\])]+)([\])])", text.strip())
    assert m, text
    lo = None if m.group(2).strip() == "-inf" else Fraction(m.group(2).strip())
    hi = None if m.group(3).strip() == "inf" else Fraction(m.group(3).strip())
    return Interval(lo, hi, m.group(1) == "[", m.group(4) == "]")


def _truth(name: str) -> tuple[Path, dict]:
    path = DATA / name
    truth = yaml.safe_load(path.read_text(encoding="utf-8"))
    return (path.parent / truth["article"]).resolve(), truth


def _recall(name: str) -> tuple[float, list[dict]]:
    article, truth = _truth(name)
    _, report = extract(article.read_text(encoding="utf-8"), article.name)
    pool = [f for f in report.figures if f.understood]
    missed = []
    for t in truth["figures"]:
        wanted = _interval(t["interval"]).to_json()
        hit = next((f for f in pool if f.line == t["line"] and f.interval.to_json() == wanted), None)
        if hit is None:
            missed.append(t)
        else:
            pool.remove(hit)
    return 1 - len(missed) / len(truth["figures"]), missed


# --- recall against hand-checked figure lists ------------------------------------------------------
def test_seed_article_recall_with_exact_intervals():
    recall, missed = _recall("xuejia-2023-figures.yaml")
    assert recall >= 0.95, missed


def test_second_article_recall_with_exact_intervals():
    recall, missed = _recall("qingxi-2023-figures.yaml")
    assert recall >= 0.90, missed


@pytest.mark.parametrize("name", ["xuejia-2023-figures.yaml", "qingxi-2023-figures.yaml"])
def test_numbers_in_names_dates_and_words_are_not_figures(name):
    article_path, truth = _truth(name)
    text = article_path.read_text(encoding="utf-8")
    _, report = extract(text, article_path.name)
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    for item in truth.get("not_figures", []):
        line = item["line"]
        col = lines[line - 1].index(str(item["text"]))
        a = starts[line - 1] + col
        b = a + len(str(item["text"]))
        hits = [f.written for f in report.figures
                if f.number_start < b and a < max(f.end, f.number_start + 1)]
        assert hits == [], (item, hits)


def test_names_with_numbers_are_never_read():
    text = ("深入贯彻党的二十大精神，落实“十四五”规划，实施“532”发展战略，落实“招推服一体化2.0模式”。"
            "PM2.5和PM_{2.5}浓度下降，获评省“15分钟医保服务圈”示范点，建设15分钟生活圈。"
            "将企业服务作为“一号工程”，“机构—社区—居家”三位一体，“两特三新一智能”产业，招引“三高一资”企业。"
            "2017年7月成立，去年9月挂牌，2023年以来，前三季度，1-11月，两年平均，第一产业，第三批。"
            "一批项目，新的一天，一个个摊位，一家家企业，坚持“两个确立”，三次产业协调发展。")
    assert [f.written for f in figures_in_text(text)] == []


def test_figures_with_qualifiers_are_written_as_the_article_does():
    text = ("增设非机动车充电口超1万个，集中提供岗位4000余个，全镇超八成财政支出用于民生，"
            "年服务量突破8.6万人次，约有30%的业务，城乡居民人均可支配收入预计增长6%，"
            "投用一个多月，部署整治160余次，同比下降3.2%，比上年回落0.3个百分点，"
            "招引总投资1亿元或1000万美元以上优质项目，投资超10亿元或1亿美元重大产业项目，"
            "中国镇域高质量发展500强第32名，入选数全市第一，两万余人，１２．５％。")
    written = [f.written for f in figures_in_text(text)]
    assert written == ["超1万个", "4000余个", "超八成", "突破8.6万人次", "约30%", "预计6%", "一个多月",
                       "160余次", "下降3.2%", "回落0.3个百分点", "1亿元以上", "1000万美元以上", "超10亿元",
                       "超1亿美元", "500强", "第32名", "第一", "两万余人", "12.5%"]


def test_figures_the_parser_cannot_read_are_reported_not_dropped():
    figs = figures_in_text("义乌港天然气供应量12万标方。")
    assert [(f.written, f.understood) for f in figs] == [("12万标方", False)]
    assert "标方" in figs[0].error


# --- the draft --------------------------------------------------------------------------------------
def test_draft_is_deterministic_and_idempotent():
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    first, _ = extract(text, "xuejia-2023.txt")
    second, _ = extract(text, "xuejia-2023.txt")
    assert first == second
    assert extract(text.replace("\n", "\r\n"), "xuejia-2023.txt")[0] == first


@pytest.mark.parametrize("article", [SEED_ARTICLE, SECOND_ARTICLE], ids=["seed", "second"])
def test_draft_passes_lint_and_anchors_cleanly(tmp_path, capsys, article):
    text = article.read_text(encoding="utf-8")
    (tmp_path / article.name).write_text(text, encoding="utf-8")
    draft, report = extract(text, article.name)
    path = tmp_path / "draft.yaml"
    path.write_text(draft, encoding="utf-8")
    assert main(["lint", str(path)]) == 0, capsys.readouterr().out
    loaded = load_file(path)
    findings = anchor_file(loaded, cwd=tmp_path).findings
    assert [f for f in findings if f.code in ("FC020", "FC021")] == []
    assert report.claims == len(loaded.claims)


def test_draft_content_for_the_seed_article():
    draft, report = extract(SEED_ARTICLE.read_text(encoding="utf-8"), "xuejia-2023.txt")
    data = yaml.safe_load(draft)
    assert data["factcheck"] == 1
    assert data["article"] == {"title": "走好产城人融合之路 吹响高质量发展奋进号角",
                               "text": "xuejia-2023.txt", "place": "薛家镇", "period": 2023}
    claims = data["claims"]
    assert claims["gdp"] == {"label": "地区生产总值", "value": "227.6亿元", "growth": "5%", "basis": "real",
                             "quote": "全年实现地区生产总值227.6亿元、同比增长5%"}
    assert claims["budget_revenue"]["label"] == "一般公共预算收入"
    assert "basis" not in claims["budget_revenue"]
    assert claims["fai"]["basis"] == "same-scope"
    by_value = {c["value"]: c for c in claims.values()}
    assert by_value["两家"]["names"] == ["长青科技", "天元智能"]
    assert by_value["两家"]["names_complete"] is True
    assert by_value["六项"]["names"] == ["光伏", "充电", "储能", "电车检测", "餐饮", "便利店"]
    assert by_value["5段"]["names"] == ["大坝河", "童子河"] and by_value["5段"]["names_complete"] is False
    assert by_value["160余次"]["quote"] == "部署各类城市管理专项整治160余次"  # joined across the blank line
    for value in ("超1万个", "4000余个", "超八成", "突破8.6万人次", "预计6%", "1亿元以上"):
        assert value in by_value
    checks = {next(k for k in c if k not in ("id", "note")): c for c in data["checks"]}
    assert [claims[p]["value"] for p in checks["breakdown"]["parts"]] == ["5个", "19个", "6个"]
    assert claims[checks["breakdown"]["breakdown"]]["value"] == "27个"
    assert claims[checks["stock"]["stock"]]["value"] == "196家"
    assert checks["feasible"]["of"] == "324-365天"  # the days with a valid measurement (HJ 663)
    assert all(c["note"].startswith("discovered (stated) from line") for c in data["checks"])
    assert all(c["discovered"] == "stated" for c in data["checks"])
    assert "翻倍" in draft.split("# More suggestions")[1]
    assert report.found == 72 and len(report.not_understood) == 0


def test_draft_checks_for_the_second_article():
    draft, _ = extract(SECOND_ARTICLE.read_text(encoding="utf-8"), "qingxi-2023.txt")
    data = yaml.safe_load(draft)
    claims = data["claims"]
    kinds = [next(k for k in c if k not in ("id", "note", "discovered")) for c in data["checks"]]
    assert {"breakdown", "stock", "share", "feasible", "multiple"} <= set(kinds)
    shares = {(claims[c["share"]]["value"], claims[c["of"]]["value"], claims[c["is"]]["value"])
              for c in data["checks"] if "share" in c and isinstance(c["of"], str)}
    assert ("19.02亿元", "25.63亿元", "74.2%") in shares  # 税收收入…占一般公共预算收入的比重为74.2%
    assert ("40.1亿元", "48.9亿元", "82%") in shares  # 其中民生支出40.1亿元，占比达82%
    multiple = next(c for c in data["checks"] if "multiple" in c)
    assert (claims[multiple["multiple"]]["value"], claims[multiple["of"]]["value"]) == ("6家", "3家")
    assert claims["tourists"]["growth"] == "35.2%"
    revenue = next(c for c in claims.values() if c["value"] == "72.5亿元")
    assert revenue["growth"] == "41.8%"  # 分别增长35.2%和41.8%
    assert claims["pm25"]["growth"] == "下降6.1%"


def test_markdown_article(tmp_path):
    md = ("# 某镇2023年成绩单\n\n## 经济\n\n"
          "- 全年实现**地区生产总值**227.6亿元，同比增长5%。\n- 新增企业43家。\n")
    draft, report = extract(md, "town.md")
    data = yaml.safe_load(draft)
    assert data["article"]["title"] == "某镇2023年成绩单"
    assert [(f.line, f.written) for f in report.figures] == [(5, "227.6亿元"), (5, "5%"), (6, "43家")]
    assert data["claims"]["gdp"]["quote"] == "全年实现地区生产总值227.6亿元，同比增长5%"


def test_yaml_scalars_read_back():
    for value in ("227.6亿元", "5%", "1,234.5万元", "8.1", "2024-01-05", "yes", "a: b", "x #y", "-3.1%",
                  "“两特三新一智能”产业项目", "PM_{2.5}浓度", "[1]"):
        assert yaml.safe_load(f"k: {scalar(value)}")["k"] == value
        assert yaml.safe_load(f"k: [{flow_item(value)}]")["k"] == [value]


# --- the command ----------------------------------------------------------------------------------
def test_run_extract_writes_the_draft_and_reports_on_stderr(tmp_path):
    article = tmp_path / "texts" / "a.txt"
    article.parent.mkdir()
    article.write_text("全年实现地区生产总值227.6亿元，同比增长5%。天然气12万标方。\n", encoding="utf-8")
    out = tmp_path / "facts" / "a.yaml"
    out.parent.mkdir()
    stdout, stderr = io.StringIO(), io.StringIO()
    assert run_extract(article, out, stdout=stdout, stderr=stderr) == 0
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert data["article"]["text"] == "../texts/a.txt"
    err = stderr.getvalue()
    assert "3 figures found, 2 read, 1 not understood" in err
    assert "line 1: 12万标方" in err
    with pytest.raises(ExtractError, match="--force"):
        run_extract(article, out, stdout=stdout, stderr=stderr)
    assert run_extract(article, out, force=True, stdout=stdout, stderr=stderr) == 0
    stdout = io.StringIO()
    assert run_extract(article, None, stdout=stdout, stderr=io.StringIO()) == 0
    assert "text: a.txt" in stdout.getvalue()


def test_run_extract_refuses_a_gbk_article(tmp_path):
    article = tmp_path / "a.txt"
    article.write_bytes("地区生产总值227.6亿元".encode("gbk"))
    with pytest.raises(ExtractError, match="GB18030/GBK"):
        run_extract(article, None, stdout=io.StringIO(), stderr=io.StringIO())


# --- the command line (active once `extract` and `check --article` are wired into cli.py) ----------
def _wired() -> tuple[bool, bool]:
    import inspect

    from factcheck import cli

    names = {c.name or (c.callback.__name__ if c.callback else "") for c in cli.app.registered_commands}
    return "extract" in names, "article" in inspect.signature(cli.check).parameters


@pytest.mark.skipif(not _wired()[0], reason="`factcheck extract` is not wired into cli.py yet")
def test_cli_extract(tmp_path, run_cli):
    (tmp_path / "a.txt").write_text(SEED_ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    code, _, err = run_cli(["extract", "a.txt", "-o", "a.yaml"], cwd=tmp_path)
    assert code == 0, err
    assert "72 figures found, 72 read, 0 not understood" in err
    assert run_cli(["lint", "a.yaml"], cwd=tmp_path)[0] == 0
    code, _, err = run_cli(["extract", "a.txt", "-o", "a.yaml"], cwd=tmp_path)
    assert code == 2 and "--force" in err
    assert run_cli(["extract", "a.txt", "-o", "a.yaml", "--force"], cwd=tmp_path)[0] == 0


@pytest.mark.skipif(not _wired()[1], reason="`check --article` is not wired into cli.py yet")
def test_cli_check_reports_drift_at_the_quote_line(tmp_path, run_cli):
    facts = (ROOT / "facts" / "xuejia-2023.yaml").read_text(encoding="utf-8")
    (tmp_path / "xuejia-2023.yaml").write_text(facts, encoding="utf-8")
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    (tmp_path / "xuejia-2023.txt").write_text(text, encoding="utf-8")
    code, out, _ = run_cli(["check", "xuejia-2023.yaml", "--format", "concise", "--select", "FC02"],
                           cwd=tmp_path)
    assert " FC02" not in out  # the untouched article: no anchoring finding
    (tmp_path / "edited.txt").write_text(text.replace("227.6亿元", "228.6亿元"), encoding="utf-8")
    code, out, _ = run_cli(["check", "xuejia-2023.yaml", "--article", "edited.txt", "--format",
                            "concise"], cwd=tmp_path)
    assert code == 1
    line = next(x for x in out.splitlines() if " FC021 " in x)
    assert line.startswith("xuejia-2023.yaml:30:") and "228.6亿元" in line and "edited.txt:13" in line


@pytest.mark.parametrize(("text", "period"), [
    ("2021年1-11月，全市固定资产投资同比下降0.6%，比2019年同期增长8.5%，两年平均增长4.2%。\n"
     "规模以上工业增加值比2019年同期增长11.1%，两年平均增长5.4%。\n", 2021),
    ("1—11月份，利润总额79750.1亿元，比2019年1—11月份增长41.3%。2021年全年预计增长较快。\n", 2021),
    ("比2019年同期增长8.5%，与2019年相比提高1.2个百分点。\n", 2019),  # only bases: still a year
])
def test_the_article_period_is_not_a_year_it_compares_with(text, period):
    """比2019年, 与2019年相比, 2019年同期 name a base of comparison; 2021年1-11月 names the period
    (a month after 年 is still the year)."""
    draft, _ = extract(text, "news.txt")
    assert yaml.safe_load(draft)["article"]["period"] == period


@pytest.mark.parametrize(("text", "label"), [
    ("社会消费品零售总额同比增长12.0%，两年平均增长3.9%。\n", "两年平均增长"),
    ("据统计，2013-2018年同期广东规模以上工业增加值平均增长7.35%。\n",
     "2013-2018年同期广东规模以上工业增加值平均增长"),
])
def test_labels_keep_their_words_whole(text, label):
    """平均 and 人均 keep their 均 (a trailing 均 alone is 都); a long label is cut before the
    number it would split (2013-2018年, never 013-2018年)."""
    draft, _ = extract(text, "news.txt")
    labels = [c["label"] for c in yaml.safe_load(draft)["claims"].values()]
    assert labels[-1] == label
