"""Reading metadata out of lines of text: dates, bylines and authors, outlet names, person names.

Everything here works on one line (or one short paragraph) at a time and knows nothing about any particular
outlet: an outlet is recognised by how its name is written (``The …``, a word such as *News* or *Post*, an
acronym, a web domain) or by where it appears (a ``… news desk`` byline, a copyright line, a wire dateline).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Literal

from core.reading.cleaning_rules import (
    DATE_PATTERN,
    DATE_WORDS,
    JOB_WORDS,
    OUTLET_WORDS,
    TIME_PATTERN,
    UPPER,
    photo_credit_line,
)
from core.text.vocabulary import MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS, word_set

__all__ = [
    "SPLIT_DATE_LINES",
    "DateOrder",
    "author_evidence",
    "byline_evidence",
    "credit_line",
    "date_line_start",
    "date_order",
    "dated_byline",
    "find_date",
    "is_date_line",
    "is_name_line",
    "looks_like_outlet",
    "month_day",
    "name_with_link",
    "outlet_from_author",
    "outlet_from_copyright",
    "outlet_from_dateline",
    "page_year",
    "parse_authors",
    "parse_byline",
    "published",
    "split_year",
    "tells_a_fact",
]

_WEEKDAY_WORDS = WEEKDAYS | WEEKDAY_ABBREVIATIONS
_CONNECTORS = frozenset(
    [
        "of",
        "the",
        "and",
        "&",
        "de",
        "du",
        "da",
        "di",
        "del",
        "la",
        "le",
        "van",
        "von",
        "der",
        "den",
        "ter",
        "bin",
        "al",
        "el",
        "y",
    ]
)
_FIRST_NAME_PARTICLES = frozenset(["al", "el", "van", "del", "de", "la", "le", "di", "da"])
"""Name particles that, capitalised at the start, are first names too (Al, Van, Del)."""
_DESK = re.compile(
    r"^(?P<outlet>.+?)\s+(?:news\s*desk|newsdesk|desk|staff(?:\s+writers?|\s+reporters?)?|newsroom|"
    r"editorial\s+(?:team|board|staff)|editors|team)$",
    re.IGNORECASE,
)
_BYLINE_CUT = re.compile(
    r"\s*(?:[|•·]|\b(?:published|updated|posted|last updated)\b|\b\d+\s+min(?:ute)?s?\s+read\b"
    r"|\b(?:follow|e-?mail)\b|\b(?:twitter|instagram|threads|bluesky|mastodon|tiktok|facebook|linkedin)\s*:"
    r"|[\w.+-]+@[\w-]+\.[\w.]+|(?-i:\s+(?:for|For|FOR)\s+(?=[A-Z])))",
    re.IGNORECASE,
)
"""Where the names of a byline end: at a separator, a time label, a reading time, the authors' contacts
(``Follow``, ``Email``, ``Twitter: @jdoe``, an e-mail address), or the outlet they write for (``By Jane Doe for
The Outlet``)."""
_LEAD_MARK = re.compile(r"^[\s\-–—•·*]+")
"""Dashes or a bullet that set a byline off at the foot of an article (``-- By Jane Doe``)."""
_BY_WORDS = (
    r"(?:(?:written|reporting|reported|posted|story|words|text|opinion|analysis|commentary|review|essay|column"
    r"|interview|perspective)\s+)?by"
)
"""The words that open a byline: ``By``, or a word for the piece or the authors' work before it (``Written by``,
``Analysis by``, ``Opinion by``)."""
BY_LINE = re.compile(rf"\s*(?:{_BY_WORDS})\b", re.IGNORECASE)
"""A byline that says so (``By Esther Kamwendo``), not a bare name line."""
_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\b(?:and|AND)\b)\s*|\s+[-–—/|]\s+")
_COMPOUND = re.compile("(?:" + "|".join(sorted(w for w in OUTLET_WORDS if len(w) >= 4)) + ")$")
_NOTE = re.compile(r"\([^()]{0,40}\)")
_GLUE = re.compile(
    r"(?<=[a-z])(?=[A-Z])|(?<=\d{4})(?=\d{1,2}:\d{2})|(?<=\d{4})(?=\d{1,3}\s?min(?:ute)?s?\b)"
    r"|(?<=[A-Z][+-]\d)(?=[A-Z])|(?<=\d)(?=[A-Z][a-z])"
)
"""Where a page's spans run on without a space: a word onto a capital, a year onto a clock time (``20194:30 PM``) or
a reading time (``Mar 4, 20264 mins``), a time zone onto a word, a figure onto a word."""
_PLACE_COMMA = re.compile(rf",\s*[{UPPER}][\w'’.-]*(?:\s+[{UPPER}][\w'’.-]*){{0,2}}$")
_PLACE_SUFFIX = re.compile(rf"\s+(?:in|at|from)\s+[{UPPER}][\w .'-]*$")
_NAME_WORD = re.compile(rf"^(?:[{UPPER}][\w'’.-]*|[{UPPER}]\.)$")
_NICKNAME = re.compile(rf"^[\"“‘'][{UPPER}][\w'’.-]*[\"”’']$")
"""A nickname in quotes inside a person's name (``Robert "Bobby" Lang``)."""
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|news|co\.uk|co|info|io|ua|uk|de|fr|eu|in|au|ca)$", re.I)
_COPYRIGHT = re.compile(
    r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?P<name>.*?)"
    r"(?:[.,]?\s*all rights reserved.*)?[.\s]*$",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    rf"^[{UPPER}][{UPPER} .'-]{{1,40}}(?:,\s*[{UPPER}][\w .'-]{{1,40}})?\s*\((?P<outlet>[A-Z][\w&. ]{{0,30}})\)\s*[-—–]"
)
_MONTH_STEMS = "|".join(sorted({name[:3].title() for name in MONTHS}))
"""The first three letters of each month's name, capitalised (``Jan``, ``Sep``)."""
_GLUED_DATE = re.compile(rf"(?<=[a-z.!?'\"’”])(?=(?:{_MONTH_STEMS})[a-z]*\.?\s+\d{{1,2}}\b)")
_GLUED_CAPITAL_DATE = re.compile(rf"(?<=[A-Z])(?=(?:{_MONTH_STEMS.upper()})[A-Z]*\.?\s+\d{{1,2}},?\s+\d{{4}}\b)")
"""A date in capitals run on to a name in capitals (``ADAM GOLDMANSEPT. 19, 2016``): the last month's name that
starts a date line."""


