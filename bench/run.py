#!/usr/bin/env python3
"""Benchmark factcheck against a YAML-parsing floor and against yamllint, on synthetic corpora.

    python bench/run.py                       # full: 1k and 10k files of 50 claims, 5 repeats
    python bench/run.py --quick               # development: 100 and 400 files, 3 repeats (< 2 min)
    python bench/run.py --write docs/performance.md [--force]

In one run, with repeated runs and medians, it times on each corpus:

  floor     python -c: yaml.load(f, Loader=yaml.CSafeLoader) of every file, nothing else
            (a fresh process, so interpreter start-up counts as it does for the CLI)
  lint      factcheck lint DIR
  check     factcheck check DIR --format concise
  yamllint  yamllint -d relaxed DIR  (the peer, from the same virtualenv)

and, for start-up, `factcheck --version` and `factcheck check facts/xuejia-2023.yaml` against
`python -c "import typer, rich.console, pydantic, yaml"` (the import floor) and against
bench/typer_floor.py, a do-nothing typer command with the same parameters as `check` (the typer
floor: what typer's pydantic-based parameter parsing costs any command). A claims sweep (fixed
number of files, growing claims per file) shows whether time is linear in claims. With
--profile (default in the full run) it profiles `factcheck check` on the ~1k corpus with cProfile.

Every command runs as a child of this process and is reaped with os.wait4(), which returns that
child's own resource usage: wall time is measured around spawn + wait, CPU time and peak RSS
(ru_maxrss) come from the child's rusage (the same numbers getrusage(RUSAGE_CHILDREN) gives in
a fresh helper process, without the helper). Commands are interleaved (round robin) across
repeats so that drift in machine load spreads over all of them; the first, untimed pass warms
the page cache and the bytecode caches.

Corpora are generated once into bench/corpus/ (git-ignored) by bench/generate.py and reused.
The Markdown report goes to stdout and, with --write, atomically into a file (an existing file
is only replaced with --force; a block between `<!-- notes:begin -->` and `<!-- notes:end -->`
in it is carried over into the new report). Standard library and PyYAML only.
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import datetime as _dt
import hashlib
import importlib.util
import itertools
import json
import os
import platform
import pstats
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
CORPUS = BENCH / "corpus"
SEED_FILE = "facts/xuejia-2023.yaml"
DEFAULT_SEED = 20240101
DEFAULT_REPEATS = 5

FLOOR_CODE = (
    "import os, sys, yaml\n"
    "L = yaml.CSafeLoader\n"
    "paths = []\n"
    "for root, dirs, files in os.walk(sys.argv[1]):\n"
    "    dirs[:] = sorted(d for d in dirs if not d.startswith('.'))\n"
    "    paths += [os.path.join(root, f) for f in files if f.endswith(('.yaml', '.yml'))]\n"
    "for p in sorted(paths):\n"
    "    with open(p, 'rb') as f:\n"
    "        yaml.load(f, Loader=L)\n"
)
IMPORT_FLOOR = "import typer, rich.console, pydantic, yaml"
TYPER_FLOOR = "bench/typer_floor.py"  # a do-nothing typer command with check's parameters

# Targets (on the largest corpus; the brief's 10,000 files of 50 claims).
T_CHECK_FLOOR = 3.0
T_LINT_FLOOR = 2.0
T_MEMORY_MB = 200.0
T_MEMORY_FLAT = 1.25   # peak RSS at the largest size / at the smallest: "flat" if at most this
T_STARTUP = 1.3
T_LINEAR = 1.25        # marginal cost per claim, largest step / smallest step: "linear" if ≤ this

NOTES_BEGIN, NOTES_END = "<!-- notes:begin -->", "<!-- notes:end -->"


# ---------------------------------------------------------------------------------------------
# Measuring
# ---------------------------------------------------------------------------------------------


@dataclass
class Sample:
    wall: float
    cpu: float
    maxrss_kb: int
    rc: int


@dataclass
class Series:
    name: str
    argv: list[str]
    expect_rc: tuple[int, ...]
    where: str = ""
    samples: list[Sample] = field(default_factory=list)
    last_stdout: str = ""
    last_stderr: str = ""

    @property
    def median(self) -> float:
        return statistics.median(s.wall for s in self.samples)

    @property
    def lo(self) -> float:
        return min(s.wall for s in self.samples)

    @property
    def hi(self) -> float:
        return max(s.wall for s in self.samples)

    @property
    def cpu(self) -> float:
        return statistics.median(s.cpu for s in self.samples)

    @property
    def rss_mb(self) -> float:
        return max(s.maxrss_kb for s in self.samples) / 1024

    @property
    def rcs(self) -> set[int]:
        return {s.rc for s in self.samples}

    @property
    def ok(self) -> bool:
        return self.rcs <= set(self.expect_rc)


def child_env(snapshot: Path | None) -> dict[str, str]:
    """The environment for every child: no FACTCHECK_* overrides, no colour; the snapshot first."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("FACTCHECK_")}
    env.update({"NO_COLOR": "1", "TERM": "dumb", "LC_ALL": env.get("LC_ALL", "C.UTF-8")})
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    env.pop("PYTHONPATH", None)
    if snapshot is not None:
        env["PYTHONPATH"] = str(snapshot)
    return env


