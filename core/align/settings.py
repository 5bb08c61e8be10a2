"""Every tunable of the aligner in one place."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from core.errors import AlignmentError

MAX_SETTING = 1e9
"""Largest value any setting takes: infinities and overflowing weights would make similarities NaN."""


@dataclass(frozen=True, slots=True)
class AlignSettings:
    """Thresholds and weights of the aligner; ``python -m bench.evaluate`` prints what the defaults give.

    No default comes from a test split: the link thresholds follow the seed pair's hand-checked gold, the similarity
    mix MSRP train and STS-B train/dev, the paraphrase model MSRP train, the agree threshold the verdicts of the
    fictional news page pairs, and the learned link steps (their model and thresholds) the development golds, each
    pair measured by a model fitted without it (``make fit-links``).
    """

    link_threshold: float = 0.35
    """Minimum similarity (0 to 1) for two passages to be linked at all (lower, and passages that merely share a few
    words start to link)."""
    agree_threshold: float = 0.2
    """Paraphrase probability (:func:`core.align.paraphrase.paraphrase_probability`) under which a linked item with no
    material difference, an ``agree``, also carries what each side says that the other does not (an ``Other
    content`` reason): the two sides are worded far apart, and a reader should see what each adds. A difference of
    content alone is no ``differ``: that takes another number, quotation, source, name, hedge or tense. Passages with
    the very same text carry nothing. The model is fitted on MSRP, whose annotators call a pair a paraphrase only when
    nearly nothing is added, so the threshold sits well under MSRP's even odds."""
    mutual_threshold: float = 0.28
    """Minimum similarity of a weaker link between two passages that are each other's clear best match."""
    mutual_margin: float = 1.15
    """How many times the runner-up's similarity such a clear best match must reach (on both sides)."""
    anchor_threshold: float = 0.2
    """Minimum similarity of a clear best match (as above) that links because its paragraph neighbours are linked to
    each other (the two reports tell that stretch in the same order). Only neighbours in the same paragraph count, so
    no link depends on how the paragraphs are ordered."""
    group_threshold: float = 0.2
    """Minimum similarity of a sentence to the other side of an item for the item to take it in (1:n, n:1)."""
    group_terms_per_member: float = 3
    """An item's side may hold one passage for every this many content terms of its other side (at least one): a
    short sentence (``This is about the White House.``) cannot gather every passage that mentions its few words."""
    context_weight: float = 0.05
    """Weight of the neighbouring sentences' similarity when ranking candidate links (a tie-breaker)."""
    weight_dice: float = 0.5
    """Share of the weighted Dice coefficient in a similarity."""
    weight_overlap: float = 0.3
    """Share of the weighted overlap coefficient (containment) in a similarity."""
    weight_fuzzy: float = 0.2
    """Share of rapidfuzz ``ratio`` over the sorted content stems (``token_sort_ratio``) in a similarity (gives
    partial credit for spellings the stemmer misses)."""
    name_boost: float = 1.5
    """Weight multiplier of names (capitalised words inside a sentence)."""
    number_boost: float = 1.5
    """Weight multiplier of quantities."""
    stop_weight: float = 0.3
    """Weight multiplier of function words and reporting verbs (0 leaves them out altogether)."""
    date_boost: float = 1.0
    """Weight multiplier of dates and years."""
    variant_cutoff: float = 0.88
    """Minimum rapidfuzz ``ratio`` (0 to 1) for two spellings to count as one word (Zelenskyy ~ Zelensky)."""
    quote_min_words: float = 5
    """Quotations shorter than this are phrases (scare quotes), not quoted statements."""
    quote_match: float = 0.45
    """Share of a quotation's content the other side must quote for the quote not to be a difference."""
    quote_repeat: float = 0.8
    """Share of a quotation's content the other side must repeat, quoted or not, for the quote not to be a difference
    (a sentence in the middle of a long quotation carries no quotation marks)."""
    dense_fuzzy_pairs: float = 4_000_000
    """Up to this many sentence pairs, the fuzzy scores come from one full ``process.cdist`` matrix."""
    max_pair_work: float = 4_000_000
    """Budget of (term, left, right) combinations when proposing candidate pairs; beyond it, block on
    rare terms."""
    learned_grow_floor: float = 0.28
    """A free passage that resembles the passage of a group at least this much, though under ``link_threshold`` and
    not beside a member, joins the group when the learned link probability (:mod:`core.align.link_features`) of the
    two reaches ``learned_grow_probability``."""
    learned_grow_probability: float = 0.4
    """The learned link probability a free passage under ``link_threshold`` needs to join a group away from its
    members (above 1, never)."""
    learned_keep_probability: float = 0.3
    """A link of one passage to one passage (not word for word the same) whose learned probability is under this is
    dropped, its passages left one-sided (0: keep all)."""
    claim_similarity: float = 0.35
    """Comparing three or more reports: minimum similarity (:func:`core.align.similarity.text_similarity`, 0 to 1)
    of two passages that their own pairwise alignment left apart for a claim group to hold both, when other reports
    link each of them into it (A ~ B and B ~ C with A and C unlinked); the same figure as ``link_threshold``. Below
    it, the group keeps the stronger of the links and leaves the weaker out: claims are never chained blindly."""

    def __post_init__(self) -> None:
        for item in fields(self):
            value = getattr(self, item.name)
            if not isinstance(value, int | float) or not 0 <= value <= MAX_SETTING:
                raise AlignmentError(f"setting {item.name} must be a number from 0 to {MAX_SETTING:g}, got {value!r}")
        unit = (
            "link_threshold",
            "agree_threshold",
            "mutual_threshold",
            "anchor_threshold",
            "group_threshold",
            "variant_cutoff",
            "quote_match",
            "quote_repeat",
            "learned_grow_floor",
            "learned_keep_probability",
            "claim_similarity",
        )
        for name in unit:
            if getattr(self, name) > 1:
                raise AlignmentError(f"setting {name} must be between 0 and 1, got {getattr(self, name)!r}")
        if self.weight_dice + self.weight_overlap + self.weight_fuzzy <= 0:
            raise AlignmentError("the similarity weights must not all be 0")

    def as_dict(self) -> dict[str, float]:
        """The settings as a plain mapping (for exports)."""
        return {key: float(value) for key, value in asdict(self).items()}
