"""Who a passage cites: the speaker phrases its verbs of saying name.

A *speaker* is the phrase an attribution names (``Kremlin spokesman Dmitry Peskov said``, ``said the Liberty Party
chair``, ``she said``), with the content terms that name it (none for a pronoun). A speaker set off by an apposition is
shown with it and named by its name (``Azmy, head of the council, said`` is Azmy speaking); a verb of saying inside
another verb's clause (``could not confirm reports``) is no attribution; the full stop of an abbreviation (``a senior
U.S. lawmaker said``) ends no phrase.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from core.align.item_side import ItemSide
from core.text.abbreviations import spelled_out
from core.text.normalize import STOP_WORDS
from core.text.vocabulary import BE_FORMS, MONTHS, WEEKDAYS, word_set

_ATTRIBUTION = re.compile(
    r"\b(?:said|says|told|added|reported|reports|reporting|wrote|writes|stated|announced|claimed|claims|denied|denies|"
    r"confirmed|insisted|warned|testified|testifies|admitted|admits|acknowledged|acknowledges|argued|argues)\b"
)
_AUXILIARY = frozenset(
    [
        "has",
        "have",
        "had",
        "also",
        "previously",
        "later",
        "then",
        "is",
        "was",
        "were",
        "been",
        "earlier",
        "again",
        "already",
    ]
)
_CLAUSE_STOP = frozenset(
    [
        "what",
        "how",
        "why",
        "whether",
        "though",
        "although",
        "where",
        "that",
        "and",
        "but",
        "who",
        "which",
        "when",
        "as",
        "if",
        "while",
        "because",
        "so",
        "or",
        "than",
        "after",
        "before",
    ]
)
_DETERMINERS = frozenset(
    ["the", "a", "an", "these", "those", "such", "its", "their", "his", "her", "our", "this", "that"]
)
_QUANTIFIERS = frozenset(["another", "other", "one", "some", "several", "many", "both", "each", "few", "two", "three"])
"""Words that open an unnamed source (``Another witness said``, ``Two officials told``)."""

Speaker = tuple[str, set[str]]
"""(speaker phrase and verb as written, the content terms of the speaker: empty for a pronoun)."""


_VERBAL = frozenset(["could", "would", "can", "cannot", "will", "may", "might", "should", "must", "did", "does", "do"])
_VERBAL |= frozenset(["not", "never", "to"])
"""Words that make the verb of saying part of another verb's clause (``could not confirm reports``): no attribution."""
_OF = frozenset(
    """of with for at from in on to near over during by about under across through into within around""".split()  # noqa: SIM905
)
"""Prepositions: a noun phrase after one belongs to the phrase before it (``people with knowledge of the case said``,
``Trump over the weekend denied``)."""
_TITLE_STOPS = frozenset(["mr", "mrs", "ms", "mx", "jr", "sr", "st", "no"])
MAX_APPOSITION = 30
"""An apposition between a speaker and the verb (``Trump, who …, said``) is at most this many words."""
SHOWN_APPOSITION = 10
"""Appositions up to this many words are shown with their speaker; longer ones are elided (``Trump … said``)."""


def _abbreviation(text: str) -> bool:
    """A word whose full stop is no sentence end: an initial or a dotted acronym (``E``, ``U.S``) or a title
    (``Sen``, ``Mr``)."""
    if re.fullmatch(r"[A-Z](?:\.[A-Z])*\.?", text):
        return True
    form = text.rstrip(".").casefold()
    return form in _TITLE_STOPS or spelled_out(form) is not None


def gap_after(side: ItemSide, k: int, until: int) -> str:
    """The text between token ``k`` and offset ``until``, without the full stop of an abbreviation (``U.S.``,
    ``(R-Ky.)``)."""
    gap = side.text[side.tokens[k].end : until]
    return (
        gap[1:] if gap.startswith((".)", ".]")) or (gap.startswith(".") and _abbreviation(side.tokens[k].text)) else gap
    )


_QUOTE_MARK = re.compile(r"[\"“”«»]")
_NOUN_TOO = frozenset(["claims", "reports"])
"""Verbs of saying that are nouns too: a verb only before ``that``, a capital, punctuation or the end."""