# ---------------------------------------------------------------------------------------------
# Snapshot of the package: every measurement of one run sees the same code, even while the
# source tree is being edited. PYTHONPATH puts it before the editable install's src/ entry.
# ---------------------------------------------------------------------------------------------

PACKAGE = ROOT / "src" / "factcheck"


def fingerprint(pkg: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(pkg.rglob("*")):
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc":
            h.update(str(p.relative_to(pkg)).encode())
            h.update(b"\0")
            h.update(p.read_bytes())
    return h.hexdigest()[:12]


def take_snapshot(tmp: Path, fc: str, tries: int = 8, pause: float = 20.0) -> tuple[Path, str]:
    """Copy src/factcheck and check that it works (lint the real files, check the seed file)."""
    for attempt in range(1, tries + 1):
        root = tmp / f"snapshot{attempt}"
        shutil.copytree(PACKAGE, root / "factcheck", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        # Byte-compile as an install does: with PYTHONDONTWRITEBYTECODE set (as on some CI
        # machines), every run would otherwise compile the package from source.
        compileall.compile_dir(root / "factcheck", quiet=1)
        fp = fingerprint(root / "factcheck")
        env = child_env(root)
        lint, _, lint_err = run_once([fc, "lint", "facts", "examples"], tmp, env)
        chk, _, chk_err = run_once([fc, "check", SEED_FILE], tmp, env)
        if lint.rc == 0 and chk.rc in (0, 1) and fingerprint(PACKAGE) == fp:
            log(f"snapshot of src/factcheck: {fp}")
            return root, fp
        log(f"snapshot {attempt}/{tries} not usable (lint exit {lint.rc}, check exit {chk.rc}, or the "
            f"tree changed while copying); retrying in {pause:.0f}s\n{(lint_err + chk_err)[-1500:]}")
        shutil.rmtree(root, ignore_errors=True)
        time.sleep(pause)
    sys.exit("bench/run.py: could not take a working snapshot of src/factcheck")


def run_once(argv: list[str], tmp: Path, env: dict[str, str]) -> tuple[Sample, str, str]:
    out_path, err_path = tmp / "stdout", tmp / "stderr"
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=err, stdin=subprocess.DEVNULL, cwd=ROOT, env=env)
        _, status, ru = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
    proc.returncode = rc = os.waitstatus_to_exitcode(status)
    sample = Sample(wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss, rc)
    return sample, _tail(out_path), _tail(err_path)


def _tail(path: Path, limit: int = 4000) -> str:
    with open(path, "rb") as f:
        f.seek(0, os.SEEK_END)
        size = f.tell()
        f.seek(max(0, size - limit))
        return f.read().decode("utf-8", "replace")


def measure(series: list[Series], repeats: int, tmp: Path, env: dict[str, str], warmup: bool,
            label: str) -> None:
    """Round robin: every series once per repeat.

    With warmup, an untimed first pass: every kind of command once (on its first corpus: the
    bytecode caches, the imports) and the floor on every corpus (it reads every file: the page
    cache). Repeating the slow commands on the large corpora would add minutes and warm nothing.
    """
    total = repeats * len(series)
    done = 0
    if warmup:
        seen: set[str] = set()
        for s in series:
            if s.name in seen and s.name != "floor":
                continue
            seen.add(s.name)
            log(f"[{label}] warm-up {s.name} {s.where}")
            run_once(s.argv, tmp, env)
    for rep in range(repeats):
        for s in series:
            sample, out, err = run_once(s.argv, tmp, env)
            s.samples.append(sample)
            s.last_stdout, s.last_stderr = out, err
            done += 1
            flag = "" if sample.rc in s.expect_rc else f"  UNEXPECTED EXIT {sample.rc}"
            log(f"[{label}] {done}/{total} rep {rep + 1} {s.name} {s.where}: {sample.wall:.3f}s "
                f"cpu {sample.cpu:.2f}s rss {sample.maxrss_kb / 1024:.0f} MB{flag}")


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------
# Corpora
# ---------------------------------------------------------------------------------------------


def _load_generator():
    spec = importlib.util.spec_from_file_location("factcheck_bench_generate", BENCH / "generate.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


def corpus(files: int, claims: int, seed: int) -> Path:
    """bench/corpus/f{files}-c{claims}-s{seed}, generated once (atomically) and reused."""
    name = f"f{files}-c{claims}-s{seed}"
    target = CORPUS / name
    manifest = target / "manifest.json"
    if manifest.exists():
        m = json.loads(manifest.read_text(encoding="utf-8"))
        have = sum(1 for p in target.iterdir() if p.suffix == ".yaml")
        if m.get("files") == files and m.get("claims_per_file") == claims and have == files:
            return target
        log(f"corpus {name} is incomplete or stale: regenerating")
    CORPUS.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".tmp-{name}-", dir=CORPUS))  # hidden: never scanned
    t0 = time.perf_counter()
    m = _load_generator().generate(files, claims, seed, tmp)
    if target.exists():
        shutil.rmtree(target)
    os.replace(tmp, target)
    log(f"generated {name} in {time.perf_counter() - t0:.1f}s: {m['relations_total']} relations, "
        f"{m['injected_total']} inconsistent")
    return target


