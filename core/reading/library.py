"""Pair libraries: a folder of article pairs, described by a ``pairs.toml`` manifest or holding just one pair.

A manifest lists pairs as ``[[pair]]`` tables::

    [[pair]]
    name = "North Korean troops, 21 Oct 2024"
    left = "guardian.txt"
    right = "kyiv-independent.txt"

Paths are relative to the folder that holds the manifest, and stay inside it: an absolute path, a ``../`` path or a
link that leads out of the folder is refused unless the caller allows it (``storydiff --allow-outside``), so a pair
folder from someone else cannot pull any readable file into the reader and its exports. A folder without a manifest
that holds exactly two article files is one pair, named after the folder. The manifest is UTF-8, with or without a
byte-order mark.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.errors import ArticleError

MANIFEST = "pairs.toml"
"""The manifest's file name inside a library folder."""

ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml"})
"""File name endings counted as article files in a folder without a manifest."""


@dataclass(frozen=True)
class PairEntry:
    """One pair of articles in a library."""

    name: str
    """The pair's display name."""
    left: Path
    """The left article's file."""
    right: Path
    """The right article's file."""


def load_library(directory: Path, *, allow_outside: bool = False) -> tuple[PairEntry, ...]:
    """Read the pairs of a library folder.

    Args:
        directory: A folder holding ``pairs.toml``, or exactly two article files.
        allow_outside: Whether the pairs may name files outside the folder.

    Returns:
        The pairs in manifest order (at least one).

    Raises:
        ArticleError: the folder is missing, the manifest is malformed or names missing files or files outside
            the folder, or a folder without a manifest does not hold exactly two article files.
    """
    directory = Path(directory)
    if not directory.is_dir():
        raise ArticleError(f"{directory} is not a folder")
    manifest = directory / MANIFEST
    entries = _read_manifest(manifest) if manifest.is_file() else (_implicit_pair(directory),)
    if not allow_outside:
        for number, entry in enumerate(entries, start=1):
            for key, path in (("left", entry.left), ("right", entry.right)):
                check_inside(directory, path, f"pair {number} ({entry.name}): {key} file")
    return entries


def check_inside(directory: Path, path: Path, what: str) -> None:
    """Refuse ``path`` unless it (links followed) is inside ``directory``.

    Raises:
        ArticleError: ``path`` leads outside ``directory``, or cannot be resolved.
    """
    try:
        inside = path.resolve().is_relative_to(directory.resolve())
    except (OSError, RuntimeError) as exc:  # a loop of links
        raise ArticleError(f"{directory}: {what} {path} cannot be resolved ({exc})") from None
    if not inside:
        raise ArticleError(
            f"{directory}: {what} {path} is outside the folder; a pair folder may name only files inside it "
            "(pass --allow-outside to read it anyway)"
        )


def read_toml(manifest: Path) -> dict[str, Any]:
    """The tables of a TOML manifest (UTF-8, with or without a byte-order mark).

    Raises:
        ArticleError: the file cannot be read, is not valid TOML, or nests too deeply for the parser.
    """
    try:
        return tomllib.loads(manifest.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ArticleError(f"cannot read {manifest}: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ArticleError(f"{manifest} is not valid TOML: {exc}") from exc
    except RecursionError:
        raise ArticleError(f"{manifest} is not valid TOML: its tables or arrays are nested too deeply") from None


def _read_manifest(manifest: Path) -> tuple[PairEntry, ...]:
    """Parse and check a ``pairs.toml`` manifest."""
    data = read_toml(manifest)
    tables = data.get("pair")
    if not isinstance(tables, list) or not tables:
        raise ArticleError(f"{manifest} lists no pairs (expected [[pair]] tables with name, left and right)")
    entries: list[PairEntry] = []
    seen: set[str] = set()
    for number, table in enumerate(tables, start=1):
        entry = _entry(manifest, number, table)
        if entry.name in seen:
            raise ArticleError(f"{manifest}: pair {number} repeats the name {entry.name!r}")
        seen.add(entry.name)
        entries.append(entry)
    return tuple(entries)


def _entry(manifest: Path, number: int, table: Any) -> PairEntry:
    """Check one ``[[pair]]`` table and resolve its paths."""
    where = f"{manifest}: pair {number}"
    if not isinstance(table, dict):
        raise ArticleError(f"{where} is not a table")
    unknown = sorted(set(table) - {"name", "left", "right"})
    if unknown:
        raise ArticleError(f"{where} has unknown keys: {', '.join(unknown)}")
    values: dict[str, str] = {}
    for key in ("name", "left", "right"):
        value = table.get(key)
        if not isinstance(value, str) or not value.strip():
            raise ArticleError(f"{where} needs a non-empty string {key!r}")
        values[key] = value.strip()
    sides: dict[str, Path] = {}
    for key in ("left", "right"):
        path = manifest.parent / values[key]
        try:
            found = path.is_file()
        except OSError as exc:  # a name too long for the system, a folder that cannot be searched
            raise ArticleError(f"{where} ({values['name']}): {key} file {path}: {exc.strerror or exc}") from None
        if not found:
            raise ArticleError(f"{where} ({values['name']}): {key} file {path} does not exist")
        sides[key] = path
    return PairEntry(values["name"], sides["left"], sides["right"])


def _implicit_pair(directory: Path) -> PairEntry:
    """The one pair of a folder without a manifest: its two article files, in name order."""
    try:
        files = sorted(
            path
            for path in directory.iterdir()
            if path.is_file() and not path.name.startswith(".") and path.suffix.lower() in ARTICLE_SUFFIXES
        )
    except OSError as exc:
        raise ArticleError(f"cannot list {directory}: {exc}") from exc
    if len(files) != 2:
        found = ", ".join(path.name for path in files) or "none"
        raise ArticleError(
            f"{directory} has no {MANIFEST} and holds {len(files)} article files ({found}); "
            f"a pair folder needs exactly two, or a {MANIFEST} listing the pairs"
        )
    name = directory.resolve().name or str(directory)
    return PairEntry(name, files[0], files[1])
