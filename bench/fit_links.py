"""Fit the learned link scorer (:mod:`core.align.link_scorer`) and measure it by leave-one-pair-out cross-validation.

Run ``python -m bench.fit_links`` (the development golds need ``../shared``). One example per candidate link of the
aligner (:func:`core.align.link_candidates`) of the development golds (``bench/gold/dev``) and the fictional page
pairs (``bench/pairs``); positive when a sure or possible gold link joins the two passages. The model is a logistic
regression (:func:`bench.fit_paraphrase.fit`). Each development pair is scored by a model fitted on every other
development pair and all the page pairs, so no pair is scored by a model that saw it. It prints, pooled over the
development pairs and per pair, the ranking quality (AUC) of the learned score and of the similarity, and the
precision each reaches at the recall the link threshold gives the similarity. ``--align`` also aligns each
development pair (and each page pair) with a model that did not see it and prints the link figures beside those of
the similarity thresholds alone, and the seed pair's. ``--write`` writes the fit on every pair to
:mod:`core.align.link_model`; ``--check`` fails when that file is not this fit. The held-out golds are never read.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from bench.datasets import ROOT, shared_dir
from bench.evaluate import seed_scores
from bench.fit_paraphrase import fit, predict, written_model
from bench.gold_metrics import Gold, GoldScores, read_gold, score, snippet_segments
from core.align import LINK_FEATURE_NAMES, AlignSettings, LinkModel, align, link_candidates
from core.models import Article
from core.reading import load_article

DEV_DIR = ROOT / "bench" / "gold" / "dev"
"""The development golds (articles under ``../shared``)."""
PAIRS_DIR = ROOT / "bench" / "pairs"
"""The fictional page pairs and their golds."""
MODEL_FILE = ROOT / "core" / "align" / "link_model.py"
"""Where the coefficients go."""
ORDER_NAMES = ("position_gap", "lead")
"""Extra columns that depend on the order of the paragraphs (measured, never usable by the aligner)."""

Matrix = npt.NDArray[np.float64]
Fit = tuple[Matrix, Matrix, Matrix, float]


@dataclass(frozen=True, slots=True)
class PairData:
    """The candidate links of one gold pair: features, labels, and the order-dependent extras."""

    name: str
    features: Matrix
    order: Matrix
    labels: Matrix
    gold: Gold
    left: Article
    right: Article


def _body_positions(article: Article) -> dict[str, float]:
    """Each body segment's place in the article's body, 0 (first) to 1 (last)."""
    body = [s.id for s in article.segments if s.role == "body"]
    return {sid: k / max(1, len(body) - 1) for k, sid in enumerate(body)}


def pair_data(gold_path: Path, articles: Path, settings: AlignSettings) -> PairData:
    """The candidate links of one gold pair, labelled by its sure and possible links."""
    gold = read_gold(gold_path)
    left, right = load_article(articles / gold.left), load_article(articles / gold.right)
    found = link_candidates(left, right, settings=settings)
    joined: set[tuple[str, str]] = set()
    for link in (*gold.sure, *gold.possible):
        ls = {x for snippet in link.left for x in snippet_segments(left, snippet)}
        rs = {x for snippet in link.right for x in snippet_segments(right, snippet)}
        joined.update((a, b) for a in ls for b in rs)
    labels = np.array([(a, b) in joined for a, b in zip(found.left, found.right, strict=True)], dtype=np.float64)
    lpos, rpos = _body_positions(left), _body_positions(right)
    order = np.array(
        [
            (abs(lpos[a] - rpos[b]), float(min(lpos[a], rpos[b]) == 0.0))
            for a, b in zip(found.left, found.right, strict=True)
        ],
        dtype=np.float64,
    ).reshape(-1, len(ORDER_NAMES))
    name = gold_path.name.removesuffix(".gold.json")
    return PairData(name, found.features, order, labels, gold, left, right)


def auc(scores: Matrix, labels: Matrix) -> float:
    """Area under the ROC curve (ties count half); NaN without both classes."""
    pos, neg = scores[labels > 0.5], scores[labels <= 0.5]
    if not len(pos) or not len(neg):
        return float("nan")
    order = np.argsort(np.concatenate([pos, neg]), kind="stable")
    ranks = np.empty(len(order), dtype=np.float64)
    values = np.concatenate([pos, neg])[order]
    ranks[order] = np.arange(1, len(order) + 1)
    for value in np.unique(values):  # average ranks over ties
        tied = order[values == value]
        ranks[tied] = ranks[tied].mean()
    return float((ranks[: len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


def precision_at_recall(scores: Matrix, labels: Matrix, recall: float) -> tuple[float, float]:
    """(precision, threshold) of the highest threshold whose recall over the candidates reaches ``recall``."""
    order = np.argsort(-scores, kind="stable")
    hits = np.cumsum(labels[order])
    total = labels.sum()
    k = int(np.searchsorted(hits, recall * total - 1e-9))
    k = min(k, len(order) - 1)
    threshold = float(scores[order][k])
    taken = scores >= threshold
    return float(labels[taken].mean()), threshold


def columns(data: PairData, order: bool) -> Matrix:
    """The model's input columns of a pair (with the order-dependent extras when ``order``)."""
    return np.column_stack([data.features, data.order]) if order else data.features


