"""Which lines around the headline are the byline, judged by their neighbours.

The header pass gives a name line the byline role when it meets it under the headline; this pass corrects it from
the lines around: a name standing among short menu labels (``Cryptocurrencies`` / ``Deutsche Bank`` / ``Banks``)
is a menu item, not a person credited with the article; a byline set one name a line (``By`` / ``Jane Doe`` /
``and`` / ``John Roe``) is one byline; and when the page has no byline, a line of person names
that a date line follows (``Dan Evon`` / ``Published 18 November 2019``), or that opens the article's run, is its
byline whatever role it was given (a caption under a photo credit, the run's first paragraph).
"""

from __future__ import annotations

import re

from core.reading.clean_context import Para
from core.reading.metadata import BY_LINE, JOB_WORDS, is_name_line, parse_byline

__all__ = ["byline_group", "mark_bylines"]

MENU_LABEL_WORDS = 3
"""A menu's labels are short lines of at most this many words."""

MENU_LABELS = 3
"""A menu shows at least this many labels around an item that reads as a name (``Deutsche Bank``)."""

DATE_GAP = 2
"""A byline's date line follows it within this many lines (a short label may stand between: ``Business``)."""

LINES_ABOVE_HEADLINE = 3
"""A byline set over the headline stands at most this many lines above it."""

RUN_TOP = 2
"""A name line among this many first paragraphs of the article is its byline."""

_LONE_BY = re.compile(r"(?:by|written by|story by|words by|authors?|writers?)\s*:?", re.IGNORECASE)
"""A line that holds nothing but the word opening a byline, its names set on the lines under it (``By``)."""

_JOIN = re.compile(r"(?:and|&|,)", re.IGNORECASE)
"""A line that holds nothing but what joins two names of a byline set one name a line (``and``)."""


def _after_lone_by(paras: list[Para], index: int) -> bool:
    """Whether the line at ``index`` is a name line right under a line that holds nothing but ``By``."""
    return index > 0 and bool(_LONE_BY.fullmatch(paras[index - 1].text)) and is_name_line(paras[index].text)


def _joined_names(paras: list[Para], index: int) -> list[int]:
    """The name lines that continue a byline at ``index`` one name a line, each after a line of its own that joins
    it to the one before (``By Jane Doe`` / ``and`` / ``John Roe``)."""
    found: list[int] = []
    at = index
    while at + 2 < len(paras) and _JOIN.fullmatch(paras[at + 1].text) and is_name_line(paras[at + 2].text):
        found.append(at + 2)
        at += 2
    return found


def byline_group(paras: list[Para], index: int) -> list[int]:
    """The byline at ``index`` with the bylines that go on from it: bylines that say so right under it (``By Jane
    Doe`` / ``By John Roe``), lines of names a joining line sets under it (``and``), which a byline set one name
    a line spreads over several lines, and names over their job titles after a name over its own."""
    group = [index]
    at = index + 1
    while at < len(paras):
        joined = bool(_JOIN.fullmatch(paras[at].text))
        if joined or (_role_line(paras, at) and _role_line(paras, at + 2)):
            at += 1  # "Jane Doe" / "Reporter" / "John Roe" / "Reporter": a name over its role, again
            if at >= len(paras) or paras[at].role in ("body", "title") or not is_name_line(paras[at].text):
                break
        elif paras[at].role != "byline" or not BY_LINE.match(paras[at].display):
            break
        if not parse_byline(paras[at].display)[0]:
            break
        group.append(at)
        at += 1
    return group


def _role_line(paras: list[Para], index: int) -> bool:
    """Whether the line at ``index`` is a job title of its own (``Senior Reporter``): a few words, the last a job's."""
    if index >= len(paras):
        return False
    words = paras[index].text.split()
    return 0 < len(words) <= MENU_LABEL_WORDS + 1 and words[-1].casefold() in JOB_WORDS


def _label(para: Para) -> bool:
    """Whether a line could be a short label of a menu: a few words, no figure, no sentence, no job title (``Senior
    Contributor`` goes with a byline), and no line rule's (a share button is no menu item). Menus hold labels
    that read as names (``Hedge Funds``)."""
    words = para.text.split()
    return (
        para.rule is None
        and 0 < len(words) <= MENU_LABEL_WORDS
        and not any(ch.isdigit() for ch in para.text)
        and not para.prose
        and not para.date_line
        and para.role != "title"
        and words[-1].casefold() not in JOB_WORDS
    )


