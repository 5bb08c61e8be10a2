"""The nearest passage on the other side of a one-sided item: what the aligner did not dare to link, and how close.

The reader shows it in the detail strip ("nearest on the right: … 0.27"), so a reader can judge a link the
aligner left out, and jump there.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.align.settings import AlignSettings
from core.align.similarity import text_similarity
from core.models import Alignment, Side


@dataclass(frozen=True, slots=True)
class Nearest:
    """The passage of the other article most like a one-sided item."""

    side: Side
    """The article it is in (the side the item is missing from)."""
    segment: str
    """The id of its sentence."""
    item: int | None
    """The index of the item holding that sentence, if any."""
    score: float
    """Its similarity to the one-sided passage, 0 to 1 (the aligner's text similarity)."""


def nearest_passage(alignment: Alignment, index: int, *, settings: AlignSettings | None = None) -> Nearest | None:
    """The sentence of the other article most similar to the one-sided item ``index``.

    Candidates are the other article's sentences of the same part (headline, standfirst or body) as the item.

    Args:
        alignment: The alignment.
        index: The index of an item.
        settings: Tunables of the similarity (defaults when ``None``).

    Returns:
        The nearest passage, or ``None`` for an item that is not one-sided or when the other side has no sentence
        of that part, or none shares anything with it (similarity 0).
    """
    item = alignment.items[index]
    if item.verdict not in ("left-only", "right-only"):
        return None
    side: Side = "left" if item.verdict == "left-only" else "right"
    other: Side = "right" if side == "left" else "left"
    article = alignment.article(side)
    text = " ".join(article.segment(segment_id).text for segment_id in item.ids(side))
    role = "body" if item.kind == "body" else item.kind
    best: tuple[float, str] | None = None
    for segment in alignment.article(other).segments:
        if segment.role != role:
            continue
        score = text_similarity(text, segment.text, settings=settings)
        if best is None or score > best[0]:
            best = (score, segment.id)
    if best is None or best[0] <= 0:
        return None
    score, segment_id = best
    return Nearest(other, segment_id, alignment.item_of(other, segment_id), score)
