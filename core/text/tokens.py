"""Word tokens with their character offsets, the unit of the word diff and of the similarity model."""

from __future__ import annotations

import re
from typing import NamedTuple

from core.models import Article, Segment
from core.text.abbreviations import DOTTED

_WORD = re.compile(
    r"[$€£¥]?\d+(?:[.,/:]\d+)*(?:[^\W_]+|%)?"  # numbers: 12,000  1.5  21st  10km  9/11  12:14  €3.4bn  3.25%
    r"|[^\W\d_][^\W_]*(?:['’.][^\W_]+|-(?!\d+/\d)[^\W_]+)*",  # words: Hong-kyun  Korea’s  U.S  e.g  (post | 9/11)
)
"""A word as written: letters/digits joined by inner apostrophes, hyphens or dots (``U.S``, ``Korea’s``); a known
abbreviation keeps its stop (``Sen.``, see :mod:`core.text.abbreviations`)."""


class Token(NamedTuple):
    """One word of an article, as written, with its place in ``Article.text``."""

    text: str
    """The word as written."""
    start: int
    """Offset of the first character in the article text."""
    end: int
    """Offset one past the last character."""


def word_tokens(text: str, offset: int = 0) -> list[Token]:
    """Split ``text`` into word tokens, punctuation dropped.

    Args:
        text: Any text.
        offset: Added to every token's offsets (the position of ``text`` inside its article).

    Returns:
        The tokens in order.
    """
    new = tuple.__new__  # builds the NamedTuple without its Python-level __new__ (this runs per word)
    out: list[Token] = []
    for match in _WORD.finditer(text):
        word, end = match.group(), match.end()
        if word in DOTTED and text[end : end + 1] == "." and not text[end + 1 : end + 2].isalnum():
            word, end = word + ".", end + 1  # Rep. Okla.: the stop belongs to the word
        out.append(new(Token, (word, match.start() + offset, end + offset)))
    return out


def segment_tokens(article: Article, segment: Segment) -> list[Token]:
    """The word tokens of ``segment`` with absolute offsets into ``article.text``.

    Offsets come from the article text itself, so a diff span can be highlighted in the source.
    """
    return word_tokens(article.text[segment.start : segment.end], segment.start)