def _iso(year: str, month: str, day: str) -> str | None:
    number = int(month) if month.isdigit() else MONTHS.get(month.lower().rstrip("."))
    if number is None:
        return None
    try:
        return dt.date(int(year), number, int(day)).isoformat()
    except ValueError:
        return None


DateOrder = Literal["month-first", "day-first", "separator"]
"""How to read an all-numeric date whose two numbers could both be months (``06/11/2023``): month first (US), day
first, or by its separator (``06.11.2023`` day first, ``06/11/2023`` month first)."""


def _numeric_date(first: str, second: str, year: str, separator: str, order: DateOrder | None) -> str | None:
    """An all-numeric date: the day is the number over 12 when one is; otherwise ``order`` decides (``None``: no
    date)."""
    full_year = year if len(year) == 4 else f"20{year}"
    a, b = int(first), int(second)
    if a > 12 >= b:
        return _iso(full_year, second, first)
    if b > 12 >= a:
        return _iso(full_year, first, second)
    if order is None:
        return None
    day_first = order == "day-first" or (order == "separator" and separator == ".")
    return _iso(full_year, second, first) if day_first else _iso(full_year, first, second)


def find_date(text: str, *, order: DateOrder | None = None) -> str | None:
    """The first calendar date in ``text``, in ISO form (``2024-10-21``), or ``None``.

    Args:
        text: A line of the page.
        order: How to read an all-numeric date that could be either way round (see :data:`DateOrder`); ``None``
            skips such a date.
    """
    text = _GLUE.sub(" ", text)
    for match in DATE_PATTERN.finditer(text):
        groups = match.groupdict()
        for year, month, day in (("y1", "m1", "d1"), ("y2", "m2", "d2"), ("y3", "m3", "d3"), ("y5", "m5", "d5")):
            if groups[year]:
                iso = _iso(groups[year], groups[month], groups[day])
                if iso:
                    return iso
        if groups["y4"]:
            iso = _numeric_date(groups["a4"], groups["b4"], groups["y4"], groups["s4"], order)
            if iso:
                return iso
    return None


def date_order(lines: list[str]) -> DateOrder:
    """How a page writes its all-numeric dates: day first when one of them has a day over 12 in first place
    (``25/10/2023``), month first when one has it in second place (``10/25/2023``), else by each date's separator."""
    day_first = month_first = False
    for line in lines:
        for match in DATE_PATTERN.finditer(_GLUE.sub(" ", line)):
            if match.group("y4"):
                a, b = int(match.group("a4")), int(match.group("b4"))
                day_first |= a > 12 >= b
                month_first |= b > 12 >= a
    if day_first != month_first:
        return "day-first" if day_first else "month-first"
    return "separator"


_MONTH_DAY = re.compile(
    rf"(?<![\w.])(?P<month>{'|'.join(sorted(MONTHS, key=len, reverse=True))})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
    r"(?!\d|[,.]?\s*\d{4})(?![\w:])",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<!\d)(?:19[7-9]\d|20[0-9]\d)(?!\d)")
_COPYRIGHT_YEAR = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–]\s*)?(?P<year>\d{4})", re.IGNORECASE)


