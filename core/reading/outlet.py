"""Naming the publisher of a pasted page: the name the page gives itself, again and again.

A page names its publisher in set phrases: a copyright line (``© 2019 Billboard. All Rights Reserved.``), a byline's
credit (``By Troy L. Smith, Cleveland.com``, ``Special to the Pioneer Press``), a footer's sentence about the site
(``Live Science is part of Future US Inc``), a menu's links (``Follow AppleInsider``, ``Support Snopes``, ``More from
Sportsnet``). Each phrase gives a candidate; legal suffixes (``Inc``, ``LLC``, ``Pty Ltd``) are dropped. The outlet is
the candidate the page names most often, counting every line that holds it, with the set phrases counting extra: a
menu word (``Policy``, ``Weekly``) that happens to look like a name is named once, the publisher many times.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass

from core.reading.cleaning_rules import NAV_WORDS, UPPER
from core.reading.metadata import looks_like_outlet

__all__ = ["Evidence", "best_outlet", "outlet_candidates", "outlet_evidence", "phrase_evidence"]

_WORD = rf"[{UPPER}0-9][\w&'’-]*(?:\.[\w&'’-]+)*"
_NAME = rf"(?-i:{_WORD}(?:[ ]{_WORD}|[ ](?:of|the|and|&)(?=[ ][{UPPER}])){{0,4}})"
"""A capitalised name of one to five words (``The Hollywood Reporter``, ``AutoIndustriya.com``, ``NJ.com``)."""

_LEGAL = re.compile(
    r"(?:[,\s]+(?:inc|llc|ltd|limited|plc|pvt|pty|corp|corporation|co|company|gmbh|ag|sa|s\.a|l\.l\.c)\.?)+$",
    re.IGNORECASE,
)
_CREDIT_PHRASES = (
    re.compile(rf"^by\s+[^,|]{{3,60}}[,|]\s*(?:[^,|]{{0,40}}\bfor\s+)?(?P<name>{_NAME})$", re.IGNORECASE),
    re.compile(rf"\bspecial to (?:the\s)?(?P<name>{_NAME})$", re.IGNORECASE),
    re.compile(rf"\b(?:source|courtesy)\s*:\s*(?P<name>{_NAME})$", re.IGNORECASE),
)  # fmt: skip
"""Set phrases that credit a story (``By … , Outlet``, ``Special to the …``, ``Source: …``)."""

_PHRASES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("copyright", re.compile(rf"^(?:copyright\s*)?(?:©|\(c\)|copyright(?=\s*\d{{4}}))\s*(?:copyright\s*)?"
                             rf"(?:\d{{4}}(?:\s*[-–]\s*\d{{4}})?,?\s*)?(?P<name>{_NAME})", re.IGNORECASE)),
    ("name ©", re.compile(rf"^(?P<name>{_NAME})\s*©")),
    ("all rights reserved", re.compile(rf"(?:^|\d{{4}}\s+)(?P<name>{_NAME})(?:,?\s*(?:inc|llc|ltd)\.?)?[.,]?\s*[-–|]?"
                                       rf"\s*all rights reserved", re.IGNORECASE)),
    ("trademark", re.compile(rf"\ball rights reserved\W*(?:©|copyright)?\s*(?:\d{{4}}\s*)?(?P<name>{_NAME})\s+is a "
                             r"(?:registered )?trademark", re.IGNORECASE)),
    *zip(("by X, outlet", "special to", "source:"), _CREDIT_PHRASES, strict=True),
    ("is part of", re.compile(rf"^(?P<name>{_NAME}) (?:is (?:part of|published by|supported by|owned by|a (?:division|"
                              r"subsidiary|registered trademark) of))\b")),
    ("editor at", re.compile(rf"\b(?:editor|publisher|reporter|writer)(?: and \w+)? (?:at|of|for) (?:the\s)?"
                             rf"(?P<name>{_NAME})(?=[.,;]|\s+and\b|$)")),
    ("get X delivered", re.compile(rf"^get (?:the\s)?(?P<name>{_NAME}) delivered\b", re.IGNORECASE)),
    ("menu", re.compile(rf"(?:^|[.!?:]\s+)(?P<verb>follow|support|shop|more from|more on|popular on|latest from|"
                        rf"advertise (?:with|on|in)|originally published (?:on|in|by)|subscribe to|sign up for|contact|"
                        rf"about|welcome to|read more (?:on|at|from))"
                        rf"\s+(?:the\s)?(?P<name>{_NAME})(?:\s+on\s+\w+)?\.?$", re.IGNORECASE)),
    ("X store", re.compile(rf"^(?P<name>{_NAME})\s+(?P<verb>store|shop|newsletters|news desk)$")),
)  # fmt: skip
"""Set phrases in which a page names its publisher; ``name`` is the publisher."""

MAX_PHRASE_CHARS = 300
"""Set phrases are looked for in the first this many characters of a line."""
PHRASE_BONUS = 2
"""A candidate counts this many times more for each set phrase that names it."""
MAX_NAME_WORDS = 5
"""A publisher's name is at most this many words."""


