"""Whether a read input is an article worth comparing: enough prose, and not a table, a log or a data dump.

:func:`core.reading.load.load_article` reads anything that is text; this check is what the command line applies to each
side before it aligns or opens the reader, so that a CSV file, a log, a two-word paste or a web page with no
article text gives a one-line error instead of a meaningless comparison. The rules look only at the shape of the
text (letters, words, delimiters), never at its language, so Cyrillic, Korean, Arabic, Chinese or Japanese prose
passes.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from core.errors import ArticleError
from core.models import Article

__all__ = ["MAX_TEXT_CHARS", "MIN_LETTERS", "MIN_WORDLIKE_SHARE", "require_article", "too_long_to_compare"]

MAX_TEXT_CHARS = 2_500_000
"""Most characters of text (after decoding and HTML extraction) an article may have to be compared: a pair at this
limit aligns in well under a minute and 1.5 GB on two cores (``python -m bench.memory``). About 400,000 words;
news articles are under 20,000. Reading (``storydiff inspect``) has only the byte limit of
:mod:`core.reading.decode`."""

MIN_LETTERS = 40
"""Fewest letters of text (headline, standfirst and body) an article must have: about eight English words,
or a sentence of Chinese."""

MIN_WORDLIKE_SHARE = 0.5
"""Smallest share of body tokens that must be words (letters with edge punctuation) rather than numbers, codes,
``key=value`` pairs or delimited records; news prose, tables of results included, is well above it."""

TABLE_LINES = 5
"""A text needs at least this many lines before its lines can be judged to be records of a table."""

TABLE_SHARE = 0.8
"""Share of lines with the same (non-zero) count of one delimiter that makes a text a table."""

_PROSE_ROLES = frozenset({"title", "standfirst", "body"})
_DELIMITERS = (",", "\t", ";", "|")
_INNER = frozenset("'’-.‐‑·・")
"""Characters allowed inside a word (``don't``, ``Emilia-Romagna``, ``U.S.``, ``ドナルド・トランプ``)."""
_WIDE_PUNCTUATION = re.compile(r"[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]")
"""CJK and full-width punctuation (``，`` ``、`` ``。`` ``「」``): Chinese and Japanese write no spaces, so these part
the words of a sentence as spaces do elsewhere."""
_KEY_VALUE = re.compile(r"[^\W\d][\w .()/-]{0,39}?\s*[:=]")
"""A line that starts with a short field name and a colon or equals sign (``model name\t: Intel``, ``HOME=/root``),
as the lines of a system or configuration dump do."""
_TIMESTAMP = re.compile(r"\W{0,2}(?:\d{4}-\d\d-\d\d|.{0,24}?\b\d{1,2}:\d\d(?::\d\d)?\b)")
"""A line that starts with a date or a clock time (within its first few characters), as log lines do."""
_PROSE_END = re.compile(r"[.!?…؟。！？][\"'”’»)\]]*$")

PROSE_LINES = 0.2
"""Share of lines ending like a sentence above which a text is prose, whatever its delimiters."""


def _is_letter(char: str) -> bool:
    """A letter of any script, or a combining mark (Arabic vowel marks, Devanagari vowel signs)."""
    return char.isalpha() or unicodedata.category(char)[0] == "M"


def _has_letters(texts: list[str], count: int) -> bool:
    """Whether ``texts`` hold at least ``count`` letters (reading only as far as the ``count``-th)."""
    found = 0
    for text in texts:
        for char in text:
            if _is_letter(char):
                found += 1
                if found >= count:
                    return True
    return False


def _enough_words(tokens: list[str], need: float) -> bool:
    """Whether at least ``need`` of ``tokens`` are words (reading only as far as that)."""
    found = 0
    for token in tokens:
        if found >= need:
            return True
        found += _is_wordlike(token)
    return found >= need


def _strip_punctuation(token: str) -> str:
    """``token`` without the punctuation and symbols at its edges (quotes, brackets, commas, full stops)."""
    start, end = 0, len(token)
    while start < end and unicodedata.category(token[start])[0] in "PS":
        start += 1
    while end > start and unicodedata.category(token[end - 1])[0] in "PS":
        end -= 1
    return token[start:end]


def _is_wordlike(core: str) -> bool:
    """A word: letters, optionally with digits (``COVID-19``) and in-word punctuation (``U.S.``, ``don't``)."""
    has_letter = False
    for char in core:
        if _is_letter(char):
            has_letter = True
        elif not (char.isdigit() or char in _INNER):
            return False
    return has_letter


def _table_delimiter(text: str) -> str | None:
    """What makes ``text`` a table, a log or a dump: ``"timestamp"`` when most lines start with a date or time,
    ``"key-value"`` when most are ``name: value`` fields, else the delimiter that splits most lines into the same
    number of fields; ``None`` for prose."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) < TABLE_LINES or sum(1 for line in lines if _PROSE_END.search(line)) > PROSE_LINES * len(lines):
        return None
    if sum(1 for line in lines if _TIMESTAMP.match(line)) >= TABLE_SHARE * len(lines):
        return "timestamp"
    if sum(1 for line in lines if _KEY_VALUE.match(line)) >= TABLE_SHARE * len(lines):
        return "key-value"
    for delimiter in _DELIMITERS:
        counts = Counter(line.count(delimiter) for line in lines)
        fields, lines_with_it = counts.most_common(1)[0]
        if fields > 0 and lines_with_it >= TABLE_SHARE * len(lines):
            return delimiter
    return None


def too_long_to_compare(path: str, chars: int) -> ArticleError:
    """The error for a text of ``chars`` characters, over :data:`MAX_TEXT_CHARS`."""
    return ArticleError(
        f"{path} is too long to compare ({chars / 1_000_000:.1f} million characters of text; "
        f"the limit is {MAX_TEXT_CHARS / 1_000_000:g} million)"
    )


def require_article(article: Article) -> Article:
    """Check that ``article`` holds article prose, and return it.

    Args:
        article: An article as read by :mod:`core.reading.load` (any source).

    Returns:
        ``article`` itself.

    Raises:
        ArticleError: the text is too long or too short to compare, or it is a table, a log or other data.
    """
    if len(article.text) > MAX_TEXT_CHARS:
        raise too_long_to_compare(article.path, len(article.text))
    body = [segment.text for segment in article.body]
    prose = [segment.text for segment in article.segments if segment.role in _PROSE_ROLES]
    if not _has_letters(prose, MIN_LETTERS):
        words = sum(len(text.split()) for text in prose)
        noun = "word" if words == 1 else "words"
        raise ArticleError(
            f"{article.path} is too short to compare ({words} {noun} of article text; "
            "storydiff compares articles of a paragraph or more)"
        )
    delimiter = _table_delimiter(article.text)
    if delimiter == "timestamp":
        raise ArticleError(f"{article.path} looks like a log (lines that start with a time stamp), not an article")
    if delimiter == "key-value":
        raise ArticleError(f"{article.path} looks like a data dump (lines of 'name: value' fields), not an article")
    if delimiter is not None:
        name = {",": "commas", "\t": "tabs", ";": "semicolons", "|": "bars"}[delimiter]
        raise ArticleError(f"{article.path} looks like a table (lines of fields separated by {name}), not an article")
    tokens = [_strip_punctuation(token) for text in body for token in _WIDE_PUNCTUATION.sub(" ", text).split()]
    tokens = [token for token in tokens if token]
    if not _enough_words(tokens, MIN_WORDLIKE_SHARE * len(tokens)):
        wordlike = sum(1 for token in tokens if _is_wordlike(token))
        raise ArticleError(
            f"{article.path} does not look like an article: most of it is numbers, codes or symbols "
            f"({wordlike} of {len(tokens)} tokens are words), as in a log or a data file"
        )
    return article
