"""Evaluate the aligner: the seed pair against its gold, and external benchmarks (MSRP, STS-B news, ECB+).

Run ``python -m bench.evaluate`` (everything) or ``python -m bench.evaluate --quick`` (the seed pair, the two
sentence-pair benchmarks and a sample of ECB+ document pairs; well under a minute). Each figure is printed beside its
target. The external data sets are read from ``../shared`` (or ``$STORYDIFF_SHARED``) and skipped when absent.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bench.datasets import ROOT, EcbDoc, SentencePair, read_ecb, read_msrp, read_stsb, shared_dir
from core.align import align
from core.gold import GoldScores, read_gold, score
from core.load import load_article
from core.models import Article, Segment
from core.normalize import terms
from core.paraphrase import paraphrase_probability
from core.settings import AlignSettings
from core.similarity import kind_weight, text_similarity
from core.tokens import word_tokens

SEED_GOLD = ROOT / "tests" / "data" / "seed-pair.gold.json"
"""The seed pair's reference alignment."""


def seed_scores(settings: AlignSettings | None = None) -> GoldScores:
    """Align the seed pair with the real loader and score it against the gold."""
    gold = read_gold(SEED_GOLD)
    left, right = load_article(ROOT / gold.left), load_article(ROOT / gold.right)
    return score(align(left, right, settings=settings), gold)


GOLD_DIR = ROOT / "bench" / "gold"
"""Blind hand-made reference alignments of research pairs (article paths relative to ``../shared``)."""


PAIRS_DIR = ROOT / "bench" / "pairs"
"""Fictional article pairs pasted with page clutter, and their hand-made references, written blind to the code."""


def page_pair_scores(settings: AlignSettings | None = None) -> list[tuple[str, GoldScores]]:
    """Load, clean and align every pair of ``bench/pairs`` and score it against its reference (no shared data)."""
    return _scored(PAIRS_DIR, PAIRS_DIR, settings)


def _scored(golds: Path, articles: Path, settings: AlignSettings | None) -> list[tuple[str, GoldScores]]:
    """Every ``*.gold.json`` of ``golds``, its two articles read from under ``articles``, aligned and scored."""
    out: list[tuple[str, GoldScores]] = []
    for path in sorted(golds.glob("*.gold.json")):
        gold = read_gold(path)
        left, right = load_article(articles / gold.left), load_article(articles / gold.right)
        out.append((path.name.removesuffix(".gold.json"), score(align(left, right, settings=settings), gold)))
    return out


def _pair_table(title: str, scores: Sequence[tuple[str, GoldScores]], *, roles: bool) -> None:
    """Print one line of figures per pair and the means."""
    print(title)
    print(f"  {'pair':<34} {'P':>6} {'R':>6} {'F1':>6} {'verdict':>8} {'one-sided':>10}" + (" roles" if roles else ""))
    for name, s in scores:
        links = f"{s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}"
        extra = f" {s.role_accuracy:5.3f}" if roles else ""
        print(f"  {name:<34} {links} {s.verdict_accuracy:8.3f} {s.one_sided_accuracy:10.3f}{extra}")
    mean = [sum(getattr(s, f) for _, s in scores) / len(scores) for f in ("f1", "verdict_accuracy", "role_accuracy")]
    note = f"(verdict {mean[1]:.3f}" + (f"; roles {mean[2]:.3f}" if roles else "") + "; seed targets 0.95 / 0.90)"
    print(_line("mean link F1 / verdict", f"{mean[0]:.3f}", note))


def shared_gold_scores(shared: Path, settings: AlignSettings | None = None) -> list[tuple[str, GoldScores]]:
    """Align every pair of ``bench/gold`` (articles from the shared folder) and score it against its gold."""
    return _scored(GOLD_DIR, shared, settings)


def corpus_weights(sentences: Sequence[str], settings: AlignSettings) -> dict[str, float]:
    """Term weights (smoothed IDF, names and numbers boosted) over a collection of sentences."""
    df: Counter[str] = Counter()
    kinds: dict[str, str] = {}
    for sentence in sentences:
        found = terms(word_tokens(sentence))
        df.update({t.norm for t in found})
        for t in found:
            kinds.setdefault(t.norm, t.kind)
    total = len(sentences)
    return {t: math.log(1 + total / n) * kind_weight(kinds[t], settings) for t, n in df.items()}


