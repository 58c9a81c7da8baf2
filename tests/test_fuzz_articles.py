"""Articles never crash the tool: texts recombined from the clauses of the real articles under
tests/data (every smoke round and the dev corpus), with numbers and words the readers split on
spliced in, go through the whole article run (figures, discovery, checks, joint model) and come
back as a report.

For a longer run: `FACTCHECK_FUZZ_EXAMPLES=5000 pytest tests/test_fuzz_articles.py -n0`.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factcheck.api as fc

DATA = Path(__file__).resolve().parent / "data"
EXAMPLES = int(os.environ.get("FACTCHECK_FUZZ_EXAMPLES", "40"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES <= 40,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _clauses() -> list[str]:
    """The clauses of the real articles (split at ，。；：), each with its closing mark."""
    texts = sorted(DATA.glob("smoke*/*.txt")) + sorted((DATA / "articles").glob("*.txt"))
    out: list[str] = []
    for path in texts:
        out.extend(c for c in re.findall(r"[^，。；：\n]+[，。；：\n]?", path.read_text(encoding="utf-8"))
                   if re.search(r"\d|[一二三四五六七八九十百千万亿]", c))
    return out


CLAUSES = _clauses()
#: Pieces the figure reader and the finders split on: separators, brackets, list and
#: relation words, numbers in odd shapes.
SPLICES = ["18,351/18,351", "1,200", "1 228.3", "3/4", "三分之一", "（", "）", "(", ")", "、", "其中",
           "分别为", "分别", "占", "的", "%", "个百分点", "倍", "翻一番", "同比", "增长", "下降", "比上年",
           "累计", "新增", "共", "合计", "等", "家", "亿元", "万人", "第", "位", "前", "强", "\n", "：",
           "。", "，", "；", "从", "看", "其余", "各", "-", "—", "至", "1-8月", "2023年", "0", "0.0",
           "9" * 30, "１２．５％", "二〇二三年", "负百分之四十", "约", "超", "近", "余", "多", "“", "”",
           "“三年翻一番”", "《", "》", " - "]


@st.composite
def articles(draw) -> str:
    pieces = draw(st.lists(st.one_of(st.sampled_from(CLAUSES), st.sampled_from(CLAUSES),
                                     st.sampled_from(SPLICES)), min_size=1, max_size=40))
    return "".join(pieces)


@FUZZ
@given(articles())
def test_recombined_real_clauses_never_crash(text: str) -> None:
    report = fc.check_article(text, path="fuzz.txt")
    assert report.exit_code in (0, 1)


#: Words the finders filter a clause's figure on, read in the clause before the figure: spliced
#: there, each may empty a list a finder has already counted (smoke30: every part of a 从…来看
#: split saying 累计实现 left sections.py no part, and it indexed the empty list).
FILTER_WORDS = ["累计", "合计", "共计", "总计", "平均", "人均", "同比", "比上年", "其中", "分别", "占", "约",
                "超过", "近", "达", "增加", "下降", "上年同期", "总额"]
#: The splits of a total (分…看, 从…来看, 按…分 and the rest of the line) in the real articles.
_SPLIT = re.compile(r"(?:从|分)[^，。；：\n\d]{1,10}看[，：][^\n]*|按[^，。；：\n\d看]{1,8}分[，：][^\n]*")
SPLITS = sorted({m for path in sorted(DATA.glob("smoke*/*.txt")) + sorted((DATA / "articles").glob("*.txt"))
                 for m in _SPLIT.findall(path.read_text(encoding="utf-8"))})


@st.composite
def splits(draw) -> str:
    """A real split after a real clause, a filter word maybe spliced before each clause's first figure."""
    text = draw(st.sampled_from(CLAUSES)) + "\n"
    for clause in re.findall(r"[^，。；：]+[，。；：]?", draw(st.sampled_from(SPLITS))):
        word = draw(st.sampled_from(["", "", *FILTER_WORDS]))
        text += re.sub(r"(?=[\d一二两三四五六七八九十])", word, clause, count=1)
    return text


@FUZZ
@given(splits())
def test_splits_of_real_clauses_with_filter_words_never_crash(text: str) -> None:
    report = fc.check_article(text, path="fuzz.txt")
    assert report.exit_code in (0, 1)