_PUBLISHED = re.compile(r"\b(?:first published|published|posted)\b\s*(?:on)?\s*:?", re.IGNORECASE)


def published(text: str) -> str:
    """The part of a date line from its publication date on (``Updated Nov 19, 6:55 AM; Posted Nov 18, 8:19 PM`` ->
    ``Nov 18, 8:19 PM``): the article's date, not the update's."""
    match = _PUBLISHED.search(text)
    return text[match.end() :] if match else text


def month_day(text: str) -> str | None:
    """A date written without its year (``Posted Nov 18, 8:19 PM``, ``Nov 18``) as ``MM-DD``, or ``None``."""
    match = _MONTH_DAY.search(text)
    if not match:
        return None
    month = MONTHS.get(match.group("month").lower())
    day = int(match.group("day"))
    if month is None or not 1 <= day <= 31:
        return None
    return f"{month:02d}-{day:02d}"


SPLIT_DATE_LINES = 2
"""A year on a line of its own (or with a time: ``3:35 PM 2016``) belongs to a date without one at most this many
lines above it (``November 20`` / ``15:23`` / ``2019``: a date whose parts a page sets on lines of their own)."""


def split_year(line: str) -> str | None:
    """The year of a line that holds one year and nothing else but times and date words (``2019``, ``3:35 PM
    2016``): the year of a date whose parts the page sets on lines of their own; ``None`` for any other line."""
    years = _YEAR.findall(line)
    if len(years) == 1 and not DATE_WORDS.sub(" ", TIME_PATTERN.sub(" ", _YEAR.sub(" ", line))).strip():
        return str(years[0])
    return None


MAX_CREDIT_WORDS = 6
"""A line that names a date and more words than this besides it tells a fact of the story (a highlight, a
standfirst: ``The Social Security Act was signed into law on August 14, 1935``), not when the story was published."""


def tells_a_fact(text: str) -> bool:
    """Whether a dated line says more than a credit does around its date (over :data:`MAX_CREDIT_WORDS` words)."""
    rest = DATE_WORDS.sub(" ", TIME_PATTERN.sub(" ", DATE_PATTERN.sub(" ", text)))
    return len(re.findall(r"[^\W\d_]+", rest)) > MAX_CREDIT_WORDS


def page_year(lines: list[str]) -> str | None:
    """The year a page was published in, for a date it prints without one: the year its dates name most (a year on a
    line of its own just under a month and day is that date's), or else its copyright year (``© 2019 …``)."""
    years = [m.group() for line in lines for m in _YEAR.finditer(line) if DATE_PATTERN.search(line)]
    years += [
        year
        for k, line in enumerate(lines)
        if (year := split_year(line)) and any(month_day(lines[j]) for j in range(max(0, k - SPLIT_DATE_LINES), k))
    ]
    if years:
        return max(sorted(set(years)), key=years.count)
    return next((m.group("year") for m in map(_COPYRIGHT_YEAR.search, lines) if m), None)


def is_date_line(text: str) -> bool:
    """Whether ``text`` holds a date and nothing else but times, weekdays, zones and words like *Updated*."""
    if len(text) > 120:
        return False
    text = _GLUE.sub(" ", text)
    if not DATE_PATTERN.search(text):
        return False
    rest = DATE_WORDS.sub(" ", TIME_PATTERN.sub(" ", DATE_PATTERN.sub(" ", text)))
    return not rest.strip()


def date_line_start(text: str) -> int | None:
    """Where a date glued to the end of a headline begins (``…charged againJuly 23, 2008``), or ``None``."""
    for match in _GLUED_DATE.finditer(text):
        if match.start() > 0 and is_date_line(text[match.start() :]):
            return match.start()
    return None


_UI_WORDS = word_set(
    "me us email e-mail share print order reprints subscribe sign log next previous story stories service customer "
    "contact view more read learn follow comment comments reports staff newsletter newsletters app get download "
    "advertise privacy terms home menu search video videos photos gallery watch listen text size font"
)
"""Words of a page's buttons and links (``Email Me``, ``Order Reprints``, ``Customer Service``, ``Staff Reports``):
a line holding one is a control, not a person's name."""


_LEAD_WORDS = word_set("from via with for about in at on to by")
"""Words that open a credit but no person's name (``From Reuters``)."""
_CLAUSE_WORDS = word_set(
    "is are was were been has have had does did says tells told gets got to for with from into onto after before "
    "over under against amid despite during without within than that this these those what why how when where which "
    "not if but or at its his her their our your"
)
"""Verbs, prepositions and pronouns of a clause that follow no first name in a person's name: a title-cased line
holding one after its first word is a headline (``Ahmad Khan Rahami Is Arrested in …``), not a byline."""


def _has_name_word(name: str) -> bool:
    """Whether a name holds a word longer than an initial (``A A A``, a text-size control's letters, holds none)."""
    return any(len(word.strip(".")) >= 2 for word in name.split())


