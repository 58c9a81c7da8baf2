"""Numbers listed before the one that carries the unit share its magnitude as well (分别为4488和949
亿元 are 4488亿元 and 949亿元; 12、15和20万元 are 12万元, 15万元 and 20万元): before, the first took
the unit without the magnitude (4488元), a misread a share or a sum would have turned into a false
alarm. Months listed before 月 are dates, not durations (5、6和7月份), and a rank listed after
another (第四、五名) is no count."""

from __future__ import annotations

import pytest

from factcheck.figures import figures_in_text


def _read(text: str) -> list[tuple[str, str]]:
    return [(f.written, str(f.quantity.interval)) for f in figures_in_text(text) if f.quantity]


@pytest.mark.parametrize(("text", "read"), [
    ("两市营收分别为4488和949亿元。", [("4488亿元", "[448750000000, 448850000000]"),
                                 ("949亿元", "[94850000000, 94950000000]")]),
    ("收入分别为12、15和20万元。", [("12万元", "[115000, 125000]"), ("15万元", "[145000, 155000]"),
                              ("20万元", "[195000, 205000]")]),
    ("人口分别为1.2万和3000人。", [("1.2万人", "[11500, 12500]"), ("3000人", "[3000, 3000]")]),
    ("分别高2.1和1.5个百分点。", [("2.1个百分点", "[2.05, 2.15]"), ("1.5个百分点", "[1.45, 1.55]")]),
    ("5、6和7月份，出口回升。", []),
])
def test_a_list_shares_the_magnitude_and_unit_of_its_last_number(text, read) -> None:
    assert [x for x in _read(text) if x[0] != "两市"] == read


def test_a_sum_of_listed_parts_holds_with_the_shared_magnitude(article) -> None:
    _, doc = article("全市营业收入5437亿元，其中，两市分别为4488和949亿元。")
    assert [f for f in doc["findings"] if f["severity"] in ("error", "warning")] == []


@pytest.mark.parametrize(("text", "read"), [
    ("两家企业分列第四、五名。", [("第四", "[4, 4]")]),
    ("位列全国第2、3位。", [("第2", "[2, 2]")]),
])
def test_the_rank_listed_after_another_is_no_count(text, read) -> None:
    """第四、五名 is the fourth and fifth places: 五名 is no count of five people."""
    assert [x for x in _read(text) if x[0] != "两家"] == read
