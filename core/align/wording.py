"""What each side of a linked item says that the other does not, for items worded far apart.

When no number, quotation, speaker, name or hedge tells two linked passages apart, yet they are no paraphrase of each
other (:func:`core.align.paraphrase.paraphrase_probability`), the item is an ``agree`` whose sides differ in what
else they say: an extra clause, a detail, another verb. This module quotes that content, so the reader sees what
each side adds.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from functools import lru_cache

from core.align.aliases import with_aliases
from core.align.item_side import ItemSide
from core.align.lexicon import expand
from core.models import Reason
from core.text.normalize import STOP_WORDS
from core.text.vocabulary import MONTHS, WEEKDAYS

_DATELINE = re.compile(r"\s*[A-Z][A-Z.'-]+(?:[ ,]+[A-Z][\w.'-]*){0,4}\s*(?:\([\w ]{1,20}\))?\s*[—―–-]+\s")
MAX_PHRASES = 4
"""At most this many phrases of evidence per side (the detail strip has one line per reason)."""
MAX_WORDS = 6
"""At most this many words in one phrase of evidence."""
MIN_CONTENT = 2
"""A one-word phrase of evidence is shown with the words around it, until it holds this many content words."""
MAX_BRIDGE = 2
"""A phrase runs on over at most this many function words between content words (``positions on advisory
boards``)."""
_BRIDGES = frozenset(
    "of the a an on in to for with at by from into about over under his her its their our my your".split()  # noqa: SIM905
)
"""Function words a phrase runs on over; a conjunction (``and``, ``or``) ends it: the items of a list are phrases of
their own."""


def _unshared_phrases(side: ItemSide, other: ItemSide, weights: Mapping[str, float]) -> tuple[str, ...]:
    """Runs of content words of ``side`` that ``other`` does not have (near-synonyms, and an acronym either article
    spells out, count as had), joined over a function word or two into phrases, as written: the most informative
    few (by the summed weight of their words), in reading order."""
    theirs = expand(with_aliases({t.norm for t in other.terms if t.kind != "stop"}, other.acronyms))
    weight_at: dict[int, float] = {}
    dateline = _dateline_tokens(side)
    for term in side.terms:
        if (
            term.kind != "stop"
            and not _abbreviation(side, term.token)
            and term.token not in dateline
            and not expand(with_aliases({term.norm}, side.acronyms)) & theirs
        ):
            for k in range(term.token, term.end_token):
                weight_at[k] = weight_at.get(k, 0.0) + weights.get(term.norm, 1.0)
    for k in _fuller_names(side, weight_at):
        del weight_at[k]
    found: list[tuple[float, int, int]] = []  # (weight, first token, end token)
    k = 0
    tokens = side.tokens
    while k < len(tokens):
        if k not in weight_at:
            k += 1
            continue
        end = k + 1
        while end - k < MAX_WORDS:
            if end in weight_at and _adjacent(side, end - 1, end):
                end += 1
                continue
            bridge = end  # "positions on advisory boards", "segment of society": a function word or two inside
            while (
                bridge < len(tokens)
                and bridge - end < MAX_BRIDGE
                and bridge not in weight_at
                and tokens[bridge].text.casefold() in _BRIDGES
                and _adjacent(side, bridge - 1, bridge)
            ):
                bridge += 1
            if (
                bridge == end
                or bridge - k >= MAX_WORDS
                or bridge not in weight_at
                or not _adjacent(side, bridge - 1, bridge)
            ):
                break
            end = bridge + 1
        found.append((sum(weight_at.get(n, 0.0) for n in range(k, end)), k, end))
        k = end
    chosen: list[tuple[int, int]] = []
    seen: set[str] = set()
    for _, first, end in sorted(found, key=lambda f: (-f[0], f[1])):
        if len(chosen) == MAX_PHRASES:
            break
        if end - first == 1:  # one word says little alone: "dangled" reads as "dangled the secretary"
            first, end = _widened(side, first, end, chosen, weight_at)
        phrase = side.written(tokens[first].start, tokens[end - 1].end).casefold()
        if phrase not in seen and not any(a < end and first < b for a, b in chosen):
            seen.add(phrase)
            chosen.append((first, end))
    merged: list[tuple[int, int]] = []
    for a, b in sorted(chosen):  # phrases that touch read as one: "insisting that the White House" "never offered"
        if merged and merged[-1][1] == a and _adjacent(side, a - 1, a):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return tuple(side.written(tokens[a].start, tokens[b - 1].end) for a, b in merged)


def _widened(
    side: ItemSide, first: int, end: int, taken: list[tuple[int, int]], unshared: Mapping[int, float]
) -> tuple[int, int]:
    """A one-word phrase with the words around it in its clause, until it holds :data:`MIN_CONTENT` content words (the
    words after it first), without a function word at either end beyond the word itself and without cutting a name in
    two. Only function words and words the other side lacks (``unshared``, by token) are taken: a word both sides
    have is never offered as what one side says and the other does not."""
    tokens = side.tokens

    def free(k: int) -> bool:
        return not any(a <= k < b for a, b in taken) and (k in unshared or tokens[k].text.casefold() in STOP_WORDS)

    word = first

    def content(a: int, b: int) -> int:
        return sum(tokens[n].text.casefold() not in STOP_WORDS for n in range(a, b))

    while content(first, end) < MIN_CONTENT and end - first < MAX_WORDS:
        if end < len(tokens) and free(end) and _adjacent(side, end - 1, end):
            end += 1
        elif first > 0 and free(first - 1) and _adjacent(side, first - 1, first):
            first -= 1
        else:
            break
    while end - 1 > word and tokens[end - 1].text.casefold() in STOP_WORDS:
        end -= 1
    while first < word and tokens[first].text.casefold() in STOP_WORDS:
        first += 1
    while (
        end < len(tokens)
        and end - first < MAX_WORDS
        and tokens[end - 1].text[:1].isupper()
        and tokens[end].text[:1].isupper()
        and tokens[end].text.casefold() not in STOP_WORDS
        and free(end)
        and _adjacent(side, end - 1, end)
    ):
        end += 1  # "the White" -> "the White House"
    return first, end


def _abbreviation(side: ItemSide, index: int) -> bool:
    """A short capitalised word with a full stop (``Mr.``, ``Sen.``, ``Gov.``), the stop after the token or in it (a
    capital and a few lower-case letters: ``U.S.`` is a place): a title, not content."""
    token = side.tokens[index]
    if token.text.casefold().rstrip(".") in _CALENDAR:
        return False  # "in early July." ends a sentence: a month, no title
    if re.fullmatch(r"[A-Z][a-z]{1,3}\.", token.text):
        return True
    return len(token.text) <= 4 and token.text[0].isupper() and side.text[token.end : token.end + 1] == "."


_CALENDAR = frozenset(name for name in MONTHS if len(name) > 3 and name != "sept") | WEEKDAYS
"""Month and weekday names written out (``June``, ``July``), which a full stop after them leaves dates; a shortened
one (``Sept.``) is set apart by its stop like a title."""

HEADLINE_CAPITALS = 0.6
"""A side whose words are capitalised in more than this share is in headline case: its capitals mark no names."""


def _fuller_names(side: ItemSide, unshared: Mapping[int, float]) -> list[int]:
    """The unshared tokens of runs of capitalised words whose last word both sides have: the same name told more
    fully (``Chuck Schumer`` ~ ``Schumer``, ``Senate Majority Leader Mitch McConnell`` ~ ``McConnell``), not content one
    side adds. In headline case (every word capitalised) a word is part of a name only when the article writes it
    with a capital inside its sentences and never in lower case (``Donald Trump Signals`` names Donald Trump; ``Pipe
    Bomb Suspect`` names nobody)."""
    tokens = side.tokens
    capital = [t.text[:1].isupper() and t.text.casefold() not in STOP_WORDS for t in tokens]
    if tokens and sum(capital) > HEADLINE_CAPITALS * len(tokens):
        lower, named = _written_words(side.text)
        capital = [
            c and t.text.casefold() not in lower and t.text in named for c, t in zip(capital, tokens, strict=True)
        ]
    out: list[int] = []
    k = 0
    while k < len(tokens):
        end = k + 1
        while capital[k] and end < len(tokens) and capital[end] and _adjacent(side, end - 1, end):
            end += 1
        if end - k >= 2 and end - 1 not in unshared and side.terms_between(end - 1, end):
            out.extend(n for n in range(k, end - 1) if n in unshared)
        k = end
    return out


@lru_cache(maxsize=16)
def _written_words(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words an article writes in lower case, and those it writes with a capital in a run of capitalised words
    after a lower-case word (inside a sentence, where a capital marks a name); read once per article."""
    lower = frozenset(re.findall(r"\b[a-z][\w'’-]*", text))
    runs = re.findall(r"\b[a-z][\w'’-]*,? +([A-Z][\w'’.-]*(?: +[A-Z][\w'’.-]*)*)", text)
    after = [word for run in runs for word in run.split()]
    named = frozenset([*after, *(word.rstrip(".") for word in after)])
    return lower, named


