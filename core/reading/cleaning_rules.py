"""Every pattern the cleaner uses to recognise metadata and page clutter, as data, in one place.

A rule matches the text of one paragraph (a line of the paste, white space folded, zero-width characters
removed, curly quotes straightened). Rules are general: they describe how pages are laid out (a byline starts
with "By", a photo credit sits in brackets with a slash, a live feed prints bare times), never one outlet's
wording. Each rule has a name (used in tests), the role it gives, and whether the article body has ended
once it is seen after body text (``ends_body``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.models import Role
from core.text.vocabulary import MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS, word_set

__all__ = [
    "NAV_WORDS",
    "OUTLET_WORDS",
    "RULES",
    "UPPER",
    "Rule",
    "captioned_credit_line",
    "match_rule",
    "photo_credit_line",
]


def _alternatives(words: frozenset[str] | set[str]) -> str:
    """A regex alternation of words, longest first."""
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


OUTLET_WORDS = word_set(
    "news times post press daily journal herald tribune gazette independent telegraph guardian observer "
    "chronicle today magazine radio tv television online agency wire insider review economist monitor "
    "standard mail express mirror star sun record bulletin dispatch inquirer examiner courier register "
    "sentinel reporter network media broadcasting channel report weekly digest globe correspondent ledger beacon "
    "clarion courant advocate enquirer"
)
"""Words that mark a short line as a publication's name (``Kyiv Post``, ``Fox News``), not a person's."""

NAV_WORDS = word_set(
    "home news world sport sports business money markets economy culture opinion politics video videos live menu "
    "search more latest weather travel tech technology science health lifestyle entertainment local national "
    "international podcasts events jobs property life style arts books food comment analysis investigations "
    "sections topics newsletters subscribe login register account"
)
"""Words of a site's menu bar: a lone one at the top of a page is a section, never the outlet's name."""

UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽА-ЯЁЄІЇҐΑ-Ω"
"""Capital letters (Latin with accents, Cyrillic, Greek), for regex character classes: names are not all ASCII."""

_MONTH = rf"(?:{_alternatives(set(MONTHS))})\.?"
DATE_PATTERN = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{_MONTH})\s?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s?,?\s+(?P<y2>\d{{4}})"
    r"|(?P<y3>\d{4})\s?-\s?(?P<m3>\d{1,2})\s?-\s?(?P<d3>\d{1,2})"
    r"|(?P<a4>\d{1,2})\s?(?P<s4>[/.-])\s?(?P<b4>\d{1,2})\s?(?P=s4)\s?(?P<y4>\d{4}|\d{2}))(?:\b|(?=T\d))"
    r"|(?<!\d)(?P<y5>\d{4})\s?[年년]\s?(?P<m5>\d{1,2})\s?[月월]\s?(?P<d5>\d{1,2})\s?[日일]",
    re.IGNORECASE,
)
"""A calendar date: ``21 October 2024``, ``Oct. 21, 2024``, ``2024-10-21``, ``10/21/2024``, ``29.02.12``,
``08-13-10``, and the Chinese, Japanese and Korean ``2024年10月21日`` / ``2024년 10월 21일``."""

TIME_PATTERN = re.compile(
    r"\b\d{1,2}\s?[:.]\s?\d{2}(?:\s?:\s?\d{2})?(?:\s*[ap]\.?\s?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?"
    r"|\b[0-2]\d[0-5]\d(?=\s*\(?[A-Z]{1,4}T\b)|\b[0-2]?\d\s?h\s?[0-5]\d\b",
    re.IGNORECASE,
)
"""A clock time: ``12:14 PM``, ``10.46``, ``4: 49 pm``, ``9 a.m.``, ``0947 GMT``, ``10h47``."""

DATE_WORDS = re.compile(
    r"\b(?:published|updated|last updated|last modified|modified|posted|first posted|first published|"
    r"released|today|yesterday|"
    r"date|on|at|hrs|kyiv time|local time|(?-i:(?:[A-Z]{1,4}T|[A-Z]{2,4})(?:[+-]\d{1,2})?)|"
    rf"{_alternatives(WEEKDAYS | WEEKDAY_ABBREVIATIONS)})\b|"
    r"\d+\s+(?:min|mins|minutes?|hours?|hrs?|days?)\s+(?:read|ago|listen)\b|"
    r"(?:read(?:ing)?|listen(?:ing)?)\s+time\s*:?\s*\d+\s*(?:min|mins|minutes?)\b|[\s,.:;|•·()\-–—/@]+",
    re.IGNORECASE,
)
"""What may surround a date on a date-only line (prefixes, weekdays, time zones, reading time as ``4 min read`` or
``Reading time: 4 minutes``, separators)."""


@dataclass(frozen=True, slots=True)
class Rule:
    """One line-level pattern of page furniture."""

    name: str
    """Short identifier, e.g. ``newsletter``."""
    role: Role
    """Role given to a paragraph the rule matches."""
    pattern: re.Pattern[str]
    """Matched (``search``) against the paragraph's normalised text."""
    max_words: int = 60
    """Longer paragraphs never match (prose that merely mentions the words stays prose)."""
    ends_body: bool = False
    """Seen after body text, it marks the end of the article: what follows is page clutter."""
    card: bool = False
    """It closes a related-article teaser card (the headline and summary lines just above are clutter too)."""


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


