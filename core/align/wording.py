"""What each side of a linked item says that the other does not, for items that share a topic but not a meaning.

When no number, quotation, speaker, name or hedge tells two linked passages apart, yet they are no paraphrase of each
other (:func:`core.align.paraphrase.paraphrase_probability`), the difference is in what they say: an extra clause,
another
claim, another verb. This module quotes that content, so a ``differ`` always shows the reader where to look.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping

from core.align.aliases import with_aliases
from core.align.item_side import ItemSide
from core.align.lexicon import expand
from core.models import Reason

_DATELINE = re.compile(r"\s*[A-Z][A-Z.'-]+(?:[ ,]+[A-Z][\w.'-]*){0,4}\s*(?:\([\w ]{1,20}\))?\s*[—―–-]+\s")
MAX_PHRASES = 4
"""At most this many phrases of evidence per side (the detail strip has one line per reason)."""
MAX_WORDS = 4
"""At most this many words in one phrase of evidence."""


def _unshared_phrases(side: ItemSide, other: ItemSide, weights: Mapping[str, float]) -> tuple[str, ...]:
    """Runs of content words of ``side`` that ``other`` does not have (near-synonyms, and an acronym either article
    spells out, count as had), as written: the most informative few (by the summed weight of their
    words), in reading order."""
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
    found: list[tuple[float, int, str]] = []  # (weight, position, phrase)
    seen: set[str] = set()
    k = 0
    tokens = side.tokens
    while k < len(tokens):
        if k not in weight_at:
            k += 1
            continue
        end = k + 1
        while end in weight_at and end - k < MAX_WORDS and _adjacent(side, end - 1, end):
            end += 1
        phrase = side.written(tokens[k].start, tokens[end - 1].end)
        if phrase.casefold() not in seen:
            seen.add(phrase.casefold())
            found.append((sum(weight_at[n] for n in range(k, end)), k, phrase))
        k = end
    best = sorted(found, key=lambda f: (-f[0], f[1]))[:MAX_PHRASES]
    return tuple(phrase for _, _, phrase in sorted(best, key=lambda f: f[1]))


def _abbreviation(side: ItemSide, index: int) -> bool:
    """A short capitalised word with a full stop (``Mr.``, ``Sen.``, ``Gov.``): a title, not content."""
    token = side.tokens[index]
    return len(token.text) <= 4 and token.text[0].isupper() and side.text[token.end : token.end + 1] == "."


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
