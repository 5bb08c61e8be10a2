"""storydiff's pure logic: reading articles and aligning them. Never imports Textual."""

from __future__ import annotations

from core.align import align
from core.errors import AlignmentError, ArticleError, ExportError, StorydiffError
from core.load import load_article
from core.models import AlignedItem, Alignment, Article, DiffOp, Reason, Segment, Summary
from core.settings import AlignSettings

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
    "align",
    "load_article",
]