def _noun_or_passive(side: ItemSide, last: int, match: re.Match[str], start: int) -> bool:
    """Whether the verb of saying is no attribution: a passive (``was confirmed by the Senate``) or a plural noun
    (``her discrimination claims were``)."""
    tokens = side.tokens
    k = last
    while k >= 0 and tokens[k].start >= start and tokens[k].text.casefold().endswith("ly"):
        k -= 1
    if (
        k >= 0
        and tokens[k].start >= start
        and tokens[k].text.casefold() in BE_FORMS
        and not match.group().endswith("ing")
    ):
        return True
    if match.group() in _NOUN_TOO:
        after = bisect_left(side.token_starts, match.end())
        gap = side.text[match.end() : tokens[after].start] if after < len(tokens) else ""
        if after < len(tokens) and not re.search(r"[,.;:\"“”—–]", gap):
            following = tokens[after].text
            return following.casefold() != "that" and not following[:1].isupper()
    return False


def _auxiliary(word: str) -> bool:
    """An auxiliary or an adverb between a speaker and the verb (``had previously announced``)."""
    return word in _AUXILIARY or (word.endswith("ly") and len(word) > 3)


def _clause_start(side: ItemSide, k: int, start: int) -> bool:
    """Whether token ``k`` opens a clause: the passage starts there, or punctuation or a conjunction comes before."""
    if k == 0 or side.tokens[k - 1].start < start:
        return True
    gap = gap_after(side, k - 1, side.tokens[k].start)
    return bool(re.search(r"[,;:\"“”—–―]", gap)) or side.tokens[k - 1].text.casefold() in _CLAUSE_STOP


def _apposed(side: ItemSide, last: int, start: int) -> tuple[int, int] | None:
    """The speaker of ``HEAD, APPOSITION, said`` (``Ryan, chairman of the Budget Committee, said``, ``The first
    vice-foreign minister, Kim Hong-kyun, told``, ``Trump, who …, said``), given the last token before the verb's
    comma: (first token of the head, first token of the apposition), or ``None``."""
    tokens = side.tokens
    k = last
    while k > 0 and last - k < MAX_APPOSITION:
        if tokens[k - 1].start < start:
            return None
        gap = gap_after(side, k - 1, tokens[k].start)
        if re.search(r"[.;:!?\"“”]", gap):
            return None
        if "," in gap:
            break
        k -= 1
    else:
        return None
    opening = k
    if tokens[opening].text.casefold() in ("and", "but", "or"):
        return None  # "…, but hardly surprised, said": no apposition
    head_end = opening - 1
    first = head_end
    while not _clause_start(side, first, start):
        first -= 1
        if head_end - first >= MAX_SPEAKER_WORDS + 3:
            return None
    words = {t.text.casefold() for t in tokens[first : head_end + 1]}
    if (
        words & (_VERBAL | _CLAUSE_STOP)
        or _ATTRIBUTION.fullmatch(tokens[head_end].text)
        or not tokens[first].text[:1].isalpha()
    ):
        return None
    if not any(t.text[:1].isupper() for t in tokens[first : last + 1]):
        return None  # neither part names anybody: "the officer, who asked not to be named, said" reads on its own
    return first, opening


def _a_name(side: ItemSide, first: int, end: int) -> bool:
    """Whether tokens ``[first, end)`` are a name: every word capitalised (``Dmitry Peskov``, ``Kim Hong-kyun``)."""
    return all(
        t.text[:1].isupper() or t.text.casefold() in ("of", "de", "van", "von", "al") for t in side.tokens[first:end]
    )


_WHEN = word_set(
    "first later earlier again also still then now once already soon today yesterday tonight morning afternoon "
    "evening night weekend week month year recently previously initially"
)
"""Words that tell when a source spoke, not who it is (``he first announced``, ``Trump over the weekend denied``)."""


def _content(side: ItemSide, first: int, end: int) -> set[str]:
    """The content terms of a speaker phrase (dates, weekdays and words of time aside: ``he first announced`` names
    nobody)."""
    return {
        t.norm
        for t in side.terms_between(first, end)
        if t.kind not in ("stop", "date") and side.tokens[t.token].text.casefold() not in _WHEN
    } - WEEKDAYS


