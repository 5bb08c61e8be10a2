"""Measure a learned line classifier against the hand rules' body decision on the 40 development pages of
realpages-dev. A measurement only: the reader ships the hand rules, and nothing here is written into ``core``.

Run ``python -m bench.fit_lines --cv`` (``make fit-lines``; needs ``../shared/data/realpages-dev``). Each paragraph
that the hand rules (:func:`core.reading.hand_layout`) leave as body or clutter on a page with an article's run is an
example, labelled body when at least half of its non-space characters lie in the human-marked body (found as
``bench.realpages`` finds it); its features are :data:`bench.line_features.LINE_FEATURES`. The model is an
L2-regularised logistic regression on standardised features, solved by Newton's method, so the same pages always
give the same coefficients.

``--cv`` prints body recall and precision (``bench.realpages``'s definitions, averaged over pages) under
leave-one-page-out cross-validation over the development pages (every page is another outlet): (a) the hand rules
alone, (b) the classifier alone (without the hand rules' decision among its features), (c) the classifier vetting
the hand rules (with it: a hand-rule body paragraph becomes clutter under :data:`KEEP`, clutter becomes body from
:data:`TAKE`). Without it, the command prints the coefficients of the vetting model fitted on all 40 pages. The
held-out pages are never read here.

``--sources`` adds the development pages of every source of :mod:`bench.newpages` (each page's truth is the lines
its labels open, as that bench scores it), and the cross-validation leaves one site out at a time
(:func:`site_of`: a site's pages share a template, so a model must not learn a page's template from its sibling).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from bench import newpages
from bench.datasets import shared_dir
from bench.fit_paraphrase import fit
from bench.line_features import HAND_LINE_FEATURES, LINE_FEATURES, line_features
from bench.line_view import VETTED_ROLES, line_examples
from bench.realpages import HELDOUT, span_scores, truth_spans
from core.reading import HandLayout, hand_layout, load_article

L2 = 10.0
"""Strength of the ridge penalty (on standardised features; the intercept is not penalised)."""
KEEP = 0.2
"""The vetting model (c) turns a hand-rule body paragraph into clutter only under this probability…"""
TAKE = 0.8
"""…and a hand-rule clutter paragraph into body only from this one: it overrules the rules only when sure."""
ALONE = tuple(name for name in LINE_FEATURES if name not in HAND_LINE_FEATURES)
"""The columns of the classifier alone (b)."""
VETTING = LINE_FEATURES
"""The columns of the classifier that vets the hand rules (c)."""

Matrix = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class LineModel:
    """A logistic model of "this paragraph is article body" over some of :data:`LINE_FEATURES`."""

    features: tuple[str, ...]
    """The columns it reads, by name."""
    means: tuple[float, ...]
    """Each column's mean on the fitting data (for standardising)."""
    scales: tuple[float, ...]
    """Each column's standard deviation on the fitting data."""
    coefficients: tuple[float, ...]
    """Each standardised column's weight."""
    intercept: float
    """The constant term."""
    keep: float = 0.5
    """A paragraph the hand rules call body stays body from this probability."""
    take: float = 0.5
    """A paragraph the hand rules call clutter becomes body from this probability."""

    def probabilities(self, rows: Sequence[Sequence[float]]) -> list[float]:
        """The probability that each row is article body."""
        columns = [LINE_FEATURES.index(name) for name in self.features]
        terms = list(zip(columns, self.means, self.scales, self.coefficients, strict=True))
        out: list[float] = []
        for row in rows:
            z = self.intercept + sum(c * (row[k] - m) / s for k, m, s, c in terms)
            out.append(1.0 / (1.0 + math.exp(-z)) if z > -500 else 0.0)
        return out