def _dated(paras: list[Para], index: int) -> bool:
    """Whether a date line follows the line at ``index`` within :data:`DATE_GAP` lines, past short labels only."""
    for para in paras[index + 1 : index + 1 + DATE_GAP]:
        if para.date_line or para.role == "date":
            return True
        if not _label(para):
            return False
    return False


def _labels(paras: list[Para], indices: range) -> int:
    """How many menu labels stand in a row at ``indices`` (walked in their order), past buttons and links that a
    line rule made clutter."""
    count = 0
    for index in indices:
        para = paras[index]
        if para.rule is not None and para.rule.role == "boilerplate":
            continue
        if not _label(para):
            break
        count += 1
    return count


def _menu_item(paras: list[Para], index: int) -> bool:
    """Whether the name line at ``index`` is an item of a menu: at least :data:`MENU_LABELS` menu labels stand in a
    row around it, and no date line follows it."""
    if not is_name_line(paras[index].text):
        return False
    above = _labels(paras, range(index - 1, -1, -1))
    below = _labels(paras, range(index + 1, len(paras)))
    return above + below >= MENU_LABELS and not _dated(paras, index)


def _names(para: Para) -> bool:
    """Whether a line reads as a byline that names people."""
    return para.role == "byline" and bool(parse_byline(para.display)[0])


def mark_bylines(paras: list[Para], first_body: int) -> list[str]:
    """Correct the byline roles of ``paras`` from their neighbours (``first_body``: where the article starts).

    Name lines that a joining line (``and``) sets under a byline are bylines too. Bare name lines standing among
    menu labels lose the byline role, unless a line of nothing but ``By`` or a joining line stands over them. Then,
    when no line is a byline naming people, name lines under a line of nothing but ``By`` become the byline; failing
    those, a line of person names (not a sentence, no line rule's) becomes the byline if it stands within
    :data:`LINES_ABOVE_HEADLINE` lines over the headline or anywhere under it before the article's
    :data:`RUN_TOP` first paragraphs and a date line follows it, or if it is one of those first paragraphs.

    Returns:
        The names of the corrections made (``joined-name-line``, ``menu-item``, ``name-under-by``,
        ``dated-name-line``, ``run-top-name-line``).
    """
    made: list[str] = []
    under_by = [k for k, para in enumerate(paras) if para.role not in ("body", "title") and _after_lone_by(paras, k)]
    # name lines a "By" line or a joining "and" ties to a byline: no menu's items
    credited = {k for index in under_by for k in [index, *_joined_names(paras, index)]}
    for index, para in enumerate(paras):
        if para.role == "byline":
            for joined in _joined_names(paras, index):
                credited.add(joined)
                if paras[joined].role not in ("body", "title", "byline"):
                    paras[joined].role = "byline"
                    made.append("joined-name-line")
    for index, para in enumerate(paras):
        if index in credited:
            continue
        if para.role == "byline" and not BY_LINE.match(para.display) and _menu_item(paras, index):
            para.role = "boilerplate"
            made.append("menu-item")
    if any(_names(para) for para in paras):
        return made
    for index in under_by:
        for name in [index, *_joined_names(paras, index)]:
            if paras[name].role not in ("body", "title"):
                paras[name].role = "byline"
        made.append("name-under-by")
    if under_by:
        return made
    title_at = next((index for index, para in enumerate(paras) if para.role == "title"), None)
    if title_at is None:
        return made
    top = [index for index in range(first_body, len(paras)) if paras[index].role == "body"][:RUN_TOP]
    end = top[-1] + 1 if top else first_body
    for index in range(max(0, title_at - LINES_ABOVE_HEADLINE), end):
        para = paras[index]
        if index == title_at or para.rule is not None or para.prose or para.date_line:
            continue
        if para.role not in ("body", "caption", "boilerplate", "standfirst") or not is_name_line(para.text):
            continue
        if index in top or _dated(paras, index):
            para.role = "byline"
            made.append("run-top-name-line" if index in top else "dated-name-line")
    return made
