"""Exporting a :class:`~core.claims.Comparison` of several reports as text, Markdown, JSON or HTML.

The same four formats as a pair's export (:mod:`core.export.formats`), chosen the same way (by ``--format`` or
the file's extension) and written the same way (atomically, never over an input article). Every format renders
the same Comparison, groups in the same order, so the exports agree with the reader and with each other.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path

from core.claims import Comparison
from core.errors import ExportError
from core.export.as_json import dumps
from core.export.atomic import atomic_write_text
from core.export.comparison_html import render_comparison_html
from core.export.comparison_markdown import render_comparison_markdown
from core.export.comparison_record import comparison_to_dict
from core.export.comparison_text import render_comparison_text
from core.export.formats import FORMATS, ExportFormat, format_for_path


def render_comparison_json(comparison: Comparison) -> str:
    """The comparison's JSON record (``storydiff.comparison``), written as every storydiff JSON is."""
    return dumps(comparison_to_dict(comparison))


_RENDERERS: Mapping[ExportFormat, Callable[[Comparison], str]] = {
    "text": render_comparison_text,
    "markdown": render_comparison_markdown,
    "json": render_comparison_json,
    "html": render_comparison_html,
}


def render_comparison(comparison: Comparison, fmt: ExportFormat) -> str:
    """Render ``comparison`` in format ``fmt`` (one of :data:`~core.export.formats.FORMATS`).

    Raises:
        ExportError: ``fmt`` is not a known format.
    """
    renderer = _RENDERERS.get(fmt)
    if renderer is None:
        raise ExportError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    return renderer(comparison)


def write_comparison_export(
    comparison: Comparison, path: Path, fmt: ExportFormat | None = None, *, overwrite: bool = True
) -> Path:
    """Render ``comparison`` and write it to ``path`` atomically.

    Args:
        comparison: What to export.
        path: The file to write.
        fmt: The format; by default the one ``path``'s extension implies.
        overwrite: Whether an existing file may be replaced.

    Returns:
        The path written.

    Raises:
        ExportError: unknown format, ``path`` is one of the input articles, unwritable, or exists and
            ``overwrite`` is false.
    """
    path = Path(path)
    fmt = fmt or format_for_path(path)
    text = render_comparison(comparison, fmt)
    for article in comparison.articles:
        if _same_file(path, article.path):
            raise ExportError(f"refusing to write over the input article {article.path}")
    return atomic_write_text(path, text, overwrite=overwrite)


def _same_file(path: Path, source: str) -> bool:
    """Whether ``path`` is the same existing file as the article source ``source`` (a path, ``-``, a URL)."""
    if source == "-" or "://" in source:
        return False
    try:
        return os.path.samefile(path, source)
    except OSError:
        return False
