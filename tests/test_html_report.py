"""`check --format html`, rendered in a real browser (headless Chromium driven by Playwright with
the system's browser): marks, statuses, the panel on focus, no script errors, escaping.

Screenshots are written under artifacts/ (kept by CI). The tests are skipped, with the reason,
only where no Chromium can be found — never in CI, where .ci/run installs it.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from factcheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "artifacts"
BROWSER = next((p for p in ("/usr/bin/chromium", "/usr/bin/chromium-browser",
                            shutil.which("chromium") or "", shutil.which("google-chrome") or "")
                if p and Path(p).exists()), None)

if BROWSER is None and os.environ.get("CI"):
    pytest.fail("no Chromium in CI: .ci/run must install it", pytrace=False)
pytestmark = pytest.mark.skipif(BROWSER is None, reason="no Chromium on this machine "
                                "(apt-get install chromium); CI installs it")

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _report(tmp_path: Path, *args: str, name: str = "report.html") -> Path:
    out = tmp_path / name
    code = main(["check", "--isolated", "--format", "html", "-o", str(out), *args])
    assert code in (0, 1)
    return out


def _open(browser, page_path: Path, shot: str):
    page = browser.new_page(viewport={"width": 1000, "height": 1400})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("dialog", lambda d: (errors.append(f"dialog: {d.message}"), d.dismiss()))
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
               else (errors.append(f"network: {route.request.url}"), route.abort()))
    page.goto(page_path.as_uri())
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / shot), full_page=True)
    return page, errors


def test_the_seed_article_every_figure_marked_and_the_breakdown_on_focus(browser, tmp_path):
    shutil.copy(ROOT / "facts" / "xuejia-2023.txt", tmp_path / "article.txt")
    page, errors = _open(browser, _report(tmp_path, str(tmp_path / "article.txt")), "seed-article.png")
    figures = page.locator("article .fig")
    assert figures.count() >= 60
    classes = figures.evaluate_all("els => els.map(e => e.className)")
    statuses = {c.split(" s-")[1] for c in classes}
    assert statuses <= {"error", "warning", "holds", "unchecked", "not-understood"}
    assert "error" in statuses and "holds" in statuses
    total = page.locator("article a.fig.s-error", has_text="27个")
    assert total.count() == 1
    total.focus()
    popover = page.locator("#popover")
    assert popover.is_visible()
    assert "5个 + 19个 + 6个 = 30个" in popover.inner_text()
    assert page.locator("article .fig.related").count() == 4  # 27, 5, 19 and 6
    page.keyboard.press("Escape")
    assert not popover.is_visible()
    page.screenshot(path=str(ARTIFACTS / "seed-article-focus.png"))
    assert errors == []


def test_the_marks_work_without_javascript(browser, tmp_path):
    shutil.copy(ROOT / "facts" / "xuejia-2023.txt", tmp_path / "article.txt")
    report = _report(tmp_path, str(tmp_path / "article.txt"))
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(report.as_uri())
    link = page.locator("article a.fig.s-error", has_text="27个")
    target = link.get_attribute("href")
    assert target and page.locator(target).count() == 1
    assert "30个" in page.locator(target).inner_text()
    context.close()


def test_fact_files_and_examples_render_without_errors(browser, tmp_path):
    page, errors = _open(browser, _report(tmp_path, str(ROOT / "facts"), str(ROOT / "examples")),
                         "facts-and-examples.png")
    assert page.locator("section.file").count() == 5
    assert page.locator("ol.errors li").count() >= 2
    assert page.locator(".fig.s-error").count() >= 4
    assert errors == []


def test_hostile_text_is_shown_as_text(browser, tmp_path):
    (tmp_path / "article.txt").write_text(
        "项目<script>alert(1)</script>27个，其中A项目5个，B项目19个，C项目6个。\n"
        "<img src=x onerror=alert(2)> 第二段：企业\"'&3家。\n", encoding="utf-8")
    page, errors = _open(browser, _report(tmp_path, str(tmp_path / "article.txt")), "hostile.png")
    assert "<script>alert(1)</script>" in page.locator("article").inner_text()
    assert "<img src=x onerror=alert(2)>" in page.locator("article").inner_text()
    assert page.locator("article script, article img").count() == 0
    assert errors == []


def test_chinese_report(browser, tmp_path):
    shutil.copy(ROOT / "facts" / "xuejia-2023.txt", tmp_path / "article.txt")
    out = tmp_path / "zh.html"
    assert main(["check", "--isolated", "--format", "html", "--lang", "zh", "-o", str(out),
                 str(tmp_path / "article.txt")]) == 1
    page, errors = _open(browser, out, "seed-article-zh.png")
    assert page.locator("html").get_attribute("lang") == "zh-CN"
    assert errors == []
