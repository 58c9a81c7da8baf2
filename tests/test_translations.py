"""The Chinese catalogue: every text translated, placeholders kept, the .mo compiled from the .po,
and the command line speaking the language it is asked for."""

from __future__ import annotations

import importlib.util
import re
import string
from pathlib import Path

import pytest
import typer.main

from factcheck.catalogue import texts
from factcheck.cli import app
from factcheck.messages import translation

# The help of options declared in a command's signature is marked for translation only when the
# commands are built (the annotations are evaluated late): build them now, so that texts() holds
# every text whatever ran before.
typer.main.get_command(app)

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
