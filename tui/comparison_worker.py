"""ComparisonWorker: compares the reports of one event in a thread and posts the progress and the result up.

The claim view shows its outlets at once; the pairwise alignments (one for each two reports: 45 for ten) run in a
worker thread, each reported as it finishes, so keys, scrolling and quitting never wait for them. Quitting cancels
the worker: it stops after the alignment in hand.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from textual.dom import DOMNode
from textual.message import Message
from textual.worker import get_current_worker

from core.align import AlignSettings
from core.claims import Comparison
from core.errors import StorydiffError
from core.models import Article


@dataclass
class ComparisonProgress(Message):
    """One more pairwise alignment is done."""

    done: int
    """Alignments finished."""
    total: int
    """Alignments in all."""


@dataclass
class ComparisonReady(Message):
    """The comparison is computed."""

    comparison: Comparison
    """The finished comparison."""


@dataclass
class ComparisonFailed(Message):
    """Comparing raised a storydiff error."""

    error: str
    """What went wrong, in one line."""


class _Cancelled(Exception):
    """The worker was cancelled between two alignments."""


def compare(
    articles: Sequence[Article], settings: AlignSettings, progress: Callable[[int, int], object] | None = None
) -> Comparison:
    """:func:`core.align.compare`, imported on first use (numpy and rapidfuzz load after the first frame)."""
    from core.align import compare as compare_articles

    return compare_articles(articles, settings=settings, progress=progress)


class ComparisonWorker:
    """Compares for one screen (its ``host``), once."""

    def __init__(self, host: DOMNode) -> None:
        """Work for ``host``, the screen that shows the comparison."""
        self._host = host
        self.started = False
        """Whether the comparison has been started."""

    def start(self, articles: Sequence[Article], settings: AlignSettings) -> None:
        """Compare ``articles`` in a thread worker of the host (the first time only)."""
        if self.started:
            return
        self.started = True
        job = partial(self._compare, tuple(articles), settings)
        self._host.run_worker(job, name="compare", group="compare", exclusive=True, thread=True)

    def _compare(self, articles: tuple[Article, ...], settings: AlignSettings) -> None:
        """Compare (in the worker thread), posting progress after each alignment, then the result."""
        worker = get_current_worker()

        def progress(done: int, total: int) -> None:
            if worker.is_cancelled:
                raise _Cancelled
            self._host.post_message(ComparisonProgress(done, total))

        try:
            result = compare(articles, settings, progress)
        except _Cancelled:
            return
        except StorydiffError as error:
            self._host.post_message(ComparisonFailed(str(error)))
            return
        self._host.post_message(ComparisonReady(result))
