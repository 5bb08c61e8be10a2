"""storydiff's pure logic: reading articles and aligning them. Never imports Textual.

The public names are loaded on first use (PEP 562), so ``import core.reading.load`` does not pay for the aligner's
numpy and rapidfuzz imports: the command line and the reader start faster.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from core.align.aligner import align
    from core.align.settings import AlignSettings
    from core.errors import AlignmentError, ArticleError, ExportError, StorydiffError
    from core.models import AlignedItem, Alignment, Article, DiffOp, Reason, Segment, Summary
    from core.reading.load import load_article

_WHERE = {
    "align": "core.align.aligner",
    "AlignmentError": "core.errors",
    "ArticleError": "core.errors",
    "ExportError": "core.errors",
    "StorydiffError": "core.errors",
    "load_article": "core.reading.load",
    "AlignedItem": "core.models",
    "Alignment": "core.models",
    "Article": "core.models",
    "DiffOp": "core.models",
    "Reason": "core.models",
    "Segment": "core.models",
    "Summary": "core.models",
    "AlignSettings": "core.align.settings",
}

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


def __getattr__(name: str) -> Any:
    """Import a public name from the module that holds it, on first use."""
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'core' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value
