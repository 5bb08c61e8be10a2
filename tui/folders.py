"""Opening a folder: a picker over its pairs, the comparison of its one event, or a picker over its events."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from core.reading import PairEntry, load_article, load_events, require_article

if TYPE_CHECKING:
    from core.align import AlignSettings
    from tui.app import StorydiffApp


def folder_app(folder: Path, *, settings: AlignSettings | None = None, allow_outside: bool = False) -> StorydiffApp:
    """The app for ``storydiff DIR`` (see :func:`core.reading.load_events` for what a folder may hold).

    Pairs only: the pair picker. One event of three or more reports: its comparison, read now so a bad article is a
    one-line error. Anything else: the event picker. The factories are looked up when called (the command line's
    tests stand in their own). ``allow_outside`` lets the folder name files outside itself.

    Raises:
        StorydiffError: the folder, its manifest or (for one event) one of its articles cannot be read.
    """
    entries = load_events(folder, allow_outside=allow_outside)
    if all(len(entry.articles) == 2 for entry in entries):
        from tui.app import make_library_app

        pairs = [PairEntry(entry.name, entry.articles[0], entry.articles[1]) for entry in entries]
        return make_library_app(pairs, settings=settings)
    if len(entries) == 1:
        from tui.app import make_comparison_app

        articles = [require_article(load_article(path)) for path in entries[0].articles]
        return make_comparison_app(articles, settings=settings)
    from tui.app import make_event_app

    return make_event_app(entries, settings=settings)
