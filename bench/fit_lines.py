"""Fit the line classifier (:mod:`core.reading.line_classifier`) on the 40 development pages of realpages-dev and
write :mod:`core.reading.line_model`; with ``--cv``, measure it page by page first.

Run ``python -m bench.fit_lines --cv`` (needs ``../shared/data/realpages-dev``). Each paragraph that the hand rules
leave as body or clutter is an example, labelled body when at least half of its non-space characters lie in the
human-marked body (found as ``bench.realpages`` finds it). The fit is an L2-regularised logistic regression on
standardised features, solved by Newton's method, so the same pages always give the same coefficients.

``--cv`` prints body recall and precision (``bench.realpages``'s definitions, averaged over pages) under
leave-one-page-out cross-validation over the development pages (every page is another outlet): (a) the hand rules
alone, (b) the classifier alone (without the hand rules' decision among its features), (c) the classifier vetting
the hand rules (with it). The held-out pages are never read here. ``--check`` refits and fails when the written
model differs from the fit.
"""

from __future__ import annotations

import argparse
import ast
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from bench.datasets import ROOT, shared_dir
from bench.realpages import HELDOUT, span_scores, truth_spans
from core.reading import HAND_LINE_FEATURES, LINE_FEATURES, LineModel, body_spans, line_examples, load_article

MODEL_FILE = ROOT / "core" / "reading" / "line_model.py"
"""Where the coefficients go."""
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


def read_pages(folder: Path) -> list[Page]:
    """The development pages (never the held-out ones) with their examples."""
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    pages: list[Page] = []
    for entry in manifest["pages"]:
        n = str(entry["n"])
        if n in HELDOUT:
            continue
        article = load_article(folder / str(entry["paste"]))
        truth = (folder / str(entry["truth"])).read_text(encoding="utf-8")
        spans = truth_spans(article, truth)[0]
        examples = [e for e in line_examples(article.text) if e.vetted]
        x = np.array([e.features for e in examples], dtype=np.float64).reshape(len(examples), len(LINE_FEATURES))
        y = np.array([float(_inside(spans, article.text, e.start, e.end)) for e in examples], dtype=np.float64)
        pages.append(Page(n, article.text, truth, x, y))
    return pages


def fit(x: Matrix, y: Matrix, l2: float = L2) -> tuple[Matrix, Matrix, Matrix, float]:
    """Logistic regression by Newton's method. Returns (means, scales, coefficients, intercept)."""
    means = x.mean(axis=0)
    scales = x.std(axis=0)
    scales[scales == 0] = 1.0
    z = np.column_stack([np.ones(len(x)), (x - means) / scales])
    w = np.zeros(z.shape[1])
    penalty = l2 * np.eye(z.shape[1])
    penalty[0, 0] = 0.0
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-(z @ w)))
        gradient = z.T @ (p - y) + penalty @ w
        hessian = (z * (p * (1 - p))[:, None]).T @ z + penalty
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if float(np.abs(step).max()) < 1e-12:
            break
    return means, scales, w[1:], float(w[0])


def fit_model(pages: Sequence[Page], columns: Sequence[str], keep: float = KEEP, take: float = TAKE) -> LineModel:
    """The model over ``columns`` fitted on ``pages``, deciding with the thresholds ``keep`` and ``take``."""
    index = [LINE_FEATURES.index(name) for name in columns]
    x = np.concatenate([page.x[:, index] for page in pages])
    y = np.concatenate([page.y for page in pages])
    means, scales, coefficients, intercept = fit(x, y)
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


def cross_validate(pages: Sequence[Page]) -> None:
    """Print the leave-one-page-out table: hand rules, classifier alone, classifier vetting the rules."""
    print(f"leave-one-page-out over {len(pages)} development pages (each another outlet)")
    print(f"  {'':<34} {'recall':>7} {'precision':>9}  pages lost")
    rows: list[tuple[str, Sequence[LineModel | None]]] = [("(a) hand rules alone", [None] * len(pages))]
    for name, columns, keep, take in (
        ("(b) classifier alone", ALONE, 0.5, 0.5),
        ("(c) classifier vetting the rules", VETTING, KEEP, TAKE),
    ):
        fitted = [fit_model([p for p in pages if p is not page], columns, keep, take) for page in pages]
        rows.append((name, fitted))
    for name, models in rows:
        recall, precision, lost = scores(pages, models)
        print(f"  {name:<34} {recall:7.3f} {precision:9.3f}  {', '.join(lost) or '-'}")


