"""Word-level diff of the two sides of an item, as :class:`~core.models.DiffOp` spans in each article's
text."""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz.distance import Levenshtein

from core.models import DiffOp
from core.normalize import QUOTES as _QUOTES
from core.tokens import Token


def _key(token: Token) -> str:
    """What two words must share to count as equal: the folded word, possessive and quotes aside."""
    word = token.text.translate(_QUOTES).casefold()
    return word[:-2] if word.endswith("'s") else word


def _span(tokens: Sequence[Token], start: int, end: int) -> tuple[int, int]:
    """Character span of ``tokens[start:end]``; an empty range sits where the next token begins."""
    if start < end:
        return tokens[start].start, tokens[end - 1].end
    if start < len(tokens):
        return tokens[start].start, tokens[start].start
    if tokens:
        return tokens[-1].end, tokens[-1].end
    return 0, 0


def word_diff(left: Sequence[Token], right: Sequence[Token]) -> tuple[DiffOp, ...]:
    """Diff two token sequences with rapidfuzz ``Levenshtein.opcodes`` over their folded words.

    Args:
        left: The left side's tokens (absolute offsets into the left article's text).
        right: The right side's tokens (absolute offsets into the right article's text).

    Returns:
        The operations in order; they cover both token sequences contiguously (difflib's invariant). Empty
        when either side has no tokens.
    """
    if not left or not right:
        return ()
    ops = Levenshtein.opcodes([_key(t) for t in left], [_key(t) for t in right])
    out: list[DiffOp] = []
    for op in ops:
        ls, le = _span(left, op.src_start, op.src_end)
        rs, re_ = _span(right, op.dest_start, op.dest_end)
        out.append(DiffOp(op.tag, ls, le, rs, re_))  # type: ignore[arg-type]
    return tuple(out)