L2 = 1.0
"""Strength of the ridge penalty (on standardised features; the intercept is not penalised)."""


def cross_validated(dev: Sequence[PairData], pages: Sequence[PairData], *, order: bool, l2: float) -> list[Matrix]:
    """Each development pair's learned scores from a model fitted without it (the page pairs in every fold)."""
    out: list[Matrix] = []
    for k, held in enumerate(dev):
        train = [*dev[:k], *dev[k + 1 :], *pages]
        x = np.vstack([columns(d, order) for d in train])
        y = np.concatenate([d.labels for d in train])
        out.append(predict(fit(x, y, l2), columns(held, order)))
    return out


def report(dev: Sequence[PairData], pages: Sequence[PairData], settings: AlignSettings, l2: float) -> None:
    """Print the cross-validated comparison."""
    labels = np.concatenate([d.labels for d in dev])
    similarity = np.concatenate([d.features[:, 0] for d in dev])
    base_taken = similarity >= settings.link_threshold
    base_recall = float(labels[base_taken].sum() / labels.sum())
    base_precision = float(labels[base_taken].mean())
    print(
        f"development: {len(dev)} pairs, {len(labels):,} candidates, {int(labels.sum())} positive; "
        f"page pairs: {len(pages)}, {sum(len(d.labels) for d in pages):,} candidates"
    )
    print(
        f"similarity at the link threshold {settings.link_threshold}: recall over candidates {base_recall:.3f}, "
        f"precision {base_precision:.3f}"
    )
    print(f"  {'score':<28} {'AUC pooled':>10} {'AUC mean/pair':>14} {'P@R':>6} {'threshold':>10}")
    sim_auc = [auc(d.features[:, 0], d.labels) for d in dev]
    p, t = precision_at_recall(similarity, labels, base_recall)
    print(f"  {'similarity':<28} {auc(similarity, labels):10.3f} {np.nanmean(sim_auc):14.3f} {p:6.3f} {t:10.3f}")
    per_pair: dict[str, list[float]] = {"similarity": sim_auc}
    for name, order in (("learned", False), ("learned + article order", True)):
        learned = cross_validated(dev, pages, order=order, l2=l2)
        pooled = np.concatenate(learned)
        per_pair[name] = [auc(s, d.labels) for s, d in zip(learned, dev, strict=True)]
        p, t = precision_at_recall(pooled, labels, base_recall)
        print(f"  {name:<28} {auc(pooled, labels):10.3f} {np.nanmean(per_pair[name]):14.3f} {p:6.3f} {t:10.3f}")
    print("  per pair AUC (similarity / learned / learned + order):")
    for k, d in enumerate(dev):
        figures = " ".join(f"{per_pair[n][k]:.3f}" for n in per_pair)
        print(f"    {d.name:<34} {int(d.labels.sum()):3d}/{len(d.labels):<4d} {figures}")
    model = fit_pairs([*dev, *pages], l2)
    print("  coefficients of the fit on every pair (standardised features):")
    for name, coefficient in sorted(zip(LINK_FEATURE_NAMES, model[2], strict=True), key=lambda c: -abs(c[1])):
        print(f"    {name:<20} {coefficient:+.3f}")


