"""Headline figures of an alignment: items per verdict and the share of each article that has a counterpart."""

from __future__ import annotations

from collections.abc import Sequence

from core.models import VERDICTS, AlignedItem, Article, Summary, Verdict


def _word_counts(article: Article) -> dict[str, int]:
    """Number of words of each body segment."""
    return {seg.id: len(seg.text.split()) for seg in article.body}


def summarize(items: Sequence[AlignedItem], left: Article, right: Article) -> Summary:
    """Count body items per verdict and measure coverage.

    Coverage of a side is the share of its body words that lie in an item with the other side too (0 when the
    side has no body words).

    Args:
        items: All items of the alignment (title items are left out of the figures).
        left: The left article.
        right: The right article.
    """
    body = [item for item in items if item.kind == "body"]
    counts: dict[Verdict, int] = dict.fromkeys(VERDICTS, 0)
    for item in body:
        counts[item.verdict] += 1
    lwords, rwords = _word_counts(left), _word_counts(right)
    linked = [item for item in body if item.left and item.right]
    lcov = sum(lwords.get(s, 0) for item in linked for s in item.left)
    rcov = sum(rwords.get(s, 0) for item in linked for s in item.right)
    ltotal, rtotal = sum(lwords.values()), sum(rwords.values())
    return Summary(counts, lcov / ltotal if ltotal else 0.0, rcov / rtotal if rtotal else 0.0)
