"""One side of an aligned item as the reason finders read it: the passages' spans, word tokens and terms."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from operator import attrgetter

from core.text.normalize import Term
from core.text.tokens import Token

__all__ = ["ItemSide"]

_TOKEN = attrgetter("token")
_START = attrgetter("start")
_END = attrgetter("end")


@dataclass(frozen=True, slots=True)
class ItemSide:
    """One side of an item: its source text (segment spans joined) and tokens."""

    text: str
    """The article's full text (offsets point here)."""
    spans: tuple[tuple[int, int], ...]
    """The item's segment spans on this side, in order."""
    tokens: tuple[Token, ...]
    """The item's word tokens on this side, absolute offsets."""
    terms: tuple[Term, ...]
    """The terms of ``tokens`` (token indices into ``tokens``), spellings shared by both articles."""
    vocabulary: frozenset[str]
    """Every term of the whole article, spellings shared by both articles (is a name mentioned at all?)."""
    acronyms: tuple[tuple[frozenset[str], frozenset[str]], ...] = ()
    """The acronyms the article spells out, with their expansions: ``LSIS`` and ``Lusmark Security Intelligence
    Service`` are one source. (A name and the role set beside it, ``the Kremlin spokesperson, Dmitry Peskov``, are
    not: Peskov speaking is not the Kremlin denying.)"""
    term_tokens: tuple[int, ...] = field(init=False, repr=False, compare=False)
    """The token index of each term, ascending (to find the terms of a token range by bisection)."""
    token_starts: tuple[int, ...] = field(init=False, repr=False, compare=False)
    """The start offset of each token, ascending."""
    token_ends: tuple[int, ...] = field(init=False, repr=False, compare=False)
    """The end offset of each token, ascending."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "term_tokens", tuple(map(_TOKEN, self.terms)))
        object.__setattr__(self, "token_starts", tuple(map(_START, self.tokens)))
        object.__setattr__(self, "token_ends", tuple(map(_END, self.tokens)))

    def written(self, start: int, end: int) -> str:
        """The source text between two offsets, white space folded."""
        return " ".join(self.text[start:end].split())

    def terms_between(self, first: int, end: int) -> list[Term]:
        """The terms that start at a token in ``[first, end)``."""
        return list(self.terms[bisect_left(self.term_tokens, first) : bisect_left(self.term_tokens, end)])