def render(model: LineModel, pages: int) -> str:
    """The source of :mod:`core.reading.line_model`."""

    def column(values: Sequence[float]) -> str:
        return "".join(f"    {float(v):.10g},  # {name}\n" for v, name in zip(values, model.features, strict=True))

    names = "".join(f'    "{name}",\n' for name in model.features)
    return (
        f'"""The line classifier\'s coefficients, fitted on the {pages} development pages of realpages-dev.\n\n'
        "Generated by ``python -m bench.fit_lines``: do not edit by hand. Numbers only; no page text.\n"
        '"""\n\nfrom __future__ import annotations\n\n'
        f"FEATURES: tuple[str, ...] = (\n{names})\n"
        f"MEANS: tuple[float, ...] = (\n{column(model.means)})\n"
        f"SCALES: tuple[float, ...] = (\n{column(model.scales)})\n"
        f"COEFFICIENTS: tuple[float, ...] = (\n{column(model.coefficients)})\n"
        f"INTERCEPT: float = {model.intercept:.10g}\n"
        f"KEEP: float = {model.keep}\n"
        f"TAKE: float = {model.take}\n"
    )


def written_model(path: Path = MODEL_FILE) -> dict[str, Any]:
    """The constants of the model file as :func:`render` wrote them (its annotated assignments, read as literals)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        node.target.id: ast.literal_eval(node.value)
        for node in tree.body
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None
    }


def _same(model: LineModel) -> bool:
    """Whether the written model is this fit (to floating-point noise: BLAS threads may differ in the last bits)."""
    written = written_model()
    if tuple(written["FEATURES"]) != model.features:
        return False
    fitted = np.array([*model.means, *model.scales, *model.coefficients, model.intercept, model.keep, model.take])
    stored = np.array(
        [
            *written["MEANS"],
            *written["SCALES"],
            *written["COEFFICIENTS"],
            *(written[k] for k in ("INTERCEPT", "KEEP", "TAKE")),
        ]
    )
    return fitted.shape == stored.shape and bool(np.allclose(fitted, stored, rtol=1e-6, atol=1e-9))


def main(argv: Sequence[str] | None = None) -> int:
    """Fit on all development pages and write (or, with ``--check``, compare) the model file; ``--cv`` measures."""
    parser = argparse.ArgumentParser(prog="python -m bench.fit_lines", description=__doc__)
    parser.add_argument("--cv", action="store_true", help="print the leave-one-page-out table first")
    parser.add_argument("--check", action="store_true", help="fail if core/reading/line_model.py is not this fit")
    args = parser.parse_args(argv)
    shared = shared_dir()
    folder = shared / "data" / "realpages-dev" if shared else None
    if folder is None or not (folder / "manifest.json").is_file():
        print("storydiff: error: the real pages are in ../shared/data/realpages-dev (set STORYDIFF_SHARED)")
        return 2
    started = time.perf_counter()
    pages = read_pages(folder)
    examples = sum(len(p.y) for p in pages)
    print(f"realpages-dev: {len(pages)} development pages, {examples:,} paragraphs decided by the model")
    if args.cv:
        cross_validate(pages)
    model = fit_model(pages, VETTING)
    for name, coefficient in sorted(zip(model.features, model.coefficients, strict=True), key=lambda c: -abs(c[1])):
        print(f"  {name:<20} {coefficient:+.3f}")
    print(f"({time.perf_counter() - started:.1f} s)")
    if args.check:
        same = _same(model)
        print("core/reading/line_model.py is " + ("this fit" if same else "NOT this fit: rerun without --check"))
        return 0 if same else 1
    MODEL_FILE.write_text(render(model, len(pages)), encoding="utf-8")
    print(f"wrote {MODEL_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