JOB_WORDS = frozenset(
    {
        *("editor", "editors", "correspondent", "correspondents", "reporter", "reporters", "writer", "writers"),
        *("officer", "columnist", "analyst", "contributor", "journalist", "photographer", "producer", "presenter"),
        *("manager", "director", "intern", "spokesperson", "spokesman", "spokeswoman", "secretary"),
        *("lecturer", "professor", "fellow", "researcher", "scientist", "economist", "historian", "critic"),
        *("commentator", "strategist", "consultant", "blogger", "reviewer", "anchor", "host"),
    }
)
"""Last words of a job title in a byline (``Courts Correspondent``, ``Communications Officer``): a role, not a name."""


def _any(*phrases: str) -> str:
    """A regex alternation of phrases (each phrase may itself hold regex syntax)."""
    return "(?:" + "|".join(phrases) + ")"


SHARE_WORDS = _any(
    "facebook", "twitter", "x", "email", "e-mail", "whatsapp", "linkedin", "reddit", "telegram", "messenger",
    "share", "tweet", "print", "copy link", "pinterest", "flipboard", "bluesky", "threads",
)  # fmt: skip
"""Names of share buttons; a line made of nothing else is share clutter (``FacebookTwitterEmail``: buttons whose
labels the copy glued together, too)."""
SHARE_ITEM = rf"(?:share\s+(?:on|via|to)\s+)?{SHARE_WORDS}"
"""One share button as labelled (``Share on Facebook``, ``Copy link``)."""

TEASER_HEADINGS = _any(
    "read more", "read next", "read also", "also read", "read", "see also", "related", "more on this story",
    "more on this", r"more from [\w .&'-]{1,40}", "recommended(?: for you)?", "you (?:may|might) also like",
    "most (?:read|viewed|popular)", "latest(?: news| updates| stories)?", "trending(?: now)?", "top stories",
    "editor's picks", "explore more", "what to read next", "keep reading",
)  # fmt: skip
"""Headings (alone, or before a colon and a headline) of related-article links, inside or after the body."""

LIST_HEADINGS = _any(
    "related (?:topics|articles?|stor(?:y|ies)|coverage|content|links|reading|news)", "more on this story",
    r"more (?:from|in|about) [\w .&'-]{1,40}",
    r"most (?:read|viewed|popular|shared)(?: stories| articles)?(?: (?:in|on|from) [\w .&'-]{1,30})?",
    "latest(?: news| updates| stories| articles)", "top stories",
    "recommended(?: for you| stories| articles)?", "you (?:may|might) also like",
    "(?:suggested|related|popular) topics", "editor's picks", "trending(?: now)?", r"latest from [\w .&'-]{1,40}",
    "more (?:features|stories|news|articles|videos|coverage|analysis|opinion|long reads)",
    "what to read next", "comments", "join the conversation",
)  # fmt: skip
"""Headings that stand alone on a line after the article: the list below them is page clutter."""

