"""What checking one article costs before it does any work: nothing it does not need.

pydantic reads the signature of a field's default factory when a model is made; a builtin's
(``list``, ``dict``) is parsed from its text signature by the tokenizer, whose patterns take longer
to compile than the whole of building the models (bench/articles.py, docs/performance-articles.md).
"""

from __future__ import annotations

import inspect
import os
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.model import check_models, fact_file_model

ROOT = Path(__file__).resolve().parents[1]


def _models():
    seen, todo = set(), [fact_file_model(), *check_models().values()]
    while todo:
        model = todo.pop()
        if model in seen or not hasattr(model, "model_fields"):
            continue
        seen.add(model)
        for field in model.model_fields.values():
            todo.extend(a for a in getattr(field.annotation, "__args__", ()) if isinstance(a, type))
            if isinstance(field.annotation, type):
                todo.append(field.annotation)
    return seen


def test_every_default_factory_is_a_python_function():
    for model in _models():
        for name, field in model.model_fields.items():
            factory = field.default_factory
            assert factory is None or inspect.isfunction(factory), (model.__name__, name, factory)


def test_checking_an_article_never_runs_the_tokenizer():
    article = ROOT / "facts" / "xuejia-2023.txt"  # its checks: breakdowns, shares, enumerations …
    probe = (
        "import sys, tokenize\n"
        "from factcheck.cli import main\n"
        f"sys.argv = ['factcheck', 'check', '--isolated', '--format', 'json', {str(article)!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "info = getattr(tokenize, '_compile', None)\n"
        "print('compiled', info.cache_info().currsize if hasattr(info, 'cache_info') else 0,"
        " file=sys.stderr)\n"
    )
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT)
    assert "compiled 0" in run.stderr, run.stderr[-2000:]


def _start_up_article(tmp_path: Path) -> Path:
    """The one article of bench/articles.py's start-up row (two real articles joined)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/data/articles").glob("*.txt"))]
    a, b = texts[0], texts[3]
    path = tmp_path / "start-up.txt"
    path.write_text(a + "\n\n" + b[:max(0, 5000 - len(a))], encoding="utf-8")
    return path


@pytest.mark.parametrize("which", ["xuejia", "start-up"])
def test_checking_an_article_again_compiles_no_pattern(tmp_path, which):
    """Every pattern the article path uses is kept between runs (patterns.later / compiled): a
    re.sub(r"…", …) in a finder compiles its pattern on every run (25 of them cost the start-up
    article 4 ms), so the second run of the same article compiles none; nor does a finder make a
    pattern of the article's words (re.finditer(re.escape(name), label): str.find does it)."""
    article = ROOT / "facts" / "xuejia-2023.txt" if which == "xuejia" else _start_up_article(tmp_path)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(tmp_path / "pycache")
    run_once = [sys.executable, "-m", "factcheck", "check", "--isolated", "--format", "json", str(article)]
    subprocess.run(run_once, capture_output=True, cwd=ROOT, env=env)  # keeps the patterns it uses
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    probe = (  # an empty article first: the modules the run imports compile their own patterns
        "import io, sys, re._compiler as c\n"
        "from factcheck.cli import main\n"
        "out, sys.stdout = sys.stdout, io.StringIO()\n"
        f"main(['check', '--isolated', '--format', 'json', {str(empty)!r}])\n"
        "seen = []\n"
        "original = c.compile\n"
        "c.compile = lambda p, flags=0: seen.append(p) or original(p, flags)\n"
        f"main(['check', '--isolated', '--format', 'json', {str(article)!r}])\n"
        "print('compiled', len(seen), seen[:5], file=sys.stderr)\n"
    )
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT,
                         env=env)
    assert "compiled 0 " in run.stderr, run.stderr[-2000:]
