"""Four more kinds of the HTML editor (test_html_editor_kinds.py has the others): a downward
contribution (负向拉动), a stock with its flows in and out, the change of a share in 百分点 and
the share of a sum of parts. Each on a real article and a copy with one figure changed, both in
one page: the relation added by clicking, the fact file downloaded and checked — it holds on the
article, and on the copy the error names the changed figure — and a figure that does not fit its
role refused with a message.
"""

from __future__ import annotations

import pytest
from test_html_editor import NOTE, _download
from test_html_editor_kinds import DATA, _added, _at, _errors, _pair, _pick, _verdicts
from test_html_report import BROWSER, _report

pytestmark = pytest.mark.skipif(BROWSER is None, reason="no Chromium on this machine "
                                "(apt-get install chromium); CI installs it")
# 大庆市统计局 (2016): 上半年固定资产投资 — 中直投资…负向拉动全市投资8.7个百分点
DAQING = DATA / "articles" / "stat-daqing-2016h1.txt"
# 凯特股份 2024 annual filing (reportify): 期初总股本17690.15万股 … 授予236万股
KAITE = DATA / "smoke20" / "kaite-annual-2024-filing-reportify.txt"
# 中新网 (2022-11): 前10个月福建省外贸 — 上述3者合计占同期福建省外贸进出口总值的46.7%
FUJIAN = DATA / "smoke19" / "fujian-trade-jan-oct-2022-riulidt.txt"
# 益阳市财政局 (1-5月): 税收收入430405万元，同比增长30.82%，占总收入比重为80.35%，同比上升7.16个百分点
YIYANG = DATA / "fresh20" / "stat-yiyang-budget-m1-5.txt"


def _open(browser, page_path):
    """The page, and the errors it raises (no screenshot: these articles are long)."""
    page = browser.new_page(viewport={"width": 1000, "height": 1400})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
               else (errors.append(f"network: {route.request.url}"), route.abort()))
    page.goto(page_path.as_uri())
    return page, errors


def _click(page, text: str, line: int, n: int) -> tuple[str, int, int]:
    """Click a figure while picking (after the first picks); its (claim, line, column)."""
    fig = _at(page, text, line, n)
    fig.click()
    return (fig.get_attribute("data-claim"), int(fig.get_attribute("data-line")),
            int(fig.get_attribute("data-column")))


def _refused(page, n: int, kind: str, text: str, line: int, why: str) -> None:
    """Choosing ``kind`` and clicking ``text`` first: not picked, and the panel says ``why``."""
    page.select_option(f"#picker-{n} select.kind", kind)
    _at(page, text, line, n).click()
    assert page.locator(f"#picker-{n} .picks li").count() == 0
    assert why in page.locator(f"#picker-{n} .next.warn").inner_text()


def test_contributions_upward_and_downward(browser, tmp_path, run_cli):
    """地方投资拉动全市投资增长10.7个百分点：中直投资…负向拉动全市投资8.7个百分点 (全市固定资产投资…
    同比增长2%): 10.7 − 8.7 = 2.0. 负向拉动…8.7个百分点 is read as −8.7个百分点, so the check needs no
    `negative:`. The copy says 6.7个百分点 (10.7 − 6.7 = 4.0). The page speaks Chinese."""
    article, changed = _pair(tmp_path, DAQING, ("负向拉动全市投资8.7个百分点", "负向拉动全市投资6.7个百分点"))
    page, errors = _open(browser, _report(tmp_path, "--lang", "zh", str(article), str(changed)))
    assert "负向拉动" in page.locator("#picker-0 select.kind").inner_text()
    found = {}
    for n, pull in ((0, "8.7个百分点"), (1, "6.7个百分点")):
        _refused(page, n, "down", "247.4亿元", 37, "不是百分比")
        clicked = _pick(page, "down", [("2%", 37), ("10.7个百分点", 39)], n)
        page.click(f"#picker-{n} button.switch")
        assert "负向拉动" in page.locator(f"#picker-{n} .next").inner_text()
        _at(page, "159.5亿元", 39, n).click()  # a level where a contribution is wanted
        assert "不是百分点变化" in page.locator(f"#picker-{n} .next.warn").inner_text()
        clicked.append(_click(page, pull, 39, n))
        assert page.locator(f"#picker-{n} .picks li").count() == 3
        page.click(f"#picker-{n} button.add")
        found[n] = (clicked, _download(page, tmp_path, n=n))
    (clicked, saved), (clicked2, saved2) = found[0], found[1]
    assert _added(saved) == {"editor_1": {
        "id": "editor_1", "contribution": [clicked[1][0], clicked[2][0]],
        "to": clicked[0][0].removesuffix(".growth"), "note": NOTE}}
    assert _verdicts(run_cli, saved) == {"editor_1": ["holds"]}
    wrong = _errors(run_cli, saved2)
    assert [code for code, _ in wrong["editor_1"]] == ["FC121"]
    assert clicked2[2] in wrong["editor_1"][0][1]
    # 第一产业实现增加值47.5亿元，同比增长4.4%: real growth, from which no share's change follows
    _refused(page, 0, "share-change", "4.4%", 9, "按可比价格或可比口径计算")
    assert errors == []


