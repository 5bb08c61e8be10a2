"""storydiff's own error types. ``core`` raises only these; the command line turns them into one-line errors."""

from __future__ import annotations


class StorydiffError(Exception):
    """Base class of every error storydiff reports to the user as ``storydiff: error: …``."""


class ArticleError(StorydiffError):
    """An input could not be read as an article (missing, unreadable, binary, empty, not an article…)."""


class AlignmentError(StorydiffError):
    """Two articles could not be aligned (e.g. settings out of range)."""


class ExportError(StorydiffError):
    """An alignment could not be written (unwritable path, unknown format…)."""
