"""Words and numbers: word tokens with their offsets, and the normalised content terms that passages are compared on.

Public names: :func:`word_tokens` and :class:`Token` (words with offsets), :func:`terms` and :class:`Term` (content
terms: stems, numbers, percentages; no stop words), :data:`STOP_WORDS` (the function words and reporting verbs left
out), :func:`fold_for_comparison` (text folded for comparison). Loaded on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.lazy import lazy_names

if TYPE_CHECKING:
    from core.text.folding import fold_for_comparison
    from core.text.normalize import STOP_WORDS, Term, terms
    from core.text.tokens import Token, word_tokens
else:
    __getattr__ = lazy_names(
        globals(),
        {
            "core.text.folding": ("fold_for_comparison",),
            "core.text.normalize": ("STOP_WORDS", "Term", "terms"),
            "core.text.tokens": ("Token", "word_tokens"),
        },
    )

__all__ = ["STOP_WORDS", "Term", "Token", "fold_for_comparison", "terms", "word_tokens"]