def fit_pairs(pairs: Sequence[PairData], l2: float = L2) -> Fit:
    """The logistic fit on the candidates of some pairs."""
    return fit(np.vstack([d.features for d in pairs]), np.concatenate([d.labels for d in pairs]), l2)


def link_model(model: Fit) -> LinkModel:
    """A fit as the aligner's :class:`~core.align.LinkModel`."""
    means, scales, coefficients, intercept = model
    return LinkModel(tuple(means.tolist()), tuple(scales.tolist()), tuple(coefficients.tolist()), intercept)


GROW_GRID: tuple[float | None, ...] = (None, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6)
"""The ``learned_grow`` thresholds searched; ``None``: items grow by the similarity."""


def aligned(data: PairData, settings: AlignSettings, model: LinkModel | None) -> GoldScores:
    """Align one gold pair with a link model (``None``: the written one) and score it."""
    return score(align(data.left, data.right, settings=settings, link_model=model), data.gold)


def _mean(scores: Sequence[GoldScores]) -> str:
    p, r, f = (float(np.mean([getattr(s, n) for s in scores])) for n in ("precision", "recall", "f1"))
    return f"P {p:.3f} R {r:.3f} F1 {f:.3f}"


def growing(settings: AlignSettings, point: float | None) -> AlignSettings:
    """``settings`` with items grown by the learned probability at the threshold ``point`` (``None``: by the
    similarity)."""
    if point is None:
        return AlignSettings(**{**settings.as_dict(), "learned_growth": 0.0})
    return AlignSettings(**{**settings.as_dict(), "learned_growth": 1.0, "learned_grow": point})


def best_point(table: Sequence[Sequence[GoldScores]]) -> int:
    """The grid point (column) with the best mean F1 over the rows (pairs) among those whose mean precision is not
    below that of growing by the similarity (column 0); ties go to the first."""
    precision = [round(float(np.mean([row[g].precision for row in table])), 9) for g in range(len(GROW_GRID))]
    f1 = [round(float(np.mean([row[g].f1 for row in table])), 9) for g in range(len(GROW_GRID))]
    return max((g for g in range(len(GROW_GRID)) if precision[g] >= precision[0]), key=lambda g: (f1[g], -g))


def align_report(dev: Sequence[PairData], pages: Sequence[PairData], settings: AlignSettings) -> None:
    """Align every pair with a model that did not see it, beside growing by the similarity; and the seed.

    Each development pair's thresholds are chosen inside its fold (:func:`best_point`): every other development
    pair is aligned by a model fitted without it and without the held-out pair at each grid point, and the point
    best over them is the one the held-out pair is aligned at, by the model fitted on all pairs but it.
    """
    models = [link_model(fit_pairs([*dev[:k], *dev[k + 1 :], *pages])) for k in range(len(dev))]
    outer = [[aligned(d, growing(settings, point), models[k]) for point in GROW_GRID] for k, d in enumerate(dev)]
    before = [row[0] for row in outer]
    honest: list[GoldScores] = []
    print("development pairs, each aligned by a model fitted without it at thresholds chosen inside its fold")
    print("(link F1: growing by the similarity -> by the learned probability; the thresholds):")
    for k, data in enumerate(dev):
        inner: list[list[GoldScores]] = []
        for m, other in enumerate(dev):
            if m != k:
                model = link_model(fit_pairs([*(d for n, d in enumerate(dev) if n not in (k, m)), *pages]))
                inner.append([aligned(other, growing(settings, point), model) for point in GROW_GRID])
        chosen = best_point(inner)
        honest.append(outer[k][chosen])
        print(f"  {data.name:<34} {before[k].f1:.3f} -> {honest[-1].f1:.3f}  at {GROW_GRID[chosen]}")
    print(f"  mean, fold-honest: {_mean(before)} -> {_mean(honest)}")
    print("  each grid point over all folds (optimistic):")
    for g, point in enumerate(GROW_GRID):
        print(f"    {point!s:<12} {_mean([row[g] for row in outer])}")
    best = best_point(outer)
    print(f"  chosen over all folds: {GROW_GRID[best]}: {_mean([row[best] for row in outer])}")
    final = growing(settings, GROW_GRID[best])
    page_before: list[GoldScores] = []
    page_after: list[GoldScores] = []
    for data in pages:
        rest = [d for d in (*dev, *pages) if d is not data]
        page_before.append(aligned(data, growing(settings, None), None))
        page_after.append(aligned(data, final, link_model(fit_pairs(rest))))
    print(f"page pairs, each by a model fitted without it, at {GROW_GRID[best]}: ")
    print(f"  {_mean(page_before)} -> {_mean(page_after)}")
    seed = seed_scores(final)
    print(
        f"seed pair (written model) at {GROW_GRID[best]}: P {seed.precision:.3f} R {seed.recall:.3f} F1 {seed.f1:.3f}"
    )


