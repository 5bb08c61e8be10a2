"""Word-level diff of the two sides of an item, as :class:`~core.models.DiffOp` spans in each article's text."""

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

    Adjacent changes are merged into one operation, so a pane highlights a changed phrase as one span.

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
    merged: list[list[int | str]] = []
    for op in ops:  # adjacent changes read as one change: "special forces" -> "soldiers"
        if merged and op.tag != "equal" and merged[-1][0] != "equal":
            merged[-1][2], merged[-1][4] = op.src_end, op.dest_end
        else:
            merged.append([op.tag, op.src_start, op.src_end, op.dest_start, op.dest_end])
    out: list[DiffOp] = []
    for tag, i1, i2, j1, j2 in merged:
        assert isinstance(i1, int)
        assert isinstance(i2, int)
        assert isinstance(j1, int)
        assert isinstance(j2, int)
        if tag != "equal":
            tag = "replace" if i1 < i2 and j1 < j2 else "delete" if i1 < i2 else "insert"
        ls, le = _span(left, i1, i2)
        rs, re_ = _span(right, j1, j2)
        out.append(DiffOp(tag, ls, le, rs, re_))  # type: ignore[arg-type]
    return tuple(out)
