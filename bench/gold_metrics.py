"""Reference alignments ("gold") and the scores of an alignment against one (see ``tests/data/GOLD-FORMAT.md``)."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from core.errors import StorydiffError
from core.models import Alignment, Article, Side
from core.text import fold_for_comparison


@dataclass(frozen=True, slots=True)
class GoldLink:
    """A reference link: snippets of the left and right sentences, and the acceptable verdicts."""

    left: tuple[str, ...]
    right: tuple[str, ...]
    status: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Gold:
    """A reference alignment of one article pair."""

    left: str
    """Path of the left article, relative to the repository."""
    right: str
    """Path of the right article."""
    titles: tuple[GoldLink, ...]
    sure: tuple[GoldLink, ...]
    possible: tuple[GoldLink, ...]
    only_left: tuple[str, ...]
    only_right: tuple[str, ...]
    not_body_left: tuple[str, ...]
    not_body_right: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class GoldScores:
    """The figures of an alignment against a reference, as the gold README defines them."""

    precision: float
    recall: float
    f1: float
    verdict_accuracy: float
    one_sided_accuracy: float
    role_accuracy: float
    headline_verdict: bool | None = None
    """Whether the item that links the two headlines has a verdict the gold's title link accepts (``None`` when the
    gold names no headline pair or no item links it)."""


def _links(raw: Sequence[dict[str, object]]) -> tuple[GoldLink, ...]:
    return tuple(
        GoldLink(tuple(r["left"]), tuple(r["right"]), tuple(r.get("status", ())))  # type: ignore[arg-type]
        for r in raw
    )


def read_gold(path: str | Path) -> Gold:
    """Read a gold file.

    Raises:
        StorydiffError: the file is missing or not a gold file.
    """
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
        return Gold(
            raw["left"],
            raw["right"],
            _links(raw.get("titles", [])),
            _links(raw["sure"]),
            _links(raw.get("possible", [])),
            tuple(raw.get("only", {}).get("left", [])),
            tuple(raw.get("only", {}).get("right", [])),
            tuple(raw.get("not_body", {}).get("left", [])),
            tuple(raw.get("not_body", {}).get("right", [])),
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise StorydiffError(f"cannot read gold file {path}: {exc}") from exc


@lru_cache(maxsize=256)
def _folded_with_offsets(text: str) -> tuple[str, tuple[int, ...]]:
    """``fold_for_comparison(text)`` character by character, with the source offset of every folded character."""
    chars: list[str] = []
    where: list[int] = []
    for index, char in enumerate(text):
        piece = fold_for_comparison(unicodedata.normalize("NFKC", char)) if not char.isspace() else " "
        if piece == "" and char.isspace():
            piece = " "
        for c in piece:
            if c == " " and (not chars or chars[-1] == " "):
                continue
            chars.append(c)
            where.append(index)
    return "".join(chars), tuple(where)


def snippet_segments(article: Article, snippet: str) -> tuple[str, ...]:
    """Ids of the article's segments that a snippet maps to: overlapping its place in the text, else
    containing it.

    Returns:
        The ids in source order; empty when the text was dropped altogether.
    """
    needle = fold_for_comparison(snippet)
    folded, where = _folded_with_offsets(article.text)
    at = folded.find(needle)
    if at >= 0 and needle:
        start, end = where[at], where[at + len(needle) - 1] + 1
        hits = tuple(s.id for s in article.segments if s.start < end and start < s.end)
        if hits:
            return hits
    if not needle:
        return ()
    return tuple(s.id for s in article.segments if needle in (text := fold_for_comparison(s.text)) or text in needle)


def _ratio(hits: int, total: int) -> float:
    return hits / total if total else 1.0


def score(alignment: Alignment, gold: Gold) -> GoldScores:
    """Score an alignment (left = gold's left) against a reference."""
    memo: dict[tuple[Side, str], set[str]] = {}

    def segs(side: Side, snippets: Sequence[str]) -> set[str]:
        out: set[str] = set()
        for snippet in snippets:
            if (side, snippet) not in memo:
                memo[(side, snippet)] = set(snippet_segments(alignment.article(side), snippet))
            out |= memo[(side, snippet)]
        return out

    allowed = [(segs("left", g.left), segs("right", g.right)) for g in (*gold.sure, *gold.possible, *gold.titles)]
    linked = [item for item in alignment.items if item.left and item.right]
    combos = [(a, b) for item in linked for a in item.left for b in item.right]
    good = sum(1 for a, b in combos if any(a in ls and b in rs for ls, rs in allowed))
    found = 0
    right_verdict = 0
    for link in gold.sure:
        ls, rs = segs("left", link.left), segs("right", link.right)
        item = next((it for it in linked if ls & set(it.left) and rs & set(it.right)), None)
        if item is not None:
            found += 1
            right_verdict += item.verdict in link.status
    headline: bool | None = None
    for link in gold.titles[:1]:
        ls, rs = segs("left", link.left), segs("right", link.right)
        item = next((it for it in linked if ls & set(it.left) and rs & set(it.right)), None)
        headline = None if item is None or not link.status else item.verdict in link.status
    precision, recall = _ratio(good, len(combos)), _ratio(found, len(gold.sure))
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    one_hits = one_total = 0
    for side, snippets in (("left", gold.only_left), ("right", gold.only_right)):
        for snippet in snippets:
            one_total += 1
            ids = segs(side, [snippet])  # type: ignore[arg-type]
            one_hits += not any(set(it.ids(side)) & ids for it in linked)  # type: ignore[arg-type]
    role_hits = role_total = 0
    for side in ("left", "right"):
        article = alignment.article(side)  # type: ignore[arg-type]
        nb = gold.not_body_left if side == "left" else gold.not_body_right
        only = gold.only_left if side == "left" else gold.only_right
        sure = {s for g in gold.sure for s in (g.left if side == "left" else g.right)}
        for snippet in nb:
            role_total += 1
            role_hits += all(article.segment(i).role != "body" for i in segs(side, [snippet]))  # type: ignore[arg-type]
        for snippet in (*sorted(sure), *only):
            role_total += 1
            ids = segs(side, [snippet])  # type: ignore[arg-type]
            role_hits += bool(ids) and all(article.segment(i).role == "body" for i in ids)
    return GoldScores(
        precision,
        recall,
        f1,
        _ratio(right_verdict, found),
        _ratio(one_hits, one_total),
        _ratio(role_hits, role_total),
        headline,
    )
