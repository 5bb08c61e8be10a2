"""Whose words a passage quotes: the voice of its quotation.

A *speaker* is the phrase an attribution names (``Kremlin spokesman Dmitry Peskov said``, ``said the Liberty Party
chair``, ``she said``; see :mod:`core.align.speakers`). Two people quoted with the same words are two statements, not
one: ``"This is not a summer heatwave any more … we have to plan for it," Delsanto said`` and ``"This is not something
we can fix in one summer – we have to plan for years," Falcone said`` share only quoted words, and the words are two
different people's. A passage's *voice* is the named source of its quotation: a speaker phrase that ends in a name
(``Delsanto said``, ``said Maren Holt``, ``the Kremlin said``), or, for ``she said`` and for a quotation that goes on
with no verb, the named source of the sentence just before in the same paragraph. A role (``the Ukrainian president
said``) is no name: it may be anybody the other report names, so it never keeps two passages apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from core.align.aliases import Alias, with_aliases
from core.align.item_side import ItemSide
from core.align.lexicon import expand
from core.align.quotations import quoted_terms
from core.align.settings import AlignSettings
from core.align.speakers import APPOSED_NAME, SPEAKER_WORD, speaker_phrases, speaker_terms
from core.text.normalize import STOP_WORDS, terms
from core.text.tokens import word_tokens

_QUOTE_MARK = re.compile(r"[\"“”«»]")


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
            apposed = APPOSED_NAME.match(side.text, at + len(phrase)) if at >= 0 else None
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


__all__ = ["Voice", "named_source", "other_voices", "speaker_terms", "voices"]
