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
from core.reading.cleaning_rules import DATE_PATTERN, JOB_WORDS
from core.reading.metadata import BY_LINE, is_name_line, month_day, parse_byline

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

_DATED_OPENING = re.compile(r"(?P<opening>.{3,40}?)\s+by\s*:?", re.IGNORECASE)
"""A credit cut off before its names: a few words, then ``by`` (``Written on Mar 27 by``)."""

_JOIN = re.compile(r"(?:and|&|,)", re.IGNORECASE)
"""A line that holds nothing but what joins two names of a byline set one name a line (``and``)."""

_AND_NAMES = re.compile(r"(?:and|&)\s+(?P<names>\S.*)", re.IGNORECASE)
"""A line that goes on with a byline's names from the line above (``and Ann Leary``)."""

_BIO = re.compile(
    r"^\s*(?:\([^()]{1,80}\)\s*)?(?-i:[a-z])[^.!?]{0,120}?\b(?:reporter|writer|editor|correspondent|columnist"
    r"|journalist|contributor|blogger|covers|writes|reports)\b",
    re.IGNORECASE,
)
"""What follows an author's name in a note about the author (``… is the business reporter for the Harbour Weekly``,
``… (jane@example.com) covers courts``): in lower case, a newsroom's job or work in its first sentence."""


def _and_names(text: str) -> bool:
    """Whether a line goes on with the names of a byline above it: ``and``, then names (``and Ann Leary``)."""
    match = _AND_NAMES.fullmatch(text)
    return match is not None and is_name_line(match.group("names"))


def _after_lone_by(paras: list[Para], index: int) -> bool:
    """Whether the line at ``index`` is a name line right under a line that holds nothing but ``By``."""
    return index > 0 and _opens_byline(paras[index - 1].text) and is_name_line(paras[index].text)


def _opens_byline(text: str) -> bool:
    """Whether a line holds nothing but a byline's opening: the word that opens one (``By``), or a date and ``by``,
    the names cut off onto the line under it (``Written on Mar 27 by``, ``March 3, 2024 by``)."""
    if _LONE_BY.fullmatch(text):
        return True
    dated = _DATED_OPENING.fullmatch(text)
    opening = dated.group("opening") if dated else ""
    return bool(opening) and (DATE_PATTERN.search(opening) is not None or month_day(opening) is not None)


def _joined_names(paras: list[Para], index: int) -> list[int]:
    """The name lines that continue a byline at ``index`` one name a line, each after a line of its own that joins
    it to the one before (``By Jane Doe`` / ``and`` / ``John Roe``) or opening with the word that does (``By Jane
    Doe`` / ``and John Roe``)."""
    found: list[int] = []
    at = index
    while True:
        if at + 1 < len(paras) and _and_names(paras[at + 1].text):
            at += 1  # "By Jane Doe" / "and John Roe"
        elif at + 2 < len(paras) and _JOIN.fullmatch(paras[at + 1].text) and is_name_line(paras[at + 2].text):
            at += 2  # "By Jane Doe" / "and" / "John Roe"
        else:
            return found
        found.append(at)


def byline_group(paras: list[Para], index: int) -> list[int]:
    """The byline at ``index`` with the bylines that go on from it: bylines that say so right under it (``By Jane
    Doe`` / ``By John Roe``), lines of names a joining line sets under it (``and``) or that open with one (``and
    John Roe``), which a byline set one name a line spreads over several lines, bare name lines one under the other
    over a date line, and names over their job titles after a name over its own."""
    group = [index, *_name_column(paras, index)]
    at = group[-1] + 1
    while at < len(paras):
        joined = bool(_JOIN.fullmatch(paras[at].text))
        if _and_names(paras[at].text) and paras[at].role not in ("body", "title"):
            pass  # "By Jane Doe" / "and John Roe"
        elif joined or (_role_line(paras, at) and _role_line(paras, at + 2)):
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


def _name_column(paras: list[Para], index: int) -> list[int]:
    """The bare name lines set one under the other right under the bare name line at ``index``, when a date line
    follows the last of them (``Jane Doe`` / ``John Roe`` / ``November 6, 2023``): one byline, one name a line."""
    if BY_LINE.match(paras[index].display) or not is_name_line(paras[index].text):
        return []
    column: list[int] = []
    at = index + 1
    while at < len(paras) and paras[at].role == "byline" and not BY_LINE.match(paras[at].display):
        if not is_name_line(paras[at].text):
            break
        column.append(at)
        at += 1
    return column if column and _dated(paras, column[-1]) else []


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


def _under(paras: list[Para], index: int, above: int) -> bool:
    """Whether the line at ``index`` comes right under the line at ``above``, past furniture only."""
    at = index - 1
    while at > above and paras[at].furniture:
        at -= 1
    return at == above


def _over_headline(paras: list[Para], index: int, title_at: int) -> bool:
    """Whether the name line at ``index`` is a byline set right over the headline at ``title_at`` with no date: it
    heads the page (:func:`_heads_page`) and the story does not use its words (``Middle East`` over a story of the
    region is its section)."""
    return (
        index < title_at
        and _under(paras, title_at, index)
        and _heads_page(paras, index)
        and not _named_in_story(paras, index, title_at)
    )


def _named_in_story(paras: list[Para], index: int, title_at: int) -> bool:
    """Whether the words of the line at ``index`` come in the headline at ``title_at`` or the body: a section's name
    is what the story is about; authors do not name themselves in their story."""
    words = paras[index].text.casefold()
    return any(words in para.text.casefold() for para in paras if para.role == "body" or para is paras[title_at])


