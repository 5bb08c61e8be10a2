"""Links to other stories set inside the article's run: the lines a page puts between the article's paragraphs to
send the reader elsewhere.

In a paste they read as short lines of the article, like its own subheadings (which are the article's text), and
are told apart on the page's own evidence: a list of headlines, two or more title-cased lines in a row
(:func:`mark_headline_lists`), or one headline set in capitals.
"""

from __future__ import annotations

from core.reading.clean_context import MAX_TITLE_WORDS, PROSE_END, Para

__all__ = [
    "MIN_LISTED_HEADLINES",
    "listed_headline",
    "mark_headline_lists",
]

MIN_LISTED_HEADLINES = 2
"""Title-cased lines in a row inside the article, from this many, are a list of other stories' headlines."""
LISTED_HEADLINE_CAPITALS = 0.75
"""A listed headline has at least this share of its longer words capitalised…"""
MIN_LISTED_HEADLINE_WORDS = 3
"""…and at least this many words (a subheading stands alone between paragraphs)."""


def listed_headline(para: Para) -> bool:
    """Whether a body line is shaped like another story's headline: title-cased (not in capitals), several words,
    no sentence, no closing colon, at most one comma (no table row or listed venue)."""
    long_words = [w for w in para.text.split() if len(w) > 3 and w[:1].isalpha()]
    capitals = sum(1 for w in long_words if w[:1].isupper())
    return (
        para.role == "body"
        and not para.prose
        and not PROSE_END.search(para.text)
        and not para.text.rstrip().endswith(":")
        and para.text.count(",") <= 1
        and not para.text.isupper()
        and MIN_LISTED_HEADLINE_WORDS <= para.words <= MAX_TITLE_WORDS
        and bool(long_words)
        and capitals >= LISTED_HEADLINE_CAPITALS * len(long_words)
    )


MIN_SHOUTED_WORDS = 8
"""A line in capitals inside the article is a link to another story from this many words (a subheading is shorter)."""
SHOUTED_SHARE = 0.9
"""…when at least this share of its letters are capitals."""


def _shouted(para: Para) -> bool:
    """Whether a body line is another story's headline set in capitals inside the article (``SINGER CLEARED TO
    PERFORM HITS AT AWARDS AMID FEUD``): one line of several words, nearly all capitals, no closing stop (a table's
    rows in capitals span lines or cells)."""
    letters = [ch for ch in para.text if ch.isalpha()]
    capitals = sum(1 for ch in letters if ch.isupper())
    return (
        para.role == "body"
        and para.words >= MIN_SHOUTED_WORDS
        and "\n" not in para.source.strip()
        and "\t" not in para.source
        and not PROSE_END.search(para.text)
        and bool(letters)
        and capitals >= SHOUTED_SHARE * len(letters)
    )


def mark_headline_lists(paras: list[Para], start: int, end: int) -> None:
    """Make clutter the lists of other stories' headlines inside the article's run ``paras[start:end]`` (``27 Oddest
    Medical Case Reports`` / ``10 Strangest Medical Cases`` / …): lines shaped like headlines
    (:func:`listed_headline`), at least two in a row, unless the paragraph above introduces them (ends with a colon);
    and single headlines set in capitals (:func:`_shouted`)."""
    for para in paras[start:end]:
        if _shouted(para):
            para.role = "boilerplate"
    index = start
    while index < end:
        stop = index
        while stop < end and listed_headline(paras[stop]):
            stop += 1
        if stop - index >= MIN_LISTED_HEADLINES and not paras[index - 1].text.rstrip().endswith(":"):
            for para in paras[index:stop]:
                para.role = "boilerplate"
        index = max(stop, index + 1)
