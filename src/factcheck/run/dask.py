"""`check --dask ADDRESS`: the files of a run checked on a Dask cluster, reported as by one process.

The files are cut into batches of consecutive indexes; each batch is one task
(``distributed.Client.submit``). A task checks its files with the worker's own
:class:`~factcheck.run.files.FileWork` — built once per worker thread from the run's arguments,
which are sent to every worker once (``scatter(broadcast=True)``), as the ``--jobs`` pool
initializer builds one per process — and returns the picklable
:class:`~factcheck.run.files.FileOutcome` of each file. This process submits the batches in
order and takes their results in the same order, with a bounded number of batches in flight (a
few per worker thread): workers stay busy, and the memory of the client and of the cluster stays
flat however many files the run has. The run-wide steps (repeated subjects across files,
suppressions, the summary) are done here, by :meth:`FileWork.finish`, in file order — so the
output and the exit code are those of a run in one process.

The workers read the files themselves: they must see them at the same absolute paths (the same
machine, shared storage mounted at the same place). Paths are made absolute against this run's
working directory; findings still name them as the command line does.

Dask is imported only here, by runs that ask for it; without it the run stops with a message
naming the extra to install (``factcheck[dask]``).
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import uuid
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from .. import __version__
from .. import messages as msg
from ..collector import collector_paused
from ..messages import Message
from .files import FileOutcome, FileWork
from .options import RunError

__all__ = ["LOCAL", "batches", "outcomes"]

LOCAL = "local"  # --dask local: a LocalCluster on this machine, one worker process per core
BATCH_MAX = 64  # files per task at most (a task costs the scheduler about a millisecond)
BATCHES_PER_THREAD = 8  # aim for this many batches per worker thread over the run
IN_FLIGHT_PER_THREAD = 3  # batches submitted ahead per worker thread (bounds memory)
WAIT_FOR_WORKERS = 60  # seconds a scheduler may take to have its first worker
#: No dashboard, and the scheduler's HTTP endpoints (health, metrics) on a free local port rather
#: than 8787, which another cluster may hold (Dask would warn on standard error).
QUIET_SCHEDULER = {"dashboard_address": "127.0.0.1:0"}


def outcomes(work: FileWork, cluster: Any, jobs: int = 0) -> Iterator[FileOutcome]:
    """The outcome of every file of ``work``, in file order, checked on ``cluster``: a
    scheduler's address (``tcp://host:8786``), a scheduler file (``scheduler.json``), ``local``
    (a LocalCluster of ``jobs`` worker processes, or one per core), a ``distributed.Client`` or
    a cluster object (its ``scheduler_address``)."""
    distributed = _distributed()
    with _client(distributed, cluster, jobs) as (client, address):
        threads = _threads(client, address)
        size = batch_size(len(work.files), threads)
        yield from _ordered(client, work, size, max(2, threads * IN_FLIGHT_PER_THREAD))


def batch_size(files: int, threads: int) -> int:
    """Files per task: several batches per worker thread, so that the work spreads evenly, but
    never so small that the scheduler's cost per task counts, nor larger than BATCH_MAX."""
    return max(1, min(BATCH_MAX, files // (max(1, threads) * BATCHES_PER_THREAD)))


def batches(files: int, size: int) -> Iterator[range]:
    """The indexes of ``files`` files in consecutive batches of ``size``."""
    for start in range(0, files, size):
        yield range(start, min(start + size, files))


# --- this process: submit in order, take in order -------------------------------------------------
def _ordered(client: Any, work: FileWork, size: int, window: int) -> Iterator[FileOutcome]:
    token = uuid.uuid4().hex
    plan = client.scatter(_Plan(__version__, _worker_args(work)), broadcast=True, hash=False)
    todo = batches(len(work.files), size)
    pending: deque[Any] = deque()

    def submit(indexes: range) -> None:
        pending.append(client.submit(_check_batch, token, plan, indexes, pure=False,
                                     key=f"factcheck-{token}-{indexes.start}"))

    try:
        for indexes in islice(todo, window):
            submit(indexes)
        while pending:
            future = pending.popleft()
            try:
                done = future.result()
            except _VersionMismatch as err:
                raise RunError(Message(msg.DASK_VERSION, worker=err.worker, client=__version__)) \
                    from None
            future.release()
            following = next(todo, None)
            if following is not None:
                submit(following)  # before this batch is reported: the workers stay busy
            yield from done
    finally:
        if pending:
            client.cancel(list(pending))
        plan.release()
        with contextlib.suppress(Exception):  # workers gone: their FileWorks went with them
            client.run(_forget, token)


def _worker_args(work: FileWork) -> tuple[Any, ...]:
    """``FileWork(*args)`` for the workers: the run's own, with paths made absolute against its
    working directory (a worker's is elsewhere); a path shows the same relative to it."""
    cwd = work.cwd

    def absolute(name: str) -> str:
        return name if name == "-" or os.path.isabs(name) else os.path.join(cwd, name)

    def absolute_path(path: Path | None) -> Path | None:
        return None if path is None else Path(absolute(str(path)))

    return (work.command, [absolute(name) for name in work.files], work.settings,
            work.corpus.options.encoding, absolute_path(work.article), cwd, work.stdin_data,
            work.articles, absolute_path(work.save_facts), work.views, work.records,
            work.advice, work.facts)


# --- connecting -----------------------------------------------------------------------------
def _distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise RunError(Message(msg.DASK_NEEDED)) from None
    return distributed


@contextlib.contextmanager
def _client(distributed: Any, cluster: Any, jobs: int) -> Iterator[tuple[Any, str]]:
    """A client of ``cluster``, closed after the run unless the caller gave it."""
    if isinstance(cluster, distributed.Client):
        yield cluster, str(getattr(cluster.scheduler, "address", None) or cluster)
        return
    address = str(getattr(cluster, "scheduler_address", cluster))  # a cluster object, or a name
    if address == LOCAL:
        # a loaded machine's teardown logs «Stream is closed» at ERROR; a task that fails reports
        # through its future, so the local cluster's own logs say nothing the user can act on
        with distributed.LocalCluster(n_workers=jobs or os.cpu_count() or 1, threads_per_worker=1,
                                      processes=True, dashboard_address=None,
                                      scheduler_kwargs=QUIET_SCHEDULER,
                                      silence_logs=logging.CRITICAL) as local, \
                distributed.Client(local, set_as_default=False) as client:
            yield client, local.scheduler_address
        return
    try:
        if address.endswith(".json") and os.path.isfile(address):
            client = distributed.Client(scheduler_file=address, set_as_default=False)
        else:
            client = distributed.Client(address, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as err:
        raise RunError(Message(msg.DASK_NO_SCHEDULER, address=address,
                               error=str(err) or type(err).__name__)) from None
    with client:
        yield client, address


def _threads(client: Any, address: str) -> int:
    """The worker threads of the cluster, once it has a worker."""
    try:
        client.wait_for_workers(1, timeout=WAIT_FOR_WORKERS)
    except TimeoutError:
        raise RunError(Message(msg.DASK_NO_WORKERS, address=address,
                               seconds=WAIT_FOR_WORKERS)) from None
    return max(1, sum(client.nthreads().values()))


# --- the workers ----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Plan:
    """What every worker needs to build the run's FileWork (sent once to each worker)."""

    version: str
    args: tuple[Any, ...]


class _VersionMismatch(Exception):
    """A worker runs another version of factcheck than the client."""

    def __init__(self, worker: str):
        super().__init__(worker)
        self.worker = worker


_WORKS: dict[tuple[str, int], FileWork] = {}  # (run, thread) → its FileWork, on each worker
_LOCK = threading.Lock()


def _check_batch(token: str, plan: _Plan, indexes: range) -> list[FileOutcome]:
    """Task: the outcomes of a batch of files, each released once checked (only outcomes cross
    to the client). A worker thread keeps the FileWork of the run it serves, and of that one
    only (a FileWork's reference cache is not shared between threads)."""
    key = (token, threading.get_ident())
    with _LOCK:
        work = _WORKS.get(key)
    if work is None:
        if plan.version != __version__:
            raise _VersionMismatch(__version__)
        work = FileWork(*plan.args)
        with _LOCK:
            for old in [k for k in _WORKS if k[1] == key[1]]:
                del _WORKS[old]
            _WORKS[key] = work
    with collector_paused():
        return [work.process(i, keep=False) for i in indexes]


def _forget(token: str) -> None:
    """Drop a finished run's FileWorks on a worker (``Client.run``)."""
    with _LOCK:
        for key in [k for k in _WORKS if k[0] == token]:
            del _WORKS[key]
