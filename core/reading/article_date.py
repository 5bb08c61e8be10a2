"""Choosing the article's date among the dates a page prints.

A page prints many dates: the article's own in its credits (under the headline, in the byline, or at its foot as
``First published …``), an update time beside it, and the dates of other stories in teaser lists above and below.
The article's date is its publication date: the one in its credits, labelled *Published* or *Posted* when the
page also shows an update; else the nearest dated credit line to the article. A header that gives only a relative
time (``2 hours ago``) has no date, whatever the teasers around it say.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.reading.clean_context import Para
from core.reading.cleaning_rules import DATE_PATTERN, DATE_WORDS, TIME_PATTERN
from core.reading.metadata import (
    SPLIT_DATE_LINES,
    DateOrder,
    date_order,
    find_date,
    month_day,
    page_year,
    split_year,
    tells_a_fact,
)
from core.text.vocabulary import MONTHS

__all__ = ["article_date", "publication_date"]

MAX_DATE_LINE_CHARS = 160
"""A line of the header that holds the article's date (``Nissan November 20, 2019 13:42``) is short."""

MAX_FOOT_NOTE_WORDS = 25
"""A note at an article's foot that says when it was first published is short."""
OVER_TITLE_LINES = 2
MAX_OVER_TITLE_WORDS = 6
"""A short line with a date among the two right over the headline dates it (a magazine's ``December 5, 2016 Issue``
over its section label and headline)."""

_PUBLISHED = re.compile(r"\b(?:first\s+|originally\s+)?(?:published|posted)\b", re.IGNORECASE)
_UPDATED = re.compile(r"\b(?:last\s+)?(?:updated|modified|edited)\b", re.IGNORECASE)
_MONTH_DAY = re.compile(
    rf"(?<![\w.])(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b", re.IGNORECASE
)
"""A month's name and a day (``Nov. 6``, ``November 6th``)."""
_CREDIT_ROLES = frozenset({"date", "byline", "outlet"})
"""Roles of the article's credit lines."""
_RELATIVE = re.compile(r"\b\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\b", re.IGNORECASE)


def publication_date(text: str, *, order: DateOrder | None = None) -> str | None:
    """The date a line says the piece was published on (``Published 3:04 PM ET Mon, 6 Nov 2023``, ``This article
    was first published on November 6, 2023.``): a date right after *published* or *posted*, with nothing but
    times, weekdays and zones between them; ``None`` when the line says no such thing."""
    for label in _PUBLISHED.finditer(text):
        rest = text[label.end() :]
        match = DATE_PATTERN.search(rest)
        if match is None:
            continue
        gap = rest[: match.start()]
        if not _UPDATED.search(gap) and not DATE_WORDS.sub(" ", TIME_PATTERN.sub(" ", gap)).strip():
            return find_date(rest[match.start() :], order=order)
    return None


def _rank(text: str, order: DateOrder) -> tuple[int, str] | None:
    """A date line's date and how surely it is the publication date: 0 labelled published, 1 unlabelled,
    2 labelled only as an update."""
    published = publication_date(text, order=order)
    if published:
        return 0, published
    found = find_date(text, order=order)
    if found is None:
        return None
    label, date_at = _UPDATED.search(text), DATE_PATTERN.search(text)
    updated = label is not None and (date_at is None or label.start() < date_at.start())
    return (2 if updated else 1), found


def _header_date(paras: Sequence[Para], title_at: int, first_body: int, order: DateOrder) -> str | None:
    """The date in the credits between the headline and the article: a publication date, then an unlabelled credit
    line's, then an update's, then one another line mentions."""
    ranked: list[tuple[int, int, str]] = []
    for index in range(title_at, first_body):
        text = paras[index].text
        found = _rank(text, order) if len(text) <= MAX_DATE_LINE_CHARS else None
        if found:
            para = paras[index]
            credit = para.date_line or para.role in _CREDIT_ROLES  # not a caption's "Tuesday, Nov. 19, 2019, in …"
            if found[0] == 1 and not credit and tells_a_fact(text):
                continue  # "The Social Security Act was signed into law on August 14, 1935": a fact, not a credit
            ranked.append((3 if found[0] == 1 and not credit else found[0], index, found[1]))
    if ranked:
        return min(ranked)[2]
    return None


