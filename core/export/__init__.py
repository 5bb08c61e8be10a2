"""Writing an alignment out: text, Markdown, JSON and HTML, atomically."""

from __future__ import annotations
