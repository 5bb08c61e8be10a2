"""Naming the publisher of a pasted page: the name the page gives itself, again and again.

A page names its publisher in set phrases: a copyright line (``© 2019 Billboard. All Rights Reserved.``), a byline's
credit (``By Troy L. Smith, Cleveland.com``, ``Special to the Pioneer Press``, ``Wired Staff``), a footer's sentence
about the site (``Live Science is part of Future US Inc``), a menu's links (``Follow AppleInsider``, ``Support
Snopes``, ``More from Sportsnet``), a prompt for its app (``the Fox News app``). Each phrase gives a candidate; legal
suffixes (``Inc``, ``LLC``, ``Pty Ltd``) are dropped. The outlet is the candidate the page names most often, counting
every line that holds it, with the set phrases counting extra: a menu word (``Policy``, ``Weekly``) that happens to
look like a name is named once, the publisher many times.

The web hosts a page names (a link, an e-mail address, ``Snopes.com``) spell the publisher's name too, whole, by
initials or with words cut short (``ctpost.com``: ``CT Post``, ``Connecticut Post``): a name on the page that a host
spells is a candidate, a candidate so spelled counts extra (unless a line names it as a company, the site's owner),
and the forms of one name count together, the fullest form standing for them.
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
_NAME_START = re.compile(r"[^\W\d_]|\d+[^\W\d_]")
"""A name starts with a letter, or with figures run on to letters (``247Sports``, ``9to5Mac``), never a bare number."""

_CREDIT_PHRASES = (
    re.compile(rf"^by\s+[^,|]{{3,60}}[,|]\s*(?:[^,|]{{0,40}}?\b(?:for|to|of|at)\s+(?:the\s)?)?(?P<name>{_NAME})$",
               re.IGNORECASE),
    re.compile(rf"^special to (?:the\s)?(?P<name>{_NAME})$", re.IGNORECASE),
    re.compile(rf"\b(?:source|courtesy)\s*:\s*(?P<name>{_NAME})$", re.IGNORECASE),
)  # fmt: skip
"""Set phrases that credit a story (``By … , Outlet``, ``By … | Special to the Outlet``, ``By … | … for Outlet``,
``Special to the …``, ``Source: …``)."""

_PHRASES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("copyright", re.compile(rf"(?:copyright\s*)?(?:©|\(c\)|\bcopyright(?=\s*\d{{4}}))\s*(?:copyright\s*)?"
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
    ("X staff", re.compile(rf"(?:^(?:by\s+)?|\sby\s+)(?P<name>{_NAME}) (?:staff|newsroom|editors|editorial board)$",
                           re.IGNORECASE)),  # after the date stamp it may follow: "2/26/2015 7:11 AM PST BY TMZ STAFF"
    ("the X app", re.compile(rf"\bthe (?P<name>{_NAME}) app\b")),
    ("X store", re.compile(rf"^(?P<name>{_NAME})\s+(?P<verb>store|shop|newsletters|news desk)$")),
)  # fmt: skip
"""Set phrases in which a page names its publisher; ``name`` is the publisher."""

_CAPITAL_NEXT = re.compile(rf" [{UPPER}]")
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
    if not words or len(words) > MAX_NAME_WORDS or not _NAME_START.match(name):
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
            if _CAPITAL_NEXT.match(text, match.end("name")) and len(text[match.start() :].split()) > MAX_NAME_WORDS + 1:
                continue  # a title-cased line: where the name ends is unknown (``Get The Latest X Alerts Delivered``)
            name = _clean(match.group("name"))
            verb = match.groupdict().get("verb")
            if verb and name and name[0].casefold().startswith(verb.casefold()):
                continue  # a button and its toggled state: "Follow Following", "Subscribe Subscribed"
            if name and not (id(phrase) in credits and name[0].casefold() in WIRE_AGENCIES):
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
                token.strip("()[]<>,;:!?'\"“”‘’.›‹»«|•·")
                .rpartition("@")[2]
                .removeprefix("https://")
                .removeprefix("http://")
            )
            host = host.partition("/")[0]
            if "." not in host or len(host) > MAX_HOST_CHARS or not _HOST.fullmatch(host):
                continue
            labels = host.casefold().split(".")
            linked = "@" in token or "//" in token or labels[0] == "www"
            if not linked and labels[-1] not in _WEB_ENDINGS:
                continue  # a word run on to a name (``Security.cloud``, ``Inc.All``), not a host the page names
            if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
                labels = labels[:-1]  # bbc.co.uk
            found.add(labels[-2].replace("-", ""))
    return found


_SECOND_LEVEL = frozenset(["co", "com", "org", "net", "ac", "gov"])
_WEB_ENDINGS = frozenset(
    ["com", "org", "net", "edu", "gov", "info", "news", "biz", "io", "tv", "uk", "us", "ca", "au", "nz", "in", "ie",
     "za", "ng", "ph", "il", "am", "sg", "my", "pk", "ke", "gh"]
)  # fmt: skip
"""The endings of a host named bare in a line (``Snopes.com``; a link or an e-mail address may end in any)."""


def spells_host(name: str, host: str) -> bool:
    """Whether a web host's label spells ``name``: letter for letter (``thespacereview`` for ``The Space Review``,
    ``snopes`` for ``Snopes.com``), without a leading "The", by the initials of its words (``thr`` for ``The
    Hollywood Reporter``), or with words before its last one cut short, each to its first letter and maybe one or two
    more of its letters (``ctpost`` for ``Connecticut Post``, ``jpost`` for ``Jerusalem Post``). A name of one word
    must be spelled whole."""
    letters = _letters(name)
    if len(host) < 2 or not letters:
        return False
    if host in (letters, letters.removeprefix("the")):
        return True
    words = [w for w in (_letters(word) for word in name.split()) if w]
    if len(words) < 2:
        return False
    if words[0] == "the" and host[:1] != "t":
        words = words[1:]
    if len(host) == len(words) and all(w[0] == h for w, h in zip(words, host, strict=True)):
        return True  # initials: "thr", "wsj"
    return len(words) >= 2 and host.endswith(words[-1]) and _spelled(host, tuple(words))


def _spelled(host: str, words: tuple[str, ...]) -> bool:
    """Whether ``host`` is ``words`` one after the other, each whole or cut short (its first letter, then at most
    :data:`MAX_CUT_LETTERS` more of its letters in order)."""
    if not words:
        return not host
    if not host or host[0] != words[0][0]:
        return False
    word, rest = words[0], words[1:]
    if host.startswith(word) and _spelled(host[len(word) :], rest):
        return True
    for end in range(1, min(len(host), 1 + MAX_CUT_LETTERS) + 1):
        if _subsequence(host[1:end], word[1:]) and _spelled(host[end:], rest):
            return True
    return False


def _subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(ch in letters for ch in short)


MAX_CUT_LETTERS = 2
"""A word cut short in a web host keeps its first letter and at most this many more (``ct`` for ``Connecticut``)."""
MIN_HOST_LETTERS = 3
"""A web host names a publisher by its own words when its label has at least this many letters (not ``t.co``)."""

NOT_PUBLISHERS = frozenset(
    ["facebook", "twitter", "instagram", "youtube", "linkedin", "pinterest", "reddit", "whatsapp", "tiktok",
     "snapchat", "tumblr", "flipboard", "telegram", "google", "wordpress", "amazon", "t", "bit", "apple"]
)  # fmt: skip
"""Platforms whose hosts and names every page carries (share buttons, embeds, affiliate links): never the page's
publisher by its host."""


_OWNER = re.compile(
    r"\s*[&,]?\s*(?:inc|llc|ltd|limited|plc|corp|corporation|co|company|media|group|holdings|communications"
    r"|publishing|newspapers|networks?|interactive|broadcasting)\b",
    re.IGNORECASE,
)
"""What follows a company's name (``& Company, Inc.``, `` Media``)."""


