"""What ``storydiff batch`` works through: the pairs and events of a manifest or of a folder of event folders.

INPUT is one of:

- a TSV or CSV manifest (``.tsv`` is split on tabs, anything else on commas): one pair per row, ``left, right`` and
  an optional ``name``. A first row naming its columns is read as a header: ``left``/``right`` (or ``file_a``/
  ``file_b``, ``a``/``b``) and ``name``; other columns are ignored. Blank rows and rows starting with ``#`` are
  skipped;
- a TOML manifest (any ``.toml`` file, such as a ``pairs.toml``): ``[[pair]]`` tables (``left``, ``right``,
  optional ``name``) and ``[[event]]`` tables (``articles``, a list of 2 to 10, optional ``name``);
- a folder holding a ``pairs.toml`` (read as above), or a folder of event folders, or one event folder (as the
  reader opens them: :func:`core.reading.load_events`).

Paths are relative to the manifest's folder, and must lie inside it (links followed) unless ``allow_outside`` is
given, as for the reader's pair folders: a manifest from elsewhere cannot copy your other files into its exports.
http(s) URLs are kept as they are. A file that is missing is not an error here: that pair fails alone when it is
read, and the batch goes on.

Each task gets a **stem**, the name of its export file: its name (or, without one, its sources' paths) made safe for
a file name, numbered ``-2``, ``-3`` … when two tasks would share one. Stems depend only on the manifest's rows, so
they are the same on every run and for any ``--jobs``.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from core.claims import MAX_ARTICLES, MIN_ARTICLES
from core.errors import StorydiffError
from core.reading import read_toml

MAX_STEM = 120
"""Longest stem, in characters (file systems allow 255 bytes per name; this leaves room for suffixes)."""

_HEADERS = {"left": "left", "file_a": "left", "a": "left", "right": "right", "file_b": "right", "b": "right"}
"""Header names of a TSV/CSV manifest and the column each one means (``name`` means itself)."""

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class Task:
    """One pair or event of a batch."""

    name: str
    """The display name (the manifest's, or the sources' paths)."""
    stem: str
    """The export's file name without its suffix; unique in the batch."""
    sources: tuple[str, ...]
    """The articles: paths (resolved against the manifest's folder) or URLs; two for a pair, more for an event."""

    @property
    def kind(self) -> str:
        """``pair`` (two articles) or ``event`` (three or more)."""
        return "pair" if len(self.sources) == 2 else "event"


class ManifestError(StorydiffError):
    """INPUT cannot be read as a manifest or a folder of events (a usage error: nothing is run)."""


def read_tasks(source: Path, *, allow_outside: bool = False) -> tuple[Task, ...]:
    """The tasks INPUT lists, in its order (see the module's description).

    Raises:
        ManifestError: INPUT is missing, unreadable or malformed, lists nothing, or (without ``allow_outside``)
            names a file outside its folder.
    """
    source = Path(source)
    if source.is_dir():
        manifest = source / "pairs.toml"
        rows = _toml_rows(manifest) if manifest.is_file() else _folder_rows(source)
        folder = source
    elif source.is_file():
        rows = _toml_rows(source) if source.suffix.lower() == ".toml" else _table_rows(source)
        folder = source.parent
    else:
        raise ManifestError(f"{source} does not exist (give a manifest file or a folder of event folders)")
    if not rows:
        raise ManifestError(f"{source} lists no pairs or events")
    if not allow_outside:
        _check_inside(source, folder, rows)
    return _with_stems(rows)


def _check_inside(source: Path, folder: Path, rows: list[tuple[str, tuple[str, ...]]]) -> None:
    """Refuse a manifest naming a file outside its folder (links followed)."""
    try:
        root = folder.resolve()
        for number, (_, sources) in enumerate(rows, start=1):
            for path in sources:
                if "://" not in path and not Path(path).resolve().is_relative_to(root):
                    raise ManifestError(
                        f"{source}: entry {number} names {path}, outside {folder}; a manifest may name only files in "
                        "its folder (pass --allow-outside to read them anyway)"
                    )
    except (OSError, RuntimeError) as exc:  # a loop of links
        raise ManifestError(f"{source}: a file cannot be resolved ({exc})") from None


def _folder_rows(folder: Path) -> list[tuple[str, tuple[str, ...]]]:
    """The events of a folder of event folders (or of one event folder), as the reader finds them."""
    from core.reading import load_events

    try:
        events = load_events(folder)
    except StorydiffError as exc:
        raise ManifestError(str(exc)) from None
    return [(event.name, tuple(str(path) for path in event.articles)) for event in events]


