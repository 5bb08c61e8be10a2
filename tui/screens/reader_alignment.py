"""AlignmentWorker: how the reader screen gets its alignments, after its first frame and on each swap of sides.

The first frame shows both articles as read, with "aligning…" in the status line; only then does the aligner
run (and import numpy and rapidfuzz): a small pair on the event loop, a big one in a worker thread. A result
from a thread, and any failure, is posted up to the screen as a message (:mod:`tui.messages`).
"""

from __future__ import annotations

from functools import partial

from textual.dom import DOMNode

from core.align import AlignSettings
from core.errors import StorydiffError
from core.models import Alignment, Article
from tui.messages import AlignmentFailed, AlignmentReady
from tui.navigation import Position

SYNC_ALIGN_LIMIT = 200
"""Up to this many segments (both articles together), the pair is aligned on the event loop just after the
first frame; above it, in a worker thread."""


def align(left: Article, right: Article, *, settings: AlignSettings | None = None) -> Alignment:
    """:func:`core.align.aligner.align`, imported on first use: numpy and rapidfuzz load after the first frame."""
    from core.align import align as align_articles

    return align_articles(left, right, settings=settings)


def swap_sides(alignment: Alignment) -> Alignment:
    """:func:`core.align.aligner.swap_sides`, imported on first use."""
    from core.align import swap_sides as swap

    return swap(alignment)


def failure(error: Exception) -> str:
    """One line for work on a pair (reading, aligning) that raised ``error``: storydiff's own message, or, for
    anything else (a bug), its type and text, so the screen shows it instead of dying."""
    if isinstance(error, StorydiffError):
        return str(error)
    return f"unexpected {type(error).__name__}: {error} (a bug in storydiff; please report it)"


class AlignmentWorker:
    """Aligns for one screen (its ``host``): the pair, once, and each swap of sides.

    Work in a thread belongs to the host (it ends when the host goes) and reports back as
    :class:`~tui.messages.AlignmentReady` or :class:`~tui.messages.AlignmentFailed` posted to the host.
    """

    def __init__(self, host: DOMNode) -> None:
        """Work for ``host``, the screen that shows the alignments."""
        self._host = host
        self._started = False

    def start(self, left: Article, right: Article, *, settings: AlignSettings) -> Alignment | None:
        """Align the pair, the first time only: a small one right here on the event loop, a big one in a thread.

        The screen calls this as soon as its first frame is out. A small pair takes about 0.2 s the first time,
        mostly importing the aligner; here it lands sooner than in a thread that competes with the reader's
        own start-up for the interpreter, and keys pressed meanwhile wait, then act on the alignment. A big
        pair aligns in a thread, so input is never blocked for long.

        Returns:
            The alignment when it was computed here; ``None`` when it will arrive as a message (or already
            has been started, or failed: the failure is posted).
        """
        if self._started:
            return None
        self._started = True
        if len(left.segments) + len(right.segments) > SYNC_ALIGN_LIMIT:
            self._in_thread(partial(self._align, left, right, settings), "align")
            return None
        try:
            return align(left, right, settings=settings)
        except Exception as error:  # any failure is shown; the reader carries on
            self._host.post_message(AlignmentFailed(failure(error)))
            return None

    def swap(self, alignment: Alignment, keep: Position | None) -> None:
        """Exchange the sides of ``alignment`` in a thread; ``keep`` comes back with the result."""
        self._in_thread(partial(self._swap, alignment, keep), "swap")

    def _in_thread(self, job: partial[None], name: str) -> None:
        """Run ``job`` in a thread worker of the host, cancelling any alignment work still running there."""
        self._host.run_worker(job, name=name, group="align", exclusive=True, thread=True)

    def _align(self, left: Article, right: Article, settings: AlignSettings) -> None:
        """Align the pair (in the worker thread) and post the result."""
        try:
            result = align(left, right, settings=settings)
        except Exception as error:  # any failure is shown for this pair; the reader carries on
            self._host.post_message(AlignmentFailed(failure(error)))
            return
        self._host.post_message(AlignmentReady(result))

    def _swap(self, alignment: Alignment, keep: Position | None) -> None:
        """Swap the sides (in the worker thread) and post the result."""
        try:
            result = swap_sides(alignment)
        except Exception as error:  # any failure is shown for this pair; the reader carries on
            self._host.post_message(AlignmentFailed(failure(error)))
            return
        self._host.post_message(AlignmentReady(result, keep=keep))
