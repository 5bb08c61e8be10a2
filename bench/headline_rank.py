"""The features of a learned headline ranker over the lines above the article's run (a measurement, not shipped).

The hand rules (:mod:`core.reading.headline`) pick the headline by set criteria. A ranker instead scores every line
that could be the headline and takes the best: the lines within :data:`WINDOW` paragraphs above the article's run,
and the run's first paragraph. Its features read how much of the line the article's opening repeats, the line's
shape, and where it stands: over a byline or a date, under a date line, how far above the run. They also read the
roles the hand rules gave the lines around it. :mod:`bench.fit_headline` fits a logistic model over them and
measures it against the hand rules.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from core.reading.clean_context import Para
from core.reading.headline import content_words, is_navigation, opening_words
from core.reading.metadata import is_name_line, looks_like_outlet

__all__ = ["FEATURE_NAMES", "MARGIN", "WINDOW", "candidate_lines", "headline_features"]

WINDOW = 60
"""The ranker considers the lines this many paragraphs above the article's run at most."""
MIN_WORDS = 2
"""A headline has at least this many words…"""
MAX_WORDS = 40
"""…and at most this many."""
CREDIT_REACH = 3
"""A byline, date or outlet line this many paragraphs under (or over) a line is beside it."""
REPEAT_CHARS = 20
"""A line this long or longer counts as repeated where another line holds it (a share text, a page title)."""
MARGIN = 1.0
"""A ranker that vets the hand rules overrules their headline only when its best line scores this much more (in
log-odds): where both are about as likely, the hand rules' criteria know the page's shape better."""

FEATURE_NAMES: tuple[str, ...] = (
    "lede_share",
    "lede_words",
    "words",
    "capitals",
    "sentence_end",
    "colon_end",
    "lines_to_run",
    "credits_under",
    "credits_over",
    "repeated",
    "name_line",
    "outlet_line",
    "navigation",
    "rule",
    "prose",
    "position",
    "digits",
    "in_run",
    "standfirst",
    "caption",
    "credit_role",
    "opening_match",
    "prose_under",
    "date_over",
)
"""The features of a candidate line, in the model's order."""

_SENTENCE_END = re.compile(r"[.!?]$")


def candidate_lines(paras: Sequence[Para], start: int) -> list[int]:
    """The paragraphs that may be the headline of the article whose run starts at ``start``: those within
    :data:`WINDOW` above it and the run's first, that are no page furniture and hold :data:`MIN_WORDS` to
    :data:`MAX_WORDS` words."""
    return [
        k
        for k in range(max(0, start - WINDOW), min(len(paras), start + 1))
        if not paras[k].furniture and MIN_WORDS <= len(paras[k].text.split()) <= MAX_WORDS
    ]


def headline_features(paras: Sequence[Para], start: int) -> list[tuple[int, list[float]]]:
    """Each candidate line's index (:func:`candidate_lines`) with its features (:data:`FEATURE_NAMES`)."""
    lede = opening_words(paras, start)[0]
    texts = [para.text for para in paras]
    opening = paras[start].text if start < len(paras) else ""
    out: list[tuple[int, list[float]]] = []
    for k in candidate_lines(paras, start):
        para = paras[k]
        text = para.text
        words = text.split()
        content = content_words(text)
        near = sum(1 for other in paras[k + 1 : start] if not other.furniture)
        repeated = sum(
            1
            for j, other in enumerate(texts)
            if j != k and (other == text or (len(text) > REPEAT_CHARS and text in other))
        )
        stripped = text.rstrip()
        out.append(
            (
                k,
                [
                    len(content & lede) / max(len(content), 1),
                    math.log1p(len(content & lede)),
                    math.log1p(len(words)),
                    sum(1 for word in words if word[:1].isupper()) / max(len(words), 1),
                    float(bool(_SENTENCE_END.search(stripped))),
                    float(stripped.endswith(":")),
                    math.log1p(near),
                    float(any(p.role in ("byline", "date") for p in paras[k + 1 : k + 1 + CREDIT_REACH])),
                    float(any(p.role in ("byline", "date") for p in paras[max(0, k - CREDIT_REACH) : k])),
                    math.log1p(repeated),
                    float(is_name_line(text)),
                    float(looks_like_outlet(text)),
                    float(is_navigation(para.source)),
                    float(para.rule is not None),
                    float(para.prose),
                    k / max(len(paras), 1),
                    sum(ch.isdigit() for ch in text) / max(len(text), 1),
                    float(k >= start),
                    float(para.role == "standfirst"),
                    float(para.role == "caption"),
                    float(para.role in ("byline", "date", "outlet")),
                    fuzz.partial_ratio(text, opening) / 100 if opening else 0.0,
                    float(k + 1 < len(paras) and paras[k + 1].prose and not paras[k + 1].furniture),
                    float(k > 0 and paras[k - 1].date_line),
                ],
            )
        )
    return out
