"""AlignmentWorker: how the reader screen gets its alignments, after its first frame and on each swap of sides.

The first frame shows both articles as read, with "aligning…" in the status line; only then does the aligner
run (and import numpy and rapidfuzz): a small pair on the event loop, a big one in a child process
(:mod:`tui.align_process`) that quitting ends at once, so neither slows a key press. A swap of sides runs in a
daemon thread (:mod:`tui.background`). A result from the background, and any failure, is posted up to the
screen as a message (:mod:`tui.messages`) carrying the number of the request it answers, so a result overtaken
by a later request (a second swap before the first arrived) is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.dom import DOMNode

from core.align import AlignSettings
from core.errors import StorydiffError
from core.models import Alignment, Article
from tui.align_process import AlignerProcess, AlignerStopped
from tui.background import in_daemon_thread
from tui.messages import AlignmentFailed, AlignmentReady
from tui.navigation import Position

SYNC_ALIGN_LIMIT = 200
"""Up to this many segments (both articles together), the pair is aligned on the event loop just after the
first frame; above it, in a child process."""


def align(left: Article, right: Article, *, settings: AlignSettings | None = None) -> Alignment:
    """:func:`core.align.aligner.align`, imported on first use: numpy and rapidfuzz load after the first frame."""
    from core.align import align as align_articles

    return align_articles(left, right, settings=settings)


def align_elsewhere(aligner: AlignerProcess, left: Article, right: Article, *, settings: AlignSettings) -> Alignment:
    """Align a big pair in ``aligner``'s child process, blocking the calling (daemon) thread until it answers."""
    return aligner.align(left, right, settings)


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

    Every request gets the next number; the result of a thread comes back as
    :class:`~tui.messages.AlignmentReady` or :class:`~tui.messages.AlignmentFailed` with that number, and the
    host shows it only if :meth:`is_current` says no later request has been made.
    """

    def __init__(self, host: DOMNode) -> None:
        """Work for ``host``, the screen that shows the alignments."""
        self._host = host
        self._started = False
        self._request = 0
        self._swapping = False
        self._process: AlignerProcess | None = None

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
            self._process = AlignerProcess()
            job = partial(align_elsewhere, self._process, left, right, settings=settings)
            self._launch(job, "storydiff-align", keep=None)
            return None
        try:
            return align(left, right, settings=settings)
        except Exception as error:
            self._request += 1
            self._host.post_message(AlignmentFailed(failure(error), request=self._request))
            return None

    def swap(self, alignment: Alignment, keep: Position | None) -> None:
        """Exchange the sides of ``alignment`` in a thread; ``keep`` comes back with the result.

        A second swap before the first has arrived cancels both: the first result is dropped, and the screen
        stays as it is, which is where two swaps lead.
        """
        if self._swapping:
            self._request += 1
            self._swapping = False
            return
        self._swapping = True
        self._launch(partial(swap_sides, alignment), "storydiff-swap", keep=keep)

    def is_current(self, request: int) -> bool:
        """Whether a result answers the latest request (else it is stale and must be dropped)."""
        if request != self._request:
            return False
        self._swapping = False
        return True

    def stop(self) -> None:
        """End any alignment still running (the screen is going away)."""
        self._request += 1
        if self._process is not None:
            self._process.stop()

    def _launch(self, job: Callable[[], Alignment], name: str, *, keep: Position | None) -> None:
        """Run ``job`` in a daemon thread, watched by an async worker of the host (cancelled when it goes)."""
        self._request += 1
        request = self._request
        self._host.run_worker(self._watch(job, name, request, keep), name=name, group="align")

    async def _watch(self, job: Callable[[], Alignment], name: str, request: int, keep: Position | None) -> None:
        """Wait for ``job`` and post its result (or its failure) to the host."""
        try:
            result = await in_daemon_thread(job, name=name)
        except AlignerStopped:
            return  # stopped on purpose: the screen has gone
        except Exception as error:
            self._host.post_message(AlignmentFailed(failure(error), request=request))
            return
        self._host.post_message(AlignmentReady(result, keep=keep, request=request))
