"""`factcheck check ARTICLE`: an article as input, with no fact file — findings at their place in
the article, the relations tested (--show-checks), the reviewed record (--save-facts)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "facts" / "xuejia-2023.txt"


@pytest.fixture
def seed(tmp_path: Path) -> Path:
    path = tmp_path / "xuejia-2023.txt"
    shutil.copy(SEED, path)
    return path


def _json(run_cli, *args, cwd: Path) -> tuple[int, dict]:
    code, out, err = run_cli(["check", "--isolated", "--format", "json", *args], cwd=cwd)
    assert err == "", err
    return code, json.loads(out)


def test_the_seed_article_reports_27_against_5_19_6_at_its_place(run_cli, seed):
    code, doc = _json(run_cli, seed.name, cwd=seed.parent)
    assert code == 1
    [f] = [f for f in doc["findings"] if f["severity"] == "error"]
    assert f["code"] == "FC301" and (f["file"], f["line"], f["column"]) == (seed.name, 23, 136)
    assert "5个 + 19个 + 6个 = 30个" in f["message"] and "27个" in f["message"]
    spans = {c["article"]["text"]: c["article"] for c in f["claims"]}
    assert set(spans) == {"27个", "5个", "19个", "6个"}
    assert spans["27个"] == {"path": seed.name, "line": 23, "column": 136, "end_line": 23,
                             "end_column": 139, "text": "27个"}
    line = seed.read_text(encoding="utf-8").split("\n")[22]
    for span in spans.values():  # every column points at the figure as printed (1-based, in characters)
        assert line[span["column"] - 1:span["end_column"] - 1] == span["text"]


def test_markdown_and_text_give_the_same_findings(run_cli, seed):
    md = seed.with_suffix(".md")
    lines = seed.read_text(encoding="utf-8").split("\n")
    lines[2] = "# " + lines[2]  # the title as a Markdown heading: line numbers stay the same
    md.write_text("\n".join(lines), encoding="utf-8")
    _, as_text = _json(run_cli, seed.name, cwd=seed.parent)
    _, as_md = _json(run_cli, md.name, cwd=seed.parent)
    strip = [(f["code"], f["message"], f["line"]) for f in as_text["findings"]]
    assert strip == [(f["code"], f["message"], f["line"]) for f in as_md["findings"]]


def test_show_checks_lists_every_relation_with_its_verdict(run_cli, seed):
    _, doc = _json(run_cli, seed.name, "--show-checks", cwd=seed.parent)
    verdicts = {(c["kind"], c["verdict"]) for c in doc["checks"]}
    assert ("breakdown", "fails") in verdicts and ("stock-flow", "holds") in verdicts
    assert ("feasibility", "untestable") in verdicts
    breakdown = next(c for c in doc["checks"] if c["kind"] == "breakdown")
    assert breakdown["how"] == "stated" and breakdown["line"] == 23
    _, plain = _json(run_cli, seed.name, cwd=seed.parent)
    assert "checks" not in plain  # the version-1 document is unchanged without the option


def test_save_facts_writes_a_fact_file_that_gives_the_same_findings(run_cli, seed):
    code, out, err = run_cli(["check", "--isolated", "--format", "concise", seed.name,
                              "--save-facts", "facts.yaml"], cwd=seed.parent)
    assert code == 1, err
    saved = seed.parent / "facts.yaml"
    data = yaml.safe_load(saved.read_text(encoding="utf-8"))
    assert data["article"]["text"] == seed.name
    assert all(c["discovered"] in ("stated", "linked") and c["note"].startswith("discovered (")
               for c in data["checks"])
    code2, out2, _ = run_cli(["check", "--isolated", "--format", "concise", "facts.yaml"],
                             cwd=seed.parent)
    assert code2 == code

    def messages(text: str) -> list[str]:
        return [line.split(": ", 1)[1] for line in text.splitlines()[:-1]]

    assert messages(out2) == messages(out)
    code3, _, err3 = run_cli(["check", "--isolated", seed.name, "--save-facts", "facts.yaml"],
                             cwd=seed.parent)
    assert code3 == 2 and "exists; pass --force" in err3
    assert run_cli(["check", "--isolated", seed.name, "--save-facts", "facts.yaml", "--force",
                    "--format", "concise"], cwd=seed.parent)[0] == 1


def test_an_article_its_fact_file_names_is_not_checked_twice(run_cli):
    code, out, _ = run_cli(["check", "--isolated", "--format", "concise",
                            "facts/xuejia-2023.txt", "facts/xuejia-2023.yaml"], cwd=ROOT)
    assert code == 1
    assert [line.split(":")[0] for line in out.splitlines()[:-1]] == ["facts/xuejia-2023.yaml"]
    assert "1 file(s)" in out.splitlines()[-1]


def test_an_article_on_standard_input(run_module, seed):
    text = seed.read_text(encoding="utf-8")
    code, out, _ = run_module(["check", "--isolated", "--format", "concise", "-",
                               "--stdin-filename", "news.txt"], cwd=seed.parent, input=text)
    assert code == 1
    assert out.startswith("news.txt:23:136: FC301 [error]")


def test_a_linked_relation_is_at_most_a_warning(run_cli, tmp_path):
    (tmp_path / "a.yaml").write_text("""\
factcheck: 1
claims:
  a: {value: 10个}
  b: {value: 3个}
  c: {value: 9个}
checks:
  - {breakdown: a, parts: [b, c], discovered: linked}
  - {breakdown: a, parts: [b, c], discovered: stated}
