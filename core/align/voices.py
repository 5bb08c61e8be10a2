"""Who speaks in a passage: the speakers its verbs of saying name, and the voice of its quotation.

A *speaker* is the phrase an attribution names (``Kremlin spokesman Dmitry Peskov said``, ``said the Liberty Party
chair``, ``she said``). Two people quoted with the same words are two statements, not one: ``"This is not a summer
heatwave any more … we have to plan for it," Delsanto said`` and ``"This is not something we can fix in one summer – we
have to plan for years," Falcone said`` share only quoted words, and the words are two different people's. A passage's
*voice* is the named source of its quotation: a speaker phrase that ends in a name (``Delsanto said``, ``said Maren
Holt``, ``the Kremlin said``), or, for ``she said`` and for a quotation that goes on with no verb, the named source of
the sentence just before in the same paragraph. A role (``the Ukrainian president said``) is no name: it may be anybody
the other report names, so it never keeps two passages apart.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from core.align.aliases import Alias, with_aliases
from core.align.item_side import ItemSide
from core.align.lexicon import expand
from core.align.quotations import quoted_terms
from core.align.settings import AlignSettings
from core.text.normalize import STOP_WORDS, terms
from core.text.tokens import word_tokens
from core.text.vocabulary import WEEKDAYS

_ATTRIBUTION = re.compile(
    r"\b(?:said|says|told|added|reported|reports|wrote|writes|stated|announced|claimed|claims|denied|denies|"
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
_QUOTE_MARK = re.compile(r"[\"“”«»]")

Speaker = tuple[str, set[str]]
"""(speaker phrase and verb as written, the content terms of the speaker: empty for a pronoun)."""


def speakers(side: ItemSide) -> list[Speaker]:
    """(speaker phrase + verb as written, content terms of the speaker) for each attribution of the side.

    The content is empty when the speaker is a pronoun (``she said``).
    """
    out: list[Speaker] = []
    tokens = side.tokens
    for start, end in side.spans:
        for match in _ATTRIBUTION.finditer(side.text, start, end):
            last = bisect_right(side.token_ends, match.start()) - 1  # the last token before the verb
            if last >= 0 and tokens[last].text.casefold() in _DETERMINERS:
                continue  # "the reports": a noun, not a verb of saying
            first = last + 1
            for k in range(last, -1, -1):
                token = tokens[k]
                if token.start < start:
                    break
                gap = side.text[token.end : (tokens[first].start if first <= last else match.start())]
                if (first <= last and re.search(r"[,.;:\"“”]", gap)) or re.search(r"[.;:\"“”]", gap):
                    break
                word = token.text.casefold()
                if first > last and (word in _AUXILIARY or word.endswith("ly")):
                    last = k - 1
                    first = k
                    continue
                if word in _CLAUSE_STOP or _ATTRIBUTION.fullmatch(word) or last - first + 1 >= 6:
                    break
                first = k
            if first > last and (after := _speaker_after(side, match, end)) is not None:
                first, stop = after  # '"…," said the Liberty Party chair': the speaker follows the verb
                found = side.terms_between(first, stop)
                content = {t.norm for t in found if t.kind not in ("stop", "date")} - WEEKDAYS
                out.append((side.written(match.start(), tokens[stop - 1].end), content))
                continue
            found = side.terms_between(first, last + 1)
            content = {t.norm for t in found if t.kind not in ("stop", "date")} - WEEKDAYS
            if first <= last:  # a pronoun ("she said") gives no content: the speaker is unknown here
                out.append((side.written(tokens[first].start, match.end()), content))
    return out


_QUOTE_END = re.compile(r"[,!?][\"”’']\s*$|[\"”’']\s*,\s*$")
"""A quoted statement that closes right before the verb, with its comma (``…tonight," said``), not a quoted word
(``the "plan" said``)."""
MAX_SPEAKER_WORDS = 6
"""A speaker named after the verb is at most this many words (``the Liberty Party chair``)."""


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


def names_a_source(phrase: str, text: str) -> bool:
    """Whether a speaker phrase holds a name: a capitalised word that is no function word and, when it opens the
    phrase, is not an everyday word capitalised by the sentence start (``Another witness``, ``Police``)."""
    for index, word in enumerate(SPEAKER_WORD.findall(phrase)):
        if not word[0].isupper() or word.casefold() in STOP_WORDS:
            continue
        if index == 0 and (
            word.casefold() in _DETERMINERS
            or word.casefold() in _QUANTIFIERS
            or re.search(rf"(?<![\w'’-]){re.escape(word.lower())}(?![\w'’-])", text)
        ):
            continue  # "Another witness", or a word the article writes in lower case elsewhere: no name
        return True
    return False


@dataclass(frozen=True, slots=True)
class Voice:
    """The named source of a passage's quotation and the quoted words (as bag terms)."""

    source: frozenset[str]
    """Term norms of the source's name (``{"maren", "holt"}``)."""
    quoted: frozenset[str]
    """Content terms inside the passage's quotation marks, the lexicon applied as in the passages' bags."""


def _named(phrase: str, verb_first: bool) -> frozenset[str]:
    """The names in a speaker phrase that ends in a name, as term norms (``Kremlin spokesman Dmitry Peskov`` gives
    ``kremlin``, ``dmitri``, ``peskov``); empty when it ends in a common word (a role, a pronoun)."""
    words = SPEAKER_WORD.findall(phrase)
    words = words[1:] if verb_first else words[:-1]  # drop the verb of saying
    if not words or not words[-1][0].isupper() or words[-1].casefold() in STOP_WORDS:
        return frozenset()
    capitals = [w for w in words if w[0].isupper() and w.casefold() not in STOP_WORDS]
    return frozenset(t.norm for t in terms(word_tokens(" ".join(capitals))) if t.kind != "stop")


_APPOSED_NAME = re.compile(r"\s*,\s*((?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+)\s*(?:[,.;]|$)")
"""A full name set after a role with a comma (``said the Liberty Party chair, Helen Marsh, who…``)."""


def named_source(side: ItemSide) -> frozenset[str]:
    """Term norms of the named sources of a side (empty when it names none).

    A role named after the verb is followed up to its apposed name: ``"…," said the Liberty Party chair, Helen Marsh``
    names Helen Marsh.
    """
    found: set[str] = set()
    for phrase, verb_first in speaker_phrases(side):
        names = _named(phrase, verb_first)
        if not names and verb_first:
            at = side.text.find(phrase, side.spans[0][0]) if side.spans else -1  # this passage's own words
            apposed = _APPOSED_NAME.match(side.text, at + len(phrase)) if at >= 0 else None
            if apposed:
                names = _named(f"said {apposed.group(1)}", True)
        found |= names
    return frozenset(found)


def voices(
    texts: Sequence[str],
    paragraphs: Sequence[int],
    side_of: Callable[[int], ItemSide],
    settings: AlignSettings,
    canon: Callable[[str], str],
    aliases: Sequence[Alias] = (),
) -> list[Voice | None]:
    """The voice of each passage (``None`` when it quotes nobody it names, itself or just before in its paragraph).

    Args:
        texts: The passages' texts, in article order (a passage with no quotation mark has no voice).
        paragraphs: The paragraph of each passage.
        side_of: The :class:`~core.align.item_side.ItemSide` of passage ``k`` (built only for passages that quote).
        settings: Aligner settings (what counts as a quotation).
        canon: Maps a term to the spelling both articles share.
        aliases: The article's aliases (``The Clarion's editor, Graham Tolley``: Tolley speaks for the Clarion).
    """
    sources: dict[int, frozenset[str]] = {}

    def source_of(k: int) -> frozenset[str]:
        if k not in sources:
            sources[k] = frozenset(with_aliases({canon(t) for t in named_source(side_of(k))}, aliases))
        return sources[k]

    out: list[Voice | None] = []
    for k, text in enumerate(texts):
        if not _QUOTE_MARK.search(text):
            out.append(None)
            continue
        quoted = quoted_terms(side_of(k), settings)
        if not quoted:
            out.append(None)
            continue
        source = source_of(k)
        if not source and k > 0 and paragraphs[k - 1] == paragraphs[k]:
            source = source_of(k - 1)  # "she said", or the quotation going on: the source named just before
        out.append(Voice(source, expand(canon(t) for t in quoted)) if source else None)
    return out


def other_voices(a: Voice | None, b: Voice | None, shared: frozenset[str]) -> bool:
    """Whether two passages share nothing but one side's quoted words, and name different sources for them."""
    if a is None or b is None or not shared or a.source & b.source:
        return False
    return shared <= a.quoted or shared <= b.quoted


__all__ = [
    "SPEAKER_WORD",
    "Speaker",
    "Voice",
    "named_source",
    "names_a_source",
    "other_voices",
    "speaker_phrases",
    "speaker_terms",
    "speakers",
    "voices",
]