MEDIA_ITEMS = r"(?:images?|photos?|pictures?|photographs?|slides?|graphics?|galler(?:y|ies)|slideshows?|videos?|maps?)"
"""What a gallery or media control names (``View Images``, ``OPEN Graphic``, ``Back to Gallery``)."""

MEDIA_CONTROLS = _any(
    rf"(?:view|open|see|show|launch|enlarge|expand|close|hide)(?: (?:this|the|all|full(?:[ -]size)?|larger))?"
    rf"(?: \d+)? {MEDIA_ITEMS}", r"(?:\[\+\]\s*|\+\s*)?enlarge",
    rf"back to (?:the )?(?:{MEDIA_ITEMS}|article|story|top)",
    r"(?:(?:image|photo|picture|slide) )?\d{1,3} of \d{1,3}",
    rf"{MEDIA_ITEMS}\s*\(\s*\d{{1,3}}(?: {MEDIA_ITEMS})?\s*\)", rf"\d{{1,3}} {MEDIA_ITEMS}",
)  # fmt: skip
"""Whole lines of a gallery's or a media player's controls and image counters (``1 of 6``, ``Slideshow ( 15 images
)``, ``12 photos``)."""

PAGE_FURNITURE = _any(
    "advertisements?:?", "advert:?", "sponsored(?: content)?:?", "ad:?", "ads by .*", "ad feedback",
    "report (?:this )?ad", MEDIA_CONTROLS,
    "story continues below(?: advertisement)?", "continue reading(?: below| the main story)?",
    "scroll to continue(?: with content)?", r"skip (?:to|past) [\w ]{1,30}", "listen to this article",
    r"listen \(\d+ min\)", "open image in gallery",
    "toggle caption", "hide caption", "save", "bookmark(?: (?:it|this|article|story))?", "listen", "play", "watch:?",
    "video:?", "audio:?",
    "loading", "close", "menu", "search", "key events?", "show key events only", "pinned(?: post)?",
    "gift (?:this |an? )?article", r"print(?: this)? (?:page|article|story)", "jump to comments(?: section)?",
    "(?:view|show|read) comments", "have your say", "reuse this content.*", "follow the topics in this article",
    r"add to [\w ]{1,20}", r"\d+\s*min(?:ute)?s?(?: read| listen)?", r"sign (?:up|in)(?: now)?", "subscribe(?: now)?",
    "register", "log ?(?:in|out)", "print", r"email this (?:article|story|page)", r"comments?\s*\(\d+\)",
    "story continues", r"(?:view|show|read) (?:all )?comments?\s*(?:\(\d+\))?", "more info", "privacy dashboard",
    "terms and privacy policy", r"terms (?:of (?:use|service)|and conditions)", "privacy policy", "get started",
    r"[\w .&'-]{1,30} logo", r"comments?\s*\d+", r"\d+\s+comments?\s*/\s*\d+\s+new",
    "most recent", "(?:oldest|newest)(?: first)?", "top comments", r"sort (?:by|comments)[\w :]{0,20}",
)  # fmt: skip
"""Whole lines that are page controls or ad slots."""

CREDIT_LABELS = _any(
    r"(?:authors?|writers?|contributors?|contributing writers?|words)\s*:",
    r"(?:written|(?:additional )?reporting|reported|editing|edited|compiled) by\s*:?\s*(?-i:[A-Z])",
)  # fmt: skip
"""Labels of an author-credit footer (``Authors: …``, ``Reporting by …; Editing by …``)."""

PHOTO_LABELS = _any(
    "photograph", "photo", "photos", "photo credit", "picture", "image", "illustration", "composite",
    "credit", "graphic",
)  # fmt: skip
"""Labels of a photo credit (``Photograph: Kim Hong-ji/Reuters``)."""

