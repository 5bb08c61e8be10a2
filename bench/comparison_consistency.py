"""Consistency of claim groups with the pairwise alignments, on the BASIL triples (Fox, NYT, HuffPost per event).

Run ``python -m bench.comparison_consistency`` (``make comparison-consistency``). For each of the 40 events it
compares the three reports and checks every claim group against the three pairwise alignments:

- **as the pairs**: every two outlets in the group are joined by exactly one of their pairwise items, and no item of
  any pairwise alignment joins one of its passages to a passage outside the group;
- **resolved**: two of its outlets share it only through the similarity resolution (their own alignment left them
  apart; a third outlet links both; their similarity clears ``claim_similarity``);
- **left-out link**: one of its passages has a pairwise link that the groups could not keep (the merge would have
  joined two separate items of one pair, or failed the resolution).

``--groups`` prints one line per multi-outlet group. Then, as a quality check, every comparison is seen as one pair
of outlets (the groups that carry both become that pair's items) and scored against the blind golds of
``bench/gold/dev`` beside the pairwise alignment's own score; the held-out golds give only their mean
(``--heldout``). ``--threshold X`` sets ``claim_similarity``. This prints figures; it is not a test.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.datasets import ROOT, shared_dir
from bench.gold_metrics import GoldScores, read_gold, score
from core.align import AlignSettings, compare, left_out_links
from core.claims import ClaimGroup, Comparison
from core.models import AlignedItem, Alignment, Summary
from core.reading import load_article

OUTLETS = ("fox", "nyt", "hpo")
"""The BASIL outlets, in the order each triple is given."""


@dataclass(slots=True)
class Tally:
    """Counts over the groups of one or more comparisons."""

    groups: int = 0
    multi: int = 0
    as_pairs: int = 0
    resolved: int = 0
    left_out_groups: int = 0
    links: int = 0
    links_kept: int = 0

    def add(self, other: Tally) -> None:
        """Add another tally's counts to this one."""
        for name in self.__slots__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def group_status(comparison: Comparison) -> tuple[Tally, list[tuple[int, str]]]:
    """Check every body group of ``comparison`` against its pairwise alignments.

    Returns:
        The tally, and ``(group index, status)`` for every group with two or more outlets.
    """
    where: dict[tuple[int, str], int] = {}
    for index, group in enumerate(comparison.groups):
        if group.kind == "body":
            for article, ids in enumerate(group.passages):
                where.update(dict.fromkeys(((article, s) for s in ids), index))
    tally = Tally()
    for (first, second), alignment in comparison.alignments.items():
        for item in alignment.items:
            if item.kind == "body" and item.left and item.right:
                tally.links += 1
                homes = {where[(first, s)] for s in item.left} | {where[(second, s)] for s in item.right}
                tally.links_kept += len(homes) == 1
    split = set(left_out_links(comparison))
    statuses: list[tuple[int, str]] = []
    for index, group in enumerate(comparison.groups):
        if group.kind != "body":
            continue
        tally.groups += 1
        if len(group.outlets) < 2:
            continue
        tally.multi += 1
        status = _status(group, index in split)
        tally.resolved += "resolved" in status
        tally.left_out_groups += "left-out" in status
        tally.as_pairs += status == "as the pairs"
        statuses.append((index, status))
    return tally, statuses


def _status(group: ClaimGroup, left_out: bool) -> str:
    """A group's consistency in words."""
    parts = []
    if group.resolved:
        parts.append("resolved")
    if left_out:
        parts.append("left-out link")
    return " + ".join(parts) or "as the pairs"


def as_pair(comparison: Comparison, left: int, right: int) -> Alignment:
    """The comparison seen as one pair of its articles: each group carrying both is an item."""
    items = []
    for group in comparison.groups:
        if group.kind == "body" and group.carries(left) and group.carries(right):
            link = group.link(left, right)
            verdict = "differ" if link is None or link.verdict == "resolved" else link.verdict
            items.append(AlignedItem(group.passages[left], group.passages[right], verdict, 0.0))
    summary = Summary({}, 0.0, 0.0)
    return Alignment(comparison.articles[left], comparison.articles[right], tuple(items), summary)


def gold_scores(shared: Path, split: str, settings: AlignSettings) -> list[tuple[str, GoldScores, GoldScores]]:
    """Each gold of ``bench/gold/<split>``: the pair alignment's scores and the comparison's (seen as that pair)."""
    out = []
    for path in sorted((ROOT / "bench" / "gold" / split).glob("*.gold.json")):
        gold = read_gold(path)
        folder = (shared / gold.left).parent
        if folder != (shared / gold.right).parent:
            continue
        comparison = compare([load_article(folder / f"{outlet}.txt") for outlet in OUTLETS], settings=settings)
        left, right = OUTLETS.index(Path(gold.left).stem), OUTLETS.index(Path(gold.right).stem)
        pair = as_pair_of_alignment(comparison, left, right)
        name = path.name.removesuffix(".gold.json")
        out.append((name, score(pair, gold), score(as_pair(comparison, left, right), gold)))
    return out


