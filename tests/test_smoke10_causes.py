"""No false error on the tenth round of unseen articles (tests/data/smoke10, review.yaml): each
form of writing that raised one, with the real sentence and the same sentence with one figure
changed (the relation is still found and fails, naming the changed figure)."""

from __future__ import annotations

from helpers import alarms
from helpers import checks_of as checks


def _named(doc: dict, written: str) -> bool:
    """Whether an error or warning names a claim written so."""
    return any(c["written"] == written for f in doc["findings"] if f["severity"] != "info"
               for c in f["claims"])


# --- A. 分别比上年末增加A和B: both are changes, no part ----------------------------------------------

# social-security-2011-jjckb line 1 (http://jjckb.xinhuanet.com/invest/2012-06/08/content_380250.htm)
PENSIONS = ("2011年年末全国参加城镇基本养老保险人数为28391万人，比上年末增加2684万人。"
            "其中，参保职工{staff}万人，参保离退休人员6826万人，分别比上年末增加2163万人和521万人。")


def test_the_second_change_of_a_pair_is_a_change(article) -> None:
    _, doc = article(PENSIONS.format(staff="21565"))
    assert alarms(doc) == []
    assert ("holds", ["21565万人", "6826万人", "28391万人"]) in checks(doc, "breakdown")


def test_a_wrong_part_beside_the_changes_is_named(article) -> None:
    code, doc = article(PENSIONS.format(staff="21865"))
    assert code == 1 and ("FC301", "error") in alarms(doc) and _named(doc, "21865万人")


# --- B. 净增 is a change: never a whole, never a part --------------------------------------------

# telecom-jan-jul-chongyang line 4 (http://chongyang.cjyun.org/p/30728.html)
PHONES = ("移动电话用户总数达16.19亿户，比上年末净增2521万户。其中，5G手机终端连接数达{five_g}亿户，"
          "比上年末净增1.93亿户。")


def test_a_net_increase_is_a_change(article) -> None:
    _, doc = article(PHONES.format(five_g="3.92"))
    assert alarms(doc) == []
    assert not any("2521万户" in parts or "1.93亿户" in parts for _, parts in checks(doc, "breakdown"))


def test_a_part_larger_than_the_users_is_named(article) -> None:
    code, doc = article(PHONES.format(five_g="19.92"))
    assert code == 1 and _named(doc, "19.92亿户")


# --- C. the total is one item of a ；list: its 其中 ends with the next item --------------------------

# insurance-jan-aug-2018-iamac line 9 (http://www.iamac.org.cn/xxyj/hyxw/201810/t20181012_5771.html)
POLICIES = ("从险种看，货运险签单数量32.00亿件；责任险42.89亿件；保证险13.62亿件；车险2.81亿件；"
            "寿险本年新增累计保单0.63亿件；其中普通寿险{life}万件；健康险17.51亿件；意外险43.25亿件。")


def test_the_items_after_a_part_are_siblings_of_its_whole(article) -> None:
    _, doc = article(POLICIES.format(life="3475.76"))
    assert alarms(doc) == []
    assert checks(doc, "breakdown") == [("holds", ["3475.76万件", "0.63亿件"])]


def test_a_part_of_an_item_larger_than_it_is_named(article) -> None:
    code, doc = article(POLICIES.format(life="6475.76"))
    assert code == 1 and _named(doc, "6475.76万件")


def test_a_list_led_by_its_total_still_adds_up(article) -> None:
    # the total leads the sentence: its 其中 runs over the ；
    _, doc = article("全国规模以上港口完成货物吞吐量102637万吨，同比增长15.7%；"
                     "其中沿海主要港口完成77956万吨，增长16.8%；内河主要港口完成24681万吨，增长12.5%。")
    assert ("holds", ["77956万吨", "24681万吨", "102637万吨"]) in checks(doc, "breakdown")


# --- D. a part under 其中 is its whole's part: 沿海港口 of 货物 is not 沿海港口 of 外贸货物 ----------------

# port-jan-jul-cinic lines 2–3 (https://www.cinic.org.cn/xw/tjsj/217841.html)
PORTS = ("今年前7个月，我国规模以上港口完成货物吞吐量519376万吨，同比增长13.4%。"
         "其中，沿海港口完成354599万吨，同比增长13.1%；内河港口完成164777万吨，同比增长14.1%。\n"
         "外贸货物吞吐量稳步增长。1月~7月份，全国规模以上港口完成外贸货物吞吐量157012万吨，同比增长9.1%。"
         "其中，沿海港口完成143449万吨，同比增长8.9%；内河港口完成13563万吨，同比增长{rate}%。")


def test_parts_of_two_wholes_are_not_one_figure(article) -> None:
    _, doc = article(PORTS.format(rate="10.4"))
    assert alarms(doc) == []
    assert checks(doc, "duplicate") == []

