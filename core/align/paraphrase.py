"""Do two linked passages say the same thing? A paraphrase probability from lexical evidence.

Linking asks whether two passages are *about* the same thing (:mod:`core.align.similarity`). Agreeing asks more: whether
they *say* the same thing. Pairs that share their topic but not their meaning typically differ by an extra clause on
one side, another number or name, a negation, or a reworded sequence; so the probability here weighs several
measures of that (:func:`pair_features`) in a logistic model. Its coefficients (:mod:`core.align.paraphrase_model`) were
fitted on the news sentence pairs of the MSRP train split by ``python -m bench.fit_paraphrase``; the model holds only
those numbers, not the corpus.

The features are symmetric in the two passages, so the probability is too, and swapping the articles mirrors a
verdict exactly.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence

from rapidfuzz import fuzz

from core.align.aliases import variant_map
from core.align.lexicon import expand
from core.align.paraphrase_model import COEFFICIENTS, INTERCEPT, MEANS, SCALES
from core.align.settings import AlignSettings
from core.align.similarity import bag_similarity, kind_weight
from core.text.folding import fold_for_comparison
from core.text.normalize import Term, terms
from core.text.tokens import word_tokens

_MODEL_SETTINGS = AlignSettings()
"""The similarity settings the model was fitted with (user settings must not shift its features)."""
_WORDS = re.compile(r"\w+|[^\w\s]")
_NEGATIONS = frozenset({"not", "no", "never", "nor", "without", "cannot", "neither"})
FEATURE_NAMES: tuple[str, ...] = (
    "similarity",
    "containment_min",
    "containment_max",
    "extra_max",
    "extra_min",
    "number_mismatch",
    "name_mismatch",
    "words1_min",
    "words1_max",
    "words2_min",
    "words2_max",
    "words3_min",
    "words3_max",
    "words4_min",
    "words4_max",
    "char_ratio",
    "char_partial",
    "negation_mismatch",
    "length_skew",
)
"""The features of a pair, in model order."""


def _ngram_set(words: Sequence[str], n: int) -> set[tuple[str, ...]]:
    """The distinct word n-grams of a passage."""
    return set(zip(*(words[k:] for k in range(n)), strict=False))


def _common_words(wa: Sequence[str], wb: Sequence[str]) -> int:
    """How many words two passages share, counted with multiplicity."""
    ca, cb = Counter(wa), Counter(wb)
    small, big = (ca, cb) if len(ca) <= len(cb) else (cb, ca)
    return sum(min(count, big[word]) for word, count in small.items() if word in big)


def _surface_words(folded: str) -> list[str]:
    """Words and punctuation marks of folded text, with ``n't`` read as ``not`` (so negations count)."""
    return _WORDS.findall(folded.replace("n't", " not"))


def _content_features(ta: Sequence[Term], tb: Sequence[Term], variants: Mapping[str, str]) -> list[float]:
    """Weighted content overlap: similarity, containment both ways, unshared weight, numbers and names."""
    bag_a = expand(variants.get(t.norm, t.norm) for t in ta)
    bag_b = expand(variants.get(t.norm, t.norm) for t in tb)
    kinds = {variants.get(t.norm, t.norm): t.kind for t in (*ta, *tb)}
    weights = {norm: kind_weight(kind, _MODEL_SETTINGS) for norm, kind in kinds.items()}

    def weight(bag: frozenset[str]) -> float:
        return sum(weights.get(t, 1.0) for t in bag)

    shared, wa, wb = weight(bag_a & bag_b), weight(bag_a), weight(bag_b)
    ca, cb = (shared / wa if wa else 0.0), (shared / wb if wb else 0.0)
    numbers_a = {t.norm for t in ta if t.kind in ("number", "date")}
    numbers_b = {t.norm for t in tb if t.kind in ("number", "date")}
    names_a = {variants.get(t.norm, t.norm) for t in ta if t.kind == "name"}
    names_b = {variants.get(t.norm, t.norm) for t in tb if t.kind == "name"}
    return [
        bag_similarity(bag_a, bag_b, weights, _MODEL_SETTINGS),
        min(ca, cb),
        max(ca, cb),
        math.log1p(max(wa, wb) - shared),
        math.log1p(min(wa, wb) - shared),
        float(numbers_a != numbers_b),
        float(bool((names_a - bag_b) | (names_b - bag_a))),
    ]


def _surface_features(a: str, b: str) -> list[float]:
    """Shared word sequences (1- to 4-grams, precision on each side), character similarity, negation, length."""
    la, lb = fold_for_comparison(a), fold_for_comparison(b)
    wa, wb = _surface_words(la), _surface_words(lb)
    out: list[float] = []
    for n in (1, 2, 3, 4):
        if n == 1:
            common = _common_words(wa, wb)
            pa, pb = common / max(len(wa), 1), common / max(len(wb), 1)
        else:  # longer n-grams rarely repeat within a passage: distinct ones, intersected in C
            sa, sb = _ngram_set(wa, n), _ngram_set(wb, n)
            common = len(sa & sb)
            pa, pb = common / max(len(sa), 1), common / max(len(sb), 1)
        out += [min(pa, pb), max(pa, pb)]
    skew = math.log(max(len(wa), 1) / max(len(wb), 1))
    return [
        *out,
        fuzz.ratio(la, lb) / 100.0,
        fuzz.partial_ratio(la, lb) / 100.0,  # rapidfuzz aligns the shorter text in the longer: symmetric
        float(bool(_NEGATIONS & set(wa)) != bool(_NEGATIONS & set(wb))),
        skew * skew,
    ]


def pair_features(
    a: str, b: str, *, terms_a: Sequence[Term] | None = None, terms_b: Sequence[Term] | None = None
) -> tuple[float, ...]:
    """The model's features of a pair of passages (see :data:`FEATURE_NAMES`); symmetric in ``a`` and ``b``.

    Args:
        a: One passage.
        b: The other.
        terms_a: The terms of ``a`` when the caller has them already, spelling variants shared by the two sides
            merged (the aligner's); with both term lists given, no text is tokenised twice.
        terms_b: The terms of ``b``, likewise.
    """
    if terms_a is None or terms_b is None:
        terms_a, terms_b = terms(word_tokens(a)), terms(word_tokens(b))
        variants = variant_map((t.norm for t in terms_a), (t.norm for t in terms_b), _MODEL_SETTINGS.variant_cutoff)
    else:
        variants = {}
    return (*_content_features(terms_a, terms_b, variants), *_surface_features(a, b))


def paraphrase_probability(
    a: str, b: str, *, terms_a: Sequence[Term] | None = None, terms_b: Sequence[Term] | None = None
) -> float:
    """The probability (0 to 1) that two passages are paraphrases: they say the same thing, not just share a topic.

    Args:
        a: One passage (a sentence or a few).
        b: The other.
        terms_a: The terms of ``a``, if the caller has them (see :func:`pair_features`).
        terms_b: The terms of ``b``, likewise.

    Returns:
        The logistic model's probability; the same for ``(a, b)`` and ``(b, a)``.
    """
    if not a.strip() or not b.strip():
        return 0.0
    if b < a:  # one order for both calls: exactly symmetric
        a, b, terms_a, terms_b = b, a, terms_b, terms_a
    x = pair_features(a, b, terms_a=terms_a, terms_b=terms_b)
    z = INTERCEPT + sum(c * (v - m) / s for c, v, m, s in zip(COEFFICIENTS, x, MEANS, SCALES, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


__all__ = ["FEATURE_NAMES", "pair_features", "paraphrase_probability"]
