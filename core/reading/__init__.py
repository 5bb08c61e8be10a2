"""Reading an article: bytes, files, URLs, Markdown and HTML in; an :class:`~core.models.Article` with roles out.

Public names: :func:`load_article` (a file or ``-``), :func:`load_bytes` and :func:`parse_text` (data already in
hand), :func:`load_source` (a file, ``-`` or an http(s) URL), :func:`require_article` and :data:`MAX_TEXT_CHARS`
(refusing what is not an article, or too long to compare), :func:`load_library` and :class:`PairEntry` (pair
folders), :func:`read_toml` (a manifest's tables), :func:`load_events` and :class:`EventEntry` (folders of the
reports of one or many events), :func:`split_sentences` (sentence spans of a passage), :func:`hand_layout` and
:class:`HandLayout` (a page's paragraphs with the hand rules' roles, before its metadata is read: what
``bench.fit_lines`` measures a line classifier against) with the shape tests the hand rules read lines by
(:data:`PROSE_END`, :func:`is_navigation`, :func:`is_lone_word`, :func:`glued_teaser`). Loaded on first use, so
reading a file never imports the network client or the HTML extractor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.lazy import lazy_names

if TYPE_CHECKING:
    from core.reading.article_check import MAX_TEXT_CHARS, require_article
    from core.reading.article_run import glued_teaser
    from core.reading.clean import HandLayout, hand_layout
    from core.reading.clean_context import PROSE_END, is_lone_word
    from core.reading.events import EventEntry, load_events
    from core.reading.fetch import load_source
    from core.reading.headline import is_navigation
    from core.reading.library import PairEntry, load_library, read_toml
    from core.reading.load import load_article, load_bytes, parse_text
    from core.reading.sentences import split_sentences
else:
    __getattr__ = lazy_names(
        globals(),
        {
            "core.reading.article_check": ("MAX_TEXT_CHARS", "require_article"),
            "core.reading.article_run": ("glued_teaser",),
            "core.reading.clean": ("HandLayout", "hand_layout"),
            "core.reading.clean_context": ("PROSE_END", "is_lone_word"),
            "core.reading.events": ("EventEntry", "load_events"),
            "core.reading.fetch": ("load_source",),
            "core.reading.headline": ("is_navigation",),
            "core.reading.library": ("PairEntry", "load_library", "read_toml"),
            "core.reading.load": ("load_article", "load_bytes", "parse_text"),
            "core.reading.sentences": ("split_sentences",),
        },
    )

__all__ = [
    "MAX_TEXT_CHARS",
    "PROSE_END",
    "EventEntry",
    "HandLayout",
    "PairEntry",
    "glued_teaser",
    "hand_layout",
    "is_lone_word",
    "is_navigation",
    "load_article",
    "load_bytes",
    "load_events",
    "load_library",
    "load_source",
    "parse_text",
    "read_toml",
    "require_article",
    "split_sentences",
]
