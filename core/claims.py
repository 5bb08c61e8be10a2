"""The records of a comparison of several reports of one event: claim groups, their links, and the figures.

A :class:`Comparison` holds N articles (2 to 10) and their **claim groups**. Each group holds, for every article,
the passages (segment ids) that report one claim, empty where the article does not carry it. The groups are made
by :func:`core.align.compare` from the pairwise alignments; this module only holds the results, so the reader and
the exporters can use them without the aligner. Every record is frozen.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Literal, get_args

from core.models import DIFFER_KINDS, Alignment, Article, Reason

OutletVerdict = Literal["agree", "differ", "only", "absent"]
"""How one article stands in a claim group: it agrees with the group, differs from it (its pairwise differences set
it apart: :func:`core.align.comparison.set_apart`), is the only one to carry the claim, or does not carry it."""

OUTLET_VERDICTS: tuple[OutletVerdict, ...] = get_args(OutletVerdict)
"""Every outlet verdict, in a stable order."""

OUTLET_SYMBOLS: Mapping[OutletVerdict, str] = {"agree": "=", "differ": "≠", "only": "◆", "absent": "—"}
"""One symbol per outlet verdict (the pair reader's ``=`` and ``≠``), so a verdict never depends on colour alone."""

OUTLET_LABELS: Mapping[OutletVerdict, str] = {
    "agree": "agrees",
    "differ": "differs",
    "only": "only here",
    "absent": "leaves it out",
}
"""A short label per outlet verdict, for legends and exports."""

OUTLET_LEGEND: Mapping[OutletVerdict, str] = {
    "agree": "agrees with the other reports of the claim",
    "differ": f"carries the claim but tells it otherwise ({DIFFER_KINDS})",
    "only": "the only report with the claim",
    "absent": "leaves the claim out",
}
"""What each outlet verdict means, for legends."""

LinkVerdict = Literal["agree", "differ", "resolved"]
"""How two articles' passages in a group relate: their pairwise alignment calls them ``agree`` or ``differ``; or
it left them apart and they share the group because a third article links both and their own similarity clears
:attr:`~core.align.AlignSettings.claim_similarity` (``resolved``)."""

LINK_VERDICTS: tuple[LinkVerdict, ...] = get_args(LinkVerdict)
"""Every link verdict, in a stable order."""

GroupKind = Literal["title", "standfirst", "body"]
"""Which part of the articles a group holds: the headlines, the standfirsts, or body text (the claims)."""

MIN_ARTICLES = 2
"""Fewest articles a comparison holds."""

MAX_ARTICLES = 10
"""Most articles a comparison holds (45 pairwise alignments)."""


@dataclass(frozen=True, slots=True)
class ClaimLink:
    """Two articles' passages in one group, and how they relate."""

    first: int
    """Index of one article in :attr:`Comparison.articles` (always the lower of the two)."""
    second: int
    """Index of the other article."""
    verdict: LinkVerdict
    """The pairwise item's verdict, or ``resolved`` when the pair's own alignment left the passages apart."""
    score: float
    """The pairwise item's similarity; for a resolved link, the two passages' own similarity (0 to 1)."""
    reasons: tuple[Reason, ...] = ()
    """The pairwise item's reasons, the first article's evidence as ``left`` and the second's as ``right``."""

    def describe(self, names: tuple[str, ...] | list[str]) -> str:
        """A one-line account of the link, naming its two articles by ``names`` (indexed like the articles)."""
        pair = f"{names[self.first]} ↔ {names[self.second]}"
        if self.verdict == "resolved":
            return (
                f"{pair}: their own alignment left these apart; joined through the other reports "
                f"(similarity {self.score:.2f})"
            )
        return f"{pair}: {self.verdict} (score {self.score:.2f})"

    def reason_lines(self, names: tuple[str, ...] | list[str]) -> list[str]:
        """Each reason in one line, naming the two articles by ``names``."""
        return [reason.describe(names[self.first], names[self.second]) for reason in self.reasons]


@dataclass(frozen=True, slots=True)
class ClaimGroup:
    """The passages of every article that report one claim (or one article's passages no other report carries).

    Invariants: ``passages`` and ``verdicts`` are parallel to :attr:`Comparison.articles`; an article has
    passages exactly when its verdict is not ``absent``; ``only`` appears exactly in a group with one article;
    ``links`` hold one link for every two articles that carry the group, ``first`` < ``second``, in order.
    """

    passages: tuple[tuple[str, ...], ...]
    """For each article, the ids of its segments in this group, in source order (empty when it is absent)."""
    verdicts: tuple[OutletVerdict, ...]
    """For each article: ``agree`` or ``differ`` against the group, ``only``, or ``absent``."""
    links: tuple[ClaimLink, ...] = ()
    """How each two articles that carry the group relate, with the reasons of their pairwise item."""
    kind: GroupKind = "body"
    """Headlines, standfirsts, or body text."""

    @property
    def outlets(self) -> tuple[int, ...]:
        """Indices of the articles that carry the group, in order."""
        return tuple(k for k, ids in enumerate(self.passages) if ids)

    @property
    def resolved(self) -> bool:
        """Whether two of its articles share it only through the similarity resolution."""
        return any(link.verdict == "resolved" for link in self.links)

    def carries(self, article: int) -> bool:
        """Whether article ``article`` has passages in the group."""
        return bool(self.passages[article])

    def link(self, one: int, other: int) -> ClaimLink | None:
        """The link between two articles of the group (in either order), or ``None``."""
        first, second = min(one, other), max(one, other)
        return next((link for link in self.links if (link.first, link.second) == (first, second)), None)


@dataclass(frozen=True, slots=True)
class OutletFigures:
    """How many claims (body groups) one article carries, and with whom."""

    claims: int
    """Claims the article carries."""
    with_all: int
    """Claims every article carries."""
    with_some: int
    """Claims the article shares with some of the others but not all."""
    alone: int
    """Claims no other article carries (its exclusives)."""


@dataclass(frozen=True, slots=True)
class ComparisonSummary:
    """The headline figures of a comparison (body groups only)."""

    claims: int
    """Number of claims (body groups)."""
    outlets: tuple[OutletFigures, ...]
    """Per article, parallel to :attr:`Comparison.articles`."""
    in_common: tuple[tuple[float, ...], ...]
    """For each two articles, the share (0 to 1) of the claims either carries that both carry; 1 on the diagonal
    (0 for an article with no claims)."""
    resolved: int
    """Claims whose group needed the similarity resolution."""


@dataclass(frozen=True)
class Comparison:
    """Several reports of one event and their claim groups.

    Invariants: every body segment of every article is in exactly one body group; groups come in reading order of
    the first article (headlines and standfirsts first; a claim the first article leaves out sits next to its
    neighbours in an article that carries it). The groups, their verdicts and links do not depend on the order in
    which the articles are given: permuting the articles permutes the outlets (and the order of the groups).
    """

    articles: tuple[Article, ...]
    """The articles, in the order given."""
    groups: tuple[ClaimGroup, ...]
    """The claim groups, in reading order of the first article."""
    summary: ComparisonSummary
    """Claims per article and shares in common."""
    alignments: Mapping[tuple[int, int], Alignment] = field(default_factory=dict, compare=False)
    """The pairwise alignments by ``(i, j)`` with ``i < j`` (``left`` is ``articles[i]``); not part of equality."""
    settings: Mapping[str, float] = field(default_factory=dict)
    """The settings the comparison was computed with (for the record in exports)."""

    def group_of(self, article: int, segment_id: str) -> int | None:
        """Index of the group that holds ``segment_id`` of article ``article``, or ``None``."""
        for index, group in enumerate(self.groups):
            if segment_id in group.passages[article]:
                return index
        return None

    def passage(self, group: ClaimGroup, article: int) -> str:
        """The text of one article's passages in ``group``, joined by spaces (empty when it is absent)."""
        source = self.articles[article]
        return " ".join(source.segment(segment_id).text for segment_id in group.passages[article])


def outlet_names(articles: tuple[Article, ...] | list[Article]) -> tuple[str, ...]:
    """How exports and the reader name each article: its outlet, else its file name's stem, else ``article k``.

    Names are made distinct by numbering repeats (``Reuters (2)``).
    """
    raw: list[str] = []
    for number, article in enumerate(articles, start=1):
        name = " ".join((article.outlet or "").split())
        if not name:
            stem = PurePosixPath(article.path.replace("\\", "/")).stem
            name = stem if stem and article.path != "-" and "://" not in article.path else f"article {number}"
        raw.append(name)
    seen: dict[str, int] = {}
    names: list[str] = []
    for name in raw:
        seen[name] = seen.get(name, 0) + 1
        names.append(name if raw.count(name) == 1 else f"{name} ({seen[name]})")
    return tuple(names)
