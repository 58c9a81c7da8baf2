"""The kinds of relation the HTML editor adds beyond sums, shares and growth (test_html_editor.py):
stock and flow, a difference of two rates in 百分点, an average, a count with the names it lists
(selected in the text) and a contribution (拉动). Each on a real article and on a copy with one
figure changed, both in one page: the relation added by clicking, the fact file downloaded and
checked — it holds on the article, and on the copy the error names the changed figure. A figure
that does not fit its role (a rate where a level is wanted) is refused with a message.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from test_html_editor import NOTE, _check, _check_records, _download
from test_html_report import ARTIFACTS, BROWSER, ROOT, _open, _report

pytestmark = pytest.mark.skipif(BROWSER is None, reason="no Chromium on this machine "
                                "(apt-get install chromium); CI installs it")
DATA = ROOT / "tests" / "data"
# https://www.cls.cn (财联社, 2021-06): 103亿！QDII史上单次批准最多，公募基金独揽六成
QDII = DATA / "smoke12" / "qdii-quota-jun-2021-cls.txt"
# 21世纪经济报道 (2021-09): 1-8月江苏外贸同增17.1%，民企拉动进出口增长9.6个百分点
JIANGSU = DATA / "articles" / "news-jiangsu-trade-2021m1-8.txt"
# 第一财经 (2021-05): 中部六省会城市人口普查 (人均GDP of 赣州)
CENSUS = DATA / "articles" / "news-central-capitals-census-2021.txt"


def _pair(tmp_path: Path, source: Path, *changes: tuple[str, str]) -> tuple[Path, Path]:
    """The article, and a copy of it (`<stem>-changed.txt`) with each (old, new) replaced once."""
    text = source.read_text(encoding="utf-8")
    article = tmp_path / source.name
    article.write_text(text, encoding="utf-8")
    for old, new in changes:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    changed = tmp_path / f"{source.stem}-changed.txt"
    changed.write_text(text, encoding="utf-8")
    return article, changed


def _at(page, text: str, line: int, n: int = 0):
    """The first marked figure printed as ``text`` on ``line`` of article ``n``."""
    found = page.locator(f'#file-{n} article .fig[data-claim][data-line="{line}"]', has_text=text)
    assert found.count() >= 1, (text, line)
    return found.first


def _pick(page, kind: str, figures: list[tuple[str, int]], n: int = 0) -> list[tuple[str, int, int]]:
    """Choose ``kind`` in article ``n``'s editor and click ``figures`` ((text, line)) in order."""
    page.select_option(f"#picker-{n} select.kind", kind)
    clicked = []
    for text, line in figures:
        fig = _at(page, text, line, n)
        fig.click()
        clicked.append((fig.get_attribute("data-claim"), int(fig.get_attribute("data-line")),
                        int(fig.get_attribute("data-column"))))
    assert page.locator(f"#picker-{n} .picks li").count() == len(figures)
    return clicked


def _select(page, text: str, n: int = 0) -> None:
    """Select the first ``text`` of article ``n``, as a mouse would."""
    assert page.evaluate("""([n, text]) => {
      const article = document.querySelector('#file-' + n + ' article');
      const walk = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
      for (let node = walk.nextNode(); node; node = walk.nextNode()) {
        const at = node.nodeValue.indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at); range.setEnd(node, at + text.length);
        getSelection().removeAllRanges(); getSelection().addRange(range);
        return true;
      }
      return false;
    }""", [n, text])


def _added(saved: Path) -> dict:
    return {c["id"]: c for c in yaml.safe_load(saved.read_text(encoding="utf-8"))["checks"]
            if c["id"].startswith("editor_")}


