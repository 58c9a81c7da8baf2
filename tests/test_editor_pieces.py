"""The pieces of an article's fact file that the HTML editor joins (saved.editor_pieces): joined
as found they are exactly what `--save-facts` writes; a confirmed check is the same block without
`discovered:`; and only the HTML report builds them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from factcheck.saved import editor_pieces, saved_facts

ROOT = Path(__file__).resolve().parents[1]


def _found(path: Path):
    from factcheck.articlefile import load_article

    return load_article(path, path.name).discovery


def test_the_pieces_joined_are_the_saved_file_and_confirming_drops_discovered(tmp_path):
    article = tmp_path / "xuejia-2023.txt"
    shutil.copy(ROOT / "facts" / "xuejia-2023.txt", article)
    found = _found(article)
    pieces = editor_pieces(found, article)
    assert pieces["name"] == "xuejia-2023.facts.yaml"
    joined = pieces["head"] + "checks:\n" + "".join(c["found"] for c in pieces["checks"]) \
        + pieces["tail"]
    assert joined == saved_facts(found, article, article.with_name(pieces["name"]))
    assert {"projects", "projects_breakdown"} <= set(pieces["taken"])
    for check in pieces["checks"]:
        found_block = yaml.safe_load("checks:\n" + check["found"])["checks"][0]
        confirmed = yaml.safe_load("checks:\n" + check["confirmed"])["checks"][0]
        assert found_block.pop("discovered") in ("stated", "linked")
        assert confirmed == found_block and confirmed["id"] == check["id"]


def test_other_formats_build_no_editor(tmp_path):
    shutil.copy(ROOT / "facts" / "xuejia-2023.txt", tmp_path / "a.txt")
    code = ("import sys; from factcheck.cli import main; "
            "c = main(['check', '--isolated', '--format', 'json', '-o', 'out.json', 'a.txt']); "
            "print(c, 'factcheck.saved' in sys.modules, "
            "'factcheck.report.formats.html' in sys.modules)")
    proc = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True,
                          timeout=120, check=True)
    assert proc.stdout.split() == ["1", "False", "False"]


def test_a_statement_made_again_is_saved_as_lists_of_claims(tmp_path):
    """财联社 on QDII quotas says «达到173家，累计批准投资额度达到1473.19亿美元» twice: the `same` of
    two lists is written as nested flow lists that read back as claim ids (not a Python repr)."""
    article = tmp_path / "qdii.txt"
    shutil.copy(ROOT / "tests" / "data" / "smoke12" / "qdii-quota-jun-2021-cls.txt", article)
    found = _found(article)
    text = saved_facts(found, article, article.with_name("qdii.facts.yaml"))
    again = [c for c in yaml.safe_load(text)["checks"]
             if c.get("same") and isinstance(c["same"][0], list)]
    assert again
    for check in again:
        assert all(isinstance(ref, str) and ref.isidentifier() for refs in check["same"] for ref in refs)
        assert {ref for refs in check["same"] for ref in refs} <= set(yaml.safe_load(text)["claims"])
