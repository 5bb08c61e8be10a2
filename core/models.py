"""The typed records that flow through storydiff: articles, segments, aligned items, alignments.

Data flows one way: files -> ``core`` loading/cleaning -> :class:`Article` -> ``core`` alignment ->
:class:`Alignment` -> the reader and the exporters. Every record here is frozen, so a value that leaves
``core`` can be shared freely between threads and screens.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Literal, get_args

Role = Literal["title", "standfirst", "byline", "date", "outlet", "caption", "body", "boilerplate"]
"""What a segment is on the page. Only ``body`` segments are article text; the rest is metadata or clutter."""

ROLES: tuple[Role, ...] = get_args(Role)
"""Every role, in a stable order."""

Verdict = Literal["agree", "differ", "left-only", "right-only"]
"""How an aligned item relates the two reports."""

VERDICTS: tuple[Verdict, ...] = get_args(Verdict)
"""Every verdict, in a stable order."""

Side = Literal["left", "right"]
"""One of the two articles."""

ReasonKind = Literal["number", "planned", "quote", "attribution", "entity", "hedge", "content"]
"""The kinds of material difference an item can carry."""

DiffTag = Literal["equal", "replace", "delete", "insert"]
"""Word-level diff operations, as in :mod:`difflib` and rapidfuzz ``Opcodes``."""


@dataclass(frozen=True, slots=True)
class Segment:
    """One sentence (or metadata line, caption, clutter line) of an article.

    Invariant: ``article.text[start:end]`` is the source of ``text``; ``text`` equals that slice with white space
    runs folded to one space and stripped (so a segment that spans a stray line break reads as one line).
    """

    id: str
    """Stable id, unique within its article (``s1``, ``s2``, … in source order)."""
    text: str
    """The segment's text, white space folded."""
    start: int
    """Offset of the first character in the decoded source text."""
    end: int
    """Offset one past the last character in the decoded source text."""
    paragraph: int
    """Index of the paragraph (block) the segment belongs to, from 0, in source order."""
    role: Role
    """What the segment is on the page."""

    @property
    def is_body(self) -> bool:
        """Whether the segment is article body text."""
        return self.role == "body"


