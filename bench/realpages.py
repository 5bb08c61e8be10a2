"""How storydiff reads real browser pastes: body recall and precision, headline, authors, date and outlet.

Run ``python -m bench.realpages`` (needs ``../shared/data/realpages-dev``: 60 real pastes of news pages, each with
the article body a human marked). Per page and in total it prints:

- body recall: the share of truth sentences (the truth split into sentences, each found in the paste, fuzzily where
  spacing differs) whose non-space characters lie at least half in ``body`` segments;
- body precision: the share of non-space characters in ``body`` segments that lie inside found truth text;
- headline (fuzzy ratio >= 90 against ``title`` or a ``title_alt``), authors (set match, case-folded), date (ISO
  equal) and outlet (case-folded, a leading "The" optional);
- for the same-story groups of the manifest, each pair aligned: how many linked passages hold text that is not
  article body by the truth (clutter paired as body).

The pages are split in two: ``HELDOUT`` (20 pages drawn at random, seed 2026, never tuned on) is the headline
figure; the other 40 are for development. ``--check`` exits 1 when a figure is under its floor.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from rapidfuzz import fuzz, utils

from bench.datasets import hidden_note, shared_dir
from core.align import align
from core.models import Article
from core.reading import load_article

HELDOUT = frozenset(f"{n:02d}" for n in (1, 7, 8, 15, 16, 21, 27, 29, 32, 33, 36, 37, 38, 39, 40, 42, 47, 51, 52, 58))
"""The 20 held-out pages (``random.Random(2026).sample`` of "01" … "60", 20)."""

FLOORS: dict[str, float] = {
    "held-out body recall": 0.90,
    "held-out body precision": 0.88,
    "held-out headline": 0.70,
    "held-out authors": 0.70,
    "held-out date": 0.85,
    "held-out outlet": 0.40,
}
"""Regression floors that ``--check`` enforces (a margin under what is measured)."""

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class PageScore:
    """One page's figures."""

    n: str
    recall: float
    precision: float
    truth_sentences: int
    unfound: int
    headline: bool
    authors: bool
    has_authors: bool
    date: bool
    outlet: bool
    got: tuple[str | None, tuple[str, ...], str | None, str | None]


def truth_sentences(truth: str) -> list[str]:
    """The truth's sentences: its lines split at sentence ends (an independent splitter, not storydiff's)."""
    out: list[str] = []
    for line in truth.splitlines():
        out.extend(part.strip() for part in _SENTENCE_END.split(line.strip()) if part.strip())
    return out


class _Squeezed:
    """A text without its white space, with a map back to the original offsets."""

    def __init__(self, text: str) -> None:
        keep = [i for i, ch in enumerate(text) if not ch.isspace()]
        self.text = "".join(text[i] for i in keep)
        self.offsets = keep

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of squeezed characters ``start:end``."""
        return self.offsets[start], self.offsets[end - 1] + 1


def locate(sentences: Sequence[str], text: str) -> list[tuple[int, int] | None]:
    """Where each truth sentence lies in ``text``, in order where possible; ``None`` when it is not there.

    Sentences are matched with white space removed (pastes differ in spacing around links and line breaks); a
    sentence not found verbatim is taken where its best fuzzy match scores 90 or more.
    """
    squeezed = _Squeezed(text)
    folded = squeezed.text.casefold()
    out: list[tuple[int, int] | None] = []
    cursor = 0
    for sentence in sentences:
        needle = _SPACE.sub("", sentence).casefold()
        if not needle:
            out.append(None)
            continue
        at = folded.find(needle, cursor)
        if at < 0:
            at = folded.find(needle)
        if at >= 0:
            out.append(squeezed.span(at, at + len(needle)))
            cursor = at + len(needle)
            continue
        match = fuzz.partial_ratio_alignment(needle, folded, score_cutoff=90)
        if match is None or match.dest_end <= match.dest_start:
            out.append(None)
            continue
        out.append(squeezed.span(match.dest_start, match.dest_end))
    return out


def _non_space(text: str, start: int, end: int) -> int:
    return sum(1 for ch in text[start:end] if not ch.isspace())


def _covered(spans: Sequence[tuple[int, int]], starts: Sequence[int], start: int, end: int, text: str) -> int:
    """Non-space characters of ``text[start:end]`` inside the sorted, disjoint ``spans``."""
    total = 0
    first = max(bisect_right(starts, start) - 1, 0)
    for s, e in spans[first:]:
        if s >= end:
            break
        lo, hi = max(s, start), min(e, end)
        if lo < hi:
            total += _non_space(text, lo, hi)
    return total


def _merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def truth_spans(article: Article, truth: str) -> tuple[list[tuple[int, int]], int, int]:
    """The merged spans of the truth's sentences in the article's text, with the count of sentences and of those
    not found."""
    sentences = truth_sentences(truth)
    located = locate(sentences, article.text)
    found = [span for span in located if span is not None]
    return _merge(found), len(sentences), len(sentences) - len(found)


def body_scores(article: Article, truth: str) -> tuple[float, float, int, int]:
    """Body recall and precision of one page, with the number of truth sentences and of those not found."""
    body = [(seg.start, seg.end) for seg in article.segments if seg.role == "body"]
    return span_scores(article.text, body, truth)


def span_scores(text: str, spans: Iterable[tuple[int, int]], truth: str) -> tuple[float, float, int, int]:
    """Body recall and precision of a page's ``text`` whose body is ``spans``, with the number of truth sentences
    and of those not found."""
    sentences = truth_sentences(truth)
    located = locate(sentences, text)
    body = _merge(spans)
    body_starts = [s for s, _ in body]
    recalled = 0
    found = 0
    for span in located:
        if span is None:
            continue
        found += 1
        size = _non_space(text, *span)
        if size and _covered(body, body_starts, span[0], span[1], text) * 2 >= size:
            recalled += 1
    marked = _merge(span for span in located if span is not None)
    marked_starts = [s for s, _ in marked]
    body_chars = sum(_non_space(text, s, e) for s, e in body)
    inside = sum(_covered(marked, marked_starts, s, e, text) for s, e in body)
    recall = recalled / found if found else 0.0
    precision = inside / body_chars if body_chars else 0.0
    return recall, precision, len(sentences), len(sentences) - found


def _name(value: str) -> str:
    return " ".join(value.casefold().split())


def _outlet(value: str) -> str:
    folded = _name(value)
    return folded.removeprefix("the ")


def score_page(page: dict[str, object], folder: Path) -> tuple[PageScore, Article]:
    """Read one paste and score it against the manifest and its truth."""
    article = load_article(folder / str(page["paste"]))
    truth = (folder / str(page["truth"])).read_text(encoding="utf-8")
    return score_article(article, truth, page), article


HEADLINE_RATIO = 90
"""A headline read is the page's when its fuzzy ratio to the labelled title (or an alternative) reaches this."""


