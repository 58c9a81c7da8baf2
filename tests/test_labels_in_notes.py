"""A figure inside a note in brackets, and the figure the note stands before: each is labelled by
its own words (the note's, and the words before the bracket), never by a torn bracket."""

from __future__ import annotations

# a city's 2019 1-5月 工业效益 (smoke44 city-industry-profits-jan-may-2019-simplymmj has this form)
PROFITS = ("1-5月，全市规模以上工业企业（年主营业务收入2000万元及以上，下同）实现利润总额37.2亿元，"
           "同比增长5.1%。其中，国有控股企业实现利润12.1亿元。\n")
# smoke10 auto-sales-mar-2022-36kr line 7
CARS = ("在高端轿车（起售价30万元以上，下同）市场仍是外资豪华品牌的自留地，"
        "奔驰、宝马、奥迪各有两款车型上榜。\n")
# smoke16 film-box-office-q1q3-2019-victorzhang line 1 (上海电影三季度报告补充公告, 2019)
FILM = ("前三季度中国电影市场总票房为478.64亿元（去年同期为489.45亿元，同比减少2.21%），观影人次达12.81亿。"
        "其中，国产影片票房284.12亿元（去年同期为321.18亿元，同比减少11.54%）。\n")


def _labels(run_cli, tmp_path, text: str) -> dict[str, str]:
    """The label `factcheck extract` drafts for each value, by the value as written."""
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    _, out, _ = run_cli(["extract", str(path)])
    labels, label = {}, None
    for line in out.splitlines():
        if "label:" in line:
            label = line.split("label:", 1)[1].strip()
        elif "value:" in line and label is not None:
            labels[line.split("value:", 1)[1].strip()] = label
    return labels


def test_the_figure_after_a_note_with_a_figure_is_named_by_the_words_before_it(run_cli, tmp_path) -> None:
    labels = _labels(run_cli, tmp_path, PROFITS)
    assert labels["37.2亿元"] == "规模以上工业企业实现利润总额"
    assert labels["2000万元及以上"] == "年主营业务收入"


def test_a_figure_inside_a_note_is_named_by_the_note(run_cli, tmp_path) -> None:
    assert _labels(run_cli, tmp_path, CARS)["30万元以上"] == "起售价"


def test_a_note_of_last_year_is_no_name(run_cli, tmp_path) -> None:
    """（去年同期为489.45亿元）: the note says what the figure is compared with, not what it is."""
    labels = _labels(run_cli, tmp_path, FILM)
    assert "同期" not in (labels["489.45亿元"], labels["321.18亿元"])


# fresh20 news-fujian-trade-jan-aug-2022 line 11 (福州海关, 2022年前8个月福建外贸)
IMPORTS = "前8个月，煤、原油、天然气分别进口3385.3万、957.2万、150万吨，分别减少11.2%、13.9%、13%。\n"
# smoke6 calb-battery-ipo-2022 (招股书, 宁德时代研发费用)
RESEARCH = ("2019年~2021年前三季度，宁德时代研发费用分别为29.92亿、35.69亿和45.95亿元，"
            "占营收比重为6.53%、7.09%和6.56%。\n")


def test_a_list_of_numbers_with_their_magnitude_takes_the_unit_of_the_last(run_cli, tmp_path) -> None:
    """3385.3万、957.2万、150万吨: every number of the list carries 万, the last one the unit too."""
    assert {"3385.3万吨", "957.2万吨", "150万吨"} <= set(_labels(run_cli, tmp_path, IMPORTS))
    assert {"29.92亿元", "35.69亿元", "45.95亿元"} <= set(_labels(run_cli, tmp_path, RESEARCH))