_NOT_NAMES = frozenset(
    ["us", "our", "copyright", "all", "rights", "reserved", "the", "newsletter", "newsletters", "by"]
)
_CORPORATE = re.compile(
    r"(?:\s+(?:media|group|holdings|communications|broadcasting|interactive|networks?|publishing|newspapers|company"
    r"|\d+))+$",
    re.IGNORECASE,
)
"""Words a set phrase may catch that name no publisher (``Follow Us``, ``© Copyright``)."""


def _clean(raw: str) -> tuple[str, bool] | None:
    """The publisher's name in a phrase's catch, and whether it stood before a corporate word (``Forbes Media LLC``:
    the company that owns the site, which may be its parent, ``CBS Interactive``)."""
    name = _LEGAL.sub("", raw.strip(" .,-–|")).strip(" .,-–|")
    name = re.sub(r"^(?:copyright\s+|\d{4}\s+|by\s+)+", "", name, flags=re.IGNORECASE)
    name = re.sub(r"['’]s$", "", name, flags=re.IGNORECASE)
    company = _CORPORATE.sub("", name)
    corporate = bool(company) and company != name
    name = company or name
    words = name.split()
    if len(words) >= 2 and len(words[-1].rstrip(".")) == 1:
        return None  # a person's name cut at an initial ("John M. Ford")
    if words and words[0].casefold() in _NOT_NAMES and len(words) > 1 and words[0].casefold() != "the":
        return None
    if not words or len(words) > MAX_NAME_WORDS or not name[:1].isalpha():
        return None
    if len(words) == 1 and (name.casefold() in NAV_WORDS or name.casefold() in _NOT_NAMES):
        return None  # a menu word (``News``, ``Sports``) or a pronoun, not a name
    return name, corporate


@dataclass(frozen=True, slots=True)
class Evidence:
    """One place where the page names a candidate publisher: the rule that read it (``copyright``, ``menu: follow``,
    ``logo``, ``named``), the name, and whether it was a company's name (``… Media LLC``)."""

    rule: str
    name: str
    corporate: bool = False


def phrase_evidence(lines: Iterable[str]) -> list[Evidence]:
    """The names that the page's set phrases give its publisher, in page order (a name once per phrase). A byline's
    or a source line's credit to a news agency (:data:`WIRE_AGENCIES`) names the story's source, not the page's
    publisher: it is left out."""
    found: list[Evidence] = []
    credits = {id(pattern) for pattern in _CREDIT_PHRASES}
    for line in lines:
        text = line.strip()[:MAX_PHRASE_CHARS]
        for rule, phrase in _PHRASES:
            match = phrase.search(text)
            if not match:
                continue
            name = _clean(match.group("name"))
            if name and not (id(phrase) in credits and name[0].casefold() in WIRE_AGENCIES):
                verb = match.groupdict().get("verb")
                found.append(Evidence(f"{rule}: {verb.casefold()}" if verb else rule, *name))
    return found


def outlet_candidates(lines: Iterable[str]) -> list[tuple[str, bool]]:
    """The names that the page's set phrases give its publisher (:func:`phrase_evidence`), each with whether it was
    a company's name (``… Media LLC``, ``… Communications, Inc``)."""
    return [(found.name, found.corporate) for found in phrase_evidence(lines)]


def _pattern(name: str) -> re.Pattern[str]:
    """``name`` as a whole name in a line (``Slate`` in ``More on Slate``, not in ``Slates`` nor ``Slate.com``)."""
    return re.compile(rf"(?<![\w.]){re.escape(name)}(?![\w]|\.\w)", re.IGNORECASE)


def _mentions(name: str, lines: Sequence[str]) -> int:
    pattern = _pattern(name)
    return sum(1 for line in lines if pattern.search(line))