def _table_rows(manifest: Path) -> list[tuple[str, tuple[str, ...]]]:
    """The pairs of a TSV/CSV manifest."""
    try:
        text = manifest.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ManifestError(f"cannot read {manifest}: {exc}") from None
    delimiter = "\t" if manifest.suffix.lower() == ".tsv" else ","
    rows = [
        [cell.strip() for cell in row]
        for row in csv.reader(io.StringIO(text), delimiter=delimiter)
        if any(cell.strip() for cell in row) and not row[0].lstrip().startswith("#")
    ]
    columns = {"left": 0, "right": 1, "name": 2}
    if rows and {_HEADERS.get(cell.lower()) for cell in rows[0]} >= {"left", "right"}:
        header = [cell.lower() for cell in rows.pop(0)]
        columns = {_HEADERS.get(cell, cell): index for index, cell in reversed(list(enumerate(header)))}
    out: list[tuple[str, tuple[str, ...]]] = []
    for number, row in enumerate(rows, start=1):
        left, right = _cell(row, columns.get("left")), _cell(row, columns.get("right"))
        if not left or not right:
            raise ManifestError(f"{manifest}: row {number} needs a left and a right article ({delimiter!r} between)")
        out.append((_cell(row, columns.get("name")), (_resolve(manifest, left), _resolve(manifest, right))))
    return out


def _cell(row: Sequence[str], index: int | None) -> str:
    """One cell of a row, empty when the row is short or the column is absent."""
    return row[index] if index is not None and index < len(row) else ""


def _toml_rows(manifest: Path) -> list[tuple[str, tuple[str, ...]]]:
    """The ``[[pair]]`` then ``[[event]]`` tables of a TOML manifest."""
    try:
        data = read_toml(manifest)
    except StorydiffError as exc:
        raise ManifestError(str(exc)) from None
    out: list[tuple[str, tuple[str, ...]]] = []
    for key in ("pair", "event"):
        tables = data.get(key, [])
        if not isinstance(tables, list):
            raise ManifestError(f"{manifest}: {key} must be [[{key}]] tables")
        for number, table in enumerate(tables, start=1):
            out.append(_toml_entry(manifest, f"{key} {number}", table, key == "pair"))
    return out


def _toml_entry(manifest: Path, where: str, table: Any, pair: bool) -> tuple[str, tuple[str, ...]]:
    """Check one ``[[pair]]`` or ``[[event]]`` table."""
    if not isinstance(table, dict):
        raise ManifestError(f"{manifest}: {where} is not a table")
    name = table.get("name", "")
    if not isinstance(name, str):
        raise ManifestError(f"{manifest}: {where}: name must be a string")
    articles = [table.get("left"), table.get("right")] if pair else table.get("articles")
    need = "left and right, two file names" if pair else f"articles, a list of {MIN_ARTICLES} to {MAX_ARTICLES}"
    if (
        not isinstance(articles, list)
        or not MIN_ARTICLES <= len(articles) <= MAX_ARTICLES
        or not all(isinstance(item, str) and item.strip() for item in articles)
    ):
        raise ManifestError(f"{manifest}: {where} needs {need}")
    return name.strip(), tuple(_resolve(manifest, item.strip()) for item in articles)


def _resolve(manifest: Path, source: str) -> str:
    """A manifest's entry as a source: a URL as it is, a path resolved against the manifest's folder."""
    if "://" in source:
        return source
    return str(manifest.parent / source)


def _with_stems(rows: list[tuple[str, tuple[str, ...]]]) -> tuple[Task, ...]:
    """The tasks, each named and given a unique stem."""
    tasks: list[Task] = []
    taken: set[str] = set()
    for name, sources in rows:
        name = " ".join(name.split()) or " vs ".join(_label(source) for source in sources)
        base = _UNSAFE.sub("-", name).strip("-.")[:MAX_STEM].rstrip("-.") or "task"
        stem, number = base, 1
        while stem.lower() in taken:
            number += 1
            stem = f"{base}-{number}"
        taken.add(stem.lower())
        tasks.append(Task(name, stem, sources))
    return tuple(tasks)


def _label(source: str) -> str:
    """A short name of a source: the last two parts of its path (or URL), without the file's ending."""
    path = PurePosixPath(source.split("://", 1)[-1].replace("\\", "/"))
    parts = [*path.parent.parts[-1:], path.stem or path.name]
    return "/".join(part for part in parts if part not in {"", "/", "."})
