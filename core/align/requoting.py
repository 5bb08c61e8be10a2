"""One statement quoted in other words: two reports put the same quotation in marks, and the words differ.

A quotation is a report's claim that someone said these very words. When both sides of an item quote one statement
(``"Flynn lied and they destroyed his life"`` against ``"Flynn lied, and it destroyed his life, and I think it's a
shame"``), a word one report has where the other has another is a difference a fact-checker looks for, however much
else the two share. What is not: a quotation that is a shorter piece of the other (the words past its ends), an
editor's cut or insertion (``…``, ``[of Congress]``, ``(Libyan strongman Muammar)``), a spelling of one word
(``Gadhafi`` ~ ``Qaddafi``, ``F.B.I.`` ~ ``FBI``), a function word one side adds or drops (``and nothing
happened``) and a preposition, article or conjunction swapped for another: transcriptions differ so without changing
what was said.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from rapidfuzz import fuzz

from core.align.settings import AlignSettings
from core.text.normalize import STOP_WORDS
from core.text.vocabulary import word_set

__all__ = ["LINKING_WORDS", "MAX_WORDS", "MIN_SHARED_WORDS", "SAME_STATEMENT_SHARE", "requoted"]

SAME_STATEMENT_SHARE = 0.75
"""Share of the shorter quotation's words the longer must hold in the same order for the two to quote one statement
(``"We're talking about an invasion of our country"`` and ``"We have an invasion of drugs and criminals coming into
our country"`` are two statements)."""
MIN_SHARED_WORDS = 4
"""Words two quotations must share, in order, to quote one statement."""
MIN_RUN_WORDS = 3
"""…with at least this many of them in one unbroken run."""
MAX_WORDS = 120
"""Quotations longer than this are not compared word by word (the comparison grows with the product of the
lengths)."""
NAME_SPELLING = 60.0
"""rapidfuzz ``ratio`` (0-100) at which two replaced names (capitalised words) are one name spelled two ways: names
vary more in English spelling (``al-Qaddafi`` ~ ``Gadhafi``) than the words of ``AlignSettings.variant_cutoff``."""
_DEFAULTS = AlignSettings()

LINKING_WORDS = word_set("a an the of to in on at for with by from into onto upon about as and or but nor that than")
"""Articles, prepositions and conjunctions: one swapped for another is a transcription's variance (``the fabric of
the relationship`` ~ ``the fabric to the relationship``); a pronoun or a modal swapped (``they`` / ``it``,
``do`` / ``would``) says something else."""
_GAP = "\x00"
"""Stands for an editor's cut or insertion: no difference is read across it."""
_EDITED = re.compile(r"\.\s?\.\s?\.|…|\[[^\]]*\]|\([^)]*\)")
"""An ellipsis, a bracketed insertion or a parenthesis inside a quotation: the editor's, not the speaker's."""
_INITIALS = re.compile(r"\b(?:\w\.){2,}")
"""Initials written with full stops (``F.B.I.``), read as the letters alone."""
_WORD = re.compile(rf"\w[\w'-]*|{_GAP}")

Words = tuple[tuple[str, ...], frozenset[int]]
"""A quotation's words (a hyphenated word is one), case-folded, and the places of those written with a capital
(``al-Qaddafi``, ``FBI``)."""


def _words(quote: str) -> Words:
    """The quotation's words, apostrophes straightened, each editor's mark one gap; which are capitalised."""
    text = _INITIALS.sub(lambda found: found.group().replace(".", ""), quote.replace("’", "'"))
    written = _WORD.findall(_EDITED.sub(f" {_GAP} ", text))
    capitals = frozenset(k for k, word in enumerate(written) if not word.islower())
    return tuple(word.casefold() for word in written), capitals


def _respelled(mine: tuple[str, ...], theirs: tuple[str, ...], names: bool, spelling: float) -> bool:
    """Whether a replaced stretch is the same words spelled otherwise (one word by one word, or the whole stretch;
    names more loosely)."""
    if len(mine) == len(theirs) and all(fuzz.ratio(a, b) >= spelling for a, b in zip(mine, theirs, strict=True)):
        return True
    joined = ("".join(mine).replace("-", ""), "".join(theirs).replace("-", ""))
    return fuzz.ratio(*joined) >= (NAME_SPELLING if names else spelling)


def _changes(first_quote: Words, second_quote: Words, spelling: float) -> bool:
    """Whether two quotations quote one statement and differ in its words (see the module's account)."""
    (first, first_caps), (second, second_caps) = first_quote, second_quote
    if min(len(first), len(second)) < MIN_SHARED_WORDS or max(len(first), len(second)) > MAX_WORDS:
        return False
    matcher = SequenceMatcher(None, first, second, autojunk=False)
    blocks = [block for block in matcher.get_matching_blocks() if block.size]
    shared = sum(block.size for block in blocks)
    shorter = min(sum(w != _GAP for w in first), sum(w != _GAP for w in second))
    if shared < MIN_SHARED_WORDS or shared < SAME_STATEMENT_SHARE * shorter:
        return False
    if max(block.size for block in blocks) < MIN_RUN_WORDS:
        return False
    a_from, a_to = blocks[0].a, blocks[-1].a + blocks[-1].size
    b_from, b_to = blocks[0].b, blocks[-1].b + blocks[-1].size
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or i2 <= a_from or i1 >= a_to or j2 <= b_from or j1 >= b_to:
            continue  # the same words, or words past one quotation's ends
        mine, theirs = first[i1:i2], second[j1:j2]
        if _GAP in mine or _GAP in theirs:
            continue  # the editor cut or inserted something there
        if tag != "replace" and set(mine + theirs) <= STOP_WORDS:
            continue  # a function word added or dropped
        if tag == "replace" and set(mine + theirs) <= LINKING_WORDS:
            continue  # "the fabric of" / "the fabric to": a preposition, an article or a conjunction swapped
        names = all(k in first_caps for k in range(i1, i2)) and all(k in second_caps for k in range(j1, j2))
        if tag == "replace" and _respelled(mine, theirs, names, spelling):
            continue
        return True
    return False


def requoted(
    left: list[str], right: list[str], variant_cutoff: float = _DEFAULTS.variant_cutoff
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The quotations of each side that quote a statement the other side quotes in other words.

    Args:
        left: The left side's quotations, as written (statements only: long enough to be quoted words).
        right: The right side's quotations.
        variant_cutoff: The rapidfuzz ratio (0 to 1) at which two replaced words are one word spelled two ways
            (:attr:`core.align.settings.AlignSettings.variant_cutoff`).

    Returns:
        (left quotations, right quotations) of the pairs found, each once, in their order on the side; the same for
        the sides swapped, mirrored.
    """
    found_left: set[str] = set()
    found_right: set[str] = set()
    left_words = [_words(quote) for quote in left]
    right_words = [_words(quote) for quote in right]
    for a, a_words in zip(left, left_words, strict=True):
        for b, b_words in zip(right, right_words, strict=True):
            first, second = sorted((a_words, b_words), key=lambda words: words[0])  # one order: swapping mirrors
            if _changes(first, second, 100 * variant_cutoff):
                found_left.add(a)
                found_right.add(b)
    return tuple(dict.fromkeys(q for q in left if q in found_left)), tuple(
        dict.fromkeys(q for q in right if q in found_right)
    )