WIRE_AGENCIES = frozenset(
    ["ap", "associated press", "the associated press", "reuters", "afp", "agence france-presse", "upi", "pti",
     "ians", "ani", "dpa", "xinhua", "efe", "ansa", "kyodo", "tass", "bloomberg", "press association", "aap",
     "cnn wire", "tribune news service", "tribune content agency"]
)  # fmt: skip
"""News agencies whose copy other outlets republish: a byline or dateline naming one credits the story's source, not
the page's publisher (the agency's own site names itself in its footer and menus as well)."""

_HOST = re.compile(r"(?:[a-z0-9-]{1,63}\.){1,6}[a-z]{2,6}", re.IGNORECASE)
MAX_HOST_CHARS = 120
"""A web host (``prices.appleinsider.com``, the domain of ``jeff@thespacereview.com``) is a token of this many
characters at most."""
HOST_BONUS = 2
"""A candidate counts this much more when the page names a web host of the same letters (``thespacereview.com``,
an e-mail address at ``wired.com``)."""


def _letters(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.casefold().removesuffix(".com"))


def _hosts(lines: Sequence[str]) -> set[str]:
    """The second-level labels of the web hosts and e-mail domains the page names (``appleinsider`` for
    ``prices.appleinsider.com``; ``bbc`` for ``bbc.co.uk``)."""
    found: set[str] = set()
    for line in lines:
        for token in line.split():
            host = (
                token.strip("()[]<>,;:!?'\"“”‘’.").rpartition("@")[2].removeprefix("https://").removeprefix("http://")
            )
            host = host.partition("/")[0]
            if "." not in host or len(host) > MAX_HOST_CHARS or not _HOST.fullmatch(host):
                continue
            labels = host.casefold().split(".")
            if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
                labels = labels[:-1]  # bbc.co.uk
            found.add(labels[-2].replace("-", ""))
    return found


_SECOND_LEVEL = frozenset(["co", "com", "org", "net", "ac", "gov"])


_LOGO = re.compile(rf"^{_NAME}$")
LOGO_WORDS = 3
"""A site's name as the first line of a paste (its logo's text) is at most this many words."""


FOOTER_LINES = 15
"""The page's last this many lines are its footer, where a logo's text may stand again on its own."""


def _logo(lines: Sequence[str]) -> str | None:
    """The page's first line when it is a short name that the page names again within other lines (a logo's text:
    ``Fox Business`` over ``Read more on Fox Business``) or that stands on its own only once more, in the footer (the
    logo at the foot of the page), else ``None`` (a section label printed again on its own elsewhere is no name)."""
    first = next((line.strip() for line in lines if line.strip()), "")
    if not _LOGO.match(first) or len(first.split()) > LOGO_WORDS or first.casefold() in NAV_WORDS:
        return None
    pattern = _pattern(first)
    within = sum(1 for line in lines if line.strip() != first and pattern.search(line))
    alone = [index for index, line in enumerate(lines) if line.strip() == first]
    at_foot = len(alone) == 2 and alone[1] >= len(lines) - FOOTER_LINES
    return first if within or at_foot else None


_PRODUCT = re.compile(
    r"^(?P<brand>.+?)\s+(?:magazine|newsletters?|podcasts?|app|tv|radio|video|store|shop|plus)$", re.IGNORECASE
)
MIN_BRAND_LINES = 2
"""A product's brand (``CRN`` of ``CRN Magazine``) is a candidate when this many lines name it without the product."""


def _brand(name: str, lines: Sequence[str]) -> str | None:
    """The brand of a product's name (``CRN`` of ``CRN Magazine``) when the page names the brand on its own in other
    lines too (``CRN Lists``, ``CRN Newsletters``): the publisher, whose products all carry it."""
    match = _PRODUCT.match(name)
    if not match or match.group("brand").casefold() in NAV_WORDS:
        return None
    brand = match.group("brand")
    pattern, whole = _pattern(brand), _pattern(name)
    alone = sum(1 for line in lines if pattern.search(whole.sub("", line)))
    return brand if alone >= MIN_BRAND_LINES else None