def pair_scores(pairs: Sequence[SentencePair], weights: dict[str, float], settings: AlignSettings) -> np.ndarray:
    """The similarity of each sentence pair."""
    return np.array([text_similarity(p.a, p.b, weights=weights, settings=settings) for p in pairs])


@dataclass(frozen=True, slots=True)
class MsrpResult:
    """MSRP test figures of one pair score, with the threshold fitted on train."""

    threshold: float
    train_accuracy: float
    accuracy: float
    f1: float


def _fit_and_test(strain: np.ndarray, ytrain: np.ndarray, stest: np.ndarray, ytest: np.ndarray) -> MsrpResult:
    """Pick the threshold with the best train accuracy, then measure accuracy and F1 on test."""
    candidates = np.unique(np.round(strain, 3))
    accuracy = [float(((strain >= t) == ytrain).mean()) for t in candidates]
    best = int(np.argmax(accuracy))
    threshold = float(candidates[best])
    predicted = stest >= threshold
    tp = float((predicted & ytest).sum())
    f1 = 2 * tp / (predicted.sum() + ytest.sum()) if predicted.sum() + ytest.sum() else 0.0
    return MsrpResult(threshold, accuracy[best], float((predicted == ytest).mean()), float(f1))


def msrp(shared: Path, settings: AlignSettings) -> tuple[MsrpResult, MsrpResult, float]:
    """MSRP test figures of the paraphrase probability (which decides ``agree``) and of the link similarity.

    Returns:
        (paraphrase probability, link similarity, paraphrase accuracy at the default agree threshold).
    """
    train = read_msrp(shared / "data" / "msrp" / "msr_paraphrase_train.txt")
    test = read_msrp(shared / "data" / "msrp" / "msr_paraphrase_test.txt")
    ytrain = np.array([p.label for p in train]) > 0.5
    ytest = np.array([p.label for p in test]) > 0.5
    ptrain = np.array([paraphrase_probability(p.a, p.b) for p in train])
    ptest = np.array([paraphrase_probability(p.a, p.b) for p in test])
    weights = corpus_weights([s for p in (*train, *test) for s in (p.a, p.b)], settings)
    link = _fit_and_test(pair_scores(train, weights, settings), ytrain, pair_scores(test, weights, settings), ytest)
    at_default = float(((ptest >= settings.agree_threshold) == ytest).mean())
    return _fit_and_test(ptrain, ytrain, ptest, ytest), link, at_default


def stsb_news(shared: Path, settings: AlignSettings) -> float:
    """Pearson r between the similarity and the human 0-5 scores on the STS-B test news subset."""
    test = read_stsb(shared / "data" / "stsb" / "sts-test-news.csv")
    train = read_stsb(shared / "data" / "stsb" / "sts-train.csv")
    weights = corpus_weights([s for p in (*train, *test) for s in (p.a, p.b)], settings)
    return float(np.corrcoef(pair_scores(test, weights, settings), [p.label for p in test])[0, 1])


def ecb_article(doc: EcbDoc) -> Article:
    """An ECB+ document as an Article: one body segment per sentence, one paragraph each."""
    text_parts: list[str] = []
    segments: list[Segment] = []
    offset = 0
    for number, sentence in doc.sentences:
        clean = " ".join(sentence.split())
        segments.append(Segment(f"s{number}", clean, offset, offset + len(clean), len(segments), "body"))
        text_parts.append(clean)
        offset += len(clean) + 2
    return Article(path=doc.doc_id, text="\n\n".join(text_parts), segments=tuple(segments))


@dataclass(frozen=True, slots=True)
class EcbResult:
    """Link precision and recall over the annotated ECB+ sentence pairs."""

    document_pairs: int
    precision: float
    recall: float


