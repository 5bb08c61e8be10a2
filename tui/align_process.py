"""Aligning in a child process (:mod:`tui.align_worker`) that the reader can end at any moment, and that ends with it.

:class:`AlignerProcess` starts the child on first use and talks to it over pipes; :func:`stop_all` ends every
child, as the reader quits. A call blocks its thread until the answer comes (run it with
:func:`tui.background.in_daemon_thread`); if the process is stopped meanwhile, the call raises
:class:`AlignerStopped`.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import subprocess
import sys
import threading
import weakref
from pathlib import Path
from typing import Any

from core.align import AlignSettings
from core.errors import StorydiffError
from core.models import Alignment, Article

_live: weakref.WeakSet[AlignerProcess] = weakref.WeakSet()


class AlignerStopped(Exception):
    """The aligner process ended before it answered (the reader stopped it, or it died)."""


class AlignerProcess:
    """One child process aligning pairs, one request at a time."""

    def __init__(self) -> None:
        self._process: subprocess.Popen[bytes] | None = None
        self._lifeline: int | None = None
        self._lock = threading.Lock()
        self._stopped = False
        _live.add(self)

    def align(self, left: Article, right: Article, settings: AlignSettings) -> Alignment:
        """Align two articles in the child.

        Raises:
            StorydiffError: the aligner refused the pair (or failed; the message says so).
            AlignerStopped: the process was stopped, or died, before it answered.
        """
        return self._call(("align", left, right, settings))

    def align_files(self, left: Path, right: Path, settings: AlignSettings) -> Alignment:
        """Read, check and align two article files in the child (errors as for :meth:`align`)."""
        return self._call(("pair", str(left.absolute()), str(right.absolute()), settings))

    def _call(self, request: tuple[Any, ...]) -> Alignment:
        with self._lock:
            process = self._start()
            assert process.stdin is not None
            assert process.stdout is not None
            try:
                pickle.dump(request, process.stdin, protocol=pickle.HIGHEST_PROTOCOL)
                process.stdin.flush()
                status, value = pickle.load(process.stdout)
            except (OSError, EOFError, pickle.UnpicklingError, ValueError) as error:
                self.stop()
                raise AlignerStopped(f"the aligner process ended ({type(error).__name__})") from None
        if status != "ok":
            raise StorydiffError(str(value))
        if not isinstance(value, Alignment):
            raise AlignerStopped(f"the aligner process sent {type(value).__name__}, not an alignment")
        return value

    def _start(self) -> subprocess.Popen[bytes]:
        if self._stopped:
            raise AlignerStopped("the aligner process was stopped")
        if self._process is None or self._process.poll() is not None:
            self._close_lifeline()
            child_end, self._lifeline = os.pipe()
            try:
                self._process = subprocess.Popen(
                    [sys.executable, "-m", "tui.align_worker", "--lifeline", str(child_end)],
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.DEVNULL,
                    env=dict(os.environ, PYTHONPATH=_python_path()),
                    pass_fds=(child_end,),
                    start_new_session=True,  # a Ctrl+C typed at the terminal is the reader's to handle
                )
            finally:
                os.close(child_end)
        return self._process

    def _close_lifeline(self) -> None:
        if self._lifeline is not None:
            with contextlib.suppress(OSError):
                os.close(self._lifeline)
            self._lifeline = None

    def stop(self) -> None:
        """End the child now (any call waiting on it raises :class:`AlignerStopped`); later calls refuse."""
        self._stopped = True
        self._close_lifeline()
        process = self._process
        if process is not None and process.poll() is None:
            process.kill()


def stop_all() -> None:
    """End every aligner process (the reader is quitting)."""
    for aligner in list(_live):
        aligner.stop()


def _package_root() -> str:
    """The folder holding the ``tui`` and ``core`` packages (the child imports them from there first)."""
    return str(Path(__file__).resolve().parent.parent)


def _python_path() -> str:
    """``PYTHONPATH`` for the child: the package root first, then whatever the reader had."""
    inherited = os.environ.get("PYTHONPATH", "")
    return os.pathsep.join(part for part in (_package_root(), inherited) if part)
