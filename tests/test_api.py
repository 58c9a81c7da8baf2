"""factcheck.api: the library gives what the command line prints, as objects that travel.

- the same JSON as `factcheck check --format json --show-checks` on facts/, examples/, both, and
  the article facts/xuejia-2023.txt (byte for byte, in English and in Chinese);
- Report, Finding, Figure, Check, Summary, fact files and errors survive pickling, and a Report
  computed in another process equals the one computed here;
- read_figure reads the words of Chinese statistical writing (超八成 is (0.8, 1]);
- errors are the documented types, never a bare traceback; nothing is printed; no setting is
  read from the environment.
"""

from __future__ import annotations

import concurrent.futures
import doctest
import json
import multiprocessing
import os
import pickle
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import pytest

import factcheck.api as fc
from factcheck.interval import Interval

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "facts" / "xuejia-2023.txt"


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FACTCHECK_")}
    return {**env, "PYTHONPATH": str(ROOT / "src"), "PYTHONIOENCODING": "utf-8"}


def _cli_json(*args: str) -> tuple[int, str]:
    done = subprocess.run([sys.executable, "-m", "factcheck", "check", *args, "--isolated",
                           "--format", "json", "--show-checks"], cwd=ROOT, capture_output=True,
                          text=True, encoding="utf-8", env=_env())
    assert done.stderr == ""
    return done.returncode, done.stdout


@pytest.fixture(autouse=True)
def _in_the_repository(monkeypatch):
    monkeypatch.chdir(ROOT)  # paths as findings name them: relative to the working directory


# --- the same document as the command line ------------------------------------------------------
@pytest.mark.parametrize("paths", [["facts/"], ["examples/"], ["examples/", "facts/"],
                                   ["facts/xuejia-2023.txt"]])
def test_check_facts_gives_the_cli_json(paths):
    code, text = _cli_json(*paths)
    report = fc.check_facts(paths)
    assert report.to_json_text() == text
    assert report.to_json() == json.loads(text)
    assert report.exit_code == code


def test_check_article_gives_the_cli_json():
    code, text = _cli_json("facts/xuejia-2023.txt")
    report = fc.check_article(ARTICLE.read_text(encoding="utf-8"), path="facts/xuejia-2023.txt")
    assert report.to_json_text() == text
    assert report.exit_code == code == 1
    assert report.files == ("facts/xuejia-2023.txt",)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_language_is_an_argument(lang, monkeypatch):
    monkeypatch.setenv("FACTCHECK_LANG", "en" if lang == "zh" else "zh")  # never read
    _, text = _cli_json("examples/", "--lang", lang)
    report = fc.check_facts("examples/", lang=lang)
    assert report.to_json_text() == text
    assert report.lang == lang
    from factcheck.summary import RunSummary  # the closing sentence, in that language

    assert str(report.summary) == _summary_line(report.summary, lang, RunSummary)


def _summary_line(s: fc.Summary, lang: str, cls) -> str:
    run = cls(files=s.files, invalid_files=s.invalid_files, claims=s.claims, checks=s.checks,
              covered=s.covered_claims, testable=s.testable_claims, untestable=s.untestable,
              errors=s.errors, warnings=s.warnings, infos=s.infos)
    return run.line("check", lang)


def test_the_seed_article():
    report = fc.check_article(ARTICLE.read_text(encoding="utf-8"))
    assert report.summary.errors == 1
    assert str(report.summary).startswith("Found 1 error and 0 warnings. 1 file(s), 68 claims")
    [error] = [f for f in report.findings if f.severity == "error"]
    assert error.code == "FC301" and error.file == fc.ARTICLE_NAME
    assert error.computed == Interval.point(30) and error.stated == Interval.point(27)
    assert isinstance(error.computed.lo, Fraction)
    assert [c.written for c in error.claims] == ["5个", "19个", "6个", "27个"]
    assert error.claims[3].article is not None and error.claims[3].article.text == "27个"
    assert report.checks and {c.verdict for c in report.checks} >= {"holds", "fails"}
    # the 其中 list alone: its repairs, the shortest slip of the pen first (19个 → 16个)
    assert [(c.id, c.typo) for c in report.repairs[0].claims] == [("projects_3", "16个")]