""", encoding="utf-8")
    code, doc = _json(run_cli, "a.yaml", cwd=tmp_path)
    assert code == 1
    assert [(f["line"], f["severity"]) for f in doc["findings"]] == [(7, "warning"), (8, "error")]
    assert "only across sentences" in doc["findings"][0]["message"]


def test_an_article_with_no_relation_says_nothing_was_checked(run_cli, tmp_path):
    (tmp_path / "short.txt").write_text("今天天气很好，我们去公园散步。\n", encoding="utf-8")
    code, out, _ = run_cli(["check", "--isolated", "--format", "concise", "short.txt"],
                           cwd=tmp_path)
    assert code == 0
    assert out.strip().startswith("Nothing was checked")


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02binary", "中文".encode("gb18030") * 50])
def test_unreadable_articles_are_reported_not_crashed_on(run_cli, tmp_path, content):
    (tmp_path / "bad.txt").write_bytes(content)
    code, out, err = run_cli(["check", "--isolated", "--format", "concise", "bad.txt"], cwd=tmp_path)
    assert "Traceback" not in out + err
    assert code in (0, 1)
    if content:
        assert "FC023" in out


CORPUS = sorted([*(ROOT / "tests/data/articles").glob("*.txt"),
                 *(ROOT / "tests/data/heldout").glob("*.txt"), SEED])


def _shape(model: object) -> object:
    """A model as what it holds: its type, the fields set and every value's repr (so 1 is not
    1.0 nor True), nested models alike."""
    from pydantic import BaseModel

    if isinstance(model, BaseModel):
        return (type(model).__name__, sorted(model.model_fields_set),
                {name: _shape(getattr(model, name)) for name in type(model).model_fields})
    if isinstance(model, dict):
        return {key: _shape(value) for key, value in model.items()}
    if isinstance(model, list):
        return [_shape(value) for value in model]
    return repr(model)


def _both(document: dict) -> tuple[object, object]:
    from factcheck.model import fact_file_from, fact_file_model

    made = fact_file_from(document)
    assert made is not None
    return _shape(made), _shape(fact_file_model().model_validate(document))


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_a_found_document_is_the_model_validating_it_gives(path):
    """An article's document (its figures as claims, the relations its sentences state as
    checks, of every kind discovery finds) becomes the fact-file model without validation; for
    every article of the corpus that model is the one validation gives, value for value."""
    from factcheck.article import read_article
    from factcheck.discover import discover

    document = discover(read_article(path), path.name).document
    made, validated = _both(document)
    assert made == validated and document["claims"]


@pytest.mark.parametrize("text", [
    "上半年，全国夏粮总产量14582万吨（2916亿斤），比上年增加296.7万吨（59.3亿斤），增长2.1%。",
    "打井34眼、引泉7处: the 、 joins figures, not names.",
])
def test_text_of_a_found_document_is_stripped_as_validation_strips_it(text):
    """A level with its change and rate (a growth check), and names listed with spaces around
    them (an enumeration whose names validation strips): the model made directly is the
    validated one."""
    from factcheck.article import article_from_text
    from factcheck.discover import discover

    document = discover(article_from_text(text, "a.txt"), "a.txt").document
    assert document["checks"]
    made, validated = _both(document)
    assert made == validated


@pytest.mark.parametrize("change", [
    lambda d: d["claims"]["a"].update(label=("产量",)),  # not plain data
    lambda d: d["claims"]["a"].update(colour="red"),  # not a field of a claim
    lambda d: d["checks"][0].pop("parts"),  # a required field missing
    lambda d: d["checks"][0].update(share="a"),  # two kinds in one entry
])
def test_a_document_that_is_not_plain_data_is_left_to_validation(change):
    """What only validation reads as the model does (or reports as a problem) is not made
    directly."""
    from factcheck.model import fact_file_from

    document = {"factcheck": 1, "claims": {"a": {"value": "5个"}, "b": {"value": "3个"}},
                "checks": [{"breakdown": "a", "parts": ["b"]}]}
    assert fact_file_from(document) is not None
    change(document)
    assert fact_file_from(document) is None


@pytest.mark.parametrize("article", [
    # 广发基金…累计批准的QDII额度达19.3亿美元 and, a paragraph on, 国海富兰克林基金…分别达到了12亿、
    # 6亿、6亿美元: one label, different funds' quotas (the saved file paired them: FC901 ×3)
    "smoke12/qdii-quota-jun-2021-cls.txt",
    # 832个贫困县有一半的县摘帽了: the value saved as 1/2 with its quote printing 一半 (FC021)
    "smoke41/poverty-reduction-2019-cpad-cnzpmj.txt",
    # 逼近2100亿元 and 2026.91亿元, one label, two subjects (a FC901 warning)
    "smoke14/ipo-h1-2023-gqsoso.txt",
    # 社会保险基金支出 of two funds in two paragraphs, tied by a linked same check (a warning) and
    # paired again by their one label (an error)
    "smoke10/social-security-2021-mcurtmis.txt",
    # the three industries with the change of two: `changes: [f3_8, null, f3_10]` (saved as None: FC007)
    "smoke37/guizhou-communique-2008-xiaomonv.txt",
    # 预计公司2024-2026年归母净利润分别为2.8、3.1、3.5亿元: the quote «3.1» of 预计3.1亿元 (FC021)
    "smoke9/shouxiangu-h1-2024-reportify.txt",
])
def test_a_saved_fact_file_raises_no_alarm_its_article_does_not(run_cli, tmp_path, article):
    shutil.copy(ROOT / "tests" / "data" / article, tmp_path / "a.txt")
    code, out, _ = run_cli(["check", "--isolated", "--format", "concise", "a.txt",
                            "--save-facts", "a.facts.yaml"], cwd=tmp_path)
    assert code == 0, out
    code, out, _ = run_cli(["check", "--isolated", "--format", "concise", "a.facts.yaml"], cwd=tmp_path)
    assert code == 0, out
