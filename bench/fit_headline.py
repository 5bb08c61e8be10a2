"""Measure a learned headline ranker (:mod:`bench.headline_rank`) against the hand rules on the development pages.
A measurement only: the reader ships the hand rules, and nothing here is written into ``core``.

Run ``python -m bench.fit_headline`` (``make fit-headline``; needs ``../shared/data/realpages-dev``, and the cached
pages of :mod:`bench.newpages` for its sources). It reads the development pages of realpages-dev and of every page
source (never a held-out page) with the hand rules (:func:`core.reading.hand_layout`). On each page with an article's
run it takes the candidate lines (:func:`bench.headline_rank.candidate_lines`) and their features. A candidate is the
headline when it matches the page's labelled headline as :mod:`bench.realpages` scores one (fuzzy ratio at least
90). The model is an L2-regularised logistic regression on standardised features, solved by Newton's method, so the
same pages always give the same coefficients.

It prints how many pages get their headline (a page labelled with none is right when none is read), each page read
with a model fitted on the pages of the other sites (:func:`bench.fit_lines.site_of`):

- (a) the hand rules alone, as the reader reads;
- (b) the ranker alone, its best line;
- (c) the ranker vetting the hand rules: its best line only when it scores :data:`bench.headline_rank.MARGIN` more
  than the hand rules' headline;
- (d) the ceiling: the pages where some candidate is the headline.

Then the coefficients of the model fitted on all the pages.

With ``--transplant`` it also asks whether the ranker stands other sites' clutter as the hand rules do
(:mod:`bench.transplant`). The realpages-dev development pages whose shape is known are parted in two by page number
(alternately). Pages with blocks from the first part's pages set above and under their headline (``top``, ``head``,
``all``; one variant each) can be added to the training pages as more examples, each counted with its own page's site.
Every kind of variant with blocks from the second part only is the check, so no donor of the check was seen in
training. For the model fitted without and with those examples it prints the leave-one-site-out counts as above and,
per kind of the check, the share of variants whose headline the hand rules, the ranker vetting them and the ranker
alone get right.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from bench import newpages
from bench.datasets import shared_dir
from bench.fit_lines import site_of
from bench.fit_paraphrase import fit
from bench.headline_rank import FEATURE_NAMES, MARGIN, headline_features
from bench.realpages import HELDOUT, is_headline, page_titles
from bench.transplant import KINDS, SEED, PageShape, dev_shapes, variants
from core.reading import hand_layout, load_article, parse_text

L2 = 30.0
"""Strength of the ridge penalty (on standardised features; the intercept is not penalised)."""

Matrix = npt.NDArray[np.float64]
Model = tuple[Matrix, Matrix, Matrix, float]


@dataclass(frozen=True, slots=True)
class Page:
    """One development page: the hand rules' headline, its candidates' features and which of them is the headline."""

    n: str
    hand_right: bool
    """Whether the hand rules give the page's headline."""
    labelled: bool
    """Whether the page is labelled with a headline (a page with none is right when none is read)."""
    ranked: bool
    """Whether the ranker reads the page (it has an article's run; else the hand rules' headline stands)."""
    x: Matrix
    y: Matrix
    hand_at: int = -1
    """Which candidate the hand rules' headline is (-1: none of them)."""


def _titles(raw: Sequence[object]) -> list[str]:
    """The labelled headline and its alternatives, as strings (a manifest may list alternatives)."""
    out: list[str] = []
    for value in raw:
        out += [str(v) for v in value] if isinstance(value, list) else [str(value)] if value else []
    return out


def read_page(n: str, path: Path, titles: Sequence[str]) -> Page:
    """One page read by the hand rules, with its candidates."""
    return read_text(n, load_article(path).text, titles)


