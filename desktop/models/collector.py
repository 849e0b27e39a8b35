"""Pausing Python's cycle collector while a bulk load allocates many objects that live on.

Decoding a sync file and folding its cases create tens of thousands of dicts and records that
survive, and each full collection then walks the whole heap of a running app (every Qt wrapper
and SQLAlchemy object) again; in a round of 50,000 events that cost a tenth of the time. Those
objects hold no reference cycles, so nothing is lost by collecting once afterwards instead.

The pause is counted, so overlapping loads on two threads (a background sync and a rebuild)
re-enable the collector only when the last one ends, and never leave it off.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class _Pause:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.depth = 0
        self.was_enabled = True

    def enter(self) -> None:
        with self.lock:
            if self.depth == 0:
                self.was_enabled = gc.isenabled()
                gc.disable()
            self.depth += 1

    def leave(self) -> None:
        with self.lock:
            self.depth -= 1
            if self.depth == 0 and self.was_enabled:
                gc.enable()


_PAUSE = _Pause()


@contextmanager
def collector_paused() -> Iterator[None]:
    _PAUSE.enter()
    try:
        yield
    finally:
        _PAUSE.leave()
