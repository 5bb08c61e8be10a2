"""Writing exports to files: atomic, never half-written, never over an input, clear errors."""

from __future__ import annotations

import os
import stat
from dataclasses import replace
from pathlib import Path

import pytest
from export_samples import sample_alignment

from core.errors import ExportError
from core.export import atomic
from core.export.formats import render, write_export
from core.models import Alignment


@pytest.fixture
def alignment() -> Alignment:
    return sample_alignment()


def _names(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


@pytest.mark.parametrize(("name", "fmt"), [("a.md", "markdown"), ("a.json", "json"), ("a.htm", "html")])
def test_write_export_uses_the_extension(alignment: Alignment, tmp_path: Path, name: str, fmt: str) -> None:
    """The file holds exactly the rendered document of the format its name implies."""
    target = tmp_path / name
    assert write_export(alignment, target) == target
    assert target.read_text(encoding="utf-8") == render(alignment, fmt)  # type: ignore[arg-type]
    assert _names(tmp_path) == [name]


def test_explicit_format_wins_over_the_extension(alignment: Alignment, tmp_path: Path) -> None:
    """``fmt`` overrides what the extension says."""
    target = write_export(alignment, tmp_path / "a.txt", "json")
    assert target.read_text(encoding="utf-8") == render(alignment, "json")


def test_failed_rename_leaves_the_old_file_and_no_temporary(
    alignment: Alignment, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If the final rename fails, the previous export is intact and the temporary file is removed."""
    target = tmp_path / "a.md"
    target.write_text("previous export", encoding="utf-8")

    def failing_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", failing_replace)
    with pytest.raises(ExportError, match="No space left on device"):
        write_export(alignment, target)
    assert target.read_text(encoding="utf-8") == "previous export"
    assert _names(tmp_path) == ["a.md"]


def test_interrupt_mid_write_leaves_nothing_behind(
    alignment: Alignment, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+C while writing: no target file and no temporary file; the interrupt still propagates."""

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_export(alignment, tmp_path / "a.html")
    assert _names(tmp_path) == []


def test_no_overwrite_refuses_an_existing_file(alignment: Alignment, tmp_path: Path) -> None:
    """overwrite=False keeps an existing file as it is."""
    target = tmp_path / "a.txt"
    target.write_text("keep me", encoding="utf-8")
    with pytest.raises(ExportError, match="already exists"):
        write_export(alignment, target, overwrite=False)
    assert target.read_text(encoding="utf-8") == "keep me"
    assert _names(tmp_path) == ["a.txt"]


def test_no_overwrite_writes_a_new_file(alignment: Alignment, tmp_path: Path) -> None:
    """overwrite=False still writes when the path is free."""
    target = write_export(alignment, tmp_path / "new.txt", overwrite=False)
    assert target.read_text(encoding="utf-8") == render(alignment, "text")
    assert _names(tmp_path) == ["new.txt"]


def test_replaced_file_keeps_its_permissions(alignment: Alignment, tmp_path: Path) -> None:
    """Replacing a file keeps its mode (a shared, group-readable export stays so)."""
    target = tmp_path / "a.txt"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    write_export(alignment, target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_new_file_gets_the_usual_permissions(alignment: Alignment, tmp_path: Path) -> None:
    """A new export is readable like any file the user creates (0o666 less the umask), not 0o600."""
    umask = os.umask(0o022)
    try:
        target = write_export(alignment, tmp_path / "a.txt")
    finally:
        os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


@pytest.mark.parametrize("where", ["folder", "missing-parent"])
def test_unwritable_destinations_are_export_errors(alignment: Alignment, tmp_path: Path, where: str) -> None:
    """A folder, or a path whose folder does not exist, is one clear ExportError."""
    target = tmp_path if where == "folder" else tmp_path / "nope" / "a.txt"
    with pytest.raises(ExportError, match="cannot write"):
        write_export(alignment, target)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only folders")
def test_read_only_folder_is_an_export_error(alignment: Alignment, tmp_path: Path) -> None:
    """No permission to create the temporary file: ExportError, nothing created."""
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(ExportError, match="cannot write"):
            write_export(alignment, tmp_path / "a.txt")
    finally:
        tmp_path.chmod(0o700)


def test_never_writes_over_an_input_article(alignment: Alignment, tmp_path: Path) -> None:
    """Exporting onto the left article's own file (even through a symlink) is refused; it stays intact."""
    source = tmp_path / "left.txt"
    source.write_text(alignment.left.text, encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(source)
    moved = replace(alignment, left=replace(alignment.left, path=str(source)))
    for target in (source, link):
        with pytest.raises(ExportError, match="refusing to write over the input article"):
            write_export(moved, target)
    assert source.read_text(encoding="utf-8") == alignment.left.text