_CREDIT_WORD = rf"[{UPPER}][\w'’.&-]*"
"""One capitalised word of a credited name or agency (``H.``, ``Dyer-Bennet``, ``ClassicStock``)."""
_CREDIT_JOIN = r"(?:and|for|via|of|the|at|de|del|della|der|den|van|von|da|di|du|la|le|y|al|bin|ibn)"
"""Small words a credit runs through (``Jo Reed for The Courier``, ``Ana de Souza``)."""
_CREDITED = rf"{_CREDIT_WORD}(?:(?:\s*[,/&]\s*|\s+(?:{_CREDIT_JOIN}\s+){{0,2}}){_CREDIT_WORD}){{0,9}}"
"""Who a picture is credited to: capitalised words, perhaps run through small words, commas and slashes
(``Tyrone Turner, National Geographic Creative``, ``Jo Reed for The Courier``, ``H. Ray/Stock/Corbis``)."""
_PICTURE_LABEL = _any(
    "(?:photo )?illustrations?", "illustrated", "photo(?:graph)?s?", "photography", "photographed", "pictures?",
    "images?", "artwork", "graphics?", "drawings?", "cartoons?", "video",
)  # fmt: skip
"""What a line-initial credit names (``Photograph by …``, ``Illustration by …``)."""
_LINE_CREDIT = (
    rf"(?:(?i:{_PICTURE_LABEL})\s+(?i:by|courtesy(?:\s+of)?)\s+{_CREDITED}"
    rf"|(?i:courtesy)(?:\s+(?i:of))?\s+{_CREDITED}"
    rf"|(?i:credit)\s*:?\s*(?:(?i:{_PICTURE_LABEL})\s+(?i:by)\s+{_CREDITED}|{_CREDITED}(?:\s+for\s+|\s*/\s*){_CREDITED}))"
)
"""One line-initial picture credit: ``Photo by Jo Reed``, ``Courtesy of Jo Reed``, ``Credit Illustration by Jo Reed``,
``Credit Jo Reed for The Courier`` (a bare ``Credit`` only before a name credited for or through an agency: ``Credit
Card Payments`` is a menu item)."""
PHOTO_CREDIT_LINE = re.compile(rf"^{_LINE_CREDIT}(?:[.;]?\s+{_LINE_CREDIT}){{0,2}}\.?$")
"""A line that is nothing but one to three picture credits (``Photo illustration by Slate. Photo by Jo Reed.``)."""
MAX_CREDIT_LINE_WORDS = 16
"""A picture credit on a line of its own is short."""


def photo_credit_line(text: str) -> bool:
    """Whether a short line is nothing but a picture credit in a line-initial form (``Photograph by Jo Reed, Harbour
    Images``, ``Courtesy of Jo Reed``, ``Credit Jo Reed for The Courier``), the credited names capitalised.

    Args:
        text: One paragraph, white space folded, quotes straightened.
    """
    return len(text.split()) <= MAX_CREDIT_LINE_WORDS and PHOTO_CREDIT_LINE.match(text) is not None


CAPTION_CREDIT_WORDS = 60
"""A caption with its picture credit run on after it is at most this many words."""
CAPTIONED_CREDIT_LINE = re.compile(rf"^[{UPPER}\"“‘'(].*[.!?][\"'”’)]*\s*{_LINE_CREDIT}\.?$")
"""A caption that ends in a line-initial picture credit (``Crews at the pier on Monday. Credit Jo Reed for The
Courier``)."""


def captioned_credit_line(text: str) -> bool:
    """Whether a short line is a caption with its picture credit run on after it: sentences, then a credit in a
    line-initial form (``Crews at the pier on Monday. Credit Jo Reed for The Courier``, ``… on Monday.Photograph by Jo
    Reed/Harbour Images``), the credited names capitalised.

    Args:
        text: One paragraph, white space folded, quotes straightened.
    """
    return len(text.split()) <= CAPTION_CREDIT_WORDS and CAPTIONED_CREDIT_LINE.match(text) is not None


_SENTENCE_END = r".*[.!?][\"'”’)]*$"
"""A line that ends like a sentence."""
_SENTENCE_END_NOT_NAME = rf".*(?:[!?]|(?<!\bJr)(?<!\bSr)(?<![\s.][{UPPER}])\.)[\"'”’)]*$"
"""A line that ends like a sentence, but not in a name's own stop (``Jr.``, ``Sr.``, an initial, ``Ph.D.``)."""