def speakers(side: ItemSide) -> list[Speaker]:
    """(speaker phrase + verb as written, content terms of the speaker) for each attribution of the side.

    The content is empty when the speaker is a pronoun (``she said``). A speaker set off by an apposition is shown with
    it and named by its name (``Azmy, head of the council, said`` is Azmy speaking; ``The Kremlin spokesperson, Dmitry
    Peskov, said`` is Peskov, not the Kremlin); a verb of saying inside another verb's clause (``could not confirm
    reports``) is no attribution.
    """
    out: list[Speaker] = []
    tokens = side.tokens
    for start, end in side.spans:
        for match in _ATTRIBUTION.finditer(side.text, start, end):
            last = bisect_right(side.token_ends, match.start()) - 1  # the last token before the verb
            if last >= 0 and tokens[last].text.casefold() in _DETERMINERS:
                continue  # "the reports": a noun, not a verb of saying
            if _noun_or_passive(side, last, match, start):
                continue
            before = last  # "Farenthold, R-Texas, had previously announced": the apposition ends before "had"
            while before > 0 and tokens[before].start >= start and _auxiliary(tokens[before].text.casefold()):
                before -= 1
            verb_at = tokens[before + 1].start if before < last else match.start()
            gap = gap_after(side, before, verb_at) if before >= 0 else ""
            if before >= 0 and tokens[before].start >= start and "," in gap and not _QUOTE_MARK.search(gap):
                apposed = _apposed(side, before, start)
                if apposed is not None:
                    head, opening = apposed
                    named = [(a, b) for a, b in ((head, opening), (opening, before + 1)) if _a_name(side, a, b)]
                    content = set().union(*(_content(side, a, b) for a, b in named or [(head, opening)]))
                    if before - opening + 1 <= SHOWN_APPOSITION:
                        phrase = side.written(tokens[head].start, match.end())
                    else:
                        phrase = f"{side.written(tokens[head].start, tokens[opening - 1].end)} … {match.group()}"
                    out.append((phrase, content))
                    continue
            first = last + 1
            verbal = False
            counted = 0  # the phrase's words so far, its articles and prepositions aside
            for k in range(last, -1, -1):
                token = tokens[k]
                if token.start < start:
                    break
                gap = gap_after(side, k, tokens[first].start if first <= last else match.start())
                if (first <= last and re.search(r"[,.;:\"“”]", gap)) or re.search(r"[.;:\"“”]", gap):
                    break
                word = token.text.casefold()
                if first > last and (word in _AUXILIARY or word.endswith("ly")):
                    last = k - 1
                    first = k
                    continue
                if word in _VERBAL:
                    verbal = True
                    break
                inside_name = token.text[:1].isupper() and first <= last and tokens[first].text[:1].isupper()
                if (
                    word in _CLAUSE_STOP
                    or _ATTRIBUTION.fullmatch(word)
                    or counted >= (MAX_SPEAKER_WORDS + 3 if inside_name else MAX_SPEAKER_WORDS)
                    or last - first + 1 >= MAX_SPEAKER_TOKENS
                ):
                    break
                first = k
                counted += word not in _LINKS
                if word in ("the", "a", "an") and k > 0 and tokens[k - 1].text.casefold() not in _OF:
                    break  # "a point the USCCB media office denied": the speaker's phrase opens at its article
            if verbal:
                continue  # "could not confirm reports": no attribution
            if first <= last and tokens[first].text.casefold() in _OF | {"yet"}:
                capital = [n for n in range(first + 1, last + 1) if tokens[n].text[:1].isupper()]
                if capital:  # "by the time Schumer said": the speaker is Schumer
                    first = capital[0]
            if first > last and (after := _speaker_after(side, match, end)) is not None:
                first, stop = after  # '"…," said the Liberty Party chair': the speaker follows the verb
                content = _content(side, first, stop)
                name = APPOSED_NAME.match(side.text, tokens[stop - 1].end, end)
                if name:  # '"…," said the Liberty Party chair, Helen Marsh': Marsh speaking
                    name_first = bisect_left(side.token_starts, name.start(1))
                    stop = bisect_left(side.token_starts, name.end(1))
                    content = _content(side, name_first, stop)
                out.append((side.written(match.start(), tokens[stop - 1].end), content))
                continue
            if first <= last:  # a pronoun ("she said") gives no content: the speaker is unknown here
                out.append((side.written(tokens[first].start, match.end()), _content(side, first, last + 1)))
    return out


