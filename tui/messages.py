"""Messages that cross widget boundaries: the results of alignment work, posted up to the reader screen."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from core.models import Alignment
from tui.navigation import Position


@dataclass
class AlignmentReady(Message):
    """An alignment (or a swap of sides) finished in a thread."""

    alignment: Alignment
    """The finished alignment."""
    keep: Position | None = None
    """A position from before a swap of sides, for the reader to stay on."""
    request: int = 0
    """The number of the request this answers (see :class:`~tui.screens.reader_alignment.AlignmentWorker`)."""


@dataclass
class AlignmentFailed(Message):
    """Aligning (or swapping) raised an error (storydiff's own, or an unexpected one)."""

    error: str
    """What went wrong, in one line, for a notification."""
    request: int = 0
    """The number of the request this answers."""
