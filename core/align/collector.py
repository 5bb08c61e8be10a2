"""Pausing Python's cycle collector while an alignment is built.

An alignment makes hundreds of thousands of small objects (tokens, terms, bags) that all live until it is done;
the cycle collector would walk them again and again to find almost no garbage, about a tenth of the work on a long
pair. Reference counting still frees everything it can while the collector is paused.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collector_paused"]

_lock = threading.Lock()
_holders = 0
"""How many :func:`collector_paused` blocks are running (nested, or in other threads)."""
_resume = False
"""Whether the collector was on when the first running block paused it (it is turned back on after the last)."""


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with the cycle collector off, then restore it as it was (also when the block raises).

    Blocks may nest and may run in several threads at once: the collector is paused by the first to start and
    restored by the last to finish.
    """
    global _holders, _resume
    with _lock:
        if not _holders:
            _resume = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if not _holders and _resume:
                gc.enable()