def _verdicts(run_cli, saved: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for r in _check_records(run_cli, saved):
        if r["check"] and r["check"].startswith("editor_"):
            out.setdefault(r["check"], []).append(r["verdict"])
    return out


def _errors(run_cli, saved: Path) -> dict[str, list[tuple[str, set]]]:
    """Each added check's errors: code and the (claim, line, column) it names."""
    _, doc = _check(run_cli, saved)
    out: dict[str, list[tuple[str, set]]] = {}
    for f in doc["findings"]:
        if f["severity"] == "error" and (f["check"] or "").startswith("editor_"):
            named = {(c["id"], c["article"]["line"], c["article"]["column"]) for c in f["claims"]
                     if c["article"]}
            out.setdefault(f["check"], []).append((f["code"], named))
    return out


def test_stock_and_flow_and_a_count_with_the_names_selected_in_the_text(browser, tmp_path, run_cli):
    """财联社 on QDII quotas: 长城基金 had 1亿美元, got 5亿美元, and has 6亿 (12亿、6亿、6亿美元) —
    a start, what was added and the end; and 5家，包括华夏基金、易方达基金、南方基金、广发基金和
    交银施罗德基金 — a count and the names it lists (the last two joined by 和). The copy says
    3亿美元 and 6家."""
    article, changed = _pair(tmp_path, QDII, ("就达到了5家", "就达到了6家"),
                             ("此前仅有1亿美元", "此前仅有3亿美元"))
    page, errors = _open(browser, _report(tmp_path, str(article), str(changed)), "editor-kinds-qdii.png")
    names = "华夏基金、易方达基金、南方基金、广发基金和交银施罗德基金"
    found = {}
    for n, start, firms in ((0, "1亿美元", "5家"), (1, "3亿美元", "6家")):
        page.select_option(f"#picker-{n} select.kind", "stock")
        assert "累计" in page.locator(f"#picker-{n} .next").inner_text()
        _at(page, "63.11%", 3, n).click()  # a share where the stock is wanted: refused, said why
        assert page.locator(f"#picker-{n} .picks li").count() == 0
        assert "not a level" in page.locator(f"#picker-{n} .next.warn").inner_text()
        stock = _pick(page, "stock", [("6亿", 23), ("5亿美元", 23), (start, 23)], n)
        page.click(f"#picker-{n} button.add")
        count = _pick(page, "names", [(firms, 3)], n)
        assert "select the names" in page.locator(f"#picker-{n} .next").inner_text()
        assert page.locator(f"#picker-{n} button.add").is_disabled()
        _select(page, names, n)
        page.click(f"#picker-{n} button.take-names")
        if n == 0:
            page.locator(f"#picker-{n}").screenshot(path=str(ARTIFACTS / "editor-kinds-names.png"))
        assert page.locator(f"#picker-{n} input.names").input_value() == \
            "华夏基金、易方达基金、南方基金、广发基金、交银施罗德基金"
        page.click(f"#picker-{n} button.add")
        found[n] = (stock, count, _download(page, tmp_path, n=n))
    (stock, count, saved), (stock2, count2, saved2) = found[0], found[1]
    assert _added(saved) == {
        "editor_1": {"id": "editor_1", "stock": stock[0][0], "start": stock[2][0],
                     "added": [stock[1][0]], "note": NOTE},
        "editor_2": {"id": "editor_2", "enumeration": [count[0][0]],
                     "names": ["华夏基金", "易方达基金", "南方基金", "广发基金", "交银施罗德基金"],
                     "note": NOTE}}
    assert _verdicts(run_cli, saved) == {"editor_1": ["holds"], "editor_2": ["holds"]}
    wrong = _errors(run_cli, saved2)
    assert [code for code, _ in wrong["editor_1"]] == ["FC501"]
    assert stock2[2] in wrong["editor_1"][0][1]  # 3亿 + 5亿 is not 6亿: 3亿美元 named
    assert [code for code, _ in wrong["editor_2"]] == ["FC601"]
    assert count2[0] in wrong["editor_2"][0][1]  # five names, not 6家
    assert errors == []


def test_a_difference_in_points_and_a_contribution(browser, tmp_path, run_cli):
    """民营企业进出口12315.2亿元，同增28.1%，高出全省外贸整体增速11个百分点，拉动进出口增长9.6个百分点
    (全省 32878.4亿元，同增17.1%): 28.1% − 17.1% = 11 points, and (12315.2 − 12315.2 / 1.281) /
    (32878.4 / 1.171) = 9.6 points. The copy says 25.1%."""
    article, changed = _pair(tmp_path, JIANGSU, ("12315.2亿元，同增28.1%", "12315.2亿元，同增25.1%"))
    page, errors = _open(browser, _report(tmp_path, str(article), str(changed)),
                         "editor-kinds-jiangsu.png")
    found = {}
    for n, rate in ((0, "28.1%"), (1, "25.1%")):
        page.select_option(f"#picker-{n} select.kind", "points")
        _at(page, "12315.2亿元", 9, n).click()  # a level where a rate is wanted
        assert "not a rate" in page.locator(f"#picker-{n} .next.warn").inner_text()
        points = _pick(page, "points", [(rate, 9), ("17.1%", 5), ("11个百分点", 9)], n)
        page.click(f"#picker-{n} button.add")
        pulled = _pick(page, "contribution", [("9.6个百分点", 9), (rate, 9), ("17.1%", 5)], n)
        page.click(f"#picker-{n} button.add")
        found[n] = (points, pulled, _download(page, tmp_path, n=n))
    (points, pulled, saved), (points2, pulled2, saved2) = found[0], found[1]
    assert points[0][0].endswith(".growth") and points[1][0].endswith(".growth")
    part, total = points[0][0].removesuffix(".growth"), points[1][0].removesuffix(".growth")
    assert _added(saved) == {
        "editor_1": {"id": "editor_1", "points": points[2][0], "rate": part, "than": total,
                     "note": NOTE},
        "editor_2": {"id": "editor_2", "contribution": pulled[0][0], "part": part, "to": total,
                     "note": NOTE}}
    assert _verdicts(run_cli, saved) == {"editor_1": ["holds"], "editor_2": ["holds"]}
    wrong = _errors(run_cli, saved2)
    assert [code for code, _ in wrong["editor_1"]] == ["FC131"]
    assert points2[0] in wrong["editor_1"][0][1]  # 25.1% − 17.1% is 8 points, not 11
    assert [code for code, _ in wrong["editor_2"]] == ["FC122"]
    assert pulled2[1] in wrong["editor_2"][0][1]
    assert errors == []


def test_an_average_in_chinese(browser, tmp_path, run_cli):
    """赣州最多，有897万人，但其2020年经济总量仅为3691.14亿元，人均GDP为4.12万元: 3691.14亿元 / 897万人
    = 4.115万元. The copy says 797万人 (4.63万元). The page speaks Chinese."""
    article, changed = _pair(tmp_path, CENSUS, ("有897万人", "有797万人"))
    out = _report(tmp_path, "--lang", "zh", str(article), str(changed), name="zh.html")
    page, errors = _open(browser, out, "editor-kinds-census-zh.png")
    assert "人均或平均" in page.locator("#picker-0 select.kind").inner_text()
    found = {}
    for n, people in ((0, "897万人"), (1, "797万人")):
        page.select_option(f"#picker-{n} select.kind", "average")
        assert "平均数" in page.locator(f"#picker-{n} .next").inner_text()
        _at(page, "10%", 73, n).click()  # a share where the average is wanted
        assert "不是绝对数" in page.locator(f"#picker-{n} .next.warn").inner_text()
        clicked = _pick(page, "average", [("4.12万元", 73), ("3691.14亿元", 73), (people, 73)], n)
        page.click(f"#picker-{n} button.add")
        found[n] = (clicked, _download(page, tmp_path, n=n))
    (clicked, saved), (clicked2, saved2) = found[0], found[1]
    assert _added(saved) == {"editor_1": {"id": "editor_1", "average": clicked[0][0],
                                          "total": clicked[1][0], "count": clicked[2][0],
                                          "note": NOTE}}
    assert _verdicts(run_cli, saved) == {"editor_1": ["holds"]}
    wrong = _errors(run_cli, saved2)
    assert [code for code, _ in wrong["editor_1"]] == ["FC450"]
    assert clicked2[2] in wrong["editor_1"][0][1]
    assert errors == []