def _is_person(name: str) -> bool:
    words = name.split()
    if not 2 <= len(words) <= 5 or any(ch.isdigit() for ch in name):
        return False
    if any(w.casefold() in _UI_WORDS for w in words):
        return False
    if any(w.casefold() in _CLAUSE_WORDS for w in words[1:]):
        return False
    if not _has_name_word(name):
        return False
    first_name = words[0][:1].isupper() and words[0].lower() in _FIRST_NAME_PARTICLES  # "Al Root", "Van Jones"
    if (words[0].lower() in _CONNECTORS and not first_name) or words[0].lower() in _WEEKDAY_WORDS | _LEAD_WORDS:
        return False
    if len(words[0]) >= 3 and words[0].isalpha() and words[0].isupper() and not name.isupper():
        return False  # "CNN Business": an acronym opens a desk's name, not a person's
    capitals = sum(1 for word in words if _NAME_WORD.match(word))
    return capitals >= 2 and all(
        _NAME_WORD.match(w) or w.lower() in _CONNECTORS or (0 < k < len(words) - 1 and _NICKNAME.match(w))
        for k, w in enumerate(words)
    )


def looks_like_outlet(text: str) -> bool:
    """Whether a short line reads as a publication's name (``The Guardian``, ``Fox News``, ``BBC``)."""
    name = text.strip().rstrip(".")
    words = name.split()
    if not words or len(words) > 6 or any(ch.isdigit() for ch in name) or name[-1:] in "!?,;:":
        return False
    if _DOMAIN.match(name):
        return True
    if not all(w[:1].isupper() or w.lower() in _CONNECTORS or w == "&" for w in words):
        return False
    lowered = [w.lower().strip("'’") for w in words]
    if len(words) >= 2 and lowered[0] == "the":
        return True
    if len(words) == 1:
        compound = _COMPOUND.search(lowered[0])
        return (name.isupper() and 2 <= len(name) <= 6) or bool(compound and compound.start() > 0)
    return any(w in OUTLET_WORDS for w in lowered)


def outlet_from_author(author: str) -> str | None:
    """The outlet named by a desk byline (``The Kyiv Independent news desk`` -> ``The Kyiv Independent``)."""
    match = _DESK.match(author.strip())
    if not match:
        return None
    outlet = match.group("outlet").strip()
    if outlet.startswith("the "):
        outlet = "The " + outlet[4:]
    return outlet if outlet[:1].isupper() and len(outlet.split()) <= 6 else None


def outlet_from_copyright(text: str) -> str | None:
    """The owner named by a copyright line (``© 2024 The Kyiv Independent. All rights reserved.``)."""
    match = _COPYRIGHT.match(text.strip())
    if not match:
        return None
    name = match.group("name").strip(" .,")
    words = name.split()
    if not words or len(words) > 6 or any(ch.isdigit() for ch in name) or not name[:1].isupper():
        return None
    return name


def outlet_from_dateline(text: str) -> str | None:
    """The agency of a wire dateline (``KYIV, Ukraine (AP) — …`` -> ``AP``)."""
    match = _DATELINE.match(text)
    return match.group("outlet").strip() if match else None


DESK_WORDS = frozenset(
    {
        *("senior", "chief", "deputy", "associate", "assistant", "executive", "managing", "staff", "special", "acting"),
        *("political", "politics", "foreign", "home", "health", "science", "technology", "tech", "business"),
        *("economics", "economic", "economy", "sport", "sports", "courts", "legal", "crime", "security", "defence"),
        *("defense", "diplomatic", "education", "environment", "environmental", "climate", "data", "investigations"),
        *("investigative", "social", "affairs", "culture", "arts", "music", "film", "travel", "media", "world"),
        *("national", "local", "city", "metro", "transport", "energy", "markets", "finance", "financial", "digital"),
        *("news", "weather", "property", "religion", "royal", "medical", "consumer", "community", "regional"),
    }
)
"""Words of a desk or rank in a job title (``Senior Technology correspondent``), never of a person's name."""
MAX_ROLE_WORDS = 3
"""A job title set after a name with no comma is at most this many words (``Senior Technology correspondent``)."""


def _name_before_role(part: str) -> str | None:
    """The person's name that opens ``Priya Okonkwo Technology correspondent`` (a byline with the job title run on),
    or ``None`` when the words before the job title are no name (``Senior Political Correspondent``)."""
    words = part.split()
    for cut in range(max(2, len(words) - 1 - MAX_ROLE_WORDS), len(words) - 1):
        name = words[:cut]
        if any(w.casefold() in JOB_WORDS or w.casefold() in DESK_WORDS for w in name):
            continue
        if _is_person(" ".join(name)):
            return " ".join(name)
    return None