@dataclass(frozen=True)
class Article:
    """One news report, read and cleaned.

    Invariants: segments are in source order, their spans do not overlap, and every segment's span lies inside
    ``text``. Nothing of the source is dropped silently: clutter stays here with a non-body role.
    """

    path: str
    """Where the article came from: a file path, ``-`` for standard input, or a URL."""
    text: str
    """The decoded source text that segment offsets point into (for HTML: the extracted text)."""
    segments: tuple[Segment, ...]
    """Every segment in source order."""
    outlet: str | None = None
    """The publication, e.g. ``The Guardian``, when it could be recovered."""
    title: str | None = None
    """The headline."""
    standfirst: str | None = None
    """The subheading under the headline, if any."""
    authors: tuple[str, ...] = ()
    """Bylined authors, in order."""
    date: str | None = None
    """Publication date in ISO form (``2024-10-21``), when it could be recovered."""
    source_file: tuple[int, int] | None = field(default=None, compare=False)
    """For an article read from standard input redirected from a file (``- < a.txt``): that file's device and inode,
    so that an export never writes over it. ``None`` otherwise."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {seg.id: seg for seg in self.segments})

    def segment(self, segment_id: str) -> Segment:
        """Return the segment with ``segment_id``.

        Raises:
            KeyError: no segment has that id.
        """
        by_id: dict[str, Segment] = self._by_id  # type: ignore[attr-defined]
        return by_id[segment_id]

    @property
    def body(self) -> tuple[Segment, ...]:
        """The body segments, in source order."""
        return tuple(seg for seg in self.segments if seg.is_body)

    def paragraphs(self) -> Iterator[tuple[Segment, ...]]:
        """Yield the segments grouped by paragraph, in source order."""
        current: list[Segment] = []
        for seg in self.segments:
            if current and seg.paragraph != current[-1].paragraph:
                yield tuple(current)
                current = []
            current.append(seg)
        if current:
            yield tuple(current)

    @property
    def word_count(self) -> int:
        """Number of words in the body."""
        return sum(len(seg.text.split()) for seg in self.body)


@dataclass(frozen=True, slots=True)
class Reason:
    """One material difference between the two sides of a linked item. A reason with evidence on both sides (other
    numbers, other quoted words, another speaker; for the headline pair, other content on each side: the two lead on
    other things) makes the item a ``differ``; an ``agree`` carries only what one side adds: other content, or a
    figure, quotation, source, name or hedge the other side does not give here."""

    kind: ReasonKind
    """Numbers, planned or done (one side tells as done what the other tells as planned), quotations, attribution (who
    said it), named entities, hedging, or other content (what one side says that the other does not, when the two are
    no paraphrase of each other)."""
    left: tuple[str, ...] = ()
    """The evidence on the left side (numbers, quotes, names, hedges), as written there."""
    right: tuple[str, ...] = ()
    """The evidence on the right side, as written there."""
    left_elsewhere: tuple[str, ...] = ()
    """For each piece of left evidence, the id of a passage of the right article, outside this item, that says it too
    (``""`` where none does): a quotation, name or figure the right report gives in another place. Empty when not
    looked for."""
    right_elsewhere: tuple[str, ...] = ()
    """For each piece of right evidence, the id of a passage of the left article, outside this item, that says it."""

    def describe(self, left_name: str = "left", right_name: str = "right", place: Place | None = None) -> str:
        """A one-line human-readable account, naming the sides (e.g. by outlet), quotations between quotation marks,
        each piece of evidence that the other report gives in another passage marked so: ``place`` names that passage
        (``item 9``) from its side and segment id, else it is ``another passage``.

        A planned-or-done reason with evidence on one side only (a headline that plans, against one that reports the
        thing done) says so: ``A has Set to Override, still to come; B tells it as done``.

        Derived from the fields alone, so swapping sides mirrors it exactly.
        """
        label = REASON_LABELS[self.kind]
        quoted = self.kind == "quote"
        left = "; ".join(_placed(_marked(self.left, quoted), self.left_elsewhere, right_name, "right", place))
        right = "; ".join(_placed(_marked(self.right, quoted), self.right_elsewhere, left_name, "left", place))
        if left and right:
            return f"{label}: {left_name} has {left}; {right_name} has {right}"
        if self.kind == "planned":  # a headline that plans against one that reports it done: both sides say it
            plans, planned, done = (left_name, left, right_name) if left else (right_name, right, left_name)
            return f"{label}: {plans} has {planned}, still to come; {done} tells it as done"
        if left:
            return f"{label}: only {left_name} has {left}"
        return f"{label}: only {right_name} has {right}"

    @property
    def message(self) -> str:
        """:meth:`describe` with the sides called left and right."""
        return self.describe()


Place = Callable[[Side, str], "str | None"]
"""Names the passage that holds a segment (``item 9``), from the segment's side and id; ``None`` when it cannot."""


def _marked(evidence: tuple[str, ...], quoted: bool) -> tuple[str, ...]:
    """The evidence, each quotation between quotation marks (``only X has “has disclosed its intent …”``, so that
    the quoted words never run into the sentence around them)."""
    if not quoted:
        return evidence
    return tuple(f"“{text}”" for text in evidence)


def _placed(
    evidence: tuple[str, ...], elsewhere: tuple[str, ...], other: str, other_side: Side, place: Place | None
) -> list[str]:
    """The evidence, each piece that the other report (``other``, on ``other_side``) gives in another passage marked
    so."""
    out: list[str] = []
    for k, text in enumerate(evidence):
        found = elsewhere[k] if k < len(elsewhere) else ""
        if found:
            where = (place(other_side, found) if place else None) or "another passage"
            text = f"{text} ({other} says it in {where})"
        out.append(text)
    return out


REASON_LABELS: Mapping[ReasonKind, str] = {
    "number": "Numbers",
    "planned": "Planned or done",
    "quote": "Quotation",
    "attribution": "Attribution",
    "entity": "Named entities",
    "hedge": "Hedging",
    "content": "Other content",
}
"""A display label for each reason kind."""

DIFFER_KINDS = "numbers, quotes, sources, names, hedging, done or planned; headlines that lead on other things"
"""What a ``differ`` tells otherwise, as legends list it (the kinds of :data:`REASON_LABELS`, in a reader's words)."""


@dataclass(frozen=True, slots=True)
class DiffOp:
    """One word-level diff operation between the two sides of an item.

    Offsets are character offsets into each article's decoded source text (``Article.text``), so a pane can
    highlight them inside its own segments. Invariant (as for :meth:`difflib.SequenceMatcher.get_opcodes`): the
    operations of an item are in order and contiguous over the item's tokens on each side.
    """

    tag: DiffTag
    """``equal``, ``replace``, ``delete`` (left only) or ``insert`` (right only)."""
    left_start: int
    """Start offset of the left span (equal to ``left_end`` for an insert)."""
    left_end: int
    """End offset of the left span."""
    right_start: int
    """Start offset of the right span (equal to ``right_end`` for a delete)."""
    right_end: int
    """End offset of the right span."""