def _heads_page(paras: list[Para], index: int) -> bool:
    """Whether the line at ``index`` could head the article as its byline: not in capitals (a section's label is
    often set so), and the site's name outside a menu, a date line or prose stands right over it (past furniture),
    not a menu's label (``Home`` / ``Fact Check`` is a path of sections) nor nothing (a paste may start at a
    section's name)."""
    if paras[index].text.isupper():
        return False
    at = index - 1
    while at >= 0 and paras[at].furniture:
        at -= 1
    if at < 0:
        return False
    site = paras[at].role == "outlet" and _labels(paras, range(at - 1, -1, -1)) < MENU_LABELS - 1
    return site or paras[at].date_line or paras[at].prose


def _slash_credit(paras: list[Para], index: int, title_at: int) -> bool:
    """Whether the line at ``index`` is a name and its outlet set apart by a slash (``Jane Doe / Harbour Weekly``)
    that its place makes the article's credit rather than a photo's: right under the headline, or over a date line
    (under a photo's caption it credits the photo)."""
    para = paras[index]
    return (
        para.rule is not None
        and para.rule.role == "caption"
        and "/" in para.text
        and index > title_at
        and (_under(paras, index, title_at) or _dated(paras, index))
    )


def _named_in_bio(paras: list[Para], index: int, after: int) -> bool:
    """Whether a paragraph past ``after`` (the article's first paragraphs) is a note about the person named alone
    on the line at ``index``: it opens with the name and tells of a newsroom's job or work (``Jane Doe is the
    business reporter for the Harbour Weekly.``). An author's note names the author; a story's subject gets none."""
    name = paras[index].text
    return any(
        para.text.startswith(name) and _BIO.match(para.text[len(name) :]) is not None
        for para in paras[max(after, index + 1) :]
    )


def _names(para: Para) -> bool:
    """Whether a line reads as a byline that names people."""
    return para.role == "byline" and bool(parse_byline(para.display)[0])


FOOT_REACH = 3
"""A blog's credit line stands at most this many lines under the article's last paragraph."""
_FOOT_CREDIT = re.compile(r"^(?:published|posted|written)\b(?P<when>.{3,60}?)\s+by\s+\S", re.IGNORECASE)
"""``Published on March 4, 2026 by Jo Lind``, ``Posted on … by …``: when, then who."""


def _foot_credit(paras: list[Para]) -> int | None:
    """The line right under the article's last paragraph that credits it as a blog's footer does (a publication
    label, a date, *by* and the authors' names), or ``None``."""
    body = [index for index, para in enumerate(paras) if para.role == "body"]
    if not body:
        return None
    for index in range(body[-1] + 1, min(len(paras), body[-1] + 1 + FOOT_REACH)):
        found = _FOOT_CREDIT.match(paras[index].text)
        if found and DATE_PATTERN.search(found.group("when")) and parse_byline(paras[index].display)[0]:
            return index
    return None


def mark_bylines(paras: list[Para], first_body: int) -> list[str]:
    """Correct the byline roles of ``paras`` from their neighbours (``first_body``: where the article starts).

    Name lines that a joining line (``and``) sets under a byline are bylines too. Bare name lines standing among
    menu labels lose the byline role, unless a line of nothing but ``By`` or a joining line stands over them. Then,
    when no line is a byline naming people, name lines under a line of nothing but ``By`` become the byline; failing
    those, a blog's footer credit right under the article (``Published on March 4, 2026 by Jo Lind``); failing that,
    a line of person names (not a sentence, no line rule's but a slash credit's) becomes the byline if it
    stands within :data:`LINES_ABOVE_HEADLINE` lines over the headline or anywhere under it before the article's
    :data:`RUN_TOP` first paragraphs and a date line follows it, if it is one of those first paragraphs, if it
    stands right over the headline heading the page (:func:`_over_headline`), or if it is a name and its outlet
    split by a slash right under the headline (:func:`_slash_credit`).

    Returns:
        The names of the corrections made (``joined-name-line``, ``menu-item``, ``name-under-by``, ``foot-credit``,
        ``dated-name-line``, ``run-top-name-line``, ``name-over-headline``, ``slash-credit-under-headline``).
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
    foot = _foot_credit(paras)
    if foot is not None:
        paras[foot].role = "byline"
        made.append("foot-credit")
        return made
    title_at = next((index for index, para in enumerate(paras) if para.role == "title"), None)
    if title_at is None:
        return made
    top = [index for index in range(first_body, len(paras)) if paras[index].role == "body"][:RUN_TOP]
    end = top[-1] + 1 if top else first_body
    for index in range(max(0, title_at - LINES_ABOVE_HEADLINE), end):
        para = paras[index]
        credit = _slash_credit(paras, index, title_at)
        if index == title_at or (para.rule is not None and not credit) or para.prose or para.date_line:
            continue
        if para.role not in ("body", "caption", "boilerplate", "standfirst") or not is_name_line(para.text):
            continue
        if index in top:
            made.append("run-top-name-line")
        elif _dated(paras, index):
            made.append("dated-name-line")
        elif _over_headline(paras, index, title_at):
            made.append("name-over-headline")
        elif credit and _under(paras, index, title_at):
            made.append("slash-credit-under-headline")
        elif _named_in_bio(paras, index, end):
            made.append("bio-named-line")
        else:
            continue
        para.role = "byline"
    return made