def read_text(n: str, text: str, titles: Sequence[str]) -> Page:
    """One page's text read by the hand rules, with its candidates."""
    layout = hand_layout(text)
    hand = next((p.display for p in layout.paras if p.role == "title"), None)
    hand_right = is_headline(hand, titles) if titles else hand is None
    if layout.run is None or layout.hints.title:
        empty = np.zeros((0, len(FEATURE_NAMES)))
        return Page(n, hand_right, bool(titles), False, empty, np.zeros(0))
    rows = headline_features(layout.paras, layout.run.start)
    x = np.array([row for _, row in rows], dtype=np.float64).reshape(len(rows), len(FEATURE_NAMES))
    y = np.array([float(is_headline(layout.paras[k].text, titles)) for k, _ in rows], dtype=np.float64)
    hand_at = next((i for i, (k, _) in enumerate(rows) if layout.paras[k].role == "title"), -1)
    return Page(n, hand_right, bool(titles), True, x, y, hand_at)


def _sources() -> Iterator[tuple[str, Path, list[str]]]:
    """Every development page of realpages-dev and of the page sources, with its labelled headlines."""
    shared = shared_dir()
    folder = shared / "data" / "realpages-dev" if shared else None
    if folder is not None and (folder / "manifest.json").is_file():
        for entry in json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["pages"]:
            if str(entry["n"]) not in HELDOUT:
                yield str(entry["n"]), folder / str(entry["paste"]), _titles([entry["title"], entry.get("title_alt")])
    for name, path, labels in newpages.dev_pastes():
        yield name, path, _titles([labels["headline"]])


def read_pages() -> list[Page]:
    """The development pages that can be had, read."""
    return [read_page(n, path, titles) for n, path, titles in _sources()]


def fit_model(pages: Sequence[Page]) -> Model:
    """The ranker fitted on ``pages``' candidates."""
    x = np.concatenate([page.x for page in pages if page.ranked])
    y = np.concatenate([page.y for page in pages if page.ranked])
    return fit(x, y, L2)


def ranked_right(page: Page, model: Model, margin: float) -> bool:
    """Whether the page's headline is read with the ranker fitted as ``model``: the hand rules' headline where it
    does not rank (no article's run, or no candidate line) or where its best candidate (the upper of a tie) scores no
    more than ``margin`` over the hand rules' headline (``-inf``: the ranker alone), else that best candidate."""
    if not page.ranked or not len(page.y):
        return page.hand_right
    means, scales, coefficients, intercept = model
    z = intercept + ((page.x - means) / scales) @ coefficients
    best = int(np.flatnonzero(z >= z.max())[0])
    if page.hand_at >= 0 and z[best] - z[page.hand_at] <= margin:
        return page.hand_right
    return page.labelled and bool(page.y[best])


def cross_validate(pages: Sequence[Page]) -> None:
    """Print the hand rules', the ranker's (leave one site out) and the ceiling's headline counts."""
    sites = [site_of(page.n) for page in pages]
    models = {site: fit_model([p for p, s in zip(pages, sites, strict=True) if s != site]) for site in set(sites)}
    alone = sum(ranked_right(page, models[site], -math.inf) for page, site in zip(pages, sites, strict=True))
    vetting = sum(ranked_right(page, models[site], MARGIN) for page, site in zip(pages, sites, strict=True))
    hand = sum(page.hand_right for page in pages)
    ceiling = sum(bool(page.y.any()) if page.ranked and page.labelled else page.hand_right for page in pages)
    print(f"leave-one-site-out ({len(set(sites))} sites) over {len(pages)} development pages: headline right on")
    for label, count in (
        ("(a) hand rules", hand),
        ("(b) ranker alone", alone),
        ("(c) ranker vetting the hand rules", vetting),
        ("(d) ceiling (a candidate is the headline)", ceiling),
    ):
        print(f"  {label:<44} {count:4}")


TRAINING_KINDS = ("top", "head", "all")
"""The kinds of transplant whose variants (blocks set above or under the headline) can be training examples."""


def donor_parts(shapes: Sequence[PageShape]) -> tuple[list[PageShape], list[PageShape]]:
    """The pages whose blocks make training examples, and those whose blocks make the check: alternate pages in
    page-number order, so that no donor serves both."""
    ordered = sorted(shapes, key=lambda shape: int(shape.n) if shape.n.isdigit() else shape.n)
    return ordered[0::2], ordered[1::2]