def manifest_of(path: Path) -> dict:
    return json.loads((path / "manifest.json").read_text(encoding="utf-8"))


# ---------------------------------------------------------------------------------------------
# Tools
# ---------------------------------------------------------------------------------------------


def find_tool(name: str) -> str:
    for cand in (Path(sys.executable).parent / name, ROOT / ".venv" / "bin" / name):
        if cand.exists():
            return str(cand)
    found = shutil.which(name)
    if not found:
        sys.exit(f"bench/run.py: {name} not found next to {sys.executable} nor on PATH")
    return found


def python_exe() -> str:
    venv = ROOT / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


def rel(p: Path) -> str:
    try:
        return str(p.relative_to(ROOT))
    except ValueError:
        return str(p)


def corpus_series(d: Path, py: str, fc: str, yl: str, tools: set[str]) -> list[Series]:
    r = rel(d)
    all_ = [
        Series("floor", [py, "-c", FLOOR_CODE, r], (0,), r),
        Series("lint", [fc, "lint", r], (0,), r),
        Series("check", [fc, "check", r, "--format", "concise"], (0, 1), r),
        Series("yamllint", [yl, "-d", "relaxed", r], (0, 1), r),
        # The default above uses every core on large runs; these are the same on one process.
        Series("lint -j1", [fc, "lint", r, "--jobs", "1"], (0,), r),
        Series("check -j1", [fc, "check", r, "--format", "concise", "--jobs", "1"], (0, 1), r),
    ]
    return [s for s in all_ if s.name.split()[0] in tools and (
        " " not in s.name or "serial" in tools)]


# ---------------------------------------------------------------------------------------------
# Profile
# ---------------------------------------------------------------------------------------------


def _module_of(filename: str) -> str:
    if filename == "~":
        return "(built-in)"
    f = filename.replace("\\", "/")
    m = re.search(r"/site-packages/(.*?)\.py$", f) or re.search(r"/(factcheck/.*)\.py$", f)
    if m:
        mod = m.group(1).replace("/", ".").removesuffix(".__init__")
        return mod
    m = re.search(r"/lib/python3\.\d+/(.*?)\.py$", f)
    if m:
        return "stdlib " + m.group(1).replace("/", ".")
    return Path(f).name


def _func_name(key: tuple[str, int, str]) -> str:
    filename, line, name = key
    if filename == "~":
        return name
    return f"{_module_of(filename)}:{line}({name})"


def profile(d: Path, py: str, tmp: Path, env: dict[str, str], top: int) -> dict:
    out = tmp / "check.prof"
    argv = [py, "-m", "cProfile", "-o", str(out), "-m", "factcheck", "check", rel(d), "--format", "concise",
            "--jobs", "1"]
    log(f"profiling: {' '.join(argv[:6])} ... check {rel(d)} --format concise")
    sample, _, _ = run_once(argv, tmp, env)
    st = pstats.Stats(str(out))
    rows = []
    for key, (cc, nc, tt, ct, _callers) in st.stats.items():  # type: ignore[attr-defined]
        rows.append((_func_name(key), nc, cc, tt, ct, key))
    # 100% = the whole profiled run: the largest cumulative time (the top-level <module>).
    total = max(r[4] for r in rows)
    # The cumulative table leaves out the start-up machinery and the CLI framework's call chain
    # (runpy, cProfile, typer/click, __main__): they hold ~100% and say nothing.
    wrappers = re.compile(r"^(?:typer|click|stdlib runpy|stdlib cProfile|factcheck\.__main__)\b|^<|"
                          r"builtins\.exec\b|^<string>")
    by_cum = [r for r in sorted(rows, key=lambda r: -r[4])
              if not wrappers.search(_module_of(r[5][0]) if r[5][0] != "~" else r[0])]
    by_tot = sorted(rows, key=lambda r: -r[3])
    modules: dict[str, float] = {}
    for _name, _nc, _cc, tt, _ct, key in rows:
        mod = _module_of(key[0]) if key[0] != "~" else "(built-in functions and methods)"
        modules[mod] = modules.get(mod, 0.0) + tt
    return {
        "argv": ["python", "-m", "cProfile", "-s", "cumtime", "-m", "factcheck", "check", rel(d),
                 "--format", "concise", "--jobs", "1"],
        "wall": sample.wall, "total": total,
        "by_cum": [(n, nc, cc, tt, ct) for n, nc, cc, tt, ct, _ in by_cum[:top + 10]],
        "by_tot": [(n, nc, cc, tt, ct) for n, nc, cc, tt, ct, _ in by_tot[:top]],
        "modules": sorted(modules.items(), key=lambda kv: -kv[1])[:top],
    }