def vet_body(layout: HandLayout, model: LineModel) -> None:
    """Give the paragraphs the hand rules left as body or clutter the model's decision, on a page with an article's
    run (the model knows no other); the other roles stay the rules'."""
    if layout.run is None:
        return
    for para, p in zip(layout.paras, model.probabilities(line_features(layout)), strict=True):
        if para.role in VETTED_ROLES:
            para.role = "body" if p >= (model.keep if para.role == "body" else model.take) else "boilerplate"


def body_spans(text: str, model: LineModel | None) -> list[tuple[int, int]]:
    """The spans a plain-text page's reading marks as article body, with ``model`` vetting the hand rules
    (``None``: the hand rules alone, as the reader reads the page)."""
    layout = hand_layout(text)
    if model is not None:
        vet_body(layout, model)
    return [(piece.start, piece.end) for piece in layout.reading().pieces if piece.role == "body"]


@dataclass(frozen=True, slots=True)
class Page:
    """One development page: its text, truth, and the examples the model decides."""

    n: str
    text: str
    truth: str
    x: Matrix
    y: Matrix


def _inside(spans: Sequence[tuple[int, int]], text: str, start: int, end: int) -> bool:
    """Whether at least half of the non-space characters of ``text[start:end]`` lie in ``spans``."""
    size = sum(1 for ch in text[start:end] if not ch.isspace())
    covered = 0
    for s, e in spans:
        lo, hi = max(s, start), min(e, end)
        if lo < hi:
            covered += sum(1 for ch in text[lo:hi] if not ch.isspace())
    return size > 0 and covered * 2 >= size


def _page(n: str, path: Path, truth: str) -> Page:
    """One page read as the reader reads it, with its examples labelled by ``truth``."""
    article = load_article(path)
    spans = truth_spans(article, truth)[0]
    examples = [e for e in line_examples(article.text) if e.vetted]
    x = np.array([e.features for e in examples], dtype=np.float64).reshape(len(examples), len(LINE_FEATURES))
    y = np.array([float(_inside(spans, article.text, e.start, e.end)) for e in examples], dtype=np.float64)
    return Page(n, article.text, truth, x, y)


def read_pages(folder: Path) -> list[Page]:
    """The development pages (never the held-out ones) with their examples."""
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    return [
        _page(str(entry["n"]), folder / str(entry["paste"]), (folder / str(entry["truth"])).read_text(encoding="utf-8"))
        for entry in manifest["pages"]
        if str(entry["n"]) not in HELDOUT
    ]


def read_source_pages() -> list[Page]:
    """The development pages of every source of :mod:`bench.newpages` that can be had (never its held-out ones),
    named ``source:page``."""
    pages: list[Page] = []
    for name, path, labels in newpages.dev_pastes():
        truth, _ = newpages.body_truth(path.read_text(encoding="utf-8"), [str(s) for s in labels["body"]])
        pages.append(_page(name, path, truth))
    return pages


_NOT_SITE_LABELS = frozenset(["www", "news", "blog"])


def site_of(page: str) -> str:
    """The site a development page comes from, by its name: a page of realpages-dev is an outlet of its own; a source's
    page is named for its web host (``www.nytimes.com__14811``, ``nature.com.telescope``: the host's first telling
    label) or its site with a number (``test_businessWeek2``, ``wapo-1``)."""
    source, _, name = page.rpartition(":")
    if not source:
        return f"realpages:{name}"
    name = name.split("__")[0].removeprefix("test_").removeprefix("tags_").casefold()
    labels = [label for label in name.split(".") if label not in _NOT_SITE_LABELS]
    if len(labels) > 1:
        return labels[0]
    return re.sub(r"[-_]?\d+$", "", name) or name


def fit_model(pages: Sequence[Page], columns: Sequence[str], keep: float = KEEP, take: float = TAKE) -> LineModel:
    """The model over ``columns`` fitted on ``pages``, deciding with the thresholds ``keep`` and ``take``."""
    index = [LINE_FEATURES.index(name) for name in columns]
    x = np.concatenate([page.x[:, index] for page in pages])
    y = np.concatenate([page.y for page in pages])
    means, scales, coefficients, intercept = fit(x, y, L2)
    return LineModel(
        tuple(columns),
        tuple(float(v) for v in means),
        tuple(float(v) for v in scales),
        tuple(float(v) for v in coefficients),
        intercept,
        keep,
        take,
    )


