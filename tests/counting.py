"""Measures of work that no clock enters, for tests that prove a case grows linearly with its input."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType
from typing import Any


def lines_run(work: Callable[[], object]) -> int:
    """How many lines of Python ``work`` runs (``sys.settrace`` line events, every loop turn included)."""
    count = 0

    def local(frame: FrameType, event: str, arg: Any) -> Callable[..., Any]:
        nonlocal count
        if event == "line":
            count += 1
        return local

    def calls(frame: FrameType, event: str, arg: Any) -> Callable[..., Any]:
        return local

    previous = sys.gettrace()
    sys.settrace(calls)
    try:
        work()
    finally:
        sys.settrace(previous)
    return count


def grows_linearly(work_of: Callable[[int], int], small: int, *, factor: int = 4, slack: float = 1.5) -> bool:
    """Whether the work of size ``factor * small`` is at most ``slack * factor`` times that of size ``small``.

    A quadratic cost would grow ``factor ** 2`` times (sixteen for the default), far above the bound.
    """
    return work_of(factor * small) <= slack * factor * work_of(small)
