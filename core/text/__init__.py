"""Words and numbers: tokens with offsets, normalised content terms, abbreviations."""

from __future__ import annotations