def _owner(name: str, lines: Sequence[str]) -> bool:
    """Whether a line of the page names ``name`` as a company (``Dow Jones & Company, Inc.``)."""
    pattern = _pattern(name)
    return any(_OWNER.match(line[match.end() :]) for line in lines for match in pattern.finditer(line))


def _proper(name: str, lines: Sequence[str]) -> bool:
    """Whether ``name`` is a proper name on the page: no line writes it in lower case (``security`` is a word;
    ``Snopes`` is capitalised wherever it stands). Web hosts and e-mail addresses (``snopes.com``) do not count."""
    lower = name.casefold()
    if lower == name:
        return False
    pattern = re.compile(rf"(?<![\w.@/]){re.escape(lower)}(?![\w]|\.\w|@)")
    return not any(pattern.search(line) for line in lines)


def _host_names(lines: Sequence[str], hosts: set[str]) -> list[str]:
    """Capitalised names in the page's lines that a web host the page names spells (:func:`spells_host`): the
    publisher named in its own words, beside its domain (``Connecticut Post`` for ``ctpost.com``)."""
    hosts = {host for host in hosts if host not in NOT_PUBLISHERS and len(host) >= MIN_HOST_LETTERS}
    found: dict[str, None] = {}
    if not hosts:
        return []
    lowered = [line for line in lines if line != line.upper()]
    for line in lines:
        text = line.strip()[:MAX_PHRASE_CHARS]
        for match in re.finditer(_NAME, text):
            words = match.group().split()
            for i in range(len(words)):
                for j in range(i + 1, min(len(words), i + MAX_NAME_WORDS) + 1):
                    name = " ".join(words[i:j]).strip(" .,&")
                    if name in found or name.casefold() in NAV_WORDS:
                        continue
                    if not any(spells_host(name, host) for host in hosts):
                        continue
                    if _CORPORATE.search(name):
                        continue  # a company's name (``NJ Advance Media``)
                    if len(name.split()) == 1 and not _proper(name, lowered):
                        continue  # a word (``security``), not a name
                    found.setdefault(name)
    return list(found)