def render(model: Fit, dev: int, pages: int) -> str:
    """The source of :mod:`core.align.link_model`."""
    means, scales, coefficients, intercept = model

    def column(values: Matrix) -> str:
        return "".join(f"    {float(v):.10g},  # {n}\n" for v, n in zip(values, LINK_FEATURE_NAMES, strict=True))

    names = "".join(f'    "{n}",\n' for n in LINK_FEATURE_NAMES)
    return (
        f'"""The learned link scorer\'s coefficients, fitted on the candidate links of {dev} development golds and\n'
        f"{pages} fictional page pairs.\n\n"
        "Generated by ``python -m bench.fit_links --write``: do not edit by hand. Numbers only; no corpus text.\n"
        '"""\n\nfrom __future__ import annotations\n\n'
        f"FEATURES: tuple[str, ...] = (\n{names})\n"
        f"MEANS: tuple[float, ...] = (\n{column(means)})\n"
        f"SCALES: tuple[float, ...] = (\n{column(scales)})\n"
        f"COEFFICIENTS: tuple[float, ...] = (\n{column(coefficients)})\n"
        f"INTERCEPT: float = {intercept:.10g}\n"
    )


def same_as_written(model: Fit) -> bool:
    """Whether :mod:`core.align.link_model` is this fit (to floating-point noise)."""
    written = written_model(MODEL_FILE)
    if tuple(written["FEATURES"]) != LINK_FEATURE_NAMES:
        return False
    fitted = np.concatenate([model[0], model[1], model[2], [model[3]]])
    stored = np.array([*written["MEANS"], *written["SCALES"], *written["COEFFICIENTS"], written["INTERCEPT"]])
    return fitted.shape == stored.shape and bool(np.allclose(fitted, stored, rtol=1e-6, atol=1e-9))


def main(argv: Sequence[str] | None = None) -> int:
    """Build the examples, print the cross-validated comparison, and write or check the model file."""
    parser = argparse.ArgumentParser(prog="python -m bench.fit_links", description=__doc__)
    parser.add_argument("--l2", type=float, default=L2, help="ridge penalty on standardised features")
    parser.add_argument("--align", action="store_true", help="also align every pair by a model that did not see it")
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--write", action="store_true", help="write core/align/link_model.py")
    action.add_argument("--check", action="store_true", help="fail if core/align/link_model.py is not this fit")
    args = parser.parse_args(argv)
    shared = shared_dir()
    if shared is None:
        print("storydiff: error: the development golds' articles are in ../shared (set STORYDIFF_SHARED)")
        return 2
    settings = AlignSettings()
    dev = [pair_data(p, shared, settings) for p in sorted(DEV_DIR.glob("*.gold.json"))]
    pages = [pair_data(p, PAIRS_DIR, settings) for p in sorted(PAIRS_DIR.glob("*.gold.json"))]
    model = fit_pairs([*dev, *pages], args.l2)
    if args.check:
        same = same_as_written(model)
        print("core/align/link_model.py is " + ("this fit" if same else "NOT this fit: rerun with --write"))
        return 0 if same else 1
    report(dev, pages, settings, args.l2)
    if args.align:
        align_report(dev, pages, settings)
    if args.write:
        MODEL_FILE.write_text(render(model, len(dev), len(pages)), encoding="utf-8")
        print(f"wrote {MODEL_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
