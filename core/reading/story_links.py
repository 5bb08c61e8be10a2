"""Links to other stories set inside the article's run: the lines a page puts between the article's paragraphs to
send the reader elsewhere.

In a paste they read as short lines of the article, like its own subheadings (which are the article's text), and
are told apart on the page's own evidence:

- a list of headlines, two or more title-cased lines in a row (:func:`mark_headline_lists`), or one headline set
  in capitals;
- a media player's or a gallery's title, the line under its label (``Watch`` / ``Storm Surge Floods the Old
  Harbour``, ``Photos`` / ``The Harbour Through the Years``: :func:`mark_media_links`);
- the summary line right under such a title, when the article does not go on right under it.

A lone title-cased line between paragraphs is left as it is: as a link to another story it cannot be told from a
subheading by how little the next paragraph takes up of its words (readers' subheadings do that too).
"""

from __future__ import annotations

import re

from core.reading.clean_context import MAX_TITLE_WORDS, PROSE_END, Para, teaser_blurb
from core.reading.headline import content_words

__all__ = [
    "MIN_LISTED_HEADLINES",
    "mark_headline_lists",
    "mark_media_links",
]

MIN_LISTED_HEADLINES = 2
"""Title-cased lines in a row inside the article, from this many, are a list of other stories' headlines."""
LISTED_HEADLINE_CAPITALS = 0.75
"""A listed headline has at least this share of its longer words capitalised…"""
MIN_LISTED_HEADLINE_WORDS = 3
"""…and at least this many words (a subheading stands alone between paragraphs)."""


def _listed_headline(para: Para) -> bool:
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
    (:func:`_listed_headline`), at least two in a row, unless the paragraph above introduces them (ends with a colon);
    and single headlines set in capitals (:func:`_shouted`)."""
    for para in paras[start:end]:
        if _shouted(para):
            para.role = "boilerplate"
    index = start
    while index < end:
        stop = index
        while stop < end and _listed_headline(paras[stop]):
            stop += 1
        if stop - index >= MIN_LISTED_HEADLINES and not paras[index - 1].text.rstrip().endswith(":"):
            for para in paras[index:stop]:
                para.role = "boilerplate"
        index = max(stop, index + 1)


MEDIA_LABEL = re.compile(
    r"^(?:watch|video|videos|audio|listen|play|photos?|gallery|photo gallery|slideshow|graphic|interactive|podcast)"
    r"\s*:?$",
    re.IGNORECASE,
)
"""The label a page sets over a media player or a gallery (``Watch``, ``Video``, ``Photos``, ``Graphic``)."""


def mark_media_links(paras: list[Para], start: int, end: int) -> None:
    """Make clutter the title of a player or a gallery set in the article's run ``paras[start:end]``: the line right
    under a media label (:data:`MEDIA_LABEL`) that is no prose (``Video`` / ``Storm Surge Floods the Old Harbour``),
    with the summary line under the title (see :func:`_mark_blurb`). A subheading of the article stands under its
    paragraphs, not under a label; a paragraph of prose under a label (a player left empty) stays the article's."""
    for index in range(start, end - 1):
        if not MEDIA_LABEL.match(paras[index].text):
            continue
        title = paras[index + 1]
        if title.role == "body" and title.rule is None and not title.prose and title.words >= 2:
            title.role = "boilerplate"
            _mark_blurb(paras, index + 1, end)


MIN_GOES_ON = 2
"""A summary line sums up the title over it when it takes up at least this many of its content words."""


def _mark_blurb(paras: list[Para], link: int, end: int) -> None:
    """Make clutter the summary line right under the title at ``link`` (one short sentence at most:
    :func:`core.reading.clean_context.teaser_blurb`) when it sums the title up, taking up :data:`MIN_GOES_ON` of its
    content words with no prose of the article right under it (``Graphic`` / ``How the Storm Surge Reached the
    Market`` / ``The surge reached the market on Friday.`` / ``Open graphic``), or when the page cut it off with a
    ``Read more`` under it (``… and the council said it had no`` / ``Read more``). A short paragraph about something
    else, or with the article going on under it, is the article's."""
    if link + 1 >= end:
        return
    blurb = paras[link + 1]
    if blurb.role != "body" or blurb.rule is not None or not teaser_blurb(blurb):
        return
    after = paras[link + 2] if link + 2 < len(paras) else None
    goes_on = after is not None and after.role == "body" and after.prose
    sums_up = len(content_words(blurb.text) & content_words(paras[link].text)) >= MIN_GOES_ON and not goes_on
    cut_off = not blurb.prose and after is not None and after.rule is not None and after.rule.name == "read-more"
    if sums_up or cut_off:
        blurb.role = "boilerplate"
