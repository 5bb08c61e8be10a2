"""Messages that cross widget boundaries: the results of alignment work, posted up to the reader screen."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from core.models import Alignment


@dataclass
class AlignmentReady(Message):
    """An alignment finished in a worker thread."""

    alignment: Alignment
    """The finished alignment."""
    keep: tuple[str, str] | None = None
    """(side, segment id) the reader should stay on, e.g. across a swap of sides."""


@dataclass
class AlignmentFailed(Message):
    """Aligning raised a storydiff error."""

    error: str
    """What went wrong, in one line, for a notification."""
