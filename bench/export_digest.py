"""Digests of the JSON exports over fixed corpora: a change that must not alter any alignment leaves them unchanged.

Run ``python -m bench.export_digest`` before and after a change (``--big`` adds the synthetic 1,000 x 1,000 pair,
``--full`` also 10,000 x 10,000). For each corpus it prints how many exports it hashed and the SHA-256 of all of
them in order: the seed pair, the three-outlet seed comparison, the 45 pasted-page pairs of ``bench/pairs`` and,
with ``../shared``, the 120 BASIL pairs and the 40 BASIL events compared three reports at a time. Only digests
are printed, never an alignment (the BASIL pairs include the held-out golds' articles).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from bench.datasets import ROOT, shared_dir
from bench.speed import synthetic_pair
from core.align import align, compare
from core.export import comparison_to_dict, dumps, render
from core.models import Article
from core.reading import load_article

Corpus = Callable[[], Iterator[str]]
"""A corpus: yields the JSON export of each of its alignments or comparisons, in a fixed order."""


def seed_pair() -> Iterator[str]:
    """The bundled seed pair."""
    seeds = ROOT / "seeds"
    yield render(align(load_article(seeds / "guardian.txt"), load_article(seeds / "kyiv-independent.txt")), "json")


def seed_comparison() -> Iterator[str]:
    """The seed pair and the written third report, compared."""
    seeds = ROOT / "seeds"
    names = ("guardian.txt", "kyiv-independent.txt", "example-wire.txt")
    yield dumps(comparison_to_dict(compare([load_article(seeds / name) for name in names])))


def bench_pairs() -> Iterator[str]:
    """The pasted-page pairs of ``bench/pairs``."""
    for left in sorted((ROOT / "bench" / "pairs").glob("*-left.txt")):
        right = left.with_name(left.name.replace("-left.txt", "-right.txt"))
        yield render(align(load_article(left), load_article(right)), "json")


def basil_pairs(shared: Path) -> Iterator[str]:
    """The BASIL pairs listed in ``pairs.tsv``."""
    folder = shared / "data" / "basil"
    with (folder / "pairs.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    cache: dict[str, Article] = {}

    def read(name: str) -> Article:
        if name not in cache:
            cache[name] = load_article(folder / name)
        return cache[name]

    for row in rows:
        yield render(align(read(row["file_a"]), read(row["file_b"])), "json")


def basil_events(shared: Path) -> Iterator[str]:
    """Each BASIL event's three reports, compared."""
    for event in sorted((shared / "data" / "basil" / "articles").iterdir()):
        articles = [load_article(path) for path in sorted(event.glob("*.txt"))]
        yield dumps(comparison_to_dict(compare(articles)))


def synthetic(n: int) -> Iterator[str]:
    """The synthetic n x n pair of :mod:`bench.speed`."""
    yield render(align(*synthetic_pair(n)), "json")


def digest(exports: Iterator[str]) -> tuple[int, str]:
    """How many exports, and the SHA-256 of them all (each preceded by its length, so boundaries count)."""
    sha = hashlib.sha256()
    count = 0
    for text in exports:
        data = text.encode("utf-8")
        sha.update(len(data).to_bytes(8, "big"))
        sha.update(data)
        count += 1
    return count, sha.hexdigest()


def main(argv: Sequence[str] | None = None) -> int:
    """Print the digest of each corpus."""
    parser = argparse.ArgumentParser(prog="python -m bench.export_digest", description=__doc__)
    parser.add_argument("--big", action="store_true", help="add the synthetic 1,000 x 1,000 pair")
    parser.add_argument("--full", action="store_true", help="add the synthetic 1,000 and 10,000 pairs")
    args = parser.parse_args(argv)
    corpora: list[tuple[str, Corpus]] = [
        ("seed pair", seed_pair),
        ("seed comparison", seed_comparison),
        ("bench pairs", bench_pairs),
    ]
    shared = shared_dir()
    if shared is not None:
        corpora += [("BASIL pairs", lambda: basil_pairs(shared)), ("BASIL events", lambda: basil_events(shared))]
        if args.big or args.full:
            corpora.append(("1,000 x 1,000", lambda: synthetic(1_000)))
        if args.full:
            corpora.append(("10,000 x 10,000", lambda: synthetic(10_000)))
    else:
        print("BASIL and synthetic corpora skipped: they need ../shared (or STORYDIFF_SHARED)")
    for name, corpus in corpora:
        count, hexdigest = digest(corpus())
        print(f"{name:>16}  {count:>4} exports  sha256 {hexdigest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