_HANDLE = re.compile(r"(?<!\w)@\w{1,30}")
"""A social-media handle after a name (``Nishant Kumar @Nishantopines``)."""
_GLUED_OUTLET = re.compile(r"(?<=[a-z])(?=[A-Z]{2,}[a-z]*[A-Z]?\w*$)|(?<=[^\W\d_])(?=@[^\W\d]\w{0,29}$)")
"""Where an outlet's name in capitals (``Jonathan GarberFOXBusiness``) or a handle (``Jon Porter@JonPorty``: the
link's text run on with no space) is glued to the last name."""


_NAME_STOP = re.compile(r"\b(?:Jr|Sr|[A-Z])\.$")
"""A stop that belongs to the name (``Jr.``, ``Sr.``, a closing initial), kept when a name is trimmed."""


_AND = re.compile(r"\s(?:and|AND|&)\s")


_ACRONYM = re.compile(r"[A-Z]{2}")


def _credit_after_name(part: str, listed: bool) -> tuple[str, str | None] | None:
    """A person's name with a credit run on after it as ``(name, outlet)``: an outlet (``Kevin McCoy USA TODAY``,
    ``Trevor J. Mitchell Sioux Falls Argus Leader``, ``Jonathan GarberFOXBusiness`` glued on), or a social-media
    handle (``Nishant Kumar @Nishantopines``: outlet ``None``). The name is two words, or three with a middle
    initial, with no acronym (unless all in capitals before a credit that is not: ``JOSH BOAK Associated Press``)
    and no outlet's word; the rest is a handle, or one to four capitalised words, in
    capitals, with an acronym glued on or ending in an outlet's word (``Post``, ``Times``) unless the part follows
    ``and`` in a list of names (``A and B Outlet``)."""
    words = _GLUED_OUTLET.sub(" ", part).split()
    size = 3 if len(words) >= 4 and re.fullmatch(r"[A-Z]\.?", words[1]) else 2
    head, rest = words[:size], words[size:]
    handle = bool(rest) and all(_HANDLE.fullmatch(w) for w in rest)
    glued = len(words) > len(part.split())
    if len(words) < (3 if handle or glued else 4) or not 1 <= len(rest) <= 4:
        return None
    if not _is_person(" ".join(head)) or looks_like_outlet(" ".join(head)):
        return None
    capitals = all(w.isupper() for w in head) and not all(w.isupper() for w in rest)  # "JOSH BOAK Associated Press"
    if not capitals and any(w.isupper() and len(w.rstrip(".")) > 1 for w in head):
        return None  # "NRA School Safety Report …": an acronym opens no person's name
    if handle:
        return " ".join(head), None
    if not all(w[:1].isupper() or w.lower() in _CONNECTORS for w in rest) or rest[-1].casefold() in JOB_WORDS:
        return None
    if _NAME_STOP.search(part):
        return None  # "Piet J. Mol Jr.": the name runs on to its own suffix
    outlet = " ".join(rest)
    if not (listed or outlet.isupper() or (glued and _ACRONYM.search(outlet)) or rest[-1].casefold() in OUTLET_WORDS):
        return None
    return " ".join(head), outlet


_HONORIFIC = re.compile(r"^(?:dr|prof|professor|rev|revd)\.?\s+(?=\S)", re.IGNORECASE)
"""A title before a person's name in a byline (``Dr.``, ``Prof.``): not part of the name."""


def _trim_name(part: str) -> str:
    """A part of a byline without surrounding spaces and punctuation, keeping a stop that belongs to the name."""
    part = " ".join(part.split()).strip(" ,:;-–—")
    while part.endswith(".") and not _NAME_STOP.search(part):
        part = part[:-1].rstrip(" ,:;-–—")
    return part.lstrip(".")


def parse_authors(names: str) -> tuple[list[str], list[str]]:
    """Split a list of names (``A, B and The X news desk``) into authors and outlets named among them.

    Returns:
        ``(authors, outlets)``: people and desks (desks count as authors, as the page credits them), and parts
        that are plainly an outlet (``John Smith, Associated Press`` names the agency, not a second author).
    """
    authors, outlets, _ = author_evidence(names)
    return authors, outlets