def test_the_acceptance_one_liner():
    code = ("import factcheck.api as f; "
            "print(f.check_article(open('facts/xuejia-2023.txt', encoding='utf-8').read()).summary)")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          encoding="utf-8", env=_env())
    assert done.returncode == 0 and done.stderr == ""
    assert done.stdout.startswith("Found 1 error and 0 warnings.")


def test_settings_are_arguments(tmp_path):
    text = ARTICLE.read_text(encoding="utf-8")
    assert fc.check_article(text, ignore=["FC301"]).summary.errors == 0
    assert fc.check_article(text, select=["FC1"]).summary.errors == 0
    assert fc.check_article(text, fail_on="never").exit_code == 0
    shown = fc.check_article(text, show_info=True)
    assert any(f.severity == "info" for f in shown.findings)
    assert not any(f.severity == "info" for f in fc.check_article(text).findings)
    config = tmp_path / ".factcheck.yaml"
    config.write_text("ignore: [FC301]\n", encoding="utf-8")
    assert fc.check_article(text, config=config).summary.errors == 0


def test_markdown_is_stripped_by_the_name():
    text = "# 标题\n\n**全镇**招引项目27个，其中重大项目5个、产业项目19个、服务项目6个。\n"
    report = fc.check_article(text, path="news.md")
    assert report.files == ("news.md",)
    assert [f.code for f in report.findings if f.severity == "error"] == ["FC301"]


def test_check_facts_on_a_worker_pool_gives_the_same_report():
    one = fc.check_facts(["examples/", "facts/"])
    assert fc.check_facts(["examples/", "facts/"], jobs=2) == one


# --- results travel -----------------------------------------------------------------------------
def test_results_pickle():
    report = fc.check_facts(["examples/", "facts/"])
    again = pickle.loads(pickle.dumps(report))
    assert again == report and again.to_json_text() == report.to_json_text()
    finding = next(f for f in report.findings if f.claims and f.gap)
    assert pickle.loads(pickle.dumps(finding)) == finding
    assert pickle.loads(pickle.dumps(report.checks[0])) == report.checks[0]
    assert pickle.loads(pickle.dumps(report.summary)) == report.summary
    figure = fc.read_figure("超八成")
    assert pickle.loads(pickle.dumps(figure)) == figure
    facts = fc.extract(ARTICLE.read_text(encoding="utf-8"))
    assert pickle.loads(pickle.dumps(facts)) == facts
    assert hash(report) == hash(again)  # frozen all the way down


def test_results_are_frozen():
    report = fc.check_article(ARTICLE.read_text(encoding="utf-8"))
    with pytest.raises(AttributeError):
        report.findings = ()  # type: ignore[misc]
    with pytest.raises(AttributeError):
        report.findings[0].code = "FC000"  # type: ignore[misc]
    assert isinstance(report.findings, tuple) and isinstance(report.findings[0].claims, tuple)


def test_a_report_from_another_process():
    text = ARTICLE.read_text(encoding="utf-8")
    spawn = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(1, mp_context=spawn) as pool:
        there = pool.submit(fc.check_article, text, path="facts/xuejia-2023.txt").result()
    assert there == fc.check_article(text, path="facts/xuejia-2023.txt")


def test_errors_pickle():
    for err in (fc.RunError("no"), fc.FigureError("cannot read", "x", "why", "hint"),
                fc.FactFileError.of(fc.check_facts("examples/").findings[:1])):
        again = pickle.loads(pickle.dumps(err))
        assert type(again) is type(err) and str(again) == str(err)
        assert vars(again) == vars(err)


# --- figures ------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "interval", "unit", "dimension", "qualifier"), [
    ("227.6亿元", "[22755000000, 22765000000]", "元", "money", None),
    ("超八成", "(0.8, 1]", "ratio", "ratio", "more-than"),
    ("4000余个", "(4000, 5000)", "count", "count", "odd"),
    ("近三成", "[0.2, 0.3)", "ratio", "ratio", "nearly"),
    ("第32名", "[32, 32]", "rank", "rank", None),
    ("3个百分点", "[2.5, 3.5]", "pp", "pp", None),
    ("约5%", "[0.045, 0.055]", "ratio", "ratio", "about"),
    ("两家", "[2, 2]", "count", "count", None),
    ("突破8.6万人次", "[86000, inf)", "人次", "visits", "reached"),
])
def test_read_figure(text, interval, unit, dimension, qualifier):
    figure = fc.read_figure(text)
    assert (str(figure.interval), figure.unit, figure.dimension, figure.qualifier) == \
        (interval, unit, dimension, qualifier)
    assert figure.written == text