# ---------------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------------


def machine() -> dict[str, str]:
    cpu = platform.processor() or ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem = ""
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    try:
        affinity = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        affinity = os.cpu_count() or 0
    versions = {}
    py = python_exe()
    probe = ("import sys, yaml, typer, rich, pydantic; from importlib.metadata import version as v; "
             "print(sys.version.split()[0], yaml.__version__, yaml.__with_libyaml__, v('typer'), v('rich'), "
             "pydantic.VERSION, v('factcheck'), v('yamllint'))")
    with contextlib.suppress(Exception):
        parts = subprocess.run([py, "-c", probe], capture_output=True, text=True, check=True).stdout.split()
        keys = ("python", "pyyaml", "libyaml", "typer", "rich", "pydantic", "factcheck", "yamllint")
        versions = dict(zip(keys, parts, strict=False))
    return {
        "nproc": str(affinity), "cpu": cpu, "memory": mem,
        "os": f"{platform.system()} {platform.release()}",
        **versions,
    }


def fmt_s(x: float) -> str:
    return f"{x:.3f}" if x < 10 else f"{x:.2f}" if x < 100 else f"{x:.1f}"


def verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("**holds**" if ok else "**does not hold**")


def build_report(args, cmdline: str, mach: dict[str, str], sizes: list[tuple[int, Path]],
                 res: dict[int, dict[str, Series]], startup: dict[str, Series],
                 sweep: list[tuple[int, Path, dict[str, Series]]], prof: dict | None,
                 started: str, elapsed: float, load: tuple[tuple[float, ...], tuple[float, ...]],
                 notes: str | None, bad: list[Series]) -> str:
    L: list[str] = []
    w = L.append
    w("# Performance")
    w("")
    w("Generated by `bench/run.py`; do not edit by hand except between the notes markers (kept on "
      "`--write --force`).")
    w("")
    w("## How these numbers were produced")
    w("")
    w("```sh")
    w(cmdline)
    w("```")
    w("")
    w(f"- Started {started}, took {elapsed / 60:.1f} min; {args.repeats} timed repeats per command, "
      "interleaved round robin, after an untimed warm-up (each command once; the floor on every "
      "corpus, which reads every file into the page cache). Tables show the median wall time, the "
      "min–max range, the median CPU time (user + sys) and the largest peak RSS over the repeats.")
    if args.repeats != DEFAULT_REPEATS and not args.quick:
        w(f"- {args.repeats} repeats instead of the default {DEFAULT_REPEATS} (given on the command line).")
    w(f"- Machine: {mach.get('nproc')} CPUs available ({mach.get('cpu')}), {mach.get('memory')} RAM, "
      f"{mach.get('os')}; load average {load[0][0]:.2f} at the start, {load[1][0]:.2f} at the end "
      "(other work was running on this machine in parallel, so expect some noise).")
    w(f"- Python {mach.get('python')}; PyYAML {mach.get('pyyaml')} (libyaml: {mach.get('libyaml')}), "
      f"typer {mach.get('typer')}, rich {mach.get('rich')}, pydantic {mach.get('pydantic')}; "
      f"factcheck {mach.get('factcheck')}; yamllint {mach.get('yamllint')}.")
    w("- Corpora: `python bench/generate.py --files N --claims M --seed "
      f"{args.seed} --out bench/corpus/fN-cM-s{args.seed}` (synthetic, deterministic; the mix of "
      "value forms and checks of `facts/xuejia-2023.yaml`, about 7% of relations inconsistent).")
    if args.snapshot:
        changed = "" if mach["source"] == mach["source_at_end"] else (
            f" The source tree changed during the run (now `{mach['source_at_end']}`); these numbers "
            "are for the snapshot.")
        w(f"- Code measured: a snapshot of `src/factcheck` taken at the start (sha256 prefix "
          f"`{mach['source']}`), byte-compiled as an install would be, and put first on `PYTHONPATH` so "
          f"that every command of the run sees the same code while the tree is edited.{changed}")
    else:
        w(f"- Code measured: the installed tree `src/factcheck` (sha256 prefix `{mach['source']}` at the "
          f"start, `{mach['source_at_end']}` at the end).")
    if bad:
        w("- **Some commands exited with an unexpected code: their numbers are not valid** — "
          + "; ".join(f"{s.name} on `{s.where}` exited {sorted(s.rcs)}" for s in bad) + ".")
    w("- Each child is reaped with `os.wait4()`: CPU time and peak RSS (`ru_maxrss`) are that "
      "child's own. Wall time includes interpreter start-up for every command, the floor included.")
    w("")
    w("Commands (DIR is the corpus directory):")
    w("")
    w("| name | command |")
    w("|---|---|")
    w("| floor | `python -c \"for each *.yaml under DIR: yaml.load(f, Loader=yaml.CSafeLoader)\"` |")
    w("| lint | `factcheck lint DIR` |")
    w("| check | `factcheck check DIR --format concise` |")
    w("| yamllint | `yamllint -d relaxed DIR` |")
    w(f"| import floor | `python -c \"{IMPORT_FLOOR}\"` |")
    w(f"| typer floor | `python {TYPER_FLOOR} check {SEED_FILE}` (a do-nothing typer command with the "
      "parameters of `check`) |")
    w("")

    # Targets first: what the reader wants to know.
    big_n, big_dir = sizes[-1]
    small_n, _ = sizes[0]
    big = res[big_n]
    small = res[small_n]
    targets: list[tuple[str, str, bool | None]] = []

    def ratio(a: str, b: str, r: dict[str, Series]) -> float | None:
        if a in r and b in r and r[b].median > 0:
            return r[a].median / r[b].median
        return None

    cf, lf = ratio("check", "floor", big), ratio("lint", "floor", big)
    cy, ly = ratio("check", "yamllint", big), ratio("lint", "yamllint", big)
    m = manifest_of(big_dir)
    where = f"{big_n:,} files × {m['claims_per_file']} claims"
    if cf is not None:
        targets.append((f"`check` ≤ {T_CHECK_FLOOR:g}× floor ({where})", f"{cf:.2f}×", cf <= T_CHECK_FLOOR))
    if lf is not None:
        targets.append((f"`lint` ≤ {T_LINT_FLOOR:g}× floor ({where})", f"{lf:.2f}×", lf <= T_LINT_FLOOR))
    if cy is not None:
        targets.append((f"`check` faster than yamllint ({where})", f"{cy:.2f}× yamllint", cy < 1))
    if ly is not None:
        targets.append((f"`lint` faster than yamllint ({where})", f"{ly:.2f}× yamllint", ly < 1))
    for name in ("check", "lint"):
        if name in big:
            mb = big[name].rss_mb
            targets.append((f"`{name}` peak memory < {T_MEMORY_MB:g} MB ({where})", f"{mb:.0f} MB",
                            mb < T_MEMORY_MB))
    if len(sizes) > 1:
        for name in ("check", "lint"):
            if name in big and name in small:
                g = big[name].rss_mb / small[name].rss_mb
                targets.append((f"`{name}` memory flat in files ({small_n:,} → {big_n:,} files: "
                                f"≤ {T_MEMORY_FLAT:g}×)",
                                f"{small[name].rss_mb:.0f} → {big[name].rss_mb:.0f} MB ({g:.2f}×)",
                                g <= T_MEMORY_FLAT))
    if "seed check" in startup and "import floor" in startup:
        r = startup["seed check"].median / startup["import floor"].median
        targets.append((f"`check {SEED_FILE}` ≤ {T_STARTUP:g}× import floor",
                        f"{r:.2f}× ({fmt_s(startup['seed check'].median)} s vs "
                        f"{fmt_s(startup['import floor'].median)} s)", r <= T_STARTUP))
    if "seed check" in startup and "typer floor" in startup:
        r = startup["seed check"].median / startup["typer floor"].median
        targets.append((f"`check {SEED_FILE}` ≤ {T_STARTUP:g}× typer floor (`{TYPER_FLOOR}`: the "
                        "same parameters, no work)",
                        f"{r:.2f}× ({fmt_s(startup['seed check'].median)} s vs "
                        f"{fmt_s(startup['typer floor'].median)} s)", r <= T_STARTUP))
    lin = linearity(sweep)
    for name in ("check", "lint"):
        if name in lin:
            spread, marg = lin[name]
            shown = ", ".join(f"{x * 1e6:.0f}" for x in marg)
            targets.append((f"`{name}` time linear in claims (marginal cost per claim, max/min "
                            f"≤ {T_LINEAR:g})", f"{shown} µs/claim ({spread:.2f})", spread <= T_LINEAR))
    # Also linear in files (the size sweep): time per claim, largest vs smallest corpus.
    if len(sizes) > 1:
        for name in ("check", "lint"):
            if name in big and name in small:
                per_big = big[name].median / big_n
                per_small = small[name].median / small_n
                targets.append((f"`{name}` time linear in files ({small_n:,} → {big_n:,}: per-file "
                                f"time ratio ≤ {T_LINEAR:g})",
                                f"{per_small * 1e3:.2f} → {per_big * 1e3:.2f} ms/file "
                                f"({per_big / per_small:.2f})", per_big / per_small <= T_LINEAR))

    w("## Targets")
    w("")
    if args.quick:
        w("A `--quick` run: small corpora and few repeats, so the verdicts are indicative only (the "
          "claims sweep, on 50 files, is the noisiest).")
        w("")
    w("| target | measured | verdict |")
    w("|---|---|---|")
    for t, v, ok in targets:
        w(f"| {t} | {v} | {verdict(ok)} |")
    w("")

    w("## Results")
    w("")
    w("| corpus | command | median s | min–max s | ms / file | µs / claim | CPU s | peak RSS MB | "
      "× floor | × yamllint | exit |")
    w("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for n, d in sizes:
        r = res[n]
        mm = manifest_of(d)
        nclaims = n * mm["claims_per_file"]
        for name, s in r.items():
            fl = ratio(name, "floor", r)
            yl = ratio(name, "yamllint", r)
            exits = _exits(s)
            w(f"| {n:,} × {mm['claims_per_file']} | {name} | {fmt_s(s.median)} | "
              f"{fmt_s(s.lo)}–{fmt_s(s.hi)} | {s.median / n * 1e3:.2f} | {s.median / nclaims * 1e6:.1f} | "
              f"{fmt_s(s.cpu)} | {s.rss_mb:.0f} | "
              f"{'' if fl is None else f'{fl:.2f}'} | {'' if yl is None else f'{yl:.2f}'} | {exits} |")
    w("")
    w("Ratios per corpus:")
    w("")
    w("| corpus | check / floor | lint / floor | check / yamllint | lint / yamllint | check / lint |")
    w("|---|---:|---:|---:|---:|---:|")
    for n, d in sizes:
        r = res[n]
        cells = [ratio(a, b, r) for a, b in (("check", "floor"), ("lint", "floor"), ("check", "yamllint"),
                                             ("lint", "yamllint"), ("check", "lint"))]
        w(f"| {n:,} × {manifest_of(d)['claims_per_file']} | "
          + " | ".join("" if c is None else f"{c:.2f}" for c in cells) + " |")
    w("")
    if len(sizes) > 1:
        w(f"Growth from {small_n:,} to {big_n:,} files ({big_n / small_n:g}× the files):")
        w("")
        w("| command | time × | per-file time × | peak RSS × |")
        w("|---|---:|---:|---:|")
        for name in big:
            if name in small:
                t = big[name].median / small[name].median
                mem = big[name].rss_mb / small[name].rss_mb
                w(f"| {name} | {t:.2f} | {t * small_n / big_n:.2f} | {mem:.2f} |")
        w("")
    w("What the corpora contain, and what `check` found (last repeat):")
    w("")
    w("| corpus | claims | relations | made inconsistent | `check` summary | `lint` summary |")
    w("|---|---:|---:|---:|---|---|")
    for n, d in sizes:
        mm = manifest_of(d)
        r = res[n]
        chk = _summary_line(r["check"].last_stdout) if "check" in r else ""
        lnt = _summary_line(r["lint"].last_stdout) if "lint" in r else ""
        w(f"| {n:,} × {mm['claims_per_file']} | {n * mm['claims_per_file']:,} | {mm['relations_total']:,} | "
          f"{mm['injected_total']:,} ({100 * mm['injected_total'] / max(1, mm['relations_total']):.1f}%) | "
          f"{chk} | {lnt} |")
    w("")

    if startup:
        w("## Start-up")
        w("")
        w(f"{len(next(iter(startup.values())).samples)} timed repeats each.")
        w("")
        w("| command | median s | min–max s | CPU s | peak RSS MB | × import floor |")
        w("|---|---:|---:|---:|---:|---:|")
        base = startup.get("import floor")
        shown_cmd = {"python": "python -c pass", "import floor": f"python -c \"{IMPORT_FLOOR}\"",
                     "typer floor": f"python {TYPER_FLOOR} check {SEED_FILE}",
                     "version": "factcheck --version", "seed check": f"factcheck check {SEED_FILE}"}
        for name, s in startup.items():
            rr = "" if base is None else f"{s.median / base.median:.2f}"
            w(f"| `{shown_cmd.get(name, name)}` | {s.median:.3f} | {s.lo:.3f}–{s.hi:.3f} | {s.cpu:.3f} | "
              f"{s.rss_mb:.0f} | {rr} |")
        w("")

    if sweep:
        w("## Claims per file")
        w("")
        nf = sweep[0][0]
        w(f"{nf:,} files, growing claims per file; marginal cost = extra time / extra claims "
          "between consecutive rows (start-up cancels out).")
        w("")
        w("| claims / file | total claims | command | median s | µs / claim | marginal µs / claim | "
          "peak RSS MB | × floor | exit |")
        w("|---:|---:|---|---:|---:|---:|---:|---:|---|")
        prev: dict[str, tuple[float, int]] = {}
        for nfiles, d, r in sweep:
            mm = manifest_of(d)
            tc = nfiles * mm["claims_per_file"]
            for name, s in r.items():
                fl = ratio(name, "floor", r)
                marg = ""
                if name in prev:
                    pt, pc = prev[name]
                    marg = f"{(s.median - pt) / (tc - pc) * 1e6:.1f}"
                prev[name] = (s.median, tc)
                w(f"| {mm['claims_per_file']} | {tc:,} | {name} | {fmt_s(s.median)} | "
                  f"{s.median / tc * 1e6:.1f} | "
                  f"{marg} | {s.rss_mb:.0f} | {'' if fl is None else f'{fl:.2f}'} | {_exits(s)} |")
        w("")

    if prof:
        w("## Profile")
        w("")
        w("```sh")
        w(" ".join(shlex.quote(a) for a in prof["argv"]) + " > /dev/null")
        w("```")
        w("")
        w(f"{prof['total']:.2f} s under cProfile ({prof['wall']:.2f} s wall; the profiler roughly doubles "
          "the cost of each Python call, so read shares, not seconds). Percentages are of the whole run.")
        w("")
        w("Top functions by cumulative time (the CLI framework's call chain left out):")
        w("")
        w("| function | calls | own s | cumulative s | % of total |")
        w("|---|---:|---:|---:|---:|")
        for name, nc, cc, tt, ct in prof["by_cum"]:
            calls = f"{nc}" if nc == cc else f"{nc}/{cc}"
            w(f"| `{name}` | {calls} | {tt:.2f} | {ct:.2f} | {100 * ct / prof['total']:.0f}% |")
        w("")
        w("Top functions by own time:")
        w("")
        w("| function | calls | own s | cumulative s | % of total |")
        w("|---|---:|---:|---:|---:|")
        for name, nc, cc, tt, ct in prof["by_tot"]:
            calls = f"{nc}" if nc == cc else f"{nc}/{cc}"
            w(f"| `{name}` | {calls} | {tt:.2f} | {ct:.2f} | {100 * tt / prof['total']:.0f}% |")
        w("")
        w("Own time by module:")
        w("")
        w("| module | own s | % of total |")
        w("|---|---:|---:|")
        for mod, tt in prof["modules"]:
            w(f"| `{mod}` | {tt:.2f} | {100 * tt / prof['total']:.0f}% |")
        w("")

    w("## Notes")
    w("")
    w(NOTES_BEGIN)
    w(notes.strip("\n") if notes else "")
    w(NOTES_END)
    w("")
    return "\n".join(L)


def _exits(s: Series) -> str:
    return ",".join(str(x) for x in sorted(s.rcs)) + ("" if s.ok else " **unexpected**")


def _summary_line(text: str) -> str:
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    if not lines:
        return ""
    line = lines[-1]
    return line.replace("|", "\\|")


def linearity(sweep: list[tuple[int, Path, dict[str, Series]]]) -> dict[str, tuple[float, list[float]]]:
    """For each command: (max/min of the marginal cost per claim, the marginal costs)."""
    out: dict[str, tuple[float, list[float]]] = {}
    if len(sweep) < 3:  # one segment says nothing about linearity
        return out
    names = set.intersection(*(set(r) for _, _, r in sweep))
    for name in ("check", "lint"):
        if name not in names:
            continue
        pts = [(n * manifest_of(d)["claims_per_file"], r[name].median) for n, d, r in sweep]
        marg = [(t2 - t1) / (c2 - c1) for (c1, t1), (c2, t2) in itertools.pairwise(pts)]
        if all(m > 0 for m in marg):
            out[name] = (max(marg) / min(marg), marg)
    return out


def read_notes(path: Path) -> str | None:
    if not path.exists():
        return None
    text = path.read_text(encoding="utf-8")
    i, j = text.find(NOTES_BEGIN), text.find(NOTES_END)
    if i < 0 or j < i:
        return None
    return text[i + len(NOTES_BEGIN): j]


def write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------


def int_list(text: str) -> list[int]:
    try:
        vals = [int(x.replace("_", "").replace("k", "000")) for x in text.split(",") if x.strip()]
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"expected comma-separated integers: {text!r}") from err
    if any(v <= 0 for v in vals):
        raise argparse.ArgumentTypeError("sizes must be positive")
    return vals


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true",
                    help="development run (< 2 min): --sizes 100,400 --repeats 3 --startup-repeats 5 "
                         "--sweep-files 50 --sweep-claims 25,50,100 --no-profile, unless given")
    ap.add_argument("--sizes", type=int_list, help="corpus sizes in files (default 1000,10000)")
    ap.add_argument("--claims", type=int, default=50, help="claims per file (default 50)")
    ap.add_argument("--repeats", type=int, help=f"timed repeats per command (default {DEFAULT_REPEATS})")
    ap.add_argument("--startup-repeats", type=int, help="timed repeats of the start-up commands (default 15)")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"corpus seed (default {DEFAULT_SEED})")
    ap.add_argument("--sweep-files", type=int, help="files in the claims sweep (default 200)")
    ap.add_argument("--sweep-claims", type=int_list,
                    help="claims per file in the claims sweep (default 25,50,100,200; '' to skip)")
    ap.add_argument("--no-sweep", action="store_true", help="skip the claims sweep")
    ap.add_argument("--tools", default="floor,lint,check,yamllint,serial",
                    help="which corpus commands to time (default floor,lint,check,yamllint)")
    ap.add_argument("--profile", dest="profile", action="store_true", default=None,
                    help="profile `check` on the corpus nearest 1000 files (default in the full run)")
    ap.add_argument("--no-profile", dest="profile", action="store_false")
    ap.add_argument("--profile-top", type=int, default=15, help="rows per profile table (default 15)")
    ap.add_argument("--no-snapshot", dest="snapshot", action="store_false",
                    help="measure src/factcheck in place instead of a snapshot taken at the start")
    ap.add_argument("--write", type=Path, metavar="FILE", help="also write the report to FILE (atomically)")
    ap.add_argument("--force", action="store_true", help="replace an existing --write file")
    args = ap.parse_args(argv)

    q = args.quick
    args.sizes = args.sizes or ([100, 400] if q else [1000, 10000])
    args.repeats = args.repeats or (3 if q else DEFAULT_REPEATS)
    args.startup_repeats = args.startup_repeats or (5 if q else 15)
    args.sweep_files = args.sweep_files or (50 if q else 200)
    if args.sweep_claims is None:
        args.sweep_claims = [25, 50, 100] if q else [25, 50, 100, 200]
    if args.no_sweep:
        args.sweep_claims = []
    if args.profile is None:
        args.profile = not q
    tools = {t.strip() for t in args.tools.split(",") if t.strip()}
    unknown = tools - {"floor", "lint", "check", "yamllint", "serial"}
    if unknown:
        ap.error(f"unknown --tools: {', '.join(sorted(unknown))}")
    write = args.write if args.write is None or args.write.is_absolute() else Path.cwd() / args.write
    if write is not None and write.exists() and not args.force:
        ap.error(f"{args.write} exists: pass --force to replace it")

    cmdline = "python bench/run.py" + ("" if not sys.argv[1:] else " " + " ".join(
        shlex.quote(a) for a in (argv if argv is not None else sys.argv[1:])))
    started = _dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    t_start = time.perf_counter()
    load0 = os.getloadavg()
    py, fc, yl = python_exe(), find_tool("factcheck"), find_tool("yamllint")
    mach = machine()
    log(f"python {py}\nfactcheck {fc}\nyamllint {yl}")

    sizes = [(n, corpus(n, args.claims, args.seed)) for n in sorted(set(args.sizes))]
    sweep_dirs = [(args.sweep_files, corpus(args.sweep_files, c, args.seed))
                  for c in sorted(set(args.sweep_claims))]

    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as tmpname:
        tmp = Path(tmpname)
        if args.snapshot:
            snap, fp = take_snapshot(tmp, fc)
        else:
            compileall.compile_dir(PACKAGE, quiet=1)
            snap, fp = None, fingerprint(PACKAGE)
        mach["source"] = fp
        env = child_env(snap)
        # Start-up.
        startup = {
            "python": Series("python", [py, "-c", "pass"], (0,)),
            "import floor": Series("import floor", [py, "-c", IMPORT_FLOOR], (0,)),
            "typer floor": Series("typer floor", [py, str(ROOT / TYPER_FLOOR), "check", SEED_FILE], (0,)),
            "version": Series("version", [fc, "--version"], (0,)),
            "seed check": Series("seed check", [fc, "check", SEED_FILE], (0, 1)),
        }
        measure(list(startup.values()), args.startup_repeats, tmp, env, warmup=True, label="start-up")

        # Corpora, round robin over sizes and commands.
        res: dict[int, dict[str, Series]] = {n: {s.name: s for s in corpus_series(d, py, fc, yl, tools)}
                                             for n, d in sizes}
        flat = [s for n, _ in sizes for s in res[n].values()]
        measure(flat, args.repeats, tmp, env, warmup=True, label="corpora")

        # Claims sweep (floor, lint, check only).
        sweep: list[tuple[int, Path, dict[str, Series]]] = []
        for nfiles, d in sweep_dirs:
            sweep.append((nfiles, d, {s.name: s for s in corpus_series(d, py, fc, yl, tools - {"yamllint"})}))
        flat = [s for _, _, r in sweep for s in r.values()]
        if flat:
            measure(flat, args.repeats, tmp, env, warmup=True, label="claims sweep")

        prof = None
        if args.profile:
            near = min(sizes, key=lambda nd: abs(nd[0] - 1000))[1]
            prof = profile(near, py, tmp, env, args.profile_top)

    mach["source_at_end"] = fingerprint(PACKAGE)
    every = [*startup.values(), *(s for n, _ in sizes for s in res[n].values()),
             *(s for _, _, r in sweep for s in r.values())]
    bad = [s for s in every if not s.ok]
    for s in bad:
        log(f"WARNING: {s.name} {s.where} exited {sorted(s.rcs)}; expected {s.expect_rc}\n"
            f"{s.last_stderr[-2000:]}")
    elapsed = time.perf_counter() - t_start
    notes = read_notes(write) if write is not None else None
    report = build_report(args, cmdline, mach, sizes, res, startup, sweep, prof, started, elapsed,
                          (load0, os.getloadavg()), notes, bad)
    sys.stdout.write(report)
    if write is not None:
        if write.exists() and not args.force:
            log(f"{args.write} appeared during the run: not replaced (pass --force)")
            return 1
        write_atomic(write, report)
        log(f"wrote {args.write}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