def author_evidence(names: str, off: frozenset[str] = frozenset()) -> tuple[list[str], list[str], list[str]]:
    """:func:`parse_authors` with the names of the rules that decided its parts (``person``, ``desk``,
    ``run-on-credit`` …), in the order they fired: ``(authors, outlets, rules)``. Rules named in ``off`` are
    not applied (a part no rule reads is ``no-name`` and dropped): what the reading would be without them."""
    authors: list[str] = []
    outlets: list[str] = []
    rules: list[str] = []
    after_role = (
        False  # "Jane Smith, Communications Officer, Tiyeni Relief Alliance": what follows a job is its employer
    )
    noted = "note" not in off and bool(_NOTE.search(names))
    if noted:
        rules.append("note")
    listing = _NOTE.sub(" ", names) if noted else names
    parts = _NAME_SPLIT.split(listing)
    separators = ["", *_NAME_SPLIT.findall(listing)]
    for number, part in enumerate(parts):
        if "and-after-role" not in off and after_role and _AND.search(f" {separators[number].strip()} "):
            after_role = False  # "A, Senior Correspondent, and B, Staff Writer": "and" brings the next person
            rules.append("and-after-role")
        trimmed = _trim_name(part)
        plain = trimmed if "honorific" in off else _HONORIFIC.sub("", trimmed)
        if plain != trimmed:
            rules.append("honorific")
        part = plain if "place-suffix" in off else _PLACE_SUFFIX.sub("", plain)
        if not part:
            continue
        if part != plain:
            rules.append("place-suffix")
        following = parts[number + 1].strip(" .,:;-–—") if number + 1 < len(parts) else ""
        if "bureau-city" not in off and following.casefold().endswith(" bureau"):
            rules.append("bureau-city")
            continue  # "New Delhi, News Nation Bureau": the bureau's city, not a person
        credited = _credit_after_name(part, listed=number > 0 and bool(_AND.search(names)))
        if "run-on-credit" not in off and credited:
            authors.append(credited[0].title() if credited[0].isupper() else credited[0])
            if credited[1]:
                outlets.append(credited[1])
            rules.append("run-on-credit")
            continue
        if "role" not in off and part.split()[-1].casefold() in JOB_WORDS:
            named = _name_before_role(part)
            if named:
                authors.append(named)  # "Priya Okonkwo Technology correspondent": the name, then the job
            rules.append("role")
            after_role = True
            continue
        if "employer-after-role" not in off and after_role and not looks_like_outlet(part):
            rules.append("employer-after-role")
            continue
        if "desk" not in off and outlet_from_author(part):
            authors.append(part)
            rules.append("desk")
        elif (
            "outlet-word" not in off
            and looks_like_outlet(part)
            and any(w.lower() in OUTLET_WORDS for w in part.split())
        ):
            outlets.append(part)
            rules.append("outlet-word")
        elif "person" not in off and _is_person(part):
            authors.append(part.title() if part.isupper() else part)
            rules.append("person")
        elif (
            "person-in-capitals" not in off
            and part.isupper()
            and not any(ch.isdigit() for ch in part)
            and 2 <= len(part.split()) <= 5
            and not any(w.casefold() in _UI_WORDS for w in part.split())
            and _has_name_word(part)
        ):
            authors.append(part.title())
            rules.append("person-in-capitals")
        elif "outlet-shape" not in off and looks_like_outlet(part):
            outlets.append(part)
            rules.append("outlet-shape")
        elif "for-outlet" not in off and (served := _FOR_OUTLET.match(part)) and looks_like_outlet(served["outlet"]):
            outlets.append(served["outlet"])  # "NJ Advance Media for NJ.com": a desk working for the outlet
            rules.append("for-outlet")
        else:
            rules.append("no-name")
    return authors, outlets, rules


_FOR_OUTLET = re.compile(rf"^[{UPPER}][^,]{{0,40}}?\s+for\s+(?:the\s+)?(?P<outlet>[{UPPER}].{{1,40}})$")
"""A credit after the names to a desk or agency working for an outlet (``NJ Advance Media for NJ.com``)."""
_DATED_BY = re.compile(r"^(?P<date>.{1,60}?)\s+(?:by|BY|By)\s+(?P<names>\S.*)$")
_NAME_THEN_DATE = re.compile(r"^(?P<names>[^|–—-]{3,80}?)\s+[|–—-]\s+(?P<date>.{4,80})$")
_NAME_THEN_LABEL = re.compile(
    r"^(?P<names>[^|–—-]{3,80}?)\s+(?:[|•·–—-]\s*)?(?:published|updated|posted|last updated)\s*(?:on\s+)?:?\s*"
    r"(?P<date>.{4,80})$",
    re.IGNORECASE,
)


def credit_line(text: str) -> bool:
    """Whether a line credits the article's authors with its date around them: ``11/19/2019 by Lars Brandle``,
    ``5:45 AM PST 11/19/2019 by Jane Doe``, ``Chris Davies - Nov 19, 2019, 10:31 pm CST``, ``Jane Doe Updated
    10:02 AM EST, Mon November 6, 2023``."""
    text = _COUNTS_END.sub("", text)
    if dated_byline(text):
        return True
    named = _NAME_THEN_DATE.match(text) or _NAME_THEN_LABEL.match(text)
    if named and is_date_line(named.group("date")) and is_name_line(named.group("names")):
        return True
    return _names_by_date(text) is not None


