"""`check --dask`: the files of a run checked on a Dask cluster give the output of a local run.

A LocalCluster of two worker processes (one thread each, no dashboard) checks a generated corpus
of a few hundred small files — with repeated subjects across files, references between files,
quotes anchored in an article, an article named on the command line and two broken files — and
the report is compared byte for byte, with the exit code, to the run in this process; `--dask
local` on facts/ and examples/ prints what the plain run prints. Without `--dask` Dask is never
imported, and without Dask installed `--dask` says what to install.
"""

from __future__ import annotations

import io
import logging
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from factcheck.config import Settings
from factcheck.run import RunOptions, execute
from factcheck.run import dask as backend

distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parents[1]


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FACTCHECK_")}
    return {**env, "PYTHONPATH": str(ROOT / "src"), "NO_COLOR": "1", **extra}


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None, silence_logs=logging.ERROR,
                                  scheduler_kwargs=backend.QUIET_SCHEDULER) as cluster, \
            distributed.Client(cluster, set_as_default=False) as c:
        yield c


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("dask")
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "--files", "300",
                    "--claims", "8", "--out", str(root / "gen"), "--quiet"], check=True)
    shutil.copytree(ROOT / "examples", root / "examples")
    shutil.copytree(ROOT / "facts", root / "facts")
    shutil.copy(ROOT / "facts" / "xuejia-2023.txt", root / "article.txt")
    (root / "gen" / "zz-broken.yaml").write_text("factcheck: 1\nclaims: [\n", encoding="utf-8")
    (root / "gen" / "zz-unit.yaml").write_text(
        "factcheck: 1\nclaims:\n  x: {value: 3个火星单位}\n", encoding="utf-8")
    return root


def _run(root: Path, monkeypatch, fmt: str, **options) -> tuple[int, str]:
    monkeypatch.chdir(root)
    out = io.StringIO()
    opts = RunOptions("check", [Path("examples"), Path("facts"), Path("gen"), Path("article.txt")],
                      fmt=fmt, show_checks=True, **options)
    code = execute(opts, Settings(), out, io.StringIO())
    return code, out.getvalue()


@pytest.mark.parametrize("fmt", ["json", "concise"])
def test_a_cluster_reports_what_one_process_reports(client, corpus, monkeypatch, fmt):
    here = _run(corpus, monkeypatch, fmt, jobs=1)
    there = _run(corpus, monkeypatch, fmt, dask=client)
    assert there == here
    assert here[0] == 1 and "FC001" in here[1] and "FC901" in here[1]


def test_many_small_batches_keep_the_order(client, corpus, monkeypatch):
    """Batches of one file, two in flight: results still come back in file order."""
    monkeypatch.setattr(backend, "BATCH_MAX", 1)
    monkeypatch.setattr(backend, "IN_FLIGHT_PER_THREAD", 1)
    monkeypatch.chdir(corpus)
    out_here, out_there = io.StringIO(), io.StringIO()
    paths = [Path("examples"), Path("facts"), *sorted(Path("gen").glob("town0000*.yaml"))]
    here = execute(RunOptions("check", paths, fmt="concise"), Settings(), out_here, io.StringIO())
    there = execute(RunOptions("check", paths, fmt="concise", dask=client), Settings(), out_there,
                    io.StringIO())
    assert (there, out_there.getvalue()) == (here, out_here.getvalue())


def test_workers_in_another_directory(corpus, monkeypatch):
    """Workers elsewhere (a remote machine's working directory) read the files at their
    absolute paths, and findings still name them relative to the run's directory."""
    here = _run(corpus, monkeypatch, "json", jobs=1)
    monkeypatch.chdir(corpus.parent)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                                  dashboard_address=None, silence_logs=logging.ERROR,
                                  scheduler_kwargs=backend.QUIET_SCHEDULER) as cluster, \
            distributed.Client(cluster, set_as_default=False) as c:
        assert set(c.run(os.getcwd).values()) == {str(corpus.parent)}
        there = _run(corpus, monkeypatch, "json", dask=c)
    assert there == here


