"""Stock news formulas whose words say nothing about the event: "did not respond to a request for comment",
"declined to comment", "could not be reached for comment".

Two reports each saying that *someone* declined to comment share those words, yet tell different things when the
someone differs (an embassy, a lawyer). So the words of a formula are no terms at all: what links the two passages is
who stayed silent and on what, never the formula itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.text.normalize import Term
from core.text.tokens import Token

_NOT = r"(?:did|does|do|has|have|had|was|were|is|are|could|would)(?:\s+not|n['’]t)"
_SOON = r"(?:\s+immediately)?"
_REQUEST = r"(?:(?:a|an|the|our|repeated|multiple|several|written|emailed)\s+)*(?:requests?|inquiry|inquiries|enquiry|enquiries|queries|query|calls?|messages?|emails?)"  # noqa: E501

FORMULAS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        rf"\b{_NOT}{_SOON}\s+(?:respond(?:ed)?|repl(?:y|ied)|answer(?:ed)?|return(?:ed)?)\s+to\s+{_REQUEST}(?:\s+(?:for|seeking)\s+comments?)?",
        rf"\b{_NOT}{_SOON}\s+(?:return|answer)\s+{_REQUEST}(?:\s+(?:for|seeking)\s+comments?)?",
        r"\b(?:declined|declines|decline|refused|refuses|refuse)\s+to\s+(?:comment|elaborate)",
        rf"\b{_NOT}{_SOON}\s+(?:be\s+)?(?:reached|available)\s+for\s+comments?",
        rf"\b{_NOT}{_SOON}\s+comment(?:ed)?",
        r"\bno\s+(?:immediate\s+)?comment\s+from",
        r"\bin\s+response\s+to\s+{_REQUEST}\s+for\s+comments?".replace("{_REQUEST}", _REQUEST),
    )
)
"""The formulas, as written in news copy (wire, broadsheet and tabloid variants)."""

_KEYWORDS = ("comment", "respon", "repl", "answer", "return", "elaborat")
"""Every formula holds one of these (a cheap test before the patterns)."""


def formula_terms(text: str, offset: int, tokens: Sequence[Token], found: Sequence[Term]) -> list[Term]:
    """The terms of a passage without the words of any stock formula it holds.

    Args:
        text: The passage text.
        offset: Where ``text`` starts in its article (the tokens' offsets are the article's).
        tokens: The passage's tokens.
        found: Its terms (:func:`core.text.normalize.terms`).

    Returns:
        The terms outside every formula, in order.
    """
    folded = text.lower()
    if not any(word in folded for word in _KEYWORDS):  # nearly every passage: no formula can match
        return list(found)
    spans = [(m.start() + offset, m.end() + offset) for pattern in FORMULAS for m in pattern.finditer(text)]
    if not spans:
        return list(found)
    inside = {k for k, tok in enumerate(tokens) if any(start <= tok.start < end for start, end in spans)}
    return [t for t in found if t.token not in inside]


__all__ = ["FORMULAS", "formula_terms"]
