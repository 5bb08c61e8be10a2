"""Metadata a reader knows before the text is read (HTML meta tags, Markdown front matter)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Hints"]


@dataclass(frozen=True, slots=True)
class Hints:
    """Metadata known before the text is read (HTML meta tags, Markdown front matter)."""

    title: str | None = None
    """The headline (a line equal to it is the title line)."""
    standfirst: str | None = None
    """The standfirst or description."""
    authors: tuple[str, ...] = ()
    """Authors named by the markup; they take precedence over bylines in the text."""
    date: str | None = None
    """Publication date, ISO."""
    outlet: str | None = None
    """The site's name."""
    captions: frozenset[str] = frozenset()
    """Lines the markup marks as image captions (normalised text)."""