def page_titles(page: dict[str, object]) -> list[str]:
    """A page's labelled headline and its alternatives (``title``, ``title_alt``)."""
    return [str(page["title"]), *(str(t) for t in page.get("title_alt", []) or [])]  # type: ignore[attr-defined]


def is_headline(text: str | None, titles: Sequence[str]) -> bool:
    """Whether ``text`` is one of ``titles``: a fuzzy ratio of :data:`HEADLINE_RATIO` or more, case and punctuation
    aside."""
    return text is not None and any(
        fuzz.ratio(text, t, processor=utils.default_process) >= HEADLINE_RATIO for t in titles
    )


def score_article(article: Article, truth: str, page: dict[str, object]) -> PageScore:
    """Score one read page against its truth text and its labels (``n``, ``title``, optional ``title_alt``,
    ``authors``, ``date``, ``outlet``). A page that holds no article (an empty truth, no ``title``) is read right
    when nothing of it is called body or headline: recall 1, and precision 1 or 0."""
    recall, precision, count, unfound = body_scores(article, truth)
    if not truth.strip():
        recall, precision = 1.0, 0.0 if any(seg.role == "body" for seg in article.segments) else 1.0
    headline = article.title is None if page["title"] is None else is_headline(article.title, page_titles(page))
    want_authors = {_name(str(a)) for a in page.get("authors", []) or []}  # type: ignore[attr-defined]
    authors = {_name(a) for a in article.authors} == want_authors
    date = article.date == page.get("date")
    want_outlet = page.get("outlet")
    outlet = (
        article.outlet is not None and want_outlet is not None and _outlet(article.outlet) == _outlet(str(want_outlet))
    ) or (article.outlet is None and want_outlet is None)
    got = (article.title, article.authors, article.date, article.outlet)
    return PageScore(
        str(page["n"]), recall, precision, count, unfound, headline, authors, bool(want_authors), date, outlet, got
    )


def clutter_links(articles: dict[str, Article], truths: dict[str, list[tuple[int, int]]], group: Sequence[str]) -> str:
    """Align every pair of a same-story group; count linked items and those that pair text outside the truth."""
    parts: list[str] = []
    for a, b in combinations(group, 2):
        alignment = align(articles[a], articles[b])
        linked = bad = 0
        for item in alignment.items:
            if not item.left or not item.right:
                continue
            linked += 1
            sides = ((articles[a], item.left, truths[a]), (articles[b], item.right, truths[b]))
            if any(_outside(article, ids, spans) for article, ids, spans in sides):
                bad += 1
        parts.append(f"{a}~{b}: {bad} of {linked} linked items hold clutter")
    return "; ".join(parts)