def _yearless(paras: Sequence[Para], start: int, end: int, *, whole_line: bool) -> str | None:
    """A date printed without its year (``Nov. 6, 3:04 p.m.``) in ``paras[start:end]``, in the year a line right under
    it gives (the page set the date's parts on lines of their own), else in the page's year: only on a line that holds
    nothing else but times and date words when ``whole_line``."""
    year = page_year([p.text for p in paras])
    for index in range(start, end):
        text = paras[index].text
        cut = _PUBLISHED.search(text)
        day = month_day(text[cut.end() :] if cut else text) if len(text) <= MAX_DATE_LINE_CHARS else None
        if day and (
            not whole_line or not DATE_WORDS.sub(" ", TIME_PATTERN.sub(" ", _MONTH_DAY.sub(" ", text))).strip()
        ):
            below = (split_year(p.text) for p in paras[index + 1 : index + 1 + SPLIT_DATE_LINES])
            own = next((found for found in below if found), None)  # "October 13" / "3:35 PM 2016": its own year
            if own or year:
                return f"{own or year}-{day}"
    return None


def _elsewhere(paras: Sequence[Para], title_at: int, first_body: int, order: DateOrder) -> str | None:
    """A date outside the header: a dated credit (date line, byline, a short line with a date right over the headline,
    or a short ``First published …`` note at the article's foot), labelled publication dates first, then the one
    nearest the article above or below its text (not one set in a box among its paragraphs)."""
    body = [index for index, para in enumerate(paras) if para.role == "body"]
    last_body = body[-1] if body else first_body
    ranked: list[tuple[bool, bool, int, int, str]] = []
    for index, para in enumerate(paras):
        if title_at <= index < first_body:
            continue
        foot_note = index >= last_body and para.words <= MAX_FOOT_NOTE_WORDS
        over_title = title_at - OVER_TITLE_LINES <= index < title_at and para.words <= MAX_OVER_TITLE_WORDS
        if para.role not in ("date", "byline") and not foot_note and not over_title:
            continue
        found = _rank(para.text, order)
        if found is None or (para.role not in ("date", "byline") and found[0] != 0 and not over_title):
            continue
        inside = first_body <= index < last_body  # a box or teaser set in the article's text
        distance = title_at - index if index < title_at else max(0, index - last_body)
        ranked.append((found[0] != 0, inside, distance, index, found[1]))
    return min(ranked)[-1] if ranked else None


def article_date(paras: Sequence[Para], title_at: int, first_body: int) -> str | None:
    """The article's date, ISO, from the classified paragraphs of a page.

    Args:
        paras: The page's paragraphs with their roles.
        title_at: Index of the headline.
        first_body: Index of the article's first paragraph (the header lies between the two).

    Returns:
        The date in the header's credits (a publication date before an update; a date without its year takes the
        page's year); else, unless the header gives only a relative time, the nearest dated credit elsewhere.
    """
    order = date_order([p.text for p in paras])
    found = _header_date(paras, title_at, first_body, order) or _yearless(paras, title_at, first_body, whole_line=True)
    if found:
        return found
    if any(_relative(p) for p in paras[title_at:first_body]):
        return None
    return (
        _dateline(paras, first_body, order)
        or _elsewhere(paras, title_at, first_body, order)
        or _yearless(paras, title_at, first_body, whole_line=False)
    )


_DATELINE_PLACE = re.compile(r"^(?:[A-Z][A-Z.'-]*(?:\s+[A-Z][A-Z.'-]*){0,3},?\s+(?:\([A-Za-z. ]+\)\s+)?)?")
_DATELINE_DASH = re.compile(r"\s*(?:--|—|–)\s")


def _dateline(paras: Sequence[Para], first_body: int, order: DateOrder) -> str | None:
    """The date a dateline gives at the head of the article's first paragraph of prose, set off by a dash: ``Feb. 23,
    2015 -- Life-threatening …``, ``WASHINGTON, March 3, 2024 — …``."""
    first = next((p for p in paras[first_body:] if p.role == "body" and p.prose), None)
    if first is None:
        return None
    text = first.text
    place = _DATELINE_PLACE.match(text)
    at = place.end() if place else 0
    match = DATE_PATTERN.match(text, at)
    if match is None or not _DATELINE_DASH.match(text, match.end()):
        return None
    return find_date(match.group(0), order=order)


def _relative(para: Para) -> bool:
    """Whether a credit line gives how long ago the piece was published (``Published 1 day ago``)."""
    credit = para.role not in ("title", "standfirst", "body", "caption")
    return credit and len(para.text) <= MAX_DATE_LINE_CHARS and bool(_RELATIVE.search(para.text))
