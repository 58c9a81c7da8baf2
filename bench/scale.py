#!/usr/bin/env python3
"""Rates at archive scale: files per second and articles per second, in one process, with
`--jobs 2` and on a local Dask cluster (the numbers of docs/scale.md).

    python bench/scale.py                              # 2000 files × 50 claims, 200 articles
    python bench/scale.py --files 400 --articles 40 --repeats 1    # quick (< 1 min)

Fact files (a corpus of bench/generate.py, generated into --corpus when it is not there):

  cli -j1     factcheck check DIR --format concise --jobs 1        (one core)
  cli -j2     factcheck check DIR --format concise --jobs 2        (a pool of two processes)
  cli dask    factcheck check DIR --format concise --dask local --jobs 2
              (a LocalCluster of two worker processes, started and stopped by the command)

each a fresh process (wall time includes interpreter and, for dask, cluster start-up; CPU time
and peak RSS are that process's own, from os.wait4); the three must print the same bytes and exit
the same. Then in this process, with a cluster of --workers workers already running:

  api -j1     factcheck.api.check_facts(DIR)
  api dask    factcheck.api.check_facts(DIR, dask=client)

Articles: the real articles of the repository (facts/xuejia-2023.txt, tests/data/…), repeated
to --articles with the decimals of their figures varied (so that no reading is cached from an
earlier copy):

  article     [check_article(t) for t in texts]                    (one process)
  article dask  client.map(check_some, batches of 10 texts)           (the running cluster)

Standard library, factcheck and (for the Dask rows) dask[distributed].
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import io
import logging
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = [ROOT / "facts" / "xuejia-2023.txt", ROOT / "tests" / "data" / "qingxi-2023.txt",
            *sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))]
ARTICLES_PER_TASK = 10


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--files", type=int, default=2000)
    ap.add_argument("--claims", type=int, default=50)
    ap.add_argument("--corpus", type=Path, default=None,
                    help="the fact-file corpus (default /tmp/gFILES; generated when missing)")
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--workers", type=int, default=2, help="Dask workers (and --jobs)")
    ap.add_argument("--repeats", type=int, default=3, help="timed runs per row (the median)")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    corpus = args.corpus or Path(f"/tmp/g{args.files}")
    if not corpus.is_dir():
        subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "--files",
                        str(args.files), "--claims", str(args.claims), "--out", str(corpus),
                        "--quiet"], check=True)
    files = sum(1 for _ in corpus.rglob("*.yaml"))
    rows: list[tuple[str, str, int, float, float, float, float | None, float | None]] = []

    # --- the command line, fresh processes ---------------------------------------------------
    cli = [sys.executable, "-m", "factcheck", "check", str(corpus), "--isolated",
           "--format", "concise"]
    variants = {"cli -j1": ["--jobs", "1"], "cli -j2": ["--jobs", str(args.workers)],
                "cli dask": ["--dask", "local", "--jobs", str(args.workers)]}
    outputs = {}
    for extra in variants.values():
        _spawn([*cli, *extra])  # warm-up: page cache, byte code
    samples: dict[str, list[tuple[float, float, float]]] = {name: [] for name in variants}
    for _ in range(args.repeats):
        for name, extra in variants.items():  # round robin: drift spreads over every row
            wall, cpu, rss, code, out = _spawn([*cli, *extra])
            samples[name].append((wall, cpu, rss))
            outputs.setdefault(name, set()).add((code, out))
    if len({frozenset(v) for v in outputs.values()}) != 1 or any(len(v) != 1 for v in outputs.values()):
        print("the variants printed different reports", file=sys.stderr)
        return 1
    for name, runs in samples.items():
        walls = [r[0] for r in runs]
        rows.append((name, f"{files} fact files", files, statistics.median(walls), min(walls),
                     max(walls), statistics.median(r[1] for r in runs), max(r[2] for r in runs)))

    # --- the library: this process first, then a running cluster ---------------------------------
    import factcheck.api as fc

    texts = _articles(args.articles)
    here = fc.check_facts(corpus)  # warm-up, and the report the cluster must give
    local = [fc.check_article(t) for t in texts]
    gc.freeze()  # as the command line does at start-up: collections never scan what is here
    rows.append(("api -j1", f"{files} fact files", files,
                 *_times(lambda: fc.check_facts(corpus), args.repeats), None, None))
    rows.append(("article", f"{len(texts)} articles", len(texts),
                 *_times(lambda: [fc.check_article(t) for t in texts], args.repeats), None, None))

    import distributed

    from factcheck.run import files as run_files
    from factcheck.run.dask import QUIET_SCHEDULER

    started = time.perf_counter()
    with distributed.LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                                  dashboard_address=None, scheduler_kwargs=QUIET_SCHEDULER,
                                  silence_logs=logging.ERROR) as cluster, \
            distributed.Client(cluster, set_as_default=False) as client:
        start_up = time.perf_counter() - started
        client.gather(client.map(check_some, [texts[:2]] * args.workers, pure=False))  # warm-up
        with _timed(run_files.FileWork, "finish") as finish:
            there = fc.check_facts(corpus, dask=client)
        assert there == here, "the cluster's report differs"
        rows.append(("api dask", f"{files} fact files", files,
                     *_times(lambda: fc.check_facts(corpus, dask=client), args.repeats), None, None))
        remote = _on_cluster(client, texts)
        assert [r.to_json() for r in remote] == [r.to_json() for r in local]
        rows.append(("article dask", f"{len(texts)} articles", len(texts),
                     *_times(lambda: _on_cluster(client, texts), args.repeats), None, None))
    client_ms = 1000 * finish[0] / files

    _report(rows, args, corpus, texts, start_up, client_ms)
    return 0


def check_some(texts: list[str]) -> list:
    """A task: the reports of a few articles (what a Dask, Ray or Spark worker runs)."""
    import factcheck.api as fc

    return [fc.check_article(t) for t in texts]


def _on_cluster(client, texts: list[str]) -> list:
    chunks = [texts[i:i + ARTICLES_PER_TASK] for i in range(0, len(texts), ARTICLES_PER_TASK)]
    return [r for chunk in client.gather(client.map(check_some, chunks, pure=False)) for r in chunk]


def _articles(n: int) -> list[str]:
    """``n`` articles: the repository's, copy k with the last decimal of every figure moved by k."""
    sources = [p.read_text(encoding="utf-8") for p in ARTICLES]
    out = []
    for i in range(n):
        k, text = divmod(i, len(sources))
        shift = k % 10
        out.append(re.sub(r"(\d\.\d*)(\d)", lambda m, s=shift: m.group(1) + str((int(m.group(2)) + s) % 10),
                          sources[text]) if shift else sources[text])
    return out


