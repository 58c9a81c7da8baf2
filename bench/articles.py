"""Articles as input: the start-up of one article checked end to end against the typer floor,
and many articles against `check` on the fact files saved from them.

    python bench/articles.py [--articles 1000] [--repeats 5] [--write docs/performance-articles.md]
    python bench/articles.py --against REF [--repeats 21]


The articles are the real ones of tests/data/articles and facts/, two at a time joined into one
text of about 5,000 characters (so every figure, sentence and relation is real language), each
a file of its own; their fact files are what `check --save-facts` writes, saved in one process
here. Times are CPU seconds (user + sys) of each child, reaped with os.wait4; the median over the
repeats, taken round robin after one untimed warm-up.

The floor of this machine drifts between runs by more than a change of start-up costs, so whether
a change made start-up slower is judged with ``--against REF``: the typer floor, the one article
with this tree and the one article with git commit REF (a temporary worktree, on PYTHONPATH) are
run in turn, round after round; the median ratio of each round's times is the answer.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

TARGET_CHARS = 5000


def _sources() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/data/articles").glob("*.txt"))]
    texts.append((ROOT / "facts/xuejia-2023.txt").read_text(encoding="utf-8"))
    return texts


def build(out: Path, count: int) -> tuple[list[Path], Path, Path]:
    """``count`` articles of about 5,000 characters, their saved fact files, and the one article
    of the start-up row."""
    from factcheck.article import read_article
    from factcheck.discover import discover
    from factcheck.saved import saved_facts

    texts = _sources()
    articles, facts = out / "articles", out / "facts"
    articles.mkdir(parents=True, exist_ok=True)
    facts.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        a, b = texts[i % len(texts)], texts[(i * 7 + 3) % len(texts)]
        text = a + "\n\n" + b[:max(0, TARGET_CHARS - len(a))]
        path = articles / f"a{i:05d}.txt"
        path.write_text(text, encoding="utf-8")
        target = facts / f"a{i:05d}.yaml"
        target.write_text(saved_facts(discover(read_article(path)), path, target), encoding="utf-8")
        paths.append(path)
    return paths, facts, paths[0]


#: Children run byte-compiled, as an install is (this machine may set PYTHONDONTWRITEBYTECODE):
#: the warm-up writes the compiled modules to a cache of the run's own.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def cpu(cmd: list[str], pythonpath: str | None = None) -> float:
    """The CPU seconds of ``cmd`` (with ``pythonpath`` first on the import path when given)."""
    env = ENV if pythonpath is None else {**ENV, "PYTHONPATH": pythonpath}
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env=env)
    _, _, usage = os.wait4(proc.pid, 0)
    return usage.ru_utime + usage.ru_stime


@contextlib.contextmanager
def checkout(ref: str, where: Path):
    """A detached worktree of ``ref`` at ``where``, removed afterwards."""
    subprocess.run(["git", "worktree", "add", "-q", "--detach", str(where), ref], cwd=ROOT, check=True)
    try:
        yield where
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", str(where)], cwd=ROOT, check=False)


def against(ref: str, repeats: int) -> str:
    """The one-article start-up of this tree and of ``ref``, interleaved with the typer floor."""
    py = sys.executable
    started = time.time()
    with tempfile.TemporaryDirectory() as tmp, checkout(ref, Path(tmp) / "ref") as other:
        ENV["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        _, _, one = build(Path(tmp), 1)
        article = [py, "-m", "factcheck", "check", "--isolated", "--format", "concise", str(one)]
        runs = {"typer floor": ([py, "bench/typer_floor.py", "check", "facts/xuejia-2023.yaml"], None),
                "one article, this tree": (article, None),
                f"one article, {ref}": (article, str(other / "src"))}
        for cmd, path in runs.values():
            cpu(cmd, path)
        times: dict[str, list[float]] = {name: [] for name in runs}
        for _ in range(repeats):
            for name, (cmd, path) in runs.items():
                times[name].append(cpu(cmd, path))
    floor = times["typer floor"]
    lines = [f"Interleaved start-up, `python bench/articles.py --against {ref} --repeats {repeats}` "
             f"on {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime(started))}: CPU seconds, "
             "median of the rounds, and the median of each round's ratio to the floor.", "",
             "| command | CPU s (median) | × floor (median of rounds) |", "|---|---:|---:|"]
    for name, ts in times.items():
        ratio = statistics.median(t / f for t, f in zip(ts, floor, strict=True))
        lines.append(f"| {name} | {statistics.median(ts):.3f} | {ratio:.2f}× |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--write", type=Path, help="write the report (markdown) to this file")
    ap.add_argument("--against", metavar="REF",
                    help="only the one-article start-up: this tree and git commit REF, interleaved")
    args = ap.parse_args(argv)
    if args.against:
        print(against(args.against, args.repeats))
        return 0
    started = time.time()
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        ENV["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        paths, facts, one = build(Path(tmp), args.articles)
        chars = len(one.read_text(encoding="utf-8"))
        commands = {
            "typer floor": [py, "bench/typer_floor.py", "check", "facts/xuejia-2023.yaml"],
            "one article": [py, "-m", "factcheck", "check", "--isolated", "--format", "concise",
                            str(one)],
            f"{len(paths)} articles": [py, "-m", "factcheck", "check", "--isolated", "-j1",
                                       "--format", "concise", *map(str, paths)],
            f"{len(paths)} saved fact files": [py, "-m", "factcheck", "check", "--isolated", "-j1",
                                               "--format", "concise", str(facts)],
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        for cmd in commands.values():
            cpu(cmd)  # warm-up: the page cache, byte-compiled modules
        for _ in range(args.repeats):
            for name, cmd in commands.items():
                times[name].append(cpu(cmd))
    median = {name: statistics.median(ts) for name, ts in times.items()}
    floor = median["typer floor"]
    many, saved = median[f"{len(paths)} articles"], median[f"{len(paths)} saved fact files"]
    lines = [
        "# Performance: articles as input",
        "",
        f"Generated by `python bench/articles.py --articles {args.articles} --repeats "
        f"{args.repeats}` on {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime(started))} "
        f"({platform.python_version()}, {os.cpu_count()} CPUs; took "
        f"{(time.time() - started) / 60:.1f} min). CPU seconds (user + sys) of each command, "
        f"median of {args.repeats} repeats after a warm-up. The articles are real ones "
        f"(tests/data/articles, facts/) joined two at a time to about {TARGET_CHARS:,} characters; "
        f"the start-up article has {chars:,} characters.",
        "",
        "| command | CPU s (median) | min–max |",
        "|---|---:|---|",
    ]
    for name, ts in times.items():
        lines.append(f"| {name} | {median[name]:.3f} | {min(ts):.3f}–{max(ts):.3f} |")
    lines += [
        "",
        "| target | measured | verdict |",
        "|---|---|---|",
        f"| one article end to end ≤ 1.3× the typer floor | {median['one article'] / floor:.2f}× "
        f"({median['one article']:.3f} s vs {floor:.3f} s) | "
        f"**{'holds' if median['one article'] <= 1.3 * floor else 'does not hold'}** |",
        f"| {len(paths)} articles ≤ 2× `check` on their saved fact files | {many / saved:.2f}× "
        f"({many:.2f} s vs {saved:.2f} s; {1000 * many / len(paths):.1f} ms per article) | "
        f"**{'holds' if many <= 2 * saved else 'does not hold'}** |",
        "",
    ]
    report = "\n".join(lines)
    print(report)
    if args.write:
        args.write.write_text(report, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