_COUNTS_END = re.compile(r"(?:\s*[|•·]\s*(?:\d{1,3}(?:,\d{3})*|\d+(?:\.\d)?[kKmM]))+$")
"""Counts a credit line may end with, each after a bar (views, comments: ``Jane Doe | Sep. 21, 2011 | 4,094 | 6``,
``… | 1.2k``), not a date in figures (``| 11.06.23``)."""
_CREDIT_SEPARATOR = re.compile(r"\s*[|•·,–—-]\s*|\s+")
"""What stands between the names and the date of a credit line (``Jane Doe · Nov 6, 2023``, ``Jane Doe, Nov 6``)."""


_MONTH_WORD = re.compile(rf"\b(?:{_MONTH_STEMS})", re.IGNORECASE)


def _stamped(text: str) -> bool:
    """Whether a date after a bare space reads as a time stamp: it names its month (``Nov. 6, 2023``), or its figures
    (``8/17/13``) come with the time of day (``8/17/13 11:04am``), which no issue number has."""
    if _MONTH_WORD.search(text):
        return True
    date = DATE_PATTERN.search(text)
    return date is not None and TIME_PATTERN.search(text, date.end()) is not None


def _names_by_date(text: str) -> str | None:
    """The names of a line that holds nothing but them and a date, either way round and set apart by a separator
    or a space before a date stamp (:func:`_stamped`: ``Jane Doe Nov. 6, 2023, 3:04 PM``, ``Jane Doe 8/17/13
    11:04am``, ``November 6, 2023 | Jane Doe``), or ``None``."""
    if len(text) > 150:
        return None
    for separator in _CREDIT_SEPARATOR.finditer(text):
        left, right = text[: separator.start()], text[separator.end() :]
        if not left or not right or (not separator.group().strip() and not _stamped(right)):
            continue  # "Opening Bell 11.18.19": figures after a bare space may number an issue, not date it
        if is_date_line(right) and is_name_line(_PUBLISHED_END.sub("", left)):
            return _PUBLISHED_END.sub("", left)
        if is_date_line(left) and is_name_line(right):
            return right
    return None


_BY_LABEL = re.compile(rf"^(?:{_BY_WORDS}|authors?|writers?|contributors?|words(?=\s*:))\b\s*:?\s*", re.IGNORECASE)
"""The words that open a byline or an author credit (``By``, ``Written by:``, ``Authors:``, ``Words:``)."""
_PUBLISHED_END = re.compile(r"\s*[|•·,–—-]?\s*\b(?:published|updated|posted|last updated)\s*(?:on)?\s*:?$", re.I)
"""A time label that ends the names before a date (``Jane Doe Updated`` in ``Jane Doe Updated 10:02 AM``)."""
_DOUBLED = re.compile(r"(\S.{3,80}?)\s*(?:[Bb][Yy]\s+)?\1")
"""A byline's names printed twice in a row (``Andrea WongAndrea Wong``, ``Jo Reed | The Post By Jo Reed | The
Post``)."""
MAX_DOUBLED_CHARS = 170
"""A byline printed twice (:data:`_DOUBLED`) is at most this long: two copies of 81 characters and a ``By``."""
_TRAILING_LINK = re.compile(
    rf"\s+(?:(?:on|at|in|[-–—])\s*|(?:(?:on|[-–—])\s+)?(?:{'|'.join(sorted(WEEKDAYS))})\s*,?\s*)$", re.IGNORECASE
)
"""What stands between a byline's names and the date it was cut at: a linking word or a weekday (``By Jane Doe on
November 19, 2019``, ``By Bryan Walsh Tuesday, Aug. 17, 2010``)."""


def dated_byline(text: str) -> bool:
    """Whether a line is a date, then *by* and the authors (``September 10, 2011 at 1:06 PM ET by Jane Doe``,
    ``11/19/2019 by Jane Doe``): an article's credits in one line, never its headline."""
    dated = _DATED_BY.match(text)
    return dated is not None and is_date_line(dated.group("date")) and bool(parse_authors(dated.group("names"))[0])


def parse_byline(text: str) -> tuple[list[str], list[str], str | None]:
    """Read a byline (``by A and B October 21, 2024 12:14 PM 2 min read``, ``11/19/2019 by A``).

    Returns:
        ``(authors, outlets, date)``: see :func:`parse_authors`; ``date`` is ISO or ``None``.
    """
    authors, outlets, _ = byline_evidence(text)
    return authors, outlets, find_date(text) or find_date(_GLUED_CAPITAL_DATE.sub(" ", text))


