#!/usr/bin/env python3
"""Generate a realistic synthetic corpus of fact files for benchmarking factcheck.

    python bench/generate.py --files N --claims M --seed S --out DIR

writes N fact files of exactly M claims each into DIR. The files mimic facts/xuejia-2023.yaml
and examples/*.yaml: money in 亿元/万元 with one or two decimals, growth rates with basis
real/same-scope/nominal, counts written with Chinese numerals (两家, 六项), qualified figures
(超/余/近/约/突破/以上, 成), percentages, 百分点, 人次, 亩, 微克/立方米, ranks (第32名, 500强), name
lists with 等, labels, quotes and notes; and checks of every kind (breakdown, share, growth with
previous, multiple, stock, feasible, expect, same, plus enumeration from names:). About
--bad-rate (default 7%) of the relations are made inconsistent, so that `factcheck check`
has findings to report. A fraction of files (--xref-rate, default 10%) are "next year's"
article of the previous file's town and refer to it with `<stem>/<id>` references.

Output is deterministic for a seed: file i depends only on (seed, i) and on file i - 1, so the
first 1000 files of a 10000-file corpus equal a 1000-file corpus of the same seed and claims.
A summary (relations, injected inconsistencies per kind) is written to DIR/manifest.json,
which neither factcheck nor yamllint reads. Standard library only.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_SEED = 20240101
SCHEMA_COMMENT = "# yaml-language-server: $schema=../../../src/factcheck/data/factfile.schema.json\n"

# ---------------------------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------------------------

PLACE_CHARS = (
    "薛家罗溪新桥春江孟河西夏墅奔牛邹区湖塘牛塘礼嘉洛阳雪堰前黄嘉泽横林横山桥郑陆遥观潞城丁堰"
    "戚墅堰茶山青龙红梅天宁钟楼五星永红北港南大庄东坡金坛溧阳宜兴江阴张渚丁蜀周铁和桥徐舍官林"
)
PLACE_CHARS = "".join(dict.fromkeys(PLACE_CHARS))  # unique characters: unique place names
PLACE_SUFFIXES = ("镇", "街道", "乡", "开发区")

MONEY_LABELS = (
    "地区生产总值", "一般公共预算收入", "规模以上工业总产值", "固定资产投资", "进出口总额",
    "社会消费品零售总额", "工业投资", "服务业增加值", "税收收入", "工业开票销售",
    "高新技术产业产值", "战略性新兴产业产值", "规上服务业营业收入", "工业技改投资",
    "民间投资", "实际到账外资", "外贸出口额", "建筑业总产值", "农业总产值", "数字经济核心产业增加值",
    "研发经费投入", "民生支出", "教育支出", "社会保障和就业支出", "卫生健康支出",
)
MONEY_SUBLABELS = (
    "先进制造业", "新能源产业", "智能装备", "新材料", "生物医药", "电子信息", "现代服务业",
    "文旅产业", "都市农业", "汽车零部件", "节能环保", "数字经济",
)
COUNT_TOTAL_LABELS = (
    ("招引优质项目", "个"), ("新开工项目", "个"), ("竣工项目", "个"), ("新增规上工业企业", "家"),
    ("新增市场主体", "家"), ("完成重点工程", "项"), ("改造老旧小区", "个"), ("新建口袋公园", "个"),
    ("实施民生实事项目", "项"), ("新增就业岗位", "个"), ("开展文化惠民活动", "场"),
    ("完成河道整治", "条"), ("拆除违法建设", "处"), ("新增停车位", "个"), ("新建充电桩", "个"),
    ("培育专精特新企业", "家"), ("新增高新技术企业", "家"), ("建成智能车间", "个"),
)
COUNT_PART_LABELS = (
    "重大产业项目", "先进制造业项目", "现代服务业项目", "科技创新项目", "基础设施项目", "民生项目",
    "外资项目", "省级项目", "市级项目", "区级项目", "农业项目", "城市更新项目",
)
STOCK_LABELS = (
    ("高新技术企业", "家"), ("规上工业企业", "家"), ("上市后备企业", "家"), ("专精特新企业", "家"),
    ("科技型中小企业", "家"), ("省级工程技术研究中心", "家"), ("市级示范农场", "家"),
    ("新能源汽车充电桩", "个"), ("文明示范小区", "个"), ("志愿服务队伍", "支"),
)
RATE_LABELS = (
    "空气优良率", "城镇化率", "污水处理率", "垃圾分类覆盖率", "森林覆盖率", "居民满意率",
    "政务服务网办率", "重点项目开工率", "工业用地亩均税收达标率", "农村生活污水治理率",
    "农业机械化率", "高速宽带入户率",
)
SHARE_PAIRS = (
    ("规上高新技术企业产值", "规模以上工业总产值"), ("民生支出", "一般公共预算支出"),
    ("服务业增加值", "地区生产总值"), ("战略性新兴产业产值", "规模以上工业总产值"),
    ("工业投资", "固定资产投资"), ("税收收入", "一般公共预算收入"),
    ("外贸出口额", "进出口总额"), ("数字经济核心产业增加值", "地区生产总值"),
)
NAME_POOL = (
    "长青科技", "天元智能", "威乐水泵", "英特赛克", "赛乐医疗", "医沛生", "药明康德", "正辉新能源",
    "欧朗汽车", "恒立液压", "星宇车灯", "东方盛虹", "聚和材料", "华利达", "金鹰电气", "中简科技",
    "天合光能", "快克智能", "光洋股份", "亚玛顿", "蠡湖股份", "神力电机", "千红制药", "祥明智能",
    "大坝河", "童子河", "藻江河", "北塘河", "澡港河", "新孟河", "德胜河", "南运河",
    "夜市招聘", "镇长直播带岗", "春风行动", "就业援助月", "光伏", "充电", "储能", "电车检测",
    "餐饮", "便利店", "医保", "社保", "公积金", "不动产登记", "市场监管", "税务",
)
COMPANIES, RIVERS, EVENTS, FUNCTIONS = NAME_POOL[:24], NAME_POOL[24:32], NAME_POOL[32:36], NAME_POOL[36:]
PROJECTS = tuple(f"{c}{kind}项目" for c in COMPANIES[:12] for kind in ("扩产", "研发中心", "智能工厂"))
NAMED_COUNT_LABELS = (  # (label, counter, the pool its names come from)
    ("主板上市企业", "家", COMPANIES), ("顺利竣工项目", "个", PROJECTS),
    ("新增入库市级重点项目", "个", PROJECTS), ("实施底泥疏浚和水生态修复河道", "段", RIVERS),
    ("开展就业招聘活动", "场", EVENTS), ("超充港功能", "项", FUNCTIONS),
    ("一站式服务事项", "项", FUNCTIONS), ("省级示范企业", "家", COMPANIES),
    ("获评省级荣誉企业", "家", COMPANIES),
)
FILLERS = (
    # (label, value forms); each form is a function of the rng.
    "share_more", "odd_count", "nearly_share", "about_pct", "reached_visits", "threshold",
    "area_mu", "pm25", "rank", "top_list", "visits", "months", "estimate", "area_m2", "money_wan",
    "money_growth_only", "rate100", "more_count", "odd_times", "count_plain",
)
CN_DIGITS = "零一二三四五六七八九"


def cn_number(n: int, counter: bool = True) -> str:
    """1..99 in Chinese numerals; 2 before a counter is 两."""
    if n == 2 and counter:
        return "两"
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else CN_DIGITS[tens]
    return head + "十" + (CN_DIGITS[ones] if ones else "")


def dec(x: float, d: int) -> str:
    return f"{x:.{d}f}"


def swap_digits(s: str) -> str:
    """A typo: two adjacent different digits swapped (227.6 → 226.7); falls back to +1 digit."""
    digits = [i for i, ch in enumerate(s) if ch.isdigit()]
    for a, b in itertools.pairwise(digits):
        adjacent = b == a + 1 or (b == a + 2 and s[a + 1] == ".")
        if adjacent and s[a] != s[b]:
            lst = list(s)
            lst[a], lst[b] = lst[b], lst[a]
            out = "".join(lst)
            if not out.startswith("0") or out.startswith("0."):
                return out
    return s[: digits[0]] + str((int(s[digits[0]]) % 9) + 1) + s[digits[0] + 1:]


# ---------------------------------------------------------------------------------------------
# YAML emission (by hand, in the style of the real files: block claims, short flow claims)
# ---------------------------------------------------------------------------------------------

_PLAIN_OK = re.compile(r"^[^\s\-?:,\[\]{}#&*!|>'\"%@`][^:#,\[\]{}]*$")
_RESOLVES = re.compile(
    r"^(?:[-+]?[0-9_.]+(?:[eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.inf|\.nan|~|null|Null|NULL"
    r"|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N"
    r"|\d{4}-\d\d?-\d\d?.*)$"
)


class Quoted(str):
    """A scalar always written in double quotes (expressions)."""


def scalar(v: object) -> str:
    if isinstance(v, Quoted):
        return json.dumps(str(v), ensure_ascii=False)
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    s = str(v)
    if s and _PLAIN_OK.match(s) and not _RESOLVES.match(s) and s == s.strip():
        return s
    return json.dumps(s, ensure_ascii=False)


def flow_list(items: list) -> str:
    return "[" + ", ".join(scalar(x) for x in items) + "]"


def emit_mapping_flow(d: dict) -> str:
    parts = []
    for k, v in d.items():
        parts.append(f"{k}: {flow_list(v) if isinstance(v, list) else scalar(v)}")
    return "{" + ", ".join(parts) + "}"


def emit_claim(cid: str, c: dict, flow: bool) -> str:
    if flow and all(not isinstance(v, list) for v in c.values()) and len(c) <= 3:
        return f"  {cid}: {emit_mapping_flow(c)}\n"
    lines = [f"  {cid}:\n"]
    for k, v in c.items():
        lines.append(f"    {k}: {flow_list(v) if isinstance(v, list) else scalar(v)}\n")
    return "".join(lines)


def emit_check(ch: dict, flow: bool) -> str:
    if "expect" in ch:  # quote expressions, as docs/format.md asks
        ch = {k: (Quoted(v) if k == "expect" else v) for k, v in ch.items()}
    if flow and "note" not in ch:
        return f"  - {emit_mapping_flow(ch)}\n"
    lines = []
    first = True
    for k, v in ch.items():
        text = flow_list(v) if isinstance(v, list) else scalar(v)
        lines.append(f"  {'- ' if first else '  '}{k}: {text}\n")
        first = False
    return "".join(lines)


# ---------------------------------------------------------------------------------------------
# One file
# ---------------------------------------------------------------------------------------------


@dataclass
class FileInfo:
    """What the next file needs to know when it refers to this one."""

    stem: str
    place: str
    period: int
    budget_revenue: float
    budget_decimals: int
    labels: set[tuple[str, int]]


@dataclass
class Builder:
    rng: random.Random
    period: int
    bad_rate: float
    claims: dict[str, dict] = field(default_factory=dict)
    checks: list[dict] = field(default_factory=list)
    used_labels: set[tuple[str, int]] = field(default_factory=set)
    relations: dict[str, int] = field(default_factory=dict)
    injected: dict[str, int] = field(default_factory=dict)
    _ids: dict[str, int] = field(default_factory=dict)

    # -- helpers ---------------------------------------------------------------------------
    def cid(self, base: str) -> str:
        n = self._ids.get(base, 0) + 1
        self._ids[base] = n
        return base if n == 1 and base not in self.claims else f"{base}_{n}"

    def label(self, text: str, period: int | None = None) -> str:
        """A label unique within the file for its period (duplicate detection groups by label)."""
        p = self.period if period is None else period
        if (text, p) not in self.used_labels:
            self.used_labels.add((text, p))
            return text
        for _ in range(20):
            cand = self.rng.choice(MONEY_SUBLABELS) + text
            if (cand, p) not in self.used_labels:
                self.used_labels.add((cand, p))
                return cand
        n = 2
        while (f"{text}(其{cn_number(n, False)})", p) in self.used_labels:
            n += 1
        cand = f"{text}(其{cn_number(n, False)})"
        self.used_labels.add((cand, p))
        return cand

    def label_pair(self, text: str) -> str:
        """A label free both this period and the previous one (a level and last year's level)."""
        cands = [text] + [sub + text for sub in self.rng.sample(MONEY_SUBLABELS, len(MONEY_SUBLABELS))]
        for cand in cands:
            if not {(cand, self.period), (cand, self.period - 1)} & self.used_labels:
                break
        else:
            n = 2
            while (cand := f"{text}(其{cn_number(n, False)})", self.period) in self.used_labels or \
                    (cand, self.period - 1) in self.used_labels:
                n += 1
        self.used_labels.add((cand, self.period))
        self.used_labels.add((cand, self.period - 1))
        return cand

    def bad(self, kind: str, can: bool = True) -> bool:
        self.relations[kind] = self.relations.get(kind, 0) + 1
        if can and self.rng.random() < self.bad_rate:
            self.injected[kind] = self.injected.get(kind, 0) + 1
            return True
        return False

    def add(self, base: str, claim: dict) -> str:
        cid = self.cid(base)
        self.claims[cid] = claim
        return cid

    def check(self, kind_id: str, check: dict, note: str | None = None) -> None:
        entry = {"id": self.cid_check(kind_id)} if self.rng.random() < 0.8 else {}
        entry.update(check)
        if note:
            entry["note"] = note
        self.checks.append(entry)

    def cid_check(self, base: str) -> str:
        key = "check:" + base
        n = self._ids.get(key, 0) + 1
        self._ids[key] = n
        return base if n == 1 else f"{base}_{n}"

    def money(self, lo: float = 1.0, hi: float = 600.0) -> tuple[float, int, str]:
        """(value, decimals, unit): 亿元 with 1–2 decimals or 万元 with 0–2 decimals."""
        if self.rng.random() < 0.65:
            d = self.rng.choice((1, 1, 1, 2))
            return round(self.rng.uniform(lo, hi), d), d, "亿元"
        d = self.rng.choice((0, 1, 1, 2))
        return round(self.rng.uniform(300, 9800), d), d, "万元"

    def count_text(self, n: int, unit: str) -> str:
        if n <= 10 and self.rng.random() < 0.35:
            return cn_number(n) + unit
        return f"{n}{unit}"

    # -- relation groups (each returns the number of claims it added) -----------------------
    def g_growth(self) -> int:
        """A level with growth and previous: the growth relation (auto or a checks entry)."""
        base_label = self.rng.choice(MONEY_LABELS)
        p, d, unit = self.money(5, 500)
        neg = self.rng.random() < 0.15
        g = round(self.rng.uniform(0.5, 25.0), self.rng.choice((0, 1)))
        cur = round(p * (1 - g / 100 if neg else 1 + g / 100), d)
        basis = self.rng.choice(("nominal", "nominal", "real", "same-scope"))
        bad = self.bad("growth", can=basis == "nominal")
        gtext = f"{g:g}%"
        if bad:
            gtext = f"{g + self.rng.choice((10, 20, 30)):g}%"
        gtext = ("下降" + gtext) if neg else gtext
        label = prev_label = self.label_pair(base_label)
        base = self.rng.choice(("output", "revenue", "investment", "sales", "value", "income"))
        cur_id = self.cid(base)
        prev_id = self.cid(f"{base}_{self.period - 1}")
        claim = {"label": label, "value": f"{dec(cur, d)}{unit}", "growth": gtext}
        if basis != "nominal" or self.rng.random() < 0.5:
            claim["basis"] = basis
        explicit = self.rng.random() < 0.3
        if not explicit:
            claim["previous"] = prev_id
        verb = "下降" if neg else "增长"
        claim["quote"] = f"全年完成{label}{dec(cur, d)}{unit}、同比{verb}{gtext.removeprefix('下降')}"
        if basis == "real" and self.rng.random() < 0.5:
            claim["note"] = "Level at current prices, growth at comparable prices (real)."
        self.claims[cur_id] = claim
        self.claims[prev_id] = {"label": prev_label, "value": f"{dec(p, d)}{unit}",
                                "period": self.period - 1}
        if explicit:
            self.check("growth", {"growth": cur_id, "previous": prev_id})
        return 2

    def g_pp(self) -> int:
        """A rate and last year's rate, with growth in 百分点."""
        base_label = self.rng.choice(RATE_LABELS)
        r0 = round(self.rng.uniform(40, 93), 1)
        delta = round(self.rng.uniform(0.1, min(5.0, 99.5 - r0)), 1)
        r1 = round(r0 + delta, 1)
        bad = self.bad("growth")
        rate = round(delta + self.rng.choice((1.5, 2.0, 3.0)), 1) if bad else delta
        cur_id = self.cid("rate")
        prev_id = self.cid(f"rate_{self.period - 1}")
        label = self.label_pair(base_label)
        self.claims[cur_id] = {"label": label, "value": f"{r1:.1f}%",
                               "quote": f"{label}达到{r1:.1f}%，比上年提高{rate:.1f}个百分点"}
        self.claims[prev_id] = {"label": label, "value": f"{r0:.1f}%", "period": self.period - 1}
        self.check("rate_growth", {"growth": cur_id, "previous": prev_id, "rate": f"{rate:.1f}个百分点"})
        return 2

    def g_breakdown(self) -> int:
        n = self.rng.randint(2, 4)
        if self.rng.random() < 0.6:
            tlabel, unit = self.rng.choice(COUNT_TOTAL_LABELS)
            parts = [self.rng.randint(1, 40) for _ in range(n)]
            total = sum(parts)
            fmt = lambda v: self.count_text(v, unit)  # noqa: E731
            bump = self.rng.randint(1, 5)
        else:
            tlabel, unit = self.rng.choice(MONEY_LABELS), "亿元"
            parts_f = [round(self.rng.uniform(0.5, 80), 1) for _ in range(n)]
            parts = [round(v * 10) for v in parts_f]  # tenths, exact sums
            total = sum(parts)
            fmt = lambda v: f"{v / 10:.1f}亿元"  # noqa: E731
            bump = self.rng.randint(3, 40)
        exhaustive = self.rng.random() < 0.75
        if not exhaustive:
            total += self.rng.randint(1, 10)
        if self.bad("breakdown"):
            if exhaustive and self.rng.random() < 0.5:
                total = sum(parts) + bump  # a part left out, or a typo in the total
            else:
                total = sum(parts) - bump  # the parts exceed the total
                if total <= 0:
                    total = sum(parts) + bump if exhaustive else 1
        label = self.label(tlabel)
        total_id = self.add("total", {"label": label, "value": fmt(total),
                                      "quote": f"全年累计{label}{fmt(total)}"})
        part_ids = []
        for v in parts:
            plabel = self.label(self.rng.choice(COUNT_PART_LABELS if unit != "亿元" else MONEY_SUBLABELS)
                                + ("" if unit != "亿元" else "领域"))
            part_ids.append(self.add("part", {"label": plabel, "value": fmt(v)}))
        chk: dict = {"breakdown": total_id, "parts": part_ids}
        if not exhaustive or self.rng.random() < 0.7:
            chk["exhaustive"] = exhaustive
        note = "其中: the parts listed after the total." if self.rng.random() < 0.2 else None
        self.check("breakdown", chk, note)
        return 1 + n

    def g_share(self) -> int:
        part_label, whole_label = self.rng.choice(SHARE_PAIRS)
        w_tenths = self.rng.randint(500, 9000)  # 50.0–900.0亿元
        s = self.rng.uniform(0.15, 0.85)
        p_tenths = max(1, round(w_tenths * s))
        exact = p_tenths / w_tenths
        bad = self.bad("share")
        form = self.rng.random()
        whole_id = self.add("whole", {"label": self.label(whole_label), "value": f"{w_tenths / 10:.1f}亿元"})
        if bad and form < 0.3:
            p_tenths = w_tenths + self.rng.randint(50, 900)  # part larger than the whole
        part_id = self.add("part", {"label": self.label(part_label), "value": f"{p_tenths / 10:.1f}亿元"})
        chk: dict = {"share": part_id, "of": whole_id}
        pct = round(exact * 100, 1)
        if bad and form >= 0.3:
            pct = round(pct + self.rng.choice((-12.0, 8.0, 15.0)), 1)
        if form < 0.3:
            pass  # part ≤ whole only
        elif form < 0.65:
            chk["is"] = f"{pct:.1f}%"
        elif form < 0.85:
            sid = self.add("share", {"label": self.label(part_label + "占比"), "value": f"{pct:.1f}%"})
            chk["is"] = sid
            self.check("share", chk)
            return 3
        else:
            tenth = int(exact * 10)
            frac = exact * 10 - tenth
            if bad or not (0.1 < frac < 0.9) or tenth == 0:
                chk["is"] = f"{pct:.1f}%"
            else:
                chk["is"] = f"超{cn_number(tenth, False)}成"
        self.check("share", chk)
        return 2

    def g_multiple(self) -> int:
        tlabel, unit = self.rng.choice(STOCK_LABELS)
        n = self.rng.randint(2, 60)
        factor, mult = self.rng.choice((("翻倍", 2), ("翻一番", 2), ("翻两番", 4), ("是去年的3倍", 3),
                                        ("增长2倍", 3), ("1.5倍", 1.5)))
        if mult == 1.5 and n % 2:
            n += 1
        cur = int(n * mult)
        if self.bad("multiple"):
            cur = int(n * (mult + 1.5)) + 1
        label = self.label_pair(tlabel + "总数")
        cur_id = self.add("listed", {"label": label, "value": self.count_text(cur, unit)})
        prev_id = self.add(f"listed_{self.period - 1}",
                           {"label": label, "value": self.count_text(n, unit),
                            "period": self.period - 1})
        self.check("multiple", {"multiple": cur_id, "of": prev_id, "factor": factor})
        return 2

    def g_stock(self) -> int:
        tlabel, unit = self.rng.choice(STOCK_LABELS)
        start = self.rng.randint(20, 400)
        added = self.rng.randint(3, 80)
        removed = self.rng.randint(1, 15) if self.rng.random() < 0.25 else 0
        with_start = self.rng.random() < 0.6
        total = start + added - removed
        if self.bad("stock", can=with_start):
            if self.rng.random() < 0.5:
                total = int(swap_digits(str(total)))
            else:
                total += self.rng.randint(3, 20)
            if total == start + added - removed:
                total += 7
        label = self.label("累计拥有" + tlabel)
        total_id = self.add("stock", {"label": label, "value": f"{total}{unit}",
                                      "quote": f"累计拥有{tlabel}{total}{unit}"})
        new_id = self.add("new", {"label": self.label("新增" + tlabel),
                                  "value": self.count_text(added, unit)})
        chk: dict = {"stock": total_id}
        k = 2
        if with_start:
            sid = self.add("start", {"label": self.label("年初" + tlabel), "value": f"{start}{unit}"})
            chk["start"] = sid
            k += 1
        chk["added"] = [new_id]
        if removed:
            rid = self.add("removed", {"label": self.label("退出" + tlabel),
                                       "value": self.count_text(removed, unit)})
            chk["removed"] = [rid]
            k += 1
        self.check("stock", chk)
        return k

    def g_feasible(self) -> int:
        bad = self.bad("feasible")
        if not bad and self.rng.random() < 0.5:
            k = self.rng.randint(250, 350)
            d = self.rng.choice((0, 1))
            pct = round(k / 365 * 100, d)
            what = "空气优良天数比例" if self.rng.random() < 0.5 else self.rng.choice(RATE_LABELS)
            label = self.label(what)
            rid = self.add("good_days_rate", {"label": label, "value": f"{pct:.{d}f}%",
                                              "note": "Share of the 365 days of the year."})
            self.check("feasible", {"feasible": rid, "of": "365天"})
            return 1
        for _ in range(100):
            n = self.rng.randint(12, 80)
            if not bad:
                k = self.rng.randint(1, n)
                pct = round(k / n * 100)
                break
            # p% is reachable when some k has |100k/n − p| ≤ 0.5 (exact, in integers).
            cands = [p for p in range(1, 100)
                     if not any(abs(200 * k - 2 * p * n) <= n for k in range(n + 1))]
            if cands:
                pct = self.rng.choice(cands)
                break
        else:  # pragma: no cover - there is always a gap for small n
            n, pct = 28, 62
        resp = self.add("respondents", {"label": self.label("满意度调查受访者"), "value": f"{n}人"})
        rid = self.add("satisfaction", {"label": self.label("满意率"), "value": f"{pct}%"})
        self.check("feasible", {"feasible": rid, "of": resp})
        return 2

    def g_expect(self) -> int:
        form = self.rng.randrange(4)
        # `超X亿元 > Y亿元以上` has unbounded intervals and always holds: nothing to inject there.
        bad = self.bad("expect", can=form != 3)
        if form == 0:
            size = self.rng.choice((100, 500, 1000))
            rank = self.rng.randint(1, size)
            if bad:
                rank = size + self.rng.randint(1, 300)
            what = self.rng.choice(("中国镇域高质量发展", "全国综合实力", "全国千强镇",
                                    "中国中小城市综合实力"))
            rid = self.add("rank", {"label": self.label(what + f"{size}强排名"), "value": f"第{rank}名",
                                    "quote": f"{what}{size}强第{rank}名"})
            tid = self.add("top", {"label": self.label(what + f"{size}强"), "value": f"{size}强",
                                   "note": f"{size} is the list size (rank ≤ {size}), not a count."})
            self.check("rank_within_list", {"expect": f"{rid} <= {tid}"})
            return 2
        if form == 1:
            tlabel, unit = self.rng.choice(STOCK_LABELS)
            prev = self.rng.randint(1, 30)
            new = self.rng.randint(1, 10)
            cur = prev + new + (self.rng.choice((-1, 1, 2)) if bad else 0)
            label = self.label_pair(tlabel + "总数")
            a = self.add("total", {"label": label, "value": self.count_text(cur, unit)})
            b = self.add(f"total_{self.period - 1}", {"label": label, "value": self.count_text(prev, unit),
                                                      "period": self.period - 1})
            c = self.add("new", {"label": self.label("新增" + tlabel), "value": self.count_text(new, unit)})
            self.check("difference", {"expect": f"{a} - {b} == {c}"})
            return 3
        if form == 2:
            households = self.rng.randint(200, 5000)
            per = self.rng.randint(800, 9000)
            total_wan = households * per / 10000
            d = 2 if total_wan < 1000 else 1
            shown = round(total_wan * (1.3 if bad else 1), d)
            s = self.add("subsidies", {"label": self.label("累计发放各类补助金"),
                                       "value": f"{dec(shown, d)}万元"})
            h = self.add("households", {"label": self.label("受助家庭"), "value": f"{households}户"})
            p = self.add("per_household", {"label": self.label("户均补助"), "value": f"{per}元"})
            self.check("per_household", {"expect": f"{s} / {h} == {p}"})
            return 3
        hi = self.rng.choice((10, 5, 20))
        lo = self.rng.choice((1, 2))
        a = self.add("major_threshold", {"label": self.label("重大产业项目投资门槛"), "value": f"超{hi}亿元",
                                          "note": "A threshold of the criterion, not a measured figure."})
        b = self.add("project_threshold", {"label": self.label("优质项目投资门槛"), "value": f"{lo}亿元以上"})
        self.check("threshold_nested", {"expect": f"{a} > {b}"})
        return 2

    def g_same(self) -> int:
        p, d, unit = self.money()
        label = self.label(self.rng.choice(MONEY_LABELS))
        value = f"{dec(p, d)}{unit}"
        other = swap_digits(value) if self.bad("same") else value
        a = self.add("lead", {"label": label, "value": value, "quote": f"全年实现{label}{value}"})
        form = self.rng.random()
        if form < 0.4:
            self.add("body", {"label": label, "value": other})  # same label, period, place
        elif form < 0.7:
            self.add("body", {"label": self.label(label + "(正文)"), "value": other, "same_as": a})
        else:
            b = self.add("body", {"label": self.label(label + "(公报)"), "value": other})
            self.check("same", {"same": [a, b]})
        return 2

    def g_names(self) -> int:
        tlabel, unit, pool = self.rng.choice(NAMED_COUNT_LABELS)
        complete = self.rng.random() < 0.55
        k = self.rng.randint(2, min(6, len(pool)))
        names = self.rng.sample(pool, k)
        bad = self.bad("enumeration", can=complete)
        label = self.label(tlabel)
        if complete:
            value = cn_number(k) + unit
            shown_names = names[:-1] if bad else names
            claim = {"label": label, "value": value, "names": shown_names}
            if self.rng.random() < 0.5:
                claim["names_complete"] = True
            claim["quote"] = "、".join(names) + f"{cn_number(k)}{unit}{label}"
        else:
            n = k + self.rng.randint(1, 40)
            value = self.count_text(n, unit)
            claim = {"label": label, "value": value, "names": names, "names_complete": False,
                     "quote": "、".join(names) + f"等{n}{unit}{label}"}
        self.add("named", claim)
        return 1

    # -- fillers (single claims, no relation) ------------------------------------------------
    def filler(self) -> int:
        r = self.rng
        kind = r.choice(FILLERS)
        if kind == "share_more":
            c = {"label": self.label("用于民生的财政支出占比"),
                 "value": f"超{cn_number(r.randint(5, 8), False)}成"}
        elif kind == "odd_count":
            n = r.choice((1000, 2000, 3000, 4000, 5000))
            c = {"label": self.label("集中提供岗位"), "value": f"{n}余个", "quote": f"集中提供岗位{n}余个"}
        elif kind == "nearly_share":
            c = {"label": self.label(r.choice(MONEY_SUBLABELS) + "产值占比"),
                 "value": f"近{cn_number(r.randint(2, 6), False)}成"}
        elif kind == "about_pct":
            # A company's own figure, quoted by several articles: the same value everywhere
            # (duplicate detection compares it across files by label, period and place).
            k = r.randrange(24)
            company = NAME_POOL[k]
            c = {"label": self.label(company + "新能源业务占比"), "value": f"约{(20, 30, 40, 50)[k % 4]}%",
                 "place": company + "股份有限公司"}
        elif kind == "reached_visits":
            c = {"label": self.label("年服务量"), "value": f"突破{r.randint(11, 99) / 10:.1f}万人次"}
        elif kind == "threshold":
            c = {"label": self.label("项目总投资门槛"),
                 "value": r.choice(("1亿元以上", "1000万美元以上", "5000万元以上"))}
        elif kind == "area_mu":
            v = round(r.uniform(50, 900), r.choice((0, 1)))
            c = {"label": self.label(r.choice(("盘活低效用地", "增效土地", "收回地块面积", "高标准农田"))),
                 "value": f"{v:g}亩"}
        elif kind == "pm25":
            v = round(r.uniform(25, 45), 1)
            c = {"label": self.label("PM2.5浓度"), "value": f"{v:.1f}微克/立方米",
                 "quote": f"浓度下降至{v:.1f}微克/立方米"}
        elif kind == "rank":
            c = {"label": self.label(r.choice(("荣誉入选数全区排名", "科技创新综合排名",
                                               "营商环境评价排名"))),
                 "value": r.choice(("第一", "第二", f"第{r.randint(3, 60)}名", "前十"))}
        elif kind == "top_list":
            c = {"label": self.label(r.choice(("全国综合实力千强镇", "中国镇域经济500强", "全国百强开发区"))),
                 "value": r.choice(("500强", "100强", "1000强"))}
        elif kind == "visits":
            c = {"label": self.label(r.choice(("引育高层次人才", "接待游客", "开展技能培训"))),
                 "value": f"{r.randint(20, 5000)}人次"}
        elif kind == "months":
            c = {"label": self.label(r.choice(("农贸市场改造时间", "超充港投用时间", "道路施工工期"))),
                 "value": r.choice(("3个月", "一个多月", "两个多月", "6个月"))}
        elif kind == "estimate":
            c = {"label": self.label("城乡居民人均可支配收入增长"), "value": f"预计{r.randint(4, 8)}%",
                 "note": "A projected growth rate (预计); failures are warnings only."}
        elif kind == "area_m2":
            c = {"label": self.label(r.choice(("农贸市场改造后面积", "新建厂房面积", "口袋公园面积"))),
                 "value": f"{r.randint(10, 300) * 100}平方米"}
        elif kind == "money_wan":
            c = {"label": self.label(r.choice(("发放各类补助金", "拨付奖补资金", "争取上级资金"))),
                 "value": f"{r.randint(300, 9999)}万元"}
        elif kind == "money_growth_only":
            p, d, unit = self.money()
            basis = r.choice(("nominal", "real", "same-scope"))
            c = {"label": self.label(r.choice(MONEY_LABELS)), "value": f"{dec(p, d)}{unit}",
                 "growth": f"{round(r.uniform(1, 20), 1):g}%", "basis": basis}
        elif kind == "rate100":
            c = {"label": self.label(r.choice(("市区重点项目入库率", "重点项目竣工率", "投资完成率",
                                               "现房签约率"))),
                 "value": "100%"}
        elif kind == "more_count":
            c = {"label": self.label(r.choice(("非机动车充电口", "新增绿化面积", "惠及群众"))),
                 "value": r.choice(("超1万个", "超5000个", "逾2000个"))}
        elif kind == "odd_times":
            c = {"label": self.label(r.choice(("城市管理专项整治", "安全生产检查", "志愿服务活动"))),
                 "value": f"{r.randint(2, 30) * 10}余次"}
        else:
            tlabel, unit = r.choice(COUNT_TOTAL_LABELS)
            c = {"label": self.label(tlabel), "value": self.count_text(r.randint(1, 120), unit)}
        base = "figure" if kind not in ("rank", "top_list") else "rank"
        self.add(base, c)
        return 1

    GROUPS = (  # (method, weight, claims it may add at most)
        ("g_growth", 14, 2), ("g_pp", 4, 2), ("g_breakdown", 8, 5), ("g_share", 7, 3),
        ("g_multiple", 5, 2), ("g_stock", 6, 4), ("g_feasible", 5, 2), ("g_expect", 7, 3),
        ("g_same", 6, 2), ("g_names", 8, 1), ("filler", 55, 1),
    )


def place_name(i: int) -> str:
    n = len(PLACE_CHARS)
    a, b = PLACE_CHARS[i % n], PLACE_CHARS[(i // n) % n]
    suffix = PLACE_SUFFIXES[(i // (n * n)) % len(PLACE_SUFFIXES)]
    extra = i // (n * n * len(PLACE_SUFFIXES))
    return f"{a}{b}{'' if not extra else cn_number(extra % 99 + 1, False)}{suffix}"


def generate_file(seed: int, i: int, claims: int, bad_rate: float, xref_rate: float,
                  prev: FileInfo | None) -> tuple[str, FileInfo, dict]:
    rng = random.Random(f"{seed}:{i}")
    xref = prev is not None and rng.random() < xref_rate
    period = prev.period + 1 if xref else 2023
    place = prev.place if xref else place_name(i)
    stem = f"town{i:05d}-{period}"
    b = Builder(rng, period, bad_rate)
    if xref:
        b.used_labels |= prev.labels

    # Headline figures, as in every real article.
    g = round(rng.uniform(3, 8), rng.choice((0, 1)))
    gdp = round(rng.uniform(30, 900), 1)
    b.claims["gdp"] = {"label": b.label("地区生产总值"), "value": f"{dec(gdp, 1)}亿元", "growth": f"{g:g}%",
                       "basis": "real", "quote": f"全年实现地区生产总值{dec(gdp, 1)}亿元、同比增长{g:g}%",
                       "note": "Level at current prices, growth at comparable prices (real), "
                               "as usual for GDP."}
    bg = round(rng.uniform(2, 20), rng.choice((0, 1)))
    if xref:
        bd = prev.budget_decimals
        base_rev = prev.budget_revenue
        rev = round(base_rev * (1 + bg / 100), bd)
    else:
        bd = rng.choice((1, 2))
        rev = round(rng.uniform(3, 60), bd)
    rev_claim = {"label": b.label("一般公共预算收入"), "value": f"{dec(rev, bd)}亿元"}
    n_claims = 2
    if xref:
        bad = b.bad("growth")
        rev_claim["growth"] = f"{(bg + 30 if bad else bg):g}%"
        rev_claim["basis"] = "nominal"
        if rng.random() < 0.5:
            b.claims["budget_revenue_prev"] = {"ref": f"{prev.stem}/budget_revenue"}
            rev_claim["previous"] = "budget_revenue_prev"
            n_claims += 1
        else:
            rev_claim["previous"] = f"{prev.stem}/budget_revenue"
    else:
        rev_claim["growth"] = f"{bg:g}%"
        rev_claim["basis"] = "nominal"
    rev_claim["quote"] = f"完成一般公共预算收入{dec(rev, bd)}亿元、同比增长{rev_claim['growth']}"
    b.claims["budget_revenue"] = rev_claim

    remaining = claims - n_claims
    groups = Builder.GROUPS
    while remaining > 0:
        fitting = [(name, w) for name, w, most in groups if most <= remaining]
        name = rng.choices([n for n, _ in fitting], weights=[w for _, w in fitting])[0]
        remaining -= getattr(b, name)()
    assert remaining == 0, remaining

    # Emit.
    out = [SCHEMA_COMMENT, "factcheck: 1\n"]
    title = f"{place}{period}年经济社会发展情况" if rng.random() < 0.5 else f"{place}：走好高质量发展之路"
    article = {"title": title, "place": place, "period": period}
    if rng.random() < 0.5:
        article["published"] = f"{period + 1}-0{rng.randint(1, 3)}"
    if rng.random() < 0.4:
        article["rounding"] = "up_or_down"
    if rng.random() < 0.3:
        out.append(f"article: {emit_mapping_flow(article)}\n")
    else:
        out.append("article:\n" + "".join(f"  {k}: {scalar(v)}\n" for k, v in article.items()))
    out.append("\nclaims:\n")
    for cid, c in b.claims.items():
        out.append(emit_claim(cid, c, flow=rng.random() < 0.6))
    if b.checks:
        out.append("\nchecks:\n")
        for ch in b.checks:
            out.append(emit_check(ch, flow=rng.random() < 0.5))
    labels = {(c["label"], c.get("period", period)) for c in b.claims.values() if "label" in c}
    info = FileInfo(stem, place, period, rev, bd, labels)
    stats = {"relations": b.relations, "injected": b.injected, "claims": len(b.claims),
             "checks": len(b.checks), "xref": xref}
    return "".join(out), info, stats


def generate(files: int, claims: int, seed: int, out: Path, bad_rate: float = 0.09,
             xref_rate: float = 0.1, verify: bool = False) -> dict:
    out.mkdir(parents=True, exist_ok=True)
    prev: FileInfo | None = None
    relations: dict[str, int] = {}
    injected: dict[str, int] = {}
    n_checks = n_xref = 0
    loader = None
    if verify:
        import yaml  # only for --verify

        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    for i in range(files):
        text, info, stats = generate_file(seed, i, claims, bad_rate, xref_rate, prev)
        path = out / f"{info.stem}.yaml"
        path.write_text(text, encoding="utf-8")
        if loader is not None:
            data = yaml.load(text, Loader=loader)
            assert len(data["claims"]) == claims, (path, len(data["claims"]))
        prev = info
        for k, v in stats["relations"].items():
            relations[k] = relations.get(k, 0) + v
        for k, v in stats["injected"].items():
            injected[k] = injected.get(k, 0) + v
        n_checks += stats["checks"]
        n_xref += stats["xref"]
    manifest = {
        "files": files, "claims_per_file": claims, "seed": seed, "bad_rate": bad_rate,
        "xref_rate": xref_rate, "checks_entries": n_checks, "files_with_cross_refs": n_xref,
        "relations": dict(sorted(relations.items())), "relations_total": sum(relations.values()),
        "injected": dict(sorted(injected.items())), "injected_total": sum(injected.values()),
    }
    tmp = out / ".manifest.json.tmp"
    tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, out / "manifest.json")
    return manifest


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--files", type=int, default=100, help="number of fact files (default 100)")
    ap.add_argument("--claims", type=int, default=50, help="claims per file (default 50, at least 3)")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"random seed (default {DEFAULT_SEED})")
    ap.add_argument("--out", type=Path, required=True, help="output directory")
    ap.add_argument("--bad-rate", type=float, default=0.09,
                    help="chance that a relation that can be made inconsistent is (default 0.09; "
                         "about 7%% of all relations end up inconsistent)")
    ap.add_argument("--xref-rate", type=float, default=0.1,
                    help="share of files that refer to the previous file (default 0.1)")
    ap.add_argument("--verify", action="store_true", help="re-read every file with PyYAML")
    ap.add_argument("--force", action="store_true",
                    help="write into a directory that already holds *.yaml files (they are removed first)")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    if args.claims < 3:
        ap.error("--claims must be at least 3")
    if args.files < 1:
        ap.error("--files must be at least 1")
    old = sorted(args.out.glob("*.yaml")) if args.out.is_dir() else []
    if old and not args.force:
        ap.error(f"{args.out} already holds {len(old)} *.yaml file(s): pass --force to replace them")
    for path in old:
        path.unlink()
    m = generate(args.files, args.claims, args.seed, args.out, args.bad_rate, args.xref_rate, args.verify)
    if not args.quiet:
        print(f"wrote {m['files']} files x {m['claims_per_file']} claims to {args.out}: "
              f"{m['relations_total']} relations, {m['injected_total']} made inconsistent "
              f"({100 * m['injected_total'] / max(1, m['relations_total']):.1f}%)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