def _dateline_tokens(side: ItemSide) -> set[int]:
    """The tokens of datelines opening the side's passages (``WASHINGTON —``, ``KYIV, Ukraine (AP) —``)."""
    out: set[int] = set()
    for start, end in side.spans:
        found = _DATELINE.match(side.text, start, end)
        if found:
            out.update(range(bisect_left(side.token_starts, start), bisect_right(side.token_ends, found.end())))
    return out


def _adjacent(side: ItemSide, first: int, second: int) -> bool:
    """Whether two tokens are next to each other with only white space or a hyphen between them."""
    gap = side.text[side.tokens[first].end : side.tokens[second].start]
    return gap.strip() in ("", "-")


def content_reason(left: ItemSide, right: ItemSide, weights: Mapping[str, float] | None = None) -> Reason | None:
    """The content words (in phrases, as written) that each side of an item has and the other lacks.

    Args:
        left: The item's left side.
        right: The item's right side.
        weights: How informative each term is (the aligner's term weights); the heaviest phrases are given. Without
            it, every word counts the same and longer phrases come first.

    Returns:
        A ``content`` reason, or ``None`` when neither side has a content word the other lacks.
    """
    lu, ru = _unshared_phrases(left, right, weights or {}), _unshared_phrases(right, left, weights or {})
    return Reason("content", lu, ru) if lu or ru else None


__all__ = ["MAX_PHRASES", "MAX_WORDS", "content_reason"]