def test_a_stock_with_flows_in_and_out(browser, tmp_path, run_cli):
    """公司普通股期初总股本17690.15万股 … 实施2024年股权激励计划授予236万股 … 公司普通股总股本为179,261,468股:
    17690.15万 + 236万 = 17926.15万股. The panel offers to switch to flows out once the start is
    chosen; 48.54% (a share) is refused as the stock. The copy says 17590.15万股 at the start."""
    article, changed = _pair(tmp_path, KAITE, ("期初总股本17690.15万股", "期初总股本17590.15万股"))
    page, errors = _open(browser, _report(tmp_path, str(article), str(changed)))
    found = {}
    for n, start in ((0, "17690.15万股"), (1, "17590.15万股")):
        _refused(page, n, "flows", "48.54%", 7, "not a level")
        switch = page.locator(f"#picker-{n} button.switch")
        clicked = _pick(page, "flows", [("179,261,468股", 5), (start, 6)], n)
        assert switch.is_visible() and "a flow out" in switch.inner_text()
        assert "a flow in" in page.locator(f"#picker-{n} .next").inner_text()
        clicked.append(_click(page, "236万股", 9, n))
        page.click(f"#picker-{n} button.add")
        found[n] = (clicked, _download(page, tmp_path, n=n))
    (clicked, saved), (clicked2, saved2) = found[0], found[1]
    assert _added(saved) == {"editor_1": {"id": "editor_1", "stock": clicked[0][0],
                                          "start": clicked[1][0], "added": [clicked[2][0]],
                                          "note": NOTE}}
    assert _verdicts(run_cli, saved) == {"editor_1": ["holds"]}
    wrong = _errors(run_cli, saved2)
    assert [code for code, _ in wrong["editor_1"]] == ["FC501"]
    assert clicked2[1] in wrong["editor_1"][0][1]
    assert errors == []


def test_a_share_of_a_sum_and_the_change_of_a_share(browser, tmp_path, run_cli):
    """福建: 东盟3402.9亿元、美国2160.5亿元、欧盟2014.9亿元，上述3者合计占…1.62万亿元的46.7% (7578.3 /
    16200 = 46.8%); the copy says 44.7%. 益阳: 一般公共预算收入535668万元，增长19.15%，税收收入430405万元，
    增长30.82%，占总收入比重为80.35%，同比上升7.16个百分点: 80.35% × (1 − 1.1915 / 1.3082) = 7.17个百分点
    within rounding; the copy says 6.16个百分点. Four articles, one page."""
    fujian, fujian2 = _pair(tmp_path, FUJIAN, ("合计占同期福建省外贸进出口总值的46.7%",
                                               "合计占同期福建省外贸进出口总值的44.7%"))
    yiyang, yiyang2 = _pair(tmp_path, YIYANG, ("同比上升7.16个百分点", "同比上升6.16个百分点"))
    page, errors = _open(browser, _report(tmp_path, str(fujian), str(fujian2), str(yiyang),
                                          str(yiyang2)))
    found = {}
    for n, share in ((0, "46.7%"), (1, "44.7%")):
        _refused(page, n, "share-sum", "13.2%", 3, "not a level")
        clicked = _pick(page, "share-sum", [("1.62万亿元", 1), (share, 3), ("3402.9亿元", 3),
                                            ("2160.5亿元", 3), ("2014.9亿元", 3)], n)
        page.click(f"#picker-{n} button.add")
        found[n] = (clicked, _download(page, tmp_path, n=n))
    for n, change in ((2, "7.16个百分点"), (3, "6.16个百分点")):
        _refused(page, n, "share-change", "430405万元", 5, "not a rate")  # a level
        clicked = _pick(page, "share-change", [("30.82%", 5), ("19.15%", 5), ("80.35%", 5),
                                               (change, 5)], n)
        page.click(f"#picker-{n} button.add")
        found[n] = (clicked, _download(page, tmp_path, n=n))
    (summed, saved), (summed2, saved2) = found[0], found[1]
    w, s, a, b, c = (x[0] for x in summed)
    assert _added(saved) == {"editor_1": {"id": "editor_1", "expect": f"({a} + {b} + {c}) / {w} == {s}",
                                          "note": NOTE}}
    assert _verdicts(run_cli, saved) == {"editor_1": ["holds"]}
    wrong = _errors(run_cli, saved2)
    assert [code for code, _ in wrong["editor_1"]] == ["FC801"]
    assert summed2[1] in wrong["editor_1"][0][1]
    (changed, saved), (changed2, saved2) = found[2], found[3]
    gp, gw, s, d = (x[0] for x in changed)
    assert gp.endswith(".growth") and d.endswith(".growth")
    assert _added(saved) == {"editor_1": {"id": "editor_1",
                                          "expect": f"{s} * (1 - (1 + {gw}) / (1 + {gp})) == {d}",
                                          "note": NOTE}}
    assert _verdicts(run_cli, saved) == {"editor_1": ["holds"]}
    wrong = _errors(run_cli, saved2)
    assert [code for code, _ in wrong["editor_1"]] == ["FC801"]
    assert changed2[3] in wrong["editor_1"][0][1]
    assert errors == []
