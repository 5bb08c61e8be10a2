"""storydiff's pure logic: reading articles and aligning them. Never imports Textual.

The stages are subpackages, each with its own public names: :mod:`core.text` (tokens, normalised terms),
:mod:`core.reading` (bytes, files and URLs in; an :class:`Article` out), :mod:`core.align` (two articles in; an
:class:`Alignment` out) and :mod:`core.export` (an alignment out as text, Markdown, JSON or HTML). The records and
the error types live at the root (:mod:`core.models`, :mod:`core.errors`) and are re-exported here, with the loader
and the aligner's settings. The aligner itself is ``core.align.align`` (the name ``core.align`` is its package).

Every name is loaded on first use (PEP 562), so ``import core.reading`` does not pay for the aligner's numpy and
rapidfuzz imports: the command line and the reader start faster.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.lazy import lazy_names

if TYPE_CHECKING:
    from core.align import AlignSettings
    from core.errors import AlignmentError, ArticleError, ExportError, StorydiffError
    from core.models import AlignedItem, Alignment, Article, DiffOp, Reason, Segment, Summary
    from core.reading import load_article
else:
    __getattr__ = lazy_names(
        globals(),
        {
            "core.align": ("AlignSettings",),
            "core.errors": ("AlignmentError", "ArticleError", "ExportError", "StorydiffError"),
            "core.models": ("AlignedItem", "Alignment", "Article", "DiffOp", "Reason", "Segment", "Summary"),
            "core.reading": ("load_article",),
        },
    )

__all__ = [
    "AlignSettings",
    "AlignedItem",
    "Alignment",
    "AlignmentError",
    "Article",
    "ArticleError",
    "DiffOp",
    "ExportError",
    "Reason",
    "Segment",
    "StorydiffError",
    "Summary",
    "load_article",
]