def _spawn(argv: list[str]) -> tuple[float, float, float, int, bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FACTCHECK_")}
    env["PYTHONPATH"] = str(ROOT / "src")
    started = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    out = proc.stdout.read() if proc.stdout else b""
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, proc.returncode, out


def _times(run, repeats: int) -> tuple[float, float, float]:
    """Median, fastest and slowest wall time of ``repeats`` calls."""
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times), min(times), max(times)


@contextlib.contextmanager
def _timed(cls, name: str):
    """Add up the time spent in ``cls.name`` (here: the run-wide steps the client does)."""
    spent = [0.0]
    original = getattr(cls, name)

    def wrapper(*args, **kwargs):
        started = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - started

    setattr(cls, name, wrapper)
    try:
        yield spent
    finally:
        setattr(cls, name, original)


def _report(rows, args, corpus: Path, texts: list[str], start_up: float, client_ms: float) -> None:
    out = io.StringIO()
    out.write(f"Machine: {os.cpu_count()} CPUs ({_cpu_model()}), Python "
              f"{platform.python_version()}; {args.repeats} timed runs per row: the median, and the "
              f"fastest and slowest.\n")
    out.write(f"Fact files: `python bench/generate.py --files {args.files} --claims {args.claims} "
              f"--out {corpus}`. Articles: {len(texts)} (the repository's {len(ARTICLES)} real "
              f"articles, varied), {sum(map(len, texts)) // len(texts):,} characters on average. "
              f"Cluster: LocalCluster of {args.workers} worker processes × 1 thread, started in "
              f"{start_up:.1f} s. The client's run-wide steps (FileWork.finish): "
              f"{client_ms:.2f} ms per fact file.\n\n")
    out.write("| row | input | wall s | min–max s | per second (median) | per second (best) "
              "| CPU s | peak RSS MB |\n")
    out.write("|---|---|---:|---:|---:|---:|---:|---:|\n")
    for name, what, n, wall, lo, hi, cpu_s, rss in rows:
        out.write(f"| {name} | {what} | {wall:.2f} | {lo:.2f}–{hi:.2f} | {n / wall:,.0f} | "
                  f"{n / lo:,.0f} | "
                  f"{'' if cpu_s is None else f'{cpu_s:.2f}'} | "
                  f"{'' if rss is None else f'{rss:.0f}'} |\n")
    sys.stdout.write(out.getvalue())


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


if __name__ == "__main__":
    sys.exit(main())
