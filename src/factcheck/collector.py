"""Keep Python's cycle collector out of the way while large trees of objects are built.

Reading a fact file builds tens of thousands of small, acyclic objects (YAML nodes, claims,
intervals). The cycle collector's full passes grow with the number of live objects, so with it
running the cost per claim rose with the size of the file (twice as slow per claim at 2,000
claims a file as at 50). Reference counting frees these objects anyway; the few cycles a file
makes are broken explicitly (``Corpus.release``) or collected once the collector runs again.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collector_paused", "start_up"]


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cycle collector inside the block; restore its state after (nesting is safe)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def start_up() -> None:
    """Mark everything imported so far as permanent, so later collections never scan it."""
    gc.freeze()
