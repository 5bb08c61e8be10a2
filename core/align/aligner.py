"""Aligning two articles into an :class:`~core.models.Alignment`: linked items with verdicts, reasons and word diffs.

The work is done once, in a canonical orientation of the two articles (the one whose content sorts first on the left);
the other orientation is its mirror. So ``align(b, a)`` is exactly ``swap_sides(align(a, b))``, and the reader's swap
key needs no recomputation.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from core.align.aliases import (
    Alias,
    Bag,
    acronyms,
    appositions,
    approximate_numbers,
    bag_of,
    hyphen_compounds,
    shared_acronyms,
    variant_map,
)
from core.align.aligned_roles import TEXT_ROLES, linked_roles
from core.align.collector import collector_paused
from core.align.coverage import summarize
from core.align.elsewhere import place_evidence
from core.align.formulas import formula_terms
from core.align.item_side import ItemSide
from core.align.link_features import LinkProbability, LinkSide
from core.align.matching import Passages, match
from core.align.paraphrase import paraphrase_probability
from core.align.quotations import quoted_terms
from core.align.reading_order import reading_order
from core.align.reasons import find_reasons
from core.align.settings import AlignSettings
from core.align.similarity import Scored, bag_similarity, score_all, term_weights
from core.align.voices import Voice, other_voices, speaker_terms, voices
from core.align.worddiff import word_diff
from core.align.wording import content_reason
from core.models import AlignedItem, Alignment, Article, Reason, Role, Segment, Verdict, mirror_item
from core.text.normalize import STOP_WORDS, Term, terms
from core.text.tokens import Token, segment_tokens

_KIND_RANK = {"stop": 0, "word": 1, "date": 2, "name": 3, "number": 4}


def align(left: Article, right: Article, *, settings: AlignSettings | None = None) -> Alignment:
    """Align two reports of one event.

    Every body sentence of both articles ends up in exactly one item: ``agree`` or ``differ`` (linked, 1:1,
    1:n or n:1), ``left-only`` or ``right-only``. Titles are paired with titles and standfirsts with
    standfirsts; captions, bylines and clutter are never paired.

    Args:
        left: The left article.
        right: The right article.
        settings: Thresholds and weights (defaults when ``None``).

    Returns:
        The alignment, items in reading order (see :func:`core.align.reading_order.reading_order`).
    """
    settings = settings or AlignSettings()
    lkey, rkey = _content_key(left), _content_key(right)
    with collector_paused():  # see core.align.collector: the work makes many small objects that all live on
        if lkey == rkey:
            return _finish(left, right, _identical_items(left, right), settings)
        if lkey < rkey:
            return _finish(left, right, _align_items(left, right, settings), settings)
        return _finish(left, right, [mirror_item(item) for item in _align_items(right, left, settings)], settings)


def swap_sides(alignment: Alignment) -> Alignment:
    """The alignment seen with the articles exchanged (the reader's ``s`` key); equals ``align(right, left)``."""
    items = [mirror_item(item) for item in alignment.items]
    ordered = reading_order(items, alignment.right, alignment.left)
    summary = summarize(ordered, alignment.right, alignment.left)
    return Alignment(alignment.right, alignment.left, ordered, summary, dict(alignment.settings))


def _content_key(article: Article) -> tuple[object, ...]:
    """Everything of an article the alignment depends on, as a sortable value."""
    return (
        tuple((s.role, s.text, s.paragraph, s.start, s.end, s.id) for s in article.segments),
        article.text,
    )


def _finish(left: Article, right: Article, items: Sequence[AlignedItem], settings: AlignSettings) -> Alignment:
    """Order the items, count them and wrap everything up."""
    ordered = reading_order(items, left, right)
    return Alignment(left, right, ordered, summarize(ordered, left, right), settings.as_dict())


def _identical_items(left: Article, right: Article) -> list[AlignedItem]:
    """Two articles with the same content: every passage agrees with its copy."""
    items: list[AlignedItem] = []
    for role in TEXT_ROLES:
        segs = [s for s in left.segments if s.role == role]
        if role == "body":
            for seg in segs:
                toks = segment_tokens(left, seg)
                items.append(AlignedItem((seg.id,), (seg.id,), "agree", 1.0, (), word_diff(toks, toks), "body"))
        elif segs:
            toks = [t for s in segs for t in segment_tokens(left, s)]
            ids = tuple(s.id for s in segs)
            items.append(AlignedItem(ids, ids, "agree", 1.0, (), word_diff(toks, toks), role))  # type: ignore[arg-type]
    return items


@dataclass(slots=True)
class _Prepared:
    """One article's text passages, tokens, terms and bags."""

    article: Article
    segments: list[Segment]
    tokens: list[list[Token]]
    terms: list[list[Term]]
    bags: list[Bag]
    vocabulary: frozenset[str]
    acronyms: tuple[Alias, ...] = ()
    """Each acronym the article spells out, with its expansion (one entity by definition)."""
    aliases: tuple[Alias, ...] = ()
    """Every alias the article sets up: its acronyms and its appositions (``the Clarion's editor, Graham Tolley``)."""
    sides: dict[tuple[int, ...], ItemSide] = field(default_factory=dict)
    """The :meth:`side` of each group of passages asked for so far (emptied when the terms change)."""

    def text(self, indices: Sequence[int]) -> str:
        """The text of some passages (indices into ``segments``), joined by spaces."""
        return " ".join(self.segments[k].text for k in indices)

    def side(self, indices: Sequence[int]) -> ItemSide:
        """The :class:`~core.align.item_side.ItemSide` view of some passages (indices into ``segments``)."""
        key = tuple(indices)
        found = self.sides.get(key)
        if found is None:
            found = self.sides[key] = self._side(key)
        return found

    def _side(self, indices: tuple[int, ...]) -> ItemSide:
        """A new :class:`~core.align.item_side.ItemSide` of some passages."""
        if len(indices) == 1:  # the common case: one passage, its terms' token indices as they are
            (k,) = indices
            segment = self.segments[k]
            return ItemSide(
                self.article.text,
                ((segment.start, segment.end),),
                tuple(self.tokens[k]),
                tuple(self.terms[k]),
                self.vocabulary,
                self.acronyms,
            )
        shifted: list[Term] = []
        offset = 0
        for k in indices:
            shifted.extend(
                Term(t.norm, t.kind, t.token + offset, t.end_token + offset) if offset else t for t in self.terms[k]
            )
            offset += len(self.tokens[k])
        return ItemSide(
            self.article.text,
            tuple((self.segments[k].start, self.segments[k].end) for k in indices),
            tuple(t for k in indices for t in self.tokens[k]),
            tuple(shifted),
            self.vocabulary,
            self.acronyms,
        )

    def passages(self, indices: Sequence[int]) -> Passages:
        """The matcher's view of some passages."""
        return Passages(
            [self.bags[k] for k in indices],
            [self.segments[k].paragraph for k in indices],
            [self.segments[k].text for k in indices],
            lambda k: speaker_terms(self.side([indices[k]])),
        )

    def indices(self, role: Role) -> list[int]:
        """Indices of the passages with ``role``."""
        return [k for k, seg in enumerate(self.segments) if seg.role == role]


def _prepare(article: Article) -> _Prepared:
    """Tokenise and normalise the text passages of an article (bags are filled in later)."""
    segments = [s for s in article.segments if s.role in TEXT_ROLES]
    tokens = [segment_tokens(article, s) for s in segments]
    found = [formula_terms(s.text, s.start, t, terms(t)) for s, t in zip(segments, tokens, strict=True)]
    vocabulary = frozenset(t.norm for ts in found for t in ts if t.kind != "stop")
    return _Prepared(article, segments, tokens, found, [], vocabulary)


def _canonical_bags(left: _Prepared, right: _Prepared, settings: AlignSettings) -> dict[str, str]:
    """Merge spelling variants across the two articles and fill in the bags (acronyms resolved, within each article
    and across the two: ``the RNC`` ~ ``the Republican National Committee``; a precise figure read as the round one
    the other article gives, a closed compound as the parts of its hyphenated spelling), in place.

    Returns:
        The variant map (variant -> the spelling both articles now share).
    """
    variants = variant_map(left.vocabulary, right.vocabulary, settings.variant_cutoff)
    keep_stop = settings.stop_weight > 0
    crossing = shared_acronyms((s.text for s in left.segments), (s.text for s in right.segments))
    for prep in (left, right):
        if variants:
            prep.terms = [
                [Term(variants[t.norm], t.kind, t.token, t.end_token) if t.norm in variants else t for t in ts]
                for ts in prep.terms
            ]
            prep.vocabulary = frozenset(variants.get(t, t) for t in prep.vocabulary)
        texts = [s.text for s in prep.segments]

        def shared_spelling(found: list[Alias]) -> list[Alias]:
            return [
                (frozenset(variants.get(t, t) for t in one), frozenset(variants.get(t, t) for t in other))
                for one, other in found
            ]

        spelled = shared_spelling([(frozenset({k}), frozenset(v)) for k, v in acronyms(texts).items()] + crossing)
        prep.acronyms = tuple(spelled)
        prep.aliases = tuple(dict.fromkeys([*spelled, *shared_spelling(appositions(texts))]))
        prep.sides.clear()
    figures = [{t.norm for ts in prep.terms for t in ts if t.kind == "number"} for prep in (left, right)]
    rounded = approximate_numbers(*figures)  # for the bags only: the reasons still see the two figures
    closed = hyphen_compounds(
        (tokens[k].text, [t.norm for t in ts if t.token == k and t.kind in ("word", "name")])
        for prep in (left, right)
        for tokens, ts in zip(prep.tokens, prep.terms, strict=True)
        for k in sorted({t.token for t in ts if "-" in tokens[t.token].text})
    )

    spellings: dict[str, tuple[str, ...]] = {norm: (figure,) for norm, figure in rounded.items()}
    spellings.update(closed)  # a closed compound's parts over a rounded figure

    def norms(ts: list[Term]) -> set[str]:
        found = {t.norm for t in ts if keep_stop or t.kind != "stop"}
        if spellings.keys().isdisjoint(found):  # the common case: no term read another way
            return found
        return {spelled for norm in found for spelled in spellings.get(norm, (norm,))}

    for prep in (left, right):
        prep.bags = [bag_of(norms(ts), prep.aliases) for ts in prep.terms]
    return variants


def _voices_of(
    prep: _Prepared, body: list[int], settings: AlignSettings, canon: Callable[[str], str]
) -> list[Voice | None]:
    """The voice of each body passage of an article (see :func:`core.align.voices.voices`)."""

    def side_of(n: int) -> ItemSide:
        return prep.side([body[n]])

    texts = [prep.segments[k].text for k in body]
    return voices(texts, [prep.segments[k].paragraph for k in body], side_of, settings, canon, prep.aliases)


def _apart_by_voice(
    scored: Scored,
    lp: _Prepared,
    rp: _Prepared,
    lbody: list[int],
    rbody: list[int],
    settings: AlignSettings,
    canon: Callable[[str], str],
) -> Scored:
    """The candidate pairs without those whose only common words are one side's quotation, said by two different
    named sources (see :mod:`core.align.voices`)."""
    if not len(scored.i):
        return scored
    lvoice = _voices_of(lp, lbody, settings, canon)
    if not any(lvoice):
        return scored
    rvoice = _voices_of(rp, rbody, settings, canon)
    if not any(rvoice):
        return scored
    voiced = np.array([v is not None for v in lvoice])[scored.i] & np.array([v is not None for v in rvoice])[scored.j]
    keep = np.ones(len(scored.i), dtype=bool)
    for n in np.flatnonzero(voiced).tolist():  # only pairs that both quote a named source
        i, j = int(scored.i[n]), int(scored.j[n])
        if lp.segments[lbody[i]].text == rp.segments[rbody[j]].text:
            continue  # the very same sentence (wire copy) is the same statement, whoever the neighbours name
        shared = (lp.bags[lbody[i]] & rp.bags[rbody[j]]) - STOP_WORDS
        keep[n] = not other_voices(lvoice[i], rvoice[j], shared)
    return scored if keep.all() else Scored(scored.i[keep], scored.j[keep], scored.score[keep])


@dataclass(frozen=True, slots=True)
class Candidates:
    """The candidate links between two articles' body passages, with what scoring them took."""

    left: _Prepared
    """The left article, prepared."""
    right: _Prepared
    """The right article, prepared."""
    left_body: list[int]
    """The left article's body passages, by index into its segments."""
    right_body: list[int]
    """The right article's body passages, by index into its segments."""
    kinds: dict[str, str]
    """Each term's kind (the strongest of its occurrences)."""
    weights: dict[str, float]
    """Each term's weight."""
    variants: dict[str, str]
    """Each variant term's canonical form (acronyms and aliases across the two articles)."""
    scored: Scored
    """The candidate pairs (indices into the two body lists) and their similarity."""

    def canon(self, term: str) -> str:
        """A term's canonical form."""
        return self.variants.get(term, term)


def candidates(left: Article, right: Article, settings: AlignSettings) -> Candidates:
    """The candidate links the aligner matches: every pair of body passages whose similarity reaches the lowest of
    the link, group and mutual thresholds, each passage's cited voices kept apart."""
    lp, rp = _prepare(left), _prepare(right)
    variants = _canonical_bags(lp, rp, settings)
    kinds: dict[str, str] = {}
    for prep in (lp, rp):
        for ts in prep.terms:
            for t in ts:
                if t.norm not in kinds or _KIND_RANK[t.kind] > _KIND_RANK[kinds[t.norm]]:
                    kinds[t.norm] = t.kind
    weights = term_weights([*lp.bags, *rp.bags], kinds, settings)
    lbody, rbody = lp.indices("body"), rp.indices("body")
    quiet = frozenset(t for t, kind in kinds.items() if kind == "stop")
    floor = min(settings.link_threshold, settings.group_threshold, settings.mutual_threshold)
    scored = score_all(
        [lp.bags[k] for k in lbody], [rp.bags[k] for k in rbody], weights, settings, quiet=quiet, floor=floor
    )

    def canon(term: str) -> str:
        return variants.get(term, term)

    scored = _apart_by_voice(scored, lp, rp, lbody, rbody, settings, canon)
    return Candidates(lp, rp, lbody, rbody, kinds, weights, variants, scored)


def link_side(prep: _Prepared, body: list[int], settings: AlignSettings) -> LinkSide:
    """One article's body passages (``body``: indices into its segments) as the learned link features read them."""
    texts = [prep.segments[k].text for k in body]
    return LinkSide(
        [prep.bags[k] for k in body],
        [prep.segments[k].paragraph for k in body],
        [
            frozenset(quoted_terms(prep.side([k]), settings)) if _QUOTE_OPENERS & set(text) else frozenset()
            for k, text in zip(body, texts, strict=True)
        ],
        texts,
    )


_QUOTE_OPENERS = frozenset('"“”‘')
"""Marks without which a passage quotes nothing (a closing mark may end a quotation the passage opens inside)."""


def _align_items(left: Article, right: Article, settings: AlignSettings) -> list[AlignedItem]:
    """The items of an alignment, in no particular order (the work behind :func:`align`)."""
    found = candidates(left, right, settings)
    lp, rp, lbody, rbody = found.left, found.right, found.left_body, found.right_body
    weights, scored, canon = found.weights, found.scored, found.canon
    learned = LinkProbability(
        scored, link_side(lp, lbody, settings), link_side(rp, rbody, settings), weights, found.kinds
    )
    groups = match(scored, lp.passages(lbody), rp.passages(rbody), weights, settings, learned)

    def linked(lidx: list[int], ridx: list[int], score: float, kind: str) -> AlignedItem:
        lside, rside = lp.side(lidx), rp.side(ridx)
        ltext, rtext = lp.text(lidx), rp.text(ridx)
        reasons: tuple[Reason, ...] = ()
        verdict: Verdict = "agree"
        if ltext != rtext:  # the very same words (wire copy) cannot differ
            reasons = find_reasons(lside, rside, canon, settings, headline=kind == "title")
            if reasons:
                verdict = "differ"  # until :func:`place_evidence` finds that one side only adds (a name, say)
            elif (
                paraphrase_probability(ltext, rtext, terms_a=lside.terms, terms_b=rside.terms)
                < settings.agree_threshold
            ):  # worded apart, nothing told otherwise: an agree that shows what each side says and the other does not
                content = content_reason(lside, rside, weights)
                reasons = (content,) if content else ()
                if kind == "title" and content and content.left and content.right:
                    verdict = "differ"  # headlines pair by their place, not their words: these lead on other things
        return AlignedItem(
            tuple(lp.segments[k].id for k in lidx),
            tuple(rp.segments[k].id for k in ridx),
            verdict,
            round(score, 4),
            reasons,
            word_diff(lside.tokens, rside.tokens, left_spans=lside.spans, right_spans=rside.spans),
            kind,  # type: ignore[arg-type]
        )

    items: list[AlignedItem] = []
    both = linked_roles(lp.article, rp.article)
    for role in TEXT_ROLES[:2]:
        li, ri = lp.indices(role), rp.indices(role)
        if role in both:
            score = bag_similarity(
                frozenset().union(*(lp.bags[k] for k in li)),
                frozenset().union(*(rp.bags[k] for k in ri)),
                weights,
                settings,
            )
            if role == "title" or score >= settings.group_threshold:  # two standfirsts that share nothing are no pair
                items.append(linked(li, ri, score, role))
    used_l: set[int] = set()
    used_r: set[int] = set()
    for group in groups:
        items.append(linked([lbody[k] for k in group.left], [rbody[k] for k in group.right], group.score, "body"))
        used_l.update(group.left)
        used_r.update(group.right)
    items.extend(
        AlignedItem((lp.segments[lbody[k]].id,), (), "left-only", 0.0) for k in range(len(lbody)) if k not in used_l
    )
    items.extend(
        AlignedItem((), (rp.segments[rbody[k]].id,), "right-only", 0.0) for k in range(len(rbody)) if k not in used_r
    )
    passages = [
        [
            (seg.id, bag, tuple(t.norm for t in found))
            for seg, bag, found in zip(p.segments, p.bags, p.terms, strict=True)
        ]
        for p in (lp, rp)
    ]
    return place_evidence(items, passages[0], passages[1], canon, settings)