@pytest.mark.parametrize("fmt", ["concise", "json"])
def test_dask_local_prints_what_the_plain_run_prints(fmt):
    args = [sys.executable, "-m", "factcheck", "check", "examples/", "facts/", "--isolated",
            "--format", fmt]
    plain = subprocess.run(args, cwd=ROOT, capture_output=True, env=_env())
    on_dask = subprocess.run([*args, "--dask", "local"], cwd=ROOT, capture_output=True, env=_env())
    assert (on_dask.returncode, on_dask.stdout) == (plain.returncode, plain.stdout)
    assert plain.returncode == 1 and plain.stdout
    assert on_dask.stderr == b""


def test_a_run_without_dask_never_imports_it():
    code = ("import sys\nfrom factcheck.cli import main\n"
            "code = main(['check', 'examples/', 'facts/', '--isolated', '--format', 'json',"
            " '--jobs', '2'])\n"
            "assert not {'dask', 'distributed'} & set(sys.modules), 'dask imported'\n"
            "sys.exit(code)\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, env=_env())
    assert done.returncode == 1, done.stderr


def test_without_dask_the_message_names_the_extra(monkeypatch, capsys):
    from factcheck.cli import main

    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed fails
    code = main(["check", str(ROOT / "facts"), "--isolated", "--dask", "local"])
    err = capsys.readouterr().err
    assert code == 2
    assert "pip install 'factcheck[dask]'" in err and "Traceback" not in err


def test_a_scheduler_that_cannot_be_reached():
    done = subprocess.run([sys.executable, "-m", "factcheck", "check", "facts/", "--isolated",
                           "--dask", "tcp://127.0.0.1:9"], cwd=ROOT, capture_output=True,
                          text=True, env=_env(DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT="1s"))
    assert done.returncode == 2
    assert done.stderr.startswith("factcheck: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert "Traceback" not in done.stderr


def test_batches_cover_every_file_once_in_order():
    for files in (1, 7, 64, 1000):
        for threads in (1, 2, 16):
            size = backend.batch_size(files, threads)
            assert 1 <= size <= backend.BATCH_MAX
            assert [i for b in backend.batches(files, size) for i in b] == list(range(files))
    assert backend.batch_size(100_000, 8) == backend.BATCH_MAX
    assert backend.batch_size(10, 8) == 1


def test_a_worker_builds_its_filework_once_per_run(corpus):
    files = [str(p) for p in sorted((corpus / "gen").glob("town0000*.yaml"))]
    plan = backend._Plan(backend.__version__, ("check", files, Settings(), None, None, corpus))
    first = backend._check_batch("run-a", plan, range(0, 2))
    work = backend._WORKS[("run-a", threading.get_ident())]
    backend._check_batch("run-a", plan, range(2, 4))
    assert backend._WORKS[("run-a", threading.get_ident())] is work
    assert [o.display for o in first] == [os.path.relpath(f, corpus) for f in files[:2]]
    backend._check_batch("run-b", plan, range(0, 1))  # a thread keeps only its latest run's
    assert not any(key[0] == "run-a" for key in backend._WORKS)
    backend._forget("run-b")
    assert not backend._WORKS


def test_a_worker_of_another_version_is_refused(corpus):
    plan = backend._Plan("0.0.0-other", ("check", [], Settings(), None, None, corpus))
    with pytest.raises(backend._VersionMismatch):
        backend._check_batch("run-c", plan, range(0))


def test_the_library_on_a_cluster(client, corpus, monkeypatch):
    import factcheck.api as fc

    monkeypatch.chdir(corpus)
    paths = ["examples/", "facts/", "gen/", "article.txt"]
    here = fc.check_facts(paths)
    assert fc.check_facts(paths, dask=client) == here
    assert here.to_json_text() == _run(corpus, monkeypatch, "json", jobs=1)[1]


def test_a_cluster_object_is_taken_by_its_scheduler(client):
    import factcheck.api as fc

    cluster = client.cluster  # a LocalCluster: the run connects a client of its own to it
    assert fc.check_facts(str(ROOT / "examples"), dask=cluster) == \
        fc.check_facts(str(ROOT / "examples"))