_QUOTE_END = re.compile(r"[,!?][\"”’']\s*$|[\"”’']\s*,\s*$")
"""A quoted statement that closes right before the verb, with its comma (``…tonight," said``), not a quoted word
(``the "plan" said``)."""
MAX_SPEAKER_WORDS = 6
"""A speaker named after the verb is at most this many words (``the Liberty Party chair``); one before it, this many
words besides its articles and prepositions (``Owen Dempsey of the Aberdeen Royal Infirmary in the UK told``)."""
_LINKS = _OF | {"the", "a", "an"}
"""The articles and prepositions a speaker's phrase holds besides its words."""
MAX_SPEAKER_TOKENS = 3 * MAX_SPEAKER_WORDS
"""A speaker's phrase before the verb is at most this many tokens, articles and prepositions included."""


def _speaker_after(side: ItemSide, match: re.Match[str], end: int) -> tuple[int, int] | None:
    """The token range of a speaker named after a verb of saying that follows a quotation, or ``None``.

    ``"Every vote counted tonight," said the Liberty Party chair, Helen Marsh`` names the chair: the words after the
    verb up to a comma or a stop, function words aside, and only when a quotation closes right before the verb.
    """
    if not _QUOTE_END.search(side.text, max(0, match.start() - 4), match.start()):
        return None
    first = bisect_left(side.token_starts, match.end())
    stop = first
    while stop < len(side.tokens) and side.tokens[stop].start < end and stop - first < MAX_SPEAKER_WORDS:
        gap = side.text[side.tokens[stop - 1].end if stop > first else match.end() : side.tokens[stop].start]
        if re.search(r"[,.;:!?\"“”()]", gap) or side.tokens[stop].text.casefold() in _CLAUSE_STOP:
            break
        stop += 1
    while stop > first and side.tokens[first].text.casefold() in _DETERMINERS:
        first += 1
    if stop <= first or side.tokens[first].text.casefold() in STOP_WORDS:
        return None  # '"…," said he': a pronoun, handled as one
    return first, stop


def speaker_phrases(side: ItemSide) -> list[tuple[str, bool]]:
    """Each attribution of the side as written, and whether its verb comes first (``said Maren Holt``)."""
    return [(phrase, bool(_ATTRIBUTION.match(phrase))) for phrase, _ in speakers(side)]


def speaker_terms(side: ItemSide) -> frozenset[str] | None:
    """The terms of every source the side quotes or cites (empty for pronouns only); ``None`` when it names none."""
    found = speakers(side)
    return frozenset().union(*(c for _, c in found)) if found else None


SPEAKER_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
"""A word of a speaker phrase as written (``Rep.``, ``O'Neill``, ``Jean-Pierre``)."""


_CALENDAR = WEEKDAYS | frozenset(MONTHS)
"""Day and month names: capitalised, but no source (``argued at the court Tuesday``)."""


def names_a_source(phrase: str, text: str) -> bool:
    """Whether a speaker phrase holds a name: a capitalised word that is no function word and, when it opens the
    phrase, is not an everyday word capitalised by the sentence start (``Another witness``, ``Police``)."""
    for index, word in enumerate(SPEAKER_WORD.findall(phrase)):
        if not word[0].isupper() or word.casefold() in STOP_WORDS or word.casefold() in _CALENDAR:
            continue
        if index == 0 and (
            word.casefold() in _DETERMINERS or word.casefold() in _QUANTIFIERS or _written(word.lower(), text)
        ):
            continue  # "Another witness", or a word the article writes in lower case elsewhere: no name
        return True
    return False


_WRITTEN_RUN = re.compile(r"[\w'’-]+")
"""A run of word characters, apostrophes and hyphens: a word of the text as :func:`_written` sees it."""


def _written(word: str, text: str) -> bool:
    """Whether ``text`` holds ``word`` exactly as written, not inside a longer word (nor joined by ``'`` or ``-``)."""
    if _WRITTEN_RUN.fullmatch(word):
        return word in _written_runs(text)
    return re.search(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text) is not None  # a word with a stop: Rep.


@lru_cache(maxsize=16)
def _written_runs(text: str) -> frozenset[str]:
    """Every run of :data:`_WRITTEN_RUN` in ``text`` (an article's text: read once, asked for many speakers)."""
    return frozenset(_WRITTEN_RUN.findall(text))


APPOSED_NAME = re.compile(r"\s*,\s*((?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+)\s*(?:[,.;]|$)")
"""A full name set after a role with a comma (``said the Liberty Party chair, Helen Marsh, who…``)."""


__all__ = [
    "APPOSED_NAME",
    "SPEAKER_WORD",
    "Speaker",
    "gap_after",
    "names_a_source",
    "speaker_phrases",
    "speaker_terms",
    "speakers",
]
