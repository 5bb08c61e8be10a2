"""Fit the learned link probability (:mod:`core.align.link_features`) and write :mod:`core.align.link_model`; measure
it against the similarity alone by leave-one-pair-out cross-validation.

Run ``python -m bench.fit_links`` (the development golds need ``../shared``). One example per candidate link of the
aligner (:func:`bench.link_features.link_candidates`) of the development golds (``bench/gold/dev``) and the
fictional page pairs (``bench/pairs``); positive when a sure or possible gold link joins the two passages. The model
is a logistic regression (:func:`bench.fit_paraphrase.fit`) on every one of them; ``--write`` writes it,
``--check`` fails when the written model differs from the fit. Without either, each development pair is scored by a
model fitted on every other development pair and all the page pairs, so no pair is scored by a model that saw it,
and it prints, pooled over the development pairs and per pair, the ranking quality (AUC) of the learned score and
of the similarity, and the precision each reaches at the recall the link threshold gives the similarity; with
``--align``, the link figures of the development and page pairs, each aligned with a model fitted without it (the
written model was fitted on all of them, so ``bench.evaluate``'s development figures flatter it). The held-out golds
are never read.
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
from bench.fit_paraphrase import fit, is_written, predict, render_model
from bench.gold_metrics import read_gold, snippet_segments
from bench.link_features import LINK_FEATURE_NAMES, link_candidates
from core.align import AlignSettings
from core.align.link_features import LinkModel, using_model
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


@dataclass(frozen=True, slots=True)
class PairData:
    """The candidate links of one gold pair: features, labels, and the order-dependent extras."""

    name: str
    features: Matrix
    order: Matrix
    labels: Matrix


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
    return PairData(gold_path.name.removesuffix(".gold.json"), found.features, order, labels)


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
    x = np.vstack([d.features for d in (*dev, *pages)])
    y = np.concatenate([d.labels for d in (*dev, *pages)])
    model = fit(x, y, l2)
    print("  coefficients of the fit on every pair (standardised features):")
    for name, coefficient in sorted(zip(LINK_FEATURE_NAMES, model[2], strict=True), key=lambda c: -abs(c[1])):
        print(f"    {name:<20} {coefficient:+.3f}")


Model = tuple[Matrix, Matrix, Matrix, float]


def held_out_alignment(
    dev: Sequence[PairData], pages: Sequence[PairData], shared: Path, settings: AlignSettings, l2: float
) -> None:
    """Print the mean link figures of the development and page pairs, each aligned with a model fitted on every
    other pair (leave one pair out): the development figures the written model, fitted on all of them, overstates."""
    from bench.gold_metrics import score
    from core.align import align

    paths = {d.name: p for p in (*DEV_DIR.glob("*.gold.json"), *PAIRS_DIR.glob("*.gold.json")) for d in (*dev, *pages)
             if p.name == f"{d.name}.gold.json"}  # fmt: skip
    for title, datas, root in (("development", dev, shared), ("page pairs", pages, PAIRS_DIR)):
        figures = []
        for held in datas:
            train = [d for d in (*dev, *pages) if d is not held]
            means, scales, coefficients, intercept = fit(
                np.vstack([d.features for d in train]), np.concatenate([d.labels for d in train]), l2
            )
            model = LinkModel(tuple(means), tuple(scales), tuple(coefficients), intercept)
            gold = read_gold(paths[held.name])
            left, right = load_article(root / gold.left), load_article(root / gold.right)
            with using_model(model):
                figures.append(score(align(left, right, settings=settings), gold))
        mean = {n: sum(getattr(f, n) for f in figures) / len(figures) for n in ("precision", "recall", "f1")}
        verdict = sum(f.verdict_accuracy for f in figures) / len(figures)
        print(
            f"{title}, {len(figures)} pairs, each without itself: P {mean['precision']:.3f} R {mean['recall']:.3f} "
            f"F1 {mean['f1']:.3f} verdict {verdict:.3f}"
        )


def render(model: Model, pairs: int, rows: int) -> str:
    """The source of :mod:`core.align.link_model`."""
    return render_model(
        model,
        LINK_FEATURE_NAMES,
        f"The learned link probability's coefficients, fitted on the {rows:,} candidate links of {pairs} labelled "
        "pairs\n(the development golds and the fictional page pairs).",
        "python -m bench.fit_links --write",
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Build the examples; print the cross-validated comparison, or write (``--write``) or compare (``--check``) the
    model file."""
    parser = argparse.ArgumentParser(prog="python -m bench.fit_links", description=__doc__)
    parser.add_argument("--l2", type=float, default=1.0, help="ridge penalty on standardised features")
    parser.add_argument("--write", action="store_true", help="write core/align/link_model.py from the fit")
    parser.add_argument("--check", action="store_true", help="fail if core/align/link_model.py is not this fit")
    parser.add_argument(
        "--align", action="store_true", help="align each development and page pair with a model fitted without it"
    )
    args = parser.parse_args(argv)
    shared = shared_dir()
    if shared is None:
        print("storydiff: error: the development golds' articles are in ../shared (set STORYDIFF_SHARED)")
        return 2
    settings = AlignSettings()
    dev = [pair_data(p, shared, settings) for p in sorted(DEV_DIR.glob("*.gold.json"))]
    pages = [pair_data(p, PAIRS_DIR, settings) for p in sorted(PAIRS_DIR.glob("*.gold.json"))]
    if args.align:
        held_out_alignment(dev, pages, shared, settings, args.l2)
        return 0
    if not (args.write or args.check):
        report(dev, pages, settings, args.l2)
        return 0
    x = np.vstack([d.features for d in (*dev, *pages)])
    y = np.concatenate([d.labels for d in (*dev, *pages)])
    model = fit(x, y, args.l2)
    if args.check:
        same = is_written(model, LINK_FEATURE_NAMES, MODEL_FILE)
        print("core/align/link_model.py is " + ("this fit" if same else "NOT this fit: run with --write"))
        return 0 if same else 1
    MODEL_FILE.write_text(render(model, len(dev) + len(pages), len(y)), encoding="utf-8")
    print(f"wrote {MODEL_FILE.relative_to(ROOT)} ({len(y):,} candidate links of {len(dev) + len(pages)} pairs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