def transplant_pages(
    shapes: Sequence[PageShape], donors: Sequence[PageShape], kinds: Sequence[str], count: int, seed: int
) -> list[tuple[str, Page]]:
    """``(kind, page)`` for up to ``count`` variants per page and kind in ``kinds``, with blocks from ``donors``
    (never the page itself), read by the hand rules."""
    rng = random.Random(seed)
    out: list[tuple[str, Page]] = []
    for shape in shapes:
        others = [d for d in donors if d.n != shape.n]
        titles = page_titles(shape.page)
        for kind, _, text in variants(shape, others, rng, count):
            if kind in kinds:
                out.append((kind, read_text(shape.n, parse_text(text, path="paste.txt", kind="text").text, titles)))
    return out


def transplant_check(pages: Sequence[Page], shapes: Sequence[PageShape]) -> None:
    """Print the counts of :func:`cross_validate` and the check on unseen donors' clutter, for the ranker fitted
    without and with the training examples."""
    training_donors, check_donors = donor_parts(shapes)
    examples = [page for _, page in transplant_pages(shapes, training_donors, TRAINING_KINDS, 1, SEED + 1)]
    check = transplant_pages(shapes, check_donors, KINDS, 3, SEED)
    print(
        f"transplants: {len(examples)} training examples with blocks from {len(training_donors)} pages; the check: "
        f"{len(check)} variants with blocks from the other {len(check_donors)}"
    )
    sites = [site_of(page.n) for page in pages]
    for label, extra in (("without the examples", []), ("with the examples", examples)):
        extra_sites = [site_of(page.n) for page in extra]
        alone = vetting = 0
        for site in set(sites):
            train = [p for p, s in zip(pages, sites, strict=True) if s != site]
            train += [p for p, s in zip(extra, extra_sites, strict=True) if s != site]
            model = fit_model(train)
            held = [p for p, s in zip(pages, sites, strict=True) if s == site]
            alone += sum(ranked_right(p, model, -math.inf) for p in held)
            vetting += sum(ranked_right(p, model, MARGIN) for p in held)
        model = fit_model([*pages, *extra])
        hand = sum(page.hand_right for page in pages)
        print(f"  ranker fitted {label}: leave-one-site-out hand {hand}, vetting {vetting}, alone {alone}")
        print(f"    {'check':<8} {'variants':>8} {'hand':>6} {'vetting':>8} {'alone':>6}")
        for kind in (*KINDS, "total"):
            chosen = [page for k, page in check if kind in (k, "total")]
            shares = [
                sum(page.hand_right for page in chosen) / len(chosen),
                sum(ranked_right(page, model, MARGIN) for page in chosen) / len(chosen),
                sum(ranked_right(page, model, -math.inf) for page in chosen) / len(chosen),
            ]
            print(f"    {kind:<8} {len(chosen):8} {shares[0]:6.3f} {shares[1]:8.3f} {shares[2]:6.3f}")


def main(argv: Sequence[str] | None = None) -> int:
    """Print the leave-one-site-out counts and the coefficients of the model fitted on all pages."""
    parser = argparse.ArgumentParser(prog="python -m bench.fit_headline", description=__doc__)
    parser.add_argument(
        "--transplant", action="store_true", help="also train with and check on other sites' clutter (slower)"
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    pages = read_pages()
    if not any(page.ranked for page in pages):
        print("storydiff: error: the development pages are in ../shared/data/realpages-dev (set STORYDIFF_SHARED)")
        return 2
    print(f"{len(pages)} development pages, {sum(len(p.y) for p in pages):,} candidate lines")
    cross_validate(pages)
    model = fit_model(pages)
    print(f"the ranker fitted on all {len(pages)} pages, by the size of its standardised coefficients:")
    for name, coefficient in sorted(zip(FEATURE_NAMES, model[2], strict=True), key=lambda c: -abs(c[1])):
        print(f"  {name:<16} {coefficient:+.3f}")
    if args.transplant:
        transplant_check(pages, dev_shapes())
    print(f"({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
