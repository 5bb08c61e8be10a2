"""``python -m tui``: the storydiff command line."""

from __future__ import annotations

from tui.cli import run

run()
