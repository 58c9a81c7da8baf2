"""Session 11: reading defects found on real text — a latitude or longitude (北纬33.2度) is a place
on the map, not a quantity of electricity (度 = kWh)."""

from __future__ import annotations

import pytest

from factcheck.figures import figures_in_text


def _figures(text: str) -> list[str]:
    return [f.written for f in figures_in_text(text)]


@pytest.mark.parametrize(("text", "figures"), [
    # 新华社 2017-08-08 九寨沟地震 (find_string id 8769633988)
    ("四川省阿坝州九寨沟县（北纬33.2度，东经103.82度）发生7.0级地震，震源深度20公里。"
     "截至8月8日23时30分，地震已造成5人死亡、70余人受伤。",
     ["20公里", "5人", "70余人"]),
    # an emergency-event sample (find_string id 25636629928): degrees with their sign
    ("四川省阿坝州茂县南新村（东经103.8507°、北纬31.7003°）", []),
    # a page's coordinates (find_string id 55076044873): a space after 北纬
    ("北纬 35.6° / 东经 139.7°", []),
    ("北纬33度20分，东经110°30′，海拔1200米", ["1200米"]),
    # 度 of electricity stays a figure
    ("全年用电量1.2亿度，增长5.3%", ["1.2亿度", "5.3%"]),
])
def test_a_coordinate_is_no_figure(text, figures):
    assert _figures(text) == figures