def byline_evidence(text: str, off: frozenset[str] = frozenset()) -> tuple[list[str], list[str], list[str]]:
    """The authors and outlets of :func:`parse_byline` with the names of the rules that read them: how the names
    were cut out of the line (``by-words``, ``date-before-by``, ``cut-at-date`` …) and then
    :func:`author_evidence`'s. Rules named in ``off`` are not applied."""
    rules: list[str] = []
    marked = _LEAD_MARK.sub("", text)
    if "lead-mark" not in off and marked != text:
        text = marked
        rules.append("lead-mark")
    dated = _DATED_BY.match(text)
    if "date-before-by" not in off and dated and is_date_line(dated.group("date")):
        text = dated.group("names")
        rules.append("date-before-by")
    elif "date-first" not in off and is_date_line(text.split("|")[0].split("•")[0].split("·")[0]):
        names = _names_by_date(text)
        if names is not None and text.endswith(names):
            text = names  # "November 6, 2023 | Jane Doe"
            rules.append("date-first")
    body = text if "by-words" in off else _BY_LABEL.sub("", text)
    if body != text:
        rules.append("by-words")
    doubled = _DOUBLED.fullmatch(body.strip())
    if "doubled" not in off and doubled:
        body = doubled.group(1)  # "Andrea WongAndrea Wong": the name and its link's text, run together
        rules.append("doubled")
    glued = [m for m in _GLUED_CAPITAL_DATE.finditer(body) if is_date_line(body[m.start() :])]
    found = {
        "cut-at-label": _BYLINE_CUT.search(body),
        "cut-at-date": DATE_PATTERN.search(body),
        "cut-at-time": TIME_PATTERN.search(body),
        "cut-at-glued-date": glued[-1] if glued else None,
    }
    cuts = {rule: m.start() for rule, m in found.items() if m and rule not in off}
    if cuts:
        rules.append(min(cuts, key=lambda rule: cuts[rule]))
    names = body[: min(cuts.values())] if cuts else body
    linked = names if "trailing-link" in off else _TRAILING_LINK.sub("", names)  # "By Jane Doe on November 19, 2019"
    if linked != names:
        rules.append("trailing-link")
    if "contact-tail" not in off and _CONTACT_TAIL.search(linked):
        linked = _CONTACT_TAIL.sub("", linked)  # "Jane DoeFollow": a button run on
        rules.append("contact-tail")
    authors, outlets, more = author_evidence(linked, off)
    return authors, outlets, rules + more


_CONTACT_TAIL = re.compile(
    r"(?:\s*[|•·,–—-]\s*|\s+|(?-i:(?<=[a-z])(?=[A-Z])))"
    r"(?:follow|e-?mail)\b(?:\s+\S+){0,3}$",
    re.IGNORECASE,
)
"""A button to follow or write to the author after a name (``Jane Doe · Follow``, ``Jane DoeFollow``: the button's
text run on with no space)."""


def name_with_link(text: str) -> bool:
    """Whether a line is a name line (:func:`is_name_line`) that ends with a button to follow or write to the author
    (``Jane Doe · Follow``, ``Jane DoeFollow``)."""
    return bool(_CONTACT_TAIL.search(text)) and is_name_line(text)


@lru_cache(maxsize=4096)
def is_name_line(text: str) -> bool:
    """Whether a short line is nothing but one or more person names (a byline without *By*), the last perhaps with its
    outlet run on (``A and B USA TODAY``) or set after them (``A / Harbour Weekly``)."""
    doubled = _DOUBLED.fullmatch(text) if len(text) <= MAX_DOUBLED_CHARS else None
    if doubled:
        text = doubled.group(1)  # "Jo Reed | The Post By Jo Reed | The Post": one byline printed twice
    if len(text) > 150 or text[-1:] in ".!?:" or photo_credit_line(text):
        return False  # a sentence, or a picture's credit ("Courtesy Jo Reed")
    text = _CONTACT_TAIL.sub("", text)
    place = _PLACE_COMMA.search(text)
    if place and place.start() > 0:
        text = text[: place.start()]
    authors, outlets = parse_authors(text)
    parts = [p for p in _NAME_SPLIT.split(text) if p.strip()]
    listed = bool(_AND.search(text))
    credits = [_credit_after_name(" ".join(p.split()), k > 0 and listed) for k, p in enumerate(parts)]
    credited = sum(1 for credit in credits if credit and credit[1])
    last = parse_authors(parts[-1]) if len(parts) > 1 else ([], [])
    tail = 1 if not last[0] and last[1] else 0  # "Jane Doe | Harbour Weekly": the outlet after the names
    roles = 0  # "Jane Doe - Staff Writer": the job title after the names
    while len(parts) - tail - roles > 1 and _job_title(parts[-1 - tail - roles]):
        roles += 1
    return bool(authors) and len(outlets) == credited + tail and len(authors) == len(parts) - tail - roles


def _job_title(part: str) -> bool:
    """Whether a part of a name line is a job title and nothing else (``Staff Writer``, ``Senior Correspondent``)."""
    words = part.split()
    return (
        0 < len(words) <= MAX_ROLE_WORDS + 1
        and words[-1].casefold() in JOB_WORDS
        and all(w[:1].isupper() or w.casefold() in _CONNECTORS for w in words)
        and _name_before_role(part) is None
    )
