"""The Chinese catalogue: every text translated, placeholders kept, the .mo compiled from the .po,
and the command line speaking the language it is asked for."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import string
import subprocess
import sys
from pathlib import Path

import pytest

import factcheck
from factcheck.catalogue import texts
from factcheck.cli import command
from factcheck.messages import translation

ROOT = Path(__file__).resolve().parents[1]
FACTS = ROOT / "facts"
PO = ROOT / "src" / "factcheck" / "locale" / "zh" / "LC_MESSAGES" / "factcheck.po"

#: Texts whose Chinese is the English text itself, and why.
SAME_IN_CHINESE = {
    "{where}: {what}": "a location prefix and a message: no words; the ASCII ': ' after a "
                       "location is kept, as compilers print it",
    "{error}": "the operating system's own error text, shown as it is",
}


def _catalogue_tool():
    spec = importlib.util.spec_from_file_location("catalogue_tool", ROOT / "tools" / "catalogue.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _po_strings() -> dict[str, str]:
    from babel.messages.pofile import read_po

    with PO.open("rb") as fh:
        return {m.id: m.string for m in read_po(fh) if m.id}


def _fresh_python(code: str) -> str:
    """What ``code`` prints in a new interpreter that imports this factcheck."""
    env = dict(os.environ, PYTHONIOENCODING="utf-8",
               PYTHONPATH=str(Path(factcheck.__file__).resolve().parents[1]))
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          encoding="utf-8", env=env, check=True, timeout=120).stdout


def test_texts_are_the_same_in_a_fresh_process():
    """texts() builds the commands itself: the help of options declared in a command's signature
    is there without anything having run before (as in tools/catalogue.py)."""
    fresh = json.loads(_fresh_python(
        "import json; from factcheck.catalogue import texts; print(json.dumps(texts()))"))
    assert set(fresh) == set(texts())
    assert "Lowest severity that makes the exit code 1 (default error)." in fresh


def test_help_of_every_option_in_chinese_in_a_fresh_process(run_module):
    """`check --help --lang zh` in a new process: no help text of factcheck's left in English
    (click's own words — Usage:, Options:, --help — are click's)."""
    english = command("en").commands["check"]
    code, out, err = run_module(["check", "--help", "--lang", "zh"])
    assert code == 0, err
    flat = " ".join(out.split())
    for item in [english, *english.params]:
        if item.help:
            assert " ".join(item.help.split())[:30] not in flat, item.help
    assert "table（" in flat and "使退出码为 1 的最低级别" in flat


def test_the_compiled_catalogue_is_loaded():
    t = translation("zh")
    assert type(t).__name__ == "GNUTranslations"
    assert t.gettext("All checks passed!") != "All checks passed!"


def test_every_text_has_a_chinese_translation():
    t = translation("zh")
    untranslated = [text for text in texts()
                    if text not in SAME_IN_CHINESE and (not t.gettext(text) or t.gettext(text) == text)]
    assert not untranslated, f"{len(untranslated)} untranslated, e.g. {untranslated[:5]}"


def test_texts_left_identical_are_real_and_deliberate():
    wanted = set(texts())
    po = _po_strings()
    for text in SAME_IN_CHINESE:
        assert text in wanted, f"stale exception: {text!r} is no longer a text"
        assert po[text] == text, f"{text!r} is listed as identical but translated as {po[text]!r}"


@pytest.mark.parametrize("text", texts(), ids=lambda text: text[:40])
def test_translation_keeps_the_placeholders(text):
    translated = translation("zh").gettext(text)
    assert _fields(translated) == _fields(text)


def test_the_mo_is_what_babel_compiles_from_the_po():
    pytest.importorskip("babel")
    tool = _catalogue_tool()
    assert PO in tool.catalogues()
    assert PO.with_suffix(".mo").read_bytes() == tool.compiled(PO), \
        "factcheck.mo is out of date: run `python tools/catalogue.py compile`"


def test_explanations_keep_their_sections_and_yaml():
    """The three headings in Chinese, and every ``` block as in English but for its comments."""
    t = translation("zh")
    headings = (("## What it checks", "## 检查什么"), ("## Why it matters", "## 为什么重要"),
                ("## Example", "## 示例"))
    fence = re.compile(r"```.*?```", re.S)

    def code(block: str) -> list[str]:
        return [re.sub(r"\s+#\s.*$", "", line) for line in block.split("\n")]

    for text in texts():
        if "## What it checks" not in text:
            continue
        translated = t.gettext(text)
        for english, chinese in headings:
            assert text.count(english) == translated.count(chinese), (english, text[:60])
            assert english not in translated
        assert [code(b) for b in fence.findall(text)] == \
            [code(b) for b in fence.findall(translated)], text[:60]


def test_check_summary_in_chinese(run_cli):
    code, out, err = run_cli(["check", FACTS, "--lang", "zh", "--format", "concise"])
    assert code == 1, err
    last = out.strip().splitlines()[-1]
    assert re.fullmatch(r"发现1个错误、0个警告。共1个文件、\d+个数据项、\d+个核对项；\d+个无法判定；"
                        r"覆盖率：\d+个数据项中有\d+个至少参与一个核对项（其中\d+个可判定）。", last), last
    assert "Found" not in out
    assert "分项之和比合计多3个" in out


def test_check_summary_in_english(run_cli):
    code, out, err = run_cli(["check", FACTS, "--lang", "en", "--format", "concise"])
    assert code == 1, err
    last = out.strip().splitlines()[-1]
    assert re.fullmatch(r"Found 1 error and 0 warnings\. 1 file\(s\), \d+ claims, \d+ checks; \d+ "
                        r"untestable; coverage: \d+ of \d+ claims in at least one check "
                        r"\(\d+ testable\)\.", last), last
    assert "发现" not in out


def test_update_keeps_the_glossary_and_translations_and_drops_obsolete_texts(tmp_path, capsys):
    pytest.importorskip("babel")
    tool = _catalogue_tool()
    folder = tmp_path / "zh" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    po = folder / PO.name
    po.write_bytes(PO.read_bytes() + b'\nmsgid "a text no longer said"\nmsgstr "\xe6\x97\xa7"\n')
    tool.LOCALE = tmp_path
    tool.update()
    assert "1 dropped" in capsys.readouterr().out
    before, after = PO.read_text(encoding="utf-8"), po.read_text(encoding="utf-8")
    glossary = before[before.index("# 术语表"):before.index('msgid ", "')]
    assert after.index(glossary) < after.index("msgid ", after.index('msgid ""') + 1)
    assert "a text no longer said" not in after
    assert after.startswith(before[:before.index("msgid")])
    with po.open("rb") as fh:
        from babel.messages.pofile import read_po

        updated = {m.id: m.string for m in read_po(fh) if m.id}
    assert set(updated) == set(texts())
    for text, chinese in _po_strings().items():
        if text in updated:
            assert updated[text] == chinese


def test_words_that_placeholders_carry_are_chinese(run_cli, tmp_path):
    """Kind names, how a relation was found, severities, dimensions and interval words are texts
    of the catalogue, not English keys, in a Chinese report (JSON keeps the keys)."""
    code, out, err = run_cli(["check", FACTS, "--lang", "zh", "--format", "concise",
                              "--show-checks"])
    assert code == 1, err
    assert "不成立 分项 [核对项写明]" in out and " breakdown " not in out
    mixed = tmp_path / "mixed.yaml"
    mixed.write_text("factcheck: 1\nclaims:\n  a: {value: 5亩}\n  b: {value: 3吨}\n"
                     "  c: {value: 8亩}\nchecks:\n  - {breakdown: c, parts: [a, b]}\n",
                     encoding="utf-8")
    _, out, _ = run_cli(["lint", mixed, "--lang", "zh", "--isolated"])
    assert "面积" in out and "重量" in out and "area" not in out, out


def test_pairing_reasons_read_back_in_chinese():
    """A note discover wrote in English (the fact file's) reads back as the same Message."""
    from factcheck.discover.duplicate import paired_by
    from factcheck.discover.subjects import Subject

    for period in ("", "2023年"):
        for places in (frozenset(), frozenset({"北京", "上海"})):
            for measure in ("level", "growth:real", "growth:2y:vs 一季度", "pp:pull", "level:proj"):
                reason = Subject("地区生产总值", period, places, measure, ()).reason()
                found = paired_by(reason)
                assert not isinstance(found, str), reason
                assert found.render("en") == reason
                assert not re.search(r"[A-Za-z]{3,}", found.render("zh")), found.render("zh")
    quoted = "a restatement in one sentence: «突破8万亿元，达到8.3万亿元»"
    assert paired_by(quoted).render("zh") == "同一句中的复述：«突破8万亿元，达到8.3万亿元»"
    assert paired_by("an editor's own note") == "an editor's own note"