def outlet_evidence(
    lines: Sequence[str],
    named: Sequence[str] = (),
    labels: Sequence[str] = (),
    prose: Sequence[bool] = (),
) -> list[Evidence]:
    """Every place the page names a candidate publisher, by the rule that read it: the set phrases outside the
    article's prose (:func:`phrase_evidence`), the logo's text (:func:`_logo`, rule ``logo``), the outlets the reader
    found by other means (rule ``named``), header labels that read as an outlet's name or are spelled like a web host
    the page names (rule ``label``), and the brand of a product's name (:func:`_brand`, rule ``brand``)."""
    found = phrase_evidence(line for k, line in enumerate(lines) if not (k < len(prose) and prose[k]))
    logo = _logo(lines)
    if logo:
        found.insert(0, Evidence("logo", logo))
    found += [Evidence("named", name) for name in named]
    hosts = _hosts([line.strip() for line in lines])
    found += [Evidence("label", label) for label in labels if looks_like_outlet(label) or _letters(label) in hosts]
    stripped = [line.strip() for line in lines]
    for name in dict.fromkeys(e.name for e in found):
        brand = _brand(name, stripped)
        if brand:
            found.append(Evidence("brand", brand))
    return found


def best_outlet(
    lines: Sequence[str],
    named: Sequence[str] = (),
    labels: Sequence[str] = (),
    prose: Sequence[bool] = (),
    rules: Container[str] | None = None,
) -> str | None:
    """The publisher the page names most.

    The candidates are the names its set phrases give (:func:`outlet_candidates`) and ``named`` (outlets the reader
    found by other means: a byline's credit, a wire dateline); only when there are none, those of ``labels`` (short
    header lines that look like a name, which menus are full of) that read as an outlet's name (``… Post``, ``The
    …``) or are spelled like a web host the page names. Each scores the lines that mention it, not counting lines
    where a longer candidate holds it (``CBS`` within ``CBS Sports``), plus :data:`PHRASE_BONUS` per set phrase naming
    it (a company's name, often the site's parent, gets no such bonus). A product's name (``CRN Magazine``) also
    puts up its brand when the page names the brand in other lines (:func:`_brand`), with the product's phrases
    and lines (which name the brand too).
    Ties go to the candidate named first.

    Args:
        lines: The page's lines.
        named: Outlets found by other means, best first.
        labels: Header lines that look like an outlet's name.
        prose: For each line, whether it is the article's own prose (its body): the set phrases are not looked for
            there, since a report names other publications as sources (``editor of the Weekly Standard``), while the
            lines that mention a candidate are counted everywhere.
        rules: The rules of :func:`outlet_evidence` that may put up a candidate (all when ``None``): what a
            leave-one-page-out measurement switches off.
    """
    evidence = [e for e in outlet_evidence(lines, named, labels, prose) if rules is None or e.rule in rules]
    phrased = [(e.name, e.corporate) for e in evidence if e.rule not in ("named", "label", "brand")]
    named = [e.name for e in evidence if e.rule == "named"]
    shaped = [e.name for e in evidence if e.rule == "label"]
    own_names = {name.casefold() for name, _ in phrased}
    credited = [n for n in named if n.casefold() not in WIRE_AGENCIES or n.casefold() in own_names]
    candidates = list(dict.fromkeys([*credited, *(name for name, _ in phrased)]))
    hosts = _hosts([line.strip() for line in lines])
    candidates = candidates or list(dict.fromkeys(named)) or list(dict.fromkeys(shaped))
    if not candidates:
        return None
    folded = [name.casefold() for name, corporate in phrased if not corporate]
    folded += [name.casefold() for name in named if name.casefold() not in WIRE_AGENCIES]
    stripped = [line.strip() for line in lines]
    products: dict[str, str] = {}
    if rules is None or "brand" in rules:
        for candidate in list(candidates):
            brand = _brand(candidate, stripped)
            if brand and brand not in candidates:
                candidates.append(brand)
                products[brand] = candidate
                folded += [brand.casefold()] * folded.count(candidate.casefold())
    patterns = {c: _pattern(c) for c in candidates}

    def score(candidate: str) -> int:
        longer = [
            patterns[o]
            for o in candidates
            if len(o) > len(candidate) and patterns[candidate].search(o) and products.get(candidate) != o
        ]
        holding = [
            line for line in stripped if patterns[candidate].search(line) and not any(p.search(line) for p in longer)
        ]
        alone = [line for line in holding if line.casefold() == candidate.casefold()]
        own = len(holding) - len(alone) + min(len(alone), 1)
        letters = _letters(candidate)
        host = HOST_BONUS if letters in hosts or letters.removeprefix("the") in hosts else 0
        return own + PHRASE_BONUS * folded.count(candidate.casefold()) + host

    return max(candidates, key=score)
