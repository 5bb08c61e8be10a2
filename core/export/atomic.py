"""Atomic file writing: a write either lands completely or leaves the target as it was."""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from pathlib import Path

from core.errors import ExportError

_TEMP_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def atomic_write_text(path: Path, text: str, *, overwrite: bool = True, encoding: str = "utf-8") -> Path:
    """Write ``text`` to ``path`` through a temporary file in the same folder, then rename it into place.

    A failure at any point (full disk, interrupted process, permission) never leaves a half-written ``path``:
    a reader of ``path`` sees either the old content or the new. A replaced file keeps its permission bits; a
    new one gets the usual ``0o666`` less the process umask. A symbolic link is followed: the file it points
    to is replaced and the link stays a link.

    Args:
        path: The file to write.
        text: Its new content.
        overwrite: Whether an existing ``path`` may be replaced. When ``False`` the check and the write are
            one atomic step (a hard link), so a file created meanwhile is not clobbered either.
        encoding: The text encoding (a character it cannot hold, such as a lone surrogate, is written as ``?``).

    Returns:
        ``path``.

    Raises:
        ExportError: ``path`` is a folder or not a regular file (a device, a pipe), its folder does not exist
            or is not writable, ``path`` exists and ``overwrite`` is false, or the write fails.
    """
    path = Path(path)
    try:
        if path.is_dir():
            raise ExportError(f"cannot write {path}: it is a folder")
        if path.exists() and not path.is_file():
            raise ExportError(f"cannot write {path}: it is not a regular file (a device, a pipe or a socket)")
        if path.is_symlink():
            atomic_write_text(Path(os.path.realpath(path)), text, overwrite=overwrite, encoding=encoding)
            return path
        folder = path.parent
        if not folder.is_dir():
            raise ExportError(f"cannot write {path}: folder {folder} does not exist")
        if not overwrite and path.exists():
            raise ExportError(f"{path} already exists (not overwriting it)")
    except OSError as exc:  # a name too long, a loop of links, a folder that cannot be searched
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc
    data = text.encode(encoding, errors="replace")  # never fails: a character the encoding lacks becomes "?"
    try:
        temp, descriptor = _create_temp(path)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _keep_mode(path, temp)
        if overwrite:
            os.replace(temp, path)
        else:
            _link_no_clobber(temp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(exc, FileExistsError):
            raise ExportError(f"{path} already exists (not overwriting it)") from exc
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return path


def _create_temp(path: Path) -> tuple[Path, int]:
    """Create an empty temporary file beside ``path`` (mode 0o666 less the umask), open for writing."""
    for _ in range(100):
        temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            return temp, os.open(temp, _TEMP_FLAGS, 0o666)
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {path}")


def _keep_mode(path: Path, temp: Path) -> None:
    """Give ``temp`` the permission bits of the file it is about to replace, if there is one."""
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return
    os.chmod(temp, mode)


def _link_no_clobber(temp: Path, path: Path) -> None:
    """Move ``temp`` to ``path`` only if ``path`` does not exist, atomically where the file system allows."""
    try:
        os.link(temp, path)
    except FileExistsError:
        raise
    except OSError:
        # File systems without hard links: fall back to a check-then-rename.
        if path.exists():
            raise FileExistsError(path) from None
        os.replace(temp, path)
        return
    temp.unlink()