def test_read_figure_details():
    more = fc.read_figure("超八成")
    assert more.interval == Interval(Fraction(4, 5), Fraction(1), False, True)
    assert more.soft == Interval(Fraction(4, 5), Fraction(9, 10), False, False)
    assert (more.value, more.written_unit, more.qualifier_text) == (Fraction(4, 5), "成", "超")
    gdp = fc.read_figure("227.6亿元")
    assert gdp.value == 22_760_000_000 and gdp.shown == "227.55亿–227.65亿元"
    assert gdp.to_json()["interval"] == {"lo": "22755000000", "hi": "22765000000",
                                         "lo_closed": True, "hi_closed": True}
    assert fc.read_figure("两家").integer
    assert fc.read_figure("预计增长5%").estimate
    assert fc.read_figure("227.6亿元", rounding="trunc").interval == \
        Interval(Fraction(22_760_000_000), Fraction(22_770_000_000), True, False)
    doubled = fc.read_figure("翻一番", rate=True)
    assert doubled.interval == Interval.point(1) and doubled.dimension == "ratio"


@pytest.mark.parametrize(("text", "reason"), [
    ("十四五", "a Five-Year Plan"),
    ("3火星单位", "unknown unit"),
    ("", "the value is empty"),
])
def test_read_figure_refuses(text, reason):
    with pytest.raises(fc.FigureError) as caught:
        fc.read_figure(text)
    assert reason in caught.value.reason and caught.value.text == text
    assert isinstance(caught.value, ValueError) and str(caught.value).startswith("cannot read")


def test_read_figure_hints_at_a_unit():
    with pytest.raises(fc.FigureError) as caught:
        fc.read_figure("3火星单位")
    assert caught.value.hint and "units:" in caught.value.hint


# --- fact files ---------------------------------------------------------------------------------
def test_extract_is_the_document_factcheck_extract_writes():
    import yaml

    from factcheck.model import fact_file_model

    facts = fc.extract(ARTICLE.read_text(encoding="utf-8"), path="xuejia-2023.txt")
    drafted = subprocess.run([sys.executable, "-m", "factcheck", "extract", str(ARTICLE)],
                             capture_output=True, text=True, encoding="utf-8", env=_env()).stdout
    assert facts == fact_file_model().model_validate(yaml.safe_load(drafted))
    assert len(facts.claims) == 68 and facts.article.text == "xuejia-2023.txt"


def test_read_facts():
    facts = fc.read_facts("facts/xuejia-2023.yaml")
    assert facts.claims["gdp"].value == "227.6亿元"


