"""A sentence splitter for news prose, with character offsets, in linear time.

Only a full stop, question mark, exclamation mark or ellipsis followed by white space can end a sentence (also
their Arabic and Devanagari forms, and the Chinese and Japanese full-width marks, which need no white space), and
then only when what follows looks like a new sentence. The rules that decide it are small and local (they look
at most a few dozen characters either side of a candidate), so the time taken grows linearly with the input.

Handled: abbreviations (``Oct. 21``, ``the U.S. is``, ``Dr. Kim``, ``No. 10``), initials (``George W. Bush``),
numbers (``1,500``, ``3.5``: no white space, so never a candidate), ellipses inside a sentence (``including...
(North Korea's)``), stops inside closing quotes (``…Ukraine.”``), quoted speech followed by its attribution
(``“Why?” she asked.``), a one-word sentence opening a quotation (the slogan ``"Meth. We're on it."``), quotations
that a quotative carries on (Japanese ``「…。」と述べた``, ``「…！」って``, Chinese ``“…。”他说。``: nothing inside
such a quote ends the sentence), and text without a final stop (a headline: the whole span is one sentence).
"""

from __future__ import annotations

import re

from core.text.abbreviations import WITH_STOP
from core.text.folding import ZERO_WIDTH
from core.text.vocabulary import MONTH_ABBREVIATIONS, MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS, word_set

__all__ = ["split_sentences", "trim_span"]

WHITESPACE_AND_INVISIBLE = " \t\n\r\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
"""Characters trimmed from sentence edges: white space plus the zero-width ones
(:data:`~core.text.folding.ZERO_WIDTH`)."""
_TRIM = WHITESPACE_AND_INVISIBLE + "\u2028\u2029\u202f\u205f\u3000\x85" + ZERO_WIDTH

_CANDIDATE = re.compile(
    r"(?<![.!?…؟。！？])(?:\.\.\.|…|[.!?؟۔।]|(?P<wide>[。！？]))[.!?…؟。！？]*+"
    r"(?P<close>[\"'”’»)\]」』）]*+)(?P<space>\s+|(?(wide)|(?!)))"
)
"""A terminal mark (Latin, Arabic ``؟ ۔``, Devanagari ``।``), optional closing quotes or brackets, then white
space; after a full-width mark (``。！？``, Chinese and Japanese) no white space is needed."""

_QUOTE_MARK = re.compile(r"[「『“」』”]")
_CLOSING = {"「": "」", "『": "』", "“": "”"}
"""Opening quote marks and the mark that closes each (corner brackets, and the curly quotes Chinese uses)."""
_QUOTATIVE = re.compile(
    r"(?:と|って)"
    r"|[\u3400-\u9fff]{0,6}?(?:说|說|道|问|問|答|喊|叫|称|稱|表示|指出|强调|強調|补充|補充|透露|写|寫)"
    r"(?:道|着|著|了)?[。，,：:！？]"
)
"""What carries a sentence on after a closing quote: the Japanese quotative particles ``と`` and ``って``, or a
short Chinese attribution (``他说。``, ``她笑道：``, ``外交部发言人表示，``) ending at a punctuation mark."""
QUOTE_MAX_CHARS = 1000
"""A quotation longer than this is not kept in one sentence (a stray bracket must not swallow a paragraph)."""

_DASHES = "\u2014\u2013\u2015"
"""An em dash, an en dash and a horizontal bar: set between spaces, they part a sentence's clauses."""
_WORD_BEFORE = re.compile(r"[\w.’'-]{1,40}$")
_CREDIT_NEXT = re.compile(r"\([A-Z][\w .&/-]{0,24}\)\s*[—–-]")
"""A wire credit in brackets and a dash after a dateline's place (``Mich. (AP) —``)."""
_INITIAL_NEXT = re.compile(r"[A-Z]\.\s")
"""An initial after a stop: a capital and a stop, then a space."""
_NEXT_WORD = re.compile(r"[\"'“‘«(\[]*(?P<word>[\w’'-]+)")
_ATTRIBUTION = re.compile(
    r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3},?\s+"
    r"(?:said|says|asked|asks|added|adds|told|wrote|writes|replied|replies|continued|explained|insisted|"
    r"warned|noted|recalled|tweeted|posted|shouted|yelled|cried|demanded|declared|announced|responded)\b"
)

_TIME_FOLLOWERS = (
    WEEKDAYS | WEEKDAY_ABBREVIATIONS | MONTHS.keys() | {"today", "tomorrow", "yesterday", "local", "eastern", "central"}
)

NEVER_FINAL = word_set(
    "mr mrs ms mx dr prof sen sens rep reps gov gen lt col maj capt cpl sgt pvt adm cmdr brig rev fr hon "
    "pres supt det insp amb atty messrs mmes mt ft st"
)
"""Abbreviations that precede a name: a stop after them never ends a sentence."""

BEFORE_NUMBER = word_set("no nos nr art p pp vol vols fig figs sec ch para approx ca c est op") | MONTH_ABBREVIATIONS
"""Abbreviations that precede a number (``No. 10``, ``Oct. 21``, ``p. 4``)."""

MAYBE_FINAL = (
    word_set("inc ltd co corp plc llc jr sr etc vs al dept univ ave blvd rd est approx")
    | MONTH_ABBREVIATIONS
    | WEEKDAY_ABBREVIATIONS
)
"""Abbreviations that may end a sentence: they do only when a typical sentence opener follows."""

SENTENCE_OPENERS = word_set(
    "the a an it its he she they we i you this that these those there their his her our my your but and or "
    "so yet in on at as for if when while after before since although though however meanwhile still also "
    "then now some many most other no not what why how who where both each all one two three several "
    "officials"
)
"""Words that usually start a sentence; after an ambiguous abbreviation they signal a boundary."""


