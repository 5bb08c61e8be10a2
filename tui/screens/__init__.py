"""storydiff's screens: the reader, the pair picker, and the help, export and confirm dialogs."""

from __future__ import annotations
