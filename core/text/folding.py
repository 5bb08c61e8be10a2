"""Folding text into the forms it is compared in: white space collapsed, invisible characters dropped, curly quotes
straightened and, for passages, case folded.

Each function says how far it goes; the same text always folds the same way.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "QUOTES",
    "ZERO_WIDTH",
    "collapse_space",
    "collapse_space_and_quotes",
    "fold_for_comparison",
]

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
"""Invisible format characters a browser paste can carry (zero-width spaces and joiners, BOM, soft hyphen)."""

QUOTES = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "‹": "'",
        "›": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "«": '"',
        "»": '"',
    }
)
"""Typographic quotation marks to straight ones (for ``str.translate``): single marks (curly, low and reversed
single quotes, single guillemets) to ``'``, double marks (curly, low, reversed, guillemets) to ``"``."""

_ZERO_WIDTH_TABLE = dict.fromkeys(map(ord, ZERO_WIDTH))
_LINE_TABLE = {**_ZERO_WIDTH_TABLE, **QUOTES}
_SPACE = re.compile(r"\s+")


def collapse_space(text: str) -> str:
    """White space runs to one space (ends trimmed) and zero-width characters dropped; the text otherwise as
    written."""
    if text.isascii():
        return " ".join(text.split())
    return " ".join(text.translate(_ZERO_WIDTH_TABLE).split())


def collapse_space_and_quotes(text: str) -> str:
    """:func:`collapse_space`, and curly quotes straightened: the form a line of a page is matched in (a rule, a
    title hint, an author's name)."""
    if text.isascii():
        return " ".join(text.split())
    return " ".join(text.translate(_LINE_TABLE).split())


def fold_for_comparison(text: str) -> str:
    """The form two passages are compared in: Unicode NFKC, straight quotes, white space runs to one space, case
    folded."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text).translate(QUOTES)).strip().casefold()