@dataclass(frozen=True, slots=True)
class AlignedItem:
    """A group of left segments and right segments that report the same thing, or a one-sided passage.

    Invariants: ``left-only`` has no right ids, ``right-only`` no left ids; ``agree`` and ``differ`` have both.
    """

    left: tuple[str, ...]
    """Ids of the left article's segments in this item, in source order."""
    right: tuple[str, ...]
    """Ids of the right article's segments in this item, in source order."""
    verdict: Verdict
    """``agree``, ``differ``, ``left-only`` or ``right-only``."""
    score: float
    """Similarity of the two sides, 0 to 1 (0 for a one-sided item)."""
    reasons: tuple[Reason, ...] = ()
    """Why the sides differ (``differ``), or what one side adds (``agree``: a figure, quotation, source, name or hedge
    the other side does not give here, or other content); may be empty."""
    diff: tuple[DiffOp, ...] = ()
    """Word-level diff of the two sides (empty for a one-sided item)."""
    kind: Literal["title", "standfirst", "body"] = "body"
    """Which part of the articles the item links: headlines, standfirsts or body text."""

    @property
    def is_difference(self) -> bool:
        """Whether the reader's ``]``/``[`` keys stop here: a differ or a one-sided item."""
        return self.verdict != "agree"

    @property
    def adds_details(self) -> bool:
        """Whether an ``agree`` lists a detail that one report adds and the other leaves out: a figure, quotation,
        source, name or hedge (any reason but other content)."""
        return self.verdict == "agree" and any(reason.kind != "content" for reason in self.reasons)

    def ids(self, side: Side) -> tuple[str, ...]:
        """The segment ids of one side."""
        return self.left if side == "left" else self.right


@dataclass(frozen=True, slots=True)
class Summary:
    """Headline figures of an alignment."""

    counts: Mapping[Verdict, int]
    """Number of items per verdict (body items only)."""
    left_coverage: float
    """Share (0 to 1) of the left article's body words that lie in an item with a right side."""
    right_coverage: float
    """Share (0 to 1) of the right article's body words that lie in an item with a left side."""


@dataclass(frozen=True, slots=True)
class Alignment:
    """The result of aligning two articles: items in reading order, plus the two articles themselves.

    Invariants: every body segment of each article is in exactly one item; items are in reading order (the left
    article's order, with right-only items placed where they fit).
    """

    left: Article
    """The left article."""
    right: Article
    """The right article."""
    items: tuple[AlignedItem, ...]
    """Aligned items in reading order."""
    summary: Summary
    """Counts per verdict and coverage."""
    settings: Mapping[str, float] = field(default_factory=dict)
    """The settings the alignment was computed with (for the record in exports)."""

    def article(self, side: Side) -> Article:
        """The article on ``side``."""
        return self.left if side == "left" else self.right

    def item_of(self, side: Side, segment_id: str) -> int | None:
        """Index of the item that holds ``segment_id`` of ``side``, or ``None``."""
        for index, item in enumerate(self.items):
            if segment_id in item.ids(side):
                return index
        return None


def swap_verdict(verdict: Verdict) -> Verdict:
    """The verdict seen from the other side (``left-only`` <-> ``right-only``)."""
    if verdict == "left-only":
        return "right-only"
    if verdict == "right-only":
        return "left-only"
    return verdict


def mirror_item(item: AlignedItem) -> AlignedItem:
    """The same item with its sides exchanged."""
    return replace(
        item,
        left=item.right,
        right=item.left,
        verdict=swap_verdict(item.verdict),
        reasons=tuple(
            replace(r, left=r.right, right=r.left, left_elsewhere=r.right_elsewhere, right_elsewhere=r.left_elsewhere)
            for r in item.reasons
        ),
        diff=tuple(
            DiffOp(
                tag={"delete": "insert", "insert": "delete"}.get(op.tag, op.tag),  # type: ignore[arg-type]
                left_start=op.right_start,
                left_end=op.right_end,
                right_start=op.left_start,
                right_end=op.left_end,
            )
            for op in item.diff
        ),
    )