_LOGO = re.compile(rf"^{_NAME}$")
LOGO_WORDS = 3
"""A site's name as the first line of a paste (its logo's text) is at most this many words."""


FOOTER_LINES = 15
"""The page's last this many lines are its footer, where a logo's text may stand again on its own."""
EDGE_LINES = 15
"""A name standing alone among the page's first and again among its last this many lines (a masthead's logo and a
footer's) counts as named in two places."""


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
    the page names (rule ``label``), names outside the prose that a web host named outside it spells
    (:func:`_host_names`, rule ``host``: the report's own links name its sources), and the brand of a product's
    name (:func:`_brand`, rule ``brand``)."""
    return _evidence(_page(lines, prose), named, labels)


@dataclass(frozen=True, slots=True)
class _Page:
    """A page's lines as the outlet's rules read them, worked out once."""

    lines: list[str]
    """Every line, stripped."""
    own: list[str]
    """The lines outside the article's prose, stripped."""
    own_hosts: set[str]
    """The web hosts that the lines outside the prose name (:func:`_hosts`)."""
    hosts: set[str]
    """The web hosts that any line names."""


def _page(lines: Sequence[str], prose: Sequence[bool]) -> _Page:
    stripped = [line.strip() for line in lines]
    in_prose = [k < len(prose) and prose[k] for k in range(len(stripped))]
    own = [line for line, inside in zip(stripped, in_prose, strict=True) if not inside]
    own_hosts = _hosts(own)
    hosts = own_hosts | _hosts([line for line, inside in zip(stripped, in_prose, strict=True) if inside])
    return _Page(stripped, own, own_hosts, hosts)


def _evidence(page: _Page, named: Sequence[str], labels: Sequence[str]) -> list[Evidence]:
    """:func:`outlet_evidence` on a page read once."""
    found = phrase_evidence(page.own)
    logo = _logo(page.lines)
    if logo:
        found.insert(0, Evidence("logo", logo))
    found += [Evidence("named", name) for name in named]
    found += [Evidence("label", label) for label in labels if looks_like_outlet(label) or _letters(label) in page.hosts]
    found += [Evidence("host", name) for name in _host_names(page.own, page.own_hosts)]
    for name in dict.fromkeys(e.name for e in found):
        brand = _brand(name, page.lines)
        if brand:
            found.append(Evidence("brand", brand))
    return found


_NOT_PHRASES = frozenset(["named", "label", "brand", "host"])
"""The rules of :func:`outlet_evidence` that read no set phrase."""


def best_outlet(
    lines: Sequence[str],
    named: Sequence[str] = (),
    labels: Sequence[str] = (),
    prose: Sequence[bool] = (),
    rules: Container[str] | None = None,
) -> str | None:
    """The publisher the page names most.

    The candidates are the names its set phrases give (:func:`outlet_candidates`), ``named`` (outlets the reader found
    by other means: a byline's credit, a wire dateline) and the names a web host of the page spells
    (:func:`spells_host`), less any of ``named`` that stands alone only as an item of a menu (:func:`_menu_item`) and no
    set phrase or host names; only when there are none, those of ``labels`` (short header lines that look like a name,
    which menus are full of) that read as an outlet's name (``… Post``, ``The …``) or are spelled like a web host the
    page names. Each scores the lines that mention it, not counting lines where a longer candidate holds it (``CBS``
    within ``CBS Sports``; lines that are the name alone count once, or twice when they stand at the top and at the
    foot: :data:`EDGE_LINES`), plus :data:`PHRASE_BONUS` per kind of set phrase naming it (a credit printed under every
    photo is one kind; a company's name, often the site's parent, gets no such bonus). A product's name (``CRN
    Magazine``) also puts up its brand when the page names the brand in other lines (:func:`_brand`), with the product's
    phrases and lines (which name the brand too). A candidate that a web host outside the prose spells scores
    :data:`HOST_BONUS` more, unless a line names it as a company (``Dow Jones & Company``: the owner's host). The forms
    of one name (:func:`_variants`) score together, and the fullest form is given (``Connecticut Post``, not ``CT
    Post``). Ties go to the candidate named first.

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
    page = _page(lines, prose)
    evidence = [e for e in _evidence(page, named, labels) if rules is None or e.rule in rules]
    phrases = [e for e in evidence if e.rule not in _NOT_PHRASES]
    phrased = [(e.name, e.corporate) for e in phrases]
    spelled = [e.name for e in evidence if e.rule == "host"]
    named = [e.name for e in evidence if e.rule == "named"]
    shaped = [e.name for e in evidence if e.rule == "label"]
    own_names = {name.casefold() for name, _ in phrased} | {name.casefold() for name in spelled}
    stripped = page.lines
    named = [
        n for n in named if (n.casefold() in own_names or not _menu_item(n, stripped)) and n.casefold() not in NAV_WORDS
    ]
    shaped = [n for n in shaped if not _menu_item(n, stripped) and n.casefold() not in NAV_WORDS]
    credited = [n for n in named if n.casefold() not in WIRE_AGENCIES or n.casefold() in own_names]
    candidates = list(dict.fromkeys([*credited, *(name for name, _ in phrased), *spelled]))
    hosts = {host for host in page.own_hosts if host not in NOT_PUBLISHERS}
    candidates = candidates or list(dict.fromkeys(named)) or list(dict.fromkeys(shaped))
    if not candidates:
        return None
    folded = [name for _, name in dict.fromkeys((e.rule, e.name.casefold()) for e in phrases if not e.corporate)]
    folded += [name.casefold() for name in named if name.casefold() not in WIRE_AGENCIES]
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
            k
            for k, line in enumerate(stripped)
            if patterns[candidate].search(line) and not any(p.search(line) for p in longer)
        ]
        alone = [k for k in holding if stripped[k].casefold() == candidate.casefold()]
        ends = {k < len(stripped) // 2 for k in alone if k < EDGE_LINES or k >= len(stripped) - EDGE_LINES}
        own = len(holding) - len(alone) + max(min(len(alone), 1), len(ends))
        spelled = any(spells_host(candidate, h) for h in hosts)
        host = HOST_BONUS if spelled and not _owner(candidate, stripped) else 0
        return own + PHRASE_BONUS * folded.count(candidate.casefold()) + host

    scores = {c: score(c) for c in candidates}
    groups = _variants(candidates, hosts)
    best = max(groups, key=lambda group: sum(scores[c] for c in group))
    fullest = max(best, key=lambda c: (len(_letters(c).removeprefix("the")), scores[c]))
    return _named_host(_as_written(fullest, stripped), stripped)


def _named_host(name: str, lines: Sequence[str]) -> str:
    """``name`` itself, unless it is a web host as an address bar writes it (``www.billboard.com``: a reader view's
    first line): then :func:`host_outlet` of it."""
    if name != name.casefold() or not _HOST.fullmatch(name):
        return name
    return host_outlet(name, lines)


def host_outlet(host: str, lines: Sequence[str]) -> str:
    """The outlet of a web host (``www.billboard.com``) as the page's lines name it: the name that spells the host,
    in any line, prose too (``Billboard`` in ``told Billboard``), the one most lines name; else the host without its
    ``www.``."""
    spelled = _host_names(lines, _hosts([host]))
    if spelled:
        return max(spelled, key=lambda found: _mentions(found, lines))
    return host.casefold().removeprefix("www.")


def _as_written(name: str, lines: Sequence[str]) -> str:
    """``name`` as the page writes it most often: the spelling (``IndieWire`` over ``Indiewire``, ``WIRED``) and
    whether a capital ``The`` leads it (``The Jerusalem Post``, but ``WIRED`` where ``The WIRED conversation`` is
    one line of many). A name in capitals among words in capitals (``By JERUSALEM POST STAFF``, a shouted line)
    counts only when the page writes it no other way, a lower-case ``the`` before it says nothing either way, and
    only spellings that start with a capital or a digit count. A spelling that stands alone on a line (the logo's)
    breaks a tie; ``name`` is kept when the page never writes it."""
    bare = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    pattern = re.compile(rf"(?:(?<![\w.])(?P<the>the)\s+)?{_pattern(bare).pattern}", re.IGNORECASE)
    counts: dict[str, int] = {}
    shouted: dict[str, int] = {}
    alone: set[str] = set()
    for line in lines:
        for match in pattern.finditer(line):
            the = match.group("the")
            written = match.group(0)[len(the) :].lstrip() if the else match.group(0)
            if the == "the" or not (written[:1].isupper() or written[:1].isdigit()):
                continue
            written = f"The {written}" if the else written
            before = line[: match.start()].split()[-1:]
            after = line[match.end() :].split()[:1]
            loud = written.isupper() and any(w.isupper() and len(w) > 1 for w in before + after)
            (shouted if loud else counts)[written] = (shouted if loud else counts).get(written, 0) + 1
            if line == written:
                alone.add(written)
    counts = counts or shouted
    if not counts:
        return name
    return max(counts, key=lambda w: (counts[w], w in alone, w == name))


MENU_ITEM_WORDS = 3
"""A menu's items are lines of at most this many words, one under the other."""


def _menu_item(name: str, lines: Sequence[str]) -> bool:
    """Whether ``name`` stands alone only on lines that are items of a menu: each in a stack of three or more short
    lines that are no sentence, byline or date, at least once between two of them (``Banks`` between
    ``Cryptocurrencies`` and ``MBAs``) and elsewhere maybe at a stack's edge (``RSS`` under ``Newsletter`` at the end
    of a footer's menu, over the copyright line): a section's name, not the publisher's. A name standing only at the
    edge of short lines is a masthead's (a site's name over a headline and a byline)."""
    shown = [line for line in lines if line]
    places = [k for k, line in enumerate(shown) if line.casefold() == name.casefold()]

    def item(line: str) -> bool:
        words = line.split()
        plain = not line.endswith((".", "!", "?")) and not any(ch.isdigit() for ch in line)
        return len(words) <= MENU_ITEM_WORDS and plain and words[0].casefold() != "by"

    def beside(steps: tuple[int, int]) -> int:
        """How many of the two lines one way from a place are items, counting from the nearest."""
        count = 0
        for m in steps:
            if not 0 <= m < len(shown) or not item(shown[m]):
                break
            count += 1
        return count

    def between(k: int) -> bool:
        return beside((k - 1, k - 2)) >= 1 and beside((k + 1, k + 2)) >= 1

    def at_edge(k: int) -> bool:
        return beside((k - 1, k - 2)) + beside((k + 1, k + 2)) >= 2

    return any(between(k) for k in places) and all(at_edge(k) for k in places)


MIN_INITIALS = 2
"""A name written by its initials (``BI`` for ``Business Insider``) has at least this many."""


def _initials_of(short: str, name: str) -> bool:
    """Whether ``short`` is ``name`` by its initials, in capitals (``BI``, ``Business Insider``; ``WSJ``, ``The Wall
    Street Journal``): the same publisher."""
    words = [w for w in name.split() if w[:1].isupper() and w.casefold() != "the"]
    return len(words) >= MIN_INITIALS and short.isupper() and short.isalpha() and short == "".join(w[0] for w in words)


def _variants(candidates: Sequence[str], hosts: set[str]) -> list[list[str]]:
    """The candidates in groups of one publisher's name forms, in the order they were first named: names spelled
    alike (``IndieWire``, ``Indiewire``; ``Snopes``, ``Snopes.com``), names that one web host of the page spells
    (``CT Post`` and ``Connecticut Post`` for ``ctpost.com``) and a name beside its initials (``BI``, ``Business
    Insider``)."""
    groups: list[list[str]] = []
    for candidate in candidates:
        letters = _letters(candidate).removeprefix("the")
        spelled = {h for h in hosts if spells_host(candidate, h)}
        home = next(
            (
                group
                for group in groups
                if any(
                    _letters(o).removeprefix("the") == letters
                    or spelled & {h for h in hosts if spells_host(o, h)}
                    or _initials_of(candidate, o)
                    or _initials_of(o, candidate)
                    for o in group
                )
            ),
            None,
        )
        if home is None:
            groups.append([candidate])
        else:
            home.append(candidate)
    return groups
