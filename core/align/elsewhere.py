"""Where the other report says what a reason gives as one side's only: a quotation, a name or a figure that the other
article carries in another passage.

A reason compares the two sides of one item. ``Quotation: only fox.txt has "a farmer from Iowa …"`` is true of that
passage, yet a reader takes it to mean the other report never quotes it, while it may quote it three paragraphs
further on. Each piece of evidence of a quotation, name or number reason is looked for in the other article's
passages outside the item, and the first passage that says it is noted on the reason
(:attr:`core.models.Reason.left_elsewhere`), so the reader can go there; the reason stays.

The item's verdict is settled here: a reason whose evidence sits on one side only (a figure, a quotation, a source, a
name or a hedge that one report gives and the other leaves out) is a detail that report adds, which the item lists
and which does not make it a ``differ`` (:func:`only_adds`). Only a reason with evidence on both sides (other numbers,
other quoted words, another speaker, planned against done) tells the claim otherwise; the aligner also calls a
headline pair a ``differ`` when each headline leads on content the other leaves out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from core.align.approximate import without_modifier
from core.align.settings import AlignSettings
from core.models import AlignedItem, Reason
from core.text.normalize import terms
from core.text.tokens import word_tokens

__all__ = ["PLACED_KINDS", "Passage", "only_adds", "place_evidence"]

PLACED_KINDS = frozenset(["quote", "entity", "number"])
"""The reasons whose evidence is looked for elsewhere: what a report quotes, names or counts is said or not said
anywhere; hedges, attributions, tenses and other content belong to the passage."""

_DEFINITE = frozenset(["name", "number", "date"])

Passage = tuple[str, frozenset[str], tuple[str, ...]]
"""A passage of the other article: its segment id, its bag of terms (canonical spellings, with the names its
article's acronyms and descriptions stand for, a precise figure also as the round one the other article gives) and
its terms in reading order, function words too."""

MOST_SHARE = 0.5
"""A name or a figure is said where a passage holds its names and figure and this share of its other words."""

UNIT_REACH = 3
"""A figure counts what one of the next this many words of its passage names (``six years``, ``thousands of North
Korean troops``; not ``six are on the ballot this year``)."""


def _required(found: list[tuple[str, str]], kind: str) -> tuple[frozenset[str], frozenset[str]]:
    """The terms a passage must hold to say a piece of evidence whose terms are ``found`` (norm, kind): (terms it
    must all hold, terms most of which it must hold). A name is its names (else its words); a figure is its number
    (or the word of a vague count, ``thousands``), the names with it and most of its other words; a quotation is its
    content words."""
    if not found:
        return frozenset(), frozenset()
    definite = {norm for norm, k in found if k in _DEFINITE}
    rest = {norm for norm, _ in found} - definite
    if kind == "quote":
        return frozenset(), frozenset(definite | rest)
    if kind == "number":
        definite.add(found[0][0])  # the figure itself: evidence opens with it, after its modifier
        rest.discard(found[0][0])
    return (frozenset(definite), frozenset(rest)) if definite else (frozenset(), frozenset(rest))


def _says(passage: frozenset[str], must: frozenset[str], most: frozenset[str], share: float) -> bool:
    """Whether a passage's bag holds every term of ``must`` and at least ``share`` of those of ``most`` (evidence
    with no terms is said nowhere)."""
    if not must and not most:
        return False
    if not must <= passage:
        return False
    return not most or len(most & passage) >= share * len(most)


def _counts(order: tuple[str, ...], figure: str, units: frozenset[str]) -> bool:
    """Whether a passage writes ``figure`` with one of ``units`` among the words that follow it; a figure the passage
    holds only in another spelling (the round form of its precise one) is taken as it is."""
    places = [k for k, norm in enumerate(order) if norm == figure]
    if not places or not units:
        return True
    return any(units.intersection(order[k + 1 : k + 1 + UNIT_REACH]) for k in places)


def _where(
    evidence: tuple[str, ...],
    kind: str,
    passages: Sequence[Passage],
    own: frozenset[str],
    canon: Callable[[str], str],
    settings: AlignSettings,
) -> tuple[str, ...]:
    """For each piece of evidence, the first passage of ``passages`` outside ``own`` that says it, else ``""``."""
    share = settings.quote_repeat if kind == "quote" else MOST_SHARE
    out: list[str] = []
    for text in evidence:
        said = without_modifier(text) if kind == "number" else text  # ``nearly 20 people``: the figure leads
        found = [(canon(t.norm), t.kind) for t in terms(word_tokens(said)) if t.kind != "stop"]
        must, most = _required(found, kind)
        figure, units = (
            (found[0][0], frozenset(norm for norm, _ in found[1:])) if kind == "number" and found else ("", None)
        )
        place = ""
        for sid, bag, order in passages:
            if sid not in own and _says(bag, must, most, share) and (units is None or _counts(order, figure, units)):
                place = sid
                break
        out.append(place)
    return tuple(out)


def place_evidence(
    items: Sequence[AlignedItem],
    left: Sequence[Passage],
    right: Sequence[Passage],
    canon: Callable[[str], str],
    settings: AlignSettings,
) -> list[AlignedItem]:
    """The items, each quotation, name and number reason noting where the other article says its evidence, and an
    item whose every reason is evidence one side adds that the other article says elsewhere, or a name one side
    adds, an ``agree``.

    Args:
        items: The alignment's items.
        left: The left article's passages in reading order, with their terms.
        right: The right article's passages.
        canon: The canonical spelling of a term (spelling variants shared by the two articles).
        settings: ``quote_repeat`` is the share of a quotation's words a passage must repeat to say it.
    """
    out: list[AlignedItem] = []
    for item in items:
        placed: list[Reason] = []
        for reason in item.reasons:
            if reason.kind in PLACED_KINDS:
                lwhere = _where(reason.left, reason.kind, right, frozenset(item.right), canon, settings)
                rwhere = _where(reason.right, reason.kind, left, frozenset(item.left), canon, settings)
                if any(lwhere) or any(rwhere):
                    reason = replace(reason, left_elsewhere=lwhere, right_elsewhere=rwhere)
            placed.append(reason)
        verdict = item.verdict
        if verdict == "differ" and all(only_adds(r) for r in placed):
            verdict = "agree"  # each side tells the claim alike; what one of them adds is listed
        out.append(replace(item, reasons=tuple(placed), verdict=verdict))
    return out


def only_adds(reason: Reason) -> bool:
    """Whether a reason is a detail one report adds and the other leaves out (``Numbers: only the Guardian has
    thousands of North Korean troops``, ``Attribution: only the Kyiv Independent has the Yonhap news agency
    reported``): evidence on one side only, which rides on an ``agree``, not a claim the other tells otherwise. A
    ``planned`` reason is never one: what one side tells as planned the other tells as done, even where only the
    planning words can be shown (a headline's ``Set to Approve`` against ``approves``)."""
    return reason.kind != "planned" and not (reason.left and reason.right)