def scores(pages: Sequence[Page], models: Sequence[LineModel | None]) -> tuple[float, float, list[str]]:
    """Mean body recall and precision when each page is read with its model, and the pages whose article is lost
    (recall under a half)."""
    recalls: list[float] = []
    precisions: list[float] = []
    lost: list[str] = []
    for page, model in zip(pages, models, strict=True):
        recall, precision, _, _ = span_scores(page.text, body_spans(page.text, model), page.truth)
        recalls.append(recall)
        precisions.append(precision)
        if recall < 0.5:
            lost.append(page.n)
    return sum(recalls) / len(pages), sum(precisions) / len(pages), lost


def cross_validate(pages: Sequence[Page], sites: Sequence[str] | None = None) -> None:
    """Print the cross-validated table: hand rules, classifier alone, classifier vetting the rules. Each page is
    read with a model fitted on the pages of the other sites (``sites``: each page's site; by default every page is
    a site of its own, leave-one-page-out)."""
    groups = list(sites) if sites is not None else [page.n for page in pages]
    left_out = "leave-one-page-out" if sites is None else f"leave-one-site-out ({len(set(groups))} sites)"
    print(f"{left_out} over {len(pages)} development pages")
    print(f"  {'':<34} {'recall':>7} {'precision':>9}  pages lost")
    rows: list[tuple[str, Sequence[LineModel | None]]] = [("(a) hand rules alone", [None] * len(pages))]
    for name, columns, keep, take in (
        ("(b) classifier alone", ALONE, 0.5, 0.5),
        ("(c) classifier vetting the rules", VETTING, KEEP, TAKE),
    ):
        fitted: dict[str, LineModel] = {}
        for site in dict.fromkeys(groups):
            fitted[site] = fit_model([p for p, g in zip(pages, groups, strict=True) if g != site], columns, keep, take)
        rows.append((name, [fitted[site] for site in groups]))
    for name, models in rows:
        recall, precision, lost = scores(pages, models)
        print(f"  {name:<34} {recall:7.3f} {precision:9.3f}  {', '.join(lost) or '-'}")


def main(argv: Sequence[str] | None = None) -> int:
    """Fit on all development pages and print the coefficients; ``--cv`` prints the leave-one-page-out table first."""
    parser = argparse.ArgumentParser(prog="python -m bench.fit_lines", description=__doc__)
    parser.add_argument("--cv", action="store_true", help="print the leave-one-page-out table first")
    parser.add_argument(
        "--sources",
        action="store_true",
        help="add the development pages of bench.newpages's sources; cross-validate leaving one site out",
    )
    args = parser.parse_args(argv)
    shared = shared_dir()
    folder = shared / "data" / "realpages-dev" if shared else None
    if folder is None or not (folder / "manifest.json").is_file():
        print("storydiff: error: the real pages are in ../shared/data/realpages-dev (set STORYDIFF_SHARED)")
        return 2
    started = time.perf_counter()
    pages = read_pages(folder)
    if args.sources:
        pages += read_source_pages()
    examples = sum(len(p.y) for p in pages)
    which = "realpages-dev and the page sources" if args.sources else "realpages-dev"
    print(f"{which}: {len(pages)} development pages, {examples:,} paragraphs a model decides")
    if args.cv:
        cross_validate(pages, [site_of(page.n) for page in pages] if args.sources else None)
    model = fit_model(pages, VETTING)
    print(f"the vetting model (c) fitted on all {len(pages)} pages, by the size of its standardised coefficients:")
    for name, coefficient in sorted(zip(model.features, model.coefficients, strict=True), key=lambda c: -abs(c[1])):
        print(f"  {name:<20} {coefficient:+.3f}")
    print(f"({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