def _is_boundary(text: str, mark_start: int, marks: str, closers: str, next_pos: int) -> bool:
    """Whether the terminal ``marks`` at ``mark_start`` end a sentence, given what follows at ``next_pos``."""
    following = text[next_pos : next_pos + 80]
    nxt = following[:1]
    if not nxt or nxt.islower() or nxt in ".…":
        return False  # lower case goes on, and so do the dots of a spaced ellipsis ("Trump . . . finishes")
    if nxt in _DASHES and following[1:].lstrip()[:1].islower():
        return False  # a dash and a lower-case word go on with the sentence: "Schumer (D-N.Y.) ― for giving away …"
    word_match = _NEXT_WORD.match(following)
    next_word = word_match.group("word") if word_match else ""
    if closers and _QUOTATIVE.match(following):
        return False
    if any(mark in marks for mark in "?!؟。！？"):
        return not (closers and _ATTRIBUTION.match(following))
    if marks.startswith("...") or marks.startswith("…"):
        return nxt not in "(" and next_word[:1].isupper()
    before_match = _WORD_BEFORE.search(text, max(0, mark_start - 40), mark_start)
    before = before_match.group().lstrip(".’'-") if before_match else ""
    key = before.lower()
    if closers:
        return True
    if _opens_quote(text, mark_start - len(before)):
        return False  # a one-word sentence opening a quotation that goes on: the slogan "Meth. We're on it."
    if nxt.isdigit():
        return key not in BEFORE_NUMBER
    if key in NEVER_FINAL:
        return False
    if key in ("a.m", "p.m"):
        return not (next_word.lower() in _TIME_FOLLOWERS or (next_word.isupper() and len(next_word) <= 4))
    is_initial = len(before) == 1 and before.isupper()
    is_dotted = "." in before and all(0 < len(part) <= 2 for part in before.split("."))
    if key in WITH_STOP and before[:1].isupper() and next_word.lower() in NEVER_FINAL:
        return False  # a state's or an office's title before a title and a name: "for Ariz. Gov. Jan Brewer"
    if _CREDIT_NEXT.match(following):
        return False  # a dateline: "ST. JOSEPH, Mich. (AP) — Michigan health authorities …"
    if (is_initial or is_dotted) and _INITIAL_NEXT.match(following):
        return False  # a run of initials: "Representative C. A. Dutch Ruppersberger"
    if is_initial or is_dotted or key in MAYBE_FINAL:
        return next_word.lower() in SENTENCE_OPENERS
    return True


_OPENING_QUOTES = "\"'“‘«"


def _opens_quote(text: str, word_start: int) -> bool:
    """Whether the word at ``word_start`` is the first word of a quotation: an opening quote mark before it, at the
    start of the text or after a space or bracket."""
    if word_start < 1 or text[word_start - 1] not in _OPENING_QUOTES:
        return False
    return word_start < 2 or text[word_start - 2].isspace() or text[word_start - 2] in "([—–-:"


def trim_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span without leading and trailing white space, or ``None`` when nothing is left."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return (start, end) if start < end else None


def _carried_quotes(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """Quotations in ``text[start:stop]`` that a quotative carries on, as disjoint ``(open, close)`` offsets.

    Quote marks are paired per kind with a stack, so nested quotes pair correctly and a stray mark pairs with
    nothing; a pair counts when :data:`_QUOTATIVE` follows its closing mark.
    """
    open_marks: dict[str, list[int]] = {}
    pairs: list[tuple[int, int]] = []
    for match in _QUOTE_MARK.finditer(text, start, stop):
        mark = match.group()
        if mark in _CLOSING:
            open_marks.setdefault(_CLOSING[mark], []).append(match.start())
            continue
        waiting = open_marks.get(mark)
        if not waiting:
            continue
        opening = waiting.pop()
        if match.start() - opening <= QUOTE_MAX_CHARS and _QUOTATIVE.match(text, match.end(), stop):
            pairs.append((opening, match.start()))
    pairs.sort()
    merged: list[tuple[int, int]] = []
    for opening, closing in pairs:
        if merged and opening < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], closing))
        else:
            merged.append((opening, closing))
    return merged


_LIST_NUMBER = re.compile(r"\s*\d{1,2}")
"""The number of a list's item, alone before its full stop at the start of a passage."""


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into sentences.

    Args:
        text: The whole text; offsets are into it.
        start: Where the passage to split begins.
        end: Where it ends (default: the end of ``text``).

    Returns:
        ``(start, end)`` spans in order, trimmed of white space, that never overlap and together cover every
        non-white-space character of the passage. A passage with no sentence boundary is one span.
    """
    stop = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    current = start
    quotes = _carried_quotes(text, start, stop)
    quote = 0
    for match in _CANDIDATE.finditer(text, start, stop):
        next_pos = match.end()
        if next_pos >= stop:
            break
        while quote < len(quotes) and quotes[quote][1] <= match.start():
            quote += 1
        if quote < len(quotes) and quotes[quote][0] < match.start():
            continue
        marks = match.group()[: match.start("close") - match.start()]
        if marks == "." and _LIST_NUMBER.fullmatch(text, current, match.start()):
            continue  # an item's number at the start of the passage ("1. Which ships are banned?")
        if not _is_boundary(text, match.start(), marks, match.group("close"), next_pos):
            continue
        span = trim_span(text, current, match.start("space"))
        if span:
            spans.append(span)
        current = next_pos
    span = trim_span(text, current, stop)
    if span:
        spans.append(span)
    return spans
