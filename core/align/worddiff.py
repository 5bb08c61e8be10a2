"""Word-level diff of the two sides of an item, as :class:`~core.models.DiffOp` spans in each article's text."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from core.models import DiffOp
from core.text.folding import QUOTES
from core.text.tokens import Token


@lru_cache(maxsize=1 << 16)
def _fold(word: str) -> str:
    """What two words must share to count as equal: the folded word, possessive and quotes aside (an article repeats
    its words, so each is folded once)."""
    word = word.translate(QUOTES).casefold()
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


def _runs(tokens: Sequence[Token], start: int, end: int, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split ``tokens[start:end]`` into runs that each lie inside one of ``spans`` (one segment of the item).

    An item can hold segments that are far apart in their article; a change must never cover the text between them.
    """
    if start >= end or len(spans) < 2:
        return [(start, end)]
    runs: list[tuple[int, int]] = []
    run_start, current = start, _span_index(spans, tokens[start].start)
    for k in range(start + 1, end):
        where = _span_index(spans, tokens[k].start)
        if where != current:
            runs.append((run_start, k))
            run_start, current = k, where
    runs.append((run_start, end))
    return runs


def _span_index(spans: Sequence[tuple[int, int]], offset: int) -> int:
    """Index of the span holding ``offset`` (spans are in order and do not overlap)."""
    return bisect_right([start for start, _ in spans], offset) - 1


def word_diff(
    left: Sequence[Token],
    right: Sequence[Token],
    *,
    left_spans: Sequence[tuple[int, int]] = (),
    right_spans: Sequence[tuple[int, int]] = (),
) -> tuple[DiffOp, ...]:
    """Diff two token sequences with rapidfuzz ``Levenshtein.opcodes`` over their folded words.

    Adjacent changes are merged into one operation, so a pane highlights a changed phrase as one span; but a
    change never spans two segments of a side (``left_spans``/``right_spans``: the character spans of the
    side's segments, in order), so it never covers text between two segments that are far apart.

    Args:
        left: The left side's tokens (absolute offsets into the left article's text).
        right: The right side's tokens (absolute offsets into the right article's text).
        left_spans: Character spans of the left side's segments (empty: one segment).
        right_spans: Character spans of the right side's segments (empty: one segment).

    Returns:
        The operations in order; they cover both token sequences contiguously (difflib's invariant). Empty
        when either side has no tokens.
    """
    if not left or not right:
        return ()
    ops = Levenshtein.opcodes([_fold(t.text) for t in left], [_fold(t.text) for t in right])
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
        lruns = _runs(left, i1, i2, left_spans)
        rruns = _runs(right, j1, j2, right_spans)
        if tag == "equal" and len(lruns) != len(rruns):  # equal words split differently: pair them word by word
            lruns = [(k, k + 1) for k in range(i1, i2)]
            rruns = [(k, k + 1) for k in range(j1, j2)]
        for n in range(max(len(lruns), len(rruns))):
            a1, a2 = lruns[n] if n < len(lruns) else (i2, i2)
            b1, b2 = rruns[n] if n < len(rruns) else (j2, j2)
            kind = tag if tag == "equal" else "replace" if a1 < a2 and b1 < b2 else "delete" if a1 < a2 else "insert"
            ls, le = _span(left, a1, a2)
            rs, re_ = _span(right, b1, b2)
            out.append(DiffOp(kind, ls, le, rs, re_))  # type: ignore[arg-type]
    return tuple(out)
