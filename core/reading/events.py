"""Event folders: the reports of one event, or of many events, as the reader opens a folder.

``storydiff DIR`` reads ``DIR`` as:

- a ``pairs.toml`` manifest: its ``[[pair]]`` tables (read by :func:`core.reading.library.load_library`), then its
  ``[[event]]`` tables, each naming 2 to 10 articles::

      [[event]]
      name = "Seoul summons Russian envoy (21 Oct 2024)"
      articles = ["guardian.txt", "kyiv-independent.txt", "example-wire.txt"]

- else, a folder holding 2 to 10 article files: one event, named after the folder, the files in name order;
- else, a folder of event folders (one folder per event, BASIL-like): each subfolder holding 2 to 10 article files
  is an event, in name order; other subfolders are passed over.

Paths in a manifest are relative to its folder and stay inside it unless the caller allows otherwise (see
:func:`core.reading.library.load_library`); the manifest is UTF-8, with or without a byte-order mark.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.claims import MAX_ARTICLES, MIN_ARTICLES
from core.errors import ArticleError
from core.reading.library import ARTICLE_SUFFIXES, MANIFEST, check_inside, load_library, read_toml


@dataclass(frozen=True)
class EventEntry:
    """The reports of one event in a folder: two (a pair) or more."""

    name: str
    """The event's display name."""
    articles: tuple[Path, ...]
    """The article files, in the order the outlets are listed."""


def load_events(directory: Path, *, allow_outside: bool = False) -> tuple[EventEntry, ...]:
    """Read the events of a folder (see the module's description); ``allow_outside`` lets a manifest name files
    outside the folder.

    Returns:
        The events, in manifest or name order (at least one).

    Raises:
        ArticleError: the folder is missing; the manifest is malformed, names missing files or files outside the
            folder, repeats a name or gives an event fewer than 2 or more than 10 articles; a folder without a
            manifest holds one article file or more than 10, or no article files and no subfolder of 2 to 10.
    """
    directory = Path(directory)
    if not directory.is_dir():
        raise ArticleError(f"{directory} is not a folder")
    manifest = directory / MANIFEST
    if manifest.is_file():
        return _read_manifest(manifest, allow_outside=allow_outside)
    files = article_files(directory)
    if files:
        if not MIN_ARTICLES <= len(files) <= MAX_ARTICLES:
            listed = ", ".join(path.name for path in files[:12]) + (", …" if len(files) > 12 else "")
            raise ArticleError(
                f"{directory} has no {MANIFEST} and holds {len(files)} article files ({listed}); an event folder "
                f"needs {MIN_ARTICLES} to {MAX_ARTICLES}, or a {MANIFEST} listing its pairs and events"
            )
        return (EventEntry(directory.resolve().name or str(directory), tuple(files)),)
    events = tuple(
        EventEntry(folder.name, tuple(found))
        for folder in _subfolders(directory)
        if MIN_ARTICLES <= len(found := article_files(folder)) <= MAX_ARTICLES
    )
    if not events:
        raise ArticleError(
            f"{directory} holds no article files, no {MANIFEST} and no event folders "
            f"(subfolders of {MIN_ARTICLES} to {MAX_ARTICLES} article files)"
        )
    return events


def article_files(directory: Path) -> list[Path]:
    """The article files of a folder (by their endings; hidden files left out), in name order."""
    try:
        return sorted(
            path
            for path in directory.iterdir()
            if path.is_file() and not path.name.startswith(".") and path.suffix.lower() in ARTICLE_SUFFIXES
        )
    except OSError as exc:
        raise ArticleError(f"cannot list {directory}: {exc}") from exc


def _subfolders(directory: Path) -> list[Path]:
    """The visible subfolders of a folder, in name order."""
    try:
        return sorted(path for path in directory.iterdir() if path.is_dir() and not path.name.startswith("."))
    except OSError as exc:
        raise ArticleError(f"cannot list {directory}: {exc}") from exc


def _read_manifest(manifest: Path, *, allow_outside: bool) -> tuple[EventEntry, ...]:
    """The ``[[pair]]`` and ``[[event]]`` tables of a manifest, pairs first."""
    data = read_toml(manifest)
    tables = data.get("event", [])
    if not isinstance(tables, list):
        raise ArticleError(f"{manifest}: event must be [[event]] tables")
    entries: list[EventEntry] = []
    if "pair" in data or not tables:
        entries += [
            EventEntry(pair.name, (pair.left, pair.right))
            for pair in load_library(manifest.parent, allow_outside=allow_outside)
        ]
    seen = {entry.name for entry in entries}
    for number, table in enumerate(tables, start=1):
        entry = _event(manifest, number, table)
        if not allow_outside:
            for path in entry.articles:
                check_inside(manifest.parent, path, f"event {number} ({entry.name}): article file")
        if entry.name in seen:
            raise ArticleError(f"{manifest}: event {number} repeats the name {entry.name!r}")
        seen.add(entry.name)
        entries.append(entry)
    return tuple(entries)


def _event(manifest: Path, number: int, table: Any) -> EventEntry:
    """Check one ``[[event]]`` table and resolve its paths."""
    where = f"{manifest}: event {number}"
    if not isinstance(table, dict):
        raise ArticleError(f"{where} is not a table")
    unknown = sorted(set(table) - {"name", "articles"})
    if unknown:
        raise ArticleError(f"{where} has unknown keys: {', '.join(unknown)}")
    name = table.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ArticleError(f"{where} needs a non-empty string 'name'")
    articles = table.get("articles")
    if not isinstance(articles, list) or not all(isinstance(a, str) and a.strip() for a in articles):
        raise ArticleError(f"{where} ({name.strip()}) needs 'articles', a list of file names")
    if not MIN_ARTICLES <= len(articles) <= MAX_ARTICLES:
        raise ArticleError(
            f"{where} ({name.strip()}) names {len(articles)} articles; an event needs {MIN_ARTICLES} to {MAX_ARTICLES}"
        )
    paths = []
    for value in articles:
        path = manifest.parent / value.strip()
        try:
            found = path.is_file()
        except OSError as exc:  # a name too long for the system, a folder that cannot be searched
            raise ArticleError(f"{where} ({name.strip()}): article file {path}: {exc.strerror or exc}") from None
        if not found:
            raise ArticleError(f"{where} ({name.strip()}): article file {path} does not exist")
        paths.append(path)
    return EventEntry(name.strip(), tuple(paths))
