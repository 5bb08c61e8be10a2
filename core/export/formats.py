"""Exporting an :class:`~core.models.Alignment` as text, Markdown, JSON or HTML.

Every format renders the same Alignment object in the same item order, so exports agree with the reader
and with each other. Nothing here imports Textual; the command line and the reader's export dialog both
call :func:`render` / :func:`write_export`.

Example::

    from core.export.formats import write_export
    write_export(alignment, Path("comparison.html"))  # format from the extension
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Literal, get_args

from core.errors import ExportError
from core.export.as_html import render_html
from core.export.as_json import render_json
from core.export.as_markdown import render_markdown
from core.export.as_text import render_text
from core.export.atomic import atomic_write_text
from core.models import Alignment, Article

ExportFormat = Literal["text", "markdown", "json", "html"]
"""The export formats."""

FORMATS: tuple[ExportFormat, ...] = get_args(ExportFormat)
"""Every export format, in menu order."""

SUFFIXES: Mapping[str, ExportFormat] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".json": "json",
    ".html": "html",
    ".htm": "html",
}
"""File name endings and the format each implies; any other ending means text."""

DEFAULT_SUFFIX: Mapping[ExportFormat, str] = {
    "text": ".txt",
    "markdown": ".md",
    "json": ".json",
    "html": ".html",
}
"""The usual file name ending of each format (for save dialogs)."""

_RENDERERS: Mapping[ExportFormat, Callable[[Alignment], str]] = {
    "text": render_text,
    "markdown": render_markdown,
    "json": render_json,
    "html": render_html,
}


def format_for_path(path: Path) -> ExportFormat:
    """The format a file name implies.

    ``.txt`` text, ``.md``/``.markdown`` Markdown, ``.json`` JSON, ``.html``/``.htm`` HTML; any other ending
    (or none) means text. The check ignores case.
    """
    return SUFFIXES.get(Path(path).suffix.lower(), "text")


def export_path(name: str) -> Path:
    """The file an export is asked to go to, from its name as typed (``-o NAME``, the reader's export field).

    Raises:
        ExportError: ``name`` ends in a folder separator (``newdir/``): it names a folder, and a path would drop the
            separator and write a file called ``newdir``.
    """
    separators = tuple(sep for sep in (os.sep, os.altsep, "/") if sep)
    if name.endswith(separators):
        raise ExportError(
            f"{name} names a folder, not a file (it ends in {name[-1]}); give the file to write, "
            f"for example {name}comparison.html"
        )
    return Path(name)


def render(alignment: Alignment, fmt: ExportFormat) -> str:
    """Render ``alignment`` in format ``fmt``.

    Args:
        alignment: What to export.
        fmt: One of :data:`FORMATS`.

    Returns:
        The document, ending with a newline.

    Raises:
        ExportError: ``fmt`` is not a known format.
    """
    renderer = _RENDERERS.get(fmt)
    if renderer is None:
        raise ExportError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    return renderer(alignment)


def write_export(alignment: Alignment, path: Path, fmt: ExportFormat | None = None, *, overwrite: bool = True) -> Path:
    """Render ``alignment`` and write it to ``path`` atomically (temporary file beside it, then rename).

    A failure never leaves a half-written file, and the input articles are never written to.

    Args:
        alignment: What to export.
        path: The file to write.
        fmt: The format; by default the one ``path``'s extension implies (:func:`format_for_path`).
        overwrite: Whether an existing file may be replaced.

    Returns:
        The path written.

    Raises:
        ExportError: unknown format, ``path`` is one of the two input articles, ``path`` is unwritable, or it
            exists and ``overwrite`` is false.
    """
    path = Path(path)
    fmt = fmt or format_for_path(path)
    text = render(alignment, fmt)
    for article in (alignment.left, alignment.right):
        if _same_file(path, article):
            where = " (standard input, redirected from that file)" if article.source_file else ""
            raise ExportError(f"refusing to write over the input article {article.path}{where}")
    return atomic_write_text(path, text, overwrite=overwrite)


def _same_file(path: Path, article: Article) -> bool:
    """Whether ``path`` is the same existing file as the article's source: its path, or for standard input the file
    it was redirected from (a URL or a pipe is never a file here)."""
    try:
        if article.source_file is not None:
            info = path.stat()
            return (info.st_dev, info.st_ino) == article.source_file
        if article.path == "-" or "://" in article.path:
            return False
        return os.path.samefile(path, article.path)
    except OSError:
        return False
