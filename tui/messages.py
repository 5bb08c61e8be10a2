"""Messages that cross widget boundaries: the results of background alignment work."""

from __future__ import annotations

from textual.message import Message

from core.models import Alignment


class AlignmentReady(Message):
    """An alignment finished in a worker thread."""

    def __init__(self, alignment: Alignment, *, keep: tuple[str, str] | None = None) -> None:
        super().__init__()
        self.alignment = alignment
        """The finished alignment."""
        self.keep = keep
        """(side, segment id) the reader should stay on, e.g. across a swap of sides."""


class AlignmentFailed(Message):
    """Aligning raised a storydiff error; ``error`` is its one-line message."""

    def __init__(self, error: str) -> None:
        super().__init__()
        self.error = error
        """What went wrong, for a notification."""
