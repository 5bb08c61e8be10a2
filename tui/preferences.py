"""The reader's remembered settings: a small TOML file in the user's configuration folder (XDG on Linux).

Only the theme is kept so far (``theme = "nord"``). A missing file is no settings; a file that cannot be read or
parsed, or that names a theme this Textual does not have, is ignored with a one-line notice, never an error.
"""

from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path

FILE_NAME = "settings.toml"
"""The settings file's name inside ``storydiff``'s configuration folder."""


@dataclass(frozen=True, slots=True)
class Preferences:
    """What the reader remembers between launches."""

    theme: str | None = None
    """The Textual theme last chosen (``None``: Textual's default)."""


def settings_path() -> Path:
    """Where the settings live: ``$XDG_CONFIG_HOME/storydiff/settings.toml`` (``~/.config`` by default), or the
    platform's own folder on macOS and Windows."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin" and not os.environ.get("XDG_CONFIG_HOME"):
        base = Path.home() / "Library" / "Application Support"
    else:
        configured = os.environ.get("XDG_CONFIG_HOME", "")
        base = Path(configured) if os.path.isabs(configured) else Path.home() / ".config"
    return base / "storydiff" / FILE_NAME


def load_preferences(path: Path) -> tuple[Preferences, str | None]:
    """Read the settings at ``path``.

    Returns:
        The settings (the defaults when there are none or they are unusable) and a one-line notice saying why a
        file that exists was ignored (``None`` when all is well).
    """
    import tomllib

    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Preferences(), None
    except OSError as error:
        return Preferences(), f"Ignoring {path}: {error.strerror or error}"
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        return Preferences(), f"Ignoring {path}: not a settings file ({' '.join(str(error).split())})"
    theme = data.get("theme")
    if theme is not None and not isinstance(theme, str):
        return Preferences(), f"Ignoring {path}: theme should be a name in quotes"
    return Preferences(theme=theme), None


def save_preferences(preferences: Preferences, path: Path) -> str | None:
    """Write the settings to ``path`` atomically (a temporary file beside it, then a rename).

    Returns:
        ``None``, or a one-line notice when the file could not be written (the reader carries on regardless).
    """
    import json
    import tempfile

    lines = ["# storydiff's remembered settings (written by the reader)"]
    if preferences.theme is not None:
        lines.append(f"theme = {json.dumps(preferences.theme)}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                file.write("\n".join(lines) + "\n")
            os.replace(temporary, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
    except OSError as error:
        return f"Cannot remember the theme in {path}: {error.strerror or error}"
    return None