def ecb(shared: Path, settings: AlignSettings, *, sample: int = 1) -> EcbResult:
    """Align ECB+ document pairs; a gold pair counts as linked when both sentences share an item with
    both sides.

    Args:
        shared: The shared folder.
        settings: Aligner settings.
        sample: Use every ``sample``-th document pair (1 = all).
    """
    docs, pairs, gold = read_ecb(shared)
    by_pair: dict[tuple[str, str], list[tuple[int, int, bool]]] = {}
    for a, sa, b, sb, coref in gold:
        by_pair.setdefault((a, b), []).append((sa, sb, coref))
    linked_true = linked_total = coref_total = 0
    used = 0
    for a, b in pairs[::sample]:
        if a not in docs or b not in docs or (a, b) not in by_pair:
            continue
        used += 1
        alignment = align(ecb_article(docs[a]), ecb_article(docs[b]), settings=settings)
        together = {(x, y) for item in alignment.items for x in item.left for y in item.right}
        for sa, sb, coref in by_pair[(a, b)]:
            hit = (f"s{sa}", f"s{sb}") in together
            linked_total += hit
            linked_true += hit and coref
            coref_total += coref
    precision = linked_true / linked_total if linked_total else 0.0
    recall = linked_true / coref_total if coref_total else 0.0
    return EcbResult(used, precision, recall)


def _line(name: str, value: str, target: str) -> str:
    return f"  {name:<28} {value:>10}   target {target}"


def main(argv: Sequence[str] | None = None) -> int:
    """Print every figure beside its target; exit 0 (the regression floors live in the tests)."""
    parser = argparse.ArgumentParser(prog="python -m bench.evaluate", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="sample ECB+ instead of using every document pair")
    args = parser.parse_args(argv)
    settings = AlignSettings()
    started = time.perf_counter()
    seed = seed_scores(settings)
    print("seed pair (Guardian vs Kyiv Independent), real loader")
    print(_line("link precision", f"{seed.precision:.3f}", ""))
    print(_line("link recall", f"{seed.recall:.3f}", ""))
    print(_line("link F1", f"{seed.f1:.3f}", ">= 0.95"))
    print(_line("verdict accuracy", f"{seed.verdict_accuracy:.3f}", ">= 0.90"))
    print(_line("one-sided accuracy", f"{seed.one_sided_accuracy:.3f}", ">= 0.95"))
    print(_line("role accuracy", f"{seed.role_accuracy:.3f}", "(loader)"))
    pages = page_pair_scores(settings)
    if pages:
        _pair_table(
            f"fictional pasted-page pairs ({len(pages)}, written and labelled blind), real loader", pages, roles=True
        )
    shared = shared_dir()
    if shared is None:
        print("external benchmarks skipped: no ../shared (set STORYDIFF_SHARED)")
        return 0
    unseen = shared_gold_scores(shared, settings)
    if unseen:
        _pair_table(f"hand-labelled research pairs ({len(unseen)}, labelled blind), real loader", unseen, roles=False)
    result, link, at_default = msrp(shared, settings)
    print("MSRP test (thresholds fitted on train)")
    print(_line("paraphrase accuracy", f"{result.accuracy:.1%}", ">= 76% (all-yes 66.5%, Jaccard 73.0%)"))
    print(_line("paraphrase F1", f"{result.f1:.3f}", ""))
    print(_line("threshold / train accuracy", f"{result.threshold:.3f}", f"(train {result.train_accuracy:.1%})"))
    print(_line("accuracy at agree_threshold", f"{at_default:.1%}", f"(agree_threshold {settings.agree_threshold:g})"))
    link_note = f"(threshold {link.threshold:.3f}; F1 {link.f1:.3f})"
    print(_line("link similarity accuracy", f"{link.accuracy:.1%}", link_note))
    print("STS-B test, news subset")
    print(_line("Pearson r", f"{stsb_news(shared, settings):.3f}", ">= 0.75 (token_set 0.60, Jaccard 0.68)"))
    ecb_result = ecb(shared, settings, sample=5 if args.quick else 1)
    print(f"ECB+ test topics ({ecb_result.document_pairs} document pairs, annotated sentences only)")
    print(_line("link precision", f"{ecb_result.precision:.3f}", ">= 0.90"))
    print(_line("link recall", f"{ecb_result.recall:.3f}", ""))
    print(f"({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