def _outside(article: Article, ids: Sequence[str], spans: list[tuple[int, int]]) -> bool:
    """Whether a linked segment lies mostly outside the truth."""
    starts = [s for s, _ in spans]
    for segment_id in ids:
        seg = article.segment(segment_id)
        if seg.role == "title":
            continue
        size = _non_space(article.text, seg.start, seg.end)
        if size and _covered(spans, starts, seg.start, seg.end, article.text) * 2 < size:
            return True
    return False


def summary(name: str, scores: Sequence[PageScore]) -> dict[str, float]:
    """Print one line of mean figures over ``scores`` and return them."""
    n = len(scores)
    with_authors = [s for s in scores if s.has_authors]
    figures = {
        "body recall": sum(s.recall for s in scores) / n,
        "body precision": sum(s.precision for s in scores) / n,
        "headline": sum(s.headline for s in scores) / n,
        "authors": sum(s.authors for s in scores) / n,
        "bylines named": sum(s.authors for s in with_authors) / len(with_authors) if with_authors else 0.0,
        "date": sum(s.date for s in scores) / n,
        "outlet": sum(s.outlet for s in scores) / n,
    }
    print(
        f"  {name:<9} pages {n:2d}  recall {figures['body recall']:.3f}  precision {figures['body precision']:.3f}  "
        f"headline {sum(s.headline for s in scores)}/{n}  authors {sum(s.authors for s in scores)}/{n} "
        f"(named {sum(s.authors for s in with_authors)}/{len(with_authors)})  date {sum(s.date for s in scores)}/{n}  "
        f"outlet {sum(s.outlet for s in scores)}/{n}"
    )
    return figures


def main(argv: Sequence[str] | None = None) -> int:
    """Print the figures per page and in total; with ``--check``, exit 1 when one is under its floor."""
    parser = argparse.ArgumentParser(prog="python -m bench.realpages", description=__doc__)
    parser.add_argument("--check", action="store_true", help="exit 1 when a figure is under its floor")
    parser.add_argument("--quiet", action="store_true", help="print only the totals")
    parser.add_argument(
        "--held-out-pages",
        action="store_true",
        help="print each held-out page's line and the same-story groups holding one (for reports, not tuning)",
    )
    args = parser.parse_args(argv)
    shared = shared_dir()
    folder = shared / "data" / "realpages-dev" if shared else None
    if folder is None or not (folder / "manifest.json").is_file():
        print("real pages skipped: no ../shared/data/realpages-dev")
        return 0
    started = time.perf_counter()
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    scores: list[PageScore] = []
    articles: dict[str, Article] = {}
    if not args.quiet:
        print(f"  {'page':<6} {'recall':>6} {'prec':>6}  H A D O  (misses: what storydiff read)")
    for page in manifest["pages"]:
        score, article = score_page(page, folder)
        scores.append(score)
        articles[score.n] = article
        if args.quiet or (score.n in HELDOUT and not args.held_out_pages):
            continue
        marks = " ".join("+" if ok else "-" for ok in (score.headline, score.authors, score.date, score.outlet))
        split = "*" if score.n in HELDOUT else " "
        misses = []
        title, authors, date, outlet = score.got
        if not score.headline:
            misses.append(f"title={title!r}")
        if not score.authors:
            misses.append(f"authors={list(authors)!r}")
        if not score.date:
            misses.append(f"date={date!r}")
        if not score.outlet:
            misses.append(f"outlet={outlet!r}")
        unfound = (
            f" ({score.unfound} of {score.truth_sentences} truth sentences not in the paste)" if score.unfound else ""
        )
        print(f"  {score.n}{split}   {score.recall:6.3f} {score.precision:6.3f}  {marks}  {'; '.join(misses)}{unfound}")
    if not args.quiet and not args.held_out_pages:
        print(f"  {hidden_note('page', '--held-out-pages')}")
    print("real browser pastes (realpages-dev; * = held out)")
    held = summary("held-out", [s for s in scores if s.n in HELDOUT])
    summary("dev", [s for s in scores if s.n not in HELDOUT])
    summary("all", scores)
    truths = {
        s.n: truth_spans(articles[s.n], (folder / f"truth-{s.n}.txt").read_text(encoding="utf-8"))[0] for s in scores
    }
    print("same-story groups aligned")
    hidden = 0
    for group in manifest["same_story"]:
        pages = [n for n in group["pages"] if args.held_out_pages or f"{int(n):02d}" not in HELDOUT]
        hidden += len(pages) < len(group["pages"])
        if len(pages) >= 2:
            print(f"  {group['story'][:40]:<40} {clutter_links(articles, truths, pages)}")
    if hidden:
        print(f"  (the held-out pages of {hidden} groups left out: --held-out-pages shows them)")
    print(f"({time.perf_counter() - started:.1f} s)")
    measured = {name: held[name.removeprefix("held-out ")] for name in FLOORS}
    missed = [(name, value, FLOORS[name]) for name, value in measured.items() if value < FLOORS[name]]
    for name, value, floor in missed:
        print(f"UNDER ITS FLOOR: {name} {value:.3f} < {floor}")
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