def as_pair_of_alignment(comparison: Comparison, left: int, right: int) -> Alignment:
    """The pairwise alignment of two articles, oriented ``left`` to ``right`` (its linked items only)."""
    alignment = comparison.alignments[(min(left, right), max(left, right))]
    if left < right:
        return alignment
    items = tuple(AlignedItem(item.right, item.left, item.verdict, item.score) for item in alignment.items if item.left)
    return Alignment(alignment.right, alignment.left, items, alignment.summary)


def _mean(rows: Sequence[GoldScores], name: str) -> float:
    return sum(getattr(row, name) for row in rows) / len(rows) if rows else 0.0


def main(argv: Sequence[str] | None = None) -> int:
    """Print the consistency table and the gold check."""
    parser = argparse.ArgumentParser(prog="python -m bench.comparison_consistency", description=__doc__)
    parser.add_argument("--groups", action="store_true", help="one line per multi-outlet group")
    parser.add_argument("--heldout", action="store_true", help="also print the held-out golds' mean figures")
    parser.add_argument("--threshold", type=float, help="claim_similarity (the resolution's threshold)")
    args = parser.parse_args(argv)
    shared = shared_dir()
    if shared is None:
        print("skipped: the BASIL triples live in ../shared (or STORYDIFF_SHARED), absent here")
        return 0
    settings = AlignSettings() if args.threshold is None else AlignSettings(claim_similarity=args.threshold)
    events = sorted(p for p in (shared / "data" / "basil" / "articles").iterdir() if p.is_dir())
    total = Tally()
    print(f"claim groups of {len(events)} BASIL events (fox, nyt, hpo), claim_similarity {settings.claim_similarity}")
    columns = ("claims", "multi", "as pairs", "resolved", "left-out", "links kept")
    print(f"  {'event':<16} " + " ".join(f"{c:>{max(6, len(c) + 1)}}" for c in columns))
    for folder in events:
        comparison = compare([load_article(folder / f"{outlet}.txt") for outlet in OUTLETS], settings=settings)
        tally, statuses = group_status(comparison)
        total.add(tally)
        kept = f"{tally.links_kept}/{tally.links}"
        print(
            f"  {folder.name:<16} {tally.groups:>6} {tally.multi:>6} {tally.as_pairs:>9} {tally.resolved:>9} "
            f"{tally.left_out_groups:>9} {kept:>11}"
        )
        if args.groups:
            for index, status in statuses:
                outlets = ",".join(OUTLETS[k] for k in comparison.groups[index].outlets)
                print(f"      group {index + 1:>3}  {outlets:<12} {status}")
    share = total.links_kept / total.links if total.links else 1.0
    print(
        f"  {'all':<16} {total.groups:>6} {total.multi:>6} {total.as_pairs:>9} {total.resolved:>9} "
        f"{total.left_out_groups:>9} {total.links_kept:>5}/{total.links:<5}"
    )
    print(
        f"multi-outlet groups as the pairs: {total.as_pairs}/{total.multi} "
        f"({total.as_pairs / max(1, total.multi):.1%}); needed the resolution: {total.resolved}; "
        f"pairwise links kept in one group: {share:.1%}"
    )
    splits = ["dev", "heldout"] if args.heldout else ["dev"]
    for split in splits:
        rows = gold_scores(shared, split, settings)
        print(f"{split} golds ({len(rows)} BASIL pairs): the pair alignment vs the comparison seen as that pair")
        if split == "dev":
            for name, pair, seen in rows:
                print(
                    f"  {name:<34} pair P {pair.precision:.3f} R {pair.recall:.3f} F1 {pair.f1:.3f}   "
                    f"groups P {seen.precision:.3f} R {seen.recall:.3f} F1 {seen.f1:.3f}"
                )
        pairs, seens = [r[1] for r in rows], [r[2] for r in rows]
        print(
            f"  {'mean':<34} pair P {_mean(pairs, 'precision'):.3f} R {_mean(pairs, 'recall'):.3f} "
            f"F1 {_mean(pairs, 'f1'):.3f}   groups P {_mean(seens, 'precision'):.3f} "
            f"R {_mean(seens, 'recall'):.3f} F1 {_mean(seens, 'f1'):.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
