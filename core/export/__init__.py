"""Writing an alignment out: text, Markdown, JSON and HTML, written atomically; the versioned JSON record.

Public names: :data:`FORMATS`, :data:`ExportFormat` and :data:`DEFAULT_SUFFIX` (the formats),
:func:`format_for_path` (a format from a file name), :func:`export_path` (the file a typed name asks for),
:func:`render` (an alignment as a string),
:func:`write_export` (to a file, atomically); :func:`alignment_to_dict`, :func:`alignment_from_dict` and
:func:`article_to_dict` (the JSON record), :func:`dumps` (JSON as storydiff writes it); :func:`render_article` (how
one article was read, as text); :func:`safe_text` (control characters and escape sequences made harmless);
:func:`side_name` and :func:`side_names` (what the two articles are called: outlet, else file name); :func:`places`
(names the passage holding a segment by its item's number, for reasons whose evidence is said elsewhere);
:func:`atomic_write_text` (any text to a file, atomically). Loaded on first use. For a comparison of several reports:
:func:`render_comparison`, :func:`write_comparison_export`,
:func:`comparison_to_dict` and :func:`comparison_from_dict` (the ``storydiff.comparison`` record).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.lazy import lazy_names

if TYPE_CHECKING:
    from core.export.as_json import dumps
    from core.export.as_text import render_article
    from core.export.atomic import atomic_write_text
    from core.export.common import places, safe_text, side_name, side_names
    from core.export.comparison_formats import render_comparison, write_comparison_export
    from core.export.comparison_record import comparison_from_dict, comparison_to_dict
    from core.export.formats import (
        DEFAULT_SUFFIX,
        FORMATS,
        ExportFormat,
        export_path,
        format_for_path,
        render,
        write_export,
    )
    from core.export.record import alignment_from_dict, alignment_to_dict, article_to_dict
else:
    __getattr__ = lazy_names(
        globals(),
        {
            "core.export.as_json": ("dumps",),
            "core.export.atomic": ("atomic_write_text",),
            "core.export.as_text": ("render_article",),
            "core.export.common": ("places", "safe_text", "side_name", "side_names"),
            "core.export.comparison_formats": ("render_comparison", "write_comparison_export"),
            "core.export.comparison_record": ("comparison_from_dict", "comparison_to_dict"),
            "core.export.formats": (
                "DEFAULT_SUFFIX",
                "FORMATS",
                "ExportFormat",
                "export_path",
                "format_for_path",
                "render",
                "write_export",
            ),
            "core.export.record": ("alignment_from_dict", "alignment_to_dict", "article_to_dict"),
        },
    )

__all__ = [
    "DEFAULT_SUFFIX",
    "FORMATS",
    "ExportFormat",
    "alignment_from_dict",
    "alignment_to_dict",
    "article_to_dict",
    "atomic_write_text",
    "comparison_from_dict",
    "comparison_to_dict",
    "dumps",
    "export_path",
    "format_for_path",
    "places",
    "render",
    "render_article",
    "render_comparison",
    "safe_text",
    "side_name",
    "side_names",
    "write_comparison_export",
    "write_export",
]