_BY = (
    r"(?:[-–—]+\s*)?(?:(?i:story|words|text|posted|opinion|analysis|commentary|review|essay|column|interview"
    r"|perspective)\s+)?(?:[Bb]y|BY)"
)
"""The word that opens a byline (``By``, ``Story by``, ``Analysis by``), perhaps set off by a dash at the article's
foot."""

RULES: tuple[Rule, ...] = (
    Rule(
        "live-timestamp", "boilerplate",
        _rx(r"^(?:updated:?\s*)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,5})?\s*(?:\(\s*updated:?[^)]*\)?)?$"),
        12, card=True,
    ),
    Rule(
        "byline", "byline",
        re.compile(
            rf"^(?:{_BY}\s+the\b(?!{_SENTENCE_END})|(?:{_BY}(?:\s*:\s*|\s+)[{UPPER}]|by(?=[{UPPER}][a-z]))"
            rf"(?!{_SENTENCE_END_NOT_NAME}))"
        ),
        40,
    ),
    Rule(
        "byline-timestamped", "byline",
        re.compile(rf"^(?:[Bb]y|BY)\s+[{UPPER}].*\b(?:\d+\s+min(?:ute)?s?\s+read|[ap]\.?m\.?)$"), 40,
    ),
    Rule(
        "credits-footer", "byline",
        re.compile(rf"(?i:^{CREDIT_LABELS}\s*\S)|^[{UPPER}][\w'’-]+(?:,? (?:and )?[{UPPER}][\w'’-]+)* reported from "
                   rf"[{UPPER}]|(?i:\bcontributed (?:reporting )?(?:to )?(?:this|the) (?:report|story|article)\.?$)"),
        30, ends_body=True, card=True,
    ),
    Rule(
        "reading-time",
        "boilerplate",
        _rx(
            r"^\W*(?:(?:estimated\s+)?(?:read(?:ing)?|listen(?:ing)?)\s+time\s*:?\s*)?"
            r"\d+\s*(?:[–—-]\s*\d+\s*)?(?:min|mins|minutes?)(?:\s+(?:read|listen))?$"
        ),
        6,
    ),
    Rule("photo-credit-bracketed", "caption", re.compile(rf"\(\s*[{UPPER}][^()]{{0,80}}/[^()]{{1,80}}\)\s*$"), 120),
    Rule(
        "photo-credit-labelled", "caption",
        _rx(rf"(?:^|[.)(\[\s]){PHOTO_LABELS}\s*:\s*\S(?:[^.]|(?<=\b(?-i:[{UPPER}]))\.){{0,80}}$"
            rf"|[.!?]\s+{PHOTO_LABELS}s? by (?-i:[{UPPER}])[^.]{{0,60}}$|^\[{PHOTO_LABELS}\]\s*\S"),
        120,
    ),
    Rule(
        "media-label", "caption",
        _rx(r"^(?:image|media|video|photo|picture|audio)\s+(?:source|caption|credit|description)s?\s*[,:]"), 60,
    ),
    Rule(
        "photo-credit-slash", "caption",
        re.compile(rf"[.!?](?:\s+|\s*(?i:{PHOTO_LABELS}):?\s*)[{UPPER}][\w&'’-]*(?:\s[{UPPER}][\w&'’-]*){{0,3}}"
                   rf"\s?/\s?[{UPPER}][\w'’-]+(?:\s[{UPPER}][\w'’-]+){{0,3}}(?:\s?/\s?[\w'’ -]{{1,40}}){{0,3}}"
                   r"(?:,? opens new (?:tab|window))?\s*$"),
        120,
    ),
    Rule(
        "photo-credit-bare", "caption",
        re.compile(rf"^[{UPPER}][\w'’.-]*(?:\s[{UPPER}][\w'’.-]*){{0,3}}\s?/\s?[{UPPER}][\w&'’ .-]{{0,30}}$"), 8,
    ),
    Rule("photo-credit-copyright", "caption", re.compile(rf"\S\s+©\s*[{UPPER}][\w&'’ ./-]{{1,50}}$"), 120),
    Rule(
        "photo-credit-short", "caption",
        re.compile(r"[.!?][\"'”’]?\s*\((?:[A-Z][\w&'’.-]*(?:\s*[/ ]\s*[A-Z]?[\w&'’.-]+){0,5})\)$"
                   r"|^(?i:photo|image|video)\s*[-–:]\s*https?://\S+$"),
        80,
    ),
    Rule("video-teaser", "caption", _rx(r"^(?:watch|video)\s*:\s*\S(?!.*[.!?][\"'”’)]*$)"), 25),
    Rule("video-blurb", "caption", _rx(r"^(?:watch|video)\s*:\s*(?-i:[A-Z])")),
    Rule(
        "photo-credit-agency", "caption",
        re.compile(r"\b(?:via Getty Images|Getty Images|Shutterstock|AP Photo|Alamy|EPA-EFE|Purchase Licensing Rights)"
                   r"\)?\s*$"),
        120,
    ),
    Rule(
        "social-embed", "caption",
        re.compile(
            r"(?:\bpic\.twitter\.com/\w+|[—–-]\s*[^—–()]{1,60}\(@\w{1,30}\)\s+\w+\.? \d{1,2},? \d{4})\s*$"
            r"|^A post shared by [^()]{1,60}\(@[\w.]{1,30}\)"
        ),
        80,
    ),
    Rule(
        "newsletter", "boilerplate",
        _rx(
            r"\bnewsletters?\b.*\b(?:sign(?:ing)?[ -]?up|subscribe|inbox)\b"
            r"|\b(?:sign(?:ing)?[ -]?up|subscribe)\b.*\bnewsletters?\b"
            r"|^(?:skip past|after) newsletter promotion|^sign up (?:to|for)\b(?!.*[.!?]$)"
            r"|^(?:free )?(?:(?:daily|weekly|monthly) )?(?:email )?newsletters?$|^privacy (?:notice|policy)\b"
            r"|\b(?:straight|direct(?:ly)?|delivered) (?:to|into) your inbox\b"
            r"|^get (?:the|our) [^,;:]{1,60}\b(?:in|to|into) your inbox\b"
            r"|^get (?:the|our) [^,;:.!?]{1,60}\b(?:briefing|newsletter|digest|bulletin)s?$"
            r"|^(?:our|the) [^.]{0,60}\b(?:news|stories|headlines|picks?|highlights)\b[^.]{0,30}"
            r"\b(?:every|each) (?:weekday|morning|evening|day at|week on)\b"
            r"|[.!?–—>-]\s*(?:sign[ -]?up|subscribe)(?: now| here| today)?$"
            r"|^we(?: will|'ll|’ll) only use your email\b|^your email (?:address )?will only be used\b"
            r"|^we(?: will|'ll|’ll)? (?:never|not) (?:share|sell|pass on) your (?:details|email|data|information)\b"
            r"|\bunsubscribe (?:at any time|anytime)\b|^no spam\b"
        ),
        30,
    ),
    Rule(
        "confirmation-email", "boilerplate",
        _rx(
            r"\b(?:sent you a confirmation email|thank you for (?:signing up|subscribing|registering)"
            r"|check your inbox|enter your email|we use your sign-?up\b)"
            r"|^you(?: are|'re) already (?:subscribed|signed up|registered)"
            r"(?: (?:to|for) (?:this|our|the) (?:email|newsletter|list|mailing list|alerts?))?[.!]?$"
            r"|^(?:an error (?:has )?occurred|something went wrong)[.!]?(?:\s+please try again(?: later)?[.!]?)?$"
            r"|^(?:view|see|browse|explore) (?:all|more|our)(?: of)? [\w .&'-]{0,40}\bnewsletters\.?$"
            r"|^manage (?:your )?(?:email|newsletter) (?:preferences|subscriptions?|settings)$"
            r"|^by (?:signing up|subscribing|registering|clicking[\w ]{0,20}),? you (?:agree|accept|consent)\b"
        ),
        30,
    ),
    Rule("list-heading", "boilerplate", _rx(rf"^{LIST_HEADINGS}\s*(?::|\.{{3}}|…)?$"), 8, ends_body=True),
    Rule("comments-closed", "boilerplate", _rx(r"^comments (?:are|have been) (?:now )?closed\b"), 15, ends_body=True),
    Rule("read-more", "boilerplate", _rx(rf"^{TEASER_HEADINGS}\b\s*(?::.*)?$"), 30),
    Rule(
        "relative-time", "boilerplate",
        _rx(r"^(?:updated\s+|published\s+)?\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago$"),
        6,
    ),
    Rule(
        "section-end", "boilerplate",
        _rx(r"^(?:topics|tags|filed under|categories)\s*:|^(?:explore more on these topics|topics|tags)$"),
        40, ends_body=True,
    ),
    Rule(
        "copyright", "boilerplate", _rx(r"^(?:©|\(c\)|copyright\b)|\ball rights reserved\b"),
        40, ends_body=True,
    ),
    Rule(
        "share", "boilerplate",
        _rx(rf"^(?:share(?: this(?: article| story| page)?)?(?:\s+(?:on|via|to)\s+{SHARE_WORDS})?"
            rf"|share(?: this| on| via)?(?: article| story| page)?|link copied|comments?|\d+\s+comments?"
            rf"|comments?\s*\(\d+\)"
            rf"|{SHARE_ITEM}(?:[\s,|•·]*{SHARE_ITEM})*)\s*:?$"),
        12,
    ),
    Rule(
        "cookies", "boilerplate",
        _rx(
            r"\bcookies?\b.*\b(?:accept|consent|policy|settings|preferences|we use|this site uses|personalis|personaliz"
            r"|your device|similar technologies|advertising|analyse our traffic|analyze our traffic)"
            r"|\b(?:we use|this (?:site|website) uses|partners use) cookies\b"
            r"|^(?:accept|allow|reject|refuse|use|decline)(?: all| only)?(?: necessary| essential| optional)? cookies"
            r"(?: only)?$|^we (?:value|care about|respect) your privacy$|^(?:accept|reject) all$"
            r"|^manage (?:preferences|cookies|settings|options)$"
        ),
        45,
    ),
    Rule(
        "advertisement", "boilerplate",
        _rx(rf"^{PAGE_FURNITURE}(?:\s*[·•|–—-]\s*{PAGE_FURNITURE}|\s+\d+\s*min)*(?:\s*[›»→>'\"])?$"), 12,
    ),  # a control may end in the arrow a link's button shows (``View this image ›``, ``View Gallery »``; folded to
    # a quotation mark in a paragraph's text)
    Rule("sponsor", "boilerplate", _rx(r"^sponsored(?: by)?\s*:\s*\S"), 30),  # ``Sponsored by: Brand — slogan.``
    Rule(
        "content-note", "boilerplate",
        _rx(r"^this (?:content|article|story|post|piece) (?:was|is|has been) (?:produced|paid for|sponsored|created"
            r"|funded|brought to you) (?:by|for|with)\b"), 80,
    ),  # ``This content was produced by Insights, the custom content arm of …`` (a syndication note is the story's)
    Rule("no-words", "boilerplate", re.compile(r"^\W*\d[\d\W]*(?:[KkMm]\W*)?$"), 3),  # a count (``438.3K``)
    Rule(
        "scripts-off", "boilerplate",
        _rx(r"\b(?:enable|turn on|activate|switch on)\s+javascript\b|\bjavascript (?:is )?(?:required|disabled)\b"), 20,
    ),
    Rule(
        "contact-prompt", "boilerplate",
        _rx(
            r"\b(?:email|e-mail|contact|tips?|story|write to|get in touch)\b.{0,80}[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
            r"|^(?:x|twitter|bluesky|instagram|threads|mastodon|facebook|email|e-mail)\s*:\s*@?[\w.@+-]+$"
            r"|^(?:tips and story ideas|story ideas|news tips?)\b.{0,40}\bwelcome\b"
            r"|^(?:have|got) (?:a|any) (?:news |story )?(?:tip|story)s?\b[^.!]{0,40}\?\s*(?:contact|email|tell|get in"
            r" touch|send|write)\b"
        ),
        25,
    ),
    Rule(
        "paywall", "boilerplate",
        _rx(
            r"\bsubscriptions?\b(?!.*[.!?]$)|^[$€£]\s?\d[\d.,]*\s+for\s+\d+\s+(?:weeks?|months?|days?)\b"
            r"|\bcancel (?:at )?any ?time\b"
        ),
        40,
    ),
    Rule(
        "page-notes", "boilerplate",
        _rx(
            r"^(?:update|updated|editor's note)\b.{0,60}?\d.{0,30}?:\s"
            r"|\b(?:earn|receive|get) (?:a )?(?:small )?(?:commission|share of (?:the )?sales?)\b"
            r"|\baffiliate (?:links?|commissions?)\b"
            r"|^(?:stay with|stay tuned to|keep it locked to|check back with) .{1,40} for (?:updates|more|the latest)\b"
            r"|^[^.]{2,60} is (?:part|a brand) of [^.]{2,60}\ban? (?:[a-z]+ ){0,3}(?:media|publishing|digital) "
            r"(?:group|company|publisher)\b|^visit our corporate (?:site|website)\b"
        ),
        40,
    ),
    Rule(
        "correction-note", "boilerplate",
        _rx(r"\b(?:an )?(?:earlier|previous) version of this (?:article|story|report)\b"), 60,
    ),
    Rule(
        "print-edition", "boilerplate",
        _rx(r"^(?:a version of )?this (?:article|story|piece) "
            r"(?:appears|appeared|was (?:first )?published|is from) in\b"
            r"|^about the authors?\s*:|^this (?:article|story) was (?:originally|first) published in [a-z]+\b"
            r"|^media contacts?\s*:?$|^(?:press|media) (?:contact|enquiries|inquiries)\s*:?"
            r"|^continue reading\b.{0,60}\bsubscri|^about (?:the )?(?-i:[A-Z])[\w&'’ .-]{1,50}$"),
        60, ends_body=True,
    ),
    Rule(
        "support-prompt", "boilerplate",
        _rx(
            r"^(?:support (?:our|independent|us)\b|become a (?:member|subscriber|supporter)\b|donate\b"
            r"|(?:support|fund|back) (?:the|our|independent|quality) [\w ]{0,40}(?:journalism|reporting|newsroom)\b"
            r"|(?:support|fund|back) the [\w ]{1,30}$"
            r"|subscribe\b|already a subscriber|log ?in to|sign in to|save (?:this |articles? )?(?:for|to read)\b)"
        ),
        40,
    ),
    Rule(
        "follow-us", "boilerplate",
        _rx(
            r"^(?:follow (?:us|the latest|[\w ]{1,25}) on\b|follow\b.{0,80}\bat https?://"
            r"|(?:[^.!?]{1,80}[?!]\s+)?(?:click|tap) here\b(?![^.!?]*,[^.!?]*\b(?:said|says|told|added|according)\b)"
            r"|download (?:our|the) app\b)"
        ),
        30,
    ),
    Rule("source-credit", "boilerplate", _rx(r"^(?:source|sources|graphic|chart|data)\s*:\s*\S(?!.*[.!?]$)"), 12),
    Rule("separator", "boilerplate", re.compile(r"^[-_*=~#•·+]{3,}$"), 1),
    Rule(
        "glued-card", "boilerplate",
        re.compile(
            rf"^(?=.*[a-z]{{3}}[A-Z][a-z])(?!.*\s(?i:{'|'.join(sorted(JOB_WORDS))})$)"
            r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,7}$"
        ),
        8, card=True,
    ),  # not a job title that a brand's capitals run through ("BuzzFeed News Reporter")
)  # fmt: skip
"""The line rules, tried in order; the first that matches gives the paragraph its role."""


def match_rule(text: str) -> Rule | None:
    """Return the first rule that matches a paragraph's normalised text, or ``None``.

    Args:
        text: One paragraph, white space folded, zero-width characters removed, quotes straightened.
    """
    words = len(text.split())
    for rule in RULES:
        if words <= rule.max_words and len(text) <= rule.max_words * 30 and rule.pattern.search(text):
            return rule
    return None