def test_read_facts_of_a_broken_file(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("factcheck: 1\nclaims:\n  gdp: {value: 227.6亿元, colour: red}\n",
                      encoding="utf-8")
    with pytest.raises(fc.FactFileError) as caught:
        fc.read_facts(broken)
    [problem] = caught.value.problems
    assert (problem.line, problem.column, problem.severity) == (3, 25, "error")
    assert str(caught.value).startswith(f"{problem.file}:3:25: {problem.code} ")


def test_strict_raises_with_the_problems_and_the_report(tmp_path):
    (tmp_path / "ok.yaml").write_text("factcheck: 1\nclaims:\n  a: {value: 5个}\n",
                                      encoding="utf-8")
    (tmp_path / "bad.yaml").write_text("factcheck: 1\nclaims: [\n", encoding="utf-8")
    lenient = fc.check_facts(tmp_path)
    assert lenient.summary.invalid_files == 1 and lenient.exit_code == 1
    with pytest.raises(fc.FactFileError) as caught:
        fc.check_facts(tmp_path, strict=True)
    assert [p.code for p in caught.value.problems] == ["FC001"]
    assert caught.value.problems[0].file.endswith("bad.yaml")
    assert caught.value.report == lenient


# --- errors -------------------------------------------------------------------------------------
@pytest.mark.parametrize(("call", "says"), [
    (lambda: fc.check_facts("no/such/dir"), "no such file or directory"),
    (lambda: fc.check_facts([]), "no paths given"),
    (lambda: fc.check_facts("facts/", lang="fr"), "lang must be one of en, zh"),
    (lambda: fc.check_facts("facts/", fail_on="sometimes"), "fail_on must be one of"),
    (lambda: fc.check_facts("facts/", rounding="bankers"), "rounding must be one of"),
    (lambda: fc.check_facts("facts/", jobs=-1), "jobs must be one of"),
    (lambda: fc.check_facts("facts/", encoding="no-such-codec"), "encoding"),
    (lambda: fc.check_facts("facts/", config="no/such.yaml"), "no such config file"),
    (lambda: fc.check_article("factcheck: 1\nclaims: {}\n"), "is a fact file"),
    (lambda: fc.check_article("全镇招引项目27个。", path="a.yaml"), "a.yaml is a fact file"),
])
def test_errors_are_run_errors(call, says, capsys):
    with pytest.raises(fc.RunError) as caught:
        call()
    assert says in str(caught.value)
    assert capsys.readouterr() == ("", "")


def test_an_error_in_the_callers_language():
    with pytest.raises(fc.RunError) as caught:
        fc.check_facts("no/such/dir", lang="zh")
    from factcheck import messages as msg

    assert str(caught.value) == msg.Message(msg.NO_SUCH_PATH, path="no/such/dir").render("zh")


def test_a_bug_is_an_internal_error(monkeypatch):
    from factcheck.run import files

    def broken(*args, **kwargs):
        raise KeyError("boom")

    monkeypatch.setattr(files, "check_file", broken)
    with pytest.raises(fc.InternalError) as caught:
        fc.check_facts("facts/")
    assert "KeyError" in str(caught.value) and isinstance(caught.value.__cause__, KeyError)


def test_nothing_is_printed_and_the_environment_is_not_read(monkeypatch, capsys):
    monkeypatch.setenv("FACTCHECK_FORMAT", "nonsense")
    monkeypatch.setenv("FACTCHECK_LANG", "zh")
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    report = fc.check_facts(["examples/", "facts/"])
    assert report.lang == "en"
    assert str(report.summary).startswith("Found 12 errors")
    assert capsys.readouterr() == ("", "")


# --- repairs slot in ----------------------------------------------------------------------------
def test_repairs_take_their_place_in_the_json():
    from types import SimpleNamespace as NS

    found = NS(file="gdp.yaml", fixes=["growth:3", "services_share"], rank=1,
               claims=[NS(id="gdp", stated="237.6亿元", would_need=Interval.point(22760000000),
                          typo="227.6亿元")])
    repair = fc.Repair.of(found)
    report = fc.check_facts("examples/")
    with_repairs = fc.Report(report.findings, report.checks, report.summary, (repair,))
    doc = with_repairs.to_json()
    assert list(doc) == ["version", "summary", "findings", "repairs", "checks"]
    assert doc["repairs"] == [{"file": "gdp.yaml", "claims": [
        {"id": "gdp", "stated": "237.6亿元", "would_need": Interval.point(22760000000).to_json(),
         "typo": "227.6亿元"}], "fixes": ["growth:3", "services_share"], "rank": 1}]
    assert "repairs" not in fc.Report(report.findings, report.checks, report.summary, ()).to_json()
    assert pickle.loads(pickle.dumps(with_repairs)) == with_repairs


def test_the_collector_takes_repairs():
    from factcheck.run.collect import Collector

    assert callable(Collector.repair)


# --- the module documents itself ----------------------------------------------------------------
def test_the_module_examples_run():
    results = doctest.testmod(fc, optionflags=doctest.ELLIPSIS)
    assert results.attempted >= 3 and results.failed == 0


def test_the_package_is_typed():
    assert (ROOT / "src" / "factcheck" / "py.typed").exists()
    assert "py.typed" in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
